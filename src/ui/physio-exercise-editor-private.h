/* physio-exercise-editor-private.h: the editor's instance, shared by its files, and what its
 * tests reach into
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor is one class in four files (as GNOME Text Editor splits its window):
 * physio-exercise-editor.c fills the form and takes the edits, physio-exercise-editor-links.c
 * the links to easier and harder exercises, physio-exercise-editor-check.c shows what is
 * wrong, physio-exercise-editor-private.c answers the tests. The dose and its
 * limits are sections of their own (physio-exercise-dose-group.c, -limits-group.c).
 */

#pragma once

#include "physio-exercise-dose-group.h"
#include "physio-exercise-editor.h"
#include "physio-exercise-limits-group.h"
#include "physio-exercise-link-picker.h"
#include "physio-figure-editor.h"
#include "physio-vocab-check-row.h"
#include "physio-vocabulary.h"

G_BEGIN_DECLS

#define N_STEP_ROWS 5
#define N_CUE_ROWS 3

enum
{
  LINKS_PROGRESSION,
  LINKS_REGRESSION,
  N_LINK_LISTS
};

struct _PhysioExerciseEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkRevealer               *store_error_revealer;
  GtkLabel                  *store_error_label;
  PhysioExerciseDoseGroup   *dose_group;
  PhysioExerciseLimitsGroup *limits_group;
  AdwPreferencesGroup *progressions_group;
  AdwPreferencesGroup *regressions_group;
  AdwEntryRow         *name_row;
  AdwComboRow         *category_row;
  AdwComboRow         *position_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *laterality_row;
  PhysioVocabCheckRow *regions_row;
  PhysioVocabCheckRow *equipment_row;
  PhysioVocabCheckRow *stages_row;
  PhysioVocabCheckRow *caution_codes_row;
  AdwEntryRow         *step_rows[N_STEP_ROWS];
  AdwEntryRow         *cue_rows[N_CUE_ROWS];
  AdwEntryRow         *caution_row;
  PhysioFigureEditor  *figure_editor;
  GtkLabel            *exercise_error;
  GtkLabel            *steps_error;
  GtkLabel            *cues_error;
  GtkLabel            *caution_error;
  GtkLabel            *links_error;
  GtkPopover          *progression_popover;
  GtkPopover          *regression_popover;
  GtkSearchEntry      *progression_search;
  GtkSearchEntry      *regression_search;
  GtkListBox          *progression_results;
  GtkListBox          *regression_results;

  PhysioExerciseLinkPicker *links[N_LINK_LISTS];

  /* Owned references */
  PhysioDatabase      *database;
  PhysioExercise      *original;   /* as passed in; never changed */
  PhysioExercise      *exercise;   /* the working copy the form writes into */
  /* The dosage kind and sides of the working copy, bound to their rows and sections. */
  GBindingGroup       *bindings;

  guint                touched;    /* a bit per PhysioExerciseField the clinician has changed */
  gboolean             loading;    /* the form is being filled from the exercise */
  gboolean             valid;
};


#define FIELD_BIT(f) (1u << (f))

/* physio-exercise-editor.c: a text field's text without the spaces around it; NULL if empty. */
char           *_physio_exercise_editor_stripped_text (gpointer editable);

/* physio-exercise-editor-links.c: the link pickers' template callbacks, and what a change of
 * links does to the exercise. */
void            _physio_exercise_editor_class_links_init (GtkWidgetClass *widget_class);
void            _physio_exercise_editor_links_changed_cb (PhysioExerciseLinkPicker *picker,
                                                          gpointer                  user_data);

/* physio-exercise-editor-check.c: runs after every change. */
void            _physio_exercise_editor_revalidate     (PhysioExerciseEditor *self);


/* The rows made in code, which gtk_widget_get_template_child () cannot find. Widgets from the
 * template (name_row, kind_row, step_row_1, save_button, …) are reached through that instead. */
GtkWidget      *_physio_exercise_editor_get_dose_row   (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field);
GtkWidget      *_physio_exercise_editor_get_dose_spin  (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field);
GtkWidget      *_physio_exercise_editor_get_limit_row  (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field);
GtkWidget      *_physio_exercise_editor_get_limit_spin (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field,
                                                        gboolean              highest);
GtkWidget      *_physio_exercise_editor_get_intensity_row (PhysioExerciseEditor *self);
GtkWidget      *_physio_exercise_editor_get_code_check (PhysioExerciseEditor *self,
                                                        PhysioVocabulary      vocab,
                                                        const char           *code);
/* The working copy the form edits. */
PhysioExercise *_physio_exercise_editor_get_exercise   (PhysioExerciseEditor *self);

G_END_DECLS

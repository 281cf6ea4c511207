/* physio-exercise-editor-check.c: what is wrong with the exercise being edited, shown where
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-exercise-editor-private.h"
#include "physio-form.h"

/* Validation */

static void
show_message (GtkLabel   *label,
              const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* Which of a group of text rows a list error is about. The core validates whole lists, so
 * each filled row is tried on its own (repeated to make up the minimum count): a row that
 * fails alone is the one at fault. When none does, the count is short and the required rows
 * still empty are the ones to fill. */
static void
mark_text_rows (PhysioExerciseEditor *self,
                AdwEntryRow         **rows,
                guint                 n_rows,
                guint                 n_required,
                PhysioExerciseField   field)
{
  gboolean any = FALSE;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *text = _physio_exercise_editor_stripped_text (rows[i]);
      g_autoptr(PhysioExercise) probe = NULL;
      PhysioExerciseField bad = PHYSIO_EXERCISE_FIELD_NONE;
      const char *alone[] = { text, text, text, NULL };

      if (text == NULL)
        continue;

      probe = physio_exercise_copy (self->exercise);
      if (field == PHYSIO_EXERCISE_FIELD_STEPS)
        physio_exercise_set_steps (probe, alone);
      else
        physio_exercise_set_cues (probe, alone + 2);

      if (!physio_exercise_validate (probe, &bad, NULL) && bad == field)
        {
          physio_form_mark_invalid (rows[i], TRUE);
          any = TRUE;
        }
    }

  for (guint i = 0; !any && i < n_required; i++)
    {
      g_autofree char *text = _physio_exercise_editor_stripped_text (rows[i]);

      physio_form_mark_invalid (rows[i], text == NULL);
    }
}

static void
show_exercise_error (PhysioExerciseEditor *self,
                     PhysioExerciseField   field,
                     const char           *message,
                     gboolean              dose_rows_valid)
{
  switch (field)
    {
    case PHYSIO_EXERCISE_FIELD_NAME:
      physio_form_mark_invalid (self->name_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_CATEGORY:
      physio_form_mark_invalid (self->category_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_POSITION:
      physio_form_mark_invalid (self->position_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_REGIONS:
      physio_form_mark_invalid (self->regions_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_EQUIPMENT:
      physio_form_mark_invalid (self->equipment_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_STAGES:
      physio_form_mark_invalid (self->stages_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_DOSAGE_KIND:
      physio_form_mark_invalid (self->kind_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_STEPS:
      mark_text_rows (self, self->step_rows, N_STEP_ROWS, 3, field);
      show_message (self->steps_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_CUES:
      mark_text_rows (self, self->cue_rows, N_CUE_ROWS, 0, field);
      show_message (self->cues_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_CAUTION:
      physio_form_mark_invalid (self->caution_row, TRUE);
      show_message (self->caution_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_LINKS:
      show_message (self->links_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_DOSE:
      /* A bad dose field already says so in its own row; this catches what no single row
       * shows, such as a repetition pattern outside the limits. */
      if (dose_rows_valid)
        physio_exercise_dose_group_show_error (self->dose_group, message);
      break;
    case PHYSIO_EXERCISE_FIELD_NONE:
    case PHYSIO_EXERCISE_FIELD_ID:
    case PHYSIO_EXERCISE_FIELD_EVIDENCE:
    default:
      show_message (self->exercise_error, message);
      break;
    }
}

static void
clear_exercise_errors (PhysioExerciseEditor *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->category_row),
    GTK_WIDGET (self->position_row), GTK_WIDGET (self->kind_row), GTK_WIDGET (self->regions_row),
    GTK_WIDGET (self->equipment_row), GTK_WIDGET (self->stages_row),
    GTK_WIDGET (self->caution_row),
  };
  GtkLabel *labels[] = {
    self->exercise_error, self->steps_error,
    self->cues_error, self->caution_error, self->links_error,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    physio_form_mark_invalid (rows[i], FALSE);
  for (guint i = 0; i < N_STEP_ROWS; i++)
    physio_form_mark_invalid (self->step_rows[i], FALSE);
  for (guint i = 0; i < N_CUE_ROWS; i++)
    physio_form_mark_invalid (self->cue_rows[i], FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    show_message (labels[i], NULL);
  physio_exercise_dose_group_show_error (self->dose_group, NULL);
}

/* Only the fields the dosage kind uses reach the exercise; the sections keep the rest, so
 * switching kind back and forth loses nothing. */
static void
sync_dose (PhysioExerciseEditor *self)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = *physio_exercise_limits_group_get_limits (self->limits_group);

  physio_dose_copy_into (&dose, physio_exercise_dose_group_get_dose (self->dose_group));
  physio_dose_drop_unused (&dose, &limits, physio_exercise_get_dosage_kind (self->exercise));
  physio_exercise_set_default_dose (self->exercise, &dose);
  physio_exercise_set_dose_limits (self->exercise, &limits);
}

/* Runs after every change. Dose rows are checked one by one so each shows its own message;
 * the whole exercise is then checked by the core, and its first complaint is shown once the
 * clinician has been at that field (a new exercise does not open covered in red). */
void
_physio_exercise_editor_revalidate (PhysioExerciseEditor *self)
{
  g_autoptr(GError) error = NULL;
  PhysioExerciseField bad = PHYSIO_EXERCISE_FIELD_NONE;
  gboolean dose_rows_valid;

  if (self->loading)
    return;

  /* Both sections check every row, so each shows its own message. */
  dose_rows_valid = physio_exercise_limits_group_check (self->limits_group);
  dose_rows_valid &= physio_exercise_dose_group_check (
    self->dose_group, physio_exercise_limits_group_get_limits (self->limits_group));
  sync_dose (self);
  clear_exercise_errors (self);

  self->valid = dose_rows_valid;
  if (!physio_exercise_validate (self->exercise, &bad, &error))
    {
      self->valid = FALSE;
      if (self->touched & FIELD_BIT (bad))
        show_exercise_error (self, bad, error->message, dose_rows_valid);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
}

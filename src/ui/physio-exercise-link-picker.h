/* physio-exercise-link-picker.h: one list of links to other exercises, with its search popover
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"

G_BEGIN_DECLS

/* Drives widgets owned by a template: a preferences group that shows one row per linked
 * exercise (with a button to remove it) and a popover that searches the library for more. The
 * exercise being edited and those already linked are never offered. */
typedef struct _PhysioExerciseLinkPicker PhysioExerciseLinkPicker;

/* Called after the clinician adds or removes a link, not after
 * physio_exercise_link_picker_load (). */
typedef void (*PhysioLinkPickerChangedFunc) (PhysioExerciseLinkPicker *picker,
                                             gpointer                  user_data);

PhysioExerciseLinkPicker *physio_exercise_link_picker_new  (AdwPreferencesGroup         *group,
                                                            GtkPopover                  *popover,
                                                            GtkSearchEntry              *search,
                                                            GtkListBox                  *results,
                                                            PhysioLinkPickerChangedFunc  changed,
                                                            gpointer                     user_data);
void                      physio_exercise_link_picker_free (PhysioExerciseLinkPicker    *picker);

/* Shows @ids (NULL-terminated, first = preferred), looked up in @database. @exercise is the
 * one being edited, which is never offered as a link to itself. */
void                physio_exercise_link_picker_load    (PhysioExerciseLinkPicker *picker,
                                                         PhysioDatabase           *database,
                                                         PhysioExercise           *exercise,
                                                         const char * const       *ids);
/* NULL-terminated; owned by @picker and valid until the next change. */
const char * const *physio_exercise_link_picker_get_ids (PhysioExerciseLinkPicker *picker);
/* Whether @widget is this picker's popover, search entry or result list. */
gboolean            physio_exercise_link_picker_owns    (PhysioExerciseLinkPicker *picker,
                                                         gpointer                  widget);

/* What the template's signal handlers forward to. */
void physio_exercise_link_picker_popover_shown    (PhysioExerciseLinkPicker *picker);
void physio_exercise_link_picker_search_changed   (PhysioExerciseLinkPicker *picker);
void physio_exercise_link_picker_search_activated (PhysioExerciseLinkPicker *picker);
void physio_exercise_link_picker_result_activated (PhysioExerciseLinkPicker *picker,
                                                   GtkListBoxRow            *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioExerciseLinkPicker, physio_exercise_link_picker_free)

G_END_DECLS

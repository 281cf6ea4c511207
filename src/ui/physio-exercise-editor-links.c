/* physio-exercise-editor-links.c: the editor's easier and harder exercises
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-editor"

#include "config.h"

#include "physio-exercise-editor-private.h"

static PhysioExerciseLinkPicker *
find_link_picker (PhysioExerciseEditor *self,
                  gpointer              widget)
{
  for (guint i = 0; i < N_LINK_LISTS; i++)
    if (physio_exercise_link_picker_owns (self->links[i], widget))
      return self->links[i];

  g_assert_not_reached ();
  return NULL;
}

void
_physio_exercise_editor_links_changed_cb (PhysioExerciseLinkPicker *picker,
                                          gpointer                  user_data)
{
  PhysioExerciseEditor *self = user_data;
  PhysioExerciseLinkPicker *progressions = self->links[LINKS_PROGRESSION];
  PhysioExerciseLinkPicker *regressions = self->links[LINKS_REGRESSION];

  physio_exercise_set_progression_ids (self->exercise,
                                       physio_exercise_link_picker_get_ids (progressions));
  physio_exercise_set_regression_ids (self->exercise,
                                      physio_exercise_link_picker_get_ids (regressions));
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_LINKS);
  _physio_exercise_editor_revalidate (self);
}

static void
on_link_popover_show_cb (GtkPopover           *popover,
                         PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_popover_shown (find_link_picker (self, popover));
}

static void
on_link_search_changed_cb (GtkSearchEntry       *entry,
                           PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_search_changed (find_link_picker (self, entry));
}

static void
on_link_search_activate_cb (GtkSearchEntry       *entry,
                            PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_search_activated (find_link_picker (self, entry));
}

static void
on_link_result_activated_cb (GtkListBox           *results,
                             GtkListBoxRow        *row,
                             PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_result_activated (find_link_picker (self, results), row);
}

void
_physio_exercise_editor_class_links_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_link_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_result_activated_cb);
}

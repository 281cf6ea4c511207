/* physio-prescription-row.c: one exercise of a programme in the builder, with its dose
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-prescription-row"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-form.h"
#include "physio-ladder.h"
#include "physio-programme-check.h"
#include "physio-programme-window-private.h"
#include "physio-prescription-row-private.h"

G_DEFINE_FINAL_TYPE (PhysioPrescriptionRow, physio_prescription_row, ADW_TYPE_EXPANDER_ROW)

enum {
  MOVE_REQUESTED,
  REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

PhysioProgramme *
_physio_prescription_row_get_programme (PhysioPrescriptionRow *self)
{
  return physio_undo_stack_get_programme (self->undo_stack);
}

const PhysioDoseLimits *
_physio_prescription_row_get_limits (PhysioPrescriptionRow *self)
{
  return physio_exercise_get_dose_limits (physio_prescription_get_exercise (self->prescription));
}

/* Field widgets */

static AdwActionRow *
field_row (PhysioPrescriptionRow *self,
           PhysioDoseField        field)
{
  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS: return ADW_ACTION_ROW (self->sets_row);
    case PHYSIO_DOSE_FIELD_REPS: return self->reps_row;
    case PHYSIO_DOSE_FIELD_HOLD: return ADW_ACTION_ROW (self->hold_row);
    case PHYSIO_DOSE_FIELD_DURATION: return ADW_ACTION_ROW (self->duration_row);
    case PHYSIO_DOSE_FIELD_DISTANCE: return ADW_ACTION_ROW (self->distance_row);
    case PHYSIO_DOSE_FIELD_STEPS: return ADW_ACTION_ROW (self->steps_row);
    case PHYSIO_DOSE_FIELD_REST: return ADW_ACTION_ROW (self->rest_row);
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY: return ADW_ACTION_ROW (self->sessions_row);
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK: return self->days_row;
    case PHYSIO_DOSE_FIELD_LOAD: return ADW_ACTION_ROW (self->load_kg_row);
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      return NULL;
    }
}

/* Messages on rows. The subtitle says what is allowed while the value is good, and what is
 * wrong when it is not, right where the clinician is typing. */
void
_physio_prescription_row_set_message (AdwPreferencesRow *row,
                                      const char        *message,
                                      gboolean           invalid)
{
  g_autofree char *escaped = g_markup_escape_text (message != NULL ? message : "", -1);

  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);

  physio_form_mark_invalid (row, invalid);
}

/* What a text field holds, without the spaces around it. */
char *
_physio_prescription_row_entry_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

/* Showing the prescription */

static char *
days_text (PhysioDays days)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GDate date;

  if (days == PHYSIO_DAYS_ALL)
    return g_strdup (_("every day"));

  /* 1 January 2024 was a Monday: the locale names each day. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2024);
  for (guint i = 0; i < N_DAYS; i++, g_date_add_days (&date, 1))
    {
      char name[64];

      if ((days & (1 << i)) == 0)
        continue;
      if (g_date_strftime (name, sizeof name, "%a", &date) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, " ");
      g_string_append (text, name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_header (PhysioPrescriptionRow *self)
{
  PhysioPrescription *prescription = self->prescription;
  guint from = physio_prescription_get_week_from (prescription);
  guint to = physio_prescription_get_week_to (prescription);
  guint weeks = physio_programme_get_weeks (_physio_prescription_row_get_programme (self));
  PhysioExercise *exercise;
  guint step;
  g_autofree char *dose = NULL;
  g_autofree char *days = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;

  dose = physio_dose_format (physio_prescription_get_current_dose (prescription),
                             physio_prescription_get_dosage_kind (prescription), physio_prescription_get_laterality (prescription));
  /* The days of the week the exercise is at: a ladder may build up the days (3, then 4, then
   * 5 walks a week), and the subtitle must agree with the dose beside it. */
  step = physio_prescription_get_ladder_step (prescription);
  days = days_text (physio_prescription_get_days_in_week (prescription, from + step));

  /* Weeks only when they are not the whole programme: the usual case needs no words. */
  if (from == 1 && to >= weeks)
    subtitle = g_strdup_printf ("%s · %s", dose, days);
  else if (from == to)
    /* TRANSLATORS: the dose, the days, and the one week an exercise is in the plan */
    subtitle = g_strdup_printf (_("%s · %s · week %u"), dose, days, from);
  else
    /* TRANSLATORS: the dose, the days, and the weeks an exercise is in the plan */
    subtitle = g_strdup_printf (_("%s · %s · weeks %u–%u"), dose, days, from, to);

  exercise = physio_prescription_get_exercise (prescription);
  title = g_markup_escape_text (physio_library_text (physio_exercise_get_name (exercise)), -1);
  escaped = g_markup_escape_text (subtitle, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
}

static void
update_cautions (PhysioPrescriptionRow *self)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  if (self->patient != NULL)
    {
      PhysioExercise *exercise = physio_prescription_get_exercise (self->prescription);

      matches = physio_patient_matching_cautions (self->patient, exercise);
    }

  for (guint i = 0; matches != NULL && i < matches->len; i++)
    {
      PhysioCautionMatch *match = g_ptr_array_index (matches, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, match->message);
    }

  escaped = g_markup_escape_text (text->str, -1);
  if (self->fields_built)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->caution_row), escaped);
      gtk_widget_set_visible (GTK_WIDGET (self->caution_row), text->len > 0);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->caution_icon), text->len > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->caution_icon), text->len > 0 ? text->str : NULL);
}

void
_physio_prescription_row_update_fields (PhysioPrescriptionRow *self)
{
  self->updating = TRUE;
  _physio_prescription_row_update_dose (self);
  _physio_prescription_row_update_schedule (self);
  self->updating = FALSE;
}

static void
update_all (PhysioPrescriptionRow *self)
{
  update_header (self);
  if (self->fields_built)
    _physio_prescription_row_update_fields (self);
}

static void
on_prescription_changed_cb (PhysioPrescriptionRow *self,
                            PhysioPrescription    *prescription)
{
  update_all (self);
}

/* Applying changes */

/* Saves a change already made to the prescription, or puts it back and says why. */
gboolean
_physio_prescription_row_commit (PhysioPrescriptionRow *self,
                                 AdwPreferencesRow     *row)
{
  g_autoptr(PhysioPrescriptionRow) keep = g_object_ref (self);
  g_autoptr(GError) error = NULL;
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (self));

  if (physio_undo_stack_commit (self->undo_stack, &error))
    return TRUE;

  /* Putting the programme back replaces its prescriptions, and the list makes its rows again:
   * this one may be gone by now. The toast goes through the window found before. */
  if (window != NULL)
    _physio_programme_window_toast (GTK_WIDGET (window), error->message, FALSE);
  if (self->prescription == NULL || gtk_widget_get_parent (GTK_WIDGET (self)) == NULL)
    return FALSE;

  update_all (self);
  if (row != NULL)
    _physio_prescription_row_set_message (row, error->message, TRUE);
  return FALSE;
}

static void
on_regenerate_clicked_cb (PhysioPrescriptionRow *self)
{
  physio_undo_stack_begin (self->undo_stack, _("Regenerate ladder"));
  physio_prescription_generate_ladder (self->prescription,
                                       physio_programme_get_rule_params (
                                         _physio_prescription_row_get_programme (self)));
  if (_physio_prescription_row_commit (self, NULL))
    _physio_programme_window_toast (GTK_WIDGET (self), _("Ladder planned again from this dose"),
                                    TRUE);
}

static void
on_remove_clicked_cb (PhysioPrescriptionRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE_REQUESTED], 0, g_variant_get_int32 (parameter));
}

/* Dragging by the handle moves the row; the list it is in takes the drop. */
static GdkContentProvider *
on_handle_drag_prepare_cb (GtkDragSource         *source,
                           double                 x,
                           double                 y,
                           PhysioPrescriptionRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, (int) x, (int) y);
  return gdk_content_provider_new_typed (PHYSIO_TYPE_PRESCRIPTION, self->prescription);
}

/* Construction */

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   gpointer                 user_data)
{
  void (*callback) (PhysioPrescriptionRow *) = g_object_get_data (G_OBJECT (controller),
                                                                  "physio-callback");

  callback (user_data);
}

void
_physio_prescription_row_on_focus_leave (PhysioPrescriptionRow *self,
                                         GtkWidget             *widget,
                                         GCallback              callback)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (focus), "physio-callback", callback);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);
}

typedef struct
{
  const char *id;
  gsize       offset;
} FieldObject;

#define FIELD_OBJECT(name) { #name, G_STRUCT_OFFSET (PhysioPrescriptionRow, name) }

static const FieldObject field_objects[] = {
  FIELD_OBJECT (caution_row),
  FIELD_OBJECT (sets_row),
  FIELD_OBJECT (reps_row),
  FIELD_OBJECT (reps_entry),
  FIELD_OBJECT (hold_row),
  FIELD_OBJECT (duration_row),
  FIELD_OBJECT (distance_row),
  FIELD_OBJECT (steps_row),
  FIELD_OBJECT (rest_row),
  FIELD_OBJECT (load_kind_row),
  FIELD_OBJECT (load_kg_row),
  FIELD_OBJECT (load_band_row),
  FIELD_OBJECT (load_text_row),
  FIELD_OBJECT (intensity_row),
  FIELD_OBJECT (side_row),
  FIELD_OBJECT (days_row),
  FIELD_OBJECT (days_box),
  FIELD_OBJECT (sessions_row),
  FIELD_OBJECT (weeks_row),
  FIELD_OBJECT (week_from_spin),
  FIELD_OBJECT (week_to_spin),
  FIELD_OBJECT (note_row),
  FIELD_OBJECT (regenerate_button),
  FIELD_OBJECT (remove_button),
  FIELD_OBJECT (actions_row),
};

/* The rows of the open row, top to bottom. */
static const char * const field_rows[] = {
  "caution_row", "sets_row", "reps_row", "hold_row", "duration_row", "distance_row",
  "steps_row", "rest_row", "load_kind_row", "load_kg_row", "load_band_row", "load_text_row",
  "intensity_row", "side_row", "days_row", "sessions_row", "weeks_row", "note_row",
  "actions_row",
};

/* A long programme has dozens of rows and each open one some twenty fields with spin buttons;
 * made only when a row is first opened, the list stays quick to show and to rebuild (undo
 * replaces every prescription). */
static void
ensure_fields (PhysioPrescriptionRow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->fields_built)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/physio-prescription-fields.ui");
  for (guint i = 0; i < G_N_ELEMENTS (field_objects); i++)
    {
      GObject *object = gtk_builder_get_object (builder, field_objects[i].id);

      g_assert (object != NULL);
      G_STRUCT_MEMBER (gpointer, self, field_objects[i].offset) = object;
    }
  for (guint i = 0; i < G_N_ELEMENTS (field_rows); i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self),
                              GTK_WIDGET (gtk_builder_get_object (builder, field_rows[i])));

  self->fields_built = TRUE;
  _physio_prescription_row_setup_dose (self);
  _physio_prescription_row_setup_schedule (self);
  g_signal_connect_swapped (self->regenerate_button, "clicked",
                            G_CALLBACK (on_regenerate_clicked_cb), self);
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb),
                            self);

  if (self->prescription != NULL)
    {
      _physio_prescription_row_update_fields (self);
      update_cautions (self);
    }
}

static void
on_expanded_cb (PhysioPrescriptionRow *self,
                GParamSpec            *pspec,
                gpointer               user_data)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_fields (self);
}

PhysioPrescriptionRow *
physio_prescription_row_new (PhysioUndoStack    *undo_stack,
                             PhysioPatient      *patient,
                             PhysioPrescription *prescription)
{
  PhysioPrescriptionRow *self;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (undo_stack), NULL);
  g_return_val_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient), NULL);
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (prescription), NULL);

  self = g_object_new (PHYSIO_TYPE_PRESCRIPTION_ROW, NULL);
  self->undo_stack = g_object_ref (undo_stack);
  self->patient = patient != NULL ? g_object_ref (patient) : NULL;
  self->prescription = g_object_ref (prescription);

  g_signal_connect_object (prescription, "changed", G_CALLBACK (on_prescription_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_all (self);
  update_cautions (self);
  /* The same figure as the library's detail page and the handout. */
  physio_figure_view_show_exercise (self->figure_view, physio_undo_stack_get_database (undo_stack),
                                    physio_exercise_get_id (physio_prescription_get_exercise (prescription)));

  return self;
}

PhysioPrescription *
physio_prescription_row_get_prescription (PhysioPrescriptionRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION_ROW (self), NULL);

  return self->prescription;
}

GtkWidget *
_physio_prescription_row_get_field_editor (PhysioPrescriptionRow *self,
                                           PhysioDoseField        field)
{
  ensure_fields (self);
  if (field == PHYSIO_DOSE_FIELD_REPS)
    return GTK_WIDGET (self->reps_entry);
  if (field == PHYSIO_DOSE_FIELD_DAYS_PER_WEEK)
    return GTK_WIDGET (self->days_box);

  return GTK_WIDGET (physio_dose_spin_row_get_spin (PHYSIO_DOSE_SPIN_ROW (field_row (self,
                                                                                   field))));
}

AdwActionRow *
_physio_prescription_row_get_field_row (PhysioPrescriptionRow *self,
                                        PhysioDoseField        field)
{
  ensure_fields (self);
  return field_row (self, field);
}

GtkToggleButton *
_physio_prescription_row_get_day_button (PhysioPrescriptionRow *self,
                                         guint                  day)
{
  g_return_val_if_fail (day < N_DAYS, NULL);

  ensure_fields (self);
  return self->day_buttons[day];
}

static void
physio_prescription_row_dispose (GObject *object)
{
  PhysioPrescriptionRow *self = PHYSIO_PRESCRIPTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PRESCRIPTION_ROW);

  g_clear_object (&self->prescription);
  g_clear_object (&self->patient);
  g_clear_object (&self->undo_stack);

  G_OBJECT_CLASS (physio_prescription_row_parent_class)->dispose (object);
}

static void
physio_prescription_row_class_init (PhysioPrescriptionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_prescription_row_dispose;

  signals[MOVE_REQUESTED] =
    g_signal_new ("move-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* Alt+arrows move the row wherever the focus is inside it, as in GNOME's own lists. */
  gtk_widget_class_install_action (widget_class, "row.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "row.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "row.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "row.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "row.move", "i", 1);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-prescription-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionRow, caution_icon);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionRow, figure_view);
}

static void
physio_prescription_row_init (PhysioPrescriptionRow *self)
{
  GtkDragSource *source;

  g_type_ensure (PHYSIO_TYPE_DOSE_SPIN_ROW);
  g_type_ensure (PHYSIO_TYPE_FIGURE_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Only the handle starts a drag, so text in the fields can still be selected. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->drag_handle), "grab");
  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_handle_drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->drag_handle), GTK_EVENT_CONTROLLER (source));

  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded_cb), NULL);
}

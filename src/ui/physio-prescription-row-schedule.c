/* physio-prescription-row-schedule.c: side, days, times a day, weeks and note of a row
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-prescription-row"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-form.h"
#include "physio-prescription-row-private.h"

/* When the ladder builds up the days, the toggles are the days of the full schedule; say so,
 * and what choosing days does to the build-up. */
static void
update_days_hint (PhysioPrescriptionRow *self)
{
  PhysioPrescription *prescription = self->prescription;
  guint chosen = physio_days_count (physio_prescription_get_days (prescription));
  guint now = physio_prescription_get_current_dose (prescription)->days_per_week;
  guint most = now;
  guint n = physio_prescription_get_n_planned (prescription);
  gboolean varies = now != chosen;
  g_autofree char *hint = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint planned = physio_prescription_get_planned (prescription, i)->days_per_week;

      varies |= planned != chosen;
      most = MAX (most, planned);
    }

  if (varies && now > 0)
    /* TRANSLATORS: the days row of an exercise whose ladder adds walking days week by week */
    hint = g_strdup_printf (_("The ladder asks for %u days a week now and builds to %u; "
                              "choosing days here sets every week"),
                            now, most);

  _physio_prescription_row_set_message (ADW_PREFERENCES_ROW (self->days_row), hint, FALSE);
}

void
_physio_prescription_row_update_schedule (PhysioPrescriptionRow *self)
{
  PhysioPrescription *prescription = self->prescription;
  const PhysioDose *dose = physio_prescription_get_current_dose (prescription);
  PhysioDays days = physio_prescription_get_days (prescription);
  guint weeks = physio_programme_get_weeks (_physio_prescription_row_get_programme (self));
  const char *note = physio_prescription_get_note (prescription);
  guint lo, hi;
  g_autofree char *range = NULL;

  adw_combo_row_set_selected (self->side_row, physio_prescription_get_laterality (prescription));

  for (guint i = 0; i < N_DAYS; i++)
    gtk_toggle_button_set_active (self->day_buttons[i], (days & (1 << i)) != 0);
  update_days_hint (self);

  physio_dose_spin_row_load (self->sessions_row, dose);
  physio_dose_limits_get (_physio_prescription_row_get_limits (self),
                          PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, &lo, &hi);
  range = g_strdup_printf (_("From %u to %u"), lo, hi);
  physio_dose_spin_row_set_message (self->sessions_row, range, FALSE);

  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->week_from_spin), weeks);
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->week_to_spin), weeks);
  physio_dose_spin_show_value (self->week_from_spin,
                               physio_prescription_get_week_from (prescription));
  physio_dose_spin_show_value (self->week_to_spin, physio_prescription_get_week_to (prescription));
  _physio_prescription_row_set_message (ADW_PREFERENCES_ROW (self->weeks_row), NULL, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");
}

/* Times a day is the schedule, like the days: it holds for every week of the ladder. */
static void
on_sessions_changed_cb (PhysioPrescriptionRow *self)
{
  PhysioPrescription *prescription = self->prescription;
  double shown = physio_dose_spin_row_get_value (self->sessions_row);
  g_auto(PhysioDose) current = PHYSIO_DOSE_INIT;
  g_autoptr(GError) error = NULL;
  guint n = physio_prescription_get_n_planned (prescription);

  if (self->updating)
    return;

  physio_dose_copy_into (&current, physio_prescription_get_current_dose (prescription));
  physio_dose_field_set_shown (&current, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, shown);
  if (!physio_dose_validate_field (&current, physio_prescription_get_dosage_kind (prescription),
                                   _physio_prescription_row_get_limits (self),
                                   PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, &error))
    {
      physio_dose_spin_row_set_message (self->sessions_row, error->message, TRUE);
      return;
    }

  if (physio_dose_equal (&current, physio_prescription_get_current_dose (prescription)))
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change times a day"));
  for (guint i = 0; i < n; i++)
    {
      g_auto(PhysioDose) planned = PHYSIO_DOSE_INIT;

      physio_dose_copy_into (&planned, physio_prescription_get_planned (prescription, i));
      physio_dose_field_set_shown (&planned, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, shown);
      physio_prescription_set_planned (prescription, i, &planned);
    }
  physio_prescription_set_current_dose (prescription, &current);
  _physio_prescription_row_commit (self, ADW_PREFERENCES_ROW (self->sessions_row));
}

static void
on_note_apply_cb (PhysioPrescriptionRow *self)
{
  const char *old = physio_prescription_get_note (self->prescription);
  g_autofree char *text = _physio_prescription_row_entry_text (self->note_row);

  if (self->updating || g_strcmp0 (old != NULL ? old : "", text) == 0)
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change note"));
  physio_prescription_set_note (self->prescription, *text != '\0' ? text : NULL);
  _physio_prescription_row_commit (self, ADW_PREFERENCES_ROW (self->note_row));
}

static void
on_side_changed_cb (PhysioPrescriptionRow *self)
{
  PhysioLaterality side = adw_combo_row_get_selected (self->side_row);

  if (self->updating || side == physio_prescription_get_laterality (self->prescription))
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change side"));
  physio_prescription_set_laterality (self->prescription, side);
  _physio_prescription_row_commit (self, ADW_PREFERENCES_ROW (self->side_row));
}

static void
on_day_toggled_cb (GtkToggleButton       *button,
                   PhysioPrescriptionRow *self)
{
  PhysioDays days = 0;

  if (self->updating)
    return;

  for (guint i = 0; i < N_DAYS; i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      days |= 1 << i;

  if (days == 0)
    {
      /* The last day cannot go: a programme exercise happens on some day. */
      self->updating = TRUE;
      gtk_toggle_button_set_active (button, TRUE);
      self->updating = FALSE;
      _physio_prescription_row_set_message (ADW_PREFERENCES_ROW (self->days_row),
                                            _("Keep at least one day. To stop the exercise, "
                                              "remove it."), TRUE);
      return;
    }

  physio_undo_stack_begin (self->undo_stack, _("Change days"));
  physio_prescription_set_days (self->prescription, days);
  _physio_prescription_row_commit (self, ADW_PREFERENCES_ROW (self->days_row));
}

static void
on_weeks_changed_cb (PhysioPrescriptionRow *self)
{
  guint from = (guint) gtk_spin_button_get_value (self->week_from_spin);
  guint to = (guint) gtk_spin_button_get_value (self->week_to_spin);
  guint weeks = physio_programme_get_weeks (_physio_prescription_row_get_programme (self));

  if (self->updating)
    return;

  if (from < 1 || to > weeks || from > to)
    {
      g_autofree char *message =
        g_strdup_printf (_("Choose weeks from 1 to %u, the first no later than the last."), weeks);

      _physio_prescription_row_set_message (ADW_PREFERENCES_ROW (self->weeks_row), message, TRUE);
      return;
    }

  if (from == physio_prescription_get_week_from (self->prescription) &&
      to == physio_prescription_get_week_to (self->prescription))
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change weeks"));
  physio_prescription_set_weeks (self->prescription, from, to);
  _physio_prescription_row_commit (self, ADW_PREFERENCES_ROW (self->weeks_row));
}

static void
build_day_buttons (PhysioPrescriptionRow *self)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2024);   /* a Monday */
  for (guint i = 0; i < N_DAYS; i++, g_date_add_days (&date, 1))
    {
      char short_name[64] = "";
      char long_name[64] = "";
      GtkWidget *button;

      g_date_strftime (short_name, sizeof short_name, "%a", &date);
      g_date_strftime (long_name, sizeof long_name, "%A", &date);
      button = gtk_toggle_button_new_with_label (short_name);
      gtk_widget_set_tooltip_text (button, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, long_name, -1);
      gtk_widget_add_css_class (button, "day-toggle");
      g_signal_connect (button, "toggled", G_CALLBACK (on_day_toggled_cb), self);
      gtk_box_append (self->days_box, button);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

/* Weeks are whole numbers from 1 to the programme's length; not a dose field. */
static void
setup_week_spin (PhysioPrescriptionRow *self,
                 GtkSpinButton         *spin)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (1, 1, PHYSIO_PROGRAMME_MAX_WEEKS, 1, 4, 0);

  gtk_spin_button_configure (spin, adjustment, 1, 0);
  gtk_spin_button_set_numeric (spin, TRUE);
  gtk_spin_button_set_update_policy (spin, GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 3);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_weeks_changed_cb), self);
}

void
_physio_prescription_row_setup_schedule (PhysioPrescriptionRow *self)
{
  g_signal_connect_swapped (self->sessions_row, "notify::value",
                            G_CALLBACK (on_sessions_changed_cb), self);
  setup_week_spin (self, self->week_from_spin);
  setup_week_spin (self, self->week_to_spin);

  g_signal_connect_swapped (self->side_row, "notify::selected",
                            G_CALLBACK (on_side_changed_cb), self);

  g_signal_connect_swapped (self->note_row, "apply", G_CALLBACK (on_note_apply_cb), self);
  g_signal_connect_swapped (self->note_row, "entry-activated",
                            G_CALLBACK (on_note_apply_cb), self);
  _physio_prescription_row_on_focus_leave (self, GTK_WIDGET (self->note_row),
                                           G_CALLBACK (on_note_apply_cb));

  build_day_buttons (self);
}

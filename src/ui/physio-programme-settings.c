/* physio-programme-settings.c: the Settings page of the programme window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-programme-settings"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "physio-compat.h"
#include "physio-database-patients.h"
#include "physio-programme-check.h"
#include "physio-date-entry-row.h"
#include "physio-form.h"
#include "physio-programme-settings.h"
#include "physio-template-share.h"
#include "physio-rule-param-info.h"
#include "physio-programme-window-private.h"

static const PhysioProgrammeStatus statuses[] = {
  PHYSIO_PROGRAMME_DRAFT,
  PHYSIO_PROGRAMME_ACTIVE,
  PHYSIO_PROGRAMME_PAUSED,
  PHYSIO_PROGRAMME_COMPLETED,
};

static const char * const mode_explanations[] = {
  /* PHYSIO_MODE_PAIN_MONITORED */
  N_("Doses go up when exercise pain stays acceptable and settles by the next morning, "
     "and hold or step back when it does not."),
  /* PHYSIO_MODE_QUOTA_BASED */
  N_("Quotas rise on a set plan whatever the pain, for fear of movement or boom–bust "
     "patterns. Warning signs still stop the programme."),
  /* PHYSIO_MODE_MANUAL */
  N_("No proposals: you change the doses yourself."),
};

struct _PhysioProgrammeSettings
{
  AdwPreferencesPage  parent_instance;

  /* Template widgets */
  AdwEntryRow        *title_row;
  AdwActionRow       *start_row;
  GtkEntry           *start_entry;
  GtkPopover         *calendar_popover;
  GtkCalendar        *calendar;
  AdwActionRow       *weeks_row;
  GtkSpinButton      *weeks_spin;
  AdwComboRow        *status_row;
  AdwActionRow       *suspended_row;
  AdwComboRow        *mode_row;
  AdwPreferencesGroup *rules_group;
  AdwPreferencesGroup *progress_group;
  AdwPreferencesGroup *increment_group;
  AdwPreferencesGroup *regress_group;
  AdwPreferencesGroup *quota_group;

  AdwActionRow       *param_rows[PHYSIO_N_RULE_PARAMS];
  GtkSpinButton      *param_spins[PHYSIO_N_RULE_PARAMS];
  const PhysioParamInfo *params_info;
  guint               n_params;

  /* Owned references */
  PhysioDatabase     *database;
  PhysioUndoStack    *undo_stack;

  guint               update_idle;
  /* Set when the store refused a change: the programme is put back, and the redraw that
   * follows must leave the reason on its row. */
  gboolean            keep_messages;
  /* Set while the rows are filled from the programme, so that does not read as edits. */
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (PhysioProgrammeSettings, physio_programme_settings, ADW_TYPE_PREFERENCES_PAGE)

static PhysioProgramme *
get_programme (PhysioProgrammeSettings *self)
{
  return physio_undo_stack_get_programme (self->undo_stack);
}

/* What a text field holds, without the spaces around it. */
static char *
entry_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

/* Saves a change made to the programme; a refusal puts it back and is told on @row. */
static gboolean
commit (PhysioProgrammeSettings *self,
        AdwActionRow            *row)
{
  g_autoptr(GError) error = NULL;

  if (physio_undo_stack_commit (self->undo_stack, &error))
    return TRUE;

  self->keep_messages = TRUE;
  if (row != NULL)
    physio_form_set_row_message (row, error->message, TRUE);
  _physio_programme_window_toast (GTK_WIDGET (self), error->message, FALSE);
  return FALSE;
}

/* Filling the rows */

static char *
stop_reason (PhysioProgrammeSettings *self)
{
  PhysioProgramme *programme = get_programme (self);
  guint n = physio_programme_get_n_prescriptions (programme);
  GDate latest;

  g_date_clear (&latest, 1);

  /* The audit log says when the warning sign stopped the programme. */
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      g_autoptr(GArray) changes = NULL;

      if (physio_prescription_get_id (prescription) <= 0)
        continue;
      changes = physio_database_list_dose_changes (self->database,
                                                   physio_prescription_get_id (prescription),
                                                   NULL);
      for (guint j = 0; changes != NULL && j < changes->len; j++)
        {
          const PhysioDoseChange *change = &g_array_index (changes, PhysioDoseChange, j);

          if (change->decision == PHYSIO_DECISION_STOP && g_date_valid (&change->effective_date) &&
              (!g_date_valid (&latest) || g_date_compare (&change->effective_date, &latest) > 0))
            latest = change->effective_date;
        }
    }

  if (g_date_valid (&latest))
    {
      g_autofree char *date = physio_date_format (&latest);

      return g_strdup_printf (_("A warning sign was reported on %s. "
                                "Check the patient before resuming."),
                              date);
    }

  return g_strdup (_("A warning sign was reported. Check the patient before resuming."));
}

static void
update_start (PhysioProgrammeSettings *self)
{
  const GDate *start = physio_programme_get_start_date (get_programme (self));
  gboolean was_updating = self->updating;
  g_autofree char *text = NULL;

  /* Selecting the day in the calendar is not the clinician picking it. */
  self->updating = TRUE;
  if (start != NULL && g_date_valid (start))
    {
      g_autoptr(GDateTime) date_time = g_date_time_new_local (g_date_get_year (start),
                                                              g_date_get_month (start),
                                                              g_date_get_day (start), 0, 0, 0);

      text = physio_date_format (start);
      gtk_calendar_select_day (self->calendar, date_time);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), text != NULL ? text : "");
  self->updating = was_updating;
}

static void
update_rows (PhysioProgrammeSettings *self)
{
  PhysioProgramme *programme = get_programme (self);
  PhysioProgrammeStatus status = physio_programme_get_status (programme);
  PhysioProgressionMode mode = physio_programme_get_mode (programme);
  const PhysioRuleParams *params = physio_programme_get_rule_params (programme);
  gboolean suspended = status == PHYSIO_PROGRAMME_SUSPENDED;
  gboolean clear_messages = !self->keep_messages;

  self->updating = TRUE;
  self->keep_messages = FALSE;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), physio_programme_get_title (programme));
  update_start (self);
  gtk_spin_button_set_value (self->weeks_spin, physio_programme_get_weeks (programme));
  if (clear_messages)
    {
      physio_form_set_row_message (self->start_row, NULL, FALSE);
      physio_form_set_row_message (self->weeks_row, NULL, FALSE);
    }

  /* Suspended is no choice in the list: only a warning sign sets it, and only Resume ends it. */
  gtk_widget_set_visible (GTK_WIDGET (self->status_row), !suspended);
  gtk_widget_set_visible (GTK_WIDGET (self->suspended_row), suspended);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (statuses[i] == status)
      adw_combo_row_set_selected (self->status_row, i);
  if (suspended)
    {
      g_autofree char *reason = stop_reason (self);

      physio_form_set_row_message (self->suspended_row, reason, FALSE);
    }

  adw_combo_row_set_selected (self->mode_row, mode);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mode_row), _(mode_explanations[mode]));

  for (guint i = 0; i < self->n_params; i++)
    {
      g_autofree char *hint = physio_param_info_hint (&self->params_info[i]);

      gtk_spin_button_set_value (self->param_spins[i],
                                 physio_param_info_get (&self->params_info[i], params));
      if (clear_messages)
        physio_form_set_row_message (self->param_rows[i], hint, FALSE);
    }

  self->updating = FALSE;
}

static gboolean
update_cb (gpointer user_data)
{
  PhysioProgrammeSettings *self = user_data;

  self->update_idle = 0;
  update_rows (self);
  return G_SOURCE_REMOVE;
}

static void
on_programme_changed_cb (PhysioProgrammeSettings *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add (update_cb, self);
}

/* Edits */

static void
on_title_apply_cb (PhysioProgrammeSettings *self)
{
  PhysioProgramme *programme = get_programme (self);
  g_autofree char *title = entry_text (self->title_row);

  if (self->updating || g_strcmp0 (title, physio_programme_get_title (programme)) == 0)
    return;

  if (*title == '\0')
    {
      /* The handout prints the title: an empty one is put back rather than saved. */
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_row),
                                   _("The patient’s handout needs a title."));
      _physio_programme_window_toast (GTK_WIDGET (self),
                                      _("The patient’s handout needs a title."), FALSE);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_row), NULL);
  physio_undo_stack_begin (self->undo_stack, _("Change title"));
  physio_programme_set_title (programme, title);
  commit (self, NULL);
}

static void
on_title_focus_leave_cb (PhysioProgrammeSettings *self)
{
  on_title_apply_cb (self);
}

/* Logged sessions must stay inside the programme's dates, or the review and the charts lose
 * them. The store checks each log as it is added; moving the dates afterwards is checked
 * here, before anything is saved, with the first session that would fall outside. */
static gboolean
check_logs_inside (PhysioProgrammeSettings  *self,
                   const GDate              *start,
                   guint                     weeks,
                   GError                  **error)
{
  PhysioProgramme *programme = get_programme (self);
  guint n = physio_programme_get_n_prescriptions (programme);
  GDate end = *start;
  GDate outside;

  g_date_add_days (&end, weeks * 7 - 1);
  g_date_clear (&outside, 1);

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      g_autoptr(GArray) logs = NULL;

      if (physio_prescription_get_id (prescription) <= 0)
        continue;
      logs = physio_database_list_session_logs (self->database,
                                                physio_prescription_get_id (prescription),
                                                NULL, NULL, error);
      if (logs == NULL)
        return FALSE;

      for (guint j = 0; j < logs->len; j++)
        {
          const GDate *date = &g_array_index (logs, PhysioSessionLog, j).date;

          if ((g_date_compare (date, start) < 0 || g_date_compare (date, &end) > 0) &&
              (!g_date_valid (&outside) || g_date_compare (date, &outside) < 0))
            outside = *date;
        }
    }

  if (g_date_valid (&outside))
    {
      g_autofree char *when = physio_date_format (&outside);
      g_autofree char *from = physio_date_format (start);
      g_autofree char *to = physio_date_format (&end);

      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                   /* TRANSLATORS: refusing new programme dates that would leave a logged
                    * session outside them */
                   _("The session logged on %s would fall outside the programme (%s – %s). "
                     "Choose dates that keep it."),
                   when, from, to);
      return FALSE;
    }

  return TRUE;
}

static void
apply_start_date (PhysioProgrammeSettings *self,
                  const GDate             *date)
{
  g_autoptr(GError) error = NULL;
  PhysioProgramme *programme = get_programme (self);
  const GDate *old = physio_programme_get_start_date (programme);

  if (old != NULL && g_date_valid (old) && g_date_compare (old, date) == 0)
    {
      update_start (self);
      physio_form_set_row_message (self->start_row, NULL, FALSE);
      return;
    }

  if (!check_logs_inside (self, date, physio_programme_get_weeks (programme), &error))
    {
      physio_form_set_row_message (self->start_row, error->message, TRUE);
      update_start (self);
      return;
    }

  physio_form_set_row_message (self->start_row, NULL, FALSE);
  physio_undo_stack_begin (self->undo_stack, _("Change start date"));
  physio_programme_set_start_date (programme, date);
  if (!commit (self, self->start_row))
    {
      /* The date in force goes back in the box; the row keeps the reason. */
      update_start (self);
    }
}

static void
on_start_entry_activate_cb (PhysioProgrammeSettings *self)
{
  g_autofree char *text = entry_text (self->start_entry);
  const GDate *old = physio_programme_get_start_date (get_programme (self));
  g_autofree char *old_text = old != NULL && g_date_valid (old) ? physio_date_format (old) : NULL;
  GDate date;

  if (self->updating || g_strcmp0 (text, old_text != NULL ? old_text : "") == 0)
    return;

  if (!physio_date_parse (text, &date))
    {
      const char *message = _("Type a date such as 2 March 2026, or pick one from the calendar.");

      physio_form_set_row_message (self->start_row, message, TRUE);
      return;
    }

  apply_start_date (self, &date);
}

static void
on_start_focus_leave_cb (PhysioProgrammeSettings *self)
{
  on_start_entry_activate_cb (self);
}

static void
on_calendar_day_selected_cb (PhysioProgrammeSettings *self)
{
  g_autoptr(GDateTime) picked = NULL;
  GDate date;

  if (self->updating)
    return;

  picked = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  gtk_popover_popdown (self->calendar_popover);
  apply_start_date (self, &date);
}

static void
on_weeks_changed_cb (PhysioProgrammeSettings *self)
{
  PhysioProgramme *programme = get_programme (self);
  const GDate *start = physio_programme_get_start_date (programme);
  guint weeks = (guint) gtk_spin_button_get_value_as_int (self->weeks_spin);
  g_autoptr(GError) error = NULL;

  if (self->updating || weeks == physio_programme_get_weeks (programme))
    return;

  if (start != NULL && g_date_valid (start) && !check_logs_inside (self, start, weeks, &error))
    {
      physio_form_set_row_message (self->weeks_row, error->message, TRUE);
      return;
    }

  physio_form_set_row_message (self->weeks_row, NULL, FALSE);
  physio_undo_stack_begin (self->undo_stack, _("Change length"));
  physio_programme_set_weeks (programme, weeks);
  commit (self, self->weeks_row);
}

/* Issuing a draft (making it active) needs a programme without errors, among them the
 * patient's red-flag screen (brief 2.5): the first error says what to do. The patient is read
 * again because the screen may have been recorded since this window opened. */
static char *
issue_blocker (PhysioProgrammeSettings *self,
               PhysioProgramme         *programme)
{
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  patient = physio_database_get_patient (self->database,
                                         physio_programme_get_patient_id (programme), NULL);
  checks = physio_programme_check (programme, patient, &today);

  for (guint i = 0; i < checks->len; i++)
    {
      const PhysioCheck *check = g_ptr_array_index (checks, i);

      if (check->severity == PHYSIO_CHECK_ERROR)
        return g_strdup_printf (_("Not issued yet: %s"), check->message);
    }

  return NULL;
}

static void
on_status_changed_cb (PhysioProgrammeSettings *self)
{
  PhysioProgramme *programme = get_programme (self);
  guint selected = adw_combo_row_get_selected (self->status_row);
  g_autofree char *blocker = NULL;
  gboolean issuing;

  if (self->updating || selected >= G_N_ELEMENTS (statuses) ||
      statuses[selected] == physio_programme_get_status (programme))
    return;

  if (statuses[selected] == PHYSIO_PROGRAMME_ACTIVE &&
      physio_programme_get_status (programme) == PHYSIO_PROGRAMME_DRAFT &&
      (blocker = issue_blocker (self, programme)) != NULL)
    {
      self->updating = TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        if (statuses[i] == PHYSIO_PROGRAMME_DRAFT)
          adw_combo_row_set_selected (self->status_row, i);
      self->updating = FALSE;
      physio_form_set_row_message (ADW_ACTION_ROW (self->status_row), blocker, TRUE);
      return;
    }

  physio_form_set_row_message (ADW_ACTION_ROW (self->status_row), NULL, FALSE);
  physio_undo_stack_begin (self->undo_stack, _("Change status"));
  issuing = statuses[selected] == PHYSIO_PROGRAMME_ACTIVE &&
            physio_programme_get_status (programme) == PHYSIO_PROGRAMME_DRAFT;
  physio_programme_set_status (programme, statuses[selected]);
  /* Issuing is when the patient takes the plan home: offer the handout straight away. */
  if (commit (self, NULL) && issuing)
    _physio_programme_window_toast_action (GTK_WIDGET (self), _("Programme issued"),
                                           _("_Handout…"), "win.preview-handout");
}

static void
on_resume_clicked_cb (PhysioProgrammeSettings *self)
{
  physio_undo_stack_begin (self->undo_stack, _("Resume programme"));
  physio_programme_set_status (get_programme (self), PHYSIO_PROGRAMME_ACTIVE);
  if (commit (self, self->suspended_row))
    _physio_programme_window_toast (GTK_WIDGET (self), _("Programme resumed"), TRUE);
}

static void
on_mode_changed_cb (PhysioProgrammeSettings *self)
{
  PhysioProgramme *programme = get_programme (self);
  PhysioProgressionMode mode = adw_combo_row_get_selected (self->mode_row);

  if (self->updating || mode == physio_programme_get_mode (programme))
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change progression"));
  physio_programme_set_mode (programme, mode);
  commit (self, NULL);
}

static void
on_param_changed_cb (GtkSpinButton           *spin,
                     PhysioProgrammeSettings *self)
{
  PhysioProgramme *programme = get_programme (self);
  PhysioRuleParams params = *physio_programme_get_rule_params (programme);
  g_autoptr(GError) error = NULL;
  guint i;

  if (self->updating)
    return;

  for (i = 0; i < self->n_params; i++)
    if (self->param_spins[i] == spin)
      break;
  g_assert (i < self->n_params);

  physio_param_info_set (&self->params_info[i], &params, gtk_spin_button_get_value (spin));

  /* The core knows which combinations make sense (a safe zone above the acceptable one does
   * not); a refused value stays in the box with the reason, and nothing changes. */
  if (!physio_rule_params_validate (&params, &error))
    {
      physio_form_set_row_message (self->param_rows[i], error->message, TRUE);
      return;
    }

  physio_undo_stack_begin (self->undo_stack, _("Change rule"));
  physio_programme_set_rule_params (programme, &params);
  commit (self, self->param_rows[i]);
}

static void
on_reset_clicked_cb (PhysioProgrammeSettings *self)
{
  PhysioRuleParams defaults;
  g_autofree char *default_text = NULL;
  g_autofree char *current_text = NULL;

  physio_rule_params_init_defaults (&defaults);
  default_text = physio_rule_params_to_string (&defaults);
  current_text =
    physio_rule_params_to_string (physio_programme_get_rule_params (get_programme (self)));
  if (g_strcmp0 (default_text, current_text) == 0)
    {
      /* Rows may still hold refused values; show the rules in force again. */
      update_rows (self);
      return;
    }

  physio_undo_stack_begin (self->undo_stack, _("Reset rules"));
  physio_programme_set_rule_params (get_programme (self), &defaults);
  if (commit (self, NULL))
    _physio_programme_window_toast (GTK_WIDGET (self), _("Rules back to their defaults"), TRUE);
}

/* Save as template */

static void
on_template_response_cb (GtkWidget               *dialog,
                         const char              *response,
                         PhysioProgrammeSettings *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "physio-name-entry");
  g_autofree char *name = entry_text (entry);
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || *name == '\0')
    return;

  id = physio_database_save_template (self->database, get_programme (self), name, &error);
  if (id == NULL)
    {
      _physio_programme_window_toast (GTK_WIDGET (self), error->message, FALSE);
      return;
    }

  /* TRANSLATORS: a toast after saving a programme as a clinic template */
  title = g_strdup_printf (_("Template “%s” saved"), name);
  _physio_programme_window_toast (GTK_WIDGET (self), title, FALSE);
}

static void
on_template_name_changed_cb (GtkEditable *entry,
                             GtkWidget   *dialog)
{
  g_autofree char *name = entry_text (entry);

  physio_compat_alert_set_response_enabled (dialog, "save", *name != '\0');
}

static void
on_save_template_clicked_cb (PhysioProgrammeSettings *self)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = physio_compat_alert_new (_("Save as Template"),
                                    _("The exercises, their weekly doses, the phases and the "
                                      "education topics are kept; nothing about the patient is."));
  physio_compat_alert_add_response (dialog, "cancel", _("_Cancel"));
  physio_compat_alert_add_response (dialog, "save", _("_Save"));
  physio_compat_alert_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  physio_compat_alert_set_default_response (dialog, "save");
  physio_compat_alert_set_close_response (dialog, "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Template name"));
  gtk_editable_set_text (GTK_EDITABLE (entry), physio_programme_get_title (get_programme (self)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Template name"), -1);
  g_signal_connect (entry, "changed", G_CALLBACK (on_template_name_changed_cb), dialog);
  physio_compat_alert_set_extra_child (dialog, entry);
  g_object_set_data (G_OBJECT (dialog), "physio-name-entry", entry);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_template_response_cb), self, 0);
  physio_compat_alert_present (dialog, GTK_WIDGET (self));
}

static void
on_export_template_clicked_cb (PhysioProgrammeSettings *self)
{
  physio_template_share_programme (GTK_WIDGET (self), self->database, get_programme (self));
}

/* Construction */

static AdwPreferencesGroup *
group_of (PhysioProgrammeSettings *self,
          PhysioParamGroup         group)
{
  switch (group)
    {
    case PHYSIO_PARAM_GROUP_RULES: return self->rules_group;
    case PHYSIO_PARAM_GROUP_PROGRESS: return self->progress_group;
    case PHYSIO_PARAM_GROUP_INCREMENT: return self->increment_group;
    case PHYSIO_PARAM_GROUP_REGRESS: return self->regress_group;
    case PHYSIO_PARAM_GROUP_QUOTA: return self->quota_group;
    default:
      g_assert_not_reached ();
    }
}

static void
build_param_rows (PhysioProgrammeSettings *self)
{
  self->params_info = physio_param_info_list (&self->n_params);
  for (guint i = 0; i < self->n_params; i++)
    {
      const PhysioParamInfo *info = &self->params_info[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, info->upper, info->fraction ? 5 : 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->title));
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      /* The row labels its activatable widget by its title (libadwaita): a label of its own
       * as well would make a screen reader say it twice. */
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_param_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (group_of (self, info->group), row);

      self->param_rows[i] = ADW_ACTION_ROW (row);
      self->param_spins[i] = GTK_SPIN_BUTTON (spin);
    }
}

static void
build_status_model (PhysioProgrammeSettings *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (model, physio_programme_status_label (statuses[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (model));
}

static void
watch_focus_leave (GtkWidget *widget,
                   GCallback  callback,
                   gpointer   user_data)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", callback, user_data);
  gtk_widget_add_controller (widget, focus);
}

PhysioProgrammeSettings *
physio_programme_settings_new (PhysioDatabase  *database,
                               PhysioUndoStack *undo_stack)
{
  PhysioProgrammeSettings *self;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (undo_stack), NULL);

  self = g_object_new (PHYSIO_TYPE_PROGRAMME_SETTINGS, NULL);
  self->database = g_object_ref (database);
  self->undo_stack = g_object_ref (undo_stack);

  update_rows (self);
  g_signal_connect_object (get_programme (self), "changed", G_CALLBACK (on_programme_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return self;
}

GtkEditable *
_physio_programme_settings_get_start_entry (PhysioProgrammeSettings *self)
{
  return GTK_EDITABLE (self->start_entry);
}

AdwActionRow *
_physio_programme_settings_get_start_row (PhysioProgrammeSettings *self)
{
  return self->start_row;
}

GtkSpinButton *
_physio_programme_settings_get_weeks_spin (PhysioProgrammeSettings *self)
{
  return self->weeks_spin;
}

static void
physio_programme_settings_dispose (GObject *object)
{
  PhysioProgrammeSettings *self = PHYSIO_PROGRAMME_SETTINGS (object);

  g_clear_handle_id (&self->update_idle, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PROGRAMME_SETTINGS);

  g_clear_object (&self->undo_stack);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_programme_settings_parent_class)->dispose (object);
}

static void
physio_programme_settings_class_init (PhysioProgrammeSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_programme_settings_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-programme-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, title_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, start_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, start_entry);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, calendar);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, weeks_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, weeks_spin);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, status_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, suspended_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, mode_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, rules_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, progress_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, increment_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, regress_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSettings, quota_group);
  gtk_widget_class_bind_template_callback (widget_class, on_title_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_weeks_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_resume_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_template_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_template_clicked_cb);
}

static void
physio_programme_settings_init (PhysioProgrammeSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  build_status_model (self);
  build_param_rows (self);

  g_signal_connect_swapped (self->status_row, "notify::selected",
                            G_CALLBACK (on_status_changed_cb), self);
  g_signal_connect_swapped (self->mode_row, "notify::selected",
                            G_CALLBACK (on_mode_changed_cb), self);
  watch_focus_leave (GTK_WIDGET (self->title_row), G_CALLBACK (on_title_focus_leave_cb), self);
  watch_focus_leave (GTK_WIDGET (self->start_entry), G_CALLBACK (on_start_focus_leave_cb), self);
}

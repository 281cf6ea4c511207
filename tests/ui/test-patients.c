/* test-patients.c: the Patients view of the main window on a real database
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "physio-clinician.h"
#include "physio-compat.h"
#include "physio-database-clinic.h"
#include "physio-database-patients.h"
#include "physio-date-entry-row.h"
#include "physio-new-programme-dialog.h"
#include "physio-patient-page.h"
#include "physio-patients-view.h"
#include "physio-preferences.h"
#include "physio-programme-summary.h"
#include "physio-programme-window.h"
#include "physio-red-flag-dialog.h"
#include "physio-screenshot.h"
#include "physio-window-private.h"
#include "ui-test-util.h"

typedef struct
{
  char               *dir;
  PhysioDatabase     *database;
  PhysioWindow       *window;
  PhysioPatientsView *view;
  PhysioPatientPage  *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ui_test_make_dir ("physio-patients-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);

  fixture->window = ui_test_open_window (fixture->database, 1100, 720);

  fixture->view = _physio_window_get_patients_view (fixture->window);
  fixture->page = _physio_patients_view_get_page (fixture->view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s",
                                             "patients"));
  g_assert_cmpstr (_physio_window_get_view (fixture->window), ==, "patients");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ui_test_destroy_toplevels ();
  g_clear_object (&fixture->database);

  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Saves what the window looks like when PHYSIO_TEST_SCREENSHOTS names a folder, for review by
 * eye; the tests never depend on it. */
static void
maybe_screenshot (Fixture    *fixture,
                  const char *name)
{
  const char *folder = g_getenv ("PHYSIO_TEST_SCREENSHOTS");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (folder == NULL || *folder == '\0')
    return;

  ui_test_settle_frames (10);
  file = g_strconcat ("patients-", name, ".png", NULL);
  path = g_build_filename (folder, file, NULL);
  if (!physio_screenshot_save (GTK_WIDGET (fixture->window), path, &error))
    g_test_message ("No screenshot: %s", error->message);
}

static GtkWidget *
field (Fixture            *fixture,
       PhysioPatientField  which)
{
  return _physio_patient_page_get_field_widget (fixture->page, which);
}

static void
type_into (Fixture            *fixture,
           PhysioPatientField  which,
           const char         *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (fixture, which)), text);
}

static PhysioPatient *
shown (Fixture *fixture)
{
  return physio_patient_page_get_patient (fixture->page);
}

static gint64
shown_id (Fixture *fixture)
{
  return shown (fixture) != NULL ? physio_patient_get_id (shown (fixture)) : -1;
}

static PhysioPatient *
load_patient (Fixture *fixture,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  PhysioPatient *patient = physio_database_get_patient (fixture->database, id, &error);

  g_assert_no_error (error);
  return patient;
}

/* A patient saved straight to the database, as an earlier session would have left it. */
static gint64
add_patient (Fixture    *fixture,
             const char *name,
             gboolean    screened)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GError) error = NULL;

  physio_patient_set_name (patient, name);
  physio_patient_set_birth (patient, "1961");
  if (screened)
    {
      const char * const none[] = { NULL };
      GDate today;

      physio_date_today (&today);
      physio_patient_record_screen (patient, "Alex Morgan", &today, none, NULL);
    }
  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_no_error (error);

  return physio_patient_get_id (patient);
}

static guint
count_programmes (Fixture *fixture,
                  gint64   patient_id)
{
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GError) error = NULL;

  programmes = physio_database_list_programmes (fixture->database, patient_id, &error);
  g_assert_no_error (error);
  return programmes->len;
}

static GtkWidget *
find_by_tooltip (GtkWidget  *widget,
                 const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_views (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GActionGroup *actions = G_ACTION_GROUP (fixture->window);
  g_autofree char *last_view = NULL;
  AdwViewSwitcherBar *bar;

  /* The Patients view is remembered, and only there does New Patient apply; the exercise
   * actions (Delete among them) do not reach a library out of sight. */
  last_view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (last_view, ==, "patients");
  g_assert_true (g_action_group_get_action_enabled (actions, "new-patient"));
  g_assert_false (g_action_group_get_action_enabled (actions, "delete-exercise"));
  g_assert_false (g_action_group_get_action_enabled (actions, "duplicate-exercise"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s",
                                             "library"));
  g_assert_cmpstr (_physio_window_get_view (fixture->window), ==, "library");
  g_free (last_view);
  last_view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (last_view, ==, "library");
  g_assert_false (g_action_group_get_action_enabled (actions, "new-patient"));
  WAIT_FOR (g_action_group_get_action_enabled (actions, "duplicate-exercise"));

  /* Showing an exercise from anywhere brings the library forward. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s",
                                             "patients"));
  g_assert_true (physio_window_select_exercise (fixture->window, "COR-09"));
  g_assert_cmpstr (_physio_window_get_view (fixture->window), ==, "library");

  /* Wide, the switcher sits in the header and the bottom bar stays hidden. */
  bar = _physio_window_get_switcher_bar (fixture->window);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
}

static void
test_narrow_switcher_bar (Fixture       *fixture,
                          gconstpointer  data)
{
  AdwLeaflet *leaflet = _physio_patients_view_get_leaflet (fixture->view);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 720);
  WAIT_FOR (adw_leaflet_get_folded (leaflet));
  WAIT_FOR (adw_view_switcher_bar_get_reveal (_physio_window_get_switcher_bar (fixture->window)));
}

/* Tab walks a checklist and never sticks on a row: the next row comes after the row and its
 * box (GTK 4.8), or straight after the row (newer GTK); the row ticks its box as Space does.
 * The window must hold the input focus first, as a clinician's does: in a window that is not
 * active a focused row does not know it has the focus, and newer GTK takes Tab on it as a
 * request to focus the row itself, so focus would stay put. */
static void
assert_tab_walks_conditions (Fixture *fixture)
{
  GtkCheckButton *pregnancy = _physio_patient_page_get_condition (fixture->page, "pregnancy");
  GtkWidget *first = gtk_widget_get_ancestor (
    GTK_WIDGET (_physio_patient_page_get_condition (fixture->page, "osteoporosis")),
    ADW_TYPE_ACTION_ROW);
  GtkWidget *second = gtk_widget_get_ancestor (GTK_WIDGET (pregnancy), ADW_TYPE_ACTION_ROW);

  ui_test_activate_window (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_grab_focus (first));
  for (guint i = 0; i < 2 && gtk_root_get_focus (GTK_ROOT (fixture->window)) != second; i++)
    {
      g_signal_emit_by_name (fixture->window, "move-focus", GTK_DIR_TAB_FORWARD);
      g_test_message ("Tab %u: %s", i + 1,
                      G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (fixture->window))));
    }
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == second);

  g_assert_false (gtk_check_button_get_active (pregnancy));
  g_assert_true (gtk_widget_activate (second));
  g_assert_true (gtk_check_button_get_active (pregnancy));
  gtk_check_button_set_active (pregnancy, FALSE);
}

static void
test_create_patient (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *patients = _physio_patients_view_get_patients (fixture->view);
  g_autoptr(PhysioPatient) saved = NULL;
  g_autofree char *onset_text = NULL;
  GtkWidget *name_row = field (fixture, PHYSIO_PATIENT_FIELD_NAME);
  GtkTextView *notes;
  GDate onset, today;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (patients), ==, 0);
  g_assert_cmpstr (_physio_patients_view_get_content (fixture->view), ==, "none");

  /* New Patient opens a blank record; until it has a name nothing else can be filled in,
   * and nothing is written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-patient",
                                             NULL));
  g_assert_cmpstr (_physio_patients_view_get_content (fixture->view), ==, "patient");
  g_assert_cmpint (shown_id (fixture), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (field (fixture, PHYSIO_PATIENT_FIELD_BIRTH)));

  /* Typing the name creates the patient, listed and selected. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Mary O’Brien");
  WAIT_FOR (shown_id (fixture) > 0);
  id = shown_id (fixture);
  WAIT_FOR (g_list_model_get_n_items (patients) == 1);
  g_assert_cmpint (_physio_patients_view_get_selected_id (fixture->view), ==, id);
  g_assert_true (gtk_widget_get_sensitive (field (fixture, PHYSIO_PATIENT_FIELD_BIRTH)));

  /* Every field goes to the database by itself, no Save button. */
  physio_date_today (&today);
  onset = today;
  g_date_subtract_days (&onset, 42);
  onset_text = physio_date_format (&onset);
  type_into (fixture, PHYSIO_PATIENT_FIELD_CLINIC_REF, "PT-0042");
  type_into (fixture, PHYSIO_PATIENT_FIELD_BIRTH, "1961");
  type_into (fixture, PHYSIO_PATIENT_FIELD_ONSET, onset_text);
  gtk_switch_set_active (GTK_SWITCH (field (fixture, PHYSIO_PATIENT_FIELD_RADICULAR)), TRUE);
  gtk_check_button_set_active (_physio_patient_page_get_condition (fixture->page,
                                                                   "osteoporosis"), TRUE);
  assert_tab_walks_conditions (fixture);
  notes = GTK_TEXT_VIEW (field (fixture, PHYSIO_PATIENT_FIELD_NOTES));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes),
                            "Works as a postman; walks most of the day.", -1);

  WAIT_FOR (g_strcmp0 (physio_patient_get_notes (shown (fixture)),
                       "Works as a postman; walks most of the day.") == 0);
  saved = load_patient (fixture, id);
  g_assert_cmpstr (physio_patient_get_name (saved), ==, "Mary O’Brien");
  g_assert_cmpstr (physio_patient_get_clinic_ref (saved), ==, "PT-0042");
  g_assert_cmpstr (physio_patient_get_birth (saved), ==, "1961");
  g_assert_cmpint (g_date_compare (physio_patient_get_onset (saved), &onset), ==, 0);
  g_assert_true (physio_patient_get_radicular (saved));
  g_assert_true (physio_patient_has_condition (saved, "osteoporosis"));
  g_assert_cmpstr (physio_patient_get_notes (saved), ==,
                   "Works as a postman; walks most of the day.");
  /* Six weeks since onset: subacute, from the date, not chosen by hand. */
  g_assert_null (physio_patient_get_stage_override (saved));
  g_assert_cmpstr (physio_patient_get_stage (saved, &today), ==, "subacute");

  /* The stage can be overridden, and goes back to following the onset date. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (fixture, PHYSIO_PATIENT_FIELD_STAGE)), 3);
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_cmpstr (physio_patient_get_stage_override (saved), ==, "chronic");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (fixture, PHYSIO_PATIENT_FIELD_STAGE)), 0);
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_null (physio_patient_get_stage_override (saved));

  /* The list finds the patient by clinic reference as it is typed, and says when nothing
   * matches. */
  gtk_editable_set_text (GTK_EDITABLE (_physio_patients_view_get_search_entry (fixture->view)),
                         "0042");
  WAIT_FOR (g_list_model_get_n_items (patients) == 1);
  gtk_editable_set_text (GTK_EDITABLE (_physio_patients_view_get_search_entry (fixture->view)),
                         "zzqx");
  WAIT_FOR (g_list_model_get_n_items (patients) == 0);
  g_signal_emit_by_name (_physio_patients_view_get_search_entry (fixture->view), "stop-search");
  WAIT_FOR (g_list_model_get_n_items (patients) == 1);
}

static void
test_invalid_birth (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Sam Patel", FALSE);
  GtkWidget *birth_row = field (fixture, PHYSIO_PATIENT_FIELD_BIRTH);
  g_autoptr(PhysioPatient) saved = NULL;
  g_autofree char *tomorrow_text = NULL;
  const char *message;
  GDate tomorrow;

  physio_patients_view_select_patient (fixture->view, id);
  g_assert_cmpint (shown_id (fixture), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birth_row)), ==, "1961");

  /* A year of five digits is refused at the field with the core's words, and the saved year
   * stays. */
  gtk_editable_set_text (GTK_EDITABLE (birth_row), "19611");
  WAIT_FOR (_physio_patient_page_get_field_error (fixture->page,
                                                  PHYSIO_PATIENT_FIELD_BIRTH) != NULL);
  message = _physio_patient_page_get_field_error (fixture->page, PHYSIO_PATIENT_FIELD_BIRTH);
  g_assert_nonnull (strstr (message, "Birth"));
  g_assert_true (gtk_widget_has_css_class (birth_row, "error"));
  maybe_screenshot (fixture, "invalid-birth");
  saved = load_patient (fixture, id);
  g_assert_cmpstr (physio_patient_get_birth (saved), ==, "1961");

  /* Other fields still save while one is wrong. */
  type_into (fixture, PHYSIO_PATIENT_FIELD_CLINIC_REF, "PT-7");
  WAIT_FOR (g_strcmp0 (physio_patient_get_clinic_ref (shown (fixture)), "PT-7") == 0);
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_cmpstr (physio_patient_get_birth (saved), ==, "1961");
  g_assert_cmpstr (physio_patient_get_clinic_ref (saved), ==, "PT-7");

  /* Corrected, the message goes and the value is saved; a full date typed in words is kept
   * as a date. */
  gtk_editable_set_text (GTK_EDITABLE (birth_row), "23 Apr 1961");
  WAIT_FOR (_physio_patient_page_get_field_error (fixture->page,
                                                  PHYSIO_PATIENT_FIELD_BIRTH) == NULL);
  g_assert_false (gtk_widget_has_css_class (birth_row, "error"));
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_cmpstr (physio_patient_get_birth (saved), ==, "1961-04-23");

  /* An onset tomorrow is refused too. */
  physio_date_today (&tomorrow);
  g_date_add_days (&tomorrow, 1);
  tomorrow_text = physio_date_format (&tomorrow);
  type_into (fixture, PHYSIO_PATIENT_FIELD_ONSET, tomorrow_text);
  WAIT_FOR (_physio_patient_page_get_field_error (fixture->page,
                                                  PHYSIO_PATIENT_FIELD_ONSET) != NULL);
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_false (g_date_valid (physio_patient_get_onset (saved)));

  /* And an empty name, which would leave a nameless record. */
  type_into (fixture, PHYSIO_PATIENT_FIELD_NAME, "");
  WAIT_FOR (_physio_patient_page_get_field_error (fixture->page,
                                                  PHYSIO_PATIENT_FIELD_NAME) != NULL);
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_cmpstr (physio_patient_get_name (saved), ==, "Sam Patel");
}

static void
test_switch_keeps_typing (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 first = add_patient (fixture, "Ada First", TRUE);
  gint64 second = add_patient (fixture, "Bob Second", TRUE);
  GtkListBox *list = _physio_patients_view_get_list (fixture->view);
  g_autoptr(PhysioPatient) saved = NULL;
  GtkListBoxRow *row;

  physio_patients_view_select_patient (fixture->view, first);
  g_assert_cmpint (_physio_patients_view_get_selected_id (fixture->view), ==, first);

  /* Typing, then at once choosing the next patient in the list: what was typed is saved
   * for the first patient, and the second one's record is shown and selected. */
  type_into (fixture, PHYSIO_PATIENT_FIELD_CLINIC_REF, "PT-1");
  row = gtk_list_box_get_row_at_index (list, 1);
  gtk_list_box_select_row (list, row);

  g_assert_cmpint (shown_id (fixture), ==, second);
  WAIT_FOR (_physio_patients_view_get_selected_id (fixture->view) == second);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture,
                                                                PHYSIO_PATIENT_FIELD_CLINIC_REF))),
                   ==, "");
  saved = load_patient (fixture, first);
  g_assert_cmpstr (physio_patient_get_clinic_ref (saved), ==, "PT-1");
  g_clear_object (&saved);
  saved = load_patient (fixture, second);
  g_assert_null (physio_patient_get_clinic_ref (saved));
}

static void
test_red_flag_screen (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Jo Lee", FALSE);
  AdwActionRow *status = _physio_patient_page_get_screen_row (fixture->page);
  g_autoptr(PhysioPatient) saved = NULL;
  g_autofree char *clinician = physio_clinician_name (fixture->database);
  PhysioRedFlagDialog *dialog;
  GtkEditable *screener;
  const char * const *flags;

  physio_patients_view_select_patient (fixture->view, id);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (status)), ==,
                   "Not recorded");
  g_assert_cmpstr (adw_action_row_get_subtitle (status), ==,
                   "Programmes cannot be issued until it is");

  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "screen"), "clicked");
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_RED_FLAG_DIALOG);
  g_assert_nonnull (dialog);

  /* The clinician is the screener unless told otherwise; without one the screen is refused
   * at that field. */
  screener = GTK_EDITABLE (_physio_red_flag_dialog_get_screener_row (dialog));
  g_assert_cmpstr (gtk_editable_get_text (screener), ==, clinician);
  gtk_check_button_set_active (_physio_red_flag_dialog_get_check (dialog,
                                                                   "fracture_osteoporosis"),
                               TRUE);
  gtk_editable_set_text (screener, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "screen.save", NULL));
  g_assert_nonnull (_physio_red_flag_dialog_get_error (dialog));
  g_assert_nonnull (strstr (_physio_red_flag_dialog_get_error (dialog), "clinician"));
  saved = load_patient (fixture, id);
  g_assert_false (physio_patient_has_red_flag_screen (saved));

  gtk_editable_set_text (screener, "Alex Morgan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "screen.save", NULL));
  WAIT_FOR (ui_test_find_toplevel (PHYSIO_TYPE_RED_FLAG_DIALOG) == NULL);

  /* Saved, and the record says who, when and what. */
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_true (physio_patient_has_red_flag_screen (saved));
  g_assert_cmpstr (physio_patient_get_screened_by (saved), ==, "Alex Morgan");
  flags = physio_patient_get_red_flags (saved);
  g_assert_cmpstr (flags[0], ==, "fracture_osteoporosis");
  g_assert_null (flags[1]);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (status)),
                                   "Screened by Alex Morgan on "));
  g_assert_cmpstr (adw_action_row_get_subtitle (status), ==, "1 sign noted: Osteoporosis");
}

static void
test_delete_patient (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Chris Doe", TRUE);
  gint64 other = add_patient (fixture, "Pat Other", TRUE);
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioPatient) gone = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *patients = _physio_patients_view_get_patients (fixture->view);
  GtkWidget *dialog;
  AdwToast *toast;
  GDate start;

  physio_date_today (&start);
  physio_programme_set_patient_id (programme, id);
  physio_programme_set_title (programme, "Back to the garden");
  physio_programme_set_start_date (programme, &start);
  physio_database_save_programme (fixture->database, programme, &error);
  g_assert_no_error (error);

  physio_patients_view_select_patient (fixture->view, id);
  WAIT_FOR (_physio_patient_page_get_programme_rows (fixture->page)->len == 1);

  /* Delete asks first, saying what goes with the patient; cancelling keeps everything. */
  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "delete"), "clicked");
  dialog = physio_compat_alert_find (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (physio_compat_alert_get_heading (dialog), ==, "Delete Patient?");
  g_assert_nonnull (strstr (physio_compat_alert_get_body (dialog), "Chris Doe"));
  g_assert_nonnull (strstr (physio_compat_alert_get_body (dialog), "1 programme"));
  g_assert_cmpint (physio_compat_alert_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_signal_emit_by_name (dialog, "response", "cancel");
  physio_compat_alert_close (dialog);
  g_clear_object (&gone);
  gone = load_patient (fixture, id);
  g_assert_nonnull (gone);

  /* Confirmed, the patient and their programmes are gone and a toast says so. */
  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "delete"), "clicked");
  dialog = physio_compat_alert_find (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (dialog, "response", "delete");
  physio_compat_alert_close (dialog);

  g_clear_object (&gone);
  gone = physio_database_get_patient (fixture->database, id, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_assert_cmpuint (count_programmes (fixture, id), ==, 0);
  WAIT_FOR (g_list_model_get_n_items (patients) == 1);
  g_assert_cmpstr (_physio_patients_view_get_content (fixture->view), ==, "none");
  toast = _physio_patients_view_get_last_toast (fixture->view);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Patient deleted");

  /* The other patient is untouched. */
  g_clear_object (&gone);
  gone = load_patient (fixture, other);
  g_assert_cmpstr (physio_patient_get_name (gone), ==, "Pat Other");
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Robin Archer", TRUE);
  GListModel *patients = _physio_patients_view_get_patients (fixture->view);
  GtkCheckButton *show_archived = _physio_patients_view_get_archived_check (fixture->view);
  g_autoptr(PhysioPatient) saved = NULL;

  physio_patients_view_select_patient (fixture->view, id);
  WAIT_FOR (g_list_model_get_n_items (patients) == 1);

  /* Archived patients leave the list, kept in the database, and come back on request. */
  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "archive"), "clicked");
  saved = load_patient (fixture, id);
  g_assert_true (physio_patient_get_archived (saved));
  WAIT_FOR (g_list_model_get_n_items (patients) == 0);
  /* The row and its button say what the next click does. */
  g_assert_cmpstr (gtk_button_get_label (_physio_patient_page_get_button (fixture->page,
                                                                          "archive")),
                   ==, "_Unarchive");

  gtk_check_button_set_active (show_archived, TRUE);
  WAIT_FOR (g_list_model_get_n_items (patients) == 1);

  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "archive"), "clicked");
  g_clear_object (&saved);
  saved = load_patient (fixture, id);
  g_assert_false (physio_patient_get_archived (saved));
  g_assert_cmpstr (gtk_button_get_label (_physio_patient_page_get_button (fixture->page,
                                                                          "archive")),
                   ==, "_Archive");
}

static void
test_new_programme_chronic (Fixture       *fixture,
                            gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Lee Chronic", TRUE);
  g_autoptr(PhysioTemplate) template = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *clinician = physio_clinician_name (fixture->database);
  PhysioNewProgrammeDialog *dialog;
  GtkEditable *title;
  guint n_prescriptions = 0;

  template = physio_database_get_template (fixture->database, "chronic", &error);
  g_assert_no_error (error);

  physio_patients_view_select_patient (fixture->view, id);
  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "new-programme"),
                         "clicked");
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_nonnull (dialog);

  /* Choosing the template offers its title for the patient. */
  g_assert_true (_physio_new_programme_dialog_choose_template (dialog, "chronic"));
  title = GTK_EDITABLE (_physio_new_programme_dialog_get_title_row (dialog));
  g_assert_cmpstr (gtk_editable_get_text (title), ==, template->title);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.create", NULL));
  WAIT_FOR (dialog == NULL);

  /* Made, saved for the patient, and opened in its own window. */
  programmes = physio_database_list_programmes (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (programmes->len, ==, 1);
  programme = g_object_ref (g_ptr_array_index (programmes, 0));
  g_assert_cmpuint (physio_programme_get_weeks (programme), ==, 12);
  g_assert_cmpstr (physio_programme_get_template_id (programme), ==, "chronic");
  g_assert_cmpint (physio_programme_get_patient_id (programme), ==, id);
  g_assert_cmpstr (physio_programme_get_clinician (programme), ==, clinician);
  g_assert_cmpint (g_date_get_weekday (physio_programme_get_start_date (programme)), ==,
                   G_DATE_MONDAY);
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      const PhysioTemplateItem *item = &g_array_index (template->items, PhysioTemplateItem, i);

      g_assert_cmpstr (physio_prescription_get_exercise_id (prescription), ==,
                       item->exercise_id);
      n_prescriptions++;
    }
  g_assert_cmpuint (n_prescriptions, ==, template->items->len);
  WAIT_FOR (ui_test_find_toplevel (PHYSIO_TYPE_PROGRAMME_WINDOW) != NULL);
  ui_test_close_windows (PHYSIO_TYPE_PROGRAMME_WINDOW);

  /* The record lists it. */
  WAIT_FOR (_physio_patient_page_get_programme_rows (fixture->page)->len == 1);
}

static void
test_new_programme_empty (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Dee Empty", TRUE);
  g_autoptr(PhysioPatient) patient = load_patient (fixture, id);
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GError) error = NULL;
  PhysioNewProgrammeDialog *dialog;
  PhysioProgramme *programme;

  /* Acute: the empty programme takes the patient's stage and the default length. */
  physio_patient_set_stage_override (patient, "acute");
  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_no_error (error);

  /* The clinic's progression parameters from Preferences are what it starts from. */
  {
    g_auto(PhysioClinic) clinic = { 0 };

    g_assert_true (physio_database_get_clinic (fixture->database, &clinic, &error));
    clinic.rule_params.window_days = 14;
    g_assert_true (physio_database_set_clinic (fixture->database, &clinic, &error));
  }

  physio_patients_view_select_patient (fixture->view, id);
  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "new-programme"),
                         "clicked");
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_true (_physio_new_programme_dialog_choose_template (dialog, NULL));

  /* A title is required. */
  gtk_editable_set_text (GTK_EDITABLE (_physio_new_programme_dialog_get_title_row (dialog)), " ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.create", NULL));
  g_assert_nonnull (_physio_new_programme_dialog_get_error (dialog));
  g_assert_cmpuint (count_programmes (fixture, id), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (_physio_new_programme_dialog_get_title_row (dialog)),
                         "Easing back in");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.create", NULL));
  programmes = physio_database_list_programmes (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (programmes->len, ==, 1);
  programme = g_ptr_array_index (programmes, 0);
  g_assert_cmpstr (physio_programme_get_title (programme), ==, "Easing back in");
  g_assert_cmpstr (physio_programme_get_stage (programme), ==, "acute");
  g_assert_cmpuint (physio_programme_get_weeks (programme), ==, PHYSIO_PROGRAMME_DEFAULT_WEEKS);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (programme), ==, 0);
  g_assert_cmpuint (physio_programme_get_rule_params (programme)->window_days, ==, 14);
  ui_test_close_windows (PHYSIO_TYPE_PROGRAMME_WINDOW);
}

static void
test_template_missing_exercise (Fixture       *fixture,
                                gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Max Missing", TRUE);
  g_autoptr(PhysioExercise) builtin = NULL;
  g_autoptr(PhysioExercise) custom = NULL;
  g_autoptr(PhysioProgramme) source = physio_programme_new ();
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *template_id = NULL;
  PhysioNewProgrammeDialog *dialog;
  const char *message;

  /* A clinic template built on the clinician's own exercise, which was deleted since. */
  builtin = physio_database_get_exercise (fixture->database, "COR-08", &error);
  g_assert_no_error (error);
  custom = physio_exercise_duplicate (builtin);
  physio_exercise_set_name (custom, "Garden bird dog");
  physio_database_save_exercise (fixture->database, custom, &error);
  g_assert_no_error (error);
  prescription = physio_prescription_new (custom);
  physio_programme_set_title (source, "Garden plan");
  physio_programme_add_prescription (source, prescription);
  template_id = physio_database_save_template (fixture->database, source, "Garden template",
                                               &error);
  g_assert_no_error (error);
  physio_database_delete_exercise (fixture->database, physio_exercise_get_id (custom), &error);
  g_assert_no_error (error);

  physio_patients_view_select_patient (fixture->view, id);
  g_signal_emit_by_name (_physio_patient_page_get_button (fixture->page, "new-programme"),
                         "clicked");
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_true (_physio_new_programme_dialog_choose_template (dialog, template_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.create", NULL));

  /* The dialog stays, naming the exercise, and nothing was made. */
  message = _physio_new_programme_dialog_get_error (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, physio_exercise_get_id (custom)));
  g_assert_true (ui_test_find_toplevel (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG) == dialog);
  g_assert_cmpuint (count_programmes (fixture, id), ==, 0);
  g_assert_null (ui_test_find_toplevel (PHYSIO_TYPE_PROGRAMME_WINDOW));
}

static void
test_duplicate_for_another (Fixture       *fixture,
                            gconstpointer  data)
{
  gint64 from = add_patient (fixture, "Ann First", TRUE);
  gint64 to = add_patient (fixture, "Ben Second", TRUE);
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GError) error = NULL;
  PhysioNewProgrammeDialog *dialog;
  GtkWidget *row;
  GtkWidget *button;
  GDate start;

  physio_date_today (&start);
  programme = physio_database_programme_from_template (fixture->database, "subacute", &start,
                                                       &error);
  g_assert_no_error (error);
  physio_programme_set_patient_id (programme, from);
  physio_database_save_programme (fixture->database, programme, &error);
  g_assert_no_error (error);

  physio_patients_view_select_patient (fixture->view, from);
  WAIT_FOR (_physio_patient_page_get_programme_rows (fixture->page)->len == 1);
  row = g_ptr_array_index (_physio_patient_page_get_programme_rows (fixture->page), 0);
  maybe_screenshot (fixture, "programmes");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   physio_programme_get_title (programme));

  /* The row's copy button asks for whom. */
  button = find_by_tooltip (row, "Duplicate for Another Patient");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_nonnull (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.create", NULL));
  g_assert_nonnull (_physio_new_programme_dialog_get_error (dialog));
  g_assert_true (_physio_new_programme_dialog_choose_patient (dialog, to));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.create", NULL));

  copies = physio_database_list_programmes (fixture->database, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (copies->len, ==, 1);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (g_ptr_array_index (copies, 0)), ==,
                    physio_programme_get_n_prescriptions (programme));
  g_assert_cmpuint (count_programmes (fixture, from), ==, 1);
  ui_test_close_windows (PHYSIO_TYPE_PROGRAMME_WINDOW);
}

static void
test_clinician_name (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(PhysioPreferences) preferences = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *name = NULL;

  g_settings_set_string (settings, "clinician-name", "");
  fallback = physio_clinician_name (fixture->database);
  g_assert_cmpstr (fallback, !=, "");

  /* Typed in Preferences, the name is the one used from then on. */
  preferences = physio_preferences_new (fixture->database);
  physio_preferences_present (preferences, GTK_WIDGET (fixture->window));
  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_name_row (preferences)),
                         "Dr Kim Ng");
  name = physio_clinician_name (fixture->database);
  g_assert_cmpstr (name, ==, "Dr Kim Ng");

  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_name_row (preferences)), "");
  physio_compat_preferences_close (physio_preferences_get_widget (preferences));
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static PhysioProgramme *
save_template_programme (Fixture    *fixture,
                         gint64      patient_id,
                         const char *title)
{
  g_autoptr(GError) error = NULL;
  PhysioProgramme *programme;
  GDate start;

  physio_date_today (&start);
  programme = physio_database_programme_from_template (fixture->database, "subacute", &start,
                                                       &error);
  g_assert_no_error (error);
  physio_programme_set_patient_id (programme, patient_id);
  physio_programme_set_title (programme, title);
  physio_database_save_programme (fixture->database, programme, &error);
  g_assert_no_error (error);

  return programme;
}

/* A dose edit in one programme, with the patient page open, updates that programme's row in
 * place: the list is not read again, the other programmes' objects stay as they are, and the
 * list itself does not change. */
static void
test_programme_edit_in_place (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 id = add_patient (fixture, "Chris Doe", TRUE);
  g_autoptr(PhysioProgramme) first = save_template_programme (fixture, id, "First block");
  g_autoptr(PhysioProgramme) second = save_template_programme (fixture, id, "Second block");
  g_autoptr(PhysioProgramme) third = save_template_programme (fixture, id, "Third block");
  g_autoptr(PhysioProgramme) fourth = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioProgrammeSummary *before[3];
  PhysioProgrammeSummary *edited;
  PhysioPrescription *prescription;
  g_autoptr(PhysioPatient) patient = load_patient (fixture, id);
  PhysioPatientPage *page = physio_patient_page_new (fixture->database);
  GtkWidget *window = gtk_window_new ();
  GListModel *model;
  GtkWidget *row;
  guint n_changed = 0, n_notified = 0;

  /* A page of its own, so closing its window can be checked to free it. */
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  physio_patient_page_set_patient (page, patient);
  WAIT_FOR (_physio_patient_page_get_programme_rows (page)->len == 3);
  model = _physio_patient_page_get_programmes (page);
  for (guint i = 0; i < 3; i++)
    {
      before[i] = g_list_model_get_item (model, i);
      g_object_unref (before[i]);
    }
  /* Newest first: the third programme is at the top, the second in the middle. */
  edited = before[1];
  g_assert_cmpint (physio_programme_summary_get_id (edited), ==,
                   physio_programme_get_id (second));
  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed_cb), &n_changed);
  g_signal_connect (before[0], "notify", G_CALLBACK (count_notify_cb), &n_notified);
  g_signal_connect (before[2], "notify", G_CALLBACK (count_notify_cb), &n_notified);

  /* A dose edit, saved as the programme window saves it. */
  prescription = physio_programme_get_prescription (second, 0);
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (prescription));
  dose.sets += 1;
  physio_prescription_set_current_dose (prescription, &dose);
  physio_database_save_programme (fixture->database, second, &error);
  g_assert_no_error (error);
  ui_test_settle ();

  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (n_notified, ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PhysioProgrammeSummary) now = g_list_model_get_item (model, i);

      g_assert_true (now == before[i]);
    }

  /* A new title reaches its row through the summary, in place. */
  physio_programme_set_title (second, "Second block, easier");
  physio_database_save_programme (fixture->database, second, &error);
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpstr (physio_programme_summary_get_title (edited), ==, "Second block, easier");
  row = g_ptr_array_index (_physio_patient_page_get_programme_rows (page), 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Second block, easier");

  /* The list changes only when a programme comes or goes. */
  fourth = save_template_programme (fixture, id, "Fourth block");
  ui_test_settle ();
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  physio_database_delete_programme (fixture->database, physio_programme_get_id (first), &error);
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpuint (_physio_patient_page_get_programme_rows (page)->len, ==, 3);

  g_signal_handlers_disconnect_by_data (model, &n_changed);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/patients/views", Fixture, NULL,
              fixture_set_up, test_views, fixture_tear_down);
  g_test_add ("/patients/narrow-switcher-bar", Fixture, NULL,
              fixture_set_up, test_narrow_switcher_bar, fixture_tear_down);
  g_test_add ("/patients/create", Fixture, NULL,
              fixture_set_up, test_create_patient, fixture_tear_down);
  g_test_add ("/patients/invalid-birth", Fixture, NULL,
              fixture_set_up, test_invalid_birth, fixture_tear_down);
  g_test_add ("/patients/switch-keeps-typing", Fixture, NULL,
              fixture_set_up, test_switch_keeps_typing, fixture_tear_down);
  g_test_add ("/patients/red-flag-screen", Fixture, NULL,
              fixture_set_up, test_red_flag_screen, fixture_tear_down);
  g_test_add ("/patients/delete", Fixture, NULL,
              fixture_set_up, test_delete_patient, fixture_tear_down);
  g_test_add ("/patients/archive", Fixture, NULL,
              fixture_set_up, test_archive, fixture_tear_down);
  g_test_add ("/patients/new-programme-chronic", Fixture, NULL,
              fixture_set_up, test_new_programme_chronic, fixture_tear_down);
  g_test_add ("/patients/new-programme-empty", Fixture, NULL,
              fixture_set_up, test_new_programme_empty, fixture_tear_down);
  g_test_add ("/patients/template-missing-exercise", Fixture, NULL,
              fixture_set_up, test_template_missing_exercise, fixture_tear_down);
  g_test_add ("/patients/duplicate-for-another", Fixture, NULL,
              fixture_set_up, test_duplicate_for_another, fixture_tear_down);
  g_test_add ("/patients/programme-edit-in-place", Fixture, NULL,
              fixture_set_up, test_programme_edit_in_place, fixture_tear_down);
  g_test_add ("/patients/clinician-name", Fixture, NULL,
              fixture_set_up, test_clinician_name, fixture_tear_down);

  return g_test_run ();
}

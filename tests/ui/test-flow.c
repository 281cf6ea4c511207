/* test-flow.c: a clinician's whole path through the app, from a new patient to an undone
 * review decision
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Create a patient in the Patients view, start a programme from the chronic template, change
 * the walk's dose in the builder and read it in the ladder, log a good first week through the
 * store (the entry screens come later), accept the engine's PROGRESS on the review page, see
 * it in the database and the audit log, then undo it with the window's undo action.
 *
 * With PHYSIO_TEST_SCREENSHOTS=<folder>, the builder and the ladder are saved there as
 * builder.png and ladder.png, for the documentation and review by eye. They are 1280×800
 * on a screen with room for the window's frame (xvfb-run -s '-screen 0 1400x900x24').
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "physio-clinician.h"
#include "physio-database-patients.h"
#include "physio-ladder-table.h"
#include "physio-new-programme-dialog.h"
#include "physio-patient-page.h"
#include "physio-patients-view.h"
#include "physio-prescription-page.h"
#include "physio-prescription-row-private.h"
#include "physio-programme-window-private.h"
#include "physio-review-page.h"
#include "physio-review-row.h"
#include "physio-screenshot.h"
#include "physio-window-private.h"
#include "ui-test-util.h"

#define WALK_ID "AER-02"
/* Week 1 is over and week 2 under way, so the review opens on week 1. */
#define STARTED_DAYS_AGO 10

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  PhysioWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ui_test_make_dir ("physio-flow-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);

  fixture->window = ui_test_open_window (fixture->database, 1100, 720);
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

static void
maybe_screenshot (GtkWidget  *window,
                  const char *name)
{
  const char *folder = g_getenv ("PHYSIO_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (folder == NULL || *folder == '\0')
    return;

  /* Let the expander's revealer and the stack's transition finish. */
  ui_test_settle_frames (40);
  path = g_build_filename (folder, name, NULL);
  if (!physio_screenshot_save (window, path, &error))
    g_test_message ("No screenshot: %s", error->message);
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static guint
position_of (PhysioProgramme *programme,
             const char      *exercise_id)
{
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      if (g_strcmp0 (physio_prescription_get_exercise_id (prescription), exercise_id) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static PhysioPrescriptionRow *
find_builder_row (PhysioProgrammeWindow *window,
                  const char            *exercise_id)
{
  PhysioPrescriptionPage *page =
    PHYSIO_PRESCRIPTION_PAGE (_physio_programme_window_get_page (window, "exercises"));
  GtkListBox *list = _physio_prescription_page_get_list (page);
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      PhysioPrescription *prescription =
        physio_prescription_row_get_prescription (PHYSIO_PRESCRIPTION_ROW (row));

      if (g_strcmp0 (physio_prescription_get_exercise_id (prescription), exercise_id) == 0)
        return PHYSIO_PRESCRIPTION_ROW (row);
    }

  g_assert_not_reached ();
}

static PhysioReviewRow *
find_review_row (PhysioReviewPage *page,
                 gint64            prescription_id)
{
  GtkWidget *list = template_child (page, PHYSIO_TYPE_REVIEW_PAGE, "list_box");

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PhysioPrescription *prescription;

      if (!PHYSIO_IS_REVIEW_ROW (child))
        continue;
      prescription = physio_review_row_get_prescription (PHYSIO_REVIEW_ROW (child));
      if (physio_prescription_get_id (prescription) == prescription_id)
        return PHYSIO_REVIEW_ROW (child);
    }

  return NULL;
}

static PhysioPrescription *
load_walk (Fixture *fixture,
           gint64   programme_id)
{
  g_autoptr(PhysioProgramme) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = physio_database_get_programme (fixture->database, programme_id, &error);
  g_assert_no_error (error);
  return g_object_ref (physio_programme_get_prescription (saved, position_of (saved, WALK_ID)));
}

static guint
walk_step (Fixture *fixture,
           gint64   programme_id)
{
  g_autoptr(PhysioPrescription) walk = load_walk (fixture, programme_id);

  return physio_prescription_get_ladder_step (walk);
}

/* Step 1: a new patient, typed into the Patients view. */
static gint64
create_patient (Fixture *fixture)
{
  PhysioPatientsView *view = _physio_window_get_patients_view (fixture->window);
  PhysioPatientPage *page = _physio_patients_view_get_page (view);
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(GError) error = NULL;
  const char * const none[] = { NULL };
  GtkWidget *name;
  GDate screened;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s",
                                             "patients"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-patient",
                                             NULL));
  name = _physio_patient_page_get_field_widget (page, PHYSIO_PATIENT_FIELD_NAME);
  gtk_editable_set_text (GTK_EDITABLE (name), "Maria Lopes");
  WAIT_FOR (physio_patient_page_get_patient (page) != NULL &&
            physio_patient_get_id (physio_patient_page_get_patient (page)) > 0);
  id = physio_patient_get_id (physio_patient_page_get_patient (page));

  /* High blood pressure: the strength exercises will carry a caution. */
  gtk_check_button_set_active (_physio_patient_page_get_condition (page, "high_blood_pressure"),
                               TRUE);
  WAIT_FOR ((patient = physio_database_get_patient (fixture->database, id, NULL)) != NULL &&
            physio_patient_has_condition (patient, "high_blood_pressure"));

  /* The red-flag screen has its own dialog (tested with the Patients view); here it is
   * recorded through the store, as a clinic would have at intake. */
  screened = ui_test_today ();
  g_date_subtract_days (&screened, STARTED_DAYS_AGO + 1);
  physio_patient_record_screen (patient, "Sam Clinician", &screened, none, NULL);
  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_no_error (error);

  return id;
}

/* Step 2: the chronic template, through the New Programme dialog, opens the programme window. */
static PhysioProgrammeWindow *
apply_chronic_template (Fixture *fixture,
                        gint64   patient_id)
{
  PhysioPatientsView *view = _physio_window_get_patients_view (fixture->window);
  PhysioPatientPage *page = _physio_patients_view_get_page (view);
  PhysioNewProgrammeDialog *dialog;
  PhysioProgrammeWindow *window;

  physio_patients_view_select_patient (view, patient_id);
  g_signal_emit_by_name (_physio_patient_page_get_button (page, "new-programme"), "clicked");
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (_physio_new_programme_dialog_choose_template (dialog, "chronic"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.create", NULL));
  WAIT_FOR (dialog == NULL);

  WAIT_FOR ((window = ui_test_find_toplevel (PHYSIO_TYPE_PROGRAMME_WINDOW)) != NULL);
  /* 1280×800 inside the window's frame, for the screenshots, when the screen has room. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1290, 810);
  ui_test_wait_for_mapped (GTK_WIDGET (window));

  return window;
}

/* The programme started ten days ago: typed into the Settings page, as a clinician moving a
 * start date would. */
static void
move_start (PhysioProgrammeWindow *window)
{
  GtkWidget *settings = _physio_programme_window_get_page (window, "settings");
  GtkEditable *entry = template_child (settings, G_TYPE_FROM_INSTANCE (settings), "start_entry");
  AdwComboRow *status = template_child (settings, G_TYPE_FROM_INSTANCE (settings), "status_row");
  PhysioProgramme *programme;
  char iso[16];
  GDate start;

  start = ui_test_today ();
  g_date_subtract_days (&start, STARTED_DAYS_AGO);
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &start);

  gtk_editable_set_text (entry, iso);
  g_signal_emit_by_name (entry, "activate");
  programme = physio_programme_window_get_programme (window);
  g_assert_cmpint (g_date_compare (physio_programme_get_start_date (programme), &start), ==, 0);

  /* Issued to the patient: Active. */
  adw_combo_row_set_selected (status, 1);
  g_assert_cmpint (physio_programme_get_status (programme), ==, PHYSIO_PROGRAMME_ACTIVE);
}

/* Step 4: a good first week of walking, through the store. */
static void
log_good_week (Fixture         *fixture,
               PhysioProgramme *programme,
               gint64           patient_id,
               gint64           walk_id)
{
  const GDate *start = physio_programme_get_start_date (programme);
  g_autoptr(GError) error = NULL;

  for (guint day = 0; day < 7; day++)
    {
      PhysioSessionLog log = {
        .completed_fraction = 1.0,
        .pain_during_max = 2,
        .rpe = 4,
        .achieved = 12 * 60,
      };

      log.date = *start;
      g_date_add_days (&log.date, day);
      physio_database_add_session_log (fixture->database, walk_id, &log, NULL, &error);
      g_assert_no_error (error);
    }

  /* Every morning of the week and the one after it: 2/10, so each walk settled. */
  for (guint day = 0; day <= 7; day++)
    {
      PhysioDiaryEntry entry = { .morning_pain = 2, .red_flag = FALSE };

      entry.date = *start;
      g_date_add_days (&entry.date, day);
      physio_database_save_diary_entry (fixture->database, patient_id, &entry, &error);
      g_assert_no_error (error);
    }
}

static void
test_flow (Fixture       *fixture,
           gconstpointer  data)
{
  PhysioProgrammeWindow *window;
  PhysioProgramme *programme;
  PhysioPrescription *walk;
  PhysioPrescriptionRow *walk_row;
  PhysioLadderTable *ladder;
  PhysioReviewPage *review;
  PhysioReviewRow *review_row;
  g_autoptr(PhysioPrescription) saved_walk = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autofree char *clinician = physio_clinician_name (fixture->database);
  GtkWidget *duration;
  gint64 patient_id, walk_id, programme_id;
  guint walk_position;

  /* 1. The patient. */
  patient_id = create_patient (fixture);

  /* 2. The chronic template, in its own window. */
  window = apply_chronic_template (fixture, patient_id);
  programme = physio_programme_window_get_programme (window);
  programme_id = physio_programme_get_id (programme);
  g_assert_cmpint (programme_id, >, 0);
  g_assert_cmpstr (physio_programme_get_template_id (programme), ==, "chronic");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Maria Lopes"));
  move_start (window);
  walk_position = position_of (programme, WALK_ID);
  walk = physio_programme_get_prescription (programme, walk_position);
  walk_id = physio_prescription_get_id (walk);
  g_assert_cmpint (walk_id, >, 0);

  /* 3. The walk's first week goes from 10 to 12 minutes in the builder... */
  walk_row = find_builder_row (window, WALK_ID);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (walk_row), TRUE);
  duration = _physio_prescription_row_get_field_editor (walk_row, PHYSIO_DOSE_FIELD_DURATION);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (duration)), ==, 10);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (duration), 12);
  g_clear_object (&saved_walk);
  saved_walk = load_walk (fixture, programme_id);
  g_assert_cmpuint (physio_prescription_get_current_dose (saved_walk)->duration_s, ==, 12 * 60);
  maybe_screenshot (GTK_WIDGET (window), "builder.png");

  /* ...and the ladder's week 1 cell says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "ladder"));
  ladder = PHYSIO_LADDER_TABLE (_physio_programme_window_get_page (window, "ladder"));
  WAIT_FOR (g_str_has_prefix (ui_test_cell_text (ladder, walk_position, 1), "12′"));
  g_assert_true (g_str_has_prefix (ui_test_cell_text (ladder, walk_position, 2), "10′"));
  maybe_screenshot (GTK_WIDGET (window), "ladder.png");

  /* 4. A good week of walks and settled mornings. */
  log_good_week (fixture, programme, patient_id, walk_id);

  /* 5. The review proposes PROGRESS for the walk; the clinician accepts it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "review"));
  review = PHYSIO_REVIEW_PAGE (_physio_programme_window_get_page (window, "review"));
  physio_review_page_refresh (review);
  WAIT_FOR ((review_row = find_review_row (review, walk_id)) != NULL &&
            physio_review_row_get_proposal (review_row) != NULL);
  g_assert_cmpint (physio_review_row_get_proposal (review_row)->decision, ==,
                   PHYSIO_DECISION_PROGRESS);
  gtk_widget_activate (template_child (review_row, PHYSIO_TYPE_REVIEW_ROW, "accept_button"));

  /* The dose in force is week 2's, in the database and in the audit log. */
  WAIT_FOR (walk_step (fixture, programme_id) == 1);
  g_clear_object (&saved_walk);
  saved_walk = load_walk (fixture, programme_id);
  g_assert_cmpuint (physio_prescription_get_ladder_step (saved_walk), ==, 1);
  g_assert_true (physio_dose_equal (physio_prescription_get_current_dose (saved_walk),
                                    physio_prescription_get_planned (saved_walk, 1)));
  changes = ui_test_load_dose_changes (fixture->database, walk_id);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (g_array_index (changes, PhysioDoseChange, 0).decision, ==,
                   PHYSIO_DECISION_PROGRESS);
  g_assert_cmpstr (g_array_index (changes, PhysioDoseChange, 0).outcome, ==, "accepted");
  g_assert_cmpstr (g_array_index (changes, PhysioDoseChange, 0).accepted_by, ==, clinician);
  g_assert_cmpuint (g_array_index (changes, PhysioDoseChange, 0).old_dose.duration_s, ==, 12 * 60);
  g_clear_pointer (&changes, g_array_unref);

  /* 6. Ctrl+Z: the window's undo puts the dose back and the audit log says it was undone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_clear_object (&saved_walk);
  saved_walk = load_walk (fixture, programme_id);
  g_assert_cmpuint (physio_prescription_get_ladder_step (saved_walk), ==, 0);
  g_assert_cmpuint (physio_prescription_get_current_dose (saved_walk)->duration_s, ==, 12 * 60);
  changes = ui_test_load_dose_changes (fixture->database, walk_id);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (g_array_index (changes, PhysioDoseChange, 0).outcome, ==, "accepted");
  g_assert_cmpstr (g_array_index (changes, PhysioDoseChange, 1).outcome, ==, "undone");

  /* The builder shows the dose in force again. */
  walk_row = find_builder_row (window, WALK_ID);
  duration = _physio_prescription_row_get_field_editor (walk_row, PHYSIO_DOSE_FIELD_DURATION);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (duration)), ==, 12);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/flow/patient-to-undone-review", Fixture, NULL,
              fixture_set_up, test_flow, fixture_tear_down);

  return g_test_run ();
}

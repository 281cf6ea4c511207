/* test-programmes.c: programmes, their ladders and history: saving, undo, logs, diary, audit
 * log and the weekly review
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-database-programme-save.h"
#include "physio-ladder.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  gint64          patient_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
  fixture->patient_id = store_test_add_patient (fixture->database, "Ana Moreno");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

static PhysioPrescription *
prescribe (Fixture    *fixture,
           const char *exercise_id)
{
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;

  exercise = physio_database_get_exercise (fixture->database, exercise_id, &error);
  g_assert_no_error (error);

  return physio_prescription_new (exercise);
}

/* A draft starting Monday 1 June 2026, for the fixture's patient. */
static PhysioProgramme *
new_programme (Fixture *fixture,
               guint    weeks)
{
  PhysioProgramme *programme = physio_programme_new ();
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);

  physio_programme_set_patient_id (programme, fixture->patient_id);
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, weeks);
  return programme;
}

static void
save (Fixture         *fixture,
      PhysioProgramme *programme)
{
  g_autoptr(GError) error = NULL;

  physio_database_save_programme (fixture->database, programme, &error);
  g_assert_no_error (error);
  g_assert_cmpint (physio_programme_get_id (programme), >, 0);
}

static PhysioProgramme *
reload (Fixture         *fixture,
        PhysioProgramme *programme)
{
  g_autoptr(GError) error = NULL;
  PhysioProgramme *reread;

  reread = physio_database_get_programme (fixture->database, physio_programme_get_id (programme),
                                          &error);
  g_assert_no_error (error);
  return reread;
}

static void
add_log (Fixture            *fixture,
         PhysioPrescription *prescription,
         guint               day,
         GDateMonth          month,
         int                 pain)
{
  PhysioSessionLog log = { .completed_fraction = 1.0, .pain_during_max = pain, .rpe = 3 };
  g_autoptr(GError) error = NULL;

  log.date = store_test_date (day, month, 2026);
  physio_database_add_session_log (fixture->database, physio_prescription_get_id (prescription),
                                   &log, NULL, &error);
  g_assert_no_error (error);
}

static void
assert_same_prescription (PhysioPrescription *a,
                          PhysioPrescription *b)
{
  PhysioExercise *exercise_a = physio_prescription_get_exercise (a);
  PhysioExercise *exercise_b = physio_prescription_get_exercise (b);

  g_assert_cmpint (physio_prescription_get_id (a), ==, physio_prescription_get_id (b));
  g_assert_cmpstr (physio_prescription_get_exercise_id (a), ==,
                   physio_prescription_get_exercise_id (b));
  g_assert_cmpstr (physio_exercise_get_name (exercise_a), ==,
                   physio_exercise_get_name (exercise_b));
  g_assert_cmpint (physio_exercise_get_dosage_kind (exercise_a), ==,
                   physio_exercise_get_dosage_kind (exercise_b));
  g_assert_cmpint (physio_exercise_get_source (exercise_a), ==,
                   physio_exercise_get_source (exercise_b));
  g_assert_cmpmem (physio_exercise_get_dose_limits (exercise_a), sizeof (PhysioDoseLimits),
                   physio_exercise_get_dose_limits (exercise_b), sizeof (PhysioDoseLimits));
  g_assert_cmpint (physio_prescription_get_laterality (a), ==,
                   physio_prescription_get_laterality (b));
  g_assert_cmpuint (physio_prescription_get_week_from (a), ==,
                    physio_prescription_get_week_from (b));
  g_assert_cmpuint (physio_prescription_get_week_to (a), ==,
                    physio_prescription_get_week_to (b));
  g_assert_cmpuint (physio_prescription_get_days (a), ==, physio_prescription_get_days (b));
  g_assert_cmpuint (physio_prescription_get_n_planned (a), ==,
                    physio_prescription_get_n_planned (b));
  for (guint step = 0; step < physio_prescription_get_n_planned (a); step++)
    g_assert_true (physio_dose_equal (physio_prescription_get_planned (a, step),
                                      physio_prescription_get_planned (b, step)));
  g_assert_true (physio_dose_equal (physio_prescription_get_current_dose (a),
                                    physio_prescription_get_current_dose (b)));
  g_assert_cmpuint (physio_prescription_get_ladder_step (a), ==,
                    physio_prescription_get_ladder_step (b));
  g_assert_cmpstr (physio_prescription_get_note (a), ==, physio_prescription_get_note (b));
  g_assert_cmpstr (physio_prescription_get_slot_group (a), ==,
                   physio_prescription_get_slot_group (b));
  g_assert_cmpint (physio_prescription_get_removed (a), ==, physio_prescription_get_removed (b));
}

static void
on_programme_changed (PhysioDatabase *database,
                      gint64          programme_id,
                      gint64         *last)
{
  *last = programme_id;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 6);
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(PhysioPrescription) bird_dog = prescribe (fixture, "COR-08");
  g_autoptr(PhysioPrescription) hinge = prescribe (fixture, "HIN-01");
  g_auto(PhysioDose) bout = PHYSIO_DOSE_INIT;
  const PhysioPhase *phases;
  const PhysioEducationItem *education;
  PhysioRuleParams params;
  guint n_phases, n_education;
  gint64 changed = 0;

  physio_programme_set_title (programme, "Back to the allotment");
  physio_programme_set_stage (programme, "subacute");
  physio_programme_set_template_id (programme, "subacute");
  physio_programme_set_clinician (programme, "J. Ortega");
  physio_programme_set_status (programme, PHYSIO_PROGRAMME_ACTIVE);
  physio_programme_set_mode (programme, PHYSIO_MODE_QUOTA_BASED);
  physio_rule_params_init_defaults (&params);
  params.window_days = 10;
  params.load_increment = 0.075;
  physio_programme_set_rule_params (programme, &params);
  physio_programme_add_phase (programme, "Foundation", 1, 3, "Daily walking");
  physio_programme_add_phase (programme, "Build", 4, 6, NULL);
  physio_programme_add_education (programme, 1, "Pain does not mean damage", "Hurt ≠ harm.");
  physio_programme_add_education (programme, 3, "Pacing", NULL);

  /* A walk over all six weeks with a generated ladder, in force at its third step. */
  physio_prescription_set_weeks (walk, 1, 6);
  physio_prescription_set_days (walk, PHYSIO_DAY_MONDAY | PHYSIO_DAY_WEDNESDAY |
                                      PHYSIO_DAY_FRIDAY | PHYSIO_DAY_SUNDAY);
  physio_prescription_generate_ladder (walk, &params);
  physio_prescription_set_ladder_step (walk, 2);
  physio_prescription_set_current_dose (walk, physio_prescription_get_planned (walk, 2));
  physio_prescription_set_note (walk, "Flat route first.");

  /* A hold exercise on one side at a time, weeks 2–4, one ladder step edited by hand. */
  physio_prescription_set_weeks (bird_dog, 2, 4);
  physio_prescription_set_laterality (bird_dog, PHYSIO_LATERALITY_EACH_SIDE);
  physio_dose_copy_into (&bout, physio_prescription_get_planned (bird_dog, 1));
  bout.hold_s = 7;
  bout.tempo = g_strdup ("slow");
  physio_prescription_set_planned (bird_dog, 1, &bout);
  physio_prescription_set_slot_group (bird_dog, "core");

  physio_prescription_set_weeks (hinge, 3, 6);

  physio_programme_add_prescription (programme, walk);
  physio_programme_add_prescription (programme, bird_dog);
  physio_programme_add_prescription (programme, hinge);

  g_signal_connect (fixture->database, "programme-changed", G_CALLBACK (on_programme_changed),
                    &changed);
  save (fixture, programme);
  g_assert_cmpint (changed, ==, physio_programme_get_id (programme));
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (physio_prescription_get_id (physio_programme_get_prescription (programme,
                                                                                    i)), >, 0);

  reread = reload (fixture, programme);
  g_assert_cmpint (physio_programme_get_id (reread), ==, physio_programme_get_id (programme));
  g_assert_cmpint (physio_programme_get_patient_id (reread), ==, fixture->patient_id);
  g_assert_cmpstr (physio_programme_get_title (reread), ==, "Back to the allotment");
  g_assert_cmpstr (physio_programme_get_stage (reread), ==, "subacute");
  g_assert_cmpstr (physio_programme_get_template_id (reread), ==, "subacute");
  g_assert_cmpstr (physio_programme_get_clinician (reread), ==, "J. Ortega");
  g_assert_cmpint (g_date_compare (physio_programme_get_start_date (reread),
                                   physio_programme_get_start_date (programme)), ==, 0);
  g_assert_cmpuint (physio_programme_get_weeks (reread), ==, 6);
  g_assert_cmpint (physio_programme_get_status (reread), ==, PHYSIO_PROGRAMME_ACTIVE);
  g_assert_cmpint (physio_programme_get_mode (reread), ==, PHYSIO_MODE_QUOTA_BASED);
  g_assert_cmpuint (physio_programme_get_rule_params (reread)->window_days, ==, 10);
  g_assert_cmpfloat_with_epsilon (physio_programme_get_rule_params (reread)->load_increment,
                                  0.075, 1e-9);

  phases = physio_programme_get_phases (reread, &n_phases);
  g_assert_cmpuint (n_phases, ==, 2);
  g_assert_cmpstr (phases[0].name, ==, "Foundation");
  g_assert_cmpuint (phases[0].week_from, ==, 1);
  g_assert_cmpuint (phases[0].week_to, ==, 3);
  g_assert_cmpstr (phases[0].goals, ==, "Daily walking");
  g_assert_cmpstr (phases[1].name, ==, "Build");
  g_assert_null (phases[1].goals);
  education = physio_programme_get_education (reread, &n_education);
  g_assert_cmpuint (n_education, ==, 2);
  g_assert_cmpuint (education[0].week, ==, 1);
  g_assert_cmpstr (education[0].title, ==, "Pain does not mean damage");
  g_assert_cmpstr (education[0].body, ==, "Hurt ≠ harm.");
  g_assert_cmpstr (education[1].title, ==, "Pacing");
  g_assert_null (education[1].body);

  g_assert_cmpuint (physio_programme_get_n_prescriptions (reread), ==, 3);
  for (guint i = 0; i < 3; i++)
    assert_same_prescription (physio_programme_get_prescription (programme, i),
                              physio_programme_get_prescription (reread, i));
  /* The ladder really climbs (not one dose repeated), and the edit is kept. */
  g_assert_cmpuint (physio_prescription_get_planned (physio_programme_get_prescription (reread, 0),
                                                     5)->duration_s, >,
                    physio_prescription_get_planned (physio_programme_get_prescription (reread, 0),
                                                     0)->duration_s);
  g_assert_cmpstr (physio_prescription_get_planned (physio_programme_get_prescription (reread, 1),
                                                    1)->tempo, ==, "slow");

  /* Saving the copy read back changes nothing: same rows, same ids. */
  save (fixture, reread);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "prescription"), ==, 3);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 6 + 3 + 4);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "phase"), ==, 2);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "education_item"), ==, 2);
}

/* A prescription keeps the exercise as prescribed: a later edit of the library does not
 * rewrite a programme the patient already has. */
static void
test_snapshot (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PhysioExercise) custom = store_test_new_custom ("Chair march");
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 4);
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autoptr(GError) error = NULL;
  PhysioExercise *snapshot;

  physio_database_save_exercise (fixture->database, custom, &error);
  g_assert_no_error (error);
  prescription = prescribe (fixture, physio_exercise_get_id (custom));
  physio_programme_add_prescription (programme, prescription);
  save (fixture, programme);

  physio_exercise_set_name (custom, "Seated march, renamed");
  physio_database_save_exercise (fixture->database, custom, &error);
  g_assert_no_error (error);
  physio_database_delete_exercise (fixture->database, physio_exercise_get_id (custom), &error);
  g_assert_no_error (error);

  reread = reload (fixture, programme);
  snapshot = physio_prescription_get_exercise (physio_programme_get_prescription (reread, 0));
  g_assert_cmpstr (physio_exercise_get_name (snapshot), ==, "Chair march");
  g_assert_cmpint (physio_exercise_get_source (snapshot), ==, PHYSIO_EXERCISE_CUSTOM);
  g_assert_cmpstr (physio_exercise_get_steps (snapshot)[0], ==, "Sit tall on a firm chair.");
}

static void
test_save_speed (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const ids[] = {
    "AER-01", "AER-02", "MOB-06", "MOB-15", "COR-08", "COR-09", "HIN-01", "HIN-02", "REL-05",
    "AER-02",
  };
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 12);
  PhysioRuleParams params;
  double best = G_MAXDOUBLE;
  double total = 0;
  const guint rounds = 20;

  physio_rule_params_init_defaults (&params);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PhysioPrescription) prescription = prescribe (fixture, ids[i]);

      physio_prescription_set_weeks (prescription, 1, 12);
      physio_prescription_generate_ladder (prescription, &params);
      physio_programme_add_prescription (programme, prescription);
    }
  save (fixture, programme);

  /* An edit, then a save, as autosave does it. */
  for (guint round = 0; round < rounds; round++)
    {
      PhysioPrescription *prescription =
        physio_programme_get_prescription (programme, round % G_N_ELEMENTS (ids));
      g_autofree char *note = g_strdup_printf ("Edit %u", round);
      gint64 start;
      double ms;

      physio_prescription_set_note (prescription, note);
      start = g_get_monotonic_time ();
      save (fixture, programme);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      best = MIN (best, ms);
      total += ms;
    }

  g_test_message ("Saving a 12-week programme of 10 prescriptions (120 planned doses): "
                  "%.2f ms on average, %.2f ms at best, over %u saves",
                  total / rounds, best, rounds);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 120);
  /* No bound on the time: under valgrind or a sanitizer any bound fails or means nothing.
   * The figure above is for reading; speed is measured by the benchmarks in tests/bench. */
}

static void
test_removed_with_and_without_logs (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 4);
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(PhysioPrescription) stretch = prescribe (fixture, "MOB-06");
  g_autoptr(PhysioPrescription) bridge = prescribe (fixture, "HIN-01");
  g_autoptr(GArray) logs = NULL;
  g_autoptr(GError) error = NULL;
  PhysioPrescription *kept;
  gint64 walk_id, stretch_id, bridge_id;

  physio_programme_add_prescription (programme, walk);
  physio_programme_add_prescription (programme, stretch);
  physio_programme_add_prescription (programme, bridge);
  save (fixture, programme);
  walk_id = physio_prescription_get_id (walk);
  stretch_id = physio_prescription_get_id (stretch);
  bridge_id = physio_prescription_get_id (bridge);
  add_log (fixture, walk, 2, G_DATE_JUNE, 2);

  /* Both taken out of the builder, one more marked removed in place. */
  physio_programme_remove_prescription (programme, 1);
  physio_programme_remove_prescription (programme, 0);
  physio_prescription_set_removed (bridge, TRUE);
  save (fixture, programme);

  /* The walk has a log: kept, removed. The stretch had nothing: gone with its ladder. The
   * bridge stays, removed. */
  reread = reload (fixture, programme);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (reread), ==, 2);
  kept = physio_programme_find_prescription (reread, walk_id);
  g_assert_nonnull (kept);
  g_assert_true (physio_prescription_get_removed (kept));
  g_assert_null (physio_programme_find_prescription (reread, stretch_id));
  g_assert_true (physio_prescription_get_removed (physio_programme_find_prescription (reread,
                                                                                      bridge_id)));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "prescription"), ==, 2);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 2);

  logs = physio_database_list_session_logs (fixture->database, walk_id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logs->len, ==, 1);

  /* A removed prescription is not checked: the programme can shrink past it. */
  physio_programme_set_weeks (reread, 1);
  physio_prescription_set_weeks (kept, 3, 4);
  save (fixture, reread);
}

static void
test_undo_restores_deleted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 4);
  g_autoptr(PhysioProgramme) before = NULL;
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(PhysioPrescription) stretch = prescribe (fixture, "MOB-06");
  PhysioRuleParams params;
  gint64 walk_id, stretch_id;

  physio_rule_params_init_defaults (&params);
  physio_prescription_set_weeks (stretch, 1, 4);
  physio_prescription_generate_ladder (stretch, &params);
  physio_prescription_set_note (stretch, "Slowly.");
  physio_programme_add_prescription (programme, walk);
  physio_programme_add_prescription (programme, stretch);
  save (fixture, programme);
  walk_id = physio_prescription_get_id (walk);
  stretch_id = physio_prescription_get_id (stretch);
  add_log (fixture, walk, 3, G_DATE_JUNE, 1);

  /* The undo stack's snapshot, then both removed and saved. */
  before = physio_programme_copy (programme);
  physio_programme_remove_prescription (programme, 1);
  physio_programme_remove_prescription (programme, 0);
  save (fixture, programme);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "prescription"), ==, 1);

  /* Undo: the deleted one comes back with its id and ladder, the kept one is in the plan
   * again, each in its old place. */
  physio_programme_assign (programme, before);
  save (fixture, programme);
  reread = reload (fixture, programme);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (reread), ==, 2);
  g_assert_cmpint (physio_prescription_get_id (physio_programme_get_prescription (reread, 0)),
                   ==, walk_id);
  g_assert_cmpint (physio_prescription_get_id (physio_programme_get_prescription (reread, 1)),
                   ==, stretch_id);
  g_assert_false (physio_prescription_get_removed (physio_programme_get_prescription (reread,
                                                                                      0)));
  assert_same_prescription (physio_programme_get_prescription (before, 1),
                            physio_programme_get_prescription (reread, 1));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 1 + 4);
}

static void
assert_refused (Fixture         *fixture,
                PhysioProgramme *programme,
                const char      *message_part)
{
  static const char * const tables[] = {
    "programme", "prescription", "planned_dose", "phase", "education_item",
  };
  guint before[G_N_ELEMENTS (tables)];
  g_autoptr(GError) error = NULL;
  gint64 id = physio_programme_get_id (programme);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    before[i] = store_test_count_rows (fixture->database, tables[i]);

  physio_database_save_programme (fixture->database, programme, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_test_message ("Refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_cmpint (physio_programme_get_id (programme), ==, id);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_cmpuint (store_test_count_rows (fixture->database, tables[i]), ==, before[i]);
}

static void
test_invalid_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 4);
  g_autoptr(PhysioProgramme) saved = NULL;
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(PhysioPrescription) bird_dog = prescribe (fixture, "COR-08");
  g_auto(PhysioDose) too_long = PHYSIO_DOSE_INIT;
  GDate no_date;

  /* A new programme with a dose outside the limits in week 3: no row at all. */
  physio_programme_add_prescription (programme, walk);
  physio_programme_add_prescription (programme, bird_dog);
  physio_programme_add_phase (programme, "Foundation", 1, 4, NULL);
  physio_prescription_set_weeks (bird_dog, 1, 4);
  physio_dose_copy_into (&too_long, physio_prescription_get_planned (bird_dog, 2));
  too_long.hold_s = 30;
  physio_prescription_set_planned (bird_dog, 2, &too_long);
  assert_refused (fixture, programme, "week 3");

  /* Fixed, it saves; then each later mistake leaves the saved version as it was. */
  too_long.hold_s = 6;
  physio_prescription_set_planned (bird_dog, 2, &too_long);
  physio_programme_set_title (programme, "Saved title");
  save (fixture, programme);

  physio_programme_set_title (programme, "Unsaved title");
  g_date_clear (&no_date, 1);
  physio_programme_set_start_date (programme, &no_date);
  assert_refused (fixture, programme, "start");

  saved = reload (fixture, programme);
  physio_programme_set_title (saved, "Unsaved title");
  physio_prescription_set_days (physio_programme_get_prescription (saved, 0), 0);
  assert_refused (fixture, saved, "day");
  g_clear_object (&saved);

  saved = reload (fixture, programme);
  physio_programme_set_weeks (saved, 2);
  physio_prescription_set_weeks (physio_programme_get_prescription (saved, 1), 3, 4);
  assert_refused (fixture, saved, "weeks 3–4");

  reread = reload (fixture, programme);
  g_assert_cmpstr (physio_programme_get_title (reread), ==, "Saved title");
  g_assert_cmpuint (physio_programme_get_weeks (reread), ==, 4);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 4);
  g_autoptr(PhysioProgramme) copy = NULL;
  g_autoptr(PhysioProgramme) original = NULL;
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(PhysioPrescription) stretch = prescribe (fixture, "MOB-06");
  g_autoptr(GPtrArray) their_programmes = NULL;
  g_autoptr(GError) error = NULL;
  PhysioDoseChange change;
  PhysioRuleParams params;
  GDate start = store_test_date (6, G_DATE_JULY, 2026);
  gint64 other = store_test_add_patient (fixture->database, "Ben Okafor");
  guint n_phases;

  physio_rule_params_init_defaults (&params);
  physio_programme_set_title (programme, "Walking plan");
  physio_programme_set_status (programme, PHYSIO_PROGRAMME_ACTIVE);
  physio_programme_add_phase (programme, "Only phase", 1, 4, "Walk");
  physio_prescription_set_weeks (walk, 1, 4);
  physio_prescription_generate_ladder (walk, &params);
  physio_prescription_set_ladder_step (walk, 2);
  physio_prescription_set_current_dose (walk, physio_prescription_get_planned (walk, 2));
  physio_programme_add_prescription (programme, walk);
  physio_programme_add_prescription (programme, stretch);
  save (fixture, programme);
  add_log (fixture, walk, 2, G_DATE_JUNE, 2);
  physio_dose_change_init (&change);
  change.prescription_id = physio_prescription_get_id (walk);
  change.effective_date = store_test_date (8, G_DATE_JUNE, 2026);
  change.decision = change.proposed = PHYSIO_DECISION_PROGRESS;
  change.outcome = g_strdup ("accepted");
  physio_database_add_dose_change (fixture->database, &change, &error);
  g_assert_no_error (error);
  physio_dose_change_clear (&change);
  add_log (fixture, stretch, 3, G_DATE_JUNE, 1);
  physio_programme_remove_prescription (programme, 1);
  save (fixture, programme);

  copy = physio_database_duplicate_programme (fixture->database,
                                              physio_programme_get_id (programme), other,
                                              &start, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpint (physio_programme_get_id (copy), >, physio_programme_get_id (programme));
  g_assert_cmpint (physio_programme_get_patient_id (copy), ==, other);
  g_assert_cmpint (g_date_compare (physio_programme_get_start_date (copy), &start), ==, 0);
  g_assert_cmpint (physio_programme_get_status (copy), ==, PHYSIO_PROGRAMME_DRAFT);
  g_assert_cmpstr (physio_programme_get_title (copy), ==, "Walking plan");
  physio_programme_get_phases (copy, &n_phases);
  g_assert_cmpuint (n_phases, ==, 1);

  /* The removed stretch is the original's history only; the walk starts its ladder again,
   * with its own new row and no logs or audit log. */
  g_assert_cmpuint (physio_programme_get_n_prescriptions (copy), ==, 1);
  {
    PhysioPrescription *copied = physio_programme_get_prescription (copy, 0);
    g_autoptr(GArray) logs = NULL;
    g_autoptr(GArray) changes = NULL;

    g_assert_cmpint (physio_prescription_get_id (copied), >, 0);
    g_assert_cmpint (physio_prescription_get_id (copied), !=, physio_prescription_get_id (walk));
    g_assert_cmpuint (physio_prescription_get_n_planned (copied), ==, 4);
    g_assert_cmpuint (physio_prescription_get_ladder_step (copied), ==, 0);
    g_assert_true (physio_dose_equal (physio_prescription_get_current_dose (copied),
                                      physio_prescription_get_planned (walk, 0)));
    logs = physio_database_list_session_logs (fixture->database,
                                              physio_prescription_get_id (copied), NULL, NULL,
                                              &error);
    g_assert_no_error (error);
    g_assert_cmpuint (logs->len, ==, 0);
    changes = physio_database_list_dose_changes (fixture->database,
                                                 physio_prescription_get_id (copied), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changes->len, ==, 0);
  }

  their_programmes = physio_database_list_programmes (fixture->database, other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (their_programmes->len, ==, 1);

  /* The original is untouched. */
  original = reload (fixture, programme);
  g_assert_cmpint (physio_programme_get_status (original), ==, PHYSIO_PROGRAMME_ACTIVE);
  g_assert_cmpuint (physio_prescription_get_ladder_step (
                      physio_programme_get_prescription (original, 0)), ==, 2);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (original), ==, 2);

  /* Not for a patient who does not exist. */
  g_assert_null (physio_database_duplicate_programme (fixture->database,
                                                      physio_programme_get_id (programme), 999,
                                                      &start, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
}

static void
test_list_and_delete (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PhysioProgramme) first = new_programme (fixture, 2);
  g_autoptr(PhysioProgramme) second = new_programme (fixture, 3);
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 changed = 0;

  physio_programme_set_title (first, "First");
  physio_programme_set_title (second, "Second");
  physio_programme_add_prescription (second, walk);
  save (fixture, first);
  save (fixture, second);
  add_log (fixture, walk, 1, G_DATE_JUNE, 1);

  /* Newest first, each complete. */
  programmes = physio_database_list_programmes (fixture->database, fixture->patient_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (programmes->len, ==, 2);
  g_assert_cmpstr (physio_programme_get_title (g_ptr_array_index (programmes, 0)), ==, "Second");
  g_assert_cmpuint (physio_programme_get_n_prescriptions (g_ptr_array_index (programmes, 0)),
                    ==, 1);
  g_assert_cmpstr (physio_programme_get_title (g_ptr_array_index (programmes, 1)), ==, "First");
  g_clear_pointer (&programmes, g_ptr_array_unref);

  /* Deleting a programme on purpose takes its logs with it. */
  g_signal_connect (fixture->database, "programme-changed", G_CALLBACK (on_programme_changed),
                    &changed);
  physio_database_delete_programme (fixture->database, physio_programme_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, physio_programme_get_id (second));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "session_log"), ==, 0);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "prescription"), ==, 0);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 0);

  programmes = physio_database_list_programmes (fixture->database, fixture->patient_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (programmes->len, ==, 1);

  physio_database_delete_programme (fixture->database, physio_programme_get_id (second), &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (physio_database_get_programme (fixture->database,
                                                physio_programme_get_id (second), &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
}

static void
assert_log_refused (Fixture            *fixture,
                    PhysioPrescription *prescription,
                    PhysioSessionLog   *log,
                    const char         *message)
{
  g_autoptr(GError) error = NULL;

  physio_database_add_session_log (fixture->database, physio_prescription_get_id (prescription),
                                   log, NULL, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_session_logs (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 12);
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(GArray) logs = NULL;
  g_autoptr(GError) error = NULL;
  PhysioSessionLog log = {
    .completed_fraction = 0.5, .pain_during_max = -1, .rpe = -1, .achieved = 0,
  };
  GDate from = store_test_date (2, G_DATE_JUNE, 2026);
  GDate to = store_test_date (23, G_DATE_AUGUST, 2026);
  gint64 id = 0;

  physio_programme_add_prescription (programme, walk);
  save (fixture, programme);

  log.date = store_test_date (3, G_DATE_MAY, 2026);
  assert_log_refused (fixture, walk, &log,
                      "The session on 3 May is outside this programme (1 June – 23 August).");
  log.date = store_test_date (24, G_DATE_AUGUST, 2026);
  assert_log_refused (fixture, walk, &log,
                      "The session on 24 August is outside this programme (1 June – 23 August).");
  log.date = store_test_date (30, G_DATE_DECEMBER, 2025);
  assert_log_refused (fixture, walk, &log,
                      "The session on 30 December 2025 is outside this programme "
                      "(1 June 2026 – 23 August 2026).");
  log.date = store_test_date (5, G_DATE_JUNE, 2026);
  log.pain_during_max = 11;
  assert_log_refused (fixture, walk, &log, "Pain during the exercise must be between 0 and 10.");
  log.pain_during_max = 4;
  log.rpe = -2;
  assert_log_refused (fixture, walk, &log, "Effort (RPE) must be between 0 and 10.");
  g_assert_cmpuint (store_test_count_rows (fixture->database, "session_log"), ==, 0);

  /* The first and last days are in; stored out of order, listed in date order. */
  log.rpe = 5;
  log.achieved = 900;
  log.date = store_test_date (23, G_DATE_AUGUST, 2026);
  physio_database_add_session_log (fixture->database, physio_prescription_get_id (walk), &log,
                                   &id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  log.pain_during_max = -1;
  log.rpe = -1;
  log.achieved = 0;
  log.date = store_test_date (1, G_DATE_JUNE, 2026);
  physio_database_add_session_log (fixture->database, physio_prescription_get_id (walk), &log,
                                   NULL, &error);
  g_assert_no_error (error);
  log.date = store_test_date (10, G_DATE_JUNE, 2026);
  physio_database_add_session_log (fixture->database, physio_prescription_get_id (walk), &log,
                                   NULL, &error);
  g_assert_no_error (error);

  logs = physio_database_list_session_logs (fixture->database, physio_prescription_get_id (walk),
                                            NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logs->len, ==, 3);
  g_assert_cmpuint (g_date_get_day (&g_array_index (logs, PhysioSessionLog, 0).date), ==, 1);
  g_assert_cmpint (g_array_index (logs, PhysioSessionLog, 0).pain_during_max, ==, -1);
  g_assert_cmpint (g_array_index (logs, PhysioSessionLog, 0).rpe, ==, -1);
  g_assert_cmpuint (g_array_index (logs, PhysioSessionLog, 0).achieved, ==, 0);
  g_assert_cmpfloat (g_array_index (logs, PhysioSessionLog, 0).completed_fraction, ==, 0.5);
  g_assert_cmpuint (g_date_get_day (&g_array_index (logs, PhysioSessionLog, 2).date), ==, 23);
  g_assert_cmpint (g_array_index (logs, PhysioSessionLog, 2).pain_during_max, ==, 4);
  g_assert_cmpint (g_array_index (logs, PhysioSessionLog, 2).rpe, ==, 5);
  g_assert_cmpuint (g_array_index (logs, PhysioSessionLog, 2).achieved, ==, 900);
  g_clear_pointer (&logs, g_array_unref);

  /* Bounds are inclusive. */
  logs = physio_database_list_session_logs (fixture->database, physio_prescription_get_id (walk),
                                            &from, &to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logs->len, ==, 2);

  /* Only a saved prescription takes logs. */
  physio_database_add_session_log (fixture->database, 4242, &log, NULL, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Dates out of order: moving the start past a logged session, or ending the programme
   * before one, is refused and the saved programme stays as it was. */
  {
    g_autoptr(PhysioProgramme) stored = NULL;
    GDate later = store_test_date (8, G_DATE_JUNE, 2026);
    GDate start = store_test_date (1, G_DATE_JUNE, 2026);

    physio_programme_set_start_date (programme, &later);
    g_assert_false (physio_database_save_programme (fixture->database, programme, &error));
    g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==,
                     "A session is logged on 1 June 2026, so the programme cannot start after "
                     "that day.");
    g_clear_error (&error);

    physio_programme_set_start_date (programme, &start);
    physio_programme_set_weeks (programme, 11);
    g_assert_false (physio_database_save_programme (fixture->database, programme, &error));
    g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==,
                     "A session is logged on 23 August 2026, so the programme must run until "
                     "at least that day.");
    g_clear_error (&error);

    stored = physio_database_get_programme (fixture->database,
                                            physio_programme_get_id (programme), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (physio_programme_get_weeks (stored), ==, 12);
    g_assert_cmpint (g_date_get_day (physio_programme_get_start_date (stored)), ==, 1);
  }
}

static void
test_diary (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GArray) diary = NULL;
  g_autoptr(GError) error = NULL;
  PhysioDiaryEntry entry = { .morning_pain = 5 };
  GDate from = store_test_date (2, G_DATE_JUNE, 2026);
  GDate to = store_test_date (3, G_DATE_JUNE, 2026);
  gint64 other = store_test_add_patient (fixture->database, "Ben Okafor");

  for (guint day = 1; day <= 4; day++)
    {
      entry.date = store_test_date (day, G_DATE_JUNE, 2026);
      physio_database_save_diary_entry (fixture->database, fixture->patient_id, &entry, &error);
      g_assert_no_error (error);
    }
  entry.date = store_test_date (2, G_DATE_JUNE, 2026);
  physio_database_save_diary_entry (fixture->database, other, &entry, &error);
  g_assert_no_error (error);

  /* The same day again replaces the entry. */
  entry.morning_pain = 2;
  entry.red_flag = TRUE;
  physio_database_save_diary_entry (fixture->database, fixture->patient_id, &entry, &error);
  g_assert_no_error (error);
  entry.date = store_test_date (3, G_DATE_JUNE, 2026);
  entry.morning_pain = -1;
  entry.red_flag = FALSE;
  physio_database_save_diary_entry (fixture->database, fixture->patient_id, &entry, &error);
  g_assert_no_error (error);

  diary = physio_database_list_diary (fixture->database, fixture->patient_id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diary->len, ==, 4);
  g_clear_pointer (&diary, g_array_unref);

  diary = physio_database_list_diary (fixture->database, fixture->patient_id, &from, &to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diary->len, ==, 2);
  g_assert_cmpuint (g_date_get_day (&g_array_index (diary, PhysioDiaryEntry, 0).date), ==, 2);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).morning_pain, ==, 2);
  g_assert_true (g_array_index (diary, PhysioDiaryEntry, 0).red_flag);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 1).morning_pain, ==, -1);
  g_assert_false (g_array_index (diary, PhysioDiaryEntry, 1).red_flag);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "diary"), ==, 5);

  entry.morning_pain = 12;
  physio_database_save_diary_entry (fixture->database, fixture->patient_id, &entry, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  entry.morning_pain = 1;
  physio_database_save_diary_entry (fixture->database, 999, &entry, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The day's activity minutes are kept beside the pain, and a day is at most 1440. */
  entry.has_activity_minutes = TRUE;
  entry.activity_minutes = 45;
  physio_database_save_diary_entry (fixture->database, fixture->patient_id, &entry, &error);
  g_assert_no_error (error);
  g_clear_pointer (&diary, g_array_unref);
  diary = physio_database_list_diary (fixture->database, fixture->patient_id, &to, &to, &error);
  g_assert_no_error (error);
  g_assert_true (g_array_index (diary, PhysioDiaryEntry, 0).has_activity_minutes);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).activity_minutes, ==, 45);
  g_clear_pointer (&diary, g_array_unref);
  diary = physio_database_list_diary (fixture->database, fixture->patient_id, &from, &from, &error);
  g_assert_no_error (error);
  g_assert_false (g_array_index (diary, PhysioDiaryEntry, 0).has_activity_minutes);
  entry.activity_minutes = 1441;
  physio_database_save_diary_entry (fixture->database, fixture->patient_id, &entry, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
}

static void
test_audit_log (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 6);
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  PhysioDoseChange change, undone, bad;
  const PhysioDoseChange *first, *second;
  gint64 changed = 0;

  physio_programme_add_prescription (programme, walk);
  save (fixture, programme);

  physio_dose_change_init (&change);
  change.prescription_id = physio_prescription_get_id (walk);
  change.effective_date = store_test_date (8, G_DATE_JUNE, 2026);
  physio_dose_copy_into (&change.old_dose, physio_prescription_get_current_dose (walk));
  physio_dose_copy_into (&change.new_dose, physio_prescription_get_current_dose (walk));
  change.new_dose.duration_s = 1020;
  g_free (change.new_dose.intensity);
  change.new_dose.intensity = g_strdup ("brisk");
  change.old_step = 0;
  change.new_step = 1;
  change.decision = PHYSIO_DECISION_SWAP;
  change.proposed = PHYSIO_DECISION_PROGRESS;
  change.reasons = PHYSIO_REASON_AT_CAPS | PHYSIO_FLAG_STALLED;
  change.by_clinician = TRUE;
  change.outcome = g_strdup ("edited");
  change.accepted_by = g_strdup ("J. Ortega");
  change.accepted_at = g_date_time_new_utc (2026, 6, 8, 9, 30, 15.5);
  change.swap_to = g_strdup ("AER-01");

  g_signal_connect (fixture->database, "programme-changed", G_CALLBACK (on_programme_changed),
                    &changed);
  physio_database_add_dose_change (fixture->database, &change, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change.id, >, 0);
  g_assert_cmpint (changed, ==, physio_programme_get_id (programme));

  physio_dose_change_init (&undone);
  undone.prescription_id = change.prescription_id;
  undone.effective_date = store_test_date (15, G_DATE_JUNE, 2026);
  undone.outcome = g_strdup ("undone");
  physio_database_add_dose_change (fixture->database, &undone, &error);
  g_assert_no_error (error);
  /* The review's redo is a row of its own too. */
  g_free (undone.outcome);
  undone.outcome = g_strdup ("redone");
  physio_database_add_dose_change (fixture->database, &undone, &error);
  g_assert_no_error (error);

  changes = physio_database_list_dose_changes (fixture->database, change.prescription_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);
  first = &g_array_index (changes, PhysioDoseChange, 0);
  second = &g_array_index (changes, PhysioDoseChange, 1);
  g_assert_cmpint (first->id, ==, change.id);
  g_assert_cmpint (first->prescription_id, ==, change.prescription_id);
  g_assert_cmpint (g_date_compare (&first->effective_date, &change.effective_date), ==, 0);
  g_assert_true (physio_dose_equal (&first->old_dose, &change.old_dose));
  g_assert_true (physio_dose_equal (&first->new_dose, &change.new_dose));
  g_assert_cmpuint (first->old_step, ==, 0);
  g_assert_cmpuint (first->new_step, ==, 1);
  g_assert_cmpint (first->decision, ==, PHYSIO_DECISION_SWAP);
  g_assert_cmpint (first->proposed, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (first->reasons, ==, PHYSIO_REASON_AT_CAPS | PHYSIO_FLAG_STALLED);
  g_assert_true (first->by_clinician);
  g_assert_cmpstr (first->outcome, ==, "edited");
  g_assert_cmpstr (first->accepted_by, ==, "J. Ortega");
  g_assert_nonnull (first->accepted_at);
  g_assert_true (g_date_time_equal (first->accepted_at, change.accepted_at));
  g_assert_cmpstr (first->swap_to, ==, "AER-01");
  g_assert_cmpstr (second->outcome, ==, "undone");
  g_assert_false (second->by_clinician);
  g_assert_null (second->accepted_at);
  g_assert_null (second->swap_to);
  g_assert_cmpstr (g_array_index (changes, PhysioDoseChange, 2).outcome, ==, "redone");

  /* An unknown outcome or a swap to nothing is refused. */
  physio_dose_change_init (&bad);
  bad.prescription_id = change.prescription_id;
  bad.effective_date = change.effective_date;
  bad.outcome = g_strdup ("maybe");
  physio_database_add_dose_change (fixture->database, &bad, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (bad.outcome);
  bad.outcome = g_strdup ("accepted");
  bad.decision = PHYSIO_DECISION_SWAP;
  physio_database_add_dose_change (fixture->database, &bad, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "dose_change"), ==, 3);

  physio_dose_change_clear (&change);
  physio_dose_change_clear (&undone);
  physio_dose_change_clear (&bad);
}

/* A calm diary: morning pain 3 from the week before the window to the day after it. */
static void
add_calm_diary (Fixture *fixture,
                gint64   patient_id)
{
  g_autoptr(GError) error = NULL;

  for (guint day = 1; day <= 16; day++)
    {
      PhysioDiaryEntry entry = { .morning_pain = 3 };

      entry.date = store_test_date (day, G_DATE_JUNE, 2026);
      physio_database_save_diary_entry (fixture->database, patient_id, &entry, &error);
      g_assert_no_error (error);
    }
}

static void
test_review_walk_progresses (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 6);
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GDate window = store_test_date (8, G_DATE_JUNE, 2026);
  const PhysioReviewItem *item;

  /* AER-02 walks 15 minutes, 5 days a week; its ladder climbs by the rules' increments. */
  physio_prescription_set_weeks (walk, 1, 6);
  physio_prescription_generate_ladder (walk, physio_programme_get_rule_params (programme));
  physio_programme_add_prescription (programme, walk);
  save (fixture, programme);
  g_assert_cmpuint (physio_prescription_get_current_dose (walk)->duration_s, ==, 900);
  add_calm_diary (fixture, fixture->patient_id);

  /* Week 2 (from Monday 8 June): five sessions, all done, pain in the green zone. A session
   * in week 1 is outside the window and must not count. */
  add_log (fixture, walk, 3, G_DATE_JUNE, 9);
  for (guint day = 8; day <= 12; day++)
    add_log (fixture, walk, day, G_DATE_JUNE, 2);

  items = physio_database_review_programme (fixture->database, programme, &window, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  item = &g_array_index (items, PhysioReviewItem, 0);
  g_assert_true (item->prescription == walk);
  g_assert_cmpint (item->proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (item->proposal.ladder_step, ==, 1);
  g_assert_cmpuint (item->proposal.dose.duration_s, ==, 17 * 60);
  g_assert_cmpfloat (item->proposal.adherence, >=, 0.999);
}

/* Two bad sessions in the window: the review reads the logs of that window, not others. */
static void
test_review_regresses (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = new_programme (fixture, 6);
  g_autoptr(PhysioPrescription) walk = prescribe (fixture, "AER-02");
  g_autoptr(PhysioPrescription) stretch = prescribe (fixture, "MOB-06");
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GDate window = store_test_date (8, G_DATE_JUNE, 2026);

  physio_prescription_set_weeks (walk, 1, 6);
  physio_programme_add_prescription (programme, walk);
  physio_programme_add_prescription (programme, stretch);
  save (fixture, programme);
  add_calm_diary (fixture, fixture->patient_id);
  for (guint day = 8; day <= 12; day++)
    add_log (fixture, walk, day, G_DATE_JUNE, day <= 9 ? 8 : 2);

  items = physio_database_review_programme (fixture->database, programme, &window, &error);
  g_assert_no_error (error);
  /* The stretch runs in week 1 only: no proposal for week 2. */
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpint (g_array_index (items, PhysioReviewItem, 0).proposal.decision, ==,
                   PHYSIO_DECISION_REGRESS);
}

/* A kettlebell exercise is reviewed with kettlebell weights: at 20 kg there is a 24 kg bell
 * to work towards, where dumbbells would stop at 20 kg. */
static void
test_review_kettlebell_steps (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char * const kettlebell[] = { "kettlebell", NULL };
  static const char * const dumbbell[] = { "dumbbell", NULL };
  g_autoptr(GError) error = NULL;
  PhysioDecision decisions[2];
  guint reps[2];

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PhysioExercise) swing = store_test_new_custom (i == 0 ? "Swing" : "Row");
      g_autoptr(PhysioProgramme) programme = new_programme (fixture, 4);
      g_autoptr(PhysioPrescription) prescription = NULL;
      g_autoptr(GArray) items = NULL;
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      PhysioDoseLimits limits = { { 0 } };
      GDate window = store_test_date (1, G_DATE_JUNE, 2026);
      gint64 patient = store_test_add_patient (fixture->database, "Lifter");

      physio_exercise_set_equipment (swing, i == 0 ? kettlebell : dumbbell);
      limits.min[PHYSIO_DOSE_FIELD_REPS] = 8;
      limits.max[PHYSIO_DOSE_FIELD_REPS] = 12;
      limits.min[PHYSIO_DOSE_FIELD_SETS] = 1;
      limits.max[PHYSIO_DOSE_FIELD_SETS] = 3;
      physio_exercise_set_dose_limits (swing, &limits);
      dose.sets = 3;
      dose.reps = 12;
      dose.sessions_per_day = 1;
      dose.days_per_week = 2;
      dose.load_kind = PHYSIO_LOAD_KG;
      dose.load_kg = 20;
      physio_exercise_set_default_dose (swing, &dose);
      physio_database_save_exercise (fixture->database, swing, &error);
      g_assert_no_error (error);

      physio_programme_set_patient_id (programme, patient);
      prescription = prescribe (fixture, physio_exercise_get_id (swing));
      physio_programme_add_prescription (programme, prescription);
      save (fixture, programme);
      add_calm_diary (fixture, patient);
      for (guint day = 1; day <= 4; day += 3)
        {
          PhysioSessionLog log = {
            .completed_fraction = 1.0, .pain_during_max = 1, .rpe = 3, .achieved = 12,
          };

          log.date = store_test_date (day, G_DATE_JUNE, 2026);
          physio_database_add_session_log (fixture->database,
                                           physio_prescription_get_id (prescription), &log,
                                           NULL, &error);
          g_assert_no_error (error);
        }

      items = physio_database_review_programme (fixture->database, programme, &window, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (items->len, ==, 1);
      decisions[i] = g_array_index (items, PhysioReviewItem, 0).proposal.decision;
      reps[i] = g_array_index (items, PhysioReviewItem, 0).proposal.dose.reps;
      g_test_message ("%s: %s, %u reps", i == 0 ? "kettlebell" : "dumbbell",
                      physio_decision_to_code (decisions[i]), reps[i]);
    }

  g_assert_cmpint (decisions[0], ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (reps[0], >, 12);
  g_assert_cmpint (decisions[1], !=, PHYSIO_DECISION_PROGRESS);
}

/* Saving one change ---------------------------------------------------------------------------- */

static void
run_sql (Fixture    *fixture,
         const char *sql)
{
  g_assert_cmpint (sqlite3_exec (_physio_database_get_sqlite (fixture->database), sql, NULL, NULL,
                                 NULL), ==, SQLITE_OK);
}

static void
save_change (Fixture               *fixture,
             PhysioProgrammeChange *change,
             gboolean               after)
{
  g_autoptr(GError) error = NULL;

  physio_database_save_programme_change (fixture->database, change, after, &error);
  g_assert_no_error (error);
}

static int
total_changes (Fixture *fixture)
{
  return sqlite3_total_changes (_physio_database_get_sqlite (fixture->database));
}

/* A walk, a bird dog and a hinge over six weeks, each with a generated ladder, saved. */
static PhysioProgramme *
three_exercises (Fixture *fixture)
{
  static const char * const ids[] = { "AER-02", "COR-08", "HIN-01" };
  PhysioProgramme *programme = new_programme (fixture, 6);
  PhysioRuleParams params;

  physio_rule_params_init_defaults (&params);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PhysioPrescription) prescription = prescribe (fixture, ids[i]);

      physio_prescription_set_weeks (prescription, 1, 6);
      physio_prescription_generate_ladder (prescription, &params);
      physio_programme_add_prescription (programme, prescription);
    }
  save (fixture, programme);

  return programme;
}

/* One ladder cell edited: only that step's row is written; no snapshot, no other prescription
 * and no other step is touched (rows marked by hand in the file stay as marked). */
static void
test_save_change_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = three_exercises (fixture);
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioProgrammeChange) change = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioPrescription *bird_dog = physio_programme_get_prescription (programme, 1);
  PhysioPrescription *walk_read, *bird_dog_read;
  g_autofree char *sql = NULL;
  guint first_hold;
  int before;

  /* Marks that a rewrite would wipe: every snapshot's name, and a step of the walk. */
  run_sql (fixture, "UPDATE prescription SET exercise_snapshot = "
                    "json_set (exercise_snapshot, '$.name', 'Marked')");
  sql = g_strdup_printf ("UPDATE planned_dose SET dose = json_set (dose, '$.tempo', 'marked') "
                         "WHERE prescription_id = %" G_GINT64_FORMAT " AND step = 4",
                         physio_prescription_get_id (physio_programme_get_prescription (programme,
                                                                                        0)));
  run_sql (fixture, sql);

  change = physio_programme_change_begin (programme);
  physio_dose_copy_into (&dose, physio_prescription_get_planned (bird_dog, 3));
  first_hold = dose.hold_s;
  dose.hold_s = first_hold == 5 ? 6 : 5;
  physio_prescription_set_planned (bird_dog, 3, &dose);
  g_assert_true (physio_programme_change_finish (change));
  g_assert_cmpuint (physio_programme_change_get_n_prescriptions (change), ==, 1);

  before = total_changes (fixture);
  save_change (fixture, change, TRUE);
  /* The step, and the programme's time of update: nothing else. */
  g_assert_cmpint (total_changes (fixture) - before, <=, 2);

  reread = reload (fixture, programme);
  walk_read = physio_programme_get_prescription (reread, 0);
  bird_dog_read = physio_programme_get_prescription (reread, 1);
  g_assert_cmpuint (physio_prescription_get_planned (bird_dog_read, 3)->hold_s, ==, dose.hold_s);
  g_assert_cmpstr (physio_exercise_get_name (physio_prescription_get_exercise (bird_dog_read)), ==,
                   "Marked");
  g_assert_cmpstr (physio_exercise_get_name (physio_prescription_get_exercise (walk_read)), ==,
                   "Marked");
  g_assert_cmpstr (physio_prescription_get_planned (walk_read, 4)->tempo, ==, "marked");

  /* Undone: the step goes back, the rest stays as it was in the file. */
  physio_programme_change_revert (change);
  save_change (fixture, change, FALSE);
  g_clear_object (&reread);
  reread = reload (fixture, programme);
  g_assert_cmpuint (physio_prescription_get_planned (physio_programme_get_prescription (reread, 1),
                                                     3)->hold_s, ==, first_hold);
  g_assert_cmpstr (physio_prescription_get_planned (physio_programme_get_prescription (reread, 0),
                                                    4)->tempo, ==, "marked");
}

/* A new prescription gets its snapshot; undoing and redoing its adding deletes and re-creates
 * the row under the same id, and the others keep their places. */
static void
test_save_change_add_and_undo (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = three_exercises (fixture);
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioProgrammeChange) change = NULL;
  g_autoptr(PhysioPrescription) stretch = prescribe (fixture, "MOB-06");
  gint64 id;

  run_sql (fixture, "UPDATE prescription SET exercise_snapshot = "
                    "json_set (exercise_snapshot, '$.name', 'Marked')");

  change = physio_programme_change_begin (programme);
  physio_prescription_set_weeks (stretch, 1, 6);
  physio_programme_insert_prescription (programme, 1, stretch);
  g_assert_true (physio_programme_change_finish (change));
  save_change (fixture, change, TRUE);
  id = physio_prescription_get_id (stretch);
  g_assert_cmpint (id, >, 0);

  reread = reload (fixture, programme);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (reread), ==, 4);
  g_assert_cmpstr (physio_prescription_get_exercise_id (physio_programme_get_prescription (reread,
                                                                                          1)),
                   ==, "MOB-06");
  g_assert_cmpstr (physio_exercise_get_name (physio_prescription_get_exercise (
                     physio_programme_get_prescription (reread, 1))), !=, "Marked");
  g_assert_cmpstr (physio_exercise_get_name (physio_prescription_get_exercise (
                     physio_programme_get_prescription (reread, 2))), ==, "Marked");
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 4 * 6);

  physio_programme_change_revert (change);
  save_change (fixture, change, FALSE);
  g_clear_object (&reread);
  reread = reload (fixture, programme);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (reread), ==, 3);
  g_assert_cmpstr (physio_prescription_get_exercise_id (physio_programme_get_prescription (reread,
                                                                                          1)),
                   ==, "COR-08");
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 3 * 6);

  physio_programme_change_reapply (change);
  save_change (fixture, change, TRUE);
  g_assert_cmpint (physio_prescription_get_id (stretch), ==, id);
  g_clear_object (&reread);
  reread = reload (fixture, programme);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (reread), ==, 4);
  g_assert_cmpint (physio_prescription_get_id (physio_programme_get_prescription (reread, 1)), ==,
                   id);
  g_assert_cmpstr (physio_prescription_get_exercise_id (physio_programme_get_prescription (reread,
                                                                                          3)),
                   ==, "HIN-01");
}

/* A shorter programme trims the ladders; its undo writes them back whole. A change the rules
 * refuse writes nothing. */
static void
test_save_change_weeks (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = three_exercises (fixture);
  g_autoptr(PhysioProgramme) reread = NULL;
  g_autoptr(PhysioProgrammeChange) change = NULL;
  g_autoptr(PhysioProgrammeChange) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioPrescription *walk = physio_programme_get_prescription (programme, 0);
  guint last_minutes = physio_prescription_get_planned (walk, 5)->duration_s;
  int before;

  change = physio_programme_change_begin (programme);
  physio_programme_set_weeks (programme, 4);
  g_assert_true (physio_programme_change_finish (change));
  save_change (fixture, change, TRUE);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 3 * 4);

  physio_programme_change_revert (change);
  g_assert_cmpuint (physio_programme_get_weeks (programme), ==, 6);
  save_change (fixture, change, FALSE);
  reread = reload (fixture, programme);
  g_assert_cmpuint (physio_programme_get_weeks (reread), ==, 6);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 3 * 6);
  g_assert_cmpuint (physio_prescription_get_planned (physio_programme_get_prescription (reread, 0),
                                                     5)->duration_s, ==, last_minutes);

  /* 40 reps of a hinge is past its limits. */
  refused = physio_programme_change_begin (programme);
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (
                                  physio_programme_get_prescription (programme, 2)));
  dose.reps = 40;
  physio_prescription_set_current_dose (physio_programme_get_prescription (programme, 2), &dose);
  g_assert_true (physio_programme_change_finish (refused));
  before = total_changes (fixture);
  g_assert_false (physio_database_save_programme_change (fixture->database, refused, TRUE,
                                                         &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_assert_cmpint (total_changes (fixture), ==, before);
  physio_programme_change_revert (refused);
  g_clear_error (&error);

  /* So is a new prescription with such a dose. */
  {
    g_autoptr(PhysioProgrammeChange) added = physio_programme_change_begin (programme);
    g_autoptr(PhysioPrescription) hinge = prescribe (fixture, "HIN-01");

    physio_prescription_set_current_dose (hinge, &dose);
    physio_programme_add_prescription (programme, hinge);
    g_assert_true (physio_programme_change_finish (added));
    g_assert_false (physio_database_save_programme_change (fixture->database, added, TRUE,
                                                           &error));
    g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
    g_assert_cmpint (total_changes (fixture), ==, before);
    g_assert_cmpuint (store_test_count_rows (fixture->database, "prescription"), ==, 3);
  }
}

/* "programme-changed" says what changed in its detail; undetailed handlers get everything. */
static void
test_change_signal_details (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = three_exercises (fixture);
  g_autoptr(PhysioProgrammeChange) change = NULL;
  gint64 any = 0, plan = 0, logs = 0;

  g_signal_connect (fixture->database, "programme-changed", G_CALLBACK (on_programme_changed),
                    &any);
  g_signal_connect (fixture->database, "programme-changed::plan",
                    G_CALLBACK (on_programme_changed), &plan);
  g_signal_connect (fixture->database, "programme-changed::logs",
                    G_CALLBACK (on_programme_changed), &logs);

  change = physio_programme_change_begin (programme);
  physio_programme_set_title (programme, "Renamed");
  physio_programme_change_finish (change);
  save_change (fixture, change, TRUE);
  g_assert_cmpint (any, ==, physio_programme_get_id (programme));
  g_assert_cmpint (plan, ==, physio_programme_get_id (programme));
  g_assert_cmpint (logs, ==, 0);

  any = plan = 0;
  add_log (fixture, physio_programme_get_prescription (programme, 0), 2, G_DATE_JUNE, 1);
  g_assert_cmpint (any, ==, physio_programme_get_id (programme));
  g_assert_cmpint (logs, ==, physio_programme_get_id (programme));
  g_assert_cmpint (plan, ==, 0);

  g_signal_handlers_disconnect_by_func (fixture->database, on_programme_changed, &any);
  g_signal_handlers_disconnect_by_func (fixture->database, on_programme_changed, &plan);
  g_signal_handlers_disconnect_by_func (fixture->database, on_programme_changed, &logs);
}

/* Reading a programme again gives the same, independent objects: what one reader changes or
 * frees is not seen by the next (parsed texts are kept between reads). */
static void
test_reads_independent (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = three_exercises (fixture);
  g_autoptr(PhysioProgramme) first = reload (fixture, programme);
  g_autoptr(PhysioProgramme) second = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioPrescription *walk = physio_programme_get_prescription (first, 0);

  g_assert_nonnull (physio_prescription_get_planned (walk, 0)->intensity);
  physio_dose_copy_into (&dose, physio_prescription_get_planned (walk, 0));
  g_free (dose.intensity);
  dose.intensity = g_strdup ("changed in memory");
  physio_prescription_set_planned (walk, 0, &dose);
  physio_exercise_set_name (physio_prescription_get_exercise (walk), "Changed in memory");
  g_clear_object (&first);

  second = reload (fixture, programme);
  for (guint i = 0; i < 3; i++)
    assert_same_prescription (physio_programme_get_prescription (programme, i),
                              physio_programme_get_prescription (second, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/programmes/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("snapshot", test_snapshot);
  ADD ("save-speed", test_save_speed);
  ADD ("removed-with-and-without-logs", test_removed_with_and_without_logs);
  ADD ("undo-restores-deleted", test_undo_restores_deleted);
  ADD ("save-change-only", test_save_change_only);
  ADD ("save-change-add-and-undo", test_save_change_add_and_undo);
  ADD ("save-change-weeks", test_save_change_weeks);
  ADD ("change-signal-details", test_change_signal_details);
  ADD ("reads-independent", test_reads_independent);
  ADD ("invalid-refused", test_invalid_refused);
  ADD ("duplicate", test_duplicate);
  ADD ("list-and-delete", test_list_and_delete);
  ADD ("session-logs", test_session_logs);
  ADD ("diary", test_diary);
  ADD ("audit-log", test_audit_log);
  ADD ("review-walk-progresses", test_review_walk_progresses);
  ADD ("review-regresses", test_review_regresses);
  ADD ("review-kettlebell-steps", test_review_kettlebell_steps);

#undef ADD

  return g_test_run ();
}

/* test-programme.c: programmes and prescriptions: order, moves, copies, undo, weeks, days
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-ladder.h"
#include "physio-programme.h"
#include "physio-programme-change.h"
#include "test-fixtures.h"

typedef struct
{
  guint changed;
  guint items_changed;
  guint last_position;
  guint last_removed;
  guint last_added;
} Counts;

static void
on_changed (PhysioProgramme *programme,
            Counts          *counts)
{
  counts->changed++;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Counts     *counts)
{
  counts->items_changed++;
  counts->last_position = position;
  counts->last_removed = removed;
  counts->last_added = added;
}

static void
watch (PhysioProgramme *programme,
       Counts          *counts)
{
  *counts = (Counts) { 0 };
  g_signal_connect (programme, "changed", G_CALLBACK (on_changed), counts);
  g_signal_connect (physio_programme_get_prescriptions (programme), "items-changed",
                    G_CALLBACK (on_items_changed), counts);
}

static void
unwatch (PhysioProgramme *programme,
         Counts          *counts)
{
  g_signal_handlers_disconnect_by_data (programme, counts);
  g_signal_handlers_disconnect_by_data (physio_programme_get_prescriptions (programme), counts);
}

static void
assert_order (PhysioProgramme *programme,
              const char      *expected)
{
  g_autoptr(GString) order = g_string_new (NULL);

  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      if (i > 0)
        g_string_append_c (order, ' ');
      g_string_append (order, physio_prescription_get_exercise_id (prescription));
    }

  g_assert_cmpstr (order->str, ==, expected);
}

static void
test_ordering (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioExercise) curl_up = fixture_curl_up ();
  g_autoptr(PhysioPrescription) inserted = physio_prescription_new (curl_up);
  Counts counts;

  fixture_prescribe (programme, fixture_walk, 1);
  fixture_prescribe (programme, fixture_bridge, 2);
  watch (programme, &counts);
  physio_programme_insert_prescription (programme, 1, inserted);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.items_changed, ==, 1);
  assert_order (programme, "AER-01 COR-05 COR-10");

  g_assert_true (physio_programme_get_prescription (programme, 1) == inserted);
  g_assert_true (physio_programme_find_prescription (programme, 2) ==
                 physio_programme_get_prescription (programme, 2));
  /* Unsaved prescriptions all have id 0: 0 finds none of them. */
  g_assert_null (physio_programme_find_prescription (programme, 0));
  g_assert_null (physio_programme_find_prescription (programme, 99));
  unwatch (programme, &counts);
}

static void
test_move (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  Counts counts;

  fixture_prescribe (programme, fixture_walk, 1);
  fixture_prescribe (programme, fixture_bridge, 2);
  fixture_prescribe (programme, fixture_curl_up, 3);
  fixture_prescribe (programme, fixture_carry, 4);
  watch (programme, &counts);

  /* Down: one items-changed over the span that moved, so a view keeps the rest. */
  physio_programme_move_prescription (programme, 0, 2);
  assert_order (programme, "COR-10 COR-05 AER-01 HIN-08");
  g_assert_cmpuint (counts.items_changed, ==, 1);
  g_assert_cmpuint (counts.last_position, ==, 0);
  g_assert_cmpuint (counts.last_removed, ==, 3);
  g_assert_cmpuint (counts.last_added, ==, 3);
  g_assert_cmpuint (counts.changed, ==, 1);

  physio_programme_move_prescription (programme, 3, 1);
  assert_order (programme, "COR-10 HIN-08 COR-05 AER-01");
  g_assert_cmpuint (counts.items_changed, ==, 2);
  g_assert_cmpuint (counts.last_position, ==, 1);

  physio_programme_move_prescription (programme, 2, 2);
  g_assert_cmpuint (counts.items_changed, ==, 2);
  unwatch (programme, &counts);
}

static void
test_remove (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioPrescription) bridge = NULL;
  PhysioDose dose = PHYSIO_DOSE_INIT;
  Counts counts;

  fixture_prescribe (programme, fixture_walk, 1);
  bridge = g_object_ref (fixture_prescribe (programme, fixture_bridge, 2));
  fixture_prescribe (programme, fixture_curl_up, 3);
  watch (programme, &counts);

  physio_programme_remove_prescription (programme, 1);
  assert_order (programme, "AER-01 COR-05");
  g_assert_cmpuint (counts.changed, ==, 1);

  /* A prescription out of the programme no longer drives its autosave. */
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (bridge));
  dose.reps = 12;
  physio_prescription_set_current_dose (bridge, &dose);
  g_assert_cmpuint (counts.changed, ==, 1);

  /* One still in it does. */
  physio_prescription_set_note (physio_programme_get_prescription (programme, 0), "Flat ground");
  g_assert_cmpuint (counts.changed, ==, 2);
  unwatch (programme, &counts);
}

static void
test_copy_independent (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioProgramme) copy = NULL;
  PhysioPrescription *original, *copied;
  const PhysioPhase *phases;
  PhysioDose dose = PHYSIO_DOSE_INIT;
  GDate start = fixture_date (0);
  guint n_phases;

  physio_programme_set_id (programme, 5);
  physio_programme_set_title (programme, "Back on track");
  physio_programme_set_start_date (programme, &start);
  physio_programme_add_phase (programme, "Foundation", 1, 4, "Motor control");
  physio_programme_add_education (programme, 1, "Pain is not damage", NULL);
  fixture_prescribe (programme, fixture_walk, 11);
  fixture_prescribe (programme, fixture_bridge, 12);

  copy = physio_programme_copy (programme);
  g_assert_cmpint (physio_programme_get_id (copy), ==, 5);
  g_assert_cmpstr (physio_programme_get_title (copy), ==, "Back on track");
  g_assert_cmpint (g_date_compare (physio_programme_get_start_date (copy), &start), ==, 0);
  assert_order (copy, "AER-01 COR-10");

  original = physio_programme_get_prescription (programme, 1);
  copied = physio_programme_get_prescription (copy, 1);
  g_assert_true (original != copied);
  g_assert_cmpint (physio_prescription_get_id (copied), ==, 12);

  /* Change everything in the copy; the original (an undo snapshot) must not move. */
  physio_dose_copy_into (&dose, physio_prescription_get_planned (copied, 0));
  dose.reps = 14;
  physio_prescription_set_planned (copied, 0, &dose);
  physio_prescription_set_days (copied, PHYSIO_DAY_TUESDAY);
  physio_programme_set_title (copy, "Changed");
  physio_programme_clear_phases (copy);
  physio_programme_remove_prescription (copy, 0);

  g_assert_cmpuint (physio_prescription_get_planned (original, 0)->reps, ==, 10);
  g_assert_cmpuint (physio_prescription_get_days (original), ==,
                    physio_days_spread (3));
  g_assert_cmpstr (physio_programme_get_title (programme), ==, "Back on track");
  phases = physio_programme_get_phases (programme, &n_phases);
  g_assert_cmpuint (n_phases, ==, 1);
  g_assert_cmpstr (phases[0].name, ==, "Foundation");
  g_assert_cmpuint (physio_programme_get_n_prescriptions (programme), ==, 2);
  physio_dose_clear (&dose);
}

/* Undo puts an earlier copy back into the same object the views are bound to. */
static void
test_assign_emits_once (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioProgramme) snapshot = NULL;
  guint n_education;
  Counts counts;

  fixture_prescribe (programme, fixture_walk, 1);
  fixture_prescribe (programme, fixture_bridge, 2);
  snapshot = physio_programme_copy (programme);

  physio_programme_set_title (programme, "Edited");
  physio_programme_set_weeks (programme, 8);
  physio_programme_add_education (programme, 2, "Pacing", NULL);
  fixture_prescribe (programme, fixture_curl_up, 3);
  physio_programme_move_prescription (programme, 2, 0);

  watch (programme, &counts);
  physio_programme_assign (programme, snapshot);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.items_changed, ==, 1);
  g_assert_cmpuint (counts.last_removed, ==, 3);
  g_assert_cmpuint (counts.last_added, ==, 2);

  assert_order (programme, "AER-01 COR-10");
  g_assert_cmpstr (physio_programme_get_title (programme), ==, "");
  g_assert_cmpuint (physio_programme_get_weeks (programme), ==, PHYSIO_PROGRAMME_DEFAULT_WEEKS);
  physio_programme_get_education (programme, &n_education);
  g_assert_cmpuint (n_education, ==, 0);

  /* The restored prescriptions are the programme's own, not the snapshot's. */
  g_assert_true (physio_programme_get_prescription (programme, 0) !=
                 physio_programme_get_prescription (snapshot, 0));
  physio_prescription_set_note (physio_programme_get_prescription (programme, 0), "x");
  g_assert_cmpuint (counts.changed, ==, 2);
  g_assert_null (physio_prescription_get_note (physio_programme_get_prescription (snapshot, 0)));
  unwatch (programme, &counts);
}

static void
test_set_weeks (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  PhysioRuleParams params;
  PhysioPrescription *walk, *bridge, *late;
  Counts counts;

  physio_rule_params_init_defaults (&params);
  physio_programme_set_weeks (programme, 6);
  walk = fixture_prescribe (programme, fixture_walk, 1);
  physio_prescription_generate_ladder (walk, &params);
  bridge = fixture_prescribe (programme, fixture_bridge, 2);
  physio_prescription_set_weeks (bridge, 2, 3);
  late = fixture_prescribe (programme, fixture_curl_up, 3);
  physio_prescription_set_weeks (late, 5, 6);
  g_assert_cmpuint (physio_prescription_get_n_planned (walk), ==, 6);
  g_assert_cmpuint (physio_prescription_get_planned (walk, 5)->duration_s, ==, 15 * 60);

  watch (programme, &counts);
  physio_programme_set_weeks (programme, 4);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (physio_prescription_get_week_to (walk), ==, 4);
  g_assert_cmpuint (physio_prescription_get_n_planned (walk), ==, 4);
  g_assert_cmpuint (physio_prescription_get_planned (walk, 3)->duration_s, ==, 13 * 60);
  g_assert_cmpuint (physio_prescription_get_week_to (bridge), ==, 3);
  /* Starts after the new end: left for the check to report, and for undo to find intact. */
  g_assert_cmpuint (physio_prescription_get_week_from (late), ==, 5);
  g_assert_cmpuint (physio_prescription_get_week_to (late), ==, 6);

  /* Longer again: what ran to the end runs on at its last planned dose. */
  physio_programme_set_weeks (programme, 8);
  g_assert_cmpuint (physio_prescription_get_week_to (walk), ==, 8);
  g_assert_cmpuint (physio_prescription_get_n_planned (walk), ==, 8);
  for (guint step = 3; step < 8; step++)
    g_assert_cmpuint (physio_prescription_get_planned (walk, step)->duration_s, ==, 13 * 60);
  g_assert_cmpuint (physio_prescription_get_week_to (bridge), ==, 3);
  g_assert_cmpuint (physio_prescription_get_planned (walk, 0)->duration_s, ==, 10 * 60);
  unwatch (programme, &counts);
}

static void
test_prescription_weeks_keep_doses (void)
{
  g_autoptr(PhysioExercise) exercise = fixture_bridge ();
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);
  PhysioDose doses[3];

  for (guint i = 0; i < 3; i++)
    {
      physio_dose_init (&doses[i]);
      physio_dose_copy_into (&doses[i], physio_prescription_get_current_dose (prescription));
      doses[i].reps = 10 + 2 * i;
    }
  physio_prescription_set_weeks (prescription, 2, 4);
  physio_prescription_set_ladder (prescription, doses, 3);

  /* Weeks 3–4 stay active and keep their doses; week 5 repeats the last one. */
  physio_prescription_set_weeks (prescription, 3, 5);
  g_assert_cmpuint (physio_prescription_get_n_planned (prescription), ==, 3);
  g_assert_cmpuint (physio_prescription_get_planned (prescription, 0)->reps, ==, 12);
  g_assert_cmpuint (physio_prescription_get_planned (prescription, 1)->reps, ==, 14);
  g_assert_cmpuint (physio_prescription_get_planned (prescription, 2)->reps, ==, 14);
  g_assert_cmpuint (physio_prescription_get_dose_for_week (prescription, 4)->reps, ==, 14);
  g_assert_true (physio_prescription_is_active_in_week (prescription, 3));
  g_assert_false (physio_prescription_is_active_in_week (prescription, 2));
  physio_prescription_set_removed (prescription, TRUE);
  g_assert_false (physio_prescription_is_active_in_week (prescription, 3));

  for (guint i = 0; i < 3; i++)
    physio_dose_clear (&doses[i]);
}

static void
test_week_of (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  GDate start = fixture_date (3);   /* a Thursday: weeks run Thursday to Wednesday */
  GDate date;

  date = fixture_date (3);
  g_assert_cmpuint (physio_programme_week_of (programme, &date), ==, 0);

  physio_programme_set_start_date (programme, &start);
  date = fixture_date (2);
  g_assert_cmpuint (physio_programme_week_of (programme, &date), ==, 0);
  date = fixture_date (3);
  g_assert_cmpuint (physio_programme_week_of (programme, &date), ==, 1);
  date = fixture_date (9);
  g_assert_cmpuint (physio_programme_week_of (programme, &date), ==, 1);
  date = fixture_date (10);
  g_assert_cmpuint (physio_programme_week_of (programme, &date), ==, 2);
  /* After the last week the count goes on. */
  date = fixture_date (3 + 7 * 6);
  g_assert_cmpuint (physio_programme_week_of (programme, &date), ==, 7);
}

static void
test_days_spread (void)
{
  static const PhysioDays expected[] = {
    0,
    PHYSIO_DAY_MONDAY,
    PHYSIO_DAY_MONDAY | PHYSIO_DAY_THURSDAY,
    PHYSIO_DAY_MONDAY | PHYSIO_DAY_WEDNESDAY | PHYSIO_DAY_FRIDAY,
    PHYSIO_DAY_MONDAY | PHYSIO_DAY_TUESDAY | PHYSIO_DAY_THURSDAY | PHYSIO_DAY_FRIDAY,
    PHYSIO_DAY_MONDAY | PHYSIO_DAY_TUESDAY | PHYSIO_DAY_WEDNESDAY | PHYSIO_DAY_THURSDAY
    | PHYSIO_DAY_FRIDAY,
    PHYSIO_DAYS_ALL & ~PHYSIO_DAY_SUNDAY,
    PHYSIO_DAYS_ALL,
  };

  for (guint n = 0; n < G_N_ELEMENTS (expected); n++)
    {
      g_assert_cmpuint (physio_days_spread (n), ==, expected[n]);
      g_assert_cmpuint (physio_days_count (physio_days_spread (n)), ==, n);
    }
  g_assert_cmpuint (physio_days_spread (9), ==, PHYSIO_DAYS_ALL);
}

static void
test_set_days_updates_doses (void)
{
  g_autoptr(PhysioExercise) exercise = fixture_bridge ();
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);
  PhysioRuleParams params;

  physio_rule_params_init_defaults (&params);
  g_assert_cmpuint (physio_prescription_get_days (prescription), ==, physio_days_spread (3));

  physio_prescription_set_weeks (prescription, 1, 3);
  physio_prescription_generate_ladder (prescription, &params);
  physio_prescription_set_days (prescription, PHYSIO_DAY_TUESDAY | PHYSIO_DAY_SATURDAY);
  g_assert_cmpuint (physio_prescription_get_current_dose (prescription)->days_per_week, ==, 2);
  for (guint step = 0; step < 3; step++)
    g_assert_cmpuint (physio_prescription_get_planned (prescription, step)->days_per_week, ==, 2);
  g_assert_cmpuint (physio_prescription_get_days_in_week (prescription, 2), ==,
                    PHYSIO_DAY_TUESDAY | PHYSIO_DAY_SATURDAY);
}

/* Template C walking: the item runs 5 days but week 1 plans 3. */
static void
test_days_in_week (void)
{
  g_autoptr(PhysioExercise) exercise = fixture_walk ();
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);
  PhysioDose doses[2];

  for (guint i = 0; i < 2; i++)
    {
      physio_dose_init (&doses[i]);
      physio_dose_copy_into (&doses[i], physio_prescription_get_current_dose (prescription));
    }
  doses[0].days_per_week = 3;
  physio_prescription_set_days (prescription, physio_days_spread (5));
  physio_prescription_set_ladder (prescription, doses, 2);

  g_assert_cmpuint (physio_prescription_get_days_in_week (prescription, 1), ==,
                    physio_days_spread (3));
  g_assert_cmpuint (physio_prescription_get_days_in_week (prescription, 2), ==,
                    physio_days_spread (5));

  for (guint i = 0; i < 2; i++)
    physio_dose_clear (&doses[i]);
}

/* Asserts that @call changed the programme ("changed" ran), and that running it again, with
 * nothing left to change, does not. How often a change is announced is the programme's own
 * business; that it is announced at all is what autosave relies on. */
#define ASSERT_ANNOUNCED(counts, call) \
  G_STMT_START { \
    guint before_ = (counts)->changed; \
    call; \
    g_assert_cmpuint ((counts)->changed, >, before_); \
    before_ = (counts)->changed; \
    call; \
    g_assert_cmpuint ((counts)->changed, ==, before_); \
  } G_STMT_END

static void
test_changed_on_setters (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  PhysioRuleParams params;
  GDate start = fixture_date (0);
  Counts counts;
  guint before;

  watch (programme, &counts);
  ASSERT_ANNOUNCED (&counts, physio_programme_set_title (programme, "Plan"));
  ASSERT_ANNOUNCED (&counts, physio_programme_set_start_date (programme, &start));
  ASSERT_ANNOUNCED (&counts, physio_programme_set_status (programme, PHYSIO_PROGRAMME_ACTIVE));
  ASSERT_ANNOUNCED (&counts, physio_programme_set_mode (programme, PHYSIO_MODE_QUOTA_BASED));
  ASSERT_ANNOUNCED (&counts, physio_programme_set_clinician (programme, "J. Physio"));
  ASSERT_ANNOUNCED (&counts, physio_programme_set_stage (programme, "subacute"));
  ASSERT_ANNOUNCED (&counts, physio_programme_set_template_id (programme, "subacute"));
  ASSERT_ANNOUNCED (&counts, physio_programme_set_patient_id (programme, 3));
  physio_rule_params_init_defaults (&params);
  params.window_days = 14;
  before = counts.changed;
  physio_programme_set_rule_params (programme, &params);
  g_assert_cmpuint (counts.changed, >, before);
  g_assert_cmpuint (physio_programme_get_rule_params (programme)->window_days, ==, 14);

  before = counts.changed;
  fixture_prescribe (programme, fixture_walk, 1);
  g_assert_cmpuint (counts.changed, >, before);
  /* A change made straight on a prescription is the programme's change too. */
  ASSERT_ANNOUNCED (&counts,
                    physio_prescription_set_days (physio_programme_get_prescription (programme, 0),
                                                  PHYSIO_DAY_MONDAY));
  unwatch (programme, &counts);
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* The state of every prescription and of the settings, to compare before and after. */
static GPtrArray *
copy_state (PhysioProgramme *programme)
{
  GPtrArray *state = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (state, physio_programme_copy_settings (programme));
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      g_ptr_array_add (state, g_object_ref (prescription));
      g_ptr_array_add (state, physio_prescription_copy (prescription));
    }

  return state;
}

/* The programme is in @state: same settings, and the same prescription objects, in the same
 * order, each as it was then. */
static void
assert_state (PhysioProgramme *programme,
              GPtrArray       *state)
{
  g_assert_cmpint (physio_programme_diff_settings (programme, state->pdata[0]), ==,
                   PHYSIO_PROGRAMME_DIFF_NONE);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (programme), ==, (state->len - 1) / 2);
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      g_assert_true (prescription == state->pdata[1 + 2 * i]);
      g_assert_cmpint (physio_prescription_diff (prescription, state->pdata[2 + 2 * i]), ==,
                       PHYSIO_PRESCRIPTION_DIFF_NONE);
    }
}

/* An edit touching settings, a dose, a removal and a move: undone and redone in place, each
 * way with one "changed", the list spliced only where it changed. */
static void
test_change_revert_in_place (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioProgrammeChange) change = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioRuleParams params;
  PhysioPrescription *walk, *bridge;
  Counts counts;
  guint n_notes = 0;

  physio_rule_params_init_defaults (&params);
  physio_programme_set_weeks (programme, 6);
  walk = fixture_prescribe (programme, fixture_walk, 1);
  physio_prescription_generate_ladder (walk, &params);
  bridge = fixture_prescribe (programme, fixture_bridge, 2);
  fixture_prescribe (programme, fixture_curl_up, 3);
  fixture_prescribe (programme, fixture_carry, 4);
  before = copy_state (programme);

  change = physio_programme_change_begin (programme);
  physio_programme_set_title (programme, "Edited");
  physio_programme_set_weeks (programme, 4);
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (bridge));
  dose.reps = 12;
  physio_prescription_set_current_dose (bridge, &dose);
  physio_programme_remove_prescription (programme, 2);
  physio_programme_move_prescription (programme, 2, 0);
  g_assert_true (physio_programme_change_finish (change));
  g_assert_true (physio_programme_change_get_list_changed (change));
  g_assert_cmpint (physio_programme_change_get_settings_diff (change), ==,
                   PHYSIO_PROGRAMME_DIFF_SETTINGS);
  after = copy_state (programme);
  assert_order (programme, "HIN-08 AER-01 COR-10");

  g_signal_connect_swapped (walk, "notify::note", G_CALLBACK (count_notify), &n_notes);
  watch (programme, &counts);
  physio_programme_change_revert (change);
  assert_state (programme, before);
  g_assert_cmpuint (counts.changed, ==, 1);
  /* Only what differs is notified: the walk's note did not change. */
  g_assert_cmpuint (n_notes, ==, 0);
  /* The walk kept its ladder through the shorter length and back. */
  g_assert_cmpuint (physio_prescription_get_n_planned (walk), ==, 6);

  counts.changed = 0;
  physio_programme_change_reapply (change);
  assert_state (programme, after);
  g_assert_cmpuint (counts.changed, ==, 1);
  unwatch (programme, &counts);
  g_signal_handlers_disconnect_by_data (walk, &n_notes);
}

/* A dose undone touches no list: views keep every row. */
static void
test_change_dose_keeps_list (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioProgrammeChange) change = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioPrescription *bridge;
  Counts counts;

  fixture_prescribe (programme, fixture_walk, 1);
  bridge = fixture_prescribe (programme, fixture_bridge, 2);

  change = physio_programme_change_begin (programme);
  g_assert_false (physio_programme_change_finish (change));
  g_assert_true (physio_programme_change_is_empty (change));
  g_clear_pointer (&change, physio_programme_change_free);

  change = physio_programme_change_begin (programme);
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (bridge));
  dose.reps = 14;
  physio_prescription_set_current_dose (bridge, &dose);
  g_assert_true (physio_programme_change_finish (change));
  g_assert_false (physio_programme_change_get_list_changed (change));
  g_assert_cmpuint (physio_programme_change_get_n_prescriptions (change), ==, 1);
  g_assert_true (physio_programme_change_get_prescription (change, 0) == bridge);
  g_assert_cmpint (physio_programme_change_get_diff (change, 0), ==,
                   PHYSIO_PRESCRIPTION_DIFF_FIELDS);

  watch (programme, &counts);
  physio_programme_change_revert (change);
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->reps, !=, 14);
  g_assert_cmpuint (counts.items_changed, ==, 0);
  physio_programme_change_reapply (change);
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->reps, ==, 14);
  g_assert_cmpuint (counts.items_changed, ==, 0);
  unwatch (programme, &counts);
}

static void
test_status_codes (void)
{
  for (PhysioProgrammeStatus status = PHYSIO_PROGRAMME_DRAFT;
       status <= PHYSIO_PROGRAMME_COMPLETED; status++)
    {
      PhysioProgrammeStatus back = PHYSIO_PROGRAMME_DRAFT;

      g_assert_true (physio_programme_status_from_code (physio_programme_status_to_code (status),
                                                        &back));
      g_assert_cmpint (back, ==, status);
      g_assert_nonnull (physio_programme_status_label (status));
    }
  g_assert_cmpstr (physio_programme_status_to_code (PHYSIO_PROGRAMME_SUSPENDED), ==, "suspended");
  g_assert_false (physio_programme_status_from_code ("stopped",
                                                     &(PhysioProgrammeStatus) { 0 }));
}

static void
test_validate_prescription (void)
{
  g_autoptr(PhysioExercise) exercise = fixture_bridge ();
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);
  g_autoptr(GError) error = NULL;
  PhysioDose dose = PHYSIO_DOSE_INIT;

  physio_prescription_set_weeks (prescription, 1, 4);
  g_assert_true (physio_prescription_validate (prescription, 4, &error));

  physio_dose_copy_into (&dose, physio_prescription_get_planned (prescription, 2));
  dose.reps = 20;
  physio_prescription_set_planned (prescription, 2, &dose);
  g_assert_false (physio_prescription_validate (prescription, 4, &error));
  g_assert_error (error, PHYSIO_PRESCRIPTION_ERROR, PHYSIO_PRESCRIPTION_ERROR_DOSE);
  g_assert_cmpstr (error->message, ==, "Bridge, week 3: Reps must be between 8 and 15.");
  g_clear_error (&error);

  g_assert_false (physio_prescription_validate (prescription, 3, &error));
  g_assert_error (error, PHYSIO_PRESCRIPTION_ERROR, PHYSIO_PRESCRIPTION_ERROR_WEEKS);
  g_clear_error (&error);

  dose.reps = 12;
  physio_prescription_set_planned (prescription, 2, &dose);
  physio_prescription_set_days (prescription, 0);
  g_assert_false (physio_prescription_validate (prescription, 4, &error));
  g_assert_error (error, PHYSIO_PRESCRIPTION_ERROR, PHYSIO_PRESCRIPTION_ERROR_DAYS);
  physio_dose_clear (&dose);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/programme/ordering", test_ordering);
  g_test_add_func ("/programme/move", test_move);
  g_test_add_func ("/programme/remove", test_remove);
  g_test_add_func ("/programme/copy-independent", test_copy_independent);
  g_test_add_func ("/programme/assign-emits-once", test_assign_emits_once);
  g_test_add_func ("/programme/set-weeks", test_set_weeks);
  g_test_add_func ("/programme/week-of", test_week_of);
  g_test_add_func ("/programme/changed-on-setters", test_changed_on_setters);
  g_test_add_func ("/programme/status-codes", test_status_codes);
  g_test_add_func ("/programme/change-revert-in-place", test_change_revert_in_place);
  g_test_add_func ("/programme/change-dose-keeps-list", test_change_dose_keeps_list);
  g_test_add_func ("/prescription/weeks-keep-doses", test_prescription_weeks_keep_doses);
  g_test_add_func ("/prescription/days-spread", test_days_spread);
  g_test_add_func ("/prescription/set-days-updates-doses", test_set_days_updates_doses);
  g_test_add_func ("/prescription/days-in-week", test_days_in_week);
  g_test_add_func ("/prescription/validate", test_validate_prescription);

  return g_test_run ();
}

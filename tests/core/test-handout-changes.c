/* test-handout-changes.c: "new", "a little harder", "a little easier" on a re-issued handout
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-handout-changes.h"
#include "physio-prescription.h"
#include "test-fixtures.h"

/* A 4-week programme from Monday 2 March 2026: a bridge (id 1), a walk (id 2), a deadlift
 * (id 3), each with the default dose every week. */
static PhysioProgramme *
programme_new (void)
{
  PhysioProgramme *programme = physio_programme_new ();
  GDate start = fixture_date (0);

  physio_programme_set_id (programme, 9);
  physio_programme_set_weeks (programme, 4);
  physio_programme_set_start_date (programme, &start);
  fixture_prescribe (programme, fixture_bridge, 1);
  fixture_prescribe (programme, fixture_walk, 2);
  fixture_prescribe (programme, fixture_deadlift, 3);
  return programme;
}

static PhysioHandoutChange
change_at (GArray *changes,
           guint   position)
{
  g_assert_cmpuint (position, <, changes->len);
  return g_array_index (changes, PhysioHandoutChange, position);
}

/* Sets the planned dose of @week of prescription @position with @edit applied. */
static void
edit_week (PhysioProgramme *programme,
           guint            position,
           guint            week,
           void           (*edit) (PhysioDose *dose))
{
  PhysioPrescription *p = physio_programme_get_prescription (programme, position);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  physio_dose_copy_into (&dose, physio_prescription_get_dose_for_week (p, week));
  edit (&dose);
  physio_prescription_set_planned (p, week - physio_prescription_get_week_from (p), &dose);
}

static void more_reps (PhysioDose *dose) { dose->reps += 2; }
static void fewer_reps (PhysioDose *dose) { dose->reps -= 2; }
static void longer_walk (PhysioDose *dose) { dose->duration_s += 120; }
static void new_tempo (PhysioDose *dose) { g_free (dose->tempo); dose->tempo = g_strdup ("slow"); }

static void
heavier_fewer (PhysioDose *dose)
{
  /* Double progression: the next weight, reps back down to earn it. */
  dose->load_kind = PHYSIO_LOAD_KG;
  dose->load_kg = 6;
  dose->reps = 8;
}

static void
lighter (PhysioDose *dose)
{
  dose->load_kind = PHYSIO_LOAD_KG;
  dose->load_kg = 1;
  dose->reps = 15;
}

/* The first handout has nothing to compare with: nothing is marked, not even "new". */
static void
test_first_handout (void)
{
  g_autoptr(PhysioProgramme) programme = programme_new ();
  g_autoptr(PhysioHandoutSnapshot) now = physio_handout_snapshot_of_programme (programme, 1);
  g_autoptr(GArray) changes = physio_handout_changes (now, NULL);

  g_assert_cmpuint (changes->len, ==, 3);
  for (guint i = 0; i < changes->len; i++)
    g_assert_cmpint (change_at (changes, i), ==, PHYSIO_HANDOUT_SAME);
}

/* The same plan issued again, later: the plan's own progression is no change. */
static void
test_unchanged (void)
{
  g_autoptr(PhysioProgramme) programme = programme_new ();
  g_autoptr(PhysioHandoutSnapshot) last = NULL;
  g_autoptr(PhysioHandoutSnapshot) now = NULL;
  g_autoptr(GArray) changes = NULL;

  edit_week (programme, 0, 3, more_reps);
  last = physio_handout_snapshot_of_programme (programme, 1);
  now = physio_handout_snapshot_of_programme (programme, 3);
  changes = physio_handout_changes (now, last);
  for (guint i = 0; i < changes->len; i++)
    g_assert_cmpint (change_at (changes, i), ==, PHYSIO_HANDOUT_SAME);
}

static void
test_harder_easier_new (void)
{
  g_autoptr(PhysioProgramme) programme = programme_new ();
  g_autoptr(PhysioHandoutSnapshot) last = physio_handout_snapshot_of_programme (programme, 2);
  g_autoptr(PhysioHandoutSnapshot) now = NULL;
  g_autoptr(GArray) changes = NULL;

  edit_week (programme, 0, 3, more_reps);
  edit_week (programme, 1, 2, longer_walk);
  edit_week (programme, 1, 3, longer_walk);
  edit_week (programme, 2, 4, fewer_reps);
  fixture_prescribe (programme, fixture_curl_up, 4);
  now = physio_handout_snapshot_of_programme (programme, 2);
  changes = physio_handout_changes (now, last);

  g_assert_cmpuint (changes->len, ==, 4);
  g_assert_cmpint (change_at (changes, 0), ==, PHYSIO_HANDOUT_HARDER);
  g_assert_cmpint (change_at (changes, 1), ==, PHYSIO_HANDOUT_HARDER);
  g_assert_cmpint (change_at (changes, 2), ==, PHYSIO_HANDOUT_EASIER);
  g_assert_cmpint (change_at (changes, 3), ==, PHYSIO_HANDOUT_NEW);
}

/* Only the weeks still ahead count; a change that is neither more nor less (a tempo) is none. */
static void
test_past_weeks_and_wording (void)
{
  g_autoptr(PhysioProgramme) programme = programme_new ();
  g_autoptr(PhysioHandoutSnapshot) last = physio_handout_snapshot_of_programme (programme, 1);
  g_autoptr(PhysioHandoutSnapshot) now = NULL;
  g_autoptr(GArray) changes = NULL;

  edit_week (programme, 0, 1, more_reps);
  edit_week (programme, 0, 2, more_reps);
  edit_week (programme, 1, 4, new_tempo);
  now = physio_handout_snapshot_of_programme (programme, 3);
  changes = physio_handout_changes (now, last);
  g_assert_cmpint (change_at (changes, 0), ==, PHYSIO_HANDOUT_SAME);
  g_assert_cmpint (change_at (changes, 1), ==, PHYSIO_HANDOUT_SAME);
}

/* A heavier weight is harder even with fewer reps; a lighter one easier even with more. */
static void
test_load_first (void)
{
  g_autoptr(PhysioProgramme) programme = programme_new ();
  g_autoptr(PhysioProgramme) other = programme_new ();
  g_autoptr(PhysioHandoutSnapshot) last = NULL;
  g_autoptr(PhysioHandoutSnapshot) now = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GArray) back = NULL;

  last = physio_handout_snapshot_of_programme (programme, 1);
  edit_week (programme, 2, 1, heavier_fewer);
  now = physio_handout_snapshot_of_programme (programme, 1);
  changes = physio_handout_changes (now, last);
  g_assert_cmpint (change_at (changes, 2), ==, PHYSIO_HANDOUT_HARDER);

  edit_week (other, 2, 1, lighter);
  g_clear_pointer (&last, physio_handout_snapshot_free);
  last = physio_handout_snapshot_of_programme (other, 1);
  back = physio_handout_changes (now, last);
  g_assert_cmpint (change_at (back, 2), ==, PHYSIO_HANDOUT_HARDER);
  g_assert_cmpint (physio_dose_compare_effort (PHYSIO_DOSAGE_REPS,
                                               physio_handout_item_get_dose (now->items->pdata[2], 1),
                                               physio_handout_item_get_dose (last->items->pdata[2], 1)),
                   ==, -1);
}

/* A removed prescription is not on the sheet; a swap to another exercise is new; an unsaved
 * copy of an exercise already there is matched by exercise, once. */
static void
test_removed_swapped_copies (void)
{
  g_autoptr(PhysioProgramme) programme = programme_new ();
  g_autoptr(PhysioHandoutSnapshot) last = physio_handout_snapshot_of_programme (programme, 1);
  g_autoptr(PhysioHandoutSnapshot) now = NULL;
  g_autoptr(PhysioExercise) march = fixture_bridge_march ();
  g_autoptr(GArray) changes = NULL;

  physio_prescription_set_removed (physio_programme_get_prescription (programme, 1), TRUE);
  physio_prescription_set_exercise (physio_programme_get_prescription (programme, 0), march);
  fixture_prescribe (programme, fixture_deadlift, 0);
  now = physio_handout_snapshot_of_programme (programme, 1);
  changes = physio_handout_changes (now, last);
  g_assert_cmpuint (changes->len, ==, 4);
  g_assert_false (((PhysioHandoutItem *) now->items->pdata[1])->shown);
  g_assert_cmpint (change_at (changes, 0), ==, PHYSIO_HANDOUT_NEW);
  g_assert_cmpint (change_at (changes, 1), ==, PHYSIO_HANDOUT_SAME);
  g_assert_cmpint (change_at (changes, 2), ==, PHYSIO_HANDOUT_SAME);
  g_assert_cmpint (change_at (changes, 3), ==, PHYSIO_HANDOUT_NEW);
}

static void
test_issue_week (void)
{
  g_autoptr(PhysioProgramme) programme = programme_new ();
  GDate before = fixture_date (-3), third = fixture_date (16), after = fixture_date (60);

  g_assert_cmpuint (physio_handout_issue_week (programme, &before), ==, 1);
  g_assert_cmpuint (physio_handout_issue_week (programme, &third), ==, 3);
  g_assert_cmpuint (physio_handout_issue_week (programme, &after), ==, 4);
  g_assert_cmpuint (physio_handout_issue_week (programme, NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/handout-changes/first", test_first_handout);
  g_test_add_func ("/handout-changes/unchanged", test_unchanged);
  g_test_add_func ("/handout-changes/harder-easier-new", test_harder_easier_new);
  g_test_add_func ("/handout-changes/past-weeks", test_past_weeks_and_wording);
  g_test_add_func ("/handout-changes/load-first", test_load_first);
  g_test_add_func ("/handout-changes/removed-swapped", test_removed_swapped_copies);
  g_test_add_func ("/handout-changes/issue-week", test_issue_week);

  return g_test_run ();
}

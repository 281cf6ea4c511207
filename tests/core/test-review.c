/* test-review.c: the weekly review over a programme and how a decision is applied and logged
 * (brief 4.3, 2.3 dose change log)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-ladder.h"
#include "physio-review.h"
#include "test-fixtures.h"

/* A programme started on Monday 2 March 2026: walking 15′ on Mon–Fri with a generated ladder
 * (15′, 17′, 19′, 21′) and bridges 2×10 on Mon, Wed, Fri. The review window is its first
 * week; the diary is calm from the week before to the Monday after. */
typedef struct
{
  PhysioProgramme    *programme;
  PhysioPrescription *walk;
  PhysioPrescription *bridge;
  PhysioSessionLog    walk_logs[8];
  guint               n_walk_logs;
  PhysioSessionLog    bridge_logs[8];
  guint               n_bridge_logs;
  PhysioDoseChange    walk_changes[8];
  guint               n_walk_changes;
  PhysioDoseChange    bridge_changes[8];
  guint               n_bridge_changes;
  PhysioDiaryEntry    diary[16];
  guint               n_diary;
  GDate               window;
  GArray             *items;
} Review;

static void
review_init (Review *review)
{
  PhysioDose dose = PHYSIO_DOSE_INIT;
  GDate start = fixture_date (0);

  memset (review, 0, sizeof *review);
  review->programme = physio_programme_new ();
  physio_programme_set_start_date (review->programme, &start);
  physio_programme_set_weeks (review->programme, 4);
  physio_programme_set_status (review->programme, PHYSIO_PROGRAMME_ACTIVE);

  review->walk = fixture_prescribe (review->programme, fixture_walk, 1);
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (review->walk));
  dose.duration_s = 15 * 60;
  physio_prescription_set_current_dose (review->walk, &dose);
  physio_prescription_generate_ladder (review->walk,
                                       physio_programme_get_rule_params (review->programme));
  review->bridge = fixture_prescribe (review->programme, fixture_bridge, 2);

  review->window = fixture_date (0);
  for (int day = -7; day <= 7; day++)
    {
      PhysioDiaryEntry *entry = &review->diary[review->n_diary++];

      entry->date = fixture_date (day);
      entry->morning_pain = 3;
      entry->red_flag = FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (review->walk_changes); i++)
    {
      physio_dose_change_init (&review->walk_changes[i]);
      physio_dose_change_init (&review->bridge_changes[i]);
    }
  physio_dose_clear (&dose);
}

static void
review_clear (Review *review)
{
  for (guint i = 0; i < G_N_ELEMENTS (review->walk_changes); i++)
    {
      physio_dose_change_clear (&review->walk_changes[i]);
      physio_dose_change_clear (&review->bridge_changes[i]);
    }
  g_clear_pointer (&review->items, g_array_unref);
  g_clear_object (&review->programme);
}

static void
log_session (PhysioSessionLog *logs,
             guint            *n_logs,
             int               day,
             double            completed,
             int               pain)
{
  PhysioSessionLog *log = &logs[(*n_logs)++];

  log->date = fixture_date (day);
  log->completed_fraction = completed;
  log->pain_during_max = pain;
  log->rpe = 4;
  log->achieved = 0;
}

/* Walking done on all five days, easy; bridges once out of three. */
static void
log_usual_week (Review *review)
{
  for (int day = 0; day < 5; day++)
    log_session (review->walk_logs, &review->n_walk_logs, day, 1.0, 2);
  log_session (review->bridge_logs, &review->n_bridge_logs, 0, 1.0, 1);
}

static void
add_change (PhysioDoseChange *changes,
            guint            *n_changes,
            PhysioDecision    decision,
            PhysioReason      reasons,
            guint             old_minutes,
            guint             new_minutes,
            const char       *outcome)
{
  PhysioDoseChange *change = &changes[(*n_changes)++];

  change->decision = decision;
  change->proposed = decision;
  change->reasons = reasons;
  change->old_dose.duration_s = old_minutes * 60;
  change->old_dose.days_per_week = 5;
  change->old_dose.sessions_per_day = 1;
  change->new_dose.duration_s = new_minutes * 60;
  change->new_dose.days_per_week = 5;
  change->new_dose.sessions_per_day = 1;
  change->outcome = g_strdup (outcome);
}

static void
propose (Review *review)
{
  PhysioReviewInput inputs[] = {
    { review->walk, review->walk_logs, review->n_walk_logs,
      review->walk_changes, review->n_walk_changes },
    { review->bridge, review->bridge_logs, review->n_bridge_logs,
      review->bridge_changes, review->n_bridge_changes },
  };
  static const double dumbbells[] = { 1, 2, 3, 4, 5, 6, 7, 8, 10 };

  g_clear_pointer (&review->items, g_array_unref);
  review->items = physio_review_propose (review->programme, inputs, G_N_ELEMENTS (inputs),
                                         review->diary, review->n_diary, &review->window,
                                         dumbbells, G_N_ELEMENTS (dumbbells));
}

static PhysioReviewItem *
item_for (Review             *review,
          PhysioPrescription *prescription)
{
  for (guint i = 0; i < review->items->len; i++)
    {
      PhysioReviewItem *item = &g_array_index (review->items, PhysioReviewItem, i);

      if (item->prescription == prescription)
        return item;
    }

  return NULL;
}

static void
test_propose (void)
{
  Review review;
  PhysioReviewItem *walk, *bridge;

  review_init (&review);
  log_usual_week (&review);
  propose (&review);

  g_assert_cmpuint (review.items->len, ==, 2);
  walk = item_for (&review, review.walk);
  bridge = item_for (&review, review.bridge);
  g_assert_nonnull (walk);
  g_assert_nonnull (bridge);

  /* Everything done and settled: one column right on the ladder, 15′ → 17′. */
  g_assert_cmpint (walk->proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (walk->proposal.ladder_step, ==, 1);
  g_assert_cmpuint (walk->proposal.dose.duration_s, ==, 17 * 60);
  g_assert_cmpfloat_with_epsilon (walk->proposal.adherence, 1.0, 1e-9);

  /* One bridge session of three: hold, and talk about what got in the way. */
  g_assert_cmpint (bridge->proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_true (bridge->proposal.reasons & PHYSIO_REASON_ADHERENCE_LOW);
  g_assert_true (bridge->proposal.reasons & PHYSIO_FLAG_DISCUSS_BARRIERS);
  g_assert_cmpfloat_with_epsilon (bridge->proposal.adherence, 1 / 3.0, 1e-9);
  g_assert_true (physio_dose_equal (&bridge->proposal.dose,
                                    physio_prescription_get_current_dose (review.bridge)));
  review_clear (&review);
}

static void
test_accept_progress (void)
{
  Review review;
  PhysioDoseChange change;
  PhysioReviewItem *walk;
  GDate effective = fixture_date (7);

  review_init (&review);
  log_usual_week (&review);
  propose (&review);
  walk = item_for (&review, review.walk);

  physio_review_accept (review.programme, review.walk, &walk->proposal, NULL, NULL,
                        "J. Physio", &effective, &change);
  g_assert_cmpuint (physio_prescription_get_current_dose (review.walk)->duration_s, ==, 17 * 60);
  g_assert_cmpuint (physio_prescription_get_ladder_step (review.walk), ==, 1);

  g_assert_cmpint (change.prescription_id, ==, 1);
  g_assert_cmpint (g_date_compare (&change.effective_date, &effective), ==, 0);
  g_assert_cmpuint (change.old_dose.duration_s, ==, 15 * 60);
  g_assert_cmpuint (change.new_dose.duration_s, ==, 17 * 60);
  g_assert_cmpuint (change.old_step, ==, 0);
  g_assert_cmpuint (change.new_step, ==, 1);
  g_assert_cmpint (change.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpint (change.proposed, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpint (change.reasons, ==, walk->proposal.reasons);
  g_assert_false (change.by_clinician);
  g_assert_cmpstr (change.outcome, ==, "accepted");
  g_assert_cmpstr (change.accepted_by, ==, "J. Physio");
  g_assert_nonnull (change.accepted_at);
  g_assert_null (change.swap_to);
  physio_dose_change_clear (&change);
  review_clear (&review);
}

static void
test_accept_edited (void)
{
  Review review;
  PhysioDoseChange change;
  PhysioReviewItem *walk;
  PhysioDose edited = PHYSIO_DOSE_INIT;
  GDate effective = fixture_date (7);

  review_init (&review);
  log_usual_week (&review);
  propose (&review);
  walk = item_for (&review, review.walk);

  /* The clinician takes the step but makes it smaller. */
  physio_dose_copy_into (&edited, &walk->proposal.dose);
  edited.duration_s = 16 * 60;
  physio_review_accept (review.programme, review.walk, &walk->proposal, &edited, NULL,
                        "J. Physio", &effective, &change);
  g_assert_cmpuint (physio_prescription_get_current_dose (review.walk)->duration_s, ==, 16 * 60);
  g_assert_cmpuint (physio_prescription_get_ladder_step (review.walk), ==, 1);
  g_assert_cmpstr (change.outcome, ==, "edited");
  g_assert_cmpuint (change.new_dose.duration_s, ==, 16 * 60);
  g_assert_cmpint (change.decision, ==, PHYSIO_DECISION_PROGRESS);
  physio_dose_change_clear (&change);
  physio_dose_clear (&edited);
  review_clear (&review);
}

static void
test_reject (void)
{
  Review review;
  PhysioDoseChange change;
  PhysioReviewItem *walk;
  g_autoptr(PhysioProgramme) before = NULL;
  GDate effective = fixture_date (7);

  review_init (&review);
  log_usual_week (&review);
  propose (&review);
  walk = item_for (&review, review.walk);
  before = physio_programme_copy (review.programme);

  physio_review_reject (review.walk, &walk->proposal, "J. Physio", &effective, &change);
  g_assert_cmpuint (physio_prescription_get_current_dose (review.walk)->duration_s, ==, 15 * 60);
  g_assert_cmpuint (physio_prescription_get_ladder_step (review.walk), ==, 0);
  g_assert_true (physio_dose_equal (physio_prescription_get_current_dose (review.walk),
                                    physio_prescription_get_current_dose (
                                      physio_programme_get_prescription (before, 0))));

  /* Recorded: what the engine said, and that nothing changed. */
  g_assert_cmpstr (change.outcome, ==, "rejected");
  g_assert_cmpint (change.proposed, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpint (change.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_true (physio_dose_equal (&change.old_dose, &change.new_dose));
  g_assert_cmpuint (change.old_step, ==, change.new_step);
  g_assert_cmpstr (change.accepted_by, ==, "J. Physio");
  physio_dose_change_clear (&change);
  review_clear (&review);
}

/* The bridge at every cap for a second eligible week: SWAP to the bridge march. */
static void
test_swap (void)
{
  Review review;
  PhysioDoseChange change;
  PhysioReviewItem *bridge;
  g_autoptr(PhysioExercise) march = fixture_bridge_march ();
  g_autoptr(GError) error = NULL;
  PhysioDose dose = PHYSIO_DOSE_INIT;
  GDate effective = fixture_date (7);

  review_init (&review);
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (review.bridge));
  dose.sets = 3;
  dose.reps = 15;
  physio_prescription_set_current_dose (review.bridge, &dose);
  for (guint step = 0; step < 4; step++)
    physio_prescription_set_planned (review.bridge, step, &dose);
  physio_prescription_set_ladder_step (review.bridge, 3);
  for (int day = 0; day < 5; day += 2)
    log_session (review.bridge_logs, &review.n_bridge_logs, day, 1.0, 1);
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_HOLD,
              PHYSIO_REASON_AT_CAPS | PHYSIO_FLAG_LADDER_END, 0, 0, "accepted");
  propose (&review);

  bridge = item_for (&review, review.bridge);
  g_assert_cmpint (bridge->proposal.decision, ==, PHYSIO_DECISION_SWAP);
  g_assert_cmpstr (bridge->proposal.swap_to, ==, "COR-11");

  physio_review_accept (review.programme, review.bridge, &bridge->proposal, NULL, march,
                        "J. Physio", &effective, &change);
  g_assert_cmpstr (physio_prescription_get_exercise_id (review.bridge), ==, "COR-11");
  g_assert_cmpint (physio_prescription_get_laterality (review.bridge), ==,
                   PHYSIO_LATERALITY_EACH_SIDE);
  /* The new exercise's default dose, on the same days. */
  g_assert_cmpuint (physio_prescription_get_current_dose (review.bridge)->sets, ==, 2);
  g_assert_cmpuint (physio_prescription_get_current_dose (review.bridge)->reps, ==, 6);
  g_assert_cmpuint (physio_prescription_get_current_dose (review.bridge)->days_per_week, ==, 3);
  g_assert_cmpuint (physio_prescription_get_days (review.bridge), ==, physio_days_spread (3));
  /* The ladder fits the new exercise, and its step stays in the same column. */
  g_assert_cmpuint (physio_prescription_get_n_planned (review.bridge), ==, 4);
  g_assert_cmpuint (physio_prescription_get_ladder_step (review.bridge), ==, 3);
  g_assert_true (physio_prescription_validate (review.bridge, 4, &error));
  g_assert_no_error (error);

  g_assert_cmpint (change.decision, ==, PHYSIO_DECISION_SWAP);
  g_assert_cmpstr (change.swap_to, ==, "COR-11");
  g_assert_cmpuint (change.old_dose.reps, ==, 15);
  g_assert_cmpuint (change.new_dose.reps, ==, 6);
  g_assert_cmpstr (change.outcome, ==, "accepted");
  physio_dose_change_clear (&change);
  physio_dose_clear (&dose);
  review_clear (&review);
}

/* A SWAP early in the ladder plans the weeks still to come from the new exercise. */
static void
test_swap_regenerates_ladder (void)
{
  Review review;
  PhysioDoseChange change;
  g_autoptr(PhysioExercise) march = fixture_bridge_march ();
  PhysioProposal proposal = { .decision = PHYSIO_DECISION_SWAP, .swap_to = "COR-11",
                              .reasons = PHYSIO_REASON_AT_CAPS };
  GDate effective = fixture_date (7);

  review_init (&review);
  physio_dose_init (&proposal.dose);
  physio_prescription_set_ladder_step (review.bridge, 1);
  physio_review_accept (review.programme, review.bridge, &proposal, NULL, march,
                        "J. Physio", &effective, &change);

  g_assert_cmpuint (physio_prescription_get_ladder_step (review.bridge), ==, 1);
  g_assert_cmpuint (physio_prescription_get_planned (review.bridge, 0)->reps, ==, 6);
  g_assert_cmpuint (physio_prescription_get_planned (review.bridge, 1)->reps, ==, 6);
  /* Below 8 reps the step is +1 (brief 4.2 reps_increment). */
  g_assert_cmpuint (physio_prescription_get_planned (review.bridge, 2)->reps, ==, 7);
  g_assert_cmpuint (physio_prescription_get_planned (review.bridge, 3)->reps, ==, 8);
  physio_dose_change_clear (&change);
  review_clear (&review);
}

static void
test_stop (void)
{
  Review review;
  PhysioDoseChange change;
  PhysioReviewItem *walk;
  GDate effective = fixture_date (3);

  review_init (&review);
  log_usual_week (&review);
  review.diary[7 + 2].red_flag = TRUE;   /* Wednesday of the window */
  propose (&review);

  for (guint i = 0; i < review.items->len; i++)
    g_assert_cmpint (g_array_index (review.items, PhysioReviewItem, i).proposal.decision, ==,
                     PHYSIO_DECISION_STOP);

  walk = item_for (&review, review.walk);
  g_assert_true (walk->proposal.reasons & PHYSIO_REASON_RED_FLAG);
  physio_review_accept (review.programme, review.walk, &walk->proposal, NULL, NULL,
                        "J. Physio", &effective, &change);
  g_assert_cmpint (physio_programme_get_status (review.programme), ==,
                   PHYSIO_PROGRAMME_SUSPENDED);
  g_assert_cmpuint (physio_prescription_get_current_dose (review.walk)->duration_s, ==, 15 * 60);
  g_assert_cmpint (change.decision, ==, PHYSIO_DECISION_STOP);
  g_assert_true (physio_dose_equal (&change.old_dose, &change.new_dose));
  physio_dose_change_clear (&change);
  review_clear (&review);
}

/* Brief 4.2: 3 HOLDs in a row flag "stalled"; the audit log holds the earlier ones. */
static void
test_history_stalled (void)
{
  Review review;

  review_init (&review);
  log_usual_week (&review);
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_HOLD,
              PHYSIO_REASON_ADHERENCE_LOW, 0, 0, "accepted");
  propose (&review);
  g_assert_false (item_for (&review, review.bridge)->proposal.reasons & PHYSIO_FLAG_STALLED);

  /* A rejected proposal held the dose too. */
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_HOLD,
              PHYSIO_REASON_NONE, 0, 0, "rejected");
  propose (&review);
  g_assert_cmpint (item_for (&review, review.bridge)->proposal.decision, ==,
                   PHYSIO_DECISION_HOLD);
  g_assert_true (item_for (&review, review.bridge)->proposal.reasons & PHYSIO_FLAG_STALLED);

  /* A progress breaks the run; undone (the audit log appends an "undone" row) it never
   * happened, and redone it breaks the run again. */
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_PROGRESS,
              PHYSIO_REASON_NONE, 0, 0, "accepted");
  propose (&review);
  g_assert_false (item_for (&review, review.bridge)->proposal.reasons & PHYSIO_FLAG_STALLED);
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_PROGRESS,
              PHYSIO_REASON_NONE, 0, 0, "undone");
  propose (&review);
  g_assert_true (item_for (&review, review.bridge)->proposal.reasons & PHYSIO_FLAG_STALLED);
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_PROGRESS,
              PHYSIO_REASON_NONE, 0, 0, "redone");
  propose (&review);
  g_assert_false (item_for (&review, review.bridge)->proposal.reasons & PHYSIO_FLAG_STALLED);

  /* Undoing the hold before it as well leaves a single hold standing. */
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_PROGRESS,
              PHYSIO_REASON_NONE, 0, 0, "undone");
  add_change (review.bridge_changes, &review.n_bridge_changes, PHYSIO_DECISION_HOLD,
              PHYSIO_REASON_NONE, 0, 0, "undone");
  propose (&review);
  g_assert_false (item_for (&review, review.bridge)->proposal.reasons & PHYSIO_FLAG_STALLED);
  review_clear (&review);
}

/* Two sessions too much: REGRESS to the dose before the last rise, and after a REGRESS the
 * week before, flag "flare". */
static void
test_history_regress (void)
{
  Review review;
  PhysioReviewItem *walk;
  PhysioDose dose = PHYSIO_DOSE_INIT;

  review_init (&review);
  /* A one-week ladder, so the previous dose comes from the audit log. */
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (review.walk));
  physio_prescription_set_ladder (review.walk, &dose, 1);
  physio_programme_set_weeks (review.programme, 1);

  for (int day = 0; day < 5; day++)
    log_session (review.walk_logs, &review.n_walk_logs, day, 1.0, day < 2 ? 7 : 2);
  add_change (review.walk_changes, &review.n_walk_changes, PHYSIO_DECISION_PROGRESS,
              PHYSIO_REASON_NONE, 13, 15, "accepted");
  propose (&review);
  walk = item_for (&review, review.walk);
  g_assert_cmpint (walk->proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_true (walk->proposal.reasons & PHYSIO_REASON_REPEATED_EXCESSIVE);
  g_assert_cmpuint (walk->proposal.dose.duration_s, ==, 13 * 60);
  g_assert_false (walk->proposal.reasons & PHYSIO_FLAG_FLARE);

  /* 13 → 15 → 17 → back to 15: "previous" must not mean back up to 17. */
  review.n_walk_changes = 0;
  for (guint i = 0; i < G_N_ELEMENTS (review.walk_changes); i++)
    physio_dose_change_clear (&review.walk_changes[i]);
  add_change (review.walk_changes, &review.n_walk_changes, PHYSIO_DECISION_PROGRESS,
              PHYSIO_REASON_NONE, 13, 15, "accepted");
  add_change (review.walk_changes, &review.n_walk_changes, PHYSIO_DECISION_PROGRESS,
              PHYSIO_REASON_NONE, 15, 17, "accepted");
  add_change (review.walk_changes, &review.n_walk_changes, PHYSIO_DECISION_REGRESS,
              PHYSIO_REASON_REPEATED_EXCESSIVE, 17, 15, "accepted");
  propose (&review);
  walk = item_for (&review, review.walk);
  g_assert_cmpint (walk->proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_cmpuint (walk->proposal.dose.duration_s, ==, 13 * 60);
  g_assert_true (walk->proposal.reasons & PHYSIO_FLAG_FLARE);
  physio_dose_clear (&dose);
  review_clear (&review);
}

/* A manual programme gets no proposal, but the clinician's own change is still logged. */
static void
test_manual_mode (void)
{
  Review review;
  PhysioDoseChange change;
  PhysioReviewItem *walk;
  PhysioDose edited = PHYSIO_DOSE_INIT;
  GDate effective = fixture_date (7);

  review_init (&review);
  log_usual_week (&review);
  physio_programme_set_mode (review.programme, PHYSIO_MODE_MANUAL);
  propose (&review);
  walk = item_for (&review, review.walk);
  g_assert_cmpint (walk->proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_true (walk->proposal.reasons & PHYSIO_REASON_MANUAL_MODE);

  physio_dose_copy_into (&edited, physio_prescription_get_current_dose (review.walk));
  edited.duration_s = 20 * 60;
  physio_review_accept (review.programme, review.walk, &walk->proposal, &edited, NULL,
                        "J. Physio", &effective, &change);
  g_assert_cmpuint (physio_prescription_get_current_dose (review.walk)->duration_s, ==, 20 * 60);
  g_assert_true (change.by_clinician);
  g_assert_cmpint (change.proposed, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (change.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpstr (change.outcome, ==, "edited");
  g_assert_cmpuint (change.new_dose.duration_s, ==, 20 * 60);
  physio_dose_change_clear (&change);
  physio_dose_clear (&edited);
  review_clear (&review);
}

static void
test_which_prescriptions (void)
{
  Review review;
  PhysioPrescription *later;

  review_init (&review);
  log_usual_week (&review);
  /* Removed, or not started yet: nothing to review. */
  later = fixture_prescribe (review.programme, fixture_curl_up, 3);
  physio_prescription_set_weeks (later, 2, 4);
  physio_prescription_set_removed (review.bridge, TRUE);
  propose (&review);
  g_assert_cmpuint (review.items->len, ==, 1);
  g_assert_true (g_array_index (review.items, PhysioReviewItem, 0).prescription == review.walk);
  review_clear (&review);
}

/* The store may hand in its own objects for the same rows: they match by id. */
static void
test_inputs_by_id (void)
{
  Review review;
  g_autoptr(PhysioPrescription) loaded = NULL;
  g_autoptr(GArray) items = NULL;
  PhysioReviewInput input;
  PhysioReviewItem *item;

  review_init (&review);
  log_usual_week (&review);
  loaded = physio_prescription_copy (review.walk);
  input = (PhysioReviewInput) { loaded, review.walk_logs, review.n_walk_logs, NULL, 0 };
  items = physio_review_propose (review.programme, &input, 1, review.diary, review.n_diary,
                                 &review.window, NULL, 0);
  item = &g_array_index (items, PhysioReviewItem, 0);
  g_assert_true (item->prescription == review.walk);
  g_assert_cmpint (item->proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  review_clear (&review);
}

/* A window that starts mid-week counts only the days the prescription is in the plan. */
static void
test_partial_window (void)
{
  Review review;
  PhysioReviewItem *walk;

  review_init (&review);
  physio_prescription_set_weeks (review.walk, 1, 1);
  review.window = fixture_date (3);
  log_session (review.walk_logs, &review.n_walk_logs, 3, 1.0, 2);
  log_session (review.walk_logs, &review.n_walk_logs, 4, 1.0, 2);
  propose (&review);

  /* Thursday to Sunday of week 1: 4 of 7 days of 5 sessions a week. */
  walk = item_for (&review, review.walk);
  g_assert_cmpfloat_with_epsilon (walk->proposal.adherence, 2 / (5 * 4 / 7.0), 1e-9);
  review_clear (&review);
}

/* The figures the review page shows are the engine's: done over prescribed is the adherence
 * the engine decided on, also without a start date, when the whole window counts. */
static void
test_figures_match_engine (void)
{
  Review review;
  PhysioReviewFigures figures;
  PhysioReviewItem *walk;
  GDate unset;

  for (guint with_start = 0; with_start < 2; with_start++)
    {
      review_init (&review);
      if (!with_start)
        {
          g_date_clear (&unset, 1);
          physio_programme_set_start_date (review.programme, &unset);
        }
      for (int day = 0; day < 3; day++)
        log_session (review.walk_logs, &review.n_walk_logs, day, 1.0, 2);
      log_session (review.walk_logs, &review.n_walk_logs, 3, 0.5, 2);
      /* A session outside the window is not this week's. */
      log_session (review.walk_logs, &review.n_walk_logs, 9, 1.0, 2);
      propose (&review);

      walk = item_for (&review, review.walk);
      g_assert_nonnull (walk);
      physio_review_figures (review.programme, review.walk, review.walk_logs,
                             review.n_walk_logs, NULL, 0, &review.window, &figures);
      g_assert_null (figures.recorded);
      g_assert_cmpfloat_with_epsilon (figures.done, 3.5, 1e-9);
      g_assert_cmpfloat_with_epsilon (figures.prescribed, 5, 1e-9);
      g_assert_cmpfloat_with_epsilon (figures.done / figures.prescribed,
                                      walk->proposal.adherence, 1e-9);
      review_clear (&review);
    }
}

/* The decision in force for a week is the engine's: an undo takes it back, a redo puts it
 * back, and the week is then measured at the dose it was reviewed at. */
static void
test_figures_recorded (void)
{
  Review review;
  PhysioReviewFigures figures;
  GDate effective;

  review_init (&review);
  physio_review_effective_date (review.programme, &review.window, &effective);
  g_assert_cmpint (g_date_days_between (&review.window, &effective), ==, 7);

  add_change (review.walk_changes, &review.n_walk_changes, PHYSIO_DECISION_PROGRESS, 0,
              15, 17, "accepted");
  review.walk_changes[0].effective_date = effective;
  review.walk_changes[0].old_dose.days_per_week = 3;
  physio_review_figures (review.programme, review.walk, NULL, 0, review.walk_changes,
                         review.n_walk_changes, &review.window, &figures);
  g_assert_true (figures.recorded == &review.walk_changes[0]);
  g_assert_cmpfloat_with_epsilon (figures.prescribed, 3, 1e-9);

  add_change (review.walk_changes, &review.n_walk_changes, PHYSIO_DECISION_PROGRESS, 0,
              17, 15, "undone");
  review.walk_changes[1].effective_date = effective;
  physio_review_figures (review.programme, review.walk, NULL, 0, review.walk_changes,
                         review.n_walk_changes, &review.window, &figures);
  g_assert_null (figures.recorded);
  g_assert_cmpfloat_with_epsilon (figures.prescribed, 5, 1e-9);

  add_change (review.walk_changes, &review.n_walk_changes, PHYSIO_DECISION_PROGRESS, 0,
              15, 17, "redone");
  review.walk_changes[2].effective_date = effective;
  physio_review_figures (review.programme, review.walk, NULL, 0, review.walk_changes,
                         review.n_walk_changes, &review.window, &figures);
  g_assert_true (figures.recorded == &review.walk_changes[0]);

  /* A decision for another week is not this one's. */
  review.window = fixture_date (7);
  physio_review_figures (review.programme, review.walk, NULL, 0, review.walk_changes,
                         review.n_walk_changes, &review.window, &figures);
  g_assert_null (figures.recorded);
  review_clear (&review);
}

static void
test_latest_red_flag (void)
{
  Review review;
  GDate date, from = fixture_date (0);

  review_init (&review);
  g_date_clear (&date, 1);
  g_assert_false (physio_review_latest_red_flag (review.diary, review.n_diary, NULL, &date));

  review.diary[2].red_flag = TRUE;   /* before the start */
  review.diary[10].red_flag = TRUE;
  review.diary[12].red_flag = TRUE;
  g_assert_true (physio_review_latest_red_flag (review.diary, review.n_diary, &from, &date));
  g_assert_cmpint (g_date_compare (&date, &review.diary[12].date), ==, 0);

  review.diary[10].red_flag = FALSE;
  review.diary[12].red_flag = FALSE;
  g_assert_false (physio_review_latest_red_flag (review.diary, review.n_diary, &from, &date));
  g_assert_true (physio_review_latest_red_flag (review.diary, review.n_diary, NULL, &date));
  review_clear (&review);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/propose", test_propose);
  g_test_add_func ("/review/accept-progress", test_accept_progress);
  g_test_add_func ("/review/accept-edited", test_accept_edited);
  g_test_add_func ("/review/reject", test_reject);
  g_test_add_func ("/review/swap", test_swap);
  g_test_add_func ("/review/swap-regenerates-ladder", test_swap_regenerates_ladder);
  g_test_add_func ("/review/stop", test_stop);
  g_test_add_func ("/review/history/stalled", test_history_stalled);
  g_test_add_func ("/review/history/regress", test_history_regress);
  g_test_add_func ("/review/manual-mode", test_manual_mode);
  g_test_add_func ("/review/which-prescriptions", test_which_prescriptions);
  g_test_add_func ("/review/inputs-by-id", test_inputs_by_id);
  g_test_add_func ("/review/partial-window", test_partial_window);
  g_test_add_func ("/review/figures/match-engine", test_figures_match_engine);
  g_test_add_func ("/review/figures/recorded", test_figures_recorded);
  g_test_add_func ("/review/latest-red-flag", test_latest_red_flag);

  return g_test_run ();
}

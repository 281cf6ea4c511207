/* physio-review.c: the weekly review of a programme (brief 4.3) and the dose change log
 * (brief 2.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "physio-increment.h"
#include "physio-ladder.h"
#include "physio-review.h"

void
physio_dose_change_init (PhysioDoseChange *change)
{
  g_return_if_fail (change != NULL);

  memset (change, 0, sizeof *change);
  g_date_clear (&change->effective_date, 1);
  physio_dose_init (&change->old_dose);
  physio_dose_init (&change->new_dose);
  change->decision = PHYSIO_DECISION_HOLD;
  change->proposed = PHYSIO_DECISION_HOLD;
}

void
physio_dose_change_clear (PhysioDoseChange *change)
{
  g_return_if_fail (change != NULL);

  physio_dose_clear (&change->old_dose);
  physio_dose_clear (&change->new_dose);
  g_free (change->outcome);
  g_free (change->accepted_by);
  g_clear_pointer (&change->accepted_at, g_date_time_unref);
  g_free (change->swap_to);
  physio_dose_change_init (change);
}

/* History ------------------------------------------------------------------------------------ */

/* The decisions that stand, oldest first. The audit log is append-only, so undo and redo
 * are rows of their own: an "undone" row takes back the newest standing decision, a
 * "redone" row puts back the newest one taken back, and a new decision ends any redo. */
static GPtrArray *
standing_changes (const PhysioDoseChange *changes,
                  guint                   n_changes)
{
  GPtrArray *standing = g_ptr_array_new ();
  g_autoptr(GPtrArray) taken_back = g_ptr_array_new ();

  for (guint i = 0; i < n_changes; i++)
    {
      const PhysioDoseChange *change = &changes[i];

      if (g_strcmp0 (change->outcome, "undone") == 0)
        {
          if (standing->len > 0)
            g_ptr_array_add (taken_back, g_ptr_array_steal_index (standing, standing->len - 1));
        }
      else if (g_strcmp0 (change->outcome, "redone") == 0)
        {
          if (taken_back->len > 0)
            g_ptr_array_add (standing, g_ptr_array_steal_index (taken_back, taken_back->len - 1));
        }
      else
        {
          g_ptr_array_add (standing, (gpointer) change);
          g_ptr_array_set_size (taken_back, 0);
        }
    }

  return standing;
}

#define STANDING(array, i) ((const PhysioDoseChange *) g_ptr_array_index ((array), (i)))

static guint
count_final_decisions (GPtrArray      *standing,
                       PhysioDecision  decision)
{
  guint count = 0;

  for (guint i = standing->len; i > 0; i--)
    {
      if (STANDING (standing, i - 1)->decision != decision)
        break;
      count++;
    }

  return count;
}

/* Earlier weeks in a row that were progress-eligible with nothing left to raise: the engine
 * said AT_CAPS each time (brief 4.3: a SWAP after 2 such weeks). */
static guint
count_weeks_at_caps (GPtrArray *standing)
{
  guint count = 0;

  for (guint i = standing->len; i > 0; i--)
    {
      if (!(STANDING (standing, i - 1)->reasons & PHYSIO_REASON_AT_CAPS))
        break;
      count++;
    }

  return count;
}

/* The dose before the last applied change (brief 4.3 REGRESS: "go back to the previous dose
 * in dose_change"). Only a change that lowered nothing counts: after 15 → 17 → back to 15, a
 * second REGRESS must not "go back" up to 17, so a change whose old dose is not below the
 * current one is skipped. A SWAP ends the search: doses before it belong to another exercise. */
static const PhysioDose *
previous_dose (GPtrArray        *standing,
               PhysioDosageKind  kind,
               const PhysioDose *current)
{
  double now = physio_dose_weekly_volume (kind, current);

  for (guint i = standing->len; i > 0; i--)
    {
      const PhysioDoseChange *change = STANDING (standing, i - 1);

      if (g_strcmp0 (change->outcome, "rejected") == 0 ||
          physio_dose_equal (&change->old_dose, &change->new_dose))
        continue;
      if (change->decision == PHYSIO_DECISION_SWAP)
        return NULL;
      if (physio_dose_weekly_volume (kind, &change->old_dose) < now)
        return &change->old_dose;
    }

  return NULL;
}

/* Proposals ---------------------------------------------------------------------------------- */

static void
review_item_clear (PhysioReviewItem *item)
{
  physio_proposal_clear (&item->proposal);
}

static const PhysioReviewInput *
find_input (const PhysioReviewInput *inputs,
            guint                    n_inputs,
            PhysioPrescription      *prescription)
{
  gint64 id = physio_prescription_get_id (prescription);

  for (guint i = 0; i < n_inputs; i++)
    {
      if (inputs[i].prescription == prescription)
        return &inputs[i];
    }

  /* The store may have loaded its own objects for the same rows. */
  for (guint i = 0; i < n_inputs; i++)
    {
      if (id > 0 && inputs[i].prescription != NULL &&
          physio_prescription_get_id (inputs[i].prescription) == id)
        return &inputs[i];
    }

  return NULL;
}

/* Days of the window on which the prescription is part of the plan. Without a start date the
 * calendar is unknown and the whole window counts. */
static guint
active_days_in_window (PhysioProgramme    *programme,
                       PhysioPrescription *prescription,
                       const GDate        *window_start,
                       guint               window_days)
{
  guint active = 0;

  if (!g_date_valid (physio_programme_get_start_date (programme)))
    return window_days;

  for (guint day = 0; day < window_days; day++)
    {
      GDate date = *window_start;

      g_date_add_days (&date, day);
      if (physio_prescription_is_active_in_week (prescription,
                                                 physio_programme_week_of (programme, &date)))
        active++;
    }

  return active;
}

static gboolean
is_aerobic (PhysioExercise *exercise)
{
  const char *category = physio_exercise_get_category (exercise);

  return g_strcmp0 (category, "aerobic") == 0 || g_strcmp0 (category, "aquatic") == 0;
}

GArray *
physio_review_propose (PhysioProgramme         *programme,
                       const PhysioReviewInput *inputs,
                       guint                    n_inputs,
                       const PhysioDiaryEntry  *diary,
                       guint                    n_diary,
                       const GDate             *window_start,
                       const double            *load_steps,
                       guint                    n_load_steps)
{
  const PhysioRuleParams *params;
  GArray *items;
  guint n;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (inputs != NULL || n_inputs == 0, NULL);
  g_return_val_if_fail (diary != NULL || n_diary == 0, NULL);
  g_return_val_if_fail (window_start != NULL && g_date_valid (window_start), NULL);
  g_return_val_if_fail (load_steps != NULL || n_load_steps == 0, NULL);

  params = physio_programme_get_rule_params (programme);
  items = g_array_new (FALSE, TRUE, sizeof (PhysioReviewItem));
  g_array_set_clear_func (items, (GDestroyNotify) review_item_clear);

  n = physio_programme_get_n_prescriptions (programme);
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
      const PhysioDose *current = physio_prescription_get_current_dose (prescription);
      const PhysioReviewInput *input = find_input (inputs, n_inputs, prescription);
      g_autoptr(GPtrArray) standing = standing_changes (input != NULL ? input->changes : NULL,
                                                        input != NULL ? input->n_changes : 0);
      const char * const *harder = physio_exercise_get_progression_ids (exercise);
      const char * const *easier = physio_exercise_get_regression_ids (exercise);
      PhysioPrescriptionState state;
      PhysioReviewItem item = { 0 };

      if (physio_prescription_get_removed (prescription))
        continue;

      if (active_days_in_window (programme, prescription, window_start,
                                 params->window_days) == 0)
        continue;

      state = (PhysioPrescriptionState) {
        .kind = physio_prescription_get_dosage_kind (prescription),
        .aerobic = is_aerobic (exercise),
        .walking = physio_exercise_get_walking (exercise),
        .current = current,
        .limits = physio_exercise_get_dose_limits (exercise),
        /* The clinic's pattern ladder ("5" → "6-4-2") is not carried by the dose limits yet;
         * pyramids still progress along a planned ladder. */
        .pattern_ladder = NULL,
        .planned = physio_prescription_get_n_planned (prescription) > 0
                   ? physio_prescription_get_planned (prescription, 0) : NULL,
        .n_planned = physio_prescription_get_n_planned (prescription),
        .ladder_step = physio_prescription_get_ladder_step (prescription),
        .load_steps = load_steps,
        .n_load_steps = n_load_steps,
        .distance_unit_m = physio_exercise_distance_unit (exercise),
        .progression_id = harder[0],
        .regression_id = easier[0],
        .eligible_at_caps_weeks = count_weeks_at_caps (standing),
        .holds_in_a_row = count_final_decisions (standing, PHYSIO_DECISION_HOLD),
        .regresses_in_a_row = count_final_decisions (standing, PHYSIO_DECISION_REGRESS),
        .window_start = *window_start,
        .sessions_prescribed = physio_review_sessions_prescribed (programme, prescription, current,
                                                                  window_start),
      };
      state.previous = previous_dose (standing, state.kind, current);

      item.prescription = prescription;
      physio_progression_decide (params, physio_programme_get_mode (programme), &state,
                                 input != NULL ? input->logs : NULL,
                                 input != NULL ? input->n_logs : 0,
                                 diary, n_diary, &item.proposal);
      g_array_append_val (items, item);
    }

  return items;
}

/* What the review shows ---------------------------------------------------------------------- */

static guint
window_days (PhysioProgramme *programme)
{
  guint days = physio_programme_get_rule_params (programme)->window_days;

  return days > 0 ? days : 7;
}

void
physio_review_effective_date (PhysioProgramme *programme,
                              const GDate     *window_start,
                              GDate           *effective)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (programme));
  g_return_if_fail (window_start != NULL && g_date_valid (window_start));
  g_return_if_fail (effective != NULL);

  *effective = *window_start;
  g_date_add_days (effective, window_days (programme));
}

double
physio_review_sessions_prescribed (PhysioProgramme    *programme,
                                   PhysioPrescription *prescription,
                                   const PhysioDose   *dose,
                                   const GDate        *window_start)
{
  guint days;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), 0);
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (prescription), 0);
  g_return_val_if_fail (window_start != NULL && g_date_valid (window_start), 0);

  if (dose == NULL)
    dose = physio_prescription_get_current_dose (prescription);
  days = dose->days_per_week > 0
         ? dose->days_per_week
         : physio_days_count (physio_prescription_get_days (prescription));

  return physio_sessions_prescribed (days, dose->sessions_per_day,
                                     active_days_in_window (programme, prescription, window_start,
                                                            window_days (programme)));
}

void
physio_review_figures (PhysioProgramme        *programme,
                       PhysioPrescription     *prescription,
                       const PhysioSessionLog *logs,
                       guint                   n_logs,
                       const PhysioDoseChange *changes,
                       guint                   n_changes,
                       const GDate            *window_start,
                       PhysioReviewFigures    *figures)
{
  g_autoptr(GPtrArray) standing = NULL;
  GDate effective, last;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (programme));
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (prescription));
  g_return_if_fail (logs != NULL || n_logs == 0);
  g_return_if_fail (changes != NULL || n_changes == 0);
  g_return_if_fail (window_start != NULL && g_date_valid (window_start));
  g_return_if_fail (figures != NULL);

  *figures = (PhysioReviewFigures) { 0 };
  physio_review_effective_date (programme, window_start, &effective);
  last = effective;
  g_date_subtract_days (&last, 1);

  /* The same undo and redo arithmetic the engine uses for its history counts. */
  standing = standing_changes (changes, n_changes);
  for (guint i = standing->len; i > 0; i--)
    {
      const PhysioDoseChange *change = STANDING (standing, i - 1);

      if (g_date_valid (&change->effective_date) &&
          g_date_compare (&change->effective_date, &effective) == 0)
        {
          figures->recorded = change;
          break;
        }
    }

  for (guint i = 0; i < n_logs; i++)
    if (g_date_compare (&logs[i].date, window_start) >= 0 &&
        g_date_compare (&logs[i].date, &last) <= 0)
      figures->done += CLAMP (logs[i].completed_fraction, 0.0, 1.0);

  /* Once decided, the week is measured against the dose it was reviewed at. */
  figures->prescribed =
    physio_review_sessions_prescribed (programme, prescription,
                                       figures->recorded != NULL ? &figures->recorded->old_dose
                                                                 : NULL,
                                       window_start);
}

gboolean
physio_review_latest_red_flag (const PhysioDiaryEntry *diary,
                               guint                   n_diary,
                               const GDate            *from,
                               GDate                  *date)
{
  gboolean found = FALSE;

  g_return_val_if_fail (diary != NULL || n_diary == 0, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  for (guint i = 0; i < n_diary; i++)
    {
      if (!diary[i].red_flag ||
          (from != NULL && g_date_valid (from) && g_date_compare (&diary[i].date, from) < 0))
        continue;
      if (!found || g_date_compare (&diary[i].date, date) > 0)
        {
          *date = diary[i].date;
          found = TRUE;
        }
    }

  return found;
}

/* Decisions ---------------------------------------------------------------------------------- */

static void
fill_change (PhysioDoseChange     *change,
             PhysioPrescription   *prescription,
             const PhysioProposal *proposal,
             const char           *clinician,
             const GDate          *effective_date)
{
  /* Overwritten, not cleared: callers pass a fresh struct on the stack. */
  physio_dose_change_init (change);

  change->prescription_id = physio_prescription_get_id (prescription);
  if (effective_date != NULL && g_date_valid (effective_date))
    change->effective_date = *effective_date;
  physio_dose_copy_into (&change->old_dose, physio_prescription_get_current_dose (prescription));
  change->old_step = physio_prescription_get_ladder_step (prescription);
  change->proposed = proposal->decision;
  change->decision = proposal->decision;
  change->reasons = proposal->reasons;
  change->by_clinician = FALSE;
  change->accepted_by = g_strdup (clinician);
  change->accepted_at = g_date_time_new_now_local ();
}

static void
finish_change (PhysioDoseChange   *change,
               PhysioPrescription *prescription,
               const char         *outcome)
{
  physio_dose_copy_into (&change->new_dose, physio_prescription_get_current_dose (prescription));
  change->new_step = physio_prescription_get_ladder_step (prescription);
  change->outcome = g_strdup (outcome);
}

/* Replaces the exercise by a linked variant at its default dose, keeping the schedule, and
 * plans the steps from here on from that dose. Steps already behind take the new dose too, so
 * the whole ladder fits the new exercise's limits; the step in force stays where it was. */
static void
apply_swap (PhysioProgramme    *programme,
            PhysioPrescription *prescription,
            PhysioExercise     *exercise,
            const PhysioDose   *edited)
{
  const PhysioDose *old = physio_prescription_get_current_dose (prescription);
  g_auto(PhysioDose) start = PHYSIO_DOSE_INIT;
  g_autoptr(GArray) ladder = NULL;
  g_autoptr(GArray) remaining = NULL;
  PhysioIncrementContext context;
  guint step = physio_prescription_get_ladder_step (prescription);
  guint n = MAX (physio_prescription_get_n_planned (prescription), 1);

  /* The clinician's edit is taken as typed; the default dose keeps the patient's schedule. */
  if (edited != NULL)
    {
      physio_dose_copy_into (&start, edited);
    }
  else
    {
      physio_dose_copy_into (&start, physio_exercise_get_default_dose (exercise));
      start.days_per_week = old->days_per_week;
      start.sessions_per_day = old->sessions_per_day;
    }

  physio_prescription_set_exercise (prescription, exercise);
  physio_prescription_set_current_dose (prescription, &start);

  physio_prescription_increment_context (prescription, &context);
  remaining = physio_ladder_generate (physio_programme_get_rule_params (programme),
                                      physio_exercise_get_dosage_kind (exercise),
                                      &start, &context, n - MIN (step, n - 1));
  ladder = g_array_sized_new (FALSE, TRUE, sizeof (PhysioDose), n);
  for (guint i = 0; i < step && i < n; i++)
    g_array_append_vals (ladder, &start, 1);
  g_array_append_vals (ladder, remaining->data, remaining->len);

  /* set_ladder copies; both arrays share strings with @start and @remaining until then. */
  physio_prescription_set_ladder (prescription, (const PhysioDose *) ladder->data, ladder->len);
  physio_prescription_set_ladder_step (prescription, MIN (step, ladder->len - 1));
}

/* A clinician's own change on a HOLD or READY (or in a manual programme) is logged as what it
 * did to the weekly amount, so the history counts stay honest. */
static PhysioDecision
decision_of_edit (PhysioDosageKind  kind,
                  const PhysioDose *before,
                  const PhysioDose *after)
{
  double old_volume = physio_dose_weekly_volume (kind, before);
  double new_volume = physio_dose_weekly_volume (kind, after);

  if (new_volume > old_volume)
    return PHYSIO_DECISION_PROGRESS;
  if (new_volume < old_volume)
    return PHYSIO_DECISION_REGRESS;
  return PHYSIO_DECISION_HOLD;
}

void
physio_review_accept (PhysioProgramme      *programme,
                      PhysioPrescription   *prescription,
                      const PhysioProposal *proposal,
                      const PhysioDose     *dose,
                      PhysioExercise       *swap_exercise,
                      const char           *clinician,
                      const GDate          *effective_date,
                      PhysioDoseChange     *change)
{
  gboolean edited;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (programme));
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (prescription));
  g_return_if_fail (proposal != NULL);
  g_return_if_fail (change != NULL);
  g_return_if_fail (proposal->decision != PHYSIO_DECISION_SWAP ||
                    PHYSIO_IS_EXERCISE (swap_exercise));

  fill_change (change, prescription, proposal, clinician, effective_date);
  edited = dose != NULL && !physio_dose_equal (dose, &proposal->dose);

  switch (proposal->decision)
    {
    case PHYSIO_DECISION_STOP:
      /* Only the clinician resumes a suspended programme; the dose stays as it was. */
      physio_programme_set_status (programme, PHYSIO_PROGRAMME_SUSPENDED);
      edited = FALSE;
      break;

    case PHYSIO_DECISION_PROGRESS:
    case PHYSIO_DECISION_REGRESS:
      physio_prescription_set_current_dose (prescription, dose != NULL ? dose : &proposal->dose);
      if (proposal->ladder_step < physio_prescription_get_n_planned (prescription))
        physio_prescription_set_ladder_step (prescription, proposal->ladder_step);
      break;

    case PHYSIO_DECISION_SWAP:
      apply_swap (programme, prescription, swap_exercise, edited ? dose : NULL);
      change->swap_to = g_strdup (physio_exercise_get_id (swap_exercise));
      break;

    case PHYSIO_DECISION_HOLD:
    case PHYSIO_DECISION_READY:
      if (edited)
        {
          change->decision = decision_of_edit (physio_prescription_get_dosage_kind (prescription),
                                               &change->old_dose, dose);
          change->by_clinician = TRUE;
          physio_prescription_set_current_dose (prescription, dose);
        }
      break;

    default:
      g_return_if_reached ();
    }

  finish_change (change, prescription, edited ? "edited" : "accepted");
}

void
physio_review_reject (PhysioPrescription   *prescription,
                      const PhysioProposal *proposal,
                      const char           *clinician,
                      const GDate          *effective_date,
                      PhysioDoseChange     *change)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (prescription));
  g_return_if_fail (proposal != NULL);
  g_return_if_fail (change != NULL);

  fill_change (change, prescription, proposal, clinician, effective_date);
  /* Nothing was applied, so the dose held: that is what the stall count must see. */
  change->decision = PHYSIO_DECISION_HOLD;
  finish_change (change, prescription, "rejected");
}

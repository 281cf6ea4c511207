/* physio-load-steps.c: the weights a clinic has, and which an exercise goes up in (brief 4.4)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-load-steps.h"

/* The clinic's equipment steps (brief 4.4: load goes to the next available weight). */
static const double dumbbell_steps[] = {
  1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20
};
static const double kettlebell_steps[] = {
  4, 6, 8, 10, 12, 14, 16, 20, 24
};

/* Kettlebells only when the exercise is done with one and not with dumbbells. */
static gboolean
uses_kettlebell (PhysioExercise *exercise)
{
  const char * const *equipment = physio_exercise_get_equipment (exercise);

  return equipment != NULL && g_strv_contains (equipment, "kettlebell") &&
         !g_strv_contains (equipment, "dumbbell");
}

const double *
physio_load_steps_for_exercise (PhysioExercise *exercise,
                                guint          *n_steps)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (n_steps != NULL, NULL);

  if (uses_kettlebell (exercise))
    {
      *n_steps = G_N_ELEMENTS (kettlebell_steps);
      return kettlebell_steps;
    }

  *n_steps = G_N_ELEMENTS (dumbbell_steps);
  return dumbbell_steps;
}

/* A programme holding some of @programme's own prescription objects (the review's items
 * borrow them) with its calendar, mode and parameters: physio_review_propose () takes one set
 * of load steps, so prescriptions that need other steps are reviewed through this. */
static PhysioProgramme *
programme_with (PhysioProgramme *programme,
                GPtrArray       *prescriptions)
{
  PhysioProgramme *part = physio_programme_new ();

  physio_programme_set_id (part, physio_programme_get_id (programme));
  physio_programme_set_patient_id (part, physio_programme_get_patient_id (programme));
  physio_programme_set_start_date (part, physio_programme_get_start_date (programme));
  physio_programme_set_weeks (part, physio_programme_get_weeks (programme));
  physio_programme_set_mode (part, physio_programme_get_mode (programme));
  physio_programme_set_rule_params (part, physio_programme_get_rule_params (programme));
  for (guint i = 0; i < prescriptions->len; i++)
    physio_programme_add_prescription (part, prescriptions->pdata[i]);

  return part;
}

GArray *
physio_review_propose_by_equipment (PhysioProgramme         *programme,
                                    const PhysioReviewInput *inputs,
                                    guint                    n_inputs,
                                    const PhysioDiaryEntry  *diary,
                                    guint                    n_diary,
                                    const GDate             *window_start)
{
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) kettlebell_items = NULL;
  g_autoptr(GPtrArray) kettlebell = g_ptr_array_new ();
  g_autoptr(PhysioProgramme) part = NULL;
  guint n = physio_programme_get_n_prescriptions (programme);

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      if (!physio_prescription_get_removed (prescription) &&
          uses_kettlebell (physio_prescription_get_exercise (prescription)))
        g_ptr_array_add (kettlebell, prescription);
    }

  items = physio_review_propose (programme, inputs, n_inputs, diary, n_diary, window_start,
                                 dumbbell_steps, G_N_ELEMENTS (dumbbell_steps));
  if (kettlebell->len == 0)
    return g_steal_pointer (&items);

  /* Kettlebell exercises again with kettlebell steps, their proposals put in place of the
   * dumbbell ones so the order stays the programme's. */
  part = programme_with (programme, kettlebell);
  kettlebell_items = physio_review_propose (part, inputs, n_inputs, diary, n_diary, window_start,
                                            kettlebell_steps, G_N_ELEMENTS (kettlebell_steps));

  for (guint k = 0; k < kettlebell_items->len; k++)
    {
      PhysioReviewItem *replacement = &g_array_index (kettlebell_items, PhysioReviewItem, k);

      for (guint i = 0; i < items->len; i++)
        {
          PhysioReviewItem *item = &g_array_index (items, PhysioReviewItem, i);

          if (item->prescription != replacement->prescription)
            continue;

          physio_proposal_clear (&item->proposal);
          *item = *replacement;
          /* The dose now belongs to @items. */
          physio_dose_init (&replacement->proposal.dose);
          break;
        }
    }

  return g_steal_pointer (&items);
}

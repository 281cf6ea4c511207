/* physio-database-review.c: everything one week's review shows, read once
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-load-steps.h"
#include "physio-database-review.h"

void
physio_review_week_free (PhysioReviewWeek *week)
{
  if (week == NULL)
    return;

  /* The figures borrow from the changes, and the items from the programme. */
  g_clear_pointer (&week->figures, g_array_unref);
  g_clear_pointer (&week->items, g_array_unref);
  g_clear_pointer (&week->logs, g_ptr_array_unref);
  g_clear_pointer (&week->changes, g_ptr_array_unref);
  g_clear_pointer (&week->diary, g_array_unref);
  g_free (week);
}

static GArray *
empty_array (gsize size)
{
  return g_array_new (FALSE, TRUE, size);
}

PhysioReviewWeek *
physio_database_review_week (PhysioDatabase  *self,
                             PhysioProgramme *programme,
                             const GDate     *window_start,
                             GError         **error)
{
  g_autoptr(PhysioReviewWeek) week = g_new0 (PhysioReviewWeek, 1);
  g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (PhysioReviewInput));
  g_autoptr(GPtrArray) all_logs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) all_changes =
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  const PhysioRuleParams *params;
  const GDate *start;
  GDate window_end, diary_from;
  guint n;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (window_start != NULL && g_date_valid (window_start), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  params = physio_programme_get_rule_params (programme);
  window_end = *window_start;
  g_date_add_days (&window_end, MAX (params->window_days, 1) - 1);

  /* One read of the diary serves the engine (the week before, for the trend, to the morning
   * after the window, for settling) and the banner (the latest warning sign since the
   * start). */
  diary_from = *window_start;
  g_date_subtract_days (&diary_from, params->window_days);
  start = physio_programme_get_start_date (programme);
  if (g_date_valid (start) && g_date_compare (start, &diary_from) < 0)
    diary_from = *start;
  week->diary = physio_database_list_diary (self, physio_programme_get_patient_id (programme),
                                            &diary_from, NULL, error);
  if (week->diary == NULL)
    return NULL;

  /* Each prescription's rows, read once: the engine and the figures share them. */
  n = physio_programme_get_n_prescriptions (programme);
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      gint64 id = physio_prescription_get_id (prescription);
      GArray *logs;
      GArray *changes;
      PhysioReviewInput input = { prescription, NULL, 0, NULL, 0 };

      if (physio_prescription_get_removed (prescription))
        continue;

      /* A prescription not saved yet has no rows. */
      if (id > 0)
        {
          logs = physio_database_list_session_logs (self, id, window_start, &window_end, error);
          if (logs == NULL)
            return NULL;
          g_ptr_array_add (all_logs, logs);
          changes = physio_database_list_dose_changes (self, id, error);
          if (changes == NULL)
            return NULL;
          g_ptr_array_add (all_changes, changes);
        }
      else
        {
          logs = empty_array (sizeof (PhysioSessionLog));
          g_ptr_array_add (all_logs, logs);
          changes = empty_array (sizeof (PhysioDoseChange));
          g_ptr_array_add (all_changes, changes);
        }

      input.logs = (const PhysioSessionLog *) logs->data;
      input.n_logs = logs->len;
      input.changes = (const PhysioDoseChange *) changes->data;
      input.n_changes = changes->len;
      g_array_append_val (inputs, input);
    }

  week->items = physio_review_propose_by_equipment (programme,
                                                    (const PhysioReviewInput *) inputs->data,
                                                    inputs->len,
                                                    (const PhysioDiaryEntry *) week->diary->data,
                                                    week->diary->len, window_start);
  week->morning_delta = physio_morning_trend (params, window_start,
                                              (const PhysioDiaryEntry *) week->diary->data,
                                              week->diary->len);

  /* The items in the programme's order, each with its own rows and the engine's figures. */
  week->figures = g_array_sized_new (FALSE, TRUE, sizeof (PhysioReviewFigures),
                                     week->items->len);
  week->logs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  week->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < week->items->len; i++)
    {
      PhysioReviewItem *item = &g_array_index (week->items, PhysioReviewItem, i);
      PhysioReviewFigures figures;
      guint k;

      for (k = 0; k < inputs->len; k++)
        if (g_array_index (inputs, PhysioReviewInput, k).prescription == item->prescription)
          break;
      g_assert (k < inputs->len);

      g_ptr_array_add (week->logs, g_array_ref (all_logs->pdata[k]));
      g_ptr_array_add (week->changes, g_array_ref (all_changes->pdata[k]));
      physio_review_figures (programme, item->prescription,
                             (const PhysioSessionLog *) ((GArray *) all_logs->pdata[k])->data,
                             ((GArray *) all_logs->pdata[k])->len,
                             (const PhysioDoseChange *) ((GArray *) all_changes->pdata[k])->data,
                             ((GArray *) all_changes->pdata[k])->len,
                             window_start, &figures);
      g_array_append_val (week->figures, figures);
      week->n_logs += ((GArray *) all_logs->pdata[k])->len;
      week->done += figures.done;
      week->prescribed += figures.prescribed;
    }

  return g_steal_pointer (&week);
}

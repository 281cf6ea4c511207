/* physio-handout-changes.c: what a handout showed, and what changed since the last one issued
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A re-issued handout marks an exercise "new", "a little harder" or "a little easier", so the
 * patient sees at once what is different from the sheet on their fridge. Only the weeks still
 * ahead count: a change to a week already behind the patient is nothing to tell them.
 */

#define G_LOG_DOMAIN "physio-core"

#include "config.h"

#include "physio-handout-changes.h"
#include "physio-increment.h"
#include "physio-prescription.h"

static void
item_free (gpointer data)
{
  PhysioHandoutItem *item = data;

  g_free (item->exercise_id);
  g_free (item->exercise_name);
  g_clear_pointer (&item->doses, g_array_unref);
  g_free (item);
}

static void
dose_clear (gpointer data)
{
  physio_dose_clear (data);
}

PhysioHandoutSnapshot *
physio_handout_snapshot_new (void)
{
  PhysioHandoutSnapshot *snapshot = g_new0 (PhysioHandoutSnapshot, 1);

  snapshot->issue_week = 1;
  snapshot->items = g_ptr_array_new_with_free_func (item_free);
  return snapshot;
}

void
physio_handout_snapshot_free (PhysioHandoutSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_ptr_array_unref (snapshot->items);
  g_free (snapshot);
}

PhysioHandoutItem *
physio_handout_snapshot_add_item (PhysioHandoutSnapshot *snapshot,
                                  const char            *exercise_id)
{
  PhysioHandoutItem *item;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  item = g_new0 (PhysioHandoutItem, 1);
  item->exercise_id = g_strdup (exercise_id);
  item->doses = g_array_new (FALSE, TRUE, sizeof (PhysioDose));
  g_array_set_clear_func (item->doses, dose_clear);
  item->shown = TRUE;
  g_ptr_array_add (snapshot->items, item);
  return item;
}

const PhysioDose *
physio_handout_item_get_dose (const PhysioHandoutItem *item,
                              guint                    week)
{
  g_return_val_if_fail (item != NULL, NULL);

  if (week < item->week_from || week > item->week_to || week - item->week_from >= item->doses->len)
    return NULL;
  return &g_array_index (item->doses, PhysioDose, week - item->week_from);
}

guint
physio_handout_issue_week (PhysioProgramme *programme,
                           const GDate     *issued)
{
  guint weeks, week;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), 1);

  weeks = MAX (physio_programme_get_weeks (programme), 1);
  week = issued != NULL && g_date_valid (issued) ? physio_programme_week_of (programme, issued) : 0;
  return CLAMP (week, 1, weeks);
}

PhysioHandoutSnapshot *
physio_handout_snapshot_of_programme (PhysioProgramme *programme,
                                      guint            issue_week)
{
  PhysioHandoutSnapshot *snapshot;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  snapshot = physio_handout_snapshot_new ();
  snapshot->issue_week = MAX (issue_week, 1);
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (p);
      PhysioHandoutItem *item;

      item = physio_handout_snapshot_add_item (snapshot, physio_prescription_get_exercise_id (p));
      item->prescription_id = physio_prescription_get_id (p);
      item->exercise_version = exercise != NULL ? physio_exercise_get_version (exercise) : 0;
      item->exercise_name = g_strdup (exercise != NULL ? physio_exercise_get_name (exercise) : "");
      item->dosage_kind = physio_prescription_get_dosage_kind (p);
      item->laterality = physio_prescription_get_laterality (p);
      item->week_from = physio_prescription_get_week_from (p);
      item->week_to = physio_prescription_get_week_to (p);
      /* The same rule as the handout's: a removed or unscheduled prescription is not on it. */
      item->shown = !physio_prescription_get_removed (p) && item->week_from > 0;
      if (!item->shown)
        continue;
      for (guint w = item->week_from; w <= item->week_to; w++)
        {
          PhysioDose copy = PHYSIO_DOSE_INIT;

          physio_dose_copy_into (&copy, physio_prescription_get_dose_for_week (p, w));
          g_array_append_val (item->doses, copy);
        }
    }
  return snapshot;
}

/* Assisted < none or bodyweight < an added band or weight; NONE means the two loads are of
 * kinds that cannot be ranked (a band against dumbbells). */
static int
compare_load (const PhysioDose *a,
              const PhysioDose *b,
              gboolean         *comparable)
{
  static const int rank[] = {
    [PHYSIO_LOAD_ASSISTED] = 0, [PHYSIO_LOAD_NONE] = 1, [PHYSIO_LOAD_BODYWEIGHT] = 1,
    [PHYSIO_LOAD_BAND] = 2, [PHYSIO_LOAD_KG] = 2,
  };

  *comparable = TRUE;
  if (a->load_kind == b->load_kind)
    {
      if (a->load_kind == PHYSIO_LOAD_KG && a->load_kg != b->load_kg)
        return b->load_kg > a->load_kg ? 1 : -1;
      if (a->load_kind == PHYSIO_LOAD_BAND && a->band_level != b->band_level)
        return b->band_level > a->band_level ? 1 : -1;
      return 0;
    }
  if ((guint) a->load_kind >= G_N_ELEMENTS (rank) || (guint) b->load_kind >= G_N_ELEMENTS (rank) ||
      rank[a->load_kind] == rank[b->load_kind])
    {
      *comparable = FALSE;
      return 0;
    }
  return rank[b->load_kind] > rank[a->load_kind] ? 1 : -1;
}

int
physio_dose_compare_effort (PhysioDosageKind  kind,
                            const PhysioDose *a,
                            const PhysioDose *b)
{
  gboolean comparable;
  double before, after;
  int load;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  /* A heavier weight is the step, even where the reps went back down to earn the next one
   * (double progression, brief 4.4). */
  load = compare_load (a, b, &comparable);
  if (load != 0)
    return load;
  before = physio_dose_weekly_volume (kind, a);
  after = physio_dose_weekly_volume (kind, b);
  if (after > before)
    return 1;
  if (after < before)
    return -1;
  return 0;
}

static PhysioHandoutChange
compare_item (const PhysioHandoutItem *now,
              const PhysioHandoutItem *last,
              guint                    issue_week)
{
  if (now->dosage_kind != last->dosage_kind)
    return PHYSIO_HANDOUT_NEW;

  for (guint w = MAX (issue_week, now->week_from); w <= now->week_to; w++)
    {
      const PhysioDose *dose = physio_handout_item_get_dose (now, w);
      const PhysioDose *before = physio_handout_item_get_dose (last, w);
      int effort;

      /* A week the last sheet did not have (the plan grew longer) is compared with its last
       * week, which is what the patient would have gone on doing. */
      if (before == NULL && w > last->week_to)
        before = physio_handout_item_get_dose (last, last->week_to);
      if (dose == NULL || before == NULL)
        continue;
      effort = physio_dose_compare_effort (now->dosage_kind, before, dose);
      if (effort > 0)
        return PHYSIO_HANDOUT_HARDER;
      if (effort < 0)
        return PHYSIO_HANDOUT_EASIER;
    }
  return PHYSIO_HANDOUT_SAME;
}

/* The first unclaimed item of @last with @item's exercise: where the prescription itself is
 * not found (the programme was rebuilt from a template, or a swap was undone). */
static const PhysioHandoutItem *
match_exercise (const PhysioHandoutItem     *item,
                const PhysioHandoutSnapshot *last,
                gboolean                    *claimed)
{
  for (guint i = 0; i < last->items->len; i++)
    {
      const PhysioHandoutItem *candidate = last->items->pdata[i];

      if (!claimed[i] && candidate->shown &&
          g_strcmp0 (candidate->exercise_id, item->exercise_id) == 0)
        {
          claimed[i] = TRUE;
          return candidate;
        }
    }
  return NULL;
}

GArray *
physio_handout_changes (const PhysioHandoutSnapshot *now,
                        const PhysioHandoutSnapshot *last)
{
  g_autofree gboolean *claimed = NULL;
  g_autofree gboolean *done = NULL;
  GArray *changes;

  g_return_val_if_fail (now != NULL, NULL);

  changes = g_array_sized_new (FALSE, TRUE, sizeof (PhysioHandoutChange), now->items->len);
  g_array_set_size (changes, now->items->len);
  if (last == NULL)
    return changes;

  claimed = g_new0 (gboolean, last->items->len + 1);
  done = g_new0 (gboolean, now->items->len + 1);
  /* The same prescription doing the same exercise first, for every item, so a second copy of
   * an exercise added later cannot take the original's place. */
  for (guint i = 0; i < now->items->len; i++)
    {
      const PhysioHandoutItem *item = now->items->pdata[i];

      if (!item->shown || item->prescription_id == 0)
        continue;
      for (guint k = 0; k < last->items->len && !done[i]; k++)
        {
          const PhysioHandoutItem *before = last->items->pdata[k];

          if (claimed[k] || !before->shown || before->prescription_id != item->prescription_id ||
              g_strcmp0 (before->exercise_id, item->exercise_id) != 0)
            continue;
          claimed[k] = done[i] = TRUE;
          g_array_index (changes, PhysioHandoutChange, i) =
            compare_item (item, before, now->issue_week);
        }
    }
  for (guint i = 0; i < now->items->len; i++)
    {
      const PhysioHandoutItem *item = now->items->pdata[i];
      const PhysioHandoutItem *before;

      if (!item->shown || done[i])
        continue;
      before = match_exercise (item, last, claimed);
      g_array_index (changes, PhysioHandoutChange, i) =
        before != NULL ? compare_item (item, before, now->issue_week) : PHYSIO_HANDOUT_NEW;
    }
  return changes;
}

/* physio-handout-changes.h: what a handout showed, and what changed since the last one issued
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "physio-dose.h"
#include "physio-programme.h"

G_BEGIN_DECLS

/* What changed for one exercise since the handout issued before this one. */
typedef enum
{
  PHYSIO_HANDOUT_SAME,
  PHYSIO_HANDOUT_NEW,
  PHYSIO_HANDOUT_HARDER,
  PHYSIO_HANDOUT_EASIER,
} PhysioHandoutChange;

/* One exercise as a handout showed it: plain data, so an issue can be kept and compared with
 * the programme long after the programme has changed. @doses holds one PhysioDose per week from
 * @week_from to @week_to. @shown is FALSE for a prescription the handout left out (removed or
 * not scheduled); such items are not recorded. */
typedef struct
{
  gint64            prescription_id;
  char             *exercise_id;
  guint             exercise_version;
  char             *exercise_name;
  PhysioDosageKind  dosage_kind;
  PhysioLaterality  laterality;
  guint             week_from;
  guint             week_to;
  GArray           *doses;
  gboolean          shown;
} PhysioHandoutItem;

typedef struct
{
  guint      issue_week;
  GPtrArray *items;              /* PhysioHandoutItem */
} PhysioHandoutSnapshot;

PhysioHandoutSnapshot *physio_handout_snapshot_new          (void);
void                   physio_handout_snapshot_free         (PhysioHandoutSnapshot *snapshot);
/* Adds an empty shown item (no doses yet) and returns it; the snapshot owns it. */
PhysioHandoutItem     *physio_handout_snapshot_add_item     (PhysioHandoutSnapshot *snapshot,
                                                             const char            *exercise_id);
/* The dose of @week in @item, or NULL when the item has none that week. */
const PhysioDose      *physio_handout_item_get_dose         (const PhysioHandoutItem *item,
                                                             guint                    week);

/* The week of @programme a handout issued on @issued belongs to, 1 to its length (week 1
 * without a start date or before it, the last week after the end). */
guint                  physio_handout_issue_week            (PhysioProgramme       *programme,
                                                             const GDate           *issued);

/* What a handout of @programme issued in @issue_week shows: one item per prescription, in the
 * programme's order, each week's planned dose. */
PhysioHandoutSnapshot *physio_handout_snapshot_of_programme (PhysioProgramme       *programme,
                                                             guint                  issue_week);

/* Compares @now (usually a snapshot of the programme) with the @last one issued and returns
 * one PhysioHandoutChange per item of @now, in order: NEW for an exercise the last handout did
 * not have (or now done a different way), HARDER or EASIER by the first week from @now's issue
 * week on whose dose differs, SAME otherwise and for items not shown. @last may be NULL (a first
 * handout): every shown item is then SAME, as nothing can be "new" on the first sheet. */
GArray                *physio_handout_changes               (const PhysioHandoutSnapshot *now,
                                                             const PhysioHandoutSnapshot *last);

/* Whether @b asks more (1), less (-1) or the same effort (0) as @a: the load first (heavier
 * weight, stronger band, no longer assisted), then the weekly volume (brief 2.4). */
int                    physio_dose_compare_effort           (PhysioDosageKind  kind,
                                                             const PhysioDose *a,
                                                             const PhysioDose *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioHandoutSnapshot, physio_handout_snapshot_free)

G_END_DECLS

/* physio-review-audit.c: the audit rows a review decision's undo and redo append
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-review-page"

#include "config.h"

#include "physio-clinician.h"
#include "physio-review-audit.h"

struct _PhysioReviewAudit
{
  PhysioDatabase *database;
  GArray         *changes;   /* PhysioDoseChange, as written when the decision was taken */
};

static void
dose_change_copy_into (PhysioDoseChange       *dest,
                       const PhysioDoseChange *src)
{
  physio_dose_change_init (dest);
  dest->id = src->id;
  dest->prescription_id = src->prescription_id;
  dest->effective_date = src->effective_date;
  physio_dose_copy_into (&dest->old_dose, &src->old_dose);
  physio_dose_copy_into (&dest->new_dose, &src->new_dose);
  dest->old_step = src->old_step;
  dest->new_step = src->new_step;
  dest->decision = src->decision;
  dest->proposed = src->proposed;
  dest->reasons = src->reasons;
  dest->by_clinician = src->by_clinician;
  dest->outcome = g_strdup (src->outcome);
  dest->accepted_by = g_strdup (src->accepted_by);
  dest->accepted_at = src->accepted_at != NULL ? g_date_time_ref (src->accepted_at) : NULL;
  dest->swap_to = g_strdup (src->swap_to);
}

GArray *
physio_review_audit_changes_new (void)
{
  GArray *changes = g_array_new (FALSE, TRUE, sizeof (PhysioDoseChange));

  g_array_set_clear_func (changes, (GDestroyNotify) physio_dose_change_clear);
  return changes;
}

void
physio_review_audit_free (gpointer data)
{
  PhysioReviewAudit *record = data;

  g_clear_object (&record->database);
  g_clear_pointer (&record->changes, g_array_unref);
  g_free (record);
}

/* Appends one row per change saying it was undone (the dose going back, so the newest row
 * always holds the dose in force) or redone (as first applied). */
static void
append_audit (PhysioReviewAudit *record,
              const char        *outcome,
              gboolean           reverse)
{
  g_autofree char *clinician = physio_clinician_name (record->database);

  for (guint i = 0; i < record->changes->len; i++)
    {
      const PhysioDoseChange *original = &g_array_index (record->changes, PhysioDoseChange, i);
      g_autoptr(GError) error = NULL;
      PhysioDoseChange change;

      dose_change_copy_into (&change, original);
      change.id = 0;
      g_free (change.outcome);
      change.outcome = g_strdup (outcome);
      g_free (change.accepted_by);
      change.accepted_by = g_strdup (clinician);
      g_clear_pointer (&change.accepted_at, g_date_time_unref);
      change.accepted_at = g_date_time_new_now_local ();
      if (reverse)
        {
          PhysioDose dose = change.old_dose;
          guint step = change.old_step;

          change.old_dose = change.new_dose;
          change.new_dose = dose;
          change.old_step = change.new_step;
          change.new_step = step;
        }

      if (!physio_database_add_dose_change (record->database, &change, &error))
        g_warning ("Could not record that a decision was %s: %s", outcome, error->message);
      physio_dose_change_clear (&change);
    }
}

void
physio_review_audit_undone (gpointer programme,
                   gpointer user_data)
{
  append_audit (user_data, "undone", TRUE);
}

void
physio_review_audit_redone (gpointer programme,
                   gpointer user_data)
{
  append_audit (user_data, "redone", FALSE);
}

PhysioReviewAudit *
physio_review_audit_new (PhysioDatabase *database,
                         GArray         *changes)
{
  PhysioReviewAudit *record = g_new0 (PhysioReviewAudit, 1);

  record->database = g_object_ref (database);
  record->changes = g_array_ref (changes);
  return record;
}

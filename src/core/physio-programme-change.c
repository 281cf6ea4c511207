/* physio-programme-change.c: one edit of a programme as a diff, to undo, redo and save
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-programme-change.h"

/* One prescription the change touched: the programme's own object and its two states. */
typedef struct
{
  PhysioPrescription     *prescription;
  PhysioPrescription     *before;   /* NULL when the change added it */
  PhysioPrescription     *after;    /* NULL when the change removed it */
  PhysioPrescriptionDiff  diff;
} Entry;

struct _PhysioProgrammeChange
{
  PhysioProgramme     *programme;
  gboolean             finished;

  /* Settings, phases and education on each side; both NULL when they did not change. */
  PhysioProgramme     *settings_before;
  PhysioProgramme     *settings_after;
  PhysioProgrammeDiff  settings_diff;

  /* The list on each side (the programme's own objects); both NULL when it did not change. */
  GPtrArray           *order_before;
  GPtrArray           *order_after;

  GArray              *entries;   /* Entry */

  /* Between begin and finish: a copy of every prescription, parallel to order_before. */
  GPtrArray           *copies;
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->prescription);
  g_clear_object (&entry->before);
  g_clear_object (&entry->after);
}

static GPtrArray *
list_items (PhysioProgramme *programme)
{
  guint n = physio_programme_get_n_prescriptions (programme);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_object_ref (physio_programme_get_prescription (programme, i)));

  return items;
}

PhysioProgrammeChange *
physio_programme_change_begin (PhysioProgramme *programme)
{
  PhysioProgrammeChange *self;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  self = g_new0 (PhysioProgrammeChange, 1);
  self->programme = g_object_ref (programme);
  self->settings_before = physio_programme_copy_settings (programme);
  self->order_before = list_items (programme);
  self->copies = g_ptr_array_new_full (self->order_before->len, g_object_unref);
  for (guint i = 0; i < self->order_before->len; i++)
    g_ptr_array_add (self->copies, physio_prescription_copy (self->order_before->pdata[i]));
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);

  return self;
}

static gboolean
same_items (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (a->pdata[i] != b->pdata[i])
      return FALSE;

  return TRUE;
}

static void
add_entry (PhysioProgrammeChange  *self,
           PhysioPrescription     *prescription,
           PhysioPrescription     *before,
           PhysioPrescription     *after,
           PhysioPrescriptionDiff  diff)
{
  Entry entry = {
    .prescription = g_object_ref (prescription),
    .before = before != NULL ? g_object_ref (before) : NULL,
    .after = after,   /* already a new copy */
    .diff = diff,
  };

  g_array_append_val (self->entries, entry);
}

gboolean
physio_programme_change_finish (PhysioProgrammeChange *self)
{
  g_autoptr(GPtrArray) order_after = NULL;
  g_autoptr(GHashTable) before_index = NULL;
  g_autoptr(GHashTable) seen = NULL;
  const PhysioPrescriptionDiff all = PHYSIO_PRESCRIPTION_DIFF_FIELDS |
                                     PHYSIO_PRESCRIPTION_DIFF_LADDER |
                                     PHYSIO_PRESCRIPTION_DIFF_EXERCISE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);

  self->finished = TRUE;

  self->settings_diff = physio_programme_diff_settings (self->settings_before, self->programme);
  if (self->settings_diff != PHYSIO_PROGRAMME_DIFF_NONE)
    self->settings_after = physio_programme_copy_settings (self->programme);
  else
    g_clear_object (&self->settings_before);

  order_after = list_items (self->programme);
  before_index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < self->order_before->len; i++)
    g_hash_table_insert (before_index, self->order_before->pdata[i], GUINT_TO_POINTER (i + 1));

  /* Kept and added prescriptions, in the order they now have. */
  seen = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < order_after->len; i++)
    {
      PhysioPrescription *prescription = order_after->pdata[i];
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (before_index, prescription));

      g_hash_table_add (seen, prescription);
      if (index == 0)
        {
          add_entry (self, prescription, NULL, physio_prescription_copy (prescription), all);
        }
      else
        {
          PhysioPrescription *before = self->copies->pdata[index - 1];
          PhysioPrescriptionDiff diff = physio_prescription_diff (before, prescription);

          if (diff != PHYSIO_PRESCRIPTION_DIFF_NONE)
            add_entry (self, prescription, before, physio_prescription_copy (prescription), diff);
        }
    }

  /* Removed ones. */
  for (guint i = 0; i < self->order_before->len; i++)
    if (!g_hash_table_contains (seen, self->order_before->pdata[i]))
      add_entry (self, self->order_before->pdata[i], self->copies->pdata[i], NULL, all);

  if (same_items (self->order_before, order_after))
    g_clear_pointer (&self->order_before, g_ptr_array_unref);
  else
    self->order_after = g_steal_pointer (&order_after);

  /* The copies of untouched prescriptions are not needed past this point. */
  g_clear_pointer (&self->copies, g_ptr_array_unref);

  return !physio_programme_change_is_empty (self);
}

void
physio_programme_change_free (PhysioProgrammeChange *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->programme);
  g_clear_object (&self->settings_before);
  g_clear_object (&self->settings_after);
  g_clear_pointer (&self->order_before, g_ptr_array_unref);
  g_clear_pointer (&self->order_after, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->copies, g_ptr_array_unref);
  g_free (self);
}

PhysioProgramme *
physio_programme_change_get_programme (PhysioProgrammeChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->programme;
}

gboolean
physio_programme_change_is_empty (PhysioProgrammeChange *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  g_return_val_if_fail (self->finished, TRUE);

  return self->settings_diff == PHYSIO_PROGRAMME_DIFF_NONE && self->order_after == NULL &&
         self->entries->len == 0;
}

static void
apply (PhysioProgrammeChange *self,
       gboolean               after)
{
  PhysioProgramme *settings = after ? self->settings_after : self->settings_before;
  GPtrArray *order = after ? self->order_after : self->order_before;

  g_return_if_fail (self->finished);

  /* One "changed" for the whole step; each prescription still tells its own rows. */
  physio_programme_begin_batch (self->programme);

  if (settings != NULL)
    physio_programme_assign_settings (self->programme, settings);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      PhysioPrescription *state = after ? entry->after : entry->before;

      /* One that leaves the list keeps the state it had: it comes back as it went. */
      if (state != NULL)
        physio_prescription_assign (entry->prescription, state);
    }

  if (order != NULL)
    physio_programme_set_prescriptions (self->programme,
                                        (PhysioPrescription **) order->pdata, order->len);

  physio_programme_end_batch (self->programme);
}

void
physio_programme_change_revert (PhysioProgrammeChange *self)
{
  g_return_if_fail (self != NULL);

  apply (self, FALSE);
}

void
physio_programme_change_reapply (PhysioProgrammeChange *self)
{
  g_return_if_fail (self != NULL);

  apply (self, TRUE);
}

PhysioProgrammeDiff
physio_programme_change_get_settings_diff (PhysioProgrammeChange *self)
{
  g_return_val_if_fail (self != NULL, PHYSIO_PROGRAMME_DIFF_NONE);

  return self->settings_diff;
}

gboolean
physio_programme_change_get_list_changed (PhysioProgrammeChange *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->order_after != NULL;
}

guint
physio_programme_change_get_position (PhysioProgrammeChange *self,
                                      PhysioPrescription    *prescription,
                                      gboolean               after)
{
  GPtrArray *order;
  guint index;

  g_return_val_if_fail (self != NULL, G_MAXUINT);

  order = after ? self->order_after : self->order_before;
  if (order == NULL || !g_ptr_array_find (order, prescription, &index))
    return G_MAXUINT;

  return index;
}

guint
physio_programme_change_get_n_prescriptions (PhysioProgrammeChange *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

static Entry *
get_entry (PhysioProgrammeChange *self,
           guint                  index)
{
  g_return_val_if_fail (index < self->entries->len, NULL);

  return &g_array_index (self->entries, Entry, index);
}

PhysioPrescription *
physio_programme_change_get_prescription (PhysioProgrammeChange *self,
                                          guint                  index)
{
  Entry *entry;

  g_return_val_if_fail (self != NULL, NULL);

  entry = get_entry (self, index);
  return entry != NULL ? entry->prescription : NULL;
}

PhysioPrescriptionDiff
physio_programme_change_get_diff (PhysioProgrammeChange *self,
                                  guint                  index)
{
  Entry *entry;

  g_return_val_if_fail (self != NULL, PHYSIO_PRESCRIPTION_DIFF_NONE);

  entry = get_entry (self, index);
  return entry != NULL ? entry->diff : PHYSIO_PRESCRIPTION_DIFF_NONE;
}

PhysioPrescription *
physio_programme_change_get_state (PhysioProgrammeChange *self,
                                   guint                  index,
                                   gboolean               after)
{
  Entry *entry;

  g_return_val_if_fail (self != NULL, NULL);

  entry = get_entry (self, index);
  if (entry == NULL)
    return NULL;

  return after ? entry->after : entry->before;
}

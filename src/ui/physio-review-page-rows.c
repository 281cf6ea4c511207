/* physio-review-page-rows.c: the review page's list: one row per proposal, kept across
 * reloads so an open inline edit and the keyboard focus stay where they are
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-review-page-private.h"
#include "physio-review-text.h"

/* What the engine saw, per prescription */

static PhysioExercise *
lookup_exercise (PhysioReviewPage *self,
                 const char       *id)
{
  g_autoptr(GError) error = NULL;
  PhysioExercise *exercise;

  if (id == NULL)
    return NULL;

  exercise = physio_database_get_exercise (self->database, id, &error);
  if (exercise == NULL)
    g_debug ("No exercise %s: %s", id, error != NULL ? error->message : "not found");

  return exercise;
}

/* The exercise a row points to: the SWAP target, or the harder variant READY suggests. */
static PhysioExercise *
proposal_variant (PhysioReviewPage     *self,
                  PhysioPrescription   *prescription,
                  const PhysioProposal *proposal)
{
  PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
  const char * const *harder = physio_exercise_get_progression_ids (exercise);

  if (proposal->decision == PHYSIO_DECISION_SWAP)
    return lookup_exercise (self, proposal->swap_to);

  if (proposal->decision == PHYSIO_DECISION_READY && harder != NULL)
    return lookup_exercise (self, harder[0]);

  return NULL;
}

/* Loading */

static PhysioReviewRow *
take_row (PhysioReviewPage   *self,
          GHashTable         *old_rows,
          PhysioPrescription *prescription)
{
  gint64 id = physio_prescription_get_id (prescription);
  PhysioReviewRow *row;

  /* The same row object keeps an inline edit open across a reload. */
  row = g_hash_table_lookup (old_rows, &id);
  if (row != NULL)
    {
      g_object_ref (row);
      g_hash_table_remove (old_rows, &id);
      physio_review_row_set_prescription (row, prescription);
      return row;
    }

  row = g_object_ref_sink (physio_review_row_new (prescription));
  g_signal_connect_object (row, "accept", G_CALLBACK (_physio_review_page_on_row_accept), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "reject", G_CALLBACK (_physio_review_page_on_row_reject), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

void
_physio_review_page_clear_list (PhysioReviewPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
}

/* Fills the list from the week's proposals and the engine's figures. */
void
_physio_review_page_fill_rows (PhysioReviewPage       *self,
                               const PhysioReviewWeek *week)
{
  g_autoptr(GHashTable) old_rows = g_steal_pointer (&self->rows);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  gboolean suspended = physio_programme_get_status (self->programme) == PHYSIO_PROGRAMME_SUSPENDED;
  gboolean same_order;
  GtkWidget *child;

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < week->items->len; i++)
    {
      PhysioReviewItem *item = &g_array_index (week->items, PhysioReviewItem, i);
      const PhysioReviewFigures *figures = &g_array_index (week->figures,
                                                           PhysioReviewFigures, i);
      PhysioPrescription *prescription = item->prescription;
      const PhysioDoseChange *change = figures->recorded;
      gint64 id = physio_prescription_get_id (prescription);
      g_autoptr(PhysioExercise) variant = NULL;
      g_autofree char *seen = NULL;
      PhysioReviewRow *row;

      seen = physio_review_describe_seen (&item->proposal, figures->done, figures->prescribed);

      row = take_row (self, old_rows, prescription);
      if (change != NULL)
        {
          variant = change->decision == PHYSIO_DECISION_SWAP
                    ? lookup_exercise (self, change->swap_to) : NULL;
          physio_review_row_show_decision (row, change, variant, seen);
        }
      else
        {
          variant = proposal_variant (self, prescription, &item->proposal);
          physio_review_row_show_proposal (row, &item->proposal, variant, seen);
        }

      /* While the programme is paused only the pause itself can be decided; the rest waits
       * until the clinician has seen the patient and resumed. */
      physio_review_row_set_locked (row,
                                    suspended && item->proposal.decision != PHYSIO_DECISION_STOP
                                    ? _("The programme is paused: resume it first")
                                    : NULL);

      g_ptr_array_add (ordered, row);
      g_hash_table_insert (self->rows, id_key (id), row);
    }

  /* Rows are only moved when the list changed, so a decision taken with the keyboard does
   * not take the focus away from the list. */
  child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
  same_order = TRUE;
  for (guint i = 0; i < ordered->len && same_order; i++)
    {
      same_order = child == g_ptr_array_index (ordered, i);
      if (child != NULL)
        child = gtk_widget_get_next_sibling (child);
    }
  same_order = same_order && child == NULL;

  if (!same_order)
    {
      _physio_review_page_clear_list (self);
      for (guint i = 0; i < ordered->len; i++)
        gtk_list_box_append (self->list_box, g_ptr_array_index (ordered, i));
    }
}

gboolean
_physio_review_row_is_open_with (PhysioReviewRow *row,
                                 PhysioDecision   decision)
{
  const PhysioProposal *proposal = physio_review_row_get_proposal (row);

  return proposal != NULL && proposal->decision == decision;
}

void
_physio_review_page_update_accept_all (PhysioReviewPage *self)
{
  gboolean suspended = physio_programme_get_status (self->programme) == PHYSIO_PROGRAMME_SUSPENDED;
  gboolean any = FALSE;
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (!any && g_hash_table_iter_next (&iter, NULL, &row))
    any = _physio_review_row_is_open_with (row, PHYSIO_DECISION_PROGRESS) ||
          _physio_review_row_is_open_with (row, PHYSIO_DECISION_HOLD);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.accept-all", any && !suspended);
}


/* physio-review-page-actions.c: the review page's decisions and actions
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every decision goes through the undo stack like any other change to the programme, and is
 * written to the append-only audit log once it is saved.
 */

#define G_LOG_DOMAIN "physio-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-clinician.h"
#include "physio-review-audit.h"
#include "physio-review-page-private.h"

/* Decisions and the audit log */

/* Applies the decision of each row in one undoable step, then writes the audit rows. With
 * @reject the proposals are rejected; otherwise accepted, with @dose as the edited dose of a
 * single row. */
static void
decide (PhysioReviewPage *self,
        const char       *label,
        GPtrArray        *rows,
        gboolean          reject,
        const PhysioDose *dose)
{
  g_autoptr(GArray) changes = physio_review_audit_changes_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *clinician = physio_clinician_name (self->database);
  PhysioReviewAudit *record;
  GDate effective;

  g_assert (rows->len > 0);
  g_assert (dose == NULL || rows->len == 1);

  _physio_review_page_effective_date (self, &effective);
  physio_undo_stack_begin (self->undo_stack, label);

  for (guint i = 0; i < rows->len; i++)
    {
      PhysioReviewRow *row = g_ptr_array_index (rows, i);
      const PhysioProposal *proposal = physio_review_row_get_proposal (row);
      PhysioPrescription *prescription;
      PhysioExercise *variant = physio_review_row_get_variant (row);
      PhysioDoseChange change;

      /* The page follows the programme, but a reload may still be pending: decide on the
       * programme's own prescription, found by id. */
      prescription = physio_programme_find_prescription (
        self->programme, physio_prescription_get_id (physio_review_row_get_prescription (row)));
      if (proposal == NULL || prescription == NULL)
        continue;

      if (reject)
        physio_review_reject (prescription, proposal, clinician, &effective, &change);
      else
        physio_review_accept (self->programme, prescription, proposal, dose,
                              proposal->decision == PHYSIO_DECISION_SWAP ? variant : NULL,
                              clinician, &effective, &change);
      g_array_append_val (changes, change);
    }

  if (changes->len == 0)
    {
      physio_undo_stack_cancel (self->undo_stack);
      physio_review_page_refresh (self);
      return;
    }

  record = physio_review_audit_new (self->database, changes);
  if (!physio_undo_stack_commit_full (self->undo_stack, physio_review_audit_undone,
                                      physio_review_audit_redone, record,
                                      physio_review_audit_free, &error))
    {
      /* The stack has put the programme back as it was; nothing was decided. */
      _physio_review_page_show_error (self, _("Could not apply the decision"), error);
      physio_review_page_refresh (self);
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      PhysioDoseChange *change = &g_array_index (changes, PhysioDoseChange, i);

      if (!physio_database_add_dose_change (self->database, change, &error))
        {
          _physio_review_page_show_error (self,
                                          _("The decision was applied but not written to "
                                            "the history"),
                                          error);
          g_clear_error (&error);
        }
    }

  physio_review_page_refresh (self);
  g_signal_emit_by_name (self, "decision-applied");
}

static GPtrArray *
open_rows_with (PhysioReviewPage *self,
                PhysioDecision    first,
                PhysioDecision    second)
{
  GPtrArray *rows = g_ptr_array_new ();

  /* In list order, so the audit rows follow the programme's order. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (PHYSIO_IS_REVIEW_ROW (child) &&
          (_physio_review_row_is_open_with (PHYSIO_REVIEW_ROW (child), first) ||
           _physio_review_row_is_open_with (PHYSIO_REVIEW_ROW (child), second)))
        g_ptr_array_add (rows, child);
    }

  return rows;
}

/* The decided row's buttons are gone; the row itself keeps the keyboard in the list. */
static void
keep_focus (PhysioReviewPage *self,
            PhysioReviewRow  *row)
{
  if (physio_review_row_get_proposal (row) == NULL &&
      gtk_widget_get_parent (GTK_WIDGET (row)) == GTK_WIDGET (self->list_box))
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

void
_physio_review_page_on_row_accept (PhysioReviewPage *self,
                                   const PhysioDose *dose,
                                   PhysioReviewRow  *row)
{
  g_autoptr(GPtrArray) rows = NULL;
  const PhysioProposal *proposal = physio_review_row_get_proposal (row);

  if (proposal == NULL)
    return;

  /* A warning sign pauses the whole programme: one decision covers every STOP row. */
  if (proposal->decision == PHYSIO_DECISION_STOP)
    {
      rows = open_rows_with (self, PHYSIO_DECISION_STOP, PHYSIO_DECISION_STOP);
      decide (self, _("Pause programme"), rows, FALSE, NULL);
      return;
    }

  rows = g_ptr_array_new ();
  g_ptr_array_add (rows, row);
  decide (self, dose != NULL ? _("Accept edited dose") : _("Accept proposal"), rows, FALSE, dose);
  keep_focus (self, row);
}

void
_physio_review_page_on_row_reject (PhysioReviewPage *self,
                                   PhysioReviewRow  *row)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  if (physio_review_row_get_proposal (row) == NULL)
    return;

  g_ptr_array_add (rows, row);
  decide (self, _("Reject proposal"), rows, TRUE, NULL);
  keep_focus (self, row);
}

/* Actions */

static void
review_previous_week_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (widget);
  guint week = _physio_review_page_window_week (self);
  GDate start;

  if (week <= 1)
    return;

  _physio_review_page_week_start (self, week - 1, &start);
  physio_review_page_set_window_start (self, &start);
}

static void
review_next_week_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (widget);
  guint week = _physio_review_page_window_week (self);
  GDate start;

  if (week >= _physio_review_page_last_reviewable_week (self))
    return;

  _physio_review_page_week_start (self, week + 1, &start);
  physio_review_page_set_window_start (self, &start);
}

static void
review_accept_all_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (widget);
  g_autoptr(GPtrArray) rows = open_rows_with (self, PHYSIO_DECISION_PROGRESS,
                                              PHYSIO_DECISION_HOLD);

  if (rows->len > 0)
    decide (self, _("Accept all proposals"), rows, FALSE, NULL);
}

static void
review_resume_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (physio_programme_get_status (self->programme) != PHYSIO_PROGRAMME_SUSPENDED)
    return;

  physio_undo_stack_begin (self->undo_stack, _("Resume programme"));
  physio_programme_set_status (self->programme, PHYSIO_PROGRAMME_ACTIVE);
  if (!physio_undo_stack_commit (self->undo_stack, &error))
    {
      _physio_review_page_show_error (self, _("Could not resume the programme"), error);
      physio_review_page_refresh (self);
      return;
    }

  physio_review_page_refresh (self);
  g_signal_emit_by_name (self, "decision-applied");
}

void
_physio_review_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "review.previous-week", NULL,
                                   review_previous_week_cb);
  gtk_widget_class_install_action (widget_class, "review.next-week", NULL, review_next_week_cb);
  gtk_widget_class_install_action (widget_class, "review.accept-all", NULL, review_accept_all_cb);
  gtk_widget_class_install_action (widget_class, "review.resume", NULL, review_resume_cb);
}

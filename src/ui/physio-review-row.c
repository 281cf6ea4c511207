/* physio-review-row.c: one prescription in the weekly review, with the engine's proposal
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-review-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "physio-a11y.h"
#include "physio-dose-spin-row.h"
#include "physio-form.h"
#include "physio-review-row.h"

/* The flags are shown as small labels of their own, not in the sentence of reasons. */
#define FLAG_MASK (PHYSIO_FLAG_DISCUSS_BARRIERS | PHYSIO_FLAG_STALLED | PHYSIO_FLAG_FLARE | \
                   PHYSIO_FLAG_INTENSITY_SUGGESTED | PHYSIO_FLAG_LADDER_END)

static const struct
{
  PhysioReason  flag;
  const char   *label;
} flag_labels[] = {
  { PHYSIO_FLAG_STALLED,             N_("Stalled") },
  { PHYSIO_FLAG_FLARE,               N_("Flare") },
  { PHYSIO_FLAG_DISCUSS_BARRIERS,    N_("Discuss barriers") },
  { PHYSIO_FLAG_INTENSITY_SUGGESTED, N_("Intensity suggested") },
  { PHYSIO_FLAG_LADDER_END,          N_("Plan finished") },
};

/* The dose fields the inline editor offers, in the order the builder shows them. */
static const PhysioDoseField edit_fields[] = {
  PHYSIO_DOSE_FIELD_SETS, PHYSIO_DOSE_FIELD_REPS, PHYSIO_DOSE_FIELD_HOLD,
  PHYSIO_DOSE_FIELD_DURATION, PHYSIO_DOSE_FIELD_DISTANCE, PHYSIO_DOSE_FIELD_STEPS,
  PHYSIO_DOSE_FIELD_REST, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,
};

/* One row of the inline editor. */
typedef struct
{
  PhysioDoseField      field;
  GtkWidget           *row;    /* a PhysioDoseSpinRow, or the AdwEntryRow of a pattern */
} EditRow;

struct _PhysioReviewRow
{
  GtkListBoxRow       parent_instance;

  /* Template widgets */
  GtkLabel           *name_label;
  GtkLabel           *decision_label;
  GtkLabel           *dose_label;
  GtkLabel           *reasons_label;
  GtkBox             *flags_box;
  GtkLabel           *seen_label;
  GtkStack           *footer_stack;
  GtkWidget          *reject_button;
  GtkWidget          *edit_button;
  GtkWidget          *accept_button;
  GtkImage           *decided_icon;
  GtkLabel           *decided_label;
  GtkRevealer        *editor_revealer;
  GtkLabel           *editor_title;
  GtkListBox         *editor_list;
  GtkLabel           *editor_error;
  GtkWidget          *editor_accept_button;

  /* Owned references */
  PhysioPrescription *prescription;
  PhysioExercise     *variant;
  PhysioProposal      proposal;
  char               *swap_to;      /* the proposal's swap_to, owned here */
  gboolean            open;         /* a proposal waits for a decision */
  char               *locked_reason;

  /* The inline editor: the dose it started from, the dose as typed, and what it is checked
   * against (the prescription's exercise, or the variant a SWAP moves to). */
  PhysioDose          edit_base;
  PhysioDose          edited;
  PhysioExercise     *edit_exercise;
  GArray             *edit_rows;    /* EditRow */
  gboolean            edit_loading;
};

G_DEFINE_FINAL_TYPE (PhysioReviewRow, physio_review_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  ACCEPT,
  REJECT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const decision_classes[] = {
  [PHYSIO_DECISION_STOP] = "decision-stop",
  [PHYSIO_DECISION_REGRESS] = "decision-regress",
  [PHYSIO_DECISION_HOLD] = "decision-hold",
  [PHYSIO_DECISION_PROGRESS] = "decision-progress",
  [PHYSIO_DECISION_READY] = "decision-ready",
  [PHYSIO_DECISION_SWAP] = "decision-swap",
};

PhysioReviewRow *
physio_review_row_new (PhysioPrescription *prescription)
{
  PhysioReviewRow *self;

  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (prescription), NULL);

  self = g_object_new (PHYSIO_TYPE_REVIEW_ROW, NULL);
  physio_review_row_set_prescription (self, prescription);

  return self;
}

static void update_accessible (PhysioReviewRow *self);

PhysioPrescription *
physio_review_row_get_prescription (PhysioReviewRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_REVIEW_ROW (self), NULL);

  return self->prescription;
}

void
physio_review_row_set_prescription (PhysioReviewRow    *self,
                                    PhysioPrescription *prescription)
{
  g_return_if_fail (PHYSIO_IS_REVIEW_ROW (self));
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (prescription));

  g_set_object (&self->prescription, prescription);
  gtk_label_set_label (self->name_label,
                       physio_library_text (physio_exercise_get_name (physio_prescription_get_exercise (prescription))));
  update_accessible (self);
}

const PhysioProposal *
physio_review_row_get_proposal (PhysioReviewRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_REVIEW_ROW (self), NULL);

  return self->open ? &self->proposal : NULL;
}

PhysioExercise *
physio_review_row_get_variant (PhysioReviewRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_REVIEW_ROW (self), NULL);

  return self->variant;
}

/* What the row shows */

/* GTK 4.8 does not name a row after its labels: "Brisk walk, Proposal: Hold", with the
 * reasons as its description. */
static void
update_accessible (PhysioReviewRow *self)
{
  g_autofree char *decision = NULL;
  g_autofree char *name = NULL;
  const char *reasons = gtk_label_get_text (self->reasons_label);

  /* TRANSLATORS: read out for the coloured label, "Proposal: Progress" */
  decision = g_strdup_printf (_("Proposal: %s"), gtk_label_get_text (self->decision_label));
  name = physio_a11y_join (gtk_label_get_text (self->name_label), decision, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reasons, -1);
}

static void
set_decision_pill (PhysioReviewRow *self,
                   PhysioDecision   decision)
{
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (decision_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->decision_label), decision_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->decision_label), decision_classes[decision]);
  gtk_label_set_label (self->decision_label, physio_decision_label (decision));

  /* TRANSLATORS: read out for the coloured label, "Proposal: Progress" */
  accessible = g_strdup_printf (_("Proposal: %s"), physio_decision_label (decision));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->decision_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  update_accessible (self);
}

static void
set_reasons (PhysioReviewRow *self,
             PhysioDecision   decision,
             PhysioReason     reasons)
{
  g_autofree char *text = physio_reasons_describe (reasons & ~FLAG_MASK);
  GtkWidget *child;
  gboolean any_flag = FALSE;

  /* The engine gives no reason when everything went to plan; say so, so the row does not
   * read as if something were missing. */
  if ((text == NULL || *text == '\0') && decision == PHYSIO_DECISION_PROGRESS)
    {
      g_free (text);
      text = g_strdup (_("Enough sessions done, pain within limits and settled by the next "
                         "morning, target reached."));
    }

  gtk_label_set_label (self->reasons_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_label), text != NULL && *text != '\0');
  update_accessible (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flags_box))) != NULL)
    gtk_box_remove (self->flags_box, child);

  for (guint i = 0; i < G_N_ELEMENTS (flag_labels); i++)
    {
      g_autofree char *why = NULL;
      GtkWidget *label;

      if (!(reasons & flag_labels[i].flag))
        continue;

      /* The flag is a reminder; the sentence behind it is one hover away. */
      why = physio_reasons_describe (flag_labels[i].flag);
      label = gtk_label_new (_(flag_labels[i].label));
      gtk_widget_set_tooltip_text (label, why);
      gtk_widget_add_css_class (label, "review-flag");
      gtk_box_append (self->flags_box, label);
      any_flag = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->flags_box), any_flag);
}

static void
set_seen (PhysioReviewRow *self,
          const char      *seen)
{
  gtk_label_set_label (self->seen_label, seen != NULL ? seen : "");
  gtk_widget_set_visible (GTK_WIDGET (self->seen_label), seen != NULL && *seen != '\0');
}

static char *
format_dose (PhysioReviewRow  *self,
             const PhysioDose *dose)
{
  return physio_dose_format (dose,
                             physio_prescription_get_dosage_kind (self->prescription),
                             physio_prescription_get_laterality (self->prescription));
}

/* The dose a SWAP starts the variant at, as physio_review_accept () sets it: the variant's
 * own starting dose on the schedule the patient already follows. */
static void
swap_dose (PhysioReviewRow *self,
           PhysioDose      *dose)
{
  const PhysioDose *current = physio_prescription_get_current_dose (self->prescription);

  g_assert (self->variant != NULL);

  physio_dose_copy_into (dose, physio_exercise_get_default_dose (self->variant));
  dose->days_per_week = current->days_per_week;
  dose->sessions_per_day = current->sessions_per_day;
}

/* "2 × 12 → 2 × 14", with the new dose in bold; "Stays at 2 × 12" when nothing moves. */
static char *
dose_change_markup (const char *from,
                    const char *to)
{
  if (g_strcmp0 (from, to) == 0)
    /* TRANSLATORS: the dose does not change; %s is a dose, "2 × 12 · 5 days/week" */
    return g_markup_printf_escaped (_("Stays at %s"), from);

  return g_markup_printf_escaped ("%s  →  <b>%s</b>", from, to);
}

static char *
swap_markup (PhysioReviewRow  *self,
             const char       *from,
             const PhysioDose *dose)
{
  g_autofree char *to = NULL;

  if (self->variant == NULL)
    /* TRANSLATORS: %s is an exercise code such as "COR-07" */
    return g_markup_printf_escaped (_("%s  →  exercise %s, which is not in the library"),
                                    from, self->swap_to != NULL ? self->swap_to : "?");

  to = physio_dose_format (dose, physio_exercise_get_dosage_kind (self->variant),
                           physio_exercise_get_laterality (self->variant));
  /* TRANSLATORS: old dose → new exercise: its dose */
  return g_markup_printf_escaped (_("%s  →  <b>%s</b>: %s"),
                                  from, physio_library_text (physio_exercise_get_name (self->variant)), to);
}

static char *
proposal_markup (PhysioReviewRow *self)
{
  g_autofree char *from = format_dose (self,
                                       physio_prescription_get_current_dose (self->prescription));
  g_autofree char *to = format_dose (self, &self->proposal.dose);
  g_autofree char *stays = NULL;
  g_autofree char *note = NULL;
  g_auto(PhysioDose) start = PHYSIO_DOSE_INIT;

  switch (self->proposal.decision)
    {
    case PHYSIO_DECISION_PROGRESS:
    case PHYSIO_DECISION_REGRESS:
    case PHYSIO_DECISION_HOLD:
      return dose_change_markup (from, to);

    case PHYSIO_DECISION_READY:
      stays = dose_change_markup (from, from);
      if (self->variant == NULL)
        return g_steal_pointer (&stays);
      /* TRANSLATORS: follows the dose, "· Harder variant: Bird dog" */
      note = g_markup_printf_escaped (" · %s <b>%s</b>", _("Harder variant:"),
                                      physio_library_text (physio_exercise_get_name (self->variant)));
      return g_strconcat (stays, note, NULL);

    case PHYSIO_DECISION_STOP:
      return dose_change_markup (from, from);

    case PHYSIO_DECISION_SWAP:
      if (self->variant != NULL)
        swap_dose (self, &start);
      return swap_markup (self, from, &start);

    default:
      g_return_val_if_reached (NULL);
    }
}

static void
update_actions (PhysioReviewRow *self)
{
  PhysioDecision decision = self->proposal.decision;
  /* A SWAP to an exercise the library no longer has cannot be applied. */
  gboolean can_apply = decision != PHYSIO_DECISION_SWAP || self->variant != NULL;
  gboolean unlocked = self->locked_reason == NULL;

  /* STOP has no dose to edit: it pauses the programme as it stands. */
  gtk_widget_set_visible (self->edit_button, decision != PHYSIO_DECISION_STOP);
  gtk_widget_set_sensitive (self->accept_button, unlocked && can_apply);
  gtk_widget_set_sensitive (self->edit_button, unlocked && can_apply);
  gtk_widget_set_sensitive (self->reject_button, unlocked);
  if (!unlocked)
    gtk_widget_set_sensitive (self->editor_accept_button, FALSE);

  /* Accepting a STOP pauses everything: the button says so rather than a plain "Accept". */
  gtk_button_set_label (GTK_BUTTON (self->accept_button),
                        decision == PHYSIO_DECISION_STOP ? _("_Pause Programme") : _("_Accept"));

  if (!unlocked)
    gtk_widget_set_tooltip_text (self->accept_button, self->locked_reason);
  else if (decision == PHYSIO_DECISION_STOP)
    gtk_widget_set_tooltip_text (self->accept_button,
                                 _("Pause the whole programme until you have checked the patient"));
  else
    gtk_widget_set_tooltip_text (self->accept_button, _("Apply the proposed dose from now on"));
}

/* The inline editor */

static void editor_validate             (PhysioReviewRow *self);
static void on_editor_accept_clicked_cb (PhysioReviewRow *self);

static void
editor_close (PhysioReviewRow *self)
{
  gtk_revealer_set_reveal_child (self->editor_revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->footer_stack), TRUE);
}

static void
on_edit_input_changed_cb (PhysioReviewRow *self)
{
  if (!self->edit_loading)
    editor_validate (self);
}

static void
add_spin_row (PhysioReviewRow *self,
              PhysioDoseField  field,
              const char      *title)
{
  EditRow edit_row = { field, NULL };
  GtkEditable *text;

  edit_row.row = physio_dose_spin_row_new (field, TRUE);
  if (title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (edit_row.row), title);
  physio_dose_spin_row_load (PHYSIO_DOSE_SPIN_ROW (edit_row.row), &self->edit_base);
  gtk_list_box_append (self->editor_list, edit_row.row);

  g_signal_connect_object (edit_row.row, "edited",
                           G_CALLBACK (on_edit_input_changed_cb), self, G_CONNECT_SWAPPED);

  /* Enter accepts the edited dose, once the spin button has taken the number in; GTK 4.8
   * spin buttons have no activate signal of their own, their text does. */
  text = gtk_editable_get_delegate (GTK_EDITABLE (physio_dose_spin_row_get_spin (
                                      PHYSIO_DOSE_SPIN_ROW (edit_row.row))));
  if (GTK_IS_TEXT (text))
    g_signal_connect_object (text, "activate",
                             G_CALLBACK (on_editor_accept_clicked_cb), self, G_CONNECT_SWAPPED);
  g_array_append_val (self->edit_rows, edit_row);
}

static void
add_pattern_row (PhysioReviewRow *self,
                 const char      *pattern)
{
  EditRow edit_row = { PHYSIO_DOSE_FIELD_REPS, NULL };

  edit_row.row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (edit_row.row),
                                 _("Repetitions per set, such as 6-4-2"));
  gtk_editable_set_text (GTK_EDITABLE (edit_row.row), pattern);
  gtk_list_box_append (self->editor_list, edit_row.row);

  g_signal_connect_object (edit_row.row, "changed",
                           G_CALLBACK (on_edit_input_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (edit_row.row, "entry-activated",
                           G_CALLBACK (on_editor_accept_clicked_cb), self, G_CONNECT_SWAPPED);
  g_array_append_val (self->edit_rows, edit_row);
}

/* The fields that mean something for the kind: the required ones, and the optional ones the
 * proposed dose already sets (rest, say), so nothing is hidden that is in force. */
static gboolean
field_shown (PhysioDosageKind  kind,
             const PhysioDose *dose,
             PhysioDoseField   field)
{
  if (!physio_dose_field_applies (kind, field))
    return FALSE;
  if (dose->n_pattern > 0 && (field == PHYSIO_DOSE_FIELD_SETS || field == PHYSIO_DOSE_FIELD_REPS))
    return FALSE;
  if (physio_dose_field_required (kind, field))
    return TRUE;
  if (field == PHYSIO_DOSE_FIELD_REST)
    return dose->rest_s >= 0;

  return physio_dose_get_field (dose, field) > 0;
}

static void
editor_build (PhysioReviewRow *self)
{
  PhysioDosageKind kind = physio_exercise_get_dosage_kind (self->edit_exercise);
  const PhysioDose *dose = &self->edit_base;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->editor_list))) != NULL)
    gtk_list_box_remove (self->editor_list, child);
  g_array_set_size (self->edit_rows, 0);

  self->edit_loading = TRUE;

  if (dose->n_pattern > 0)
    {
      g_autofree char *pattern = physio_dose_pattern_to_string (dose);

      add_pattern_row (self, pattern);
    }

  for (guint i = 0; i < G_N_ELEMENTS (edit_fields); i++)
    if (field_shown (kind, dose, edit_fields[i]))
      add_spin_row (self, edit_fields[i], NULL);

  /* Weights in kilograms go up in the clinic's steps, often halves. */
  if (dose->load_kind == PHYSIO_LOAD_KG)
    add_spin_row (self, PHYSIO_DOSE_FIELD_LOAD, NULL);

  self->edit_loading = FALSE;
}

/* Reads every input into self->edited; FALSE with a message when one is not a number. */
static gboolean
editor_read (PhysioReviewRow *self,
             EditRow        **bad_row,
             GError         **error)
{
  physio_dose_clear (&self->edited);
  physio_dose_copy_into (&self->edited, &self->edit_base);

  for (guint i = 0; i < self->edit_rows->len; i++)
    {
      EditRow *edit_row = &g_array_index (self->edit_rows, EditRow, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (edit_row->row));

      if (ADW_IS_ENTRY_ROW (edit_row->row))
        {
          const char *text = gtk_editable_get_text (GTK_EDITABLE (edit_row->row));

          if (!physio_dose_parse_pattern (&self->edited, text))
            {
              *bad_row = edit_row;
              g_set_error_literal (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_PATTERN,
                                   _("Write the repetitions as counts separated by dashes, "
                                     "such as 6-4-2."));
              return FALSE;
            }
          continue;
        }

      if (!physio_dose_spin_row_store_typed (PHYSIO_DOSE_SPIN_ROW (edit_row->row),
                                             &self->edited))
        {
          *bad_row = edit_row;
          /* TRANSLATORS: %s is a dose field, "Sets" */
          g_set_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_OUT_OF_RANGE,
                       _("%s: type a number."), title);
          return FALSE;
        }
    }

  return TRUE;
}

static void
editor_validate (PhysioReviewRow *self)
{
  g_autoptr(GError) error = NULL;
  EditRow *bad_row = NULL;
  PhysioDoseField bad_field = PHYSIO_DOSE_FIELD_NONE;
  gboolean valid;

  valid = editor_read (self, &bad_row, &error) &&
          physio_dose_validate (&self->edited,
                                physio_exercise_get_dosage_kind (self->edit_exercise),
                                physio_exercise_get_dose_limits (self->edit_exercise),
                                &bad_field, &error);

  for (guint i = 0; i < self->edit_rows->len; i++)
    {
      EditRow *edit_row = &g_array_index (self->edit_rows, EditRow, i);
      gboolean bad = edit_row == bad_row ||
                     (bad_row == NULL && !valid && edit_row->field == bad_field);

      physio_form_mark_invalid (edit_row->row, bad);
    }

  /* The core's own words, so the review refuses exactly what the builder refuses. */
  gtk_label_set_label (self->editor_error, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->editor_error), !valid);
  gtk_widget_set_sensitive (self->editor_accept_button, valid && self->locked_reason == NULL);
}

static void
editor_open (PhysioReviewRow *self)
{
  g_autofree char *title = NULL;
  EditRow *first;

  physio_dose_clear (&self->edit_base);
  if (self->proposal.decision == PHYSIO_DECISION_SWAP)
    {
      g_set_object (&self->edit_exercise, self->variant);
      swap_dose (self, &self->edit_base);
      /* TRANSLATORS: %s is an exercise name */
      title = g_strdup_printf (_("Starting dose of %s"), physio_library_text (physio_exercise_get_name (self->variant)));
    }
  else
    {
      g_set_object (&self->edit_exercise, physio_prescription_get_exercise (self->prescription));
      physio_dose_copy_into (&self->edit_base, &self->proposal.dose);
      /* TRANSLATORS: %s is an exercise name */
      title = g_strdup_printf (_("Dose of %s from now on"),
                               physio_library_text (physio_exercise_get_name (self->edit_exercise)));
    }

  gtk_label_set_label (self->editor_title, title);
  editor_build (self);
  editor_validate (self);

  /* The editor has its own Cancel and Accept; the row's buttons would only compete. */
  gtk_widget_set_visible (GTK_WIDGET (self->footer_stack), FALSE);
  gtk_revealer_set_reveal_child (self->editor_revealer, TRUE);

  if (self->edit_rows->len > 0)
    {
      first = &g_array_index (self->edit_rows, EditRow, 0);
      if (PHYSIO_IS_DOSE_SPIN_ROW (first->row))
        gtk_widget_grab_focus (GTK_WIDGET (physio_dose_spin_row_get_spin (
                                 PHYSIO_DOSE_SPIN_ROW (first->row))));
      else
        gtk_widget_grab_focus (first->row);
    }
}

/* Template callbacks */

static void
on_accept_clicked_cb (PhysioReviewRow *self)
{
  g_signal_emit (self, signals[ACCEPT], 0, NULL);
}

static void
on_reject_clicked_cb (PhysioReviewRow *self)
{
  g_signal_emit (self, signals[REJECT], 0);
}

static void
on_edit_clicked_cb (PhysioReviewRow *self)
{
  editor_open (self);
}

static void
on_editor_cancel_clicked_cb (PhysioReviewRow *self)
{
  editor_close (self);
  gtk_widget_grab_focus (self->edit_button);
}

static void
on_editor_accept_clicked_cb (PhysioReviewRow *self)
{
  editor_validate (self);
  if (!gtk_widget_get_sensitive (self->editor_accept_button))
    return;

  /* Opening the editor and accepting it untouched is a plain accept, not an edit. */
  if (physio_dose_equal (&self->edited, &self->edit_base))
    g_signal_emit (self, signals[ACCEPT], 0, NULL);
  else
    g_signal_emit (self, signals[ACCEPT], 0, &self->edited);
}

/* Public */

static void
set_variant (PhysioReviewRow *self,
             PhysioExercise  *variant)
{
  g_set_object (&self->variant, variant);
}

void
physio_review_row_show_proposal (PhysioReviewRow      *self,
                                 const PhysioProposal *proposal,
                                 PhysioExercise       *variant,
                                 const char           *seen)
{
  g_autofree char *markup = NULL;
  gboolean same;

  g_return_if_fail (PHYSIO_IS_REVIEW_ROW (self));
  g_return_if_fail (proposal != NULL);
  g_return_if_fail (variant == NULL || PHYSIO_IS_EXERCISE (variant));

  same = self->open && self->proposal.decision == proposal->decision &&
         physio_dose_equal (&self->proposal.dose, &proposal->dose) &&
         g_strcmp0 (self->swap_to, proposal->swap_to) == 0;

  physio_proposal_clear (&self->proposal);
  self->proposal = *proposal;
  physio_dose_init (&self->proposal.dose);
  physio_dose_copy_into (&self->proposal.dose, &proposal->dose);
  g_free (self->swap_to);
  self->swap_to = g_strdup (proposal->swap_to);
  self->proposal.swap_to = self->swap_to;
  self->open = TRUE;
  set_variant (self, variant);

  set_decision_pill (self, proposal->decision);
  markup = proposal_markup (self);
  gtk_label_set_markup (self->dose_label, markup);
  set_reasons (self, proposal->decision, proposal->reasons);
  set_seen (self, seen);

  gtk_stack_set_visible_child_name (self->footer_stack, "actions");
  update_actions (self);
  if (!same)
    editor_close (self);
}

static char *
decided_text (const PhysioDoseChange *change)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) at = NULL;
  g_autofree char *when = NULL;
  const char *who = change->accepted_by != NULL && *change->accepted_by != '\0'
                    ? change->accepted_by : _("the clinician");

  if (change->accepted_at != NULL)
    at = g_date_time_to_local (change->accepted_at);

  if (at == NULL)
    when = g_strdup ("");
  else if (g_date_time_get_year (now) == g_date_time_get_year (at) &&
           g_date_time_get_day_of_year (now) == g_date_time_get_day_of_year (at))
    when = g_date_time_format (at, "%H:%M");
  else
    /* TRANSLATORS: when a decision was taken on another day, strftime format */
    when = g_date_time_format (at, _("%e %b %Y, %H:%M"));
  g_strstrip (when);

  if (g_strcmp0 (change->outcome, "rejected") == 0)
    /* TRANSLATORS: "Rejected by Ana Silva · 14:32" */
    return g_strdup_printf (_("Rejected by %s · %s"), who, when);
  if (change->decision == PHYSIO_DECISION_STOP)
    /* TRANSLATORS: "Programme paused by Ana Silva · 14:32" */
    return g_strdup_printf (_("Programme paused by %s · %s"), who, when);
  if (g_strcmp0 (change->outcome, "edited") == 0)
    /* TRANSLATORS: "Accepted with changes by Ana Silva · 14:32" */
    return g_strdup_printf (_("Accepted with changes by %s · %s"), who, when);

  /* TRANSLATORS: "Accepted by Ana Silva · 14:32" */
  return g_strdup_printf (_("Accepted by %s · %s"), who, when);
}

void
physio_review_row_show_decision (PhysioReviewRow        *self,
                                 const PhysioDoseChange *change,
                                 PhysioExercise         *variant,
                                 const char             *seen)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *status = NULL;
  gboolean rejected;

  g_return_if_fail (PHYSIO_IS_REVIEW_ROW (self));
  g_return_if_fail (change != NULL);
  g_return_if_fail (variant == NULL || PHYSIO_IS_EXERCISE (variant));

  self->open = FALSE;
  set_variant (self, variant);
  rejected = g_strcmp0 (change->outcome, "rejected") == 0;

  set_decision_pill (self, change->proposed);
  from = format_dose (self, &change->old_dose);
  if (change->decision == PHYSIO_DECISION_SWAP && !rejected)
    {
      /* The prescription now holds the variant, so its dose reads in the variant's kind. */
      g_free (self->swap_to);
      self->swap_to = g_strdup (change->swap_to);
      markup = swap_markup (self, from, &change->new_dose);
    }
  else
    {
      to = format_dose (self, &change->new_dose);
      markup = dose_change_markup (from, to);
    }
  gtk_label_set_markup (self->dose_label, markup);
  set_reasons (self, change->proposed, change->reasons);
  set_seen (self, seen);

  status = decided_text (change);
  gtk_label_set_label (self->decided_label, status);
  gtk_image_set_from_icon_name (self->decided_icon,
                                rejected ? "edit-clear-symbolic" : "object-select-symbolic");
  if (rejected)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->decided_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->decided_icon), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->decided_icon), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->decided_icon), "success");
    }
  gtk_stack_set_visible_child_name (self->footer_stack, "decided");
  editor_close (self);
}

void
physio_review_row_set_locked (PhysioReviewRow *self,
                              const char      *reason)
{
  g_return_if_fail (PHYSIO_IS_REVIEW_ROW (self));

  g_free (self->locked_reason);
  self->locked_reason = g_strdup (reason);
  gtk_widget_set_tooltip_text (self->reject_button,
                               reason != NULL ? reason
                                              : _("Keep the current dose and record that the "
                                                  "proposal was rejected"));
  update_actions (self);
  if (reason == NULL && gtk_revealer_get_reveal_child (self->editor_revealer))
    editor_validate (self);
}

/* GObject */

static void
physio_review_row_dispose (GObject *object)
{
  PhysioReviewRow *self = PHYSIO_REVIEW_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_REVIEW_ROW);
  g_clear_object (&self->prescription);
  g_clear_object (&self->variant);
  g_clear_object (&self->edit_exercise);

  G_OBJECT_CLASS (physio_review_row_parent_class)->dispose (object);
}

static void
physio_review_row_finalize (GObject *object)
{
  PhysioReviewRow *self = PHYSIO_REVIEW_ROW (object);

  physio_proposal_clear (&self->proposal);
  physio_dose_clear (&self->edit_base);
  physio_dose_clear (&self->edited);
  g_clear_pointer (&self->edit_rows, g_array_unref);
  g_free (self->swap_to);
  g_free (self->locked_reason);

  G_OBJECT_CLASS (physio_review_row_parent_class)->finalize (object);
}

static void
physio_review_row_class_init (PhysioReviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_review_row_dispose;
  object_class->finalize = physio_review_row_finalize;

  /* The dose is the clinician's edit, or NULL to accept the proposal as it stands. It is
   * only valid during the emission. */
  signals[ACCEPT] =
    g_signal_new ("accept",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHYSIO_TYPE_DOSE | G_SIGNAL_TYPE_STATIC_SCOPE);
  signals[REJECT] =
    g_signal_new ("reject",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-review-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, decision_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, dose_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, flags_box);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, seen_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, footer_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, reject_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, decided_icon);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, decided_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, editor_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, editor_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, editor_list);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, editor_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewRow, editor_accept_button);

  gtk_widget_class_bind_template_callback (widget_class, on_accept_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reject_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_accept_clicked_cb);
}

static void
physio_review_row_init (PhysioReviewRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  physio_dose_init (&self->proposal.dose);
  physio_dose_init (&self->edit_base);
  physio_dose_init (&self->edited);
  self->edit_rows = g_array_new (FALSE, TRUE, sizeof (EditRow));
  gtk_widget_add_css_class (GTK_WIDGET (self), "review-row");
}

/* physio-outcome-dialog.c: scoring one outcome measure for a patient
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-outcomes.h"
#include "physio-date-entry-row.h"
#include "physio-outcome-dialog.h"
#include "physio-outcome-items.h"

/* The NPRS recall periods a clinician may ask for, in the order of the combo row. */
static const PhysioRecall nprs_recalls[] = {
  PHYSIO_RECALL_NONE,
  PHYSIO_RECALL_AVERAGE_24H,
  PHYSIO_RECALL_WORST_24H,
  PHYSIO_RECALL_NOW,
  PHYSIO_RECALL_ON_RISING,
  PHYSIO_RECALL_DURING_EXERCISE,
};

struct _PhysioOutcomeDialog
{
  AdwWindow         parent_instance;

  PhysioDatabase   *database;
  gint64            patient_id;
  PhysioInstrument  instrument;

  GtkWidget        *instrument_row;
  GtkWidget        *recall_row;
  GtkWidget        *date_row;
  GtkWidget        *items_box;
  GtkWidget        *items;       /* PhysioOutcomeItems in items_box */
  GtkWidget        *result;
  GtkWidget        *message;
  GtkWidget        *save_button;
};

G_DEFINE_FINAL_TYPE (PhysioOutcomeDialog, physio_outcome_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_message (PhysioOutcomeDialog *self,
             const char          *text)
{
  gtk_label_set_label (GTK_LABEL (self->message), text != NULL ? text : "");
  gtk_widget_set_visible (self->message, text != NULL && *text != '\0');
}

/* The form as the dialog shows it now. */
static void
read_form (PhysioOutcomeDialog *self,
           PhysioOutcomeForm   *form)
{
  physio_outcome_form_init (form, self->instrument);
  form->patient_id = self->patient_id;
  physio_date_entry_row_get_date (PHYSIO_DATE_ENTRY_ROW (self->date_row), &form->date);
  if (self->instrument == PHYSIO_INSTRUMENT_NPRS)
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->recall_row));

      form->recall = selected < G_N_ELEMENTS (nprs_recalls) ? nprs_recalls[selected]
                                                            : PHYSIO_RECALL_NONE;
    }
  physio_outcome_items_fill_form (PHYSIO_OUTCOME_ITEMS (self->items), form);
}

/* "Total 24 of 100: moderate disability", with the message of the scoring rules under it. */
static void
update_result (PhysioOutcomeDialog *self)
{
  PhysioOutcomeForm form;
  PhysioOutcomeScore score = { 0 };
  g_autofree char *text = NULL;
  double low, high;

  read_form (self, &form);
  physio_outcome_score (&form, NULL, &score);
  physio_instrument_range (self->instrument, &low, &high);

  if (score.answered == 0)
    text = g_strdup (_("Give the patient’s answers to see the total."));
  else if (!score.valid)
    text = g_strdup (_("No total yet."));
  else
    {
      const char *band = NULL;
      g_autofree char *total = NULL;

      switch (self->instrument)
        {
        case PHYSIO_INSTRUMENT_ODI:
          band = physio_odi_band_label (physio_odi_band (score.total));
          break;
        case PHYSIO_INSTRUMENT_NPRS:
          band = physio_nprs_severity_label (physio_nprs_severity ((int) score.total));
          break;
        case PHYSIO_INSTRUMENT_SBST:
          band = physio_sbst_risk_label (score.risk);
          break;
        case PHYSIO_INSTRUMENT_RMDQ:
        case PHYSIO_INSTRUMENT_PSFS:
        default:
          break;
        }
      if (self->instrument == PHYSIO_INSTRUMENT_PSFS)
        total = g_strdup_printf ("%.1f", score.total);
      else
        total = g_strdup_printf ("%d", physio_outcome_display_total (self->instrument,
                                                                     score.total));
      /* Translators: an outcome measure's total: "Total 24 of 100". */
      text = g_strdup_printf (_("Total %s of %g"), total, high);
      if (band != NULL)
        {
          /* Translators: the total and its band: "Total 24 of 100: moderate disability". */
          g_autofree char *with_band = g_strdup_printf (_("%s: %s"), text, band);

          g_free (text);
          text = g_steal_pointer (&with_band);
        }
    }
  gtk_label_set_label (GTK_LABEL (self->result), text);
  set_message (self, score.message);
  physio_outcome_score_clear (&score);
  physio_outcome_form_clear (&form);
}

static void
show_instrument (PhysioOutcomeDialog *self,
                 PhysioInstrument     instrument)
{
  g_autoptr(GHashTable) wording = NULL;

  self->instrument = instrument;
  if (instrument == PHYSIO_INSTRUMENT_ODI || instrument == PHYSIO_INSTRUMENT_RMDQ ||
      instrument == PHYSIO_INSTRUMENT_SBST)
    wording = physio_database_get_licensed_wording (self->database, instrument, NULL);

  if (self->items != NULL)
    gtk_box_remove (GTK_BOX (self->items_box), self->items);
  self->items = physio_outcome_items_new (instrument, wording);
  g_signal_connect_swapped (self->items, "changed", G_CALLBACK (update_result), self);
  gtk_box_append (GTK_BOX (self->items_box), self->items);
  gtk_widget_set_visible (self->recall_row, instrument == PHYSIO_INSTRUMENT_NPRS);
  if (wording == NULL || g_hash_table_size (wording) == 0)
    {
      if (instrument == PHYSIO_INSTRUMENT_ODI || instrument == PHYSIO_INSTRUMENT_RMDQ ||
          instrument == PHYSIO_INSTRUMENT_SBST)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->instrument_row),
                                       _("Measure (copy the answers from the patient’s paper form)"));
      else
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->instrument_row), _("Measure"));
    }
  update_result (self);
}

static void
on_instrument_selected_cb (PhysioOutcomeDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->instrument_row));

  if (selected < PHYSIO_N_INSTRUMENTS && (PhysioInstrument) selected != self->instrument)
    show_instrument (self, (PhysioInstrument) selected);
}

static void
on_cancel_cb (PhysioOutcomeDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_cb (PhysioOutcomeDialog *self)
{
  if (physio_outcome_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
build_content (PhysioOutcomeDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GtkStringList) instruments = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) recalls = gtk_string_list_new (NULL);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (on_cancel_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);

  for (guint i = 0; i < PHYSIO_N_INSTRUMENTS; i++)
    gtk_string_list_append (instruments, physio_instrument_label ((PhysioInstrument) i));
  self->instrument_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->instrument_row), _("Measure"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->instrument_row), G_LIST_MODEL (instruments));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->instrument_row);

  /* Translators: the first choice of the NPRS recall period, until one is chosen. */
  gtk_string_list_append (recalls, _("Choose the period the score is about"));
  for (guint i = 1; i < G_N_ELEMENTS (nprs_recalls); i++)
    gtk_string_list_append (recalls, physio_recall_label (nprs_recalls[i]));
  self->recall_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recall_row), _("Recall period"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->recall_row), G_LIST_MODEL (recalls));
  g_signal_connect_swapped (self->recall_row, "notify::selected", G_CALLBACK (update_result),
                            self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->recall_row);

  self->date_row = physio_date_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->date_row);
  gtk_box_append (GTK_BOX (body), group);

  self->items_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (body), self->items_box);

  gtk_widget_set_margin_top (body, 18);
  gtk_widget_set_margin_bottom (body, 18);
  gtk_widget_set_margin_start (body, 12);
  gtk_widget_set_margin_end (body, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), body);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  /* The result stays in sight below the scrolling grid. */
  self->result = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->result, "title-4");
  gtk_label_set_xalign (GTK_LABEL (self->result), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Total"), -1);
  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "warning");
  gtk_box_append (GTK_BOX (footer), self->result);
  gtk_box_append (GTK_BOX (footer), self->message);
  gtk_widget_set_margin_top (footer, 12);
  gtk_widget_set_margin_bottom (footer, 12);
  gtk_widget_set_margin_start (footer, 18);
  gtk_widget_set_margin_end (footer, 18);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), footer);
  return box;
}

static void
physio_outcome_dialog_finalize (GObject *object)
{
  PhysioOutcomeDialog *self = PHYSIO_OUTCOME_DIALOG (object);

  g_clear_object (&self->database);
  G_OBJECT_CLASS (physio_outcome_dialog_parent_class)->finalize (object);
}

static void
physio_outcome_dialog_class_init (PhysioOutcomeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = physio_outcome_dialog_finalize;
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
physio_outcome_dialog_init (PhysioOutcomeDialog *self)
{
  GDate today;

  gtk_window_set_title (GTK_WINDOW (self), _("Score a Measure"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 720);
  adw_window_set_content (ADW_WINDOW (self), build_content (self));
  physio_date_today (&today);
  physio_date_entry_row_set_date (PHYSIO_DATE_ENTRY_ROW (self->date_row), &today);
}

PhysioOutcomeDialog *
physio_outcome_dialog_new (GtkWindow        *parent,
                           PhysioDatabase   *database,
                           gint64            patient_id,
                           PhysioInstrument  instrument)
{
  PhysioOutcomeDialog *self;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  self = g_object_new (PHYSIO_TYPE_OUTCOME_DIALOG, NULL);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  self->database = g_object_ref (database);
  self->patient_id = patient_id;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->instrument_row), instrument);
  show_instrument (self, instrument);
  g_signal_connect_swapped (self->instrument_row, "notify::selected",
                            G_CALLBACK (on_instrument_selected_cb), self);
  return self;
}

GtkWidget *
physio_outcome_dialog_get_items (PhysioOutcomeDialog *self)
{
  g_return_val_if_fail (PHYSIO_IS_OUTCOME_DIALOG (self), NULL);
  return self->items;
}

const char *
physio_outcome_dialog_get_result (PhysioOutcomeDialog *self)
{
  g_return_val_if_fail (PHYSIO_IS_OUTCOME_DIALOG (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->result));
}

void
physio_outcome_dialog_set_recall (PhysioOutcomeDialog *self,
                                  PhysioRecall         recall)
{
  g_return_if_fail (PHYSIO_IS_OUTCOME_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (nprs_recalls); i++)
    if (nprs_recalls[i] == recall)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->recall_row), i);
}

/* Stores the form as it is (a form the rules find incomplete is kept with its reason, as on
 * paper); a form the store refuses keeps the dialog open with the reason, losing nothing. */
gboolean
physio_outcome_dialog_save (PhysioOutcomeDialog *self)
{
  g_autoptr(GError) error = NULL;
  PhysioOutcomeForm form;
  gboolean ok;

  g_return_val_if_fail (PHYSIO_IS_OUTCOME_DIALOG (self), FALSE);

  read_form (self, &form);
  if (!g_date_valid (&form.date))
    {
      set_message (self, _("Type the date the patient filled in the form, such as 4 May 2026."));
      physio_outcome_form_clear (&form);
      return FALSE;
    }
  ok = physio_database_save_outcome (self->database, &form, &error);
  physio_outcome_form_clear (&form);
  if (!ok)
    {
      set_message (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  return TRUE;
}

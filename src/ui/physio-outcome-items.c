/* physio-outcome-items.c: the response grid of one outcome measure, without copyrighted wording
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-outcome-items.h"

struct _PhysioOutcomeItems
{
  GtkBox            parent_instance;

  PhysioInstrument  instrument;
  GPtrArray        *items;       /* per item, a GPtrArray of its answer buttons, level order */
  GPtrArray        *activities;  /* PSFS: the GtkEntry naming each activity */
};

G_DEFINE_FINAL_TYPE (PhysioOutcomeItems, physio_outcome_items, GTK_TYPE_BOX)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (PhysioOutcomeItems *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* The clinic's wording for @key, or NULL. */
static const char *
wording_for (GHashTable *wording,
             char       *key)
{
  g_autofree char *owned = key;

  return wording != NULL ? g_hash_table_lookup (wording, owned) : NULL;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* A row of answers of which one may be chosen; none chosen is a blank. */
static void
on_radio_toggled_cb (GtkToggleButton    *button,
                     PhysioOutcomeItems *self)
{
  emit_changed (self);
}

static GtkWidget *
answer_row (PhysioOutcomeItems *self,
            const char         *title,
            const char * const *labels,
            guint               n_labels,
            gboolean            several,
            gboolean            vertical,
            const char         *accessible_item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *answers = gtk_box_new (vertical ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL,
                                    several ? 6 : 0);
  GPtrArray *buttons = g_ptr_array_new ();
  GtkToggleButton *group = NULL;

  if (!several)
    gtk_widget_add_css_class (answers, "linked");
  for (guint level = 0; level < n_labels; level++)
    {
      GtkWidget *button;
      g_autofree char *accessible = NULL;

      if (several)
        button = gtk_check_button_new_with_label (labels[level]);
      else
        {
          button = gtk_toggle_button_new_with_label (labels[level]);
          if (group == NULL)
            group = GTK_TOGGLE_BUTTON (button);
          else
            gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
        }
      if (several && !vertical)
        /* Translators: a screen reader's name for an ODI statement shown by number only:
         * "3. Lifting: statement 2". */
        accessible = g_strdup_printf (_("%s: statement %s"), accessible_item, labels[level]);
      else
        /* Translators: a screen reader's name for one answer: "Item 3: Ticked". */
        accessible = g_strdup_printf (_("%s: %s"), accessible_item, labels[level]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      g_signal_connect (button, "toggled", G_CALLBACK (on_radio_toggled_cb), self);
      g_ptr_array_add (buttons, button);
      gtk_box_append (GTK_BOX (answers), button);
    }
  g_ptr_array_add (self->items, buttons);

  if (title != NULL)
    gtk_box_append (GTK_BOX (row), heading (title));
  gtk_widget_set_valign (answers, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), answers);
  gtk_box_append (GTK_BOX (self), row);
  return row;
}

static const char * const scores_0_10[] = {
  "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"
};

static void
build_nprs (PhysioOutcomeItems *self)
{
  answer_row (self, _("Pain, from 0 (no pain) to 10 (worst imaginable)"), scores_0_10, 11,
              FALSE, FALSE, _("Pain"));
}

static const char * const statement_numbers[PHYSIO_ODI_LEVELS] = {
  "1", "2", "3", "4", "5", "6"
};

/* Without the clinic's wording a section is its topic and six numbered boxes in a row, the
 * statements in the order the paper form prints them (the first scores 0, the last 5). */
static void
build_odi (PhysioOutcomeItems *self,
           GHashTable         *wording)
{
  GtkWidget *hint = heading (_("Tick the statements the patient ticked, by their place in each "
                               "section: 1 is the first statement (0 points), 6 the last "
                               "(5 points)."));

  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (self), hint);
  for (guint section = 0; section < PHYSIO_ODI_SECTIONS; section++)
    {
      const char *own = wording_for (wording, physio_outcome_wording_key (PHYSIO_INSTRUMENT_ODI,
                                                                          section, -1));
      const char *labels[PHYSIO_ODI_LEVELS];
      gboolean worded = TRUE;
      g_autofree char *title = NULL;

      for (guint level = 0; level < PHYSIO_ODI_LEVELS; level++)
        {
          labels[level] = wording_for (wording, physio_outcome_wording_key (PHYSIO_INSTRUMENT_ODI,
                                                                            section, level));
          worded = worded && labels[level] != NULL;
        }
      /* Translators: an ODI section: its number and topic, "3. Lifting". */
      title = g_strdup_printf (_("%u. %s"), section + 1,
                               own != NULL ? own : physio_odi_section_label (section));
      answer_row (self, title, worded ? labels : (const char **) statement_numbers,
                  PHYSIO_ODI_LEVELS, TRUE, worded, title);
    }
}

static void
build_rmdq (PhysioOutcomeItems *self,
            GHashTable         *wording)
{
  const char *labels[] = { _("Not ticked"), _("Ticked"), _("Not applicable") };

  for (guint item = 0; item < PHYSIO_RMDQ_ITEMS; item++)
    {
      const char *own = wording_for (wording, physio_outcome_wording_key (PHYSIO_INSTRUMENT_RMDQ,
                                                                          item, -1));
      /* Translators: a questionnaire item by number, "Item 7". */
      g_autofree char *number = g_strdup_printf (_("Item %u"), item + 1);
      g_autofree char *title = own != NULL ? g_strdup_printf ("%u. %s", item + 1, own)
                                           : g_strdup (number);

      answer_row (self, title, labels, G_N_ELEMENTS (labels), FALSE, FALSE, number);
    }
}

/* "leg_pain" → "leg pain": the construct, not the copyrighted question. */
static char *
construct_name (const char *key)
{
  char *name = g_strdup (key);

  g_strdelimit (name, "_", ' ');
  return name;
}

static void
build_sbst (PhysioOutcomeItems *self,
            GHashTable         *wording)
{
  for (guint item = 0; item < PHYSIO_SBST_ITEMS; item++)
    {
      const char *key = physio_sbst_key (item);
      const char *own = wording_for (wording, physio_outcome_wording_key (PHYSIO_INSTRUMENT_SBST,
                                                                          item, -1));
      g_autofree char *construct = construct_name (key);
      /* Translators: a STarT Back item by number and construct, "Item 5 (fear)". */
      g_autofree char *number = g_strdup_printf (_("Item %u (%s)"), item + 1, construct);
      g_autofree char *title = own != NULL ? g_strdup_printf ("%u. %s", item + 1, own)
                                           : g_strdup (number);
      const char *labels[8];
      guint n = 0;

      while (n < G_N_ELEMENTS (labels) && physio_sbst_level_label (item, n) != NULL)
        {
          labels[n] = physio_sbst_level_label (item, n);
          n++;
        }
      answer_row (self, title, labels, n, FALSE, FALSE, number);
    }
}

static void
on_activity_changed_cb (GtkEditable        *editable,
                        PhysioOutcomeItems *self)
{
  emit_changed (self);
}

static void
build_psfs (PhysioOutcomeItems *self)
{
  GtkWidget *hint = heading (_("Name up to five activities the patient finds hard because of "
                               "their problem, in their own words, and rate each from 0 (unable "
                               "to do it) to 10 (as before the problem)."));

  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (self), hint);
  for (guint item = 0; item < PHYSIO_PSFS_MAX_ACTIVITIES; item++)
    {
      /* Translators: a PSFS activity by number, "Activity 2". */
      g_autofree char *number = g_strdup_printf (_("Activity %u"), item + 1);
      GtkWidget *entry = gtk_entry_new ();
      GtkWidget *row = answer_row (self, NULL, scores_0_10, 11, FALSE, FALSE, number);

      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), number);
      gtk_widget_set_hexpand (entry, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      number, -1);
      g_signal_connect (entry, "changed", G_CALLBACK (on_activity_changed_cb), self);
      gtk_box_prepend (GTK_BOX (row), entry);
      g_ptr_array_add (self->activities, entry);
    }
}

static void
physio_outcome_items_finalize (GObject *object)
{
  PhysioOutcomeItems *self = PHYSIO_OUTCOME_ITEMS (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->activities);
  G_OBJECT_CLASS (physio_outcome_items_parent_class)->finalize (object);
}

static void
physio_outcome_items_class_init (PhysioOutcomeItemsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = physio_outcome_items_finalize;
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
physio_outcome_items_init (PhysioOutcomeItems *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->activities = g_ptr_array_new ();
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
}

GtkWidget *
physio_outcome_items_new (PhysioInstrument  instrument,
                          GHashTable       *wording)
{
  PhysioOutcomeItems *self = g_object_new (PHYSIO_TYPE_OUTCOME_ITEMS, NULL);

  self->instrument = instrument;
  switch (instrument)
    {
    case PHYSIO_INSTRUMENT_NPRS:
      build_nprs (self);
      break;
    case PHYSIO_INSTRUMENT_ODI:
      build_odi (self, wording);
      break;
    case PHYSIO_INSTRUMENT_RMDQ:
      build_rmdq (self, wording);
      break;
    case PHYSIO_INSTRUMENT_SBST:
      build_sbst (self, wording);
      break;
    case PHYSIO_INSTRUMENT_PSFS:
    default:
      build_psfs (self);
      break;
    }
  return GTK_WIDGET (self);
}

static gboolean
button_active (GtkWidget *button)
{
  if (GTK_IS_CHECK_BUTTON (button))
    return gtk_check_button_get_active (GTK_CHECK_BUTTON (button));
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
}

/* The level chosen, PHYSIO_ITEM_MISSING for none; ODI: the ticks as bits. */
static int
item_value (PhysioOutcomeItems *self,
            guint               item)
{
  GPtrArray *buttons = g_ptr_array_index (self->items, item);
  int value = PHYSIO_ITEM_MISSING;

  for (guint level = 0; level < buttons->len; level++)
    if (button_active (g_ptr_array_index (buttons, level)))
      {
        if (self->instrument == PHYSIO_INSTRUMENT_ODI)
          value = MAX (value, 0) | PHYSIO_ODI_TICK (level);
        else
          return (int) level;
      }
  return value;
}

void
physio_outcome_items_fill_form (PhysioOutcomeItems *self,
                                PhysioOutcomeForm  *form)
{
  g_return_if_fail (PHYSIO_IS_OUTCOME_ITEMS (self));
  g_return_if_fail (form != NULL && form->instrument == self->instrument);

  if (self->instrument != PHYSIO_INSTRUMENT_PSFS)
    {
      for (guint item = 0; item < self->items->len && item < PHYSIO_OUTCOME_MAX_ITEMS; item++)
        form->items[item] = item_value (self, item);
      form->n_items = MIN (self->items->len, PHYSIO_OUTCOME_MAX_ITEMS);
      return;
    }

  /* PSFS: the activities named, in order, with their scores. */
  for (guint a = 0; a < form->n_items; a++)
    g_clear_pointer (&form->activities[a], g_free);
  form->n_items = 0;
  for (guint item = 0; item < self->activities->len; item++)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
                                            GTK_EDITABLE (g_ptr_array_index (self->activities,
                                                                             item)))));

      if (*name != '\0' || item_value (self, item) >= 0)
        physio_outcome_form_add_activity (form, name, item_value (self, item));
    }
}

GtkWidget *
physio_outcome_items_get_button (PhysioOutcomeItems *self,
                                 guint               item,
                                 guint               level)
{
  GPtrArray *buttons;

  g_return_val_if_fail (PHYSIO_IS_OUTCOME_ITEMS (self), NULL);
  if (item >= self->items->len)
    return NULL;
  buttons = g_ptr_array_index (self->items, item);
  return level < buttons->len ? g_ptr_array_index (buttons, level) : NULL;
}

GtkWidget *
physio_outcome_items_get_activity (PhysioOutcomeItems *self,
                                   guint               item)
{
  g_return_val_if_fail (PHYSIO_IS_OUTCOME_ITEMS (self), NULL);
  return item < self->activities->len ? g_ptr_array_index (self->activities, item) : NULL;
}

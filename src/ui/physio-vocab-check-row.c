/* physio-vocab-check-row.c: a multiple choice from one vocabulary, as check rows in an expander
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-vocab-check-row"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-core-enums.h"
#include "physio-form.h"
#include "physio-vocab-check-row.h"

struct _PhysioVocabCheckRow
{
  AdwExpanderRow    parent_instance;

  PhysioVocabulary  vocab;
  char             *exclusive_code;
  GPtrArray        *checks;    /* GtkCheckButton, in vocabulary order */
  GStrv             codes;     /* the ticked codes, in vocabulary order */
  gboolean          syncing;   /* the checks are being set from "codes" */
};

G_DEFINE_FINAL_TYPE (PhysioVocabCheckRow, physio_vocab_check_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  PROP_0,
  PROP_VOCABULARY,
  PROP_CODES,
  PROP_EXCLUSIVE_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
code_at (PhysioVocabCheckRow *self,
         guint                i)
{
  const PhysioVocabEntry *entries;
  guint n_entries;

  entries = physio_vocab_entries (self->vocab, &n_entries);
  return i < n_entries ? entries[i].code : NULL;
}

static void
update_subtitle (PhysioVocabCheckRow *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  for (guint i = 0; self->codes != NULL && self->codes[i] != NULL; i++)
    {
      if (summary->len > 0)
        /* TRANSLATORS: separates the items of a list such as "Lumbar, Trunk" */
        g_string_append (summary, _(", "));
      g_string_append (summary, physio_vocab_label (self->vocab, self->codes[i]));
    }

  if (summary->len == 0)
    g_string_append (summary, _("None chosen"));

  escaped = g_markup_escape_text (summary->str, -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
}

/* "codes" from the checks. */
static void
collect_codes (PhysioVocabCheckRow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_strv_builder_add (builder, code_at (self, i));

  g_strfreev (self->codes);
  self->codes = g_strv_builder_end (builder);
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODES]);
}

/* "No equipment" means exactly that, so it and any piece of equipment exclude each other;
 * ticking one clears the other instead of leaving the clinician with an error to fix. */
static void
keep_exclusive_alone (PhysioVocabCheckRow *self,
                      GtkCheckButton      *ticked)
{
  gboolean ticked_exclusive = FALSE;

  for (guint i = 0; i < self->checks->len; i++)
    if (g_ptr_array_index (self->checks, i) == ticked)
      ticked_exclusive = g_strcmp0 (code_at (self, i), self->exclusive_code) == 0;

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (check != ticked &&
          (ticked_exclusive || g_strcmp0 (code_at (self, i), self->exclusive_code) == 0))
        gtk_check_button_set_active (check, FALSE);
    }
}

static void
on_check_toggled_cb (GtkCheckButton      *check,
                     PhysioVocabCheckRow *self)
{
  if (self->syncing)
    return;

  if (self->exclusive_code != NULL && gtk_check_button_get_active (check))
    {
      self->syncing = TRUE;
      keep_exclusive_alone (self, check);
      self->syncing = FALSE;
    }

  collect_codes (self);
}

static void
set_vocabulary (PhysioVocabCheckRow *self,
                PhysioVocabulary     vocab)
{
  const PhysioVocabEntry *entries;
  guint n_entries;

  g_return_if_fail (self->checks->len == 0);

  self->vocab = vocab;
  entries = physio_vocab_entries (vocab, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      GtkWidget *check;
      GtkWidget *item = physio_form_check_row_new (physio_vocab_label (vocab, entries[i].code),
                                                   &check);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), item);

      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);
      g_ptr_array_add (self->checks, check);
    }

  update_subtitle (self);
}

GtkWidget *
physio_vocab_check_row_new (PhysioVocabulary vocab)
{
  return g_object_new (PHYSIO_TYPE_VOCAB_CHECK_ROW, "vocabulary", vocab, NULL);
}

PhysioVocabulary
physio_vocab_check_row_get_vocabulary (PhysioVocabCheckRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_VOCAB_CHECK_ROW (self), 0);

  return self->vocab;
}

const char * const *
physio_vocab_check_row_get_codes (PhysioVocabCheckRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_VOCAB_CHECK_ROW (self), NULL);

  return (const char * const *) self->codes;
}

void
physio_vocab_check_row_set_codes (PhysioVocabCheckRow *self,
                                  const char * const  *codes)
{
  g_return_if_fail (PHYSIO_IS_VOCAB_CHECK_ROW (self));

  self->syncing = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                 codes != NULL && g_strv_contains (codes, code_at (self, i)));
  self->syncing = FALSE;

  /* Unknown codes are dropped: the checks are what the row holds. */
  collect_codes (self);
}

GtkCheckButton *
physio_vocab_check_row_get_check (PhysioVocabCheckRow *self,
                                  const char          *code)
{
  int index;

  g_return_val_if_fail (PHYSIO_IS_VOCAB_CHECK_ROW (self), NULL);

  index = physio_vocab_index (self->vocab, code);
  g_return_val_if_fail (index >= 0 && (guint) index < self->checks->len, NULL);

  return g_ptr_array_index (self->checks, index);
}

static void
physio_vocab_check_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PhysioVocabCheckRow *self = PHYSIO_VOCAB_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_VOCABULARY:
      g_value_set_enum (value, self->vocab);
      break;
    case PROP_CODES:
      g_value_set_boxed (value, self->codes);
      break;
    case PROP_EXCLUSIVE_CODE:
      g_value_set_string (value, self->exclusive_code);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_vocab_check_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PhysioVocabCheckRow *self = PHYSIO_VOCAB_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_VOCABULARY:
      set_vocabulary (self, g_value_get_enum (value));
      break;
    case PROP_CODES:
      physio_vocab_check_row_set_codes (self, g_value_get_boxed (value));
      break;
    case PROP_EXCLUSIVE_CODE:
      g_free (self->exclusive_code);
      self->exclusive_code = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_vocab_check_row_finalize (GObject *object)
{
  PhysioVocabCheckRow *self = PHYSIO_VOCAB_CHECK_ROW (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->codes, g_strfreev);
  g_clear_pointer (&self->exclusive_code, g_free);

  G_OBJECT_CLASS (physio_vocab_check_row_parent_class)->finalize (object);
}

static void
physio_vocab_check_row_class_init (PhysioVocabCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = physio_vocab_check_row_finalize;
  object_class->get_property = physio_vocab_check_row_get_property;
  object_class->set_property = physio_vocab_check_row_set_property;

  properties[PROP_VOCABULARY] =
    g_param_spec_enum ("vocabulary", NULL, NULL,
                       PHYSIO_TYPE_VOCABULARY, PHYSIO_VOCAB_CATEGORY,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODES] =
    g_param_spec_boxed ("codes", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXCLUSIVE_CODE] =
    g_param_spec_string ("exclusive-code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
physio_vocab_check_row_init (PhysioVocabCheckRow *self)
{
  self->checks = g_ptr_array_new ();
  self->codes = g_new0 (char *, 1);
}

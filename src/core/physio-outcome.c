/* physio-outcome.c: instruments, recall periods, forms and licensed wording (brief 2.5, 6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include "physio-i18n.h"
#include <string.h>

#include "physio-outcome.h"

static const struct
{
  const char  *code;
  const char  *label;
  const char  *version;
  guint        n_items;
  gboolean     lower_is_better;
  double       min, max;
  PhysioRecall recall;
} instruments[PHYSIO_N_INSTRUMENTS] = {
  [PHYSIO_INSTRUMENT_NPRS] = { "NPRS", N_("NPRS"), "0-10", 1, TRUE, 0, 10, PHYSIO_RECALL_NONE },
  [PHYSIO_INSTRUMENT_ODI] = { "ODI_2_1a", N_("ODI"), "2.1a", PHYSIO_ODI_SECTIONS, TRUE, 0, 100,
                              PHYSIO_RECALL_TODAY },
  [PHYSIO_INSTRUMENT_RMDQ] = { "RMDQ_24", N_("RMDQ"), "24", PHYSIO_RMDQ_ITEMS, TRUE, 0, 24,
                               PHYSIO_RECALL_TODAY },
  [PHYSIO_INSTRUMENT_PSFS] = { "PSFS", N_("PSFS"), "1", 0, FALSE, 0, 10, PHYSIO_RECALL_TODAY },
  [PHYSIO_INSTRUMENT_SBST] = { "SBST_9", N_("STarT Back"), "9", PHYSIO_SBST_ITEMS, TRUE, 0, 9,
                               PHYSIO_RECALL_LAST_2_WEEKS },
};

static const struct
{
  const char *code;
  const char *label;
} recalls[] = {
  [PHYSIO_RECALL_NONE] = { "", N_("not set") },
  [PHYSIO_RECALL_NOW] = { "now", N_("now") },
  [PHYSIO_RECALL_ON_RISING] = { "on_rising", N_("on rising") },
  [PHYSIO_RECALL_AVERAGE_24H] = { "average_24h", N_("average last 24 h") },
  [PHYSIO_RECALL_WORST_24H] = { "worst_24h", N_("worst last 24 h") },
  [PHYSIO_RECALL_DURING_EXERCISE] = { "during_exercise", N_("during exercise") },
  [PHYSIO_RECALL_TODAY] = { "today", N_("today") },
  [PHYSIO_RECALL_LAST_2_WEEKS] = { "last_2_weeks", N_("last 2 weeks") },
};

/* Topics only (brief 6.2), which name what a section is about; the statements are the
 * copyrighted part and are never shipped. */
static const char * const odi_sections[PHYSIO_ODI_SECTIONS] = {
  N_("Pain intensity"), N_("Personal care"), N_("Lifting"), N_("Walking"), N_("Sitting"),
  N_("Standing"), N_("Sleeping"), N_("Sex life (if applicable)"), N_("Social life"),
  N_("Travelling"),
};

/* Construct keys of brief 6.5, in the order of the Keele form. */
static const char * const sbst_keys[PHYSIO_SBST_ITEMS + 1] = {
  "leg_pain", "shoulder_neck_pain", "walk_short_distances", "dress_slowly", "fear",
  "anxiety", "catastrophising", "low_mood", "bothersome", NULL,
};

static const char * const sbst_bothersome_levels[] = {
  N_("Not at all"), N_("Slightly"), N_("Moderately"), N_("Very much"), N_("Extremely"),
};

const char *
physio_instrument_to_code (PhysioInstrument instrument)
{
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, NULL);

  return instruments[instrument].code;
}

gboolean
physio_instrument_from_code (const char       *code,
                             PhysioInstrument *instrument)
{
  g_return_val_if_fail (instrument != NULL, FALSE);

  for (guint i = 0; i < PHYSIO_N_INSTRUMENTS; i++)
    {
      if (g_strcmp0 (code, instruments[i].code) == 0)
        {
          *instrument = (PhysioInstrument) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
physio_instrument_label (PhysioInstrument instrument)
{
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, instruments[instrument].label);
}

const char *
physio_instrument_version (PhysioInstrument instrument)
{
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, NULL);

  return instruments[instrument].version;
}

guint
physio_instrument_n_items (PhysioInstrument instrument)
{
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, 0);

  return instruments[instrument].n_items;
}

gboolean
physio_instrument_lower_is_better (PhysioInstrument instrument)
{
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, TRUE);

  return instruments[instrument].lower_is_better;
}

void
physio_instrument_range (PhysioInstrument  instrument,
                         double           *min,
                         double           *max)
{
  g_return_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS);

  if (min != NULL)
    *min = instruments[instrument].min;
  if (max != NULL)
    *max = instruments[instrument].max;
}

PhysioRecall
physio_instrument_recall (PhysioInstrument instrument)
{
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, PHYSIO_RECALL_NONE);

  return instruments[instrument].recall;
}

const char *
physio_recall_to_code (PhysioRecall recall)
{
  g_return_val_if_fail ((guint) recall < G_N_ELEMENTS (recalls), NULL);

  return recalls[recall].code;
}

gboolean
physio_recall_from_code (const char   *code,
                         PhysioRecall *recall)
{
  g_return_val_if_fail (recall != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (recalls); i++)
    {
      if (g_strcmp0 (code != NULL ? code : "", recalls[i].code) == 0)
        {
          *recall = (PhysioRecall) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
physio_recall_label (PhysioRecall recall)
{
  g_return_val_if_fail ((guint) recall < G_N_ELEMENTS (recalls), NULL);

  return g_dgettext (GETTEXT_PACKAGE, recalls[recall].label);
}

const char *
physio_odi_section_label (guint section)
{
  g_return_val_if_fail (section < PHYSIO_ODI_SECTIONS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, odi_sections[section]);
}

const char *
physio_sbst_key (guint item)
{
  if (item >= PHYSIO_SBST_ITEMS)
    return NULL;

  return sbst_keys[item];
}

int
physio_sbst_item_of_key (const char *key)
{
  for (guint i = 0; i < PHYSIO_SBST_ITEMS; i++)
    {
      if (g_strcmp0 (key, sbst_keys[i]) == 0)
        return (int) i;
    }

  return -1;
}

const char *
physio_sbst_level_label (guint item,
                         int   level)
{
  g_return_val_if_fail (item < PHYSIO_SBST_ITEMS, NULL);

  if (item == PHYSIO_SBST_BOTHERSOME)
    {
      if (level < 0 || level >= (int) G_N_ELEMENTS (sbst_bothersome_levels))
        return NULL;
      return g_dgettext (GETTEXT_PACKAGE, sbst_bothersome_levels[level]);
    }

  if (level == PHYSIO_SBST_DISAGREE)
    return _("Disagree");
  if (level == PHYSIO_SBST_AGREE)
    return _("Agree");
  return NULL;
}

/* Forms -------------------------------------------------------------------------------------- */

void
physio_outcome_form_init (PhysioOutcomeForm *form,
                          PhysioInstrument   instrument)
{
  g_return_if_fail (form != NULL);
  g_return_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS);

  memset (form, 0, sizeof *form);
  form->instrument = instrument;
  form->recall = instruments[instrument].recall;
  form->n_items = instruments[instrument].n_items;
  g_date_clear (&form->date, 1);
  for (guint i = 0; i < PHYSIO_OUTCOME_MAX_ITEMS; i++)
    form->items[i] = PHYSIO_ITEM_MISSING;
}

void
physio_outcome_form_clear (PhysioOutcomeForm *form)
{
  g_return_if_fail (form != NULL);

  g_clear_pointer (&form->version, g_free);
  for (guint i = 0; i < PHYSIO_PSFS_MAX_ACTIVITIES; i++)
    g_clear_pointer (&form->activities[i], g_free);
}

void
physio_outcome_form_copy_into (PhysioOutcomeForm       *dest,
                               const PhysioOutcomeForm *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  if (dest == src)
    return;

  physio_outcome_form_clear (dest);
  *dest = *src;
  dest->version = g_strdup (src->version);
  for (guint i = 0; i < PHYSIO_PSFS_MAX_ACTIVITIES; i++)
    dest->activities[i] = g_strdup (src->activities[i]);
}

gboolean
physio_outcome_form_add_activity (PhysioOutcomeForm *form,
                                  const char        *activity,
                                  int                score)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (form->instrument == PHYSIO_INSTRUMENT_PSFS, FALSE);

  if (form->n_items >= PHYSIO_PSFS_MAX_ACTIVITIES)
    return FALSE;

  g_free (form->activities[form->n_items]);
  form->activities[form->n_items] = g_strdup (activity);
  form->items[form->n_items] = score;
  form->n_items++;
  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
  return FALSE;
}

static gboolean
check_items (const PhysioOutcomeForm  *form,
             GError                  **error)
{
  for (guint i = 0; i < form->n_items; i++)
    {
      int value = form->items[i];
      gboolean ok = TRUE;

      if (value == PHYSIO_ITEM_MISSING)
        continue;

      switch (form->instrument)
        {
        case PHYSIO_INSTRUMENT_NPRS:
        case PHYSIO_INSTRUMENT_PSFS:
          ok = value >= 0 && value <= 10;
          break;
        case PHYSIO_INSTRUMENT_ODI:
          ok = value >= 0 && value < (1 << PHYSIO_ODI_LEVELS);
          break;
        case PHYSIO_INSTRUMENT_RMDQ:
          ok = value == PHYSIO_RMDQ_NO || value == PHYSIO_RMDQ_YES ||
               value == PHYSIO_RMDQ_NOT_APPLICABLE;
          break;
        case PHYSIO_INSTRUMENT_SBST:
          ok = i == PHYSIO_SBST_BOTHERSOME ? (value >= 0 && value <= 4)
                                           : (value == PHYSIO_SBST_DISAGREE ||
                                              value == PHYSIO_SBST_AGREE);
          break;
        default:
          g_assert_not_reached ();
        }

      if (!ok)
        {
          g_autofree char *message =
            g_strdup_printf (_("Item %u has an answer the form does not have."), i + 1);

          return invalid (error, message);
        }
    }

  return TRUE;
}

gboolean
physio_outcome_form_check (const PhysioOutcomeForm  *form,
                           GError                  **error)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) form->instrument >= PHYSIO_N_INSTRUMENTS)
    return invalid (error, _("This measure is not one Physioplan knows."));
  if (!g_date_valid (&form->date))
    return invalid (error, _("Choose the date the measure was taken."));

  switch (form->instrument)
    {
    case PHYSIO_INSTRUMENT_NPRS:
      if (form->recall == PHYSIO_RECALL_NONE || form->recall == PHYSIO_RECALL_TODAY ||
          form->recall == PHYSIO_RECALL_LAST_2_WEEKS || (guint) form->recall >= G_N_ELEMENTS (recalls))
        return invalid (error, _("Choose what the pain score refers to: now, on rising, the "
                                 "average or worst of the last 24 hours, or during exercise."));
      if (form->n_items != 1 || form->items[0] == PHYSIO_ITEM_MISSING)
        return invalid (error, _("Enter the pain score, from 0 to 10."));
      break;

    case PHYSIO_INSTRUMENT_PSFS:
      if (form->n_items < 1 || form->n_items > PHYSIO_PSFS_MAX_ACTIVITIES)
        return invalid (error, _("The functional scale needs 1 to 5 of the patient's own "
                                 "activities."));
      for (guint i = 0; i < form->n_items; i++)
        {
          /* Stripped on a copy: the form is const. */
          g_autofree char *text = g_strdup (form->activities[i] != NULL ? form->activities[i]
                                                                         : "");

          if (*g_strstrip (text) == '\0')
            return invalid (error, _("Each activity needs its description."));
          if (form->items[i] == PHYSIO_ITEM_MISSING)
            return invalid (error, _("Rate each activity from 0 (unable) to 10 (as before "
                                     "the problem)."));
        }
      break;

    case PHYSIO_INSTRUMENT_ODI:
    case PHYSIO_INSTRUMENT_RMDQ:
    case PHYSIO_INSTRUMENT_SBST:
      if (form->n_items != instruments[form->instrument].n_items)
        return invalid (error, _("The form has the wrong number of items for this measure."));
      break;

    default:
      g_assert_not_reached ();
    }

  return check_items (form, error);
}

/* Licensed wording --------------------------------------------------------------------------- */

char *
physio_outcome_wording_key (PhysioInstrument instrument,
                            guint            item,
                            int              level)
{
  switch (instrument)
    {
    case PHYSIO_INSTRUMENT_ODI:
      g_return_val_if_fail (item < PHYSIO_ODI_SECTIONS, NULL);
      g_return_val_if_fail (level >= -1 && level < PHYSIO_ODI_LEVELS, NULL);
      if (level < 0)
        return g_strdup_printf ("%u", item + 1);
      return g_strdup_printf ("%u.%d", item + 1, level);

    case PHYSIO_INSTRUMENT_RMDQ:
      g_return_val_if_fail (item < PHYSIO_RMDQ_ITEMS, NULL);
      return g_strdup_printf ("%u", item + 1);

    case PHYSIO_INSTRUMENT_SBST:
      g_return_val_if_fail (item < PHYSIO_SBST_ITEMS, NULL);
      return g_strdup (sbst_keys[item]);

    case PHYSIO_INSTRUMENT_NPRS:
    case PHYSIO_INSTRUMENT_PSFS:
    default:
      /* Free instruments: their wording ships with the app. */
      g_return_val_if_reached (NULL);
    }
}

/* "12. text", "12) text", "Q12 text", "Q12. text" → "text". */
static const char *
skip_numbering (const char *line)
{
  const char *p = line;

  if (*p == 'Q' || *p == 'q')
    p++;
  if (!g_ascii_isdigit (*p))
    return line;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.' || *p == ')' || *p == ':')
    p++;
  else if (!g_ascii_isspace (*p))
    return line;   /* "3kg" is text, not a number */
  while (g_ascii_isspace (*p))
    p++;
  return *p != '\0' ? p : line;
}

GHashTable *
physio_outcome_wording_parse (PhysioInstrument   instrument,
                              const char        *text,
                              GError           **error)
{
  g_autoptr(GHashTable) wording = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) raw = NULL;
  guint expected = 0;
  gboolean headings = FALSE;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  raw = g_strsplit (text, "\n", -1);
  for (guint i = 0; raw[i] != NULL; i++)
    {
      char *line = g_strstrip (raw[i]);

      if (*line != '\0')
        g_ptr_array_add (lines, g_strdup (skip_numbering (line)));
    }

  switch (instrument)
    {
    case PHYSIO_INSTRUMENT_ODI:
      expected = PHYSIO_ODI_SECTIONS * PHYSIO_ODI_LEVELS;
      headings = lines->len == PHYSIO_ODI_SECTIONS * (PHYSIO_ODI_LEVELS + 1);
      if (headings)
        expected = lines->len;
      break;
    case PHYSIO_INSTRUMENT_RMDQ:
      expected = PHYSIO_RMDQ_ITEMS;
      break;
    case PHYSIO_INSTRUMENT_SBST:
      expected = PHYSIO_SBST_ITEMS;
      break;
    case PHYSIO_INSTRUMENT_NPRS:
    case PHYSIO_INSTRUMENT_PSFS:
    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("This measure is free to use: its wording is built in."));
      return NULL;
    }

  if (lines->len != expected)
    {
      if (instrument == PHYSIO_INSTRUMENT_ODI)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("Expected 60 lines (6 statements for each of the 10 sections) or 70 "
                       "(each section's heading, then its 6 statements), one per line; found "
                       "%u."), lines->len);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("Expected %u items, one per line; found %u."), expected, lines->len);
      return NULL;
    }

  for (guint i = 0, line = 0; line < lines->len; i++)
    {
      if (instrument == PHYSIO_INSTRUMENT_ODI)
        {
          if (headings)
            g_hash_table_insert (wording, physio_outcome_wording_key (instrument, i, -1),
                                 g_strdup (lines->pdata[line++]));
          for (int level = 0; level < PHYSIO_ODI_LEVELS; level++)
            g_hash_table_insert (wording, physio_outcome_wording_key (instrument, i, level),
                                 g_strdup (lines->pdata[line++]));
        }
      else
        {
          g_hash_table_insert (wording, physio_outcome_wording_key (instrument, i, -1),
                               g_strdup (lines->pdata[line++]));
        }
    }

  return g_steal_pointer (&wording);
}

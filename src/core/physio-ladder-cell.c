/* physio-ladder-cell.c: the compact cell notation of the ladder tables (brief section 5,
 * data/TEMPLATE-FORMAT.md "Cell notation"), written and read
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-units.h"
#include "physio-i18n.h"
#include <math.h>
#include <string.h>

#include "physio-dose-private.h"
#include "physio-ladder.h"
#include "physio-units.h"
#include "physio-vocabulary.h"

#define TIMES   "\u00d7"   /* × */
#define PRIME   "\u2032"   /* ′ minutes */
#define DPRIME  "\u2033"   /* ″ seconds */

/* Large enough for any count a dose can hold (30000 steps) and small enough not to overflow. */
#define NUMBER_MAX 1000000

/* The band level as the tables write it: "light", "extra light". */
static const char *
band_code (PhysioBandLevel level)
{
  const PhysioVocabEntry *entries;
  guint n;

  entries = physio_vocab_entries (PHYSIO_VOCAB_BAND_LEVEL, &n);
  if (level < PHYSIO_BAND_EXTRA_LIGHT || (guint) level > n)
    return NULL;

  return entries[level - 1].code;
}

/* @value in ASCII with at most @decimals decimals and no trailing zeros, never in exponent
 * notation ("1e-05 kg" would read back as 5 kg). */
static char *
plain_number (double value,
              int    decimals)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  char *end;

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (number, sizeof number, format, value);
  end = number + strlen (number);
  if (strchr (number, '.') != NULL)
    {
      while (end[-1] == '0')
        *--end = '\0';
      if (end[-1] == '.')
        end[-1] = '\0';
    }

  return g_strdup (number);
}

/* "4 kg", "2.5 kg" to the gram, or "8.8 lb" to a tenth of a pound, as physio-units.h says;
 * NULL when that rounds to nothing. */
static char *
kg_text (double kg)
{
  g_autofree char *number = NULL;

  if (!(kg >= 0.0005 && kg < NUMBER_MAX))
    return NULL;

  if (physio_units_get_weight () == PHYSIO_WEIGHT_LB)
    {
      double lb = physio_units_weight_to_shown (kg);

      if (lb < 0.05)
        return NULL;
      number = plain_number (lb, 1);
      return g_strdup_printf ("%s lb", number);
    }

  number = plain_number (kg, 3);
  return g_strdup_printf ("%s kg", number);
}

/* "light band", "extra light band". */
static char *
band_text (PhysioBandLevel level)
{
  const char *band = band_code (level);
  g_autofree char *words = NULL;

  if (band == NULL)
    return NULL;

  words = g_strdelimit (g_strdup (band), "_", ' ');
  return g_strdup_printf ("%s band", words);
}

/* What the load of @dose reads as inside the brackets of a cell, or NULL for none. The text
 * is written without the spaces around it, which the parser drops. */
static char *
load_cell_text (const PhysioDose *dose)
{
  if (dose->load_text != NULL)
    {
      g_autofree char *text = g_strstrip (physio_units_weights_in_text (dose->load_text));

      if (*text != '\0')
        return g_steal_pointer (&text);
    }

  switch (dose->load_kind)
    {
    case PHYSIO_LOAD_KG:
      return kg_text (dose->load_kg);
    case PHYSIO_LOAD_BAND:
      return band_text (dose->band_level);
    case PHYSIO_LOAD_NONE:
    case PHYSIO_LOAD_BODYWEIGHT:
    case PHYSIO_LOAD_ASSISTED:
    default:
      return NULL;
    }
}

static void
append_load (GString          *cell,
             const PhysioDose *dose)
{
  g_autofree char *load = load_cell_text (dose);

  if (load != NULL)
    g_string_append_printf (cell, " (%s)", load);
}

char *
physio_dose_format_cell (const PhysioDose *dose,
                         PhysioDosageKind  kind,
                         PhysioLaterality  laterality)
{
  g_autoptr(GString) cell = g_string_new (NULL);
  g_autofree char *pattern = NULL;
  guint sets;

  g_return_val_if_fail (dose != NULL, NULL);

  pattern = physio_dose_pattern_to_string (dose);
  sets = MAX (dose->sets, 1);

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
      /* A one-step pattern is one set; written bare ("8") it would read back as reps with
       * the sets of the dose being edited. */
      if (pattern != NULL && dose->n_pattern == 1)
        g_string_append_printf (cell, "1" TIMES "%s", pattern);
      else if (pattern != NULL)
        g_string_append (cell, pattern);
      else
        g_string_append_printf (cell, "%u" TIMES "%u", sets, dose->reps);
      break;
    case PHYSIO_DOSAGE_HOLD:
      if (pattern != NULL)
        g_string_append_printf (cell, "%s" TIMES "%us", pattern, dose->hold_s);
      else if (sets > 1)
        g_string_append_printf (cell, "%u" TIMES "%u" TIMES "%us", sets, dose->reps, dose->hold_s);
      else
        g_string_append_printf (cell, "%u" TIMES "%us", dose->reps, dose->hold_s);
      break;
    case PHYSIO_DOSAGE_DURATION:
      if (dose->duration_s % 60 == 0)
        g_string_append_printf (cell, "%u" PRIME, dose->duration_s / 60);
      else
        g_string_append_printf (cell, "%u" DPRIME, dose->duration_s);
      break;
    case PHYSIO_DOSAGE_DISTANCE:
      if (sets > 1)
        g_string_append_printf (cell, "%u" TIMES, sets);
      if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
        g_string_append_printf (cell, "%u yd",
                                (guint) physio_units_short_distance_to_shown (dose->distance_m));
      else
        g_string_append_printf (cell, "%u m", dose->distance_m);
      break;
    case PHYSIO_DOSAGE_STEPS:
      if (dose->steps_per_day > 0)
        g_string_append_printf (cell, "%u steps/d", dose->steps_per_day);
      else
        g_string_append_printf (cell, "usual steps +%u/d", dose->steps_above_baseline);
      break;
    case PHYSIO_DOSAGE_PRACTICE:
      g_string_append_printf (cell, "practise %u", dose->reps);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (laterality == PHYSIO_LATERALITY_EACH_SIDE)
    g_string_append (cell, " e/s");
  append_load (cell, dose);
  if (dose->sessions_per_day > 1)
    g_string_append_printf (cell, " " TIMES "%u/d", dose->sessions_per_day);

  return g_string_free (g_steal_pointer (&cell), FALSE);
}

/* Parsing ------------------------------------------------------------------------------------ */

static gboolean
expected (PhysioDosageKind   kind,
          GError           **error)
{
  const char *message;

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
      message = _("Expected sets × reps, such as 2×10, or a pattern such as 6-4-2.");
      break;
    case PHYSIO_DOSAGE_HOLD:
      message = _("Expected holds × seconds, such as 5×10s, sets × holds × seconds, such as "
                  "2×5×10s, or a pattern × seconds, such as 6-4-2×10s.");
      break;
    case PHYSIO_DOSAGE_DURATION:
      message = _("Expected minutes, such as 10′ or 10 min, or seconds, such as 90s.");
      break;
    case PHYSIO_DOSAGE_DISTANCE:
      if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
        message = _("Expected yards, such as 20 yd, or sets × yards, such as 3×20 yd.");
      else
        message = _("Expected metres, such as 20 m, or sets × metres, such as 3×20 m.");
      break;
    case PHYSIO_DOSAGE_STEPS:
      message = _("Expected steps per day, such as 6000, or usual steps plus a number, such "
                  "as +500.");
      break;
    case PHYSIO_DOSAGE_PRACTICE:
      message = _("Expected the number of practice goes, such as practise 3.");
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  g_set_error_literal (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_PATTERN, message);
  return FALSE;
}

/* A whole number of 1 or more, and nothing else (spaces around it are fine). */
static gboolean
parse_count (const char *text,
             guint      *value)
{
  return _physio_parse_whole_number (text, 1, NUMBER_MAX, value);
}

/* Removes @suffix (any of the alternatives, ASCII case-insensitive) from the end of @text. */
static gboolean
strip_suffix (char               *text,
              const char * const *suffixes)
{
  gsize len = strlen (text);

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      gsize n = strlen (suffixes[i]);

      if (len >= n && g_ascii_strcasecmp (text + len - n, suffixes[i]) == 0)
        {
          text[len - n] = '\0';
          g_strchomp (text);
          return TRUE;
        }
    }

  return FALSE;
}

/* Replaces every "×", "*", "x" or "X" with 'x' so the volume splits on one character. The
 * load text never goes through here: "2 x 3–5 kg" stays as written. */
static char *
normalise_times (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, TIMES, -1);
  g_autofree char *joined = g_strjoinv ("x", parts);

  for (char *p = joined; *p != '\0'; p++)
    {
      if (*p == '*' || *p == 'X')
        *p = 'x';
    }

  return g_steal_pointer (&joined);
}

/* Splits "2 x 5 x 10s" into trimmed parts; an empty part ("2x") makes it fail. */
static char **
split_times (const char *volume)
{
  g_auto(GStrv) parts = g_strsplit (volume, "x", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        return NULL;
    }

  return g_steal_pointer (&parts);
}

/* " ×3/d", "x3/d", "3/d", "3 times a day", "x3 per day": the sessions per day at the end.
 * A step target is itself per day ("6000 steps/d", "+500/d"), so with @need_times only the
 * forms that cannot be the target are taken: "×2/d" and "2 times a day". @text changes only
 * when they are there. */
static gboolean
take_sessions (char     *text,
               gboolean  need_times,
               guint    *sessions)
{
  static const char * const times_per_day[] = { "times per day", "times a day", NULL };
  static const char * const per_day[] = {
    "per day", "a day", "/ day", "/day", "/ d", "/d", NULL
  };
  g_autofree char *copy = g_strdup (text);
  g_autofree char *number = NULL;
  gboolean said_times;
  gboolean has_times;
  guint count = 0;
  char *end, *start;

  said_times = strip_suffix (copy, times_per_day);
  if (!said_times && !strip_suffix (copy, per_day))
    return FALSE;

  end = copy + strlen (copy);
  start = end;
  while (start > copy && g_ascii_isdigit (start[-1]))
    start--;
  number = g_strndup (start, end - start);
  if (!parse_count (number, &count))
    return FALSE;

  *start = '\0';
  g_strchomp (copy);
  /* The "×" before the count, in any of its spellings. */
  has_times = TRUE;
  if (g_str_has_suffix (copy, TIMES))
    copy[strlen (copy) - strlen (TIMES)] = '\0';
  else if (g_str_has_suffix (copy, "x") || g_str_has_suffix (copy, "X") ||
           g_str_has_suffix (copy, "*"))
    copy[strlen (copy) - 1] = '\0';
  else
    has_times = FALSE;
  if (need_times && !has_times && !said_times)
    return FALSE;
  g_strchomp (copy);

  /* The copy is never longer than the text. */
  strcpy (text, copy);
  *sessions = count;
  return TRUE;
}

/* A trailing "(…)": everything from the first "(" to the last ")", so a load text keeps
 * whatever brackets were typed into it, balanced or not: "(task load (shopping etc.))",
 * "(2 kg (per hand)". A volume never has a bracket. */
static char *
take_load (char *text)
{
  gsize len = strlen (text);
  char *open;
  char *inside;

  if (len == 0 || text[len - 1] != ')')
    return NULL;

  open = strchr (text, '(');
  if (open == NULL)
    return NULL;

  inside = g_strndup (open + 1, text + len - 1 - (open + 1));
  *open = '\0';
  g_strchomp (text);
  return g_strstrip (inside);
}

static gboolean
take_side (char *text)
{
  static const char * const sides[] = { "e/s", "each side", "each limb", "per side", NULL };

  return strip_suffix (text, sides);
}

/* "light", "light band", "extra light", "extra-light band", "extra_heavy". */
static PhysioBandLevel
parse_band (const char *text)
{
  g_autofree char *words = g_ascii_strdown (text, -1);
  const PhysioVocabEntry *entries;
  guint n;

  g_strdelimit (words, "_-", ' ');
  g_strstrip (words);
  if (g_str_has_suffix (words, " band"))
    {
      words[strlen (words) - strlen (" band")] = '\0';
      g_strchomp (words);
    }

  entries = physio_vocab_entries (PHYSIO_VOCAB_BAND_LEVEL, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdelimit (g_strdup (entries[i].code), "_", ' ');

      if (g_str_equal (words, code))
        return (PhysioBandLevel) (i + 1);
    }

  return 0;
}

/* The first "N kg" or "N–M kg" in a load text, as its lower bound ("2 x 3–5 kg" → 3), in
 * kilograms; pounds ("10 lb", "8–12 lbs") are read whatever the chosen unit. *plain is TRUE
 * when the text is nothing but the weight ("4 kg"). */
static gboolean
find_kg (const char *text,
         double     *kg,
         gboolean   *plain)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  double value;

  regex = g_regex_new ("(\\d+(?:[.,]\\d+)?)\\s*(?:[-\u2013]\\s*\\d+(?:[.,]\\d+)?\\s*)?"
                       "(kg|lbs?|pounds?)\\b", G_REGEX_CASELESS, 0, NULL);
  g_assert (regex != NULL);

  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;

  number = g_match_info_fetch (match, 1);
  unit = g_match_info_fetch (match, 2);
  g_strdelimit (number, ",", '.');
  value = g_ascii_strtod (number, NULL);
  *kg = g_ascii_strcasecmp (unit, "kg") == 0 ? value : value * PHYSIO_KG_PER_LB;
  *plain = g_regex_match_simple ("^\\d+(?:[.,]\\d+)?\\s*(kg|lbs?|pounds?)$", text,
                                 G_REGEX_CASELESS, 0);
  return *kg > 0;
}

/* The load as typed, unless it is word for word what the formatter writes for the load it
 * reads as ("4 kg", "light band"): then the kind says it all. Keeping any other spelling
 * ("Light", "4kg") makes the cell read back exactly as it was written. */
static void
keep_text_unless (PhysioDose *dose,
                  const char *text,
                  const char *written)
{
  if (g_strcmp0 (text, written) != 0)
    dose->load_text = g_strdup (text);
}

static void
apply_load (PhysioDose *dose,
            const char *text)
{
  PhysioBandLevel band;
  gboolean plain = FALSE;
  double kg = 0;

  /* The clinician's wording as the cell showed it, its weights in the chosen unit: the load
   * is what it was, not a new one read back from rounded numbers. */
  if (dose->load_text != NULL)
    {
      g_autofree char *shown = g_strstrip (physio_units_weights_in_text (dose->load_text));

      if (g_str_equal (shown, text))
        return;
    }

  g_clear_pointer (&dose->load_text, g_free);
  if (*text == '\0')
    {
      dose->load_kind = PHYSIO_LOAD_NONE;
      return;
    }

  band = parse_band (text);
  if (band != 0)
    {
      g_autofree char *written = band_text (band);

      dose->load_kind = PHYSIO_LOAD_BAND;
      dose->band_level = band;
      keep_text_unless (dose, text, written);
      return;
    }

  /* "4 kg" is just a weight; "2–4 kg per hand" also has words the patient should read. */
  if (find_kg (text, &kg, &plain))
    {
      dose->load_kind = PHYSIO_LOAD_KG;
      dose->load_kg = kg;
      if (plain)
        {
          g_autofree char *written = kg_text (kg);

          keep_text_unless (dose, text, written);
        }
      else
        {
          dose->load_text = g_strdup (text);
        }
      return;
    }

  /* Words only ("new load", "empty box"): the kind and weight stay what they were, so
   * "new load" keeps the last weight as its floor (TEMPLATE-FORMAT.md). */
  dose->load_text = g_strdup (text);
}

/* A count followed by one of @units (or by nothing, when @bare_ok). */
static gboolean
parse_with_unit (const char         *text,
                 const char * const *units,
                 gboolean            bare_ok,
                 guint              *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  if (!strip_suffix (copy, units) && !bare_ok)
    return FALSE;

  return parse_count (copy, value);
}

/* "6-4-2", also with en dashes as word processors write it. */
static gboolean
is_pattern (const char *text)
{
  return strchr (text, '-') != NULL || strstr (text, "\u2013") != NULL;
}

static gboolean
parse_reps (char       **parts,
            PhysioDose  *dose)
{
  static const char * const reps_units[] = { "reps", "rep", NULL };
  guint n = g_strv_length (parts);
  guint sets = dose->sets, reps = 0;
  const char *last;

  if (n == 0 || n > 2)
    return FALSE;

  last = parts[n - 1];
  if (n == 2 && !parse_count (parts[0], &sets))
    return FALSE;

  if (n == 1 && is_pattern (last))
    return physio_dose_parse_pattern (dose, last);

  if (!parse_with_unit (last, reps_units, TRUE, &reps))
    return FALSE;

  dose->n_pattern = 0;
  dose->sets = MAX (sets, 1);
  dose->reps = reps;
  return TRUE;
}

static gboolean
parse_hold (char       **parts,
            PhysioDose  *dose)
{
  static const char * const seconds[] = {
    "seconds", "second", "secs", "sec", "s", DPRIME, "\"", NULL
  };
  guint n = g_strv_length (parts);
  guint hold = 0, reps = dose->reps, sets = dose->sets;
  gboolean pattern = FALSE;

  if (n == 0 || n > 3)
    return FALSE;
  if (!parse_with_unit (parts[n - 1], seconds, TRUE, &hold))
    return FALSE;

  if (n >= 2)
    {
      if (n == 2 && is_pattern (parts[n - 2]))
        {
          PhysioDose probe = PHYSIO_DOSE_INIT;

          if (!physio_dose_parse_pattern (&probe, parts[n - 2]))
            return FALSE;
          memcpy (dose->reps_pattern, probe.reps_pattern, sizeof dose->reps_pattern);
          dose->n_pattern = probe.n_pattern;
          pattern = TRUE;
        }
      else if (!parse_count (parts[n - 2], &reps))
        {
          return FALSE;
        }
    }
  if (n == 3 && !parse_count (parts[0], &sets))
    return FALSE;

  if (!pattern)
    {
      /* "5×10s" is one set of five holds unless a set count is written. */
      dose->n_pattern = n >= 2 ? 0 : dose->n_pattern;
      dose->reps = reps;
      dose->sets = n == 3 ? sets : (n == 2 ? 1 : MAX (sets, 1));
    }
  dose->hold_s = hold;
  return TRUE;
}

static gboolean
parse_duration (char       **parts,
                PhysioDose  *dose)
{
  static const char * const minutes[] = {
    "minutes", "minute", "mins", "min", "m", PRIME, "'", NULL
  };
  static const char * const seconds[] = {
    "seconds", "second", "secs", "sec", "s", DPRIME, "\"", "''", NULL
  };
  guint value = 0;

  if (g_strv_length (parts) != 1)
    return FALSE;

  /* Seconds first: "''" ends in "'", and "s" would otherwise never be reached after "mins". */
  if (parse_with_unit (parts[0], seconds, FALSE, &value))
    {
      dose->duration_s = value;
      return TRUE;
    }
  if (parse_with_unit (parts[0], minutes, TRUE, &value) && value <= NUMBER_MAX / 60)
    {
      dose->duration_s = value * 60;
      return TRUE;
    }

  return FALSE;
}

static gboolean
parse_distance (char       **parts,
                PhysioDose  *dose)
{
  static const char * const metres[] = { "metres", "meters", "metre", "meter", "m", NULL };
  static const char * const yards[] = { "yards", "yard", "yds", "yd", NULL };
  guint n = g_strv_length (parts);
  guint sets = dose->sets, distance = 0;
  g_autofree char *amount = NULL;
  gboolean imperial = physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL;

  if (n == 0 || n > 2)
    return FALSE;
  if (n == 2 && !parse_count (parts[0], &sets))
    return FALSE;

  /* Either unit is read whatever the choice; a bare number is in the chosen one. */
  amount = g_strstrip (g_strdup (parts[n - 1]));
  if (strip_suffix (amount, yards))
    imperial = TRUE;
  else if (strip_suffix (amount, metres))
    imperial = FALSE;
  if (!parse_count (amount, &distance))
    return FALSE;
  if (imperial)
    distance = (guint) lround (distance * PHYSIO_METRES_PER_YD);

  dose->sets = n == 2 ? sets : MAX (sets, 1);
  dose->distance_m = distance;
  return TRUE;
}

static gboolean
parse_steps (const char *volume,
             PhysioDose *dose)
{
  static const char * const tails[] = {
    "steps per day", "steps a day", "steps/day", "steps/d", "per day", "a day", "/day", "/d",
    "steps", NULL
  };
  g_autofree char *copy = g_ascii_strdown (volume, -1);
  const char *plus;
  char *out;
  guint value = 0;

  g_strstrip (copy);
  strip_suffix (copy, tails);

  plus = strchr (copy, '+');
  if (plus != NULL)
    {
      /* "usual steps +500", "usual + 500", "+500": relative to the patient's own baseline. */
      if (!parse_count (plus + 1, &value))
        return FALSE;
      dose->steps_per_day = 0;
      dose->steps_above_baseline = value;
      return TRUE;
    }

  /* Thousands separators as people type them: "6,000", "6 000". */
  out = copy;
  for (const char *p = copy; *p != '\0'; p++)
    {
      if (*p != ' ' && *p != ',')
        *out++ = *p;
    }
  *out = '\0';
  if (!parse_count (copy, &value))
    return FALSE;

  dose->steps_per_day = value;
  dose->steps_above_baseline = 0;
  return TRUE;
}

static gboolean
parse_practice (char       **parts,
                PhysioDose  *dose)
{
  static const char * const words[] = { "practise", "practice", NULL };
  guint n = g_strv_length (parts);
  guint sets = dose->sets, reps = 0;

  if (n == 0 || n > 2)
    return FALSE;

  /* "practise 3": the word leads, so look for it at the start of the first part. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_ascii_strncasecmp (parts[0], words[i], strlen (words[i])) == 0)
        {
          char *rest = g_strdup (parts[0] + strlen (words[i]));

          g_free (parts[0]);
          parts[0] = g_strstrip (rest);
          break;
        }
    }

  if (n == 2 && !parse_count (parts[0], &sets))
    return FALSE;
  if (!parse_count (parts[n - 1], &reps))
    return FALSE;

  dose->sets = n == 2 ? sets : MAX (sets, 1);
  dose->reps = reps;
  return TRUE;
}

gboolean
physio_dose_parse_cell (const char        *text,
                        PhysioDosageKind   kind,
                        PhysioDose        *dose,
                        GError           **error)
{
  g_auto(PhysioDose) parsed = PHYSIO_DOSE_INIT;
  g_autofree char *work = NULL;
  g_autofree char *volume = NULL;
  g_autofree char *load = NULL;
  g_auto(GStrv) parts = NULL;
  guint sessions = 0;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail ((guint) kind <= PHYSIO_DOSAGE_PRACTICE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A cell is typed text; bytes that are not UTF-8 are no dose (and must not reach a
   * regular expression, which trusts its input to be UTF-8). */
  if (!g_utf8_validate (text, -1, NULL))
    return expected (kind, error);

  physio_dose_copy_into (&parsed, dose);
  work = g_strstrip (g_strdup (text));

  /* From the end: sessions, load and side may come in any order after the volume. A step
   * target is per day by itself, so a bare "/d" there belongs to the volume. */
  for (gboolean more = TRUE; more;)
    {
      char *inside;

      more = FALSE;
      if (sessions == 0 && take_sessions (work, kind == PHYSIO_DOSAGE_STEPS, &sessions))
        more = TRUE;
      if (load == NULL && (inside = take_load (work)) != NULL)
        {
          load = inside;
          more = TRUE;
        }
      if (take_side (work))
        more = TRUE;
    }

  if (*work == '\0')
    return expected (kind, error);

  if (kind == PHYSIO_DOSAGE_STEPS)
    {
      ok = parse_steps (work, &parsed);
    }
  else
    {
      volume = normalise_times (work);
      /* "practise" has no x in it, but "6-4-2x10s" does: split on the normalised text. */
      parts = split_times (volume);
      if (parts == NULL)
        return expected (kind, error);

      switch (kind)
        {
        case PHYSIO_DOSAGE_REPS:
          ok = parse_reps (parts, &parsed);
          break;
        case PHYSIO_DOSAGE_HOLD:
          ok = parse_hold (parts, &parsed);
          break;
        case PHYSIO_DOSAGE_DURATION:
          ok = parse_duration (parts, &parsed);
          break;
        case PHYSIO_DOSAGE_DISTANCE:
          ok = parse_distance (parts, &parsed);
          break;
        case PHYSIO_DOSAGE_PRACTICE:
          ok = parse_practice (parts, &parsed);
          break;
        case PHYSIO_DOSAGE_STEPS:
        default:
          g_return_val_if_reached (FALSE);
        }
    }

  if (!ok)
    return expected (kind, error);

  if (sessions > 0)
    parsed.sessions_per_day = sessions;
  if (load != NULL)
    apply_load (&parsed, load);

  physio_dose_copy_into (dose, &parsed);
  return TRUE;
}

/* physio-dose-format.c: the one dose formatter (brief 2.4), compact and in words (brief 7.1)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>
#include <string.h>

#include "physio-dose.h"
#include "physio-units.h"
#include "physio-vocabulary.h"

/* Brief 2.4: from 2 minutes on, times are read in whole minutes, rounded half up. Below that a
 * whole minute still reads as a minute, and anything else stays in seconds. */
#define WHOLE_MINUTES_FROM 120

static guint
round_minutes (guint seconds)
{
  return (seconds + 30) / 60;
}

static gboolean
reads_in_minutes (guint seconds)
{
  return seconds >= WHOLE_MINUTES_FROM || (seconds > 0 && seconds % 60 == 0);
}

char *
physio_format_seconds (guint seconds)
{
  if (reads_in_minutes (seconds))
    {
      /* TRANSLATORS: a duration in whole minutes, as in "5 min" */
      return g_strdup_printf (_("%u min"), round_minutes (seconds));
    }

  /* TRANSLATORS: a duration in seconds, as in "45 s" */
  return g_strdup_printf (_("%u s"), seconds);
}

static guint
sessions_per_day (const PhysioDose *dose)
{
  /* A dose that does not say how often a day means once a day (the aquatic and carry
   * exercises of the library leave it out). */
  return MAX (dose->sessions_per_day, 1);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

/* The translated level of a band load ("light"), or NULL when the level is unset. */
static const char *
band_label (const PhysioDose *dose)
{
  const PhysioVocabEntry *levels;
  guint n_levels;

  levels = physio_vocab_entries (PHYSIO_VOCAB_BAND_LEVEL, &n_levels);
  if (dose->band_level < PHYSIO_BAND_EXTRA_LIGHT || dose->band_level > n_levels)
    return NULL;

  /* PhysioBandLevel counts from 1, the table from 0. */
  return physio_vocab_label (PHYSIO_VOCAB_BAND_LEVEL, levels[dose->band_level - 1].code);
}

/* Rest is only worth printing when there is something to rest between: sets of reps, lengths
 * of a distance, or the holds themselves (the library rests a few seconds between holds). */
static gboolean
rest_matters (const PhysioDose *dose,
              PhysioDosageKind  kind)
{
  if (!physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_REST) || dose->rest_s <= 0)
    return FALSE;

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
      return dose->sets > 1 || dose->n_pattern > 1;
    case PHYSIO_DOSAGE_HOLD:
      return dose->sets > 1 || dose->reps > 1 || dose->n_pattern > 1
             || (dose->n_pattern == 1 && dose->reps_pattern[0] > 1);
    case PHYSIO_DOSAGE_DISTANCE:
      return dose->sets > 1;
    case PHYSIO_DOSAGE_DURATION:
    case PHYSIO_DOSAGE_STEPS:
    case PHYSIO_DOSAGE_PRACTICE:
    default:
      return FALSE;
    }
}

/* Compact form
 * ------------ */

static char *
compact_with_side (char             *volume,
                   PhysioLaterality  side)
{
  g_autofree char *owned = volume;

  switch (side)
    {
    case PHYSIO_LATERALITY_EACH_SIDE:
      /* TRANSLATORS: a dose that is done on each side, as in "2 × 10 each side" */
      return g_strdup_printf (_("%s each side"), owned);
    case PHYSIO_LATERALITY_ALTERNATING:
      /* TRANSLATORS: a count that covers both sides, as in "1 × 10 alternating" */
      return g_strdup_printf (_("%s alternating"), owned);
    case PHYSIO_LATERALITY_BILATERAL:
    default:
      return g_steal_pointer (&owned);
    }
}


/* The amount of work in one session, or NULL while the dose lacks its main number. */
static char *
compact_volume (const PhysioDose *dose,
                PhysioDosageKind  kind)
{
  g_autofree char *pattern = physio_dose_pattern_to_string (dose);
  guint sets = MAX (dose->sets, 1);

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
      if (pattern != NULL)
        return g_steal_pointer (&pattern);
      if (dose->reps == 0)
        return NULL;
      /* TRANSLATORS: sets × repetitions, as in "2 × 10" */
      return g_strdup_printf (_("%u × %u"), sets, dose->reps);

    case PHYSIO_DOSAGE_HOLD:
      if (dose->hold_s == 0)
        return NULL;
      if (pattern != NULL)
        {
          /* TRANSLATORS: a pyramid of holds, as in "6-4-2 × 10-second holds" */
          return g_strdup_printf (_("%s × %u-second holds"), pattern, dose->hold_s);
        }
      if (dose->reps == 0)
        return NULL;
      if (sets > 1)
        {
          /* TRANSLATORS: sets × holds × seconds, as in "2 × 5 × 8-second holds" */
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u × %u × %u-second hold",
                                               "%u × %u × %u-second holds",
                                               dose->reps),
                                  sets, dose->reps, dose->hold_s);
        }
      /* TRANSLATORS: holds × seconds, as in "5 × 10-second holds" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u × %u-second hold",
                                           "%u × %u-second holds",
                                           dose->reps),
                              dose->reps, dose->hold_s);

    case PHYSIO_DOSAGE_DURATION:
      if (dose->duration_s == 0)
        return NULL;
      return physio_format_seconds (dose->duration_s);

    case PHYSIO_DOSAGE_DISTANCE:
      {
        g_autofree char *distance = NULL;

        if (dose->distance_m == 0)
          return NULL;
        distance = physio_units_format_distance (dose->distance_m);
        if (sets == 1)
          return g_steal_pointer (&distance);
        /* TRANSLATORS: repeats × distance, as in "3 × 20 m" */
        return g_strdup_printf (_("%u × %s"), sets, distance);
      }

    case PHYSIO_DOSAGE_STEPS:
      if (dose->steps_per_day > 0)
        {
          /* TRANSLATORS: a daily step target, as in "6000 steps/day" */
          return g_strdup_printf (_("%u steps/day"), dose->steps_per_day);
        }
      if (dose->steps_above_baseline > 0)
        {
          /* TRANSLATORS: a step target above the patient's own baseline */
          return g_strdup_printf (_("usual steps + %u/day"), dose->steps_above_baseline);
        }
      return NULL;

    case PHYSIO_DOSAGE_PRACTICE:
      if (dose->reps == 0)
        return NULL;
      if (dose->reps == 1)
        return g_strdup (_("practise once"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "practise %u time",
                                           "practise %u times",
                                           dose->reps),
                              dose->reps);

    default:
      return NULL;
    }
}

static char *
compact_load (const PhysioDose *dose)
{
  const char *band;

  /* The clinician's own wording wins: "2–4 kg per hand" says more than any number. Its
   * weights are read in the chosen unit all the same. */
  if (has_text (dose->load_text))
    return physio_units_weights_in_text (dose->load_text);

  switch (dose->load_kind)
    {
    case PHYSIO_LOAD_KG:
      if (dose->load_kg <= 0)
        return NULL;
      return physio_units_format_weight (dose->load_kg);

    case PHYSIO_LOAD_BAND:
      if ((band = band_label (dose)) == NULL)
        return NULL;
      /* TRANSLATORS: a resistance band by level, as in "light band" */
      return g_strdup_printf (_("%s band"), band);

    case PHYSIO_LOAD_BODYWEIGHT:
      return g_strdup (_("body weight"));

    case PHYSIO_LOAD_ASSISTED:
      return g_strdup (_("assisted"));

    case PHYSIO_LOAD_NONE:
    default:
      return NULL;
    }
}

static char *
compact_rest (guint rest_s)
{
  /* Rest reads in seconds up to 2 minutes ("rest 60 s", "rest 90 s"): people time short rests
   * on a clock's second hand. */
  if (rest_s >= WHOLE_MINUTES_FROM)
    {
      /* TRANSLATORS: rest between sets, in minutes */
      return g_strdup_printf (_("rest %u min"), round_minutes (rest_s));
    }

  /* TRANSLATORS: rest between sets, in seconds */
  return g_strdup_printf (_("rest %u s"), rest_s);
}

static char *
compact_days (guint days)
{
  if (days == 7)
    return g_strdup (_("daily"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day/week", "%u days/week", days),
                          days);
}

char *
physio_dose_format (const PhysioDose *dose,
                    PhysioDosageKind  kind,
                    PhysioLaterality  laterality)
{
  g_autoptr(GPtrArray) parts = NULL;
  char *volume;
  char *load;

  g_return_val_if_fail (dose != NULL, NULL);

  parts = g_ptr_array_new_with_free_func (g_free);

  volume = compact_volume (dose, kind);
  if (volume != NULL)
    g_ptr_array_add (parts, compact_with_side (volume, laterality));

  if (physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_LOAD)
      && (load = compact_load (dose)) != NULL)
    g_ptr_array_add (parts, load);

  if (rest_matters (dose, kind))
    g_ptr_array_add (parts, compact_rest ((guint) dose->rest_s));

  /* A step target is already per day. */
  if (kind != PHYSIO_DOSAGE_STEPS)
    {
      /* TRANSLATORS: sessions per day, as in "2×/day" */
      g_ptr_array_add (parts, g_strdup_printf (_("%u×/day"), sessions_per_day (dose)));
    }

  if (dose->days_per_week > 0)
    g_ptr_array_add (parts, compact_days (dose->days_per_week));

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* Words for the patient
 * --------------------- */

static char *
words_time (guint seconds)
{
  if (reads_in_minutes (seconds))
    {
      guint minutes = round_minutes (seconds);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes),
                              minutes);
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds),
                          seconds);
}

static char *
words_times (guint count)
{
  if (count == 1)
    return g_strdup (_("once"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time", "%u times", count), count);
}


/* "6, then 4, then 2" */
static char *
words_pattern (const PhysioDose *dose)
{
  g_autofree char *text = g_strdup_printf ("%u", dose->reps_pattern[0]);

  for (guint i = 1; i < dose->n_pattern && i < PHYSIO_DOSE_MAX_PATTERN; i++)
    {
      g_autofree char *next = NULL;

      /* TRANSLATORS: the steps of a pyramid, as in "6, then 4, then 2" */
      next = g_strdup_printf (_("%s, then %u"), text, dose->reps_pattern[i]);
      g_free (text);
      text = g_steal_pointer (&next);
    }

  return g_steal_pointer (&text);
}

/* Ends a sentence, naming the side if the dose is per side. */
static char *
words_end (char             *clause,
           PhysioLaterality  side)
{
  g_autofree char *owned = clause;

  switch (side)
    {
    case PHYSIO_LATERALITY_EACH_SIDE:
      /* TRANSLATORS: the end of a sentence about a dose done on each side */
      return g_strdup_printf (_("%s, each side."), owned);
    case PHYSIO_LATERALITY_ALTERNATING:
      /* TRANSLATORS: the end of a sentence about a count that covers both sides */
      return g_strdup_printf (_("%s, alternating sides."), owned);
    case PHYSIO_LATERALITY_BILATERAL:
    default:
      return g_strdup_printf (_("%s."), owned);
    }
}

static char *
words_volume (const PhysioDose *dose,
              PhysioDosageKind  kind)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  guint sets = MAX (dose->sets, 1);

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
      if (dose->n_pattern > 1)
        {
          a = words_pattern (dose);
          /* TRANSLATORS: a pyramid, as in "3 sets: 6, then 4, then 2" */
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set: %s", "%u sets: %s",
                                               dose->n_pattern),
                                  dose->n_pattern, a);
        }
      if (dose->n_pattern == 1)
        return g_strdup_printf (_("Do it %u times"), dose->reps_pattern[0]);
      if (dose->reps == 0)
        return NULL;
      if (sets > 1)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set of %u", "%u sets of %u",
                                             sets),
                                sets, dose->reps);
      if (dose->reps == 1)
        return g_strdup (_("Do it once"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Do it %u time", "Do it %u times",
                                           dose->reps),
                              dose->reps);

    case PHYSIO_DOSAGE_HOLD:
      if (dose->hold_s == 0)
        return NULL;
      a = words_time (dose->hold_s);
      if (dose->n_pattern > 1)
        {
          b = words_pattern (dose);
          /* TRANSLATORS: as in "Hold for 10 seconds: 6 times, then 4, then 2" */
          return g_strdup_printf (_("Hold for %s: %s times"), a, b);
        }
      if (dose->n_pattern == 1)
        b = words_times (dose->reps_pattern[0]);
      else if (dose->reps > 0)
        b = words_times (dose->reps);
      else
        return NULL;
      /* TRANSLATORS: as in "Hold for 10 seconds, 5 times" */
      return g_strdup_printf (_("Hold for %s, %s"), a, b);

    case PHYSIO_DOSAGE_DURATION:
      if (dose->duration_s == 0)
        return NULL;
      a = words_time (dose->duration_s);
      return g_strdup_printf (_("Keep going for %s"), a);

    case PHYSIO_DOSAGE_DISTANCE:
      if (dose->distance_m == 0)
        return NULL;
      a = physio_units_words_distance (dose->distance_m);
      if (sets == 1)
        return g_strdup_printf (_("Cover %s"), a);
      b = words_times (sets);
      /* TRANSLATORS: as in "Cover 20 metres, 3 times" */
      return g_strdup_printf (_("Cover %s, %s"), a, b);

    case PHYSIO_DOSAGE_STEPS:
      if (dose->steps_per_day > 0)
        return g_strdup_printf (_("Aim for %u steps a day"), dose->steps_per_day);
      if (dose->steps_above_baseline > 0)
        return g_strdup_printf (_("Aim for your usual number of steps plus %u a day"),
                                dose->steps_above_baseline);
      return NULL;

    case PHYSIO_DOSAGE_PRACTICE:
      if (dose->reps == 0)
        return NULL;
      a = words_times (dose->reps);
      /* TRANSLATORS: as in "Practise 3 times" or "Practise once" */
      return g_strdup_printf (_("Practise %s"), a);

    default:
      return NULL;
    }
}

static char *
words_load (const PhysioDose *dose)
{
  g_autofree char *kg = NULL;
  const char *band;

  if (has_text (dose->load_text))
    {
      g_autofree char *words = physio_units_weights_in_text (dose->load_text);

      /* TRANSLATORS: the load in the clinician's words, as in "Use 2–4 kg per hand." */
      return g_strdup_printf (_("Use %s."), words);
    }

  switch (dose->load_kind)
    {
    case PHYSIO_LOAD_KG:
      if (dose->load_kg <= 0)
        return NULL;
      kg = physio_units_format_weight (dose->load_kg);
      /* TRANSLATORS: the load, as in "Use 4 kg." */
      return g_strdup_printf (_("Use %s."), kg);

    case PHYSIO_LOAD_BAND:
      if ((band = band_label (dose)) == NULL)
        return NULL;
      /* TRANSLATORS: as in "Use the light band." */
      return g_strdup_printf (_("Use the %s band."), band);

    case PHYSIO_LOAD_BODYWEIGHT:
      return g_strdup (_("Use your own body weight."));

    case PHYSIO_LOAD_ASSISTED:
      return g_strdup (_("Use support to help you as needed."));

    case PHYSIO_LOAD_NONE:
    default:
      return NULL;
    }
}

static char *
words_rest (const PhysioDose *dose,
            PhysioDosageKind  kind)
{
  g_autofree char *time = NULL;

  if (!rest_matters (dose, kind))
    return NULL;

  time = words_time ((guint) dose->rest_s);

  switch (kind)
    {
    case PHYSIO_DOSAGE_HOLD:
      return g_strdup_printf (_("Rest about %s between holds."), time);
    case PHYSIO_DOSAGE_DISTANCE:
      return g_strdup_printf (_("Rest about %s between each one."), time);
    case PHYSIO_DOSAGE_REPS:
    case PHYSIO_DOSAGE_DURATION:
    case PHYSIO_DOSAGE_STEPS:
    case PHYSIO_DOSAGE_PRACTICE:
    default:
      return g_strdup_printf (_("Rest about %s between sets."), time);
    }
}

/* The tempo and intensity texts are the clinician's own notes ("warm, not hot", "hands on
 * thighs allowed", "RPE 6/10"), too varied for one label to fit, so each becomes a sentence of
 * its own: first letter capitalised, one full stop. NULL when there is nothing to say. */
static char *
note_sentence (const char *text)
{
  g_autofree char *trimmed = NULL;
  GString *sentence;
  gunichar first;
  gsize len;

  if (!has_text (text))
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  len = strlen (trimmed);
  while (len > 0 && trimmed[len - 1] == '.')
    trimmed[--len] = '\0';
  if (len == 0 || !g_utf8_validate (trimmed, -1, NULL))
    return NULL;

  first = g_utf8_get_char (trimmed);
  sentence = g_string_new (NULL);
  g_string_append_unichar (sentence, g_unichar_totitle (first));
  g_string_append (sentence, g_utf8_next_char (trimmed));
  g_string_append_c (sentence, '.');

  return g_string_free (sentence, FALSE);
}

static char *
words_frequency (const PhysioDose *dose,
                 PhysioDosageKind  kind)
{
  g_autofree char *per_day = NULL;
  g_autofree char *days = NULL;
  guint sessions = sessions_per_day (dose);

  /* A step target is per day already: only the days are worth saying. */
  if (kind == PHYSIO_DOSAGE_STEPS)
    {
      if (dose->days_per_week == 7)
        return g_strdup (_("Every day."));
      if (dose->days_per_week == 0)
        return NULL;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day a week.", "%u days a week.",
                                           dose->days_per_week),
                              dose->days_per_week);
    }

  if (sessions == 1)
    per_day = g_strdup (_("Once a day"));
  else if (sessions == 2)
    per_day = g_strdup (_("Twice a day"));
  else
    per_day = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time a day", "%u times a day",
                                            sessions),
                               sessions);

  if (dose->days_per_week == 0)
    return g_strdup_printf (_("%s."), per_day);

  if (dose->days_per_week == 7)
    days = g_strdup (_("every day"));
  else
    days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day a week", "%u days a week",
                                         dose->days_per_week),
                            dose->days_per_week);

  /* TRANSLATORS: how often, as in "Once a day, 5 days a week." */
  return g_strdup_printf (_("%s, %s."), per_day, days);
}

static void
add_sentence (GPtrArray *sentences,
              char      *sentence)
{
  if (sentence != NULL)
    g_ptr_array_add (sentences, sentence);
}

char *
physio_dose_format_words (const PhysioDose *dose,
                          PhysioDosageKind  kind,
                          PhysioLaterality  laterality)
{
  g_autoptr(GPtrArray) sentences = NULL;
  gboolean has_volume;
  char *volume;

  g_return_val_if_fail (dose != NULL, NULL);

  sentences = g_ptr_array_new_with_free_func (g_free);

  /* words_end () takes the volume clause. */
  volume = words_volume (dose, kind);
  has_volume = volume != NULL;
  if (has_volume)
    add_sentence (sentences, words_end (volume, laterality));

  /* "Hold for 8 seconds, 5 times, 2 sets, each side" is too much for one sentence. */
  if (has_volume && kind == PHYSIO_DOSAGE_HOLD && dose->n_pattern == 0 && dose->sets > 1)
    add_sentence (sentences, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Do %u set.", "Do %u sets.",
                                                           dose->sets),
                                              dose->sets));

  if (physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_LOAD))
    add_sentence (sentences, words_load (dose));

  add_sentence (sentences, words_rest (dose, kind));

  add_sentence (sentences, note_sentence (dose->tempo));
  add_sentence (sentences, note_sentence (physio_library_text (dose->intensity)));

  add_sentence (sentences, words_frequency (dose, kind));

  g_ptr_array_add (sentences, NULL);

  return g_strjoinv (" ", (char **) sentences->pdata);
}

char *
physio_dose_format_load (const PhysioDose *dose)
{
  g_return_val_if_fail (dose != NULL, NULL);

  return compact_load (dose);
}

char *
physio_dose_format_limit (PhysioDoseField field,
                          guint           min,
                          guint           max)
{
  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u–%u set", "%u–%u sets", max),
                              min, max);

    case PHYSIO_DOSE_FIELD_REPS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u–%u rep", "%u–%u reps", max),
                              min, max);

    case PHYSIO_DOSE_FIELD_HOLD:
      /* TRANSLATORS: the limits of a hold, as in "5–10 s hold" */
      return g_strdup_printf (_("%u–%u s hold"), min, max);

    case PHYSIO_DOSE_FIELD_DURATION:
      /* Durations are stored in seconds but prescribed in minutes (brief 2.4). */
      if (min % 60 == 0 && max % 60 == 0)
        return g_strdup_printf (_("%u–%u min"), min / 60, max / 60);
      return g_strdup_printf (_("%u–%u s"), min, max);

    case PHYSIO_DOSE_FIELD_DISTANCE:
      if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
        /* TRANSLATORS: the limits of a distance in yards, as in "10–50 yd" */
        return g_strdup_printf (_("%u–%u yd"),
                                (guint) physio_units_short_distance_to_shown (min),
                                (guint) physio_units_short_distance_to_shown (max));
      return g_strdup_printf (_("%u–%u m"), min, max);

    case PHYSIO_DOSE_FIELD_STEPS:
      return g_strdup_printf (_("%u–%u steps/day"), min, max);

    case PHYSIO_DOSE_FIELD_REST:
      return g_strdup_printf (_("%u–%u s rest"), min, max);

    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
      return g_strdup_printf (_("%u–%u×/day"), min, max);

    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u–%u day/week", "%u–%u days/week",
                                           max),
                              min, max);

    case PHYSIO_DOSE_FIELD_LOAD:
      if (physio_units_get_weight () == PHYSIO_WEIGHT_LB)
        {
          g_autofree char *low = physio_format_number (round (physio_units_weight_to_shown (min)), 0);
          g_autofree char *high = physio_format_number (round (physio_units_weight_to_shown (max)), 0);

          /* TRANSLATORS: the limits of a load in pounds, as in "2–20 lb" */
          return g_strdup_printf (_("%s–%s lb"), low, high);
        }
      return g_strdup_printf (_("%u–%u kg"), min, max);

    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* physio-units.c: the units loads and distances are read and typed in (kg or lb, metric or
 * imperial); stored values are always kilograms and metres
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-units.h"

#define KG_PER_LB     PHYSIO_KG_PER_LB
#define METRES_PER_YD PHYSIO_METRES_PER_YD
#define YD_PER_MILE   1760

static int weight_unit = PHYSIO_WEIGHT_KG;
static int distance_unit = PHYSIO_DISTANCE_METRIC;

void
physio_units_set_weight (PhysioWeightUnit unit)
{
  g_return_if_fail (unit == PHYSIO_WEIGHT_KG || unit == PHYSIO_WEIGHT_LB);

  g_atomic_int_set (&weight_unit, unit);
}

PhysioWeightUnit
physio_units_get_weight (void)
{
  return g_atomic_int_get (&weight_unit);
}

void
physio_units_set_distance (PhysioDistanceUnit unit)
{
  g_return_if_fail (unit == PHYSIO_DISTANCE_METRIC || unit == PHYSIO_DISTANCE_IMPERIAL);

  g_atomic_int_set (&distance_unit, unit);
}

PhysioDistanceUnit
physio_units_get_distance (void)
{
  return g_atomic_int_get (&distance_unit);
}

gboolean
physio_weight_unit_from_code (const char       *code,
                              PhysioWeightUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  if (g_strcmp0 (code, "kg") == 0)
    *unit = PHYSIO_WEIGHT_KG;
  else if (g_strcmp0 (code, "lb") == 0)
    *unit = PHYSIO_WEIGHT_LB;
  else
    return FALSE;
  return TRUE;
}

gboolean
physio_distance_unit_from_code (const char         *code,
                                PhysioDistanceUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  if (g_strcmp0 (code, "km") == 0)
    *unit = PHYSIO_DISTANCE_METRIC;
  else if (g_strcmp0 (code, "mi") == 0)
    *unit = PHYSIO_DISTANCE_IMPERIAL;
  else
    return FALSE;
  return TRUE;
}

char *
physio_format_number (double value,
                      int    max_decimals)
{
  double scale = 1.0;
  int decimals;

  for (decimals = 0; decimals < max_decimals; decimals++)
    {
      double scaled = value * scale;

      if (fabs (scaled - round (scaled)) < 1e-6)
        break;
      scale *= 10.0;
    }

  return physio_i18n_format_decimal (value, decimals);
}

/* Weights */

double
physio_units_weight_to_shown (double kg)
{
  return physio_units_get_weight () == PHYSIO_WEIGHT_LB ? kg / KG_PER_LB : kg;
}

double
physio_units_weight_from_shown (double shown)
{
  return physio_units_get_weight () == PHYSIO_WEIGHT_LB ? shown * KG_PER_LB : shown;
}

const char *
physio_units_weight_symbol (void)
{
  /* TRANSLATORS: the symbol of kilograms or of pounds after a number */
  return physio_units_get_weight () == PHYSIO_WEIGHT_LB ? _("lb") : _("kg");
}

char *
physio_units_format_weight (double kg)
{
  g_autofree char *number = NULL;

  /* Dumbbells come in whole and half kilograms, and in whole pounds: one decimal of a pound
   * is already finer than any weight a patient can pick up. */
  if (physio_units_get_weight () == PHYSIO_WEIGHT_LB)
    {
      number = physio_format_number (round (kg / KG_PER_LB * 10) / 10, 1);
      /* TRANSLATORS: a weight in pounds, as in "10 lb" */
      return g_strdup_printf (_("%s lb"), number);
    }

  number = physio_format_number (kg, 2);
  /* TRANSLATORS: a weight, as in "4 kg" */
  return g_strdup_printf (_("%s kg"), number);
}

/* One weight of a text in the chosen unit, as a plain number ("9", "2.5"). */
static void
append_converted (GString    *out,
                  const char *number,
                  gboolean    from_lb)
{
  g_autofree char *copy = g_strdelimit (g_strdup (number), ",", '.');
  double value = g_ascii_strtod (copy, NULL);
  g_autofree char *shown = NULL;

  if (from_lb)
    shown = physio_format_number (round (value * KG_PER_LB * 2) / 2, 1);
  else
    shown = physio_format_number (round (value / KG_PER_LB), 0);
  g_string_append (out, shown);
}

static gboolean
convert_match (const GMatchInfo *match,
               GString          *out,
               gpointer          user_data)
{
  gboolean from_lb = GPOINTER_TO_INT (user_data);
  g_autofree char *low = g_match_info_fetch (match, 1);
  g_autofree char *dash = g_match_info_fetch (match, 2);
  g_autofree char *high = g_match_info_fetch (match, 3);

  append_converted (out, low, from_lb);
  if (high != NULL && *high != '\0')
    {
      g_string_append (out, dash);
      append_converted (out, high, from_lb);
    }
  g_string_append (out, from_lb ? " kg" : " lb");
  return FALSE;
}

char *
physio_units_weights_in_text (const char *text)
{
  static GRegex *kg_regex, *lb_regex;
  gboolean to_lb = physio_units_get_weight () == PHYSIO_WEIGHT_LB;
  GRegex *regex;

  g_return_val_if_fail (text != NULL, NULL);

  /* Not UTF-8: nothing to read in it, and a regular expression must not see it. */
  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup (text);

  if (g_once_init_enter (&kg_regex))
    {
      /* A number, maybe a range with a hyphen or en dash, then the unit as a word. Not
       * G_REGEX_OPTIMIZE: PCRE2's JIT trusts its input blindly (fuzz-ladder-cell). */
      GRegex *kg = g_regex_new ("(\\d+(?:[.,]\\d+)?)(?:(\\s*[-\u2013]\\s*)(\\d+(?:[.,]\\d+)?))?"
                                "\\s*kg\\b", G_REGEX_CASELESS, 0, NULL);

      lb_regex = g_regex_new ("(\\d+(?:[.,]\\d+)?)(?:(\\s*[-\u2013]\\s*)(\\d+(?:[.,]\\d+)?))?"
                              "\\s*(?:lbs?|pounds?)\\b", G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&kg_regex, kg);
    }

  regex = to_lb ? kg_regex : lb_regex;
  return g_regex_replace_eval (regex, text, -1, 0, 0, convert_match,
                               GINT_TO_POINTER (!to_lb), NULL);
}

/* Distances */

double
physio_units_short_distance_to_shown (guint metres)
{
  if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
    return round (metres / METRES_PER_YD);
  return metres;
}

guint
physio_units_short_distance_from_shown (double shown)
{
  if (shown <= 0)
    return 0;
  if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
    return (guint) lround (shown * METRES_PER_YD);
  return (guint) lround (shown);
}

const char *
physio_units_short_distance_symbol (void)
{
  /* TRANSLATORS: the symbol of metres or of yards after a number */
  return physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL ? _("yd") : _("m");
}

char *
physio_units_format_distance (guint metres)
{
  g_autofree char *number = NULL;

  if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
    {
      double yards = round (metres / METRES_PER_YD);

      if (yards < YD_PER_MILE)
        {
          /* TRANSLATORS: a distance in yards, as in "220 yd" */
          return g_strdup_printf (_("%u yd"), (guint) yards);
        }
      number = physio_format_number (round (metres / METRES_PER_YD / YD_PER_MILE * 10) / 10, 1);
      /* TRANSLATORS: a distance in miles, as in "1.5 mi" */
      return g_strdup_printf (_("%s mi"), number);
    }

  if (metres < 1000)
    {
      /* TRANSLATORS: a distance in metres, as in "20 m" */
      return g_strdup_printf (_("%u m"), metres);
    }

  number = physio_format_number (metres / 1000.0, 3);
  /* TRANSLATORS: a distance in kilometres, as in "1.5 km" */
  return g_strdup_printf (_("%s km"), number);
}

char *
physio_units_words_distance (guint metres)
{
  g_autofree char *number = NULL;

  if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
    {
      guint yards = (guint) round (metres / METRES_PER_YD);
      double miles;

      if (yards < YD_PER_MILE)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u yard", "%u yards", yards),
                                yards);

      miles = round (metres / METRES_PER_YD / YD_PER_MILE * 10) / 10;
      if (miles == floor (miles))
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mile", "%u miles",
                                             (gulong) miles), (guint) miles);
      number = physio_format_number (miles, 1);
      /* TRANSLATORS: a distance with a decimal, as in "1.5 miles" */
      return g_strdup_printf (_("%s miles"), number);
    }

  if (metres < 1000)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u metre", "%u metres", metres),
                            metres);

  if (metres % 1000 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u kilometre", "%u kilometres", metres / 1000),
                            metres / 1000);

  number = physio_format_number (metres / 1000.0, 3);
  return g_strdup_printf (_("%s kilometres"), number);
}

/* physio-review-text.c: the sentences and numbers of the weekly review
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "physio-review-text.h"

static void
get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

char *
physio_review_format_day (const GDate *date,
            const char  *format)
{
  char buffer[128];

  if (g_date_strftime (buffer, sizeof buffer, format, date) == 0)
    return g_strdup ("");

  return g_strstrip (g_strdup (buffer));
}

/* "16–22 March", "28 March – 3 April", with the year only when it is not this one. */
char *
physio_review_format_range (const GDate *first,
              const GDate *last)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate today;
  gboolean this_year;

  get_today (&today);
  this_year = g_date_get_year (first) == g_date_get_year (&today) &&
              g_date_get_year (last) == g_date_get_year (&today);

  if (g_date_get_year (first) != g_date_get_year (last))
    {
      /* TRANSLATORS: strftime format of a day in a range across years, "28 Dec 2025" */
      from = physio_review_format_day (first, _("%e %b %Y"));
      to = physio_review_format_day (last, _("%e %b %Y"));
      return g_strdup_printf ("%s – %s", from, to);
    }

  /* TRANSLATORS: strftime format of the last day of a week, "22 March" or "22 March 2025" */
  to = physio_review_format_day (last, this_year ? _("%e %B") : _("%e %B %Y"));
  if (g_date_get_month (first) == g_date_get_month (last))
    {
      from = physio_review_format_day (first, "%e");
      return g_strdup_printf ("%s–%s", from, to);
    }

  /* TRANSLATORS: strftime format of the first day of a week across months, "28 March" */
  from = physio_review_format_day (first, _("%e %B"));
  return g_strdup_printf ("%s – %s", from, to);
}

/* "+0.4", "−0.8": a real minus sign, as a signed change reads. */
static char *
format_signed (double value)
{
  if (value < -0.05)
    return g_strdup_printf ("−%.1f", -value);

  return g_strdup_printf ("+%.1f", fabs (value));
}

static char *
format_count (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", round (value));

  return g_strdup_printf ("%.1f", value);
}

char *
physio_review_describe_trend (const PhysioRuleParams *params,
                              double                  delta)
{
  g_autofree char *signed_delta = NULL;

  if (delta == G_MAXDOUBLE)
    return g_strdup (_("Morning pain: not enough diary scores to compare weeks"));

  signed_delta = format_signed (delta);
  if (delta >= params->trend_regress_delta)
    /* TRANSLATORS: %s is the change in mean morning pain from the week before, "+2.1" */
    return g_strdup_printf (_("Morning pain worse (%s)"), signed_delta);
  if (delta >= 0.5)
    return g_strdup_printf (_("Morning pain a little higher (%s)"), signed_delta);
  if (delta <= -0.5)
    return g_strdup_printf (_("Morning pain lower (%s)"), signed_delta);

  return g_strdup_printf (_("Morning pain steady (%s)"), signed_delta);
}

/* "Adherence 4/5 · 1 session too much · mornings +0.4" */
char *
physio_review_describe_seen (const PhysioProposal *proposal,
               double                done,
               double                prescribed)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *done_text = NULL;
  g_autofree char *prescribed_text = NULL;

  done_text = format_count (done);
  prescribed_text = format_count (prescribed);
  /* TRANSLATORS: sessions done of sessions prescribed, "Adherence 4/5" */
  g_ptr_array_add (parts, g_strdup_printf (_("Adherence %s/%s"), done_text, prescribed_text));

  if (proposal->excessive > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u session too much",
                                                       "%u sessions too much",
                                                       proposal->excessive),
                                             proposal->excessive));
  if (proposal->unknown > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u without a next-morning score",
                                                       "%u without a next-morning score",
                                                       proposal->unknown),
                                             proposal->unknown));
  if (proposal->morning_delta != G_MAXDOUBLE)
    {
      g_autofree char *delta = format_signed (proposal->morning_delta);

      /* TRANSLATORS: the change in mean morning pain from the week before, "mornings +0.4" */
      g_ptr_array_add (parts, g_strdup_printf (_("mornings %s"), delta));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}


/* physio-diary-cell.c: the follow-up grid's cell grammar ("y 12 @7"), kept out of the widget
 * so it can be table-tested
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <string.h>

#include "physio-diary-cell.h"

/* What a "partly" without an amount counts as in adherence. */
#define PARTLY_FRACTION 0.5

G_DEFINE_QUARK (physio-diary-cell-error-quark, physio_diary_cell_error)

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PHYSIO_DIARY_CELL_ERROR, 0, message);
  return FALSE;
}

/* A whole number with nothing after it, within 0..max. */
static gboolean
read_number (const char *word,
             guint       max,
             guint      *value)
{
  guint64 n = 0;

  if (word[0] == '\0' || strlen (word) > 4)
    return FALSE;
  for (const char *c = word; *c != '\0'; c++)
    {
      if (!g_ascii_isdigit (*c))
        return FALSE;
      n = n * 10 + (guint) (*c - '0');
    }
  if (n > max)
    return FALSE;
  *value = (guint) n;
  return TRUE;
}

static PhysioDiaryCellStatus
read_status (const char *word)
{
  const char *done[] = { "y", "1", "yes", "done", "\u2713", "x" };
  const char *partly[] = { "p", "partly", "part" };
  const char *not_done[] = { "n", "0", "no", "not" };

  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    if (g_str_equal (word, done[i]))
      return PHYSIO_DIARY_CELL_DONE;
  for (guint i = 0; i < G_N_ELEMENTS (partly); i++)
    if (g_str_equal (word, partly[i]))
      return PHYSIO_DIARY_CELL_PARTLY;
  for (guint i = 0; i < G_N_ELEMENTS (not_done); i++)
    if (g_str_equal (word, not_done[i]))
      return PHYSIO_DIARY_CELL_NOT_DONE;
  return PHYSIO_DIARY_CELL_EMPTY;
}

gboolean
physio_diary_cell_parse (const char       *text,
                         gboolean          loaded,
                         PhysioDiaryCell  *cell,
                         GError          **error)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;
  PhysioDiaryCell out = { PHYSIO_DIARY_CELL_EMPTY, 0, -1 };
  guint n = 0, i = 1;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (cell != NULL, FALSE);

  lower = g_utf8_strdown (text, -1);
  /* "y@7" and "y 12@7" read as "y @7" and "y 12 @7". */
  {
    g_autoptr(GString) spaced = g_string_new (NULL);

    for (const char *c = lower; *c != '\0'; c++)
      {
        if (*c == '@')
          g_string_append_c (spaced, ' ');
        g_string_append_c (spaced, *c);
      }
    words = g_strsplit_set (g_strstrip (spaced->str), " \t", -1);
  }
  /* Drop the empty words that runs of spaces leave. */
  for (guint r = 0; words[r] != NULL; r++)
    if (words[r][0] != '\0')
      {
        char *keep = words[r];
        words[r] = words[n];
        words[n++] = keep;
      }

  if (n == 0)
    {
      *cell = out;
      return TRUE;
    }

  out.status = read_status (words[0]);
  if (out.status == PHYSIO_DIARY_CELL_EMPTY)
    return refuse (error, _("Type y for done, p for partly or n for not done, "
                            "then what was done and @effort if you like: y 12 @7."));

  if (i < n && words[i][0] != '@')
    {
      if (out.status == PHYSIO_DIARY_CELL_NOT_DONE)
        return refuse (error, _("Not done takes no amount: type n alone, or p 6 for partly."));
      if (!read_number (words[i], 9999, &out.amount) || out.amount == 0)
        return refuse (error, _("What was done is a whole number, such as y 12."));
      i++;
    }
  if (i < n && words[i][0] == '@')
    {
      guint rpe;

      if (!loaded)
        return refuse (error, _("Effort (@) is only written for exercises with a weight."));
      if (out.status == PHYSIO_DIARY_CELL_NOT_DONE)
        return refuse (error, _("Not done takes no effort: type n alone."));
      if (!read_number (words[i] + 1, 10, &rpe))
        return refuse (error, _("Effort is a number from 0 to 10 after @, such as @7."));
      out.rpe = (int) rpe;
      i++;
    }
  if (i < n)
    return refuse (error, _("Too much in one cell: write it as y 12 @7."));

  *cell = out;
  return TRUE;
}

char *
physio_diary_cell_format (const PhysioDiaryCell *cell)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (cell != NULL, NULL);

  switch (cell->status)
    {
    case PHYSIO_DIARY_CELL_EMPTY:
      return g_string_free (text, FALSE);
    case PHYSIO_DIARY_CELL_DONE:
      g_string_append (text, "y");
      break;
    case PHYSIO_DIARY_CELL_PARTLY:
      g_string_append (text, "p");
      break;
    case PHYSIO_DIARY_CELL_NOT_DONE:
      return (g_string_append (text, "n"), g_string_free (text, FALSE));
    default:
      g_assert_not_reached ();
    }
  if (cell->amount > 0)
    g_string_append_printf (text, " %u", cell->amount);
  if (cell->rpe >= 0)
    g_string_append_printf (text, " @%d", cell->rpe);
  return g_string_free (text, FALSE);
}

gboolean
physio_diary_pain_parse (const char  *text,
                         int         *pain,
                         GError     **error)
{
  g_autofree char *word = NULL;
  guint value;

  g_return_val_if_fail (text != NULL && pain != NULL, FALSE);

  word = g_strstrip (g_strdup (text));
  if (word[0] == '\0')
    {
      *pain = -1;
      return TRUE;
    }
  if (!read_number (word, 10, &value))
    return refuse (error, _("Pain is a number from 0 to 10."));
  *pain = (int) value;
  return TRUE;
}

gboolean
physio_diary_cell_to_log (const PhysioDiaryCell *cell,
                          PhysioDosageKind       kind,
                          const GDate           *date,
                          PhysioSessionLog      *log)
{
  g_return_val_if_fail (cell != NULL && date != NULL && log != NULL, FALSE);

  memset (log, 0, sizeof *log);
  log->date = *date;
  log->pain_during_max = -1;
  log->rpe = cell->rpe;
  log->achieved = kind == PHYSIO_DOSAGE_DURATION ? cell->amount * 60 : cell->amount;
  switch (cell->status)
    {
    case PHYSIO_DIARY_CELL_EMPTY:
      return FALSE;
    case PHYSIO_DIARY_CELL_DONE:
      log->completed_fraction = 1.0;
      break;
    case PHYSIO_DIARY_CELL_PARTLY:
      log->completed_fraction = PARTLY_FRACTION;
      break;
    case PHYSIO_DIARY_CELL_NOT_DONE:
      log->completed_fraction = 0.0;
      log->achieved = 0;
      log->rpe = -1;
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

void
physio_diary_cell_from_log (PhysioDiaryCell        *cell,
                            PhysioDosageKind        kind,
                            const PhysioSessionLog *log)
{
  g_return_if_fail (cell != NULL && log != NULL);

  if (log->completed_fraction >= 1.0)
    cell->status = PHYSIO_DIARY_CELL_DONE;
  else if (log->completed_fraction <= 0.0)
    cell->status = PHYSIO_DIARY_CELL_NOT_DONE;
  else
    cell->status = PHYSIO_DIARY_CELL_PARTLY;
  if (cell->status == PHYSIO_DIARY_CELL_NOT_DONE)
    cell->amount = 0;
  else if (kind == PHYSIO_DOSAGE_DURATION)
    cell->amount = (log->achieved + 30) / 60;  /* minutes, rounded half up */
  else
    cell->amount = log->achieved;
  cell->rpe = cell->status == PHYSIO_DIARY_CELL_NOT_DONE || log->rpe < 0 || log->rpe > 10
              ? -1 : log->rpe;
}

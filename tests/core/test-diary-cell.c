/* test-diary-cell.c: the follow-up grid's cell grammar, every form, refusals, round trip
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-diary-cell.h"

typedef struct
{
  const char           *text;
  gboolean              loaded;
  PhysioDiaryCellStatus status;
  guint                 amount;
  int                   rpe;
  const char           *canonical;
} Accepted;

static const Accepted accepted[] = {
  { "",           FALSE, PHYSIO_DIARY_CELL_EMPTY,    0, -1, "" },
  { "   ",        FALSE, PHYSIO_DIARY_CELL_EMPTY,    0, -1, "" },
  { "y",          FALSE, PHYSIO_DIARY_CELL_DONE,     0, -1, "y" },
  { "Y",          FALSE, PHYSIO_DIARY_CELL_DONE,     0, -1, "y" },
  { "1",          FALSE, PHYSIO_DIARY_CELL_DONE,     0, -1, "y" },
  { "done",       FALSE, PHYSIO_DIARY_CELL_DONE,     0, -1, "y" },
  { "\u2713",     FALSE, PHYSIO_DIARY_CELL_DONE,     0, -1, "y" },
  { "p",          FALSE, PHYSIO_DIARY_CELL_PARTLY,   0, -1, "p" },
  { "partly",     FALSE, PHYSIO_DIARY_CELL_PARTLY,   0, -1, "p" },
  { "n",          FALSE, PHYSIO_DIARY_CELL_NOT_DONE, 0, -1, "n" },
  { "0",          FALSE, PHYSIO_DIARY_CELL_NOT_DONE, 0, -1, "n" },
  { " no ",       FALSE, PHYSIO_DIARY_CELL_NOT_DONE, 0, -1, "n" },
  { "y 12",       FALSE, PHYSIO_DIARY_CELL_DONE,    12, -1, "y 12" },
  { "y   12",     FALSE, PHYSIO_DIARY_CELL_DONE,    12, -1, "y 12" },
  { "p 6",        FALSE, PHYSIO_DIARY_CELL_PARTLY,   6, -1, "p 6" },
  { "y 12 @7",    TRUE,  PHYSIO_DIARY_CELL_DONE,    12,  7, "y 12 @7" },
  { "y 12@7",     TRUE,  PHYSIO_DIARY_CELL_DONE,    12,  7, "y 12 @7" },
  { "y @0",       TRUE,  PHYSIO_DIARY_CELL_DONE,     0,  0, "y @0" },
  { "p 4 @10",    TRUE,  PHYSIO_DIARY_CELL_PARTLY,   4, 10, "p 4 @10" },
  { "n",          TRUE,  PHYSIO_DIARY_CELL_NOT_DONE, 0, -1, "n" },
};

static const struct
{
  const char *text;
  gboolean    loaded;
  const char *says;  /* a word the message must contain */
} refused[] = {
  { "k",          FALSE, "y for done" },
  { "12",         FALSE, "y for done" },
  { "y twelve",   FALSE, "whole number" },
  { "y 0",        FALSE, "whole number" },
  { "y -3",       FALSE, "whole number" },
  { "y 12 @7",    FALSE, "weight" },
  { "y @11",      TRUE,  "0 to 10" },
  { "y @",        TRUE,  "0 to 10" },
  { "y @x",       TRUE,  "0 to 10" },
  { "n 5",        FALSE, "Not done" },
  { "n @5",       TRUE,  "Not done" },
  { "y 12 @7 8",  TRUE,  "Too much" },
  { "y 12 13",    FALSE, "Too much" },
};

static void
test_accepted (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      const Accepted *row = &accepted[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      PhysioDiaryCell cell, again;

      g_test_message ("\"%s\"", row->text);
      g_assert_true (physio_diary_cell_parse (row->text, row->loaded, &cell, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cell.status, ==, row->status);
      g_assert_cmpuint (cell.amount, ==, row->amount);
      g_assert_cmpint (cell.rpe, ==, row->rpe);

      /* Round trip: the canonical text reads back to the same cell. */
      text = physio_diary_cell_format (&cell);
      g_assert_cmpstr (text, ==, row->canonical);
      g_assert_true (physio_diary_cell_parse (text, row->loaded, &again, NULL));
      g_assert_cmpint (again.status, ==, cell.status);
      g_assert_cmpuint (again.amount, ==, cell.amount);
      g_assert_cmpint (again.rpe, ==, cell.rpe);
    }
}

static void
test_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      PhysioDiaryCell cell = { PHYSIO_DIARY_CELL_DONE, 3, 4 };

      g_test_message ("\"%s\"", refused[i].text);
      g_assert_false (physio_diary_cell_parse (refused[i].text, refused[i].loaded, &cell, &error));
      g_assert_error (error, PHYSIO_DIARY_CELL_ERROR, 0);
      g_assert_nonnull (strstr (error->message, refused[i].says));
      /* A refusal leaves the cell as it was. */
      g_assert_cmpint (cell.status, ==, PHYSIO_DIARY_CELL_DONE);
      g_assert_cmpuint (cell.amount, ==, 3);
    }
}

static void
test_pain (void)
{
  const char *ok[] = { "", "0", " 7 ", "10" };
  const int want[] = { -1, 0, 7, 10 };
  const char *bad[] = { "11", "-1", "x", "5.5", "7 8", "100" };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      int pain = 99;

      g_assert_true (physio_diary_pain_parse (ok[i], &pain, NULL));
      g_assert_cmpint (pain, ==, want[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int pain = 4;

      g_assert_false (physio_diary_pain_parse (bad[i], &pain, &error));
      g_assert_cmpstr (error->message, ==, "Pain is a number from 0 to 10.");
      g_assert_cmpint (pain, ==, 4);
    }
}

static void
test_log (void)
{
  GDate date;
  PhysioSessionLog log;
  PhysioDiaryCell cell = { PHYSIO_DIARY_CELL_EMPTY, 0, -1 }, back;
  struct { PhysioDiaryCellStatus status; guint amount; int rpe; double fraction; } rows[] = {
    { PHYSIO_DIARY_CELL_DONE, 12, 7, 1.0 },
    { PHYSIO_DIARY_CELL_DONE, 0, -1, 1.0 },
    { PHYSIO_DIARY_CELL_PARTLY, 6, -1, 0.5 },
    { PHYSIO_DIARY_CELL_NOT_DONE, 0, -1, 0.0 },
  };

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_MARCH, 2026);
  g_assert_false (physio_diary_cell_to_log (&cell, PHYSIO_DOSAGE_REPS, &date, &log));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      cell.status = rows[i].status;
      cell.amount = rows[i].amount;
      cell.rpe = rows[i].rpe;
      g_assert_true (physio_diary_cell_to_log (&cell, PHYSIO_DOSAGE_REPS, &date, &log));
      g_assert_cmpint (g_date_compare (&log.date, &date), ==, 0);
      g_assert_cmpfloat (log.completed_fraction, ==, rows[i].fraction);
      g_assert_cmpuint (log.achieved, ==, rows[i].amount);
      g_assert_cmpint (log.rpe, ==, rows[i].rpe);
      g_assert_cmpint (log.pain_during_max, ==, -1);
      physio_diary_cell_from_log (&back, PHYSIO_DOSAGE_REPS, &log);
      g_assert_cmpint (back.status, ==, cell.status);
      g_assert_cmpuint (back.amount, ==, cell.amount);
      g_assert_cmpint (back.rpe, ==, cell.rpe);
    }

  /* A walk's "y 15" is 15 minutes; the log keeps seconds. */
  cell.status = PHYSIO_DIARY_CELL_DONE;
  cell.amount = 15;
  cell.rpe = -1;
  g_assert_true (physio_diary_cell_to_log (&cell, PHYSIO_DOSAGE_DURATION, &date, &log));
  g_assert_cmpuint (log.achieved, ==, 15 * 60);
  physio_diary_cell_from_log (&back, PHYSIO_DOSAGE_DURATION, &log);
  g_assert_cmpuint (back.amount, ==, 15);
  log.achieved = 14 * 60 + 40;
  physio_diary_cell_from_log (&back, PHYSIO_DOSAGE_DURATION, &log);
  g_assert_cmpuint (back.amount, ==, 15);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/diary-cell/accepted", test_accepted);
  g_test_add_func ("/diary-cell/refused", test_refused);
  g_test_add_func ("/diary-cell/pain", test_pain);
  g_test_add_func ("/diary-cell/log", test_log);
  return g_test_run ();
}

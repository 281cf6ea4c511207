/* test-i18n.c: our reader of compiled catalogues, per-thread languages, dates and decimals
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with PHYSIO_LOCALEDIR at the build tree's po/ (tests/meson.build) and LC_ALL=C.UTF-8,
 * so gettext itself answers in English: every German or Spanish text below came through our
 * reader.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "physio-i18n.h"

static void
test_plural_expressions (void)
{
  /* German and Spanish; French; Polish; an expression with every operator. */
  g_assert_cmpint (physio_i18n_eval_plural ("(n != 1)", 1), ==, 0);
  g_assert_cmpint (physio_i18n_eval_plural ("(n != 1)", 0), ==, 1);
  g_assert_cmpint (physio_i18n_eval_plural ("(n != 1)", 5), ==, 1);
  g_assert_cmpint (physio_i18n_eval_plural ("(n > 1)", 0), ==, 0);
  g_assert_cmpint (physio_i18n_eval_plural ("(n > 1)", 2), ==, 1);
  {
    const char *polish = "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)";

    g_assert_cmpint (physio_i18n_eval_plural (polish, 1), ==, 0);
    g_assert_cmpint (physio_i18n_eval_plural (polish, 3), ==, 1);
    g_assert_cmpint (physio_i18n_eval_plural (polish, 13), ==, 2);
    g_assert_cmpint (physio_i18n_eval_plural (polish, 22), ==, 1);
    g_assert_cmpint (physio_i18n_eval_plural (polish, 25), ==, 2);
  }
  g_assert_cmpint (physio_i18n_eval_plural ("0", 7), ==, 0);
  g_assert_cmpint (physio_i18n_eval_plural ("!(n - 1)", 1), ==, 1);
  /* Unreadable expressions and division by zero are refused, never a crash. */
  g_assert_cmpint (physio_i18n_eval_plural ("(n != ", 1), ==, -1);
  g_assert_cmpint (physio_i18n_eval_plural ("n % 0", 1), ==, -1);
  g_assert_cmpint (physio_i18n_eval_plural ("x", 1), ==, -1);
}

static void
test_catalogues (void)
{
  g_assert_cmpstr (physio_i18n_translate ("de", "Your exercise plan"), ==, "Ihr Übungsplan");
  g_assert_cmpstr (physio_i18n_translate ("es", "Your exercise plan"), ==,
                   "Su plan de ejercicios");
  /* A regional code falls back to its language; English and unknown codes are the source. */
  g_assert_cmpstr (physio_i18n_translate ("de_AT", "Your diary"), ==, "Ihr Tagebuch");
  g_assert_cmpstr (physio_i18n_translate ("en", "Your diary"), ==, "Your diary");
  g_assert_cmpstr (physio_i18n_translate ("xx", "Your diary"), ==, "Your diary");
  g_assert_cmpstr (physio_i18n_translate ("../de", "Your diary"), ==, "Your diary");
  g_assert_cmpstr (physio_i18n_translate ("de", "not a message of ours"), ==,
                   "not a message of ours");

  g_assert_cmpstr (physio_i18n_translate_plural ("de", "%u week", "%u weeks", 1), ==,
                   "%u Woche");
  g_assert_cmpstr (physio_i18n_translate_plural ("de", "%u week", "%u weeks", 3), ==,
                   "%u Wochen");
  g_assert_cmpstr (physio_i18n_translate_plural ("es", "%u week", "%u weeks", 0), ==,
                   "%u semanas");
  g_assert_cmpstr (physio_i18n_translate_plural ("en", "%u week", "%u weeks", 1), ==,
                   "%u week");
}

/* The thread's language drives _(), C_(), ngettext () and the library texts; with none set
 * they are gettext's (English here). */
static void
test_thread_language (void)
{
  const char *previous;

  g_assert_null (physio_i18n_get_thread_language ());
  g_assert_cmpstr (_("Your pain guide"), ==, "Your pain guide");

  previous = physio_i18n_set_thread_language ("es");
  g_assert_null (previous);
  g_assert_cmpstr (_("Your pain guide"), ==, "Su guía del dolor");
  g_assert_cmpstr (C_("month name", "January"), ==, "enero");
  g_assert_cmpstr (ngettext ("%u day/week", "%u days/week", 2), ==, "%u días/semana");
  g_assert_cmpstr (physio_library_text ("Easy walk"), ==, "Paseo suave");
  g_assert_cmpstr (physio_library_text ("A clinic's own words"), ==, "A clinic's own words");

  physio_i18n_set_thread_language ("de");
  g_assert_cmpstr (physio_library_text ("Easy walk"), ==, "Lockeres Gehen");
  g_assert_cmpstr (C_("day of the week, short", "Mon"), ==, "Mo");

  physio_i18n_set_thread_language ("en");
  g_assert_cmpstr (_("Your pain guide"), ==, "Your pain guide");

  physio_i18n_set_thread_language (previous);
  g_assert_null (physio_i18n_get_thread_language ());
  g_assert_cmpstr (physio_library_text ("Easy walk"), ==, "Easy walk");
}

static gpointer
translate_in_thread (gpointer data)
{
  const char *code = data;
  GPtrArray *seen = g_ptr_array_new_with_free_func (g_free);

  physio_i18n_set_thread_language (code);
  for (guint i = 0; i < 2000; i++)
    g_ptr_array_add (seen, g_strdup (_("Your exercises")));
  return seen;
}

/* Threads in different languages at once never see each other's texts. */
static void
test_threads_are_independent (void)
{
  GThread *german = g_thread_new ("de", translate_in_thread, (gpointer) "de");
  GThread *spanish = g_thread_new ("es", translate_in_thread, (gpointer) "es");
  g_autoptr(GPtrArray) german_seen = NULL;
  g_autoptr(GPtrArray) spanish_seen = NULL;

  for (guint i = 0; i < 2000; i++)
    g_assert_cmpstr (_("Your exercises"), ==, "Your exercises");
  german_seen = g_thread_join (german);
  spanish_seen = g_thread_join (spanish);
  for (guint i = 0; i < german_seen->len; i++)
    {
      g_assert_cmpstr (german_seen->pdata[i], ==, "Ihre Übungen");
      g_assert_cmpstr (spanish_seen->pdata[i], ==, "Sus ejercicios");
    }
}

static void
test_dates_and_decimals (void)
{
  g_autofree char *english = NULL;
  g_autofree char *german = NULL;
  g_autofree char *spanish = NULL;
  g_autofree char *german_decimal = NULL;
  g_autofree char *english_decimal = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_MARCH, 2026);
  english = physio_i18n_format_date ("%e %B %Y (%a)", &date);
  g_assert_cmpstr (english, ==, "5 March 2026 (Thu)");

  physio_i18n_set_thread_language ("de");
  german = physio_i18n_format_date (_("%e %B %Y"), &date);
  german_decimal = physio_i18n_format_decimal (2.5, 1);
  physio_i18n_set_thread_language ("es");
  spanish = physio_i18n_format_date (_("%e %B %Y"), &date);
  physio_i18n_set_thread_language (NULL);
  english_decimal = physio_i18n_format_decimal (2.5, 1);

  g_assert_cmpstr (german, ==, "5. März 2026");
  g_assert_cmpstr (spanish, ==, "5 de marzo de 2026");
  g_assert_cmpstr (german_decimal, ==, "2,5");
  /* LC_NUMERIC is C here: the interface keeps the locale's point. */
  g_assert_cmpstr (english_decimal, ==, "2.5");
}

/* A damaged catalogue is no catalogue: the English source, and no read outside the file. */
static void
test_damaged_catalogue (void)
{
  g_autofree char *dir = g_dir_make_tmp ("physio-i18n-XXXXXX", NULL);
  g_autofree char *messages = g_build_filename (dir, "zz", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("PHYSIO_LOCALEDIR"));
  /* The right magic, then 1,000,000 messages whose tables point past the end. */
  const guint32 header[7] = { 0x950412de, 0, 1000000, 28, 0xfffffff0, 0, 0 };

  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mo, (const char *) header, sizeof header, NULL));
  g_setenv ("PHYSIO_LOCALEDIR", dir, TRUE);
  g_assert_cmpstr (physio_i18n_translate ("zz", "Your diary"), ==, "Your diary");
  g_setenv ("PHYSIO_LOCALEDIR", saved, TRUE);
  g_unlink (mo);
  g_rmdir (messages);
  g_free (g_steal_pointer (&messages));
  messages = g_build_filename (dir, "zz", NULL);
  g_rmdir (messages);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/plural-expressions", test_plural_expressions);
  g_test_add_func ("/i18n/catalogues", test_catalogues);
  g_test_add_func ("/i18n/thread-language", test_thread_language);
  g_test_add_func ("/i18n/threads-are-independent", test_threads_are_independent);
  g_test_add_func ("/i18n/dates-and-decimals", test_dates_and_decimals);
  g_test_add_func ("/i18n/damaged-catalogue", test_damaged_catalogue);

  return g_test_run ();
}

/* test-json-input.c: the JSON readers on empty, blank and truncated input: a clear message,
 * never a crash or a critical (issue 9)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-library-json.h"
#include "physio-template-json.h"
#include "store-test-util.h"

/* No bytes at all (an empty file read into a GBytes has a NULL buffer), no bytes behind a
 * real pointer, and white space only. */
static GBytes *
input_bytes (guint which)
{
  switch (which)
    {
    case 0:
      return g_bytes_new (NULL, 0);
    case 1:
      return g_bytes_new_static ("{}", 0);
    default:
      return g_bytes_new_static (" \n\t\r\n ", strlen (" \n\t\r\n "));
    }
}

static void
assert_empty_message (const GError *error,
                      const char   *subject)
{
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
  if (strstr (error->message, subject) == NULL || strstr (error->message, "is empty.") == NULL)
    g_error ("“%s” does not say that %s is empty", error->message, subject);
}

static void
test_library_empty (void)
{
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GBytes) bytes = input_bytes (i);
      g_autoptr(GPtrArray) exercises = NULL;
      g_autoptr(GError) error = NULL;
      guint version = 0;

      g_assert_false (physio_library_parse (bytes, &version, &exercises, &error));
      assert_empty_message (error, "The exercise library");
      g_assert_null (exercises);
    }
}

static void
test_templates_empty (void)
{
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GBytes) bytes = input_bytes (i);
      g_autoptr(GPtrArray) templates = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (physio_templates_parse (bytes, &templates, &error));
      assert_empty_message (error, "the template file");
      g_assert_null (templates);
    }
}

/* The one-object readers the database columns go through. */
static void
test_text_readers_empty (void)
{
  static const char *texts[] = { "", "   ", "\n\t" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      PhysioDoseLimits limits = { 0 };
      g_autoptr(GError) error = NULL;
      PhysioTemplate *template;

      g_assert_false (physio_dose_from_json (texts[i], &dose, &error));
      assert_empty_message (error, "The text");
      g_clear_error (&error);

      g_assert_false (physio_dose_limits_from_json (texts[i], &limits, &error));
      assert_empty_message (error, "The text");
      g_clear_error (&error);

      template = physio_template_from_json (texts[i], &error);
      g_assert_null (template);
      assert_empty_message (error, "the text");
    }
}

/* Not empty but broken: still the "not valid JSON" message, with json-glib's reason. */
static void
test_truncated (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": 1, \"exerc", 20);
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GError) error = NULL;
  guint version = 0;

  g_assert_false (physio_library_parse (bytes, &version, &exercises, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
  g_assert_true (g_str_has_prefix (error->message, "The exercise library is not valid JSON ("));
}

/* Loading an empty library into a database says so and writes nothing. */
static void
test_load_empty_library (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(PhysioDatabase) database = store_test_fixture_open (&dir);
  g_autoptr(GBytes) bytes = input_bytes (0);
  g_autoptr(GError) error = NULL;
  guint before = physio_database_count_exercises (database);

  g_assert_false (physio_database_load_builtin_library (database, bytes, NULL, &error));
  assert_empty_message (error, "The exercise library");
  g_assert_cmpuint (physio_database_count_exercises (database), ==, before);

  store_test_fixture_close (&dir, &database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-input/library/empty", test_library_empty);
  g_test_add_func ("/json-input/templates/empty", test_templates_empty);
  g_test_add_func ("/json-input/text/empty", test_text_readers_empty);
  g_test_add_func ("/json-input/library/truncated", test_truncated);
  g_test_add_func ("/json-input/library/load-empty", test_load_empty_library);

  return g_test_run ();
}

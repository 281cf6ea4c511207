/* test-figures.c: the exercise figures' data file and its reader
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "physio-database.h"
#include "physio-figure-json.h"
#include "physio-library-json.h"

/* Every built-in exercise has a figure, and every figure belongs to an exercise. */
static void
test_every_exercise_has_a_figure (void)
{
  g_autoptr(GBytes) library = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GHashTable) figures = NULL;
  g_autoptr(GError) error = NULL;
  guint version = 0;

  library = g_resources_lookup_data (RESOURCE_BASE "/library/exercises.json", 0, &error);
  g_assert_no_error (error);
  g_assert_true (physio_library_parse (library, &version, &exercises, &error));
  g_assert_no_error (error);
  figures = physio_figure_json_read_builtin (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < exercises->len; i++)
    {
      const char *id = physio_exercise_get_id (exercises->pdata[i]);

      if (!g_hash_table_contains (figures, id))
        g_error ("Exercise %s has no figure", id);
    }
  g_assert_cmpuint (g_hash_table_size (figures), ==, exercises->len);
}

/* The reader already refuses poses outside the body's range; check again, so that a reader
 * that stopped checking cannot let an impossible figure into the app. */
static void
test_every_pose_is_valid (void)
{
  g_autoptr(GHashTable) figures = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer id, figure;

  figures = physio_figure_json_read_builtin (&error);
  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, figures);
  while (g_hash_table_iter_next (&iter, &id, &figure))
    if (!physio_figure_validate (figure, &error))
      g_error ("Figure %s: %s", (const char *) id, error->message);
}

static void
assert_refused (const char *json,
                const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GHashTable) figures = NULL;
  g_autoptr(GError) error = NULL;

  figures = physio_figure_json_read (bytes, &error);
  g_assert_null (figures);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

/* Bad files are refused whole, with a message that names the exercise and the field. */
static void
test_bad_files (void)
{
  assert_refused ("", "empty");
  assert_refused ("  \n", "not valid JSON");
  assert_refused ("[]", "must be a JSON object");
  assert_refused ("{\"format\": 2, \"figures\": {}}", "reads format 1");
  assert_refused ("{\"format\": 1, \"figures\": {\"X-1\": {\"poses\": []}}}",
                  "Figure “X-1”, field “poses”");
  assert_refused ("{\"format\": 1, \"figures\": {\"X-1\": {\"poses\": "
                  "[{\"near\": {\"knee\": \"bent\"}}]}}}",
                  "Figure “X-1”, field “poses[0].near.knee”: must be a number");
  assert_refused ("{\"format\": 1, \"figures\": {\"X-1\": {\"poses\": "
                  "[{\"near\": {\"knee\": 175}}]}}}",
                  "near knee 175°");
  assert_refused ("{\"format\": 1, \"figures\": {\"X-1\": {\"poses\": [{}], "
                  "\"props\": [{\"kind\": \"trampoline\"}]}}}",
                  "“trampoline” is not a known prop");
  assert_refused ("{\"format\": 1, \"figures\": {\"X-1\": {\"poses\": [{\"tail\": 3}]}}}",
                  "poses[0].tail");
  assert_refused ("{\"format\": 1, \"figures\": {\"X-1\": {\"poses\": [{}], "
                  "\"arrows\": [\"near_hand\"]}}}",
                  "there is one pose");
}

/* A clinician's own figure is written and read back unchanged. */
static void
test_round_trip (void)
{
  g_autoptr(GHashTable) figures = NULL;
  g_autoptr(GHashTable) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const PhysioFigure *figure, *copy;

  figures = physio_figure_json_read_builtin (&error);
  g_assert_no_error (error);
  figure = g_hash_table_lookup (figures, "COR-09");
  g_assert_nonnull (figure);

  json = physio_figure_json_write (figure);
  file = g_strdup_printf ("{\"format\": 1, \"figures\": {\"MY-1\": %s}}", json);
  bytes = g_bytes_new (file, strlen (file));
  again = physio_figure_json_read (bytes, &error);
  g_assert_no_error (error);
  copy = g_hash_table_lookup (again, "MY-1");
  g_assert_nonnull (copy);
  g_assert_cmpint (copy->view, ==, figure->view);
  g_assert_cmpint (copy->layout, ==, figure->layout);
  g_assert_cmpint (copy->anchor, ==, figure->anchor);
  g_assert_cmpuint (copy->n_poses, ==, figure->n_poses);
  /* A pose is doubles only, with no padding to compare. */
  g_assert_cmpmem (copy->poses, sizeof copy->poses[0] * copy->n_poses,
                   figure->poses, sizeof figure->poses[0] * figure->n_poses);
  g_assert_cmpuint (copy->n_props, ==, figure->n_props);
  for (guint i = 0; i < figure->n_props; i++)
    {
      g_assert_cmpint (copy->props[i].kind, ==, figure->props[i].kind);
      g_assert_cmpint (copy->props[i].at, ==, figure->props[i].at);
      g_assert_cmpint (copy->props[i].to, ==, figure->props[i].to);
    }
  g_assert_cmpuint (copy->n_arrows, ==, figure->n_arrows);
  for (guint i = 0; i < figure->n_arrows; i++)
    g_assert_cmpint (copy->arrows[i].joint, ==, figure->arrows[i].joint);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/figures/every-exercise", test_every_exercise_has_a_figure);
  g_test_add_func ("/figures/every-pose-valid", test_every_pose_is_valid);
  g_test_add_func ("/figures/bad-files", test_bad_files);
  g_test_add_func ("/figures/round-trip", test_round_trip);

  return g_test_run ();
}

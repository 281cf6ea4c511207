/* test-figure-store.c: a clinician's own figure for an exercise, posed or an image
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "physio-database-figures.h"
#include "physio-figure-json.h"
#include "store-test-util.h"

static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
static const char jpeg_bytes[] = "\xFF\xD8\xFF\xE0\0\x10JFIF";
static const char svg_bytes[] = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n"
                                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\"/>";

static void
on_changed (PhysioDatabase *database,
            const char     *id,
            guint          *count)
{
  (*count)++;
}

static char *
save_own_exercise (PhysioDatabase *database)
{
  g_autoptr(PhysioExercise) exercise = store_test_new_custom ("Towel slide");
  g_autoptr(GError) error = NULL;

  g_assert_true (physio_database_save_exercise (database, exercise, &error));
  g_assert_no_error (error);
  return g_strdup (physio_exercise_get_id (exercise));
}

/* Own poses are stored and read back unchanged; an image replaces them, and poses replace the
 * image; deleting leaves nothing, and deleting again is no error. */
static void
test_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(PhysioDatabase) database = store_test_fixture_open (&dir);
  g_autofree char *id = save_own_exercise (database);
  g_autoptr(GHashTable) builtin = physio_figure_json_read_builtin (NULL);
  g_autoptr(GBytes) png = g_bytes_new_static (png_bytes, sizeof png_bytes - 1);
  g_autoptr(GError) error = NULL;
  const PhysioFigure *bird_dog = g_hash_table_lookup (builtin, "COR-09");
  guint changed = 0;

  {
    g_auto(PhysioStoredFigure) stored = { 0 };

    g_assert_true (physio_database_get_exercise_figure (database, id, &stored, &error));
    g_assert_null (stored.figure);
    g_assert_null (stored.image);
  }

  g_signal_connect (database, "exercises-changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (physio_database_set_exercise_figure_poses (database, id, bird_dog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  {
    g_auto(PhysioStoredFigure) stored = { 0 };

    g_assert_true (physio_database_get_exercise_figure (database, id, &stored, &error));
    g_assert_nonnull (stored.figure);
    g_assert_null (stored.image);
    g_assert_cmpuint (stored.figure->n_poses, ==, bird_dog->n_poses);
    g_assert_cmpmem (stored.figure->poses, sizeof bird_dog->poses[0] * bird_dog->n_poses,
                     bird_dog->poses, sizeof bird_dog->poses[0] * bird_dog->n_poses);
    g_assert_cmpuint (stored.figure->n_props, ==, bird_dog->n_props);
    g_assert_cmpuint (stored.figure->n_arrows, ==, bird_dog->n_arrows);
  }

  g_assert_true (physio_database_set_exercise_figure_image (database, id, png, NULL, &error));
  g_assert_no_error (error);
  {
    g_auto(PhysioStoredFigure) stored = { 0 };

    g_assert_true (physio_database_get_exercise_figure (database, id, &stored, &error));
    g_assert_null (stored.figure);
    g_assert_cmpstr (stored.image_type, ==, "image/png");
    g_assert_true (g_bytes_equal (stored.image, png));
  }

  g_assert_true (physio_database_delete_exercise_figure (database, id, &error));
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (store_test_count_rows (database, "exercise_figure"), ==, 0);
  g_assert_true (physio_database_delete_exercise_figure (database, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);

  store_test_fixture_close (&dir, &database);
}

/* The store knows an image by its first bytes, whatever the file was called. */
static void
test_sniff (void)
{
  g_autoptr(GBytes) png = g_bytes_new_static (png_bytes, sizeof png_bytes - 1);
  g_autoptr(GBytes) jpeg = g_bytes_new_static (jpeg_bytes, sizeof jpeg_bytes - 1);
  g_autoptr(GBytes) svg = g_bytes_new_static (svg_bytes, sizeof svg_bytes - 1);
  g_autoptr(GBytes) gif = g_bytes_new_static ("GIF89a....", 10);
  g_autoptr(GBytes) html = g_bytes_new_static ("<html><svg></svg></html>", 24);
  g_autoptr(GBytes) short_png = g_bytes_new_static ("\x89PNG", 4);

  g_assert_cmpstr (physio_stored_figure_sniff (png), ==, "image/png");
  g_assert_cmpstr (physio_stored_figure_sniff (jpeg), ==, "image/jpeg");
  g_assert_cmpstr (physio_stored_figure_sniff (svg), ==, "image/svg+xml");
  g_assert_null (physio_stored_figure_sniff (gif));
  g_assert_null (physio_stored_figure_sniff (html));
  g_assert_null (physio_stored_figure_sniff (short_png));
}

static void
assert_image_refused (PhysioDatabase *database,
                      const char     *id,
                      GBytes         *bytes,
                      const char     *media_type,
                      const char     *expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (physio_database_set_exercise_figure_image (database, id, bytes, media_type,
                                                             &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

/* Bad images and impossible poses are refused with a sentence, and nothing is written. */
static void
test_refused (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(PhysioDatabase) database = store_test_fixture_open (&dir);
  g_autofree char *id = save_own_exercise (database);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) gif = g_bytes_new_static ("GIF89a....", 10);
  g_autoptr(GBytes) png = g_bytes_new_static (png_bytes, sizeof png_bytes - 1);
  g_autofree guint8 *big_data = g_malloc0 (PHYSIO_FIGURE_IMAGE_MAX_BYTES + 1);
  g_autoptr(GBytes) big = NULL;
  g_autoptr(GError) error = NULL;
  PhysioFigure figure = { 0 };

  memcpy (big_data, png_bytes, sizeof png_bytes - 1);
  big = g_bytes_new_static (big_data, PHYSIO_FIGURE_IMAGE_MAX_BYTES + 1);
  assert_image_refused (database, id, empty, NULL, "empty");
  assert_image_refused (database, id, big, NULL, "larger than 2 MB");
  assert_image_refused (database, id, gif, NULL, "not a PNG, JPEG or SVG");
  assert_image_refused (database, id, png, "image/jpeg", "holds another");

  figure.n_poses = 1;
  physio_pose_init_standing (&figure.poses[0]);
  figure.poses[0].limb[PHYSIO_POSE_NEAR].knee = 175;
  g_assert_false (physio_database_set_exercise_figure_poses (database, id, &figure, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "near knee 175°"));

  g_assert_cmpuint (store_test_count_rows (database, "exercise_figure"), ==, 0);
  store_test_fixture_close (&dir, &database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/figure-store/round-trip", test_round_trip);
  g_test_add_func ("/figure-store/sniff", test_sniff);
  g_test_add_func ("/figure-store/refused", test_refused);

  return g_test_run ();
}

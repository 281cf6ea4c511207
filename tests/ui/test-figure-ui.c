/* test-figure-ui.c: a clinician's own figure, posed or attached in the exercise editor, is the
 * one the library's detail page shows
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <cairo.h>

#include "physio-database-figures.h"
#include "physio-exercise-detail-private.h"
#include "physio-exercise-editor-private.h"
#include "physio-database-patients.h"
#include "physio-exercise-figure.h"
#include "physio-prescription-page.h"
#include "physio-prescription-row-private.h"
#include "physio-programme-window-private.h"
#include "physio-window-private.h"
#include "ui-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  PhysioWindow   *window;
  char           *own_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PhysioExercise) builtin = NULL;
  g_autoptr(PhysioExercise) own = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = ui_test_make_dir ("physio-figure-ui-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);
  fixture->window = ui_test_open_window (fixture->database, 1100, 720);

  /* A clinician's own exercise, made from a built-in one: it has no figure of its own. */
  builtin = physio_database_get_exercise (fixture->database, "COR-09", &error);
  g_assert_no_error (error);
  own = physio_exercise_copy (builtin);
  fixture->own_id = physio_exercise_new_custom_id ();
  physio_exercise_set_id (own, fixture->own_id);
  physio_exercise_set_name (own, "Bird dog on a cushion");
  physio_exercise_set_source (own, PHYSIO_EXERCISE_CUSTOM);
  g_assert_true (physio_database_save_exercise (fixture->database, own, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ui_test_destroy_toplevels ();
  g_clear_object (&fixture->database);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->own_id);
}

/* Whether the own exercise has a figure of its own in the database (1) or not (0). */
static guint
store_rows (Fixture *fixture)
{
  g_auto(PhysioStoredFigure) stored = { 0 };

  g_assert_true (physio_database_get_exercise_figure (fixture->database, fixture->own_id,
                                                      &stored, NULL));
  return stored.figure != NULL || stored.image != NULL;
}

static PhysioExerciseEditor *
open_editor (Fixture *fixture)
{
  g_autoptr(PhysioExercise) exercise = NULL;
  PhysioExerciseEditor *editor;

  exercise = physio_database_get_exercise (fixture->database, fixture->own_id, NULL);
  g_assert_nonnull (exercise);
  editor = physio_exercise_editor_new (GTK_WINDOW (fixture->window), fixture->database, exercise);
  gtk_window_present (GTK_WINDOW (editor));
  ui_test_wait_for_mapped (GTK_WIDGET (editor));
  return editor;
}

static gboolean
window_gone (gpointer widget_pointer)
{
  return *(gpointer *) widget_pointer == NULL;
}

static void
save_editor (PhysioExerciseEditor *editor)
{
  gpointer watch = editor;

  g_object_add_weak_pointer (G_OBJECT (editor), &watch);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  WAIT_FOR (window_gone (&watch));
}

/* The library's detail page for the own exercise, once it shows it. */
static PhysioFigureView *
detail_figure (Fixture *fixture)
{
  PhysioExerciseDetail *detail = _physio_window_get_detail (fixture->window);

  g_assert_true (physio_window_select_exercise (fixture->window, fixture->own_id));
  WAIT_FOR (physio_exercise_detail_get_exercise (detail) != NULL &&
            g_strcmp0 (physio_exercise_get_id (physio_exercise_detail_get_exercise (detail)),
                       fixture->own_id) == 0);
  return PHYSIO_FIGURE_VIEW (_physio_exercise_detail_get_figure_view (detail));
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
png_bytes (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 30);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.8, 0.2, 0.2);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, bytes), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

/* A bad file is refused with its name and nothing changes; a PNG is previewed, saved with the
 * exercise, and is what the detail page shows. */
static void
test_attach_image (Fixture       *fixture,
                   gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture);
  PhysioFigureEditor *section = editor->figure_editor;
  PhysioFigureView *preview = physio_figure_editor_get_preview (section);
  g_autoptr(GBytes) text = g_bytes_new_static ("Dear patient,", 13);
  g_autoptr(GBytes) png = png_bytes ();
  g_auto(PhysioStoredFigure) stored = { 0 };
  cairo_surface_t *image = NULL;
  PhysioFigureView *shown;

  g_assert_false (physio_figure_view_get_showing (preview, NULL, NULL));
  g_assert_true (physio_figure_editor_take_image (section, png, "cushion.png"));
  g_assert_null (physio_figure_editor_get_error (section));
  g_assert_true (physio_figure_view_get_showing (preview, NULL, &image));
  g_assert_nonnull (image);

  /* A wrong file afterwards says what is wrong with it and keeps the image chosen before. */
  g_assert_false (physio_figure_editor_take_image (section, text, "letter.txt"));
  g_assert_nonnull (physio_figure_editor_get_error (section));
  g_assert_nonnull (strstr (physio_figure_editor_get_error (section), "letter.txt"));
  g_assert_nonnull (strstr (physio_figure_editor_get_error (section), "not a PNG, JPEG or SVG"));
  g_assert_true (physio_figure_view_get_showing (preview, NULL, &image));
  g_assert_nonnull (image);

  save_editor (editor);
  g_assert_true (physio_database_get_exercise_figure (fixture->database, fixture->own_id,
                                                      &stored, NULL));
  g_assert_cmpstr (stored.image_type, ==, "image/png");
  g_assert_true (g_bytes_equal (stored.image, png));

  shown = detail_figure (fixture);
  image = NULL;
  WAIT_FOR (physio_figure_view_get_showing (shown, NULL, &image) && image != NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shown)));
}

/* A figure posed from the bird dog, with one joint turned, is saved and shown; removing it
 * can be undone until Save, and after Save the detail page shows no figure. */
static void
test_pose_and_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture);
  PhysioFigureEditor *section = editor->figure_editor;
  PhysioFigureView *preview = physio_figure_editor_get_preview (section);
  const PhysioFigure *figure = NULL;
  PhysioFigureView *shown;

  g_assert_true (physio_figure_editor_start_from (section, "COR-09"));
  g_assert_true (physio_figure_view_get_showing (preview, &figure, NULL));
  g_assert_nonnull (figure);
  g_assert_true (physio_figure_editor_set_angle (section, 1, PHYSIO_POSE_NEAR, "knee", 20));
  save_editor (editor);

  {
    g_auto(PhysioStoredFigure) stored = { 0 };

    g_assert_true (physio_database_get_exercise_figure (fixture->database, fixture->own_id,
                                                        &stored, NULL));
    g_assert_nonnull (stored.figure);
    g_assert_cmpuint (stored.figure->n_poses, ==, 2);
    g_assert_cmpfloat (stored.figure->poses[1].limb[PHYSIO_POSE_NEAR].knee, ==, 20);
  }
  shown = detail_figure (fixture);
  figure = NULL;
  WAIT_FOR (physio_figure_view_get_showing (shown, &figure, NULL) && figure != NULL);
  g_assert_cmpfloat (figure->poses[1].limb[PHYSIO_POSE_NEAR].knee, ==, 20);

  editor = open_editor (fixture);
  section = editor->figure_editor;
  preview = physio_figure_editor_get_preview (section);
  g_assert_true (physio_figure_view_get_showing (preview, NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "figure.remove", NULL));
  g_assert_false (physio_figure_view_get_showing (preview, NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "figure.undo-remove", NULL));
  g_assert_true (physio_figure_view_get_showing (preview, NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "figure.remove", NULL));
  save_editor (editor);

  g_assert_cmpuint (physio_database_get_exercise_figure (fixture->database, fixture->own_id,
                                                         &(PhysioStoredFigure) { 0 }, NULL), ==,
                    TRUE);
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (shown)));
  g_assert_false (physio_figure_view_get_showing (shown, NULL, NULL));
}

/* Deleting the own exercise takes its figure with it; Undo brings both back. */
static void
test_undo_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GBytes) png = png_bytes ();
  PhysioFigureView *shown;
  cairo_surface_t *image = NULL;

  g_assert_true (physio_database_set_exercise_figure_image (fixture->database, fixture->own_id,
                                                            png, NULL, NULL));
  shown = detail_figure (fixture);
  WAIT_FOR (physio_figure_view_get_showing (shown, NULL, &image) && image != NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.delete-exercise", NULL));
  g_assert_cmpuint (store_rows (fixture), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-delete",
                                             "s", fixture->own_id));
  g_assert_cmpuint (store_rows (fixture), ==, 1);
  shown = detail_figure (fixture);
  image = NULL;
  WAIT_FOR (physio_figure_view_get_showing (shown, NULL, &image) && image != NULL);
}

/* The handout's look-up gives the own image, the own poses, or the built-in figure. */
static void
test_lookup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GBytes) png = png_bytes ();
  g_autofree PhysioFigure *figure = NULL;
  cairo_surface_t *image = NULL;

  g_assert_true (physio_exercise_figure_lookup (fixture->database, "COR-09", &figure, &image));
  g_assert_nonnull (figure);
  g_assert_null (image);
  g_clear_pointer (&figure, g_free);
  g_assert_false (physio_exercise_figure_lookup (fixture->database, fixture->own_id, &figure,
                                                 &image));
  g_assert_true (physio_database_set_exercise_figure_image (fixture->database, fixture->own_id,
                                                            png, NULL, NULL));
  g_assert_true (physio_exercise_figure_lookup (fixture->database, fixture->own_id, &figure,
                                                &image));
  g_assert_null (figure);
  g_assert_nonnull (image);
  cairo_surface_destroy (image);
}

/* A programme of the own exercise (with an image) and the bird dog, in its window. */
static PhysioProgrammeWindow *
open_programme (Fixture *fixture)
{
  const char * const ids[] = { fixture->own_id, "COR-09" };
  g_autoptr(PhysioPatient) patient = ui_test_add_patient (fixture->database, "Ana Ferreira");
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(GBytes) png = png_bytes ();
  g_autoptr(GError) error = NULL;
  PhysioProgrammeWindow *window;
  GDate today = ui_test_today ();

  g_assert_true (physio_database_set_exercise_figure_image (fixture->database, fixture->own_id,
                                                            png, "image/png", &error));
  g_assert_no_error (error);
  physio_programme_set_patient_id (programme, physio_patient_get_id (patient));
  physio_programme_set_title (programme, "Stronger back");
  physio_programme_set_start_date (programme, &today);
  physio_programme_set_weeks (programme, 4);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PhysioExercise) exercise = physio_database_get_exercise (fixture->database,
                                                                         ids[i], NULL);
      g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);

      physio_prescription_set_weeks (prescription, 1, 4);
      physio_programme_add_prescription (programme, prescription);
    }
  g_assert_true (physio_database_save_programme (fixture->database, programme, &error));
  g_assert_no_error (error);

  window = physio_programme_window_new (NULL, fixture->database, patient, programme);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_mapped (GTK_WIDGET (window));
  return window;
}

static PhysioFigureView *
row_figure (PhysioProgrammeWindow *window,
            guint                  index)
{
  GtkWidget *page = _physio_programme_window_get_page (window, "exercises");
  GtkListBox *list = _physio_prescription_page_get_list (PHYSIO_PRESCRIPTION_PAGE (page));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_true (PHYSIO_IS_PRESCRIPTION_ROW (row));
  return PHYSIO_PRESCRIPTION_ROW (row)->figure_view;
}

/* The builder's rows show the same figure as the detail page: the own image for the own
 * exercise, the built-in bird dog for the bird dog. */
static void
test_builder_rows (Fixture       *fixture,
                   gconstpointer  data)
{
  PhysioProgrammeWindow *window = open_programme (fixture);
  const PhysioFigure *figure = NULL;
  cairo_surface_t *image = NULL;

  WAIT_FOR (physio_figure_view_get_showing (row_figure (window, 0), NULL, &image) &&
            image != NULL);
  WAIT_FOR (physio_figure_view_get_showing (row_figure (window, 1), &figure, NULL) &&
            figure != NULL);
  g_assert_cmpmem (figure, sizeof *figure,
                   g_hash_table_lookup (physio_figure_view_builtin_figures (), "COR-09"),
                   sizeof *figure);

  /* Removed in the store, the own exercise's row shows no figure at once. */
  g_assert_true (physio_database_delete_exercise_figure (fixture->database, fixture->own_id,
                                                         NULL));
  WAIT_FOR (!physio_figure_view_get_showing (row_figure (window, 0), NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/figure-ui/attach-image", Fixture, NULL, fixture_set_up, test_attach_image,
              fixture_tear_down);
  g_test_add ("/figure-ui/pose-and-remove", Fixture, NULL, fixture_set_up, test_pose_and_remove,
              fixture_tear_down);
  g_test_add ("/figure-ui/builder-rows", Fixture, NULL, fixture_set_up, test_builder_rows,
              fixture_tear_down);
  g_test_add ("/figure-ui/undo-delete", Fixture, NULL, fixture_set_up, test_undo_delete,
              fixture_tear_down);
  g_test_add ("/figure-ui/lookup", Fixture, NULL, fixture_set_up, test_lookup,
              fixture_tear_down);

  return g_test_run ();
}

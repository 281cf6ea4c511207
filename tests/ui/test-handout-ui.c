/* test-handout-ui.c: the handout's print operation, preview window and programme actions
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <poppler.h>

#include "physio-database-clinic.h"
#include "physio-database-figures.h"
#include "physio-database-handouts.h"
#include "physio-database-patients.h"
#include "physio-handout-export.h"
#include "physio-handout-preview.h"
#include "physio-handout-print.h"
#include "physio-programme-window.h"
#include "ui-test-util.h"

typedef PopplerDocument TestDocument;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestDocument, g_object_unref)

typedef struct
{
  char            *dir;
  PhysioDatabase  *database;
  PhysioPatient   *patient;
  gint64           programme_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = ui_test_today ();

  fixture->dir = ui_test_make_dir ("physio-handout-ui-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);
  fixture->patient = ui_test_add_patient (fixture->database, "Morgan Print");
  programme = physio_database_programme_from_template (fixture->database, "subacute", &today,
                                                       &error);
  g_assert_no_error (error);
  physio_programme_set_patient_id (programme, physio_patient_get_id (fixture->patient));
  g_assert_true (physio_database_save_programme (fixture->database, programme, &error));
  g_assert_no_error (error);
  fixture->programme_id = physio_programme_get_id (programme);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ui_test_destroy_toplevels ();
  g_clear_object (&fixture->patient);
  g_clear_object (&fixture->database);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static guint
issues (Fixture *fixture)
{
  g_autoptr(PhysioHandoutIssue) last = NULL;

  g_assert_true (physio_database_get_last_handout_issue (fixture->database,
                                                         fixture->programme_id, &last, NULL));
  return last != NULL ? 1 : 0;
}

static int
pdf_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(TestDocument) document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return poppler_document_get_n_pages (document);
}

/* Printing goes through GtkPrintOperation and draws the same pages as the PDF export. */
static void
test_print_operation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  guint printed = 0;

  request = physio_handout_request_new (fixture->database, fixture->programme_id,
                                        PHYSIO_PAPER_A4, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (physio_handout_print_to_file (request, path, &printed, &error));
  g_assert_no_error (error);

  /* Built again for the paper the print operation chose, the handout has the same pages. */
  handout = physio_handout_request_build (request);
  g_assert_cmpuint (printed, >, 2);
  g_assert_cmpuint (printed, ==, physio_handout_get_n_pages (handout));
  g_assert_cmpint (pdf_pages (path), ==, printed);
}

/* The preview shows every page, follows the large-print switch, and exports a PDF. */
static void
test_preview (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "exported.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PhysioHandoutPreview *preview;
  GtkWidget *pages;
  GtkToggleButton *large;
  guint normal, n = 0;

  preview = physio_handout_preview_new (NULL, fixture->database, fixture->programme_id, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (preview));
  ui_test_wait_for_mapped (GTK_WIDGET (preview));

  normal = physio_handout_preview_get_n_pages (preview);
  g_assert_cmpuint (normal, >, 2);
  pages = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preview),
                                                     PHYSIO_TYPE_HANDOUT_PREVIEW, "pages_box"));
  for (GtkWidget *child = gtk_widget_get_first_child (pages); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  g_assert_cmpuint (n, ==, normal);

  large = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (preview),
                                                            PHYSIO_TYPE_HANDOUT_PREVIEW,
                                                            "large_print_button"));
  gtk_toggle_button_set_active (large, TRUE);
  g_assert_cmpuint (physio_handout_preview_get_n_pages (preview), >, normal);

  /* Looking is not issuing: only the export is recorded. */
  g_assert_cmpuint (issues (fixture), ==, 0);
  physio_handout_export_to_file (GTK_WINDOW (preview), NULL, fixture->database,
                                 fixture->programme_id, PHYSIO_PAPER_A4, FALSE, file);
  WAIT_FOR (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (pdf_pages (path), ==, normal);
  WAIT_FOR (issues (fixture) == 1);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The clinic's name, address, phone, clinician and logo come from the database. */
static void
test_branding (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "branded.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(TestDocument) document = NULL;
  cairo_surface_t *logo = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 120, 60);
  cairo_t *cr = cairo_create (logo);
  PopplerPage *page;
  g_autofree char *text = NULL;
  GList *images;

  cairo_set_source_rgb (cr, 0.1, 0.4, 0.6);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (logo, append_bytes, png);
  cairo_surface_destroy (logo);

  g_assert_true (physio_database_get_clinic (fixture->database, &clinic, &error));
  g_free (clinic.name);
  clinic.name = g_strdup ("Harbour Physio");
  g_free (clinic.address);
  clinic.address = g_strdup ("3 Quay Street");
  g_free (clinic.phone);
  clinic.phone = g_strdup ("0800 123 456");
  g_free (clinic.clinician);
  clinic.clinician = g_strdup ("Jo Rowan");
  clinic.logo = g_bytes_new (png->data, png->len);
  clinic.logo_type = g_strdup ("image/png");
  g_assert_true (physio_database_set_clinic (fixture->database, &clinic, &error));
  g_assert_no_error (error);

  request = physio_handout_request_new (fixture->database, fixture->programme_id,
                                        PHYSIO_PAPER_A4, FALSE, &error);
  g_assert_no_error (error);
  handout = physio_handout_request_build (request);
  g_assert_true (physio_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      page = poppler_document_get_page (document, i);
      text = poppler_page_get_text (page);
      g_assert_nonnull (strstr (text, "Harbour Physio"));
      g_assert_nonnull (strstr (text, "0800 123 456"));
      if (i == 0)
        {
          /* The cover: the clinician with the clinic's phone, and the next review, which for
           * this 6-week programme started today is the week-4 review. */
          g_autofree char *review = NULL;
          GDate date = ui_test_today ();
          char day[64];

          g_date_add_days (&date, 28);
          g_date_strftime (day, sizeof day, "%-d %B %Y", &date);
          review = g_strdup_printf ("Next review: %s", day);
          g_assert_nonnull (strstr (text, "Jo Rowan · 0800 123 456"));
          if (strstr (text, review) == NULL)
            g_error ("The cover does not say “%s”: %s", review, text);
        }
      images = poppler_page_get_image_mapping (page);
      g_assert_nonnull (images);
      poppler_page_free_image_mapping (images);
      g_clear_pointer (&text, g_free);
      g_object_unref (page);
    }
}

/* A clinician's own image for an exercise goes on the handout's card in place of the line
 * drawing, as in the library: the one image in a handout without a logo. */
static void
test_own_figure_image (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "own-figure.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(TestDocument) document = NULL;
  cairo_surface_t *picture = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 80, 60);
  cairo_t *cr = cairo_create (picture);
  const char *exercise_id;
  guint n_images = 0;

  cairo_set_source_rgb (cr, 0.8, 0.3, 0.2);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (picture, append_bytes, png);
  cairo_surface_destroy (picture);
  bytes = g_bytes_new (png->data, png->len);

  programme = physio_database_get_programme (fixture->database, fixture->programme_id, &error);
  g_assert_no_error (error);
  exercise_id = physio_prescription_get_exercise_id (physio_programme_get_prescription (programme, 0));
  g_assert_true (physio_database_set_exercise_figure_image (fixture->database, exercise_id, bytes,
                                                            "image/png", &error));
  g_assert_no_error (error);

  request = physio_handout_request_new (fixture->database, fixture->programme_id,
                                        PHYSIO_PAPER_A4, FALSE, &error);
  g_assert_no_error (error);
  handout = physio_handout_request_build (request);
  g_assert_true (physio_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList *images = poppler_page_get_image_mapping (page);

      n_images += g_list_length (images);
      poppler_page_free_image_mapping (images);
      g_object_unref (page);
    }
  g_assert_cmpuint (n_images, ==, 1);
}

/* Without a choice of their own, the preview starts from Preferences' paper and print size. */
static void
test_defaults_from_settings (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  PhysioHandoutPreview *preview;
  GtkDropDown *paper;
  GtkToggleButton *large;

  g_settings_set_string (settings, "paper-size", "letter");
  g_settings_set_boolean (settings, "large-print", TRUE);
  g_assert_cmpint (physio_handout_default_paper (), ==, PHYSIO_PAPER_LETTER);
  g_assert_true (physio_handout_default_large_print ());

  preview = physio_handout_preview_new (NULL, fixture->database, fixture->programme_id, &error);
  g_assert_no_error (error);
  paper = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (preview),
                                                        PHYSIO_TYPE_HANDOUT_PREVIEW,
                                                        "paper_dropdown"));
  large = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (preview),
                                                            PHYSIO_TYPE_HANDOUT_PREVIEW,
                                                            "large_print_button"));
  g_assert_cmpuint (gtk_drop_down_get_selected (paper), ==, 1);
  g_assert_true (gtk_toggle_button_get_active (large));

  g_settings_reset (settings, "paper-size");
  g_settings_reset (settings, "large-print");
  g_assert_false (physio_handout_default_large_print ());
}

/* The programme window offers the handout: preview, Ctrl+E export and Ctrl+P print. */
static void
test_programme_actions (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = ui_test_load_programme (fixture->database,
                                                                 fixture->programme_id);
  PhysioProgrammeWindow *window;
  PhysioHandoutPreview *preview;

  window = physio_programme_window_new (NULL, fixture->database, fixture->patient, programme);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_mapped (GTK_WIDGET (window));

  for (guint i = 0; i < 3; i++)
    {
      const char *name = (const char *[]) { "preview-handout", "export-pdf", "print-handout" }[i];

      g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (window), name));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preview-handout", NULL));
  WAIT_FOR ((preview = ui_test_find_toplevel (PHYSIO_TYPE_HANDOUT_PREVIEW)) != NULL);
  g_assert_cmpuint (physio_handout_preview_get_n_pages (preview), >, 2);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/handout-ui/print-operation", Fixture, NULL, fixture_set_up, test_print_operation,
              fixture_tear_down);
  g_test_add ("/handout-ui/preview", Fixture, NULL, fixture_set_up, test_preview,
              fixture_tear_down);
  g_test_add ("/handout-ui/branding", Fixture, NULL, fixture_set_up, test_branding,
              fixture_tear_down);
  g_test_add ("/handout-ui/own-figure-image", Fixture, NULL, fixture_set_up,
              test_own_figure_image, fixture_tear_down);
  g_test_add ("/handout-ui/defaults-from-settings", Fixture, NULL, fixture_set_up,
              test_defaults_from_settings, fixture_tear_down);
  g_test_add ("/handout-ui/programme-actions", Fixture, NULL, fixture_set_up,
              test_programme_actions, fixture_tear_down);

  return g_test_run ();
}

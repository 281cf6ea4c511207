/* test-i18n.c: the app in German, and a Spanish handout made while the window stays German
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts as a German clinic would: LANGUAGE=de with a German UTF-8 locale (tools/dev-common.sh
 * generates de_DE.UTF-8), the catalogues read from the build tree through PHYSIO_LOCALEDIR.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <poppler.h>

#include "physio-handout-export.h"
#include "physio-i18n.h"
#include "ui-test-util.h"

typedef PopplerDocument TestDocument;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestDocument, g_object_unref)
typedef PopplerPage TestPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPage, g_object_unref)

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  gint64          programme_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  GDate start;

  fixture->dir = ui_test_make_dir ("physio-i18n-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);
  patient = ui_test_add_patient (fixture->database, "Kim Sprache");
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  programme = physio_database_programme_from_template (fixture->database, "acute", &start,
                                                       &error);
  g_assert_no_error (error);
  physio_programme_set_patient_id (programme, physio_patient_get_id (patient));
  g_assert_true (physio_database_save_programme (fixture->database, programme, &error));
  g_assert_no_error (error);
  fixture->programme_id = physio_programme_get_id (programme);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ui_test_destroy_toplevels ();
  g_clear_object (&fixture->database);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Every label's text in @widget's tree, one per line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static gboolean
window_shows (GtkWidget  *window,
              const char *text)
{
  g_autoptr(GString) labels = g_string_new (NULL);

  collect_labels (window, labels);
  return strstr (labels->str, text) != NULL;
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(TestDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(TestPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* The window in German, the built-in exercises under their German names. */
static void
test_window (Fixture       *fixture,
             gconstpointer  data)
{
  PhysioWindow *window = ui_test_open_window (fixture->database, 1200, 800);

  WAIT_FOR (window_shows (GTK_WIDGET (window), "Lockeres Gehen"));
  g_assert_true (window_shows (GTK_WIDGET (window), "Bibliothek"));
  g_assert_false (window_shows (GTK_WIDGET (window), "Easy walk"));
}

/* The handout in the interface language: German headings, exercises and dates. */
static void
test_handout_german (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "de.pdf", NULL);
  g_autofree char *text = NULL;

  request = physio_handout_request_new (fixture->database, fixture->programme_id,
                                        PHYSIO_PAPER_A4, FALSE, &error);
  g_assert_no_error (error);
  handout = physio_handout_request_build (request);
  g_assert_true (physio_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Ihr Wochenplan"));
  g_assert_nonnull (strstr (text, "Wann Sie aufhören und Hilfe holen sollten"));
  g_assert_nonnull (strstr (text, "Lockeres Gehen"));
  g_assert_nonnull (strstr (text, "Seite 1 von"));
  g_assert_nonnull (strstr (text, "Ausgegeben am: "));
  g_assert_null (strstr (text, "Your week plan"));
}

typedef struct
{
  PhysioHandoutRequest *request;
  char                 *path;
  GError               *error;
  gboolean              done;
} Export;

static gpointer
export_in_thread (gpointer data)
{
  Export *export = data;
  g_autoptr(PhysioHandout) handout = physio_handout_request_build (export->request);

  physio_handout_write_pdf (handout, export->path, &export->error);
  g_atomic_int_set (&export->done, TRUE);
  return NULL;
}

/* A Spanish handout made in a worker thread while the German window goes on drawing: the
 * PDF is Spanish throughout, and the window and the interface's messages stay German. */
static void
test_handout_spanish_from_german (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "es.pdf", NULL);
  g_autofree char *text = NULL;
  PhysioWindow *window = ui_test_open_window (fixture->database, 1200, 800);
  Export export = { 0 };
  GThread *thread;

  WAIT_FOR (window_shows (GTK_WIDGET (window), "Lockeres Gehen"));
  request = physio_handout_request_new (fixture->database, fixture->programme_id,
                                        PHYSIO_PAPER_A4, FALSE, &error);
  g_assert_no_error (error);
  physio_handout_request_set_language (request, "es");
  export.request = request;
  export.path = path;
  thread = g_thread_new ("export", export_in_thread, &export);
  /* The main thread keeps translating and drawing meanwhile. */
  while (!g_atomic_int_get (&export.done))
    {
      g_assert_cmpstr (_("Library"), ==, "Bibliothek");
      g_main_context_iteration (NULL, FALSE);
    }
  g_thread_join (thread);
  g_assert_no_error (export.error);

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Su plan semanal"));
  g_assert_nonnull (strstr (text, "Cuándo parar y pedir ayuda"));
  g_assert_nonnull (strstr (text, "Paseo suave"));
  g_assert_nonnull (strstr (text, "Página 1 de"));
  g_assert_null (strstr (text, "Ihr Wochenplan"));
  g_assert_null (strstr (text, "Lockeres Gehen"));
  /* Dates in Spanish, not in the process's German locale: the diary's weeks of January. */
  g_assert_nonnull (strstr (text, " ene"));
  g_assert_nonnull (strstr (text, "Fecha de entrega: "));

  g_assert_cmpstr (_("Library"), ==, "Bibliothek");
  g_assert_true (window_shows (GTK_WIDGET (window), "Lockeres Gehen"));
  g_assert_null (physio_i18n_get_thread_language ());
}

int
main (int   argc,
      char *argv[])
{
  locale_t german = newlocale (LC_ALL_MASK, "de_DE.UTF-8", (locale_t) 0);

  /* As a German clinic starts the app (src/main.c), before GTK reads the locale. */
  g_setenv ("LANGUAGE", "de", TRUE);
  if (german != (locale_t) 0)
    {
      freelocale (german);
      g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
    }
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, physio_i18n_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (!ui_test_init (&argc, &argv))
    return 0;
  if (g_strcmp0 (_("Library"), "Bibliothek") != 0)
    {
      /* gettext ignores LANGUAGE in the C locale. */
      printf ("1..0 # SKIP no German locale: generate de_DE.UTF-8 (tools/dev-test does)\n");
      return 0;
    }

  g_test_add ("/i18n-ui/window", Fixture, NULL, fixture_set_up, test_window,
              fixture_tear_down);
  g_test_add ("/i18n-ui/handout-german", Fixture, NULL, fixture_set_up, test_handout_german,
              fixture_tear_down);
  g_test_add ("/i18n-ui/handout-spanish-from-german", Fixture, NULL, fixture_set_up,
              test_handout_spanish_from_german, fixture_tear_down);

  return g_test_run ();
}

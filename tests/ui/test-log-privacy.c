/* test-log-privacy.c: no patient text in any log message, even where a notice has nowhere to
 * be shown
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-patient-page.h"
#include "ui-test-util.h"

#define NAME "Zebedee Quartermaine"
#define NOTES "Knee gave way on the allotment steps"

static GString *captured;

/* Every message, debug ones included, whatever G_MESSAGES_DEBUG says. */
static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].value != NULL)
        {
          if (fields[i].length < 0)
            g_string_append (captured, fields[i].value);
          else
            g_string_append_len (captured, fields[i].value, fields[i].length);
          g_string_append_c (captured, '\n');
        }
    }

  if (level & G_LOG_LEVEL_DEBUG)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* A patient page outside any window has no toast overlay for "… archived": the fallback
 * used to log the notice, the patient's name with it. */
static void
test_archive_without_overlay (void)
{
  g_autofree char *dir = ui_test_make_dir ("physio-privacy-XXXXXX");
  g_autoptr(PhysioDatabase) database = ui_test_open_database (dir);
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GError) error = NULL;
  PhysioPatientPage *page;
  gint64 id;

  physio_patient_set_name (patient, NAME);
  physio_patient_set_notes (patient, NOTES);
  physio_database_save_patient (database, patient, &error);
  g_assert_no_error (error);
  id = physio_patient_get_id (patient);

  page = g_object_ref_sink (physio_patient_page_new (database));
  physio_patient_page_set_patient (page, patient);
  ui_test_settle ();

  g_string_truncate (captured, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PhysioPatient) saved = NULL;

      g_signal_emit_by_name (_physio_patient_page_get_button (page, "archive"), "clicked");
      ui_test_settle ();
      saved = physio_database_get_patient (database, id, &error);
      g_assert_no_error (error);
      g_assert_cmpint (physio_patient_get_archived (saved), ==, i == 0);
    }

  /* The notice went somewhere (the log says one was not shown), but not the name. */
  g_assert_nonnull (strstr (captured->str, "not shown"));
  if (strstr (captured->str, "Zebedee") != NULL || strstr (captured->str, "Quartermaine") != NULL ||
      strstr (captured->str, "allotment") != NULL)
    g_error ("Patient text in the log:\n%s", captured->str);

  g_object_unref (page);
  g_clear_object (&database);
  ui_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  captured = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);

  g_test_add_func ("/privacy/archive-without-overlay", test_archive_without_overlay);

  return g_test_run ();
}

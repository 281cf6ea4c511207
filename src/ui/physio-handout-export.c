/* physio-handout-export.c: a programme's handout from the database, and the command-line export
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "physio-clinician.h"
#include "physio-database-patients.h"
#include "physio-figure-view.h"
#include "physio-handout-export.h"
#include "physio-languages.h"

struct _PhysioHandoutRequest
{
  PhysioProgramme *programme;
  char            *patient;
  char            *clinician;
  GDate            issued;
  PhysioPaper      paper;
  gboolean         large_print;
  char            *language;   /* NULL: the interface language */
};

PhysioHandoutRequest *
physio_handout_request_new (PhysioDatabase  *database,
                            gint64           programme_id,
                            PhysioPaper      paper,
                            gboolean         large_print,
                            GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  PhysioHandoutRequest *request;
  const char *clinician;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  programme = physio_database_get_programme (database, programme_id, &local_error);
  if (programme == NULL)
    {
      if (g_error_matches (local_error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("There is no programme %lld in this database."),
                     (long long) programme_id);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  patient = physio_database_get_patient (database, physio_programme_get_patient_id (programme),
                                         NULL);
  clinician = physio_programme_get_clinician (programme);

  request = g_new0 (PhysioHandoutRequest, 1);
  request->programme = g_steal_pointer (&programme);
  request->patient = g_strdup (patient != NULL ? physio_patient_get_name (patient) : NULL);
  request->clinician = clinician != NULL && *clinician != '\0' ? g_strdup (clinician)
                                                                : physio_clinician_name ();
  request->paper = paper;
  request->large_print = large_print;
  request->language = physio_languages_handout_setting ();
  g_date_clear (&request->issued, 1);
  g_date_set_dmy (&request->issued, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  return request;
}

PhysioHandout *
physio_handout_request_build (PhysioHandoutRequest *request)
{
  PhysioHandoutInput input = { 0 };

  g_return_val_if_fail (request != NULL, NULL);

  input.programme = request->programme;
  input.patient_name = request->patient;
  input.clinician_name = request->clinician;
  input.figures = physio_figure_view_builtin_figures ();
  input.paper = request->paper;
  input.large_print = request->large_print;
  input.language = request->language;
  input.issued = request->issued;
  g_date_clear (&input.review, 1);
  return physio_handout_new (&input);
}

void
physio_handout_request_set_paper (PhysioHandoutRequest *request,
                                  PhysioPaper           paper)
{
  g_return_if_fail (request != NULL);

  request->paper = paper;
}

PhysioPaper
physio_handout_request_get_paper (PhysioHandoutRequest *request)
{
  g_return_val_if_fail (request != NULL, PHYSIO_PAPER_A4);

  return request->paper;
}

void
physio_handout_request_set_large_print (PhysioHandoutRequest *request,
                                        gboolean              large_print)
{
  g_return_if_fail (request != NULL);

  request->large_print = large_print;
}

const char *
physio_handout_request_get_patient (PhysioHandoutRequest *request)
{
  g_return_val_if_fail (request != NULL, NULL);

  return request->patient;
}

void
physio_handout_request_set_language (PhysioHandoutRequest *request,
                                      const char           *code)
{
  g_return_if_fail (request != NULL);

  g_free (request->language);
  request->language = code != NULL && *code != '\0' ? g_strdup (code) : NULL;
}

void
physio_handout_request_free (PhysioHandoutRequest *request)
{
  if (request == NULL)
    return;
  g_clear_object (&request->programme);
  g_free (request->patient);
  g_free (request->clinician);
  g_free (request->language);
  g_free (request);
}

PhysioHandout *
physio_handout_for_programme (PhysioDatabase  *database,
                              gint64           programme_id,
                              PhysioPaper      paper,
                              gboolean         large_print,
                              GError         **error)
{
  g_autoptr(PhysioHandoutRequest) request = NULL;

  request = physio_handout_request_new (database, programme_id, paper, large_print, error);
  return request != NULL ? physio_handout_request_build (request) : NULL;
}

static PhysioDatabase *
open_usual_database (GError **error)
{
  g_autofree char *path = physio_database_default_path ();
  g_autoptr(PhysioDatabase) database = physio_database_open (path, error);

  if (database == NULL || !physio_database_load_builtin_library (database, NULL, NULL, error))
    return NULL;
  return g_steal_pointer (&database);
}

int
physio_handout_export_from_options (PhysioDatabase *database,
                                    GVariantDict   *options)
{
  g_autoptr(PhysioDatabase) usual = NULL;
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  const char *out = NULL, *paper_name = NULL, *language = NULL;
  gint64 programme_id = 0;
  PhysioPaper paper = physio_paper_for_locale (NULL);

  if (!g_variant_dict_lookup (options, "export-pdf", "^&ay", &out))
    {
      if (g_variant_dict_contains (options, "programme"))
        {
          g_printerr ("%s\n", _("--programme is only used with --export-pdf=FILE."));
          return EXIT_FAILURE;
        }
      return -1;
    }
  if (!g_variant_dict_lookup (options, "programme", "x", &programme_id) || programme_id <= 0)
    {
      g_printerr ("%s\n", _("Say which programme to export with --programme=ID."));
      return EXIT_FAILURE;
    }
  if (g_variant_dict_lookup (options, "paper", "&s", &paper_name) &&
      !physio_paper_from_name (paper_name, &paper))
    {
      g_printerr (_("Unknown paper size “%s”: use a4 or letter."), paper_name);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }
  if (g_variant_dict_lookup (options, "lang", "&s", &language))
    {
      if (!physio_language_is_installed (language))
        {
          g_printerr (_("There is no %s translation of the handout installed."), language);
          g_printerr ("\n");
          return EXIT_FAILURE;
        }
    }

  if (database == NULL)
    {
      database = usual = open_usual_database (&error);
      if (database == NULL)
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  request = physio_handout_request_new (database, programme_id, paper,
                                       g_variant_dict_contains (options, "large-print"), &error);
  if (request != NULL)
    {
      /* --lang wins over Preferences; the messages on stderr stay in the user's language. */
      if (language != NULL)
        physio_handout_request_set_language (request, language);
      handout = physio_handout_request_build (request);
    }
  if (handout == NULL || !physio_handout_write_pdf (handout, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

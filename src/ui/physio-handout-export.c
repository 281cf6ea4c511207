/* physio-handout-export.c: a programme's handout from the database, and the command-line export
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "physio-clinician.h"
#include "physio-database-clinic.h"
#include "physio-database-handouts.h"
#include "physio-database-patients.h"
#include "physio-exercise-figure.h"
#include "physio-handout-export.h"
#include "physio-image.h"
#include "physio-languages.h"
#include "physio-outcome.h"
#include "physio-settings.h"

struct _PhysioHandoutRequest
{
  PhysioProgramme       *programme;
  char                  *patient;
  char                  *clinician;
  char                  *clinic_name;
  char                  *clinic_address;
  char                  *clinic_phone;
  cairo_surface_t       *logo;
  GDate                  issued;
  GDate                  review;    /* the next outcome review after @issued, or invalid */
  PhysioPaper            paper;
  gboolean               large_print;
  char                  *language;  /* NULL: the interface language */
  GHashTable            *names;     /* exercises the texts refer to: id → name */
  GHashTable            *figures;   /* exercise id → PhysioFigure, own poses or built-in */
  GHashTable            *images;    /* exercise id → cairo_surface_t, a clinician's image */
  PhysioHandoutSnapshot *content;   /* what this handout shows, recorded when it is issued */
  GArray                *changes;   /* PhysioHandoutChange per prescription */
};


PhysioPaper
physio_handout_default_paper (void)
{
  g_autoptr(GSettings) settings = physio_settings_new_with_key ("paper-size");
  g_autofree char *name = settings != NULL ? g_settings_get_string (settings, "paper-size") : NULL;
  PhysioPaper paper;

  if (name != NULL && physio_paper_from_name (name, &paper))
    return paper;
  return physio_paper_for_locale (NULL);
}

gboolean
physio_handout_default_large_print (void)
{
  g_autoptr(GSettings) settings = physio_settings_new_with_key ("large-print");

  return settings != NULL && g_settings_get_boolean (settings, "large-print");
}

/* The code of the language the handout's texts are in now ("en", "de", "pt_BR"). */
static char *
current_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *code = g_strdup (names[i]);

      /* "de_DE.UTF-8@euro" is "de_DE"; "C" and "POSIX" are the English texts. */
      code[strcspn (code, ".@")] = '\0';
      if (g_strcmp0 (code, "C") == 0 || g_strcmp0 (code, "POSIX") == 0)
        return g_strdup ("en");
      if (*code != '\0')
        return g_steal_pointer (&code);
    }
  return g_strdup ("en");
}

/* The clinic's branding, and the clinician: the programme's own, else the clinic's, else the
 * name in Preferences. Branding never stops a handout: what cannot be read is left out. */
static void
read_clinic (PhysioHandoutRequest *request,
             PhysioDatabase       *database)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autoptr(GError) error = NULL;
  const char *own = physio_programme_get_clinician (request->programme);

  if (!physio_database_get_clinic (database, &clinic, &error))
    {
      g_warning ("The clinic's details could not be read for a handout: %s", error->message);
      g_clear_error (&error);
    }
  request->clinic_name = g_strdup (clinic.name);
  request->clinic_address = g_strdup (clinic.address);
  request->clinic_phone = g_strdup (clinic.phone);
  if (own != NULL && *own != '\0')
    request->clinician = g_strdup (own);
  else
    request->clinician = physio_clinician_name (database);

  if (clinic.logo != NULL)
    {
      request->logo = physio_image_load (clinic.logo, clinic.logo_type, &error);
      if (request->logo == NULL)
        g_message ("The clinic’s logo is left off the handout: %s", error->message);
    }
}

/* What changed since the handout issued last, for the "new", "harder", "easier" marks. */
static void
read_changes (PhysioHandoutRequest *request,
              PhysioDatabase       *database)
{
  g_autoptr(PhysioHandoutIssue) last = NULL;
  g_autoptr(GError) error = NULL;
  guint week = physio_handout_issue_week (request->programme, &request->issued);

  request->content = physio_handout_snapshot_of_programme (request->programme, week);
  if (!physio_database_get_last_handout_issue (database,
                                               physio_programme_get_id (request->programme),
                                               &last, &error))
    g_message ("The last handout issued is not compared with: %s", error->message);
  request->changes = physio_handout_changes (request->content,
                                             last != NULL ? last->content : NULL);
}

/* The next review after the handout is given (brief 6.7: weeks 2 when acute, 4, 8, 12 and the
 * end), read from the outcome schedule so the two never disagree. */
static void
next_review (PhysioHandoutRequest *request)
{
  static const guint weeks[] = { 2, 4, 8, 12 };
  PhysioOutcomeSchedule schedule;
  GDate end;

  g_date_clear (&request->review, 1);
  physio_outcome_schedule_init (&schedule, request->programme, NULL, 0);
  if (!g_date_valid (&schedule.start))
    return;
  end = schedule.start;
  g_date_add_days (&end, 7 * MAX (schedule.weeks, 1));
  if (g_date_valid (&schedule.discharge))
    end = schedule.discharge;
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      GDate date = schedule.start;

      if (weeks[i] == 2 && !schedule.acute)
        continue;
      g_date_add_days (&date, 7 * weeks[i]);
      if (g_date_compare (&date, &end) >= 0)
        break;
      if (g_date_compare (&date, &request->issued) > 0)
        {
          request->review = date;
          return;
        }
    }
  if (g_date_compare (&end, &request->issued) > 0)
    request->review = end;
}

/* The names of the exercises the texts refer to ("As for COR-08."), for the patient to read. */
static void
read_names (PhysioHandoutRequest *request,
            PhysioDatabase       *database)
{
  g_auto(GStrv) ids = physio_handout_referenced_ids (request->programme);

  request->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(PhysioExercise) exercise = physio_database_get_exercise (database, ids[i], NULL);

      if (exercise != NULL)
        g_hash_table_insert (request->names, g_strdup (ids[i]),
                             g_strdup (physio_exercise_get_name (exercise)));
    }
}

/* Each exercise's figure as the library shows it: the clinician's own image or poses, else the
 * built-in figure (physio-exercise-figure.c). */
static void
read_figures (PhysioHandoutRequest *request,
              PhysioDatabase       *database)
{
  guint n = physio_programme_get_n_prescriptions (request->programme);

  request->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  request->images = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) cairo_surface_destroy);
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (request->programme, i);
      const char *id = physio_prescription_get_exercise_id (p);
      PhysioFigure *figure = NULL;
      cairo_surface_t *image = NULL;

      if (id == NULL || g_hash_table_contains (request->figures, id) ||
          g_hash_table_contains (request->images, id) ||
          !physio_exercise_figure_lookup (database, id, &figure, &image))
        continue;
      if (image != NULL)
        g_hash_table_insert (request->images, g_strdup (id), image);
      else
        g_hash_table_insert (request->figures, g_strdup (id), figure);
    }
}

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

  request = g_new0 (PhysioHandoutRequest, 1);
  request->programme = g_steal_pointer (&programme);
  request->patient = g_strdup (patient != NULL ? physio_patient_get_name (patient) : NULL);
  request->paper = paper;
  request->large_print = large_print;
  request->language = physio_languages_handout_setting ();
  g_date_clear (&request->issued, 1);
  g_date_set_dmy (&request->issued, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  read_clinic (request, database);
  read_changes (request, database);
  read_names (request, database);
  read_figures (request, database);
  next_review (request);
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
  input.clinic_name = request->clinic_name;
  input.clinic_address = request->clinic_address;
  input.clinic_phone = request->clinic_phone;
  input.clinic_logo = request->logo;
  input.figures = request->figures;
  input.figure_images = request->images;
  input.exercise_names = request->names;
  input.changes = request->changes != NULL ? (const PhysioHandoutChange *) request->changes->data
                                           : NULL;
  input.paper = request->paper;
  input.large_print = request->large_print;
  /* The clinic's phone is how the patient reaches the clinician. */
  input.clinician_contact = request->clinic_phone;
  input.language = request->language;
  input.issued = request->issued;
  input.review = request->review;
  return physio_handout_new (&input);
}

gboolean
physio_handout_request_record_issue (PhysioHandoutRequest  *request,
                                     PhysioDatabase        *database,
                                     GError               **error)
{
  g_autofree char *shown_in = NULL;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), FALSE);

  shown_in = request->language != NULL ? g_strdup (request->language) : current_language ();
  return physio_database_record_handout_issue (database,
                                               physio_programme_get_id (request->programme),
                                               request->content, shown_in,
                                               request->paper == PHYSIO_PAPER_LETTER ? "letter"
                                                                                     : "a4",
                                               request->large_print, error) > 0;
}

const PhysioHandoutChange *
physio_handout_request_get_changes (PhysioHandoutRequest *request,
                                    guint                *n_changes)
{
  g_return_val_if_fail (request != NULL, NULL);

  if (n_changes != NULL)
    *n_changes = request->changes->len;
  return (const PhysioHandoutChange *) request->changes->data;
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
  g_free (request->clinic_name);
  g_free (request->clinic_address);
  g_free (request->clinic_phone);
  g_clear_pointer (&request->logo, cairo_surface_destroy);
  g_free (request->language);
  g_clear_pointer (&request->names, g_hash_table_unref);
  g_clear_pointer (&request->figures, g_hash_table_unref);
  g_clear_pointer (&request->images, g_hash_table_unref);
  physio_handout_snapshot_free (request->content);
  g_clear_pointer (&request->changes, g_array_unref);
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
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  const char *out = NULL, *paper_name = NULL, *language = NULL;
  gint64 programme_id = 0;
  PhysioPaper paper = physio_handout_default_paper ();
  gboolean large_print;

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

  /* Not asked for large print: what the clinic chose in Preferences. */
  large_print = g_variant_dict_contains (options, "large-print") ||
                physio_handout_default_large_print ();
  request = physio_handout_request_new (database, programme_id, paper, large_print, &error);
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
  /* The file is written and is the patient's: a record that fails does not undo it. */
  if (!physio_handout_request_record_issue (request, database, &error))
    {
      g_printerr (_("The handout was written, but it could not be recorded as issued: %s"),
                  error->message);
      g_printerr ("\n");
    }
  return EXIT_SUCCESS;
}

/* physio-database-patients.h: patients, programmes, logs, diary and the dose-change audit log
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-patient.h"
#include "physio-programme.h"
#include "physio-review.h"
#include "physio-template.h"

G_BEGIN_DECLS

/* --- Patients --- */

/* Patients whose name or clinic reference contains @search (case- and accent-insensitive;
 * NULL = all), archived ones only when @include_archived, ordered by name. */
GPtrArray       *physio_database_list_patients       (PhysioDatabase  *self,
                                                      const char      *search,
                                                      gboolean         include_archived,
                                                      GError         **error);
PhysioPatient   *physio_database_get_patient         (PhysioDatabase  *self,
                                                      gint64           id,
                                                      GError         **error);
/* Validates (PHYSIO_DATABASE_ERROR_INVALID with the patient's message), then inserts (setting
 * the id) or updates. An id whose record was deleted meanwhile is NOT_FOUND, not re-created. */
gboolean         physio_database_save_patient        (PhysioDatabase  *self,
                                                      PhysioPatient   *patient,
                                                      GError         **error);
/* What deleting would remove, for the confirmation dialog. */
void             physio_database_count_patient_data  (PhysioDatabase  *self,
                                                      gint64           patient_id,
                                                      guint           *n_programmes,
                                                      guint           *n_logs,
                                                      guint           *n_diary);
/* Removes the patient and everything of theirs (programmes, prescriptions, ladders, logs,
 * diary, audit log) in one transaction. */
gboolean         physio_database_delete_patient      (PhysioDatabase  *self,
                                                      gint64           patient_id,
                                                      GError         **error);

/* --- Programmes --- */

/* The patient's programmes, each fully loaded, newest first. */
GPtrArray       *physio_database_list_programmes     (PhysioDatabase  *self,
                                                      gint64           patient_id,
                                                      GError         **error);
/* A programme with its prescriptions (each with its exercise snapshot and ladder), phases
 * and education. */
PhysioProgramme *physio_database_get_programme       (PhysioDatabase  *self,
                                                      gint64           id,
                                                      GError         **error);
/* Saves the whole programme in one transaction: inserts new prescriptions (setting ids),
 * updates existing ones, and for prescriptions no longer in the programme deletes those
 * without logs and marks the others removed. Restoring an earlier copy (undo) re-creates
 * deleted prescriptions with their ids. Validation errors (dates, weeks, doses outside
 * limits) are refused with PHYSIO_DATABASE_ERROR_INVALID and nothing is written. Empty
 * programmes (no exercises) may be saved as drafts; the builder shows the check instead. */
gboolean         physio_database_save_programme      (PhysioDatabase  *self,
                                                      PhysioProgramme *programme,
                                                      GError         **error);
/* Deletes the programme on purpose, with its prescriptions, ladders, logs and audit log, in
 * one transaction. */
gboolean         physio_database_delete_programme    (PhysioDatabase  *self,
                                                      gint64           programme_id,
                                                      GError         **error);
/* A copy for another (or the same) patient, starting @start_date, as a draft, without
 * logs or audit history, saved. Removed prescriptions are left out, and each ladder starts
 * again at its first step (the history that moved the original on is not copied). */
PhysioProgramme *physio_database_duplicate_programme (PhysioDatabase  *self,
                                                      gint64           programme_id,
                                                      gint64           patient_id,
                                                      const GDate     *start_date,
                                                      GError         **error);

/* --- Templates --- */

/* The built-in templates (data/templates.json in the GResource) in file order, then the
 * clinic's own ("user-<n>") oldest first. Free with g_ptr_array_unref (). */
GPtrArray       *physio_database_list_templates      (PhysioDatabase  *self,
                                                      GError         **error);
PhysioTemplate  *physio_database_get_template        (PhysioDatabase  *self,
                                                      const char      *id,
                                                      GError         **error);
/* Instantiates the template with the library's exercises (see physio_template_instantiate);
 * a missing exercise is a PHYSIO_TEMPLATE_ERROR naming it. Not saved. */
PhysioProgramme *physio_database_programme_from_template (PhysioDatabase *self,
                                                          const char     *template_id,
                                                          const GDate    *start_date,
                                                          GError        **error);
/* Saves @programme as a clinic template named @name (required); returns its id, "user-<n>".
 * The template is the JSON of data/TEMPLATE-FORMAT.md (physio-template-json.h). */
char            *physio_database_save_template       (PhysioDatabase  *self,
                                                      PhysioProgramme *programme,
                                                      const char      *name,
                                                      GError         **error);
/* Built-in templates are PHYSIO_DATABASE_ERROR_READ_ONLY. */
gboolean         physio_database_delete_template     (PhysioDatabase  *self,
                                                      const char      *id,
                                                      GError         **error);

/* --- Session logs and diary (entry UI comes later; the engine reads them now) --- */

/* Refuses a log dated before the programme's start or after its last week, and values
 * outside 0–10, with a message saying which. Returns the new id in *id when not NULL. */
gboolean         physio_database_add_session_log     (PhysioDatabase         *self,
                                                      gint64                  prescription_id,
                                                      const PhysioSessionLog *log,
                                                      gint64                 *id,
                                                      GError                **error);
/* What the follow-up grid types: the prescription's sessions on @date become @logs (each dated
 * @date; none deletes the day's sessions), in one transaction, checked as add_session_log
 * checks them. Emits "programme-changed". */
gboolean         physio_database_replace_session_logs (PhysioDatabase        *self,
                                                       gint64                 prescription_id,
                                                       const GDate           *date,
                                                       const PhysioSessionLog *logs,
                                                       guint                  n_logs,
                                                       GError               **error);
/* Sessions of a prescription between two dates inclusive (NULL = open), in date order. */
GArray          *physio_database_list_session_logs   (PhysioDatabase         *self,
                                                      gint64                  prescription_id,
                                                      const GDate            *from,
                                                      const GDate            *to,
                                                      GError                **error);
/* One entry per patient and date: saving again replaces it, every field the struct carries
 * (load the day, change it, save it). Morning pain is -1 (not logged) or 0–10; the day's
 * exercise pain and next-morning pain are stored when their has_ flag is set. */
gboolean         physio_database_save_diary_entry    (PhysioDatabase         *self,
                                                      gint64                  patient_id,
                                                      const PhysioDiaryEntry *entry,
                                                      GError                **error);
GArray          *physio_database_list_diary          (PhysioDatabase         *self,
                                                      gint64                  patient_id,
                                                      const GDate            *from,
                                                      const GDate            *to,
                                                      GError                **error);

/* --- Audit log --- */

/* Appends a row and sets change->id. The outcome is one of physio-review.h's, or "redone"
 * (the review's undo stack logs undo and redo as rows of their own); a SWAP names its
 * exercise. */
gboolean         physio_database_add_dose_change     (PhysioDatabase         *self,
                                                      PhysioDoseChange       *change,
                                                      GError                **error);
/* Oldest first; a GArray of PhysioDoseChange with a clear func. */
GArray          *physio_database_list_dose_changes   (PhysioDatabase         *self,
                                                      gint64                  prescription_id,
                                                      GError                **error);

/* The weekly review in one call: loads logs, diary and audit logs for the programme and
 * returns physio_review_propose ()'s array, using the clinic's equipment steps. */
GArray          *physio_database_review_programme    (PhysioDatabase         *self,
                                                      PhysioProgramme        *programme,
                                                      const GDate            *window_start,
                                                      GError                **error);

/* signal on PhysioDatabase: "patients-changed" (gint64 patient_id, 0 when many) after a
 * patient is saved or deleted ("::record") or their diary ("::diary") or measures
 * ("::measures") change, and "programme-changed" (gint64
 * programme_id) after a programme is saved or deleted or gains a session log or dose change. */

G_END_DECLS

/* physio-database-handouts.h: the handouts issued to a patient, each with what it showed
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-handout-changes.h"

G_BEGIN_DECLS

/* One issued handout (a PDF exported or a handout printed, never a preview). @issued_at is UTC
 * ISO 8601; @paper "a4" or "letter"; @language the handout's language code ("en", "de"). */
typedef struct
{
  gint64                 id;
  gint64                 programme_id;
  char                  *issued_at;
  char                  *language;
  char                  *paper;
  gboolean               large_print;
  PhysioHandoutSnapshot *content;
} PhysioHandoutIssue;

void     physio_handout_issue_free            (PhysioHandoutIssue    *issue);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioHandoutIssue, physio_handout_issue_free)

/* Records that programme @programme_id's handout was issued now, with the shown items of
 * @content (their weekly doses) as a JSON snapshot, so the next handout can mark what changed.
 * INVALID for a paper other than "a4" or "letter" or an empty language; NOT_FOUND for a
 * programme that does not exist. Returns the new issue's id, or 0 on error. */
gint64   physio_database_record_handout_issue (PhysioDatabase              *self,
                                               gint64                       programme_id,
                                               const PhysioHandoutSnapshot *content,
                                               const char                  *language,
                                               const char                  *paper,
                                               gboolean                     large_print,
                                               GError                     **error);

/* The last handout issued for @programme_id into *@issue (NULL when none was issued: not an
 * error). A stored snapshot that cannot be read is PHYSIO_DATABASE_ERROR_LIBRARY with a
 * message; callers treat it as no earlier handout. */
gboolean physio_database_get_last_handout_issue (PhysioDatabase      *self,
                                                 gint64               programme_id,
                                                 PhysioHandoutIssue **issue,
                                                 GError             **error);

/* The JSON of a snapshot and back (exposed for the tests and for import/export). */
char                  *physio_handout_snapshot_to_json   (const PhysioHandoutSnapshot *content);
PhysioHandoutSnapshot *physio_handout_snapshot_from_json (const char                  *json,
                                                          GError                     **error);

G_END_DECLS

/* physio-handout-export.h: a programme's handout from the database, for PDF, print and preview
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "physio-database.h"
#include "physio-handout.h"

G_BEGIN_DECLS

/* What a handout needs from the database, read on the main thread; the handout can then be
 * built and written in a worker thread (it holds its own copy of the programme). */
typedef struct _PhysioHandoutRequest PhysioHandoutRequest;

PhysioHandoutRequest *physio_handout_request_new   (PhysioDatabase       *database,
                                                    gint64                programme_id,
                                                    PhysioPaper           paper,
                                                    gboolean              large_print,
                                                    GError              **error);
PhysioHandout        *physio_handout_request_build (PhysioHandoutRequest *request);
void                  physio_handout_request_free  (PhysioHandoutRequest *request);
void                  physio_handout_request_set_paper       (PhysioHandoutRequest *request,
                                                              PhysioPaper           paper);
PhysioPaper           physio_handout_request_get_paper       (PhysioHandoutRequest *request);
void                  physio_handout_request_set_large_print (PhysioHandoutRequest *request,
                                                              gboolean              large_print);
const char           *physio_handout_request_get_patient     (PhysioHandoutRequest *request);
/* One PhysioHandoutChange per prescription: what changed since the handout issued last. */
const PhysioHandoutChange *physio_handout_request_get_changes (PhysioHandoutRequest *request,
                                                              guint                *n_changes);
/* Records the handout as issued (exported or printed; never for a preview), with a snapshot
 * of what it shows, so the next one can mark what changed. Call on the database's thread. */
gboolean              physio_handout_request_record_issue    (PhysioHandoutRequest *request,
                                                              PhysioDatabase       *database,
                                                              GError              **error);

/* The paper and print size when the clinician has not chosen: GSettings 'paper-size' (the
 * locale's for "locale", or without the schema) and 'large-print'. */
PhysioPaper           physio_handout_default_paper           (void);
gboolean              physio_handout_default_large_print     (void);
/* The handout's language ("de", "es", "en"; NULL or "": the interface language). A new
 * request takes the one chosen in Preferences. */
void                  physio_handout_request_set_language    (PhysioHandoutRequest *request,
                                                              const char           *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioHandoutRequest, physio_handout_request_free)

/* The handout of programme @programme_id as it would be issued today: the patient, the
 * clinician (Preferences), the built-in figures. A programme that does not exist is
 * G_IO_ERROR_NOT_FOUND with a message naming the id. */
PhysioHandout *physio_handout_for_programme     (PhysioDatabase  *database,
                                                 gint64           programme_id,
                                                 PhysioPaper      paper,
                                                 gboolean         large_print,
                                                 GError         **error);

/* The command-line export (`--export-pdf=FILE --programme=ID [--paper=a4|letter]
 * [--large-print] [--lang=CODE]`): -1 when @options ask for no export, else the exit status,
 * having printed what went wrong to stderr. @database may be NULL: the usual database is
 * opened then. Nothing is written when anything is wrong. */
int            physio_handout_export_from_options (PhysioDatabase *database,
                                                   GVariantDict   *options);

G_END_DECLS

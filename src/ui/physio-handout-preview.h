/* physio-handout-preview.h: the handout on screen, page by page, with Print and Export PDF
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-handout.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_HANDOUT_PREVIEW (physio_handout_preview_get_type ())

G_DECLARE_FINAL_TYPE (PhysioHandoutPreview, physio_handout_preview, PHYSIO, HANDOUT_PREVIEW,
                      AdwWindow)

/* A window over @parent showing the handout of programme @programme_id exactly as it prints:
 * the same drawing, page by page. Paper size (from the locale at first) and large print can be
 * changed there; Ctrl+P prints, Ctrl+E exports a PDF. */
PhysioHandoutPreview *physio_handout_preview_new         (GtkWindow            *parent,
                                                          PhysioDatabase       *database,
                                                          gint64                programme_id,
                                                          GError              **error);
guint                 physio_handout_preview_get_n_pages (PhysioHandoutPreview *self);

/* Writes the handout of @programme_id to @file in a worker thread, then says how it went in
 * a toast on @overlay (or an alert over @parent when there is no overlay). */
void                  physio_handout_export_to_file      (GtkWindow            *parent,
                                                          AdwToastOverlay      *overlay,
                                                          PhysioDatabase       *database,
                                                          gint64                programme_id,
                                                          PhysioPaper           paper,
                                                          gboolean              large_print,
                                                          GFile                *file);

/* Adds the actions "win.preview-handout", "win.export-pdf" (Ctrl+E) and "win.print-handout"
 * (Ctrl+P) to a programme's @window. */
void                  physio_handout_actions_install     (GtkWindow            *window,
                                                          AdwToastOverlay      *overlay,
                                                          PhysioDatabase       *database,
                                                          PhysioProgramme      *programme);

G_END_DECLS

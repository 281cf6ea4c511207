/* physio-handout.h: the patient handout, laid out in pages for PDF, print and preview
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "physio-handout-changes.h"
#include "physio-programme.h"
#include "physio-pose.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_PAPER_A4,
  PHYSIO_PAPER_LETTER,
} PhysioPaper;

/* Everything a handout shows. Strings may be NULL or empty where the clinic has not set them.
 * @figures maps exercise ids to their PhysioFigure (NULL: no figures) and @figure_images to a
 * clinician's own image (a cairo surface), which is drawn instead; @changes has one entry
 * per prescription of @programme, in order (NULL: a first handout). @exercise_names maps the
 * exercise ids that patient texts refer to ("As for COR-08.") to their names, so the patient
 * reads a name, never an id (physio_handout_referenced_ids () lists them; NULL: the
 * programme's own exercises only). The input is read while the handout is made and not kept. */
typedef struct
{
  PhysioProgramme           *programme;
  const char                *patient_name;
  const char                *clinic_name;
  const char                *clinic_address;
  const char                *clinic_phone;
  cairo_surface_t           *clinic_logo;
  const char                *clinician_name;
  const char                *clinician_contact;
  GDate                      issued;
  GDate                      review;          /* may be invalid: no review date */
  GHashTable                *figures;
  GHashTable                *figure_images;
  GHashTable                *exercise_names;
  const PhysioHandoutChange *changes;
  PhysioPaper                paper;
  gboolean                   large_print;
  /* The handout's language ("de", "es", "en"), whatever the interface's; NULL or "": the
   * interface language. Its texts come from our own catalogue reader (physio-i18n.h), so a
   * handout made in a worker thread changes nothing for the window. */
  const char                *language;
} PhysioHandoutInput;

#define PHYSIO_TYPE_HANDOUT (physio_handout_get_type ())

G_DECLARE_FINAL_TYPE (PhysioHandout, physio_handout, PHYSIO, HANDOUT, GObject)

/* Lays the handout out in pages: no exercise card, diary week or red-flag box is ever split
 * across two pages. Texts are in @input->language (the interface language when unset). */
PhysioHandout *physio_handout_new            (const PhysioHandoutInput  *input);
guint          physio_handout_get_n_pages    (PhysioHandout             *self);
/* In points: A4 595 × 842, US Letter 612 × 792. */
void           physio_handout_get_page_size  (PhysioHandout             *self,
                                              double                    *width,
                                              double                    *height);
/* Draws page @page (0-based) with its top left corner at @cr's origin, in points. */
void           physio_handout_draw_page      (PhysioHandout             *self,
                                              cairo_t                   *cr,
                                              guint                      page);
/* The PDF's title ("Exercise plan for <patient>"): the only patient data in its metadata. */
const char    *physio_handout_get_title      (PhysioHandout             *self);

/* Writes the whole handout as a PDF to @path: into a temporary file beside it, renamed into
 * place only when complete, so a failed export leaves no file (and an older one untouched). */
gboolean       physio_handout_write_pdf      (PhysioHandout             *self,
                                              const char                *path,
                                              GError                   **error);

/* The exercise ids the steps, cues and cautions of @programme's exercises refer to, for
 * PhysioHandoutInput.exercise_names. */
GStrv          physio_handout_referenced_ids (PhysioProgramme           *programme);

/* The paper size the locale uses: US Letter in the United States, Canada and a few others,
 * A4 elsewhere. @locale is a POSIX locale name ("en_US.UTF-8"); NULL reads LC_PAPER. */
PhysioPaper    physio_paper_for_locale       (const char                *locale);
gboolean       physio_paper_from_name        (const char                *name,
                                              PhysioPaper               *paper);

G_END_DECLS

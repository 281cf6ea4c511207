/* physio-handout-private.h: shared between the handout's layout, drawing and texts
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "physio-handout.h"
#include "physio-prescription.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_RED_FLAG_URGENT,
  PHYSIO_RED_FLAG_SAME_DAY,
  PHYSIO_RED_FLAG_SOON,
} PhysioRedFlagLevel;

/* physio-handout-text.c */
const char         *_physio_handout_how_to_use        (void);
void                _physio_handout_pain_guide        (const char         **label,
                                                       const char         **text);
const char         *_physio_handout_pain_guide_footer (void);
const char * const *_physio_handout_red_flags         (PhysioRedFlagLevel   level,
                                                       const char         **heading);
const char * const *_physio_handout_advice            (void);
const char * const *_physio_handout_flare_up_plan     (void);
char               *_physio_handout_format_date       (const GDate         *date);
char               *_physio_handout_disclaimer        (const char          *patient,
                                                       const char          *clinician,
                                                       const GDate         *issued);

/* The pieces a handout is made of, in reading order. Each is kept on one page. */
typedef enum
{
  BLOCK_COVER,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_BULLETS,
  BLOCK_NUMBERED,
  BLOCK_RED_FLAGS,
  BLOCK_PAIN_GUIDE,
  BLOCK_WEEK_PLAN,
  BLOCK_CARD,
  BLOCK_DIARY_WEEK,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *markup;            /* heading and paragraph */
  GStrv      items;             /* bullets and numbered lists */
  guint      index;             /* card: prescription position; week plan, diary: week */
  gboolean   page_break_before;
  double     height;
  double     y;
  guint      page;
} Block;

/* Sizes in points, bigger in large print. */
typedef struct
{
  double body;
  double small;
  double heading;
  double title;
  double figure;                /* the figure box's height on a card */
  double row;                   /* a grid row */
  double gap;                   /* between blocks */
} HandoutSizes;

struct _PhysioHandout
{
  GObject          parent_instance;

  PhysioProgramme *programme;
  char            *patient;
  char            *clinic_name;
  char            *clinic_address;
  char            *clinic_phone;
  cairo_surface_t *logo;
  char            *clinician;
  char            *contact;
  GDate            issued;
  GDate            review;
  GHashTable      *figures;
  GHashTable      *figure_images; /* exercise id → cairo_surface_t, drawn instead */
  GHashTable      *names;         /* exercise id → name, for texts that refer to one */
  GArray          *changes;
  PhysioPaper      paper;
  gboolean         large_print;
  guint            issue_week;
  char            *title;
  char            *language;   /* NULL: the interface language */
  char            *version;
  char            *disclaimer;

  PangoContext    *pango;
  GHashTable      *layouts;       /* shaped texts by font, width and markup */
  HandoutSizes     size;
  double           width;
  double           height;
  double           margin;
  double           header;
  double           footer;
  GPtrArray       *blocks;
  guint            n_pages;
};

/* A patient text with each exercise id it refers to replaced by the exercise's name, or, when
 * the name is not known, an id in brackets dropped. */
char        *_physio_handout_patient_text (PhysioHandout *self,
                                           const char    *text);

/* physio-handout-draw.c: the dose of @week as the card's table shows it ("10 min ×3 a day"). */
char        *_physio_handout_dose_cell   (PhysioPrescription *p,
                                          guint               week);
/* Measuring and drawing one block at its top left. */
double       _physio_handout_measure     (PhysioHandout *self,
                                          Block         *block,
                                          double         width);
void         _physio_handout_draw_block  (PhysioHandout *self,
                                          cairo_t       *cr,
                                          Block         *block,
                                          double         x,
                                          double         width);
void         _physio_handout_draw_frame  (PhysioHandout *self,
                                          cairo_t       *cr,
                                          guint          page);

G_END_DECLS

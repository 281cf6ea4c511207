/* physio-template.h: template programmes (brief section 5) and turning one into a programme
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-programme.h"

G_BEGIN_DECLS

typedef struct
{
  char       *exercise_id;
  guint       week_from;
  guint       week_to;
  guint       days_per_week;
  guint       sessions_per_day;
  /* The brief's "e/s" can differ from the library's side (bird dog "each limb"): when
   * has_laterality is set the prescription takes this side instead of the exercise's. */
  gboolean          has_laterality;
  PhysioLaterality  laterality;
  char       *slot_group;       /* NULL or a "pick one" group */
  gboolean    optional;
  char       *note;
  PhysioDose *ladder;           /* week_to - week_from + 1 doses */
  guint       n_ladder;
} PhysioTemplateItem;

typedef struct
{
  char                 *id;          /* "acute", "subacute", "chronic", or "user-<n>" */
  guint                 version;
  gboolean              builtin;
  char                 *name;        /* clinician-facing: "Template B: Subacute / return to activity" */
  char                 *title;       /* patient-facing programme title */
  char                 *stage;
  guint                 weeks;
  PhysioProgressionMode mode;
  GPtrArray            *goals;       /* char * */
  GPtrArray            *notes;       /* char *: how the brief's table was read */
  GArray               *phases;      /* PhysioPhase */
  GArray               *education;   /* PhysioEducationItem */
  GArray               *items;       /* PhysioTemplateItem */
} PhysioTemplate;

/* A template with empty lists, each with its free or clear func set; free it with
 * physio_template_free (), which also frees every item's strings and ladder (allocate the
 * ladder with g_new0 () and fill it with physio_dose_copy_into ()). */
PhysioTemplate *physio_template_new         (void);
void            physio_template_free        (PhysioTemplate *self);
/* The clear func of the items array: frees the strings and the ladder. */
void            physio_template_item_clear  (PhysioTemplateItem *item);

/* Resolves an exercise id to the library's exercise (a new reference) or NULL. */
typedef PhysioExercise *(*PhysioExerciseLookup) (const char *id,
                                                 gpointer    user_data);

#define PHYSIO_TEMPLATE_ERROR (physio_template_error_quark ())
typedef enum
{
  PHYSIO_TEMPLATE_ERROR_MISSING_EXERCISE,
  PHYSIO_TEMPLATE_ERROR_INVALID,
} PhysioTemplateError;

GQuark           physio_template_error_quark (void);
/* A new programme (not saved; id 0, status draft) with one prescription per item, in item
 * order: its ladder, days spread over the week (physio_days_spread), current dose = the first
 * ladder step, its slot group, note and laterality; plus the template's title, stage, length,
 * phases, education and mode, and template_id = the template's id. A ladder dose without days
 * per week or sessions per day takes the item's. Fails, naming the exercise id and the
 * template, when an item names an exercise the library does not have
 * (PHYSIO_TEMPLATE_ERROR_MISSING_EXERCISE), or when an item's weeks and ladder do not agree
 * (PHYSIO_TEMPLATE_ERROR_INVALID); nothing is half-built. */
PhysioProgramme *physio_template_instantiate (const PhysioTemplate *self,
                                              PhysioExerciseLookup  lookup,
                                              gpointer              user_data,
                                              const GDate          *start_date,
                                              GError              **error);
/* The reverse: a user template from a programme (ladders, schedule, phases, education), one
 * item per prescription that is not removed. The id is NULL until the store gives it one;
 * builtin is FALSE and version 1. The days of the week become a count (instantiating spreads
 * them again). */
PhysioTemplate  *physio_template_from_programme (PhysioProgramme *programme,
                                                 const char      *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioTemplate, physio_template_free)

G_END_DECLS

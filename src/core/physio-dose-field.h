/* physio-dose-field.h: how each number of a dose is typed: unit, scale, step and range
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "physio-dose.h"

G_BEGIN_DECLS

/* One number field of a dose as a person types it. Every editor of a dose (the exercise editor,
 * the programme builder, the weekly review) reads this one table, so a field steps, scales and
 * reads the same wherever it is typed. */
typedef struct
{
  PhysioDoseField  field;
  const char      *title;   /* untranslated (N_), "Hold" */
  const char      *unit;    /* untranslated short unit after the box ("s", "min"), or NULL */
  guint            scale;   /* stored units per shown unit: durations are stored in seconds */
  double           step;    /* what one click of + or - adds, in shown units */
  guint            digits;  /* decimals the box may show, in shown units */
  double           unset;   /* the stored value that means "not set": 0, or -1 for rest */
} PhysioDoseFieldInfo;

/* The entry of @field; every PhysioDoseField from SETS to LOAD has one. */
const PhysioDoseFieldInfo *physio_dose_field_info          (PhysioDoseField      field);
/* The absolute range of brief 2.4 in shown units (minutes for a duration, kg for a load). */
void                       physio_dose_field_shown_range   (PhysioDoseField      field,
                                                            double              *lower,
                                                            double              *upper);
/* The value of @field in @dose in shown units: a duration in minutes, the load in kg or lb
 * and a distance in metres or yards as physio-units.h says (the load is 0 unless it is a
 * weight); the field's unset value when it is not set. */
double                     physio_dose_field_get_shown     (const PhysioDose    *dose,
                                                            PhysioDoseField      field);
/* Stores a value typed in shown units. A value at or below the unset value clears the field.
 * Typing sets or reps turns a pyramid (6-4-2) into a plain count, starting from its own length
 * and first count; typing a step target replaces a "usual steps +" one; a load makes the dose a
 * kg load. */
void                       physio_dose_field_set_shown     (PhysioDose          *dose,
                                                            PhysioDoseField      field,
                                                            double               shown);
/* The unit after the box, translated, in the chosen units (physio-units.h): "kg" or "lb" for
 * a load, "m" or "yd" for a distance; NULL for a plain count. The table's own unit is the
 * stored one, which the exercise editor's limits are typed in. */
const char                *physio_dose_field_unit          (PhysioDoseField      field);
/* What one click of + or - adds, in shown units of the chosen units. */
double                     physio_dose_field_step          (PhysioDoseField      field);
/* An amount of @field in stored units as it reads beside a number: "45 s", "3 min", "12". */
char                      *physio_dose_field_format_amount (PhysioDoseField      field,
                                                            guint                stored);

/* Reads a decimal number written with either mark, "1.5" or "1,5", whatever the locale (a
 * clinician types what their keyboard or habit gives). Spaces around it are allowed; digit
 * grouping is not. FALSE, leaving @value alone, when @text is not one number. */
gboolean                   physio_parse_decimal            (const char          *text,
                                                            double              *value);

G_END_DECLS

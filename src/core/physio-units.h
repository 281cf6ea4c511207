/* physio-units.h: the units loads and distances are read and typed in (kg or lb, metric or
 * imperial); stored values are always kilograms and metres
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The international pound and yard (1959). */
#define PHYSIO_KG_PER_LB     0.45359237
#define PHYSIO_METRES_PER_YD 0.9144

typedef enum
{
  PHYSIO_WEIGHT_KG,
  PHYSIO_WEIGHT_LB,
} PhysioWeightUnit;

typedef enum
{
  PHYSIO_DISTANCE_METRIC,    /* metres, kilometres from 1 km */
  PHYSIO_DISTANCE_IMPERIAL,  /* yards, miles from 1 mile */
} PhysioDistanceUnit;

/* Like the locale, the units are one choice for the whole process: the interface sets them
 * from its preferences (GSettings "weight-unit" and "distance-unit") at start-up and when
 * they change, and every dose text, dose field, ladder cell, chart and handout reads them.
 * Kilograms and metric until set. Safe to read from any thread. */
void               physio_units_set_weight          (PhysioWeightUnit    unit);
PhysioWeightUnit   physio_units_get_weight          (void);
void               physio_units_set_distance        (PhysioDistanceUnit  unit);
PhysioDistanceUnit physio_units_get_distance        (void);

/* The GSettings codes: "kg" or "lb", "km" or "mi". FALSE for anything else. */
gboolean           physio_weight_unit_from_code     (const char         *code,
                                                     PhysioWeightUnit   *unit);
gboolean           physio_distance_unit_from_code   (const char         *code,
                                                     PhysioDistanceUnit *unit);

/* Weights: kilograms to and from the chosen unit. */
double             physio_units_weight_to_shown     (double              kg);
double             physio_units_weight_from_shown   (double              shown);
/* "kg" or "lb", translated, as after a number in a box. */
const char        *physio_units_weight_symbol       (void);
/* "4 kg", "8.8 lb": to 0.01 kg or 0.1 lb, in the language's decimals. */
char              *physio_units_format_weight       (double              kg);

/* A clinician's load text ("2–4 kg per hand", "2 x 3–5 kg") with every weight in it in the
 * chosen unit: kilograms read as pounds rounded to the pound ("4–9 lb per hand"), pounds read
 * as kilograms rounded to the half kilogram. The rest of the text is kept as written. */
char              *physio_units_weights_in_text     (const char         *text);

/* Short distances as typed in a dose (metres or yards, whole numbers). */
double             physio_units_short_distance_to_shown   (guint       metres);
guint              physio_units_short_distance_from_shown (double      shown);
/* "m" or "yd", translated. */
const char        *physio_units_short_distance_symbol     (void);
/* "200 m", "1.5 km"; "219 yd", "1.2 mi". */
char              *physio_units_format_distance     (guint               metres);
/* In words, for the patient: "200 metres", "1.5 kilometres"; "219 yards", "1.2 miles". */
char              *physio_units_words_distance      (guint               metres);

/* A number with as few decimals as it needs, up to @max_decimals, in the language's
 * decimals ("1.5", "2,25", "4"). */
char              *physio_format_number             (double              value,
                                                     int                 max_decimals);

G_END_DECLS

/* physio-library-json.h: the JSON of data/LIBRARY-FORMAT.md: library, exercise, dose, limits
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "physio-exercise.h"

G_BEGIN_DECLS

/* Every reader fails with PHYSIO_DATABASE_ERROR_LIBRARY and a message that names the exercise
 * id (when known) and the field, e.g. Exercise “COR-05”, field “default_dose.hold_s”. */

/* The codes of the core enums, as written in JSON and in the database. */
const char     *physio_dosage_kind_to_code        (PhysioDosageKind        kind);
gboolean        physio_dosage_kind_from_code      (const char             *code,
                                                   PhysioDosageKind       *kind);
const char     *physio_laterality_to_code         (PhysioLaterality        side);
gboolean        physio_laterality_from_code       (const char             *code,
                                                   PhysioLaterality       *side);

/* Dose. @id and @prefix (the field path, "default_dose") only name the place in error
 * messages; both may be NULL. */
JsonNode       *physio_dose_to_json_node          (const PhysioDose       *dose);
char           *physio_dose_to_json               (const PhysioDose       *dose);
gboolean        physio_dose_from_json_node        (JsonNode               *node,
                                                   const char             *id,
                                                   const char             *prefix,
                                                   PhysioDose             *dose,
                                                   GError                **error);
gboolean        physio_dose_from_json             (const char             *json,
                                                   PhysioDose             *dose,
                                                   GError                **error);

/* Limits: {"hold_s": [5, 10], ...}. The allowed reps_pattern list is checked for
 * well-formed patterns; PhysioDoseLimits has no place for it, so it is not kept. */
JsonNode       *physio_dose_limits_to_json_node   (const PhysioDoseLimits *limits);
char           *physio_dose_limits_to_json        (const PhysioDoseLimits *limits);
gboolean        physio_dose_limits_from_json_node (JsonNode               *node,
                                                   const char             *id,
                                                   const char             *prefix,
                                                   PhysioDoseLimits       *limits,
                                                   GError                **error);
gboolean        physio_dose_limits_from_json      (const char             *json,
                                                   PhysioDoseLimits       *limits,
                                                   GError                **error);

/* Exercise. The source is not part of the JSON; a parsed exercise is CUSTOM until the
 * caller says otherwise. */
JsonNode       *physio_exercise_to_json_node      (PhysioExercise         *exercise);
PhysioExercise *physio_exercise_from_json_node    (JsonNode               *node,
                                                   GError                **error);

/* The whole library: {"format": 1, "library_version": N, "exercises": [...]}. The
 * exercises come back as BUILTIN, in file order; ids are checked to be unique. */
gboolean        physio_library_parse              (GBytes                 *json,
                                                   guint                  *library_version,
                                                   GPtrArray             **exercises,
                                                   GError                **error);
GBytes         *physio_library_to_bytes           (guint                   library_version,
                                                   GPtrArray              *exercises);

G_END_DECLS

/* physio-template-json.h: the JSON of data/TEMPLATE-FORMAT.md: template programmes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "physio-template.h"

G_BEGIN_DECLS

/* Every reader fails with PHYSIO_DATABASE_ERROR_LIBRARY and a message that names the
 * template id, the item (its number and exercise id) and the field, e.g.
 * Template “chronic”, item 4 (COR-09), field “ladder”: must have 12 doses for weeks 1–12.
 *
 * Keys of the format that PhysioTemplate has no place for (guidance, quota, step notes,
 * blocks, swaps…) are checked for their type and then left out; unknown keys are errors, so
 * a typo in the bundled data fails its test instead of vanishing. */

/* The whole file: {"format": 1, "templates": [...]}. The templates come back built-in, in
 * file order, with unique ids; the array frees them. */
gboolean        physio_templates_parse          (GBytes                *json,
                                                 GPtrArray            **templates,
                                                 GError               **error);

/* One template object, as kept for clinic templates in the database. builtin is FALSE. */
PhysioTemplate *physio_template_from_json_node  (JsonNode              *node,
                                                 GError               **error);
PhysioTemplate *physio_template_from_json       (const char            *json,
                                                 GError               **error);
JsonNode       *physio_template_to_json_node    (const PhysioTemplate  *self);
char           *physio_template_to_json         (const PhysioTemplate  *self);

G_END_DECLS

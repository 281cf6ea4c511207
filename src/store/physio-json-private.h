/* physio-json-private.h: the strict JSON readers the library and template files share
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "physio-dose.h"

G_BEGIN_DECLS

/* Where a reader is, for its messages: "Exercise “COR-05”, field “steps”", "Template
 * “acl-early”, item 3 (SQ-01), field “ladder”". Every failure is PHYSIO_DATABASE_ERROR_LIBRARY
 * with the message "<place>: <detail>."; a NULL place, or one with nothing to say, gives
 * "Field “f”: <detail>." or the bare "<detail>.". */
typedef struct
{
  const char *what;          /* "Exercise", "Template" */
  const char *unnamed;       /* said when @id is NULL ("A template"); NULL says nothing */
  const char *id;
  guint       item;          /* 1-based; 0 when not in an item */
  const char *exercise_id;   /* the exercise of @item, when known */
} PhysioJsonPlace;

gboolean  _physio_json_fail        (GError                **error,
                                    const PhysioJsonPlace  *place,
                                    const char             *field,
                                    const char             *format,
                                    ...) G_GNUC_PRINTF (4, 5);
/* Loads @size bytes of @data (-1: up to its nul) into @parser and returns its root, or NULL
 * with "<subject> is empty." (nothing but white space, or no bytes at all) or "<subject> is
 * not valid JSON (…)." at @place. @data may be NULL when @size is 0. */
JsonNode *_physio_json_load        (JsonParser             *parser,
                                    const char             *data,
                                    gssize                  size,
                                    const PhysioJsonPlace  *place,
                                    const char             *subject,
                                    GError                **error);
gboolean  _physio_json_holds_type  (JsonNode               *node,
                                    GType                   type);
gboolean  _physio_json_read_uint   (JsonNode               *node,
                                    const PhysioJsonPlace  *place,
                                    const char             *field,
                                    guint                   min,
                                    guint                   max,
                                    guint                  *out,
                                    GError                **error);
gboolean  _physio_json_read_string (JsonNode               *node,
                                    const PhysioJsonPlace  *place,
                                    const char             *field,
                                    const char            **out,
                                    GError                **error);
gboolean  _physio_json_read_bool   (JsonNode               *node,
                                    const PhysioJsonPlace  *place,
                                    const char             *field,
                                    gboolean               *out,
                                    GError                **error);
/* A list of texts, copies added to @out when it is not NULL (else only checked). */
gboolean  _physio_json_read_strings (JsonNode               *node,
                                     const PhysioJsonPlace  *place,
                                     const char             *field,
                                     GPtrArray              *out,
                                     GError                **error);

/* physio-library-json.c: a dose object; @prefix is its field path ("default_dose",
 * "ladder[2]"), the start of every field named in a message. */
gboolean  _physio_json_read_dose    (JsonNode               *node,
                                     const PhysioJsonPlace  *place,
                                     const char             *prefix,
                                     PhysioDose             *dose,
                                     GError                **error);

/* The finished document of @builder as pretty-printed JSON. */
GBytes   *_physio_json_builder_to_bytes (JsonBuilder           *builder);

G_END_DECLS

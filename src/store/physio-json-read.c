/* physio-json-read.c: the strict JSON readers the library and template files share, and the
 * one way they are written out
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <stdarg.h>

#include "physio-database.h"
#include "physio-json-private.h"

static char *
describe (const PhysioJsonPlace *place,
          const char            *field)
{
  GString *text = g_string_new (NULL);

  if (place != NULL && place->id != NULL)
    g_string_append_printf (text, "%s “%s”", place->what, place->id);
  else if (place != NULL && place->unnamed != NULL)
    g_string_append (text, place->unnamed);

  if (place != NULL && place->item > 0)
    {
      g_string_append_printf (text, ", item %u", place->item);
      if (place->exercise_id != NULL)
        g_string_append_printf (text, " (%s)", place->exercise_id);
    }

  if (field != NULL && text->len > 0)
    g_string_append_printf (text, ", field “%s”", field);
  else if (field != NULL)
    g_string_append_printf (text, "Field “%s”", field);

  return g_string_free (text, FALSE);
}

gboolean
_physio_json_fail (GError                **error,
                   const PhysioJsonPlace  *place,
                   const char             *field,
                   const char             *format,
                   ...)
{
  g_autofree char *where = describe (place, field);
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (*where != '\0')
    g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY, "%s: %s.",
                 where, detail);
  else
    g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY, "%s.", detail);
  return FALSE;
}

/* json-glib refuses a NULL buffer (an empty GBytes has one) with a critical and no error, and
 * reads blank text as a document without a root: both would reach the callers as a crash or
 * a critical, so an empty file is told apart before json-glib sees it. */
static gboolean
is_blank (const char *data,
          gssize      size)
{
  if (data == NULL)
    return TRUE;

  for (gssize i = 0; size < 0 ? data[i] != '\0' : i < size; i++)
    {
      if (!g_ascii_isspace (data[i]))
        return FALSE;
    }

  return TRUE;
}

JsonNode *
_physio_json_load (JsonParser             *parser,
                   const char             *data,
                   gssize                  size,
                   const PhysioJsonPlace  *place,
                   const char             *subject,
                   GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (JSON_IS_PARSER (parser), NULL);
  g_return_val_if_fail (subject != NULL, NULL);

  if (is_blank (data, size))
    {
      _physio_json_fail (error, place, NULL, "%s is empty", subject);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      _physio_json_fail (error, place, NULL, "%s is not valid JSON (%s)", subject,
                         local_error != NULL ? local_error->message : "unreadable");
      return NULL;
    }

  /* Not reached with the blank check above; kept so no caller ever gets a NULL root. */
  root = json_parser_get_root (parser);
  if (root == NULL)
    _physio_json_fail (error, place, NULL, "%s is empty", subject);

  return root;
}

gboolean
_physio_json_holds_type (JsonNode *node,
                         GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

gboolean
_physio_json_read_uint (JsonNode               *node,
                        const PhysioJsonPlace  *place,
                        const char             *field,
                        guint                   min,
                        guint                   max,
                        guint                  *out,
                        GError                **error)
{
  gint64 value;

  if (!_physio_json_holds_type (node, G_TYPE_INT64))
    return _physio_json_fail (error, place, field, "must be a whole number");

  value = json_node_get_int (node);
  if (value < min || value > max)
    return _physio_json_fail (error, place, field,
                              "must be between %u and %u, not %" G_GINT64_FORMAT,
                              min, max, value);

  *out = (guint) value;
  return TRUE;
}

gboolean
_physio_json_read_string (JsonNode               *node,
                          const PhysioJsonPlace  *place,
                          const char             *field,
                          const char            **out,
                          GError                **error)
{
  if (!_physio_json_holds_type (node, G_TYPE_STRING))
    return _physio_json_fail (error, place, field, "must be a text");

  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
_physio_json_read_bool (JsonNode               *node,
                        const PhysioJsonPlace  *place,
                        const char             *field,
                        gboolean               *out,
                        GError                **error)
{
  if (!_physio_json_holds_type (node, G_TYPE_BOOLEAN))
    return _physio_json_fail (error, place, field, "must be true or false");

  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
_physio_json_read_strings (JsonNode               *node,
                           const PhysioJsonPlace  *place,
                           const char             *field,
                           GPtrArray              *out,
                           GError                **error)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return _physio_json_fail (error, place, field, "must be a list of texts");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!_physio_json_holds_type (element, G_TYPE_STRING))
        return _physio_json_fail (error, place, field, "entry %u must be a text", i + 1);
      if (out != NULL)
        g_ptr_array_add (out, g_strdup (json_node_get_string (element)));
    }

  return TRUE;
}

GBytes *
_physio_json_builder_to_bytes (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  gsize length = 0;
  char *data;

  g_return_val_if_fail (JSON_IS_BUILDER (builder), NULL);

  /* Pretty: these files are read, diffed and mailed by people too. */
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

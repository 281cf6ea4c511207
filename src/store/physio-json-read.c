/* physio-json-read.c: the strict JSON readers the library and template files share
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

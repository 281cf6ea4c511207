/* physio-database-figures.c: the exercise_figure table (schema version 5): a clinician's own
 * poses or image for an exercise
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "physio-database-figures.h"
#include "physio-database-private.h"
#include "physio-figure-json.h"

void
physio_stored_figure_clear (PhysioStoredFigure *stored)
{
  g_clear_pointer (&stored->figure, g_free);
  g_clear_pointer (&stored->image, g_bytes_unref);
  g_clear_pointer (&stored->image_type, g_free);
}

static gboolean
starts_with (const guint8 *data,
             gsize         size,
             const char   *magic,
             gsize         magic_size)
{
  return size >= magic_size && memcmp (data, magic, magic_size) == 0;
}

/* An SVG is text: after an optional byte order mark, white space, an XML declaration,
 * comments or a doctype, the first element must be <svg. Looked for in the first 4 KiB. */
static gboolean
looks_like_svg (const guint8 *data,
                gsize         size)
{
  g_autofree char *head = g_strndup ((const char *) data, MIN (size, 4096));
  const char *p = head;

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  while (*p != '\0')
    {
      while (g_ascii_isspace (*p))
        p++;
      if (g_str_has_prefix (p, "<svg") && (g_ascii_isspace (p[4]) || p[4] == '>'))
        return TRUE;
      if (g_str_has_prefix (p, "<?") || g_str_has_prefix (p, "<!"))
        {
          const char *end = strchr (p, '>');

          if (end == NULL)
            return FALSE;
          p = end + 1;
          continue;
        }
      return FALSE;
    }
  return FALSE;
}

const char *
physio_stored_figure_sniff (GBytes *bytes)
{
  const guint8 *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL || size == 0)
    return NULL;
  if (starts_with (data, size, "\x89PNG\r\n\x1a\n", 8))
    return "image/png";
  if (starts_with (data, size, "\xFF\xD8\xFF", 3))
    return "image/jpeg";
  if (looks_like_svg (data, size))
    return "image/svg+xml";
  return NULL;
}

gboolean
physio_database_get_exercise_figure (PhysioDatabase     *self,
                                     const char         *exercise_id,
                                     PhysioStoredFigure *stored,
                                     GError            **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  const char *poses, *type;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (stored != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (stored, 0, sizeof *stored);
  stmt = _physio_database_prepare (self,
                                   "SELECT poses, image, image_type FROM exercise_figure "
                                   "WHERE exercise_id = ?",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exercise_id, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _physio_database_set_error (self, rc, error);

  type = _physio_column_text (stmt, 2);
  if (sqlite3_column_type (stmt, 1) == SQLITE_BLOB && type != NULL)
    {
      stored->image = g_bytes_new (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
      stored->image_type = g_strdup (type);
      return TRUE;
    }

  poses = _physio_column_text (stmt, 0);
  if (poses != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      stored->figure = physio_figure_json_read_one (poses, &local_error);
      if (stored->figure == NULL)
        g_warning ("An exercise's own figure is damaged (%s); showing the built-in one",
                   local_error->message);
    }
  return TRUE;
}

static gboolean
write_row (PhysioDatabase  *self,
           const char      *exercise_id,
           const char      *poses,
           GBytes          *image,
           const char      *image_type,
           GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;

  stmt = _physio_database_prepare (self,
                                   "INSERT OR REPLACE INTO exercise_figure (exercise_id, poses, "
                                   "image, image_type, updated_at) "
                                   "VALUES (?, ?, ?, ?, " PHYSIO_NOW_SQL ")",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exercise_id, -1, SQLITE_STATIC);
  _physio_bind_text_or_null (stmt, 2, poses);
  if (image != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (image, &size);

      sqlite3_bind_blob64 (stmt, 3, data, size, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, image_type, -1, SQLITE_STATIC);
    }
  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  _physio_database_emit_changed (self, exercise_id);
  return TRUE;
}

gboolean
physio_database_set_exercise_figure_poses (PhysioDatabase     *self,
                                           const char         *exercise_id,
                                           const PhysioFigure *figure,
                                           GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (figure != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!physio_figure_validate (figure, &local_error))
    {
      g_autofree char *message = g_strdup_printf (_("This pose cannot be saved: %s."),
                                                  local_error->message);

      return _physio_database_set_invalid (error, message);
    }
  json = physio_figure_json_write (figure);
  return write_row (self, exercise_id, json, NULL, NULL, error);
}

gboolean
physio_database_set_exercise_figure_image (PhysioDatabase  *self,
                                           const char      *exercise_id,
                                           GBytes          *image,
                                           const char      *media_type,
                                           GError         **error)
{
  const char *sniffed;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (image != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_bytes_get_size (image) == 0)
    return _physio_database_set_invalid (error, _("The image file is empty."));
  if (g_bytes_get_size (image) > PHYSIO_FIGURE_IMAGE_MAX_BYTES)
    return _physio_database_set_invalid (error, _("The image is larger than 2 MB. Please choose "
                                                  "a smaller image."));
  sniffed = physio_stored_figure_sniff (image);
  if (sniffed == NULL)
    return _physio_database_set_invalid (error, _("This file is not a PNG, JPEG or SVG image. "
                                                  "Choose a PNG, JPEG or SVG image."));
  if (media_type != NULL && g_strcmp0 (media_type, sniffed) != 0)
    return _physio_database_set_invalid (error, _("This file’s name says one kind of image but "
                                                  "it holds another. Choose a PNG, JPEG or SVG "
                                                  "image."));
  return write_row (self, exercise_id, NULL, image, sniffed, error);
}

gboolean
physio_database_delete_exercise_figure (PhysioDatabase  *self,
                                        const char      *exercise_id,
                                        GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = _physio_database_prepare (self, "DELETE FROM exercise_figure WHERE exercise_id = ?",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exercise_id, -1, SQLITE_STATIC);
  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (sqlite3_db_handle (stmt)) > 0)
    _physio_database_emit_changed (self, exercise_id);
  return TRUE;
}

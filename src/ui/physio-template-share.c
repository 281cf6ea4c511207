/* physio-template-share.c: Export as Template… for one programme, to send to another clinic
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-compat.h"
#include "physio-programme-window-private.h"
#include "physio-template-exchange.h"
#include "physio-template-share.h"

/* The file is made when the chooser opens, so what is saved is the programme as it was when
 * the clinician asked, and a programme that cannot be a template says so before any file is
 * chosen. */
typedef struct
{
  GtkWidget *from;
  GBytes    *bytes;
} Share;

static void
share_free (Share *share)
{
  g_clear_object (&share->from);
  g_clear_pointer (&share->bytes, g_bytes_unref);
  g_free (share);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Share, share_free)

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWidget) from = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      /* TRANSLATORS: %s says why the file could not be written */
      g_autofree char *text = g_strdup_printf (_("The template was not saved: %s"),
                                               error->message);

      _physio_programme_window_toast (from, text, FALSE);
      return;
    }

  _physio_programme_window_toast (from, _("Template exported"), FALSE);
}

static void
on_file_chosen (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(Share) share = user_data;

  if (file == NULL)
    return;

  g_file_replace_contents_bytes_async (file, share->bytes, NULL, FALSE, G_FILE_CREATE_NONE,
                                       NULL, on_written_cb, g_object_ref (share->from));
}

void
physio_template_share_programme (GtkWidget       *from,
                                 PhysioDatabase  *database,
                                 PhysioProgramme *programme)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  const char *title;
  Share *share;
  GBytes *bytes;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (PHYSIO_IS_DATABASE (database));
  g_return_if_fail (PHYSIO_IS_PROGRAMME (programme));

  title = physio_programme_get_title (programme);
  bytes = physio_database_export_programme_template (database, programme, title, &error);
  if (bytes == NULL)
    {
      _physio_programme_window_toast (from, error->message, FALSE);
      return;
    }

  share = g_new0 (Share, 1);
  share->from = g_object_ref (from);
  share->bytes = bytes;

  /* TRANSLATORS: the suggested name of a programme exported as a template; %s is its title */
  file_name = g_strdup_printf (_("%s - template.json"), title);
  g_strdelimit (file_name, "/\\", '-');
  physio_compat_save_file (GTK_WINDOW (gtk_widget_get_root (from)), _("Export as Template"),
                           file_name, on_file_chosen, share);
}

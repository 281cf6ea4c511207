/* physio-languages.c: the languages a handout can be written in
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "physio-i18n.h"
#include "physio-languages.h"
#include "physio-settings.h"

/* Names a language gives itself; a translation not listed here shows its code. */
static const struct
{
  const char *code;
  const char *native_name;
} native_names[] = {
  { "de", "Deutsch" },
  { "en", "English" },
  { "es", "Español" },
  { "fr", "Français" },
  { "it", "Italiano" },
  { "nl", "Nederlands" },
  { "pl", "Polski" },
  { "pt", "Português" },
  { "pt_BR", "Português (Brasil)" },
  { "sv", "Svenska" },
  { "tr", "Türkçe" },
};

static gboolean
is_english (const char *code)
{
  return g_str_equal (code, "en") || g_str_has_prefix (code, "en_") || g_str_equal (code, "C");
}

static gboolean
catalogue_exists (const char *code)
{
  g_autofree char *catalogue = NULL;

  catalogue = g_build_filename (physio_i18n_localedir (), code, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  return g_file_test (catalogue, G_FILE_TEST_IS_REGULAR);
}

gboolean
physio_language_is_installed (const char *code)
{
  g_return_val_if_fail (code != NULL, FALSE);

  if (is_english (code))
    return TRUE;
  if (*code == '\0' || strchr (code, '/') != NULL || strstr (code, "..") != NULL)
    return FALSE;
  return catalogue_exists (code);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

GStrv
physio_languages_installed (void)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (physio_i18n_localedir (), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (!is_english (name) && catalogue_exists (name))
      g_ptr_array_add (codes, g_strdup (name));
  g_ptr_array_sort (codes, compare_codes);
  g_ptr_array_insert (codes, 0, g_strdup ("en"));
  g_ptr_array_add (codes, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

const char *
physio_language_native_name (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (native_names); i++)
    if (g_str_equal (native_names[i].code, code))
      return native_names[i].native_name;
  return code;
}

char *
physio_languages_handout_setting (void)
{
  g_autoptr(GSettings) settings = physio_settings_new_with_key ("handout-language");
  g_autofree char *code = NULL;

  if (settings == NULL)
    return NULL;
  code = g_settings_get_string (settings, "handout-language");
  if (*code == '\0' || !physio_language_is_installed (code))
    return NULL;
  return g_steal_pointer (&code);
}

/* fuzz-template-json.c: the template programme reader (data/TEMPLATE-FORMAT.md), the whole
 * file and one clinic template, on any bytes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-template-json.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = fuzz_common_text (data, size);
  PhysioTemplate *template;

  if (!physio_templates_parse (bytes, &templates, &error) && error == NULL)
    fuzz_common_fail ("a refused template file has no message");
  g_clear_error (&error);

  template = physio_template_from_json (text, &error);
  if (template != NULL)
    {
      /* A clinic template is written back and must read again. */
      g_autofree char *written = physio_template_to_json (template);
      PhysioTemplate *reread = physio_template_from_json (written, &error);

      if (reread == NULL)
        fuzz_common_fail ("a template that was read does not read back: %s", error->message);
      physio_template_free (reread);
      physio_template_free (template);
    }
  else if (error == NULL)
    {
      fuzz_common_fail ("a refused template has no message");
    }

  return 0;
}

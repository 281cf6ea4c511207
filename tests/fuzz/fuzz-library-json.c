/* fuzz-library-json.c: the exercise library reader (data/LIBRARY-FORMAT.md) and the dose
 * reader of the database columns, on any bytes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-library-json.h"
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
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = fuzz_common_text (data, size);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };
  guint version = 0;

  if (physio_library_parse (bytes, &version, &exercises, &error))
    {
      /* What was read is written back and read again to the same number of exercises. */
      g_autoptr(GBytes) written = physio_library_to_bytes (version, exercises);
      g_autoptr(GPtrArray) reread = NULL;

      if (!physio_library_parse (written, &version, &reread, &error))
        fuzz_common_fail ("a library that was read does not read back: %s", error->message);
      if (reread->len != exercises->len)
        fuzz_common_fail ("%u exercises read back as %u", exercises->len, reread->len);
    }
  else if (error == NULL)
    {
      fuzz_common_fail ("a refused library has no message");
    }
  g_clear_error (&error);

  if (!physio_dose_from_json (text, &dose, &error) && error == NULL)
    fuzz_common_fail ("a refused dose has no message");
  g_clear_error (&error);
  if (!physio_dose_limits_from_json (text, &limits, &error) && error == NULL)
    fuzz_common_fail ("refused limits have no message");

  return 0;
}

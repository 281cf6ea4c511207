/* fuzz-exercise-import.c: the free-exercise-db reader (data/IMPORT-FORMATS.md) on any bytes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-exercise-import.h"
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
  guint n_shortened = 0;

  exercises = physio_free_exercise_db_parse (bytes, &n_shortened, &error);
  if (exercises == NULL && error == NULL)
    fuzz_common_fail ("a refused file has no message");
  if (exercises != NULL)
    {
      /* Everything accepted passes the editor's own checks. */
      for (guint i = 0; i < exercises->len; i++)
        if (!physio_exercise_validate (exercises->pdata[i], NULL, NULL))
          fuzz_common_fail ("record %u was accepted but does not validate", i + 1);
      if (n_shortened > exercises->len)
        fuzz_common_fail ("%u shortened of %u", n_shortened, exercises->len);
    }

  return 0;
}

/* fuzz-replay.c: runs a fuzz target over its committed corpus and crash regressions, so the
 * normal build (no clang, no libFuzzer) keeps every input that once failed (suite 'unit')
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: fuzz-replay-<target> FOLDER...  Every file in each folder is one input; a failing
 * input aborts, which meson reports with the file named on stdout just before.
 */

#include <stdio.h>

#include "fuzz-common.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      /* A target without a folder of crash regressions yet is fine; one without its corpus
       * proves nothing. */
      if (dir == NULL && i == 1)
        {
          printf ("Bail out! no corpus in %s\n", argv[i]);
          return 1;
        }
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (files, g_build_filename (argv[i], name, NULL));
    }
  g_ptr_array_sort (files, compare_paths);

  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *contents = NULL;
      gsize length = 0;

      printf ("# %s\n", path);
      fflush (stdout);
      if (!g_file_get_contents (path, &contents, &length, NULL))
        {
          printf ("not ok %u - %s unreadable\n", ++n, path);
          continue;
        }
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      printf ("ok %u - %s\n", ++n, path);
    }

  return 0;
}

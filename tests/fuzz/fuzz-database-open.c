/* fuzz-database-open.c: any bytes opened as the database file: the open never crashes, and
 * when it refuses the file it has not changed a byte of it nor left anything beside it but a
 * backup copy
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "physio-database.h"
#include "fuzz-common.h"

static char *folder;

static void empty_folder (void);

/* libFuzzer and the replay tests end through exit (): leave no empty folder behind. */
static void
remove_folder (void)
{
  empty_folder ();
  g_rmdir (folder);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_common_init ();
  /* A memory file system when there is one: the open is what is tested, not the disk. */
  if (access ("/dev/shm", W_OK) == 0)
    {
      folder = g_build_filename ("/dev/shm", "physio-fuzz-XXXXXX", NULL);
      if (g_mkdtemp (folder) == NULL)
        g_clear_pointer (&folder, g_free);
    }
  if (folder == NULL)
    folder = g_dir_make_tmp ("physio-fuzz-XXXXXX", &error);
  if (folder == NULL)
    fuzz_common_fail ("no temporary folder: %s", error->message);
  atexit (remove_folder);
  return 0;
}

static void
empty_folder (void)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
}

/* Anything beside the file but the file itself and a backup of it ("physioplan.db.backup-v2",
 * which a migration that failed rightly leaves): a WAL, a journal, a damaged copy. */
static const char *
stray_file (void)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_equal (name, "physioplan.db") &&
          !g_str_has_prefix (name, "physioplan.db.backup-"))
        return g_intern_string (name);
    }
  return NULL;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = g_build_filename (folder, "physioplan.db", NULL);
  g_autofree char *after = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gsize after_size = 0;

  /* An empty file is a new database, which the open rightly fills. */
  if (size == 0)
    return 0;

  empty_folder ();
  if (!g_file_set_contents (path, (const char *) data, size, &error))
    fuzz_common_fail ("cannot write the input: %s", error->message);

  database = physio_database_open (path, &error);
  if (database != NULL)
    {
      /* The bytes were a database of ours (a seed, or the fuzzer built one): fine. */
      g_clear_object (&database);
      empty_folder ();
      return 0;
    }

  if (error == NULL || error->message == NULL || *error->message == '\0')
    fuzz_common_fail ("a refused file has no message");
  if (!g_file_get_contents (path, &after, &after_size, NULL))
    fuzz_common_fail ("the refused file is gone");
  if (after_size != size || memcmp (after, data, size) != 0)
    fuzz_common_fail ("the open changed a file it refused (%s)", error->message);
  if (stray_file () != NULL)
    fuzz_common_fail ("the open left %s beside a file it refused (%s)", stray_file (),
                      error->message);

  empty_folder ();
  return 0;
}

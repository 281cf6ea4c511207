/* main.c: the physioplan program
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "physio-application.h"
#include "physio-i18n.h"
#include "physio-startup-trace.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhysioApplication) application = NULL;

  physio_startup_trace_mark ("main");

  /* Before the options are parsed: --help and the messages for a bad --database are
   * printed before GTK would set the locale up. */
  setlocale (LC_ALL, "");
  /* $PHYSIO_LOCALEDIR lets the tests use the catalogues built in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, physio_i18n_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = physio_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}

/* main.c — Gongyak's entry point: i18n, then the application
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "gy-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GyApplication) app = NULL;
  const char *localedir = g_getenv ("GONGYAK_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = gy_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

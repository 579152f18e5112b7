/* gy-application.c — the application: command line, windows, app actions
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-application"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-application.h"
#include "gy-cli.h"
#include "gy-resources.h"
#include "gy-window.h"

struct _GyApplication
{
  GtkApplication  parent_instance;

  char           *db_path;  /* from --db; NULL for the user's default database */
};

G_DEFINE_FINAL_TYPE (GyApplication, gy_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The database to use (default: the one in your data folder)"), N_("FILE") },
  { "import-card", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Read a pledge card (text) into the database; may be repeated"), N_("CARD") },
  { "export-card", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print a pledge as card text (a number, #ID from --list, or all)"), N_("PLEDGE") },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List every rule that fails; exit 1 when any does"), NULL },
  { "list", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the pledges"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
  { NULL }
};

GBytes *
gy_application_sample_card (void)
{
  return g_resource_lookup_data (gy_get_resource (), "/io/github/gongyak/Gongyak/sample-card.txt",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static void
on_error_dialog_response (GtkDialog *dialog,
                          int        response,
                          gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
open_database (GyApplication *self,
               const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  g_autofree char *default_path = NULL;
  g_autoptr(GBytes) sample = NULL;
  GtkWidget *dialog;

  if (path == NULL)
    {
      default_path = gy_default_db_path ();
      sample = gy_application_sample_card ();
      store = gy_open_or_create (default_path, sample, &error);
    }
  else
    store = gy_store_open (path, GY_STORE_OPEN_DEFAULT, &error);

  if (store != NULL)
    {
      GyWindow *window = gy_window_new (self, store);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  /* With no window yet, the dialog is what keeps the application alive until it is read. */
  dialog = gtk_message_dialog_new (NULL, GTK_DIALOG_MODAL, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   _("Could not open the database"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_dialog_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static int
gy_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  GyApplication *self = GY_APPLICATION (app);
  g_autofree char *db = NULL;
  g_autofree const char **cards = NULL;
  g_autofree char *export_card = NULL;
  gboolean check = FALSE, list = FALSE, version = FALSE;
  GyCliOptions cli = { 0 };

  g_variant_dict_lookup (options, "db", "^ay", &db);
  g_variant_dict_lookup (options, "import-card", "^a&ay", &cards);
  g_variant_dict_lookup (options, "export-card", "s", &export_card);
  g_variant_dict_lookup (options, "check", "b", &check);
  g_variant_dict_lookup (options, "list", "b", &list);
  g_variant_dict_lookup (options, "version", "b", &version);

  if (version)
    {
      g_print ("gongyak %s\n", PACKAGE_VERSION);
      return 0;
    }

  cli.db = db;
  cli.import_cards = cards;
  cli.export_card = export_card;
  cli.check = check;
  cli.list = list;
  if (gy_cli_wants_run (&cli))
    {
      g_autoptr(GBytes) sample = gy_application_sample_card ();
      return gy_cli_run (&cli, sample);
    }

  g_free (self->db_path);
  self->db_path = g_steal_pointer (&db);
  return -1;
}

static void
gy_application_activate (GApplication *app)
{
  GyApplication *self = GY_APPLICATION (app);

  open_database (self, self->db_path);
}

static void
gy_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      open_database (GY_APPLICATION (app), path);
    }
}

static void
on_quit (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit },
};

static void
gy_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (gy_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });

  gtk_css_provider_load_from_resource (css, "/io/github/gongyak/Gongyak/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
gy_application_finalize (GObject *object)
{
  GyApplication *self = GY_APPLICATION (object);

  g_free (self->db_path);
  G_OBJECT_CLASS (gy_application_parent_class)->finalize (object);
}

static void
gy_application_class_init (GyApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = gy_application_finalize;
  app_class->handle_local_options = gy_application_handle_local_options;
  app_class->activate = gy_application_activate;
  app_class->open = gy_application_open;
  app_class->startup = gy_application_startup;
}

static void
gy_application_init (GyApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Keep a mayor's pledge cards in one file."));
}

GyApplication *
gy_application_new (void)
{
  g_resources_register (gy_get_resource ());
  return g_object_new (GY_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}

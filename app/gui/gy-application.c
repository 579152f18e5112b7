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
#include "gy-window-private.h"

#define MAX_RECENT 10

struct _GyApplication
{
  GtkApplication  parent_instance;

  char           *db_path;   /* from --db; NULL for the user's default database */
  GSettings      *settings;  /* NULL when the schema is not installed (an uninstalled test) */
  GStrv           recent;    /* kept here too, so the menu works without the schema */
};

G_DEFINE_FINAL_TYPE (GyApplication, gy_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The database to use (default: the one in your data folder)"), N_("FILE") },
  { "import-card", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Read a pledge card (text) into the database; may be repeated"), N_("CARD") },
  { "import-list", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read a pledge list (.xlsx, .csv or .tsv): update the term's pledges, create new ones"),
    N_("FILE") },
  { "sheet", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The sheet of --import-list to read (default: the first)"), N_("NAME") },
  { "export-card", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print a pledge as card text (a number, #ID from --list, or all)"), N_("PLEDGE") },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List every rule that fails; exit 1 when any does"), NULL },
  { "list", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the pledges"), NULL },
  { "export-xlsx", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the province's workbook (총괄, 투자계획, a sheet per pledge)"), N_("OUT.xlsx") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the annual report as PDF (all pledges, or --pledge)"), N_("OUT.pdf") },
  { "as-of", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The reference date (기준일) printed in the workbook, default today"), N_("YYYY-MM-DD") },
  { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Draw a chart into the file named last: years, sources, sectors, departments, statuses "
       "or progress"), N_("KIND") },
  { "pledge", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The one pledge of a years or sources chart, or of the report (a number or #ID)"),
    N_("PLEDGE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The chart's size, e.g. 1200x700"),
    N_("WxH") },
  { "term", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The term of --list and the exports, by name or number (민선7기 or 7); default: the term "
       "of the reference date, else the latest"), N_("TERM") },
  { "sector", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only the pledges of this sector (분야) in --list and the exports"), N_("SECTOR") },
  { "department", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only the pledges of this lead department (주관부서) in --list and the exports"),
    N_("DEPARTMENT") },
  { "status", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only the pledges of this status (이행상태) in --list and the exports"), N_("STATUS") },
  { "body-name", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Set the body's name (e.g. 김천시), printed on the report and the workbook"), N_("NAME") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
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

GStrv
gy_application_dup_recent (GyApplication *self)
{
  return g_strdupv (self->recent);
}

/* Puts PATH first in the recent list, which every window's menu shows. */
static void
note_recent (GyApplication *self,
             const char    *path)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; self->recent != NULL && self->recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (self->recent[i], path) != 0)
      {
        g_strv_builder_add (builder, self->recent[i]);
        n++;
      }
  g_strfreev (self->recent);
  self->recent = g_strv_builder_end (builder);
  if (self->settings != NULL)
    {
      g_settings_set_strv (self->settings, "recent-files", (const char * const *) self->recent);
      g_settings_set_string (self->settings, "last-database", path);
    }
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (GY_IS_WINDOW (l->data))
      gy_window_fill_recent (l->data);
}

static void
show_error (GyApplication *self,
            const char    *primary,
            const char    *secondary)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  /* With no window yet, the dialog is what keeps the application alive until it is read. */
  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_dialog_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opens PATH (NULL: the user's default database) in a new window; a file that cannot be
 * written opens read-only, and the window says so. NULL when it cannot be opened (a dialog
 * says why). */
static GyWindow *
open_path_window (GyApplication *self,
                  const char    *path,
                  gboolean       create)
{
  GyWindow *window;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  g_autofree char *default_path = NULL;

  if (path == NULL)
    {
      g_autoptr(GBytes) sample = gy_application_sample_card ();

      default_path = gy_default_db_path ();
      path = default_path;
      store = gy_open_or_create (path, sample, &error);
    }
  else
    {
      store = gy_store_open (path, create ? GY_STORE_OPEN_CREATE : GY_STORE_OPEN_DEFAULT, &error);
      if (store == NULL && g_error_matches (error, GY_STORE_ERROR, GY_STORE_ERROR_READ_ONLY))
        {
          g_clear_error (&error);
          store = gy_store_open (path, GY_STORE_OPEN_READ_ONLY, &error);
        }
    }

  if (store == NULL)
    {
      show_error (self, _("Could not open the database"), error->message);
      return NULL;
    }
  note_recent (self, gy_store_get_path (store));
  window = gy_window_new (self, store);
  /* The window joins the application after its construction: its recent menu is filled now. */
  gy_window_fill_recent (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

void
gy_application_open_path (GyApplication *self,
                          const char    *path,
                          gboolean       create)
{
  open_path_window (self, path, create);
}

/* What a start without FILE opens: the file opened last (the `last-database` setting), else
 * the default database. When the last file is gone, the default one opens and its window
 * names the missing file. */
GtkWindow *
gy_application_open_start (GyApplication *self)
{
  g_autofree char *last = NULL;
  GyWindow *window;

  if (self->db_path != NULL)
    return GTK_WINDOW (open_path_window (self, self->db_path, FALSE));
  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-database");
  if (last == NULL || *last == '\0')
    return GTK_WINDOW (open_path_window (self, NULL, FALSE));
  if (g_file_test (last, G_FILE_TEST_IS_REGULAR))
    return GTK_WINDOW (open_path_window (self, last, FALSE));

  window = open_path_window (self, NULL, FALSE);
  if (window != NULL)
    {
      g_autofree char *text =
        g_strdup_printf (_("The file opened last, %s, is no longer there: the default database "
                           "is open instead."), last);
      gy_window_show_message (window, text);
    }
  return GTK_WINDOW (window);
}

static int
gy_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  GyApplication *self = GY_APPLICATION (app);
  g_autofree char *db = NULL;
  g_autofree const char **cards = NULL;
  g_autofree char *import_list = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *export_card = NULL;
  g_autofree char *export_xlsx = NULL;
  g_autofree char *export_pdf = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *export_chart = NULL;
  g_autofree char *pledge = NULL;
  g_autofree char *size = NULL;
  g_autofree char *term = NULL;
  g_autofree char *sector = NULL;
  g_autofree char *department = NULL;
  g_autofree char *status = NULL;
  g_autofree char *body_name = NULL;
  g_autofree const char **rest = NULL;
  gboolean check = FALSE, list = FALSE, version = FALSE;
  GyCliOptions cli = { 0 };

  g_variant_dict_lookup (options, "db", "^ay", &db);
  g_variant_dict_lookup (options, "import-card", "^a&ay", &cards);
  g_variant_dict_lookup (options, "import-list", "^ay", &import_list);
  g_variant_dict_lookup (options, "sheet", "s", &sheet);
  g_variant_dict_lookup (options, "export-card", "s", &export_card);
  g_variant_dict_lookup (options, "check", "b", &check);
  g_variant_dict_lookup (options, "list", "b", &list);
  g_variant_dict_lookup (options, "version", "b", &version);
  g_variant_dict_lookup (options, "export-xlsx", "^ay", &export_xlsx);
  g_variant_dict_lookup (options, "export-pdf", "^ay", &export_pdf);
  g_variant_dict_lookup (options, "as-of", "s", &as_of);
  g_variant_dict_lookup (options, "export-chart", "s", &export_chart);
  g_variant_dict_lookup (options, "pledge", "s", &pledge);
  g_variant_dict_lookup (options, "size", "s", &size);
  g_variant_dict_lookup (options, "term", "s", &term);
  g_variant_dict_lookup (options, "sector", "s", &sector);
  g_variant_dict_lookup (options, "department", "s", &department);
  g_variant_dict_lookup (options, "status", "s", &status);
  g_variant_dict_lookup (options, "body-name", "s", &body_name);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);

  if (version)
    {
      g_print ("gongyak %s\n", PACKAGE_VERSION);
      return 0;
    }

  cli.db = db;
  cli.import_cards = cards;
  cli.import_list = import_list;
  cli.sheet = sheet;
  cli.export_card = export_card;
  cli.check = check;
  cli.list = list;
  cli.export_xlsx = export_xlsx;
  cli.export_pdf = export_pdf;
  cli.as_of = as_of;
  cli.export_chart = export_chart;
  cli.pledge = pledge;
  cli.size = size;
  cli.term = term;
  cli.sector = sector;
  cli.department = department;
  cli.status = status;
  cli.body_name = body_name;
  cli.chart_out = rest != NULL && rest[0] != NULL ? rest[0] : NULL;
  if (gy_cli_wants_run (&cli))
    {
      g_autoptr(GBytes) sample = gy_application_sample_card ();
      return gy_cli_run (&cli, sample);
    }

  g_free (self->db_path);
  self->db_path = g_steal_pointer (&db);
  /* gongyak FILE opens FILE: G_OPTION_REMAINING took it from GApplication's own handling. */
  if (self->db_path == NULL && rest != NULL && rest[0] != NULL)
    self->db_path = g_strdup (rest[0]);
  return -1;
}

static void
gy_application_activate (GApplication *app)
{
  gy_application_open_start (GY_APPLICATION (app));
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
      gy_application_open_path (GY_APPLICATION (app), path, FALSE);
    }
}

static void
on_quit (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_open_recent (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  gy_application_open_path (GY_APPLICATION (user_data), g_variant_get_string (parameter, NULL),
                            FALSE);
}

static void
on_new_response (GtkNativeDialog *dialog,
                 int              response,
                 GyApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      /* A new file starts empty: saving over an existing database is not a way to clear it. */
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        show_error (self, _("The file already exists"),
                    _("Choose a new name: an existing database is opened with Open."));
      else
        gy_application_open_path (self, path, TRUE);
    }
  g_object_unref (dialog);
}

static void
on_new (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  GyApplication *self = user_data;
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("New Database"),
                                 gtk_application_get_active_window (GTK_APPLICATION (self)),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("pledges.gongyak"));
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_about (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  const char *authors[] = { "The Gongyak authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                         "program-name", _("Gongyak"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Keep a mayor's pledge cards in one file."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "copyright", "© 2026 The Gongyak authors",
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit },
  { "new", on_new },
  { "about", on_about },
  { "open-recent", on_open_recent, "s" },
};

static void
gy_application_startup (GApplication *app)
{
  GyApplication *self = GY_APPLICATION (app);
  const char *quit_accels[] = { "<Control>q", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (gy_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new",
                                         (const char *[]) { "<Control>n", NULL });

  /* Settings only when the schema is installed: GSettings aborts on a missing one. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema =
      source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

    if (schema != NULL)
      {
        self->settings = g_settings_new (APP_ID);
        self->recent = g_settings_get_strv (self->settings, "recent-files");
      }
  }

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
  g_strfreev (self->recent);
  g_clear_object (&self->settings);
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

/* gy-export-dialog.c — where and as of when an export is written, and its progress
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's file chooser takes no entry of ours, so the 기준일 and the file are asked in a
 * small dialog of their own; 찾아보기 opens the chooser in the folder of the file named.
 */
#define G_LOG_DOMAIN "gy-export"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-export-dialog.h"

#define APP_ID "io.github.gongyak.Gongyak"

/* without the schema (an uninstalled run) the 기준일 is remembered for the process only */
static char *remembered_as_of;

static GSettings *
dup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema =
    source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "export-as-of"))
    return NULL;
  return g_settings_new (APP_ID);
}

/* "2026-12-02" (or what g_date_set_parse() reads, e.g. 2026. 12. 2.); empty: today (invalid). */
gboolean
gy_export_parse_as_of (const char *text,
                       GDate      *as_of)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint y, m, d;

  g_date_clear (as_of, 1);
  if (*copy == '\0')
    return TRUE;
  if (sscanf (copy, "%u-%u-%u", &y, &m, &d) == 3 || sscanf (copy, "%u. %u. %u", &y, &m, &d) == 3)
    {
      if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        return FALSE;
      g_date_set_dmy (as_of, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
      return TRUE;
    }
  return FALSE;
}

static char *
format_date (const GDate *date)
{
  GDate today;

  if (date == NULL || !g_date_valid (date))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
      date = &today;
    }
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

void
gy_export_load_as_of (GDate *as_of)
{
  g_autoptr(GSettings) settings = dup_settings ();
  g_autofree char *text = settings != NULL ? g_settings_get_string (settings, "export-as-of")
                                           : g_strdup (remembered_as_of);

  if (!gy_export_parse_as_of (text, as_of))
    g_date_clear (as_of, 1);
}

void
gy_export_save_as_of (const GDate *as_of)
{
  g_autoptr(GSettings) settings = dup_settings ();
  g_autofree char *text = as_of != NULL && g_date_valid (as_of) ? format_date (as_of)
                                                                : g_strdup ("");

  if (settings != NULL)
    g_settings_set_string (settings, "export-as-of", text);
  g_free (remembered_as_of);
  remembered_as_of = g_steal_pointer (&text);
}

/* 김천시_공약현황_2026-12-02.xlsx, 김천시_공약추진상황보고_2026-12-02.pdf */
char *
gy_export_suggest_name (GyStore      *store,
                        GyExportKind  kind,
                        const GDate  *as_of)
{
  g_autofree char *body = store != NULL ? gy_store_dup_body_name (store) : NULL;
  g_autofree char *date = format_date (as_of);
  g_autofree char *name = NULL;

  if (body != NULL)
    g_strstrip (g_strdelimit (body, "/\\:*?\"<>|", '_'));
  name = g_strdup_printf ("%s%s%s_%s.%s", body != NULL ? body : "",
                          body != NULL && *body != '\0' ? "_" : "",
                          kind == GY_EXPORT_WORKBOOK ? "공약현황" : "공약추진상황보고", date,
                          kind == GY_EXPORT_WORKBOOK ? "xlsx" : "pdf");
  return g_steal_pointer (&name);
}

/* In the documents folder, else home. */
char *
gy_export_suggest_path (GyStore      *store,
                        GyExportKind  kind,
                        const GDate  *as_of)
{
  const char *dir = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *name = gy_export_suggest_name (store, kind, as_of);

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    dir = g_get_home_dir ();
  return g_build_filename (dir, name, NULL);
}

typedef struct {
  GyStore        *store;
  GyExportKind    kind;
  GyExportAccept  accept;
  gpointer        user_data;
  GtkWindow      *parent;
  GtkEntry       *as_of_entry;
  GtkEntry       *path_entry;
  char           *suggested;  /* the path last suggested: while shown, a new date renames it */
} Dialog;

static void
dialog_free (Dialog *d)
{
  g_clear_object (&d->store);
  g_clear_object (&d->parent);
  g_free (d->suggested);
  g_free (d);
}

static void
on_as_of_changed (GtkEditable *editable,
                  Dialog      *d)
{
  GDate as_of;
  const char *path = gtk_editable_get_text (GTK_EDITABLE (d->path_entry));
  gboolean valid = gy_export_parse_as_of (gtk_editable_get_text (editable), &as_of);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  if (!valid || g_strcmp0 (path, d->suggested) != 0)
    return;
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *name = gy_export_suggest_name (d->store, d->kind, &as_of);

    g_free (d->suggested);
    d->suggested = g_build_filename (dir, name, NULL);
    gtk_editable_set_text (GTK_EDITABLE (d->path_entry), d->suggested);
  }
}

static void
on_browse_response (GtkNativeDialog *chooser,
                    int              response,
                    Dialog          *d)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        gtk_editable_set_text (GTK_EDITABLE (d->path_entry), path);
    }
  g_object_unref (chooser);
}

static void
on_browse (GtkButton *button,
           Dialog    *d)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  const char *path = gtk_editable_get_text (GTK_EDITABLE (d->path_entry));
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (gtk_window_get_title (window), window,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  if (d->kind == GY_EXPORT_WORKBOOK)
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_pattern (filter, "*.xlsx");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_pattern (filter, "*.pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_browse_response), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_accept (GtkButton *button,
           Dialog    *d)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (d->path_entry));
  g_autofree char *path = g_strstrip (g_strdup (text));
  GDate as_of;

  if (!gy_export_parse_as_of (gtk_editable_get_text (GTK_EDITABLE (d->as_of_entry)), &as_of))
    {
      gtk_widget_grab_focus (GTK_WIDGET (d->as_of_entry));
      return;
    }
  if (*path == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (d->path_entry));
      return;
    }
  gy_export_save_as_of (&as_of);
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  d->accept (d->parent, path, &as_of, d->user_data);
  gtk_window_destroy (window);
}

static GtkWidget *
add_row (GtkGrid    *grid,
         int         row,
         const char *mnemonic,
         GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  return label;
}

/* The dialog before an export: 기준일 (remembered) and the file, suggested in the documents
 * folder with the body's name and the date. */
GtkWindow *
gy_export_dialog_new (GtkWindow      *parent,
                      GyStore        *store,
                      GyExportKind    kind,
                      GyExportAccept  accept,
                      gpointer        user_data)
{
  Dialog *d = g_new0 (Dialog, 1);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *path_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *browse = gtk_button_new_with_mnemonic (_("_Browse…"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *ok = gtk_button_new_with_mnemonic (kind == GY_EXPORT_WORKBOOK ? _("_Export")
                                                                            : _("_Save"));
  GtkWidget *hint = gtk_label_new (_("Leave it empty for today."));
  g_autofree char *today = format_date (NULL);
  GDate as_of;

  d->store = g_object_ref (store);
  d->kind = kind;
  d->accept = accept;
  d->user_data = user_data;
  d->parent = parent != NULL ? g_object_ref (parent) : NULL;
  g_object_set_data_full (G_OBJECT (window), "gy-export-dialog", d, (GDestroyNotify) dialog_free);

  gtk_window_set_title (GTK_WINDOW (window), kind == GY_EXPORT_WORKBOOK ? _("Export Workbook")
                                                                        : _("Save Report as PDF"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, -1);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18,
                NULL);

  d->as_of_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (d->as_of_entry), "as-of");
  gtk_entry_set_placeholder_text (d->as_of_entry, today);
  gy_export_load_as_of (&as_of);
  if (g_date_valid (&as_of))
    {
      g_autofree char *text = format_date (&as_of);

      gtk_editable_set_text (GTK_EDITABLE (d->as_of_entry), text);
    }
  add_row (GTK_GRID (grid), 0, _("_As of"), GTK_WIDGET (d->as_of_entry));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), hint, 1, 1, 1, 1);

  d->path_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (d->path_entry), "path");
  d->suggested = gy_export_suggest_path (store, kind, &as_of);
  gtk_editable_set_text (GTK_EDITABLE (d->path_entry), d->suggested);
  gtk_widget_set_hexpand (GTK_WIDGET (d->path_entry), TRUE);
  gtk_box_append (GTK_BOX (path_box), GTK_WIDGET (d->path_entry));
  gtk_box_append (GTK_BOX (path_box), browse);
  add_row (GTK_GRID (grid), 2, _("_File"), path_box);
  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, 2)),
                                 GTK_WIDGET (d->path_entry));

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_name (ok, "accept");
  gtk_widget_add_css_class (ok, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), ok);
  gtk_grid_attach (GTK_GRID (grid), buttons, 0, 3, 2, 1);
  gtk_window_set_child (GTK_WINDOW (window), grid);
  gtk_window_set_default_widget (GTK_WINDOW (window), ok);
  gtk_entry_set_activates_default (d->as_of_entry, TRUE);
  gtk_entry_set_activates_default (d->path_entry, TRUE);

  g_signal_connect (d->as_of_entry, "changed", G_CALLBACK (on_as_of_changed), d);
  g_signal_connect (browse, "clicked", G_CALLBACK (on_browse), d);
  g_signal_connect (ok, "clicked", G_CALLBACK (on_accept), d);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  return GTK_WINDOW (window);
}

/* The progress window */

typedef struct {
  GCancellable   *cancellable;
  GtkLabel       *label;
  GtkProgressBar *bar;
  GtkWidget      *cancel;
  GtkWidget      *open;
  GtkWidget      *open_folder;
  GtkWidget      *close;
  char           *path;
} Progress;

static void
progress_free (Progress *p)
{
  g_clear_object (&p->cancellable);
  g_free (p->path);
  g_free (p);
}

/* The core's stage names, as the officer reads them */
const char *
gy_export_stage_label (const char *stage)
{
  if (g_strcmp0 (stage, "cards") == 0)
    return _("Card sheets");
  if (g_strcmp0 (stage, "file") == 0)
    return _("Writing the file");
  if (g_strcmp0 (stage, "pages") == 0)
    return _("Pages");
  return stage;  /* the sheets' own names, 총괄 and 투자계획 */
}

static void
launch (GtkWidget  *widget,
        const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GdkAppLaunchContext *context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  if (!g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error))
    {
      Progress *p = g_object_get_data (G_OBJECT (root), "gy-export-progress");

      gtk_label_set_text (p->label, error->message);
    }
  g_object_unref (context);
}

static void
on_open (GtkButton *button,
         Progress  *p)
{
  launch (GTK_WIDGET (button), p->path);
}

static void
on_open_folder (GtkButton *button,
                Progress  *p)
{
  g_autofree char *dir = g_path_get_dirname (p->path);

  launch (GTK_WIDGET (button), dir);
}

static void
on_progress_cancel (GtkButton *button,
                    Progress  *p)
{
  g_cancellable_cancel (p->cancellable);
  gtk_label_set_text (p->label, _("Cancelling…"));
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

static GtkWidget *
add_button (GtkBox     *box,
            const char *mnemonic,
            const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_name (button, name);
  gtk_box_append (box, button);
  return button;
}

GtkWindow *
gy_export_progress_new (GtkWindow    *parent,
                        GCancellable *cancellable)
{
  Progress *p = g_new0 (Progress, 1);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  p->cancellable = g_object_ref (cancellable);
  g_object_set_data_full (G_OBJECT (window), "gy-export-progress", p,
                          (GDestroyNotify) progress_free);
  gtk_window_set_title (GTK_WINDOW (window), _("Export"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, -1);
  gtk_window_set_deletable (GTK_WINDOW (window), FALSE);
  g_object_set (box, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18,
                NULL);
  p->label = GTK_LABEL (gtk_label_new (_("Preparing…")));
  gtk_label_set_xalign (p->label, 0);
  gtk_label_set_wrap (p->label, TRUE);
  p->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  p->open_folder = add_button (GTK_BOX (buttons), _("Open _Folder"), "open-folder");
  p->open = add_button (GTK_BOX (buttons), _("_Open"), "open");
  p->close = add_button (GTK_BOX (buttons), _("_Close"), "close");
  p->cancel = add_button (GTK_BOX (buttons), _("_Cancel"), "cancel");
  gtk_widget_set_visible (p->open, FALSE);
  gtk_widget_set_visible (p->open_folder, FALSE);
  gtk_widget_set_visible (p->close, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (p->label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (p->bar));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (GTK_WINDOW (window), box);
  g_signal_connect (p->cancel, "clicked", G_CALLBACK (on_progress_cancel), p);
  g_signal_connect (p->open, "clicked", G_CALLBACK (on_open), p);
  g_signal_connect (p->open_folder, "clicked", G_CALLBACK (on_open_folder), p);
  g_signal_connect_swapped (p->close, "clicked", G_CALLBACK (gtk_window_destroy), window);
  return GTK_WINDOW (window);
}

void
gy_export_progress_update (GtkWindow  *progress,
                           guint       done,
                           guint       total,
                           const char *stage)
{
  Progress *p = g_object_get_data (G_OBJECT (progress), "gy-export-progress");
  g_autofree char *text = NULL;

  if (p == NULL || g_cancellable_is_cancelled (p->cancellable))
    return;
  text = g_strdup_printf ("%s %u / %u", gy_export_stage_label (stage), done, total);
  gtk_label_set_text (p->label, text);
  gtk_progress_bar_set_fraction (p->bar, total > 0 ? (double) done / total : 0);
}

/* The export wrote PATH: the window stays, with 열기, 폴더 열기 and 닫기. */
void
gy_export_progress_finish (GtkWindow  *progress,
                           const char *path)
{
  Progress *p = g_object_get_data (G_OBJECT (progress), "gy-export-progress");
  g_autofree char *text = NULL;

  g_return_if_fail (p != NULL);
  g_free (p->path);
  p->path = g_strdup (path);
  text = g_strdup_printf (_("Written to %s"), path);
  gtk_label_set_text (p->label, text);
  gtk_progress_bar_set_fraction (p->bar, 1);
  gtk_widget_set_visible (p->cancel, FALSE);
  gtk_widget_set_visible (p->open, TRUE);
  gtk_widget_set_visible (p->open_folder, TRUE);
  gtk_widget_set_visible (p->close, TRUE);
  gtk_window_set_deletable (progress, TRUE);
  gtk_window_set_default_widget (progress, p->open);
  /* the path can be copied; the keys go to 열기 */
  gtk_label_set_selectable (p->label, TRUE);
  gtk_widget_grab_focus (p->open);
}

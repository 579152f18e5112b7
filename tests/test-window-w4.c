/* test-window-w4.c — exports from the window, in Korean (under Xvfb)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole binary runs under the Korean locale with the build's catalogue, as an officer
 * sees the window: no English sentence may reach it.
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "gy-card-editor.h"
#include "gy-card-reader.h"
#include "gy-export-dialog.h"
#include "gy-money-grid.h"
#include "gy-pledge-tree.h"
#include "gy-print-operation.h"
#include "gy-report.h"
#include "gy-resources.h"
#include "gy-window.h"
#include "gy-window-private.h"
#include "gy-xlsx.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

typedef struct {
  char     *dir;
  char     *path;
  GyStore  *store;
  gint64    id;
  GyWindow *window;
} Fixture;

static void
wait_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Saves WINDOW as NAME.png in $GY_SCREENSHOT_DIR, when it is set. */
static void
save_window (GtkWindow  *window,
             const char *name)
{
  const char *dir = g_getenv ("GY_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  gtk_widget_queue_draw (GTK_WIDGET (window));
  for (guint i = 0; i < 30; i++)
    {
      g_usleep (10000);
      wait_idle ();
    }
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *card;

  f->dir = g_dir_make_tmp ("gongyak-w4-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "test.gongyak", NULL);
  f->store = gy_store_open (f->path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (gy_store_set_body_name (f->store, "김천시", &error));
  terms = gy_store_list_terms (f->store);
  card = gy_card_read_file (SEED, terms, &error);
  g_assert_no_error (error);
  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (f->store, cards, &error));
  f->id = card->id;
  gy_export_save_as_of (NULL);

  if (data != NULL)
    return;  /* a core test: no window */
  f->window = gy_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  wait_idle ();
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Every file in DIR but the database and its journals, joined by spaces. */
static char *
other_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GString *s = g_string_new (NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "test.gongyak"))
      g_string_append_printf (s, "%s%s", s->len > 0 ? " " : "", name);
  return g_string_free (s, FALSE);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The toplevel that carries KEY (gy-export-dialog, gy-export-progress). */
static GtkWindow *
find_toplevel (const char *key)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_object_get_data (G_OBJECT (window), key) != NULL)
        return window;
    }
  return NULL;
}

static char *
today_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The English words of TEXT (3+ Latin letters) that are not names, file names or units. */
static void
collect_english (const char *text,
                 const char *where,
                 GString    *found)
{
  static const char *allowed[] = { "PDF", "pdf", "xlsx", "XLSX", "CSV", "csv", "TSV", "tsv",
                                   "txt", "HWP", "Gongyak", "gongyak",
                                   /* key names, as GNOME writes them in Korean too */
                                   "Ctrl", "Shift", "Alt", "Tab", "Enter", "Esc", "Home", "End",
                                   "Del", NULL };
  g_auto(GStrv) tokens = NULL;

  if (text == NULL)
    return;
  tokens = g_strsplit_set (text, " \t\n()[]{}“”\"',:;·", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *t = tokens[i];
      const char *p = t;

      /* paths and file names are the officer's own */
      if (strchr (t, '/') != NULL || strchr (t, '.') != NULL || strchr (t, '_') != NULL)
        continue;
      while (*p != '\0')
        {
          const char *start;
          g_autofree char *word = NULL;

          if (!g_ascii_isalpha (*p))
            {
              p++;
              continue;
            }
          start = p;
          while (g_ascii_isalpha (*p))
            p++;
          if (p - start < 3)
            continue;
          word = g_strndup (start, p - start);
          if (!g_strv_contains (allowed, word))
            {
              g_autofree char *line = g_strdup_printf ("\n%s: “%s” in “%s”", where, word, text);

              if (strstr (found->str, line) == NULL)
                g_string_append (found, line);
            }
        }
    }
}

static void
walk_menu (GMenuModel *model,
           GString    *found)
{
  for (int i = 0; model != NULL && i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        collect_english (label, "menu", found);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          walk_menu (link, found);
        }
    }
}

/* Labels, button labels and tooltips of every widget that shows (or would on hover). */
static void
walk (GtkWidget *widget,
      GString   *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    collect_english (gtk_label_get_text (GTK_LABEL (widget)), G_OBJECT_TYPE_NAME (widget), found);
  if (GTK_IS_BUTTON (widget))
    collect_english (gtk_button_get_label (GTK_BUTTON (widget)), "button", found);
  if (GTK_IS_PROGRESS_BAR (widget))
    collect_english (gtk_progress_bar_get_text (GTK_PROGRESS_BAR (widget)), "progress", found);
  if (GTK_IS_WINDOW (widget))
    collect_english (gtk_window_get_title (GTK_WINDOW (widget)), "title", found);
  if (GTK_IS_MENU_BUTTON (widget))
    walk_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), found);
  if (GTK_IS_ENTRY (widget))
    collect_english (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), "placeholder", found);
  collect_english (gtk_widget_get_tooltip_text (widget), "tooltip", found);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk (child, found);
}

static void
wait_export (Fixture *f)
{
  for (guint i = 0; i < 1000 && gtk_widget_get_visible (GTK_WIDGET (f->window->progress_bar));
       i++)
    {
      g_usleep (5000);
      wait_idle ();
    }
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->progress_bar)));
}

/* The window in Korean, with a refused money cell's tooltip, a workbook's progress and its
 * done window: no untranslated message reaches the officer. */
static void
test_no_english (Fixture       *f,
                 gconstpointer  data)
{
  GyCardEditor *editor = GY_CARD_EDITOR (gy_window_get_editor (f->window));
  GyMoneyGrid *grid = gy_card_editor_get_money_grid (editor);
  g_autoptr(GString) found = g_string_new (NULL);
  g_autofree char *path = g_build_filename (f->dir, "province.xlsx", NULL);
  GtkWidget *cell;
  GtkWindow *progress;
  const char *stages[] = { "총괄", "투자계획", "cards", "file", "pages" };

  if (g_strcmp0 (_("_Cancel"), "_Cancel") == 0)
    {
      g_test_skip ("the Korean catalogue is not built");
      return;
    }
  walk (GTK_WIDGET (f->window), found);
  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (f->window)), f->id, -1);
  wait_idle ();
  cell = gy_money_grid_get_cell (grid, "도비", "2020");
  gtk_editable_set_text (GTK_EDITABLE (cell), "12O");
  g_signal_emit_by_name (cell, "activate");
  wait_idle ();
  g_assert_true (gtk_widget_has_css_class (cell, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "금액이 아닙니다"));
  walk (GTK_WIDGET (f->window), found);
  gtk_editable_set_text (GTK_EDITABLE (cell), "99999999999999999");
  g_signal_emit_by_name (cell, "activate");
  wait_idle ();
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "너무 큰 금액"));
  walk (GTK_WIDGET (f->window), found);

  /* each stage of the progress, as the window shows it */
  gy_window_export_workbook (f->window, path);
  progress = find_toplevel ("gy-export-progress");
  g_assert_nonnull (progress);
  for (guint i = 0; i < 1000 && gtk_widget_get_visible (GTK_WIDGET (f->window->progress_bar));
       i++)
    {
      walk (GTK_WIDGET (progress), found);
      walk (GTK_WIDGET (f->window), found);
      g_usleep (2000);
      wait_idle ();
    }
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      gy_export_progress_update (progress, 1, 4, stages[i]);
      walk (GTK_WIDGET (progress), found);
    }
  wait_export (f);
  /* the window's own bar, hidden now, kept the last stage it showed */
  g_assert_nonnull (strstr (gtk_progress_bar_get_text (f->window->progress_bar), " / "));
  collect_english (gtk_progress_bar_get_text (f->window->progress_bar), "bar", found);
  walk (GTK_WIDGET (progress), found);
  walk (GTK_WIDGET (f->window), found);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-workbook", NULL);
  wait_idle ();
  g_assert_nonnull (find_toplevel ("gy-export-dialog"));
  walk (GTK_WIDGET (find_toplevel ("gy-export-dialog")), found);
  gtk_window_destroy (find_toplevel ("gy-export-dialog"));
  g_assert_cmpstr (found->str, ==, "");
}

/* The export dialog: a 기준일, remembered, and a name in the documents folder that follows it. */
static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *today = today_text ();
  g_autofree char *name = g_strdup_printf ("김천시_공약현황_%s.xlsx", today);
  const char *docs = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *suggested = NULL;
  g_autofree char *out = g_build_filename (f->dir, "도.xlsx", NULL);
  GtkWindow *dialog, *progress;
  GtkWidget *as_of, *file, *open, *open_folder;
  GDate remembered;

  if (docs == NULL || !g_file_test (docs, G_FILE_TEST_IS_DIR))
    docs = g_get_home_dir ();
  suggested = g_build_filename (docs, name, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-workbook", NULL);
  wait_idle ();
  dialog = find_toplevel ("gy-export-dialog");
  g_assert_nonnull (dialog);
  as_of = find_named (GTK_WIDGET (dialog), "as-of");
  file = find_named (GTK_WIDGET (dialog), "path");
  g_assert_nonnull (as_of);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (as_of)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (file)), ==, suggested);

  /* the name follows the 기준일 while it is the suggested one */
  gtk_editable_set_text (GTK_EDITABLE (as_of), "2026-06-30");
  g_assert_true (g_str_has_suffix (gtk_editable_get_text (GTK_EDITABLE (file)),
                                   "/김천시_공약현황_2026-06-30.xlsx"));
  gtk_editable_set_text (GTK_EDITABLE (as_of), "2026-13-40");
  g_assert_true (gtk_widget_has_css_class (as_of, "error"));
  gtk_editable_set_text (GTK_EDITABLE (as_of), "2026-06-30");
  save_window (dialog, "export-dialog");
  gtk_editable_set_text (GTK_EDITABLE (file), out);
  g_signal_emit_by_name (find_named (GTK_WIDGET (dialog), "accept"), "clicked");
  wait_idle ();
  g_assert_null (find_toplevel ("gy-export-dialog"));

  progress = find_toplevel ("gy-export-progress");
  g_assert_nonnull (progress);
  wait_export (f);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  /* done: 열기 and 폴더 열기, no 취소 */
  open = find_named (GTK_WIDGET (progress), "open");
  open_folder = find_named (GTK_WIDGET (progress), "open-folder");
  g_assert_true (gtk_widget_get_visible (open));
  g_assert_true (gtk_widget_get_visible (open_folder));
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (progress), "cancel")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open)), ==, _("_Open"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open_folder)), ==, _("Open _Folder"));
  if (g_strcmp0 (_("_Open"), "_Open") != 0)
    {
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open)), ==, "열기(_O)");
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open_folder)), ==, "폴더 열기(_F)");
    }
  save_window (progress, "export-done");
  gtk_window_destroy (progress);

  /* remembered: the next dialog starts from it */
  gy_export_load_as_of (&remembered);
  g_assert_true (g_date_valid (&remembered));
  g_assert_cmpuint (g_date_get_year (&remembered), ==, 2026);
  g_assert_cmpuint (g_date_get_month (&remembered), ==, 6);
  g_assert_cmpuint (g_date_get_day (&remembered), ==, 30);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-workbook", NULL);
  wait_idle ();
  dialog = find_toplevel ("gy-export-dialog");
  as_of = find_named (GTK_WIDGET (dialog), "as-of");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (as_of)), ==, "2026-06-30");
  file = find_named (GTK_WIDGET (dialog), "path");
  g_assert_true (g_str_has_suffix (gtk_editable_get_text (GTK_EDITABLE (file)),
                                   "/김천시_공약현황_2026-06-30.xlsx"));
  gtk_window_destroy (dialog);
}

/* 취소 in the progress window stops the worker: no workbook, no temporary file. */
static void
test_export_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "province.xlsx", NULL);
  g_autofree char *left = NULL;
  GtkWindow *progress;

  if (g_getenv ("GY_SCREENSHOT_DIR") != NULL)
    {
      /* a frozen stage, to look at */
      GCancellable *paused = g_cancellable_new ();
      GtkWindow *shown = gy_export_progress_new (GTK_WINDOW (f->window), paused);

      gtk_window_present (shown);
      gy_export_progress_update (shown, 37, 83, "cards");
      save_window (shown, "export-progress");
      gtk_window_destroy (shown);
      g_object_unref (paused);
    }
  gy_window_export_workbook_full (f->window, path, NULL);
  progress = find_toplevel ("gy-export-progress");
  g_assert_nonnull (progress);
  g_signal_emit_by_name (find_named (GTK_WIDGET (progress), "cancel"), "clicked");
  wait_export (f);
  g_assert_null (find_toplevel ("gy-export-progress"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  left = other_files (f->dir);
  g_assert_cmpstr (left, ==, "");
  g_assert_cmpstr (gtk_label_get_text (f->window->message_label), ==,
                   _("The export was cancelled; no file was written."));
}

static void
cancel_at_investment (guint       done,
                      guint       total,
                      const char *stage,
                      gpointer    user_data)
{
  if (g_str_equal (stage, "투자계획"))
    g_cancellable_cancel (user_data);
}

/* The core stops at the next sheet once cancelled, and leaves no file; an existing target
 * stays as it was. */
static void
test_xlsx_cancellable (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "province.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;

  g_assert_false (gy_xlsx_export_cancellable (f->store, path, NULL, cancel_at_investment,
                                              cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  left = other_files (f->dir);
  g_assert_cmpstr (left, ==, "");

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_clear_error (&error);
  g_cancellable_reset (cancellable);
  g_assert_false (gy_xlsx_export_cancellable (f->store, path, NULL, cancel_at_investment,
                                              cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_unlink (path);

  /* not cancelled: written */
  g_clear_error (&error);
  g_cancellable_reset (cancellable);
  g_assert_true (gy_xlsx_export_cancellable (f->store, path, NULL, NULL, NULL, cancellable,
                                             &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

typedef struct {
  guint pages_done, pages_total, file_done, file_total, calls;
} Counter;

static void
count_pages (guint       done,
             guint       total,
             const char *stage,
             gpointer    user_data)
{
  Counter *c = user_data;

  c->calls++;
  if (g_str_equal (stage, "pages"))
    {
      g_assert_cmpuint (done, <=, total);
      c->pages_done = done;
      c->pages_total = total;
    }
  else if (g_str_equal (stage, "file"))
    {
      c->file_done = done;
      c->file_total = total;
    }
}

/* The report's counter: the pages counted after pagination, the last one N / N. */
static void
test_report_counter (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyReport) report = gy_report_new (f->store, NULL, &error);
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  Counter c = { 0 };
  guint n;

  g_assert_no_error (error);
  g_assert_true (gy_report_export_pdf (report, path, count_pages, &c, &error));
  n = gy_report_get_n_pages (report);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpuint (c.pages_done, ==, n);
  g_assert_cmpuint (c.pages_total, ==, n);
  g_assert_cmpuint (c.file_done, ==, n);
  g_assert_cmpuint (c.file_total, ==, n);
  g_assert_cmpuint (c.calls, ==, n + 1);
}

/* The print dialog: a 기준일 tab that reaches the report, and "Print to File" in the documents
 * folder as 김천시_공약추진상황보고_<date>.pdf. */
static void
test_print_as_of (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GyPrintOperation) operation = gy_window_new_print_operation (f->window, "win.print");
  GtkPrintSettings *settings =
    gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
  g_autofree char *today = today_text ();
  g_autofree char *name = g_strdup_printf ("/김천시_공약추진상황보고_%s.pdf", today);
  g_autofree char *path = NULL;
  GObject *widget = NULL;
  const GySelection *selection;
  GDate remembered;

  g_assert_nonnull (settings);
  path = g_filename_from_uri (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI),
                              NULL, NULL);
  g_assert_nonnull (path);
  g_assert_true (g_str_has_suffix (path, name));

  g_signal_emit_by_name (operation, "create-custom-widget", &widget);
  g_assert_nonnull (widget);
  g_object_ref_sink (widget);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (widget), "as-of")), "2025-12-31");
  if (g_getenv ("GY_SCREENSHOT_DIR") != NULL)
    {
      GtkWidget *window = gtk_window_new ();

      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (widget));
      gtk_window_present (GTK_WINDOW (window));
      save_window (GTK_WINDOW (window), "print-as-of");
      gtk_window_set_child (GTK_WINDOW (window), NULL);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_signal_emit_by_name (operation, "custom-widget-apply", widget);
  selection = gy_print_operation_get_selection (operation);
  g_assert_true (g_date_valid (&selection->as_of));
  g_assert_cmpuint (g_date_get_year (&selection->as_of), ==, 2025);
  g_assert_cmpuint (g_date_get_day (&selection->as_of), ==, 31);
  gy_export_load_as_of (&remembered);
  g_assert_cmpuint (g_date_get_year (&remembered), ==, 2025);
  g_object_unref (widget);
}

/* Only for a look (GY_SCREENSHOT_DIR): the print dialog with its 기준일 tab and file name. */
static void
test_print_dialog_shot (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GyPrintOperation) operation = NULL;
  GListModel *toplevels;

  operation = gy_window_new_print_operation (f->window, "win.print");
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                           GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (f->window), NULL);
  for (guint i = 0; i < 50; i++)
    {
      g_usleep (10000);
      wait_idle ();
    }
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_DIALOG (window))
        {
          save_window (window, "print-dialog");
          gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_CANCEL);
          break;
        }
    }
  wait_idle ();
}

int
main (int   argc,
      char *argv[])
{
  const char *build = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *schemas = NULL;
  g_autofree char *locales = NULL;

  /* the window as an officer sees it: Korean, with the build's schema and catalogue */
  if (build != NULL)
    {
      schemas = g_build_filename (build, "..", "resources", NULL);
      locales = g_build_filename (build, "..", "po", NULL);
      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "ko", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  if (setlocale (LC_ALL, "ko_KR.UTF-8") == NULL)
    setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain ("gongyak", locales != NULL ? locales : g_getenv ("GONGYAK_LOCALEDIR"));
  bind_textdomain_codeset ("gongyak", "UTF-8");
  textdomain ("gongyak");
  g_resources_register (gy_get_resource ());

  g_test_add ("/window-w4/no-english", Fixture, NULL, fixture_set_up, test_no_english,
              fixture_tear_down);
  g_test_add ("/window-w4/export/dialog", Fixture, NULL, fixture_set_up, test_export_dialog,
              fixture_tear_down);
  g_test_add ("/window-w4/export/cancel", Fixture, NULL, fixture_set_up, test_export_cancel,
              fixture_tear_down);
  g_test_add ("/window-w4/print/as-of", Fixture, NULL, fixture_set_up, test_print_as_of,
              fixture_tear_down);
  /* screenshots for a person to look at, not a check: only when asked for */
  if (g_getenv ("GY_SCREENSHOT_DIR") != NULL)
    g_test_add ("/window-w4/print/dialog-shot", Fixture, NULL, fixture_set_up,
                test_print_dialog_shot, fixture_tear_down);
  g_test_add ("/window-w4/core/xlsx-cancellable", Fixture, GINT_TO_POINTER (1), fixture_set_up,
              test_xlsx_cancellable, fixture_tear_down);
  g_test_add ("/window-w4/core/report-counter", Fixture, GINT_TO_POINTER (1), fixture_set_up,
              test_report_counter, fixture_tear_down);
  return g_test_run ();
}

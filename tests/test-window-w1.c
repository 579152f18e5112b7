/* test-window-w1.c — the window as an officer uses it all day (issue 12): the last file
 * reopened, the recent menu, a card that never jumps, read-only shown before typing, and the
 * empty file's actions (under Xvfb)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "gy-application.h"
#include "gy-card-editor.h"
#include "gy-card-reader.h"
#include "gy-cli.h"
#include "gy-money-grid.h"
#include "gy-pledge-tree.h"
#include "gy-resources.h"
#include "gy-window.h"
#include "gy-window-private.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

static char *tmp_home;

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

/* Layout happens on the frame clock, not on idle: let a few frames pass. */
static void
wait_frames (void)
{
  for (guint i = 0; i < 30; i++)
    {
      g_usleep (10000);
      wait_idle ();
    }
}

/* Saves what the window shows as NAME.png in $GY_SCREENSHOT_DIR, when it is set. */
static void
save_window (GyWindow   *window,
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
  wait_frames ();
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
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* A file with the seed card, or (DATA "empty") with none. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("gongyak-w1-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "test.gongyak", NULL);
  f->store = gy_store_open (f->path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (g_strcmp0 (data, "empty") != 0)
    {
      g_autoptr(GPtrArray) terms = gy_store_list_terms (f->store);
      g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
      GyCard *card = gy_card_read_file (SEED, terms, &error);

      g_assert_no_error (error);
      g_ptr_array_add (cards, card);
      g_assert_true (gy_store_import_cards (f->store, cards, &error));
      f->id = card->id;
    }
  f->window = gy_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  wait_idle ();
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GyApplication *
started_application (void)
{
  g_autoptr(GError) error = NULL;
  GyApplication *app = gy_application_new ();

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

static void
destroy_windows (GyApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  wait_idle ();
}

/* Item 1: a start without FILE reopens the file opened last; when it is gone, the default
 * database opens and the window names the missing file. */
static void
test_reopen_last (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GyApplication) app = started_application ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.gongyak.Gongyak");
  g_autofree char *gone = g_build_filename (f->dir, "gone.gongyak", NULL);
  g_autofree char *default_path = gy_default_db_path ();
  GtkWindow *window;
  GyWindow *win;

  g_settings_set_string (settings, "last-database", f->path);
  window = gy_application_open_start (app);
  g_assert_nonnull (window);
  wait_idle ();
  g_assert_cmpstr (gy_store_get_path (gy_window_get_store (GY_WINDOW (window))), ==, f->path);
  g_assert_false (gtk_revealer_get_reveal_child (GY_WINDOW (window)->message_revealer));

  g_settings_set_string (settings, "last-database", gone);
  window = gy_application_open_start (app);
  g_assert_nonnull (window);
  wait_idle ();
  win = GY_WINDOW (window);
  g_assert_cmpstr (gy_store_get_path (gy_window_get_store (win)), ==, default_path);
  g_assert_true (gtk_revealer_get_reveal_child (win->message_revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (win->message_label), gone));
  save_window (win, "w1-reopen-missing");
  /* the default database is what opens next time */
  {
    g_autofree char *last = g_settings_get_string (settings, "last-database");
    g_assert_cmpstr (last, ==, default_path);
  }
  destroy_windows (app);
}

static guint
recent_count (GyWindow *window)
{
  GMenuModel *model = gtk_menu_button_get_menu_model (window->recent_button);

  return model != NULL ? (guint) g_menu_model_get_n_items (model) : 0;
}

/* Item 2: every window, the new one too, lists the recent files, and choosing one opens it
 * in a new window as Open does. */
static void
test_recent_menu (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GyApplication) app = started_application ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.gongyak.Gongyak");
  g_autofree char *second = g_build_filename (f->dir, "second.gongyak", NULL);
  g_autoptr(GyStore) other = NULL;
  g_autoptr(GError) error = NULL;
  GyWindow *first_window, *second_window;
  g_autofree char *target = NULL;
  guint n_windows;

  other = gy_store_open (second, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&other);

  gy_application_open_path (app, f->path, FALSE);
  wait_idle ();
  first_window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (first_window->recent_button)));
  g_assert_cmpuint (recent_count (first_window), >=, 1);

  gy_application_open_path (app, second, FALSE);
  wait_idle ();
  second_window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  g_assert_true (second_window != first_window);
  /* a new window's menu is filled, and the older window's follows */
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (second_window->recent_button)));
  g_assert_cmpuint (recent_count (second_window), >=, 2);
  g_assert_cmpuint (recent_count (first_window), ==, recent_count (second_window));
  g_assert_true (g_menu_model_get_item_attribute (
                   gtk_menu_button_get_menu_model (second_window->recent_button), 1,
                   G_MENU_ATTRIBUTE_TARGET, "s", &target));
  g_assert_cmpstr (target, ==, f->path);
  {
    g_auto(GStrv) stored = g_settings_get_strv (settings, "recent-files");
    g_assert_cmpstr (stored[0], ==, second);
    g_assert_cmpstr (stored[1], ==, f->path);
  }

  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-recent",
                                  g_variant_new_string (f->path));
  wait_idle ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                    n_windows + 1);
  g_assert_cmpstr (gy_store_get_path (gy_window_get_store (
                     gtk_application_get_windows (GTK_APPLICATION (app))->data)), ==, f->path);
  destroy_windows (app);
}

static double
y_in_window (GtkWidget *widget,
             GtkWidget *window)
{
  graphene_point_t point;

  wait_frames ();
  g_assert_true (gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y;
}

/* Item 4: an edit that makes a check fail, and a message of the window, leave the card where
 * it was: the card's table keeps its place in the card (the findings have a fixed place above
 * it) and the card keeps its place in the window (the message lies over the window). */
static void
test_no_jump (Fixture       *f,
              gconstpointer  data)
{
  GyCardEditor *editor = GY_CARD_EDITOR (gy_window_get_editor (f->window));
  GyMoneyGrid *grid = gy_card_editor_get_money_grid (editor);
  GtkWidget *header = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                                   GY_TYPE_CARD_EDITOR,
                                                                   "header_grid");
  GtkWidget *scroll = gtk_widget_get_ancestor (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *cell;
  double in_card, in_window;

  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (f->window)), f->id, -1);
  wait_idle ();
  g_assert_false (gtk_widget_get_visible (gy_card_editor_get_findings (editor)));
  in_card = y_in_window (header, GTK_WIDGET (editor));
  in_window = y_in_window (scroll, GTK_WIDGET (f->window));

  /* 국비 2019 800 → 850: the overview's 소요예산 no longer matches, two findings show */
  cell = gy_money_grid_get_cell (grid, "국비", "2019");
  gtk_editable_set_text (GTK_EDITABLE (cell), "850");
  g_signal_emit_by_name (cell, "activate");
  wait_idle ();
  g_assert_true (gtk_widget_get_visible (gy_card_editor_get_findings (editor)));
  g_assert_cmpfloat (y_in_window (header, GTK_WIDGET (editor)), ==, in_card);
  g_assert_cmpfloat (y_in_window (scroll, GTK_WIDGET (f->window)), ==, in_window);

  gy_window_show_message (f->window, "A refused edit says so here.");
  g_assert_true (gtk_revealer_get_reveal_child (f->window->message_revealer));
  save_window (f->window, "w1-findings-message");
  g_assert_cmpfloat (y_in_window (scroll, GTK_WIDGET (f->window)), ==, in_window);
  g_assert_cmpfloat (y_in_window (header, GTK_WIDGET (editor)), ==, in_card);

  /* and back: the findings go, the card stays */
  cell = gy_money_grid_get_cell (grid, "국비", "2019");
  gtk_editable_set_text (GTK_EDITABLE (cell), "800");
  g_signal_emit_by_name (cell, "activate");
  wait_idle ();
  g_assert_false (gtk_widget_get_visible (gy_card_editor_get_findings (editor)));
  g_assert_cmpfloat (y_in_window (header, GTK_WIDGET (editor)), ==, in_card);
}

/* Item 5: a read-only file shows so on the card before any typing. */
static void
test_read_only_card (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  GyWindow *window;
  GtkWidget *editor;
  GtkWidget *title, *banner, *cell;

  /* the writable file shows no banner */
  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (f->window)), f->id, -1);
  wait_idle ();
  editor = gy_window_get_editor (f->window);
  banner = (GtkWidget *) gtk_widget_get_template_child (editor, GY_TYPE_CARD_EDITOR, "read_only_banner");
  g_assert_false (gtk_widget_get_visible (banner));
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  g_clear_object (&f->store);

  store = gy_store_open (f->path, GY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = gy_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  wait_idle ();
  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (window)), f->id, -1);
  wait_idle ();
  editor = gy_window_get_editor (window);
  title = (GtkWidget *) gtk_widget_get_template_child (editor, GY_TYPE_CARD_EDITOR, "title_entry");
  banner = (GtkWidget *) gtk_widget_get_template_child (editor, GY_TYPE_CARD_EDITOR, "read_only_banner");
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_true (gtk_widget_get_mapped (banner));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (banner)), ==,
                   _("Opened read-only: this file may not be written, so nothing on the card "
                     "can be changed. To edit, copy the file to a folder of yours and open the "
                     "copy."));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (title)));
  cell = gy_money_grid_get_cell (gy_card_editor_get_money_grid (GY_CARD_EDITOR (editor)), "국비",
                                 "2019");
  g_assert_false (gtk_widget_get_sensitive (cell));
  save_window (window, "w1-read-only");
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
  f->store = g_object_ref (store);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

/* Item 6: an empty file offers three ways in; 새 공약 makes one pledge and selects it. */
static void
test_empty_file (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = gtk_stack_get_visible_child (f->window->card_stack);
  const char *actions[] = { "win.import-card", "win.import-list", "win.new-pledge" };
  GyPledgeTree *tree = GY_PLEDGE_TREE (gy_window_get_tree (f->window));
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GyCard) card = NULL;
  GtkWidget *title;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->card_stack), ==, "empty");
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = find_button (page, actions[i]);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_true (gtk_widget_is_sensitive (button));
    }

  save_window (f->window, "w1-empty");
  g_signal_emit_by_name (find_button (page, "win.new-pledge"), "clicked");
  wait_idle ();
  pledges = gy_store_list_pledges (f->store, NULL);
  g_assert_cmpuint (pledges->len, ==, 1);
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 1);
  g_assert_cmpint (gy_window_get_pledge (f->window), !=, 0);
  card = gy_store_load_card (f->store, gy_window_get_pledge (f->window), NULL);
  g_assert_cmpstr (card->title, ==, "새 공약");
  g_assert_nonnull (card->term);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->card_stack), ==, "editor");
  title = (GtkWidget *) gtk_widget_get_template_child (gy_window_get_editor (f->window), GY_TYPE_CARD_EDITOR,
                                         "title_entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "새 공약");
  /* with a pledge in it, the page no longer offers the three */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (find_button (page,
                                                                 "win.new-pledge"))));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *schemas = NULL;
  int status;

  /* the user's folders and settings are the test's own */
  tmp_home = g_dir_make_tmp ("gongyak-w1-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmp_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("G_TEST_BUILDDIR") != NULL)
    {
      schemas = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "resources", NULL);
      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, TRUE);
    }
  gtk_test_init (&argc, &argv, NULL);
  if (g_getenv ("GONGYAK_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain ("gongyak", g_getenv ("GONGYAK_LOCALEDIR"));
      bind_textdomain_codeset ("gongyak", "UTF-8");
      textdomain ("gongyak");
    }
  g_resources_register (gy_get_resource ());
  g_test_add ("/window-w1/reopen-last", Fixture, NULL, fixture_set_up, test_reopen_last,
              fixture_tear_down);
  g_test_add ("/window-w1/recent-menu", Fixture, NULL, fixture_set_up, test_recent_menu,
              fixture_tear_down);
  g_test_add ("/window-w1/no-jump", Fixture, NULL, fixture_set_up, test_no_jump,
              fixture_tear_down);
  g_test_add ("/window-w1/read-only-card", Fixture, NULL, fixture_set_up, test_read_only_card,
              fixture_tear_down);
  g_test_add ("/window-w1/empty-file", Fixture, "empty", fixture_set_up, test_empty_file,
              fixture_tear_down);
  status = g_test_run ();
  remove_dir (tmp_home);
  g_free (tmp_home);
  return status;
}

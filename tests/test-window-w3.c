/* test-window-w3.c — the window from the keyboard: F6, Tab in texts, the shortcuts window,
 * the print preview's keys and the dialogs' mnemonics (under Xvfb)
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
#include "gy-card-reader.h"
#include "gy-pledge-tree.h"
#include "gy-print-preview.h"
#include "gy-resources.h"
#include "gy-window.h"
#include "gy-window-private.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

typedef struct {
  char          *dir;
  char          *path;
  GyStore       *store;
  gint64         id;
  GyApplication *app;
  GyWindow      *window;
} Fixture;

static void
wait_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
wait_frames (void)
{
  for (guint i = 0; i < 30; i++)
    {
      g_usleep (10000);
      wait_idle ();
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *card;

  f->dir = g_dir_make_tmp ("gongyak-window-w3-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "test.gongyak", NULL);
  f->store = gy_store_open (f->path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  terms = gy_store_list_terms (f->store);
  card = gy_card_read_file (SEED, terms, &error);
  g_assert_no_error (error);
  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (f->store, cards, &error));
  f->id = card->id;

  f->window = gy_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_idle ();
  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (f->window)), f->id, -1);
  wait_frames ();
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
  g_clear_object (&f->app);
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Saves what WIDGET's window shows as NAME.png in $GY_SCREENSHOT_DIR, when it is set. */
static void
save_window (GtkWidget  *window,
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
  paintable = gtk_widget_paintable_new (window);
  gtk_widget_queue_draw (window);
  wait_frames ();
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window),
                          gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
focus_of (GyWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_in (GyWindow  *window,
          GtkWidget *ancestor)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

static gboolean
in_selected_row (GtkWidget *widget,
                 GtkWidget *list)
{
  for (; widget != NULL && widget != list; widget = gtk_widget_get_parent (widget))
    if ((gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_SELECTED) != 0)
      return TRUE;
  return FALSE;
}

/* F6 takes the focus from the list to the card and back, to the same places. */
static void
test_f6 (Fixture       *f,
         gconstpointer  data)
{
  GtkWidget *tree = gy_window_get_tree (f->window);
  GtkWidget *card = GTK_WIDGET (f->window->view_stack);
  GtkWidget *list = find_type (tree, GTK_TYPE_COLUMN_VIEW);
  GtkWidget *in_card, *in_list;

  g_assert_nonnull (list);
  g_assert_true (gtk_widget_grab_focus (list));
  wait_idle ();
  g_assert_true (focus_in (f->window, list));
  in_list = focus_of (f->window);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-pane", NULL);
  wait_idle ();
  g_assert_true (focus_in (f->window, card));
  g_assert_false (focus_in (f->window, tree));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (f->window)));
  /* the officer moves on a field, goes to the list and comes back to that field */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  wait_idle ();
  g_assert_true (focus_in (f->window, card));
  in_card = focus_of (f->window);
  save_window (GTK_WIDGET (f->window), "w3-f6-card");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-pane", NULL);
  wait_idle ();
  g_assert_true (focus_in (f->window, list));
  /* on the row of the pledge the card shows, not where Tab left it */
  g_assert_true (focus_of (f->window) != in_list);
  g_assert_true (in_selected_row (focus_of (f->window), list));
  save_window (GTK_WIDGET (f->window), "w3-f6-list");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-pane", NULL);
  wait_idle ();
  g_assert_true (focus_of (f->window) == in_card);
}

static gboolean
send_key (GtkWidget       *widget,
          const char      *controller_name,
          guint            keyval,
          GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
          (controller_name != NULL &&
           g_strcmp0 (gtk_event_controller_get_name (controller), controller_name) != 0))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Tab leaves a text area of the card as it leaves an entry; Ctrl+Tab types a tab. */
static void
test_text_tab (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *editor = gy_window_get_editor (f->window);
  GtkTextView *view = GTK_TEXT_VIEW (find_type (editor, GTK_TYPE_TEXT_VIEW));
  g_autofree char *before = NULL;
  g_autofree char *after_tab = NULL;
  g_autofree char *after_ctrl_tab = NULL;

  g_assert_nonnull (view);
  g_assert_true (gtk_text_view_get_editable (view));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  wait_idle ();
  before = buffer_text (view);

  /* Tab moves the focus on to the next field of the card, the text unchanged */
  g_assert_false (gtk_text_view_get_accepts_tab (view));
  g_assert_true (send_key (GTK_WIDGET (view), NULL, GDK_KEY_Tab, 0));
  wait_idle ();
  after_tab = buffer_text (view);
  g_assert_cmpstr (after_tab, ==, before);
  g_assert_nonnull (focus_of (f->window));
  g_assert_false (focus_in (f->window, GTK_WIDGET (view)));
  g_assert_true (focus_in (f->window, editor));
  /* Shift+Tab comes back */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  g_assert_true (send_key (GTK_WIDGET (view), NULL, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  wait_idle ();
  g_assert_false (focus_in (f->window, GTK_WIDGET (view)));
  g_clear_pointer (&after_tab, g_free);
  after_tab = buffer_text (view);
  g_assert_cmpstr (after_tab, ==, before);

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &start);
  }
  g_assert_true (send_key (GTK_WIDGET (view), "gy-text-tab", GDK_KEY_Tab, GDK_CONTROL_MASK));
  after_ctrl_tab = buffer_text (view);
  g_assert_true (g_str_has_prefix (after_ctrl_tab, "\t"));
  g_assert_cmpstr (after_ctrl_tab + 1, ==, before);
}

static char *
accel_name (guint           keyval,
            GdkModifierType mods)
{
  return gtk_accelerator_name (keyval, mods);
}

/* Every accelerator the shortcuts window lists, as names gtk_accelerator_name() gives. */
static GHashTable *
listed_accels (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/gongyak/Gongyak/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

  g_assert_nonnull (overlay);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) parts = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      parts = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint keyval;
          GdkModifierType mods;

          if (*parts[i] == '\0')
            continue;
          g_assert_true (gtk_accelerator_parse (parts[i], &keyval, &mods));
          g_hash_table_add (names, accel_name (keyval, mods));
        }
    }
  if (g_getenv ("GY_SCREENSHOT_DIR") != NULL)
    {
      gtk_window_present (GTK_WINDOW (overlay));
      wait_frames ();
      save_window (overlay, "w3-shortcuts");
    }
  gtk_window_destroy (GTK_WINDOW (overlay));
  return names;
}

static void
assert_listed (GHashTable      *names,
               const char      *action,
               guint            keyval,
               GdkModifierType  mods)
{
  g_autofree char *name = accel_name (keyval, mods);

  if (!g_hash_table_contains (names, name))
    g_error ("%s (%s) is not in the shortcuts window", name, action);
}

/* Every key the window binds and every accelerator of the application shows in the shortcuts
 * window; Ctrl+P is one. */
static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GHashTable) names = listed_accels ();
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;
  guint n_window = 0, n_app = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          const char *name;

          /* the window's own actions; GtkWindow's focus keys are GTK's */
          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, "win."))
            continue;
          assert_listed (names, name, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
          n_window++;
        }
    }
  g_assert_cmpuint (n_window, >=, 15);
  assert_listed (names, "win.print", GDK_KEY_p, GDK_CONTROL_MASK);
  assert_listed (names, "win.focus-pane", GDK_KEY_F6, 0);

  /* the application's accelerators, as the program sets them at startup */
  f->app = gy_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (f->app), NULL, &error));
  g_assert_no_error (error);
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (f->app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                   actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &mods));
          assert_listed (names, actions[i], keyval, mods);
          n_app++;
        }
    }
  g_assert_cmpuint (n_app, >=, 3);
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static GyPrintPreview *
find_preview (void)
{
  return (GyPrintPreview *) find_toplevel (GY_TYPE_PRINT_PREVIEW);
}

/* The preview's keys turn the pages and zoom; its buttons say so. */
static void
test_preview_keys (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GyPrintOperation) operation = gy_window_new_print_operation (f->window, "win.print");
  g_autoptr(GError) error = NULL;
  GyPrintPreview *preview = NULL;
  GtkWidget *dialog;
  GtkWidget *widget;
  int n;
  double fit_zoom, zoom_in;

  g_assert_nonnull (operation);
  gy_print_preview_attach (GTK_PRINT_OPERATION (operation));
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PREVIEW,
                           GTK_WINDOW (f->window), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 500; i++)
    {
      g_usleep (10000);
      wait_idle ();
      preview = find_preview ();
      if (preview != NULL && gy_print_preview_get_n_pages (preview) > 0)
        break;
    }
  g_assert_nonnull (preview);
  widget = GTK_WIDGET (preview);
  n = gy_print_preview_get_n_pages (preview);
  g_assert_cmpint (n, >=, 3);
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, 0);
  wait_frames ();

  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Page_Down, 0));
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, 1);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Right, 0));
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, 2);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Page_Up, 0));
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, 1);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_End, 0));
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, n - 1);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Page_Down, 0));
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, n - 1);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Home, 0));
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, 0);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Down, 0));
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Left, 0));
  g_assert_cmpint (gy_print_preview_get_page (preview), ==, 0);

  /* the page fits the window until zoomed */
  g_assert_cmpfloat (gy_print_preview_get_zoom (preview), ==, 0);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_plus, GDK_CONTROL_MASK));
  zoom_in = gy_print_preview_get_zoom (preview);
  g_assert_cmpfloat (zoom_in, >, 0);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_equal, GDK_CONTROL_MASK));
  g_assert_cmpfloat_with_epsilon (gy_print_preview_get_zoom (preview), zoom_in * 1.25, 1e-9);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_minus, GDK_CONTROL_MASK));
  fit_zoom = zoom_in / 1.25;
  g_assert_cmpfloat_with_epsilon (gy_print_preview_get_zoom (preview), fit_zoom, 1e-9);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_plus, GDK_CONTROL_MASK));
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_plus, GDK_CONTROL_MASK));
  wait_frames ();
  save_window (widget, "w3-preview-zoomed");
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_0, GDK_CONTROL_MASK));
  g_assert_cmpfloat (gy_print_preview_get_zoom (preview), ==, 0);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_Page_Down, 0));
  save_window (widget, "w3-preview");

  /* Print: the preview makes way for the print dialog of the same pledges */
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *) &preview);
  g_assert_true (send_key (widget, "gy-preview-keys", GDK_KEY_p, GDK_CONTROL_MASK));
  dialog = NULL;
  for (guint i = 0; i < 300 && dialog == NULL; i++)
    {
      g_usleep (10000);
      wait_idle ();
      dialog = find_toplevel (GTK_TYPE_DIALOG);
    }
  g_assert_null (preview);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (dialog), ==, "GtkPrintUnixDialog");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  wait_frames ();
  g_assert_null (find_toplevel (GTK_TYPE_DIALOG));
}

static GHashTable *
read_po (const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *msgid = NULL;
  gboolean context = FALSE;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "msgctxt "))
        context = TRUE;
      else if (g_str_has_prefix (line, "msgid \""))
        {
          g_free (msgid);
          msgid = g_strndup (line + 7, strlen (line) - 8);
        }
      else if (g_str_has_prefix (line, "msgstr \"") && msgid != NULL)
        {
          if (!context)
            g_hash_table_replace (entries, g_steal_pointer (&msgid),
                                  g_strndup (line + 8, strlen (line) - 9));
          g_clear_pointer (&msgid, g_free);
          context = FALSE;
        }
    }
  return entries;
}

static gunichar
mnemonic (const char *label)
{
  const char *underscore = strchr (label, '_');

  g_assert_nonnull (underscore);
  return g_unichar_tolower (g_utf8_get_char (underscore + 1));
}

/* The buttons of one dialog have different keys in Korean. */
static void
test_mnemonics (void)
{
  /* the buttons that show together: each file dialog's accept and cancel, the list import
   * dialog's, the print preview's */
  static const char * const dialogs[][2] = {
    { "_Create", "_Cancel" },
    { "_Open", "_Cancel" },
    { "_Import", "_Cancel" },
    { "_Export", "_Cancel" },
    { "_Save", "_Cancel" },
  };
  g_autoptr(GHashTable) ko = read_po (SOURCE_DIR "/po/ko.po");

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      const char *a = g_hash_table_lookup (ko, dialogs[i][0]);
      const char *b = g_hash_table_lookup (ko, dialogs[i][1]);

      g_assert_nonnull (a);
      g_assert_nonnull (b);
      if (mnemonic (a) == mnemonic (b))
        g_error ("%s and %s share a key", a, b);
    }
  g_assert_cmpstr (g_hash_table_lookup (ko, "_Create"), ==, "만들기(_R)");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (g_getenv ("GONGYAK_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain ("gongyak", g_getenv ("GONGYAK_LOCALEDIR"));
      bind_textdomain_codeset ("gongyak", "UTF-8");
      textdomain ("gongyak");
    }
  g_resources_register (gy_get_resource ());
  {
    /* the program's style, as the application loads it */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/gongyak/Gongyak/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_test_add ("/window-w3/f6", Fixture, NULL, fixture_set_up, test_f6, fixture_tear_down);
  g_test_add ("/window-w3/text-tab", Fixture, NULL, fixture_set_up, test_text_tab,
              fixture_tear_down);
  g_test_add ("/window-w3/shortcuts", Fixture, NULL, fixture_set_up, test_shortcuts,
              fixture_tear_down);
  g_test_add ("/window-w3/preview-keys", Fixture, NULL, fixture_set_up, test_preview_keys,
              fixture_tear_down);
  g_test_add_func ("/window-w3/mnemonics", test_mnemonics);
  return g_test_run ();
}

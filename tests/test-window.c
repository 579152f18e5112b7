/* test-window.c — the main window, driven as an officer would (under Xvfb)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "gy-card-editor.h"
#include "gy-card-reader.h"
#include "gy-money-grid.h"
#include "gy-pledge-tree.h"
#include "gy-resources.h"
#include "gy-window.h"
#include "gy-window-private.h"

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

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *card;

  f->dir = g_dir_make_tmp ("gongyak-window-XXXXXX", &error);
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
  g_free (f->path);
  g_free (f->dir);
}

static gint64
stored (Fixture    *f,
        const char *source,
        guint       year)
{
  g_autoptr(GyCard) card = gy_store_load_card (f->store, f->id, NULL);

  for (guint i = 0; i < card->money->len; i++)
    {
      GyMoneyRow *row = g_ptr_array_index (card->money, i);
      if (g_str_equal (row->source, source))
        return row->years[year];
    }
  g_assert_not_reached ();
}

static const char *
cell_text (GyMoneyGrid *grid,
           const char  *source,
           const char  *column)
{
  GtkWidget *cell = gy_money_grid_get_cell (grid, source, column);

  g_assert_nonnull (cell);
  return GTK_IS_LABEL (cell) ? gtk_label_get_text (GTK_LABEL (cell))
                             : gtk_editable_get_text (GTK_EDITABLE (cell));
}

static char *
findings_text (GyCardEditor *editor)
{
  GString *s = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (gy_card_editor_get_findings (editor));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (s, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
  return g_string_free (s, FALSE);
}

/* Select the pledge, change 국비 2019 from 800 to 850 in the grid, then undo. */
static void
test_money_edit_and_undo (Fixture       *f,
                          gconstpointer  data)
{
  GyPledgeTree *tree = GY_PLEDGE_TREE (gy_window_get_tree (f->window));
  GyCardEditor *editor = GY_CARD_EDITOR (gy_window_get_editor (f->window));
  GyMoneyGrid *grid = gy_card_editor_get_money_grid (editor);
  GtkWidget *cell;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) history = NULL;
  GyChange *change;

  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 1);
  g_assert_true (gy_pledge_tree_select (tree, f->id, -1));
  wait_idle ();
  g_assert_cmpint (gy_window_get_pledge (f->window), ==, f->id);
  g_assert_cmpstr (cell_text (grid, "국비", "2019"), ==, "800");
  g_assert_cmpstr (cell_text (grid, "계", "2019"), ==, "1,325");
  g_assert_cmpstr (cell_text (grid, "계", "2022H1"), ==, "2,816");
  before = findings_text (editor);
  g_assert_cmpstr (before, ==, "");

  /* the reason typed once goes into the history with the edit */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                                      GY_TYPE_CARD_EDITOR,
                                                                      "reason_entry")),
                         "국비 감액 (시민평가단 승인)");
  cell = gy_money_grid_get_cell (grid, "국비", "2019");
  g_assert_true (GTK_IS_ENTRY (cell));
  gtk_editable_set_text (GTK_EDITABLE (cell), "850");
  g_signal_emit_by_name (cell, "activate");
  wait_idle ();

  g_assert_cmpint (stored (f, "국비", 1), ==, 850000);
  g_assert_cmpstr (cell_text (grid, "국비", "2019"), ==, "850");
  g_assert_cmpstr (cell_text (grid, "국비", "sub"), ==, "8,130");
  g_assert_cmpstr (cell_text (grid, "국비", "total"), ==, "8,130");
  g_assert_cmpstr (cell_text (grid, "계", "2019"), ==, "1,375");
  g_assert_cmpstr (cell_text (grid, "계", "total"), ==, "10,982");
  /* the table adds up again; the overview's 소요예산 line no longer does */
  after = findings_text (editor);
  g_assert_nonnull (strstr (after, "사업개요 소요예산 says 10,932 but the money table's 총사업비 is 10,982"));
  g_assert_nonnull (strstr (after, "사업개요 소요예산 gives 국비 8,080 but the money table's 국비 총사업비 is 8,130"));
  g_assert_null (strstr (after, "row:"));
  g_assert_null (strstr (after, "column:"));
  g_assert_true (gtk_widget_has_css_class (gy_money_grid_get_cell (grid, "국비", "total"), "rule-failed"));

  history = gy_store_list_history (f->store, f->id, NULL);
  g_assert_cmpuint (history->len, ==, 1);
  change = g_ptr_array_index (history, 0);
  g_assert_cmpstr (change->what, ==, "연차별 투자수요 국비 2019");
  g_assert_cmpstr (change->before, ==, "800");
  g_assert_cmpstr (change->after, ==, "850");
  g_assert_cmpstr (change->reason, ==, "국비 감액 (시민평가단 승인)");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  wait_idle ();
  g_assert_cmpint (stored (f, "국비", 1), ==, 800000);
  g_assert_cmpstr (cell_text (grid, "국비", "2019"), ==, "800");
  g_assert_cmpstr (cell_text (grid, "계", "2019"), ==, "1,325");
  g_clear_pointer (&history, g_ptr_array_unref);
  history = gy_store_list_history (f->store, f->id, NULL);
  g_assert_cmpuint (history->len, ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  wait_idle ();
  g_assert_cmpint (stored (f, "국비", 1), ==, 850000);
}

/* A typing mistake in a money cell is shown on the cell and nothing is written. */
static void
test_money_bad_input (Fixture       *f,
                      gconstpointer  data)
{
  GyCardEditor *editor = GY_CARD_EDITOR (gy_window_get_editor (f->window));
  GyMoneyGrid *grid = gy_card_editor_get_money_grid (editor);
  GtkWidget *cell;

  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (f->window)), f->id, -1);
  wait_idle ();
  cell = gy_money_grid_get_cell (grid, "도비", "2020");
  gtk_editable_set_text (GTK_EDITABLE (cell), "16O");
  g_signal_emit_by_name (cell, "activate");
  wait_idle ();
  g_assert_true (gtk_widget_has_css_class (cell, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "16O"));
  g_assert_cmpint (stored (f, "도비", 2), ==, 160000);
}

/* The search finds a pledge by a word deep in its card, and hides it for other words. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GyPledgeTree *tree = GY_PLEDGE_TREE (gy_window_get_tree (f->window));

  gy_pledge_tree_set_search (tree, "부산");
  wait_idle ();
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 0);
  gy_pledge_tree_set_search (tree, "미래혁신");
  wait_idle ();
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 1);
  /* 참여인원 is only in the 2019 yearly row: found by the background search */
  gy_pledge_tree_set_search (tree, "참여인원");
  for (guint i = 0; i < 200 && gy_pledge_tree_count_visible (tree) == 0; i++)
    {
      g_usleep (10000);
      wait_idle ();
    }
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 1);
}

/* Editing a text block goes through the card reader and lands in the store. */
static void
test_text_edit (Fixture       *f,
                gconstpointer  data)
{
  GyCardEditor *editor = GY_CARD_EDITOR (gy_window_get_editor (f->window));
  GyCard *card;
  g_autoptr(GyCard) saved = NULL;

  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (f->window)), f->id, -1);
  wait_idle ();
  card = gy_card_editor_get_card (editor);
  g_free (card->lead_dept);
  card->lead_dept = g_strdup ("기획예산과");
  g_signal_emit_by_name (editor, "edited", "주관부서");
  wait_idle ();
  saved = gy_store_load_card (f->store, f->id, NULL);
  g_assert_cmpstr (saved->lead_dept, ==, "기획예산과");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  wait_idle ();
  g_clear_pointer (&saved, gy_card_free);
  saved = gy_store_load_card (f->store, f->id, NULL);
  g_assert_cmpstr (saved->lead_dept, ==, "미래혁신전략과");
}

/* Import, as a drop on the window does it: a good card lands; a bad one lands nothing. */
static void
test_import_files (Fixture       *f,
                   gconstpointer  data)
{
  GyPledgeTree *tree = GY_PLEDGE_TREE (gy_window_get_tree (f->window));
  g_autoptr(GFile) district = g_file_new_for_path (TEST_DATA_DIR "/cards/district.txt");
  g_autoptr(GFile) bad = g_file_new_for_path (TEST_DATA_DIR "/cards/bad/letter-in-number.txt");
  GFile *both[] = { district, bad };

  gy_window_import_files (f->window, both, 2);
  wait_idle ();
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 1);
  g_assert_nonnull (strstr (gtk_label_get_text (f->window->message_label), "letter-in-number.txt:10"));
  g_assert_nonnull (strstr (gtk_label_get_text (f->window->message_label), "Nothing was imported."));

  gy_window_import_files (f->window, both, 1);
  wait_idle ();
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 2);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (f->window->message_label), "Imported 1 card."));
  /* the new pledge is selected and shown */
  g_assert_cmpint (gy_window_get_pledge (f->window), !=, f->id);
  g_assert_cmpint (gy_window_get_pledge (f->window), !=, 0);
}

/* The workbook is written by a worker thread while the progress bar shows. */
static void
test_export_workbook (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "province.xlsx", NULL);
  GtkWidget *bar = GTK_WIDGET (f->window->progress_bar);

  gy_window_export_workbook (f->window, path);
  g_assert_true (gtk_widget_get_visible (bar));
  for (guint i = 0; i < 1000 && gtk_widget_get_visible (bar); i++)
    {
      g_usleep (5000);
      wait_idle ();
    }
  g_assert_false (gtk_widget_get_visible (bar));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (gtk_label_get_text (f->window->message_label), "province.xlsx"));
}

/* Text still being typed is saved when the window closes, or is destroyed outright as when
 * the application quits. */
static void
test_close_commits (Fixture       *f,
                    gconstpointer  data)
{
  gboolean destroy = GPOINTER_TO_INT (data);
  GtkWidget *editor = gy_window_get_editor (f->window);
  GtkWidget *title;
  g_autoptr(GyCard) saved = NULL;

  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (f->window)), f->id, -1);
  wait_idle ();
  title = GTK_WIDGET (gtk_widget_get_template_child (editor, GY_TYPE_CARD_EDITOR, "title_entry"));
  gtk_widget_grab_focus (title);
  wait_idle ();
  gtk_editable_set_text (GTK_EDITABLE (title), "4차 산업혁명 혁신역량 강화사업");
  if (destroy)
    gtk_window_destroy (GTK_WINDOW (f->window));
  else
    gtk_window_close (GTK_WINDOW (f->window));
  f->window = NULL;
  wait_idle ();
  saved = gy_store_load_card (f->store, f->id, NULL);
  g_assert_cmpstr (saved->title, ==, "4차 산업혁명 혁신역량 강화사업");
}

/* A file opened read-only shows so, and offers no edit. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  GyWindow *window;
  GyCardEditor *editor;
  GtkWidget *cell;

  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  g_clear_object (&f->store);
  store = gy_store_open (f->path, GY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = gy_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  wait_idle ();

  g_assert_nonnull (strstr (gtk_label_get_text (window->subtitle_label), "read-only"));
  gy_pledge_tree_select (GY_PLEDGE_TREE (gy_window_get_tree (window)), f->id, -1);
  wait_idle ();
  editor = GY_CARD_EDITOR (gy_window_get_editor (window));
  cell = gy_money_grid_get_cell (gy_card_editor_get_money_grid (editor), "국비", "2019");
  g_assert_false (gtk_widget_get_sensitive (cell));
  {
    /* nothing is imported into a read-only file, and the file is not touched */
    g_autoptr(GFile) district = g_file_new_for_path (TEST_DATA_DIR "/cards/district.txt");

    gy_window_import_files (window, &district, 1);
    wait_idle ();
    g_assert_cmpuint (gy_pledge_tree_count_visible (GY_PLEDGE_TREE (gy_window_get_tree (window))),
                      ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
  f->store = g_object_ref (store);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_resources_register (gy_get_resource ());
  g_test_add ("/window/money/edit-and-undo", Fixture, NULL, fixture_set_up,
              test_money_edit_and_undo, fixture_tear_down);
  g_test_add ("/window/money/bad-input", Fixture, NULL, fixture_set_up, test_money_bad_input,
              fixture_tear_down);
  g_test_add ("/window/tree/search", Fixture, NULL, fixture_set_up, test_search,
              fixture_tear_down);
  g_test_add ("/window/card/edit-and-undo", Fixture, NULL, fixture_set_up, test_text_edit,
              fixture_tear_down);
  g_test_add ("/window/import-files", Fixture, NULL, fixture_set_up, test_import_files,
              fixture_tear_down);
  g_test_add ("/window/export-workbook", Fixture, NULL, fixture_set_up, test_export_workbook,
              fixture_tear_down);
  g_test_add ("/window/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);
  g_test_add ("/window/close-commits", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_close_commits, fixture_tear_down);
  g_test_add ("/window/destroy-commits", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_close_commits, fixture_tear_down);
  return g_test_run ();
}

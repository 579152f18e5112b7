/* test-window-w2.c — the pledge tree as an officer reads it all day (under Xvfb): 번호 and
 * 총사업비 in sight, counts and the dashboard following the filter, failing cards marked
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "gy-card-reader.h"
#include "gy-chart-view.h"
#include "gy-pledge-tree.h"
#include "gy-resources.h"
#include "gy-window.h"
#include "gy-window-private.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

/* Three copies of the real card: A "1-15" (its 분야 and 부서), B "1-2" of another 부서,
 * C "2-1" of another 분야. */
typedef struct {
  char     *dir;
  char     *path;
  GyStore  *store;
  gint64    a, b, c;
  char     *sector;        /* A's and B's */
  char     *other_sector;  /* C's */
  char     *dept;          /* A's and C's */
  GyWindow *window;
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
  /* past the tree's pause before the dashboard follows a filter */
  for (guint i = 0; i < 40; i++)
    {
      g_usleep (10000);
      wait_idle ();
    }
}

static GyCard *
seed_copy (GPtrArray  *terms,
           const char *number)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (SEED, terms, &error);

  g_assert_no_error (error);
  g_free (card->number);
  card->number = g_strdup (number);
  return card;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *a, *b, *c;

  f->dir = g_dir_make_tmp ("gongyak-w2-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "test.gongyak", NULL);
  f->store = gy_store_open (f->path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  terms = gy_store_list_terms (f->store);
  a = seed_copy (terms, "1-15");
  b = seed_copy (terms, "1-2");
  c = seed_copy (terms, "2-1");
  g_free (a->title);
  a->title = g_strdup ("스마트시티 조성");
  g_free (b->title);
  b->title = g_strdup ("청년 일자리 지원");
  g_free (b->lead_dept);
  b->lead_dept = g_strdup ("일자리경제과");
  g_free (c->title);
  c->title = g_strdup ("문화예술회관 건립");
  f->sector = g_strdup ("일자리경제");
  f->other_sector = g_strdup ("문화관광");
  g_free (a->sector);
  a->sector = g_strdup (f->sector);
  g_free (b->sector);
  b->sector = g_strdup (f->sector);
  g_free (c->sector);
  c->sector = g_strdup (f->other_sector);
  f->dept = g_strdup (a->lead_dept);
  if (data != NULL)
    {
      /* A's 국비 of the second year no longer adds up to its 소계 */
      GyMoneyRow *row = g_ptr_array_index (a->money, 0);

      row->years[1] += 1;
    }
  g_ptr_array_add (cards, a);
  g_ptr_array_add (cards, b);
  g_ptr_array_add (cards, c);
  g_assert_true (gy_store_import_cards (f->store, cards, &error));
  g_assert_no_error (error);
  f->a = a->id;
  f->b = b->id;
  f->c = c->id;
  g_assert_cmpint (f->a, !=, f->b);
  g_assert_cmpint (f->b, !=, f->c);

  f->window = gy_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
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
  g_free (f->sector);
  g_free (f->other_sector);
  g_free (f->dept);
}

static GyPledgeTree *
tree_of (Fixture *f)
{
  return GY_PLEDGE_TREE (gy_window_get_tree (f->window));
}

static GtkWidget *
tree_child (Fixture    *f,
            const char *name)
{
  return (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (tree_of (f)),
                                                      GY_TYPE_PLEDGE_TREE, name);
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

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
select_in (GtkDropDown *drop,
           const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      {
        gtk_drop_down_set_selected (drop, i);
        return TRUE;
      }
  return FALSE;
}

/* The 번호 "1-15" shows whole, and 총사업비 ends inside the tree, with a card open. */
static void
assert_widths (Fixture    *f,
               const char *shot)
{
  GtkWidget *view = tree_child (f, "column_view");
  GtkWidget *scrolled = gtk_widget_get_parent (view);
  GtkWidget *number;
  GtkWidget *total;
  graphene_rect_t bounds;
  int natural;

  wait_frames ();
  save_window (f->window, shot);
  number = find_label (view, "1-15");
  g_assert_nonnull (number);
  gtk_widget_measure (number, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (number), >=, natural);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (number))));

  /* the header and a figure: 10,932 백만원 in 천원 */
  for (guint i = 0; i < 2; i++)
    {
      total = find_label (view, i == 0 ? _("Total cost") : "10,932");
      g_assert_nonnull (total);
      gtk_widget_measure (total, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (total), >=, natural);
      g_assert_true (gtk_widget_compute_bounds (total, scrolled, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (scrolled));
    }
}

static void
test_widths (Fixture       *f,
             gconstpointer  data)
{
  gy_pledge_tree_select (tree_of (f), f->a, -1);
  assert_widths (f, "w2-1280");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1366, 768);
  assert_widths (f, "w2-1366");

  /* every term, each over its 분야: one level deeper */
  gy_pledge_tree_set_term (tree_of (f), NULL);
  gy_pledge_tree_select (tree_of (f), f->a, -1);
  assert_widths (f, "w2-all-terms");
}

static const char *
count_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (tree_child (f, "count_label")));
}

/* The footer's text in the window's language: "3 pledges", "공약 3건 중 2건". */
static void
assert_count_text (Fixture    *f,
                   guint       all,
                   const char *shown_text,
                   const char *all_text)
{
  g_autofree char *expected = NULL;

  if (g_str_equal (shown_text, all_text))
    expected = g_strdup_printf (g_dngettext ("gongyak", "%s pledge", "%s pledges", all), all_text);
  else
    expected = g_strdup_printf (g_dngettext ("gongyak", "%s of %s pledge", "%s of %s pledges",
                                             all), shown_text, all_text);
  g_assert_cmpstr (count_text (f), ==, expected);
}

static void
assert_count (Fixture *f,
              guint    shown,
              guint    all)
{
  g_autofree char *shown_text = g_strdup_printf ("%u", shown);
  g_autofree char *all_text = g_strdup_printf ("%u", all);

  assert_count_text (f, all, shown_text, all_text);
}

/* The 분야 rows and the footer count what the filter shows. */
static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *view = tree_child (f, "column_view");
  g_autofree char *two = g_strdup_printf ("%s (2)", f->sector);
  g_autofree char *one = g_strdup_printf ("%s (1)", f->sector);
  g_autofree char *other = g_strdup_printf ("%s (1)", f->other_sector);

  g_assert_nonnull (find_label (view, two));
  g_assert_nonnull (find_label (view, other));
  assert_count (f, 3, 3);

  g_assert_true (select_in (GTK_DROP_DOWN (tree_child (f, "dept_drop")), f->dept));
  wait_frames ();
  save_window (f->window, "w2-counts-dept");
  g_assert_null (find_label (view, two));
  g_assert_nonnull (find_label (view, one));
  g_assert_nonnull (find_label (view, other));
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree_of (f)), ==, 2);
  assert_count (f, 2, 3);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (tree_child (f, "dept_drop")), 0);
  gy_pledge_tree_set_search (tree_of (f), "청년");
  wait_frames ();
  g_assert_nonnull (find_label (view, one));
  g_assert_null (find_label (view, other));
  assert_count (f, 1, 3);
}

/* Counts from a thousand up read "1,003", in the footer and on the 분야 rows. */
static void
test_count_separators (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = gy_store_list_terms (f->store);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autofree char *heading = g_strdup_printf ("%s (1,001)", f->other_sector);
  g_autofree char *found = g_strdup_printf ("%s (1,000)", f->other_sector);

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *number = g_strdup_printf ("3-%u", i + 1);
      GyCard *card = seed_copy (terms, number);

      g_free (card->sector);
      card->sector = g_strdup (f->other_sector);
      g_free (card->title);
      card->title = g_strdup_printf ("생활체육시설 %u", i + 1);
      g_ptr_array_add (cards, card);
    }
  g_assert_true (gy_store_import_cards (f->store, cards, &error));
  g_assert_no_error (error);
  gy_pledge_tree_reload (tree_of (f));
  wait_frames ();
  assert_count_text (f, 1003, "1,003", "1,003");
  g_assert_nonnull (find_label (tree_child (f, "column_view"), heading));

  gy_pledge_tree_set_search (tree_of (f), "생활체육");
  wait_frames ();
  assert_count_text (f, 1003, "1,000", "1,003");
  g_assert_nonnull (find_label (tree_child (f, "column_view"), found));
}

/* The dashboard draws what the filter shows: a 분야 chosen, only that 분야; a search, only
 * the pledges found. */
static void
test_dashboard (Fixture       *f,
                gconstpointer  data)
{
  GyChartData *chart;

  gtk_stack_set_visible_child_name (f->window->view_stack, "dashboard");
  wait_frames ();
  g_assert_true (select_in (GTK_DROP_DOWN (tree_child (f, "sector_drop")), f->other_sector));
  for (guint i = 0; i < 500; i++)
    {
      chart = gy_chart_view_get_data (g_ptr_array_index (f->window->dashboard, 0));
      if (gy_chart_data_get_n_categories (chart) == 1)
        break;
      g_usleep (10000);
      wait_idle ();
    }
  save_window (f->window, "w2-dashboard-sector");
  g_assert_cmpuint (f->window->dashboard->len, ==, 4);
  chart = gy_chart_view_get_data (g_ptr_array_index (f->window->dashboard, 0));
  g_assert_cmpint (gy_chart_data_get_kind (chart), ==, GY_CHART_BODY_SECTORS);
  g_assert_cmpuint (gy_chart_data_get_n_categories (chart), ==, 1);
  g_assert_cmpstr (gy_chart_data_get_category_name (chart, 0), ==, f->other_sector);

  /* all 분야, the search finds B alone: one 분야, B's */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tree_child (f, "sector_drop")), 0);
  gy_pledge_tree_set_search (tree_of (f), "청년");
  /* the dashboard follows once the typing pauses */
  for (guint i = 0; i < 500; i++)
    {
      chart = gy_chart_view_get_data (g_ptr_array_index (f->window->dashboard, 0));
      if (g_strcmp0 (gy_chart_data_get_category_name (chart, 0), f->sector) == 0)
        break;
      g_usleep (10000);
      wait_idle ();
    }
  chart = gy_chart_view_get_data (g_ptr_array_index (f->window->dashboard, 0));
  g_assert_cmpuint (gy_chart_data_get_n_categories (chart), ==, 1);
  g_assert_cmpstr (gy_chart_data_get_category_name (chart, 0), ==, f->sector);
  /* the 이행상태 chart counts the one pledge */
  {
    GyChartData *statuses = gy_chart_view_get_data (g_ptr_array_index (f->window->dashboard, 1));
    gint64 n = 0;

    for (guint i = 0; i < gy_chart_data_get_n_categories (statuses); i++)
      n += MAX (gy_chart_data_get_value (statuses, i, 0), 0);
    g_assert_cmpint (n, ==, 1);
  }
}

/* A's year cell was changed: the checks, run aside, mark A and only A, the marker's tooltip
 * says the rule; "점검 실패" shows A alone. */
static void
test_check_marker (Fixture       *f,
                   gconstpointer  data)
{
  GyPledgeTree *tree = tree_of (f);
  GtkWidget *view = tree_child (f, "column_view");
  GtkDropDown *status_drop = GTK_DROP_DOWN (tree_child (f, "status_drop"));
  GtkWidget *title;
  GtkWidget *marker;
  const char *failure;

  for (guint i = 0; i < 500 && gy_pledge_tree_get_failure (tree, f->a) == NULL; i++)
    {
      g_usleep (10000);
      wait_idle ();
    }
  failure = gy_pledge_tree_get_failure (tree, f->a);
  g_assert_nonnull (failure);
  g_assert_nonnull (strstr (failure, "국비"));
  g_assert_null (gy_pledge_tree_get_failure (tree, f->b));
  g_assert_null (gy_pledge_tree_get_failure (tree, f->c));
  wait_frames ();

  title = find_label (view, "스마트시티 조성");
  g_assert_nonnull (title);
  marker = gtk_widget_get_prev_sibling (title);
  g_assert_true (GTK_IS_IMAGE (marker));
  g_assert_true (gtk_widget_get_mapped (marker));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (marker), ==, failure);
  title = find_label (view, "청년 일자리 지원");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_prev_sibling (title)));
  save_window (f->window, "w2-check-marker");

  g_assert_true (select_in (status_drop, _("Failing a check")));
  wait_frames ();
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 1);
  g_assert_true (gy_pledge_tree_select (tree, f->a, -1));
  g_assert_false (gy_pledge_tree_select (tree, f->b, -1));
  save_window (f->window, "w2-check-filter");

  gtk_drop_down_set_selected (status_drop, 0);
  wait_frames ();
  g_assert_cmpuint (gy_pledge_tree_count_visible (tree), ==, 3);
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
  g_test_add ("/window-w2/widths", Fixture, NULL, fixture_set_up, test_widths,
              fixture_tear_down);
  g_test_add ("/window-w2/counts", Fixture, NULL, fixture_set_up, test_counts,
              fixture_tear_down);
  g_test_add ("/window-w2/count-separators", Fixture, NULL, fixture_set_up,
              test_count_separators, fixture_tear_down);
  g_test_add ("/window-w2/dashboard", Fixture, NULL, fixture_set_up, test_dashboard,
              fixture_tear_down);
  g_test_add ("/window-w2/check-marker", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_check_marker, fixture_tear_down);
  return g_test_run ();
}

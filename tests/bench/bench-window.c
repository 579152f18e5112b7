/* bench-window.c — the window's first frame and the tree's filter at scale
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, never pass/fail. The parent makes a database of N generated pledges
 * and an empty one, then runs itself as a child for each (five times) to time the
 * window from construction to its first painted frame and the child's peak memory;
 * a last child times the search filter on a keystroke. Needs a display (Xvfb).
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gy-card-writer.h"
#include "gy-gen.h"
#include "gy-pledge-tree.h"
#include "gy-resources.h"
#include "gy-window.h"

static gint64 start_us;
static double first_frame_ms;
static double loaded_ms;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       loop)
{
  if (first_frame_ms == 0)
    first_frame_ms = (g_get_monotonic_time () - start_us) / 1000.0;
  if (loaded_ms > 0)
    g_main_loop_quit (loop);
}

static void
on_loaded (GyPledgeTree *tree,
           gpointer      loop)
{
  if (loaded_ms == 0)
    loaded_ms = (g_get_monotonic_time () - start_us) / 1000.0;
}

static void
on_realize (GtkWidget *widget,
            gpointer   loop)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), loop);
}

/* Child: open DB, show the window, print the first frame's time (and the filter's). */
static int
child_main (const char *db,
            gboolean    filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GyStore) store = NULL;
  GyWindow *window;

  gtk_init ();
  g_resources_register (gy_get_resource ());
  start_us = g_get_monotonic_time ();
  store = gy_store_open (db, GY_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  window = gy_window_new (NULL, store);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), loop);
  g_signal_connect (gy_window_get_tree (window), "loaded", G_CALLBACK (on_loaded), loop);
  gtk_window_present (GTK_WINDOW (window));
  g_main_loop_run (loop);
  g_print ("%.1f %.1f\n", first_frame_ms, loaded_ms);

  if (filter)
    {
      GyPledgeTree *tree = GY_PLEDGE_TREE (gy_window_get_tree (window));
      const char *keys[] = { "스", "스마", "스마트", "도시", "x" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          gint64 t0 = g_get_monotonic_time ();

          gy_pledge_tree_set_search (tree, keys[i]);
          g_print ("filter %s %.1f %u\n", keys[i], (g_get_monotonic_time () - t0) / 1000.0,
                   gy_pledge_tree_count_visible (tree));
        }
    }
  return 0;
}

/* The floor: a plain six-column GtkColumnView over a flat filtered list of N items, with no
 * Gongyak code, refiltered the same number of times. What GTK itself costs per change. */
static int baseline_step;

static gboolean
baseline_filter (gpointer item,
                 gpointer user_data)
{
  int n = GPOINTER_TO_INT (g_object_get_data (item, "n"));

  return baseline_step == 0 || n % baseline_step == 0;
}

static void
baseline_setup (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  data)
{
  gtk_list_item_set_child (item, gtk_label_new (NULL));
}

static void
baseline_bind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  char text[32];

  g_snprintf (text, sizeof text, "%d",
              GPOINTER_TO_INT (g_object_get_data (gtk_list_item_get_item (item), "n")));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static int
baseline_main (guint n)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  GtkCustomFilter *filter = gtk_custom_filter_new (baseline_filter, NULL, NULL);
  GtkFilterListModel *filtered;
  GtkWidget *view, *scroll, *window;
  const int steps[] = { 7, 3, 11, 0, 5 };

  gtk_init ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);
      g_object_set_data (item, "n", GINT_TO_POINTER (i));
      g_list_store_append (store, item);
    }
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)), GTK_FILTER (filter));
  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (filtered))));
  for (guint c = 0; c < 6; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (baseline_setup), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (baseline_bind), NULL);
      column = gtk_column_view_column_new ("", factory);
      gtk_column_view_column_set_fixed_width (column, 90);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }
  scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), view);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), scroll);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      baseline_step = steps[i];
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);
      g_print ("baseline %.1f %u\n", (g_get_monotonic_time () - t0) / 1000.0,
               g_list_model_get_n_items (G_LIST_MODEL (filtered)));
    }
  return 0;
}

static gboolean
make_db (const char *path,
         guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = gy_store_open (path, GY_STORE_OPEN_CREATE, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261125);
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  const char *sectors[] = { "일자리경제", "복지", "문화관광", "도시교통", "환경", "교육", "행정" };

  if (store == NULL)
    return FALSE;
  terms = gy_store_list_terms (store);
  for (guint i = 0; i < n; i++)
    {
      GyCard *card = gy_gen_card (rand, i, g_ptr_array_index (terms, terms->len - 1));

      card->sector = g_strdup (sectors[i % G_N_ELEMENTS (sectors)]);
      g_ptr_array_add (cards, card);
    }
  return n == 0 || gy_store_import_cards (store, cards, &error);
}

/* Runs ourselves as a child; returns its output and peak memory in KiB. */
static char *
run_child (const char *self_path,
           const char *db,
           const char *mode,
           long       *peak_kib)
{
  int fds[2];
  struct rusage usage;
  int status;
  pid_t pid;
  GString *out = g_string_new (NULL);
  char buf[4096];
  ssize_t n;

  if (pipe (fds) != 0)
    return NULL;
  pid = fork ();
  if (pid == 0)
    {
      dup2 (fds[1], 1);
      close (fds[0]);
      execl (self_path, self_path, "--child", db, mode, NULL);
      _exit (127);
    }
  close (fds[1]);
  while ((n = read (fds[0], buf, sizeof buf)) > 0)
    g_string_append_len (out, buf, n);
  close (fds[0]);
  wait4 (pid, &status, 0, &usage);
  *peak_kib = usage.ru_maxrss;
  return g_string_free (out, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The number after the first line starting with PREFIX and a word ("filter 스 12.3 …"). */
static double
first_value (const char *text,
             const char *prefix)
{
  const char *line = strstr (text, prefix);
  const char *p;

  if (line == NULL)
    return 0;
  p = line + strlen (prefix);
  if (!g_str_has_prefix (prefix, "baseline"))
    p = strchr (p, ' ');
  return p != NULL ? g_ascii_strtod (p, NULL) : 0;
}

/* Median of five runs: the first frame, and the moment the pledges are listed. */
static double
median_frame (const char *self_path,
              const char *db,
              long       *peak,
              double     *loaded)
{
  double times[5], loads[5];

  *peak = 0;
  for (guint r = 0; r < 5; r++)
    {
      long run_peak = 0;
      g_autofree char *out = run_child (self_path, db, "frame", &run_peak);
      char *end = NULL;

      times[r] = out != NULL ? g_ascii_strtod (out, &end) : 0;
      loads[r] = end != NULL ? g_ascii_strtod (end, NULL) : 0;
      *peak = MAX (*peak, run_peak);
    }
  qsort (times, 5, sizeof times[0], compare_doubles);
  qsort (loads, 5, sizeof loads[0], compare_doubles);
  *loaded = loads[2];
  return times[2];
}

int
main (int   argc,
      char *argv[])
{
  guint n = 20000;
  g_autofree char *dir = NULL;
  g_autofree char *full = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *filter_out = NULL;
  g_autofree char *baseline_out = NULL;
  double full_ms, empty_ms, full_loaded, empty_loaded;
  long full_peak, empty_peak, filter_peak;
  gint64 t0;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return g_str_equal (argv[3], "baseline") ? baseline_main ((guint) atoi (argv[2]))
                                             : child_main (argv[2], g_str_equal (argv[3], "filter"));
  if (argc > 1)
    n = (guint) atoi (argv[1]);

  dir = g_dir_make_tmp ("gongyak-bench-window-XXXXXX", NULL);
  full = g_build_filename (dir, "full.gongyak", NULL);
  empty = g_build_filename (dir, "empty.gongyak", NULL);
  g_print ("generating a database of %u pledges …\n", n);
  t0 = g_get_monotonic_time ();
  /* Generated in a child, so the parent (and the children forked from it to measure) do
   * not carry the generator's memory in their peak. */
  {
    int status;
    pid_t pid = fork ();

    if (pid == 0)
      _exit (make_db (full, n) && make_db (empty, 0) ? 0 : 1);
    if (pid < 0 || waitpid (pid, &status, 0) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
      return 1;
  }
  g_print ("generated in %.1f s\n", (g_get_monotonic_time () - t0) / 1e6);

  empty_ms = median_frame (argv[0], empty, &empty_peak, &empty_loaded);
  full_ms = median_frame (argv[0], full, &full_peak, &full_loaded);
  filter_out = run_child (argv[0], full, "filter", &filter_peak);
  {
    g_autofree char *count = g_strdup_printf ("%u", n);
    long baseline_peak;

    baseline_out = run_child (argv[0], count, "baseline", &baseline_peak);
  }

  g_print ("\n%-28s %8s %12s %12s %8s\n", "benchmark", "scale", "time (med)", "peak memory",
           "ratio");
  g_print ("%-28s %8u %9.1f ms %9.1f MB %8s\n", "first frame, empty window", 0, empty_ms,
           empty_peak / 1024.0, "1.00");
  g_print ("%-28s %8u %9.1f ms %9.1f MB %7.2fx\n", "first frame, pledges", n, full_ms,
           full_peak / 1024.0, full_ms / empty_ms);
  g_print ("%-28s %8u %9.1f ms %12s %7.2fx\n", "pledges listed", n, full_loaded, "",
           full_loaded / empty_ms);
  g_print ("targets: within 1.5x of the empty window, under 200 MB\n\n");
  g_print ("filter on a keystroke (ms, pledges shown), target < 50 ms:\n%s", filter_out);
  g_print ("TABLE\twindow, first frame\t%u\t%.3f\t%.1f\tempty window\t%.2f\n", n,
           full_ms / 1000, full_peak / 1024.0, full_ms / empty_ms);
  g_print ("TABLE\twindow, pledges listed\t%u\t%.3f\t%.1f\tempty window\t%.2f\n", n,
           full_loaded / 1000, full_peak / 1024.0, full_loaded / empty_ms);
  g_print ("TABLE\tfilter, first keystroke\t%u\t%.3f\t-\tplain GtkColumnView\t%.2f\n", n,
           first_value (filter_out, "filter ") / 1000,
           first_value (filter_out, "filter ") / first_value (baseline_out, "baseline "));
  g_print ("the floor: a plain GtkColumnView of %u rows refiltered (ms, rows shown):\n%s", n,
           baseline_out);

  g_unlink (full);
  g_unlink (empty);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
  }
  g_rmdir (dir);
  return 0;
}

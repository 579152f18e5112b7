/* bench-import.c — import N generated cards into a fresh file with the real command line
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, never pass/fail: the median wall time of five runs of
 * `gongyak --db FILE --import-card …` and the child's peak memory.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gy-gen.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Runs argv, returns its wall time in seconds and its peak resident memory in KiB. */
static gboolean
run_timed (char  **argv,
           double *seconds,
           long   *peak_kib)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  if (pid == 0)
    {
      if (freopen ("/dev/null", "w", stdout) == NULL)
        _exit (127);
      execv (argv[0], argv);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) < 0)
    return FALSE;
  *seconds = (g_get_monotonic_time () - start) / 1e6;
  *peak_kib = usage.ru_maxrss;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

int
main (int   argc,
      char *argv[])
{
  guint n_cards = argc > 1 ? (guint) atoi (argv[1]) : 2000;
  const guint n_runs = 5;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-bench-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  double times[5];
  long peak = 0;
  gint64 bytes = 0;
  gint64 start;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  db = g_build_filename (dir, "bench.gongyak", NULL);

  g_print ("generating %u cards …\n", n_cards);
  start = g_get_monotonic_time ();
  if (!gy_gen_write_cards (dir, n_cards, 20261125, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("generated in %.2f s\n", (g_get_monotonic_time () - start) / 1e6);

  g_ptr_array_add (args, g_strdup (GONGYAK_BIN));
  g_ptr_array_add (args, g_strdup ("--db"));
  g_ptr_array_add (args, g_strdup (db));
  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *name = g_strdup_printf ("card-%05u.txt", i + 1);
      GStatBuf st;

      g_ptr_array_add (args, g_strdup ("--import-card"));
      g_ptr_array_add (args, g_build_filename (dir, name, NULL));
      if (g_stat (g_ptr_array_index (args, args->len - 1), &st) == 0)
        bytes += st.st_size;
    }
  g_ptr_array_add (args, NULL);

  for (guint r = 0; r < n_runs; r++)
    {
      long run_peak;
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_unlink (db);
      g_unlink (wal);
      g_unlink (shm);
      if (!run_timed ((char **) args->pdata, &times[r], &run_peak))
        {
          g_printerr ("run %u: gongyak --import-card failed\n", r + 1);
          return 1;
        }
      peak = MAX (peak, run_peak);
    }
  qsort (times, n_runs, sizeof times[0], compare_doubles);

  g_print ("\n%-28s %8s %12s %12s %10s\n", "benchmark", "scale", "time (med)", "peak memory",
           "per card");
  g_print ("%-28s %8u %10.3f s %9.1f MB %8.2f ms\n", "import cards (CLI)", n_cards, times[2],
           peak / 1024.0, times[2] * 1000 / n_cards);
  g_print ("input: %.1f MB of card text; runs: %.3f %.3f %.3f %.3f %.3f s; target < 2 s\n",
           bytes / 1e6, times[0], times[1], times[2], times[3], times[4]);
  g_print ("TABLE\timport cards (CLI)\t%u\t%.3f\t%.1f\t-\t0\n", n_cards, times[2], peak / 1024.0);

  /* Opening the file and listing every pledge, as the window's first load and --list do. */
  {
    char *list_args[] = { (char *) GONGYAK_BIN, (char *) "--db", db, (char *) "--list", NULL };
    double open_times[5];
    long open_peak = 0;

    for (guint r = 0; r < n_runs; r++)
      {
        long run_peak;

        if (!run_timed (list_args, &open_times[r], &run_peak))
          {
            g_printerr ("gongyak --list failed\n");
            return 1;
          }
        open_peak = MAX (open_peak, run_peak);
      }
    qsort (open_times, n_runs, sizeof open_times[0], compare_doubles);
    g_print ("%-28s %8u %10.3f s %9.1f MB\n", "open and list (CLI)", n_cards, open_times[2],
             open_peak / 1024.0);
    g_print ("TABLE\topen and list (CLI)\t%u\t%.3f\t%.1f\t-\t0\n", n_cards, open_times[2],
             open_peak / 1024.0);
  }

  /* args: gongyak --db FILE, then pairs of --import-card PATH */
  for (guint i = 4; i + 1 < args->len; i += 2)
    g_unlink (g_ptr_array_index (args, i));
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}

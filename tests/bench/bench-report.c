/* bench-report.c — the annual report of N generated pledges, paginated and written as PDF
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, never pass/fail. Each run is a child process that generates its cards,
 * then times gy_report_new_for_cards() + gy_report_paginate() + gy_report_export_pdf()
 * and sends the figures back through a pipe; the parent takes the child's peak memory from
 * wait4(). The median of five runs per scale. Target: 100 pledges under 2 s.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gy-gen.h"
#include "gy-report.h"

#define N_RUNS 5

typedef struct {
  double seconds;    /* the report alone, generation excluded */
  double cpu;        /* the same in CPU time: steadier on a busy machine */
  double paginate;   /* of which pagination */
  guint  pages;
  long   peak_kib;   /* the whole child, generated cards included */
} Run;

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  double x = ((const Run *) a)->seconds, y = ((const Run *) b)->seconds;
  return (x > y) - (x < y);
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static const char * const sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };

/* In the child: generate, then time the report. */
static int
child (guint       n_cards,
       const char *path,
       int         fd)
{
  g_autoptr(GyTerm) term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261125);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GyReport) report = NULL;
  GySelection options;
  Run run = { 0 };
  gint64 start, paginated;
  double cpu_start;

  for (guint i = 0; i < n_cards; i++)
    g_ptr_array_add (cards, gy_gen_card (rand, i, term));
  gy_selection_init (&options);
  g_date_set_dmy (&options.as_of, 25, G_DATE_NOVEMBER, 2026);

  start = g_get_monotonic_time ();
  cpu_start = cpu_seconds ();
  report = gy_report_new_for_cards (cards, "김천시", sources, NULL, NULL, &options);
  run.pages = gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT);
  paginated = g_get_monotonic_time ();
  if (!gy_report_export_pdf (report, path, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  run.seconds = (g_get_monotonic_time () - start) / 1e6;
  run.cpu = cpu_seconds () - cpu_start;
  run.paginate = (paginated - start) / 1e6;
  return write (fd, &run, sizeof run) == sizeof run ? 0 : 1;
}

static gboolean
run_child (guint       n_cards,
           const char *path,
           Run        *out)
{
  struct rusage usage;
  int fds[2], status;
  pid_t pid;

  if (pipe (fds) != 0)
    return FALSE;
  pid = fork ();
  if (pid == 0)
    {
      close (fds[0]);
      _exit (child (n_cards, path, fds[1]));
    }
  close (fds[1]);
  if (pid < 0 || read (fds[0], out, sizeof *out) != sizeof *out)
    {
      close (fds[0]);
      return FALSE;
    }
  close (fds[0]);
  if (wait4 (pid, &status, 0, &usage) < 0)
    return FALSE;
  out->peak_kib = usage.ru_maxrss;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

int
main (int   argc,
      char *argv[])
{
  guint scales[] = { 100, 2000 };
  guint n_scales = G_N_ELEMENTS (scales);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-bench-XXXXXX", &error);
  g_autofree char *path = NULL;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (argc > 1)
    {
      scales[0] = (guint) atoi (argv[1]);
      n_scales = 1;
    }
  path = g_build_filename (dir, "report.pdf", NULL);

  g_print ("%-16s %8s %7s %12s %12s %12s %9s %12s\n", "benchmark", "pledges", "pages",
           "time (med)", "CPU time", "paginate", "pages/s", "peak memory");
  for (guint s = 0; s < n_scales; s++)
    {
      Run runs[N_RUNS];
      long peak = 0;
      GStatBuf st;

      for (guint r = 0; r < N_RUNS; r++)
        {
          if (!run_child (scales[s], path, &runs[r]))
            {
              g_printerr ("run %u of %u pledges failed\n", r + 1, scales[s]);
              return 1;
            }
          peak = MAX (peak, runs[r].peak_kib);
        }
      qsort (runs, N_RUNS, sizeof runs[0], compare_runs);
      g_print ("%-16s %8u %7u %10.3f s %10.3f s %10.3f s %9.1f %9.1f MB\n", "report to PDF",
               scales[s], runs[2].pages, runs[2].seconds, runs[2].cpu, runs[2].paginate,
               runs[2].pages / runs[2].seconds, peak / 1024.0);
      g_print ("TABLE\treport (PDF, %u pages)\t%u\t%.3f\t%.1f\t-\t0\n", runs[2].pages, scales[s],
               runs[2].seconds, peak / 1024.0);
      if (g_stat (path, &st) == 0)
        g_print ("  PDF %.1f MB; runs: %.3f %.3f %.3f %.3f %.3f s%s\n", st.st_size / 1e6,
                 runs[0].seconds, runs[1].seconds, runs[2].seconds, runs[3].seconds,
                 runs[4].seconds, scales[s] == 100 ? "; target < 2 s" : "");
    }
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

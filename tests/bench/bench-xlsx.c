/* bench-xlsx.c — the province's workbook for N generated pledges, three ways
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, never pass/fail. Each program runs five times in a child process and
 * reports the time it spent writing (its input is prepared before the clock starts); the
 * table shows the medians and the child's peak memory:
 *   ours    gy_xlsx_write_cards() on cards from gy_gen_card() (fixed seed);
 *   plain   plain-xlsx replaying the exact libxlsxwriter calls ours made (a trace), with
 *           nothing in between: the cost of libxlsxwriter itself;
 *   python  Python XlsxWriter replaying the same trace.
 * Targets: ours ≤ 1.3 × plain, python ≥ 4 × ours.
 *
 * Usage: bench-xlsx [N]          (N = 2000)
 *        bench-xlsx --ours N OUT (the child that writes)
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gy-gen.h"
#include "gy-xlsx-private.h"

#define SEED   20261125
#define N_RUNS 5
#define PYTHON "/usr/bin/python3"

static const char *const sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };
static const char *const sectors[] = {
  "일자리경제", "문화관광", "복지안전", "교육청년", "도시교통", "환경농업", "행정혁신", NULL
};
static const char *const statuses[] = {
  "완료", "이행 후 계속추진", "정상추진", "일부추진", "보류", "폐기", "미도래", NULL
};

/* gy_gen_card() leaves 분야 and 이행상태 alone: spread the pledges over the body's lists,
 * twenty to a 분야 as their numbers are, so the summaries have groups to add up. */
static GPtrArray *
generate (guint n_cards)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GyTerm) term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  GPtrArray *cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);

  for (guint i = 0; i < n_cards; i++)
    {
      GyCard *card = gy_gen_card (rand, i, term);

      g_free (card->sector);
      card->sector = g_strdup (sectors[(i / 20) % (G_N_ELEMENTS (sectors) - 1)]);
      g_free (card->status);
      card->status = g_strdup (statuses[i % (G_N_ELEMENTS (statuses) - 1)]);
      g_ptr_array_add (cards, card);
    }
  return cards;
}

static void
options_init (GySelection *options)
{
  gy_selection_init (options);
  g_date_set_dmy (&options->as_of, 25, G_DATE_NOVEMBER, 2026);
}

/* The child: write the workbook and say how long that took. */
static int
run_ours (guint       n_cards,
          const char *out)
{
  g_autoptr(GPtrArray) cards = generate (n_cards);
  g_autoptr(GError) error = NULL;
  GySelection options;
  gint64 start;

  options_init (&options);
  start = g_get_monotonic_time ();
  if (!gy_xlsx_write_cards (cards, "김천시", sources, sectors, statuses, out, &options, NULL,
                            NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("write %.6f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

typedef struct {
  const char *name;
  double      write[N_RUNS];
  double      wall[N_RUNS];
  long        peak_kib;
  gint64      bytes;
  gboolean    ran;
} Result;

/* Runs argv with its stdout in a pipe; reads "write SECONDS" from it. */
static gboolean
run_timed (const char * const *argv,
           double             *write_seconds,
           double             *wall_seconds,
           long               *peak_kib)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  char buffer[256] = "";
  ssize_t n, got = 0;
  int fds[2], status;
  pid_t pid;

  if (pipe (fds) != 0)
    return FALSE;
  pid = fork ();
  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      close (fds[1]);
      execv (argv[0], (char **) argv);
      _exit (127);
    }
  close (fds[1]);
  while (pid > 0 && (n = read (fds[0], buffer + got, sizeof buffer - 1 - got)) > 0)
    got += n;
  close (fds[0]);
  if (pid < 0 || wait4 (pid, &status, 0, &usage) < 0)
    return FALSE;
  *wall_seconds = (g_get_monotonic_time () - start) / 1e6;
  *peak_kib = usage.ru_maxrss;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0 &&
         sscanf (buffer, "write %lf", write_seconds) == 1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (const double *values)
{
  double sorted[N_RUNS];

  memcpy (sorted, values, sizeof sorted);
  qsort (sorted, N_RUNS, sizeof sorted[0], compare_doubles);
  return sorted[N_RUNS / 2];
}

static void
measure (Result             *result,
         const char * const *argv,
         const char         *out)
{
  GStatBuf st;

  for (guint r = 0; r < N_RUNS; r++)
    {
      long peak = 0;

      g_unlink (out);
      if (!run_timed (argv, &result->write[r], &result->wall[r], &peak))
        {
          g_printerr ("%s: run %u failed\n", result->name, r + 1);
          return;
        }
      result->peak_kib = MAX (result->peak_kib, peak);
    }
  if (g_stat (out, &st) == 0)
    result->bytes = st.st_size;
  g_unlink (out);
  result->ran = TRUE;
}

static gboolean
python_has_xlsxwriter (void)
{
  const char *argv[] = { PYTHON, "-c", "import xlsxwriter", NULL };
  int status;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                       NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

/* The trace of our calls, for the two replays; untimed. */
static gboolean
write_trace (guint        n_cards,
             const char  *trace_path,
             const char  *out,
             GError     **error)
{
  g_autoptr(GPtrArray) cards = generate (n_cards);
  GySelection options;
  FILE *trace = fopen (trace_path, "w");
  gboolean ok;

  if (trace == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot create %s", trace_path);
      return FALSE;
    }
  options_init (&options);
  ok = gy_xlsx_write_cards_traced (cards, "김천시", sources, sectors, statuses, out, &options,
                                   trace, error);
  return fclose (trace) == 0 && ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *trace = NULL;
  g_autofree char *out = NULL;
  g_autofree char *count = NULL;
  Result results[] = { { "ours (gy_xlsx_write_cards)" }, { "plain libxlsxwriter" },
                       { "Python XlsxWriter" } };
  guint n_cards;
  GStatBuf st;

  if (argc == 4 && g_str_equal (argv[1], "--ours"))
    return run_ours ((guint) atoi (argv[2]), argv[3]);
  n_cards = argc > 1 ? (guint) atoi (argv[1]) : 2000;

  self = g_file_read_link ("/proc/self/exe", &error);
  if (self != NULL)
    dir = g_dir_make_tmp ("gongyak-bench-xlsx-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  trace = g_build_filename (dir, "calls.trace", NULL);
  out = g_build_filename (dir, "out.xlsx", NULL);
  count = g_strdup_printf ("%u", n_cards);

  g_print ("tracing the calls for %u generated pledges ...\n", n_cards);
  if (!write_trace (n_cards, trace, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_stat (trace, &st) == 0)
    g_print ("trace: %.1f MB\n", st.st_size / 1e6);

  {
    const char *ours[] = { self, "--ours", count, out, NULL };
    const char *plain[] = { PLAIN_XLSX_BIN, trace, out, NULL };
    const char *python[] = { PYTHON, BENCH_XLSX_PY, trace, out, NULL };

    measure (&results[0], ours, out);
    measure (&results[1], plain, out);
    if (python_has_xlsxwriter ())
      measure (&results[2], python, out);
    else
      g_print ("Python XlsxWriter: not installed (python3-xlsxwriter), skipped\n");
  }

  g_print ("\n%-28s %8s %12s %14s %12s %10s\n", "benchmark", "pledges", "write (med)",
           "process (med)", "peak memory", "file");
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    if (results[i].ran)
      g_print ("%-28s %8u %10.3f s %12.3f s %9.1f MB %7.1f MB\n", results[i].name, n_cards,
               median (results[i].write), median (results[i].wall),
               results[i].peak_kib / 1024.0, results[i].bytes / 1e6);
  if (results[0].ran && results[1].ran)
    g_print ("ours / plain  = %.2f (target <= 1.3)\n",
             median (results[0].write) / median (results[1].write));
  if (results[0].ran && results[2].ran)
    g_print ("python / ours = %.2f (target >= 4)\n",
             median (results[2].write) / median (results[0].write));
  g_print ("write = the time inside the program after its input is ready; process = the whole "
           "child, ours including generating the cards\n");
  /* one row each for `make bench`'s summary table (tests/bench/table.py) */
  if (results[0].ran)
    g_print ("TABLE\tworkbook (xlsx)\t%u\t%.3f\t%.1f\tplain libxlsxwriter\t%.2f\n", n_cards,
             median (results[0].write), results[0].peak_kib / 1024.0,
             results[1].ran ? median (results[0].write) / median (results[1].write) : 0);
  if (results[2].ran)
    g_print ("TABLE\tworkbook, Python XlsxWriter\t%u\t%.3f\t%.1f\tours\t%.2f\n", n_cards,
             median (results[2].write), results[2].peak_kib / 1024.0,
             median (results[2].write) / median (results[0].write));

  g_unlink (trace);
  g_unlink (out);
  g_rmdir (dir);
  return 0;
}

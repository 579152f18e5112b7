/* bench-list.c — import an N-row pledge list (xlsx) with the real command line
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the list with libxlsxwriter as an officer's Excel holds it (a title line above the
 * header, each 분야 merged over its rows), then prints the median wall time of five runs of
 * `gongyak --db FILE --import-list LIST.xlsx --term 8` into a fresh file, and of the same list
 * imported again into the filled file (every row unchanged). Figures, never pass/fail.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#define N_SECTORS 10

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

static gboolean
write_list (const char *path,
            guint       n_rows)
{
  static const char *const statuses[] = { "완료", "정상추진", "일부추진", "이행 후 계속추진",
                                          "보류" };
  static const char *const header[] = { "분야", "공약번호", "공약명", "주관부서", "이행상태",
                                        "진도율(%)", "총사업비(백만원)", "사업기간" };
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "공약 목록");
  guint per_sector = (n_rows + N_SECTORS - 1) / N_SECTORS;
  GRand *rand = g_rand_new_with_seed (20261202);

  worksheet_merge_range (sheet, 0, 0, 0, 7, "민선8기 공약 이행 현황", NULL);
  worksheet_write_string (sheet, 1, 0, "2026. 6. 30. 기준", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    worksheet_write_string (sheet, 3, (lxw_col_t) c, header[c], NULL);
  for (guint i = 0; i < n_rows; i++)
    {
      lxw_row_t row = (lxw_row_t) (4 + i);
      guint sector = i / per_sector;
      g_autofree char *number = g_strdup_printf ("%u-%u", sector + 1, i % per_sector + 1);
      g_autofree char *title = g_strdup_printf ("공약 사업 %u번 추진", i + 1);
      g_autofree char *dept = g_strdup_printf ("부서%02u과", g_rand_int_range (rand, 1, 40));
      int start = g_rand_int_range (rand, 2022, 2025);

      if (i % per_sector == 0)
        {
          g_autofree char *name = g_strdup_printf ("분야%02u", sector + 1);
          guint last = MIN (i + per_sector, n_rows) - 1;

          if (last > i)
            worksheet_merge_range (sheet, row, 0, (lxw_row_t) (4 + last), 0, name, NULL);
          else
            worksheet_write_string (sheet, row, 0, name, NULL);
        }
      worksheet_write_string (sheet, row, 1, number, NULL);
      worksheet_write_string (sheet, row, 2, title, NULL);
      worksheet_write_string (sheet, row, 3, dept, NULL);
      worksheet_write_string (sheet, row, 4, statuses[g_rand_int_range (rand, 0, 5)], NULL);
      worksheet_write_number (sheet, row, 5, g_rand_int_range (rand, 0, 101), NULL);
      if (i % 3 == 0)
        worksheet_write_number (sheet, row, 6, g_rand_int_range (rand, 10, 100000) / 10.0, NULL);
      {
        g_autofree char *period = g_strdup_printf ("%d. 7. ~ %d. 6.", start, start + 2);
        worksheet_write_string (sheet, row, 7, period, NULL);
      }
    }
  g_rand_free (rand);
  return workbook_close (workbook) == LXW_NO_ERROR;
}

static gboolean
time_runs (char   **argv,
           const char *db,
           gboolean fresh,
           double  *median,
           long    *peak)
{
  double times[5];

  *peak = 0;
  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      long run_peak;

      if (fresh)
        {
          g_autofree char *wal = g_strconcat (db, "-wal", NULL);
          g_autofree char *shm = g_strconcat (db, "-shm", NULL);

          g_unlink (db);
          g_unlink (wal);
          g_unlink (shm);
        }
      if (!run_timed (argv, &times[r], &run_peak))
        return FALSE;
      *peak = MAX (*peak, run_peak);
    }
  qsort (times, G_N_ELEMENTS (times), sizeof times[0], compare_doubles);
  *median = times[2];
  g_print ("runs: %.3f %.3f %.3f %.3f %.3f s\n", times[0], times[1], times[2], times[3],
           times[4]);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint n_rows = argc > 1 ? (guint) atoi (argv[1]) : 2000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-bench-list-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *list = NULL;
  double fresh, again;
  long fresh_peak, again_peak;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  db = g_build_filename (dir, "bench.gongyak", NULL);
  list = g_build_filename (dir, "list.xlsx", NULL);
  if (!write_list (list, n_rows))
    {
      g_printerr ("cannot write %s\n", list);
      return 1;
    }

  {
    char *args[] = { (char *) GONGYAK_BIN, (char *) "--db", db, (char *) "--import-list", list,
                     (char *) "--term", (char *) "8", NULL };

    if (!time_runs (args, db, TRUE, &fresh, &fresh_peak) ||
        !time_runs (args, db, FALSE, &again, &again_peak))
      {
        g_printerr ("gongyak --import-list failed\n");
        return 1;
      }
  }
  g_print ("\n%-28s %8s %12s %12s\n", "benchmark", "scale", "time (med)", "peak memory");
  g_print ("%-28s %8u %10.3f s %9.1f MB\n", "import list (xlsx, CLI)", n_rows, fresh,
           fresh_peak / 1024.0);
  g_print ("%-28s %8u %10.3f s %9.1f MB\n", "re-import list, unchanged", n_rows, again,
           again_peak / 1024.0);
  g_print ("target < 1 s\n");
  g_print ("TABLE\timport list (xlsx, CLI)\t%u\t%.3f\t%.1f\t-\t0\n", n_rows, fresh,
           fresh_peak / 1024.0);
  g_print ("TABLE\tre-import list, unchanged\t%u\t%.3f\t%.1f\t-\t0\n", n_rows, again,
           again_peak / 1024.0);

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (dir);
  }
  return 0;
}

/* test-cli.c — the headless command line, run as a user would run it
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spawns the real gongyak binary with no display. Bad input must leave the database
 * byte-identical.
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "gy-card-writer.h"
#include "gy-store.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"
#define BAD_DIR TEST_DATA_DIR "/cards/bad"

typedef struct {
  char *dir;
  char *db;
} Fixture;

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs gongyak with ARGS (NULL-terminated) and no display. */
static void
gongyak (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (char *) GONGYAK_BIN);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  f->dir = g_dir_make_tmp ("gongyak-cli-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "city.gongyak", NULL);
  gongyak (&run, "--db", f->db, "--import-card", SEED, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

/* One file, two terms: each list shows its own term's pledges and 합계; the default is the
 * latest term, an unknown one is refused with the terms the file has. */
static void
test_terms (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Run) import = { 0 };
  g_auto(Run) latest = { 0 };
  g_auto(Run) seven = { 0 };
  g_auto(Run) by_date = { 0 };
  g_auto(Run) unknown = { 0 };

  gongyak (&import, "--db", f->db, "--import-card", TEST_DATA_DIR "/cards/term8.txt", NULL);
  g_assert_cmpint (import.status, ==, 0);

  gongyak (&latest, "--db", f->db, "--list", NULL);
  g_assert_cmpstr (latest.out, ==,
                   "#2\t\t스마트 버스정류장 확대\t\t스마트도시과\t\t77.7%\t2,000.5\n"
                   "합계\t민선8기\t1건\t\t\t\t\t2,000.5\n");
  gongyak (&seven, "--db", f->db, "--list", "--term", "7", NULL);
  g_assert_cmpstr (seven.out, ==,
                   "#1\t\t4차 산업혁명 혁신역량 강화\t\t미래혁신전략과\t\t\t10,932\n"
                   "합계\t민선7기\t1건\t\t\t\t\t10,932\n");
  gongyak (&by_date, "--db", f->db, "--list", "--as-of", "2021-12-31", NULL);
  g_assert_cmpstr (by_date.out, ==, seven.out);

  gongyak (&unknown, "--db", f->db, "--list", "--term", "민선9기", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_cmpstr (unknown.err, ==, "No term “민선9기” in the file (it has: 민선7기, 민선8기)\n");
}

/* --body-name names the body of every output; a blank name is refused and changes nothing. */
static void
test_body_name (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) set = { 0 };
  g_auto(Run) blank = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GyStore) store = NULL;
  g_autofree char *name = NULL;

  gongyak (&set, "--db", f->db, "--body-name", " 김천시 ", NULL);
  g_assert_cmpint (set.status, ==, 0);
  g_assert_cmpstr (set.out, ==, "The body is now “김천시”\n");

  before = file_checksum (f->db);
  gongyak (&blank, "--db", f->db, "--body-name", " ", NULL);
  g_assert_cmpint (blank.status, ==, 1);
  g_assert_nonnull (strstr (blank.err, "--body-name needs a name"));
  after = file_checksum (f->db);
  g_assert_cmpstr (after, ==, before);

  store = gy_store_open (f->db, GY_STORE_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (store);
  name = gy_store_dup_body_name (store);
  g_assert_cmpstr (name, ==, "김천시");
}

static void
test_import_then_check (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(Run) check = { 0 };
  g_auto(Run) list = { 0 };

  gongyak (&check, "--db", f->db, "--check", NULL);
  g_assert_cmpstr (check.out, ==, "All rules hold for 1 pledge.\n");
  g_assert_cmpint (check.status, ==, 0);

  gongyak (&list, "--db", f->db, "--list", NULL);
  g_assert_cmpstr (list.out, ==,
                   "#1\t\t4차 산업혁명 혁신역량 강화\t\t미래혁신전략과\t\t\t10,932\n"
                   "합계\t민선7기\t1건\t\t\t\t\t10,932\n");
  g_assert_cmpint (list.status, ==, 0);
}

/* The export is the card writer's text of what the store holds, and reads back the same. */
static void
test_export_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(Run) export = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) export2 = { 0 };
  g_autofree char *card = g_build_filename (f->dir, "exported.txt", NULL);

  gongyak (&export, "--db", f->db, "--export-card", "#1", NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.out, "계\t10,932\t\t10,932\t1,345\t1,325\t2,630\t2,816\t2,816"));
  g_assert_nonnull (strstr (export.out, "시비\t1,985\t\t1,985\t315\t360\t370\t470\t470"));
  g_assert_null (strstr (export.out, "<ul"));

  g_assert_true (g_file_set_contents (card, export.out, -1, NULL));
  gongyak (&again, "--db", f->db, "--import-card", card, NULL);
  g_assert_cmpint (again.status, ==, 0);
  gongyak (&export2, "--db", f->db, "--export-card", "#2", NULL);
  g_assert_cmpstr (export2.out, ==, export.out);
}

/* A district's card in whole years, its (C) named 임기후, into a new file: exported, imported
 * into another new file and exported again, the same bytes, with the card's columns. */
static void
test_export_district_whole (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *district = g_build_filename (f->dir, "district.gongyak", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.gongyak", NULL);
  g_autofree char *card = g_build_filename (f->dir, "exported.txt", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) export2 = { 0 };

  gongyak (&import, "--db", district, "--import-card", TEST_DATA_DIR "/cards/district-whole.txt",
           NULL);
  g_assert_cmpint (import.status, ==, 0);
  gongyak (&export, "--db", district, "--export-card", "all", NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.out, "\t임기후 (C)\n"));
  g_assert_nonnull (strstr (export.out, "\t소계\t2022\t2023\t2024\t2025\t2026\t\n"));
  g_assert_null (strstr (export.out, "하반기"));

  g_assert_true (g_file_set_contents (card, export.out, -1, NULL));
  gongyak (&again, "--db", other, "--import-card", card, NULL);
  g_assert_cmpint (again.status, ==, 0);
  gongyak (&export2, "--db", other, "--export-card", "all", NULL);
  g_assert_cmpstr (export2.out, ==, export.out);
}

static void
test_export_unknown (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  gongyak (&run, "--db", f->db, "--export-card", "9-9", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "No pledge “9-9”"));
}

/* A card saved by HWP as 한국어(KS 완성형) text, CP949 with CRLF, imports as the UTF-8 one does and
 * the report names its encoding. */
static void
test_import_cp949 (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *card = g_build_filename (f->dir, "kscard.txt", NULL);
  g_autofree char *db = g_build_filename (f->dir, "cp949.gongyak", NULL);
  g_autoptr(GString) crlf = g_string_new (NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) utf8 = { 0 };
  gsize length;

  g_assert_true (g_file_get_contents (SEED, &contents, &length, NULL));
  for (gsize i = 0; i < length; i++)
    {
      if (contents[i] == '\n')
        g_string_append_c (crlf, '\r');
      g_string_append_c (crlf, contents[i]);
    }
  converted = g_convert (crlf->str, crlf->len, "CP949", "UTF-8", NULL, &length, NULL);
  g_assert_nonnull (converted);
  g_assert_true (g_file_set_contents (card, converted, length, NULL));

  gongyak (&import, "--db", db, "--import-card", card, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "kscard.txt (CP949)\n"));
  gongyak (&export, "--db", db, "--export-card", "all", NULL);
  gongyak (&utf8, "--db", f->db, "--export-card", "all", NULL);
  g_assert_cmpstr (export.out, ==, utf8.out);
}

/* A card whose sums are wrong still imports; the import and --check both say what fails. */
static void
test_wrong_sums (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *seed = NULL;
  g_autofree char *card = g_build_filename (f->dir, "wrong.txt", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) check = { 0 };
  char *row;

  g_assert_true (g_file_get_contents (SEED, &seed, NULL, NULL));
  row = strstr (seed, "국비\t8,080\t\t8,080\t900\t800");
  g_assert_nonnull (row);
  memcpy (row + strlen ("국비\t8,080\t\t8,080\t900\t"), "850", 3);
  g_assert_true (g_file_set_contents (card, seed, -1, NULL));

  gongyak (&import, "--db", f->db, "--import-card", card, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "국비 row: 소계(B) is 8,080 but the fiscal years add up to 8,130"));

  gongyak (&check, "--db", f->db, "--check", NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_nonnull (strstr (check.out, "2019 column: 계 is 1,325 but the sources add up to 1,375"));
  g_assert_nonnull (strstr (check.out, "2 findings in 1 of 2 pledges."));
}

/* A bad card alone is refused and leaves the file byte-identical; given with a good card, it is
 * refused with its message while the good one goes in, and the command exits 1. */
static void
assert_refused_untouched (Fixture    *f,
                          const char *card,
                          const char *expected_in_message)
{
  g_autofree char *before = file_checksum (f->db);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (card);
  g_auto(Run) alone = { 0 };
  g_auto(Run) run = { 0 };
  g_auto(Run) list = { 0 };

  gongyak (&alone, "--db", f->db, "--import-card", card, NULL);
  g_test_message ("%s: %s", base, alone.err);
  g_assert_cmpint (alone.status, ==, 1);
  g_assert_nonnull (strstr (alone.err, base));
  if (expected_in_message != NULL)
    g_assert_nonnull (strstr (alone.err, expected_in_message));
  g_assert_nonnull (strstr (alone.err, "1 of 1 cards was refused"));
  after = file_checksum (f->db);
  g_assert_cmpstr (after, ==, before);

  gongyak (&run, "--db", f->db, "--import-card", SEED, "--import-card", card, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, base));
  g_assert_nonnull (strstr (run.err, "1 of 2 cards was refused; the others were imported."));
  g_assert_nonnull (strstr (run.out, "Imported “4차 산업혁명 혁신역량 강화” (pledge #2)"));
  gongyak (&list, "--db", f->db, "--list", NULL);
  g_assert_true (g_str_has_prefix (list.out, "#1\t"));
  g_assert_nonnull (strstr (list.out, "\n#2\t"));
  g_assert_cmpuint (count_lines (list.out), ==, 3);
  /* the next file of the corpus starts from one pledge again */
  {
    g_autoptr(GyStore) store = gy_store_open (f->db, GY_STORE_OPEN_DEFAULT, NULL);

    g_assert_true (gy_store_delete_pledge (store, 2, NULL));
  }
}

/* Every file of the bad-input corpus is refused, together with a good card, and nothing lands. */
static void
test_bad_corpus (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (BAD_DIR, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      /* A card naming no year is refused only when the body has no term to give it; the
       * UTF-16 file, read now, is such a card. */
      if (g_str_equal (name, "no-year.txt") || g_str_equal (name, "utf16.txt"))
        continue;
      path = g_build_filename (BAD_DIR, name, NULL);
      assert_refused_untouched (f, path, ":");
      n++;
    }
  g_assert_cmpuint (n, >=, 5);
}

static void
test_huge_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "huge.txt", NULL);
  g_autofree char *seed = NULL;
  g_autoptr(GString) big = g_string_new (NULL);

  g_assert_true (g_file_get_contents (SEED, &seed, NULL, NULL));
  while (big->len < 10 * 1024 * 1024)
    g_string_append (big, seed);
  g_assert_true (g_file_set_contents (path, big->str, big->len, NULL));
  assert_refused_untouched (f, path, "MB");
}

/* The workbook and a chart, written from the command line with no display. */
static void
test_exports (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "province.xlsx", NULL);
  g_autofree char *png = g_build_filename (f->dir, "years.png", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_auto(Run) workbook = { 0 };
  g_auto(Run) chart = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) no_pledge = { 0 };

  gongyak (&workbook, "--db", f->db, "--export-xlsx", xlsx, "--as-of", "2026-11-25", NULL);
  g_assert_cmpint (workbook.status, ==, 0);
  g_assert_nonnull (strstr (workbook.err, "[1/4] sheet 총괄"));
  g_assert_nonnull (strstr (workbook.err, "writing the file"));
  g_assert_true (g_file_get_contents (xlsx, &contents, &length, NULL));
  g_assert_true (length > 4 && memcmp (contents, "PK", 2) == 0);
  g_clear_pointer (&contents, g_free);

  gongyak (&chart, "--db", f->db, "--export-chart", "years", "--pledge", "#1", "--size",
           "800x450", png, NULL);
  g_assert_cmpint (chart.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  /* PNG: signature, then the IHDR chunk's width and height, big-endian */
  g_assert_true (length > 24 && memcmp (contents, "\x89PNG", 4) == 0);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 16)), ==, 800);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 20)), ==, 450);

  {
    g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
    g_autofree char *report = NULL;
    g_auto(Run) run = { 0 };

    gongyak (&run, "--db", f->db, "--export-pdf", pdf, "--as-of", "2026-11-25", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Wrote the report"));
    g_assert_nonnull (strstr (run.err, "pages"));
    g_assert_true (g_file_get_contents (pdf, &report, &length, NULL));
    g_assert_true (length > 1000 && memcmp (report, "%PDF", 4) == 0);
  }
  {
    /* one pledge, by its id: the seed has no number */
    g_autofree char *pdf = g_build_filename (f->dir, "one.pdf", NULL);
    g_auto(Run) one = { 0 };
    g_auto(Run) none = { 0 };

    gongyak (&one, "--db", f->db, "--export-pdf", pdf, "--pledge", "#1", NULL);
    g_assert_cmpint (one.status, ==, 0);
    g_assert_nonnull (strstr (one.out, "Wrote the report"));
    gongyak (&none, "--db", f->db, "--export-pdf", pdf, "--pledge", "#7", NULL);
    g_assert_cmpint (none.status, ==, 1);
    g_assert_nonnull (strstr (none.err, "No pledge matches the selection"));
  }

  gongyak (&bad, "--db", f->db, "--export-chart", "pie", png, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "“pie” is not a chart"));
  gongyak (&no_pledge, "--db", f->db, "--export-chart", "sources", png, NULL);
  g_assert_cmpint (no_pledge.status, ==, 1);
  g_assert_nonnull (strstr (no_pledge.err, "--pledge"));
}

static void
test_newer_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("gongyak-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "newer.gongyak", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) make = { 0 };

  gongyak (&make, "--db", db, "--import-card", SEED, NULL);
  g_assert_cmpint (make.status, ==, 0);
  {
    /* Make the file claim a schema from the future, through SQLite itself. */
    sqlite3 *handle = NULL;
    g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode=DELETE; PRAGMA user_version=%d;",
                                            GY_STORE_SCHEMA_VERSION + 7);

    g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (handle);
  }

  before = file_checksum (db);
  gongyak (&run, "--db", db, "--list", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "newer version of Gongyak"));
  after = file_checksum (db);
  g_assert_cmpstr (after, ==, before);

  g_unlink (db);
  g_rmdir (dir);
}

/* --import-list: a line per row, the counts, the encoding; a refused row exits 1 while the
 * others go in; the same list again changes nothing. */
static void
test_import_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *list = g_build_filename (f->dir, "list.csv", NULL);
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) pledges = { 0 };
  const char *text =
    "민선8기 공약 목록\r\n"
    "분야,번호,공약명,주관부서,이행상태,진도율\r\n"
    "경제,8-1,청년 창업,경제과,정상추진,40\r\n"
    ",8-2,시장 활성화,경제과,완료,100\r\n"
    "복지,8-3,돌봄 센터,복지과,정상추진,7O\r\n";

  g_assert_true (g_file_set_contents (list, text, -1, NULL));
  gongyak (&first, "--db", f->db, "--import-list", list, "--term", "8", NULL);
  g_assert_cmpint (first.status, ==, 1);
  g_assert_nonnull (strstr (first.out, "list.csv (csv, UTF-8), header on line 2\n"));
  g_assert_nonnull (strstr (first.out, "line 3: created 8-1 청년 창업\n"));
  g_assert_nonnull (strstr (first.out, "line 4: created 8-2 시장 활성화\n"));
  g_assert_nonnull (strstr (first.out, "line 5: refused 8-3 돌봄 센터 — 진도율 “7O” is not a "
                            "percentage\n"));
  g_assert_nonnull (strstr (first.out, "2 created, 0 updated, 0 unchanged, 1 refused\n"));

  gongyak (&again, "--db", f->db, "--import-list", list, "--term", "8", NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.out, "0 created, 0 updated, 2 unchanged, 1 refused\n"));

  gongyak (&pledges, "--db", f->db, "--list", "--term", "8", NULL);
  g_assert_cmpint (pledges.status, ==, 0);
  g_assert_nonnull (strstr (pledges.out, "\t8-1\t청년 창업\t경제\t경제과\t정상추진\t40%"));
  g_assert_nonnull (strstr (pledges.out, "\t8-2\t시장 활성화\t경제\t경제과\t완료\t100%"));
  g_assert_null (strstr (pledges.out, "8-3"));
  g_assert_nonnull (strstr (pledges.out, "합계\t민선8기\t2건"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/import-then-check", Fixture, NULL, fixture_set_up, test_import_then_check,
              fixture_tear_down);
  g_test_add ("/cli/export/round-trip", Fixture, NULL, fixture_set_up, test_export_round_trip,
              fixture_tear_down);
  g_test_add ("/cli/export/district-whole", Fixture, NULL, fixture_set_up,
              test_export_district_whole, fixture_tear_down);
  g_test_add ("/cli/export/unknown", Fixture, NULL, fixture_set_up, test_export_unknown,
              fixture_tear_down);
  g_test_add ("/cli/import/wrong-sums", Fixture, NULL, fixture_set_up, test_wrong_sums,
              fixture_tear_down);
  g_test_add ("/cli/import/bad-corpus", Fixture, NULL, fixture_set_up, test_bad_corpus,
              fixture_tear_down);
  g_test_add ("/cli/import/huge-file", Fixture, NULL, fixture_set_up, test_huge_file,
              fixture_tear_down);
  g_test_add ("/cli/exports", Fixture, NULL, fixture_set_up, test_exports, fixture_tear_down);
  g_test_add ("/cli/import/cp949", Fixture, NULL, fixture_set_up, test_import_cp949,
              fixture_tear_down);
  g_test_add ("/cli/import/list", Fixture, NULL, fixture_set_up, test_import_list,
              fixture_tear_down);
  g_test_add ("/cli/terms", Fixture, NULL, fixture_set_up, test_terms, fixture_tear_down);
  g_test_add ("/cli/body-name", Fixture, NULL, fixture_set_up, test_body_name,
              fixture_tear_down);
  g_test_add_func ("/cli/open/newer-database", test_newer_database);
  return g_test_run ();
}

/* test-xlsx.c — the province's workbook, read back with openpyxl and LibreOffice
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook is written from four copies of the seed card, then tests/xlsx_check.py
 * (Debian's /usr/bin/python3 with python3-openpyxl) prints every cell, merge and print
 * setting, and the tests below assert on what a real reader sees.
 */
#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "gy-card-reader.h"
#include "gy-store.h"
#include "gy-xlsx.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"
#define PYTHON "/usr/bin/python3"

static const char *const body_sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };
static const char *const body_sectors[] = { "일자리경제", "복지안전", NULL };
static const char *const body_statuses[] = {
  "완료", "이행 후 계속추진", "정상추진", "일부추진", "보류", "폐기", "미도래", NULL
};

/* ── reading a workbook back ──────────────────────────────────────────────────── */

typedef struct {
  char     *kind;     /* s, n, f */
  char     *value;    /* the formula for f */
  char     *cached;
  char     *numfmt;
  char     *font;
  gboolean  bold;
} Cell;

typedef struct {
  GPtrArray  *sheets;   /* char * */
  GHashTable *cells;    /* "sheet!A1" → Cell */
  GHashTable *merges;   /* "sheet!A1:B2" */
  GHashTable *records;  /* "page|sheet", "footer|sheet", "col|sheet|A", "row|sheet|3", "prop|title" → GStrv of the rest */
} Book;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_free (cell->kind);
  g_free (cell->value);
  g_free (cell->cached);
  g_free (cell->numfmt);
  g_free (cell->font);
  g_free (cell);
}

static void
book_free (Book *book)
{
  if (book == NULL)
    return;
  g_ptr_array_unref (book->sheets);
  g_hash_table_unref (book->cells);
  g_hash_table_unref (book->merges);
  g_hash_table_unref (book->records);
  g_free (book);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Book, book_free)

static char *
checker_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "xlsx_check.py", NULL);
}

/* Runs xlsx_check.py on PATH; NULL (and a test failure) when it cannot read it. */
static Book *
read_book (const char *path)
{
  g_autofree char *checker = checker_path ();
  const char *argv[] = { PYTHON, checker, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  Book *book;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                     &status, &error))
    g_error ("cannot run %s: %s", PYTHON, error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("xlsx_check.py %s failed: %s\n%s", path, error->message, err);

  book = g_new0 (Book, 1);
  book->sheets = g_ptr_array_new_with_free_func (g_free);
  book->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cell_free);
  book->merges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  book->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_strfreev);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) raw = g_strsplit (lines[i], "\t", -1);
      guint n = g_strv_length (raw);
      g_auto(GStrv) f = g_new0 (char *, n + 1);

      if (n == 0 || *lines[i] == '\0')
        continue;
      for (guint k = 0; k < n; k++)
        f[k] = g_strcompress (raw[k]);

      if (g_str_equal (f[0], "sheet"))
        g_ptr_array_add (book->sheets, g_strdup (f[1]));
      else if (g_str_equal (f[0], "cell") && n == 9)
        {
          Cell *cell = g_new0 (Cell, 1);

          cell->kind = g_strdup (f[3]);
          cell->value = g_strdup (f[4]);
          cell->cached = g_strdup (f[5]);
          cell->numfmt = g_strdup (f[6]);
          cell->font = g_strdup (f[7]);
          cell->bold = g_str_equal (f[8], "1");
          g_hash_table_insert (book->cells, g_strdup_printf ("%s!%s", f[1], f[2]), cell);
        }
      else if (g_str_equal (f[0], "merge"))
        g_hash_table_add (book->merges, g_strdup_printf ("%s!%s", f[1], f[2]));
      else if (g_str_equal (f[0], "page") || g_str_equal (f[0], "footer") ||
               g_str_equal (f[0], "prop"))
        g_hash_table_insert (book->records, g_strdup_printf ("%s|%s", f[0], f[1]),
                             g_strdupv (f + 2));
      else if (g_str_equal (f[0], "col") || g_str_equal (f[0], "row"))
        g_hash_table_insert (book->records, g_strdup_printf ("%s|%s|%s", f[0], f[1], f[2]),
                             g_strdupv (f + 3));
      else
        g_error ("xlsx_check.py printed an unknown record: %s", lines[i]);
    }
  return book;
}

static const Cell *
cell_at (Book       *book,
         const char *sheet,
         const char *ref)
{
  g_autofree char *key = g_strdup_printf ("%s!%s", sheet, ref);
  return g_hash_table_lookup (book->cells, key);
}

static const char *
text_at (Book       *book,
         const char *sheet,
         const char *ref)
{
  const Cell *cell = cell_at (book, sheet, ref);

  if (cell == NULL)
    return NULL;
  g_assert_cmpstr (cell->kind, ==, "s");
  return cell->value;
}

/* An input: a number, not a formula. */
static void
assert_number (Book       *book,
               const char *sheet,
               const char *ref,
               const char *value)
{
  const Cell *cell = cell_at (book, sheet, ref);

  if (value == NULL)
    {
      if (cell != NULL)
        g_error ("%s!%s should be blank, holds %s “%s”", sheet, ref, cell->kind, cell->value);
      return;
    }
  if (cell == NULL)
    g_error ("%s!%s should hold %s, is blank", sheet, ref, value);
  g_assert_cmpstr (cell->kind, ==, "n");
  g_assert_cmpstr (cell->value, ==, value);
  g_assert_true (g_str_has_prefix (cell->numfmt, "#,##0"));
}

/* A total: FORMULA, with VALUE cached beside it. */
static void
assert_formula (Book       *book,
                const char *sheet,
                const char *ref,
                const char *formula,
                const char *value)
{
  const Cell *cell = cell_at (book, sheet, ref);

  if (cell == NULL)
    g_error ("%s!%s should hold %s, is blank", sheet, ref, formula);
  g_assert_cmpstr (cell->kind, ==, "f");
  g_assert_cmpstr (cell->value, ==, formula);
  g_assert_cmpstr (cell->cached, ==, value);
}

static gboolean
has_merge (Book       *book,
           const char *sheet,
           const char *range)
{
  g_autofree char *key = g_strdup_printf ("%s!%s", sheet, range);
  return g_hash_table_contains (book->merges, key);
}

static const char * const *
record (Book       *book,
        const char *key)
{
  const char * const *fields = g_hash_table_lookup (book->records, key);

  if (fields == NULL)
    g_error ("xlsx_check.py printed no “%s”", key);
  return fields;
}

/* The row (1-based) whose column COL holds TEXT, searching from row FROM. */
static guint
find_row (Book       *book,
          const char *sheet,
          const char *col,
          const char *text,
          guint       from)
{
  for (guint row = from; row < 2000; row++)
    {
      g_autofree char *ref = g_strdup_printf ("%s%u", col, row);
      const Cell *cell = cell_at (book, sheet, ref);

      if (cell != NULL && g_str_equal (cell->kind, "s") && g_str_equal (cell->value, text))
        return row;
    }
  g_error ("no “%s” in column %s of %s", text, col, sheet);
  return 0;
}

static char *
ref (const char *col,
     guint       row)
{
  return g_strdup_printf ("%s%u", col, row);
}

/* ── the workbook under test ──────────────────────────────────────────────────── */

static GyCard *
read_seed (const char *number,
           const char *title,
           const char *sector,
           const char *status,
           double      progress)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (SEED, NULL, &error);

  g_assert_no_error (error);
  g_free (card->number);
  card->number = g_strdup (number);
  g_free (card->title);
  card->title = g_strdup (title);
  g_free (card->sector);
  card->sector = g_strdup (sector);
  g_free (card->status);
  card->status = g_strdup (status);
  card->has_progress = progress >= 0;
  card->progress = progress >= 0 ? progress : 0;
  return card;
}

/* Four pledges in two 분야 and none; 2-1 has 국비 2019 raised by 200 in its source row
 * only, so its written 계 is stale and the workbook must add up the sources itself. */
static GPtrArray *
seed_cards (void)
{
  GPtrArray *cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *stale;
  GyMoneyRow *national;

  g_ptr_array_add (cards, read_seed ("1-1", "4차 산업혁명 대응 혁신역량 강화", "일자리경제",
                                     "정상추진", 77.5));
  g_ptr_array_add (cards, read_seed ("1-2", "=SUM(A1) 시민 참여 확대", "일자리경제", "완료", 80));
  stale = read_seed ("2-1", "스마트 안전도시 조성", "복지안전", "정상추진", -1);
  national = g_ptr_array_index (stale->money, 0);
  g_assert_cmpstr (national->source, ==, "국비");
  g_assert_cmpint (national->years[1], ==, 800000);
  national->years[1] = 1000000;
  g_ptr_array_add (cards, stale);
  g_ptr_array_add (cards, read_seed ("", "+82 어르신 돌봄", NULL, NULL, 100));
  return cards;
}

static void
options_for_test (GySelection *options)
{
  gy_selection_init (options);
  g_date_set_dmy (&options->as_of, 25, G_DATE_NOVEMBER, 2026);
}

static struct {
  char *dir;
  char *path;
  Book *book;
  GPtrArray *stages;
} seed;

static void
record_progress (guint       done,
                 guint       total,
                 const char *stage,
                 gpointer    user_data)
{
  GPtrArray *stages = user_data;

  g_ptr_array_add (stages, g_strdup_printf ("%u/%u %s", done, total, stage));
}

static Book *
seed_book (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  GySelection options;

  if (seed.book != NULL)
    return seed.book;
  seed.dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
  seed.path = g_build_filename (seed.dir, "공약.xlsx", NULL);
  seed.stages = g_ptr_array_new_with_free_func (g_free);
  cards = seed_cards ();
  options_for_test (&options);
  g_assert_true (gy_xlsx_write_cards (cards, "김천시", body_sources, body_sectors,
                                      body_statuses, seed.path, &options, record_progress,
                                      seed.stages, &error));
  g_assert_no_error (error);
  seed.book = read_book (seed.path);
  return seed.book;
}

static void
remove_entry (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_entry (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* LibreOffice can still be closing when its converter returns, and drop a lock file into
 * a folder already emptied: empty it again until it goes. */
static void
remove_tree (const char *path)
{
  for (guint attempt = 0; attempt < 50 && g_file_test (path, G_FILE_TEST_EXISTS); attempt++)
    {
      if (attempt > 0)
        g_usleep (100 * 1000);
      remove_entry (path);
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_test_message ("could not remove %s", path);
}

static void
seed_clear (void)
{
  g_clear_pointer (&seed.book, book_free);
  g_clear_pointer (&seed.stages, g_ptr_array_unref);
  if (seed.dir != NULL)
    remove_tree (seed.dir);
  g_clear_pointer (&seed.dir, g_free);
  g_clear_pointer (&seed.path, g_free);
}

/* ── the seed workbook ────────────────────────────────────────────────────────── */

static void
test_seed_sheet_names (void)
{
  Book *book = seed_book ();
  const char *expected[] = { "총괄", "투자계획", "1-1", "1-2", "2-1", "공약 4" };

  g_assert_cmpuint (book->sheets->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (book->sheets, i), ==, expected[i]);
}

static void
test_seed_progress (void)
{
  const char *expected[] = {
    "1/7 총괄", "2/7 투자계획", "3/7 cards", "4/7 cards", "5/7 cards", "6/7 cards",
    "6/7 file", "7/7 file",
  };

  seed_book ();
  g_assert_cmpuint (seed.stages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (seed.stages, i), ==, expected[i]);
}

/* The money table of card 1-1, cell by cell: the seed's numbers where the seed has them. */
static void
test_seed_money_table (void)
{
  Book *book = seed_book ();
  const char *s = "1-1";
  guint head = find_row (book, s, "A", "재원별", 1);
  guint sum = head + 2;
  const char *cols[] = { "B", "C", "D", "E", "F", "G", "H", "I", "J" };
  /* 총사업비, 기투자, 소계, 2018 하반기 … 2022 상반기, 임기후; NULL = blank */
  const char *rows[][10] = {
    { "국비", "8080", NULL, "8080", "900", "800", "2100", "2140", "2140", NULL },
    { "도비", "837",  NULL, "837",  "130", "135", "160",  "206",  "206",  NULL },
    { "시비", "1985", NULL, "1985", "315", "360", "370",  "470",  "470",  NULL },
    { "민자", "0",    NULL, "0",    NULL,  NULL,  NULL,   NULL,   NULL,   NULL },
    { "기타", "30",   NULL, "30",   NULL,  "30",  NULL,   NULL,   NULL,   NULL },
  };
  const char *totals[] = {
    "10932", "0", "10932", "1345", "1325", "2630", "2816", "2816", "0",
  };

  {
    g_autofree char *label = ref ("A", sum);
    g_assert_cmpstr (text_at (book, s, label), ==, "계");
  }
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint r = sum + 1 + i;
      g_autofree char *label = ref ("A", r);
      g_autofree char *years = g_strdup_printf ("=SUM(E%u:I%u)", r, r);
      g_autofree char *total = g_strdup_printf ("=C%u+D%u+J%u", r, r, r);
      g_autofree char *b = ref ("B", r);
      g_autofree char *d = ref ("D", r);

      g_assert_cmpstr (text_at (book, s, label), ==, rows[i][0]);
      assert_formula (book, s, b, total, rows[i][1]);
      assert_formula (book, s, d, years, rows[i][3]);
      for (guint c = 0; c < G_N_ELEMENTS (cols); c++)
        {
          g_autofree char *cell = ref (cols[c], r);

          if (c == 0 || c == 2)
            continue;  /* the formulas above */
          assert_number (book, s, cell, rows[i][c + 1]);
        }
    }
  for (guint c = 0; c < G_N_ELEMENTS (cols); c++)
    {
      g_autofree char *cell = ref (cols[c], sum);
      g_autofree char *formula = g_strdup_printf ("=SUM(%s%u:%s%u)", cols[c], sum + 1, cols[c],
                                                  sum + 5);
      assert_formula (book, s, cell, formula, totals[c]);
    }
  /* The seed leaves 계's 기투자 and 임기후 blank: the zero is hidden, not written as text. */
  {
    g_autofree char *before = ref ("C", sum);
    g_autofree char *sub = ref ("D", sum);

    g_assert_cmpstr (cell_at (book, s, before)->numfmt, ==, "#,##0;-#,##0;");
    g_assert_cmpstr (cell_at (book, s, sub)->numfmt, ==, "#,##0");
  }
}

/* The headers: 임기내 투자계획(B) over 소계 and the years, the others merged down. */
static void
test_seed_money_header (void)
{
  Book *book = seed_book ();
  const char *s = "1-1";
  guint head = find_row (book, s, "A", "재원별", 1);
  guint low = head + 1;
  const char *years[] = { "2018 하반기", "2019", "2020", "2021", "2022 상반기" };
  const char *cols[] = { "E", "F", "G", "H", "I" };
  struct { const char *col; const char *text; gboolean down; } cells[] = {
    { "A", "재원별", TRUE }, { "B", "총사업비\n(A+B+C)", TRUE }, { "C", "기투자\n(A)", TRUE },
    { "D", "임기내 투자계획(B)", FALSE }, { "J", "2022 하반기 이후\n(C)", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_autofree char *top = ref (cells[i].col, head);
      g_autofree char *range = cells[i].down
                               ? g_strdup_printf ("%s%u:%s%u", cells[i].col, head, cells[i].col, low)
                               : g_strdup_printf ("D%u:I%u", head, head);

      g_assert_cmpstr (text_at (book, s, top), ==, cells[i].text);
      g_assert_true (has_merge (book, s, range));
    }
  {
    g_autofree char *sub = ref ("D", low);
    g_assert_cmpstr (text_at (book, s, sub), ==, "소계");
  }
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autofree char *cell = ref (cols[y], low);
      g_assert_cmpstr (text_at (book, s, cell), ==, years[y]);
    }
  /* the reference date and the unit right above the table */
  {
    g_autofree char *date = ref ("A", head - 1);
    g_autofree char *unit = ref ("J", head - 1);
    g_autofree char *heading = ref ("A", head - 2);

    g_assert_cmpstr (text_at (book, s, date), ==, "2026. 11. 25. 기준");
    g_assert_cmpstr (text_at (book, s, unit), ==, "(단위: 백만원)");
    g_assert_cmpstr (text_at (book, s, heading), ==, "□ 연차별 투자수요");
  }
}

/* A card whose source row disagrees with its written 계: the totals follow the sources. */
static void
test_seed_computed_totals (void)
{
  Book *book = seed_book ();
  const char *s = "2-1";
  guint sum = find_row (book, s, "A", "재원별", 1) + 2;
  g_autofree char *total = ref ("B", sum);
  g_autofree char *y2019 = ref ("F", sum);
  g_autofree char *national = ref ("B", sum + 1);
  g_autofree char *national_2019 = ref ("F", sum + 1);

  assert_number (book, s, national_2019, "1000");
  g_assert_cmpstr (cell_at (book, s, national)->cached, ==, "8280");
  g_assert_cmpstr (cell_at (book, s, y2019)->cached, ==, "1525");
  g_assert_cmpstr (cell_at (book, s, total)->cached, ==, "11132");
}

static void
test_seed_card_text (void)
{
  Book *book = seed_book ();
  const char *s = "1-1";
  guint years, problem;
  const char *entries;

  g_assert_cmpstr (text_at (book, s, "A1"), ==, "1-1 4차 산업혁명 대응 혁신역량 강화");
  g_assert_true (has_merge (book, s, "A1:J1"));
  g_assert_cmpstr (text_at (book, s, "A2"), ==, "2026. 11. 25. 기준");
  /* the header table: label/value pairs across the row */
  g_assert_cmpstr (text_at (book, s, "A3"), ==, "임기구분");
  g_assert_cmpstr (text_at (book, s, "B3"), ==, "임기내");
  g_assert_true (has_merge (book, s, "B3:E3"));
  g_assert_cmpstr (text_at (book, s, "F3"), ==, "사업주체");
  g_assert_true (has_merge (book, s, "F3:G3"));
  g_assert_cmpstr (text_at (book, s, "H3"), ==, "김천시");
  g_assert_true (has_merge (book, s, "H3:J3"));
  g_assert_cmpstr (text_at (book, s, "F4"), ==, "중앙정부 지원");
  g_assert_cmpstr (text_at (book, s, "H4"), ==, "제도적 지원 필요");
  g_assert_cmpstr (text_at (book, s, "F5"), ==, "사업이행도(진도율)");
  g_assert_cmpstr (cell_at (book, s, "H5")->value, ==, "77.5");
  g_assert_cmpstr (cell_at (book, s, "H5")->numfmt, ==, "0.0\"%\"");
  g_assert_cmpstr (text_at (book, s, "A6"), ==, "주관부서");
  g_assert_cmpstr (text_at (book, s, "B6"), ==, "미래혁신전략과");
  g_assert_cmpstr (text_at (book, s, "H6"), ==, "-");
  g_assert_cmpstr (text_at (book, s, "A7"), ==, "이행상태");
  g_assert_cmpstr (text_at (book, s, "B7"), ==, "정상추진");
  g_assert_cmpstr (text_at (book, s, "A8"), ==, "공약실명제");
  g_assert_cmpstr (text_at (book, s, "B8"), ==,
                   "과장 윤상영(6350), 담당 황지훈(6901), 담당자 김기훈(6902)");
  g_assert_true (has_merge (book, s, "B8:J8"));

  g_assert_cmpuint (find_row (book, s, "A", "□ 사업개요", 1), ==, 10);
  g_assert_cmpstr (text_at (book, s, "A11"), ==, "- 사업목표 : 4차 산업혁명 혁신역량 강화");
  g_assert_cmpstr (text_at (book, s, "A15"), ==, "  - 중앙부처의 공모사업 발굴 및 미래형 첨단 신산업 발굴");
  find_row (book, s, "A", "1. 4차 산업혁명 대응 정부 R&D 과제 발굴 프로젝트 추진", 1);

  years = find_row (book, s, "A", "연도별", 1);
  {
    g_autofree char *text_head = ref ("B", years);
    g_autofree char *remarks = ref ("J", years);
    g_autofree char *first_year = ref ("A", years + 1);
    g_autofree char *first_entries = ref ("B", years + 1);
    g_autofree char *merge = g_strdup_printf ("B%u:I%u", years + 1, years + 1);

    g_assert_cmpstr (text_at (book, s, text_head), ==, "주요사업내용");
    g_assert_cmpstr (text_at (book, s, remarks), ==, "비고");
    g_assert_cmpstr (text_at (book, s, first_year), ==, "2018");
    g_assert_true (has_merge (book, s, merge));
    entries = text_at (book, s, first_entries);
    g_assert_true (g_str_has_prefix (entries, "- 4차 산업혁명시대 공직리더의 혁신전략 특강\n"
                                              "  · 일시/장소 : 2018. 9. 14.(금), 김천녹색미래과학관\n"));
  }

  problem = find_row (book, s, "A", "□ 문제점 및 대응계획", 1);
  {
    g_autofree char *first = ref ("A", problem + 1);
    g_autofree char *response = ref ("A", problem + 2);

    g_assert_true (g_str_has_prefix (text_at (book, s, first), "- 4차 산업혁명에 대응하기"));
    g_assert_cmpstr (text_at (book, s, response), ==,
                     "  ⇒ 연구기관 및 기업과 연계·협업으로 정부 공모사업에 적극 참여");
  }
  find_row (book, s, "A", "- 4차 산업혁명에 대응하기 위한 중점 추진과제 발굴 및 정부 공모사업 유치 발판 마련",
            find_row (book, s, "A", "□ 기대효과", 1));
}

/* A title that looks like a formula stays the text it is, in every sheet. */
static void
test_seed_text_stays_text (void)
{
  Book *book = seed_book ();

  g_assert_cmpstr (text_at (book, "1-2", "A1"), ==, "1-2 =SUM(A1) 시민 참여 확대");
  g_assert_cmpstr (text_at (book, "공약 4", "A1"), ==, "+82 어르신 돌봄");
  g_assert_cmpstr (text_at (book, "총괄", "C8"), ==, "=SUM(A1) 시민 참여 확대");
  g_assert_cmpstr (text_at (book, "투자계획", "C18"), ==, "=SUM(A1) 시민 참여 확대");
}

static void
test_seed_formats (void)
{
  Book *book = seed_book ();
  GHashTableIter iter;
  gpointer key, value;
  guint n_cells = 0;

  /* every cell of every sheet in 맑은 고딕; every number in #,##0 (or a percentage) */
  g_hash_table_iter_init (&iter, book->cells);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Cell *cell = value;

      if (g_strcmp0 (cell->font, "맑은 고딕") != 0)
        g_error ("%s is in “%s”", (const char *) key, cell->font);
      if (!g_str_equal (cell->kind, "s") && !g_str_has_prefix (cell->numfmt, "#,##0") &&
          !g_str_has_suffix (cell->numfmt, "\"%\""))
        g_error ("%s has the number format “%s”", (const char *) key, cell->numfmt);
      n_cells++;
    }
  g_assert_cmpuint (n_cells, >, 500);
  g_assert_true (cell_at (book, "1-1", "A1")->bold);
  /* Hangul needs two digit-widths a syllable: the label column fits "공약실명제" */
  g_assert_cmpfloat (g_ascii_strtod (record (book, "col|1-1|A")[0], NULL), >=, 10);
  g_assert_cmpfloat (g_ascii_strtod (record (book, "col|총괄|C")[0], NULL), >=, 30);
}

static void
test_seed_print (void)
{
  Book *book = seed_book ();
  const char *summaries[] = { "총괄", "투자계획" };

  for (guint i = 0; i < book->sheets->len; i++)
    {
      const char *sheet = g_ptr_array_index (book->sheets, i);
      g_autofree char *page_key = g_strconcat ("page|", sheet, NULL);
      g_autofree char *footer_key = g_strconcat ("footer|", sheet, NULL);
      const char * const *page = record (book, page_key);
      const char * const *footer = record (book, footer_key);
      gboolean summary = i < G_N_ELEMENTS (summaries);

      g_assert_cmpstr (page[0], ==, "9");
      g_assert_cmpstr (page[1], ==, summary ? "landscape" : "portrait");
      g_assert_cmpstr (page[2], ==, "1");   /* one page wide */
      g_assert_cmpstr (page[3], ==, "0");   /* as many tall as it takes */
      g_assert_cmpstr (page[4], ==, "1");
      g_assert_cmpstr (page[5], ==, summary ? "$3:$4" : "");
      g_assert_cmpstr (footer[0], ==, "김천시");
      g_assert_cmpstr (footer[1], ==, "&P / &N");
      g_assert_cmpstr (footer[2], ==, "2026. 11. 25. 기준");
    }
  g_assert_cmpstr (record (book, "prop|company")[0], ==, "김천시");
  g_assert_cmpstr (record (book, "prop|title")[0], ==,
                   "김천시 민선7기 공약 이행 현황 (2026. 11. 25. 기준)");
  g_assert_cmpstr (record (book, "prop|created")[0], !=, "");
}

/* 투자계획: 합계 and its sources, 소계 per 분야, then each pledge's 계 and sources. */
static void
test_seed_investment (void)
{
  Book *book = seed_book ();
  const char *s = "투자계획";
  const char *sources[] = { "국비", "도비", "시비", "민자", "기타" };

  g_assert_cmpstr (text_at (book, s, "A1"), ==, "김천시 민선7기 공약사업 투자계획");
  g_assert_cmpstr (text_at (book, s, "A2"), ==, "2026. 11. 25. 기준");
  g_assert_cmpstr (text_at (book, s, "M2"), ==, "(단위: 백만원)");
  g_assert_true (has_merge (book, s, "G3:L3"));
  g_assert_cmpstr (text_at (book, s, "G3"), ==, "임기내 투자계획(B)");
  g_assert_cmpstr (text_at (book, s, "L4"), ==, "2022 상반기");
  g_assert_true (has_merge (book, s, "E3:E4"));
  g_assert_true (has_merge (book, s, "M3:M4"));

  /* 합계: rows 5–10, A–C merged */
  g_assert_true (has_merge (book, s, "A5:C10"));
  g_assert_cmpstr (text_at (book, s, "A5"), ==, "합계");
  g_assert_cmpstr (text_at (book, s, "D5"), ==, "계");
  assert_formula (book, s, "E5", "=SUM(E6:E10)", "43928");
  assert_formula (book, s, "F5", "=SUM(F6:F10)", "0");
  assert_formula (book, s, "H5", "=SUM(H6:H10)", "5380");
  assert_formula (book, s, "I5", "=SUM(I6:I10)", "5500");
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *label = ref ("D", 6 + i);
      g_autofree char *cell = ref ("E", 6 + i);
      g_autofree char *formula = g_strdup_printf ("=SUMIF($D$11:$D$37,\"%s\",E$11:E$37)",
                                                  sources[i]);
      const char *values[] = { "32520", "3348", "7940", "0", "120" };

      g_assert_cmpstr (text_at (book, s, label), ==, sources[i]);
      assert_formula (book, s, cell, formula, values[i]);
    }

  /* 일자리경제 소계 (row 11), then 1-1 (12–17) and 1-2 (18–23) */
  g_assert_cmpstr (text_at (book, s, "A11"), ==, "일자리경제");
  g_assert_cmpstr (text_at (book, s, "B11"), ==, "소계");
  assert_formula (book, s, "E11", "=SUMIF($D$12:$D$23,\"계\",E$12:E$23)", "21864");
  assert_formula (book, s, "I11", "=SUMIF($D$12:$D$23,\"계\",I$12:I$23)", "2650");
  g_assert_true (has_merge (book, s, "C12:C17"));
  g_assert_cmpstr (text_at (book, s, "B12"), ==, "1-1");
  g_assert_cmpstr (text_at (book, s, "D12"), ==, "계");
  assert_formula (book, s, "E12", "=SUM(E13:E17)", "10932");
  assert_formula (book, s, "G12", "=SUM(G13:G17)", "10932");
  assert_formula (book, s, "L12", "=SUM(L13:L17)", "2816");
  g_assert_cmpstr (text_at (book, s, "D13"), ==, "국비");
  assert_formula (book, s, "E13", "=F13+G13+M13", "8080");
  assert_formula (book, s, "G13", "=SUM(H13:L13)", "8080");
  assert_number (book, s, "H13", "900");
  assert_number (book, s, "L13", "2140");
  assert_number (book, s, "M13", NULL);
  g_assert_cmpstr (text_at (book, s, "D16"), ==, "민자");
  assert_formula (book, s, "E16", "=F16+G16+M16", "0");
  assert_number (book, s, "H16", NULL);

  /* 복지안전 소계 (row 24) over 2-1 with its raised 국비 */
  g_assert_cmpstr (text_at (book, s, "A24"), ==, "복지안전");
  assert_formula (book, s, "E24", "=SUMIF($D$25:$D$30,\"계\",E$25:E$30)", "11132");
  assert_number (book, s, "I26", "1000");
  /* the pledge with no 분야 last */
  g_assert_cmpstr (text_at (book, s, "A31"), ==, "분야 미지정");
  assert_formula (book, s, "E31", "=SUMIF($D$32:$D$37,\"계\",E$32:E$37)", "10932");
  g_assert_null (cell_at (book, s, "A38"));
}

/* 총괄's row ROW: 계 (column H) caches the sum of the status columns after it. */
static void
assert_status_columns_add_up (Book       *book,
                              const char *sheet,
                              guint       row)
{
  g_autofree char *count = g_strdup_printf ("H%u", row);
  guint64 sum = 0;

  for (char col = 'I'; col <= 'Z'; col++)
    {
      g_autofree char *head = g_strdup_printf ("%c4", col);
      g_autofree char *cell = g_strdup_printf ("%c%u", col, row);

      if (cell_at (book, sheet, head) == NULL)
        break;
      if (cell_at (book, sheet, cell) != NULL)
        sum += g_ascii_strtoull (cell_at (book, sheet, cell)->cached, NULL, 10);
    }
  g_assert_cmpuint (sum, ==, g_ascii_strtoull (cell_at (book, sheet, count)->cached, NULL, 10));
}

/* 총괄: counts per status and the plain mean of progress, rounded to one decimal. */
static void
test_seed_status (void)
{
  Book *book = seed_book ();
  const char *s = "총괄";

  g_assert_cmpstr (text_at (book, s, "A1"), ==, "김천시 민선7기 공약 이행 현황 총괄");
  g_assert_cmpstr (text_at (book, s, "H3"), ==, "이행상태별 공약 수");
  /* seven statuses, then 미지정 for the pledge without one */
  g_assert_true (has_merge (book, s, "H3:P3"));
  g_assert_cmpstr (text_at (book, s, "O4"), ==, "미도래");
  g_assert_cmpstr (text_at (book, s, "P4"), ==, "미지정");
  g_assert_null (cell_at (book, s, "Q4"));
  g_assert_true (has_merge (book, s, "F3:F4"));
  g_assert_cmpstr (text_at (book, s, "F3"), ==, "진도율(%)");
  g_assert_cmpstr (text_at (book, s, "I4"), ==, "완료");
  g_assert_cmpstr (text_at (book, s, "K4"), ==, "정상추진");

  /* 합계 */
  g_assert_cmpstr (text_at (book, s, "A5"), ==, "합계");
  assert_formula (book, s, "F5",
                  "=IFERROR(ROUND(AVERAGEIF($B$6:$B$12,\"<>소계\",F6:F12),1),\"\")", "85.8");
  assert_formula (book, s, "G5", "=SUMIF($B$6:$B$12,\"소계\",G6:G12)", "43928");
  assert_formula (book, s, "H5", "=SUMIF($B$6:$B$12,\"소계\",H6:H12)", "4");
  assert_formula (book, s, "I5", "=SUMIF($B$6:$B$12,\"소계\",I6:I12)", "1");
  assert_formula (book, s, "K5", "=SUMIF($B$6:$B$12,\"소계\",K6:K12)", "2");
  assert_formula (book, s, "L5", "=SUMIF($B$6:$B$12,\"소계\",L6:L12)", "0");
  assert_formula (book, s, "P5", "=SUMIF($B$6:$B$12,\"소계\",P6:P12)", "1");
  assert_status_columns_add_up (book, s, 5);

  /* 일자리경제: 77.5 and 80 → 78.75 → 78.8 */
  g_assert_cmpstr (text_at (book, s, "A6"), ==, "일자리경제");
  g_assert_cmpstr (text_at (book, s, "B6"), ==, "소계");
  assert_formula (book, s, "F6", "=IFERROR(ROUND(AVERAGE(F7:F8),1),\"\")", "78.8");
  assert_formula (book, s, "G6", "=SUM(G7:G8)", "21864");
  assert_formula (book, s, "H6", "=SUM(H7:H8)", "2");
  g_assert_cmpstr (text_at (book, s, "B7"), ==, "1-1");
  g_assert_cmpstr (text_at (book, s, "D7"), ==, "미래혁신전략과");
  g_assert_cmpstr (text_at (book, s, "E7"), ==, "정상추진");
  g_assert_cmpstr (cell_at (book, s, "F7")->value, ==, "77.5");
  g_assert_cmpstr (cell_at (book, s, "F7")->numfmt, ==, "#,##0.0");
  assert_number (book, s, "G7", "10932");
  assert_number (book, s, "H7", "1");
  assert_number (book, s, "K7", "1");
  assert_number (book, s, "I7", NULL);

  /* 복지안전: no progress at all → an empty mean, not 0 */
  g_assert_cmpstr (text_at (book, s, "A9"), ==, "복지안전");
  assert_formula (book, s, "F9", "=IFERROR(ROUND(AVERAGE(F10:F10),1),\"\")", "");
  assert_formula (book, s, "G9", "=SUM(G10:G10)", "11132");
  assert_number (book, s, "F10", NULL);
  g_assert_cmpstr (text_at (book, s, "A11"), ==, "분야 미지정");
  g_assert_cmpstr (text_at (book, s, "C12"), ==, "+82 어르신 돌봄");
  assert_number (book, s, "P12", "1");
  assert_number (book, s, "H12", "1");
  assert_formula (book, s, "P11", "=SUM(P12:P12)", "1");
  assert_status_columns_add_up (book, s, 11);
  g_assert_null (cell_at (book, s, "A13"));
}

/* ── LibreOffice ──────────────────────────────────────────────────────────────── */

static gboolean
run (const char * const *argv,
     char              **envp,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ignored = NULL;
  int status;

  /* stdout is always captured: LibreOffice chats there, and it would break the TAP stream */
  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     out != NULL ? out : &ignored, &err, &status, &error))
    g_error ("cannot run %s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_test_message ("%s: %s\n%s", argv[0], error->message, err);
      return FALSE;
    }
  return TRUE;
}

static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *office = g_find_program_in_path ("libreoffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *home = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) envp = NULL;

  if (office == NULL || pdftotext == NULL)
    {
      g_test_skip ("libreoffice or pdftotext is not installed");
      return;
    }
  seed_book ();
  dir = g_dir_make_tmp ("gongyak-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  home = g_build_filename (dir, "home", NULL);
  g_mkdir (home, 0700);
  envp = g_environ_setenv (g_get_environ (), "HOME", home, TRUE);
  {
    const char *convert[] = { office, "--headless", "--convert-to", "pdf", "--outdir", dir,
                              seed.path, NULL };
    g_assert_true (run (convert, envp, NULL));
  }
  pdf = g_build_filename (dir, "공약.pdf", NULL);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  {
    const char *totext[] = { pdftotext, "-layout", pdf, "-", NULL };
    g_assert_true (run (totext, NULL, &text));
  }
  g_assert_nonnull (strstr (text, "10,932"));
  g_assert_nonnull (strstr (text, "미래혁신전략과"));
  g_assert_nonnull (strstr (text, "2022 하반기 이후"));
  g_assert_nonnull (strstr (text, "공약 이행 현황 총괄"));
  remove_tree (dir);
}

/* ── selection, names and errors ──────────────────────────────────────────────── */

static char *
write_temp (GPtrArray           *cards,
            const GySelection *options,
            char               **out_dir,
            GError             **error)
{
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  char *path = g_build_filename (dir, "out.xlsx", NULL);

  g_assert_nonnull (dir);
  gy_xlsx_write_cards (cards, "김천시", body_sources, body_sectors, body_statuses, path,
                       options, NULL, NULL, error);
  *out_dir = g_steal_pointer (&dir);
  return path;
}

static void
assert_sheets (Book               *book,
               const char * const *expected)
{
  g_autofree char *joined = NULL;
  g_autofree char *wanted = g_strjoinv (",", (char **) expected);

  g_ptr_array_add (book->sheets, NULL);
  joined = g_strjoinv (",", (char **) book->sheets->pdata);
  g_ptr_array_set_size (book->sheets, book->sheets->len - 1);
  g_assert_cmpstr (joined, ==, wanted);
}

static void
test_selection (void)
{
  g_autoptr(GPtrArray) cards = seed_cards ();
  const char *numbers[] = { "2-1", "", NULL };
  struct {
    const char *sector, *status;
    const char * const *numbers;
    const char *expected[5];
  } cases[] = {
    { "일자리경제", NULL, NULL, { "총괄", "투자계획", "1-1", "1-2", NULL } },
    { NULL, "정상추진", NULL, { "총괄", "투자계획", "1-1", "2-1", NULL } },
    { NULL, NULL, numbers, { "총괄", "투자계획", "2-1", "공약 2", NULL } },
    { "일자리경제", "완료", NULL, { "총괄", "투자계획", "1-2", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = NULL;
      g_autofree char *path = NULL;
      g_autoptr(Book) book = NULL;
      GySelection options;

      options_for_test (&options);
      options.sector = cases[i].sector;
      options.status = cases[i].status;
      options.numbers = cases[i].numbers;
      path = write_temp (cards, &options, &dir, &error);
      g_assert_no_error (error);
      book = read_book (path);
      assert_sheets (book, cases[i].expected);
      remove_tree (dir);
    }
}

static void
test_sheet_names (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  const char *numbers[] = {
    "1/3", "2-1", "2-1", "'인용'", "[x]:*?\\", "총괄",
    "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사",
    "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나'다라",
    "history", "",
  };
  const char *expected[] = {
    "총괄", "투자계획", "13", "2-1", "2-1 (2)", "인용", "x", "총괄 (2)",
    "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다",
    "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나",
    "history (2)", "공약 10", NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(Book) book = NULL;
  GySelection options;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_ptr_array_add (cards, read_seed (numbers[i], "이름", NULL, NULL, -1));
  options_for_test (&options);
  path = write_temp (cards, &options, &dir, &error);
  g_assert_no_error (error);
  book = read_book (path);
  assert_sheets (book, expected);
  remove_tree (dir);
}

/* A 연도별 row taller than Excel allows is split over rows that share its year and 비고. */
static void
test_long_year_row (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *card = read_seed ("1-1", "긴 실적", NULL, NULL, -1);
  GyYearRow *year = g_ptr_array_index (card->years, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(Book) book = NULL;
  GySelection options;
  guint row;

  g_ptr_array_set_size (year->entries, 0);
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("항목 %u", i);
      gy_year_row_add (year, "-", text);
    }
  g_free (year->remarks);
  year->remarks = g_strdup ("비고 한 줄");
  g_ptr_array_add (cards, card);
  options_for_test (&options);
  path = write_temp (cards, &options, &dir, &error);
  g_assert_no_error (error);
  book = read_book (path);

  row = find_row (book, "1-1", "A", "연도별", 1) + 1;
  {
    g_autofree char *label = ref ("A", row);
    g_autofree char *label_merge = g_strdup_printf ("A%u:A%u", row, row + 1);
    g_autofree char *remarks = ref ("J", row);
    g_autofree char *remarks_merge = g_strdup_printf ("J%u:J%u", row, row + 1);
    g_autofree char *first = ref ("B", row);
    g_autofree char *second = ref ("B", row + 1);
    g_autofree char *next = ref ("A", row + 2);
    g_autofree char *row_key = g_strdup_printf ("row|1-1|%u", row);

    g_assert_cmpstr (text_at (book, "1-1", label), ==, "2018");
    g_assert_true (has_merge (book, "1-1", label_merge));
    g_assert_cmpstr (text_at (book, "1-1", remarks), ==, "비고 한 줄");
    g_assert_true (has_merge (book, "1-1", remarks_merge));
    g_assert_true (g_str_has_prefix (text_at (book, "1-1", first), "- 항목 1\n- 항목 2\n"));
    g_assert_true (g_str_has_suffix (text_at (book, "1-1", first), "\n- 항목 26"));
    g_assert_true (g_str_has_prefix (text_at (book, "1-1", second), "- 항목 27\n"));
    g_assert_true (g_str_has_suffix (text_at (book, "1-1", second), "\n- 항목 40"));
    g_assert_cmpstr (text_at (book, "1-1", next), ==, "2019");
    /* 26 lines of 15 pt and the padding: under Excel's 409 pt */
    g_assert_cmpstr (record (book, row_key)[0], ==, "393");
  }
  remove_tree (dir);
}

/* ── one term per workbook ─────────────────────────────────────────────────────── */

#define TERM8 TEST_DATA_DIR "/cards/term8.txt"
#define DISTRICT_WHOLE TEST_DATA_DIR "/cards/district-whole.txt"

static GyCard *
read_card (const char *path,
           const char *number,
           GPtrArray  *terms)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (path, terms, &error);

  g_assert_no_error (error);
  g_free (card->number);
  card->number = g_strdup (number);
  return card;
}

/* The seed (민선7기) as 1-1, and the 민선8기 card as 8-1, which has no 분야 and no 이행상태. */
static GPtrArray *
two_term_cards (void)
{
  GPtrArray *cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);

  g_ptr_array_add (cards, read_seed ("1-1", "4차 산업혁명 대응 혁신역량 강화", "일자리경제",
                                     "정상추진", 77.5));
  g_ptr_array_add (cards, read_card (TERM8, "8-1", NULL));
  return cards;
}

/* The workbook of CARDS for TERM (NULL: the default), through a body file when STORE is
 * set, else through gy_xlsx_write_cards(). */
static Book *
term_book (GPtrArray  *cards,
           const char *term,
           gboolean    through_store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  Book *book;
  GySelection options;

  options_for_test (&options);
  options.term = term;
  if (through_store)
    {
      g_autofree char *db = g_build_filename (dir, "body.gongyak", NULL);
      g_autoptr(GyStore) store = gy_store_open (db, GY_STORE_OPEN_CREATE, &error);

      g_assert_no_error (error);
      g_assert_true (gy_store_set_body_name (store, "김천시", &error));
      g_assert_true (gy_store_import_cards (store, cards, &error));
      g_assert_no_error (error);
      g_assert_true (gy_xlsx_export (store, path, &options, NULL, NULL, &error));
    }
  else
    g_assert_true (gy_xlsx_write_cards (cards, "김천시", body_sources, body_sectors,
                                        body_statuses, path, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  book = read_book (path);
  remove_tree (dir);
  return book;
}

typedef struct {
  const char *term;       /* as the selection names it */
  const char *name;       /* the term the workbook is for */
  const char *number;     /* its one pledge */
  const char *years[5];   /* 투자계획's fiscal columns, H to L */
  const char *total;      /* 총사업비 (A+B+C) of that pledge, in 백만원 */
  const char *before;     /* 기투자 (A) */
  const char *in_term;    /* 소계 of (B) */
  const char *after;      /* 임기후 (C) */
} TermCase;

static void
assert_term_book (Book           *book,
                  const TermCase *c)
{
  const char *s = "투자계획";
  const char *year_cols[] = { "H", "I", "J", "K", "L" };
  const char *sheets[] = { "총괄", "투자계획", c->number, NULL };
  g_autofree char *title = g_strdup_printf ("김천시 %s 공약사업 투자계획", c->name);
  g_autofree char *status_title = g_strdup_printf ("김천시 %s 공약 이행 현황 총괄", c->name);
  guint subtotal = find_row (book, s, "B", "소계", 6);
  guint n_sources = subtotal - 6, top = subtotal + 1;
  g_autofree char *sum = g_strdup_printf ("=SUM(E6:E%u)", 5 + n_sources);
  g_autofree char *pledge_sum = g_strdup_printf ("=SUM(E%u:E%u)", top + 1, top + n_sources);
  g_autofree char *number = ref ("B", top);
  g_autofree char *pledge_total = ref ("E", top);
  g_autofree char *after_pledge = ref ("A", top + 1 + n_sources);
  g_autofree char *card_total = NULL;
  guint card_head;

  g_test_message ("%s: %s", c->term != NULL ? c->term : "(default)", c->name);
  assert_sheets (book, sheets);
  g_assert_cmpstr (text_at (book, s, "A1"), ==, title);
  g_assert_cmpstr (text_at (book, "총괄", "A1"), ==, status_title);

  /* exactly the term's fiscal columns, then its (C), and nothing after */
  g_assert_true (has_merge (book, s, "G3:L3"));
  for (guint i = 0; i < G_N_ELEMENTS (year_cols); i++)
    {
      g_autofree char *cell = ref (year_cols[i], 4);
      g_assert_cmpstr (text_at (book, s, cell), ==, c->years[i]);
    }
  g_assert_true (has_merge (book, s, "M3:M4"));
  g_assert_true (g_str_has_suffix (text_at (book, s, "M3"), "(C)"));
  g_assert_null (cell_at (book, s, "N3"));
  g_assert_null (cell_at (book, s, "N4"));

  /* 합계 is the one pledge's own total, and so is its 계 */
  assert_formula (book, s, "E5", sum, c->total);
  assert_formula (book, s, "F5", "=SUM(F6:F10)", c->before);
  assert_formula (book, s, "G5", "=SUM(G6:G10)", c->in_term);
  assert_formula (book, s, "M5", "=SUM(M6:M10)", c->after);
  g_assert_cmpstr (text_at (book, s, number), ==, c->number);
  assert_formula (book, s, pledge_total, pledge_sum, c->total);
  g_assert_null (cell_at (book, s, after_pledge));

  /* 총괄's 총사업비 and the card sheet's 계 agree with it */
  g_assert_cmpstr (cell_at (book, "총괄", "G5")->cached, ==, c->total);
  card_head = find_row (book, c->number, "A", "재원별", 1);
  card_total = ref ("B", card_head + 2);
  g_assert_cmpstr (cell_at (book, c->number, card_total)->cached, ==, c->total);
  {
    g_autofree char *first_year = ref ("E", card_head + 1);
    g_assert_cmpstr (text_at (book, c->number, first_year), ==, c->years[0]);
  }
}

/* A body of a 민선7기 and a 민선8기 pledge: each workbook is one term's, with its columns
 * and its pledge's own total; by default the latest term (the 기준일 is after both). */
static void
test_terms (void)
{
  g_autoptr(GPtrArray) cards = two_term_cards ();
  const TermCase term7 = {
    "민선7기", "민선7기", "1-1", { "2018 하반기", "2019", "2020", "2021", "2022 상반기" },
    "10932", "0", "10932", "0",
  };
  const TermCase term8 = {
    "8", "민선8기", "8-1", { "2022 하반기", "2023", "2024", "2025", "2026 상반기" },
    "2000.5", "200", "1600.5", "200",
  };
  TermCase latest = term8;

  latest.term = NULL;
  for (guint through_store = 0; through_store <= 1; through_store++)
    {
      const TermCase *cases[] = { &term7, &term8, &latest };

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autoptr(Book) book = term_book (cards, cases[i]->term, through_store);
          assert_term_book (book, cases[i]);
        }
    }
}

/* 총괄 of a pledge without 이행상태: a 미지정 column counts it, and 계 adds up the status
 * columns; a term where every pledge has a status has no such column. */
static void
test_unset_status (void)
{
  g_autoptr(GPtrArray) cards = two_term_cards ();
  const char *s = "총괄";

  for (guint through_store = 0; through_store <= 1; through_store++)
    {
      g_autoptr(Book) term8 = term_book (cards, "민선8기", through_store);
      g_autoptr(Book) term7 = term_book (cards, "민선7기", through_store);

      g_assert_true (has_merge (term8, s, "H3:P3"));
      g_assert_cmpstr (text_at (term8, s, "P4"), ==, "미지정");
      g_assert_null (cell_at (term8, s, "Q4"));
      assert_formula (term8, s, "H5", "=SUMIF($B$6:$B$7,\"소계\",H6:H7)", "1");
      assert_formula (term8, s, "P5", "=SUMIF($B$6:$B$7,\"소계\",P6:P7)", "1");
      assert_formula (term8, s, "P6", "=SUM(P7:P7)", "1");
      assert_number (term8, s, "P7", "1");
      g_assert_cmpstr (text_at (term8, s, "A6"), ==, "분야 미지정");
      assert_status_columns_add_up (term8, s, 5);
      assert_status_columns_add_up (term8, s, 6);

      g_assert_true (has_merge (term7, s, "H3:O3"));
      g_assert_cmpstr (text_at (term7, s, "O4"), ==, "미도래");
      g_assert_null (cell_at (term7, s, "P4"));
      assert_formula (term7, s, "K5", "=SUMIF($B$6:$B$7,\"소계\",K6:K7)", "1");
      assert_status_columns_add_up (term7, s, 5);
    }
}

/* A district's card in whole years keeps them: 2022 … 2026, in 투자계획 and on its sheet.
 * The body's 민선8기 is given in whole years, as a district keeps it. */
static void
test_whole_years (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  const char *years[] = { "2022", "2023", "2024", "2025", "2026" };
  const char *cols[] = { "H", "I", "J", "K", "L" };
  const char *card_cols[] = { "E", "F", "G", "H", "I" };
  g_autoptr(Book) book = NULL;
  guint head;

  g_ptr_array_add (terms, gy_term_new_numbered (8, GY_TERM_LAYOUT_WHOLE));
  g_ptr_array_add (cards, read_card (DISTRICT_WHOLE, "3-1", terms));
  book = term_book (cards, NULL, FALSE);
  head = find_row (book, "3-1", "A", "재원별", 1);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *cell = ref (cols[i], 4);
      g_autofree char *card_cell = ref (card_cols[i], head + 1);

      g_assert_cmpstr (text_at (book, "투자계획", cell), ==, years[i]);
      g_assert_cmpstr (text_at (book, "3-1", card_cell), ==, years[i]);
    }
  g_assert_null (cell_at (book, "투자계획", "N4"));
  /* 100 before, 2,200.5 in the term, 400 after */
  g_assert_cmpstr (cell_at (book, "투자계획", "E5")->cached, ==, "2700.5");
  g_assert_cmpstr (cell_at (book, "투자계획", "G5")->cached, ==, "2200.5");
  g_assert_cmpstr (cell_at (book, "투자계획", "M5")->cached, ==, "400");
}

/* With no body name: no title starts with a space, and the footer and Company are empty. */
static void
test_no_body_name (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(Book) book = NULL;
  GySelection options;

  g_ptr_array_add (cards, read_seed ("1-1", "이름", NULL, NULL, -1));
  options_for_test (&options);
  g_assert_true (gy_xlsx_write_cards (cards, NULL, body_sources, body_sectors, body_statuses,
                                      path, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  book = read_book (path);
  g_assert_cmpstr (record (book, "prop|title")[0], ==,
                   "민선7기 공약 이행 현황 (2026. 11. 25. 기준)");
  g_assert_cmpstr (record (book, "prop|company")[0], ==, "");
  g_assert_cmpstr (text_at (book, "총괄", "A1"), ==, "민선7기 공약 이행 현황 총괄");
  g_assert_cmpstr (text_at (book, "투자계획", "A1"), ==, "민선7기 공약사업 투자계획");
  g_assert_cmpstr (record (book, "footer|총괄")[0], ==, "");
  g_assert_cmpstr (record (book, "footer|1-1")[1], ==, "&P / &N");
  remove_tree (dir);
}

/* A long body name still fits Excel's 255-byte footer. */
static void
test_long_body_name (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(Book) book = NULL;
  GySelection options;

  for (guint i = 0; i < 20; i++)
    g_string_append (body, "경상북도 김천시&");
  g_ptr_array_add (cards, read_seed ("1-1", "이름", NULL, NULL, -1));
  options_for_test (&options);
  g_assert_true (gy_xlsx_write_cards (cards, body->str, body_sources, body_sectors,
                                      body_statuses, path, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  book = read_book (path);
  g_assert_cmpstr (record (book, "prop|company")[0], ==, body->str);
  /* cut to 50 characters, and "&" doubled to stay a character and not a code */
  g_assert_cmpstr (record (book, "footer|1-1")[0], ==,
                   "경상북도 김천시&&경상북도 김천시&&경상북도 김천시&&경상북도 김천시&&"
                   "경상북도 김천시&&경상북도 ");
  remove_tree (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
assert_write_fails (GPtrArray  *cards,
                    const char *path,
                    int         code)
{
  g_autoptr(GError) error = NULL;
  GySelection options;

  options_for_test (&options);
  g_assert_false (gy_xlsx_write_cards (cards, "김천시", body_sources, body_sectors,
                                       body_statuses, path, &options, NULL, NULL, &error));
  g_assert_error (error, GY_XLSX_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_error_missing_dir (void)
{
  g_autoptr(GPtrArray) cards = seed_cards ();
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no such folder", "out.xlsx", NULL);

  assert_write_fails (cards, path, GY_XLSX_ERROR_WRITE);
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_tree (dir);
}

/* A folder we may not write into. Root may write anywhere but /proc, so use both. */
static void
test_error_read_only (void)
{
  g_autoptr(GPtrArray) cards = seed_cards ();
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);

  assert_write_fails (cards, "/proc/gongyak-out.xlsx", GY_XLSX_ERROR_WRITE);

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (access (dir, W_OK) == 0)
    g_test_message ("running as root: the read-only folder is writable, /proc stands in");
  else
    {
      assert_write_fails (cards, path, GY_XLSX_ERROR_WRITE);
      g_assert_cmpuint (count_entries (dir), ==, 0);
    }
  g_chmod (dir, 0755);
  remove_tree (dir);
}

/* A failure after the file is written (OUT is a folder, so the rename fails): nothing is
 * left beside OUT, and OUT is as it was. */
static void
test_error_late (void)
{
  g_autoptr(GPtrArray) cards = seed_cards ();
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *inside = g_build_filename (path, "keep.txt", NULL);
  g_autofree char *kept = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "old", -1, NULL));
  assert_write_fails (cards, path, GY_XLSX_ERROR_WRITE);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_assert_true (g_file_get_contents (inside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "old");
  remove_tree (dir);
}

/* Nothing selected: an error, and the old workbook stays. Then a good export replaces it
 * and leaves no temporary file. */
static void
test_error_no_pledges (void)
{
  g_autoptr(GPtrArray) cards = seed_cards ();
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  GySelection options;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  options_for_test (&options);
  options.sector = "없는 분야";
  g_assert_false (gy_xlsx_write_cards (cards, "김천시", body_sources, body_sectors,
                                       body_statuses, path, &options, NULL, NULL, &error));
  g_assert_error (error, GY_XLSX_ERROR, GY_XLSX_ERROR_NO_PLEDGES);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "old");

  options.sector = NULL;
  g_clear_error (&error);
  g_assert_true (gy_xlsx_write_cards (cards, "김천시", body_sources, body_sectors,
                                      body_statuses, path, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_true (g_str_has_prefix (kept, "PK"));
  remove_tree (dir);
}

/* ── through the store ────────────────────────────────────────────────────────── */

static void
test_store_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "body.gongyak", NULL);
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GyStore) store = gy_store_open (db, GY_STORE_OPEN_CREATE, &error);
  g_autoptr(GPtrArray) cards = seed_cards ();
  g_autoptr(Book) book = NULL;
  GySelection options;
  guint sum;

  g_assert_no_error (error);
  g_assert_true (gy_store_set_body_name (store, "김천시", &error));
  g_assert_no_error (error);
  g_ptr_array_remove_index (cards, 3);  /* the store wants a number */
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);

  options_for_test (&options);
  options.status = "정상추진";
  g_assert_true (gy_xlsx_export (store, path, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  book = read_book (path);
  {
    const char *expected[] = { "총괄", "투자계획", "1-1", "2-1", NULL };
    assert_sheets (book, expected);
  }
  sum = find_row (book, "1-1", "A", "재원별", 1) + 2;
  {
    g_autofree char *total = ref ("B", sum);
    g_assert_cmpstr (cell_at (book, "1-1", total)->cached, ==, "10932");
  }
  g_assert_cmpstr (record (book, "footer|총괄")[0], ==, "김천시");
  g_assert_cmpstr (record (book, "prop|company")[0], ==, "김천시");
  g_assert_cmpstr (text_at (book, "투자계획", "A1"), ==, "김천시 민선7기 공약사업 투자계획");

  options.status = "보류";
  g_clear_error (&error);
  g_assert_false (gy_xlsx_export (store, path, &options, NULL, NULL, &error));
  g_assert_error (error, GY_XLSX_ERROR, GY_XLSX_ERROR_NO_PLEDGES);

  g_clear_object (&store);
  remove_tree (dir);
}


/* A source row whose only figure is its 총사업비 (a list brought in with totals only): the
 * workbook writes that figure as an input, not a formula over blanks that would give 0, and
 * the 계 row adds it, as the summary and the pledge list count it. */
static void
test_total_only_row (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autofree char *dir = g_dir_make_tmp ("gongyak-xlsx-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "total-only.xlsx", NULL);
  GyCard *card = read_seed ("1-1", "총사업비만 있는 공약", "일자리경제", "정상추진", -1);
  GyMoneyRow *national = g_ptr_array_index (card->money, 0);
  GySelection options;
  Book *book;
  guint head, sum;

  g_assert_cmpstr (national->source, ==, "국비");
  national->subtotal = GY_MONEY_ABSENT;
  for (guint y = 0; y < gy_card_n_years (card); y++)
    national->years[y] = GY_MONEY_ABSENT;
  g_ptr_array_add (cards, card);
  options_for_test (&options);
  g_assert_true (gy_xlsx_write_cards (cards, "김천시", body_sources, body_sectors,
                                      body_statuses, path, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  book = read_book (path);

  head = find_row (book, "1-1", "A", "재원별", 1);
  sum = head + 2;
  {
    g_autofree char *national_total = ref ("B", sum + 1);
    g_autofree char *total = ref ("B", sum);
    g_autofree char *formula = g_strdup_printf ("=SUM(B%u:B%u)", sum + 1, sum + 5);

    assert_number (book, "1-1", national_total, "8080");
    assert_formula (book, "1-1", total, formula, "10932");
  }
  book_free (book);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("%s is missing: install python3-openpyxl", PYTHON);

  g_test_add_func ("/xlsx/seed/sheet-names", test_seed_sheet_names);
  g_test_add_func ("/xlsx/total-only-row", test_total_only_row);
  g_test_add_func ("/xlsx/seed/progress", test_seed_progress);
  g_test_add_func ("/xlsx/seed/money-table", test_seed_money_table);
  g_test_add_func ("/xlsx/seed/money-header", test_seed_money_header);
  g_test_add_func ("/xlsx/seed/computed-totals", test_seed_computed_totals);
  g_test_add_func ("/xlsx/seed/card-text", test_seed_card_text);
  g_test_add_func ("/xlsx/seed/text-stays-text", test_seed_text_stays_text);
  g_test_add_func ("/xlsx/seed/formats", test_seed_formats);
  g_test_add_func ("/xlsx/seed/print", test_seed_print);
  g_test_add_func ("/xlsx/seed/investment", test_seed_investment);
  g_test_add_func ("/xlsx/seed/status", test_seed_status);
  g_test_add_func ("/xlsx/seed/pdf", test_pdf);
  g_test_add_func ("/xlsx/selection", test_selection);
  g_test_add_func ("/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/xlsx/long-year-row", test_long_year_row);
  g_test_add_func ("/xlsx/terms", test_terms);
  g_test_add_func ("/xlsx/unset-status", test_unset_status);
  g_test_add_func ("/xlsx/whole-years", test_whole_years);
  g_test_add_func ("/xlsx/no-body-name", test_no_body_name);
  g_test_add_func ("/xlsx/long-body-name", test_long_body_name);
  g_test_add_func ("/xlsx/error/missing-dir", test_error_missing_dir);
  g_test_add_func ("/xlsx/error/read-only", test_error_read_only);
  g_test_add_func ("/xlsx/error/late", test_error_late);
  g_test_add_func ("/xlsx/error/no-pledges", test_error_no_pledges);
  g_test_add_func ("/xlsx/store", test_store_export);

  status = g_test_run ();
  seed_clear ();
  return status;
}

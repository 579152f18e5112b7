/* test-report.c — the annual report: pages, text, fonts, margins, tables across pages
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gy-card-reader.h"
#include "gy-report-private.h"

#define SEED_PAGES 8

static const char * const sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };
static const char * const statuses[] = { "완료", "이행 후 계속추진", "정상추진", "일부추진",
                                         "보류", "폐기", NULL };

static GyCard *
read_seed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "000_3888df2267cd0c0c.txt", NULL);
  GyCard *card = gy_card_read_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (card->term);
  return card;
}

static GyReport *
report_for (GPtrArray *cards)
{
  GySelection options;

  gy_selection_init (&options);
  g_date_set_dmy (&options.as_of, 25, G_DATE_NOVEMBER, 2026);
  return gy_report_new_for_cards (cards, "김천시", sources, NULL, statuses, &options);
}

/* Runs ARGV and returns its standard output, or NULL (and skips) when it is missing. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  int status;

  if (program == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static char *
without_spaces (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

static char *
pdf_text (const char *pdf,
          int         first,
          int         last)
{
  g_autofree char *f = g_strdup_printf ("%d", first);
  g_autofree char *l = g_strdup_printf ("%d", last);
  const char *argv[] = { "pdftotext", "-f", f, "-l", l, "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

/* Every pixel of the outer 12 mm of each page stays white. */
static void
assert_margins_blank (GyReport *report)
{
  const double scale = 1.5;
  int width = (int) (GY_REPORT_A4_WIDTH * scale), height = (int) (GY_REPORT_A4_HEIGHT * scale);
  int strip = (int) (12 * GY_REPORT_MM * scale);

  for (guint p = 0; p < gy_report_get_n_pages (report); p++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);
      const guint8 *data;
      int stride;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      gy_report_draw_page (report, cr, p);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guint32 pixel;

            if (x >= strip && x < width - strip && y >= strip && y < height - strip)
              continue;
            pixel = *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
            if (pixel != 0xffffff)
              g_error ("page %u: pixel %d,%d in the margin is %06x", p + 1, x, y, pixel);
          }
      cairo_surface_destroy (surface);
    }
}

static void
test_seed_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyReport) report = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-report-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *fonts = NULL;
  const char *fonts_argv[] = { "pdffonts", NULL, NULL };
  const GyCard *card;
  gboolean cjk_embedded = FALSE;
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  g_ptr_array_add (cards, read_seed ());
  card = g_ptr_array_index (cards, 0);
  report = report_for (cards);
  g_assert_cmpuint (gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT),
                    ==, SEED_PAGES);
  pdf = g_build_filename (dir, "report.pdf", NULL);
  g_assert_true (gy_report_export_pdf (report, pdf, NULL, NULL, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf, 1, SEED_PAGES);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is missing");
      g_unlink (pdf);
      g_rmdir (dir);
      return;
    }
  g_assert_nonnull (strstr (text, "2026. 11. 25. 기준"));
  g_assert_nonnull (strstr (text, "10,932"));
  g_assert_nonnull (strstr (text, "미래혁신전략과"));
  g_assert_nonnull (strstr (text, "2022 상반기"));
  flat = without_spaces (text);
  g_assert_nonnull (strstr (flat, "-3-"));
  {
    g_autofree char *contents = pdf_text (pdf, 2, 2);
    g_autofree char *flat_contents = without_spaces (contents);

    /* the contents point at the pages that follow: 총괄 3, 투자계획 4, the card 5 */
    g_assert_nonnull (strstr (flat_contents, "Ⅰ.공약추진상황총괄3"));
    g_assert_nonnull (strstr (flat_contents, "Ⅱ.공약투자계획총괄4"));
    g_assert_nonnull (strstr (flat_contents, "Ⅲ.공약사업관리카드5"));
  }
  g_assert_cmpuint (card->years->len, ==, 5);
  for (guint i = 0; i < card->years->len; i++)
    {
      const GyYearRow *year = g_ptr_array_index (card->years, i);
      const GyEntry *entry = g_ptr_array_index (year->entries, 0);
      g_autofree char *want = without_spaces (entry->text);

      g_assert_cmpint (year->year, ==, 2018 + (int) i);
      if (strstr (flat, want) == NULL)
        g_error ("the first item of %d is not in the PDF: %s", year->year, entry->text);
    }

  fonts_argv[1] = pdf;
  fonts = run (fonts_argv);
  if (fonts == NULL)
    {
      g_test_skip ("pdffonts is missing");
      g_unlink (pdf);
      g_rmdir (dir);
      return;
    }
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      if (strstr (lines[i], "NotoSansCJK") == NULL)
        continue;
      /* … emb sub uni object ID: "emb" is the fifth word from the end */
      fields = g_strsplit (lines[i], " ", -1);
      for (guint k = 0; fields[k] != NULL; k++)
        if (*fields[k] != '\0')
          g_ptr_array_add (words, fields[k]);
      g_assert_cmpuint (words->len, >=, 6);
      if (g_strcmp0 (g_ptr_array_index (words, words->len - 5), "yes") == 0)
        cjk_embedded = TRUE;
    }
  g_assert_true (cjk_embedded);

  assert_margins_blank (report);
  g_assert_cmpint (g_unlink (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The body area of every page holds all of its table rows. */
static void
assert_rows_inside (GyReport *report)
{
  double top = GY_REPORT_MARGIN_TB + GY_REPORT_HEADER_HEIGHT;
  double bottom = GY_REPORT_A4_HEIGHT - GY_REPORT_MARGIN_TB - GY_REPORT_FOOTER_HEIGHT;

  for (guint p = 0; p < gy_report_get_n_pages (report); p++)
    for (guint i = 0; i < gy_report_get_n_boxes (report, p); i++)
      {
        const GyReportBox *box = gy_report_get_box (report, p, i);

        if (box->kind != GY_REPORT_BOX_ROW && box->kind != GY_REPORT_BOX_TEXT &&
            box->kind != GY_REPORT_BOX_CELL)
          continue;
        if (p == 0 && box->kind != GY_REPORT_BOX_ROW)
          continue;  /* the cover */
        g_assert_cmpfloat (box->y, >=, top - 0.01);
        g_assert_cmpfloat (box->y + box->height, <=, bottom + 0.01);
      }
}

/* Pages with a table header that contains TEXT, and header rows on them. */
static guint
pages_with_header (GyReport   *report,
                   const char *text)
{
  guint n = 0;

  for (guint p = 0; p < gy_report_get_n_pages (report); p++)
    for (guint i = 0; i < gy_report_get_n_boxes (report, p); i++)
      {
        const GyReportBox *box = gy_report_get_box (report, p, i);

        if (box->kind == GY_REPORT_BOX_TEXT && g_strcmp0 (box->text, text) == 0)
          {
            n++;
            break;
          }
      }
  return n;
}

static guint
count_rows (GyReport *report,
            guint8    flags)
{
  guint n = 0;

  for (guint p = 0; p < gy_report_get_n_pages (report); p++)
    for (guint i = 0; i < gy_report_get_n_boxes (report, p); i++)
      {
        const GyReportBox *box = gy_report_get_box (report, p, i);

        if (box->kind == GY_REPORT_BOX_ROW && (box->flags & flags) == flags)
          n++;
      }
  return n;
}

static GyCard *
long_card (guint n_rows,
           guint n_items)
{
  GyCard *card = read_seed ();

  g_ptr_array_set_size (card->years, 0);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *label = g_strdup_printf ("%u", 2018 + r);
      GyYearRow *row = gy_year_row_new (2018 + r, label, r % 3 == 0 ? "계속" : "");

      for (guint i = 0; i < n_items; i++)
        {
          g_autofree char *text = g_strdup_printf ("항목 %u-%u: 시민과 함께하는 스마트도시 "
                                                   "시범사업 추진 및 성과 점검", r + 1, i + 1);

          gy_year_row_add (row, i % 2 == 0 ? "-" : "·", text);
        }
      g_ptr_array_add (card->years, row);
    }
  return card;
}

static void
test_long_table (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-report-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  guint n_pages;

  g_ptr_array_add (cards, long_card (40, 1));
  report = report_for (cards);
  n_pages = gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT);
  /* the header is repeated: on two pages at least */
  g_assert_cmpuint (pages_with_header (report, "주요사업내용"), >=, 2);
  g_assert_cmpuint (count_rows (report, GY_REPORT_SPLIT), ==, 0);
  assert_rows_inside (report);

  /* and the continuation page reads as such in the PDF */
  pdf = g_build_filename (dir, "long.pdf", NULL);
  g_assert_true (gy_report_export_pdf (report, pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  for (guint p = 1, seen = 0; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_text (pdf, p, p);

      if (text == NULL)
        break;
      if (strstr (text, "주요사업내용") != NULL && strstr (text, "항목 ") != NULL)
        seen++;
      if (p == n_pages)
        g_assert_cmpuint (seen, >=, 2);
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_tall_row (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyReport) report = NULL;

  /* one year with 120 items: taller than a page, so it is cut between lines */
  g_ptr_array_add (cards, long_card (1, 120));
  report = report_for (cards);
  gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT);
  g_assert_cmpuint (count_rows (report, GY_REPORT_SPLIT), >=, 1);
  g_assert_cmpuint (pages_with_header (report, "주요사업내용"), >=, 2);
  /* the row's label comes again beside its continuation */
  g_assert_cmpuint (pages_with_header (report, "2018"), ==,
                    pages_with_header (report, "주요사업내용"));
  assert_rows_inside (report);
  assert_margins_blank (report);
}

static void
test_selection (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyReport) report = NULL;
  const char * const numbers[] = { "9-9", NULL };
  GySelection options;

  g_ptr_array_add (cards, read_seed ());
  gy_selection_init (&options);
  options.numbers = numbers;
  report = gy_report_new_for_cards (cards, "김천시", sources, NULL, statuses, &options);
  g_assert_cmpuint (gy_report_get_n_pledges (report), ==, 0);
  /* cover, contents, 총괄, 투자계획 */
  g_assert_cmpuint (gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT),
                    ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/seed/pdf", test_seed_pdf);
  g_test_add_func ("/report/long-table/header-repeated", test_long_table);
  g_test_add_func ("/report/tall-row/split", test_tall_row);
  g_test_add_func ("/report/selection/empty", test_selection);
  return g_test_run ();
}

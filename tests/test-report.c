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
#include "gy-store.h"
#include "gy-test-body.h"

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

/* The page as laid out, table rows on one line each. */
static char *
pdf_layout (const char *pdf,
            guint       page)
{
  g_autofree char *p = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-layout", "-f", p, "-l", p, "-enc", "UTF-8", pdf, "-",
                         NULL };

  return run (argv);
}

/* The words after WORD on the first line of TEXT that has WORD as a word of its own. */
static GStrv
words_after (const char *text,
             const char *word)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GStrvBuilder) after = g_strv_builder_new ();
      gboolean found = FALSE;

      for (guint w = 0; words[w] != NULL; w++)
        {
          if (*words[w] == '\0')
            continue;
          if (found)
            g_strv_builder_add (after, words[w]);
          else
            found = g_strcmp0 (words[w], word) == 0;
        }
      if (found)
        return g_strv_builder_end (after);
    }
  g_error ("no line with “%s” in:\n%s", word, text);
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

/* ── one body, two terms ─────────────────────────────────────────────────────── */

typedef struct {
  char    *dir;
  GyStore *store;
} Body;

/* The real card (민선7기) and a 민선8기 card with 기투자 (A) and 임기후 (C), in one file. */
static void
body_set_up (Body          *body,
             gconstpointer  data)
{
  const char *cards[] = {
    TEST_DATA_DIR "/000_3888df2267cd0c0c.txt", TEST_DATA_DIR "/cards/term8.txt", NULL,
  };
  g_autoptr(GError) error = NULL;

  body->store = gy_test_body_new ("gongyak-report", cards, &body->dir);
  g_assert_true (gy_store_set_body_name (body->store, "김천시", &error));
  g_assert_no_error (error);
}

static void
body_tear_down (Body          *body,
                gconstpointer  data)
{
  g_clear_object (&body->store);
  gy_test_remove_dir (body->dir);
  g_free (body->dir);
}

/* The report of the selection as a PDF in the body's folder. */
static char *
body_pdf (Body              *body,
          const GySelection *selection,
          const char        *name,
          guint             *out_pledges)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyReport) report = gy_report_new (body->store, selection, &error);
  char *pdf = g_build_filename (body->dir, name, NULL);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (gy_report_export_pdf (report, pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  if (out_pledges != NULL)
    *out_pledges = gy_report_get_n_pledges (report);
  return pdf;
}

static gint64
pledge_id (Body       *body,
           const char *term)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pledges = gy_store_list_pledges (body->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < pledges->len; i++)
    {
      const GyPledgeSummary *pledge = g_ptr_array_index (pledges, i);

      if (g_strcmp0 (pledge->term, term) == 0)
        return pledge->id;
    }
  g_error ("no pledge of %s", term);
}

/* The money columns' headings on the 투자계획 page (the fourth), left to right. */
static void
assert_money_columns (GyReport           *report,
                      const char * const *labels)
{
  double x = 0;

  for (guint l = 0; labels[l] != NULL; l++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < gy_report_get_n_boxes (report, 3) && !found; i++)
        {
          const GyReportBox *box = gy_report_get_box (report, 3, i);

          if (box->kind == GY_REPORT_BOX_TEXT && g_strcmp0 (box->text, labels[l]) == 0)
            {
              g_assert_cmpfloat (box->x, >, x);
              x = box->x;
              found = TRUE;
            }
        }
      if (!found)
        g_error ("no column “%s” on the 투자계획 page", labels[l]);
    }
}

static void
test_terms_investment (Body          *body,
                       gconstpointer  data)
{
  static const char * const columns7[] = {
    "총사업비 (A+B+C)", "기투자 (A)", "소계", "2018 하반기", "2019", "2020", "2021",
    "2022 상반기", "2022 하반기 이후 (C)", NULL
  };
  static const char * const columns8[] = {
    "총사업비 (A+B+C)", "기투자 (A)", "소계", "2022 하반기", "2023", "2024", "2025",
    "2026 상반기", "2026 하반기 이후 (C)", NULL
  };
  GySelection selection;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf7 = NULL;
  g_autofree char *pdf8 = NULL;
  g_autofree char *page7 = NULL;
  g_autofree char *page8 = NULL;
  g_autofree char *card8 = NULL;
  g_autofree char *flat7 = NULL;
  g_autofree char *flat8 = NULL;
  g_auto(GStrv) total7 = NULL;
  g_auto(GStrv) total8 = NULL;
  g_auto(GStrv) years7 = NULL;
  g_auto(GStrv) years8 = NULL;
  g_auto(GStrv) pledge8 = NULL;
  g_auto(GStrv) card_total8 = NULL;

  gy_selection_init (&selection);
  g_date_set_dmy (&selection.as_of, 25, G_DATE_NOVEMBER, 2026);

  /* the headings, from the laid-out boxes */
  selection.term = "민선7기";
  {
    g_autoptr(GyReport) report = gy_report_new (body->store, &selection, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (gy_report_get_n_pledges (report), ==, 1);
    gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT);
    assert_money_columns (report, columns7);
  }
  pdf7 = body_pdf (body, &selection, "term7.pdf", NULL);
  selection.term = "8";
  {
    g_autoptr(GyReport) report = gy_report_new (body->store, &selection, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (gy_report_get_n_pledges (report), ==, 1);
    gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT);
    assert_money_columns (report, columns8);
  }
  pdf8 = body_pdf (body, &selection, "term8.pdf", NULL);

  page7 = pdf_layout (pdf7, 4);
  if (page7 == NULL)
    {
      g_test_skip ("pdftotext is missing");
      return;
    }
  page8 = pdf_layout (pdf8, 4);
  g_assert_nonnull (strstr (page7, "Ⅱ. 공약 투자계획 총괄"));
  g_assert_nonnull (strstr (page8, "Ⅱ. 공약 투자계획 총괄"));

  /* 민선7기: the seed alone, in its own columns */
  total7 = words_after (page7, "합계");
  g_assert_cmpstr (total7[0], ==, "10,932");
  /* the headings wrap ("2018 / 하반기"); the whole years sit on one line */
  years7 = words_after (page7, "2019");
  g_assert_cmpstr (years7[0], ==, "2020");
  g_assert_cmpstr (years7[1], ==, "2021");
  flat7 = without_spaces (page7);
  g_assert_null (strstr (flat7, "2,000.5"));

  /* 민선8기: 총사업비, 기투자 (A), 소계, five fiscal columns, 임기후 (C) */
  total8 = words_after (page8, "합계");
  g_assert_cmpuint (g_strv_length (total8), ==, 9);
  g_assert_cmpstr (total8[0], ==, "2,000.5");
  g_assert_cmpstr (total8[1], ==, "200");
  g_assert_cmpstr (total8[2], ==, "1,600.5");
  g_assert_cmpstr (total8[8], ==, "200");
  years8 = words_after (page8, "2023");
  g_assert_cmpstr (years8[0], ==, "2024");
  g_assert_cmpstr (years8[1], ==, "2025");
  flat8 = without_spaces (page8);
  g_assert_null (strstr (flat8, "2019"));
  g_assert_null (strstr (flat8, "10,932"));
  /* the pledge's 계 is its own total, once */
  pledge8 = words_after (page8, "계");
  g_assert_cmpstr (pledge8[0], ==, "2,000.5");
  g_assert_cmpstr (pledge8[8], ==, "200");
  /* and so is its card's, on the page after */
  card8 = pdf_layout (pdf8, 5);
  g_assert_nonnull (strstr (card8, "□ 연차별 투자수요"));
  card_total8 = words_after (card8, "계");
  g_assert_cmpstr (card_total8[0], ==, "2,000.5");
  g_assert_cmpstr (card_total8[1], ==, "200");
}

static void
test_terms_status_unset (Body          *body,
                         gconstpointer  data)
{
  GySelection selection;
  g_autofree char *pdf = NULL;
  g_autofree char *page = NULL;
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) total = NULL;
  g_auto(GStrv) listed = gy_store_list_values (body->store, GY_LIST_STATUSES);
  guint n_statuses = g_strv_length (listed);

  /* the 민선8기 card has no 이행상태 */
  gy_selection_init (&selection);
  selection.term = "민선8기";
  pdf = body_pdf (body, &selection, "status.pdf", NULL);
  page = pdf_layout (pdf, 3);
  if (page == NULL)
    {
      g_test_skip ("pdftotext is missing");
      return;
    }
  g_assert_nonnull (strstr (page, "Ⅰ. 공약 추진상황 총괄"));
  /* 미지정 after the body's statuses */
  header = words_after (page, listed[n_statuses - 1]);
  g_assert_cmpstr (header[0], ==, "미지정");
  /* 합계: 공약 수 1, a count per status, 미지정 1, then the mean 진도율 */
  total = words_after (page, "합계");
  g_assert_cmpuint (g_strv_length (total), ==, n_statuses + 3);
  g_assert_cmpstr (total[0], ==, "1");
  g_assert_cmpstr (total[1 + n_statuses], ==, "1");
  g_assert_cmpstr (total[2 + n_statuses], ==, "77.7");
}

/* Pledges without a status are counted under 미지정, in the table and in its sum. */
static void
test_status_unset_count (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-report-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "unset.pdf", NULL);
  g_autofree char *page = NULL;
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) total = NULL;
  guint n_statuses = g_strv_length ((GStrv) statuses);

  for (guint i = 0; i < 3; i++)
    {
      GyCard *card = read_seed ();

      g_free (card->number);
      card->number = g_strdup_printf ("%u-1", i + 1);
      g_free (card->status);
      card->status = i == 0 ? g_strdup ("보류") : NULL;
      g_ptr_array_add (cards, card);
    }
  report = report_for (cards);
  g_assert_true (gy_report_export_pdf (report, pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  page = pdf_layout (pdf, 3);
  g_unlink (pdf);
  g_rmdir (dir);
  if (page == NULL)
    {
      g_test_skip ("pdftotext is missing");
      return;
    }
  /* 분야 | 공약 수 | 완료 … 보류 폐기 미지정 | 평균 진도율 */
  header = words_after (page, "보류");
  g_assert_cmpstr (header[0], ==, "폐기");
  g_assert_cmpstr (header[1], ==, "미지정");
  total = words_after (page, "합계");
  g_assert_cmpuint (g_strv_length (total), ==, 1 + n_statuses + 1 + 1);
  g_assert_cmpstr (total[0], ==, "3");
  g_assert_cmpstr (total[1 + 4], ==, "1");           /* 보류 */
  g_assert_cmpstr (total[1 + n_statuses], ==, "2");  /* 미지정 */
}

static void
test_terms_body_name (Body          *body,
                      gconstpointer  data)
{
  GySelection selection;
  g_autofree char *pdf = NULL;
  g_autofree char *cover = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  const char *info_argv[] = { "pdfinfo", NULL, NULL };
  g_auto(GStrv) header = NULL;

  gy_selection_init (&selection);
  selection.term = "민선7기";
  pdf = body_pdf (body, &selection, "name.pdf", NULL);
  cover = pdf_layout (pdf, 1);
  if (cover == NULL)
    {
      g_test_skip ("pdftotext is missing");
      return;
    }
  g_assert_nonnull (strstr (cover, "김천시 민선7기"));
  g_assert_nonnull (strstr (cover, "공약 추진상황 보고"));
  /* the running header: the body's name, then the term's report */
  contents = pdf_layout (pdf, 2);
  header = g_strsplit (g_strstrip (contents), "\n", 2);
  g_assert_nonnull (strstr (header[0], "김천시"));
  g_assert_nonnull (strstr (header[0], "민선7기 공약 추진상황 보고"));
  g_assert_true (g_str_has_prefix (header[0], "김천시"));

  info_argv[1] = pdf;
  info = run (info_argv);
  if (info != NULL)
    g_assert_nonnull (strstr (info, "김천시 민선7기 공약 추진상황 보고"));
}

/* No name: the cover's first line starts with the term, without a space before it. */
static void
test_cover_without_name (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyReport) report = NULL;
  g_autofree char *title = NULL;
  GySelection options;

  g_ptr_array_add (cards, read_seed ());
  gy_selection_init (&options);
  report = gy_report_new_for_cards (cards, NULL, sources, NULL, statuses, &options);
  gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT);
  g_assert_cmpstr (gy_report_get_box (report, 0, 0)->text, ==, "민선7기");
  title = gy_report_dup_title (report, TRUE);
  g_assert_cmpstr (title, ==, "민선7기 공약 추진상황 보고");
}

static guint
count_text (const char *text,
            const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_terms_one_pledge (Body          *body,
                       gconstpointer  data)
{
  GySelection selection;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyReport) other = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  guint n_pledges;

  /* the 민선8기 card by its id, with a 기준일 in 민선7기: the pledge's own term */
  gy_selection_init (&selection);
  g_date_set_dmy (&selection.as_of, 1, G_DATE_JANUARY, 2020);
  selection.pledge_id = pledge_id (body, "민선8기");
  pdf = body_pdf (body, &selection, "one.pdf", &n_pledges);
  g_assert_cmpuint (n_pledges, ==, 1);

  /* with another term asked for, nothing is left to print */
  selection.term = "민선7기";
  other = gy_report_new (body->store, &selection, &error);
  g_assert_error (error, GY_REPORT_ERROR, GY_REPORT_ERROR_NO_PLEDGES);
  g_assert_null (other);

  text = pdf_text (pdf, 1, 99);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is missing");
      return;
    }
  flat = without_spaces (text);
  g_assert_nonnull (strstr (flat, "스마트버스정류장확대"));
  g_assert_null (strstr (flat, "미래혁신전략과"));
  g_assert_cmpuint (count_text (text, "□ 사업개요"), ==, 1);
}

/* Of three pledges, the one asked for by its id: as many pages as a report of it alone. */
static void
test_one_pledge_pages (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyReport) all = NULL;
  g_autoptr(GyReport) one = NULL;
  GySelection options;

  for (guint i = 0; i < 3; i++)
    {
      GyCard *card = read_seed ();

      card->id = i + 1;
      g_free (card->number);
      card->number = g_strdup_printf ("%u-1", i + 1);
      g_ptr_array_add (cards, card);
    }
  all = report_for (cards);
  g_assert_cmpuint (gy_report_get_n_pledges (all), ==, 3);
  g_assert_cmpuint (gy_report_paginate (all, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT),
                    ==, SEED_PAGES + 2 * (SEED_PAGES - 4));

  gy_selection_init (&options);
  options.pledge_id = 2;
  one = gy_report_new_for_cards (cards, "김천시", sources, NULL, statuses, &options);
  g_assert_cmpuint (gy_report_get_n_pledges (one), ==, 1);
  g_assert_cmpuint (gy_report_paginate (one, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT),
                    ==, SEED_PAGES);
  g_assert_cmpuint (pages_with_header (one, "2-1 "), ==, 0);
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
  g_test_add_func ("/report/status/unset", test_status_unset_count);
  g_test_add_func ("/report/cover/without-name", test_cover_without_name);
  g_test_add_func ("/report/selection/one-pledge", test_one_pledge_pages);
#define ADD(path, func) g_test_add (path, Body, NULL, body_set_up, func, body_tear_down)
  ADD ("/report/terms/investment", test_terms_investment);
  ADD ("/report/terms/status-unset", test_terms_status_unset);
  ADD ("/report/terms/body-name", test_terms_body_name);
  ADD ("/report/terms/one-pledge", test_terms_one_pledge);
#undef ADD
  return g_test_run ();
}

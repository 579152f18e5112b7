/* test-timeline.c — timeline data, layout geometry, hit-testing, drawing and export
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Geometry is checked on the layout (where a month begins, where a bar is cut), never by
 * pixel checksums: fonts differ between machines, the month scale does not.
 */
#include "gy-card-reader.h"
#include "gy-timeline.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"
#define WIDTH 1280

static const double widths[] = { 1280, 900, 640, 2000 };

static GyCard *
read_seed (void)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GError) error = NULL;
  GyCard *card;

  g_ptr_array_add (terms, gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF));
  card = gy_card_read_file (SEED, terms, &error);
  g_assert_no_error (error);
  g_assert_nonnull (card);
  card->id = 42;
  return card;
}

static GDate *
date_new (int year,
          int month,
          int day)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static GyTimelineData *
seed_data (void)
{
  g_autoptr(GyCard) card = read_seed ();
  g_autoptr(GDate) today = date_new (2020, 3, 15);

  return gy_timeline_data_new_for_card (card, today);
}

static GyChartRect
column (const GyTimelineLayout *layout,
        guint                   index)
{
  GyChartRect rect;

  gy_timeline_layout_get_column (layout, index, &rect);
  return rect;
}

static double
right_of (const GyChartRect *rect)
{
  return rect->x + rect->width;
}

static const GyTimelineLabel *
find_label (const GyTimelineLayout *layout,
            GyTimelineLabelRole     role,
            const char             *text)
{
  for (guint i = 0; i < gy_timeline_layout_get_n_labels (layout); i++)
    {
      const GyTimelineLabel *label = gy_timeline_layout_get_label (layout, i);

      if (label->role == role && (text == NULL || strstr (label->text, text) != NULL))
        return label;
    }
  return NULL;
}

static guint
count_labels (const GyTimelineLayout *layout,
              GyTimelineLabelRole     role,
              int                     in_column)
{
  guint n = 0;

  for (guint i = 0; i < gy_timeline_layout_get_n_labels (layout); i++)
    {
      const GyTimelineLabel *label = gy_timeline_layout_get_label (layout, i);

      if (label->role == role && (in_column < 0 || label->column == in_column))
        n++;
    }
  return n;
}

static void
test_card_bars (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  GyChartRect plot;

  g_assert_cmpint (gy_timeline_data_get_kind (data), ==, GY_TIMELINE_CARD);
  g_assert_cmpstr (gy_timeline_data_get_title (data), ==, "4차 산업혁명 혁신역량 강화");
  g_assert_cmpuint (gy_timeline_layout_get_n_bars (layout), ==, 4);
  g_assert_cmpuint (gy_timeline_layout_get_n_columns (layout), ==, 5);
  gy_timeline_layout_get_plot_area (layout, &plot);

  for (guint i = 0; i < 4; i++)
    {
      const GyTimelineBar *bar = gy_timeline_layout_get_bar (layout, i);

      g_assert_true (bar->has_period);
      g_assert_cmpint (bar->sub_index, ==, (int) i);
      g_assert_cmpint (bar->pledge_id, ==, 42);
      g_assert_false (bar->continues_before);
      g_assert_cmpfloat (bar->rect.x, >=, plot.x);
      g_assert_cmpfloat (right_of (&bar->rect), <=, right_of (&plot) + 0.01);
      /* Rows go down the page in card order. */
      if (i > 0)
        g_assert_cmpfloat (bar->row.y, >=,
                           gy_timeline_layout_get_bar (layout, i - 1)->row.y
                           + gy_timeline_layout_get_bar (layout, i - 1)->row.height);
    }
  g_assert_cmpstr (gy_timeline_layout_get_bar (layout, 0)->label, ==,
                   "1. 4차 산업혁명 대응 정부 R&D 과제 발굴 프로젝트 추진");
  g_assert_cmpstr (gy_timeline_layout_get_bar (layout, 0)->period, ==, "2019. 12. ~ 2020. 5.");
  g_assert_cmpstr (gy_timeline_layout_get_bar (layout, 2)->period, ==, "2020. ~ 2024.");
  g_assert_nonnull (find_label (layout, GY_TIMELINE_LABEL_BAR, "1. 4차 산업혁명"));
  g_assert_nonnull (find_label (layout, GY_TIMELINE_LABEL_PERIOD, "2019. 12. ~ 2020. 5."));
}

/* The month scale: December 2019 to the end of May 2020, and half a year half a year wide. */
static void
test_card_months (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, widths[w],
                                                                   GY_CHART_STYLE_SCREEN);
      GyChartRect h2018 = column (layout, 0), y2019 = column (layout, 1), y2020 = column (layout, 2);
      double month = y2019.width / 12;
      const GyTimelineBar *first = gy_timeline_layout_get_bar (layout, 0);
      const GyTimelineBar *second = gy_timeline_layout_get_bar (layout, 1);

      g_assert_cmpfloat_with_epsilon (h2018.width * 2, y2019.width, 1.0);
      g_assert_cmpfloat_with_epsilon (right_of (&h2018), y2019.x, 0.01);
      g_assert_cmpfloat_with_epsilon (y2020.width, y2019.width, 0.01);

      g_assert_cmpfloat_with_epsilon (first->rect.x, y2019.x + 11 * month, 1.0);
      g_assert_cmpfloat_with_epsilon (right_of (&first->rect), y2020.x + 5 * month, 1.0);
      g_assert_cmpfloat_with_epsilon (first->rect.x,
                                      gy_timeline_layout_x_for_month (layout, 2019, 12), 0.01);
      g_assert_false (first->continues_after);

      /* 2018. 7. ~ 2020. 6.: from the term's first day to the middle of 2020. */
      g_assert_cmpfloat_with_epsilon (second->rect.x, h2018.x, 1.0);
      g_assert_cmpfloat_with_epsilon (right_of (&second->rect), y2020.x + 6 * month, 1.0);
    }
}

/* 2020. ~ 2024. and 2020. 9. ~ 2023. 12. run past the term: cut at its end and marked. */
static void
test_card_clipped (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  GyChartRect h2022 = column (layout, 4), y2020 = column (layout, 2), plot;
  const GyTimelineBar *third = gy_timeline_layout_get_bar (layout, 2);
  const GyTimelineBar *fourth = gy_timeline_layout_get_bar (layout, 3);
  g_autofree char *tooltip = NULL;

  gy_timeline_layout_get_plot_area (layout, &plot);
  g_assert_cmpfloat_with_epsilon (right_of (&h2022), right_of (&plot), 0.01);

  g_assert_true (third->continues_after);
  g_assert_cmpfloat_with_epsilon (third->rect.x, y2020.x, 1.0);
  g_assert_cmpfloat_with_epsilon (right_of (&third->rect), right_of (&h2022), 1.0);
  g_assert_true (fourth->continues_after);
  g_assert_cmpfloat_with_epsilon (fourth->rect.x, y2020.x + 8 * y2020.width / 12, 1.0);
  g_assert_cmpfloat_with_epsilon (right_of (&fourth->rect), right_of (&h2022), 1.0);
  g_assert_false (gy_timeline_layout_get_bar (layout, 0)->continues_after);
  g_assert_false (gy_timeline_layout_get_bar (layout, 1)->continues_after);

  tooltip = gy_timeline_layout_describe_bar (layout, third);
  g_assert_nonnull (strstr (tooltip, "SW융합클러스터 2.0 사업(광역자치단체 대상 과기정통부 공모사업 선정)"));
  g_assert_nonnull (strstr (tooltip, "2020. ~ 2024."));
  g_assert_nonnull (strstr (tooltip, "Continues after the term"));
}

static void
test_card_term_lines (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  GyChartRect first = column (layout, 0), last = column (layout, 4);
  const GyTimelineLabel *start, *end;
  double start_x, end_x;

  gy_timeline_layout_get_term_lines (layout, &start_x, &end_x);
  g_assert_cmpfloat_with_epsilon (start_x, first.x, 0.01);
  g_assert_cmpfloat_with_epsilon (end_x, right_of (&last), 0.01);

  start = find_label (layout, GY_TIMELINE_LABEL_DATE, "2018. 7. 1.");
  end = find_label (layout, GY_TIMELINE_LABEL_DATE, "2022. 6. 30.");
  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_assert_cmpfloat (start->rect.x, <=, start_x);
  g_assert_cmpfloat (right_of (&start->rect), >=, start_x);
  g_assert_cmpfloat (end->rect.x, <=, end_x);
  g_assert_cmpfloat (right_of (&end->rect), >=, end_x - 0.5);
  /* The dates sit above the column names. */
  g_assert_cmpfloat (start->rect.y + start->rect.height, <=,
                     find_label (layout, GY_TIMELINE_LABEL_COLUMN, "2018 하반기")->rect.y);
}

/* A whole-year layout draws 2018 and 2022 in full: the term begins and ends mid-column. */
static void
test_card_whole_years (void)
{
  g_autoptr(GyCard) card = read_seed ();
  g_autoptr(GyTimelineData) data = NULL;
  g_autoptr(GyTimelineLayout) layout = NULL;
  GyChartRect first, last;
  double start_x, end_x;

  gy_term_free (card->term);
  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_WHOLE);
  data = gy_timeline_data_new_for_card (card, NULL);
  layout = gy_timeline_layout_new (data, NULL, WIDTH, GY_CHART_STYLE_SCREEN);
  first = column (layout, 0);
  last = column (layout, 4);
  gy_timeline_layout_get_term_lines (layout, &start_x, &end_x);

  g_assert_cmpuint (gy_timeline_layout_get_n_columns (layout), ==, 5);
  g_assert_cmpfloat_with_epsilon (first.width, column (layout, 1).width, 0.01);
  g_assert_cmpfloat_with_epsilon (start_x, first.x + first.width / 2, 0.01);
  g_assert_cmpfloat_with_epsilon (end_x, last.x + last.width / 2, 0.01);
  g_assert_false (gy_timeline_layout_get_today (layout, NULL));
  g_assert_null (find_label (layout, GY_TIMELINE_LABEL_TODAY, NULL));
  /* 2020. 9. ~ 2023. 12. still runs past 2022. */
  g_assert_true (gy_timeline_layout_get_bar (layout, 3)->continues_after);
}

static void
test_card_today (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  g_autoptr(GyCard) card = read_seed ();
  g_autoptr(GDate) later = date_new (2030, 1, 1);
  g_autoptr(GyTimelineData) outside = gy_timeline_data_new_for_card (card, later);
  g_autoptr(GyTimelineLayout) outside_layout = gy_timeline_layout_new (outside, NULL, WIDTH,
                                                                       GY_CHART_STYLE_SCREEN);
  const GyTimelineLabel *label;
  double x, start_x, end_x;

  g_assert_true (gy_timeline_layout_get_today (layout, &x));
  g_assert_cmpfloat (x, >, gy_timeline_layout_x_for_month (layout, 2020, 3));
  g_assert_cmpfloat (x, <, gy_timeline_layout_x_for_month (layout, 2020, 4));
  /* The 15th of a 31-day month: near the middle of March. */
  g_assert_cmpfloat_with_epsilon (x, gy_timeline_layout_x_for_month (layout, 2020, 3)
                                  + 14.5 / 31 * (column (layout, 2).width / 12), 0.01);
  gy_timeline_layout_get_term_lines (layout, &start_x, &end_x);
  g_assert_cmpfloat (x, >, start_x);
  g_assert_cmpfloat (x, <, end_x);

  label = find_label (layout, GY_TIMELINE_LABEL_TODAY, "Today");
  g_assert_nonnull (label);
  g_assert_cmpfloat (label->rect.x, <=, x);
  g_assert_cmpfloat (right_of (&label->rect), >=, x);

  g_assert_false (gy_timeline_layout_get_today (outside_layout, NULL));
  g_assert_null (find_label (outside_layout, GY_TIMELINE_LABEL_TODAY, NULL));
}

/* Today next to the term's first day: its label moves to a row of its own. */
static void
test_card_today_beside_date (void)
{
  g_autoptr(GyCard) card = read_seed ();
  g_autoptr(GDate) today = date_new (2018, 7, 20);
  g_autoptr(GyTimelineData) data = gy_timeline_data_new_for_card (card, today);
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  const GyTimelineLabel *label = find_label (layout, GY_TIMELINE_LABEL_TODAY, NULL);
  const GyTimelineLabel *date = find_label (layout, GY_TIMELINE_LABEL_DATE, "2018. 7. 1.");

  g_assert_nonnull (label);
  g_assert_cmpfloat (label->rect.y, >=, date->rect.y + date->rect.height - 0.5);
}

/* The 2019 row continues on a second line of the seed (a page break): its items are there. */
static void
test_card_items (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();
  g_autoptr(GyTimelineLayout) full = NULL, capped = NULL;
  const GyTimelineLabel *label;
  GyChartRect y2019;
  guint n_2019;

  gy_timeline_data_set_max_item_lines (data, 0);
  full = gy_timeline_layout_new (data, NULL, WIDTH, GY_CHART_STYLE_SCREEN);
  label = find_label (full, GY_TIMELINE_LABEL_ITEM, "참여인원 : 9명 모집/7명 수료");
  g_assert_nonnull (label);
  g_assert_cmpint (label->column, ==, 1);
  y2019 = column (full, 1);
  g_assert_cmpfloat (label->rect.x, >=, y2019.x);
  g_assert_cmpfloat (right_of (&label->rect), <=, right_of (&y2019) + 0.5);
  label = find_label (full, GY_TIMELINE_LABEL_ITEM, "스마트 소통넷 직원 교육");
  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (label->text, "• "));
  g_assert_cmpint (label->column, ==, 1);
  /* A sub-item is indented under its item. */
  g_assert_cmpfloat (find_label (full, GY_TIMELINE_LABEL_ITEM, "· 일시/장소 : 2019. 2. 27.")->rect.x,
                     >, label->rect.x);
  n_2019 = count_labels (full, GY_TIMELINE_LABEL_ITEM, 1);
  g_assert_cmpuint (n_2019, ==, 20);
  g_assert_cmpuint (count_labels (full, GY_TIMELINE_LABEL_ITEM, 0), ==, 10);
  g_assert_cmpuint (count_labels (full, GY_TIMELINE_LABEL_ITEM, 4), ==, 8);
  g_assert_cmpuint (count_labels (full, GY_TIMELINE_LABEL_MORE, -1), ==, 0);
  /* Circled markers are kept as written. */
  g_assert_nonnull (find_label (full, GY_TIMELINE_LABEL_ITEM, "① 경북ICT이노베이션스퀘어 구축"));

  /* Held to six lines a column: what is left out is counted. */
  gy_timeline_data_set_max_item_lines (data, 6);
  capped = gy_timeline_layout_new (data, NULL, WIDTH, GY_CHART_STYLE_SCREEN);
  for (guint c = 0; c < 5; c++)
    {
      guint shown = count_labels (capped, GY_TIMELINE_LABEL_ITEM, (int) c);
      guint all = count_labels (full, GY_TIMELINE_LABEL_ITEM, (int) c);
      g_autofree char *more = g_strdup_printf ("… and %u more", all - shown);

      g_assert_cmpuint (shown, >=, 1);
      g_assert_cmpuint (shown, <, all);
      g_assert_cmpuint (count_labels (capped, GY_TIMELINE_LABEL_MORE, (int) c), ==, 1);
      g_assert_nonnull (find_label (capped, GY_TIMELINE_LABEL_MORE, more));
    }
  g_assert_cmpfloat (gy_timeline_layout_get_height (capped), <,
                     gy_timeline_layout_get_height (full));
}

static gboolean
overlap (const GyChartRect *a,
         const GyChartRect *b)
{
  const double tolerance = 0.5;

  return a->x + tolerance < b->x + b->width && b->x + tolerance < a->x + a->width &&
         a->y + tolerance < b->y + b->height && b->y + tolerance < a->y + a->height;
}

static void
assert_labels_apart (const GyTimelineLayout *layout)
{
  double width = gy_timeline_layout_get_width (layout);
  double height = gy_timeline_layout_get_height (layout);
  guint n = gy_timeline_layout_get_n_labels (layout);

  for (guint i = 0; i < n; i++)
    {
      const GyTimelineLabel *a = gy_timeline_layout_get_label (layout, i);

      if (a->rect.x < -0.5 || right_of (&a->rect) > width + 0.5 || a->rect.y < -0.5 ||
          a->rect.y + a->rect.height > height + 0.5)
        g_error ("at %.0f: “%s” at %.1f,%.1f %.1f×%.1f is outside", width, a->text,
                 a->rect.x, a->rect.y, a->rect.width, a->rect.height);
      for (guint j = i + 1; j < n; j++)
        {
          const GyTimelineLabel *b = gy_timeline_layout_get_label (layout, j);

          if (overlap (&a->rect, &b->rect))
            g_error ("at %.0f: “%s” overlaps “%s”", width, a->text, b->text);
        }
    }
}

static void
test_card_labels (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, widths[w],
                                                                   GY_CHART_STYLE_SCREEN);
      GyChartRect plot;

      assert_labels_apart (layout);
      gy_timeline_layout_get_plot_area (layout, &plot);
      /* Row labels stay in the left column, shortened rather than running into the bars. */
      for (guint i = 0; i < gy_timeline_layout_get_n_labels (layout); i++)
        {
          const GyTimelineLabel *label = gy_timeline_layout_get_label (layout, i);

          if (label->role == GY_TIMELINE_LABEL_BAR)
            g_assert_cmpfloat (right_of (&label->rect), <, plot.x);
        }
    }
}

static void
test_card_hit (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  GyTimelineHit kind;
  gint64 pledge_id;
  int sub_index;

  for (guint i = 0; i < gy_timeline_layout_get_n_bars (layout); i++)
    {
      const GyTimelineBar *bar = gy_timeline_layout_get_bar (layout, i);
      double cx = bar->rect.x + bar->rect.width / 2, cy = bar->rect.y + bar->rect.height / 2;
      const GyTimelineLabel *label = find_label (layout, GY_TIMELINE_LABEL_BAR, NULL);

      g_assert_true (gy_timeline_layout_hit (layout, cx, cy, &kind, &pledge_id, &sub_index));
      g_assert_cmpint (kind, ==, GY_TIMELINE_HIT_BAR);
      g_assert_cmpint (pledge_id, ==, 42);
      g_assert_cmpint (sub_index, ==, (int) i);
      g_assert_cmpint (gy_timeline_layout_bar_at (layout, cx, cy), ==, (int) i);

      /* The row's label answers for the bar too. */
      g_assert_true (gy_timeline_layout_hit (layout, label->rect.x + 2, cy, &kind, NULL,
                                             &sub_index));
      g_assert_cmpint (kind, ==, GY_TIMELINE_HIT_LABEL);
      g_assert_cmpint (sub_index, ==, (int) i);
    }

  g_assert_false (gy_timeline_layout_hit (layout, 5, 5, &kind, &pledge_id, &sub_index));
  g_assert_cmpint (kind, ==, GY_TIMELINE_HIT_NONE);
  g_assert_cmpint (gy_timeline_layout_bar_at (layout, 5, 5), ==, -1);

  /* Under the 2019 column, its yearly items. */
  {
    const GyTimelineLabel *item = find_label (layout, GY_TIMELINE_LABEL_ITEM, "스마트 소통넷");

    g_assert_true (gy_timeline_layout_hit (layout, item->rect.x + 4, item->rect.y + 4, &kind,
                                           &pledge_id, &sub_index));
    g_assert_cmpint (kind, ==, GY_TIMELINE_HIT_YEAR);
    g_assert_cmpint (pledge_id, ==, 42);
    g_assert_cmpint (sub_index, ==, 1);
  }
}

static void
test_card_no_period (void)
{
  g_autoptr(GyCard) card = read_seed ();
  g_autoptr(GyTimelineData) data = NULL;
  g_autoptr(GyTimelineLayout) layout = NULL;
  GySubProject *sub = gy_sub_project_new ("5", "기간이 적히지 않은 사업");
  const GyTimelineBar *bar;
  const GyTimelineLabel *note;
  GyTimelineHit kind;
  int sub_index;

  g_ptr_array_add (sub->lines, gy_line_new (0, "사업주관", "김천시"));
  g_ptr_array_add (card->subprojects, sub);
  data = gy_timeline_data_new_for_card (card, NULL);
  layout = gy_timeline_layout_new (data, NULL, WIDTH, GY_CHART_STYLE_SCREEN);

  g_assert_cmpuint (gy_timeline_layout_get_n_bars (layout), ==, 5);
  bar = gy_timeline_layout_get_bar (layout, 4);
  g_assert_false (bar->has_period);
  g_assert_null (bar->period);
  g_assert_cmpint (bar->sub_index, ==, 4);
  note = find_label (layout, GY_TIMELINE_LABEL_NOTE, "No period");
  g_assert_nonnull (note);
  g_assert_cmpfloat (note->rect.y, >=, bar->row.y);
  g_assert_cmpfloat (note->rect.y + note->rect.height, <=, bar->row.y + bar->row.height);
  g_assert_true (gy_timeline_layout_hit (layout, note->rect.x + 2, note->rect.y + 4, &kind, NULL,
                                         &sub_index));
  g_assert_cmpint (kind, ==, GY_TIMELINE_HIT_BAR);
  g_assert_cmpint (sub_index, ==, 4);
  assert_labels_apart (layout);
}

static void
draw_to_image (const GyTimelineLayout *layout)
{
  double height = gy_timeline_layout_get_height (layout);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) gy_timeline_layout_get_width (layout),
                                                         (int) ceil (height));
  cairo_t *cr = cairo_create (surface);

  gy_timeline_draw (cr, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A new card has no term, no sub-projects and no yearly rows: the current term's frame and a
 * word saying there is nothing yet. */
static void
test_card_empty (void)
{
  g_autoptr(GyCard) card = gy_card_new ();
  g_autoptr(GDate) today = date_new (2025, 2, 1);
  g_autoptr(GyTimelineData) data = gy_timeline_data_new_for_card (card, today);
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  g_autoptr(GyTimelineLayout) narrow = gy_timeline_layout_new (data, NULL, 40,
                                                               GY_CHART_STYLE_PRINT);

  g_assert_cmpstr (gy_timeline_data_get_term (data)->name, ==, "민선8기");
  g_assert_cmpuint (gy_timeline_layout_get_n_bars (layout), ==, 0);
  g_assert_nonnull (find_label (layout, GY_TIMELINE_LABEL_EMPTY, "No sub-projects"));
  g_assert_true (gy_timeline_layout_get_today (layout, NULL));
  g_assert_cmpfloat (gy_timeline_layout_get_height (layout), >, 0);
  g_assert_false (gy_timeline_layout_hit (layout, WIDTH / 2.0, 100, NULL, NULL, NULL));
  assert_labels_apart (layout);
  draw_to_image (layout);
  draw_to_image (narrow);
}

static GyPledgeSummary *
summary (gint64      id,
         const char *number,
         const char *title,
         const char *sector,
         const char *start,
         const char *end)
{
  GyPledgeSummary *s = g_new0 (GyPledgeSummary, 1);

  s->id = id;
  s->number = g_strdup (number);
  s->title = g_strdup (title);
  s->sector = g_strdup (sector);
  s->term = g_strdup ("민선7기");
  s->period_start = g_strdup (start);
  s->period_end = g_strdup (end);
  return s;
}

static GPtrArray *
body_summaries (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_pledge_summary_free);

  g_ptr_array_add (list, summary (1, "1-1", "청년 일자리 1만개 창출", "경제", "2018-07", "2022-06"));
  g_ptr_array_add (list, summary (2, "1-2", "기간 미정 공약", "경제", NULL, NULL));
  g_ptr_array_add (list, summary (3, "1-3", "혁신도시 활성화", "경제", "2019-01", NULL));
  g_ptr_array_add (list, summary (4, "2-1", "어르신 복지관 건립", "복지", "2020-03", "2021-12"));
  g_ptr_array_add (list, summary (5, "2-2", "공공 산후조리원", "복지", "2016-01", "2017-12"));
  g_ptr_array_add (list, summary (6, "3-1", "문화예술회관 리모델링", "문화", "2021-01", "2025-12"));
  g_ptr_array_add (list, summary (7, "9-9", "분야 없는 공약", NULL, "2019-05", "2019-05"));
  return list;
}

static void
test_body_groups (void)
{
  g_autoptr(GPtrArray) list = body_summaries ();
  g_autoptr(GyTerm) term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  g_autoptr(GDate) today = date_new (2020, 3, 15);
  g_autoptr(GyTimelineData) data = gy_timeline_data_new_for_body (list, term, today);
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, WIDTH,
                                                               GY_CHART_STYLE_SCREEN);
  static const gint64 order[] = { 1, 3, 4, 5, 6, 7, 2 };
  static const guint groups[] = { 0, 0, 1, 1, 2, 3, 4 };
  static const char *const headings[] = { "경제", "복지", "문화", "No sector", "No period" };
  GyChartRect first = column (layout, 0), plot;
  const GyTimelineBar *bar;
  const GyTimelineLabel *heading;

  g_assert_cmpint (gy_timeline_data_get_kind (data), ==, GY_TIMELINE_BODY);
  g_assert_cmpuint (gy_timeline_layout_get_n_bars (layout), ==, G_N_ELEMENTS (order));
  gy_timeline_layout_get_plot_area (layout, &plot);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      bar = gy_timeline_layout_get_bar (layout, i);
      g_assert_cmpint (bar->pledge_id, ==, order[i]);
      g_assert_cmpint (bar->sub_index, ==, -1);
      g_assert_cmpuint (bar->group, ==, groups[i]);
    }

  /* Each 분야's heading stands above its first pledge and below the previous one. */
  for (guint g = 0; g < G_N_ELEMENTS (headings); g++)
    {
      heading = find_label (layout, GY_TIMELINE_LABEL_HEADING, headings[g]);
      g_assert_nonnull (heading);
      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          bar = gy_timeline_layout_get_bar (layout, i);
          if (bar->group < g)
            g_assert_cmpfloat (bar->row.y + bar->row.height, <=, heading->rect.y);
          else
            g_assert_cmpfloat (bar->row.y, >=, heading->rect.y + heading->rect.height);
        }
    }

  bar = gy_timeline_layout_get_bar (layout, 0);
  g_assert_cmpstr (bar->label, ==, "1-1 청년 일자리 1만개 창출");
  g_assert_cmpfloat_with_epsilon (bar->rect.x, first.x, 1.0);
  g_assert_cmpfloat_with_epsilon (right_of (&bar->rect), right_of (&plot), 1.0);
  g_assert_false (bar->continues_after);
  /* No end: it goes on. */
  g_assert_true (gy_timeline_layout_get_bar (layout, 1)->continues_after);
  /* Wholly before the term: a stub at the left edge, marked. */
  bar = gy_timeline_layout_get_bar (layout, 3);
  g_assert_true (bar->continues_before);
  g_assert_cmpfloat_with_epsilon (bar->rect.x, plot.x, 0.01);
  g_assert_cmpfloat (bar->rect.width, >, 0);
  /* One month wide. */
  bar = gy_timeline_layout_get_bar (layout, 5);
  g_assert_cmpfloat_with_epsilon (bar->rect.width, column (layout, 1).width / 12, 0.5);

  /* The pledge without a period comes last, with its 분야 beside it. */
  bar = gy_timeline_layout_get_bar (layout, G_N_ELEMENTS (order) - 1);
  g_assert_false (bar->has_period);
  g_assert_cmpstr (bar->label, ==, "1-2 기간 미정 공약");
  g_assert_nonnull (find_label (layout, GY_TIMELINE_LABEL_NOTE, "경제"));
  for (guint i = 0; i + 1 < G_N_ELEMENTS (order); i++)
    g_assert_cmpfloat (gy_timeline_layout_get_bar (layout, i)->row.y, <, bar->row.y);

  g_assert_null (find_label (layout, GY_TIMELINE_LABEL_ITEM, NULL));
  assert_labels_apart (layout);
  draw_to_image (layout);
}

static void
test_body_empty (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_pledge_summary_free);
  g_autoptr(GyTerm) term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  g_autoptr(GyTimelineData) data = gy_timeline_data_new_for_body (list, term, NULL);
  g_autoptr(GyTimelineLayout) layout = gy_timeline_layout_new (data, NULL, 800,
                                                               GY_CHART_STYLE_SCREEN);

  g_assert_cmpuint (gy_timeline_layout_get_n_bars (layout), ==, 0);
  g_assert_nonnull (find_label (layout, GY_TIMELINE_LABEL_EMPTY, "No pledges"));
  assert_labels_apart (layout);
  draw_to_image (layout);
}

/* The window scrolls: more rows, a taller timeline; every row inside the height. */
static void
test_body_height (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_pledge_summary_free);
  g_autoptr(GyTerm) term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  double previous = 0;

  for (guint n = 10; n <= 40; n += 10)
    {
      g_autoptr(GyTimelineData) data = NULL;
      g_autoptr(GyTimelineLayout) layout = NULL;
      const GyTimelineBar *last;

      while (list->len < n)
        {
          g_autofree char *number = g_strdup_printf ("%u-%u", list->len % 4 + 1, list->len);
          g_autofree char *sector = g_strdup_printf ("분야 %u", list->len % 4 + 1);

          g_ptr_array_add (list, summary (list->len + 1, number, "공약", sector, "2019-01",
                                          "2020-12"));
        }
      data = gy_timeline_data_new_for_body (list, term, NULL);
      layout = gy_timeline_layout_new (data, NULL, WIDTH, GY_CHART_STYLE_SCREEN);
      last = gy_timeline_layout_get_bar (layout, n - 1);
      g_assert_cmpfloat (gy_timeline_layout_get_height (layout), >, previous);
      g_assert_cmpfloat (last->row.y + last->row.height, <=,
                         gy_timeline_layout_get_height (layout));
      previous = gy_timeline_layout_get_height (layout);
    }
}

static void
test_draw_and_export (void)
{
  g_autoptr(GyTimelineData) data = seed_data ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-timeline-XXXXXX", &error);
  const char *names[] = { "t.png", "t.pdf", "t.svg" };

  g_assert_no_error (error);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(GyTimelineLayout) screen = gy_timeline_layout_new (data, NULL, widths[w],
                                                                   GY_CHART_STYLE_SCREEN);
      g_autoptr(GyTimelineLayout) print = gy_timeline_layout_new (data, NULL, widths[w],
                                                                  GY_CHART_STYLE_PRINT);

      draw_to_image (screen);
      draw_to_image (print);
      g_assert_cmpfloat (gy_timeline_layout_get_height (screen), ==,
                         gy_timeline_layout_get_height (print));
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      GStatBuf st;

      g_assert_true (gy_timeline_export (data, path, 1000, GY_CHART_STYLE_SCREEN, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 1000);
      g_remove (path);
    }
  {
    g_autofree char *path = g_build_filename (dir, "t.bmp", NULL);

    g_assert_false (gy_timeline_export (data, path, 1000, GY_CHART_STYLE_SCREEN, &error));
    g_assert_error (error, GY_CHART_ERROR, GY_CHART_ERROR_FORMAT);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/card/bars", test_card_bars);
  g_test_add_func ("/timeline/card/months", test_card_months);
  g_test_add_func ("/timeline/card/clipped", test_card_clipped);
  g_test_add_func ("/timeline/card/term-lines", test_card_term_lines);
  g_test_add_func ("/timeline/card/whole-years", test_card_whole_years);
  g_test_add_func ("/timeline/card/today", test_card_today);
  g_test_add_func ("/timeline/card/today-beside-date", test_card_today_beside_date);
  g_test_add_func ("/timeline/card/items", test_card_items);
  g_test_add_func ("/timeline/card/labels", test_card_labels);
  g_test_add_func ("/timeline/card/hit", test_card_hit);
  g_test_add_func ("/timeline/card/no-period", test_card_no_period);
  g_test_add_func ("/timeline/card/empty", test_card_empty);
  g_test_add_func ("/timeline/body/groups", test_body_groups);
  g_test_add_func ("/timeline/body/empty", test_body_empty);
  g_test_add_func ("/timeline/body/height", test_body_height);
  g_test_add_func ("/timeline/draw-and-export", test_draw_and_export);
  return g_test_run ();
}

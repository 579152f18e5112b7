/* test-chart.c — chart data, layout geometry, drawing and export
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Geometry is checked on the layout (bar heights, label extents), never by pixel checksums:
 * fonts and antialiasing differ between machines, proportions do not.
 */
#include "gy-card-reader.h"
#include "gy-chart.h"
#include "gy-chart-summary.h"
#include "gy-summary.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#define A GY_MONEY_ABSENT
#define M(x) ((x) * GY_MONEY_PER_MILLION)

static const char *const body_sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };

static const double sizes[][2] = { { 800, 500 }, { 480, 320 }, { 1600, 1000 }, { 640, 900 } };

static GyMoneyRow *
money_row (const char   *source,
           gint64        total,
           gint64        before,
           gint64        subtotal,
           const gint64  years[5],
           gint64        after)
{
  GyMoneyRow *row = gy_money_row_new (source, 5);

  row->total = total;
  row->before = before;
  row->subtotal = subtotal;
  for (guint i = 0; i < 5; i++)
    row->years[i] = years[i];
  row->after = after;
  return row;
}

/* The seed's money table, built by hand so this test needs neither reader nor store. */
static GyCard *
seed_card (void)
{
  GyCard *card = gy_card_new ();

  g_free (card->title);
  card->title = g_strdup ("4차 산업혁명 혁신역량 강화");
  g_free (card->number);
  card->number = g_strdup ("1-3");
  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  card->money_sum = money_row ("계", M (10932), A, M (10932),
                               (gint64[]) { M (1345), M (1325), M (2630), M (2816), M (2816) }, A);
  g_ptr_array_add (card->money, money_row ("국비", M (8080), A, M (8080),
                   (gint64[]) { M (900), M (800), M (2100), M (2140), M (2140) }, A));
  g_ptr_array_add (card->money, money_row ("도비", M (837), A, M (837),
                   (gint64[]) { M (130), M (135), M (160), M (206), M (206) }, A));
  g_ptr_array_add (card->money, money_row ("시비", M (1985), A, M (1985),
                   (gint64[]) { M (315), M (360), M (370), M (470), M (470) }, A));
  g_ptr_array_add (card->money, money_row ("민자", 0, A, 0, (gint64[]) { A, A, A, A, A }, A));
  g_ptr_array_add (card->money, money_row ("기타", M (30), A, M (30),
                   (gint64[]) { A, M (30), A, A, A }, A));
  return card;
}

static const gint64 seed_years[5] = { 1345, 1325, 2630, 2816, 2816 };
static const gint64 seed_sources[4][5] = {
  { 900, 800, 2100, 2140, 2140 },  /* 국비 */
  { 130, 135, 160, 206, 206 },     /* 도비 */
  { 315, 360, 370, 470, 470 },     /* 시비 */
  { 0, 30, 0, 0, 0 },              /* 기타 */
};

/* A card of the list: one 시비 row holding COST as its 총사업비, or as the fiscal YEARS when
 * given; progress < 0 leaves 진도율 blank. */
static GyCard *
pledge_card (const char   *sector,
             const char   *status,
             const char   *dept,
             double        progress,
             gint64        cost,
             const gint64  years[5])
{
  GyCard *card = gy_card_new ();
  GyMoneyRow *row;

  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  card->sector = g_strdup (sector);
  card->status = g_strdup (status);
  card->lead_dept = g_strdup (dept);
  card->has_progress = progress >= 0;
  card->progress = MAX (progress, 0);
  row = money_row ("시비", years != NULL ? A : cost, A, A,
                   years != NULL ? years : (gint64[]) { A, A, A, A, A }, A);
  g_ptr_array_add (card->money, row);
  return card;
}

static GPtrArray *
new_cards (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
}

/* The summary of CARDS for a body with these 분야 and 이행상태, as every output builds it. */
static GySummary *
summary_for (GPtrArray          *cards,
             const char * const *sectors,
             const char * const *statuses)
{
  g_autoptr(GyBodyCards) body = gy_body_cards_new (cards, "김천시", body_sources, sectors,
                                                   statuses, NULL);

  return gy_summary_new_for_body (body, NULL);
}

static const char *const body_sectors[] = {
  "일자리 경제", "복지 교육", "문화 관광", "환경", NULL
};
static const char *const body_statuses[] = { "완료", "정상추진", "일부추진", "보류", "폐기", NULL };

/* The first pledge spreads the seed's 총사업비 over its years; the others write only theirs. */
static GySummary *
some_pledges (void)
{
  g_autoptr(GPtrArray) cards = new_cards ();

  g_ptr_array_add (cards, pledge_card ("일자리 경제", "정상추진", "일자리경제과", 70, A,
                   (gint64[]) { M (1345), M (1325), M (2630), M (2816), M (2816) }));
  g_ptr_array_add (cards, pledge_card ("일자리 경제", "완료", "미래혁신전략과", 100, M (2500),
                                       NULL));
  g_ptr_array_add (cards, pledge_card ("복지 교육", "정상추진", "복지정책과", 85.5, M (1200),
                                       NULL));
  g_ptr_array_add (cards, pledge_card ("복지 교육", "보류", "복지정책과", -1, A, NULL));
  g_ptr_array_add (cards, pledge_card ("문화 관광", "일부추진", "-", 30, M (48000), NULL));
  g_ptr_array_add (cards, pledge_card (NULL, NULL, NULL, -1, 500, NULL));
  return summary_for (cards, body_sectors, body_statuses);
}

static GyChartLayout *
layout_for (const GyChartData *data,
            double             width,
            double             height,
            GyChartStyle       style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);
  GyChartLayout *layout = gy_chart_layout_new (data, cr, width, height, style);

  gy_chart_draw (cr, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

static gboolean
rects_overlap (const GyChartRect *a,
               const GyChartRect *b)
{
  const double eps = 0.5;

  return a->x < b->x + b->width - eps && b->x < a->x + a->width - eps &&
         a->y < b->y + b->height - eps && b->y < a->y + a->height - eps;
}

/* Every label inside the canvas, none over another, none over a bar. */
static void
assert_clean (const GyChartLayout *layout,
              double               width,
              double               height)
{
  guint n = gy_chart_layout_get_n_labels (layout);

  for (guint i = 0; i < n; i++)
    {
      const GyChartLabel *a = gy_chart_layout_get_label (layout, i);

      if (a->rect.x < -0.5 || a->rect.y < -0.5 ||
          a->rect.x + a->rect.width > width + 0.5 || a->rect.y + a->rect.height > height + 0.5)
        g_error ("label “%s” at %.1f,%.1f %.1f×%.1f leaves the %.0f×%.0f canvas", a->text,
                 a->rect.x, a->rect.y, a->rect.width, a->rect.height, width, height);
      g_assert_cmpfloat (a->rect.width, >, 0);

      for (guint j = i + 1; j < n; j++)
        {
          const GyChartLabel *b = gy_chart_layout_get_label (layout, j);

          if (rects_overlap (&a->rect, &b->rect))
            g_error ("labels “%s” and “%s” overlap at %.0f×%.0f", a->text, b->text,
                     width, height);
        }
      for (guint k = 0; k < gy_chart_layout_get_n_items (layout); k++)
        if (rects_overlap (&a->rect, &gy_chart_layout_get_item (layout, k)->rect))
          g_error ("label “%s” covers a bar at %.0f×%.0f", a->text, width, height);
    }
}

static guint
count_labels (const GyChartLayout *layout,
              GyChartLabelRole     role)
{
  guint count = 0;

  for (guint i = 0; i < gy_chart_layout_get_n_labels (layout); i++)
    if (gy_chart_layout_get_label (layout, i)->role == role)
      count++;
  return count;
}

static const GyChartLabel *
find_label (const GyChartLayout *layout,
            GyChartLabelRole     role,
            const char          *text)
{
  for (guint i = 0; i < gy_chart_layout_get_n_labels (layout); i++)
    {
      const GyChartLabel *label = gy_chart_layout_get_label (layout, i);

      if (label->role == role && g_strcmp0 (label->text, text) == 0)
        return label;
    }
  return NULL;
}

/* The height of a stacked column: the sum of its segments. */
static double
column_height (const GyChartLayout *layout,
              guint                category)
{
  double height = 0;

  for (guint i = 0; i < gy_chart_layout_get_n_items (layout); i++)
    {
      const GyChartItem *item = gy_chart_layout_get_item (layout, i);

      if (item->category == category)
        height += item->rect.height;
    }
  return height;
}

static const GyChartItem *
find_item (const GyChartLayout *layout,
           guint                category,
           const char          *series)
{
  for (guint i = 0; i < gy_chart_layout_get_n_items (layout); i++)
    {
      const GyChartItem *item = gy_chart_layout_get_item (layout, i);

      if (item->category == category && g_strcmp0 (item->series_name, series) == 0)
        return item;
    }
  return NULL;
}

static void
test_kind_strings (void)
{
  static const char *const names[] = {
    "years", "sources", "sectors", "departments", "statuses", "progress",
  };
  GyChartKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (gy_chart_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (gy_chart_kind_to_string (kind), ==, names[i]);
    }
  g_assert_false (gy_chart_kind_from_string ("pie", &kind));
  g_assert_false (gy_chart_kind_from_string (NULL, &kind));
  g_assert_true (gy_chart_kind_is_pledge (GY_CHART_PLEDGE_SOURCES));
  g_assert_false (gy_chart_kind_is_pledge (GY_CHART_BODY_SECTORS));
}

static void
test_years_data (void)
{
  static const char *const series[] = { "국비", "도비", "시비", "기타" };
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                            body_sources);

  g_assert_cmpint (gy_chart_data_get_unit (data), ==, GY_CHART_UNIT_MONEY);
  g_assert_cmpstr (gy_chart_data_get_subtitle (data), ==, "1-3 4차 산업혁명 혁신역량 강화");
  /* A and C are blank in the seed: only the five in-term years. */
  g_assert_cmpuint (gy_chart_data_get_n_categories (data), ==, 5);
  g_assert_cmpstr (gy_chart_data_get_category_name (data, 0), ==, "2018 하반기");
  g_assert_cmpstr (gy_chart_data_get_category_name (data, 4), ==, "2022 상반기");
  /* 민자 has no money and gets neither a segment nor a legend entry. */
  g_assert_cmpuint (gy_chart_data_get_n_series (data), ==, 4);
  for (guint s = 0; s < 4; s++)
    {
      g_assert_cmpstr (gy_chart_data_get_series_name (data, s), ==, series[s]);
      for (guint y = 0; y < 5; y++)
        g_assert_cmpint (gy_money_or_zero (gy_chart_data_get_value (data, y, s)), ==,
                         M (seed_sources[s][y]));
    }
  g_assert_cmpint (gy_chart_data_get_value (data, 0, 3), ==, A);
  g_assert_false (gy_chart_data_is_empty (data));
}

static void
test_years_bar_ratios (void)
{
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                            body_sources);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    for (int style = GY_CHART_STYLE_SCREEN; style <= GY_CHART_STYLE_PRINT; style++)
      {
        g_autoptr(GyChartLayout) layout = layout_for (data, sizes[k][0], sizes[k][1], style);
        double base = column_height (layout, 0);
        GyChartRect plot;

        gy_chart_layout_get_plot_area (layout, &plot);
        g_assert_cmpfloat (base, >, 10);
        for (guint y = 0; y < 5; y++)
          {
            double height = column_height (layout, y);
            double axis_max = (double) (gy_chart_layout_get_tick (layout,
                                          gy_chart_layout_get_n_ticks (layout) - 1)->value);

            g_assert_cmpfloat (fabs (height - base * seed_years[y] / seed_years[0]), <=, 1.0);
            g_assert_cmpfloat (fabs (height - plot.height * M (seed_years[y]) / axis_max), <=, 1.0);
            g_assert_cmpfloat (height, <=, plot.height + 0.01);
          }
      }
}

static void
test_years_segment_ratios (void)
{
  static const char *const series[] = { "국비", "도비", "시비", "기타" };
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                            body_sources);
  g_autoptr(GyChartLayout) layout = layout_for (data, 800, 500, GY_CHART_STYLE_SCREEN);
  GyChartRect plot;

  gy_chart_layout_get_plot_area (layout, &plot);
  for (guint y = 0; y < 5; y++)
    {
      double height = column_height (layout, y), below = plot.y + plot.height;

      for (guint s = 0; s < 4; s++)
        {
          const GyChartItem *item = find_item (layout, y, series[s]);

          if (seed_sources[s][y] == 0)
            {
              g_assert_null (item);
              continue;
            }
          g_assert_nonnull (item);
          g_assert_cmpint (item->amount, ==, M (seed_sources[s][y]));
          g_assert_cmpfloat (fabs (item->rect.height -
                                   height * seed_sources[s][y] / seed_years[y]), <=, 1.0);
          /* Stacked from the axis up, in the body's order: no gap, no overlap. */
          g_assert_cmpfloat (fabs (item->rect.y + item->rect.height - below), <, 0.01);
          below = item->rect.y;
        }
    }
}

static void
test_years_labels (void)
{
  static const char *const totals[] = { "1,345", "1,325", "2,630", "2,816", "2,816" };
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                            body_sources);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    for (int style = GY_CHART_STYLE_SCREEN; style <= GY_CHART_STYLE_PRINT; style++)
      {
        g_autoptr(GyChartLayout) layout = layout_for (data, sizes[k][0], sizes[k][1], style);

        assert_clean (layout, sizes[k][0], sizes[k][1]);
        g_assert_nonnull (find_label (layout, GY_CHART_LABEL_UNIT, "(단위: 백만원)"));
        g_assert_cmpuint (count_labels (layout, GY_CHART_LABEL_LEGEND), ==, 4);
        g_assert_cmpuint (count_labels (layout, GY_CHART_LABEL_CATEGORY), ==, 5);
        g_assert_nonnull (find_label (layout, GY_CHART_LABEL_LEGEND, "국비"));
        /* The total sits above its column. */
        for (guint y = 0; y < 5; y++)
          {
            const GyChartLabel *label = find_label (layout, GY_CHART_LABEL_VALUE, totals[y]);
            const GyChartItem *top = find_item (layout, y, "시비");

            g_assert_nonnull (label);
            g_assert_cmpfloat (label->rect.y + label->rect.height, <=, top->rect.y + 0.5);
          }
      }
}

static gboolean
is_round_step (gint64 step)
{
  while (step % 10 == 0 && step >= 100)
    step /= 10;
  return step == 1 || step == 2 || step == 5 || step == 10 || step == 20 || step == 25 ||
         step == 50;
}

static void
assert_round_ticks (const GyChartLayout *layout)
{
  gint64 step = gy_chart_layout_get_tick_step (layout);
  guint n = gy_chart_layout_get_n_ticks (layout);

  g_assert_true (is_round_step (step));
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpint (gy_chart_layout_get_tick (layout, 0)->value, ==, 0);
  for (guint t = 0; t < n; t++)
    {
      g_assert_cmpint (gy_chart_layout_get_tick (layout, t)->value, ==, step * (gint64) t);
      if (t > 0)
        g_assert_cmpfloat (gy_chart_layout_get_tick (layout, t)->position, !=,
                           gy_chart_layout_get_tick (layout, t - 1)->position);
    }
}

static void
test_years_ticks (void)
{
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                            body_sources);
  g_autoptr(GyChartLayout) layout = layout_for (data, 800, 500, GY_CHART_STYLE_SCREEN);
  gint64 top;

  assert_round_ticks (layout);
  top = gy_chart_layout_get_tick (layout, gy_chart_layout_get_n_ticks (layout) - 1)->value;
  g_assert_cmpint (top, >=, M (2816));
  g_assert_cmpint (top - gy_chart_layout_get_tick_step (layout), <, M (2816));
  /* Shown in 백만원 with thousands separators. */
  g_assert_nonnull (find_label (layout, GY_CHART_LABEL_TICK, "3,000"));
  g_assert_nonnull (find_label (layout, GY_CHART_LABEL_TICK, "0"));
}

static void
test_years_hit (void)
{
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                            body_sources);
  g_autoptr(GyChartLayout) layout = layout_for (data, 800, 500, GY_CHART_STYLE_SCREEN);
  const GyChartItem *item = find_item (layout, 1, "도비");
  const GyChartItem *hit;
  g_autofree char *text = NULL;

  hit = gy_chart_layout_hit (layout, item->rect.x + item->rect.width / 2,
                             item->rect.y + item->rect.height / 2);
  g_assert_true (hit == item);
  g_assert_cmpstr (hit->series_name, ==, "도비");
  g_assert_cmpstr (hit->category_name, ==, "2019");
  g_assert_cmpint (hit->amount, ==, M (135));
  text = gy_chart_layout_describe_item (layout, hit);
  g_assert_cmpstr (text, ==, "2019 · 도비: 135 백만원");

  /* 기타's 30 in 2019 is a thin segment, still found. */
  item = find_item (layout, 1, "기타");
  hit = gy_chart_layout_hit (layout, item->rect.x + 1, item->rect.y + item->rect.height / 2);
  g_assert_cmpstr (hit->series_name, ==, "기타");
  g_assert_cmpint (hit->amount, ==, M (30));

  g_assert_null (gy_chart_layout_hit (layout, 1, 1));
  g_assert_null (gy_chart_layout_hit (layout, item->rect.x - 5, item->rect.y - 5));
}

/* The seed read by the card reader gives the very chart of the hand-built table. */
static void
test_years_seed_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) read = gy_card_read_file (TEST_DATA_DIR "/000_3888df2267cd0c0c.txt", NULL,
                                              &error);
  g_autoptr(GyCard) built = seed_card ();
  g_autoptr(GyChartData) from_file = NULL;
  g_autoptr(GyChartData) by_hand = NULL;
  g_autoptr(GyChartLayout) a = NULL;
  g_autoptr(GyChartLayout) b = NULL;

  g_assert_no_error (error);
  from_file = gy_chart_data_new_for_card (read, GY_CHART_PLEDGE_YEARS, body_sources);
  by_hand = gy_chart_data_new_for_card (built, GY_CHART_PLEDGE_YEARS, body_sources);
  g_assert_cmpuint (gy_chart_data_get_n_categories (from_file), ==, 5);
  g_assert_cmpuint (gy_chart_data_get_n_series (from_file), ==, 4);
  for (guint c = 0; c < 5; c++)
    {
      g_assert_cmpstr (gy_chart_data_get_category_name (from_file, c), ==,
                       gy_chart_data_get_category_name (by_hand, c));
      for (guint s = 0; s < 4; s++)
        g_assert_cmpint (gy_chart_data_get_value (from_file, c, s), ==,
                         gy_chart_data_get_value (by_hand, c, s));
    }

  a = layout_for (from_file, 800, 500, GY_CHART_STYLE_SCREEN);
  b = layout_for (by_hand, 800, 500, GY_CHART_STYLE_SCREEN);
  g_assert_cmpuint (gy_chart_layout_get_n_items (a), ==, gy_chart_layout_get_n_items (b));
  for (guint i = 0; i < gy_chart_layout_get_n_items (a); i++)
    g_assert_cmpfloat (fabs (gy_chart_layout_get_item (a, i)->rect.height -
                             gy_chart_layout_get_item (b, i)->rect.height), <, 0.01);
}

/* A and C with money: bars of their own at both ends, set apart from the term; (C) has the
 * term's own name. */
static void
test_years_before_after (void)
{
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = NULL;
  g_autoptr(GyChartLayout) layout = NULL;
  const GyChartItem *a, *first, *second, *last, *c;

  ((GyMoneyRow *) g_ptr_array_index (card->money, 0))->before = M (500);
  ((GyMoneyRow *) g_ptr_array_index (card->money, 2))->after = M (1200);
  data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS, body_sources);
  g_assert_cmpuint (gy_chart_data_get_n_categories (data), ==, 7);
  g_assert_cmpstr (gy_chart_data_get_category_name (data, 0), ==, "기투자 (A)");
  g_assert_cmpstr (gy_chart_data_get_category_name (data, 6), ==, "2022 하반기 이후 (C)");

  layout = layout_for (data, 800, 500, GY_CHART_STYLE_SCREEN);
  assert_clean (layout, 800, 500);
  a = find_item (layout, 0, "국비");
  first = find_item (layout, 1, "국비");
  second = find_item (layout, 2, "국비");
  last = find_item (layout, 5, "국비");
  c = find_item (layout, 6, "시비");
  g_assert_cmpint (a->amount, ==, M (500));
  g_assert_cmpint (c->amount, ==, M (1200));
  g_assert_cmpfloat (first->rect.x - a->rect.x, >, second->rect.x - first->rect.x + 1);
  g_assert_cmpfloat (c->rect.x - last->rect.x, >, second->rect.x - first->rect.x + 1);
}

static void
test_sources_shares (void)
{
  static const char *const names[] = { "국비", "도비", "시비", "기타" };
  static const gint64 amounts[] = { 8080, 837, 1985, 30 };
  static const char *const values[] = {
    "8,080 (73.9%)", "837 (7.7%)", "1,985 (18.2%)", "30 (0.3%)",
  };
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_SOURCES,
                                                            body_sources);

  g_assert_cmpuint (gy_chart_data_get_n_categories (data), ==, 4);
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    for (int style = GY_CHART_STYLE_SCREEN; style <= GY_CHART_STYLE_PRINT; style++)
      {
        g_autoptr(GyChartLayout) layout = layout_for (data, sizes[k][0], sizes[k][1], style);
        const GyChartItem *first = gy_chart_layout_get_item (layout, 0);

        assert_clean (layout, sizes[k][0], sizes[k][1]);
        assert_round_ticks (layout);
        g_assert_cmpuint (gy_chart_layout_get_n_items (layout), ==, 4);
        for (guint i = 0; i < 4; i++)
          {
            const GyChartItem *item = gy_chart_layout_get_item (layout, i);

            g_assert_cmpstr (item->category_name, ==, names[i]);
            g_assert_cmpint (item->amount, ==, M (amounts[i]));
            g_assert_cmpfloat (fabs (item->rect.width -
                                     first->rect.width * amounts[i] / amounts[0]), <=, 1.0);
            g_assert_nonnull (find_label (layout, GY_CHART_LABEL_VALUE, values[i]));
            g_assert_nonnull (find_label (layout, GY_CHART_LABEL_CATEGORY, names[i]));
          }
      }
}

/* Some pixel differs from the white background. */
static gboolean
has_ink (cairo_surface_t *surface)
{
  const guchar *pixels;
  int stride, width, height;

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (((const guint32 *) (pixels + y * stride))[x] != 0xffffffff)
        return TRUE;
  return FALSE;
}

static void
test_empty (void)
{
  g_autoptr(GyCard) card = gy_card_new ();
  g_autoptr(GyChartData) data = NULL;
  g_autoptr(GyChartData) blank = gy_chart_data_new (GY_CHART_BODY_SECTORS, GY_CHART_UNIT_MONEY);
  g_autoptr(GPtrArray) none = new_cards ();
  g_autoptr(GySummary) empty = summary_for (none, body_sectors, body_statuses);
  GyChartData *all[3];

  card->term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS, body_sources);
  all[0] = data;
  all[1] = blank;
  /* A body without pledges: its statuses are listed, each with none. */
  all[2] = gy_chart_data_new_for_summary (empty, GY_CHART_BODY_STATUSES);
  /* … and no 미지정: no pledge lacks a status. */
  g_assert_cmpuint (gy_chart_data_get_n_categories (all[2]), ==, 5);
  g_assert_cmpstr (gy_chart_data_get_category_name (all[2], 4), ==, "폐기");

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(GyChartLayout) layout = gy_chart_layout_new (all[i], cr, 400, 300,
                                                             GY_CHART_STYLE_SCREEN);

      g_assert_true (gy_chart_data_is_empty (all[i]));
      g_assert_true (gy_chart_layout_is_empty (layout));
      g_assert_cmpuint (gy_chart_layout_get_n_items (layout), ==, 0);
      g_assert_cmpuint (count_labels (layout, GY_CHART_LABEL_EMPTY), ==, 1);
      g_assert_null (gy_chart_layout_hit (layout, 200, 150));
      assert_clean (layout, 400, 300);
      gy_chart_draw (cr, layout);
      g_assert_true (has_ink (surface));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  gy_chart_data_unref (all[2]);
}

static void
test_single_source (void)
{
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = NULL;

  /* Only 시비 left. */
  g_ptr_array_remove_index (card->money, 0);
  g_ptr_array_remove_index (card->money, 0);
  g_ptr_array_set_size (card->money, 1);
  data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS, body_sources);
  g_assert_cmpuint (gy_chart_data_get_n_series (data), ==, 1);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GyChartLayout) layout = layout_for (data, sizes[k][0], sizes[k][1],
                                                    GY_CHART_STYLE_PRINT);
      assert_clean (layout, sizes[k][0], sizes[k][1]);
      assert_round_ticks (layout);
      g_assert_cmpuint (gy_chart_layout_get_n_items (layout), ==, 5);
      g_assert_cmpuint (count_labels (layout, GY_CHART_LABEL_LEGEND), ==, 1);
    }

  /* Only the 계 row: still a chart, of one series. */
  g_ptr_array_set_size (card->money, 0);
  g_clear_pointer (&data, gy_chart_data_unref);
  data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS, body_sources);
  g_assert_cmpuint (gy_chart_data_get_n_series (data), ==, 1);
  g_assert_cmpstr (gy_chart_data_get_series_name (data, 0), ==, "계");
}

static const char *const long_words[] = {
  "지속가능한", "미래형", "스마트", "친환경", "첨단산업", "균형발전을", "위한", "시민참여",
  "혁신도시", "생활문화", "인프라", "확충",
};

static char *
long_name (guint i)
{
  GString *name = g_string_new (NULL);

  g_string_append_printf (name, "%u. ", i + 1);
  for (guint w = 0; w < 4 + i % 5; w++)
    g_string_append_printf (name, "%s ", long_words[(i + w) % G_N_ELEMENTS (long_words)]);
  g_string_append (name, "분야");
  return g_string_free (name, FALSE);
}

static void
test_thirty_sectors (void)
{
  g_autoptr(GPtrArray) cards = new_cards ();
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GySummary) summary = NULL;
  GyChartKind kinds[] = { GY_CHART_BODY_SECTORS, GY_CHART_BODY_PROGRESS };

  for (guint i = 0; i < 30; i++)
    {
      char *name = long_name (i);

      g_ptr_array_add (order, name);
      g_ptr_array_add (cards, pledge_card (name, "정상추진", "기획예산과", (i * 37) % 101,
                                           M ((i * 7919) % 40000 + 10), NULL));
    }
  g_ptr_array_add (order, NULL);
  summary = summary_for (cards, (const char *const *) order->pdata, body_statuses);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GyChartData) data = gy_chart_data_new_for_summary (summary, kinds[k]);

      g_assert_cmpuint (gy_chart_data_get_n_categories (data), ==, 30);
      for (guint i = 0; i < 30; i++)
        g_assert_cmpstr (gy_chart_data_get_category_name (data, i), ==,
                         g_ptr_array_index (order, i));
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        for (int style = GY_CHART_STYLE_SCREEN; style <= GY_CHART_STYLE_PRINT; style++)
          {
            g_autoptr(GyChartLayout) layout = layout_for (data, sizes[s][0], sizes[s][1], style);
            GyChartRect plot;

            assert_clean (layout, sizes[s][0], sizes[s][1]);
            assert_round_ticks (layout);
            gy_chart_layout_get_plot_area (layout, &plot);
            g_assert_cmpuint (gy_chart_layout_get_n_items (layout), ==,
                              kinds[k] == GY_CHART_BODY_PROGRESS ? 29 : 30);
            g_assert_cmpuint (count_labels (layout, GY_CHART_LABEL_CATEGORY), >=, 10);
            for (guint i = 0; i < gy_chart_layout_get_n_items (layout); i++)
              {
                const GyChartRect *r = &gy_chart_layout_get_item (layout, i)->rect;

                g_assert_cmpfloat (r->x, >=, plot.x - 0.01);
                g_assert_cmpfloat (r->x + r->width, <=, plot.x + plot.width + 0.01);
                g_assert_cmpfloat (r->y, >=, plot.y - 0.01);
                g_assert_cmpfloat (r->y + r->height, <=, plot.y + plot.height + 0.01);
              }
          }
    }
}

static void
test_body_rollups (void)
{
  g_autoptr(GySummary) summary = some_pledges ();
  g_autoptr(GyChartData) by_sector = gy_chart_data_new_for_summary (summary,
                                                                    GY_CHART_BODY_SECTORS);
  g_autoptr(GyChartData) by_dept = gy_chart_data_new_for_summary (summary,
                                                                  GY_CHART_BODY_DEPARTMENTS);
  g_autoptr(GyChartData) by_status = gy_chart_data_new_for_summary (summary,
                                                                    GY_CHART_BODY_STATUSES);
  g_autoptr(GyChartData) progress = gy_chart_data_new_for_summary (summary,
                                                                   GY_CHART_BODY_PROGRESS);
  GyChartData *all[] = { by_sector, by_dept, by_status, progress };

  /* The body's sectors in its order, as the summary groups them (환경 has no pledge, so no
   * group), then pledges without a sector. */
  g_assert_cmpuint (gy_chart_data_get_n_categories (by_sector), ==, 4);
  g_assert_cmpstr (gy_chart_data_get_category_name (by_sector, 0), ==, "일자리 경제");
  g_assert_cmpstr (gy_chart_data_get_category_name (by_sector, 1), ==, "복지 교육");
  g_assert_cmpstr (gy_chart_data_get_category_name (by_sector, 2), ==, "문화 관광");
  g_assert_cmpstr (gy_chart_data_get_category_name (by_sector, 3), ==, "분야 미지정");
  g_assert_cmpint (gy_chart_data_get_value (by_sector, 0, 0), ==, M (13432));
  g_assert_cmpint (gy_chart_data_get_value (by_sector, 1, 0), ==, M (1200));
  g_assert_cmpint (gy_chart_data_get_value (by_sector, 2, 0), ==, M (48000));
  g_assert_cmpint (gy_chart_data_get_value (by_sector, 3, 0), ==, 500);

  /* Departments by amount, largest first; "-" and none fold together. */
  g_assert_cmpstr (gy_chart_data_get_category_name (by_dept, 0), ==, "No department");
  g_assert_cmpint (gy_chart_data_get_value (by_dept, 0, 0), ==, M (48000) + 500);
  g_assert_cmpstr (gy_chart_data_get_category_name (by_dept, 1), ==, "일자리경제과");

  /* Every status of the body in its order, empty ones too; 미지정 since one pledge has none. */
  g_assert_cmpint (gy_chart_data_get_unit (by_status), ==, GY_CHART_UNIT_COUNT);
  g_assert_cmpuint (gy_chart_data_get_n_categories (by_status), ==, 6);
  g_assert_cmpstr (gy_chart_data_get_category_name (by_status, 1), ==, "정상추진");
  g_assert_cmpint (gy_chart_data_get_value (by_status, 1, 0), ==, 2);
  g_assert_cmpstr (gy_chart_data_get_category_name (by_status, 4), ==, "폐기");
  g_assert_cmpint (gy_chart_data_get_value (by_status, 4, 0), ==, 0);
  g_assert_cmpstr (gy_chart_data_get_category_name (by_status, 5), ==, "미지정");
  g_assert_cmpint (gy_chart_data_get_value (by_status, 5, 0), ==, 1);

  /* Plain mean to one decimal: (70 + 100) / 2 = 85.0; 85.5 alone, the 보류 pledge without a
   * 진도율 left out; none for the pledge without a 분야. */
  g_assert_cmpint (gy_chart_data_get_unit (progress), ==, GY_CHART_UNIT_PERMILLE);
  g_assert_cmpuint (gy_chart_data_get_n_categories (progress), ==, 4);
  g_assert_cmpint (gy_chart_data_get_value (progress, 0, 0), ==, 850);
  g_assert_cmpint (gy_chart_data_get_value (progress, 1, 0), ==, 855);
  g_assert_cmpint (gy_chart_data_get_value (progress, 2, 0), ==, 300);
  g_assert_cmpstr (gy_chart_data_get_category_name (progress, 3), ==, "분야 미지정");
  g_assert_cmpint (gy_chart_data_get_value (progress, 3, 0), ==, A);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
      {
        g_autoptr(GyChartLayout) layout = layout_for (all[i], sizes[k][0], sizes[k][1],
                                                      GY_CHART_STYLE_SCREEN);
        assert_clean (layout, sizes[k][0], sizes[k][1]);
        assert_round_ticks (layout);
      }

  {
    g_autoptr(GyChartLayout) layout = layout_for (progress, 800, 500, GY_CHART_STYLE_SCREEN);
    const GyChartTick *last = gy_chart_layout_get_tick (layout,
                                                        gy_chart_layout_get_n_ticks (layout) - 1);

    /* Progress is read against 100 %. */
    g_assert_cmpint (last->value, ==, 1000);
    g_assert_nonnull (find_label (layout, GY_CHART_LABEL_VALUE, "85.5"));
    g_assert_nonnull (find_label (layout, GY_CHART_LABEL_UNIT, "(단위: %)"));
  }
}

/* Long Korean source names in the legend, and a tiny canvas. */
static void
test_long_labels (void)
{
  g_autoptr(GyChartData) data = gy_chart_data_new (GY_CHART_PLEDGE_YEARS, GY_CHART_UNIT_MONEY);
  g_autoptr(GyTerm) term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  guint n_series = 6;

  gy_chart_data_set_title (data, "아주 긴 제목이 들어가는 공약사업 연차별 투자수요 차트의 제목이 "
                           "캔버스의 폭을 넘어서는 경우에도 잘려서 보여야 합니다");
  for (guint s = 0; s < n_series; s++)
    {
      g_autofree char *name = long_name (s);
      GyPaint paint;

      gy_palette_paint_for_source (name, body_sources, &paint);
      gy_chart_data_add_series (data, name, &paint);
    }
  for (guint c = 0; c < gy_term_n_columns (term); c++)
    {
      guint category = gy_chart_data_add_category (data, gy_term_column (term, c)->label,
                                                   GY_CHART_GROUP_NONE, NULL);

      for (guint s = 0; s < n_series; s++)
        gy_chart_data_set_value (data, category, s, M (100 * (c + 1) + 37 * s) + 500);
    }

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GyChartLayout) layout = layout_for (data, sizes[k][0], sizes[k][1],
                                                    GY_CHART_STYLE_PRINT);
      assert_clean (layout, sizes[k][0], sizes[k][1]);
      assert_round_ticks (layout);
      g_assert_cmpuint (count_labels (layout, GY_CHART_LABEL_LEGEND), ==, n_series);
    }
  {
    g_autoptr(GyChartLayout) layout = layout_for (data, 300, 300, GY_CHART_STYLE_SCREEN);

    assert_clean (layout, 300, 300);
  }
}

/* A canvas too small for any chart: no crash, no warning, nothing drawn outside. */
static void
test_tiny_canvas (void)
{
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GySummary) summary = some_pledges ();
  GyChartData *all[] = {
    gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS, body_sources),
    gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_SOURCES, body_sources),
    gy_chart_data_new_for_summary (summary, GY_CHART_BODY_DEPARTMENTS),
    gy_chart_data_new_for_summary (summary, GY_CHART_BODY_PROGRESS),
  };
  static const double tiny[][2] = { { 1, 1 }, { 40, 30 }, { 120, 60 }, { 60, 400 } };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (tiny); k++)
        for (int style = GY_CHART_STYLE_SCREEN; style <= GY_CHART_STYLE_PRINT; style++)
          {
            g_autoptr(GyChartLayout) layout = layout_for (all[i], tiny[k][0], tiny[k][1], style);

            g_assert_cmpuint (gy_chart_layout_get_n_items (layout), >, 0);
          }
      gy_chart_data_unref (all[i]);
    }
}

static gboolean
same_paint (const GyPaint *a,
            const GyPaint *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->hatch == b->hatch;
}

/* Same source, same paint, wherever it appears; unknown sources keep theirs between runs. */
static void
test_palette (void)
{
  static const char *const other_order[] = { "국비", "시비", "구비", NULL };
  GyPaint a, b, c;

  gy_palette_paint_for_source ("도비", body_sources, &a);
  gy_palette_paint_for_index (1, &b);
  g_assert_true (same_paint (&a, &b));
  gy_palette_paint_for_source ("시비", other_order, &a);
  gy_palette_paint_for_source ("시비", body_sources, &b);
  g_assert_false (same_paint (&a, &b));

  gy_palette_paint_for_source ("지방비", body_sources, &a);
  gy_palette_paint_for_source ("지방비", NULL, &b);
  g_assert_true (same_paint (&a, &b));
  for (guint i = 0; i < gy_palette_n_colors (); i++)
    {
      gy_palette_paint_for_index (i, &c);
      g_assert_false (a.red == c.red && a.green == c.green && a.blue == c.blue);
    }

  /* The first five sources differ in hatch as well as colour. */
  for (guint i = 0; i < 5; i++)
    for (guint j = i + 1; j < 5; j++)
      {
        gy_palette_paint_for_index (i, &a);
        gy_palette_paint_for_index (j, &b);
        g_assert_cmpint (a.hatch, !=, b.hatch);
      }
}

static gsize
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static void
test_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = seed_card ();
  g_autoptr(GyChartData) data = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                            body_sources);
  g_autofree char *dir = g_dir_make_tmp ("test-chart-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "years.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "years.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "years.PDF", NULL);
  g_autofree char *bad = g_build_filename (dir, "years.jpg", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.png", NULL);
  g_autofree char *svg_text = NULL;
  g_autofree char *pdf_head = NULL;
  cairo_surface_t *image;

  g_assert_no_error (error);
  g_assert_true (gy_chart_export (data, png, 640, 400, &error));
  g_assert_no_error (error);
  g_assert_true (gy_chart_export_with_style (data, svg, 640, 400, GY_CHART_STYLE_PRINT, &error));
  g_assert_no_error (error);
  g_assert_true (gy_chart_export (data, pdf, 640, 400, &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 400);
  g_assert_true (has_ink (image));
  cairo_surface_destroy (image);
  g_assert_cmpuint (file_size (png), >, 5000);

  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "width=\"640"));
  g_assert_cmpuint (file_size (svg), >, 5000);
  g_assert_true (g_file_get_contents (pdf, &pdf_head, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf_head, "%PDF-"));
  g_assert_cmpuint (file_size (pdf), >, 5000);

  g_assert_false (gy_chart_export (data, bad, 640, 400, &error));
  g_assert_error (error, GY_CHART_ERROR, GY_CHART_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_assert_false (gy_chart_export (data, missing, 640, 400, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/kind/strings", test_kind_strings);
  g_test_add_func ("/chart/palette/stable", test_palette);
  g_test_add_func ("/chart/pledge-years/data", test_years_data);
  g_test_add_func ("/chart/pledge-years/bar-ratios", test_years_bar_ratios);
  g_test_add_func ("/chart/pledge-years/segment-ratios", test_years_segment_ratios);
  g_test_add_func ("/chart/pledge-years/labels", test_years_labels);
  g_test_add_func ("/chart/pledge-years/ticks", test_years_ticks);
  g_test_add_func ("/chart/pledge-years/hit", test_years_hit);
  g_test_add_func ("/chart/pledge-years/seed-file", test_years_seed_file);
  g_test_add_func ("/chart/pledge-years/before-after", test_years_before_after);
  g_test_add_func ("/chart/pledge-years/single-source", test_single_source);
  g_test_add_func ("/chart/pledge-years/long-labels", test_long_labels);
  g_test_add_func ("/chart/pledge-sources/shares", test_sources_shares);
  g_test_add_func ("/chart/body/rollups", test_body_rollups);
  g_test_add_func ("/chart/body/thirty-sectors", test_thirty_sectors);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/tiny-canvas", test_tiny_canvas);
  g_test_add_func ("/chart/export", test_export);
  return g_test_run ();
}

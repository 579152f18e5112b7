/* gy-chart-data.c — the numbers a chart shows, and those of one card's charts
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gy-chart-private.h"
#include "gy-money-column.h"

G_DEFINE_BOXED_TYPE (GyChartData, gy_chart_data, gy_chart_data_ref, gy_chart_data_unref)

static void
clear_series (gpointer data)
{
  g_free (((GyChartSeries *) data)->name);
}

static void
clear_category (gpointer data)
{
  g_free (((GyChartCategory *) data)->name);
}

const char *
gy_chart_kind_title (GyChartKind kind)
{
  switch (kind)
    {
    case GY_CHART_PLEDGE_YEARS:
      return _("Investment by fiscal year");
    case GY_CHART_PLEDGE_SOURCES:
      return _("Funding sources");
    case GY_CHART_BODY_SECTORS:
      return _("Total cost by sector");
    case GY_CHART_BODY_DEPARTMENTS:
      return _("Total cost by lead department");
    case GY_CHART_BODY_STATUSES:
      return _("Pledges by status");
    case GY_CHART_BODY_PROGRESS:
      return _("Mean progress by sector");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A card's money rows with the body's sources first, in the body's order, then the others
 * as the card lists them. */
static GPtrArray *
ordered_rows (const GyCard       *card,
              const char * const *source_order)
{
  GPtrArray *rows = g_ptr_array_new ();
  g_autofree gboolean *taken = g_new0 (gboolean, card->money->len + 1);

  for (guint k = 0; source_order != NULL && source_order[k] != NULL; k++)
    for (guint i = 0; i < card->money->len; i++)
      {
        const GyMoneyRow *row = g_ptr_array_index (card->money, i);

        if (!taken[i] && g_strcmp0 (row->source, source_order[k]) == 0)
          {
            taken[i] = TRUE;
            g_ptr_array_add (rows, (gpointer) row);
          }
      }
  for (guint i = 0; i < card->money->len; i++)
    if (!taken[i])
      g_ptr_array_add (rows, g_ptr_array_index (card->money, i));
  return rows;
}

static gboolean
positive (gint64 amount)
{
  return amount != GY_MONEY_ABSENT && amount > 0;
}

static gboolean
row_has_money (const GyMoneyRow *row,
               guint             n_years)
{
  if (positive (row->before) || positive (row->after))
    return TRUE;
  for (guint i = 0; i < n_years; i++)
    if (positive (row->years[i]))
      return TRUE;
  return FALSE;
}

/* 총사업비 as written, else A + the years + C. */
static gint64
row_total (const GyMoneyRow *row,
           guint             n_years)
{
  gint64 sum = GY_MONEY_ABSENT;

  if (row->total != GY_MONEY_ABSENT)
    return row->total;
  gy_money_add (sum, row->before, &sum);
  for (guint i = 0; i < n_years; i++)
    gy_money_add (sum, row->years[i], &sum);
  gy_money_add (sum, row->after, &sum);
  return sum;
}

static char *
card_subtitle (const GyCard *card)
{
  g_autofree char *text = g_strdup_printf ("%s %s",
                                           card->number != NULL ? card->number : "",
                                           card->title != NULL ? card->title : "");

  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
fill_years (GyChartData        *data,
            const GyCard       *card,
            const char * const *source_order)
{
  guint n_years = gy_card_n_years (card);
  g_autoptr(GPtrArray) all_rows = ordered_rows (card, source_order);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  gboolean has_before = FALSE, has_after = FALSE;
  guint first_year = 0;

  for (guint i = 0; i < all_rows->len; i++)
    if (row_has_money (g_ptr_array_index (all_rows, i), n_years))
      g_ptr_array_add (rows, g_ptr_array_index (all_rows, i));
  /* A card with only the 계 row still has a chart: one series. */
  if (rows->len == 0 && card->money_sum != NULL && row_has_money (card->money_sum, n_years))
    g_ptr_array_add (rows, card->money_sum);

  for (guint i = 0; i < rows->len; i++)
    {
      const GyMoneyRow *row = g_ptr_array_index (rows, i);
      GyPaint paint;

      if (row == card->money_sum)
        gy_palette_paint_neutral (&paint);
      else
        gy_palette_paint_for_source (row->source, source_order, &paint);
      gy_chart_data_add_series (data, row->source, &paint);
      has_before |= positive (row->before);
      has_after |= positive (row->after);
    }

  /* A and C get a bar only when they hold money: most cards leave them blank. */
  if (has_before)
    {
      gy_chart_data_add_category (data, "기투자 (A)", GY_CHART_GROUP_BEFORE, NULL);
      first_year = 1;
    }
  for (guint y = 0; y < n_years; y++)
    gy_chart_data_add_category (data, gy_term_column (card->term, y)->label,
                                GY_CHART_GROUP_NONE, NULL);
  if (has_after)
    {
      /* the term's own name for (C), as the card's table prints it */
      g_autofree char *after = gy_money_column_label (card->term,
                                                      gy_money_column_after (card->term));

      gy_chart_data_add_category (data, after, GY_CHART_GROUP_AFTER, NULL);
    }

  for (guint s = 0; s < rows->len; s++)
    {
      const GyMoneyRow *row = g_ptr_array_index (rows, s);

      if (has_before)
        gy_chart_data_set_value (data, 0, s, row->before);
      for (guint y = 0; y < n_years; y++)
        gy_chart_data_set_value (data, first_year + y, s, row->years[y]);
      if (has_after)
        gy_chart_data_set_value (data, first_year + n_years, s, row->after);
    }
}

static void
fill_sources (GyChartData        *data,
              const GyCard       *card,
              const char * const *source_order)
{
  guint n_years = gy_card_n_years (card);
  g_autoptr(GPtrArray) rows = ordered_rows (card, source_order);
  GyPaint neutral;
  guint n_added = 0;

  gy_palette_paint_neutral (&neutral);
  gy_chart_data_add_series (data, NULL, &neutral);
  for (guint i = 0; i < rows->len; i++)
    {
      const GyMoneyRow *row = g_ptr_array_index (rows, i);
      gint64 total = row_total (row, n_years);
      GyPaint paint;
      guint category;

      if (!positive (total))
        continue;
      gy_palette_paint_for_source (row->source, source_order, &paint);
      category = gy_chart_data_add_category (data, row->source, GY_CHART_GROUP_NONE, &paint);
      gy_chart_data_set_value (data, category, 0, total);
      n_added++;
    }

  if (n_added == 0 && card->money_sum != NULL && positive (row_total (card->money_sum, n_years)))
    {
      guint category = gy_chart_data_add_category (data, card->money_sum->source,
                                                   GY_CHART_GROUP_NONE, &neutral);
      gy_chart_data_set_value (data, category, 0, row_total (card->money_sum, n_years));
    }
}

/* The years chart (money by fiscal column, one series per source that has money; A and C
 * as bars of their own when they hold money) or the shares chart (one bar per source, its
 * 총사업비). Sources take their paint from their place in source_order (the body's list,
 * may be NULL); rows with no money are left out. */
GyChartData *
gy_chart_data_new_for_card (const GyCard       *card,
                            GyChartKind         kind,
                            const char * const *source_order)
{
  GyChartData *data;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (card != NULL, NULL);
  g_return_val_if_fail (gy_chart_kind_is_pledge (kind), NULL);

  data = gy_chart_data_new (kind, GY_CHART_UNIT_MONEY);
  subtitle = card_subtitle (card);
  gy_chart_data_set_title (data, gy_chart_kind_title (kind));
  gy_chart_data_set_subtitle (data, subtitle);

  if (kind == GY_CHART_PLEDGE_YEARS)
    fill_years (data, card, source_order);
  else
    fill_sources (data, card, source_order);
  return data;
}

GyChartData *
gy_chart_data_new (GyChartKind kind,
                   GyChartUnit unit)
{
  GyChartData *data = g_atomic_rc_box_new0 (GyChartData);

  data->kind = kind;
  data->unit = unit;
  data->series = g_array_new (FALSE, TRUE, sizeof (GyChartSeries));
  g_array_set_clear_func (data->series, clear_series);
  data->categories = g_array_new (FALSE, TRUE, sizeof (GyChartCategory));
  g_array_set_clear_func (data->categories, clear_category);
  data->values = g_array_new (FALSE, FALSE, sizeof (gint64));
  return data;
}

GyChartData *
gy_chart_data_ref (GyChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return g_atomic_rc_box_acquire (data);
}

static void
clear_data (gpointer mem)
{
  GyChartData *data = mem;

  g_free (data->title);
  g_free (data->subtitle);
  g_array_unref (data->series);
  g_array_unref (data->categories);
  g_array_unref (data->values);
}

void
gy_chart_data_unref (GyChartData *data)
{
  g_return_if_fail (data != NULL);

  g_atomic_rc_box_release_full (data, clear_data);
}

void
gy_chart_data_set_title (GyChartData *data,
                         const char  *title)
{
  g_return_if_fail (data != NULL);

  g_free (data->title);
  data->title = g_strdup (title);
}

void
gy_chart_data_set_subtitle (GyChartData *data,
                            const char  *subtitle)
{
  g_return_if_fail (data != NULL);

  g_free (data->subtitle);
  data->subtitle = g_strdup (subtitle);
}

/* Series come before categories: the value grid is laid out by category. */
guint
gy_chart_data_add_series (GyChartData   *data,
                          const char    *name,
                          const GyPaint *paint)
{
  GyChartSeries series = { g_strdup (name), { 0 } };

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (paint != NULL, 0);
  g_return_val_if_fail (data->categories->len == 0, 0);

  series.paint = *paint;
  g_array_append_val (data->series, series);
  return data->series->len - 1;
}

guint
gy_chart_data_add_category (GyChartData   *data,
                            const char    *name,
                            GyChartGroup   group,
                            const GyPaint *paint)
{
  GyChartCategory category = { g_strdup (name), group, paint != NULL, { 0 } };
  gint64 absent = GY_MONEY_ABSENT;

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  if (paint != NULL)
    category.paint = *paint;
  g_array_append_val (data->categories, category);
  for (guint s = 0; s < data->series->len; s++)
    g_array_append_val (data->values, absent);
  return data->categories->len - 1;
}

void
gy_chart_data_set_value (GyChartData *data,
                         guint        category,
                         guint        series,
                         gint64       amount)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (category < data->categories->len);
  g_return_if_fail (series < data->series->len);

  g_array_index (data->values, gint64, category * data->series->len + series) = amount;
}

GyChartKind
gy_chart_data_get_kind (const GyChartData *data)
{
  g_return_val_if_fail (data != NULL, GY_CHART_PLEDGE_YEARS);

  return data->kind;
}

GyChartUnit
gy_chart_data_get_unit (const GyChartData *data)
{
  g_return_val_if_fail (data != NULL, GY_CHART_UNIT_MONEY);

  return data->unit;
}

const char *
gy_chart_data_get_title (const GyChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->title;
}

const char *
gy_chart_data_get_subtitle (const GyChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->subtitle;
}

guint
gy_chart_data_get_n_series (const GyChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->series->len;
}

guint
gy_chart_data_get_n_categories (const GyChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->categories->len;
}

const char *
gy_chart_data_get_series_name (const GyChartData *data,
                               guint              series)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (series < data->series->len, NULL);

  return gy_chart_data_series (data, series)->name;
}

const char *
gy_chart_data_get_category_name (const GyChartData *data,
                                 guint              category)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (category < data->categories->len, NULL);

  return gy_chart_data_category (data, category)->name;
}

gint64
gy_chart_data_get_value (const GyChartData *data,
                         guint              category,
                         guint              series)
{
  g_return_val_if_fail (data != NULL, GY_MONEY_ABSENT);
  g_return_val_if_fail (category < data->categories->len, GY_MONEY_ABSENT);
  g_return_val_if_fail (series < data->series->len, GY_MONEY_ABSENT);

  return g_array_index (data->values, gint64, category * data->series->len + series);
}

/* Nothing to draw: no category, or every value blank or zero. */
gboolean
gy_chart_data_is_empty (const GyChartData *data)
{
  g_return_val_if_fail (data != NULL, TRUE);

  for (guint i = 0; i < data->values->len; i++)
    if (positive (g_array_index (data->values, gint64, i)))
      return FALSE;
  return TRUE;
}

GyChartSeries *
gy_chart_data_series (const GyChartData *data,
                      guint              series)
{
  return &g_array_index (data->series, GyChartSeries, series);
}

GyChartCategory *
gy_chart_data_category (const GyChartData *data,
                        guint              category)
{
  return &g_array_index (data->categories, GyChartCategory, category);
}

const GyPaint *
gy_chart_data_item_paint (const GyChartData *data,
                          guint              category,
                          guint              series)
{
  const GyChartCategory *c = gy_chart_data_category (data, category);

  return c->has_paint ? &c->paint : &gy_chart_data_series (data, series)->paint;
}

/* The height of a stacked bar: negative amounts are not stacked. Absent when all are blank. */
gint64
gy_chart_data_category_total (const GyChartData *data,
                              guint              category)
{
  gint64 total = GY_MONEY_ABSENT;

  for (guint s = 0; s < data->series->len; s++)
    {
      gint64 value = gy_chart_data_get_value (data, category, s);

      if (value != GY_MONEY_ABSENT)
        total = gy_money_or_zero (total) + MAX (value, 0);
    }
  return total;
}

gint64
gy_chart_data_grand_total (const GyChartData *data)
{
  gint64 total = 0;

  for (guint c = 0; c < data->categories->len; c++)
    total += gy_money_or_zero (gy_chart_data_category_total (data, c));
  return total;
}

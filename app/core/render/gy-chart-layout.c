/* gy-chart-layout.c — placing every bar, tick and label of a chart for one size
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here paints: gy_chart_draw() only follows what the layout decided, so the tests
 * can check the geometry and the window can hit-test the very rectangles it drew.
 */
#define G_LOG_DOMAIN "gy-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gy-chart-private.h"

/* Sizes relative to the body text size (font_px). */
#define TITLE_SCALE  1.2
#define SMALL_SCALE  0.85
#define MIN_FONT_PX  6.0

typedef struct {
  gint64 max;       /* the largest stacked total, in the data's unit */
  guint  n_target;  /* how many steps the space allows */
} TickRequest;

/* The step of the value axis: the smallest of 1, 2, 2.5 and 5 × 10ⁿ (in the data's integer
 * unit, so 2.5 is only used from 25 up) that gives at most n_target steps. Since 천원 and
 * 0.1 % differ from the shown units by powers of ten, the ticks are round as shown too. */
static gint64
nice_step (gint64 max,
           guint  n_target)
{
  static const double multiples[] = { 1, 2, 2.5, 5 };
  double raw = (double) max / MAX (n_target, 1);
  gint64 magnitude = 1;

  while ((double) magnitude * 10 <= raw && magnitude < G_MAXINT64 / 100)
    magnitude *= 10;
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      gint64 step = (gint64) (multiples[i] * magnitude);

      if (multiples[i] == 2.5 && magnitude < 10)
        continue;
      if ((double) step >= raw)
        return step;
    }
  return magnitude * 10;
}

static void
set_ticks (GyChartLayout *self,
           TickRequest    request)
{
  gint64 max = MAX (request.max, 0);

  if (self->data->unit == GY_CHART_UNIT_PERMILLE)
    max = MAX (max, 1000);  /* progress is read against 100 % */
  else if (max == 0)
    max = self->data->unit == GY_CHART_UNIT_MONEY ? GY_MONEY_PER_MILLION : 1;

  self->tick_step = nice_step (max, request.n_target);
  self->axis_max = (max + self->tick_step - 1) / self->tick_step * self->tick_step;
}

static double
scale (GyChartLayout *self,
       gint64         amount,
       double         length)
{
  return (double) MAX (amount, 0) / (double) self->axis_max * length;
}

/* Title and subtitle at the top; returns the y below them. */
static double
layout_heading (GyChartLayout *self,
                double         pad)
{
  const GyChartData *data = self->data;
  double y = pad, w, h;
  GyChartLabelPriv *label;

  if (data->title != NULL && *data->title != '\0')
    {
      label = gy_chart_label_add (self, GY_CHART_LABEL_TITLE, data->title,
                                  self->font_px * TITLE_SCALE, TRUE, self->width - 2 * pad, 1,
                                  PANGO_ALIGN_LEFT);
      gy_chart_label_size (label, &w, &h);
      gy_chart_label_place (label, pad, y);
      y += h;
    }
  if (data->subtitle != NULL && *data->subtitle != '\0')
    {
      label = gy_chart_label_add (self, GY_CHART_LABEL_SUBTITLE, data->subtitle, self->font_px,
                                  FALSE, self->width - 2 * pad, 1, PANGO_ALIGN_LEFT);
      gy_chart_label_size (label, &w, &h);
      gy_chart_label_place (label, pad, y);
      y += h;
    }
  return y;
}

static const char *
unit_text (GyChartUnit unit)
{
  /* Official wording of Korean tables: it stays Korean in every document. */
  switch (unit)
    {
    case GY_CHART_UNIT_MONEY:
      return "(단위: 백만원)";
    case GY_CHART_UNIT_COUNT:
      return "(단위: 건)";
    case GY_CHART_UNIT_PERMILLE:
      return "(단위: %)";
    default:
      g_return_val_if_reached ("");
    }
}

/* The unit line, right-aligned; returns the y below it. */
static double
layout_unit (GyChartLayout *self,
             double         pad,
             double         y)
{
  GyChartLabelPriv *label;
  double w, h;

  label = gy_chart_label_add (self, GY_CHART_LABEL_UNIT, unit_text (self->data->unit),
                              self->font_px * SMALL_SCALE, FALSE, self->width - 2 * pad, 1,
                              PANGO_ALIGN_RIGHT);
  gy_chart_label_size (label, &w, &h);
  gy_chart_label_place (label, self->width - pad - w, y);
  return y + h;
}

static gboolean
has_legend (const GyChartData *data)
{
  for (guint s = 0; s < data->series->len; s++)
    if (gy_chart_data_series (data, s)->name == NULL)
      return FALSE;
  return data->series->len > 0;
}

/* Swatch and name per series, flowed into centred rows at the bottom; returns the top. */
static double
layout_legend (GyChartLayout *self,
               double         pad)
{
  const GyChartData *data = self->data;
  double size = self->font_px, line = gy_chart_line_height (self, size);
  double swatch = line * 0.62, gap = size * 0.4, spacing = size * 1.2;
  double avail = self->width - 2 * pad;
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) row_of = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) row_width = g_array_new (FALSE, TRUE, sizeof (double));
  guint first_label = self->labels->len, n_rows;
  double x, top;

  if (!has_legend (data))
    return self->height - pad;

  /* Measure, and break into rows. */
  for (guint s = 0; s < data->series->len; s++)
    {
      GyChartLabelPriv *label;
      double w, h, entry, *current;
      guint row = row_width->len == 0 ? 0 : row_width->len - 1;

      label = gy_chart_label_add (self, GY_CHART_LABEL_LEGEND, gy_chart_data_series (data, s)->name,
                                  size, FALSE, avail - swatch - gap, 1, PANGO_ALIGN_LEFT);
      gy_chart_label_size (label, &w, &h);
      entry = swatch + gap + w;
      if (row_width->len == 0)
        g_array_set_size (row_width, 1);
      current = &g_array_index (row_width, double, row);
      if (*current > 0 && *current + spacing + entry > avail)
        {
          g_array_set_size (row_width, row_width->len + 1);
          row++;
          current = &g_array_index (row_width, double, row);
        }
      *current += (*current > 0 ? spacing : 0) + entry;
      g_array_append_val (widths, w);
      g_array_append_val (row_of, row);
    }

  n_rows = row_width->len;
  top = self->height - pad - n_rows * line;
  x = 0;
  for (guint s = 0; s < data->series->len; s++)
    {
      GyChartLabelPriv *label = g_ptr_array_index (self->labels, first_label + s);
      guint row = g_array_index (row_of, guint, s);
      double y = top + row * line;
      GyChartSwatch sw;

      if (s == 0 || row != g_array_index (row_of, guint, s - 1))
        x = pad + (avail - g_array_index (row_width, double, row)) / 2;
      sw.rect = (GyChartRect) { x, y + (line - swatch) / 2, swatch, swatch };
      sw.paint = gy_chart_data_series (data, s)->paint;
      g_array_append_val (self->swatches, sw);
      gy_chart_label_place (label, x + swatch + gap, y);
      x += swatch + gap + g_array_index (widths, double, s) + spacing;
    }
  return top;
}

static void
add_item (GyChartLayout *self,
          guint          category,
          guint          series,
          GyChartRect    rect)
{
  const GyChartData *data = self->data;
  GyChartItem item;

  item.rect = rect;
  item.category = category;
  item.series = series;
  item.category_name = gy_chart_data_category (data, category)->name;
  item.series_name = gy_chart_data_series (data, series)->name;
  item.amount = gy_chart_data_get_value (data, category, series);
  g_array_append_val (self->items, item);
  g_array_append_val (self->paints, *gy_chart_data_item_paint (data, category, series));
}

static gint64
max_total (const GyChartData *data)
{
  gint64 max = 0;

  for (guint c = 0; c < data->categories->len; c++)
    max = MAX (max, gy_money_or_zero (gy_chart_data_category_total (data, c)));
  return max;
}

static void
add_tick_labels (GyChartLayout *self)
{
  for (gint64 v = 0; v <= self->axis_max; v += self->tick_step)
    {
      g_autofree char *text = gy_chart_format_amount (self->data->unit, v);
      GyChartLabelPriv *label = gy_chart_label_add (self, GY_CHART_LABEL_TICK, text,
                                                    self->font_px * SMALL_SCALE, FALSE, -1, 1,
                                                    PANGO_ALIGN_LEFT);
      GyChartTick tick = { v, 0 };

      label->alpha = 0.75;
      g_array_append_val (self->ticks, tick);
    }
}

static GyChartLabelPriv *
tick_label (GyChartLayout *self,
            guint          first_label,
            guint          tick)
{
  return g_ptr_array_index (self->labels, first_label + tick);
}

/* The years chart: stacked columns, the total above each, A and C set apart. */
static void
layout_columns (GyChartLayout *self,
                double         pad,
                double         top)
{
  const GyChartData *data = self->data;
  guint n = data->categories->len, first_tick, first_total;
  double small = self->font_px * SMALL_SCALE, value_h = gy_chart_line_height (self, small);
  double cat_line = gy_chart_line_height (self, self->font_px);
  double legend_top, plot_top, plot_bottom, plot_left, plot_right, slot, bar_w, units;
  double tick_w = 0, cat_h = 0, w, h;
  gboolean show_totals = TRUE;
  TickRequest request;

  top = layout_unit (self, pad, top + self->font_px * 0.4);
  plot_top = top + self->font_px * 0.3 + value_h + self->font_px * 0.2;
  legend_top = layout_legend (self, pad);

  /* Ticks from an estimate of the height, with two lines of category labels. */
  plot_bottom = legend_top - self->font_px * 0.8 - 2 * cat_line - self->font_px * 0.4;
  request.max = max_total (data);
  request.n_target = (guint) MAX (2, (plot_bottom - plot_top) / (self->font_px * 2.8));
  set_ticks (self, request);
  first_tick = self->labels->len;
  add_tick_labels (self);
  for (guint t = 0; t < self->ticks->len; t++)
    {
      gy_chart_label_size (tick_label (self, first_tick, t), &w, &h);
      tick_w = MAX (tick_w, w);
    }

  plot_left = pad + tick_w + self->font_px * 0.5;
  plot_right = self->width - pad;
  units = n;
  for (guint c = 1; c < n; c++)
    if (gy_chart_data_category (data, c)->group != gy_chart_data_category (data, c - 1)->group)
      units += 0.5;
  slot = (plot_right - plot_left) / MAX (units, 1);
  bar_w = MIN (slot * 0.62, self->font_px * 5);

  /* Category labels: wrapped into the slot, at most two lines. */
  for (guint c = 0; c < n; c++)
    {
      GyChartLabelPriv *label = gy_chart_label_add (self, GY_CHART_LABEL_CATEGORY,
                                                    gy_chart_data_category (data, c)->name,
                                                    self->font_px, FALSE,
                                                    slot - self->font_px * 0.3, 2,
                                                    PANGO_ALIGN_CENTER);

      gy_chart_label_size (label, &w, &h);
      cat_h = MAX (cat_h, h);
    }
  plot_bottom = legend_top - self->font_px * 0.8 - cat_h - self->font_px * 0.4;
  self->plot = (GyChartRect) { plot_left, plot_top, plot_right - plot_left,
                               MAX (plot_bottom - plot_top, 1) };
  plot_bottom = plot_top + self->plot.height;

  for (guint t = 0; t < self->ticks->len; t++)
    {
      GyChartTick *tick = &g_array_index (self->ticks, GyChartTick, t);
      GyChartLabelPriv *label = tick_label (self, first_tick, t);

      tick->position = plot_bottom - scale (self, tick->value, self->plot.height);
      gy_chart_label_size (label, &w, &h);
      gy_chart_label_place (label, plot_left - self->font_px * 0.5 - w, tick->position - h / 2);
    }

  /* Totals: all of them or none, so that no bar seems to lack one. */
  first_total = self->labels->len;
  for (guint c = 0; c < n; c++)
    {
      gint64 total = gy_chart_data_category_total (data, c);
      g_autofree char *text = gy_chart_format_amount (data->unit, gy_money_or_zero (total));
      GyChartLabelPriv *label = gy_chart_label_add (self, GY_CHART_LABEL_VALUE, text, small, TRUE,
                                                    -1, 1, PANGO_ALIGN_CENTER);

      gy_chart_label_size (label, &w, &h);
      if (w > slot - self->font_px * 0.2)
        show_totals = FALSE;
    }

  {
    double x = plot_left, cx;
    guint label_index = first_tick + self->ticks->len;

    for (guint c = 0; c < n; c++)
      {
        GyChartLabelPriv *label = g_ptr_array_index (self->labels, label_index + c);
        double y = plot_bottom;

        if (c > 0 && gy_chart_data_category (data, c)->group !=
                     gy_chart_data_category (data, c - 1)->group)
          {
            double rule = x + slot * 0.25;

            g_array_append_val (self->rules, rule);
            x += slot * 0.5;
          }
        cx = x + slot / 2;

        for (guint s = 0; s < data->series->len; s++)
          {
            gint64 value = gy_chart_data_get_value (data, c, s);
            double bar_h;

            if (value == GY_MONEY_ABSENT || value <= 0)
              continue;
            bar_h = scale (self, value, self->plot.height);
            add_item (self, c, s, (GyChartRect) { cx - bar_w / 2, y - bar_h, bar_w, bar_h });
            y -= bar_h;
          }

        gy_chart_label_size (label, &w, &h);
        gy_chart_label_place (label, cx - w / 2, plot_bottom + self->font_px * 0.4);

        label = g_ptr_array_index (self->labels, first_total + c);
        gy_chart_label_size (label, &w, &h);
        gy_chart_label_place (label, cx - w / 2, y - self->font_px * 0.2 - h);
        x += slot;
      }
  }

  if (!show_totals)
    g_ptr_array_remove_range (self->labels, first_total, n);
}

static char *
bar_value_text (GyChartLayout *self,
                guint          category,
                gint64         grand_total)
{
  const GyChartData *data = self->data;
  gint64 total = gy_chart_data_category_total (data, category);
  g_autofree char *amount = NULL;

  if (total == GY_MONEY_ABSENT)
    return g_strdup ("–");
  amount = gy_chart_format_amount (data->unit, total);
  if (data->kind == GY_CHART_PLEDGE_SOURCES && grand_total > 0)
    {
      /* The share in 0.1 %, rounded half up in integers. */
      gint64 share = (MAX (total, 0) * 1000 + grand_total / 2) / grand_total;

      return g_strdup_printf ("%s (%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "%%)",
                              amount, share / 10, share % 10);
    }
  return g_steal_pointer (&amount);
}

/* The other charts: one bar per category, growing to the right, the value at its end. */
static void
layout_bars (GyChartLayout *self,
             double         pad,
             double         top)
{
  const GyChartData *data = self->data;
  guint n = data->categories->len, first_cat, first_value, first_tick, every = 1;
  double small = self->font_px * SMALL_SCALE, tick_h = gy_chart_line_height (self, small);
  double legend_top, plot_top, plot_bottom, plot_left, plot_right, pitch, thick;
  double cat_size = self->font_px, cat_line, value_size, cat_w = 0, value_w = 0, w, h;
  double cat_cap = (self->width - 2 * pad) * 0.38;
  gint64 grand_total = gy_chart_data_grand_total (data);
  int max_lines;
  TickRequest request;

  top = layout_unit (self, pad, top + self->font_px * 0.4);
  plot_top = top + self->font_px * 0.6;
  legend_top = layout_legend (self, pad);
  if (legend_top < self->height - pad)
    legend_top -= self->font_px * 0.6;
  /* A canvas too small still gets a plot of a pixel, so that the loops below end. */
  plot_bottom = MAX (legend_top - tick_h - self->font_px * 0.4, plot_top + 1);
  pitch = (plot_bottom - plot_top) / MAX (n, 1);
  thick = MIN (pitch * 0.68, self->font_px * 2.2);

  /* Many categories: smaller text, and past the smallest size, a label every few rows. */
  cat_line = gy_chart_line_height (self, cat_size);
  if (cat_line > pitch)
    {
      /* Hinted metrics round, so step down rather than trust the proportion. */
      cat_size = MAX (MIN_FONT_PX, cat_size * pitch / cat_line);
      cat_line = gy_chart_line_height (self, cat_size);
      while (cat_line > pitch && cat_size > MIN_FONT_PX)
        {
          cat_size = MAX (MIN_FONT_PX, cat_size - 0.25);
          cat_line = gy_chart_line_height (self, cat_size);
        }
      while (cat_line > pitch * every && every < n)
        every++;
    }
  value_size = MIN (small, cat_size);
  max_lines = CLAMP ((int) floor (pitch * every / cat_line), 1, 2);

  first_cat = self->labels->len;
  for (guint c = 0; c < n; c++)
    {
      GyChartLabelPriv *label = gy_chart_label_add (self, GY_CHART_LABEL_CATEGORY,
                                                    gy_chart_data_category (data, c)->name,
                                                    cat_size, FALSE, -1, 1, PANGO_ALIGN_RIGHT);
      gy_chart_label_size (label, &w, &h);
      cat_w = MAX (cat_w, w);
    }
  cat_w = MIN (cat_w, cat_cap);
  for (guint c = 0; c < n; c++)
    {
      GyChartLabelPriv *label = g_ptr_array_index (self->labels, first_cat + c);

      pango_layout_set_width (label->layout, (int) floor (cat_w * PANGO_SCALE));
      pango_layout_set_wrap (label->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (label->layout, -max_lines);
      pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
    }

  first_value = self->labels->len;
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *text = bar_value_text (self, c, grand_total);
      GyChartLabelPriv *label = gy_chart_label_add (self, GY_CHART_LABEL_VALUE, text,
                                                    value_size, FALSE, -1, 1,
                                                    PANGO_ALIGN_LEFT);
      gy_chart_label_size (label, &w, &h);
      value_w = MAX (value_w, w);
    }

  plot_left = pad + cat_w + self->font_px * 0.5;
  plot_right = MAX (self->width - pad - value_w - self->font_px * 0.4, plot_left + 1);
  self->plot = (GyChartRect) { plot_left, plot_top, plot_right - plot_left,
                               MAX (plot_bottom - plot_top, 1) };

  /* Ticks: as many as fit side by side with a space between their labels. */
  request.max = max_total (data);
  request.n_target = (guint) MAX (2, self->plot.width / (self->font_px * 5));
  for (;;)
    {
      gboolean crowded = FALSE;
      double right_of_previous = -G_MAXDOUBLE;

      set_ticks (self, request);
      first_tick = self->labels->len;
      add_tick_labels (self);
      for (guint t = 0; t < self->ticks->len; t++)
        {
          GyChartTick *tick = &g_array_index (self->ticks, GyChartTick, t);
          GyChartLabelPriv *label = tick_label (self, first_tick, t);
          double x;

          tick->position = plot_left + scale (self, tick->value, self->plot.width);
          gy_chart_label_size (label, &w, &h);
          x = CLAMP (tick->position - w / 2, pad, self->width - pad - w);
          gy_chart_label_place (label, x, plot_bottom + self->font_px * 0.3);
          if (x < right_of_previous + self->font_px * 0.6)
            crowded = TRUE;
          right_of_previous = x + w;
        }
      if (!crowded || request.n_target <= 1)
        break;
      g_ptr_array_remove_range (self->labels, first_tick, self->ticks->len);
      g_array_set_size (self->ticks, 0);
      request.n_target--;
    }

  for (guint c = 0; c < n; c++)
    {
      GyChartLabelPriv *cat = g_ptr_array_index (self->labels, first_cat + c);
      GyChartLabelPriv *value = g_ptr_array_index (self->labels, first_value + c);
      double cy = plot_top + (c + 0.5) * pitch, x = plot_left;

      for (guint s = 0; s < data->series->len; s++)
        {
          gint64 amount = gy_chart_data_get_value (data, c, s);
          double length;

          if (amount == GY_MONEY_ABSENT || amount <= 0)
            continue;
          length = scale (self, amount, self->plot.width);
          add_item (self, c, s, (GyChartRect) { x, cy - thick / 2, length, thick });
          x += length;
        }

      gy_chart_label_size (cat, &w, &h);
      gy_chart_label_place (cat, plot_left - self->font_px * 0.5 - w, cy - h / 2);
      gy_chart_label_size (value, &w, &h);
      gy_chart_label_place (value, x + self->font_px * 0.3, cy - h / 2);
    }

  /* Drop the labels of the rows between those that get one (from the end, to keep indices). */
  if (every > 1)
    for (guint c = n; c-- > 0;)
      if (c % every != 0)
        {
          g_ptr_array_remove_index (self->labels, first_value + c);
          g_ptr_array_remove_index (self->labels, first_cat + c);
          first_value--;
        }
}

static void
layout_empty (GyChartLayout *self,
              double         pad,
              double         top)
{
  GyChartLabelPriv *label;
  double w, h;

  top += self->font_px * 0.6;
  self->plot = (GyChartRect) { pad, top, self->width - 2 * pad,
                               MAX (self->height - pad - top, 1) };
  label = gy_chart_label_add (self, GY_CHART_LABEL_EMPTY, _("No data"), self->font_px * TITLE_SCALE,
                              FALSE, self->plot.width - self->font_px, 1, PANGO_ALIGN_CENTER);
  gy_chart_label_size (label, &w, &h);
  gy_chart_label_place (label, self->plot.x + (self->plot.width - w) / 2,
                        self->plot.y + (self->plot.height - h) / 2);
}

/* Measures with cr's font options (NULL: an image surface's). The layout keeps a reference
 * to data and may be drawn any number of times on surfaces of the same kind. */
GyChartLayout *
gy_chart_layout_new (const GyChartData *data,
                     cairo_t           *cr,
                     double             width,
                     double             height,
                     GyChartStyle       style)
{
  GyChartLayout *self;
  double pad, top;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_new0 (GyChartLayout, 1);
  self->data = gy_chart_data_ref ((GyChartData *) data);
  self->style = style;
  self->width = width;
  self->height = height;
  self->horizontal = data->kind != GY_CHART_PLEDGE_YEARS;
  self->items = g_array_new (FALSE, FALSE, sizeof (GyChartItem));
  self->paints = g_array_new (FALSE, FALSE, sizeof (GyPaint));
  self->ticks = g_array_new (FALSE, FALSE, sizeof (GyChartTick));
  self->labels = g_ptr_array_new_with_free_func (gy_chart_label_free);
  self->swatches = g_array_new (FALSE, FALSE, sizeof (GyChartSwatch));
  self->rules = g_array_new (FALSE, FALSE, sizeof (double));

  if (cr != NULL)
    {
      self->context = pango_cairo_create_context (cr);
    }
  else
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *scratch = cairo_create (surface);

      self->context = pango_cairo_create_context (scratch);
      cairo_destroy (scratch);
      cairo_surface_destroy (surface);
    }

  /* Text grows with the canvas, so an export at twice the size reads the same. */
  self->font_px = CLAMP (MIN (width, height * 1.5) / 52.0, 8.0, 28.0);
  pad = self->font_px;

  top = layout_heading (self, pad);
  self->empty = gy_chart_data_is_empty (data);
  if (self->empty)
    layout_empty (self, pad, top);
  else if (self->horizontal)
    layout_bars (self, pad, top);
  else
    layout_columns (self, pad, top);
  return self;
}

void
gy_chart_layout_free (GyChartLayout *layout)
{
  if (layout == NULL)
    return;

  gy_chart_data_unref (layout->data);
  g_clear_object (&layout->context);
  g_array_unref (layout->items);
  g_array_unref (layout->paints);
  g_array_unref (layout->ticks);
  g_ptr_array_unref (layout->labels);
  g_array_unref (layout->swatches);
  g_array_unref (layout->rules);
  g_free (layout);
}

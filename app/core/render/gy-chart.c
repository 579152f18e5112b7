/* gy-chart.c — using a chart layout: asking it what is where, drawing it, exporting it
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gy-chart-private.h"
#include "gy-drawing.h"

G_DEFINE_QUARK (gy-chart-error-quark, gy_chart_error)

static const char *const kind_names[GY_CHART_N_KINDS] = {
  [GY_CHART_PLEDGE_YEARS] = "years",
  [GY_CHART_PLEDGE_SOURCES] = "sources",
  [GY_CHART_BODY_SECTORS] = "sectors",
  [GY_CHART_BODY_DEPARTMENTS] = "departments",
  [GY_CHART_BODY_STATUSES] = "statuses",
  [GY_CHART_BODY_PROGRESS] = "progress",
};

/* Ink colours: near-black text, grey axes, a faint grid. */
#define INK       0.13
#define AXIS      0.45
#define GRID      0.88

const char *
gy_chart_kind_to_string (GyChartKind kind)
{
  g_return_val_if_fail ((guint) kind < GY_CHART_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
gy_chart_kind_from_string (const char  *text,
                           GyChartKind *out_kind)
{
  g_return_val_if_fail (out_kind != NULL, FALSE);

  for (guint i = 0; text != NULL && i < GY_CHART_N_KINDS; i++)
    if (g_str_equal (text, kind_names[i]))
      {
        *out_kind = (GyChartKind) i;
        return TRUE;
      }
  return FALSE;
}

/* TRUE for the charts of one pledge (built from a card), FALSE for the body-wide ones. */
gboolean
gy_chart_kind_is_pledge (GyChartKind kind)
{
  return kind == GY_CHART_PLEDGE_YEARS || kind == GY_CHART_PLEDGE_SOURCES;
}

/* The number alone, as on the axis: "10,932" (백만원), "12", "77.7". Blank gives "". */
char *
gy_chart_format_amount (GyChartUnit unit,
                        gint64      amount)
{
  /* Counts and tenths of a percent borrow the money formatter's separators and decimals. */
  switch (unit)
    {
    case GY_CHART_UNIT_MONEY:
      return gy_money_format (amount);
    case GY_CHART_UNIT_COUNT:
      return amount == GY_MONEY_ABSENT ? g_strdup ("") : gy_money_format (amount * 1000);
    case GY_CHART_UNIT_PERMILLE:
      return amount == GY_MONEY_ABSENT ? g_strdup ("") : gy_money_format (amount * 100);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* With the unit, for tooltips: "10,932 백만원", "12건", "77.7%". */
char *
gy_chart_format_amount_with_unit (GyChartUnit unit,
                                  gint64      amount)
{
  g_autofree char *number = gy_chart_format_amount (unit, amount);

  if (amount == GY_MONEY_ABSENT)
    return g_strdup ("–");
  switch (unit)
    {
    case GY_CHART_UNIT_MONEY:
      return g_strdup_printf ("%s 백만원", number);
    case GY_CHART_UNIT_COUNT:
      return g_strdup_printf ("%s건", number);
    case GY_CHART_UNIT_PERMILLE:
      return g_strdup_printf ("%s%%", number);
    default:
      g_return_val_if_reached (NULL);
    }
}

const GyChartData *
gy_chart_layout_get_data (const GyChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);

  return layout->data;
}

gboolean
gy_chart_layout_is_empty (const GyChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, TRUE);

  return layout->empty;
}

void
gy_chart_layout_get_plot_area (const GyChartLayout *layout,
                               GyChartRect         *out_rect)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (out_rect != NULL);

  *out_rect = layout->plot;
}

guint
gy_chart_layout_get_n_items (const GyChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->items->len;
}

const GyChartItem *
gy_chart_layout_get_item (const GyChartLayout *layout,
                          guint                index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->items->len, NULL);

  return &g_array_index (layout->items, GyChartItem, index);
}

guint
gy_chart_layout_get_n_labels (const GyChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->labels->len;
}

const GyChartLabel *
gy_chart_layout_get_label (const GyChartLayout *layout,
                           guint                index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->labels->len, NULL);

  return &((GyChartLabelPriv *) g_ptr_array_index (layout->labels, index))->pub;
}

guint
gy_chart_layout_get_n_ticks (const GyChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->ticks->len;
}

const GyChartTick *
gy_chart_layout_get_tick (const GyChartLayout *layout,
                          guint                index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->ticks->len, NULL);

  return &g_array_index (layout->ticks, GyChartTick, index);
}

gint64
gy_chart_layout_get_tick_step (const GyChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->tick_step;
}

/* The bar or segment under (x, y), or NULL. Thin segments get a pixel of slack. */
const GyChartItem *
gy_chart_layout_hit (const GyChartLayout *layout,
                     double               x,
                     double               y)
{
  const GyChartItem *best = NULL;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->items->len; i++)
    {
      const GyChartItem *item = &g_array_index (layout->items, GyChartItem, i);
      const GyChartRect *r = &item->rect;
      double dx = MAX (MAX (r->x - x, x - (r->x + r->width)), 0);
      double dy = MAX (MAX (r->y - y, y - (r->y + r->height)), 0);
      double distance = dx + dy;

      if (distance == 0)
        return item;
      if (distance <= 1.0 && distance < best_distance)
        {
          best = item;
          best_distance = distance;
        }
    }
  return best;
}

/* "2019 · 국비: 800 백만원", "국비: 8,080 백만원 (73.9%)", "정상추진: 12건". */
char *
gy_chart_layout_describe_item (const GyChartLayout *layout,
                               const GyChartItem   *item)
{
  const GyChartData *data;
  g_autofree char *amount = NULL;
  g_autofree char *share = NULL;
  gint64 grand_total;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (item != NULL, NULL);

  data = layout->data;
  amount = gy_chart_format_amount_with_unit (data->unit, item->amount);
  grand_total = gy_chart_data_grand_total (data);
  if (data->kind == GY_CHART_PLEDGE_SOURCES && grand_total > 0)
    {
      gint64 permille = (MAX (item->amount, 0) * 1000 + grand_total / 2) / grand_total;

      share = g_strdup_printf (" (%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "%%)",
                               permille / 10, permille % 10);
    }
  if (item->series_name != NULL)
    return g_strdup_printf ("%s · %s: %s%s", item->category_name, item->series_name, amount,
                            share != NULL ? share : "");
  return g_strdup_printf ("%s: %s%s", item->category_name, amount, share != NULL ? share : "");
}

/* Lines on whole pixels stay sharp on screen; vectors do not mind. */
static double
crisp (double coordinate)
{
  return floor (coordinate) + 0.5;
}

static void
draw_grid (cairo_t             *cr,
           const GyChartLayout *layout)
{
  const GyChartRect *plot = &layout->plot;

  cairo_set_line_width (cr, 1);
  cairo_set_source_rgb (cr, GRID, GRID, GRID);
  for (guint t = 0; t < layout->ticks->len; t++)
    {
      double p = crisp (g_array_index (layout->ticks, GyChartTick, t).position);

      if (layout->horizontal)
        {
          cairo_move_to (cr, p, plot->y);
          cairo_line_to (cr, p, plot->y + plot->height);
        }
      else
        {
          cairo_move_to (cr, plot->x, p);
          cairo_line_to (cr, plot->x + plot->width, p);
        }
    }
  cairo_stroke (cr);

  /* Dashed rules between 기투자 (A), the term and 임기후 (C). */
  cairo_save (cr);
  cairo_set_source_rgb (cr, AXIS, AXIS, AXIS);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  for (guint r = 0; r < layout->rules->len; r++)
    {
      double x = crisp (g_array_index (layout->rules, double, r));

      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
fill_rect (cairo_t             *cr,
           const GyChartLayout *layout,
           const GyChartRect   *rect,
           const GyPaint       *paint)
{
  gboolean print = layout->style == GY_CHART_STYLE_PRINT;

  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  gy_paint_fill_preserve (paint, cr, print, MAX (layout->font_px * 0.55, 4));
  /* A white seam between stacked segments on screen; a black outline on paper. */
  if (print)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, MAX (layout->font_px / 16, 0.75));
    }
  else
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 1);
    }
  cairo_stroke (cr);
}

static void
draw_axis (cairo_t             *cr,
           const GyChartLayout *layout)
{
  const GyChartRect *plot = &layout->plot;

  cairo_set_source_rgb (cr, AXIS, AXIS, AXIS);
  cairo_set_line_width (cr, 1);
  if (layout->horizontal)
    {
      cairo_move_to (cr, crisp (plot->x), plot->y);
      cairo_line_to (cr, crisp (plot->x), plot->y + plot->height);
    }
  else
    {
      cairo_move_to (cr, plot->x, crisp (plot->y + plot->height));
      cairo_line_to (cr, plot->x + plot->width, crisp (plot->y + plot->height));
    }
  cairo_stroke (cr);
}

static void
draw_empty_frame (cairo_t             *cr,
                  const GyChartLayout *layout)
{
  const GyChartRect *plot = &layout->plot;

  cairo_save (cr);
  cairo_set_source_rgb (cr, GRID - 0.1, GRID - 0.1, GRID - 0.1);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
  cairo_rectangle (cr, crisp (plot->x), crisp (plot->y), floor (plot->width) - 1,
                   floor (plot->height) - 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_labels (cairo_t             *cr,
             const GyChartLayout *layout)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const GyChartLabelPriv *label = g_ptr_array_index (layout->labels, i);
      double ink = label->pub.role == GY_CHART_LABEL_EMPTY ? 0.5 : INK;

      cairo_set_source_rgba (cr, ink, ink, ink, label->alpha);
      cairo_move_to (cr, label->ox, label->oy);
      pango_cairo_update_layout (cr, label->layout);
      pango_cairo_show_layout (cr, label->layout);
    }
}

/* Paints the layout on cr, in the layout's coordinates (0, 0)–(width, height). */
void
gy_chart_draw (cairo_t             *cr,
               const GyChartLayout *layout)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  if (layout->empty)
    {
      draw_empty_frame (cr, layout);
    }
  else
    {
      draw_grid (cr, layout);
      for (guint i = 0; i < layout->items->len; i++)
        fill_rect (cr, layout, &g_array_index (layout->items, GyChartItem, i).rect,
                   &g_array_index (layout->paints, GyPaint, i));
      draw_axis (cr, layout);
    }

  for (guint i = 0; i < layout->swatches->len; i++)
    {
      const GyChartSwatch *swatch = &g_array_index (layout->swatches, GyChartSwatch, i);

      fill_rect (cr, layout, &swatch->rect, &swatch->paint);
    }
  draw_labels (cr, layout);
  cairo_restore (cr);
}

/* Layout and drawing in one, for callers that need no hit-testing. */
void
gy_chart_render (cairo_t           *cr,
                 const GyChartData *data,
                 double             width,
                 double             height,
                 GyChartStyle       style)
{
  g_autoptr(GyChartLayout) layout = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  layout = gy_chart_layout_new (data, cr, width, height, style);
  gy_chart_draw (cr, layout);
}

typedef struct {
  const GyChartData *data;
  int                width;
  int                height;
  GyChartStyle       style;
} ChartJob;

static void
draw_chart (cairo_t  *cr,
            gpointer  user_data)
{
  ChartJob *job = user_data;

  gy_chart_render (cr, job->data, job->width, job->height, job->style);
}

gboolean
gy_chart_export (const GyChartData  *data,
                 const char         *path,
                 int                 width,
                 int                 height,
                 GError            **error)
{
  return gy_chart_export_with_style (data, path, width, height, GY_CHART_STYLE_SCREEN, error);
}

/* Writes the chart to path, the format chosen by its extension: .png (width × height pixels),
 * .svg or .pdf (width × height points). The file is replaced only once it is complete. */
gboolean
gy_chart_export_with_style (const GyChartData  *data,
                            const char         *path,
                            int                 width,
                            int                 height,
                            GyChartStyle        style,
                            GError            **error)
{
  ChartJob job = { data, width, height, style };
  GyDrawingFormat format;
  cairo_status_t status;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!gy_drawing_format_for_path (path, &format, error))
    return FALSE;
  if (width <= 0 || height <= 0 || width > 20000 || height > 20000)
    {
      g_set_error (error, GY_CHART_ERROR, GY_CHART_ERROR_FAILED,
                   _("A chart of %d × %d is not possible"), width, height);
      return FALSE;
    }
  if (gy_drawing_write (path, format, width, height, data->title, draw_chart, &job, &status,
                        error))
    return TRUE;
  if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, GY_CHART_ERROR, GY_CHART_ERROR_FAILED,
                 _("Could not draw the chart into %s: %s"), path,
                 cairo_status_to_string (status));
  return FALSE;
}

/* gy-timeline-draw.c — painting a timeline layout, and writing it to a file
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only follows what the layout decided. Parts outside cr's clip are skipped, so a window may
 * draw a tall timeline in tiles without paying for the whole of it each time.
 */
#define G_LOG_DOMAIN "gy-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gy-drawing.h"
#include "gy-timeline-private.h"

/* Greys: near-black text, the grid, the shading of every other column and of headings. */
#define INK        0.13
#define MUTED      0.42
#define GRID       0.84
#define SHADE      0.972
#define HEADER     0.93
#define BAND       0.95
#define TERM_LINE  0.25

/* Today, on screen: Okabe–Ito vermillion, which no bar of the first five colours takes. */
#define TODAY_R 0.835
#define TODAY_G 0.369
#define TODAY_B 0.0

typedef struct {
  double top, bottom;  /* the clip, vertically: what lies wholly outside is not drawn */
} Visible;

static gboolean
visible_span (const Visible *visible,
              double         y,
              double         height)
{
  return y + height >= visible->top && y <= visible->bottom;
}

/* Lines on whole pixels stay sharp on screen; vectors do not mind. */
static double
crisp (double coordinate)
{
  return floor (coordinate) + 0.5;
}

static void
draw_columns (cairo_t                *cr,
              const GyTimelineLayout *layout)
{
  double f = layout->font_px, top = layout->header_top, bottom = layout->plot.y + layout->plot.height;

  /* The header row, and every other column shaded below it. */
  cairo_set_source_rgb (cr, HEADER, HEADER, HEADER);
  cairo_rectangle (cr, layout->plot.x, top, layout->plot.width, layout->header_bottom - top);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, SHADE, SHADE, SHADE);
  for (guint c = 1; c < layout->columns->len; c += 2)
    {
      const GyChartRect *rect = &g_array_index (layout->columns, GyChartRect, c);

      cairo_rectangle (cr, rect->x, layout->header_bottom, rect->width,
                       bottom - layout->header_bottom);
    }
  cairo_fill (cr);

  /* Headings across the whole width. */
  cairo_set_source_rgb (cr, BAND, BAND, BAND);
  for (guint b = 0; b < layout->bands->len; b++)
    {
      const GyChartRect *rect = &g_array_index (layout->bands, GyChartRect, b);

      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
    }
  cairo_fill (cr);

  /* Column edges; a fainter rule at mid-year inside whole years; a tick for every month. */
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgb (cr, GRID, GRID, GRID);
  for (guint c = 0; c <= layout->columns->len; c++)
    {
      double x = c < layout->columns->len ? g_array_index (layout->columns, GyChartRect, c).x
                                           : layout->plot.x + layout->plot.width;

      cairo_move_to (cr, crisp (x), top);
      cairo_line_to (cr, crisp (x), bottom);
    }
  cairo_stroke (cr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, GRID + 0.06, GRID + 0.06, GRID + 0.06);
  cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
  for (guint c = 0; c < layout->columns->len; c++)
    {
      const GyChartRect *rect = &g_array_index (layout->columns, GyChartRect, c);

      if (rect->width > 6 * layout->month_w + 0.5)
        {
          cairo_move_to (cr, crisp (rect->x + rect->width / 2), layout->header_bottom);
          cairo_line_to (cr, crisp (rect->x + rect->width / 2), bottom);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_set_source_rgb (cr, MUTED, MUTED, MUTED);
  for (guint m = 1; m < layout->n_months; m++)
    {
      double x = crisp (layout->plot.x + m * layout->month_w);
      double length = (m + layout->first_month - 1) % 3 == 0 ? f * 0.4 : f * 0.2;

      cairo_move_to (cr, x, layout->header_bottom);
      cairo_line_to (cr, x, layout->header_bottom - length);
    }
  cairo_stroke (cr);
  cairo_move_to (cr, layout->plot.x, crisp (layout->header_bottom));
  cairo_line_to (cr, layout->plot.x + layout->plot.width, crisp (layout->header_bottom));
  cairo_stroke (cr);
}

static void
rounded_rect (cairo_t           *cr,
              const GyChartRect *rect,
              double             radius)
{
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  radius = MIN (radius, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A triangle in the margin, pointing the way the bar goes on. */
static void
draw_arrow (cairo_t           *cr,
            const GyChartRect *rect,
            double             base,
            double             direction,
            double             font_px)
{
  double cy = rect->y + rect->height / 2, half = rect->height * 0.38, length = font_px * 0.6;

  base += direction * font_px * 0.2;
  cairo_move_to (cr, base, cy - half);
  cairo_line_to (cr, base + direction * length, cy);
  cairo_line_to (cr, base, cy + half);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* The end that goes on fades out, so the eye reads the edge as a cut, not as an end. */
static void
draw_fade (cairo_t           *cr,
           const GyChartRect *rect,
           gboolean           at_end,
           double             font_px)
{
  double length = MIN (font_px * 2, rect->width / 2);
  double from = at_end ? rect->x + rect->width - length : rect->x + length;
  double to = at_end ? rect->x + rect->width : rect->x;
  cairo_pattern_t *fade = cairo_pattern_create_linear (from, 0, to, 0);

  cairo_pattern_add_color_stop_rgba (fade, 0, 1, 1, 1, 0);
  cairo_pattern_add_color_stop_rgba (fade, 1, 1, 1, 1, 0.85);
  cairo_set_source (cr, fade);
  cairo_rectangle (cr, MIN (from, to) - 1, rect->y - 1, length + 2, rect->height + 2);
  cairo_fill (cr);
  cairo_pattern_destroy (fade);
}

static void
draw_bar (cairo_t                *cr,
          const GyTimelineLayout *layout,
          const GyTimelineBar    *bar,
          const GyPaint          *paint)
{
  gboolean print = layout->style == GY_CHART_STYLE_PRINT;
  double f = layout->font_px, tint = 0.6, edge = print ? 0 : 0.82;
  double r = paint->red, g = paint->green, b = paint->blue;

  rounded_rect (cr, &bar->rect, print ? 0 : f * 0.25);
  if (print)
    cairo_set_source_rgb (cr, 0.86, 0.86, 0.86);
  else
    cairo_set_source_rgb (cr, r + (1 - r) * tint, g + (1 - g) * tint, b + (1 - b) * tint);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, r * edge, g * edge, b * edge);
  cairo_set_line_width (cr, print ? MAX (f / 16, 0.75) : 1.5);
  cairo_stroke (cr);

  if (bar->continues_after)
    draw_fade (cr, &bar->rect, TRUE, f);
  if (bar->continues_before)
    draw_fade (cr, &bar->rect, FALSE, f);
  cairo_set_source_rgb (cr, r * edge, g * edge, b * edge);
  if (bar->continues_after)
    draw_arrow (cr, &bar->rect, layout->plot.x + layout->plot.width, 1, f);
  if (bar->continues_before)
    draw_arrow (cr, &bar->rect, layout->plot.x, -1, f);
}

static void
draw_lines (cairo_t                *cr,
            const GyTimelineLayout *layout)
{
  double bottom = layout->lines_bottom;

  cairo_set_source_rgb (cr, TERM_LINE, TERM_LINE, TERM_LINE);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, layout->term_start_x, layout->lines_top);
  cairo_line_to (cr, layout->term_start_x, bottom);
  cairo_move_to (cr, layout->term_end_x, layout->lines_top);
  cairo_line_to (cr, layout->term_end_x, bottom);
  cairo_stroke (cr);

  if (!layout->has_today)
    return;
  cairo_save (cr);
  if (layout->style == GY_CHART_STYLE_PRINT)
    {
      /* Dashes tell today from the term's bounds in black and white. */
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_dash (cr, (double[]) { 5, 3 }, 2, 0);
    }
  else
    {
      cairo_set_source_rgb (cr, TODAY_R, TODAY_G, TODAY_B);
    }
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, layout->today_x, layout->lines_top);
  cairo_line_to (cr, layout->today_x, bottom);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
label_colour (cairo_t             *cr,
              const GyTimelineLayout *layout,
              GyTimelineLabelRole  role)
{
  switch (role)
    {
    case GY_TIMELINE_LABEL_SUBTITLE:
    case GY_TIMELINE_LABEL_DATE:
      cairo_set_source_rgb (cr, MUTED - 0.1, MUTED - 0.1, MUTED - 0.1);
      break;
    case GY_TIMELINE_LABEL_NOTE:
    case GY_TIMELINE_LABEL_MORE:
    case GY_TIMELINE_LABEL_EMPTY:
      cairo_set_source_rgb (cr, MUTED, MUTED, MUTED);
      break;
    case GY_TIMELINE_LABEL_TODAY:
      if (layout->style == GY_CHART_STYLE_PRINT)
        cairo_set_source_rgb (cr, 0, 0, 0);
      else
        cairo_set_source_rgb (cr, TODAY_R * 0.9, TODAY_G * 0.9, TODAY_B);
      break;
    case GY_TIMELINE_LABEL_TITLE:
    case GY_TIMELINE_LABEL_COLUMN:
    case GY_TIMELINE_LABEL_HEADING:
    case GY_TIMELINE_LABEL_BAR:
    case GY_TIMELINE_LABEL_PERIOD:
    case GY_TIMELINE_LABEL_ITEM:
    default:
      cairo_set_source_rgb (cr, INK, INK, INK);
      break;
    }
}

/* Paints the layout on cr, in the layout's coordinates (0, 0)–(width, height). */
void
gy_timeline_draw (cairo_t                *cr,
                  const GyTimelineLayout *layout)
{
  double x0, y0, x1, y1, margin;
  Visible visible;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  margin = layout->font_px;
  visible.top = y0 - margin;
  visible.bottom = y1 + margin;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  draw_columns (cr, layout);

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const GyTimelineBar *bar = &g_array_index (layout->bars, GyTimelineBar, i);

      if (bar->has_period && visible_span (&visible, bar->row.y, bar->row.height))
        draw_bar (cr, layout, bar, &g_array_index (layout->paints, GyPaint, i));
    }
  draw_lines (cr, layout);

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const GyTimelineLabelPriv *label = g_ptr_array_index (layout->labels, i);

      if (!visible_span (&visible, label->pub.rect.y, label->pub.rect.height))
        continue;
      label_colour (cr, layout, label->pub.role);
      cairo_move_to (cr, label->ox, label->oy);
      pango_cairo_show_layout (cr, label->layout);
    }
  cairo_restore (cr);
}

static void
draw_timeline (cairo_t  *cr,
               gpointer  layout)
{
  gy_timeline_draw (cr, layout);
}

/* Writes the timeline at the given width and as tall as it needs, the format chosen by the
 * path's extension: .png (pixels), .svg or .pdf (points). The file is replaced only once it
 * is complete. */
gboolean
gy_timeline_export (const GyTimelineData  *data,
                    const char            *path,
                    int                    width,
                    GyChartStyle           style,
                    GError               **error)
{
  g_autoptr(GyTimelineLayout) layout = NULL;
  GyDrawingFormat format;
  cairo_status_t status;
  double height;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!gy_drawing_format_for_path (path, &format, error))
    return FALSE;
  layout = width > 0 && width <= 20000 ? gy_timeline_layout_new (data, NULL, width, style) : NULL;
  height = layout != NULL ? gy_timeline_layout_get_height (layout) : 0;
  /* Cairo's image surfaces stop at 32767 pixels a side. */
  if (layout == NULL || (format == GY_DRAWING_PNG && height > 32767))
    {
      g_set_error (error, GY_CHART_ERROR, GY_CHART_ERROR_FAILED,
                   _("A timeline of %d × %d is not possible"), width, (int) ceil (height));
      return FALSE;
    }
  if (gy_drawing_write (path, format, width, height, data->title, draw_timeline, layout, &status,
                        error))
    return TRUE;
  if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, GY_CHART_ERROR, GY_CHART_ERROR_FAILED,
                 _("Could not draw the timeline into %s: %s"), path,
                 cairo_status_to_string (status));
  return FALSE;
}

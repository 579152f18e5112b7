/* gy-report-draw.c — painting one paginated page on any cairo_t
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Black text and thin rules on white, grey shades for header cells: the report is mostly
 * printed in black and white, so the charts use their print style too.
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include <pango/pangocairo.h>

#include "gy-report-private.h"

#define LINE_WIDTH 0.5

static void
draw_text (GyReport          *report,
           cairo_t           *cr,
           const GyReportBox *box)
{
  g_autoptr(PangoLayout) layout =
    gy_report_text_layout (report->context, box->text, box->size,
                           (box->flags & GY_REPORT_BOLD) != 0, box->width, box->indent,
                           box->align);

  if (box->flags & GY_REPORT_KEEP_WORDS)
    gy_report_keep_words (layout);
  if (box->flags & GY_REPORT_ELLIPSIZE)
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, box->x, box->y);
  pango_cairo_show_layout (cr, layout);
}

/* All the frames of a page in three operations: the two shades, then one path of
 * rectangles stroked at once (a PDF with a few thousand cells stays small and fast). */
static void
draw_cells (cairo_t            *cr,
            const GyReportPage *page)
{
  static const struct { guint8 flags; double grey; } shades[] = {
    { GY_REPORT_SHADED, 0.93 },
    { GY_REPORT_SHADED | GY_REPORT_STRONG, 0.85 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (shades); s++)
    {
      for (guint i = 0; i < page->boxes->len; i++)
        {
          const GyReportBox *box = &g_array_index (page->boxes, GyReportBox, i);

          if (box->kind == GY_REPORT_BOX_CELL &&
              (box->flags & (GY_REPORT_SHADED | GY_REPORT_STRONG)) == shades[s].flags)
            cairo_rectangle (cr, box->x, box->y, box->width, box->height);
        }
      cairo_set_source_rgb (cr, shades[s].grey, shades[s].grey, shades[s].grey);
      cairo_fill (cr);
    }
  for (guint i = 0; i < page->boxes->len; i++)
    {
      const GyReportBox *box = &g_array_index (page->boxes, GyReportBox, i);

      if (box->kind == GY_REPORT_BOX_CELL)
        cairo_rectangle (cr, box->x, box->y, box->width, box->height);
    }
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_stroke (cr);
}

static void
draw_rule (cairo_t           *cr,
           const GyReportBox *box)
{
  cairo_move_to (cr, box->x, box->y);
  cairo_line_to (cr, box->x + box->width, box->y);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, box->height > 0 ? box->height : LINE_WIDTH);
  cairo_stroke (cr);
}

static void
draw_timeline (GyReport          *report,
               cairo_t           *cr,
               const GyReportBox *box)
{
  g_autoptr(GyTimelineData) data = gy_report_timeline_data (box->data, &report->summary->as_of);
  g_autoptr(GyTimelineLayout) layout = NULL;

  layout = gy_timeline_layout_new_for_context (data, report->context, box->width,
                                               GY_CHART_STYLE_PRINT);
  cairo_save (cr);
  cairo_translate (cr, box->x, box->y);
  gy_timeline_draw (cr, layout);
  cairo_restore (cr);
}

void
gy_report_draw_boxes (GyReport           *report,
                      cairo_t            *cr,
                      const GyReportPage *page)
{
  /* frames and shades first, so that no fill covers text drawn before it */
  draw_cells (cr, page);
  for (guint i = 0; i < page->boxes->len; i++)
    {
      const GyReportBox *box = &g_array_index (page->boxes, GyReportBox, i);

      switch (box->kind)
        {
        case GY_REPORT_BOX_TEXT:
          draw_text (report, cr, box);
          break;
        case GY_REPORT_BOX_RULE:
          draw_rule (cr, box);
          break;
        case GY_REPORT_BOX_CHART:
          cairo_save (cr);
          cairo_translate (cr, box->x, box->y);
          gy_chart_render (cr, box->data, box->width, box->height, GY_CHART_STYLE_PRINT);
          cairo_restore (cr);
          break;
        case GY_REPORT_BOX_TIMELINE:
          draw_timeline (report, cr, box);
          break;
        case GY_REPORT_BOX_CELL:  /* drawn above */
        case GY_REPORT_BOX_ROW:   /* not drawn */
        default:
          break;
        }
    }
}

/* The body's name and "민선7기 공약 추진상황 보고" over a rule at the top, "- 3 -" centred
 * at the bottom. */
void
gy_report_draw_frame (GyReport *report,
                      cairo_t  *cr,
                      guint     page)
{
  double left = GY_REPORT_MARGIN_LR;
  double width = report->page_width - 2 * GY_REPORT_MARGIN_LR;
  double top = GY_REPORT_MARGIN_TB;
  g_autofree char *number = g_strdup_printf ("- %u -", page + 1);
  g_autoptr(PangoLayout) body = gy_report_text_layout (report->context,
                                                       report->summary->body_name,
                                                       GY_REPORT_SIZE_SMALL, FALSE, width, 0,
                                                       PANGO_ALIGN_LEFT);
  g_autofree char *term_title = g_strdup_printf ("%s%s공약 추진상황 보고",
                                                 report->term != NULL ? report->term->name : "",
                                                 report->term != NULL ? " " : "");
  g_autoptr(PangoLayout) title = gy_report_text_layout (report->context, term_title,
                                                        GY_REPORT_SIZE_SMALL, FALSE, width, 0,
                                                        PANGO_ALIGN_RIGHT);
  g_autoptr(PangoLayout) footer = gy_report_text_layout (report->context, number,
                                                         GY_REPORT_SIZE_TEXT, FALSE, width, 0,
                                                         PANGO_ALIGN_CENTER);
  int footer_height;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  cairo_move_to (cr, left, top);
  pango_cairo_show_layout (cr, body);
  cairo_move_to (cr, left, top);
  pango_cairo_show_layout (cr, title);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_move_to (cr, left, top + GY_REPORT_HEADER_HEIGHT - 6);
  cairo_line_to (cr, left + width, top + GY_REPORT_HEADER_HEIGHT - 6);
  cairo_stroke (cr);

  pango_layout_get_size (footer, NULL, &footer_height);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, left,
                 report->page_height - GY_REPORT_MARGIN_TB - (double) footer_height / PANGO_SCALE);
  pango_cairo_show_layout (cr, footer);
  cairo_restore (cr);
}

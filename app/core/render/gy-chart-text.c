/* gy-chart-text.c — the chart's labels: Pango text measured, then placed on the canvas
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-chart"

#include <math.h>

#include "gy-chart-private.h"

void
gy_chart_label_free (gpointer data)
{
  GyChartLabelPriv *label = data;

  g_clear_object (&label->layout);
  g_free (label->text);
  g_free (label);
}

static PangoFontDescription *
font_for (double   size,
          gboolean bold)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, GY_CHART_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

PangoLayout *
gy_chart_text_layout_new (PangoContext   *context,
                          const char     *text,
                          double          size,
                          gboolean        bold,
                          double          max_width,
                          int             max_lines,
                          PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = font_for (size, bold);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, alignment);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) floor (MAX (max_width, 1) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_font_description_free (font);
  return layout;
}

/* A label not yet placed: text measured at the given size, optionally held to max_width
 * (wrapped to max_lines, then ellipsised). */
GyChartLabelPriv *
gy_chart_label_add (GyChartLayout    *self,
                    GyChartLabelRole  role,
                    const char       *text,
                    double            size,
                    gboolean          bold,
                    double            max_width,
                    int               max_lines,
                    PangoAlignment    alignment)
{
  GyChartLabelPriv *label = g_new0 (GyChartLabelPriv, 1);

  label->text = g_strdup (text);
  label->pub.role = role;
  label->pub.text = label->text;
  label->alpha = 1.0;
  label->layout = gy_chart_text_layout_new (self->context, text, size, bold, max_width,
                                            max_lines, alignment);
  g_ptr_array_add (self->labels, label);
  return label;
}

void
gy_chart_label_size (const GyChartLabelPriv *label,
                     double                 *width,
                     double                 *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (label->layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

/* Puts the top-left corner of the logical extents at (x, y); the recorded rect also covers
 * the ink, which may reach past the logical box. */
void
gy_chart_label_place (GyChartLabelPriv *label,
                      double            x,
                      double            y)
{
  PangoRectangle ink, logical;
  double x0, y0, x1, y1;

  pango_layout_get_pixel_extents (label->layout, &ink, &logical);
  label->ox = x - logical.x;
  label->oy = y - logical.y;
  x0 = MIN (ink.x, logical.x);
  y0 = MIN (ink.y, logical.y);
  x1 = MAX (ink.x + ink.width, logical.x + logical.width);
  y1 = MAX (ink.y + ink.height, logical.y + logical.height);
  if (ink.width == 0 || ink.height == 0)
    {
      x0 = logical.x;
      y0 = logical.y;
      x1 = logical.x + logical.width;
      y1 = logical.y + logical.height;
    }
  label->pub.rect.x = label->ox + x0;
  label->pub.rect.y = label->oy + y0;
  label->pub.rect.width = x1 - x0;
  label->pub.rect.height = y1 - y0;
}

double
gy_chart_line_height (GyChartLayout *self,
                      double         size)
{
  g_autoptr(PangoLayout) layout = gy_chart_text_layout_new (self->context, "가1", size, FALSE, 0, 0,
                                                           PANGO_ALIGN_LEFT);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height;
}

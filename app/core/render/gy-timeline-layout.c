/* gy-timeline-layout.c — placing every bar, line and label of a timeline for one width
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Months give the horizontal scale: a half-year column is half as wide as a whole year, and a
 * period starts at the left edge of its first month and ends at the right edge of its last.
 * The height is whatever the rows and the yearly items need; nothing here paints.
 */
#define G_LOG_DOMAIN "gy-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "gy-timeline-private.h"

/* Sizes relative to the body text size (font_px). */
#define TITLE_SCALE 1.2
#define SMALL_SCALE 0.86
#define ITEM_SCALE  0.9

/* text */

/* A label not yet placed nor kept: text measured at the given size, held to max_width if
 * positive (wrapped to max_lines, then ellipsised). */
static GyTimelineLabelPriv *
label_new (GyTimelineLayout    *self,
           GyTimelineLabelRole  role,
           const char          *text,
           double               size,
           gboolean             bold,
           double               max_width,
           int                  max_lines,
           PangoAlignment       alignment)
{
  GyTimelineLabelPriv *label = g_new0 (GyTimelineLabelPriv, 1);

  label->text = g_strdup (text);
  label->pub.role = role;
  label->pub.text = label->text;
  label->pub.column = -1;
  label->layout = gy_chart_text_layout_new (self->context, text, size, bold, max_width,
                                            max_lines, alignment);
  return label;
}

static GyTimelineLabelPriv *
label_add (GyTimelineLayout    *self,
           GyTimelineLabelRole  role,
           const char          *text,
           double               size,
           gboolean             bold,
           double               max_width,
           int                  max_lines,
           PangoAlignment       alignment)
{
  GyTimelineLabelPriv *label = label_new (self, role, text, size, bold, max_width, max_lines,
                                          alignment);

  g_ptr_array_add (self->labels, label);
  return label;
}

static void
label_size (const GyTimelineLabelPriv *label,
            double                    *width,
            double                    *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (label->layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

/* Holds a label to one line of at most width, ellipsised. */
static void
label_limit (GyTimelineLabelPriv *label,
             double               width)
{
  pango_layout_set_width (label->layout, (int) floor (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (label->layout, -1);
}

/* Puts the top-left corner of the logical extents at (x, y); the recorded rect also covers the
 * ink, which may reach past the logical box. */
static void
label_place (GyTimelineLabelPriv *label,
             double               x,
             double               y)
{
  PangoRectangle ink, logical;
  double x0, y0, x1, y1;

  pango_layout_get_pixel_extents (label->layout, &ink, &logical);
  label->ox = x - logical.x;
  label->oy = y - logical.y;
  x0 = logical.x;
  y0 = logical.y;
  x1 = logical.x + logical.width;
  y1 = logical.y + logical.height;
  if (ink.width > 0 && ink.height > 0)
    {
      x0 = MIN (x0, ink.x);
      y0 = MIN (y0, ink.y);
      x1 = MAX (x1, ink.x + ink.width);
      y1 = MAX (y1, ink.y + ink.height);
    }
  label->pub.rect = (GyChartRect) { label->ox + x0, label->oy + y0, x1 - x0, y1 - y0 };
}

static double
line_height (GyTimelineLayout *self,
             double            size)
{
  g_autoptr(PangoLayout) layout = gy_chart_text_layout_new (self->context, "가1", size, FALSE, 0, 0,
                                                           PANGO_ALIGN_LEFT);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height;
}

/* geometry */

static double
column_months (const GyFiscalColumn *column)
{
  return column->half == GY_HALF_WHOLE ? 12 : 6;
}

static int
column_first_month (const GyFiscalColumn *column)
{
  return column->half == GY_HALF_SECOND ? 7 : 1;
}

static double
x_for_day (GyTimelineLayout *self,
           const GDate      *date,
           double            part_of_day)
{
  int year = g_date_get_year (date), month = g_date_get_month (date);
  double days = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);

  return gy_timeline_layout_x_for_month (self, year, month)
         + (g_date_get_day (date) - 1 + part_of_day) / days * self->month_w;
}

/* The title and the term under it; returns the y below them. */
static double
layout_heading (GyTimelineLayout *self,
                double            pad)
{
  const GyTimelineData *data = self->data;
  double y = pad, w, h;
  GyTimelineLabelPriv *label;

  if (data->title != NULL && *data->title != '\0')
    {
      label = label_add (self, GY_TIMELINE_LABEL_TITLE, data->title, self->font_px * TITLE_SCALE,
                         TRUE, self->width - 2 * pad, 1, PANGO_ALIGN_LEFT);
      label_size (label, &w, &h);
      label_place (label, pad, y);
      y += h;
    }
  if (data->subtitle != NULL && *data->subtitle != '\0')
    {
      label = label_add (self, GY_TIMELINE_LABEL_SUBTITLE, data->subtitle,
                         self->font_px * ITEM_SCALE, FALSE, self->width - 2 * pad, 1,
                         PANGO_ALIGN_LEFT);
      label_size (label, &w, &h);
      label_place (label, pad, y + self->font_px * 0.15);
      y += h + self->font_px * 0.15;
    }
  return y;
}

/* Row labels first, so that the left column is as wide as they need (within a share of the
 * width); then the months across the rest. Returns the indent of row labels. */
static double
layout_scale (GyTimelineLayout *self,
              double            pad,
              guint             first_row_label)
{
  const GyTimelineData *data = self->data;
  const GyTerm *term = data->term;
  double f = self->font_px, indent = f * 0.6, arrow = f * 1.2, label_w = 0, gutter, avail, w, h;
  const GyFiscalColumn *first = gy_term_column (term, 0);
  const GyFiscalColumn *last = gy_term_column (term, gy_term_n_columns (term) - 1);

  for (guint i = first_row_label; i < self->labels->len; i++)
    {
      label_size (g_ptr_array_index (self->labels, i), &w, &h);
      label_w = MAX (label_w, w);
    }

  avail = MAX (self->width - 2 * pad - 2 * arrow - f * 0.6, 1);
  gutter = CLAMP (indent + label_w, MIN (indent + f * 8, avail * 0.28), avail * 0.28);
  if (data->entries->len == 0)
    gutter = MIN (f * 6, avail * 0.2);
  self->plot.x = pad + gutter + f * 0.6 + arrow;
  self->plot.width = MAX (avail - gutter, 1);

  for (guint i = first_row_label; i < self->labels->len; i++)
    label_limit (g_ptr_array_index (self->labels, i), MAX (gutter - indent, 1));

  self->first_year = first->year;
  self->first_month = column_first_month (first);
  self->n_months = (guint) ((last->year - first->year) * 12 + column_first_month (last)
                            - self->first_month + column_months (last));
  self->month_w = self->plot.width / MAX (self->n_months, 1);

  for (guint c = 0; c < gy_term_n_columns (term); c++)
    {
      const GyFiscalColumn *column = gy_term_column (term, c);
      GyChartRect rect = { 0, 0, column_months (column) * self->month_w, 0 };

      rect.x = gy_timeline_layout_x_for_month (self, column->year, column_first_month (column));
      g_array_append_val (self->columns, rect);
    }

  self->term_start_x = CLAMP (x_for_day (self, &term->start, 0), self->plot.x,
                              self->plot.x + self->plot.width);
  self->term_end_x = CLAMP (x_for_day (self, &term->end, 1), self->plot.x,
                            self->plot.x + self->plot.width);
  if (g_date_valid (&data->today))
    {
      double x = x_for_day (self, &data->today, 0.5);

      self->has_today = x >= self->plot.x && x <= self->plot.x + self->plot.width;
      self->today_x = x;
    }
  return indent;
}

static gboolean
rects_overlap (const GyChartRect *a,
               const GyChartRect *b,
               double             gap)
{
  return a->x < b->x + b->width + gap && b->x < a->x + a->width + gap &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* The term's first and last day above their lines, and "Today" above its own, on a second
 * row when it would touch a date. Returns the y where the lines begin. */
static double
layout_markers (GyTimelineLayout *self,
                double            pad,
                double            y)
{
  const GyTerm *term = self->data->term;
  double f = self->font_px, size = f * SMALL_SCALE, line = line_height (self, size), w, h;
  g_autofree char *start = gy_format_date (&term->start);
  g_autofree char *end = gy_format_date (&term->end);
  GyTimelineLabelPriv *first, *last, *today;
  int rows = 1;

  first = label_add (self, GY_TIMELINE_LABEL_DATE, start, size, FALSE, -1, 1, PANGO_ALIGN_LEFT);
  label_size (first, &w, &h);
  label_place (first, CLAMP (self->term_start_x - w / 2, pad, self->width - pad - w), y);
  last = label_add (self, GY_TIMELINE_LABEL_DATE, end, size, FALSE, -1, 1, PANGO_ALIGN_LEFT);
  label_size (last, &w, &h);
  label_place (last, CLAMP (self->term_end_x - w / 2, pad, self->width - pad - w), y);

  if (self->has_today)
    {
      today = label_add (self, GY_TIMELINE_LABEL_TODAY, _("Today"), size, TRUE, -1, 1,
                         PANGO_ALIGN_LEFT);
      label_size (today, &w, &h);
      label_place (today, CLAMP (self->today_x - w / 2, pad, self->width - pad - w), y);
      if (rects_overlap (&today->pub.rect, &first->pub.rect, f * 0.4) ||
          rects_overlap (&today->pub.rect, &last->pub.rect, f * 0.4))
        {
          label_place (today, CLAMP (self->today_x - w / 2, pad, self->width - pad - w),
                       y + line);
          rows = 2;
        }
    }
  return y + rows * line + f * 0.15;
}

/* The fiscal columns' names, centred over them; returns the y below the header. */
static double
layout_column_header (GyTimelineLayout *self,
                      double            y)
{
  const GyTerm *term = self->data->term;
  double f = self->font_px, height = 0, w, h;
  guint first_label = self->labels->len;

  self->header_top = y;
  for (guint c = 0; c < self->columns->len; c++)
    {
      const GyChartRect *rect = &g_array_index (self->columns, GyChartRect, c);
      GyTimelineLabelPriv *label = label_add (self, GY_TIMELINE_LABEL_COLUMN,
                                              gy_term_column (term, c)->label, f, TRUE,
                                              rect->width - f * 0.3, 2, PANGO_ALIGN_CENTER);

      label->pub.column = (int) c;
      label_size (label, &w, &h);
      height = MAX (height, h);
    }
  for (guint c = 0; c < self->columns->len; c++)
    {
      const GyChartRect *rect = &g_array_index (self->columns, GyChartRect, c);
      GyTimelineLabelPriv *label = g_ptr_array_index (self->labels, first_label + c);

      label_size (label, &w, &h);
      label_place (label, rect->x + (rect->width - w) / 2, y + f * 0.3 + (height - h) / 2);
    }
  self->header_bottom = y + height + f * 0.9;
  return self->header_bottom;
}

static double
layout_group_heading (GyTimelineLayout *self,
                      double            pad,
                      double            y,
                      const char       *text)
{
  double f = self->font_px, w, h;
  GyTimelineLabelPriv *label;
  GyChartRect band;

  y += f * 0.35;
  label = label_add (self, GY_TIMELINE_LABEL_HEADING, text, f, TRUE, self->width - 2 * pad - f,
                     1, PANGO_ALIGN_LEFT);
  label_size (label, &w, &h);
  label_place (label, pad + f * 0.3, y + f * 0.2);
  band = (GyChartRect) { pad, y, self->width - 2 * pad, h + f * 0.4 };
  g_array_append_val (self->bands, band);
  return y + band.height + f * 0.2;
}

/* The period's text inside its bar when it fits, else beside it where there is room, else
 * shortened on the roomier side; left out when even that is too narrow to read. */
static void
place_period (GyTimelineLayout    *self,
              const GyTimelineBar *bar,
              double               cy)
{
  double f = self->font_px, gap = f * 0.35, arrow = f * 1.2, w, h;
  double plot_right = self->plot.x + self->plot.width;
  double inside = bar->rect.width - 2 * gap;
  double right = (bar->continues_after ? plot_right : plot_right + arrow)
                 - (bar->rect.x + bar->rect.width) - gap;
  double left = bar->rect.x - gap - (bar->continues_before ? self->plot.x : self->plot.x - arrow);
  GyTimelineLabelPriv *label = label_new (self, GY_TIMELINE_LABEL_PERIOD, bar->period,
                                          f * SMALL_SCALE, FALSE, -1, 1, PANGO_ALIGN_LEFT);
  double x;

  label_size (label, &w, &h);
  if (w <= inside)
    x = bar->rect.x + gap;
  else if (w <= right)
    x = bar->rect.x + bar->rect.width + gap;
  else if (w <= left)
    x = bar->rect.x - gap - w;
  else
    {
      double room = MAX (inside, MAX (right, left));

      if (room < f * 3)
        {
          gy_timeline_label_free (label);
          return;
        }
      label_limit (label, room);
      label_size (label, &w, &h);
      x = room == inside ? bar->rect.x + gap
          : room == right ? bar->rect.x + bar->rect.width + gap : bar->rect.x - gap - w;
    }
  label_place (label, x, cy - h / 2);
  g_ptr_array_add (self->labels, label);
}

/* One row per entry under its group's heading; returns the y below the last. */
static double
layout_rows (GyTimelineLayout *self,
             double            pad,
             double            y,
             double            indent,
             guint             first_row_label)
{
  const GyTimelineData *data = self->data;
  double f = self->font_px, line = line_height (self, f), row_h = line + f * 0.9;
  double thick = MIN (line * 0.95, row_h - f * 0.3), plot_right = self->plot.x + self->plot.width;
  double min_w = MAX (f * 0.5, 3), w, h;
  guint group = G_MAXUINT;

  if (data->entries->len == 0)
    {
      GyTimelineLabelPriv *label;

      if (data->groups->len > 0)
        y = layout_group_heading (self, pad, y, g_ptr_array_index (data->groups, 0));
      label = label_add (self, GY_TIMELINE_LABEL_EMPTY, data->empty_text, f, FALSE,
                         self->plot.width - f, 1, PANGO_ALIGN_CENTER);
      label_size (label, &w, &h);
      label_place (label, self->plot.x + (self->plot.width - w) / 2, y + f * 0.8);
      return y + h + f * 1.6;
    }

  for (guint i = 0; i < data->entries->len; i++)
    {
      const GyTimelineEntry *entry = g_ptr_array_index (data->entries, i);
      GyTimelineLabelPriv *label = g_ptr_array_index (self->labels, first_row_label + i);
      GyTimelineBar bar = { { 0 } };
      GyPaint paint;
      double cy;

      if (entry->group != group && entry->group < data->groups->len)
        {
          group = entry->group;
          y = layout_group_heading (self, pad, y, g_ptr_array_index (data->groups, group));
        }
      cy = y + row_h / 2;
      label_size (label, &w, &h);
      label_place (label, pad + indent, cy - h / 2);

      bar.row = (GyChartRect) { pad, y, self->width - 2 * pad, row_h };
      bar.pledge_id = entry->pledge_id;
      bar.sub_index = entry->sub_index;
      bar.label = entry->label;
      bar.period = entry->period;
      bar.has_period = entry->has_period;
      bar.group = entry->group;
      gy_palette_paint_for_index (data->kind == GY_TIMELINE_BODY ? entry->group : (guint) i,
                                  &paint);

      if (entry->has_period)
        {
          double x0 = entry->start_year > 0
                      ? gy_timeline_layout_x_for_month (self, entry->start_year, entry->start_month)
                      : -G_MAXDOUBLE;
          double x1 = entry->end_year > 0
                      ? gy_timeline_layout_x_for_month (self, entry->end_year, entry->end_month + 1)
                      : G_MAXDOUBLE;

          bar.continues_before = x0 < self->plot.x - 0.01;
          bar.continues_after = x1 > plot_right + 0.01;
          x0 = CLAMP (x0, self->plot.x, plot_right);
          x1 = CLAMP (x1, self->plot.x, plot_right);
          /* Wholly outside the drawn months: a stub at the edge it lies beyond. */
          if (x1 - x0 < min_w)
            {
              if (bar.continues_after && x0 >= plot_right - min_w)
                x0 = plot_right - min_w;
              else
                x1 = MIN (x0 + min_w, plot_right);
              x0 = MIN (x0, x1 - min_w);
            }
          bar.rect = (GyChartRect) { x0, cy - thick / 2, x1 - x0, thick };
          place_period (self, &bar, cy);
        }
      else
        {
          GyTimelineLabelPriv *note = label_add (self, GY_TIMELINE_LABEL_NOTE, entry->note,
                                                 f * SMALL_SCALE, FALSE, self->plot.width - f,
                                                 1, PANGO_ALIGN_LEFT);

          label_size (note, &w, &h);
          label_place (note, self->plot.x + f * 0.4, cy - h / 2);
          bar.rect = (GyChartRect) { self->plot.x, cy - thick / 2, w + f * 0.8, thick };
        }
      g_array_append_val (self->bars, bar);
      g_array_append_val (self->paints, paint);
      y += row_h;
    }
  return y;
}

static gboolean
has_items (const GyTimelineData *data)
{
  for (guint c = 0; c < data->years->len; c++)
    if (((GPtrArray *) g_ptr_array_index (data->years, c))->len > 0)
      return TRUE;
  return FALSE;
}

/* An item with its marker, wrapped under its text rather than under the marker. */
static GyTimelineLabelPriv *
item_label_new (GyTimelineLayout     *self,
                const GyTimelineItem *item,
                double                width,
                int                   column)
{
  g_autofree char *text = g_strdup_printf ("%s %s", item->marker, item->text);
  GyTimelineLabelPriv *label = label_new (self, GY_TIMELINE_LABEL_ITEM, text,
                                          self->font_px * ITEM_SCALE, FALSE, -1, 1,
                                          PANGO_ALIGN_LEFT);
  PangoRectangle pos;

  label->pub.column = column;
  pango_layout_set_width (label->layout, (int) floor (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (label->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_index_to_pos (label->layout, (int) strlen (item->marker) + 1, &pos);
  if (pos.x > 0 && pos.x < width * PANGO_SCALE / 2)
    pango_layout_set_indent (label->layout, -pos.x);
  return label;
}

/* The items of one column, stopping at max_lines with "… and k more"; returns its bottom. */
static double
layout_column_items (GyTimelineLayout *self,
                     guint             column,
                     double            top)
{
  const GyChartRect *rect = &g_array_index (self->columns, GyChartRect, column);
  GPtrArray *items = g_ptr_array_index (self->data->years, column);
  guint max_lines = self->data->max_item_lines, total = 0, budget, used = 0, shown = 0;
  double f = self->font_px, x = rect->x + f * 0.35, width = rect->width - f * 0.7, y = top;
  double sub_indent = MIN (f * 0.9, width / 4), w, h;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (gy_timeline_label_free);
  GyChartRect area;

  for (guint i = 0; i < items->len; i++)
    {
      const GyTimelineItem *item = g_ptr_array_index (items, i);
      GyTimelineLabelPriv *label = item_label_new (self, item,
                                                   width - (item->level > 0 ? sub_indent : 0),
                                                   (int) column);

      total += (guint) pango_layout_get_line_count (label->layout);
      g_ptr_array_add (labels, label);
    }
  budget = max_lines == 0 || total <= max_lines ? G_MAXUINT : max_lines - 1;

  for (guint i = 0; i < labels->len; i++)
    {
      const GyTimelineItem *item = g_ptr_array_index (items, i);
      GyTimelineLabelPriv *label = g_ptr_array_index (labels, i);
      guint n = (guint) pango_layout_get_line_count (label->layout);

      if (used + n > budget)
        {
          if (shown > 0)
            break;
          /* Even the first item is too long: as much of it as the budget allows. */
          pango_layout_set_height (label->layout, -(int) budget);
          pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
          n = budget;
        }
      if (i > 0 && item->level == 0)
        y += f * 0.3;
      label_size (label, &w, &h);
      label_place (label, x + (item->level > 0 ? sub_indent : 0), y);
      y += h;
      used += n;
      shown++;
      g_ptr_array_add (self->labels, label);
      labels->pdata[i] = NULL;
    }

  if (shown < items->len)
    {
      guint rest = items->len - shown;
      g_autofree char *text = g_strdup_printf (ngettext ("… and %u more", "… and %u more", rest),
                                               rest);
      GyTimelineLabelPriv *label = label_add (self, GY_TIMELINE_LABEL_MORE, text,
                                              self->font_px * ITEM_SCALE, FALSE, width, 1,
                                              PANGO_ALIGN_LEFT);

      label->pub.column = (int) column;
      label_size (label, &w, &h);
      label_place (label, x, y + f * 0.2);
      y += h + f * 0.2;
    }

  area = (GyChartRect) { rect->x, top, rect->width, y - top };
  g_array_append_val (self->item_areas, area);
  return y;
}

static double
layout_items (GyTimelineLayout *self,
              double            pad,
              double            y)
{
  double bottom;

  y = layout_group_heading (self, pad, y + self->font_px * 0.4, _("Yearly record and plan"));
  y += self->font_px * 0.3;
  bottom = y;
  for (guint c = 0; c < self->columns->len; c++)
    {
      double column_bottom = layout_column_items (self, c, y);

      bottom = MAX (bottom, column_bottom);
    }
  return bottom;
}

static void
lay_out (GyTimelineLayout *self)
{
  const GyTimelineData *data = self->data;
  double f = self->font_px, pad = f, y, indent;
  guint first_row_label;

  y = layout_heading (self, pad) + f * 0.5;

  /* The row labels are made first: their widths decide the left column. */
  first_row_label = self->labels->len;
  for (guint i = 0; i < data->entries->len; i++)
    label_add (self, GY_TIMELINE_LABEL_BAR,
               ((GyTimelineEntry *) g_ptr_array_index (data->entries, i))->label,
               f, FALSE, -1, 1, PANGO_ALIGN_LEFT);
  indent = layout_scale (self, pad, first_row_label);

  self->lines_top = y = layout_markers (self, pad, y);
  y = layout_column_header (self, y);
  y = layout_rows (self, pad, y, indent, first_row_label);
  self->lines_bottom = y;
  if (data->kind == GY_TIMELINE_CARD && has_items (data))
    y = layout_items (self, pad, y);
  y += f * 0.6;

  self->plot.y = self->header_top;
  self->plot.height = y - self->header_top;
  for (guint c = 0; c < self->columns->len; c++)
    {
      GyChartRect *rect = &g_array_index (self->columns, GyChartRect, c);

      rect->y = self->plot.y;
      rect->height = self->plot.height;
    }
  self->height = ceil (y + pad);
}

/**
 * gy_timeline_layout_new_for_context:
 * @context: the Pango context to measure with (a widget's, or one made for a cairo_t)
 *
 * Lays the timeline out for the given width; gy_timeline_layout_get_height() says how tall it
 * came out. The layout keeps a reference to data.
 */
GyTimelineLayout *
gy_timeline_layout_new_for_context (const GyTimelineData *data,
                                    PangoContext         *context,
                                    double                width,
                                    GyChartStyle          style)
{
  GyTimelineLayout *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (width > 0, NULL);

  self = g_new0 (GyTimelineLayout, 1);
  self->data = gy_timeline_data_ref ((GyTimelineData *) data);
  self->style = style;
  self->width = width;
  self->context = g_object_ref (context);
  self->columns = g_array_new (FALSE, FALSE, sizeof (GyChartRect));
  self->item_areas = g_array_new (FALSE, FALSE, sizeof (GyChartRect));
  self->bars = g_array_new (FALSE, FALSE, sizeof (GyTimelineBar));
  self->paints = g_array_new (FALSE, FALSE, sizeof (GyPaint));
  self->bands = g_array_new (FALSE, FALSE, sizeof (GyChartRect));
  self->labels = g_ptr_array_new_with_free_func (gy_timeline_label_free);

  /* A window-wide timeline reads at the window's text size; a page prints a little smaller. */
  self->font_px = CLAMP (width / 95.0, 8.0, 14.0);
  lay_out (self);
  return self;
}

/* Measures with cr's font options (NULL: an image surface's). */
GyTimelineLayout *
gy_timeline_layout_new (const GyTimelineData *data,
                        cairo_t              *cr,
                        double                width,
                        GyChartStyle          style)
{
  PangoContext *context;
  GyTimelineLayout *layout;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (width > 0, NULL);

  if (cr != NULL)
    {
      context = pango_cairo_create_context (cr);
    }
  else
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *scratch = cairo_create (surface);

      context = pango_cairo_create_context (scratch);
      cairo_destroy (scratch);
      cairo_surface_destroy (surface);
    }
  layout = gy_timeline_layout_new_for_context (data, context, width, style);
  g_object_unref (context);
  return layout;
}

void
gy_timeline_layout_free (GyTimelineLayout *layout)
{
  if (layout == NULL)
    return;

  gy_timeline_data_unref (layout->data);
  g_clear_object (&layout->context);
  g_array_unref (layout->columns);
  g_array_unref (layout->item_areas);
  g_array_unref (layout->bars);
  g_array_unref (layout->paints);
  g_array_unref (layout->bands);
  g_ptr_array_unref (layout->labels);
  g_free (layout);
}

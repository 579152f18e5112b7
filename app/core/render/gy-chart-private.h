/* gy-chart-private.h — the structures shared by gy-chart*.c
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "gy-chart.h"

G_BEGIN_DECLS

typedef struct {
  char    *name;
  GyPaint  paint;
} GyChartSeries;

typedef struct {
  char         *name;
  GyChartGroup  group;
  gboolean      has_paint;  /* the bar takes the category's paint (a source of the shares chart) */
  GyPaint       paint;
} GyChartCategory;

struct _GyChartData {
  GyChartKind  kind;
  GyChartUnit  unit;
  char        *title;
  char        *subtitle;
  GArray      *series;      /* GyChartSeries */
  GArray      *categories;  /* GyChartCategory */
  GArray      *values;      /* gint64 [category * n_series + series]; GY_MONEY_ABSENT = blank */
};

typedef struct {
  GyChartLabel  pub;        /* first, so that a pointer to it is a pointer to the whole */
  char         *text;
  PangoLayout  *layout;
  double        ox, oy;     /* where pango_cairo_show_layout starts */
  double        alpha;      /* 1 for ink, lighter for ticks */
} GyChartLabelPriv;

typedef struct {
  GyChartRect  rect;        /* the swatch */
  GyPaint      paint;
} GyChartSwatch;

struct _GyChartLayout {
  GyChartData   *data;
  GyChartStyle   style;
  double         width, height;
  double         font_px;     /* the body text size; titles and small text scale from it */
  gboolean       empty;
  gboolean       horizontal;  /* bars grow to the right */
  GyChartRect    plot;
  gint64         axis_max, tick_step;
  PangoContext  *context;
  GArray        *items;       /* GyChartItem */
  GArray        *paints;      /* GyPaint, one per item */
  GArray        *ticks;       /* GyChartTick */
  GPtrArray     *labels;      /* GyChartLabelPriv */
  GArray        *swatches;    /* GyChartSwatch: the legend */
  GArray        *rules;       /* double: x of the dashed rules between groups of bars */
};

GyChartSeries   *gy_chart_data_series    (const GyChartData *data,
                                          guint              series);
GyChartCategory *gy_chart_data_category  (const GyChartData *data,
                                          guint              category);
const char      *gy_chart_kind_title     (GyChartKind        kind);
const GyPaint   *gy_chart_data_item_paint (const GyChartData *data,
                                          guint              category,
                                          guint              series);
gint64           gy_chart_data_category_total (const GyChartData *data,
                                          guint              category);
gint64           gy_chart_data_grand_total (const GyChartData *data);

/* gy-chart-text.c */
GyChartLabelPriv *gy_chart_label_add     (GyChartLayout     *self,
                                          GyChartLabelRole   role,
                                          const char        *text,
                                          double             size,
                                          gboolean           bold,
                                          double             max_width,
                                          int                max_lines,
                                          PangoAlignment     alignment);
void             gy_chart_label_size     (const GyChartLabelPriv *label,
                                          double            *width,
                                          double            *height);
void             gy_chart_label_place    (GyChartLabelPriv  *label,
                                          double             x,
                                          double             y);
void             gy_chart_label_free     (gpointer           label);
double           gy_chart_line_height    (GyChartLayout     *self,
                                          double             size);

G_END_DECLS

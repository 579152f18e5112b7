/* gy-chart.h — budget charts: data, layout, drawing on any cairo_t
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three steps, as in HomeBank: GyChartData holds plain numbers (built from a card or from a
 * summary, gy-chart-summary.h; never from the store); GyChartLayout measures text and places
 * every bar, tick and label for one size; gy_chart_draw() paints a layout on any cairo_t. The
 * window, the printed report, the image export and the tests all go through the same three
 * steps.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "gy-card.h"
#include "gy-palette.h"

G_BEGIN_DECLS

/* Named in Pango explicitly so that Windows picks 맑은 고딕 and Linux Noto Sans CJK. */
#define GY_CHART_FONT_FAMILY "Noto Sans CJK KR, NanumGothic, Malgun Gothic, sans"

#define GY_CHART_ERROR (gy_chart_error_quark ())

typedef enum {
  GY_CHART_ERROR_FORMAT,   /* an export path whose extension is not .png, .svg or .pdf */
  GY_CHART_ERROR_FAILED,   /* cairo could not draw or write the file */
} GyChartError;

typedef enum {
  GY_CHART_PLEDGE_YEARS,      /* one pledge: money by fiscal year, stacked by source */
  GY_CHART_PLEDGE_SOURCES,    /* one pledge: each source's share of 총사업비 */
  GY_CHART_BODY_SECTORS,      /* all pledges: 총사업비 by 분야 */
  GY_CHART_BODY_DEPARTMENTS,  /* all pledges: 총사업비 by 주관부서 */
  GY_CHART_BODY_STATUSES,     /* all pledges: how many in each 이행상태 */
  GY_CHART_BODY_PROGRESS,     /* all pledges: mean 진도율 by 분야 */
} GyChartKind;

#define GY_CHART_N_KINDS (GY_CHART_BODY_PROGRESS + 1)

typedef enum {
  GY_CHART_STYLE_SCREEN,  /* colours */
  GY_CHART_STYLE_PRINT,   /* tinted colours under hatches: survives black-and-white printing */
} GyChartStyle;

typedef enum {
  GY_CHART_UNIT_MONEY,     /* 천원, shown in 백만원 */
  GY_CHART_UNIT_COUNT,     /* pledges */
  GY_CHART_UNIT_PERMILLE,  /* tenths of a percent: 777 is 77.7 % */
} GyChartUnit;

/* Where a category stands on the time axis; a change of group leaves a gap and a rule. */
typedef enum {
  GY_CHART_GROUP_NONE,    /* the in-term years, or any category of the other charts */
  GY_CHART_GROUP_BEFORE,  /* 기투자 (A) */
  GY_CHART_GROUP_AFTER,   /* 임기후 (C) */
} GyChartGroup;

typedef enum {
  GY_CHART_LABEL_TITLE,
  GY_CHART_LABEL_SUBTITLE,
  GY_CHART_LABEL_UNIT,      /* "(단위: 백만원)" */
  GY_CHART_LABEL_TICK,
  GY_CHART_LABEL_CATEGORY,
  GY_CHART_LABEL_VALUE,     /* the total above a stacked bar, the amount beside a bar */
  GY_CHART_LABEL_LEGEND,
  GY_CHART_LABEL_EMPTY,     /* "No data" */
} GyChartLabelRole;

typedef struct {
  double x, y, width, height;
} GyChartRect;

/* One filled rectangle: a whole bar, or one source's segment of a stacked bar. */
typedef struct {
  GyChartRect  rect;
  guint        category;       /* index into the data's categories */
  guint        series;         /* index into the data's series */
  const char  *category_name;
  const char  *series_name;    /* NULL for single-series charts */
  gint64       amount;         /* exact, in the data's unit */
} GyChartItem;

typedef struct {
  GyChartLabelRole  role;
  const char       *text;
  GyChartRect       rect;      /* the union of Pango's ink and logical extents, on the canvas */
} GyChartLabel;

typedef struct {
  gint64 value;      /* in the data's unit */
  double position;   /* x (horizontal bars) or y (vertical bars) on the canvas */
} GyChartTick;

typedef struct _GyChartData GyChartData;
typedef struct _GyChartLayout GyChartLayout;

GQuark          gy_chart_error_quark          (void);

const char     *gy_chart_kind_to_string       (GyChartKind         kind);
gboolean        gy_chart_kind_from_string     (const char         *text,
                                               GyChartKind        *out_kind);
gboolean        gy_chart_kind_is_pledge       (GyChartKind         kind);
char           *gy_chart_format_amount        (GyChartUnit         unit,
                                               gint64              amount);
char           *gy_chart_format_amount_with_unit (GyChartUnit      unit,
                                               gint64              amount);

/* data */
#define GY_TYPE_CHART_DATA (gy_chart_data_get_type ())
GType           gy_chart_data_get_type        (void) G_GNUC_CONST;

GyChartData    *gy_chart_data_new             (GyChartKind         kind,
                                               GyChartUnit         unit);
GyChartData    *gy_chart_data_new_for_card    (const GyCard       *card,
                                               GyChartKind         kind,
                                               const char * const *source_order);
GyChartData    *gy_chart_data_ref             (GyChartData        *data);
void            gy_chart_data_unref           (GyChartData        *data);

void            gy_chart_data_set_title       (GyChartData        *data,
                                               const char         *title);
void            gy_chart_data_set_subtitle    (GyChartData        *data,
                                               const char         *subtitle);
guint           gy_chart_data_add_series      (GyChartData        *data,
                                               const char         *name,
                                               const GyPaint      *paint);
guint           gy_chart_data_add_category    (GyChartData        *data,
                                               const char         *name,
                                               GyChartGroup        group,
                                               const GyPaint      *paint);
void            gy_chart_data_set_value       (GyChartData        *data,
                                               guint               category,
                                               guint               series,
                                               gint64              amount);

GyChartKind     gy_chart_data_get_kind        (const GyChartData  *data);
GyChartUnit     gy_chart_data_get_unit        (const GyChartData  *data);
const char     *gy_chart_data_get_title       (const GyChartData  *data);
const char     *gy_chart_data_get_subtitle    (const GyChartData  *data);
guint           gy_chart_data_get_n_series    (const GyChartData  *data);
guint           gy_chart_data_get_n_categories (const GyChartData *data);
const char     *gy_chart_data_get_series_name (const GyChartData  *data,
                                               guint               series);
const char     *gy_chart_data_get_category_name (const GyChartData *data,
                                               guint               category);
gint64          gy_chart_data_get_value       (const GyChartData  *data,
                                               guint               category,
                                               guint               series);
gboolean        gy_chart_data_is_empty        (const GyChartData  *data);

/* layout */
GyChartLayout  *gy_chart_layout_new           (const GyChartData  *data,
                                               cairo_t            *cr,
                                               double              width,
                                               double              height,
                                               GyChartStyle        style);
void            gy_chart_layout_free          (GyChartLayout      *layout);

const GyChartData *
                gy_chart_layout_get_data      (const GyChartLayout *layout);
gboolean        gy_chart_layout_is_empty      (const GyChartLayout *layout);
void            gy_chart_layout_get_plot_area (const GyChartLayout *layout,
                                               GyChartRect        *out_rect);
guint           gy_chart_layout_get_n_items   (const GyChartLayout *layout);
const GyChartItem *
                gy_chart_layout_get_item      (const GyChartLayout *layout,
                                               guint               index);
guint           gy_chart_layout_get_n_labels  (const GyChartLayout *layout);
const GyChartLabel *
                gy_chart_layout_get_label     (const GyChartLayout *layout,
                                               guint               index);
guint           gy_chart_layout_get_n_ticks   (const GyChartLayout *layout);
const GyChartTick *
                gy_chart_layout_get_tick      (const GyChartLayout *layout,
                                               guint               index);
gint64          gy_chart_layout_get_tick_step (const GyChartLayout *layout);
const GyChartItem *
                gy_chart_layout_hit           (const GyChartLayout *layout,
                                               double              x,
                                               double              y);
char           *gy_chart_layout_describe_item (const GyChartLayout *layout,
                                               const GyChartItem  *item);

/* drawing */
void            gy_chart_draw                 (cairo_t            *cr,
                                               const GyChartLayout *layout);
void            gy_chart_render               (cairo_t            *cr,
                                               const GyChartData  *data,
                                               double              width,
                                               double              height,
                                               GyChartStyle        style);
gboolean        gy_chart_export               (const GyChartData  *data,
                                               const char         *path,
                                               int                 width,
                                               int                 height,
                                               GError            **error);
gboolean        gy_chart_export_with_style    (const GyChartData  *data,
                                               const char         *path,
                                               int                 width,
                                               int                 height,
                                               GyChartStyle        style,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyChartData, gy_chart_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyChartLayout, gy_chart_layout_free)

/* Text measured for any of our drawings (charts, timelines): the family above, SIZE in
 * pixels, held to MAX_WIDTH when positive (wrapped to MAX_LINES, then ellipsised). */
PangoLayout    *gy_chart_text_layout_new      (PangoContext       *context,
                                               const char         *text,
                                               double              size,
                                               gboolean            bold,
                                               double              max_width,
                                               int                 max_lines,
                                               PangoAlignment      alignment);

G_END_DECLS

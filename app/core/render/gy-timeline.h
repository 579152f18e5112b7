/* gy-timeline.h — when things happen: sub-project and pledge periods across a term
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same three steps as the charts: GyTimelineData holds plain values taken from a card or
 * from the pledge list; GyTimelineLayout measures the text and places every bar, line and label
 * for one width, and says how tall that makes it; gy_timeline_draw() paints a layout on any
 * cairo_t. The window scrolls the result, the report prints it, the tests read its geometry.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "gy-card.h"
#include "gy-chart.h"
#include "gy-pledge-summary.h"
#include "gy-term.h"

G_BEGIN_DECLS

typedef enum {
  GY_TIMELINE_CARD,  /* one pledge: its sub-projects, and the yearly items under the years */
  GY_TIMELINE_BODY,  /* all pledges, grouped by 분야 */
} GyTimelineKind;

typedef enum {
  GY_TIMELINE_LABEL_TITLE,
  GY_TIMELINE_LABEL_SUBTITLE,
  GY_TIMELINE_LABEL_DATE,     /* the term's first and last day, above their lines */
  GY_TIMELINE_LABEL_TODAY,    /* "Today", above its line */
  GY_TIMELINE_LABEL_COLUMN,   /* a fiscal column: "2018 하반기" */
  GY_TIMELINE_LABEL_HEADING,  /* a section, or a 분야 of the body timeline */
  GY_TIMELINE_LABEL_BAR,      /* "1. 제목" (card) or "1-3 공약명" (body), left of its row */
  GY_TIMELINE_LABEL_PERIOD,   /* "2019. 12. ~ 2020. 5.", on its bar or beside it */
  GY_TIMELINE_LABEL_NOTE,     /* "No period" in a row without one, or that row's 분야 */
  GY_TIMELINE_LABEL_ITEM,     /* a yearly item or sub-item under its column */
  GY_TIMELINE_LABEL_MORE,     /* "… and 3 more" when a column's items do not all fit */
  GY_TIMELINE_LABEL_EMPTY,    /* "No sub-projects", "No pledges" */
} GyTimelineLabelRole;

typedef enum {
  GY_TIMELINE_HIT_NONE,
  GY_TIMELINE_HIT_BAR,    /* a bar, or the note of a row without a period */
  GY_TIMELINE_HIT_LABEL,  /* a row's label in the left column */
  GY_TIMELINE_HIT_YEAR,   /* the yearly items under a column (sub_index is the column) */
} GyTimelineHit;

typedef struct {
  GyTimelineLabelRole  role;
  const char          *text;
  GyChartRect          rect;    /* the union of Pango's ink and logical extents */
  int                  column;  /* the fiscal column of an item, a column label; else -1 */
} GyTimelineLabel;

/* One row: a sub-project of the card or a pledge of the body. */
typedef struct {
  GyChartRect  rect;              /* the bar, clipped to the drawn months; without a period,
                                   * the note that says so */
  GyChartRect  row;               /* the whole row, its label included */
  gint64       pledge_id;
  int          sub_index;         /* position in the card's sub-projects; -1 for a pledge */
  const char  *label;             /* in full, as the tooltip shows it */
  const char  *period;            /* "2019. 12. ~ 2020. 5."; NULL without a period */
  gboolean     has_period;
  gboolean     continues_before;  /* starts before the drawn months, or has no start */
  gboolean     continues_after;   /* ends after them, or has no end */
  guint        group;             /* index of its heading (분야) */
} GyTimelineBar;

typedef struct _GyTimelineData GyTimelineData;
typedef struct _GyTimelineLayout GyTimelineLayout;

/* data */
#define GY_TYPE_TIMELINE_DATA (gy_timeline_data_get_type ())
GType           gy_timeline_data_get_type       (void) G_GNUC_CONST;

GyTimelineData *gy_timeline_data_new_for_card   (const GyCard       *card,
                                                 const GDate        *today);
GyTimelineData *gy_timeline_data_new_for_body   (GPtrArray          *summaries,
                                                 const GyTerm       *term,
                                                 const GDate        *today);
GyTimelineData *gy_timeline_data_ref            (GyTimelineData     *data);
void            gy_timeline_data_unref          (GyTimelineData     *data);

GyTimelineKind  gy_timeline_data_get_kind       (const GyTimelineData *data);
const char     *gy_timeline_data_get_title      (const GyTimelineData *data);
const GyTerm   *gy_timeline_data_get_term       (const GyTimelineData *data);
guint           gy_timeline_data_get_n_rows     (const GyTimelineData *data);
guint           gy_timeline_data_get_max_item_lines (const GyTimelineData *data);
void            gy_timeline_data_set_max_item_lines (GyTimelineData *data,
                                                 guint               max_lines);

/* layout */
GyTimelineLayout *
                gy_timeline_layout_new          (const GyTimelineData *data,
                                                 cairo_t            *cr,
                                                 double              width,
                                                 GyChartStyle        style);
GyTimelineLayout *
                gy_timeline_layout_new_for_context (const GyTimelineData *data,
                                                 PangoContext       *context,
                                                 double              width,
                                                 GyChartStyle        style);
void            gy_timeline_layout_free         (GyTimelineLayout   *layout);

const GyTimelineData *
                gy_timeline_layout_get_data     (const GyTimelineLayout *layout);
double          gy_timeline_layout_get_width    (const GyTimelineLayout *layout);
double          gy_timeline_layout_get_height   (const GyTimelineLayout *layout);
void            gy_timeline_layout_get_plot_area (const GyTimelineLayout *layout,
                                                 GyChartRect        *out_rect);
guint           gy_timeline_layout_get_n_columns (const GyTimelineLayout *layout);
void            gy_timeline_layout_get_column   (const GyTimelineLayout *layout,
                                                 guint               column,
                                                 GyChartRect        *out_rect);
double          gy_timeline_layout_x_for_month  (const GyTimelineLayout *layout,
                                                 int                 year,
                                                 int                 month);
void            gy_timeline_layout_get_term_lines (const GyTimelineLayout *layout,
                                                 double             *out_start_x,
                                                 double             *out_end_x);
gboolean        gy_timeline_layout_get_today    (const GyTimelineLayout *layout,
                                                 double             *out_x);
guint           gy_timeline_layout_get_n_bars   (const GyTimelineLayout *layout);
const GyTimelineBar *
                gy_timeline_layout_get_bar      (const GyTimelineLayout *layout,
                                                 guint               index);
guint           gy_timeline_layout_get_n_labels (const GyTimelineLayout *layout);
const GyTimelineLabel *
                gy_timeline_layout_get_label    (const GyTimelineLayout *layout,
                                                 guint               index);
int             gy_timeline_layout_bar_at       (const GyTimelineLayout *layout,
                                                 double              x,
                                                 double              y);
gboolean        gy_timeline_layout_hit          (const GyTimelineLayout *layout,
                                                 double              x,
                                                 double              y,
                                                 GyTimelineHit      *out_kind,
                                                 gint64             *out_pledge_id,
                                                 int                *out_sub_index);
char           *gy_timeline_layout_describe_bar (const GyTimelineLayout *layout,
                                                 const GyTimelineBar *bar);

/* drawing */
void            gy_timeline_draw                (cairo_t            *cr,
                                                 const GyTimelineLayout *layout);
gboolean        gy_timeline_export              (const GyTimelineData *data,
                                                 const char         *path,
                                                 int                 width,
                                                 GyChartStyle        style,
                                                 GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyTimelineData, gy_timeline_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyTimelineLayout, gy_timeline_layout_free)

G_END_DECLS

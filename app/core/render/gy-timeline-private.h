/* gy-timeline-private.h — the structures shared by gy-timeline*.c
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "gy-timeline.h"

G_BEGIN_DECLS

/* A row: a sub-project or a pledge. Months are 1–12; a year 0 means no bound on that side. */
typedef struct {
  gint64    pledge_id;
  int       sub_index;
  char     *label;
  guint     group;
  gboolean  has_period;
  int       start_year, start_month;
  int       end_year, end_month;
  char     *period;      /* as the card writes it; NULL without a period */
  char     *note;        /* shown in the plot of a row without a period */
} GyTimelineEntry;

/* One yearly item: level 0 for "-", 1 for "·" and the other markers under it. */
typedef struct {
  guint  level;
  char  *marker;  /* as shown: "•", "·", "①" */
  char  *text;
} GyTimelineItem;

struct _GyTimelineData {
  grefcount       ref_count;
  GyTimelineKind  kind;
  gint64          pledge_id;       /* the card's; 0 for the body */
  char           *title;
  char           *subtitle;
  GyTerm         *term;
  GDate           today;           /* invalid: no line for today */
  GPtrArray      *groups;          /* char *: the headings, in order */
  GPtrArray      *entries;         /* GyTimelineEntry, grouped in the order of groups */
  GPtrArray      *years;           /* per fiscal column: GPtrArray of GyTimelineItem */
  guint           max_item_lines;  /* per column; 0: no limit */
  char           *empty_text;      /* shown when there are no entries */
};

typedef struct {
  GyTimelineLabel  pub;   /* first, so that a pointer to it is a pointer to the whole */
  char            *text;
  PangoLayout     *layout;
  double           ox, oy;  /* where pango_cairo_show_layout starts */
} GyTimelineLabelPriv;

struct _GyTimelineLayout {
  GyTimelineData *data;
  GyChartStyle    style;
  double          width, height;
  double          font_px;
  PangoContext   *context;
  GyChartRect     plot;         /* the drawn months; from the column header to the bottom */
  double          header_top, header_bottom;
  double          lines_top;    /* where the term and today lines start, under their labels */
  double          lines_bottom; /* and where they end: the yearly items are not on the scale */
  int             first_year, first_month;
  guint           n_months;
  double          month_w;
  GArray         *columns;      /* GyChartRect per fiscal column, over the whole plot height */
  GArray         *item_areas;   /* GyChartRect per fiscal column: its yearly items */
  GArray         *bars;         /* GyTimelineBar */
  GArray         *paints;       /* GyPaint, one per bar */
  GArray         *bands;        /* GyChartRect: the shaded band behind each heading */
  GPtrArray      *labels;       /* GyTimelineLabelPriv */
  double          term_start_x, term_end_x;
  gboolean        has_today;
  double          today_x;
};

/* gy-timeline.c */
void  gy_timeline_label_free (gpointer label);

G_END_DECLS

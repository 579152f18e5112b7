/* gy-report-private.h — what the gy-report*.c files (and the tests) share
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pagination turns the report into a list of boxes per page (text, cell frames, rules,
 * charts, timelines), all in points; drawing only replays them. Text is measured with the
 * report's Pango context and drawn with the same one, so the lines break the same way on
 * the PDF surface and on a printer. ROW boxes are not drawn: they record where each table
 * row landed, for the tests.
 */
#pragma once

#include "gy-chart.h"
#include "gy-report.h"
#include "gy-summary.h"
#include "gy-timeline.h"

G_BEGIN_DECLS

/* Margins of Korean official documents, in points (1 mm = 72 / 25.4 pt). */
#define GY_REPORT_MM           (72.0 / 25.4)
#define GY_REPORT_MARGIN_TB    (15 * GY_REPORT_MM)
#define GY_REPORT_MARGIN_LR    (20 * GY_REPORT_MM)
/* The header line (body name) and the footer (page number) inside the margins. */
#define GY_REPORT_HEADER_HEIGHT 20.0
#define GY_REPORT_FOOTER_HEIGHT 20.0

/* Font sizes in points. */
#define GY_REPORT_SIZE_TEXT    9.5
#define GY_REPORT_SIZE_TABLE   8.0
#define GY_REPORT_SIZE_SMALL   7.5
#define GY_REPORT_SIZE_SECTION 11.0
#define GY_REPORT_SIZE_TITLE   15.0
#define GY_REPORT_CELL_PAD     3.0

typedef enum {
  GY_REPORT_BOX_TEXT,
  GY_REPORT_BOX_CELL,      /* a framed rectangle, shaded when SHADED */
  GY_REPORT_BOX_RULE,      /* a horizontal line along the top of the rect */
  GY_REPORT_BOX_CHART,     /* data: a GyChartData (owned by the report) */
  GY_REPORT_BOX_TIMELINE,  /* data: a GyCard; its timeline is laid out at the rect's width */
  GY_REPORT_BOX_ROW,       /* not drawn: one table row, for the tests */
} GyReportBoxKind;

typedef enum {
  GY_REPORT_BOLD      = 1 << 0,
  GY_REPORT_SHADED    = 1 << 1,
  GY_REPORT_HEADER    = 1 << 2,  /* ROW: a header row (repeated on continuation pages) */
  GY_REPORT_SPLIT     = 1 << 3,  /* ROW: part of a row taller than a page */
  GY_REPORT_ELLIPSIZE = 1 << 4,  /* TEXT: one line, cut with … */
  GY_REPORT_STRONG    = 1 << 5,  /* CELL: the 합계 row's heavier shade */
  GY_REPORT_KEEP_WORDS = 1 << 6, /* TEXT, cells: break lines only at spaces ("2018 하반기") */
} GyReportFlags;

typedef struct {
  GyReportBoxKind  kind;
  guint8           flags;
  guint8           align;      /* PangoAlignment */
  guint16          table;      /* ROW: the table's number in the report */
  float            size;       /* TEXT: font size */
  float            indent;     /* TEXT: Pango's indent (negative: hanging) */
  double           x, y, width, height;
  const char      *text;       /* TEXT: in the report's string chunk */
  gpointer         data;
} GyReportBox;

typedef struct {
  GArray   *boxes;      /* GyReportBox */
  gboolean  is_cover;   /* no header line, no page number */
} GyReportPage;

/* One table cell of a row; COL and SPAN count columns, ROWSPAN header rows. */
typedef struct {
  guint           col, span, rowspan;
  const char     *text;
  guint8          flags;      /* GY_REPORT_BOLD, GY_REPORT_SHADED, GY_REPORT_STRONG */
  PangoAlignment  align;
} GyReportCell;

typedef struct {
  guint          id;
  guint          n_cols;
  double        *x;             /* n_cols + 1 edges, relative to the left margin */
  double         size;
  GArray        *header;        /* GyReportCell; with row numbers in HEADER_ROW */
  GArray        *header_row;    /* guint: the row of each header cell */
  guint          n_header_rows;
  double        *header_heights;
} GyReportTable;

/* Where the next box goes. */
typedef struct {
  GyReport     *report;
  GyReportPage *page;
  double        y;
  double        left, right, top, bottom;   /* the body area */
} GyReportFlow;

struct _GyReport {
  GySummary     *summary;      /* what the report shows: its pledges, groups and sums */
  GPtrArray     *borrowed_cards; /* the caller's cards the summary points into, or NULL */
  const GyTerm  *term;         /* the summary's; NULL when nothing was selected */

  PangoContext  *context;
  double         page_width, page_height;
  GPtrArray     *pages;        /* GyReportPage */
  GStringChunk  *strings;
  GPtrArray     *charts;       /* GyChartData, owned */
  guint          n_tables;
  gboolean       paginated;
};

/* gy-report-layout.c: the flow of boxes over pages */
void           gy_report_clear_pages      (GyReport       *report);
GyReportPage  *gy_report_add_page         (GyReport       *report,
                                           gboolean        is_cover);
GyReportBox   *gy_report_page_add         (GyReportPage   *page,
                                           GyReportBoxKind kind,
                                           double          x,
                                           double          y,
                                           double          width,
                                           double          height);
const char    *gy_report_intern           (GyReport       *report,
                                           const char     *text);
PangoLayout   *gy_report_text_layout      (PangoContext   *context,
                                           const char     *text,
                                           double          size,
                                           gboolean        bold,
                                           double          width,
                                           double          indent,
                                           PangoAlignment  align);
void           gy_report_keep_words       (PangoLayout    *layout);
void           gy_report_flow_init        (GyReportFlow   *flow,
                                           GyReport       *report);
void           gy_report_flow_new_page    (GyReportFlow   *flow);
double         gy_report_flow_room        (GyReportFlow   *flow);
void           gy_report_flow_need        (GyReportFlow   *flow,
                                           double          height);
void           gy_report_flow_space       (GyReportFlow   *flow,
                                           double          height);
void           gy_report_flow_paragraph   (GyReportFlow   *flow,
                                           const char     *text,
                                           double          size,
                                           gboolean        bold,
                                           double          indent_left,
                                           double          hanging,
                                           PangoAlignment  align);
void           gy_report_flow_section     (GyReportFlow   *flow,
                                           const char     *title);
void           gy_report_flow_note        (GyReportFlow   *flow,
                                           const char     *left,
                                           const char     *right);

GyReportTable *gy_report_table_new        (GyReportFlow   *flow,
                                           const double   *widths,
                                           guint           n_cols,
                                           double          size);
void           gy_report_table_header     (GyReportTable  *table,
                                           guint           row,
                                           guint           col,
                                           guint           span,
                                           guint           rowspan,
                                           const char     *text);
void           gy_report_table_begin      (GyReportFlow   *flow,
                                           GyReportTable  *table);
void           gy_report_table_row        (GyReportFlow   *flow,
                                           GyReportTable  *table,
                                           const GyReportCell *cells,
                                           guint           n_cells);
void           gy_report_table_free       (GyReportTable  *table);

/* gy-report-money.c */
void           gy_report_money_cells      (GyReport       *report,
                                           GyReportCell   *cells,
                                           guint           first,
                                           const GySum    *sums,
                                           guint8          flags);
void           gy_report_money_header     (GyReport       *report,
                                           GyReportTable  *table,
                                           guint           first);
gboolean       gy_report_pledge_has_source (const GySummaryPledge *pledge,
                                           const char     *source);

/* gy-report-summary.c */
void           gy_report_add_status       (GyReportFlow   *flow);
void           gy_report_add_investment   (GyReportFlow   *flow);

/* gy-report-card.c */
void           gy_report_add_card         (GyReportFlow   *flow,
                                           const GySummaryPledge *pledge);
GyTimelineData *gy_report_timeline_data   (const GyCard   *card,
                                           const GDate    *as_of);

/* gy-report.c */
char          *gy_report_dup_title        (GyReport       *report,
                                           gboolean        full);

/* gy-report-draw.c */
void           gy_report_draw_boxes       (GyReport       *report,
                                           cairo_t        *cr,
                                           const GyReportPage *page);
void           gy_report_draw_frame       (GyReport       *report,
                                           cairo_t        *cr,
                                           guint           page);

/* for the tests */
guint          gy_report_get_n_boxes      (GyReport       *report,
                                           guint           page);
const GyReportBox *
               gy_report_get_box          (GyReport       *report,
                                           guint           page,
                                           guint           index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyReportTable, gy_report_table_free)

G_END_DECLS

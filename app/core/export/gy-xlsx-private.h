/* gy-xlsx-private.h — what the gy-xlsx*.c files share
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every libxlsxwriter call goes through the helpers below. They keep the first error
 * (later calls become no-ops, like a cairo context), so the sheet writers read as layout
 * and the caller checks once per sheet. With a trace file they also record each call, so
 * the benchmark can replay exactly the same workbook without our code in between.
 */
#pragma once

#include <stdio.h>
#include <xlsxwriter.h>

#include "gy-summary.h"
#include "gy-xlsx.h"

G_BEGIN_DECLS

#define GY_XLSX_FONT "맑은 고딕"

/* Row heights in points: one line of 10 pt 맑은 고딕, and the padding of a cell. */
#define GY_XLSX_LINE_HEIGHT 15.0
#define GY_XLSX_ROW_PADDING 3.0
/* Excel refuses rows taller than 409 pt; longer text is split over several rows. */
#define GY_XLSX_MAX_LINES 26

/* The fixed formats of text cells. */
typedef enum {
  GY_XF_TITLE,          /* the sheet's title */
  GY_XF_NOTE,           /* "2026. 11. 25. 기준" above a table, right-aligned */
  GY_XF_NOTE_LEFT,
  GY_XF_SECTION,        /* "□ 사업개요" */
  GY_XF_PARA,           /* a wrapped line of text under a section */
  GY_XF_PARA_BOLD,      /* a numbered sub-project's title */
  GY_XF_HEAD,           /* table header: bold, shaded, centred */
  GY_XF_CELL,           /* table text, left */
  GY_XF_CELL_CENTER,
  GY_XF_CELL_TOP,       /* long table text, from the top */
  GY_XF_SUBTOTAL_LABEL, /* 계, 소계 */
  GY_XF_TOTAL_LABEL,    /* 합계 */
  GY_XF_PERCENT,        /* 진도율 in the card's header: 45% */
  GY_XF_PERCENT_1,      /* 45.5% */
  GY_XF_N_TEXT
} GyXlsxTextFormat;

/* How a row of numbers looks: an input row, a 계/소계 row, the 합계 row. */
typedef enum {
  GY_XLSX_ROW_PLAIN,
  GY_XLSX_ROW_SUBTOTAL,
  GY_XLSX_ROW_TOTAL,
  GY_XLSX_N_ROWS
} GyXlsxRowKind;

typedef struct {
  lxw_workbook  *workbook;
  const char    *path;        /* OUT as given, for messages */
  lxw_error      status;      /* the first failure; every call after it is skipped */
  char          *failed_at;   /* "1-3!B12" */
  FILE          *trace;       /* the benchmark's record of every call, or NULL */
  GHashTable    *format_ids;  /* lxw_format * → its number in the trace */

  lxw_format    *text[GY_XF_N_TEXT];
  lxw_format    *numbers[GY_XLSX_N_ROWS][4][2];  /* [kind][decimals][blank zero] */

  const char    *sheet;       /* the sheet being written, for messages */
  const GySummary *summary;   /* what every sheet shows: the figures are all its own */
  const char    *as_of;       /* "2026. 11. 25. 기준" */
  char          *footer;      /* body, page, date */
} GyXlsxWriter;

typedef struct {
  gboolean landscape;
  int      repeat_first;   /* rows repeated on every page, or -1 */
  int      repeat_last;
  int      freeze_row;     /* rows above it stay in view, or 0 */
} GyXlsxPage;

/* gy-xlsx-cells.c: the formats and the helpers */
void           gy_xlsx_create_formats (GyXlsxWriter     *w);
void           gy_xlsx_set_properties (GyXlsxWriter     *w,
                                       const char       *title,
                                       const char       *body);
lxw_worksheet *gy_xlsx_add_sheet      (GyXlsxWriter     *w,
                                       const char       *name);
void           gy_xlsx_page_setup     (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       const GyXlsxPage *page);
void           gy_xlsx_column         (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_col_t         first,
                                       lxw_col_t         last,
                                       double            width);
void           gy_xlsx_row_height     (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       double            height);
void           gy_xlsx_text           (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       const char       *text,
                                       GyXlsxTextFormat  format);
void           gy_xlsx_merge          (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         first_row,
                                       lxw_col_t         first_col,
                                       lxw_row_t         last_row,
                                       lxw_col_t         last_col,
                                       const char       *text,
                                       GyXlsxTextFormat  format);
void           gy_xlsx_money          (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       gint64            amount,
                                       GyXlsxRowKind     kind);
void           gy_xlsx_number         (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       double            value,
                                       GyXlsxTextFormat  format);
void           gy_xlsx_count          (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       double            value,
                                       guint             decimals,
                                       GyXlsxRowKind     kind);
void           gy_xlsx_blank          (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       GyXlsxRowKind     kind);
void           gy_xlsx_formula_money  (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       const char       *formula,
                                       GySum             cached,
                                       GyXlsxRowKind     kind);
void           gy_xlsx_formula_number (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       const char       *formula,
                                       double            cached,
                                       guint             decimals,
                                       GyXlsxRowKind     kind);
void           gy_xlsx_formula_blank  (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       const char       *formula,
                                       GyXlsxRowKind     kind);

/* Text measured in column-width units (digits of the Normal font): a Hangul syllable at
 * 10 pt is nearly two. */
guint          gy_xlsx_text_width     (const char       *text);
guint          gy_xlsx_count_lines    (const char       *text,
                                       double            width);
double         gy_xlsx_lines_height   (guint             n_lines);
guint          gy_xlsx_money_width    (gint64            amount);
char          *gy_xlsx_formula_quote  (const char       *text);
char          *gy_xlsx_money_header   (const GyTerm     *term,
                                       guint             column);
gint64         gy_xlsx_sum_amount     (GySum             sum);
void           gy_xlsx_row_total      (GyXlsxWriter     *w,
                                       lxw_worksheet    *ws,
                                       lxw_row_t         row,
                                       lxw_col_t         col,
                                       const char       *formula,
                                       const GySum      *sums,
                                       guint             n_mc);
char          *gy_xlsx_title          (GyXlsxWriter     *w,
                                       const char       *what);

/* gy-xlsx-card.c */
void           gy_xlsx_write_card     (GyXlsxWriter     *w,
                                       const GySummaryPledge *pledge,
                                       const char       *sheet_name);

/* gy-xlsx-summary.c: both render W's summary */
void           gy_xlsx_write_status   (GyXlsxWriter     *w);
void           gy_xlsx_write_investment (GyXlsxWriter   *w);

/* for the benchmark: the same as gy_xlsx_write_cards(), recording every call in TRACE */
gboolean       gy_xlsx_write_cards_traced (GPtrArray          *cards,
                                       const char         *body_name,
                                       const char * const *sources,
                                       const char * const *sectors,
                                       const char * const *statuses,
                                       const char         *path,
                                       const GySelection *options,
                                       FILE               *trace,
                                       GError            **error);

G_END_DECLS

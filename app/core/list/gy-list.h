/* gy-list.h — pledge lists as officers keep them (xlsx, CSV, TSV), read and brought into a body
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three steps, each testable alone, so that the window can show and correct the middle one:
 *   1. gy_list_table_read(): the file's cells as text, row by row (libcsv; libzip + libxml2);
 *   2. gy_list_mapping_guess(): which row is the header and which column holds 분야, 번호 …;
 *   3. gy_list_import(): each row matched by 번호 within the term, created or updated, or
 *      refused with its line; with GY_LIST_IMPORT_DRY_RUN nothing is written (the preview).
 */
#pragma once

#include "gy-store.h"

G_BEGIN_DECLS

#define GY_LIST_ERROR (gy_list_error_quark ())

typedef enum {
  GY_LIST_ERROR_READ,       /* the file cannot be opened or is not xlsx/CSV/TSV; names the path */
  GY_LIST_ERROR_ENCODING,   /* CSV/TSV text valid in no encoding gy-text.h reads */
  GY_LIST_ERROR_NO_HEADER,  /* no row names a 공약명 (title) column */
  GY_LIST_ERROR_NO_SHEET,   /* the sheet asked for is not in the workbook */
} GyListError;

/* Every row of the chosen sheet or of the CSV/TSV file, as text; merged cells (xlsx) carry
 * their value down to every row they span. */
typedef struct {
  char      *path;
  char      *format;      /* "xlsx", "csv" or "tsv" */
  char      *encoding;    /* CSV/TSV: gy_text_encoding_name(); xlsx: NULL */
  char      *sheet;       /* xlsx: the sheet read; else NULL */
  GPtrArray *rows;        /* GStrv, one per row, trailing empty cells dropped */
  GArray    *lines;       /* guint: each row's line (CSV/TSV) or row number (xlsx), from 1 */
} GyListTable;

typedef enum {
  GY_LIST_FIELD_SECTOR,      /* 분야 */
  GY_LIST_FIELD_NUMBER,      /* 번호, 관리번호, 공약번호 */
  GY_LIST_FIELD_TITLE,       /* 공약명, 공약사항 */
  GY_LIST_FIELD_DEPARTMENT,  /* 주관부서, 담당부서 */
  GY_LIST_FIELD_STATUS,      /* 이행상태, 추진상태 */
  GY_LIST_FIELD_PROGRESS,    /* 진도율, 추진율, 이행률 */
  GY_LIST_FIELD_TOTAL_COST,  /* 총사업비 (백만원) */
  GY_LIST_FIELD_PERIOD,      /* 사업기간 */
  GY_LIST_N_FIELDS
} GyListField;

typedef struct {
  guint header_row;                 /* index into table->rows */
  int   column[GY_LIST_N_FIELDS];   /* the column of each field, -1 when the list has none */
} GyListMapping;

typedef enum {
  GY_LIST_ROW_CREATED,
  GY_LIST_ROW_UPDATED,
  GY_LIST_ROW_UNCHANGED,
  GY_LIST_ROW_REFUSED,
} GyListOutcome;

typedef struct {
  guint          line;      /* as in GyListTable.lines */
  GyListOutcome  outcome;
  char          *number;
  char          *title;
  char          *message;   /* REFUSED: why ("진도율 “7O” is not a percentage"); else what changed */
  gint64         pledge_id; /* the pledge created, updated or left unchanged; 0 when refused
                             * and for a row a dry run would create */
} GyListRowResult;

typedef enum {
  GY_LIST_IMPORT_DEFAULT    = 0,
  GY_LIST_IMPORT_DRY_RUN    = 1 << 0,  /* say what would happen, write nothing */
  GY_LIST_IMPORT_ADD_VALUES = 1 << 1,  /* add unknown 분야 and 이행상태 to the body's lists */
} GyListImportFlags;

typedef struct {
  GPtrArray *rows;          /* GyListRowResult, one per data row */
  GPtrArray *missing;       /* char *: "1-3 공약명" of the term's pledges the list lacks */
  GStrv      new_sectors;   /* values the body's lists lack (added with ADD_VALUES) */
  GStrv      new_statuses;
  guint      n_created, n_updated, n_unchanged, n_refused;
} GyListReport;

GQuark        gy_list_error_quark     (void);

GStrv         gy_list_table_sheets    (const char          *path,
                                       GError             **error);
GyListTable  *gy_list_table_read      (const char          *path,
                                       const char          *sheet,
                                       GError             **error);
void          gy_list_table_free      (GyListTable         *table);

const char   *gy_list_field_label     (GyListField          field);
gboolean      gy_list_mapping_guess   (const GyListTable   *table,
                                       GyListMapping       *mapping,
                                       GError             **error);

GyListReport *gy_list_import          (GyStore             *store,
                                       const GyListTable   *table,
                                       const GyListMapping *mapping,
                                       const char          *term,
                                       GyListImportFlags    flags,
                                       GError             **error);
void          gy_list_report_free     (GyListReport        *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyListTable, gy_list_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyListReport, gy_list_report_free)

G_END_DECLS

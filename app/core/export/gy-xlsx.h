/* gy-xlsx.h — the province's workbook: 총괄, 투자계획 and one card sheet per pledge
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A renderer of the summary (gy-summary.h) of one term's pledges: every figure, the
 * grouping and the fiscal columns are the summary's. Written with libxlsxwriter. Totals
 * are formulas with their value cached, inputs are numbers, text is always text. The file
 * is written beside the target and renamed over it only when complete, so a failure never
 * leaves a half-written workbook behind.
 */
#pragma once

#include <gio/gio.h>

#include "gy-body-cards.h"
#include "gy-progress.h"

G_BEGIN_DECLS

#define GY_XLSX_ERROR (gy_xlsx_error_quark ())

typedef enum {
  GY_XLSX_ERROR_WRITE,        /* libxlsxwriter or the file system refused; the message names the path */
  GY_XLSX_ERROR_SHEET_NAME,   /* no sheet name Excel accepts could be derived */
  GY_XLSX_ERROR_NO_PLEDGES,   /* the selection is empty */
} GyXlsxError;

GQuark   gy_xlsx_error_quark  (void);


/* The pledges of STORE that OPTIONS select (NULL: all), of one term: OPTIONS->term, else
 * the term that holds the 기준일, else the latest (gy_body_cards_load()). Errors of the
 * store and of the selection come back as they are; the rest are GY_XLSX_ERROR. */
gboolean gy_xlsx_export       (GyStore            *store,
                               const char         *path,
                               const GySelection  *options,
                               GyProgressFunc      progress,
                               gpointer            user_data,
                               GError            **error);
/* Stops at CANCELLABLE with G_IO_ERROR_CANCELLED, leaving no file (the target is untouched). */
gboolean gy_xlsx_export_cancellable (GyStore            *store,
                                     const char         *path,
                                     const GySelection  *options,
                                     GyProgressFunc      progress,
                                     gpointer            user_data,
                                     GCancellable       *cancellable,
                                     GError            **error);

/* The same without a store (gy_body_cards_new()): CARDS holds GyCard, borrowed. SOURCES,
 * SECTORS and STATUSES are the body's ordered lists (NULL = empty); values the cards use
 * that are missing from them are appended in order of first use. */
gboolean gy_xlsx_write_cards  (GPtrArray          *cards,
                               const char         *body_name,
                               const char * const *sources,
                               const char * const *sectors,
                               const char * const *statuses,
                               const char         *path,
                               const GySelection  *options,
                               GyProgressFunc      progress,
                               gpointer            user_data,
                               GError            **error);

G_END_DECLS

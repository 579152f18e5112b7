/* gy-xlsx.h — the province's workbook: 총괄, 투자계획 and one card sheet per pledge
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written with libxlsxwriter. Totals are formulas with their value cached, inputs are
 * numbers, text is always text. The file is written beside the target and renamed over
 * it only when complete, so a failure never leaves a half-written workbook behind.
 */
#pragma once

#include <glib.h>

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


/* Every pledge of STORE that OPTIONS select (NULL: all), with the body's lists. Errors of
 * the store come back as they are; the rest are GY_XLSX_ERROR. */
gboolean gy_xlsx_export       (GyStore            *store,
                               const char         *path,
                               const GySelection *options,
                               GyProgressFunc      progress,
                               gpointer            user_data,
                               GError            **error);

/* The same without a store: CARDS holds GyCard, in the order the sheets should have.
 * SOURCES, SECTORS and STATUSES are the body's ordered lists (NULL = empty); values the
 * cards use that are missing from them are appended in order of first use. */
gboolean gy_xlsx_write_cards  (GPtrArray          *cards,
                               const char         *body_name,
                               const char * const *sources,
                               const char * const *sectors,
                               const char * const *statuses,
                               const char         *path,
                               const GySelection *options,
                               GyProgressFunc      progress,
                               gpointer            user_data,
                               GError            **error);

G_END_DECLS

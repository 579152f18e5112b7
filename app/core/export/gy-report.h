/* gy-report.h — the annual report (공약 추진상황 보고): paginated, drawn on any cairo_t
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same pages go to the print dialog (GyPrintOperation), to its preview and to a PDF
 * file: gy_report_paginate() measures everything once for a page size, then
 * gy_report_draw_page() paints one page in points, origin at the page's top-left corner.
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "gy-card.h"
#include "gy-store.h"
#include "gy-body-cards.h"
#include "gy-progress.h"

G_BEGIN_DECLS

/* A4 portrait in points. */
#define GY_REPORT_A4_WIDTH  595.28
#define GY_REPORT_A4_HEIGHT 841.89

#define GY_REPORT_ERROR (gy_report_error_quark ())

typedef enum {
  GY_REPORT_ERROR_NO_PLEDGES,  /* the selection is empty */
  GY_REPORT_ERROR_WRITE,       /* cairo or the file system refused; the message names the path */
} GyReportError;

typedef struct _GyReport GyReport;

GQuark    gy_report_error_quark     (void);

/* The report of one term's selected pledges (gy-summary.h); GY_REPORT_ERROR_NO_PLEDGES
 * when the store has none, GY_SELECTION_ERROR_NO_TERM for a term the file lacks. */
GyReport *gy_report_new             (GyStore            *store,
                                     const GySelection  *selection,
                                     GError            **error);
GyReport *gy_report_new_for_cards   (GPtrArray          *cards,
                                     const char         *body_name,
                                     const char * const *sources,
                                     const char * const *sectors,
                                     const char * const *statuses,
                                     const GySelection  *selection);
void      gy_report_free            (GyReport           *report);

guint     gy_report_get_n_pledges   (GyReport           *report);
guint     gy_report_paginate        (GyReport           *report,
                                     PangoContext       *context,
                                     double              page_width,
                                     double              page_height);
guint     gy_report_get_n_pages     (GyReport           *report);
void      gy_report_draw_page       (GyReport           *report,
                                     cairo_t            *cr,
                                     guint               page);
gboolean  gy_report_export_pdf      (GyReport           *report,
                                     const char         *path,
                                     GyProgressFunc      progress,
                                     gpointer            user_data,
                                     GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyReport, gy_report_free)

G_END_DECLS

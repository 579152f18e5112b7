/* gy-print-preview.h — the print dialog's preview, drawn in our own window
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GY_TYPE_PRINT_PREVIEW (gy_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (GyPrintPreview, gy_print_preview, GY, PRINT_PREVIEW, GtkWindow)

void   gy_print_preview_attach      (GtkPrintOperation *operation);
int    gy_print_preview_get_page    (GyPrintPreview    *self);
int    gy_print_preview_get_n_pages (GyPrintPreview    *self);
double gy_print_preview_get_zoom    (GyPrintPreview    *self);

G_END_DECLS

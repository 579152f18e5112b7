/* gy-print-operation.h — the annual report through the print dialog, with its preview
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-report.h"
#include "gy-store.h"

G_BEGIN_DECLS

#define GY_TYPE_PRINT_OPERATION (gy_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (GyPrintOperation, gy_print_operation, GY, PRINT_OPERATION,
                      GtkPrintOperation)

GyPrintOperation  *gy_print_operation_new           (GyStore           *store,
                                                     const GySelection *selection);
const GySelection *gy_print_operation_get_selection (GyPrintOperation  *self);
const GError      *gy_print_operation_get_error     (GyPrintOperation  *self);

G_END_DECLS

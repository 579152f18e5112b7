/* gy-drawing.h — a drawing written to a PNG, SVG or PDF file
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GY_DRAWING_PNG,  /* width × height pixels */
  GY_DRAWING_SVG,  /* in pixels too */
  GY_DRAWING_PDF,  /* in points */
} GyDrawingFormat;

typedef void (*GyDrawingFunc) (cairo_t *cr,
                               gpointer user_data);

gboolean gy_drawing_format_for_path (const char       *path,
                                     GyDrawingFormat  *out_format,
                                     GError          **error);
gboolean gy_drawing_write           (const char       *path,
                                     GyDrawingFormat   format,
                                     double            width,
                                     double            height,
                                     const char       *title,
                                     GyDrawingFunc     draw,
                                     gpointer          user_data,
                                     cairo_status_t   *out_status,
                                     GError          **error);

G_END_DECLS

/* gy-palette.h — chart colours and the hatch patterns of the print style
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A funding source keeps one paint everywhere: its index in the body's source list picks
 * an Okabe–Ito colour and a hatch; a source the body does not list (지방비 …) gets a stable
 * hash into a second set, so it looks the same in every chart and every run.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  /* In the order sources get them: the first five are the easiest to tell apart. */
  GY_HATCH_DIAGONAL_UP,    /* //// */
  GY_HATCH_DOTS,
  GY_HATCH_HORIZONTAL,
  GY_HATCH_CROSS,          /* XXXX */
  GY_HATCH_VERTICAL,
  GY_HATCH_GRID,
  GY_HATCH_DIAGONAL_DOWN,  /* \\\\ */
  GY_HATCH_NONE,           /* the light tint alone */
} GyHatch;

#define GY_N_HATCHES (GY_HATCH_NONE + 1)

typedef struct {
  double  red, green, blue;  /* 0–1 */
  GyHatch hatch;             /* used by the print style only */
} GyPaint;

void             gy_palette_paint_for_index   (guint               index,
                                               GyPaint            *out_paint);
void             gy_palette_paint_for_source  (const char         *source,
                                               const char * const *source_order,
                                               GyPaint            *out_paint);
void             gy_palette_paint_neutral     (GyPaint            *out_paint);
guint            gy_palette_n_colors          (void);

void             gy_paint_fill_preserve       (const GyPaint      *paint,
                                               cairo_t            *cr,
                                               gboolean            print,
                                               double              hatch_size);

G_END_DECLS

/* gy-palette.c — chart colours and the hatch patterns of the print style
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-palette"

#include "gy-palette.h"

#include <math.h>

/* Okabe & Ito (2008), "Color Universal Design": told apart with every common colour-vision
 * deficiency. Black is replaced by a mid grey so that black text stays readable on it. */
static const guint32 okabe_ito[] = {
  0x0072b2,  /* blue */
  0xe69f00,  /* orange */
  0x009e73,  /* bluish green */
  0xcc79a7,  /* reddish purple */
  0x56b4e9,  /* sky blue */
  0xd55e00,  /* vermillion */
  0xf0e442,  /* yellow */
  0x999999,  /* grey */
};

/* Sources the body does not list: Paul Tol's "muted" colours, none of which repeats above. */
static const guint32 extra[] = {
  0x332288,  /* indigo */
  0x882255,  /* wine */
  0x44aa99,  /* teal */
  0x999933,  /* olive */
  0xaa4499,  /* purple */
  0xddcc77,  /* sand */
  0x661100,  /* brown */
};

static const guint32 neutral = 0x5b7da8;

static void
set_rgb (GyPaint *paint,
         guint32  rgb,
         GyHatch  hatch)
{
  paint->red = ((rgb >> 16) & 0xff) / 255.0;
  paint->green = ((rgb >> 8) & 0xff) / 255.0;
  paint->blue = (rgb & 0xff) / 255.0;
  paint->hatch = hatch;
}

/* FNV-1a: unlike g_str_hash, its value is fixed by definition, so colours never move. */
static guint32
stable_hash (const char *text)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= 16777619u;
    }
  return hash;
}

guint
gy_palette_n_colors (void)
{
  return G_N_ELEMENTS (okabe_ito);
}

void
gy_palette_paint_for_index (guint    index,
                            GyPaint *out_paint)
{
  g_return_if_fail (out_paint != NULL);

  set_rgb (out_paint, okabe_ito[index % G_N_ELEMENTS (okabe_ito)],
           (GyHatch) (index % GY_N_HATCHES));
}

void
gy_palette_paint_for_source (const char         *source,
                             const char * const *source_order,
                             GyPaint            *out_paint)
{
  guint32 hash;

  g_return_if_fail (source != NULL);
  g_return_if_fail (out_paint != NULL);

  for (guint i = 0; source_order != NULL && source_order[i] != NULL; i++)
    if (g_str_equal (source_order[i], source))
      {
        gy_palette_paint_for_index (i, out_paint);
        return;
      }

  hash = stable_hash (source);
  set_rgb (out_paint, extra[hash % G_N_ELEMENTS (extra)],
           (GyHatch) ((hash / G_N_ELEMENTS (extra)) % GY_N_HATCHES));
}

void
gy_palette_paint_neutral (GyPaint *out_paint)
{
  g_return_if_fail (out_paint != NULL);

  set_rgb (out_paint, neutral, GY_HATCH_NONE);
}

/* Lines x + y = c ("/") or x − y = c ("\\") every size along c, across the box. */
static void
add_diagonals (cairo_t  *cr,
               double    size,
               gboolean  up,
               double    x0,
               double    y0,
               double    x1,
               double    y1)
{
  if (up)
    for (double c = floor ((x0 + y0) / size) * size; c <= x1 + y1; c += size)
      {
        cairo_move_to (cr, c - y1, y1);
        cairo_line_to (cr, c - y0, y0);
      }
  else
    for (double c = floor ((x0 - y1) / size) * size; c <= x1 - y0; c += size)
      {
        cairo_move_to (cr, c + y0, y0);
        cairo_line_to (cr, c + y1, y1);
      }
}

static void
add_lines (cairo_t  *cr,
           double    size,
           gboolean  horizontal,
           double    x0,
           double    y0,
           double    x1,
           double    y1)
{
  if (horizontal)
    for (double y = floor (y0 / size) * size + size / 2; y <= y1; y += size)
      {
        cairo_move_to (cr, x0, y);
        cairo_line_to (cr, x1, y);
      }
  else
    for (double x = floor (x0 / size) * size + size / 2; x <= x1; x += size)
      {
        cairo_move_to (cr, x, y0);
        cairo_line_to (cr, x, y1);
      }
}

/* Strokes the hatch over the area of the current path, and keeps the path. The lines sit on
 * one grid for the whole canvas, so a source's segments line up from bar to bar. Drawn as
 * plain strokes rather than a repeating pattern: every backend (PDF, SVG, printers) keeps
 * them as vectors, and cairo 1.16 leaks recording surfaces used as a source. */
static void
stroke_hatch (cairo_t *cr,
              GyHatch  hatch,
              double   size)
{
  cairo_path_t *path = cairo_copy_path (cr);
  double x0, y0, x1, y1;

  cairo_save (cr);
  cairo_fill_extents (cr, &x0, &y0, &x1, &y1);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, MAX (size * 0.14, 0.6));

  switch (hatch)
    {
    case GY_HATCH_DIAGONAL_UP:
    case GY_HATCH_DIAGONAL_DOWN:
      add_diagonals (cr, size, hatch == GY_HATCH_DIAGONAL_UP, x0, y0, x1, y1);
      break;
    case GY_HATCH_CROSS:
      add_diagonals (cr, size, TRUE, x0, y0, x1, y1);
      add_diagonals (cr, size, FALSE, x0, y0, x1, y1);
      break;
    case GY_HATCH_HORIZONTAL:
    case GY_HATCH_VERTICAL:
      add_lines (cr, size, hatch == GY_HATCH_HORIZONTAL, x0, y0, x1, y1);
      break;
    case GY_HATCH_GRID:
      add_lines (cr, size, TRUE, x0, y0, x1, y1);
      add_lines (cr, size, FALSE, x0, y0, x1, y1);
      break;
    case GY_HATCH_DOTS:
      for (double y = floor (y0 / size) * size + size / 2; y <= y1 + size; y += size)
        for (double x = floor (x0 / size) * size + size / 2; x <= x1 + size; x += size)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, size * 0.2, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case GY_HATCH_NONE:
    default:
      break;
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_new_path (cr);
  cairo_append_path (cr, path);
  cairo_path_destroy (path);
}

/* Fills the current path and keeps it. The print style lays a light tint of the colour
 * under the hatch, so both colour and black-and-white printers tell the sources apart. */
void
gy_paint_fill_preserve (const GyPaint *paint,
                        cairo_t       *cr,
                        gboolean       print,
                        double         hatch_size)
{
  const double tint = 0.6;

  g_return_if_fail (paint != NULL);
  g_return_if_fail (cr != NULL);

  if (!print)
    {
      cairo_set_source_rgb (cr, paint->red, paint->green, paint->blue);
      cairo_fill_preserve (cr);
      return;
    }

  cairo_set_source_rgb (cr,
                        paint->red + (1 - paint->red) * tint,
                        paint->green + (1 - paint->green) * tint,
                        paint->blue + (1 - paint->blue) * tint);
  cairo_fill_preserve (cr);
  if (paint->hatch != GY_HATCH_NONE && hatch_size > 0)
    stroke_hatch (cr, paint->hatch, hatch_size);
}

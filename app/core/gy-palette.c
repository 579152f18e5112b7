/* gy-palette.c — chart colours and the hatch patterns of the print style
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-palette"

#include "gy-palette.h"

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

/* Relative luminance (sRGB weights, no gamma): enough to pick dark or light text. */
double
gy_paint_luminance (const GyPaint *paint)
{
  return 0.2126 * paint->red + 0.7152 * paint->green + 0.0722 * paint->blue;
}

static void
draw_diagonal (cairo_t *cr,
               double   size,
               gboolean up)
{
  /* Three parallel strokes so that the corners of neighbouring tiles join without gaps. */
  for (int k = -1; k <= 1; k++)
    {
      double offset = k * size;

      if (up)
        {
          cairo_move_to (cr, offset - 1, size + 1);
          cairo_line_to (cr, offset + size + 1, -1);
        }
      else
        {
          cairo_move_to (cr, offset - 1, -1);
          cairo_line_to (cr, offset + size + 1, size + 1);
        }
    }
}

/* A repeating pattern of dark strokes over transparency, drawn into a recording surface so
 * that PDF and SVG keep it as vectors. Returns NULL for GY_HATCH_NONE. */
cairo_pattern_t *
gy_palette_create_hatch (GyHatch hatch,
                         double  size)
{
  cairo_rectangle_t extents = { 0, 0, size, size };
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_t *cr;

  g_return_val_if_fail (size > 0, NULL);

  if (hatch == GY_HATCH_NONE)
    return NULL;

  tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (tile);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, MAX (size * 0.14, 0.6));

  switch (hatch)
    {
    case GY_HATCH_DIAGONAL_UP:
      draw_diagonal (cr, size, TRUE);
      break;
    case GY_HATCH_DIAGONAL_DOWN:
      draw_diagonal (cr, size, FALSE);
      break;
    case GY_HATCH_CROSS:
      draw_diagonal (cr, size, TRUE);
      draw_diagonal (cr, size, FALSE);
      break;
    case GY_HATCH_HORIZONTAL:
      cairo_move_to (cr, 0, size / 2);
      cairo_line_to (cr, size, size / 2);
      break;
    case GY_HATCH_VERTICAL:
      cairo_move_to (cr, size / 2, 0);
      cairo_line_to (cr, size / 2, size);
      break;
    case GY_HATCH_GRID:
      cairo_move_to (cr, 0, size / 2);
      cairo_line_to (cr, size, size / 2);
      cairo_move_to (cr, size / 2, 0);
      cairo_line_to (cr, size / 2, size);
      break;
    case GY_HATCH_DOTS:
      cairo_arc (cr, size / 2, size / 2, size * 0.2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case GY_HATCH_NONE:
    default:
      g_assert_not_reached ();
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
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
  cairo_pattern_t *hatch;

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

  hatch = gy_palette_create_hatch (paint->hatch, hatch_size);
  if (hatch != NULL)
    {
      cairo_set_source (cr, hatch);
      cairo_fill_preserve (cr);
      cairo_pattern_destroy (hatch);
    }
}

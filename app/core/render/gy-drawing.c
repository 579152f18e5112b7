/* gy-drawing.c — a drawing written to a PNG, SVG or PDF file
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts and timelines are exported the same way: the format from the file's extension,
 * the file replaced only once it is complete.
 */
#define G_LOG_DOMAIN "gy-drawing"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "gy-chart.h"
#include "gy-drawing.h"

typedef struct {
  GOutputStream *stream;
  GError        *error;
} Sink;

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *bytes,
               unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, bytes, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
gy_drawing_format_for_path (const char       *path,
                            GyDrawingFormat  *out_format,
                            GError          **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *out_format = GY_DRAWING_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out_format = GY_DRAWING_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *out_format = GY_DRAWING_PDF;
  else
    {
      g_set_error (error, GY_CHART_ERROR, GY_CHART_ERROR_FORMAT,
                   _("Cannot tell the image format of “%s”: use .png, .svg or .pdf"), path);
      return FALSE;
    }
  return TRUE;
}

/* Calls DRAW on a surface of FORMAT and writes it to PATH. A file error sets ERROR; when
 * cairo itself fails, *OUT_STATUS says how and ERROR is left for the caller to word. Either
 * way the old file, if any, stays where it was. */
gboolean
gy_drawing_write (const char      *path,
                  GyDrawingFormat  format,
                  double           width,
                  double           height,
                  const char      *title,
                  GyDrawingFunc    draw,
                  gpointer         user_data,
                  cairo_status_t  *out_status,
                  GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  Sink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  *out_status = CAIRO_STATUS_SUCCESS;
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;
  sink.stream = G_OUTPUT_STREAM (stream);

  switch (format)
    {
    case GY_DRAWING_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width),
                                            (int) ceil (height));
      break;
    case GY_DRAWING_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_sink, &sink, width, height);
      /* The size asked for is in pixels, as for PNG; cairo's default unit is the point. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case GY_DRAWING_PDF:
    default:
      surface = cairo_pdf_surface_create_for_stream (write_to_sink, &sink, width, height);
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Gongyak");
      break;
    }

  cr = cairo_create (surface);
  draw (cr, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == GY_DRAWING_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_sink, &sink);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      /* Cancelling the close leaves the old file, if any, where it was. */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      if (sink.error != NULL)
        g_propagate_prefixed_error (error, g_steal_pointer (&sink.error), "%s: ", path);
      else
        *out_status = status;
      g_cancellable_cancel (cancel);
      g_output_stream_close (sink.stream, cancel, NULL);
      return FALSE;
    }
  return g_output_stream_close (sink.stream, NULL, error);
}

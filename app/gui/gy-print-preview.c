/* gy-print-preview.c — the print dialog's preview, drawn in our own window
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK's default preview hands a PDF to an outside viewer, which an officer's PC may not
 * have. This window renders the operation's own pages, one at a time, scaled to fit.
 */
#define G_LOG_DOMAIN "gy-print-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-print-preview.h"

struct _GyPrintPreview
{
  GtkWindow                 parent_instance;

  GtkPrintOperation        *operation;
  GtkPrintOperationPreview *preview;
  GtkPrintContext          *context;
  GtkWidget                *area;
  GtkLabel                 *page_label;
  int                       page;
  int                       n_pages;
  double                    page_width;   /* points */
  double                    page_height;
};

G_DEFINE_FINAL_TYPE (GyPrintPreview, gy_print_preview, GTK_TYPE_WINDOW)

static void
update_label (GyPrintPreview *self)
{
  g_autofree char *text = g_strdup_printf (_("Page %d of %d"), self->page + 1, self->n_pages);

  gtk_label_set_text (self->page_label, text);
  gtk_widget_queue_draw (self->area);
}

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  GyPrintPreview *self = data;
  double scale, x, y;

  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_paint (cr);
  if (self->n_pages == 0 || self->page_width <= 0)
    return;

  /* The page, white on grey, as large as the window allows. */
  scale = MIN ((width - 24) / self->page_width, (height - 24) / self->page_height);
  x = (width - self->page_width * scale) / 2;
  y = (height - self->page_height * scale) / 2;
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  gtk_print_context_set_cairo_context (self->context, cr, 72, 72);
  gtk_print_operation_preview_render_page (self->preview, self->page);
}

static void
on_ready (GtkPrintOperationPreview *preview,
          GtkPrintContext          *context,
          GyPrintPreview           *self)
{
  g_object_get (self->operation, "n-pages", &self->n_pages, NULL);
  self->page_width = gtk_print_context_get_width (context);
  self->page_height = gtk_print_context_get_height (context);
  /* The context's units may be pixels at the printer's resolution: keep the page in points. */
  if (gtk_print_context_get_dpi_x (context) > 0)
    {
      self->page_width *= 72.0 / gtk_print_context_get_dpi_x (context);
      self->page_height *= 72.0 / gtk_print_context_get_dpi_y (context);
    }
  self->page = 0;
  update_label (self);
}

static void
on_turn (GtkButton      *button,
         GyPrintPreview *self)
{
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "gy-delta"));

  self->page = CLAMP (self->page + delta, 0, MAX (self->n_pages - 1, 0));
  update_label (self);
}

static GtkWidget *
turn_button (GyPrintPreview *self,
             const char     *icon,
             const char     *tooltip,
             int             delta)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "gy-delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (on_turn), self);
  return button;
}

static void
gy_print_preview_dispose (GObject *object)
{
  GyPrintPreview *self = GY_PRINT_PREVIEW (object);

  if (self->preview != NULL)
    gtk_print_operation_preview_end_preview (self->preview);
  g_clear_object (&self->preview);
  g_clear_object (&self->context);
  g_clear_object (&self->operation);
  G_OBJECT_CLASS (gy_print_preview_parent_class)->dispose (object);
}

static void
gy_print_preview_class_init (GyPrintPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gy_print_preview_dispose;
}

static void
gy_print_preview_init (GyPrintPreview *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 900);
  self->page_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (box, "linked");
  gtk_box_append (GTK_BOX (box), turn_button (self, "go-previous-symbolic", _("Previous page"), -1));
  gtk_box_append (GTK_BOX (box), turn_button (self, "go-next-symbolic", _("Next page"), +1));
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), box);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), GTK_WIDGET (self->page_label));
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_page, self, NULL);
  gtk_window_set_child (GTK_WINDOW (self), self->area);
}

static gboolean
on_preview (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            gpointer                  data)
{
  GyPrintPreview *self = g_object_new (GY_TYPE_PRINT_PREVIEW, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  /* Pagination measures text before any page is drawn: it needs a cairo context already. */
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  self->operation = g_object_ref (operation);
  self->preview = g_object_ref (preview);
  self->context = g_object_ref (context);
  g_signal_connect_object (preview, "ready", G_CALLBACK (on_ready), self, 0);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
  return TRUE;
}

/* Shows OPERATION's preview in our window instead of an outside viewer. */
void
gy_print_preview_attach (GtkPrintOperation *operation)
{
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview), NULL);
}

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
#include "gy-window-private.h"

struct _GyPrintPreview
{
  GtkWindow                 parent_instance;

  GtkPrintOperation        *operation;
  GtkPrintOperationPreview *preview;
  GtkPrintContext          *context;
  GtkWidget                *area;
  GtkWidget                *scroll;
  GtkLabel                 *page_label;
  GtkLabel                 *zoom_label;
  double                    zoom;         /* screen pixels per point; 0 fits the page */
  int                       page;
  int                       n_pages;
  double                    page_width;   /* points */
  double                    page_height;
};

G_DEFINE_FINAL_TYPE (GyPrintPreview, gy_print_preview, GTK_TYPE_WINDOW)

#define ZOOM_STEP 1.25
#define ZOOM_MIN  0.1
#define ZOOM_MAX  8.0
#define MARGIN    24

/* The scale that shows the whole page in the window. */
static double
fit_scale (GyPrintPreview *self)
{
  int width = gtk_widget_get_width (self->scroll);
  int height = gtk_widget_get_height (self->scroll);

  if (self->page_width <= 0 || width <= MARGIN || height <= MARGIN)
    return 1.0;
  return MIN ((width - MARGIN) / self->page_width, (height - MARGIN) / self->page_height);
}

static double
current_scale (GyPrintPreview *self)
{
  return self->zoom > 0 ? self->zoom : fit_scale (self);
}

static void
update_label (GyPrintPreview *self)
{
  g_autofree char *text = g_strdup_printf (_("Page %d of %d"), self->page + 1, self->n_pages);
  g_autofree char *zoom_text = NULL;

  gtk_label_set_text (self->page_label, text);
  /* 100 % is the paper's own size on a 96 dpi screen */
  if (self->zoom > 0)
    zoom_text = g_strdup_printf ("%d%%", (int) (self->zoom * 72.0 / 96.0 * 100 + 0.5));
  gtk_label_set_text (self->zoom_label, zoom_text != NULL ? zoom_text : _("Fit"));
  /* zoomed in, the page is larger than the window and scrolls */
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area),
                                      self->zoom > 0 ? (int) (self->page_width * self->zoom) + MARGIN
                                                     : 0);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area),
                                       self->zoom > 0 ? (int) (self->page_height * self->zoom) + MARGIN
                                                      : 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.first-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.last-page",
                                 self->page + 1 < self->n_pages);
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

  /* The page, white on grey, as large as the window allows or as zoomed. */
  scale = self->zoom > 0 ? self->zoom
                         : MIN ((width - MARGIN) / self->page_width,
                                (height - MARGIN) / self->page_height);
  x = MAX ((width - self->page_width * scale) / 2, MARGIN / 2);
  y = MAX ((height - self->page_height * scale) / 2, MARGIN / 2);
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
show_page (GyPrintPreview *self,
           int             page)
{
  self->page = CLAMP (page, 0, MAX (self->n_pages - 1, 0));
  update_label (self);
}

static void
turn_page (GtkWidget  *widget,
           const char *action,
           GVariant   *parameter)
{
  GyPrintPreview *self = GY_PRINT_PREVIEW (widget);

  if (g_str_equal (action, "preview.previous-page"))
    show_page (self, self->page - 1);
  else if (g_str_equal (action, "preview.next-page"))
    show_page (self, self->page + 1);
  else if (g_str_equal (action, "preview.first-page"))
    show_page (self, 0);
  else
    show_page (self, self->n_pages - 1);
}

static void
zoom (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  GyPrintPreview *self = GY_PRINT_PREVIEW (widget);

  if (g_str_equal (action, "preview.zoom-in"))
    self->zoom = MIN (current_scale (self) * ZOOM_STEP, ZOOM_MAX);
  else if (g_str_equal (action, "preview.zoom-out"))
    self->zoom = MAX (current_scale (self) / ZOOM_STEP, ZOOM_MIN);
  else
    self->zoom = 0;
  update_label (self);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GyWindow                *window)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      gy_window_show_message (window, error->message);
    }
  else if (gy_print_operation_get_error (GY_PRINT_OPERATION (operation)) != NULL)
    gy_window_show_message (window,
                            gy_print_operation_get_error (GY_PRINT_OPERATION (operation))->message);
}

/* The Print button: the same pledges, printed with the settings chosen before the preview.
 * The print dialog shows again so the officer sees the printer before paper comes out. */
static void
print (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  GyPrintPreview *self = GY_PRINT_PREVIEW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GyPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (!GY_IS_WINDOW (parent) || !GY_IS_PRINT_OPERATION (self->operation))
    return;
  operation = gy_print_operation_new (GY_WINDOW (parent)->store,
                                      gy_print_operation_get_selection (
                                        GY_PRINT_OPERATION (self->operation)));
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation),
                                          gtk_print_operation_get_print_settings (self->operation));
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation),
                                              gtk_print_operation_get_default_page_setup (
                                                self->operation));
  gy_print_preview_attach (GTK_PRINT_OPERATION (operation));
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), parent, 0);
  /* the preview closes first: the dialog is modal to the window */
  g_object_ref (parent);
  gtk_window_destroy (GTK_WINDOW (self));
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    gy_window_show_message (GY_WINDOW (parent), error->message);
  g_object_unref (parent);
}

/* Page keys turn pages and Ctrl+plus/minus/0 zoom, wherever the focus is in the window:
 * before the buttons' own arrow-key focus moves. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GyPrintPreview        *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK);

  if ((mods & GDK_CONTROL_MASK) != 0 && (mods & GDK_ALT_MASK) == 0)
    switch (keyval)
      {
      case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
        return gtk_widget_activate_action (widget, "preview.zoom-in", NULL);
      case GDK_KEY_minus: case GDK_KEY_underscore: case GDK_KEY_KP_Subtract:
        return gtk_widget_activate_action (widget, "preview.zoom-out", NULL);
      case GDK_KEY_0: case GDK_KEY_KP_0:
        return gtk_widget_activate_action (widget, "preview.zoom-fit", NULL);
      case GDK_KEY_p:
        return gtk_widget_activate_action (widget, "preview.print", NULL);
      default:
        return FALSE;
      }
  if (mods != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up: case GDK_KEY_Left: case GDK_KEY_Up:
    case GDK_KEY_KP_Left: case GDK_KEY_KP_Up: case GDK_KEY_BackSpace:
      show_page (self, self->page - 1);
      return TRUE;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down: case GDK_KEY_Right: case GDK_KEY_Down:
    case GDK_KEY_KP_Right: case GDK_KEY_KP_Down:
      show_page (self, self->page + 1);
      return TRUE;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      show_page (self, 0);
      return TRUE;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      show_page (self, self->n_pages - 1);
      return TRUE;
    case GDK_KEY_Escape:
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    default:
      return FALSE;
    }
}

static GtkWidget *
action_button (const char *icon,
               const char *tooltip,
               const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = gy_print_preview_dispose;
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, turn_page);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, turn_page);
  gtk_widget_class_install_action (widget_class, "preview.first-page", NULL, turn_page);
  gtk_widget_class_install_action (widget_class, "preview.last-page", NULL, turn_page);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print);
}

static void
gy_print_preview_init (GyPrintPreview *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *pages = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *zooms = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *print_button = gtk_button_new_with_mnemonic (_("_Print"));
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 900);
  self->page_label = GTK_LABEL (gtk_label_new (NULL));
  self->zoom_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_width_chars (self->zoom_label, 5);
  gtk_widget_add_css_class (GTK_WIDGET (self->zoom_label), "numeric");
  gtk_widget_add_css_class (pages, "linked");
  gtk_box_append (GTK_BOX (pages), action_button ("go-first-symbolic", _("First page (Home)"),
                                                  "preview.first-page"));
  gtk_box_append (GTK_BOX (pages), action_button ("go-previous-symbolic",
                                                  _("Previous page (Page Up)"),
                                                  "preview.previous-page"));
  gtk_box_append (GTK_BOX (pages), action_button ("go-next-symbolic", _("Next page (Page Down)"),
                                                  "preview.next-page"));
  gtk_box_append (GTK_BOX (pages), action_button ("go-last-symbolic", _("Last page (End)"),
                                                  "preview.last-page"));
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), pages);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), GTK_WIDGET (self->page_label));

  gtk_widget_add_css_class (print_button, "suggested-action");
  gtk_widget_set_tooltip_text (print_button, _("Print these pages (Ctrl+P)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print_button), "preview.print");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print_button);
  gtk_widget_add_css_class (zooms, "linked");
  gtk_box_append (GTK_BOX (zooms), action_button ("zoom-out-symbolic", _("Zoom out (Ctrl+−)"),
                                                  "preview.zoom-out"));
  gtk_box_append (GTK_BOX (zooms), action_button ("zoom-fit-best-symbolic",
                                                  _("Fit the page (Ctrl+0)"), "preview.zoom-fit"));
  gtk_box_append (GTK_BOX (zooms), action_button ("zoom-in-symbolic", _("Zoom in (Ctrl++)"),
                                                  "preview.zoom-in"));
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), zooms);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), GTK_WIDGET (self->zoom_label));
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->area = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (self->area, TRUE);
  gtk_widget_set_vexpand (self->area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_page, self, NULL);
  self->scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroll), self->area);
  gtk_window_set_child (GTK_WINDOW (self), self->scroll);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (keys, "gy-preview-keys");
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  update_label (self);
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

/* The page shown, from 0. */
int
gy_print_preview_get_page (GyPrintPreview *self)
{
  g_return_val_if_fail (GY_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}

/* The pages of the report, 0 until they are laid out. */
int
gy_print_preview_get_n_pages (GyPrintPreview *self)
{
  g_return_val_if_fail (GY_IS_PRINT_PREVIEW (self), 0);
  return self->n_pages;
}

/* Screen pixels per point, or 0 when the page fits the window. */
double
gy_print_preview_get_zoom (GyPrintPreview *self)
{
  g_return_val_if_fail (GY_IS_PRINT_PREVIEW (self), 0);
  return self->zoom;
}

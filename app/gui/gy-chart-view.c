/* gy-chart-view.c — a budget chart in the window, drawn by the same code as the exports
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget holds no drawing of its own: every snapshot lays the chart out for the current
 * size with gy_chart_layout_new() and paints it with gy_chart_draw(), exactly as the PNG,
 * SVG and PDF exports do. It keeps that layout to answer tooltips with the exact amount.
 */
#define G_LOG_DOMAIN "gy-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-chart-view.h"

struct _GyChartView
{
  GtkWidget      parent_instance;

  GyChartData   *data;
  GyChartStyle   style;
  GyChartLayout *layout;  /* of the last snapshot, for hit-testing */
  int            hover;   /* index of the item under the pointer, or -1 */
  GtkWidget     *menu;    /* the context menu: Copy Chart, Save Chart As… */
};

G_DEFINE_FINAL_TYPE (GyChartView, gy_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_hover (GyChartView *self,
           int          hover)
{
  if (self->hover == hover)
    return;
  self->hover = hover;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
item_index_at (GyChartView *self,
               double       x,
               double       y)
{
  const GyChartItem *item;

  if (self->layout == NULL)
    return -1;
  item = gy_chart_layout_hit (self->layout, x, y);
  if (item == NULL)
    return -1;
  for (guint i = 0; i < gy_chart_layout_get_n_items (self->layout); i++)
    if (gy_chart_layout_get_item (self->layout, i) == item)
      return (int) i;
  return -1;
}

static void
update_actions (GyChartView *self)
{
  gboolean has_chart = self->data != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save-as", has_chart);
}

static void
show_error (GyChartView  *self,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   _("Could not save the chart"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           GyChartView              *self)
{
  set_hover (self, item_index_at (self, x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          GyChartView              *self)
{
  set_hover (self, -1);
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    GyChartView     *self)
{
  if (self->data == NULL)
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  GyChartView     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path != NULL && !gy_chart_view_save (self, path, &error))
        show_error (self, error);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gy_chart_view_copy (GY_CHART_VIEW (widget));
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
save_as_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GyChartView *self = GY_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->data == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save Chart"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = g_strdup_printf ("%s.png", gy_chart_kind_to_string (gy_chart_data_get_kind (self->data)));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* The format follows the name the officer types; the filters only narrow the list. */
  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG image"), "*.png");
  add_filter (GTK_FILE_CHOOSER (chooser), _("SVG image"), "*.svg");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF document"), "*.pdf");
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
gy_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  GyChartView *self = GY_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  g_clear_pointer (&self->layout, gy_chart_layout_free);
  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  self->layout = gy_chart_layout_new (self->data, cr, width, height, self->style);
  gy_chart_draw (cr, self->layout);

  if (self->hover >= 0 && (guint) self->hover < gy_chart_layout_get_n_items (self->layout))
    {
      const GyChartRect *r = &gy_chart_layout_get_item (self->layout, self->hover)->rect;

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static gboolean
gy_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  GyChartView *self = GY_CHART_VIEW (widget);
  const GyChartItem *item;
  g_autofree char *text = NULL;

  if (keyboard_mode || self->layout == NULL)
    return FALSE;
  item = gy_chart_layout_hit (self->layout, x, y);
  if (item == NULL)
    return FALSE;

  text = gy_chart_layout_describe_item (self->layout, item);
  gtk_tooltip_set_text (tooltip, text);
  /* A new tooltip as soon as the pointer leaves this bar. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) item->rect.x, (int) item->rect.y,
                              MAX ((int) item->rect.width, 1), MAX ((int) item->rect.height, 1) });
  return TRUE;
}

static void
gy_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 640;
    }
  else
    {
      *minimum = 160;
      *natural = 400;
    }
}

static void
gy_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  gtk_popover_present (GTK_POPOVER (GY_CHART_VIEW (widget)->menu));
}

static void
gy_chart_view_dispose (GObject *object)
{
  GyChartView *self = GY_CHART_VIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->layout, gy_chart_layout_free);
  g_clear_pointer (&self->data, gy_chart_data_unref);

  G_OBJECT_CLASS (gy_chart_view_parent_class)->dispose (object);
}

static void
gy_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GyChartView *self = GY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gy_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GyChartView *self = GY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      gy_chart_view_set_data (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gy_chart_view_class_init (GyChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gy_chart_view_dispose;
  object_class->get_property = gy_chart_view_get_property;
  object_class->set_property = gy_chart_view_set_property;

  widget_class->snapshot = gy_chart_view_snapshot;
  widget_class->query_tooltip = gy_chart_view_query_tooltip;
  widget_class->measure = gy_chart_view_measure;
  widget_class->size_allocate = gy_chart_view_size_allocate;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, GY_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "chart.copy", NULL);
  gtk_widget_class_install_action (widget_class, "chart.save-as", NULL, save_as_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "chart.save-as", NULL);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gy_chart_view_init (GyChartView *self)
{
  g_autoptr(GMenu) model = g_menu_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->hover = -1;
  self->style = GY_CHART_STYLE_SCREEN;

  g_menu_append (model, _("_Copy Chart"), "chart.copy");
  g_menu_append (model, _("_Save Chart As…"), "chart.save-as");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (model));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  update_actions (self);
}

GtkWidget *
gy_chart_view_new (void)
{
  return g_object_new (GY_TYPE_CHART_VIEW, NULL);
}

GyChartData *
gy_chart_view_get_data (GyChartView *self)
{
  g_return_val_if_fail (GY_IS_CHART_VIEW (self), NULL);

  return self->data;
}

/* Takes a reference; NULL clears the view. */
void
gy_chart_view_set_data (GyChartView *self,
                        GyChartData *data)
{
  const char *title = NULL;

  g_return_if_fail (GY_IS_CHART_VIEW (self));

  if (self->data == data)
    return;
  g_clear_pointer (&self->data, gy_chart_data_unref);
  g_clear_pointer (&self->layout, gy_chart_layout_free);
  if (data != NULL)
    {
      self->data = gy_chart_data_ref (data);
      title = gy_chart_data_get_title (data);
    }
  self->hover = -1;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : "", -1);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

GyChartStyle
gy_chart_view_get_style (GyChartView *self)
{
  g_return_val_if_fail (GY_IS_CHART_VIEW (self), GY_CHART_STYLE_SCREEN);

  return self->style;
}

void
gy_chart_view_set_style (GyChartView  *self,
                         GyChartStyle  style)
{
  g_return_if_fail (GY_IS_CHART_VIEW (self));

  if (self->style == style)
    return;
  self->style = style;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The chart as an image of the given size, drawn by the export code. */
GdkTexture *
gy_chart_view_to_texture (GyChartView *self,
                          int          width,
                          int          height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  int stride;

  g_return_val_if_fail (GY_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (self->data != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gy_chart_render (cr, self->data, width, height, self->style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format: premultiplied, native-endian. */
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  cairo_surface_destroy (surface);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* Puts the chart on the clipboard as an image, at the size it has on screen. */
void
gy_chart_view_copy (GyChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int scale = gtk_widget_get_scale_factor (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkTexture) texture = NULL;

  g_return_if_fail (GY_IS_CHART_VIEW (self));

  if (self->data == NULL)
    return;
  if (width <= 0 || height <= 0)
    {
      width = 640;
      height = 400;
    }
  texture = gy_chart_view_to_texture (self, width * scale, height * scale);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
}

/* Exports the chart with the proportions it has on screen; PNG at twice the size, so that it
 * stays sharp when a document scales it. The format follows the extension. */
gboolean
gy_chart_view_save (GyChartView  *self,
                    const char   *path,
                    GError      **error)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autofree char *lower = NULL;

  g_return_val_if_fail (GY_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->data != NULL, FALSE);

  if (width <= 0 || height <= 0)
    {
      width = 640;
      height = 400;
    }
  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    {
      width *= 2;
      height *= 2;
    }
  return gy_chart_export_with_style (self->data, path, width, height, self->style, error);
}

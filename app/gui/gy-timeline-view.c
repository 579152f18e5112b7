/* gy-timeline-view.c — a pledge's or the body's timeline in the window, drawn by the core
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget draws nothing of its own: gy_timeline_layout_new_for_context() decides where
 * everything goes for the allocated width, and gy_timeline_draw() paints it, as the report and
 * the image export do. The layout also says how tall the timeline is, which the widget asks for
 * as its height for that width, so a GtkScrolledWindow around it scrolls. It keeps the layout
 * to answer tooltips and clicks with the very rectangles it drew.
 */
#define G_LOG_DOMAIN "gy-timeline-view"

#include "config.h"

#include <math.h>

#include "gy-timeline-view.h"

/* Drawn in bands this tall: a renderer rasterises only the bands in view, and none of them
 * comes near a GPU's largest texture however many pledges the body has. */
#define TILE_HEIGHT 1024

#define NATURAL_WIDTH 960
#define MINIMUM_WIDTH 360

struct _GyTimelineView
{
  GtkWidget         parent_instance;

  GyTimelineData   *data;
  GyTimelineLayout *layout;   /* for the allocated width: drawn and hit-tested */
  GyTimelineLayout *spare;    /* for another width a parent measured with */
  PangoContext     *context;  /* ours, so that nothing we measure with changes under us */
  int               hover;    /* the row under the pointer, or -1 */
  int               focus;    /* the row the keyboard is on, or -1 */
  int               pressed;  /* the row a click began on, or -1 */
  gboolean          keyboard; /* the focus moved by keys: show where it is */
};

G_DEFINE_FINAL_TYPE (GyTimelineView, gy_timeline_view, GTK_TYPE_WIDGET)

enum {
  BAR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

static GyTimelineLayout *
layout_new (GyTimelineView *self,
            int             width)
{
  if (self->context == NULL)
    self->context = gtk_widget_create_pango_context (GTK_WIDGET (self));
  return gy_timeline_layout_new_for_context (self->data, self->context, width,
                                             GY_CHART_STYLE_SCREEN);
}

static gboolean
has_width (GyTimelineLayout *layout,
           int               width)
{
  return layout != NULL && gy_timeline_layout_get_width (layout) == width;
}

/* The layout to draw at width. Parents often measure at one width and allocate another, so
 * the last other width stays at hand rather than being laid out again each frame. */
static GyTimelineLayout *
ensure_layout (GyTimelineView *self,
               int             width)
{
  if (self->data == NULL || width <= 0)
    return NULL;
  if (has_width (self->layout, width))
    return self->layout;

  if (has_width (self->spare, width))
    {
      GyTimelineLayout *layout = g_steal_pointer (&self->spare);

      self->spare = g_steal_pointer (&self->layout);
      self->layout = layout;
    }
  else
    {
      g_clear_pointer (&self->layout, gy_timeline_layout_free);
      self->layout = layout_new (self, width);
    }
  /* Rows moved: what the pointer was over is found again on its next motion. */
  self->hover = -1;
  return self->layout;
}

/* The layout to measure with at width, leaving the drawn one alone. */
static GyTimelineLayout *
measured_layout (GyTimelineView *self,
                 int             width)
{
  if (self->data == NULL || width <= 0)
    return NULL;
  if (has_width (self->layout, width))
    return self->layout;
  if (!has_width (self->spare, width))
    {
      g_clear_pointer (&self->spare, gy_timeline_layout_free);
      self->spare = layout_new (self, width);
    }
  return self->spare;
}

static void
clear_layouts (GyTimelineView *self)
{
  g_clear_pointer (&self->layout, gy_timeline_layout_free);
  g_clear_pointer (&self->spare, gy_timeline_layout_free);
}

static int
n_bars (GyTimelineView *self)
{
  return self->layout != NULL ? (int) gy_timeline_layout_get_n_bars (self->layout) : 0;
}

static const GyTimelineBar *
bar_at_index (GyTimelineView *self,
              int             index)
{
  if (index < 0 || index >= n_bars (self))
    return NULL;
  return gy_timeline_layout_get_bar (self->layout, (guint) index);
}

static int
bar_index_at (GyTimelineView *self,
              double          x,
              double          y)
{
  if (self->layout == NULL)
    return -1;
  return gy_timeline_layout_bar_at (self->layout, x, y);
}

static void
set_hover (GyTimelineView *self,
           int             hover)
{
  if (self->hover == hover)
    return;
  self->hover = hover;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_bar (GyTimelineView *self,
              int             index)
{
  const GyTimelineBar *bar = bar_at_index (self, index);

  if (bar != NULL)
    g_signal_emit (self, signals[BAR_ACTIVATED], 0, bar->pledge_id, bar->sub_index);
}

/* Brings the focused row into view when a GtkScrolledWindow holds the widget. */
static void
scroll_to_bar (GyTimelineView *self,
               int             index)
{
  const GyTimelineBar *bar = bar_at_index (self, index);
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport, *content;
  GtkAdjustment *adjustment;
  double x, top, bottom;

  if (bar == NULL || scrolled == NULL)
    return;
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  if (content == NULL ||
      !gtk_widget_translate_coordinates (GTK_WIDGET (self), content, 0, bar->row.y, &x, &top))
    return;
  bottom = top + bar->row.height;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_clamp_page (adjustment, top, bottom);
}

static void
move_focus (GyTimelineView *self,
            int             focus)
{
  int n = n_bars (self);

  if (n == 0)
    return;
  focus = CLAMP (focus, 0, n - 1);
  if (focus == self->focus)
    return;
  self->focus = focus;
  self->keyboard = TRUE;
  scroll_to_bar (self, focus);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           GyTimelineView           *self)
{
  set_hover (self, bar_index_at (self, x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          GyTimelineView           *self)
{
  set_hover (self, -1);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            GyTimelineView  *self)
{
  self->pressed = bar_index_at (self, x, y);
  self->keyboard = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* A click is a press and a release on the same row. */
static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             GyTimelineView  *self)
{
  int index = bar_index_at (self, x, y);

  if (index >= 0 && index == self->pressed && n_press == 1)
    {
      self->focus = index;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      activate_bar (self, index);
    }
  self->pressed = -1;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GyTimelineView        *self)
{
  int from = self->focus >= 0 ? self->focus : self->hover;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || n_bars (self) == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus (self, from + 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus (self, from < 0 ? 0 : from - 1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_focus (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_focus (self, n_bars (self) - 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (from < 0)
        return FALSE;
      activate_bar (self, from);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                GyTimelineView          *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Hover: a light wash across the row and an outline round the bar; keyboard focus: a dashed
 * frame round the row. */
static void
draw_marks (GyTimelineView *self,
            cairo_t        *cr)
{
  const GyTimelineBar *hover = bar_at_index (self, self->hover);
  const GyTimelineBar *focus = bar_at_index (self, self->focus);

  if (hover != NULL)
    {
      cairo_set_source_rgba (cr, 0.2, 0.4, 0.8, 0.08);
      cairo_rectangle (cr, hover->row.x, hover->row.y, hover->row.width, hover->row.height);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, 0.1, 0.1, 0.1, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, hover->rect.x - 1, hover->rect.y - 1, hover->rect.width + 2,
                       hover->rect.height + 2);
      cairo_stroke (cr);
    }
  if (focus != NULL && gtk_widget_has_focus (GTK_WIDGET (self)) &&
      (self->keyboard || gtk_widget_has_visible_focus (GTK_WIDGET (self))))
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, (double[]) { 4, 2 }, 2, 0);
      cairo_rectangle (cr, focus->row.x + 1, focus->row.y + 1, focus->row.width - 2,
                       focus->row.height - 2);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
gy_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  GyTimelineView *self = GY_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GyTimelineLayout *layout = ensure_layout (self, width);

  if (layout == NULL || height <= 0)
    return;

  height = MIN (height, (int) ceil (gy_timeline_layout_get_height (layout)));
  for (int top = 0; top < height; top += TILE_HEIGHT)
    {
      graphene_rect_t tile = GRAPHENE_RECT_INIT (0, top, width, MIN (TILE_HEIGHT, height - top));
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &tile);

      gy_timeline_draw (cr, layout);
      draw_marks (self, cr);
      cairo_destroy (cr);
    }
}

static gboolean
gy_timeline_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  GyTimelineView *self = GY_TIMELINE_VIEW (widget);
  const GyTimelineBar *bar;
  g_autofree char *text = NULL;

  bar = bar_at_index (self, keyboard_mode ? self->focus : bar_index_at (self, x, y));
  if (bar == NULL)
    return FALSE;

  text = gy_timeline_layout_describe_bar (self->layout, bar);
  gtk_tooltip_set_text (tooltip, text);
  /* A new tooltip as soon as the pointer leaves this row. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) bar->row.x, (int) bar->row.y,
                              MAX ((int) bar->row.width, 1), MAX ((int) bar->row.height, 1) });
  return TRUE;
}

static GtkSizeRequestMode
gy_timeline_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* As tall as the layout for the width given: the rows and the yearly items all show, and a
 * scrolled window around the widget scrolls them. */
static void
gy_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GyTimelineView *self = GY_TIMELINE_VIEW (widget);
  GyTimelineLayout *layout;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }
  layout = measured_layout (self, for_size > 0 ? for_size : NATURAL_WIDTH);
  *minimum = *natural = layout != NULL ? (int) ceil (gy_timeline_layout_get_height (layout)) : 0;
}

static void
gy_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  ensure_layout (GY_TIMELINE_VIEW (widget), width);
}

static void
gy_timeline_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GyTimelineView *self = GY_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (gy_timeline_view_parent_class)->css_changed (widget, change);

  /* The font options (hinting, antialiasing) may have changed: measure again. */
  clear_layouts (self);
  g_clear_object (&self->context);
  gtk_widget_queue_resize (widget);
}

static void
gy_timeline_view_dispose (GObject *object)
{
  GyTimelineView *self = GY_TIMELINE_VIEW (object);

  clear_layouts (self);
  g_clear_pointer (&self->data, gy_timeline_data_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (gy_timeline_view_parent_class)->dispose (object);
}

static void
gy_timeline_view_class_init (GyTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gy_timeline_view_dispose;

  widget_class->snapshot = gy_timeline_view_snapshot;
  widget_class->query_tooltip = gy_timeline_view_query_tooltip;
  widget_class->get_request_mode = gy_timeline_view_get_request_mode;
  widget_class->measure = gy_timeline_view_measure;
  widget_class->size_allocate = gy_timeline_view_size_allocate;
  widget_class->css_changed = gy_timeline_view_css_changed;

  /**
   * GyTimelineView::bar-activated:
   * @pledge_id: the pledge of the bar
   * @sub_index: the sub-project's index in the card, or -1 for a pledge's bar
   *
   * A bar (or its row) was clicked, or Enter pressed on it.
   */
  signals[BAR_ACTIVATED] =
    g_signal_new ("bar-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gy_timeline_view_init (GyTimelineView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->hover = -1;
  self->focus = -1;
  self->pressed = -1;

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

GtkWidget *
gy_timeline_view_new (void)
{
  return g_object_new (GY_TYPE_TIMELINE_VIEW, NULL);
}

GyTimelineData *
gy_timeline_view_get_data (GyTimelineView *self)
{
  g_return_val_if_fail (GY_IS_TIMELINE_VIEW (self), NULL);

  return self->data;
}

/* Takes a reference; NULL empties the view. */
void
gy_timeline_view_set_data (GyTimelineView *self,
                           GyTimelineData *data)
{
  const char *title = NULL;

  g_return_if_fail (GY_IS_TIMELINE_VIEW (self));

  if (self->data == data)
    return;
  clear_layouts (self);
  g_clear_pointer (&self->data, gy_timeline_data_unref);
  if (data != NULL)
    {
      self->data = gy_timeline_data_ref (data);
      title = gy_timeline_data_get_title (data);
    }
  self->hover = self->focus = self->pressed = -1;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : "", -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The card's sub-projects against its term, with today marked; NULL empties the view. The
 * card is copied from, not kept. */
void
gy_timeline_view_set_card (GyTimelineView *self,
                           const GyCard   *card)
{
  g_autoptr(GyTimelineData) data = NULL;
  GDate date;

  g_return_if_fail (GY_IS_TIMELINE_VIEW (self));

  today (&date);
  if (card != NULL)
    data = gy_timeline_data_new_for_card (card, &date);
  gy_timeline_view_set_data (self, data);
}

/* Every pledge of the list (GyPledgeSummary, in the body's order) against term. */
void
gy_timeline_view_set_body (GyTimelineView *self,
                           GPtrArray      *summaries,
                           const GyTerm   *term)
{
  g_autoptr(GyTimelineData) data = NULL;
  GDate date;

  g_return_if_fail (GY_IS_TIMELINE_VIEW (self));

  today (&date);
  if (summaries != NULL)
    data = gy_timeline_data_new_for_body (summaries, term, &date);
  gy_timeline_view_set_data (self, data);
}

/* The layout last drawn or measured, for tests; NULL before the first. */
const GyTimelineLayout *
gy_timeline_view_get_layout (GyTimelineView *self)
{
  g_return_val_if_fail (GY_IS_TIMELINE_VIEW (self), NULL);

  return self->layout;
}

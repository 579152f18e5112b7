/* gy-window.c — the main window: the pledge tree beside the selected card
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is written at once through the undo stack, one transaction each: there is
 * no Save, and closing the window loses nothing.
 */
#define G_LOG_DOMAIN "gy-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-chart-summary.h"
#include "gy-summary.h"
#include "gy-window-private.h"

G_DEFINE_FINAL_TYPE (GyWindow, gy_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GyChartKind dashboard_kinds[] = {
  GY_CHART_BODY_SECTORS,
  GY_CHART_BODY_STATUSES,
  GY_CHART_BODY_DEPARTMENTS,
  GY_CHART_BODY_PROGRESS,
};

void
gy_window_show_message (GyWindow   *self,
                        const char *message)
{
  gtk_label_set_text (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
  gy_window_show_details (self, NULL);
}

/* DETAILS (markup, NULL for none): what the message's Details button lists, e.g. every
 * refused row. */
void
gy_window_show_details (GyWindow   *self,
                        const char *details)
{
  g_free (self->details);
  self->details = g_strdup (details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_button), details != NULL);
}

static void
update_title (GyWindow *self)
{
  g_autofree char *body = gy_store_dup_body_name (self->store);
  g_autofree char *basename = g_path_get_basename (gy_store_get_path (self->store));
  const char *title = body != NULL && *body != '\0' ? body : _("Gongyak");

  gtk_label_set_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (gy_store_is_read_only (self->store))
    {
      g_autofree char *with = g_strdup_printf (_("%s · read-only"), basename);
      gtk_label_set_text (self->subtitle_label, with);
    }
  else
    gtk_label_set_text (self->subtitle_label, basename);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), gy_store_get_path (self->store));
}

/* The names of the terms the tree shows: the one chosen, or every term that has pledges
 * (in the file's order) when all are shown. Empty when there are no pledges. */
static GPtrArray *
shown_terms (GyWindow *self)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *terms = gy_pledge_tree_get_terms (self->tree);
  GPtrArray *summaries = gy_pledge_tree_get_summaries (self->tree);
  const char *chosen = gy_pledge_tree_get_term (self->tree);

  if (chosen != NULL)
    {
      g_ptr_array_add (names, g_strdup (chosen));
      return names;
    }
  for (guint i = 0; terms != NULL && summaries != NULL && i < terms->len; i++)
    {
      const GyTerm *term = g_ptr_array_index (terms, i);

      for (guint j = 0; j < summaries->len; j++)
        if (g_strcmp0 (((GyPledgeSummary *) g_ptr_array_index (summaries, j))->term,
                       term->name) == 0)
          {
            g_ptr_array_add (names, g_strdup (term->name));
            break;
          }
    }
  return names;
}

static GtkWidget *
term_heading (const GyTerm *term)
{
  g_autofree char *start = gy_format_date (&term->start);
  g_autofree char *end = gy_format_date (&term->end);
  g_autofree char *text = g_strdup_printf ("%s (%s ~ %s)", term->name, start, end);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-4");
  return label;
}

/* The body-wide charts draw the summary of the term shown, the figures of the report and the
 * workbook; with every term shown, one set per term. Summing loads every card, so it is done
 * only while the page shows. */
static void
update_dashboard (GyWindow *self)
{
  g_autoptr(GPtrArray) names = NULL;
  GtkWidget *child;
  int row = 0;

  if (self->dashboard == NULL || self->dashboard_grid == NULL)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "dashboard") != 0)
    {
      self->dashboard_stale = TRUE;
      return;
    }
  self->dashboard_stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->dashboard_grid))) != NULL)
    gtk_grid_remove (self->dashboard_grid, child);
  g_ptr_array_set_size (self->dashboard, 0);
  if (gy_pledge_tree_get_terms (self->tree) == NULL)
    return;

  names = shown_terms (self);
  /* Without pledges, one empty set says so. */
  if (names->len == 0)
    g_ptr_array_add (names, NULL);
  for (guint t = 0; t < names->len; t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GySummary) summary = NULL;
      g_autoptr(GArray) shown_ids = NULL;
      GySelection selection;

      gy_selection_init (&selection);
      /* the charts follow the tree's filter */
      gy_pledge_tree_get_selection (self->tree, &selection, &shown_ids);
      selection.term = g_ptr_array_index (names, t);
      summary = gy_summary_new (self->store, &selection, &error);
      if (summary == NULL)
        {
          gy_window_show_message (self, error->message);
          continue;
        }
      if (gy_pledge_tree_get_term (self->tree) == NULL && summary->term != NULL)
        gtk_grid_attach (self->dashboard_grid, term_heading (summary->term), 0, row++, 2, 1);
      for (guint i = 0; i < G_N_ELEMENTS (dashboard_kinds); i++)
        {
          GyChartView *view = GY_CHART_VIEW (gy_chart_view_new ());
          g_autoptr(GyChartData) data = gy_chart_data_new_for_summary (summary, dashboard_kinds[i]);

          gtk_widget_set_size_request (GTK_WIDGET (view), 320, 300);
          gy_chart_view_set_data (view, data);
          gtk_grid_attach (self->dashboard_grid, GTK_WIDGET (view), (int) i % 2, row + (int) i / 2,
                           1, 1);
          g_ptr_array_add (self->dashboard, view);
        }
      row += 2;
    }
}

static void on_bar_activated (GyTimelineView *view,
                              gint64          pledge_id,
                              int             sub_index,
                              GyWindow       *self);

/* The body-wide timeline runs over the term shown; with every term shown, one timeline per
 * term, each pledge against its own term's years. At 20,000 pledges its layout takes a second
 * and 100 MB, so it is made only when its page is shown. */
static void
update_body_timeline (GyWindow *self)
{
  GPtrArray *summaries = gy_pledge_tree_get_summaries (self->tree);
  GPtrArray *terms = gy_pledge_tree_get_terms (self->tree);
  g_autoptr(GPtrArray) names = NULL;

  if (self->body_timelines == NULL || self->body_timeline_box == NULL)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "body-timeline") != 0)
    {
      self->body_timeline_stale = TRUE;
      return;
    }
  self->body_timeline_stale = FALSE;
  for (guint i = 0; i < self->body_timelines->len; i++)
    gtk_box_remove (self->body_timeline_box, g_ptr_array_index (self->body_timelines, i));
  g_ptr_array_set_size (self->body_timelines, 0);
  if (summaries == NULL || terms == NULL || terms->len == 0)
    return;

  names = shown_terms (self);
  if (names->len == 0)
    {
      gy_timeline_view_set_body (self->body_timeline, summaries,
                                 g_ptr_array_index (terms, terms->len - 1));
      return;
    }
  for (guint t = 0; t < names->len; t++)
    {
      const char *name = g_ptr_array_index (names, t);
      g_autoptr(GPtrArray) own = g_ptr_array_new ();
      const GyTerm *term = NULL;
      GyTimelineView *view = self->body_timeline;

      for (guint i = 0; i < terms->len && term == NULL; i++)
        if (g_strcmp0 (((GyTerm *) g_ptr_array_index (terms, i))->name, name) == 0)
          term = g_ptr_array_index (terms, i);
      for (guint i = 0; i < summaries->len; i++)
        if (g_strcmp0 (((GyPledgeSummary *) g_ptr_array_index (summaries, i))->term, name) == 0)
          g_ptr_array_add (own, g_ptr_array_index (summaries, i));
      if (t > 0)
        {
          view = GY_TIMELINE_VIEW (gy_timeline_view_new ());
          g_signal_connect (view, "bar-activated", G_CALLBACK (on_bar_activated), self);
          gtk_box_append (self->body_timeline_box, GTK_WIDGET (view));
          g_ptr_array_add (self->body_timelines, view);
        }
      gy_timeline_view_set_body (view, own, term != NULL ? term : g_ptr_array_index (terms, 0));
    }
}

static void
on_view_changed (GtkStack   *stack,
                 GParamSpec *pspec,
                 GyWindow   *self)
{
  if (self->body_timeline_stale)
    update_body_timeline (self);
  if (self->dashboard_stale)
    update_dashboard (self);
}

static void
on_tree_loaded (GyPledgeTree *tree,
                GyWindow     *self)
{
  update_dashboard (self);
  update_body_timeline (self);
}

static void
on_bar_activated (GyTimelineView *view,
                  gint64          pledge_id,
                  int             sub_index,
                  GyWindow        *self)
{
  gy_pledge_tree_select (self->tree, pledge_id, sub_index);
  gtk_stack_set_visible_child_name (self->view_stack, "card");
  if (sub_index >= 0)
    gy_card_editor_show_sub_project (self->editor, (guint) sub_index);
}

/* Loads the pledge from the store and shows it on the card page. */
void
gy_window_show_pledge (GyWindow *self,
                       gint64    pledge_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = NULL;
  g_auto(GStrv) sectors = NULL;
  g_auto(GStrv) statuses = NULL;
  g_auto(GStrv) sources = NULL;
  g_autoptr(GyChartData) chart = NULL;

  self->pledge_id = pledge_id;
  if (pledge_id != 0)
    card = gy_store_load_card (self->store, pledge_id, &error);
  if (card == NULL)
    {
      if (error != NULL)
        gy_window_show_message (self, error->message);
      self->pledge_id = 0;
      gy_card_editor_set_card (self->editor, NULL, NULL, NULL, NULL, FALSE);
      gy_timeline_view_set_card (self->timeline, NULL);
      gtk_stack_set_visible_child_name (self->card_stack, "empty");
      gy_window_update_actions (self);
      return;
    }

  sectors = gy_store_list_values (self->store, GY_LIST_SECTORS);
  statuses = gy_store_list_values (self->store, GY_LIST_STATUSES);
  sources = gy_store_list_values (self->store, GY_LIST_SOURCES);
  gy_card_editor_set_card (self->editor, card, (const char * const *) sectors,
                           (const char * const *) statuses, (const char * const *) sources,
                           !gy_store_is_read_only (self->store));
  chart = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS, (const char * const *) sources);
  gy_chart_view_set_data (self->card_chart, chart);
  gy_timeline_view_set_card (self->timeline, card);
  gtk_stack_set_visible_child_name (self->card_stack, "editor");
  gy_window_update_actions (self);
}

static void
on_tree_selected (GyPledgeTree *tree,
                  gint64        pledge_id,
                  int           sub_index,
                  GyWindow     *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->view_stack);

  if (pledge_id != self->pledge_id)
    gy_window_show_pledge (self, pledge_id);
  /* A choice in the list shows its card, unless the pledge's own timeline is open. */
  if (g_strcmp0 (page, "timeline") != 0)
    gtk_stack_set_visible_child_name (self->view_stack, "card");
  if (sub_index >= 0)
    gy_card_editor_show_sub_project (self->editor, (guint) sub_index);
}

/* After any edit: the card as stored, and the tree's row. */
static void
after_edit (GyWindow *self,
            GError   *error)
{
  gint64 id = self->pledge_id;

  if (error != NULL)
    gy_window_show_message (self, error->message);
  gy_window_show_pledge (self, id);
  gy_pledge_tree_refresh_pledge (self->tree, id);
  update_dashboard (self);
  update_body_timeline (self);
}

static void
on_editor_edited (GyCardEditor *editor,
                  const char   *what,
                  GyWindow     *self)
{
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;
  gy_undo_save_card (self->undo, gy_card_editor_get_card (editor), what,
                     gy_card_editor_get_reason (editor), &error);
  after_edit (self, error);
}

static void
on_editor_money_edited (GyCardEditor *editor,
                        const char   *source,
                        const char   *column,
                        gint64        amount,
                        GyWindow     *self)
{
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;
  gy_undo_set_money_cell (self->undo, self->pledge_id, source, column, amount,
                          gy_card_editor_get_reason (editor), &error);
  after_edit (self, error);
}

static void
on_store_changed (GyStore  *store,
                  gint64    pledge_id,
                  GyWindow *self)
{
  /* Body-wide changes (an import, the lists) reload the tree; a pledge's own edit is
   * handled where it was made. */
  if (pledge_id != 0)
    return;
  /* Undo restores whole cards: after a rename of a list value it would bring the old name
   * back, so the steps before a body-wide change are forgotten; a list import, and its undo
   * and redo, are steps of the stack itself. */
  if (!self->keep_undo)
    gy_undo_clear (self->undo);
  update_title (self);
  gy_pledge_tree_reload (self->tree);
  if (self->pledge_id != 0)
    gy_window_show_pledge (self, self->pledge_id);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GyWindow      *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  gy_window_drop_files (self, (GFile **) array->pdata, array->len);
  return TRUE;
}

/* The field being typed in commits when it loses focus: make it lose focus before closing. */
static gboolean
gy_window_close_request (GtkWindow *window)
{
  gtk_window_set_focus (window, NULL);
  return GTK_WINDOW_CLASS (gy_window_parent_class)->close_request (window);
}

static void
gy_window_constructed (GObject *object)
{
  GyWindow *self = GY_WINDOW (object);

  G_OBJECT_CLASS (gy_window_parent_class)->constructed (object);

  self->undo = gy_undo_new (self->store);
  g_signal_connect_object (self->undo, "notify::can-undo",
                           G_CALLBACK (gy_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo, "notify::can-redo",
                           G_CALLBACK (gy_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, 0);

  update_title (self);
  gy_pledge_tree_set_store (self->tree, self->store);
  gy_window_setup_empty (self);
  gy_window_fill_recent (self);
  gy_window_update_actions (self);
}

GyStore *
gy_window_get_store (GyWindow *self)
{
  g_return_val_if_fail (GY_IS_WINDOW (self), NULL);
  return self->store;
}

gint64
gy_window_get_pledge (GyWindow *self)
{
  g_return_val_if_fail (GY_IS_WINDOW (self), 0);
  return self->pledge_id;
}

GtkWidget *
gy_window_get_editor (GyWindow *self)
{
  return GTK_WIDGET (self->editor);
}

GtkWidget *
gy_window_get_tree (GyWindow *self)
{
  return GTK_WIDGET (self->tree);
}

static void
gy_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GyWindow *self = GY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gy_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GyWindow *self = GY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gy_window_dispose (GObject *object)
{
  GyWindow *self = GY_WINDOW (object);

  /* However the window goes (closed, or the application quits), the field being typed in
   * commits while the store is still here. */
  if (self->undo != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GY_TYPE_WINDOW);
  g_clear_object (&self->undo);
  g_clear_object (&self->store);
  g_clear_pointer (&self->dashboard, g_ptr_array_unref);
  g_clear_pointer (&self->body_timelines, g_ptr_array_unref);
  g_clear_pointer (&self->details, g_free);
  G_OBJECT_CLASS (gy_window_parent_class)->dispose (object);
}

static void
gy_window_class_init (GyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gy_window_constructed;
  object_class->dispose = gy_window_dispose;
  object_class->get_property = gy_window_get_property;
  object_class->set_property = gy_window_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = gy_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GY_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GY_TYPE_PLEDGE_TREE);
  g_type_ensure (GY_TYPE_CARD_EDITOR);
  g_type_ensure (GY_TYPE_CHART_VIEW);
  g_type_ensure (GY_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gongyak/Gongyak/gy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GyWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, recent_button);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, details_button);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, tree);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, card_stack);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, card_chart);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, body_timeline);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, body_timeline_box);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, dashboard_grid);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, progress_bar);

  gy_window_install_actions (widget_class);
  gy_window_install_empty_actions (widget_class);
}

static void
gy_window_init (GyWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->dashboard = g_ptr_array_new ();
  self->body_timelines = g_ptr_array_new ();

  /* the tree may outlive the window by a late callback: disconnect with the window */
  g_signal_connect_object (self->tree, "selected", G_CALLBACK (on_tree_selected), self, 0);
  g_signal_connect_object (self->tree, "loaded", G_CALLBACK (on_tree_loaded), self, 0);
  g_signal_connect_object (self->tree, "filter-changed", G_CALLBACK (update_dashboard), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self->view_stack, "notify::visible-child", G_CALLBACK (on_view_changed), self);
  g_signal_connect (self->timeline, "bar-activated", G_CALLBACK (on_bar_activated), self);
  g_signal_connect (self->body_timeline, "bar-activated", G_CALLBACK (on_bar_activated), self);
  g_signal_connect (self->editor, "edited", G_CALLBACK (on_editor_edited), self);
  g_signal_connect (self->editor, "money-edited", G_CALLBACK (on_editor_money_edited), self);

  /* Card texts dropped on the window are imported, as with Import Card; pledge lists open
   * the dialog of Import Pledge List. */
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GyWindow *
gy_window_new (GyApplication *application,
               GyStore       *store)
{
  return g_object_new (GY_TYPE_WINDOW, "application", application, "store", store, NULL);
}

/* gy-window.c — the main window: the body's pledges
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-pledge-item.h"
#include "gy-window.h"

struct _GyWindow
{
  GtkApplicationWindow  parent_instance;

  GyStore              *store;
  GListStore           *pledges;

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkColumnView        *column_view;
  GtkLabel             *count_label;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (GyWindow, gy_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_LEAD_DEPT,
  COLUMN_STATUS,
  COLUMN_PROGRESS,
  COLUMN_TOTAL,
} Column;

static char *
column_text (GyPledgeItem *item,
             Column        column)
{
  switch (column)
    {
    case COLUMN_NUMBER:
      return g_strdup (gy_pledge_item_get_number (item));
    case COLUMN_TITLE:
      return g_strdup (gy_pledge_item_get_title (item));
    case COLUMN_LEAD_DEPT:
      return g_strdup (gy_pledge_item_get_lead_dept (item));
    case COLUMN_STATUS:
      return g_strdup (gy_pledge_item_get_status (item));
    case COLUMN_PROGRESS:
      return gy_pledge_item_dup_progress (item);
    case COLUMN_TOTAL:
      return gy_pledge_item_dup_total (item);
    default:
      g_assert_not_reached ();
    }
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  if (column == COLUMN_PROGRESS || column == COLUMN_TOTAL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GyPledgeItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = column_text (item, GPOINTER_TO_INT (user_data));
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (GPOINTER_TO_INT (user_data) == COLUMN_TITLE)
    gtk_widget_set_tooltip_text (label, text);
}

static void
add_column (GyWindow   *self,
            const char *title,
            Column      column,
            gboolean    expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
reload (GyWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) fresh = gy_pledge_item_list_store (self->store, &error);
  g_autofree char *body = gy_store_dup_body_name (self->store);
  g_autofree char *basename = g_path_get_basename (gy_store_get_path (self->store));
  g_autofree char *count = NULL;
  guint n;

  gtk_label_set_text (self->title_label, body != NULL && body[0] != '\0' ? body : _("Gongyak"));
  gtk_label_set_text (self->subtitle_label, basename);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), gy_store_get_path (self->store));

  if (fresh == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (fresh));
  g_list_store_remove_all (self->pledges);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (fresh), i);
      g_list_store_append (self->pledges, item);
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pledge", "%u pledges", n), n);
  if (gy_store_is_read_only (self->store))
    {
      g_autofree char *with = g_strdup_printf (_("%s · read-only"), count);
      gtk_label_set_text (self->count_label, with);
    }
  else
    gtk_label_set_text (self->count_label, count);
}

static void
on_store_changed (GyStore  *store,
                  gint64    pledge_id,
                  GyWindow *self)
{
  reload (self);
}

static void
gy_window_constructed (GObject *object)
{
  GyWindow *self = GY_WINDOW (object);

  G_OBJECT_CLASS (gy_window_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, 0);
  reload (self);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), GY_TYPE_WINDOW);
  g_clear_object (&self->pledges);
  g_clear_object (&self->store);
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

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GY_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gongyak/Gongyak/gy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GyWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, GyWindow, error_label);
}

static void
gy_window_init (GyWindow *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pledges = g_list_store_new (GY_TYPE_PLEDGE_ITEM);
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->pledges)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  add_column (self, _("No."), COLUMN_NUMBER, FALSE);
  add_column (self, _("Pledge"), COLUMN_TITLE, TRUE);
  add_column (self, _("Lead department"), COLUMN_LEAD_DEPT, FALSE);
  add_column (self, _("Status"), COLUMN_STATUS, FALSE);
  add_column (self, _("Progress"), COLUMN_PROGRESS, FALSE);
  add_column (self, _("Total cost (₩ million)"), COLUMN_TOTAL, FALSE);
}

GyWindow *
gy_window_new (GyApplication *application,
               GyStore       *store)
{
  return g_object_new (GY_TYPE_WINDOW, "application", application, "store", store, NULL);
}

GyStore *
gy_window_get_store (GyWindow *self)
{
  g_return_val_if_fail (GY_IS_WINDOW (self), NULL);
  return self->store;
}

GListModel *
gy_window_get_pledges (GyWindow *self)
{
  g_return_val_if_fail (GY_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->pledges);
}

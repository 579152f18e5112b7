/* gy-pledge-item.c — one pledge as a list item for the window's models
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-pledge-item"

#include <gio/gio.h>

#include "gy-money.h"
#include "gy-pledge-item.h"

struct _GyPledgeItem
{
  GObject   parent_instance;

  gint64    id;
  char     *number;
  char     *title;
  char     *lead_dept;
  char     *status;
  gboolean  has_progress;
  double    progress;
  gint64    total_cost;
};

G_DEFINE_FINAL_TYPE (GyPledgeItem, gy_pledge_item, G_TYPE_OBJECT)

static void
gy_pledge_item_finalize (GObject *object)
{
  GyPledgeItem *self = GY_PLEDGE_ITEM (object);

  g_free (self->number);
  g_free (self->title);
  g_free (self->lead_dept);
  g_free (self->status);
  G_OBJECT_CLASS (gy_pledge_item_parent_class)->finalize (object);
}

static void
gy_pledge_item_class_init (GyPledgeItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gy_pledge_item_finalize;
}

static void
gy_pledge_item_init (GyPledgeItem *self)
{
}

GyPledgeItem *
gy_pledge_item_new (const GyPledgeSummary *summary)
{
  GyPledgeItem *self = g_object_new (GY_TYPE_PLEDGE_ITEM, NULL);

  self->id = summary->id;
  self->number = g_strdup (summary->number ? summary->number : "");
  self->title = g_strdup (summary->title ? summary->title : "");
  self->lead_dept = g_strdup (summary->lead_dept ? summary->lead_dept : "");
  self->status = g_strdup (summary->status ? summary->status : "");
  self->has_progress = summary->has_progress;
  self->progress = summary->progress;
  self->total_cost = summary->total_cost;
  return self;
}

gint64
gy_pledge_item_get_id (GyPledgeItem *self)
{
  return self->id;
}

const char *
gy_pledge_item_get_number (GyPledgeItem *self)
{
  return self->number;
}

const char *
gy_pledge_item_get_title (GyPledgeItem *self)
{
  return self->title;
}

const char *
gy_pledge_item_get_lead_dept (GyPledgeItem *self)
{
  return self->lead_dept;
}

const char *
gy_pledge_item_get_status (GyPledgeItem *self)
{
  return self->status;
}

char *
gy_pledge_item_dup_progress (GyPledgeItem *self)
{
  return self->has_progress ? g_strdup_printf ("%g%%", self->progress) : g_strdup ("");
}

char *
gy_pledge_item_dup_total (GyPledgeItem *self)
{
  return gy_money_format (self->total_cost);
}

/* Every pledge of the store, in the store's order, as a list model. */
GListStore *
gy_pledge_item_list_store (GyStore  *store,
                           GError  **error)
{
  g_autoptr(GPtrArray) pledges = gy_store_list_pledges (store, error);
  g_autoptr(GPtrArray) items = NULL;
  GListStore *list;

  if (pledges == NULL)
    return NULL;
  items = g_ptr_array_new_full (pledges->len, g_object_unref);
  for (guint i = 0; i < pledges->len; i++)
    g_ptr_array_add (items, gy_pledge_item_new (g_ptr_array_index (pledges, i)));
  list = g_list_store_new (GY_TYPE_PLEDGE_ITEM);
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return list;
}

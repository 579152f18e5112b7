/* gy-pledge-item.h — one pledge as a list item for the window's models
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "gy-store.h"

G_BEGIN_DECLS

#define GY_TYPE_PLEDGE_ITEM (gy_pledge_item_get_type ())
G_DECLARE_FINAL_TYPE (GyPledgeItem, gy_pledge_item, GY, PLEDGE_ITEM, GObject)

GyPledgeItem *gy_pledge_item_new            (const GyPledgeSummary *summary);
gint64        gy_pledge_item_get_id         (GyPledgeItem          *self);
const char   *gy_pledge_item_get_number     (GyPledgeItem          *self);
const char   *gy_pledge_item_get_title      (GyPledgeItem          *self);
const char   *gy_pledge_item_get_lead_dept  (GyPledgeItem          *self);
const char   *gy_pledge_item_get_status     (GyPledgeItem          *self);
char         *gy_pledge_item_dup_progress   (GyPledgeItem          *self);
char         *gy_pledge_item_dup_total      (GyPledgeItem          *self);
GListStore   *gy_pledge_item_list_store     (GyStore               *store,
                                             GError               **error);

G_END_DECLS

/* gy-pledge-tree.h — the pledges as a tree: 분야 → 공약 → 세부사업, searchable and filterable
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-body-cards.h"
#include "gy-store.h"

G_BEGIN_DECLS

#define GY_TYPE_PLEDGE_TREE (gy_pledge_tree_get_type ())
G_DECLARE_FINAL_TYPE (GyPledgeTree, gy_pledge_tree, GY, PLEDGE_TREE, GtkWidget)

GtkWidget *gy_pledge_tree_new           (void);
void       gy_pledge_tree_set_store     (GyPledgeTree *self,
                                         GyStore      *store);
void       gy_pledge_tree_reload        (GyPledgeTree *self);
void       gy_pledge_tree_refresh_pledge (GyPledgeTree *self,
                                         gint64        pledge_id);
gboolean   gy_pledge_tree_select        (GyPledgeTree *self,
                                         gint64        pledge_id,
                                         int           sub_index);
gint64     gy_pledge_tree_get_selected  (GyPledgeTree *self);
void       gy_pledge_tree_focus_search  (GyPledgeTree *self);
void       gy_pledge_tree_set_search    (GyPledgeTree *self,
                                         const char   *text);
guint      gy_pledge_tree_count_visible (GyPledgeTree *self);
GPtrArray *gy_pledge_tree_get_summaries (GyPledgeTree *self);
void       gy_pledge_tree_set_term      (GyPledgeTree *self,
                                         const char   *term);
const char *
           gy_pledge_tree_get_term      (GyPledgeTree *self);
GPtrArray *gy_pledge_tree_get_terms     (GyPledgeTree *self);
const char *gy_pledge_tree_get_failure  (GyPledgeTree *self,
                                         gint64        pledge_id);
void       gy_pledge_tree_get_selection (GyPledgeTree *self,
                                         GySelection  *selection,
                                         GArray      **ids);

G_END_DECLS

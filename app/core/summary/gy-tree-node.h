/* gy-tree-node.h — one row of the pledge tree: a 분야, a 공약 or a 세부사업
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "gy-store.h"

G_BEGIN_DECLS

typedef enum {
  GY_TREE_NODE_SECTOR,
  GY_TREE_NODE_PLEDGE,
  GY_TREE_NODE_SUB_PROJECT,
} GyTreeNodeKind;

#define GY_TYPE_TREE_NODE (gy_tree_node_get_type ())
G_DECLARE_FINAL_TYPE (GyTreeNode, gy_tree_node, GY, TREE_NODE, GObject)

GyTreeNode     *gy_tree_node_new_sector     (const char            *name);
GyTreeNode     *gy_tree_node_new_pledge     (const GyPledgeSummary *summary);
GyTreeNode     *gy_tree_node_new_sub        (const GySubProjectSummary *sub);
void            gy_tree_node_update         (GyTreeNode            *self,
                                             const GyPledgeSummary *summary);
GyTreeNodeKind  gy_tree_node_get_kind       (GyTreeNode            *self);
gint64          gy_tree_node_get_pledge_id  (GyTreeNode            *self);
int             gy_tree_node_get_sub_index  (GyTreeNode            *self);
const char     *gy_tree_node_get_number     (GyTreeNode            *self);
const char     *gy_tree_node_get_title      (GyTreeNode            *self);
const char     *gy_tree_node_get_sector     (GyTreeNode            *self);
const char     *gy_tree_node_get_lead_dept  (GyTreeNode            *self);
const char     *gy_tree_node_get_status     (GyTreeNode            *self);
gboolean        gy_tree_node_has_progress   (GyTreeNode            *self);
double          gy_tree_node_get_progress   (GyTreeNode            *self);
gint64          gy_tree_node_get_total_cost (GyTreeNode            *self);
char           *gy_tree_node_dup_text       (GyTreeNode            *self,
                                             const char            *column);
gboolean        gy_tree_node_matches        (GyTreeNode            *self,
                                             const char            *folded_needle);
void            gy_tree_node_emit_changed   (GyTreeNode            *self);
void            gy_tree_node_set_failure    (GyTreeNode            *self,
                                             const char            *failure);
const char     *gy_tree_node_get_failure    (GyTreeNode            *self);
GListStore     *gy_tree_node_get_children   (GyTreeNode            *self);
int             gy_tree_node_compare        (GyTreeNode            *a,
                                             GyTreeNode            *b,
                                             const char            *column);

G_END_DECLS

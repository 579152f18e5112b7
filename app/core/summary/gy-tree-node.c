/* gy-tree-node.c — one row of the pledge tree: a 분야, a 공약 or a 세부사업
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-tree-node"

#include <string.h>

#include "gy-money.h"
#include "gy-tree-node.h"

struct _GyTreeNode
{
  GObject         parent_instance;

  GyTreeNodeKind  kind;
  gint64          pledge_id;
  int             sub_index;
  char           *number;
  char           *title;
  char           *sector;
  char           *lead_dept;
  char           *status;
  gboolean        has_progress;
  double          progress;
  gint64          total_cost;
  char           *folded;     /* what the search looks in, case-folded */
  char           *failure;    /* the first rule the pledge's card fails, or NULL */
  GListStore     *children;   /* pledges of a sector, sub-projects of a pledge */
};

G_DEFINE_FINAL_TYPE (GyTreeNode, gy_tree_node, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fold (GyTreeNode *self)
{
  g_autofree char *all = g_strjoin ("\n", self->number ? self->number : "",
                                    self->title ? self->title : "",
                                    self->sector ? self->sector : "",
                                    self->lead_dept ? self->lead_dept : "",
                                    self->status ? self->status : "", NULL);

  g_free (self->folded);
  self->folded = g_utf8_casefold (all, -1);
}

static void
gy_tree_node_finalize (GObject *object)
{
  GyTreeNode *self = GY_TREE_NODE (object);

  g_free (self->number);
  g_free (self->title);
  g_free (self->sector);
  g_free (self->lead_dept);
  g_free (self->status);
  g_free (self->folded);
  g_free (self->failure);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (gy_tree_node_parent_class)->finalize (object);
}

static void
gy_tree_node_class_init (GyTreeNodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gy_tree_node_finalize;

  /* the pledge's figures changed in place: cells showing it redraw */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
gy_tree_node_init (GyTreeNode *self)
{
  self->sub_index = -1;
  self->total_cost = GY_MONEY_ABSENT;
}

GyTreeNode *
gy_tree_node_new_sector (const char *name)
{
  GyTreeNode *self = g_object_new (GY_TYPE_TREE_NODE, NULL);

  self->kind = GY_TREE_NODE_SECTOR;
  self->title = g_strdup (name);
  self->sector = g_strdup (name);
  self->children = g_list_store_new (GY_TYPE_TREE_NODE);
  fold (self);
  return self;
}

GyTreeNode *
gy_tree_node_new_pledge (const GyPledgeSummary *summary)
{
  GyTreeNode *self = g_object_new (GY_TYPE_TREE_NODE, NULL);

  self->kind = GY_TREE_NODE_PLEDGE;
  self->pledge_id = summary->id;
  self->children = g_list_store_new (GY_TYPE_TREE_NODE);
  gy_tree_node_update (self, summary);
  return self;
}

GyTreeNode *
gy_tree_node_new_sub (const GySubProjectSummary *sub)
{
  GyTreeNode *self = g_object_new (GY_TYPE_TREE_NODE, NULL);

  self->kind = GY_TREE_NODE_SUB_PROJECT;
  self->pledge_id = sub->pledge_id;
  self->sub_index = (int) sub->index;
  self->number = g_strdup (sub->number);
  self->title = g_strdup (sub->title);
  fold (self);
  return self;
}

/* New figures for the same pledge, e.g. after an edit; the row keeps its place. */
void
gy_tree_node_update (GyTreeNode            *self,
                     const GyPledgeSummary *summary)
{
  g_return_if_fail (self->kind == GY_TREE_NODE_PLEDGE);

  g_free (self->number);
  self->number = g_strdup (summary->number ? summary->number : "");
  g_free (self->title);
  self->title = g_strdup (summary->title ? summary->title : "");
  g_free (self->sector);
  self->sector = g_strdup (summary->sector);
  g_free (self->lead_dept);
  self->lead_dept = g_strdup (summary->lead_dept ? summary->lead_dept : "");
  g_free (self->status);
  self->status = g_strdup (summary->status ? summary->status : "");
  self->has_progress = summary->has_progress;
  self->progress = summary->progress;
  self->total_cost = summary->total_cost;
  fold (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

GyTreeNodeKind
gy_tree_node_get_kind (GyTreeNode *self)
{
  return self->kind;
}

gint64
gy_tree_node_get_pledge_id (GyTreeNode *self)
{
  return self->pledge_id;
}

int
gy_tree_node_get_sub_index (GyTreeNode *self)
{
  return self->sub_index;
}

const char *
gy_tree_node_get_number (GyTreeNode *self)
{
  return self->number != NULL ? self->number : "";
}

const char *
gy_tree_node_get_title (GyTreeNode *self)
{
  return self->title != NULL ? self->title : "";
}

const char *
gy_tree_node_get_sector (GyTreeNode *self)
{
  return self->sector;
}

const char *
gy_tree_node_get_lead_dept (GyTreeNode *self)
{
  return self->lead_dept != NULL ? self->lead_dept : "";
}

const char *
gy_tree_node_get_status (GyTreeNode *self)
{
  return self->status != NULL ? self->status : "";
}

gboolean
gy_tree_node_has_progress (GyTreeNode *self)
{
  return self->has_progress;
}

double
gy_tree_node_get_progress (GyTreeNode *self)
{
  return self->progress;
}

gint64
gy_tree_node_get_total_cost (GyTreeNode *self)
{
  return self->total_cost;
}

/* What a column shows: "number", "title", "lead-dept", "status", "progress", "total". */
char *
gy_tree_node_dup_text (GyTreeNode *self,
                       const char *column)
{
  if (g_str_equal (column, "number"))
    return g_strdup (gy_tree_node_get_number (self));
  if (g_str_equal (column, "title"))
    return g_strdup (gy_tree_node_get_title (self));
  if (self->kind != GY_TREE_NODE_PLEDGE)
    return g_strdup ("");
  if (g_str_equal (column, "lead-dept"))
    return g_strdup (self->lead_dept);
  if (g_str_equal (column, "status"))
    return g_strdup (self->status);
  if (g_str_equal (column, "progress"))
    return self->has_progress ? g_strdup_printf ("%g%%", self->progress) : g_strdup ("");
  if (g_str_equal (column, "total"))
    return gy_money_format (self->total_cost);
  return g_strdup ("");
}

/* FOLDED_NEEDLE must be g_utf8_casefold()ed already: the tree folds it once per keystroke. */
gboolean
gy_tree_node_matches (GyTreeNode *self,
                      const char *folded_needle)
{
  return folded_needle == NULL || *folded_needle == '\0' ||
         strstr (self->folded, folded_needle) != NULL;
}

/* FAILURE: what the first rule the card fails says, or NULL when the card keeps every rule. */
void
gy_tree_node_set_failure (GyTreeNode *self,
                          const char *failure)
{
  if (g_strcmp0 (self->failure, failure) == 0)
    return;
  g_free (self->failure);
  self->failure = g_strdup (failure);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
gy_tree_node_get_failure (GyTreeNode *self)
{
  return self->failure;
}

/* Cells showing the node redraw, e.g. a heading whose count follows the filter. */
void
gy_tree_node_emit_changed (GyTreeNode *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

GListStore *
gy_tree_node_get_children (GyTreeNode *self)
{
  return self->children;
}

/* Pledge numbers compare as "2-10" after "2-9": by their numeric parts. */
static int
compare_numbers (const char *a,
                 const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          guint64 x = g_ascii_strtoull (a, (char **) &a, 10);
          guint64 y = g_ascii_strtoull (b, (char **) &b, 10);

          if (x != y)
            return x < y ? -1 : 1;
          continue;
        }
      if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      a++;
      b++;
    }
  return (*a != '\0') - (*b != '\0');
}

int
gy_tree_node_compare (GyTreeNode *a,
                      GyTreeNode *b,
                      const char *column)
{
  if (g_str_equal (column, "number"))
    return compare_numbers (gy_tree_node_get_number (a), gy_tree_node_get_number (b));
  if (g_str_equal (column, "progress"))
    {
      double x = a->has_progress ? a->progress : -1, y = b->has_progress ? b->progress : -1;
      return (x > y) - (x < y);
    }
  if (g_str_equal (column, "total"))
    return (a->total_cost > b->total_cost) - (a->total_cost < b->total_cost);
  if (g_str_equal (column, "lead-dept"))
    return g_utf8_collate (gy_tree_node_get_lead_dept (a), gy_tree_node_get_lead_dept (b));
  if (g_str_equal (column, "status"))
    return g_utf8_collate (gy_tree_node_get_status (a), gy_tree_node_get_status (b));
  return g_utf8_collate (gy_tree_node_get_title (a), gy_tree_node_get_title (b));
}

/* gy-pledge-tree.c — the pledges as a tree: 분야 → 공약 → 세부사업, searchable and filterable
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Nautilus stack: sector nodes in a GListStore, a GtkTreeListModel over them, its rows
 * filtered by one GtkFilterListModel and sorted by the column view's sorter through a
 * GtkTreeListRowSorter. Filtering the flat rows, not each sector's children, changes the
 * list in one step: at 20,000 pledges that is the difference between a frame and a second.
 * The search matches the visible fields at once and every text of the cards a moment
 * later, from a worker thread with its own read-only connection.
 */
#define G_LOG_DOMAIN "gy-pledge-tree"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "gy-body-cards.h"
#include "gy-check.h"
#include "gy-pledge-tree.h"
#include "gy-tree-node.h"

struct _GyPledgeTree
{
  GtkWidget           parent_instance;

  GyStore            *store;
  GListStore         *sectors;        /* GyTreeNode of kind SECTOR */
  GHashTable         *pledges;        /* pledge id → GyTreeNode, not owned */
  GPtrArray          *summaries;      /* GyPledgeSummary of the term shown, as last loaded */
  GPtrArray          *terms;          /* GyTerm: the file's, as last loaded */
  char               *term_choice;    /* the term shown; NULL: every term, each under its own */
  gboolean            term_chosen;    /* picked by the officer: no longer follows the default */
  GtkTreeListModel   *tree;
  GtkCustomFilter    *filter;         /* rows of the tree */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSorter          *row_sorter;
  GtkSingleSelection *selection;
  GHashTable         *visible;        /* pledge nodes that pass, by pointer */
  GHashTable         *visible_sectors; /* sector nodes with a visible pledge */

  char               *needle;         /* case-folded search text */
  GHashTable         *hits;           /* pledge ids whose card text matches, or NULL */
  GCancellable       *search_cancellable;
  char               *sector_choice;  /* NULL: all */
  char               *dept_choice;
  char               *status_choice;
  gboolean            failing_only;   /* "점검 실패": only pledges whose card fails a rule */
  GCancellable       *check_cancellable;
  gboolean            filling;        /* drop-downs being filled */
  gboolean            restoring;      /* the selection kept over a reload: not a new choice */
  guint               load_source;    /* the first load waits for the first frame */

  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *term_drop;
  GtkDropDown        *sector_drop;
  GtkDropDown        *dept_drop;
  GtkDropDown        *status_drop;
  GtkColumnView      *column_view;
  GtkLabel           *count_label;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *total_column;
  GtkColumnViewColumn *dept_column;
  guint               title_source;   /* the title column takes the width left, after a frame */
  guint               filter_source;  /* "filter-changed" waits for the typing to pause */
  gboolean            disposed;       /* late callbacks start nothing new */
};

G_DEFINE_FINAL_TYPE (GyPledgeTree, gy_pledge_tree, GTK_TYPE_WIDGET)

enum {
  SELECTED,
  LOADED,
  FILTER_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void refilter (GyPledgeTree *self);
static void restore_selection (GyPledgeTree *self,
                               gint64        pledge_id);

static gboolean
pledge_passes (GyPledgeTree *self,
               GyTreeNode   *node)
{
  gint64 id = gy_tree_node_get_pledge_id (node);

  if (self->sector_choice != NULL && g_strcmp0 (gy_tree_node_get_sector (node), self->sector_choice) != 0)
    return FALSE;
  if (self->dept_choice != NULL && g_strcmp0 (gy_tree_node_get_lead_dept (node), self->dept_choice) != 0)
    return FALSE;
  if (self->status_choice != NULL && g_strcmp0 (gy_tree_node_get_status (node), self->status_choice) != 0)
    return FALSE;
  if (self->failing_only && gy_tree_node_get_failure (node) == NULL)
    return FALSE;
  return gy_tree_node_matches (node, self->needle) ||
         (self->hits != NULL && g_hash_table_contains (self->hits, &id));
}

/* A heading row: a 분야, or a term over its 분야 when every term is shown. */
static gboolean
is_term (GyTreeNode *node)
{
  GListModel *children = G_LIST_MODEL (gy_tree_node_get_children (node));
  g_autoptr(GyTreeNode) first = NULL;

  if (gy_tree_node_get_kind (node) != GY_TREE_NODE_SECTOR ||
      g_list_model_get_n_items (children) == 0)
    return FALSE;
  first = g_list_model_get_item (children, 0);
  return gy_tree_node_get_kind (first) == GY_TREE_NODE_SECTOR;
}

static void
decide_sector (GyPledgeTree *self,
               GyTreeNode   *sector,
               GyTreeNode   *term)
{
  GListModel *pledges = G_LIST_MODEL (gy_tree_node_get_children (sector));

  for (guint j = 0; j < g_list_model_get_n_items (pledges); j++)
    {
      GyTreeNode *pledge = g_list_model_get_item (pledges, j);

      if (pledge_passes (self, pledge))
        {
          g_hash_table_add (self->visible, pledge);
          g_hash_table_add (self->visible_sectors, sector);
          if (term != NULL)
            g_hash_table_add (self->visible_sectors, term);
        }
      g_object_unref (pledge);
    }
}

/* Decides every pledge once per change, so the row filter only looks things up. */
static void
decide_visible (GyPledgeTree *self)
{
  g_hash_table_remove_all (self->visible);
  g_hash_table_remove_all (self->visible_sectors);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sectors)); i++)
    {
      g_autoptr(GyTreeNode) top = g_list_model_get_item (G_LIST_MODEL (self->sectors), i);

      if (is_term (top))
        {
          GListModel *sectors = G_LIST_MODEL (gy_tree_node_get_children (top));

          for (guint j = 0; j < g_list_model_get_n_items (sectors); j++)
            {
              g_autoptr(GyTreeNode) sector = g_list_model_get_item (sectors, j);

              decide_sector (self, sector, top);
            }
        }
      else
        decide_sector (self, top, NULL);
    }
}

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  GyPledgeTree *self = user_data;
  g_autoptr(GyTreeNode) node = gtk_tree_list_row_get_item (item);

  switch (gy_tree_node_get_kind (node))
    {
    case GY_TREE_NODE_SECTOR:
      return g_hash_table_contains (self->visible_sectors, node);
    case GY_TREE_NODE_PLEDGE:
      return g_hash_table_contains (self->visible, node);
    case GY_TREE_NODE_SUB_PROJECT:
    default:
      {
        g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (item);
        g_autoptr(GyTreeNode) pledge = parent != NULL ? gtk_tree_list_row_get_item (parent) : NULL;

        return pledge != NULL && g_hash_table_contains (self->visible, pledge);
      }
    }
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *children = G_LIST_MODEL (gy_tree_node_get_children (item));

  if (gy_tree_node_get_kind (item) == GY_TREE_NODE_SUB_PROJECT ||
      g_list_model_get_n_items (children) == 0)
    return NULL;
  return g_object_ref (children);
}

/* The headings open: the terms, then their 분야. */
static void
expand_sectors (GyPledgeTree *self)
{
  for (guint depth = 0; depth < 2; depth++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

      /* Expanding a row inserts its children after it: walk from the end. */
      for (guint i = n; i > 0; i--)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i - 1);
          g_autoptr(GyTreeNode) node = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

          if (row != NULL && gtk_tree_list_row_get_depth (row) == depth &&
              gy_tree_node_get_kind (node) == GY_TREE_NODE_SECTOR)
            gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }
}

/* The pledges the filter shows under a heading row. */
static guint
count_pledges (GyPledgeTree *self,
               GyTreeNode   *node)
{
  GListModel *children = G_LIST_MODEL (gy_tree_node_get_children (node));
  gboolean term = is_term (node);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(GyTreeNode) child = g_list_model_get_item (children, i);

      if (term)
        n += count_pledges (self, child);
      else if (g_hash_table_contains (self->visible, child))
        n++;
    }
  return n;
}

/* "20,000": counts read as the officer writes them, whatever the locale. */
static char *
format_count (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *s = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

/* The headings' counts follow the filter: their cells redraw. */
static void
refresh_headings (GyPledgeTree *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sectors)); i++)
    {
      g_autoptr(GyTreeNode) top = g_list_model_get_item (G_LIST_MODEL (self->sectors), i);

      gy_tree_node_emit_changed (top);
      if (is_term (top))
        {
          GListModel *sectors = G_LIST_MODEL (gy_tree_node_get_children (top));

          for (guint j = 0; j < g_list_model_get_n_items (sectors); j++)
            {
              g_autoptr(GyTreeNode) sector = g_list_model_get_item (sectors, j);

              gy_tree_node_emit_changed (sector);
            }
        }
    }
}

guint
gy_pledge_tree_count_visible (GyPledgeTree *self)
{
  return g_hash_table_size (self->visible);
}

static void
update_count (GyPledgeTree *self)
{
  guint shown = gy_pledge_tree_count_visible (self);
  guint all = self->summaries != NULL ? self->summaries->len : 0;
  g_autofree char *text = NULL;
  g_autofree char *shown_text = format_count (shown);
  g_autofree char *all_text = format_count (all);

  if (shown == all)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s pledge", "%s pledges", all),
                            all_text);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s pledge", "%s of %s pledges",
                                         all), shown_text, all_text);
  gtk_label_set_text (self->count_label, text);
}

/* The body-wide views sum every card shown: they follow once the officer stops typing, and once
 * for a search's first matches and its card-text hits together. */
#define FILTER_DELAY_MS 250

static gboolean
emit_filter_changed (gpointer data)
{
  GyPledgeTree *self = data;

  self->filter_source = 0;
  g_signal_emit (self, signals[FILTER_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* CHANGE tells the filter model which rows can change: typing more only hides rows. */
static void
refilter_with (GyPledgeTree    *self,
               GtkFilterChange  change)
{
  gint64 selected = gy_pledge_tree_get_selected (self);

  decide_visible (self);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  refresh_headings (self);
  update_count (self);
  if (selected != 0)
    restore_selection (self, selected);
  g_clear_handle_id (&self->filter_source, g_source_remove);
  if (!self->disposed)
    self->filter_source = g_timeout_add (FILTER_DELAY_MS, emit_filter_changed, self);
}

static void
refilter (GyPledgeTree *self)
{
  refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Search */

typedef struct {
  char *path;
  char *needle;
} SearchJob;

static void
search_job_free (SearchJob *job)
{
  g_free (job->path);
  g_free (job->needle);
  g_free (job);
}

static void
search_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = gy_store_open (job->path, GY_STORE_OPEN_READ_ONLY, &error);
  GHashTable *hits;

  if (store == NULL || (hits = gy_store_search (store, job->needle, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, hits, (GDestroyNotify) g_hash_table_unref);
}

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GHashTable *hits = g_task_propagate_pointer (G_TASK (result), &error);
  GyPledgeTree *self;

  if (hits == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Search failed: %s", error->message);
      return;
    }
  self = GY_PLEDGE_TREE (source);
  g_clear_pointer (&self->hits, g_hash_table_unref);
  self->hits = hits;
  refilter (self);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   GyPledgeTree   *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *old = g_steal_pointer (&self->needle);
  gboolean had_hits = self->hits != NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->needle = g_utf8_casefold (stripped, -1);
  /* Card-text hits of the old word are dropped, so only a plain narrowing is stricter. */
  if (strstr (self->needle, old) != NULL && !had_hits)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, self->needle) != NULL && !had_hits)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  refilter_with (self, change);

  /* The rest of each card is searched in the background; its hits join when found. */
  if (*stripped != '\0' && self->store != NULL)
    {
      g_autoptr(GTask) task = NULL;
      SearchJob *job = g_new0 (SearchJob, 1);

      job->path = g_strdup (gy_store_get_path (self->store));
      job->needle = g_steal_pointer (&stripped);
      self->search_cancellable = g_cancellable_new ();
      task = g_task_new (self, self->search_cancellable, on_search_done, NULL);
      g_task_set_task_data (task, job, (GDestroyNotify) search_job_free);
      g_task_run_in_thread (task, search_thread);
    }
}

/* Checks: every card against the rules, from a worker thread with its own connection, so a
 * file of 20,000 shows at once and its markers follow. */

typedef struct {
  char   *path;
  GArray *ids;
} CheckJob;

static void
check_job_free (CheckJob *job)
{
  g_free (job->path);
  g_array_unref (job->ids);
  g_free (job);
}

/* What the first rule CARD fails says, or NULL. */
static char *
check_card (GyStore      *store,
            const GyCard *card)
{
  g_auto(GStrv) statuses = gy_store_list_values (store, GY_LIST_STATUSES);
  g_autoptr(GPtrArray) findings = gy_check_card (card, (const char * const *) statuses);

  if (findings == NULL || findings->len == 0)
    return NULL;
  return g_strdup (((GyFinding *) g_ptr_array_index (findings, 0))->message);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = gy_store_open (job->path, GY_STORE_OPEN_READ_ONLY, &error);
  g_auto(GStrv) statuses = NULL;
  GHashTable *failures;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  statuses = gy_store_list_values (store, GY_LIST_STATUSES);
  failures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < job->ids->len; i++)
    {
      gint64 id = g_array_index (job->ids, gint64, i);
      g_autoptr(GyCard) card = NULL;
      g_autoptr(GPtrArray) findings = NULL;

      if (g_task_return_error_if_cancelled (task))
        {
          g_hash_table_unref (failures);
          return;
        }
      card = gy_store_load_card (store, id, NULL);
      if (card == NULL)
        continue;
      findings = gy_check_card (card, (const char * const *) statuses);
      if (findings != NULL && findings->len > 0)
        g_hash_table_insert (failures, g_memdup2 (&id, sizeof id),
                             g_strdup (((GyFinding *) g_ptr_array_index (findings, 0))->message));
    }
  g_task_return_pointer (task, failures, (GDestroyNotify) g_hash_table_unref);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) failures = g_task_propagate_pointer (G_TASK (result), &error);
  GyPledgeTree *self;
  GHashTableIter iter;
  gpointer key, value;

  if (failures == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Checking the cards failed: %s", error->message);
      return;
    }
  self = GY_PLEDGE_TREE (source);
  g_hash_table_iter_init (&iter, self->pledges);
  while (g_hash_table_iter_next (&iter, &key, &value))
    gy_tree_node_set_failure (value, g_hash_table_lookup (failures, key));
  if (self->failing_only)
    refilter (self);
}

static void
start_checks (GyPledgeTree *self)
{
  g_autoptr(GTask) task = NULL;
  CheckJob *job;
  GHashTableIter iter;
  gpointer key;

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  if (self->store == NULL || gy_store_get_path (self->store) == NULL)
    return;
  job = g_new0 (CheckJob, 1);
  job->path = g_strdup (gy_store_get_path (self->store));
  job->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_hash_table_iter_init (&iter, self->pledges);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (job->ids, *(gint64 *) key);
  self->check_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->check_cancellable, on_check_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) check_job_free);
  g_task_run_in_thread (task, check_thread);
}

/* Whether the card of PLEDGE_ID fails a rule, as last checked: what the first rule says. */
const char *
gy_pledge_tree_get_failure (GyPledgeTree *self,
                            gint64        pledge_id)
{
  GyTreeNode *node = g_hash_table_lookup (self->pledges, &pledge_id);

  return node != NULL ? gy_tree_node_get_failure (node) : NULL;
}

/* Filters */

static char *
drop_choice (GtkDropDown *drop)
{
  guint selected = gtk_drop_down_get_selected (drop);
  GListModel *model = gtk_drop_down_get_model (drop);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || model == NULL)
    return NULL;
  return g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), selected));
}

static void
read_choices (GyPledgeTree *self)
{
  g_free (self->sector_choice);
  self->sector_choice = drop_choice (self->sector_drop);
  g_free (self->dept_choice);
  self->dept_choice = drop_choice (self->dept_drop);
  g_free (self->status_choice);
  self->status_choice = drop_choice (self->status_drop);
  /* the last item of the statuses is "점검 실패", not a status */
  {
    GListModel *model = gtk_drop_down_get_model (self->status_drop);
    guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

    self->failing_only = n > 1 && gtk_drop_down_get_selected (self->status_drop) == n - 1;
    if (self->failing_only)
      g_clear_pointer (&self->status_choice, g_free);
  }
}

static void
on_drop_changed (GtkDropDown  *drop,
                 GParamSpec   *pspec,
                 GyPledgeTree *self)
{
  if (self->filling)
    return;
  read_choices (self);
  refilter (self);
}

static void
fill_drop (GtkDropDown        *drop,
           const char         *all,
           const char * const *values,
           const char         *keep)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (list, all);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      gtk_string_list_append (list, values[i]);
      if (g_strcmp0 (values[i], keep) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (drop, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (drop, selected);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
fill_drops (GyPledgeTree *self)
{
  gboolean was_filling = self->filling;
  g_auto(GStrv) sectors = gy_store_list_values (self->store, GY_LIST_SECTORS);
  g_auto(GStrv) statuses = gy_store_list_values (self->store, GY_LIST_STATUSES);
  g_autoptr(GPtrArray) depts = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->summaries->len; i++)
    {
      GyPledgeSummary *s = g_ptr_array_index (self->summaries, i);

      if (s->lead_dept != NULL && *s->lead_dept != '\0' && g_hash_table_add (seen, s->lead_dept))
        g_ptr_array_add (depts, s->lead_dept);
    }
  g_ptr_array_sort (depts, compare_strings);
  g_ptr_array_add (depts, NULL);

  self->filling = TRUE;
  fill_drop (self->sector_drop, _("All sectors"), (const char * const *) sectors, self->sector_choice);
  fill_drop (self->dept_drop, _("All departments"), (const char * const *) depts->pdata,
             self->dept_choice);
  fill_drop (self->status_drop, _("All statuses"), (const char * const *) statuses,
             self->status_choice);
  gtk_string_list_append (GTK_STRING_LIST (gtk_drop_down_get_model (self->status_drop)),
                          _("Failing a check"));
  if (self->failing_only)
    gtk_drop_down_set_selected (self->status_drop,
                                g_list_model_get_n_items (gtk_drop_down_get_model (
                                  self->status_drop)) - 1);
  self->filling = was_filling;
  if (!was_filling)
    on_drop_changed (NULL, NULL, self);
  else
    read_choices (self);
}

/* Cells */

static void
on_node_changed (GyTreeNode  *node,
                 GtkListItem *list_item);

static GyTreeNode *
item_node (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);

  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

static void
show_node (GtkListItem *list_item,
           GyTreeNode  *node)
{
  GyPledgeTree *self = g_object_get_data (G_OBJECT (list_item), "gy-tree");
  const char *column = g_object_get_data (G_OBJECT (list_item), "gy-column");
  GtkWidget *label = g_object_get_data (G_OBJECT (list_item), "gy-label");
  GtkWidget *marker = g_object_get_data (G_OBJECT (list_item), "gy-marker");
  g_autofree char *text = NULL;

  if (gy_tree_node_get_kind (node) == GY_TREE_NODE_SECTOR && g_str_equal (column, "title"))
    {
      g_autofree char *count = format_count (count_pledges (self, node));

      text = g_strdup_printf ("%s (%s)", gy_tree_node_get_title (node), count);
    }
  else
    text = gy_tree_node_dup_text (node, column);
  /* Only what changed: a style class or tooltip set again costs a restyle per row. */
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
  if (g_str_equal (column, "title"))
    gtk_widget_set_tooltip_text (label, text);
  if (marker != NULL)
    {
      const char *failure = gy_tree_node_get_failure (node);

      if (gtk_widget_get_visible (marker) != (failure != NULL))
        gtk_widget_set_visible (marker, failure != NULL);
      if (failure != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (marker), failure) != 0)
        gtk_widget_set_tooltip_text (marker, failure);
    }
  if ((gy_tree_node_get_kind (node) == GY_TREE_NODE_SECTOR) != gtk_widget_has_css_class (label, "heading"))
    {
      if (gy_tree_node_get_kind (node) == GY_TREE_NODE_SECTOR)
        gtk_widget_add_css_class (label, "heading");
      else
        gtk_widget_remove_css_class (label, "heading");
    }
}

static void
on_node_changed (GyTreeNode  *node,
                 GtkListItem *list_item)
{
  show_node (list_item, node);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  const char *column = g_object_get_data (G_OBJECT (factory), "gy-column");
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = g_str_equal (column, "progress") || g_str_equal (column, "total");

  g_object_set_data (G_OBJECT (list_item), "gy-column", (gpointer) column);
  g_object_set_data (G_OBJECT (list_item), "gy-tree", user_data);
  g_object_set_data (G_OBJECT (list_item), "gy-label", label);
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (g_str_equal (column, "number"))
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
      gtk_list_item_set_child (list_item, expander);
    }
  else if (g_str_equal (column, "title"))
    {
      /* a pledge whose card fails a rule is marked; the marker's tooltip names the rule */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *marker = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (marker, "check-failed");
      gtk_widget_set_visible (marker, FALSE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), marker);
      gtk_box_append (GTK_BOX (box), label);
      g_object_set_data (G_OBJECT (list_item), "gy-marker", marker);
      gtk_list_item_set_child (list_item, box);
    }
  else
    gtk_list_item_set_child (list_item, label);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GyTreeNode *node = item_node (list_item);
  gulong handler;

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), gtk_list_item_get_item (list_item));
  show_node (list_item, node);
  handler = g_signal_connect (node, "changed", G_CALLBACK (on_node_changed), list_item);
  g_object_set_data (G_OBJECT (list_item), "gy-handler", GSIZE_TO_POINTER (handler));
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GyTreeNode *node = item_node (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "gy-handler"));

  if (node != NULL && handler != 0)
    g_signal_handler_disconnect (node, handler);
  g_object_set_data (G_OBJECT (list_item), "gy-handler", NULL);
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return gy_tree_node_compare ((GyTreeNode *) a, (GyTreeNode *) b, user_data);
}

static GtkColumnViewColumn *
add_column (GyPledgeTree *self,
            const char   *title,
            const char   *column,
            int           width,
            gboolean      expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare_nodes, (gpointer) column, NULL);

  g_object_set_data (G_OBJECT (factory), "gy-column", (gpointer) column);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), NULL);
  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
  gtk_column_view_append_column (self->column_view, view_column);
  return view_column;
}

/* Sorting a tree costs much at scale, so the sort model sorts only while a column asks. */
static void
on_sorter_changed (GtkSorter    *sorter,
                   GtkSorterChange change,
                   GyPledgeTree *self)
{
  gboolean active = gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE;

  gtk_sort_list_model_set_sorter (self->sorted, active ? self->row_sorter : NULL);
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      GyPledgeTree      *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  GyTreeNode *node;

  if (row == NULL || self->restoring)
    return;
  node = gtk_tree_list_row_get_item (row);
  if (gy_tree_node_get_kind (node) != GY_TREE_NODE_SECTOR)
    g_signal_emit (self, signals[SELECTED], 0, gy_tree_node_get_pledge_id (node),
                   gy_tree_node_get_sub_index (node));
  g_object_unref (node);
}

/* Loading */

/* Keeps the pledges of TERM (NULL: all) and frees the others; ALL is emptied. */
static GPtrArray *
keep_term (GPtrArray  *all,
           const char *term)
{
  GPtrArray *kept;

  if (term == NULL)
    return g_ptr_array_ref (all);
  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_pledge_summary_free);
  g_ptr_array_set_free_func (all, NULL);
  for (guint i = 0; i < all->len; i++)
    {
      GyPledgeSummary *summary = g_ptr_array_index (all, i);

      if (g_strcmp0 (summary->term, term) == 0)
        g_ptr_array_add (kept, summary);
      else
        gy_pledge_summary_free (summary);
    }
  g_ptr_array_set_size (all, 0);
  return kept;
}

static gboolean
has_term (GPtrArray  *terms,
          const char *name)
{
  for (guint i = 0; i < terms->len; i++)
    if (g_strcmp0 (((GyTerm *) g_ptr_array_index (terms, i))->name, name) == 0)
      return TRUE;
  return FALSE;
}

/* The term shown until the officer picks one, as every output picks it: the one that holds
 * today, else the latest with pledges. NULL (every term) for a file without pledges. */
static char *
default_term (GPtrArray *terms,
              GPtrArray *summaries)
{
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  g_autoptr(GyTerm) term = NULL;

  for (guint i = 0; i < summaries->len; i++)
    {
      const char *name = ((GyPledgeSummary *) g_ptr_array_index (summaries, i))->term;

      if (name != NULL && !g_ptr_array_find_with_equal_func (used, name, g_str_equal, NULL))
        g_ptr_array_add (used, (gpointer) name);
    }
  term = gy_selection_pick_term (NULL, terms, used, NULL);
  return term != NULL ? g_strdup (term->name) : NULL;
}

/* The model is replaced only when the terms change: this runs inside the drop-down's own
 * change of selection, when the officer picks a term. */
static void
fill_term_drop (GyPledgeTree *self)
{
  GListModel *model = gtk_drop_down_get_model (self->term_drop);
  gboolean same = model != NULL && g_list_model_get_n_items (model) == self->terms->len + 1;
  guint selected = 0;

  for (guint i = 0; i < self->terms->len; i++)
    {
      const GyTerm *term = g_ptr_array_index (self->terms, i);

      same = same && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i + 1),
                                term->name) == 0;
      if (g_strcmp0 (term->name, self->term_choice) == 0)
        selected = i + 1;
    }
  if (!same)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

      gtk_string_list_append (list, _("All terms"));
      for (guint i = 0; i < self->terms->len; i++)
        gtk_string_list_append (list, ((GyTerm *) g_ptr_array_index (self->terms, i))->name);
      gtk_drop_down_set_model (self->term_drop, G_LIST_MODEL (list));
    }
  if (gtk_drop_down_get_selected (self->term_drop) != selected)
    gtk_drop_down_set_selected (self->term_drop, selected);
}

/* The sector rows of one term's pledges, in the body's order, then any a card names that the
 * list lacks, then none. TERM filters the pledges (NULL: all of SUMMARIES). */
static void
add_sectors (GyPledgeTree       *self,
             GPtrArray          *summaries,
             const char         *term,
             const char * const *sector_names,
             GPtrArray          *sector_nodes)
{
  g_autoptr(GHashTable) by_sector = g_hash_table_new (g_str_hash, g_str_equal);
  GyTreeNode *none = NULL;

  for (guint i = 0; sector_names[i] != NULL; i++)
    {
      GyTreeNode *node = gy_tree_node_new_sector (sector_names[i]);

      g_ptr_array_add (sector_nodes, node);
      g_hash_table_insert (by_sector, (char *) sector_names[i], node);
    }

  for (guint i = 0; i < summaries->len; i++)
    {
      GyPledgeSummary *summary = g_ptr_array_index (summaries, i);
      GyTreeNode *sector = NULL;
      g_autoptr(GyTreeNode) pledge = NULL;

      if (term != NULL && g_strcmp0 (summary->term, term) != 0)
        continue;
      pledge = gy_tree_node_new_pledge (summary);
      if (summary->sector != NULL)
        sector = g_hash_table_lookup (by_sector, summary->sector);
      if (summary->sector != NULL && sector == NULL)
        {
          sector = gy_tree_node_new_sector (summary->sector);
          g_ptr_array_add (sector_nodes, sector);
          g_hash_table_insert (by_sector, summary->sector, sector);
        }
      if (sector == NULL)
        {
          if (none == NULL)
            none = gy_tree_node_new_sector (_("No sector"));
          sector = none;
        }
      g_list_store_append (gy_tree_node_get_children (sector), pledge);
      g_hash_table_insert (self->pledges, &summary->id, pledge);
    }
  if (none != NULL)
    g_ptr_array_add (sector_nodes, none);
}

/* The tree expander's step per level and the cell's own padding, as Adwaita draws them. */
#define INDENT_WIDTH 16
#define CELL_PADDING 26
#define SORT_ARROW 20

static int
text_width (GyPledgeTree *self,
            const char   *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view),
                                                                  text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The longest numbers of one depth, as candidates for the widest: measuring 20,000 costs. */
static void
collect_number (GHashTable *longest,
                int        *max_chars,
                const char *number)
{
  int chars = (int) g_utf8_strlen (number, -1);

  if (chars + 1 < *max_chars)
    return;
  if (chars > *max_chars)
    {
      *max_chars = chars;
      /* keep one char less too: "1-15" can be wider than "1-111" in a proportional font */
      g_hash_table_remove_all (longest);
    }
  g_hash_table_add (longest, (gpointer) number);
}

/* 번호 as wide as its widest value: the number, the expander's indent and the cell's padding. */
static void
size_number_column (GyPledgeTree *self)
{
  int depth = self->term_choice != NULL ? 1 : 2;
  int widest = text_width (self, _("No."));
  GHashTableIter iter;
  gpointer value;

  for (int level = 0; level < 2; level++)
    {
      g_autoptr(GHashTable) longest = g_hash_table_new (g_str_hash, g_str_equal);
      int max_chars = 0;
      GHashTableIter it;
      gpointer key;

      g_hash_table_iter_init (&iter, self->pledges);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          GyTreeNode *pledge = value;
          GListModel *subs = G_LIST_MODEL (gy_tree_node_get_children (pledge));

          if (level == 0)
            collect_number (longest, &max_chars, gy_tree_node_get_number (pledge));
          else
            for (guint i = 0; i < g_list_model_get_n_items (subs); i++)
              {
                g_autoptr(GyTreeNode) sub = g_list_model_get_item (subs, i);

                collect_number (longest, &max_chars, gy_tree_node_get_number (sub));
              }
        }
      g_hash_table_iter_init (&it, longest);
      while (g_hash_table_iter_next (&it, &key, NULL))
        widest = MAX (widest, text_width (self, key) + (depth + level + 1) * INDENT_WIDTH);
    }
  widest = MAX (widest, text_width (self, _("No.")) + SORT_ARROW);
  gtk_column_view_column_set_fixed_width (self->number_column, widest + CELL_PADDING);
}

/* 총사업비 as wide as its header and its widest figure. */
static void
size_total_column (GyPledgeTree *self)
{
  g_autoptr(GHashTable) longest = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int widest = text_width (self, _("Total cost")) + SORT_ARROW;
  int max_chars = 0;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->pledges);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      char *text = gy_tree_node_dup_text (value, "total");

      g_ptr_array_add (texts, text);
      collect_number (longest, &max_chars, text);
    }
  g_hash_table_iter_init (&iter, longest);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    widest = MAX (widest, text_width (self, value));
  gtk_column_view_column_set_fixed_width (self->total_column, widest + CELL_PADDING);
}

/* The title and 주관부서 columns take what the others leave, so 총사업비 stays in sight
 * however narrow the tree: those texts are ellipsized (the title's tooltip shows it whole)
 * rather than the figures hidden. */
#define DEPT_WIDTH 100

static void
set_width (GtkColumnViewColumn *column,
           int                  width)
{
  if (gtk_column_view_column_get_fixed_width (column) != width)
    gtk_column_view_column_set_fixed_width (column, width);
}

static gboolean
fit_title_idle (gpointer data)
{
  GyPledgeTree *self = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  int available = adjustment != NULL ? (int) gtk_adjustment_get_page_size (adjustment) : 0;
  int rest = available;
  int dept;

  self->title_source = 0;
  if (available <= 0)
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (column != self->title_column && column != self->dept_column &&
          gtk_column_view_column_get_visible (column))
        rest -= gtk_column_view_column_get_fixed_width (column);
    }
  /* the title keeps at least 170 while the 부서 can give way, then both share */
  dept = rest - 170 >= DEPT_WIDTH ? DEPT_WIDTH : MAX (rest * 2 / 5, 60);
  set_width (self->dept_column, dept);
  set_width (self->title_column, MAX (rest - dept, 80));
  return G_SOURCE_REMOVE;
}

static void
fit_title_column (GyPledgeTree *self)
{
  if (self->title_source == 0)
    self->title_source = g_idle_add (fit_title_idle, self);
}

static void
on_page_size_changed (GtkAdjustment *adjustment,
                      GParamSpec    *pspec,
                      GyPledgeTree  *self)
{
  fit_title_column (self);
}

void
gy_pledge_tree_reload (GyPledgeTree *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GPtrArray) subs = NULL;
  g_autoptr(GPtrArray) sector_nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) sector_names = NULL;
  gint64 selected = gy_pledge_tree_get_selected (self);

  g_return_if_fail (GY_IS_PLEDGE_TREE (self));
  if (self->store == NULL)
    return;

  all = gy_store_list_pledges (self->store, &error);
  subs = all != NULL ? gy_store_list_sub_projects (self->store, &error) : NULL;
  if (subs == NULL)
    {
      gtk_label_set_text (self->count_label, error->message);
      return;
    }

  g_clear_pointer (&self->terms, g_ptr_array_unref);
  self->terms = gy_store_list_terms (self->store);
  if (self->term_choice != NULL && !has_term (self->terms, self->term_choice))
    self->term_chosen = FALSE;
  if (!self->term_chosen)
    {
      g_free (self->term_choice);
      self->term_choice = default_term (self->terms, all);
    }
  summaries = keep_term (all, self->term_choice);

  sector_names = gy_store_list_values (self->store, GY_LIST_SECTORS);
  g_hash_table_remove_all (self->pledges);
  if (self->term_choice != NULL)
    add_sectors (self, summaries, NULL, (const char * const *) sector_names, sector_nodes);
  else
    {
      /* Every term, each pledge under its own: the file's terms, then any other a card names. */
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; i < self->terms->len; i++)
        g_ptr_array_add (names, ((GyTerm *) g_ptr_array_index (self->terms, i))->name);
      for (guint i = 0; i < summaries->len; i++)
        {
          char *name = ((GyPledgeSummary *) g_ptr_array_index (summaries, i))->term;

          if (name != NULL && !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
            g_ptr_array_add (names, name);
        }
      /* each term a heading over its 분야; a term without pledges has none */
      for (guint i = 0; i < names->len; i++)
        {
          g_autoptr(GPtrArray) sectors = g_ptr_array_new_with_free_func (g_object_unref);
          GyTreeNode *term = NULL;
          gboolean any = FALSE;

          add_sectors (self, summaries, g_ptr_array_index (names, i),
                       (const char * const *) sector_names, sectors);
          for (guint j = 0; j < sectors->len && !any; j++)
            any = g_list_model_get_n_items (G_LIST_MODEL (gy_tree_node_get_children (
                    g_ptr_array_index (sectors, j)))) > 0;
          if (!any)
            continue;
          term = gy_tree_node_new_sector (g_ptr_array_index (names, i));
          g_list_store_splice (gy_tree_node_get_children (term), 0, 0, sectors->pdata,
                               sectors->len);
          g_ptr_array_add (sector_nodes, term);
        }
    }

  for (guint i = 0; i < subs->len; i++)
    {
      GySubProjectSummary *sub = g_ptr_array_index (subs, i);
      GyTreeNode *pledge = g_hash_table_lookup (self->pledges, &sub->pledge_id);
      g_autoptr(GyTreeNode) node = NULL;

      if (pledge == NULL)
        continue;
      node = gy_tree_node_new_sub (sub);
      g_list_store_append (gy_tree_node_get_children (pledge), node);
    }

  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  self->summaries = g_steal_pointer (&summaries);

  /* The rows are built and expanded with no view listening, then shown in one step. */
  gtk_filter_list_model_set_model (self->filtered, NULL);
  g_hash_table_remove_all (self->visible);
  g_hash_table_remove_all (self->visible_sectors);
  g_list_store_splice (self->sectors, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sectors)),
                       sector_nodes->pdata, sector_nodes->len);
  expand_sectors (self);
  self->filling = TRUE;
  fill_term_drop (self);
  fill_drops (self);
  self->filling = FALSE;
  decide_visible (self);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->tree));
  size_number_column (self);
  size_total_column (self);
  fit_title_column (self);
  start_checks (self);
  update_count (self);
  if (selected != 0)
    restore_selection (self, selected);
  g_signal_emit (self, signals[LOADED], 0);
}

static gboolean
load_idle (gpointer data)
{
  GyPledgeTree *self = data;

  self->load_source = 0;
  gy_pledge_tree_reload (self);
  return G_SOURCE_REMOVE;
}

/* One pledge's row after an edit: its figures change in place, the selection stays. */
void
gy_pledge_tree_refresh_pledge (GyPledgeTree *self,
                               gint64        pledge_id)
{
  g_autoptr(GPtrArray) summaries = NULL;
  GyTreeNode *node = g_hash_table_lookup (self->pledges, &pledge_id);
  GyPledgeSummary *fresh = NULL;
  GyPledgeSummary *old = NULL;

  if (node == NULL)
    {
      gy_pledge_tree_reload (self);
      return;
    }
  {
    g_autoptr(GPtrArray) all = gy_store_list_pledges (self->store, NULL);

    summaries = all != NULL ? keep_term (all, self->term_choice) : NULL;
  }
  for (guint i = 0; summaries != NULL && i < summaries->len; i++)
    if (((GyPledgeSummary *) g_ptr_array_index (summaries, i))->id == pledge_id)
      fresh = g_ptr_array_index (summaries, i);
  for (guint i = 0; self->summaries != NULL && i < self->summaries->len; i++)
    if (((GyPledgeSummary *) g_ptr_array_index (self->summaries, i))->id == pledge_id)
      old = g_ptr_array_index (self->summaries, i);
  /* A change of sector or term, or of the sub-projects, moves rows: reload the tree. */
  if (fresh == NULL || old == NULL ||
      g_strcmp0 (fresh->sector, gy_tree_node_get_sector (node)) != 0 ||
      g_strcmp0 (fresh->term, old->term) != 0)
    {
      gy_pledge_tree_reload (self);
      return;
    }
  {
    g_autoptr(GPtrArray) subs = gy_store_list_sub_projects (self->store, NULL);
    GListStore *children = gy_tree_node_get_children (node);
    g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; subs != NULL && i < subs->len; i++)
      {
        GySubProjectSummary *sub = g_ptr_array_index (subs, i);
        if (sub->pledge_id == pledge_id)
          g_ptr_array_add (nodes, gy_tree_node_new_sub (sub));
      }
    g_list_store_splice (children, 0, g_list_model_get_n_items (G_LIST_MODEL (children)),
                         nodes->pdata, nodes->len);
  }
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  self->summaries = g_steal_pointer (&summaries);
  gy_tree_node_update (node, fresh);
  /* one card is checked at once: the marker follows the edit */
  {
    g_autoptr(GyCard) card = gy_store_load_card (self->store, pledge_id, NULL);
    g_autofree char *failure = card != NULL ? check_card (self->store, card) : NULL;

    gy_tree_node_set_failure (node, failure);
    if (self->failing_only)
      refilter (self);
  }
}

void
gy_pledge_tree_set_store (GyPledgeTree *self,
                          GyStore      *store)
{
  g_return_if_fail (GY_IS_PLEDGE_TREE (self));

  g_set_object (&self->store, store);
  /* The window shows first and the pledges follow: a body of 20,000 takes a moment. */
  gtk_label_set_text (self->count_label, _("Loading the pledges…"));
  g_clear_handle_id (&self->load_source, g_source_remove);
  self->load_source = g_idle_add_full (G_PRIORITY_LOW, load_idle, self, NULL);
}

/* Selects a pledge (sub_index -1) or one of its sub-projects, expanding rows as needed. */
gboolean
gy_pledge_tree_select (GyPledgeTree *self,
                       gint64        pledge_id,
                       int           sub_index)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GyTreeNode) node = gtk_tree_list_row_get_item (row);

      if (gy_tree_node_get_kind (node) != GY_TREE_NODE_PLEDGE ||
          gy_tree_node_get_pledge_id (node) != pledge_id)
        continue;
      if (sub_index >= 0)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          if (i + 1 + (guint) sub_index < g_list_model_get_n_items (model))
            i += 1 + (guint) sub_index;
        }
      if (gtk_single_selection_get_selected (self->selection) != i)
        gtk_single_selection_set_selected (self->selection, i);
      gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", i);
      return TRUE;
    }
  return FALSE;
}

/* After the rows change, the same pledge stays selected without telling the window again:
 * a term switched on the dashboard stays on the dashboard. */
static void
restore_selection (GyPledgeTree *self,
                   gint64        pledge_id)
{
  self->restoring = TRUE;
  gy_pledge_tree_select (self, pledge_id, -1);
  self->restoring = FALSE;
}

gint64
gy_pledge_tree_get_selected (GyPledgeTree *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GyTreeNode) node = NULL;

  if (row == NULL)
    return 0;
  node = gtk_tree_list_row_get_item (row);
  return gy_tree_node_get_pledge_id (node);
}

void
gy_pledge_tree_focus_search (GyPledgeTree *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Sets the search text and filters at once, without the entry's typing delay. */
void
gy_pledge_tree_set_search (GyPledgeTree *self,
                           const char   *text)
{
  /* The entry reports the change itself; the handler runs once, at once. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  on_search_changed (self->search_entry, self);
}

/* TERM: the name of the term whose pledges show, or NULL for every term, each under its own.
 * The choice holds for this tree until changed, whatever the file's default. */
void
gy_pledge_tree_set_term (GyPledgeTree *self,
                         const char   *term)
{
  g_return_if_fail (GY_IS_PLEDGE_TREE (self));

  if (self->term_chosen && g_strcmp0 (self->term_choice, term) == 0)
    return;
  g_free (self->term_choice);
  self->term_choice = g_strdup (term);
  self->term_chosen = TRUE;
  gy_pledge_tree_reload (self);
}

/* The term shown, or NULL when every term is. */
const char *
gy_pledge_tree_get_term (GyPledgeTree *self)
{
  g_return_val_if_fail (GY_IS_PLEDGE_TREE (self), NULL);
  return self->term_choice;
}

/* The file's terms (GyTerm), as last loaded; NULL before the first load. */
GPtrArray *
gy_pledge_tree_get_terms (GyPledgeTree *self)
{
  g_return_val_if_fail (GY_IS_PLEDGE_TREE (self), NULL);
  return self->terms;
}

static void
on_term_changed (GtkDropDown  *drop,
                 GParamSpec   *pspec,
                 GyPledgeTree *self)
{
  guint selected = gtk_drop_down_get_selected (drop);
  const GyTerm *term = NULL;

  if (self->filling || self->terms == NULL)
    return;
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->terms->len)
    term = g_ptr_array_index (self->terms, selected - 1);
  gy_pledge_tree_set_term (self, term != NULL ? term->name : NULL);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* What the filter shows, for the body-wide views: the drop-downs' choices and, while a search
 * is typed, the ids of the pledges shown (sorted; the array is the caller's, NULL without a
 * search). The strings stay the tree's until its filter changes. */
void
gy_pledge_tree_get_selection (GyPledgeTree *self,
                              GySelection  *selection,
                              GArray      **ids)
{
  GHashTableIter iter;
  gpointer node;

  g_return_if_fail (GY_IS_PLEDGE_TREE (self));
  selection->sector = self->sector_choice;
  selection->department = self->dept_choice;
  selection->status = self->status_choice;
  *ids = NULL;
  if ((self->needle == NULL || *self->needle == '\0') && !self->failing_only)
    return;
  *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (self->visible));
  g_hash_table_iter_init (&iter, self->visible);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    {
      gint64 id = gy_tree_node_get_pledge_id (node);

      g_array_append_val (*ids, id);
    }
  g_array_sort (*ids, compare_ids);
  selection->pledge_ids = (const gint64 *) (*ids)->data;
  selection->n_pledge_ids = (*ids)->len;
}

/* The pledges of the term shown as last loaded (GyPledgeSummary), for the body-wide views. */
GPtrArray *
gy_pledge_tree_get_summaries (GyPledgeTree *self)
{
  return self->summaries;
}

static void
gy_pledge_tree_dispose (GObject *object)
{
  GyPledgeTree *self = GY_PLEDGE_TREE (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_handle_id (&self->title_source, g_source_remove);
  g_clear_handle_id (&self->filter_source, g_source_remove);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GY_TYPE_PLEDGE_TREE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->row_sorter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->tree);
  g_clear_object (&self->sectors);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (gy_pledge_tree_parent_class)->dispose (object);
}

static void
gy_pledge_tree_finalize (GObject *object)
{
  GyPledgeTree *self = GY_PLEDGE_TREE (object);

  g_hash_table_unref (self->pledges);
  g_hash_table_unref (self->visible);
  g_hash_table_unref (self->visible_sectors);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_free (self->term_choice);
  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_free (self->needle);
  g_free (self->sector_choice);
  g_free (self->dept_choice);
  g_free (self->status_choice);
  G_OBJECT_CLASS (gy_pledge_tree_parent_class)->finalize (object);
}

static void
gy_pledge_tree_class_init (GyPledgeTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gy_pledge_tree_dispose;
  object_class->finalize = gy_pledge_tree_finalize;

  /* (pledge id, sub-project index or -1) */
  signals[SELECTED] =
    g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);
  /* the search text or a drop-down changed what shows */
  signals[FILTER_CHANGED] =
    g_signal_new ("filter-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  /* the pledges were (re)loaded from the store */
  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gongyak/Gongyak/gy-pledge-tree.ui");
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, box);
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, term_drop);
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, sector_drop);
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, dept_drop);
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, status_drop);
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, column_view);
  gtk_widget_class_bind_template_child (widget_class, GyPledgeTree, count_label);
}

static void
gy_pledge_tree_init (GyPledgeTree *self)
{
  GtkSorter *view_sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pledges = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->needle = g_strdup ("");
  self->sectors = g_list_store_new (GY_TYPE_TREE_NODE);
  self->visible = g_hash_table_new (NULL, NULL);
  self->visible_sectors = g_hash_table_new (NULL, NULL);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->sectors)), FALSE, FALSE,
                                        create_children, self, NULL);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tree)),
                                              g_object_ref (GTK_FILTER (self->filter)));

  self->number_column = add_column (self, _("No."), "number", 76, FALSE);
  self->title_column = add_column (self, _("Pledge"), "title", 170, TRUE);
  self->dept_column = add_column (self, _("Lead department"), "lead-dept", DEPT_WIDTH, FALSE);
  add_column (self, _("Status"), "status", 74, FALSE);
  add_column (self, _("Progress"), "progress", 54, FALSE);
  self->total_column = add_column (self, _("Total cost"), "total", 76, FALSE);

  view_sorter = gtk_column_view_get_sorter (self->column_view);
  self->row_sorter = GTK_SORTER (gtk_tree_list_row_sorter_new (g_object_ref (view_sorter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  g_signal_connect (view_sorter, "changed", G_CALLBACK (on_sorter_changed), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);

  g_signal_connect (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)),
                    "notify::page-size", G_CALLBACK (on_page_size_changed), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->term_drop, "notify::selected", G_CALLBACK (on_term_changed), self);
  g_signal_connect (self->sector_drop, "notify::selected", G_CALLBACK (on_drop_changed), self);
  g_signal_connect (self->dept_drop, "notify::selected", G_CALLBACK (on_drop_changed), self);
  g_signal_connect (self->status_drop, "notify::selected", G_CALLBACK (on_drop_changed), self);
}

GtkWidget *
gy_pledge_tree_new (void)
{
  return g_object_new (GY_TYPE_PLEDGE_TREE, NULL);
}

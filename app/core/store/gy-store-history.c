/* gy-store-history.c — the change history (변경 이력), and the money edits that write it
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is recorded, each with 당초 (before), 변경 (after) and the reason:
 *  - a money cell the officer typed: "연차별 투자수요 국비 2019", amounts in 백만원, a blank as "";
 *    a computed cell (소계, 총사업비, the 계 row) only when nothing it adds up changed, that is
 *    when it was itself edited;
 *  - a period or budget line, by its text: "사업기간", "추진실적 3 사업기간";
 *  - a yearly row: "연차별 실적/계획 2019", its entries as "marker text" joined by spaces,
 *    then "(비고: …)" when it has remarks.
 */
#define G_LOG_DOMAIN "gy-store"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include <string.h>

#include "gy-store-private.h"

#define MONEY_PREFIX "연차별 투자수요"
#define YEARS_PREFIX "연차별 실적/계획"

typedef struct {
  GyStore    *self;
  char       *when;
  gint64      pledge_id;
  char       *pledge;
  const char *reason;
} Recorder;

char *
gy_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
}

/* "1-3 공약명", or the title alone when the pledge has no number (as the checks write it). */
char *
gy_store_pledge_label (const char *number,
                       const char *title)
{
  if (number != NULL && *number != '\0')
    return g_strdup_printf ("%s %s", number, title != NULL ? title : "");
  return g_strdup (title != NULL ? title : "");
}

/* The column as the money table heads it (the checks use the same words). */
char *
gy_store_money_column_label (const GyTerm *term,
                             const char   *key)
{
  int index;

  if (g_strcmp0 (key, "total") == 0)
    return g_strdup ("총사업비");
  if (g_strcmp0 (key, "A") == 0)
    return g_strdup ("기투자(A)");
  if (g_strcmp0 (key, "sub") == 0)
    return g_strdup ("소계(B)");
  if (g_strcmp0 (key, "C") == 0)
    return g_strdup ("임기후(C)");
  index = term != NULL ? gy_term_find_key (term, key) : -1;
  return g_strdup (index >= 0 ? gy_term_column (term, index)->label : key);
}

gboolean
gy_store_record_change (GyStore     *self,
                        const char  *when,
                        gint64       pledge_id,
                        const char  *pledge,
                        const char  *what,
                        const char  *before,
                        const char  *after,
                        const char  *reason,
                        GError     **error)
{
  g_auto(GyStoreStmt) stmt = NULL;

  stmt = gy_store_statement (self,
                             "INSERT INTO change (at, pledge_id, pledge, what, before_value, "
                             "  after_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  gy_store_bind_text (stmt, 1, when);
  sqlite3_bind_int64 (stmt, 2, pledge_id);
  gy_store_bind_text (stmt, 3, pledge);
  gy_store_bind_text (stmt, 4, what);
  gy_store_bind_text (stmt, 5, before != NULL ? before : "");
  gy_store_bind_text (stmt, 6, after != NULL ? after : "");
  gy_store_bind_text (stmt, 7, reason != NULL ? reason : "");
  return gy_store_step_done (self, stmt, error);
}

static gboolean
record (Recorder    *recorder,
        const char  *what,
        const char  *before,
        const char  *after,
        GError     **error)
{
  return gy_store_record_change (recorder->self, recorder->when, recorder->pledge_id,
                                 recorder->pledge, what, before, after, recorder->reason, error);
}

/* Lines: periods and budgets */

static char *
bare_label (const char *label)
{
  GString *s = g_string_new (NULL);

  for (const char *p = label != NULL ? label : ""; *p; p++)
    if (*p != ' ' && *p != '\t')
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

static GPtrArray *
lines_of_role (GPtrArray  *lines,
               GyLineRole  role)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      GyLine *line = g_ptr_array_index (lines, i);

      if (line->role == role)
        g_ptr_array_add (found, line);
    }
  return found;
}

/* The k-th period (budget) line of one list against the k-th of the other. */
static gboolean
diff_lines (Recorder    *recorder,
            GPtrArray   *old_lines,
            GPtrArray   *new_lines,
            const char  *prefix,
            GError     **error)
{
  static const GyLineRole roles[] = { GY_LINE_PERIOD, GY_LINE_BUDGET };

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GPtrArray) before = lines_of_role (old_lines, roles[r]);
      g_autoptr(GPtrArray) after = lines_of_role (new_lines, roles[r]);

      for (guint k = 0; k < MAX (before->len, after->len); k++)
        {
          const GyLine *x = k < before->len ? g_ptr_array_index (before, k) : NULL;
          const GyLine *y = k < after->len ? g_ptr_array_index (after, k) : NULL;
          g_autofree char *label = NULL;
          g_autofree char *what = NULL;

          if (g_strcmp0 (x != NULL ? x->text : "", y != NULL ? y->text : "") == 0)
            continue;
          label = bare_label (y != NULL ? y->label : x->label);
          what = g_strconcat (prefix, label, NULL);
          if (!record (recorder, what, x != NULL ? x->text : "", y != NULL ? y->text : "", error))
            return FALSE;
        }
    }
  return TRUE;
}

static const GySubProject *
find_sub_project (const GyCard *card,
                  const char   *number)
{
  for (guint i = 0; i < card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (card->subprojects, i);

      if (g_strcmp0 (sub->number, number) == 0)
        return sub;
    }
  return NULL;
}

static gboolean
diff_all_lines (Recorder      *recorder,
                const GyCard  *old_card,
                const GyCard  *new_card,
                GError       **error)
{
  if (!diff_lines (recorder, old_card->overview, new_card->overview, "", error))
    return FALSE;
  /* Sub-projects are matched by number; one that came or went counts as all blank. */
  for (guint i = 0; i < new_card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (new_card->subprojects, i);
      const GySubProject *old_sub = find_sub_project (old_card, sub->number);
      g_autofree char *prefix = g_strdup_printf ("추진실적 %s ", sub->number);

      if (!diff_lines (recorder, old_sub != NULL ? old_sub->lines : NULL, sub->lines, prefix,
                       error))
        return FALSE;
    }
  for (guint i = 0; i < old_card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (old_card->subprojects, i);
      g_autofree char *prefix = NULL;

      if (find_sub_project (new_card, sub->number) != NULL)
        continue;
      prefix = g_strdup_printf ("추진실적 %s ", sub->number);
      if (!diff_lines (recorder, sub->lines, NULL, prefix, error))
        return FALSE;
    }
  return TRUE;
}

/* Yearly rows */

static char *
year_row_text (const GyYearRow *row)
{
  GString *s = g_string_new (NULL);

  if (row == NULL)
    return g_string_free (s, FALSE);
  for (guint i = 0; i < row->entries->len; i++)
    {
      const GyEntry *entry = g_ptr_array_index (row->entries, i);

      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append_printf (s, "%s %s", entry->marker, entry->text);
    }
  if (row->remarks != NULL && *row->remarks != '\0')
    g_string_append_printf (s, "%s(비고: %s)", s->len > 0 ? " " : "", row->remarks);
  return g_string_free (s, FALSE);
}

static const GyYearRow *
find_year_row (const GyCard *card,
               int           year)
{
  for (guint i = 0; i < card->years->len; i++)
    {
      const GyYearRow *row = g_ptr_array_index (card->years, i);

      if (row->year == year)
        return row;
    }
  return NULL;
}

static gboolean
diff_year (Recorder         *recorder,
           const GyYearRow  *old_row,
           const GyYearRow  *new_row,
           GError          **error)
{
  g_autofree char *before = year_row_text (old_row);
  g_autofree char *after = year_row_text (new_row);
  g_autofree char *what = NULL;

  if (strcmp (before, after) == 0)
    return TRUE;
  what = g_strdup_printf (YEARS_PREFIX " %d", new_row != NULL ? new_row->year : old_row->year);
  return record (recorder, what, before, after, error);
}

static gboolean
diff_years (Recorder      *recorder,
            const GyCard  *old_card,
            const GyCard  *new_card,
            GError       **error)
{
  for (guint i = 0; i < new_card->years->len; i++)
    {
      const GyYearRow *row = g_ptr_array_index (new_card->years, i);

      if (!diff_year (recorder, find_year_row (old_card, row->year), row, error))
        return FALSE;
    }
  for (guint i = 0; i < old_card->years->len; i++)
    {
      const GyYearRow *row = g_ptr_array_index (old_card->years, i);

      if (find_year_row (new_card, row->year) == NULL && !diff_year (recorder, row, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Money */

typedef struct {
  const char *source;
  GyMoneyRow *before;  /* NULL when the row is new */
  GyMoneyRow *after;   /* NULL when the row went */
} RowPair;

static gint64
cell_value (GyMoneyRow   *row,
            const GyTerm *term,
            const char   *key)
{
  gint64 *cell = row != NULL ? gy_store_money_cell (row, term, key) : NULL;

  return cell != NULL ? *cell : GY_MONEY_ABSENT;
}

static GyMoneyRow *
find_money_row (const GyCard *card,
                const char   *source)
{
  for (guint i = 0; i < card->money->len; i++)
    {
      GyMoneyRow *row = g_ptr_array_index (card->money, i);

      if (g_strcmp0 (row->source, source) == 0)
        return row;
    }
  return NULL;
}

static gboolean
is_year_key (const char *key)
{
  return strcmp (key, "total") != 0 && strcmp (key, "A") != 0 && strcmp (key, "sub") != 0 &&
         strcmp (key, "C") != 0;
}

static gboolean
diff_money (Recorder      *recorder,
            const GyCard  *old_card,
            const GyCard  *new_card,
            GError       **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (RowPair));
  g_autofree gboolean *changed = NULL;
  guint n_keys;

  /* Columns in table order; a column only the old term had still counts. */
  g_ptr_array_add (keys, (gpointer) "total");
  g_ptr_array_add (keys, (gpointer) "A");
  g_ptr_array_add (keys, (gpointer) "sub");
  for (guint i = 0; i < gy_term_n_columns (new_card->term); i++)
    g_ptr_array_add (keys, gy_term_column (new_card->term, i)->key);
  for (guint i = 0; i < gy_term_n_columns (old_card->term); i++)
    if (gy_term_find_key (new_card->term, gy_term_column (old_card->term, i)->key) < 0)
      g_ptr_array_add (keys, gy_term_column (old_card->term, i)->key);
  g_ptr_array_add (keys, (gpointer) "C");
  n_keys = keys->len;

  /* Rows: the 계 row first, then the sources by name, new order, then those that went. */
  {
    RowPair sum = { "계", old_card->money_sum, new_card->money_sum };

    g_array_append_val (pairs, sum);
  }
  for (guint i = 0; i < new_card->money->len; i++)
    {
      GyMoneyRow *row = g_ptr_array_index (new_card->money, i);
      RowPair pair = { row->source, find_money_row (old_card, row->source), row };

      g_array_append_val (pairs, pair);
    }
  for (guint i = 0; i < old_card->money->len; i++)
    {
      GyMoneyRow *row = g_ptr_array_index (old_card->money, i);
      RowPair pair = { row->source, row, NULL };

      if (find_money_row (new_card, row->source) == NULL)
        g_array_append_val (pairs, pair);
    }

  changed = g_new0 (gboolean, pairs->len * n_keys);
  for (guint r = 0; r < pairs->len; r++)
    {
      RowPair *pair = &g_array_index (pairs, RowPair, r);

      for (guint k = 0; k < n_keys; k++)
        changed[r * n_keys + k] =
          cell_value (pair->before, old_card->term, g_ptr_array_index (keys, k)) !=
          cell_value (pair->after, new_card->term, g_ptr_array_index (keys, k));
    }

  for (guint r = 0; r < pairs->len; r++)
    {
      RowPair *pair = &g_array_index (pairs, RowPair, r);

      for (guint k = 0; k < n_keys; k++)
        {
          const char *key = g_ptr_array_index (keys, k);
          gboolean parts_changed = FALSE;
          g_autofree char *column = NULL;
          g_autofree char *what = NULL;
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          if (!changed[r * n_keys + k])
            continue;
          /* A computed cell that moved with its parts is no edit of its own. */
          if (r == 0)
            {
              for (guint s = 1; s < pairs->len; s++)
                parts_changed |= changed[s * n_keys + k];
            }
          else if (strcmp (key, "sub") == 0)
            {
              for (guint j = 0; j < n_keys; j++)
                parts_changed |= is_year_key (g_ptr_array_index (keys, j)) &&
                                 changed[r * n_keys + j];
            }
          else if (strcmp (key, "total") == 0)
            {
              for (guint j = 0; j < n_keys; j++)
                parts_changed |= j != k && changed[r * n_keys + j];
            }
          if (parts_changed)
            continue;

          column = gy_store_money_column_label (new_card->term, key);
          what = g_strdup_printf (MONEY_PREFIX " %s %s", pair->source, column);
          before = gy_money_format (cell_value (pair->before, old_card->term, key));
          after = gy_money_format (cell_value (pair->after, new_card->term, key));
          if (!record (recorder, what, before, after, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Inside the save's transaction: one history row for every change worth one, in card order. */
gboolean
gy_store_record_card_changes (GyStore       *self,
                              const GyCard  *old_card,
                              const GyCard  *new_card,
                              const char    *reason,
                              GError       **error)
{
  Recorder recorder = {
    self, gy_store_now (), new_card->id,
    gy_store_pledge_label (new_card->number, new_card->title), reason,
  };
  gboolean ok;

  ok = diff_all_lines (&recorder, old_card, new_card, error) &&
       diff_years (&recorder, old_card, new_card, error) &&
       diff_money (&recorder, old_card, new_card, error);
  g_free (recorder.when);
  g_free (recorder.pledge);
  return ok;
}

/* Money edits */

/* The sum of the parts, a blank counting as 0. It stays blank only when every part is blank
 * and it was blank before: a 0 typed as the total of blanks (the seed's 민자) is kept. */
static gboolean
recompute (gint64        previous,
           const gint64 *parts,
           guint         n_parts,
           gint64       *out_sum,
           GError      **error)
{
  gboolean any = FALSE;
  gint64 sum = 0;

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == GY_MONEY_ABSENT)
        continue;
      any = TRUE;
      if (!gy_money_add (sum, parts[i], &sum))
        {
          g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID,
                       _("The amounts add up to more than can be kept"));
          return FALSE;
        }
    }
  *out_sum = !any && previous == GY_MONEY_ABSENT ? GY_MONEY_ABSENT : sum;
  return TRUE;
}

static gboolean
recompute_row (GyMoneyRow    *row,
               guint          n_years,
               gboolean       years_changed,
               GError       **error)
{
  gint64 parts[3];

  if (years_changed && !recompute (row->subtotal, row->years, n_years, &row->subtotal, error))
    return FALSE;
  parts[0] = row->before;
  parts[1] = row->subtotal;
  parts[2] = row->after;
  return recompute (row->total, parts, G_N_ELEMENTS (parts), &row->total, error);
}

/* The 계 row's cell under key: the sum of the source rows' cells. */
static gboolean
recompute_sum (GyMoneyRow    *sum,
               GPtrArray     *rows,
               const GyTerm  *term,
               const char    *key,
               GError       **error)
{
  g_autofree gint64 *parts = g_new (gint64, MAX (rows->len, 1));
  gint64 *cell = gy_store_money_cell (sum, term, key);

  for (guint i = 0; i < rows->len; i++)
    parts[i] = *gy_store_money_cell (g_ptr_array_index (rows, i), term, key);
  return recompute (*cell, parts, rows->len, cell, error);
}

static gboolean
read_pledge_term (GyStore   *self,
                  gint64     pledge_id,
                  char     **out_label,
                  GyTerm   **out_term,
                  GError   **error)
{
  gint64 term_id;

  {
    g_auto(GyStoreStmt) stmt = NULL;
    gboolean row;

    stmt = gy_store_statement (self, "SELECT number, title, term_id FROM pledge WHERE id = ?",
                               error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    if (!gy_store_step_row (self, stmt, &row, error))
      return FALSE;
    if (!row)
      {
        g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                     _("There is no pledge %" PRId64), pledge_id);
        return FALSE;
      }
    *out_label = gy_store_pledge_label ((const char *) sqlite3_column_text (stmt, 0),
                                        (const char *) sqlite3_column_text (stmt, 1));
    term_id = sqlite3_column_int64 (stmt, 2);
  }
  *out_term = gy_store_load_term (self, term_id, error);
  return *out_term != NULL;
}

/**
 * gy_store_set_money_cell:
 * @source: the money row, "국비"
 * @column: "A", "C" or a fiscal key of the pledge's term ("2019", "2018H2"); the totals
 *   ("total", "sub") are computed and cannot be set
 * @amount: 천원, or GY_MONEY_ABSENT for a blank
 * @reason: (nullable): why, for the history
 *
 * Sets one cell, recomputes its row's 소계 and 총사업비 and the 계 row under the columns that
 * moved, and records the edit in the history, in one transaction.
 */
gboolean
gy_store_set_money_cell (GyStore     *self,
                         gint64       pledge_id,
                         const char  *source,
                         const char  *column,
                         gint64       amount,
                         const char  *reason,
                         GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_money_row_free);
  g_autoptr(GArray) row_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GyMoneyRow) sum = NULL;
  g_autoptr(GyTerm) term = NULL;
  g_autofree char *label = NULL;
  g_autofree char *when = NULL;
  g_autofree char *what = NULL;
  g_autofree char *column_label = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  const char *affected[3];
  GyMoneyRow *row = NULL;
  gint64 row_id = 0, sum_id = 0, before;
  gboolean is_year;
  guint n_affected = 0;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  if (!gy_store_check_writable (self, error))
    return FALSE;
  if (strcmp (column, "total") == 0 || strcmp (column, "sub") == 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID,
                   _("총사업비 and 소계 are sums: set the cells they add up"));
      return FALSE;
    }
  if (!gy_store_begin (self, error))
    return FALSE;
  if (!read_pledge_term (self, pledge_id, &label, &term, error))
    goto failed;
  is_year = is_year_key (column);
  if (is_year && gy_term_find_key (term, column) < 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                   _("The money table of %s has no column “%s”"), term->name, column);
      goto failed;
    }
  if (!gy_store_read_money (self, pledge_id, term, &sum, &sum_id, rows, row_ids, error))
    goto failed;
  for (guint i = 0; i < rows->len && row == NULL; i++)
    if (g_strcmp0 (((GyMoneyRow *) g_ptr_array_index (rows, i))->source, source) == 0)
      {
        row = g_ptr_array_index (rows, i);
        row_id = g_array_index (row_ids, gint64, i);
      }
  if (row == NULL)
    {
      /* A source of the body's list the card has no row for yet: the row is added, as when
       * a change brings 민자 into a pledge. Other names stay refused. */
      g_auto(GStrv) sources = gy_store_list_values (self, GY_LIST_SOURCES);

      if (!g_strv_contains ((const char * const *) sources, source))
        {
          g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                       _("The money table of “%s” has no %s row"), label, source);
          goto failed;
        }
      row = gy_money_row_new (source, gy_term_n_columns (term));
      if (!gy_store_insert_money_row (self, pledge_id, rows->len + 1, row, FALSE, term, error))
        {
          gy_money_row_free (row);
          goto failed;
        }
      row_id = sqlite3_last_insert_rowid (self->db);
      g_ptr_array_add (rows, row);
      g_array_append_val (row_ids, row_id);
    }

  before = *gy_store_money_cell (row, term, column);
  if (before == amount)
    {
      gy_store_rollback (self);
      return TRUE;
    }
  *gy_store_money_cell (row, term, column) = amount;
  if (!recompute_row (row, gy_term_n_columns (term), is_year, error))
    goto failed;

  affected[n_affected++] = column;
  if (is_year)
    affected[n_affected++] = "sub";
  affected[n_affected++] = "total";
  for (guint i = 0; i < n_affected; i++)
    if (!gy_store_write_money_cell (self, row_id, affected[i],
                                    *gy_store_money_cell (row, term, affected[i]), error))
      goto failed;
  if (sum != NULL)
    for (guint i = 0; i < n_affected; i++)
      if (!recompute_sum (sum, rows, term, affected[i], error) ||
          !gy_store_write_money_cell (self, sum_id, affected[i],
                                      *gy_store_money_cell (sum, term, affected[i]), error))
        goto failed;

  when = gy_store_now ();
  column_label = gy_store_money_column_label (term, column);
  what = g_strdup_printf (MONEY_PREFIX " %s %s", source, column_label);
  before_text = gy_money_format (before);
  after_text = gy_money_format (amount);
  if (!gy_store_record_change (self, when, pledge_id, label, what, before_text, after_text,
                               reason, error) ||
      !gy_store_commit (self, error))
    goto failed;
  gy_store_emit_changed (self, pledge_id);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

/* Reading the history */

void
gy_change_free (GyChange *change)
{
  if (change == NULL)
    return;
  g_free (change->when);
  g_free (change->pledge);
  g_free (change->what);
  g_free (change->before);
  g_free (change->after);
  g_free (change->reason);
  g_free (change);
}

/**
 * gy_store_list_history:
 * @pledge_id: a pledge, or 0 for the whole body
 *
 * Returns: (transfer container) (element-type GyChange): newest first
 */
GPtrArray *
gy_store_list_history (GyStore  *self,
                       gint64    pledge_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE, ok;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  if (pledge_id != 0)
    stmt = gy_store_statement (self,
                               "SELECT id, at, pledge_id, pledge, what, before_value, after_value, "
                               "  reason FROM change WHERE pledge_id = ? ORDER BY id DESC", error);
  else
    stmt = gy_store_statement (self,
                               "SELECT id, at, pledge_id, pledge, what, before_value, after_value, "
                               "  reason FROM change ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  if (pledge_id != 0)
    sqlite3_bind_int64 (stmt, 1, pledge_id);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_change_free);
  while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
    {
      GyChange *change = g_new0 (GyChange, 1);

      change->id = sqlite3_column_int64 (stmt, 0);
      change->when = gy_store_column_dup (stmt, 1);
      change->pledge_id = sqlite3_column_int64 (stmt, 2);  /* 0 once the pledge is deleted */
      change->pledge = gy_store_column_dup (stmt, 3);
      change->what = gy_store_column_dup (stmt, 4);
      change->before = gy_store_column_dup (stmt, 5);
      change->after = gy_store_column_dup (stmt, 6);
      change->reason = gy_store_column_dup (stmt, 7);
      g_ptr_array_add (changes, change);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&changes);
}

/* gy-store-cards.c — writing and reading whole cards
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-store"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "gy-card-fields.h"
#include "gy-store-private.h"

/* Everything a pledge owns, emptied before a card is written over it; the rest cascades. */
static const char *const delete_parts_sql[] = {
  "DELETE FROM pledge_field WHERE pledge_id = ?",
  "DELETE FROM person WHERE pledge_id = ?",
  "DELETE FROM line WHERE pledge_id = ?",
  "DELETE FROM sub_project WHERE pledge_id = ?",
  "DELETE FROM year_row WHERE pledge_id = ?",
  "DELETE FROM money WHERE pledge_id = ?",
  "DELETE FROM problem WHERE pledge_id = ?",
  "DELETE FROM effect WHERE pledge_id = ?",
};

/* The cell of a money row under a column key, or NULL when the term has no such column. */
gint64 *
gy_store_money_cell (GyMoneyRow   *row,
                     const GyTerm *term,
                     const char   *key)
{
  int index;

  if (g_strcmp0 (key, "total") == 0)
    return &row->total;
  if (g_strcmp0 (key, "A") == 0)
    return &row->before;
  if (g_strcmp0 (key, "sub") == 0)
    return &row->subtotal;
  if (g_strcmp0 (key, "C") == 0)
    return &row->after;
  index = term != NULL ? gy_term_find_key (term, key) : -1;
  return index >= 0 ? &row->years[index] : NULL;
}

static gboolean
check_card (const GyCard  *card,
            GError       **error)
{
  const char *message = NULL;

  if (card->term == NULL)
    message = _("The card has no term");
  else if (card->number == NULL || card->title == NULL)
    message = _("The card has no number or no title");
  else
    for (guint i = 0; i < card->money->len; i++)
      {
        const GyMoneyRow *row = g_ptr_array_index (card->money, i);

        if (row->source == NULL || *row->source == '\0')
          message = _("A row of the money table has no source");
      }
  if (message != NULL)
    {
      g_set_error_literal (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID, message);
      return FALSE;
    }
  return TRUE;
}

/* The pledge row's parameters: ?1 number, ?2 title, ?3 sector_id, ?4 term_id, ?5 position
 * (INSERT) or id (UPDATE), then from ?6 one per header field with a column of its own, in the
 * order of the card's field table. */
#define FIRST_FIELD_PARAM 6

typedef struct {
  char *insert;
  char *update;
  char *select;   /* the header fields' columns come after number, title, sector, term_id */
} PledgeSql;

/* Built once from the field table: its column names are our own constants, never data. */
static const PledgeSql *
pledge_sql (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      PledgeSql *sql = g_new0 (PledgeSql, 1);
      g_autoptr(GString) insert = g_string_new ("INSERT INTO pledge (number, title, sector_id, "
                                                "term_id, position");
      g_autoptr(GString) values = g_string_new ("VALUES (?1, ?2, ?3, ?4, ?5");
      g_autoptr(GString) update = g_string_new ("UPDATE pledge SET number = ?1, title = ?2, "
                                                "sector_id = ?3, term_id = ?4");
      g_autoptr(GString) select = g_string_new ("SELECT p.number, p.title, s.name, p.term_id");
      int param = FIRST_FIELD_PARAM;

      for (guint i = 0; i < gy_card_fields_n (); i++)
        {
          const char *column = gy_card_field (i)->column;

          if (column == NULL)
            continue;
          g_string_append_printf (insert, ", %s", column);
          g_string_append_printf (values, ", ?%d", param);
          g_string_append_printf (update, ", %s = ?%d", column, param);
          g_string_append_printf (select, ", p.%s", column);
          param++;
        }
      g_string_append_printf (insert, ") %s)", values->str);
      g_string_append (update, " WHERE id = ?5");
      g_string_append (select, " FROM pledge p LEFT JOIN sector s ON s.id = p.sector_id "
                               "WHERE p.id = ?");
      sql->insert = g_string_free (g_steal_pointer (&insert), FALSE);
      sql->update = g_string_free (g_steal_pointer (&update), FALSE);
      sql->select = g_string_free (g_steal_pointer (&select), FALSE);
      g_once_init_leave (&once, (gsize) sql);
    }
  return (const PledgeSql *) once;
}

/* ?1 … ?4 and the header fields' parameters; the caller binds ?5. */
static void
bind_pledge (sqlite3_stmt *stmt,
             const GyCard *card,
             gint64        sector_id,
             gint64        term_id)
{
  int param = FIRST_FIELD_PARAM;

  gy_store_bind_text (stmt, 1, card->number);
  gy_store_bind_text (stmt, 2, card->title);
  if (sector_id != 0)
    sqlite3_bind_int64 (stmt, 3, sector_id);
  sqlite3_bind_int64 (stmt, 4, term_id);
  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);

      if (field->column == NULL)
        continue;
      if (field->kind == GY_CARD_FIELD_KIND_TEXT)
        gy_store_bind_text (stmt, param, gy_card_field_get (card, i));
      else if (field->kind == GY_CARD_FIELD_KIND_PROGRESS && card->has_progress)
        sqlite3_bind_double (stmt, param, card->progress);
      param++;
    }
}

static gboolean
insert_pledge (GyStore       *self,
               const GyCard  *card,
               gint64         sector_id,
               gint64         term_id,
               gint64         position,
               gint64        *out_id,
               GError       **error)
{
  g_auto(GyStoreStmt) stmt = NULL;

  stmt = gy_store_statement (self, pledge_sql ()->insert, error);
  if (stmt == NULL)
    return FALSE;
  bind_pledge (stmt, card, sector_id, term_id);
  sqlite3_bind_int64 (stmt, 5, position);
  if (!gy_store_step_done (self, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
update_pledge (GyStore       *self,
               const GyCard  *card,
               gint64         pledge_id,
               gint64         sector_id,
               gint64         term_id,
               GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (delete_parts_sql); i++)
    {
      g_auto(GyStoreStmt) stmt = gy_store_statement (self, delete_parts_sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pledge_id);
      if (!gy_store_step_done (self, stmt, error))
        return FALSE;
    }
  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self, pledge_sql ()->update, error);
    if (stmt == NULL)
      return FALSE;
    bind_pledge (stmt, card, sector_id, term_id);
    sqlite3_bind_int64 (stmt, 5, pledge_id);
    return gy_store_step_done (self, stmt, error);
  }
}

static gboolean
insert_fields (GyStore       *self,
               gint64         pledge_id,
               const GyCard  *card,
               GError       **error)
{
  for (guint i = 0; i < card->extra_fields->len; i++)
    {
      const GyField *field = g_ptr_array_index (card->extra_fields, i);
      g_auto(GyStoreStmt) stmt = NULL;

      stmt = gy_store_statement (self,
                                 "INSERT INTO pledge_field (pledge_id, pos, label, value) "
                                 "VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pledge_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      gy_store_bind_text (stmt, 3, field->label);
      gy_store_bind_text (stmt, 4, field->value);
      if (!gy_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < card->persons->len; i++)
    {
      const GyPerson *person = g_ptr_array_index (card->persons, i);
      g_auto(GyStoreStmt) stmt = NULL;

      stmt = gy_store_statement (self,
                                 "INSERT INTO person (pledge_id, pos, role, name, phone) "
                                 "VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pledge_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      gy_store_bind_text (stmt, 3, person->role);
      gy_store_bind_text (stmt, 4, person->name);
      gy_store_bind_text (stmt, 5, person->phone);
      if (!gy_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* "2018-07" into buf; a year alone covers the whole year. FALSE when there is no year. */
static gboolean
format_month (int   year,
              int   month,
              int   whole_year_month,
              char *buf)
{
  if (year <= 0)
    return FALSE;
  g_snprintf (buf, 16, "%04d-%02d", year, month > 0 ? month : whole_year_month);
  return TRUE;
}

static gboolean
insert_lines (GyStore    *self,
              gint64      pledge_id,
              gint64      sub_project_id,
              GPtrArray  *lines,
              GError    **error)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const GyLine *line = g_ptr_array_index (lines, i);
      g_auto(GyStoreStmt) stmt = NULL;
      char start[16], end[16];

      stmt = gy_store_statement (self,
                                 "INSERT INTO line (pledge_id, sub_project_id, pos, level, label, "
                                 "  text, period_start, period_end, budget_total) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pledge_id);
      if (sub_project_id != 0)
        sqlite3_bind_int64 (stmt, 2, sub_project_id);
      sqlite3_bind_int (stmt, 3, (int) i);
      sqlite3_bind_int (stmt, 4, (int) line->level);
      gy_store_bind_text (stmt, 5, line->label);
      gy_store_bind_text (stmt, 6, line->text);
      if (line->role == GY_LINE_PERIOD)
        {
          if (format_month (line->start_year, line->start_month, 1, start))
            gy_store_bind_text (stmt, 7, start);
          if (format_month (line->end_year, line->end_month, 12, end))
            gy_store_bind_text (stmt, 8, end);
        }
      if (line->role == GY_LINE_BUDGET)
        gy_store_bind_money (stmt, 9, line->total);
      if (!gy_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_sub_projects (GyStore       *self,
                     gint64         pledge_id,
                     const GyCard  *card,
                     GError       **error)
{
  for (guint i = 0; i < card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (card->subprojects, i);
      gint64 sub_id;

      {
        g_auto(GyStoreStmt) stmt = NULL;

        stmt = gy_store_statement (self,
                                   "INSERT INTO sub_project (pledge_id, pos, number, title) "
                                   "VALUES (?, ?, ?, ?)", error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, pledge_id);
        sqlite3_bind_int (stmt, 2, (int) i);
        gy_store_bind_text (stmt, 3, sub->number);
        gy_store_bind_text (stmt, 4, sub->title);
        if (!gy_store_step_done (self, stmt, error))
          return FALSE;
        sub_id = sqlite3_last_insert_rowid (self->db);
      }
      if (!insert_lines (self, pledge_id, sub_id, sub->lines, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_years (GyStore       *self,
              gint64         pledge_id,
              const GyCard  *card,
              GError       **error)
{
  for (guint i = 0; i < card->years->len; i++)
    {
      const GyYearRow *row = g_ptr_array_index (card->years, i);
      gint64 row_id;

      {
        g_auto(GyStoreStmt) stmt = NULL;

        stmt = gy_store_statement (self,
                                   "INSERT INTO year_row (pledge_id, pos, year, label, remarks) "
                                   "VALUES (?, ?, ?, ?, ?)", error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, pledge_id);
        sqlite3_bind_int (stmt, 2, (int) i);
        sqlite3_bind_int (stmt, 3, row->year);
        gy_store_bind_text (stmt, 4, row->label);
        gy_store_bind_text (stmt, 5, row->remarks);
        if (!gy_store_step_done (self, stmt, error))
          return FALSE;
        row_id = sqlite3_last_insert_rowid (self->db);
      }
      for (guint j = 0; j < row->entries->len; j++)
        {
          const GyEntry *entry = g_ptr_array_index (row->entries, j);
          g_auto(GyStoreStmt) stmt = NULL;

          stmt = gy_store_statement (self,
                                     "INSERT INTO year_entry (year_row_id, pos, marker, text) "
                                     "VALUES (?, ?, ?, ?)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, row_id);
          sqlite3_bind_int (stmt, 2, (int) j);
          gy_store_bind_text (stmt, 3, entry->marker);
          gy_store_bind_text (stmt, 4, entry->text);
          if (!gy_store_step_done (self, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
gy_store_write_money_cell (GyStore     *self,
                           gint64       money_id,
                           const char  *key,
                           gint64       amount,
                           GError     **error)
{
  g_auto(GyStoreStmt) stmt = NULL;

  stmt = gy_store_statement (self,
                             "INSERT INTO money_cell (money_id, column_key, amount) "
                             "VALUES (?, ?, ?) ON CONFLICT (money_id, column_key) "
                             "DO UPDATE SET amount = excluded.amount",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, money_id);
  gy_store_bind_text (stmt, 2, key);
  gy_store_bind_money (stmt, 3, amount);
  return gy_store_step_done (self, stmt, error);
}

/* One money row and all its cells, blanks included: a blank is a fact of the card. */
gboolean
gy_store_insert_money_row (GyStore           *self,
                  gint64             pledge_id,
                  guint              pos,
                  const GyMoneyRow  *row,
                  gboolean           is_sum,
                  const GyTerm      *term,
                  GError           **error)
{
  static const char *const fixed_keys[] = { "total", "A", "sub", "C" };
  const gint64 fixed_amounts[] = { row->total, row->before, row->subtotal, row->after };
  gint64 money_id;

  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "INSERT INTO money (pledge_id, pos, source, is_sum) "
                               "VALUES (?, ?, ?, ?)", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    sqlite3_bind_int (stmt, 2, (int) pos);
    gy_store_bind_text (stmt, 3, row->source != NULL ? row->source : "계");
    sqlite3_bind_int (stmt, 4, is_sum ? 1 : 0);
    if (!gy_store_step_done (self, stmt, error))
      return FALSE;
    money_id = sqlite3_last_insert_rowid (self->db);
  }
  for (guint i = 0; i < G_N_ELEMENTS (fixed_keys); i++)
    if (!gy_store_write_money_cell (self, money_id, fixed_keys[i], fixed_amounts[i], error))
      return FALSE;
  for (guint i = 0; i < gy_term_n_columns (term); i++)
    if (!gy_store_write_money_cell (self, money_id, gy_term_column (term, i)->key, row->years[i],
                                    error))
      return FALSE;
  return TRUE;
}

/* The card's years go under TERM's keys: the file's term, whose columns may be named
 * otherwise than the card's when its header did not say (the same number of them). */
static gboolean
insert_money (GyStore       *self,
              gint64         pledge_id,
              const GyCard  *card,
              const GyTerm  *term,
              GError       **error)
{
  guint pos = 0;

  g_return_val_if_fail (gy_term_n_columns (term) == gy_card_n_years (card), FALSE);

  if (card->money_sum != NULL &&
      !gy_store_insert_money_row (self, pledge_id, pos++, card->money_sum, TRUE, term, error))
    return FALSE;
  for (guint i = 0; i < card->money->len; i++)
    if (!gy_store_insert_money_row (self, pledge_id, pos++, g_ptr_array_index (card->money, i),
                                    FALSE, term, error))
      return FALSE;
  return TRUE;
}

static gboolean
insert_texts (GyStore       *self,
              gint64         pledge_id,
              const GyCard  *card,
              GError       **error)
{
  for (guint i = 0; i < card->problems->len; i++)
    {
      const GyProblem *problem = g_ptr_array_index (card->problems, i);
      gint64 problem_id;

      {
        g_auto(GyStoreStmt) stmt = NULL;

        stmt = gy_store_statement (self,
                                   "INSERT INTO problem (pledge_id, pos, text) VALUES (?, ?, ?)",
                                   error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, pledge_id);
        sqlite3_bind_int (stmt, 2, (int) i);
        gy_store_bind_text (stmt, 3, problem->text);
        if (!gy_store_step_done (self, stmt, error))
          return FALSE;
        problem_id = sqlite3_last_insert_rowid (self->db);
      }
      for (guint j = 0; j < problem->responses->len; j++)
        {
          g_auto(GyStoreStmt) stmt = NULL;

          stmt = gy_store_statement (self,
                                     "INSERT INTO response (problem_id, pos, text) "
                                     "VALUES (?, ?, ?)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, problem_id);
          sqlite3_bind_int (stmt, 2, (int) j);
          gy_store_bind_text (stmt, 3, g_ptr_array_index (problem->responses, j));
          if (!gy_store_step_done (self, stmt, error))
            return FALSE;
        }
    }
  for (guint i = 0; i < card->effects->len; i++)
    {
      g_auto(GyStoreStmt) stmt = NULL;

      stmt = gy_store_statement (self,
                                 "INSERT INTO effect (pledge_id, pos, text) VALUES (?, ?, ?)",
                                 error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pledge_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      gy_store_bind_text (stmt, 3, g_ptr_array_index (card->effects, i));
      if (!gy_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Inside a transaction: writes the card as a new pledge (pledge_id 0, at position) or over
 * the pledge pledge_id. Its term, sector and money sources join the body's lists if missing. */
gboolean
gy_store_write_card (GyStore       *self,
                     const GyCard  *card,
                     gint64         pledge_id,
                     gint64         position,
                     gint64        *out_pledge_id,
                     gint64        *out_term_id,
                     GError       **error)
{
  gint64 term_id, sector_id = 0;
  g_autoptr(GyTerm) stored = NULL;

  if (!check_card (card, error) || !gy_store_ensure_term (self, card->term, &term_id, error))
    return FALSE;
  stored = gy_store_load_term (self, term_id, error);
  if (stored == NULL)
    return FALSE;
  /* An empty sector is no sector: a list value needs a name. */
  if (card->sector != NULL && *card->sector != '\0' &&
      !gy_store_ensure_value (self, GY_LIST_SECTORS, card->sector, &sector_id, error))
    return FALSE;
  for (guint i = 0; i < card->money->len; i++)
    {
      const GyMoneyRow *row = g_ptr_array_index (card->money, i);
      gint64 source_id;

      if (!gy_store_ensure_value (self, GY_LIST_SOURCES, row->source, &source_id, error))
        return FALSE;
    }

  if (pledge_id == 0)
    {
      if (!insert_pledge (self, card, sector_id, term_id, position, &pledge_id, error))
        return FALSE;
    }
  else if (!update_pledge (self, card, pledge_id, sector_id, term_id, error))
    return FALSE;

  if (!insert_fields (self, pledge_id, card, error) ||
      !insert_lines (self, pledge_id, 0, card->overview, error) ||
      !insert_sub_projects (self, pledge_id, card, error) ||
      !insert_years (self, pledge_id, card, error) ||
      !insert_money (self, pledge_id, card, stored, error) ||
      !insert_texts (self, pledge_id, card, error))
    return FALSE;

  if (out_pledge_id != NULL)
    *out_pledge_id = pledge_id;
  if (out_term_id != NULL)
    *out_term_id = term_id;
  return TRUE;
}

/* Reading */

static gboolean
read_header (GyStore  *self,
             gint64    pledge_id,
             GyCard   *card,
             gint64   *out_term_id,
             GError  **error)
{
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row;
  int column = 4;

  stmt = gy_store_statement (self, pledge_sql ()->select, error);
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
  card->id = pledge_id;
  g_free (card->number);
  card->number = gy_store_column_dup (stmt, 0);
  g_free (card->title);
  card->title = gy_store_column_dup (stmt, 1);
  card->sector = gy_store_column_dup (stmt, 2);
  *out_term_id = sqlite3_column_int64 (stmt, 3);
  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);

      if (field->column == NULL)
        continue;
      if (field->kind == GY_CARD_FIELD_KIND_TEXT)
        gy_card_field_take (card, i, gy_store_column_dup (stmt, column));
      else if (field->kind == GY_CARD_FIELD_KIND_PROGRESS)
        {
          card->has_progress = sqlite3_column_type (stmt, column) != SQLITE_NULL;
          card->progress = card->has_progress ? sqlite3_column_double (stmt, column) : 0.0;
        }
      column++;
    }
  return TRUE;
}

static gboolean
read_fields (GyStore  *self,
             gint64    pledge_id,
             GyCard   *card,
             GError  **error)
{
  gboolean row = FALSE, ok;

  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "SELECT label, value FROM pledge_field WHERE pledge_id = ? "
                               "ORDER BY pos", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
      g_ptr_array_add (card->extra_fields,
                       gy_field_new ((const char *) sqlite3_column_text (stmt, 0),
                                     (const char *) sqlite3_column_text (stmt, 1)));
    if (!ok)
      return FALSE;
  }
  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "SELECT role, name, phone FROM person WHERE pledge_id = ? "
                               "ORDER BY pos", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
      g_ptr_array_add (card->persons,
                       gy_person_new ((const char *) sqlite3_column_text (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (const char *) sqlite3_column_text (stmt, 2)));
    return ok;
  }
}

/* Sub-projects, then every line of the pledge put under its own; gy_line_new derives the
 * periods and budgets from the text again. */
static gboolean
read_lines (GyStore  *self,
            gint64    pledge_id,
            GyCard   *card,
            GError  **error)
{
  g_autoptr(GHashTable) subs = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) sub_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean row = FALSE, ok;

  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "SELECT id, number, title FROM sub_project WHERE pledge_id = ? "
                               "ORDER BY pos", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (sub_ids, id);
        g_ptr_array_add (card->subprojects,
                         gy_sub_project_new ((const char *) sqlite3_column_text (stmt, 1),
                                             (const char *) sqlite3_column_text (stmt, 2)));
      }
    if (!ok)
      return FALSE;
  }
  /* The array does not move any more: point into it. */
  for (guint i = 0; i < sub_ids->len; i++)
    g_hash_table_insert (subs, &g_array_index (sub_ids, gint64, i),
                         g_ptr_array_index (card->subprojects, i));
  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "SELECT sub_project_id, level, label, text FROM line "
                               "WHERE pledge_id = ? ORDER BY pos, id", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
      {
        GyLine *line = gy_line_new ((guint) sqlite3_column_int (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2),
                                    (const char *) sqlite3_column_text (stmt, 3));
        GPtrArray *lines = card->overview;

        if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
          {
            gint64 sub_id = sqlite3_column_int64 (stmt, 0);
            GySubProject *sub = g_hash_table_lookup (subs, &sub_id);

            /* Only a hand-edited file points elsewhere: keep the line rather than lose it. */
            if (sub != NULL)
              lines = sub->lines;
          }
        g_ptr_array_add (lines, line);
      }
    return ok;
  }
}

static gboolean
read_years (GyStore  *self,
            gint64    pledge_id,
            GyCard   *card,
            GError  **error)
{
  g_auto(GyStoreStmt) stmt = NULL;
  GyYearRow *current = NULL;
  gint64 current_id = 0;
  gboolean row = FALSE, ok;

  stmt = gy_store_statement (self,
                             "SELECT r.id, r.year, r.label, r.remarks, e.marker, e.text "
                             "FROM year_row r LEFT JOIN year_entry e ON e.year_row_id = r.id "
                             "WHERE r.pledge_id = ? ORDER BY r.pos, r.id, e.pos", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pledge_id);
  while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (current == NULL || id != current_id)
        {
          current = gy_year_row_new (sqlite3_column_int (stmt, 1),
                                     (const char *) sqlite3_column_text (stmt, 2),
                                     (const char *) sqlite3_column_text (stmt, 3));
          current_id = id;
          g_ptr_array_add (card->years, current);
        }
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        gy_year_row_add (current, (const char *) sqlite3_column_text (stmt, 4),
                         (const char *) sqlite3_column_text (stmt, 5));
    }
  return ok;
}

/* The money rows of a pledge with their ids: the 계 row apart, the source rows in order. */
gboolean
gy_store_read_money (GyStore       *self,
                     gint64         pledge_id,
                     const GyTerm  *term,
                     GyMoneyRow   **out_sum,
                     gint64        *out_sum_id,
                     GPtrArray     *rows,
                     GArray        *row_ids,
                     GError       **error)
{
  g_auto(GyStoreStmt) stmt = NULL;
  GyMoneyRow *current = NULL;
  gint64 current_id = 0;
  guint n_years = gy_term_n_columns (term);
  gboolean row = FALSE, ok;

  *out_sum = NULL;
  if (out_sum_id != NULL)
    *out_sum_id = 0;
  stmt = gy_store_statement (self,
                             "SELECT m.id, m.source, m.is_sum, c.column_key, c.amount "
                             "FROM money m LEFT JOIN money_cell c ON c.money_id = m.id "
                             "WHERE m.pledge_id = ? ORDER BY m.pos, m.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pledge_id);
  while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *key = (const char *) sqlite3_column_text (stmt, 3);

      if (current == NULL || id != current_id)
        {
          current = gy_money_row_new ((const char *) sqlite3_column_text (stmt, 1), n_years);
          current_id = id;
          if (sqlite3_column_int (stmt, 2) != 0 && *out_sum == NULL)
            {
              *out_sum = current;
              if (out_sum_id != NULL)
                *out_sum_id = id;
            }
          else
            {
              g_ptr_array_add (rows, current);
              if (row_ids != NULL)
                g_array_append_val (row_ids, id);
            }
        }
      if (key != NULL)
        {
          gint64 *cell = gy_store_money_cell (current, term, key);

          if (cell != NULL)
            *cell = gy_store_column_money (stmt, 4);
          else
            g_warning ("%s: pledge %" G_GINT64_FORMAT " has a money column “%s” its term lacks",
                       self->path, pledge_id, key);
        }
    }
  return ok;
}

static gboolean
read_texts (GyStore  *self,
            gint64    pledge_id,
            GyCard   *card,
            GError  **error)
{
  gboolean row = FALSE, ok;

  {
    g_auto(GyStoreStmt) stmt = NULL;
    GyProblem *current = NULL;
    gint64 current_id = 0;

    stmt = gy_store_statement (self,
                               "SELECT p.id, p.text, r.text "
                               "FROM problem p LEFT JOIN response r ON r.problem_id = p.id "
                               "WHERE p.pledge_id = ? ORDER BY p.pos, p.id, r.pos", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        if (current == NULL || id != current_id)
          {
            current = gy_problem_new ((const char *) sqlite3_column_text (stmt, 1));
            current_id = id;
            g_ptr_array_add (card->problems, current);
          }
        if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
          g_ptr_array_add (current->responses, gy_store_column_dup (stmt, 2));
      }
    if (!ok)
      return FALSE;
  }
  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "SELECT text FROM effect WHERE pledge_id = ? ORDER BY pos", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
      g_ptr_array_add (card->effects, gy_store_column_dup (stmt, 0));
    return ok;
  }
}

/* The whole card of a pledge; the caller holds a transaction so the parts agree. */
GyCard *
gy_store_read_card (GyStore  *self,
                    gint64    pledge_id,
                    GError  **error)
{
  g_autoptr(GyCard) card = gy_card_new ();
  gint64 term_id;

  if (!read_header (self, pledge_id, card, &term_id, error))
    return NULL;
  card->term = gy_store_load_term (self, term_id, error);
  if (card->term == NULL ||
      !read_fields (self, pledge_id, card, error) ||
      !read_lines (self, pledge_id, card, error) ||
      !read_years (self, pledge_id, card, error) ||
      !gy_store_read_money (self, pledge_id, card->term, &card->money_sum, NULL, card->money,
                            NULL, error) ||
      !read_texts (self, pledge_id, card, error))
    return NULL;
  return g_steal_pointer (&card);
}

/* Inside a transaction: whether the body's sources are still the ones a new file starts with. */
static gboolean
has_default_sources (GyStore   *self,
                     gboolean  *out_default,
                     GError   **error)
{
  g_auto(GyStoreStmt) stmt = NULL;
  const char *const *defaults;
  guint n_defaults, n = 0;
  gboolean row;

  *out_default = FALSE;
  defaults = gy_store_default_sources (&n_defaults);
  stmt = gy_store_statement (self, "SELECT name FROM source ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  while (gy_store_step_row (self, stmt, &row, error))
    {
      if (!row)
        {
          *out_default = n == n_defaults;
          return TRUE;
        }
      if (n >= n_defaults ||
          g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), defaults[n]) != 0)
        return TRUE;
      n++;
    }
  return FALSE;
}

/* Inside the import's transaction: a new file learns the body from its first card. Its
 * sources, in card order, replace the default list while no pledge uses it (a 구 has 국비,
 * 시비, 구비 and no 도비); an empty body name takes the card's 사업주체. */
static gboolean
learn_body (GyStore    *self,
            GPtrArray  *cards,
            GError    **error)
{
  const GyCard *first = NULL;
  gint64 n_pledges = 0;
  gboolean is_default;

  for (guint i = 0; i < cards->len && first == NULL; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);

      if (card->money->len > 0)
        first = card;
    }
  {
    g_auto(GyStoreStmt) stmt = gy_store_statement (self, "SELECT count(*) FROM pledge", error);
    gboolean row;

    if (stmt == NULL || !gy_store_step_row (self, stmt, &row, error))
      return FALSE;
    n_pledges = row ? sqlite3_column_int64 (stmt, 0) : 0;
  }
  if (first != NULL && n_pledges == 0)
    {
      if (!has_default_sources (self, &is_default, error))
        return FALSE;
      if (is_default)
        {
          g_auto(GyStoreStmt) stmt = gy_store_statement (self, "DELETE FROM source", error);

          if (stmt == NULL || !gy_store_step_done (self, stmt, error))
            return FALSE;
          for (guint i = 0; i < first->money->len; i++)
            {
              const GyMoneyRow *row = g_ptr_array_index (first->money, i);
              gint64 source_id;

              /* refused with its card's number below */
              if (row->source == NULL || *row->source == '\0')
                continue;
              if (!gy_store_ensure_value (self, GY_LIST_SOURCES, row->source, &source_id, error))
                return FALSE;
            }
        }
    }

  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);
      g_autofree char *actor = g_strstrip (g_strdup (card->actor != NULL ? card->actor : ""));
      g_auto(GyStoreStmt) stmt = NULL;

      if (*actor == '\0')
        continue;
      stmt = gy_store_statement (self,
                                 "INSERT INTO body (id, name) VALUES (1, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET name = excluded.name "
                                 "WHERE body.name = ''", error);
      if (stmt == NULL)
        return FALSE;
      gy_store_bind_text (stmt, 1, actor);
      return gy_store_step_done (self, stmt, error);
    }
  return TRUE;
}

/* Public */

/**
 * gy_store_import_cards:
 * @cards: (element-type GyCard): cards as read, each with its term
 *
 * Adds every card as a new pledge, all in one transaction: one bad card and nothing is
 * stored. On success each card's id and its term's id are set. A new file learns the body
 * from the first card: its sources (when the list is still the default one) and its name
 * (when empty, from 사업주체).
 */
gboolean
gy_store_import_cards (GyStore    *self,
                       GPtrArray  *cards,
                       GError    **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 position = 0;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (cards != NULL, FALSE);

  if (!gy_store_check_writable (self, error))
    return FALSE;
  if (cards->len == 0)
    return TRUE;
  if (!gy_store_begin (self, error))
    return FALSE;
  {
    g_auto(GyStoreStmt) stmt = NULL;
    gboolean row;

    stmt = gy_store_statement (self, "SELECT coalesce (max (position) + 1, 0) FROM pledge", error);
    if (stmt == NULL || !gy_store_step_row (self, stmt, &row, error))
      goto failed;
    position = sqlite3_column_int64 (stmt, 0);
  }
  if (!learn_body (self, cards, error))
    goto failed;
  /* The cards whose header says half or whole years set their terms first, so that a card of
   * the batch that says neither takes those columns whatever its place in the batch. */
  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);
      gint64 term_id;

      /* a refusal comes again from gy_store_write_card() below, with the card's name */
      if (card->term != NULL && !card->term->layout_guessed)
        (void) gy_store_ensure_term (self, card->term, &term_id, NULL);
    }

  /* Ids are handed out only once all is committed. */
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 2 * cards->len);
  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);
      gint64 pledge_id, term_id;

      if (!gy_store_write_card (self, card, 0, position + i, &pledge_id, &term_id, error))
        {
          g_autofree char *label = gy_store_pledge_label (card->number, card->title);

          g_prefix_error (error, _("Card %u (%s): "), i + 1, label);
          goto failed;
        }
      g_array_append_val (ids, pledge_id);
      g_array_append_val (ids, term_id);
    }
  if (!gy_store_commit (self, error))
    return FALSE;

  for (guint i = 0; i < cards->len; i++)
    {
      GyCard *card = g_ptr_array_index (cards, i);

      card->id = g_array_index (ids, gint64, 2 * i);
      card->term->id = g_array_index (ids, gint64, 2 * i + 1);
    }
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

GyCard *
gy_store_load_card (GyStore  *self,
                    gint64    pledge_id,
                    GError  **error)
{
  GyCard *card;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  if (!gy_store_begin_read (self, error))
    return NULL;
  card = gy_store_read_card (self, pledge_id, error);
  /* Only read: ending the transaction either way is the same. */
  gy_store_rollback (self);
  return card;
}

/**
 * gy_store_save_card:
 * @card: a card loaded from this store (card->id set), edited
 * @reason: why (변경 사유), recorded with each change; may be NULL
 *
 * Writes the card over its pledge in one transaction, and records in the history every
 * changed money cell, period, budget and yearly row.
 */
gboolean
gy_store_save_card (GyStore     *self,
                    GyCard      *card,
                    const char  *reason,
                    GError     **error)
{
  g_autoptr(GyCard) stored = NULL;
  gint64 term_id;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (card != NULL, FALSE);

  if (!gy_store_check_writable (self, error))
    return FALSE;
  if (card->id == 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID,
                   _("The card is not in the file yet: import it"));
      return FALSE;
    }
  if (!check_card (card, error) || !gy_store_begin (self, error))
    return FALSE;
  stored = gy_store_read_card (self, card->id, error);
  if (stored == NULL)
    goto failed;
  if (gy_card_equal (stored, card, NULL))
    {
      gy_store_rollback (self);
      return TRUE;
    }
  if (!gy_store_write_card (self, card, card->id, 0, NULL, &term_id, error) ||
      !gy_store_record_card_changes (self, stored, card, reason, error) ||
      !gy_store_commit (self, error))
    goto failed;
  card->term->id = term_id;
  gy_store_emit_changed (self, card->id);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

static gboolean
run_statement (GyStore     *self,
               const char  *sql,
               GError     **error)
{
  g_auto(GyStoreStmt) stmt = gy_store_statement (self, sql, error);

  return stmt != NULL && gy_store_step_done (self, stmt, error);
}

/* One card of a batch under a savepoint: a refusal undoes its own writes only. */
static gboolean
write_batch_card (GyStore     *self,
                  GyCard      *card,
                  gint64      *position,
                  const char  *reason,
                  gint64      *out_pledge_id,
                  gint64      *out_term_id,
                  GError     **error)
{
  g_autoptr(GyCard) stored = NULL;

  if (!check_card (card, error))
    return FALSE;
  if (card->id == 0)
    {
      if (!gy_store_write_card (self, card, 0, *position, out_pledge_id, out_term_id, error))
        return FALSE;
      (*position)++;
      return TRUE;
    }
  stored = gy_store_read_card (self, card->id, error);
  if (stored == NULL)
    return FALSE;
  *out_pledge_id = card->id;
  if (gy_card_equal (stored, card, NULL))
    {
      *out_term_id = stored->term->id;
      return TRUE;
    }
  return gy_store_write_card (self, card, card->id, 0, NULL, out_term_id, error) &&
         gy_store_record_card_changes (self, stored, card, reason, error);
}

/**
 * gy_store_import_list_cards:
 * @cards: (element-type GyCard): new cards (id 0) and cards loaded from this store, edited
 * @statuses: (nullable) (array zero-terminated=1): 이행상태 to add to the body's list first
 * @reason: (nullable): recorded with each change of an edited card
 * @out_errors: (out) (element-type GError): one per card, NULL for each that went in
 *
 * One transaction for the whole batch, each card under its own savepoint: a card the store
 * refuses writes nothing and the others go in. New cards get their ids. FALSE only when the
 * transaction itself fails, and then nothing is written.
 */
gboolean
gy_store_import_list_cards (GyStore            *self,
                            GPtrArray          *cards,
                            const char * const *statuses,
                            const char         *reason,
                            GPtrArray         **out_errors,
                            GError            **error)
{
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 position = 0;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (cards != NULL && out_errors != NULL, FALSE);

  errors = g_ptr_array_new_full (cards->len, (GDestroyNotify) g_clear_error);
  ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), 2 * cards->len);
  if (!gy_store_begin (self, error))
    return FALSE;
  {
    g_auto(GyStoreStmt) stmt = NULL;
    gboolean row;

    stmt = gy_store_statement (self, "SELECT coalesce (max (position) + 1, 0) FROM pledge", error);
    if (stmt == NULL || !gy_store_step_row (self, stmt, &row, error))
      goto failed;
    position = sqlite3_column_int64 (stmt, 0);
  }
  for (guint i = 0; statuses != NULL && statuses[i] != NULL; i++)
    {
      gint64 id;

      if (!gy_store_ensure_value (self, GY_LIST_STATUSES, statuses[i], &id, error))
        goto failed;
    }
  for (guint i = 0; i < cards->len; i++)
    {
      GyCard *card = g_ptr_array_index (cards, i);
      GError *local = NULL;
      gint64 pledge_id = 0, term_id = 0;

      if (!run_statement (self, "SAVEPOINT list_card", error))
        goto failed;
      if (write_batch_card (self, card, &position, reason, &pledge_id, &term_id, &local))
        {
          if (!run_statement (self, "RELEASE list_card", error))
            goto failed;
        }
      else if (!run_statement (self, "ROLLBACK TO list_card", error) ||
               !run_statement (self, "RELEASE list_card", error))
        {
          g_clear_error (&local);
          goto failed;
        }
      g_ptr_array_add (errors, local);
      g_array_append_val (ids, pledge_id);
      g_array_append_val (ids, term_id);
    }
  if (!gy_store_commit (self, error))
    return FALSE;

  /* Ids are handed out only once all is committed. */
  for (guint i = 0; i < cards->len; i++)
    {
      GyCard *card = g_ptr_array_index (cards, i);

      if (g_ptr_array_index (errors, i) != NULL)
        continue;
      card->id = g_array_index (ids, gint64, 2 * i);
      card->term->id = g_array_index (ids, gint64, 2 * i + 1);
    }
  gy_store_emit_changed (self, 0);
  *out_errors = g_steal_pointer (&errors);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

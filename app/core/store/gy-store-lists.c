/* gy-store-lists.c — the body's ordered lists (sources, statuses, sectors), its terms, and the
 * list of its pledges
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

/* The SQL of one list; the three tables are alike but SQL names cannot be bound. */
typedef struct {
  const char *names;
  const char *ids;
  const char *find;
  const char *insert;
  const char *rename;
  const char *set_position;
  const char *remove;
  const char *count_uses;   /* binds the id for sectors, the name otherwise */
  const char *rename_uses;  /* ?1 old name, ?2 new name; NULL when references are ids */
} ListSql;

static const ListSql list_sql[] = {
  [GY_LIST_SOURCES] = {
    "SELECT name FROM source ORDER BY position, id",
    "SELECT id FROM source ORDER BY position, id",
    "SELECT id FROM source WHERE name = ?",
    "INSERT INTO source (name, position) "
    "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM source))",
    "UPDATE source SET name = ?2 WHERE id = ?1",
    "UPDATE source SET position = ?2 WHERE id = ?1",
    "DELETE FROM source WHERE id = ?",
    "SELECT count(DISTINCT pledge_id) FROM money WHERE source = ? AND is_sum = 0",
    "UPDATE money SET source = ?2 WHERE source = ?1 AND is_sum = 0",
  },
  [GY_LIST_STATUSES] = {
    "SELECT name FROM status ORDER BY position, id",
    "SELECT id FROM status ORDER BY position, id",
    "SELECT id FROM status WHERE name = ?",
    "INSERT INTO status (name, position) "
    "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM status))",
    "UPDATE status SET name = ?2 WHERE id = ?1",
    "UPDATE status SET position = ?2 WHERE id = ?1",
    "DELETE FROM status WHERE id = ?",
    "SELECT count(*) FROM pledge WHERE status = ?",
    "UPDATE pledge SET status = ?2 WHERE status = ?1",
  },
  [GY_LIST_SECTORS] = {
    "SELECT name FROM sector ORDER BY position, id",
    "SELECT id FROM sector ORDER BY position, id",
    "SELECT id FROM sector WHERE name = ?",
    "INSERT INTO sector (name, position) "
    "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM sector))",
    "UPDATE sector SET name = ?2 WHERE id = ?1",
    "UPDATE sector SET position = ?2 WHERE id = ?1",
    "DELETE FROM sector WHERE id = ?",
    "SELECT count(*) FROM pledge WHERE sector_id = ?",
    NULL,
  },
};

/* Lists */

static gboolean
find_value (GyStore     *self,
            GyListKind   kind,
            const char  *name,
            gint64      *out_id,
            GError     **error)
{
  g_auto(GyStoreStmt) stmt = gy_store_statement (self, list_sql[kind].find, error);
  gboolean row;

  *out_id = 0;
  if (stmt == NULL)
    return FALSE;
  gy_store_bind_text (stmt, 1, name);
  if (!gy_store_step_row (self, stmt, &row, error))
    return FALSE;
  if (row)
    *out_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
require_value (GyStore     *self,
               GyListKind   kind,
               const char  *name,
               gint64      *out_id,
               GError     **error)
{
  if (!find_value (self, kind, name, out_id, error))
    return FALSE;
  if (*out_id == 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                   _("There is no “%s” in the list"), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID, _("A name cannot be empty"));
      return FALSE;
    }
  return TRUE;
}

gboolean
gy_store_ensure_value (GyStore     *self,
                       GyListKind   kind,
                       const char  *name,
                       gint64      *out_id,
                       GError     **error)
{
  g_auto(GyStoreStmt) stmt = NULL;

  if (!find_value (self, kind, name, out_id, error))
    return FALSE;
  if (*out_id != 0)
    return TRUE;
  stmt = gy_store_statement (self, list_sql[kind].insert, error);
  if (stmt == NULL)
    return FALSE;
  gy_store_bind_text (stmt, 1, name);
  if (!gy_store_step_done (self, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

GStrv
gy_store_list_values (GyStore    *self,
                      GyListKind  kind)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);
  g_return_val_if_fail (kind <= GY_LIST_SECTORS, NULL);

  stmt = gy_store_statement (self, list_sql[kind].names, &error);
  while (stmt != NULL && gy_store_step_row (self, stmt, &row, &error) && row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (error != NULL)
    g_warning ("%s", error->message);
  return g_strv_builder_end (builder);
}

gboolean
gy_store_add_value (GyStore     *self,
                    GyListKind   kind,
                    const char  *name,
                    GError     **error)
{
  gint64 id;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= GY_LIST_SECTORS, FALSE);

  if (!gy_store_check_writable (self, error) || !check_name (name, error))
    return FALSE;
  if (!gy_store_begin (self, error))
    return FALSE;
  if (!find_value (self, kind, name, &id, error))
    goto failed;
  if (id != 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_EXISTS,
                   _("“%s” is already in the list"), name);
      goto failed;
    }
  if (!gy_store_ensure_value (self, kind, name, &id, error) || !gy_store_commit (self, error))
    goto failed;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

/* Renames the value and what pledges call it by name: a status, or a money row's source. */
gboolean
gy_store_rename_value (GyStore     *self,
                       GyListKind   kind,
                       const char  *old_name,
                       const char  *new_name,
                       GError     **error)
{
  gint64 id, other;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= GY_LIST_SECTORS, FALSE);
  g_return_val_if_fail (old_name != NULL, FALSE);

  if (!gy_store_check_writable (self, error) || !check_name (new_name, error))
    return FALSE;
  if (!gy_store_begin (self, error))
    return FALSE;
  if (!require_value (self, kind, old_name, &id, error) ||
      !find_value (self, kind, new_name, &other, error))
    goto failed;
  if (other == id)
    {
      gy_store_rollback (self);
      return TRUE;
    }
  if (other != 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_EXISTS,
                   _("“%s” is already in the list"), new_name);
      goto failed;
    }
  {
    g_auto(GyStoreStmt) stmt = gy_store_statement (self, list_sql[kind].rename, error);

    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, id);
    gy_store_bind_text (stmt, 2, new_name);
    if (!gy_store_step_done (self, stmt, error))
      goto failed;
  }
  if (list_sql[kind].rename_uses != NULL)
    {
      g_auto(GyStoreStmt) stmt = gy_store_statement (self, list_sql[kind].rename_uses, error);

      if (stmt == NULL)
        goto failed;
      gy_store_bind_text (stmt, 1, old_name);
      gy_store_bind_text (stmt, 2, new_name);
      if (!gy_store_step_done (self, stmt, error))
        goto failed;
    }
  if (!gy_store_commit (self, error))
    return FALSE;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

/* Moves the value to position (0 is first; past the end is last), renumbering the list. */
gboolean
gy_store_move_value (GyStore     *self,
                     GyListKind   kind,
                     const char  *name,
                     guint        position,
                     GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id;
  guint from = 0;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= GY_LIST_SECTORS, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!gy_store_begin (self, error))
    return FALSE;
  if (!require_value (self, kind, name, &id, error))
    goto failed;
  {
    g_auto(GyStoreStmt) stmt = gy_store_statement (self, list_sql[kind].ids, error);
    gboolean row = FALSE, ok;

    if (stmt == NULL)
      goto failed;
    while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
      {
        gint64 other = sqlite3_column_int64 (stmt, 0);

        if (other == id)
          from = ids->len;
        g_array_append_val (ids, other);
      }
    if (!ok)
      goto failed;
  }
  g_array_remove_index (ids, from);
  g_array_insert_val (ids, MIN (position, ids->len), id);
  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(GyStoreStmt) stmt = gy_store_statement (self, list_sql[kind].set_position, error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int64 (stmt, 2, i);
      if (!gy_store_step_done (self, stmt, error))
        goto failed;
    }
  if (!gy_store_commit (self, error))
    return FALSE;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

static gboolean
count_uses (GyStore     *self,
            const char  *sql,
            gint64       id,
            const char  *name,
            gint64      *out_count,
            GError     **error)
{
  g_auto(GyStoreStmt) stmt = gy_store_statement (self, sql, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  if (name != NULL)
    gy_store_bind_text (stmt, 1, name);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  if (!gy_store_step_row (self, stmt, &row, error))
    return FALSE;
  *out_count = row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static void
set_in_use_error (GError     **error,
                  const char  *name,
                  gint64       count)
{
  g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_IN_USE,
               g_dngettext (GETTEXT_PACKAGE, "“%s” is used by %" PRId64 " pledge",
                            "“%s” is used by %" PRId64 " pledges", (gulong) count),
               name, count);
}

gboolean
gy_store_remove_value (GyStore     *self,
                       GyListKind   kind,
                       const char  *name,
                       GError     **error)
{
  gint64 id, count;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= GY_LIST_SECTORS, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!gy_store_begin (self, error))
    return FALSE;
  if (!require_value (self, kind, name, &id, error) ||
      !count_uses (self, list_sql[kind].count_uses, id,
                   kind == GY_LIST_SECTORS ? NULL : name, &count, error))
    goto failed;
  if (count > 0)
    {
      set_in_use_error (error, name, count);
      goto failed;
    }
  {
    g_auto(GyStoreStmt) stmt = gy_store_statement (self, list_sql[kind].remove, error);

    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, id);
    if (!gy_store_step_done (self, stmt, error))
      goto failed;
  }
  if (!gy_store_commit (self, error))
    return FALSE;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

/* Terms */

/* id, name, start_date, end_date, layout, after_label from column first on; NULL when the row
 * is damaged. */
static GyTerm *
term_from_row (sqlite3_stmt *stmt,
               int           first)
{
  const char *name = (const char *) sqlite3_column_text (stmt, first + 1);
  GyTermLayout layout;
  GDate start, end;
  GyTerm *term;

  if (name == NULL ||
      !gy_store_parse_iso_date ((const char *) sqlite3_column_text (stmt, first + 2), &start) ||
      !gy_store_parse_iso_date ((const char *) sqlite3_column_text (stmt, first + 3), &end) ||
      g_date_compare (&start, &end) > 0 ||
      !gy_term_layout_from_string ((const char *) sqlite3_column_text (stmt, first + 4), &layout))
    return NULL;
  term = gy_term_new (name, &start, &end, layout);
  term->id = sqlite3_column_int64 (stmt, first);
  gy_term_set_after_label (term, (const char *) sqlite3_column_text (stmt, first + 5));
  return term;
}

GyTerm *
gy_store_load_term (GyStore  *self,
                    gint64    term_id,
                    GError  **error)
{
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row;
  GyTerm *term;

  stmt = gy_store_statement (self,
                             "SELECT id, name, start_date, end_date, layout, after_label "
                             "FROM term WHERE id = ?",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, term_id);
  if (!gy_store_step_row (self, stmt, &row, error))
    return NULL;
  if (!row)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                   _("There is no term %" PRId64), term_id);
      return NULL;
    }
  term = term_from_row (stmt, 0);
  if (term == NULL)
    g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED,
                 _("%s: term %" PRId64 " is damaged"), self->path, term_id);
  return term;
}

static gboolean
find_term (GyStore     *self,
           const char  *name,
           GyTerm     **out_term,
           GError     **error)
{
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row;

  *out_term = NULL;
  stmt = gy_store_statement (self,
                             "SELECT id, name, start_date, end_date, layout, after_label "
                             "FROM term "
                             "WHERE name = ?", error);
  if (stmt == NULL)
    return FALSE;
  gy_store_bind_text (stmt, 1, name);
  if (!gy_store_step_row (self, stmt, &row, error))
    return FALSE;
  if (row)
    {
      *out_term = term_from_row (stmt, 0);
      if (*out_term == NULL)
        {
          g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED,
                       _("%s: term “%s” is damaged"), self->path, name);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
insert_term (GyStore       *self,
             const GyTerm  *term,
             gint64        *out_id,
             GError       **error)
{
  g_auto(GyStoreStmt) stmt = NULL;
  char start[16], end[16];

  stmt = gy_store_statement (self,
                             "INSERT INTO term (name, start_date, end_date, layout, after_label, "
                             "  position) "
                             "VALUES (?, ?, ?, ?, ?, "
                             "  (SELECT coalesce(max(position) + 1, 0) FROM term))", error);
  if (stmt == NULL)
    return FALSE;
  gy_store_format_iso_date (&term->start, start);
  gy_store_format_iso_date (&term->end, end);
  gy_store_bind_text (stmt, 1, term->name);
  gy_store_bind_text (stmt, 2, start);
  gy_store_bind_text (stmt, 3, end);
  gy_store_bind_text (stmt, 4, gy_term_layout_to_string (term->layout));
  gy_store_bind_text (stmt, 5, term->after_label);
  if (!gy_store_step_done (self, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
check_term (const GyTerm  *term,
            GError       **error)
{
  if (term == NULL || term->name == NULL || *term->name == '\0' ||
      !g_date_valid (&term->start) || !g_date_valid (&term->end) ||
      g_date_compare (&term->start, &term->end) > 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID,
                   _("A term needs a name and a start before its end"));
      return FALSE;
    }
  return TRUE;
}

/* "2018-07-01 – 2022-06-30 (half, 2022 하반기 이후 (C))": what decides a term's money columns. */
static char *
describe_term (const GyTerm *term)
{
  g_autofree char *after = gy_term_after_label (term);
  char start[16], end[16];

  gy_store_format_iso_date (&term->start, start);
  gy_store_format_iso_date (&term->end, end);
  return g_strdup_printf ("%s – %s (%s, %s (C))", start, end,
                          term->layout == GY_TERM_LAYOUT_WHOLE ? _("whole years")
                                                               : _("half years"), after);
}

/* Inside a transaction: the term takes the card's layout and (C) label. */
static gboolean
adopt_term (GyStore       *self,
            gint64         term_id,
            const GyTerm  *term,
            GError       **error)
{
  g_auto(GyStoreStmt) stmt = NULL;

  stmt = gy_store_statement (self, "UPDATE term SET layout = ?, after_label = ? WHERE id = ?",
                             error);
  if (stmt == NULL)
    return FALSE;
  gy_store_bind_text (stmt, 1, gy_term_layout_to_string (term->layout));
  gy_store_bind_text (stmt, 2, term->after_label);
  sqlite3_bind_int64 (stmt, 3, term_id);
  return gy_store_step_done (self, stmt, error);
}

/* The stored term of that name, added when missing. A term with no pledges yet takes the
 * card's layout and (C) label (a new file's terms are seeded in half years). One with pledges
 * and other bounds or columns is refused: the card's money would not fit its columns. A card
 * that only names (C) otherwise ("임기후" for "2022 하반기 이후") fits: the term keeps the name
 * its first card gave it. */
gboolean
gy_store_ensure_term (GyStore       *self,
                      const GyTerm  *term,
                      gint64        *out_id,
                      GError       **error)
{
  g_autoptr(GyTerm) stored = NULL;
  gint64 n_pledges = 0;

  if (!check_term (term, error) || !find_term (self, term->name, &stored, error))
    return FALSE;
  if (stored == NULL)
    return insert_term (self, term, out_id, error);
  if (gy_term_equal (stored, term))
    {
      *out_id = stored->id;
      return TRUE;
    }
  if (g_date_compare (&stored->start, &term->start) == 0 &&
      g_date_compare (&stored->end, &term->end) == 0)
    {
      /* a card whose header did not say half or whole years takes the file's columns */
      gboolean same_columns = stored->layout == term->layout || term->layout_guessed;

      if (!count_uses (self, "SELECT count(*) FROM pledge WHERE term_id = ?", stored->id, NULL,
                       &n_pledges, error))
        return FALSE;
      if (n_pledges == 0 && !term->layout_guessed && !adopt_term (self, stored->id, term, error))
        return FALSE;
      if (n_pledges == 0 || same_columns)
        {
          *out_id = stored->id;
          return TRUE;
        }
    }
  {
    g_autofree char *on_card = describe_term (term);
    g_autofree char *in_file = describe_term (stored);

    g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID,
                 _("The term “%s” runs %s on the card but %s in the file"),
                 term->name, on_card, in_file);
  }
  return FALSE;
}

/**
 * gy_store_list_terms:
 *
 * Returns: (transfer container) (element-type GyTerm): the terms in order, each with its id
 */
GPtrArray *
gy_store_list_terms (GyStore *self)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GError) error = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  stmt = gy_store_statement (self,
                             "SELECT id, name, start_date, end_date, layout, after_label "
                             "FROM term "
                             "ORDER BY position, id", &error);
  while (stmt != NULL && gy_store_step_row (self, stmt, &row, &error) && row)
    {
      GyTerm *term = term_from_row (stmt, 0);

      if (term != NULL)
        g_ptr_array_add (terms, term);
      else
        g_warning ("%s: term %" G_GINT64_FORMAT " is damaged", self->path,
                   (gint64) sqlite3_column_int64 (stmt, 0));
    }
  if (error != NULL)
    g_warning ("%s", error->message);
  return g_steal_pointer (&terms);
}

/* Adds the term at the end; term->id is set. */
gboolean
gy_store_add_term (GyStore  *self,
                   GyTerm   *term,
                   GError  **error)
{
  g_autoptr(GyTerm) stored = NULL;
  gint64 id;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);

  if (!gy_store_check_writable (self, error) || !check_term (term, error))
    return FALSE;
  if (!gy_store_begin (self, error))
    return FALSE;
  if (!find_term (self, term->name, &stored, error))
    goto failed;
  if (stored != NULL)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_EXISTS,
                   _("There is already a term “%s”"), term->name);
      goto failed;
    }
  if (!insert_term (self, term, &id, error) || !gy_store_commit (self, error))
    goto failed;
  term->id = id;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

static gboolean
require_term (GyStore     *self,
              gint64       term_id,
              GyTerm     **out_term,
              GError     **error)
{
  *out_term = gy_store_load_term (self, term_id, error);
  return *out_term != NULL;
}

gboolean
gy_store_rename_term (GyStore     *self,
                      gint64       term_id,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(GyTerm) term = NULL;
  g_autoptr(GyTerm) other = NULL;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);

  if (!gy_store_check_writable (self, error) || !check_name (name, error))
    return FALSE;
  if (!gy_store_begin (self, error))
    return FALSE;
  if (!require_term (self, term_id, &term, error) || !find_term (self, name, &other, error))
    goto failed;
  if (other != NULL && other->id != term_id)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_EXISTS,
                   _("There is already a term “%s”"), name);
      goto failed;
    }
  {
    g_auto(GyStoreStmt) stmt = gy_store_statement (self, "UPDATE term SET name = ? WHERE id = ?",
                                                   error);
    if (stmt == NULL)
      goto failed;
    gy_store_bind_text (stmt, 1, name);
    sqlite3_bind_int64 (stmt, 2, term_id);
    if (!gy_store_step_done (self, stmt, error))
      goto failed;
  }
  if (!gy_store_commit (self, error))
    return FALSE;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

gboolean
gy_store_remove_term (GyStore  *self,
                      gint64    term_id,
                      GError  **error)
{
  g_autoptr(GyTerm) term = NULL;
  gint64 count;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);

  if (!gy_store_begin (self, error))
    return FALSE;
  if (!require_term (self, term_id, &term, error) ||
      !count_uses (self, "SELECT count(*) FROM pledge WHERE term_id = ?", term_id, NULL, &count,
                   error))
    goto failed;
  if (count > 0)
    {
      set_in_use_error (error, term->name, count);
      goto failed;
    }
  {
    g_auto(GyStoreStmt) stmt = gy_store_statement (self, "DELETE FROM term WHERE id = ?", error);

    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, term_id);
    if (!gy_store_step_done (self, stmt, error))
      goto failed;
  }
  if (!gy_store_commit (self, error))
    return FALSE;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

/* Pledges */

/**
 * gy_store_list_pledges:
 *
 * Every pledge, by sector (pledges without one last), then in the body's order. One query:
 * the total cost is gy_card_total_cost()'s: over the source rows (the 계 row when there is
 * none), A + the years + C, or the written 총사업비 of a row with none of those nor a 소계.
 *
 * Returns: (transfer container) (element-type GyPledgeSummary)
 */
GPtrArray *
gy_store_list_pledges (GyStore  *self,
                       GError  **error)
{
  g_autoptr(GPtrArray) pledges = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE, ok;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  stmt = gy_store_statement (self,
                             "SELECT p.id, p.number, p.title, s.name, t.name, p.status, "
                             "  p.lead_dept, p.progress, "
                             "  (SELECT sum (coalesce ("
                             "     (SELECT CASE WHEN count (c.amount) > 0 THEN sum (CASE "
                             "        WHEN c.column_key = 'sub' THEN 0 ELSE c.amount END) END "
                             "      FROM money_cell c WHERE c.money_id = m.id"
                             "        AND c.column_key <> 'total'), "
                             "     (SELECT c.amount FROM money_cell c WHERE c.money_id = m.id"
                             "        AND c.column_key = 'total'))) "
                             "   FROM money m WHERE m.pledge_id = p.id AND m.is_sum = NOT EXISTS ("
                             "     SELECT 1 FROM money WHERE pledge_id = p.id AND is_sum = 0)), "
                             "  l.period_start, l.period_end "
                             "FROM pledge p "
                             "JOIN term t ON t.id = p.term_id "
                             "LEFT JOIN sector s ON s.id = p.sector_id "
                             "LEFT JOIN line l ON l.id = ("
                             "  SELECT id FROM line WHERE pledge_id = p.id AND sub_project_id IS NULL "
                             "    AND period_start IS NOT NULL ORDER BY pos LIMIT 1) "
                             "ORDER BY s.position IS NULL, s.position, p.position, p.number, p.id",
                             error);
  if (stmt == NULL)
    return NULL;
  pledges = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_pledge_summary_free);
  while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
    {
      GyPledgeSummary *summary = g_new0 (GyPledgeSummary, 1);

      summary->id = sqlite3_column_int64 (stmt, 0);
      summary->number = gy_store_column_dup (stmt, 1);
      summary->title = gy_store_column_dup (stmt, 2);
      summary->sector = gy_store_column_dup (stmt, 3);
      summary->term = gy_store_column_dup (stmt, 4);
      summary->status = gy_store_column_dup (stmt, 5);
      summary->lead_dept = gy_store_column_dup (stmt, 6);
      summary->has_progress = sqlite3_column_type (stmt, 7) != SQLITE_NULL;
      summary->progress = summary->has_progress ? sqlite3_column_double (stmt, 7) : 0.0;
      summary->total_cost = gy_store_column_money (stmt, 8);
      summary->period_start = gy_store_column_dup (stmt, 9);
      summary->period_end = gy_store_column_dup (stmt, 10);
      g_ptr_array_add (pledges, summary);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&pledges);
}

/**
 * gy_store_list_sub_projects:
 *
 * Every pledge's 추진실적 entries, by pledge then position, each with the period of its
 * first 사업기간 line. One query, for the tree and the timelines.
 *
 * Returns: (transfer container) (element-type GySubProjectSummary)
 */
GPtrArray *
gy_store_list_sub_projects (GyStore  *self,
                            GError  **error)
{
  g_autoptr(GPtrArray) subs = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE, ok;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  stmt = gy_store_statement (self,
                             "SELECT sp.pledge_id, sp.pos, sp.number, sp.title, "
                             "  l.period_start, l.period_end "
                             "FROM sub_project sp "
                             "LEFT JOIN line l ON l.id = ("
                             "  SELECT id FROM line WHERE sub_project_id = sp.id "
                             "    AND period_start IS NOT NULL ORDER BY pos LIMIT 1) "
                             "ORDER BY sp.pledge_id, sp.pos",
                             error);
  if (stmt == NULL)
    return NULL;
  subs = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_sub_project_summary_free);
  while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
    {
      GySubProjectSummary *sub = g_new0 (GySubProjectSummary, 1);

      sub->pledge_id = sqlite3_column_int64 (stmt, 0);
      sub->index = (guint) sqlite3_column_int (stmt, 1);
      sub->number = gy_store_column_dup (stmt, 2);
      sub->title = gy_store_column_dup (stmt, 3);
      sub->period_start = gy_store_column_dup (stmt, 4);
      sub->period_end = gy_store_column_dup (stmt, 5);
      g_ptr_array_add (subs, sub);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&subs);
}

/* Everything a card holds beyond its header table, for the search. */
static const char search_parts_sql[] =
  "UNION SELECT pledge_id FROM pledge_field "
  "  WHERE instr (lower (label || ' ' || value), lower (?1)) > 0 "
  "UNION SELECT pledge_id FROM person "
  "  WHERE instr (lower (role || ' ' || name || ' ' || phone), lower (?1)) > 0 "
  "UNION SELECT pledge_id FROM sub_project "
  "  WHERE instr (lower (number || ' ' || title), lower (?1)) > 0 "
  "UNION SELECT pledge_id FROM line "
  "  WHERE instr (lower (coalesce (label, '') || ' ' || text), lower (?1)) > 0 "
  "UNION SELECT r.pledge_id FROM year_entry e JOIN year_row r "
  "  ON r.id = e.year_row_id WHERE instr (lower (e.text), lower (?1)) > 0 "
  "UNION SELECT pledge_id FROM year_row "
  "  WHERE instr (lower (label || ' ' || remarks), lower (?1)) > 0 "
  "UNION SELECT pledge_id FROM problem WHERE instr (lower (text), lower (?1)) > 0 "
  "UNION SELECT p.pledge_id FROM response s JOIN problem p "
  "  ON p.id = s.problem_id WHERE instr (lower (s.text), lower (?1)) > 0 "
  "UNION SELECT pledge_id FROM effect WHERE instr (lower (text), lower (?1)) > 0";

/* The search's query, built once: the header fields' columns come from the card's own field
 * table, never from data; the needle is bound as ?1. */
static const char *
search_sql (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GString *sql = g_string_new ("SELECT id FROM pledge "
                                   "WHERE instr (lower (number || ' ' || title");

      for (guint i = 0; i < gy_card_fields_n (); i++)
        {
          const GyCardField *field = gy_card_field (i);

          if (field->column != NULL && field->kind == GY_CARD_FIELD_KIND_TEXT)
            g_string_append_printf (sql, " || ' ' || coalesce (%s, '')", field->column);
        }
      g_string_append (sql, "), lower (?1)) > 0 ");
      g_string_append (sql, search_parts_sql);
      g_once_init_leave (&once, (gsize) g_string_free (sql, FALSE));
    }
  return (const char *) once;
}

/**
 * gy_store_search:
 *
 * The pledges whose card contains NEEDLE anywhere: header, persons, lines, yearly
 * items, problems, effects. ASCII letters match either case.
 *
 * Returns: (transfer full): a set of pledge ids (gint64 *, g_int64_hash)
 */
GHashTable *
gy_store_search (GyStore     *self,
                 const char  *needle,
                 GError     **error)
{
  g_autoptr(GHashTable) found = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE, ok;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  stmt = gy_store_statement (self, search_sql (), error);
  if (stmt == NULL)
    return NULL;
  gy_store_bind_text (stmt, 1, needle);
  found = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while ((ok = gy_store_step_row (self, stmt, &row, error)) && row)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (found, id);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&found);
}

void
gy_sub_project_summary_free (GySubProjectSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->number);
  g_free (summary->title);
  g_free (summary->period_start);
  g_free (summary->period_end);
  g_free (summary);
}

/* The first pledge (in the body's order) with that number, or 0. */
gint64
gy_store_find_pledge (GyStore    *self,
                      const char *number)
{
  g_autoptr(GError) error = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE;

  g_return_val_if_fail (GY_IS_STORE (self), 0);
  g_return_val_if_fail (number != NULL, 0);

  stmt = gy_store_statement (self,
                             "SELECT id FROM pledge WHERE number = ? ORDER BY position, id LIMIT 1",
                             &error);
  if (stmt != NULL)
    {
      gy_store_bind_text (stmt, 1, number);
      if (gy_store_step_row (self, stmt, &row, &error) && row)
        return sqlite3_column_int64 (stmt, 0);
    }
  if (error != NULL)
    g_warning ("%s", error->message);
  return 0;
}

/* Deletes the pledge and all its parts; its history stays, without the link. */
gboolean
gy_store_delete_pledge (GyStore  *self,
                        gint64    pledge_id,
                        GError  **error)
{
  g_return_val_if_fail (GY_IS_STORE (self), FALSE);

  if (!gy_store_begin (self, error))
    return FALSE;
  {
    g_auto(GyStoreStmt) stmt = gy_store_statement (self, "DELETE FROM pledge WHERE id = ?", error);

    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, pledge_id);
    if (!gy_store_step_done (self, stmt, error))
      goto failed;
  }
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                   _("There is no pledge %" PRId64), pledge_id);
      goto failed;
    }
  if (!gy_store_commit (self, error))
    return FALSE;
  gy_store_emit_changed (self, pledge_id);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

/* Deletes the pledges of IDS in one transaction: all of them or, on an error, none. */
gboolean
gy_store_delete_pledges (GyStore       *self,
                         const gint64  *ids,
                         guint          n_ids,
                         GError       **error)
{
  g_return_val_if_fail (GY_IS_STORE (self), FALSE);

  if (n_ids == 0)
    return TRUE;
  if (!gy_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      g_auto(GyStoreStmt) stmt = NULL;

      stmt = gy_store_statement (self, "DELETE FROM pledge WHERE id = ?", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      if (!gy_store_step_done (self, stmt, error))
        goto failed;
      if (sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                       _("There is no pledge %" PRId64), ids[i]);
          goto failed;
        }
    }
  if (!gy_store_commit (self, error))
    return FALSE;
  gy_store_emit_changed (self, 0);
  return TRUE;

failed:
  gy_store_rollback (self);
  return FALSE;
}

/* gy-store-private.h — what the gy-store*.c files share, and the schema helpers tests use
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing outside core/gy-store* and the store's tests may include this: it speaks SQLite.
 */
#pragma once

#include <sqlite3.h>

#include "gy-store.h"

G_BEGIN_DECLS

struct _GyStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  gboolean    read_only;
  GHashTable *statements;  /* const char *sql (by address) → sqlite3_stmt * */
};

/* A cached statement, reset when the variable goes out of scope so that no read stays open:
 *   g_auto(GyStoreStmt) stmt = gy_store_statement (self, "SELECT …", error); */
typedef sqlite3_stmt *GyStoreStmt;

void          gy_store_statement_release (GyStoreStmt *stmt);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GyStoreStmt, gy_store_statement_release)

/* sql must be a string literal: statements are cached by its address. The statement comes
 * back reset, with its bindings cleared. */
sqlite3_stmt *gy_store_statement      (GyStore       *self,
                                       const char    *sql,
                                       GError       **error);
void          gy_store_set_db_error   (GyStore       *self,
                                       GError       **error);
gboolean      gy_store_step_done      (GyStore       *self,
                                       sqlite3_stmt  *stmt,
                                       GError       **error);
gboolean      gy_store_step_row       (GyStore       *self,
                                       sqlite3_stmt  *stmt,
                                       gboolean      *out_row,
                                       GError       **error);
gboolean      gy_store_check_writable (GyStore       *self,
                                       GError       **error);
gboolean      gy_store_begin          (GyStore       *self,
                                       GError       **error);
gboolean      gy_store_begin_read     (GyStore       *self,
                                       GError       **error);
gboolean      gy_store_commit         (GyStore       *self,
                                       GError       **error);
void          gy_store_rollback       (GyStore       *self);
void          gy_store_emit_changed   (GyStore       *self,
                                       gint64         pledge_id);

void          gy_store_bind_text      (sqlite3_stmt  *stmt,
                                       int            index,
                                       const char    *text);
void          gy_store_bind_money     (sqlite3_stmt  *stmt,
                                       int            index,
                                       gint64         amount);
char         *gy_store_column_dup     (sqlite3_stmt  *stmt,
                                       int            index);
gint64        gy_store_column_money   (sqlite3_stmt  *stmt,
                                       int            index);

/* Inside a transaction: the id of a list value or term, added at the end when missing. */
gboolean      gy_store_insert_money_row (GyStore          *self,
                                         gint64            pledge_id,
                                         guint             pos,
                                         const GyMoneyRow *row,
                                         gboolean          is_sum,
                                         const GyTerm     *term,
                                         GError          **error);
gboolean      gy_store_ensure_value   (GyStore       *self,
                                       GyListKind     kind,
                                       const char    *name,
                                       gint64        *out_id,
                                       GError       **error);
gboolean      gy_store_ensure_term    (GyStore       *self,
                                       const GyTerm  *term,
                                       gint64        *out_id,
                                       GError       **error);
GyTerm       *gy_store_load_term      (GyStore       *self,
                                       gint64         term_id,
                                       GError       **error);

/* gy-store-cards.c */
gint64       *gy_store_money_cell     (GyMoneyRow    *row,
                                       const GyTerm  *term,
                                       const char    *key);
gboolean      gy_store_write_card     (GyStore       *self,
                                       const GyCard  *card,
                                       gint64         pledge_id,
                                       gint64         position,
                                       gint64        *out_pledge_id,
                                       gint64        *out_term_id,
                                       GError       **error);
gboolean      gy_store_write_money_cell (GyStore     *self,
                                       gint64         money_id,
                                       const char    *key,
                                       gint64         amount,
                                       GError       **error);
GyCard       *gy_store_read_card      (GyStore       *self,
                                       gint64         pledge_id,
                                       GError       **error);
gboolean      gy_store_read_money     (GyStore       *self,
                                       gint64         pledge_id,
                                       const GyTerm  *term,
                                       GyMoneyRow   **out_sum,
                                       gint64        *out_sum_id,
                                       GPtrArray     *rows,
                                       GArray        *row_ids,
                                       GError       **error);

/* gy-store-history.c */
char         *gy_store_pledge_label   (const char    *number,
                                       const char    *title);
char         *gy_store_money_column_label (const GyTerm *term,
                                       const char    *key);
gboolean      gy_store_record_change  (GyStore       *self,
                                       const char    *when,
                                       gint64         pledge_id,
                                       const char    *pledge,
                                       const char    *what,
                                       const char    *before,
                                       const char    *after,
                                       const char    *reason,
                                       GError       **error);
gboolean      gy_store_record_card_changes (GyStore      *self,
                                       const GyCard  *old_card,
                                       const GyCard  *new_card,
                                       const char    *reason,
                                       GError       **error);
char         *gy_store_now            (void);

/* gy-store-schema.c */
void          gy_store_format_iso_date (const GDate  *date,
                                       char          *buf);
gboolean      gy_store_parse_iso_date (const char    *text,
                                       GDate         *out_date);
gboolean      gy_store_schema_create  (sqlite3       *db,
                                       int            version,
                                       GError       **error);
gboolean      gy_store_schema_migrate (sqlite3       *db,
                                       int            from_version,
                                       GError       **error);
gboolean      gy_store_schema_backup  (sqlite3       *db,
                                       const char    *path,
                                       int            version,
                                       char         **out_backup,
                                       GError       **error);

const char *const *
              gy_store_default_sources (guint        *out_n);

/* For tests: a new file as an older Gongyak wrote it, with the default lists. */
gboolean      gy_store_create_at_version (const char *path,
                                       int            version,
                                       GError       **error);

G_END_DECLS

/* gy-store.c — the one SQLite file that holds a body's pledges: opening it safely, statements,
 * transactions, the body's name
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lists and terms are in gy-store-lists.c, cards and the pledge list in gy-store-cards.c,
 * money edits and the history in gy-store-history.c, the tables in gy-store-schema.c.
 */
#define G_LOG_DOMAIN "gy-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gy-store-private.h"

/* Officers share the file: wait a little for another writer before giving up. */
#define BUSY_TIMEOUT_MS 5000
/* What the officer reads when SQLite cannot open a file at all. */
#define OPEN_FAILED_MESSAGE \
  _("“%s” could not be opened. Check that the file and its folder exist and that you may "\
    "read and write them.")

G_DEFINE_QUARK (gy-store-error-quark, gy_store_error)

G_DEFINE_FINAL_TYPE (GyStore, gy_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the file says of itself, read before anything may write. */
typedef struct {
  gint32 application_id;
  int    user_version;
  int    n_tables;
} FileMarks;

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

void
gy_store_statement_release (GyStoreStmt *stmt)
{
  if (*stmt != NULL)
    {
      sqlite3_reset (*stmt);
      sqlite3_clear_bindings (*stmt);
    }
}

sqlite3_stmt *
gy_store_statement (GyStore     *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      gy_store_set_db_error (self, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

void
gy_store_set_db_error (GyStore  *self,
                       GError  **error)
{
  g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, "%s: %s", self->path,
               sqlite3_errmsg (self->db));
}

gboolean
gy_store_step_done (GyStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      gy_store_set_db_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
gy_store_step_row (GyStore       *self,
                   sqlite3_stmt  *stmt,
                   gboolean      *out_row,
                   GError       **error)
{
  int rc = sqlite3_step (stmt);

  *out_row = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      gy_store_set_db_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* Runs one statement of ours that takes nothing and returns nothing of interest. */
static gboolean
run (GyStore     *self,
     const char  *sql,
     GError     **error)
{
  g_auto(GyStoreStmt) stmt = gy_store_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  while (TRUE)
    {
      int rc = sqlite3_step (stmt);

      if (rc == SQLITE_DONE)
        return TRUE;
      if (rc != SQLITE_ROW)
        {
          gy_store_set_db_error (self, error);
          return FALSE;
        }
    }
}

gboolean
gy_store_check_writable (GyStore  *self,
                         GError  **error)
{
  if (self->read_only)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_READ_ONLY,
                   _("“%s” is open read-only"), self->path);
      return FALSE;
    }
  return TRUE;
}

/* IMMEDIATE: take the write lock now, so that a busy file fails before any work is done. */
gboolean
gy_store_begin (GyStore  *self,
                GError  **error)
{
  if (!gy_store_check_writable (self, error))
    return FALSE;
  return run (self, "BEGIN IMMEDIATE", error);
}

/* A read transaction: several queries see one state of the file. */
gboolean
gy_store_begin_read (GyStore  *self,
                     GError  **error)
{
  return run (self, "BEGIN", error);
}

gboolean
gy_store_commit (GyStore  *self,
                 GError  **error)
{
  if (!run (self, "COMMIT", error))
    {
      gy_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
gy_store_rollback (GyStore *self)
{
  /* Some errors end the transaction by themselves. */
  if (!sqlite3_get_autocommit (self->db))
    run (self, "ROLLBACK", NULL);
}

void
gy_store_emit_changed (GyStore *self,
                       gint64   pledge_id)
{
  g_signal_emit (self, signals[CHANGED], 0, pledge_id);
}

void
gy_store_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  /* NULL binds NULL. Static: the statement is reset before the caller's string goes. */
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

void
gy_store_bind_money (sqlite3_stmt *stmt,
                     int           index,
                     gint64        amount)
{
  if (amount == GY_MONEY_ABSENT)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, amount);
}

char *
gy_store_column_dup (sqlite3_stmt *stmt,
                     int           index)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, index));
}

gint64
gy_store_column_money (sqlite3_stmt *stmt,
                       int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return GY_MONEY_ABSENT;
  return sqlite3_column_int64 (stmt, index);
}

/* Opening */

/* Nothing we open may run code of its own making: no triggers or views that write elsewhere,
 * no extensions, no tampering with the schema. */
static gboolean
harden (sqlite3  *db,
        GError  **error)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  if (sqlite3_exec (db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *out_value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out_value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_ERROR;
      else
        rc = sqlite3_errcode (db);
    }
  else
    rc = sqlite3_errcode (db);
  sqlite3_finalize (stmt);
  return rc;
}

/* Reads the marks; a file that is not SQLite fails here, before anything could write. */
static gboolean
read_marks (sqlite3     *db,
            const char  *path,
            FileMarks   *marks,
            GError     **error)
{
  int application_id = 0;
  int rc;

  rc = query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA user_version", &marks->user_version);
  if (rc == SQLITE_OK)
    rc = query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                    &marks->n_tables);
  marks->application_id = application_id;

  switch (rc & 0xff)
    {
    case SQLITE_OK:
      return TRUE;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      /* SQLite's own words are English and say nothing the officer can act on. */
      g_debug ("%s: %s", path, sqlite3_errmsg (db));
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Gongyak file, or it is damaged. Open another file, or "
                     "restore this one from a backup copy."), path);
      return FALSE;
    default:
      g_debug ("%s: %s", path, sqlite3_errmsg (db));
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED,
                   _("“%s” could not be read. Check that the drive holding it is connected "
                     "and that no other program is using it, then open it again."), path);
      return FALSE;
    }
}

static gboolean
judge_marks (const char       *path,
             const FileMarks  *marks,
             gboolean          read_only,
             gboolean          create,
             gboolean         *out_empty,
             GError          **error)
{
  *out_empty = marks->n_tables == 0 && marks->application_id == 0 && marks->user_version == 0;
  if (*out_empty)
    {
      if (create)
        return TRUE;
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is empty, so it is not a Gongyak file. Open another file, or "
                     "make a new one with New Database."), path);
      return FALSE;
    }
  if (marks->application_id != GY_STORE_APPLICATION_ID)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FOREIGN,
                   _("“%s” was made by another program, not Gongyak. Open a Gongyak file "
                     "(.gongyak) instead."), path);
      return FALSE;
    }
  if (marks->user_version > GY_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Gongyak (schema %d; this "
                     "version reads up to %d). Install the newer Gongyak to open it."),
                   path, marks->user_version, GY_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (marks->user_version < 1 || marks->n_tables == 0)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is damaged: its tables are missing. Restore it from a backup "
                     "copy."), path);
      return FALSE;
    }
  if (marks->user_version < GY_STORE_SCHEMA_VERSION && read_only)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_READ_ONLY,
                   _("“%s” was written by an older version of Gongyak (schema %d) and must be "
                     "upgraded, which a file opened read-only cannot be. Copy it to a folder "
                     "of yours and open the copy."),
                   path, marks->user_version);
      return FALSE;
    }
  return TRUE;
}

/* Looks at an existing file through an immutable read-only connection: no lock, no journal
 * recovery, no -wal or -shm beside it. A file we refuse is never touched. */
static gboolean
probe_file (const char  *path,
            const char  *uri,
            FileMarks   *marks,
            GError     **error)
{
  g_autofree char *probe_uri = g_strconcat (uri, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (probe_uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      g_debug ("%s: %s", path, db != NULL ? sqlite3_errmsg (db) : "out of memory");
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, OPEN_FAILED_MESSAGE, path);
      sqlite3_close (db);
      return FALSE;
    }
  ok = harden (db, error) && read_marks (db, path, marks, error);
  sqlite3_close (db);
  return ok;
}

static gboolean
exec_pragma (GyStore     *self,
             const char  *sql,
             GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      gy_store_set_db_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static void
remove_new_file (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_unlink (name);
    }
}

static gboolean
open_connection (GyStore     *self,
                 const char  *uri,
                 gboolean     exists,
                 gboolean     create,
                 GError     **error)
{
  FileMarks marks = { 0, };
  gboolean empty;
  int flags = SQLITE_OPEN_URI;

  if (self->read_only)
    flags |= SQLITE_OPEN_READONLY;
  else
    flags |= SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);

  if (sqlite3_open_v2 (uri, &self->db, flags, NULL) != SQLITE_OK)
    {
      g_debug ("%s: %s", self->path,
               self->db != NULL ? sqlite3_errmsg (self->db) : "out of memory");
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, OPEN_FAILED_MESSAGE,
                   self->path);
      return FALSE;
    }
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  /* Until the file is accepted, closing must not copy its log into it. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!harden (self->db, error))
    return FALSE;

  /* Again, now that a write-ahead log left by a crash is seen too. */
  if (!read_marks (self->db, self->path, &marks, error) ||
      !judge_marks (self->path, &marks, self->read_only, create, &empty, error))
    return FALSE;
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
  if (!self->read_only && sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written (see its permissions); open it read-only"),
                   self->path);
      return FALSE;
    }

  if (!exec_pragma (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (!self->read_only && !empty && marks.user_version < GY_STORE_SCHEMA_VERSION)
    {
      g_autofree char *backup = NULL;

      if (!gy_store_schema_backup (self->db, self->path, marks.user_version, &backup, error))
        return FALSE;
      g_debug ("Copied %s to %s before upgrading it", self->path, backup);
    }

  /* FULL sync: a committed edit survives a power cut. */
  if (!exec_pragma (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  if (empty)
    {
      if (!gy_store_schema_create (self->db, GY_STORE_SCHEMA_VERSION, error))
        {
          g_prefix_error (error, "%s: ", self->path);
          return FALSE;
        }
    }
  else if (marks.user_version < GY_STORE_SCHEMA_VERSION)
    {
      if (!gy_store_schema_migrate (self->db, marks.user_version, error))
        {
          g_prefix_error (error, "%s: ", self->path);
          return FALSE;
        }
    }

  /* Only now: a migration that fails leaves an old file in the journal mode it had. */
  if (!self->read_only && !exec_pragma (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  return TRUE;
}

/* GObject */

static void
gy_store_dispose (GObject *object)
{
  GyStore *self = GY_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      if (sqlite3_close (self->db) != SQLITE_OK)
        g_warning ("Closing %s: %s", self->path, sqlite3_errmsg (self->db));
      self->db = NULL;
    }

  G_OBJECT_CLASS (gy_store_parent_class)->dispose (object);
}

static void
gy_store_finalize (GObject *object)
{
  GyStore *self = GY_STORE (object);

  g_free (self->path);

  G_OBJECT_CLASS (gy_store_parent_class)->finalize (object);
}

static void
gy_store_class_init (GyStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gy_store_dispose;
  object_class->finalize = gy_store_finalize;

  /**
   * GyStore::changed:
   * @pledge_id: the pledge written, or 0 when the change is body-wide (lists, terms, imports)
   *
   * Emitted after each committed write.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
gy_store_init (GyStore *self)
{
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            finalize_statement);
}

/* Public */

/**
 * gy_store_open:
 * @path: the file
 * @flags: create it when missing, or open it read-only
 * @error: NOT_FOUND, NOT_DATABASE, FOREIGN, NEWER, READ_ONLY or FAILED
 *
 * Opens a Gongyak file. A file that is not ours, or is newer than this program, is refused
 * without a byte of it written. An older file is copied beside itself as PATH.bak-vN and
 * upgraded in one transaction.
 */
GyStore *
gy_store_open (const char        *path,
               GyStoreOpenFlags   flags,
               GError           **error)
{
  gboolean read_only = (flags & GY_STORE_OPEN_READ_ONLY) != 0;
  gboolean create = (flags & GY_STORE_OPEN_CREATE) != 0 && !read_only;
  g_autoptr(GyStore) self = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!exists && !create)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND,
                   _("“%s” does not exist"), path);
      return NULL;
    }
  if (exists && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a file"), path);
      return NULL;
    }

  /* A URI, so that no file name is ever read as options (Debian builds SQLite with URIs on). */
  absolute = g_canonicalize_filename (path, NULL);
  uri = g_filename_to_uri (absolute, NULL, error);
  if (uri == NULL)
    return NULL;

  if (exists)
    {
      FileMarks marks = { 0, };
      gboolean empty;

      if (!probe_file (path, uri, &marks, error) ||
          !judge_marks (path, &marks, read_only, create, &empty, error))
        return NULL;
    }

  self = g_object_new (GY_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only;

  if (!open_connection (self, uri, exists, create, &local_error))
    {
      g_clear_object (&self);
      if (!exists)
        remove_new_file (path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
gy_store_get_path (GyStore *self)
{
  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  return self->path;
}

gboolean
gy_store_is_read_only (GyStore *self)
{
  g_return_val_if_fail (GY_IS_STORE (self), TRUE);

  return self->read_only;
}

/* Body */

char *
gy_store_dup_body_name (GyStore *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  stmt = gy_store_statement (self, "SELECT name FROM body WHERE id = 1", &error);
  if (stmt == NULL || !gy_store_step_row (self, stmt, &row, &error))
    {
      g_warning ("%s", error->message);
      return g_strdup ("");
    }
  return row ? gy_store_column_dup (stmt, 0) : g_strdup ("");
}

gboolean
gy_store_set_body_name (GyStore     *self,
                        const char  *name,
                        GError     **error)
{
  g_return_val_if_fail (GY_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!gy_store_begin (self, error))
    return FALSE;
  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "INSERT INTO body (id, name) VALUES (1, ?) "
                               "ON CONFLICT (id) DO UPDATE SET name = excluded.name", error);
    if (stmt == NULL)
      goto failed;
    gy_store_bind_text (stmt, 1, name);
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

/* Whether 이행 후 계속추진 counts as 완료 in the completion rate: bodies differ. */
gboolean
gy_store_get_continuing_is_done (GyStore *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE;

  g_return_val_if_fail (GY_IS_STORE (self), FALSE);

  stmt = gy_store_statement (self, "SELECT continuing_is_done FROM body WHERE id = 1", &error);
  if (stmt == NULL || !gy_store_step_row (self, stmt, &row, &error))
    {
      g_warning ("%s", error->message);
      return FALSE;
    }
  return row && sqlite3_column_int (stmt, 0) != 0;
}

/* The statuses that mean MEANING, "done" (완료) or "continuing" (이행 후 계속추진), whatever
 * the body has renamed them to. */
GStrv
gy_store_list_statuses_meaning (GyStore    *self,
                                const char *meaning)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GyStoreStmt) stmt = NULL;
  gboolean row = FALSE;

  g_return_val_if_fail (GY_IS_STORE (self), NULL);

  stmt = gy_store_statement (self, "SELECT name FROM status WHERE meaning = ? ORDER BY position",
                             &error);
  if (stmt != NULL)
    gy_store_bind_text (stmt, 1, meaning);
  while (stmt != NULL && gy_store_step_row (self, stmt, &row, &error) && row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (error != NULL)
    g_warning ("%s", error->message);
  return g_strv_builder_end (builder);
}

gboolean
gy_store_set_continuing_is_done (GyStore   *self,
                                 gboolean   done,
                                 GError   **error)
{
  g_return_val_if_fail (GY_IS_STORE (self), FALSE);

  if (!gy_store_begin (self, error))
    return FALSE;
  {
    g_auto(GyStoreStmt) stmt = NULL;

    stmt = gy_store_statement (self,
                               "INSERT INTO body (id, continuing_is_done) VALUES (1, ?) "
                               "ON CONFLICT (id) DO UPDATE SET "
                               "  continuing_is_done = excluded.continuing_is_done", error);
    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int (stmt, 1, done ? 1 : 0);
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

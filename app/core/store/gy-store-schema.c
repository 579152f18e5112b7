/* gy-store-schema.c — the tables of a Gongyak file, and how older files are brought up to date
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new file is made the way an old one is upgraded: the first schema, then every migration.
 * That keeps one truth for the tables, and a migrated file identical to a new one.
 */
#define G_LOG_DOMAIN "gy-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "gy-store-private.h"

/* GY_STORE_APPLICATION_ID in decimal: a PRAGMA value cannot be bound. */
#define APPLICATION_ID_DECIMAL 1199130475
G_STATIC_ASSERT (APPLICATION_ID_DECIMAL == GY_STORE_APPLICATION_ID);

/* Schema 1: what the first Gongyak wrote. Kept as it was; change only through a migration. */
static const char schema_v1[] =
  "CREATE TABLE body ("
  "  id    INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name  TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE TABLE source ("
  "  id        INTEGER PRIMARY KEY,"
  "  name      TEXT NOT NULL UNIQUE,"
  "  position  INTEGER NOT NULL"
  ");"
  "CREATE TABLE status ("
  "  id        INTEGER PRIMARY KEY,"
  "  name      TEXT NOT NULL UNIQUE,"
  "  position  INTEGER NOT NULL"
  ");"
  "CREATE TABLE sector ("
  "  id        INTEGER PRIMARY KEY,"
  "  name      TEXT NOT NULL UNIQUE,"
  "  position  INTEGER NOT NULL"
  ");"
  "CREATE TABLE term ("
  "  id          INTEGER PRIMARY KEY,"
  "  name        TEXT NOT NULL UNIQUE,"
  "  start_date  TEXT NOT NULL,"  /* ISO 8601: 2018-07-01 */
  "  end_date    TEXT NOT NULL,"
  "  layout      TEXT NOT NULL DEFAULT 'half' CHECK (layout IN ('half', 'whole')),"
  "  position    INTEGER NOT NULL"
  ");"
  "CREATE TABLE pledge ("
  "  id               INTEGER PRIMARY KEY,"
  "  number           TEXT NOT NULL DEFAULT '',"
  "  title            TEXT NOT NULL DEFAULT '',"
  "  sector_id        INTEGER REFERENCES sector (id),"
  "  term_id          INTEGER NOT NULL REFERENCES term (id),"
  "  timing           TEXT,"
  "  actor            TEXT,"
  "  novelty          TEXT,"
  "  central_support  TEXT,"
  "  budget_class     TEXT,"
  "  progress         REAL,"
  "  status           TEXT,"  /* not a reference: a card's unknown status is kept, and checked */
  "  lead_dept        TEXT,"
  "  collab_dept      TEXT,"
  "  position         INTEGER NOT NULL"
  ");"
  "CREATE INDEX pledge_sector ON pledge (sector_id);"
  "CREATE INDEX pledge_term ON pledge (term_id);"
  "CREATE INDEX pledge_number ON pledge (number);"
  "CREATE INDEX pledge_status ON pledge (status);"
  "CREATE TABLE pledge_field ("
  "  id         INTEGER PRIMARY KEY,"
  "  pledge_id  INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  pos        INTEGER NOT NULL,"
  "  label      TEXT NOT NULL,"
  "  value      TEXT NOT NULL"
  ");"
  "CREATE INDEX pledge_field_pledge ON pledge_field (pledge_id, pos);"
  "CREATE TABLE person ("
  "  id         INTEGER PRIMARY KEY,"
  "  pledge_id  INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  pos        INTEGER NOT NULL,"
  "  role       TEXT NOT NULL,"
  "  name       TEXT NOT NULL,"
  "  phone      TEXT NOT NULL"
  ");"
  "CREATE INDEX person_pledge ON person (pledge_id, pos);"
  "CREATE TABLE sub_project ("
  "  id         INTEGER PRIMARY KEY,"
  "  pledge_id  INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  pos        INTEGER NOT NULL,"
  "  number     TEXT NOT NULL,"
  "  title      TEXT NOT NULL"
  ");"
  "CREATE INDEX sub_project_pledge ON sub_project (pledge_id, pos);"
  /* The text is the truth; period and budget are derived from it when written, for queries. */
  "CREATE TABLE line ("
  "  id              INTEGER PRIMARY KEY,"
  "  pledge_id       INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  sub_project_id  INTEGER REFERENCES sub_project (id) ON DELETE CASCADE,"  /* NULL: 사업개요 */
  "  pos             INTEGER NOT NULL,"
  "  level           INTEGER NOT NULL,"
  "  label           TEXT,"
  "  text            TEXT NOT NULL,"
  "  period_start    TEXT,"  /* 2018-07; a year alone starts in January */
  "  period_end      TEXT,"  /* 2022-06; a year alone ends in December; NULL when open */
  "  budget_total    INTEGER"  /* 천원 */
  ");"
  "CREATE INDEX line_pledge ON line (pledge_id, pos);"
  "CREATE INDEX line_sub_project ON line (sub_project_id);"
  "CREATE TABLE year_row ("
  "  id         INTEGER PRIMARY KEY,"
  "  pledge_id  INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  pos        INTEGER NOT NULL,"
  "  year       INTEGER NOT NULL,"
  "  label      TEXT NOT NULL,"
  "  remarks    TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX year_row_pledge ON year_row (pledge_id, pos);"
  "CREATE TABLE year_entry ("
  "  id           INTEGER PRIMARY KEY,"
  "  year_row_id  INTEGER NOT NULL REFERENCES year_row (id) ON DELETE CASCADE,"
  "  pos          INTEGER NOT NULL,"
  "  marker       TEXT NOT NULL,"
  "  text         TEXT NOT NULL"
  ");"
  "CREATE INDEX year_entry_row ON year_entry (year_row_id, pos);"
  /* source is text: a card's 지방비 or 구비 is kept even when the body has no such source. */
  "CREATE TABLE money ("
  "  id         INTEGER PRIMARY KEY,"
  "  pledge_id  INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  pos        INTEGER NOT NULL,"
  "  source     TEXT NOT NULL,"
  "  is_sum     INTEGER NOT NULL DEFAULT 0 CHECK (is_sum IN (0, 1))"  /* the 계 row */
  ");"
  "CREATE INDEX money_pledge ON money (pledge_id, pos);"
  "CREATE INDEX money_source ON money (source);"
  "CREATE TABLE money_cell ("
  "  money_id    INTEGER NOT NULL REFERENCES money (id) ON DELETE CASCADE,"
  "  column_key  TEXT NOT NULL,"  /* 'total', 'A', 'sub', 'C' or a fiscal key: '2018H2' */
  "  amount      INTEGER,"  /* 천원; NULL is a blank cell, which is not 0 */
  "  PRIMARY KEY (money_id, column_key)"
  ") WITHOUT ROWID;"
  "CREATE TABLE problem ("
  "  id         INTEGER PRIMARY KEY,"
  "  pledge_id  INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  pos        INTEGER NOT NULL,"
  "  text       TEXT NOT NULL"
  ");"
  "CREATE INDEX problem_pledge ON problem (pledge_id, pos);"
  "CREATE TABLE response ("
  "  id          INTEGER PRIMARY KEY,"
  "  problem_id  INTEGER NOT NULL REFERENCES problem (id) ON DELETE CASCADE,"
  "  pos         INTEGER NOT NULL,"
  "  text        TEXT NOT NULL"
  ");"
  "CREATE INDEX response_problem ON response (problem_id, pos);"
  "CREATE TABLE effect ("
  "  id         INTEGER PRIMARY KEY,"
  "  pledge_id  INTEGER NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,"
  "  pos        INTEGER NOT NULL,"
  "  text       TEXT NOT NULL"
  ");"
  "CREATE INDEX effect_pledge ON effect (pledge_id, pos);"
  /* The history outlives its pledge: a deleted pledge's changes keep their label. */
  "CREATE TABLE change ("
  "  id            INTEGER PRIMARY KEY,"
  "  at            TEXT NOT NULL,"  /* local time, 2026-11-25T17:15:00 */
  "  pledge_id     INTEGER REFERENCES pledge (id) ON DELETE SET NULL,"
  "  pledge        TEXT NOT NULL,"
  "  what          TEXT NOT NULL,"
  "  before_value  TEXT NOT NULL,"
  "  after_value   TEXT NOT NULL"
  ");"
  "CREATE INDEX change_pledge ON change (pledge_id);"
  "PRAGMA application_id = " G_STRINGIFY (APPLICATION_ID_DECIMAL) ";"
  "PRAGMA user_version = 1;";

/* migrations[i] takes a file from schema i + 1 to i + 2, and says so in user_version. */
static const char *const migrations[] = {
  /* 2: the reason of a change (변경 사유), which the citizens' panel asks to see */
  "ALTER TABLE change ADD COLUMN reason TEXT NOT NULL DEFAULT '';"
  "PRAGMA user_version = 2;",
  /* 3: whether 이행 후 계속추진 counts as 완료 in the completion rate (the body's choice), and
   * the name a card gives its (C) column ("임기후", "2023 이후"); NULL derives it from the term */
  "ALTER TABLE body ADD COLUMN continuing_is_done INTEGER NOT NULL DEFAULT 0"
  "  CHECK (continuing_is_done IN (0, 1));"
  "ALTER TABLE term ADD COLUMN after_label TEXT;"
  /* which statuses the 완료율 counts, kept through a rename of the status */
  "ALTER TABLE status ADD COLUMN meaning TEXT CHECK (meaning IN ('done', 'continuing'));"
  "UPDATE status SET meaning = 'done' WHERE name = '완료';"
  "UPDATE status SET meaning = 'continuing' WHERE name = '이행 후 계속추진';"
  "PRAGMA user_version = 3;",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == GY_STORE_SCHEMA_VERSION - 1);

static const char *const default_sources[] = { "국비", "도비", "시비", "민자", "기타" };
/* The sources a new file starts with, until its first card names the body's own. */
const char *const *
gy_store_default_sources (guint *out_n)
{
  *out_n = G_N_ELEMENTS (default_sources);
  return default_sources;
}

static const char *const default_statuses[] = {
  "완료", "이행 후 계속추진", "정상추진", "일부추진", "보류", "폐기", "미도래",
};

static void
set_error_from_db (sqlite3  *db,
                   GError  **error)
{
  g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (db));
}

/* Our own constant SQL only, several statements at once. */
static gboolean
exec_script (sqlite3     *db,
             const char  *sql,
             GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, "%s",
                   message != NULL ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static void
rollback (sqlite3 *db)
{
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
read_user_version (sqlite3  *db,
                   int      *out_version,
                   GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_error_from_db (db, error);
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_version = sqlite3_column_int (stmt, 0);
  else
    set_error_from_db (db, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

static gboolean
insert_names (sqlite3            *db,
              const char         *sql,
              const char *const  *names,
              guint               n_names,
              GError            **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      set_error_from_db (db, error);
      return FALSE;
    }
  for (guint i = 0; i < n_names; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, names[i], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, (int) i);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          set_error_from_db (db, error);
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
insert_default_terms (sqlite3  *db,
                      GError  **error)
{
  static const guint numbers[] = { 7, 8 };
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db,
                          "INSERT INTO term (name, start_date, end_date, layout, position) "
                          "VALUES (?, ?, ?, ?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_error_from_db (db, error);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(GyTerm) term = gy_term_new_numbered (numbers[i], GY_TERM_LAYOUT_HALF);
      char start[16], end[16];

      gy_store_format_iso_date (&term->start, start);
      gy_store_format_iso_date (&term->end, end);
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, term->name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, start, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, end, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, gy_term_layout_to_string (term->layout), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, (int) i);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          set_error_from_db (db, error);
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

/* VERSION is the schema the defaults go into: a test may make an old file. */
static gboolean
insert_defaults (sqlite3  *db,
                 int       version,
                 GError  **error)
{
  return exec_script (db, "INSERT INTO body (id, name) VALUES (1, '')", error) &&
         insert_names (db, "INSERT INTO source (name, position) VALUES (?, ?)",
                       default_sources, G_N_ELEMENTS (default_sources), error) &&
         insert_names (db, "INSERT INTO status (name, position) VALUES (?, ?)",
                       default_statuses, G_N_ELEMENTS (default_statuses), error) &&
         (version < 3 ||
          exec_script (db,
                       "UPDATE status SET meaning = 'done' WHERE name = '완료';"
                       "UPDATE status SET meaning = 'continuing' WHERE name = '이행 후 계속추진';",
                       error)) &&
         insert_default_terms (db, error);
}

static gboolean
apply_migrations (sqlite3  *db,
                  int       from_version,
                  int       to_version,
                  GError  **error)
{
  for (int version = from_version; version < to_version; version++)
    if (!exec_script (db, migrations[version - 1], error))
      {
        g_prefix_error (error, _("Upgrading to schema %d: "), version + 1);
        return FALSE;
      }
  return TRUE;
}

/* "2018-07-01" into buf (at least 11 bytes). */
void
gy_store_format_iso_date (const GDate *date,
                          char        *buf)
{
  g_snprintf (buf, 11, "%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

gboolean
gy_store_parse_iso_date (const char *text,
                         GDate      *out_date)
{
  guint year, month, day;

  g_date_clear (out_date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (out_date, day, month, year);
  return TRUE;
}

/* Makes an empty file a Gongyak file at the given schema, with the default lists, in one
 * transaction. The caller has set the journal mode; the file must have no tables. */
gboolean
gy_store_schema_create (sqlite3  *db,
                        int       version,
                        GError  **error)
{
  g_return_val_if_fail (version >= 1 && version <= GY_STORE_SCHEMA_VERSION, FALSE);

  if (!exec_script (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!exec_script (db, schema_v1, error) ||
      !apply_migrations (db, 1, version, error) ||
      !insert_defaults (db, version, error) ||
      !exec_script (db, "COMMIT", error))
    {
      rollback (db);
      return FALSE;
    }
  return TRUE;
}

/* Brings a file from from_version up to GY_STORE_SCHEMA_VERSION in one transaction. Another
 * Gongyak may have done it meanwhile: the version is read again inside the transaction. */
gboolean
gy_store_schema_migrate (sqlite3  *db,
                         int       from_version,
                         GError  **error)
{
  int version = 0;

  g_return_val_if_fail (from_version >= 1, FALSE);

  if (!exec_script (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!read_user_version (db, &version, error))
    {
      rollback (db);
      return FALSE;
    }
  if (version != from_version && version != GY_STORE_SCHEMA_VERSION)
    {
      rollback (db);
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED,
                   _("The schema changed from %d to %d while the file was being opened"),
                   from_version, version);
      return FALSE;
    }
  if (!apply_migrations (db, version, GY_STORE_SCHEMA_VERSION, error) ||
      !exec_script (db, "COMMIT", error))
    {
      rollback (db);
      return FALSE;
    }
  return TRUE;
}

/* Copies the database beside itself as PATH.bak-vN before a migration. The backup API reads
 * a consistent snapshot, the write-ahead log included, which a plain file copy would miss.
 * An existing backup is never overwritten: the next free name is taken. */
gboolean
gy_store_schema_backup (sqlite3     *db,
                        const char  *path,
                        int          version,
                        char       **out_backup,
                        GError     **error)
{
  g_autofree char *backup_path = g_strdup_printf ("%s.bak-v%d", path, version);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  for (guint n = 2; g_file_test (backup_path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (backup_path);
      backup_path = g_strdup_printf ("%s.bak-v%d-%u", path, version, n);
    }

  rc = sqlite3_open_v2 (backup_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    goto failed;
  backup = sqlite3_backup_init (dest, "main", db, "main");
  if (backup == NULL)
    goto failed;
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED,
                   _("Could not copy “%s” to “%s”: %s"), path, backup_path, sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (backup_path);
      return FALSE;
    }
  if (sqlite3_close (dest) != SQLITE_OK)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED,
                   _("Could not finish the copy “%s”"), backup_path);
      return FALSE;
    }
  if (out_backup != NULL)
    *out_backup = g_steal_pointer (&backup_path);
  return TRUE;

failed:
  g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, _("Could not copy “%s” to “%s”: %s"),
               path, backup_path, dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
  sqlite3_close (dest);
  g_unlink (backup_path);
  return FALSE;
}

gboolean
gy_store_create_at_version (const char  *path,
                            int          version,
                            GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      set_error_from_db (db, error);
      sqlite3_close (db);
      return FALSE;
    }
  ok = exec_script (db, "PRAGMA journal_mode = WAL", error) &&
       gy_store_schema_create (db, version, error);
  if (sqlite3_close (db) != SQLITE_OK && ok)
    {
      g_set_error (error, GY_STORE_ERROR, GY_STORE_ERROR_FAILED, _("Could not close “%s”"), path);
      ok = FALSE;
    }
  if (!ok)
    g_prefix_error (error, "%s: ", path);
  return ok;
}

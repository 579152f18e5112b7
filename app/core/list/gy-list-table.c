/* gy-list-table.c — a pledge list's cells as text, whatever file they come from
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "gy-list-private.h"

/* A CSV of a few hundred pledges is some kilobytes; a larger file is not a list. */
#define MAX_TEXT_SIZE (32 * 1024 * 1024)

G_DEFINE_QUARK (gy-list-error-quark, gy_list_error)

GyListTable *
gy_list_table_new (const char *path,
                   const char *format)
{
  GyListTable *table = g_new0 (GyListTable, 1);

  table->path = g_strdup (path);
  table->format = g_strdup (format);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  return table;
}

void
gy_list_table_free (GyListTable *table)
{
  if (table == NULL)
    return;
  g_free (table->path);
  g_free (table->format);
  g_free (table->encoding);
  g_free (table->sheet);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->lines);
  g_free (table);
}

void
gy_list_table_add_row (GyListTable *table,
                       GPtrArray   *cells,
                       guint        line)
{
  while (cells->len > 0)
    {
      char *last = g_ptr_array_index (cells, cells->len - 1);

      if (last != NULL && *g_strstrip (last) != '\0')
        break;
      g_free (g_ptr_array_steal_index (cells, cells->len - 1));
    }
  for (guint i = 0; i < cells->len; i++)
    {
      char *text = g_ptr_array_index (cells, i);

      if (text == NULL)
        {
          g_ptr_array_index (cells, i) = g_strdup ("");
          continue;
        }
      /* A line broken inside a cell (Alt+Enter) is one line of text for a pledge. */
      for (char *p = text; *p != '\0'; p++)
        if (*p == '\n' || *p == '\r')
          *p = ' ';
      g_strstrip (text);
    }
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (table->rows, g_ptr_array_free (cells, FALSE));
  g_array_append_val (table->lines, line);
}

static gboolean
is_zip (const char *bytes,
        gsize       length)
{
  return length >= 4 && memcmp (bytes, "PK\x03\x04", 4) == 0;
}

/* Whether PATH starts as a zip does (an xlsx), whatever its name. */
static gboolean
file_is_zip (const char  *path,
             gboolean    *out_zip,
             GError     **error)
{
  char head[4] = { 0 };
  FILE *file = g_fopen (path, "rb");
  gsize got;

  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ, _("%s cannot be opened: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  got = fread (head, 1, sizeof head, file);
  fclose (file);
  *out_zip = is_zip (head, got);
  return TRUE;
}

/**
 * gy_list_table_read:
 * @sheet: (nullable): the xlsx sheet to read; NULL for the first. Ignored for CSV/TSV.
 *
 * An xlsx is known by its content (a zip), a TSV by its name ending in .tsv or .txt; anything
 * else is read as CSV.
 */
GyListTable *
gy_list_table_read (const char  *path,
                    const char  *sheet,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GyListTable) table = NULL;
  gsize length = 0;
  char delimiter = ',';
  gboolean zip = FALSE;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  if (!file_is_zip (path, &zip, error))
    return NULL;
  if (zip)
    {
      table = gy_list_table_new (path, "xlsx");
      if (!gy_list_xlsx_read (table, sheet, error))
        return NULL;
      return g_steal_pointer (&table);
    }
  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xls"))
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ,
                   _("%s is not an xlsx workbook: save it again from Excel as .xlsx"), path);
      return NULL;
    }
  if (g_stat (path, &st) == 0 && st.st_size > MAX_TEXT_SIZE)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ,
                   _("%s is %.0f MB: too large for a pledge list"), path, st.st_size / 1e6);
      return NULL;
    }
  if (!g_file_get_contents (path, &bytes, &length, &local))
    {
      g_set_error_literal (error, GY_LIST_ERROR, GY_LIST_ERROR_READ, local->message);
      return NULL;
    }
  if (g_str_has_suffix (lower, ".tsv") || g_str_has_suffix (lower, ".txt"))
    delimiter = '\t';
  table = gy_list_table_new (path, delimiter == '\t' ? "tsv" : "csv");
  if (!gy_list_csv_read (table, bytes, length, delimiter, error))
    return NULL;
  return g_steal_pointer (&table);
}

/* The sheet names of an xlsx, in workbook order; a CSV/TSV has none (an empty list). */
GStrv
gy_list_table_sheets (const char  *path,
                      GError     **error)
{
  gboolean zip = FALSE;

  if (!file_is_zip (path, &zip, error))
    return NULL;
  if (!zip)
    return g_new0 (char *, 1);
  return gy_list_xlsx_sheets (path, error);
}

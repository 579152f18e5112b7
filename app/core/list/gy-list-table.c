/* gy-list-table.c — a pledge list's cells as text, whatever file they come from
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "gy-list-private.h"

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
      const char *last = g_ptr_array_index (cells, cells->len - 1);

      if (last != NULL && *g_strstrip ((char *) last) != '\0')
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
  g_autofree char *bytes = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GyListTable) table = NULL;
  gsize length = 0;
  char delimiter = ',';

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &bytes, &length, error))
    {
      if (error != NULL && *error != NULL)
        (*error)->domain = GY_LIST_ERROR, (*error)->code = GY_LIST_ERROR_READ;
      return NULL;
    }
  lower = g_ascii_strdown (path, -1);
  if (is_zip (bytes, length))
    {
      g_clear_pointer (&bytes, g_free);
      table = gy_list_table_new (path, "xlsx");
      if (!gy_list_xlsx_read (table, sheet, error))
        return NULL;
      return g_steal_pointer (&table);
    }
  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xls"))
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ,
                   _("%s is not an xlsx workbook: save it again from Excel as .xlsx"), path);
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
  char head[4] = { 0 };
  FILE *file = fopen (path, "rb");
  gsize got;

  if (file == NULL)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ, _("%s cannot be opened: %s"),
                   path, g_strerror (errno));
      return NULL;
    }
  got = fread (head, 1, sizeof head, file);
  fclose (file);
  if (!is_zip (head, got))
    return g_new0 (char *, 1);
  return gy_list_xlsx_sheets (path, error);
}

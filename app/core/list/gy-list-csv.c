/* gy-list-csv.c — CSV and TSV lists, through libcsv
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes are first turned into UTF-8 by gy_text_decode() (Excel on a Korean PC writes
 * CP949), CRLF into LF, then libcsv splits them. libcsv does not count lines: we do, from the
 * newlines that end rows and those quoted inside cells, so a refused row names its line.
 */
#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "gy-list-private.h"
#include "gy-text.h"

typedef struct {
  GyListTable *table;
  GPtrArray   *cells;
  guint        line;        /* the line the current row started on */
  guint        next_line;   /* grows with newlines inside quoted cells */
} CsvState;

static void
on_field (void   *field,
          size_t  length,
          void   *data)
{
  CsvState *state = data;
  const char *text = field != NULL ? field : "";

  for (size_t i = 0; i < length; i++)
    if (text[i] == '\n')
      state->next_line++;
  g_ptr_array_add (state->cells, g_strndup (text, length));
}

static void
on_row (int   terminator,
        void *data)
{
  CsvState *state = data;

  (void) terminator;
  if (state->cells->len > 0)
    gy_list_table_add_row (state->table, g_steal_pointer (&state->cells), state->line);
  else
    g_ptr_array_unref (g_steal_pointer (&state->cells));
  state->cells = g_ptr_array_new_with_free_func (g_free);
  state->next_line++;
  state->line = state->next_line;
}

/* Only the space is blank around a cell: a tab may be the delimiter. */
static int
is_space (unsigned char c)
{
  return c == ' ';
}

/* Each newline ends a row, empty or not; only cells hold text. */
static int
is_term (unsigned char c)
{
  return c == '\n';
}

gboolean
gy_list_csv_read (GyListTable *table,
                  const char  *bytes,
                  gsize        length,
                  char         delimiter,
                  GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *decoded = NULL;
  GyTextEncoding encoding;
  struct csv_parser parser;
  CsvState state = { table, NULL, 1, 1 };
  gsize decoded_length = 0;
  gboolean ok;

  decoded = gy_text_decode (bytes, length, table->path, &encoding, &decoded_length, &local);
  if (decoded == NULL)
    {
      g_set_error_literal (error, GY_LIST_ERROR, GY_LIST_ERROR_ENCODING, local->message);
      return FALSE;
    }
  table->encoding = g_strdup (gy_text_encoding_name (encoding));

  /* CRLF (and a lone CR, as old Mac Excel wrote) become LF, so that lines count once. */
  text = g_string_sized_new (decoded_length);
  for (gsize i = 0; i < decoded_length; i++)
    {
      if (decoded[i] == '\r')
        {
          g_string_append_c (text, '\n');
          if (i + 1 < decoded_length && decoded[i + 1] == '\n')
            i++;
        }
      else
        g_string_append_c (text, decoded[i]);
    }

  /* A "CSV" whose first lines hold tabs and no comma is tab-separated (Excel's 텍스트 saved
   * under another name). */
  if (delimiter == ',')
    {
      const char *end = text->str;
      gboolean comma = FALSE, tab = FALSE;

      for (guint lines = 0; *end != '\0' && lines < 10; end++)
        {
          comma = comma || *end == ',';
          tab = tab || *end == '\t';
          lines += *end == '\n';
        }
      if (tab && !comma)
        {
          delimiter = '\t';
          g_free (table->format);
          table->format = g_strdup ("tsv");
        }
    }

  if (csv_init (&parser, CSV_REPALL_NL) != 0)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ, _("%s cannot be read"), table->path);
      return FALSE;
    }
  csv_set_delim (&parser, (unsigned char) delimiter);
  csv_set_space_func (&parser, is_space);
  csv_set_term_func (&parser, is_term);
  state.cells = g_ptr_array_new_with_free_func (g_free);
  ok = csv_parse (&parser, text->str, text->len, on_field, on_row, &state) == text->len;
  ok = ok && csv_fini (&parser, on_field, on_row, &state) == 0;
  if (!ok)
    g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ, _("%s cannot be read: %s"),
                 table->path, csv_strerror (csv_error (&parser)));
  csv_free (&parser);
  g_ptr_array_unref (state.cells);
  return ok;
}

/* gy-list-mapping.c — which row of a list is its header, and which column holds what
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Officers put a title and a 기준일 line above the header, write "주 관 부 서" with spaces and
 * "총사업비(백만원)" with its unit: names are compared without spaces and without a
 * parenthesised part.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gy-list-private.h"

/* The first name of each field is its label. */
static const char *const *const names[GY_LIST_N_FIELDS] = {
  [GY_LIST_FIELD_SECTOR]     = (const char *const[]) { "분야", "사업분야", "공약분야", NULL },
  [GY_LIST_FIELD_NUMBER]     = (const char *const[]) { "번호", "관리번호", "공약번호", "연번",
                                                       NULL },
  [GY_LIST_FIELD_TITLE]      = (const char *const[]) { "공약명", "공약사항", "공약사업명",
                                                       NULL },
  [GY_LIST_FIELD_DEPARTMENT] = (const char *const[]) { "주관부서", "담당부서", "부서", NULL },
  [GY_LIST_FIELD_STATUS]     = (const char *const[]) { "이행상태", "추진상태", NULL },
  [GY_LIST_FIELD_PROGRESS]   = (const char *const[]) { "진도율", "추진율", "이행률",
                                                       "사업이행도", NULL },
  [GY_LIST_FIELD_TOTAL_COST] = (const char *const[]) { "총사업비", NULL },
  [GY_LIST_FIELD_PERIOD]     = (const char *const[]) { "사업기간", "추진기간", NULL },
};

/* Only the first rows can hold the header: a title, a 기준일, a blank line or two. */
#define MAX_HEADER_ROW 30

const char *
gy_list_field_label (GyListField field)
{
  g_return_val_if_fail (field < GY_LIST_N_FIELDS, NULL);
  return names[field][0];
}

/* "총 사업비 (백만원)" → "총사업비"; "진도율(%)" → "진도율". */
static char *
normalise (const char *cell)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = cell; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0xFF08 || c == '[')
        depth++;
      else if ((c == ')' || c == 0xFF09 || c == ']') && depth > 0)
        depth--;
      else if (depth == 0 && !g_unichar_isspace (c) && c != '*')
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The field a header cell names, and how early in its list of names (0 is the label). */
static int
field_of (const char *cell,
          guint      *rank)
{
  g_autofree char *name = normalise (cell);

  for (int f = 0; f < GY_LIST_N_FIELDS; f++)
    for (guint i = 0; names[f][i] != NULL; i++)
      if (strcmp (name, names[f][i]) == 0)
        {
          *rank = i;
          return f;
        }
  return -1;
}

/**
 * gy_list_mapping_guess:
 *
 * The header is the first row, among the first thirty, that names a 공약명 column and the most
 * fields; each field takes the column that names it by its earliest name (공약번호 before 연번),
 * the leftmost among equals.
 */
gboolean
gy_list_mapping_guess (const GyListTable *table,
                       GyListMapping     *mapping,
                       GError           **error)
{
  guint best_count = 0;

  g_return_val_if_fail (table != NULL && mapping != NULL, FALSE);

  mapping->header_row = 0;
  for (int f = 0; f < GY_LIST_N_FIELDS; f++)
    mapping->column[f] = -1;

  for (guint r = 0; r < table->rows->len && r < MAX_HEADER_ROW; r++)
    {
      GStrv cells = g_ptr_array_index (table->rows, r);
      int column[GY_LIST_N_FIELDS];
      guint rank[GY_LIST_N_FIELDS];
      guint count = 0;

      for (int f = 0; f < GY_LIST_N_FIELDS; f++)
        column[f] = -1;
      for (guint c = 0; cells[c] != NULL; c++)
        {
          guint r_name = 0;
          int f = field_of (cells[c], &r_name);

          if (f < 0 || (column[f] >= 0 && rank[f] <= r_name))
            continue;
          if (column[f] < 0)
            count++;
          column[f] = (int) c;
          rank[f] = r_name;
        }
      if (column[GY_LIST_FIELD_TITLE] >= 0 && count > best_count)
        {
          best_count = count;
          mapping->header_row = r;
          memcpy (mapping->column, column, sizeof column);
        }
    }
  if (best_count == 0)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_NO_HEADER,
                   _("%s: no row names a 공약명 column (공약명, 공약사항)"), table->path);
      return FALSE;
    }
  return TRUE;
}

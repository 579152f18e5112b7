/* gy-card-edit.c — replace one part of a card with text the user typed
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window edits lists (사업개요, 추진실적 lines, yearly items, problems, effects) as text
 * in the card's own notation. Each edit is read by the card reader itself, wrapped in a
 * one-section card, so typing and importing follow exactly the same rules.
 */
#define G_LOG_DOMAIN "gy-card-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "gy-card-edit.h"
#include "gy-card-reader.h"

/* Reads PREFIX + TEXT as a card of the same term; an error's line number is made to count
 * from the first line of TEXT, which starts on line FIRST_LINE of the wrapped card. */
static GyCard *
read_part (const GyCard *card,
           const char   *what,
           const char   *prefix,
           const char   *text,
           guint         first_line,
           GError      **error)
{
  g_autofree char *wrapped = g_strconcat (prefix, text, NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  g_autoptr(GError) local = NULL;
  GyCard *part;
  const char *colon;

  if (card->term != NULL)
    g_ptr_array_add (terms, card->term);
  part = gy_card_read (wrapped, -1, what, terms, &local);
  if (part != NULL)
    return part;

  /* "what:N: message" → "what:M: message" with M counted within the edited text */
  colon = g_str_has_prefix (local->message, what) ? local->message + strlen (what) : NULL;
  if (colon != NULL && *colon == ':')
    {
      char *end = NULL;
      long line = strtol (colon + 1, &end, 10);

      if (end != NULL && *end == ':' && line >= (long) first_line)
        {
          g_set_error (error, local->domain, local->code, "%s:%ld:%s", what,
                       line - (long) first_line + 1, end + 1);
          return NULL;
        }
    }
  g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

static void
replace_array (GPtrArray **target,
               GPtrArray **source)
{
  g_ptr_array_unref (*target);
  *target = g_steal_pointer (source);
  *source = g_ptr_array_new ();
}

gboolean
gy_card_edit_overview (GyCard      *card,
                       const char  *text,
                       GError     **error)
{
  g_autoptr(GyCard) part = read_part (card, "사업개요", "□ 사업개요\n", text, 2, error);

  if (part == NULL)
    return FALSE;
  replace_array (&card->overview, &part->overview);
  return TRUE;
}

/* The lines of one 추진실적 entry; its number and title are edited apart. */
gboolean
gy_card_edit_sub_project (GyCard      *card,
                          guint        index,
                          const char  *text,
                          GError     **error)
{
  GySubProject *sub;
  g_autoptr(GyCard) part = NULL;
  GySubProject *read;

  g_return_val_if_fail (index < card->subprojects->len, FALSE);

  sub = g_ptr_array_index (card->subprojects, index);
  part = read_part (card, "추진실적", "□ 추진실적\n1. -\n", text, 3, error);
  if (part == NULL)
    return FALSE;
  read = part->subprojects->len > 0 ? g_ptr_array_index (part->subprojects, 0) : NULL;
  if (read == NULL || part->subprojects->len > 1)
    {
      g_set_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_SYNTAX,
                   _("%s: a numbered line starts another sub-project (add it with the Add "
                     "button instead)"), "추진실적");
      return FALSE;
    }
  replace_array (&sub->lines, &read->lines);
  return TRUE;
}

/* One entry a line ("- item", "· sub-item"), as gy_card_write_entries() shows them. */
gboolean
gy_card_edit_year_entries (GyCard      *card,
                           guint        index,
                           const char  *text,
                           GError     **error)
{
  GyYearRow *row;
  g_autoptr(GString) cell = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GyCard) part = NULL;
  g_autofree char *prefix = NULL;
  GyYearRow *read;

  g_return_val_if_fail (index < card->years->len, FALSE);
  row = g_ptr_array_index (card->years, index);

  /* The card keeps a year's items on one line: join them, each still led by its marker. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdelimit (g_strdup (lines[i]), "\t", ' '));

      if (*line == '\0')
        continue;
      if (cell->len > 0)
        g_string_append_c (cell, ' ');
      g_string_append (cell, line);
    }
  prefix = g_strdup_printf ("□ 연차별 실적/계획\n%d\t", row->year);
  g_string_append_c (cell, '\t');
  g_string_append (cell, row->remarks);
  g_string_append_c (cell, '\n');
  part = read_part (card, "연차별 실적/계획", prefix, cell->str, 2, error);
  if (part == NULL)
    return FALSE;
  read = part->years->len > 0 ? g_ptr_array_index (part->years, 0) : NULL;
  if (read == NULL)
    {
      g_ptr_array_set_size (row->entries, 0);
      return TRUE;
    }
  replace_array (&row->entries, &read->entries);
  return TRUE;
}

gboolean
gy_card_edit_problems (GyCard      *card,
                       const char  *text,
                       GError     **error)
{
  g_autoptr(GyCard) part = read_part (card, "문제점 및 대응계획", "□ 문제점 및 대응계획\n",
                                      text, 2, error);

  if (part == NULL)
    return FALSE;
  replace_array (&card->problems, &part->problems);
  return TRUE;
}

gboolean
gy_card_edit_effects (GyCard      *card,
                      const char  *text,
                      GError     **error)
{
  g_autoptr(GyCard) part = read_part (card, "기대효과", "□ 기대효과\n", text, 2, error);

  if (part == NULL)
    return FALSE;
  replace_array (&card->effects, &part->effects);
  return TRUE;
}

/* gy-card-writer.c — a pledge card as text, in the layout of the HWP card
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is the seed card's: header table and money table with tabs, □ sections, one
 * line per yearly row. gy_card_read() reads it back to an equal card, and writing that card
 * again gives the same bytes.
 */
#define G_LOG_DOMAIN "gy-card-writer"

#include "gy-card-writer.h"
#include "gy-card-fields.h"

#include <string.h>

/* Tabs and line ends are the text's structure: inside a value they become spaces. */
static void
append_text (GString    *out,
             const char *text)
{
  if (text == NULL)
    return;
  for (const char *p = text; *p; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

/* Whether p starts something like an entity, "&nbsp;" or "&#39;", that the reader decodes. */
static gboolean
looks_like_entity (const char *p)
{
  const char *q = p + 1;

  while (g_ascii_isalnum (*q) || *q == '#')
    q++;
  return q > p + 1 && *q == ';';
}

/* The yearly table is read as damaged HTML: "<ul" or "&amp;" written plainly would come
 * back as markup, so they are escaped ("R&D" stays as it is). */
static void
append_cell_text (GString    *out,
                  const char *text)
{
  if (text == NULL)
    return;
  for (const char *p = text; *p; p++)
    {
      if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
        g_string_append (out, "&lt;");
      else if (*p == '&' && looks_like_entity (p))
        g_string_append (out, "&amp;");
      else
        g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
    }
}

static void
append_amount (GString *out,
               gint64   amount)
{
  g_autofree char *text = gy_money_format (amount);

  g_string_append_c (out, '\t');
  g_string_append (out, text);
}

/* Header table */

static void
add_pair (GPtrArray  *pairs,
          const char *label,
          const char *value)
{
  if (value == NULL)
    return;
  g_ptr_array_add (pairs, g_strdup (label));
  g_ptr_array_add (pairs, g_strdup (value));
}

static char *
persons_text (const GyCard *card)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < card->persons->len; i++)
    {
      const GyPerson *person = g_ptr_array_index (card->persons, i);

      if (i > 0)
        g_string_append (s, ", ");
      if (*person->role != '\0')
        g_string_append_printf (s, "%s ", person->role);
      g_string_append (s, person->name);
      if (*person->phone != '\0')
        g_string_append_printf (s, "(%s)", person->phone);
    }
  return g_string_free (s, FALSE);
}

/* Four cells a row, two label/value pairs, as in the card; 공약실명제 has a row to itself. */
static void
write_header (GString      *out,
              const GyCard *card)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  char progress[G_ASCII_DTOSTR_BUF_SIZE] = "";

  if (card->has_progress)
    g_ascii_formatd (progress, sizeof progress, "%.15g", card->progress);

  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);

      if (field->kind == GY_CARD_FIELD_KIND_TEXT)
        add_pair (pairs, field->label, gy_card_field_get (card, i));
      else if (field->kind == GY_CARD_FIELD_KIND_PROGRESS)
        add_pair (pairs, field->label, progress);
      /* 공약실명제 has a row of its own, below */
    }
  for (guint i = 0; i < card->extra_fields->len; i++)
    {
      const GyField *field = g_ptr_array_index (card->extra_fields, i);

      add_pair (pairs, field->label, field->value);
    }

  for (guint i = 0; i < pairs->len; i += 2)
    {
      append_text (out, g_ptr_array_index (pairs, i));
      g_string_append_c (out, '\t');
      append_text (out, g_ptr_array_index (pairs, i + 1));
      if (i % 4 == 0 && i + 2 == pairs->len)
        g_string_append (out, "\t\t");
      g_string_append_c (out, i % 4 == 0 && i + 2 < pairs->len ? '\t' : '\n');
    }

  if (card->persons->len > 0)
    {
      g_autofree char *persons = persons_text (card);

      g_string_append (out, gy_card_field (GY_CARD_FIELD_PERSONS)->label);
      g_string_append_c (out, '\t');
      append_text (out, persons);
      g_string_append (out, "\t\t\n");
    }
}

/* 사업개요 and 추진실적 */

/* "- label : value", " - item"; a level-0 content label without text is a heading,
 * "- 주요내용", which the reader takes back as such. */
static void
write_lines (GString   *out,
             GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const GyLine *line = g_ptr_array_index (lines, i);

      for (guint level = 0; level < line->level; level++)
        g_string_append_c (out, ' ');
      g_string_append (out, "- ");
      if (line->label == NULL)
        append_text (out, line->text);
      else if (*line->text == '\0' && line->level == 0 && line->role == GY_LINE_CONTENT)
        append_text (out, line->label);
      else if (*line->text == '\0')
        {
          append_text (out, line->label);
          g_string_append (out, " :");
        }
      else
        {
          append_text (out, line->label);
          g_string_append (out, " : ");
          append_text (out, line->text);
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_subprojects (GString      *out,
                   const GyCard *card)
{
  for (guint i = 0; i < card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (card->subprojects, i);

      if (i > 0)
        g_string_append_c (out, '\n');
      /* an unnumbered first sub-project is the card's plain list of achievements */
      if (*sub->number != '\0' || *sub->title != '\0')
        {
          if (*sub->number != '\0')
            append_text (out, sub->number);
          else
            g_string_append_printf (out, "%u", i + 1);
          g_string_append (out, ". ");
          append_text (out, sub->title);
          g_string_append (out, sub->lines->len > 0 ? "\n\n" : "\n");
        }
      write_lines (out, sub->lines);
    }
}

/* 연차별 실적/계획: one line per year, entries joined by spaces */

static void
write_years (GString      *out,
             const GyCard *card)
{
  if (card->years->len == 0)
    return;
  g_string_append (out, "연도별\t주요사업내용\t비고\n");
  for (guint i = 0; i < card->years->len; i++)
    {
      const GyYearRow *row = g_ptr_array_index (card->years, i);

      append_cell_text (out, row->label);
      g_string_append_c (out, '\t');
      for (guint j = 0; j < row->entries->len; j++)
        {
          const GyEntry *entry = g_ptr_array_index (row->entries, j);

          if (j > 0)
            g_string_append_c (out, ' ');
          if (*entry->marker != '\0')
            {
              append_cell_text (out, entry->marker);
              g_string_append_c (out, ' ');
            }
          append_cell_text (out, entry->text);
        }
      g_string_append_c (out, '\t');
      append_cell_text (out, row->remarks);
      g_string_append_c (out, '\n');
    }
}

/* 연차별 투자수요 */

static void
append_column_label (GString              *out,
                     const GyFiscalColumn *column)
{
  switch (column->half)
    {
    case GY_HALF_FIRST:
      g_string_append_printf (out, "%d(상반기)", column->year);
      break;
    case GY_HALF_SECOND:
      g_string_append_printf (out, "%d(하반기)", column->year);
      break;
    case GY_HALF_WHOLE:
    default:
      g_string_append_printf (out, "%d", column->year);
      break;
    }
}

static void
write_money_row (GString          *out,
                 const GyMoneyRow *row,
                 guint             n_years)
{
  append_text (out, row->source);
  append_amount (out, row->total);
  append_amount (out, row->before);
  append_amount (out, row->subtotal);
  for (guint i = 0; i < n_years; i++)
    append_amount (out, row->years[i]);
  append_amount (out, row->after);
  g_string_append_c (out, '\n');
}

/* Two header rows: (B) spans 소계 and the term's years, (C) is named by the term. */
static void
write_money (GString      *out,
             const GyCard *card)
{
  guint n_years = gy_card_n_years (card);
  g_autofree char *after = NULL;

  if (card->term == NULL || (card->money_sum == NULL && card->money->len == 0))
    return;

  after = gy_term_after_label (card->term);
  g_string_append (out, "(단위: 백만원)\n\n");
  g_string_append (out, "재원별\t총사업비 (A+B+C)\t기투자 (A)\t임기내 투자계획(B)");
  for (guint i = 0; i < n_years; i++)
    g_string_append_c (out, '\t');
  g_string_append_printf (out, "\t%s (C)\n", after);

  g_string_append (out, "\t\t\t소계");
  for (guint i = 0; i < n_years; i++)
    {
      g_string_append_c (out, '\t');
      append_column_label (out, gy_term_column (card->term, i));
    }
  g_string_append (out, "\t\n");

  if (card->money_sum != NULL)
    write_money_row (out, card->money_sum, n_years);
  for (guint i = 0; i < card->money->len; i++)
    write_money_row (out, g_ptr_array_index (card->money, i), n_years);
}

/* 문제점 및 대응계획, 기대효과 */

static void
write_problems (GString      *out,
                const GyCard *card)
{
  for (guint i = 0; i < card->problems->len; i++)
    {
      const GyProblem *problem = g_ptr_array_index (card->problems, i);

      g_string_append (out, "- ");
      append_text (out, problem->text);
      g_string_append_c (out, '\n');
      for (guint j = 0; j < problem->responses->len; j++)
        {
          g_string_append (out, "- ⇒ ");
          append_text (out, g_ptr_array_index (problem->responses, j));
          g_string_append_c (out, '\n');
        }
    }
}

static void
write_effects (GString      *out,
               const GyCard *card)
{
  for (guint i = 0; i < card->effects->len; i++)
    {
      g_string_append (out, "- ");
      append_text (out, g_ptr_array_index (card->effects, i));
      g_string_append_c (out, '\n');
    }
}

/* The parts the window edits as text, in the same layout as in the whole card. */

char *
gy_card_write_lines (GPtrArray *lines)
{
  GString *out = g_string_new (NULL);

  write_lines (out, lines);
  return g_string_free (out, FALSE);
}

char *
gy_card_write_problems (const GyCard *card)
{
  GString *out = g_string_new (NULL);

  write_problems (out, card);
  return g_string_free (out, FALSE);
}

char *
gy_card_write_effects (const GyCard *card)
{
  GString *out = g_string_new (NULL);

  write_effects (out, card);
  return g_string_free (out, FALSE);
}

/* A yearly row's entries one to a line, sub-items indented: easier to edit than the
 * card's single line, and gy_card_edit_year_entries() reads it back. */
char *
gy_card_write_entries (const GyYearRow *row)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < row->entries->len; i++)
    {
      const GyEntry *entry = g_ptr_array_index (row->entries, i);

      if (g_strcmp0 (entry->marker, "-") != 0 && *entry->marker != '\0')
        g_string_append (out, "  ");
      if (*entry->marker != '\0')
        {
          g_string_append (out, entry->marker);
          g_string_append_c (out, ' ');
        }
      g_string_append (out, entry->text);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* "□ name", a blank line and the body; sections are parted by a blank line. */
static void
append_section (GString    *out,
                const char *name,
                GString    *body)
{
  if (out->len > 0 && !g_str_has_suffix (out->str, "\n\n"))
    g_string_append_c (out, '\n');
  g_string_append_printf (out, "□ %s\n", name);
  if (body->len > 0)
    {
      g_string_append_c (out, '\n');
      g_string_append_len (out, body->str, body->len);
    }
  g_string_truncate (body, 0);
}

char *
gy_card_write (const GyCard *card)
{
  GString *out;
  g_autoptr(GString) body = NULL;
  const char *goal;

  g_return_val_if_fail (card != NULL, NULL);

  out = g_string_new (NULL);
  body = g_string_new (NULL);
  goal = gy_card_goal (card);

  /* Without a title line the reader takes the goal for the title. */
  if (*card->number != '\0' ||
      (*card->title != '\0' && g_strcmp0 (card->title, goal) != 0))
    {
      if (*card->number != '\0')
        {
          append_text (out, card->number);
          g_string_append (out, *card->title != '\0' ? ". " : ".");
        }
      append_text (out, card->title);
      g_string_append (out, "\n\n");
    }

  write_header (out, card);

  write_lines (body, card->overview);
  append_section (out, "사업개요", body);
  write_subprojects (body, card);
  append_section (out, "추진실적", body);
  write_years (body, card);
  append_section (out, "연차별 실적/계획", body);
  write_money (body, card);
  append_section (out, "연차별 투자수요", body);
  write_problems (body, card);
  append_section (out, "문제점 및 대응계획", body);
  write_effects (body, card);
  append_section (out, "기대효과", body);

  return g_string_free (out, FALSE);
}

/* gy-term.c — a mayor's term and the fiscal columns it defines
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-term"

#include "gy-term.h"

#include <string.h>

/* Local elections since 민선2기 (1998) come every four years, terms starting 1 July. */
#define FIRST_REGULAR_TERM 2
#define FIRST_REGULAR_YEAR 1998

static void
fiscal_column_free (gpointer data)
{
  GyFiscalColumn *column = data;

  g_free (column->key);
  g_free (column->label);
  g_free (column);
}

static void
add_column (GPtrArray *columns,
            int        year,
            GyHalf     half)
{
  GyFiscalColumn *column = g_new0 (GyFiscalColumn, 1);

  column->year = year;
  column->half = half;
  switch (half)
    {
    case GY_HALF_FIRST:
      column->key = g_strdup_printf ("%dH1", year);
      column->label = g_strdup_printf ("%d 상반기", year);
      break;
    case GY_HALF_SECOND:
      column->key = g_strdup_printf ("%dH2", year);
      column->label = g_strdup_printf ("%d 하반기", year);
      break;
    case GY_HALF_WHOLE:
    default:
      column->key = g_strdup_printf ("%d", year);
      column->label = g_strdup_printf ("%d", year);
      break;
    }
  g_ptr_array_add (columns, column);
}

static void
derive_columns (GyTerm *term)
{
  int first = g_date_get_year (&term->start);
  int last = g_date_get_year (&term->end);

  g_clear_pointer (&term->columns, g_ptr_array_unref);
  term->columns = g_ptr_array_new_with_free_func (fiscal_column_free);

  for (int year = first; year <= last; year++)
    {
      gboolean starts_late = year == first && g_date_get_month (&term->start) > G_DATE_JANUARY;
      gboolean ends_early = year == last && g_date_get_month (&term->end) < G_DATE_DECEMBER;
      GyHalf half = GY_HALF_WHOLE;

      if (term->layout == GY_TERM_LAYOUT_HALF)
        {
          if (starts_late && g_date_get_month (&term->start) >= G_DATE_JULY)
            half = GY_HALF_SECOND;
          else if (ends_early && g_date_get_month (&term->end) <= G_DATE_JUNE)
            half = GY_HALF_FIRST;
        }
      add_column (term->columns, year, half);
    }
}

GyTerm *
gy_term_new (const char   *name,
             const GDate  *start,
             const GDate  *end,
             GyTermLayout  layout)
{
  GyTerm *term;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (g_date_valid (start) && g_date_valid (end), NULL);
  g_return_val_if_fail (g_date_compare (start, end) <= 0, NULL);

  term = g_new0 (GyTerm, 1);
  term->name = g_strdup (name);
  term->start = *start;
  term->end = *end;
  term->layout = layout;
  derive_columns (term);
  return term;
}

/* 민선N기: four years from 1 July of its election year. */
GyTerm *
gy_term_new_numbered (guint        number,
                      GyTermLayout layout)
{
  int year = FIRST_REGULAR_YEAR + 4 * ((int) number - FIRST_REGULAR_TERM);
  g_autofree char *name = g_strdup_printf ("민선%u기", number);
  GDate start, end;

  g_return_val_if_fail (number >= FIRST_REGULAR_TERM, NULL);

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 1, G_DATE_JULY, year);
  g_date_set_dmy (&end, 30, G_DATE_JUNE, year + 4);
  return gy_term_new (name, &start, &end, layout);
}

/* The term whose first year is start_year, or 0 when no regular term starts then. */
guint
gy_term_number_for_year (int start_year)
{
  if (start_year < FIRST_REGULAR_YEAR || (start_year - FIRST_REGULAR_YEAR) % 4 != 0)
    return 0;
  return FIRST_REGULAR_TERM + (guint) ((start_year - FIRST_REGULAR_YEAR) / 4);
}

GyTerm *
gy_term_copy (const GyTerm *term)
{
  GyTerm *copy;

  g_return_val_if_fail (term != NULL, NULL);

  copy = gy_term_new (term->name, &term->start, &term->end, term->layout);
  copy->id = term->id;
  copy->after_label = g_strdup (term->after_label);
  copy->layout_guessed = term->layout_guessed;
  return copy;
}

void
gy_term_free (GyTerm *term)
{
  if (term == NULL)
    return;
  g_free (term->name);
  g_free (term->after_label);
  g_clear_pointer (&term->columns, g_ptr_array_unref);
  g_free (term);
}

guint
gy_term_n_columns (const GyTerm *term)
{
  return term->columns->len;
}

const GyFiscalColumn *
gy_term_column (const GyTerm *term,
                guint         index)
{
  g_return_val_if_fail (index < term->columns->len, NULL);
  return g_ptr_array_index (term->columns, index);
}

int
gy_term_find_key (const GyTerm *term,
                  const char   *key)
{
  for (guint i = 0; i < term->columns->len; i++)
    if (g_strcmp0 (gy_term_column (term, i)->key, key) == 0)
      return (int) i;
  return -1;
}

int
gy_term_find_year (const GyTerm *term,
                   int           year)
{
  for (guint i = 0; i < term->columns->len; i++)
    if (gy_term_column (term, i)->year == year)
      return (int) i;
  return -1;
}

/* The label of (C) from the term alone: "2022 하반기 이후" when the last year is cut, else
 * "2023 이후". */
char *
gy_term_derived_after_label (const GyTerm *term)
{
  const GyFiscalColumn *last = gy_term_column (term, term->columns->len - 1);

  if (g_date_get_month (&term->end) < G_DATE_DECEMBER && term->layout == GY_TERM_LAYOUT_HALF)
    return g_strdup_printf ("%d 하반기 이후", last->year);
  return g_strdup_printf ("%d 이후", last->year + 1);
}

/* The label of (C) as the body's cards write it ("임기후"), else the derived one. */
char *
gy_term_after_label (const GyTerm *term)
{
  if (term->after_label != NULL && *term->after_label != '\0')
    return g_strdup (term->after_label);
  return gy_term_derived_after_label (term);
}

static char *
without_spaces (const char *text)
{
  GString *bare = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (bare, c);
    }
  return g_string_free (bare, FALSE);
}

/* Keeps label only when it says something other than the derived label: a card that writes
 * "2022하반기 이후" names (C) as the term would. NULL or "" goes back to the derived one. */
void
gy_term_set_after_label (GyTerm     *term,
                         const char *label)
{
  g_autofree char *kept = label != NULL ? g_strstrip (g_strdup (label)) : NULL;
  g_autofree char *derived = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *bare_derived = NULL;

  /* label may be term->after_label itself: copied above before it goes */
  g_clear_pointer (&term->after_label, g_free);
  if (kept == NULL)
    return;
  bare = without_spaces (kept);
  derived = gy_term_derived_after_label (term);
  bare_derived = without_spaces (derived);
  if (*bare != '\0' && strcmp (bare, bare_derived) != 0)
    term->after_label = g_steal_pointer (&kept);
}

/* Same name, bounds, layout and (C) label: the same money columns, printed the same way. */
gboolean
gy_term_equal (const GyTerm *a,
               const GyTerm *b)
{
  g_autofree char *after_a = NULL;
  g_autofree char *after_b = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  if (g_strcmp0 (a->name, b->name) != 0 || g_date_compare (&a->start, &b->start) != 0 ||
      g_date_compare (&a->end, &b->end) != 0 || a->layout != b->layout)
    return FALSE;
  after_a = gy_term_after_label (a);
  after_b = gy_term_after_label (b);
  return strcmp (after_a, after_b) == 0;
}

/* Month 0 means "the whole year" at that end. A period with no year counts as overlapping. */
gboolean
gy_term_overlaps (const GyTerm *term,
                  int           start_year,
                  int           start_month,
                  int           end_year,
                  int           end_month)
{
  int term_start = g_date_get_year (&term->start) * 12 + g_date_get_month (&term->start) - 1;
  int term_end = g_date_get_year (&term->end) * 12 + g_date_get_month (&term->end) - 1;
  int from, to;

  if (start_year == 0 && end_year == 0)
    return TRUE;
  if (start_year == 0)
    start_year = end_year;
  if (end_year == 0)
    end_year = start_year;

  from = start_year * 12 + (start_month > 0 ? start_month - 1 : 0);
  to = end_year * 12 + (end_month > 0 ? end_month - 1 : 11);
  return from <= term_end && to >= term_start;
}

/* The Korean way: "2018. 7. 1." with no zero padding. */
char *
gy_format_date (const GDate *date)
{
  return g_strdup_printf ("%d. %d. %d.", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

const char *
gy_term_layout_to_string (GyTermLayout layout)
{
  return layout == GY_TERM_LAYOUT_WHOLE ? "whole" : "half";
}

gboolean
gy_term_layout_from_string (const char   *text,
                            GyTermLayout *out_layout)
{
  if (g_strcmp0 (text, "half") == 0)
    *out_layout = GY_TERM_LAYOUT_HALF;
  else if (g_strcmp0 (text, "whole") == 0)
    *out_layout = GY_TERM_LAYOUT_WHOLE;
  else
    return FALSE;
  return TRUE;
}

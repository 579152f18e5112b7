/* gy-card-reader-money.c — the card's 연차별 투자수요 table, and which column is which
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is read as written first; which cell is which fiscal year is decided once the
 * whole card is read, from the term and the sums (the seed's header lost a column).
 */
#define G_LOG_DOMAIN "gy-card-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gy-card-reader-private.h"

void
gy_card_reader_raw_money_free (RawMoney *raw)
{
  g_free (raw->source);
  g_free (raw->values);
  g_free (raw);
}

/* 연차별 투자수요: rows are read now, their columns decided in gy_card_reader_decide_money() */

static gboolean
is_total_source (const char *source)
{
  g_autofree char *bare = gy_card_reader_without_spaces (source);

  return strcmp (bare, "계") == 0 || strcmp (bare, "합계") == 0 || strcmp (bare, "총계") == 0;
}

static gboolean
is_header_cell (const char *first)
{
  g_autofree char *bare = gy_card_reader_without_spaces (first);

  return *bare == '\0' || strcmp (bare, "재원별") == 0 || strcmp (bare, "재원") == 0 ||
         strcmp (bare, "구분") == 0 || strcmp (bare, "재원구분") == 0;
}

static gboolean
is_after_label (const char *cell)
{
  return strstr (cell, "(C)") != NULL || strstr (cell, "이후") != NULL ||
         strstr (cell, "임기후") != NULL;
}

static gboolean
read_unit (Reader      *reader,
           guint        line,
           const char  *text,
           GError     **error)
{
  g_autofree char *found = NULL;

  if (strstr (text, "백만원") != NULL)
    reader->unit = UNIT_MILLION;
  else if (strstr (text, "천원") != NULL)
    reader->unit = UNIT_THOUSAND;
  else if (strstr (text, "억원") != NULL)
    reader->unit = UNIT_HUNDRED_MILLION;
  else
    {
      found = gy_card_reader_quote (text);
      set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                 "the unit in “%s” is not one the card uses (expected (단위: 백만원), "
                 "천원 or 억원)", found);
      return FALSE;
    }
  return TRUE;
}

/* Reads one cell in the table's unit into 천원. */
static gboolean
read_amount (Reader      *reader,
             guint        line,
             const char  *source,
             const char  *cell,
             gint64      *out_amount,
             GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *found = NULL;
  gint64 amount;

  if (!gy_money_parse (cell, &amount, &local))
    {
      found = gy_card_reader_quote (cell);
      if (g_error_matches (local, GY_MONEY_ERROR, GY_MONEY_ERROR_INVALID))
        set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                   "“%s” in the %s row is not an amount (expected digits such as 10,932 "
                   "or 920.5)", found, source);
      else
        set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                   "in the %s row, %s", source, local->message);
      return FALSE;
    }

  if (amount != GY_MONEY_ABSENT)
    switch (reader->unit)
      {
      case UNIT_THOUSAND:
        if (amount % GY_MONEY_PER_MILLION != 0)
          {
            found = gy_card_reader_quote (cell);
            set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                       "“%s” in the %s row is finer than 1천원 (expected whole 천원 in a "
                       "table of 천원)", found, source);
            return FALSE;
          }
        amount /= GY_MONEY_PER_MILLION;
        break;
      case UNIT_HUNDRED_MILLION:
        if (amount > G_MAXINT64 / 100 || amount < -(G_MAXINT64 / 100))
          {
            found = gy_card_reader_quote (cell);
            set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                       "“%s” in the %s row is too large an amount (expected at most "
                       "twelve digits)", found, source);
            return FALSE;
          }
        amount *= 100;
        break;
      case UNIT_MILLION:
      default:
        break;
      }
  *out_amount = amount;
  return TRUE;
}

/* "2018 하반기", "2018(하반기)", "2022 상반기": which half of its year a header column is. */
static GyHalf
header_half (const char *cell)
{
  if (strstr (cell, "하반") != NULL)
    return GY_HALF_SECOND;
  if (strstr (cell, "상반") != NULL)
    return GY_HALF_FIRST;
  return GY_HALF_WHOLE;
}

/* "임기후 (C)" → "임기후", "2022 하반기 이후 (C)" → "2022 하반기 이후"; NULL for a bare "(C)". */
static char *
after_label_of (const char *cell)
{
  g_autofree char *label = g_strdup (cell);
  char *mark = strstr (label, "(C)");

  if (mark != NULL)
    memmove (mark, mark + strlen ("(C)"), strlen (mark + strlen ("(C)")) + 1);
  g_strstrip (label);
  return *label != '\0' ? g_steal_pointer (&label) : NULL;
}

/* "재원별⇥총사업비 (A+B+C)⇥…⇥2022 하반기 이후 (C)" and "⇥⇥⇥소계⇥2018⇥2019…": the year labels,
 * whether they name a half, and how (C) is named. */
static void
read_money_header (Reader  *reader,
                   guint    line,
                   char   **cells,
                   guint    n)
{
  for (guint i = 1; i < n; i++)
    {
      int year;

      if (is_after_label (cells[i]))
        {
          reader->header_after = TRUE;
          if (reader->header_after_label == NULL)
            reader->header_after_label = after_label_of (cells[i]);
          continue;
        }
      year = gy_card_reader_leading_year (cells[i]);
      if (year != 0)
        {
          GyHalf half = header_half (cells[i] + 4);

          g_array_append_val (reader->header_years, year);
          g_array_append_val (reader->header_halves, half);
        }
    }
  reader->header_line = line;
}

static gboolean
read_money_row (Reader      *reader,
                guint        line,
                char       **cells,
                guint        n,
                GError     **error)
{
  g_autoptr(RawMoney) raw = g_new0 (RawMoney, 1);

  raw->line = line;
  raw->source = g_strdup (cells[0]);
  raw->n_cells = n - 1;
  raw->values = g_new (gint64, MAX (n, 1));
  for (guint i = 0; i < raw->n_cells; i++)
    {
      if (!read_amount (reader, line, raw->source, cells[i + 1], &raw->values[i], error))
        return FALSE;
      if (raw->values[i] != GY_MONEY_ABSENT)
        raw->n_used = i + 1;
    }

  if (raw->n_cells < 3)
    {
      set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                 "the %s row ends before its 소계 column, with %u of its cells (expected "
                 "총사업비, 기투자 (A), 소계 and the years)", raw->source, raw->n_cells);
      return FALSE;
    }
  if (raw->n_cells == 3 && gy_money_or_zero (raw->values[2]) != 0)
    {
      g_autofree char *subtotal = gy_money_format (raw->values[2]);

      set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                 "the %s row stops at its 소계 of %s (expected the year cells that make it "
                 "up)", raw->source, subtotal);
      return FALSE;
    }

  g_ptr_array_add (reader->raw_money, g_steal_pointer (&raw));
  return TRUE;
}

gboolean
gy_card_reader_read_money_line (Reader      *reader,
                 guint        line,
                 const char  *text,
                 GError     **error)
{
  g_auto(GStrv) cells = NULL;
  g_autofree char *found = NULL;
  guint n;

  if (strchr (text, '\t') == NULL)
    {
      if (strstr (text, "단위") != NULL && reader->raw_money->len == 0)
        return read_unit (reader, line, text, error);
      found = gy_card_reader_quote (text);
      set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                 "“%s” in □ 연차별 투자수요 is not a table row (expected a unit line such as "
                 "(단위: 백만원), or cells separated by tabs)", found);
      return FALSE;
    }

  cells = gy_card_reader_split_cells (text, &n);
  if (is_header_cell (cells[0]))
    {
      if (reader->raw_money->len > 0)
        {
          set_error (error, reader->filename, line, GY_CARD_READER_ERROR_MONEY,
                     "a row without a 재원 name below the amounts (expected a source such "
                     "as 국비 in the first cell)");
          return FALSE;
        }
      read_money_header (reader, line, cells, n);
      return TRUE;
    }
  return read_money_row (reader, line, cells, n, error);
}

/* The term and the money columns, once the whole card is read */

/* The money table's header tells the term's first year; failing that the yearly rows or
 * the overview's 사업기간. */
static GyTerm *
choose_term (Reader  *reader,
             GError **error)
{
  GyCard *card = reader->card;
  const GyLine *period;
  GDate start, end;
  g_autofree char *name = NULL;
  int year = 0;
  guint number;

  if (reader->header_years->len > 0)
    year = g_array_index (reader->header_years, int, 0);
  else if (card->years->len > 0)
    year = ((GyYearRow *) g_ptr_array_index (card->years, 0))->year;
  else if ((period = gy_card_find_line (card->overview, GY_LINE_PERIOD)) != NULL)
    year = period->start_year;

  if (year == 0)
    {
      /* A card that names no year at all belongs to the body's latest term. */
      if (reader->terms != NULL && reader->terms->len > 0)
        return gy_term_copy (g_ptr_array_index (reader->terms, reader->terms->len - 1));
      set_error (error, reader->filename, 1, GY_CARD_READER_ERROR_SYNTAX,
                 "no year anywhere to tell the card's term (expected years in the 연차별 "
                 "투자수요 header or the 연차별 실적/계획 rows, or a 사업기간 line)");
      return NULL;
    }

  for (guint i = 0; reader->terms != NULL && i < reader->terms->len; i++)
    {
      const GyTerm *term = g_ptr_array_index (reader->terms, i);

      if (gy_term_n_columns (term) > 0 && gy_term_column (term, 0)->year == year)
        return gy_term_copy (term);
    }
  /* A card whose first year is later than its term's first (a pledge started mid-term). */
  for (guint i = 0; reader->terms != NULL && i < reader->terms->len; i++)
    {
      const GyTerm *term = g_ptr_array_index (reader->terms, i);

      if (gy_term_find_year (term, year) >= 0)
        return gy_term_copy (term);
    }

  number = gy_term_number_for_year (year);
  if (number != 0)
    return gy_term_new_numbered (number, GY_TERM_LAYOUT_HALF);

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 1, G_DATE_JULY, year);
  g_date_set_dmy (&end, 30, G_DATE_JUNE, year + 4);
  name = g_strdup_printf ("%d–%d", year, year + 4);
  return gy_term_new (name, &start, &end, GY_TERM_LAYOUT_HALF);
}

/* What the header says of the term's fiscal columns. HALF when a year or (C) names its half
 * ("2018 하반기", "2022(상반기)", "2022 하반기 이후"); WHOLE when the year the term ends in is a
 * plain column ("2022" for a term ending in June 2022), or (C) starts the year after it
 * ("2023 이후"). A plain first year alone says nothing: the seed writes its 2018 하반기 as
 * "2018" and lost its 2022 상반기. FALSE when the header says neither. */
static gboolean
header_layout_of (Reader       *reader,
                  const GyTerm *term,
                  GyTermLayout *out_layout)
{
  int first = g_date_get_year (&term->start);
  int last = g_date_get_year (&term->end);
  gboolean first_cut = g_date_get_month (&term->start) > G_DATE_JANUARY;
  gboolean last_cut = g_date_get_month (&term->end) < G_DATE_DECEMBER;
  const char *after = reader->header_after_label;
  gboolean whole = FALSE;

  for (guint i = 0; i < reader->header_years->len; i++)
    {
      int year = g_array_index (reader->header_years, int, i);

      if (g_array_index (reader->header_halves, GyHalf, i) != GY_HALF_WHOLE)
        {
          *out_layout = GY_TERM_LAYOUT_HALF;
          return TRUE;
        }
      if ((last_cut && year == last) || (first_cut && !last_cut && year == first))
        whole = TRUE;
    }
  if (after != NULL)
    {
      if (header_half (after) != GY_HALF_WHOLE)
        {
          *out_layout = GY_TERM_LAYOUT_HALF;
          return TRUE;
        }
      if (last_cut && gy_card_reader_leading_year (after) == last + 1)
        whole = TRUE;
    }
  if (whole)
    *out_layout = GY_TERM_LAYOUT_WHOLE;
  return whole;
}

/* The card's term: the body's (or a regular one), with the layout and the (C) label its
 * header says, which the store then keeps or refuses. */
GyTerm *
gy_card_reader_choose_term (Reader  *reader,
                            GError **error)
{
  g_autoptr(GyTerm) term = choose_term (reader, error);
  GyTermLayout layout;
  gboolean stated;

  if (term == NULL)
    return NULL;
  stated = header_layout_of (reader, term, &layout);
  if (stated && layout != term->layout)
    {
      GyTerm *learnt = gy_term_new (term->name, &term->start, &term->end, layout);

      learnt->id = term->id;
      learnt->after_label = g_steal_pointer (&term->after_label);
      gy_term_free (term);
      term = learnt;
    }
  /* a header that says nothing leaves the columns to the file's term (gy_store_write_card) */
  term->layout_guessed = !stated;
  if (reader->header_after_label != NULL)
    gy_term_set_after_label (term, reader->header_after_label);
  return g_steal_pointer (&term);
}

static gint64
raw_cell (const RawMoney *raw,
          guint           index)
{
  return index < raw->n_cells ? raw->values[index] : GY_MONEY_ABSENT;
}

static guint
layout_width (const Layout *layout)
{
  return 3 + layout->n_years + (layout->after ? 1 : 0);
}

/* Whether the row, read this way, adds up: 총사업비 = A + 소계 + C, 소계 = Σ years. */
static gboolean
layout_adds_up (const Layout   *layout,
                const RawMoney *raw)
{
  gint64 parts = gy_money_or_zero (raw_cell (raw, 1));
  gint64 years = 0;

  if (!gy_money_add (parts, gy_money_or_zero (raw_cell (raw, 2)), &parts))
    return FALSE;
  if (layout->after &&
      !gy_money_add (parts, gy_money_or_zero (raw_cell (raw, 3 + layout->n_years)), &parts))
    return FALSE;
  for (guint i = 0; i < layout->n_years; i++)
    if (!gy_money_add (years, gy_money_or_zero (raw_cell (raw, 3 + i)), &years))
      return FALSE;
  return gy_money_or_zero (raw_cell (raw, 0)) == parts &&
         gy_money_or_zero (raw_cell (raw, 2)) == years;
}

/* The header's own year labels as term columns; FALSE when one is not in the term. */
static gboolean
header_layout (Reader *reader,
               Layout *layout)
{
  const GyTerm *term = reader->card->term;
  guint n = reader->header_years->len;
  gboolean same_as_term = n == gy_term_n_columns (term);

  layout->n_years = n;
  layout->columns = g_new (int, MAX (n, 1));
  layout->after = reader->header_after;
  layout->rank = 2;
  for (guint i = 0; i < n; i++)
    {
      int column = gy_term_find_year (term, g_array_index (reader->header_years, int, i));

      if (column < 0 || (i > 0 && column <= layout->columns[i - 1]))
        return FALSE;
      layout->columns[i] = column;
      same_as_term = same_as_term && column == (int) i;
    }
  /* identical to a term layout, which already is a candidate */
  return n > 0 && !same_as_term;
}

static void
fill_money (Reader       *reader,
            const Layout *layout)
{
  GyCard *card = reader->card;
  guint n_columns = gy_term_n_columns (card->term);

  for (guint i = 0; i < reader->raw_money->len; i++)
    {
      const RawMoney *raw = g_ptr_array_index (reader->raw_money, i);
      GyMoneyRow *row = gy_money_row_new (raw->source, n_columns);

      row->total = raw_cell (raw, 0);
      row->before = raw_cell (raw, 1);
      row->subtotal = raw_cell (raw, 2);
      for (guint j = 0; j < layout->n_years; j++)
        row->years[layout->columns[j]] = raw_cell (raw, 3 + j);
      if (layout->after)
        row->after = raw_cell (raw, 3 + layout->n_years);

      if (card->money_sum == NULL && is_total_source (raw->source))
        card->money_sum = row;
      else
        g_ptr_array_add (card->money, row);
    }
}

/* Decides which cells are which years. The header may have lost a column (the seed's
 * lacks "2022 (상반기)"), so the header's own labels, the term's columns without (C) and
 * with (C) are all tried; the one under which most rows add up wins, the term's on a tie. */
gboolean
gy_card_reader_decide_money (Reader  *reader,
              GError **error)
{
  const GyTerm *term = reader->card->term;
  guint n_columns = gy_term_n_columns (term);
  g_autofree int *identity = g_new (int, MAX (n_columns, 1));
  g_autofree int *header_columns = NULL;
  Layout header = { 0 };
  Layout layouts[3];
  guint n_layouts = 0;
  guint max_cells = 0, widest = 0;
  const Layout *best = NULL;
  guint best_score = 0;
  gboolean prefer_after;

  if (reader->raw_money->len == 0)
    {
      if (reader->header_line != 0)
        {
          set_error (error, reader->filename, reader->header_line, GY_CARD_READER_ERROR_MONEY,
                     "the 연차별 투자수요 table has a header but no rows (expected 계 and a row "
                     "per 재원, such as 국비⇥8,080⇥⇥8,080⇥…)");
          return FALSE;
        }
      return TRUE;
    }

  for (guint i = 0; i < reader->raw_money->len; i++)
    max_cells = MAX (max_cells, ((RawMoney *) g_ptr_array_index (reader->raw_money, i))->n_cells);
  for (guint i = 0; i < n_columns; i++)
    identity[i] = (int) i;

  /* Between the term's two layouts the header decides, or else the width of the rows. */
  prefer_after = reader->header_line != 0 ? reader->header_after : max_cells >= n_columns + 4;
  layouts[n_layouts++] = (Layout) { n_columns, identity, TRUE, prefer_after ? 0 : 1 };
  layouts[n_layouts++] = (Layout) { n_columns, identity, FALSE, prefer_after ? 1 : 0 };
  if (reader->header_years->len > 0)
    {
      gboolean usable = header_layout (reader, &header);

      header_columns = header.columns;
      if (usable)
        layouts[n_layouts++] = header;
    }

  for (guint k = 0; k < n_layouts; k++)
    {
      const Layout *layout = &layouts[k];
      guint score = 0;
      gboolean fits = TRUE;

      widest = MAX (widest, layout_width (layout));
      for (guint i = 0; i < reader->raw_money->len && fits; i++)
        {
          const RawMoney *raw = g_ptr_array_index (reader->raw_money, i);

          fits = raw->n_used <= layout_width (layout);
          score += layout_adds_up (layout, raw) ? 1 : 0;
        }
      if (fits && (best == NULL || score > best_score ||
                   (score == best_score && layout->rank < best->rank)))
        {
          best = layout;
          best_score = score;
        }
    }

  if (best == NULL)
    {
      for (guint i = 0; i < reader->raw_money->len; i++)
        {
          const RawMoney *raw = g_ptr_array_index (reader->raw_money, i);

          if (raw->n_used <= widest)
            continue;
          set_error (error, reader->filename, raw->line, GY_CARD_READER_ERROR_MONEY,
                     "the %s row has %u cells, more than %s can hold (expected at most %u: "
                     "총사업비, 기투자 (A), 소계, %u fiscal years and 임기후 (C))",
                     raw->source, raw->n_used, term->name, widest, n_columns);
          return FALSE;
        }
      g_assert_not_reached ();
      return FALSE;
    }

  fill_money (reader, best);
  return TRUE;
}

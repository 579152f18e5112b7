/* gy-xlsx-card.c — one card sheet, laid out like the paper card
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns are those of the money table: 재원별, 총사업비, 기투자(A), 소계, one per fiscal
 * year, 임기후(C). Text sections span them all; the header table pairs labels and values
 * across them.
 */
#define G_LOG_DOMAIN "gy-xlsx"

#include <string.h>

#include "gy-card-fields.h"
#include "gy-xlsx-private.h"

/* Fewer columns than this would squeeze the header table. */
#define MIN_COLUMNS 8

typedef struct {
  GyXlsxWriter          *w;
  lxw_worksheet         *ws;
  const GySummaryPledge *pledge;
  const GyCard          *card;
  const GyTerm          *term;    /* the summary's: the card is of it */
  guint                  n_mc;    /* money columns */
  guint                  n_cols;
  double                *widths;
  GySum                 *totals;  /* the 계 row: the pledge's, shown where the card shows it */
  lxw_row_t              row;     /* the next row to write */
} CardSheet;

static double
span_width (const CardSheet *s,
            guint            first,
            guint            last)
{
  double width = 0;

  for (guint c = first; c <= last; c++)
    width += s->widths[c];
  return width;
}

static void
set_height (CardSheet *s,
            lxw_row_t  row,
            guint      n_lines)
{
  if (n_lines > 1)
    gy_xlsx_row_height (s->w, s->ws, row, gy_xlsx_lines_height (n_lines));
}

/* A wrapped line of text across the whole sheet. */
static void
paragraph (CardSheet        *s,
           const char       *text,
           GyXlsxTextFormat  format)
{
  gy_xlsx_merge (s->w, s->ws, s->row, 0, s->row, s->n_cols - 1, text, format);
  set_height (s, s->row, gy_xlsx_count_lines (text, span_width (s, 0, s->n_cols - 1)));
  s->row++;
}

static void
section (CardSheet  *s,
         const char *title)
{
  s->row++;  /* a blank row before each section, as on paper */
  gy_xlsx_text (s->w, s->ws, s->row, 0, title, GY_XF_SECTION);
  gy_xlsx_row_height (s->w, s->ws, s->row, 20);
  s->row++;
}

/* "- 사업목표 : …", "  - 중앙부처의 …" */
static char *
line_text (const GyLine *line)
{
  g_autofree char *indent = g_strnfill (2 * MIN (line->level, 4), ' ');

  if (line->label == NULL)
    return g_strdup_printf ("%s- %s", indent, line->text);
  if (line->text == NULL || *line->text == '\0')
    return g_strdup_printf ("%s- %s", indent, line->label);
  return g_strdup_printf ("%s- %s : %s", indent, line->label, line->text);
}

static void
lines (CardSheet *s,
       GPtrArray *card_lines)
{
  for (guint i = 0; i < card_lines->len; i++)
    {
      g_autofree char *text = line_text (g_ptr_array_index (card_lines, i));
      paragraph (s, text, GY_XF_PARA);
    }
}

static void
title (CardSheet *s)
{
  const GyCard *card = s->card;
  g_autofree char *text = NULL;

  if (card->number != NULL && *card->number != '\0')
    text = g_strdup_printf ("%s %s", card->number, card->title != NULL ? card->title : "");
  else
    text = g_strdup (card->title != NULL ? card->title : "");
  gy_xlsx_merge (s->w, s->ws, 0, 0, 0, s->n_cols - 1, text, GY_XF_TITLE);
  gy_xlsx_row_height (s->w, s->ws, 0,
                      MAX (30, 22 * gy_xlsx_count_lines (text, span_width (s, 0, s->n_cols - 1) / 1.5)));
  gy_xlsx_merge (s->w, s->ws, 1, 0, 1, s->n_cols - 1, s->w->as_of, GY_XF_NOTE);
  s->row = 2;
}

static char *
persons_text (const GyCard *card)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < card->persons->len; i++)
    {
      const GyPerson *person = g_ptr_array_index (card->persons, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%s %s", person->role, person->name);
      if (person->phone != NULL && *person->phone != '\0')
        g_string_append_printf (text, "(%s)", person->phone);
    }
  return g_string_free (text, FALSE);
}

typedef struct {
  const char *label;
  const char *value;
  gboolean    is_progress;
} Pair;

/* One row of the header table: two label/value pairs, or one spanning the row. */
static void
header_row (CardSheet  *s,
            const Pair *left,
            const Pair *right)
{
  guint mid = s->n_cols / 2;
  guint last = s->n_cols - 1;
  guint n_lines = 1;
  struct { const Pair *pair; guint label_first, label_last, value_first, value_last; } cells[2] = {
    { left, 0, 0, 1, right != NULL ? mid - 1 : last },
    { right, mid, mid + 1, mid + 2, last },
  };

  for (guint i = 0; i < 2 && cells[i].pair != NULL; i++)
    {
      const Pair *pair = cells[i].pair;

      gy_xlsx_merge (s->w, s->ws, s->row, cells[i].label_first, s->row, cells[i].label_last,
                     pair->label, GY_XF_HEAD);
      n_lines = MAX (n_lines, gy_xlsx_count_lines (pair->label,
                                                   span_width (s, cells[i].label_first,
                                                               cells[i].label_last)));
      if (pair->is_progress && s->card->has_progress)
        {
          double progress = s->card->progress;
          gboolean whole = progress == (double) (gint64) progress;

          gy_xlsx_merge (s->w, s->ws, s->row, cells[i].value_first, s->row, cells[i].value_last,
                         "", GY_XF_CELL);
          gy_xlsx_number (s->w, s->ws, s->row, cells[i].value_first, progress,
                          whole ? GY_XF_PERCENT : GY_XF_PERCENT_1);
          continue;
        }
      gy_xlsx_merge (s->w, s->ws, s->row, cells[i].value_first, s->row, cells[i].value_last,
                     pair->value != NULL ? pair->value : "", GY_XF_CELL);
      n_lines = MAX (n_lines, gy_xlsx_count_lines (pair->value,
                                                   span_width (s, cells[i].value_first,
                                                               cells[i].value_last)));
    }
  gy_xlsx_row_height (s->w, s->ws, s->row, MAX (20, gy_xlsx_lines_height (n_lines)));
  s->row++;
}

static void
header_table (CardSheet *s)
{
  const GyCard *card = s->card;
  g_autofree char *persons = persons_text (card);
  g_autoptr(GArray) pairs = g_array_new (FALSE, TRUE, sizeof (Pair));
  Pair people = { gy_card_field (GY_CARD_FIELD_PERSONS)->label, persons, FALSE };

  /* In the card's order; 이행상태 only when the card has one, and 분야 not at all: the
   * summary sheets group the pledges by it. */
  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);
      Pair pair = { field->label, NULL, field->kind == GY_CARD_FIELD_KIND_PROGRESS };

      if (field->kind == GY_CARD_FIELD_KIND_PERSONS || field->id == GY_CARD_FIELD_SECTOR)
        continue;
      if (field->kind == GY_CARD_FIELD_KIND_TEXT)
        pair.value = gy_card_field_get (card, i);
      if ((field->flags & GY_CARD_FIELD_CHOICE) && pair.value == NULL)
        continue;
      g_array_append_val (pairs, pair);
    }
  for (guint i = 0; i < card->extra_fields->len; i++)
    {
      const GyField *field = g_ptr_array_index (card->extra_fields, i);
      Pair extra = { field->label, field->value, FALSE };
      g_array_append_val (pairs, extra);
    }

  for (guint i = 0; i < pairs->len; i += 2)
    header_row (s, &g_array_index (pairs, Pair, i),
                i + 1 < pairs->len ? &g_array_index (pairs, Pair, i + 1) : NULL);
  header_row (s, &people, NULL);
}

static void
overview (CardSheet *s)
{
  section (s, "□ 사업개요");
  lines (s, s->card->overview);

  section (s, "□ 추진실적");
  for (guint i = 0; i < s->card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (s->card->subprojects, i);
      g_autofree char *heading = g_strdup_printf ("%s. %s", sub->number, sub->title);

      paragraph (s, heading, GY_XF_PARA_BOLD);
      lines (s, sub->lines);
    }
}

static char *
entry_text (const GyEntry *entry)
{
  if (g_strcmp0 (entry->marker, "-") == 0)
    return g_strdup_printf ("- %s", entry->text);
  return g_strdup_printf ("  %s %s", entry->marker, entry->text);
}

/* One 연도별 row, split over several sheet rows when it is taller than Excel allows. */
static void
year_row (CardSheet       *s,
          const GyYearRow *year)
{
  guint text_last = s->n_cols - 2;
  double text_width = span_width (s, 1, text_last);
  g_autofree char *label = year->label != NULL && *year->label != '\0'
                           ? g_strdup (year->label) : g_strdup_printf ("%d", year->year);
  guint remark_lines = gy_xlsx_count_lines (year->remarks, s->widths[s->n_cols - 1]);
  lxw_row_t first = s->row;
  g_autoptr(GString) chunk = g_string_new (NULL);
  guint chunk_lines = 0;

  for (guint i = 0; i <= year->entries->len; i++)
    {
      g_autofree char *text = i < year->entries->len
                              ? entry_text (g_ptr_array_index (year->entries, i)) : NULL;
      guint n = text != NULL ? gy_xlsx_count_lines (text, text_width) : 0;

      if (chunk->len > 0 && (text == NULL || chunk_lines + n > GY_XLSX_MAX_LINES))
        {
          gy_xlsx_merge (s->w, s->ws, s->row, 1, s->row, text_last, chunk->str, GY_XF_CELL_TOP);
          set_height (s, s->row, MAX (chunk_lines, s->row == first ? remark_lines : 1));
          s->row++;
          g_string_truncate (chunk, 0);
          chunk_lines = 0;
        }
      if (text != NULL)
        {
          if (chunk->len > 0)
            g_string_append_c (chunk, '\n');
          g_string_append (chunk, text);
          chunk_lines += n;
        }
    }
  if (s->row == first)
    {
      gy_xlsx_merge (s->w, s->ws, s->row, 1, s->row, text_last, "", GY_XF_CELL_TOP);
      set_height (s, s->row, remark_lines);
      s->row++;
    }
  gy_xlsx_merge (s->w, s->ws, first, 0, s->row - 1, 0, label, GY_XF_CELL_CENTER);
  gy_xlsx_merge (s->w, s->ws, first, s->n_cols - 1, s->row - 1, s->n_cols - 1,
                 year->remarks != NULL ? year->remarks : "", GY_XF_CELL);
}

static void
years_table (CardSheet *s)
{
  section (s, "□ 연차별 실적/계획");
  gy_xlsx_text (s->w, s->ws, s->row, 0, "연도별", GY_XF_HEAD);
  gy_xlsx_merge (s->w, s->ws, s->row, 1, s->row, s->n_cols - 2, "주요사업내용", GY_XF_HEAD);
  gy_xlsx_text (s->w, s->ws, s->row, s->n_cols - 1, "비고", GY_XF_HEAD);
  gy_xlsx_row_height (s->w, s->ws, s->row, 20);
  s->row++;
  for (guint i = 0; i < s->card->years->len; i++)
    year_row (s, g_ptr_array_index (s->card->years, i));
}

/* The sheet column of money column MC (gy-money-column.h). */
#define MONEY_COL(mc) ((lxw_col_t) ((mc) + 1))

static void
money_header (CardSheet *s)
{
  guint after = s->n_mc - 1, last_year = after - 1;
  lxw_row_t top = s->row, bottom = s->row + 1;
  guint year_lines = 1, tall_lines = 2;

  gy_xlsx_merge (s->w, s->ws, top, 0, bottom, 0, "재원별", GY_XF_HEAD);
  gy_xlsx_merge (s->w, s->ws, top, MONEY_COL (GY_MONEY_COLUMN_SUBTOTAL), top,
                 MONEY_COL (last_year), "임기내 투자계획(B)", GY_XF_HEAD);
  for (guint mc = 0; mc < s->n_mc; mc++)
    {
      g_autofree char *label = gy_xlsx_money_header (s->term, mc);
      guint n_lines = gy_xlsx_count_lines (label, s->widths[MONEY_COL (mc)]);

      switch (gy_money_column_kind (s->term, mc))
        {
        case GY_MONEY_COLUMN_SUBTOTAL:
        case GY_MONEY_COLUMN_YEAR:
          gy_xlsx_text (s->w, s->ws, bottom, MONEY_COL (mc), label, GY_XF_HEAD);
          if (mc != GY_MONEY_COLUMN_SUBTOTAL)
            year_lines = MAX (year_lines, n_lines);
          break;
        case GY_MONEY_COLUMN_AFTER:
          tall_lines = MAX (tall_lines, n_lines);
          G_GNUC_FALLTHROUGH;
        case GY_MONEY_COLUMN_TOTAL:
        case GY_MONEY_COLUMN_BEFORE:
        default:
          gy_xlsx_merge (s->w, s->ws, top, MONEY_COL (mc), bottom, MONEY_COL (mc), label,
                         GY_XF_HEAD);
          break;
        }
    }

  /* The merged-down labels need the two rows together to hold them. */
  gy_xlsx_row_height (s->w, s->ws, top, gy_xlsx_lines_height (MAX (1, (int) tall_lines -
                                                                     (int) year_lines)));
  gy_xlsx_row_height (s->w, s->ws, bottom, gy_xlsx_lines_height (year_lines));
  s->row += 2;
}

/* A source row: inputs as numbers, 소계 and 총사업비 as formulas over them; SUMS are the
 * summary's figures of the row. */
static void
money_row (CardSheet        *s,
           const GyMoneyRow *row,
           const GySum      *sums)
{
  guint after_mc = s->n_mc - 1, last_year = after_mc - 1;
  lxw_row_t r = s->row;
  char first[LXW_MAX_CELL_NAME_LENGTH], last[LXW_MAX_CELL_NAME_LENGTH];
  char before[LXW_MAX_CELL_NAME_LENGTH], sub[LXW_MAX_CELL_NAME_LENGTH];
  char after[LXW_MAX_CELL_NAME_LENGTH];
  char formula[128];

  gy_xlsx_text (s->w, s->ws, r, 0, row->source, GY_XF_CELL_CENTER);
  for (guint mc = GY_MONEY_COLUMN_BEFORE; mc < s->n_mc; mc++)
    if (mc != GY_MONEY_COLUMN_SUBTOTAL)
      gy_xlsx_money (s->w, s->ws, r, MONEY_COL (mc), gy_xlsx_sum_amount (sums[mc]),
                     GY_XLSX_ROW_PLAIN);

  lxw_rowcol_to_cell (before, r, MONEY_COL (GY_MONEY_COLUMN_BEFORE));
  lxw_rowcol_to_cell (sub, r, MONEY_COL (GY_MONEY_COLUMN_SUBTOTAL));
  lxw_rowcol_to_cell (after, r, MONEY_COL (after_mc));
  lxw_rowcol_to_cell (first, r, MONEY_COL (GY_MONEY_COLUMN_FIRST_YEAR));
  lxw_rowcol_to_cell (last, r, MONEY_COL (last_year));
  g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first, last);
  gy_xlsx_formula_money (s->w, s->ws, r, MONEY_COL (GY_MONEY_COLUMN_SUBTOTAL), formula,
                         sums[GY_MONEY_COLUMN_SUBTOTAL], GY_XLSX_ROW_PLAIN);
  g_snprintf (formula, sizeof formula, "=%s+%s+%s", before, sub, after);
  gy_xlsx_row_total (s->w, s->ws, r, MONEY_COL (GY_MONEY_COLUMN_TOTAL), formula, sums, s->n_mc);
  s->row++;
}

/* An amount of one of the card's rows as written (its 계 row: ROW NULL), blank when the
 * card's columns are not the term's. */
static gint64
written (const CardSheet  *s,
         const GyMoneyRow *row,
         guint             mc)
{
  if (row == NULL)
    row = s->card->money_sum;
  if (row == NULL || s->card->term == NULL ||
      gy_money_columns_count (s->card->term) != s->n_mc)
    return GY_MONEY_ABSENT;
  return gy_money_row_get (row, s->card->term, mc);
}

static void
money_table (CardSheet *s)
{
  const GyCard *card = s->card;
  lxw_row_t sum_row;

  section (s, "□ 연차별 투자수요");
  gy_xlsx_text (s->w, s->ws, s->row, 0, s->w->as_of, GY_XF_NOTE_LEFT);
  gy_xlsx_text (s->w, s->ws, s->row, s->n_cols - 1, "(단위: 백만원)", GY_XF_NOTE);
  s->row++;
  money_header (s);

  sum_row = s->row++;
  gy_xlsx_text (s->w, s->ws, sum_row, 0, "계", GY_XF_SUBTOTAL_LABEL);
  for (guint i = 0; i < card->money->len; i++)
    money_row (s, g_ptr_array_index (card->money, i), &s->pledge->rows[i * s->n_mc]);

  for (guint mc = 0; mc < s->n_mc; mc++)
    {
      char first[LXW_MAX_CELL_NAME_LENGTH], last[LXW_MAX_CELL_NAME_LENGTH];
      char formula[128];

      if (card->money->len == 0)
        {
          gy_xlsx_money (s->w, s->ws, sum_row, MONEY_COL (mc), written (s, NULL, mc),
                         GY_XLSX_ROW_SUBTOTAL);
          continue;
        }
      lxw_rowcol_to_cell (first, sum_row + 1, MONEY_COL (mc));
      lxw_rowcol_to_cell (last, sum_row + card->money->len, MONEY_COL (mc));
      g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first, last);
      gy_xlsx_formula_money (s->w, s->ws, sum_row, MONEY_COL (mc), formula, s->totals[mc],
                             GY_XLSX_ROW_SUBTOTAL);
    }
}

/* 계: the pledge's total of the source rows. The card's own 계 only decides whether a
 * zero shows, as the seed prints 민자's 0 but leaves an empty 기투자 blank. */
static void
prepare_totals (CardSheet *s)
{
  for (guint mc = 0; mc < s->n_mc; mc++)
    {
      s->totals[mc] = s->pledge->total[mc];
      s->totals[mc].shown |= written (s, NULL, mc) != GY_MONEY_ABSENT;
    }
}

static void
problems (CardSheet *s)
{
  section (s, "□ 문제점 및 대응계획");
  for (guint i = 0; i < s->card->problems->len; i++)
    {
      const GyProblem *problem = g_ptr_array_index (s->card->problems, i);
      g_autofree char *text = g_strdup_printf ("- %s", problem->text != NULL ? problem->text : "");

      paragraph (s, text, GY_XF_PARA);
      for (guint j = 0; j < problem->responses->len; j++)
        {
          g_autofree char *response =
            g_strdup_printf ("  ⇒ %s", (const char *) g_ptr_array_index (problem->responses, j));
          paragraph (s, response, GY_XF_PARA);
        }
    }

  section (s, "□ 기대효과");
  for (guint i = 0; i < s->card->effects->len; i++)
    {
      g_autofree char *text =
        g_strdup_printf ("- %s", (const char *) g_ptr_array_index (s->card->effects, i));
      paragraph (s, text, GY_XF_PARA);
    }
}

/* Widths in digits: Hangul labels take two each, amounts as printed plus a margin. */
static void
measure_columns (CardSheet *s)
{
  const GyCard *card = s->card;

  for (guint c = 0; c < s->n_cols; c++)
    s->widths[c] = 9;
  s->widths[0] = 11;
  s->widths[MONEY_COL (GY_MONEY_COLUMN_TOTAL)] = 10;
  s->widths[MONEY_COL (s->n_mc - 1)] = 10;

  for (guint i = 0; i <= card->money->len; i++)
    {
      gboolean is_sum = i == card->money->len;
      const GyMoneyRow *row = is_sum ? NULL : g_ptr_array_index (card->money, i);
      const GySum *sums = is_sum ? s->totals : &s->pledge->rows[i * s->n_mc];

      if (!is_sum || card->money_sum != NULL)
        s->widths[0] = MAX (s->widths[0],
                            gy_xlsx_text_width ((row != NULL ? row : card->money_sum)->source) + 4);
      for (guint mc = 0; mc < s->n_mc; mc++)
        {
          guint width = MAX (gy_xlsx_money_width (written (s, row, mc)),
                             gy_xlsx_money_width (sums[mc].value));
          s->widths[MONEY_COL (mc)] = MAX (s->widths[MONEY_COL (mc)], width + 3);
        }
    }
  for (guint c = 0; c < s->n_cols; c++)
    gy_xlsx_column (s->w, s->ws, c, c, s->widths[c]);
}

void
gy_xlsx_write_card (GyXlsxWriter          *w,
                    const GySummaryPledge *pledge,
                    const char            *sheet_name)
{
  GyXlsxPage page = { FALSE, -1, -1, 0 };
  CardSheet s = { w, NULL, pledge, pledge->card, w->summary->term, w->summary->n_columns, 0,
                  NULL, NULL, 0 };
  g_autofree double *widths = NULL;
  g_autofree GySum *totals = NULL;

  s.ws = gy_xlsx_add_sheet (w, sheet_name);
  if (s.ws == NULL)
    return;
  s.n_cols = MAX (s.n_mc + 1, MIN_COLUMNS);
  s.widths = widths = g_new0 (double, s.n_cols);
  s.totals = totals = g_new0 (GySum, s.n_mc);

  prepare_totals (&s);
  gy_xlsx_page_setup (w, s.ws, &page);
  measure_columns (&s);
  title (&s);
  header_table (&s);
  overview (&s);
  years_table (&s);
  money_table (&s);
  problems (&s);
}

/* gy-xlsx-summary.c — the two summary sheets: 총괄 (status) and 투자계획 (investment)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are self-contained: pledge rows hold numbers, and every total is a formula over
 * cells of the same sheet, so a province can copy the sheet into its own workbook.
 * Totals over 분야 pick their rows with SUMIF on a label column, which needs no list of
 * rows and stays right when an officer inserts a pledge.
 */
#define G_LOG_DOMAIN "gy-xlsx"

#include "gy-xlsx-private.h"

#define HEADER_TOP    2
#define HEADER_BOTTOM 3
#define FIRST_BODY    4

/* The 공약명 columns, wide enough for most titles on one line. */
#define ST_TITLE_WIDTH 40
#define IV_TITLE_WIDTH 30

typedef char CellName[LXW_MAX_CELL_NAME_LENGTH];

static void
col_name (char      *out,
          lxw_col_t  col)
{
  lxw_col_to_name (out, col, 0);
}

static void
sheet_top (GyXlsxWriter  *w,
           lxw_worksheet *ws,
           const char    *title,
           const char    *unit,
           lxw_col_t      last_col)
{
  gy_xlsx_merge (w, ws, 0, 0, 0, last_col, title, GY_XF_TITLE);
  gy_xlsx_row_height (w, ws, 0, 30);
  gy_xlsx_text (w, ws, 1, 0, w->as_of, GY_XF_NOTE_LEFT);
  gy_xlsx_text (w, ws, 1, last_col, unit, GY_XF_NOTE);
}

/* ── 총괄 ─────────────────────────────────────────────────────────────────────── */

enum {
  ST_SECTOR, ST_NUMBER, ST_TITLE, ST_DEPT, ST_STATUS, ST_PROGRESS, ST_COST, ST_COUNT,
  ST_FIRST_STATUS,
};

/* The plain mean of progress in tenths of a percent, rounded half up as ROUND() does;
 * FALSE when no pledge has one. */
typedef struct {
  gint64 tenths;
  guint  n;
} Mean;

static void
mean_add (Mean         *mean,
          const GyCard *card)
{
  if (!card->has_progress)
    return;
  mean->tenths += (gint64) (card->progress * 10 + (card->progress >= 0 ? 0.5 : -0.5));
  mean->n++;
}

static void
write_mean (GyXlsxWriter  *w,
            lxw_worksheet *ws,
            lxw_row_t      row,
            const char    *formula,
            const Mean    *mean,
            GyXlsxRowKind  kind)
{
  gint64 rounded;

  if (mean->n == 0)
    {
      gy_xlsx_formula_blank (w, ws, row, ST_PROGRESS, formula, kind);
      return;
    }
  rounded = (2 * mean->tenths + (gint64) mean->n) / (2 * (gint64) mean->n);
  gy_xlsx_formula_number (w, ws, row, ST_PROGRESS, formula, rounded / 10.0, 1, kind);
}

static gint64
card_cost (const GyCard *card)
{
  guint n = gy_card_n_years (card);
  g_autofree GyXlsxSum *sums = g_new0 (GyXlsxSum, GY_XLSX_N_MC (n));
  gint64 cost = 0;

  if (card->money->len == 0)
    return gy_card_total_cost (card);
  for (guint i = 0; i < card->money->len; i++)
    {
      gy_xlsx_money_row_sums (g_ptr_array_index (card->money, i), n, sums);
      cost += sums[GY_XLSX_MC_TOTAL].value;
    }
  return cost;
}

static int
status_index (GyXlsxWriter *w,
              const char   *status)
{
  for (guint i = 0; status != NULL && i < w->statuses->len; i++)
    if (g_strcmp0 (g_ptr_array_index (w->statuses, i), status) == 0)
      return (int) i;
  return -1;
}

static void
status_header (GyXlsxWriter  *w,
               lxw_worksheet *ws,
               lxw_col_t      last_col)
{
  static const char *const labels[] = {
    [ST_SECTOR] = "분야", [ST_NUMBER] = "번호", [ST_TITLE] = "공약명", [ST_DEPT] = "주관부서",
    [ST_STATUS] = "이행상태", [ST_PROGRESS] = "진도율(%)", [ST_COST] = "총사업비",
  };

  for (lxw_col_t c = 0; c < ST_COUNT; c++)
    gy_xlsx_merge (w, ws, HEADER_TOP, c, HEADER_BOTTOM, c, labels[c], GY_XF_HEAD);
  gy_xlsx_merge (w, ws, HEADER_TOP, ST_COUNT, HEADER_TOP, last_col, "이행상태별 공약 수",
                 GY_XF_HEAD);
  gy_xlsx_text (w, ws, HEADER_BOTTOM, ST_COUNT, "계", GY_XF_HEAD);
  for (guint i = 0; i < w->statuses->len; i++)
    gy_xlsx_text (w, ws, HEADER_BOTTOM, ST_FIRST_STATUS + i, g_ptr_array_index (w->statuses, i),
                  GY_XF_HEAD);
  gy_xlsx_row_height (w, ws, HEADER_TOP, 20);
  gy_xlsx_row_height (w, ws, HEADER_BOTTOM, gy_xlsx_lines_height (2));
}

static void
status_pledge (GyXlsxWriter  *w,
               lxw_worksheet *ws,
               lxw_row_t      row,
               const GyCard  *card,
               lxw_col_t      last_col)
{
  int status = status_index (w, card->status);
  gint64 cost = card_cost (card);
  guint title_lines = gy_xlsx_count_lines (card->title, ST_TITLE_WIDTH);

  gy_xlsx_text (w, ws, row, ST_SECTOR, gy_xlsx_sector_label (card->sector), GY_XF_CELL_CENTER);
  gy_xlsx_text (w, ws, row, ST_NUMBER, card->number, GY_XF_CELL_CENTER);
  gy_xlsx_text (w, ws, row, ST_TITLE, card->title, GY_XF_CELL);
  gy_xlsx_text (w, ws, row, ST_DEPT, card->lead_dept, GY_XF_CELL_CENTER);
  gy_xlsx_text (w, ws, row, ST_STATUS, card->status, GY_XF_CELL_CENTER);
  if (card->has_progress)
    gy_xlsx_count (w, ws, row, ST_PROGRESS, card->progress,
                   card->progress == (double) (gint64) card->progress ? 0 : 1, GY_XLSX_ROW_PLAIN);
  else
    gy_xlsx_blank (w, ws, row, ST_PROGRESS, GY_XLSX_ROW_PLAIN);
  gy_xlsx_money (w, ws, row, ST_COST, cost, GY_XLSX_ROW_PLAIN);
  gy_xlsx_count (w, ws, row, ST_COUNT, 1, 0, GY_XLSX_ROW_PLAIN);
  for (lxw_col_t c = ST_FIRST_STATUS; c <= last_col; c++)
    {
      if ((int) (c - ST_FIRST_STATUS) == status)
        gy_xlsx_count (w, ws, row, c, 1, 0, GY_XLSX_ROW_PLAIN);
      else
        gy_xlsx_blank (w, ws, row, c, GY_XLSX_ROW_PLAIN);
    }
  if (title_lines > 1)
    gy_xlsx_row_height (w, ws, row, gy_xlsx_lines_height (title_lines));
}

/* The figures of a 소계 or 합계 row: FUNC(range) for sums, the mean for progress. */
static void
status_totals (GyXlsxWriter  *w,
               lxw_worksheet *ws,
               lxw_row_t      row,
               GyXlsxRowKind  kind,
               lxw_row_t      first,
               lxw_row_t      last,
               GPtrArray     *cards,
               lxw_col_t      last_col)
{
  gboolean grand = kind == GY_XLSX_ROW_TOTAL;
  Mean mean = { 0, 0 };
  GyXlsxSum cost = { 0, FALSE };
  char formula[256];
  CellName col;

  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);
      gint64 card_total = card_cost (card);

      mean_add (&mean, card);
      cost.value += gy_money_or_zero (card_total);
      cost.shown |= card_total != GY_MONEY_ABSENT;
    }

  col_name (col, ST_PROGRESS);
  if (grand)
    g_snprintf (formula, sizeof formula,
                "=IFERROR(ROUND(AVERAGEIF($B$%u:$B$%u,\"<>소계\",%s%u:%s%u),1),\"\")",
                first + 1, last + 1, col, first + 1, col, last + 1);
  else
    g_snprintf (formula, sizeof formula, "=IFERROR(ROUND(AVERAGE(%s%u:%s%u),1),\"\")",
                col, first + 1, col, last + 1);
  write_mean (w, ws, row, formula, &mean, kind);

  for (lxw_col_t c = ST_COST; c <= last_col; c++)
    {
      col_name (col, c);
      if (grand)
        g_snprintf (formula, sizeof formula, "=SUMIF($B$%u:$B$%u,\"소계\",%s%u:%s%u)",
                    first + 1, last + 1, col, first + 1, col, last + 1);
      else
        g_snprintf (formula, sizeof formula, "=SUM(%s%u:%s%u)", col, first + 1, col, last + 1);

      if (c == ST_COST)
        gy_xlsx_formula_money (w, ws, row, c, formula, cost, kind);
      else
        {
          guint count = 0;

          for (guint i = 0; i < cards->len; i++)
            {
              const GyCard *card = g_ptr_array_index (cards, i);
              if (c == ST_COUNT || status_index (w, card->status) == (int) (c - ST_FIRST_STATUS))
                count++;
            }
          gy_xlsx_formula_number (w, ws, row, c, formula, count, 0, kind);
        }
    }
}

void
gy_xlsx_write_status (GyXlsxWriter *w,
                      GPtrArray    *groups)
{
  GyXlsxPage page = { TRUE, HEADER_TOP, HEADER_BOTTOM, FIRST_BODY };
  lxw_col_t last_col = ST_FIRST_STATUS + w->statuses->len - 1;
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  lxw_worksheet *ws = gy_xlsx_add_sheet (w, "총괄");
  lxw_row_t row = FIRST_BODY + 1;

  if (ws == NULL)
    return;
  if (w->statuses->len == 0)
    last_col = ST_COUNT;
  gy_xlsx_page_setup (w, ws, &page);
  gy_xlsx_column (w, ws, ST_SECTOR, ST_SECTOR, 14);
  gy_xlsx_column (w, ws, ST_NUMBER, ST_NUMBER, 8);
  gy_xlsx_column (w, ws, ST_TITLE, ST_TITLE, ST_TITLE_WIDTH);
  gy_xlsx_column (w, ws, ST_DEPT, ST_DEPT, 16);
  gy_xlsx_column (w, ws, ST_STATUS, ST_STATUS, 14);
  gy_xlsx_column (w, ws, ST_PROGRESS, ST_PROGRESS, 10);
  gy_xlsx_column (w, ws, ST_COST, ST_COST, 12);
  gy_xlsx_column (w, ws, ST_COUNT, last_col, 9);

  sheet_top (w, ws, "공약 이행 현황 총괄", "(단위: 백만원, %)", last_col);
  status_header (w, ws, last_col);

  for (guint g = 0; g < groups->len; g++)
    {
      const GyXlsxGroup *group = g_ptr_array_index (groups, g);
      lxw_row_t subtotal = row++;

      gy_xlsx_text (w, ws, subtotal, ST_SECTOR, gy_xlsx_sector_label (group->sector),
                    GY_XF_SUBTOTAL_LABEL);
      gy_xlsx_merge (w, ws, subtotal, ST_NUMBER, subtotal, ST_STATUS, "소계",
                     GY_XF_SUBTOTAL_LABEL);
      for (guint i = 0; i < group->cards->len; i++)
        {
          status_pledge (w, ws, row++, g_ptr_array_index (group->cards, i), last_col);
          g_ptr_array_add (all, g_ptr_array_index (group->cards, i));
        }
      status_totals (w, ws, subtotal, GY_XLSX_ROW_SUBTOTAL, subtotal + 1, row - 1,
                     group->cards, last_col);
    }

  gy_xlsx_merge (w, ws, FIRST_BODY, ST_SECTOR, FIRST_BODY, ST_STATUS, "합계",
                 GY_XF_TOTAL_LABEL);
  status_totals (w, ws, FIRST_BODY, GY_XLSX_ROW_TOTAL, FIRST_BODY + 1, row - 1, all, last_col);
}

/* ── 투자계획 ─────────────────────────────────────────────────────────────────── */

enum { IV_SECTOR, IV_NUMBER, IV_TITLE, IV_SOURCE, IV_MONEY };

/* The sheet column of money column MC. */
#define IV_COL(mc) ((lxw_col_t) (IV_MONEY + (mc)))

/* The fiscal columns of every selected card together, in time order: a workbook of one
 * term has that term's columns. */
typedef struct {
  GPtrArray *columns;      /* const GyFiscalColumn * */
  char      *after_label;  /* "2022 하반기 이후", or "임기후" when terms differ */
  GHashTable *maps;        /* const GyCard * → int *: card's year → union column */
} Years;

static int
half_order (GyHalf half)
{
  return half == GY_HALF_FIRST ? 0 : half == GY_HALF_WHOLE ? 1 : 2;
}

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  const GyFiscalColumn *x = *(const GyFiscalColumn * const *) a;
  const GyFiscalColumn *y = *(const GyFiscalColumn * const *) b;

  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  return half_order (x->half) - half_order (y->half);
}

static gboolean
same_term (const GyTerm *a,
           const GyTerm *b)
{
  return a != NULL && b != NULL && g_date_compare (&a->start, &b->start) == 0 &&
         g_date_compare (&a->end, &b->end) == 0 && a->layout == b->layout;
}

static void
years_init (Years     *years,
            GPtrArray *cards)
{
  const GyTerm *first_term = NULL;
  gboolean one_term = TRUE;

  years->columns = g_ptr_array_new ();
  years->maps = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);

      if (card->term == NULL)
        continue;
      if (first_term == NULL)
        first_term = card->term;
      one_term &= same_term (first_term, card->term);
      for (guint y = 0; y < gy_term_n_columns (card->term); y++)
        {
          const GyFiscalColumn *column = gy_term_column (card->term, y);
          gboolean known = FALSE;

          for (guint k = 0; k < years->columns->len && !known; k++)
            known = g_strcmp0 (((GyFiscalColumn *) g_ptr_array_index (years->columns, k))->key,
                               column->key) == 0;
          if (!known)
            g_ptr_array_add (years->columns, (gpointer) column);
        }
    }
  g_ptr_array_sort (years->columns, compare_columns);
  years->after_label = first_term != NULL && one_term ? gy_term_after_label (first_term)
                                                      : g_strdup ("임기후");

  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);
      guint n = gy_card_n_years (card);
      int *map = g_new0 (int, MAX (n, 1));

      for (guint y = 0; y < n; y++)
        for (guint k = 0; k < years->columns->len; k++)
          if (g_strcmp0 (((GyFiscalColumn *) g_ptr_array_index (years->columns, k))->key,
                         gy_term_column (card->term, y)->key) == 0)
            map[y] = (int) k;
      g_hash_table_insert (years->maps, (gpointer) card, map);
    }
}

static void
years_clear (Years *years)
{
  g_clear_pointer (&years->columns, g_ptr_array_unref);
  g_clear_pointer (&years->after_label, g_free);
  g_clear_pointer (&years->maps, g_hash_table_unref);
}

typedef struct {
  GyXlsxWriter  *w;
  lxw_worksheet *ws;
  Years          years;
  guint          n_mc;       /* money columns: the union's years */
  guint          n_sources;
  GyXlsxSum     *grand;      /* [source][mc]: the 합계 per source */
} Investment;

/* A card's source row spread over the union's columns, with what its formulas compute. */
static void
spread_row (Investment       *iv,
            const GyCard     *card,
            const GyMoneyRow *row,
            gint64           *inputs,
            GyXlsxSum        *sums)
{
  guint n = gy_card_n_years (card);
  guint n_union = iv->years.columns->len;
  const int *map = g_hash_table_lookup (iv->years.maps, card);
  g_autofree GyXlsxSum *own = g_new0 (GyXlsxSum, GY_XLSX_N_MC (n));

  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      inputs[mc] = GY_MONEY_ABSENT;
      sums[mc].value = 0;
      sums[mc].shown = FALSE;
    }
  if (row == NULL)
    return;

  gy_xlsx_money_row_sums (row, n, own);
  inputs[GY_XLSX_MC_BEFORE] = row->before;
  inputs[GY_XLSX_MC_AFTER (n_union)] = row->after;
  for (guint y = 0; y < n; y++)
    {
      inputs[GY_XLSX_MC_FIRST_YEAR + map[y]] = row->years[y];
      sums[GY_XLSX_MC_FIRST_YEAR + map[y]] = own[GY_XLSX_MC_FIRST_YEAR + y];
    }
  sums[GY_XLSX_MC_TOTAL] = own[GY_XLSX_MC_TOTAL];
  sums[GY_XLSX_MC_BEFORE] = own[GY_XLSX_MC_BEFORE];
  sums[GY_XLSX_MC_SUB] = own[GY_XLSX_MC_SUB];
  sums[GY_XLSX_MC_AFTER (n_union)] = own[GY_XLSX_MC_AFTER (n)];
}

static const GyMoneyRow *
find_source (const GyCard *card,
             const char   *source)
{
  for (guint i = 0; i < card->money->len; i++)
    {
      const GyMoneyRow *row = g_ptr_array_index (card->money, i);
      if (g_strcmp0 (row->source, source) == 0)
        return row;
    }
  return NULL;
}

static void
add_sums (GyXlsxSum       *to,
          const GyXlsxSum *from,
          guint            n)
{
  for (guint i = 0; i < n; i++)
    {
      to[i].value += from[i].value;
      to[i].shown |= from[i].shown;
    }
}

/* One pledge: its 계 row, then a row per source of the body. */
static void
investment_pledge (Investment   *iv,
                   lxw_row_t     top,
                   const GyCard *card,
                   GyXlsxSum    *pledge_sum)
{
  GyXlsxWriter *w = iv->w;
  lxw_worksheet *ws = iv->ws;
  guint n_union = iv->years.columns->len;
  lxw_row_t bottom = top + iv->n_sources;
  g_autofree gint64 *inputs = g_new (gint64, iv->n_mc);
  g_autofree GyXlsxSum *sums = g_new0 (GyXlsxSum, iv->n_mc);
  guint title_lines = gy_xlsx_count_lines (card->title, IV_TITLE_WIDTH);
  CellName first_year, last_year, col;
  char formula[128];

  gy_xlsx_merge (w, ws, top, IV_SECTOR, bottom, IV_SECTOR, gy_xlsx_sector_label (card->sector),
                 GY_XF_CELL_CENTER);
  gy_xlsx_merge (w, ws, top, IV_NUMBER, bottom, IV_NUMBER, card->number, GY_XF_CELL_CENTER);
  gy_xlsx_merge (w, ws, top, IV_TITLE, bottom, IV_TITLE, card->title, GY_XF_CELL);
  gy_xlsx_text (w, ws, top, IV_SOURCE, "계", GY_XF_SUBTOTAL_LABEL);

  for (guint mc = 0; mc < iv->n_mc; mc++)
    pledge_sum[mc] = (GyXlsxSum) { 0, FALSE };

  for (guint s = 0; s < iv->n_sources; s++)
    {
      const char *source = g_ptr_array_index (w->sources, s);
      lxw_row_t r = top + 1 + s;

      spread_row (iv, card, find_source (card, source), inputs, sums);
      add_sums (pledge_sum, sums, iv->n_mc);
      add_sums (&iv->grand[s * iv->n_mc], sums, iv->n_mc);

      gy_xlsx_text (w, ws, r, IV_SOURCE, source, GY_XF_CELL_CENTER);
      gy_xlsx_money (w, ws, r, IV_COL (GY_XLSX_MC_BEFORE), inputs[GY_XLSX_MC_BEFORE],
                     GY_XLSX_ROW_PLAIN);
      for (guint y = 0; y < n_union; y++)
        gy_xlsx_money (w, ws, r, IV_COL (GY_XLSX_MC_FIRST_YEAR + y),
                       inputs[GY_XLSX_MC_FIRST_YEAR + y], GY_XLSX_ROW_PLAIN);
      gy_xlsx_money (w, ws, r, IV_COL (GY_XLSX_MC_AFTER (n_union)),
                     inputs[GY_XLSX_MC_AFTER (n_union)], GY_XLSX_ROW_PLAIN);

      lxw_rowcol_to_cell (first_year, r, IV_COL (GY_XLSX_MC_FIRST_YEAR));
      lxw_rowcol_to_cell (last_year, r, IV_COL (GY_XLSX_MC_FIRST_YEAR + MAX (n_union, 1) - 1));
      g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first_year, last_year);
      gy_xlsx_formula_money (w, ws, r, IV_COL (GY_XLSX_MC_SUB), formula,
                             sums[GY_XLSX_MC_SUB], GY_XLSX_ROW_PLAIN);
      {
        CellName before, sub, after;

        lxw_rowcol_to_cell (before, r, IV_COL (GY_XLSX_MC_BEFORE));
        lxw_rowcol_to_cell (sub, r, IV_COL (GY_XLSX_MC_SUB));
        lxw_rowcol_to_cell (after, r, IV_COL (GY_XLSX_MC_AFTER (n_union)));
        g_snprintf (formula, sizeof formula, "=%s+%s+%s", before, sub, after);
        gy_xlsx_formula_money (w, ws, r, IV_COL (GY_XLSX_MC_TOTAL), formula,
                               sums[GY_XLSX_MC_TOTAL], GY_XLSX_ROW_PLAIN);
      }
    }

  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      col_name (col, IV_COL (mc));
      g_snprintf (formula, sizeof formula, "=SUM(%s%u:%s%u)", col, top + 2, col, bottom + 1);
      gy_xlsx_formula_money (w, ws, top, IV_COL (mc), formula, pledge_sum[mc],
                             GY_XLSX_ROW_SUBTOTAL);
    }
  /* a title taller than the pledge's rows: the 계 row takes the rest */
  if (title_lines > iv->n_sources + 1)
    gy_xlsx_row_height (w, ws, top, gy_xlsx_lines_height (title_lines - iv->n_sources));
}

static void
investment_header (Investment *iv)
{
  GyXlsxWriter *w = iv->w;
  lxw_worksheet *ws = iv->ws;
  guint n_union = iv->years.columns->len;
  g_autofree char *after = g_strdup_printf ("%s\n(C)", iv->years.after_label);
  static const char *const labels[] = {
    [IV_SECTOR] = "분야", [IV_NUMBER] = "번호", [IV_TITLE] = "공약명", [IV_SOURCE] = "재원",
  };

  for (lxw_col_t c = 0; c < IV_MONEY; c++)
    gy_xlsx_merge (w, ws, HEADER_TOP, c, HEADER_BOTTOM, c, labels[c], GY_XF_HEAD);
  gy_xlsx_merge (w, ws, HEADER_TOP, IV_COL (GY_XLSX_MC_TOTAL), HEADER_BOTTOM,
                 IV_COL (GY_XLSX_MC_TOTAL), "총사업비\n(A+B+C)", GY_XF_HEAD);
  gy_xlsx_merge (w, ws, HEADER_TOP, IV_COL (GY_XLSX_MC_BEFORE), HEADER_BOTTOM,
                 IV_COL (GY_XLSX_MC_BEFORE), "기투자\n(A)", GY_XF_HEAD);
  gy_xlsx_merge (w, ws, HEADER_TOP, IV_COL (GY_XLSX_MC_SUB), HEADER_TOP,
                 IV_COL (GY_XLSX_MC_FIRST_YEAR + n_union - 1), "임기내 투자계획(B)", GY_XF_HEAD);
  gy_xlsx_text (w, ws, HEADER_BOTTOM, IV_COL (GY_XLSX_MC_SUB), "소계", GY_XF_HEAD);
  for (guint y = 0; y < n_union; y++)
    gy_xlsx_text (w, ws, HEADER_BOTTOM, IV_COL (GY_XLSX_MC_FIRST_YEAR + y),
                  ((GyFiscalColumn *) g_ptr_array_index (iv->years.columns, y))->label,
                  GY_XF_HEAD);
  gy_xlsx_merge (w, ws, HEADER_TOP, IV_COL (GY_XLSX_MC_AFTER (n_union)), HEADER_BOTTOM,
                 IV_COL (GY_XLSX_MC_AFTER (n_union)), after, GY_XF_HEAD);
  gy_xlsx_row_height (w, ws, HEADER_TOP, 20);
  gy_xlsx_row_height (w, ws, HEADER_BOTTOM, gy_xlsx_lines_height (2));
}

/* 소계 of a 분야: its pledges' 계 rows, picked by the label in the 재원 column. */
static void
investment_subtotal (Investment      *iv,
                     lxw_row_t        row,
                     lxw_row_t        first,
                     lxw_row_t        last,
                     const char      *sector,
                     const GyXlsxSum *sums)
{
  CellName col;
  char formula[160];

  gy_xlsx_text (iv->w, iv->ws, row, IV_SECTOR, gy_xlsx_sector_label (sector),
                GY_XF_SUBTOTAL_LABEL);
  gy_xlsx_merge (iv->w, iv->ws, row, IV_NUMBER, row, IV_SOURCE, "소계", GY_XF_SUBTOTAL_LABEL);
  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      col_name (col, IV_COL (mc));
      g_snprintf (formula, sizeof formula, "=SUMIF($D$%u:$D$%u,\"계\",%s$%u:%s$%u)",
                  first + 1, last + 1, col, first + 1, col, last + 1);
      gy_xlsx_formula_money (iv->w, iv->ws, row, IV_COL (mc), formula, sums[mc],
                             GY_XLSX_ROW_SUBTOTAL);
    }
}

/* 합계: one row per source over every pledge, and their sum on top. */
static void
investment_total (Investment *iv,
                  lxw_row_t   first,
                  lxw_row_t   last)
{
  GyXlsxWriter *w = iv->w;
  lxw_worksheet *ws = iv->ws;
  g_autofree GyXlsxSum *total = g_new0 (GyXlsxSum, iv->n_mc);
  CellName col;
  char formula[256];

  gy_xlsx_merge (w, ws, FIRST_BODY, IV_SECTOR, FIRST_BODY + iv->n_sources, IV_TITLE, "합계",
                 GY_XF_TOTAL_LABEL);
  gy_xlsx_text (w, ws, FIRST_BODY, IV_SOURCE, "계", GY_XF_TOTAL_LABEL);
  for (guint s = 0; s < iv->n_sources; s++)
    {
      const char *source = g_ptr_array_index (w->sources, s);
      g_autofree char *quoted = gy_xlsx_formula_quote (source);
      lxw_row_t r = FIRST_BODY + 1 + s;

      gy_xlsx_text (w, ws, r, IV_SOURCE, source, GY_XF_TOTAL_LABEL);
      add_sums (total, &iv->grand[s * iv->n_mc], iv->n_mc);
      for (guint mc = 0; mc < iv->n_mc; mc++)
        {
          col_name (col, IV_COL (mc));
          g_snprintf (formula, sizeof formula, "=SUMIF($D$%u:$D$%u,%s,%s$%u:%s$%u)",
                      first + 1, last + 1, quoted, col, first + 1, col, last + 1);
          gy_xlsx_formula_money (w, ws, r, IV_COL (mc), formula, iv->grand[s * iv->n_mc + mc],
                                 GY_XLSX_ROW_TOTAL);
        }
    }
  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      col_name (col, IV_COL (mc));
      g_snprintf (formula, sizeof formula, "=SUM(%s%u:%s%u)", col, FIRST_BODY + 2, col,
                  FIRST_BODY + 1 + iv->n_sources);
      gy_xlsx_formula_money (w, ws, FIRST_BODY, IV_COL (mc), formula, total[mc],
                             GY_XLSX_ROW_TOTAL);
    }
}

void
gy_xlsx_write_investment (GyXlsxWriter *w,
                          GPtrArray    *cards,
                          GPtrArray    *groups)
{
  GyXlsxPage page = { TRUE, HEADER_TOP, HEADER_BOTTOM, FIRST_BODY };
  Investment iv = { w, NULL, { 0 }, 0, w->sources->len, NULL };
  g_autofree GyXlsxSum *grand = NULL;
  g_autofree GyXlsxSum *group_sum = NULL;
  g_autofree GyXlsxSum *pledge_sum = NULL;
  lxw_row_t row, first_body;
  lxw_col_t last_col;

  iv.ws = gy_xlsx_add_sheet (w, "투자계획");
  if (iv.ws == NULL)
    return;
  years_init (&iv.years, cards);
  iv.n_mc = GY_XLSX_N_MC (iv.years.columns->len);
  iv.grand = grand = g_new0 (GyXlsxSum, (gsize) MAX (iv.n_sources, 1) * iv.n_mc);
  group_sum = g_new0 (GyXlsxSum, iv.n_mc);
  pledge_sum = g_new0 (GyXlsxSum, iv.n_mc);
  last_col = IV_COL (iv.n_mc - 1);

  gy_xlsx_page_setup (w, iv.ws, &page);
  gy_xlsx_column (w, iv.ws, IV_SECTOR, IV_SECTOR, 12);
  gy_xlsx_column (w, iv.ws, IV_NUMBER, IV_NUMBER, 8);
  gy_xlsx_column (w, iv.ws, IV_TITLE, IV_TITLE, IV_TITLE_WIDTH);
  gy_xlsx_column (w, iv.ws, IV_SOURCE, IV_SOURCE, 9);
  gy_xlsx_column (w, iv.ws, IV_COL (0), last_col - 1, 11);
  gy_xlsx_column (w, iv.ws, last_col, last_col, 13);  /* "2022 하반기 이후" */
  sheet_top (w, iv.ws, "공약사업 투자계획", "(단위: 백만원)", last_col);
  investment_header (&iv);

  first_body = row = FIRST_BODY + 1 + iv.n_sources;
  for (guint g = 0; g < groups->len; g++)
    {
      const GyXlsxGroup *group = g_ptr_array_index (groups, g);
      lxw_row_t subtotal = row++;

      for (guint mc = 0; mc < iv.n_mc; mc++)
        group_sum[mc] = (GyXlsxSum) { 0, FALSE };
      for (guint i = 0; i < group->cards->len; i++)
        {
          investment_pledge (&iv, row, g_ptr_array_index (group->cards, i), pledge_sum);
          add_sums (group_sum, pledge_sum, iv.n_mc);
          row += 1 + iv.n_sources;
        }
      investment_subtotal (&iv, subtotal, subtotal + 1, row - 1, group->sector, group_sum);
    }
  investment_total (&iv, first_body, row - 1);
  years_clear (&iv.years);
}

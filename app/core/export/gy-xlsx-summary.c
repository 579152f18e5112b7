/* gy-xlsx-summary.c — the two summary sheets: 총괄 (status) and 투자계획 (investment)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both render the workbook's summary: its groups, pledges, sums and counts are the cached
 * values, its term's fiscal columns the columns. Both are self-contained: pledge rows hold
 * numbers, and every total is a formula over cells of the same sheet, so a province can
 * copy the sheet into its own workbook. Totals over 분야 pick their rows with SUMIF on a
 * label column, which needs no list of rows and stays right when an officer inserts a
 * pledge.
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

/* The title names the body and the term: "김천시 민선8기 공약사업 투자계획". */
static void
sheet_top (GyXlsxWriter  *w,
           lxw_worksheet *ws,
           const char    *what,
           const char    *unit,
           lxw_col_t      last_col)
{
  g_autofree char *title = gy_xlsx_title (w, what);

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

/* The count columns: one per status, then 미지정 when some pledge has none, as the
 * report shows it. Column ST_FIRST_STATUS + K holds the summary's count slot K. */
static guint
n_count_columns (const GySummary *summary)
{
  return g_strv_length (summary->statuses) + (summary->has_unset ? 1 : 0);
}

static guint
status_slot (const GySummary *summary,
             const GyCard    *card)
{
  guint i;

  for (i = 0; summary->statuses[i] != NULL; i++)
    if (g_strcmp0 (summary->statuses[i], card->status) == 0)
      return i;
  return i;  /* 미지정 */
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
  for (lxw_col_t c = ST_FIRST_STATUS; c <= last_col; c++)
    gy_xlsx_text (w, ws, HEADER_BOTTOM, c, gy_summary_count_label (w->summary,
                                                                   c - ST_FIRST_STATUS),
                  GY_XF_HEAD);
  gy_xlsx_row_height (w, ws, HEADER_TOP, 20);
  gy_xlsx_row_height (w, ws, HEADER_BOTTOM, gy_xlsx_lines_height (2));
}

static void
status_pledge (GyXlsxWriter          *w,
               lxw_worksheet         *ws,
               lxw_row_t              row,
               const GySummaryPledge *pledge,
               lxw_col_t              last_col)
{
  const GyCard *card = pledge->card;
  guint slot = status_slot (w->summary, card);
  guint title_lines = gy_xlsx_count_lines (card->title, ST_TITLE_WIDTH);

  gy_xlsx_text (w, ws, row, ST_SECTOR, gy_summary_sector_label (card->sector),
                GY_XF_CELL_CENTER);
  gy_xlsx_text (w, ws, row, ST_NUMBER, card->number, GY_XF_CELL_CENTER);
  gy_xlsx_text (w, ws, row, ST_TITLE, card->title, GY_XF_CELL);
  gy_xlsx_text (w, ws, row, ST_DEPT, card->lead_dept, GY_XF_CELL_CENTER);
  gy_xlsx_text (w, ws, row, ST_STATUS, card->status, GY_XF_CELL_CENTER);
  if (card->has_progress)
    gy_xlsx_count (w, ws, row, ST_PROGRESS, card->progress,
                   card->progress == (double) (gint64) card->progress ? 0 : 1, GY_XLSX_ROW_PLAIN);
  else
    gy_xlsx_blank (w, ws, row, ST_PROGRESS, GY_XLSX_ROW_PLAIN);
  gy_xlsx_money (w, ws, row, ST_COST, gy_xlsx_sum_amount (pledge->total[GY_MONEY_COLUMN_TOTAL]),
                 GY_XLSX_ROW_PLAIN);
  gy_xlsx_count (w, ws, row, ST_COUNT, 1, 0, GY_XLSX_ROW_PLAIN);
  for (lxw_col_t c = ST_FIRST_STATUS; c <= last_col; c++)
    {
      if (c - ST_FIRST_STATUS == slot)
        gy_xlsx_count (w, ws, row, c, 1, 0, GY_XLSX_ROW_PLAIN);
      else
        gy_xlsx_blank (w, ws, row, c, GY_XLSX_ROW_PLAIN);
    }
  if (title_lines > 1)
    gy_xlsx_row_height (w, ws, row, gy_xlsx_lines_height (title_lines));
}

/* The figures of a 소계 or 합계 row: FUNC(range) for sums, the mean for progress; the
 * cached values are the summary's COUNTS and COST. */
static void
status_totals (GyXlsxWriter          *w,
               lxw_worksheet         *ws,
               lxw_row_t              row,
               GyXlsxRowKind          kind,
               lxw_row_t              first,
               lxw_row_t              last,
               const GySummaryCounts *counts,
               GySum                  cost,
               lxw_col_t              last_col)
{
  gboolean grand = kind == GY_XLSX_ROW_TOTAL;
  double mean;
  char formula[256];
  CellName col;

  col_name (col, ST_PROGRESS);
  if (grand)
    g_snprintf (formula, sizeof formula,
                "=IFERROR(ROUND(AVERAGEIF($B$%u:$B$%u,\"<>소계\",%s%u:%s%u),1),\"\")",
                first + 1, last + 1, col, first + 1, col, last + 1);
  else
    g_snprintf (formula, sizeof formula, "=IFERROR(ROUND(AVERAGE(%s%u:%s%u),1),\"\")",
                col, first + 1, col, last + 1);
  if (gy_summary_counts_mean (counts, &mean))
    gy_xlsx_formula_number (w, ws, row, ST_PROGRESS, formula, mean, 1, kind);
  else
    gy_xlsx_formula_blank (w, ws, row, ST_PROGRESS, formula, kind);

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
      else if (c == ST_COUNT)
        gy_xlsx_formula_number (w, ws, row, c, formula, counts->n_pledges, 0, kind);
      else
        gy_xlsx_formula_number (w, ws, row, c, formula, counts->by_status[c - ST_FIRST_STATUS],
                                0, kind);
    }
}

void
gy_xlsx_write_status (GyXlsxWriter *w)
{
  const GySummary *summary = w->summary;
  GyXlsxPage page = { TRUE, HEADER_TOP, HEADER_BOTTOM, FIRST_BODY };
  lxw_col_t last_col = ST_COUNT + n_count_columns (summary);
  lxw_worksheet *ws = gy_xlsx_add_sheet (w, "총괄");
  lxw_row_t row = FIRST_BODY + 1;

  if (ws == NULL)
    return;
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

  for (guint g = 0; g < summary->groups->len; g++)
    {
      const GySummaryGroup *group = g_ptr_array_index (summary->groups, g);
      lxw_row_t subtotal = row++;

      gy_xlsx_text (w, ws, subtotal, ST_SECTOR, group->label, GY_XF_SUBTOTAL_LABEL);
      gy_xlsx_merge (w, ws, subtotal, ST_NUMBER, subtotal, ST_STATUS, "소계",
                     GY_XF_SUBTOTAL_LABEL);
      for (guint i = 0; i < group->pledges->len; i++)
        status_pledge (w, ws, row++, g_ptr_array_index (group->pledges, i), last_col);
      status_totals (w, ws, subtotal, GY_XLSX_ROW_SUBTOTAL, subtotal + 1, row - 1,
                     &group->counts, group->total[GY_MONEY_COLUMN_TOTAL], last_col);
    }

  gy_xlsx_merge (w, ws, FIRST_BODY, ST_SECTOR, FIRST_BODY, ST_STATUS, "합계",
                 GY_XF_TOTAL_LABEL);
  status_totals (w, ws, FIRST_BODY, GY_XLSX_ROW_TOTAL, FIRST_BODY + 1, row - 1,
                 &summary->counts, summary->total[GY_MONEY_COLUMN_TOTAL], last_col);
}

/* ── 투자계획 ─────────────────────────────────────────────────────────────────── */

enum { IV_SECTOR, IV_NUMBER, IV_TITLE, IV_SOURCE, IV_MONEY };

/* The sheet column of money column MC (gy-money-column.h). */
#define IV_COL(mc) ((lxw_col_t) (IV_MONEY + (mc)))

typedef struct {
  GyXlsxWriter    *w;
  lxw_worksheet   *ws;
  const GySummary *summary;
  guint            n_mc;       /* the term's money columns */
  guint            last_year;  /* its last fiscal column */
  guint            n_sources;
} Investment;

/* A source row: inputs as numbers, 소계 and 총사업비 as formulas over them. SUMS are the
 * summary's figures of the row, [column]. */
static void
investment_source (Investment  *iv,
                   lxw_row_t    r,
                   const char  *source,
                   const GySum *sums)
{
  GyXlsxWriter *w = iv->w;
  lxw_worksheet *ws = iv->ws;
  CellName first_year, last_year, before, sub, after;
  char formula[128];

  gy_xlsx_text (w, ws, r, IV_SOURCE, source, GY_XF_CELL_CENTER);
  for (guint mc = GY_MONEY_COLUMN_BEFORE; mc < iv->n_mc; mc++)
    if (mc != GY_MONEY_COLUMN_SUBTOTAL)
      gy_xlsx_money (w, ws, r, IV_COL (mc), gy_xlsx_sum_amount (sums[mc]), GY_XLSX_ROW_PLAIN);

  lxw_rowcol_to_cell (first_year, r, IV_COL (GY_MONEY_COLUMN_FIRST_YEAR));
  lxw_rowcol_to_cell (last_year, r, IV_COL (iv->last_year));
  g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first_year, last_year);
  gy_xlsx_formula_money (w, ws, r, IV_COL (GY_MONEY_COLUMN_SUBTOTAL), formula,
                         sums[GY_MONEY_COLUMN_SUBTOTAL], GY_XLSX_ROW_PLAIN);

  lxw_rowcol_to_cell (before, r, IV_COL (GY_MONEY_COLUMN_BEFORE));
  lxw_rowcol_to_cell (sub, r, IV_COL (GY_MONEY_COLUMN_SUBTOTAL));
  lxw_rowcol_to_cell (after, r, IV_COL (iv->n_mc - 1));
  g_snprintf (formula, sizeof formula, "=%s+%s+%s", before, sub, after);
  gy_xlsx_row_total (w, ws, r, IV_COL (GY_MONEY_COLUMN_TOTAL), formula, sums, iv->n_mc);
}

/* One pledge: its 계 row, then a row per source of the summary. */
static void
investment_pledge (Investment            *iv,
                   lxw_row_t              top,
                   const GySummaryPledge *pledge)
{
  GyXlsxWriter *w = iv->w;
  lxw_worksheet *ws = iv->ws;
  const GyCard *card = pledge->card;
  lxw_row_t bottom = top + iv->n_sources;
  guint title_lines = gy_xlsx_count_lines (card->title, IV_TITLE_WIDTH);
  CellName col;
  char formula[128];

  gy_xlsx_merge (w, ws, top, IV_SECTOR, bottom, IV_SECTOR,
                 gy_summary_sector_label (card->sector), GY_XF_CELL_CENTER);
  gy_xlsx_merge (w, ws, top, IV_NUMBER, bottom, IV_NUMBER, card->number, GY_XF_CELL_CENTER);
  gy_xlsx_merge (w, ws, top, IV_TITLE, bottom, IV_TITLE, card->title, GY_XF_CELL);
  gy_xlsx_text (w, ws, top, IV_SOURCE, "계", GY_XF_SUBTOTAL_LABEL);

  for (guint s = 0; s < iv->n_sources; s++)
    investment_source (iv, top + 1 + s, iv->summary->sources[s],
                       &pledge->sources[s * iv->n_mc]);

  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      /* a card with only a 계 row: its figures are inputs, there is nothing to add up */
      if (card->money->len == 0)
        {
          gy_xlsx_money (w, ws, top, IV_COL (mc), gy_xlsx_sum_amount (pledge->total[mc]),
                         GY_XLSX_ROW_SUBTOTAL);
          continue;
        }
      col_name (col, IV_COL (mc));
      g_snprintf (formula, sizeof formula, "=SUM(%s%u:%s%u)", col, top + 2, col, bottom + 1);
      gy_xlsx_formula_money (w, ws, top, IV_COL (mc), formula, pledge->total[mc],
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
  const GyTerm *term = iv->summary->term;
  static const char *const labels[] = {
    [IV_SECTOR] = "분야", [IV_NUMBER] = "번호", [IV_TITLE] = "공약명", [IV_SOURCE] = "재원",
  };

  for (lxw_col_t c = 0; c < IV_MONEY; c++)
    gy_xlsx_merge (w, ws, HEADER_TOP, c, HEADER_BOTTOM, c, labels[c], GY_XF_HEAD);
  gy_xlsx_merge (w, ws, HEADER_TOP, IV_COL (GY_MONEY_COLUMN_SUBTOTAL), HEADER_TOP,
                 IV_COL (iv->last_year), "임기내 투자계획(B)", GY_XF_HEAD);
  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      g_autofree char *label = gy_xlsx_money_header (term, mc);
      GyMoneyColumnKind kind = gy_money_column_kind (term, mc);

      if (kind == GY_MONEY_COLUMN_SUBTOTAL || kind == GY_MONEY_COLUMN_YEAR)
        gy_xlsx_text (w, ws, HEADER_BOTTOM, IV_COL (mc), label, GY_XF_HEAD);
      else
        gy_xlsx_merge (w, ws, HEADER_TOP, IV_COL (mc), HEADER_BOTTOM, IV_COL (mc), label,
                       GY_XF_HEAD);
    }
  gy_xlsx_row_height (w, ws, HEADER_TOP, 20);
  gy_xlsx_row_height (w, ws, HEADER_BOTTOM, gy_xlsx_lines_height (2));
}

/* 소계 of a 분야: its pledges' 계 rows, picked by the label in the 재원 column. */
static void
investment_subtotal (Investment           *iv,
                     lxw_row_t             row,
                     lxw_row_t             first,
                     lxw_row_t             last,
                     const GySummaryGroup *group)
{
  CellName col;
  char formula[160];

  gy_xlsx_text (iv->w, iv->ws, row, IV_SECTOR, group->label, GY_XF_SUBTOTAL_LABEL);
  gy_xlsx_merge (iv->w, iv->ws, row, IV_NUMBER, row, IV_SOURCE, "소계", GY_XF_SUBTOTAL_LABEL);
  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      col_name (col, IV_COL (mc));
      g_snprintf (formula, sizeof formula, "=SUMIF($D$%u:$D$%u,\"계\",%s$%u:%s$%u)",
                  first + 1, last + 1, col, first + 1, col, last + 1);
      gy_xlsx_formula_money (iv->w, iv->ws, row, IV_COL (mc), formula, group->total[mc],
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
  const GySummary *summary = iv->summary;
  CellName col;
  char formula[256];

  gy_xlsx_merge (w, ws, FIRST_BODY, IV_SECTOR, FIRST_BODY + iv->n_sources, IV_TITLE, "합계",
                 GY_XF_TOTAL_LABEL);
  gy_xlsx_text (w, ws, FIRST_BODY, IV_SOURCE, "계", GY_XF_TOTAL_LABEL);
  for (guint s = 0; s < iv->n_sources; s++)
    {
      const char *source = summary->sources[s];
      g_autofree char *quoted = gy_xlsx_formula_quote (source);
      lxw_row_t r = FIRST_BODY + 1 + s;

      gy_xlsx_text (w, ws, r, IV_SOURCE, source, GY_XF_TOTAL_LABEL);
      for (guint mc = 0; mc < iv->n_mc; mc++)
        {
          col_name (col, IV_COL (mc));
          g_snprintf (formula, sizeof formula, "=SUMIF($D$%u:$D$%u,%s,%s$%u:%s$%u)",
                      first + 1, last + 1, quoted, col, first + 1, col, last + 1);
          gy_xlsx_formula_money (w, ws, r, IV_COL (mc), formula,
                                 summary->sources_total[s * iv->n_mc + mc], GY_XLSX_ROW_TOTAL);
        }
    }
  for (guint mc = 0; mc < iv->n_mc; mc++)
    {
      col_name (col, IV_COL (mc));
      g_snprintf (formula, sizeof formula, "=SUM(%s%u:%s%u)", col, FIRST_BODY + 2, col,
                  FIRST_BODY + 1 + iv->n_sources);
      gy_xlsx_formula_money (w, ws, FIRST_BODY, IV_COL (mc), formula, summary->total[mc],
                             GY_XLSX_ROW_TOTAL);
    }
}

void
gy_xlsx_write_investment (GyXlsxWriter *w)
{
  const GySummary *summary = w->summary;
  GyXlsxPage page = { TRUE, HEADER_TOP, HEADER_BOTTOM, FIRST_BODY };
  Investment iv = { w, NULL, summary, summary->n_columns, 0, gy_summary_n_sources (summary) };
  lxw_row_t row, first_body;
  lxw_col_t last_col;

  /* a term has at least one fiscal column; a summary without a term has no pledge */
  g_return_if_fail (summary->term != NULL && gy_term_n_columns (summary->term) > 0);
  iv.ws = gy_xlsx_add_sheet (w, "투자계획");
  if (iv.ws == NULL)
    return;
  iv.last_year = gy_money_column_after (summary->term) - 1;
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
  for (guint g = 0; g < summary->groups->len; g++)
    {
      const GySummaryGroup *group = g_ptr_array_index (summary->groups, g);
      lxw_row_t subtotal = row++;

      for (guint i = 0; i < group->pledges->len; i++)
        {
          investment_pledge (&iv, row, g_ptr_array_index (group->pledges, i));
          row += 1 + iv.n_sources;
        }
      investment_subtotal (&iv, subtotal, subtotal + 1, row - 1, group);
    }
  investment_total (&iv, first_body, row - 1);
}

/* gy-report-money.c — the money columns of the card's table and of the 투자계획 summary
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roll-ups are computed here again, from the cards, the way the workbook's 총괄 and
 * 투자계획 sheets compute their cached values (gy-xlsx-summary.c): the workbook's code is
 * woven with its formulas, and the sums are a few lines. A blank cell stays blank in print
 * unless some figure under it was written, as on the paper card.
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include <string.h>

#include "gy-report-private.h"

/* Short names for the columns, in this file only. */
#define MC_TOTAL      GY_REPORT_MC_TOTAL
#define MC_BEFORE     GY_REPORT_MC_BEFORE
#define MC_SUB        GY_REPORT_MC_SUB
#define MC_FIRST_YEAR GY_REPORT_MC_FIRST_YEAR
#define MC_AFTER(n)   GY_REPORT_MC_AFTER (n)
#define N_MC(n)       GY_REPORT_N_MC (n)

const char *
gy_report_sector_label (const char *sector)
{
  return sector != NULL && *sector != '\0' ? sector : "분야 미지정";
}

static void
sum_add (GyReportSum *sum,
         gint64       amount)
{
  if (amount == GY_MONEY_ABSENT)
    return;
  sum->value += amount;
  sum->shown = TRUE;
}

void
gy_report_sums_add (GyReportSum       *into,
                    const GyReportSum *from,
                    guint              n)
{
  for (guint i = 0; i < n; i++)
    {
      into[i].value += from[i].value;
      into[i].shown |= from[i].shown;
    }
}

/* One source row of a card, its years placed in the report's columns (COLUMN_OF maps the
 * card's fiscal columns to the report's; -1 adds to 임기후). */
static void
row_sums (const GyMoneyRow *row,
          guint             card_years,
          const int        *column_of,
          guint             n_years,
          GyReportSum      *out)
{
  GyReportSum *after = &out[MC_AFTER (n_years)];

  memset (out, 0, N_MC (n_years) * sizeof (GyReportSum));
  for (guint y = 0; y < card_years; y++)
    {
      int c = column_of[y];

      sum_add (c >= 0 ? &out[MC_FIRST_YEAR + c] : after, row->years[y]);
      sum_add (c >= 0 ? &out[MC_SUB] : after, row->years[y]);
    }
  if (row->subtotal != GY_MONEY_ABSENT)
    out[MC_SUB].shown = TRUE;
  sum_add (&out[MC_BEFORE], row->before);
  sum_add (after, row->after);
  out[MC_TOTAL].value = out[MC_BEFORE].value + out[MC_SUB].value + after->value;
  out[MC_TOTAL].shown = row->total != GY_MONEY_ABSENT || out[MC_BEFORE].shown ||
                        out[MC_SUB].shown || after->shown;
}

/* Where each fiscal column of CARD goes among the report's; the same term maps as is. */
static int *
column_map (const GyTerm *report_term,
            const GyCard *card)
{
  guint n = gy_card_n_years (card);
  int *map = g_new (int, MAX (n, 1));

  for (guint y = 0; y < n; y++)
    {
      if (card->term == report_term || report_term == NULL)
        map[y] = (int) y;
      else
        map[y] = gy_term_find_key (report_term, gy_term_column (card->term, y)->key);
    }
  return map;
}

/* The card's source rows (n_rows × N_MC, returned) and its 계 row (into TOTAL). */
GyReportSum *
gy_report_card_sums (GyReport     *report,
                     const GyCard *card,
                     guint         n_years,
                     GyReportSum  *total)
{
  g_autofree int *map = column_map (report->term, card);
  GyReportSum *rows = g_new0 (GyReportSum, (gsize) MAX (card->money->len, 1) * N_MC (n_years));

  memset (total, 0, N_MC (n_years) * sizeof (GyReportSum));
  for (guint r = 0; r < card->money->len; r++)
    {
      row_sums (g_ptr_array_index (card->money, r), gy_card_n_years (card), map, n_years,
                rows + r * N_MC (n_years));
      gy_report_sums_add (total, rows + r * N_MC (n_years), N_MC (n_years));
    }
  return rows;
}

static char *
format_sum (const GyReportSum *sum)
{
  return sum->shown ? gy_money_format (sum->value) : g_strdup ("");
}

/* Cells for the money columns, from column FIRST of the table. */
void
gy_report_money_cells (GyReport          *report,
                       GyReportCell      *cells,
                       guint              first,
                       const GyReportSum *sums,
                       guint              n_mc,
                       guint8             flags)
{
  for (guint i = 0; i < n_mc; i++)
    {
      g_autofree char *text = format_sum (&sums[i]);

      cells[i] = (GyReportCell) { first + i, 1, 1, gy_report_intern (report, text), flags,
                                  PANGO_ALIGN_RIGHT };
    }
}

/* The two-row header of the money columns, from column FIRST. */
void
gy_report_money_header (GyReport      *report,
                        GyReportTable *table,
                        const GyTerm  *term,
                        guint          first)
{
  guint n = term != NULL ? gy_term_n_columns (term) : 0;
  g_autofree char *after = term != NULL ? gy_term_after_label (term) : g_strdup ("임기후");
  g_autofree char *after_label = g_strdup_printf ("%s (C)", after);

  gy_report_table_header (table, 0, first + MC_TOTAL, 1, 2, "총사업비 (A+B+C)");
  gy_report_table_header (table, 0, first + MC_BEFORE, 1, 2, "기투자 (A)");
  gy_report_table_header (table, 0, first + MC_SUB, n + 1, 1, "임기내 투자계획 (B)");
  gy_report_table_header (table, 1, first + MC_SUB, 1, 1, "소계");
  for (guint y = 0; y < n; y++)
    gy_report_table_header (table, 1, first + MC_FIRST_YEAR + y, 1, 1,
                            gy_term_column (term, y)->label);
  gy_report_table_header (table, 0, first + MC_AFTER (n), 1, 2,
                          gy_report_intern (report, after_label));
}

/* gy-report-money.c — the money columns of the card's table and of the 투자계획 summary
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only printing: the amounts are the summary's (gy-summary.h), the columns and their
 * headings the term's (gy-money-column.h). A blank cell stays blank in print unless some
 * figure under it was written, as on the paper card.
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include "gy-report-private.h"

/* Cells for the summary's money columns, from column FIRST of the table. */
void
gy_report_money_cells (GyReport     *report,
                       GyReportCell *cells,
                       guint         first,
                       const GySum  *sums,
                       guint8        flags)
{
  for (guint i = 0; i < report->summary->n_columns; i++)
    {
      g_autofree char *text = sums[i].shown ? gy_money_format (sums[i].value) : g_strdup ("");

      cells[i] = (GyReportCell) { first + i, 1, 1, gy_report_intern (report, text), flags,
                                  PANGO_ALIGN_RIGHT };
    }
}

/* The two-row header of the money columns, from column FIRST: (B)'s 소계 and fiscal columns
 * under one heading, the others two rows high. */
void
gy_report_money_header (GyReport      *report,
                        GyReportTable *table,
                        guint          first)
{
  const GyTerm *term = report->term;
  guint n = report->summary->n_columns;

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *label = gy_money_column_label (term, c);
      GyMoneyColumnKind kind = gy_money_column_kind (term, c);

      if (kind == GY_MONEY_COLUMN_SUBTOTAL)
        gy_report_table_header (table, 0, first + c, gy_money_column_after (term) - c, 1,
                                "임기내 투자계획 (B)");
      gy_report_table_header (table, kind == GY_MONEY_COLUMN_SUBTOTAL ||
                                     kind == GY_MONEY_COLUMN_YEAR ? 1 : 0,
                              first + c, 1,
                              kind == GY_MONEY_COLUMN_SUBTOTAL ||
                              kind == GY_MONEY_COLUMN_YEAR ? 1 : 2,
                              gy_report_intern (report, label));
    }
}

/* Whether some source row of PLEDGE's card names SOURCE: the summary keeps a row per
 * source of the body, the report prints those the card has. */
gboolean
gy_report_pledge_has_source (const GySummaryPledge *pledge,
                             const char            *source)
{
  for (guint r = 0; r < pledge->card->money->len; r++)
    if (g_strcmp0 (((const GyMoneyRow *) g_ptr_array_index (pledge->card->money, r))->source,
                   source) == 0)
      return TRUE;
  return FALSE;
}

/* gy-report-summary.c — the two summaries: Ⅰ 총괄 (status) and Ⅱ 투자계획 (investment)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per 분야 in the body's order (those without one last) under the same headings as
 * the workbook's sheets; each summary with its chart, drawn by gy_chart_render().
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include <string.h>

#include "gy-report-private.h"

#define N_MC(n) GY_REPORT_N_MC (n)

/* in points */
#define SUMMARY_CHART_HEIGHT 230.0

/* ── 총괄 ─────────────────────────────────────────────────────────────────────── */

void
gy_report_add_status (GyReportFlow *flow)
{
  GyReport *report = flow->report;
  guint n_statuses = g_strv_length (report->statuses);
  gboolean any_unset = FALSE;
  guint n_counts, n_cols;
  g_autofree double *widths = NULL;
  g_autoptr(GyReportTable) table = NULL;
  g_autofree GyReportCell *cells = NULL;
  g_autofree guint *all_counts = NULL;
  gint64 all_tenths = 0;
  guint all_n = 0, all_with = 0;
  GyChartData *chart;

  /* pledges without a status get a column of their own, so that the columns add up */
  for (guint i = 0; i < report->cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (report->cards, i);

      any_unset |= card->status == NULL || *card->status == '\0';
    }
  n_counts = n_statuses + (any_unset ? 1 : 0);
  n_cols = n_counts + 3;
  widths = g_new (double, n_cols);
  cells = g_new0 (GyReportCell, n_cols);
  all_counts = g_new0 (guint, n_counts);

  gy_report_flow_new_page (flow);
  gy_report_flow_paragraph (flow, "Ⅰ. 공약 추진상황 총괄", GY_REPORT_SIZE_TITLE, TRUE, 0, 0,
                            PANGO_ALIGN_LEFT);
  gy_report_flow_space (flow, 8);
  gy_report_flow_note (flow, report->as_of_text, "(단위: 건, %)");

  widths[0] = 2.2;
  widths[1] = 0.9;
  for (guint s = 0; s < n_counts; s++)
    widths[2 + s] = 1.0;
  widths[n_cols - 1] = 1.1;
  table = gy_report_table_new (flow, widths, n_cols, GY_REPORT_SIZE_TABLE);
  gy_report_table_header (table, 0, 0, 1, 2, "분야");
  gy_report_table_header (table, 0, 1, 1, 2, "공약 수");
  if (n_counts > 0)
    gy_report_table_header (table, 0, 2, n_counts, 1, "이행상태");
  for (guint s = 0; s < n_statuses; s++)
    gy_report_table_header (table, 1, 2 + s, 1, 1, report->statuses[s]);
  if (any_unset)
    gy_report_table_header (table, 1, 2 + n_statuses, 1, 1, "미지정");
  gy_report_table_header (table, 0, n_cols - 1, 1, 2, "평균 진도율");
  gy_report_table_begin (flow, table);

  /* one row per 분야 in the body's order, those without one last, then 합계 */
  for (guint g = 0; g <= g_strv_length (report->sectors) + 1; g++)
    {
      gboolean grand = g == g_strv_length (report->sectors) + 1;
      const char *sector = g < g_strv_length (report->sectors) ? report->sectors[g] : NULL;
      g_autofree guint *counts = g_new0 (guint, n_counts);
      gint64 tenths = 0;
      guint n = 0, with = 0;
      g_autofree char *count_text = NULL;
      g_autofree char *mean_text = NULL;
      guint8 flags = grand ? GY_REPORT_BOLD | GY_REPORT_SHADED | GY_REPORT_STRONG : 0;

      for (guint i = 0; !grand && i < report->cards->len; i++)
        {
          const GyCard *card = g_ptr_array_index (report->cards, i);
          gboolean none = card->sector == NULL || *card->sector == '\0';

          if (sector == NULL ? !none : g_strcmp0 (card->sector, sector) != 0)
            continue;
          n++;
          if (card->status == NULL || *card->status == '\0')
            counts[n_statuses]++;
          for (guint s = 0; s < n_statuses; s++)
            if (g_strcmp0 (card->status, report->statuses[s]) == 0)
              counts[s]++;
          if (card->has_progress)
            {
              tenths += (gint64) (card->progress * 10 + 0.5);
              with++;
            }
        }
      if (grand)
        {
          n = all_n;
          with = all_with;
          tenths = all_tenths;
          memcpy (counts, all_counts, n_counts * sizeof (guint));
        }
      else if (n == 0)
        continue;
      else
        {
          all_n += n;
          all_with += with;
          all_tenths += tenths;
          for (guint s = 0; s < n_counts; s++)
            all_counts[s] += counts[s];
        }

      count_text = g_strdup_printf ("%u", n);
      if (with > 0)
        {
          /* the plain mean, rounded half up to a tenth as the published roll-ups do */
          gint64 mean = (2 * tenths + with) / (2 * (gint64) with);
          mean_text = g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                                       mean / 10, mean % 10);
        }
      cells[0] = (GyReportCell) { 0, 1, 1, grand ? "합계" : gy_report_sector_label (sector),
                                  flags, grand ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT };
      cells[1] = (GyReportCell) { 1, 1, 1, gy_report_intern (report, count_text), flags,
                                  PANGO_ALIGN_RIGHT };
      for (guint s = 0; s < n_counts; s++)
        {
          g_autofree char *text = counts[s] > 0 ? g_strdup_printf ("%u", counts[s])
                                                : g_strdup ("-");

          cells[2 + s] = (GyReportCell) { 2 + s, 1, 1, gy_report_intern (report, text), flags,
                                          PANGO_ALIGN_RIGHT };
        }
      cells[n_cols - 1] = (GyReportCell) { n_cols - 1, 1, 1,
                                           gy_report_intern (report, mean_text != NULL
                                                             ? mean_text : "-"),
                                           flags, PANGO_ALIGN_RIGHT };
      gy_report_table_row (flow, table, cells, n_cols);
    }

  chart = gy_chart_data_new_for_pledges (report->summaries, GY_CHART_BODY_STATUSES,
                                         (const char * const *) report->statuses);
  g_ptr_array_add (report->charts, chart);
  gy_report_flow_space (flow, 14);
  gy_report_flow_need (flow, SUMMARY_CHART_HEIGHT);
  gy_report_page_add (flow->page, GY_REPORT_BOX_CHART, flow->left, flow->y,
                      flow->right - flow->left, SUMMARY_CHART_HEIGHT)->data = chart;
  flow->y += SUMMARY_CHART_HEIGHT;
}

/* ── 투자계획 ─────────────────────────────────────────────────────────────────── */

static GyReportTable *
investment_table (GyReportFlow *flow,
                  guint         n_years)
{
  guint n_cols = 2 + N_MC (n_years);
  g_autofree double *widths = g_new (double, n_cols);
  GyReportTable *table;

  widths[0] = 3.0;
  widths[1] = 1.0;
  for (guint c = 2; c < n_cols; c++)
    widths[c] = 1.15;
  table = gy_report_table_new (flow, widths, n_cols, GY_REPORT_SIZE_SMALL);
  gy_report_table_header (table, 0, 0, 1, 2, "구분");
  gy_report_table_header (table, 0, 1, 1, 2, "재원");
  gy_report_money_header (flow->report, table, flow->report->term, 2);
  return table;
}

static void
investment_row (GyReportFlow      *flow,
                GyReportTable     *table,
                const char        *label,
                const char        *source,
                const GyReportSum *sums,
                guint              n_years,
                guint8             flags)
{
  guint n_cols = 2 + N_MC (n_years);
  g_autofree GyReportCell *cells = g_new0 (GyReportCell, n_cols);

  cells[0] = (GyReportCell) { 0, 1, 1, gy_report_intern (flow->report, label), flags,
                              PANGO_ALIGN_LEFT };
  cells[1] = (GyReportCell) { 1, 1, 1, gy_report_intern (flow->report, source), flags,
                              PANGO_ALIGN_CENTER };
  gy_report_money_cells (flow->report, cells + 2, 2, sums, N_MC (n_years), flags);
  gy_report_table_row (flow, table, cells, n_cols);
}

void
gy_report_add_investment (GyReportFlow *flow)
{
  GyReport *report = flow->report;
  guint n_years = report->term != NULL ? gy_term_n_columns (report->term) : 0;
  guint n_sectors = g_strv_length (report->sectors);
  g_autoptr(GyReportTable) table = NULL;
  g_autofree GyReportSum *grand = g_new0 (GyReportSum, N_MC (n_years));
  g_autofree GyReportSum *total = g_new0 (GyReportSum, N_MC (n_years));
  GyChartData *chart;

  gy_report_flow_new_page (flow);
  gy_report_flow_paragraph (flow, "Ⅱ. 공약 투자계획 총괄", GY_REPORT_SIZE_TITLE, TRUE, 0, 0,
                            PANGO_ALIGN_LEFT);
  gy_report_flow_space (flow, 8);

  /* the sector chart first: the table may run over many pages */
  chart = gy_chart_data_new_for_pledges (report->summaries, GY_CHART_BODY_SECTORS,
                                         (const char * const *) report->sectors);
  g_ptr_array_add (report->charts, chart);
  gy_report_page_add (flow->page, GY_REPORT_BOX_CHART, flow->left, flow->y,
                      flow->right - flow->left, SUMMARY_CHART_HEIGHT)->data = chart;
  flow->y += SUMMARY_CHART_HEIGHT;
  gy_report_flow_space (flow, 14);

  gy_report_flow_note (flow, report->as_of_text, "(단위: 백만원)");
  table = investment_table (flow, n_years);
  gy_report_table_begin (flow, table);

  for (guint i = 0; i < report->cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (report->cards, i);
      g_autofree GyReportSum *rows = gy_report_card_sums (report, card, n_years, total);

      gy_report_sums_add (grand, total, N_MC (n_years));
    }
  investment_row (flow, table, "합계", "", grand, n_years,
                  GY_REPORT_BOLD | GY_REPORT_SHADED | GY_REPORT_STRONG);

  for (guint g = 0; g <= n_sectors; g++)
    {
      const char *sector = g < n_sectors ? report->sectors[g] : NULL;
      g_autofree GyReportSum *subtotal = g_new0 (GyReportSum, N_MC (n_years));
      g_autoptr(GPtrArray) members = g_ptr_array_new ();

      for (guint i = 0; i < report->cards->len; i++)
        {
          const GyCard *card = g_ptr_array_index (report->cards, i);
          gboolean none = card->sector == NULL || *card->sector == '\0';

          if (sector == NULL ? none : g_strcmp0 (card->sector, sector) == 0)
            g_ptr_array_add (members, (gpointer) card);
        }
      if (members->len == 0)
        continue;
      for (guint i = 0; i < members->len; i++)
        {
          g_autofree GyReportSum *rows =
            gy_report_card_sums (report, g_ptr_array_index (members, i), n_years, total);

          gy_report_sums_add (subtotal, total, N_MC (n_years));
        }
      investment_row (flow, table, gy_report_sector_label (sector), "소계", subtotal, n_years,
                      GY_REPORT_BOLD | GY_REPORT_SHADED);

      for (guint i = 0; i < members->len; i++)
        {
          const GyCard *card = g_ptr_array_index (members, i);
          g_autofree GyReportSum *rows = gy_report_card_sums (report, card, n_years, total);
          g_autofree char *label = g_strdup_printf ("%s %s", card->number != NULL
                                                    ? card->number : "",
                                                    card->title != NULL ? card->title : "");

          investment_row (flow, table, g_strstrip (label), "계", total, n_years, GY_REPORT_BOLD);
          for (guint r = 0; r < card->money->len; r++)
            investment_row (flow, table, "",
                            ((GyMoneyRow *) g_ptr_array_index (card->money, r))->source,
                            rows + r * N_MC (n_years), n_years, 0);
        }
    }
}

/* gy-report-summary.c — the two summaries: Ⅰ 총괄 (status) and Ⅱ 투자계획 (investment)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per 분야 of the summary (the body's order, those without one last) under the same
 * headings as the workbook's sheets; each with its chart, drawn by gy_chart_render(). Both
 * tables and charts print the summary's own figures: nothing is counted or summed here, so a
 * chart shows the numbers of the table beside it.
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include "gy-chart-summary.h"
#include "gy-report-private.h"

/* in points */
#define SUMMARY_CHART_HEIGHT 230.0

/* The summary's chart of KIND across the body area. */
static void
add_chart (GyReportFlow *flow,
           GyChartKind   kind)
{
  GyChartData *chart = gy_chart_data_new_for_summary (flow->report->summary, kind);

  g_ptr_array_add (flow->report->charts, chart);
  gy_report_flow_need (flow, SUMMARY_CHART_HEIGHT);
  gy_report_page_add (flow->page, GY_REPORT_BOX_CHART, flow->left, flow->y,
                      flow->right - flow->left, SUMMARY_CHART_HEIGHT)->data = chart;
  flow->y += SUMMARY_CHART_HEIGHT;
}

/* ── 총괄 ─────────────────────────────────────────────────────────────────────── */

/* N_COUNTS: the statuses, then 미지정 when some pledge has none (the summary's last slot). */
static void
status_row (GyReportFlow          *flow,
            GyReportTable         *table,
            const char            *label,
            const GySummaryCounts *counts,
            guint                  n_counts,
            guint8                 flags)
{
  GyReport *report = flow->report;
  guint n_cols = n_counts + 3;
  g_autofree GyReportCell *cells = g_new0 (GyReportCell, n_cols);
  g_autofree char *count_text = g_strdup_printf ("%u", counts->n_pledges);
  g_autofree char *mean_text = NULL;
  double mean;

  if (gy_summary_counts_mean (counts, &mean))
    mean_text = g_strdup_printf ("%.1f", mean);
  cells[0] = (GyReportCell) { 0, 1, 1, gy_report_intern (report, label), flags,
                              (flags & GY_REPORT_STRONG) ? PANGO_ALIGN_CENTER
                                                         : PANGO_ALIGN_LEFT };
  cells[1] = (GyReportCell) { 1, 1, 1, gy_report_intern (report, count_text), flags,
                              PANGO_ALIGN_RIGHT };
  for (guint s = 0; s < n_counts; s++)
    {
      g_autofree char *text = counts->by_status[s] > 0
                              ? g_strdup_printf ("%u", counts->by_status[s]) : g_strdup ("-");

      cells[2 + s] = (GyReportCell) { 2 + s, 1, 1, gy_report_intern (report, text), flags,
                                      PANGO_ALIGN_RIGHT };
    }
  cells[n_cols - 1] = (GyReportCell) { n_cols - 1, 1, 1,
                                       gy_report_intern (report, mean_text != NULL
                                                         ? mean_text : "-"),
                                       flags, PANGO_ALIGN_RIGHT };
  gy_report_table_row (flow, table, cells, n_cols);
}

void
gy_report_add_status (GyReportFlow *flow)
{
  GyReport *report = flow->report;
  const GySummary *summary = report->summary;
  guint n_statuses = g_strv_length (summary->statuses);
  /* pledges without a status get a column of their own, so that the columns add up */
  guint n_counts = n_statuses + (summary->has_unset ? 1 : 0);
  guint n_cols = n_counts + 3;
  g_autofree double *widths = g_new (double, n_cols);
  g_autoptr(GyReportTable) table = NULL;

  gy_report_flow_new_page (flow);
  gy_report_flow_paragraph (flow, "Ⅰ. 공약 추진상황 총괄", GY_REPORT_SIZE_TITLE, TRUE, 0, 0,
                            PANGO_ALIGN_LEFT);
  gy_report_flow_space (flow, 8);
  gy_report_flow_note (flow, summary->as_of_text, "(단위: 건, %)");

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
  for (guint s = 0; s < n_counts; s++)
    gy_report_table_header (table, 1, 2 + s, 1, 1, gy_summary_count_label (summary, s));
  gy_report_table_header (table, 0, n_cols - 1, 1, 2, "평균 진도율");
  gy_report_table_begin (flow, table);

  for (guint g = 0; g < summary->groups->len; g++)
    {
      const GySummaryGroup *group = g_ptr_array_index (summary->groups, g);

      status_row (flow, table, group->label, &group->counts, n_counts, 0);
    }
  status_row (flow, table, "합계", &summary->counts, n_counts,
              GY_REPORT_BOLD | GY_REPORT_SHADED | GY_REPORT_STRONG);
  {
    g_autofree char *note = gy_summary_done_note (summary);

    gy_report_flow_space (flow, 4);
    gy_report_flow_paragraph (flow, note, GY_REPORT_SIZE_TABLE, FALSE, 0, 0, PANGO_ALIGN_RIGHT);
  }

  gy_report_flow_space (flow, 14);
  add_chart (flow, GY_CHART_BODY_STATUSES);
}

/* ── 투자계획 ─────────────────────────────────────────────────────────────────── */

static GyReportTable *
investment_table (GyReportFlow *flow)
{
  guint n_cols = 2 + flow->report->summary->n_columns;
  g_autofree double *widths = g_new (double, n_cols);
  GyReportTable *table;

  widths[0] = 3.0;
  widths[1] = 1.0;
  for (guint c = 2; c < n_cols; c++)
    widths[c] = 1.15;
  table = gy_report_table_new (flow, widths, n_cols, GY_REPORT_SIZE_SMALL);
  gy_report_table_header (table, 0, 0, 1, 2, "구분");
  gy_report_table_header (table, 0, 1, 1, 2, "재원");
  gy_report_money_header (flow->report, table, 2);
  return table;
}

static void
investment_row (GyReportFlow  *flow,
                GyReportTable *table,
                const char    *label,
                const char    *source,
                const GySum   *sums,
                guint8         flags)
{
  guint n_cols = 2 + flow->report->summary->n_columns;
  g_autofree GyReportCell *cells = g_new0 (GyReportCell, n_cols);

  cells[0] = (GyReportCell) { 0, 1, 1, gy_report_intern (flow->report, label), flags,
                              PANGO_ALIGN_LEFT };
  cells[1] = (GyReportCell) { 1, 1, 1, gy_report_intern (flow->report, source), flags,
                              PANGO_ALIGN_CENTER };
  gy_report_money_cells (flow->report, cells + 2, 2, sums, flags);
  gy_report_table_row (flow, table, cells, n_cols);
}

void
gy_report_add_investment (GyReportFlow *flow)
{
  GyReport *report = flow->report;
  const GySummary *summary = report->summary;
  guint n = summary->n_columns;
  g_autoptr(GyReportTable) table = NULL;

  gy_report_flow_new_page (flow);
  gy_report_flow_paragraph (flow, "Ⅱ. 공약 투자계획 총괄", GY_REPORT_SIZE_TITLE, TRUE, 0, 0,
                            PANGO_ALIGN_LEFT);
  gy_report_flow_space (flow, 8);

  /* the sector chart first: the table may run over many pages */
  add_chart (flow, GY_CHART_BODY_SECTORS);
  gy_report_flow_space (flow, 14);

  gy_report_flow_note (flow, summary->as_of_text, "(단위: 백만원)");
  table = investment_table (flow);
  gy_report_table_begin (flow, table);

  investment_row (flow, table, "합계", "", summary->total,
                  GY_REPORT_BOLD | GY_REPORT_SHADED | GY_REPORT_STRONG);
  for (guint g = 0; g < summary->groups->len; g++)
    {
      const GySummaryGroup *group = g_ptr_array_index (summary->groups, g);

      investment_row (flow, table, group->label, "소계", group->total,
                      GY_REPORT_BOLD | GY_REPORT_SHADED);
      for (guint i = 0; i < group->pledges->len; i++)
        {
          const GySummaryPledge *pledge = g_ptr_array_index (group->pledges, i);
          const GyCard *card = pledge->card;
          g_autofree char *label = g_strdup_printf ("%s %s", card->number != NULL
                                                    ? card->number : "",
                                                    card->title != NULL ? card->title : "");

          investment_row (flow, table, g_strstrip (label), "계", pledge->total, GY_REPORT_BOLD);
          for (guint s = 0; summary->sources[s] != NULL; s++)
            if (gy_report_pledge_has_source (pledge, summary->sources[s]))
              investment_row (flow, table, "", summary->sources[s], pledge->sources + s * n, 0);
        }
    }
}

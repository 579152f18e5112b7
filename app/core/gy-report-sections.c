/* gy-report-sections.c — what the report says: the two summaries and each pledge's card
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

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gy-report-private.h"

/* Chart heights in points. */
#define SUMMARY_CHART_HEIGHT 230.0
#define CARD_CHART_HEIGHT    200.0

typedef struct {
  gint64   value;   /* 천원 */
  gboolean shown;
} Sum;

/* The money columns: 총사업비, 기투자(A), 소계, the fiscal years, 임기후(C). */
enum { MC_TOTAL, MC_BEFORE, MC_SUB, MC_FIRST_YEAR };
#define MC_AFTER(n) (MC_FIRST_YEAR + (n))
#define N_MC(n)     (MC_FIRST_YEAR + (n) + 1)

const char *
gy_report_sector_label (const char *sector)
{
  return sector != NULL && *sector != '\0' ? sector : "분야 미지정";
}

static void
sum_add (Sum    *sum,
         gint64  amount)
{
  if (amount == GY_MONEY_ABSENT)
    return;
  sum->value += amount;
  sum->shown = TRUE;
}

static void
sums_add (Sum       *into,
          const Sum *from,
          guint      n)
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
          Sum              *out)
{
  memset (out, 0, N_MC (n_years) * sizeof (Sum));
  for (guint y = 0; y < card_years; y++)
    {
      int c = column_of[y];

      sum_add (&out[c >= 0 ? MC_FIRST_YEAR + c : MC_AFTER (n_years)], row->years[y]);
      sum_add (&out[c >= 0 ? MC_SUB : MC_AFTER (n_years)], row->years[y]);
    }
  if (row->subtotal != GY_MONEY_ABSENT)
    out[MC_SUB].shown = TRUE;
  sum_add (&out[MC_BEFORE], row->before);
  sum_add (&out[MC_AFTER (n_years)], row->after);
  out[MC_TOTAL].value = out[MC_BEFORE].value + out[MC_SUB].value + out[MC_AFTER (n_years)].value;
  out[MC_TOTAL].shown = row->total != GY_MONEY_ABSENT || out[MC_BEFORE].shown ||
                        out[MC_SUB].shown || out[MC_AFTER (n_years)].shown;
}

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

/* The card's source rows (OUT: n_rows × N_MC) and its 계 row (TOTAL). */
static Sum *
card_sums (GyReport     *report,
           const GyCard *card,
           guint         n_years,
           Sum          *total)
{
  g_autofree int *map = column_map (report->term, card);
  Sum *rows = g_new0 (Sum, (gsize) MAX (card->money->len, 1) * N_MC (n_years));

  memset (total, 0, N_MC (n_years) * sizeof (Sum));
  for (guint r = 0; r < card->money->len; r++)
    {
      row_sums (g_ptr_array_index (card->money, r), gy_card_n_years (card), map, n_years,
                rows + r * N_MC (n_years));
      sums_add (total, rows + r * N_MC (n_years), N_MC (n_years));
    }
  return rows;
}

static char *
format_sum (const Sum *sum)
{
  return sum->shown ? gy_money_format (sum->value) : g_strdup ("");
}

/* Cells for the money columns, from column FIRST of the table. */
static void
money_cells (GyReport     *report,
             GyReportCell *cells,
             guint         first,
             const Sum    *sums,
             guint         n_mc,
             guint8        flags)
{
  for (guint i = 0; i < n_mc; i++)
    {
      g_autofree char *text = format_sum (&sums[i]);

      cells[i] = (GyReportCell) { first + i, 1, 1, gy_report_intern (report, text), flags,
                                  PANGO_ALIGN_RIGHT };
    }
}

/* The two-row header of the money columns, from column FIRST. */
static void
money_header (GyReport      *report,
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

/* ── 총괄 ─────────────────────────────────────────────────────────────────────── */

void
gy_report_add_status (GyReportFlow *flow)
{
  GyReport *report = flow->report;
  guint n_statuses = g_strv_length (report->statuses);
  guint n_cols = n_statuses + 3;
  g_autofree double *widths = g_new (double, n_cols);
  g_autoptr(GyReportTable) table = NULL;
  g_autofree GyReportCell *cells = g_new0 (GyReportCell, n_cols);
  g_autofree guint *all_counts = g_new0 (guint, n_statuses);
  gint64 all_tenths = 0;
  guint all_n = 0, all_with = 0;
  GyChartData *chart;

  gy_report_flow_new_page (flow);
  gy_report_flow_paragraph (flow, "Ⅰ. 공약 추진상황 총괄", GY_REPORT_SIZE_TITLE, TRUE, 0, 0,
                            PANGO_ALIGN_LEFT);
  gy_report_flow_space (flow, 8);
  gy_report_flow_note (flow, report->as_of_text, "(단위: 건, %)");

  widths[0] = 2.2;
  widths[1] = 0.9;
  for (guint s = 0; s < n_statuses; s++)
    widths[2 + s] = 1.0;
  widths[n_cols - 1] = 1.1;
  table = gy_report_table_new (flow, widths, n_cols, GY_REPORT_SIZE_TABLE);
  gy_report_table_header (table, 0, 0, 1, 2, "분야");
  gy_report_table_header (table, 0, 1, 1, 2, "공약 수");
  if (n_statuses > 0)
    gy_report_table_header (table, 0, 2, n_statuses, 1, "이행상태");
  for (guint s = 0; s < n_statuses; s++)
    gy_report_table_header (table, 1, 2 + s, 1, 1, report->statuses[s]);
  gy_report_table_header (table, 0, n_cols - 1, 1, 2, "평균 진도율");
  gy_report_table_begin (flow, table);

  /* one row per 분야 in the body's order, those without one last, then 합계 */
  for (guint g = 0; g <= g_strv_length (report->sectors) + 1; g++)
    {
      gboolean grand = g == g_strv_length (report->sectors) + 1;
      const char *sector = g < g_strv_length (report->sectors) ? report->sectors[g] : NULL;
      g_autofree guint *counts = g_new0 (guint, n_statuses);
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
          memcpy (counts, all_counts, n_statuses * sizeof (guint));
        }
      else if (n == 0)
        continue;
      else
        {
          all_n += n;
          all_with += with;
          all_tenths += tenths;
          for (guint s = 0; s < n_statuses; s++)
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
      for (guint s = 0; s < n_statuses; s++)
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
  money_header (flow->report, table, flow->report->term, 2);
  return table;
}

static void
investment_row (GyReportFlow  *flow,
                GyReportTable *table,
                const char    *label,
                const char    *source,
                const Sum     *sums,
                guint          n_years,
                guint8         flags)
{
  guint n_cols = 2 + N_MC (n_years);
  g_autofree GyReportCell *cells = g_new0 (GyReportCell, n_cols);

  cells[0] = (GyReportCell) { 0, 1, 1, gy_report_intern (flow->report, label), flags,
                              PANGO_ALIGN_LEFT };
  cells[1] = (GyReportCell) { 1, 1, 1, gy_report_intern (flow->report, source), flags,
                              PANGO_ALIGN_CENTER };
  money_cells (flow->report, cells + 2, 2, sums, N_MC (n_years), flags);
  gy_report_table_row (flow, table, cells, n_cols);
}

void
gy_report_add_investment (GyReportFlow *flow)
{
  GyReport *report = flow->report;
  guint n_years = report->term != NULL ? gy_term_n_columns (report->term) : 0;
  guint n_sectors = g_strv_length (report->sectors);
  g_autoptr(GyReportTable) table = NULL;
  g_autofree Sum *grand = g_new0 (Sum, N_MC (n_years));
  g_autofree Sum *total = g_new0 (Sum, N_MC (n_years));
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
      g_autofree Sum *rows = card_sums (report, card, n_years, total);

      sums_add (grand, total, N_MC (n_years));
    }
  investment_row (flow, table, "합계", "", grand, n_years,
                  GY_REPORT_BOLD | GY_REPORT_SHADED | GY_REPORT_STRONG);

  for (guint g = 0; g <= n_sectors; g++)
    {
      const char *sector = g < n_sectors ? report->sectors[g] : NULL;
      g_autofree Sum *subtotal = g_new0 (Sum, N_MC (n_years));
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
          g_autofree Sum *rows = card_sums (report, g_ptr_array_index (members, i), n_years,
                                            total);

          sums_add (subtotal, total, N_MC (n_years));
        }
      investment_row (flow, table, gy_report_sector_label (sector), "소계", subtotal, n_years,
                      GY_REPORT_BOLD | GY_REPORT_SHADED);

      for (guint i = 0; i < members->len; i++)
        {
          const GyCard *card = g_ptr_array_index (members, i);
          g_autofree Sum *rows = card_sums (report, card, n_years, total);
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

/* ── a pledge's card ──────────────────────────────────────────────────────────── */

static void
header_pair (GyReport     *report,
             GyReportCell *cells,
             guint         first,
             const char   *label,
             const char   *value,
             guint         value_span)
{
  cells[0] = (GyReportCell) { first, 1, 1, label, GY_REPORT_BOLD | GY_REPORT_SHADED,
                              PANGO_ALIGN_CENTER };
  cells[1] = (GyReportCell) { first + 1, value_span, 1,
                              gy_report_intern (report, value != NULL ? value : ""), 0,
                              PANGO_ALIGN_LEFT };
}

static void
header_table (GyReportFlow *flow,
              const GyCard *card)
{
  static const double widths[] = { 1.1, 1.9, 1.1, 1.9 };
  GyReport *report = flow->report;
  g_autoptr(GyReportTable) table = gy_report_table_new (flow, widths, 4, GY_REPORT_SIZE_TABLE);
  g_autoptr(GString) persons = g_string_new (NULL);
  g_autofree char *progress = NULL;
  GyReportCell cells[4];

  if (card->has_progress)
    progress = card->progress == (double) (gint64) card->progress
               ? g_strdup_printf ("%.0f%%", card->progress)
               : g_strdup_printf ("%.1f%%", card->progress);
  for (guint i = 0; i < card->persons->len; i++)
    {
      const GyPerson *person = g_ptr_array_index (card->persons, i);

      if (persons->len > 0)
        g_string_append (persons, ", ");
      g_string_append_printf (persons, "%s %s", person->role, person->name);
      if (person->phone != NULL && *person->phone != '\0')
        g_string_append_printf (persons, "(%s)", person->phone);
    }

  gy_report_table_begin (flow, table);
  header_pair (report, cells, 0, "분야", gy_report_sector_label (card->sector), 1);
  header_pair (report, cells + 2, 2, "이행상태", card->status, 1);
  gy_report_table_row (flow, table, cells, 4);
  header_pair (report, cells, 0, "임기구분", card->timing, 1);
  header_pair (report, cells + 2, 2, "사업주체", card->actor, 1);
  gy_report_table_row (flow, table, cells, 4);
  header_pair (report, cells, 0, "신규여부", card->novelty, 1);
  header_pair (report, cells + 2, 2, "중앙정부 지원", card->central_support, 1);
  gy_report_table_row (flow, table, cells, 4);
  header_pair (report, cells, 0, "예산구분", card->budget_class, 1);
  header_pair (report, cells + 2, 2, "사업이행도(진도율)", progress, 1);
  gy_report_table_row (flow, table, cells, 4);
  header_pair (report, cells, 0, "주관부서", card->lead_dept, 1);
  header_pair (report, cells + 2, 2, "협업부서", card->collab_dept, 1);
  gy_report_table_row (flow, table, cells, 4);
  for (guint i = 0; i < card->extra_fields->len; i++)
    {
      const GyField *field = g_ptr_array_index (card->extra_fields, i);

      header_pair (report, cells, 0, gy_report_intern (report, field->label), field->value, 3);
      gy_report_table_row (flow, table, cells, 2);
    }
  header_pair (report, cells, 0, "공약실명제", persons->str, 3);
  gy_report_table_row (flow, table, cells, 2);
}

/* "- 사업목표 : …", indented by level, wrapped under its own text. */
static void
card_lines (GyReportFlow *flow,
            GPtrArray    *lines,
            double        indent)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const GyLine *line = g_ptr_array_index (lines, i);
      gboolean has_text = line->text != NULL && *line->text != '\0';
      g_autofree char *text = line->label != NULL && has_text
                              ? g_strdup_printf ("- %s : %s", line->label, line->text)
                              : g_strdup_printf ("- %s", line->label != NULL ? line->label
                                                                             : line->text);

      gy_report_flow_paragraph (flow, text, GY_REPORT_SIZE_TEXT, FALSE,
                                indent + 12 * line->level, 8, PANGO_ALIGN_LEFT);
    }
}

static char *
year_text (const GyYearRow *year)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < year->entries->len; i++)
    {
      const GyEntry *entry = g_ptr_array_index (year->entries, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (g_strcmp0 (entry->marker, "-") != 0)
        g_string_append (text, "   ");
      g_string_append_printf (text, "%s %s", entry->marker, entry->text);
    }
  return g_string_free (text, FALSE);
}

static void
years_table (GyReportFlow *flow,
             const GyCard *card)
{
  static const double widths[] = { 1.0, 6.8, 1.4 };
  GyReport *report = flow->report;
  g_autoptr(GyReportTable) table = gy_report_table_new (flow, widths, 3, GY_REPORT_SIZE_TABLE);

  gy_report_table_header (table, 0, 0, 1, 1, "연도별");
  gy_report_table_header (table, 0, 1, 1, 1, "주요사업내용");
  gy_report_table_header (table, 0, 2, 1, 1, "비고");
  gy_report_table_begin (flow, table);
  for (guint i = 0; i < card->years->len; i++)
    {
      const GyYearRow *year = g_ptr_array_index (card->years, i);
      g_autofree char *label = year->label != NULL && *year->label != '\0'
                               ? g_strdup (year->label) : g_strdup_printf ("%d", year->year);
      g_autofree char *text = year_text (year);
      GyReportCell cells[3] = {
        { 0, 1, 1, gy_report_intern (report, label), 0, PANGO_ALIGN_CENTER },
        { 1, 1, 1, text, 0, PANGO_ALIGN_LEFT },
        { 2, 1, 1, year->remarks, 0, PANGO_ALIGN_LEFT },
      };

      gy_report_table_row (flow, table, cells, 3);
    }
}

static void
money_table (GyReportFlow *flow,
             const GyCard *card)
{
  GyReport *report = flow->report;
  guint n_years = gy_card_n_years (card);
  guint n_cols = 1 + N_MC (n_years);
  g_autofree double *widths = g_new (double, n_cols);
  g_autoptr(GyReportTable) table = NULL;
  g_autofree GyReportCell *cells = g_new0 (GyReportCell, n_cols);
  g_autofree Sum *total = g_new0 (Sum, N_MC (n_years));
  g_autofree Sum *rows = NULL;
  /* the card's own columns, whatever the report's term */
  const GyTerm *saved = report->term;

  report->term = card->term;
  rows = card_sums (report, card, n_years, total);
  report->term = saved;

  widths[0] = 1.2;
  for (guint c = 1; c < n_cols; c++)
    widths[c] = 1.0;
  table = gy_report_table_new (flow, widths, n_cols, GY_REPORT_SIZE_TABLE);
  gy_report_table_header (table, 0, 0, 1, 2, "재원별");
  money_header (report, table, card->term, 1);
  gy_report_table_begin (flow, table);

  cells[0] = (GyReportCell) { 0, 1, 1, "계", GY_REPORT_BOLD | GY_REPORT_SHADED,
                              PANGO_ALIGN_CENTER };
  money_cells (report, cells + 1, 1, total, N_MC (n_years), GY_REPORT_BOLD | GY_REPORT_SHADED);
  gy_report_table_row (flow, table, cells, n_cols);
  for (guint r = 0; r < card->money->len; r++)
    {
      const GyMoneyRow *row = g_ptr_array_index (card->money, r);

      cells[0] = (GyReportCell) { 0, 1, 1, gy_report_intern (report, row->source), 0,
                                  PANGO_ALIGN_CENTER };
      money_cells (report, cells + 1, 1, rows + r * N_MC (n_years), N_MC (n_years), 0);
      gy_report_table_row (flow, table, cells, n_cols);
    }
}

/* The sub-projects over the term, without the yearly items: the table above lists them in
 * full, and measuring them again would take most of the report's time. The timeline copies
 * what it needs, so a shallow copy of the card with no years will do. */
GyTimelineData *
gy_report_timeline_data (const GyCard *card,
                         const GDate  *as_of)
{
  g_autoptr(GPtrArray) no_years = g_ptr_array_new ();
  GyCard shallow = *card;

  shallow.years = no_years;
  return gy_timeline_data_new_for_card (&shallow, as_of);
}

static void
card_charts (GyReportFlow *flow,
             const GyCard *card)
{
  GyReport *report = flow->report;
  GyChartData *chart = gy_chart_data_new_for_card (card, GY_CHART_PLEDGE_YEARS,
                                                   (const char * const *) report->sources);
  g_autoptr(GyTimelineData) timeline = gy_report_timeline_data (card, &report->as_of);
  g_autoptr(GyTimelineLayout) layout = NULL;
  double width = flow->right - flow->left;
  double height;

  g_ptr_array_add (report->charts, chart);
  gy_report_flow_space (flow, 10);
  gy_report_flow_need (flow, CARD_CHART_HEIGHT);
  gy_report_page_add (flow->page, GY_REPORT_BOX_CHART, flow->left, flow->y, width,
                      CARD_CHART_HEIGHT)->data = chart;
  flow->y += CARD_CHART_HEIGHT;

  /* the timeline only when it fits on one page */
  layout = gy_timeline_layout_new_for_context (timeline, report->context, width,
                                               GY_CHART_STYLE_PRINT);
  height = gy_timeline_layout_get_height (layout);
  if (height > flow->bottom - flow->top)
    return;
  gy_report_flow_space (flow, 10);
  gy_report_flow_need (flow, height);
  gy_report_page_add (flow->page, GY_REPORT_BOX_TIMELINE, flow->left, flow->y, width,
                      height)->data = (gpointer) card;
  flow->y += height;
}

void
gy_report_add_card (GyReportFlow *flow,
                    const GyCard *card)
{
  g_autofree char *heading = g_strdup_printf ("%s %s", card->number != NULL ? card->number : "",
                                              card->title != NULL && *card->title != '\0'
                                              ? card->title : _("Untitled pledge"));

  gy_report_flow_new_page (flow);
  gy_report_flow_paragraph (flow, g_strstrip (heading), GY_REPORT_SIZE_TITLE - 1, TRUE, 0, 0,
                            PANGO_ALIGN_LEFT);
  gy_report_flow_space (flow, 8);
  header_table (flow, card);

  gy_report_flow_section (flow, "□ 사업개요");
  card_lines (flow, card->overview, 6);

  gy_report_flow_section (flow, "□ 추진실적");
  for (guint i = 0; i < card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (card->subprojects, i);
      g_autofree char *title = g_strdup_printf ("%s. %s", sub->number, sub->title);

      gy_report_flow_space (flow, 4);
      gy_report_flow_need (flow, 40);
      gy_report_flow_paragraph (flow, title, GY_REPORT_SIZE_TEXT, TRUE, 6, 14, PANGO_ALIGN_LEFT);
      card_lines (flow, sub->lines, 14);
    }

  gy_report_flow_section (flow, "□ 연차별 실적/계획");
  years_table (flow, card);

  gy_report_flow_section (flow, "□ 연차별 투자수요");
  gy_report_flow_note (flow, NULL, "(단위: 백만원)");
  money_table (flow, card);
  card_charts (flow, card);

  gy_report_flow_section (flow, "□ 문제점 및 대응계획");
  for (guint i = 0; i < card->problems->len; i++)
    {
      const GyProblem *problem = g_ptr_array_index (card->problems, i);
      g_autofree char *text = g_strdup_printf ("- %s", problem->text);

      gy_report_flow_paragraph (flow, text, GY_REPORT_SIZE_TEXT, FALSE, 6, 8, PANGO_ALIGN_LEFT);
      for (guint r = 0; r < problem->responses->len; r++)
        {
          g_autofree char *response = g_strdup_printf ("⇒ %s",
                                                       (char *) g_ptr_array_index (problem->responses, r));

          gy_report_flow_paragraph (flow, response, GY_REPORT_SIZE_TEXT, FALSE, 18, 12,
                                    PANGO_ALIGN_LEFT);
        }
    }

  gy_report_flow_section (flow, "□ 기대효과");
  for (guint i = 0; i < card->effects->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("- %s", (char *) g_ptr_array_index (card->effects, i));

      gy_report_flow_paragraph (flow, text, GY_REPORT_SIZE_TEXT, FALSE, 6, 8, PANGO_ALIGN_LEFT);
    }
}

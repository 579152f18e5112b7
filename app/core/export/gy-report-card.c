/* gy-report-card.c — one pledge's card in the paper layout
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As the officers print it: the header table, □ 사업개요, □ 추진실적, the yearly table,
 * the money table with its two-row header, the money chart and the timeline, □ 문제점 및
 * 대응계획 and □ 기대효과. The Korean headings are the official ones and stay untranslated.
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gy-card-fields.h"
#include "gy-report-private.h"

/* in points */
#define CARD_CHART_HEIGHT 200.0

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
  guint n_cells = 0;

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
  header_pair (report, cells, 0, gy_card_field (GY_CARD_FIELD_SECTOR)->label,
               gy_summary_sector_label (card->sector), 1);
  header_pair (report, cells + 2, 2, gy_card_field (GY_CARD_FIELD_STATUS)->label, card->status, 1);
  gy_report_table_row (flow, table, cells, 4);
  /* then the other fields in the card's order, two to a row; 분야 and 이행상태 lead above */
  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);
      const char *value = field->kind == GY_CARD_FIELD_KIND_PROGRESS ? progress : NULL;

      if ((field->flags & GY_CARD_FIELD_CHOICE) || field->kind == GY_CARD_FIELD_KIND_PERSONS)
        continue;
      if (field->kind == GY_CARD_FIELD_KIND_TEXT)
        value = gy_card_field_get (card, i);
      header_pair (report, cells + 2 * n_cells, 2 * n_cells, field->label, value, 1);
      if (++n_cells == 2)
        {
          gy_report_table_row (flow, table, cells, 4);
          n_cells = 0;
        }
    }
  if (n_cells == 1)
    {
      cells[1].span = 3;
      gy_report_table_row (flow, table, cells, 2);
    }
  for (guint i = 0; i < card->extra_fields->len; i++)
    {
      const GyField *field = g_ptr_array_index (card->extra_fields, i);

      header_pair (report, cells, 0, gy_report_intern (report, field->label), field->value, 3);
      gy_report_table_row (flow, table, cells, 2);
    }
  header_pair (report, cells, 0, gy_card_field (GY_CARD_FIELD_PERSONS)->label, persons->str, 3);
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

/* The card's 계 and source rows as the summary holds them, in the term's columns. */
static void
money_table (GyReportFlow          *flow,
             const GySummaryPledge *pledge)
{
  GyReport *report = flow->report;
  const GySummary *summary = report->summary;
  guint n = summary->n_columns;
  guint n_cols = 1 + n;
  g_autofree double *widths = g_new (double, n_cols);
  g_autoptr(GyReportTable) table = NULL;
  g_autofree GyReportCell *cells = g_new0 (GyReportCell, n_cols);

  widths[0] = 1.2;
  for (guint c = 1; c < n_cols; c++)
    widths[c] = 1.0;
  table = gy_report_table_new (flow, widths, n_cols, GY_REPORT_SIZE_TABLE);
  gy_report_table_header (table, 0, 0, 1, 2, "재원별");
  gy_report_money_header (report, table, 1);
  gy_report_table_begin (flow, table);

  cells[0] = (GyReportCell) { 0, 1, 1, "계", GY_REPORT_BOLD | GY_REPORT_SHADED,
                              PANGO_ALIGN_CENTER };
  gy_report_money_cells (report, cells + 1, 1, pledge->total, GY_REPORT_BOLD | GY_REPORT_SHADED);
  gy_report_table_row (flow, table, cells, n_cols);
  for (guint s = 0; summary->sources[s] != NULL; s++)
    {
      if (!gy_report_pledge_has_source (pledge, summary->sources[s]))
        continue;
      cells[0] = (GyReportCell) { 0, 1, 1, gy_report_intern (report, summary->sources[s]), 0,
                                  PANGO_ALIGN_CENTER };
      gy_report_money_cells (report, cells + 1, 1, pledge->sources + s * n, 0);
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
                                                   (const char * const *) report->summary->sources);
  g_autoptr(GyTimelineData) timeline = gy_report_timeline_data (card, &report->summary->as_of);
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
gy_report_add_card (GyReportFlow          *flow,
                    const GySummaryPledge *pledge)
{
  const GyCard *card = pledge->card;
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
  money_table (flow, pledge);
  card_charts (flow, card);

  gy_report_flow_section (flow, "□ 문제점 및 대응계획");
  for (guint i = 0; i < card->problems->len; i++)
    {
      const GyProblem *problem = g_ptr_array_index (card->problems, i);
      g_autofree char *text = g_strdup_printf ("- %s", problem->text);

      gy_report_flow_paragraph (flow, text, GY_REPORT_SIZE_TEXT, FALSE, 6, 8, PANGO_ALIGN_LEFT);
      for (guint r = 0; r < problem->responses->len; r++)
        {
          const char *line = g_ptr_array_index (problem->responses, r);
          g_autofree char *response = g_strdup_printf ("⇒ %s", line);

          gy_report_flow_paragraph (flow, response, GY_REPORT_SIZE_TEXT, FALSE, 18, 12,
                                    PANGO_ALIGN_LEFT);
        }
    }

  gy_report_flow_section (flow, "□ 기대효과");
  for (guint i = 0; i < card->effects->len; i++)
    {
      const char *effect = g_ptr_array_index (card->effects, i);
      g_autofree char *text = g_strdup_printf ("- %s", effect);

      gy_report_flow_paragraph (flow, text, GY_REPORT_SIZE_TEXT, FALSE, 6, 8, PANGO_ALIGN_LEFT);
    }
}

/* gy-timeline.c — the timeline's data, and what a layout answers about itself
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data copies what it shows, so a card or a pledge list may go away once it is built.
 */
#define G_LOG_DOMAIN "gy-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "gy-timeline-private.h"

/* How many lines of yearly items a column shows before "… and 3 more". */
#define DEFAULT_MAX_ITEM_LINES 20

G_DEFINE_BOXED_TYPE (GyTimelineData, gy_timeline_data,
                     gy_timeline_data_ref, gy_timeline_data_unref)

static void
entry_free (gpointer data)
{
  GyTimelineEntry *entry = data;

  g_free (entry->label);
  g_free (entry->period);
  g_free (entry->note);
  g_free (entry);
}

static void
item_free (gpointer data)
{
  GyTimelineItem *item = data;

  g_free (item->marker);
  g_free (item->text);
  g_free (item);
}

void
gy_timeline_label_free (gpointer data)
{
  GyTimelineLabelPriv *label = data;

  if (label == NULL)
    return;
  g_clear_object (&label->layout);
  g_free (label->text);
  g_free (label);
}

/* The card's own way of writing a period: "2019. 12. ~ 2020. 5.", "2020. ~ 2024.",
 * "2020. 9. ~" when it has no end. */
static char *
format_period (int start_year,
               int start_month,
               int end_year,
               int end_month)
{
  GString *text = g_string_new (NULL);

  if (start_year > 0)
    {
      g_string_append_printf (text, "%d.", start_year);
      if (start_month > 0)
        g_string_append_printf (text, " %d.", start_month);
      g_string_append_c (text, ' ');
    }
  g_string_append_c (text, '~');
  if (end_year > 0)
    {
      g_string_append_printf (text, " %d.", end_year);
      if (end_month > 0)
        g_string_append_printf (text, " %d.", end_month);
    }
  return g_string_free (text, FALSE);
}

/* Fills the entry's bounds from a period as written (month 0: the whole year; year 0: open). */
static void
set_period (GyTimelineEntry *entry,
            int              start_year,
            int              start_month,
            int              end_year,
            int              end_month)
{
  entry->has_period = start_year > 0 || end_year > 0;
  if (!entry->has_period)
    return;
  entry->period = format_period (start_year, start_month, end_year, end_month);
  entry->start_year = start_year;
  entry->start_month = start_year > 0 ? CLAMP (start_month, 1, 12) : 0;
  entry->end_year = end_year;
  entry->end_month = end_year > 0 ? (end_month > 0 ? CLAMP (end_month, 1, 12) : 12) : 0;

  /* A period written backwards still shows where it lies. */
  if (start_year > 0 && end_year > 0 &&
      start_year * 12 + entry->start_month > end_year * 12 + entry->end_month)
    {
      int year = entry->start_year, month = entry->start_month;

      entry->start_year = entry->end_year;
      entry->start_month = entry->end_month;
      entry->end_year = year;
      entry->end_month = month;
    }
}

/* "2018-07" (what the store lists) into a year and a month; FALSE for NULL or garbage. */
static gboolean
parse_year_month (const char *text,
                  int        *year,
                  int        *month)
{
  char *end = NULL;
  long y, m = 0;

  *year = 0;
  *month = 0;
  if (text == NULL)
    return FALSE;
  y = strtol (text, &end, 10);
  if (end == text || y <= 0 || y > 9999)
    return FALSE;
  if (*end == '-')
    {
      const char *start = end + 1;

      m = strtol (start, &end, 10);
      if (end == start || m < 1 || m > 12)
        m = 0;
    }
  *year = (int) y;
  *month = (int) m;
  return TRUE;
}

static GyTimelineData *
data_new (GyTimelineKind  kind,
          const GyTerm   *term,
          const GDate    *today)
{
  GyTimelineData *data = g_new0 (GyTimelineData, 1);

  g_ref_count_init (&data->ref_count);
  data->kind = kind;
  data->groups = g_ptr_array_new_with_free_func (g_free);
  data->entries = g_ptr_array_new_with_free_func (entry_free);
  data->years = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  data->max_item_lines = DEFAULT_MAX_ITEM_LINES;
  g_date_clear (&data->today, 1);
  if (today != NULL && g_date_valid (today))
    data->today = *today;

  if (term != NULL && gy_term_n_columns (term) > 0)
    {
      data->term = gy_term_copy (term);
    }
  else
    {
      /* Without a term (or with one that has no years), the one running on the given day (or
       * now) frames the timeline. */
      GDate now;
      int year, first;

      g_date_clear (&now, 1);
      if (g_date_valid (&data->today))
        now = data->today;
      else
        g_date_set_time_t (&now, time (NULL));
      year = g_date_get_year (&now);
      first = year - (((year - 2018) % 4) + 4) % 4;
      if (first == year && g_date_get_month (&now) < G_DATE_JULY)
        first -= 4;
      data->term = gy_term_new_numbered (MAX (gy_term_number_for_year (first), 2),
                                         GY_TERM_LAYOUT_HALF);
    }
  for (guint c = 0; c < gy_term_n_columns (data->term); c++)
    g_ptr_array_add (data->years, g_ptr_array_new_with_free_func (item_free));
  return data;
}

static char *
term_text (const GyTerm *term)
{
  g_autofree char *start = gy_format_date (&term->start);
  g_autofree char *end = gy_format_date (&term->end);

  return g_strdup_printf ("%s  %s ~ %s", term->name != NULL ? term->name : "", start, end);
}

static void
add_items (GPtrArray *items,
           GyYearRow *row)
{
  for (guint e = 0; e < row->entries->len; e++)
    {
      const GyEntry *entry = g_ptr_array_index (row->entries, e);
      GyTimelineItem *item;

      if (entry->text == NULL || *entry->text == '\0')
        continue;
      item = g_new0 (GyTimelineItem, 1);
      item->level = g_strcmp0 (entry->marker, "-") == 0 ? 0 : 1;
      item->marker = g_strdup (item->level == 0 ? "•" :
                               entry->marker != NULL && *entry->marker != '\0' ? entry->marker
                                                                                : "·");
      item->text = g_strdup (entry->text);
      g_ptr_array_add (items, item);
    }
}

/**
 * gy_timeline_data_new_for_card:
 * @today: (nullable): the day marked "Today"; NULL for none
 *
 * One bar per 추진실적 entry (its first 사업기간), in card order, and the 연차별 실적/계획
 * items under the fiscal column of their year. Rows of years outside the term are left out.
 */
GyTimelineData *
gy_timeline_data_new_for_card (const GyCard *card,
                               const GDate  *today)
{
  GyTimelineData *data;
  const GyLine *period;
  GString *subtitle;

  g_return_val_if_fail (card != NULL, NULL);

  data = data_new (GY_TIMELINE_CARD, card->term, today);
  data->pledge_id = card->id;
  if (card->number != NULL && *card->number != '\0')
    data->title = g_strdup_printf ("%s %s", card->number, card->title != NULL ? card->title : "");
  else
    data->title = g_strdup (card->title != NULL ? card->title : "");

  {
    g_autofree char *term = term_text (data->term);

    subtitle = g_string_new (term);
  }
  period = card->overview != NULL ? gy_card_find_line (card->overview, GY_LINE_PERIOD) : NULL;
  if (period != NULL && (period->start_year > 0 || period->end_year > 0))
    {
      g_autofree char *text = format_period (period->start_year, period->start_month,
                                             period->end_year, period->end_month);

      g_string_append (subtitle, "  ·  ");
      g_string_append_printf (subtitle, _("Period: %s"), text);
    }
  data->subtitle = g_string_free (subtitle, FALSE);

  g_ptr_array_add (data->groups, g_strdup (_("Sub-projects")));
  data->empty_text = g_strdup (_("No sub-projects"));
  for (guint s = 0; card->subprojects != NULL && s < card->subprojects->len; s++)
    {
      const GySubProject *sub = g_ptr_array_index (card->subprojects, s);
      GyTimelineEntry *entry = g_new0 (GyTimelineEntry, 1);
      const GyLine *line = NULL;

      entry->pledge_id = card->id;
      entry->sub_index = (int) s;
      if (sub->number != NULL && *sub->number != '\0')
        entry->label = g_strdup_printf ("%s. %s", sub->number, sub->title != NULL ? sub->title : "");
      else
        entry->label = g_strdup (sub->title != NULL ? sub->title : "");
      /* The first 사업기간 that gives a year, as the store lists it. */
      for (guint l = 0; sub->lines != NULL && l < sub->lines->len; l++)
        {
          const GyLine *candidate = g_ptr_array_index (sub->lines, l);

          if (candidate->role == GY_LINE_PERIOD &&
              (candidate->start_year > 0 || candidate->end_year > 0))
            {
              line = candidate;
              break;
            }
        }
      if (line != NULL)
        set_period (entry, line->start_year, line->start_month, line->end_year, line->end_month);
      if (!entry->has_period)
        entry->note = g_strdup (_("No period"));
      g_ptr_array_add (data->entries, entry);
    }

  for (guint y = 0; card->years != NULL && y < card->years->len; y++)
    {
      GyYearRow *row = g_ptr_array_index (card->years, y);
      int column = gy_term_find_year (data->term, row->year);

      if (column >= 0)
        add_items (g_ptr_array_index (data->years, column), row);
    }
  return data;
}

/**
 * gy_timeline_data_new_for_body:
 * @summaries: (element-type GyPledgeSummary): the pledge list, in the body's order
 * @term: (nullable): the term whose years go across
 * @today: (nullable): the day marked "Today"
 *
 * One bar per pledge from its 사업개요 사업기간, under a heading per 분야 (in the order they
 * first appear); pledges without a period come last, under a heading of their own.
 */
GyTimelineData *
gy_timeline_data_new_for_body (GPtrArray    *summaries,
                               const GyTerm *term,
                               const GDate  *today)
{
  GyTimelineData *data;
  g_autoptr(GPtrArray) sectors = g_ptr_array_new ();  /* const char *, NULL for none */
  gboolean any_without = FALSE;

  g_return_val_if_fail (summaries != NULL, NULL);

  data = data_new (GY_TIMELINE_BODY, term, today);
  data->title = g_strdup (_("All pledges"));
  data->subtitle = term_text (data->term);
  data->empty_text = g_strdup (_("No pledges"));

  for (guint i = 0; i < summaries->len; i++)
    {
      const GyPledgeSummary *summary = g_ptr_array_index (summaries, i);
      const char *sector = summary->sector != NULL && *summary->sector != '\0'
                           ? summary->sector : NULL;
      gboolean known = FALSE;

      if (summary->period_start == NULL && summary->period_end == NULL)
        {
          any_without = TRUE;
          continue;
        }
      for (guint s = 0; s < sectors->len && !known; s++)
        known = g_strcmp0 (g_ptr_array_index (sectors, s), sector) == 0;
      if (!known)
        g_ptr_array_add (sectors, (gpointer) sector);
    }
  /* Pledges without a 분야 after those with one. */
  for (guint s = 0; s < sectors->len; s++)
    if (g_ptr_array_index (sectors, s) == NULL)
      {
        g_ptr_array_remove_index (sectors, s);
        g_ptr_array_add (sectors, NULL);
        break;
      }

  for (guint s = 0; s <= sectors->len; s++)
    {
      gboolean without = s == sectors->len;
      const char *sector = without ? NULL : g_ptr_array_index (sectors, s);

      if (without && !any_without)
        break;
      g_ptr_array_add (data->groups, g_strdup (without ? _("No period") :
                                               sector != NULL ? sector : _("No sector")));
      for (guint i = 0; i < summaries->len; i++)
        {
          const GyPledgeSummary *summary = g_ptr_array_index (summaries, i);
          const char *own = summary->sector != NULL && *summary->sector != '\0'
                            ? summary->sector : NULL;
          gboolean has = summary->period_start != NULL || summary->period_end != NULL;
          GyTimelineEntry *entry;
          int sy, sm, ey, em;

          if (without ? has : (!has || g_strcmp0 (own, sector) != 0))
            continue;
          entry = g_new0 (GyTimelineEntry, 1);
          entry->pledge_id = summary->id;
          entry->sub_index = -1;
          entry->group = data->groups->len - 1;
          if (summary->number != NULL && *summary->number != '\0')
            entry->label = g_strdup_printf ("%s %s", summary->number,
                                            summary->title != NULL ? summary->title : "");
          else
            entry->label = g_strdup (summary->title != NULL ? summary->title : "");
          parse_year_month (summary->period_start, &sy, &sm);
          parse_year_month (summary->period_end, &ey, &em);
          set_period (entry, sy, sm, ey, em);
          /* Among those without a period, the 분야 says where the pledge belongs. */
          if (!entry->has_period)
            entry->note = g_strdup (own != NULL ? own : _("No sector"));
          g_ptr_array_add (data->entries, entry);
        }
    }
  return data;
}

GyTimelineData *
gy_timeline_data_ref (GyTimelineData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  g_ref_count_inc (&data->ref_count);
  return data;
}

void
gy_timeline_data_unref (GyTimelineData *data)
{
  if (data == NULL || !g_ref_count_dec (&data->ref_count))
    return;

  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->empty_text);
  gy_term_free (data->term);
  g_ptr_array_unref (data->groups);
  g_ptr_array_unref (data->entries);
  g_ptr_array_unref (data->years);
  g_free (data);
}

GyTimelineKind
gy_timeline_data_get_kind (const GyTimelineData *data)
{
  g_return_val_if_fail (data != NULL, GY_TIMELINE_CARD);

  return data->kind;
}

const char *
gy_timeline_data_get_title (const GyTimelineData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->title;
}

const GyTerm *
gy_timeline_data_get_term (const GyTimelineData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->term;
}

guint
gy_timeline_data_get_n_rows (const GyTimelineData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->entries->len;
}

guint
gy_timeline_data_get_max_item_lines (const GyTimelineData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->max_item_lines;
}

/* 0 shows every item; otherwise a column stops after max_lines lines (at least 2), its last
 * saying how many items are left out. Takes effect on the next layout. */
void
gy_timeline_data_set_max_item_lines (GyTimelineData *data,
                                     guint           max_lines)
{
  g_return_if_fail (data != NULL);

  data->max_item_lines = max_lines == 1 ? 2 : max_lines;
}

/* layout: the answers */

const GyTimelineData *
gy_timeline_layout_get_data (const GyTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);

  return layout->data;
}

double
gy_timeline_layout_get_width (const GyTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->width;
}

/* The height the timeline needs at its width: the window scrolls, the report paginates. */
double
gy_timeline_layout_get_height (const GyTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->height;
}

void
gy_timeline_layout_get_plot_area (const GyTimelineLayout *layout,
                                  GyChartRect            *out_rect)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (out_rect != NULL);

  *out_rect = layout->plot;
}

guint
gy_timeline_layout_get_n_columns (const GyTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->columns->len;
}

void
gy_timeline_layout_get_column (const GyTimelineLayout *layout,
                               guint                   column,
                               GyChartRect            *out_rect)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (column < layout->columns->len);
  g_return_if_fail (out_rect != NULL);

  *out_rect = g_array_index (layout->columns, GyChartRect, column);
}

/* Where the given month (1–12) begins; months outside the term's columns land outside the plot.
 * month 13 of a year is January of the next, so the end of May is (year, 6). */
double
gy_timeline_layout_x_for_month (const GyTimelineLayout *layout,
                                int                     year,
                                int                     month)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->plot.x + ((year - layout->first_year) * 12.0 + (month - layout->first_month))
                          * layout->month_w;
}

void
gy_timeline_layout_get_term_lines (const GyTimelineLayout *layout,
                                   double                 *out_start_x,
                                   double                 *out_end_x)
{
  g_return_if_fail (layout != NULL);

  if (out_start_x != NULL)
    *out_start_x = layout->term_start_x;
  if (out_end_x != NULL)
    *out_end_x = layout->term_end_x;
}

/* FALSE when the data has no today, or it lies outside the drawn months. */
gboolean
gy_timeline_layout_get_today (const GyTimelineLayout *layout,
                              double                 *out_x)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (out_x != NULL)
    *out_x = layout->has_today ? layout->today_x : 0;
  return layout->has_today;
}

guint
gy_timeline_layout_get_n_bars (const GyTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->bars->len;
}

const GyTimelineBar *
gy_timeline_layout_get_bar (const GyTimelineLayout *layout,
                            guint                   index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->bars->len, NULL);

  return &g_array_index (layout->bars, GyTimelineBar, index);
}

guint
gy_timeline_layout_get_n_labels (const GyTimelineLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->labels->len;
}

const GyTimelineLabel *
gy_timeline_layout_get_label (const GyTimelineLayout *layout,
                              guint                   index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->labels->len, NULL);

  return g_ptr_array_index (layout->labels, index);
}

static gboolean
rect_contains (const GyChartRect *rect,
               double             x,
               double             y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

/* The row under (x, y), or -1. Rows are sorted from the top, so a binary search will do. */
int
gy_timeline_layout_bar_at (const GyTimelineLayout *layout,
                           double                  x,
                           double                  y)
{
  guint low = 0, high;

  g_return_val_if_fail (layout != NULL, -1);

  high = layout->bars->len;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      const GyTimelineBar *bar = &g_array_index (layout->bars, GyTimelineBar, mid);

      if (y < bar->row.y)
        high = mid;
      else if (y >= bar->row.y + bar->row.height)
        low = mid + 1;
      else
        return rect_contains (&bar->row, x, y) ? (int) mid : -1;
    }
  return -1;
}

/**
 * gy_timeline_layout_hit:
 * @out_kind: (out) (optional): what lies under the point
 * @out_pledge_id: (out) (optional): the pledge of that bar or row (the card's id for yearly items)
 * @out_sub_index: (out) (optional): the sub-project's index, -1 for a pledge; the fiscal
 *   column for yearly items
 *
 * A row answers anywhere across it, so a short bar is as easy to click as a long one.
 * Returns: FALSE when nothing is there.
 */
gboolean
gy_timeline_layout_hit (const GyTimelineLayout *layout,
                        double                  x,
                        double                  y,
                        GyTimelineHit          *out_kind,
                        gint64                 *out_pledge_id,
                        int                    *out_sub_index)
{
  GyTimelineHit kind = GY_TIMELINE_HIT_NONE;
  gint64 pledge_id = 0;
  int sub_index = -1, index;

  g_return_val_if_fail (layout != NULL, FALSE);

  index = gy_timeline_layout_bar_at (layout, x, y);
  if (index >= 0)
    {
      const GyTimelineBar *bar = &g_array_index (layout->bars, GyTimelineBar, index);

      kind = x < layout->plot.x - layout->font_px ? GY_TIMELINE_HIT_LABEL : GY_TIMELINE_HIT_BAR;
      pledge_id = bar->pledge_id;
      sub_index = bar->sub_index;
    }
  else
    {
      for (guint c = 0; c < layout->item_areas->len; c++)
        if (rect_contains (&g_array_index (layout->item_areas, GyChartRect, c), x, y))
          {
            kind = GY_TIMELINE_HIT_YEAR;
            pledge_id = layout->data->pledge_id;
            sub_index = (int) c;
            break;
          }
    }

  if (out_kind != NULL)
    *out_kind = kind;
  if (out_pledge_id != NULL)
    *out_pledge_id = pledge_id;
  if (out_sub_index != NULL)
    *out_sub_index = sub_index;
  return kind != GY_TIMELINE_HIT_NONE;
}

/* The tooltip: the full label, the period, and whether it runs past the term. */
char *
gy_timeline_layout_describe_bar (const GyTimelineLayout *layout,
                                 const GyTimelineBar    *bar)
{
  GString *text;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (bar != NULL, NULL);

  text = g_string_new (bar->label);
  g_string_append_c (text, '\n');
  if (bar->has_period)
    g_string_append_printf (text, _("Period: %s"), bar->period);
  else
    g_string_append (text, _("No period"));
  if (bar->continues_before)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, _("Began before the term"));
    }
  if (bar->continues_after)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, _("Continues after the term"));
    }
  return g_string_free (text, FALSE);
}

/* gy-summary.c — a selection of one term's pledges, grouped by 분야 and summed
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place where pledges are summed and counted for an output. Each source row of a
 * card is taken as written, with 소계 = the sum of its years and 총사업비 = A + B + C, the
 * way the workbook's formulas compute them; 계, 소계 and 합계 add those rows up.
 */
#define G_LOG_DOMAIN "gy-summary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "gy-summary.h"

#define YEAR0 GY_MONEY_COLUMN_FIRST_YEAR

/* Sums past the 64-bit range stick at its edge rather than wrap. */
static gint64
add_saturated (gint64 a,
               gint64 b)
{
  gint64 sum;

  if (__builtin_add_overflow (a, b, &sum))
    return b > 0 ? G_MAXINT64 : G_MININT64 + 1;
  return sum;
}

static void
sum_add (GySum *sum,
         gint64 amount)
{
  if (amount == GY_MONEY_ABSENT)
    return;
  sum->value = add_saturated (sum->value, amount);
  sum->shown = TRUE;
}

static void
sums_add (GySum       *into,
          const GySum *from,
          guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      into[i].value = add_saturated (into[i].value, from[i].value);
      into[i].shown |= from[i].shown;
    }
}

/* One source row of a card in the summary's columns; MAP gives the card's fiscal column
 * of each of the term's (-1: none). */
static void
row_sums (const GyMoneyRow *row,
          const int        *map,
          guint             n_years,
          GySum            *out)
{
  GySum *after = &out[YEAR0 + n_years];
  gboolean any_year = FALSE;

  for (guint y = 0; y < n_years; y++)
    if (map[y] >= 0)
      {
        sum_add (&out[YEAR0 + y], row->years[map[y]]);
        sum_add (&out[GY_MONEY_COLUMN_SUBTOTAL], row->years[map[y]]);
        any_year |= row->years[map[y]] != GY_MONEY_ABSENT;
      }
  if (row->subtotal != GY_MONEY_ABSENT)
    out[GY_MONEY_COLUMN_SUBTOTAL].shown = TRUE;
  sum_add (&out[GY_MONEY_COLUMN_BEFORE], row->before);
  sum_add (after, row->after);
  /* as gy_money_row_total(): a row with no breakdown counts its written 총사업비 */
  if (!out[GY_MONEY_COLUMN_BEFORE].shown && !after->shown && !any_year &&
      row->subtotal == GY_MONEY_ABSENT && row->total != GY_MONEY_ABSENT)
    out[GY_MONEY_COLUMN_TOTAL].value = row->total;
  else
    out[GY_MONEY_COLUMN_TOTAL].value =
      add_saturated (add_saturated (out[GY_MONEY_COLUMN_BEFORE].value,
                                    out[GY_MONEY_COLUMN_SUBTOTAL].value), after->value);
  out[GY_MONEY_COLUMN_TOTAL].shown = row->total != GY_MONEY_ABSENT ||
                                     out[GY_MONEY_COLUMN_BEFORE].shown ||
                                     out[GY_MONEY_COLUMN_SUBTOTAL].shown || after->shown;
}

/* The card's fiscal column for each of TERM's, by key: a card of the term maps as is. */
static int *
column_map (const GyTerm *term,
            const GyCard *card)
{
  guint n = gy_term_n_columns (term);
  int *map = g_new (int, MAX (n, 1));

  for (guint y = 0; y < n; y++)
    {
      map[y] = gy_term_find_key (card->term, gy_term_column (term, y)->key);
      if (map[y] < 0)
        g_warning ("pledge %s: its term has no column %s", card->number,
                   gy_term_column (term, y)->key);
    }
  return map;
}

static int
source_index (const GySummary *summary,
              const char      *source)
{
  for (guint s = 0; summary->sources[s] != NULL; s++)
    if (g_strcmp0 (summary->sources[s], source) == 0)
      return (int) s;
  return -1;
}

static void
counts_init (GySummaryCounts *counts,
             guint            n_slots)
{
  memset (counts, 0, sizeof *counts);
  counts->by_status = g_new0 (guint, MAX (n_slots, 1));
}

static void
counts_add_card (GySummaryCounts *counts,
                 const GySummary *summary,
                 const GyCard    *card,
                 gboolean         continuing_is_done)
{
  guint n_statuses = g_strv_length (summary->statuses);
  gboolean found = FALSE;

  counts->n_pledges++;
  for (guint s = 0; s < n_statuses && !found; s++)
    if (g_strcmp0 (card->status, summary->statuses[s]) == 0)
      {
        counts->by_status[s]++;
        found = TRUE;
      }
  if (!found)
    counts->by_status[n_statuses]++;
  if (card->has_progress)
    {
      counts->n_progress++;
      counts->progress_sum += card->progress;
    }
  if (card->status != NULL &&
      (g_strv_contains ((const char * const *) summary->done_statuses, card->status) ||
       (continuing_is_done &&
        g_strv_contains ((const char * const *) summary->continuing_statuses, card->status))))
    counts->n_done++;
}

static void
counts_add (GySummaryCounts       *into,
            const GySummaryCounts *from,
            guint                  n_slots)
{
  into->n_pledges += from->n_pledges;
  into->n_progress += from->n_progress;
  into->progress_sum += from->progress_sum;
  into->n_done += from->n_done;
  for (guint s = 0; s < n_slots; s++)
    into->by_status[s] += from->by_status[s];
}

static GySummaryPledge *
pledge_new (GySummary *summary,
            GyCard    *card)
{
  guint n = summary->n_columns;
  guint n_sources = gy_summary_n_sources (summary);
  guint n_years = gy_term_n_columns (summary->term);
  g_autofree int *map = column_map (summary->term, card);
  GySummaryPledge *pledge = g_new0 (GySummaryPledge, 1);

  pledge->card = card;
  pledge->total = g_new0 (GySum, n);
  pledge->sources = g_new0 (GySum, (gsize) MAX (n_sources, 1) * n);
  pledge->rows = g_new0 (GySum, (gsize) MAX (card->money->len, 1) * n);
  for (guint r = 0; r < card->money->len; r++)
    {
      const GyMoneyRow *row = g_ptr_array_index (card->money, r);
      int s = source_index (summary, row->source);
      GySum *sums = &pledge->rows[r * n];

      row_sums (row, map, n_years, sums);
      /* a source named twice on one card adds up in its one row */
      if (s >= 0)
        sums_add (&pledge->sources[(guint) s * n], sums, n);
      sums_add (pledge->total, sums, n);
    }
  /* a table of only its 계 row (no source named): that row is the pledge's 계 */
  if (card->money->len == 0 && card->money_sum != NULL)
    row_sums (card->money_sum, map, n_years, pledge->total);
  return pledge;
}

static void
pledge_free_borrowed (gpointer data)
{
  GySummaryPledge *pledge = data;

  g_free (pledge->total);
  g_free (pledge->sources);
  g_free (pledge->rows);
  g_free (pledge);
}

static void
pledge_free (gpointer data)
{
  GySummaryPledge *pledge = data;

  gy_card_free (pledge->card);
  pledge_free_borrowed (pledge);
}

static void
group_free (gpointer data)
{
  GySummaryGroup *group = data;

  g_free (group->sector);
  g_ptr_array_unref (group->pledges);
  g_free (group->total);
  g_free (group->sources);
  g_free (group->counts.by_status);
  g_free (group);
}

static gboolean
in_sector (const GyCard *card,
           const char   *sector)
{
  gboolean none = card->sector == NULL || *card->sector == '\0';

  return sector == NULL ? none : g_strcmp0 (card->sector, sector) == 0;
}

/**
 * gy_summary_new_for_body:
 * @body: (transfer none): its cards move into the summary
 *
 * Groups and sums BODY's cards (all of one term, as gy_body_cards_load() leaves them).
 */
GySummary *
gy_summary_new_for_body (GyBodyCards       *body,
                         const GySelection *selection)
{
  GySummary *summary = g_new0 (GySummary, 1);
  g_autoptr(GPtrArray) cards = g_steal_pointer (&body->cards);
  guint n_sectors = g_strv_length (body->sectors);
  guint n, n_sources, n_slots;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  summary->term = body->term != NULL ? gy_term_copy (body->term) : NULL;
  summary->n_columns = n = gy_money_columns_count (summary->term);
  summary->body_name = g_strdup (body->body_name != NULL ? body->body_name : "");
  summary->sources = g_strdupv (body->sources);
  summary->continuing_is_done = body->continuing_is_done;
  summary->done_statuses = g_strdupv (body->done_statuses);
  summary->continuing_statuses = g_strdupv (body->continuing_statuses);
  summary->statuses = g_strdupv (body->statuses);
  n_sources = gy_summary_n_sources (summary);
  n_slots = gy_summary_n_counts (summary);

  g_date_clear (&summary->as_of, 1);
  if (selection != NULL && g_date_valid (&selection->as_of))
    summary->as_of = selection->as_of;
  else
    g_date_set_dmy (&summary->as_of, (GDateDay) g_date_time_get_day_of_month (now),
                    (GDateMonth) g_date_time_get_month (now),
                    (GDateYear) g_date_time_get_year (now));
  {
    g_autofree char *date = gy_format_date (&summary->as_of);
    summary->as_of_text = g_strdup_printf ("%s 기준", date);
  }

  summary->pledges = g_ptr_array_new_with_free_func (body->borrowed ? pledge_free_borrowed
                                                                    : pledge_free);
  summary->groups = g_ptr_array_new_with_free_func (group_free);
  summary->total = g_new0 (GySum, n);
  summary->sources_total = g_new0 (GySum, (gsize) MAX (n_sources, 1) * n);
  counts_init (&summary->counts, n_slots);

  /* 분야 in the body's order, those without one last; pledges in the store's order */
  for (guint g = 0; g <= n_sectors; g++)
    {
      const char *sector = g < n_sectors ? body->sectors[g] : NULL;
      GySummaryGroup *group = g_new0 (GySummaryGroup, 1);

      group->sector = g_strdup (sector);
      group->label = gy_summary_sector_label (group->sector);
      group->pledges = g_ptr_array_new ();
      group->total = g_new0 (GySum, n);
      group->sources = g_new0 (GySum, (gsize) MAX (n_sources, 1) * n);
      counts_init (&group->counts, n_slots);

      for (guint i = 0; i < cards->len; i++)
        {
          GyCard *card = g_ptr_array_index (cards, i);
          GySummaryPledge *pledge;

          if (card == NULL || !in_sector (card, sector))
            continue;
          g_ptr_array_index (cards, i) = NULL;
          pledge = pledge_new (summary, card);
          g_ptr_array_add (summary->pledges, pledge);
          g_ptr_array_add (group->pledges, pledge);
          sums_add (group->total, pledge->total, n);
          sums_add (group->sources, pledge->sources, n_sources * n);
          counts_add_card (&group->counts, summary, card, body->continuing_is_done);
          summary->has_unset |= card->status == NULL || *card->status == '\0';
        }
      if (group->pledges->len == 0)
        {
          group_free (group);
          continue;
        }
      g_ptr_array_add (summary->groups, group);
      sums_add (summary->total, group->total, n);
      sums_add (summary->sources_total, group->sources, n_sources * n);
      counts_add (&summary->counts, &group->counts, n_slots);
    }
  return summary;
}

GySummary *
gy_summary_new (GyStore           *store,
                const GySelection *selection,
                GError           **error)
{
  g_autoptr(GyBodyCards) body = gy_body_cards_load (store, selection, error);

  if (body == NULL)
    return NULL;
  return gy_summary_new_for_body (body, selection);
}

void
gy_summary_free (GySummary *summary)
{
  if (summary == NULL)
    return;
  g_clear_pointer (&summary->groups, g_ptr_array_unref);
  g_clear_pointer (&summary->pledges, g_ptr_array_unref);
  g_clear_pointer (&summary->term, gy_term_free);
  g_free (summary->body_name);
  g_strfreev (summary->sources);
  g_strfreev (summary->statuses);
  g_strfreev (summary->done_statuses);
  g_strfreev (summary->continuing_statuses);
  g_free (summary->as_of_text);
  g_free (summary->total);
  g_free (summary->sources_total);
  g_free (summary->counts.by_status);
  g_free (summary);
}

guint
gy_summary_n_sources (const GySummary *summary)
{
  return g_strv_length (summary->sources);
}

/* The status columns: one per status, then 미지정 (pledges with none, or one not listed). */
guint
gy_summary_n_counts (const GySummary *summary)
{
  return g_strv_length (summary->statuses) + 1;
}

const char *
gy_summary_count_label (const GySummary *summary,
                        guint            index)
{
  if (index < g_strv_length (summary->statuses))
    return summary->statuses[index];
  return "미지정";
}

/* The plain mean of the pledges that have a 진도율, to one decimal as published. */
gboolean
gy_summary_counts_mean (const GySummaryCounts *counts,
                        double                *out_percent)
{
  if (counts->n_progress == 0)
    return FALSE;
  /* rounded once, half away from zero, as the workbook's =ROUND(AVERAGE(…),1) does */
  *out_percent = round (counts->progress_sum / counts->n_progress * 10) / 10;
  return TRUE;
}

/* 완료율 in percent, 0 with no pledge. */
double
gy_summary_counts_done_rate (const GySummaryCounts *counts)
{
  gint64 tenths;

  if (counts->n_pledges == 0)
    return 0;
  /* in tenths of a percent, rounded half up */
  tenths = ((gint64) counts->n_done * 2000 / counts->n_pledges + 1) / 2;

  return (double) tenths / 10.0;
}

/* "완료율 25.0% (완료 1건 / 전체 4건)", naming what the body counts as done. */
char *
gy_summary_done_note (const GySummary *summary)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) done = NULL;
  g_autofree char *names = NULL;

  g_strv_builder_addv (builder, (const char **) summary->done_statuses);
  if (summary->continuing_is_done)
    g_strv_builder_addv (builder, (const char **) summary->continuing_statuses);
  done = g_strv_builder_end (builder);
  names = g_strjoinv ("·", done);
  return g_strdup_printf ("완료율 %.1f%% (%s %u건 / 전체 %u건)",
                          gy_summary_counts_done_rate (&summary->counts),
                          *names != '\0' ? names : "완료", summary->counts.n_done,
                          summary->counts.n_pledges);
}

const char *
gy_summary_sector_label (const char *sector)
{
  return sector != NULL && *sector != '\0' ? sector : "분야 미지정";
}

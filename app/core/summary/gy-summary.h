/* gy-summary.h — what every output shows: a selection of one term's pledges, grouped and summed
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook, the report, the dashboard charts and --list render a GySummary; none of them
 * sums money or counts statuses itself. A summary is for one term: its money columns are
 * that term's (gy-money-column.h), and a card of another term is never in it.
 */
#pragma once

#include "gy-body-cards.h"
#include "gy-money-column.h"

G_BEGIN_DECLS

/* A computed amount in 천원, and whether print shows it: a zero that comes only from blank
 * cells stays blank, as on the paper card. */
typedef struct {
  gint64   value;
  gboolean shown;
} GySum;

/* Pledges counted by status, with their progress. BY_STATUS has one slot per status of the
 * summary, then one for pledges without a status (미지정). */
typedef struct {
  guint   n_pledges;
  guint  *by_status;
  guint   n_progress;       /* pledges with a 진도율 */
  double  progress_sum;     /* their 진도율 in percent, as written (a rate, not money) */
  guint   n_done;           /* 완료, and 이행 후 계속추진 when the body counts it done */
} GySummaryCounts;

typedef struct {
  GyCard *card;        /* owned by the summary, unless its body borrowed the cards */
  GySum  *total;       /* 계: one per money column */
  GySum  *sources;     /* [source][column], in the summary's source order */
  GySum  *rows;        /* [row][column]: each of the card's source rows as written, for
                        * an output that shows the card's own table */
} GySummaryPledge;

typedef struct {
  char            *sector;   /* NULL: pledges without a 분야 */
  const char      *label;    /* the 분야, or "분야 미지정" */
  GPtrArray       *pledges;  /* GySummaryPledge *, borrowed from the summary */
  GySum           *total;    /* 소계 */
  GySum           *sources;  /* [source][column] */
  GySummaryCounts  counts;
} GySummaryGroup;

typedef struct {
  GyTerm          *term;        /* the one term; NULL only when nothing was selected */
  guint            n_columns;   /* gy_money_columns_count (term) */
  char            *body_name;   /* may be "" */
  GStrv            sources;     /* the body's, in its order, then those only cards use */
  GStrv            statuses;    /* the body's, then those only cards use */
  gboolean         has_unset;   /* some pledge has no status: outputs show a 미지정 column */
  GDate            as_of;
  char            *as_of_text;  /* "2026. 11. 25. 기준" */
  GPtrArray       *pledges;     /* GySummaryPledge *, owned, in output order */
  GPtrArray       *groups;      /* GySummaryGroup *, the 분야 in the body's order, none last */
  GySum           *total;       /* 합계 */
  GySum           *sources_total; /* [source][column] */
  GySummaryCounts  counts;
  gboolean         continuing_is_done; /* the body counts 이행 후 계속추진 as 완료 */
  GStrv            done_statuses;      /* the statuses meaning 완료, by the body's names */
  GStrv            continuing_statuses; /* meaning 이행 후 계속추진 */
} GySummary;

GySummary  *gy_summary_new               (GyStore            *store,
                                          const GySelection  *selection,
                                          GError            **error);
GySummary  *gy_summary_new_for_body      (GyBodyCards        *body,
                                          const GySelection  *selection);
void        gy_summary_free              (GySummary          *summary);

guint       gy_summary_n_sources         (const GySummary    *summary);
guint       gy_summary_n_counts          (const GySummary    *summary);
const char *gy_summary_count_label       (const GySummary    *summary,
                                          guint               index);
gboolean    gy_summary_counts_mean       (const GySummaryCounts *counts,
                                          double             *out_percent);
double      gy_summary_counts_done_rate  (const GySummaryCounts *counts);
char       *gy_summary_done_note         (const GySummary    *summary);
const char *gy_summary_sector_label      (const char         *sector);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GySummary, gy_summary_free)

G_END_DECLS

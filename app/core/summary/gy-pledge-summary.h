/* gy-pledge-summary.h — one line of the pledge list: what the tree, the charts and --list show
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store fills these with one query; the charts and timelines read them without the store.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gint64    id;
  char     *number;
  char     *title;
  char     *sector;      /* NULL when none */
  char     *term;
  char     *status;      /* NULL when none */
  char     *lead_dept;
  gboolean  has_progress;
  double    progress;
  gint64    total_cost;  /* 총사업비 of the 계 row, 천원; GY_MONEY_ABSENT when none */
  char     *period_start;  /* 사업개요 사업기간 as "2018-07", or NULL */
  char     *period_end;    /* "2022-06", or NULL when open or absent */
} GyPledgeSummary;

void gy_pledge_summary_free (GyPledgeSummary *summary);

G_END_DECLS

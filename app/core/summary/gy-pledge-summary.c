/* gy-pledge-summary.c — one line of the pledge list
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gy-pledge-summary.h"

void
gy_pledge_summary_free (GyPledgeSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->number);
  g_free (summary->title);
  g_free (summary->sector);
  g_free (summary->term);
  g_free (summary->status);
  g_free (summary->lead_dept);
  g_free (summary->period_start);
  g_free (summary->period_end);
  g_free (summary);
}

/* gy-chart-summary.h — the body-wide charts of a summary: what the dashboard and the report show
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-chart.h"
#include "gy-summary.h"

G_BEGIN_DECLS

GyChartData *gy_chart_data_new_for_summary (const GySummary *summary,
                                            GyChartKind      kind);

G_END_DECLS

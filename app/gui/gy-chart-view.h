/* gy-chart-view.h — a budget chart in the window, drawn by the same code as the exports
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-chart.h"

G_BEGIN_DECLS

#define GY_TYPE_CHART_VIEW (gy_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (GyChartView, gy_chart_view, GY, CHART_VIEW, GtkWidget)

GtkWidget   *gy_chart_view_new        (void);
GyChartData *gy_chart_view_get_data   (GyChartView   *self);
void         gy_chart_view_set_data   (GyChartView   *self,
                                       GyChartData   *data);
GyChartStyle gy_chart_view_get_style  (GyChartView   *self);
void         gy_chart_view_set_style  (GyChartView   *self,
                                       GyChartStyle   style);
GdkTexture  *gy_chart_view_to_texture (GyChartView   *self,
                                       int            width,
                                       int            height);
void         gy_chart_view_copy       (GyChartView   *self);
gboolean     gy_chart_view_save       (GyChartView   *self,
                                       const char    *path,
                                       GError       **error);

G_END_DECLS

/* gy-money-grid.h — the 연차별 투자수요 table as a spreadsheet-like grid
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-card.h"

G_BEGIN_DECLS

#define GY_TYPE_MONEY_GRID (gy_money_grid_get_type ())
G_DECLARE_FINAL_TYPE (GyMoneyGrid, gy_money_grid, GY, MONEY_GRID, GtkWidget)

GtkWidget  *gy_money_grid_new        (void);
void        gy_money_grid_set_card   (GyMoneyGrid        *self,
                                      const GyCard       *card,
                                      const char * const *sources,
                                      GPtrArray          *findings);
void        gy_money_grid_set_editable (GyMoneyGrid *self,
                                      gboolean      editable);
GtkWidget  *gy_money_grid_get_cell   (GyMoneyGrid  *self,
                                      const char   *source,
                                      const char   *column);

G_END_DECLS

/* gy-card-editor.h — every part of one pledge card, editable in the paper card's order
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-card.h"
#include "gy-money-grid.h"

G_BEGIN_DECLS

#define GY_TYPE_CARD_EDITOR (gy_card_editor_get_type ())
G_DECLARE_FINAL_TYPE (GyCardEditor, gy_card_editor, GY, CARD_EDITOR, GtkWidget)

GtkWidget   *gy_card_editor_new             (void);
void         gy_card_editor_set_card        (GyCardEditor       *self,
                                             const GyCard       *card,
                                             const char * const *sectors,
                                             const char * const *statuses,
                                             const char * const *sources,
                                             gboolean            editable);
GyCard      *gy_card_editor_get_card        (GyCardEditor       *self);
const char  *gy_card_editor_get_reason      (GyCardEditor       *self);
GyMoneyGrid *gy_card_editor_get_money_grid  (GyCardEditor       *self);
GtkWidget   *gy_card_editor_get_findings    (GyCardEditor       *self);
void         gy_card_editor_show_sub_project (GyCardEditor      *self,
                                             guint               index);

G_END_DECLS

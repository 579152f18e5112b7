/* gy-window.h — the main window: the pledge tree beside the selected card
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-application.h"
#include "gy-store.h"

G_BEGIN_DECLS

#define GY_TYPE_WINDOW (gy_window_get_type ())
G_DECLARE_FINAL_TYPE (GyWindow, gy_window, GY, WINDOW, GtkApplicationWindow)

GyWindow   *gy_window_new          (GyApplication *application,
                                    GyStore       *store);
GyStore    *gy_window_get_store    (GyWindow      *self);
gint64      gy_window_get_pledge   (GyWindow      *self);
GtkWidget  *gy_window_get_editor   (GyWindow      *self);
GtkWidget  *gy_window_get_tree     (GyWindow      *self);
void        gy_window_fill_recent  (GyWindow      *self);

G_END_DECLS

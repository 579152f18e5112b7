/* gy-window.h — the main window: the body's pledges
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

GyWindow   *gy_window_new        (GyApplication *application,
                                  GyStore       *store);
GyStore    *gy_window_get_store  (GyWindow      *self);
GListModel *gy_window_get_pledges (GyWindow     *self);

G_END_DECLS

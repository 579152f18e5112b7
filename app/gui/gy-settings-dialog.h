/* gy-settings-dialog.h — the body's settings: name, funding sources, statuses, sectors, terms
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-store.h"

G_BEGIN_DECLS

#define GY_TYPE_SETTINGS_DIALOG (gy_settings_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GySettingsDialog, gy_settings_dialog, GY, SETTINGS_DIALOG, GtkWindow)

GtkWidget *gy_settings_dialog_new (GtkWindow *parent,
                                   GyStore   *store);

G_END_DECLS

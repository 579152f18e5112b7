/* gy-settings-dialog-private.h — what the window test reaches into
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are built at run time, so the test cannot find them as template children.
 */
#pragma once

#include "gy-settings-dialog.h"

G_BEGIN_DECLS

typedef enum {
  GY_SETTINGS_ROW_LABEL,   /* the GtkEditableLabel with the name */
  GY_SETTINGS_ROW_UP,
  GY_SETTINGS_ROW_DOWN,
  GY_SETTINGS_ROW_REMOVE,
  GY_SETTINGS_ROW_HINT,    /* terms only: the label with the columns */
} GySettingsRowPart;

/* A part of the index-th row of a list's page, or NULL. */
GtkWidget *gy_settings_dialog_get_value_row_part (GySettingsDialog  *self,
                                                  GyListKind         kind,
                                                  guint              index,
                                                  GySettingsRowPart  part);
GtkWidget *gy_settings_dialog_get_term_row_part  (GySettingsDialog  *self,
                                                  guint              index,
                                                  GySettingsRowPart  part);
/* The error dialog on screen, or NULL. */
GtkWidget *gy_settings_dialog_get_error_dialog   (GySettingsDialog  *self);

G_END_DECLS

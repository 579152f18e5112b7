/* gy-application.h — the application: command line, windows, app actions
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GY_TYPE_APPLICATION (gy_application_get_type ())
G_DECLARE_FINAL_TYPE (GyApplication, gy_application, GY, APPLICATION, GtkApplication)

GyApplication *gy_application_new          (void);
GBytes        *gy_application_sample_card  (void);
GStrv          gy_application_dup_recent   (GyApplication *self);
void           gy_application_open_path    (GyApplication *self,
                                            const char    *path,
                                            gboolean       create);
GtkWindow     *gy_application_open_start   (GyApplication *self);

G_END_DECLS

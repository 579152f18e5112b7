/* gy-export-dialog.h — where and as of when an export is written, and its progress
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-store.h"

G_BEGIN_DECLS

typedef enum {
  GY_EXPORT_WORKBOOK,
  GY_EXPORT_REPORT,
} GyExportKind;

/* Called when the officer accepts: PATH to write, AS_OF the 기준일 (invalid: today). */
typedef void (*GyExportAccept) (GtkWindow   *parent,
                                const char  *path,
                                const GDate *as_of,
                                gpointer     user_data);

char      *gy_export_suggest_name    (GyStore      *store,
                                      GyExportKind  kind,
                                      const GDate  *as_of);
char      *gy_export_suggest_path    (GyStore      *store,
                                      GyExportKind  kind,
                                      const GDate  *as_of);
void       gy_export_load_as_of      (GDate        *as_of);
void       gy_export_save_as_of      (const GDate  *as_of);
gboolean   gy_export_parse_as_of     (const char   *text,
                                      GDate        *as_of);

GtkWindow *gy_export_dialog_new      (GtkWindow      *parent,
                                      GyStore        *store,
                                      GyExportKind    kind,
                                      GyExportAccept  accept,
                                      gpointer        user_data);

/* The progress window: the stage, a bar and 취소, which cancels CANCELLABLE; once done it
 * offers 열기 and 폴더 열기. */
const char *gy_export_stage_label   (const char   *stage);
GtkWindow *gy_export_progress_new    (GtkWindow    *parent,
                                      GCancellable *cancellable);
void       gy_export_progress_update (GtkWindow    *progress,
                                      guint         done,
                                      guint         total,
                                      const char   *stage);
void       gy_export_progress_finish (GtkWindow    *progress,
                                      const char   *path);

G_END_DECLS

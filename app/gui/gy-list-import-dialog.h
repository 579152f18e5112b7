/* gy-list-import-dialog.h — bring in a pledge list: the mapping of its columns, a preview
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-list.h"
#include "gy-store.h"
#include "gy-undo.h"

G_BEGIN_DECLS

#define GY_TYPE_LIST_IMPORT_DIALOG (gy_list_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GyListImportDialog, gy_list_import_dialog, GY, LIST_IMPORT_DIALOG, GtkWindow)

/* NULL with ERROR when the file cannot be read. TERM: the term the list goes into at first
 * (NULL: the newest). UNDO (may be NULL): the import is one step of it. */
GyListImportDialog *gy_list_import_dialog_new        (GtkWindow          *parent,
                                                      GyStore            *store,
                                                      GyUndo             *undo,
                                                      const char         *path,
                                                      const char         *term,
                                                      GError            **error);
/* For tests and the window: what the dialog shows and does. */
GtkDropDown        *gy_list_import_dialog_get_field  (GyListImportDialog *self,
                                                      GyListField         field);
GtkDropDown        *gy_list_import_dialog_get_sheet  (GyListImportDialog *self);
GtkCheckButton     *gy_list_import_dialog_get_add_values (GyListImportDialog *self);
const GyListTable  *gy_list_import_dialog_get_table  (GyListImportDialog *self);
const GyListReport *gy_list_import_dialog_get_preview_report (GyListImportDialog *self);
char               *gy_list_import_dialog_dup_preview_text (GyListImportDialog *self);
gboolean            gy_list_import_dialog_import     (GyListImportDialog *self);

G_END_DECLS

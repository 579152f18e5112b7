/* gy-undo.h — undo and redo over this session's edits
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-list.h"
#include "gy-store.h"

G_BEGIN_DECLS

#define GY_TYPE_UNDO (gy_undo_get_type ())
G_DECLARE_FINAL_TYPE (GyUndo, gy_undo, GY, UNDO, GObject)

GyUndo     *gy_undo_new             (GyStore     *store);
gboolean    gy_undo_save_card       (GyUndo      *self,
                                     GyCard      *card,
                                     const char  *label,
                                     const char  *reason,
                                     GError     **error);
gboolean    gy_undo_set_money_cell  (GyUndo      *self,
                                     gint64       pledge_id,
                                     const char  *source,
                                     const char  *column,
                                     gint64       amount,
                                     const char  *reason,
                                     GError     **error);
GyListReport *gy_undo_import_list   (GyUndo              *self,
                                     const GyListTable   *table,
                                     const GyListMapping *mapping,
                                     const char          *term,
                                     GyListImportFlags    flags,
                                     GError             **error);
gboolean    gy_undo_undo            (GyUndo      *self,
                                     GError     **error);
gboolean    gy_undo_redo            (GyUndo      *self,
                                     GError     **error);
gboolean    gy_undo_can_undo        (GyUndo      *self);
gboolean    gy_undo_can_redo        (GyUndo      *self);
const char *gy_undo_get_undo_label  (GyUndo      *self);
const char *gy_undo_get_redo_label  (GyUndo      *self);
gint64      gy_undo_get_last_pledge (GyUndo      *self);
void        gy_undo_clear           (GyUndo      *self);

G_END_DECLS

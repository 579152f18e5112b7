/* gy-list-private.h — what the gy-list*.c files share
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-list.h"

G_BEGIN_DECLS

GyListTable *gy_list_table_new      (const char  *path,
                                     const char  *format);
/* Takes cells (a GPtrArray of char *, freed here); drops its trailing empty cells. */
void         gy_list_table_add_row  (GyListTable *table,
                                     GPtrArray   *cells,
                                     guint        line);

gboolean     gy_list_csv_read       (GyListTable *table,
                                     const char  *bytes,
                                     gsize        length,
                                     char         delimiter,
                                     GError     **error);
gboolean     gy_list_xlsx_read      (GyListTable *table,
                                     const char  *sheet,
                                     GError     **error);
GStrv        gy_list_xlsx_sheets    (const char  *path,
                                     GError     **error);

G_END_DECLS

/* gy-progress.h — how long work (an export, an import) tells how far it got
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Called as work advances: DONE of TOTAL steps, in the named STAGE. The workbook calls it
 * once per sheet ("총괄", "투자계획", "cards"), then "file" with DONE == TOTAL - 1 while the
 * file is assembled and DONE == TOTAL once it is in place; the report once per page
 * ("pages", TOTAL the pages counted after pagination, so the last page is TOTAL / TOTAL),
 * then "file" with DONE == TOTAL once the file is in place. */
typedef void (*GyProgressFunc) (guint       done,
                                guint       total,
                                const char *stage,
                                gpointer    user_data);

G_END_DECLS

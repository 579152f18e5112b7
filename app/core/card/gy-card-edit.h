/* gy-card-edit.h — replace one part of a card with text the user typed
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-card.h"

G_BEGIN_DECLS

gboolean gy_card_edit_overview      (GyCard      *card,
                                     const char  *text,
                                     GError     **error);
gboolean gy_card_edit_sub_project   (GyCard      *card,
                                     guint        index,
                                     const char  *text,
                                     GError     **error);
gboolean gy_card_edit_year_entries  (GyCard      *card,
                                     guint        index,
                                     const char  *text,
                                     GError     **error);
gboolean gy_card_edit_problems      (GyCard      *card,
                                     const char  *text,
                                     GError     **error);
gboolean gy_card_edit_effects       (GyCard      *card,
                                     const char  *text,
                                     GError     **error);

G_END_DECLS

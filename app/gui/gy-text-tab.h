/* gy-text-tab.h — Tab leaves a text area, Ctrl+Tab types a tab
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void gy_text_tab_setup (GtkTextView *view);

G_END_DECLS

/* gy-timeline-view.h — a pledge's or the body's timeline in the window, drawn by the core
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gy-timeline.h"

G_BEGIN_DECLS

#define GY_TYPE_TIMELINE_VIEW (gy_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (GyTimelineView, gy_timeline_view, GY, TIMELINE_VIEW, GtkWidget)

GtkWidget      *gy_timeline_view_new        (void);
void            gy_timeline_view_set_card   (GyTimelineView *self,
                                             const GyCard   *card);
void            gy_timeline_view_set_body   (GyTimelineView *self,
                                             GPtrArray      *summaries,
                                             const GyTerm   *term);
GyTimelineData *gy_timeline_view_get_data   (GyTimelineView *self);
void            gy_timeline_view_set_data   (GyTimelineView *self,
                                             GyTimelineData *data);
const GyTimelineLayout *
                gy_timeline_view_get_layout (GyTimelineView *self);

G_END_DECLS

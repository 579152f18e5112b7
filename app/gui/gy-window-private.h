/* gy-window-private.h — the window's state, shared by gy-window.c and gy-window-actions.c
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-card-editor.h"
#include "gy-list-import-dialog.h"
#include "gy-chart-view.h"
#include "gy-pledge-tree.h"
#include "gy-print-operation.h"
#include "gy-timeline-view.h"
#include "gy-undo.h"
#include "gy-window.h"

G_BEGIN_DECLS

struct _GyWindow
{
  GtkApplicationWindow  parent_instance;

  GyStore              *store;
  GyUndo               *undo;
  gint64                pledge_id;     /* the pledge on the card page, 0 for none */
  gboolean              body_timeline_stale;  /* laid out only when its page shows */
  gboolean              dashboard_stale;      /* summed only when its page shows */
  gboolean              keep_undo;     /* a body-wide change of the undo stack's own: kept */

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkMenuButton        *recent_button;
  GtkRevealer          *message_revealer;
  GtkLabel             *message_label;
  GtkButton            *details_button;  /* shows when the message has details */
  char                 *details;         /* what the details window lists */
  GtkPaned             *paned;
  GyPledgeTree         *tree;
  GtkStack             *view_stack;
  GtkStack             *card_stack;
  GyCardEditor         *editor;
  GyChartView          *card_chart;
  GyTimelineView       *timeline;
  GyTimelineView       *body_timeline;
  GtkBox               *body_timeline_box;
  GPtrArray            *body_timelines;  /* GyTimelineView: one per term shown */
  GtkGrid              *dashboard_grid;
  GtkProgressBar       *progress_bar;
  GPtrArray            *dashboard;      /* GyChartView: the charts of each term shown */
};

void     gy_window_install_actions  (GtkWidgetClass *widget_class);
void     gy_window_update_actions   (GyWindow       *self);
void     gy_window_show_message     (GyWindow       *self,
                                     const char     *message);
void     gy_window_show_details     (GyWindow       *self,
                                     const char     *details);
void     gy_window_show_pledge      (GyWindow       *self,
                                     gint64          pledge_id);
void     gy_window_import_files     (GyWindow       *self,
                                     GFile         **files,
                                     guint           n_files);
void     gy_window_drop_files       (GyWindow       *self,
                                     GFile         **files,
                                     guint           n_files);
gboolean gy_window_is_list_path     (const char     *path);
GyListImportDialog *
         gy_window_open_list_import (GyWindow       *self,
                                     const char     *path);
void     gy_window_export_workbook  (GyWindow       *self,
                                     const char     *path);
void     gy_window_export_workbook_full (GyWindow    *self,
                                         const char  *path,
                                         const GDate *as_of);
GyPrintOperation *
         gy_window_new_print_operation (GyWindow    *self,
                                        const char  *action);

/* gy-window-empty.c: the card page of a file without pledges */
void     gy_window_install_empty_actions (GtkWidgetClass *widget_class);
void     gy_window_setup_empty      (GyWindow       *self);
void     gy_window_update_empty     (GyWindow       *self);
gint64   gy_window_new_pledge       (GyWindow       *self,
                                     GError        **error);

G_END_DECLS

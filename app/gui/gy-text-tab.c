/* gy-text-tab.c — Tab leaves a text area, Ctrl+Tab types a tab
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card is a form: an officer walks it field by field with Tab. A multi-line text area
 * would swallow Tab as a character, so Tab moves on (as in an entry) and the rare tab
 * character is typed with Ctrl+Tab.
 */
#define G_LOG_DOMAIN "gy-text-tab"

#include "config.h"

#include "gy-text-tab.h"

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkTextView           *view)
{
  GtkTextBuffer *buffer;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab) ||
      (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) != GDK_CONTROL_MASK)
    return FALSE;
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, gtk_text_view_get_editable (view));
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "\t", 1,
                                                gtk_text_view_get_editable (view));
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (buffer));
  return TRUE;
}

/* Makes Tab and Shift+Tab move the focus out of VIEW, and Ctrl+Tab insert a tab. */
void
gy_text_tab_setup (GtkTextView *view)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  gtk_text_view_set_accepts_tab (view, FALSE);
  /* before the view's own keys and the window's Ctrl+Tab focus move */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (keys, "gy-text-tab");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), view, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), keys);
}

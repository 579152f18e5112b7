/* gy-window-empty.c — what the card page offers while the file has no pledge
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An empty file is where the officer starts: the page says so and offers the three ways in
 * (a card text, a list, a blank pledge) instead of "select a pledge".
 */
#define G_LOG_DOMAIN "gy-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-window-private.h"

/* The title of a blank pledge: data of the file, Korean like the card's own labels. */
#define NEW_PLEDGE_TITLE "새 공약"

static GtkWidget *
empty_page (GyWindow *self)
{
  return gtk_stack_get_child_by_name (self->card_stack, "empty");
}

/* Creates a blank pledge titled 새 공약 in the term the tree shows (the latest when all are
 * shown) and selects it for editing. Returns its id, 0 with ERROR set when it cannot. */
gint64
gy_window_new_pledge (GyWindow  *self,
                      GError   **error)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (self->store);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  const char *shown = gy_pledge_tree_get_term (self->tree);
  const GyTerm *term = NULL;
  GyCard *card;

  if (gy_store_is_read_only (self->store))
    {
      g_set_error_literal (error, GY_STORE_ERROR, GY_STORE_ERROR_READ_ONLY,
                           _("The file is open read-only: a pledge cannot be added."));
      return 0;
    }
  for (guint i = 0; terms != NULL && i < terms->len; i++)
    if (shown == NULL || g_strcmp0 (((GyTerm *) g_ptr_array_index (terms, i))->name, shown) == 0)
      term = g_ptr_array_index (terms, i);
  if (term == NULL)
    {
      g_set_error_literal (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID,
                           _("The file has no term yet: add one in Settings, then add the "
                             "pledge."));
      return 0;
    }

  card = gy_card_new ();
  g_free (card->title);
  card->title = g_strdup (NEW_PLEDGE_TITLE);
  card->term = gy_term_copy (term);
  g_ptr_array_add (cards, card);
  if (!gy_store_import_cards (self->store, cards, error))
    return 0;
  gy_pledge_tree_select (self->tree, card->id, -1);
  if (self->pledge_id != card->id)
    gy_window_show_pledge (self, card->id);
  gtk_stack_set_visible_child_name (self->view_stack, "card");
  return card->id;
}

static void
new_pledge (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (gy_window_new_pledge (self, &error) == 0)
    gy_window_show_message (self, error->message);
}

void
gy_window_install_empty_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-pledge", NULL, new_pledge);
}

/* The actions show only while the file has no pledge at all. */
void
gy_window_update_empty (GyWindow *self)
{
  GtkWidget *page = empty_page (self);
  GtkWidget *label = gtk_widget_get_first_child (page);
  GtkWidget *actions = gtk_widget_get_next_sibling (label);
  g_autoptr(GPtrArray) pledges = gy_store_list_pledges (self->store, NULL);
  gboolean empty = pledges != NULL && pledges->len == 0;

  gtk_label_set_text (GTK_LABEL (label),
                      empty ? _("This file has no pledges yet. Read in the cards or the list you "
                                "have, or start a blank pledge.")
                            : _("Select a pledge in the list to see its card."));
  gtk_widget_set_visible (actions, empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-pledge",
                                 !gy_store_is_read_only (self->store));
}

static void
on_store_changed (GyStore  *store,
                  gint64    pledge_id,
                  GyWindow *self)
{
  /* A pledge's own edit never empties the file. */
  if (pledge_id == 0)
    gy_window_update_empty (self);
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

/* Adds the three actions under the empty page's label; called once the store is set. */
void
gy_window_setup_empty (GyWindow *self)
{
  GtkWidget *page = empty_page (self);
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_set_halign (actions, GTK_ALIGN_CENTER);
  gtk_widget_set_name (actions, "empty-actions");
  gtk_box_append (GTK_BOX (actions), action_button (_("Import _Cards…"), "win.import-card", TRUE));
  gtk_box_append (GTK_BOX (actions), action_button (_("Import a _List…"), "win.import-list", FALSE));
  gtk_box_append (GTK_BOX (actions), action_button (_("_New Pledge"), "win.new-pledge", FALSE));
  gtk_box_append (GTK_BOX (page), actions);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_AFTER);
  gy_window_update_empty (self);
}

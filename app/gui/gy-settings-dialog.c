/* gy-settings-dialog.c — the body's settings: name, funding sources, statuses, sectors, terms
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit goes straight to the store, one transaction each; there is nothing to save.
 * The pages are rebuilt from the store whenever it says it changed.
 */
#define G_LOG_DOMAIN "gy-settings-dialog"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "gy-settings-dialog-private.h"

#define N_LISTS (GY_LIST_SECTORS + 1)

struct _GySettingsDialog
{
  GtkWindow           parent_instance;

  GyStore            *store;
  GtkWidget          *error_dialog;  /* weak */
  char               *shown_body_name;  /* what the entry had from the store */

  GtkLabel           *read_only_label;
  GtkEntry           *body_name_entry;
  GtkCheckButton     *continuing_done_check;
  GtkLabel           *path_label;
  GtkListBox         *lists[N_LISTS];
  GtkEntry           *entries[N_LISTS];
  GtkListBox         *terms_list;
  GtkDropDown        *layout_dropdown;
  GtkSpinButton      *term_number_spin;
  GtkLabel           *numbered_preview_label;
  GtkLabel           *numbered_columns_label;
  GtkEntry           *term_name_entry;
  GtkEntry           *term_start_entry;
  GtkEntry           *term_end_entry;
  GtkLabel           *term_preview_label;
};

G_DEFINE_FINAL_TYPE (GySettingsDialog, gy_settings_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Keys of the parts of a row, in the order of GySettingsRowPart. */
static const char *const row_part_keys[] = {
  "gy-label", "gy-up", "gy-down", "gy-remove", "gy-hint",
};

/* The dialog's own errors: a date it cannot read. */
#define GY_SETTINGS_DIALOG_ERROR (gy_settings_dialog_error_quark ())
static G_DEFINE_QUARK (gy-settings-dialog-error-quark, gy_settings_dialog_error)

/* Helpers */

static gboolean
is_read_only (GySettingsDialog *self)
{
  return gy_store_is_read_only (self->store);
}

static GyTermLayout
selected_layout (GySettingsDialog *self)
{
  return gtk_drop_down_get_selected (self->layout_dropdown) == 1 ? GY_TERM_LAYOUT_WHOLE
                                                                  : GY_TERM_LAYOUT_HALF;
}

static const char *
layout_name (GyTermLayout layout)
{
  return layout == GY_TERM_LAYOUT_WHOLE ? _("Whole years") : _("Half years at the ends");
}

/* "2022 하반기 · 2023 · 2024 · 2025 · 2026 상반기": what the money table's columns will be. */
static char *
dup_columns_hint (const GyTerm *term)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < gy_term_n_columns (term); i++)
    {
      if (i > 0)
        g_string_append (text, " · ");
      g_string_append (text, gy_term_column (term, i)->label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_term_span (const GyTerm *term)
{
  g_autofree char *start = gy_format_date (&term->start);
  g_autofree char *end = gy_format_date (&term->end);

  return g_strdup_printf ("%s – %s", start, end);
}

/* Names are typed by hand: spaces around them are never meant. */
static char *
dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* "2022. 7. 1." as gy_format_date() writes it; the spaces and the last dot may be left out,
 * nothing else is guessed: "2022-07-01" or "22. 7. 1." are refused. */
static gboolean
parse_date (const char  *text,
            GDate       *out_date,
            GError     **error)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *stripped = dup_stripped (text);
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;
  g_autofree char *day = NULL;
  int y, m, d;

  regex = g_regex_new ("^([0-9]{4}) *\\. *([0-9]{1,2}) *\\. *([0-9]{1,2}) *\\.?$", 0, 0, NULL);
  g_assert (regex != NULL);
  if (!g_regex_match (regex, stripped, 0, &match))
    {
      g_set_error (error, GY_SETTINGS_DIALOG_ERROR, 0,
                   _("“%s” is not a date: write it as 2022. 7. 1."), stripped);
      return FALSE;
    }
  year = g_match_info_fetch (match, 1);
  month = g_match_info_fetch (match, 2);
  day = g_match_info_fetch (match, 3);
  y = atoi (year);
  m = atoi (month);
  d = atoi (day);
  if (!g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, GY_SETTINGS_DIALOG_ERROR, 0,
                   _("“%s” is not a day of the calendar"), stripped);
      return FALSE;
    }
  g_date_clear (out_date, 1);
  g_date_set_dmy (out_date, d, m, y);
  return TRUE;
}

/* The term the "Other term" fields describe, or NULL with the reason. */
static GyTerm *
term_from_form (GySettingsDialog  *self,
                GError           **error)
{
  g_autofree char *name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->term_name_entry)));
  const char *start_text = gtk_editable_get_text (GTK_EDITABLE (self->term_start_entry));
  const char *end_text = gtk_editable_get_text (GTK_EDITABLE (self->term_end_entry));
  GDate start, end;

  if (!parse_date (start_text, &start, error))
    {
      g_prefix_error (error, _("First day: "));
      return NULL;
    }
  if (!parse_date (end_text, &end, error))
    {
      g_prefix_error (error, _("Last day: "));
      return NULL;
    }
  if (g_date_compare (&start, &end) > 0)
    {
      g_set_error_literal (error, GY_SETTINGS_DIALOG_ERROR, 0, _("The term ends before it starts"));
      return NULL;
    }
  if (*name == '\0')
    {
      g_set_error_literal (error, GY_SETTINGS_DIALOG_ERROR, 0,
                           _("Give the term a name, such as 민선9기"));
      return NULL;
    }
  return gy_term_new (name, &start, &end, selected_layout (self));
}

static void
on_error_dialog_response (GtkDialog *dialog,
                          int        response,
                          gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A refused edit: what was tried on top, the store's own words below. */
static void
show_error (GySettingsDialog *self,
            const char       *primary,
            const GError     *error)
{
  GtkWidget *dialog;

  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_dialog_response), NULL);
  self->error_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->error_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
get_row_part (GtkListBox        *list,
              guint              index,
              GySettingsRowPart  part)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);

  g_return_val_if_fail (part < G_N_ELEMENTS (row_part_keys), NULL);

  if (row == NULL)
    return NULL;
  return g_object_get_data (G_OBJECT (row), row_part_keys[part]);
}

/* Keeps the keyboard where the user was after the rows were rebuilt under it. */
static void
focus_row_part (GtkListBox        *list,
                guint              index,
                GySettingsRowPart  part)
{
  GtkWidget *widget = get_row_part (list, index, part);

  if (widget == NULL || !gtk_widget_is_sensitive (widget))
    widget = get_row_part (list, index, GY_SETTINGS_ROW_LABEL);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  return button;
}

/* Row buttons name a dialog action and its target; see the actions below. */
static void
on_row_button_clicked (GtkButton *button,
                       gpointer   user_data)
{
  const char *action = g_object_get_data (G_OBJECT (button), "gy-action");
  GVariant *target = g_object_get_data (G_OBJECT (button), "gy-target");

  gtk_widget_activate_action_variant (GTK_WIDGET (button), action, target);
}

static void
set_row_action (GtkWidget  *button,
                const char *action,
                GVariant   *target)
{
  g_object_set_data (G_OBJECT (button), "gy-action", (gpointer) action);
  g_object_set_data_full (G_OBJECT (button), "gy-target", g_variant_ref_sink (target),
                          (GDestroyNotify) g_variant_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_button_clicked), NULL);
}

static gboolean
start_editing_label (GtkWidget *row,
                     GVariant  *args,
                     gpointer   user_data)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "gy-label");

  if (!gtk_editable_get_editable (GTK_EDITABLE (label)))
    return FALSE;
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (label));
  return TRUE;
}

static void
add_row_shortcut (GtkEventController *controller,
                  guint               keyval,
                  GdkModifierType     modifiers,
                  GtkShortcutAction  *action,
                  GVariant           *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers), action);

  if (arguments != NULL)
    gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
}

/* Commits a rename left open in some row, so that rebuilding the rows cannot drop it. */
static void
commit_pending_edits (GySettingsDialog *self)
{
  GtkListBox *boxes[N_LISTS + 1];

  for (guint i = 0; i < N_LISTS; i++)
    boxes[i] = self->lists[i];
  boxes[N_LISTS] = self->terms_list;

  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    for (guint j = 0; ; j++)
      {
        GtkWidget *label = get_row_part (boxes[i], j, GY_SETTINGS_ROW_LABEL);

        if (label == NULL)
          break;
        if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (label)))
          {
            gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (label), TRUE);
            return;  /* its rename rebuilt the rows; only one can be open */
          }
      }
}

/* Body */

static void
refresh_body (GySettingsDialog *self)
{
  g_autofree char *name = gy_store_dup_body_name (self->store);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->body_name_entry));

  /* Never overwrite what is being typed and not yet applied. */
  if (self->shown_body_name == NULL || g_strcmp0 (text, self->shown_body_name) == 0)
    {
      g_free (self->shown_body_name);
      self->shown_body_name = g_strdup (name != NULL ? name : "");
      gtk_editable_set_text (GTK_EDITABLE (self->body_name_entry), self->shown_body_name);
    }
  gtk_label_set_text (self->path_label, gy_store_get_path (self->store));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->path_label), gy_store_get_path (self->store));
  /* the store's value, without writing it back from the toggled handler */
  g_signal_handlers_block_matched (self->continuing_done_check, G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                                   NULL, self);
  gtk_check_button_set_active (self->continuing_done_check,
                               gy_store_get_continuing_is_done (self->store));
  g_signal_handlers_unblock_matched (self->continuing_done_check, G_SIGNAL_MATCH_DATA, 0, 0,
                                     NULL, NULL, self);
}

/* Bodies differ on whether a pledge done and still going on counts as done. */
static void
on_continuing_done_toggled (GtkCheckButton   *check,
                            GySettingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean done = gtk_check_button_get_active (check);

  if (self->store == NULL || is_read_only (self) ||
      done == gy_store_get_continuing_is_done (self->store))
    return;
  if (!gy_store_set_continuing_is_done (self->store, done, &error))
    {
      refresh_body (self);
      show_error (self, _("Could not change how the completion rate counts"), error);
    }
}

static void
apply_body_name (GySettingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *name = NULL;

  /* The entry loses the focus once more while the window is torn down. */
  if (self->store == NULL || is_read_only (self))
    return;
  stored = gy_store_dup_body_name (self->store);
  name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->body_name_entry)));
  if (g_strcmp0 (name, stored != NULL ? stored : "") == 0)
    return;
  /* The entry now says what the store will: let the refresh take the new name. */
  g_free (self->shown_body_name);
  self->shown_body_name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->body_name_entry)));
  if (!gy_store_set_body_name (self->store, name, &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->body_name_entry), stored != NULL ? stored : "");
      show_error (self, _("Could not change the body’s name"), error);
    }
}

static void
on_body_name_entry_activate (GtkEntry         *entry,
                             GySettingsDialog *self)
{
  apply_body_name (self);
}

static void
on_body_name_focus_leave (GtkEventControllerFocus *controller,
                          GySettingsDialog        *self)
{
  apply_body_name (self);
}

/* Lists */

static void
on_value_label_editing (GtkEditableLabel *label,
                        GParamSpec       *pspec,
                        GySettingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *title = NULL;
  GyListKind kind;

  if (gtk_editable_label_get_editing (label))
    return;

  /* The rename rebuilds the rows, this label with them: copy what it holds first. */
  old_name = g_strdup (g_object_get_data (G_OBJECT (label), "gy-name"));
  kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "gy-kind"));
  new_name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (label)));

  if (*new_name == '\0' || g_strcmp0 (new_name, old_name) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (label), old_name);
      return;
    }
  if (!gy_store_rename_value (self->store, kind, old_name, new_name, &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (label), old_name);
      title = g_strdup_printf (_("Could not rename “%s”"), old_name);
      show_error (self, title, error);
    }
}

static GtkWidget *
create_value_row (GySettingsDialog *self,
                  GyListKind        kind,
                  guint             index,
                  guint             n_values,
                  const char       *name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_editable_label_new (name);
  GtkWidget *rename = create_icon_button ("document-edit-symbolic", _("Rename"));
  GtkWidget *up = create_icon_button ("go-up-symbolic", _("Move Up"));
  GtkWidget *down = create_icon_button ("go-down-symbolic", _("Move Down"));
  GtkWidget *remove = create_icon_button ("user-trash-symbolic", _("Remove"));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  gboolean writable = !is_read_only (self);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_editable_set_editable (GTK_EDITABLE (label), writable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (label), "gy-name", g_strdup (name), g_free);
  g_object_set_data (G_OBJECT (label), "gy-kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (label, "notify::editing", G_CALLBACK (on_value_label_editing), self, 0);

  g_signal_connect_swapped (rename, "clicked", G_CALLBACK (gtk_editable_label_start_editing), label);
  set_row_action (up, "settings.move-up", g_variant_new ("(uu)", kind, index));
  set_row_action (down, "settings.move-down", g_variant_new ("(uu)", kind, index));
  set_row_action (remove, "settings.remove-value", g_variant_new ("(uu)", kind, index));
  gtk_widget_set_sensitive (rename, writable);
  gtk_widget_set_sensitive (up, writable && index > 0);
  gtk_widget_set_sensitive (down, writable && index + 1 < n_values);
  gtk_widget_set_sensitive (remove, writable);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), rename);
  gtk_box_append (GTK_BOX (box), up);
  gtk_box_append (GTK_BOX (box), down);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Keyboard users move a row where they stand: Alt+↑/↓, and rename with F2. */
  add_row_shortcut (shortcuts, GDK_KEY_Up, GDK_ALT_MASK, gtk_named_action_new ("settings.move-up"),
                    g_variant_new ("(uu)", kind, index));
  add_row_shortcut (shortcuts, GDK_KEY_Down, GDK_ALT_MASK,
                    gtk_named_action_new ("settings.move-down"),
                    g_variant_new ("(uu)", kind, index));
  add_row_shortcut (shortcuts, GDK_KEY_F2, 0,
                    gtk_callback_action_new (start_editing_label, NULL, NULL), NULL);
  gtk_widget_add_controller (row, shortcuts);

  g_object_set_data (G_OBJECT (row), "gy-label", label);
  g_object_set_data (G_OBJECT (row), "gy-up", up);
  g_object_set_data (G_OBJECT (row), "gy-down", down);
  g_object_set_data (G_OBJECT (row), "gy-remove", remove);
  return row;
}

static void
refresh_list (GySettingsDialog *self,
              GyListKind        kind)
{
  g_auto(GStrv) values = gy_store_list_values (self->store, kind);
  guint n = g_strv_length (values);

  clear_list_box (self->lists[kind]);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->lists[kind], create_value_row (self, kind, i, n, values[i]));
}

/* Terms */

static void
on_term_label_editing (GtkEditableLabel *label,
                       GParamSpec       *pspec,
                       GySettingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *title = NULL;
  gint64 id;

  if (gtk_editable_label_get_editing (label))
    return;

  old_name = g_strdup (g_object_get_data (G_OBJECT (label), "gy-name"));
  id = *(gint64 *) g_object_get_data (G_OBJECT (label), "gy-term-id");
  new_name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (label)));

  if (*new_name == '\0' || g_strcmp0 (new_name, old_name) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (label), old_name);
      return;
    }
  if (!gy_store_rename_term (self->store, id, new_name, &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (label), old_name);
      title = g_strdup_printf (_("Could not rename the term “%s”"), old_name);
      show_error (self, title, error);
    }
}

static GtkWidget *
create_term_row (GySettingsDialog *self,
                 const GyTerm     *term)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_editable_label_new (term->name);
  GtkWidget *span_label, *hint_label;
  GtkWidget *rename = create_icon_button ("document-edit-symbolic", _("Rename"));
  GtkWidget *remove = create_icon_button ("user-trash-symbolic", _("Remove"));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autofree char *span = dup_term_span (term);
  g_autofree char *description = g_strdup_printf ("%s · %s", span, layout_name (term->layout));
  g_autofree char *hint = dup_columns_hint (term);
  gboolean writable = !is_read_only (self);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_add_css_class (label, "heading");
  gtk_editable_set_editable (GTK_EDITABLE (label), writable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  term->name, -1);
  g_object_set_data_full (G_OBJECT (label), "gy-name", g_strdup (term->name), g_free);
  g_object_set_data_full (G_OBJECT (label), "gy-term-id", g_memdup2 (&term->id, sizeof term->id),
                          g_free);
  g_signal_connect_object (label, "notify::editing", G_CALLBACK (on_term_label_editing), self, 0);

  span_label = gtk_label_new (description);
  gtk_label_set_xalign (GTK_LABEL (span_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (span_label), TRUE);
  hint_label = gtk_label_new (hint);
  gtk_label_set_xalign (GTK_LABEL (hint_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (hint_label), TRUE);
  gtk_widget_add_css_class (hint_label, "dim-label");
  gtk_widget_set_tooltip_text (hint_label, _("The columns of its money table"));

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), label);
  gtk_box_append (GTK_BOX (text), span_label);
  gtk_box_append (GTK_BOX (text), hint_label);

  g_signal_connect_swapped (rename, "clicked", G_CALLBACK (gtk_editable_label_start_editing), label);
  set_row_action (remove, "settings.remove-term", g_variant_new_int64 (term->id));
  gtk_widget_set_sensitive (rename, writable);
  gtk_widget_set_sensitive (remove, writable);

  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), rename);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  add_row_shortcut (shortcuts, GDK_KEY_F2, 0,
                    gtk_callback_action_new (start_editing_label, NULL, NULL), NULL);
  gtk_widget_add_controller (row, shortcuts);

  g_object_set_data (G_OBJECT (row), "gy-label", label);
  g_object_set_data (G_OBJECT (row), "gy-remove", remove);
  g_object_set_data (G_OBJECT (row), "gy-hint", hint_label);
  return row;
}

static void
refresh_terms (GySettingsDialog *self)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (self->store);

  clear_list_box (self->terms_list);
  for (guint i = 0; i < terms->len; i++)
    gtk_list_box_append (self->terms_list, create_term_row (self, g_ptr_array_index (terms, i)));
}

/* The next 민선 term after the file's, or the one running today in a file without any. */
static guint
guess_next_term_number (GySettingsDialog *self)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (self->store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  guint highest = 0;

  for (guint i = 0; i < terms->len; i++)
    {
      const GyTerm *term = g_ptr_array_index (terms, i);
      guint number = gy_term_number_for_year (g_date_get_year (&term->start));

      highest = MAX (highest, number);
    }
  if (highest > 0)
    return highest + 1;
  if (g_date_time_get_month (now) < 7)
    year--;
  return 2 + (guint) MAX (0, (year - 1998) / 4);
}

/* A hint is dim; a problem is in the error colour. */
static void
set_preview (GtkLabel   *label,
             const char *text,
             gboolean    is_error)
{
  gtk_label_set_text (label, text);
  if (is_error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static void
update_term_previews (GySettingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyTerm) numbered = NULL;
  g_autoptr(GyTerm) other = NULL;
  guint number = (guint) gtk_spin_button_get_value_as_int (self->term_number_spin);
  g_autofree char *span = NULL;
  g_autofree char *hint = NULL;
  const char *start_text = gtk_editable_get_text (GTK_EDITABLE (self->term_start_entry));
  const char *end_text = gtk_editable_get_text (GTK_EDITABLE (self->term_end_entry));
  GDate date;

  numbered = gy_term_new_numbered (number, selected_layout (self));
  span = dup_term_span (numbered);
  hint = dup_columns_hint (numbered);
  gtk_label_set_text (self->numbered_preview_label, span);
  gtk_label_set_text (self->numbered_columns_label, hint);

  /* A date half typed is not yet wrong: mark only a field that cannot be read. */
  if (*start_text != '\0' && !parse_date (start_text, &date, NULL))
    gtk_widget_add_css_class (GTK_WIDGET (self->term_start_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->term_start_entry), "error");
  if (*end_text != '\0' && !parse_date (end_text, &date, NULL))
    gtk_widget_add_css_class (GTK_WIDGET (self->term_end_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->term_end_entry), "error");

  if (*start_text == '\0' && *end_text == '\0')
    set_preview (self->term_preview_label, _("Write the first and the last day as 2022. 7. 1."),
                 FALSE);
  else if ((other = term_from_form (self, &error)) != NULL)
    {
      g_autofree char *columns = dup_columns_hint (other);
      set_preview (self->term_preview_label, columns, FALSE);
    }
  else
    set_preview (self->term_preview_label, error->message,
                 *start_text != '\0' && *end_text != '\0');
}

static void
on_term_form_changed (GySettingsDialog *self)
{
  update_term_previews (self);
}

static void
on_term_entry_activate (GtkEntry         *entry,
                        GySettingsDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "settings.add-term", NULL);
}

static void
on_value_entry_activate (GtkEntry         *entry,
                         GySettingsDialog *self)
{
  for (guint kind = 0; kind < N_LISTS; kind++)
    if (self->entries[kind] == entry)
      gtk_widget_activate_action (GTK_WIDGET (self), "settings.add-value", "u", kind);
}

static void
refresh_all (GySettingsDialog *self)
{
  refresh_body (self);
  for (guint kind = 0; kind < N_LISTS; kind++)
    refresh_list (self, kind);
  refresh_terms (self);
}

static void
on_store_changed (GyStore          *store,
                  gint64            pledge_id,
                  GySettingsDialog *self)
{
  refresh_all (self);
}

/* Actions */

static void
add_value_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (widget);
  GyListKind kind = g_variant_get_uint32 (parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (kind < N_LISTS);

  commit_pending_edits (self);
  name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->entries[kind])));
  if (*name == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->entries[kind]));
      return;
    }
  if (!gy_store_add_value (self->store, kind, name, &error))
    {
      title = g_strdup_printf (_("Could not add “%s”"), name);
      show_error (self, title, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->entries[kind]), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->entries[kind]));
}

static void
move_value (GySettingsDialog *self,
            GVariant         *parameter,
            int               delta)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) values = NULL;
  g_autofree char *title = NULL;
  guint kind, index, n;

  g_variant_get (parameter, "(uu)", &kind, &index);
  g_return_if_fail (kind < N_LISTS);

  commit_pending_edits (self);
  values = gy_store_list_values (self->store, kind);
  n = g_strv_length (values);
  if (index >= n || (delta < 0 && index == 0) || (delta > 0 && index + 1 >= n))
    return;
  if (!gy_store_move_value (self->store, kind, values[index], index + delta, &error))
    {
      title = g_strdup_printf (_("Could not move “%s”"), values[index]);
      show_error (self, title, error);
      return;
    }
  focus_row_part (self->lists[kind], index + delta,
                  delta < 0 ? GY_SETTINGS_ROW_UP : GY_SETTINGS_ROW_DOWN);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_value (GY_SETTINGS_DIALOG (widget), parameter, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_value (GY_SETTINGS_DIALOG (widget), parameter, +1);
}

static void
remove_value_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) values = NULL;
  g_autofree char *title = NULL;
  guint kind, index, n;

  g_variant_get (parameter, "(uu)", &kind, &index);
  g_return_if_fail (kind < N_LISTS);

  commit_pending_edits (self);
  values = gy_store_list_values (self->store, kind);
  n = g_strv_length (values);
  if (index >= n)
    return;
  if (!gy_store_remove_value (self->store, kind, values[index], &error))
    {
      title = g_strdup_printf (_("Could not remove “%s”"), values[index]);
      show_error (self, title, error);
      return;
    }
  if (n > 1)
    focus_row_part (self->lists[kind], MIN (index, n - 2), GY_SETTINGS_ROW_REMOVE);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->entries[kind]));
}

static void
add_term (GySettingsDialog *self,
          GyTerm           *term)
{
  g_autoptr(GError) error = NULL;

  if (!gy_store_add_term (self->store, term, &error))
    show_error (self, _("Could not add the term"), error);
}

static void
add_term_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GyTerm) term = NULL;

  commit_pending_edits (self);
  term = term_from_form (self, &error);
  if (term == NULL)
    {
      show_error (self, _("Could not add the term"), error);
      return;
    }
  add_term (self, term);
  if (term->id != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->term_name_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->term_start_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->term_end_entry), "");
      gtk_widget_grab_focus (GTK_WIDGET (self->term_name_entry));
    }
}

static void
add_numbered_term_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (widget);
  guint number = (guint) gtk_spin_button_get_value_as_int (self->term_number_spin);
  g_autoptr(GyTerm) term = NULL;

  commit_pending_edits (self);
  term = gy_term_new_numbered (number, selected_layout (self));
  add_term (self, term);
  if (term->id != 0)
    gtk_spin_button_set_value (self->term_number_spin, number + 1);
}

static void
remove_term_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autofree char *title = NULL;

  commit_pending_edits (self);
  if (gy_store_remove_term (self->store, id, &error))
    return;

  terms = gy_store_list_terms (self->store);
  for (guint i = 0; i < terms->len; i++)
    {
      const GyTerm *term = g_ptr_array_index (terms, i);

      if (term->id == id)
        title = g_strdup_printf (_("Could not remove the term “%s”"), term->name);
    }
  show_error (self, title != NULL ? title : _("Could not remove the term"), error);
}

/* Vfuncs */

static gboolean
gy_settings_dialog_close_request (GtkWindow *window)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (window);
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (gy_settings_dialog_parent_class);

  /* Closing is the last chance for what is still in an entry. */
  commit_pending_edits (self);
  apply_body_name (self);
  return parent_class->close_request != NULL && parent_class->close_request (window);
}

static void
gy_settings_dialog_constructed (GObject *object)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (object);
  static const char *const actions[] = {
    "settings.add-value", "settings.move-up", "settings.move-down", "settings.remove-value",
    "settings.add-term", "settings.add-numbered-term", "settings.remove-term",
  };

  G_OBJECT_CLASS (gy_settings_dialog_parent_class)->constructed (object);

  g_assert (GY_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, 0);

  if (is_read_only (self))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], FALSE);
      gtk_editable_set_editable (GTK_EDITABLE (self->body_name_entry), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->continuing_done_check), FALSE);
      for (guint kind = 0; kind < N_LISTS; kind++)
        gtk_widget_set_sensitive (GTK_WIDGET (self->entries[kind]), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->layout_dropdown), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->term_number_spin), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->term_name_entry), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->term_start_entry), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->term_end_entry), FALSE);
    }

  gtk_spin_button_set_value (self->term_number_spin, guess_next_term_number (self));
  refresh_all (self);
  update_term_previews (self);
}

static void
gy_settings_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gy_settings_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gy_settings_dialog_dispose (GObject *object)
{
  GySettingsDialog *self = GY_SETTINGS_DIALOG (object);

  if (self->error_dialog != NULL)
    {
      GtkWidget *dialog = self->error_dialog;

      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->error_dialog);
      self->error_dialog = NULL;
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  /* A change emitted while the template is torn down must not reach the rows. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GY_TYPE_SETTINGS_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->shown_body_name, g_free);
  G_OBJECT_CLASS (gy_settings_dialog_parent_class)->dispose (object);
}

static void
gy_settings_dialog_class_init (GySettingsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = gy_settings_dialog_constructed;
  object_class->dispose = gy_settings_dialog_dispose;
  object_class->get_property = gy_settings_dialog_get_property;
  object_class->set_property = gy_settings_dialog_set_property;
  window_class->close_request = gy_settings_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GY_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gongyak/Gongyak/gy-settings-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, body_name_entry);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, continuing_done_check);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, path_label);
  gtk_widget_class_bind_template_child_full (widget_class, "sources_list", FALSE,
                                             G_STRUCT_OFFSET (GySettingsDialog,
                                                              lists[GY_LIST_SOURCES]));
  gtk_widget_class_bind_template_child_full (widget_class, "statuses_list", FALSE,
                                             G_STRUCT_OFFSET (GySettingsDialog,
                                                              lists[GY_LIST_STATUSES]));
  gtk_widget_class_bind_template_child_full (widget_class, "sectors_list", FALSE,
                                             G_STRUCT_OFFSET (GySettingsDialog,
                                                              lists[GY_LIST_SECTORS]));
  gtk_widget_class_bind_template_child_full (widget_class, "sources_entry", FALSE,
                                             G_STRUCT_OFFSET (GySettingsDialog,
                                                              entries[GY_LIST_SOURCES]));
  gtk_widget_class_bind_template_child_full (widget_class, "statuses_entry", FALSE,
                                             G_STRUCT_OFFSET (GySettingsDialog,
                                                              entries[GY_LIST_STATUSES]));
  gtk_widget_class_bind_template_child_full (widget_class, "sectors_entry", FALSE,
                                             G_STRUCT_OFFSET (GySettingsDialog,
                                                              entries[GY_LIST_SECTORS]));
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, terms_list);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, layout_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, term_number_spin);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, numbered_preview_label);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, numbered_columns_label);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, term_name_entry);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, term_start_entry);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, term_end_entry);
  gtk_widget_class_bind_template_child (widget_class, GySettingsDialog, term_preview_label);
  /* Bound without a pointer, so that the test and the screenshots can reach them. */
  gtk_widget_class_bind_template_child_full (widget_class, "stack", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "sources_add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "statuses_add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "sectors_add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "add_numbered_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "add_term_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_body_name_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_continuing_done_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_value_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_term_form_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_term_entry_activate);

  gtk_widget_class_install_action (widget_class, "settings.add-value", "u", add_value_action);
  gtk_widget_class_install_action (widget_class, "settings.move-up", "(uu)", move_up_action);
  gtk_widget_class_install_action (widget_class, "settings.move-down", "(uu)", move_down_action);
  gtk_widget_class_install_action (widget_class, "settings.remove-value", "(uu)",
                                   remove_value_action);
  gtk_widget_class_install_action (widget_class, "settings.add-term", NULL, add_term_action);
  gtk_widget_class_install_action (widget_class, "settings.add-numbered-term", NULL,
                                   add_numbered_term_action);
  gtk_widget_class_install_action (widget_class, "settings.remove-term", "x",
                                   remove_term_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
gy_settings_dialog_init (GySettingsDialog *self)
{
  GtkEventController *body_focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (body_focus, "leave", G_CALLBACK (on_body_name_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->body_name_entry), body_focus);
}

/* Public */

/**
 * gy_settings_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the body's file
 *
 * Returns: (transfer none): a new modal window, not yet shown
 */
GtkWidget *
gy_settings_dialog_new (GtkWindow *parent,
                        GyStore   *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GY_IS_STORE (store), NULL);

  return g_object_new (GY_TYPE_SETTINGS_DIALOG, "transient-for", parent, "store", store, NULL);
}

GtkWidget *
gy_settings_dialog_get_value_row_part (GySettingsDialog  *self,
                                       GyListKind         kind,
                                       guint              index,
                                       GySettingsRowPart  part)
{
  g_return_val_if_fail (GY_IS_SETTINGS_DIALOG (self), NULL);
  g_return_val_if_fail (kind < N_LISTS, NULL);

  return get_row_part (self->lists[kind], index, part);
}

GtkWidget *
gy_settings_dialog_get_term_row_part (GySettingsDialog  *self,
                                      guint              index,
                                      GySettingsRowPart  part)
{
  g_return_val_if_fail (GY_IS_SETTINGS_DIALOG (self), NULL);

  return get_row_part (self->terms_list, index, part);
}

GtkWidget *
gy_settings_dialog_get_error_dialog (GySettingsDialog *self)
{
  g_return_val_if_fail (GY_IS_SETTINGS_DIALOG (self), NULL);

  return self->error_dialog;
}

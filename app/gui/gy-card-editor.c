/* gy-card-editor.c — every part of one pledge card, editable in the paper card's order
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor keeps its own copy of the card. A finished edit (Enter, or leaving the
 * field) changes that copy and emits "edited"; the window saves it at once, as one
 * undoable transaction, and hands the stored card back through set_card(). Lists are
 * edited as text in the card's notation and read by the card reader itself.
 */
#define G_LOG_DOMAIN "gy-card-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gy-card-edit.h"
#include "gy-card-fields.h"
#include "gy-card-editor.h"
#include "gy-card-writer.h"
#include "gy-check.h"
#include "gy-text-tab.h"

/* The entries: 번호, 공약명, then header field i of the card's table as FIELD_HEADER + i. */
typedef enum {
  FIELD_NUMBER,
  FIELD_TITLE,
  FIELD_HEADER,
  N_FIELDS = FIELD_HEADER + GY_CARD_N_FIELDS
} Field;

typedef enum {
  TEXT_OVERVIEW,
  TEXT_SUB_PROJECT,
  TEXT_YEAR,
  TEXT_PROBLEMS,
  TEXT_EFFECTS,
} TextKind;

struct _GyCardEditor
{
  GtkWidget     parent_instance;

  GyCard       *card;
  gboolean      editable;
  gboolean      syncing;     /* set while widgets are filled from the card */
  char         *shape;       /* counts of the dynamic rows: rebuild only when they change */

  GtkWidget    *content;
  GtkWidget    *read_only_banner;
  GtkEntry     *number_entry;
  GtkEntry     *title_entry;
  GtkEntry     *reason_entry;
  GtkWidget    *findings_box;
  GtkWidget    *passed_label;    /* in the findings' fixed place when none fails */
  GtkGrid      *header_grid;
  GtkWidget    *persons_box;
  GtkWidget    *overview_box;
  GtkWidget    *subprojects_box;
  GtkWidget    *years_box;
  GyMoneyGrid  *money_grid;
  GtkWidget    *problems_box;
  GtkWidget    *effects_box;

  GtkWidget    *fields[N_FIELDS];
  GtkDropDown  *sector_drop;
  GtkDropDown  *status_drop;
  GtkLabel     *term_label;
  GPtrArray    *extra_entries;   /* GtkEntry, one per extra header field */
  GPtrArray    *texts;           /* GtkTextView of every text block */
  GPtrArray    *sub_widgets;     /* GtkWidget frames of the sub-projects, in order */
};

G_DEFINE_FINAL_TYPE (GyCardEditor, gy_card_editor, GTK_TYPE_WIDGET)

enum {
  EDITED,
  MONEY_EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void sync_widgets (GyCardEditor *self);

static char **
field_slot (GyCard *card,
            Field   field)
{
  return field == FIELD_NUMBER ? &card->number : &card->title;
}

/* A header field of the card's table, or NULL for 번호 and 공약명. */
static const GyCardField *
header_field (Field field)
{
  return field >= FIELD_HEADER ? gy_card_field (field - FIELD_HEADER) : NULL;
}

static void
emit_edited (GyCardEditor *self,
             const char   *what)
{
  if (!self->syncing)
    g_signal_emit (self, signals[EDITED], 0, what);
}

/* Sets TEXT unless the user is typing there: a save must never eat keystrokes. */
static void
set_entry_text (GtkWidget  *entry,
                const char *text)
{
  if (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

/* Entries commit on Enter and when focus leaves them. */

typedef void (*CommitFunc) (GyCardEditor *self, GtkWidget *entry);

static void
on_commit_activate (GtkWidget    *entry,
                    GyCardEditor *self)
{
  CommitFunc commit = g_object_get_data (G_OBJECT (entry), "gy-commit");

  commit (self, entry);
}

static void
on_commit_leave (GtkEventControllerFocus *controller,
                 GyCardEditor            *self)
{
  on_commit_activate (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), self);
}

static void
watch_commit (GyCardEditor *self,
              GtkWidget    *widget,
              CommitFunc    commit)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (widget), "gy-commit", commit);
  if (GTK_IS_ENTRY (widget))
    g_signal_connect (widget, "activate", G_CALLBACK (on_commit_activate), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_commit_leave), self);
  gtk_widget_add_controller (widget, focus);
}

static void
commit_field (GyCardEditor *self,
              GtkWidget    *entry)
{
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "gy-field"));
  const GyCardField *header = header_field (field);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  const char *old;

  if (self->card == NULL || self->syncing)
    return;
  if (header != NULL && header->kind == GY_CARD_FIELD_KIND_PROGRESS)
    {
      g_autofree char *clean = g_strstrip (g_strdelimit (g_strdup (text), "%", ' '));
      char *end = NULL;
      double value = g_ascii_strtod (clean, &end);
      gboolean blank = *clean == '\0';

      if (!blank && (end == clean || *end != '\0'))
        {
          gtk_widget_add_css_class (entry, "error");
          gtk_widget_set_tooltip_text (entry, _("Type a percentage from 0 to 100, or leave it blank"));
          return;
        }
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, NULL);
      if (blank == !self->card->has_progress && (blank || value == self->card->progress))
        return;
      self->card->has_progress = !blank;
      self->card->progress = blank ? 0 : value;
      emit_edited (self, header->label);
      return;
    }

  old = header != NULL ? gy_card_field_get (self->card, header->id)
                       : *field_slot (self->card, field);
  if (g_strcmp0 (old != NULL ? old : "", text) == 0)
    return;
  if (header != NULL)
    gy_card_field_set (self->card, header->id, text);
  else
    {
      char **slot = field_slot (self->card, field);

      g_free (*slot);
      *slot = g_strdup (text);
    }
  emit_edited (self, header != NULL ? header->label : field == FIELD_TITLE ? "공약명" : "번호");
}

static void
commit_extra (GyCardEditor *self,
              GtkWidget    *entry)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "gy-index"));
  GyField *field;

  if (self->card == NULL || self->syncing || index >= self->card->extra_fields->len)
    return;
  field = g_ptr_array_index (self->card->extra_fields, index);
  if (g_strcmp0 (field->value, gtk_editable_get_text (GTK_EDITABLE (entry))) == 0)
    return;
  g_free (field->value);
  field->value = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  emit_edited (self, field->label);
}

/* Drop-downs: entry 0 is "none". */
static void
on_drop_selected (GtkDropDown  *drop,
                  GParamSpec   *pspec,
                  GyCardEditor *self)
{
  guint selected = gtk_drop_down_get_selected (drop);
  GListModel *model = gtk_drop_down_get_model (drop);
  const char *value = NULL;
  char **slot;

  if (self->card == NULL || self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    value = gtk_string_list_get_string (GTK_STRING_LIST (model), selected);
  slot = drop == self->sector_drop ? &self->card->sector : &self->card->status;
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
  emit_edited (self, gy_card_field (drop == self->sector_drop ? GY_CARD_FIELD_SECTOR
                                                             : GY_CARD_FIELD_STATUS)->label);
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "field-label");
  return label;
}

static GtkWidget *
field_entry (GyCardEditor *self,
             Field         field)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_hexpand (entry, TRUE);
  g_object_set_data (G_OBJECT (entry), "gy-field", GINT_TO_POINTER (field));
  watch_commit (self, entry, commit_field);
  self->fields[field] = entry;
  return entry;
}

static GtkDropDown *
list_drop (GyCardEditor *self)
{
  GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (gtk_string_list_new (NULL)), NULL);

  gtk_widget_set_hexpand (drop, TRUE);
  g_signal_connect (drop, "notify::selected", G_CALLBACK (on_drop_selected), self);
  return GTK_DROP_DOWN (drop);
}

/* The header table: two label/value pairs a row, as on the card. */
static void
build_header (GyCardEditor *self)
{
  GtkGrid *grid = self->header_grid;
  guint n = 0;

  gtk_grid_attach (grid, header_label (gy_card_field (GY_CARD_FIELD_SECTOR)->label), 0, 0, 1, 1);
  self->sector_drop = list_drop (self);
  gtk_grid_attach (grid, GTK_WIDGET (self->sector_drop), 1, 0, 1, 1);
  gtk_grid_attach (grid, header_label ("임기"), 2, 0, 1, 1);
  self->term_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->term_label, 0.0);
  gtk_grid_attach (grid, GTK_WIDGET (self->term_label), 3, 0, 1, 1);

  /* an entry for every field of the card's table but the drop-downs and 공약실명제's rows */
  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);
      int row = 1 + (int) n / 2, col = (int) (n % 2) * 2;

      if ((field->flags & GY_CARD_FIELD_CHOICE) || field->kind == GY_CARD_FIELD_KIND_PERSONS)
        continue;
      gtk_grid_attach (grid, header_label (field->label), col, row, 1, 1);
      gtk_grid_attach (grid, field_entry (self, FIELD_HEADER + i), col + 1, row, 1, 1);
      n++;
    }
  gtk_grid_attach (grid, header_label (gy_card_field (GY_CARD_FIELD_STATUS)->label),
                   0, 1 + (int) (n + 1) / 2, 1, 1);
  self->status_drop = list_drop (self);
  gtk_grid_attach (grid, GTK_WIDGET (self->status_drop), 1, 1 + (int) (n + 1) / 2, 1, 1);
}

/* Text blocks: a list edited in the card's own notation. */

static void
commit_text (GyCardEditor *self,
             GtkWidget    *view)
{
  TextKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "gy-kind"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (view), "gy-index"));
  GtkLabel *error_label = g_object_get_data (G_OBJECT (view), "gy-error");
  const char *shown = g_object_get_data (G_OBJECT (view), "gy-shown");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) edited = NULL;
  g_autofree char *what = NULL;
  gboolean ok = FALSE;

  if (self->card == NULL || self->syncing)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, shown) == 0)
    return;

  /* Edit a copy: a typing mistake must leave the card as it was. */
  edited = gy_card_copy (self->card);
  switch (kind)
    {
    case TEXT_OVERVIEW:
      ok = gy_card_edit_overview (edited, text, &error);
      what = g_strdup ("사업개요");
      break;
    case TEXT_SUB_PROJECT:
      ok = gy_card_edit_sub_project (edited, index, text, &error);
      what = g_strdup_printf ("추진실적 %u", index + 1);
      break;
    case TEXT_YEAR:
      ok = gy_card_edit_year_entries (edited, index, text, &error);
      what = g_strdup_printf ("연차별 실적/계획 %d",
                              ((GyYearRow *) g_ptr_array_index (edited->years, index))->year);
      break;
    case TEXT_PROBLEMS:
      ok = gy_card_edit_problems (edited, text, &error);
      what = g_strdup ("문제점 및 대응계획");
      break;
    case TEXT_EFFECTS:
      ok = gy_card_edit_effects (edited, text, &error);
      what = g_strdup ("기대효과");
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      gtk_label_set_text (error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      gtk_widget_add_css_class (view, "error");
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (error_label), FALSE);
  gtk_widget_remove_css_class (view, "error");
  g_object_set_data_full (G_OBJECT (view), "gy-shown", g_strdup (text), g_free);
  gy_card_free (self->card);
  self->card = g_steal_pointer (&edited);
  emit_edited (self, what);
}

static GtkWidget *
text_block (GyCardEditor *self,
            TextKind      kind,
            guint         index,
            const char   *hint)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *error = gtk_label_new (NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 4);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 4);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_add_css_class (view, "card-text");
  gy_text_tab_setup (GTK_TEXT_VIEW (view));
  gtk_widget_set_tooltip_text (view, hint);
  g_object_set_data (G_OBJECT (view), "gy-kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (view), "gy-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (view), "gy-error", error);
  watch_commit (self, view, commit_text);

  gtk_label_set_xalign (GTK_LABEL (error), 0.0);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);

  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), error);
  g_ptr_array_add (self->texts, view);
  return box;
}

static void
set_view_text (GtkWidget  *view,
               const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  if (gtk_widget_has_focus (view))
    return;
  g_object_set_data_full (G_OBJECT (view), "gy-shown", g_strdup (text), g_free);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (view), "gy-error"), FALSE);
  gtk_widget_remove_css_class (view, "error");
}

static char *
text_for (GyCardEditor *self,
          GtkWidget    *view)
{
  TextKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "gy-kind"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (view), "gy-index"));
  GyCard *card = self->card;

  switch (kind)
    {
    case TEXT_OVERVIEW:
      return gy_card_write_lines (card->overview);
    case TEXT_SUB_PROJECT:
      return gy_card_write_lines (((GySubProject *) g_ptr_array_index (card->subprojects, index))->lines);
    case TEXT_YEAR:
      return gy_card_write_entries (g_ptr_array_index (card->years, index));
    case TEXT_PROBLEMS:
      return gy_card_write_problems (card);
    case TEXT_EFFECTS:
      return gy_card_write_effects (card);
    default:
      g_assert_not_reached ();
    }
}

/* Row buttons: move up, move down, remove. */

typedef enum {
  ROW_PERSON,
  ROW_SUB_PROJECT,
  ROW_YEAR,
} RowKind;

static GPtrArray *
row_array (GyCardEditor *self,
           RowKind       kind)
{
  switch (kind)
    {
    case ROW_PERSON: return self->card->persons;
    case ROW_SUB_PROJECT: return self->card->subprojects;
    case ROW_YEAR: return self->card->years;
    default: g_assert_not_reached ();
    }
}

static const char *
row_what (RowKind kind)
{
  return kind == ROW_PERSON ? "공약실명제" : kind == ROW_SUB_PROJECT ? "추진실적" : "연차별 실적/계획";
}

static void
on_row_button (GtkButton    *button,
               GyCardEditor *self)
{
  RowKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "gy-row-kind"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "gy-index"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "gy-delta"));
  GPtrArray *array;

  if (self->card == NULL)
    return;
  array = row_array (self, kind);
  if (index >= array->len)
    return;
  if (delta == 0)
    g_ptr_array_remove_index (array, index);
  else
    {
      guint other = (guint) ((int) index + delta);
      gpointer tmp;

      if (other >= array->len)
        return;
      tmp = array->pdata[index];
      array->pdata[index] = array->pdata[other];
      array->pdata[other] = tmp;
    }
  emit_edited (self, row_what (kind));
}

static GtkWidget *
row_button (GyCardEditor *self,
            RowKind       kind,
            guint         index,
            int           delta,
            const char   *icon,
            const char   *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (button), "gy-row-kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (button), "gy-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "gy-delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_button), self);
  return button;
}

static void
append_row_buttons (GyCardEditor *self,
                    GtkBox       *box,
                    RowKind       kind,
                    guint         index)
{
  gtk_box_append (box, row_button (self, kind, index, -1, "go-up-symbolic", _("Move up")));
  gtk_box_append (box, row_button (self, kind, index, +1, "go-down-symbolic", _("Move down")));
  gtk_box_append (box, row_button (self, kind, index, 0, "edit-delete-symbolic", _("Remove")));
}

/* Persons: role, name and extension per row. */

static void
commit_person (GyCardEditor *self,
               GtkWidget    *entry)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "gy-index"));
  guint part = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "gy-part"));
  GyPerson *person;
  char **slot;

  if (self->card == NULL || self->syncing || index >= self->card->persons->len)
    return;
  person = g_ptr_array_index (self->card->persons, index);
  slot = part == 0 ? &person->role : part == 1 ? &person->name : &person->phone;
  if (g_strcmp0 (*slot, gtk_editable_get_text (GTK_EDITABLE (entry))) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  emit_edited (self, "공약실명제");
}

static GtkWidget *
person_entry (GyCardEditor *self,
              guint         index,
              guint         part,
              const char   *placeholder,
              int           width)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
  g_object_set_data (G_OBJECT (entry), "gy-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (entry), "gy-part", GUINT_TO_POINTER (part));
  watch_commit (self, entry, commit_person);
  return entry;
}

static void
on_add_clicked (GtkButton    *button,
                GyCardEditor *self)
{
  RowKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "gy-row-kind"));
  GyCard *card = self->card;

  if (card == NULL)
    return;
  if (kind == ROW_PERSON)
    g_ptr_array_add (card->persons, gy_person_new ("담당자", "", ""));
  else if (kind == ROW_SUB_PROJECT)
    {
      g_autofree char *number = g_strdup_printf ("%u", card->subprojects->len + 1);
      GySubProject *sub = gy_sub_project_new (number, _("New sub-project"));

      g_ptr_array_add (sub->lines, gy_line_new (0, "사업기간", ""));
      g_ptr_array_add (card->subprojects, sub);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int year;

      if (card->years->len > 0)
        year = ((GyYearRow *) g_ptr_array_index (card->years, card->years->len - 1))->year + 1;
      else
        year = card->term != NULL ? gy_term_column (card->term, 0)->year
                                  : g_date_time_get_year (now);
      g_ptr_array_add (card->years, gy_year_row_new (year, NULL, ""));
    }
  emit_edited (self, row_what (kind));
}

static GtkWidget *
add_button (GyCardEditor *self,
            RowKind       kind,
            const char   *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (button), "gy-row-kind", GINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_clicked), self);
  return button;
}

static void
remove_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/* Sub-projects: number and title, then their lines as text. */

static void
commit_sub_heading (GyCardEditor *self,
                    GtkWidget    *entry)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "gy-index"));
  gboolean is_title = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "gy-title"));
  GySubProject *sub;
  char **slot;

  if (self->card == NULL || self->syncing || index >= self->card->subprojects->len)
    return;
  sub = g_ptr_array_index (self->card->subprojects, index);
  slot = is_title ? &sub->title : &sub->number;
  if (g_strcmp0 (*slot, gtk_editable_get_text (GTK_EDITABLE (entry))) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  emit_edited (self, "추진실적");
}

static void
commit_year_field (GyCardEditor *self,
                   GtkWidget    *entry)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "gy-index"));
  gboolean is_label = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "gy-label"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  GyYearRow *row;

  if (self->card == NULL || self->syncing || index >= self->card->years->len)
    return;
  row = g_ptr_array_index (self->card->years, index);
  if (is_label)
    {
      int year = (int) g_ascii_strtoll (text, NULL, 10);

      if (year < 1900 || year > 2999)
        {
          gtk_widget_add_css_class (entry, "error");
          gtk_widget_set_tooltip_text (entry, _("Start with a year, e.g. 2023 or 2022(상반기)"));
          return;
        }
      gtk_widget_remove_css_class (entry, "error");
      if (g_strcmp0 (row->label, text) == 0)
        return;
      row->year = year;
      g_free (row->label);
      row->label = g_strdup (text);
    }
  else
    {
      if (g_strcmp0 (row->remarks, text) == 0)
        return;
      g_free (row->remarks);
      row->remarks = g_strdup (text);
    }
  emit_edited (self, "연차별 실적/계획");
}

static GtkWidget *
small_entry (GyCardEditor *self,
             guint         index,
             const char   *key,
             gboolean      flag,
             CommitFunc    commit,
             int           width)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
  gtk_widget_set_valign (entry, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (entry), "gy-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (entry), key, GINT_TO_POINTER (flag));
  watch_commit (self, entry, commit);
  return entry;
}

/* Rebuilds the rows whose number changed; the rest keep their widgets (and focus). */
static void
build_dynamic (GyCardEditor *self)
{
  GyCard *card = self->card;

  g_ptr_array_set_size (self->texts, 0);
  g_ptr_array_set_size (self->sub_widgets, 0);
  g_ptr_array_set_size (self->extra_entries, 0);
  remove_children (self->persons_box);
  remove_children (self->overview_box);
  remove_children (self->subprojects_box);
  remove_children (self->years_box);
  remove_children (self->problems_box);
  remove_children (self->effects_box);

  /* extra header fields below the known ones */
  {
    GtkWidget *child;
    int row = 100;

    while ((child = gtk_grid_get_child_at (self->header_grid, 0, row)) != NULL)
      {
        gtk_grid_remove (self->header_grid, child);
        gtk_grid_remove (self->header_grid, gtk_grid_get_child_at (self->header_grid, 1, row));
        row++;
      }
    for (guint i = 0; i < card->extra_fields->len; i++)
      {
        GyField *field = g_ptr_array_index (card->extra_fields, i);
        GtkWidget *entry = gtk_entry_new ();

        g_object_set_data (G_OBJECT (entry), "gy-index", GUINT_TO_POINTER (i));
        watch_commit (self, entry, commit_extra);
        gtk_grid_attach (self->header_grid, header_label (field->label), 0, 100 + (int) i, 1, 1);
        gtk_grid_attach (self->header_grid, entry, 1, 100 + (int) i, 3, 1);
        g_ptr_array_add (self->extra_entries, entry);
      }
  }

  for (guint i = 0; i < card->persons->len; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

      gtk_box_append (GTK_BOX (row), person_entry (self, i, 0, _("Role"), 6));
      gtk_box_append (GTK_BOX (row), person_entry (self, i, 1, _("Name"), 8));
      gtk_box_append (GTK_BOX (row), person_entry (self, i, 2, _("Extension"), 6));
      append_row_buttons (self, GTK_BOX (row), ROW_PERSON, i);
      gtk_box_append (GTK_BOX (self->persons_box), row);
    }
  gtk_box_append (GTK_BOX (self->persons_box), add_button (self, ROW_PERSON, _("Add _Person")));

  gtk_box_append (GTK_BOX (self->overview_box),
                  text_block (self, TEXT_OVERVIEW, 0,
                              _("One line each: “- 사업목표 : …”, “- 사업기간 : 2018. 7. ~ 2022. 6.”, "
                                "“- 소요예산 : 10,932백만원(국비 8,080, …)”, “ - item”")));

  for (guint i = 0; i < card->subprojects->len; i++)
    {
      GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *title = small_entry (self, i, "gy-title", TRUE, commit_sub_heading, 30);

      gtk_widget_add_css_class (frame, "sub-project");
      gtk_widget_set_hexpand (title, TRUE);
      gtk_box_append (GTK_BOX (heading), small_entry (self, i, "gy-title", FALSE,
                                                      commit_sub_heading, 3));
      gtk_box_append (GTK_BOX (heading), title);
      append_row_buttons (self, GTK_BOX (heading), ROW_SUB_PROJECT, i);
      gtk_box_append (GTK_BOX (frame), heading);
      gtk_box_append (GTK_BOX (frame), text_block (self, TEXT_SUB_PROJECT, i,
                                                   _("One line each: “- 사업기간 : …”, "
                                                     "“- 사업주관 : …”, “ - item”")));
      gtk_box_append (GTK_BOX (self->subprojects_box), frame);
      g_ptr_array_add (self->sub_widgets, frame);
    }
  gtk_box_append (GTK_BOX (self->subprojects_box),
                  add_button (self, ROW_SUB_PROJECT, _("Add _Sub-project")));

  for (guint i = 0; i < card->years->len; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *block = text_block (self, TEXT_YEAR, i,
                                     _("One item a line: “- item”, “· sub-item”"));
      GtkWidget *remarks = small_entry (self, i, "gy-label", FALSE, commit_year_field, 10);
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_set_hexpand (block, TRUE);
      gtk_entry_set_placeholder_text (GTK_ENTRY (remarks), "비고");
      gtk_box_append (GTK_BOX (row), small_entry (self, i, "gy-label", TRUE, commit_year_field, 9));
      gtk_box_append (GTK_BOX (row), block);
      gtk_box_append (GTK_BOX (row), remarks);
      append_row_buttons (self, GTK_BOX (buttons), ROW_YEAR, i);
      gtk_box_append (GTK_BOX (row), buttons);
      gtk_box_append (GTK_BOX (self->years_box), row);
    }
  gtk_box_append (GTK_BOX (self->years_box), add_button (self, ROW_YEAR, _("Add _Year")));

  gtk_box_append (GTK_BOX (self->problems_box),
                  text_block (self, TEXT_PROBLEMS, 0,
                              _("“- problem”, then its responses “- ⇒ response”")));
  gtk_box_append (GTK_BOX (self->effects_box),
                  text_block (self, TEXT_EFFECTS, 0, _("One effect a line: “- effect”")));
}

static char *
shape_of (const GyCard *card)
{
  return g_strdup_printf ("%u/%u/%u/%u", card->extra_fields->len, card->persons->len,
                          card->subprojects->len, card->years->len);
}

static void
select_in_drop (GtkDropDown        *drop,
                const char * const *values,
                const char         *value)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (list, _("(none)"));
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      gtk_string_list_append (list, values[i]);
      if (g_strcmp0 (values[i], value) == 0)
        selected = i + 1;
    }
  /* A value the body's list lacks (from an imported card) is shown, not dropped. */
  if (value != NULL && selected == 0)
    {
      gtk_string_list_append (list, value);
      selected = g_list_model_get_n_items (G_LIST_MODEL (list)) - 1;
    }
  gtk_drop_down_set_model (drop, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (drop, selected);
}

static void
show_findings (GyCardEditor *self,
               GPtrArray    *findings)
{
  remove_children (self->findings_box);
  for (guint i = 0; i < findings->len; i++)
    {
      GyFinding *finding = g_ptr_array_index (findings, i);
      /* the message leads with the pledge's name, which the editor already shows */
      const char *text = g_str_has_prefix (finding->message, finding->pledge)
                         ? finding->message + strlen (finding->pledge) + 2 : finding->message;
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (self->findings_box), label);
    }
  gtk_widget_set_visible (self->findings_box, findings->len > 0);
  gtk_widget_set_visible (self->passed_label, findings->len == 0);
}

static void
sync_widgets (GyCardEditor *self)
{
  GyCard *card = self->card;

  set_entry_text (GTK_WIDGET (self->number_entry), card->number);
  set_entry_text (GTK_WIDGET (self->title_entry), card->title);
  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      GtkWidget *entry = self->fields[FIELD_HEADER + i];

      if (entry == NULL)
        continue;
      if (gy_card_field (i)->kind == GY_CARD_FIELD_KIND_PROGRESS)
        {
          g_autofree char *text = card->has_progress ? g_strdup_printf ("%g", card->progress)
                                                     : g_strdup ("");
          set_entry_text (entry, text);
        }
      else
        set_entry_text (entry, gy_card_field_get (card, i));
    }
  gtk_label_set_text (self->term_label, card->term != NULL ? card->term->name : "");

  for (guint i = 0; i < self->extra_entries->len; i++)
    set_entry_text (g_ptr_array_index (self->extra_entries, i),
                    ((GyField *) g_ptr_array_index (card->extra_fields, i))->value);

  /* persons, sub-project headings and year fields: walk the boxes' entries in order */
  {
    GtkWidget *row = gtk_widget_get_first_child (self->persons_box);

    for (guint i = 0; i < card->persons->len && row != NULL; i++, row = gtk_widget_get_next_sibling (row))
      {
        GyPerson *person = g_ptr_array_index (card->persons, i);
        GtkWidget *entry = gtk_widget_get_first_child (row);

        set_entry_text (entry, person->role);
        entry = gtk_widget_get_next_sibling (entry);
        set_entry_text (entry, person->name);
        set_entry_text (gtk_widget_get_next_sibling (entry), person->phone);
      }
  }
  for (guint i = 0; i < self->sub_widgets->len; i++)
    {
      GySubProject *sub = g_ptr_array_index (card->subprojects, i);
      GtkWidget *heading = gtk_widget_get_first_child (g_ptr_array_index (self->sub_widgets, i));
      GtkWidget *number = gtk_widget_get_first_child (heading);

      set_entry_text (number, sub->number);
      set_entry_text (gtk_widget_get_next_sibling (number), sub->title);
    }
  {
    GtkWidget *row = gtk_widget_get_first_child (self->years_box);

    for (guint i = 0; i < card->years->len && row != NULL; i++, row = gtk_widget_get_next_sibling (row))
      {
        GyYearRow *year = g_ptr_array_index (card->years, i);
        GtkWidget *label = gtk_widget_get_first_child (row);
        GtkWidget *remarks = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (label));

        set_entry_text (label, year->label);
        set_entry_text (remarks, year->remarks);
      }
  }

  for (guint i = 0; i < self->texts->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (self->texts, i);
      g_autofree char *text = text_for (self, view);

      set_view_text (view, text);
    }
}

/* A read-only file shows so before any typing: no field takes text, no choice can be made.
 * The money grid keeps its own rule (gy_money_grid_set_editable). */
static void
lock_fields (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GY_IS_MONEY_GRID (child))
        continue;
      if (GTK_IS_ENTRY (child))
        gtk_editable_set_editable (GTK_EDITABLE (child), FALSE);
      else if (GTK_IS_TEXT_VIEW (child))
        gtk_text_view_set_editable (GTK_TEXT_VIEW (child), FALSE);
      else if (GTK_IS_DROP_DOWN (child) || GTK_IS_BUTTON (child) || GTK_IS_CHECK_BUTTON (child)
               || GTK_IS_SPIN_BUTTON (child))
        gtk_widget_set_sensitive (child, FALSE);
      else
        lock_fields (child);
    }
}

/* Shows CARD (copied). SECTORS and STATUSES fill the drop-downs; SOURCES are the body's,
 * offered in the money grid even where the card has no row yet. */
void
gy_card_editor_set_card (GyCardEditor       *self,
                         const GyCard       *card,
                         const char * const *sectors,
                         const char * const *statuses,
                         const char * const *sources,
                         gboolean            editable)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *shape = NULL;

  g_return_if_fail (GY_IS_CARD_EDITOR (self));

  g_clear_pointer (&self->card, gy_card_free);
  gtk_widget_set_visible (self->content, card != NULL);
  if (card == NULL)
    return;

  self->syncing = TRUE;
  self->card = gy_card_copy (card);
  self->editable = editable;
  shape = shape_of (card);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      build_dynamic (self);
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
    }
  sync_widgets (self);
  select_in_drop (self->sector_drop, sectors, card->sector);
  select_in_drop (self->status_drop, statuses, card->status);

  findings = gy_check_card (card, statuses);
  show_findings (self, findings);
  gy_money_grid_set_card (self->money_grid, card, sources, findings);
  gy_money_grid_set_editable (self->money_grid, editable);
  gtk_widget_set_sensitive (self->content, TRUE);
  for (guint i = 0; i < self->texts->len; i++)
    gtk_text_view_set_editable (g_ptr_array_index (self->texts, i), editable);
  gtk_widget_set_visible (self->read_only_banner, !editable);
  if (!editable)
    lock_fields (self->content);
  self->syncing = FALSE;
}

/* The card as edited so far: the window saves it on "edited". */
GyCard *
gy_card_editor_get_card (GyCardEditor *self)
{
  g_return_val_if_fail (GY_IS_CARD_EDITOR (self), NULL);
  return self->card;
}

/* What the officer typed as the reason: the history records it with every change. It stays
 * across pledges, as one decision often moves several cards. */
const char *
gy_card_editor_get_reason (GyCardEditor *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
}

GyMoneyGrid *
gy_card_editor_get_money_grid (GyCardEditor *self)
{
  return self->money_grid;
}

/* The box listing the failing rules, for tests and for the window's status. */
GtkWidget *
gy_card_editor_get_findings (GyCardEditor *self)
{
  return self->findings_box;
}

/* Brings a sub-project into view and puts the caret in its lines. */
void
gy_card_editor_show_sub_project (GyCardEditor *self,
                                 guint         index)
{
  GtkWidget *frame;
  GtkWidget *child;

  if (index >= self->sub_widgets->len)
    return;
  frame = g_ptr_array_index (self->sub_widgets, index);
  child = gtk_widget_get_next_sibling (gtk_widget_get_first_child (frame));
  gtk_widget_grab_focus (gtk_widget_get_first_child (child));
}

static void
on_money_cell_edited (GyMoneyGrid  *grid,
                      const char   *source,
                      const char   *column,
                      gint64        amount,
                      GyCardEditor *self)
{
  if (!self->syncing)
    g_signal_emit (self, signals[MONEY_EDITED], 0, source, column, amount);
}

static void
gy_card_editor_dispose (GObject *object)
{
  GyCardEditor *self = GY_CARD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GY_TYPE_CARD_EDITOR);
  G_OBJECT_CLASS (gy_card_editor_parent_class)->dispose (object);
}

static void
gy_card_editor_finalize (GObject *object)
{
  GyCardEditor *self = GY_CARD_EDITOR (object);

  g_clear_pointer (&self->card, gy_card_free);
  g_free (self->shape);
  g_ptr_array_unref (self->texts);
  g_ptr_array_unref (self->sub_widgets);
  g_ptr_array_unref (self->extra_entries);
  G_OBJECT_CLASS (gy_card_editor_parent_class)->finalize (object);
}

static void
gy_card_editor_class_init (GyCardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gy_card_editor_dispose;
  object_class->finalize = gy_card_editor_finalize;

  /* (what): the editor's card changed; "what" names the part, for undo's label */
  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* (source, column, amount): a money cell, saved apart so totals and history follow */
  signals[MONEY_EDITED] =
    g_signal_new ("money-edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT64);

  g_type_ensure (GY_TYPE_MONEY_GRID);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gongyak/Gongyak/gy-card-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, content);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, number_entry);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, findings_box);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, passed_label);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, header_grid);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, persons_box);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, overview_box);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, subprojects_box);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, years_box);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, money_grid);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, problems_box);
  gtk_widget_class_bind_template_child (widget_class, GyCardEditor, effects_box);
}

static void
gy_card_editor_init (GyCardEditor *self)
{
  self->texts = g_ptr_array_new ();
  self->sub_widgets = g_ptr_array_new ();
  self->extra_entries = g_ptr_array_new ();
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_set_data (G_OBJECT (self->number_entry), "gy-field", GINT_TO_POINTER (FIELD_NUMBER));
  g_object_set_data (G_OBJECT (self->title_entry), "gy-field", GINT_TO_POINTER (FIELD_TITLE));
  watch_commit (self, GTK_WIDGET (self->number_entry), commit_field);
  watch_commit (self, GTK_WIDGET (self->title_entry), commit_field);
  self->fields[FIELD_NUMBER] = GTK_WIDGET (self->number_entry);
  self->fields[FIELD_TITLE] = GTK_WIDGET (self->title_entry);
  build_header (self);
  g_signal_connect (self->money_grid, "cell-edited", G_CALLBACK (on_money_cell_edited), self);
  gtk_widget_set_visible (self->content, FALSE);
}

GtkWidget *
gy_card_editor_new (void)
{
  return g_object_new (GY_TYPE_CARD_EDITOR, NULL);
}

/* gy-list-import-dialog.c — bring in a pledge list: the mapping of its columns, a preview
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog reads the file once, guesses which row is the header and which column holds
 * each field, and shows the first rows as they would be imported: a dry run of the very
 * import that 가져오기 runs, redone whenever the officer corrects the mapping.
 */
#define G_LOG_DOMAIN "gy-list-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-list-import-dialog.h"

/* A preview shows what the officer can check by eye; the rest is in the counts. */
#define PREVIEW_ROWS 40

struct _GyListImportDialog
{
  GtkWindow        parent_instance;

  GyStore         *store;
  GyUndo          *undo;        /* NULL: the import is not undoable */
  char            *path;
  GStrv            sheets;      /* xlsx: every sheet; else NULL */
  GPtrArray       *terms;       /* GyTerm */
  GyListTable     *table;
  GyListMapping    mapping;
  gboolean         has_header;  /* the mapping names a header row */
  GyListReport    *report;      /* the dry run of what is shown */
  GString         *preview_text;
  gboolean         filling;     /* the widgets are being set from the state: no refresh */

  GtkButton       *cancel_button;
  GtkButton       *import_button;
  GtkLabel        *file_label;
  GtkLabel        *sheet_title;
  GtkDropDown     *sheet_dropdown;
  GtkDropDown     *term_dropdown;
  GtkSpinButton   *header_spin;
  GtkGrid         *field_grid;
  GtkDropDown     *fields[GY_LIST_N_FIELDS];
  GtkLabel        *counts_label;
  GtkGrid         *preview_grid;
  GtkBox          *new_values_box;
  GtkCheckButton  *add_values_check;
  GtkLabel        *new_values_label;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (GyListImportDialog, gy_list_import_dialog, GTK_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTING,
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The drop-down shows its GtkStringList's strings. */
static void
show_strings (GtkDropDown *dropdown)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (dropdown, expression);
}

static GtkDropDown *
new_string_dropdown (void)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

  show_strings (dropdown);
  return dropdown;
}

static void
set_strings (GtkDropDown        *dropdown,
             const char * const *strings,
             guint               selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (strings);

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected);
}

/* "A", "B" … "Z", "AA": as Excel names its columns. */
static char *
column_name (guint column)
{
  GString *name = g_string_new (NULL);

  column++;
  while (column > 0)
    {
      g_string_prepend_c (name, (char) ('A' + (column - 1) % 26));
      column = (column - 1) / 26;
    }
  return g_string_free (name, FALSE);
}

static const char *
cell (const GyListTable *table,
      guint              row,
      int                column)
{
  GStrv cells = row < table->rows->len ? g_ptr_array_index (table->rows, row) : NULL;

  if (cells == NULL || column < 0 || (guint) column >= g_strv_length (cells))
    return "";
  return cells[column];
}

static guint
n_columns (GyListImportDialog *self)
{
  guint n = 0;
  guint end = MIN (self->table->rows->len, self->mapping.header_row + 1 + PREVIEW_ROWS);

  for (guint r = self->mapping.header_row; r < end; r++)
    n = MAX (n, g_strv_length (g_ptr_array_index (self->table->rows, r)));
  for (guint f = 0; f < GY_LIST_N_FIELDS; f++)
    n = MAX (n, (guint) (self->mapping.column[f] + 1));
  return n;
}

static const char *
outcome_label (GyListOutcome outcome)
{
  switch (outcome)
    {
    case GY_LIST_ROW_CREATED:
      return C_("list row", "New");
    case GY_LIST_ROW_UPDATED:
      return C_("list row", "Changed");
    case GY_LIST_ROW_UNCHANGED:
      return C_("list row", "Unchanged");
    case GY_LIST_ROW_REFUSED:
      return C_("list row", "Refused");
    default:
      return "";
    }
}

static const char *
selected_term (GyListImportDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->term_dropdown);

  if (self->terms == NULL || i >= self->terms->len)
    return NULL;
  return ((GyTerm *) g_ptr_array_index (self->terms, i))->name;
}

static void
show_error (GyListImportDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
attach_label (GyListImportDialog *self,
              const char         *text,
              int                 column,
              int                 row,
              const char         *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_tooltip_text (label, text != NULL && *text ? text : NULL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (self->preview_grid, label, column, row, 1, 1);
}

/* The first rows after the header, each with its mapped cells and what the import would do. */
static void
fill_preview (GyListImportDialog *self)
{
  g_autoptr(GHashTable) results = g_hash_table_new (NULL, NULL);
  GtkWidget *child;
  int column = 0;
  int row = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);
  g_string_truncate (self->preview_text, 0);
  if (!self->has_header)
    return;

  for (guint i = 0; self->report != NULL && i < self->report->rows->len; i++)
    {
      GyListRowResult *result = g_ptr_array_index (self->report->rows, i);

      g_hash_table_insert (results, GUINT_TO_POINTER (result->line), result);
    }

  attach_label (self, _("Line"), column++, 0, "heading");
  for (guint f = 0; f < GY_LIST_N_FIELDS; f++)
    if (self->mapping.column[f] >= 0)
      attach_label (self, gy_list_field_label (f), column++, 0, "heading");
  attach_label (self, _("Outcome"), column++, 0, "heading");
  attach_label (self, _("Note"), column, 0, "heading");

  for (guint r = self->mapping.header_row + 1;
       r < self->table->rows->len && row <= PREVIEW_ROWS; r++, row++)
    {
      guint line = g_array_index (self->table->lines, guint, r);
      GyListRowResult *result = g_hash_table_lookup (results, GUINT_TO_POINTER (line));
      g_autofree char *line_text = g_strdup_printf ("%u", line);
      const char *outcome = result != NULL ? outcome_label (result->outcome) : "";
      const char *note = result != NULL && result->message != NULL ? result->message : "";
      GtkWidget *label;

      column = 0;
      attach_label (self, line_text, column++, row, "dim-label");
      g_string_append (self->preview_text, line_text);
      for (guint f = 0; f < GY_LIST_N_FIELDS; f++)
        if (self->mapping.column[f] >= 0)
          {
            const char *text = cell (self->table, r, self->mapping.column[f]);

            attach_label (self, text, column++, row, NULL);
            g_string_append_printf (self->preview_text, "\t%s", text);
          }
      attach_label (self, outcome, column++, row,
                    result != NULL && result->outcome == GY_LIST_ROW_REFUSED ? "error" : NULL);
      label = gtk_label_new (note);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_grid_attach (self->preview_grid, label, column, row, 1, 1);
      g_string_append_printf (self->preview_text, "\t%s\t%s\n", outcome, note);
    }
}

/* Runs the import without writing, and shows what it would do. */
static void
refresh (GyListImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GString) values = g_string_new (NULL);

  if (self->filling)
    return;
  g_clear_pointer (&self->report, gy_list_report_free);
  show_error (self, NULL);
  if (self->has_header)
    {
      self->report = gy_list_import (self->store, self->table, &self->mapping, selected_term (self),
                                     GY_LIST_IMPORT_DRY_RUN, &error);
      if (self->report == NULL)
        show_error (self, error->message);
    }
  else
    show_error (self, _("No row of this sheet names the columns: choose the header row and "
                        "the column of each field."));

  if (self->report != NULL)
    counts = g_strdup_printf (_("New %u · Changed %u · Unchanged %u · Refused %u"),
                              self->report->n_created, self->report->n_updated,
                              self->report->n_unchanged, self->report->n_refused);
  gtk_label_set_text (self->counts_label, counts != NULL ? counts : "");

  /* A new 분야 goes into the body's list with its pledge in any case (a pledge holds only a
   * listed one); a new 이행상태 is kept on the pledge, and added to the list if asked. */
  if (self->report != NULL && self->report->new_sectors != NULL && self->report->new_sectors[0])
    {
      g_autofree char *joined = g_strjoinv (", ", self->report->new_sectors);

      g_string_append_printf (values, _("New sectors, added to the list: %s"), joined);
    }
  if (self->report != NULL && self->report->new_statuses != NULL && self->report->new_statuses[0])
    {
      g_autofree char *joined = g_strjoinv (", ", self->report->new_statuses);

      if (values->len > 0)
        g_string_append_c (values, '\n');
      g_string_append_printf (values, _("New statuses: %s"), joined);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->add_values_check),
                          self->report != NULL && self->report->new_statuses != NULL
                          && self->report->new_statuses[0] != NULL);
  gtk_label_set_text (self->new_values_label, values->str);
  gtk_widget_set_visible (GTK_WIDGET (self->new_values_box), values->len > 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            self->report != NULL && !gy_store_is_read_only (self->store));
  fill_preview (self);
}

/* Each field's drop-down lists the header row's cells, "None" first. */
static void
fill_fields (GyListImportDialog *self)
{
  guint n = n_columns (self);
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (choices, g_strdup (_("None")));
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *name = column_name (c);
      const char *header = self->has_header ? cell (self->table, self->mapping.header_row, (int) c)
                                            : "";

      g_ptr_array_add (choices,
                       g_strdup_printf ("%s · %s", name, *header ? header : _("(empty)")));
    }
  g_ptr_array_add (choices, NULL);

  self->filling = TRUE;
  for (guint f = 0; f < GY_LIST_N_FIELDS; f++)
    set_strings (self->fields[f], (const char * const *) choices->pdata,
                 self->mapping.column[f] >= 0 && (guint) self->mapping.column[f] < n
                 ? (guint) self->mapping.column[f] + 1 : 0);
  self->filling = FALSE;
}

/* Reads SHEET and guesses its mapping; why the guess failed goes to GUESS_ERROR, if given. */
static gboolean
load_table (GyListImportDialog *self,
            const char         *sheet,
            GError            **guess_error,
            GError            **error)
{
  g_autoptr(GyListTable) table = gy_list_table_read (self->path, sheet, error);
  g_autofree char *basename = NULL;
  g_autofree char *file = NULL;

  if (table == NULL)
    return FALSE;
  g_clear_pointer (&self->table, gy_list_table_free);
  self->table = g_steal_pointer (&table);
  self->has_header = gy_list_mapping_guess (self->table, &self->mapping, guess_error);
  if (!self->has_header)
    {
      self->mapping.header_row = 0;
      for (guint f = 0; f < GY_LIST_N_FIELDS; f++)
        self->mapping.column[f] = -1;
    }

  basename = g_path_get_basename (self->path);
  file = g_strdup_printf ("%s · %s", basename,
                          self->table->encoding != NULL ? self->table->encoding
                                                        : self->table->format);
  gtk_label_set_text (self->file_label, file);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), self->path);

  self->filling = TRUE;
  gtk_spin_button_set_range (self->header_spin, 1, MAX (1, self->table->rows->len));
  gtk_spin_button_set_value (self->header_spin, self->mapping.header_row + 1);
  self->filling = FALSE;
  fill_fields (self);
  return TRUE;
}

static void
on_sheet_changed (GyListImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint i = gtk_drop_down_get_selected (self->sheet_dropdown);

  if (self->filling || self->sheets == NULL || i >= g_strv_length (self->sheets))
    return;
  if (!load_table (self, self->sheets[i], NULL, &error))
    {
      show_error (self, error->message);
      return;
    }
  refresh (self);
}

static void
on_header_changed (GyListImportDialog *self)
{
  if (self->filling)
    return;
  self->mapping.header_row = (guint) gtk_spin_button_get_value_as_int (self->header_spin) - 1;
  /* A row the officer names is the header, whatever the guess said. */
  self->has_header = TRUE;
  fill_fields (self);
  refresh (self);
}

static void
on_field_changed (GtkDropDown        *dropdown,
                  GParamSpec         *pspec,
                  GyListImportDialog *self)
{
  if (self->filling)
    return;
  for (guint f = 0; f < GY_LIST_N_FIELDS; f++)
    if (self->fields[f] == dropdown)
      self->mapping.column[f] = (int) gtk_drop_down_get_selected (dropdown) - 1;
  refresh (self);
}

/* What 가져오기 does: the import for real; the window shows the report. */
gboolean
gy_list_import_dialog_import (GyListImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyListReport) report = NULL;
  GyListImportFlags flags = GY_LIST_IMPORT_DEFAULT;

  g_return_val_if_fail (GY_IS_LIST_IMPORT_DIALOG (self), FALSE);

  if (!self->has_header)
    return FALSE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->add_values_check))
      && gtk_check_button_get_active (self->add_values_check))
    flags |= GY_LIST_IMPORT_ADD_VALUES;
  g_signal_emit (self, signals[SIGNAL_IMPORTING], 0);
  if (self->undo != NULL)
    report = gy_undo_import_list (self->undo, self->table, &self->mapping, selected_term (self),
                                  flags, &error);
  else
    report = gy_list_import (self->store, self->table, &self->mapping, selected_term (self),
                             flags, &error);
  if (report == NULL)
    {
      g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, NULL);
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, report);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_import_clicked (GyListImportDialog *self)
{
  gy_list_import_dialog_import (self);
}

GtkDropDown *
gy_list_import_dialog_get_field (GyListImportDialog *self,
                                 GyListField         field)
{
  g_return_val_if_fail (GY_IS_LIST_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (field < GY_LIST_N_FIELDS, NULL);
  return self->fields[field];
}

GtkDropDown *
gy_list_import_dialog_get_sheet (GyListImportDialog *self)
{
  g_return_val_if_fail (GY_IS_LIST_IMPORT_DIALOG (self), NULL);
  return self->sheet_dropdown;
}

GtkCheckButton *
gy_list_import_dialog_get_add_values (GyListImportDialog *self)
{
  g_return_val_if_fail (GY_IS_LIST_IMPORT_DIALOG (self), NULL);
  return self->add_values_check;
}

const GyListTable *
gy_list_import_dialog_get_table (GyListImportDialog *self)
{
  g_return_val_if_fail (GY_IS_LIST_IMPORT_DIALOG (self), NULL);
  return self->table;
}

const GyListReport *
gy_list_import_dialog_get_preview_report (GyListImportDialog *self)
{
  g_return_val_if_fail (GY_IS_LIST_IMPORT_DIALOG (self), NULL);
  return self->report;
}

/* The preview as text: one line per row, its cells and outcome separated by tabs. */
char *
gy_list_import_dialog_dup_preview_text (GyListImportDialog *self)
{
  g_return_val_if_fail (GY_IS_LIST_IMPORT_DIALOG (self), NULL);
  return g_strdup (self->preview_text->str);
}

static void
gy_list_import_dialog_dispose (GObject *object)
{
  GyListImportDialog *self = GY_LIST_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GY_TYPE_LIST_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->undo);
  G_OBJECT_CLASS (gy_list_import_dialog_parent_class)->dispose (object);
}

static void
gy_list_import_dialog_finalize (GObject *object)
{
  GyListImportDialog *self = GY_LIST_IMPORT_DIALOG (object);

  g_free (self->path);
  g_strfreev (self->sheets);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->table, gy_list_table_free);
  g_clear_pointer (&self->report, gy_list_report_free);
  g_string_free (self->preview_text, TRUE);
  G_OBJECT_CLASS (gy_list_import_dialog_parent_class)->finalize (object);
}

static void
gy_list_import_dialog_class_init (GyListImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gy_list_import_dialog_dispose;
  object_class->finalize = gy_list_import_dialog_finalize;

  /* Emitted before the import writes, and after it: with the report (the dialog's), or NULL
   * when it failed (the dialog then stays, with the reason). */
  signals[SIGNAL_IMPORTING] =
    g_signal_new ("importing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/gongyak/Gongyak/gy-list-import-dialog.ui");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, sheet_title);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, sheet_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, term_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, header_spin);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, field_grid);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, counts_label);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, new_values_box);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, add_values_check);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, new_values_label);
  gtk_widget_class_bind_template_child (widget_class, GyListImportDialog, error_label);
}

static void
gy_list_import_dialog_init (GyListImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->preview_text = g_string_new (NULL);

  /* two fields a row, each a label beside its drop-down */
  for (guint f = 0; f < GY_LIST_N_FIELDS; f++)
    {
      GtkWidget *label = gtk_label_new (gy_list_field_label (f));

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "dim-label");
      self->fields[f] = new_string_dropdown ();
      gtk_widget_set_hexpand (GTK_WIDGET (self->fields[f]), TRUE);
      gtk_grid_attach (self->field_grid, label, (int) (f % 4) * 2, (int) (f / 4), 1, 1);
      gtk_grid_attach (self->field_grid, GTK_WIDGET (self->fields[f]), (int) (f % 4) * 2 + 1,
                       (int) (f / 4), 1, 1);
      g_signal_connect (self->fields[f], "notify::selected", G_CALLBACK (on_field_changed), self);
    }
  show_strings (self->sheet_dropdown);
  show_strings (self->term_dropdown);
  g_signal_connect_swapped (self->sheet_dropdown, "notify::selected",
                            G_CALLBACK (on_sheet_changed), self);
  g_signal_connect_swapped (self->term_dropdown, "notify::selected", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (self->header_spin, "value-changed", G_CALLBACK (on_header_changed),
                            self);
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (gtk_window_destroy),
                            self);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import_clicked), self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->import_button));
}

GyListImportDialog *
gy_list_import_dialog_new (GtkWindow   *parent,
                           GyStore     *store,
                           GyUndo      *undo,
                           const char  *path,
                           const char  *term,
                           GError     **error)
{
  GyListImportDialog *self;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) guess_error = NULL;
  guint chosen = 0;

  g_return_val_if_fail (GY_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (GY_TYPE_LIST_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->undo = undo != NULL ? g_object_ref (undo) : NULL;
  self->path = g_strdup (path);

  if (g_str_has_suffix (path, ".xlsx") || g_str_has_suffix (path, ".XLSX"))
    {
      self->sheets = gy_list_table_sheets (path, error);
      if (self->sheets == NULL)
        goto fail;
    }
  self->filling = TRUE;
  if (self->sheets != NULL)
    set_strings (self->sheet_dropdown, (const char * const *) self->sheets, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_dropdown), self->sheets != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_title), self->sheets != NULL);

  /* the term asked for, else the newest */
  self->terms = gy_store_list_terms (store);
  chosen = self->terms->len > 0 ? self->terms->len - 1 : 0;
  for (guint i = 0; i < self->terms->len; i++)
    {
      GyTerm *t = g_ptr_array_index (self->terms, i);

      g_ptr_array_add (names, t->name);
      if (g_strcmp0 (t->name, term) == 0)
        chosen = i;
    }
  g_ptr_array_add (names, NULL);
  set_strings (self->term_dropdown, (const char * const *) names->pdata, chosen);
  self->filling = FALSE;

  if (!load_table (self, self->sheets != NULL ? self->sheets[0] : NULL, &guess_error, error))
    goto fail;
  /* A list without a recognisable header still opens: the officer names the row and the
   * columns. Any other failure of the guess is the file's. */
  if (!self->has_header && !g_error_matches (guess_error, GY_LIST_ERROR, GY_LIST_ERROR_NO_HEADER))
    {
      g_propagate_error (error, g_steal_pointer (&guess_error));
      goto fail;
    }
  refresh (self);
  return self;

fail:
  gtk_window_destroy (GTK_WINDOW (self));
  return NULL;
}

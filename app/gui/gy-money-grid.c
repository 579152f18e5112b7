/* gy-money-grid.c — the 연차별 투자수요 table as a spreadsheet-like grid
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input cells (기투자 A, each fiscal year, 임기후 C) are entries; totals (총사업비, 소계 and
 * the 계 row) are labels, since the store computes them. A cell whose rule fails is marked
 * and its tooltip names the rule and both numbers. Enter moves down, Shift+Enter up,
 * Tab across, as in a spreadsheet.
 */
#define G_LOG_DOMAIN "gy-money-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-check.h"
#include "gy-money-grid.h"

struct _GyMoneyGrid
{
  GtkWidget   parent_instance;

  GtkWidget  *grid;
  GHashTable *cells;       /* "source\ncolumn" → GtkWidget (entry or label), not owned */
  GPtrArray  *sources;     /* char *, the rows in order */
  GPtrArray  *columns;     /* char *, the column keys in order */
  char       *shape;       /* sources and columns joined: rebuild only when it changes */
  gboolean    editable;
};

G_DEFINE_FINAL_TYPE (GyMoneyGrid, gy_money_grid, GTK_TYPE_WIDGET)

enum {
  CELL_EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SUM_ROW "계"

static char *
cell_key (const char *source,
          const char *column)
{
  return g_strconcat (source, "\n", column, NULL);
}

static gboolean
is_input_column (const char *column)
{
  return g_strcmp0 (column, "total") != 0 && g_strcmp0 (column, "sub") != 0;
}

static gint64
cell_value (const GyMoneyRow *row,
            const GyTerm     *term,
            const char       *column)
{
  int index;

  if (g_str_equal (column, "total"))
    return row->total;
  if (g_str_equal (column, "A"))
    return row->before;
  if (g_str_equal (column, "sub"))
    return row->subtotal;
  if (g_str_equal (column, "C"))
    return row->after;
  index = gy_term_find_key (term, column);
  return index >= 0 ? row->years[index] : GY_MONEY_ABSENT;
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "money-header");
  return label;
}

/* Moves focus to the input cell DELTA rows away in the same column, if any. */
static void
focus_vertical (GyMoneyGrid *self,
                const char  *source,
                const char  *column,
                int          delta)
{
  int row = -1;

  for (guint i = 0; i < self->sources->len; i++)
    if (g_str_equal (g_ptr_array_index (self->sources, i), source))
      row = (int) i;
  for (int r = row + delta; row >= 0 && r >= 0 && r < (int) self->sources->len; r += delta)
    {
      g_autofree char *key = cell_key (g_ptr_array_index (self->sources, r), column);
      GtkWidget *cell = g_hash_table_lookup (self->cells, key);

      if (cell != NULL && GTK_IS_ENTRY (cell))
        {
          gtk_widget_grab_focus (cell);
          return;
        }
    }
}

static void
commit_entry (GyMoneyGrid *self,
              GtkEntry    *entry)
{
  const char *source = g_object_get_data (G_OBJECT (entry), "gy-source");
  const char *column = g_object_get_data (G_OBJECT (entry), "gy-column");
  gint64 shown = *(gint64 *) g_object_get_data (G_OBJECT (entry), "gy-value");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;
  gint64 amount;

  if (!gy_money_parse (text, &amount, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  if (amount == shown)
    return;
  g_signal_emit (self, signals[CELL_EDITED], 0, source, column, amount);
}

static void
on_entry_activate (GtkEntry    *entry,
                   GyMoneyGrid *self)
{
  g_autofree char *source = g_strdup (g_object_get_data (G_OBJECT (entry), "gy-source"));
  g_autofree char *column = g_strdup (g_object_get_data (G_OBJECT (entry), "gy-column"));

  commit_entry (self, entry);
  focus_vertical (self, source, column, +1);
}

static gboolean
on_entry_key_pressed (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GyMoneyGrid           *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  g_autofree char *source = NULL;
  g_autofree char *column = NULL;

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter) ||
      !(state & GDK_SHIFT_MASK))
    return FALSE;
  source = g_strdup (g_object_get_data (G_OBJECT (entry), "gy-source"));
  column = g_strdup (g_object_get_data (G_OBJECT (entry), "gy-column"));
  commit_entry (self, GTK_ENTRY (entry));
  focus_vertical (self, source, column, -1);
  return TRUE;
}

static void
on_entry_focus_leave (GtkEventControllerFocus *controller,
                      GyMoneyGrid             *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  commit_entry (self, GTK_ENTRY (entry));
}

static GtkWidget *
make_cell (GyMoneyGrid *self,
           const char  *source,
           const char  *column)
{
  GtkWidget *cell;
  gboolean input = is_input_column (column) && !g_str_equal (source, SUM_ROW);

  if (input)
    {
      GtkEventController *key = gtk_event_controller_key_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();

      cell = gtk_entry_new ();
      gtk_editable_set_width_chars (GTK_EDITABLE (cell), 7);
      gtk_editable_set_alignment (GTK_EDITABLE (cell), 1.0);
      gtk_widget_add_css_class (cell, "numeric");
      g_signal_connect (cell, "activate", G_CALLBACK (on_entry_activate), self);
      g_signal_connect (key, "key-pressed", G_CALLBACK (on_entry_key_pressed), self);
      gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
      gtk_widget_add_controller (cell, key);
      g_signal_connect (focus, "leave", G_CALLBACK (on_entry_focus_leave), self);
      gtk_widget_add_controller (cell, focus);
      g_object_set_data_full (G_OBJECT (cell), "gy-value", g_new0 (gint64, 1), g_free);
    }
  else
    {
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 1.0);
      gtk_widget_add_css_class (cell, "numeric");
      gtk_widget_add_css_class (cell, "money-total");
    }
  gtk_widget_set_hexpand (cell, TRUE);
  g_object_set_data_full (G_OBJECT (cell), "gy-source", g_strdup (source), g_free);
  g_object_set_data_full (G_OBJECT (cell), "gy-column", g_strdup (column), g_free);
  return cell;
}

static void
rebuild (GyMoneyGrid  *self,
         const GyCard *card)
{
  GtkGrid *grid;
  guint n_years = gy_card_n_years (card);
  g_autofree char *after = gy_term_after_label (card->term);
  g_autofree char *after_text = g_strdup_printf ("%s\n(C)", after);

  if (self->grid != NULL)
    gtk_widget_unparent (self->grid);
  g_hash_table_remove_all (self->cells);

  self->grid = gtk_grid_new ();
  grid = GTK_GRID (self->grid);
  gtk_grid_set_column_spacing (grid, 4);
  gtk_grid_set_row_spacing (grid, 2);
  gtk_widget_add_css_class (self->grid, "money-grid");
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  gtk_grid_attach (grid, header_label (_("Source")), 0, 0, 1, 2);
  gtk_grid_attach (grid, header_label ("총사업비\n(A+B+C)"), 1, 0, 1, 2);
  gtk_grid_attach (grid, header_label ("기투자\n(A)"), 2, 0, 1, 2);
  gtk_grid_attach (grid, header_label ("임기내 투자계획 (B)"), 3, 0, 1 + (int) n_years, 1);
  gtk_grid_attach (grid, header_label ("소계"), 3, 1, 1, 1);
  for (guint y = 0; y < n_years; y++)
    gtk_grid_attach (grid, header_label (gy_term_column (card->term, y)->label), 4 + (int) y, 1,
                     1, 1);
  gtk_grid_attach (grid, header_label (after_text), 4 + (int) n_years, 0, 1, 2);

  for (guint r = 0; r < self->sources->len; r++)
    {
      const char *source = g_ptr_array_index (self->sources, r);
      GtkWidget *name = gtk_label_new (source);

      gtk_label_set_xalign (GTK_LABEL (name), 0.0);
      gtk_widget_add_css_class (name, "money-source");
      gtk_grid_attach (grid, name, 0, 2 + (int) r, 1, 1);
      for (guint c = 0; c < self->columns->len; c++)
        {
          const char *column = g_ptr_array_index (self->columns, c);
          GtkWidget *cell = make_cell (self, source, column);

          gtk_widget_set_sensitive (cell, self->editable || !GTK_IS_ENTRY (cell));
          gtk_grid_attach (grid, cell, 1 + (int) c, 2 + (int) r, 1, 1);
          g_hash_table_insert (self->cells, cell_key (source, column), cell);
        }
    }
}

static char *
shape_of (GPtrArray *sources,
          GPtrArray *columns)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    g_string_append_printf (s, "%s\t", (char *) g_ptr_array_index (sources, i));
  g_string_append_c (s, '\n');
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (s, "%s\t", (char *) g_ptr_array_index (columns, i));
  return g_string_free (s, FALSE);
}

/* Shows CARD's table, then an empty row for each of the body's SOURCES the card lacks, so
 * a new source can be typed in. The widgets stay when the shape is the same, so focus and
 * the caret survive an edit; FINDINGS (GyFinding) mark the cells whose rules fail. */
void
gy_money_grid_set_card (GyMoneyGrid        *self,
                        const GyCard       *card,
                        const char * const *sources,
                        GPtrArray          *findings)
{
  g_autofree char *shape = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (GY_IS_MONEY_GRID (self));

  g_ptr_array_set_size (self->sources, 0);
  g_ptr_array_set_size (self->columns, 0);
  if (card == NULL || card->term == NULL)
    {
      g_clear_pointer (&self->grid, gtk_widget_unparent);
      g_clear_pointer (&self->shape, g_free);
      g_hash_table_remove_all (self->cells);
      return;
    }

  g_ptr_array_add (self->sources, g_strdup (SUM_ROW));
  for (guint i = 0; i < card->money->len; i++)
    g_ptr_array_add (self->sources, g_strdup (((GyMoneyRow *) g_ptr_array_index (card->money, i))->source));
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (self->sources, sources[i], g_str_equal, NULL))
      g_ptr_array_add (self->sources, g_strdup (sources[i]));
  g_ptr_array_add (self->columns, g_strdup ("total"));
  g_ptr_array_add (self->columns, g_strdup ("A"));
  g_ptr_array_add (self->columns, g_strdup ("sub"));
  for (guint y = 0; y < gy_card_n_years (card); y++)
    g_ptr_array_add (self->columns, g_strdup (gy_term_column (card->term, y)->key));
  g_ptr_array_add (self->columns, g_strdup ("C"));

  shape = shape_of (self->sources, self->columns);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      rebuild (self, card);
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
    }

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GtkWidget *cell = value;
      const char *source = g_object_get_data (G_OBJECT (cell), "gy-source");
      const char *column = g_object_get_data (G_OBJECT (cell), "gy-column");
      const GyMoneyRow *row = NULL;
      g_autofree char *text = NULL;
      gint64 amount;

      if (g_str_equal (source, SUM_ROW))
        row = card->money_sum;
      else
        for (guint i = 0; i < card->money->len && row == NULL; i++)
          if (g_str_equal (((GyMoneyRow *) g_ptr_array_index (card->money, i))->source, source))
            row = g_ptr_array_index (card->money, i);

      amount = row != NULL ? cell_value (row, card->term, column) : GY_MONEY_ABSENT;
      text = gy_money_format (amount);
      if (GTK_IS_ENTRY (cell))
        {
          *(gint64 *) g_object_get_data (G_OBJECT (cell), "gy-value") = amount;
          gtk_editable_set_text (GTK_EDITABLE (cell), text);
          gtk_widget_remove_css_class (cell, "error");
        }
      else
        gtk_label_set_text (GTK_LABEL (cell), text);
      gtk_widget_remove_css_class (cell, "rule-failed");
      gtk_widget_set_tooltip_text (cell, NULL);
    }

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      GyFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *k = NULL;
      GtkWidget *cell;

      if (finding->source == NULL || finding->column == NULL)
        continue;
      k = cell_key (finding->source, finding->column);
      cell = g_hash_table_lookup (self->cells, k);
      if (cell == NULL)
        continue;
      gtk_widget_add_css_class (cell, "rule-failed");
      gtk_widget_set_tooltip_text (cell, finding->message);
    }
}

void
gy_money_grid_set_editable (GyMoneyGrid *self,
                            gboolean     editable)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (GY_IS_MONEY_GRID (self));

  self->editable = editable;
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (GTK_IS_ENTRY (value))
      gtk_widget_set_sensitive (value, editable);
}

/* The widget showing one cell (an entry for inputs, a label for totals), for tests. */
GtkWidget *
gy_money_grid_get_cell (GyMoneyGrid *self,
                        const char  *source,
                        const char  *column)
{
  g_autofree char *key = cell_key (source, column);

  return g_hash_table_lookup (self->cells, key);
}

static void
gy_money_grid_dispose (GObject *object)
{
  GyMoneyGrid *self = GY_MONEY_GRID (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);
  G_OBJECT_CLASS (gy_money_grid_parent_class)->dispose (object);
}

static void
gy_money_grid_finalize (GObject *object)
{
  GyMoneyGrid *self = GY_MONEY_GRID (object);

  g_hash_table_unref (self->cells);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->columns);
  g_free (self->shape);
  G_OBJECT_CLASS (gy_money_grid_parent_class)->finalize (object);
}

static void
gy_money_grid_class_init (GyMoneyGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gy_money_grid_dispose;
  object_class->finalize = gy_money_grid_finalize;

  /* (source, column key, amount in 천원): the user typed a new value into an input cell */
  signals[CELL_EDITED] =
    g_signal_new ("cell-edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "moneygrid");
}

static void
gy_money_grid_init (GyMoneyGrid *self)
{
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->editable = TRUE;
}

GtkWidget *
gy_money_grid_new (void)
{
  return g_object_new (GY_TYPE_MONEY_GRID, NULL);
}

/* gy-print-operation.c — the annual report through the print dialog, with its preview
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages are the PDF export's: begin-print paginates the report with the print
 * context's Pango context for the paper chosen, draw-page replays one page. The context
 * works in points from the paper's corner (full page, unit points), which is what
 * gy_report_draw_page() expects, so nothing is scaled here.
 */
#define G_LOG_DOMAIN "gy-print"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "gy-export-dialog.h"
#include "gy-print-operation.h"

struct _GyPrintOperation
{
  GtkPrintOperation  parent_instance;

  GyStore           *store;
  GySelection        selection;  /* its strings are the ones below, owned */
  char              *term;
  char              *sector;
  char              *department;
  char              *status;
  GStrv              numbers;
  GyReport          *report;
  GError            *error;   /* why the pledges could not be loaded */
  GtkEntry          *as_of_entry;  /* on the dialog's 기준일 tab */
};

G_DEFINE_FINAL_TYPE (GyPrintOperation, gy_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
gy_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  GyPrintOperation *self = GY_PRINT_OPERATION (operation);
  PangoContext *pango;
  cairo_font_options_t *font_options;
  guint n_pages;

  /* Loaded now rather than in new(): the dialog is up before the cards are read. */
  if (self->report == NULL)
    {
      g_clear_error (&self->error);
      self->report = gy_report_new (self->store, &self->selection, &self->error);
      if (self->report == NULL)
        {
          g_warning ("Cannot print the report: %s", self->error->message);
          gtk_print_operation_cancel (operation);
          return;
        }
    }

  /* Unhinted, as for the PDF: the same line breaks on every printer. */
  pango = gtk_print_context_create_pango_context (context);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango, font_options);
  cairo_font_options_destroy (font_options);

  n_pages = gy_report_paginate (self->report, pango, gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

/* The dialog's tab with the 기준일, remembered with the exports'. */
static GtkWidget *
gy_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  GyPrintOperation *self = GY_PRINT_OPERATION (operation);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_As of"));
  GtkWidget *hint = gtk_label_new (_("Leave it empty for today."));
  GDate as_of;

  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12,
                "row-spacing", 6, "column-spacing", 12, NULL);
  self->as_of_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->as_of_entry), "as-of");
  /* the dialog may go without applying: the pointer then clears */
  g_object_add_weak_pointer (G_OBJECT (self->as_of_entry), (gpointer *) &self->as_of_entry);
  if (g_date_valid (&self->selection.as_of))
    as_of = self->selection.as_of;
  else
    gy_export_load_as_of (&as_of);
  if (g_date_valid (&as_of))
    {
      g_autofree char *text = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&as_of),
                                               g_date_get_month (&as_of),
                                               g_date_get_day (&as_of));

      gtk_editable_set_text (GTK_EDITABLE (self->as_of_entry), text);
    }
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->as_of_entry));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->as_of_entry), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), hint, 1, 1, 1, 1);
  return grid;
}

static void
gy_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                        GtkWidget         *widget)
{
  GyPrintOperation *self = GY_PRINT_OPERATION (operation);
  GDate as_of;

  if (self->as_of_entry == NULL)
    return;
  /* a date that does not parse prints as of today rather than not at all */
  if (!gy_export_parse_as_of (gtk_editable_get_text (GTK_EDITABLE (self->as_of_entry)), &as_of))
    g_date_clear (&as_of, 1);
  self->selection.as_of = as_of;
  gy_export_save_as_of (&as_of);
  g_clear_pointer (&self->report, gy_report_free);
}

static void
gy_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  GyPrintOperation *self = GY_PRINT_OPERATION (operation);

  if (self->report == NULL || page_nr < 0 ||
      (guint) page_nr >= gy_report_get_n_pages (self->report))
    return;
  gy_report_draw_page (self->report, gtk_print_context_get_cairo_context (context),
                       (guint) page_nr);
}

static void
gy_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  GyPrintOperation *self = GY_PRINT_OPERATION (operation);

  /* the store may change before the next print: load again then */
  g_clear_pointer (&self->report, gy_report_free);
}

static void
gy_print_operation_finalize (GObject *object)
{
  GyPrintOperation *self = GY_PRINT_OPERATION (object);

  g_clear_pointer (&self->report, gy_report_free);
  g_clear_weak_pointer (&self->as_of_entry);
  g_clear_object (&self->store);
  g_clear_pointer (&self->term, g_free);
  g_clear_pointer (&self->sector, g_free);
  g_clear_pointer (&self->department, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->numbers, g_strfreev);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (gy_print_operation_parent_class)->finalize (object);
}

static void
gy_print_operation_class_init (GyPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = gy_print_operation_finalize;
  operation_class->begin_print = gy_print_operation_begin_print;
  operation_class->draw_page = gy_print_operation_draw_page;
  operation_class->end_print = gy_print_operation_end_print;
  operation_class->create_custom_widget = gy_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = gy_print_operation_custom_widget_apply;
}

static void
gy_print_operation_init (GyPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  /* our margins are the report's own (15 mm, 20 mm), measured from the paper's edge */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), _("Pledge report"));
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_show_progress (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("As of"));
  gy_selection_init (&self->selection);
}

/* SELECTION: what to print (NULL: all of the term that holds today), copied whole: the
 * caller's strings may be gone when the dialog asks for the pages. */
GyPrintOperation *
gy_print_operation_new (GyStore           *store,
                        const GySelection *selection)
{
  GyPrintOperation *self;

  g_return_val_if_fail (GY_IS_STORE (store), NULL);

  self = g_object_new (GY_TYPE_PRINT_OPERATION, NULL);
  self->store = g_object_ref (store);
  /* "Print to File" saves in the documents folder as 김천시_공약추진상황보고_2026-12-02.pdf */
  {
    g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
    GDate as_of;
    g_autofree char *path = NULL;
    g_autoptr(GFile) file = NULL;
    g_autofree char *uri = NULL;

    if (selection != NULL && g_date_valid (&selection->as_of))
      as_of = selection->as_of;
    else
      gy_export_load_as_of (&as_of);
    path = gy_export_suggest_path (store, GY_EXPORT_REPORT, &as_of);
    file = g_file_new_for_path (path);
    uri = g_file_get_uri (file);
    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
  }
  if (selection == NULL)
    return self;
  self->term = g_strdup (selection->term);
  self->sector = g_strdup (selection->sector);
  self->department = g_strdup (selection->department);
  self->status = g_strdup (selection->status);
  self->numbers = g_strdupv ((char **) selection->numbers);
  self->selection = *selection;
  self->selection.term = self->term;
  self->selection.sector = self->sector;
  self->selection.department = self->department;
  self->selection.status = self->status;
  self->selection.numbers = (const char * const *) self->numbers;
  return self;
}

/* What the operation prints, for tests. */
const GySelection *
gy_print_operation_get_selection (GyPrintOperation *self)
{
  g_return_val_if_fail (GY_IS_PRINT_OPERATION (self), NULL);
  return &self->selection;
}

/* Set when begin-print could not load the pledges (and cancelled the job). */
const GError *
gy_print_operation_get_error (GyPrintOperation *self)
{
  g_return_val_if_fail (GY_IS_PRINT_OPERATION (self), NULL);
  return self->error;
}

/* gy-window-actions.c — what the window's menus, buttons and shortcuts do
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gy-application.h"
#include "gy-card-reader.h"
#include "gy-card-writer.h"
#include "gy-check.h"
#include "gy-export-dialog.h"
#include "gy-print-operation.h"
#include "gy-print-preview.h"
#include "gy-settings-dialog.h"
#include "gy-window-private.h"
#include "gy-xlsx.h"

void
gy_window_update_actions (GyWindow *self)
{
  gboolean writable = self->store != NULL && !gy_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->undo != NULL && gy_undo_can_undo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->undo != NULL && gy_undo_can_redo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-card", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-list", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-card", self->pledge_id != 0);
  /* A pledge without a 분야 prints with all, or alone. */
  {
    g_autoptr(GyCard) card = self->pledge_id != 0 && self->store != NULL
                             ? gy_store_load_card (self->store, self->pledge_id, NULL) : NULL;

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-sector",
                                   card != NULL && card->sector != NULL);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-pledge", card != NULL);
  }
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* Import: each card is its own unit. The good ones go in together; a card that cannot be read,
 * or that the store refuses, is named with its message and writes nothing. */
void
gy_window_import_files (GyWindow  *self,
                        GFile    **files,
                        guint      n_files)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (self->store);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) landed = g_ptr_array_new ();  /* the cards of CARDS that went in */
  g_auto(GStrv) statuses = gy_store_list_values (self->store, GY_LIST_STATUSES);
  g_autoptr(GString) refused = g_string_new (NULL);
  g_autoptr(GString) encodings = g_string_new (NULL);
  g_autoptr(GString) report = g_string_new (NULL);
  guint n_refused = 0;
  guint n_findings = 0;

  if (gy_store_is_read_only (self->store) || n_files == 0)
    return;
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GError) read_error = NULL;
      g_autofree char *path = g_file_get_path (files[i]);
      g_autofree char *name = g_file_get_basename (files[i]);
      GyTextEncoding encoding = GY_TEXT_UTF8;
      GyCard *card = path != NULL ? gy_card_read_file_full (path, terms, &encoding, &read_error)
                                  : NULL;

      if (card == NULL)
        {
          n_refused++;
          g_string_append_printf (refused, "\n%s",
                                  read_error != NULL ? read_error->message : _("Not a local file"));
          continue;
        }
      if (encoding != GY_TEXT_UTF8)
        {
          g_string_append_c (encodings, '\n');
          g_string_append_printf (encodings, _("%s was read as %s."), name,
                                  gy_text_encoding_name (encoding));
        }
      g_ptr_array_add (cards, card);
      g_ptr_array_add (names, g_steal_pointer (&name));
    }

  /* Together, in one transaction; if the store refuses one (its term conflicts with the
   * file's), each alone, the cards that name their term's layout first, as the command does. */
  if (cards->len > 0 && gy_store_import_cards (self->store, cards, NULL))
    g_ptr_array_extend (landed, cards, NULL, NULL);
  else
    for (guint pass = 0; pass < 2; pass++)
      for (guint i = 0; i < cards->len; i++)
        {
          GyCard *card = g_ptr_array_index (cards, i);
          g_autoptr(GPtrArray) one = g_ptr_array_new ();
          g_autoptr(GError) error = NULL;
          gboolean guessed = card->term == NULL || card->term->layout_guessed;

          if (guessed != (pass == 1))
            continue;
          g_ptr_array_add (one, card);
          if (gy_store_import_cards (self->store, one, &error))
            g_ptr_array_add (landed, card);
          else
            {
              n_refused++;
              g_string_append_printf (refused, "\n%s: %s", (char *) g_ptr_array_index (names, i),
                                      error->message);
            }
        }
  if (landed->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("%s\nNothing was imported."), refused->str + 1);
      gy_window_show_message (self, text);
      return;
    }

  g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE, "Imported %u card.",
                                               "Imported %u cards.", landed->len), landed->len);
  if (n_refused > 0)
    {
      g_string_append_c (report, ' ');
      g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE,
                                                   "%u file was not imported:",
                                                   "%u files were not imported:", n_refused),
                              n_refused);
      g_string_append (report, refused->str);
    }
  g_string_append (report, encodings->str);
  for (guint i = 0; i < landed->len; i++)
    {
      g_autoptr(GPtrArray) findings = gy_check_card (g_ptr_array_index (landed, i),
                                                     (const char * const *) statuses);

      for (guint j = 0; j < findings->len && n_findings < 20; j++, n_findings++)
        g_string_append_printf (report, "\n%s", ((GyFinding *) g_ptr_array_index (findings, j))->message);
    }
  gy_window_show_message (self, report->str);
  gy_pledge_tree_select (self->tree, ((GyCard *) g_ptr_array_index (landed, 0))->id, -1);
}

gboolean
gy_window_is_list_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".csv")
         || g_str_has_suffix (lower, ".tsv");
}

/* What a drop does: a pledge list opens its dialog; the other files are card texts. */
void
gy_window_drop_files (GyWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path != NULL && gy_window_is_list_path (path))
        gy_window_open_list_import (self, path);
      else
        g_ptr_array_add (cards, files[i]);
    }
  if (cards->len > 0)
    gy_window_import_files (self, (GFile **) cards->pdata, cards->len);
}

/* The report of a list import: the counts in the message; every refused row and every pledge
 * the list lacks behind its Details button. */
static void
on_list_importing (GyListImportDialog *dialog,
                   GyWindow           *self)
{
  self->keep_undo = TRUE;
}

static void
on_list_imported (GyListImportDialog *dialog,
                  GyListReport       *report,
                  GyWindow           *self)
{
  const GyListTable *table = gy_list_import_dialog_get_table (dialog);
  g_autofree char *name = g_path_get_basename (table->path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) details = g_string_new (NULL);

  self->keep_undo = FALSE;
  if (report == NULL)
    return;

  g_string_append_printf (text, _("Pledge list %s: new %u · changed %u · unchanged %u · "
                                  "refused %u"),
                          name, report->n_created, report->n_updated, report->n_unchanged,
                          report->n_refused);
  if (table->encoding != NULL && !g_str_equal (table->encoding, "UTF-8"))
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s was read as %s."), name, table->encoding);
    }
  /* the details are markup: headings in bold, the file's text escaped */
  if (report->n_refused > 0)
    {
      g_string_append_printf (details, "<b>%s</b>\n", _("Refused rows"));
      for (guint i = 0; i < report->rows->len; i++)
        {
          GyListRowResult *row = g_ptr_array_index (report->rows, i);
          g_autofree char *pledge = NULL;
          g_autofree char *escaped = NULL;

          if (row->outcome != GY_LIST_ROW_REFUSED)
            continue;
          pledge = g_strstrip (g_strdup_printf ("%s %s", row->number ? row->number : "",
                                                row->title ? row->title : ""));
          escaped = g_markup_printf_escaped (" · %s: %s\n", pledge,
                                             row->message ? row->message : "");
          g_string_append_printf (details, _("Line %u"), row->line);
          g_string_append (details, escaped);
        }
    }
  if (report->missing != NULL && report->missing->len > 0)
    {
      g_string_append_printf (details, "%s<b>%s</b>\n", details->len > 0 ? "\n" : "",
                              _("Pledges of the term the list lacks"));
      for (guint i = 0; i < report->missing->len; i++)
        {
          g_autofree char *pledge = g_strstrip (g_strdup (g_ptr_array_index (report->missing, i)));
          g_autofree char *escaped = g_markup_escape_text (pledge, -1);

          g_string_append_printf (details, "%s\n", escaped);
        }
    }
  gy_window_show_message (self, text->str);
  if (details->len > 0)
    gy_window_show_details (self, details->str);
}

/* Opens the dialog of a pledge list; NULL, with the reason in the message bar, when the file
 * cannot be read. */
GyListImportDialog *
gy_window_open_list_import (GyWindow   *self,
                            const char *path)
{
  g_autoptr(GError) error = NULL;
  GyListImportDialog *dialog;

  if (gy_store_is_read_only (self->store))
    return NULL;
  dialog = gy_list_import_dialog_new (GTK_WINDOW (self), self->store, self->undo, path,
                                      gy_pledge_tree_get_term (self->tree), &error);
  if (dialog == NULL)
    {
      gy_window_show_message (self, error->message);
      return NULL;
    }
  g_signal_connect_object (dialog, "importing", G_CALLBACK (on_list_importing), self, 0);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_list_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_import_list_response (GtkNativeDialog *dialog,
                         int              response,
                         GyWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        gy_window_open_list_import (self, path);
    }
  g_object_unref (dialog);
}

static void
import_list (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Import Pledge List"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Pledge lists (xlsx, CSV, TSV)"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.tsv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  add_filter (GTK_FILE_CHOOSER (dialog), _("All files"), "*");
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_list_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
show_details (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  GtkWidget *window, *scroll, *label;

  if (self->details == NULL)
    return;
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Import Report"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 480);
  scroll = gtk_scrolled_window_new ();
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), self->details);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  g_object_set (label, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12,
                NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), label);
  gtk_window_set_child (GTK_WINDOW (window), scroll);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    GyWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      gy_window_import_files (self, (GFile **) array->pdata, array->len);
    }
  g_object_unref (dialog);
}

static void
import_card (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Import Card Texts"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  add_filter (GTK_FILE_CHOOSER (dialog), _("Card texts"), "*.txt");
  add_filter (GTK_FILE_CHOOSER (dialog), _("All files"), "*");
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  GyWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      g_autofree char *path = g_file_get_path (file);

      if (GY_IS_APPLICATION (app))
        gy_application_open_path (GY_APPLICATION (app), path, FALSE);
    }
  g_object_unref (dialog);
}

static void
open_database (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Open Database"), GTK_WINDOW (widget),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  add_filter (GTK_FILE_CHOOSER (dialog), _("Gongyak databases"), "*.gongyak");
  add_filter (GTK_FILE_CHOOSER (dialog), _("All files"), "*");
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_export_card_response (GtkNativeDialog *dialog,
                         int              response,
                         GyWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      g_autoptr(GyCard) card = gy_store_load_card (self->store, self->pledge_id, &error);
      g_autofree char *text = card != NULL ? gy_card_write (card) : NULL;

      if (text == NULL || !g_file_set_contents (path, text, -1, &error))
        gy_window_show_message (self, error->message);
    }
  g_object_unref (dialog);
}

static void
export_card (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (_("Export Card Text"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  g_autoptr(GyCard) card = gy_store_load_card (self->store, self->pledge_id, NULL);
  g_autofree char *name = NULL;

  if (card != NULL)
    name = g_strdup_printf ("%s%s%s.txt", card->number, *card->number ? " " : "", card->title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name != NULL ? name : "card.txt");
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_card_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The workbook is written in a thread, with its own read-only connection; the progress
 * bar follows through idle callbacks. */

typedef struct {
  GyWindow *window;
  guint     done;
  guint     total;
  char     *stage;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;
  GyWindow *self = progress->window;
  g_autofree char *text = g_strdup_printf ("%s %u / %u", gy_export_stage_label (progress->stage),
                                           progress->done, progress->total);

  /* The window may have been closed while the thread wrote: then there is nothing to show. */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->progress_bar == NULL)
    goto done;
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 progress->total > 0 ? (double) progress->done / progress->total : 0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  {
    GtkWidget *window = g_object_get_data (G_OBJECT (self), "gy-export-progress-window");

    if (window != NULL && !gtk_widget_in_destruction (window))
      gy_export_progress_update (GTK_WINDOW (window), progress->done, progress->total,
                                 progress->stage);
  }
done:
  g_object_unref (self);
  g_free (progress->stage);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

static void
on_export_progress (guint       done,
                    guint       total,
                    const char *stage,
                    gpointer    user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->window = g_object_ref (user_data);
  progress->done = done;
  progress->total = total;
  progress->stage = g_strdup (stage);
  g_idle_add (show_progress, progress);
}

typedef struct {
  char *database;  /* copied on the main thread: the window may go while the thread works */
  char *path;
  char *term;      /* the term shown; NULL: the one every output picks */
  GDate as_of;     /* invalid: today */
  GCancellable *cancellable;  /* the progress window's 취소 */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->database);
  g_free (job->path);
  g_free (job->term);
  g_clear_object (&job->cancellable);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  GySelection options;

  if (g_cancellable_set_error_if_cancelled (job->cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  store = gy_store_open (job->database, GY_STORE_OPEN_READ_ONLY, &error);

  gy_selection_init (&options);
  options.term = job->term;
  options.as_of = job->as_of;
  if (store == NULL || !gy_xlsx_export_cancellable (store, job->path, &options, on_export_progress,
                                                    source, job->cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GyWindow *self = GY_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean done = g_task_propagate_boolean (G_TASK (result), &error);
  GtkWindow *progress;

  if (g_application_get_default () != NULL)
    g_application_release (g_application_get_default ());
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->progress_bar == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  progress = g_object_steal_data (G_OBJECT (self), "gy-export-progress-window");
  if (progress != NULL && gtk_widget_in_destruction (GTK_WIDGET (progress)))
    g_clear_object (&progress);
  if (!done)
    {
      if (progress != NULL)
        gtk_window_destroy (progress);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gy_window_show_message (self, _("The export was cancelled; no file was written."));
      else
        gy_window_show_message (self, error->message);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("The workbook was written to %s"), job->path);
      gy_window_show_message (self, text);
      if (progress != NULL)
        gy_export_progress_finish (progress, job->path);
    }
  g_clear_object (&progress);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", TRUE);
}

static gboolean
start_export (gpointer task)
{
  g_task_run_in_thread (task, export_thread);
  return G_SOURCE_REMOVE;
}

/* Writes the workbook to PATH in the background; the progress bar shows until it is done. */
void
gy_window_export_workbook (GyWindow   *self,
                           const char *path)
{
  gy_window_export_workbook_full (self, path, NULL);
}

/* The same as of AS_OF (NULL or invalid: today), with a progress window whose 취소 stops
 * the worker and which offers 열기 and 폴더 열기 once the file is written. */
void
gy_window_export_workbook_full (GyWindow    *self,
                                const char  *path,
                                const GDate *as_of)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_export_done, NULL);
  ExportJob *job = g_new0 (ExportJob, 1);
  GtkWindow *progress;

  job->cancellable = g_cancellable_new ();
  g_date_clear (&job->as_of, 1);
  if (as_of != NULL && g_date_valid (as_of))
    job->as_of = *as_of;
  progress = gy_export_progress_new (GTK_WINDOW (self), job->cancellable);
  /* a reference: the progress window may be gone (with its parent) before the worker ends */
  g_object_set_data_full (G_OBJECT (self), "gy-export-progress-window", g_object_ref (progress),
                          g_object_unref);
  gtk_window_present (progress);
  job->database = g_strdup (gy_store_get_path (self->store));
  job->path = g_strdup (path);
  job->term = g_strdup (gy_pledge_tree_get_term (self->tree));
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  /* Closing the last window must not end the process halfway through the file. */
  if (g_application_get_default () != NULL)
    g_application_hold (g_application_get_default ());
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Writing the workbook…"));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", FALSE);
  /* from the main loop: the progress window shows first, and 취소 pressed before the worker
   * starts stops it before it opens anything */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, start_export, g_steal_pointer (&task), g_object_unref);
}

static void
on_export_workbook_accept (GtkWindow   *parent,
                           const char  *path,
                           const GDate *as_of,
                           gpointer     user_data)
{
  gy_window_export_workbook_full (GY_WINDOW (parent), path, as_of);
}

/* The 기준일 and the file first (gy-export-dialog.c), in the documents folder. */
static void
export_workbook (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);

  gtk_window_present (gy_export_dialog_new (GTK_WINDOW (self), self->store, GY_EXPORT_WORKBOOK,
                                            on_export_workbook_accept, NULL));
}

static void
undo_or_redo (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action, "win.redo");
  gint64 pledge;

  self->keep_undo = TRUE;
  if (!(redo ? gy_undo_redo (self->undo, &error) : gy_undo_undo (self->undo, &error)))
    gy_window_show_message (self, error->message);
  self->keep_undo = FALSE;
  pledge = gy_undo_get_last_pledge (self->undo);
  gy_pledge_tree_refresh_pledge (self->tree, pledge);
  if (!gy_pledge_tree_select (self->tree, pledge, -1) || self->pledge_id == pledge)
    gy_window_show_pledge (self, pledge);
  gtk_stack_set_visible_child_name (self->view_stack, "card");
}

static void
find (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  gy_pledge_tree_focus_search (GY_WINDOW (widget)->tree);
}

static void
dismiss_message (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  gy_window_show_message (GY_WINDOW (widget), NULL);
}

static void
show_view (GtkWidget  *widget,
           const char *action,
           GVariant   *parameter)
{
  gtk_stack_set_visible_child_name (GY_WINDOW (widget)->view_stack,
                                    g_variant_get_string (parameter, NULL));
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GyWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      gy_window_show_message (self, error->message);
    }
  else if (gy_print_operation_get_error (GY_PRINT_OPERATION (operation)) != NULL)
    gy_window_show_message (self, gy_print_operation_get_error (GY_PRINT_OPERATION (operation))->message);
}

/* The print operation of the report: "win.print" all pledges of the term shown (with every
 * term shown, the term every output picks), "win.print-sector" the selected pledge's 분야 and
 * "win.print-pledge" the selected pledge, each in that pledge's own term. NULL when the action
 * needs a pledge and none is selected. */
GyPrintOperation *
gy_window_new_print_operation (GyWindow   *self,
                               const char *action)
{
  const char *scope = g_str_equal (action, "win.print") ? "all"
                      : g_str_equal (action, "win.print-sector") ? "sector" : "pledge";
  g_autoptr(GyCard) card = NULL;
  GySelection selection;

  gy_selection_init (&selection);
  selection.term = gy_pledge_tree_get_term (self->tree);
  if (!g_str_equal (scope, "all"))
    {
      card = self->pledge_id != 0 ? gy_store_load_card (self->store, self->pledge_id, NULL) : NULL;
      if (card == NULL)
        return NULL;
      if (card->term != NULL)
        selection.term = card->term->name;
      if (g_str_equal (scope, "sector"))
        selection.sector = card->sector != NULL ? card->sector : "";
      else
        selection.pledge_id = card->id;
    }
  /* the operation copies the selection: the card may go */
  return gy_print_operation_new (self->store, &selection);
}

static void
print (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  g_autoptr(GyPrintOperation) operation = gy_window_new_print_operation (self, action);
  g_autoptr(GError) error = NULL;

  if (operation == NULL)
    return;
  gy_print_preview_attach (GTK_PRINT_OPERATION (operation));
  /* The dialog runs on after run() returns: a failure to load shows when it is done. */
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    gy_window_show_message (self, error->message);
}

static void
settings (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (gy_settings_dialog_new (GTK_WINDOW (self), self->store)));
}

/* Change history: newest first, the whole body. */
static void
history (GtkWidget  *widget,
         const char *action,
         GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = gy_store_list_history (self->store, 0, &error);
  GtkWidget *window, *scroll, *grid;
  const char *headings[] = { N_("When"), N_("Pledge"), N_("What"), N_("Before"), N_("After"),
                             N_("Reason") };

  if (changes == NULL)
    {
      gy_window_show_message (self, error->message);
      return;
    }
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Change History"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 560);
  scroll = gtk_scrolled_window_new ();
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 16);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12,
                NULL);
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    {
      GtkWidget *label = gtk_label_new (_(headings[c]));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (GTK_GRID (grid), label, (int) c, 0, 1, 1);
    }
  for (guint r = 0; r < changes->len; r++)
    {
      GyChange *change = g_ptr_array_index (changes, r);
      const char *cells[] = { change->when, change->pledge, change->what, change->before,
                              change->after, change->reason };

      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          GtkWidget *label = gtk_label_new (cells[c]);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          gtk_grid_attach (GTK_GRID (grid), label, (int) c, 1 + (int) r, 1, 1);
        }
    }
  if (changes->len == 0)
    gtk_grid_attach (GTK_GRID (grid), gtk_label_new (_("No changes yet.")), 0, 1, 6, 1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), grid);
  gtk_window_set_child (GTK_WINDOW (window), scroll);
  gtk_window_present (GTK_WINDOW (window));
}

void
gy_window_fill_recent (GyWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_auto(GStrv) recent = GY_IS_APPLICATION (app) ? gy_application_dup_recent (GY_APPLICATION (app))
                                                 : NULL;

  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    {
      g_autofree char *label = g_path_get_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "app.open-recent", "s", recent[i]);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->recent_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->recent_button), recent != NULL && recent[0] != NULL);
}

/* The first GtkColumnView under WIDGET: the tree's list, where F6 puts the focus. */
static GtkWidget *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_column_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The row of LIST that is selected and drawn, if any. */
static GtkWidget *
find_selected_row (GtkWidget *list)
{
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if ((gtk_widget_get_state_flags (child) & GTK_STATE_FLAG_SELECTED) != 0 &&
          gtk_widget_get_focusable (child) && gtk_widget_is_drawable (child))
        return child;
      if ((found = find_selected_row (child)) != NULL)
        return found;
    }
  return NULL;
}

/* F6, as in GNOME apps: the focus goes from the list to the view beside it (the card) and
 * back, each to where it was last. Tab alone walks the rows of the list. */
static void
focus_pane (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  GyWindow *self = GY_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *tree = GTK_WIDGET (self->tree);
  GtkWidget *view = gtk_stack_get_visible_child (self->view_stack);
  GtkWidget *list = find_column_view (tree);
  GtkWidget *last;

  gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
  if (focus != NULL && (focus == tree || gtk_widget_is_ancestor (focus, tree)))
    {
      if (view == NULL)
        return;
      g_object_set_data_full (G_OBJECT (self), "gy-tree-focus", g_object_ref (focus),
                              g_object_unref);
      last = g_object_get_data (G_OBJECT (self), "gy-view-focus");
      if (last != NULL && gtk_widget_is_ancestor (last, view) && gtk_widget_is_drawable (last) &&
          gtk_widget_grab_focus (last))
        return;
      gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD);
      return;
    }
  if (focus != NULL && view != NULL && gtk_widget_is_ancestor (focus, view))
    g_object_set_data_full (G_OBJECT (self), "gy-view-focus", g_object_ref (focus),
                            g_object_unref);
  /* the pledge the card shows, else where the focus was in the list */
  if (list != NULL && (last = find_selected_row (list)) != NULL && gtk_widget_grab_focus (last))
    return;
  last = g_object_get_data (G_OBJECT (self), "gy-tree-focus");
  if (last != NULL && list != NULL && gtk_widget_is_ancestor (last, list) &&
      gtk_widget_is_drawable (last) && gtk_widget_grab_focus (last))
    return;
  if (list == NULL || !gtk_widget_grab_focus (list))
    gtk_widget_child_focus (tree, GTK_DIR_TAB_FORWARD);
}

void
gy_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_database);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_install_action (widget_class, "win.import-card", NULL, import_card);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import-card", NULL);
  gtk_widget_class_install_action (widget_class, "win.import-list", NULL, import_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import-list", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-details", NULL, show_details);
  gtk_widget_class_install_action (widget_class, "win.export-card", NULL, export_card);
  gtk_widget_class_install_action (widget_class, "win.export-workbook", NULL, export_workbook);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-workbook", NULL);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_or_redo);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_or_redo);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_install_action (widget_class, "win.history", NULL, history);
  gtk_widget_class_install_action (widget_class, "win.settings", NULL, settings);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print);
  gtk_widget_class_install_action (widget_class, "win.print-sector", NULL, print);
  gtk_widget_class_install_action (widget_class, "win.print-pledge", NULL, print);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.settings", NULL);
  gtk_widget_class_install_action (widget_class, "win.dismiss-message", NULL, dismiss_message);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "card");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s",
                                       "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s",
                                       "body-timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-view", "s",
                                       "dashboard");
  gtk_widget_class_install_action (widget_class, "win.focus-pane", NULL, focus_pane);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.focus-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.focus-pane",
                                       NULL);
}

/* gy-cli.c — the headless command line: import, export, check, list
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs before any GTK initialisation, so it works with no display.
 */
#define G_LOG_DOMAIN "gy-cli"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "gy-card-reader.h"
#include "gy-card-writer.h"
#include "gy-chart.h"
#include "gy-chart-summary.h"
#include "gy-check.h"
#include "gy-cli.h"
#include "gy-list.h"
#include "gy-report.h"
#include "gy-summary.h"
#include "gy-xlsx.h"

gboolean
gy_cli_wants_run (const GyCliOptions *options)
{
  return (options->import_cards != NULL && options->import_cards[0] != NULL) ||
         options->import_list != NULL ||
         options->export_card != NULL || options->check || options->list ||
         options->export_xlsx != NULL || options->export_chart != NULL ||
         options->export_pdf != NULL || options->body_name != NULL;
}

char *
gy_default_db_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "gongyak", "gongyak.gongyak", NULL);
}

/* Opens PATH, creating it on first use with the sample card so there is something to see. */
GyStore *
gy_open_or_create (const char  *path,
                   GBytes      *sample_card,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GyStore) store = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  GyCard *card;
  gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);

  if (existed || sample_card == NULL)
    return gy_store_open (path, existed ? GY_STORE_OPEN_DEFAULT : GY_STORE_OPEN_CREATE, error);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return NULL;
    }

  store = gy_store_open (path, GY_STORE_OPEN_CREATE, error);
  if (store == NULL)
    return NULL;

  terms = gy_store_list_terms (store);
  card = gy_card_read (g_bytes_get_data (sample_card, NULL), g_bytes_get_size (sample_card),
                       _("sample card"), terms, error);
  if (card == NULL)
    return NULL;
  cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_ptr_array_add (cards, card);
  if (!gy_store_import_cards (store, cards, error))
    return NULL;
  return g_steal_pointer (&store);
}

static void
print_findings (GPtrArray *findings,
                FILE      *out)
{
  for (guint i = 0; i < findings->len; i++)
    fprintf (out, "  %s\n", ((GyFinding *) g_ptr_array_index (findings, i))->message);
}

/* Imports CARDS one by one, the cards that name half or whole years first so that their term
 * decides for a card that names neither; marks each refused one in REFUSED with its message. */
static void
import_one_by_one (GyStore            *store,
                   GPtrArray          *cards,
                   GPtrArray          *paths,
                   gboolean           *refused)
{
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
        if (!gy_store_import_cards (store, one, &error))
          {
            g_printerr (_("Refused %s: %s\n"), (char *) g_ptr_array_index (paths, i),
                        error->message);
            refused[i] = TRUE;
          }
      }
}

/* Each card is its own unit: the good ones go in, a refused one writes nothing; 1 when any was
 * refused. */
static int
run_import (GyStore            *store,
            const char * const *paths)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GPtrArray) card_paths = g_ptr_array_new ();
  g_autoptr(GArray) encodings = g_array_new (FALSE, FALSE, sizeof (GyTextEncoding));
  g_auto(GStrv) statuses = gy_store_list_values (store, GY_LIST_STATUSES);
  g_autofree gboolean *refused = NULL;
  guint n_paths = g_strv_length ((char **) paths);
  guint n_refused = 0, n_imported = 0;

  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GError) error = NULL;
      GyTextEncoding encoding = GY_TEXT_UTF8;
      GyCard *card = gy_card_read_file_full (paths[i], terms, &encoding, &error);

      if (card == NULL)
        {
          g_printerr (_("Refused: %s\n"), error->message);
          n_refused++;
          continue;
        }
      g_ptr_array_add (cards, card);
      g_ptr_array_add (card_paths, (gpointer) paths[i]);
      g_array_append_val (encodings, encoding);
      if (n_paths > 1 && (i + 1) % 100 == 0)
        g_printerr (_("Read %u of %u cards\n"), i + 1, n_paths);
    }

  refused = g_new0 (gboolean, MAX (cards->len, 1));
  if (cards->len > 1)
    g_printerr (_("Writing %u cards to %s\n"), cards->len, gy_store_get_path (store));
  if (cards->len > 0)
    {
      g_autoptr(GError) error = NULL;

      /* All at once when all are good (one transaction); else each alone, to find the bad. */
      if (!gy_store_import_cards (store, cards, &error))
        import_one_by_one (store, cards, card_paths, refused);
    }

  for (guint i = 0; i < cards->len; i++)
    {
      GyCard *card = g_ptr_array_index (cards, i);
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *label = NULL;

      if (refused[i])
        {
          n_refused++;
          continue;
        }
      n_imported++;
      findings = gy_check_card (card, (const char * const *) statuses);
      label = gy_check_pledge_label (card);
      if (n_paths <= 20)
        g_print (_("Imported “%s” (pledge #%" PRId64 ") from %s (%s)\n"),
                 label, card->id, (char *) g_ptr_array_index (card_paths, i),
                 gy_text_encoding_name (g_array_index (encodings, GyTextEncoding, i)));
      if (findings->len > 0)
        {
          g_print (g_dngettext (GETTEXT_PACKAGE, "  %u rule fails:\n", "  %u rules fail:\n",
                                findings->len), findings->len);
          print_findings (findings, stdout);
        }
    }
  if (n_paths > 20)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u card.\n", "Imported %u cards.\n",
                          n_imported), n_imported);
  if (n_refused > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u of %u cards was refused; the others were "
                               "imported.\n", "%u of %u cards were refused; the others were "
                               "imported.\n", n_refused), n_refused, n_paths);
      return 1;
    }
  return 0;
}

static const char *
outcome_name (GyListOutcome outcome)
{
  switch (outcome)
    {
    case GY_LIST_ROW_CREATED: return _("created");
    case GY_LIST_ROW_UPDATED: return _("updated");
    case GY_LIST_ROW_UNCHANGED: return _("unchanged");
    case GY_LIST_ROW_REFUSED: return _("refused");
    default: g_assert_not_reached ();
    }
}

static void
print_values (const char * const *values,
              const char         *label)
{
  g_autofree char *joined = NULL;

  if (values == NULL || values[0] == NULL)
    return;
  joined = g_strjoinv (", ", (char **) values);
  g_print ("%s %s\n", label, joined);
}

/* The list's report: a line per row, the counts, the term's pledges the list lacks; 1 when any
 * row was refused. */
static int
run_import_list (GyStore            *store,
                 const GyCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyListTable) table = NULL;
  g_autoptr(GyListReport) report = NULL;
  GyListMapping mapping;

  table = gy_list_table_read (options->import_list, options->sheet, &error);
  if (table == NULL || !gy_list_mapping_guess (table, &mapping, &error))
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("Nothing was imported.\n"));
      return 1;
    }
  report = gy_list_import (store, table, &mapping, options->term, GY_LIST_IMPORT_DEFAULT,
                           &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("Nothing was imported.\n"));
      return 1;
    }

  if (table->sheet != NULL)
    g_print (_("%s (xlsx, sheet “%s”), header on row %u\n"), table->path, table->sheet,
             g_array_index (table->lines, guint, mapping.header_row));
  else
    g_print (_("%s (%s, %s), header on line %u\n"), table->path, table->format, table->encoding,
             g_array_index (table->lines, guint, mapping.header_row));
  for (guint i = 0; i < report->rows->len; i++)
    {
      const GyListRowResult *row = g_ptr_array_index (report->rows, i);

      g_print (_("line %u: %s %s %s"), row->line, outcome_name (row->outcome), row->number,
               row->title);
      if (row->message != NULL && *row->message != '\0')
        g_print (" — %s", row->message);
      g_print ("\n");
    }
  g_print (_("%u created, %u updated, %u unchanged, %u refused\n"), report->n_created,
           report->n_updated, report->n_unchanged, report->n_refused);
  print_values ((const char * const *) report->new_sectors,
                _("분야 added to the body’s list:"));
  print_values ((const char * const *) report->new_statuses,
                _("이행상태 not in the body’s list, kept as written:"));
  if (report->missing->len > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u pledge of the term is not in the list:\n",
                            "%u pledges of the term are not in the list:\n",
                            report->missing->len), report->missing->len);
      for (guint i = 0; i < report->missing->len; i++)
        g_print ("  %s\n", (char *) g_ptr_array_index (report->missing, i));
    }
  return report->n_refused > 0 ? 1 : 0;
}

/* "2-4" by number, "#12" by id, or a bare id when no pledge has that number. */
static gint64
resolve_pledge (GyStore    *store,
                const char *selector)
{
  gint64 id = gy_store_find_pledge (store, selector);
  const char *digits = selector[0] == '#' ? selector + 1 : selector;
  guint64 parsed;

  if (id != 0 && selector[0] != '#')
    return id;
  if (g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT64, &parsed, NULL))
    return (gint64) parsed;
  return 0;
}

static int
run_export (GyStore    *store,
            const char *selector)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (g_strcmp0 (selector, "all") == 0)
    {
      g_autoptr(GPtrArray) pledges = gy_store_list_pledges (store, &error);

      if (pledges == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      for (guint i = 0; i < pledges->len; i++)
        g_array_append_val (ids, ((GyPledgeSummary *) g_ptr_array_index (pledges, i))->id);
    }
  else
    {
      gint64 id = resolve_pledge (store, selector);
      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GyCard) card = gy_store_load_card (store, g_array_index (ids, gint64, i), &error);
      g_autofree char *text = NULL;

      if (card == NULL)
        {
          g_printerr (_("No pledge “%s” in %s (see --list): %s\n"), selector,
                      gy_store_get_path (store), error->message);
          return 1;
        }
      text = gy_card_write (card);
      if (i > 0)
        fputs ("\n\f\n", stdout);
      fputs (text, stdout);
    }
  return 0;
}

static int
run_check (GyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pledges = gy_store_list_pledges (store, &error);
  g_auto(GStrv) statuses = gy_store_list_values (store, GY_LIST_STATUSES);
  guint n_failing = 0, n_findings = 0;

  if (pledges == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  for (guint i = 0; i < pledges->len; i++)
    {
      GyPledgeSummary *summary = g_ptr_array_index (pledges, i);
      g_autoptr(GyCard) card = gy_store_load_card (store, summary->id, &error);
      g_autoptr(GPtrArray) findings = NULL;

      if (card == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      findings = gy_check_card (card, (const char * const *) statuses);
      for (guint j = 0; j < findings->len; j++)
        g_print ("%s\n", ((GyFinding *) g_ptr_array_index (findings, j))->message);
      if (findings->len > 0)
        n_failing++;
      n_findings += findings->len;
    }

  if (n_findings == 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "All rules hold for %u pledge.\n",
                            "All rules hold for %u pledges.\n", pledges->len), pledges->len);
      return 0;
    }
  g_print (_("%u findings in %u of %u pledges.\n"), n_findings, n_failing, pledges->len);
  return 1;
}

/* One line a stage on the terminal, and every hundred card sheets. */
static void
print_stage (guint       done,
             guint       total,
             const char *stage,
             gpointer    user_data)
{
  char **last = user_data;
  gboolean cards = g_strcmp0 (stage, "cards") == 0;
  gboolean file = g_strcmp0 (stage, "file") == 0;

  /* the file's last step (it is in place) shows too: the counter ends at TOTAL / TOTAL */
  if (g_strcmp0 (*last, stage) == 0 && !(cards && done % 100 == 0) && !(file && done == total))
    return;
  g_free (*last);
  *last = g_strdup (stage);
  if (file && done == total)
    g_printerr (_("[%u/%u] the file is written\n"), done, total);
  else if (file)
    g_printerr (_("[%u/%u] writing the file\n"), done, total);
  else
    g_printerr (_("[%u/%u] sheet %s\n"), done, total, cards ? _("of each card") : stage);
}

static gboolean
parse_as_of (const char *as_of,
             GDate      *date)
{
  if (as_of == NULL)
    return TRUE;
  g_date_set_parse (date, as_of);
  if (!g_date_valid (date))
    {
      g_printerr (_("--as-of “%s” is not a date (expected YYYY-MM-DD)\n"), as_of);
      return FALSE;
    }
  return TRUE;
}

/* The one selection every output takes, from --as-of, --term, --sector, --department,
 * --status and --pledge. */
static gboolean
selection_from_options (GyStore            *store,
                        const GyCliOptions *options,
                        GySelection        *selection)
{
  gy_selection_init (selection);
  if (!parse_as_of (options->as_of, &selection->as_of))
    return FALSE;
  selection->term = options->term;
  selection->sector = options->sector;
  selection->department = options->department;
  selection->status = options->status;
  if (options->pledge != NULL)
    {
      selection->pledge_id = resolve_pledge (store, options->pledge);
      if (selection->pledge_id == 0)
        {
          g_printerr (_("No pledge “%s” in %s (see --list)\n"), options->pledge,
                      gy_store_get_path (store));
          return FALSE;
        }
    }
  return TRUE;
}

/* The summary of the options' selection, or NULL once the error is said. */
static GySummary *
summary_from_options (GyStore            *store,
                      const GyCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  GySummary *summary;
  GySelection selection;

  if (!selection_from_options (store, options, &selection))
    return NULL;
  summary = gy_summary_new (store, &selection, &error);
  if (summary == NULL)
    g_printerr ("%s\n", error->message);
  return summary;
}

static char *
format_sum (const GySum *sum)
{
  return sum->shown ? gy_money_format (sum->value) : g_strdup ("");
}

/* The selected term's pledges with the summary's figures, then its 합계: the same numbers the
 * workbook and the report print. */
static int
run_list (GyStore            *store,
          const GyCliOptions *options)
{
  g_autoptr(GySummary) summary = summary_from_options (store, options);
  g_autofree char *total = NULL;

  if (summary == NULL)
    return 1;
  for (guint i = 0; i < summary->pledges->len; i++)
    {
      const GySummaryPledge *pledge = g_ptr_array_index (summary->pledges, i);
      const GyCard *c = pledge->card;
      g_autofree char *cost = format_sum (&pledge->total[GY_MONEY_COLUMN_TOTAL]);
      g_autofree char *progress = c->has_progress ? g_strdup_printf ("%g%%", c->progress)
                                                  : g_strdup ("");

      g_print ("#%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c->id, c->number,
               c->title, c->sector ? c->sector : "", c->lead_dept ? c->lead_dept : "",
               c->status ? c->status : "", progress, cost);
    }
  if (summary->term == NULL)
    return 0;
  total = format_sum (&summary->total[GY_MONEY_COLUMN_TOTAL]);
  /* 합계 in the columns of the lines above: the term, the count (건) and 총사업비 */
  g_print ("합계\t%s\t%u건\t\t\t\t\t%s\n", summary->term->name,
           summary->pledges->len, total);
  return 0;
}

static int
run_export_xlsx (GyStore            *store,
                 const GyCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *last_stage = NULL;
  GySelection selection;

  if (!selection_from_options (store, options, &selection))
    return 1;
  if (!gy_xlsx_export (store, options->export_xlsx, &selection, print_stage, &last_stage,
                       &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("Wrote the workbook %s\n"), options->export_xlsx);
  return 0;
}

static int
run_export_chart (GyStore            *store,
                  const GyCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyChartData) data = NULL;
  GyChartKind kind;
  guint64 width = 1200, height = 700;

  if (!gy_chart_kind_from_string (options->export_chart, &kind))
    {
      g_printerr (_("“%s” is not a chart (expected years, sources, sectors, departments, "
                    "statuses or progress)\n"), options->export_chart);
      return 1;
    }
  if (options->chart_out == NULL)
    {
      g_printerr (_("--export-chart needs the output file after it: --export-chart %s OUT.png\n"),
                  options->export_chart);
      return 1;
    }
  if (options->size != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (options->size, "x", 2);

      if (g_strv_length (parts) != 2 ||
          !g_ascii_string_to_unsigned (parts[0], 10, 100, 10000, &width, NULL) ||
          !g_ascii_string_to_unsigned (parts[1], 10, 100, 10000, &height, NULL))
        {
          g_printerr (_("--size “%s” is not a size (expected WIDTHxHEIGHT, e.g. 1200x700)\n"),
                      options->size);
          return 1;
        }
    }

  if (gy_chart_kind_is_pledge (kind))
    {
      g_auto(GStrv) sources = gy_store_list_values (store, GY_LIST_SOURCES);
      g_autoptr(GyCard) card = NULL;
      gint64 id = options->pledge != NULL ? resolve_pledge (store, options->pledge) : 0;

      if (options->pledge == NULL)
        {
          g_printerr (_("A %s chart is drawn for one pledge: add --pledge NUMBER (see --list)\n"),
                      options->export_chart);
          return 1;
        }
      card = gy_store_load_card (store, id, &error);
      if (card == NULL)
        {
          g_printerr (_("No pledge “%s” in %s (see --list): %s\n"), options->pledge,
                      gy_store_get_path (store), error->message);
          return 1;
        }
      data = gy_chart_data_new_for_card (card, kind, (const char * const *) sources);
    }
  else
    {
      g_autoptr(GySummary) summary = summary_from_options (store, options);

      if (summary == NULL)
        return 1;
      data = gy_chart_data_new_for_summary (summary, kind);
    }

  if (!gy_chart_export (data, options->chart_out, (int) width, (int) height, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("Wrote the chart %s\n"), options->chart_out);
  return 0;
}

static void
print_page (guint       done,
            guint       total,
            const char *stage,
            gpointer    user_data)
{
  /* the file step repeats the last page's count: only the pages are shown */
  if (g_strcmp0 (stage, "pages") == 0 && (done == total || done % 10 == 0))
    g_printerr (_("[%u/%u] pages\n"), done, total);
}

static int
run_export_pdf (GyStore            *store,
                const GyCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyReport) report = NULL;
  GySelection selection;

  if (!selection_from_options (store, options, &selection))
    return 1;
  report = gy_report_new (store, &selection, &error);

  if (report == NULL || !gy_report_export_pdf (report, options->export_pdf, print_page, NULL,
                                                &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("Wrote the report %s (%u pages)\n"), options->export_pdf,
           gy_report_get_n_pages (report));
  return 0;
}

static int
run_set_body_name (GyStore    *store,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (*trimmed == '\0')
    {
      g_printerr (_("--body-name needs a name, e.g. --body-name 김천시\n"));
      return 1;
    }
  if (!gy_store_set_body_name (store, trimmed, &error))
    {
      g_printerr ("%s: %s\n", gy_store_get_path (store), error->message);
      return 1;
    }
  g_print (_("The body is now “%s”\n"), trimmed);
  return 0;
}

/* Returns the process exit status: 0 done, 1 a rule failed or input was refused, 2 no file. */
int
gy_cli_run (const GyCliOptions *options,
            GBytes             *sample_card)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  g_autofree char *path = options->db != NULL ? g_strdup (options->db) : gy_default_db_path ();
  gboolean imports = options->import_cards != NULL && options->import_cards[0] != NULL;
  gboolean writes = imports || options->import_list != NULL || options->body_name != NULL;
  int status = 0;

  if (options->db != NULL)
    store = gy_store_open (path, writes ? GY_STORE_OPEN_CREATE : GY_STORE_OPEN_DEFAULT, &error);
  else
    store = gy_open_or_create (path, sample_card, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (options->body_name != NULL)
    status = run_set_body_name (store, options->body_name);
  if (status == 0 && imports)
    status = run_import (store, options->import_cards);
  if (status == 0 && options->import_list != NULL)
    status = run_import_list (store, options);
  if (status == 0 && options->export_card != NULL)
    status = run_export (store, options->export_card);
  if (status == 0 && options->list)
    status = run_list (store, options);
  if (status == 0 && options->export_xlsx != NULL)
    status = run_export_xlsx (store, options);
  if (status == 0 && options->export_chart != NULL)
    status = run_export_chart (store, options);
  if (status == 0 && options->export_pdf != NULL)
    status = run_export_pdf (store, options);
  if (status == 0 && options->check)
    status = run_check (store);
  return status;
}

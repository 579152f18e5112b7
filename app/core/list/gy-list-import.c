/* gy-list-import.c — a pledge list's rows brought into the body, each row its own unit
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are matched to the term's pledges by 번호 (by 공약명 when the list has no 번호 column).
 * A row is checked whole before anything is written; the store then writes all rows in one
 * transaction, each under its own savepoint, so a row it refuses writes nothing either.
 *
 * A blank 분야 takes the 분야 of the row above: a list grouped by 분야 writes it once (a merged
 * cell in Excel, which a CSV export leaves blank below its first row).
 *
 * Unknown values: an unknown 이행상태 is kept on the pledge as written, as a card's is, and is
 * added to the body's list only with GY_LIST_IMPORT_ADD_VALUES. A 분야 is a value of the body's
 * list in the store (a pledge cannot hold one otherwise), so an unknown 분야 is added as a
 * card's is, with or without the flag. Both are named in the report.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gy-body-cards.h"
#include "gy-list-private.h"
#include "gy-pledge-summary.h"

static void
row_result_free (GyListRowResult *result)
{
  g_free (result->number);
  g_free (result->title);
  g_free (result->message);
  g_free (result);
}

void
gy_list_report_free (GyListReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->rows, g_ptr_array_unref);
  g_clear_pointer (&report->missing, g_ptr_array_unref);
  g_strfreev (report->new_sectors);
  g_strfreev (report->new_statuses);
  g_free (report);
}

static const char *
cell (GStrv        cells,
      const GyListMapping *mapping,
      GyListField  field)
{
  int column = mapping->column[field];

  if (column < 0 || (guint) column >= g_strv_length (cells))
    return "";
  return cells[column];
}

static gboolean
row_is_blank (GStrv cells)
{
  for (guint i = 0; cells[i] != NULL; i++)
    if (*cells[i] != '\0')
      return FALSE;
  return TRUE;
}

/* "45", "45.5", "45 %", "45%": a percentage from 0 to 100. */
static gboolean
parse_progress (const char  *text,
                double      *out,
                char       **message)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);
  char *end = NULL;
  double value;

  if (len > 0 && copy[len - 1] == '%')
    {
      copy[len - 1] = '\0';
      g_strstrip (copy);
    }
  value = g_ascii_strtod (copy, &end);
  if (*copy == '\0' || end == copy || *end != '\0' || !isfinite (value) || value < 0 ||
      !(g_ascii_isdigit (*copy) || *copy == '.'))
    {
      *message = g_strdup_printf (_("진도율 “%s” is not a percentage"), text);
      return FALSE;
    }
  if (value > 100)
    {
      *message = g_strdup_printf (_("진도율 “%s” is over 100"), text);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

static gboolean
strv_has (GStrv       values,
          const char *value)
{
  return values != NULL && g_strv_contains ((const char * const *) values, value);
}

static void
note_new (GPtrArray  *found,
          GStrv       known,
          const char *value)
{
  if (*value == '\0' || strv_has (known, value))
    return;
  for (guint i = 0; i < found->len; i++)
    if (strcmp (g_ptr_array_index (found, i), value) == 0)
      return;
  g_ptr_array_add (found, g_strdup (value));
}

static GStrv
to_strv (GPtrArray *values)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < values->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (values, i));
  return g_strv_builder_end (builder);
}

/* The term the list is for: the one named, else the summary's choice among the pledges' terms
 * (among all the file's terms when it has no pledge yet). A number ("9", "민선9기") the file
 * does not hold yet is a new term. */
static GyTerm *
pick_term (GyStore     *store,
           GPtrArray   *summaries,
           const char  *name,
           GError     **error)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  g_autoptr(GError) local = NULL;
  GySelection selection;
  GyTerm *term;

  gy_selection_init (&selection);
  selection.term = (char *) name;
  for (guint i = 0; i < summaries->len; i++)
    g_ptr_array_add (used, ((GyPledgeSummary *) g_ptr_array_index (summaries, i))->term);
  if (used->len == 0)
    for (guint i = 0; i < terms->len; i++)
      g_ptr_array_add (used, ((GyTerm *) g_ptr_array_index (terms, i))->name);
  term = gy_selection_pick_term (&selection, terms, used, &local);
  if (term != NULL)
    return term;
  if (name != NULL)
    {
      const char *p = name;
      guint64 number;

      if (g_str_has_prefix (p, "민선"))
        p += strlen ("민선");
      number = g_ascii_strtoull (p, NULL, 10);
      if (number >= 1 && number <= 40)
        {
          term = gy_term_new_numbered ((guint) number, GY_TERM_LAYOUT_HALF);
          term->layout_guessed = TRUE;
          return term;
        }
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  g_set_error (error, GY_SELECTION_ERROR, GY_SELECTION_ERROR_NO_TERM,
               _("The file holds no term: name the list’s term (--term 8)"));
  return NULL;
}

typedef struct {
  GyListRowResult *result;
  GyCard          *card;   /* to write, or NULL */
} Pending;

/* Sets a text field, noting the change. */
static void
set_text (char       **field,
          const char  *value,
          const char  *what,
          GString     *changes)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  if (changes != NULL)
    g_string_append_printf (changes, "%s%s “%s” → “%s”", changes->len > 0 ? ", " : "", what,
                            *field != NULL ? *field : "", value);
  g_free (*field);
  *field = g_strdup (value);
}

static void
set_period (GyCard     *card,
            const char *text,
            GString    *changes)
{
  for (guint i = 0; i < card->overview->len; i++)
    {
      GyLine *line = g_ptr_array_index (card->overview, i);

      if (line->role == GY_LINE_PERIOD)
        {
          if (g_strcmp0 (line->text, text) != 0)
            {
              g_string_append_printf (changes, "%s사업기간 “%s” → “%s”",
                                      changes->len > 0 ? ", " : "", line->text, text);
              gy_line_set_text (line, text);
            }
          return;
        }
    }
  g_ptr_array_add (card->overview, gy_line_new (0, "사업기간", text));
  if (card->id != 0)
    g_string_append_printf (changes, "%s사업기간 “%s”", changes->len > 0 ? ", " : "", text);
}

/* Whether the card's money table holds more than a written 총사업비. */
static gboolean
has_money_table (const GyCard *card)
{
  const GyMoneyRow *sum = card->money_sum;

  if (card->money->len > 0)
    return TRUE;
  if (sum == NULL)
    return FALSE;
  if (sum->before != GY_MONEY_ABSENT || sum->subtotal != GY_MONEY_ABSENT ||
      sum->after != GY_MONEY_ABSENT)
    return TRUE;
  for (guint i = 0; i < gy_card_n_years (card); i++)
    if (sum->years[i] != GY_MONEY_ABSENT)
      return TRUE;
  return FALSE;
}

/* A list's 총사업비 is one 계 row holding only that figure, which gy_card_total_cost() counts
 * as written. A card with a money table by source or by year is not rewritten from one
 * figure. */
static gboolean
set_total_cost (GyCard      *card,
                gint64       total,
                GString     *changes,
                char       **message)
{
  gint64 current = gy_card_total_cost (card);

  if (current == total)
    return TRUE;
  if (has_money_table (card))
    {
      g_autofree char *have = gy_money_format (current);
      g_autofree char *want = gy_money_format (total);

      *message = g_strdup_printf (_("총사업비 %s differs from the card’s money table (%s): "
                                    "change it in the card"), want, have);
      return FALSE;
    }
  if (card->money_sum == NULL)
    card->money_sum = gy_money_row_new ("계", gy_card_n_years (card));
  if (card->id != 0)
    {
      g_autofree char *have = current != GY_MONEY_ABSENT ? gy_money_format (current) : NULL;
      g_autofree char *want = gy_money_format (total);

      g_string_append_printf (changes, "%s총사업비 “%s” → “%s”", changes->len > 0 ? ", " : "",
                              have != NULL ? have : "", want);
    }
  card->money_sum->total = total;
  return TRUE;
}

/* Fills CARD from the row; FALSE with MESSAGE when the row cannot go in. */
static gboolean
apply_row (GyCard              *card,
           GStrv                cells,
           const GyListMapping *mapping,
           const char          *sector,
           GString             *changes,
           char               **message)
{
  const char *title = cell (cells, mapping, GY_LIST_FIELD_TITLE);
  const char *dept = cell (cells, mapping, GY_LIST_FIELD_DEPARTMENT);
  const char *status = cell (cells, mapping, GY_LIST_FIELD_STATUS);
  const char *progress_text = cell (cells, mapping, GY_LIST_FIELD_PROGRESS);
  const char *cost_text = cell (cells, mapping, GY_LIST_FIELD_TOTAL_COST);
  const char *period = cell (cells, mapping, GY_LIST_FIELD_PERIOD);
  GString *noted = card->id != 0 ? changes : NULL;
  double progress = 0;
  gint64 total = GY_MONEY_ABSENT;

  if (*title == '\0')
    {
      *message = g_strdup (_("no 공약명"));
      return FALSE;
    }
  if (*progress_text != '\0' && !parse_progress (progress_text, &progress, message))
    return FALSE;
  if (*cost_text != '\0')
    {
      g_autoptr(GError) local = NULL;

      if (!gy_money_parse (cost_text, &total, &local) || total < 0)
        {
          *message = g_strdup_printf (_("총사업비 “%s” is not an amount in 백만원"), cost_text);
          return FALSE;
        }
    }
  if (*period != '\0')
    {
      int y0, m0, y1, m1;

      if (!gy_parse_period (period, &y0, &m0, &y1, &m1) || y0 < 1900)
        {
          *message = g_strdup_printf (_("사업기간 “%s” is not a period (2022. 7. ~ 2026. 6.)"),
                                      period);
          return FALSE;
        }
    }

  set_text (&card->title, title, "공약명", noted);
  if (*sector != '\0')
    set_text (&card->sector, sector, "분야", noted);
  if (*dept != '\0')
    set_text (&card->lead_dept, dept, "주관부서", noted);
  if (*status != '\0')
    set_text (&card->status, status, "이행상태", noted);
  if (*progress_text != '\0' && (!card->has_progress || card->progress != progress))
    {
      if (noted != NULL)
        {
          g_autofree char *before = card->has_progress
                                    ? g_strdup_printf ("%g", card->progress) : g_strdup ("");

          g_string_append_printf (noted, "%s진도율 “%s” → “%g”", noted->len > 0 ? ", " : "",
                                  before, progress);
        }
      card->has_progress = TRUE;
      card->progress = progress;
    }
  if (total != GY_MONEY_ABSENT && !set_total_cost (card, total, changes, message))
    return FALSE;
  if (*period != '\0')
    set_period (card, period, changes);
  return TRUE;
}

/**
 * gy_list_import:
 * @term: (nullable): the term's name or number; NULL for the summary's choice
 *
 * Returns: (transfer full): the report, or NULL when the term cannot be chosen or the store
 *   cannot be written at all (then nothing is written)
 */
GyListReport *
gy_list_import (GyStore             *store,
                const GyListTable   *table,
                const GyListMapping *mapping,
                const char          *term_name,
                GyListImportFlags    flags,
                GError             **error)
{
  g_autoptr(GyListReport) report = g_new0 (GyListReport, 1);
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GyTerm) term = NULL;
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GPtrArray) new_sectors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_statuses = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) sectors = NULL;
  g_auto(GStrv) statuses = NULL;
  const char *sector_above = "";
  gboolean by_number;

  g_return_val_if_fail (GY_IS_STORE (store), NULL);
  g_return_val_if_fail (table != NULL && mapping != NULL, NULL);

  if (mapping->column[GY_LIST_FIELD_TITLE] < 0)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_NO_HEADER,
                   _("%s: no column is the 공약명"), table->path);
      return NULL;
    }
  summaries = gy_store_list_pledges (store, error);
  if (summaries == NULL)
    return NULL;
  term = pick_term (store, summaries, term_name, error);
  if (term == NULL)
    return NULL;

  by_number = mapping->column[GY_LIST_FIELD_NUMBER] >= 0;
  for (guint i = 0; i < summaries->len; i++)
    {
      GyPledgeSummary *summary = g_ptr_array_index (summaries, i);

      if (g_strcmp0 (summary->term, term->name) == 0)
        g_hash_table_insert (by_key, by_number ? summary->number : summary->title, summary);
    }
  sectors = gy_store_list_values (store, GY_LIST_SECTORS);
  statuses = gy_store_list_values (store, GY_LIST_STATUSES);
  report->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_result_free);

  for (guint r = mapping->header_row + 1; r < table->rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (table->rows, r);
      const char *number = cell (cells, mapping, GY_LIST_FIELD_NUMBER);
      const char *title = cell (cells, mapping, GY_LIST_FIELD_TITLE);
      const char *key = by_number ? number : title;
      const char *sector = cell (cells, mapping, GY_LIST_FIELD_SECTOR);
      GyListRowResult *result;
      GyPledgeSummary *summary;
      g_autoptr(GyCard) card = NULL;
      g_autoptr(GString) changes = g_string_new (NULL);
      g_autoptr(GError) local = NULL;
      char *message = NULL;
      guint line = g_array_index (table->lines, guint, r);

      /* Blank lines, notes and 합계 lines name no pledge. */
      if (row_is_blank (cells) || (*number == '\0' && *title == '\0'))
        continue;
      if (*sector == '\0')
        sector = sector_above;
      sector_above = sector;
      result = g_new0 (GyListRowResult, 1);
      result->line = line;
      result->number = g_strdup (number);
      result->title = g_strdup (title);
      g_ptr_array_add (report->rows, result);

      if (by_number && *number == '\0')
        message = g_strdup (_("no 번호: a row is matched to its pledge by its 번호"));
      else if (g_hash_table_contains (seen, key))
        message = g_strdup_printf (by_number ? _("번호 %s is also on line %u")
                                             : _("공약명 %s is also on line %u"), key,
                                   GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));
      if (message != NULL)
        {
          result->outcome = GY_LIST_ROW_REFUSED;
          result->message = message;
          continue;
        }
      g_hash_table_insert (seen, (gpointer) key, GUINT_TO_POINTER (line));

      summary = g_hash_table_lookup (by_key, key);
      if (summary != NULL)
        {
          result->pledge_id = summary->id;
          card = gy_store_load_card (store, summary->id, &local);
          if (card == NULL)
            {
              result->outcome = GY_LIST_ROW_REFUSED;
              result->message = g_strdup (local->message);
              continue;
            }
        }
      else
        {
          card = gy_card_new ();
          g_free (card->number);
          card->number = g_strdup (number);
          card->term = gy_term_copy (term);
        }
      if (!apply_row (card, cells, mapping, sector, changes, &message))
        {
          result->pledge_id = 0;
          result->outcome = GY_LIST_ROW_REFUSED;
          result->message = message;
          continue;
        }
      note_new (new_sectors, sectors, sector);
      note_new (new_statuses, statuses, cell (cells, mapping, GY_LIST_FIELD_STATUS));
      if (card->id != 0 && changes->len == 0)
        {
          result->outcome = GY_LIST_ROW_UNCHANGED;
          result->message = g_strdup ("");
          continue;
        }
      result->outcome = card->id != 0 ? GY_LIST_ROW_UPDATED : GY_LIST_ROW_CREATED;
      result->message = g_strdup (changes->str);
      if (!(flags & GY_LIST_IMPORT_DRY_RUN))
        {
          Pending *p = g_new0 (Pending, 1);

          p->result = result;
          g_ptr_array_add (pending, p);
          g_ptr_array_add (cards, g_steal_pointer (&card));
        }
    }

  report->new_sectors = to_strv (new_sectors);
  report->new_statuses = to_strv (new_statuses);

  /* Statuses are added even when no row changes: a list imported before without them. */
  if (!(flags & GY_LIST_IMPORT_DRY_RUN) &&
      (cards->len > 0 || ((flags & GY_LIST_IMPORT_ADD_VALUES) && report->new_statuses[0] != NULL)))
    {
      g_autoptr(GPtrArray) errors = NULL;
      g_autofree char *reason = g_strdup_printf (_("Pledge list %s"), table->path);
      const char * const *add = (flags & GY_LIST_IMPORT_ADD_VALUES)
                                ? (const char * const *) report->new_statuses : NULL;

      if (!gy_store_import_list_cards (store, cards, add, reason, &errors, error))
        return NULL;
      for (guint i = 0; i < pending->len; i++)
        {
          Pending *p = g_ptr_array_index (pending, i);
          GError *refusal = g_ptr_array_index (errors, i);

          if (refusal == NULL)
            {
              p->result->pledge_id = ((GyCard *) g_ptr_array_index (cards, i))->id;
              continue;
            }
          p->result->pledge_id = 0;
          p->result->outcome = GY_LIST_ROW_REFUSED;
          g_free (p->result->message);
          p->result->message = g_strdup (refusal->message);
        }
    }

  for (guint i = 0; i < report->rows->len; i++)
    {
      const GyListRowResult *result = g_ptr_array_index (report->rows, i);

      switch (result->outcome)
        {
        case GY_LIST_ROW_CREATED: report->n_created++; break;
        case GY_LIST_ROW_UPDATED: report->n_updated++; break;
        case GY_LIST_ROW_UNCHANGED: report->n_unchanged++; break;
        case GY_LIST_ROW_REFUSED: report->n_refused++; break;
        default: g_assert_not_reached ();
        }
    }

  report->missing = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < summaries->len; i++)
    {
      GyPledgeSummary *summary = g_ptr_array_index (summaries, i);

      if (g_strcmp0 (summary->term, term->name) == 0 &&
          !g_hash_table_contains (seen, by_number ? summary->number : summary->title))
        g_ptr_array_add (report->missing,
                         *summary->number != '\0'
                         ? g_strdup_printf ("%s %s", summary->number, summary->title)
                         : g_strdup (summary->title));
    }
  return g_steal_pointer (&report);
}

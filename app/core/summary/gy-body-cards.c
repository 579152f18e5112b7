/* gy-body-cards.c — the cards a document covers, with the body's name and lists
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every output reads the same things from the store; this is that reading. It also decides
 * the one term a document is for, so that no card lands in another term's columns.
 */
#define G_LOG_DOMAIN "gy-body-cards"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "gy-body-cards.h"

G_DEFINE_QUARK (gy-selection-error-quark, gy_selection_error)

static int
compare_ids (const void *a,
             const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

gboolean
gy_selection_matches (const GySelection *selection,
                      gint64             pledge_id,
                      const char        *sector,
                      const char        *status,
                      const char        *number)
{
  if (selection == NULL)
    return TRUE;
  if (selection->pledge_id != 0 && pledge_id != selection->pledge_id)
    return FALSE;
  if (selection->pledge_ids != NULL &&
      bsearch (&pledge_id, selection->pledge_ids, selection->n_pledge_ids, sizeof (gint64),
               compare_ids) == NULL)
    return FALSE;
  /* "" selects the pledges without a 분야 */
  if (selection->sector != NULL &&
      g_strcmp0 (sector != NULL ? sector : "", selection->sector) != 0)
    return FALSE;
  if (selection->status != NULL && g_strcmp0 (status, selection->status) != 0)
    return FALSE;
  if (selection->numbers != NULL && (number == NULL ||
                                     !g_strv_contains (selection->numbers, number)))
    return FALSE;
  return TRUE;
}

gboolean
gy_selection_matches_department (const GySelection *selection,
                                 const char        *department)
{
  return selection == NULL || selection->department == NULL ||
         g_strcmp0 (selection->department, department) == 0;
}

static gboolean
term_named (const GyTerm *term,
            const char   *wanted)
{
  guint64 number;

  if (g_strcmp0 (term->name, wanted) == 0)
    return TRUE;
  /* "7" names 민선7기 */
  if (g_ascii_string_to_unsigned (wanted, 10, 1, 99, &number, NULL))
    {
      g_autofree char *name = g_strdup_printf ("민선%u기", (guint) number);
      return g_strcmp0 (term->name, name) == 0;
    }
  return FALSE;
}

static gboolean
term_holds (const GyTerm *term,
            const GDate  *date)
{
  return g_date_compare (&term->start, date) <= 0 && g_date_compare (date, &term->end) <= 0;
}

/**
 * gy_selection_pick_term:
 * @terms: (element-type GyTerm): every term known, in the body's order
 * @used: (element-type utf8): the names of the terms the selected pledges belong to
 *
 * The term a document is for: the one the selection names; else the one of USED that holds
 * the 기준일; else the latest of USED. NULL with no error when USED is empty.
 *
 * Returns: (transfer full) (nullable): a copy of the term
 */
GyTerm *
gy_selection_pick_term (const GySelection *selection,
                        GPtrArray         *terms,
                        GPtrArray         *used,
                        GError           **error)
{
  const GyTerm *latest = NULL;
  GDate as_of;

  if (selection != NULL && selection->term != NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < terms->len; i++)
        {
          const GyTerm *term = g_ptr_array_index (terms, i);

          if (term_named (term, selection->term))
            return gy_term_copy (term);
          g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", term->name);
        }
      g_set_error (error, GY_SELECTION_ERROR, GY_SELECTION_ERROR_NO_TERM,
                   _("No term “%s” in the file (it has: %s)"), selection->term,
                   names->len > 0 ? names->str : "-");
      return NULL;
    }

  g_date_clear (&as_of, 1);
  if (selection != NULL && g_date_valid (&selection->as_of))
    as_of = selection->as_of;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_date_set_dmy (&as_of, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
    }

  for (guint i = 0; i < terms->len; i++)
    {
      const GyTerm *term = g_ptr_array_index (terms, i);
      gboolean is_used = FALSE;

      for (guint j = 0; j < used->len && !is_used; j++)
        is_used = g_strcmp0 (g_ptr_array_index (used, j), term->name) == 0;
      if (!is_used)
        continue;
      if (term_holds (term, &as_of))
        return gy_term_copy (term);
      if (latest == NULL || g_date_compare (&term->start, &latest->start) > 0)
        latest = term;
    }
  return latest != NULL ? gy_term_copy (latest) : NULL;
}

static void
add_name (GPtrArray  *names,
          const char *name)
{
  if (name == NULL || *name == '\0')
    return;
  for (guint i = 0; i < names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (names, i), name) == 0)
      return;
  g_ptr_array_add (names, g_strdup (name));
}

/* The body's list, then the values only the cards use, in order of first use. */
static GStrv
complete_list (const char * const *list,
               GPtrArray          *cards,
               const char *      (*value_of) (const GyCard *card, guint index),
               guint             (*n_values) (const GyCard *card))
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    add_name (names, list[i]);
  for (guint c = 0; c < cards->len; c++)
    {
      const GyCard *card = g_ptr_array_index (cards, c);

      for (guint i = 0; i < n_values (card); i++)
        add_name (names, value_of (card, i));
    }
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_steal (names, NULL);
}

static guint one (const GyCard *card) { return 1; }
static guint n_sources (const GyCard *card) { return card->money->len; }

static const char *
source_of (const GyCard *card,
           guint         index)
{
  return ((const GyMoneyRow *) g_ptr_array_index (card->money, index))->source;
}

static const char *sector_of (const GyCard *card, guint index) { return card->sector; }
static const char *status_of (const GyCard *card, guint index) { return card->status; }

static void
complete_lists (GyBodyCards        *body,
                const char * const *sources,
                const char * const *sectors,
                const char * const *statuses)
{
  GStrv s = complete_list (sources, body->cards, source_of, n_sources);
  GStrv t = complete_list (sectors, body->cards, sector_of, one);
  GStrv u = complete_list (statuses, body->cards, status_of, one);

  g_strfreev (body->sources);
  g_strfreev (body->sectors);
  g_strfreev (body->statuses);
  body->sources = s;
  body->sectors = t;
  body->statuses = u;
}

/* Loads every selected card of the one term (none is not an error: the caller says what
 * that means); a --term that names no term is. */
GyBodyCards *
gy_body_cards_load (GyStore           *store,
                    const GySelection *selection,
                    GError           **error)
{
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  g_autoptr(GyBodyCards) body = g_new0 (GyBodyCards, 1);
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) sectors = NULL;
  g_auto(GStrv) statuses = NULL;
  GError *local = NULL;

  g_return_val_if_fail (GY_IS_STORE (store), NULL);

  summaries = gy_store_list_pledges (store, error);
  if (summaries == NULL)
    return NULL;
  for (guint i = 0; i < summaries->len; i++)
    {
      GyPledgeSummary *summary = g_ptr_array_index (summaries, i);

      if (!gy_selection_matches (selection, summary->id, summary->sector, summary->status,
                                 summary->number) ||
          !gy_selection_matches_department (selection, summary->lead_dept))
        continue;
      g_ptr_array_add (selected, summary);
      g_ptr_array_add (used, summary->term);
    }
  terms = gy_store_list_terms (store);
  body->term = gy_selection_pick_term (selection, terms, used, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }

  body->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  for (guint i = 0; body->term != NULL && i < selected->len; i++)
    {
      const GyPledgeSummary *summary = g_ptr_array_index (selected, i);
      GyCard *card;

      if (g_strcmp0 (summary->term, body->term->name) != 0)
        continue;
      card = gy_store_load_card (store, summary->id, error);
      if (card == NULL)
        return NULL;
      g_ptr_array_add (body->cards, card);
    }
  body->body_name = gy_store_dup_body_name (store);
  body->continuing_is_done = gy_store_get_continuing_is_done (store);
  body->done_statuses = gy_store_list_statuses_meaning (store, "done");
  body->continuing_statuses = gy_store_list_statuses_meaning (store, "continuing");
  sources = gy_store_list_values (store, GY_LIST_SOURCES);
  sectors = gy_store_list_values (store, GY_LIST_SECTORS);
  statuses = gy_store_list_values (store, GY_LIST_STATUSES);
  complete_lists (body, (const char * const *) sources, (const char * const *) sectors,
                  (const char * const *) statuses);
  return g_steal_pointer (&body);
}

static GyBodyCards *
body_cards_new (GPtrArray          *cards,
                const char         *body_name,
                const char * const *sources,
                const char * const *sectors,
                const char * const *statuses,
                const GySelection  *selection,
                gboolean            borrow)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  GyBodyCards *body = g_new0 (GyBodyCards, 1);
  GySelection any;

  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);
      gboolean known = FALSE;

      if (card->term == NULL)
        continue;
      for (guint t = 0; t < terms->len && !known; t++)
        known = g_strcmp0 (((GyTerm *) g_ptr_array_index (terms, t))->name,
                           card->term->name) == 0;
      if (!known)
        g_ptr_array_add (terms, card->term);
      if (gy_selection_matches (selection, card->id, card->sector, card->status, card->number) &&
          gy_selection_matches_department (selection, card->lead_dept))
        g_ptr_array_add (used, card->term->name);
    }
  /* a term the cards do not have selects nothing, rather than failing */
  if (selection != NULL)
    any = *selection;
  else
    {
      gy_selection_init (&any);
    }
  body->term = gy_selection_pick_term (&any, terms, used, NULL);

  body->borrowed = borrow;
  body->cards = borrow ? g_ptr_array_new ()
                       : g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  for (guint i = 0; body->term != NULL && i < cards->len; i++)
    {
      GyCard *card = g_ptr_array_index (cards, i);

      if (card->term != NULL && g_strcmp0 (card->term->name, body->term->name) == 0 &&
          gy_selection_matches (selection, card->id, card->sector, card->status, card->number) &&
          gy_selection_matches_department (selection, card->lead_dept))
        g_ptr_array_add (body->cards, borrow ? card : gy_card_copy (card));
    }
  body->body_name = g_strdup (body_name != NULL ? body_name : "");
  /* with no store to say otherwise, the statuses' usual names */
  body->done_statuses = g_strsplit ("완료", "|", -1);
  body->continuing_statuses = g_strsplit ("이행 후 계속추진", "|", -1);
  complete_lists (body, sources, sectors, statuses);
  return body;
}

/* The same without a store: CARDS (GyCard, borrowed) are copied when selected. The term is
 * picked among the cards' own. */
GyBodyCards *
gy_body_cards_new (GPtrArray          *cards,
                   const char         *body_name,
                   const char * const *sources,
                   const char * const *sectors,
                   const char * const *statuses,
                   const GySelection  *selection)
{
  return body_cards_new (cards, body_name, sources, sectors, statuses, selection, FALSE);
}

/* As gy_body_cards_new(), without copying: CARDS must outlive the body and any summary made
 * from it. For a caller that holds thousands of cards (the workbook of gy_xlsx_write_cards()). */
GyBodyCards *
gy_body_cards_borrow (GPtrArray          *cards,
                      const char         *body_name,
                      const char * const *sources,
                      const char * const *sectors,
                      const char * const *statuses,
                      const GySelection  *selection)
{
  return body_cards_new (cards, body_name, sources, sectors, statuses, selection, TRUE);
}

void
gy_selection_init (GySelection *selection)
{
  memset (selection, 0, sizeof *selection);
  g_date_clear (&selection->as_of, 1);
}

void
gy_body_cards_free (GyBodyCards *body)
{
  if (body == NULL)
    return;
  g_free (body->body_name);
  g_strfreev (body->sources);
  g_strfreev (body->sectors);
  g_strfreev (body->statuses);
  g_strfreev (body->done_statuses);
  g_strfreev (body->continuing_statuses);
  g_clear_pointer (&body->term, gy_term_free);
  g_clear_pointer (&body->cards, g_ptr_array_unref);
  g_free (body);
}

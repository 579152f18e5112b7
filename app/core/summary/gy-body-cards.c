/* gy-body-cards.c — the cards a document covers, with the body's name and lists
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook and the report read the same things from the store; this is that reading.
 */
#define G_LOG_DOMAIN "gy-body-cards"

#include "gy-body-cards.h"

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
  if (selection->sector != NULL && g_strcmp0 (sector, selection->sector) != 0)
    return FALSE;
  if (selection->status != NULL && g_strcmp0 (status, selection->status) != 0)
    return FALSE;
  if (selection->numbers != NULL && (number == NULL ||
                                     !g_strv_contains (selection->numbers, number)))
    return FALSE;
  return TRUE;
}

/* Loads every selected card (none is not an error: the caller says what that means). */
GyBodyCards *
gy_body_cards_load (GyStore           *store,
                    const GySelection *selection,
                    GError           **error)
{
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GyBodyCards) body = g_new0 (GyBodyCards, 1);

  g_return_val_if_fail (GY_IS_STORE (store), NULL);

  summaries = gy_store_list_pledges (store, error);
  if (summaries == NULL)
    return NULL;
  body->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  for (guint i = 0; i < summaries->len; i++)
    {
      const GyPledgeSummary *summary = g_ptr_array_index (summaries, i);
      GyCard *card;

      if (!gy_selection_matches (selection, summary->id, summary->sector, summary->status,
                                 summary->number))
        continue;
      card = gy_store_load_card (store, summary->id, error);
      if (card == NULL)
        return NULL;
      g_ptr_array_add (body->cards, card);
    }
  body->body_name = gy_store_dup_body_name (store);
  body->sources = gy_store_list_values (store, GY_LIST_SOURCES);
  body->sectors = gy_store_list_values (store, GY_LIST_SECTORS);
  body->statuses = gy_store_list_values (store, GY_LIST_STATUSES);
  return g_steal_pointer (&body);
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
  g_clear_pointer (&body->cards, g_ptr_array_unref);
  g_free (body);
}

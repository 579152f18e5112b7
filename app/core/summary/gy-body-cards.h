/* gy-body-cards.h — the cards a document covers, with the body's name and lists
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-store.h"

G_BEGIN_DECLS

/* What the workbook and the report select: NULL fields select everything. */
typedef struct {
  const char         *sector;   /* only this 분야 */
  const char         *status;   /* only this 이행상태 */
  const char * const *numbers;  /* only these pledge numbers */
  gint64              pledge_id; /* only this pledge (0: any), for one that has no number */
} GySelection;

typedef struct {
  char      *body_name;
  GStrv      sources;
  GStrv      sectors;
  GStrv      statuses;
  GPtrArray *cards;      /* GyCard, in the store's order */
} GyBodyCards;

gboolean     gy_selection_matches  (const GySelection *selection,
                                    gint64             pledge_id,
                                    const char        *sector,
                                    const char        *status,
                                    const char        *number);
GyBodyCards *gy_body_cards_load    (GyStore           *store,
                                    const GySelection *selection,
                                    GError           **error);
void         gy_body_cards_free    (GyBodyCards       *body);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyBodyCards, gy_body_cards_free)

G_END_DECLS

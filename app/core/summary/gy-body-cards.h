/* gy-body-cards.h — the cards a document covers, with the body's name and lists
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-store.h"

G_BEGIN_DECLS

/* What every output selects, from the command line, the window and the print operation.
 * NULL (or 0) fields select everything; gy_selection_init() clears one. */
typedef struct {
  GDate               as_of;      /* 기준일; invalid: today */
  const char         *term;       /* "민선7기", or its number "7"; NULL: the term that holds
                                   * the 기준일, else the latest one with selected pledges */
  const char         *sector;     /* only this 분야; "": only those without one */
  const char         *department; /* only this 주관부서 */
  const char         *status;     /* only this 이행상태 */
  const char * const *numbers;    /* only these pledge numbers */
  gint64              pledge_id;  /* only this pledge (0: any), for one that has no number */
  const gint64       *pledge_ids; /* only these pledges, sorted ascending (NULL: any), e.g.
                                   * those a search shows */
  guint               n_pledge_ids;
} GySelection;

typedef struct {
  char      *body_name;
  GStrv      sources;
  GStrv      sectors;
  GStrv      statuses;
  gboolean   continuing_is_done;  /* 이행 후 계속추진 counts as 완료 */
  GStrv      done_statuses;       /* the statuses that mean 완료, by the body's names */
  GStrv      continuing_statuses; /* those that mean 이행 후 계속추진 */
  GyTerm    *term;                /* the one term of CARDS; NULL when none was selected */
  GPtrArray *cards;               /* GyCard, in the store's order, all of TERM */
  gboolean   borrowed;            /* CARDS belong to the caller (gy_body_cards_borrow()) */
} GyBodyCards;

#define GY_SELECTION_ERROR (gy_selection_error_quark ())

typedef enum {
  GY_SELECTION_ERROR_NO_TERM,   /* --term names no term of the file */
} GySelectionError;

GQuark       gy_selection_error_quark (void);
void         gy_selection_init     (GySelection       *selection);
gboolean     gy_selection_matches  (const GySelection *selection,
                                    gint64             pledge_id,
                                    const char        *sector,
                                    const char        *status,
                                    const char        *number);
gboolean     gy_selection_matches_department (const GySelection *selection,
                                    const char        *department);
GyTerm      *gy_selection_pick_term (const GySelection *selection,
                                    GPtrArray         *terms,
                                    GPtrArray         *used,
                                    GError           **error);
GyBodyCards *gy_body_cards_load    (GyStore           *store,
                                    const GySelection *selection,
                                    GError           **error);
GyBodyCards *gy_body_cards_new     (GPtrArray         *cards,
                                    const char        *body_name,
                                    const char * const *sources,
                                    const char * const *sectors,
                                    const char * const *statuses,
                                    const GySelection *selection);
GyBodyCards *gy_body_cards_borrow  (GPtrArray          *cards,
                                    const char         *body_name,
                                    const char * const *sources,
                                    const char * const *sectors,
                                    const char * const *statuses,
                                    const GySelection *selection);
void         gy_body_cards_free    (GyBodyCards       *body);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyBodyCards, gy_body_cards_free)

G_END_DECLS

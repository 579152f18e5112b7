/* gy-card-writer.h — a pledge card as text, in the layout of the HWP card
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gy-card.h"

G_BEGIN_DECLS

/* The card in the text layout gy_card_read() takes, for pasting into HWP:
 * reading it back gives an equal card. */
char *gy_card_write          (const GyCard    *card);
char *gy_card_write_lines    (GPtrArray       *lines);
char *gy_card_write_problems (const GyCard    *card);
char *gy_card_write_effects  (const GyCard    *card);
char *gy_card_write_entries  (const GyYearRow *row);

G_END_DECLS

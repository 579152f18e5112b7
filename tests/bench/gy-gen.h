/* gy-gen.h — realistic generated pledge cards for benchmarks
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-card.h"

G_BEGIN_DECLS

GyCard *gy_gen_card        (GRand        *rand,
                            guint         index,
                            const GyTerm *term);
gboolean gy_gen_write_cards (const char  *dir,
                            guint         n_cards,
                            guint32       seed,
                            GError      **error);

G_END_DECLS

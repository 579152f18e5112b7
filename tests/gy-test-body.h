/* gy-test-body.h — a body's file in a fresh folder, with cards read in: what tests start from
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gy-store.h"

G_BEGIN_DECLS

GyStore *gy_test_body_new     (const char         *prefix,
                               const char * const *cards,
                               char              **out_dir);
void     gy_test_import_file  (GyStore            *store,
                               const char         *path);
void     gy_test_remove_dir   (const char         *dir);

G_END_DECLS

/* gy-money.h — exact amounts: parsing card text and formatting in 백만원
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is a count of 천원 (thousand won) in a gint64, never a double.
 * A blank cell is GY_MONEY_ABSENT, distinct from 0. */
#define GY_MONEY_ABSENT G_MININT64

/* One 백만원 (the card's unit) in 천원. */
#define GY_MONEY_PER_MILLION 1000

#define GY_MONEY_ERROR (gy_money_error_quark ())

typedef enum {
  GY_MONEY_ERROR_INVALID,
  GY_MONEY_ERROR_PRECISION,
  GY_MONEY_ERROR_RANGE,
} GyMoneyError;

GQuark   gy_money_error_quark  (void);

gboolean gy_money_parse        (const char  *text,
                                gint64      *out_amount,
                                GError     **error);
gboolean gy_money_parse_n      (const char  *text,
                                gssize       len,
                                gint64      *out_amount,
                                GError     **error);
char    *gy_money_format       (gint64       amount);
gboolean gy_money_add          (gint64       a,
                                gint64       b,
                                gint64      *out_sum);
gint64   gy_money_or_zero      (gint64       amount);

G_END_DECLS

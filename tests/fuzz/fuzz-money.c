/* fuzz-money.c — libFuzzer target: any bytes through the money parser
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gy_money_parse_n() must return TRUE or set an error, never both, never neither; what it
 * accepts must format and parse back to the same amount.
 */
#include <stdint.h>
#include <stdlib.h>

#include "gy-money.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 amount = 0, back = 0;
  gboolean ok;

  /* Exactly size bytes, no terminator: the parser must honour the length. */
  ok = gy_money_parse_n (size > 0 ? (const char *) data : "", size, &amount, &error);
  if (ok == (error != NULL))
    abort ();
  if (!ok)
    return 0;

  text = gy_money_format (amount);
  if (!gy_money_parse (text, &back, NULL) || back != amount)
    abort ();
  return 0;
}

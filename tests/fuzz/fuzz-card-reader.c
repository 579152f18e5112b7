/* fuzz-card-reader.c — libFuzzer target: any bytes through the card reader
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader must return a card or an error, never both, never neither, and never crash;
 * a card it returns must survive copying, comparing and writing back out.
 */
#include <stdint.h>
#include <stdlib.h>

#include "gy-card-reader.h"
#include "gy-card-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The terms a new file starts with, so the reader picks one as it does for an officer. */
static GPtrArray *
default_terms (void)
{
  static GPtrArray *terms = NULL;

  if (terms == NULL)
    {
      terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
      for (guint number = 6; number <= 9; number++)
        g_ptr_array_add (terms, gy_term_new_numbered (number, GY_TERM_LAYOUT_HALF));
    }
  return terms;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = NULL;
  g_autoptr(GyCard) copy = NULL;
  g_autofree char *text = NULL;

  /* Exactly size bytes, no terminator: the reader must honour the length. */
  card = gy_card_read (size > 0 ? (const char *) data : "", size, "fuzz.txt",
                       default_terms (), &error);
  if ((card == NULL) == (error == NULL))
    abort ();
  if (card == NULL)
    return 0;

  copy = gy_card_copy (card);
  if (!gy_card_equal (card, copy, NULL))
    abort ();
  text = gy_card_write (card);
  if (text == NULL)
    abort ();
  return 0;
}

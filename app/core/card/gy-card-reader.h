/* gy-card-reader.h — a pledge card from the text of its HWP document
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gy-card.h"
#include "gy-term.h"
#include "gy-text.h"

G_BEGIN_DECLS

#define GY_CARD_READER_ERROR (gy_card_reader_error_quark ())

typedef enum {
  GY_CARD_READER_ERROR_EMPTY,      /* no bytes, or only blank lines */
  GY_CARD_READER_ERROR_ENCODING,   /* NUL bytes, UTF-16, invalid UTF-8 */
  GY_CARD_READER_ERROR_TOO_LARGE,  /* more than GY_CARD_READER_MAX_SIZE bytes */
  GY_CARD_READER_ERROR_SYNTAX,     /* text outside the card's structure */
  GY_CARD_READER_ERROR_MONEY,      /* the 연차별 투자수요 table: an amount or the table's shape */
  GY_CARD_READER_ERROR_IO,         /* the file cannot be read */
} GyCardReaderError;

/* A card is a few kilobytes; anything this large is not one. */
#define GY_CARD_READER_MAX_SIZE (4 * 1024 * 1024)

GQuark  gy_card_reader_error_quark (void);

/* terms: the GyTerm of the body, to pick the card's term from (may be NULL or empty).
 * Returns a complete card, or NULL and an error "FILE:LINE: what was found (what was
 * expected)"; never half a card. */
GyCard *gy_card_read               (const char  *text,
                                    gssize       length,
                                    const char  *filename,
                                    GPtrArray   *terms,
                                    GError     **error);
GyCard *gy_card_read_file          (const char  *path,
                                    GPtrArray   *terms,
                                    GError     **error);
/* The same, from text in any encoding gy-text.h reads, telling which it was. */
GyCard *gy_card_read_full          (const char      *text,
                                    gssize           length,
                                    const char      *filename,
                                    GPtrArray       *terms,
                                    GyTextEncoding  *out_encoding,
                                    GError         **error);
GyCard *gy_card_read_file_full     (const char      *path,
                                    GPtrArray       *terms,
                                    GyTextEncoding  *out_encoding,
                                    GError         **error);

G_END_DECLS

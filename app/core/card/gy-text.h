/* gy-text.h — text files as officers have them: UTF-8, UTF-16 with a BOM, or CP949 (EUC-KR)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HWP saves "한국어(KS 완성형)" text as CP949 and "유니코드" text as UTF-16 with a BOM; Excel on a
 * Korean PC writes CSV in CP949. Everything is turned into UTF-8 here, through iconv
 * (g_convert), before a reader sees it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GY_TEXT_UTF8,      /* with or without a BOM */
  GY_TEXT_UTF16LE,   /* with a BOM */
  GY_TEXT_UTF16BE,   /* with a BOM */
  GY_TEXT_CP949,     /* 완성형 EUC-KR and its extension: what Windows calls "ANSI" in Korean */
} GyTextEncoding;

#define GY_TEXT_ERROR (gy_text_error_quark ())

typedef enum {
  GY_TEXT_ERROR_ENCODING,  /* valid in none of the encodings above */
} GyTextError;

GQuark      gy_text_error_quark    (void);
const char *gy_text_encoding_name  (GyTextEncoding  encoding);
guint       gy_text_line_at        (const char     *bytes,
                                    gsize           offset,
                                    gsize          *out_column);
char       *gy_text_decode         (const char     *bytes,
                                    gsize           length,
                                    const char     *filename,
                                    GyTextEncoding *out_encoding,
                                    gsize          *out_length,
                                    GError        **error);

G_END_DECLS

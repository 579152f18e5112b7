/* gy-text.c — text files as officers have them, turned into UTF-8
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gy-text.h"

G_DEFINE_QUARK (gy-text-error-quark, gy_text_error)

const char *
gy_text_encoding_name (GyTextEncoding encoding)
{
  switch (encoding)
    {
    case GY_TEXT_UTF16LE:
      return "UTF-16LE";
    case GY_TEXT_UTF16BE:
      return "UTF-16BE";
    case GY_TEXT_CP949:
      return "CP949";
    case GY_TEXT_UTF8:
    default:
      return "UTF-8";
    }
}

/* The line (from 1) of OFFSET in BYTES, and the byte within it (from 1) in OUT_COLUMN when not
 * NULL; '\n' is one byte in UTF-8 and CP949 alike, so this works before decoding too. */
guint
gy_text_line_at (const char *bytes,
                 gsize       offset,
                 gsize      *out_column)
{
  guint line = 1;
  gsize start = 0;

  for (gsize i = 0; i < offset; i++)
    if (bytes[i] == '\n')
      {
        line++;
        start = i + 1;
      }
  if (out_column != NULL)
    *out_column = offset - start + 1;
  return line;
}

static char *
convert (const char     *bytes,
         gsize           length,
         const char     *from,
         gsize          *out_length,
         gsize          *out_bad)
{
  g_autoptr(GError) error = NULL;
  gsize read = 0;
  char *text = g_convert (bytes, (gssize) length, "UTF-8", from, &read, out_length, &error);

  /* with bytes_read asked for, a character cut at the end is no error: it is one to us */
  if (text != NULL && read < length)
    g_clear_pointer (&text, g_free);
  if (text == NULL)
    *out_bad = read;
  return text;
}

/**
 * gy_text_decode:
 * @filename: for messages
 *
 * BYTES as UTF-8, without a BOM. A BOM says UTF-8 or UTF-16; else valid UTF-8 is taken as it
 * is, and anything else as CP949. Text valid in none fails with the line and byte of the
 * first bad byte.
 *
 * Returns: (transfer full): NUL-terminated UTF-8 (it may hold NULs of its own before the end)
 */
char *
gy_text_decode (const char     *bytes,
                gsize           length,
                const char     *filename,
                GyTextEncoding *out_encoding,
                gsize          *out_length,
                GError        **error)
{
  const guchar *b = (const guchar *) bytes;
  GyTextEncoding encoding = GY_TEXT_UTF8;
  const char *end = NULL;
  gsize bad = 0, utf8_bad, n = 0, column;
  char *text;

  g_return_val_if_fail (bytes != NULL || length == 0, NULL);

  if (length >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)))
    {
      encoding = b[0] == 0xff ? GY_TEXT_UTF16LE : GY_TEXT_UTF16BE;
      text = convert (bytes + 2, length - 2, gy_text_encoding_name (encoding), &n, &bad);
      if (text == NULL)
        {
          g_set_error (error, GY_TEXT_ERROR, GY_TEXT_ERROR_ENCODING,
                       _("%s: byte %zu is not valid %s text, though the file starts as %s "
                         "(expected text saved as UTF-8, UTF-16 or CP949)"),
                       filename, bad + 3, gy_text_encoding_name (encoding),
                       gy_text_encoding_name (encoding));
          return NULL;
        }
    }
  else if (length >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
    {
      if (!g_utf8_validate_len (bytes + 3, length - 3, &end))
        {
          guint line = gy_text_line_at (bytes, end - bytes, &column);

          g_set_error (error, GY_TEXT_ERROR, GY_TEXT_ERROR_ENCODING,
                       _("%s:%u: byte %zu of the line is not valid UTF-8, though the file "
                         "starts as UTF-8 (expected text saved as UTF-8, UTF-16 or CP949)"),
                       filename, line, column);
          return NULL;
        }
      n = length - 3;
      text = g_strndup (bytes + 3, n);
    }
  else if (g_utf8_validate_len (bytes, length, &end))
    {
      n = length;
      text = g_strndup (bytes, n);
    }
  else
    {
      utf8_bad = end - bytes;
      encoding = GY_TEXT_CP949;
      text = convert (bytes, length, "CP949", &n, &bad);
      if (text == NULL)
        {
          /* name the byte that is wrong in both readings, the later of the two */
          guint line = gy_text_line_at (bytes, MAX (bad, utf8_bad), &column);

          g_set_error (error, GY_TEXT_ERROR, GY_TEXT_ERROR_ENCODING,
                       _("%s:%u: byte %zu of the line is valid neither in UTF-8 nor in CP949 "
                         "(expected text saved as UTF-8, UTF-16 or CP949)"),
                       filename, line, column);
          return NULL;
        }
    }
  if (out_encoding != NULL)
    *out_encoding = encoding;
  if (out_length != NULL)
    *out_length = n;
  return text;
}

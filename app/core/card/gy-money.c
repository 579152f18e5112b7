/* gy-money.c — exact amounts: parsing card text and formatting in 백만원
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-money"

#include "config.h"

#include "gy-money.h"

#include <glib/gi18n-lib.h>
#include <string.h>

G_DEFINE_QUARK (gy-money-error-quark, gy_money_error)

/* The card writes negative amounts with △ (U+25B3) or ▲; a plain minus also occurs. */
static const char *const minus_signs[] = { "△", "▲", "-", "−" };

static const char *
skip_spaces (const char *p,
             const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

gboolean
gy_money_parse (const char  *text,
                gint64      *out_amount,
                GError     **error)
{
  return gy_money_parse_n (text, -1, out_amount, error);
}

/* Accepts "10,932", "1985", "920.5", "△1,920" and blank (absent), in 백만원.
 * A lone "-" is the usual mark of an empty cell and reads as absent. */
gboolean
gy_money_parse_n (const char  *text,
                  gssize       len,
                  gint64      *out_amount,
                  GError     **error)
{
  const char *p, *end;
  gboolean negative = FALSE;
  gboolean seen_digit = FALSE;
  guint64 whole = 0;
  guint frac = 0, n_frac = 0;
  gint64 amount;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_amount != NULL, FALSE);

  if (len < 0)
    len = strlen (text);
  p = skip_spaces (text, text + len);
  end = text + len;
  while (end > p && g_ascii_isspace (end[-1]))
    end--;

  if (p == end || (end - p == 1 && *p == '-'))
    {
      *out_amount = GY_MONEY_ABSENT;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (minus_signs); i++)
    {
      gsize n = strlen (minus_signs[i]);
      if ((gsize) (end - p) > n && memcmp (p, minus_signs[i], n) == 0)
        {
          negative = TRUE;
          p = skip_spaces (p + n, end);
          break;
        }
    }

  for (; p < end && *p != '.'; p++)
    {
      if (*p == ',')
        {
          /* A separator must sit between digits, with three digits after it. */
          if (!seen_digit || end - p < 4 || !g_ascii_isdigit (p[1]) ||
              !g_ascii_isdigit (p[2]) || !g_ascii_isdigit (p[3]) ||
              (p + 4 < end && g_ascii_isdigit (p[4])))
            goto invalid;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        goto invalid;
      seen_digit = TRUE;
      if (whole > (guint64) G_MAXINT64 / 10 / GY_MONEY_PER_MILLION)
        goto range;
      whole = whole * 10 + (guint64) (*p - '0');
    }

  if (p < end)
    {
      p++;  /* the decimal point */
      if (p == end)
        goto invalid;
      for (; p < end; p++)
        {
          if (!g_ascii_isdigit (*p))
            goto invalid;
          if (*p != '0' && n_frac >= 3)
            {
              g_set_error (error, GY_MONEY_ERROR, GY_MONEY_ERROR_PRECISION,
                           _("“%.*s” is finer than 1천원 (at most three decimals in 백만원)"),
                           (int) len, text);
              return FALSE;
            }
          if (n_frac < 3)
            {
              frac = frac * 10 + (guint) (*p - '0');
              n_frac++;
            }
        }
    }

  if (!seen_digit)
    goto invalid;

  while (n_frac < 3)
    {
      frac *= 10;
      n_frac++;
    }
  /* The digit loop bounds whole only roughly; the sum must stay below G_MAXINT64, which
   * also keeps it clear of GY_MONEY_ABSENT when negated. */
  if (whole > ((guint64) G_MAXINT64 - 999) / GY_MONEY_PER_MILLION)
    goto range;
  amount = (gint64) whole * GY_MONEY_PER_MILLION + frac;
  *out_amount = negative ? -amount : amount;
  return TRUE;

invalid:
  g_set_error (error, GY_MONEY_ERROR, GY_MONEY_ERROR_INVALID,
               _("“%.*s” is not an amount (expected digits such as 10,932 or 920.5)"),
               (int) len, text);
  return FALSE;

range:
  g_set_error (error, GY_MONEY_ERROR, GY_MONEY_ERROR_RANGE,
               _("“%.*s” is too large an amount"), (int) len, text);
  return FALSE;
}

/* 10932000 천원 → "10,932"; 920500 → "920.5"; -1920000 → "△1,920"; absent → "". */
char *
gy_money_format (gint64 amount)
{
  GString *s;
  guint64 magnitude, whole;
  guint frac;
  char digits[32];
  gsize n;

  if (amount == GY_MONEY_ABSENT)
    return g_strdup ("");

  s = g_string_new (NULL);
  if (amount < 0)
    g_string_append (s, "△");
  magnitude = amount < 0 ? (guint64) (-(amount + 1)) + 1 : (guint64) amount;
  whole = magnitude / GY_MONEY_PER_MILLION;
  frac = (guint) (magnitude % GY_MONEY_PER_MILLION);

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, whole);
  n = strlen (digits);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }

  if (frac != 0)
    {
      char f[8];
      gsize k;

      g_snprintf (f, sizeof f, "%03u", frac);
      for (k = 3; k > 0 && f[k - 1] == '0'; k--)
        f[k - 1] = '\0';
      g_string_append_c (s, '.');
      g_string_append (s, f);
    }

  return g_string_free (s, FALSE);
}

/* Adds two amounts; absent counts as nothing. Returns FALSE on overflow. */
gboolean
gy_money_add (gint64  a,
              gint64  b,
              gint64 *out_sum)
{
  if (a == GY_MONEY_ABSENT)
    {
      *out_sum = b;
      return TRUE;
    }
  if (b == GY_MONEY_ABSENT)
    {
      *out_sum = a;
      return TRUE;
    }
  return !__builtin_add_overflow (a, b, out_sum);
}

gint64
gy_money_or_zero (gint64 amount)
{
  return amount == GY_MONEY_ABSENT ? 0 : amount;
}

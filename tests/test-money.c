/* test-money.c — parsing and formatting amounts
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gy-money.h"

#include <string.h>

static void
assert_parses (const char *text,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 amount = 0;

  g_assert_true (gy_money_parse (text, &amount, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount, ==, expected);
}

static void
assert_refuses (const char   *text,
                GyMoneyError  code,
                const char   *fragment)
{
  g_autoptr(GError) error = NULL;
  gint64 amount = 42;

  g_assert_false (gy_money_parse (text, &amount, &error));
  g_assert_error (error, GY_MONEY_ERROR, code);
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_cmpint (amount, ==, 42);
}

static void
test_parse_forms (void)
{
  assert_parses ("10,932", 10932000);
  assert_parses ("1985", 1985000);
  assert_parses ("920.5", 920500);
  assert_parses ("345,179.4", 345179400);
  assert_parses ("0.001", 1);
  assert_parses ("0", 0);
  assert_parses (" 2,816 ", 2816000);
  assert_parses ("1,234,567", 1234567000);
  assert_parses ("7.250", 7250);
}

static void
test_parse_negative (void)
{
  assert_parses ("△1,920", -1920000);
  assert_parses ("▲30", -30000);
  assert_parses ("-5.5", -5500);
  assert_parses ("△ 12", -12000);
}

static void
test_parse_blank (void)
{
  assert_parses ("", GY_MONEY_ABSENT);
  assert_parses ("   ", GY_MONEY_ABSENT);
  assert_parses ("-", GY_MONEY_ABSENT);
  g_assert_cmpint (gy_money_or_zero (GY_MONEY_ABSENT), ==, 0);
}

static void
test_parse_refuses (void)
{
  assert_refuses ("1O,932", GY_MONEY_ERROR_INVALID, "1O,932");
  assert_refuses ("10,93", GY_MONEY_ERROR_INVALID, "not an amount");
  assert_refuses ("1,0932", GY_MONEY_ERROR_INVALID, "not an amount");
  assert_refuses (",932", GY_MONEY_ERROR_INVALID, "not an amount");
  assert_refuses ("12.", GY_MONEY_ERROR_INVALID, "not an amount");
  assert_refuses ("1.2.3", GY_MONEY_ERROR_INVALID, "not an amount");
  assert_refuses ("△", GY_MONEY_ERROR_INVALID, "not an amount");
  assert_refuses ("백만원", GY_MONEY_ERROR_INVALID, "not an amount");
  assert_refuses ("0.0005", GY_MONEY_ERROR_PRECISION, "천원");
  assert_refuses ("99999999999999999999", GY_MONEY_ERROR_RANGE, "too large");
  /* at the edge: these once wrapped to a negative amount and to a blank cell */
  assert_refuses ("9223372036854776", GY_MONEY_ERROR_RANGE, "too large");
  assert_refuses ("9,223,372,036,854,775.808", GY_MONEY_ERROR_RANGE, "too large");
  assert_refuses ("△9,223,372,036,854,775.808", GY_MONEY_ERROR_RANGE, "too large");
  assert_parses ("9,223,372,036,854,774.807", G_GINT64_CONSTANT (9223372036854774807));
}

static void
test_format (void)
{
  struct { gint64 amount; const char *text; } cases[] = {
    { 10932000, "10,932" },
    { 1985000, "1,985" },
    { 920500, "920.5" },
    { 345179400, "345,179.4" },
    { 1, "0.001" },
    { 0, "0" },
    { 999000, "999" },
    { 1000000000, "1,000,000" },
    { -1920000, "△1,920" },
    { GY_MONEY_ABSENT, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = gy_money_format (cases[i].amount);
      gint64 back;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (gy_money_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, cases[i].amount);
    }
}

static void
test_add (void)
{
  gint64 sum;

  g_assert_true (gy_money_add (1345000, 1325000, &sum));
  g_assert_cmpint (sum, ==, 2670000);
  g_assert_true (gy_money_add (GY_MONEY_ABSENT, 30000, &sum));
  g_assert_cmpint (sum, ==, 30000);
  g_assert_true (gy_money_add (GY_MONEY_ABSENT, GY_MONEY_ABSENT, &sum));
  g_assert_cmpint (sum, ==, GY_MONEY_ABSENT);
  g_assert_false (gy_money_add (G_MAXINT64, 1, &sum));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/money/parse/forms", test_parse_forms);
  g_test_add_func ("/money/parse/negative", test_parse_negative);
  g_test_add_func ("/money/parse/blank", test_parse_blank);
  g_test_add_func ("/money/parse/refuses", test_parse_refuses);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/add", test_add);
  return g_test_run ();
}

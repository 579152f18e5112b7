/* test-term.c — the fiscal columns a term defines
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gy-term.h"

static void
assert_columns (const GyTerm       *term,
                const char * const *keys,
                const char * const *labels)
{
  guint n = g_strv_length ((char **) keys);

  g_assert_cmpuint (gy_term_n_columns (term), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (gy_term_column (term, i)->key, ==, keys[i]);
      g_assert_cmpstr (gy_term_column (term, i)->label, ==, labels[i]);
    }
}

static void
test_term7_half (void)
{
  g_autoptr(GyTerm) term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  const char *keys[] = { "2018H2", "2019", "2020", "2021", "2022H1", NULL };
  const char *labels[] = { "2018 하반기", "2019", "2020", "2021", "2022 상반기", NULL };
  g_autofree char *after = gy_term_after_label (term);
  g_autofree char *start = gy_format_date (&term->start);
  g_autofree char *end = gy_format_date (&term->end);

  g_assert_cmpstr (term->name, ==, "민선7기");
  g_assert_cmpstr (start, ==, "2018. 7. 1.");
  g_assert_cmpstr (end, ==, "2022. 6. 30.");
  assert_columns (term, keys, labels);
  g_assert_cmpstr (after, ==, "2022 하반기 이후");
  g_assert_cmpint (gy_term_find_year (term, 2022), ==, 4);
  g_assert_cmpint (gy_term_find_key (term, "2019"), ==, 1);
  g_assert_cmpint (gy_term_find_key (term, "2023"), ==, -1);
}

static void
test_term8_half (void)
{
  g_autoptr(GyTerm) term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  const char *keys[] = { "2022H2", "2023", "2024", "2025", "2026H1", NULL };
  const char *labels[] = { "2022 하반기", "2023", "2024", "2025", "2026 상반기", NULL };
  g_autofree char *after = gy_term_after_label (term);
  g_autofree char *end = gy_format_date (&term->end);

  g_assert_cmpstr (term->name, ==, "민선8기");
  g_assert_cmpstr (end, ==, "2026. 6. 30.");
  assert_columns (term, keys, labels);
  g_assert_cmpstr (after, ==, "2026 하반기 이후");
}

static void
test_whole_year (void)
{
  g_autoptr(GyTerm) term = gy_term_new_numbered (7, GY_TERM_LAYOUT_WHOLE);
  const char *keys[] = { "2018", "2019", "2020", "2021", "2022", NULL };
  g_autofree char *after = gy_term_after_label (term);
  g_autoptr(GyTerm) copy = gy_term_copy (term);

  assert_columns (term, keys, keys);
  g_assert_cmpstr (after, ==, "2023 이후");
  assert_columns (copy, keys, keys);
  g_assert_cmpint (copy->layout, ==, GY_TERM_LAYOUT_WHOLE);
}

/* A body's own name for (C) is kept, copied and compared; the derived one is no name. */
static void
test_after_label (void)
{
  g_autoptr(GyTerm) term = gy_term_new_numbered (8, GY_TERM_LAYOUT_WHOLE);
  g_autoptr(GyTerm) plain = gy_term_new_numbered (8, GY_TERM_LAYOUT_WHOLE);
  g_autoptr(GyTerm) copy = NULL;
  g_autoptr(GyTerm) half = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  g_autofree char *after = NULL;
  g_autofree char *derived = NULL;

  g_assert_null (term->after_label);
  gy_term_set_after_label (term, " 임기후 ");
  g_assert_cmpstr (term->after_label, ==, "임기후");
  after = gy_term_after_label (term);
  g_assert_cmpstr (after, ==, "임기후");
  derived = gy_term_derived_after_label (term);
  g_assert_cmpstr (derived, ==, "2027 이후");
  g_assert_false (gy_term_equal (term, plain));

  copy = gy_term_copy (term);
  g_assert_cmpstr (copy->after_label, ==, "임기후");
  g_assert_true (copy->after_label != term->after_label);
  g_assert_true (gy_term_equal (copy, term));

  /* the derived name, spaces aside, is none of its own; NULL and "" go back to it */
  gy_term_set_after_label (copy, "2027이후");
  g_assert_null (copy->after_label);
  g_assert_true (gy_term_equal (copy, plain));
  gy_term_set_after_label (term, "");
  g_assert_null (term->after_label);
  gy_term_set_after_label (half, "2026 하반기 이후");
  g_assert_null (half->after_label);

  /* the layout alone tells terms apart */
  g_assert_false (gy_term_equal (half, plain));
  g_assert_true (gy_term_equal (NULL, NULL));
  g_assert_false (gy_term_equal (half, NULL));
}

static void
test_calendar_term (void)
{
  GDate start, end;
  g_autoptr(GyTerm) term = NULL;
  const char *keys[] = { "2023", "2024", "2025", "2026", NULL };
  g_autofree char *after = NULL;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2023);
  g_date_set_dmy (&end, 31, G_DATE_DECEMBER, 2026);
  term = gy_term_new ("2023–2026", &start, &end, GY_TERM_LAYOUT_HALF);
  after = gy_term_after_label (term);

  assert_columns (term, keys, keys);
  g_assert_cmpstr (after, ==, "2027 이후");
}

static void
test_numbering (void)
{
  g_assert_cmpuint (gy_term_number_for_year (2018), ==, 7);
  g_assert_cmpuint (gy_term_number_for_year (2022), ==, 8);
  g_assert_cmpuint (gy_term_number_for_year (1998), ==, 2);
  g_assert_cmpuint (gy_term_number_for_year (2019), ==, 0);
  g_assert_cmpuint (gy_term_number_for_year (1994), ==, 0);
}

static void
test_overlaps (void)
{
  g_autoptr(GyTerm) term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);

  g_assert_true (gy_term_overlaps (term, 2018, 7, 2022, 6));
  g_assert_true (gy_term_overlaps (term, 2020, 0, 2024, 0));    /* 2020. ~ 2024. */
  g_assert_true (gy_term_overlaps (term, 2016, 1, 2018, 7));    /* ends in the first month */
  g_assert_false (gy_term_overlaps (term, 2016, 1, 2018, 6));
  g_assert_false (gy_term_overlaps (term, 2022, 7, 2023, 12));
  g_assert_true (gy_term_overlaps (term, 2022, 0, 0, 0));       /* the year 2022 touches H1 */
  g_assert_true (gy_term_overlaps (term, 0, 0, 0, 0));          /* no period, nothing to say */
}

static void
test_layout_strings (void)
{
  GyTermLayout layout;

  g_assert_cmpstr (gy_term_layout_to_string (GY_TERM_LAYOUT_WHOLE), ==, "whole");
  g_assert_true (gy_term_layout_from_string ("half", &layout));
  g_assert_cmpint (layout, ==, GY_TERM_LAYOUT_HALF);
  g_assert_false (gy_term_layout_from_string ("quarter", &layout));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/term/7/half-year", test_term7_half);
  g_test_add_func ("/term/8/half-year", test_term8_half);
  g_test_add_func ("/term/7/whole-year", test_whole_year);
  g_test_add_func ("/term/after-label", test_after_label);
  g_test_add_func ("/term/calendar", test_calendar_term);
  g_test_add_func ("/term/numbering", test_numbering);
  g_test_add_func ("/term/overlaps", test_overlaps);
  g_test_add_func ("/term/layout-strings", test_layout_strings);
  return g_test_run ();
}

/* test-card-edit.c — parts of a card typed as text, read back by the card reader
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "gy-card-edit.h"
#include "gy-card-reader.h"
#include "gy-card-writer.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

static GyCard *
seed (void)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (SEED, NULL, &error);

  g_assert_no_error (error);
  return card;
}

/* What the editor shows reads back to the same card. */
static void
test_round_trip (void)
{
  g_autoptr(GyCard) card = seed ();
  g_autoptr(GyCard) copy = seed ();
  g_autoptr(GError) error = NULL;
  g_autofree char *difference = NULL;
  g_autofree char *overview = gy_card_write_lines (card->overview);
  g_autofree char *problems = gy_card_write_problems (card);
  g_autofree char *effects = gy_card_write_effects (card);

  g_assert_true (gy_card_edit_overview (copy, overview, &error));
  g_assert_true (gy_card_edit_problems (copy, problems, &error));
  g_assert_true (gy_card_edit_effects (copy, effects, &error));
  for (guint i = 0; i < card->subprojects->len; i++)
    {
      g_autofree char *lines =
        gy_card_write_lines (((GySubProject *) g_ptr_array_index (card->subprojects, i))->lines);
      g_assert_true (gy_card_edit_sub_project (copy, i, lines, &error));
    }
  for (guint i = 0; i < card->years->len; i++)
    {
      g_autofree char *entries = gy_card_write_entries (g_ptr_array_index (card->years, i));
      g_assert_true (gy_card_edit_year_entries (copy, i, entries, &error));
    }
  g_assert_no_error (error);
  if (!gy_card_equal (card, copy, &difference))
    g_error ("%s", difference);
}

static void
test_copy (void)
{
  g_autoptr(GyCard) card = seed ();
  g_autoptr(GyCard) copy = gy_card_copy (card);
  g_autofree char *difference = NULL;
  g_autofree char *a = gy_card_write (card);
  g_autofree char *b = gy_card_write (copy);

  if (!gy_card_equal (card, copy, &difference))
    g_error ("%s", difference);
  g_assert_cmpstr (a, ==, b);
  /* deep: changing the copy leaves the original */
  ((GyMoneyRow *) g_ptr_array_index (copy->money, 0))->years[1] = 850000;
  g_assert_cmpint (((GyMoneyRow *) g_ptr_array_index (card->money, 0))->years[1], ==, 800000);
}

static void
test_overview_budget (void)
{
  g_autoptr(GyCard) card = seed ();
  g_autoptr(GError) error = NULL;
  const GyLine *budget;

  g_assert_true (gy_card_edit_overview (card,
                                        "- 사업목표 : 4차 산업혁명 혁신역량 강화\n"
                                        "- 사업기간 : 2018. 7. ~ 2023. 6.\n"
                                        "- 소요예산 : 10,982백만원(국비 8,130, 도비 837, 시비 1,985, 기타 30)\n",
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (card->overview->len, ==, 3);
  budget = gy_card_find_line (card->overview, GY_LINE_BUDGET);
  g_assert_cmpint (budget->total, ==, 10982000);
  g_assert_cmpint (((GyAmount *) g_ptr_array_index (budget->amounts, 0))->amount, ==, 8130000);
  g_assert_cmpint (gy_card_find_line (card->overview, GY_LINE_PERIOD)->end_year, ==, 2023);
}

static void
test_year_entries (void)
{
  g_autoptr(GyCard) card = seed ();
  g_autoptr(GError) error = NULL;
  GyYearRow *row;
  GyEntry *entry;
  g_autofree char *shown = NULL;

  g_assert_true (gy_card_edit_year_entries (card, 4,
                                            "- SW융합클러스터 2.0 사업(3차년도)\n"
                                            "  · 상용화 지원\n"
                                            "\n"
                                            "- 신규 과제\t발굴\n", &error));
  g_assert_no_error (error);
  row = g_ptr_array_index (card->years, 4);
  g_assert_cmpint (row->year, ==, 2022);
  g_assert_cmpuint (row->entries->len, ==, 3);
  entry = g_ptr_array_index (row->entries, 1);
  g_assert_cmpstr (entry->marker, ==, "·");
  g_assert_cmpstr (entry->text, ==, "상용화 지원");
  entry = g_ptr_array_index (row->entries, 2);
  g_assert_cmpstr (entry->text, ==, "신규 과제 발굴");
  shown = gy_card_write_entries (row);
  g_assert_cmpstr (shown, ==, "- SW융합클러스터 2.0 사업(3차년도)\n  · 상용화 지원\n- 신규 과제 발굴\n");
}

static void
test_problems (void)
{
  g_autoptr(GyCard) card = seed ();
  g_autoptr(GError) error = NULL;
  GyProblem *problem;

  g_assert_true (gy_card_edit_problems (card, "- 예산 부족\n- ⇒ 국비 공모 참여\n- 인력 부족\n",
                                        &error));
  g_assert_cmpuint (card->problems->len, ==, 2);
  problem = g_ptr_array_index (card->problems, 0);
  g_assert_cmpstr (problem->text, ==, "예산 부족");
  g_assert_cmpuint (problem->responses->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problem->responses, 0), ==, "국비 공모 참여");
}

/* A mistake is named by its line within the typed text, and the card is left as it was. */
static void
test_error_line (void)
{
  g_autoptr(GyCard) card = seed ();
  g_autoptr(GError) error = NULL;

  g_assert_false (gy_card_edit_effects (card, "- 첫째 효과\n둘째 효과\n", &error));
  g_assert_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "기대효과:2: "));
  g_assert_cmpuint (card->effects->len, ==, 2);
  g_clear_error (&error);

  g_assert_false (gy_card_edit_sub_project (card, 0, "- 사업기간 : 2020.\n2. 새 사업\n", &error));
  g_assert_nonnull (strstr (error->message, "another sub-project"));
  g_assert_cmpuint (((GySubProject *) g_ptr_array_index (card->subprojects, 0))->lines->len, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/card-edit/round-trip", test_round_trip);
  g_test_add_func ("/card-edit/copy", test_copy);
  g_test_add_func ("/card-edit/overview-budget", test_overview_budget);
  g_test_add_func ("/card-edit/year-entries", test_year_entries);
  g_test_add_func ("/card-edit/problems", test_problems);
  g_test_add_func ("/card-edit/error-line", test_error_line);
  return g_test_run ();
}

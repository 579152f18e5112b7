/* test-card.c — the card model: periods, budgets, line roles, equality
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gy-card.h"

#include <string.h>

static void
assert_period (const char *text,
               int         start_year,
               int         start_month,
               int         end_year,
               int         end_month)
{
  int sy = -1, sm = -1, ey = -1, em = -1;

  g_assert_true (gy_parse_period (text, &sy, &sm, &ey, &em));
  g_assert_cmpint (sy, ==, start_year);
  g_assert_cmpint (sm, ==, start_month);
  g_assert_cmpint (ey, ==, end_year);
  g_assert_cmpint (em, ==, end_month);
}

static void
test_period (void)
{
  int sy = -1, sm = -1, ey = -1, em = -1;

  assert_period ("2018. 7. ~ 2022. 6.", 2018, 7, 2022, 6);
  assert_period ("2019. 12. ~ 2020. 5.(6개월간)", 2019, 12, 2020, 5);
  assert_period ("2020. ~ 2024.(5년간)", 2020, 0, 2024, 0);
  assert_period ("2020. 9. ~ 2023. 12.", 2020, 9, 2023, 12);
  assert_period ("2018. 7. ~ 2020. 6.", 2018, 7, 2020, 6);
  assert_period ("2022. 6.", 2022, 6, 2022, 6);
  assert_period ("2019∼2020", 2019, 0, 2020, 0);
  assert_period ("2021. 3. ~", 2021, 3, 0, 0);
  assert_period ("2019. 13. ~ 2020. 1.", 2019, 0, 2020, 1);

  g_assert_false (gy_parse_period ("상시", &sy, &sm, &ey, &em));
  g_assert_cmpint (sy, ==, 0);
  g_assert_cmpint (ey, ==, 0);
  g_assert_false (gy_parse_period (NULL, &sy, &sm, &ey, &em));
  g_assert_false (gy_parse_period ("6개월", &sy, &sm, &ey, &em));
}

/* "국비=8080000,시비=-" for the amounts of a budget. */
static char *
amounts_text (GPtrArray *amounts)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < amounts->len; i++)
    {
      const GyAmount *a = g_ptr_array_index (amounts, i);

      if (i > 0)
        g_string_append_c (s, ',');
      if (a->amount == GY_MONEY_ABSENT)
        g_string_append_printf (s, "%s=-", a->source);
      else
        g_string_append_printf (s, "%s=%" G_GINT64_FORMAT, a->source, a->amount);
    }
  return g_string_free (s, FALSE);
}

static void
assert_budget (const char *text,
               gint64      total,
               const char *amounts)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_amount_free);
  g_autofree char *found = NULL;
  gint64 parsed = 42;

  g_assert_true (gy_parse_budget (text, &parsed, list));
  g_assert_cmpint (parsed, ==, total);
  found = amounts_text (list);
  g_assert_cmpstr (found, ==, amounts);
}

static void
test_budget (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_amount_free);
  gint64 total = 42;

  assert_budget ("30백만원(시비)", 30000, "시비=-");
  assert_budget ("13,248백만원(국비 6,624, 지방비 6,624)", 13248000,
                 "국비=6624000,지방비=6624000");
  assert_budget ("10,932백만원(국비 8,080, 도비 837, 시비 1985, 기타 30)", 10932000,
                 "국비=8080000,도비=837000,시비=1985000,기타=30000");
  assert_budget ("9,608백만원(국비 8,000, 도비 450, 시비 1,158)", 9608000,
                 "국비=8000000,도비=450000,시비=1158000");
  assert_budget ("1,200천원", 1200, "");
  assert_budget ("3억원", 300000, "");
  assert_budget ("1.5억원(국비 1억원, 시비 0.5억원)", 150000, "국비=100000,시비=50000");
  assert_budget ("총 1,000백만원(국비 500백만원, 시비 500백만원)", 1000000,
                 "국비=500000,시비=500000");
  assert_budget ("345,179.4백만원", 345179400, "");
  assert_budget ("△1,920백만원", -1920000, "");
  /* the parenthesis belongs to a later figure, not to the total */
  assert_budget ("396백만원 ※1차년도 100백만원(도비 40, 시비 60)", 396000, "");

  g_assert_false (gy_parse_budget ("미정", &total, list));
  g_assert_cmpint (total, ==, GY_MONEY_ABSENT);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_false (gy_parse_budget (NULL, &total, list));
}

static void
test_role_for_label (void)
{
  g_assert_cmpint (gy_line_role_for_label (NULL), ==, GY_LINE_ITEM);
  g_assert_cmpint (gy_line_role_for_label ("사업목표"), ==, GY_LINE_GOAL);
  g_assert_cmpint (gy_line_role_for_label ("사 업 기 간"), ==, GY_LINE_PERIOD);
  g_assert_cmpint (gy_line_role_for_label ("기 간"), ==, GY_LINE_PERIOD);
  g_assert_cmpint (gy_line_role_for_label ("소요 예산"), ==, GY_LINE_BUDGET);
  g_assert_cmpint (gy_line_role_for_label ("총사업비"), ==, GY_LINE_BUDGET);
  g_assert_cmpint (gy_line_role_for_label ("사업주관"), ==, GY_LINE_ORGANISER);
  g_assert_cmpint (gy_line_role_for_label ("사업수행"), ==, GY_LINE_ORGANISER);
  g_assert_cmpint (gy_line_role_for_label ("주관기관"), ==, GY_LINE_ORGANISER);
  g_assert_cmpint (gy_line_role_for_label ("주 요 내 용"), ==, GY_LINE_CONTENT);
  g_assert_cmpint (gy_line_role_for_label ("내 용"), ==, GY_LINE_CONTENT);
  g_assert_cmpint (gy_line_role_for_label ("과 제 명"), ==, GY_LINE_OTHER);
  g_assert_cmpint (gy_line_role_for_label ("우리시 부담분"), ==, GY_LINE_OTHER);
  /* the parties of a project, listed beside its 사업주관: not the organiser */
  g_assert_cmpint (gy_line_role_for_label ("사업주체"), ==, GY_LINE_OTHER);
}

static void
test_line_derives (void)
{
  g_autoptr(GyLine) period = gy_line_new (0, "사 업 기 간", "2018. 7. ~ 2022. 6.");
  g_autoptr(GyLine) budget = gy_line_new (0, "소요예산", "30백만원(시비)");
  g_autoptr(GyLine) item = gy_line_new (1, NULL, NULL);

  g_assert_cmpint (period->role, ==, GY_LINE_PERIOD);
  g_assert_cmpstr (period->label, ==, "사 업 기 간");
  g_assert_cmpint (period->start_year, ==, 2018);
  g_assert_cmpint (period->end_month, ==, 6);
  gy_line_set_text (period, "2019. 1. ~ 2019. 12.");
  g_assert_cmpstr (period->text, ==, "2019. 1. ~ 2019. 12.");
  g_assert_cmpint (period->start_year, ==, 2019);
  g_assert_cmpint (period->end_month, ==, 12);
  gy_line_set_text (period, period->text);
  g_assert_cmpint (period->start_year, ==, 2019);

  g_assert_cmpint (budget->total, ==, 30000);
  g_assert_cmpuint (budget->amounts->len, ==, 1);
  gy_line_set_text (budget, "미정");
  g_assert_cmpint (budget->total, ==, GY_MONEY_ABSENT);
  g_assert_cmpuint (budget->amounts->len, ==, 0);

  g_assert_cmpint (item->role, ==, GY_LINE_ITEM);
  g_assert_cmpint (item->level, ==, 1);
  g_assert_cmpstr (item->text, ==, "");
  g_assert_cmpint (item->total, ==, GY_MONEY_ABSENT);
}

static GyCard *
make_card (void)
{
  GyCard *card = gy_card_new ();
  GySubProject *sub = gy_sub_project_new ("1", "R&D 과제 발굴");
  GyYearRow *row = gy_year_row_new (2019, NULL, "");
  GyMoneyRow *money;
  GyProblem *problem = gy_problem_new ("협약이 쉽지 않음");

  g_free (card->title);
  card->title = g_strdup ("혁신역량 강화");
  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  card->timing = g_strdup ("임기내");
  card->collab_dept = g_strdup ("-");
  g_ptr_array_add (card->persons, gy_person_new ("과장", "윤상영", "6350"));
  g_ptr_array_add (card->extra_fields, gy_field_new ("공약유형", "지역공약"));
  g_ptr_array_add (card->overview, gy_line_new (0, "사업목표", "혁신역량 강화"));
  g_ptr_array_add (card->overview, gy_line_new (1, NULL, "시범서비스 구축"));
  g_ptr_array_add (sub->lines, gy_line_new (0, "사업주관", "경북SW융합진흥센터"));
  g_ptr_array_add (card->subprojects, sub);
  gy_year_row_add (row, "-", "직원 교육");
  gy_year_row_add (row, "·", "8·9급 공무원 40여명");
  g_ptr_array_add (card->years, row);
  card->money_sum = gy_money_row_new ("계", 5);
  card->money_sum->total = 30000;
  money = gy_money_row_new ("국비", 5);
  money->total = money->subtotal = 30000;
  money->years[1] = 30000;
  g_ptr_array_add (card->money, money);
  g_ptr_array_add (problem->responses, g_strdup ("회의로 협약"));
  g_ptr_array_add (card->problems, problem);
  g_ptr_array_add (card->effects, g_strdup ("공모사업 유치"));
  return card;
}

static void
assert_differs (GyCard     *a,
                GyCard     *b,
                const char *fragment)
{
  g_autofree char *difference = NULL;

  g_assert_false (gy_card_equal (a, b, &difference));
  g_assert_nonnull (difference);
  if (strstr (difference, fragment) == NULL)
    g_error ("“%s” does not name “%s”", difference, fragment);
}

static void
test_equal (void)
{
  g_autoptr(GyCard) a = make_card ();
  g_autoptr(GyCard) b = make_card ();
  g_autofree char *difference = NULL;
  GyMoneyRow *money;
  GyLine *line;
  GyEntry *entry;

  g_assert_true (gy_card_equal (a, b, &difference));
  g_assert_null (difference);
  g_assert_true (gy_card_equal (a, b, NULL));

  money = g_ptr_array_index (b->money, 0);
  money->years[4] = 0;  /* blank and 0 are different cells */
  assert_differs (a, b, "국비");
  money->years[4] = GY_MONEY_ABSENT;

  line = g_ptr_array_index (b->overview, 1);
  gy_line_set_text (line, "시범서비스 확대");
  assert_differs (a, b, "사업개요 line 2");
  gy_line_set_text (line, "시범서비스 구축");

  entry = g_ptr_array_index (((GyYearRow *) g_ptr_array_index (b->years, 0))->entries, 1);
  g_free (entry->marker);
  entry->marker = g_strdup ("-");
  assert_differs (a, b, "2019");
  g_free (entry->marker);
  entry->marker = g_strdup ("·");

  g_free (b->collab_dept);
  b->collab_dept = NULL;
  assert_differs (a, b, "협업부서");
  b->collab_dept = g_strdup ("-");

  g_assert_true (gy_card_equal (a, b, NULL));
}

static void
test_total_cost (void)
{
  g_autoptr(GyCard) card = make_card ();
  GyMoneyRow *other = gy_money_row_new ("시비", 5);

  g_assert_cmpint (gy_card_total_cost (card), ==, 30000);
  g_assert_cmpuint (gy_card_n_years (card), ==, 5);

  g_clear_pointer (&card->money_sum, gy_money_row_free);
  other->total = 1985000;
  g_ptr_array_add (card->money, other);
  g_assert_cmpint (gy_card_total_cost (card), ==, 2015000);
  g_ptr_array_add (card->money, gy_money_row_new ("민자", 5));
  g_assert_cmpint (gy_card_total_cost (card), ==, 2015000);
}

static void
test_find_line (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_line_free);
  const GyLine *found;

  g_ptr_array_add (lines, gy_line_new (1, "기간", "2019. 1. ~ 2019. 6."));
  g_assert_null (gy_card_find_line (lines, GY_LINE_PERIOD));
  g_ptr_array_add (lines, gy_line_new (0, "사업기간", "2018. 7. ~ 2022. 6."));
  found = gy_card_find_line (lines, GY_LINE_PERIOD);
  g_assert_nonnull (found);
  g_assert_cmpint (found->start_year, ==, 2018);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/card/parse-period", test_period);
  g_test_add_func ("/card/parse-budget", test_budget);
  g_test_add_func ("/card/role-for-label", test_role_for_label);
  g_test_add_func ("/card/line-derives", test_line_derives);
  g_test_add_func ("/card/equal", test_equal);
  g_test_add_func ("/card/total-cost", test_total_cost);
  g_test_add_func ("/card/find-line", test_find_line);
  return g_test_run ();
}

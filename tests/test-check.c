/* test-check.c — the rules: sums, overview budget, periods, progress, status
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gy-check.h"

#include <string.h>

#define A GY_MONEY_ABSENT
#define M(x) ((x) * GY_MONEY_PER_MILLION)

static const char *const statuses[] = { "완료", "정상추진", "보류", NULL };

static GyMoneyRow *
money_row (const char *source,
           gint64      total,
           gint64      before,
           gint64      subtotal,
           const gint64 years[5],
           gint64      after)
{
  GyMoneyRow *row = gy_money_row_new (source, 5);

  row->total = total;
  row->before = before;
  row->subtotal = subtotal;
  for (guint i = 0; i < 5; i++)
    row->years[i] = years[i];
  row->after = after;
  return row;
}

/* The seed's money table and overview, built by hand so this test needs no reader. */
static GyCard *
seed_like_card (void)
{
  GyCard *card = gy_card_new ();
  GySubProject *sub = gy_sub_project_new ("3", "SW융합클러스터 2.0 사업");

  g_free (card->title);
  card->title = g_strdup ("4차 산업혁명 혁신역량 강화");
  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  g_ptr_array_add (card->overview, gy_line_new (0, "사업기간", "2018. 7. ~ 2022. 6."));
  g_ptr_array_add (card->overview,
                   gy_line_new (0, "소요예산",
                                "10,932백만원(국비 8,080, 도비 837, 시비 1985, 기타 30)"));
  g_ptr_array_add (sub->lines, gy_line_new (0, "사업기간", "2020. ~ 2024.(5년간)"));
  g_ptr_array_add (card->subprojects, sub);

  card->money_sum = money_row ("계", M (10932), A, M (10932),
                               (gint64[]) { M (1345), M (1325), M (2630), M (2816), M (2816) }, A);
  g_ptr_array_add (card->money, money_row ("국비", M (8080), A, M (8080),
                   (gint64[]) { M (900), M (800), M (2100), M (2140), M (2140) }, A));
  g_ptr_array_add (card->money, money_row ("도비", M (837), A, M (837),
                   (gint64[]) { M (130), M (135), M (160), M (206), M (206) }, A));
  g_ptr_array_add (card->money, money_row ("시비", M (1985), A, M (1985),
                   (gint64[]) { M (315), M (360), M (370), M (470), M (470) }, A));
  g_ptr_array_add (card->money, money_row ("민자", 0, A, 0, (gint64[]) { A, A, A, A, A }, A));
  g_ptr_array_add (card->money, money_row ("기타", M (30), A, M (30),
                   (gint64[]) { A, M (30), A, A, A }, A));
  return card;
}

static GyMoneyRow *
row_named (GyCard     *card,
           const char *source)
{
  for (guint i = 0; i < card->money->len; i++)
    if (g_str_equal (((GyMoneyRow *) g_ptr_array_index (card->money, i))->source, source))
      return g_ptr_array_index (card->money, i);
  g_assert_not_reached ();
}

static GyFinding *
only_finding (GPtrArray *findings,
              GyRule     rule)
{
  GyFinding *found = NULL;

  for (guint i = 0; i < findings->len; i++)
    {
      GyFinding *f = g_ptr_array_index (findings, i);
      if (f->rule == rule)
        {
          g_assert_null (found);
          found = f;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static void
test_seed_passes (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = gy_check_card (card, statuses);

  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s", ((GyFinding *) g_ptr_array_index (findings, i))->message);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* 국비 2019 800 → 850 without touching the totals: 소계 and 계 both break, and name the cells. */
static void
test_changed_cell (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;
  GyFinding *f;

  row_named (card, "국비")->years[1] = M (850);
  findings = gy_check_card (card, statuses);
  g_assert_cmpuint (findings->len, ==, 2);

  f = only_finding (findings, GY_RULE_ROW_SUBTOTAL);
  g_assert_cmpstr (f->source, ==, "국비");
  g_assert_cmpstr (f->column, ==, "sub");
  g_assert_cmpint (f->written, ==, M (8080));
  g_assert_cmpint (f->expected, ==, M (8130));
  g_assert_cmpstr (f->message, ==,
                   "4차 산업혁명 혁신역량 강화: 국비 row: 소계(B) is 8,080 but the fiscal years add up to 8,130");

  f = only_finding (findings, GY_RULE_COLUMN_SUM);
  g_assert_cmpstr (f->source, ==, "계");
  g_assert_cmpstr (f->column, ==, "2019");
  g_assert_cmpint (f->written, ==, M (1325));
  g_assert_cmpint (f->expected, ==, M (1375));
  g_assert_cmpstr (f->message, ==,
                   "4차 산업혁명 혁신역량 강화: 2019 column: 계 is 1,325 but the sources add up to 1,375");
}

/* After a proper edit the table adds up again; only the overview line disagrees. */
static void
test_overview_budget (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;
  GyMoneyRow *row = row_named (card, "국비");
  GyFinding *f;

  row->years[1] = M (850);
  row->subtotal = row->total = M (8130);
  card->money_sum->years[1] = M (1375);
  card->money_sum->subtotal = card->money_sum->total = M (10982);
  findings = gy_check_card (card, statuses);
  g_assert_cmpuint (findings->len, ==, 2);

  f = g_ptr_array_index (findings, 0);
  g_assert_cmpint (f->rule, ==, GY_RULE_OVERVIEW_BUDGET);
  g_assert_cmpint (f->written, ==, M (10932));
  g_assert_cmpint (f->expected, ==, M (10982));
  f = g_ptr_array_index (findings, 1);
  g_assert_cmpint (f->rule, ==, GY_RULE_OVERVIEW_BUDGET);
  g_assert_cmpstr (f->source, ==, "국비");
  g_assert_cmpstr (f->message, ==,
                   "4차 산업혁명 혁신역량 강화: 사업개요 소요예산 gives 국비 8,080 but the money "
                   "table's 국비 총사업비 is 8,130");
}

static void
test_row_total (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;
  GyFinding *f;

  g_free (card->number);
  card->number = g_strdup ("1-3");
  row_named (card, "도비")->before = M (100);
  findings = gy_check_card (card, NULL);

  f = only_finding (findings, GY_RULE_ROW_TOTAL);
  g_assert_cmpstr (f->source, ==, "도비");
  g_assert_cmpint (f->written, ==, M (837));
  g_assert_cmpint (f->expected, ==, M (937));
  g_assert_cmpstr (f->message, ==,
                   "1-3 4차 산업혁명 혁신역량 강화: 도비 row: 총사업비 is 837 but A + B + C make 937");
  /* and the 기투자 column no longer adds up to a blank 계 */
  f = only_finding (findings, GY_RULE_COLUMN_SUM);
  g_assert_cmpstr (f->column, ==, "A");
  g_assert_cmpint (f->expected, ==, M (100));
}

/* Sums past what 64 bits hold are reported, not wrapped into a wrong number. */
static void
test_huge_amounts (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;
  GyFinding *f;

  row_named (card, "국비")->years[0] = G_MAXINT64 - 5;
  findings = gy_check_card (card, statuses);
  f = only_finding (findings, GY_RULE_ROW_SUBTOTAL);
  g_assert_cmpint (f->expected, ==, G_MAXINT64);
  g_assert_cmpint (f->written, ==, M (8080));
}

static void
test_missing_source (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;
  GyFinding *f;

  gy_line_set_text (g_ptr_array_index (card->overview, 1),
                    "10,932백만원(국비 8,080, 도비 837, 시비 1,985)");
  findings = gy_check_card (card, statuses);
  f = only_finding (findings, GY_RULE_OVERVIEW_BUDGET);
  g_assert_cmpstr (f->source, ==, "기타");
  g_assert_cmpint (f->expected, ==, M (30));
}

static void
test_period_outside (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;
  GySubProject *sub = g_ptr_array_index (card->subprojects, 0);
  GyFinding *f;

  gy_line_set_text (g_ptr_array_index (sub->lines, 0), "2023. 1. ~ 2024. 12.");
  findings = gy_check_card (card, statuses);
  f = only_finding (findings, GY_RULE_PERIOD);
  g_assert_cmpstr (f->message, ==,
                   "4차 산업혁명 혁신역량 강화: 추진실적 3 사업기간 “2023. 1. ~ 2024. 12.” lies "
                   "outside the term 민선7기 (2018. 7. 1. – 2022. 6. 30.)");
}

static void
test_period_unreadable (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;

  gy_line_set_text (g_ptr_array_index (card->overview, 0), "임기 중");
  findings = gy_check_card (card, statuses);
  g_assert_nonnull (strstr (only_finding (findings, GY_RULE_PERIOD)->message,
                            "사업개요 사업기간 “임기 중” is not a period"));
}

static void
test_progress_and_status (void)
{
  g_autoptr(GyCard) card = seed_like_card ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) unchecked = NULL;

  card->has_progress = TRUE;
  card->progress = 104;
  card->status = g_strdup ("추진중");
  findings = gy_check_card (card, statuses);
  g_assert_cmpstr (only_finding (findings, GY_RULE_PROGRESS)->message, ==,
                   "4차 산업혁명 혁신역량 강화: 진도율 104% is outside 0–100");
  g_assert_cmpstr (only_finding (findings, GY_RULE_STATUS)->message, ==,
                   "4차 산업혁명 혁신역량 강화: 이행상태 “추진중” is not one of the body's "
                   "statuses (완료, 정상추진, 보류)");

  card->progress = 100;
  g_free (card->status);
  card->status = g_strdup ("완료");
  unchecked = gy_check_card (card, statuses);
  g_assert_cmpuint (unchecked->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/check/seed-passes", test_seed_passes);
  g_test_add_func ("/check/money/changed-cell", test_changed_cell);
  g_test_add_func ("/check/money/overview-budget", test_overview_budget);
  g_test_add_func ("/check/money/row-total", test_row_total);
  g_test_add_func ("/check/money/missing-source", test_missing_source);
  g_test_add_func ("/check/money/huge-amounts", test_huge_amounts);
  g_test_add_func ("/check/period/outside-term", test_period_outside);
  g_test_add_func ("/check/period/unreadable", test_period_unreadable);
  g_test_add_func ("/check/header/progress-and-status", test_progress_and_status);
  return g_test_run ();
}

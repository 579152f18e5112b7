/* test-summary.c — one term's pledges, grouped and summed: the figures every output shows
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "gy-card-reader.h"
#include "gy-chart-summary.h"
#include "gy-summary.h"
#include "gy-test-body.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"
#define CARDS TEST_DATA_DIR "/cards"
#define M(x) ((gint64) (x) * GY_MONEY_PER_MILLION)
#define K(x) ((gint64) (x))

typedef struct {
  char    *dir;
  GyStore *store;
} Fixture;

static const char *const two_terms[] = { SEED, CARDS "/term8.txt", NULL };

/* The real card (민선7기) and a 민선8기 card with 기투자 (A) and 임기후 (C), in one file. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = gy_test_body_new ("gongyak-summary", two_terms, &fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  gy_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GySummary *
summary_for (Fixture    *fixture,
             const char *term)
{
  g_autoptr(GError) error = NULL;
  GySelection selection;
  GySummary *summary;

  gy_selection_init (&selection);
  selection.term = term;
  summary = gy_summary_new (fixture->store, &selection, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

static int
source_row (const GySummary *summary,
            const char      *source)
{
  for (guint s = 0; summary->sources[s] != NULL; s++)
    if (g_strcmp0 (summary->sources[s], source) == 0)
      return (int) s;
  g_error ("no source %s", source);
}

/* Every number of the seed's money table, as DOMAIN.md lists it. */
static void
assert_row (const GySummary *summary,
            const GySum     *row,
            const gint64    *expected)
{
  for (guint c = 0; c < summary->n_columns; c++)
    {
      if (expected[c] == GY_MONEY_ABSENT)
        {
          g_assert_false (row[c].shown);
          continue;
        }
      g_assert_true (row[c].shown);
      g_assert_cmpint (row[c].value, ==, expected[c]);
    }
}

#define NONE GY_MONEY_ABSENT

static void
test_term7_seed (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GySummary) summary = summary_for (fixture, "민선7기");
  const GySummaryPledge *pledge;
  guint n;
  const gint64 total[] = { M (10932), NONE, M (10932), M (1345), M (1325), M (2630), M (2816),
                           M (2816), NONE };
  const gint64 state[] = { M (8080), NONE, M (8080), M (900), M (800), M (2100), M (2140),
                           M (2140), NONE };
  const gint64 province[] = { M (837), NONE, M (837), M (130), M (135), M (160), M (206),
                              M (206), NONE };
  const gint64 city[] = { M (1985), NONE, M (1985), M (315), M (360), M (370), M (470),
                          M (470), NONE };
  const gint64 other[] = { M (30), NONE, M (30), NONE, M (30), NONE, NONE, NONE, NONE };

  g_assert_cmpstr (summary->term->name, ==, "민선7기");
  n = summary->n_columns;
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpuint (summary->pledges->len, ==, 1);
  pledge = g_ptr_array_index (summary->pledges, 0);
  assert_row (summary, pledge->total, total);
  assert_row (summary, summary->total, total);
  assert_row (summary, &pledge->sources[source_row (summary, "국비") * n], state);
  assert_row (summary, &pledge->sources[source_row (summary, "도비") * n], province);
  assert_row (summary, &pledge->sources[source_row (summary, "시비") * n], city);
  assert_row (summary, &pledge->sources[source_row (summary, "기타") * n], other);
  /* 민자 is a row of zeros and blanks: its 총사업비 0 is printed, its years are not */
  g_assert_true (pledge->sources[source_row (summary, "민자") * n].shown);
  g_assert_cmpint (pledge->sources[source_row (summary, "민자") * n].value, ==, 0);
  g_assert_false (pledge->sources[source_row (summary, "민자") * n + 3].shown);

  /* the seed has no status and no 진도율: one 미지정, no mean */
  g_assert_true (summary->has_unset);
  g_assert_cmpuint (summary->counts.n_pledges, ==, 1);
  g_assert_cmpuint (summary->counts.by_status[gy_summary_n_counts (summary) - 1], ==, 1);
  g_assert_cmpstr (gy_summary_count_label (summary, gy_summary_n_counts (summary) - 1), ==,
                   "미지정");
  g_assert_cmpuint (summary->groups->len, ==, 1);
  g_assert_cmpstr (((GySummaryGroup *) g_ptr_array_index (summary->groups, 0))->label, ==,
                   "분야 미지정");
}

/* The 민선8기 card in its own columns, with A and C, and nothing of 민선7기 in them. */
static void
test_term8_own_columns (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GySummary) summary = summary_for (fixture, "8");
  g_autofree char *first = NULL;
  g_autofree char *after = NULL;
  const gint64 total[] = { K (2000500), K (200000), K (1600500), K (250000), K (400500),
                           K (400000), K (350000), K (200000), K (200000) };
  double mean;

  g_assert_cmpstr (summary->term->name, ==, "민선8기");
  g_assert_cmpuint (summary->pledges->len, ==, 1);
  first = gy_money_column_label (summary->term, GY_MONEY_COLUMN_FIRST_YEAR);
  after = gy_money_column_label (summary->term, gy_money_column_after (summary->term));
  g_assert_cmpstr (first, ==, "2022 하반기");
  g_assert_cmpstr (after, ==, "2026 하반기 이후 (C)");
  assert_row (summary, summary->total, total);
  g_assert_true (gy_summary_counts_mean (&summary->counts, &mean));
  g_assert_cmpfloat (mean, ==, 77.7);
}

/* With no term named, the term holding the 기준일 is used, else the latest. */
static void
test_pick_term (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GySummary) latest = summary_for (fixture, NULL);
  g_autoptr(GySummary) by_date = NULL;
  g_autoptr(GySummary) none = NULL;
  GySelection selection;

  g_assert_cmpstr (latest->term->name, ==, "민선8기");

  gy_selection_init (&selection);
  g_date_set_dmy (&selection.as_of, 31, G_DATE_DECEMBER, 2020);
  by_date = gy_summary_new (fixture->store, &selection, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (by_date->term->name, ==, "민선7기");
  g_assert_cmpint (by_date->total[0].value, ==, M (10932));

  selection.term = "민선9기";
  none = gy_summary_new (fixture->store, &selection, &error);
  g_assert_null (none);
  g_assert_error (error, GY_SELECTION_ERROR, GY_SELECTION_ERROR_NO_TERM);
  g_assert_nonnull (strstr (error->message, "민선7기, 민선8기"));
}

/* 완료율 counts 이행 후 계속추진 only when the body says so. */
static void
test_done_rate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GError) error = NULL;
  const char *statuses[] = { "완료", "이행 후 계속추진", "정상추진", "이행 후 계속추진" };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      GyCard *card = gy_card_read_file (SEED, NULL, &error);

      g_assert_no_error (error);
      g_free (card->status);
      card->status = g_strdup (statuses[i]);
      card->id = i + 1;
      g_ptr_array_add (cards, card);
    }
  for (guint continuing = 0; continuing < 2; continuing++)
    {
      const char *list[] = { "완료", "이행 후 계속추진", "정상추진", NULL };
      g_autoptr(GyBodyCards) body = gy_body_cards_new (cards, "김천시", NULL, NULL, list, NULL);
      g_autoptr(GySummary) summary = NULL;

      body->continuing_is_done = continuing;
      summary = gy_summary_new_for_body (body, NULL);
      g_assert_cmpuint (summary->counts.n_pledges, ==, 4);
      g_assert_cmpuint (summary->counts.by_status[1], ==, 2);
      g_assert_false (summary->has_unset);
      g_assert_cmpuint (summary->counts.n_done, ==, continuing ? 3 : 1);
      g_assert_cmpfloat (gy_summary_counts_done_rate (&summary->counts), ==,
                         continuing ? 75.0 : 25.0);
      {
        g_autofree char *note = gy_summary_done_note (summary);

        g_assert_cmpstr (note, ==, continuing ? "완료율 75.0% (완료·이행 후 계속추진 3건 / 전체 4건)"
                                              : "완료율 25.0% (완료 1건 / 전체 4건)");
      }
      /* four seeds: every total is four times the seed's */
      g_assert_cmpint (summary->total[0].value, ==, 4 * M (10932));
    }
}

/* The dashboard's charts carry the summary's figures, 미지정 included. */
static void
test_charts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GySummary) summary = summary_for (fixture, "민선7기");
  GyChartData *sectors = gy_chart_data_new_for_summary (summary, GY_CHART_BODY_SECTORS);
  GyChartData *statuses = gy_chart_data_new_for_summary (summary, GY_CHART_BODY_STATUSES);
  guint last;

  g_assert_cmpuint (gy_chart_data_get_n_categories (sectors), ==, 1);
  g_assert_cmpint (gy_chart_data_get_value (sectors, 0, 0), ==, M (10932));
  last = gy_chart_data_get_n_categories (statuses) - 1;
  g_assert_cmpstr (gy_chart_data_get_category_name (statuses, last), ==, "미지정");
  g_assert_cmpint (gy_chart_data_get_value (statuses, last, 0), ==, 1);
  gy_chart_data_unref (sectors);
  gy_chart_data_unref (statuses);
}


/* 총사업비 has one definition: the pledge list (SQL), the card and the summary agree, on a card
 * whose written totals are wrong (A + years + C: 700 + 150) and on a row with a total only. */
static void
test_one_total_cost (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GyCard) card = NULL;
  g_autoptr(GySummary) summary = NULL;
  const GyPledgeSummary *listed = NULL;
  GyCard *total_only;
  GySelection selection;

  gy_test_import_file (fixture->store, CARDS "/wrong-sums.txt");
  pledges = gy_store_list_pledges (fixture->store, &error);
  g_assert_no_error (error);
  /* the card imported last */
  for (guint i = 0; i < pledges->len; i++)
    if (listed == NULL || ((GyPledgeSummary *) g_ptr_array_index (pledges, i))->id > listed->id)
      listed = g_ptr_array_index (pledges, i);
  card = gy_store_load_card (fixture->store, listed->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gy_card_total_cost (card), ==, M (850));
  g_assert_cmpint (listed->total_cost, ==, M (850));

  gy_selection_init (&selection);
  selection.pledge_id = listed->id;
  summary = gy_summary_new (fixture->store, &selection, &error);
  g_assert_no_error (error);
  g_assert_cmpint (summary->total[GY_MONEY_COLUMN_TOTAL].value, ==, M (850));

  /* a row with only its 총사업비 written counts that */
  total_only = gy_card_copy (card);
  for (guint i = 0; i < total_only->money->len; i++)
    {
      GyMoneyRow *row = g_ptr_array_index (total_only->money, i);

      row->before = row->after = row->subtotal = GY_MONEY_ABSENT;
      for (guint y = 0; y < gy_card_n_years (total_only); y++)
        row->years[y] = GY_MONEY_ABSENT;
    }
  g_assert_cmpint (gy_card_total_cost (total_only), ==, M (1000));
  g_assert_true (gy_store_save_card (fixture->store, total_only, "", &error));
  g_assert_no_error (error);
  g_clear_pointer (&pledges, g_ptr_array_unref);
  pledges = gy_store_list_pledges (fixture->store, &error);
  for (guint i = 0; i < pledges->len; i++)
    if (((GyPledgeSummary *) g_ptr_array_index (pledges, i))->id == total_only->id)
      g_assert_cmpint (((GyPledgeSummary *) g_ptr_array_index (pledges, i))->total_cost, ==,
                       M (1000));
  g_clear_pointer (&summary, gy_summary_free);
  summary = gy_summary_new (fixture->store, &selection, &error);
  g_assert_cmpint (summary->total[GY_MONEY_COLUMN_TOTAL].value, ==, M (1000));

  /* a table of only its 계 row (100 + 200 + 300 + 200 + 50) counts that row */
  g_ptr_array_set_size (card->money, 0);
  g_assert_nonnull (card->money_sum);
  g_assert_cmpint (gy_card_total_cost (card), ==, M (850));
  g_assert_true (gy_store_save_card (fixture->store, card, "", &error));
  g_assert_no_error (error);
  g_clear_pointer (&pledges, g_ptr_array_unref);
  pledges = gy_store_list_pledges (fixture->store, &error);
  for (guint i = 0; i < pledges->len; i++)
    if (((GyPledgeSummary *) g_ptr_array_index (pledges, i))->id == card->id)
      g_assert_cmpint (((GyPledgeSummary *) g_ptr_array_index (pledges, i))->total_cost, ==,
                       M (850));
  g_clear_pointer (&summary, gy_summary_free);
  summary = gy_summary_new (fixture->store, &selection, &error);
  g_assert_cmpint (summary->total[GY_MONEY_COLUMN_TOTAL].value, ==, M (850));
  gy_card_free (total_only);
}

/* The mean 진도율 is rounded once, as the workbook's =ROUND(AVERAGE(…),1): 10.05 and 10 give
 * 10.025, so 10.0; rounding each first would give 10.1. */
static void
test_mean_rounded_once (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GyBodyCards) body = NULL;
  g_autoptr(GySummary) summary = NULL;
  const double progress[] = { 10.05, 10 };
  double mean = -1;

  for (guint i = 0; i < G_N_ELEMENTS (progress); i++)
    {
      GyCard *card = gy_card_read_file (SEED, NULL, &error);

      g_assert_no_error (error);
      card->has_progress = TRUE;
      card->progress = progress[i];
      card->id = i + 1;
      g_ptr_array_add (cards, card);
    }
  body = gy_body_cards_new (cards, "김천시", NULL, NULL, NULL, NULL);
  summary = gy_summary_new_for_body (body, NULL);
  g_assert_true (gy_summary_counts_mean (&summary->counts, &mean));
  g_assert_cmpfloat (mean, ==, 10.0);
}

/* A body that renames 완료 still has its 완료율: the store keeps what each status means. */
static void
test_done_renamed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GySummary) summary = NULL;
  g_autoptr(GyCard) card = NULL;
  g_autofree char *note = NULL;
  gint64 id = 0;
  g_autoptr(GPtrArray) pledges = gy_store_list_pledges (fixture->store, &error);

  for (guint i = 0; i < pledges->len; i++)
    if (g_strcmp0 (((GyPledgeSummary *) g_ptr_array_index (pledges, i))->term, "민선7기") == 0)
      id = ((GyPledgeSummary *) g_ptr_array_index (pledges, i))->id;
  card = gy_store_load_card (fixture->store, id, &error);
  g_assert_no_error (error);
  g_free (card->status);
  card->status = g_strdup ("완료");
  g_assert_true (gy_store_save_card (fixture->store, card, "", &error));
  g_assert_true (gy_store_rename_value (fixture->store, GY_LIST_STATUSES, "완료", "이행완료",
                                        &error));
  g_assert_no_error (error);

  summary = summary_for (fixture, "7");
  note = gy_summary_done_note (summary);
  g_assert_cmpuint (summary->counts.n_done, ==, 1);
  g_assert_cmpstr (note, ==, "완료율 100.0% (이행완료 1건 / 전체 1건)");
}

/* A selection of "" as 분야 is the pledges without one: printing such a pledge's 분야 prints
 * that 분야 미지정, not every 분야. */
static void
test_select_no_sector (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GError) error = NULL;
  const char *sectors[] = { "일자리경제", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    {
      GyCard *card = gy_card_read_file (SEED, NULL, &error);

      g_assert_no_error (error);
      g_free (card->sector);
      card->sector = g_strdup (sectors[i]);
      card->id = i + 1;
      g_ptr_array_add (cards, card);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GyBodyCards) body = NULL;
      g_autoptr(GySummary) summary = NULL;
      GySelection selection;

      gy_selection_init (&selection);
      selection.sector = i == 0 ? "" : "일자리경제";
      body = gy_body_cards_new (cards, "김천시", NULL, NULL, NULL, &selection);
      summary = gy_summary_new_for_body (body, &selection);
      g_assert_cmpuint (summary->pledges->len, ==, 1);
      g_assert_cmpstr (((GySummaryGroup *) g_ptr_array_index (summary->groups, 0))->label, ==,
                       i == 0 ? "분야 미지정" : "일자리경제");
    }
}

/* A selection of pledge ids (what a search in the window shows) keeps those pledges only. */
static void
test_select_pledge_ids (void)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GError) error = NULL;
  const gint64 ids[] = { 2, 4 };

  for (guint i = 0; i < 5; i++)
    {
      GyCard *card = gy_card_read_file (SEED, NULL, &error);

      g_assert_no_error (error);
      card->id = i + 1;
      g_ptr_array_add (cards, card);
    }
  for (guint n = 0; n <= G_N_ELEMENTS (ids); n++)
    {
      g_autoptr(GyBodyCards) body = NULL;
      g_autoptr(GySummary) summary = NULL;
      GySelection selection;

      gy_selection_init (&selection);
      selection.pledge_ids = ids;
      selection.n_pledge_ids = n;
      body = gy_body_cards_new (cards, "김천시", NULL, NULL, NULL, &selection);
      summary = gy_summary_new_for_body (body, &selection);
      g_assert_cmpuint (summary->pledges->len, ==, n);
      g_assert_true (gy_selection_matches (&selection, 4, NULL, NULL, NULL) == (n == 2));
      g_assert_false (gy_selection_matches (&selection, 3, NULL, NULL, NULL));
    }
  g_assert_true (gy_selection_matches (NULL, 3, NULL, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/summary/term7/seed", test_term7_seed);
  ADD ("/summary/term8/own-columns", test_term8_own_columns);
  ADD ("/summary/pick-term", test_pick_term);
  ADD ("/summary/done-rate", test_done_rate);
  ADD ("/summary/charts", test_charts);
  ADD ("/summary/one-total-cost", test_one_total_cost);
  ADD ("/summary/done-renamed", test_done_renamed);
#undef ADD
  g_test_add_func ("/summary/mean-rounded-once", test_mean_rounded_once);
  g_test_add_func ("/summary/select-no-sector", test_select_no_sector);
  g_test_add_func ("/summary/select-pledge-ids", test_select_pledge_ids);
  return g_test_run ();
}

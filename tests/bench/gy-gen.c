/* gy-gen.c — realistic generated pledge cards for benchmarks
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deterministic from a seed: the same seed gives the same cards. Sums add up, so the
 * cards pass --check; sizes follow the real card (several KB of Korean text each).
 */
#include "gy-card-writer.h"
#include "gy-gen.h"

static const char *const words[] = {
  "스마트", "도시재생", "청년", "일자리", "창출", "지원", "확대", "문화", "관광", "활성화",
  "교통", "체계", "개선", "복지", "안전", "환경", "녹색", "농업", "혁신", "기반", "조성",
  "주민", "참여", "공동체", "돌봄", "어르신", "아동", "교육", "산업", "단지", "유치",
  "생활", "체육", "시설", "건립", "하천", "정비", "공원", "도로", "확충", "디지털", "전환",
};
static const char *const sources[] = { "국비", "도비", "시비", "민자", "기타", "특교세", "균특" };
static const char *const depts[] = {
  "미래혁신전략과", "기획예산과", "일자리경제과", "문화관광과", "복지정책과", "건설과",
  "도시재생과", "환경위생과", "농업정책과", "교통행정과",
};
static const char *const roles[] = { "과장", "담당", "담당자" };
static const char *const surnames[] = { "김", "이", "박", "최", "정", "윤", "황", "강" };
static const char *const given[] = { "상영", "지훈", "기훈", "민수", "서연", "영희", "준호" };

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static char *
phrase (GRand *rand,
        guint  min,
        guint  max)
{
  GString *s = g_string_new (NULL);
  guint n = (guint) g_rand_int_range (rand, (gint32) min, (gint32) max + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, PICK (rand, words));
    }
  return g_string_free (s, FALSE);
}

/* An amount in 천원: whole 백만원 mostly, one decimal now and then, as in published tables. */
static gint64
amount (GRand *rand,
        gint64 max_million)
{
  gint64 whole = g_rand_int_range (rand, 1, (gint32) max_million) * (gint64) GY_MONEY_PER_MILLION;

  if (g_rand_int_range (rand, 0, 20) == 0)
    whole += 100 * g_rand_int_range (rand, 1, 10);
  return whole;
}

static void
add_money (GyCard *card,
           GRand  *rand,
           GString *budget)
{
  guint n_years = gy_term_n_columns (card->term);
  guint n_sources = (guint) g_rand_int_range (rand, 3, 8);
  GyMoneyRow *sum = gy_money_row_new ("계", n_years);
  gboolean first = TRUE;

  sum->total = sum->subtotal = 0;
  for (guint s = 0; s < n_sources; s++)
    {
      GyMoneyRow *row = gy_money_row_new (sources[s], n_years);

      row->subtotal = 0;
      for (guint y = 0; y < n_years; y++)
        if (g_rand_int_range (rand, 0, 4) != 0)
          {
            row->years[y] = amount (rand, 3000);
            row->subtotal += row->years[y];
            sum->years[y] = gy_money_or_zero (sum->years[y]) + row->years[y];
          }
      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          row->before = amount (rand, 2000);
          sum->before = gy_money_or_zero (sum->before) + row->before;
        }
      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          row->after = amount (rand, 5000);
          sum->after = gy_money_or_zero (sum->after) + row->after;
        }
      row->total = gy_money_or_zero (row->before) + row->subtotal + gy_money_or_zero (row->after);
      sum->subtotal += row->subtotal;
      sum->total += row->total;

      if (row->total != 0)
        {
          g_autofree char *text = gy_money_format (row->total);
          g_string_append_printf (budget, "%s%s %s", first ? "" : ", ", row->source, text);
          first = FALSE;
        }
      g_ptr_array_add (card->money, row);
    }
  card->money_sum = sum;
}

static GyLine *
line_take (guint       level,
           const char *label,
           char       *text)
{
  GyLine *line = gy_line_new (level, label, text);

  g_free (text);
  return line;
}

GyCard *
gy_gen_card (GRand        *rand,
             guint         index,
             const GyTerm *term)
{
  GyCard *card = gy_card_new ();
  int first_year = gy_term_column (term, 0)->year;
  g_autoptr(GString) budget = g_string_new (NULL);
  g_autofree char *total = NULL;
  guint n_sub = (guint) g_rand_int_range (rand, 0, 7);

  g_free (card->number);
  card->number = g_strdup_printf ("%u-%u", index / 20 + 1, index % 20 + 1);
  g_free (card->title);
  card->title = phrase (rand, 3, 7);
  card->term = gy_term_copy (term);
  card->timing = g_strdup (g_rand_boolean (rand) ? "임기내" : "임기후");
  card->actor = g_strdup ("우리시");
  card->novelty = g_strdup (g_rand_boolean (rand) ? "신규" : "지속사업");
  card->central_support = g_strdup ("해당없음");
  card->budget_class = g_strdup ("예산");
  card->has_progress = g_rand_boolean (rand);
  card->progress = card->has_progress ? g_rand_int_range (rand, 0, 101) : 0;
  card->status = g_strdup ("정상추진");
  card->lead_dept = g_strdup (PICK (rand, depts));
  card->collab_dept = g_strdup (PICK (rand, depts));
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%s", PICK (rand, surnames), PICK (rand, given));
      g_autofree char *phone = g_strdup_printf ("%d", g_rand_int_range (rand, 6000, 7000));
      g_ptr_array_add (card->persons, gy_person_new (roles[i], name, phone));
    }

  add_money (card, rand, budget);
  total = gy_money_format (card->money_sum->total);
  g_ptr_array_add (card->overview, gy_line_new (0, "사업목표", card->title));
  g_ptr_array_add (card->overview,
                   line_take (0, "사업기간", g_strdup_printf ("%d. 7. ~ %d. 6.", first_year,
                                                          first_year + 4)));
  g_ptr_array_add (card->overview,
                   line_take (0, "소요예산", g_strdup_printf ("%s백만원(%s)", total, budget->str)));
  g_ptr_array_add (card->overview, gy_line_new (0, "주요내용", ""));
  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (card->overview, line_take (1, NULL, phrase (rand, 4, 10)));

  for (guint s = 0; s < n_sub; s++)
    {
      g_autofree char *number = g_strdup_printf ("%u", s + 1);
      g_autofree char *title = phrase (rand, 3, 8);
      GySubProject *sub = gy_sub_project_new (number, title);
      int start = first_year + g_rand_int_range (rand, 0, 3);

      g_ptr_array_add (sub->lines, line_take (0, "사업기간",
                                              g_strdup_printf ("%d. %d. ~ %d. %d.", start,
                                                               g_rand_int_range (rand, 1, 13),
                                                               start + 1,
                                                               g_rand_int_range (rand, 1, 13))));
      g_ptr_array_add (sub->lines, gy_line_new (0, "사업주관", PICK (rand, depts)));
      g_ptr_array_add (sub->lines,
                       line_take (0, "소요예산",
                                  g_strdup_printf ("%d백만원(국비 %d, 시비 %d)",
                                                   g_rand_int_range (rand, 10, 500) * 2,
                                                   g_rand_int_range (rand, 5, 250),
                                                   g_rand_int_range (rand, 5, 250))));
      g_ptr_array_add (sub->lines, gy_line_new (0, "사업내용", ""));
      for (guint i = 0; i < 3; i++)
        g_ptr_array_add (sub->lines, line_take (1, NULL, phrase (rand, 5, 12)));
      g_ptr_array_add (card->subprojects, sub);
    }

  for (guint y = 0; y < gy_term_n_columns (term); y++)
    {
      int year = gy_term_column (term, y)->year;
      GyYearRow *row = gy_year_row_new (year, NULL, "");
      guint n_items = (guint) g_rand_int_range (rand, 1, 4);

      for (guint i = 0; i < n_items; i++)
        {
          g_autofree char *item = phrase (rand, 4, 9);
          guint n_subs = (guint) g_rand_int_range (rand, 0, 4);

          gy_year_row_add (row, "-", item);
          for (guint j = 0; j < n_subs; j++)
            {
              g_autofree char *detail = phrase (rand, 4, 12);
              gy_year_row_add (row, "·", detail);
            }
        }
      g_ptr_array_add (card->years, row);
    }

  {
    GyProblem *problem = gy_problem_new (NULL);
    g_free (problem->text);
    problem->text = phrase (rand, 8, 16);
    g_ptr_array_add (problem->responses, phrase (rand, 6, 12));
    g_ptr_array_add (problem->responses, phrase (rand, 6, 12));
    g_ptr_array_add (card->problems, problem);
  }
  g_ptr_array_add (card->effects, phrase (rand, 6, 14));
  g_ptr_array_add (card->effects, phrase (rand, 6, 14));
  return card;
}

/* Writes card-00001.txt … into DIR. */
gboolean
gy_gen_write_cards (const char  *dir,
                    guint        n_cards,
                    guint32      seed,
                    GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GyTerm) term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);

  for (guint i = 0; i < n_cards; i++)
    {
      g_autoptr(GyCard) card = gy_gen_card (rand, i, term);
      g_autofree char *text = gy_card_write (card);
      g_autofree char *name = g_strdup_printf ("card-%05u.txt", i + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_file_set_contents (path, text, -1, error))
        return FALSE;
    }
  return TRUE;
}

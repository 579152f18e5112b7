/* test-card-reader.c — reading card text: the seed, other cards, bad input
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gy-card-reader.h"
#include "gy-card-writer.h"

#include <string.h>

#include <glib/gstdio.h>

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"
#define CARDS TEST_DATA_DIR "/cards"

/* Helpers */

static GyCard *
read_path (const char *path,
           GPtrArray  *terms)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (path, terms, &error);

  g_assert_no_error (error);
  g_assert_nonnull (card);
  g_assert_nonnull (card->term);
  return card;
}

static GyCard *
read_fixture (const char *name,
              GPtrArray  *terms)
{
  g_autofree char *path = g_build_filename (CARDS, name, NULL);

  return read_path (path, terms);
}

static GyCard *
read_text (const char *text,
           GPtrArray  *terms)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read (text, -1, "memory.txt", terms, &error);

  g_assert_no_error (error);
  g_assert_nonnull (card);
  return card;
}

/* The terms of a city, for cards that name no year. */
static GPtrArray *
city_terms (void)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);

  g_ptr_array_add (terms, gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF));
  g_ptr_array_add (terms, gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF));
  return terms;
}

static void
assert_line (GPtrArray  *lines,
             guint       index,
             guint       level,
             const char *label,
             const char *text,
             GyLineRole  role)
{
  const GyLine *line;

  g_assert_cmpuint (index, <, lines->len);
  line = g_ptr_array_index (lines, index);
  g_assert_cmpuint (line->level, ==, level);
  g_assert_cmpstr (line->label, ==, label);
  g_assert_cmpstr (line->text, ==, text);
  g_assert_cmpint (line->role, ==, role);
}

static const GyLine *
line_at (GPtrArray *lines,
         guint      index)
{
  g_assert_cmpuint (index, <, lines->len);
  return g_ptr_array_index (lines, index);
}

static void
assert_period (const GyLine *line,
               int           start_year,
               int           start_month,
               int           end_year,
               int           end_month)
{
  g_assert_cmpint (line->role, ==, GY_LINE_PERIOD);
  g_assert_cmpint (line->start_year, ==, start_year);
  g_assert_cmpint (line->start_month, ==, start_month);
  g_assert_cmpint (line->end_year, ==, end_year);
  g_assert_cmpint (line->end_month, ==, end_month);
}

static void
assert_amount (const GyLine *line,
               guint         index,
               const char   *source,
               gint64        amount)
{
  const GyAmount *a;

  g_assert_cmpuint (index, <, line->amounts->len);
  a = g_ptr_array_index (line->amounts, index);
  g_assert_cmpstr (a->source, ==, source);
  g_assert_cmpint (a->amount, ==, amount);
}

static GySubProject *
sub_at (const GyCard *card,
        guint         index)
{
  g_assert_cmpuint (index, <, card->subprojects->len);
  return g_ptr_array_index (card->subprojects, index);
}

static GyYearRow *
year_at (const GyCard *card,
         guint         index)
{
  g_assert_cmpuint (index, <, card->years->len);
  return g_ptr_array_index (card->years, index);
}

static void
assert_entry (const GyYearRow *row,
              guint            index,
              const char      *marker,
              const char      *text)
{
  const GyEntry *entry;

  g_assert_cmpuint (index, <, row->entries->len);
  entry = g_ptr_array_index (row->entries, index);
  g_assert_cmpstr (entry->marker, ==, marker);
  g_assert_cmpstr (entry->text, ==, text);
}

/* The index of the entry whose text is text, or -1. */
static int
find_entry (const GyYearRow *row,
            const char      *text)
{
  for (guint i = 0; i < row->entries->len; i++)
    if (strcmp (((GyEntry *) g_ptr_array_index (row->entries, i))->text, text) == 0)
      return (int) i;
  return -1;
}

/* "국비|8,080||8,080|900|…|" in 백만원, as the card prints it: easy to compare with a table. */
static char *
money_text (const GyMoneyRow *row,
            guint             n_years)
{
  GString *s = g_string_new (row->source);
  gint64 cells[3] = { row->total, row->before, row->subtotal };

  for (guint i = 0; i < 3 + n_years + 1; i++)
    {
      gint64 amount = i < 3 ? cells[i] : i < 3 + n_years ? row->years[i - 3] : row->after;
      g_autofree char *text = gy_money_format (amount);

      g_string_append_printf (s, "|%s", text);
    }
  return g_string_free (s, FALSE);
}

static void
assert_money (const GyCard *card,
              int           index,
              const char   *expected)
{
  const GyMoneyRow *row;
  g_autofree char *found = NULL;

  if (index < 0)
    row = card->money_sum;
  else
    {
      g_assert_cmpuint (index, <, card->money->len);
      row = g_ptr_array_index (card->money, index);
    }
  g_assert_nonnull (row);
  found = money_text (row, gy_card_n_years (card));
  g_assert_cmpstr (found, ==, expected);
}

static void
assert_columns (const GyTerm *term,
                const char   *keys)
{
  GString *s = g_string_new (NULL);
  g_autofree char *found = NULL;

  for (guint i = 0; i < gy_term_n_columns (term); i++)
    g_string_append_printf (s, "%s%s", i > 0 ? " " : "", gy_term_column (term, i)->key);
  found = g_string_free (s, FALSE);
  g_assert_cmpstr (found, ==, keys);
}

static void
assert_no_markup (const char *text)
{
  g_assert_null (strchr (text, '<'));
  g_assert_null (strchr (text, '>'));
  g_assert_null (strstr (text, "ul style"));
  g_assert_null (strstr (text, "&amp;"));
  g_assert_null (strstr (text, "  "));
}

/* The seed card */

static void
test_seed_header (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);

  g_assert_cmpstr (card->number, ==, "");
  g_assert_cmpstr (card->title, ==, "4차 산업혁명 혁신역량 강화");
  g_assert_cmpstr (card->timing, ==, "임기내");
  g_assert_cmpstr (card->actor, ==, "김천시");
  g_assert_cmpstr (card->novelty, ==, "지속사업");
  g_assert_cmpstr (card->central_support, ==, "제도적 지원 필요");
  g_assert_cmpstr (card->budget_class, ==, "예산");
  g_assert_false (card->has_progress);
  g_assert_null (card->status);
  g_assert_cmpstr (card->lead_dept, ==, "미래혁신전략과");
  g_assert_cmpstr (card->collab_dept, ==, "-");
  g_assert_null (card->sector);
  g_assert_cmpuint (card->extra_fields->len, ==, 0);
}

static void
test_seed_persons (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  const char *expected[][3] = {
    { "과장", "윤상영", "6350" },
    { "담당", "황지훈", "6901" },
    { "담당자", "김기훈", "6902" },
  };

  g_assert_cmpuint (card->persons->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const GyPerson *person = g_ptr_array_index (card->persons, i);

      g_assert_cmpstr (person->role, ==, expected[i][0]);
      g_assert_cmpstr (person->name, ==, expected[i][1]);
      g_assert_cmpstr (person->phone, ==, expected[i][2]);
    }
}

static void
test_seed_overview (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  GPtrArray *lines = card->overview;
  const GyLine *budget;

  g_assert_cmpuint (lines->len, ==, 8);
  assert_line (lines, 0, 0, "사업목표", "4차 산업혁명 혁신역량 강화", GY_LINE_GOAL);
  g_assert_cmpstr (gy_card_goal (card), ==, "4차 산업혁명 혁신역량 강화");
  assert_line (lines, 1, 0, "사업기간", "2018. 7. ~ 2022. 6.", GY_LINE_PERIOD);
  assert_period (line_at (lines, 1), 2018, 7, 2022, 6);

  assert_line (lines, 2, 0, "소요예산", "10,932백만원(국비 8,080, 도비 837, 시비 1985, 기타 30)",
               GY_LINE_BUDGET);
  budget = line_at (lines, 2);
  g_assert_cmpint (budget->total, ==, 10932000);
  g_assert_cmpuint (budget->amounts->len, ==, 4);
  assert_amount (budget, 0, "국비", 8080000);
  assert_amount (budget, 1, "도비", 837000);
  assert_amount (budget, 2, "시비", 1985000);
  assert_amount (budget, 3, "기타", 30000);

  /* "- 주요내용" is a heading: the label, no text */
  assert_line (lines, 3, 0, "주요내용", "", GY_LINE_CONTENT);
  assert_line (lines, 4, 1, NULL, "중앙부처의 공모사업 발굴 및 미래형 첨단 신산업 발굴", GY_LINE_ITEM);
  assert_line (lines, 5, 1, NULL, "4차 산업혁명 핵심기술을 연계한 시범서비스 구축", GY_LINE_ITEM);
  assert_line (lines, 6, 1, NULL, "SW융합클러스터 2.0 사업", GY_LINE_ITEM);
  assert_line (lines, 7, 1, NULL, "지역 ICT이노베이션스퀘어 조성사업", GY_LINE_ITEM);
}

static void
test_seed_subprojects (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  GySubProject *sub;
  const GyLine *budget;

  g_assert_cmpuint (card->subprojects->len, ==, 4);

  sub = sub_at (card, 0);
  g_assert_cmpstr (sub->number, ==, "1");
  g_assert_cmpstr (sub->title, ==, "4차 산업혁명 대응 정부 R&D 과제 발굴 프로젝트 추진");
  g_assert_cmpuint (sub->lines->len, ==, 6);
  assert_period (line_at (sub->lines, 0), 2019, 12, 2020, 5);
  g_assert_cmpstr (line_at (sub->lines, 0)->text, ==, "2019. 12. ~ 2020. 5.(6개월간)");
  g_assert_cmpstr (gy_card_find_line (sub->lines, GY_LINE_ORGANISER)->text, ==,
                   "(사)경북기술협력재단");
  budget = line_at (sub->lines, 2);
  g_assert_cmpint (budget->role, ==, GY_LINE_BUDGET);
  g_assert_cmpint (budget->total, ==, 30000);
  g_assert_cmpuint (budget->amounts->len, ==, 1);
  assert_amount (budget, 0, "시비", GY_MONEY_ABSENT);
  assert_line (sub->lines, 3, 0, "사업내용", "", GY_LINE_CONTENT);
  assert_line (sub->lines, 5, 1, NULL, "공모사업 프로젝트 팀 구성 및 과제 기획", GY_LINE_ITEM);

  sub = sub_at (card, 1);
  g_assert_cmpstr (sub->number, ==, "2");
  g_assert_cmpstr (sub->title, ==, "지역산업연계 IT융합기술개발 지원사업");
  g_assert_cmpuint (sub->lines->len, ==, 6);
  assert_line (sub->lines, 0, 0, "과 제 명", "스마트 보행안전 및 방범시스템 개발 및 실증",
               GY_LINE_OTHER);
  assert_period (line_at (sub->lines, 1), 2018, 7, 2020, 6);
  assert_line (sub->lines, 2, 0, "사업수행", "한국전자통신연구원(ETRI) 대경권연구센터",
               GY_LINE_ORGANISER);

  sub = sub_at (card, 2);
  g_assert_cmpstr (sub->number, ==, "3");
  g_assert_cmpstr (sub->title, ==,
                   "SW융합클러스터 2.0 사업(광역자치단체 대상 과기정통부 공모사업 선정)");
  g_assert_cmpuint (sub->lines->len, ==, 10);
  assert_line (sub->lines, 0, 0, "사 업 명", "플랫폼 기반 미래형 모빌리티 서비스 상용화",
               GY_LINE_OTHER);
  assert_period (line_at (sub->lines, 1), 2020, 0, 2024, 0);
  budget = line_at (sub->lines, 2);
  g_assert_cmpstr (budget->label, ==, "총사업비");
  g_assert_cmpint (budget->total, ==, 13248000);
  g_assert_cmpuint (budget->amounts->len, ==, 2);
  assert_amount (budget, 0, "국비", 6624000);
  assert_amount (budget, 1, "지방비", 6624000);
  assert_line (sub->lines, 3, 1, "우리시 부담분", "396백만원 ※1차년도 100백만원(도비 40, 시비 60)",
               GY_LINE_OTHER);
  assert_line (sub->lines, 4, 0, "사업주체",
               "과기정통부, 경상북도, 김천, 포항, 구미, 경산, 경주, 영천, 칠곡", GY_LINE_OTHER);
  assert_line (sub->lines, 5, 0, "사업주관", "경북SW융합진흥센터", GY_LINE_ORGANISER);
  g_assert_true (gy_card_find_line (sub->lines, GY_LINE_ORGANISER) == line_at (sub->lines, 5));
  assert_line (sub->lines, 9, 1, NULL,
               "1톤트럭활용 캠핑레저카 및 푸드트럭 내외장(인테리어·익스테리어) 튜닝 시뮬레이션 "
               "플랫폼 개발", GY_LINE_ITEM);

  sub = sub_at (card, 3);
  g_assert_cmpstr (sub->number, ==, "4");
  g_assert_cmpstr (sub->title, ==, "지역 ICT이노베이션스퀘어 조성사업");
  g_assert_cmpuint (sub->lines->len, ==, 11);
  g_assert_cmpstr (line_at (sub->lines, 0)->label, ==, "기 간");
  assert_period (line_at (sub->lines, 0), 2020, 9, 2023, 12);
  assert_line (sub->lines, 1, 0, "위 치", "김천시 혁신로 303 지텍크리스탈파크(율곡동) 1층",
               GY_LINE_OTHER);
  assert_line (sub->lines, 2, 0, "규 모", "829㎡(251.2평, 임대 사용)", GY_LINE_OTHER);
  assert_line (sub->lines, 3, 0, "주관기관", "경북SW융합진흥센터", GY_LINE_ORGANISER);
  budget = line_at (sub->lines, 4);
  g_assert_cmpint (budget->total, ==, 9608000);
  g_assert_cmpuint (budget->amounts->len, ==, 3);
  assert_amount (budget, 0, "국비", 8000000);
  assert_amount (budget, 1, "도비", 450000);
  assert_amount (budget, 2, "시비", 1158000);
  assert_line (sub->lines, 5, 1, "2021년", "2,536백만원(국비 2,000, 도비 150, 시비 386)",
               GY_LINE_OTHER);
  /* a ※ note with a " : " inside stays an item */
  assert_line (sub->lines, 6, 1, NULL, "※ 2020년은 전액 국비(2,000백만원) 지원 : 리모델링, 장비 구입 등",
               GY_LINE_ITEM);
  assert_line (sub->lines, 7, 0, "내 용", "", GY_LINE_CONTENT);
  assert_line (sub->lines, 10, 1, NULL, "일정기간 무료로 창업 공간 및 컨설팅 제공", GY_LINE_ITEM);
}

static void
test_seed_yearly (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  const guint n_entries[] = { 10, 20, 19, 8, 8 };
  GyYearRow *row;
  int i;

  g_assert_cmpuint (card->years->len, ==, 5);
  for (guint k = 0; k < card->years->len; k++)
    {
      g_autofree char *label = g_strdup_printf ("%u", 2018 + k);

      row = year_at (card, k);
      g_assert_cmpint (row->year, ==, 2018 + (int) k);
      g_assert_cmpstr (row->label, ==, label);
      g_assert_cmpstr (row->remarks, ==, "");
      g_assert_cmpuint (row->entries->len, ==, n_entries[k]);
      for (guint j = 0; j < row->entries->len; j++)
        {
          const GyEntry *entry = g_ptr_array_index (row->entries, j);

          assert_no_markup (entry->text);
          g_assert_cmpstr (entry->text, !=, "");
        }
    }

  row = year_at (card, 0);
  assert_entry (row, 0, "-", "4차 산업혁명시대 공직리더의 혁신전략 특강");
  assert_entry (row, 1, "·", "일시/장소 : 2018. 9. 14.(금), 김천녹색미래과학관");
  assert_entry (row, 4, "-", "아이디어 공모전");
  assert_entry (row, 6, "·", "공모기간 : 2018. 10. 15.(월) ~ 11. 23.(금) 40일간");
  assert_entry (row, 9, "·", "스마트 과속방지 시스템 개발, 구축, 실증 및 테스트베드 구축");

  /* the row the page break cut: its second line is joined to it */
  row = year_at (card, 1);
  assert_entry (row, 0, "-", "스마트 소통넷 직원 교육");
  i = find_entry (row, "강의장소 : 김천대학교");
  g_assert_cmpint (i, ==, 5);
  assert_entry (row, 6, "·", "참여인원 : 9명 모집/7명 수료");
  assert_entry (row, 11, "·", "참석대상 : 실과소 8·9급 공무원 40여명");
  assert_entry (row, 19, "·", "보행자 행동인식 기능 개발 및 시험");

  row = year_at (card, 2);
  assert_entry (row, 0, "-", "4차 산업혁명 대응 정부 R&D 과제 발굴 프로젝트 (협업과제 1건 발굴, "
                "기타 연계과제 3건 선정)");
  i = find_entry (row, "경북ICT이노베이션스퀘어 구축");
  g_assert_cmpint (i, ==, 12);
  assert_entry (row, 12, "①", "경북ICT이노베이션스퀘어 구축");
  assert_entry (row, 13, "·", "교육용 PC, 테스트용 휴대폰·VR·태블릿, SW개발자용 노트북 등 구입");
  assert_entry (row, 18, "②", "인공지능 및 블록체인 교육 700여명 수료");

  row = year_at (card, 3);
  assert_entry (row, 4, "·", "온오프라인을 통한 인공지능·블록체인 교육 실시 (1,200여명 수료)");
  assert_entry (row, 7, "-", "중앙부처의 공모사업 발굴 및 미래형 첨단 신산업 발굴");

  row = year_at (card, 4);
  assert_entry (row, 0, "-", "SW융합클러스터 2.0 사업(3차년도)");
}

static void
test_seed_money (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);

  g_assert_cmpstr (card->term->name, ==, "민선7기");
  g_assert_cmpint (card->term->layout, ==, GY_TERM_LAYOUT_HALF);
  assert_columns (card->term, "2018H2 2019 2020 2021 2022H1");

  /* the five year values fill 2022 상반기 too; (C) stays blank */
  assert_money (card, -1, "계|10,932||10,932|1,345|1,325|2,630|2,816|2,816|");
  g_assert_cmpuint (card->money->len, ==, 5);
  assert_money (card, 0, "국비|8,080||8,080|900|800|2,100|2,140|2,140|");
  assert_money (card, 1, "도비|837||837|130|135|160|206|206|");
  assert_money (card, 2, "시비|1,985||1,985|315|360|370|470|470|");
  assert_money (card, 3, "민자|0||0||||||");
  assert_money (card, 4, "기타|30||30||30||||");

  g_assert_cmpint (card->money_sum->years[4], ==, 2816000);
  g_assert_cmpint (card->money_sum->after, ==, GY_MONEY_ABSENT);
  g_assert_cmpint (((GyMoneyRow *) g_ptr_array_index (card->money, 3))->total, ==, 0);
  g_assert_cmpint (((GyMoneyRow *) g_ptr_array_index (card->money, 3))->years[0], ==,
                   GY_MONEY_ABSENT);
  g_assert_cmpint (gy_card_total_cost (card), ==, 10932000);
}

static void
test_seed_problems (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  const GyProblem *problem;

  g_assert_cmpuint (card->problems->len, ==, 1);
  problem = g_ptr_array_index (card->problems, 0);
  g_assert_cmpstr (problem->text, ==, "4차 산업혁명에 대응하기 위한 첨단기술개발 등은 지방자치단체에서 "
                   "수행하기에 어려움이 있음. 부서 간 업무협약이 쉽지 않음.");
  g_assert_cmpuint (problem->responses->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (problem->responses, 0), ==,
                   "연구기관 및 기업과 연계·협업으로 정부 공모사업에 적극 참여");
  g_assert_cmpstr (g_ptr_array_index (problem->responses, 1), ==, "시 전체적인 회의 등을 통한 업무협약");
}

static void
test_seed_effects (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);

  g_assert_cmpuint (card->effects->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (card->effects, 0), ==,
                   "4차 산업혁명에 대응하기 위한 중점 추진과제 발굴 및 정부 공모사업 유치 발판 마련");
  g_assert_cmpstr (g_ptr_array_index (card->effects, 1), ==,
                   "R&D프로젝트 과제 및 기업혁신 생태계 구축에 대응");
}

/* A BOM and CRLF line ends change nothing. */
static void
test_seed_bom_crlf (void)
{
  g_autoptr(GyCard) plain = read_path (SEED, NULL);
  g_autoptr(GyCard) card = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *difference = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *crlf = NULL;
  g_autofree char *with_bom = NULL;

  g_assert_true (g_file_get_contents (SEED, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  crlf = g_strjoinv ("\r\n", lines);
  with_bom = g_strconcat ("\xef\xbb\xbf", crlf, NULL);

  card = gy_card_read (with_bom, -1, "seed.txt", NULL, &error);
  g_assert_no_error (error);
  if (!gy_card_equal (plain, card, &difference))
    g_error ("BOM/CRLF changed the card: %s", difference);
}

/* Terms the body knows: the one starting in the table's first year is taken, copied. */
static void
test_seed_terms (void)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GyCard) card = NULL;
  GyTerm *seventh;

  g_ptr_array_add (terms, gy_term_new_numbered (6, GY_TERM_LAYOUT_HALF));
  seventh = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  seventh->id = 77;
  g_ptr_array_add (terms, seventh);
  g_ptr_array_add (terms, gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF));

  card = read_path (SEED, terms);
  g_assert_true (card->term != seventh);
  g_assert_cmpint (card->term->id, ==, 77);
  g_assert_cmpstr (card->term->name, ==, "민선7기");

  /* an empty list is as good as none */
  g_ptr_array_set_size (terms, 0);
  g_clear_pointer (&card, gy_card_free);
  card = read_path (SEED, terms);
  g_assert_cmpint (card->term->id, ==, 0);
  g_assert_cmpstr (card->term->name, ==, "민선7기");
}

/* Other cards */

static void
test_district (void)
{
  g_autoptr(GyCard) card = read_fixture ("district.txt", NULL);
  const GyField *field;
  const GyPerson *person;
  const GyProblem *problem;
  GyYearRow *row;

  g_assert_cmpstr (card->number, ==, "2-4");
  g_assert_cmpstr (card->title, ==, "생활권 공원 녹지 확충");
  g_assert_true (card->has_progress);
  g_assert_cmpfloat (card->progress, ==, 75.0);
  g_assert_cmpstr (card->status, ==, "정상추진");
  g_assert_cmpstr (card->sector, ==, "푸른 환경도시");
  g_assert_cmpstr (card->collab_dept, ==, "도시계획과, 건설과");
  g_assert_cmpuint (card->extra_fields->len, ==, 1);
  field = g_ptr_array_index (card->extra_fields, 0);
  g_assert_cmpstr (field->label, ==, "공약유형");
  g_assert_cmpstr (field->value, ==, "지역공약");

  g_assert_cmpuint (card->persons->len, ==, 3);
  person = g_ptr_array_index (card->persons, 1);
  g_assert_cmpstr (person->role, ==, "팀장");
  g_assert_cmpstr (person->phone, ==, "2305, 2306");
  person = g_ptr_array_index (card->persons, 2);
  g_assert_cmpstr (person->role, ==, "");
  g_assert_cmpstr (person->name, ==, "박지훈");
  g_assert_cmpstr (person->phone, ==, "");

  g_assert_cmpint (line_at (card->overview, 2)->total, ==, 2700500);
  assert_amount (line_at (card->overview, 2), 2, "구비", 900500);
  assert_line (card->overview, 5, 1, "도시숲 조성", "2개소", GY_LINE_OTHER);
  assert_line (card->overview, 6, 1, "가로수 정비", "5.2km", GY_LINE_OTHER);
  /* not a content label: an item, not a heading */
  assert_line (sub_at (card, 0)->lines, 3, 0, NULL, "추진내용", GY_LINE_ITEM);
  g_assert_cmpstr (gy_card_find_line (sub_at (card, 1)->lines, GY_LINE_ORGANISER)->text, ==,
                   "새빛구 시설관리공단");

  g_assert_cmpuint (card->years->len, ==, 5);
  row = year_at (card, 0);
  g_assert_cmpint (row->year, ==, 2018);
  g_assert_cmpstr (row->label, ==, "2018(하반기)");
  g_assert_cmpstr (row->remarks, ==, "구비");
  g_assert_cmpuint (row->entries->len, ==, 3);
  assert_entry (row, 1, "·", "주민설명회 개최(2회)");
  assert_entry (row, 2, "·", "타당성 검토");
  row = year_at (card, 1);
  assert_entry (row, 0, "-", "실시설계 & 보상");
  assert_entry (row, 1, "①", "토지보상 12필지");
  assert_entry (row, 2, "②", "지장물 이전");
  row = year_at (card, 4);
  g_assert_cmpint (row->year, ==, 2022);
  g_assert_cmpstr (row->label, ==, "2022(상반기)");

  g_assert_cmpstr (card->term->name, ==, "민선7기");
  assert_money (card, -1, "계|2,700.5|100|2,200.5|150|450|600.5|600|400|400");
  g_assert_cmpuint (card->money->len, ==, 3);
  assert_money (card, 0, "국비|1,200||1,000||200|300|300|200|200");
  assert_money (card, 1, "시비|600|100|400|50|100|100|100|50|100");
  assert_money (card, 2, "구비|900.5||800.5|100|150|200.5|200|150|100");

  g_assert_cmpuint (card->problems->len, ==, 2);
  problem = g_ptr_array_index (card->problems, 0);
  g_assert_cmpstr (problem->text, ==, "토지보상 지연 우려");
  g_assert_cmpuint (problem->responses->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problem->responses, 0), ==, "감정평가 조기 착수 및 주민 협의 강화");
  g_assert_cmpuint (card->effects->len, ==, 1);
}

/* A body that shows whole calendar years passes its term in. */
static void
test_whole_year_term (void)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GyCard) card = NULL;
  g_autoptr(GyCard) plain = NULL;
  g_autofree char *after = NULL;

  g_ptr_array_add (terms, gy_term_new_numbered (7, GY_TERM_LAYOUT_WHOLE));
  card = read_fixture ("whole-year.txt", terms);
  g_assert_cmpint (card->term->layout, ==, GY_TERM_LAYOUT_WHOLE);
  assert_columns (card->term, "2018 2019 2020 2021 2022");
  after = gy_term_after_label (card->term);
  g_assert_cmpstr (after, ==, "2023 이후");
  g_assert_true (card->has_progress);
  g_assert_cmpfloat (card->progress, ==, 100.0);
  assert_money (card, -1, "계|1,000|50|950|190|190|190|190|190|");
  assert_money (card, 2, "시비|350|50|300|60|60|60|60|60|");

  /* Without the body's term the header tells: 2022 is a plain column, so whole years. */
  plain = read_fixture ("whole-year.txt", NULL);
  g_assert_cmpint (plain->term->layout, ==, GY_TERM_LAYOUT_WHOLE);
  g_assert_null (plain->term->after_label);
  assert_columns (plain->term, "2018 2019 2020 2021 2022");
  assert_money (plain, -1, "계|1,000|50|950|190|190|190|190|190|");
}

static void
assert_term (const GyCard *card,
             const char   *name,
             GyTermLayout  layout,
             const char   *after_label,
             const char   *keys)
{
  g_autofree char *after = gy_term_after_label (card->term);

  g_assert_cmpstr (card->term->name, ==, name);
  g_assert_cmpint (card->term->layout, ==, layout);
  g_assert_cmpstr (card->term->after_label, ==, after_label);
  if (after_label != NULL)
    g_assert_cmpstr (after, ==, after_label);
  assert_columns (card->term, keys);
}

/* Whole years or half years, and the name of (C), as the money table's header writes them;
 * the body's term gives only what the header does not say. */
static void
test_layout_learnt (void)
{
  g_autoptr(GPtrArray) half = city_terms ();
  g_autoptr(GPtrArray) whole = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GyCard) card = NULL;
  GyTerm *eighth;

  /* a 구 of 민선8기 in whole years, (C) named 임기후: against a new file's half-year terms */
  eighth = g_ptr_array_index (half, 1);
  eighth->id = 8;
  card = read_fixture ("district-whole.txt", half);
  assert_term (card, "민선8기", GY_TERM_LAYOUT_WHOLE, "임기후", "2022 2023 2024 2025 2026");
  g_assert_cmpint (card->term->id, ==, 8);
  assert_money (card, -1, "계|2,700.5|100|2,200.5|150|450|600.5|600|400|400");
  assert_money (card, 2, "구비|900.5||800.5|100|150|200.5|200|150|100");
  g_clear_pointer (&card, gy_card_free);
  card = read_fixture ("district-whole.txt", NULL);
  assert_term (card, "민선8기", GY_TERM_LAYOUT_WHOLE, "임기후", "2022 2023 2024 2025 2026");
  g_clear_pointer (&card, gy_card_free);

  /* "2018 하반기" … "2022 상반기": half years, whatever the body's term says */
  g_ptr_array_add (whole, gy_term_new_numbered (7, GY_TERM_LAYOUT_WHOLE));
  g_ptr_array_add (whole, gy_term_new_numbered (8, GY_TERM_LAYOUT_WHOLE));
  card = read_fixture ("district.txt", whole);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_HALF, "임기후", "2018H2 2019 2020 2021 2022H1");
  g_clear_pointer (&card, gy_card_free);
  /* "2018(하반기)", and (C) named as the term would: nothing to keep */
  card = read_fixture ("wrong-sums.txt", whole);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_HALF, NULL, "2018H2 2019 2020 2021 2022H1");
  g_clear_pointer (&card, gy_card_free);
  card = read_fixture ("term8.txt", whole);
  assert_term (card, "민선8기", GY_TERM_LAYOUT_HALF, NULL, "2022H2 2023 2024 2025 2026H1");
  g_clear_pointer (&card, gy_card_free);

  /* The seed: plain 2018 … 2021, its 2022 (상반기) lost, (C) "2022 하반기 이후": half years,
   * and the five values still fill 2018 하반기 … 2022 상반기 by the sums. */
  card = read_path (SEED, whole);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_HALF, NULL, "2018H2 2019 2020 2021 2022H1");
  assert_money (card, -1, "계|10,932||10,932|1,345|1,325|2,630|2,816|2,816|");
  assert_money (card, 0, "국비|8,080||8,080|900|800|2,100|2,140|2,140|");
  g_clear_pointer (&card, gy_card_free);

  /* 2018 … 2021 and 임기후: a plain first year alone says nothing (the seed writes its
   * 2018 하반기 so): the body's term decides, the header's years place the cells. */
  card = read_fixture ("header-years.txt", whole);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_WHOLE, "임기후", "2018 2019 2020 2021 2022");
  assert_money (card, -1, "계|1,500||1,000|100|300|300|300||500");
  g_clear_pointer (&card, gy_card_free);
  card = read_fixture ("header-years.txt", half);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_HALF, "임기후", "2018H2 2019 2020 2021 2022H1");
  g_clear_pointer (&card, gy_card_free);

  /* only the last column names its half */
  card = read_text ("□ 연차별 투자수요\n"
                    "재원별\t총사업비\t기투자\t소계\t2018\t2019\t2020\t2021\t2022 상반기\t"
                    "임기후 (C)\n"
                    "국비\t50\t\t50\t10\t10\t10\t10\t10\t\n", whole);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_HALF, "임기후", "2018H2 2019 2020 2021 2022H1");
  g_clear_pointer (&card, gy_card_free);

  /* (C) starting the year after the term: whole years, even with the last column lost */
  card = read_text ("□ 연차별 투자수요\n"
                    "재원별\t총사업비\t기투자\t소계\t2018\t2019\t2020\t2021\t2023 이후 (C)\n"
                    "국비\t50\t\t50\t10\t10\t10\t10\t10\t\n", half);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_WHOLE, NULL, "2018 2019 2020 2021 2022");
  assert_money (card, 0, "국비|50||50|10|10|10|10|10|");
}

/* A header that names no (C) keeps the body's name for it; one that names it as the term
 * would drops it. */
static void
test_after_label_kept (void)
{
  g_autoptr(GPtrArray) terms = city_terms ();
  g_autoptr(GyCard) card = NULL;
  GyTerm *seventh = g_ptr_array_index (terms, 0);

  gy_term_set_after_label (seventh, "임기후");
  g_assert_cmpstr (seventh->after_label, ==, "임기후");
  card = read_text ("□ 연차별 실적/계획\n2019\t- 착수\t\n", terms);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_HALF, "임기후", "2018H2 2019 2020 2021 2022H1");
  g_clear_pointer (&card, gy_card_free);

  card = read_text ("□ 연차별 투자수요\n"
                    "재원별\t총사업비\t기투자\t소계\t2018 하반기\t2019\t2020\t2021\t2022 상반기"
                    "\t2022 하반기 이후 (C)\n"
                    "국비\t50\t\t50\t10\t10\t10\t10\t10\t\n", terms);
  assert_term (card, "민선7기", GY_TERM_LAYOUT_HALF, NULL, "2018H2 2019 2020 2021 2022H1");
  g_clear_pointer (&card, gy_card_free);

  /* spaces aside, the derived name is no name of its own */
  card = read_text ("□ 연차별 투자수요\n"
                    "재원별\t총사업비\t기투자\t소계\t2018(하반기)\t2019\t2020\t2021\t2022(상반기)"
                    "\t2022하반기 이후(C)\n"
                    "국비\t50\t\t50\t10\t10\t10\t10\t10\t\n", terms);
  g_assert_null (card->term->after_label);
}

static void
test_term8 (void)
{
  g_autoptr(GyCard) card = read_fixture ("term8.txt", NULL);
  const GyPerson *person;

  g_assert_cmpstr (card->number, ==, "");
  g_assert_cmpstr (card->title, ==, "스마트 버스정류장 확대");
  g_assert_cmpstr (gy_card_goal (card), ==, "시민이 편한 스마트 정류장 100개소");
  g_assert_true (card->has_progress);
  g_assert_cmpfloat (card->progress, ==, 77.7);
  g_assert_cmpuint (card->persons->len, ==, 1);
  person = g_ptr_array_index (card->persons, 0);
  g_assert_cmpstr (person->role, ==, "주무관");
  g_assert_cmpstr (person->name, ==, "최유진");

  g_assert_cmpstr (card->term->name, ==, "민선8기");
  assert_columns (card->term, "2022H2 2023 2024 2025 2026H1");
  g_assert_cmpint (year_at (card, 0)->year, ==, 2022);
  g_assert_cmpint (year_at (card, 4)->year, ==, 2026);

  /* a table in 천원, its 합계 row last */
  g_assert_nonnull (card->money_sum);
  g_assert_cmpstr (card->money_sum->source, ==, "합계");
  assert_money (card, -1, "합계|2,000.5|200|1,600.5|250|400.5|400|350|200|200");
  g_assert_cmpuint (card->money->len, ==, 3);
  assert_money (card, 0, "국비|1,000||800|100|200|200|200|100|200");
  assert_money (card, 1, "도비|300||300|50|100|100|50||");
  assert_money (card, 2, "시비|700.5|200|500.5|100|100.5|100|100|100|0");
  g_assert_cmpint (((GyMoneyRow *) g_ptr_array_index (card->money, 2))->years[1], ==, 100500);

  g_assert_cmpuint (card->subprojects->len, ==, 0);
  g_assert_cmpuint (card->problems->len, ==, 0);
  g_assert_cmpuint (card->effects->len, ==, 2);
}

/* The reader reads; the checks judge. Wrong sums are kept as written. */
static void
test_wrong_sums (void)
{
  g_autoptr(GyCard) card = read_fixture ("wrong-sums.txt", NULL);

  g_assert_cmpstr (card->term->name, ==, "민선7기");
  assert_money (card, -1, "계|1,000||900|100|200|300|200|50|");
  assert_money (card, 0, "국비|700||700|100|200|200|200||");
  assert_money (card, 1, "시비|300||200|||100||50|");
  assert_money (card, 2, "민자|||||||||");
  g_assert_cmpint (line_at (card->overview, 2)->total, ==, 1200000);
}

/* When the header's own years make the rows add up, they win over the term's columns. */
static void
test_header_years (void)
{
  g_autoptr(GyCard) card = read_fixture ("header-years.txt", NULL);

  g_assert_cmpstr (card->term->name, ==, "민선7기");
  assert_money (card, -1, "계|1,500||1,000|100|300|300|300||500");
  assert_money (card, 0, "국비|1,000||700|100|200|200|200||300");
  assert_money (card, 1, "시비|500||300||100|100|100||200");
}

static void
test_term_fallbacks (void)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GyCard) card = NULL;
  GDate start, end;

  /* the yearly rows' first year, when it starts no regular term */
  card = read_text ("□ 연차별 실적/계획\n연도별\t주요사업내용\t비고\n2019\t- 착수\t\n2020\t- 완료\t\n",
                    NULL);
  g_assert_cmpstr (card->term->name, ==, "2019–2023");
  assert_columns (card->term, "2019H2 2020 2021 2022 2023H1");
  g_clear_pointer (&card, gy_card_free);

  /* a term of the body that starts that year */
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2019);
  g_date_set_dmy (&end, 31, G_DATE_DECEMBER, 2020);
  g_ptr_array_add (terms, gy_term_new ("시범기간", &start, &end, GY_TERM_LAYOUT_WHOLE));
  card = read_text ("□ 연차별 실적/계획\n2019\t- 착수\t\n", terms);
  g_assert_cmpstr (card->term->name, ==, "시범기간");
  g_clear_pointer (&card, gy_card_free);

  /* the overview's 사업기간 */
  card = read_text ("□ 사업개요\n- 사업기간 : 2022. 7. ~ 2026. 6.\n", NULL);
  g_assert_cmpstr (card->term->name, ==, "민선8기");
  g_clear_pointer (&card, gy_card_free);

  /* no year at all: the body's latest term */
  card = read_text ("□ 기대효과\n- 효과\n", terms);
  g_assert_cmpstr (card->term->name, ==, "시범기간");
  g_clear_pointer (&card, gy_card_free);

  /* a pledge started mid-term: the term whose columns hold its first year */
  g_ptr_array_add (terms, gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF));
  card = read_text ("□ 연차별 실적/계획\n2021\t- 착수\t\n", terms);
  g_assert_cmpstr (card->term->name, ==, "민선7기");
}

/* What makes a label, an item or a heading in 사업개요. */
static void
test_list_lines (void)
{
  g_autoptr(GPtrArray) terms = city_terms ();
  g_autoptr(GyCard) card = NULL;

  card = read_text ("□ 사업개요\n"
                    "- 사업목표 : 목표\n"
                    "- 사업목표와 관련된 아주 긴 설명 문장입니다 : 이것은 항목\n"
                    "- ※ 참고 : 항목\n"
                    "- 비고 :\n"
                    "- 추진근거: 조례 제12조\n"
                    "- 내 용\n"
                    "  - 주요내용\n"
                    "\u3000· 세부 : 값\n"
                    "\t- 탭 들여쓰기\n",
                    terms);
  g_assert_cmpuint (card->overview->len, ==, 9);
  assert_line (card->overview, 0, 0, "사업목표", "목표", GY_LINE_GOAL);
  assert_line (card->overview, 1, 0, NULL, "사업목표와 관련된 아주 긴 설명 문장입니다 : 이것은 항목",
               GY_LINE_ITEM);
  assert_line (card->overview, 2, 0, NULL, "※ 참고 : 항목", GY_LINE_ITEM);
  assert_line (card->overview, 3, 0, "비고", "", GY_LINE_OTHER);
  assert_line (card->overview, 4, 0, "추진근거", "조례 제12조", GY_LINE_OTHER);
  assert_line (card->overview, 5, 0, "내 용", "", GY_LINE_CONTENT);
  /* only a level-0 line is a heading */
  assert_line (card->overview, 6, 1, NULL, "주요내용", GY_LINE_ITEM);
  assert_line (card->overview, 7, 1, "세부", "값", GY_LINE_OTHER);
  assert_line (card->overview, 8, 1, NULL, "탭 들여쓰기", GY_LINE_ITEM);
  g_assert_cmpstr (card->title, ==, "목표");
  /* no year anywhere: the body's latest term */
  g_assert_cmpstr (card->term->name, ==, "민선8기");
}

/* Where an entry of the yearly table starts, and what the HTML left behind. */
static void
test_entries (void)
{
  g_autoptr(GyCard) card = NULL;
  GyYearRow *row;

  card = read_text ("□ 연차별 실적/계획\n"
                    "2019\t기본계획 수립 - 착공 · 8·9급 교육 ①설계 ② 보상 ○ 점검 &lt;참고&gt; R&D "
                    "&nbsp; &#51032;견 <li>끝 -\t<b>비고</b> &amp; 메모\n"
                    "\n"
                    "\t</ul>· 이어짐&#x21;\t추가\n",
                    NULL);
  row = year_at (card, 0);
  g_assert_cmpuint (row->entries->len, ==, 7);
  assert_entry (row, 0, "", "기본계획 수립");
  assert_entry (row, 1, "-", "착공");
  assert_entry (row, 2, "·", "8·9급 교육");
  assert_entry (row, 3, "①", "설계");
  assert_entry (row, 4, "②", "보상");
  /* "<li>" is markup, not a marker; the lone "-" before "·" carries nothing */
  assert_entry (row, 5, "○", "점검 <참고> R&D 의견 끝");
  assert_entry (row, 6, "·", "이어짐!");
  g_assert_cmpstr (row->remarks, ==, "비고 & 메모 추가");
}

static void
test_entries_boundaries (void)
{
  g_autoptr(GyCard) card = NULL;
  GyYearRow *row;

  /* a marker stands between spaces; two in a row leave no empty entry */
  card = read_text ("□ 연차별 실적/계획\n2020\t- 하나 -둘 셋- 넷 · · 다섯\t\n", NULL);
  row = year_at (card, 0);
  g_assert_cmpuint (row->entries->len, ==, 2);
  assert_entry (row, 0, "-", "하나 -둘 셋- 넷");
  assert_entry (row, 1, "·", "다섯");
}

static void
test_achievements_unnumbered (void)
{
  g_autoptr(GPtrArray) terms = city_terms ();
  g_autoptr(GyCard) card = read_text ("□ 추진실적\n"
                                      "- 2019. 3. 기본계획 수립\n"
                                      "- 2020. 5. 착공\n"
                                      "\n"
                                      "2) 후속 사업\n"
                                      "- 사업기간 : 2021. ~ 2022.\n",
                                      terms);
  GySubProject *sub;

  g_assert_cmpuint (card->subprojects->len, ==, 2);
  sub = sub_at (card, 0);
  g_assert_cmpstr (sub->number, ==, "");
  g_assert_cmpstr (sub->title, ==, "");
  g_assert_cmpuint (sub->lines->len, ==, 2);
  sub = sub_at (card, 1);
  g_assert_cmpstr (sub->number, ==, "2");
  g_assert_cmpstr (sub->title, ==, "후속 사업");
  assert_period (line_at (sub->lines, 0), 2021, 0, 2022, 0);
}

static void
test_title_line (void)
{
  struct { const char *line; const char *number; const char *title; } cases[] = {
    { "2-4. 공약명", "2-4", "공약명" },
    { "7-1) 도시재생 뉴딜", "7-1", "도시재생 뉴딜" },
    { "12-3 청년 일자리", "12-3", "청년 일자리" },
    { "3. 공원 조성", "3", "공원 조성" },
    { "2030 탄소중립 도시", "", "2030 탄소중립 도시" },
    { "청년 창업 지원", "", "청년 창업 지원" },
    { "2-4.", "2-4", "목표" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("\n%s\n임기구분\t임기내\n□ 사업개요\n"
                                               "- 사업목표 : 목표\n"
                                               "- 사업기간 : 2018. 7. ~ 2022. 6.\n",
                                               cases[i].line);
      g_autoptr(GyCard) card = read_text (text, NULL);

      g_assert_cmpstr (card->number, ==, cases[i].number);
      g_assert_cmpstr (card->title, ==, cases[i].title);
      g_assert_cmpstr (card->timing, ==, "임기내");
    }
}

static void
test_header_fields (void)
{
  g_autoptr(GPtrArray) terms = city_terms ();
  g_autoptr(GyCard) card = read_text ("공약 실명제\t담당 홍길동(1234)\t임기 구분\t임기내\n"
                                      "진도율\t\t사업이행도\t50\n"
                                      "신규여부\t신규\t\t\n"
                                      "임기구분\t임기후\n"
                                      "□ 기대효과\n- 효과\n",
                                      terms);
  const GyField *field;

  g_assert_cmpstr (card->timing, ==, "임기내");
  g_assert_cmpuint (card->persons->len, ==, 1);
  g_assert_false (card->has_progress);
  g_assert_cmpstr (card->novelty, ==, "신규");
  /* a label said again is kept, not lost */
  g_assert_cmpuint (card->extra_fields->len, ==, 2);
  field = g_ptr_array_index (card->extra_fields, 0);
  g_assert_cmpstr (field->label, ==, "사업이행도");
  g_assert_cmpstr (field->value, ==, "50");
  field = g_ptr_array_index (card->extra_fields, 1);
  g_assert_cmpstr (field->label, ==, "임기구분");
  g_assert_cmpstr (field->value, ==, "임기후");
}

/* Bad input */

static const struct {
  const char        *file;
  GyCardReaderError  code;
  guint              line;
  const char        *fragment;
} bad_cards[] = {
  { "achievement-date.txt", GY_CARD_READER_ERROR_SYNTAX, 7,
    "“2019. 3. 착공” in □ 추진실적 is neither a sub-project" },
  { "bad-progress.txt", GY_CARD_READER_ERROR_SYNTAX, 3,
    "“절반” in 사업이행도(진도율) is not a percentage" },
  { "bad-unit.txt", GY_CARD_READER_ERROR_MONEY, 5, "the unit in “(단위: 달러)”" },
  { "binary.bin", GY_CARD_READER_ERROR_ENCODING, 3, "a NUL byte at byte 5 of the line" },
  { "blank.txt", GY_CARD_READER_ERROR_EMPTY, 4, "only blank lines" },
  { "duplicate-section.txt", GY_CARD_READER_ERROR_SYNTAX, 8,
    "a second “□ 기대효과” section (expected each section once; the first is on line 3)" },
  { "effect-stray-line.txt", GY_CARD_READER_ERROR_SYNTAX, 6, "“그리고 또 효과” in □ 기대효과" },
  { "empty.txt", GY_CARD_READER_ERROR_EMPTY, 1, "the file is empty" },
  /* UTF-8 lines, then a CP949 one: the file is valid in neither */
  { "euc-kr.txt", GY_CARD_READER_ERROR_ENCODING, 5,
    "byte 3 of the line is valid neither in UTF-8 nor in CP949" },
  { "finer-than-thousand.txt", GY_CARD_READER_ERROR_MONEY, 9,
    "in the 국비 row, “8,080.0005” is finer than 1천원" },
  { "header-without-label.txt", GY_CARD_READER_ERROR_SYNTAX, 2,
    "the header value “김천시” has no label" },
  { "letter-in-number.txt", GY_CARD_READER_ERROR_MONEY, 10,
    "“8,O80” in the 국비 row is not an amount (expected digits such as 10,932 or 920.5)" },
  { "money-stray-text.txt", GY_CARD_READER_ERROR_MONEY, 9,
    "“국비 8,080” in □ 연차별 투자수요 is not a table row" },
  { "no-rows.txt", GY_CARD_READER_ERROR_MONEY, 8,
    "the 연차별 투자수요 table has a header but no rows" },
  { "no-sections.txt", GY_CARD_READER_ERROR_SYNTAX, 1, "no □ section anywhere in the file" },
  { "no-year.txt", GY_CARD_READER_ERROR_SYNTAX, 1, "no year anywhere to tell the card's term" },
  { "overview-stray-line.txt", GY_CARD_READER_ERROR_SYNTAX, 6,
    "“사업기간 2018~2022” in □ 사업개요 is not a list line" },
  { "progress-over-100.txt", GY_CARD_READER_ERROR_SYNTAX, 2, "“120%” in 진도율 is not a percentage" },
  { "response-first.txt", GY_CARD_READER_ERROR_SYNTAX, 5,
    "the response “⇒ 업무협약 추진” comes before any problem" },
  { "stops-at-subtotal.txt", GY_CARD_READER_ERROR_MONEY, 10,
    "the 국비 row stops at its 소계 of 8,080" },
  { "stops-before-subtotal.txt", GY_CARD_READER_ERROR_MONEY, 9,
    "the 시비 row ends before its 소계 column" },
  { "stray-before-sections.txt", GY_CARD_READER_ERROR_SYNTAX, 3,
    "“주관부서는 미래혁신전략과” is neither a header row nor a section" },
  { "too-many-values.txt", GY_CARD_READER_ERROR_MONEY, 9,
    "the 계 row has 12 cells, more than 민선7기 can hold (expected at most 9" },
  { "unknown-section.txt", GY_CARD_READER_ERROR_SYNTAX, 7, "unknown section “□ 추진계획”" },
  /* read as UTF-16 now: what it holds is too little to be a card */
  { "utf16.txt", GY_CARD_READER_ERROR_SYNTAX, 1, "no year anywhere to tell the card's term" },
  { "yearly-fourth-cell.txt", GY_CARD_READER_ERROR_SYNTAX, 5, "a fourth cell “담당자 메모”" },
  { "yearly-no-tab.txt", GY_CARD_READER_ERROR_SYNTAX, 5,
    "“2018 - 특강” in □ 연차별 실적/계획 is not a table row" },
  { "yearly-not-a-year.txt", GY_CARD_READER_ERROR_SYNTAX, 7, "“내년” in □ 연차별 실적/계획 is not a year" },
  { "yearly-orphan-continuation.txt", GY_CARD_READER_ERROR_SYNTAX, 5,
    "continues a yearly row, but no row came before it" },
};

static void
assert_error (const GError      *error,
              GyCardReaderError  code,
              const char        *file,
              guint              line,
              const char        *fragment)
{
  g_autofree char *prefix = g_strdup_printf ("%s:%u: ", file, line);

  g_assert_error (error, GY_CARD_READER_ERROR, (int) code);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, fragment) == NULL)
    g_error ("%s: message “%s” lacks “%s” or “%s”", file, error->message, prefix, fragment);
}

static void
test_bad_corpus (void)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) dir_error = NULL;
  const char *name;
  guint n_files = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad_cards); i++)
    {
      g_autofree char *path = g_build_filename (CARDS, "bad", bad_cards[i].file, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) memory_error = NULL;
      GyCard *card;
      gsize length;

      card = gy_card_read_file (path, NULL, &error);
      g_assert_null (card);
      assert_error (error, bad_cards[i].code, bad_cards[i].file, bad_cards[i].line,
                    bad_cards[i].fragment);

      /* the same from memory, under the name given */
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      card = gy_card_read (contents, length, bad_cards[i].file, NULL, &memory_error);
      g_assert_null (card);
      g_assert_cmpstr (memory_error->message, ==, error->message);
    }

  /* every file of the corpus has its expectation */
  dir = g_dir_open (CARDS "/bad", 0, &dir_error);
  g_assert_no_error (dir_error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_cards); i++)
        known = known || strcmp (bad_cards[i].file, name) == 0;
      if (!known)
        g_error ("%s/bad/%s has no expected error", CARDS, name);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (bad_cards));
}

/* A card of exactly the limit reads; one byte more is refused, naming the line it passes on. */
static void
test_too_large (void)
{
  g_autoptr(GPtrArray) terms = city_terms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) memory_error = NULL;
  g_autoptr(GyCard) card = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *size = NULL;
  const char *first = "□ 기대효과\n";  /* 17 bytes, then lines of 100 bytes */
  const gsize big = 10 * 1024 * 1024;
  GString *text = g_string_new (first);
  guint expected_line;

  while (text->len + 100 <= big)
    {
      g_string_append (text, "- ");
      for (guint i = 0; i < 97; i++)
        g_string_append_c (text, 'a');
      g_string_append_c (text, '\n');
    }
  /* the line holding byte GY_CARD_READER_MAX_SIZE, the first one too many */
  expected_line = 2 + (GY_CARD_READER_MAX_SIZE - strlen (first)) / 100;

  dir = g_dir_make_tmp ("gongyak-card-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.txt", NULL);
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);

  card = gy_card_read_file (path, NULL, &error);
  g_assert_null (card);
  assert_error (error, GY_CARD_READER_ERROR_TOO_LARGE, "huge.txt", expected_line,
                "the file passes 4 MB on this line");
  size = g_strdup_printf ("holds %" G_GSIZE_FORMAT " bytes", text->len);
  g_assert_nonnull (strstr (error->message, size));

  card = gy_card_read (text->str, text->len, "huge.txt", NULL, &memory_error);
  g_assert_null (card);
  g_assert_cmpstr (memory_error->message, ==, error->message);

  /* exactly at the limit: the last line is padded to fill it */
  g_string_truncate (text, GY_CARD_READER_MAX_SIZE);
  while (text->str[text->len - 1] != '\n')
    g_string_truncate (text, text->len - 1);
  g_string_truncate (text, text->len - 1);
  g_string_append (text, " ");
  while (text->len < GY_CARD_READER_MAX_SIZE - 1)
    g_string_append_c (text, 'b');
  g_string_append_c (text, '\n');
  g_assert_cmpuint (text->len, ==, GY_CARD_READER_MAX_SIZE);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  card = read_path (path, terms);
  g_assert_cmpuint (card->effects->len, ==, (GY_CARD_READER_MAX_SIZE - strlen (first)) / 100);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_string_free (text, TRUE);
}

static void
test_io (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-card-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  GyCard *card;

  g_assert_no_error (error);
  card = gy_card_read_file (missing, NULL, &error);
  g_assert_null (card);
  g_assert_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "missing.txt: cannot be read"));
  g_clear_error (&error);

  card = gy_card_read_file (dir, NULL, &error);
  g_assert_null (card);
  g_assert_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_IO);
  g_clear_error (&error);

  /* pasted text has no file name */
  card = gy_card_read ("□ 사업개요\n사업목표\n", -1, NULL, NULL, &error);
  g_assert_null (card);
  assert_error (error, GY_CARD_READER_ERROR_SYNTAX, "(card)", 2, "is not a list line");

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The real card saved as HWP and Excel save text: each encoding gives the same card, and says
 * which it was. */
static void
test_encodings (void)
{
  static const struct {
    const char     *charset;  /* NULL: UTF-8 */
    const char     *bom;
    gsize           bom_length;
    GyTextEncoding  expected;
  } cases[] = {
    { NULL, "\xef\xbb\xbf", 3, GY_TEXT_UTF8 },
    { "CP949", "", 0, GY_TEXT_CP949 },
    { "UTF-16LE", "\xff\xfe", 2, GY_TEXT_UTF16LE },
    { "UTF-16BE", "\xfe\xff", 2, GY_TEXT_UTF16BE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) seed = gy_card_read_file (SEED, NULL, &error);
  g_autofree char *contents = NULL;
  g_autoptr(GString) crlf = g_string_new (NULL);
  gsize length;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (SEED, &contents, &length, NULL));
  for (gsize i = 0; i < length; i++)
    {
      if (contents[i] == '\n' && (i == 0 || contents[i - 1] != '\r'))
        g_string_append_c (crlf, '\r');
      g_string_append_c (crlf, contents[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *converted = NULL;
      g_autofree char *difference = NULL;
      g_autoptr(GString) file = g_string_new_len (cases[i].bom, cases[i].bom_length);
      g_autoptr(GyCard) card = NULL;
      GyTextEncoding encoding = 99;
      gsize n = crlf->len;

      if (cases[i].charset != NULL)
        {
          converted = g_convert (crlf->str, crlf->len, cases[i].charset, "UTF-8", NULL, &n,
                                 &error);
          g_assert_no_error (error);
          g_string_append_len (file, converted, n);
        }
      else
        g_string_append_len (file, crlf->str, crlf->len);

      card = gy_card_read_full (file->str, file->len, "seed.txt", NULL, &encoding, &error);
      g_assert_no_error (error);
      g_assert_cmpint (encoding, ==, cases[i].expected);
      if (!gy_card_equal (seed, card, &difference))
        g_error ("%s: %s", gy_text_encoding_name (cases[i].expected), difference);
    }
}

/* UTF-16 that breaks off mid-character is refused, naming the byte. */
static void
test_bad_utf16 (void)
{
  g_autoptr(GError) error = NULL;
  /* BOM, "임기" and a lone high surrogate */
  const char bytes[] = "\xff\xfe\x84\xc7\x30\xae\x00\xd8";
  GyCard *card = gy_card_read_full (bytes, sizeof bytes - 1, "utf16.txt", NULL, NULL, &error);

  g_assert_null (card);
  g_assert_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "utf16.txt: byte 7 is not valid UTF-16LE text"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/card-reader/encodings", test_encodings);
  g_test_add_func ("/card-reader/encodings/bad-utf16", test_bad_utf16);
  g_test_add_func ("/card-reader/seed/header", test_seed_header);
  g_test_add_func ("/card-reader/seed/persons", test_seed_persons);
  g_test_add_func ("/card-reader/seed/overview", test_seed_overview);
  g_test_add_func ("/card-reader/seed/subprojects", test_seed_subprojects);
  g_test_add_func ("/card-reader/seed/yearly", test_seed_yearly);
  g_test_add_func ("/card-reader/seed/money-table", test_seed_money);
  g_test_add_func ("/card-reader/seed/problems", test_seed_problems);
  g_test_add_func ("/card-reader/seed/effects", test_seed_effects);
  g_test_add_func ("/card-reader/seed/bom-crlf", test_seed_bom_crlf);
  g_test_add_func ("/card-reader/seed/terms", test_seed_terms);
  g_test_add_func ("/card-reader/district", test_district);
  g_test_add_func ("/card-reader/whole-year-term", test_whole_year_term);
  g_test_add_func ("/card-reader/layout-learnt", test_layout_learnt);
  g_test_add_func ("/card-reader/after-label-kept", test_after_label_kept);
  g_test_add_func ("/card-reader/term8", test_term8);
  g_test_add_func ("/card-reader/wrong-sums", test_wrong_sums);
  g_test_add_func ("/card-reader/header-years", test_header_years);
  g_test_add_func ("/card-reader/term-fallbacks", test_term_fallbacks);
  g_test_add_func ("/card-reader/list-lines", test_list_lines);
  g_test_add_func ("/card-reader/entries", test_entries);
  g_test_add_func ("/card-reader/entries-boundaries", test_entries_boundaries);
  g_test_add_func ("/card-reader/achievements-unnumbered", test_achievements_unnumbered);
  g_test_add_func ("/card-reader/title-line", test_title_line);
  g_test_add_func ("/card-reader/header-fields", test_header_fields);
  g_test_add_func ("/card-reader/bad/corpus", test_bad_corpus);
  g_test_add_func ("/card-reader/bad/too-large", test_too_large);
  g_test_add_func ("/card-reader/bad/io", test_io);
  return g_test_run ();
}

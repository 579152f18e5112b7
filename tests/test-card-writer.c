/* test-card-writer.c — printing a card, and reading the print back
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "gy-card-reader.h"
#include "gy-card-writer.h"
#include "gy-money-column.h"

#include <string.h>

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"
#define CARDS TEST_DATA_DIR "/cards"

static GyCard *
read_path (const char *path,
           GPtrArray  *terms)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (path, terms, &error);

  g_assert_no_error (error);
  g_assert_nonnull (card);
  return card;
}

/* Read → write → read → write: the cards are equal and the two texts the same bytes.
 * Returns the text. */
static char *
assert_fixed_point (GyCard    *first,
                    GPtrArray *terms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) second = NULL;
  g_autofree char *difference = NULL;
  g_autofree char *again = NULL;
  char *text = gy_card_write (first);

  second = gy_card_read (text, -1, "written.txt", terms, &error);
  g_assert_no_error (error);
  if (!gy_card_equal (first, second, &difference))
    g_error ("the written card reads back different: %s\n%s", difference, text);
  again = gy_card_write (second);
  g_assert_cmpstr (again, ==, text);
  return text;
}

static void
test_seed_fixed_point (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  g_autofree char *text = assert_fixed_point (card, NULL);

  g_assert_true (g_str_has_suffix (text, "\n- R&D프로젝트 과제 및 기업혁신 생태계 구축에 대응\n"));
  g_assert_null (strstr (text, "<"));
  g_assert_null (strstr (text, "\r"));
  g_assert_null (strstr (text, "\n\n\n"));
}

static void
test_seed_head (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  g_autofree char *text = gy_card_write (card);
  const char *head =
    "임기구분\t임기내\t사업주체\t김천시\n"
    "신규여부\t지속사업\t중앙정부 지원\t제도적 지원 필요\n"
    "예산구분\t예산\t사업이행도(진도율)\t\n"
    "주관부서\t미래혁신전략과\t협업부서\t-\n"
    "공약실명제\t과장 윤상영(6350), 담당 황지훈(6901), 담당자 김기훈(6902)\t\t\n"
    "\n"
    "□ 사업개요\n"
    "\n"
    "- 사업목표 : 4차 산업혁명 혁신역량 강화\n"
    "- 사업기간 : 2018. 7. ~ 2022. 6.\n"
    "- 소요예산 : 10,932백만원(국비 8,080, 도비 837, 시비 1985, 기타 30)\n"
    "- 주요내용\n"
    " - 중앙부처의 공모사업 발굴 및 미래형 첨단 신산업 발굴\n"
    " - 4차 산업혁명 핵심기술을 연계한 시범서비스 구축\n"
    " - SW융합클러스터 2.0 사업\n"
    " - 지역 ICT이노베이션스퀘어 조성사업\n"
    "\n"
    "□ 추진실적\n"
    "\n"
    "1. 4차 산업혁명 대응 정부 R&D 과제 발굴 프로젝트 추진\n"
    "\n"
    "- 사업기간 : 2019. 12. ~ 2020. 5.(6개월간)\n";

  /* no title line: the title is the goal */
  g_assert_true (g_str_has_prefix (text, head));
}

static void
test_seed_sections (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  g_autofree char *text = gy_card_write (card);
  const char *money =
    "\n□ 연차별 투자수요\n"
    "\n"
    "(단위: 백만원)\n"
    "\n"
    "재원별\t총사업비 (A+B+C)\t기투자 (A)\t임기내 투자계획(B)\t\t\t\t\t\t2022 하반기 이후 (C)\n"
    "\t\t\t소계\t2018(하반기)\t2019\t2020\t2021\t2022(상반기)\t\n"
    "계\t10,932\t\t10,932\t1,345\t1,325\t2,630\t2,816\t2,816\t\n"
    "국비\t8,080\t\t8,080\t900\t800\t2,100\t2,140\t2,140\t\n"
    "도비\t837\t\t837\t130\t135\t160\t206\t206\t\n"
    "시비\t1,985\t\t1,985\t315\t360\t370\t470\t470\t\n"
    "민자\t0\t\t0\t\t\t\t\t\t\n"
    "기타\t30\t\t30\t\t30\t\t\t\t\n"
    "\n□ 문제점 및 대응계획\n"
    "\n"
    "- 4차 산업혁명에 대응하기 위한 첨단기술개발 등은 지방자치단체에서 수행하기에 어려움이 "
    "있음. 부서 간 업무협약이 쉽지 않음.\n"
    "- ⇒ 연구기관 및 기업과 연계·협업으로 정부 공모사업에 적극 참여\n"
    "- ⇒ 시 전체적인 회의 등을 통한 업무협약\n"
    "\n□ 기대효과\n";

  g_assert_nonnull (strstr (text, money));
  g_assert_nonnull (strstr (text, "\n□ 연차별 실적/계획\n\n연도별\t주요사업내용\t비고\n"
                                  "2018\t- 4차 산업혁명시대 공직리더의 혁신전략 특강 · 일시/장소 : "));
  /* the row the page break had cut is one line again */
  g_assert_nonnull (strstr (text, " · 강의장소 : 김천대학교 · 참여인원 : 9명 모집/7명 수료 · "));
  g_assert_nonnull (strstr (text, " ① 경북ICT이노베이션스퀘어 구축 · 교육용 PC, "));
  g_assert_nonnull (strstr (text, "\n2022\t- SW융합클러스터 2.0 사업(3차년도) · "));
  g_assert_nonnull (strstr (text, " - 중앙부처의 공모사업 발굴 및 미래형 첨단 신산업 발굴\t\n\n□ 연차별 투자수요"));
  g_assert_nonnull (strstr (text, "\n- 기 간 : 2020. 9. ~ 2023. 12.\n"));
  g_assert_nonnull (strstr (text, "\n - ※ 2020년은 전액 국비(2,000백만원) 지원 : 리모델링, 장비 구입 등\n"
                                  "- 내 용\n"));
}

static void
test_fixtures_fixed_point (void)
{
  const char *names[] = { "district.txt", "term8.txt", "wrong-sums.txt", "header-years.txt",
                          "whole-year.txt", "district-whole.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (CARDS, names[i], NULL);
      g_autoptr(GyCard) card = read_path (path, NULL);
      g_autofree char *text = assert_fixed_point (card, NULL);

      g_assert_nonnull (strstr (text, "\n□ 기대효과\n"));
    }
}

static void
test_district (void)
{
  g_autoptr(GyCard) card = read_path (CARDS "/district.txt", NULL);
  g_autofree char *text = assert_fixed_point (card, NULL);

  /* half years, and (C) named as the card names it */
  g_assert_nonnull (strstr (text, "\t임기내 투자계획(B)\t\t\t\t\t\t임기후 (C)\n"
                                  "\t\t\t소계\t2018(하반기)\t2019\t2020\t2021\t2022(상반기)\t\n"));

  g_assert_true (g_str_has_prefix (text, "2-4. 생활권 공원 녹지 확충\n\n임기구분\t"));
  g_assert_nonnull (strstr (text, "\n예산구분\t예산\t사업이행도(진도율)\t75\n"));
  g_assert_nonnull (strstr (text, "\n이행상태\t정상추진\t분야\t푸른 환경도시\n"
                                  "공약유형\t지역공약\t\t\n"
                                  "공약실명제\t과장 김민수(2301), 팀장 이서연(2305, 2306), 박지훈\t\t\n"));
  g_assert_nonnull (strstr (text, "\n - 도시숲 조성 : 2개소\n"));
  g_assert_nonnull (strstr (text, "\n2018(하반기)\t- 기본계획 수립 · 주민설명회 개최(2회) · 타당성 검토\t구비\n"));
  g_assert_nonnull (strstr (text, "\n2019\t- 실시설계 & 보상 ① 토지보상 12필지 ② 지장물 이전\t\n"));
  g_assert_nonnull (strstr (text, "\n구비\t900.5\t\t800.5\t100\t150\t200.5\t200\t150\t100\n"));
  g_assert_nonnull (strstr (text, "\n□ 문제점 및 대응계획\n\n- 토지보상 지연 우려\n"
                                  "- ⇒ 감정평가 조기 착수 및 주민 협의 강화\n"));
}

/* A district of 민선8기 in whole years, (C) named 임기후: read with a new file's terms (half
 * years), it prints back as it was written, and its print reads back to the same bytes. */
static void
test_district_whole (void)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GyCard) card = NULL;
  g_autoptr(GyCard) plain = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *label = NULL;

  g_ptr_array_add (terms, gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF));
  g_ptr_array_add (terms, gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF));
  card = read_path (CARDS "/district-whole.txt", terms);
  g_assert_cmpstr (card->term->name, ==, "민선8기");
  g_assert_cmpint (card->term->layout, ==, GY_TERM_LAYOUT_WHOLE);
  g_assert_cmpstr (card->term->after_label, ==, "임기후");
  label = gy_money_column_label (card->term, gy_money_column_after (card->term));
  g_assert_cmpstr (label, ==, "임기후 (C)");

  text = assert_fixed_point (card, terms);
  g_assert_nonnull (strstr (text, "\t임기후 (C)\n"));
  g_assert_nonnull (strstr (text, "\t소계\t2022\t2023\t2024\t2025\t2026\t\n"));
  g_assert_nonnull (strstr (text, "\n(단위: 백만원)\n\n재원별\t총사업비 (A+B+C)\t기투자 (A)\t"
                                  "임기내 투자계획(B)\t\t\t\t\t\t임기후 (C)\n"
                                  "\t\t\t소계\t2022\t2023\t2024\t2025\t2026\t\n"
                                  "계\t2,700.5\t100\t2,200.5\t150\t450\t600.5\t600\t400\t400\n"
                                  "국비\t1,200\t\t1,000\t\t200\t300\t300\t200\t200\n"
                                  "시비\t600\t100\t400\t50\t100\t100\t100\t50\t100\n"
                                  "구비\t900.5\t\t800.5\t100\t150\t200.5\t200\t150\t100\n"));
  g_assert_null (strstr (text, "하반기"));
  g_assert_null (strstr (text, "상반기"));

  /* without any term of the body, the same */
  plain = read_path (CARDS "/district-whole.txt", NULL);
  plain_text = assert_fixed_point (plain, NULL);
  g_assert_cmpstr (plain_text, ==, text);
}

/* In 천원 on the card, in 백만원 on the print; the 합계 row goes first. */
static void
test_term8 (void)
{
  g_autoptr(GyCard) card = read_path (CARDS "/term8.txt", NULL);
  g_autofree char *text = assert_fixed_point (card, NULL);

  g_assert_true (g_str_has_prefix (text, "스마트 버스정류장 확대\n\n"));
  g_assert_nonnull (strstr (text, "\t사업이행도(진도율)\t77.7\n"));
  g_assert_nonnull (strstr (text, "\n(단위: 백만원)\n\n재원별\t총사업비 (A+B+C)\t기투자 (A)\t"
                                  "임기내 투자계획(B)\t\t\t\t\t\t2026 하반기 이후 (C)\n"
                                  "\t\t\t소계\t2022(하반기)\t2023\t2024\t2025\t2026(상반기)\t\n"
                                  "합계\t2,000.5\t200\t1,600.5\t250\t400.5\t400\t350\t200\t200\n"
                                  "국비\t1,000\t\t800\t100\t200\t200\t200\t100\t200\n"));
  g_assert_nonnull (strstr (text, "\n시비\t700.5\t200\t500.5\t100\t100.5\t100\t100\t100\t0\n"));
  g_assert_nonnull (strstr (text, "\n□ 추진실적\n\n□ 연차별 실적/계획\n"));
}

/* The whole-year layout prints plain years and names (C) after the last one. */
static void
test_whole_year (void)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GyCard) card = NULL;
  g_autofree char *text = NULL;

  g_ptr_array_add (terms, gy_term_new_numbered (7, GY_TERM_LAYOUT_WHOLE));
  card = read_path (CARDS "/whole-year.txt", terms);
  text = assert_fixed_point (card, terms);
  g_assert_nonnull (strstr (text, "\t임기내 투자계획(B)\t\t\t\t\t\t2023 이후 (C)\n"
                                  "\t\t\t소계\t2018\t2019\t2020\t2021\t2022\t\n"
                                  "계\t1,000\t50\t950\t190\t190\t190\t190\t190\t\n"));
}

static void
test_title (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  g_autofree char *text = NULL;

  g_free (card->number);
  card->number = g_strdup ("1-3");
  text = assert_fixed_point (card, NULL);
  g_assert_true (g_str_has_prefix (text, "1-3. 4차 산업혁명 혁신역량 강화\n\n임기구분\t"));
  g_clear_pointer (&text, g_free);

  g_free (card->number);
  card->number = g_strdup ("");
  g_free (card->title);
  card->title = g_strdup ("미래 신산업 육성");
  text = assert_fixed_point (card, NULL);
  g_assert_true (g_str_has_prefix (text, "미래 신산업 육성\n\n임기구분\t"));
}

/* Tabs and line breaks typed into a value must not break the layout; markup-like text in
 * the yearly table must not be read back as markup. */
static void
test_escapes (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GyCard) back = NULL;
  GyYearRow *row = g_ptr_array_index (card->years, 0);
  GyEntry *entry = g_ptr_array_index (row->entries, 0);
  GyLine *line = g_ptr_array_index (card->overview, 4);

  g_free (entry->text);
  entry->text = g_strdup ("<ul> 태그와 &amp; 글자, R&D");
  g_free (row->remarks);
  row->remarks = g_strdup ("&lt;비고&gt;");
  text = assert_fixed_point (card, NULL);
  g_assert_nonnull (strstr (text, "\n2018\t- &lt;ul> 태그와 &amp;amp; 글자, R&D · "));
  g_assert_nonnull (strstr (text, "\t&amp;lt;비고&amp;gt;\n2019\t"));
  g_clear_pointer (&text, g_free);

  gy_line_set_text (line, "줄이\n나뉜\t항목");
  text = gy_card_write (card);
  g_assert_nonnull (strstr (text, "\n - 줄이 나뉜 항목\n"));
  back = gy_card_read (text, -1, "written.txt", NULL, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (((GyLine *) g_ptr_array_index (back->overview, 4))->text, ==, "줄이 나뉜 항목");
}

static void
test_empty_card (void)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);
  g_autoptr(GyCard) card = gy_card_new ();
  g_autofree char *text = NULL;

  g_ptr_array_add (terms, gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF));
  card->term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  text = assert_fixed_point (card, terms);
  /* every section is printed, empty ones as a bare heading: a template to fill */
  g_assert_cmpstr (text, ==,
                   "사업이행도(진도율)\t\t\t\n"
                   "\n□ 사업개요\n"
                   "\n□ 추진실적\n"
                   "\n□ 연차별 실적/계획\n"
                   "\n□ 연차별 투자수요\n"
                   "\n□ 문제점 및 대응계획\n"
                   "\n□ 기대효과\n");
}

static void
test_progress (void)
{
  g_autoptr(GyCard) card = read_path (SEED, NULL);
  const double values[] = { 75, 77.7, 0, 100, 33.3 };
  const char *texts[] = { "\t75\n", "\t77.7\n", "\t0\n", "\t100\n", "\t33.3\n" };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *line = g_strconcat ("\n예산구분\t예산\t사업이행도(진도율)", texts[i], NULL);

      card->has_progress = TRUE;
      card->progress = values[i];
      text = assert_fixed_point (card, NULL);
      g_assert_nonnull (strstr (text, line));
    }
}

/* Odd input the mutation test below once found printing back differently. */
static void
test_odd_input (void)
{
  const char *cards[] = {
    /* a second colon: an item, not the label "도시숲 조성 :" */
    "□ 사업개요\n- 사업기간 : 2018. 7. ~ 2022. 6.\n · 도시숲 조성 :: 2개소\n",
    /* a marker right after a circled number */
    "□ 연차별 실적/계획\n2024\t①- 30개소 설치 ①① 둘\t\n",
    /* markup in the year cell */
    "□ 연차별 실적/계획\n2018(하반기)<b>\t- 기본계획 수립\t\n&nbsp;2019\t- 설계\t\n",
    /* a tab inside a list line is a space */
    "□ 사업개요\n- 사업기간 : 2018.\t7. ~ 2022. 6.\n□ 추진실적\n1.\t과제\n",
    /* a label spaced out with an ideographic space heads the money table */
    "□ 연차별 투자수요\n재원\u3000별\t총사업비\t기투자\t소계\t2018\n국비\t1\t\t1\t1\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GyCard) card = gy_card_read (cards[i], -1, "odd.txt", NULL, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = assert_fixed_point (card, NULL);
    }
}

/* A header label with □ would start a line of the print, and read as a section. */
static void
test_square_label (void)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read ("예산구분\t예산\t□ 진도율\t75%\n□ 기대효과\n", -1, "odd.txt",
                               NULL, &error);

  g_assert_null (card);
  g_assert_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "odd.txt:1: the header label “□ 진도율”"));
}

/* Cards damaged at random, as pasting does: whatever reads must print back the same. */
static void
test_mutations (void)
{
  static const char *const bits[] = {
    "\t", " - ", " · ", "- ", "·", "①", " : ", ":", "&amp;", "<b>", "&lt;ul", "<", "&",
    "□ ", "⇒ ", "- ⇒ ", "\n", "\n\t", "  ", "※", "1. ", "2-4. ", "2019", ",", "0", "-",
    "\r", "\u00a0", "\u3000", "&#51032;", "&nbsp;", "2022(상반기)", "이후 (C)", "합계",
  };
  const char *paths[] = { SEED, CARDS "/district.txt", CARDS "/term8.txt" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20180701);
  guint n_read = 0;

  for (guint f = 0; f < G_N_ELEMENTS (paths); f++)
    {
      g_autofree char *original = NULL;

      g_assert_true (g_file_get_contents (paths[f], &original, NULL, NULL));
      for (guint k = 0; k < 1000; k++)
        {
          g_auto(GStrv) lines = g_strsplit (original, "\n", -1);
          guint n = g_strv_length (lines);
          g_autofree char *text = NULL;
          g_autofree char *printed = NULL;
          g_autoptr(GyCard) card = NULL;
          g_autoptr(GError) error = NULL;

          for (int m = g_rand_int_range (rand, 1, 4); m > 0; m--)
            {
              guint i = g_rand_int_range (rand, 0, n);
              const char *bit = bits[g_rand_int_range (rand, 0, G_N_ELEMENTS (bits))];
              gsize at = g_rand_int_range (rand, 0, strlen (lines[i]) + 1);
              char *line = lines[i];

              while (at > 0 && (line[at] & 0xc0) == 0x80)
                at--;
              lines[i] = g_strdup_printf ("%.*s%s%s", (int) at, line, bit, line + at);
              g_free (line);
            }
          text = g_strjoinv ("\n", lines);
          card = gy_card_read (text, -1, "mutant.txt", NULL, &error);
          if (card == NULL)
            {
              g_assert_true (g_str_has_prefix (error->message, "mutant.txt:"));
              continue;
            }
          printed = assert_fixed_point (card, NULL);
          n_read++;
        }
    }
  /* most mutants still read: the test is not vacuous */
  g_assert_cmpuint (n_read, >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/card-writer/seed/fixed-point", test_seed_fixed_point);
  g_test_add_func ("/card-writer/seed/head", test_seed_head);
  g_test_add_func ("/card-writer/seed/sections", test_seed_sections);
  g_test_add_func ("/card-writer/fixtures/fixed-point", test_fixtures_fixed_point);
  g_test_add_func ("/card-writer/district", test_district);
  g_test_add_func ("/card-writer/district-whole", test_district_whole);
  g_test_add_func ("/card-writer/term8", test_term8);
  g_test_add_func ("/card-writer/whole-year", test_whole_year);
  g_test_add_func ("/card-writer/title", test_title);
  g_test_add_func ("/card-writer/escapes", test_escapes);
  g_test_add_func ("/card-writer/empty-card", test_empty_card);
  g_test_add_func ("/card-writer/progress", test_progress);
  g_test_add_func ("/card-writer/odd-input", test_odd_input);
  g_test_add_func ("/card-writer/square-label", test_square_label);
  g_test_add_func ("/card-writer/mutations", test_mutations);
  return g_test_run ();
}

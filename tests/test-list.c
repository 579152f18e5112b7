/* test-list.c — pledge lists from xlsx, CSV and TSV, brought into a body and summed
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lists are written by Python in the test, as an officer's Excel would: openpyxl writes the
 * xlsx (a title and a 기준일 line above the header, 분야 merged over their rows), Python writes
 * the CP949 CSV with CRLF and the TSV. The roll-ups are worked out by hand below.
 */
#include <glib/gstdio.h>
#include <string.h>

#include <xlsxwriter.h>

#include "gy-list.h"
#include "gy-summary.h"
#include "gy-test-body.h"
#include "gy-undo.h"

#define PYTHON "/usr/bin/python3"

/* 20 pledges in three 분야. 2-6 has no 진도율; 3-7's is a percentage cell (0.65, "0%"). */
static const char script[] =
  "import sys, datetime, csv\n"
  "rows = [\n"
  " ('일자리경제','1-1','청년 일자리 1만 개','일자리과','완료',100,1200,'2022. 7. ~ 2026. 6.'),\n"
  " ('일자리경제','1-2','창업 지원센터','경제과','완료',100,None,None),\n"
  " ('일자리경제','1-3','전통시장 현대화','경제과','정상추진',60,None,None),\n"
  " ('일자리경제','1-4','산업단지 조성','투자유치과','정상추진',45,None,None),\n"
  " ('일자리경제','1-5','농산물 유통','농업과','일부추진',30,None,None),\n"
  " ('일자리경제','1-6','관광 활성화','관광과','이행 후 계속추진',90,None,None),\n"
  " ('일자리경제','1-7','기업 유치','투자유치과','보류',0,None,None),\n"
  " ('복지','2-1','경로당 냉난방','복지과','완료',100,350.5,None),\n"
  " ('복지','2-2','아동 돌봄','아동과','정상추진',70,None,None),\n"
  " ('복지','2-3','장애인 일자리','복지과','정상추진',55,None,None),\n"
  " ('복지','2-4','공공 산후조리원','보건소','일부추진',20,None,None),\n"
  " ('복지','2-5','청소년 수당','아동과','완료',100,None,None),\n"
  " ('복지','2-6','노인 주치의','보건소','정상추진',None,None,None),\n"
  " ('도시환경','3-1','하천 정비','건설과','완료',100,10000,None),\n"
  " ('도시환경','3-2','공원 조성','공원과','정상추진',35,None,None),\n"
  " ('도시환경','3-3','도시가스 공급','에너지과','정상추진',42.5,None,None),\n"
  " ('도시환경','3-4','주차장 확충','교통과','일부추진',15,None,None),\n"
  " ('도시환경','3-5','경전철','교통과','폐기',0,None,None),\n"
  " ('도시환경','3-6','미세먼지 저감','환경과','이행 후 계속추진',95,None,None),\n"
  " ('도시환경','3-7','자전거 도로','교통과','정상추진',65,None,'2023. 1. ~ 2025. 12.'),\n"
  "]\n"
  "bad = len(sys.argv) > 5\n"
  "if bad:\n"
  "  rows[4] = rows[4][:5] + ('7O',) + rows[4][6:]\n"
  "header = ['분 야','공약번호','공약사항','주관부서','추진상태','진도율(%)','총사업비\\n(백만원)',"
  "'사업기간']\n"
  "title = ['민선8기 공약 이행 현황']\n"
  "as_of = ['2026. 6. 30. 기준']\n"
  "import openpyxl\n"
  "wb = openpyxl.Workbook()\n"
  "ws = wb.active\n"
  "ws.title = '공약 목록'\n"
  "ws.append(title); ws.merge_cells('A1:H1')\n"
  "ws.append(as_of); ws.append([]); ws.append(header)\n"
  "for i, r in enumerate(rows):\n"
  "  r = list(r)\n"
  "  if i > 0 and r[0] == rows[i - 1][0]: r[0] = None\n"
  "  if r[1] == '3-7': r[5] = 0.65\n"
  "  ws.append(r)\n"
  "  if r[1] == '3-7': ws.cell(row=ws.max_row, column=6).number_format = '0%'\n"
  "  if r[1] == '1-2': ws.cell(row=ws.max_row, column=8).value = datetime.date(2023, 3, 1)\n"
  "  if r[1] == '1-2': ws.cell(row=ws.max_row, column=8).number_format = 'yyyy-mm-dd'\n"
  "start = 5\n"
  "for name in ('일자리경제', '복지', '도시환경'):\n"
  "  n = sum(1 for r in rows if r[0] == name)\n"
  "  ws.merge_cells(start_row=start, end_row=start + n - 1, start_column=1, end_column=1)\n"
  "  start += n\n"
  "wb.create_sheet('참고')\n"
  "wb.save(sys.argv[1])\n"
  "def flat(r):\n"
  "  out = ['' if v is None else str(v) for v in r]\n"
  "  if r[1] == '1-2': out[7] = '2023. 3.'\n"
  "  return out\n"
  "def table(prev_blank):\n"
  "  out = [title, as_of, [], header]\n"
  "  for i, r in enumerate(rows):\n"
  "    f = flat(r)\n"
  "    if prev_blank and i > 0 and r[0] == rows[i - 1][0]: f[0] = ''\n"
  "    out.append(f)\n"
  "  return out\n"
  "with open(sys.argv[2], 'w', encoding='cp949', newline='') as f:\n"
  "  csv.writer(f, lineterminator='\\r\\n').writerows(table(True))\n"
  "with open(sys.argv[3], 'w', encoding='utf-8-sig', newline='') as f:\n"
  "  csv.writer(f, delimiter='\\t', lineterminator='\\n').writerows(table(False))\n"
  "extra = table(False)[3:]\n"
  "for r in extra:\n"
  "  if r[1] == '2-2': r[5] = '75'\n"
  "with open(sys.argv[4], 'w', encoding='utf-8', newline='') as f:\n"
  "  csv.writer(f).writerows(extra + [['복지', '9-1', '새 공약', '', '검토중', '10']])\n";

typedef struct {
  char    *dir;
  char    *xlsx;
  char    *csv;
  char    *tsv;
  char    *extra;  /* UTF-8 CSV without title, with a new pledge of an unknown status */
  GyStore *store;
} Fixture;

static gboolean
write_lists (Fixture  *f,
             gboolean  bad)
{
  g_autofree char *path = g_build_filename (f->dir, "make_lists.py", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = { PYTHON, path, f->xlsx, f->csv, f->tsv, f->extra, bad ? "bad" : NULL,
                         NULL };

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON);
      return FALSE;
    }
  g_assert_true (g_file_set_contents (path, script, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (strstr (err, "openpyxl") != NULL)
    {
      g_test_skip ("python3-openpyxl is missing");
      return FALSE;
    }
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  return TRUE;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = g_dir_make_tmp ("gongyak-list-XXXXXX", &error);
  g_assert_no_error (error);
  f->xlsx = g_build_filename (f->dir, "공약목록.xlsx", NULL);
  f->csv = g_build_filename (f->dir, "공약목록.csv", NULL);
  f->tsv = g_build_filename (f->dir, "공약목록.tsv", NULL);
  f->extra = g_build_filename (f->dir, "extra.csv", NULL);
  db = g_build_filename (f->dir, "body.gongyak", NULL);
  f->store = gy_store_open (db, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gy_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->xlsx);
  g_free (f->csv);
  g_free (f->tsv);
  g_free (f->extra);
}

static GyListReport *
import (GyStore           *store,
        const char        *path,
        GyListImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyListTable) table = gy_list_table_read (path, NULL, &error);
  GyListMapping mapping;
  GyListReport *report;

  g_assert_no_error (error);
  g_assert_true (gy_list_mapping_guess (table, &mapping, &error));
  g_assert_no_error (error);
  report = gy_list_import (store, table, &mapping, "8", flags, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static const GyListRowResult *
row_of (const GyListReport *report,
        const char         *number)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      const GyListRowResult *row = g_ptr_array_index (report->rows, i);

      if (g_strcmp0 (row->number, number) == 0)
        return row;
    }
  g_error ("no row %s in the report", number);
}

static const GySummaryGroup *
group_of (const GySummary *summary,
          const char      *sector)
{
  for (guint i = 0; i < summary->groups->len; i++)
    {
      const GySummaryGroup *group = g_ptr_array_index (summary->groups, i);

      if (g_strcmp0 (group->sector, sector) == 0)
        return group;
    }
  g_error ("no 분야 %s in the summary", sector);
}

static guint
count_of (const GySummary       *summary,
          const GySummaryCounts *counts,
          const char            *status)
{
  for (guint i = 0; i < gy_summary_n_counts (summary); i++)
    if (g_strcmp0 (gy_summary_count_label (summary, i), status) == 0)
      return counts->by_status[i];
  g_error ("no status %s in the summary", status);
}

static double
mean_of (const GySummaryCounts *counts)
{
  double mean = -1;

  g_assert_true (gy_summary_counts_mean (counts, &mean));
  return mean;
}

static GySummary *
summary_of (GyStore *store)
{
  g_autoptr(GError) error = NULL;
  GySelection selection;
  GySummary *summary;

  gy_selection_init (&selection);
  selection.term = "8";
  summary = gy_summary_new (store, &selection, &error);
  g_assert_no_error (error);
  return summary;
}

/* The xlsx as read: the header under a title and a 기준일 line, merged 분야 carried down, a
 * date and a percentage cell as an officer reads them. */
static void
test_xlsx_table (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyListTable) table = NULL;
  g_auto(GStrv) sheets = NULL;
  GyListMapping mapping;
  GStrv row;

  if (!write_lists (f, FALSE))
    return;
  sheets = gy_list_table_sheets (f->xlsx, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (sheets), ==, 2);
  g_assert_cmpstr (sheets[0], ==, "공약 목록");
  g_assert_cmpstr (sheets[1], ==, "참고");

  table = gy_list_table_read (f->xlsx, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (table->format, ==, "xlsx");
  g_assert_cmpstr (table->sheet, ==, "공약 목록");
  g_assert_null (table->encoding);
  g_assert_true (gy_list_mapping_guess (table, &mapping, &error));
  g_assert_cmpuint (g_array_index (table->lines, guint, mapping.header_row), ==, 4);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_SECTOR], ==, 0);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_NUMBER], ==, 1);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_TITLE], ==, 2);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_DEPARTMENT], ==, 3);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_STATUS], ==, 4);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_PROGRESS], ==, 5);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_TOTAL_COST], ==, 6);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_PERIOD], ==, 7);

  row = g_ptr_array_index (table->rows, mapping.header_row + 7);  /* 1-7, merged 분야 */
  g_assert_cmpstr (row[0], ==, "일자리경제");
  g_assert_cmpstr (row[1], ==, "1-7");
  row = g_ptr_array_index (table->rows, mapping.header_row + 2);  /* 1-2, a date */
  g_assert_cmpstr (row[7], ==, "2023. 3.");
  row = g_ptr_array_index (table->rows, mapping.header_row + 20); /* 3-7, a percentage */
  g_assert_cmpstr (row[5], ==, "65%");
  row = g_ptr_array_index (table->rows, mapping.header_row + 8);  /* 2-1 */
  g_assert_cmpstr (row[6], ==, "350.5");

  gy_list_table_free (g_steal_pointer (&table));
  table = gy_list_table_read (f->xlsx, "없는 시트", &error);
  g_assert_error (error, GY_LIST_ERROR, GY_LIST_ERROR_NO_SHEET);
  g_assert_null (table);
}

/* 20 pledges imported; the summary's roll-ups are those worked out by hand:
 *   일자리경제 (1-1 … 1-7): 100+100+60+45+30+90+0 = 425 / 7 = 60.71 → 60.7; 완료 2/7 = 28.6%
 *   복지 (2-1 … 2-6, 2-6 without 진도율): 100+70+55+20+100 = 345 / 5 = 69.0; 완료 2/6 = 33.3%
 *   도시환경 (3-1 … 3-7): 100+35+42.5+15+0+95+65 = 352.5 / 7 = 50.36 → 50.4; 완료 1/7 = 14.3%
 *   overall: 1122.5 / 19 = 59.08 → 59.1; 완료 5, 정상추진 8, 일부추진 3, 이행 후 계속추진 2,
 *   보류 1, 폐기 1; 완료율 5/20 = 25.0%; 총사업비 1,200 + 350.5 + 10,000 = 11,550.5 백만원. */
static void
test_rollups (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GyListReport) report = NULL;
  g_autoptr(GySummary) summary = NULL;
  const GySummaryGroup *group;

  if (!write_lists (f, FALSE))
    return;
  report = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (report->n_created, ==, 20);
  g_assert_cmpuint (report->n_refused, ==, 0);
  g_assert_cmpuint (report->rows->len, ==, 20);
  g_assert_cmpuint (row_of (report, "1-1")->line, ==, 5);
  g_assert_cmpuint (row_of (report, "3-7")->line, ==, 24);
  g_assert_cmpuint (report->missing->len, ==, 0);
  g_assert_cmpuint (g_strv_length (report->new_sectors), ==, 3);
  g_assert_cmpuint (g_strv_length (report->new_statuses), ==, 0);

  summary = summary_of (f->store);
  g_assert_cmpstr (summary->term->name, ==, "민선8기");
  g_assert_cmpuint (summary->counts.n_pledges, ==, 20);
  g_assert_cmpuint (summary->groups->len, ==, 3);

  group = group_of (summary, "일자리경제");
  g_assert_cmpuint (group->counts.n_pledges, ==, 7);
  g_assert_cmpfloat (mean_of (&group->counts), ==, 60.7);
  g_assert_cmpfloat (gy_summary_counts_done_rate (&group->counts), ==, 28.6);
  g_assert_cmpuint (count_of (summary, &group->counts, "완료"), ==, 2);
  g_assert_cmpuint (count_of (summary, &group->counts, "보류"), ==, 1);

  group = group_of (summary, "복지");
  g_assert_cmpuint (group->counts.n_pledges, ==, 6);
  g_assert_cmpuint (group->counts.n_progress, ==, 5);
  g_assert_cmpfloat (mean_of (&group->counts), ==, 69.0);
  g_assert_cmpfloat (gy_summary_counts_done_rate (&group->counts), ==, 33.3);
  g_assert_cmpuint (count_of (summary, &group->counts, "정상추진"), ==, 3);

  group = group_of (summary, "도시환경");
  g_assert_cmpuint (group->counts.n_pledges, ==, 7);
  g_assert_cmpfloat (mean_of (&group->counts), ==, 50.4);
  g_assert_cmpfloat (gy_summary_counts_done_rate (&group->counts), ==, 14.3);
  g_assert_cmpuint (count_of (summary, &group->counts, "폐기"), ==, 1);

  g_assert_cmpuint (summary->counts.n_progress, ==, 19);
  g_assert_cmpfloat (mean_of (&summary->counts), ==, 59.1);
  g_assert_cmpfloat (gy_summary_counts_done_rate (&summary->counts), ==, 25.0);
  g_assert_cmpuint (count_of (summary, &summary->counts, "완료"), ==, 5);
  g_assert_cmpuint (count_of (summary, &summary->counts, "정상추진"), ==, 8);
  g_assert_cmpuint (count_of (summary, &summary->counts, "일부추진"), ==, 3);
  g_assert_cmpuint (count_of (summary, &summary->counts, "이행 후 계속추진"), ==, 2);
  g_assert_cmpuint (count_of (summary, &summary->counts, "보류"), ==, 1);
  g_assert_cmpuint (count_of (summary, &summary->counts, "폐기"), ==, 1);
  g_assert_cmpuint (count_of (summary, &summary->counts, "미지정"), ==, 0);
  g_assert_true (summary->total[0].shown);
  g_assert_cmpint (summary->total[0].value, ==, 11550500);
}

/* A letter in 진도율 refuses that row, with its line and nothing written for it; the other 19
 * go in. */
static void
test_refused_row (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GyListReport) report = NULL;
  const GyListRowResult *row;

  if (!write_lists (f, TRUE))
    return;
  report = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (report->n_created, ==, 19);
  g_assert_cmpuint (report->n_refused, ==, 1);
  row = row_of (report, "1-5");
  g_assert_cmpint (row->outcome, ==, GY_LIST_ROW_REFUSED);
  g_assert_cmpuint (row->line, ==, 9);
  g_assert_cmpstr (row->message, ==, "진도율 “7O” is not a percentage");
  g_assert_cmpint (gy_store_find_pledge (f->store, "1-5"), ==, 0);
  g_assert_cmpint (gy_store_find_pledge (f->store, "1-6"), !=, 0);

  /* the same row in the CSV: its line there, one further down as the header's
   * "총사업비\n(백만원)" takes two lines */
  gy_list_report_free (g_steal_pointer (&report));
  report = import (f->store, f->csv, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (report->n_refused, ==, 1);
  g_assert_cmpuint (report->n_unchanged, ==, 19);
  g_assert_cmpuint (row_of (report, "1-5")->line, ==, 10);
  g_assert_cmpint (gy_store_find_pledge (f->store, "1-5"), ==, 0);
}

static char *
pledges_text (GyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pledges = gy_store_list_pledges (store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < pledges->len; i++)
    {
      const GyPledgeSummary *p = g_ptr_array_index (pledges, i);

      g_string_append_printf (text, "%s|%s|%s|%s|%s|%s|%g|%" G_GINT64_FORMAT "|%s|%s\n",
                              p->number, p->title, p->sector, p->term, p->status, p->lead_dept,
                              p->has_progress ? p->progress : -1, p->total_cost,
                              p->period_start, p->period_end);
    }
  return g_string_free (text, FALSE);
}

/* Importing the same list again changes nothing: every row unchanged, no history; a changed
 * 진도율 is one update. */
static void
test_reimport (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GyListReport) first = NULL;
  g_autoptr(GyListReport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!write_lists (f, FALSE))
    return;
  first = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  before = pledges_text (f->store);
  again = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (again->n_unchanged, ==, 20);
  g_assert_cmpuint (again->n_created + again->n_updated + again->n_refused, ==, 0);
  after = pledges_text (f->store);
  g_assert_cmpstr (after, ==, before);
  history = gy_store_list_history (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 0);

  /* the CSV and the TSV are the same list */
  gy_list_report_free (g_steal_pointer (&again));
  again = import (f->store, f->csv, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (again->n_unchanged, ==, 20);
  gy_list_report_free (g_steal_pointer (&again));
  again = import (f->store, f->tsv, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (again->n_unchanged, ==, 20);

  /* a list with one new pledge, of a status the body lacks, and one changed 진도율 */
  gy_list_report_free (g_steal_pointer (&again));
  again = import (f->store, f->extra, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (again->n_created, ==, 1);
  g_assert_cmpuint (again->n_updated, ==, 1);
  g_assert_cmpuint (again->n_unchanged, ==, 19);
  g_assert_cmpint (row_of (again, "2-2")->outcome, ==, GY_LIST_ROW_UPDATED);
  g_assert_cmpstr (row_of (again, "2-2")->message, ==, "진도율 “70” → “75”");
  g_assert_cmpstr (again->new_statuses[0], ==, "검토중");
  g_assert_null (again->new_statuses[1]);
  g_assert_cmpint (row_of (again, "9-1")->outcome, ==, GY_LIST_ROW_CREATED);
}

/* The CP949 CSV (CRLF, 분야 written once per group as Excel exports merged cells) and the TSV
 * (UTF-8 with a BOM) give the very pledges the xlsx gives. */
static void
test_encodings (Fixture       *f,
                gconstpointer  data)
{
  const char *paths[3];
  g_autofree char *expected = NULL;

  if (!write_lists (f, FALSE))
    return;
  paths[0] = f->xlsx, paths[1] = f->csv, paths[2] = f->tsv;
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = NULL;
      g_autofree char *db = NULL;
      g_autoptr(GyStore) store = NULL;
      g_autoptr(GyListReport) report = NULL;
      g_autoptr(GyListTable) table = NULL;
      g_autofree char *text = NULL;

      dir = g_dir_make_tmp ("gongyak-list-enc-XXXXXX", &error);
      db = g_build_filename (dir, "b.gongyak", NULL);
      store = gy_store_open (db, GY_STORE_OPEN_CREATE, &error);
      g_assert_no_error (error);
      table = gy_list_table_read (paths[i], NULL, &error);
      g_assert_no_error (error);
      if (i == 1)
        {
          g_assert_cmpstr (table->format, ==, "csv");
          g_assert_cmpstr (table->encoding, ==, "CP949");
        }
      if (i == 2)
        g_assert_cmpstr (table->format, ==, "tsv");
      report = import (store, paths[i], GY_LIST_IMPORT_DEFAULT);
      g_assert_cmpuint (report->n_created, ==, 20);
      g_assert_cmpuint (row_of (report, "3-7")->line, ==, i == 0 ? 24 : 25);
      text = pledges_text (store);
      if (expected == NULL)
        expected = g_steal_pointer (&text);
      else
        g_assert_cmpstr (text, ==, expected);
      g_clear_object (&store);
      gy_test_remove_dir (dir);
    }
  g_assert_nonnull (strstr (expected, "1-7|기업 유치|일자리경제|민선8기|보류|투자유치과|0|"));
  g_assert_nonnull (strstr (expected, "1-2|창업 지원센터|일자리경제|민선8기|완료|경제과|100|"
                            "-9223372036854775808|2023-03|2023-03\n"));
  g_assert_nonnull (strstr (expected, "3-7|자전거 도로|도시환경|민선8기|정상추진|교통과|65|"
                            "-9223372036854775808|2023-01|2025-12\n"));
}

/* Pledges of the term the list lacks are named; unknown statuses are added with ADD_VALUES. */
static void
test_missing_and_values (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GyListReport) report = NULL;
  g_autoptr(GyListReport) again = NULL;
  g_auto(GStrv) statuses = NULL;

  if (!write_lists (f, FALSE))
    return;
  report = import (f->store, f->extra, GY_LIST_IMPORT_DRY_RUN);
  g_assert_cmpuint (report->n_created, ==, 21);
  g_assert_cmpint (gy_store_find_pledge (f->store, "9-1"), ==, 0);

  again = import (f->store, f->extra, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (again->n_created, ==, 21);
  statuses = gy_store_list_values (f->store, GY_LIST_STATUSES);
  g_assert_false (g_strv_contains ((const char * const *) statuses, "검토중"));
  g_clear_pointer (&statuses, g_strfreev);

  /* added later, with no row changed */
  gy_list_report_free (g_steal_pointer (&again));
  again = import (f->store, f->extra, GY_LIST_IMPORT_ADD_VALUES);
  g_assert_cmpuint (again->n_unchanged, ==, 21);
  g_assert_cmpstr (again->new_statuses[0], ==, "검토중");
  statuses = gy_store_list_values (f->store, GY_LIST_STATUSES);
  g_assert_true (g_strv_contains ((const char * const *) statuses, "검토중"));
  g_assert_cmpstr (statuses[g_strv_length (statuses) - 1], ==, "검토중");

  gy_list_report_free (g_steal_pointer (&again));
  again = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (again->n_unchanged, ==, 19);
  g_assert_cmpuint (again->n_updated, ==, 1);  /* 2-2 back to 70 */
  g_assert_cmpuint (again->missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (again->missing, 0), ==, "9-1 새 공약");
}

/* Excel writes text as shared strings (openpyxl writes inline ones): written here with
 * libxlsxwriter, with rich text runs, a date format of its own, a merged 분야 and a second sheet
 * chosen by name. */
static void
test_xlsx_shared_strings (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "shared.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GyListTable) table = NULL;
  g_autoptr(GyListReport) report = NULL;
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *notes = workbook_add_worksheet (workbook, "안내");
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "목록");
  lxw_format *date = workbook_add_format (workbook);
  lxw_format *bold = workbook_add_format (workbook);
  lxw_datetime start = { 2022, 7, 1, 0, 0, 0 };
  lxw_rich_string_tuple part1 = { NULL, (char *) "청년 " }, part2 = { bold, (char *) "일자리" };
  lxw_rich_string_tuple *rich[] = { &part1, &part2, NULL };
  GyListMapping mapping;
  GStrv row;

  format_set_num_format (date, "yyyy\"년\" m\"월\"");
  format_set_bold (bold);
  worksheet_write_string (notes, 0, 0, "이 시트는 안내입니다", NULL);
  worksheet_write_string (sheet, 0, 0, "관리번호", NULL);
  worksheet_write_string (sheet, 0, 1, "분야", NULL);
  worksheet_write_string (sheet, 0, 2, "공약명", NULL);
  worksheet_write_string (sheet, 0, 3, "이행률", NULL);
  worksheet_write_string (sheet, 0, 4, "사업기간", NULL);
  worksheet_write_string (sheet, 1, 0, "7-1", NULL);
  worksheet_merge_range (sheet, 1, 1, 2, 1, "경제", NULL);
  worksheet_write_rich_string (sheet, 1, 2, rich, NULL);
  worksheet_write_number (sheet, 1, 3, 12.5, NULL);
  worksheet_write_datetime (sheet, 1, 4, &start, date);
  worksheet_write_string (sheet, 2, 0, "7-2", NULL);
  worksheet_write_string (sheet, 2, 2, "경제", NULL);  /* shared with the 분야 */
  worksheet_write_formula_num (sheet, 2, 3, "=10*3", NULL, 30);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  table = gy_list_table_read (path, "목록", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (table->sheet, ==, "목록");
  g_assert_true (gy_list_mapping_guess (table, &mapping, &error));
  g_assert_cmpuint (mapping.header_row, ==, 0);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_NUMBER], ==, 0);
  g_assert_cmpint (mapping.column[GY_LIST_FIELD_PROGRESS], ==, 3);
  row = g_ptr_array_index (table->rows, 1);
  g_assert_cmpstr (row[1], ==, "경제");
  g_assert_cmpstr (row[2], ==, "청년 일자리");
  g_assert_cmpstr (row[3], ==, "12.5");
  g_assert_cmpstr (row[4], ==, "2022. 7.");
  row = g_ptr_array_index (table->rows, 2);
  g_assert_cmpstr (row[1], ==, "경제");
  g_assert_cmpstr (row[2], ==, "경제");
  g_assert_cmpstr (row[3], ==, "30");

  report = gy_list_import (f->store, table, &mapping, "8", GY_LIST_IMPORT_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_created, ==, 2);
  g_assert_cmpint (gy_store_find_pledge (f->store, "7-2"), !=, 0);

  gy_list_table_free (g_steal_pointer (&table));
  table = gy_list_table_read (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (table->sheet, ==, "안내");
  g_assert_false (gy_list_mapping_guess (table, &mapping, &error));
  g_assert_error (error, GY_LIST_ERROR, GY_LIST_ERROR_NO_HEADER);
}

static double
progress_of (GyStore    *store,
             const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = gy_store_load_card (store, gy_store_find_pledge (store, number),
                                               &error);

  g_assert_no_error (error);
  g_assert_true (card->has_progress);
  return card->progress;
}

/* A list import is one step of undo: undone, the pledge it created is gone and the 진도율 it
 * changed is back; redone, both are there again. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GyUndo) undo = gy_undo_new (f->store);
  g_autoptr(GyListReport) first = NULL;
  g_autoptr(GyListReport) report = NULL;
  g_autoptr(GyListTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  GyListMapping mapping;

  if (!write_lists (f, FALSE))
    return;
  first = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  before = pledges_text (f->store);

  table = gy_list_table_read (f->extra, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gy_list_mapping_guess (table, &mapping, &error));
  report = gy_undo_import_list (undo, table, &mapping, "8", GY_LIST_IMPORT_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_created, ==, 1);
  g_assert_cmpuint (report->n_updated, ==, 1);
  g_assert_cmpint (row_of (report, "9-1")->pledge_id, ==, gy_store_find_pledge (f->store, "9-1"));
  g_assert_cmpfloat (progress_of (f->store, "2-2"), ==, 75);
  after = pledges_text (f->store);
  g_assert_true (gy_undo_can_undo (undo));
  g_assert_cmpstr (gy_undo_get_undo_label (undo), ==, "Import extra.csv");

  g_assert_true (gy_undo_undo (undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gy_store_find_pledge (f->store, "9-1"), ==, 0);
  g_assert_cmpfloat (progress_of (f->store, "2-2"), ==, 70);
  again = pledges_text (f->store);
  g_assert_cmpstr (again, ==, before);

  g_assert_true (gy_undo_redo (undo, &error));
  g_assert_no_error (error);
  g_clear_pointer (&again, g_free);
  again = pledges_text (f->store);
  g_assert_cmpstr (again, ==, after);
  g_assert_cmpint (gy_store_find_pledge (f->store, "9-1"), !=, 0);

  /* undone once more after the redo: the new id of 9-1 is the one deleted */
  g_assert_true (gy_undo_undo (undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gy_store_find_pledge (f->store, "9-1"), ==, 0);
}

/* A pledge whose card has a money table by source keeps it: a list's other 총사업비 is refused
 * with both figures, and the same figure leaves the row unchanged. */
static void
test_money_table_kept (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GyListReport) first = NULL;
  g_autoptr(GyListReport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = NULL;
  GyMoneyRow *row;

  if (!write_lists (f, FALSE))
    return;
  first = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  card = gy_store_load_card (f->store, gy_store_find_pledge (f->store, "1-1"), &error);
  g_assert_no_error (error);
  g_clear_pointer (&card->money_sum, gy_money_row_free);
  row = gy_money_row_new ("국비", gy_card_n_years (card));
  row->before = 1000 * GY_MONEY_PER_MILLION;
  g_ptr_array_add (card->money, row);
  g_assert_true (gy_store_save_card (f->store, card, NULL, &error));
  g_assert_no_error (error);

  again = import (f->store, f->xlsx, GY_LIST_IMPORT_DEFAULT);
  g_assert_cmpuint (again->n_refused, ==, 1);
  g_assert_cmpuint (again->n_unchanged, ==, 19);
  g_assert_cmpstr (row_of (again, "1-1")->message, ==,
                   "총사업비 1,200 differs from the card’s money table (1,000): "
                   "change it in the card");
  g_clear_pointer (&card, gy_card_free);
  card = gy_store_load_card (f->store, gy_store_find_pledge (f->store, "1-1"), &error);
  g_assert_cmpint (gy_card_total_cost (card), ==, 1000 * GY_MONEY_PER_MILLION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/list/xlsx/table", Fixture, NULL, fixture_set_up, test_xlsx_table,
              fixture_tear_down);
  g_test_add ("/list/xlsx/shared-strings", Fixture, NULL, fixture_set_up,
              test_xlsx_shared_strings, fixture_tear_down);
  g_test_add ("/list/undo", Fixture, NULL, fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/list/money-table-kept", Fixture, NULL, fixture_set_up, test_money_table_kept,
              fixture_tear_down);
  g_test_add ("/list/rollups", Fixture, NULL, fixture_set_up, test_rollups, fixture_tear_down);
  g_test_add ("/list/refused-row", Fixture, NULL, fixture_set_up, test_refused_row,
              fixture_tear_down);
  g_test_add ("/list/reimport", Fixture, NULL, fixture_set_up, test_reimport, fixture_tear_down);
  g_test_add ("/list/encodings", Fixture, NULL, fixture_set_up, test_encodings,
              fixture_tear_down);
  g_test_add ("/list/missing-and-values", Fixture, NULL, fixture_set_up,
              test_missing_and_values, fixture_tear_down);
  return g_test_run ();
}

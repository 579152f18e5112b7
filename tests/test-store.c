/* test-store.c — the SQLite file: opening it safely, migrations, cards, money edits, history
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "gy-card-reader.h"
#include "gy-card-writer.h"
#include "gy-money-column.h"
#include "gy-store.h"
#include "gy-store-private.h"

#define M(x) ((gint64) (x) * GY_MONEY_PER_MILLION)
#define NONE GY_MONEY_ABSENT
/* a schema this version does not know; a literal, since PRAGMA takes no parameter */
#define NEWER 4
G_STATIC_ASSERT (NEWER == GY_STORE_SCHEMA_VERSION + 1);

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("gongyak-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "시청 공약.gongyak", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);
      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Helpers: the file as bytes, and SQL straight on it */

static char *
checksum_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
assert_nothing_beside (const char *path)
{
  static const char *const suffixes[] = { "-wal", "-shm", "-journal", ".bak-v1" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (name, G_FILE_TEST_EXISTS))
        g_error ("%s was left beside the file", name);
    }
}

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
file_int (const char *path,
          const char *sql)
{
  sqlite3 *db = raw_open (path);
  gint64 value = raw_int (db, sql);

  sqlite3_close (db);
  return value;
}

static char *
raw_text (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  GString *s = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (s, "%s|", (const char *) sqlite3_column_text (stmt, i));
      g_string_append_c (s, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (s, FALSE);
}

static GyStore *
open_new (const char *path)
{
  g_autoptr(GError) error = NULL;
  GyStore *store = gy_store_open (path, GY_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
assert_strv (GStrv               values,
             const char * const *expected)
{
  g_assert_nonnull (values);
  if (!g_strv_equal ((const char * const *) values, expected))
    {
      g_autofree char *got = g_strjoinv (", ", values);
      g_autofree char *want = g_strjoinv (", ", (GStrv) expected);
      g_error ("got [%s], expected [%s]", got, want);
    }
}

static void
assert_list (GyStore            *store,
             GyListKind          kind,
             const char * const *expected)
{
  g_auto(GStrv) values = gy_store_list_values (store, kind);

  assert_strv (values, expected);
}

static void
assert_cards_equal (const GyCard *a,
                    const GyCard *b)
{
  g_autofree char *difference = NULL;

  if (!gy_card_equal (a, b, &difference))
    g_error ("cards differ: %s", difference);
}

/* A rich card, built by hand */

static GyMoneyRow *
money_row (const char *source,
           gint64      total,
           gint64      before,
           gint64      subtotal,
           gint64      y1,
           gint64      y2,
           gint64      y3,
           gint64      y4,
           gint64      y5,
           gint64      after)
{
  GyMoneyRow *row = gy_money_row_new (source, 5);

  row->total = total;
  row->before = before;
  row->subtotal = subtotal;
  row->years[0] = y1;
  row->years[1] = y2;
  row->years[2] = y3;
  row->years[3] = y4;
  row->years[4] = y5;
  row->after = after;
  return row;
}

static GySubProject *
sub_project (const char *number,
             const char *title)
{
  return gy_sub_project_new (number, title);
}

static void
add_line (GPtrArray  *lines,
          guint       level,
          const char *label,
          const char *text)
{
  g_ptr_array_add (lines, gy_line_new (level, label, text));
}

/* The seed's pledge, plus what a district card brings: a 구비 row, an unknown header field. */
static GyCard *
build_card (const char *number,
            const char *sector)
{
  GyCard *card = gy_card_new ();
  GySubProject *sub;
  GyYearRow *row;
  GyProblem *problem;

  g_free (card->number);
  card->number = g_strdup (number);
  g_free (card->title);
  card->title = g_strdup ("4차 산업혁명 대응 혁신역량 강화");
  card->sector = g_strdup (sector);
  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  card->timing = g_strdup ("임기내");
  card->actor = g_strdup ("김천시");
  card->novelty = g_strdup ("지속사업");
  card->central_support = g_strdup ("제도적 지원 필요");
  card->budget_class = g_strdup ("예산");
  card->status = g_strdup ("정상추진");
  card->lead_dept = g_strdup ("미래혁신전략과");
  card->collab_dept = g_strdup ("-");
  g_ptr_array_add (card->extra_fields, gy_field_new ("공약 구분", "지역 공약"));
  g_ptr_array_add (card->persons, gy_person_new ("과장", "윤상영", "6350"));
  g_ptr_array_add (card->persons, gy_person_new ("담당", "황지훈", "6901"));
  g_ptr_array_add (card->persons, gy_person_new ("담당자", "김기훈", ""));

  add_line (card->overview, 0, "사업목표", "4차 산업혁명 혁신역량 강화");
  add_line (card->overview, 0, "사업기간", "2018. 7. ~ 2022. 6.");
  add_line (card->overview, 0, "소요예산",
            "10,982백만원(국비 8,080, 도비 837, 시비 1985, 기타 30, 구비 50)");
  add_line (card->overview, 0, "주요내용", "");
  add_line (card->overview, 1, NULL, "중앙부처의 공모사업 발굴 및 미래형 첨단 신산업 발굴");
  add_line (card->overview, 1, NULL, "SW융합클러스터 2.0 사업");

  sub = sub_project ("1", "4차 산업혁명 대응 정부 R&D 과제 발굴 프로젝트 추진");
  add_line (sub->lines, 0, "사업기간", "2019. 12. ~ 2020. 5.(6개월간)");
  add_line (sub->lines, 0, "사업주관", "(사)경북기술협력재단");
  add_line (sub->lines, 0, "소요예산", "30백만원(시비)");
  add_line (sub->lines, 0, "사업내용", "");
  add_line (sub->lines, 1, NULL, "과제발굴을 위한 산학연 네트워크 활동");
  g_ptr_array_add (card->subprojects, sub);

  sub = sub_project ("3", "SW융합클러스터 2.0 사업(광역자치단체 대상 과기정통부 공모사업 선정)");
  add_line (sub->lines, 0, "사 업 명", "플랫폼 기반 미래형 모빌리티 서비스 상용화");
  add_line (sub->lines, 0, "사업기간", "2020. ~ 2024.(5년간)");
  add_line (sub->lines, 0, "총사업비", "13,248백만원(국비 6,624, 지방비 6,624)");
  add_line (sub->lines, 1, "우리시 부담분", "396백만원 ※1차년도 100백만원(도비 40, 시비 60)");
  g_ptr_array_add (card->subprojects, sub);

  row = gy_year_row_new (2018, "2018", "");
  gy_year_row_add (row, "-", "4차 산업혁명시대 공직리더의 혁신전략 특강");
  gy_year_row_add (row, "·", "일시/장소 : 2018. 9. 14.(금), 김천녹색미래과학관");
  gy_year_row_add (row, "-", "아이디어 공모전");
  g_ptr_array_add (card->years, row);
  row = gy_year_row_new (2019, "2019", "");
  gy_year_row_add (row, "-", "스마트 소통넷 직원 교육");
  gy_year_row_add (row, "·", "일시/장소 : 2019. 2. 27.(수)/시청 3층 대강당");
  g_ptr_array_add (card->years, row);
  row = gy_year_row_new (2022, "2022", "상반기");
  gy_year_row_add (row, "①", "경북ICT이노베이션스퀘어 구축");
  g_ptr_array_add (card->years, row);

  card->money_sum = money_row ("계", M (10982), NONE, M (10982),
                               M (1345), M (1325), M (2630), M (2866), M (2816), NONE);
  g_ptr_array_add (card->money, money_row ("국비", M (8080), NONE, M (8080),
                                           M (900), M (800), M (2100), M (2140), M (2140), NONE));
  g_ptr_array_add (card->money, money_row ("도비", M (837), NONE, M (837),
                                           M (130), M (135), M (160), M (206), M (206), NONE));
  g_ptr_array_add (card->money, money_row ("시비", M (1985), NONE, M (1985),
                                           M (315), M (360), M (370), M (470), M (470), NONE));
  g_ptr_array_add (card->money, money_row ("민자", 0, NONE, 0,
                                           NONE, NONE, NONE, NONE, NONE, NONE));
  g_ptr_array_add (card->money, money_row ("기타", M (30), 0, M (30),
                                           NONE, M (30), NONE, NONE, NONE, NONE));
  g_ptr_array_add (card->money, money_row ("구비", M (50), NONE, M (50),
                                           NONE, NONE, NONE, M (50), NONE, NONE));

  problem = gy_problem_new ("부서 간 업무협약이 쉽지 않음");
  g_ptr_array_add (problem->responses, g_strdup ("연구기관 및 기업과 연계·협업"));
  g_ptr_array_add (problem->responses, g_strdup ("시 전체적인 회의 등을 통한 업무협약"));
  g_ptr_array_add (card->problems, problem);
  g_ptr_array_add (card->problems, gy_problem_new ("대응 없는 문제"));
  g_ptr_array_add (card->effects, g_strdup ("정부 공모사업 유치 발판 마련"));
  return card;
}

/* A small card: no money table, no sub-projects. */
static GyCard *
build_small_card (const char *number,
                  const char *title,
                  const char *sector)
{
  GyCard *card = gy_card_new ();

  g_free (card->number);
  card->number = g_strdup (number);
  g_free (card->title);
  card->title = g_strdup (title);
  card->sector = g_strdup (sector);
  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_HALF);
  card->status = g_strdup ("완료");
  card->lead_dept = g_strdup ("기획예산과");
  return card;
}

static GPtrArray *
cards_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
}

static gint64
import_one (GyStore *store,
            GyCard  *card)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);
  g_assert_cmpint (card->id, >, 0);
  return card->id;
}

static GyCard *
load (GyStore *store,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_store_load_card (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (card);
  return card;
}

static GPtrArray *
history (GyStore *store,
         gint64   pledge_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = gy_store_list_history (store, pledge_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (changes);
  return changes;
}

static void
assert_change (GPtrArray  *changes,
               guint       index,
               const char *what,
               const char *before,
               const char *after,
               const char *reason)
{
  const GyChange *change;

  g_assert_cmpuint (index, <, changes->len);
  change = g_ptr_array_index (changes, index);
  g_assert_cmpstr (change->what, ==, what);
  g_assert_cmpstr (change->before, ==, before);
  g_assert_cmpstr (change->after, ==, after);
  g_assert_cmpstr (change->reason, ==, reason);
}

static void
assert_error_message (GError       *error,
                      GyStoreError  code,
                      const char   *message)
{
  g_assert_error (error, GY_STORE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* Opening */

static void
test_open_creates_defaults (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char *const sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };
  static const char *const statuses[] = {
    "완료", "이행 후 계속추진", "정상추진", "일부추진", "보류", "폐기", "미도래", NULL,
  };
  static const char *const none[] = { NULL };
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GPtrArray) changes = history (store, 0);
  g_autofree char *body = gy_store_dup_body_name (store);
  const GyTerm *term;
  char start[16], end[16];
  int defensive = 0;

  g_assert_cmpstr (gy_store_get_path (store), ==, fixture->path);
  g_assert_false (gy_store_is_read_only (store));
  /* The connection as the file's safety asks: FULL is 2. */
  {
    g_autofree char *mode = raw_text (store->db, "PRAGMA journal_mode");

    g_assert_cmpstr (mode, ==, "wal|\n");
    g_assert_cmpint (raw_int (store->db, "PRAGMA synchronous"), ==, 2);
    g_assert_cmpint (raw_int (store->db, "PRAGMA foreign_keys"), ==, 1);
    g_assert_cmpint (raw_int (store->db, "PRAGMA trusted_schema"), ==, 0);
    g_assert_cmpint (sqlite3_db_config (store->db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive),
                     ==, SQLITE_OK);
    g_assert_cmpint (defensive, ==, 1);
  }
  assert_list (store, GY_LIST_SOURCES, sources);
  assert_list (store, GY_LIST_STATUSES, statuses);
  assert_list (store, GY_LIST_SECTORS, none);
  g_assert_cmpstr (body, ==, "");
  g_assert_cmpuint (changes->len, ==, 0);
  pledges = gy_store_list_pledges (store, NULL);
  g_assert_cmpuint (pledges->len, ==, 0);

  g_assert_cmpuint (terms->len, ==, 2);
  term = g_ptr_array_index (terms, 0);
  g_assert_cmpint (term->id, >, 0);
  g_assert_cmpstr (term->name, ==, "민선7기");
  gy_store_format_iso_date (&term->start, start);
  gy_store_format_iso_date (&term->end, end);
  g_assert_cmpstr (start, ==, "2018-07-01");
  g_assert_cmpstr (end, ==, "2022-06-30");
  g_assert_cmpint (term->layout, ==, GY_TERM_LAYOUT_HALF);
  g_assert_cmpstr (gy_term_column (term, 0)->key, ==, "2018H2");
  term = g_ptr_array_index (terms, 1);
  g_assert_cmpstr (term->name, ==, "민선8기");
  gy_store_format_iso_date (&term->start, start);
  g_assert_cmpstr (start, ==, "2022-07-01");

  g_clear_object (&store);
  g_assert_cmpint (file_int (fixture->path, "PRAGMA application_id"), ==, GY_STORE_APPLICATION_ID);
  g_assert_cmpint (file_int (fixture->path, "PRAGMA user_version"), ==, GY_STORE_SCHEMA_VERSION);
  /* The header's read and write versions are 2 in a WAL file. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
    g_assert_cmpuint (length, >=, 100);
    g_assert_cmpint (contents[18], ==, 2);
    g_assert_cmpint (contents[19], ==, 2);
  }
  assert_nothing_beside (fixture->path);

  /* Opened again, nothing is added twice. */
  store = gy_store_open (fixture->path, GY_STORE_OPEN_CREATE, NULL);
  g_assert_nonnull (store);
  assert_list (store, GY_LIST_SOURCES, sources);
}

static void
test_open_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = gy_store_open (fixture->path, GY_STORE_OPEN_DEFAULT, &error);
  g_autofree char *message = g_strdup_printf ("“%s” does not exist", fixture->path);

  g_assert_null (store);
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);

  /* Read-only cannot create. */
  store = gy_store_open (fixture->path, GY_STORE_OPEN_CREATE | GY_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  assert_nothing_beside (fixture->path);
}

/* Tries every way of opening; each must fail with code and message, leaving the file as it was. */
static void
assert_refused (const char *path,
                GyStoreError code,
                const char *message)
{
  static const GyStoreOpenFlags flags[] = {
    GY_STORE_OPEN_DEFAULT, GY_STORE_OPEN_CREATE, GY_STORE_OPEN_READ_ONLY,
  };
  g_autofree char *before = checksum_of (path);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GyStore) store = gy_store_open (path, flags[i], &error);
      g_autofree char *after = NULL;

      g_assert_null (store);
      g_assert_error (error, GY_STORE_ERROR, code);
      if (message != NULL)
        g_assert_cmpstr (error->message, ==, message);
      else
        g_assert_nonnull (strstr (error->message, path));
      after = checksum_of (path);
      g_assert_cmpstr (after, ==, before);
      assert_nothing_beside (path);
    }
}

static void
test_open_refuses_newer (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *message = NULL;
  sqlite3 *db;

  g_object_unref (open_new (fixture->path));
  db = raw_open (fixture->path);
  raw_exec (db, "PRAGMA user_version = " G_STRINGIFY (NEWER));
  sqlite3_close (db);
  assert_nothing_beside (fixture->path);

  message = g_strdup_printf ("“%s” was written by a newer version of Gongyak (schema %d; "
                             "this version reads up to %d). Install the newer Gongyak to "
                             "open it.", fixture->path, NEWER,
                             GY_STORE_SCHEMA_VERSION);
  assert_refused (fixture->path, GY_STORE_ERROR_NEWER, message);
}

static void
test_open_refuses_newer_unmarked_journal (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autofree char *message = NULL;
  sqlite3 *db;

  /* A newer Gongyak that left the rollback journal on: still refused, still untouched. */
  g_object_unref (open_new (fixture->path));
  db = raw_open (fixture->path);
  raw_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 7; "
                "CREATE TABLE later_feature (x)");
  sqlite3_close (db);

  message = g_strdup_printf ("“%s” was written by a newer version of Gongyak (schema 7; "
                             "this version reads up to " G_STRINGIFY (GY_STORE_SCHEMA_VERSION)
                             "). Install the newer Gongyak to open it.", fixture->path);
  assert_refused (fixture->path, GY_STORE_ERROR_NEWER, message);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static void
test_open_refuses_newer_in_log (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *crashed = g_build_filename (fixture->dir, "crashed.gongyak", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *message = NULL;
  g_autofree char *before = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  sqlite3 *db;

  /* A newer Gongyak upgraded the file and crashed before the log reached the file: the file
   * itself still says the current schema, its log a newer one. */
  g_object_unref (open_new (fixture->path));
  db = raw_open (fixture->path);
  raw_exec (db, "PRAGMA user_version = " G_STRINGIFY (NEWER));
  copy_file (fixture->path, crashed);
  copy_file (wal, crashed_wal);
  sqlite3_close (db);
  g_assert_cmpint (file_int (fixture->path, "PRAGMA user_version"), ==, NEWER);

  before = checksum_of (crashed);
  wal_before = checksum_of (crashed_wal);
  store = gy_store_open (crashed, GY_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  message = g_strdup_printf ("“%s” was written by a newer version of Gongyak (schema " G_STRINGIFY (NEWER) "; "
                             "this version reads up to %d). Install the newer Gongyak to "
                             "open it.", crashed, GY_STORE_SCHEMA_VERSION);
  assert_error_message (error, GY_STORE_ERROR_NEWER, message);
  after = checksum_of (crashed);
  wal_after = checksum_of (crashed_wal);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (wal_after, ==, wal_before);
}

static void
test_open_refuses_foreign (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *message = g_strdup_printf ("“%s” was made by another program, not "
                                              "Gongyak. Open a Gongyak file (.gongyak) "
                                              "instead.", fixture->path);
  g_autofree char *other = g_build_filename (fixture->dir, "marked.db", NULL);
  g_autofree char *other_message = g_strdup_printf ("“%s” was made by another program, not "
                                                    "Gongyak. Open a Gongyak file (.gongyak) "
                                                    "instead.", other);
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_exec (db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                "INSERT INTO notes (text) VALUES ('장보기'), ('회의');"
                "PRAGMA user_version = 1");
  sqlite3_close (db);
  assert_refused (fixture->path, GY_STORE_ERROR_FOREIGN, message);

  /* Another program's mark, even with no tables yet. */
  db = raw_open (other);
  raw_exec (db, "PRAGMA application_id = 42");
  sqlite3_close (db);
  assert_refused (other, GY_STORE_ERROR_FOREIGN, other_message);
}

static void
test_open_refuses_not_database (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *message = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "공약번호\t1-3\t사업명\t4차 산업혁명\n");
  g_assert_true (g_file_set_contents (fixture->path, text->str, text->len, NULL));
  /* a sentence that says what to do, without SQLite's English "(file is not a database)" */
  message = g_strdup_printf ("“%s” is not a Gongyak file, or it is damaged. Open another file, "
                             "or restore this one from a backup copy.", fixture->path);
  assert_refused (fixture->path, GY_STORE_ERROR_NOT_DATABASE, message);
}

static void
test_open_refuses_damaged (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *truncated = g_build_filename (fixture->dir, "truncated.gongyak", NULL);
  g_autofree char *scrambled = g_build_filename (fixture->dir, "scrambled.gongyak", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) cards = cards_new ();
  gsize length;

  {
    g_autoptr(GyStore) store = open_new (fixture->path);

    for (guint i = 0; i < 20; i++)
      {
        g_autofree char *number = g_strdup_printf ("1-%u", i + 1);
        g_ptr_array_add (cards, build_card (number, "경제"));
      }
    g_assert_true (gy_store_import_cards (store, cards, NULL));
  }
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);

  /* Cut after three pages: the header counts more. */
  g_assert_true (g_file_set_contents (truncated, contents, 3 * 4096, NULL));
  assert_refused (truncated, GY_STORE_ERROR_NOT_DATABASE, NULL);

  /* The header's magic overwritten. */
  memcpy (contents, "Gongyak format 0", 16);
  g_assert_true (g_file_set_contents (scrambled, contents, length, NULL));
  assert_refused (scrambled, GY_STORE_ERROR_NOT_DATABASE, NULL);
}

static void
test_open_empty_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  g_autofree char *message = g_strdup_printf ("“%s” is empty, so it is not a Gongyak file. "
                                              "Open another file, or make a new one with "
                                              "New Database.", fixture->path);
  g_auto(GStrv) sources = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  store = gy_store_open (fixture->path, GY_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_DATABASE);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);

  /* Asked to create, an empty file becomes a new one. */
  store = gy_store_open (fixture->path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sources = gy_store_list_values (store, GY_LIST_SOURCES);
  g_assert_cmpuint (g_strv_length (sources), ==, 5);
}

static void
assert_read_only_error (GError *error)
{
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_READ_ONLY);
}

static void
test_open_read_only (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GyCard) card = build_card ("1-1", "경제");
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GyCard) other = build_card ("1-2", "경제");
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GyTerm) term = gy_term_new_numbered (9, GY_TERM_LAYOUT_HALF);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  gint64 id;

  id = import_one (store, card);
  g_clear_object (&store);
  before = checksum_of (fixture->path);

  store = gy_store_open (fixture->path, GY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (gy_store_is_read_only (store));

  /* Reading works. */
  pledges = gy_store_list_pledges (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pledges->len, ==, 1);
  loaded = load (store, id);
  assert_cards_equal (loaded, card);

  /* Every write is refused. */
  g_assert_false (gy_store_set_body_name (store, "김천시", &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_add_value (store, GY_LIST_SECTORS, "복지", &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_rename_value (store, GY_LIST_SOURCES, "국비", "국고", &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_move_value (store, GY_LIST_SOURCES, "기타", 0, &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_remove_value (store, GY_LIST_STATUSES, "보류", &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_add_term (store, term, &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_rename_term (store, card->term->id, "7기", &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_remove_term (store, card->term->id, &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_ptr_array_add (cards, other);
  g_assert_false (gy_store_import_cards (store, cards, &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_cmpint (other->id, ==, 0);
  gy_line_set_text (g_ptr_array_index (loaded->overview, 1), "2018. 7. ~ 2023. 6.");
  g_assert_false (gy_store_save_card (store, loaded, "연장", &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_set_money_cell (store, id, "국비", "2019", M (1), NULL, &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_false (gy_store_delete_pledge (store, id, &error));
  assert_read_only_error (error);
  g_clear_error (&error);

  g_clear_object (&store);
  after = checksum_of (fixture->path);
  g_assert_cmpstr (after, ==, before);
  /* A reader of a WAL file may leave SQLite's empty log and lock file; the next writer to
   * close removes them. */
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
    g_autofree char *contents = NULL;
    gsize length = 0;

    if (g_file_get_contents (wal, &contents, &length, NULL))
      g_assert_cmpuint (length, ==, 0);
  }
  g_object_unref (open_new (fixture->path));
  assert_nothing_beside (fixture->path);
}

/* Migrations */

static char *
schema_of (const char *path)
{
  sqlite3 *db = raw_open (path);
  char *text = raw_text (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name");

  sqlite3_close (db);
  return text;
}

static void
test_migrate_from_v1 (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (fixture->path, ".bak-v1", NULL);
  g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.gongyak", NULL);
  g_autofree char *fresh_backup = g_strconcat (fresh, ".bak-v1", NULL);
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GyCard) card = NULL;
  const GyPledgeSummary *summary;
  sqlite3 *db;

  g_assert_true (gy_store_create_at_version (fixture->path, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_int (fixture->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (file_int (fixture->path, "PRAGMA application_id"), ==, GY_STORE_APPLICATION_ID);
  g_assert_cmpint (file_int (fixture->path, "SELECT count(*) FROM pragma_table_info('change') "
                                            "WHERE name = 'reason'"), ==, 0);

  /* What a first Gongyak had written. */
  db = raw_open (fixture->path);
  raw_exec (db,
            "INSERT INTO sector (name, position) VALUES ('경제', 0);"
            "INSERT INTO pledge (number, title, sector_id, term_id, status, lead_dept, progress, "
            "  position) VALUES ('1-1', '청년 일자리', 1, "
            "  (SELECT id FROM term WHERE name = '민선7기'), '정상추진', '일자리경제과', 40, 0);"
            "INSERT INTO line (pledge_id, pos, level, label, text, period_start, period_end) "
            "  VALUES (1, 0, 0, '사업기간', '2018. 7. ~ 2022. 6.', '2018-07', '2022-06');"
            "INSERT INTO money (pledge_id, pos, source, is_sum) VALUES (1, 0, '국비', 0);"
            "INSERT INTO money_cell (money_id, column_key, amount) VALUES (1, 'total', 500000);"
            "INSERT INTO change (at, pledge_id, pledge, what, before_value, after_value) "
            "  VALUES ('2021-03-02T10:00:00', 1, '1-1 청년 일자리', '사업기간', "
            "  '2018. 7. ~ 2021. 6.', '2018. 7. ~ 2022. 6.');");
  sqlite3_close (db);

  store = gy_store_open (fixture->path, GY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  pledges = gy_store_list_pledges (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pledges->len, ==, 1);
  summary = g_ptr_array_index (pledges, 0);
  g_assert_cmpstr (summary->number, ==, "1-1");
  g_assert_cmpstr (summary->sector, ==, "경제");
  g_assert_cmpstr (summary->term, ==, "민선7기");
  g_assert_true (summary->has_progress);
  g_assert_cmpfloat (summary->progress, ==, 40.0);
  g_assert_cmpint (summary->total_cost, ==, M (500));

  card = load (store, summary->id);
  g_assert_cmpuint (card->overview->len, ==, 1);
  g_assert_cmpint (((GyLine *) g_ptr_array_index (card->overview, 0))->end_year, ==, 2022);

  changes = history (store, 0);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, "사업기간", "2018. 7. ~ 2021. 6.", "2018. 7. ~ 2022. 6.", "");
  g_assert_cmpstr (((GyChange *) g_ptr_array_index (changes, 0))->when, ==,
                   "2021-03-02T10:00:00");
  g_clear_object (&store);

  /* Upgraded in place, the old file kept beside it. */
  g_assert_cmpint (file_int (fixture->path, "PRAGMA user_version"), ==, GY_STORE_SCHEMA_VERSION);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (file_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (file_int (backup, "SELECT count(*) FROM change"), ==, 1);
  g_assert_cmpint (file_int (backup, "SELECT count(*) FROM pragma_table_info('change') "
                                     "WHERE name = 'reason'"), ==, 0);

  /* A migrated file has exactly the tables of a new one. */
  g_object_unref (open_new (fresh));
  migrated_schema = schema_of (fixture->path);
  fresh_schema = schema_of (fresh);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);
  g_assert_false (g_file_test (fresh_backup, G_FILE_TEST_EXISTS));

  /* Opened again: nothing more to do, no second copy. */
  store = gy_store_open (fixture->path, GY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  {
    g_autofree char *second = g_strconcat (fixture->path, ".bak-v1-2", NULL);
    g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));
  }
}

static void
test_migrate_read_only_refused (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (gy_store_create_at_version (fixture->path, 1, NULL));
  before = checksum_of (fixture->path);
  store = gy_store_open (fixture->path, GY_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_READ_ONLY);
  message = g_strdup_printf ("“%s” was written by an older version of Gongyak (schema 1) and "
                             "must be upgraded, which a file opened read-only cannot be. Copy "
                             "it to a folder of yours and open the copy.", fixture->path);
  g_assert_cmpstr (error->message, ==, message);
  after = checksum_of (fixture->path);
  g_assert_cmpstr (after, ==, before);
  assert_nothing_beside (fixture->path);
}

/* Cards */

static const GyMoneyRow *
money_of (const GyCard *card,
          const char   *source)
{
  if (g_strcmp0 (source, "계") == 0)
    return card->money_sum;
  for (guint i = 0; i < card->money->len; i++)
    {
      const GyMoneyRow *row = g_ptr_array_index (card->money, i);
      if (g_strcmp0 (row->source, source) == 0)
        return row;
    }
  g_assert_not_reached ();
}


static void
test_cards_round_trip (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char *const sources[] = { "국비", "도비", "시비", "민자", "기타", "구비", NULL };
  static const char *const sectors[] = { "경제", NULL };
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_card ("1-3", "경제");
  g_autoptr(GyCard) loaded = NULL;
  const GyLine *budget;
  const GyAmount *amount;
  const GyMoneyRow *row;
  gint64 id;

  id = import_one (store, card);
  g_assert_cmpint (card->term->id, >, 0);
  loaded = load (store, id);
  assert_cards_equal (loaded, card);
  g_assert_cmpint (loaded->id, ==, id);
  g_assert_cmpint (loaded->term->id, ==, card->term->id);

  /* The district's source joined the list; 지방비 of a budget line did not. */
  assert_list (store, GY_LIST_SOURCES, sources);
  assert_list (store, GY_LIST_SECTORS, sectors);

  /* Values derived again from the text. */
  budget = g_ptr_array_index (((GySubProject *) g_ptr_array_index (loaded->subprojects, 1))->lines,
                              2);
  g_assert_cmpint (budget->role, ==, GY_LINE_BUDGET);
  g_assert_cmpint (budget->total, ==, M (13248));
  g_assert_cmpuint (budget->amounts->len, ==, 2);
  amount = g_ptr_array_index (budget->amounts, 1);
  g_assert_cmpstr (amount->source, ==, "지방비");
  g_assert_cmpint (amount->amount, ==, M (6624));

  /* Blank stays blank, 0 stays 0. */
  row = g_ptr_array_index (loaded->money, 3);
  g_assert_cmpstr (row->source, ==, "민자");
  g_assert_cmpint (row->total, ==, 0);
  g_assert_cmpint (row->years[0], ==, NONE);
  row = g_ptr_array_index (loaded->money, 4);
  g_assert_cmpint (row->before, ==, 0);
  g_assert_cmpint (row->years[0], ==, NONE);
  g_assert_cmpint (row->years[1], ==, M (30));

  /* The derived columns for queries. */
  g_clear_object (&store);
  {
    sqlite3 *db = raw_open (fixture->path);
    g_autofree char *periods = raw_text (db, "SELECT period_start, period_end FROM line "
                                             "WHERE period_start IS NOT NULL ORDER BY id");
    g_autofree char *budgets = raw_text (db, "SELECT budget_total FROM line "
                                             "WHERE budget_total IS NOT NULL ORDER BY id");

    g_assert_cmpstr (periods, ==, "2018-07|2022-06|\n2019-12|2020-05|\n2020-01|2024-12|\n");
    g_assert_cmpstr (budgets, ==, "10982000|\n30000|\n13248000|\n");
    sqlite3_close (db);
  }
}

static void
test_cards_seed_round_trip (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autofree char *seed = g_build_filename (TEST_DATA_DIR, "000_3888df2267cd0c0c.txt", NULL);
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = gy_card_read_file (seed, terms, &error);
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GyCard) edited = NULL;
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 id;

  g_assert_no_error (error);
  id = import_one (store, card);
  loaded = load (store, id);
  assert_cards_equal (loaded, card);
  pledges = gy_store_list_pledges (store, NULL);
  g_assert_cmpint (((GyPledgeSummary *) g_ptr_array_index (pledges, 0))->total_cost, ==,
                   M (10932));

  /* Saved unchanged, nothing is recorded; 기타 2019 from 30 to 40 moves the 계 row. */
  g_assert_true (gy_store_save_card (store, loaded, "", &error));
  g_assert_true (gy_store_set_money_cell (store, id, "기타", "2019", M (40), "정산", &error));
  g_assert_no_error (error);
  edited = load (store, id);
  g_assert_cmpint (money_of (edited, "기타")->subtotal, ==, M (40));
  g_assert_cmpint (money_of (edited, "기타")->total, ==, M (40));
  g_assert_cmpint (money_of (edited, "계")->years[1], ==, M (1335));
  g_assert_cmpint (money_of (edited, "계")->subtotal, ==, M (10942));
  g_assert_cmpint (money_of (edited, "계")->total, ==, M (10942));
  g_assert_cmpint (money_of (edited, "민자")->total, ==, 0);
  changes = history (store, 0);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, "연차별 투자수요 기타 2019", "30", "40", "정산");
}

static void
test_cards_all_or_nothing (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char *const sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };
  static const char *const none[] = { NULL };
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GPtrArray) cards = cards_new ();
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  GyCard *first, *second;

  /* The first card brings a new sector, a new source (구비) and a new term. */
  first = build_card ("1-1", "경제");
  gy_term_free (first->term);
  first->term = gy_term_new_numbered (9, GY_TERM_LAYOUT_HALF);
  g_assert_cmpuint (gy_term_n_columns (first->term), ==, 5);
  second = build_small_card ("1-2", "없는 카드", "복지");
  g_clear_pointer (&second->term, gy_term_free);
  g_ptr_array_add (cards, first);
  g_ptr_array_add (cards, second);

  g_assert_false (gy_store_import_cards (store, cards, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Card 2 (1-2 없는 카드): The card has no term");

  /* Nothing of the first card either: no pledge, sector, source or term. */
  pledges = gy_store_list_pledges (store, NULL);
  g_assert_cmpuint (pledges->len, ==, 0);
  assert_list (store, GY_LIST_SECTORS, none);
  assert_list (store, GY_LIST_SOURCES, sources);
  terms = gy_store_list_terms (store);
  g_assert_cmpuint (terms->len, ==, 2);
  g_assert_cmpint (first->id, ==, 0);
  g_assert_cmpint (first->term->id, ==, 0);
  g_clear_object (&store);
  g_assert_cmpint (file_int (fixture->path, "SELECT count(*) FROM line"), ==, 0);
  g_assert_cmpint (file_int (fixture->path, "SELECT count(*) FROM money_cell"), ==, 0);
}

/* A card read as the CLI reads it: with the file's terms. */
static GyCard *
read_card (GyStore    *store,
           const char *path)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (path, terms, &error);

  g_assert_no_error (error);
  g_assert_nonnull (card);
  return card;
}

static const GyTerm *
term_named (GPtrArray  *terms,
            const char *name)
{
  for (guint i = 0; i < terms->len; i++)
    if (g_strcmp0 (((GyTerm *) g_ptr_array_index (terms, i))->name, name) == 0)
      return g_ptr_array_index (terms, i);
  g_assert_not_reached ();
}

static void
assert_term (GyStore      *store,
             const char   *name,
             GyTermLayout  layout,
             const char   *after_label,
             const char   *first_key)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  const GyTerm *term = term_named (terms, name);
  g_autofree char *after = gy_term_after_label (term);

  g_assert_cmpint (term->layout, ==, layout);
  g_assert_cmpstr (after, ==, after_label);
  g_assert_cmpstr (gy_term_column (term, 0)->key, ==, first_key);
}

/* A district's whole-year card into a new file: the term takes its columns and its (C) label,
 * the body its sources and its name, and all of it survives closing the file. */
static void
test_cards_learn_body (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char *const sources[] = { "국비", "시비", "구비", NULL };
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "cards", "district-whole.txt", NULL);
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = read_card (store, path);
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autofree char *body = NULL;
  g_autofree char *label = NULL;
  const GyTerm *term;
  gint64 id;

  g_assert_cmpint (card->term->layout, ==, GY_TERM_LAYOUT_WHOLE);
  g_assert_cmpint (card->term->id, >, 0);
  id = import_one (store, card);
  assert_term (store, "민선8기", GY_TERM_LAYOUT_WHOLE, "임기후", "2022");
  assert_term (store, "민선7기", GY_TERM_LAYOUT_HALF, "2022 하반기 이후", "2018H2");
  assert_list (store, GY_LIST_SOURCES, sources);
  body = gy_store_dup_body_name (store);
  g_assert_cmpstr (body, ==, "한울구");

  g_clear_object (&store);
  g_assert_cmpint (file_int (fixture->path, "SELECT count(*) FROM term WHERE name = '민선8기' "
                                            "AND layout = 'whole' AND after_label = '임기후'"),
                   ==, 1);
  g_assert_cmpint (file_int (fixture->path, "SELECT count(*) FROM term "
                                            "WHERE after_label IS NOT NULL"), ==, 1);
  store = open_new (fixture->path);
  assert_term (store, "민선8기", GY_TERM_LAYOUT_WHOLE, "임기후", "2022");
  assert_list (store, GY_LIST_SOURCES, sources);
  g_clear_pointer (&body, g_free);
  body = gy_store_dup_body_name (store);
  g_assert_cmpstr (body, ==, "한울구");

  loaded = load (store, id);
  assert_cards_equal (loaded, card);
  g_assert_cmpstr (loaded->term->after_label, ==, "임기후");
  g_assert_cmpuint (gy_term_n_columns (loaded->term), ==, 5);
  g_assert_cmpstr (gy_term_column (loaded->term, 4)->label, ==, "2026");
  g_assert_cmpint (money_of (loaded, "구비")->years[2], ==, 200500);
  g_assert_cmpint (money_of (loaded, "국비")->after, ==, M (200));
  label = gy_money_column_label (loaded->term, gy_money_column_after (loaded->term));
  g_assert_cmpstr (label, ==, "임기후 (C)");
  terms = gy_store_list_terms (store);
  term = term_named (terms, "민선8기");
  g_assert_cmpint (term->id, ==, loaded->term->id);

  /* Exported, imported into another new file, exported again: the same bytes. */
  {
    g_autofree char *other_path = g_build_filename (fixture->dir, "다른 구.gongyak", NULL);
    g_autoptr(GyStore) other = open_new (other_path);
    g_autoptr(GPtrArray) other_terms = gy_store_list_terms (other);
    g_autofree char *text = gy_card_write (loaded);
    g_autofree char *again = NULL;
    g_autoptr(GyCard) reread = NULL;
    g_autoptr(GyCard) reloaded = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_nonnull (strstr (text, "\t임기후 (C)\n"));
    g_assert_nonnull (strstr (text, "\t소계\t2022\t2023\t2024\t2025\t2026\t\n"));
    reread = gy_card_read (text, -1, "exported.txt", other_terms, &error);
    g_assert_no_error (error);
    reloaded = load (other, import_one (other, reread));
    again = gy_card_write (reloaded);
    g_assert_cmpstr (again, ==, text);
  }
}

/* The seed (민선7기, half years, a lost column) and a 민선8기 card in half years: two terms of
 * one file, each as its card says. A whole-year card of 민선8기 then no longer fits. */
static void
test_cards_two_terms (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char *const sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };
  g_autofree char *seed = g_build_filename (TEST_DATA_DIR, "000_3888df2267cd0c0c.txt", NULL);
  g_autofree char *term8 = g_build_filename (TEST_DATA_DIR, "cards", "term8.txt", NULL);
  g_autofree char *whole = g_build_filename (TEST_DATA_DIR, "cards", "district-whole.txt",
                                             NULL);
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) first = read_card (store, seed);
  g_autoptr(GyCard) second = NULL;
  g_autoptr(GyCard) third = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  import_one (store, first);
  second = read_card (store, term8);
  import_one (store, second);
  assert_term (store, "민선7기", GY_TERM_LAYOUT_HALF, "2022 하반기 이후", "2018H2");
  assert_term (store, "민선8기", GY_TERM_LAYOUT_HALF, "2026 하반기 이후", "2022H2");
  /* the seed's sources are the default list; the later card's 도비 … are known already */
  assert_list (store, GY_LIST_SOURCES, sources);
  body = gy_store_dup_body_name (store);
  g_assert_cmpstr (body, ==, "김천시");
  pledges = gy_store_list_pledges (store, NULL);
  g_assert_cmpuint (pledges->len, ==, 2);

  third = read_card (store, whole);
  g_ptr_array_add (cards, third);
  g_assert_false (gy_store_import_cards (store, cards, &error));
  assert_error_message (error, GY_STORE_ERROR_INVALID,
                        "Card 1 (3-1 생활권 공원 녹지 확충): The term “민선8기” runs "
                        "2022-07-01 – 2026-06-30 (whole years, 임기후 (C)) on the card but "
                        "2022-07-01 – 2026-06-30 (half years, 2026 하반기 이후 (C)) in the file");
  assert_term (store, "민선8기", GY_TERM_LAYOUT_HALF, "2026 하반기 이후", "2022H2");
  assert_list (store, GY_LIST_SOURCES, sources);
}

static void
test_cards_term_mismatch (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) half = build_small_card ("1-1", "반기", NULL);
  g_autoptr(GyCard) card = build_small_card ("1-2", "통째 연도", NULL);
  g_autoptr(GyCard) named = build_small_card ("1-3", "임기후라 부름", NULL);
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  /* Once the term holds a pledge in half years, whole-year columns would not fit it. */
  import_one (store, half);
  gy_term_free (card->term);
  card->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_WHOLE);
  g_ptr_array_add (cards, card);
  g_assert_false (gy_store_import_cards (store, cards, &error));
  assert_error_message (error, GY_STORE_ERROR_INVALID,
                        "Card 1 (1-2 통째 연도): The term “민선7기” runs 2018-07-01 – 2022-06-30 "
                        "(whole years, 2023 이후 (C)) on the card but 2018-07-01 – 2022-06-30 "
                        "(half years, 2022 하반기 이후 (C)) in the file");
  g_clear_error (&error);

  /* Another name for the same (C) fits its columns: the term keeps the name it has. */
  gy_term_set_after_label (named->term, "임기후");
  loaded = load (store, import_one (store, named));
  assert_term (store, "민선7기", GY_TERM_LAYOUT_HALF, "2022 하반기 이후", "2018H2");
  g_assert_null (loaded->term->after_label);
}

/* A term with no pledge takes the card's columns, even in a file that has other pledges;
 * the first card of a batch decides, the next that disagrees is refused, and then nothing. */
/* One import of a 구's whole-year card and a card with no money table (its header says neither
 * half nor whole years), in either order: both land in the whole-year term. */
static void
test_cards_layout_guessed (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "cards", "district-whole.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;
  char *money, *problems;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  money = strstr (text, "□ 연차별 투자수요");
  problems = strstr (text, "□ 문제점");
  g_assert_true (money != NULL && problems != NULL && g_str_has_prefix (text, "3-1."));
  plain = g_strdup_printf ("3-2.%.*s%s", (int) (money - text - 4), text + 4, problems);

  for (guint order = 0; order < 2; order++)
    {
      g_autoptr(GyStore) store = NULL;
      g_autoptr(GPtrArray) terms = NULL;
      g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
      g_autoptr(GError) error = NULL;
      g_autofree char *file = g_strdup_printf ("%s-%u", fixture->path, order);
      GyCard *whole, *guessed;

      store = gy_store_open (file, GY_STORE_OPEN_CREATE, &error);
      g_assert_no_error (error);
      terms = gy_store_list_terms (store);
      whole = gy_card_read_file (path, terms, &error);
      g_assert_no_error (error);
      guessed = gy_card_read (plain, -1, "plain.txt", terms, &error);
      g_assert_no_error (error);
      g_assert_false (whole->term->layout_guessed);
      g_assert_true (guessed->term->layout_guessed);
      g_ptr_array_add (cards, order == 0 ? whole : guessed);
      g_ptr_array_add (cards, order == 0 ? guessed : whole);
      gy_store_import_cards (store, cards, &error);
      g_assert_no_error (error);
      assert_term (store, "민선8기", GY_TERM_LAYOUT_WHOLE, "임기후", "2022");
      g_clear_object (&store);
    }
}

static void
test_cards_term_adopted (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) eighth = build_small_card ("1-1", "8기", NULL);
  g_autoptr(GyCard) whole = build_small_card ("2-1", "통째", NULL);
  g_autoptr(GyCard) half = build_small_card ("2-2", "반기", NULL);
  g_autoptr(GyCard) again = build_small_card ("2-3", "통째 다시", NULL);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  gy_term_free (eighth->term);
  eighth->term = gy_term_new_numbered (8, GY_TERM_LAYOUT_HALF);
  import_one (store, eighth);

  gy_term_free (whole->term);
  whole->term = gy_term_new_numbered (7, GY_TERM_LAYOUT_WHOLE);
  gy_term_set_after_label (whole->term, "임기후");
  g_ptr_array_add (cards, whole);
  g_ptr_array_add (cards, half);
  g_assert_false (gy_store_import_cards (store, cards, &error));
  assert_error_message (error, GY_STORE_ERROR_INVALID,
                        "Card 2 (2-2 반기): The term “민선7기” runs 2018-07-01 – 2022-06-30 "
                        "(half years, 2022 하반기 이후 (C)) on the card but 2018-07-01 – 2022-06-30 "
                        "(whole years, 임기후 (C)) in the file");
  assert_term (store, "민선7기", GY_TERM_LAYOUT_HALF, "2022 하반기 이후", "2018H2");

  gy_term_free (again->term);
  again->term = gy_term_copy (whole->term);
  import_one (store, again);
  assert_term (store, "민선7기", GY_TERM_LAYOUT_WHOLE, "임기후", "2018");
  assert_term (store, "민선8기", GY_TERM_LAYOUT_HALF, "2026 하반기 이후", "2022H2");
}

/* Sources and the body's name are learnt once: later imports only add what is new. */
static void
test_cards_body_kept (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char *const district[] = { "국비", "시비", "구비", "도비", NULL };
  static const char *const city[] = { "국비", "도비", "시비", "민자", "기타", "군비", "구비",
                                      NULL };
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "cards", "district-whole.txt", NULL);
  g_autofree char *city_path = g_build_filename (fixture->dir, "시.gongyak", NULL);
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) first = read_card (store, path);
  g_autoptr(GyCard) second = build_small_card ("9-1", "도비 사업", NULL);
  g_autoptr(GyCard) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  /* The second card of another body, with 도비: the list grows at its end. */
  import_one (store, first);
  g_ptr_array_add (second->money, money_row ("도비", M (10), NONE, M (10),
                                             M (10), NONE, NONE, NONE, NONE, NONE));
  g_free (second->actor);
  second->actor = g_strdup ("새빛구");
  import_one (store, second);
  assert_list (store, GY_LIST_SOURCES, district);
  body = gy_store_dup_body_name (store);
  g_assert_cmpstr (body, ==, "한울구");
  g_clear_object (&store);
  g_clear_pointer (&body, g_free);

  /* A named body whose list was edited keeps both, even in a file with no pledge yet. */
  store = open_new (city_path);
  g_assert_true (gy_store_set_body_name (store, "김천시", &error));
  g_assert_true (gy_store_add_value (store, GY_LIST_SOURCES, "군비", &error));
  g_assert_no_error (error);
  other = read_card (store, path);
  import_one (store, other);
  assert_list (store, GY_LIST_SOURCES, city);
  body = gy_store_dup_body_name (store);
  g_assert_cmpstr (body, ==, "김천시");
}

/* An import that fails leaves the file's terms, sources and name as they were. */
static void
test_cards_failed_learns_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  static const char *const sources[] = { "국비", "도비", "시비", "민자", "기타", NULL };
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "cards", "district-whole.txt", NULL);
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GPtrArray) cards = cards_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GyCard *broken;

  g_ptr_array_add (cards, read_card (store, path));
  broken = build_small_card ("1-2", "없는 카드", NULL);
  g_clear_pointer (&broken->term, gy_term_free);
  g_ptr_array_add (cards, broken);
  g_assert_false (gy_store_import_cards (store, cards, &error));
  assert_error_message (error, GY_STORE_ERROR_INVALID,
                        "Card 2 (1-2 없는 카드): The card has no term");

  assert_term (store, "민선8기", GY_TERM_LAYOUT_HALF, "2026 하반기 이후", "2022H2");
  assert_list (store, GY_LIST_SOURCES, sources);
  body = gy_store_dup_body_name (store);
  g_assert_cmpstr (body, ==, "");
  g_clear_object (&store);
  g_assert_cmpint (file_int (fixture->path, "SELECT count(*) FROM term "
                                            "WHERE after_label IS NOT NULL"), ==, 0);
}

static void
test_cards_save_history (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_card ("1-3", "경제");
  g_autoptr(GyCard) edited = NULL;
  g_autoptr(GyCard) reloaded = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  GySubProject *sub;
  GyMoneyRow *row;
  const GyChange *change;
  gint64 id;

  id = import_one (store, card);
  edited = load (store, id);

  /* Unchanged: nothing written, nothing recorded. */
  g_assert_true (gy_store_save_card (store, edited, "그대로", &error));
  g_assert_no_error (error);
  changes = history (store, id);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  gy_line_set_text (g_ptr_array_index (edited->overview, 1), "2018. 7. ~ 2023. 6.");
  sub = g_ptr_array_index (edited->subprojects, 0);
  gy_line_set_text (g_ptr_array_index (sub->lines, 2), "35백만원(시비)");
  sub = g_ptr_array_index (edited->subprojects, 1);
  gy_line_set_text (g_ptr_array_index (sub->lines, 1), "2020. ~ 2025.(6년간)");
  gy_year_row_add (g_ptr_array_index (edited->years, 1), "·", "참여인원 : 9명 모집/7명 수료");
  g_free (((GyYearRow *) g_ptr_array_index (edited->years, 2))->remarks);
  ((GyYearRow *) g_ptr_array_index (edited->years, 2))->remarks = g_strdup ("");
  /* 국비 2020 up by 100, with its 소계, 총사업비 and the 계 row kept right: one change. */
  row = g_ptr_array_index (edited->money, 0);
  row->years[2] += M (100);
  row->subtotal += M (100);
  row->total += M (100);
  edited->money_sum->years[2] += M (100);
  edited->money_sum->subtotal += M (100);
  edited->money_sum->total += M (100);
  /* 민자 총사업비 retyped from 0 to blank, alone: an edit of its own. */
  ((GyMoneyRow *) g_ptr_array_index (edited->money, 3))->total = NONE;

  g_assert_true (gy_store_save_card (store, edited, "시민평가단 심의", &error));
  g_assert_no_error (error);
  reloaded = load (store, id);
  assert_cards_equal (reloaded, edited);

  changes = history (store, id);
  g_assert_cmpuint (changes->len, ==, 7);
  /* Newest first: the reverse of card order. */
  assert_change (changes, 6, "사업기간", "2018. 7. ~ 2022. 6.", "2018. 7. ~ 2023. 6.",
                 "시민평가단 심의");
  assert_change (changes, 5, "추진실적 1 소요예산", "30백만원(시비)", "35백만원(시비)",
                 "시민평가단 심의");
  assert_change (changes, 4, "추진실적 3 사업기간", "2020. ~ 2024.(5년간)",
                 "2020. ~ 2025.(6년간)", "시민평가단 심의");
  assert_change (changes, 3, "연차별 실적/계획 2019",
                 "- 스마트 소통넷 직원 교육 · 일시/장소 : 2019. 2. 27.(수)/시청 3층 대강당",
                 "- 스마트 소통넷 직원 교육 · 일시/장소 : 2019. 2. 27.(수)/시청 3층 대강당 "
                 "· 참여인원 : 9명 모집/7명 수료", "시민평가단 심의");
  assert_change (changes, 2, "연차별 실적/계획 2022", "① 경북ICT이노베이션스퀘어 구축 (비고: 상반기)",
                 "① 경북ICT이노베이션스퀘어 구축", "시민평가단 심의");
  assert_change (changes, 1, "연차별 투자수요 국비 2020", "2,100", "2,200", "시민평가단 심의");
  assert_change (changes, 0, "연차별 투자수요 민자 총사업비", "0", "", "시민평가단 심의");
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->pledge_id, ==, id);
  g_assert_cmpstr (change->pledge, ==, "1-3 4차 산업혁명 대응 혁신역량 강화");
  g_assert_cmpuint (strlen (change->when), ==, strlen ("2026-11-25T17:15:00"));
  g_assert_cmpint (change->when[10], ==, 'T');
}

static void
test_cards_save_errors (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_small_card ("1-1", "작은 공약", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (gy_store_save_card (store, card, NULL, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID);
  g_clear_error (&error);
  card->id = 4242;
  g_assert_false (gy_store_save_card (store, card, NULL, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (gy_store_load_card (store, 4242, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no pledge 4242");
}

/* Money edits */

static void
test_money_set_cell (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_card ("1-3", "경제");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = import_one (store, card);
  g_assert_true (gy_store_set_money_cell (store, id, "국비", "2019", M (1000), "추경 반영", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GyCard) loaded = load (store, id);
    const GyMoneyRow *row = money_of (loaded, "국비"), *sum = money_of (loaded, "계");

    g_assert_cmpint (row->years[1], ==, M (1000));
    g_assert_cmpint (row->subtotal, ==, M (8280));
    g_assert_cmpint (row->total, ==, M (8280));
    g_assert_cmpint (row->before, ==, NONE);
    g_assert_cmpint (row->after, ==, NONE);
    g_assert_cmpint (sum->years[1], ==, M (1525));
    g_assert_cmpint (sum->years[0], ==, M (1345));
    g_assert_cmpint (sum->subtotal, ==, M (11182));
    g_assert_cmpint (sum->total, ==, M (11182));
    g_assert_cmpint (sum->before, ==, NONE);
  }
  changes = history (store, id);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, "연차별 투자수요 국비 2019", "800", "1,000", "추경 반영");
  g_assert_cmpstr (((GyChange *) g_ptr_array_index (changes, 0))->pledge, ==,
                   "1-3 4차 산업혁명 대응 혁신역량 강화");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* 민자: blank years under a 0 total. A year set and blanked again leaves 0, not blank. */
  g_assert_true (gy_store_set_money_cell (store, id, "민자", "2018H2", 500, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GyCard) loaded = load (store, id);
    const GyMoneyRow *row = money_of (loaded, "민자"), *sum = money_of (loaded, "계");

    g_assert_cmpint (row->years[0], ==, 500);
    g_assert_cmpint (row->subtotal, ==, 500);
    g_assert_cmpint (row->total, ==, 500);
    g_assert_cmpint (sum->years[0], ==, M (1345) + 500);
  }
  g_assert_true (gy_store_set_money_cell (store, id, "민자", "2018H2", NONE, "", &error));
  {
    g_autoptr(GyCard) loaded = load (store, id);
    const GyMoneyRow *row = money_of (loaded, "민자"), *sum = money_of (loaded, "계");

    g_assert_cmpint (row->years[0], ==, NONE);
    g_assert_cmpint (row->subtotal, ==, 0);
    g_assert_cmpint (row->total, ==, 0);
    g_assert_cmpint (sum->years[0], ==, M (1345));
    g_assert_cmpint (sum->total, ==, M (11182));
  }

  /* (C) on a blank column: 총사업비 and the 계 row's (C) follow. */
  g_assert_true (gy_store_set_money_cell (store, id, "구비", "C", M (20), "", &error));
  {
    g_autoptr(GyCard) loaded = load (store, id);
    const GyMoneyRow *row = money_of (loaded, "구비"), *sum = money_of (loaded, "계");

    g_assert_cmpint (row->after, ==, M (20));
    g_assert_cmpint (row->subtotal, ==, M (50));
    g_assert_cmpint (row->total, ==, M (70));
    g_assert_cmpint (sum->after, ==, M (20));
    g_assert_cmpint (sum->subtotal, ==, M (11182));
    g_assert_cmpint (sum->total, ==, M (11202));
    g_assert_cmpint (sum->before, ==, NONE);
  }

  /* The same value again is no change. */
  g_assert_true (gy_store_set_money_cell (store, id, "구비", "C", M (20), "", &error));

  /* 기타's typed 0 in (A) blanked: the 계 row's (A), blank before and with every part blank
   * now, stays blank; 구비's (C) blanked again leaves the 계 row's (C) at 0, as it was not. */
  g_assert_true (gy_store_set_money_cell (store, id, "기타", "A", NONE, "", &error));
  g_assert_true (gy_store_set_money_cell (store, id, "구비", "C", NONE, "", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GyCard) loaded = load (store, id);
    const GyMoneyRow *row = money_of (loaded, "기타"), *sum = money_of (loaded, "계");

    g_assert_cmpint (row->before, ==, NONE);
    g_assert_cmpint (row->total, ==, M (30));
    g_assert_cmpint (sum->before, ==, NONE);
    g_assert_cmpint (sum->after, ==, 0);
    g_assert_cmpint (money_of (loaded, "구비")->after, ==, NONE);
    g_assert_cmpint (money_of (loaded, "구비")->total, ==, M (50));
    g_assert_cmpint (sum->total, ==, M (11182));
  }

  changes = history (store, id);
  g_assert_cmpuint (changes->len, ==, 6);
  assert_change (changes, 0, "연차별 투자수요 구비 임기후(C)", "20", "", "");
  assert_change (changes, 1, "연차별 투자수요 기타 기투자(A)", "0", "", "");
  assert_change (changes, 2, "연차별 투자수요 구비 임기후(C)", "", "20", "");
  assert_change (changes, 3, "연차별 투자수요 민자 2018 하반기", "0.5", "", "");
  assert_change (changes, 4, "연차별 투자수요 민자 2018 하반기", "", "0.5", "");
  assert_change (changes, 5, "연차별 투자수요 국비 2019", "800", "1,000", "추경 반영");
}

static void
test_money_set_cell_errors (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_card ("1-3", "경제");
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = import_one (store, card);

  g_assert_false (gy_store_set_money_cell (store, id, "국비", "total", M (1), NULL, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (gy_store_set_money_cell (store, id, "국비", "sub", M (1), NULL, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (gy_store_set_money_cell (store, id, "지방비", "2019", M (1), NULL, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "The money table of “1-3 4차 산업혁명 대응 혁신역량 강화” has no 지방비 row");
  g_clear_error (&error);
  g_assert_false (gy_store_set_money_cell (store, id, "국비", "2018", M (1), NULL, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The money table of 민선7기 has no column “2018”");
  g_clear_error (&error);
  g_assert_false (gy_store_set_money_cell (store, id + 1, "국비", "2019", M (1), NULL, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  loaded = load (store, id);
  assert_cards_equal (loaded, card);
  changes = history (store, 0);
  g_assert_cmpuint (changes->len, ==, 0);
}

/* Lists and terms */

static void
test_lists_edit (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *const sectors[] = { "경제", "복지", NULL };
  static const char *const moved[] = { "기타", "국비", "도비", "시비", "민자", NULL };
  static const char *const moved_end[] = { "국비", "도비", "시비", "민자", "기타", NULL };
  static const char *const fewer[] = { "국비", "도비", "시비", "기타", NULL };
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GPtrArray) cards = cards_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (gy_store_add_value (store, GY_LIST_SECTORS, "경제", &error));
  g_assert_true (gy_store_add_value (store, GY_LIST_SECTORS, "복지", &error));
  g_assert_no_error (error);
  assert_list (store, GY_LIST_SECTORS, sectors);
  g_assert_false (gy_store_add_value (store, GY_LIST_SECTORS, "경제", &error));
  assert_error_message (error, GY_STORE_ERROR_EXISTS, "“경제” is already in the list");
  g_clear_error (&error);
  g_assert_false (gy_store_add_value (store, GY_LIST_STATUSES, "", &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (gy_store_move_value (store, GY_LIST_SOURCES, "기타", 0, &error));
  assert_list (store, GY_LIST_SOURCES, moved);
  g_assert_true (gy_store_move_value (store, GY_LIST_SOURCES, "기타", 99, &error));
  assert_list (store, GY_LIST_SOURCES, moved_end);
  g_assert_false (gy_store_move_value (store, GY_LIST_SOURCES, "구비", 0, &error));
  assert_error_message (error, GY_STORE_ERROR_NOT_FOUND, "There is no “구비” in the list");
  g_clear_error (&error);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *number = g_strdup_printf ("1-%u", i + 1);
      g_ptr_array_add (cards, build_card (number, i < 2 ? "경제" : "복지"));
    }
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);

  g_assert_false (gy_store_remove_value (store, GY_LIST_SOURCES, "국비", &error));
  assert_error_message (error, GY_STORE_ERROR_IN_USE, "“국비” is used by 3 pledges");
  g_clear_error (&error);
  g_assert_false (gy_store_remove_value (store, GY_LIST_SECTORS, "복지", &error));
  assert_error_message (error, GY_STORE_ERROR_IN_USE, "“복지” is used by 1 pledge");
  g_clear_error (&error);
  g_assert_false (gy_store_remove_value (store, GY_LIST_STATUSES, "정상추진", &error));
  assert_error_message (error, GY_STORE_ERROR_IN_USE, "“정상추진” is used by 3 pledges");
  g_clear_error (&error);
  g_assert_false (gy_store_remove_value (store, GY_LIST_STATUSES, "추진중", &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An unused value goes; a source of 0 and blanks (민자) is still used until its pledges go. */
  g_assert_true (gy_store_remove_value (store, GY_LIST_STATUSES, "보류", &error));
  g_assert_no_error (error);
  g_assert_false (gy_store_remove_value (store, GY_LIST_SOURCES, "민자", &error));
  assert_error_message (error, GY_STORE_ERROR_IN_USE, "“민자” is used by 3 pledges");
  g_clear_error (&error);
  g_assert_true (gy_store_delete_pledge (store, ((GyCard *) g_ptr_array_index (cards, 0))->id,
                                         &error));
  g_assert_true (gy_store_delete_pledge (store, ((GyCard *) g_ptr_array_index (cards, 1))->id,
                                         &error));
  g_assert_true (gy_store_delete_pledge (store, ((GyCard *) g_ptr_array_index (cards, 2))->id,
                                         &error));
  g_assert_true (gy_store_remove_value (store, GY_LIST_SOURCES, "민자", &error));
  g_assert_true (gy_store_remove_value (store, GY_LIST_SOURCES, "구비", &error));
  g_assert_no_error (error);
  assert_list (store, GY_LIST_SOURCES, fewer);
}

static void
test_lists_rename_propagates (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char *const sources[] = { "국고", "도비", "시비", "민자", "기타", "구비", NULL };
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_card ("1-3", "경제");
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = import_one (store, card);

  g_assert_true (gy_store_rename_value (store, GY_LIST_STATUSES, "정상추진", "정상 추진", &error));
  g_assert_true (gy_store_rename_value (store, GY_LIST_SOURCES, "국비", "국고", &error));
  g_assert_true (gy_store_rename_value (store, GY_LIST_SECTORS, "경제", "일자리·경제", &error));
  g_assert_no_error (error);
  assert_list (store, GY_LIST_SOURCES, sources);

  loaded = load (store, id);
  g_assert_cmpstr (loaded->status, ==, "정상 추진");
  g_assert_cmpstr (loaded->sector, ==, "일자리·경제");
  g_assert_cmpstr (money_of (loaded, "국고")->source, ==, "국고");
  g_assert_cmpint (money_of (loaded, "국고")->total, ==, M (8080));
  g_assert_cmpstr (loaded->money_sum->source, ==, "계");

  /* Renaming onto another value, or a missing one, is refused; onto itself is nothing. */
  g_assert_false (gy_store_rename_value (store, GY_LIST_SOURCES, "국고", "도비", &error));
  assert_error_message (error, GY_STORE_ERROR_EXISTS, "“도비” is already in the list");
  g_clear_error (&error);
  g_assert_false (gy_store_rename_value (store, GY_LIST_SOURCES, "군비", "구비2", &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (gy_store_rename_value (store, GY_LIST_SOURCES, "국고", "국고", &error));
  g_assert_no_error (error);
}

static void
test_terms_edit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyTerm) ninth = gy_term_new_numbered (9, GY_TERM_LAYOUT_WHOLE);
  g_autoptr(GyTerm) again = gy_term_new_numbered (9, GY_TERM_LAYOUT_WHOLE);
  g_autoptr(GyCard) card = build_small_card ("1-1", "작은 공약", NULL);
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  const GyTerm *term;

  g_assert_true (gy_store_add_term (store, ninth, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ninth->id, >, 0);
  g_assert_false (gy_store_add_term (store, again, &error));
  assert_error_message (error, GY_STORE_ERROR_EXISTS, "There is already a term “민선9기”");
  g_clear_error (&error);

  terms = gy_store_list_terms (store);
  g_assert_cmpuint (terms->len, ==, 3);
  term = g_ptr_array_index (terms, 2);
  g_assert_cmpint (term->id, ==, ninth->id);
  g_assert_cmpint (term->layout, ==, GY_TERM_LAYOUT_WHOLE);
  g_assert_cmpstr (gy_term_column (term, 0)->key, ==, "2026");
  g_clear_pointer (&terms, g_ptr_array_unref);

  g_assert_true (gy_store_rename_term (store, ninth->id, "제9기", &error));
  g_assert_false (gy_store_rename_term (store, ninth->id, "민선8기", &error));
  assert_error_message (error, GY_STORE_ERROR_EXISTS, "There is already a term “민선8기”");
  g_clear_error (&error);
  g_assert_false (gy_store_rename_term (store, 999, "없음", &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  import_one (store, card);
  g_assert_false (gy_store_remove_term (store, card->term->id, &error));
  assert_error_message (error, GY_STORE_ERROR_IN_USE, "“민선7기” is used by 1 pledge");
  g_clear_error (&error);
  g_assert_true (gy_store_remove_term (store, ninth->id, &error));
  g_assert_no_error (error);
  g_assert_false (gy_store_remove_term (store, ninth->id, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  terms = gy_store_list_terms (store);
  g_assert_cmpuint (terms->len, ==, 2);
  g_assert_cmpstr (((GyTerm *) g_ptr_array_index (terms, 1))->name, ==, "민선8기");
}

/* Pledges */

static void
test_pledges_summaries (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char *const order[] = { "2-1", "2-2", "1-1", "3-1", NULL };
  static const char *const reordered[] = { "1-1", "2-1", "2-2", "3-1", NULL };
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GPtrArray) cards = cards_new ();
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) numbers = NULL;
  const GyPledgeSummary *summary;
  GyCard *card;

  /* 복지 comes first in the list; the pledge without a sector comes last. */
  g_assert_true (gy_store_add_value (store, GY_LIST_SECTORS, "복지", NULL));
  g_ptr_array_add (cards, build_small_card ("1-1", "일자리", "경제"));
  g_ptr_array_add (cards, build_small_card ("3-1", "섹터 없음", NULL));
  g_ptr_array_add (cards, build_card ("2-1", "복지"));
  card = build_card ("2-2", "복지");
  /* No 계 row: the sum of the source rows. */
  g_clear_pointer (&card->money_sum, gy_money_row_free);
  card->has_progress = TRUE;
  card->progress = 45.5;
  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);

  pledges = gy_store_list_pledges (store, &error);
  g_assert_no_error (error);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < pledges->len; i++)
    g_strv_builder_add (builder, ((GyPledgeSummary *) g_ptr_array_index (pledges, i))->number);
  numbers = g_strv_builder_end (builder);
  assert_strv (numbers, order);

  summary = g_ptr_array_index (pledges, 0);
  g_assert_cmpint (summary->id, ==, ((GyCard *) g_ptr_array_index (cards, 2))->id);
  g_assert_cmpstr (summary->title, ==, "4차 산업혁명 대응 혁신역량 강화");
  g_assert_cmpstr (summary->sector, ==, "복지");
  g_assert_cmpstr (summary->term, ==, "민선7기");
  g_assert_cmpstr (summary->status, ==, "정상추진");
  g_assert_cmpstr (summary->lead_dept, ==, "미래혁신전략과");
  g_assert_false (summary->has_progress);
  g_assert_cmpint (summary->total_cost, ==, M (10982));
  summary = g_ptr_array_index (pledges, 1);
  g_assert_true (summary->has_progress);
  g_assert_cmpfloat (summary->progress, ==, 45.5);
  g_assert_cmpint (summary->total_cost, ==, M (10982));
  summary = g_ptr_array_index (pledges, 2);
  g_assert_cmpstr (summary->sector, ==, "경제");
  g_assert_cmpint (summary->total_cost, ==, NONE);
  summary = g_ptr_array_index (pledges, 3);
  g_assert_null (summary->sector);
  g_assert_cmpstr (summary->status, ==, "완료");

  /* The body's order of sectors decides. */
  g_assert_true (gy_store_move_value (store, GY_LIST_SECTORS, "경제", 0, NULL));
  g_clear_pointer (&pledges, g_ptr_array_unref);
  g_clear_pointer (&numbers, g_strfreev);
  g_clear_pointer (&builder, g_strv_builder_unref);
  pledges = gy_store_list_pledges (store, &error);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < pledges->len; i++)
    g_strv_builder_add (builder, ((GyPledgeSummary *) g_ptr_array_index (pledges, i))->number);
  numbers = g_strv_builder_end (builder);
  assert_strv (numbers, reordered);

  g_assert_cmpint (gy_store_find_pledge (store, "2-2"), ==,
                   ((GyCard *) g_ptr_array_index (cards, 3))->id);
  g_assert_cmpint (gy_store_find_pledge (store, "9-9"), ==, 0);
}

static void
test_pledges_delete_cascades (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char *const tables[] = {
    "pledge", "pledge_field", "person", "line", "sub_project", "year_row", "year_entry",
    "money", "money_cell", "problem", "response", "effect",
  };
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_card ("1-3", "경제");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  gint64 id;

  id = import_one (store, card);
  g_assert_true (gy_store_set_money_cell (store, id, "국비", "2019", M (1000), "추경", &error));
  g_assert_true (gy_store_delete_pledge (store, id, &error));
  g_assert_no_error (error);
  g_assert_false (gy_store_delete_pledge (store, id, &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The history outlives the pledge, unlinked. */
  changes = history (store, 0);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((GyChange *) g_ptr_array_index (changes, 0))->pledge_id, ==, 0);
  g_assert_cmpstr (((GyChange *) g_ptr_array_index (changes, 0))->pledge, ==,
                   "1-3 4차 산업혁명 대응 혁신역량 강화");
  g_clear_object (&store);

  db = raw_open (fixture->path);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      if (raw_int (db, sql) != 0)
        g_error ("%s still has rows", tables[i]);
    }
  sqlite3_close (db);
}

static void
test_pledges_foreign_keys_on (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);

  g_assert_cmpint (sqlite3_exec (store->db, "INSERT INTO line (pledge_id, pos, level, text) "
                                            "VALUES (777, 0, 0, 'orphan')", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
}

/* The body and the signal */

static void
test_body_name (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_true (gy_store_set_body_name (store, "김천시", &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = gy_store_open (fixture->path, GY_STORE_OPEN_READ_ONLY, &error);
  name = gy_store_dup_body_name (store);
  g_assert_cmpstr (name, ==, "김천시");
}

static void
on_changed (GyStore *store,
            gint64   pledge_id,
            GArray  *seen)
{
  g_array_append_val (seen, pledge_id);
}

static void
test_signal_changed (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autoptr(GyCard) card = build_card ("1-3", "경제");
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), seen);
  id = import_one (store, card);
  g_assert_true (gy_store_add_value (store, GY_LIST_SECTORS, "복지", NULL));
  g_assert_false (gy_store_add_value (store, GY_LIST_SECTORS, "복지", NULL));
  g_assert_true (gy_store_set_money_cell (store, id, "국비", "2019", M (1), NULL, NULL));
  loaded = load (store, id);
  gy_line_set_text (g_ptr_array_index (loaded->overview, 1), "2018. 7. ~ 2023. 6.");
  g_assert_true (gy_store_save_card (store, loaded, NULL, NULL));
  g_assert_true (gy_store_delete_pledge (store, id, NULL));

  g_assert_cmpuint (seen->len, ==, 5);
  g_assert_cmpint (g_array_index (seen, gint64, 0), ==, 0);
  g_assert_cmpint (g_array_index (seen, gint64, 1), ==, 0);
  g_assert_cmpint (g_array_index (seen, gint64, 2), ==, id);
  g_assert_cmpint (g_array_index (seen, gint64, 3), ==, id);
  g_assert_cmpint (g_array_index (seen, gint64, 4), ==, id);
}

/* The seed's periods and 추진실적 as the tree and the timelines list them. */
static void
test_pledges_periods_and_sub_projects (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autofree char *seed = g_build_filename (TEST_DATA_DIR, "000_3888df2267cd0c0c.txt", NULL);
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = gy_card_read_file (seed, terms, &error);
  g_autoptr(GPtrArray) pledges = NULL;
  g_autoptr(GPtrArray) subs = NULL;
  const GyPledgeSummary *pledge;
  const char *expected[][4] = {
    { "1", "4차 산업혁명 대응 정부 R&D 과제 발굴 프로젝트 추진", "2019-12", "2020-05" },
    { "2", "지역산업연계 IT융합기술개발 지원사업", "2018-07", "2020-06" },
    { "3", "SW융합클러스터 2.0 사업(광역자치단체 대상 과기정통부 공모사업 선정)", "2020-01",
      "2024-12" },
    { "4", "지역 ICT이노베이션스퀘어 조성사업", "2020-09", "2023-12" },
  };
  gint64 id;

  g_assert_no_error (error);
  id = import_one (store, card);
  pledges = gy_store_list_pledges (store, &error);
  g_assert_no_error (error);
  pledge = g_ptr_array_index (pledges, 0);
  g_assert_cmpstr (pledge->period_start, ==, "2018-07");
  g_assert_cmpstr (pledge->period_end, ==, "2022-06");

  subs = gy_store_list_sub_projects (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (subs->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < subs->len; i++)
    {
      const GySubProjectSummary *sub = g_ptr_array_index (subs, i);

      g_assert_cmpint (sub->pledge_id, ==, id);
      g_assert_cmpuint (sub->index, ==, i);
      g_assert_cmpstr (sub->number, ==, expected[i][0]);
      g_assert_cmpstr (sub->title, ==, expected[i][1]);
      g_assert_cmpstr (sub->period_start, ==, expected[i][2]);
      g_assert_cmpstr (sub->period_end, ==, expected[i][3]);
    }
}

/* The search finds text anywhere in a card: a yearly item, a response, a person. */
static void
test_pledges_search (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GyStore) store = open_new (fixture->path);
  g_autofree char *seed = g_build_filename (TEST_DATA_DIR, "000_3888df2267cd0c0c.txt", NULL);
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = gy_card_read_file (seed, terms, &error);
  const char *hits[] = { "참여인원", "시 전체적인 회의", "황지훈", "kaist", "ICT이노베이션", "6902" };
  gint64 id;

  g_assert_no_error (error);
  id = import_one (store, card);
  for (guint i = 0; i < G_N_ELEMENTS (hits); i++)
    {
      g_autoptr(GHashTable) found = gy_store_search (store, hits[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (found), ==, 1);
      g_assert_true (g_hash_table_contains (found, &id));
    }
  {
    g_autoptr(GHashTable) none = gy_store_search (store, "부산광역시", &error);
    g_assert_cmpuint (g_hash_table_size (none), ==, 0);
  }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/store/open/creates-defaults", test_open_creates_defaults);
  ADD ("/store/open/missing-not-found", test_open_missing);
  ADD ("/store/open/refuses-newer", test_open_refuses_newer);
  ADD ("/store/open/refuses-newer-rollback-journal", test_open_refuses_newer_unmarked_journal);
  ADD ("/store/open/refuses-newer-in-log", test_open_refuses_newer_in_log);
  ADD ("/store/open/refuses-foreign", test_open_refuses_foreign);
  ADD ("/store/open/refuses-not-database", test_open_refuses_not_database);
  ADD ("/store/open/refuses-damaged", test_open_refuses_damaged);
  ADD ("/store/open/empty-file", test_open_empty_file);
  ADD ("/store/open/read-only", test_open_read_only);
  ADD ("/store/migrate/from-v1", test_migrate_from_v1);
  ADD ("/store/migrate/read-only-refused", test_migrate_read_only_refused);
  ADD ("/store/cards/round-trip", test_cards_round_trip);
  ADD ("/store/cards/seed-round-trip", test_cards_seed_round_trip);
  ADD ("/store/cards/all-or-nothing", test_cards_all_or_nothing);
  ADD ("/store/cards/learn-body", test_cards_learn_body);
  ADD ("/store/cards/layout-guessed", test_cards_layout_guessed);
  ADD ("/store/cards/two-terms", test_cards_two_terms);
  ADD ("/store/cards/term-adopted", test_cards_term_adopted);
  ADD ("/store/cards/body-kept", test_cards_body_kept);
  ADD ("/store/cards/failed-learns-nothing", test_cards_failed_learns_nothing);
  ADD ("/store/cards/term-mismatch", test_cards_term_mismatch);
  ADD ("/store/cards/save-history", test_cards_save_history);
  ADD ("/store/cards/save-errors", test_cards_save_errors);
  ADD ("/store/money/set-cell", test_money_set_cell);
  ADD ("/store/money/set-cell-errors", test_money_set_cell_errors);
  ADD ("/store/lists/edit", test_lists_edit);
  ADD ("/store/lists/rename-propagates", test_lists_rename_propagates);
  ADD ("/store/terms/edit", test_terms_edit);
  ADD ("/store/pledges/summaries", test_pledges_summaries);
  ADD ("/store/pledges/periods-and-sub-projects", test_pledges_periods_and_sub_projects);
  ADD ("/store/pledges/search", test_pledges_search);
  ADD ("/store/pledges/delete-cascades", test_pledges_delete_cascades);
  ADD ("/store/pledges/foreign-keys-on", test_pledges_foreign_keys_on);
  ADD ("/store/body/name", test_body_name);
  ADD ("/store/signal/changed", test_signal_changed);

  return g_test_run ();
}

/* test-outputs.c — the workbook and the report of one selection show the same figures
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are rendered from one summary; this reads them back as the province (openpyxl) and the
 * citizens' panel (the printed PDF, through pdftotext) would, and compares them with each other
 * and with the figures a planning officer knows: one file with the real card and a district
 * card (민선7기) and a 민선8기 card, then a district's whole-year file.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gy-report.h"
#include "gy-test-body.h"
#include "gy-xlsx.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"
#define CARDS TEST_DATA_DIR "/cards"
#define PYTHON "/usr/bin/python3"

typedef struct {
  char       *dir;
  GyStore    *store;
  GHashTable *records;  /* name → GStrv of its fields */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = gy_test_body_new ("gongyak-outputs", data, &f->dir);
  f->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_strfreev);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_pointer (&f->records, g_hash_table_unref);
  gy_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gboolean
tools_missing (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is missing: install poppler-utils");
      return TRUE;
    }
  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing: install python3-openpyxl");
      return TRUE;
    }
  return FALSE;
}

static void
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
}

/* Writes the workbook and the report of TERM (as of 2026. 11. 25.) and reads them back, with
 * WORDS looked up in the report's text. */
static void
export_both (Fixture            *f,
             const char         *term,
             const char * const *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyReport) report = NULL;
  g_autofree char *xlsx = g_build_filename (f->dir, "out.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *txt = g_build_filename (f->dir, "out.txt", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "outputs_check.py", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) lines = NULL;
  GySelection selection;

  gy_selection_init (&selection);
  selection.term = term;
  g_date_set_dmy (&selection.as_of, 25, G_DATE_NOVEMBER, 2026);
  g_assert_true (gy_xlsx_export (f->store, xlsx, &selection, NULL, NULL, &error));
  g_assert_no_error (error);
  report = gy_report_new (f->store, &selection, &error);
  g_assert_no_error (error);
  g_assert_true (gy_report_export_pdf (report, pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    const char *pdftotext[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, txt, NULL };
    run (pdftotext, NULL);
  }

  g_ptr_array_add (argv, (char *) PYTHON);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, xlsx);
  g_ptr_array_add (argv, txt);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) words[i]);
  g_ptr_array_add (argv, NULL);
  run ((const char * const *) argv->pdata, &out);

  g_hash_table_remove_all (f->records);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (fields[0] == NULL || *fields[0] == '\0')
        continue;
      if (g_str_equal (fields[0], "pdf-text"))
        g_hash_table_insert (f->records, g_strconcat ("pdf-text ", fields[1], NULL),
                             g_strdupv (fields + 2));
      else
        g_hash_table_insert (f->records, g_strdup (fields[0]), g_strdupv (fields + 1));
    }
  g_unlink (xlsx);
  g_unlink (pdf);
  g_unlink (txt);
}

static char *
joined (Fixture    *f,
        const char *name)
{
  const char * const *fields = g_hash_table_lookup (f->records, name);

  if (fields == NULL)
    g_error ("outputs_check.py printed no %s", name);
  return g_strjoinv (" ", (char **) fields);
}

/* The report prints a blank where the workbook hides a zero, and "-" for no pledge. */
static char *
without_blanks (Fixture    *f,
                const char *name)
{
  const char * const *fields = g_hash_table_lookup (f->records, name);
  g_autoptr(GString) text = g_string_new (NULL);

  if (fields == NULL)
    g_error ("outputs_check.py printed no %s", name);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *field = g_str_equal (fields[i], "-") ? "0" : fields[i];

      if (*field == '\0')
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", field);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_same_investment (Fixture    *f,
                        const char *expected)
{
  g_autofree char *xlsx = without_blanks (f, "xlsx-investment");
  g_autofree char *pdf = without_blanks (f, "pdf-investment");

  g_assert_cmpstr (xlsx, ==, expected);
  g_assert_cmpstr (pdf, ==, expected);
}

static const char *const two_terms[] = {
  SEED, CARDS "/district.txt", CARDS "/term8.txt", NULL,
};

/* 민선7기: the real card (no status) and the district card (정상추진, 75 %), in that term's
 * columns; 13,632.5 = 10,932 + 2,700.5. */
static void
test_term7 (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *years = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *xlsx_counts = NULL;
  g_autofree char *pdf_counts = NULL;

  if (tools_missing ())
    return;
  export_both (f, "민선7기", NULL);
  /* 총사업비, A, 소계, 2018 하반기 … 2022 상반기, C */
  assert_same_investment (f, "13,632.5 100 13,132.5 1,495 1,775 3,230.5 3,416 3,216 400");
  years = joined (f, "xlsx-years");
  g_assert_cmpstr (years, ==, "2018 하반기 2019 2020 2021 2022 상반기 2022 하반기 이후 (C)");

  labels = joined (f, "xlsx-status");
  g_assert_cmpstr (labels, ==, "계 완료 이행 후 계속추진 정상추진 일부추진 보류 폐기 미도래 미지정");
  /* the same counts, 미지정 included; the report adds the mean 진도율 */
  xlsx_counts = without_blanks (f, "xlsx-counts");
  pdf_counts = without_blanks (f, "pdf-counts");
  g_assert_cmpstr (xlsx_counts, ==, "2 0 0 1 0 0 0 0 1");
  g_assert_cmpstr (pdf_counts, ==, "2 0 0 1 0 0 0 0 1 75.0");
}

/* 민선8기: its own card only, with 기투자 (A) and 임기후 (C), once. */
static void
test_term8 (Fixture       *f,
            gconstpointer  data)
{
  const char *words[] = { "김천시 민선8기", "10,932", "완료율 0.0% (완료 0건 / 전체 1건)", NULL };
  g_autofree char *xlsx_counts = NULL;
  g_autofree char *pdf_counts = NULL;
  g_autofree char *years = NULL;

  if (tools_missing ())
    return;
  export_both (f, "8", words);
  assert_same_investment (f, "2,000.5 200 1,600.5 250 400.5 400 350 200 200");
  years = joined (f, "xlsx-years");
  g_assert_cmpstr (years, ==, "2022 하반기 2023 2024 2025 2026 상반기 2026 하반기 이후 (C)");
  xlsx_counts = without_blanks (f, "xlsx-counts");
  pdf_counts = without_blanks (f, "pdf-counts");
  g_assert_cmpstr (xlsx_counts, ==, "1 0 0 0 0 0 0 0 1");
  g_assert_cmpstr (pdf_counts, ==, "1 0 0 0 0 0 0 0 1 77.7");
  /* the body's name (learnt from the first card's 사업주체) and nothing of 민선7기 */
  g_assert_cmpstr (((GStrv) g_hash_table_lookup (f->records, "pdf-text 김천시 민선8기"))[0], ==,
                   "1");
  g_assert_cmpstr (((GStrv) g_hash_table_lookup (f->records, "pdf-text 10,932"))[0], ==, "0");
  g_assert_cmpstr (((GStrv) g_hash_table_lookup (f->records,
                                                  "pdf-text 완료율 0.0% (완료 0건 / 전체 1건)"))[0],
                   ==, "1");
}

static const char *const whole_years[] = { CARDS "/district-whole.txt", NULL };

/* A district that writes whole years and names (C) 임기후 keeps both in every output. */
static void
test_whole_years (Fixture       *f,
                  gconstpointer  data)
{
  const char *words[] = { "한울구", "임기후 (C)", "2026 상반기", "하반기", NULL };
  g_autofree char *years = NULL;

  if (tools_missing ())
    return;
  export_both (f, NULL, words);
  assert_same_investment (f, "2,700.5 100 2,200.5 150 450 600.5 600 400 400");
  years = joined (f, "xlsx-years");
  g_assert_cmpstr (years, ==, "2022 2023 2024 2025 2026 임기후 (C)");
  g_assert_cmpstr (((GStrv) g_hash_table_lookup (f->records, "pdf-text 한울구"))[0], ==, "1");
  g_assert_cmpstr (((GStrv) g_hash_table_lookup (f->records, "pdf-text 임기후 (C)"))[0], ==, "1");
  g_assert_cmpstr (((GStrv) g_hash_table_lookup (f->records, "pdf-text 2026 상반기"))[0], ==,
                   "0");
  g_assert_cmpstr (((GStrv) g_hash_table_lookup (f->records, "pdf-text 하반기"))[0], ==, "0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/outputs/term7", Fixture, two_terms, fixture_set_up, test_term7,
              fixture_tear_down);
  g_test_add ("/outputs/term8", Fixture, two_terms, fixture_set_up, test_term8,
              fixture_tear_down);
  g_test_add ("/outputs/whole-years", Fixture, whole_years, fixture_set_up, test_whole_years,
              fixture_tear_down);
  return g_test_run ();
}

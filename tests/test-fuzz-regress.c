/* test-fuzz-regress.c — every input the fuzzers ever crashed on, replayed
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file of tests/data/fuzz-regress goes through the card reader and the money parser as
 * the fuzz targets feed it: exactly its bytes, no terminator. Both must answer, with a result
 * or an error, never both and never neither.
 */
#include <string.h>

#include "gy-card-reader.h"
#include "gy-money.h"

static GPtrArray *
default_terms (void)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_term_free);

  for (guint number = 6; number <= 9; number++)
    g_ptr_array_add (terms, gy_term_new_numbered (number, GY_TERM_LAYOUT_HALF));
  return terms;
}

/* A copy of exactly the file's bytes, so that reading past them is caught by the sanitizers. */
static GBytes *
load_input (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (g_memdup2 (contents, length), length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GPtrArray) terms = default_terms ();
  g_autoptr(GBytes) bytes = load_input (path);
  g_autoptr(GError) card_error = NULL;
  g_autoptr(GError) money_error = NULL;
  g_autoptr(GyCard) card = NULL;
  gsize length = 0;
  const char *text = g_bytes_get_data (bytes, &length);
  gint64 amount = 0;
  gboolean parsed;

  card = gy_card_read (text != NULL ? text : "", length, path, terms, &card_error);
  g_assert_true ((card != NULL) != (card_error != NULL));

  parsed = gy_money_parse_n (text != NULL ? text : "", length, &amount, &money_error);
  g_assert_true (parsed != (money_error != NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = g_build_filename (TEST_DATA_DIR, "fuzz-regress", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  /* In a stable order, so that test paths do not move between runs. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/fuzz-regress/%s",
                                                    (const char *) names->pdata[i]);
      char *path = g_build_filename (folder, names->pdata[i], NULL);

      g_ptr_array_add (paths, path);
      g_test_add_data_func (test_path, path, replay_file);
    }
  return g_test_run ();
}

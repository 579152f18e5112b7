/* gy-test-body.c — a body's file in a fresh folder, with cards read in
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "gy-card-reader.h"
#include "gy-test-body.h"

/* Reads the card at PATH against the file's terms and imports it, or fails the test. */
void
gy_test_import_file (GyStore    *store,
                     const char *path)
{
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (path, terms, &error);

  g_assert_no_error (error);
  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);
}

/* A new file "body.gongyak" in a new folder named after PREFIX, holding CARDS (paths,
 * NULL-terminated, may be NULL) in that order. The folder goes back in OUT_DIR. */
GyStore *
gy_test_body_new (const char         *prefix,
                  const char * const *cards,
                  char              **out_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", prefix);
  g_autofree char *path = NULL;
  GyStore *store;

  *out_dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  path = g_build_filename (*out_dir, "body.gongyak", NULL);
  store = gy_store_open (path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  for (guint i = 0; cards != NULL && cards[i] != NULL; i++)
    gy_test_import_file (store, cards[i]);
  return store;
}

/* Removes DIR and the files in it (no sub-folders): a test leaves nothing behind. */
void
gy_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

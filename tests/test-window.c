/* test-window.c — the first window lists the database's pledges (under Xvfb)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "gy-card-reader.h"
#include "gy-pledge-item.h"
#include "gy-resources.h"
#include "gy-window.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

static void
import_seed (GyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = gy_store_list_terms (store);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *card = gy_card_read_file (SEED, terms, &error);

  g_assert_no_error (error);
  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);
}

static void
test_lists_pledges (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.gongyak", NULL);
  g_autoptr(GyStore) store = gy_store_open (path, GY_STORE_OPEN_CREATE, &error);
  GyWindow *window;
  GListModel *pledges;
  g_autoptr(GyPledgeItem) item = NULL;
  g_autofree char *total = NULL;

  g_assert_no_error (error);
  import_seed (store);

  window = gy_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  pledges = gy_window_get_pledges (window);
  g_assert_cmpuint (g_list_model_get_n_items (pledges), ==, 1);

  item = g_list_model_get_item (pledges, 0);
  total = gy_pledge_item_dup_total (item);
  g_assert_cmpstr (gy_pledge_item_get_title (item), ==, "4차 산업혁명 혁신역량 강화");
  g_assert_cmpstr (gy_pledge_item_get_lead_dept (item), ==, "미래혁신전략과");
  g_assert_cmpstr (total, ==, "10,932");

  /* An import elsewhere shows up: the window follows the store's "changed" signal. */
  import_seed (store);
  g_assert_cmpuint (g_list_model_get_n_items (pledges), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_resources_register (gy_get_resource ());
  g_test_add_func ("/window/lists-pledges", test_lists_pledges);
  return g_test_run ();
}

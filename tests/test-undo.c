/* test-undo.c — undo and redo go back through the store and its history
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "gy-card-reader.h"
#include "gy-undo.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

typedef struct {
  char    *dir;
  GyStore *store;
  gint64   id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  GyCard *card;

  f->dir = g_dir_make_tmp ("gongyak-undo-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "undo.gongyak", NULL);
  f->store = gy_store_open (path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  terms = gy_store_list_terms (f->store);
  card = gy_card_read_file (SEED, terms, &error);
  g_assert_no_error (error);
  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (f->store, cards, &error));
  f->id = card->id;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
national_2019 (Fixture *f)
{
  g_autoptr(GyCard) card = gy_store_load_card (f->store, f->id, NULL);

  for (guint i = 0; i < card->money->len; i++)
    {
      GyMoneyRow *row = g_ptr_array_index (card->money, i);
      if (g_str_equal (row->source, "국비"))
        return row->years[1];
    }
  g_assert_not_reached ();
}

static void
test_money_cell (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyUndo) undo = gy_undo_new (f->store);
  g_autoptr(GPtrArray) history = NULL;
  GyChange *change;

  g_assert_false (gy_undo_can_undo (undo));
  g_assert_true (gy_undo_set_money_cell (undo, f->id, "국비", "2019", 850000, "국비 감액",
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (national_2019 (f), ==, 850000);
  g_assert_true (gy_undo_can_undo (undo));
  g_assert_false (gy_undo_can_redo (undo));

  g_assert_true (gy_undo_undo (undo, &error));
  g_assert_cmpint (national_2019 (f), ==, 800000);
  g_assert_false (gy_undo_can_undo (undo));
  g_assert_true (gy_undo_can_redo (undo));

  g_assert_true (gy_undo_redo (undo, &error));
  g_assert_cmpint (national_2019 (f), ==, 850000);
  g_assert_cmpint (gy_undo_get_last_pledge (undo), ==, f->id);

  /* edit, undo, redo: three rows, newest first */
  history = gy_store_list_history (f->store, f->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  change = g_ptr_array_index (history, 2);
  g_assert_cmpstr (change->what, ==, "연차별 투자수요 국비 2019");
  g_assert_cmpstr (change->before, ==, "800");
  g_assert_cmpstr (change->after, ==, "850");
  g_assert_cmpstr (change->reason, ==, "국비 감액");
  change = g_ptr_array_index (history, 1);
  g_assert_cmpstr (change->before, ==, "850");
  g_assert_cmpstr (change->after, ==, "800");
}

static void
test_new_edit_drops_redo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyUndo) undo = gy_undo_new (f->store);
  g_autoptr(GyCard) card = NULL;

  g_assert_true (gy_undo_set_money_cell (undo, f->id, "국비", "2019", 850000, "", &error));
  g_assert_true (gy_undo_undo (undo, &error));
  g_assert_true (gy_undo_can_redo (undo));

  card = gy_store_load_card (f->store, f->id, &error);
  g_free (card->lead_dept);
  card->lead_dept = g_strdup ("기획예산과");
  g_assert_true (gy_undo_save_card (undo, card, "주관부서", "", &error));
  g_assert_no_error (error);
  g_assert_false (gy_undo_can_redo (undo));
  g_assert_cmpstr (gy_undo_get_undo_label (undo), ==, "주관부서");

  g_assert_true (gy_undo_undo (undo, &error));
  g_clear_pointer (&card, gy_card_free);
  card = gy_store_load_card (f->store, f->id, &error);
  g_assert_cmpstr (card->lead_dept, ==, "미래혁신전략과");
  g_assert_cmpint (national_2019 (f), ==, 800000);
}

/* A source of the body's list the card has no row for is added by typing into it, as
 * when a change brings 도비 or 민자 into a pledge; a name outside the list is refused. */
static void
test_new_source_row (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = gy_store_list_terms (f->store);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyUndo) undo = gy_undo_new (f->store);
  g_autoptr(GyCard) card = NULL;
  g_autoptr(GPtrArray) history = NULL;
  GyCard *district = gy_card_read_file (TEST_DATA_DIR "/cards/district.txt", terms, &error);
  GyMoneyRow *row;

  g_assert_no_error (error);
  g_ptr_array_add (cards, district);
  g_assert_true (gy_store_import_cards (f->store, cards, &error));
  g_assert_cmpuint (district->money->len, ==, 3);

  g_assert_true (gy_undo_set_money_cell (undo, district->id, "도비", "2020", 250000,
                                         "도비 확보", &error));
  g_assert_no_error (error);
  card = gy_store_load_card (f->store, district->id, &error);
  g_assert_cmpuint (card->money->len, ==, 4);
  row = g_ptr_array_index (card->money, 3);
  g_assert_cmpstr (row->source, ==, "도비");
  g_assert_cmpint (row->years[2], ==, 250000);
  g_assert_cmpint (row->subtotal, ==, 250000);
  g_assert_cmpint (row->total, ==, 250000);
  g_assert_cmpint (row->years[1], ==, GY_MONEY_ABSENT);
  g_assert_cmpint (card->money_sum->years[2], ==, 850500);
  g_assert_cmpint (card->money_sum->total, ==, 2950500);
  history = gy_store_list_history (f->store, district->id, &error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (((GyChange *) g_ptr_array_index (history, 0))->what, ==,
                   "연차별 투자수요 도비 2020");

  /* undo takes the row away again */
  g_assert_true (gy_undo_undo (undo, &error));
  g_clear_pointer (&card, gy_card_free);
  card = gy_store_load_card (f->store, district->id, &error);
  g_assert_cmpuint (card->money->len, ==, 3);

  g_assert_false (gy_store_set_money_cell (f->store, district->id, "특별교부세", "2020", 1000,
                                           "", &error));
  g_assert_error (error, GY_STORE_ERROR, GY_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/undo/money-cell", Fixture, NULL, fixture_set_up, test_money_cell,
              fixture_tear_down);
  g_test_add ("/undo/new-edit-drops-redo", Fixture, NULL, fixture_set_up,
              test_new_edit_drops_redo, fixture_tear_down);
  g_test_add ("/undo/new-source-row", Fixture, NULL, fixture_set_up, test_new_source_row,
              fixture_tear_down);
  return g_test_run ();
}

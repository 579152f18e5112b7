/* test-card-fields.c — the one table of a card's header fields, walked by every module
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test walks the table rather than naming fields, so that a new row is tested the
 * moment it is added: printed by the writer, read back into its own member, kept by the
 * store and found by the search.
 */
#include "gy-card-fields.h"
#include "gy-card-reader.h"
#include "gy-card-writer.h"
#include "gy-store.h"

#include <glib/gstdio.h>
#include <string.h>

#define CARD TEST_DATA_DIR "/cards/district.txt"

static GyCard *
read_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read (text, -1, "fields.txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (card);
  return card;
}

/* A value no card holds, different for every field. */
static char *
value_of (guint i)
{
  return g_strdup_printf ("값%u번째", i + 1);
}

/* The district card with every text field set to its own value, and 진도율 42.5. */
static GyCard *
card_with_every_field (void)
{
  g_autoptr(GError) error = NULL;
  GyCard *card = gy_card_read_file (CARD, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < gy_card_fields_n (); i++)
    if (gy_card_field_is_text (i))
      {
        g_autofree char *value = value_of (i);

        gy_card_field_set (card, i, value);
      }
  card->has_progress = TRUE;
  card->progress = 42.5;
  return card;
}

static void
assert_every_field (const GyCard *card)
{
  for (guint i = 0; i < gy_card_fields_n (); i++)
    if (gy_card_field_is_text (i))
      {
        g_autofree char *value = value_of (i);

        g_assert_cmpstr (gy_card_field_get (card, i), ==, value);
      }
  g_assert_true (card->has_progress);
  g_assert_cmpfloat (card->progress, ==, 42.5);
  g_assert_cmpuint (card->persons->len, >, 0);
}

/* Labels, aliases and columns name one field each; every text field has a member. */
static void
test_table (void)
{
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) members = g_hash_table_new (NULL, NULL);

  g_assert_cmpuint (gy_card_fields_n (), ==, GY_CARD_N_FIELDS);
  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);

      g_assert_cmpuint (field->id, ==, i);
      g_assert_nonnull (field->label);
      /* the lookup returns the first match: a label or alias shared by two fields fails */
      g_assert_true (gy_card_field_find (field->label) == field);
      for (guint j = 0; field->aliases[j] != NULL; j++)
        {
          g_assert_cmpuint (j, <, GY_CARD_FIELD_MAX_ALIASES - 1);
          g_assert_true (gy_card_field_find (field->aliases[j]) == field);
        }
      if (field->column != NULL)
        {
          g_assert_false (g_hash_table_contains (columns, field->column));
          g_hash_table_add (columns, (gpointer) field->column);
          /* a column name goes into SQL as it is: letters and underscores only */
          for (const char *p = field->column; *p; p++)
            g_assert_true (g_ascii_islower (*p) || *p == '_');
        }
      g_assert_true ((field->kind == GY_CARD_FIELD_KIND_TEXT) == (field->offset >= 0));
      if (field->offset >= 0)
        {
          /* a member of its own, inside GyCard */
          g_assert_cmpint (field->offset + (gssize) sizeof (char *), <=, sizeof (GyCard));
          g_assert_false (g_hash_table_contains (members, GSIZE_TO_POINTER (field->offset)));
          g_hash_table_add (members, GSIZE_TO_POINTER (field->offset));
        }
      g_assert_true (gy_card_field_is_text (i) == (field->kind == GY_CARD_FIELD_KIND_TEXT));
    }
  g_assert_cmpuint (g_hash_table_size (columns), >, 0);

  /* spaces never matter; unknown labels are no field */
  g_assert_true (gy_card_field_find ("중앙정부지원") ==
                 gy_card_field (GY_CARD_FIELD_CENTRAL_SUPPORT));
  g_assert_true (gy_card_field_find (" 진 도 율 ") == gy_card_field (GY_CARD_FIELD_PROGRESS));
  g_assert_null (gy_card_field_find ("공약유형"));
  g_assert_null (gy_card_field_find (""));
}

/* In a real card, each value printed beside a field's label is what that field holds. */
static void
test_real_card (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = gy_card_read_file (CARD, NULL, &error);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_checked = 0;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (CARD, &text, NULL, &error));
  lines = g_strsplit (text, "\n", -1);
  for (guint l = 0; lines[l] != NULL && !g_str_has_prefix (lines[l], "□"); l++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[l], "\t", -1);

      for (guint c = 0; cells[c] != NULL && cells[c + 1] != NULL; c += 2)
        {
          const GyCardField *field = gy_card_field_find (cells[c]);

          if (field == NULL || field->kind != GY_CARD_FIELD_KIND_TEXT)
            continue;
          g_assert_cmpstr (gy_card_field_get (card, field->id), ==, g_strstrip (cells[c + 1]));
          n_checked++;
        }
    }
  /* 임기구분 … 협업부서, 이행상태, 분야 */
  g_assert_cmpuint (n_checked, ==, 9);
}

/* The writer prints every label with its value; the reader puts each back in its member. */
static void
test_write_read (void)
{
  g_autoptr(GyCard) card = card_with_every_field ();
  g_autofree char *text = gy_card_write (card);
  g_autoptr(GyCard) again = NULL;
  g_autofree char *difference = NULL;

  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);
      g_autofree char *value = gy_card_field_is_text (i) ? value_of (i) : NULL;
      g_autofree char *pair = g_strdup_printf ("%s\t%s", field->label,
                                               value != NULL ? value
                                               : field->kind == GY_CARD_FIELD_KIND_PROGRESS
                                               ? "42.5" : "");

      if (strstr (text, pair) == NULL)
        g_error ("the card does not print “%s”:\n%s", pair, text);
    }

  again = read_text (text);
  assert_every_field (again);
  if (!gy_card_equal (card, again, &difference))
    g_error ("the card reads back different: %s", difference);
}

/* Every other label the reader takes lands in the same member as the printed one. */
static void
test_aliases (void)
{
  g_autoptr(GyCard) card = card_with_every_field ();
  g_autofree char *text = gy_card_write (card);
  guint n_aliases = 0;

  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);
      g_autofree char *printed = g_strdup_printf ("%s\t", field->label);

      for (guint j = 0; field->aliases[j] != NULL; j++)
        {
          g_autofree char *alias = g_strdup_printf ("%s\t", field->aliases[j]);
          g_autoptr(GString) changed = g_string_new (text);
          g_autoptr(GyCard) read = NULL;

          g_assert_cmpuint (g_string_replace (changed, printed, alias, 1), ==, 1);
          read = read_text (changed->str);
          assert_every_field (read);
          g_assert_cmpuint (read->extra_fields->len, ==, card->extra_fields->len);
          n_aliases++;
        }
    }
  g_assert_cmpuint (n_aliases, ==, 3);  /* 사업이행도, 진도율, 이행률 */
}

/* A copy holds every field; a change in any text field is named by its label. */
static void
test_copy_equal (void)
{
  g_autoptr(GyCard) card = card_with_every_field ();
  g_autoptr(GyCard) copy = gy_card_copy (card);

  assert_every_field (copy);
  g_assert_true (gy_card_equal (card, copy, NULL));
  for (guint i = 0; i < gy_card_fields_n (); i++)
    if (gy_card_field_is_text (i))
      {
        g_autofree char *value = value_of (i);
        g_autofree char *difference = NULL;

        gy_card_field_set (copy, i, NULL);
        g_assert_false (gy_card_equal (card, copy, &difference));
        g_assert_nonnull (strstr (difference, gy_card_field (i)->label));
        gy_card_field_set (copy, i, value);
        g_assert_true (gy_card_equal (card, copy, NULL));
      }
}

/* The store keeps every field through an import and a save, and the search finds each
 * column's value. */
static void
test_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gongyak-fields-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "body.gongyak", NULL);
  g_autoptr(GyStore) store = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  g_autoptr(GyCard) loaded = NULL;
  g_autoptr(GyCard) saved = NULL;
  g_autofree char *difference = NULL;
  gint64 id;

  g_assert_no_error (error);
  store = gy_store_open (path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_ptr_array_add (cards, card_with_every_field ());
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);
  id = gy_store_find_pledge (store, ((GyCard *) cards->pdata[0])->number);
  g_assert_cmpint (id, >, 0);

  loaded = gy_store_load_card (store, id, &error);
  g_assert_no_error (error);
  assert_every_field (loaded);

  for (guint i = 0; i < gy_card_fields_n (); i++)
    {
      const GyCardField *field = gy_card_field (i);
      g_autofree char *value = NULL;
      g_autoptr(GHashTable) found = NULL;

      if (field->column == NULL || field->kind != GY_CARD_FIELD_KIND_TEXT)
        continue;
      value = value_of (i);
      found = gy_store_search (store, value, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (found), ==, 1);
      g_assert_true (g_hash_table_contains (found, &id));
    }

  /* an update writes every column too: blank them all, save, load */
  saved = gy_card_copy (loaded);
  for (guint i = 0; i < gy_card_fields_n (); i++)
    if (gy_card_field (i)->column != NULL && gy_card_field_is_text (i))
      gy_card_field_set (saved, i, "바뀜");
  saved->has_progress = FALSE;
  g_assert_true (gy_store_save_card (store, saved, "test", &error));
  g_assert_no_error (error);
  g_clear_pointer (&loaded, gy_card_free);
  loaded = gy_store_load_card (store, id, &error);
  g_assert_no_error (error);
  g_assert_false (loaded->has_progress);
  if (!gy_card_equal (saved, loaded, &difference))
    g_error ("the saved card loads back different: %s", difference);

  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/card-fields/table", test_table);
  g_test_add_func ("/card-fields/real-card", test_real_card);
  g_test_add_func ("/card-fields/write-read", test_write_read);
  g_test_add_func ("/card-fields/aliases", test_aliases);
  g_test_add_func ("/card-fields/copy-equal", test_copy_equal);
  g_test_add_func ("/card-fields/store", test_store);

  return g_test_run ();
}

/* test-settings.c — the body settings window, driven through its widgets (under Xvfb)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "gy-card-reader.h"
#include "gy-resources.h"
#include "gy-settings-dialog-private.h"

#define SEED TEST_DATA_DIR "/000_3888df2267cd0c0c.txt"

typedef struct {
  char             *dir;
  char             *path;
  GyStore          *store;
  GySettingsDialog *dialog;
} Fixture;

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
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("gongyak-settings-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.gongyak", NULL);
  fixture->store = gy_store_open (fixture->path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  import_seed (fixture->store);

  fixture->dialog = GY_SETTINGS_DIALOG (gy_settings_dialog_new (NULL, fixture->store));
  gtk_window_present (GTK_WINDOW (fixture->dialog));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  GySettingsDialog *dialog = fixture->dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &fixture->dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (fixture->dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The dialog let go of the store: nothing else holds it. */
  g_assert_finalize_object (fixture->store);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (fixture->path);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog),
                                                   GY_TYPE_SETTINGS_DIALOG, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
assert_values (GyStore           *store,
               GyListKind         kind,
               const char *const *expected)
{
  g_auto(GStrv) values = gy_store_list_values (store, kind);

  g_assert_cmpstrv (values, expected);
}

/* What the row says, so that the page shows what the store holds. */
static const char *
row_text (Fixture    *fixture,
          GyListKind  kind,
          guint       index)
{
  GtkWidget *label = gy_settings_dialog_get_value_row_part (fixture->dialog, kind, index,
                                                            GY_SETTINGS_ROW_LABEL);

  g_assert_nonnull (label);
  return gtk_editable_get_text (GTK_EDITABLE (label));
}

static void
rename_in_place (GtkWidget  *label,
                 const char *text)
{
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (label));
  g_assert_true (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (label)));
  gtk_editable_set_text (GTK_EDITABLE (label), text);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (label), TRUE);
}

/* The refusal is on screen with the store's words; closing it leaves nothing behind. */
static void
assert_error_shown (Fixture    *fixture,
                    const char *primary,
                    const char *secondary)
{
  GtkWidget *error_dialog = gy_settings_dialog_get_error_dialog (fixture->dialog);
  g_autofree char *text = NULL;
  g_autofree char *secondary_text = NULL;

  g_assert_nonnull (error_dialog);
  g_assert_true (gtk_widget_get_visible (error_dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (error_dialog)) ==
                 GTK_WINDOW (fixture->dialog));
  g_object_get (error_dialog, "text", &text, "secondary-text", &secondary_text, NULL);
  g_assert_cmpstr (text, ==, primary);
  g_assert_cmpstr (secondary_text, ==, secondary);

  gtk_dialog_response (GTK_DIALOG (error_dialog), GTK_RESPONSE_CLOSE);
  g_assert_null (gy_settings_dialog_get_error_dialog (fixture->dialog));
}

static void
test_add_source (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *entry = child (fixture, "sources_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), " 구비 ");
  click (child (fixture, "sources_add_button"));
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "국비", "도비", "시비", "민자", "기타", "구비", NULL });
  g_assert_cmpstr (row_text (fixture, GY_LIST_SOURCES, 5), ==, "구비");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Enter in the entry adds too; a second 구비 is refused with the store's message. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "구비");
  g_signal_emit_by_name (entry, "activate");
  assert_error_shown (fixture, "Could not add “구비”", "“구비” is already in the list");
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "국비", "도비", "시비", "민자", "기타", "구비", NULL });
}

static void
test_rename_source (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *label = gy_settings_dialog_get_value_row_part (fixture->dialog, GY_LIST_SOURCES, 4,
                                                            GY_SETTINGS_ROW_LABEL);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "기타");
  rename_in_place (label, "기타재원");
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "국비", "도비", "시비", "민자", "기타재원", NULL });
  g_assert_cmpstr (row_text (fixture, GY_LIST_SOURCES, 4), ==, "기타재원");

  /* To a name already there: refused, and the row shows the old name again. */
  label = gy_settings_dialog_get_value_row_part (fixture->dialog, GY_LIST_SOURCES, 4,
                                                 GY_SETTINGS_ROW_LABEL);
  rename_in_place (label, "국비");
  assert_error_shown (fixture, "Could not rename “기타재원”", "“국비” is already in the list");
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "국비", "도비", "시비", "민자", "기타재원", NULL });
  g_assert_cmpstr (row_text (fixture, GY_LIST_SOURCES, 4), ==, "기타재원");

  /* A rename left open when another button is pressed is kept, not dropped with the rows. */
  label = gy_settings_dialog_get_value_row_part (fixture->dialog, GY_LIST_SOURCES, 2,
                                                 GY_SETTINGS_ROW_LABEL);
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (label));
  gtk_editable_set_text (GTK_EDITABLE (label), "시·군비");
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "sources_entry")), "구비");
  click (child (fixture, "sources_add_button"));
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "국비", "도비", "시·군비", "민자", "기타재원", "구비", NULL });
}

/* Runs the row's shortcut for that key as GTK would on a key press. */
static void
press_row_shortcut (GtkWidget       *part,
                    guint            keyval,
                    GdkModifierType  modifiers)
{
  GtkWidget *row = gtk_widget_get_ancestor (part, GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            continue;
          found = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                GTK_SHORTCUT_ACTION_EXCLUSIVE, row,
                                                gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_true (found);
}

static void
test_move_source (Fixture       *fixture,
                  gconstpointer  data)
{
  GySettingsDialog *dialog = fixture->dialog;

  /* The first row cannot go up, the last cannot go down. */
  g_assert_false (gtk_widget_is_sensitive (
    gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 0, GY_SETTINGS_ROW_UP)));
  g_assert_false (gtk_widget_is_sensitive (
    gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 4, GY_SETTINGS_ROW_DOWN)));

  click (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 0, GY_SETTINGS_ROW_DOWN));
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "도비", "국비", "시비", "민자", "기타", NULL });
  g_assert_cmpstr (row_text (fixture, GY_LIST_SOURCES, 0), ==, "도비");
  g_assert_cmpstr (row_text (fixture, GY_LIST_SOURCES, 1), ==, "국비");

  click (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 4, GY_SETTINGS_ROW_UP));
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "도비", "국비", "시비", "기타", "민자", NULL });

  /* Alt+↓ where the keyboard is moves that row, as the down button does. */
  press_row_shortcut (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 2,
                                                             GY_SETTINGS_ROW_LABEL),
                      GDK_KEY_Down, GDK_ALT_MASK);
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "도비", "국비", "기타", "시비", "민자", NULL });
  press_row_shortcut (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 3,
                                                             GY_SETTINGS_ROW_LABEL),
                      GDK_KEY_Up, GDK_ALT_MASK);
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "도비", "국비", "시비", "기타", "민자", NULL });

  /* Statuses move the same way, through their own page. */
  click (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_STATUSES, 1, GY_SETTINGS_ROW_UP));
  assert_values (fixture->store, GY_LIST_STATUSES,
                 (const char *[]) { "이행 후 계속추진", "완료", "정상추진", "일부추진", "보류", "폐기",
                                    "미도래", NULL });
}

static void
test_remove_source (Fixture       *fixture,
                    gconstpointer  data)
{
  GySettingsDialog *dialog = fixture->dialog;

  /* The seed card has 국비 money: refused, shown, and the list stays as it was. */
  click (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 0, GY_SETTINGS_ROW_REMOVE));
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "국비", "도비", "시비", "민자", "기타", NULL });
  g_assert_cmpstr (row_text (fixture, GY_LIST_SOURCES, 0), ==, "국비");
  assert_error_shown (fixture, "Could not remove “국비”", "“국비” is used by 1 pledge");

  /* 구비 is on no card: it goes. */
  g_assert_true (gy_store_add_value (fixture->store, GY_LIST_SOURCES, "구비", NULL));
  click (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 5, GY_SETTINGS_ROW_REMOVE));
  assert_values (fixture->store, GY_LIST_SOURCES,
                 (const char *[]) { "국비", "도비", "시비", "민자", "기타", NULL });
  g_assert_null (gy_settings_dialog_get_error_dialog (dialog));
  g_assert_null (gy_settings_dialog_get_value_row_part (dialog, GY_LIST_SOURCES, 5,
                                                        GY_SETTINGS_ROW_LABEL));
}

static void
test_sectors (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(GStrv) before = gy_store_list_values (fixture->store, GY_LIST_SECTORS);
  guint n = g_strv_length (before);
  GtkWidget *entry = child (fixture, "sectors_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), "행정");
  click (child (fixture, "sectors_add_button"));
  g_assert_cmpstr (row_text (fixture, GY_LIST_SECTORS, n), ==, "행정");
  click (gy_settings_dialog_get_value_row_part (fixture->dialog, GY_LIST_SECTORS, n,
                                                GY_SETTINGS_ROW_REMOVE));
  assert_values (fixture->store, GY_LIST_SECTORS, (const char *const *) before);
}

static void
test_body_name (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *entry = child (fixture, "body_name_entry");
  g_autofree char *name = NULL;

  /* The seed's import named the body after its 사업주체. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "김천시");
  gtk_editable_set_text (GTK_EDITABLE (entry), "경북 김천시");
  g_signal_emit_by_name (entry, "activate");
  name = gy_store_dup_body_name (fixture->store);
  g_assert_cmpstr (name, ==, "경북 김천시");

  /* Typed, then the focus moved on: applied. */
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "김천");
  gtk_widget_grab_focus (child (fixture, "sources_entry"));
  g_clear_pointer (&name, g_free);
  name = gy_store_dup_body_name (fixture->store);
  g_assert_cmpstr (name, ==, "김천");

  /* Typed, then the window closed without Enter: kept all the same. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "경상북도 김천시");
  g_assert_false (gtk_window_get_hide_on_close (GTK_WINDOW (fixture->dialog)));
  g_object_ref (fixture->dialog);
  gtk_window_close (GTK_WINDOW (fixture->dialog));
  g_clear_pointer (&name, g_free);
  name = gy_store_dup_body_name (fixture->store);
  g_assert_cmpstr (name, ==, "경상북도 김천시");
  g_object_unref (fixture->dialog);
  fixture->dialog = GY_SETTINGS_DIALOG (gy_settings_dialog_new (NULL, fixture->store));
  entry = child (fixture, "body_name_entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "경상북도 김천시");
}

/* Whether 이행 후 계속추진 counts as 완료: the check shows the body's choice and changes it, and
 * a change made elsewhere shows. */
static void
test_completion_rule (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkCheckButton *check = GTK_CHECK_BUTTON (child (fixture, "continuing_done_check"));

  g_assert_false (gtk_check_button_get_active (check));
  g_assert_false (gy_store_get_continuing_is_done (fixture->store));
  gtk_check_button_set_active (check, TRUE);
  g_assert_true (gy_store_get_continuing_is_done (fixture->store));

  g_assert_true (gy_store_set_continuing_is_done (fixture->store, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_false (gy_store_get_continuing_is_done (fixture->store));
}

static void
test_numbered_term (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char *const labels[] = {
    "2026 하반기", "2027", "2028", "2029", "2030 상반기",
  };
  g_autoptr(GPtrArray) terms = NULL;
  const GyTerm *term;
  GtkWidget *hint;

  /* The file has 민선7기 and 민선8기: the next one is offered. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (fixture,
                                                                        "term_number_spin"))),
                   ==, 9);
  click (child (fixture, "add_numbered_button"));

  terms = gy_store_list_terms (fixture->store);
  g_assert_cmpuint (terms->len, ==, 3);
  term = g_ptr_array_index (terms, 2);
  g_assert_cmpstr (term->name, ==, "민선9기");
  g_assert_cmpint (term->layout, ==, GY_TERM_LAYOUT_HALF);
  g_assert_cmpuint (gy_term_n_columns (term), ==, G_N_ELEMENTS (labels));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_assert_cmpstr (gy_term_column (term, i)->label, ==, labels[i]);

  hint = gy_settings_dialog_get_term_row_part (fixture->dialog, 2, GY_SETTINGS_ROW_HINT);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==,
                   "2026 하반기 · 2027 · 2028 · 2029 · 2030 상반기");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (fixture,
                                                                        "term_number_spin"))),
                   ==, 10);

  /* Renamed in place, F2 starting the edit as on a file name. */
  press_row_shortcut (gy_settings_dialog_get_term_row_part (fixture->dialog, 2,
                                                            GY_SETTINGS_ROW_LABEL),
                      GDK_KEY_F2, 0);
  g_assert_true (gtk_editable_label_get_editing (
    GTK_EDITABLE_LABEL (gy_settings_dialog_get_term_row_part (fixture->dialog, 2,
                                                              GY_SETTINGS_ROW_LABEL))));
  rename_in_place (gy_settings_dialog_get_term_row_part (fixture->dialog, 2,
                                                         GY_SETTINGS_ROW_LABEL), "민선 9기");
  g_clear_pointer (&terms, g_ptr_array_unref);
  terms = gy_store_list_terms (fixture->store);
  g_assert_cmpstr (((GyTerm *) g_ptr_array_index (terms, 2))->name, ==, "민선 9기");

  /* No pledge is in it: it can go. */
  click (gy_settings_dialog_get_term_row_part (fixture->dialog, 2, GY_SETTINGS_ROW_REMOVE));
  g_clear_pointer (&terms, g_ptr_array_unref);
  terms = gy_store_list_terms (fixture->store);
  g_assert_cmpuint (terms->len, ==, 2);
  g_assert_null (gy_settings_dialog_get_term_row_part (fixture->dialog, 2, GY_SETTINGS_ROW_LABEL));
}

static void
test_typed_term (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *name = child (fixture, "term_name_entry");
  GtkWidget *start = child (fixture, "term_start_entry");
  GtkWidget *end = child (fixture, "term_end_entry");
  GtkWidget *preview = child (fixture, "term_preview_label");
  g_autoptr(GPtrArray) terms = NULL;
  const GyTerm *term;

  /* Dates are read strictly, and the refusal says how to write them. */
  gtk_editable_set_text (GTK_EDITABLE (name), "보궐");
  gtk_editable_set_text (GTK_EDITABLE (start), "2030-07-01");
  gtk_editable_set_text (GTK_EDITABLE (end), "2034. 6. 30.");
  g_assert_true (gtk_widget_has_css_class (start, "error"));
  g_assert_false (gtk_widget_has_css_class (end, "error"));
  click (child (fixture, "add_term_button"));
  assert_error_shown (fixture, "Could not add the term",
                      "First day: “2030-07-01” is not a date: write it as 2022. 7. 1.");

  gtk_editable_set_text (GTK_EDITABLE (start), "2030. 2. 30.");
  g_signal_emit_by_name (end, "activate");
  assert_error_shown (fixture, "Could not add the term",
                      "First day: “2030. 2. 30.” is not a day of the calendar");

  gtk_editable_set_text (GTK_EDITABLE (start), "2035. 7. 1.");
  click (child (fixture, "add_term_button"));
  assert_error_shown (fixture, "Could not add the term", "The term ends before it starts");

  terms = gy_store_list_terms (fixture->store);
  g_assert_cmpuint (terms->len, ==, 2);
  g_clear_pointer (&terms, g_ptr_array_unref);

  /* Whole years: the preview shows the columns before anything is added. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (fixture, "layout_dropdown")), 1);
  gtk_editable_set_text (GTK_EDITABLE (start), "2030.7.1");
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (preview)), ==,
                   "2030 · 2031 · 2032 · 2033 · 2034");
  click (child (fixture, "add_term_button"));
  g_assert_null (gy_settings_dialog_get_error_dialog (fixture->dialog));

  terms = gy_store_list_terms (fixture->store);
  g_assert_cmpuint (terms->len, ==, 3);
  term = g_ptr_array_index (terms, 2);
  g_assert_cmpstr (term->name, ==, "보궐");
  g_assert_cmpint (term->layout, ==, GY_TERM_LAYOUT_WHOLE);
  g_assert_cmpint (g_date_get_year (&term->start), ==, 2030);
  g_assert_cmpint (g_date_get_month (&term->start), ==, 7);
  g_assert_cmpint (g_date_get_day (&term->end), ==, 30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "");
}

static void
test_remove_term_in_use (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) terms = NULL;

  click (gy_settings_dialog_get_term_row_part (fixture->dialog, 0, GY_SETTINGS_ROW_REMOVE));
  assert_error_shown (fixture, "Could not remove the term “민선7기”", "“민선7기” is used by 1 pledge");
  terms = gy_store_list_terms (fixture->store);
  g_assert_cmpuint (terms->len, ==, 2);
}

static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A change made elsewhere shows up without reopening the window. */
  g_assert_true (gy_store_add_value (fixture->store, GY_LIST_STATUSES, "변경", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (row_text (fixture, GY_LIST_STATUSES, 7), ==, "변경");
  g_assert_true (gy_store_set_body_name (fixture->store, "구미시", &error));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "body_name_entry"))), ==,
                   "구미시");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_resources_register (gy_get_resource ());

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/settings/sources/add", test_add_source);
  ADD ("/settings/sources/rename", test_rename_source);
  ADD ("/settings/sources/move", test_move_source);
  ADD ("/settings/sources/remove-in-use", test_remove_source);
  ADD ("/settings/sectors/add-remove", test_sectors);
  ADD ("/settings/body/name", test_body_name);
  ADD ("/settings/body/completion-rule", test_completion_rule);
  ADD ("/settings/terms/numbered", test_numbered_term);
  ADD ("/settings/terms/typed", test_typed_term);
  ADD ("/settings/terms/remove-in-use", test_remove_term_in_use);
  ADD ("/settings/follows-store", test_follows_store);

#undef ADD
  return g_test_run ();
}

/* test-crash.c — no edit the store reported done is lost when the process is killed
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child applies scripted edits through the store and, after each call returns, says so on a
 * pipe. The parent kills it with SIGKILL at a random moment, reopens the file and checks that
 * every edit the child reported is there and that SQLite finds the file sound. Twenty rounds
 * on the same file, each child going on where the last one stopped.
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gy-card-reader.h"
#include "gy-store.h"

#define N_ROUNDS 20
/* A child that is never killed stops after this many edits. */
#define EDITS_PER_CHILD 60

typedef enum {
  EDIT_MONEY,
  EDIT_YEARLY,
  EDIT_REORDER,
} EditKind;

typedef struct {
  char *source;
  char *column;
} Cell;

/* What the file must hold: the last value of every cell, row and the sub-project order. */
typedef struct {
  gint64    *money;     /* one per cell of the script */
  GPtrArray *yearly;    /* char *: the first entry of each yearly row */
  GPtrArray *order;     /* char *: sub-project titles, in order */
} Model;

typedef struct {
  char      *dir;
  char      *path;
  gint64     pledge_id;
  GPtrArray *cells;     /* Cell */
  guint      n_years;
  guint      n_subs;
} Script;

static void
cell_free (Cell *cell)
{
  g_free (cell->source);
  g_free (cell->column);
  g_free (cell);
}

/* The script: edit n is a pure function of n, so parent and child agree without talking. */

static EditKind
edit_kind (guint n)
{
  return n % 3;
}

static guint
edit_money_cell (const Script *script,
                 guint         n)
{
  return (n / 3 * 7) % script->cells->len;
}

static gint64
edit_money_amount (guint n)
{
  /* Distinct for every n, and never a value the seed card holds. */
  return 900000 + (gint64) n * 1000 + 7;
}

static guint
edit_yearly_row (const Script *script,
                 guint         n)
{
  return (n / 3) % script->n_years;
}

static char *
edit_yearly_text (guint n)
{
  return g_strdup_printf ("편집 %u: 스마트 보행자 안전시스템 확대 구축", n);
}

static void
edit_swap_pair (const Script *script,
                guint         n,
                guint        *a,
                guint        *b)
{
  *a = (n / 3) % script->n_subs;
  *b = (*a + 1 + (n / 3 / script->n_subs) % (script->n_subs - 1)) % script->n_subs;
}

static void
model_apply (Model        *model,
             const Script *script,
             guint         n)
{
  guint a, b;
  gpointer tmp;

  switch (edit_kind (n))
    {
    case EDIT_MONEY:
      model->money[edit_money_cell (script, n)] = edit_money_amount (n);
      break;
    case EDIT_YEARLY:
      g_free (model->yearly->pdata[edit_yearly_row (script, n)]);
      model->yearly->pdata[edit_yearly_row (script, n)] = edit_yearly_text (n);
      break;
    case EDIT_REORDER:
      edit_swap_pair (script, n, &a, &b);
      tmp = model->order->pdata[a];
      model->order->pdata[a] = model->order->pdata[b];
      model->order->pdata[b] = tmp;
      break;
    default:
      g_assert_not_reached ();
    }
}

static Model *
model_copy (const Model  *model,
            const Script *script)
{
  Model *copy = g_new0 (Model, 1);

  copy->money = g_memdup2 (model->money, sizeof (gint64) * script->cells->len);
  copy->yearly = g_ptr_array_copy (model->yearly, (GCopyFunc) g_strdup, NULL);
  g_ptr_array_set_free_func (copy->yearly, g_free);
  copy->order = g_ptr_array_copy (model->order, (GCopyFunc) g_strdup, NULL);
  g_ptr_array_set_free_func (copy->order, g_free);
  return copy;
}

static void
model_free (Model *model)
{
  g_free (model->money);
  g_ptr_array_unref (model->yearly);
  g_ptr_array_unref (model->order);
  g_free (model);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Model, model_free)

static gint64
card_money_cell (const GyCard *card,
                 const Cell   *cell)
{
  for (guint i = 0; i < card->money->len; i++)
    {
      const GyMoneyRow *row = g_ptr_array_index (card->money, i);
      int column;

      if (strcmp (row->source, cell->source) != 0)
        continue;
      if (strcmp (cell->column, "A") == 0)
        return row->before;
      if (strcmp (cell->column, "C") == 0)
        return row->after;
      column = gy_term_find_key (card->term, cell->column);
      g_assert_cmpint (column, >=, 0);
      return row->years[column];
    }
  g_assert_not_reached ();
}

/* The model as the card in the file shows it. */
static Model *
model_from_card (const GyCard *card,
                 const Script *script)
{
  Model *model = g_new0 (Model, 1);

  model->money = g_new (gint64, script->cells->len);
  for (guint i = 0; i < script->cells->len; i++)
    model->money[i] = card_money_cell (card, g_ptr_array_index (script->cells, i));
  model->yearly = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < card->years->len; i++)
    {
      const GyYearRow *row = g_ptr_array_index (card->years, i);

      g_assert_cmpuint (row->entries->len, >, 0);
      g_ptr_array_add (model->yearly,
                       g_strdup (((GyEntry *) g_ptr_array_index (row->entries, 0))->text));
    }
  model->order = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < card->subprojects->len; i++)
    g_ptr_array_add (model->order,
                     g_strdup (((GySubProject *) g_ptr_array_index (card->subprojects, i))->title));
  return model;
}

static gboolean
model_equal (const Model  *a,
             const Model  *b,
             const Script *script)
{
  for (guint i = 0; i < script->cells->len; i++)
    if (a->money[i] != b->money[i])
      return FALSE;
  for (guint i = 0; i < a->yearly->len; i++)
    if (g_strcmp0 (a->yearly->pdata[i], b->yearly->pdata[i]) != 0)
      return FALSE;
  for (guint i = 0; i < a->order->len; i++)
    if (g_strcmp0 (a->order->pdata[i], b->order->pdata[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
assert_models_equal (const Model  *found,
                     const Model  *expected,
                     const Script *script)
{
  for (guint i = 0; i < script->cells->len; i++)
    {
      const Cell *cell = g_ptr_array_index (script->cells, i);

      if (found->money[i] != expected->money[i])
        g_test_message ("money %s %s", cell->source, cell->column);
      g_assert_cmpint (found->money[i], ==, expected->money[i]);
    }
  for (guint i = 0; i < expected->yearly->len; i++)
    g_assert_cmpstr (found->yearly->pdata[i], ==, expected->yearly->pdata[i]);
  for (guint i = 0; i < expected->order->len; i++)
    g_assert_cmpstr (found->order->pdata[i], ==, expected->order->pdata[i]);
}

/* The child: never returns. Speaks only through write(2) so nothing sits in a buffer. */

static void G_GNUC_NORETURN
child_fail (const char   *what,
            const GError *error)
{
  g_printerr ("child: %s: %s\n", what, error != NULL ? error->message : "");
  _exit (2);
}

static void
child_report (int         fd,
              const char *line)
{
  gsize length = strlen (line);
  gsize done = 0;

  while (done < length)
    {
      gssize n = write (fd, line + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (3);
      done += n;
    }
}

static void
child_apply (GyStore      *store,
             const Script *script,
             guint         n,
             int           fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyCard) card = NULL;
  g_autofree char *line = NULL;
  const Cell *cell;
  GyYearRow *row;
  GyEntry *entry;
  guint a, b;
  gpointer tmp;

  switch (edit_kind (n))
    {
    case EDIT_MONEY:
      cell = g_ptr_array_index (script->cells, edit_money_cell (script, n));
      if (!gy_store_set_money_cell (store, script->pledge_id, cell->source, cell->column,
                                    edit_money_amount (n), "crash test", &error))
        child_fail ("set money cell", error);
      line = g_strdup_printf ("committed %u money %s/%s=%" G_GINT64_FORMAT "\n", n,
                              cell->source, cell->column, edit_money_amount (n));
      break;
    case EDIT_YEARLY:
      card = gy_store_load_card (store, script->pledge_id, &error);
      if (card == NULL)
        child_fail ("load card", error);
      row = g_ptr_array_index (card->years, edit_yearly_row (script, n));
      entry = g_ptr_array_index (row->entries, 0);
      g_free (entry->text);
      entry->text = edit_yearly_text (n);
      if (!gy_store_save_card (store, card, "crash test", &error))
        child_fail ("save yearly row", error);
      line = g_strdup_printf ("committed %u yearly %s=%s\n", n, row->label, entry->text);
      break;
    case EDIT_REORDER:
      card = gy_store_load_card (store, script->pledge_id, &error);
      if (card == NULL)
        child_fail ("load card", error);
      edit_swap_pair (script, n, &a, &b);
      tmp = card->subprojects->pdata[a];
      card->subprojects->pdata[a] = card->subprojects->pdata[b];
      card->subprojects->pdata[b] = tmp;
      if (!gy_store_save_card (store, card, "crash test", &error))
        child_fail ("save reorder", error);
      line = g_strdup_printf ("committed %u reorder %u<->%u\n", n, a, b);
      break;
    default:
      g_assert_not_reached ();
    }
  child_report (fd, line);
}

static void G_GNUC_NORETURN
child_run (const Script *script,
           guint         first,
           int           fd)
{
  g_autoptr(GError) error = NULL;
  GyStore *store = gy_store_open (script->path, GY_STORE_OPEN_DEFAULT, &error);

  if (store == NULL)
    child_fail ("open", error);
  for (guint n = first; n < first + EDITS_PER_CHILD; n++)
    child_apply (store, script, n, fd);
  g_object_unref (store);
  _exit (0);
}

/* The parent */

/* Reads whole lines from the pipe; returns FALSE at end of file. */
static gboolean
read_report (int      fd,
             GString *pending,
             guint   *out_n)
{
  char buffer[512];
  char *newline;
  gssize got;

  while ((newline = memchr (pending->str, '\n', pending->len)) == NULL)
    {
      got = read (fd, buffer, sizeof buffer);
      if (got < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (got, >=, 0);
      if (got == 0)
        {
          /* A kill between two write(2) calls of one line cannot happen: a line is one call. */
          g_assert_cmpuint (pending->len, ==, 0);
          return FALSE;
        }
      g_string_append_len (pending, buffer, got);
    }
  *newline = '\0';
  g_assert_true (g_str_has_prefix (pending->str, "committed "));
  *out_n = (guint) g_ascii_strtoull (pending->str + strlen ("committed "), NULL, 10);
  g_string_erase (pending, 0, newline - pending->str + 1);
  return TRUE;
}

static GyCard *
load_card (const Script *script)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GyStore) store = gy_store_open (script->path, GY_STORE_OPEN_DEFAULT, &error);
  GyCard *card;

  g_assert_no_error (error);
  card = gy_store_load_card (store, script->pledge_id, &error);
  g_assert_no_error (error);
  return card;
}

static void
assert_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
script_set_up (Script *script)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seed = g_build_filename (TEST_DATA_DIR, "000_3888df2267cd0c0c.txt", NULL);
  g_autoptr(GyStore) store = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  const char *sources[] = { "국비", "도비", "시비", "민자", "기타" };
  GyCard *card;

  script->dir = g_dir_make_tmp ("gongyak-crash-XXXXXX", &error);
  g_assert_no_error (error);
  script->path = g_build_filename (script->dir, "crash.gongyak", NULL);
  store = gy_store_open (script->path, GY_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  terms = gy_store_list_terms (store);
  card = gy_card_read_file (seed, terms, &error);
  g_assert_no_error (error);
  g_ptr_array_add (cards, card);
  g_assert_true (gy_store_import_cards (store, cards, &error));
  g_assert_no_error (error);
  g_assert_cmpint (card->id, >, 0);
  script->pledge_id = card->id;

  /* Every cell of the money table the store lets one set: A, C and each fiscal column. */
  script->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      Cell *cell;

      for (guint c = 0; c < card->term->columns->len + 2; c++)
        {
          cell = g_new0 (Cell, 1);
          cell->source = g_strdup (sources[s]);
          if (c == 0)
            cell->column = g_strdup ("A");
          else if (c == 1)
            cell->column = g_strdup ("C");
          else
            cell->column = g_strdup (((GyFiscalColumn *)
                                      g_ptr_array_index (card->term->columns, c - 2))->key);
          g_ptr_array_add (script->cells, cell);
        }
    }
  script->n_years = card->years->len;
  script->n_subs = card->subprojects->len;
  g_assert_cmpuint (script->n_years, ==, 5);
  g_assert_cmpuint (script->n_subs, ==, 4);
}

static void
script_tear_down (Script *script)
{
  g_autoptr(GDir) dir = g_dir_open (script->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (script->dir, name, NULL);
      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (script->dir), ==, 0);
  g_free (script->dir);
  g_free (script->path);
  g_ptr_array_unref (script->cells);
}

static void
test_crash_kill_during_edits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261125);
  g_autoptr(Model) model = NULL;
  Script script = { 0 };
  guint next = 0, n_checked = 0, n_in_flight_landed = 0;

  script_set_up (&script);
  {
    g_autoptr(GyCard) card = load_card (&script);

    model = model_from_card (card, &script);
  }

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GString) pending = g_string_new (NULL);
      g_autoptr(GyCard) card = NULL;
      g_autoptr(Model) found = NULL;
      g_autoptr(Model) with_in_flight = NULL;
      guint wait_for = g_rand_int_range (rand, 0, 40);
      gulong delay_us = g_rand_int_range (rand, 0, 4000);
      guint n_reported = 0, n;
      int fds[2], status;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          child_run (&script, next, fds[1]);
        }
      close (fds[1]);

      /* Kill after a random number of reports plus a random delay: often mid-transaction. */
      while (n_reported < wait_for && read_report (fds[0], pending, &n))
        {
          g_assert_cmpuint (n, ==, next);
          model_apply (model, &script, n);
          next++;
          n_reported++;
        }
      g_usleep (delay_us);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!(WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL))
        g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

      /* What the child wrote before it died was reported too. */
      while (read_report (fds[0], pending, &n))
        {
          g_assert_cmpuint (n, ==, next);
          model_apply (model, &script, n);
          next++;
          n_reported++;
        }
      close (fds[0]);

      /* The one edit in flight may have committed without being reported: either state is
       * right, nothing else is. */
      card = load_card (&script);
      found = model_from_card (card, &script);
      with_in_flight = model_copy (model, &script);
      model_apply (with_in_flight, &script, next);
      if (model_equal (found, with_in_flight, &script) &&
          !model_equal (found, model, &script))
        {
          model_apply (model, &script, next);
          n_in_flight_landed++;
        }
      assert_models_equal (found, model, &script);
      assert_integrity (script.path);
      g_test_message ("round %u: %u edits reported, %u so far", round, n_reported, next);
      n_checked += n_reported;
      /* The in-flight edit is settled either way; the next child starts after it. */
      next++;
    }

  g_test_message ("%u rounds, %u reported edits checked, %u unreported edits landed, 0 lost",
                  N_ROUNDS, n_checked, n_in_flight_landed);
  g_assert_cmpuint (n_checked, >, N_ROUNDS);
  script_tear_down (&script);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-during-edits", test_crash_kill_during_edits);
  return g_test_run ();
}

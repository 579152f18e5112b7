/* gy-xlsx.c — the province's workbook: selection, sheet names and the file
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheets are laid out in gy-xlsx-card.c and gy-xlsx-summary.c, cell by cell through
 * the helpers of gy-xlsx-cells.c.
 */
#define G_LOG_DOMAIN "gy-xlsx"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gy-body-cards.h"
#include "gy-xlsx-private.h"

G_DEFINE_QUARK (gy-xlsx-error-quark, gy_xlsx_error)

/* Sheet names: Excel allows 31 characters, none of []:*?/\ and no quote at either end,
 * and compares them without case. */
static char *
clean_sheet_name (const char *number)
{
  GString *s = g_string_new (NULL);
  g_autofree char *cut = NULL;
  g_autofree char *trimmed = NULL;

  for (const char *p = number != NULL ? number : ""; *p != '\0'; p++)
    if (strchr ("[]:*?/\\", *p) == NULL && (guchar) *p >= 0x20)
      g_string_append_c (s, *p);
  cut = g_string_free (s, FALSE);
  /* cut first, so that the trimming also sees the new end */
  trimmed = g_strstrip (g_utf8_substring (cut, 0, MIN (g_utf8_strlen (cut, -1), 31)));
  while (trimmed[0] == '\'')
    memmove (trimmed, trimmed + 1, strlen (trimmed));
  while (*trimmed != '\0' && trimmed[strlen (trimmed) - 1] == '\'')
    trimmed[strlen (trimmed) - 1] = '\0';
  return g_strdup (g_strstrip (trimmed));
}

static gboolean
claim_name (GHashTable *used,
            const char *name)
{
  char *key = g_utf8_casefold (name, -1);

  if (g_hash_table_contains (used, key))
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_add (used, key);
  return TRUE;
}

/* The card's number, cleaned; "공약 3" for a card with none; "1-3 (2)" for a repeat. */
static char *
sheet_name_for (const GyCard *card,
                guint         position,
                GHashTable   *used)
{
  g_autofree char *base = clean_sheet_name (card->number);

  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup_printf ("공약 %u", position);
    }
  if (claim_name (used, base))
    return g_steal_pointer (&base);
  for (guint k = 2; k < G_MAXUINT; k++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", k);
      glong room = 31 - g_utf8_strlen (suffix, -1);
      g_autofree char *head = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1), room));
      g_autofree char *name = g_strconcat (head, suffix, NULL);

      if (claim_name (used, name))
        return g_steal_pointer (&name);
    }
  g_return_val_if_reached (NULL);
}

static const GySelection *
selection_of (const GySelection *options,
              GySelection         *selection)
{
  *selection = *options;
  return selection;
}

static gboolean
card_selected (const GyCard        *card,
               const GySelection *options)
{
  GySelection selection;

  return gy_selection_matches (selection_of (options, &selection), card->id, card->sector,
                               card->status, card->number);
}

static gboolean
list_contains (GPtrArray  *list,
               const char *value)
{
  for (guint i = 0; i < list->len; i++)
    if (g_strcmp0 (g_ptr_array_index (list, i), value) == 0)
      return TRUE;
  return FALSE;
}

static void
list_add (GPtrArray  *list,
          const char *value)
{
  if (value != NULL && *value != '\0' && !list_contains (list, value))
    g_ptr_array_add (list, (gpointer) value);
}

static GPtrArray *
list_new (const char * const *values)
{
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    list_add (list, values[i]);
  return list;
}

static void
group_free (gpointer data)
{
  GyXlsxGroup *group = data;

  g_ptr_array_unref (group->cards);
  g_free (group);
}

/* The pledges by 분야 in the body's order, those with none last. */
static GPtrArray *
group_cards (GPtrArray *cards,
             GPtrArray *sectors)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);

  for (guint s = 0; s <= sectors->len; s++)
    {
      const char *sector = s < sectors->len ? g_ptr_array_index (sectors, s) : NULL;
      GyXlsxGroup *group = g_new0 (GyXlsxGroup, 1);

      group->sector = sector;
      group->cards = g_ptr_array_new ();
      for (guint i = 0; i < cards->len; i++)
        {
          const GyCard *card = g_ptr_array_index (cards, i);
          gboolean none = card->sector == NULL || *card->sector == '\0';

          if (sector == NULL ? none : g_strcmp0 (card->sector, sector) == 0)
            g_ptr_array_add (group->cards, (gpointer) card);
        }
      if (group->cards->len > 0)
        g_ptr_array_add (groups, group);
      else
        group_free (group);
    }
  return groups;
}

/* "&" starts a code in Excel's header and footer text, which holds 255 bytes at most. */
static char *
escape_footer (const char *text)
{
  g_autofree char *cut = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 50));
  g_auto(GStrv) parts = g_strsplit (cut, "&", -1);

  return g_strjoinv ("&&", parts);
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason,
                 const char  *where)
{
  if (where != NULL)
    g_set_error (error, GY_XLSX_ERROR, GY_XLSX_ERROR_WRITE,
                 _("Cannot write “%s”: %s (at %s)"), path, reason, where);
  else
    g_set_error (error, GY_XLSX_ERROR, GY_XLSX_ERROR_WRITE,
                 _("Cannot write “%s”: %s"), path, reason);
}

static gboolean
check_status (GyXlsxWriter  *w,
              GError       **error)
{
  if (w->status == LXW_NO_ERROR)
    return TRUE;
  set_write_error (error, w->path, lxw_strerror (w->status), w->failed_at);
  return FALSE;
}

static void
writer_clear (GyXlsxWriter *w)
{
  g_clear_pointer (&w->failed_at, g_free);
  g_clear_pointer (&w->as_of, g_free);
  g_clear_pointer (&w->footer, g_free);
  g_clear_pointer (&w->sources, g_ptr_array_unref);
  g_clear_pointer (&w->sectors, g_ptr_array_unref);
  g_clear_pointer (&w->statuses, g_ptr_array_unref);
  g_clear_pointer (&w->format_ids, g_hash_table_unref);
}

static void
report (GyProgressFunc  progress,
        gpointer        user_data,
        guint           done,
        guint           total,
        const char     *stage)
{
  if (progress != NULL)
    progress (done, total, stage, user_data);
}

/* Writes every sheet into W's workbook. */
static gboolean
write_sheets (GyXlsxWriter    *w,
              GPtrArray       *cards,
              char           **names,
              GyProgressFunc   progress,
              gpointer         user_data,
              GError         **error)
{
  g_autoptr(GPtrArray) groups = group_cards (cards, w->sectors);
  guint total = cards->len + 3;

  gy_xlsx_write_status (w, groups);
  if (!check_status (w, error))
    return FALSE;
  report (progress, user_data, 1, total, "총괄");

  gy_xlsx_write_investment (w, cards, groups);
  if (!check_status (w, error))
    return FALSE;
  report (progress, user_data, 2, total, "투자계획");

  for (guint i = 0; i < cards->len; i++)
    {
      gy_xlsx_write_card (w, g_ptr_array_index (cards, i), names[i]);
      if (!check_status (w, error))
        return FALSE;
      report (progress, user_data, 3 + i, total, "cards");
    }
  return TRUE;
}

static gboolean
write_workbook (GPtrArray           *all_cards,
                const char          *body_name,
                const char * const  *sources,
                const char * const  *sectors,
                const char * const  *statuses,
                const char          *path,
                const GySelection *options,
                GyProgressFunc       progress,
                gpointer             user_data,
                FILE                *trace,
                GError             **error)
{
  GyXlsxWriter w = { 0 };
  GySelection defaults;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) names = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *date = NULL;
  g_autofree char *footer_body = NULL;
  GDate as_of;
  lxw_error status;
  int fd, saved_errno;

  g_return_val_if_fail (all_cards != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      gy_selection_init (&defaults);
      options = &defaults;
    }
  for (guint i = 0; i < all_cards->len; i++)
    if (card_selected (g_ptr_array_index (all_cards, i), options))
      g_ptr_array_add (cards, g_ptr_array_index (all_cards, i));
  if (cards->len == 0)
    {
      g_set_error (error, GY_XLSX_ERROR, GY_XLSX_ERROR_NO_PLEDGES,
                   _("No pledge matches the selection: nothing to write to “%s”"), path);
      return FALSE;
    }

  /* Sheet names first: a name we cannot make is an error before any file exists. */
  names = g_new0 (char *, cards->len + 1);
  claim_name (used, "총괄");
  claim_name (used, "투자계획");
  claim_name (used, "History");  /* reserved by Excel */
  for (guint i = 0; i < cards->len; i++)
    names[i] = sheet_name_for (g_ptr_array_index (cards, i), i + 1, used);

  as_of = options->as_of;
  if (!g_date_valid (&as_of))
    g_date_set_time_t (&as_of, time (NULL));
  date = gy_format_date (&as_of);
  footer_body = escape_footer (body_name != NULL ? body_name : "");

  w.path = path;
  w.trace = trace;
  if (trace != NULL)
    w.format_ids = g_hash_table_new (NULL, NULL);
  w.as_of = g_strdup_printf ("%s 기준", date);
  w.footer = g_strdup_printf ("&L%s&C&P / &N&R%s 기준", footer_body, date);
  w.sources = list_new (sources);
  w.sectors = list_new (sectors);
  w.statuses = list_new (statuses);
  for (guint i = 0; i < cards->len; i++)
    {
      const GyCard *card = g_ptr_array_index (cards, i);

      for (guint r = 0; r < card->money->len; r++)
        list_add (w.sources, ((GyMoneyRow *) g_ptr_array_index (card->money, r))->source);
      list_add (w.sectors, card->sector);
      list_add (w.statuses, card->status);
    }

  /* Written beside OUT and renamed over it once complete. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX.part", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      set_write_error (error, path, g_strerror (saved_errno), NULL);
      writer_clear (&w);
      return FALSE;
    }
  close (fd);

  w.workbook = workbook_new (temp);
  if (w.workbook == NULL)
    {
      set_write_error (error, path, lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED), NULL);
      g_unlink (temp);
      writer_clear (&w);
      return FALSE;
    }
  gy_xlsx_create_formats (&w);
  gy_xlsx_set_properties (&w, body_name != NULL ? body_name : "");

  /* Our names follow Excel's rules; should libxlsxwriter still refuse one, "공약 N". */
  for (guint i = 0; i < cards->len; i++)
    if (workbook_validate_sheet_name (w.workbook, names[i]) != LXW_NO_ERROR)
      {
        g_autofree char *refused = g_steal_pointer (&names[i]);

        names[i] = g_strdup_printf ("공약 %u", i + 1);
        if (!claim_name (used, names[i]) ||
            workbook_validate_sheet_name (w.workbook, names[i]) != LXW_NO_ERROR)
          {
            g_set_error (error, GY_XLSX_ERROR, GY_XLSX_ERROR_SHEET_NAME,
                         _("Cannot write “%s”: Excel refuses the sheet name “%s”"), path,
                         refused);
            goto failed;
          }
      }

  if (!check_status (&w, error) || !write_sheets (&w, cards, names, progress, user_data, error))
    goto failed;

  report (progress, user_data, cards->len + 2, cards->len + 3, "file");
  status = workbook_close (w.workbook);
  w.workbook = NULL;
  if (status != LXW_NO_ERROR)
    {
      set_write_error (error, path, lxw_strerror (status), NULL);
      goto failed;
    }
  if (g_rename (temp, path) != 0)
    {
      saved_errno = errno;
      set_write_error (error, path, g_strerror (saved_errno), NULL);
      goto failed;
    }
  report (progress, user_data, cards->len + 3, cards->len + 3, "file");
  writer_clear (&w);
  return TRUE;

failed:
  if (w.workbook != NULL)
    lxw_workbook_free (w.workbook);
  g_unlink (temp);
  writer_clear (&w);
  return FALSE;
}

gboolean
gy_xlsx_write_cards (GPtrArray           *cards,
                     const char          *body_name,
                     const char * const  *sources,
                     const char * const  *sectors,
                     const char * const  *statuses,
                     const char          *path,
                     const GySelection *options,
                     GyProgressFunc       progress,
                     gpointer             user_data,
                     GError             **error)
{
  return write_workbook (cards, body_name, sources, sectors, statuses, path, options,
                         progress, user_data, NULL, error);
}

gboolean
gy_xlsx_write_cards_traced (GPtrArray           *cards,
                            const char          *body_name,
                            const char * const  *sources,
                            const char * const  *sectors,
                            const char * const  *statuses,
                            const char          *path,
                            const GySelection *options,
                            FILE                *trace,
                            GError             **error)
{
  return write_workbook (cards, body_name, sources, sectors, statuses, path, options,
                         NULL, NULL, trace, error);
}

gboolean
gy_xlsx_export (GyStore             *store,
                const char          *path,
                const GySelection *options,
                GyProgressFunc       progress,
                gpointer             user_data,
                GError             **error)
{
  g_autoptr(GyBodyCards) body = NULL;
  GySelection selection;
  GySelection defaults;

  g_return_val_if_fail (GY_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      gy_selection_init (&defaults);
      options = &defaults;
    }
  body = gy_body_cards_load (store, selection_of (options, &selection), error);
  if (body == NULL)
    return FALSE;
  return gy_xlsx_write_cards (body->cards, body->body_name,
                              (const char * const *) body->sources,
                              (const char * const *) body->sectors,
                              (const char * const *) body->statuses, path, options, progress,
                              user_data, error);
}

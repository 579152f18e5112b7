/* gy-xlsx.c — the province's workbook: selection, sheet names and the file
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook renders a GySummary: the selection, the one term, the grouping and every
 * figure come from it. The sheets are laid out in gy-xlsx-card.c and gy-xlsx-summary.c,
 * cell by cell through the helpers of gy-xlsx-cells.c.
 */
#define G_LOG_DOMAIN "gy-xlsx"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

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
  g_clear_pointer (&w->footer, g_free);
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
              char           **names,
              GyProgressFunc   progress,
              gpointer         user_data,
              GCancellable    *cancellable,
              GError         **error)
{
  GPtrArray *pledges = w->summary->pledges;
  guint total = pledges->len + 3;

  gy_xlsx_write_status (w);
  if (!check_status (w, error))
    return FALSE;
  report (progress, user_data, 1, total, "총괄");

  gy_xlsx_write_investment (w);
  if (!check_status (w, error))
    return FALSE;
  report (progress, user_data, 2, total, "투자계획");

  for (guint i = 0; i < pledges->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      gy_xlsx_write_card (w, g_ptr_array_index (pledges, i), names[i]);
      if (!check_status (w, error))
        return FALSE;
      report (progress, user_data, 3 + i, total, "cards");
    }
  return TRUE;
}

/* BODY's cards move into the summary the workbook renders. */
static gboolean
write_workbook (GyBodyCards         *body,
                const char          *path,
                const GySelection   *options,
                GyProgressFunc       progress,
                gpointer             user_data,
                GCancellable        *cancellable,
                FILE                *trace,
                GError             **error)
{
  GyXlsxWriter w = { 0 };
  g_autoptr(GySummary) summary = gy_summary_new_for_body (body, options);
  GPtrArray *pledges = summary->pledges;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) names = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *date = NULL;
  g_autofree char *footer_body = NULL;
  g_autofree char *title = NULL;
  lxw_error status;
  int fd, saved_errno;

  if (pledges->len == 0)
    {
      g_set_error (error, GY_XLSX_ERROR, GY_XLSX_ERROR_NO_PLEDGES,
                   _("No pledge matches the selection: nothing to write to “%s”"), path);
      return FALSE;
    }

  /* Sheet names first: a name we cannot make is an error before any file exists. */
  names = g_new0 (char *, pledges->len + 1);
  claim_name (used, "총괄");
  claim_name (used, "투자계획");
  claim_name (used, "History");  /* reserved by Excel */
  for (guint i = 0; i < pledges->len; i++)
    names[i] = sheet_name_for (((GySummaryPledge *) g_ptr_array_index (pledges, i))->card,
                               i + 1, used);

  date = gy_format_date (&summary->as_of);
  footer_body = escape_footer (summary->body_name);

  w.path = path;
  w.trace = trace;
  if (trace != NULL)
    w.format_ids = g_hash_table_new (NULL, NULL);
  w.summary = summary;
  w.as_of = summary->as_of_text;
  /* an empty "&L" section would swallow the next code in some readers */
  w.footer = g_strdup_printf ("%s%s&C&P / &N&R%s 기준", *footer_body != '\0' ? "&L" : "",
                              footer_body, date);
  {
    g_autofree char *what = g_strdup_printf ("공약 이행 현황 (%s)", summary->as_of_text);
    title = gy_xlsx_title (&w, what);
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
  gy_xlsx_set_properties (&w, title, summary->body_name);

  /* Our names follow Excel's rules; should libxlsxwriter still refuse one, "공약 N". */
  for (guint i = 0; i < pledges->len; i++)
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

  if (!check_status (&w, error)
      || !write_sheets (&w, names, progress, user_data, cancellable, error))
    goto failed;
  /* the last chance to stop before the file replaces the target */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;

  report (progress, user_data, pledges->len + 2, pledges->len + 3, "file");
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
  report (progress, user_data, pledges->len + 3, pledges->len + 3, "file");
  writer_clear (&w);
  return TRUE;

failed:
  if (w.workbook != NULL)
    lxw_workbook_free (w.workbook);
  g_unlink (temp);
  writer_clear (&w);
  return FALSE;
}

static gboolean
write_cards (GPtrArray           *cards,
             const char          *body_name,
             const char * const  *sources,
             const char * const  *sectors,
             const char * const  *statuses,
             const char          *path,
             const GySelection   *options,
             GyProgressFunc       progress,
             gpointer             user_data,
             FILE                *trace,
             GError             **error)
{
  g_autoptr(GyBodyCards) body = NULL;

  g_return_val_if_fail (cards != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* the caller's cards outlive the workbook: no copy of thousands of them */
  body = gy_body_cards_borrow (cards, body_name, sources, sectors, statuses, options);
  return write_workbook (body, path, options, progress, user_data, NULL, trace, error);
}

gboolean
gy_xlsx_write_cards (GPtrArray           *cards,
                     const char          *body_name,
                     const char * const  *sources,
                     const char * const  *sectors,
                     const char * const  *statuses,
                     const char          *path,
                     const GySelection   *options,
                     GyProgressFunc       progress,
                     gpointer             user_data,
                     GError             **error)
{
  return write_cards (cards, body_name, sources, sectors, statuses, path, options, progress,
                      user_data, NULL, error);
}

gboolean
gy_xlsx_write_cards_traced (GPtrArray           *cards,
                            const char          *body_name,
                            const char * const  *sources,
                            const char * const  *sectors,
                            const char * const  *statuses,
                            const char          *path,
                            const GySelection   *options,
                            FILE                *trace,
                            GError             **error)
{
  return write_cards (cards, body_name, sources, sectors, statuses, path, options, NULL, NULL,
                      trace, error);
}

gboolean
gy_xlsx_export (GyStore             *store,
                const char          *path,
                const GySelection   *options,
                GyProgressFunc       progress,
                gpointer             user_data,
                GError             **error)
{
  return gy_xlsx_export_cancellable (store, path, options, progress, user_data, NULL, error);
}

/* As gy_xlsx_export(); once CANCELLABLE is cancelled it stops before the next sheet (or before
 * the rename) with G_IO_ERROR_CANCELLED, and no file is left: neither the target nor the
 * temporary one beside it. */
gboolean
gy_xlsx_export_cancellable (GyStore             *store,
                            const char          *path,
                            const GySelection   *options,
                            GyProgressFunc       progress,
                            gpointer             user_data,
                            GCancellable        *cancellable,
                            GError             **error)
{
  g_autoptr(GyBodyCards) body = NULL;

  g_return_val_if_fail (GY_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  body = gy_body_cards_load (store, options, error);
  if (body == NULL)
    return FALSE;
  return write_workbook (body, path, options, progress, user_data, cancellable, NULL, error);
}

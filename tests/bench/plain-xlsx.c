/* plain-xlsx.c — the same workbook with libxlsxwriter alone, for bench-xlsx
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: plain-xlsx TRACE OUT.xlsx
 *
 * TRACE is the record of every libxlsxwriter call gy_xlsx_write_cards() made (see
 * gy-xlsx-private.h). It is parsed into an array first; then the same calls are made with
 * no store, layout or arithmetic in between, and only that is timed: what libxlsxwriter
 * itself costs for this workbook. Prints "write SECONDS".
 */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef struct {
  char    op;
  guint   a, b, c, d;   /* rows and columns, or the page set-up's numbers */
  int     format;       /* index into the formats, -1 for none */
  double  number;
  char   *text;         /* the string, formula or sheet name */
  char   *extra;        /* a second string (the footer, a number format) */
} Op;

typedef struct {
  double      size;
  gboolean    bold, wrap, border;
  char       *align, *valign, *num_format;
  guint32     fill;
} FormatSpec;

typedef struct {
  GArray    *ops;      /* Op */
  GArray    *specs;    /* FormatSpec, by id */
  char     **props;    /* title, subject, author, company */
  char      *default_font;
} Trace;

static uint8_t
align_value (const char *align)
{
  if (g_str_equal (align, "left"))
    return LXW_ALIGN_LEFT;
  if (g_str_equal (align, "center"))
    return LXW_ALIGN_CENTER;
  if (g_str_equal (align, "right"))
    return LXW_ALIGN_RIGHT;
  if (g_str_equal (align, "top"))
    return LXW_ALIGN_VERTICAL_TOP;
  return LXW_ALIGN_VERTICAL_CENTER;
}

static guint
to_uint (const char *field)
{
  return (guint) g_ascii_strtoull (field, NULL, 10);
}

static gboolean
load_trace (const char  *path,
            Trace       *trace,
            GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  trace->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  trace->specs = g_array_new (FALSE, TRUE, sizeof (FormatSpec));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);
      guint n = g_strv_length (f);
      Op op = { 0 };

      if (n == 0 || f[0][0] == '\0')
        continue;
      op.op = f[0][0];
      op.format = -1;
      switch (op.op)
        {
        case 'D':
          trace->default_font = g_strdup (f[1]);
          continue;
        case 'P':
          trace->props = g_new0 (char *, 5);
          for (guint k = 0; k < 4; k++)
            trace->props[k] = g_strcompress (f[k + 1]);
          continue;
        case 'F':
          {
            FormatSpec spec = {
              g_ascii_strtod (f[2], NULL), f[3][0] == '1', f[6][0] == '1', f[7][0] == '1',
              g_strdup (f[4]), g_strdup (f[5]), *f[9] != '\0' ? g_strcompress (f[9]) : NULL,
              (guint32) g_ascii_strtoull (f[8], NULL, 16),
            };
            g_assert (to_uint (f[1]) == trace->specs->len);
            g_array_append_val (trace->specs, spec);
          }
          continue;
        case 'S':
          op.text = g_strcompress (f[1]);
          break;
        case 'G':
          op.a = to_uint (f[1]);
          op.b = (guint) atoi (f[2]);
          op.c = (guint) atoi (f[3]);
          op.d = to_uint (f[4]);
          op.text = g_strcompress (f[5]);
          break;
        case 'C':
          op.a = to_uint (f[1]);
          op.b = to_uint (f[2]);
          op.number = g_ascii_strtod (f[3], NULL);
          break;
        case 'H':
          op.a = to_uint (f[1]);
          op.number = g_ascii_strtod (f[2], NULL);
          break;
        case 'W':
          op.a = to_uint (f[1]);
          op.b = to_uint (f[2]);
          op.format = atoi (f[3]);
          op.text = g_strcompress (f[4]);
          break;
        case 'M':
          op.a = to_uint (f[1]);
          op.b = to_uint (f[2]);
          op.c = to_uint (f[3]);
          op.d = to_uint (f[4]);
          op.format = atoi (f[5]);
          op.text = g_strcompress (f[6]);
          break;
        case 'N':
        case 'B':
        case 'Q':
        case 'T':
          op.a = to_uint (f[1]);
          op.b = to_uint (f[2]);
          op.format = atoi (f[3]);
          if (op.op == 'N')
            op.number = g_ascii_strtod (f[4], NULL);
          if (op.op == 'Q' || op.op == 'T')
            op.text = g_strcompress (f[4]);
          if (op.op == 'Q')
            op.number = g_ascii_strtod (f[5], NULL);
          break;
        default:
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: unknown record %s",
                       path, i + 1, f[0]);
          return FALSE;
        }
      g_array_append_val (trace->ops, op);
    }
  return TRUE;
}

#define CHECK(call) G_STMT_START { lxw_error e_ = (call); \
    if (e_ != LXW_NO_ERROR) { g_printerr ("%s: %s\n", #call, lxw_strerror (e_)); return FALSE; } \
  } G_STMT_END

static gboolean
replay (const Trace *trace,
        const char  *out)
{
  lxw_workbook *workbook = workbook_new (out);
  g_autofree lxw_format **formats = g_new0 (lxw_format *, trace->specs->len + 1);
  lxw_worksheet *ws = NULL;

  if (trace->default_font != NULL)
    format_set_font_name (STAILQ_FIRST (workbook->formats), trace->default_font);
  for (guint i = 0; i < trace->specs->len; i++)
    {
      const FormatSpec *spec = &g_array_index (trace->specs, FormatSpec, i);
      lxw_format *format = workbook_add_format (workbook);

      format_set_font_name (format, trace->default_font);
      format_set_font_size (format, spec->size);
      if (spec->bold)
        format_set_bold (format);
      format_set_align (format, align_value (spec->align));
      format_set_align (format, align_value (spec->valign));
      if (spec->wrap)
        format_set_text_wrap (format);
      if (spec->border)
        format_set_border (format, LXW_BORDER_THIN);
      if (spec->fill != 0)
        {
          format_set_pattern (format, LXW_PATTERN_SOLID);
          format_set_bg_color (format, spec->fill);
        }
      if (spec->num_format != NULL)
        format_set_num_format (format, spec->num_format);
      formats[i] = format;
    }
  if (trace->props != NULL)
    {
      lxw_doc_properties properties = {
        .title = trace->props[0], .subject = trace->props[1], .author = trace->props[2],
        .company = trace->props[3], .created = time (NULL),
      };
      CHECK (workbook_set_properties (workbook, &properties));
    }

  for (guint i = 0; i < trace->ops->len; i++)
    {
      const Op *op = &g_array_index (trace->ops, Op, i);
      lxw_format *format = op->format >= 0 ? formats[op->format] : NULL;

      switch (op->op)
        {
        case 'S':
          ws = workbook_add_worksheet (workbook, op->text);
          if (ws == NULL)
            return FALSE;
          break;
        case 'G':
          worksheet_set_paper (ws, 9);
          if (op->a)
            worksheet_set_landscape (ws);
          else
            worksheet_set_portrait (ws);
          worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.7);
          worksheet_center_horizontally (ws);
          worksheet_fit_to_pages (ws, 1, 0);
          if ((int) op->b >= 0)
            CHECK (worksheet_repeat_rows (ws, op->b, op->c));
          if (op->d > 0)
            worksheet_freeze_panes (ws, op->d, 0);
          CHECK (worksheet_set_footer (ws, op->text));
          break;
        case 'C':
          CHECK (worksheet_set_column (ws, (lxw_col_t) op->a, (lxw_col_t) op->b, op->number,
                                       NULL));
          break;
        case 'H':
          CHECK (worksheet_set_row (ws, op->a, op->number, NULL));
          break;
        case 'W':
          CHECK (worksheet_write_string (ws, op->a, (lxw_col_t) op->b, op->text, format));
          break;
        case 'M':
          CHECK (worksheet_merge_range (ws, op->a, (lxw_col_t) op->b, op->c, (lxw_col_t) op->d,
                                        op->text, format));
          break;
        case 'N':
          CHECK (worksheet_write_number (ws, op->a, (lxw_col_t) op->b, op->number, format));
          break;
        case 'B':
          CHECK (worksheet_write_blank (ws, op->a, (lxw_col_t) op->b, format));
          break;
        case 'Q':
          CHECK (worksheet_write_formula_num (ws, op->a, (lxw_col_t) op->b, op->text, format,
                                              op->number));
          break;
        case 'T':
          CHECK (worksheet_write_formula_str (ws, op->a, (lxw_col_t) op->b, op->text, format,
                                              ""));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  CHECK (workbook_close (workbook));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Trace trace = { 0 };
  gint64 start;

  if (argc != 3)
    {
      g_printerr ("usage: %s TRACE OUT.xlsx\n", argv[0]);
      return 2;
    }
  if (!load_trace (argv[1], &trace, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  start = g_get_monotonic_time ();
  if (!replay (&trace, argv[2]))
    return 1;
  printf ("write %.6f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

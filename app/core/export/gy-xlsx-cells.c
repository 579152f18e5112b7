/* gy-xlsx-cells.c — the formats, the cell helpers and the measuring of text
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only code that calls libxlsxwriter's writing functions; see gy-xlsx-private.h.
 */
#define G_LOG_DOMAIN "gy-xlsx"

#include <string.h>
#include <time.h>

#include "gy-xlsx-private.h"

typedef struct {
  double      size;
  gboolean    bold;
  const char *align;     /* "left", "center", "right" */
  const char *valign;    /* "top", "vcenter" */
  gboolean    wrap;
  gboolean    border;
  guint32     fill;      /* RGB, 0 for none */
  const char *num_format;
} FormatSpec;

#define FILL_HEAD     0xDDE5F0
#define FILL_SUBTOTAL 0xF2F2F2
#define FILL_TOTAL    0xFFF2CC

static const FormatSpec text_specs[GY_XF_N_TEXT] = {
  [GY_XF_TITLE]          = { 15, TRUE,  "center", "vcenter", TRUE,  FALSE, 0, NULL },
  [GY_XF_NOTE]           = { 10, FALSE, "right",  "vcenter", FALSE, FALSE, 0, NULL },
  [GY_XF_NOTE_LEFT]      = { 10, FALSE, "left",   "vcenter", FALSE, FALSE, 0, NULL },
  [GY_XF_SECTION]        = { 11, TRUE,  "left",   "vcenter", FALSE, FALSE, 0, NULL },
  [GY_XF_PARA]           = { 10, FALSE, "left",   "top",     TRUE,  FALSE, 0, NULL },
  [GY_XF_PARA_BOLD]      = { 10, TRUE,  "left",   "top",     TRUE,  FALSE, 0, NULL },
  [GY_XF_HEAD]           = { 10, TRUE,  "center", "vcenter", TRUE,  TRUE,  FILL_HEAD, NULL },
  [GY_XF_CELL]           = { 10, FALSE, "left",   "vcenter", TRUE,  TRUE,  0, NULL },
  [GY_XF_CELL_CENTER]    = { 10, FALSE, "center", "vcenter", TRUE,  TRUE,  0, NULL },
  [GY_XF_CELL_TOP]       = { 10, FALSE, "left",   "top",     TRUE,  TRUE,  0, NULL },
  [GY_XF_SUBTOTAL_LABEL] = { 10, TRUE,  "center", "vcenter", TRUE,  TRUE,  FILL_SUBTOTAL, NULL },
  [GY_XF_TOTAL_LABEL]    = { 10, TRUE,  "center", "vcenter", TRUE,  TRUE,  FILL_TOTAL, NULL },
  [GY_XF_PERCENT]        = { 10, FALSE, "left",   "vcenter", FALSE, TRUE,  0, "0\"%\"" },
  [GY_XF_PERCENT_1]      = { 10, FALSE, "left",   "vcenter", FALSE, TRUE,  0, "0.0\"%\"" },
};

static const guint32 row_fills[GY_XLSX_N_ROWS] = { 0, FILL_SUBTOTAL, FILL_TOTAL };
static const char *const number_formats[4] = { "#,##0", "#,##0.0", "#,##0.00", "#,##0.000" };
/* An empty third section: a zero that only blank cells make shows as nothing. */
#define BLANK_ZERO_FORMAT "#,##0;-#,##0;"

#define SKIP_IF_FAILED(w) G_STMT_START { if ((w)->status != LXW_NO_ERROR) return; } G_STMT_END

/* Keeps the first failure and where it happened. */
static void
fail (GyXlsxWriter *w,
      lxw_error     status,
      lxw_row_t     row,
      lxw_col_t     col)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];

  if (status == LXW_NO_ERROR || w->status != LXW_NO_ERROR)
    return;
  w->status = status;
  lxw_rowcol_to_cell (cell, row, col);
  w->failed_at = g_strdup_printf ("%s!%s", w->sheet != NULL ? w->sheet : "", cell);
}

/* The trace: one line per call, tab-separated, text with \\ \n \t \r escaped. */
static void
trace_text (FILE       *trace,
            const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    switch (*p)
      {
      case '\\': fputs ("\\\\", trace); break;
      case '\n': fputs ("\\n", trace); break;
      case '\t': fputs ("\\t", trace); break;
      case '\r': fputs ("\\r", trace); break;
      default: fputc (*p, trace); break;
      }
}

static int
trace_format_id (GyXlsxWriter *w,
                 lxw_format   *format)
{
  if (format == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (w->format_ids, format)) - 1;
}

static uint8_t
align_value (const char *align)
{
  if (g_strcmp0 (align, "left") == 0)
    return LXW_ALIGN_LEFT;
  if (g_strcmp0 (align, "center") == 0)
    return LXW_ALIGN_CENTER;
  if (g_strcmp0 (align, "right") == 0)
    return LXW_ALIGN_RIGHT;
  if (g_strcmp0 (align, "top") == 0)
    return LXW_ALIGN_VERTICAL_TOP;
  return LXW_ALIGN_VERTICAL_CENTER;
}

static lxw_format *
format_new (GyXlsxWriter     *w,
            const FormatSpec *spec)
{
  lxw_format *format = workbook_add_format (w->workbook);

  if (format == NULL)
    {
      fail (w, LXW_ERROR_MEMORY_MALLOC_FAILED, 0, 0);
      return NULL;
    }
  format_set_font_name (format, GY_XLSX_FONT);
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

  if (w->trace != NULL)
    {
      guint id = g_hash_table_size (w->format_ids);

      g_hash_table_insert (w->format_ids, format, GUINT_TO_POINTER (id + 1));
      fprintf (w->trace, "F\t%u\t%g\t%d\t%s\t%s\t%d\t%d\t%06X\t", id, spec->size,
               spec->bold, spec->align, spec->valign, spec->wrap, spec->border, spec->fill);
      trace_text (w->trace, spec->num_format);
      fputc ('\n', w->trace);
    }
  return format;
}

static lxw_format *
number_format (GyXlsxWriter  *w,
               GyXlsxRowKind  kind,
               guint          decimals,
               gboolean       blank_zero)
{
  lxw_format **slot = &w->numbers[kind][blank_zero ? 0 : MIN (decimals, 3)][blank_zero ? 1 : 0];

  if (*slot == NULL)
    {
      FormatSpec spec = { 10, kind != GY_XLSX_ROW_PLAIN, "right", "vcenter", FALSE, TRUE,
                          row_fills[kind],
                          blank_zero ? BLANK_ZERO_FORMAT : number_formats[MIN (decimals, 3)] };
      *slot = format_new (w, &spec);
    }
  return *slot;
}

/* 10,932 → 0 decimals, 345,179.4 → 1; in 천원 so at most three. */
static guint
money_decimals (gint64 amount)
{
  gint64 frac = amount % GY_MONEY_PER_MILLION;

  if (frac == 0)
    return 0;
  if (frac % 100 == 0)
    return 1;
  if (frac % 10 == 0)
    return 2;
  return 3;
}

static double
money_value (gint64 amount)
{
  /* The only place money becomes floating point: Excel's cells are doubles. */
  return (double) amount / GY_MONEY_PER_MILLION;
}

lxw_worksheet *
gy_xlsx_add_sheet (GyXlsxWriter *w,
                   const char   *name)
{
  lxw_worksheet *ws;

  w->sheet = name;
  if (w->status != LXW_NO_ERROR)
    return NULL;
  ws = workbook_add_worksheet (w->workbook, name);
  if (ws == NULL)
    {
      lxw_error status = workbook_validate_sheet_name (w->workbook, name);
      fail (w, status != LXW_NO_ERROR ? status : LXW_ERROR_MEMORY_MALLOC_FAILED, 0, 0);
      return NULL;
    }
  if (w->trace != NULL)
    {
      fputs ("S\t", w->trace);
      trace_text (w->trace, name);
      fputc ('\n', w->trace);
    }
  return ws;
}

void
gy_xlsx_page_setup (GyXlsxWriter     *w,
                    lxw_worksheet    *ws,
                    const GyXlsxPage *page)
{
  SKIP_IF_FAILED (w);
  worksheet_set_paper (ws, 9);  /* A4 */
  if (page->landscape)
    worksheet_set_landscape (ws);
  else
    worksheet_set_portrait (ws);
  worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.7);
  worksheet_center_horizontally (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  if (page->repeat_first >= 0)
    fail (w, worksheet_repeat_rows (ws, (lxw_row_t) page->repeat_first,
                                    (lxw_row_t) page->repeat_last), 0, 0);
  if (page->freeze_row > 0)
    worksheet_freeze_panes (ws, (lxw_row_t) page->freeze_row, 0);
  fail (w, worksheet_set_footer (ws, w->footer), 0, 0);

  if (w->trace != NULL)
    {
      fprintf (w->trace, "G\t%d\t%d\t%d\t%d\t", page->landscape, page->repeat_first,
               page->repeat_last, page->freeze_row);
      trace_text (w->trace, w->footer);
      fputc ('\n', w->trace);
    }
}

void
gy_xlsx_column (GyXlsxWriter *w,
                lxw_worksheet *ws,
                lxw_col_t      first,
                lxw_col_t      last,
                double         width)
{
  SKIP_IF_FAILED (w);
  fail (w, worksheet_set_column (ws, first, last, width, NULL), 0, first);
  if (w->trace != NULL)
    fprintf (w->trace, "C\t%u\t%u\t%g\n", first, last, width);
}

void
gy_xlsx_row_height (GyXlsxWriter *w,
                    lxw_worksheet *ws,
                    lxw_row_t      row,
                    double         height)
{
  SKIP_IF_FAILED (w);
  fail (w, worksheet_set_row (ws, row, height, NULL), row, 0);
  if (w->trace != NULL)
    fprintf (w->trace, "H\t%u\t%g\n", row, height);
}

/* Excel holds at most 32,767 characters in a cell; a longer text is cut rather than lost. */
#define MAX_CELL_CHARS 32767

static const char *
fit_text (const char  *text,
          char       **out_cut)
{
  if (text == NULL)
    return "";
  if (strlen (text) <= MAX_CELL_CHARS || g_utf8_strlen (text, -1) <= MAX_CELL_CHARS)
    return text;
  *out_cut = g_utf8_substring (text, 0, MAX_CELL_CHARS);
  return *out_cut;
}

void
gy_xlsx_text (GyXlsxWriter     *w,
              lxw_worksheet    *ws,
              lxw_row_t         row,
              lxw_col_t         col,
              const char       *text,
              GyXlsxTextFormat  format)
{
  g_autofree char *cut = NULL;

  SKIP_IF_FAILED (w);
  text = fit_text (text, &cut);
  fail (w, worksheet_write_string (ws, row, col, text, w->text[format]), row, col);
  if (w->trace != NULL)
    {
      fprintf (w->trace, "W\t%u\t%u\t%d\t", row, col, trace_format_id (w, w->text[format]));
      trace_text (w->trace, text);
      fputc ('\n', w->trace);
    }
}

void
gy_xlsx_merge (GyXlsxWriter     *w,
               lxw_worksheet    *ws,
               lxw_row_t         first_row,
               lxw_col_t         first_col,
               lxw_row_t         last_row,
               lxw_col_t         last_col,
               const char       *text,
               GyXlsxTextFormat  format)
{
  g_autofree char *cut = NULL;

  SKIP_IF_FAILED (w);
  if (first_row == last_row && first_col == last_col)
    {
      gy_xlsx_text (w, ws, first_row, first_col, text, format);
      return;
    }
  text = fit_text (text, &cut);
  fail (w, worksheet_merge_range (ws, first_row, first_col, last_row, last_col, text,
                                  w->text[format]), first_row, first_col);
  if (w->trace != NULL)
    {
      fprintf (w->trace, "M\t%u\t%u\t%u\t%u\t%d\t", first_row, first_col, last_row, last_col,
               trace_format_id (w, w->text[format]));
      trace_text (w->trace, text);
      fputc ('\n', w->trace);
    }
}

static void
write_number (GyXlsxWriter  *w,
              lxw_worksheet *ws,
              lxw_row_t      row,
              lxw_col_t      col,
              double         value,
              lxw_format    *format)
{
  fail (w, worksheet_write_number (ws, row, col, value, format), row, col);
  if (w->trace != NULL)
    fprintf (w->trace, "N\t%u\t%u\t%d\t%.17g\n", row, col, trace_format_id (w, format), value);
}

void
gy_xlsx_blank (GyXlsxWriter  *w,
               lxw_worksheet *ws,
               lxw_row_t      row,
               lxw_col_t      col,
               GyXlsxRowKind  kind)
{
  lxw_format *format;

  SKIP_IF_FAILED (w);
  format = number_format (w, kind, 0, FALSE);
  fail (w, worksheet_write_blank (ws, row, col, format), row, col);
  if (w->trace != NULL)
    fprintf (w->trace, "B\t%u\t%u\t%d\n", row, col, trace_format_id (w, format));
}

/* An input amount: a number in 백만원, or a blank cell (still bordered) when absent. */
void
gy_xlsx_money (GyXlsxWriter  *w,
               lxw_worksheet *ws,
               lxw_row_t      row,
               lxw_col_t      col,
               gint64         amount,
               GyXlsxRowKind  kind)
{
  SKIP_IF_FAILED (w);
  if (amount == GY_MONEY_ABSENT)
    gy_xlsx_blank (w, ws, row, col, kind);
  else
    write_number (w, ws, row, col, money_value (amount),
                  number_format (w, kind, money_decimals (amount), FALSE));
}

void
gy_xlsx_number (GyXlsxWriter     *w,
                lxw_worksheet    *ws,
                lxw_row_t         row,
                lxw_col_t         col,
                double            value,
                GyXlsxTextFormat  format)
{
  SKIP_IF_FAILED (w);
  write_number (w, ws, row, col, value, w->text[format]);
}

void
gy_xlsx_count (GyXlsxWriter  *w,
               lxw_worksheet *ws,
               lxw_row_t      row,
               lxw_col_t      col,
               double         value,
               guint          decimals,
               GyXlsxRowKind  kind)
{
  SKIP_IF_FAILED (w);
  write_number (w, ws, row, col, value, number_format (w, kind, decimals, FALSE));
}

static void
write_formula (GyXlsxWriter  *w,
               lxw_worksheet *ws,
               lxw_row_t      row,
               lxw_col_t      col,
               const char    *formula,
               lxw_format    *format,
               double         cached)
{
  fail (w, worksheet_write_formula_num (ws, row, col, formula, format, cached), row, col);
  if (w->trace != NULL)
    {
      fprintf (w->trace, "Q\t%u\t%u\t%d\t", row, col, trace_format_id (w, format));
      trace_text (w->trace, formula);
      fprintf (w->trace, "\t%.17g\n", cached);
    }
}

void
gy_xlsx_formula_money (GyXlsxWriter  *w,
                       lxw_worksheet *ws,
                       lxw_row_t      row,
                       lxw_col_t      col,
                       const char    *formula,
                       GySum          cached,
                       GyXlsxRowKind  kind)
{
  gboolean blank = !cached.shown && cached.value == 0;

  SKIP_IF_FAILED (w);
  write_formula (w, ws, row, col, formula,
                 number_format (w, kind, money_decimals (cached.value), blank),
                 money_value (cached.value));
}

void
gy_xlsx_formula_number (GyXlsxWriter  *w,
                        lxw_worksheet *ws,
                        lxw_row_t      row,
                        lxw_col_t      col,
                        const char    *formula,
                        double         cached,
                        guint          decimals,
                        GyXlsxRowKind  kind)
{
  SKIP_IF_FAILED (w);
  write_formula (w, ws, row, col, formula, number_format (w, kind, decimals, FALSE), cached);
}

/* A formula whose value is empty text, such as a mean over no values. */
void
gy_xlsx_formula_blank (GyXlsxWriter  *w,
                       lxw_worksheet *ws,
                       lxw_row_t      row,
                       lxw_col_t      col,
                       const char    *formula,
                       GyXlsxRowKind  kind)
{
  lxw_format *format;

  SKIP_IF_FAILED (w);
  format = number_format (w, kind, 1, FALSE);
  fail (w, worksheet_write_formula_str (ws, row, col, formula, format, ""), row, col);
  if (w->trace != NULL)
    {
      fprintf (w->trace, "T\t%u\t%u\t%d\t", row, col, trace_format_id (w, format));
      trace_text (w->trace, formula);
      fputc ('\n', w->trace);
    }
}

/* A character's width at 10 pt in tenths of a column unit (the digit width of the 11 pt
 * Normal font): 맑은 고딕 draws a syllable about 1.7 digits wide, Latin narrower, a space
 * half a digit. Rounded up, so that text is never cut. */
static guint
char_tenths (gunichar c)
{
  if (c == ' ')
    return 5;
  if (c < 0x80)
    return 9;
  if (c >= 0xAC00 && c <= 0xD7A3)
    return 18;  /* a Hangul syllable, most of the text: skip the table lookup */
  return g_unichar_iswide_cjk (c) ? 18 : 10;
}

guint
gy_xlsx_text_width (const char *text)
{
  guint tenths = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    tenths += char_tenths (g_utf8_get_char (p));
  return (tenths + 9) / 10;
}

/* How many lines TEXT takes in a wrapped cell WIDTH units wide, breaking at spaces as
 * Excel does with Korean; an upper bound, since LibreOffice also breaks between syllables. */
guint
gy_xlsx_count_lines (const char *text,
                     double      width)
{
  guint capacity = (guint) (MAX (4.0, width - 1.0) * 10);
  guint lines = 1, used = 0, word = 0;
  const char *p = text != NULL ? text : "";

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && c != '\n' && c != '\0')
        {
          word += char_tenths (c);
          continue;
        }
      if (word > 0)
        {
          if (used > 0 && used + char_tenths (' ') + word > capacity)
            {
              lines++;
              used = 0;
            }
          used += (used > 0 ? char_tenths (' ') : 0) + word;
          while (used > capacity)
            {
              lines++;
              used -= capacity;
            }
          word = 0;
        }
      else if (c == ' ')
        used += char_tenths (' ');  /* leading spaces indent the line */
      if (c == '\0')
        break;
      if (c == '\n')
        {
          lines++;
          used = 0;
        }
    }
  return lines;
}

double
gy_xlsx_lines_height (guint n_lines)
{
  return MAX (n_lines, 1) * GY_XLSX_LINE_HEIGHT + GY_XLSX_ROW_PADDING;
}

/* The printed width of an amount: "10,932", "345,179.4". */
guint
gy_xlsx_money_width (gint64 amount)
{
  guint64 whole;
  guint digits = 1, decimals;

  if (amount == GY_MONEY_ABSENT)
    return 0;
  decimals = money_decimals (amount);
  whole = (amount < 0 ? (guint64) -(amount + 1) + 1 : (guint64) amount) / GY_MONEY_PER_MILLION;
  while (whole >= 10)
    {
      whole /= 10;
      digits++;
    }
  return digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0) + (amount < 0 ? 1 : 0);
}

/* A string literal inside a formula: "국비", with any quote doubled. */
char *
gy_xlsx_formula_quote (const char *text)
{
  GString *s = g_string_new ("\"");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
  return g_string_free (s, FALSE);
}

/* A money column's label for a header cell two rows tall: "총사업비\n(A+B+C)". */
char *
gy_xlsx_money_header (const GyTerm *term,
                      guint         column)
{
  g_autofree char *label = gy_money_column_label (term, column);
  char *mark = g_strrstr (label, " (");

  if (mark == NULL)
    return g_steal_pointer (&label);
  *mark = '\0';
  return g_strdup_printf ("%s\n%s", label, mark + 1);
}

/* "김천시 민선8기 WHAT": the body and the term the sheet is for, each only when known. */
char *
gy_xlsx_title (GyXlsxWriter *w,
               const char   *what)
{
  const GySummary *summary = w->summary;
  const char *term = summary->term != NULL ? summary->term->name : NULL;
  GString *title = g_string_new (NULL);

  if (summary->body_name != NULL && *summary->body_name != '\0')
    g_string_append_printf (title, "%s ", summary->body_name);
  if (term != NULL && *term != '\0')
    g_string_append_printf (title, "%s ", term);
  g_string_append (title, what);
  return g_string_free (title, FALSE);
}

/* An amount of the summary as an input cell holds it: blank unless shown. */
gint64
gy_xlsx_sum_amount (GySum sum)
{
  return sum.shown ? sum.value : GY_MONEY_ABSENT;
}

/* 총사업비 of a source row: the formula A + 소계 + C over its inputs, or, for a row whose only
 * figure is its 총사업비 (no A, 소계, year or C), that figure as an input, as
 * gy_money_row_total() counts it. */
void
gy_xlsx_row_total (GyXlsxWriter  *w,
                   lxw_worksheet *ws,
                   lxw_row_t      row,
                   lxw_col_t      col,
                   const char    *formula,
                   const GySum   *sums,
                   guint          n_mc)
{
  gboolean breakdown = FALSE;

  for (guint mc = GY_MONEY_COLUMN_BEFORE; mc < n_mc; mc++)
    breakdown |= sums[mc].shown;
  if (!breakdown && sums[GY_MONEY_COLUMN_TOTAL].shown)
    gy_xlsx_money (w, ws, row, col, sums[GY_MONEY_COLUMN_TOTAL].value, GY_XLSX_ROW_PLAIN);
  else
    gy_xlsx_formula_money (w, ws, row, col, formula, sums[GY_MONEY_COLUMN_TOTAL],
                           GY_XLSX_ROW_PLAIN);
}

void
gy_xlsx_set_properties (GyXlsxWriter *w,
                        const char   *title,
                        const char   *body)
{
  lxw_doc_properties properties = {
    .title = (char *) title,
    .subject = (char *) "공약사업 관리카드",
    .author = (char *) "Gongyak",
    .company = (char *) body,
    .created = time (NULL),
  };

  fail (w, workbook_set_properties (w->workbook, &properties), 0, 0);
  if (w->trace != NULL)
    {
      const char *fields[] = { title, properties.subject, properties.author, body };

      fputc ('P', w->trace);
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          fputc ('\t', w->trace);
          trace_text (w->trace, fields[i]);
        }
      fputc ('\n', w->trace);
    }
}

void
gy_xlsx_create_formats (GyXlsxWriter *w)
{
  /* The first format is the default one: its font is the workbook's "Normal" style,
   * which empty cells and the column widths go by. */
  lxw_format *normal = STAILQ_FIRST (w->workbook->formats);

  format_set_font_name (normal, GY_XLSX_FONT);
  if (w->trace != NULL)
    fprintf (w->trace, "D\t%s\n", GY_XLSX_FONT);
  for (guint i = 0; i < GY_XF_N_TEXT; i++)
    w->text[i] = format_new (w, &text_specs[i]);
}

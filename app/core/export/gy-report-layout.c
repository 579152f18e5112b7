/* gy-report-layout.c — the flow of paragraphs and tables over the report's pages
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paragraphs break between lines. A table row moves whole to the next page, where the
 * table's header rows are repeated; only a row taller than a whole page is cut, between
 * lines of its cells, with a mark saying that it goes on.
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "gy-report-private.h"

/* Less room than this at the bottom of a page and a row too tall for any page starts on
 * the next page instead of leaving a sliver. */
#define MIN_SPLIT_LINES 4

static void
page_free (gpointer data)
{
  GyReportPage *page = data;

  g_array_unref (page->boxes);
  g_free (page);
}

void
gy_report_clear_pages (GyReport *report)
{
  g_clear_pointer (&report->pages, g_ptr_array_unref);
  g_clear_pointer (&report->strings, g_string_chunk_free);
  g_clear_pointer (&report->charts, g_ptr_array_unref);
  report->pages = g_ptr_array_new_with_free_func (page_free);
  report->strings = g_string_chunk_new (64 * 1024);
  report->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_chart_data_unref);
  report->n_tables = 0;
}

GyReportPage *
gy_report_add_page (GyReport *report,
                    gboolean  is_cover)
{
  GyReportPage *page = g_new0 (GyReportPage, 1);

  page->boxes = g_array_sized_new (FALSE, TRUE, sizeof (GyReportBox), 64);
  page->is_cover = is_cover;
  g_ptr_array_add (report->pages, page);
  return page;
}

GyReportBox *
gy_report_page_add (GyReportPage    *page,
                    GyReportBoxKind  kind,
                    double           x,
                    double           y,
                    double           width,
                    double           height)
{
  GyReportBox box = { 0 };

  box.kind = kind;
  box.align = PANGO_ALIGN_LEFT;
  box.x = x;
  box.y = y;
  box.width = width;
  box.height = height;
  g_array_append_val (page->boxes, box);
  return &g_array_index (page->boxes, GyReportBox, page->boxes->len - 1);
}

const char *
gy_report_intern (GyReport   *report,
                  const char *text)
{
  return g_string_chunk_insert_const (report->strings, text != NULL ? text : "");
}

PangoLayout *
gy_report_text_layout (PangoContext   *context,
                       const char     *text,
                       double          size,
                       gboolean        bold,
                       double          width,
                       double          indent,
                       PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, GY_CHART_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, align);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (indent != 0)
    pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  return layout;
}

/* Pango may break Hangul between any two syllables; narrow header cells read better when
 * "2018 하반기" breaks at its space only. */
void
gy_report_keep_words (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoAttrList *attrs = pango_attr_list_new ();
  const char *start = NULL;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gboolean space = *p == '\0' || g_unichar_isspace (g_utf8_get_char (p));

      if (!space && start == NULL)
        start = p;
      else if (space && start != NULL)
        {
          PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

          attr->start_index = start - text;
          attr->end_index = p - text;
          pango_attr_list_insert (attrs, attr);
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* How many whole lines of LAYOUT fit in HEIGHT, and the height they take. */
static int
lines_fitting (PangoLayout *layout,
               double       height,
               double      *out_used)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n = 0;
  double used = 0;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if ((double) y1 / PANGO_SCALE > height)
        break;
      used = (double) y1 / PANGO_SCALE;
      n++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  *out_used = used;
  return n;
}

/* The byte offset in TEXT where line N of LAYOUT starts. */
static int
line_start (PangoLayout *layout,
            int          n)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, n);

  return line != NULL ? line->start_index : (int) strlen (pango_layout_get_text (layout));
}

static char *
text_head (const char *text,
           int         end)
{
  int len = end;

  while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == ' '))
    len--;
  return g_strndup (text, len);
}

static GyReportBox *
add_text (GyReportFlow   *flow,
          const char     *text,
          double          x,
          double          y,
          double          width,
          double          height,
          double          size,
          gboolean        bold,
          double          indent,
          PangoAlignment  align)
{
  GyReportBox *box = gy_report_page_add (flow->page, GY_REPORT_BOX_TEXT, x, y, width, height);

  box->text = gy_report_intern (flow->report, text);
  box->size = size;
  box->indent = indent;
  box->align = align;
  box->flags = bold ? GY_REPORT_BOLD : 0;
  return box;
}

void
gy_report_flow_init (GyReportFlow *flow,
                     GyReport     *report)
{
  memset (flow, 0, sizeof *flow);
  flow->report = report;
  flow->left = GY_REPORT_MARGIN_LR;
  flow->right = report->page_width - GY_REPORT_MARGIN_LR;
  flow->top = GY_REPORT_MARGIN_TB + GY_REPORT_HEADER_HEIGHT;
  flow->bottom = report->page_height - GY_REPORT_MARGIN_TB - GY_REPORT_FOOTER_HEIGHT;
}

void
gy_report_flow_new_page (GyReportFlow *flow)
{
  flow->page = gy_report_add_page (flow->report, FALSE);
  flow->y = flow->top;
}

double
gy_report_flow_room (GyReportFlow *flow)
{
  return flow->bottom - flow->y;
}

void
gy_report_flow_need (GyReportFlow *flow,
                     double        height)
{
  if (flow->page == NULL || (flow->y > flow->top && height > gy_report_flow_room (flow)))
    gy_report_flow_new_page (flow);
}

/* Space between blocks, dropped at the top of a page. */
void
gy_report_flow_space (GyReportFlow *flow,
                      double        height)
{
  if (flow->y > flow->top)
    flow->y = MIN (flow->y + height, flow->bottom);
}

void
gy_report_flow_paragraph (GyReportFlow   *flow,
                          const char     *text,
                          double          size,
                          gboolean        bold,
                          double          indent_left,
                          double          hanging,
                          PangoAlignment  align)
{
  double width = flow->right - flow->left - indent_left;
  g_autoptr(PangoLayout) layout = gy_report_text_layout (flow->report->context, text, size,
                                                         bold, width, -hanging, align);
  double height = layout_height (layout);
  double used;
  int n;
  g_autofree char *head = NULL;

  gy_report_flow_need (flow, MIN (height, size * 2.5));
  if (height <= gy_report_flow_room (flow))
    {
      add_text (flow, text, flow->left + indent_left, flow->y, width, height, size, bold,
                -hanging, align);
      flow->y += height;
      return;
    }

  /* Taller than what is left: the lines that fit here, the rest on the next page. */
  n = lines_fitting (layout, gy_report_flow_room (flow), &used);
  if (n == 0)
    {
      gy_report_flow_new_page (flow);
      n = MAX (lines_fitting (layout, gy_report_flow_room (flow), &used), 1);
    }
  head = text_head (text, line_start (layout, n));
  add_text (flow, head, flow->left + indent_left, flow->y, width, used, size, bold, -hanging,
            align);
  gy_report_flow_new_page (flow);
  if (line_start (layout, n) < (int) strlen (text))
    gy_report_flow_paragraph (flow, text + line_start (layout, n), size, bold,
                              indent_left + hanging, 0, align);
}

/* "□ 사업개요", kept with the first lines under it. */
void
gy_report_flow_section (GyReportFlow *flow,
                        const char   *title)
{
  gy_report_flow_space (flow, 10);
  gy_report_flow_need (flow, GY_REPORT_SIZE_SECTION * 1.6 + 60);
  gy_report_flow_paragraph (flow, title, GY_REPORT_SIZE_SECTION, TRUE, 0, 0, PANGO_ALIGN_LEFT);
  gy_report_flow_space (flow, 4);
}

/* A small line above a table: the reference date left, the unit right. */
void
gy_report_flow_note (GyReportFlow *flow,
                     const char   *left,
                     const char   *right)
{
  double width = flow->right - flow->left;
  double height = GY_REPORT_SIZE_SMALL * 1.6;

  gy_report_flow_need (flow, height + 60);
  if (left != NULL)
    add_text (flow, left, flow->left, flow->y, width, height, GY_REPORT_SIZE_SMALL, FALSE, 0,
              PANGO_ALIGN_LEFT);
  if (right != NULL)
    add_text (flow, right, flow->left, flow->y, width, height, GY_REPORT_SIZE_SMALL, FALSE, 0,
              PANGO_ALIGN_RIGHT);
  flow->y += height + 2;
}

/* ── tables ─────────────────────────────────────────────────────────────────────── */

GyReportTable *
gy_report_table_new (GyReportFlow *flow,
                     const double *widths,
                     guint         n_cols,
                     double        size)
{
  GyReportTable *table = g_new0 (GyReportTable, 1);
  double total = 0, scale;

  for (guint c = 0; c < n_cols; c++)
    total += widths[c];
  /* The widths are proportions of the body's width. */
  scale = (flow->right - flow->left) / total;
  table->id = flow->report->n_tables++;
  table->n_cols = n_cols;
  table->size = size;
  table->x = g_new0 (double, n_cols + 1);
  for (guint c = 0; c < n_cols; c++)
    table->x[c + 1] = table->x[c] + widths[c] * scale;
  table->header = g_array_new (FALSE, TRUE, sizeof (GyReportCell));
  table->header_row = g_array_new (FALSE, TRUE, sizeof (guint));
  return table;
}

void
gy_report_table_free (GyReportTable *table)
{
  g_free (table->x);
  g_array_unref (table->header);
  g_array_unref (table->header_row);
  g_free (table->header_heights);
  g_free (table);
}

void
gy_report_table_header (GyReportTable *table,
                        guint          row,
                        guint          col,
                        guint          span,
                        guint          rowspan,
                        const char    *text)
{
  GyReportCell cell = { col, span, rowspan, text,
                        GY_REPORT_BOLD | GY_REPORT_SHADED | GY_REPORT_KEEP_WORDS,
                        PANGO_ALIGN_CENTER };

  g_return_if_fail (col + span <= table->n_cols);
  g_array_append_val (table->header, cell);
  g_array_append_val (table->header_row, row);
  table->n_header_rows = MAX (table->n_header_rows, row + rowspan);
}

static double
cell_width (GyReportTable      *table,
            const GyReportCell *cell)
{
  return table->x[cell->col + cell->span] - table->x[cell->col] - 2 * GY_REPORT_CELL_PAD;
}

static double
min_row_height (GyReportTable *table)
{
  return table->size * 1.5 + 2 * GY_REPORT_CELL_PAD;
}

static double
header_height (GyReportTable *table)
{
  double total = 0;

  for (guint r = 0; r < table->n_header_rows; r++)
    total += table->header_heights[r];
  return total;
}

static void
measure_header (GyReportFlow  *flow,
                GyReportTable *table)
{
  table->header_heights = g_new0 (double, MAX (table->n_header_rows, 1));
  for (guint r = 0; r < table->n_header_rows; r++)
    table->header_heights[r] = min_row_height (table);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < table->header->len; i++)
      {
        const GyReportCell *cell = &g_array_index (table->header, GyReportCell, i);
        guint row = g_array_index (table->header_row, guint, i);
        g_autoptr(PangoLayout) layout = NULL;
        double need, have = 0;

        /* single-row cells first, then the spanning ones take what they still lack */
        if ((pass == 0) != (cell->rowspan == 1))
          continue;
        layout = gy_report_text_layout (flow->report->context, cell->text, table->size, TRUE,
                                        cell_width (table, cell), 0, PANGO_ALIGN_CENTER);
        gy_report_keep_words (layout);
        need = layout_height (layout) + 2 * GY_REPORT_CELL_PAD;
        for (guint r = row; r < row + cell->rowspan; r++)
          have += table->header_heights[r];
        if (need > have)
          table->header_heights[row + cell->rowspan - 1] += need - have;
      }
}

static void
add_row_box (GyReportFlow  *flow,
             GyReportTable *table,
             double         y,
             double         height,
             guint8         flags)
{
  GyReportBox *row = gy_report_page_add (flow->page, GY_REPORT_BOX_ROW, flow->left, y,
                                         table->x[table->n_cols], height);

  row->table = table->id;
  row->flags = flags;
}

/* A framed cell with its text centred vertically. */
static void
add_cell (GyReportFlow       *flow,
          GyReportTable      *table,
          const GyReportCell *cell,
          double              y,
          double              height,
          double              text_height)
{
  double x = flow->left + table->x[cell->col];
  double width = table->x[cell->col + cell->span] - table->x[cell->col];
  GyReportBox *frame = gy_report_page_add (flow->page, GY_REPORT_BOX_CELL, x, y, width, height);

  frame->flags = cell->flags & (GY_REPORT_SHADED | GY_REPORT_STRONG);
  if (cell->text != NULL && *cell->text != '\0')
    add_text (flow, cell->text, x + GY_REPORT_CELL_PAD,
              y + MAX ((height - text_height) / 2, GY_REPORT_CELL_PAD),
              width - 2 * GY_REPORT_CELL_PAD, text_height, table->size,
              (cell->flags & GY_REPORT_BOLD) != 0, 0, cell->align)->flags |=
      cell->flags & GY_REPORT_KEEP_WORDS;
}

static void
draw_header (GyReportFlow  *flow,
             GyReportTable *table)
{
  double y = flow->y;

  for (guint i = 0; i < table->header->len; i++)
    {
      const GyReportCell *cell = &g_array_index (table->header, GyReportCell, i);
      guint row = g_array_index (table->header_row, guint, i);
      g_autoptr(PangoLayout) layout =
        gy_report_text_layout (flow->report->context, cell->text, table->size, TRUE,
                               cell_width (table, cell), 0, PANGO_ALIGN_CENTER);
      double top = y, height = 0;

      gy_report_keep_words (layout);

      for (guint r = 0; r < row; r++)
        top += table->header_heights[r];
      for (guint r = row; r < row + cell->rowspan; r++)
        height += table->header_heights[r];
      add_cell (flow, table, cell, top, height, layout_height (layout));
    }
  for (guint r = 0; r < table->n_header_rows; r++)
    {
      add_row_box (flow, table, y, table->header_heights[r], GY_REPORT_HEADER);
      y += table->header_heights[r];
    }
  flow->y = y;
}

void
gy_report_table_begin (GyReportFlow  *flow,
                       GyReportTable *table)
{
  if (table->header_heights == NULL)
    measure_header (flow, table);
  gy_report_flow_need (flow, header_height (table) + 2 * min_row_height (table));
  draw_header (flow, table);
}

static void
table_new_page (GyReportFlow  *flow,
                GyReportTable *table)
{
  gy_report_flow_new_page (flow);
  draw_header (flow, table);
}

static void
place_row (GyReportFlow       *flow,
           GyReportTable      *table,
           const GyReportCell *cells,
           guint               n_cells,
           const double       *text_heights,
           double              height,
           guint8              flags)
{
  for (guint i = 0; i < n_cells; i++)
    add_cell (flow, table, &cells[i], flow->y, height, text_heights[i]);
  add_row_box (flow, table, flow->y, height, flags);
  flow->y += height;
}

/* A row taller than a page: the lines of each cell that fit here, a mark, and the rest as
 * a new row on the next page. */
static void
split_row (GyReportFlow       *flow,
           GyReportTable      *table,
           const GyReportCell *cells,
           guint               n_cells,
           PangoLayout       **layouts)
{
  double mark_height = GY_REPORT_SIZE_SMALL * 1.6;
  double avail = gy_report_flow_room (flow) - mark_height;
  double text_room = avail - 2 * GY_REPORT_CELL_PAD;
  g_autofree GyReportCell *head = g_new (GyReportCell, n_cells);
  g_autofree GyReportCell *rest = g_new (GyReportCell, n_cells);
  g_autofree double *heights = g_new0 (double, n_cells);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_cells; i++)
    {
      const char *text = cells[i].text != NULL ? cells[i].text : "";
      double used = 0;
      int n = lines_fitting (layouts[i], text_room, &used);
      int cut = line_start (layouts[i], n);
      char *first = text_head (text, cut);

      g_ptr_array_add (strings, first);
      head[i] = cells[i];
      head[i].text = first;
      heights[i] = used;
      rest[i] = cells[i];
      rest[i].text = text + cut;
      /* the row's label ("2018") comes again beside its continuation */
      if (cells[i].col == 0 && *rest[i].text == '\0')
        rest[i].text = text;
    }
  /* The first part keeps its text at the top, so that it reads on into the next page. */
  for (guint i = 0; i < n_cells; i++)
    heights[i] = text_room;
  place_row (flow, table, head, n_cells, heights, avail, GY_REPORT_SPLIT);
  add_text (flow, _("(continued on the next page)"), flow->left, flow->y,
            table->x[table->n_cols], mark_height, GY_REPORT_SIZE_SMALL, FALSE, 0,
            PANGO_ALIGN_RIGHT);
  table_new_page (flow, table);
  gy_report_table_row (flow, table, rest, n_cells);
}

void
gy_report_table_row (GyReportFlow       *flow,
                     GyReportTable      *table,
                     const GyReportCell *cells,
                     guint               n_cells)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, n_cells);
  g_autofree double *heights = g_new0 (double, n_cells);
  double row_height = min_row_height (table);
  double page_room = flow->bottom - flow->top - header_height (table);

  for (guint i = 0; i < n_cells; i++)
    {
      layouts[i] = gy_report_text_layout (flow->report->context,
                                          cells[i].text != NULL ? cells[i].text : "",
                                          table->size, (cells[i].flags & GY_REPORT_BOLD) != 0,
                                          cell_width (table, &cells[i]), 0, cells[i].align);
      if (cells[i].flags & GY_REPORT_KEEP_WORDS)
        gy_report_keep_words (layouts[i]);
      heights[i] = layout_height (layouts[i]);
      row_height = MAX (row_height, heights[i] + 2 * GY_REPORT_CELL_PAD);
    }

  if (row_height > gy_report_flow_room (flow) && row_height <= page_room)
    table_new_page (flow, table);
  if (row_height <= gy_report_flow_room (flow))
    place_row (flow, table, cells, n_cells, heights, row_height, 0);
  else
    {
      if (gy_report_flow_room (flow) < MIN_SPLIT_LINES * table->size * 1.5 + 30)
        table_new_page (flow, table);
      split_row (flow, table, cells, n_cells, layouts);
    }
  for (guint i = 0; i < n_cells; i++)
    g_object_unref (layouts[i]);
}

/* gy-report.c — the annual report: pagination of the whole, PDF export
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report renders one GySummary (gy-summary.h): one term's pledges in its order, its
 * groups and sums; it selects, counts and sums nothing itself.
 *
 * Order of the pages: the cover, the contents, Ⅰ 총괄 (status), Ⅱ 투자계획 (investment),
 * then one card per pledge, each from a new page. The contents come before the pages they
 * list, so their page numbers are written in once everything after them is laid out; a
 * contents line is one line high, which makes their own page count known in advance.
 */
#define G_LOG_DOMAIN "gy-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include "gy-body-cards.h"
#include "gy-report-private.h"

#define CONTENTS_LINE (GY_REPORT_SIZE_TEXT * 2.0)

G_DEFINE_QUARK (gy-report-error-quark, gy_report_error)

/* Takes BODY's cards into the summary the report renders. */
static GyReport *
report_new (GyBodyCards       *body,
            const GySelection *selection)
{
  GyReport *report = g_new0 (GyReport, 1);

  report->summary = gy_summary_new_for_body (body, selection);
  report->term = report->summary->term;
  gy_report_clear_pages (report);
  return report;
}

/**
 * gy_report_new_for_cards:
 * @cards: (element-type GyCard): kept (a reference) as long as the report, not copied
 *
 * The report of CARDS without a store (the tests, the benchmarks): one term's, picked as
 * gy_body_cards_new() does. An empty selection makes a report with no pledge.
 */
GyReport *
gy_report_new_for_cards (GPtrArray          *cards,
                         const char         *body_name,
                         const char * const *sources,
                         const char * const *sectors,
                         const char * const *statuses,
                         const GySelection  *selection)
{
  g_autoptr(GyBodyCards) body = NULL;
  GyReport *report;

  g_return_val_if_fail (cards != NULL, NULL);

  /* thousands of cards: borrowed, and the array kept alive for the report's summary */
  body = gy_body_cards_borrow (cards, body_name, sources, sectors, statuses, selection);
  report = report_new (body, selection);
  report->borrowed_cards = g_ptr_array_ref (cards);
  return report;
}

GyReport *
gy_report_new (GyStore           *store,
               const GySelection *selection,
               GError           **error)
{
  g_autoptr(GyBodyCards) body = NULL;

  g_return_val_if_fail (GY_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  body = gy_body_cards_load (store, selection, error);
  if (body == NULL)
    return NULL;
  if (body->cards->len == 0)
    {
      g_set_error_literal (error, GY_REPORT_ERROR, GY_REPORT_ERROR_NO_PLEDGES,
                           _("No pledge matches the selection: there is nothing to print"));
      return NULL;
    }
  return report_new (body, selection);
}

void
gy_report_free (GyReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->pages, g_ptr_array_unref);
  g_clear_pointer (&report->strings, g_string_chunk_free);
  g_clear_pointer (&report->charts, g_ptr_array_unref);
  g_clear_object (&report->context);
  gy_summary_free (report->summary);
  g_clear_pointer (&report->borrowed_cards, g_ptr_array_unref);
  g_free (report);
}

guint
gy_report_get_n_pledges (GyReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return report->summary->pledges->len;
}

/* Unhinted metrics: the same line breaks on screen, on paper and in the PDF. */
static PangoContext *
default_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *font_options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);
  return context;
}

/**
 * gy_report_dup_title:
 * @full: with "공약 추진상황 보고" after the names
 *
 * "김천시 민선7기 공약 추진상황 보고": the body's name, then the term's, each left out when
 * there is none.
 */
char *
gy_report_dup_title (GyReport *report,
                     gboolean  full)
{
  g_autoptr(GString) title = g_string_new (report->summary->body_name);

  if (report->term != NULL)
    g_string_append_printf (title, "%s%s", title->len > 0 ? " " : "", report->term->name);
  if (full)
    g_string_append_printf (title, "%s공약 추진상황 보고", title->len > 0 ? " " : "");
  return g_string_free (g_steal_pointer (&title), FALSE);
}

static void
add_cover (GyReport *report)
{
  GyReportPage *page = gy_report_add_page (report, TRUE);
  double left = GY_REPORT_MARGIN_LR;
  double width = report->page_width - 2 * GY_REPORT_MARGIN_LR;
  double y = report->page_height * 0.28;
  g_autofree char *term = gy_report_dup_title (report, FALSE);
  struct { const char *text; double size; gboolean bold; double gap; } lines[] = {
    { term, 18, FALSE, 20 },
    { "공약 추진상황 보고", 30, TRUE, 110 },
    { report->summary->as_of_text, 15, FALSE, 180 },
    { report->summary->body_name, 20, TRUE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(PangoLayout) layout = gy_report_text_layout (report->context, lines[i].text,
                                                             lines[i].size, lines[i].bold,
                                                             width, 0, PANGO_ALIGN_CENTER);
      int height;
      GyReportBox *box;

      pango_layout_get_size (layout, NULL, &height);
      box = gy_report_page_add (page, GY_REPORT_BOX_TEXT, left, y, width,
                                (double) height / PANGO_SCALE);
      box->text = gy_report_intern (report, lines[i].text);
      box->size = lines[i].size;
      box->align = PANGO_ALIGN_CENTER;
      box->flags = lines[i].bold ? GY_REPORT_BOLD : 0;
      y += (double) height / PANGO_SCALE + lines[i].gap;
      if (i == 1)
        {
          /* a rule under the title */
          gy_report_page_add (page, GY_REPORT_BOX_RULE, left + width * 0.15, y - 90,
                              width * 0.7, 1.5);
        }
    }
}

typedef struct {
  guint page;   /* where the line is */
  guint box;    /* its page number's box */
} ContentsRef;

static void
contents_line (GyReportFlow *flow,
               GArray       *refs,
               const char   *text,
               double        indent,
               gboolean      bold)
{
  double width = flow->right - flow->left;
  GyReportBox *box;
  ContentsRef ref;

  gy_report_flow_need (flow, CONTENTS_LINE);
  box = gy_report_page_add (flow->page, GY_REPORT_BOX_TEXT, flow->left + indent, flow->y,
                            width - indent - 40, CONTENTS_LINE);
  box->text = gy_report_intern (flow->report, text);
  box->size = GY_REPORT_SIZE_TEXT;
  box->flags = GY_REPORT_ELLIPSIZE | (bold ? GY_REPORT_BOLD : 0);
  ref.page = flow->report->pages->len - 1;
  ref.box = flow->page->boxes->len;
  box = gy_report_page_add (flow->page, GY_REPORT_BOX_TEXT, flow->right - 40, flow->y, 40,
                            CONTENTS_LINE);
  box->size = GY_REPORT_SIZE_TEXT;
  box->align = PANGO_ALIGN_RIGHT;
  box->text = "";
  g_array_append_val (refs, ref);
  flow->y += CONTENTS_LINE;
}

static void
set_contents_page (GyReport *report,
                   GArray   *refs,
                   guint     line,
                   guint     page)
{
  const ContentsRef *ref = &g_array_index (refs, ContentsRef, line);
  GyReportPage *contents = g_ptr_array_index (report->pages, ref->page);
  g_autofree char *text = g_strdup_printf ("%u", page + 1);

  g_array_index (contents->boxes, GyReportBox, ref->box).text = gy_report_intern (report, text);
}

guint
gy_report_paginate (GyReport     *report,
                    PangoContext *context,
                    double        page_width,
                    double        page_height)
{
  GyReportFlow flow;
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (ContentsRef));
  guint first[3];

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (page_width > 4 * GY_REPORT_MARGIN_LR, 0);
  g_return_val_if_fail (page_height > 4 * GY_REPORT_MARGIN_TB + 200, 0);

  g_clear_object (&report->context);
  report->context = context != NULL ? g_object_ref (context) : default_context ();
  report->page_width = page_width;
  report->page_height = page_height;
  gy_report_clear_pages (report);

  add_cover (report);

  gy_report_flow_init (&flow, report);
  gy_report_flow_new_page (&flow);
  gy_report_flow_paragraph (&flow, "목    차", GY_REPORT_SIZE_TITLE + 3, TRUE, 0, 0,
                            PANGO_ALIGN_CENTER);
  gy_report_flow_space (&flow, 16);
  contents_line (&flow, refs, "Ⅰ. 공약 추진상황 총괄", 0, TRUE);
  contents_line (&flow, refs, "Ⅱ. 공약 투자계획 총괄", 0, TRUE);
  contents_line (&flow, refs, "Ⅲ. 공약사업 관리카드", 0, TRUE);
  for (guint i = 0; i < report->summary->pledges->len; i++)
    {
      const GySummaryPledge *pledge = g_ptr_array_index (report->summary->pledges, i);
      const GyCard *card = pledge->card;
      g_autofree char *line = g_strdup_printf ("%s %s", card->number != NULL ? card->number : "",
                                               card->title != NULL && *card->title != '\0'
                                               ? card->title : _("Untitled pledge"));

      contents_line (&flow, refs, g_strstrip (line), 16, FALSE);
    }

  first[0] = report->pages->len;
  gy_report_add_status (&flow);
  first[1] = report->pages->len;
  gy_report_add_investment (&flow);
  first[2] = report->pages->len;
  for (guint i = 0; i < 3; i++)
    set_contents_page (report, refs, i, first[i]);
  for (guint i = 0; i < report->summary->pledges->len; i++)
    {
      set_contents_page (report, refs, 3 + i, report->pages->len);
      gy_report_add_card (&flow, g_ptr_array_index (report->summary->pledges, i));
    }

  report->paginated = TRUE;
  return report->pages->len;
}

guint
gy_report_get_n_pages (GyReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return report->paginated ? report->pages->len : 0;
}

void
gy_report_draw_page (GyReport *report,
                     cairo_t  *cr,
                     guint     page)
{
  const GyReportPage *p;

  g_return_if_fail (report != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (report->paginated);
  g_return_if_fail (page < report->pages->len);

  p = g_ptr_array_index (report->pages, page);
  cairo_save (cr);
  gy_report_draw_boxes (report, cr, p);
  if (!p->is_cover)
    gy_report_draw_frame (report, cr, page);
  cairo_restore (cr);
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, GY_REPORT_ERROR, GY_REPORT_ERROR_WRITE, _("Cannot write “%s”: %s"), path,
               reason);
}

gboolean
gy_report_export_pdf (GyReport        *report,
                      const char      *path,
                      GyProgressFunc   progress,
                      gpointer         user_data,
                      GError         **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages;
  int fd, saved_errno;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!report->paginated)
    gy_report_paginate (report, NULL, GY_REPORT_A4_WIDTH, GY_REPORT_A4_HEIGHT);
  n_pages = report->pages->len;

  /* Written beside PATH and renamed over it once complete. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX.part", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      set_write_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  title = gy_report_dup_title (report, TRUE);
  surface = cairo_pdf_surface_create (temp, report->page_width, report->page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  report->summary->body_name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Gongyak");
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      gy_report_draw_page (report, cr, i);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, n_pages, "pages", user_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      set_write_error (error, path, cairo_status_to_string (status));
      g_unlink (temp);
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      saved_errno = errno;
      set_write_error (error, path, g_strerror (saved_errno));
      g_unlink (temp);
      return FALSE;
    }
  if (progress != NULL)
    progress (n_pages, n_pages, "file", user_data);
  return TRUE;
}

guint
gy_report_get_n_boxes (GyReport *report,
                       guint     page)
{
  g_return_val_if_fail (report != NULL && report->paginated, 0);
  g_return_val_if_fail (page < report->pages->len, 0);
  return ((GyReportPage *) g_ptr_array_index (report->pages, page))->boxes->len;
}

const GyReportBox *
gy_report_get_box (GyReport *report,
                   guint     page,
                   guint     index)
{
  GyReportPage *p;

  g_return_val_if_fail (report != NULL && report->paginated, NULL);
  g_return_val_if_fail (page < report->pages->len, NULL);
  p = g_ptr_array_index (report->pages, page);
  g_return_val_if_fail (index < p->boxes->len, NULL);
  return &g_array_index (p->boxes, GyReportBox, index);
}

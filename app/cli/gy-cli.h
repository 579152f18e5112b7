/* gy-cli.h — the headless command line: import, export, check, list
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "gy-store.h"

G_BEGIN_DECLS

typedef struct {
  const char         *db;            /* NULL: the user's default database */
  const char * const *import_cards;  /* card text files, NULL-terminated, or NULL */
  const char         *import_list;   /* a pledge list: .xlsx, .csv or .tsv */
  const char         *sheet;         /* its sheet (xlsx); NULL: the first */
  const char         *export_card;   /* a pledge number, "#ID", or "all" */
  gboolean            check;
  gboolean            list;
  const char         *export_xlsx;   /* the province's workbook */
  const char         *as_of;         /* 기준일 YYYY-MM-DD, or NULL for today */
  const char         *export_chart;  /* a chart kind: years, sources, sectors, … */
  const char         *pledge;        /* the pledge of a pledge chart */
  const char         *size;          /* WIDTHxHEIGHT of a chart, in pixels or points */
  const char         *chart_out;     /* where the chart goes: .png, .svg or .pdf */
  const char         *export_pdf;    /* the annual report */
  const char         *body_name;     /* sets the body's name (사업주체 of every output) */
  /* the selection of --list, --export-xlsx, --export-pdf and the body-wide charts */
  const char         *term;          /* "민선7기" or "7"; NULL: the term of the 기준일, else the latest */
  const char         *sector;
  const char         *department;
  const char         *status;
} GyCliOptions;

gboolean  gy_cli_wants_run          (const GyCliOptions  *options);
int       gy_cli_run                (const GyCliOptions  *options,
                                     GBytes              *sample_card);
char     *gy_default_db_path        (void);
GyStore  *gy_open_or_create         (const char          *path,
                                     GBytes              *sample_card,
                                     GError             **error);

G_END_DECLS

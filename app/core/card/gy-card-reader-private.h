/* gy-card-reader-private.h — the card reader's state, shared by its parts
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdarg.h>

#include "gy-card-fields.h"
#include "gy-card-reader.h"

G_BEGIN_DECLS

typedef enum {
  SECTION_OVERVIEW,
  SECTION_ACHIEVEMENTS,
  SECTION_YEARLY,
  SECTION_MONEY,
  SECTION_PROBLEMS,
  SECTION_EFFECTS,
  N_SECTIONS,
} Section;

/* The unit line of the money table: "(단위: 백만원)". */
typedef enum {
  UNIT_MILLION,
  UNIT_THOUSAND,
  UNIT_HUNDRED_MILLION,
} Unit;

/* A yearly row as written, possibly over several lines, before its entries are split. */
typedef struct {
  int      year;
  char    *label;
  GString *content;
  GString *remarks;
} RawYear;

/* A money row as written: the amounts after the source, columns not yet decided. */
typedef struct {
  guint   line;
  char   *source;
  guint   n_cells;   /* cells after the source, trailing blanks included */
  guint   n_used;    /* up to the last non-blank cell */
  gint64 *values;    /* 천원; GY_MONEY_ABSENT for a blank cell */
} RawMoney;

/* One way to read the money table's cells: 총사업비, A, 소계, years…, then maybe C. */
typedef struct {
  guint    n_years;
  int     *columns;  /* the term column of each year cell */
  gboolean after;
  guint    rank;     /* lower wins a tie */
} Layout;

typedef struct {
  const char   *filename;
  GPtrArray    *terms;
  GyCard       *card;

  gboolean      seen_title;
  gboolean      seen_header;
  gboolean      seen_field[GY_CARD_N_FIELDS];
  Section       section;             /* N_SECTIONS before the first one */
  guint         section_lines[N_SECTIONS];

  gboolean      seen_yearly_header;
  GPtrArray    *raw_years;           /* RawYear */

  Unit          unit;
  GArray       *header_years;        /* int: the year labels of the money table's header */
  GArray       *header_halves;       /* GyHalf: what each header year says of its half */
  gboolean      header_after;        /* the header names (C) */
  char         *header_after_label;  /* (C) as the header names it, "(C)" left out */
  guint         header_line;         /* the last header row; 0 for none */
  GPtrArray    *raw_money;           /* RawMoney */
} Reader;


void     gy_card_reader_set_error_valist (GError            **error,
                                          const char         *filename,
                                          guint               line,
                                          GyCardReaderError   code,
                                          const char         *format,
                                          va_list             args) G_GNUC_PRINTF (5, 0);

/* Every message is "FILE:LINE: what was found (what was expected)". */
static inline void G_GNUC_PRINTF (5, 6)
set_error (GError            **error,
           const char         *filename,
           guint               line,
           GyCardReaderError   code,
           const char         *format,
           ...)
{
  va_list args;

  va_start (args, format);
  gy_card_reader_set_error_valist (error, filename, line, code, format, args);
  va_end (args);
}

char    *gy_card_reader_quote          (const char   *text);
char   **gy_card_reader_split_cells    (const char   *line,
                                        guint        *n_cells);
char    *gy_card_reader_without_spaces (const char   *text);
int      gy_card_reader_leading_year   (const char   *text);

/* gy-card-reader-money.c */
void     gy_card_reader_raw_money_free (RawMoney     *raw);
gboolean gy_card_reader_read_money_line (Reader      *reader,
                                        guint         line,
                                        const char   *text,
                                        GError      **error);
GyTerm  *gy_card_reader_choose_term    (Reader       *reader,
                                        GError      **error);
gboolean gy_card_reader_decide_money   (Reader       *reader,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RawMoney, gy_card_reader_raw_money_free)

G_END_DECLS

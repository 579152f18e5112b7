/* gy-term.h — a mayor's term and the fiscal columns it defines
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GY_TERM_LAYOUT_HALF,   /* a year cut by the term's bounds is shown as its half: "2018 하반기" */
  GY_TERM_LAYOUT_WHOLE,  /* every touched calendar year is a whole column: "2018" */
} GyTermLayout;

typedef enum {
  GY_HALF_WHOLE = 0,
  GY_HALF_FIRST = 1,   /* 상반기, January–June */
  GY_HALF_SECOND = 2,  /* 하반기, July–December */
} GyHalf;

typedef struct {
  char   *key;     /* stable storage key: "2018H2", "2019", "2022H1" */
  char   *label;   /* as printed: "2018 하반기" */
  int     year;
  GyHalf  half;
} GyFiscalColumn;

typedef struct {
  gint64        id;       /* row in the store; 0 when not stored */
  char         *name;     /* "민선7기" */
  GDate         start;    /* first day, e.g. 2018-07-01 */
  GDate         end;      /* last day, e.g. 2022-06-30 */
  GyTermLayout  layout;
  GPtrArray    *columns;  /* GyFiscalColumn, derived from the above */
  char         *after_label;  /* (C) as the body's cards name it ("임기후"); NULL: derived */
  gboolean      layout_guessed; /* a card's header said neither half nor whole years: the
                                 * file's term decides (not stored) */
} GyTerm;

GyTerm       *gy_term_new               (const char   *name,
                                         const GDate  *start,
                                         const GDate  *end,
                                         GyTermLayout  layout);
GyTerm       *gy_term_new_numbered      (guint         number,
                                         GyTermLayout  layout);
GyTerm       *gy_term_copy              (const GyTerm *term);
void          gy_term_free              (GyTerm       *term);
guint         gy_term_n_columns         (const GyTerm *term);
const GyFiscalColumn *
              gy_term_column            (const GyTerm *term,
                                         guint         index);
int           gy_term_find_key          (const GyTerm *term,
                                         const char   *key);
int           gy_term_find_year         (const GyTerm *term,
                                         int           year);
char         *gy_term_after_label       (const GyTerm *term);
char         *gy_term_derived_after_label (const GyTerm *term);
void          gy_term_set_after_label   (GyTerm       *term,
                                         const char   *label);
gboolean      gy_term_equal             (const GyTerm *a,
                                         const GyTerm *b);
gboolean      gy_term_overlaps          (const GyTerm *term,
                                         int           start_year,
                                         int           start_month,
                                         int           end_year,
                                         int           end_month);
guint         gy_term_number_for_year   (int           start_year);
char         *gy_format_date            (const GDate  *date);
const char   *gy_term_layout_to_string  (GyTermLayout  layout);
gboolean      gy_term_layout_from_string (const char  *text,
                                         GyTermLayout *out_layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyTerm, gy_term_free)

G_END_DECLS

/* gy-money-column.h — the columns of a money table (연차별 투자수요), one type for all
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A term's table has 총사업비 (A+B+C), 기투자 (A), 소계 of (B), one column per fiscal column of
 * the term, and 임기후 (C), in that order. Every output walks them by index with these
 * functions, so that no module keeps its own list of column names.
 */
#pragma once

#include "gy-card.h"

G_BEGIN_DECLS

typedef enum {
  GY_MONEY_COLUMN_TOTAL,     /* 총사업비 (A+B+C) */
  GY_MONEY_COLUMN_BEFORE,    /* 기투자 (A) */
  GY_MONEY_COLUMN_SUBTOTAL,  /* 임기내 투자계획 (B) 소계 */
  GY_MONEY_COLUMN_YEAR,      /* one fiscal column of the term */
  GY_MONEY_COLUMN_AFTER,     /* 임기후 (C) */
} GyMoneyColumnKind;

/* Index of the first fiscal column; the others follow it. */
#define GY_MONEY_COLUMN_FIRST_YEAR 3

guint              gy_money_columns_count  (const GyTerm     *term);
GyMoneyColumnKind  gy_money_column_kind    (const GyTerm     *term,
                                            guint             column);
guint              gy_money_column_after   (const GyTerm     *term);
char              *gy_money_column_label   (const GyTerm     *term,
                                            guint             column);
gint64             gy_money_row_get        (const GyMoneyRow *row,
                                            const GyTerm     *term,
                                            guint             column);

G_END_DECLS

/* gy-money-column.c — the columns of a money table, one type for all
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-money"

#include "gy-money-column.h"

guint
gy_money_columns_count (const GyTerm *term)
{
  return GY_MONEY_COLUMN_FIRST_YEAR + (term != NULL ? gy_term_n_columns (term) : 0) + 1;
}

guint
gy_money_column_after (const GyTerm *term)
{
  return gy_money_columns_count (term) - 1;
}

GyMoneyColumnKind
gy_money_column_kind (const GyTerm *term,
                      guint         column)
{
  if (column < GY_MONEY_COLUMN_FIRST_YEAR)
    return (GyMoneyColumnKind) column;
  if (column >= gy_money_column_after (term))
    return GY_MONEY_COLUMN_AFTER;
  return GY_MONEY_COLUMN_YEAR;
}

/* As the card prints it: "총사업비 (A+B+C)", "2018 하반기", "2022 하반기 이후 (C)". */
char *
gy_money_column_label (const GyTerm *term,
                       guint         column)
{
  switch (gy_money_column_kind (term, column))
    {
    case GY_MONEY_COLUMN_TOTAL:
      return g_strdup ("총사업비 (A+B+C)");
    case GY_MONEY_COLUMN_BEFORE:
      return g_strdup ("기투자 (A)");
    case GY_MONEY_COLUMN_SUBTOTAL:
      return g_strdup ("소계");
    case GY_MONEY_COLUMN_YEAR:
      return g_strdup (gy_term_column (term, column - GY_MONEY_COLUMN_FIRST_YEAR)->label);
    case GY_MONEY_COLUMN_AFTER:
    default:
      {
        g_autofree char *after = term != NULL ? gy_term_after_label (term) : g_strdup ("임기후");
        return g_strdup_printf ("%s (C)", after);
      }
    }
}

/* The amount as written in ROW (GY_MONEY_ABSENT when blank); ROW's years follow TERM. */
gint64
gy_money_row_get (const GyMoneyRow *row,
                  const GyTerm     *term,
                  guint             column)
{
  switch (gy_money_column_kind (term, column))
    {
    case GY_MONEY_COLUMN_TOTAL:
      return row->total;
    case GY_MONEY_COLUMN_BEFORE:
      return row->before;
    case GY_MONEY_COLUMN_SUBTOTAL:
      return row->subtotal;
    case GY_MONEY_COLUMN_YEAR:
      return row->years[column - GY_MONEY_COLUMN_FIRST_YEAR];
    case GY_MONEY_COLUMN_AFTER:
    default:
      return row->after;
    }
}

/* gy-check.c — the rules every card must keep: sums, periods, progress, status
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gy-check.h"

typedef struct {
  const GyCard *card;
  char         *pledge;
  GPtrArray    *findings;
} Checker;

static void G_GNUC_PRINTF (7, 8)
add_finding (Checker    *checker,
             GyRule      rule,
             const char *source,
             const char *column,
             gint64      written,
             gint64      expected,
             const char *format,
             ...)
{
  GyFinding *finding = g_new0 (GyFinding, 1);
  g_autofree char *body = NULL;
  va_list args;

  va_start (args, format);
  body = g_strdup_vprintf (format, args);
  va_end (args);

  finding->rule = rule;
  finding->pledge = g_strdup (checker->pledge);
  finding->source = g_strdup (source);
  finding->column = g_strdup (column);
  finding->written = written;
  finding->expected = expected;
  finding->message = g_strdup_printf ("%s: %s", checker->pledge, body);
  g_ptr_array_add (checker->findings, finding);
}

static const char *
column_label (const GyCard *card,
              const char   *key,
              char        **owned)
{
  int index;

  if (g_strcmp0 (key, "total") == 0)
    return "총사업비";
  if (g_strcmp0 (key, "A") == 0)
    return "기투자(A)";
  if (g_strcmp0 (key, "sub") == 0)
    return "소계(B)";
  if (g_strcmp0 (key, "C") == 0)
    return "임기후(C)";
  index = gy_term_find_key (card->term, key);
  if (index < 0)
    return key;
  *owned = g_strdup (gy_term_column (card->term, index)->label);
  return *owned;
}

static char *
money_text (gint64 amount)
{
  return amount == GY_MONEY_ABSENT ? g_strdup (_("blank")) : gy_money_format (amount);
}

/* Absent counts as 0. A sum past what gint64 holds (only a typo makes one) stops at the
 * largest amount, which no written total equals, so the rule reports it. */
static gint64
add (gint64 a,
     gint64 b)
{
  gint64 sum;

  if (!gy_money_add (gy_money_or_zero (a), gy_money_or_zero (b), &sum))
    return (a < 0) ? G_MININT64 + 1 : G_MAXINT64;
  return sum;
}

/* A row with every cell blank is not checked. */
static gint64
sum_years (const GyMoneyRow *row,
           guint             n_years,
           gboolean         *any)
{
  gint64 sum = 0;

  for (guint i = 0; i < n_years; i++)
    if (row->years[i] != GY_MONEY_ABSENT)
      {
        sum = add (sum, row->years[i]);
        *any = TRUE;
      }
  return sum;
}

static void
check_row (Checker          *checker,
           const GyMoneyRow *row)
{
  guint n_years = gy_card_n_years (checker->card);
  gboolean any_year = FALSE;
  gint64 years = sum_years (row, n_years, &any_year);
  gint64 subtotal = gy_money_or_zero (row->subtotal);
  gint64 parts = add (add (row->before, subtotal), row->after);

  if ((any_year || row->subtotal != GY_MONEY_ABSENT) && years != subtotal)
    {
      g_autofree char *written = money_text (row->subtotal);
      g_autofree char *expected = gy_money_format (years);

      add_finding (checker, GY_RULE_ROW_SUBTOTAL, row->source, "sub", row->subtotal, years,
                   _("%s row: 소계(B) is %s but the fiscal years add up to %s"),
                   row->source, written, expected);
    }

  if ((row->total != GY_MONEY_ABSENT || row->before != GY_MONEY_ABSENT ||
       row->subtotal != GY_MONEY_ABSENT || row->after != GY_MONEY_ABSENT) &&
      gy_money_or_zero (row->total) != parts)
    {
      g_autofree char *written = money_text (row->total);
      g_autofree char *expected = gy_money_format (parts);

      add_finding (checker, GY_RULE_ROW_TOTAL, row->source, "total", row->total, parts,
                   _("%s row: 총사업비 is %s but A + B + C make %s"),
                   row->source, written, expected);
    }
}

static gint64 *
cell_at (GyMoneyRow *row,
         guint       column,
         guint       n_years)
{
  /* Columns in table order: total, A, sub, the years, C. */
  if (column == 0)
    return &row->total;
  if (column == 1)
    return &row->before;
  if (column == 2)
    return &row->subtotal;
  if (column < 3 + n_years)
    return &row->years[column - 3];
  return &row->after;
}

static const char *
column_key (const GyCard *card,
            guint         column,
            guint         n_years)
{
  static const char *const fixed[] = { "total", "A", "sub" };

  if (column < 3)
    return fixed[column];
  if (column < 3 + n_years)
    return gy_term_column (card->term, column - 3)->key;
  return "C";
}

static void
check_columns (Checker *checker)
{
  const GyCard *card = checker->card;
  guint n_years = gy_card_n_years (card);

  if (card->money_sum == NULL)
    return;

  for (guint c = 0; c < 4 + n_years; c++)
    {
      gint64 written = *cell_at (card->money_sum, c, n_years);
      gint64 sum = 0;
      gboolean any = written != GY_MONEY_ABSENT;

      for (guint r = 0; r < card->money->len; r++)
        {
          gint64 cell = *cell_at (g_ptr_array_index (card->money, r), c, n_years);
          if (cell != GY_MONEY_ABSENT)
            {
              sum = add (sum, cell);
              any = TRUE;
            }
        }

      if (any && gy_money_or_zero (written) != sum)
        {
          const char *key = column_key (card, c, n_years);
          g_autofree char *owned = NULL;
          g_autofree char *written_text = money_text (written);
          g_autofree char *sum_text = gy_money_format (sum);

          add_finding (checker, GY_RULE_COLUMN_SUM, card->money_sum->source, key, written, sum,
                       _("%s column: 계 is %s but the sources add up to %s"),
                       column_label (card, key, &owned), written_text, sum_text);
        }
    }
}

static const GyMoneyRow *
find_money_row (const GyCard *card,
                const char   *source)
{
  for (guint i = 0; i < card->money->len; i++)
    {
      const GyMoneyRow *row = g_ptr_array_index (card->money, i);
      if (g_strcmp0 (row->source, source) == 0)
        return row;
    }
  return NULL;
}

static gboolean
budget_names (const GyLine *line,
              const char   *source)
{
  for (guint i = 0; i < line->amounts->len; i++)
    if (g_strcmp0 (((GyAmount *) g_ptr_array_index (line->amounts, i))->source, source) == 0)
      return TRUE;
  return FALSE;
}

/* The table's 총사업비 as printed: the 계 row's, else the sum of the source rows'. The check
 * compares what the card says in two places, so it reads the written cells. */
static gint64
written_total (const GyCard *card)
{
  gint64 sum = GY_MONEY_ABSENT;

  if (card->money_sum != NULL && card->money_sum->total != GY_MONEY_ABSENT)
    return card->money_sum->total;
  for (guint i = 0; i < card->money->len; i++)
    if (!gy_money_add (sum, ((const GyMoneyRow *) g_ptr_array_index (card->money, i))->total,
                       &sum))
      return GY_MONEY_ABSENT;
  return sum;
}

/* The overview's 소요예산 line must carry the table's figures: total and each source. */
static void
check_overview_budget (Checker *checker)
{
  const GyCard *card = checker->card;
  const GyLine *line = gy_card_find_line (card->overview, GY_LINE_BUDGET);
  gint64 table_total = written_total (card);

  if (line == NULL || line->total == GY_MONEY_ABSENT)
    return;

  if (table_total != GY_MONEY_ABSENT && line->total != table_total)
    {
      g_autofree char *a = gy_money_format (line->total);
      g_autofree char *b = gy_money_format (table_total);

      add_finding (checker, GY_RULE_OVERVIEW_BUDGET, NULL, "total", line->total, table_total,
                   _("사업개요 소요예산 says %s but the money table's 총사업비 is %s"), a, b);
    }

  for (guint i = 0; i < line->amounts->len; i++)
    {
      const GyAmount *amount = g_ptr_array_index (line->amounts, i);
      const GyMoneyRow *row = find_money_row (card, amount->source);
      gint64 expected;

      if (amount->amount == GY_MONEY_ABSENT)
        continue;
      if (row == NULL)
        {
          g_autofree char *a = gy_money_format (amount->amount);

          add_finding (checker, GY_RULE_OVERVIEW_BUDGET, amount->source, "total",
                       amount->amount, GY_MONEY_ABSENT,
                       _("사업개요 소요예산 names %s %s but the money table has no %s row"),
                       amount->source, a, amount->source);
          continue;
        }
      expected = gy_money_or_zero (row->total);
      if (amount->amount != expected)
        {
          g_autofree char *a = gy_money_format (amount->amount);
          g_autofree char *b = gy_money_format (expected);

          add_finding (checker, GY_RULE_OVERVIEW_BUDGET, amount->source, "total",
                       amount->amount, expected,
                       _("사업개요 소요예산 gives %s %s but the money table's %s 총사업비 is %s"),
                       amount->source, a, amount->source, b);
        }
    }

  /* A source that carries money in the table must be named in the line too. */
  if (line->amounts->len > 0)
    for (guint i = 0; i < card->money->len; i++)
      {
        const GyMoneyRow *row = g_ptr_array_index (card->money, i);

        if (gy_money_or_zero (row->total) != 0 && !budget_names (line, row->source))
          {
            g_autofree char *b = gy_money_format (row->total);

            add_finding (checker, GY_RULE_OVERVIEW_BUDGET, row->source, "total",
                         GY_MONEY_ABSENT, row->total,
                         _("사업개요 소요예산 leaves out %s, which is %s in the money table"),
                         row->source, b);
          }
      }
}

static void
check_period (Checker      *checker,
              const GyLine *line,
              const char   *where)
{
  const GyTerm *term = checker->card->term;

  if (line == NULL || line->text[0] == '\0')
    return;
  if (line->start_year == 0)
    {
      add_finding (checker, GY_RULE_PERIOD, NULL, NULL, GY_MONEY_ABSENT, GY_MONEY_ABSENT,
                   _("%s “%s” is not a period (expected e.g. 2018. 7. ~ 2022. 6.)"),
                   where, line->text);
      return;
    }
  if (term != NULL && !gy_term_overlaps (term, line->start_year, line->start_month,
                                         line->end_year, line->end_month))
    {
      g_autofree char *start = gy_format_date (&term->start);
      g_autofree char *end = gy_format_date (&term->end);

      add_finding (checker, GY_RULE_PERIOD, NULL, NULL, GY_MONEY_ABSENT, GY_MONEY_ABSENT,
                   _("%s “%s” lies outside the term %s (%s – %s)"),
                   where, line->text, term->name, start, end);
    }
}

static void
check_periods (Checker *checker)
{
  const GyCard *card = checker->card;

  check_period (checker, gy_card_find_line (card->overview, GY_LINE_PERIOD), "사업개요 사업기간");
  for (guint i = 0; i < card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (card->subprojects, i);
      g_autofree char *where = g_strdup_printf ("추진실적 %s 사업기간", sub->number);

      check_period (checker, gy_card_find_line (sub->lines, GY_LINE_PERIOD), where);
    }
}

static void
check_header (Checker            *checker,
              const char * const *statuses)
{
  const GyCard *card = checker->card;

  if (card->has_progress && (card->progress < 0 || card->progress > 100))
    add_finding (checker, GY_RULE_PROGRESS, NULL, NULL, GY_MONEY_ABSENT, GY_MONEY_ABSENT,
                 _("진도율 %g%% is outside 0–100"), card->progress);

  if (card->status != NULL && card->status[0] != '\0' && statuses != NULL &&
      !g_strv_contains (statuses, card->status))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) statuses);

      add_finding (checker, GY_RULE_STATUS, NULL, NULL, GY_MONEY_ABSENT, GY_MONEY_ABSENT,
                   _("이행상태 “%s” is not one of the body's statuses (%s)"),
                   card->status, known);
    }
}

static char *
pledge_label (const GyCard *card)
{
  if (card->number != NULL && card->number[0] != '\0')
    return g_strdup_printf ("%s %s", card->number, card->title);
  return g_strdup (card->title);
}

char *
gy_check_pledge_label (const GyCard *card)
{
  return pledge_label (card);
}

/* Every finding of one card, in the card's order. statuses may be NULL (not checked). */
GPtrArray *
gy_check_card (const GyCard       *card,
               const char * const *statuses)
{
  Checker checker = { card, pledge_label (card), NULL };

  g_return_val_if_fail (card != NULL, NULL);

  checker.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_finding_free);
  check_header (&checker, statuses);
  check_periods (&checker);
  check_overview_budget (&checker);
  if (card->term != NULL)
    {
      if (card->money_sum != NULL)
        check_row (&checker, card->money_sum);
      for (guint i = 0; i < card->money->len; i++)
        check_row (&checker, g_ptr_array_index (card->money, i));
      check_columns (&checker);
    }
  g_free (checker.pledge);
  return checker.findings;
}

void
gy_finding_free (GyFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->pledge);
  g_free (finding->where);
  g_free (finding->source);
  g_free (finding->column);
  g_free (finding->message);
  g_free (finding);
}

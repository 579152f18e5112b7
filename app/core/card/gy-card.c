/* gy-card.c — one pledge card (공약사업 관리카드) in memory
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "gy-card"

#include "gy-card.h"
#include "gy-card-fields.h"

#include <string.h>

static const struct {
  const char *label;   /* without spaces */
  GyLineRole  role;
} known_labels[] = {
  { "사업목표", GY_LINE_GOAL },
  { "목표", GY_LINE_GOAL },
  { "사업기간", GY_LINE_PERIOD },
  { "기간", GY_LINE_PERIOD },
  { "추진기간", GY_LINE_PERIOD },
  { "소요예산", GY_LINE_BUDGET },
  { "총사업비", GY_LINE_BUDGET },
  { "사업비", GY_LINE_BUDGET },
  { "사업주관", GY_LINE_ORGANISER },
  { "사업수행", GY_LINE_ORGANISER },
  { "주관기관", GY_LINE_ORGANISER },
  { "수행기관", GY_LINE_ORGANISER },
  { "사업내용", GY_LINE_CONTENT },
  { "주요내용", GY_LINE_CONTENT },
  { "내용", GY_LINE_CONTENT },
};

/* "과 제 명" and "과제명" are one label: the card spaces short labels out to align them. */
static char *
strip_spaces (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '\t')
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

GyLineRole
gy_line_role_for_label (const char *label)
{
  g_autofree char *bare = NULL;

  if (label == NULL)
    return GY_LINE_ITEM;
  bare = strip_spaces (label);
  for (guint i = 0; i < G_N_ELEMENTS (known_labels); i++)
    if (strcmp (bare, known_labels[i].label) == 0)
      return known_labels[i].role;
  return GY_LINE_OTHER;
}

/* Reads the next run of ASCII digits; returns -1 when there is none at p. */
static int
read_int (const char **p)
{
  int value = 0;

  if (!g_ascii_isdigit (**p))
    return -1;
  while (g_ascii_isdigit (**p))
    {
      if (value < 100000)
        value = value * 10 + (**p - '0');
      (*p)++;
    }
  return value;
}

/* "2018. 7." → (2018, 7); "2020." → (2020, 0). Stops at the first thing not part of a date. */
static gboolean
parse_year_month (const char *p,
                  const char *end,
                  int        *year,
                  int        *month)
{
  int y, m;

  while (p < end && !g_ascii_isdigit (*p))
    p++;
  if (p >= end)
    return FALSE;
  y = read_int (&p);
  if (y < 1900 || y > 2999)
    return FALSE;
  *year = y;
  *month = 0;
  while (p < end && (*p == '.' || *p == ' '))
    p++;
  if (p < end && g_ascii_isdigit (*p))
    {
      m = read_int (&p);
      if (m >= 1 && m <= 12)
        *month = m;
    }
  return TRUE;
}

/* "2019. 12. ~ 2020. 5.(6개월간)", "2020. ~ 2024.(5년간)", "2022. 6." */
gboolean
gy_parse_period (const char *text,
                 int        *start_year,
                 int        *start_month,
                 int        *end_year,
                 int        *end_month)
{
  const char *tilde, *end;

  *start_year = *start_month = *end_year = *end_month = 0;
  if (text == NULL)
    return FALSE;
  end = text + strlen (text);
  tilde = strstr (text, "~");
  if (tilde == NULL)
    tilde = strstr (text, "∼");
  if (tilde == NULL)
    {
      if (!parse_year_month (text, end, start_year, start_month))
        return FALSE;
      *end_year = *start_year;
      *end_month = *start_month;
      return TRUE;
    }
  if (!parse_year_month (text, tilde, start_year, start_month))
    return FALSE;
  if (!parse_year_month (tilde + (*tilde == '~' ? 1 : strlen ("∼")), end, end_year, end_month))
    {
      *end_year = *end_month = 0;  /* "2021. ~" : open-ended */
    }
  return TRUE;
}

static gboolean
is_amount_char (const char *p)
{
  return g_ascii_isdigit (*p) || *p == '.' || (*p == ',' && g_ascii_isdigit (p[1]));
}

/* Reads an amount written in 백만원 (or 천원 / 억원 when so suffixed) at *p. */
static gboolean
read_amount (const char **p,
             gint64      *out)
{
  const char *start = *p;
  const char *q = *p;
  gint64 amount;

  if (g_str_has_prefix (q, "△"))
    q += strlen ("△");
  if (!g_ascii_isdigit (*q))
    return FALSE;
  while (is_amount_char (q))
    q++;
  if (!gy_money_parse_n (start, q - start, &amount, NULL) || amount == GY_MONEY_ABSENT)
    return FALSE;
  while (*q == ' ')
    q++;
  if (g_str_has_prefix (q, "천원"))
    {
      if (amount % GY_MONEY_PER_MILLION != 0)
        return FALSE;
      amount /= GY_MONEY_PER_MILLION;
    }
  else if (g_str_has_prefix (q, "억원"))
    amount *= 100;
  *out = amount;
  *p = q;
  return TRUE;
}

/* "10,932백만원(국비 8,080, 도비 837, 시비 1985, 기타 30)", "30백만원(시비)". The total is
 * the first amount; the breakdown is the parenthesis right after it. */
gboolean
gy_parse_budget (const char *text,
                 gint64     *out_total,
                 GPtrArray  *out_amounts)
{
  const char *p = text;

  *out_total = GY_MONEY_ABSENT;
  if (text == NULL)
    return FALSE;
  while (*p && !g_ascii_isdigit (*p) && !g_str_has_prefix (p, "△"))
    p = g_utf8_next_char (p);
  if (*p == '\0' || !read_amount (&p, out_total))
    return FALSE;
  while (*p && *p != '(' && *p != ' ')
    p++;
  if (*p != '(')
    return TRUE;
  p++;

  while (*p && *p != ')')
    {
      const char *name_start;
      g_autofree char *name = NULL;
      gint64 amount = GY_MONEY_ABSENT;

      while (*p == ' ' || *p == ',')
        p++;
      name_start = p;
      while (*p && *p != ' ' && *p != ',' && *p != ')' && !g_ascii_isdigit (*p) &&
             !g_str_has_prefix (p, "△"))
        p = g_utf8_next_char (p);
      if (p == name_start)
        break;
      name = g_strndup (name_start, p - name_start);
      while (*p == ' ')
        p++;
      if (g_ascii_isdigit (*p) || g_str_has_prefix (p, "△"))
        {
          if (!read_amount (&p, &amount))
            break;
          while (*p && *p != ',' && *p != ')')
            p++;  /* a unit after the figure: "국비 8,080백만원" */
        }
      g_ptr_array_add (out_amounts, gy_amount_new (name, amount));
    }
  return TRUE;
}

GyAmount *
gy_amount_new (const char *source,
               gint64      amount)
{
  GyAmount *a = g_new0 (GyAmount, 1);

  a->source = g_strdup (source);
  a->amount = amount;
  return a;
}

void
gy_amount_free (GyAmount *amount)
{
  if (amount == NULL)
    return;
  g_free (amount->source);
  g_free (amount);
}

GyLine *
gy_line_new (guint       level,
             const char *label,
             const char *text)
{
  GyLine *line = g_new0 (GyLine, 1);

  line->level = level;
  line->label = g_strdup (label);
  line->role = gy_line_role_for_label (label);
  line->amounts = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_amount_free);
  gy_line_set_text (line, text);
  return line;
}

void
gy_line_free (GyLine *line)
{
  if (line == NULL)
    return;
  g_free (line->label);
  g_free (line->text);
  g_clear_pointer (&line->amounts, g_ptr_array_unref);
  g_free (line);
}

/* Sets the text and re-derives what it means, so text and values never disagree. */
void
gy_line_set_text (GyLine     *line,
                  const char *text)
{
  /* text may be line->text itself, to re-derive the values */
  if (line->text == NULL || line->text != text)
    {
      g_free (line->text);
      line->text = g_strdup (text != NULL ? text : "");
    }
  line->start_year = line->start_month = line->end_year = line->end_month = 0;
  line->total = GY_MONEY_ABSENT;
  g_ptr_array_set_size (line->amounts, 0);

  if (line->role == GY_LINE_PERIOD)
    gy_parse_period (line->text, &line->start_year, &line->start_month,
                     &line->end_year, &line->end_month);
  else if (line->role == GY_LINE_BUDGET)
    gy_parse_budget (line->text, &line->total, line->amounts);
}

GySubProject *
gy_sub_project_new (const char *number,
                    const char *title)
{
  GySubProject *sub = g_new0 (GySubProject, 1);

  sub->number = g_strdup (number != NULL ? number : "");
  sub->title = g_strdup (title != NULL ? title : "");
  sub->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_line_free);
  return sub;
}

void
gy_sub_project_free (GySubProject *sub)
{
  if (sub == NULL)
    return;
  g_free (sub->number);
  g_free (sub->title);
  g_clear_pointer (&sub->lines, g_ptr_array_unref);
  g_free (sub);
}

static void
entry_free (gpointer data)
{
  GyEntry *entry = data;

  g_free (entry->marker);
  g_free (entry->text);
  g_free (entry);
}

GyYearRow *
gy_year_row_new (int         year,
                 const char *label,
                 const char *remarks)
{
  GyYearRow *row = g_new0 (GyYearRow, 1);

  row->year = year;
  row->label = label != NULL ? g_strdup (label) : g_strdup_printf ("%d", year);
  row->remarks = g_strdup (remarks != NULL ? remarks : "");
  row->entries = g_ptr_array_new_with_free_func (entry_free);
  return row;
}

void
gy_year_row_free (GyYearRow *row)
{
  if (row == NULL)
    return;
  g_free (row->label);
  g_free (row->remarks);
  g_clear_pointer (&row->entries, g_ptr_array_unref);
  g_free (row);
}

void
gy_year_row_add (GyYearRow  *row,
                 const char *marker,
                 const char *text)
{
  GyEntry *entry = g_new0 (GyEntry, 1);

  entry->marker = g_strdup (marker != NULL ? marker : "-");
  entry->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (row->entries, entry);
}

GyMoneyRow *
gy_money_row_new (const char *source,
                  guint       n_years)
{
  GyMoneyRow *row = g_new0 (GyMoneyRow, 1);

  row->source = g_strdup (source);
  row->total = row->before = row->subtotal = row->after = GY_MONEY_ABSENT;
  row->years = g_new (gint64, MAX (n_years, 1));
  for (guint i = 0; i < n_years; i++)
    row->years[i] = GY_MONEY_ABSENT;
  return row;
}

void
gy_money_row_free (GyMoneyRow *row)
{
  if (row == NULL)
    return;
  g_free (row->source);
  g_free (row->years);
  g_free (row);
}

GyProblem *
gy_problem_new (const char *text)
{
  GyProblem *problem = g_new0 (GyProblem, 1);

  problem->text = g_strdup (text);
  problem->responses = g_ptr_array_new_with_free_func (g_free);
  return problem;
}

void
gy_problem_free (GyProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->text);
  g_clear_pointer (&problem->responses, g_ptr_array_unref);
  g_free (problem);
}

GyPerson *
gy_person_new (const char *role,
               const char *name,
               const char *phone)
{
  GyPerson *person = g_new0 (GyPerson, 1);

  person->role = g_strdup (role != NULL ? role : "");
  person->name = g_strdup (name != NULL ? name : "");
  person->phone = g_strdup (phone != NULL ? phone : "");
  return person;
}

void
gy_person_free (GyPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->role);
  g_free (person->name);
  g_free (person->phone);
  g_free (person);
}

GyField *
gy_field_new (const char *label,
              const char *value)
{
  GyField *field = g_new0 (GyField, 1);

  field->label = g_strdup (label);
  field->value = g_strdup (value != NULL ? value : "");
  return field;
}

void
gy_field_free (GyField *field)
{
  if (field == NULL)
    return;
  g_free (field->label);
  g_free (field->value);
  g_free (field);
}

GyCard *
gy_card_new (void)
{
  GyCard *card = g_new0 (GyCard, 1);

  card->number = g_strdup ("");
  card->title = g_strdup ("");
  card->extra_fields = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_field_free);
  card->persons = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_person_free);
  card->overview = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_line_free);
  card->subprojects = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_sub_project_free);
  card->years = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_year_row_free);
  card->money = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_money_row_free);
  card->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_problem_free);
  card->effects = g_ptr_array_new_with_free_func (g_free);
  return card;
}

void
gy_card_free (GyCard *card)
{
  if (card == NULL)
    return;
  g_free (card->number);
  g_free (card->title);
  g_clear_pointer (&card->term, gy_term_free);
  for (guint i = 0; i < gy_card_fields_n (); i++)
    if (gy_card_field_is_text (i))
      gy_card_field_set (card, i, NULL);
  g_ptr_array_unref (card->extra_fields);
  g_ptr_array_unref (card->persons);
  g_ptr_array_unref (card->overview);
  g_ptr_array_unref (card->subprojects);
  g_ptr_array_unref (card->years);
  g_clear_pointer (&card->money_sum, gy_money_row_free);
  g_ptr_array_unref (card->money);
  g_ptr_array_unref (card->problems);
  g_ptr_array_unref (card->effects);
  g_free (card);
}

static GPtrArray *
copy_lines (GPtrArray *lines)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_line_free);

  for (guint i = 0; i < lines->len; i++)
    {
      const GyLine *line = g_ptr_array_index (lines, i);
      g_ptr_array_add (copy, gy_line_new (line->level, line->label, line->text));
    }
  return copy;
}

static GyMoneyRow *
copy_money_row (const GyMoneyRow *row,
                guint             n_years)
{
  GyMoneyRow *copy;

  if (row == NULL)
    return NULL;
  copy = gy_money_row_new (row->source, n_years);
  copy->total = row->total;
  copy->before = row->before;
  copy->subtotal = row->subtotal;
  copy->after = row->after;
  for (guint i = 0; i < n_years; i++)
    copy->years[i] = row->years[i];
  return copy;
}

/* A deep copy: the window edits its own card and hands it to the store. */
GyCard *
gy_card_copy (const GyCard *card)
{
  GyCard *copy = gy_card_new ();
  guint n_years = gy_card_n_years (card);

  copy->id = card->id;
  g_free (copy->number);
  copy->number = g_strdup (card->number);
  g_free (copy->title);
  copy->title = g_strdup (card->title);
  copy->term = card->term != NULL ? gy_term_copy (card->term) : NULL;
  for (guint i = 0; i < gy_card_fields_n (); i++)
    if (gy_card_field_is_text (i))
      gy_card_field_set (copy, i, gy_card_field_get (card, i));
  copy->has_progress = card->has_progress;
  copy->progress = card->progress;

  for (guint i = 0; i < card->extra_fields->len; i++)
    {
      const GyField *field = g_ptr_array_index (card->extra_fields, i);
      g_ptr_array_add (copy->extra_fields, gy_field_new (field->label, field->value));
    }
  for (guint i = 0; i < card->persons->len; i++)
    {
      const GyPerson *person = g_ptr_array_index (card->persons, i);
      g_ptr_array_add (copy->persons, gy_person_new (person->role, person->name, person->phone));
    }
  g_ptr_array_unref (copy->overview);
  copy->overview = copy_lines (card->overview);
  for (guint i = 0; i < card->subprojects->len; i++)
    {
      const GySubProject *sub = g_ptr_array_index (card->subprojects, i);
      GySubProject *sub_copy = gy_sub_project_new (sub->number, sub->title);

      g_ptr_array_unref (sub_copy->lines);
      sub_copy->lines = copy_lines (sub->lines);
      g_ptr_array_add (copy->subprojects, sub_copy);
    }
  for (guint i = 0; i < card->years->len; i++)
    {
      const GyYearRow *row = g_ptr_array_index (card->years, i);
      GyYearRow *row_copy = gy_year_row_new (row->year, row->label, row->remarks);

      for (guint j = 0; j < row->entries->len; j++)
        {
          const GyEntry *entry = g_ptr_array_index (row->entries, j);
          gy_year_row_add (row_copy, entry->marker, entry->text);
        }
      g_ptr_array_add (copy->years, row_copy);
    }
  copy->money_sum = copy_money_row (card->money_sum, n_years);
  for (guint i = 0; i < card->money->len; i++)
    g_ptr_array_add (copy->money, copy_money_row (g_ptr_array_index (card->money, i), n_years));
  for (guint i = 0; i < card->problems->len; i++)
    {
      const GyProblem *problem = g_ptr_array_index (card->problems, i);
      GyProblem *problem_copy = gy_problem_new (problem->text);

      for (guint j = 0; j < problem->responses->len; j++)
        g_ptr_array_add (problem_copy->responses,
                         g_strdup (g_ptr_array_index (problem->responses, j)));
      g_ptr_array_add (copy->problems, problem_copy);
    }
  for (guint i = 0; i < card->effects->len; i++)
    g_ptr_array_add (copy->effects, g_strdup (g_ptr_array_index (card->effects, i)));
  return copy;
}

const GyLine *
gy_card_find_line (GPtrArray  *lines,
                   GyLineRole  role)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const GyLine *line = g_ptr_array_index (lines, i);
      if (line->role == role && line->level == 0)
        return line;
    }
  return NULL;
}

const char *
gy_card_goal (const GyCard *card)
{
  const GyLine *line = gy_card_find_line (card->overview, GY_LINE_GOAL);

  return line != NULL ? line->text : NULL;
}

guint
gy_card_n_years (const GyCard *card)
{
  return card->term != NULL ? gy_term_n_columns (card->term) : 0;
}

/* 총사업비 of one source row: 기투자 (A) + the fiscal years + 임기후 (C), which is what the
 * workbook's formula computes; a row with none of those nor a 소계 counts its written
 * 총사업비 (a list brought in with totals only). */
gint64
gy_money_row_total (const GyMoneyRow *row,
                    guint             n_years)
{
  gint64 sum = GY_MONEY_ABSENT;

  if (!gy_money_add (sum, row->before, &sum) || !gy_money_add (sum, row->after, &sum))
    return GY_MONEY_ABSENT;
  for (guint y = 0; y < n_years; y++)
    if (!gy_money_add (sum, row->years[y], &sum))
      return GY_MONEY_ABSENT;
  if (sum != GY_MONEY_ABSENT)
    return sum;
  return row->subtotal != GY_MONEY_ABSENT ? 0 : row->total;
}

/* 총사업비, one definition for every output (the summary, the pledge list, the charts): the sum
 * of the source rows' gy_money_row_total(), or the 계 row's in a table with no source row.
 * GY_MONEY_ABSENT when no row has a figure. */
gint64
gy_card_total_cost (const GyCard *card)
{
  guint n_years = gy_card_n_years (card);
  gint64 sum = GY_MONEY_ABSENT;

  if (card->money->len == 0 && card->money_sum != NULL)
    return gy_money_row_total (card->money_sum, n_years);

  for (guint i = 0; i < card->money->len; i++)
    if (!gy_money_add (sum, gy_money_row_total (g_ptr_array_index (card->money, i), n_years),
                       &sum))
      return GY_MONEY_ABSENT;
  return sum;
}

/* Equality, naming the first difference: the fixed-point test reads it. */

#define DIFFER(...) G_STMT_START { \
    if (out_difference != NULL) *out_difference = g_strdup_printf (__VA_ARGS__); \
    return FALSE; \
  } G_STMT_END
#define SAME_STR(what, x, y) G_STMT_START { \
    if (g_strcmp0 ((x), (y)) != 0) DIFFER ("%s: “%s” ≠ “%s”", what, (x) ? (x) : "(null)", (y) ? (y) : "(null)"); \
  } G_STMT_END
#define SAME_INT(what, x, y) G_STMT_START { \
    if ((gint64) (x) != (gint64) (y)) DIFFER ("%s: %" G_GINT64_FORMAT " ≠ %" G_GINT64_FORMAT, what, (gint64) (x), (gint64) (y)); \
  } G_STMT_END

static gboolean
lines_equal (GPtrArray  *a,
             GPtrArray  *b,
             const char *where,
             char      **out_difference)
{
  SAME_INT (where, a->len, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const GyLine *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      g_autofree char *what = g_strdup_printf ("%s line %u", where, i + 1);

      SAME_INT (what, x->level, y->level);
      SAME_STR (what, x->label, y->label);
      SAME_STR (what, x->text, y->text);
    }
  return TRUE;
}

static gboolean
money_rows_equal (const GyMoneyRow *x,
                  const GyMoneyRow *y,
                  guint             n_years,
                  char            **out_difference)
{
  if (x == NULL || y == NULL)
    {
      if (x != y)
        DIFFER ("money: one card has a 계 row, the other not");
      return TRUE;
    }
  SAME_STR ("money source", x->source, y->source);
  SAME_INT (x->source, x->total, y->total);
  SAME_INT (x->source, x->before, y->before);
  SAME_INT (x->source, x->subtotal, y->subtotal);
  SAME_INT (x->source, x->after, y->after);
  for (guint i = 0; i < n_years; i++)
    SAME_INT (x->source, x->years[i], y->years[i]);
  return TRUE;
}

gboolean
gy_card_equal (const GyCard  *a,
               const GyCard  *b,
               char         **out_difference)
{
  guint n_years;

  SAME_STR ("number", a->number, b->number);
  SAME_STR ("title", a->title, b->title);
  SAME_STR ("term", a->term ? a->term->name : NULL, b->term ? b->term->name : NULL);
  if (a->term != NULL && b->term != NULL && !gy_term_equal (a->term, b->term))
    {
      g_autofree char *after_a = gy_term_after_label (a->term);
      g_autofree char *after_b = gy_term_after_label (b->term);

      DIFFER ("term %s: %s, %s (C) ≠ %s, %s (C)", a->term->name,
              gy_term_layout_to_string (a->term->layout), after_a,
              gy_term_layout_to_string (b->term->layout), after_b);
    }
  for (guint i = 0; i < gy_card_fields_n (); i++)
    if (gy_card_field_is_text (i))
      SAME_STR (gy_card_field (i)->label, gy_card_field_get (a, i), gy_card_field_get (b, i));
  SAME_INT ("진도율 set", a->has_progress, b->has_progress);
  if (a->has_progress && a->progress != b->progress)
    DIFFER ("진도율: %g ≠ %g", a->progress, b->progress);

  SAME_INT ("extra fields", a->extra_fields->len, b->extra_fields->len);
  for (guint i = 0; i < a->extra_fields->len; i++)
    {
      const GyField *x = g_ptr_array_index (a->extra_fields, i);
      const GyField *y = g_ptr_array_index (b->extra_fields, i);
      SAME_STR ("field label", x->label, y->label);
      SAME_STR (x->label, x->value, y->value);
    }

  SAME_INT ("persons", a->persons->len, b->persons->len);
  for (guint i = 0; i < a->persons->len; i++)
    {
      const GyPerson *x = g_ptr_array_index (a->persons, i);
      const GyPerson *y = g_ptr_array_index (b->persons, i);
      SAME_STR ("person role", x->role, y->role);
      SAME_STR ("person name", x->name, y->name);
      SAME_STR ("person phone", x->phone, y->phone);
    }

  if (!lines_equal (a->overview, b->overview, "사업개요", out_difference))
    return FALSE;

  SAME_INT ("sub-projects", a->subprojects->len, b->subprojects->len);
  for (guint i = 0; i < a->subprojects->len; i++)
    {
      const GySubProject *x = g_ptr_array_index (a->subprojects, i);
      const GySubProject *y = g_ptr_array_index (b->subprojects, i);
      g_autofree char *where = g_strdup_printf ("추진실적 %s", x->number);

      SAME_STR ("sub-project number", x->number, y->number);
      SAME_STR ("sub-project title", x->title, y->title);
      if (!lines_equal (x->lines, y->lines, where, out_difference))
        return FALSE;
    }

  SAME_INT ("yearly rows", a->years->len, b->years->len);
  for (guint i = 0; i < a->years->len; i++)
    {
      const GyYearRow *x = g_ptr_array_index (a->years, i);
      const GyYearRow *y = g_ptr_array_index (b->years, i);

      SAME_INT ("yearly row year", x->year, y->year);
      SAME_STR ("yearly row label", x->label, y->label);
      SAME_STR ("yearly row remarks", x->remarks, y->remarks);
      SAME_INT (x->label, x->entries->len, y->entries->len);
      for (guint j = 0; j < x->entries->len; j++)
        {
          const GyEntry *ex = g_ptr_array_index (x->entries, j);
          const GyEntry *ey = g_ptr_array_index (y->entries, j);
          SAME_STR (x->label, ex->marker, ey->marker);
          SAME_STR (x->label, ex->text, ey->text);
        }
    }

  n_years = gy_card_n_years (a);
  SAME_INT ("fiscal columns", n_years, gy_card_n_years (b));
  if (!money_rows_equal (a->money_sum, b->money_sum, n_years, out_difference))
    return FALSE;
  SAME_INT ("money rows", a->money->len, b->money->len);
  for (guint i = 0; i < a->money->len; i++)
    if (!money_rows_equal (g_ptr_array_index (a->money, i), g_ptr_array_index (b->money, i),
                           n_years, out_difference))
      return FALSE;

  SAME_INT ("problems", a->problems->len, b->problems->len);
  for (guint i = 0; i < a->problems->len; i++)
    {
      const GyProblem *x = g_ptr_array_index (a->problems, i);
      const GyProblem *y = g_ptr_array_index (b->problems, i);

      SAME_STR ("problem", x->text, y->text);
      SAME_INT ("responses", x->responses->len, y->responses->len);
      for (guint j = 0; j < x->responses->len; j++)
        SAME_STR ("response", (const char *) g_ptr_array_index (x->responses, j),
                  (const char *) g_ptr_array_index (y->responses, j));
    }

  SAME_INT ("effects", a->effects->len, b->effects->len);
  for (guint i = 0; i < a->effects->len; i++)
    SAME_STR ("effect", (const char *) g_ptr_array_index (a->effects, i),
              (const char *) g_ptr_array_index (b->effects, i));

  return TRUE;
}

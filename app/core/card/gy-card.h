/* gy-card.h — one pledge card (공약사업 관리카드) in memory
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader fills it from text, the store saves and loads it, the writer prints it.
 * Text is kept as written; structured values (periods, amounts) are derived from it
 * by gy_line_set_text() so that the two never disagree.
 */
#pragma once

#include <glib.h>

#include "gy-money.h"
#include "gy-term.h"

G_BEGIN_DECLS

/* What a labelled line of the overview or of a sub-project means. */
typedef enum {
  GY_LINE_ITEM,       /* no label: "- 과제발굴을 위한 …" */
  GY_LINE_OTHER,      /* a label we keep as written: 과제명, 위치, 규모 … */
  GY_LINE_GOAL,       /* 사업목표 */
  GY_LINE_PERIOD,     /* 사업기간, 기간 */
  GY_LINE_BUDGET,     /* 소요예산, 총사업비 */
  GY_LINE_ORGANISER,  /* 사업주관, 사업수행, 주관기관 */
  GY_LINE_CONTENT,    /* 사업내용, 주요내용, 내용: a heading over items */
} GyLineRole;

typedef struct {
  char   *source;   /* "국비", "지방비" — kept even when the body has no such source */
  gint64  amount;   /* 천원; GY_MONEY_ABSENT when only named: "30백만원(시비)" */
} GyAmount;

typedef struct {
  guint       level;    /* 0 for "- ", 1 for " - " */
  char       *label;    /* as written ("과 제 명"); NULL for an item */
  char       *text;     /* the value after " : ", or the item itself */
  /* derived from label and text by gy_line_set_text() */
  GyLineRole  role;
  int         start_year, start_month;  /* PERIOD; 0 = not given */
  int         end_year, end_month;
  gint64      total;    /* BUDGET: 천원, GY_MONEY_ABSENT when the text has none */
  GPtrArray  *amounts;  /* BUDGET: GyAmount, the breakdown in parentheses */
} GyLine;

typedef struct {
  char *number;   /* "1" */
  char *title;
  GPtrArray *lines;  /* GyLine, in card order */
} GySubProject;

typedef struct {
  char *marker;   /* "-", "·", "①" … */
  char *text;
} GyEntry;

typedef struct {
  int        year;      /* the fiscal year the row speaks of */
  char      *label;     /* first cell as written: "2018" */
  GPtrArray *entries;   /* GyEntry, in order; "-" starts an item, "·" a sub-item */
  char      *remarks;   /* 비고, may be "" */
} GyYearRow;

typedef struct {
  char   *source;    /* "국비"; the total row is "계" */
  gint64  total;     /* 총사업비 (A+B+C) as written */
  gint64  before;    /* 기투자 (A) */
  gint64  subtotal;  /* 임기내 (B) 소계 */
  gint64 *years;     /* one per fiscal column of the card's term */
  gint64  after;     /* 임기후 (C) */
} GyMoneyRow;

typedef struct {
  char      *text;       /* the problem */
  GPtrArray *responses;  /* char *, the "⇒" lines under it, without the arrow */
} GyProblem;

typedef struct {
  char *label;
  char *value;
} GyField;

typedef struct {
  char *role;    /* 과장, 담당, 담당자 */
  char *name;
  char *phone;   /* extension, "6350"; may be "" */
} GyPerson;

typedef struct {
  gint64     id;              /* pledge row in the store; 0 when not stored */
  char      *number;          /* "2-4", may be "" */
  char      *title;
  char      *sector;          /* 분야 name or NULL */
  GyTerm    *term;            /* decides the fiscal columns; NULL only while reading */

  /* header table */
  char      *timing;          /* 임기구분 */
  char      *actor;           /* 사업주체 */
  char      *novelty;         /* 신규여부 */
  char      *central_support; /* 중앙정부 지원 */
  char      *budget_class;    /* 예산구분 */
  gboolean   has_progress;
  double     progress;        /* 사업이행도(진도율) in %, blank allowed */
  char      *status;          /* 이행상태, NULL when the card has none */
  char      *lead_dept;       /* 주관부서 */
  char      *collab_dept;     /* 협업부서 */
  GPtrArray *extra_fields;    /* GyField: header labels we do not know, kept in order */
  GPtrArray *persons;         /* GyPerson: 공약실명제 */

  GPtrArray *overview;        /* GyLine: 사업개요 */
  GPtrArray *subprojects;     /* GySubProject: 추진실적 */
  GPtrArray *years;           /* GyYearRow: 연차별 실적/계획 */
  GyMoneyRow *money_sum;      /* the "계" row as written, or NULL */
  GPtrArray *money;           /* GyMoneyRow: one per source, in card order */
  GPtrArray *problems;        /* GyProblem: 문제점 및 대응계획 */
  GPtrArray *effects;         /* char *: 기대효과 */
} GyCard;

GyCard       *gy_card_new              (void);
GyCard       *gy_card_copy             (const GyCard  *card);
void          gy_card_free             (GyCard        *card);
gboolean      gy_card_equal            (const GyCard  *a,
                                        const GyCard  *b,
                                        char         **out_difference);
const GyLine *gy_card_find_line        (GPtrArray     *lines,
                                        GyLineRole     role);
const char   *gy_card_goal             (const GyCard  *card);
guint         gy_card_n_years          (const GyCard  *card);
gint64        gy_card_total_cost       (const GyCard  *card);
gint64        gy_money_row_total       (const GyMoneyRow *row,
                                        guint          n_years);

GyLine       *gy_line_new              (guint          level,
                                        const char    *label,
                                        const char    *text);
void          gy_line_free             (GyLine        *line);
void          gy_line_set_text         (GyLine        *line,
                                        const char    *text);
GyLineRole    gy_line_role_for_label   (const char    *label);

GySubProject *gy_sub_project_new       (const char    *number,
                                        const char    *title);
void          gy_sub_project_free      (GySubProject  *sub);

GyYearRow    *gy_year_row_new          (int            year,
                                        const char    *label,
                                        const char    *remarks);
void          gy_year_row_free         (GyYearRow     *row);
void          gy_year_row_add          (GyYearRow     *row,
                                        const char    *marker,
                                        const char    *text);

GyMoneyRow   *gy_money_row_new         (const char    *source,
                                        guint          n_years);
void          gy_money_row_free        (GyMoneyRow    *row);

GyProblem    *gy_problem_new           (const char    *text);
void          gy_problem_free          (GyProblem     *problem);

GyPerson     *gy_person_new            (const char    *role,
                                        const char    *name,
                                        const char    *phone);
void          gy_person_free           (GyPerson      *person);

GyField      *gy_field_new             (const char    *label,
                                        const char    *value);
void          gy_field_free            (GyField       *field);

GyAmount     *gy_amount_new            (const char    *source,
                                        gint64         amount);
void          gy_amount_free           (GyAmount      *amount);

gboolean      gy_parse_period          (const char    *text,
                                        int           *start_year,
                                        int           *start_month,
                                        int           *end_year,
                                        int           *end_month);
gboolean      gy_parse_budget          (const char    *text,
                                        gint64        *out_total,
                                        GPtrArray     *out_amounts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyCard, gy_card_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyLine, gy_line_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GySubProject, gy_sub_project_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyYearRow, gy_year_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyMoneyRow, gy_money_row_free)

G_END_DECLS

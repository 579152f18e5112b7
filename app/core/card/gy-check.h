/* gy-check.h — the rules every card must keep: sums, periods, progress, status
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gy-card.h"

G_BEGIN_DECLS

typedef enum {
  GY_RULE_ROW_TOTAL,       /* 총사업비 = A + B + C */
  GY_RULE_ROW_SUBTOTAL,    /* 소계 = the sum of the fiscal years */
  GY_RULE_COLUMN_SUM,      /* 계 = the sum of the source rows */
  GY_RULE_OVERVIEW_BUDGET, /* 사업개요 소요예산 = the money table */
  GY_RULE_PERIOD,          /* periods inside or overlapping the term */
  GY_RULE_PROGRESS,        /* 진도율 within 0–100 */
  GY_RULE_STATUS,          /* 이행상태 one of the body's statuses */
} GyRule;

/* Where a finding sits in the money table: a row (source, "계" for the sum row) and a column. */
typedef struct {
  GyRule  rule;
  char   *pledge;    /* "1-3 공약명" or the title alone */
  char   *where;     /* "국비 2019", "사업개요 소요예산", "추진실적 3 사업기간" */
  char   *source;    /* money row, or NULL */
  char   *column;    /* money column key: "total", "A", "sub", "C", a fiscal key; or NULL */
  gint64  written;   /* what the card says (천원), GY_MONEY_ABSENT when not money */
  gint64  expected;  /* what the rule computes */
  char   *message;   /* the whole finding, ready to print */
} GyFinding;

GPtrArray *gy_check_card        (const GyCard       *card,
                                 const char * const *statuses);
char      *gy_check_pledge_label (const GyCard      *card);
void       gy_finding_free      (GyFinding          *finding);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GyFinding, gy_finding_free)

G_END_DECLS

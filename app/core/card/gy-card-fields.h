/* gy-card-fields.h — the header fields of a card, one table for every module
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header table of a card (임기구분, 사업주체, … 공약실명제) is described once here. The
 * reader, the writer, gy_card free/copy/equal, the store, the search, the editor, the workbook
 * and the report walk this table instead of naming each field, so that a new text field is a
 * row here, a member of GyCard and a column added by a schema migration.
 */
#pragma once

#include "gy-card.h"

G_BEGIN_DECLS

/* In the order the card prints them. */
typedef enum {
  GY_CARD_FIELD_TIMING,           /* 임기구분 */
  GY_CARD_FIELD_ACTOR,            /* 사업주체 */
  GY_CARD_FIELD_NOVELTY,          /* 신규여부 */
  GY_CARD_FIELD_CENTRAL_SUPPORT,  /* 중앙정부 지원 */
  GY_CARD_FIELD_BUDGET_CLASS,     /* 예산구분 */
  GY_CARD_FIELD_PROGRESS,         /* 사업이행도(진도율) */
  GY_CARD_FIELD_LEAD_DEPT,        /* 주관부서 */
  GY_CARD_FIELD_COLLAB_DEPT,      /* 협업부서 */
  GY_CARD_FIELD_STATUS,           /* 이행상태 */
  GY_CARD_FIELD_SECTOR,           /* 분야 */
  GY_CARD_FIELD_PERSONS,          /* 공약실명제 */
  GY_CARD_N_FIELDS,
} GyCardFieldId;

typedef enum {
  GY_CARD_FIELD_KIND_TEXT,      /* a char * member of GyCard, NULL when the card has none */
  GY_CARD_FIELD_KIND_PROGRESS,  /* has_progress and progress: a percentage, blank allowed */
  GY_CARD_FIELD_KIND_PERSONS,   /* persons: a list of GyPerson in one cell */
} GyCardFieldKind;

typedef enum {
  GY_CARD_FIELD_NONE = 0,
  /* The value is one of the body's list (분야, 이행상태): the editor offers a drop-down and
   * the outputs show it apart from the plain text fields. */
  GY_CARD_FIELD_CHOICE = 1 << 0,
} GyCardFieldFlags;

#define GY_CARD_FIELD_MAX_ALIASES 4

typedef struct {
  GyCardFieldId     id;
  const char       *label;    /* as the card prints it: "중앙정부 지원" */
  /* other labels the reader takes, NULL-terminated; spaces never matter when matching */
  const char       *aliases[GY_CARD_FIELD_MAX_ALIASES];
  /* the pledge table's column holding it, or NULL when it is kept elsewhere */
  const char       *column;
  gssize            offset;   /* G_STRUCT_OFFSET of the char * in GyCard; -1 unless TEXT */
  GyCardFieldKind   kind;
  GyCardFieldFlags  flags;
} GyCardField;

guint              gy_card_fields_n     (void);
const GyCardField *gy_card_field        (guint          i);
const GyCardField *gy_card_field_find   (const char    *label);
const char        *gy_card_field_get    (const GyCard  *card,
                                         guint          i);
void               gy_card_field_set    (GyCard        *card,
                                         guint          i,
                                         const char    *value);
void               gy_card_field_take   (GyCard        *card,
                                         guint          i,
                                         char          *value);
gboolean           gy_card_field_is_text (guint         i);

G_END_DECLS

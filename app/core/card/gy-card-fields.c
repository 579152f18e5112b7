/* gy-card-fields.c — the header fields of a card, one table for every module
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gy-card-fields.h"

#define TEXT(member) G_STRUCT_OFFSET (GyCard, member), GY_CARD_FIELD_KIND_TEXT

/* Most fields are plain text kept in a column of their own. Three are not: 진도율 is a number
 * with a "blank" state (has_progress), 분야 is a reference to the body's sector list (the
 * pledge's sector_id) and 공약실명제 a list of people in a table of its own; the store and the
 * outputs treat those by their kind, and 분야 and 이행상태 by GY_CARD_FIELD_CHOICE. */
static const GyCardField fields[] = {
  { GY_CARD_FIELD_TIMING, "임기구분", { NULL }, "timing", TEXT (timing), 0 },
  { GY_CARD_FIELD_ACTOR, "사업주체", { NULL }, "actor", TEXT (actor), 0 },
  { GY_CARD_FIELD_NOVELTY, "신규여부", { NULL }, "novelty", TEXT (novelty), 0 },
  { GY_CARD_FIELD_CENTRAL_SUPPORT, "중앙정부 지원", { NULL }, "central_support",
    TEXT (central_support), 0 },
  { GY_CARD_FIELD_BUDGET_CLASS, "예산구분", { NULL }, "budget_class", TEXT (budget_class), 0 },
  { GY_CARD_FIELD_PROGRESS, "사업이행도(진도율)", { "사업이행도", "진도율", "이행률", NULL },
    "progress", -1, GY_CARD_FIELD_KIND_PROGRESS, 0 },
  { GY_CARD_FIELD_LEAD_DEPT, "주관부서", { NULL }, "lead_dept", TEXT (lead_dept), 0 },
  { GY_CARD_FIELD_COLLAB_DEPT, "협업부서", { NULL }, "collab_dept", TEXT (collab_dept), 0 },
  { GY_CARD_FIELD_STATUS, "이행상태", { NULL }, "status", TEXT (status),
    GY_CARD_FIELD_CHOICE },
  { GY_CARD_FIELD_SECTOR, "분야", { NULL }, NULL, TEXT (sector), GY_CARD_FIELD_CHOICE },
  { GY_CARD_FIELD_PERSONS, "공약실명제", { NULL }, NULL, -1, GY_CARD_FIELD_KIND_PERSONS, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == GY_CARD_N_FIELDS);

guint
gy_card_fields_n (void)
{
  return G_N_ELEMENTS (fields);
}

const GyCardField *
gy_card_field (guint i)
{
  g_return_val_if_fail (i < G_N_ELEMENTS (fields), NULL);
  g_assert (fields[i].id == i);
  return &fields[i];
}

/* Equal but for white space anywhere: "중앙정부지원" is "중앙정부 지원". */
static gboolean
same_but_spaces (const char *a,
                 const char *b)
{
  while (TRUE)
    {
      while (*a != '\0' && g_unichar_isspace (g_utf8_get_char (a)))
        a = g_utf8_next_char (a);
      while (*b != '\0' && g_unichar_isspace (g_utf8_get_char (b)))
        b = g_utf8_next_char (b);
      if (*a == '\0' || *b == '\0')
        return *a == *b;
      if (g_utf8_get_char (a) != g_utf8_get_char (b))
        return FALSE;
      a = g_utf8_next_char (a);
      b = g_utf8_next_char (b);
    }
}

/* The field LABEL names, by its label or one of its aliases; NULL when none does. */
const GyCardField *
gy_card_field_find (const char *label)
{
  g_return_val_if_fail (label != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (same_but_spaces (label, fields[i].label))
        return &fields[i];
      for (guint j = 0; fields[i].aliases[j] != NULL; j++)
        if (same_but_spaces (label, fields[i].aliases[j]))
          return &fields[i];
    }
  return NULL;
}

gboolean
gy_card_field_is_text (guint i)
{
  g_return_val_if_fail (i < G_N_ELEMENTS (fields), FALSE);
  return fields[i].kind == GY_CARD_FIELD_KIND_TEXT;
}

static char **
slot (const GyCard *card,
      guint         i)
{
  return G_STRUCT_MEMBER_P (card, fields[i].offset);
}

/* The value of text field I, NULL when the card has none. */
const char *
gy_card_field_get (const GyCard *card,
                   guint         i)
{
  g_return_val_if_fail (card != NULL, NULL);
  g_return_val_if_fail (gy_card_field_is_text (i), NULL);
  return *slot (card, i);
}

/* Sets text field I to a copy of VALUE, which may be NULL. */
void
gy_card_field_set (GyCard     *card,
                   guint       i,
                   const char *value)
{
  gy_card_field_take (card, i, g_strdup (value));
}

/* Sets text field I to VALUE, which the card now owns. */
void
gy_card_field_take (GyCard *card,
                    guint   i,
                    char   *value)
{
  char **member;

  g_return_if_fail (card != NULL);
  g_return_if_fail (gy_card_field_is_text (i));
  member = slot (card, i);
  if (*member == value)
    return;
  g_free (*member);
  *member = value;
}

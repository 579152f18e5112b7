/* gy-undo.c — undo and redo over this session's edits
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each step keeps the whole card as it was before and after the edit. Undo writes the
 * earlier card back through the store, so the undo is itself saved at once and shows in
 * the change history like any other edit.
 */
#define G_LOG_DOMAIN "gy-undo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gy-list.h"
#include "gy-undo.h"

typedef struct {
  gint64     pledge_id;
  GyCard    *before;
  GyCard    *after;
  char      *label;
  /* a list import: the cards before (NULL for a pledge it created) and after, pairwise */
  GPtrArray *batch_before;
  GPtrArray *batch_after;
} Step;

struct _GyUndo
{
  GObject    parent_instance;

  GyStore   *store;
  GPtrArray *done;    /* Step, oldest first */
  GPtrArray *undone;  /* Step, most recently undone last */
  gint64     last_pledge;
};

G_DEFINE_FINAL_TYPE (GyUndo, gy_undo, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  gy_card_free (step->before);
  gy_card_free (step->after);
  g_free (step->label);
  g_clear_pointer (&step->batch_before, g_ptr_array_unref);
  g_clear_pointer (&step->batch_after, g_ptr_array_unref);
  g_free (step);
}

static void
notify_state (GyUndo *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
push (GyUndo     *self,
      gint64      pledge_id,
      GyCard     *before,
      GyCard     *after,
      const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->pledge_id = pledge_id;
  step->before = before;
  step->after = after;
  step->label = g_strdup (label);
  g_ptr_array_add (self->done, step);
  g_ptr_array_set_size (self->undone, 0);
  self->last_pledge = pledge_id;
  notify_state (self);
}

static void
gy_undo_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  GyUndo *self = GY_UNDO (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, gy_undo_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, gy_undo_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gy_undo_finalize (GObject *object)
{
  GyUndo *self = GY_UNDO (object);

  g_clear_object (&self->store);
  g_ptr_array_unref (self->done);
  g_ptr_array_unref (self->undone);
  G_OBJECT_CLASS (gy_undo_parent_class)->finalize (object);
}

static void
gy_undo_class_init (GyUndoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = gy_undo_get_property;
  object_class->finalize = gy_undo_finalize;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gy_undo_init (GyUndo *self)
{
  self->done = g_ptr_array_new_with_free_func (step_free);
  self->undone = g_ptr_array_new_with_free_func (step_free);
}

GyUndo *
gy_undo_new (GyStore *store)
{
  GyUndo *self = g_object_new (GY_TYPE_UNDO, NULL);

  self->store = g_object_ref (store);
  return self;
}

/* Saves CARD over the stored pledge of the same id, as one undoable step. */
gboolean
gy_undo_save_card (GyUndo      *self,
                   GyCard      *card,
                   const char  *label,
                   const char  *reason,
                   GError     **error)
{
  g_autoptr(GyCard) before = NULL;
  GyCard *after;

  g_return_val_if_fail (GY_IS_UNDO (self), FALSE);
  g_return_val_if_fail (card != NULL && card->id != 0, FALSE);

  before = gy_store_load_card (self->store, card->id, error);
  if (before == NULL || !gy_store_save_card (self->store, card, reason, error))
    return FALSE;
  after = gy_store_load_card (self->store, card->id, error);
  if (after == NULL)
    return FALSE;
  push (self, card->id, g_steal_pointer (&before), after, label);
  return TRUE;
}

gboolean
gy_undo_set_money_cell (GyUndo      *self,
                        gint64       pledge_id,
                        const char  *source,
                        const char  *column,
                        gint64       amount,
                        const char  *reason,
                        GError     **error)
{
  g_autoptr(GyCard) before = NULL;
  g_autofree char *label = NULL;
  GyCard *after;

  g_return_val_if_fail (GY_IS_UNDO (self), FALSE);

  before = gy_store_load_card (self->store, pledge_id, error);
  if (before == NULL ||
      !gy_store_set_money_cell (self->store, pledge_id, source, column, amount, reason, error))
    return FALSE;
  after = gy_store_load_card (self->store, pledge_id, error);
  if (after == NULL)
    return FALSE;
  label = g_strdup_printf (_("Change %s %s"), source, column);
  push (self, pledge_id, g_steal_pointer (&before), after, label);
  return TRUE;
}

/* Writes STEP's card for one side back; the id stays the pledge's. */
static gboolean
restore (GyUndo      *self,
         GyCard      *card,
         const char  *reason,
         GError     **error)
{
  if (!gy_store_save_card (self->store, card, reason, error))
    return FALSE;
  self->last_pledge = card->id;
  return TRUE;
}

/* Writes CARDS (copies; each with its id, or 0 to be created) in one transaction; the first
 * refusal fails the whole. */
static gboolean
write_cards (GyUndo      *self,
             GPtrArray   *cards,
             const char  *reason,
             GError     **error)
{
  g_autoptr(GPtrArray) errors = NULL;

  if (cards->len == 0)
    return TRUE;
  if (!gy_store_import_list_cards (self->store, cards, NULL, reason, &errors, error))
    return FALSE;
  for (guint i = 0; i < errors->len; i++)
    if (g_ptr_array_index (errors, i) != NULL)
      {
        g_propagate_error (error, g_error_copy (g_ptr_array_index (errors, i)));
        return FALSE;
      }
  return TRUE;
}

/* A list import undone: the pledges it created deleted, those it changed written back. */
static gboolean
undo_batch (GyUndo  *self,
            Step    *step,
            GError **error)
{
  g_autoptr(GPtrArray) restore_cards = NULL;
  g_autoptr(GArray) created = g_array_new (FALSE, FALSE, sizeof (gint64));

  restore_cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  for (guint i = 0; i < step->batch_after->len; i++)
    {
      const GyCard *before = g_ptr_array_index (step->batch_before, i);
      const GyCard *after = g_ptr_array_index (step->batch_after, i);

      if (before != NULL)
        g_ptr_array_add (restore_cards, gy_card_copy (before));
      else
        g_array_append_val (created, after->id);
    }
  if (!gy_store_delete_pledges (self->store, (const gint64 *) created->data, created->len,
                                error) ||
      !write_cards (self, restore_cards, _("Undo"), error))
    return FALSE;
  self->last_pledge = 0;
  return TRUE;
}

/* A list import redone: the created pledges made again (with new ids), the changes again. */
static gboolean
redo_batch (GyUndo  *self,
            Step    *step,
            GError **error)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);

  for (guint i = 0; i < step->batch_after->len; i++)
    {
      GyCard *copy = gy_card_copy (g_ptr_array_index (step->batch_after, i));

      if (g_ptr_array_index (step->batch_before, i) == NULL)
        copy->id = 0;
      g_ptr_array_add (cards, copy);
    }
  if (!write_cards (self, cards, _("Redo"), error))
    return FALSE;
  for (guint i = 0; i < cards->len; i++)
    ((GyCard *) g_ptr_array_index (step->batch_after, i))->id =
      ((GyCard *) g_ptr_array_index (cards, i))->id;
  self->last_pledge = 0;
  return TRUE;
}

/**
 * gy_undo_import_list:
 *
 * gy_list_import() as one undoable step: undo deletes the pledges the list created and writes
 * back those it changed; redo does the import again. Values added to the body's lists with
 * GY_LIST_IMPORT_ADD_VALUES stay. A dry run is passed through, with no step.
 */
GyListReport *
gy_undo_import_list (GyUndo              *self,
                     const GyListTable   *table,
                     const GyListMapping *mapping,
                     const char          *term,
                     GyListImportFlags    flags,
                     GError             **error)
{
  g_autoptr(GyListReport) preview = NULL;
  g_autoptr(GyListReport) report = NULL;
  g_autoptr(GHashTable) befores = NULL;
  g_autoptr(GPtrArray) batch_before = NULL;
  g_autoptr(GPtrArray) batch_after = NULL;
  g_autofree char *base = NULL;
  Step *step;

  g_return_val_if_fail (GY_IS_UNDO (self), NULL);

  if (flags & GY_LIST_IMPORT_DRY_RUN)
    return gy_list_import (self->store, table, mapping, term, flags, error);

  /* The pledges the list will change, as they are now. */
  preview = gy_list_import (self->store, table, mapping, term, flags | GY_LIST_IMPORT_DRY_RUN,
                            error);
  if (preview == NULL)
    return NULL;
  befores = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                   (GDestroyNotify) gy_card_free);
  for (guint i = 0; i < preview->rows->len; i++)
    {
      const GyListRowResult *row = g_ptr_array_index (preview->rows, i);
      GyCard *card;

      if (row->outcome != GY_LIST_ROW_UPDATED)
        continue;
      card = gy_store_load_card (self->store, row->pledge_id, error);
      if (card == NULL)
        return NULL;
      g_hash_table_insert (befores, &card->id, card);
    }

  report = gy_list_import (self->store, table, mapping, term, flags, error);
  if (report == NULL)
    return NULL;

  batch_before = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  batch_after = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_free);
  for (guint i = 0; i < report->rows->len; i++)
    {
      const GyListRowResult *row = g_ptr_array_index (report->rows, i);
      GyCard *before = NULL, *after;
      gint64 id = row->pledge_id;

      if (row->outcome == GY_LIST_ROW_UPDATED)
        {
          if (!g_hash_table_steal_extended (befores, &id, NULL, (gpointer *) &before))
            continue;  /* not foreseen by the preview: cannot be undone, so not recorded */
        }
      else if (row->outcome != GY_LIST_ROW_CREATED)
        continue;
      after = gy_store_load_card (self->store, id, NULL);
      if (after == NULL)
        {
          gy_card_free (before);
          continue;
        }
      g_ptr_array_add (batch_before, before);
      g_ptr_array_add (batch_after, after);
    }
  if (batch_after->len == 0)
    return g_steal_pointer (&report);

  base = g_path_get_basename (table->path);
  step = g_new0 (Step, 1);
  step->label = g_strdup_printf (_("Import %s"), base);
  step->batch_before = g_steal_pointer (&batch_before);
  step->batch_after = g_steal_pointer (&batch_after);
  g_ptr_array_add (self->done, step);
  g_ptr_array_set_size (self->undone, 0);
  self->last_pledge = 0;
  notify_state (self);
  return g_steal_pointer (&report);
}

gboolean
gy_undo_undo (GyUndo  *self,
              GError **error)
{
  Step *step;

  g_return_val_if_fail (GY_IS_UNDO (self), FALSE);
  g_return_val_if_fail (gy_undo_can_undo (self), FALSE);

  step = g_ptr_array_index (self->done, self->done->len - 1);
  if (step->batch_after != NULL ? !undo_batch (self, step, error)
                                : !restore (self, step->before, _("Undo"), error))
    return FALSE;
  g_ptr_array_add (self->undone, g_ptr_array_steal_index (self->done, self->done->len - 1));
  notify_state (self);
  return TRUE;
}

gboolean
gy_undo_redo (GyUndo  *self,
              GError **error)
{
  Step *step;

  g_return_val_if_fail (GY_IS_UNDO (self), FALSE);
  g_return_val_if_fail (gy_undo_can_redo (self), FALSE);

  step = g_ptr_array_index (self->undone, self->undone->len - 1);
  if (step->batch_after != NULL ? !redo_batch (self, step, error)
                                : !restore (self, step->after, _("Redo"), error))
    return FALSE;
  g_ptr_array_add (self->done, g_ptr_array_steal_index (self->undone, self->undone->len - 1));
  notify_state (self);
  return TRUE;
}

gboolean
gy_undo_can_undo (GyUndo *self)
{
  return self->done->len > 0;
}

gboolean
gy_undo_can_redo (GyUndo *self)
{
  return self->undone->len > 0;
}

const char *
gy_undo_get_undo_label (GyUndo *self)
{
  return self->done->len > 0
         ? ((Step *) g_ptr_array_index (self->done, self->done->len - 1))->label : NULL;
}

const char *
gy_undo_get_redo_label (GyUndo *self)
{
  return self->undone->len > 0
         ? ((Step *) g_ptr_array_index (self->undone, self->undone->len - 1))->label : NULL;
}

/* The pledge the last undo, redo or edit touched, so the window can show it. */
gint64
gy_undo_get_last_pledge (GyUndo *self)
{
  return self->last_pledge;
}

/* Forgets every step, e.g. when the pledge they touched is deleted. */
void
gy_undo_clear (GyUndo *self)
{
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  notify_state (self);
}

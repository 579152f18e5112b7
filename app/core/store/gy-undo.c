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

#include "gy-undo.h"

typedef struct {
  gint64  pledge_id;
  GyCard *before;
  GyCard *after;
  char   *label;
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

gboolean
gy_undo_undo (GyUndo  *self,
              GError **error)
{
  Step *step;

  g_return_val_if_fail (GY_IS_UNDO (self), FALSE);
  g_return_val_if_fail (gy_undo_can_undo (self), FALSE);

  step = g_ptr_array_index (self->done, self->done->len - 1);
  if (!restore (self, step->before, _("Undo"), error))
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
  if (!restore (self, step->after, _("Redo"), error))
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

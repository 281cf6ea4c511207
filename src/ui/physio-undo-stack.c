/* physio-undo-stack.c: undo and redo for one programme while its window is open
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-undo-stack"

#include "config.h"

#include "physio-database-patients.h"
#include "physio-database-programme-save.h"
#include "physio-undo-stack.h"

/* Steps are diffs, small for the usual edit; the oldest are still let go past this many. */
#define MAX_STEPS 200

/* One step of the history: a change of the programme (with optional callbacks after its undo
 * and redo), or a change made elsewhere that the step's own functions undo and redo. */
typedef struct
{
  char                  *label;
  PhysioProgrammeChange *change;
  GFunc                  undone;
  GFunc                  redone;
  PhysioUndoFunc         undo;
  PhysioUndoFunc         redo;
  gpointer               user_data;
  GDestroyNotify         destroy;
} Step;

struct _PhysioUndoStack
{
  GObject                parent_instance;

  PhysioDatabase        *database;
  PhysioProgramme       *programme;

  /* Newest last. */
  GPtrArray             *undo_steps;
  GPtrArray             *redo_steps;

  /* Between begin and commit: the programme as it was, and what the change is called. */
  PhysioProgrammeChange *pending;
  char                  *pending_label;
};

G_DEFINE_FINAL_TYPE (PhysioUndoStack, physio_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
step_free (gpointer data)
{
  Step *step = data;

  if (step->destroy != NULL)
    step->destroy (step->user_data);
  g_free (step->label);
  g_clear_pointer (&step->change, physio_programme_change_free);
  g_free (step);
}

static Step *
last_step (GPtrArray *steps)
{
  return steps->len > 0 ? g_ptr_array_index (steps, steps->len - 1) : NULL;
}

static void
notify_state (PhysioUndoStack *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* A new step: it starts a new history, so what was undone before it cannot come back. */
static void
push_step (PhysioUndoStack *self,
           Step            *step)
{
  g_ptr_array_add (self->undo_steps, step);
  if (self->undo_steps->len > MAX_STEPS)
    g_ptr_array_remove_index (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);

  notify_state (self);
}

PhysioUndoStack *
physio_undo_stack_new (PhysioDatabase  *database,
                       PhysioProgramme *programme)
{
  PhysioUndoStack *self;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  self = g_object_new (PHYSIO_TYPE_UNDO_STACK, NULL);
  self->database = g_object_ref (database);
  self->programme = g_object_ref (programme);

  return self;
}

void
physio_undo_stack_begin (PhysioUndoStack *self,
                         const char      *label)
{
  g_return_if_fail (PHYSIO_IS_UNDO_STACK (self));
  g_return_if_fail (label != NULL);

  /* A change begun and never finished is a caller's bug; dropping it keeps the stack usable
   * (the programme then holds whatever that change did, which the next commit saves). */
  if (self->pending != NULL)
    {
      g_critical ("Change “%s” begun before “%s” was committed or cancelled",
                  label, self->pending_label);
      g_clear_pointer (&self->pending, physio_programme_change_free);
      g_clear_pointer (&self->pending_label, g_free);
    }

  self->pending = physio_programme_change_begin (self->programme);
  self->pending_label = g_strdup (label);
}

gboolean
physio_undo_stack_commit_full (PhysioUndoStack *self,
                               GFunc            undone,
                               GFunc            redone,
                               gpointer         user_data,
                               GDestroyNotify   destroy,
                               GError         **error)
{
  g_autoptr(PhysioProgrammeChange) change = NULL;
  g_autofree char *label = NULL;
  Step *step;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->pending == NULL)
    {
      g_critical ("physio_undo_stack_commit () without physio_undo_stack_begin ()");
      if (destroy != NULL)
        destroy (user_data);
      return FALSE;
    }

  change = g_steal_pointer (&self->pending);
  label = g_steal_pointer (&self->pending_label);
  physio_programme_change_finish (change);

  if (!physio_database_save_programme_change (self->database, change, TRUE, error))
    {
      /* Nothing half-done stays on screen: the store wrote nothing, so the programme goes
       * back to what is on disk. */
      physio_programme_change_revert (change);
      if (destroy != NULL)
        destroy (user_data);
      return FALSE;
    }

  /* A change that changed nothing still takes its place in the history when the caller
   * has something to undo with it (an audit row). */
  step = g_new0 (Step, 1);
  step->label = g_steal_pointer (&label);
  step->change = g_steal_pointer (&change);
  step->undone = undone;
  step->redone = redone;
  step->user_data = user_data;
  step->destroy = destroy;
  push_step (self, step);

  return TRUE;
}

gboolean
physio_undo_stack_commit (PhysioUndoStack *self,
                          GError         **error)
{
  return physio_undo_stack_commit_full (self, NULL, NULL, NULL, NULL, error);
}

void
physio_undo_stack_push (PhysioUndoStack *self,
                        const char      *label,
                        PhysioUndoFunc   undo,
                        PhysioUndoFunc   redo,
                        gpointer         user_data,
                        GDestroyNotify   destroy)
{
  Step *step;

  g_return_if_fail (PHYSIO_IS_UNDO_STACK (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (undo != NULL && redo != NULL);

  step = g_new0 (Step, 1);
  step->label = g_strdup (label);
  step->undo = undo;
  step->redo = redo;
  step->user_data = user_data;
  step->destroy = destroy;
  push_step (self, step);
}

void
physio_undo_stack_cancel (PhysioUndoStack *self)
{
  g_autoptr(PhysioProgrammeChange) change = NULL;

  g_return_if_fail (PHYSIO_IS_UNDO_STACK (self));

  if (self->pending == NULL)
    return;

  /* The caller may have started changing the programme before deciding not to. */
  change = g_steal_pointer (&self->pending);
  g_clear_pointer (&self->pending_label, g_free);
  if (physio_programme_change_finish (change))
    physio_programme_change_revert (change);
}

/* Puts one side of a step in place and saves it; on failure the programme goes back to the
 * other side, so screen and disk agree. */
static gboolean
apply_step (PhysioUndoStack  *self,
            Step             *step,
            gboolean          redo,
            GError          **error)
{
  if (step->change == NULL)
    return (redo ? step->redo : step->undo) (step->user_data, error);

  if (redo)
    physio_programme_change_reapply (step->change);
  else
    physio_programme_change_revert (step->change);

  if (physio_database_save_programme_change (self->database, step->change, redo, error))
    return TRUE;

  if (redo)
    physio_programme_change_revert (step->change);
  else
    physio_programme_change_reapply (step->change);
  return FALSE;
}

gboolean
physio_undo_stack_undo (PhysioUndoStack *self,
                        GError         **error)
{
  Step *step;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->pending == NULL, FALSE);

  step = last_step (self->undo_steps);
  if (step == NULL)
    return FALSE;

  if (!apply_step (self, step, FALSE, error))
    return FALSE;

  g_ptr_array_add (self->redo_steps, g_ptr_array_steal_index (self->undo_steps,
                                                              self->undo_steps->len - 1));
  notify_state (self);
  g_signal_emit (self, signals[RESTORED], 0);

  if (step->undone != NULL)
    step->undone (self->programme, step->user_data);

  return TRUE;
}

gboolean
physio_undo_stack_redo (PhysioUndoStack *self,
                        GError         **error)
{
  Step *step;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->pending == NULL, FALSE);

  step = last_step (self->redo_steps);
  if (step == NULL)
    return FALSE;

  if (!apply_step (self, step, TRUE, error))
    return FALSE;

  g_ptr_array_add (self->undo_steps, g_ptr_array_steal_index (self->redo_steps,
                                                              self->redo_steps->len - 1));
  notify_state (self);
  g_signal_emit (self, signals[RESTORED], 0);

  if (step->redone != NULL)
    step->redone (self->programme, step->user_data);

  return TRUE;
}

gboolean
physio_undo_stack_get_can_undo (PhysioUndoStack *self)
{
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), FALSE);

  return self->undo_steps->len > 0;
}

gboolean
physio_undo_stack_get_can_redo (PhysioUndoStack *self)
{
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), FALSE);

  return self->redo_steps->len > 0;
}

const char *
physio_undo_stack_get_undo_label (PhysioUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), NULL);

  step = last_step (self->undo_steps);
  return step != NULL ? step->label : NULL;
}

const char *
physio_undo_stack_get_redo_label (PhysioUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), NULL);

  step = last_step (self->redo_steps);
  return step != NULL ? step->label : NULL;
}

gboolean
physio_undo_stack_is_pending (PhysioUndoStack *self)
{
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), FALSE);

  return self->pending != NULL;
}

PhysioProgramme *
physio_undo_stack_get_programme (PhysioUndoStack *self)
{
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), NULL);

  return self->programme;
}

PhysioDatabase *
physio_undo_stack_get_database (PhysioUndoStack *self)
{
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (self), NULL);

  return self->database;
}

static void
physio_undo_stack_dispose (GObject *object)
{
  PhysioUndoStack *self = PHYSIO_UNDO_STACK (object);

  /* The steps' destroy notifies may hold references to widgets; let them go early. */
  if (self->undo_steps != NULL)
    g_ptr_array_set_size (self->undo_steps, 0);
  if (self->redo_steps != NULL)
    g_ptr_array_set_size (self->redo_steps, 0);
  g_clear_pointer (&self->pending, physio_programme_change_free);
  g_clear_object (&self->programme);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_undo_stack_parent_class)->dispose (object);
}

static void
physio_undo_stack_finalize (GObject *object)
{
  PhysioUndoStack *self = PHYSIO_UNDO_STACK (object);

  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->pending_label, g_free);

  G_OBJECT_CLASS (physio_undo_stack_parent_class)->finalize (object);
}

static void
physio_undo_stack_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhysioUndoStack *self = PHYSIO_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, physio_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, physio_undo_stack_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, physio_undo_stack_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, physio_undo_stack_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_undo_stack_class_init (PhysioUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = physio_undo_stack_dispose;
  object_class->finalize = physio_undo_stack_finalize;
  object_class->get_property = physio_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RESTORED] =
    g_signal_new ("restored",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
physio_undo_stack_init (PhysioUndoStack *self)
{
  self->undo_steps = g_ptr_array_new_with_free_func (step_free);
  self->redo_steps = g_ptr_array_new_with_free_func (step_free);
}

/* physio-prescription.c: one exercise inside a programme, with its dose ladder (brief 2.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"

#include "physio-prescription.h"

struct _PhysioPrescription
{
  GObject           parent_instance;

  gint64            id;
  /* The snapshot is never changed in place, only replaced (set_exercise), so copies of the
   * prescription (undo snapshots) can share it. */
  PhysioExercise   *exercise;
  PhysioLaterality  laterality;
  guint             week_from;
  guint             week_to;
  PhysioDays        days;
  PhysioDose        current;
  GArray           *planned;      /* PhysioDose, one per active week */
  guint             ladder_step;
  char             *note;
  char             *slot_group;
  gboolean          removed;
};

G_DEFINE_FINAL_TYPE (PhysioPrescription, physio_prescription, G_TYPE_OBJECT)

G_DEFINE_QUARK (physio-prescription-error-quark, physio_prescription_error)

enum
{
  PROP_0,
  PROP_ID,
  PROP_EXERCISE,
  PROP_LATERALITY,
  PROP_WEEK_FROM,
  PROP_WEEK_TO,
  PROP_DAYS,
  PROP_LADDER_STEP,
  PROP_NOTE,
  PROP_SLOT_GROUP,
  PROP_REMOVED,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (PhysioPrescription *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
notify_and_emit (PhysioPrescription *self,
                 guint               prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  emit_changed (self);
}

static GArray *
dose_array_new (guint reserve)
{
  GArray *array = g_array_sized_new (FALSE, TRUE, sizeof (PhysioDose), reserve);

  g_array_set_clear_func (array, (GDestroyNotify) physio_dose_clear);
  return array;
}

static void
dose_array_append (GArray           *array,
                   const PhysioDose *dose)
{
  PhysioDose copy = PHYSIO_DOSE_INIT;

  physio_dose_copy_into (&copy, dose);
  g_array_append_val (array, copy);
}

static void
physio_prescription_dispose (GObject *object)
{
  PhysioPrescription *self = (PhysioPrescription *) object;

  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (physio_prescription_parent_class)->dispose (object);
}

static void
physio_prescription_finalize (GObject *object)
{
  PhysioPrescription *self = (PhysioPrescription *) object;

  physio_dose_clear (&self->current);
  g_clear_pointer (&self->planned, g_array_unref);
  g_free (self->note);
  g_free (self->slot_group);

  G_OBJECT_CLASS (physio_prescription_parent_class)->finalize (object);
}

static void
physio_prescription_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PhysioPrescription *self = PHYSIO_PRESCRIPTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;
    case PROP_LATERALITY:
      g_value_set_enum (value, self->laterality);
      break;
    case PROP_WEEK_FROM:
      g_value_set_uint (value, self->week_from);
      break;
    case PROP_WEEK_TO:
      g_value_set_uint (value, self->week_to);
      break;
    case PROP_DAYS:
      g_value_set_flags (value, self->days);
      break;
    case PROP_LADDER_STEP:
      g_value_set_uint (value, self->ladder_step);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_SLOT_GROUP:
      g_value_set_string (value, self->slot_group);
      break;
    case PROP_REMOVED:
      g_value_set_boolean (value, self->removed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_prescription_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PhysioPrescription *self = PHYSIO_PRESCRIPTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      physio_prescription_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_LATERALITY:
      physio_prescription_set_laterality (self, g_value_get_enum (value));
      break;
    case PROP_DAYS:
      physio_prescription_set_days (self, g_value_get_flags (value));
      break;
    case PROP_LADDER_STEP:
      physio_prescription_set_ladder_step (self, g_value_get_uint (value));
      break;
    case PROP_NOTE:
      physio_prescription_set_note (self, g_value_get_string (value));
      break;
    case PROP_SLOT_GROUP:
      physio_prescription_set_slot_group (self, g_value_get_string (value));
      break;
    case PROP_REMOVED:
      physio_prescription_set_removed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_prescription_class_init (PhysioPrescriptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = physio_prescription_dispose;
  object_class->finalize = physio_prescription_finalize;
  object_class->get_property = physio_prescription_get_property;
  object_class->set_property = physio_prescription_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, PHYSIO_TYPE_EXERCISE, read_only);
  properties[PROP_LATERALITY] =
    g_param_spec_enum ("laterality", NULL, NULL, PHYSIO_TYPE_LATERALITY,
                       PHYSIO_LATERALITY_BILATERAL, flags);
  properties[PROP_WEEK_FROM] =
    g_param_spec_uint ("week-from", NULL, NULL, 1, G_MAXUINT, 1, read_only);
  properties[PROP_WEEK_TO] =
    g_param_spec_uint ("week-to", NULL, NULL, 1, G_MAXUINT, 1, read_only);
  properties[PROP_DAYS] =
    g_param_spec_flags ("days", NULL, NULL, PHYSIO_TYPE_DAYS, 0, flags);
  properties[PROP_LADDER_STEP] =
    g_param_spec_uint ("ladder-step", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_SLOT_GROUP] =
    g_param_spec_string ("slot-group", NULL, NULL, NULL, flags);
  properties[PROP_REMOVED] =
    g_param_spec_boolean ("removed", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
physio_prescription_init (PhysioPrescription *self)
{
  physio_dose_init (&self->current);
  self->planned = dose_array_new (1);
  self->week_from = 1;
  self->week_to = 1;
}

PhysioDays
physio_days_spread (guint days_per_week)
{
  /* Rest days fall between training days where they can (3 → Mon, Wed, Fri), and the weekend
   * stays free until the count needs it. */
  static const PhysioDays spreads[] = {
    [0] = 0,
    [1] = PHYSIO_DAY_MONDAY,
    [2] = PHYSIO_DAY_MONDAY | PHYSIO_DAY_THURSDAY,
    [3] = PHYSIO_DAY_MONDAY | PHYSIO_DAY_WEDNESDAY | PHYSIO_DAY_FRIDAY,
    [4] = PHYSIO_DAY_MONDAY | PHYSIO_DAY_TUESDAY | PHYSIO_DAY_THURSDAY | PHYSIO_DAY_FRIDAY,
    [5] = PHYSIO_DAY_MONDAY | PHYSIO_DAY_TUESDAY | PHYSIO_DAY_WEDNESDAY | PHYSIO_DAY_THURSDAY
          | PHYSIO_DAY_FRIDAY,
    [6] = PHYSIO_DAYS_ALL & ~PHYSIO_DAY_SUNDAY,
    [7] = PHYSIO_DAYS_ALL,
  };

  return spreads[MIN (days_per_week, 7)];
}

guint
physio_days_count (PhysioDays days)
{
  guint count = 0;

  for (guint bit = 0; bit < 7; bit++)
    {
      if (days & (1u << bit))
        count++;
    }

  return count;
}

PhysioPrescription *
physio_prescription_new (PhysioExercise *exercise)
{
  PhysioPrescription *self;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE (exercise), NULL);

  self = g_object_new (PHYSIO_TYPE_PRESCRIPTION, NULL);
  self->exercise = physio_exercise_copy (exercise);
  self->laterality = physio_exercise_get_laterality (exercise);
  physio_dose_copy_into (&self->current, physio_exercise_get_default_dose (exercise));

  /* A dose that does not say how often is daily: the handout needs days to print. */
  if (self->current.days_per_week == 0)
    self->current.days_per_week = 7;
  self->days = physio_days_spread (self->current.days_per_week);
  dose_array_append (self->planned, &self->current);

  return self;
}

PhysioPrescription *
physio_prescription_copy (PhysioPrescription *self)
{
  PhysioPrescription *copy;

  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);

  copy = g_object_new (PHYSIO_TYPE_PRESCRIPTION, NULL);
  copy->id = self->id;
  copy->exercise = g_object_ref (self->exercise);
  copy->laterality = self->laterality;
  copy->week_from = self->week_from;
  copy->week_to = self->week_to;
  copy->days = self->days;
  physio_dose_copy_into (&copy->current, &self->current);
  g_array_set_size (copy->planned, 0);
  for (guint i = 0; i < self->planned->len; i++)
    dose_array_append (copy->planned, &g_array_index (self->planned, PhysioDose, i));
  copy->ladder_step = self->ladder_step;
  copy->note = g_strdup (self->note);
  copy->slot_group = g_strdup (self->slot_group);
  copy->removed = self->removed;

  return copy;
}

static gboolean
ladders_equal (GArray *a,
               GArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (!physio_dose_equal (&g_array_index (a, PhysioDose, i), &g_array_index (b, PhysioDose, i)))
      return FALSE;

  return TRUE;
}

PhysioPrescriptionDiff
physio_prescription_diff (PhysioPrescription *a,
                          PhysioPrescription *b)
{
  PhysioPrescriptionDiff diff = PHYSIO_PRESCRIPTION_DIFF_NONE;

  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (a), PHYSIO_PRESCRIPTION_DIFF_NONE);
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (b), PHYSIO_PRESCRIPTION_DIFF_NONE);

  /* Snapshots are only ever replaced, never changed in place, so the pointer tells. */
  if (a->exercise != b->exercise)
    diff |= PHYSIO_PRESCRIPTION_DIFF_EXERCISE;
  if (!ladders_equal (a->planned, b->planned))
    diff |= PHYSIO_PRESCRIPTION_DIFF_LADDER;
  if (a->laterality != b->laterality || a->week_from != b->week_from ||
      a->week_to != b->week_to || a->days != b->days || a->ladder_step != b->ladder_step ||
      a->removed != b->removed || g_strcmp0 (a->note, b->note) != 0 ||
      g_strcmp0 (a->slot_group, b->slot_group) != 0 ||
      !physio_dose_equal (&a->current, &b->current))
    diff |= PHYSIO_PRESCRIPTION_DIFF_FIELDS;

  return diff;
}

/* Sets a field and queues its notify when the value differs. */
#define ASSIGN_FIELD(self, from, field, prop) \
  G_STMT_START { \
    if ((self)->field != (from)->field) \
      { \
        (self)->field = (from)->field; \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
      } \
  } G_STMT_END

static gboolean
assign_string (PhysioPrescription  *self,
               char               **field,
               const char          *value,
               guint                prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

void
physio_prescription_assign (PhysioPrescription *self,
                            PhysioPrescription *from)
{
  PhysioPrescriptionDiff diff;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (from));

  if (self == from)
    return;

  diff = physio_prescription_diff (self, from);
  if (diff == PHYSIO_PRESCRIPTION_DIFF_NONE)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (diff & PHYSIO_PRESCRIPTION_DIFF_EXERCISE)
    {
      g_set_object (&self->exercise, from->exercise);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
    }

  if (diff & PHYSIO_PRESCRIPTION_DIFF_LADDER)
    {
      g_autoptr(GArray) planned = dose_array_new (from->planned->len);

      for (guint i = 0; i < from->planned->len; i++)
        dose_array_append (planned, &g_array_index (from->planned, PhysioDose, i));
      g_array_unref (self->planned);
      self->planned = g_steal_pointer (&planned);
    }

  if (diff & PHYSIO_PRESCRIPTION_DIFF_FIELDS)
    {
      ASSIGN_FIELD (self, from, laterality, PROP_LATERALITY);
      ASSIGN_FIELD (self, from, week_from, PROP_WEEK_FROM);
      ASSIGN_FIELD (self, from, week_to, PROP_WEEK_TO);
      ASSIGN_FIELD (self, from, days, PROP_DAYS);
      ASSIGN_FIELD (self, from, ladder_step, PROP_LADDER_STEP);
      ASSIGN_FIELD (self, from, removed, PROP_REMOVED);
      assign_string (self, &self->note, from->note, PROP_NOTE);
      assign_string (self, &self->slot_group, from->slot_group, PROP_SLOT_GROUP);
      if (!physio_dose_equal (&self->current, &from->current))
        physio_dose_copy_into (&self->current, &from->current);
    }

  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

gint64
physio_prescription_get_id (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), 0);

  return self->id;
}

void
physio_prescription_set_id (PhysioPrescription *self,
                            gint64              id)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));

  if (self->id == id)
    return;

  self->id = id;
  notify_and_emit (self, PROP_ID);
}

PhysioExercise *
physio_prescription_get_exercise (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);

  return self->exercise;
}

const char *
physio_prescription_get_exercise_id (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);

  return physio_exercise_get_id (self->exercise);
}

void
physio_prescription_set_exercise (PhysioPrescription *self,
                                  PhysioExercise     *exercise)
{
  PhysioExercise *snapshot;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (PHYSIO_IS_EXERCISE (exercise));

  snapshot = physio_exercise_copy (exercise);
  g_clear_object (&self->exercise);
  self->exercise = snapshot;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
  self->laterality = physio_exercise_get_laterality (exercise);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATERALITY]);
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

PhysioDosageKind
physio_prescription_get_dosage_kind (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), PHYSIO_DOSAGE_REPS);

  return physio_exercise_get_dosage_kind (self->exercise);
}

PhysioLaterality
physio_prescription_get_laterality (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), PHYSIO_LATERALITY_BILATERAL);

  return self->laterality;
}

void
physio_prescription_set_laterality (PhysioPrescription *self,
                                    PhysioLaterality    side)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (side <= PHYSIO_LATERALITY_ALTERNATING);

  if (self->laterality == side)
    return;

  self->laterality = side;
  notify_and_emit (self, PROP_LATERALITY);
}

guint
physio_prescription_get_week_from (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), 0);

  return self->week_from;
}

guint
physio_prescription_get_week_to (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), 0);

  return self->week_to;
}

void
physio_prescription_set_weeks (PhysioPrescription *self,
                               guint               from,
                               guint               to)
{
  g_autoptr(GArray) planned = NULL;
  guint old_from, old_to;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (from >= 1 && from <= to);

  if (self->week_from == from && self->week_to == to)
    return;

  /* A week that stays active keeps its dose: shifting a start date in the builder must not
   * move the doses the clinician typed into other weeks. */
  old_from = self->week_from;
  old_to = self->week_to;
  planned = dose_array_new (to - from + 1);
  for (guint week = from; week <= to; week++)
    {
      guint index;

      if (self->planned->len == 0)
        {
          dose_array_append (planned, &self->current);
          continue;
        }

      if (week < old_from)
        index = 0;
      else if (week > old_to)
        index = self->planned->len - 1;
      else
        index = MIN (week - old_from, self->planned->len - 1);
      dose_array_append (planned, &g_array_index (self->planned, PhysioDose, index));
    }

  g_array_unref (self->planned);
  self->planned = g_steal_pointer (&planned);
  self->week_from = from;
  self->week_to = to;
  self->ladder_step = MIN (self->ladder_step, self->planned->len - 1);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_FROM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_TO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LADDER_STEP]);
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

gboolean
physio_prescription_is_active_in_week (PhysioPrescription *self,
                                       guint               week)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), FALSE);

  return !self->removed && week >= self->week_from && week <= self->week_to;
}

PhysioDays
physio_prescription_get_days (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), 0);

  return self->days;
}

void
physio_prescription_set_days (PhysioPrescription *self,
                              PhysioDays          days)
{
  gboolean changed = FALSE;
  guint count;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));

  days &= PHYSIO_DAYS_ALL;
  count = physio_days_count (days);

  /* The doses' days per week are what the engine counts sessions from, so they follow the
   * chosen days everywhere, even when the mask itself is unchanged. */
  changed |= self->current.days_per_week != count;
  self->current.days_per_week = count;
  for (guint i = 0; i < self->planned->len; i++)
    {
      PhysioDose *dose = &g_array_index (self->planned, PhysioDose, i);

      changed |= dose->days_per_week != count;
      dose->days_per_week = count;
    }

  if (self->days != days)
    {
      self->days = days;
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
    }
  if (changed)
    emit_changed (self);
}

PhysioDays
physio_prescription_get_days_in_week (PhysioPrescription *self,
                                      guint               week)
{
  const PhysioDose *dose;

  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), 0);

  dose = physio_prescription_get_dose_for_week (self, week);
  if (dose->days_per_week > 0 && dose->days_per_week != physio_days_count (self->days))
    return physio_days_spread (dose->days_per_week);

  return self->days;
}

const PhysioDose *
physio_prescription_get_current_dose (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);

  return &self->current;
}

void
physio_prescription_set_current_dose (PhysioPrescription *self,
                                      const PhysioDose   *dose)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (dose != NULL);

  if (physio_dose_equal (&self->current, dose))
    return;

  physio_dose_copy_into (&self->current, dose);
  emit_changed (self);
}

guint
physio_prescription_get_n_planned (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), 0);

  return self->planned->len;
}

const PhysioDose *
physio_prescription_get_planned (PhysioPrescription *self,
                                 guint               step)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);
  g_return_val_if_fail (step < self->planned->len, NULL);

  return &g_array_index (self->planned, PhysioDose, step);
}

void
physio_prescription_set_planned (PhysioPrescription *self,
                                 guint               step,
                                 const PhysioDose   *dose)
{
  PhysioDose *planned;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (step < self->planned->len);
  g_return_if_fail (dose != NULL);

  planned = &g_array_index (self->planned, PhysioDose, step);
  if (physio_dose_equal (planned, dose))
    return;

  physio_dose_copy_into (planned, dose);
  emit_changed (self);
}

void
physio_prescription_set_ladder (PhysioPrescription *self,
                                const PhysioDose   *doses,
                                guint               n)
{
  g_autoptr(GArray) planned = NULL;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (doses != NULL && n > 0);

  planned = dose_array_new (n);
  for (guint i = 0; i < n; i++)
    dose_array_append (planned, &doses[i]);

  g_array_unref (self->planned);
  self->planned = g_steal_pointer (&planned);

  g_object_freeze_notify (G_OBJECT (self));
  /* The ladder is one dose per active week, so its length decides where the weeks end. */
  if (self->week_to != self->week_from + n - 1)
    {
      self->week_to = self->week_from + n - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_TO]);
    }
  if (self->ladder_step >= n)
    {
      self->ladder_step = n - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LADDER_STEP]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

guint
physio_prescription_get_ladder_step (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), 0);

  return self->ladder_step;
}

void
physio_prescription_set_ladder_step (PhysioPrescription *self,
                                     guint               step)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));
  g_return_if_fail (step < self->planned->len);

  if (self->ladder_step == step)
    return;

  self->ladder_step = step;
  notify_and_emit (self, PROP_LADDER_STEP);
}

const PhysioDose *
physio_prescription_get_dose_for_week (PhysioPrescription *self,
                                       guint               week)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);

  if (week >= self->week_from && week - self->week_from < self->planned->len)
    return &g_array_index (self->planned, PhysioDose, week - self->week_from);

  return &self->current;
}

const char *
physio_prescription_get_note (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);

  return self->note;
}

/* NULL and "" are both "none": entries give "" for an empty field. */
static gboolean
replace_optional (char       **field,
                  const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
physio_prescription_set_note (PhysioPrescription *self,
                              const char         *note)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));

  if (replace_optional (&self->note, note))
    notify_and_emit (self, PROP_NOTE);
}

const char *
physio_prescription_get_slot_group (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), NULL);

  return self->slot_group;
}

void
physio_prescription_set_slot_group (PhysioPrescription *self,
                                    const char         *group)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));

  if (replace_optional (&self->slot_group, group))
    notify_and_emit (self, PROP_SLOT_GROUP);
}

gboolean
physio_prescription_get_removed (PhysioPrescription *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), FALSE);

  return self->removed;
}

void
physio_prescription_set_removed (PhysioPrescription *self,
                                 gboolean            removed)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (self));

  removed = !!removed;
  if (self->removed == removed)
    return;

  self->removed = removed;
  notify_and_emit (self, PROP_REMOVED);
}

gboolean
physio_prescription_validate_dose (PhysioPrescription  *self,
                                   const PhysioDose    *dose,
                                   guint                week,
                                   GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);

  if (physio_dose_validate (dose, physio_prescription_get_dosage_kind (self),
                            physio_exercise_get_dose_limits (self->exercise),
                            NULL, &local_error))
    return TRUE;

  name = physio_exercise_get_name (self->exercise);
  if (week > 0)
    /* TRANSLATORS: "Bridge, week 3: Reps must be between 8 and 15." */
    g_set_error (error, PHYSIO_PRESCRIPTION_ERROR, PHYSIO_PRESCRIPTION_ERROR_DOSE,
                 _("%s, week %u: %s"), name, week, local_error->message);
  else
    g_set_error (error, PHYSIO_PRESCRIPTION_ERROR, PHYSIO_PRESCRIPTION_ERROR_DOSE,
                 _("%s, current dose: %s"), name, local_error->message);
  return FALSE;
}

gboolean
physio_prescription_validate (PhysioPrescription  *self,
                              guint                programme_weeks,
                              GError             **error)
{
  const char *name;

  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = physio_exercise_get_name (self->exercise);

  if (self->week_from < 1 || self->week_to < self->week_from ||
      self->week_to > programme_weeks)
    {
      g_set_error (error, PHYSIO_PRESCRIPTION_ERROR, PHYSIO_PRESCRIPTION_ERROR_WEEKS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: weeks %u–%u do not fit a programme of %u week.",
                                "%s: weeks %u–%u do not fit a programme of %u weeks.",
                                programme_weeks),
                   name, self->week_from, self->week_to, programme_weeks);
      return FALSE;
    }

  if (self->days == 0)
    {
      g_set_error (error, PHYSIO_PRESCRIPTION_ERROR, PHYSIO_PRESCRIPTION_ERROR_DAYS,
                   _("%s: choose at least one day of the week."), name);
      return FALSE;
    }

  for (guint i = 0; i < self->planned->len; i++)
    {
      if (!physio_prescription_validate_dose (self, &g_array_index (self->planned, PhysioDose, i),
                                              self->week_from + i, error))
        return FALSE;
    }

  return physio_prescription_validate_dose (self, &self->current, 0, error);
}

/* physio-programme.c: a patient's programme (brief 2.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <string.h>

#include "physio-core-enums.h"
#include "physio-programme.h"

struct _PhysioProgramme
{
  GObject                parent_instance;

  gint64                 id;
  gint64                 patient_id;
  char                  *title;
  char                  *stage;
  char                  *template_id;
  char                  *clinician;
  GDate                  start_date;
  guint                  weeks;
  PhysioProgrammeStatus  status;
  PhysioProgressionMode  mode;
  PhysioRuleParams       params;

  GListStore            *prescriptions;
  GArray                *phases;      /* PhysioPhase */
  GArray                *education;   /* PhysioEducationItem */

  /* While above 0, "changed" is not emitted: an operation that touches many prescriptions
   * emits it once at the end (batch_changed says whether it has to). */
  guint                  batch;
  gboolean               batch_changed;
};

G_DEFINE_FINAL_TYPE (PhysioProgramme, physio_programme, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_PATIENT_ID,
  PROP_TITLE,
  PROP_STAGE,
  PROP_TEMPLATE_ID,
  PROP_CLINICIAN,
  PROP_WEEKS,
  PROP_STATUS,
  PROP_MODE,
  N_PROPS
};

enum
{
  CHANGED,
  PRESCRIPTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
physio_phase_clear (PhysioPhase *phase)
{
  g_return_if_fail (phase != NULL);

  g_clear_pointer (&phase->name, g_free);
  g_clear_pointer (&phase->goals, g_free);
}

void
physio_education_item_clear (PhysioEducationItem *item)
{
  g_return_if_fail (item != NULL);

  g_clear_pointer (&item->title, g_free);
  g_clear_pointer (&item->body, g_free);
}

static GArray *
phases_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (PhysioPhase));

  g_array_set_clear_func (array, (GDestroyNotify) physio_phase_clear);
  return array;
}

static GArray *
education_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (PhysioEducationItem));

  g_array_set_clear_func (array, (GDestroyNotify) physio_education_item_clear);
  return array;
}

static void
emit_changed (PhysioProgramme *self)
{
  if (self->batch > 0)
    {
      self->batch_changed = TRUE;
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
notify_and_emit (PhysioProgramme *self,
                 guint            prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  emit_changed (self);
}

static void
on_prescription_changed (PhysioProgramme    *self,
                         PhysioPrescription *prescription)
{
  g_signal_emit (self, signals[PRESCRIPTION_CHANGED], 0, prescription);
  emit_changed (self);
}

static void
watch_prescription (PhysioProgramme    *self,
                    PhysioPrescription *prescription)
{
  g_signal_connect_object (prescription, "changed",
                           G_CALLBACK (on_prescription_changed), self, G_CONNECT_SWAPPED);
}

static void
unwatch_prescription (PhysioProgramme    *self,
                      PhysioPrescription *prescription)
{
  g_signal_handlers_disconnect_by_func (prescription, on_prescription_changed, self);
}

static void
unwatch_all (PhysioProgramme *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->prescriptions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhysioPrescription) prescription =
        g_list_model_get_item (G_LIST_MODEL (self->prescriptions), i);

      unwatch_prescription (self, prescription);
    }
}

static void
physio_programme_dispose (GObject *object)
{
  PhysioProgramme *self = (PhysioProgramme *) object;

  if (self->prescriptions != NULL)
    {
      unwatch_all (self);
      g_clear_object (&self->prescriptions);
    }

  G_OBJECT_CLASS (physio_programme_parent_class)->dispose (object);
}

static void
physio_programme_finalize (GObject *object)
{
  PhysioProgramme *self = (PhysioProgramme *) object;

  g_free (self->title);
  g_free (self->stage);
  g_free (self->template_id);
  g_free (self->clinician);
  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->education, g_array_unref);

  G_OBJECT_CLASS (physio_programme_parent_class)->finalize (object);
}

static void
physio_programme_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PhysioProgramme *self = PHYSIO_PROGRAMME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PATIENT_ID:
      g_value_set_int64 (value, self->patient_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;
    case PROP_TEMPLATE_ID:
      g_value_set_string (value, self->template_id);
      break;
    case PROP_CLINICIAN:
      g_value_set_string (value, self->clinician);
      break;
    case PROP_WEEKS:
      g_value_set_uint (value, self->weeks);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PhysioProgramme *self = PHYSIO_PROGRAMME (object);

  switch (prop_id)
    {
    case PROP_ID:
      physio_programme_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PATIENT_ID:
      physio_programme_set_patient_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      physio_programme_set_title (self, g_value_get_string (value));
      break;
    case PROP_STAGE:
      physio_programme_set_stage (self, g_value_get_string (value));
      break;
    case PROP_TEMPLATE_ID:
      physio_programme_set_template_id (self, g_value_get_string (value));
      break;
    case PROP_CLINICIAN:
      physio_programme_set_clinician (self, g_value_get_string (value));
      break;
    case PROP_WEEKS:
      physio_programme_set_weeks (self, g_value_get_uint (value));
      break;
    case PROP_STATUS:
      physio_programme_set_status (self, g_value_get_enum (value));
      break;
    case PROP_MODE:
      physio_programme_set_mode (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_class_init (PhysioProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = physio_programme_dispose;
  object_class->finalize = physio_programme_finalize;
  object_class->get_property = physio_programme_get_property;
  object_class->set_property = physio_programme_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PATIENT_ID] =
    g_param_spec_int64 ("patient-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL, NULL, flags);
  properties[PROP_TEMPLATE_ID] =
    g_param_spec_string ("template-id", NULL, NULL, NULL, flags);
  properties[PROP_CLINICIAN] =
    g_param_spec_string ("clinician", NULL, NULL, NULL, flags);
  properties[PROP_WEEKS] =
    g_param_spec_uint ("weeks", NULL, NULL, 1, PHYSIO_PROGRAMME_MAX_WEEKS,
                       PHYSIO_PROGRAMME_DEFAULT_WEEKS, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PHYSIO_TYPE_PROGRAMME_STATUS,
                       PHYSIO_PROGRAMME_DRAFT, flags);
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, PHYSIO_TYPE_PROGRESSION_MODE,
                       PHYSIO_MODE_PAIN_MONITORED, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[PRESCRIPTION_CHANGED] =
    g_signal_new ("prescription-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHYSIO_TYPE_PRESCRIPTION);
}

static void
physio_programme_init (PhysioProgramme *self)
{
  self->title = g_strdup ("");
  g_date_clear (&self->start_date, 1);
  self->weeks = PHYSIO_PROGRAMME_DEFAULT_WEEKS;
  self->status = PHYSIO_PROGRAMME_DRAFT;
  self->mode = PHYSIO_MODE_PAIN_MONITORED;
  physio_rule_params_init_defaults (&self->params);
  self->prescriptions = g_list_store_new (PHYSIO_TYPE_PRESCRIPTION);
  self->phases = phases_new ();
  self->education = education_new ();
}

PhysioProgramme *
physio_programme_new (void)
{
  return g_object_new (PHYSIO_TYPE_PROGRAMME, NULL);
}

static void
copy_phases (GArray *dest,
             GArray *src)
{
  g_array_set_size (dest, 0);
  for (guint i = 0; i < src->len; i++)
    {
      const PhysioPhase *phase = &g_array_index (src, PhysioPhase, i);
      PhysioPhase copy = {
        .name = g_strdup (phase->name),
        .week_from = phase->week_from,
        .week_to = phase->week_to,
        .goals = g_strdup (phase->goals),
      };

      g_array_append_val (dest, copy);
    }
}

static void
copy_education (GArray *dest,
                GArray *src)
{
  g_array_set_size (dest, 0);
  for (guint i = 0; i < src->len; i++)
    {
      const PhysioEducationItem *item = &g_array_index (src, PhysioEducationItem, i);
      PhysioEducationItem copy = {
        .week = item->week,
        .title = g_strdup (item->title),
        .body = g_strdup (item->body),
      };

      g_array_append_val (dest, copy);
    }
}

/* Copies of every prescription of @from, for a list-store splice. */
static GPtrArray *
copy_prescriptions (PhysioProgramme *from)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from->prescriptions));
  GPtrArray *copies = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhysioPrescription) prescription =
        g_list_model_get_item (G_LIST_MODEL (from->prescriptions), i);

      g_ptr_array_add (copies, physio_prescription_copy (prescription));
    }

  return copies;
}

PhysioProgramme *
physio_programme_copy (PhysioProgramme *self)
{
  PhysioProgramme *copy;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  copy = physio_programme_new ();
  physio_programme_assign (copy, self);

  return copy;
}

/* Replaces a string field, notifying when it changes; NULL and "" are "none", except for the
 * title, which is never NULL. */
static void
assign_string (PhysioProgramme  *self,
               char            **field,
               const char       *value,
               guint             prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* The settings that are single values, with a notify for each that changes: shared by a whole
 * assignment and by undoing or redoing a settings change. */
static void
assign_scalars (PhysioProgramme *self,
                PhysioProgramme *from)
{
  if (self->id != from->id)
    {
      self->id = from->id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->patient_id != from->patient_id)
    {
      self->patient_id = from->patient_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_ID]);
    }
  assign_string (self, &self->title, from->title, PROP_TITLE);
  assign_string (self, &self->stage, from->stage, PROP_STAGE);
  assign_string (self, &self->template_id, from->template_id, PROP_TEMPLATE_ID);
  assign_string (self, &self->clinician, from->clinician, PROP_CLINICIAN);
  self->start_date = from->start_date;
  if (self->weeks != from->weeks)
    {
      self->weeks = from->weeks;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKS]);
    }
  if (self->status != from->status)
    {
      self->status = from->status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (self->mode != from->mode)
    {
      self->mode = from->mode;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
    }
  self->params = from->params;
}

void
physio_programme_assign (PhysioProgramme *self,
                         PhysioProgramme *from)
{
  g_autoptr(GPtrArray) copies = NULL;
  guint n_old;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (PHYSIO_IS_PROGRAMME (from));

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  assign_scalars (self, from);
  copy_phases (self->phases, from->phases);
  copy_education (self->education, from->education);

  /* One splice, so a bound list view sees a single items-changed and can keep its place. */
  copies = copy_prescriptions (from);
  unwatch_all (self);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->prescriptions));
  g_list_store_splice (self->prescriptions, 0, n_old, copies->pdata, copies->len);
  for (guint i = 0; i < copies->len; i++)
    watch_prescription (self, copies->pdata[i]);

  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

void
physio_programme_begin_batch (PhysioProgramme *self)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  self->batch++;
}

void
physio_programme_end_batch (PhysioProgramme *self)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (self->batch > 0);

  if (--self->batch > 0 || !self->batch_changed)
    return;

  self->batch_changed = FALSE;
  emit_changed (self);
}

PhysioProgramme *
physio_programme_copy_settings (PhysioProgramme *self)
{
  PhysioProgramme *copy;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  copy = physio_programme_new ();
  physio_programme_assign_settings (copy, self);

  return copy;
}

static gboolean
phases_equal (GArray *a,
              GArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      const PhysioPhase *x = &g_array_index (a, PhysioPhase, i);
      const PhysioPhase *y = &g_array_index (b, PhysioPhase, i);

      if (g_strcmp0 (x->name, y->name) != 0 || x->week_from != y->week_from ||
          x->week_to != y->week_to || g_strcmp0 (x->goals, y->goals) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
education_equal (GArray *a,
                 GArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      const PhysioEducationItem *x = &g_array_index (a, PhysioEducationItem, i);
      const PhysioEducationItem *y = &g_array_index (b, PhysioEducationItem, i);

      if (x->week != y->week || g_strcmp0 (x->title, y->title) != 0 ||
          g_strcmp0 (x->body, y->body) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (g_date_valid (a) != g_date_valid (b))
    return FALSE;

  return !g_date_valid (a) || g_date_compare (a, b) == 0;
}

static gboolean
params_equal (const PhysioRuleParams *a,
              const PhysioRuleParams *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  /* The struct has padding, so compare what is saved rather than the bytes. */
  if (memcmp (a, b, sizeof *a) == 0)
    return TRUE;

  x = physio_rule_params_to_string (a);
  y = physio_rule_params_to_string (b);
  return g_strcmp0 (x, y) == 0;
}

PhysioProgrammeDiff
physio_programme_diff_settings (PhysioProgramme *a,
                                PhysioProgramme *b)
{
  PhysioProgrammeDiff diff = PHYSIO_PROGRAMME_DIFF_NONE;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (a), PHYSIO_PROGRAMME_DIFF_NONE);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (b), PHYSIO_PROGRAMME_DIFF_NONE);

  if (a->id != b->id || a->patient_id != b->patient_id || g_strcmp0 (a->title, b->title) != 0 ||
      g_strcmp0 (a->stage, b->stage) != 0 || g_strcmp0 (a->template_id, b->template_id) != 0 ||
      g_strcmp0 (a->clinician, b->clinician) != 0 ||
      !dates_equal (&a->start_date, &b->start_date) || a->weeks != b->weeks ||
      a->status != b->status || a->mode != b->mode || !params_equal (&a->params, &b->params))
    diff |= PHYSIO_PROGRAMME_DIFF_SETTINGS;

  if (!phases_equal (a->phases, b->phases) || !education_equal (a->education, b->education))
    diff |= PHYSIO_PROGRAMME_DIFF_PHASES;

  return diff;
}

void
physio_programme_assign_settings (PhysioProgramme *self,
                                  PhysioProgramme *from)
{
  PhysioProgrammeDiff diff;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (PHYSIO_IS_PROGRAMME (from));

  if (self == from)
    return;

  diff = physio_programme_diff_settings (self, from);
  if (diff == PHYSIO_PROGRAMME_DIFF_NONE)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (diff & PHYSIO_PROGRAMME_DIFF_SETTINGS)
    {
      assign_scalars (self, from);
    }

  if (diff & PHYSIO_PROGRAMME_DIFF_PHASES)
    {
      copy_phases (self->phases, from->phases);
      copy_education (self->education, from->education);
    }

  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

void
physio_programme_set_prescriptions (PhysioProgramme     *self,
                                    PhysioPrescription **items,
                                    guint                n_items)
{
  GListModel *model;
  guint n_old, start, end_old, end_new;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (items != NULL || n_items == 0);

  model = G_LIST_MODEL (self->prescriptions);
  n_old = g_list_model_get_n_items (model);

  /* Only the span between the common start and the common end changes. */
  for (start = 0; start < n_old && start < n_items; start++)
    {
      g_autoptr(PhysioPrescription) item = g_list_model_get_item (model, start);

      if (item != items[start])
        break;
    }
  end_old = n_old;
  end_new = n_items;
  while (end_old > start && end_new > start)
    {
      g_autoptr(PhysioPrescription) item = g_list_model_get_item (model, end_old - 1);

      if (item != items[end_new - 1])
        break;
      end_old--;
      end_new--;
    }

  if (start == end_old && start == end_new)
    return;

  for (guint i = start; i < end_old; i++)
    {
      g_autoptr(PhysioPrescription) item = g_list_model_get_item (model, i);

      unwatch_prescription (self, item);
    }
  g_list_store_splice (self->prescriptions, start, end_old - start, (gpointer *) items + start,
                       end_new - start);
  /* A prescription both taken out and put back in the span is watched once, not twice. */
  for (guint i = start; i < end_new; i++)
    {
      unwatch_prescription (self, items[i]);
      watch_prescription (self, items[i]);
    }

  emit_changed (self);
}

gint64
physio_programme_get_id (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), 0);

  return self->id;
}

void
physio_programme_set_id (PhysioProgramme *self,
                         gint64           id)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  if (self->id == id)
    return;

  self->id = id;
  notify_and_emit (self, PROP_ID);
}

gint64
physio_programme_get_patient_id (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), 0);

  return self->patient_id;
}

void
physio_programme_set_patient_id (PhysioProgramme *self,
                                 gint64           id)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  if (self->patient_id == id)
    return;

  self->patient_id = id;
  notify_and_emit (self, PROP_PATIENT_ID);
}

/* Optional strings: NULL and "" are both "none" (entries give ""). */
static void
set_optional (PhysioProgramme  *self,
              char            **field,
              const char       *value,
              guint             prop)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  notify_and_emit (self, prop);
}

const char *
physio_programme_get_title (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  return self->title;
}

void
physio_programme_set_title (PhysioProgramme *self,
                            const char      *title)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  if (title == NULL)
    title = "";
  if (g_str_equal (self->title, title))
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  notify_and_emit (self, PROP_TITLE);
}

const char *
physio_programme_get_stage (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  return self->stage;
}

void
physio_programme_set_stage (PhysioProgramme *self,
                            const char      *stage)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  set_optional (self, &self->stage, stage, PROP_STAGE);
}

const char *
physio_programme_get_template_id (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  return self->template_id;
}

void
physio_programme_set_template_id (PhysioProgramme *self,
                                  const char      *id)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  set_optional (self, &self->template_id, id, PROP_TEMPLATE_ID);
}

const char *
physio_programme_get_clinician (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  return self->clinician;
}

void
physio_programme_set_clinician (PhysioProgramme *self,
                                const char      *name)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  set_optional (self, &self->clinician, name, PROP_CLINICIAN);
}

const GDate *
physio_programme_get_start_date (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  return &self->start_date;
}

void
physio_programme_set_start_date (PhysioProgramme *self,
                                 const GDate     *date)
{
  GDate value;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  g_date_clear (&value, 1);
  if (date != NULL && g_date_valid (date))
    value = *date;

  if (g_date_valid (&value) == g_date_valid (&self->start_date) &&
      (!g_date_valid (&value) || g_date_compare (&value, &self->start_date) == 0))
    return;

  self->start_date = value;
  emit_changed (self);
}

guint
physio_programme_get_weeks (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), 0);

  return self->weeks;
}

void
physio_programme_set_weeks (PhysioProgramme *self,
                            guint            weeks)
{
  guint old_weeks, n;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (weeks >= 1 && weeks <= PHYSIO_PROGRAMME_MAX_WEEKS);

  if (self->weeks == weeks)
    return;

  old_weeks = self->weeks;
  self->weeks = weeks;

  physio_programme_begin_batch (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->prescriptions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhysioPrescription) prescription =
        g_list_model_get_item (G_LIST_MODEL (self->prescriptions), i);
      guint from = physio_prescription_get_week_from (prescription);
      guint to = physio_prescription_get_week_to (prescription);

      if (to > weeks && from <= weeks)
        physio_prescription_set_weeks (prescription, from, weeks);
      else if (weeks > old_weeks && to == old_weeks)
        physio_prescription_set_weeks (prescription, from, weeks);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKS]);
  self->batch_changed = TRUE;
  physio_programme_end_batch (self);
}

PhysioProgrammeStatus
physio_programme_get_status (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), PHYSIO_PROGRAMME_DRAFT);

  return self->status;
}

void
physio_programme_set_status (PhysioProgramme       *self,
                             PhysioProgrammeStatus  status)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (status <= PHYSIO_PROGRAMME_COMPLETED);

  if (self->status == status)
    return;

  self->status = status;
  notify_and_emit (self, PROP_STATUS);
}

PhysioProgressionMode
physio_programme_get_mode (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), PHYSIO_MODE_PAIN_MONITORED);

  return self->mode;
}

void
physio_programme_set_mode (PhysioProgramme       *self,
                           PhysioProgressionMode  mode)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (mode <= PHYSIO_MODE_MANUAL);

  if (self->mode == mode)
    return;

  self->mode = mode;
  notify_and_emit (self, PROP_MODE);
}

const PhysioRuleParams *
physio_programme_get_rule_params (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  return &self->params;
}

void
physio_programme_set_rule_params (PhysioProgramme        *self,
                                  const PhysioRuleParams *params)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (params != NULL);

  self->params = *params;
  emit_changed (self);
}

GListModel *
physio_programme_get_prescriptions (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->prescriptions);
}

guint
physio_programme_get_n_prescriptions (PhysioProgramme *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->prescriptions));
}

PhysioPrescription *
physio_programme_get_prescription (PhysioProgramme *self,
                                   guint            position)
{
  g_autoptr(PhysioPrescription) prescription = NULL;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  /* Borrowed: the store holds its own reference for as long as the item is in it. */
  prescription = g_list_model_get_item (G_LIST_MODEL (self->prescriptions), position);
  g_return_val_if_fail (prescription != NULL, NULL);

  return prescription;
}

void
physio_programme_add_prescription (PhysioProgramme    *self,
                                   PhysioPrescription *prescription)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  physio_programme_insert_prescription (self, physio_programme_get_n_prescriptions (self),
                                        prescription);
}

void
physio_programme_insert_prescription (PhysioProgramme    *self,
                                      guint               position,
                                      PhysioPrescription *prescription)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (prescription));
  g_return_if_fail (position <= physio_programme_get_n_prescriptions (self));

  g_list_store_insert (self->prescriptions, position, prescription);
  watch_prescription (self, prescription);
  emit_changed (self);
}

void
physio_programme_remove_prescription (PhysioProgramme *self,
                                      guint            position)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (position < physio_programme_get_n_prescriptions (self));

  unwatch_prescription (self, physio_programme_get_prescription (self, position));
  g_list_store_remove (self->prescriptions, position);
  emit_changed (self);
}

void
physio_programme_move_prescription (PhysioProgramme *self,
                                    guint            from,
                                    guint            to)
{
  g_autoptr(GPtrArray) moved = NULL;
  guint n, lo, hi;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  n = physio_programme_get_n_prescriptions (self);
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  /* Rewrite just the span between the two places in one splice: views see one change. */
  lo = MIN (from, to);
  hi = MAX (from, to);
  moved = g_ptr_array_new_full (hi - lo + 1, g_object_unref);
  for (guint i = lo; i <= hi; i++)
    g_ptr_array_add (moved, g_list_model_get_item (G_LIST_MODEL (self->prescriptions), i));

  if (from < to)
    {
      gpointer item = moved->pdata[0];

      memmove (&moved->pdata[0], &moved->pdata[1], (hi - lo) * sizeof (gpointer));
      moved->pdata[hi - lo] = item;
    }
  else
    {
      gpointer item = moved->pdata[hi - lo];

      memmove (&moved->pdata[1], &moved->pdata[0], (hi - lo) * sizeof (gpointer));
      moved->pdata[0] = item;
    }

  g_list_store_splice (self->prescriptions, lo, hi - lo + 1, moved->pdata, moved->len);
  emit_changed (self);
}

PhysioPrescription *
physio_programme_find_prescription (PhysioProgramme *self,
                                    gint64           id)
{
  guint n;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  /* Unsaved prescriptions all have id 0, so 0 names none of them. */
  if (id <= 0)
    return NULL;

  n = physio_programme_get_n_prescriptions (self);
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (self, i);

      if (physio_prescription_get_id (prescription) == id)
        return prescription;
    }

  return NULL;
}

const PhysioPhase *
physio_programme_get_phases (PhysioProgramme *self,
                             guint           *n_phases)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  if (n_phases != NULL)
    *n_phases = self->phases->len;

  return (const PhysioPhase *) self->phases->data;
}

void
physio_programme_add_phase (PhysioProgramme *self,
                            const char      *name,
                            guint            week_from,
                            guint            week_to,
                            const char      *goals)
{
  PhysioPhase phase;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (week_from >= 1 && week_from <= week_to);

  phase = (PhysioPhase) {
    .name = g_strdup (name),
    .week_from = week_from,
    .week_to = week_to,
    .goals = g_strdup (goals),
  };
  g_array_append_val (self->phases, phase);
  emit_changed (self);
}

void
physio_programme_clear_phases (PhysioProgramme *self)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  if (self->phases->len == 0)
    return;

  g_array_set_size (self->phases, 0);
  emit_changed (self);
}

const PhysioEducationItem *
physio_programme_get_education (PhysioProgramme *self,
                                guint           *n_items)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), NULL);

  if (n_items != NULL)
    *n_items = self->education->len;

  return (const PhysioEducationItem *) self->education->data;
}

void
physio_programme_add_education (PhysioProgramme *self,
                                guint            week,
                                const char      *title,
                                const char      *body)
{
  PhysioEducationItem item;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));
  g_return_if_fail (title != NULL);

  item = (PhysioEducationItem) {
    .week = week,
    .title = g_strdup (title),
    .body = g_strdup (body),
  };
  g_array_append_val (self->education, item);
  emit_changed (self);
}

void
physio_programme_clear_education (PhysioProgramme *self)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME (self));

  if (self->education->len == 0)
    return;

  g_array_set_size (self->education, 0);
  emit_changed (self);
}

guint
physio_programme_week_of (PhysioProgramme *self,
                          const GDate     *date)
{
  int days;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (self), 0);
  g_return_val_if_fail (date != NULL, 0);

  if (!g_date_valid (&self->start_date) || !g_date_valid (date))
    return 0;

  days = g_date_days_between (&self->start_date, date);
  if (days < 0)
    return 0;

  return (guint) days / 7 + 1;
}

static const struct
{
  const char *code;
  const char *label;
} statuses[] = {
  [PHYSIO_PROGRAMME_DRAFT] = { "draft", N_("Draft") },
  [PHYSIO_PROGRAMME_ACTIVE] = { "active", N_("Active") },
  [PHYSIO_PROGRAMME_PAUSED] = { "paused", N_("Paused") },
  [PHYSIO_PROGRAMME_SUSPENDED] = { "suspended", N_("Suspended") },
  [PHYSIO_PROGRAMME_COMPLETED] = { "completed", N_("Completed") },
};

const char *
physio_programme_status_to_code (PhysioProgrammeStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (statuses), NULL);

  return statuses[status].code;
}

gboolean
physio_programme_status_from_code (const char            *code,
                                   PhysioProgrammeStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_strcmp0 (code, statuses[i].code) == 0)
        {
          *status = (PhysioProgrammeStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
physio_programme_status_label (PhysioProgrammeStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (statuses), NULL);

  return g_dgettext (GETTEXT_PACKAGE, statuses[status].label);
}

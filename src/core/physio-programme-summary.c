/* physio-programme-summary.c: what a list of programmes shows of each one
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-core-enums.h"
#include "physio-programme-summary.h"

struct _PhysioProgrammeSummary
{
  GObject               parent_instance;

  gint64                id;
  gint64                patient_id;
  char                 *title;
  PhysioProgrammeStatus status;
  GDate                 start_date;
  guint                 weeks;
  guint                 n_prescriptions;
};

G_DEFINE_FINAL_TYPE (PhysioProgrammeSummary, physio_programme_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PATIENT_ID,
  PROP_TITLE,
  PROP_STATUS,
  PROP_START_DATE,
  PROP_WEEKS,
  PROP_N_PRESCRIPTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

PhysioProgrammeSummary *
physio_programme_summary_new (gint64 id)
{
  return g_object_new (PHYSIO_TYPE_PROGRAMME_SUMMARY, "id", id, NULL);
}

PhysioProgrammeSummary *
physio_programme_summary_new_from_programme (PhysioProgramme *programme)
{
  PhysioProgrammeSummary *self;
  guint n = 0;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  self = physio_programme_summary_new (physio_programme_get_id (programme));
  self->patient_id = physio_programme_get_patient_id (programme);
  self->title = g_strdup (physio_programme_get_title (programme));
  self->status = physio_programme_get_status (programme);
  self->start_date = *physio_programme_get_start_date (programme);
  self->weeks = physio_programme_get_weeks (programme);
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    if (!physio_prescription_get_removed (physio_programme_get_prescription (programme, i)))
      n++;
  self->n_prescriptions = n;

  return self;
}

gint64
physio_programme_summary_get_id (PhysioProgrammeSummary *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), 0);

  return self->id;
}

gint64
physio_programme_summary_get_patient_id (PhysioProgrammeSummary *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), 0);

  return self->patient_id;
}

void
physio_programme_summary_set_patient_id (PhysioProgrammeSummary *self,
                                         gint64                  patient_id)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self));

  if (self->patient_id == patient_id)
    return;
  self->patient_id = patient_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_ID]);
}

const char *
physio_programme_summary_get_title (PhysioProgrammeSummary *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), NULL);

  return self->title;
}

void
physio_programme_summary_set_title (PhysioProgrammeSummary *self,
                                    const char             *title)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

PhysioProgrammeStatus
physio_programme_summary_get_status (PhysioProgrammeSummary *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), PHYSIO_PROGRAMME_DRAFT);

  return self->status;
}

void
physio_programme_summary_set_status (PhysioProgrammeSummary *self,
                                     PhysioProgrammeStatus   status)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const GDate *
physio_programme_summary_get_start_date (PhysioProgrammeSummary *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), NULL);

  return &self->start_date;
}

void
physio_programme_summary_set_start_date (PhysioProgrammeSummary *self,
                                         const GDate            *date)
{
  gboolean valid = date != NULL && g_date_valid (date);

  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self));

  if (valid == g_date_valid (&self->start_date) &&
      (!valid || g_date_compare (date, &self->start_date) == 0))
    return;

  if (valid)
    self->start_date = *date;
  else
    g_date_clear (&self->start_date, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

guint
physio_programme_summary_get_weeks (PhysioProgrammeSummary *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), 0);

  return self->weeks;
}

void
physio_programme_summary_set_weeks (PhysioProgrammeSummary *self,
                                    guint                   weeks)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self));

  if (self->weeks == weeks)
    return;
  self->weeks = weeks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKS]);
}

guint
physio_programme_summary_get_n_prescriptions (PhysioProgrammeSummary *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), 0);

  return self->n_prescriptions;
}

void
physio_programme_summary_set_n_prescriptions (PhysioProgrammeSummary *self,
                                              guint                   n)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self));

  if (self->n_prescriptions == n)
    return;
  self->n_prescriptions = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PRESCRIPTIONS]);
}

guint
physio_programme_summary_week_of (PhysioProgrammeSummary *self,
                                  const GDate            *date)
{
  int days;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self), 0);
  g_return_val_if_fail (date != NULL, 0);

  if (!g_date_valid (&self->start_date) || !g_date_valid (date))
    return 0;

  days = g_date_days_between (&self->start_date, date);
  return days < 0 ? 0 : (guint) days / 7 + 1;
}

void
physio_programme_summary_update (PhysioProgrammeSummary *self,
                                 PhysioProgrammeSummary *from)
{
  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (self));
  g_return_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (from));

  /* One notify per property that changed, sent together once all are set. */
  g_object_freeze_notify (G_OBJECT (self));
  physio_programme_summary_set_patient_id (self, from->patient_id);
  physio_programme_summary_set_title (self, from->title);
  physio_programme_summary_set_status (self, from->status);
  physio_programme_summary_set_start_date (self, &from->start_date);
  physio_programme_summary_set_weeks (self, from->weeks);
  physio_programme_summary_set_n_prescriptions (self, from->n_prescriptions);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
physio_programme_summary_finalize (GObject *object)
{
  PhysioProgrammeSummary *self = PHYSIO_PROGRAMME_SUMMARY (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (physio_programme_summary_parent_class)->finalize (object);
}

static void
physio_programme_summary_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PhysioProgrammeSummary *self = PHYSIO_PROGRAMME_SUMMARY (object);

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
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_START_DATE:
      g_value_set_boxed (value, g_date_valid (&self->start_date) ? &self->start_date : NULL);
      break;
    case PROP_WEEKS:
      g_value_set_uint (value, self->weeks);
      break;
    case PROP_N_PRESCRIPTIONS:
      g_value_set_uint (value, self->n_prescriptions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_summary_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PhysioProgrammeSummary *self = PHYSIO_PROGRAMME_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_summary_class_init (PhysioProgrammeSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = physio_programme_summary_finalize;
  object_class->get_property = physio_programme_summary_get_property;
  object_class->set_property = physio_programme_summary_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT_ID] =
    g_param_spec_int64 ("patient-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PHYSIO_TYPE_PROGRAMME_STATUS, PHYSIO_PROGRAMME_DRAFT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_DATE] =
    g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEKS] =
    g_param_spec_uint ("weeks", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PRESCRIPTIONS] =
    g_param_spec_uint ("n-prescriptions", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
physio_programme_summary_init (PhysioProgrammeSummary *self)
{
  g_date_clear (&self->start_date, 1);
}

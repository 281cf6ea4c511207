/* physio-patient.c: a patient record (brief 2.5, 7.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <string.h>

#include "physio-patient.h"
#include "physio-vocabulary.h"

#define NAME_MAX_CHARS 120
/* Nobody alive was born before this; it also catches "196" typed for "1961". */
#define BIRTH_YEAR_MIN 1900

/* Brief glossary: < 4 weeks acute, 4–12 weeks subacute, > 12 weeks chronic [ACP 2017]. */
#define SUBACUTE_FROM_DAYS (4 * 7)
#define CHRONIC_AFTER_DAYS (12 * 7)

struct _PhysioPatient
{
  GObject   parent_instance;

  gint64    id;
  char     *name;
  char     *clinic_ref;
  char     *birth;
  GDate     onset;
  char     *stage_override;
  gboolean  radicular;
  char    **conditions;
  char     *notes;
  gboolean  archived;

  /* The intake red-flag screen; screened is FALSE until one is recorded. */
  gboolean  screened;
  char     *screened_by;
  GDate     screened_on;
  char    **red_flags;
  char     *screen_notes;
};

G_DEFINE_FINAL_TYPE (PhysioPatient, physio_patient, G_TYPE_OBJECT)

G_DEFINE_QUARK (physio-patient-error-quark, physio_patient_error)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CLINIC_REF,
  PROP_BIRTH,
  PROP_STAGE_OVERRIDE,
  PROP_RADICULAR,
  PROP_NOTES,
  PROP_ARCHIVED,
  PROP_HAS_RED_FLAG_SCREEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

/* NULL and "" both mean "not given": optional fields come back from forms as "". */
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

static void
physio_patient_finalize (GObject *object)
{
  PhysioPatient *self = (PhysioPatient *) object;

  g_free (self->name);
  g_free (self->clinic_ref);
  g_free (self->birth);
  g_free (self->stage_override);
  g_strfreev (self->conditions);
  g_free (self->notes);
  g_free (self->screened_by);
  g_strfreev (self->red_flags);
  g_free (self->screen_notes);

  G_OBJECT_CLASS (physio_patient_parent_class)->finalize (object);
}

static void
physio_patient_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PhysioPatient *self = PHYSIO_PATIENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CLINIC_REF:
      g_value_set_string (value, self->clinic_ref);
      break;
    case PROP_BIRTH:
      g_value_set_string (value, self->birth);
      break;
    case PROP_STAGE_OVERRIDE:
      g_value_set_string (value, self->stage_override);
      break;
    case PROP_RADICULAR:
      g_value_set_boolean (value, self->radicular);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_HAS_RED_FLAG_SCREEN:
      g_value_set_boolean (value, self->screened);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_patient_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PhysioPatient *self = PHYSIO_PATIENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      physio_patient_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      physio_patient_set_name (self, g_value_get_string (value));
      break;
    case PROP_CLINIC_REF:
      physio_patient_set_clinic_ref (self, g_value_get_string (value));
      break;
    case PROP_BIRTH:
      physio_patient_set_birth (self, g_value_get_string (value));
      break;
    case PROP_STAGE_OVERRIDE:
      physio_patient_set_stage_override (self, g_value_get_string (value));
      break;
    case PROP_RADICULAR:
      physio_patient_set_radicular (self, g_value_get_boolean (value));
      break;
    case PROP_NOTES:
      physio_patient_set_notes (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVED:
      physio_patient_set_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_patient_class_init (PhysioPatientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = physio_patient_finalize;
  object_class->get_property = physio_patient_get_property;
  object_class->set_property = physio_patient_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_CLINIC_REF] =
    g_param_spec_string ("clinic-ref", NULL, NULL, NULL, flags);
  properties[PROP_BIRTH] =
    g_param_spec_string ("birth", NULL, NULL, NULL, flags);
  properties[PROP_STAGE_OVERRIDE] =
    g_param_spec_string ("stage-override", NULL, NULL, NULL, flags);
  properties[PROP_RADICULAR] =
    g_param_spec_boolean ("radicular", NULL, NULL, FALSE, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);
  properties[PROP_HAS_RED_FLAG_SCREEN] =
    g_param_spec_boolean ("has-red-flag-screen", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
physio_patient_init (PhysioPatient *self)
{
  self->name = g_strdup ("");
  self->conditions = g_strdupv ((char **) empty_strv);
  self->red_flags = g_strdupv ((char **) empty_strv);
  g_date_clear (&self->onset, 1);
  g_date_clear (&self->screened_on, 1);
}

PhysioPatient *
physio_patient_new (void)
{
  return g_object_new (PHYSIO_TYPE_PATIENT, NULL);
}

PhysioPatient *
physio_patient_copy (PhysioPatient *self)
{
  PhysioPatient *copy;

  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  copy = physio_patient_new ();
  copy->id = self->id;
  g_free (copy->name);
  copy->name = g_strdup (self->name);
  copy->clinic_ref = g_strdup (self->clinic_ref);
  copy->birth = g_strdup (self->birth);
  copy->onset = self->onset;
  copy->stage_override = g_strdup (self->stage_override);
  copy->radicular = self->radicular;
  g_strfreev (copy->conditions);
  copy->conditions = g_strdupv (self->conditions);
  copy->notes = g_strdup (self->notes);
  copy->archived = self->archived;
  copy->screened = self->screened;
  copy->screened_by = g_strdup (self->screened_by);
  copy->screened_on = self->screened_on;
  g_strfreev (copy->red_flags);
  copy->red_flags = g_strdupv (self->red_flags);
  copy->screen_notes = g_strdup (self->screen_notes);

  return copy;
}

gint64
physio_patient_get_id (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), 0);

  return self->id;
}

void
physio_patient_set_id (PhysioPatient *self,
                       gint64         id)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
physio_patient_get_name (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return self->name;
}

void
physio_patient_set_name (PhysioPatient *self,
                         const char    *name)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  /* The name is never NULL, so lists can show it as is. */
  if (name == NULL)
    name = "";
  if (g_str_equal (self->name, name))
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
physio_patient_get_clinic_ref (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return self->clinic_ref;
}

void
physio_patient_set_clinic_ref (PhysioPatient *self,
                               const char    *ref)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  if (replace_optional (&self->clinic_ref, ref))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLINIC_REF]);
}

const char *
physio_patient_get_birth (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return self->birth;
}

void
physio_patient_set_birth (PhysioPatient *self,
                          const char    *birth)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  if (replace_optional (&self->birth, birth))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH]);
}

const GDate *
physio_patient_get_onset (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return &self->onset;
}

void
physio_patient_set_onset (PhysioPatient *self,
                          const GDate   *onset)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  /* NULL or an invalid date clears it. */
  if (onset != NULL && g_date_valid (onset))
    self->onset = *onset;
  else
    g_date_clear (&self->onset, 1);
}

const char *
physio_patient_get_stage_override (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return self->stage_override;
}

void
physio_patient_set_stage_override (PhysioPatient *self,
                                   const char    *stage)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  if (replace_optional (&self->stage_override, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE_OVERRIDE]);
}

static void
today_or_now (const GDate *today,
              GDate       *out)
{
  g_date_clear (out, 1);
  if (today != NULL && g_date_valid (today))
    {
      *out = *today;
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (out, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
}

const char *
physio_stage_from_onset (const GDate *onset,
                         const GDate *today)
{
  int days;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (onset == NULL || !g_date_valid (onset))
    return NULL;

  days = g_date_days_between (onset, today);
  if (days < 0)
    return NULL;
  if (days < SUBACUTE_FROM_DAYS)
    return "acute";
  if (days <= CHRONIC_AFTER_DAYS)
    return "subacute";
  return "chronic";
}

const char *
physio_patient_get_stage (PhysioPatient *self,
                          const GDate   *today)
{
  GDate date;

  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  if (self->stage_override != NULL)
    return self->stage_override;

  today_or_now (today, &date);
  return physio_stage_from_onset (&self->onset, &date);
}

gboolean
physio_patient_get_radicular (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), FALSE);

  return self->radicular;
}

void
physio_patient_set_radicular (PhysioPatient *self,
                              gboolean       radicular)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  radicular = !!radicular;
  if (self->radicular == radicular)
    return;

  self->radicular = radicular;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RADICULAR]);
}

const char * const *
physio_patient_get_conditions (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return (const char * const *) self->conditions;
}

/* A copy of @v without repeats or empty strings, in the order given. */
static char **
strv_unique (const char * const *v)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; v != NULL && v[i] != NULL; i++)
    {
      if (*v[i] == '\0' || g_ptr_array_find_with_equal_func (seen, v[i], g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) v[i]);
      g_strv_builder_add (builder, v[i]);
    }

  return g_strv_builder_end (builder);
}

void
physio_patient_set_conditions (PhysioPatient      *self,
                               const char * const *conditions)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  g_strfreev (self->conditions);
  self->conditions = strv_unique (conditions);
}

gboolean
physio_patient_has_condition (PhysioPatient *self,
                              const char    *condition)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), FALSE);
  g_return_val_if_fail (condition != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->conditions, condition);
}

const char *
physio_patient_get_notes (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return self->notes;
}

void
physio_patient_set_notes (PhysioPatient *self,
                          const char    *notes)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  if (replace_optional (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gboolean
physio_patient_get_archived (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), FALSE);

  return self->archived;
}

void
physio_patient_set_archived (PhysioPatient *self,
                             gboolean       archived)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

gboolean
physio_patient_has_red_flag_screen (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), FALSE);

  return self->screened;
}

const char *
physio_patient_get_screened_by (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return self->screened_by;
}

const GDate *
physio_patient_get_screened_on (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return &self->screened_on;
}

const char * const *
physio_patient_get_red_flags (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return (const char * const *) self->red_flags;
}

const char *
physio_patient_get_screen_notes (PhysioPatient *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), NULL);

  return self->screen_notes;
}

void
physio_patient_record_screen (PhysioPatient      *self,
                              const char         *screened_by,
                              const GDate        *screened_on,
                              const char * const *red_flags_present,
                              const char         *notes)
{
  gboolean was_screened;

  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  was_screened = self->screened;
  self->screened = TRUE;
  replace_optional (&self->screened_by, screened_by);
  if (screened_on != NULL && g_date_valid (screened_on))
    self->screened_on = *screened_on;
  else
    g_date_clear (&self->screened_on, 1);
  g_strfreev (self->red_flags);
  self->red_flags = strv_unique (red_flags_present);
  replace_optional (&self->screen_notes, notes);

  if (!was_screened)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_RED_FLAG_SCREEN]);
}

void
physio_patient_clear_screen (PhysioPatient *self)
{
  g_return_if_fail (PHYSIO_IS_PATIENT (self));

  if (!self->screened)
    return;

  self->screened = FALSE;
  g_clear_pointer (&self->screened_by, g_free);
  g_date_clear (&self->screened_on, 1);
  g_strfreev (self->red_flags);
  self->red_flags = g_strdupv ((char **) empty_strv);
  g_clear_pointer (&self->screen_notes, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_RED_FLAG_SCREEN]);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PHYSIO_PATIENT_ERROR, PHYSIO_PATIENT_ERROR_INVALID, message);
  return FALSE;
}

/* Reads "YYYY" (only the year is known: *month is 0) or a real "YYYY-MM-DD". */
static gboolean
parse_birth (const char *text,
             guint      *year,
             guint      *month,
             guint      *day)
{
  gsize len = strlen (text);

  for (gsize i = 0; i < len; i++)
    {
      gboolean dash = (i == 4 || i == 7);

      if (dash ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  if (len != 4 && len != 10)
    return FALSE;

  *year = (guint) g_ascii_strtoull (text, NULL, 10);
  *month = 0;
  *day = 0;
  if (len == 4)
    return TRUE;

  *month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  *day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  return g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
}

static gboolean
validate_birth_and_onset (PhysioPatient  *self,
                          const GDate    *today,
                          GError        **error)
{
  guint year = 0, month = 0, day = 0;

  if (self->birth != NULL)
    {
      if (!parse_birth (self->birth, &year, &month, &day))
        return invalid (error, _("Birth must be a year (1961) or a date (1961-04-23)."));
      if (year < BIRTH_YEAR_MIN)
        return invalid (error, _("Birth: the year must be 1900 or later."));
      if (year > g_date_get_year (today))
        return invalid (error, _("Birth cannot be in the future."));
      if (month > 0)
        {
          GDate born;

          g_date_clear (&born, 1);
          g_date_set_dmy (&born, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
          if (g_date_compare (&born, today) > 0)
            return invalid (error, _("Birth cannot be in the future."));
        }
    }

  if (g_date_valid (&self->onset))
    {
      if (g_date_compare (&self->onset, today) > 0)
        return invalid (error, _("Onset cannot be in the future."));

      if (year > 0 && month == 0 && g_date_get_year (&self->onset) < year)
        return invalid (error, _("Onset cannot be before the year of birth."));
      if (month > 0)
        {
          GDate born;

          g_date_clear (&born, 1);
          g_date_set_dmy (&born, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
          if (g_date_compare (&self->onset, &born) < 0)
            return invalid (error, _("Onset cannot be before the date of birth."));
        }
    }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_screen (PhysioPatient  *self,
                 const GDate    *today,
                 GError        **error)
{
  if (!self->screened)
    return TRUE;

  if (is_blank (self->screened_by))
    return invalid (error, _("Red-flag screen: name the clinician who did it."));
  if (!g_date_valid (&self->screened_on))
    return invalid (error, _("Red-flag screen: enter the date it was done."));
  if (g_date_compare (&self->screened_on, today) > 0)
    return invalid (error, _("Red-flag screen: the date cannot be in the future."));

  for (guint i = 0; self->red_flags[i] != NULL; i++)
    {
      if (!physio_vocab_is_valid (PHYSIO_VOCAB_RED_FLAG, self->red_flags[i]))
        {
          g_set_error (error, PHYSIO_PATIENT_ERROR, PHYSIO_PATIENT_ERROR_INVALID,
                       _("Red-flag screen: “%s” is not an item of the screen."),
                       self->red_flags[i]);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
physio_patient_validate (PhysioPatient  *self,
                         const GDate    *today,
                         GError        **error)
{
  GDate date;

  g_return_val_if_fail (PHYSIO_IS_PATIENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  today_or_now (today, &date);

  if (is_blank (self->name))
    return invalid (error, _("Name: enter the patient’s name."));
  if (g_utf8_strlen (self->name, -1) > NAME_MAX_CHARS)
    return invalid (error, _("Name: at most 120 characters."));

  if (!validate_birth_and_onset (self, &date, error))
    return FALSE;

  /* "any" suits exercises, not a patient: a patient is in one stage. */
  if (self->stage_override != NULL &&
      (!physio_vocab_is_valid (PHYSIO_VOCAB_STAGE, self->stage_override) ||
       g_str_equal (self->stage_override, "any")))
    return invalid (error, _("Stage must be acute, subacute or chronic."));

  for (guint i = 0; self->conditions[i] != NULL; i++)
    {
      if (!physio_vocab_is_valid (PHYSIO_VOCAB_CONDITION, self->conditions[i]))
        {
          g_set_error (error, PHYSIO_PATIENT_ERROR, PHYSIO_PATIENT_ERROR_INVALID,
                       _("Conditions: “%s” is not a known condition."), self->conditions[i]);
          return FALSE;
        }
    }

  return validate_screen (self, &date, error);
}

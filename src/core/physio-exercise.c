/* physio-exercise.c: one exercise of the library (brief 2.2)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <string.h>

#include "physio-exercise.h"
#include "physio-vocabulary.h"

#define NAME_MAX_CHARS    80
#define STEPS_MIN         3
#define STEPS_MAX         5
#define STEP_MAX_CHARS    160
#define CUES_MAX          3
#define CUE_MAX_CHARS     80
#define CAUTION_MAX_CHARS 200

struct _PhysioExercise
{
  GObject               parent_instance;

  char                 *id;
  char                 *name;
  char                 *category;
  char                 *position;
  PhysioDosageKind      dosage_kind;
  PhysioLaterality      laterality;
  PhysioExerciseSource  source;
  guint                 version;
  gboolean              walking;

  char                 *caution_text;
  char                 *contraindication_text;
  char                 *progression_note;
  char                 *regression_note;

  char                **aliases;
  char                **steps;
  char                **cues;
  char                **regions;
  char                **equipment;
  char                **stages;
  char                **caution_codes;
  char                **evidence_tags;
  char                **progression_ids;
  char                **regression_ids;

  PhysioDose            default_dose;
  PhysioDoseLimits      dose_limits;

  /* Lists show the summary of every row they draw; formatting it once per change, not once
   * per draw, keeps scrolling through a large library cheap. */
  char                 *dose_summary;
};

G_DEFINE_FINAL_TYPE (PhysioExercise, physio_exercise, G_TYPE_OBJECT)

G_DEFINE_QUARK (physio-exercise-error-quark, physio_exercise_error)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_POSITION,
  PROP_DOSAGE_KIND,
  PROP_LATERALITY,
  PROP_SOURCE,
  PROP_VERSION,
  PROP_WALKING,
  PROP_CAUTION_TEXT,
  PROP_DOSE_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

/* Strings are never NULL inside the object, so getters can hand them straight to labels. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (*field != NULL && g_str_equal (*field, value))
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
replace_strv (char               ***field,
              const char * const   *value)
{
  char **copy = g_strdupv ((char **) (value != NULL ? value : empty_strv));

  g_strfreev (*field);
  *field = copy;
}

static void
invalidate_dose_summary (PhysioExercise *self)
{
  g_clear_pointer (&self->dose_summary, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSE_SUMMARY]);
}

static void
physio_exercise_finalize (GObject *object)
{
  PhysioExercise *self = (PhysioExercise *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->category);
  g_free (self->position);
  g_free (self->caution_text);
  g_free (self->contraindication_text);
  g_free (self->progression_note);
  g_free (self->regression_note);
  g_strfreev (self->aliases);
  g_strfreev (self->steps);
  g_strfreev (self->cues);
  g_strfreev (self->regions);
  g_strfreev (self->equipment);
  g_strfreev (self->stages);
  g_strfreev (self->caution_codes);
  g_strfreev (self->evidence_tags);
  g_strfreev (self->progression_ids);
  g_strfreev (self->regression_ids);
  physio_dose_clear (&self->default_dose);
  g_free (self->dose_summary);

  G_OBJECT_CLASS (physio_exercise_parent_class)->finalize (object);
}

static void
physio_exercise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PhysioExercise *self = PHYSIO_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;
    case PROP_DOSAGE_KIND:
      g_value_set_enum (value, self->dosage_kind);
      break;
    case PROP_LATERALITY:
      g_value_set_enum (value, self->laterality);
      break;
    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;
    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;
    case PROP_WALKING:
      g_value_set_boolean (value, self->walking);
      break;
    case PROP_CAUTION_TEXT:
      g_value_set_string (value, self->caution_text);
      break;
    case PROP_DOSE_SUMMARY:
      g_value_set_string (value, physio_exercise_get_dose_summary (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PhysioExercise *self = PHYSIO_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      physio_exercise_set_id (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      physio_exercise_set_name (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY:
      physio_exercise_set_category (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      physio_exercise_set_position (self, g_value_get_string (value));
      break;
    case PROP_DOSAGE_KIND:
      physio_exercise_set_dosage_kind (self, g_value_get_enum (value));
      break;
    case PROP_LATERALITY:
      physio_exercise_set_laterality (self, g_value_get_enum (value));
      break;
    case PROP_SOURCE:
      physio_exercise_set_source (self, g_value_get_enum (value));
      break;
    case PROP_VERSION:
      physio_exercise_set_version (self, g_value_get_uint (value));
      break;
    case PROP_WALKING:
      physio_exercise_set_walking (self, g_value_get_boolean (value));
      break;
    case PROP_CAUTION_TEXT:
      physio_exercise_set_caution_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_class_init (PhysioExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = physio_exercise_finalize;
  object_class->get_property = physio_exercise_get_property;
  object_class->set_property = physio_exercise_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSAGE_KIND] =
    g_param_spec_enum ("dosage-kind", NULL, NULL,
                       PHYSIO_TYPE_DOSAGE_KIND, PHYSIO_DOSAGE_REPS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATERALITY] =
    g_param_spec_enum ("laterality", NULL, NULL,
                       PHYSIO_TYPE_LATERALITY, PHYSIO_LATERALITY_BILATERAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL,
                       PHYSIO_TYPE_EXERCISE_SOURCE, PHYSIO_EXERCISE_CUSTOM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WALKING] =
    g_param_spec_boolean ("walking", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAUTION_TEXT] =
    g_param_spec_string ("caution-text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE_SUMMARY] =
    g_param_spec_string ("dose-summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
physio_exercise_init (PhysioExercise *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->category = g_strdup ("");
  self->position = g_strdup ("");
  self->dosage_kind = PHYSIO_DOSAGE_REPS;
  self->laterality = PHYSIO_LATERALITY_BILATERAL;
  self->source = PHYSIO_EXERCISE_CUSTOM;
  self->version = 1;
  self->caution_text = g_strdup ("");
  self->contraindication_text = g_strdup ("");
  self->progression_note = g_strdup ("");
  self->regression_note = g_strdup ("");
  self->aliases = g_new0 (char *, 1);
  self->steps = g_new0 (char *, 1);
  self->cues = g_new0 (char *, 1);
  self->regions = g_new0 (char *, 1);
  self->equipment = g_new0 (char *, 1);
  self->stages = g_new0 (char *, 1);
  self->caution_codes = g_new0 (char *, 1);
  self->evidence_tags = g_new0 (char *, 1);
  self->progression_ids = g_new0 (char *, 1);
  self->regression_ids = g_new0 (char *, 1);
  physio_dose_init (&self->default_dose);
}

PhysioExercise *
physio_exercise_new (void)
{
  return g_object_new (PHYSIO_TYPE_EXERCISE, NULL);
}

PhysioExercise *
physio_exercise_copy (PhysioExercise *self)
{
  PhysioExercise *copy;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), NULL);

  copy = physio_exercise_new ();

  replace_string (&copy->id, self->id);
  replace_string (&copy->name, self->name);
  replace_string (&copy->category, self->category);
  replace_string (&copy->position, self->position);
  copy->dosage_kind = self->dosage_kind;
  copy->laterality = self->laterality;
  copy->source = self->source;
  copy->version = self->version;
  copy->walking = self->walking;

  replace_string (&copy->caution_text, self->caution_text);
  replace_string (&copy->contraindication_text, self->contraindication_text);
  replace_string (&copy->progression_note, self->progression_note);
  replace_string (&copy->regression_note, self->regression_note);

  replace_strv (&copy->aliases, (const char * const *) self->aliases);
  replace_strv (&copy->steps, (const char * const *) self->steps);
  replace_strv (&copy->cues, (const char * const *) self->cues);
  replace_strv (&copy->regions, (const char * const *) self->regions);
  replace_strv (&copy->equipment, (const char * const *) self->equipment);
  replace_strv (&copy->stages, (const char * const *) self->stages);
  replace_strv (&copy->caution_codes, (const char * const *) self->caution_codes);
  replace_strv (&copy->evidence_tags, (const char * const *) self->evidence_tags);
  replace_strv (&copy->progression_ids, (const char * const *) self->progression_ids);
  replace_strv (&copy->regression_ids, (const char * const *) self->regression_ids);

  physio_dose_copy_into (&copy->default_dose, &self->default_dose);
  copy->dose_limits = self->dose_limits;

  return copy;
}

char *
physio_exercise_new_custom_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("X-", uuid, NULL);
}

PhysioExercise *
physio_exercise_duplicate (PhysioExercise *self)
{
  PhysioExercise *copy;
  g_autofree char *id = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), NULL);

  copy = physio_exercise_copy (self);
  id = physio_exercise_new_custom_id ();
  base = g_strstrip (g_strdup (self->name));

  /* A name near the 80-character limit would give a copy that cannot be saved; shorten the
   * original part instead, so "Duplicate" always gives a name that validates. */
  for (;;)
    {
      glong excess;

      g_free (name);
      /* TRANSLATORS: the name of a duplicated exercise, as in "Bird dog (copy)" */
      name = g_strdup_printf (_("%s (copy)"), base);
      excess = g_utf8_strlen (name, -1) - NAME_MAX_CHARS;
      if (excess <= 0 || base[0] == '\0')
        break;

      base[g_utf8_offset_to_pointer (base, MAX (g_utf8_strlen (base, -1) - excess, 0)) - base]
        = '\0';
      g_strchomp (base);
    }

  replace_string (&copy->id, id);
  replace_string (&copy->name, name);
  copy->source = PHYSIO_EXERCISE_CUSTOM;
  copy->version = 1;

  return copy;
}

/* Plain accessors
 * --------------- */

#define STRING_ACCESSORS(field, prop)                                      \
const char *                                                               \
physio_exercise_get_##field (PhysioExercise *self)                         \
{                                                                          \
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), NULL);                  \
  return self->field;                                                      \
}                                                                          \
                                                                           \
void                                                                       \
physio_exercise_set_##field (PhysioExercise *self,                         \
                             const char     *value)                        \
{                                                                          \
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));                            \
  if (replace_string (&self->field, value) && (prop) != PROP_0)            \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);          \
}

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (category, PROP_CATEGORY)
STRING_ACCESSORS (position, PROP_POSITION)
STRING_ACCESSORS (caution_text, PROP_CAUTION_TEXT)
STRING_ACCESSORS (contraindication_text, PROP_0)
STRING_ACCESSORS (progression_note, PROP_0)
STRING_ACCESSORS (regression_note, PROP_0)

#define STRV_ACCESSORS(field)                                              \
const char * const *                                                       \
physio_exercise_get_##field (PhysioExercise *self)                         \
{                                                                          \
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), empty_strv);            \
  return (const char * const *) self->field;                               \
}                                                                          \
                                                                           \
void                                                                       \
physio_exercise_set_##field (PhysioExercise     *self,                     \
                             const char * const *value)                    \
{                                                                          \
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));                            \
  replace_strv (&self->field, value);                                      \
}

STRV_ACCESSORS (aliases)
STRV_ACCESSORS (steps)
STRV_ACCESSORS (cues)
STRV_ACCESSORS (regions)
STRV_ACCESSORS (equipment)
STRV_ACCESSORS (stages)
STRV_ACCESSORS (caution_codes)
STRV_ACCESSORS (evidence_tags)
STRV_ACCESSORS (progression_ids)
STRV_ACCESSORS (regression_ids)

PhysioDosageKind
physio_exercise_get_dosage_kind (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), PHYSIO_DOSAGE_REPS);

  return self->dosage_kind;
}

void
physio_exercise_set_dosage_kind (PhysioExercise   *self,
                                 PhysioDosageKind  kind)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));
  g_return_if_fail ((guint) kind <= PHYSIO_DOSAGE_PRACTICE);

  if (self->dosage_kind == kind)
    return;

  self->dosage_kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSAGE_KIND]);
  invalidate_dose_summary (self);
}

PhysioLaterality
physio_exercise_get_laterality (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), PHYSIO_LATERALITY_BILATERAL);

  return self->laterality;
}

void
physio_exercise_set_laterality (PhysioExercise   *self,
                                PhysioLaterality  side)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));
  g_return_if_fail ((guint) side <= PHYSIO_LATERALITY_ALTERNATING);

  if (self->laterality == side)
    return;

  self->laterality = side;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATERALITY]);
  invalidate_dose_summary (self);
}

PhysioExerciseSource
physio_exercise_get_source (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), PHYSIO_EXERCISE_CUSTOM);

  return self->source;
}

void
physio_exercise_set_source (PhysioExercise       *self,
                            PhysioExerciseSource  source)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));
  g_return_if_fail (source == PHYSIO_EXERCISE_CUSTOM || source == PHYSIO_EXERCISE_BUILTIN);

  if (self->source == source)
    return;

  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

gboolean
physio_exercise_is_builtin (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), FALSE);

  return self->source == PHYSIO_EXERCISE_BUILTIN;
}

guint
physio_exercise_get_version (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), 0);

  return self->version;
}

void
physio_exercise_set_version (PhysioExercise *self,
                             guint           version)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));
  g_return_if_fail (version >= 1);

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

gboolean
physio_exercise_get_walking (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), FALSE);

  return self->walking;
}

void
physio_exercise_set_walking (PhysioExercise *self,
                             gboolean        walking)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));

  walking = !!walking;
  if (self->walking == walking)
    return;

  self->walking = walking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALKING]);
}

const PhysioDose *
physio_exercise_get_default_dose (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), NULL);

  return &self->default_dose;
}

void
physio_exercise_set_default_dose (PhysioExercise   *self,
                                  const PhysioDose *dose)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));
  g_return_if_fail (dose != NULL);

  if (dose == &self->default_dose || physio_dose_equal (&self->default_dose, dose))
    return;

  physio_dose_copy_into (&self->default_dose, dose);
  invalidate_dose_summary (self);
}

const PhysioDoseLimits *
physio_exercise_get_dose_limits (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), NULL);

  return &self->dose_limits;
}

void
physio_exercise_set_dose_limits (PhysioExercise         *self,
                                 const PhysioDoseLimits *limits)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE (self));

  if (limits == NULL)
    memset (&self->dose_limits, 0, sizeof self->dose_limits);
  else
    self->dose_limits = *limits;
}

const char *
physio_exercise_get_dose_summary (PhysioExercise *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), NULL);

  if (self->dose_summary == NULL)
    self->dose_summary = physio_dose_format (&self->default_dose,
                                             self->dosage_kind,
                                             self->laterality);

  return self->dose_summary;
}

/* Validation
 * ---------- */

static gboolean
fail (PhysioExerciseField  field,
      PhysioExerciseField *bad_field,
      GError             **error,
      char                *message)
{
  if (bad_field != NULL)
    *bad_field = field;
  g_set_error_literal (error, PHYSIO_EXERCISE_ERROR, PHYSIO_EXERCISE_ERROR_INVALID, message);
  g_free (message);

  return FALSE;
}

/* The first code of @codes that is not in @vocab, or NULL. */
static const char *
find_unknown_code (PhysioVocabulary   vocab,
                   char             **codes)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (!physio_vocab_is_valid (vocab, codes[i]))
        return codes[i];
    }

  return NULL;
}

static gboolean
text_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
validate_codes (PhysioExercise       *self,
                PhysioExerciseField  *bad_field,
                GError              **error)
{
  const char *unknown;
  guint n_equipment;

  if (!physio_vocab_is_valid (PHYSIO_VOCAB_CATEGORY, self->category))
    return fail (PHYSIO_EXERCISE_FIELD_CATEGORY, bad_field, error,
                 g_strdup (_("Choose a category.")));

  if (!physio_vocab_is_valid (PHYSIO_VOCAB_POSITION, self->position))
    return fail (PHYSIO_EXERCISE_FIELD_POSITION, bad_field, error,
                 g_strdup (_("Choose a starting position.")));

  if ((guint) self->dosage_kind > PHYSIO_DOSAGE_PRACTICE
      || (guint) self->laterality > PHYSIO_LATERALITY_ALTERNATING)
    return fail (PHYSIO_EXERCISE_FIELD_DOSAGE_KIND, bad_field, error,
                 g_strdup (_("Choose how the exercise is dosed.")));

  if (self->regions[0] == NULL)
    return fail (PHYSIO_EXERCISE_FIELD_REGIONS, bad_field, error,
                 g_strdup (_("Choose at least one body region.")));
  if ((unknown = find_unknown_code (PHYSIO_VOCAB_REGION, self->regions)) != NULL)
    return fail (PHYSIO_EXERCISE_FIELD_REGIONS, bad_field, error,
                 g_strdup_printf (_("Body region “%s” is not known."), unknown));

  if ((unknown = find_unknown_code (PHYSIO_VOCAB_EQUIPMENT, self->equipment)) != NULL)
    return fail (PHYSIO_EXERCISE_FIELD_EQUIPMENT, bad_field, error,
                 g_strdup_printf (_("Equipment “%s” is not known."), unknown));
  n_equipment = g_strv_length (self->equipment);
  if (n_equipment > 1 && g_strv_contains ((const char * const *) self->equipment, "none"))
    return fail (PHYSIO_EXERCISE_FIELD_EQUIPMENT, bad_field, error,
                 g_strdup (_("Equipment cannot be “No equipment” and something else.")));

  if (self->stages[0] == NULL)
    return fail (PHYSIO_EXERCISE_FIELD_STAGES, bad_field, error,
                 g_strdup (_("Choose at least one stage.")));
  if ((unknown = find_unknown_code (PHYSIO_VOCAB_STAGE, self->stages)) != NULL)
    return fail (PHYSIO_EXERCISE_FIELD_STAGES, bad_field, error,
                 g_strdup_printf (_("Stage “%s” is not known."), unknown));

  if ((unknown = find_unknown_code (PHYSIO_VOCAB_CAUTION, self->caution_codes)) != NULL)
    return fail (PHYSIO_EXERCISE_FIELD_CAUTION, bad_field, error,
                 g_strdup_printf (_("Caution “%s” is not known."), unknown));

  if ((unknown = find_unknown_code (PHYSIO_VOCAB_EVIDENCE, self->evidence_tags)) != NULL)
    return fail (PHYSIO_EXERCISE_FIELD_EVIDENCE, bad_field, error,
                 g_strdup_printf (_("Evidence tag “%s” is not known."), unknown));

  return TRUE;
}

static gboolean
validate_texts (PhysioExercise       *self,
                PhysioExerciseField  *bad_field,
                GError              **error)
{
  guint n_steps = g_strv_length (self->steps);
  guint n_cues = g_strv_length (self->cues);

  if (n_steps < STEPS_MIN)
    return fail (PHYSIO_EXERCISE_FIELD_STEPS, bad_field, error,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Add at least %u step.",
                                               "Add at least %u steps.", STEPS_MIN),
                                  STEPS_MIN));
  if (n_steps > STEPS_MAX)
    return fail (PHYSIO_EXERCISE_FIELD_STEPS, bad_field, error,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Use at most %u step.",
                                               "Use at most %u steps.", STEPS_MAX),
                                  STEPS_MAX));

  /* Steps and cues are numbered from 1 in messages, as the editor and handout show them. */
  for (guint i = 0; i < n_steps; i++)
    {
      if (text_is_blank (self->steps[i]))
        return fail (PHYSIO_EXERCISE_FIELD_STEPS, bad_field, error,
                     g_strdup_printf (_("Step %u is empty."), i + 1));
      if (g_utf8_strlen (self->steps[i], -1) > STEP_MAX_CHARS)
        return fail (PHYSIO_EXERCISE_FIELD_STEPS, bad_field, error,
                     g_strdup_printf (_("Step %u is longer than %u characters."),
                                      i + 1, STEP_MAX_CHARS));
    }

  if (n_cues > CUES_MAX)
    return fail (PHYSIO_EXERCISE_FIELD_CUES, bad_field, error,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Use at most %u cue.",
                                               "Use at most %u cues.", CUES_MAX),
                                  CUES_MAX));

  for (guint i = 0; i < n_cues; i++)
    {
      if (text_is_blank (self->cues[i]))
        return fail (PHYSIO_EXERCISE_FIELD_CUES, bad_field, error,
                     g_strdup_printf (_("Cue %u is empty."), i + 1));
      if (g_utf8_strlen (self->cues[i], -1) > CUE_MAX_CHARS)
        return fail (PHYSIO_EXERCISE_FIELD_CUES, bad_field, error,
                     g_strdup_printf (_("Cue %u is longer than %u characters."),
                                      i + 1, CUE_MAX_CHARS));
    }

  if (g_utf8_strlen (self->caution_text, -1) > CAUTION_MAX_CHARS)
    return fail (PHYSIO_EXERCISE_FIELD_CAUTION, bad_field, error,
                 g_strdup_printf (_("The caution is longer than %u characters."),
                                  CAUTION_MAX_CHARS));

  return TRUE;
}

/* The links form a graph, not a chain (brief 2.2), but an exercise is never its own next or
 * previous step, and listing a link twice would show it twice. */
static gboolean
validate_links (PhysioExercise       *self,
                char                **ids,
                gboolean              progression,
                PhysioExerciseField  *bad_field,
                GError              **error)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (text_is_blank (ids[i]))
        return fail (PHYSIO_EXERCISE_FIELD_LINKS, bad_field, error,
                     g_strdup (progression
                               ? _("A progression has no exercise.")
                               : _("A regression has no exercise.")));

      if (g_str_equal (ids[i], self->id))
        return fail (PHYSIO_EXERCISE_FIELD_LINKS, bad_field, error,
                     g_strdup (progression
                               ? _("An exercise cannot be its own progression.")
                               : _("An exercise cannot be its own regression.")));

      for (guint j = 0; j < i; j++)
        {
          if (g_str_equal (ids[i], ids[j]))
            return fail (PHYSIO_EXERCISE_FIELD_LINKS, bad_field, error,
                         g_strdup_printf (progression
                                          ? _("Progression “%s” is listed twice.")
                                          : _("Regression “%s” is listed twice."),
                                          ids[i]));
        }
    }

  return TRUE;
}

gboolean
physio_exercise_validate (PhysioExercise       *self,
                          PhysioExerciseField  *bad_field,
                          GError              **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) dose_error = NULL;
  glong name_chars;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (bad_field != NULL)
    *bad_field = PHYSIO_EXERCISE_FIELD_NONE;

  /* Fields are checked in the order the editor shows them, so the first message matches the
   * first field the clinician will look at. */
  name = g_strstrip (g_strdup (self->name));
  name_chars = g_utf8_strlen (name, -1);
  if (name_chars == 0)
    return fail (PHYSIO_EXERCISE_FIELD_NAME, bad_field, error,
                 g_strdup (_("Give the exercise a name.")));
  if (name_chars > NAME_MAX_CHARS)
    return fail (PHYSIO_EXERCISE_FIELD_NAME, bad_field, error,
                 g_strdup_printf (_("The name is longer than %u characters."), NAME_MAX_CHARS));

  if (text_is_blank (self->id))
    return fail (PHYSIO_EXERCISE_FIELD_ID, bad_field, error,
                 g_strdup (_("The exercise has no id.")));

  if (!validate_codes (self, bad_field, error)
      || !validate_texts (self, bad_field, error)
      || !validate_links (self, self->progression_ids, TRUE, bad_field, error)
      || !validate_links (self, self->regression_ids, FALSE, bad_field, error))
    return FALSE;

  if (!physio_dose_validate (&self->default_dose, self->dosage_kind, &self->dose_limits,
                             NULL, &dose_error))
    return fail (PHYSIO_EXERCISE_FIELD_DOSE, bad_field, error,
                 g_strdup (dose_error->message));

  /* Limits come after the dose, as in the editor; an import with inverted limits or limits
   * wider than the absolute range is refused here rather than quietly ignored later. */
  if (!physio_dose_limits_validate (&self->dose_limits, NULL, &dose_error))
    return fail (PHYSIO_EXERCISE_FIELD_DOSE, bad_field, error,
                 g_strdup (dose_error->message));

  return TRUE;
}

PhysioExercise *
physio_exercise_new_blank_custom (void)
{
  static const char * const regions[] = { "lumbar", NULL };
  static const char * const equipment[] = { "none", NULL };
  static const char * const stages[] = { "acute", "subacute", "chronic", NULL };
  g_autoptr(PhysioExercise) exercise = physio_exercise_new ();
  g_autofree char *id = physio_exercise_new_custom_id ();
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  dose.sets = 2;
  dose.reps = 10;
  dose.sessions_per_day = 1;
  dose.days_per_week = 3;

  physio_exercise_set_id (exercise, id);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);
  physio_exercise_set_version (exercise, 1);
  physio_exercise_set_name (exercise, "");
  physio_exercise_set_category (exercise, "core_stability");
  physio_exercise_set_position (exercise, "supine_crook");
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_REPS);
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_BILATERAL);
  physio_exercise_set_default_dose (exercise, &dose);
  physio_exercise_set_regions (exercise, regions);
  physio_exercise_set_equipment (exercise, equipment);
  physio_exercise_set_stages (exercise, stages);

  return g_steal_pointer (&exercise);
}

/* physio-library-json.c: the JSON of data/LIBRARY-FORMAT.md: library, exercise, dose, limits
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include "physio-database.h"
#include "physio-json-private.h"
#include "physio-library-json.h"
#include "physio-vocabulary.h"

#define LIBRARY_FORMAT 1

/* The readers are strict (wrong types and unknown keys are errors, not skipped) because the
 * same code reads the bundled library, where a typo must fail the data test, and the dose
 * columns, which only this file writes. */

/* Enum values and their codes. The codes and their order are the core's vocabularies (the
 * one list of them); @first is the enum value of the vocabulary's first entry: load kind and
 * band level keep 0 for "none". */
typedef struct
{
  PhysioVocabulary vocab;
  int              first;
} CodeTable;

static const CodeTable dosage_kinds = { PHYSIO_VOCAB_DOSAGE_KIND, PHYSIO_DOSAGE_REPS };
static const CodeTable lateralities = { PHYSIO_VOCAB_LATERALITY, PHYSIO_LATERALITY_BILATERAL };
static const CodeTable load_kinds = { PHYSIO_VOCAB_LOAD_KIND, PHYSIO_LOAD_BODYWEIGHT };
static const CodeTable band_levels = { PHYSIO_VOCAB_BAND_LEVEL, PHYSIO_BAND_EXTRA_LIGHT };

/* Whole-number dose keys that live in a guint of PhysioDose; 0 there means "not set". */
typedef struct
{
  const char *key;
  gsize       offset;
} CountKey;

static const CountKey count_keys[] = {
  { "sets", G_STRUCT_OFFSET (PhysioDose, sets) },
  { "reps", G_STRUCT_OFFSET (PhysioDose, reps) },
  { "hold_s", G_STRUCT_OFFSET (PhysioDose, hold_s) },
  { "duration_s", G_STRUCT_OFFSET (PhysioDose, duration_s) },
  { "distance_m", G_STRUCT_OFFSET (PhysioDose, distance_m) },
  { "steps_per_day", G_STRUCT_OFFSET (PhysioDose, steps_per_day) },
  { "steps_above_baseline", G_STRUCT_OFFSET (PhysioDose, steps_above_baseline) },
  { "sessions_per_day", G_STRUCT_OFFSET (PhysioDose, sessions_per_day) },
  { "days_per_week", G_STRUCT_OFFSET (PhysioDose, days_per_week) },
};

/* The dose fields a limits object may name, by their JSON keys (physio_dose_field_name ()):
 * every field but the load. */
static gboolean
is_limit_field (PhysioDoseField field)
{
  return field > PHYSIO_DOSE_FIELD_NONE && field < PHYSIO_N_DOSE_FIELDS &&
         field != PHYSIO_DOSE_FIELD_LOAD;
}

/* An exercise's place in messages: "Exercise “COR-05”", or nothing before the id is known. */
#define EXERCISE_PLACE(id) { "Exercise", NULL, (id), 0, NULL }

static const char *
code_for_value (const CodeTable *table,
                int              value)
{
  guint n_entries;
  const PhysioVocabEntry *entries = physio_vocab_entries (table->vocab, &n_entries);
  int index = value - table->first;

  return index >= 0 && index < (int) n_entries ? entries[index].code : NULL;
}

static gboolean
value_for_code (const CodeTable *table,
                const char      *code,
                int             *value)
{
  int index = code != NULL ? physio_vocab_index (table->vocab, code) : -1;

  if (index < 0)
    return FALSE;

  *value = table->first + index;
  return TRUE;
}

const char *
physio_dosage_kind_to_code (PhysioDosageKind kind)
{
  return code_for_value (&dosage_kinds, kind);
}

gboolean
physio_dosage_kind_from_code (const char       *code,
                              PhysioDosageKind *kind)
{
  int value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!value_for_code (&dosage_kinds, code, &value))
    return FALSE;

  *kind = value;
  return TRUE;
}

const char *
physio_laterality_to_code (PhysioLaterality side)
{
  return code_for_value (&lateralities, side);
}

gboolean
physio_laterality_from_code (const char       *code,
                             PhysioLaterality *side)
{
  int value;

  g_return_val_if_fail (side != NULL, FALSE);

  if (!value_for_code (&lateralities, code, &value))
    return FALSE;

  *side = value;
  return TRUE;
}

/* Reading */

/* "default_dose" + "sets" -> "default_dose.sets" */
static char *
join_field (const char *prefix,
            const char *key)
{
  if (prefix == NULL)
    return g_strdup (key);

  return g_strconcat (prefix, ".", key, NULL);
}

static gboolean
read_code (JsonNode               *node,
           const PhysioJsonPlace  *place,
           const char             *field,
           const CodeTable        *table,
           int                    *value,
           GError                **error)
{
  const char *code;

  if (!_physio_json_read_string (node, place, field, &code, error))
    return FALSE;

  if (!value_for_code (table, code, value))
    return _physio_json_fail (error, place, field, "“%s” is not a known code", code);

  return TRUE;
}

static gboolean
read_string_array (JsonNode               *node,
                   const PhysioJsonPlace  *place,
                   const char             *field,
                   GStrv                  *out,
                   GError                **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  if (!_physio_json_read_strings (node, place, field, list, error))
    return FALSE;

  g_ptr_array_add (list, NULL);
  *out = (GStrv) g_ptr_array_steal (list, NULL);
  return TRUE;
}

static gboolean
read_load (JsonNode               *node,
           const PhysioJsonPlace  *place,
           const char             *prefix,
           PhysioDose             *dose,
           GError                **error)
{
  g_autofree char *load_field = join_field (prefix, "load");
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, load_field, "must be an object");

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      g_autofree char *field = join_field (load_field, key);
      JsonNode *member = json_object_get_member (object, key);
      const char *text;
      int value;

      if (g_str_equal (key, "kind"))
        {
          if (!read_code (member, place, field, &load_kinds, &value,
                          error))
            return FALSE;
          dose->load_kind = value;
        }
      else if (g_str_equal (key, "band"))
        {
          if (!read_code (member, place, field, &band_levels, &value,
                          error))
            return FALSE;
          dose->band_level = value;
        }
      else if (g_str_equal (key, "kg"))
        {
          if (!_physio_json_holds_type (member, G_TYPE_DOUBLE) &&
              !_physio_json_holds_type (member, G_TYPE_INT64))
            return _physio_json_fail (error, place, field, "must be a number");
          dose->load_kg = json_node_get_double (member);
          if (dose->load_kg < 0.0)
            return _physio_json_fail (error, place, field, "must not be negative");
        }
      else if (g_str_equal (key, "text"))
        {
          if (!_physio_json_read_string (member, place, field, &text, error))
            return FALSE;
          g_free (dose->load_text);
          dose->load_text = g_strdup (text);
        }
      else
        {
          return _physio_json_fail (error, place, field, "is not a load field");
        }
    }

  return TRUE;
}

static const CountKey *
find_count_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (count_keys); i++)
    if (g_str_equal (count_keys[i].key, key))
      return &count_keys[i];

  return NULL;
}

gboolean
_physio_json_read_dose (JsonNode               *node,
                        const PhysioJsonPlace  *place,
                        const char             *prefix,
                        PhysioDose             *dose,
                        GError                **error)
{
  g_auto(PhysioDose) parsed = PHYSIO_DOSE_INIT;
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  g_assert (dose != NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, prefix, "must be an object");

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      g_autofree char *field = join_field (prefix, key);
      JsonNode *member = json_object_get_member (object, key);
      const CountKey *count = find_count_key (key);
      const char *text;
      guint value;

      if (count != NULL)
        {
          /* 0 would read as "not set"; a real count is at least 1. */
          if (!_physio_json_read_uint (member, place, field, 1, G_MAXINT, &value, error))
            return FALSE;
          G_STRUCT_MEMBER (guint, &parsed, count->offset) = value;
        }
      else if (g_str_equal (key, "rest_s"))
        {
          if (!_physio_json_read_uint (member, place, field, 0, G_MAXINT, &value, error))
            return FALSE;
          parsed.rest_s = (int) value;
        }
      else if (g_str_equal (key, "reps_pattern"))
        {
          if (!_physio_json_read_string (member, place, field, &text, error))
            return FALSE;
          if (!physio_dose_parse_pattern (&parsed, text))
            return _physio_json_fail (error, place, field, "“%s” is not a pattern such as 6-4-2",
                                      text);
        }
      else if (g_str_equal (key, "load"))
        {
          if (!read_load (member, place, prefix, &parsed, error))
            return FALSE;
        }
      else if (g_str_equal (key, "intensity") || g_str_equal (key, "tempo"))
        {
          char **slot = g_str_equal (key, "tempo") ? &parsed.tempo : &parsed.intensity;

          if (!_physio_json_read_string (member, place, field, &text, error))
            return FALSE;
          g_free (*slot);
          *slot = g_strdup (text);
        }
      else
        {
          return _physio_json_fail (error, place, field, "is not a dose field");
        }
    }

  physio_dose_copy_into (dose, &parsed);
  return TRUE;
}

gboolean
physio_dose_from_json_node (JsonNode    *node,
                            const char  *id,
                            const char  *prefix,
                            PhysioDose  *dose,
                            GError     **error)
{
  const PhysioJsonPlace place = EXERCISE_PLACE (id);

  g_return_val_if_fail (dose != NULL, FALSE);

  return _physio_json_read_dose (node, &place, prefix, dose, error);
}

static JsonNode *
parse_text (const char  *json,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (_physio_json_load (parser, json, -1, NULL, "The text", error) == NULL)
    return NULL;

  return json_parser_steal_root (parser);
}

gboolean
physio_dose_from_json (const char  *json,
                       PhysioDose  *dose,
                       GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);

  root = parse_text (json, error);
  if (root == NULL)
    return FALSE;

  return physio_dose_from_json_node (root, NULL, "dose", dose, error);
}

static gboolean
read_limits (JsonNode               *node,
             const PhysioJsonPlace  *place,
             const char             *prefix,
             PhysioDoseLimits       *limits,
             GError                **error)
{
  PhysioDoseLimits parsed = { { 0 } };
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  g_assert (limits != NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, prefix, "must be an object");

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      g_autofree char *field = join_field (prefix, key);
      JsonNode *member = json_object_get_member (object, key);
      PhysioDoseField limit = physio_dose_field_from_name (key);
      JsonArray *pair;
      guint min, max;

      if (g_str_equal (key, "reps_pattern"))
        {
          g_auto(GStrv) patterns = NULL;

          if (!read_string_array (member, place, field, &patterns, error))
            return FALSE;
          for (guint i = 0; patterns[i] != NULL; i++)
            {
              g_auto(PhysioDose) probe = PHYSIO_DOSE_INIT;

              if (!physio_dose_parse_pattern (&probe, patterns[i]))
                return _physio_json_fail (error, place, field,
                                          "“%s” is not a pattern such as 6-4-2", patterns[i]);
            }
          continue;
        }

      if (!is_limit_field (limit))
        return _physio_json_fail (error, place, field, "is not a dose field with limits");

      if (!JSON_NODE_HOLDS_ARRAY (member) ||
          json_array_get_length (pair = json_node_get_array (member)) != 2)
        return _physio_json_fail (error, place, field, "must be a pair [minimum, maximum]");

      if (!_physio_json_read_uint (json_array_get_element (pair, 0), place, field, 0, G_MAXINT,
                                   &min, error) ||
          !_physio_json_read_uint (json_array_get_element (pair, 1), place, field, 1, G_MAXINT,
                                   &max, error))
        return FALSE;

      /* Whether the pair lies inside the absolute range, lowest first, is the core's rule
       * (physio_dose_limits_validate ()), checked with the rest of the exercise. */
      parsed.min[limit] = min;
      parsed.max[limit] = max;
    }

  *limits = parsed;
  return TRUE;
}

gboolean
physio_dose_limits_from_json_node (JsonNode          *node,
                                   const char        *id,
                                   const char        *prefix,
                                   PhysioDoseLimits  *limits,
                                   GError           **error)
{
  const PhysioJsonPlace place = EXERCISE_PLACE (id);

  g_return_val_if_fail (limits != NULL, FALSE);

  return read_limits (node, &place, prefix, limits, error);
}

gboolean
physio_dose_limits_from_json (const char        *json,
                              PhysioDoseLimits  *limits,
                              GError           **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);

  root = parse_text (json, error);
  if (root == NULL)
    return FALSE;

  return physio_dose_limits_from_json_node (root, NULL, "dose_limits", limits, error);
}

typedef void (*SetStrv) (PhysioExercise *self, const char * const *v);
typedef void (*SetString) (PhysioExercise *self, const char *text);

typedef struct
{
  const char *key;
  SetStrv     set;
} StrvKey;

typedef struct
{
  const char *key;
  SetString   set;
} StringKey;

static const StrvKey strv_keys[] = {
  { "aliases", physio_exercise_set_aliases },
  { "regions", physio_exercise_set_regions },
  { "equipment", physio_exercise_set_equipment },
  { "stages", physio_exercise_set_stages },
  { "steps", physio_exercise_set_steps },
  { "cues", physio_exercise_set_cues },
  { "caution_codes", physio_exercise_set_caution_codes },
  { "progression_ids", physio_exercise_set_progression_ids },
  { "regression_ids", physio_exercise_set_regression_ids },
  { "evidence_tags", physio_exercise_set_evidence_tags },
};

static const StringKey string_keys[] = {
  { "id", physio_exercise_set_id },
  { "name", physio_exercise_set_name },
  { "category", physio_exercise_set_category },
  { "position", physio_exercise_set_position },
  { "caution_text", physio_exercise_set_caution_text },
  { "contraindication_text", physio_exercise_set_contraindication_text },
  { "progression_note", physio_exercise_set_progression_note },
  { "regression_note", physio_exercise_set_regression_note },
};

static const char * const required_keys[] = {
  "id", "version", "name", "category", "position", "dosage_kind", "laterality",
  "default_dose", "steps",
};

static gboolean
read_exercise_member (PhysioExercise         *exercise,
                      const PhysioJsonPlace  *place,
                      const char             *key,
                      JsonNode               *member,
                      GError                **error)
{
  const char *text;
  int value;

  for (guint i = 0; i < G_N_ELEMENTS (string_keys); i++)
    if (g_str_equal (string_keys[i].key, key))
      {
        if (!_physio_json_read_string (member, place, key, &text, error))
          return FALSE;
        string_keys[i].set (exercise, text);
        return TRUE;
      }

  for (guint i = 0; i < G_N_ELEMENTS (strv_keys); i++)
    if (g_str_equal (strv_keys[i].key, key))
      {
        g_auto(GStrv) list = NULL;

        if (!read_string_array (member, place, key, &list, error))
          return FALSE;
        strv_keys[i].set (exercise, (const char * const *) list);
        return TRUE;
      }

  if (g_str_equal (key, "version"))
    {
      guint version;

      if (!_physio_json_read_uint (member, place, key, 1, G_MAXINT, &version, error))
        return FALSE;
      physio_exercise_set_version (exercise, version);
    }
  else if (g_str_equal (key, "walking"))
    {
      gboolean walking;

      /* Library version 2; absent (older files, imports) means not walking. */
      if (!_physio_json_read_bool (member, place, key, &walking, error))
        return FALSE;
      physio_exercise_set_walking (exercise, walking);
    }
  else if (g_str_equal (key, "dosage_kind"))
    {
      if (!read_code (member, place, key, &dosage_kinds, &value, error))
        return FALSE;
      physio_exercise_set_dosage_kind (exercise, value);
    }
  else if (g_str_equal (key, "laterality"))
    {
      if (!read_code (member, place, key, &lateralities, &value, error))
        return FALSE;
      physio_exercise_set_laterality (exercise, value);
    }
  else if (g_str_equal (key, "default_dose"))
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

      if (!_physio_json_read_dose (member, place, key, &dose, error))
        return FALSE;
      physio_exercise_set_default_dose (exercise, &dose);
    }
  else if (g_str_equal (key, "dose_limits"))
    {
      PhysioDoseLimits limits;

      if (!read_limits (member, place, key, &limits, error))
        return FALSE;
      physio_exercise_set_dose_limits (exercise, &limits);
    }
  else
    {
      return _physio_json_fail (error, place, key, "is not an exercise field");
    }

  return TRUE;
}

PhysioExercise *
physio_exercise_from_json_node (JsonNode  *node,
                                GError   **error)
{
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GList) members = NULL;
  PhysioJsonPlace place = EXERCISE_PLACE (NULL);
  JsonObject *object;
  const char *id = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      _physio_json_fail (error, NULL, NULL, "an exercise must be an object");
      return NULL;
    }

  object = json_node_get_object (node);

  /* The id first, so every later message can name the exercise. */
  if (!_physio_json_read_string (json_object_get_member (object, "id"), NULL, "id", &id, error))
    return NULL;
  if (*id == '\0')
    {
      _physio_json_fail (error, NULL, "id", "must not be empty");
      return NULL;
    }
  place.id = id;

  for (guint i = 0; i < G_N_ELEMENTS (required_keys); i++)
    if (!json_object_has_member (object, required_keys[i]))
      {
        _physio_json_fail (error, &place, required_keys[i], "is missing");
        return NULL;
      }

  exercise = physio_exercise_new ();
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);

  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    if (!read_exercise_member (exercise, &place, l->data,
                               json_object_get_member (object, l->data), error))
      return NULL;

  return g_steal_pointer (&exercise);
}

gboolean
physio_library_parse (GBytes      *json,
                      guint       *library_version,
                      GPtrArray  **exercises,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GHashTable) seen = NULL;
  JsonObject *root;
  JsonArray *array;
  const char *data;
  gsize size;
  guint format = 0;
  guint version = 0;

  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (library_version != NULL, FALSE);
  g_return_val_if_fail (exercises != NULL, FALSE);

  data = g_bytes_get_data (json, &size);
  if (_physio_json_load (parser, data, size, NULL, "The exercise library", error) == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return _physio_json_fail (error, NULL, NULL, "The exercise library must be a JSON object");
  root = json_node_get_object (json_parser_get_root (parser));

  if (!_physio_json_read_uint (json_object_get_member (root, "format"), NULL, "format", 1, G_MAXINT,
                               &format, error) ||
      !_physio_json_read_uint (json_object_get_member (root, "library_version"), NULL,
                               "library_version", 1, G_MAXINT, &version, error))
    return FALSE;

  if (format != LIBRARY_FORMAT)
    return _physio_json_fail (error, NULL, "format",
                              "this version of Physioplan reads format %u, not %u",
                              LIBRARY_FORMAT, format);

  if (!json_object_has_member (root, "exercises") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "exercises")))
    return _physio_json_fail (error, NULL, "exercises", "must be a list of exercises");

  array = json_object_get_array_member (root, "exercises");
  parsed = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      PhysioExercise *exercise;

      exercise = physio_exercise_from_json_node (json_array_get_element (array, i), error);
      if (exercise == NULL)
        return FALSE;

      g_ptr_array_add (parsed, exercise);
      physio_exercise_set_source (exercise, PHYSIO_EXERCISE_BUILTIN);

      if (!g_hash_table_add (seen, (gpointer) physio_exercise_get_id (exercise)))
        {
          const PhysioJsonPlace place = EXERCISE_PLACE (physio_exercise_get_id (exercise));

          return _physio_json_fail (error, &place, NULL,
                                    "the id is used by more than one exercise");
        }
    }

  *library_version = version;
  *exercises = g_steal_pointer (&parsed);
  return TRUE;
}

/* Writing */

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value,
            gboolean     always)
{
  if (!always && (value == NULL || *value == '\0'))
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_strv (JsonBuilder        *builder,
          const char         *key,
          const char * const *values)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
build_dose (JsonBuilder      *builder,
            const PhysioDose *dose)
{
  json_builder_begin_object (builder);

  for (guint i = 0; i < G_N_ELEMENTS (count_keys); i++)
    {
      guint value = G_STRUCT_MEMBER (guint, dose, count_keys[i].offset);

      if (value == 0)
        continue;

      json_builder_set_member_name (builder, count_keys[i].key);
      json_builder_add_int_value (builder, value);
    }

  if (dose->n_pattern > 0)
    {
      g_autofree char *pattern = physio_dose_pattern_to_string (dose);

      add_string (builder, "reps_pattern", pattern, TRUE);
    }

  if (dose->rest_s >= 0)
    {
      json_builder_set_member_name (builder, "rest_s");
      json_builder_add_int_value (builder, dose->rest_s);
    }

  if (dose->load_kind != PHYSIO_LOAD_NONE || (dose->load_text && *dose->load_text))
    {
      const char *kind = code_for_value (&load_kinds, dose->load_kind);
      const char *band = code_for_value (&band_levels, dose->band_level);

      json_builder_set_member_name (builder, "load");
      json_builder_begin_object (builder);
      if (kind != NULL)
        add_string (builder, "kind", kind, TRUE);
      if (dose->load_kind == PHYSIO_LOAD_KG)
        {
          json_builder_set_member_name (builder, "kg");
          json_builder_add_double_value (builder, dose->load_kg);
        }
      if (dose->load_kind == PHYSIO_LOAD_BAND && band != NULL)
        add_string (builder, "band", band, TRUE);
      add_string (builder, "text", dose->load_text, FALSE);
      json_builder_end_object (builder);
    }

  add_string (builder, "intensity", dose->intensity, FALSE);
  add_string (builder, "tempo", dose->tempo, FALSE);

  json_builder_end_object (builder);
}

static void
build_limits (JsonBuilder            *builder,
              const PhysioDoseLimits *limits)
{
  json_builder_begin_object (builder);

  for (int i = 0; i < PHYSIO_N_DOSE_FIELDS; i++)
    {
      PhysioDoseField field = (PhysioDoseField) i;

      /* max 0 is "no limit of its own" (physio-dose.h). */
      if (!is_limit_field (field) || limits->max[field] == 0)
        continue;

      json_builder_set_member_name (builder, physio_dose_field_name (field));
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, limits->min[field]);
      json_builder_add_int_value (builder, limits->max[field]);
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

static char *
node_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

JsonNode *
physio_dose_to_json_node (const PhysioDose *dose)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (dose != NULL, NULL);

  build_dose (builder, dose);
  return json_builder_get_root (builder);
}

char *
physio_dose_to_json (const PhysioDose *dose)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (dose != NULL, NULL);

  node = physio_dose_to_json_node (dose);
  return node_to_string (node);
}

JsonNode *
physio_dose_limits_to_json_node (const PhysioDoseLimits *limits)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (limits != NULL, NULL);

  build_limits (builder, limits);
  return json_builder_get_root (builder);
}

char *
physio_dose_limits_to_json (const PhysioDoseLimits *limits)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (limits != NULL, NULL);

  node = physio_dose_limits_to_json_node (limits);
  return node_to_string (node);
}

static void
build_exercise (JsonBuilder    *builder,
                PhysioExercise *exercise)
{
  json_builder_begin_object (builder);

  add_string (builder, "id", physio_exercise_get_id (exercise), TRUE);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, physio_exercise_get_version (exercise));
  add_string (builder, "name", physio_exercise_get_name (exercise), TRUE);
  add_strv (builder, "aliases", physio_exercise_get_aliases (exercise));
  add_string (builder, "category", physio_exercise_get_category (exercise), TRUE);
  add_strv (builder, "regions", physio_exercise_get_regions (exercise));
  add_strv (builder, "equipment", physio_exercise_get_equipment (exercise));
  add_string (builder, "position", physio_exercise_get_position (exercise), TRUE);
  add_string (builder, "dosage_kind",
              physio_dosage_kind_to_code (physio_exercise_get_dosage_kind (exercise)), TRUE);
  add_string (builder, "laterality",
              physio_laterality_to_code (physio_exercise_get_laterality (exercise)), TRUE);
  json_builder_set_member_name (builder, "walking");
  json_builder_add_boolean_value (builder, physio_exercise_get_walking (exercise));
  json_builder_set_member_name (builder, "default_dose");
  build_dose (builder, physio_exercise_get_default_dose (exercise));
  json_builder_set_member_name (builder, "dose_limits");
  build_limits (builder, physio_exercise_get_dose_limits (exercise));
  add_strv (builder, "stages", physio_exercise_get_stages (exercise));
  add_strv (builder, "steps", physio_exercise_get_steps (exercise));
  add_strv (builder, "cues", physio_exercise_get_cues (exercise));
  add_string (builder, "caution_text", physio_exercise_get_caution_text (exercise), TRUE);
  add_strv (builder, "caution_codes", physio_exercise_get_caution_codes (exercise));
  add_string (builder, "contraindication_text",
              physio_exercise_get_contraindication_text (exercise), FALSE);
  add_strv (builder, "progression_ids", physio_exercise_get_progression_ids (exercise));
  add_strv (builder, "regression_ids", physio_exercise_get_regression_ids (exercise));
  add_string (builder, "progression_note", physio_exercise_get_progression_note (exercise),
              FALSE);
  add_string (builder, "regression_note", physio_exercise_get_regression_note (exercise),
              FALSE);
  add_strv (builder, "evidence_tags", physio_exercise_get_evidence_tags (exercise));

  json_builder_end_object (builder);
}

JsonNode *
physio_exercise_to_json_node (PhysioExercise *exercise)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PHYSIO_IS_EXERCISE (exercise), NULL);

  build_exercise (builder, exercise);
  return json_builder_get_root (builder);
}

GBytes *
physio_library_to_bytes (guint      library_version,
                         GPtrArray *exercises)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (library_version > 0, NULL);
  g_return_val_if_fail (exercises != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, LIBRARY_FORMAT);
  json_builder_set_member_name (builder, "library_version");
  json_builder_add_int_value (builder, library_version);
  json_builder_set_member_name (builder, "exercises");
  json_builder_begin_array (builder);
  for (guint i = 0; i < exercises->len; i++)
    build_exercise (builder, g_ptr_array_index (exercises, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return _physio_json_builder_to_bytes (builder);
}

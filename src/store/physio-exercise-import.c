/* physio-exercise-import.c: exercises in and out of the library: free-exercise-db JSON, our
 * own exercise JSON and a CSV of the whole library; and the importer's door, which tells
 * these from a template file (data/IMPORT-FORMATS.md)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <string.h>

#include "physio-database-private.h"
#include "physio-exercise-import.h"
#include "physio-import-private.h"
#include "physio-json-private.h"
#include "physio-library-json.h"

#define FEDB_PREFIX     "X-fedb:"
#define ID_MAX_BYTES    100
#define TAG_MAX_CHARS   80
#define STEPS_MIN       3
#define STEPS_MAX       5
#define STEP_MAX_CHARS  160
/* Sentences looked at per record: joining neighbours is quadratic in their number, and no
 * real record has more; the rest of a hostile one is cut. */
#define PIECES_MAX      64

/* A record's place in messages:
 * "Record 3 “Barbell_Squat”, field “name”: must be a text." */
typedef struct
{
  char            *what;
  PhysioJsonPlace  place;
} RecordPlace;

static void
record_place_init (RecordPlace *record,
                   guint        index)
{
  record->what = g_strdup_printf ("Record %u", index + 1);
  record->place = (PhysioJsonPlace) { record->what, record->what, NULL, 0, NULL };
}

static void
record_place_clear (RecordPlace *record)
{
  g_clear_pointer (&record->what, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RecordPlace, record_place_clear)

/* The exercise editor's field, by the name our JSON gives it, for validation messages. */
static const char *
field_name (PhysioExerciseField field)
{
  switch (field)
    {
    case PHYSIO_EXERCISE_FIELD_ID: return "id";
    case PHYSIO_EXERCISE_FIELD_NAME: return "name";
    case PHYSIO_EXERCISE_FIELD_CATEGORY: return "category";
    case PHYSIO_EXERCISE_FIELD_POSITION: return "position";
    case PHYSIO_EXERCISE_FIELD_REGIONS: return "regions";
    case PHYSIO_EXERCISE_FIELD_EQUIPMENT: return "equipment";
    case PHYSIO_EXERCISE_FIELD_STAGES: return "stages";
    case PHYSIO_EXERCISE_FIELD_STEPS: return "steps";
    case PHYSIO_EXERCISE_FIELD_CUES: return "cues";
    case PHYSIO_EXERCISE_FIELD_CAUTION: return "caution";
    case PHYSIO_EXERCISE_FIELD_LINKS: return "progression_ids";
    case PHYSIO_EXERCISE_FIELD_DOSE: return "default_dose";
    case PHYSIO_EXERCISE_FIELD_EVIDENCE: return "evidence_tags";
    case PHYSIO_EXERCISE_FIELD_DOSAGE_KIND: return "dosage_kind";
    case PHYSIO_EXERCISE_FIELD_NONE:
    default:
      return NULL;
    }
}

static gboolean
validate_record (PhysioExercise         *exercise,
                 const PhysioJsonPlace  *place,
                 const char             *field_override,
                 GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  PhysioExerciseField bad = PHYSIO_EXERCISE_FIELD_NONE;
  const char *field;

  if (physio_exercise_validate (exercise, &bad, &local_error))
    return TRUE;

  field = field_name (bad);
  /* free-exercise-db calls the name "name" too, but steps are its "instructions". */
  if (field_override != NULL && bad == PHYSIO_EXERCISE_FIELD_STEPS)
    field = field_override;

  /* The core's message ends with a full stop; the place adds its own. */
  g_strchomp (local_error->message);
  if (g_str_has_suffix (local_error->message, "."))
    local_error->message[strlen (local_error->message) - 1] = '\0';
  return _physio_json_fail (error, place, field, "%s", local_error->message);
}

/* Input checks before json-glib sees the bytes: its parser recurses once per level of
 * nesting, so "[[[[…" a million deep would overflow the stack; invalid UTF-8 is named with
 * its byte offset rather than json-glib's less helpful message. */
static gboolean
check_input (GBytes      *json,
             const char  *subject,
             GError     **error)
{
  const char *data;
  const char *end = NULL;
  gboolean in_string = FALSE;
  guint depth = 0;
  gsize size;

  data = g_bytes_get_data (json, &size);
  if (size > PHYSIO_IMPORT_MAX_BYTES)
    return _physio_json_fail (error, NULL, NULL, "%s is larger than %u MiB", subject,
                              PHYSIO_IMPORT_MAX_BYTES / (1024 * 1024));

  if (size > 0 && !g_utf8_validate (data, size, &end))
    return _physio_json_fail (error, NULL, NULL,
                              "%s is not UTF-8 text (byte %" G_GSIZE_FORMAT " is not valid); "
                              "save it as UTF-8 and try again", subject,
                              (gsize) (end - data) + 1);

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > PHYSIO_IMPORT_MAX_DEPTH)
            return _physio_json_fail (error, NULL, NULL,
                                      "%s nests lists or objects more than %u deep", subject,
                                      PHYSIO_IMPORT_MAX_DEPTH);
        }
      else if ((c == ']' || c == '}') && depth > 0)
        {
          depth--;
        }
    }

  return TRUE;
}

/* free-exercise-db
 * ---------------- */

typedef struct
{
  const char *from;
  const char *to;
} Mapping;

static const Mapping fedb_categories[] = {
  { "strength", "strength" },
  { "stretching", "stretch" },
  { "cardio", "aerobic" },
  { "plyometrics", "strength" },
  { "powerlifting", "strength" },
  { "olympic weightlifting", "strength" },
  { "strongman", "strength" },
};

static const Mapping fedb_equipment[] = {
  { "body only", "none" },
  { "dumbbell", "dumbbell" },
  { "kettlebells", "kettlebell" },
  { "bands", "resistance_band" },
};

static const Mapping fedb_muscles[] = {
  { "abdominals", "trunk" },
  { "abductors", "pelvis_hip" },
  { "adductors", "pelvis_hip" },
  { "biceps", "upper_limb" },
  { "calves", "lower_limb" },
  { "chest", "trunk" },
  { "forearms", "upper_limb" },
  { "glutes", "pelvis_hip" },
  { "hamstrings", "lower_limb" },
  { "lats", "thoracic" },
  { "lower back", "lumbar" },
  { "middle back", "thoracic" },
  { "quadriceps", "lower_limb" },
  { "shoulders", "upper_limb" },
  { "traps", "thoracic" },
  { "triceps", "upper_limb" },
};

/* Said when a record has fewer than three instructions: our steps need three, and these
 * are true of every exercise. */
static const char * const filler_steps[] = {
  "Follow the demonstration your physiotherapist gave you.",
  "Move slowly and with control.",
  "Rest, then repeat as prescribed.",
};

static const char *
map_value (const Mapping *table,
           guint          n,
           const char    *value)
{
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (table[i].from, value) == 0)
      return table[i].to;

  return NULL;
}

/* A tag such as "level: beginner", kept as an alias so it is searchable and exported. */
static void
add_tag (GPtrArray  *tags,
         const char *key,
         const char *value)
{
  g_autofree char *tag = g_strdup_printf ("%s: %s", key, value);

  if (g_utf8_strlen (tag, -1) > TAG_MAX_CHARS)
    *g_utf8_offset_to_pointer (tag, TAG_MAX_CHARS) = '\0';

  for (guint i = 0; i < tags->len; i++)
    if (g_str_equal (g_ptr_array_index (tags, i), tag))
      return;

  g_ptr_array_add (tags, g_steal_pointer (&tag));
}

static void
add_unique (GPtrArray  *list,
            const char *code)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), code))
      return;

  g_ptr_array_add (list, g_strdup (code));
}

/* Optional text: absent and null are both "not given". */
static gboolean
read_optional_text (JsonObject             *object,
                    const PhysioJsonPlace  *place,
                    const char             *key,
                    const char            **out,
                    GError                **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  return _physio_json_read_string (node, place, key, out, error);
}

static gboolean
read_optional_texts (JsonObject             *object,
                     const PhysioJsonPlace  *place,
                     const char             *key,
                     GPtrArray              *out,
                     GError                **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  return _physio_json_read_strings (node, place, key, out, error);
}

/* Splits @text into pieces of at most STEP_MAX_CHARS characters at spaces (anywhere, when a
 * word alone is longer). */
static void
split_long (GPtrArray  *pieces,
            const char *text)
{
  while (pieces->len <= PIECES_MAX && g_utf8_strlen (text, -1) > STEP_MAX_CHARS)
    {
      const char *limit = g_utf8_offset_to_pointer (text, STEP_MAX_CHARS);
      const char *cut = limit;

      for (const char *p = limit; p > text; p--)
        if (*p == ' ')
          {
            cut = p;
            break;
          }

      g_ptr_array_add (pieces, g_strstrip (g_strndup (text, cut - text)));
      text = cut;
      while (*text == ' ')
        text++;
    }

  if (*text != '\0')
    g_ptr_array_add (pieces, g_strdup (text));
}

/* One instruction: white space folded, then split into sentences. */
static void
add_sentences (GPtrArray  *pieces,
               const char *instruction)
{
  g_autoptr(GString) sentence = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit_set (instruction, " \t\r\n", -1);

  for (guint i = 0; words[i] != NULL && pieces->len <= PIECES_MAX; i++)
    {
      gsize len = strlen (words[i]);

      if (len == 0)
        continue;
      if (sentence->len > 0)
        g_string_append_c (sentence, ' ');
      g_string_append (sentence, words[i]);

      if (strchr (".!?", words[i][len - 1]) != NULL)
        {
          split_long (pieces, sentence->str);
          g_string_truncate (sentence, 0);
        }
    }

  if (sentence->len > 0 && pieces->len <= PIECES_MAX)
    split_long (pieces, sentence->str);
}

/* Our steps are 3 to 5 of at most 160 characters. Sentences become steps; when there are
 * more than five, the shortest neighbours that fit together are joined; what still does not
 * fit is cut (*@shortened) and the summary says so. */
static GStrv
instructions_to_steps (GPtrArray *instructions,
                       gboolean  *shortened)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);

  *shortened = FALSE;
  for (guint i = 0; i < instructions->len && pieces->len <= PIECES_MAX; i++)
    add_sentences (pieces, g_ptr_array_index (instructions, i));
  if (pieces->len > PIECES_MAX)
    *shortened = TRUE;

  while (pieces->len > STEPS_MAX)
    {
      glong best_len = G_MAXLONG;
      guint best = 0;

      for (guint i = 0; i + 1 < pieces->len; i++)
        {
          glong len = g_utf8_strlen (g_ptr_array_index (pieces, i), -1) + 1 +
                      g_utf8_strlen (g_ptr_array_index (pieces, i + 1), -1);

          if (len <= STEP_MAX_CHARS && len < best_len)
            {
              best_len = len;
              best = i;
            }
        }

      if (best_len == G_MAXLONG)
        break;

      {
        char *joined = g_strconcat (g_ptr_array_index (pieces, best), " ",
                                    g_ptr_array_index (pieces, best + 1), NULL);

        g_free (g_ptr_array_index (pieces, best));
        pieces->pdata[best] = joined;
        g_ptr_array_remove_index (pieces, best + 1);
      }
    }

  if (pieces->len > STEPS_MAX)
    {
      *shortened = TRUE;
      g_ptr_array_set_size (pieces, STEPS_MAX);
    }

  /* Fillers from the end of the list, so "rest, then repeat" always comes last. */
  for (guint needed = pieces->len < STEPS_MIN ? STEPS_MIN - pieces->len : 0, j = 0;
       j < needed; j++)
    g_ptr_array_add (pieces, g_strdup (filler_steps[STEPS_MIN - needed + j]));

  g_ptr_array_add (pieces, NULL);
  return (GStrv) g_ptr_array_steal (pieces, NULL);
}

static void
set_default_dose (PhysioExercise *exercise,
                  const char     *category)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  dose.sessions_per_day = 1;
  if (g_str_equal (category, "stretch"))
    {
      physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_HOLD);
      dose.sets = 1;
      dose.reps = 3;
      dose.hold_s = 30;
      dose.days_per_week = 5;
    }
  else if (g_str_equal (category, "aerobic"))
    {
      physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_DURATION);
      dose.duration_s = 10 * 60;
      dose.days_per_week = 3;
    }
  else
    {
      physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_REPS);
      dose.sets = 2;
      dose.reps = 10;
      dose.days_per_week = 3;
    }
  physio_exercise_set_default_dose (exercise, &dose);
}

static PhysioExercise *
fedb_record (JsonNode               *node,
             guint                   index,
             gboolean               *shortened,
             GError                **error)
{
  g_auto(RecordPlace) record = { NULL, };
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) equipment = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) instructions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) muscles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) steps = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  JsonObject *object;
  const char *source_id, *text, *category, *mapped;
  static const char * const stages[] = { "any", NULL };
  static const char * const plain_tags[] = { "force", "level", "mechanic" };
  static const char * const muscle_keys[] = { "primaryMuscles", "secondaryMuscles" };

  record_place_init (&record, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _physio_json_fail (error, &record.place, NULL, "must be an object");
      return NULL;
    }
  object = json_node_get_object (node);

  if (!_physio_json_read_string (json_object_get_member (object, "id"), &record.place, "id",
                                 &source_id, error))
    return NULL;
  if (*source_id == '\0' || strlen (source_id) > ID_MAX_BYTES)
    {
      _physio_json_fail (error, &record.place, "id", "must be 1 to %u characters long",
                         ID_MAX_BYTES);
      return NULL;
    }
  record.place.id = source_id;

  if (!_physio_json_read_string (json_object_get_member (object, "name"), &record.place,
                                 "name", &text, error))
    return NULL;
  name = g_strstrip (g_strdup (text));

  exercise = physio_exercise_new ();
  id = physio_free_exercise_db_id (source_id);
  physio_exercise_set_id (exercise, id);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);
  physio_exercise_set_version (exercise, 1);
  physio_exercise_set_name (exercise, name);
  physio_exercise_set_position (exercise, "standing");
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_BILATERAL);
  physio_exercise_set_stages (exercise, stages);

  if (!read_optional_text (object, &record.place, "category", &category, error))
    return NULL;
  mapped = category != NULL ? map_value (fedb_categories, G_N_ELEMENTS (fedb_categories),
                                         category) : NULL;
  if (category != NULL && (mapped == NULL || !g_str_equal (mapped, category)))
    add_tag (tags, "category", category);
  physio_exercise_set_category (exercise, mapped != NULL ? mapped : "strength");
  set_default_dose (exercise, mapped != NULL ? mapped : "strength");

  for (guint i = 0; i < G_N_ELEMENTS (plain_tags); i++)
    {
      if (!read_optional_text (object, &record.place, plain_tags[i], &text, error))
        return NULL;
      if (text != NULL && *text != '\0')
        add_tag (tags, plain_tags[i], text);
    }

  if (!read_optional_text (object, &record.place, "equipment", &text, error))
    return NULL;
  if (text != NULL && (mapped = map_value (fedb_equipment, G_N_ELEMENTS (fedb_equipment),
                                           text)) != NULL)
    add_unique (equipment, mapped);
  else if (text != NULL && *text != '\0')
    add_tag (tags, "equipment", text);

  /* Muscles are finer than our regions: the region is derived and every muscle kept. */
  for (guint k = 0; k < G_N_ELEMENTS (muscle_keys); k++)
    {
      g_ptr_array_set_size (muscles, 0);
      if (!read_optional_texts (object, &record.place, muscle_keys[k], muscles, error))
        return NULL;
      for (guint i = 0; i < muscles->len; i++)
        {
          const char *muscle = g_ptr_array_index (muscles, i);

          if ((mapped = map_value (fedb_muscles, G_N_ELEMENTS (fedb_muscles), muscle)) != NULL)
            add_unique (regions, mapped);
          add_tag (tags, k == 0 ? "primary muscle" : "secondary muscle", muscle);
        }
    }
  if (regions->len == 0)
    add_unique (regions, "whole_body");

  if (!read_optional_texts (object, &record.place, "images", images, error))
    return NULL;
  for (guint i = 0; i < images->len; i++)
    add_tag (tags, "image", g_ptr_array_index (images, i));

  if (!read_optional_texts (object, &record.place, "instructions", instructions, error))
    return NULL;
  steps = instructions_to_steps (instructions, shortened);
  physio_exercise_set_steps (exercise, (const char * const *) steps);

  g_ptr_array_add (regions, NULL);
  g_ptr_array_add (equipment, NULL);
  g_ptr_array_add (tags, NULL);
  physio_exercise_set_regions (exercise, (const char * const *) regions->pdata);
  physio_exercise_set_equipment (exercise, (const char * const *) equipment->pdata);
  physio_exercise_set_aliases (exercise, (const char * const *) tags->pdata);

  if (!validate_record (exercise, &record.place, "instructions", error))
    return NULL;

  return g_steal_pointer (&exercise);
}

char *
physio_free_exercise_db_id (const char *source_id)
{
  g_return_val_if_fail (source_id != NULL, NULL);

  return g_strconcat (FEDB_PREFIX, source_id, NULL);
}

static GPtrArray *
fedb_parse_array (JsonArray  *array,
                  guint      *n_shortened,
                  GError    **error)
{
  g_autoptr(GPtrArray) parsed = g_ptr_array_new_full (json_array_get_length (array),
                                                      g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  *n_shortened = 0;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gboolean shortened = FALSE;
      PhysioExercise *exercise = fedb_record (json_array_get_element (array, i), i,
                                              &shortened, error);

      if (exercise == NULL)
        return NULL;

      g_ptr_array_add (parsed, exercise);
      if (shortened)
        (*n_shortened)++;

      if (!g_hash_table_add (seen, (gpointer) physio_exercise_get_id (exercise)))
        {
          g_auto(RecordPlace) record = { NULL, };

          record_place_init (&record, i);
          record.place.id = physio_exercise_get_id (exercise) + strlen (FEDB_PREFIX);
          _physio_json_fail (error, &record.place, "id",
                             "is used by an earlier record of the file too");
          return NULL;
        }
    }

  return g_steal_pointer (&parsed);
}

static JsonNode *
load_checked (JsonParser  *parser,
              GBytes      *json,
              GError     **error)
{
  const char *data;
  gsize size;

  if (!check_input (json, "The file", error))
    return NULL;

  data = g_bytes_get_data (json, &size);
  return _physio_json_load (parser, data, size, NULL, "The file", error);
}

GPtrArray *
physio_free_exercise_db_parse (GBytes  *json,
                               guint   *n_shortened,
                               GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  guint shortened = 0;
  GPtrArray *parsed;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = load_checked (parser, json, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      _physio_json_fail (error, NULL, NULL,
                         "A free-exercise-db file must be a JSON list of exercises");
      return NULL;
    }

  parsed = fedb_parse_array (json_node_get_array (root), &shortened, error);
  if (n_shortened != NULL)
    *n_shortened = shortened;
  return parsed;
}

/* Our library JSON
 * ---------------- */

GPtrArray *
_physio_import_own_exercises (PhysioDatabase  *database,
                              JsonObject      *root,
                              guint           *n_builtin,
                              GError         **error)
{
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *list = json_object_get_member (root, "exercises");
  JsonArray *array;
  guint version = 0;

  if (!_physio_json_read_uint (format, NULL, "format", 1, G_MAXINT, &version, error))
    return NULL;
  if (version != 1)
    {
      _physio_json_fail (error, NULL, "format",
                         "this version of Physioplan reads format 1, not %u", version);
      return NULL;
    }
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      _physio_json_fail (error, NULL, "exercises", "must be a list of exercises");
      return NULL;
    }

  array = json_node_get_array (list);
  parsed = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  *n_builtin = 0;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_auto(RecordPlace) record = { NULL, };
      g_autoptr(GError) local_error = NULL;
      g_autoptr(PhysioExercise) exercise = NULL;
      PhysioExerciseSource source = PHYSIO_EXERCISE_CUSTOM;
      const char *id;
      gint64 handle;

      record_place_init (&record, i);
      exercise = physio_exercise_from_json_node (json_array_get_element (array, i),
                                                 &local_error);
      if (exercise == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ",
                                      record.what);
          return NULL;
        }

      id = physio_exercise_get_id (exercise);
      record.place.id = id;

      /* An export of the whole library lists the built-in exercises too: they are here
       * already, in the version this build ships. */
      if (_physio_database_find_row (database, id, &handle, &source, NULL, NULL) &&
          source == PHYSIO_EXERCISE_BUILTIN)
        {
          (*n_builtin)++;
          continue;
        }
      if (!g_str_has_prefix (id, "X-"))
        {
          _physio_json_fail (error, &record.place, "id",
                             "is not the id of a clinic-made exercise (those start with "
                             "“X-”), nor of a built-in one");
          return NULL;
        }
      if (!g_hash_table_add (seen, g_strdup (id)))
        {
          _physio_json_fail (error, &record.place, "id",
                             "is used by an earlier record of the file too");
          return NULL;
        }

      physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);
      if (!validate_record (exercise, &record.place, NULL, error))
        return NULL;

      g_ptr_array_add (parsed, g_steal_pointer (&exercise));
    }

  return g_steal_pointer (&parsed);
}

void
_physio_import_count_exercises (PhysioDatabase       *database,
                                GPtrArray            *exercises,
                                PhysioImportSummary  *summary)
{
  for (guint i = 0; i < exercises->len; i++)
    {
      gint64 handle;

      if (physio_database_lookup_handle (database,
                                         physio_exercise_get_id (exercises->pdata[i]), &handle))
        summary->n_updated++;
      else
        summary->n_added++;
    }
}

gboolean
physio_database_import_file (PhysioDatabase       *self,
                             GBytes               *json,
                             PhysioImportSummary  *summary,
                             GError              **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) exercises = NULL;
  PhysioImportSummary result = { PHYSIO_IMPORT_FORMAT_UNKNOWN, 0, };
  JsonObject *object = NULL;
  JsonNode *root;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = load_checked (parser, json, error);
  if (root == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_OBJECT (root))
    object = json_node_get_object (root);

  if (object != NULL && json_object_has_member (object, "templates"))
    {
      if (!_physio_import_templates (self, json, object, &result, error))
        return FALSE;
      if (summary != NULL)
        *summary = result;
      return TRUE;
    }

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      result.format = PHYSIO_IMPORT_FORMAT_FREE_EXERCISE_DB;
      exercises = fedb_parse_array (json_node_get_array (root), &result.n_shortened, error);
    }
  else if (object != NULL && json_object_has_member (object, "exercises"))
    {
      result.format = PHYSIO_IMPORT_FORMAT_EXERCISES;
      exercises = _physio_import_own_exercises (self, object, &result.n_builtin_skipped, error);
    }
  else
    {
      return _physio_json_fail (error, NULL, NULL,
                                "The file holds nothing Physioplan can read: it is neither a "
                                "free-exercise-db list, nor a Physioplan exercise file, nor a "
                                "template file");
    }

  if (exercises == NULL)
    return FALSE;

  _physio_import_count_exercises (self, exercises, &result);

  if (exercises->len > 0 && !physio_database_save_exercises (self, exercises, error))
    return FALSE;

  if (summary != NULL)
    *summary = result;
  return TRUE;
}

/* Export
 * ------ */

static GPtrArray *
load_all (PhysioDatabase  *self,
          GError         **error)
{
  g_autoptr(GArray) handles = NULL;
  PhysioExerciseQuery query = { NULL, };

  handles = physio_database_search (self, &query, error);
  if (handles == NULL)
    return NULL;

  return physio_database_load_exercises (self, (const gint64 *) handles->data, handles->len,
                                         error);
}

GBytes *
physio_database_export_exercises (PhysioDatabase  *self,
                                  GError         **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) own = g_ptr_array_new ();

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);

  all = load_all (self, error);
  if (all == NULL)
    return NULL;

  for (guint i = 0; i < all->len; i++)
    if (all->pdata[i] != NULL && !physio_exercise_is_builtin (all->pdata[i]))
      g_ptr_array_add (own, all->pdata[i]);

  return physio_library_to_bytes (1, own);
}

static void
csv_field (GString    *out,
           const char *text,
           gboolean    last)
{
  text = text != NULL ? text : "";

  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    {
      g_string_append (out, text);
    }

  g_string_append (out, last ? "\r\n" : ",");
}

static void
csv_list (GString            *out,
          const char * const *values,
          const char         *separator)
{
  g_autofree char *joined = g_strjoinv (separator, (char **) values);

  csv_field (out, joined, FALSE);
}

GBytes *
physio_database_export_csv (PhysioDatabase  *self,
                            GError         **error)
{
  static const char * const header[] = {
    "id", "name", "source", "category", "regions", "equipment", "position", "dosage_kind",
    "laterality", "default_dose", "stages", "steps", "cues", "caution_text", "aliases",
  };
  g_autoptr(GPtrArray) all = NULL;
  GString *out;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);

  all = load_all (self, error);
  if (all == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    csv_field (out, header[i], i + 1 == G_N_ELEMENTS (header));

  for (guint i = 0; i < all->len; i++)
    {
      PhysioExercise *exercise = all->pdata[i];

      if (exercise == NULL)
        continue;

      csv_field (out, physio_exercise_get_id (exercise), FALSE);
      csv_field (out, physio_exercise_get_name (exercise), FALSE);
      csv_field (out, physio_exercise_is_builtin (exercise) ? "builtin" : "custom", FALSE);
      csv_field (out, physio_exercise_get_category (exercise), FALSE);
      csv_list (out, physio_exercise_get_regions (exercise), ";");
      csv_list (out, physio_exercise_get_equipment (exercise), ";");
      csv_field (out, physio_exercise_get_position (exercise), FALSE);
      csv_field (out, physio_dosage_kind_to_code (physio_exercise_get_dosage_kind (exercise)),
                 FALSE);
      csv_field (out, physio_laterality_to_code (physio_exercise_get_laterality (exercise)),
                 FALSE);
      csv_field (out, physio_exercise_get_dose_summary (exercise), FALSE);
      csv_list (out, physio_exercise_get_stages (exercise), ";");
      /* Steps and cues one per line inside their field, as RFC 4180 allows. */
      csv_list (out, physio_exercise_get_steps (exercise), "\n");
      csv_list (out, physio_exercise_get_cues (exercise), "\n");
      csv_field (out, physio_exercise_get_caution_text (exercise), FALSE);
      {
        g_autofree char *aliases = g_strjoinv ("; ",
                                               (char **) physio_exercise_get_aliases (exercise));

        csv_field (out, aliases, TRUE);
      }
    }

  return g_string_free_to_bytes (out);
}

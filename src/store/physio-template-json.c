/* physio-template-json.c: the JSON of data/TEMPLATE-FORMAT.md: template programmes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include "physio-database.h"
#include "physio-json-private.h"
#include "physio-library-json.h"
#include "physio-template-json.h"
#include "physio-vocabulary.h"

#define TEMPLATES_FORMAT 1

/* A template's place in messages: "Template “id”", or "A template" before the id is known. */
static const PhysioJsonPlace any_template = { "Template", "A template", NULL, 0, NULL };

static gboolean
check_members (JsonObject             *object,
               const PhysioJsonPlace  *place,
               const char             *what,
               const char * const     *known,
               const char * const     *required,
               GError                **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (guint i = 0; required[i] != NULL; i++)
    if (!json_object_has_member (object, required[i]))
      return _physio_json_fail (error, place, required[i], "is missing");

  for (const GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      return _physio_json_fail (error, place, l->data, "is not a field of %s", what);

  return TRUE;
}

static gboolean
read_phases (JsonNode               *node,
             const PhysioJsonPlace  *place,
             PhysioTemplate         *template,
             GError                **error)
{
  static const char * const known[] = { "name", "week_from", "week_to", "goals", NULL };
  static const char * const required[] = { "name", "week_from", "week_to", NULL };
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return _physio_json_fail (error, place, "phases", "must be a list of phases");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *field = g_strdup_printf ("phases[%u]", i);
      PhysioPhase phase = { 0 };
      const char *name = NULL;
      const char *goals = NULL;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return _physio_json_fail (error, place, field, "must be an object");
      object = json_node_get_object (element);

      if (!check_members (object, place, "a phase", known, required, error) ||
          !_physio_json_read_string (json_object_get_member (object, "name"), place, field, &name,
                                     error) ||
          !_physio_json_read_uint (json_object_get_member (object, "week_from"), place, field, 1,
                                   template->weeks, &phase.week_from, error) ||
          !_physio_json_read_uint (json_object_get_member (object, "week_to"), place, field,
                                   phase.week_from, template->weeks, &phase.week_to, error) ||
          (json_object_has_member (object, "goals") &&
           !_physio_json_read_string (json_object_get_member (object, "goals"), place, field,
                                      &goals, error)))
        return FALSE;

      phase.name = g_strdup (name);
      phase.goals = g_strdup (goals);
      g_array_append_val (template->phases, phase);
    }

  return TRUE;
}

static gboolean
read_education (JsonNode               *node,
                const PhysioJsonPlace  *place,
                PhysioTemplate         *template,
                GError                **error)
{
  static const char * const known[] = { "week", "title", "body", NULL };
  static const char * const required[] = { "week", "title", NULL };
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return _physio_json_fail (error, place, "education", "must be a list of topics");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *field = g_strdup_printf ("education[%u]", i);
      PhysioEducationItem item = { 0 };
      const char *title = NULL;
      const char *body = NULL;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return _physio_json_fail (error, place, field, "must be an object");
      object = json_node_get_object (element);

      if (!check_members (object, place, "an education topic", known, required, error) ||
          !_physio_json_read_uint (json_object_get_member (object, "week"), place, field, 1,
                                   template->weeks, &item.week, error) ||
          !_physio_json_read_string (json_object_get_member (object, "title"), place, field, &title,
                                     error) ||
          (json_object_has_member (object, "body") &&
           !_physio_json_read_string (json_object_get_member (object, "body"), place, field, &body,
                                      error)))
        return FALSE;

      item.title = g_strdup (title);
      item.body = g_strdup (body);
      g_array_append_val (template->education, item);
    }

  return TRUE;
}

static gboolean
read_ladder (JsonNode               *node,
             const PhysioJsonPlace  *place,
             PhysioTemplateItem     *item,
             GError                **error)
{
  JsonArray *array;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return _physio_json_fail (error, place, "ladder", "must be a list of doses");

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n != item->week_to - item->week_from + 1)
    return _physio_json_fail (error, place, "ladder",
                              "must have %u doses for weeks %u–%u, not %u",
                              item->week_to - item->week_from + 1, item->week_from, item->week_to,
                              n);

  item->ladder = g_new0 (PhysioDose, n);
  item->n_ladder = n;
  for (guint i = 0; i < n; i++)
    physio_dose_init (&item->ladder[i]);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *field = g_strdup_printf ("ladder[%u]", i);

      if (!_physio_json_read_dose (json_array_get_element (array, i), place, field,
                                   &item->ladder[i], error))
        return FALSE;
    }

  return TRUE;
}

/* The keys of an item that PhysioTemplateItem keeps nowhere: checked, then left out. */
static gboolean
check_item_extras (JsonObject             *object,
                   const PhysioJsonPlace  *place,
                   GError                **error)
{
  static const char * const texts[] = { "block", "slot_option", "swaps_from" };
  const char *text;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (json_object_has_member (object, texts[i]) &&
        !_physio_json_read_string (json_object_get_member (object, texts[i]), place, texts[i],
                                   &text, error))
      return FALSE;

  if (json_object_has_member (object, "step_notes"))
    {
      JsonNode *node = json_object_get_member (object, "step_notes");
      g_autoptr(GList) weeks = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return _physio_json_fail (error, place, "step_notes", "must be an object of notes by week");

      weeks = json_object_get_members (json_node_get_object (node));
      for (const GList *l = weeks; l != NULL; l = l->next)
        if (!_physio_json_read_string (json_object_get_member (json_node_get_object (node),
                                                               l->data),
                                       place, "step_notes", &text, error))
          return FALSE;
    }

  return TRUE;
}

static gboolean
read_item (JsonNode         *node,
           PhysioJsonPlace  *place,
           PhysioTemplate   *template,
           GError          **error)
{
  static const char * const known[] = {
    "exercise_id", "week_from", "week_to", "block", "days_per_week", "sessions_per_day",
    "slot_group", "slot_option", "optional", "laterality", "swaps_from", "note", "step_notes",
    "ladder", NULL
  };
  static const char * const required[] = {
    "exercise_id", "week_from", "week_to", "ladder", NULL
  };
  PhysioTemplateItem item = { 0 };
  JsonObject *object;
  JsonNode *member;
  const char *text = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, NULL, "an item must be an object");
  object = json_node_get_object (node);

  /* The exercise first, so every later message names it. */
  if (!_physio_json_read_string (json_object_get_member (object, "exercise_id"), place,
                                 "exercise_id", &place->exercise_id, error))
    return FALSE;

  if (!check_members (object, place, "an item", known, required, error) ||
      !check_item_extras (object, place, error))
    return FALSE;

  if (!_physio_json_read_uint (json_object_get_member (object, "week_from"), place, "week_from", 1,
                               template->weeks, &item.week_from, error) ||
      !_physio_json_read_uint (json_object_get_member (object, "week_to"), place, "week_to",
                               item.week_from, template->weeks, &item.week_to, error))
    return FALSE;

  if ((member = json_object_get_member (object, "days_per_week")) != NULL &&
      !_physio_json_read_uint (member, place, "days_per_week", 1, 7, &item.days_per_week, error))
    return FALSE;
  if ((member = json_object_get_member (object, "sessions_per_day")) != NULL &&
      !_physio_json_read_uint (member, place, "sessions_per_day", 1, 12, &item.sessions_per_day,
                               error))
    return FALSE;
  if ((member = json_object_get_member (object, "optional")) != NULL &&
      !_physio_json_read_bool (member, place, "optional", &item.optional, error))
    return FALSE;

  if ((member = json_object_get_member (object, "laterality")) != NULL)
    {
      if (!_physio_json_read_string (member, place, "laterality", &text, error))
        return FALSE;
      if (!physio_laterality_from_code (text, &item.laterality))
        return _physio_json_fail (error, place, "laterality", "“%s” is not a side", text);
      item.has_laterality = TRUE;
    }

  member = json_object_get_member (object, "slot_group");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      if (!_physio_json_read_string (member, place, "slot_group", &text, error))
        return FALSE;
      item.slot_group = g_strdup (text);
    }

  if ((member = json_object_get_member (object, "note")) != NULL)
    {
      if (!_physio_json_read_string (member, place, "note", &text, error))
        {
          physio_template_item_clear (&item);
          return FALSE;
        }
      item.note = g_strdup (text);
    }

  item.exercise_id = g_strdup (place->exercise_id);
  if (!read_ladder (json_object_get_member (object, "ladder"), place, &item, error))
    {
      physio_template_item_clear (&item);
      return FALSE;
    }

  g_array_append_val (template->items, item);
  return TRUE;
}

/* The template keys PhysioTemplate keeps nowhere: checked, then left out. */
static gboolean
check_template_extras (JsonObject             *object,
                       const PhysioJsonPlace  *place,
                       GError                **error)
{
  static const char * const lists[] = { "guidance", "leave_out", "exit_criteria" };
  static const char * const texts[] = { "review", "next_template" };
  JsonNode *member;
  const char *text;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if ((member = json_object_get_member (object, lists[i])) != NULL &&
        !_physio_json_read_strings (member, place, lists[i], NULL, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if ((member = json_object_get_member (object, texts[i])) != NULL &&
        !_physio_json_read_string (member, place, texts[i], &text, error))
      return FALSE;

  if ((member = json_object_get_member (object, "modes")) != NULL)
    {
      g_autoptr(GPtrArray) modes = g_ptr_array_new_with_free_func (g_free);
      PhysioProgressionMode mode;

      if (!_physio_json_read_strings (member, place, "modes", modes, error))
        return FALSE;
      for (guint i = 0; i < modes->len; i++)
        if (!physio_progression_mode_from_code (modes->pdata[i], &mode))
          return _physio_json_fail (error, place, "modes", "“%s” is not a progression mode",
                                    (const char *) modes->pdata[i]);
    }

  if ((member = json_object_get_member (object, "quota")) != NULL &&
      !JSON_NODE_HOLDS_OBJECT (member))
    return _physio_json_fail (error, place, "quota", "must be an object");

  return TRUE;
}

static PhysioTemplate *
read_template (JsonNode  *node,
               GError   **error)
{
  static const char * const known[] = {
    "id", "version", "title", "name", "stage", "weeks", "mode", "modes", "quota", "goals",
    "guidance", "leave_out", "exit_criteria", "review", "next_template", "phases",
    "education", "items", "notes", NULL
  };
  static const char * const required[] = {
    "id", "version", "title", "name", "weeks", "mode", "items", NULL
  };
  g_autoptr(PhysioTemplate) template = NULL;
  PhysioJsonPlace place = any_template;
  JsonObject *object;
  JsonNode *member;
  JsonArray *items;
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      _physio_json_fail (error, &any_template, NULL, "must be an object");
      return NULL;
    }
  object = json_node_get_object (node);

  /* The id first, so every later message can name the template. */
  if (!_physio_json_read_string (json_object_get_member (object, "id"), &place, "id", &place.id,
                                 error))
    return NULL;
  if (*place.id == '\0')
    {
      place.id = NULL;
      _physio_json_fail (error, &place, "id", "must not be empty");
      return NULL;
    }

  if (!check_members (object, &place, "a template", known, required, error) ||
      !check_template_extras (object, &place, error))
    return NULL;

  template = physio_template_new ();
  template->id = g_strdup (place.id);

  if (!_physio_json_read_uint (json_object_get_member (object, "version"), &place, "version", 1,
                               G_MAXINT, &template->version, error) ||
      !_physio_json_read_uint (json_object_get_member (object, "weeks"), &place, "weeks", 1,
                               PHYSIO_PROGRAMME_MAX_WEEKS, &template->weeks, error))
    return NULL;

  if (!_physio_json_read_string (json_object_get_member (object, "name"), &place, "name", &text,
                                 error))
    return NULL;
  template->name = g_strdup (text);
  if (!_physio_json_read_string (json_object_get_member (object, "title"), &place, "title", &text,
                                 error))
    return NULL;
  template->title = g_strdup (text);

  if ((member = json_object_get_member (object, "stage")) != NULL)
    {
      if (!_physio_json_read_string (member, &place, "stage", &text, error))
        return NULL;
      if (!physio_vocab_is_valid (PHYSIO_VOCAB_STAGE, text))
        {
          _physio_json_fail (error, &place, "stage", "“%s” is not a stage", text);
          return NULL;
        }
      template->stage = g_strdup (text);
    }

  if (!_physio_json_read_string (json_object_get_member (object, "mode"), &place, "mode", &text,
                                 error))
    return NULL;
  if (!physio_progression_mode_from_code (text, &template->mode))
    {
      _physio_json_fail (error, &place, "mode", "“%s” is not a progression mode", text);
      return NULL;
    }

  if (((member = json_object_get_member (object, "goals")) != NULL &&
       !_physio_json_read_strings (member, &place, "goals", template->goals, error)) ||
      ((member = json_object_get_member (object, "notes")) != NULL &&
       !_physio_json_read_strings (member, &place, "notes", template->notes, error)) ||
      ((member = json_object_get_member (object, "phases")) != NULL &&
       !read_phases (member, &place, template, error)) ||
      ((member = json_object_get_member (object, "education")) != NULL &&
       !read_education (member, &place, template, error)))
    return NULL;

  member = json_object_get_member (object, "items");
  if (!JSON_NODE_HOLDS_ARRAY (member))
    {
      _physio_json_fail (error, &place, "items", "must be a list of items");
      return NULL;
    }
  items = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      place.item = i + 1;
      place.exercise_id = NULL;
      if (!read_item (json_array_get_element (items, i), &place, template, error))
        return NULL;
    }

  return g_steal_pointer (&template);
}

PhysioTemplate *
physio_template_from_json_node (JsonNode  *node,
                                GError   **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_template (node, error);
}

PhysioTemplate *
physio_template_from_json (const char  *json,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = _physio_json_load (parser, json, -1, &any_template, "the text", error);
  if (root == NULL)
    return NULL;

  return read_template (root, error);
}

gboolean
physio_templates_parse (GBytes     *json,
                        GPtrArray **templates,
                        GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GHashTable) seen = NULL;
  JsonObject *root;
  JsonNode *member;
  JsonArray *array;
  const char *data;
  gsize size;
  guint format = 0;

  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (templates != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (json, &size);
  if (_physio_json_load (parser, data, size, &any_template, "the template file", error) == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return _physio_json_fail (error, &any_template, NULL,
                              "the template file must be a JSON object");
  root = json_node_get_object (json_parser_get_root (parser));

  if (!_physio_json_read_uint (json_object_get_member (root, "format"), &any_template, "format", 1,
                               G_MAXINT, &format, error))
    return FALSE;
  if (format != TEMPLATES_FORMAT)
    return _physio_json_fail (error, &any_template, "format",
                              "this version of Physioplan reads format %u, not %u",
                              TEMPLATES_FORMAT, format);

  member = json_object_get_member (root, "templates");
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
    return _physio_json_fail (error, &any_template, "templates", "must be a list of templates");

  array = json_node_get_array (member);
  parsed = g_ptr_array_new_with_free_func ((GDestroyNotify) physio_template_free);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      PhysioTemplate *template = read_template (json_array_get_element (array, i), error);

      if (template == NULL)
        return FALSE;

      template->builtin = TRUE;
      g_ptr_array_add (parsed, template);
      if (!g_hash_table_add (seen, template->id))
        {
          PhysioJsonPlace place = { "Template", "A template", template->id, 0, NULL };

          return _physio_json_fail (error, &place, "id", "is used by more than one template");
        }
    }

  *templates = g_steal_pointer (&parsed);
  return TRUE;
}

/* Writing */

static void
add_strings (JsonBuilder *builder,
             const char  *key,
             GPtrArray   *values)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && i < values->len; i++)
    json_builder_add_string_value (builder, values->pdata[i]);
  json_builder_end_array (builder);
}

static void
add_uint (JsonBuilder *builder,
          const char  *key,
          guint        value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_text (JsonBuilder *builder,
          const char  *key,
          const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
build_item (JsonBuilder              *builder,
            const PhysioTemplateItem *item)
{
  json_builder_begin_object (builder);

  add_text (builder, "exercise_id", item->exercise_id);
  add_uint (builder, "week_from", item->week_from);
  add_uint (builder, "week_to", item->week_to);
  if (item->days_per_week > 0)
    add_uint (builder, "days_per_week", item->days_per_week);
  if (item->sessions_per_day > 0)
    add_uint (builder, "sessions_per_day", item->sessions_per_day);
  json_builder_set_member_name (builder, "slot_group");
  if (item->slot_group != NULL)
    json_builder_add_string_value (builder, item->slot_group);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "optional");
  json_builder_add_boolean_value (builder, item->optional);
  if (item->has_laterality)
    add_text (builder, "laterality", physio_laterality_to_code (item->laterality));
  add_text (builder, "note", item->note);

  json_builder_set_member_name (builder, "ladder");
  json_builder_begin_array (builder);
  for (guint i = 0; i < item->n_ladder; i++)
    json_builder_add_value (builder, physio_dose_to_json_node (&item->ladder[i]));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
build_template (JsonBuilder          *builder,
                const PhysioTemplate *self)
{
  json_builder_begin_object (builder);

  add_text (builder, "id", self->id);
  add_uint (builder, "version", MAX (self->version, 1));
  add_text (builder, "title", self->title != NULL ? self->title : "");
  add_text (builder, "name", self->name != NULL ? self->name : "");
  add_text (builder, "stage", self->stage);
  add_uint (builder, "weeks", self->weeks);
  add_text (builder, "mode", physio_progression_mode_to_code (self->mode));
  add_strings (builder, "goals", self->goals);

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->phases->len; i++)
    {
      const PhysioPhase *phase = &g_array_index (self->phases, PhysioPhase, i);

      json_builder_begin_object (builder);
      add_text (builder, "name", phase->name != NULL ? phase->name : "");
      add_uint (builder, "week_from", phase->week_from);
      add_uint (builder, "week_to", phase->week_to);
      add_text (builder, "goals", phase->goals);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "education");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->education->len; i++)
    {
      const PhysioEducationItem *item = &g_array_index (self->education, PhysioEducationItem, i);

      json_builder_begin_object (builder);
      add_uint (builder, "week", item->week);
      add_text (builder, "title", item->title != NULL ? item->title : "");
      add_text (builder, "body", item->body);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    build_item (builder, &g_array_index (self->items, PhysioTemplateItem, i));
  json_builder_end_array (builder);

  add_strings (builder, "notes", self->notes);

  json_builder_end_object (builder);
}

JsonNode *
physio_template_to_json_node (const PhysioTemplate *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  build_template (builder, self);
  return json_builder_get_root (builder);
}

char *
physio_template_to_json (const PhysioTemplate *self)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  root = physio_template_to_json_node (self);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

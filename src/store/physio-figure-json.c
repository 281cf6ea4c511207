/* physio-figure-json.c: reading and writing the exercise figures' pose data
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <json-glib/json-glib.h>

#include "physio-database.h"
#include "physio-figure-json.h"
#include "physio-json-private.h"

#define FIGURES_FORMAT 1
#define FIGURES_RESOURCE RESOURCE_BASE "/library/figures.json"

static const char * const limb_fields[] = {
  "shoulder", "elbow", "hip", "knee", "ankle", "thigh_scale", "shank_scale", "arm_scale",
};

static double *
limb_field (PhysioLimbAngles *limb,
            guint             i)
{
  double *fields[] = {
    &limb->shoulder, &limb->elbow, &limb->hip, &limb->knee, &limb->ankle,
    &limb->thigh_scale, &limb->shank_scale, &limb->arm_scale,
  };

  return fields[i];
}

static gboolean
read_number (JsonObject             *object,
             const char             *member,
             const PhysioJsonPlace  *place,
             const char             *path,
             double                 *out,
             GError                **error)
{
  g_autofree char *field = g_strconcat (path, ".", member, NULL);
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (_physio_json_holds_type (node, G_TYPE_INT64))
    *out = json_node_get_int (node);
  else if (_physio_json_holds_type (node, G_TYPE_DOUBLE))
    *out = json_node_get_double (node);
  else
    return _physio_json_fail (error, place, field, "must be a number");
  return TRUE;
}

static gboolean
read_only_known (JsonObject             *object,
                 const char * const     *known,
                 guint                   n_known,
                 const PhysioJsonPlace  *place,
                 const char             *path,
                 GError                **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n_known && !found; i++)
        found = g_str_equal (l->data, known[i]);
      if (!found)
        {
          g_autofree char *field = g_strconcat (path, ".", l->data, NULL);

          return _physio_json_fail (error, place, field, "is not a field of a figure");
        }
    }
  return TRUE;
}

static gboolean
read_limb (JsonNode               *node,
           const PhysioJsonPlace  *place,
           const char             *path,
           PhysioLimbAngles       *limb,
           GError                **error)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, path, "must be an object of joint angles");
  object = json_node_get_object (node);
  if (!read_only_known (object, limb_fields, G_N_ELEMENTS (limb_fields), place, path, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (limb_fields); i++)
    if (!read_number (object, limb_fields[i], place, path, limb_field (limb, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
read_pose (JsonNode               *node,
           const PhysioJsonPlace  *place,
           guint                   index,
           PhysioPose             *pose,
           GError                **error)
{
  static const char * const fields[] = { "trunk", "lumbar", "neck", "lift", "near", "far" };
  g_autofree char *path = g_strdup_printf ("poses[%u]", index);
  g_autofree char *near_path = g_strconcat (path, ".near", NULL);
  g_autofree char *far_path = g_strconcat (path, ".far", NULL);
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, path, "must be an object");
  object = json_node_get_object (node);
  if (!read_only_known (object, fields, G_N_ELEMENTS (fields), place, path, error))
    return FALSE;

  physio_pose_init_standing (pose);
  if (!read_number (object, "trunk", place, path, &pose->trunk, error) ||
      !read_number (object, "lumbar", place, path, &pose->lumbar, error) ||
      !read_number (object, "neck", place, path, &pose->neck, error) ||
      !read_number (object, "lift", place, path, &pose->lift, error))
    return FALSE;

  /* A symmetric pose names its near side only. */
  if (json_object_has_member (object, "near") &&
      !read_limb (json_object_get_member (object, "near"), place, near_path,
                  &pose->limb[PHYSIO_POSE_NEAR], error))
    return FALSE;
  pose->limb[PHYSIO_POSE_FAR] = pose->limb[PHYSIO_POSE_NEAR];
  if (json_object_has_member (object, "far") &&
      !read_limb (json_object_get_member (object, "far"), place, far_path,
                  &pose->limb[PHYSIO_POSE_FAR], error))
    return FALSE;
  return TRUE;
}

static gboolean
read_joint (JsonObject             *object,
            const char             *member,
            const PhysioJsonPlace  *place,
            const char             *path,
            PhysioJoint            *out,
            GError                **error)
{
  g_autofree char *field = g_strconcat (path, ".", member, NULL);
  const char *name;
  int joint;

  if (!json_object_has_member (object, member))
    return TRUE;
  if (!_physio_json_read_string (json_object_get_member (object, member), place, field, &name,
                                 error))
    return FALSE;
  joint = physio_joint_from_name (name);
  if (joint < 0)
    return _physio_json_fail (error, place, field, "“%s” is not a body point", name);
  *out = joint;
  return TRUE;
}

static gboolean
read_prop (JsonNode               *node,
           const PhysioJsonPlace  *place,
           guint                   index,
           PhysioProp             *prop,
           GError                **error)
{
  static const char * const fields[] = { "kind", "at", "to" };
  g_autofree char *path = g_strdup_printf ("props[%u]", index);
  g_autofree char *kind_field = g_strconcat (path, ".kind", NULL);
  JsonObject *object;
  const char *kind;
  int value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, path, "must be an object");
  object = json_node_get_object (node);
  if (!read_only_known (object, fields, G_N_ELEMENTS (fields), place, path, error) ||
      !_physio_json_read_string (json_object_get_member (object, "kind"), place, kind_field,
                                 &kind, error))
    return FALSE;
  value = physio_prop_kind_from_name (kind);
  if (value < 0)
    return _physio_json_fail (error, place, kind_field, "“%s” is not a known prop", kind);

  *prop = (PhysioProp) { value, PHYSIO_JOINT_HIP, PHYSIO_JOINT_HIP };
  return read_joint (object, "at", place, path, &prop->at, error) &&
         read_joint (object, "to", place, path, &prop->to, error);
}

static gboolean
read_list (JsonObject             *object,
           const char             *member,
           const PhysioJsonPlace  *place,
           guint                   max,
           JsonArray             **out,
           GError                **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _physio_json_fail (error, place, member, "must be a list");
  if (json_array_get_length (json_node_get_array (node)) > max)
    return _physio_json_fail (error, place, member, "may hold at most %u entries", max);
  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
read_figure (JsonNode               *node,
             const PhysioJsonPlace  *place,
             PhysioFigure           *figure,
             GError                **error)
{
  static const char * const fields[] = { "view", "layout", "anchor", "poses", "props", "arrows" };
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  JsonArray *poses, *props, *arrows;
  const char *text;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _physio_json_fail (error, place, NULL, "must be an object");
  object = json_node_get_object (node);
  if (!read_only_known (object, fields, G_N_ELEMENTS (fields), place, "figure", error))
    return FALSE;

  *figure = (PhysioFigure) { 0 };
  if (json_object_has_member (object, "view"))
    {
      if (!_physio_json_read_string (json_object_get_member (object, "view"), place, "view",
                                     &text, error))
        return FALSE;
      if (g_str_equal (text, "front"))
        figure->view = PHYSIO_POSE_VIEW_FRONT;
      else if (g_str_equal (text, "top"))
        figure->view = PHYSIO_POSE_VIEW_TOP;
      else if (!g_str_equal (text, "side"))
        return _physio_json_fail (error, place, "view", "must be “side”, “front” or “top”");
    }
  if (json_object_has_member (object, "layout"))
    {
      if (!_physio_json_read_string (json_object_get_member (object, "layout"), place, "layout",
                                     &text, error))
        return FALSE;
      if (g_str_equal (text, "sequence"))
        figure->layout = PHYSIO_FIGURE_SEQUENCE;
      else if (!g_str_equal (text, "overlay"))
        return _physio_json_fail (error, place, "layout", "must be “overlay” or “sequence”");
    }

  figure->anchor = PHYSIO_JOINT_HIP;
  if (!read_joint (object, "anchor", place, "figure", &figure->anchor, error))
    return FALSE;
  if (!read_list (object, "poses", place, PHYSIO_FIGURE_MAX_POSES, &poses, error) ||
      !read_list (object, "props", place, PHYSIO_FIGURE_MAX_PROPS, &props, error) ||
      !read_list (object, "arrows", place, PHYSIO_FIGURE_MAX_ARROWS, &arrows, error))
    return FALSE;
  if (poses == NULL || json_array_get_length (poses) == 0)
    return _physio_json_fail (error, place, "poses", "must list one or two poses");

  figure->n_poses = json_array_get_length (poses);
  for (guint i = 0; i < figure->n_poses; i++)
    if (!read_pose (json_array_get_element (poses, i), place, i, &figure->poses[i], error))
      return FALSE;

  figure->n_props = props != NULL ? json_array_get_length (props) : 0;
  for (guint i = 0; i < figure->n_props; i++)
    if (!read_prop (json_array_get_element (props, i), place, i, &figure->props[i], error))
      return FALSE;

  figure->n_arrows = arrows != NULL ? json_array_get_length (arrows) : 0;
  for (guint i = 0; i < figure->n_arrows; i++)
    {
      g_autofree char *field = g_strdup_printf ("arrows[%u]", i);
      int joint;

      if (!_physio_json_read_string (json_array_get_element (arrows, i), place, field, &text,
                                     error))
        return FALSE;
      joint = physio_joint_from_name (text);
      if (joint < 0)
        return _physio_json_fail (error, place, field, "“%s” is not a body point", text);
      figure->arrows[i].joint = joint;
    }

  if (!physio_figure_validate (figure, &local_error))
    return _physio_json_fail (error, place, NULL, "%s", local_error->message);
  return TRUE;
}

GHashTable *
physio_figure_json_read (GBytes  *bytes,
                         GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) figures = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GList) ids = NULL;
  JsonObject *root, *table;
  const char *data;
  gsize size;
  guint format = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* json-glib refuses zero bytes by precondition, not by error: say it ourselves. */
  data = g_bytes_get_data (bytes, &size);
  if (size == 0 || data == NULL)
    {
      _physio_json_fail (error, NULL, NULL, "The figures file is empty");
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, size, &local_error) ||
      json_parser_get_root (parser) == NULL)
    {
      _physio_json_fail (error, NULL, NULL, "The figures file is not valid JSON (%s)",
                         local_error != NULL ? local_error->message : "it holds no value");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      _physio_json_fail (error, NULL, NULL, "The figures file must be a JSON object");
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  if (!_physio_json_read_uint (json_object_get_member (root, "format"), NULL, "format", 1,
                               G_MAXINT, &format, error))
    return NULL;
  if (format != FIGURES_FORMAT)
    {
      _physio_json_fail (error, NULL, "format", "this version of Physioplan reads format %u, not %u",
                         FIGURES_FORMAT, format);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "figures")))
    {
      _physio_json_fail (error, NULL, "figures", "must be an object of figures by exercise id");
      return NULL;
    }

  table = json_object_get_object_member (root, "figures");
  figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ids = json_object_get_members (table);
  for (GList *l = ids; l != NULL; l = l->next)
    {
      PhysioJsonPlace place = { "Figure", NULL, l->data, 0, NULL };
      g_autofree PhysioFigure *figure = g_new0 (PhysioFigure, 1);

      if (!read_figure (json_object_get_member (table, l->data), &place, figure, error))
        return NULL;
      g_hash_table_insert (figures, g_strdup (l->data), g_steal_pointer (&figure));
    }
  return g_steal_pointer (&figures);
}

PhysioFigure *
physio_figure_json_read_one (const char  *json,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree PhysioFigure *figure = g_new0 (PhysioFigure, 1);
  PhysioJsonPlace place = { "Figure", NULL, "own", 0, NULL };
  JsonNode *root;

  g_return_val_if_fail (json != NULL, NULL);

  root = _physio_json_load (parser, json, -1, &place, "The figure", error);
  if (root == NULL || !read_figure (root, &place, figure, error))
    return NULL;
  return g_steal_pointer (&figure);
}

GHashTable *
physio_figure_json_read_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (FIGURES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return physio_figure_json_read (bytes, error);
}

static void
write_limb (JsonBuilder            *builder,
            const PhysioLimbAngles *limb)
{
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (limb_fields); i++)
    {
      json_builder_set_member_name (builder, limb_fields[i]);
      json_builder_add_double_value (builder, *limb_field ((PhysioLimbAngles *) limb, i));
    }
  json_builder_end_object (builder);
}

char *
physio_figure_json_write (const PhysioFigure *figure)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "view");
  json_builder_add_string_value (builder, figure->view == PHYSIO_POSE_VIEW_FRONT ? "front" :
                                          figure->view == PHYSIO_POSE_VIEW_TOP ? "top" : "side");
  json_builder_set_member_name (builder, "layout");
  json_builder_add_string_value (builder,
                                 figure->layout == PHYSIO_FIGURE_SEQUENCE ? "sequence" : "overlay");
  json_builder_set_member_name (builder, "anchor");
  json_builder_add_string_value (builder, physio_joint_to_name (figure->anchor));
  json_builder_set_member_name (builder, "poses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figure->n_poses; i++)
    {
      const PhysioPose *pose = &figure->poses[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "trunk");
      json_builder_add_double_value (builder, pose->trunk);
      json_builder_set_member_name (builder, "lumbar");
      json_builder_add_double_value (builder, pose->lumbar);
      json_builder_set_member_name (builder, "neck");
      json_builder_add_double_value (builder, pose->neck);
      json_builder_set_member_name (builder, "lift");
      json_builder_add_double_value (builder, pose->lift);
      json_builder_set_member_name (builder, "near");
      write_limb (builder, &pose->limb[PHYSIO_POSE_NEAR]);
      json_builder_set_member_name (builder, "far");
      write_limb (builder, &pose->limb[PHYSIO_POSE_FAR]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "props");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figure->n_props; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, physio_prop_kind_to_name (figure->props[i].kind));
      json_builder_set_member_name (builder, "at");
      json_builder_add_string_value (builder, physio_joint_to_name (figure->props[i].at));
      json_builder_set_member_name (builder, "to");
      json_builder_add_string_value (builder, physio_joint_to_name (figure->props[i].to));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "arrows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figure->n_arrows; i++)
    json_builder_add_string_value (builder, physio_joint_to_name (figure->arrows[i].joint));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

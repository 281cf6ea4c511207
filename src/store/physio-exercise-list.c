/* physio-exercise-list.c: a GListModel of the exercises matching a query
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include "physio-exercise-list.h"

/* A view asks for rows near what it shows; loading them 50 at a time turns a screenful into
 * one or two batches of a few queries. Eight pages cover a couple of screens of scrolling
 * back and forth without growing with the library. */
#define PAGE_SIZE 50
#define MAX_PAGES 8

typedef struct
{
  guint      index;
  GPtrArray *items;
} Page;

struct _PhysioExerciseList
{
  GObject              parent_instance;

  PhysioDatabase      *database;
  PhysioExerciseQuery  query;
  GArray              *handles;

  /* Most recently used first. */
  GQueue               pages;

  /* TRUE between the two halves of a replacement (see replace_handles ()). */
  gboolean             replacing;
};

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PhysioExerciseList, physio_exercise_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->items);
  g_free (page);
}

static void
drop_pages (PhysioExerciseList *self)
{
  g_queue_clear_full (&self->pages, page_free);
}

static GType
physio_exercise_list_get_item_type (GListModel *model)
{
  return PHYSIO_TYPE_EXERCISE;
}

static guint
physio_exercise_list_get_n_items (GListModel *model)
{
  PhysioExerciseList *self = PHYSIO_EXERCISE_LIST (model);

  return self->handles->len;
}

static Page *
lookup_page (PhysioExerciseList *self,
             guint               index)
{
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    {
      Page *page = l->data;

      if (page->index == index)
        {
          if (l != self->pages.head)
            {
              g_queue_unlink (&self->pages, l);
              g_queue_push_head_link (&self->pages, l);
            }
          return page;
        }
    }

  return NULL;
}

static Page *
load_page (PhysioExerciseList *self,
           guint               index)
{
  g_autoptr(GError) error = NULL;
  guint start = index * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->handles->len - start);
  GPtrArray *items;
  Page *page;

  items = physio_database_load_exercises (self->database,
                                          &g_array_index (self->handles, gint64, start), n,
                                          &error);
  if (items == NULL)
    {
      g_warning ("Could not load exercises: %s", error->message);
      return NULL;
    }

  page = g_new0 (Page, 1);
  page->index = index;
  page->items = items;
  g_queue_push_head (&self->pages, page);

  while (self->pages.length > MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));

  return page;
}

static gpointer
physio_exercise_list_get_item (GListModel *model,
                               guint       position)
{
  PhysioExerciseList *self = PHYSIO_EXERCISE_LIST (model);
  PhysioExercise *exercise;
  Page *page;

  if (position >= self->handles->len)
    return NULL;

  page = lookup_page (self, position / PAGE_SIZE);
  if (page == NULL)
    page = load_page (self, position / PAGE_SIZE);
  if (page == NULL)
    return NULL;

  /* NULL only if the row went away since the search; a refresh is already on its way. */
  exercise = g_ptr_array_index (page->items, position % PAGE_SIZE);
  return exercise != NULL ? g_object_ref (exercise) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = physio_exercise_list_get_item_type;
  iface->get_n_items = physio_exercise_list_get_n_items;
  iface->get_item = physio_exercise_list_get_item;
}

/* Swaps in a new result and tells the view in one items-changed, trimmed to the part that
 * differs so the rows around it keep their widgets. @changed is the position (in the new
 * result) of an exercise whose content changed, which must be re-read although its handle
 * did not move, or G_MAXUINT. @everything marks every row as changed. */
static void
replace_handles (PhysioExerciseList *self,
                 GArray             *handles,
                 guint               changed,
                 gboolean            everything)
{
  g_autoptr(GArray) old = self->handles;
  guint old_len = old->len;
  guint new_len = handles->len;
  guint prefix = 0;
  guint suffix = 0;

  self->handles = g_array_ref (handles);
  drop_pages (self);

  if (!everything)
    {
      const gint64 *a = (const gint64 *) old->data;
      const gint64 *b = (const gint64 *) handles->data;

      while (prefix < old_len && prefix < new_len && a[prefix] == b[prefix])
        prefix++;
      while (suffix < old_len - prefix && suffix < new_len - prefix &&
             a[old_len - 1 - suffix] == b[new_len - 1 - suffix])
        suffix++;

      /* One emission must cover both the moved rows and the edited one. */
      if (changed != G_MAXUINT && prefix + suffix == old_len && prefix + suffix == new_len)
        {
          prefix = changed;
          suffix = new_len - 1 - changed;
        }
      else if (changed != G_MAXUINT)
        {
          prefix = MIN (prefix, changed);
          if (changed >= new_len - suffix)
            suffix = new_len - 1 - changed;
        }
    }

  if (old_len - prefix - suffix == 0 && new_len - prefix - suffix == 0)
    return;

  /* A search replaces rows wholesale. GTK 4.8's list view, when one items-changed both
   * removes a visible row and adds rows, calls get_item () on every added position looking for
   * the removed row's item: at 100,000 exercises that loads the whole library on a keystroke
   * (p95 of 246 ms in tests/bench/bench-search). So a search says "these rows went" and then
   * "these rows came" in two emissions; listeners that care about the in-between state ask
   * physio_exercise_list_is_replacing (). An edit of one row keeps its single emission. */
  if (!everything && changed == G_MAXUINT &&
      old_len - prefix - suffix > 0 && new_len - prefix - suffix > 0)
    {
      g_autoptr(GArray) kept = g_array_sized_new (FALSE, FALSE, sizeof (gint64), prefix + suffix);

      g_array_append_vals (kept, old->data, prefix);
      g_array_append_vals (kept, &g_array_index (old, gint64, old_len - suffix), suffix);
      g_clear_pointer (&self->handles, g_array_unref);
      self->handles = g_steal_pointer (&kept);

      self->replacing = TRUE;
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix - suffix, 0);
      self->replacing = FALSE;

      /* Pages loaded in between hold the in-between positions. */
      g_clear_pointer (&self->handles, g_array_unref);
      self->handles = g_array_ref (handles);
      drop_pages (self);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, new_len - prefix - suffix);
    }
  else
    {
      g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                  old_len - prefix - suffix, new_len - prefix - suffix);
    }

  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
physio_exercise_list_is_replacing (PhysioExerciseList *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_LIST (self), FALSE);

  return self->replacing;
}

static guint
position_in (GArray *handles,
             gint64  handle)
{
  for (guint i = 0; i < handles->len; i++)
    if (g_array_index (handles, gint64, i) == handle)
      return i;

  return G_MAXUINT;
}

static void
refresh_for (PhysioExerciseList *self,
             const char         *id)
{
  g_autoptr(GArray) handles = NULL;
  g_autoptr(GError) error = NULL;
  gint64 handle;
  guint changed = G_MAXUINT;

  handles = physio_database_search (self->database, &self->query, &error);
  if (handles == NULL)
    {
      g_warning ("Could not update the exercise list: %s", error->message);
      return;
    }

  if (id != NULL && physio_database_lookup_handle (self->database, id, &handle))
    changed = position_in (handles, handle);

  replace_handles (self, handles, changed, id == NULL);
}

static void
on_exercises_changed_cb (PhysioExerciseList *self,
                         const char         *id,
                         PhysioDatabase     *database)
{
  refresh_for (self, id);
}

static void
physio_exercise_list_set_database (PhysioExerciseList *self,
                                   PhysioDatabase     *database)
{
  g_assert (self->database == NULL);

  self->database = g_object_ref (database);
  g_signal_connect_object (database, "exercises-changed",
                           G_CALLBACK (on_exercises_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
physio_exercise_list_constructed (GObject *object)
{
  PhysioExerciseList *self = PHYSIO_EXERCISE_LIST (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (physio_exercise_list_parent_class)->constructed (object);

  /* A new list shows the whole library, as the empty query does. */
  if (!physio_exercise_list_set_query (self, NULL, &error))
    g_warning ("Could not list the exercises: %s", error->message);
}

static void
physio_exercise_list_dispose (GObject *object)
{
  PhysioExerciseList *self = PHYSIO_EXERCISE_LIST (object);

  drop_pages (self);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_exercise_list_parent_class)->dispose (object);
}

static void
physio_exercise_list_finalize (GObject *object)
{
  PhysioExerciseList *self = PHYSIO_EXERCISE_LIST (object);

  physio_exercise_query_clear (&self->query);
  g_clear_pointer (&self->handles, g_array_unref);

  G_OBJECT_CLASS (physio_exercise_list_parent_class)->finalize (object);
}

static void
physio_exercise_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PhysioExerciseList *self = PHYSIO_EXERCISE_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->handles->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PhysioExerciseList *self = PHYSIO_EXERCISE_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      physio_exercise_list_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_list_class_init (PhysioExerciseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = physio_exercise_list_constructed;
  object_class->dispose = physio_exercise_list_dispose;
  object_class->finalize = physio_exercise_list_finalize;
  object_class->get_property = physio_exercise_list_get_property;
  object_class->set_property = physio_exercise_list_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
physio_exercise_list_init (PhysioExerciseList *self)
{
  self->handles = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_queue_init (&self->pages);
}

PhysioExerciseList *
physio_exercise_list_new (PhysioDatabase *database)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  return g_object_new (PHYSIO_TYPE_EXERCISE_LIST, "database", database, NULL);
}

static void
copy_query (PhysioExerciseQuery       *dest,
            const PhysioExerciseQuery *src)
{
  physio_exercise_query_clear (dest);
  if (src == NULL)
    return;

  dest->text = g_strdup (src->text);
  dest->categories = g_strdupv (src->categories);
  dest->regions = g_strdupv (src->regions);
  dest->equipment = g_strdupv (src->equipment);
  dest->positions = g_strdupv (src->positions);
  dest->stages = g_strdupv (src->stages);
}

gboolean
physio_exercise_list_set_query (PhysioExerciseList         *self,
                                const PhysioExerciseQuery  *query,
                                GError                    **error)
{
  g_autoptr(GArray) handles = NULL;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  handles = physio_database_search (self->database, query, error);
  if (handles == NULL)
    return FALSE;

  copy_query (&self->query, query);
  replace_handles (self, handles, G_MAXUINT, FALSE);

  return TRUE;
}

void
physio_exercise_list_refresh (PhysioExerciseList *self)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE_LIST (self));

  refresh_for (self, NULL);
}

guint
physio_exercise_list_find (PhysioExerciseList *self,
                           const char         *id)
{
  gint64 handle;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_LIST (self), G_MAXUINT);
  g_return_val_if_fail (id != NULL, G_MAXUINT);

  if (!physio_database_lookup_handle (self->database, id, &handle))
    return G_MAXUINT;

  return position_in (self->handles, handle);
}

/* test-search.c: text search, filters, name order and the paged list model
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-database-private.h"
#include "physio-exercise-list.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

/* The ids the query finds, in result order, joined by spaces. */
static char *
search_ids (PhysioDatabase            *database,
            const PhysioExerciseQuery *query)
{
  g_autoptr(GArray) handles = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);

  handles = physio_database_search (database, query, &error);
  g_assert_no_error (error);
  exercises = physio_database_load_exercises (database, (const gint64 *) handles->data,
                                              handles->len, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);

      g_assert_nonnull (exercise);
      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, physio_exercise_get_id (exercise));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
search_text (PhysioDatabase *database,
             const char     *text)
{
  PhysioExerciseQuery query = { .text = (char *) text };

  return search_ids (database, &query);
}

static void
assert_text_finds (PhysioDatabase *database,
                   const char     *text,
                   const char     *expected)
{
  g_autofree char *ids = search_text (database, text);

  g_test_message ("“%s” -> %s", text, ids);
  g_assert_cmpstr (ids, ==, expected);
}

static void
test_prefix (Fixture       *fixture,
             gconstpointer  data)
{
  /* Ordered by name: "Bird dog" before "Bird dog - one limb at a time". */
  assert_text_finds (fixture->database, "bird", "COR-09 COR-08");
  assert_text_finds (fixture->database, "bi", "COR-09 COR-08");
  assert_text_finds (fixture->database, "Bird Dog", "COR-09 COR-08");
  assert_text_finds (fixture->database, "bird d", "COR-09 COR-08");
  assert_text_finds (fixture->database, "dog bird", "COR-09 COR-08");
  assert_text_finds (fixture->database, "bird limb", "COR-08");
  assert_text_finds (fixture->database, "hip hinge", "HIN-01 HIN-02");
}

static void
test_diacritics (Fixture       *fixture,
                 gconstpointer  data)
{
  /* MOB-15 has the alias "café hamstring stretch". */
  assert_text_finds (fixture->database, "cafe", "MOB-15");
  assert_text_finds (fixture->database, "café", "MOB-15");
  assert_text_finds (fixture->database, "CAFÉ", "MOB-15");
  assert_text_finds (fixture->database, "caf", "MOB-15");
  /* The same word typed with a combining accent. */
  assert_text_finds (fixture->database, "cafe\xcc\x81", "MOB-15");
}

static void
test_aliases_steps_cues (Fixture       *fixture,
                         gconstpointer  data)
{
  /* Only in an alias: "cat-cow", "dowel hinge". */
  assert_text_finds (fixture->database, "cow", "MOB-06");
  assert_text_finds (fixture->database, "dowel", "HIN-02");
  /* Only in a step: "Wear comfortable shoes", "towards the ceiling". */
  assert_text_finds (fixture->database, "shoes", "AER-01");
  assert_text_finds (fixture->database, "ceiling", "MOB-06");
  /* Only in a cue: "Make a fist with the reaching hand", "like a wave". */
  assert_text_finds (fixture->database, "fist", "COR-09");
  assert_text_finds (fixture->database, "wave", "MOB-06");
}

static void
test_no_match (Fixture       *fixture,
               gconstpointer  data)
{
  assert_text_finds (fixture->database, "xylophone", "");
  assert_text_finds (fixture->database, "bird xylophone", "");
}

static void
test_odd_characters (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const odd[] = {
    "\"", "*", "-", "AND", "OR", "NOT", "NEAR", "bird AND", "\"bird", "bird*", "-bird",
    "(", ")", "bird:", "name:bird", "^bird", "{name}", "'", "%", "\\", "bird OR dog",
    "+", "bird\"dog", "\xff\xfe", "..", "   ",
  };
  g_autofree char *all = search_text (fixture->database, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autofree char *ids = search_text (fixture->database, odd[i]);
      g_autofree char *printable = g_strescape (odd[i], NULL);

      g_test_message ("“%s” -> %s", printable, ids);
    }

  /* Punctuation only separates words: it neither errors nor changes the words. */
  assert_text_finds (fixture->database, "\"bird", "COR-09 COR-08");
  assert_text_finds (fixture->database, "bird*", "COR-09 COR-08");
  assert_text_finds (fixture->database, "-bird", "COR-09 COR-08");
  assert_text_finds (fixture->database, "(bird)", "COR-09 COR-08");
  assert_text_finds (fixture->database, "name:bird", "");
  assert_text_finds (fixture->database, "*", all);
  assert_text_finds (fixture->database, "   ", all);
  /* Operator words are plain words: "or" is a prefix of "or", "order", ... */
  {
    g_autofree char *upper = search_text (fixture->database, "OR");
    g_autofree char *lower = search_text (fixture->database, "or");

    g_assert_cmpstr (upper, ==, lower);
    g_assert_cmpstr (upper, !=, "");
  }
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  char *core[] = { (char *) "core_stability", NULL };
  char *aerobic_or_hinge[] = { (char *) "aerobic", (char *) "hinge_lifting", NULL };
  char *mobility[] = { (char *) "mobility", NULL };
  char *quadruped[] = { (char *) "quadruped", NULL };
  char *dowel[] = { (char *) "dowel", NULL };
  char *heat_pack[] = { (char *) "heat_pack", NULL };
  char *lower_limb[] = { (char *) "lower_limb", NULL };
  char *acute[] = { (char *) "acute", NULL };
  char *unknown[] = { (char *) "no_such_code", NULL };
  char *empty[] = { NULL };
  struct
  {
    PhysioExerciseQuery  query;
    const char          *expected;
  } cases[] = {
    { { .categories = core }, "COR-09 COR-08" },
    { { .categories = aerobic_or_hinge }, "AER-02 AER-01 HIN-01 HIN-02" },
    { { .positions = quadruped }, "COR-09 COR-08 MOB-06" },
    { { .positions = quadruped, .categories = mobility }, "MOB-06" },
    { { .equipment = heat_pack }, "REL-05" },
    { { .regions = lower_limb }, "MOB-15" },
    { { .stages = acute }, "COR-08 MOB-06 AER-01 REL-05 HIN-01" },
    { { .stages = acute, .categories = core }, "COR-08" },
    { { .text = (char *) "hinge", .equipment = dowel }, "HIN-02" },
    { { .text = (char *) "bird", .stages = acute }, "COR-08" },
    { { .text = (char *) "bird", .categories = mobility }, "" },
    { { .categories = unknown }, "" },
    { { .categories = empty }, NULL },
  };
  g_autofree char *all = search_ids (fixture->database, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = search_ids (fixture->database, &cases[i].query);

      g_test_message ("case %u -> %s", i, ids);
      g_assert_cmpstr (ids, ==, cases[i].expected ? cases[i].expected : all);
    }

  g_assert_true (physio_exercise_query_is_empty (&cases[G_N_ELEMENTS (cases) - 1].query));
  g_assert_false (physio_exercise_query_is_empty (&cases[0].query));
}

static void
test_order_by_name (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const names[] = {
    "Zebra crawl", "apple reach", "Émile stretch", "banana bend", "Apple reach", "emu walk",
  };
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) handles = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GError) error = NULL;
  char *strength[] = { (char *) "strength", NULL };
  PhysioExerciseQuery query = { .categories = strength };
  const char *apple_ids[2];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (batch, store_test_new_custom (names[i]));
  physio_database_save_exercises (fixture->database, batch, &error);
  g_assert_no_error (error);

  handles = physio_database_search (fixture->database, &query, &error);
  g_assert_no_error (error);
  exercises = physio_database_load_exercises (fixture->database,
                                              (const gint64 *) handles->data, handles->len,
                                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exercises->len, ==, 6);

  /* Case and accents do not count; equal names keep one order (by id). */
  apple_ids[0] = physio_exercise_get_id (g_ptr_array_index (batch, 1));
  apple_ids[1] = physio_exercise_get_id (g_ptr_array_index (batch, 4));
  if (g_strcmp0 (apple_ids[0], apple_ids[1]) > 0)
    {
      const char *swap = apple_ids[0];

      apple_ids[0] = apple_ids[1];
      apple_ids[1] = swap;
    }
  g_assert_cmpstr (physio_exercise_get_id (g_ptr_array_index (exercises, 0)), ==, apple_ids[0]);
  g_assert_cmpstr (physio_exercise_get_id (g_ptr_array_index (exercises, 1)), ==, apple_ids[1]);
  g_assert_cmpstr (physio_exercise_get_name (g_ptr_array_index (exercises, 2)), ==,
                   "banana bend");
  g_assert_cmpstr (physio_exercise_get_name (g_ptr_array_index (exercises, 3)), ==,
                   "Émile stretch");
  g_assert_cmpstr (physio_exercise_get_name (g_ptr_array_index (exercises, 4)), ==, "emu walk");
  g_assert_cmpstr (physio_exercise_get_name (g_ptr_array_index (exercises, 5)), ==,
                   "Zebra crawl");

  again = physio_database_search (fixture->database, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (handles->data, handles->len * sizeof (gint64),
                   again->data, again->len * sizeof (gint64));
}

static void
test_load_missing_handles (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GArray) all = physio_database_search (fixture->database, NULL, NULL);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 handles[3];

  handles[0] = g_array_index (all, gint64, 1);
  handles[1] = 999999;
  handles[2] = g_array_index (all, gint64, 1);

  loaded = physio_database_load_exercises (fixture->database, handles, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, 3);
  g_assert_nonnull (g_ptr_array_index (loaded, 0));
  g_assert_null (g_ptr_array_index (loaded, 1));
  g_assert_true (g_ptr_array_index (loaded, 0) == g_ptr_array_index (loaded, 2));
}

/* A search that both drops and adds rows reports them in two halves (see
 * physio_exercise_list_is_replacing ()); the record counts the pair as one change. */
typedef struct
{
  guint n_emissions;
  guint n_halves;
  guint position;
  guint removed;
  guint added;
  guint pending_removed;
} ItemsChanged;

static void
on_items_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     ItemsChanged *record)
{
  if (physio_exercise_list_is_replacing (PHYSIO_EXERCISE_LIST (model)))
    {
      g_assert_cmpuint (added, ==, 0);
      record->n_halves++;
      record->pending_removed = removed;
      return;
    }

  record->n_emissions++;
  record->position = position;
  record->removed = removed + record->pending_removed;
  record->added = added;
  record->pending_removed = 0;
}

static int
count_statement_cb (unsigned int  type,
                    void         *data,
                    void         *statement,
                    void         *sql)
{
  (*(guint *) data)++;
  return 0;
}

static void
test_list_model (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PhysioExerciseList) list = physio_exercise_list_new (fixture->database);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PhysioExercise) first = NULL;
  g_autoptr(PhysioExercise) last = NULL;
  g_autoptr(PhysioExercise) added = NULL;
  g_autoptr(GError) error = NULL;
  PhysioExerciseQuery bird = { .text = (char *) "bird" };
  PhysioExerciseQuery walk = { .text = (char *) "walk" };
  PhysioExerciseQuery drills = { .text = (char *) "drill" };
  ItemsChanged record = { 0 };
  guint n_statements = 0;
  guint position;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == PHYSIO_TYPE_EXERCISE);
  /* A new list shows everything. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 9);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &record);

  physio_exercise_list_set_query (list, &bird, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.removed - record.added, ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (physio_exercise_get_name (first), ==, "Bird dog");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 2));
  g_clear_object (&first);

  physio_exercise_list_set_query (list, &walk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 2);
  /* "bird" → "walk" drops rows and adds others: first the removal, then the addition. */
  g_assert_cmpuint (record.n_halves, ==, 1);
  g_assert_cmpuint (record.removed, ==, 2);

  /* The same result again is no change at all. */
  physio_exercise_list_set_query (list, &walk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 2);

  /* 120 matches: three pages of 50. */
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("Balance drill %03u", i);

      g_ptr_array_add (batch, store_test_new_custom (name));
    }
  physio_database_save_exercises (fixture->database, batch, &error);
  g_assert_no_error (error);
  /* A batch may have changed any row, so the list re-reads them all, once. */
  g_assert_cmpuint (record.n_emissions, ==, 3);
  g_assert_cmpuint (record.removed, ==, record.added);

  physio_exercise_list_set_query (list, &drills, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 120);

  /* A page costs a few statements, whatever its size, and the rest of the page none. */
  sqlite3_trace_v2 (_physio_database_get_sqlite (fixture->database), SQLITE_TRACE_STMT,
                    count_statement_cb, &n_statements);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpuint (n_statements, >, 0);
  g_assert_cmpuint (n_statements, <=, 5);
  for (guint i = 1; i < 50; i++)
    {
      g_autoptr(PhysioExercise) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_nonnull (item);
    }
  g_assert_cmpuint (n_statements, <=, 5);
  last = g_list_model_get_item (G_LIST_MODEL (list), 119);
  g_assert_cmpuint (n_statements, <=, 10);
  sqlite3_trace_v2 (_physio_database_get_sqlite (fixture->database), 0, NULL, NULL);

  g_assert_cmpstr (physio_exercise_get_name (first), ==, "Balance drill 000");
  g_assert_cmpstr (physio_exercise_get_name (last), ==, "Balance drill 119");

  position = physio_exercise_list_find (list, physio_exercise_get_id (last));
  g_assert_cmpuint (position, ==, 119);
  g_assert_cmpuint (physio_exercise_list_find (list, "COR-09"), ==, G_MAXUINT);
  g_assert_cmpuint (physio_exercise_list_find (list, "X-none"), ==, G_MAXUINT);

  /* A new exercise that matches appears by itself, in name order, in one emission. */
  added = store_test_new_custom ("Balance drill 050a");
  physio_database_save_exercise (fixture->database, added, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 5);
  g_assert_cmpuint (record.position, ==, 51);
  g_assert_cmpuint (record.removed, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_cmpuint (physio_exercise_list_find (list, physio_exercise_get_id (added)), ==, 51);

  /* An edit in place re-reads that one row. */
  physio_exercise_set_caution_text (added, "Stand near a wall.");
  physio_database_save_exercise (fixture->database, added, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 6);
  g_assert_cmpuint (record.position, ==, 51);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_cmpuint (record.added, ==, 1);
  {
    g_autoptr(PhysioExercise) item = g_list_model_get_item (G_LIST_MODEL (list), 51);

    g_assert_cmpstr (physio_exercise_get_caution_text (item), ==, "Stand near a wall.");
  }

  /* Deleting it takes it out again. */
  physio_database_delete_exercise (fixture->database, physio_exercise_get_id (added), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 120);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/search/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("prefix", test_prefix);
  ADD ("diacritics", test_diacritics);
  ADD ("aliases-steps-cues", test_aliases_steps_cues);
  ADD ("no-match", test_no_match);
  ADD ("odd-characters", test_odd_characters);
  ADD ("filters", test_filters);
  ADD ("order-by-name", test_order_by_name);
  ADD ("load-missing-handles", test_load_missing_handles);
  ADD ("list-model", test_list_model);

#undef ADD

  return g_test_run ();
}

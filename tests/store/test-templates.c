/* test-templates.c: the built-in template programmes, their week tables, and clinic templates
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-database-patients.h"
#include "physio-ladder.h"
#include "physio-template-json.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  gint64          patient_id;
} Fixture;

/* The whole built-in library: the templates use 40-odd of its exercises. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = store_test_make_dir ();
  path = g_build_filename (fixture->dir, "physioplan.db", NULL);
  fixture->database = physio_database_open (path, &error);
  g_assert_no_error (error);
  physio_database_load_builtin_library (fixture->database, NULL, NULL, &error);
  g_assert_no_error (error);
  fixture->patient_id = store_test_add_patient (fixture->database, "Ana Moreno");
}

/* Only the nine exercises of tests/store/fixture-library.json. */
static void
fixture_set_up_small (Fixture       *fixture,
                      gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
  fixture->patient_id = store_test_add_patient (fixture->database, "Ana Moreno");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

static GDate
monday (void)
{
  return store_test_date (1, G_DATE_JUNE, 2026);
}

static void
test_builtin_load (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct
  {
    const char *id;
    const char *stage;
    guint       weeks;
  } expected[] = {
    { "acute", "acute", 2 },
    { "subacute", "subacute", 6 },
    { "chronic", "chronic", 12 },
  };
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;

  templates = physio_database_list_templates (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (templates->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PhysioTemplate *template = g_ptr_array_index (templates, i);
      g_autoptr(PhysioTemplate) by_id = NULL;

      g_assert_cmpstr (template->id, ==, expected[i].id);
      g_assert_true (template->builtin);
      g_assert_cmpstr (template->stage, ==, expected[i].stage);
      g_assert_cmpuint (template->weeks, ==, expected[i].weeks);
      g_assert_true (g_str_has_prefix (template->name, "Template "));
      g_assert_cmpuint (strlen (template->title), >, 0);
      g_assert_cmpuint (template->goals->len, >, 0);
      g_assert_cmpuint (template->items->len, >, 5);

      by_id = physio_database_get_template (fixture->database, expected[i].id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (by_id->items->len, ==, template->items->len);
    }

  /* Template C's phases and the "each limb" side of the bird dog (brief 5.3). */
  {
    PhysioTemplate *chronic = g_ptr_array_index (templates, 2);
    gboolean bird_dog_each_side = FALSE;

    g_assert_cmpuint (chronic->phases->len, >, 0);
    g_assert_cmpuint (chronic->education->len, >, 0);
    for (guint i = 0; i < chronic->items->len; i++)
      {
        PhysioTemplateItem *item = &g_array_index (chronic->items, PhysioTemplateItem, i);

        if (g_str_equal (item->exercise_id, "COR-08"))
          bird_dog_each_side = item->has_laterality &&
                               item->laterality == PHYSIO_LATERALITY_EACH_SIDE;
      }
    g_assert_true (bird_dog_each_side);
  }
}

/* "template|exercise|week" → cell, from tests/core/template-tables.txt. */
static GHashTable *
read_expected_tables (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "template-tables.txt",
                                                 NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "|", 4);
      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      /* Items of one exercise never share a week (data/TEMPLATE-FORMAT.md): a unique key. */
      g_assert_true (g_hash_table_insert (cells,
                                          g_strdup_printf ("%s|%s|%s", fields[0], fields[1],
                                                           fields[2]),
                                          g_strdup (fields[3])));
    }

  return cells;
}

/* Every ladder step of every prescription as a cell, keyed like the tables. */
static void
add_programme_cells (GHashTable      *cells,
                     const char      *template_id,
                     PhysioProgramme *programme)
{
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      for (guint step = 0; step < physio_prescription_get_n_planned (prescription); step++)
        {
          guint week = physio_prescription_get_week_from (prescription) + step;
          char *key = g_strdup_printf ("%s|%s|%u", template_id,
                                       physio_prescription_get_exercise_id (prescription), week);
          char *cell = physio_dose_format_cell (physio_prescription_get_planned (prescription,
                                                                                 step),
                                                physio_prescription_get_dosage_kind (prescription),
                                                physio_prescription_get_laterality (prescription));

          g_assert_true (g_hash_table_insert (cells, key, cell));
        }
    }
}

static void
assert_same_cells (GHashTable *expected,
                   GHashTable *actual)
{
  g_autoptr(GString) differences = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *cell = g_hash_table_lookup (actual, key);

      if (g_strcmp0 (cell, value) != 0)
        g_string_append_printf (differences, "%s: expected “%s”, got “%s”\n", (char *) key,
                                (char *) value, cell != NULL ? cell : "(none)");
    }

  g_hash_table_iter_init (&iter, actual);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (expected, key))
      g_string_append_printf (differences, "%s: not in the brief, got “%s”\n", (char *) key,
                              (char *) value);

  if (differences->len > 0)
    g_test_message ("%s", differences->str);
  g_assert_cmpstr (differences->str, ==, "");
}

static void
test_week_tables (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const ids[] = { "acute", "subacute", "chronic" };
  g_autoptr(GHashTable) expected = read_expected_tables ();
  g_autoptr(GHashTable) instantiated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              g_free);
  g_autoptr(GHashTable) reread = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GDate start = monday ();

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PhysioProgramme) programme = NULL;
      g_autoptr(PhysioProgramme) saved = NULL;
      g_autoptr(GError) error = NULL;

      programme = physio_database_programme_from_template (fixture->database, ids[i], &start,
                                                           &error);
      g_assert_no_error (error);
      g_assert_cmpint (physio_programme_get_id (programme), ==, 0);
      g_assert_cmpstr (physio_programme_get_template_id (programme), ==, ids[i]);
      add_programme_cells (instantiated, ids[i], programme);

      /* Saved and read back, the tables are the same. */
      physio_programme_set_patient_id (programme, fixture->patient_id);
      physio_database_save_programme (fixture->database, programme, &error);
      g_assert_no_error (error);
      saved = physio_database_get_programme (fixture->database,
                                             physio_programme_get_id (programme), &error);
      g_assert_no_error (error);
      add_programme_cells (reread, ids[i], saved);
    }

  g_test_message ("%u cells in the brief's tables", g_hash_table_size (expected));
  assert_same_cells (expected, instantiated);
  assert_same_cells (expected, reread);
}

static void
test_missing_exercise (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  GDate start = monday ();

  /* The small library lacks most of template A's exercises. */
  programme = physio_database_programme_from_template (fixture->database, "acute", &start,
                                                       &error);
  g_assert_null (programme);
  g_assert_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_MISSING_EXERCISE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "MOB-01"));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "programme"), ==, 0);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "prescription"), ==, 0);
  g_clear_error (&error);

  g_assert_null (physio_database_programme_from_template (fixture->database, "no-such",
                                                          &start, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
}

/* A clinic template whose exercise was deleted from the library since: named, not built. */
static void
test_user_template_missing_exercise (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(PhysioExercise) custom = store_test_new_custom ("Chair march");
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioProgramme) from_template = NULL;
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GDate start = monday ();

  physio_database_save_exercise (fixture->database, custom, &error);
  g_assert_no_error (error);
  prescription = physio_prescription_new (custom);
  physio_programme_set_title (programme, "Chair work");
  physio_programme_add_prescription (programme, prescription);
  id = physio_database_save_template (fixture->database, programme, "Chair work", &error);
  g_assert_no_error (error);

  physio_database_delete_exercise (fixture->database, physio_exercise_get_id (custom), &error);
  g_assert_no_error (error);

  from_template = physio_database_programme_from_template (fixture->database, id, &start,
                                                           &error);
  g_assert_null (from_template);
  g_assert_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_MISSING_EXERCISE);
  g_assert_nonnull (strstr (error->message, physio_exercise_get_id (custom)));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "programme"), ==, 0);
}

static void
test_save_as_template (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(PhysioProgramme) again = NULL;
  g_autoptr(PhysioTemplate) expected = NULL;
  g_autoptr(PhysioTemplate) stored = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GHashTable) original_cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                g_free);
  g_autoptr(GHashTable) template_cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *second_id = NULL;
  GDate start = monday ();

  /* Template B, made the clinic's own with one change: bridges weeks 1–4 only. */
  programme = physio_database_programme_from_template (fixture->database, "subacute", &start,
                                                       &error);
  g_assert_no_error (error);
  physio_programme_add_education (programme, 5, "Sleep", "Keep regular hours.");
  physio_programme_add_phase (programme, "All of it", 1, 6, "Back to work");
  physio_programme_set_mode (programme, PHYSIO_MODE_QUOTA_BASED);
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      if (g_str_equal (physio_prescription_get_exercise_id (prescription), "COR-10"))
        physio_prescription_set_weeks (prescription, 1, 4);
    }

  id = physio_database_save_template (fixture->database, programme, "  Our back plan  ",
                                      &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (id, "user-"));

  templates = physio_database_list_templates (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (templates->len, ==, 4);
  g_assert_cmpstr (((PhysioTemplate *) g_ptr_array_index (templates, 3))->id, ==, id);

  /* What was stored is what the core makes of the programme. */
  stored = physio_database_get_template (fixture->database, id, &error);
  g_assert_no_error (error);
  expected = physio_template_from_programme (programme, "Our back plan");
  g_assert_cmpstr (stored->id, ==, id);
  g_assert_false (stored->builtin);
  g_assert_cmpstr (stored->name, ==, "Our back plan");
  g_assert_cmpstr (stored->title, ==, expected->title);
  g_assert_cmpstr (stored->stage, ==, "subacute");
  g_assert_cmpuint (stored->weeks, ==, 6);
  g_assert_cmpint (stored->mode, ==, PHYSIO_MODE_QUOTA_BASED);
  g_assert_cmpuint (stored->phases->len, ==, 1);
  g_assert_cmpstr (g_array_index (stored->phases, PhysioPhase, 0).goals, ==, "Back to work");
  g_assert_cmpuint (stored->education->len, ==, expected->education->len);
  g_assert_cmpuint (stored->items->len, ==, expected->items->len);
  for (guint i = 0; i < stored->items->len; i++)
    {
      PhysioTemplateItem *a = &g_array_index (stored->items, PhysioTemplateItem, i);
      PhysioTemplateItem *b = &g_array_index (expected->items, PhysioTemplateItem, i);

      g_assert_cmpstr (a->exercise_id, ==, b->exercise_id);
      g_assert_cmpuint (a->week_from, ==, b->week_from);
      g_assert_cmpuint (a->week_to, ==, b->week_to);
      g_assert_cmpuint (a->days_per_week, ==, b->days_per_week);
      g_assert_cmpuint (a->sessions_per_day, ==, b->sessions_per_day);
      g_assert_cmpint (a->has_laterality, ==, b->has_laterality);
      if (a->has_laterality)
        g_assert_cmpint (a->laterality, ==, b->laterality);
      g_assert_cmpstr (a->slot_group, ==, b->slot_group);
      g_assert_cmpstr (a->note, ==, b->note);
      g_assert_cmpuint (a->n_ladder, ==, b->n_ladder);
      for (guint s = 0; s < a->n_ladder; s++)
        g_assert_true (physio_dose_equal (&a->ladder[s], &b->ladder[s]));
    }

  /* And a programme made from it has the same week table as the programme it came from. */
  again = physio_database_programme_from_template (fixture->database, id, &start, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_programme_get_template_id (again), ==, id);
  add_programme_cells (original_cells, "t", programme);
  add_programme_cells (template_cells, "t", again);
  assert_same_cells (original_cells, template_cells);

  /* A second one gets its own id; a name is required. */
  second_id = physio_database_save_template (fixture->database, programme, "Copy", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second_id, !=, id);
  g_assert_null (physio_database_save_template (fixture->database, programme, " ", &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Clinic templates can be deleted, built-in ones not. */
  physio_database_delete_template (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_null (physio_database_get_template (fixture->database, id, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  physio_database_delete_template (fixture->database, id, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  physio_database_delete_template (fixture->database, "acute", &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "user_template"), ==, 1);
}

/* The reader names the template, the item and the field of a mistake in the data. */
static void
assert_parse_error (const char *json,
                    const char *message_part)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (physio_templates_parse (bytes, &templates, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_null (templates);
}

#define TEMPLATE_HEAD \
  "{\"format\": 1, \"templates\": [{\"id\": \"demo\", \"version\": 1, \"title\": \"T\", " \
  "\"name\": \"Demo\", \"weeks\": 2, \"mode\": \"pain_monitored\", \"items\": [" \
  "{\"exercise_id\": \"AER-01\", \"week_from\": 1, \"week_to\": 1, " \
  "\"ladder\": [{\"duration_s\": 300}]}, "

static void
test_json_errors (void)
{
  assert_parse_error (TEMPLATE_HEAD "{\"exercise_id\": \"MOB-02\", \"week_from\": 1, "
                      "\"week_to\": 2, \"ladder\": [{\"reps\": 10}]}]}]}",
                      "Template “demo”, item 2 (MOB-02), field “ladder”: must have 2 doses");
  assert_parse_error (TEMPLATE_HEAD "{\"exercise_id\": \"MOB-02\", \"week_from\": 1, "
                      "\"week_to\": 1, \"ladder\": [{\"reps\": \"ten\"}]}]}]}",
                      "Template “demo”, item 2 (MOB-02), field “ladder[0].reps”: "
                      "must be a whole number");
  assert_parse_error (TEMPLATE_HEAD "{\"exercise_id\": \"MOB-02\", \"week_from\": 1, "
                      "\"week_to\": 3, \"ladder\": []}]}]}",
                      "Template “demo”, item 2 (MOB-02), field “week_to”");
  assert_parse_error (TEMPLATE_HEAD "{\"exercise_id\": \"MOB-02\", \"wek_from\": 1, "
                      "\"week_from\": 1, \"week_to\": 1, \"ladder\": [{}]}]}]}",
                      "Template “demo”, item 2 (MOB-02), field “wek_from”");
  assert_parse_error (TEMPLATE_HEAD "{\"exercise_id\": \"MOB-02\", \"week_from\": 1, "
                      "\"week_to\": 1, \"laterality\": \"left\", \"ladder\": [{}]}]}]}",
                      "field “laterality”: “left” is not a side");
  assert_parse_error ("{\"format\": 1, \"templates\": [{\"id\": \"demo\", \"version\": 1, "
                      "\"title\": \"T\", \"name\": \"Demo\", \"weeks\": 2, \"items\": []}]}",
                      "Template “demo”, field “mode”: is missing");
  assert_parse_error ("{\"format\": 2, \"templates\": []}", "format");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, set_up, func) \
  g_test_add ("/store/templates/" path, Fixture, NULL, set_up, func, fixture_tear_down)

  ADD ("builtin-load", fixture_set_up, test_builtin_load);
  ADD ("week-tables", fixture_set_up, test_week_tables);
  ADD ("missing-exercise", fixture_set_up_small, test_missing_exercise);
  ADD ("user-template-missing-exercise", fixture_set_up_small,
       test_user_template_missing_exercise);
  ADD ("save-as-template", fixture_set_up, test_save_as_template);
  g_test_add_func ("/store/templates/json-errors", test_json_errors);

#undef ADD

  return g_test_run ();
}

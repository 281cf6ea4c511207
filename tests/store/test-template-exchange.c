/* test-template-exchange.c: a clinic's templates and one programme go to a file, and the file
 * into another clinic's database whole, once, or not at all
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "physio-database-patients.h"
#include "physio-exercise-import.h"
#include "physio-template-exchange.h"
#include "store-test-util.h"

/* Two clinics: "here" makes and exports, "there" imports. */
typedef struct
{
  char           *here_dir;
  char           *there_dir;
  PhysioDatabase *here;
  PhysioDatabase *there;
  char           *custom_id;
} Fixture;

static GDate
monday (void)
{
  return store_test_date (7, G_DATE_DECEMBER, 2026);
}

/* A built-in exercise and one of the clinic's own, kept as "Our back plan". */
static PhysioProgramme *
make_programme (Fixture *fixture)
{
  g_autoptr(PhysioExercise) custom = store_test_new_custom ("Chair march");
  g_autoptr(PhysioExercise) builtin = NULL;
  g_autoptr(GError) error = NULL;
  PhysioExercise *exercises[2];
  PhysioProgramme *programme;

  g_assert_true (physio_database_save_exercise (fixture->here, custom, &error));
  g_assert_no_error (error);
  g_free (fixture->custom_id);
  fixture->custom_id = g_strdup (physio_exercise_get_id (custom));
  builtin = physio_database_get_exercise (fixture->here, "COR-08", &error);
  g_assert_no_error (error);

  programme = physio_programme_new ();
  physio_programme_set_title (programme, "Back to the garden");
  exercises[0] = builtin;
  exercises[1] = custom;
  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    {
      g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercises[i]);

      physio_programme_add_prescription (programme, prescription);
    }
  return programme;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  fixture->here = store_test_fixture_open (&fixture->here_dir);
  fixture->there = store_test_fixture_open (&fixture->there_dir);

  programme = make_programme (fixture);
  id = physio_database_save_template (fixture->here, programme, "Our back plan", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->here_dir, &fixture->here);
  store_test_fixture_close (&fixture->there_dir, &fixture->there);
  g_free (fixture->custom_id);
}

static gboolean
has_exercise (PhysioProgramme *programme,
              const char      *exercise_id)
{
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    if (g_strcmp0 (physio_prescription_get_exercise_id (physio_programme_get_prescription (programme, i)),
                   exercise_id) == 0)
      return TRUE;
  return FALSE;
}

static GBytes *
export_here (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = physio_database_export_templates (fixture->here, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The clinic templates of @database, by name. */
static PhysioTemplate *
find_clinic_template (PhysioDatabase *database,
                      const char     *name,
                      guint          *n_clinic)
{
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  PhysioTemplate *found = NULL;

  templates = physio_database_list_templates (database, &error);
  g_assert_no_error (error);
  *n_clinic = 0;
  for (guint i = 0; i < templates->len; i++)
    {
      PhysioTemplate *template = templates->pdata[i];

      if (template->builtin)
        continue;
      (*n_clinic)++;
      if (g_str_equal (template->name, name) && found == NULL)
        found = g_ptr_array_steal_index (templates, i--);
    }

  return found;
}

/* The file's JSON changed by @edit, for the hostile cases. */
typedef void (*EditFunc) (JsonObject *root);

static GBytes *
edited (GBytes   *bytes,
        EditFunc  edit)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  char *data;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  edit (json_node_get_object (json_parser_get_root (parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

static JsonObject *
first_template (JsonObject *root)
{
  return json_array_get_object_element (json_object_get_array_member (root, "templates"), 0);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export_here (fixture);
  g_autoptr(GBytes) again = export_here (fixture);
  g_autoptr(PhysioTemplate) arrived = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  PhysioImportSummary summary = { 0, };
  GDate start = monday ();
  guint n_clinic = 0;

  /* The shared id is kept: two exports of the same templates are the same file. */
  g_assert_true (g_bytes_equal (bytes, again));

  g_assert_true (physio_database_import_file (fixture->there, bytes, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpint (summary.format, ==, PHYSIO_IMPORT_FORMAT_TEMPLATES);
  g_assert_cmpuint (summary.n_templates_added, ==, 1);
  g_assert_cmpuint (summary.n_templates_updated, ==, 0);
  g_assert_cmpuint (summary.n_added, ==, 1);  /* the clinic's own exercise came along */

  arrived = find_clinic_template (fixture->there, "Our back plan", &n_clinic);
  g_assert_nonnull (arrived);
  g_assert_cmpuint (n_clinic, ==, 1);

  /* It works there: a programme made from it has the built-in and the travelled exercise. */
  programme = physio_database_programme_from_template (fixture->there, arrived->id, &start,
                                                       &error);
  g_assert_no_error (error);
  g_assert_true (has_exercise (programme, fixture->custom_id));
  g_assert_true (has_exercise (programme, "COR-08"));

  /* Again: replaced, not copied. */
  g_assert_true (physio_database_import_file (fixture->there, bytes, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_templates_added, ==, 0);
  g_assert_cmpuint (summary.n_templates_updated, ==, 1);
  g_assert_cmpuint (summary.n_updated, ==, 1);
  g_assert_cmpuint (store_test_count_rows (fixture->there, "user_template"), ==, 1);
}

static void
test_programme (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = make_programme (fixture);
  g_autoptr(PhysioTemplate) arrived = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PhysioImportSummary summary = { 0, };
  guint n_clinic = 0;

  g_assert_null (physio_database_export_programme_template (fixture->here, programme, "  ",
                                                            &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  bytes = physio_database_export_programme_template (fixture->here, programme, "Shared plan",
                                                     &error);
  g_assert_no_error (error);

  /* No patient in it: the file is the plan, not the person. */
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               "patient"));

  g_assert_true (physio_database_import_file (fixture->there, bytes, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_templates_added, ==, 1);
  arrived = find_clinic_template (fixture->there, "Shared plan", &n_clinic);
  g_assert_nonnull (arrived);
  g_assert_cmpuint (arrived->items->len, ==, physio_programme_get_n_prescriptions (programme));
}

static void
point_at_missing_exercise (JsonObject *root)
{
  JsonArray *items = json_object_get_array_member (first_template (root), "items");
  JsonObject *item = json_array_get_object_element (items, 1);

  json_object_set_string_member (item, "exercise_id", "X-not-here");
}

static void
drop_exercises (JsonObject *root)
{
  json_object_remove_member (root, "exercises");
}

static void
wrong_weeks (JsonObject *root)
{
  json_object_set_string_member (first_template (root), "weeks", "twelve");
}

static void
foreign_id (JsonObject *root)
{
  json_object_set_string_member (first_template (root), "id", "our-plan");
}

static void
builtin_id (JsonObject *root)
{
  json_object_set_string_member (first_template (root), "id", "acute");
}

/* Every refusal names the template and the field, and leaves the other clinic as it was:
 * not even the exercises of the file arrive. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    EditFunc    edit;
    const char *names[3];
  } cases[] = {
    { point_at_missing_exercise, { "Template “X-tpl-", "item 2 (X-not-here)", "“exercise_id”" } },
    { drop_exercises, { "Template “X-tpl-", "“exercise_id”", NULL } },
    { wrong_weeks, { "Template “X-tpl-", "“weeks”", NULL } },
    { foreign_id, { "Template “our-plan”", "“id”", "X-tpl-" } },
  };
  g_autoptr(GBytes) bytes = export_here (fixture);
  guint n_exercises = physio_database_count_exercises (fixture->there);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bad = edited (bytes, cases[i].edit);
      g_autoptr(GError) error = NULL;

      g_assert_false (physio_database_import_file (fixture->there, bad, NULL, &error));
      g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
      for (guint n = 0; n < G_N_ELEMENTS (cases[i].names); n++)
        if (cases[i].names[n] != NULL && strstr (error->message, cases[i].names[n]) == NULL)
          g_error ("case %u: “%s” does not name %s", i, error->message, cases[i].names[n]);

      g_assert_cmpuint (store_test_count_rows (fixture->there, "user_template"), ==, 0);
      g_assert_cmpuint (physio_database_count_exercises (fixture->there), ==, n_exercises);
    }
}

/* A file that lists a built-in template (as one exported by a newer build might) skips it. */
static void
test_builtin_listed (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export_here (fixture);
  g_autoptr(GBytes) listed = edited (bytes, builtin_id);
  g_autoptr(GError) error = NULL;
  PhysioImportSummary summary = { 0, };

  g_assert_true (physio_database_import_file (fixture->there, listed, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_templates_builtin_skipped, ==, 1);
  g_assert_cmpuint (summary.n_templates_added, ==, 0);
  g_assert_cmpuint (store_test_count_rows (fixture->there, "user_template"), ==, 0);
}

/* A template whose exercise was deleted since cannot be exported: the file would not import. */
static void
test_export_missing_exercise (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  physio_database_delete_exercise (fixture->here, fixture->custom_id, &error);
  g_assert_no_error (error);

  bytes = physio_database_export_templates (fixture->here, &error);
  g_assert_null (bytes);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Our back plan"));
  g_assert_nonnull (strstr (error->message, fixture->custom_id));
}

/* A template kept by 0.3.0 has its row id in its JSON: the first export gives it a shared id
 * and keeps it, so the next export, and the other clinic, see the same one. */
static void
test_legacy_row (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (physio_database_get_path (fixture->here), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE user_template SET json = json_set (json, '$.id', "
                                 "'user-' || id)", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_close (db);

  first = export_here (fixture);
  second = export_here (fixture);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                                  "\"X-tpl-"));
  g_assert_null (g_strstr_len (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                               "\"user-"));
  g_assert_true (g_bytes_equal (first, second));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/template-exchange/round-trip", test_round_trip);
  ADD ("/template-exchange/programme", test_programme);
  ADD ("/template-exchange/refused", test_refused);
  ADD ("/template-exchange/builtin-listed", test_builtin_listed);
  ADD ("/template-exchange/export-missing-exercise", test_export_missing_exercise);
  ADD ("/template-exchange/legacy-row", test_legacy_row);
#undef ADD

  return g_test_run ();
}

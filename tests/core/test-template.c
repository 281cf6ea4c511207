/* test-template.c: turning a template into a programme and a programme into a template
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-template.h"
#include "test-fixtures.h"

static PhysioDose *
ladder_of (guint              n,
           const PhysioDose  *doses)
{
  PhysioDose *ladder = g_new0 (PhysioDose, n);

  for (guint i = 0; i < n; i++)
    {
      physio_dose_init (&ladder[i]);
      physio_dose_copy_into (&ladder[i], &doses[i]);
    }

  return ladder;
}

static void
add_item (PhysioTemplate   *template,
          const char       *exercise_id,
          guint             week_from,
          guint             week_to,
          guint             days_per_week,
          const PhysioDose *doses)
{
  PhysioTemplateItem item = {
    .exercise_id = g_strdup (exercise_id),
    .week_from = week_from,
    .week_to = week_to,
    .days_per_week = days_per_week,
    .sessions_per_day = 1,
    .n_ladder = week_to - week_from + 1,
  };

  item.ladder = ladder_of (item.n_ladder, doses);
  g_array_append_val (template->items, item);
}

/* A three-week template in the shape of brief 5.2: walking that grows (and that a ladder
 * leaves without days, to be filled from the item), a bridge from week 2 in a "pick one"
 * slot, a curl-up pyramid done each side, and education. */
static PhysioTemplate *
make_template (void)
{
  PhysioTemplate *template = physio_template_new ();
  PhysioPhase phase = { .name = g_strdup ("Foundation"), .week_from = 1, .week_to = 3,
                        .goals = g_strdup ("Walk daily") };
  PhysioEducationItem topic = { .week = 2, .title = g_strdup ("Pacing"),
                                .body = g_strdup ("Little and often.") };
  PhysioDose walk[] = {
    { .duration_s = 600, .sessions_per_day = 1, .days_per_week = 3, .rest_s = -1 },
    { .duration_s = 720, .sessions_per_day = 1, .rest_s = -1 },
    { .duration_s = 900, .sessions_per_day = 1, .rest_s = -1 },
  };
  PhysioDose bridge[] = {
    { .sets = 2, .reps = 10, .rest_s = 60, .sessions_per_day = 1, .days_per_week = 3 },
    { .sets = 2, .reps = 12, .rest_s = 60, .sessions_per_day = 1, .days_per_week = 3 },
  };
  PhysioDose curl_up[] = {
    { .hold_s = 10, .sessions_per_day = 1, .days_per_week = 3, .rest_s = -1 },
  };
  PhysioTemplateItem *item;

  template->id = g_strdup ("subacute");
  template->name = g_strdup ("Template B: Subacute / return to activity");
  template->title = g_strdup ("Back to your usual activities");
  template->stage = g_strdup ("subacute");
  template->weeks = 3;
  template->mode = PHYSIO_MODE_QUOTA_BASED;
  template->builtin = TRUE;
  g_ptr_array_add (template->goals, g_strdup ("Build walking"));
  g_array_append_val (template->phases, phase);
  g_array_append_val (template->education, topic);

  add_item (template, "AER-01", 1, 3, 5, walk);
  add_item (template, "COR-10", 2, 3, 3, bridge);
  item = &g_array_index (template->items, PhysioTemplateItem, 1);
  item->slot_group = g_strdup ("strength");
  item->note = g_strdup ("Squeeze your buttocks first.");

  g_assert_true (physio_dose_parse_pattern (&curl_up[0], "6-4-2"));
  add_item (template, "COR-05", 3, 3, 3, curl_up);
  item = &g_array_index (template->items, PhysioTemplateItem, 2);
  item->has_laterality = TRUE;
  item->laterality = PHYSIO_LATERALITY_EACH_SIDE;

  return template;
}

static PhysioProgramme *
instantiate (const PhysioTemplate *template)
{
  g_autoptr(GError) error = NULL;
  GDate start = fixture_date (0);
  PhysioProgramme *programme;

  programme = physio_template_instantiate (template, fixture_lookup, NULL, &start, &error);
  g_assert_no_error (error);
  g_assert_nonnull (programme);
  return programme;
}

static void
test_instantiate (void)
{
  g_autoptr(PhysioTemplate) template = make_template ();
  g_autoptr(PhysioProgramme) programme = instantiate (template);
  PhysioPrescription *walk, *bridge, *curl_up;
  const PhysioPhase *phases;
  const PhysioEducationItem *education;
  GDate start = fixture_date (0);
  guint n;

  g_assert_cmpint (physio_programme_get_id (programme), ==, 0);
  g_assert_cmpint (physio_programme_get_status (programme), ==, PHYSIO_PROGRAMME_DRAFT);
  g_assert_cmpstr (physio_programme_get_title (programme), ==, "Back to your usual activities");
  g_assert_cmpstr (physio_programme_get_stage (programme), ==, "subacute");
  g_assert_cmpstr (physio_programme_get_template_id (programme), ==, "subacute");
  g_assert_cmpuint (physio_programme_get_weeks (programme), ==, 3);
  g_assert_cmpint (physio_programme_get_mode (programme), ==, PHYSIO_MODE_QUOTA_BASED);
  g_assert_cmpint (g_date_compare (physio_programme_get_start_date (programme), &start), ==, 0);

  phases = physio_programme_get_phases (programme, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (phases[0].name, ==, "Foundation");
  g_assert_cmpstr (phases[0].goals, ==, "Walk daily");
  education = physio_programme_get_education (programme, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (education[0].week, ==, 2);
  g_assert_cmpstr (education[0].body, ==, "Little and often.");

  /* One prescription per item, in item order. */
  g_assert_cmpuint (physio_programme_get_n_prescriptions (programme), ==, 3);
  walk = physio_programme_get_prescription (programme, 0);
  bridge = physio_programme_get_prescription (programme, 1);
  curl_up = physio_programme_get_prescription (programme, 2);
  g_assert_cmpstr (physio_prescription_get_exercise_id (walk), ==, "AER-01");
  g_assert_cmpstr (physio_prescription_get_exercise_id (bridge), ==, "COR-10");

  /* The ladder as written; a step without days takes the item's; week 1 keeps its own 3. */
  g_assert_cmpuint (physio_prescription_get_n_planned (walk), ==, 3);
  g_assert_cmpuint (physio_prescription_get_planned (walk, 0)->duration_s, ==, 600);
  g_assert_cmpuint (physio_prescription_get_planned (walk, 2)->duration_s, ==, 900);
  g_assert_cmpuint (physio_prescription_get_planned (walk, 0)->days_per_week, ==, 3);
  g_assert_cmpuint (physio_prescription_get_planned (walk, 1)->days_per_week, ==, 5);
  g_assert_cmpuint (physio_prescription_get_days (walk), ==, physio_days_spread (5));
  g_assert_cmpuint (physio_prescription_get_days_in_week (walk, 1), ==, physio_days_spread (3));
  g_assert_cmpuint (physio_prescription_get_days_in_week (walk, 2), ==, physio_days_spread (5));
  /* The dose in force is the first step. */
  g_assert_cmpuint (physio_prescription_get_ladder_step (walk), ==, 0);
  g_assert_true (physio_dose_equal (physio_prescription_get_current_dose (walk),
                                    physio_prescription_get_planned (walk, 0)));

  g_assert_cmpuint (physio_prescription_get_week_from (bridge), ==, 2);
  g_assert_cmpuint (physio_prescription_get_week_to (bridge), ==, 3);
  g_assert_cmpuint (physio_prescription_get_planned (bridge, 1)->reps, ==, 12);
  g_assert_cmpuint (physio_prescription_get_days (bridge), ==,
                    PHYSIO_DAY_MONDAY | PHYSIO_DAY_WEDNESDAY | PHYSIO_DAY_FRIDAY);
  g_assert_cmpstr (physio_prescription_get_slot_group (bridge), ==, "strength");
  g_assert_cmpstr (physio_prescription_get_note (bridge), ==, "Squeeze your buttocks first.");

  /* The brief's "e/s" wins over the library's side. */
  g_assert_cmpint (physio_prescription_get_laterality (curl_up), ==, PHYSIO_LATERALITY_EACH_SIDE);
  g_assert_cmpuint (physio_prescription_get_planned (curl_up, 0)->n_pattern, ==, 3);
  g_assert_cmpint (physio_exercise_get_laterality (physio_prescription_get_exercise (curl_up)),
                   ==, PHYSIO_LATERALITY_BILATERAL);
}

typedef struct
{
  const char *missing;
  guint       given;       /* exercises the lookup handed out */
  guint       finalized;   /* and how many of them are gone */
} Library;

static void
on_finalized (gpointer  data,
              GObject  *where)
{
  ((Library *) data)->finalized++;
}

static PhysioExercise *
counting_lookup (const char *id,
                 gpointer    user_data)
{
  Library *library = user_data;
  PhysioExercise *exercise;

  if (g_strcmp0 (id, library->missing) == 0)
    return NULL;

  exercise = fixture_lookup (id, NULL);
  if (exercise != NULL)
    {
      library->given++;
      g_object_weak_ref (G_OBJECT (exercise), on_finalized, library);
    }
  return exercise;
}

/* A template naming an exercise the library lacks fails whole: no programme, and every
 * exercise looked up before the missing one is let go. */
static void
test_missing_exercise (void)
{
  g_autoptr(PhysioTemplate) template = make_template ();
  g_autoptr(GError) error = NULL;
  Library library = { .missing = "COR-05" };
  PhysioProgramme *programme;
  GDate start = fixture_date (0);

  programme = physio_template_instantiate (template, counting_lookup, &library, &start, &error);
  g_assert_null (programme);
  g_assert_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_MISSING_EXERCISE);
  g_assert_nonnull (strstr (error->message, "COR-05"));
  g_assert_nonnull (strstr (error->message, "Template B: Subacute / return to activity"));

  /* The lookups gave out new references; failing must have dropped them all. */
  g_assert_cmpuint (library.given, ==, 2);
  g_assert_cmpuint (library.finalized, ==, 2);
}

static void
test_invalid_item (void)
{
  g_autoptr(PhysioTemplate) template = make_template ();
  g_autoptr(GError) error = NULL;
  PhysioTemplateItem *item = &g_array_index (template->items, PhysioTemplateItem, 1);
  GDate start = fixture_date (0);

  /* Weeks 2–4 in a 3-week template. */
  item->week_to = 4;
  g_assert_null (physio_template_instantiate (template, fixture_lookup, NULL, &start, &error));
  g_assert_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "COR-10"));
  g_clear_error (&error);

  /* Weeks 2–3 but one planned dose. */
  item->week_to = 3;
  item->n_ladder = 1;
  g_assert_null (physio_template_instantiate (template, fixture_lookup, NULL, &start, &error));
  g_assert_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_INVALID);
  /* Let the free func see the whole ladder again. */
  item->n_ladder = 2;
}

static void
assert_same_prescriptions (PhysioProgramme *a,
                           PhysioProgramme *b)
{
  g_assert_cmpuint (physio_programme_get_n_prescriptions (a), ==,
                    physio_programme_get_n_prescriptions (b));

  for (guint i = 0; i < physio_programme_get_n_prescriptions (a); i++)
    {
      PhysioPrescription *x = physio_programme_get_prescription (a, i);
      PhysioPrescription *y = physio_programme_get_prescription (b, i);

      g_assert_cmpstr (physio_prescription_get_exercise_id (x), ==,
                       physio_prescription_get_exercise_id (y));
      g_assert_cmpuint (physio_prescription_get_week_from (x), ==,
                        physio_prescription_get_week_from (y));
      g_assert_cmpuint (physio_prescription_get_week_to (x), ==,
                        physio_prescription_get_week_to (y));
      g_assert_cmpuint (physio_prescription_get_days (x), ==, physio_prescription_get_days (y));
      g_assert_cmpint (physio_prescription_get_laterality (x), ==,
                       physio_prescription_get_laterality (y));
      g_assert_cmpstr (physio_prescription_get_slot_group (x), ==,
                       physio_prescription_get_slot_group (y));
      g_assert_cmpstr (physio_prescription_get_note (x), ==, physio_prescription_get_note (y));
      g_assert_cmpuint (physio_prescription_get_n_planned (x), ==,
                        physio_prescription_get_n_planned (y));
      for (guint s = 0; s < physio_prescription_get_n_planned (x); s++)
        g_assert_true (physio_dose_equal (physio_prescription_get_planned (x, s),
                                          physio_prescription_get_planned (y, s)));
    }
}

/* Saving a programme as a clinic template and loading it again gives the same plan. */
static void
test_from_programme_round_trip (void)
{
  g_autoptr(PhysioTemplate) template = make_template ();
  g_autoptr(PhysioProgramme) programme = instantiate (template);
  g_autoptr(PhysioTemplate) saved = NULL;
  g_autoptr(PhysioProgramme) again = NULL;
  const PhysioTemplateItem *item;
  const PhysioEducationItem *education;
  guint n;

  /* A prescription the clinician took out is not part of the template. */
  physio_prescription_set_removed (physio_programme_get_prescription (programme, 1), TRUE);
  saved = physio_template_from_programme (programme, "My subacute plan");
  g_assert_null (saved->id);
  g_assert_false (saved->builtin);
  g_assert_cmpstr (saved->name, ==, "My subacute plan");
  g_assert_cmpstr (saved->title, ==, "Back to your usual activities");
  g_assert_cmpuint (saved->weeks, ==, 3);
  g_assert_cmpint (saved->mode, ==, PHYSIO_MODE_QUOTA_BASED);
  g_assert_cmpuint (saved->items->len, ==, 2);
  item = &g_array_index (saved->items, PhysioTemplateItem, 0);
  g_assert_cmpuint (item->days_per_week, ==, 5);
  g_assert_false (item->has_laterality);
  item = &g_array_index (saved->items, PhysioTemplateItem, 1);
  g_assert_true (item->has_laterality);
  g_assert_cmpint (item->laterality, ==, PHYSIO_LATERALITY_EACH_SIDE);

  again = instantiate (saved);
  physio_programme_remove_prescription (programme, 1);
  assert_same_prescriptions (programme, again);
  g_assert_cmpstr (physio_programme_get_stage (again), ==, "subacute");
  education = physio_programme_get_education (again, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (education[0].title, ==, "Pacing");
  physio_programme_get_phases (again, &n);
  g_assert_cmpuint (n, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/template/instantiate", test_instantiate);
  g_test_add_func ("/template/missing-exercise", test_missing_exercise);
  g_test_add_func ("/template/invalid-item", test_invalid_item);
  g_test_add_func ("/template/from-programme-round-trip", test_from_programme_round_trip);

  return g_test_run ();
}

/* bench-search.c: search as you type over a large exercise library
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: it prints figures for the quality bar "search as you type, 100,000 exercises:
 * median under 5 ms per keystroke, query plus list update" (architecture.md).
 *
 *   bench-search [--count=100000] [--gtk [--unbind]] [--keep]
 *
 * It generates a library into a temporary database, then types each query of a fixed set one
 * keystroke at a time. A keystroke is timed from the new text to a list whose visible rows
 * are loaded: physio_exercise_list_set_query () plus fetching the first screenful of items,
 * or, with --gtk and a display, plus laying out a GtkListView bound to the model.
 *
 * GTK 4.8's list item manager, when an items-changed removes a row it tracks (the anchor or
 * the focus: any visible row), calls get_item () on every added position looking for that
 * row's item, so one emission that replaces 50,000 rows would load 50,000 exercises.
 * PhysioExerciseList therefore reports a search as "rows out" then "rows in"; --unbind
 * measures the other way out, unsetting the selection model's model around set_query (),
 * which rebuilds every visible row on every keystroke.
 */

#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "physio-database.h"
#include "physio-exercise-list.h"

/* Rows a list shows without scrolling at a typical window height. */
#define VISIBLE_ROWS 25
#define BATCH_SIZE 5000

static const char * const queries[] = {
  "bird dog", "hip hinge", "walk", "stretch ham", "seated calf raise", "glute bridge",
};

/* Word lists for names such as "Seated hamstring stretch with strap". */
static const char * const starts[] = {
  "Standing", "Seated", "Kneeling", "Side-lying", "Supine", "Prone", "Half-kneeling",
  "Wall", "Single-leg", "Assisted", "Banded", "Weighted", "Slow", "Supported", "Split-stance",
  "Tall", "Alternating", "Lying", "Quadruped", "Chair", "Step", "Pool", "Towel", "Mini",
};
static const char * const parts[] = {
  "hip", "hamstring", "calf", "glute", "thoracic", "lumbar", "shoulder", "knee", "ankle",
  "core", "back", "neck", "quad", "adductor", "spine", "pelvic", "trunk", "arm", "heel", "toe",
  "chest", "side", "abdominal", "piriformis", "psoas", "nerve", "rib", "foot",
};
static const char * const moves[] = {
  "stretch", "hinge", "bridge", "raise", "rotation", "press", "row", "squat", "lunge", "march",
  "curl", "extension", "tilt", "slide", "reach", "hold", "walk", "plank", "carry", "roll",
  "circle", "lift", "bend", "twist", "kick", "step-up", "glide", "rock", "brace", "bird dog",
};
static const char * const ends[] = {
  "", "", "", "", "with band", "with strap", "on a step", "to a box", "with pause",
  "- easy", "- progression", "with dowel", "on a ball", "against a wall", "with weight",
  "in water", "on the floor", "at the counter", "for beginners", "(café variant)",
};
/* "{}" stands for the body part of the name. */
static const char * const step_texts[] = {
  "Get into position slowly and check that you are comfortable.",
  "Keep your {} relaxed and your breathing easy.",
  "Move into the {} until you feel a gentle effort.",
  "Hold for a moment, then return with control.",
  "Repeat on the other side if your clinician asked you to.",
  "Stop if the pain spreads down your leg.",
  "Keep your back long and your {} steady.",
};
static const char * const cue_texts[] = {
  "Slow and smooth", "Breathe out on the effort", "Long spine", "Soft knees",
  "Think tall", "Stay in a comfortable range",
};
static const char * const categories[] = {
  "mobility", "stretch", "core_stability", "hinge_lifting", "strength", "functional_adl",
};
static const char * const positions[] = {
  "standing", "sitting", "supine", "supine_crook", "prone", "side_lying", "quadruped",
};
static const char * const regions[] = {
  "lumbar", "thoracic", "pelvis_hip", "lower_limb", "upper_limb", "trunk",
};
static const char * const equipment[] = {
  "none", "mat", "chair", "resistance_band", "dumbbell", "strap_or_towel", "wall", "step",
};

#define PICK(rand, list) ((list)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (list))])

static PhysioExercise *
generate_exercise (GRand *rand,
                   guint  index)
{
  g_autoptr(PhysioExercise) exercise = physio_exercise_new ();
  g_autoptr(GStrvBuilder) steps = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) cues = g_strv_builder_new ();
  g_auto(GStrv) step_list = NULL;
  g_auto(GStrv) cue_list = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autofree char *id = g_strdup_printf ("X-bench-%06u", index);
  g_autofree char *name = NULL;
  g_autofree char *alias = NULL;
  const char *part = PICK (rand, parts);
  const char *move = PICK (rand, moves);
  const char *end = PICK (rand, ends);
  const char *alias_list[2] = { NULL, NULL };
  const char *region_list[2] = { PICK (rand, regions), NULL };
  const char *equipment_list[2] = { PICK (rand, equipment), NULL };
  static const char * const stage_list[] = { "subacute", "chronic", NULL };
  guint n_steps = g_rand_int_range (rand, 3, 6);
  guint n_cues = g_rand_int_range (rand, 0, 3);

  name = g_strdup_printf ("%s %s %s%s%s", PICK (rand, starts), part, move, *end ? " " : "", end);
  alias = g_strdup_printf ("%s %s", part, PICK (rand, moves));
  alias_list[0] = alias;

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(GString) step = g_string_new (PICK (rand, step_texts));

      g_string_replace (step, "{}", part, 0);
      g_strv_builder_add (steps, step->str);
    }
  for (guint i = 0; i < n_cues; i++)
    g_strv_builder_add (cues, PICK (rand, cue_texts));
  step_list = g_strv_builder_end (steps);
  cue_list = g_strv_builder_end (cues);

  physio_exercise_set_id (exercise, id);
  physio_exercise_set_name (exercise, name);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);
  physio_exercise_set_version (exercise, 1);
  physio_exercise_set_category (exercise, PICK (rand, categories));
  physio_exercise_set_position (exercise, PICK (rand, positions));
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_REPS);
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_EACH_SIDE);
  physio_exercise_set_aliases (exercise, alias_list);
  physio_exercise_set_steps (exercise, (const char * const *) step_list);
  physio_exercise_set_cues (exercise, (const char * const *) cue_list);
  physio_exercise_set_regions (exercise, region_list);
  physio_exercise_set_equipment (exercise, equipment_list);
  physio_exercise_set_stages (exercise, stage_list);

  dose.sets = 2;
  dose.reps = g_rand_int_range (rand, 5, 16);
  dose.sessions_per_day = 1;
  dose.days_per_week = 5;
  physio_exercise_set_default_dose (exercise, &dose);

  return g_steal_pointer (&exercise);
}

static gboolean
generate_library (PhysioDatabase  *database,
                  guint            count,
                  GError         **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint start = 0; start < count; start += BATCH_SIZE)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = start; i < MIN (count, start + BATCH_SIZE); i++)
        g_ptr_array_add (batch, generate_exercise (rand, i));

      if (!physio_database_save_exercises (database, batch, error))
        return FALSE;

      fprintf (stderr, "\rgenerated %u of %u", MIN (count, start + BATCH_SIZE), count);
    }
  fprintf (stderr, "\n");

  return TRUE;
}

/* What a list view does after items-changed: ask for the rows it shows. */
static void
fetch_visible (GListModel *model)
{
  guint n = MIN (g_list_model_get_n_items (model), VISIBLE_ROWS);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhysioExercise) item = g_list_model_get_item (model, i);

      g_assert (item != NULL);
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  gtk_list_item_set_child (item, gtk_label_new (NULL));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  PhysioExercise *exercise = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), physio_exercise_get_name (exercise));
}

typedef struct
{
  GtkWidget      *window;
  GtkWidget      *scrolled;
  GtkNoSelection *selection;
  gboolean        unbind;
} View;

static void
view_init (View       *view,
           GListModel *model)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list_view;

  view->selection = gtk_no_selection_new (g_object_ref (model));
  list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (view->selection)), factory);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);

  view->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (view->scrolled), list_view);
  view->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (view->window), 420, 800);
  gtk_window_set_child (GTK_WINDOW (view->window), view->scrolled);
  gtk_window_present (GTK_WINDOW (view->window));

  while (gtk_widget_get_width (view->scrolled) == 0)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
view_set_query (View                      *view,
                PhysioExerciseList        *list,
                const PhysioExerciseQuery *query,
                GError                   **error)
{
  gboolean ok;

  if (!view->unbind)
    return physio_exercise_list_set_query (list, query, error);

  gtk_no_selection_set_model (view->selection, NULL);
  ok = physio_exercise_list_set_query (list, query, error);
  gtk_no_selection_set_model (view->selection, G_LIST_MODEL (list));

  return ok;
}

/* One synchronous layout pass, as the frame clock would run it, so the rows for the visible
 * part are created and bound inside the timed region. */
static void
view_layout (View *view)
{
  GtkAllocation allocation = { 0, 0, gtk_widget_get_width (view->scrolled),
                               gtk_widget_get_height (view->scrolled) };
  int minimum, natural;

  gtk_widget_measure (view->scrolled, GTK_ORIENTATION_VERTICAL, allocation.width,
                      &minimum, &natural, NULL, NULL);
  gtk_widget_size_allocate (view->scrolled, &allocation, -1);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  fraction)
{
  guint index = (guint) (fraction * (sorted->len - 1) + 0.5);

  return g_array_index (sorted, double, index);
}

static void
print_summary (const char *label,
               GArray     *times)
{
  g_autoptr(GArray) sorted = g_array_copy (times);

  g_array_sort (sorted, compare_doubles);
  printf ("%-22s keystrokes %3u  median %7.3f ms  p95 %7.3f ms  max %7.3f ms\n", label,
          sorted->len, percentile (sorted, 0.5), percentile (sorted, 0.95),
          g_array_index (sorted, double, sorted->len - 1));
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

static void
remove_database (const char *dir,
                 const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioExerciseList) list = NULL;
  g_autoptr(GArray) all_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *command_line = g_strjoinv (" ", argv);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gboolean use_gtk = FALSE;
  gboolean unbind = FALSE;
  gboolean keep = FALSE;
  int count = 100000;
  View view = { NULL, NULL, NULL, FALSE };
  gint64 start;
  double generate_ms, open_ms;
  const GOptionEntry entries[] = {
    { "count", 'n', 0, G_OPTION_ARG_INT, &count, "Exercises to generate", "N" },
    { "gtk", 0, 0, G_OPTION_ARG_NONE, &use_gtk, "Also lay out a GtkListView", NULL },
    { "unbind", 0, 0, G_OPTION_ARG_NONE, &unbind,
      "Unset the list view's model around each query (see the comment at the top)", NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated database", NULL },
    { NULL }
  };

  context = g_option_context_new ("- time search as you type");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || count < 1)
    {
      fprintf (stderr, "%s\n", error ? error->message : "--count must be at least 1");
      return EXIT_FAILURE;
    }

  if (use_gtk && !gtk_init_check ())
    {
      fprintf (stderr, "No display: timing without the GtkListView.\n");
      use_gtk = FALSE;
    }

  dir = g_dir_make_tmp ("bench-search-XXXXXX", &error);
  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  path = g_build_filename (dir, "bench.db", NULL);

  database = physio_database_open (path, &error);
  if (database == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }

  start = g_get_monotonic_time ();
  if (!generate_library (database, count, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  generate_ms = elapsed_ms (start);

  /* Closing checkpoints the WAL into the file, so its size is the size of the data. */
  g_clear_object (&database);
  start = g_get_monotonic_time ();
  database = physio_database_open (path, &error);
  if (database == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  open_ms = elapsed_ms (start);

  start = g_get_monotonic_time ();
  list = physio_exercise_list_new (database);
  printf ("command: %s\n", command_line);
  printf ("exercises: %u, generated in %.1f s, database %.1f MB, reopened in %.1f ms, "
          "first list of all rows in %.1f ms\n",
          physio_database_count_exercises (database), generate_ms / 1000.0,
          file_size (path) / (1024.0 * 1024.0), open_ms, elapsed_ms (start));
  printf ("timed per keystroke: query + list update + %s\n",
          !use_gtk ? "first 25 rows"
          : unbind ? "GtkListView layout, model unset around the query"
          : "GtkListView layout");

  if (use_gtk)
    {
      view.unbind = unbind;
      view_init (&view, G_LIST_MODEL (list));
    }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *label = g_strdup_printf ("\"%s\"", queries[q]);
      PhysioExerciseQuery query = { NULL };
      glong length = g_utf8_strlen (queries[q], -1);

      for (glong typed = 1; typed <= length; typed++)
        {
          g_autofree char *text = g_utf8_substring (queries[q], 0, typed);
          double ms;

          query.text = text;
          start = g_get_monotonic_time ();
          if (use_gtk ? !view_set_query (&view, list, &query, &error)
                      : !physio_exercise_list_set_query (list, &query, &error))
            {
              fprintf (stderr, "%s\n", error->message);
              return EXIT_FAILURE;
            }
          if (use_gtk)
            view_layout (&view);
          else
            fetch_visible (G_LIST_MODEL (list));
          ms = elapsed_ms (start);

          g_array_append_val (times, ms);
          g_array_append_val (all_times, ms);
          printf ("  %-20s %6u matches  %7.3f ms\n", text,
                  g_list_model_get_n_items (G_LIST_MODEL (list)), ms);

          /* Let GTK paint between keystrokes, outside the timed region, as a person's
           * typing speed allows. */
          while (use_gtk && g_main_context_iteration (NULL, FALSE))
            ;
        }

      /* Back to the whole library, as clearing the search entry does. */
      if (use_gtk)
        view_set_query (&view, list, NULL, NULL);
      else
        physio_exercise_list_set_query (list, NULL, NULL);
      print_summary (label, times);
    }

  print_summary ("all keystrokes", all_times);

  if (use_gtk)
    {
      gtk_window_destroy (GTK_WINDOW (view.window));
      g_clear_object (&view.selection);
    }
  g_clear_object (&list);
  g_clear_object (&database);

  if (keep)
    printf ("database kept: %s\n", path);
  else
    remove_database (dir, path);

  return EXIT_SUCCESS;
}

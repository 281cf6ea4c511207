/* physio-prescription-page.c: the Exercises page of the programme window (the builder)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-prescription-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "physio-date-entry-row.h"
#include "physio-exercise-list.h"
#include "physio-ladder.h"
#include "physio-check-row.h"
#include "physio-prescription-page.h"

#include "physio-a11y.h"
#include "physio-prescription-row.h"
#include "physio-programme-check.h"
#include "physio-programme-window-private.h"
#include "physio-vocabulary.h"

struct _PhysioPrescriptionPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkWidget          *library_pane;
  GtkSearchEntry     *search_entry;
  GtkStack           *results_stack;
  GtkListBox         *results_list;
  GtkScrolledWindow  *programme_scroll;
  GtkLabel           *status_label;
  GtkListBox         *checks_list;
  GtkStack           *programme_stack;
  GtkListBox         *prescriptions_list;

  /* Owned references */
  PhysioDatabase     *database;
  PhysioUndoStack    *undo_stack;
  PhysioPatient      *patient;
  PhysioExerciseList *results;
  /* The text the results are for; the entry waits a moment after typing before searching. */
  char               *results_text;
  /* The programme's prescriptions without the removed ones (kept for their logs). */
  GtkFilterListModel *visible;
  /* Prescription ids whose rows are open, so a row made again (a move, or the undo of a
   * removal or a move, which splice the list) opens as it was. */
  GHashTable         *expanded;
  /* The prescription just added, whose row opens to have its dose set. */
  PhysioPrescription *just_added;

  guint               refresh_idle;
  /* Whether the clinician opened the folded warnings, kept as they are worked out again. */
  gboolean            warnings_expanded;
  /* Which checks the rows show (kinds and places, not the words), and the rows in that
   * order (borrowed), so an edit that only rewords a check (a new percentage) updates a
   * title instead of building the list again, which would lay out every folded row. */
  char               *checks_shown;
  GPtrArray          *check_rows;

  /* Borrowed: the programme side's drop target */
  GtkDropTarget      *drop_target;
};

G_DEFINE_FINAL_TYPE (PhysioPrescriptionPage, physio_prescription_page, GTK_TYPE_WIDGET)

static PhysioProgramme *
get_programme (PhysioPrescriptionPage *self)
{
  return physio_undo_stack_get_programme (self->undo_stack);
}

/* Positions: rows are counted among visible prescriptions, the programme counts them all. */

static guint
full_position_of (PhysioPrescriptionPage *self,
                  PhysioPrescription     *prescription)
{
  PhysioProgramme *programme = get_programme (self);
  guint n = physio_programme_get_n_prescriptions (programme);

  for (guint i = 0; i < n; i++)
    if (physio_programme_get_prescription (programme, i) == prescription)
      return i;

  return G_MAXUINT;
}

static guint
full_position_of_visible (PhysioPrescriptionPage *self,
                          guint                   visible_position)
{
  g_autoptr(PhysioPrescription) prescription = NULL;

  prescription = g_list_model_get_item (G_LIST_MODEL (self->visible), visible_position);
  if (prescription == NULL)
    return physio_programme_get_n_prescriptions (get_programme (self));

  return full_position_of (self, prescription);
}

static guint
visible_position_of (PhysioPrescriptionPage *self,
                     PhysioPrescription     *prescription)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->visible));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhysioPrescription) item = g_list_model_get_item (G_LIST_MODEL (self->visible), i);

      if (item == prescription)
        return i;
    }

  return G_MAXUINT;
}

static PhysioPrescriptionRow *
row_at (PhysioPrescriptionPage *self,
        guint                   visible_position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->prescriptions_list, visible_position);

  return row != NULL ? PHYSIO_PRESCRIPTION_ROW (row) : NULL;
}

static void
focus_row (PhysioPrescriptionPage *self,
           guint                   visible_position)
{
  PhysioPrescriptionRow *row = row_at (self, visible_position);

  if (row != NULL)
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

/* The status line and the checks */

static guint
week_to_show (PhysioProgramme *programme)
{
  guint weeks = physio_programme_get_weeks (programme);
  GDate today;
  guint week;

  physio_date_today (&today);
  week = physio_programme_week_of (programme, &today);

  /* Before the start the first week is what the patient will meet; after the end, the last. */
  return CLAMP (week, 1, weeks);
}

static void
update_status (PhysioPrescriptionPage *self)
{
  PhysioProgramme *programme = get_programme (self);
  guint week = week_to_show (programme);
  double per_session = 0;
  double per_day = 0;
  g_autofree char *text = NULL;

  physio_programme_estimate_minutes (programme, week, &per_session, &per_day);
  /* TRANSLATORS: the time the programme takes, "~24 min per session · ~34 min per day (week 3)" */
  text = g_strdup_printf (_("~%.0f min per session · ~%.0f min per day (week %u)"),
                          ceil (per_session), ceil (per_day), week);
  gtk_label_set_text (self->status_label, text);
}

static void on_check_activated_cb (PhysioPrescriptionPage *self,
                                   AdwActionRow           *row);

static GtkWidget *
make_check_row (PhysioPrescriptionPage *self,
                const PhysioCheck      *check)
{
  GtkWidget *row = physio_check_row_new (check);

  if (check->position >= 0)
    g_signal_connect_object (row, "activated", G_CALLBACK (on_check_activated_cb), self,
                             G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), "physio-position", GINT_TO_POINTER (check->position));
  g_ptr_array_add (self->check_rows, row);

  return row;
}

/* What the warnings are about, in a few words, for the folded list: "Fast rises · cautions". */
static char *
summarize_warnings (GPtrArray *warnings)
{
  static const struct
  {
    PhysioCheckCode  code;
    const char      *words;
  } kinds[] = {
    { PHYSIO_CHECK_SUSPENDED, N_("paused by a warning sign") },
    { PHYSIO_CHECK_CAUTION, N_("cautions for this patient") },
    { PHYSIO_CHECK_SLOT_UNCHOSEN, N_("choices to make") },
    { PHYSIO_CHECK_TOO_MANY_EXERCISES, N_("many exercises") },
    { PHYSIO_CHECK_LONG_SESSION, N_("long days") },
    { PHYSIO_CHECK_VOLUME_JUMP, N_("weekly amounts rising fast") },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < warnings->len; i++)
      if (((const PhysioCheck *) g_ptr_array_index (warnings, i))->code == kinds[k].code)
        {
          if (text->len > 0)
            g_string_append (text, " · ");
          g_string_append (text, _(kinds[k].words));
          break;
        }

  /* A sentence starts with a capital, whichever kind comes first. */
  if (text->len > 0)
    {
      g_autofree char *first = g_utf8_substring (text->str, 0, 1);
      g_autofree char *upper = g_utf8_strup (first, -1);

      g_string_erase (text, 0, strlen (first));
      g_string_prepend (text, upper);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Sets a check row's title, or, for a row folded away, keeps it for when the warnings are
 * opened: a title set on a hidden row is still laid out, and a dose edit rewords several. */
static void
set_check_title (PhysioPrescriptionPage *self,
                 AdwPreferencesRow      *row,
                 const char             *title)
{
  if (g_object_get_data (G_OBJECT (row), "physio-folded") != NULL && !self->warnings_expanded)
    {
      if (g_strcmp0 (adw_preferences_row_get_title (row), title) != 0)
        g_object_set_data_full (G_OBJECT (row), "physio-pending-title", g_strdup (title), g_free);
      else
        g_object_set_data (G_OBJECT (row), "physio-pending-title", NULL);
      return;
    }

  g_object_set_data (G_OBJECT (row), "physio-pending-title", NULL);
  if (g_strcmp0 (adw_preferences_row_get_title (row), title) != 0)
    adw_preferences_row_set_title (row, title);
}

static void
on_warnings_expanded_cb (PhysioPrescriptionPage *self,
                         GParamSpec             *pspec,
                         AdwExpanderRow         *row)
{
  self->warnings_expanded = adw_expander_row_get_expanded (row);
  if (!self->warnings_expanded)
    return;

  for (guint i = 0; i < self->check_rows->len; i++)
    {
      AdwPreferencesRow *check_row = g_ptr_array_index (self->check_rows, i);
      g_autofree char *pending = NULL;

      /* Copied: setting the title drops the row's pending one. */
      pending = g_strdup (g_object_get_data (G_OBJECT (check_row), "physio-pending-title"));
      if (pending != NULL)
        set_check_title (self, check_row, pending);
    }
}

static void
update_checks (PhysioPrescriptionPage *self)
{
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new ();
  GtkWidget *child;
  GDate today;

  g_autoptr(GString) shown = g_string_new (NULL);

  physio_date_today (&today);

  checks = physio_programme_check (get_programme (self), self->patient, &today);
  for (guint i = 0; i < checks->len; i++)
    {
      const PhysioCheck *check = g_ptr_array_index (checks, i);

      if (check->code != PHYSIO_CHECK_NO_EXERCISES)
        g_string_append_printf (shown, "%d|%d|%d|%u\n", check->severity, check->code,
                                check->position, check->week);
    }

  if (g_strcmp0 (shown->str, self->checks_shown) == 0)
    {
      guint row = 0;

      for (guint i = 0; i < checks->len && row < self->check_rows->len; i++)
        {
          const PhysioCheck *check = g_ptr_array_index (checks, i);
          g_autofree char *title = NULL;
          AdwPreferencesRow *check_row;

          if (check->code == PHYSIO_CHECK_NO_EXERCISES)
            continue;
          check_row = g_ptr_array_index (self->check_rows, row++);
          title = g_markup_escape_text (check->message, -1);
          set_check_title (self, check_row, title);
        }
      return;
    }
  g_free (self->checks_shown);
  self->checks_shown = g_string_free (g_steal_pointer (&shown), FALSE);
  g_ptr_array_set_size (self->check_rows, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_list_box_remove (self->checks_list, child);

  /* Errors stand alone: the programme cannot be issued until they are fixed. */
  for (guint i = 0; i < checks->len; i++)
    {
      const PhysioCheck *check = g_ptr_array_index (checks, i);

      /* An empty programme says so in its own empty state, not twice. */
      if (check->code == PHYSIO_CHECK_NO_EXERCISES)
        continue;
      if (check->severity == PHYSIO_CHECK_ERROR)
        gtk_list_box_append (self->checks_list, make_check_row (self, check));
      else
        g_ptr_array_add (warnings, (gpointer) check);
    }

  /* A template easily has a dozen things worth a look; folded under one row they leave room
   * for the exercises, and the clinician opens them when ready. */
  if (warnings->len <= 2)
    {
      for (guint i = 0; i < warnings->len; i++)
        gtk_list_box_append (self->checks_list,
                             make_check_row (self, g_ptr_array_index (warnings, i)));
    }
  else
    {
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      g_autofree char *title = NULL;
      g_autofree char *summary = summarize_warnings (warnings);
      g_autofree char *subtitle = NULL;

      /* TRANSLATORS: the folded list of a programme's warnings, "14 things worth a look" */
      title = g_strdup_printf (ngettext ("%u thing worth a look", "%u things worth a look",
                                         warnings->len),
                               warnings->len);
      subtitle = g_markup_escape_text (summary, -1);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Worth a look"), -1);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      for (guint i = 0; i < warnings->len; i++)
        {
          GtkWidget *row = make_check_row (self, g_ptr_array_index (warnings, i));

          g_object_set_data (G_OBJECT (row), "physio-folded", GINT_TO_POINTER (TRUE));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), self->warnings_expanded);
      g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (on_warnings_expanded_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_widget_add_css_class (expander, "check-warnings");
      gtk_list_box_append (self->checks_list, expander);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->checks_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->checks_list)) != NULL);
}

static void
update_empty_state (PhysioPrescriptionPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->visible)) == 0;

  gtk_stack_set_visible_child_name (self->programme_stack, empty ? "empty" : "list");
}

static gboolean
refresh_cb (gpointer user_data)
{
  PhysioPrescriptionPage *self = user_data;

  self->refresh_idle = 0;
  update_status (self);
  update_checks (self);
  update_empty_state (self);

  return G_SOURCE_REMOVE;
}

/* Many setters run for one change; the summary is worked out once, after them. */
static void
queue_refresh (PhysioPrescriptionPage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_cb, self);
}

static void
on_programme_changed_cb (PhysioPrescriptionPage *self)
{
  queue_refresh (self);
}

static void
on_check_activated_cb (PhysioPrescriptionPage *self,
                       AdwActionRow           *row)
{
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "physio-position"));
  PhysioProgramme *programme = get_programme (self);
  PhysioPrescription *prescription;
  PhysioPrescriptionRow *prescription_row;
  guint visible;

  if (position < 0 || (guint) position >= physio_programme_get_n_prescriptions (programme))
    return;

  prescription = physio_programme_get_prescription (programme, position);
  visible = visible_position_of (self, prescription);
  prescription_row = row_at (self, visible);
  if (prescription_row == NULL)
    return;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (prescription_row), TRUE);
  focus_row (self, visible);
}

/* Changing the programme's list */

gboolean
physio_prescription_page_add_exercise (PhysioPrescriptionPage  *self,
                                       const char              *id,
                                       guint                    position,
                                       GError                 **error)
{
  PhysioProgramme *programme;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autofree char *title = NULL;
  guint full_position;

  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  exercise = physio_database_get_exercise (self->database, id, error);
  if (exercise == NULL)
    return FALSE;

  programme = get_programme (self);
  prescription = physio_prescription_new (exercise);
  /* A new exercise runs for the whole programme and grows week by week from its default dose,
   * the way the templates do; the clinician narrows it from there. */
  physio_prescription_set_weeks (prescription, 1, physio_programme_get_weeks (programme));
  physio_prescription_generate_ladder (prescription, physio_programme_get_rule_params (programme));

  full_position = position >= g_list_model_get_n_items (G_LIST_MODEL (self->visible))
                  ? physio_programme_get_n_prescriptions (programme)
                  : full_position_of_visible (self, position);

  g_set_object (&self->just_added, prescription);
  physio_undo_stack_begin (self->undo_stack, _("Add exercise"));
  physio_programme_insert_prescription (programme, full_position, prescription);
  if (!physio_undo_stack_commit (self->undo_stack, error))
    {
      g_clear_object (&self->just_added);
      return FALSE;
    }
  g_clear_object (&self->just_added);

  /* TRANSLATORS: a toast after adding an exercise to a programme */
  title = g_strdup_printf (_("“%s” added"), physio_library_text (physio_exercise_get_name (exercise)));
  _physio_programme_window_toast (GTK_WIDGET (self), title, TRUE);

  return TRUE;
}

static void
add_with_feedback (PhysioPrescriptionPage *self,
                   const char             *id,
                   guint                   position)
{
  g_autoptr(GError) error = NULL;

  if (!physio_prescription_page_add_exercise (self, id, position, &error))
    _physio_programme_window_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
move_prescription (PhysioPrescriptionPage *self,
                   PhysioPrescription     *prescription,
                   guint                   to_visible)
{
  g_autoptr(GError) error = NULL;
  guint from = full_position_of (self, prescription);
  guint to = full_position_of_visible (self, to_visible);
  PhysioProgramme *programme = get_programme (self);

  if (from == G_MAXUINT || to >= physio_programme_get_n_prescriptions (programme) || from == to)
    return;

  physio_undo_stack_begin (self->undo_stack, _("Move exercise"));
  physio_programme_move_prescription (programme, from, to);
  if (!physio_undo_stack_commit (self->undo_stack, &error))
    _physio_programme_window_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
on_row_move_requested_cb (PhysioPrescriptionRow  *row,
                          int                     delta,
                          PhysioPrescriptionPage *self)
{
  PhysioPrescription *prescription = physio_prescription_row_get_prescription (row);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->visible));
  guint from = visible_position_of (self, prescription);
  int to = (int) from + delta;

  if (from == G_MAXUINT || to < 0 || to >= (int) n)
    {
      gtk_widget_error_bell (GTK_WIDGET (row));
      return;
    }

  move_prescription (self, prescription, to);
  /* The list rebuilt the rows it moved; the keyboard stays with the one that moved. */
  focus_row (self, to);
}

static void
on_row_remove_requested_cb (PhysioPrescriptionRow  *row,
                            PhysioPrescriptionPage *self)
{
  PhysioPrescription *prescription = physio_prescription_row_get_prescription (row);
  PhysioProgramme *programme = get_programme (self);
  guint position = full_position_of (self, prescription);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (position == G_MAXUINT)
    return;

  name = g_strdup (physio_library_text (physio_exercise_get_name (physio_prescription_get_exercise (prescription))));
  physio_undo_stack_begin (self->undo_stack, _("Remove exercise"));
  physio_programme_remove_prescription (programme, position);
  if (!physio_undo_stack_commit (self->undo_stack, &error))
    {
      _physio_programme_window_toast (GTK_WIDGET (self), error->message, FALSE);
      return;
    }

  /* TRANSLATORS: a toast after taking an exercise out of a programme, with an Undo button */
  title = g_strdup_printf (_("“%s” removed"), name);
  _physio_programme_window_toast (GTK_WIDGET (self), title, TRUE);
}

static void
on_row_expanded_cb (PhysioPrescriptionRow  *row,
                    GParamSpec             *pspec,
                    PhysioPrescriptionPage *self)
{
  gint64 id = physio_prescription_get_id (physio_prescription_row_get_prescription (row));

  if (id <= 0)
    return;

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded, &id);
}

static GtkWidget *
create_prescription_row_cb (gpointer item,
                            gpointer user_data)
{
  PhysioPrescriptionPage *self = user_data;
  PhysioPrescription *prescription = item;
  PhysioPrescriptionRow *row;
  gint64 id = physio_prescription_get_id (prescription);

  row = physio_prescription_row_new (self->undo_stack, self->patient, prescription);
  if (prescription == self->just_added || (id > 0 && g_hash_table_contains (self->expanded, &id)))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  g_signal_connect_object (row, "move-requested", G_CALLBACK (on_row_move_requested_cb), self, 0);
  g_signal_connect_object (row, "remove-requested", G_CALLBACK (on_row_remove_requested_cb),
                           self, 0);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded_cb), self, 0);


  return GTK_WIDGET (row);
}

/* Dropping: a library exercise adds it, a prescription moves it. Exercises travel as objects,
 * not text, so a drop that misses onto a text field of an open row does not type an id. */

static guint
drop_position (PhysioPrescriptionPage *self,
               double                  x,
               double                  y)
{
  GtkListBoxRow *row;
  graphene_point_t point;
  graphene_rect_t bounds;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->programme_scroll),
                                 GTK_WIDGET (self->prescriptions_list),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return G_MAXUINT;

  row = gtk_list_box_get_row_at_y (self->prescriptions_list, (int) point.y);
  if (row == NULL)
    return point.y < 0 ? 0 : G_MAXUINT;

  /* Over the top half of a row the drop goes before it, over the bottom half after it. */
  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->prescriptions_list),
                                  &bounds))
    return gtk_list_box_row_get_index (row);

  return gtk_list_box_row_get_index (row) +
         (point.y > bounds.origin.y + bounds.size.height / 2 ? 1 : 0);
}

static gboolean
on_drop_cb (GtkDropTarget          *target,
            const GValue           *value,
            double                  x,
            double                  y,
            PhysioPrescriptionPage *self)
{
  guint position = drop_position (self, x, y);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->visible));

  if (G_VALUE_HOLDS (value, PHYSIO_TYPE_PRESCRIPTION))
    {
      PhysioPrescription *prescription = g_value_get_object (value);
      guint from = visible_position_of (self, prescription);
      guint to;

      if (from == G_MAXUINT)
        return FALSE;

      /* Dropping after itself or before the next row leaves it where it is. */
      to = MIN (position, n);
      if (to > from)
        to--;
      if (to >= n)
        to = n - 1;
      move_prescription (self, prescription, to);
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, PHYSIO_TYPE_EXERCISE) && g_value_get_object (value) != NULL)
    {
      /* By id: the library's current record is what goes into the programme. */
      add_with_feedback (self, physio_exercise_get_id (g_value_get_object (value)), position);
      return TRUE;
    }

  return FALSE;
}

/* The library side */

static char *
search_text (PhysioPrescriptionPage *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
}

static void
select_first_result (PhysioPrescriptionPage *self)
{
  gtk_list_box_select_row (self->results_list,
                           gtk_list_box_get_row_at_index (self->results_list, 0));
}

static void
update_results_state (PhysioPrescriptionPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->results)) == 0;

  gtk_stack_set_visible_child_name (self->results_stack, empty ? "empty" : "list");
  /* The highlighted row is what Enter adds: there always is one while there are results. */
  if (!empty && gtk_list_box_get_selected_row (self->results_list) == NULL)
    select_first_result (self);
}

static void
on_search_changed_cb (PhysioPrescriptionPage *self)
{
  PhysioExerciseQuery query = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = search_text (self);
  g_free (self->results_text);
  self->results_text = g_strdup (text);
  if (*text != '\0')
    query.text = g_steal_pointer (&text);

  if (!physio_exercise_list_set_query (self->results, &query, &error))
    _physio_programme_window_toast (GTK_WIDGET (self), error->message, FALSE);
  physio_exercise_query_clear (&query);

  select_first_result (self);
  update_results_state (self);
}

static const char *
row_exercise_id (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "physio-exercise-id") : NULL;
}

static void
on_search_activate_cb (PhysioPrescriptionPage *self)
{
  g_autofree char *text = search_text (self);
  GtkListBoxRow *row;
  const char *id;

  /* Enter typed quicker than the search's pause adds from what was typed, not from the
   * results of the words before. */
  if (g_strcmp0 (text, self->results_text) != 0)
    on_search_changed_cb (self);

  row = gtk_list_box_get_selected_row (self->results_list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->results_list, 0);
  id = row_exercise_id (row);
  if (id == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self->search_entry));
      return;
    }

  add_with_feedback (self, id, G_MAXUINT);
  /* Typing on starts the next search; the words stay in case a similar one is wanted. */
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
on_stop_search_cb (PhysioPrescriptionPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_result_activated_cb (PhysioPrescriptionPage *self,
                        GtkListBoxRow          *row)
{
  const char *id = row_exercise_id (row);

  if (id != NULL)
    add_with_feedback (self, id, G_MAXUINT);
}

static gboolean
on_search_key_pressed_cb (GtkEventControllerKey  *controller,
                          guint                   keyval,
                          guint                   keycode,
                          GdkModifierType         state,
                          PhysioPrescriptionPage *self)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->results_list);
  int index = selected != NULL ? gtk_list_box_row_get_index (selected) : -1;
  GtkListBoxRow *next;

  /* Up and Down move the highlight through the results while the typing stays in the entry. */
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    next = gtk_list_box_get_row_at_index (self->results_list, index + 1);
  else if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) && index > 0)
    next = gtk_list_box_get_row_at_index (self->results_list, index - 1);
  else
    return FALSE;

  if (next != NULL)
    {
      GtkWidget *scroll = gtk_widget_get_ancestor (GTK_WIDGET (self->results_list),
                                                   GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment;
      graphene_rect_t bounds;

      gtk_list_box_select_row (self->results_list, next);
      adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroll));
      if (
          gtk_widget_compute_bounds (GTK_WIDGET (next), GTK_WIDGET (self->results_list), &bounds))
        gtk_adjustment_clamp_page (adjustment, bounds.origin.y,
                                   bounds.origin.y + bounds.size.height);
    }
  return TRUE;
}

static void
on_add_button_clicked_cb (GtkButton              *button,
                          PhysioPrescriptionPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "physio-exercise-id");

  add_with_feedback (self, id, G_MAXUINT);
}

static GdkContentProvider *
on_result_drag_prepare_cb (GtkDragSource *source,
                           double         x,
                           double         y,
                           GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, (int) x, (int) y);
  return gdk_content_provider_new_typed (PHYSIO_TYPE_EXERCISE,
                                         g_object_get_data (G_OBJECT (row), "physio-exercise"));
}

static GtkWidget *
create_result_row_cb (gpointer item,
                      gpointer user_data)
{
  PhysioPrescriptionPage *self = user_data;
  PhysioExercise *exercise = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (physio_library_text (physio_exercise_get_name (exercise)));
  GtkWidget *detail;
  GtkWidget *add;
  GtkDragSource *source;
  g_autofree char *detail_text = NULL;
  g_autofree char *add_label = NULL;
  g_autofree char *accessible = NULL;

  detail_text = g_strdup_printf ("%s · %s",
                                 physio_vocab_label (PHYSIO_VOCAB_CATEGORY,
                                                     physio_exercise_get_category (exercise)),
                                 physio_exercise_get_dose_summary (exercise));
  detail = gtk_label_new (detail_text);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), detail);

  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  add_label = g_strdup_printf (_("Add “%s” to the Programme"),
                               physio_library_text (physio_exercise_get_name (exercise)));
  gtk_widget_set_tooltip_text (add, _("Add to the Programme"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_add_css_class (add, "circular");
  g_object_set_data_full (G_OBJECT (add), "physio-exercise-id",
                          g_strdup (physio_exercise_get_id (exercise)), g_free);
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_add_button_clicked_cb), self, 0);

  /* Enter on the row adds the exercise too: the button keeps its action for a screen reader
   * or a pointer, but costs no tab stop of its own (the library list stays short to pass). */
  gtk_widget_set_focusable (add, FALSE);

  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), add);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  accessible = physio_a11y_join (physio_library_text (physio_exercise_get_name (exercise)), detail_text, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "physio-exercise-id",
                          g_strdup (physio_exercise_get_id (exercise)), g_free);
  g_object_set_data_full (G_OBJECT (row), "physio-exercise", g_object_ref (exercise),
                          g_object_unref);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_result_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  return row;
}

static gboolean
filter_not_removed (gpointer item,
                    gpointer user_data)
{
  return !physio_prescription_get_removed (item);
}

static void
on_visible_changed_cb (PhysioPrescriptionPage *self)
{
  update_empty_state (self);
}

/* Construction */

PhysioPrescriptionPage *
physio_prescription_page_new (PhysioDatabase  *database,
                              PhysioUndoStack *undo_stack,
                              PhysioPatient   *patient)
{
  PhysioPrescriptionPage *self;
  GtkCustomFilter *filter;
  GListModel *prescriptions;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (undo_stack), NULL);
  g_return_val_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient), NULL);

  self = g_object_new (PHYSIO_TYPE_PRESCRIPTION_PAGE, NULL);
  self->database = g_object_ref (database);
  self->undo_stack = g_object_ref (undo_stack);
  self->patient = patient != NULL ? g_object_ref (patient) : NULL;

  self->results = physio_exercise_list_new (database);
  gtk_list_box_bind_model (self->results_list, G_LIST_MODEL (self->results),
                           create_result_row_cb, self, NULL);
  on_search_changed_cb (self);

  filter = gtk_custom_filter_new (filter_not_removed, NULL, NULL);
  prescriptions = physio_programme_get_prescriptions (get_programme (self));
  self->visible = gtk_filter_list_model_new (g_object_ref (prescriptions), GTK_FILTER (filter));
  g_signal_connect_object (self->visible, "items-changed", G_CALLBACK (on_visible_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->prescriptions_list, G_LIST_MODEL (self->visible),
                           create_prescription_row_cb, self, NULL);

  g_signal_connect_object (get_programme (self), "changed", G_CALLBACK (on_programme_changed_cb),
                           self, G_CONNECT_SWAPPED);
  refresh_cb (self);

  return self;
}

void
physio_prescription_page_set_patient (PhysioPrescriptionPage *self,
                                      PhysioPatient          *patient)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION_PAGE (self));
  g_return_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient));

  if (!g_set_object (&self->patient, patient))
    return;

  /* The cautions are the patient's: every row is made again to show the new ones. */
  gtk_list_box_bind_model (self->prescriptions_list, G_LIST_MODEL (self->visible),
                           create_prescription_row_cb, self, NULL);
  queue_refresh (self);
}

/* The keyboard's way past the library: its list of results is one tab stop (Up and Down move
 * in it), so Tab goes on to the programme instead of through every exercise; F6 moves
 * between the library and the programme, as between the panes of other GNOME apps. */
static void
focus_programme (PhysioPrescriptionPage *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self->programme_scroll), GTK_DIR_TAB_FORWARD);
}

static gboolean
on_results_key_pressed_cb (GtkEventControllerKey  *controller,
                           guint                   keyval,
                           guint                   keycode,
                           GdkModifierType         state,
                           PhysioPrescriptionPage *self)
{
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    {
      focus_programme (self);
      return TRUE;
    }
  if (keyval == GDK_KEY_ISO_Left_Tab)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return TRUE;
    }
  return FALSE;
}

static gboolean
on_page_key_pressed_cb (GtkEventControllerKey  *controller,
                        guint                   keyval,
                        guint                   keycode,
                        GdkModifierType         state,
                        PhysioPrescriptionPage *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  if (keyval != GDK_KEY_F6)
    return FALSE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, self->library_pane))
    focus_programme (self);
  else if (gtk_widget_get_mapped (self->library_pane))
    physio_prescription_page_focus_search (self);
  return TRUE;
}

void
physio_prescription_page_focus_search (PhysioPrescriptionPage *self)
{
  g_return_if_fail (PHYSIO_IS_PRESCRIPTION_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

GtkSearchEntry *
_physio_prescription_page_get_search_entry (PhysioPrescriptionPage *self)
{
  return self->search_entry;
}

GtkListBox *
_physio_prescription_page_get_results (PhysioPrescriptionPage *self)
{
  return self->results_list;
}

GtkListBox *
_physio_prescription_page_get_list (PhysioPrescriptionPage *self)
{
  return self->prescriptions_list;
}

GtkListBox *
_physio_prescription_page_get_checks (PhysioPrescriptionPage *self)
{
  return self->checks_list;
}

GtkDropTarget *
_physio_prescription_page_get_drop_target (PhysioPrescriptionPage *self)
{
  return self->drop_target;
}

GtkLabel *
_physio_prescription_page_get_status_label (PhysioPrescriptionPage *self)
{
  return self->status_label;
}

static void
physio_prescription_page_dispose (GObject *object)
{
  PhysioPrescriptionPage *self = PHYSIO_PRESCRIPTION_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);

  /* The rows hold the undo stack; unbinding lets them go before it does. */
  if (self->prescriptions_list != NULL)
    gtk_list_box_bind_model (self->prescriptions_list, NULL, NULL, NULL, NULL);
  if (self->results_list != NULL)
    gtk_list_box_bind_model (self->results_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PRESCRIPTION_PAGE);
  /* The template's root is not a bound child, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->visible);
  g_clear_object (&self->results);
  g_clear_object (&self->just_added);
  g_clear_object (&self->patient);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_prescription_page_parent_class)->dispose (object);
}

static void
physio_prescription_page_finalize (GObject *object)
{
  PhysioPrescriptionPage *self = PHYSIO_PRESCRIPTION_PAGE (object);

  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->results_text, g_free);
  g_clear_pointer (&self->checks_shown, g_free);
  g_clear_pointer (&self->check_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (physio_prescription_page_parent_class)->finalize (object);
}

static void
physio_prescription_page_class_init (PhysioPrescriptionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_prescription_page_dispose;
  object_class->finalize = physio_prescription_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-prescription-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, library_pane);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, results_list);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, programme_scroll);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, checks_list);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, programme_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionPage, prescriptions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated_cb);
}

static void
physio_prescription_page_init (PhysioPrescriptionPage *self)
{
  GtkEventController *key;
  GtkDropTarget *target;
  GType types[] = { PHYSIO_TYPE_PRESCRIPTION, PHYSIO_TYPE_EXERCISE };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->check_rows = g_ptr_array_new ();

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_results_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->results_list), key);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_page_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  /* The whole programme side takes drops, the empty state included. */
  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  self->drop_target = target;
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->programme_scroll), GTK_EVENT_CONTROLLER (target));
}

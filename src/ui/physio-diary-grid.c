/* physio-diary-grid.c: the follow-up entry grid, typed by keyboard and saved cell by cell
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-patients.h"
#include "physio-diary-cell.h"
#include "physio-diary-grid.h"
#include "physio-diary-save.h"

#define N_DAYS 7

/* Short names for the rows inside the grid. */
typedef PhysioDiaryRow RowKind;
#define ROW_EXERCISE      PHYSIO_DIARY_ROW_EXERCISE
#define ROW_MORNING       PHYSIO_DIARY_ROW_MORNING
#define ROW_EXERCISE_PAIN PHYSIO_DIARY_ROW_EXERCISE_PAIN
#define ROW_NEXT_MORNING  PHYSIO_DIARY_ROW_NEXT_MORNING
#define ROW_ACTIVITY      PHYSIO_DIARY_ROW_ACTIVITY
#define ROW_RED_FLAG      PHYSIO_DIARY_ROW_RED_FLAG

typedef struct
{
  PhysioDiaryGrid    *grid;    /* unowned */
  RowKind             kind;
  PhysioPrescription *prescription;  /* ROW_EXERCISE only */
  gboolean            loaded;  /* the exercise has a weight: effort may be written */
  GDate               date;
  guint               row;
  guint               day;
  GtkWidget          *widget;  /* GtkEntry, or GtkCheckButton for the red flag */
  GtkEventController *keys;    /* the widget's; unowned */
  GtkEventController *focus;   /* the entry's focus controller, or NULL; unowned */
  char               *saved;   /* the text last saved or loaded */
  char               *what;    /* "Bridge, Mon 3" for messages */
} Cell;

struct _PhysioDiaryGrid
{
  GtkBox           parent_instance;

  PhysioDatabase  *database;
  PhysioProgramme *programme;
  PhysioUndoStack *undo_stack;  /* or NULL: typing is saved but not undoable */
  guint            week;

  GtkWidget       *title;
  GtkWidget       *previous;
  GtkWidget       *next;
  GtkWidget       *table;
  GtkWidget       *message;

  GPtrArray       *cells;      /* of Cell*, n_rows × N_DAYS, NULL where not applicable */
  guint            n_rows;
  GDate            dates[N_DAYS];
  guint            rebuild_idle;
  gboolean         loading;    /* filling cells: their signals save nothing */
};

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_PROGRAMME,
  PROP_WEEK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhysioDiaryGrid, physio_diary_grid, GTK_TYPE_BOX)

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  if (cell == NULL)
    return;
  g_clear_object (&cell->prescription);
  g_free (cell->saved);
  g_free (cell->what);
  g_free (cell);
}

static Cell *
cell_at (PhysioDiaryGrid *self,
         guint            row,
         guint            day)
{
  if (row >= self->n_rows || day >= N_DAYS)
    return NULL;
  return g_ptr_array_index (self->cells, row * N_DAYS + day);
}

static void
set_message (PhysioDiaryGrid *self,
             const char      *text)
{
  gtk_label_set_label (GTK_LABEL (self->message), text != NULL ? text : "");
  gtk_widget_set_visible (self->message, text != NULL && *text != '\0');
}

static void
cell_show_error (Cell       *cell,
                 const char *message)
{
  g_autofree char *line = NULL;

  if (message == NULL)
    {
      gtk_widget_remove_css_class (cell->widget, "error");
      gtk_widget_set_tooltip_text (cell->widget, NULL);
      set_message (cell->grid, NULL);
      return;
    }
  gtk_widget_add_css_class (cell->widget, "error");
  gtk_widget_set_tooltip_text (cell->widget, message);
  /* Translators: where a refused entry is, then why: "Bridge, Mon 3: Pain is a number…". */
  line = g_strdup_printf (_("%s: %s"), cell->what, message);
  set_message (cell->grid, line);
}

/* An undo or a redo put @text back at @place: show it there if the week on screen has it. */
static void
cell_restored (const PhysioDiaryPlace *place,
               const char             *text,
               gpointer                user_data)
{
  PhysioDiaryGrid *self = user_data;

  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->cells, i);

      if (cell == NULL || cell->kind != place->row ||
          g_date_compare (&cell->date, &place->date) != 0 ||
          (cell->prescription != NULL && place->prescription != NULL &&
           physio_prescription_get_id (cell->prescription) !=
           physio_prescription_get_id (place->prescription)))
        continue;
      self->loading = TRUE;
      g_free (cell->saved);
      cell->saved = g_strdup (text);
      if (cell->kind == ROW_RED_FLAG)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (cell->widget), *text != '\0');
      else
        gtk_editable_set_text (GTK_EDITABLE (cell->widget), text);
      cell_show_error (cell, NULL);
      self->loading = FALSE;
    }
}

static PhysioDiaryPlace
cell_place (Cell *cell)
{
  PhysioDiaryPlace place = {
    .row = cell->kind,
    .prescription = cell->prescription,
    .loaded = cell->loaded,
    .date = cell->date,
  };

  return place;
}

/* Saves what @cell says when it changed since it was loaded or saved, as one step the
 * clinician can undo. A refusal stays in the cell with its message, so nothing typed is
 * lost. */
static gboolean
cell_commit (Cell *cell)
{
  PhysioDiaryGrid *self = cell->grid;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  PhysioDiaryPlace place;

  if (self->loading)
    return TRUE;

  if (cell->kind == ROW_RED_FLAG)
    text = g_strdup (gtk_check_button_get_active (GTK_CHECK_BUTTON (cell->widget)) ? "1" : "");
  else
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (cell->widget)));

  if (g_strcmp0 (text, cell->saved) == 0)
    {
      cell_show_error (cell, NULL);
      return TRUE;
    }

  place = cell_place (cell);
  if (!physio_diary_save_text (self->database, self->programme, &place, text, &shown, &error))
    {
      cell_show_error (cell, error->message);
      return FALSE;
    }

  if (self->undo_stack != NULL && g_strcmp0 (shown, cell->saved) != 0)
    physio_diary_save_push_undo (self->undo_stack, self->database, self->programme, &place,
                                 cell->what, cell->saved, shown, G_OBJECT (self),
                                 cell_restored);
  g_free (cell->saved);
  cell->saved = g_strdup (shown);
  if (cell->kind != ROW_RED_FLAG && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (cell->widget)),
                                               shown) != 0)
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (cell->widget), shown);
      self->loading = FALSE;
    }
  cell_show_error (cell, NULL);
  return TRUE;
}

/* Moving between cells */

static gboolean
focus_cell (PhysioDiaryGrid *self,
            int              row,
            int              day,
            int              step_row,
            int              step_day,
            gboolean         wrap)
{
  while (TRUE)
    {
      Cell *cell;

      row += step_row;
      day += step_day;
      if (wrap && day >= N_DAYS)
        day = 0, row++;
      else if (wrap && day < 0)
        day = N_DAYS - 1, row--;
      if (row < 0 || day < 0 || row >= (int) self->n_rows || day >= N_DAYS)
        return FALSE;
      cell = cell_at (self, row, day);
      if (cell != NULL)
        return gtk_widget_grab_focus (cell->widget);
    }
}

static gboolean
on_cell_key_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Cell                  *cell)
{
  PhysioDiaryGrid *self = cell->grid;
  GtkEditable *editable = cell->kind == ROW_RED_FLAG ? NULL : GTK_EDITABLE (cell->widget);
  gboolean at_start = TRUE, at_end = TRUE;
  int start, end;

  if (state & (GDK_ALT_MASK | GDK_CONTROL_MASK))
    return FALSE;

  if (editable != NULL && !gtk_editable_get_selection_bounds (editable, &start, &end))
    {
      int position = gtk_editable_get_position (editable);

      at_start = position == 0;
      at_end = position == g_utf8_strlen (gtk_editable_get_text (editable), -1);
    }

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      return focus_cell (self, cell->row, cell->day, 0, 1, TRUE);
    case GDK_KEY_ISO_Left_Tab:
      return focus_cell (self, cell->row, cell->day, 0, -1, TRUE);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return focus_cell (self, cell->row, cell->day, -1, 0, FALSE);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return focus_cell (self, cell->row, cell->day, 1, 0, FALSE);
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return at_start && focus_cell (self, cell->row, cell->day, 0, -1, FALSE);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return at_end && focus_cell (self, cell->row, cell->day, 0, 1, FALSE);
    default:
      return FALSE;
    }
}

/* Enter saves and moves on; in an empty exercise cell it first ticks it done. */
static void
on_cell_activate_cb (GtkEntry *entry,
                     Cell     *cell)
{
  if (cell->kind == ROW_EXERCISE && *gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "y");
  if (cell_commit (cell))
    focus_cell (cell->grid, cell->row, cell->day, 0, 1, TRUE);
}

static void
on_cell_leave_cb (GtkEventControllerFocus *controller,
                  Cell                    *cell)
{
  cell_commit (cell);
}

static void
on_red_flag_toggled_cb (GtkCheckButton *button,
                        Cell           *cell)
{
  cell_commit (cell);
}

/* Building the week */

static void
clear_table (PhysioDiaryGrid *self)
{
  GtkWidget *child;

  /* A removed entry can still be told it lost the focus after its cell is freed: cut the
   * cells' handlers while their widgets are alive. */
  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->cells, i);

      if (cell == NULL)
        continue;
      g_signal_handlers_disconnect_by_data (cell->widget, cell);
      g_signal_handlers_disconnect_by_data (cell->keys, cell);
      if (cell->focus != NULL)
        g_signal_handlers_disconnect_by_data (cell->focus, cell);
    }
  while ((child = gtk_widget_get_first_child (self->table)) != NULL)
    gtk_grid_remove (GTK_GRID (self->table), child);
  g_ptr_array_set_size (self->cells, 0);
  self->n_rows = 0;
}

static GtkWidget *
row_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* One line per row, like the paper; a long exercise name ends in … with the whole name in
   * its tooltip. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 32);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_set_margin_end (label, 6);
  return label;
}

static char *
day_name (const GDate *date)
{
  char text[64] = "";

  /* Translators: a diary column's head: weekday and day of the month, "Mon 3". */
  g_date_strftime (text, sizeof text, C_("diary day", "%a %e"), date);
  return g_strdup (g_strstrip (text));
}

static Cell *
add_cell (PhysioDiaryGrid *self,
          RowKind          kind,
          const char      *row_name,
          guint            row,
          guint            day)
{
  Cell *cell = g_new0 (Cell, 1);
  g_autofree char *day_text = day_name (&self->dates[day]);

  cell->grid = self;
  cell->kind = kind;
  cell->row = row;
  cell->day = day;
  cell->date = self->dates[day];
  cell->what = g_strdup_printf ("%s, %s", row_name, day_text);

  if (kind == ROW_RED_FLAG)
    {
      cell->widget = gtk_check_button_new ();
      gtk_widget_set_halign (cell->widget, GTK_ALIGN_CENTER);
      g_signal_connect (cell->widget, "toggled", G_CALLBACK (on_red_flag_toggled_cb), cell);
    }
  else
    {
      cell->widget = gtk_entry_new ();
      gtk_editable_set_width_chars (GTK_EDITABLE (cell->widget), 6);
      gtk_editable_set_alignment (GTK_EDITABLE (cell->widget), 0.5);
      /* Every cell the same height, whatever its row's label wraps to. */
      gtk_widget_set_valign (cell->widget, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (cell->widget, TRUE);
      g_signal_connect (cell->widget, "activate", G_CALLBACK (on_cell_activate_cb), cell);
      cell->focus = gtk_event_controller_focus_new ();
      g_signal_connect (cell->focus, "leave", G_CALLBACK (on_cell_leave_cb), cell);
      gtk_widget_add_controller (cell->widget, cell->focus);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, cell->what, -1);
  cell->keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (cell->keys, GTK_PHASE_CAPTURE);
  g_signal_connect (cell->keys, "key-pressed", G_CALLBACK (on_cell_key_cb), cell);
  gtk_widget_add_controller (cell->widget, cell->keys);

  gtk_grid_attach (GTK_GRID (self->table), cell->widget, 1 + day, 1 + row, 1, 1);
  g_ptr_array_index (self->cells, row * N_DAYS + day) = cell;
  return cell;
}

static void
cell_load (PhysioDiaryGrid *self,
           Cell            *cell,
           const char      *text)
{
  cell->saved = g_strdup (text);
  if (cell->kind == ROW_RED_FLAG)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (cell->widget), *text != '\0');
  else
    gtk_editable_set_text (GTK_EDITABLE (cell->widget), text);
}

static void
add_row (PhysioDiaryGrid    *self,
         RowKind             kind,
         const char         *name,
         PhysioPrescription *prescription,
         PhysioDays          days,
         const GArray       *logs,
         const GArray       *diary)
{
  guint row = self->n_rows++;
  const PhysioDose *dose = prescription != NULL
                           ? physio_prescription_get_dose_for_week (prescription, self->week)
                           : NULL;

  g_ptr_array_set_size (self->cells, self->n_rows * N_DAYS);
  gtk_grid_attach (GTK_GRID (self->table), row_label (name), 0, 1 + row, 1, 1);

  for (guint day = 0; day < N_DAYS; day++)
    {
      GDateWeekday weekday = g_date_get_weekday (&self->dates[day]);
      g_autofree char *text = NULL;
      Cell *cell;

      if (!(days & (1 << (weekday - G_DATE_MONDAY))))
        {
          GtkWidget *none = gtk_label_new ("–");

          gtk_widget_add_css_class (none, "dim-label");
          gtk_widget_set_tooltip_text (none, _("Not planned on this day"));
          gtk_grid_attach (GTK_GRID (self->table), none, 1 + day, 1 + row, 1, 1);
          continue;
        }

      cell = add_cell (self, kind, name, row, day);
      if (prescription != NULL)
        {
          cell->prescription = g_object_ref (prescription);
          cell->loaded = dose != NULL && dose->load_kind != PHYSIO_LOAD_NONE &&
                         dose->load_kind != PHYSIO_LOAD_BODYWEIGHT;
        }

      for (guint i = 0; logs != NULL && i < logs->len && text == NULL; i++)
        {
          const PhysioSessionLog *log = &g_array_index (logs, PhysioSessionLog, i);
          PhysioDiaryCell parsed;

          if (g_date_compare (&log->date, &cell->date) != 0)
            continue;
          physio_diary_cell_from_log (&parsed, physio_prescription_get_dosage_kind (prescription), log);
          text = physio_diary_cell_format (&parsed);
        }
      for (guint i = 0; diary != NULL && i < diary->len && text == NULL; i++)
        {
          const PhysioDiaryEntry *entry = &g_array_index (diary, PhysioDiaryEntry, i);

          if (g_date_compare (&entry->date, &cell->date) != 0)
            continue;
          if (kind == ROW_MORNING && entry->morning_pain >= 0)
            text = g_strdup_printf ("%d", entry->morning_pain);
          else if (kind == ROW_EXERCISE_PAIN && entry->has_exercise_pain)
            text = g_strdup_printf ("%d", entry->exercise_pain);
          else if (kind == ROW_NEXT_MORNING && entry->has_next_morning)
            text = g_strdup_printf ("%d", entry->next_morning_pain);
          else if (kind == ROW_ACTIVITY && entry->has_activity_minutes)
            text = g_strdup_printf ("%d", entry->activity_minutes);
          else if (kind == ROW_RED_FLAG && entry->red_flag)
            text = g_strdup ("1");
        }
      cell_load (self, cell, text != NULL ? text : "");
    }
}

static void
rebuild (PhysioDiaryGrid *self)
{
  const GDate *start = physio_programme_get_start_date (self->programme);
  gint64 patient_id = physio_programme_get_patient_id (self->programme);
  g_autoptr(GArray) diary = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *title = NULL;
  guint weeks = MAX (physio_programme_get_weeks (self->programme), 1);

  self->loading = TRUE;
  clear_table (self);
  set_message (self, NULL);

  gtk_widget_set_sensitive (self->previous, self->week > 1);
  gtk_widget_set_sensitive (self->next, self->week < weeks);

  if (start == NULL || !g_date_valid (start))
    {
      gtk_label_set_label (GTK_LABEL (self->title), _("Diary"));
      set_message (self, _("Set the programme’s start date to enter the diary."));
      self->loading = FALSE;
      return;
    }

  for (guint day = 0; day < N_DAYS; day++)
    {
      g_autofree char *head = NULL;
      GtkWidget *label;

      self->dates[day] = *start;
      g_date_add_days (&self->dates[day], (self->week - 1) * N_DAYS + day);
      head = day_name (&self->dates[day]);
      label = gtk_label_new (head);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (GTK_GRID (self->table), label, 1 + day, 0, 1, 1);
    }
  first = day_name (&self->dates[0]);
  last = day_name (&self->dates[N_DAYS - 1]);
  /* Translators: the diary's title: week number, first and last day ("Week 2: Mon 9 to Sun 15"). */
  title = g_strdup_printf (_("Week %u: %s to %s"), self->week, first, last);
  gtk_label_set_label (GTK_LABEL (self->title), title);

  for (guint i = 0; i < physio_programme_get_n_prescriptions (self->programme); i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (self->programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (p);
      g_autoptr(GArray) logs = NULL;

      if (physio_prescription_get_removed (p) || !physio_prescription_is_active_in_week (p, self->week) ||
          physio_prescription_get_id (p) <= 0)
        continue;
      logs = physio_database_list_session_logs (self->database, physio_prescription_get_id (p),
                                                &self->dates[0], &self->dates[N_DAYS - 1], NULL);
      add_row (self, ROW_EXERCISE, exercise != NULL ? physio_library_text (physio_exercise_get_name (exercise)) : "", p,
               physio_prescription_get_days_in_week (p, self->week), logs, NULL);
    }

  diary = patient_id > 0 ? physio_database_list_diary (self->database, patient_id, &self->dates[0],
                                                       &self->dates[N_DAYS - 1], NULL)
                         : NULL;
  if (patient_id > 0)
    {
      add_row (self, ROW_MORNING, _("Morning pain (0–10)"), NULL, PHYSIO_DAYS_ALL, NULL, diary);
      add_row (self, ROW_EXERCISE_PAIN, _("Highest pain during exercise (0–10)"), NULL,
               PHYSIO_DAYS_ALL, NULL, diary);
      add_row (self, ROW_NEXT_MORNING, _("Pain the next morning (0–10)"), NULL, PHYSIO_DAYS_ALL,
               NULL, diary);
      add_row (self, ROW_ACTIVITY, _("Minutes of walking or other activity"), NULL,
               PHYSIO_DAYS_ALL, NULL, diary);
      add_row (self, ROW_RED_FLAG, _("Warning sign reported"), NULL, PHYSIO_DAYS_ALL, NULL, diary);
    }
  self->loading = FALSE;
}

/* Saves every cell that changed before the week is drawn again; FALSE when one is refused,
 * and then the week stays so that its text and message are not lost. */
static gboolean
commit_all (PhysioDiaryGrid *self)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->cells, i);

      if (cell != NULL && !cell_commit (cell))
        ok = FALSE;
    }
  return ok;
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  PhysioDiaryGrid *self = user_data;

  self->rebuild_idle = 0;
  commit_all (self);
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The builder changed the programme (exercises, days, weeks): show the week again. */
static void
on_programme_changed_cb (PhysioDiaryGrid *self)
{
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add (rebuild_idle_cb, self);
}

static void
on_previous_cb (PhysioDiaryGrid *self)
{
  if (self->week > 1)
    physio_diary_grid_set_week (self, self->week - 1);
}

static void
on_next_cb (PhysioDiaryGrid *self)
{
  physio_diary_grid_set_week (self, self->week + 1);
}

static gboolean
on_week_key_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PhysioDiaryGrid       *self)
{
  if ((state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != GDK_ALT_MASK)
    return FALSE;
  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    on_previous_cb (self);
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    on_next_cb (self);
  else
    return FALSE;
  /* Keep typing in the same place of the new week. */
  focus_cell (self, 0, -1, 0, 1, TRUE);
  return TRUE;
}

static guint
todays_week (PhysioProgramme *programme)
{
  GDateTime *now = g_date_time_new_now_local ();
  GDate today;
  guint week;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_time_unref (now);
  week = physio_programme_week_of (programme, &today);
  return week == 0 ? 1 : week;
}

static void
physio_diary_grid_constructed (GObject *object)
{
  PhysioDiaryGrid *self = PHYSIO_DIARY_GRID (object);

  G_OBJECT_CLASS (physio_diary_grid_parent_class)->constructed (object);

  g_signal_connect_object (self->programme, "changed", G_CALLBACK (on_programme_changed_cb),
                           self, G_CONNECT_SWAPPED);
  if (self->week == 0)
    self->week = MIN (todays_week (self->programme),
                      MAX (physio_programme_get_weeks (self->programme), 1));
  rebuild (self);
}

static void
physio_diary_grid_dispose (GObject *object)
{
  PhysioDiaryGrid *self = PHYSIO_DIARY_GRID (object);

  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  /* The history goes with the window: what the last cell saves on closing is not undoable. */
  g_clear_object (&self->undo_stack);
  /* The cells' callbacks point at the grid: they go before it does, once what was typed in
   * the cell last touched is saved (closing the window is leaving the cell). */
  if (self->table != NULL)
    {
      if (!self->loading && self->database != NULL)
        commit_all (self);
      clear_table (self);
    }
  G_OBJECT_CLASS (physio_diary_grid_parent_class)->dispose (object);
}

static void
physio_diary_grid_finalize (GObject *object)
{
  PhysioDiaryGrid *self = PHYSIO_DIARY_GRID (object);

  g_ptr_array_unref (self->cells);
  g_clear_object (&self->database);
  g_clear_object (&self->programme);
  g_clear_object (&self->undo_stack);
  G_OBJECT_CLASS (physio_diary_grid_parent_class)->finalize (object);
}

static void
physio_diary_grid_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhysioDiaryGrid *self = PHYSIO_DIARY_GRID (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;
    case PROP_WEEK:
      g_value_set_uint (value, self->week);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_diary_grid_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PhysioDiaryGrid *self = PHYSIO_DIARY_GRID (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_PROGRAMME:
      self->programme = g_value_dup_object (value);
      break;
    case PROP_WEEK:
      if (self->programme != NULL)
        physio_diary_grid_set_week (self, g_value_get_uint (value));
      else
        self->week = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_diary_grid_class_init (PhysioDiaryGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = physio_diary_grid_constructed;
  object_class->dispose = physio_diary_grid_dispose;
  object_class->finalize = physio_diary_grid_finalize;
  object_class->get_property = physio_diary_grid_get_property;
  object_class->set_property = physio_diary_grid_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PHYSIO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL, PHYSIO_TYPE_PROGRAMME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEK] =
    g_param_spec_uint ("week", NULL, NULL, 0, 52, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
physio_diary_grid_init (PhysioDiaryGrid *self)
{
  GtkWidget *header, *scrolled;
  GtkEventController *keys;

  self->cells = g_ptr_array_new_with_free_func (cell_free);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->previous = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->previous, _("Previous week (Alt+Left)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->previous), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Previous Week"),
                                  GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, "Alt+Left", -1);
  g_signal_connect_swapped (self->previous, "clicked", G_CALLBACK (on_previous_cb), self);
  self->title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "title-4");
  gtk_widget_set_hexpand (self->title, TRUE);
  self->next = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_tooltip_text (self->next, _("Next week (Alt+Right)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Next Week"),
                                  GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, "Alt+Right", -1);
  g_signal_connect_swapped (self->next, "clicked", G_CALLBACK (on_next_cb), self);
  gtk_box_append (GTK_BOX (header), self->previous);
  gtk_box_append (GTK_BOX (header), self->title);
  gtk_box_append (GTK_BOX (header), self->next);
  gtk_box_append (GTK_BOX (self), header);

  {
    GtkWidget *hint = gtk_label_new (_("Type y for done, p for partly, n for not done, with what "
                                       "was done and @effort if written (y 12 @7). Enter ticks "
                                       "and moves on; Tab and the arrows move between days."));
    gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
    gtk_label_set_xalign (GTK_LABEL (hint), 0);
    gtk_widget_add_css_class (hint, "dim-label");
    gtk_box_append (GTK_BOX (self), hint);
  }

  self->table = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->table), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->table), 6);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->table);
  /* As tall as the week needs, so the message below sits right under the grid. */
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (self), scrolled);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Diary message"), -1);
  gtk_box_append (GTK_BOX (self), self->message);

  /* Alt+Left and Alt+Right turn the week wherever the focus is in the grid. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_week_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

PhysioDiaryGrid *
physio_diary_grid_new (PhysioDatabase  *database,
                       PhysioProgramme *programme)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  return g_object_new (PHYSIO_TYPE_DIARY_GRID, "database", database, "programme", programme,
                       NULL);
}

void
physio_diary_grid_set_undo_stack (PhysioDiaryGrid *self,
                                  PhysioUndoStack *undo_stack)
{
  g_return_if_fail (PHYSIO_IS_DIARY_GRID (self));
  g_return_if_fail (undo_stack == NULL || PHYSIO_IS_UNDO_STACK (undo_stack));

  g_set_object (&self->undo_stack, undo_stack);
}

guint
physio_diary_grid_get_week (PhysioDiaryGrid *self)
{
  g_return_val_if_fail (PHYSIO_IS_DIARY_GRID (self), 0);
  return self->week;
}

void
physio_diary_grid_set_week (PhysioDiaryGrid *self,
                            guint            week)
{
  g_return_if_fail (PHYSIO_IS_DIARY_GRID (self));

  week = CLAMP (week, 1, MAX (physio_programme_get_weeks (self->programme), 1));
  if (week == self->week || !commit_all (self))
    return;
  self->week = week;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK]);
}

GtkWidget *
physio_diary_grid_get_cell (PhysioDiaryGrid *self,
                            guint            row,
                            guint            day)
{
  Cell *cell;

  g_return_val_if_fail (PHYSIO_IS_DIARY_GRID (self), NULL);
  cell = cell_at (self, row, day);
  return cell != NULL ? cell->widget : NULL;
}

guint
physio_diary_grid_get_n_rows (PhysioDiaryGrid *self)
{
  g_return_val_if_fail (PHYSIO_IS_DIARY_GRID (self), 0);
  return self->n_rows;
}

const char *
physio_diary_grid_get_message (PhysioDiaryGrid *self)
{
  g_return_val_if_fail (PHYSIO_IS_DIARY_GRID (self), NULL);
  return gtk_widget_get_visible (self->message) ? gtk_label_get_label (GTK_LABEL (self->message))
                                                : "";
}

/* physio-ladder-table.c: the Dose Ladder page, weeks across and exercises down
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ladder-table"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "physio-date-entry-row.h"
#include "physio-increment.h"
#include "physio-ladder.h"
#include "physio-ladder-table.h"
#include "physio-programme-window-private.h"

/* Brief 2.4: warn, but allow, a weekly volume more than 30% above the week before. */
#define VOLUME_JUMP 0.30

/* Grid rows above the first exercise: phase names, then the week numbers. */
#define FIRST_ROW 2

struct _PhysioLadderTable
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkStack        *stack;
  GtkLabel        *message_label;
  GtkGrid         *grid;

  /* Owned references */
  PhysioUndoStack *undo_stack;

  /* The table as built: the programme position of each row's prescription, and one entry per
   * row and week (row-major), so a change of doses only rewrites texts. */
  GArray          *positions;
  GPtrArray       *cells;
  guint            weeks;
  /* The programme's week today (1 before it starts), for what counts as "now". */
  guint            this_week;
  /* What the table was built from; a different shape means building it again. */
  char            *shape;

  guint            update_idle;
  /* The prescriptions changed since the table was last filled: only their rows are filled
   * again (borrowed pointers, used as keys only). */
  GHashTable      *dirty;
  /* Set while the cells are filled from the programme, so that does not read as typing. */
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (PhysioLadderTable, physio_ladder_table, GTK_TYPE_WIDGET)

static PhysioProgramme *
get_programme (PhysioLadderTable *self)
{
  return physio_undo_stack_get_programme (self->undo_stack);
}

static GtkEntry *
cell_at (PhysioLadderTable *self,
         guint              row,
         guint              week)
{
  if (row >= self->positions->len || week < 1 || week > self->weeks)
    return NULL;

  return g_ptr_array_index (self->cells, row * self->weeks + week - 1);
}

static guint
cell_row (GtkEntry *entry)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "physio-row"));
}

static guint
cell_week (GtkEntry *entry)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "physio-week"));
}

static PhysioPrescription *
cell_prescription (PhysioLadderTable *self,
                   GtkEntry          *entry)
{
  PhysioProgramme *programme = get_programme (self);
  guint position = g_array_index (self->positions, guint, cell_row (entry));

  if (position >= physio_programme_get_n_prescriptions (programme))
    return NULL;

  return physio_programme_get_prescription (programme, position);
}

static void
show_message (PhysioLadderTable *self,
              const char        *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* Filling the cells */

static char *
cell_text (PhysioPrescription *prescription,
           guint               week)
{
  guint step = week - physio_prescription_get_week_from (prescription);

  /* The side is the same every week, so it is said once beside the name, and the cells keep
   * their room for the doses (a typed " e/s" is read and ignored). */
  return physio_dose_format_cell (physio_prescription_get_planned (prescription, step),
                                  physio_prescription_get_dosage_kind (prescription),
                                  PHYSIO_LATERALITY_BILATERAL);
}

/* Weeks (1-based calendar weeks) whose weekly amount rises more than 30% over the week before,
 * with the rise in percent. */
static GHashTable *
find_jumps (PhysioPrescription *prescription)
{
  PhysioDosageKind kind = physio_prescription_get_dosage_kind (prescription);
  guint n = physio_prescription_get_n_planned (prescription);
  guint from = physio_prescription_get_week_from (prescription);
  GHashTable *jumps = g_hash_table_new (NULL, NULL);
  g_autofree PhysioDose *doses = g_new0 (PhysioDose, MAX (n, 1));
  g_autoptr(GArray) steps = NULL;

  /* Shallow copies: the doses are only read, their strings stay the prescription's. */
  for (guint i = 0; i < n; i++)
    doses[i] = *physio_prescription_get_planned (prescription, i);

  steps = physio_ladder_volume_jumps (kind, doses, n, VOLUME_JUMP);
  for (guint i = 0; i < steps->len; i++)
    {
      guint step = g_array_index (steps, guint, i);   /* 1-based, the later week */
      double before = physio_dose_weekly_volume (kind, &doses[step - 2]);
      double after = physio_dose_weekly_volume (kind, &doses[step - 1]);
      guint percent = before > 0 ? (guint) lround ((after / before - 1) * 100) : 0;

      g_hash_table_insert (jumps, GUINT_TO_POINTER (from + step - 1), GUINT_TO_POINTER (percent));
    }

  return jumps;
}

/* A long programme has hundreds of cells, redrawn after every change: each setter runs only
 * when its value changes, so an edit costs what it changes, not the whole table. */
static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on && !gtk_widget_has_css_class (widget, name))
    gtk_widget_add_css_class (widget, name);
  else if (!on && gtk_widget_has_css_class (widget, name))
    gtk_widget_remove_css_class (widget, name);
}

/* A warning or an error is said three ways: the tint, a sign in the cell (the meaning must
 * not rest on colour alone) and the cell's accessible description. */
static void
set_cell_state (GtkEntry   *entry,
                const char *state,
                const char *tooltip)
{
  const char *icon = NULL;
  const char *old_state = g_object_get_data (G_OBJECT (entry), "physio-state");

  set_class (GTK_WIDGET (entry), "error", g_strcmp0 (state, "error") == 0);
  set_class (GTK_WIDGET (entry), "warning", g_strcmp0 (state, "warning") == 0);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (entry)), tooltip) != 0)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), tooltip);
      if (tooltip != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (entry),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  if (g_strcmp0 (old_state, state) == 0)
    return;
  /* Static strings only: the state is compared by content above. */
  g_object_set_data (G_OBJECT (entry), "physio-state", (gpointer) state);

  if (g_strcmp0 (state, "warning") == 0)
    icon = "dialog-warning-symbolic";
  else if (g_strcmp0 (state, "error") == 0)
    icon = "dialog-error-symbolic";
  gtk_entry_set_icon_from_icon_name (entry, GTK_ENTRY_ICON_SECONDARY, icon);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               g_strcmp0 (state, "error") == 0 ? GTK_ACCESSIBLE_INVALID_TRUE
                                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Returns whether the cell's text changed (its column may need another width). */
static gboolean
fill_cell (PhysioLadderTable  *self,
           GtkEntry           *entry,
           PhysioPrescription *prescription,
           GHashTable         *jumps,
           gboolean            force)
{
  guint week = cell_week (entry);
  gboolean active = physio_prescription_is_active_in_week (prescription, week) &&
                    week - physio_prescription_get_week_from (prescription)
                    < physio_prescription_get_n_planned (prescription);
  /* An exercise that starts in a later week is at no week yet: its first cell is a plan. */
  guint from = physio_prescription_get_week_from (prescription);
  gboolean current = active && from <= self->this_week &&
                     week - from == physio_prescription_get_ladder_step (prescription);
  g_autofree char *text = active ? cell_text (prescription, week) : g_strdup ("");
  gpointer percent = NULL;
  gboolean text_changed = FALSE;

  /* What the clinician is typing, or a refused entry still to fix, is theirs until they
   * leave it with Escape or a good value; everything else shows the programme. */
  if (!force && g_object_get_data (G_OBJECT (entry), "physio-dirty") != NULL)
    return FALSE;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      self->updating = FALSE;
      text_changed = TRUE;
    }

  if (gtk_widget_get_sensitive (GTK_WIDGET (entry)) != active)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (entry), active);
      gtk_widget_set_focusable (GTK_WIDGET (entry), active);
      /* A week the exercise is not in is blank: nothing for a screen reader to stop at. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_HIDDEN, !active,
                                   -1);
    }
  set_class (GTK_WIDGET (entry), "current-step", current);

  if (active && g_hash_table_lookup_extended (jumps, GUINT_TO_POINTER (week), NULL, &percent))
    {
      g_autofree char *tooltip =
        /* TRANSLATORS: a ladder cell whose weekly amount rises too fast (brief 2.4) */
        g_strdup_printf (_("Weekly volume up %u%% from week %u"), GPOINTER_TO_UINT (percent),
                         week - 1);

      set_cell_state (entry, "warning", tooltip);
    }
  else if (current)
    {
      g_autofree char *tooltip = g_strdup_printf (_("%s — the week this exercise is at now"),
                                                  text);

      set_cell_state (entry, NULL, tooltip);
    }
  else
    {
      /* The full text, for cells too narrow to show a load such as "(2–4 kg per hand)". */
      set_cell_state (entry, NULL, active ? text : NULL);
    }

  return text_changed;
}

/* Each week is as wide as its longest dose (within reason), so short ladders stay compact
 * and a loaded one such as "2×10 e/s (2–4 kg per hand)" is not cut at the bracket. */
/* Sizes the columns of the weeks in @weeks (a set of week numbers), or all when NULL. */
static void
size_columns (PhysioLadderTable *self,
              GHashTable        *weeks)
{
  for (guint week = 1; week <= self->weeks; week++)
    {
      int chars = 6;

      if (weeks != NULL && !g_hash_table_contains (weeks, GUINT_TO_POINTER (week)))
        continue;

      for (guint row = 0; row < self->positions->len; row++)
        {
          const char *text = gtk_editable_get_text (GTK_EDITABLE (cell_at (self, row, week)));

          chars = MAX (chars, (int) g_utf8_strlen (text, -1));
        }
      chars = MIN (chars, 10);

      for (guint row = 0; row < self->positions->len; row++)
        {
          GtkEditable *entry = GTK_EDITABLE (cell_at (self, row, week));

          if (gtk_editable_get_width_chars (entry) != chars)
            {
              gtk_editable_set_width_chars (entry, chars);
              gtk_editable_set_max_width_chars (entry, chars);
            }
        }
    }
}

/* Fills the rows of the prescriptions in @only (all rows when NULL). */
static void
fill_cells (PhysioLadderTable *self,
            GHashTable        *only,
            gboolean           force)
{
  PhysioProgramme *programme = get_programme (self);
  g_autoptr(GHashTable) changed_weeks = g_hash_table_new (NULL, NULL);
  GDate today;

  physio_date_today (&today);
  self->this_week = MAX (physio_programme_week_of (programme, &today), 1);

  for (guint row = 0; row < self->positions->len; row++)
    {
      guint position = g_array_index (self->positions, guint, row);
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, position);
      g_autoptr(GHashTable) jumps = NULL;

      if (only != NULL && !g_hash_table_contains (only, prescription))
        continue;

      jumps = find_jumps (prescription);
      for (guint week = 1; week <= self->weeks; week++)
        if (fill_cell (self, cell_at (self, row, week), prescription, jumps, force))
          g_hash_table_add (changed_weeks, GUINT_TO_POINTER (week));
    }

  /* Only a column whose text changed can need another width. */
  if (only == NULL)
    size_columns (self, NULL);
  else if (g_hash_table_size (changed_weeks) > 0)
    size_columns (self, changed_weeks);
}

/* Editing a cell */

static void
clear_cell_edit (GtkEntry *entry)
{
  g_object_set_data (G_OBJECT (entry), "physio-dirty", NULL);
}

static void
refuse (PhysioLadderTable *self,
        GtkEntry          *entry,
        const char        *message)
{
  g_autofree char *tooltip = NULL;

  tooltip = g_strdup_printf (_("%s The plan keeps the dose it had; press Escape to see it."),
                             message);

  set_cell_state (entry, "error", tooltip);
  show_message (self, message);
}

static void
revert_cell (PhysioLadderTable *self,
             GtkEntry          *entry)
{
  PhysioPrescription *prescription = cell_prescription (self, entry);
  g_autoptr(GHashTable) jumps = NULL;

  if (prescription == NULL)
    return;

  clear_cell_edit (entry);
  jumps = find_jumps (prescription);
  fill_cell (self, entry, prescription, jumps, TRUE);
  show_message (self, NULL);
}

static void
commit_cell (PhysioLadderTable *self,
             GtkEntry          *entry)
{
  PhysioPrescription *prescription = cell_prescription (self, entry);
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  guint week = cell_week (entry);
  guint step;

  if (prescription == NULL || g_object_get_data (G_OBJECT (entry), "physio-dirty") == NULL)
    return;

  step = week - physio_prescription_get_week_from (prescription);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  old_text = cell_text (prescription, week);
  if (g_strcmp0 (text, old_text) == 0)
    {
      revert_cell (self, entry);
      return;
    }

  /* The cell starts from the planned dose, so what the text does not mention (days, rest,
   * intensity) stays as it was. */
  physio_dose_copy_into (&dose, physio_prescription_get_planned (prescription, step));
  if (!physio_dose_parse_cell (text, physio_prescription_get_dosage_kind (prescription), &dose,
                               &error) ||
      !physio_prescription_validate_dose (prescription, &dose, week, &error))
    {
      refuse (self, entry, error->message);
      return;
    }

  clear_cell_edit (entry);
  show_message (self, NULL);
  if (physio_dose_equal (&dose, physio_prescription_get_planned (prescription, step)))
    {
      revert_cell (self, entry);
      return;
    }

  /* TRANSLATORS: the undo label of a ladder cell edit */
  label = g_strdup_printf (_("Change week %u dose"), week);
  physio_undo_stack_begin (self->undo_stack, label);
  physio_prescription_set_planned (prescription, step, &dose);
  /* The week the exercise is at now is the dose in force: they are one and the same. */
  if (step == physio_prescription_get_ladder_step (prescription))
    physio_prescription_set_current_dose (prescription, &dose);
  if (!physio_undo_stack_commit (self->undo_stack, &error))
    {
      g_object_set_data (G_OBJECT (entry), "physio-dirty", GINT_TO_POINTER (TRUE));
      refuse (self, entry, error->message);
      _physio_programme_window_toast (GTK_WIDGET (self), error->message, FALSE);
    }
}

static gboolean
commit_unfocused_cb (gpointer data)
{
  GtkEntry *entry = data;
  GtkWidget *table = gtk_widget_get_ancestor (GTK_WIDGET (entry), PHYSIO_TYPE_LADDER_TABLE);

  g_object_set_data (G_OBJECT (entry), "physio-commit-source", NULL);
  if (table != NULL)
    commit_cell (PHYSIO_LADDER_TABLE (table), entry);
  return G_SOURCE_REMOVE;
}

static void
on_cell_changed_cb (GtkEntry          *entry,
                    PhysioLadderTable *self)
{
  if (self->updating)
    return;

  g_object_set_data (G_OBJECT (entry), "physio-dirty", GINT_TO_POINTER (TRUE));

  /* Text set without the keyboard in the cell (an assistive technology's editable text,
   * after which no Enter or focus change follows) is committed as Enter would, once the
   * replacement is complete. */
  if ((gtk_widget_get_state_flags (GTK_WIDGET (entry)) & GTK_STATE_FLAG_FOCUS_WITHIN) == 0 &&
      g_object_get_data (G_OBJECT (entry), "physio-commit-source") == NULL)
    {
      guint id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, commit_unfocused_cb,
                                  g_object_ref (entry), g_object_unref);

      g_object_set_data (G_OBJECT (entry), "physio-commit-source", GUINT_TO_POINTER (id));
    }
}

static void
on_cell_activate_cb (GtkEntry          *entry,
                     PhysioLadderTable *self)
{
  commit_cell (self, entry);
}

static void
on_cell_focus_leave_cb (GtkEventControllerFocus *controller,
                        PhysioLadderTable       *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  commit_cell (self, GTK_ENTRY (entry));
}

/* The next cell that can take the focus from (@row, @week) in a direction, or NULL. */
static GtkEntry *
find_neighbour (PhysioLadderTable *self,
                guint              row,
                guint              week,
                int                d_row,
                int                d_week)
{
  int r = (int) row + d_row;
  int w = (int) week + d_week;

  while (r >= 0 && r < (int) self->positions->len && w >= 1 && w <= (int) self->weeks)
    {
      GtkEntry *entry = cell_at (self, r, w);

      if (gtk_widget_get_sensitive (GTK_WIDGET (entry)))
        return entry;
      r += d_row;
      w += d_week;
    }

  return NULL;
}

static gboolean
on_cell_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        PhysioLadderTable     *self)
{
  GtkEntry *entry = GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  GtkEditable *editable = GTK_EDITABLE (entry);
  int length = g_utf8_strlen (gtk_editable_get_text (editable), -1);
  int position = gtk_editable_get_position (editable);
  int start, end;
  gboolean all_selected;
  GtkEntry *next = NULL;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  gtk_editable_get_selection_bounds (editable, &start, &end);
  all_selected = start == 0 && end == length && length > 0;

  /* Up and Down always go to the cell above or below; Left and Right leave the cell once the
   * cursor is at its edge (or everything is selected, as after Tab), like a spreadsheet. */
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      next = find_neighbour (self, cell_row (entry), cell_week (entry), -1, 0);
      break;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      next = find_neighbour (self, cell_row (entry), cell_week (entry), 1, 0);
      break;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (all_selected || (position == 0 && start == end))
        next = find_neighbour (self, cell_row (entry), cell_week (entry), 0, -1);
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (all_selected || (position == length && start == end))
        next = find_neighbour (self, cell_row (entry), cell_week (entry), 0, 1);
      break;

    case GDK_KEY_Escape:
      revert_cell (self, entry);
      gtk_editable_select_region (editable, 0, -1);
      return TRUE;

    default:
      return FALSE;
    }

  if (next == NULL)
    return keyval == GDK_KEY_Up || keyval == GDK_KEY_Down ||
           keyval == GDK_KEY_KP_Up || keyval == GDK_KEY_KP_Down;

  gtk_widget_grab_focus (GTK_WIDGET (next));
  return TRUE;
}

/* Building the grid */

static GtkWidget *
make_label (const char *text,
            const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
make_cell (PhysioLadderTable *self,
           guint              row,
           guint              week,
           const char        *exercise_name)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *controller;
  g_autofree char *label = NULL;

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 8);
  gtk_widget_add_css_class (entry, "ladder-cell");
  /* TRANSLATORS: the accessible name of a ladder cell, "Bridge, week 3" */
  label = g_strdup_printf (_("%s, week %u"), exercise_name, week);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* Table semantics for the grid (role grid in the template): the cell's place, counted from
   * 1 as ARIA does, the exercise names being column 1 and the two header rows rows 1 and 2. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_RELATION_ROW_INDEX, (int) (FIRST_ROW + row + 1),
                                  GTK_ACCESSIBLE_RELATION_COL_INDEX, (int) (week + 1),
                                  -1);

  g_object_set_data (G_OBJECT (entry), "physio-row", GUINT_TO_POINTER (row));
  g_object_set_data (G_OBJECT (entry), "physio-week", GUINT_TO_POINTER (week));
  g_signal_connect (entry, "changed", G_CALLBACK (on_cell_changed_cb), self);
  g_signal_connect (entry, "activate", G_CALLBACK (on_cell_activate_cb), self);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_cell_focus_leave_cb), self);
  gtk_widget_add_controller (entry, controller);

  /* Before the text field inside, which would take the arrows for its cursor. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_cell_key_pressed_cb), self);
  gtk_widget_add_controller (entry, controller);

  return entry;
}

static void
add_week_headers (PhysioLadderTable *self)
{
  PhysioProgramme *programme = get_programme (self);
  const GDate *start = physio_programme_get_start_date (programme);
  const PhysioPhase *phases;
  guint n_phases = 0;
  guint this_week = 0;
  GDate today;

  physio_date_today (&today);
  this_week = physio_programme_week_of (programme, &today);

  phases = physio_programme_get_phases (programme, &n_phases);
  for (guint i = 0; i < n_phases; i++)
    {
      guint from = CLAMP (phases[i].week_from, 1, self->weeks);
      guint to = CLAMP (phases[i].week_to, from, self->weeks);
      GtkWidget *label = make_label (phases[i].name, "phase-header");

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      if (phases[i].goals != NULL)
        gtk_widget_set_tooltip_text (label, phases[i].goals);
      gtk_grid_attach (self->grid, label, from, 0, to - from + 1, 1);
    }

  gtk_grid_attach (self->grid, make_label (_("Exercise"), "heading"), 0, 1, 1, 1);
  for (guint week = 1; week <= self->weeks; week++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      g_autofree char *title = g_strdup_printf (_("Week %u"), week);

      gtk_box_append (GTK_BOX (box), make_label (title, "heading"));
      if (week == this_week)
        {
          gtk_widget_add_css_class (box, "this-week");
          gtk_widget_set_tooltip_text (box, _("This week"));
        }
      if (start != NULL && g_date_valid (start))
        {
          GDate first_day = *start;
          char date[64] = "";

          /* The day and month the week starts; the year is in the settings. */
          g_date_add_days (&first_day, (week - 1) * 7);
          g_date_strftime (date, sizeof date, "%e %b", &first_day);
          gtk_box_append (GTK_BOX (box), make_label (g_strstrip (date), "caption"));
          gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
        }
      gtk_grid_attach (self->grid, box, week, 1, 1, 1);
    }
}

/* The exercise's name, and its side when it is not both together (the cells leave it out). */
static GtkWidget *
make_name (PhysioPrescription *prescription)
{
  const char *name = physio_library_text (physio_exercise_get_name (physio_prescription_get_exercise (prescription)));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = make_label (name, NULL);
  const char *side = NULL;

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_widget_set_tooltip_text (label, name);
  gtk_box_append (GTK_BOX (box), label);

  switch (physio_prescription_get_laterality (prescription))
    {
    case PHYSIO_LATERALITY_EACH_SIDE:
      side = _("each side");
      break;

    case PHYSIO_LATERALITY_ALTERNATING:
      side = _("alternating sides");
      break;

    case PHYSIO_LATERALITY_BILATERAL:
    default:
      break;
    }

  if (side != NULL)
    {
      GtkWidget *caption = make_label (side, "caption");

      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  return box;
}

static char *
shape_of (PhysioProgramme *programme)
{
  GString *shape = g_string_new (NULL);
  guint n = physio_programme_get_n_prescriptions (programme);
  const PhysioPhase *phases;
  const GDate *start = physio_programme_get_start_date (programme);
  guint n_phases = 0;

  g_string_append_printf (shape, "%u|%u|", physio_programme_get_weeks (programme),
                          start != NULL && g_date_valid (start) ? g_date_get_julian (start) : 0);
  phases = physio_programme_get_phases (programme, &n_phases);
  for (guint i = 0; i < n_phases; i++)
    g_string_append_printf (shape, "%s:%u-%u|", phases[i].name, phases[i].week_from,
                            phases[i].week_to);
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      if (physio_prescription_get_removed (prescription))
        continue;
      g_string_append_printf (shape, "%u:%s:%d;", i,
                              physio_prescription_get_exercise_id (prescription),
                              physio_prescription_get_laterality (prescription));
    }

  return g_string_free (shape, FALSE);
}

static void
rebuild (PhysioLadderTable *self)
{
  PhysioProgramme *programme = get_programme (self);
  guint n = physio_programme_get_n_prescriptions (programme);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *child;
  guint focus_position = G_MAXUINT;
  guint focus_week = 0;

  /* Keep the keyboard in the same cell across a rebuild (an exercise added, removed or
   * moved, or such a change undone). */
  if (focus != NULL)
    {
      GtkWidget *cell = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);

      if (cell != NULL && gtk_widget_is_ancestor (cell, GTK_WIDGET (self->grid)))
        {
          focus_position = g_array_index (self->positions, guint, cell_row (GTK_ENTRY (cell)));
          focus_week = cell_week (GTK_ENTRY (cell));
        }
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_array_set_size (self->positions, 0);
  g_ptr_array_set_size (self->cells, 0);

  self->weeks = physio_programme_get_weeks (programme);
  add_week_headers (self);

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      const char *name = physio_library_text (physio_exercise_get_name (physio_prescription_get_exercise (prescription)));
      guint row = self->positions->len;
      GtkWidget *label;

      if (physio_prescription_get_removed (prescription))
        continue;

      g_array_append_val (self->positions, i);
      label = make_name (prescription);
      gtk_grid_attach (self->grid, label, 0, FIRST_ROW + row, 1, 1);

      for (guint week = 1; week <= self->weeks; week++)
        {
          GtkWidget *cell = make_cell (self, row, week, name);

          g_ptr_array_add (self->cells, cell);
          gtk_grid_attach (self->grid, cell, week, FIRST_ROW + row, 1, 1);
        }
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->grid),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT,
                                  (int) (FIRST_ROW + self->positions->len),
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, (int) (self->weeks + 1),
                                  -1);
  gtk_stack_set_visible_child_name (self->stack, self->positions->len > 0 ? "table" : "empty");
  fill_cells (self, NULL, TRUE);

  for (guint row = 0; row < self->positions->len; row++)
    if (g_array_index (self->positions, guint, row) == focus_position)
      {
        GtkEntry *cell = cell_at (self, row, focus_week);

        if (cell != NULL && gtk_widget_get_sensitive (GTK_WIDGET (cell)))
          gtk_widget_grab_focus (GTK_WIDGET (cell));
      }
}

static gboolean
update_cb (gpointer user_data)
{
  PhysioLadderTable *self = user_data;
  g_autofree char *shape = shape_of (get_programme (self));

  self->update_idle = 0;

  if (g_strcmp0 (shape, self->shape) != 0)
    {
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
      rebuild (self);
    }
  else if (g_hash_table_size (self->dirty) > 0)
    {
      /* The other rows show what they showed: an edit costs its own row. */
      fill_cells (self, self->dirty, FALSE);
    }
  g_hash_table_remove_all (self->dirty);

  return G_SOURCE_REMOVE;
}

static void
on_programme_changed_cb (PhysioLadderTable *self)
{
  /* One change runs many setters; the table is drawn once, after them. */
  if (self->update_idle == 0)
    self->update_idle = g_idle_add (update_cb, self);
}

/* After an undo or a redo, what was typed in a cell and not yet saved (or refused) goes: it
 * was typed over the plan the undo just replaced, and leaving the cell would save it as a
 * new change, clearing what can be redone. */
static void
on_restored_cb (PhysioLadderTable *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      GtkEntry *entry = g_ptr_array_index (self->cells, i);

      if (g_object_get_data (G_OBJECT (entry), "physio-dirty") != NULL)
        revert_cell (self, entry);
    }
}

static void
on_prescription_changed_cb (PhysioLadderTable  *self,
                            PhysioPrescription *prescription)
{
  g_hash_table_add (self->dirty, prescription);
  on_programme_changed_cb (self);
}

PhysioLadderTable *
physio_ladder_table_new (PhysioUndoStack *undo_stack)
{
  PhysioLadderTable *self;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (undo_stack), NULL);

  self = g_object_new (PHYSIO_TYPE_LADDER_TABLE, NULL);
  self->undo_stack = g_object_ref (undo_stack);

  g_signal_connect_object (get_programme (self), "changed", G_CALLBACK (on_programme_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_programme (self), "prescription-changed",
                           G_CALLBACK (on_prescription_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (undo_stack, "restored", G_CALLBACK (on_restored_cb), self,
                           G_CONNECT_SWAPPED);
  update_cb (self);

  return self;
}

GtkEntry *
_physio_ladder_table_get_cell (PhysioLadderTable *self,
                               guint              position,
                               guint              week)
{
  g_return_val_if_fail (PHYSIO_IS_LADDER_TABLE (self), NULL);

  for (guint row = 0; row < self->positions->len; row++)
    if (g_array_index (self->positions, guint, row) == position)
      return cell_at (self, row, week);

  return NULL;
}

GtkLabel *
_physio_ladder_table_get_message (PhysioLadderTable *self)
{
  g_return_val_if_fail (PHYSIO_IS_LADDER_TABLE (self), NULL);

  return self->message_label;
}

static void
physio_ladder_table_dispose (GObject *object)
{
  PhysioLadderTable *self = PHYSIO_LADDER_TABLE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->update_idle, g_source_remove);
  if (self->cells != NULL)
    g_ptr_array_set_size (self->cells, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_LADDER_TABLE);
  /* The template's root is not a bound child, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->undo_stack);

  G_OBJECT_CLASS (physio_ladder_table_parent_class)->dispose (object);
}

static void
physio_ladder_table_finalize (GObject *object)
{
  PhysioLadderTable *self = PHYSIO_LADDER_TABLE (object);

  g_clear_pointer (&self->positions, g_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->shape, g_free);
  g_clear_pointer (&self->dirty, g_hash_table_unref);

  G_OBJECT_CLASS (physio_ladder_table_parent_class)->finalize (object);
}

static void
physio_ladder_table_class_init (PhysioLadderTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_ladder_table_dispose;
  object_class->finalize = physio_ladder_table_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-ladder-table.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioLadderTable, stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioLadderTable, message_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioLadderTable, grid);
}

static void
physio_ladder_table_init (PhysioLadderTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  self->dirty = g_hash_table_new (NULL, NULL);
  /* The grid owns the cells; the array only points at them. */
  self->cells = g_ptr_array_new ();
}

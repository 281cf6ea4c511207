/* physio-progress-page.c: the programme window's Progress page, the charts of brief 6.8
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "physio-chart.h"
#include "physio-date-entry-row.h"
#include "physio-outcome-dialog.h"
#include "physio-progress-page.h"

struct _PhysioProgressPage
{
  GtkBox              parent_instance;

  PhysioDatabase     *database;
  PhysioProgramme    *programme;
  PhysioProgressData *data;

  GtkWidget          *due_box;    /* the measures due, with their buttons */
  GtkWidget          *stack;      /* "empty" or "charts" */
  GtkWidget          *grid;       /* the chart cards */
  GHashTable         *charts;     /* name → PhysioChartView, borrowed */
  gboolean            dirty;
  guint               reload_idle;
};

G_DEFINE_FINAL_TYPE (PhysioProgressPage, physio_progress_page, GTK_TYPE_BOX)

/* Painters: each chart view holds the data it draws and which chart of it. */

typedef struct
{
  PhysioProgressData *data;
  guint               index;    /* dose charts: which one */
} Painter;

static void
painter_free (gpointer user_data)
{
  Painter *painter = user_data;

  physio_progress_data_unref (painter->data);
  g_free (painter);
}

static gboolean
paint_summary (cairo_t *cr, double w, double h, const PhysioRenderStyle *style, GArray *spots,
               gpointer user_data)
{
  return physio_chart_draw_summary (cr, w, h, &((Painter *) user_data)->data->summary, style,
                                    spots);
}

static gboolean
paint_pain (cairo_t *cr, double w, double h, const PhysioRenderStyle *style, GArray *spots,
            gpointer user_data)
{
  return physio_chart_draw_pain (cr, w, h, &((Painter *) user_data)->data->pain, style, spots);
}

static gboolean
paint_adherence (cairo_t *cr, double w, double h, const PhysioRenderStyle *style, GArray *spots,
                 gpointer user_data)
{
  return physio_chart_draw_adherence (cr, w, h, &((Painter *) user_data)->data->adherence, style,
                                      spots);
}

static gboolean
paint_activity (cairo_t *cr, double w, double h, const PhysioRenderStyle *style, GArray *spots,
                gpointer user_data)
{
  return physio_chart_draw_activity (cr, w, h, &((Painter *) user_data)->data->activity, style,
                                     spots);
}

static gboolean
paint_disability (cairo_t *cr, double w, double h, const PhysioRenderStyle *style, GArray *spots,
                  gpointer user_data)
{
  return physio_chart_draw_disability (cr, w, h, &((Painter *) user_data)->data->disability,
                                       style, spots);
}

static gboolean
paint_psfs (cairo_t *cr, double w, double h, const PhysioRenderStyle *style, GArray *spots,
            gpointer user_data)
{
  return physio_chart_draw_psfs (cr, w, h, &((Painter *) user_data)->data->psfs, style, spots);
}

static gboolean
paint_dose (cairo_t *cr, double w, double h, const PhysioRenderStyle *style, GArray *spots,
            gpointer user_data)
{
  Painter *painter = user_data;

  return physio_chart_draw_dose (cr, w, h, &painter->data->doses[painter->index], style, spots);
}

/* One chart at @column, @row of the grid (@span columns). The chart draws its own title;
 * @title is its accessible name. */
static void
add_chart (PhysioProgressPage *self,
           const char         *name,
           const char         *title,
           int                 height,
           PhysioRenderFunc    func,
           guint               index,
           int                 column,
           int                 row,
           int                 span)
{
  GtkWidget *view = physio_chart_view_new ();
  Painter *painter = g_new0 (Painter, 1);

  painter->data = physio_progress_data_ref (self->data);
  painter->index = index;
  physio_chart_view_set_title (PHYSIO_CHART_VIEW (view), title);
  physio_chart_view_set_painter (PHYSIO_CHART_VIEW (view), func, painter, painter_free);
  gtk_widget_set_size_request (view, -1, height);
  gtk_widget_set_hexpand (view, TRUE);
  gtk_grid_attach (GTK_GRID (self->grid), view, column, row, span, 1);
  g_hash_table_insert (self->charts, g_strdup (name), view);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_widget_unparent (child);
}

static void
on_score_clicked_cb (GtkButton          *button,
                     PhysioProgressPage *self)
{
  /* A due NPRS comes with the recall period it is due for. */
  physio_progress_page_score (self,
                              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button),
                                                                  "instrument")),
                              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "recall")));
}

static GtkWidget *
score_button (PhysioProgressPage *self,
              const char         *label,
              int                 instrument)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "instrument", GINT_TO_POINTER (instrument));
  g_signal_connect (button, "clicked", G_CALLBACK (on_score_clicked_cb), self);
  return button;
}

/* "ODI due · PSFS due" in one line that wraps, a button for the first of them (the next one
 * comes up once it is saved), and one for any measure. */
static void
fill_due (PhysioProgressPage *self)
{
  GArray *due = self->data->due;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *label, *button;

  clear_box (self->due_box);
  for (guint i = 0; i < due->len; i++)
    {
      g_autofree char *one = physio_outcome_due_label (&g_array_index (due, PhysioOutcomeDue, i));

      if (i > 0)
        g_string_append (text, " · ");
      g_string_append (text, one);
    }
  label = gtk_label_new (due->len > 0 ? text->str : _("No outcome measure is due."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, due->len > 0 ? "accent" : "dim-label");
  gtk_box_append (GTK_BOX (self->due_box), label);
  if (due->len > 0)
    {
      const PhysioOutcomeDue *first = &g_array_index (due, PhysioOutcomeDue, 0);
      /* Translators: a button on the Progress page, "Score ODI…". */
      g_autofree char *name = g_strdup_printf (_("Score %s…"),
                                               physio_instrument_label (first->instrument));

      button = score_button (self, name, first->instrument);
      g_object_set_data (G_OBJECT (button), "recall", GINT_TO_POINTER (first->recall));
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (self->due_box), button);
    }
  button = score_button (self, _("Score a _Measure…"), PHYSIO_INSTRUMENT_ODI);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->due_box), button);
}

/* What a clinician reads first: the summary, then how much was done (sessions and activity
 * side by side), the pain over the whole width, the measures, and each exercise's dose. */
static void
build_charts (PhysioProgressPage *self)
{
  const PhysioProgressData *data = self->data;
  int row = 0, column = 0;

  clear_box (self->grid);
  g_hash_table_remove_all (self->charts);

  if (data->summary.n_rows > 0)
    add_chart (self, "summary", _("Summary"), 60 + 26 * data->summary.n_rows, paint_summary, 0,
               0, row++, 2);
  add_chart (self, "adherence", _("Sessions done per week"), 220, paint_adherence, 0, 0, row, 1);
  add_chart (self, "activity", _("Activity minutes per week"), 220, paint_activity, 0, 1, row++,
             1);
  add_chart (self, "pain", _("Pain over time"), 280, paint_pain, 0, 0, row++, 2);
  if (data->disability.n_scores > 0 || data->psfs.n_mean > 0)
    {
      /* Translators: a chart's accessible name, %s is "ODI" or "RMDQ". */
      g_autofree char *title = g_strdup_printf (_("Disability (%s)"), data->disability.instrument);

      add_chart (self, "disability", title, 240, paint_disability, 0, 0, row, 1);
      add_chart (self, "psfs", _("Activities the patient chose (PSFS)"), 240, paint_psfs, 0, 1,
                 row++, 1);
    }
  for (guint i = 0; i < data->n_doses; i++)
    {
      g_autofree char *name = g_strdup_printf ("dose-%u", i);
      /* Translators: a chart's accessible name, the exercise's name: "Dose: Bridge". */
      g_autofree char *title = g_strdup_printf (_("Dose: %s"), data->doses[i].exercise);

      add_chart (self, name, title, 220, paint_dose, i, column, row, 1);
      if (++column == 2)
        column = 0, row++;
    }
}

static void
reload (PhysioProgressPage *self)
{
  g_autoptr(GError) error = NULL;
  PhysioProgressData *data;
  GDate today;

  self->dirty = FALSE;
  g_clear_handle_id (&self->reload_idle, g_source_remove);
  physio_date_today (&today);
  data = physio_progress_data_load (self->database, self->programme, &today, &error);
  if (data == NULL)
    {
      /* The page keeps what it showed; the reason goes to the log without patient details. */
      g_warning ("Could not read the progress of a programme: %s", error->message);
      return;
    }
  g_clear_pointer (&self->data, physio_progress_data_unref);
  self->data = data;

  fill_due (self);
  build_charts (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    physio_progress_data_is_empty (data) ? "empty" : "charts");
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  PhysioProgressPage *self = user_data;

  self->reload_idle = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Something the charts show changed: read it again now if the page is on screen, else when it
 * is shown, so typing in the diary never waits for the charts. */
static void
invalidate (PhysioProgressPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

static void
on_patients_changed_cb (PhysioDatabase     *database,
                        gint64              patient_id,
                        PhysioProgressPage *self)
{
  if (patient_id == 0 || patient_id == physio_programme_get_patient_id (self->programme))
    invalidate (self);
}

static void
on_programme_changed_cb (PhysioDatabase     *database,
                         gint64              programme_id,
                         PhysioProgressPage *self)
{
  if (programme_id == 0 || programme_id == physio_programme_get_id (self->programme))
    invalidate (self);
}

static void
on_map_cb (PhysioProgressPage *self)
{
  if (self->dirty)
    reload (self);
}

static void
on_open_diary_cb (GtkButton          *button,
                  PhysioProgressPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "diary");
}

static GtkWidget *
empty_state (PhysioProgressPage *self)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *diary = gtk_button_new_with_mnemonic (_("Open the _Diary"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Follow-Up Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("The charts fill in as the follow-up is entered: type what "
                                     "the patient did and their pain on the Diary page, or score "
                                     "an outcome measure such as the ODI at the first visit."));
  gtk_widget_add_css_class (diary, "pill");
  gtk_widget_add_css_class (diary, "suggested-action");
  g_signal_connect (diary, "clicked", G_CALLBACK (on_open_diary_cb), self);
  gtk_box_append (GTK_BOX (buttons), diary);
  {
    GtkWidget *score = score_button (self, _("Score a _Measure…"), PHYSIO_INSTRUMENT_ODI);

    gtk_widget_add_css_class (score, "pill");
    gtk_box_append (GTK_BOX (buttons), score);
  }
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), buttons);
  return status;
}

static void
physio_progress_page_dispose (GObject *object)
{
  PhysioProgressPage *self = PHYSIO_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  G_OBJECT_CLASS (physio_progress_page_parent_class)->dispose (object);
}

static void
physio_progress_page_finalize (GObject *object)
{
  PhysioProgressPage *self = PHYSIO_PROGRESS_PAGE (object);

  g_clear_pointer (&self->data, physio_progress_data_unref);
  g_clear_pointer (&self->charts, g_hash_table_unref);
  g_clear_object (&self->database);
  g_clear_object (&self->programme);
  G_OBJECT_CLASS (physio_progress_page_parent_class)->finalize (object);
}

static void
physio_progress_page_class_init (PhysioProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = physio_progress_page_dispose;
  object_class->finalize = physio_progress_page_finalize;
}

static void
physio_progress_page_init (PhysioProgressPage *self)
{
  GtkWidget *scrolled, *clamp;

  self->charts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);

  self->due_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (self->due_box, 12);
  gtk_widget_set_margin_end (self->due_box, 12);
  gtk_widget_set_margin_top (self->due_box, 12);
  gtk_widget_set_margin_bottom (self->due_box, 6);
  gtk_box_append (GTK_BOX (self), self->due_box);

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 18);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_widget_set_margin_start (self->grid, 12);
  gtk_widget_set_margin_end (self->grid, 12);
  gtk_widget_set_margin_bottom (self->grid, 18);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->grid);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), empty_state (self), "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "charts");
  gtk_box_append (GTK_BOX (self), self->stack);

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

PhysioProgressPage *
physio_progress_page_new (PhysioDatabase  *database,
                          PhysioProgramme *programme)
{
  PhysioProgressPage *self;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  self = g_object_new (PHYSIO_TYPE_PROGRESS_PAGE, NULL);
  self->database = g_object_ref (database);
  self->programme = g_object_ref (programme);
  g_signal_connect_object (database, "patients-changed", G_CALLBACK (on_patients_changed_cb),
                           self, 0);
  g_signal_connect_object (database, "programme-changed", G_CALLBACK (on_programme_changed_cb),
                           self, 0);
  g_signal_connect_object (programme, "changed", G_CALLBACK (invalidate), self,
                           G_CONNECT_SWAPPED);
  self->dirty = TRUE;
  return self;
}

const PhysioProgressData *
physio_progress_page_get_data (PhysioProgressPage *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRESS_PAGE (self), NULL);

  if (self->dirty || self->data == NULL)
    reload (self);
  return self->data;
}

PhysioChartView *
physio_progress_page_get_chart (PhysioProgressPage *self,
                                const char         *name)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRESS_PAGE (self), NULL);

  if (self->dirty || self->data == NULL)
    reload (self);
  return g_hash_table_lookup (self->charts, name);
}

void
physio_progress_page_score (PhysioProgressPage *self,
                            int                 instrument,
                            int                 recall)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PhysioOutcomeDialog *dialog;

  g_return_if_fail (PHYSIO_IS_PROGRESS_PAGE (self));

  dialog = physio_outcome_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->database,
                                      physio_programme_get_patient_id (self->programme),
                                      (PhysioInstrument) instrument);
  if (recall != PHYSIO_RECALL_NONE)
    physio_outcome_dialog_set_recall (dialog, (PhysioRecall) recall);
  gtk_window_present (GTK_WINDOW (dialog));
}

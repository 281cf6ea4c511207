/* physio-figure-view.c: an exercise figure on screen, in the theme's colours
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is the handout's (src/render/physio-figure.c); only the colours change: the body
 * in the theme's foreground, the far side and props dimmed towards the background, arrows in
 * the accent colour, so it reads in dark mode too.
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-figures.h"
#include "physio-exercise-figure.h"
#include "physio-figure.h"
#include "physio-figure-json.h"
#include "physio-figure-view.h"
#include "physio-image.h"

struct _PhysioFigureView
{
  GtkWidget           parent_instance;

  const PhysioFigure *figure;   /* borrowed from the shared table, or &own */
  PhysioFigure        own;      /* a copy: a clinician's poses, or a pose being edited */
  cairo_surface_t    *image;    /* an attached image, shown instead of a figure */
  char               *pending;  /* the exercise to show once the table is read */
  guint               load_id;
  /* Followed while an exercise is shown with its database, so an own figure saved or removed
   * shows at once. */
  PhysioDatabase     *database;
  char               *exercise_id;
};

G_DEFINE_FINAL_TYPE (PhysioFigureView, physio_figure_view, GTK_TYPE_WIDGET)

static GHashTable *figures;

GHashTable *
physio_figure_view_builtin_figures (void)
{
  if (g_once_init_enter (&figures))
    {
      g_autoptr(GError) error = NULL;
      GHashTable *table = physio_figure_json_read_builtin (&error);

      if (table == NULL)
        {
          g_warning ("The built-in exercise figures could not be read: %s", error->message);
          table = g_hash_table_new (g_str_hash, g_str_equal);
        }
      g_once_init_leave (&figures, table);
    }
  return figures;
}

static void
mix (double        out[3],
     const GdkRGBA *a,
     const GdkRGBA *b,
     double         t)
{
  out[0] = a->red + (b->red - a->red) * t;
  out[1] = a->green + (b->green - a->green) * t;
  out[2] = a->blue + (b->blue - a->blue) * t;
}

static void
theme_style (GtkWidget         *widget,
             PhysioFigureStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, bg, accent;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &bg) &&
      !gtk_style_context_lookup_color (context, "window_bg_color", &bg))
    bg = (GdkRGBA) { 1, 1, 1, 1 };
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = (GdkRGBA) { 0.1, 0.37, 0.71, 1 };

  physio_figure_style_init_print (style);
  mix (style->body, &fg, &bg, 0.1);
  mix (style->far_body, &fg, &bg, 0.55);
  mix (style->outline, &bg, &bg, 0);
  mix (style->accent, &accent, &accent, 0);
  mix (style->prop, &fg, &bg, 0.35);
  mix (style->prop_fill, &fg, &bg, 0.88);
}

static void
physio_figure_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PhysioFigureView *self = PHYSIO_FIGURE_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  PhysioFigureStyle style;
  cairo_t *cr;

  if ((self->figure == NULL && self->image == NULL) || width <= 0 || height <= 0)
    return;
  theme_style (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->image != NULL)
    physio_image_draw_fitted (cr, self->image, 0, 0, width, height);
  else
    physio_figure_draw (cr, self->figure, width, height, &style);
  cairo_destroy (cr);
}

static void
physio_figure_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  int width_request, height_request, request;

  /* A card-sized figure unless a size was asked for (a thumbnail in a list row); it scales to
   * whatever it is given, keeping its aspect. */
  gtk_widget_get_size_request (widget, &width_request, &height_request);
  request = orientation == GTK_ORIENTATION_HORIZONTAL ? width_request : height_request;
  *minimum = request > 0 ? request : orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 90;
  *natural = request > 0 ? request : orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160;
}

static void
physio_figure_view_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (physio_figure_view_parent_class)->css_changed (widget, change);
  /* Theme, dark mode or contrast changed: the colours are read at each draw. */
  gtk_widget_queue_draw (widget);
}

static void
physio_figure_view_dispose (GObject *object)
{
  PhysioFigureView *self = PHYSIO_FIGURE_VIEW (object);

  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_pointer (&self->pending, g_free);
  g_clear_pointer (&self->image, cairo_surface_destroy);
  g_clear_pointer (&self->exercise_id, g_free);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_figure_view_parent_class)->dispose (object);
}

static void
physio_figure_view_class_init (PhysioFigureViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = physio_figure_view_dispose;

  widget_class->snapshot = physio_figure_view_snapshot;
  widget_class->measure = physio_figure_view_measure;
  widget_class->css_changed = physio_figure_view_css_changed;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "figure");
}

static void
physio_figure_view_init (PhysioFigureView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
physio_figure_view_new (void)
{
  return g_object_new (PHYSIO_TYPE_FIGURE_VIEW, NULL);
}

static void show_figure (PhysioFigureView *self,
                         const char       *exercise_id);

static gboolean
load_figures_cb (gpointer data)
{
  PhysioFigureView *self = data;
  g_autofree char *pending = g_steal_pointer (&self->pending);

  self->load_id = 0;
  show_figure (self, pending);
  return G_SOURCE_REMOVE;
}

static void
set_shown (PhysioFigureView   *self,
           const PhysioFigure *figure,
           cairo_surface_t    *image)
{
  g_clear_pointer (&self->image, cairo_surface_destroy);
  self->image = image != NULL ? cairo_surface_reference (image) : NULL;
  if (figure != NULL && figure != self->figure)
    {
      self->own = *figure;
      figure = &self->own;
    }
  self->figure = image == NULL ? figure : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self), self->figure != NULL || self->image != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How the exercise is done"), -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the database holds a figure of the clinician's own for the exercise shown. */
static gboolean
has_own_figure (PhysioFigureView *self)
{
  g_auto(PhysioStoredFigure) stored = { 0 };

  return self->database != NULL &&
         physio_database_get_exercise_figure (self->database, self->exercise_id, &stored, NULL) &&
         (stored.figure != NULL || stored.image != NULL);
}

static void
refresh (PhysioFigureView *self)
{
  g_autofree PhysioFigure *figure = NULL;
  cairo_surface_t *image = NULL;

  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_pointer (&self->pending, g_free);
  if (self->exercise_id == NULL)
    {
      set_shown (self, NULL, NULL);
      return;
    }
  /* The figures file is read once per process, but not before the first frame: the detail of
   * the last exercise is on screen at start-up, and its figure can come a moment later. */
  if (g_atomic_pointer_get (&figures) == NULL && !has_own_figure (self))
    {
      self->pending = g_strdup (self->exercise_id);
      self->load_id = g_idle_add_full (G_PRIORITY_LOW, load_figures_cb, self, NULL);
      return;
    }
  physio_exercise_figure_lookup (self->database, self->exercise_id, &figure, &image);
  set_shown (self, figure, image);
  g_clear_pointer (&image, cairo_surface_destroy);
}

static void
on_exercises_changed_cb (PhysioDatabase   *database,
                         const char       *id,
                         PhysioFigureView *self)
{
  if (id == NULL || g_strcmp0 (id, self->exercise_id) == 0)
    refresh (self);
}

void
physio_figure_view_show_exercise (PhysioFigureView *self,
                                  PhysioDatabase   *database,
                                  const char       *exercise_id)
{
  g_return_if_fail (PHYSIO_IS_FIGURE_VIEW (self));
  g_return_if_fail (database == NULL || PHYSIO_IS_DATABASE (database));

  if (database != self->database)
    {
      if (self->database != NULL)
        g_signal_handlers_disconnect_by_data (self->database, self);
      g_set_object (&self->database, database);
      if (database != NULL)
        g_signal_connect (database, "exercises-changed", G_CALLBACK (on_exercises_changed_cb),
                          self);
    }
  g_free (self->exercise_id);
  self->exercise_id = g_strdup (exercise_id);
  refresh (self);
}

void
physio_figure_view_set_exercise_id (PhysioFigureView *self,
                                    const char       *exercise_id)
{
  physio_figure_view_show_exercise (self, NULL, exercise_id);
}

void
physio_figure_view_set_figure (PhysioFigureView   *self,
                               const PhysioFigure *figure)
{
  g_return_if_fail (PHYSIO_IS_FIGURE_VIEW (self));

  physio_figure_view_show_exercise (self, NULL, NULL);
  set_shown (self, figure, NULL);
}

void
physio_figure_view_set_image (PhysioFigureView *self,
                              cairo_surface_t  *image)
{
  g_return_if_fail (PHYSIO_IS_FIGURE_VIEW (self));

  physio_figure_view_show_exercise (self, NULL, NULL);
  set_shown (self, NULL, image);
}

gboolean
physio_figure_view_get_showing (PhysioFigureView    *self,
                                const PhysioFigure **figure,
                                cairo_surface_t    **image)
{
  g_return_val_if_fail (PHYSIO_IS_FIGURE_VIEW (self), FALSE);

  if (figure != NULL)
    *figure = self->figure;
  if (image != NULL)
    *image = self->image;
  return self->figure != NULL || self->image != NULL;
}

static void
show_figure (PhysioFigureView *self,
             const char       *exercise_id)
{
  set_shown (self, exercise_id != NULL ?
             g_hash_table_lookup (physio_figure_view_builtin_figures (), exercise_id) : NULL,
             NULL);
}

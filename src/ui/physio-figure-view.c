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

#include "physio-figure.h"
#include "physio-figure-json.h"
#include "physio-figure-view.h"

struct _PhysioFigureView
{
  GtkWidget           parent_instance;

  const PhysioFigure *figure;   /* borrowed from the shared table */
  char               *pending;  /* the exercise to show once the table is read */
  guint               load_id;
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

  if (self->figure == NULL || width <= 0 || height <= 0)
    return;
  theme_style (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
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
  /* A card-sized figure; it scales to whatever it is given, keeping its aspect. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 90;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160;
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

void
physio_figure_view_set_exercise_id (PhysioFigureView *self,
                                    const char       *exercise_id)
{
  g_return_if_fail (PHYSIO_IS_FIGURE_VIEW (self));

  /* The figures file is read once per process, but not before the first frame: the detail of
   * the last exercise is on screen at start-up, and its figure can come a moment later. */
  if (g_atomic_pointer_get (&figures) == NULL && exercise_id != NULL)
    {
      g_free (self->pending);
      self->pending = g_strdup (exercise_id);
      if (self->load_id == 0)
        self->load_id = g_idle_add_full (G_PRIORITY_LOW, load_figures_cb, self, NULL);
      return;
    }
  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_pointer (&self->pending, g_free);
  show_figure (self, exercise_id);
}

static void
show_figure (PhysioFigureView *self,
             const char       *exercise_id)
{
  self->figure = exercise_id != NULL ?
    g_hash_table_lookup (physio_figure_view_builtin_figures (), exercise_id) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self), self->figure != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How the exercise is done"), -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

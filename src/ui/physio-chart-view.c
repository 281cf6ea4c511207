/* physio-chart-view.c: draws one render-layer chart on screen, with hover and keyboard focus
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "physio-chart-view.h"

/* How near (in pixels) the pointer must be to a point for its tooltip. */
#define HOVER_RADIUS 14

struct _PhysioChartView
{
  GtkWidget          parent_instance;

  PhysioRenderFunc   func;
  gpointer           user_data;
  GDestroyNotify     destroy;

  char              *title;
  PhysioRenderStyle  style;
  GArray            *spots;      /* PhysioChartSpot of the last draw, sorted left to right */
  int                focused;
  int                hovered;
};

G_DEFINE_FINAL_TYPE (PhysioChartView, physio_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_FOCUSED_POINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
to_rgba (const GdkRGBA *in,
         PhysioRgba    *out)
{
  out->red = in->red;
  out->green = in->green;
  out->blue = in->blue;
  out->alpha = in->alpha;
}

/* The screen palette from the theme: read once per CSS change (theme, dark mode, contrast),
 * not on every frame. GtkStyleContext is what GTK 4.8 offers for named colours. */
static void
resolve_style (PhysioChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA fg = { 0, 0, 0, 1 }, bg = { 1, 1, 1, 1 }, accent = { 0.21, 0.52, 0.89, 1 };
  PhysioRgba pfg, pbg, paccent;
  PangoFontDescription *font;
  const char *family;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, "window_fg_color", &fg))
    gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &bg))
    gtk_style_context_lookup_color (context, "window_bg_color", &bg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gtk_style_context_lookup_color (context, "accent_bg_color", &accent);
G_GNUC_END_IGNORE_DEPRECATIONS

  to_rgba (&fg, &pfg);
  to_rgba (&bg, &pbg);
  to_rgba (&accent, &paccent);
  physio_render_style_init_screen (&self->style, &pfg, &pbg, &paccent,
                                   adw_style_manager_get_dark (adw_style_manager_get_default ()));

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  family = font != NULL ? pango_font_description_get_family (font) : NULL;
  if (family != NULL)
    g_strlcpy (self->style.font_family, family, sizeof self->style.font_family);
}

static int
compare_spots (gconstpointer a,
               gconstpointer b)
{
  const PhysioChartSpot *x = a, *y = b;

  if (x->x != y->x)
    return x->x < y->x ? -1 : 1;
  return (x->y > y->y) - (x->y < y->y);
}

static const PhysioChartSpot *
spot_at (PhysioChartView *self,
         int              index)
{
  if (index < 0 || (guint) index >= self->spots->len)
    return NULL;
  return &g_array_index (self->spots, PhysioChartSpot, index);
}

static int
nearest_spot (PhysioChartView *self,
              double           x,
              double           y)
{
  double best = HOVER_RADIUS * HOVER_RADIUS;
  int found = -1;

  for (guint i = 0; i < self->spots->len; i++)
    {
      const PhysioChartSpot *spot = &g_array_index (self->spots, PhysioChartSpot, i);
      double d = (spot->x - x) * (spot->x - x) + (spot->y - y) * (spot->y - y);

      if (d <= best)
        {
          best = d;
          found = (int) i;
        }
    }
  return found;
}

static void
update_accessible (PhysioChartView *self)
{
  const char *text = physio_chart_view_get_focused_text (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->title != NULL ? self->title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : _("Use the arrow keys to read the points."),
                                  -1);
}

static void
draw_ring (cairo_t                 *cr,
           const PhysioChartSpot   *spot,
           const PhysioRgba        *colour,
           double                   width)
{
  cairo_new_path (cr);
  cairo_arc (cr, spot->x, spot->y, 6, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static void
physio_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PhysioChartView *self = PHYSIO_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  const PhysioChartSpot *spot;
  int focused_before = self->focused;
  cairo_t *cr;

  if (self->func == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_array_set_size (self->spots, 0);
  /* Widget units are CSS pixels; the style says how many make a point, and the snapshot's
   * scale takes care of HiDPI. */
  self->func (cr, width, height, &self->style, self->spots, self->user_data);
  g_array_sort (self->spots, compare_spots);
  if (self->focused >= (int) self->spots->len)
    self->focused = self->spots->len > 0 ? (int) self->spots->len - 1 : -1;
  if (self->hovered >= (int) self->spots->len)
    self->hovered = -1;

  if ((spot = spot_at (self, self->hovered)) != NULL)
    draw_ring (cr, spot, &self->style.foreground, 1.5);
  if (gtk_widget_has_focus (widget) && (spot = spot_at (self, self->focused)) != NULL)
    draw_ring (cr, spot, &self->style.accent, 2.5);
  cairo_destroy (cr);

  if (self->focused != focused_before)
    {
      update_accessible (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_POINT]);
    }
}

static void
physio_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 560;
    }
  else
    {
      *minimum = 180;
      *natural = 280;
    }
}

static void
physio_chart_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (physio_chart_view_parent_class)->css_changed (widget, change);

  resolve_style (PHYSIO_CHART_VIEW (widget));
  gtk_widget_queue_draw (widget);
}

static gboolean
query_tooltip_cb (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard_mode,
                  GtkTooltip      *tooltip,
                  PhysioChartView *self)
{
  const PhysioChartSpot *spot;

  spot = keyboard_mode ? spot_at (self, self->focused) : spot_at (self, nearest_spot (self, x, y));
  if (spot == NULL || spot->text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, spot->text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) spot->x - 6, (int) spot->y - 6,
                                                       12, 12 });
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           PhysioChartView          *self)
{
  int hovered = nearest_spot (self, x, y);

  if (hovered != self->hovered)
    {
      self->hovered = hovered;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *motion,
          PhysioChartView          *self)
{
  if (self->hovered != -1)
    {
      self->hovered = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
focus_enter_cb (GtkEventControllerFocus *focus,
                PhysioChartView         *self)
{
  /* Tabbing in lands on the first point, so the first arrow press is not lost. */
  if (self->focused < 0 && self->spots->len > 0)
    physio_chart_view_set_focused_point (self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_focus (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PhysioChartView *self = PHYSIO_CHART_VIEW (widget);
  int last = (int) self->spots->len - 1;
  int index = self->focused;

  if (last < 0)
    return;
  if (g_str_equal (action_name, "chart.next-point"))
    index = MIN (index + 1, last);
  else if (g_str_equal (action_name, "chart.previous-point"))
    index = MAX (index - 1, 0);
  else if (g_str_equal (action_name, "chart.first-point"))
    index = 0;
  else
    index = last;
  physio_chart_view_set_focused_point (self, index);
}

static void
style_dark_cb (AdwStyleManager *manager,
               GParamSpec      *pspec,
               PhysioChartView *self)
{
  resolve_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
physio_chart_view_dispose (GObject *object)
{
  PhysioChartView *self = PHYSIO_CHART_VIEW (object);

  physio_chart_view_set_painter (self, NULL, NULL, NULL);
  G_OBJECT_CLASS (physio_chart_view_parent_class)->dispose (object);
}

static void
physio_chart_view_finalize (GObject *object)
{
  PhysioChartView *self = PHYSIO_CHART_VIEW (object);

  g_clear_pointer (&self->spots, g_array_unref);
  g_free (self->title);
  G_OBJECT_CLASS (physio_chart_view_parent_class)->finalize (object);
}

static void
physio_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhysioChartView *self = PHYSIO_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FOCUSED_POINT:
      g_value_set_int (value, self->focused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PhysioChartView *self = PHYSIO_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      physio_chart_view_set_title (self, g_value_get_string (value));
      break;
    case PROP_FOCUSED_POINT:
      physio_chart_view_set_focused_point (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_chart_view_class_init (PhysioChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_chart_view_dispose;
  object_class->finalize = physio_chart_view_finalize;
  object_class->get_property = physio_chart_view_get_property;
  object_class->set_property = physio_chart_view_set_property;

  widget_class->snapshot = physio_chart_view_snapshot;
  widget_class->measure = physio_chart_view_measure;
  widget_class->css_changed = physio_chart_view_css_changed;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUSED_POINT] =
    g_param_spec_int ("focused-point", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "physiochart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  gtk_widget_class_install_action (widget_class, "chart.next-point", NULL, move_focus);
  gtk_widget_class_install_action (widget_class, "chart.previous-point", NULL, move_focus);
  gtk_widget_class_install_action (widget_class, "chart.first-point", NULL, move_focus);
  gtk_widget_class_install_action (widget_class, "chart.last-point", NULL, move_focus);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.next-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.next-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.previous-point",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.previous-point",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.first-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.last-point", NULL);
}

static void
physio_chart_view_init (PhysioChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->spots = physio_chart_spots_new ();
  self->focused = -1;
  self->hovered = -1;
  physio_render_style_init_print (&self->style);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (focus, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_dark_cb), self, 0);
  resolve_style (self);
  update_accessible (self);
}

GtkWidget *
physio_chart_view_new (void)
{
  return g_object_new (PHYSIO_TYPE_CHART_VIEW, NULL);
}

void
physio_chart_view_set_painter (PhysioChartView *self,
                               PhysioRenderFunc func,
                               gpointer         user_data,
                               GDestroyNotify   destroy)
{
  g_return_if_fail (PHYSIO_IS_CHART_VIEW (self));

  if (self->destroy != NULL)
    self->destroy (self->user_data);
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;
  g_array_set_size (self->spots, 0);
  self->hovered = -1;
  physio_chart_view_set_focused_point (self, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
physio_chart_view_get_title (PhysioChartView *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHART_VIEW (self), NULL);

  return self->title;
}

void
physio_chart_view_set_title (PhysioChartView *self,
                             const char      *title)
{
  g_return_if_fail (PHYSIO_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

guint
physio_chart_view_get_n_points (PhysioChartView *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHART_VIEW (self), 0);

  return self->spots->len;
}

int
physio_chart_view_get_focused_point (PhysioChartView *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHART_VIEW (self), -1);

  return self->focused;
}

void
physio_chart_view_set_focused_point (PhysioChartView *self,
                                     int              index)
{
  g_return_if_fail (PHYSIO_IS_CHART_VIEW (self));

  index = CLAMP (index, -1, (int) self->spots->len - 1);
  if (index == self->focused)
    return;
  self->focused = index;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_POINT]);
}

const char *
physio_chart_view_get_focused_text (PhysioChartView *self)
{
  const PhysioChartSpot *spot;

  g_return_val_if_fail (PHYSIO_IS_CHART_VIEW (self), NULL);

  spot = spot_at (self, self->focused);
  return spot != NULL ? spot->text : NULL;
}

const PhysioChartSpot *
physio_chart_view_get_focused_spot (PhysioChartView *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHART_VIEW (self), NULL);

  return spot_at (self, self->focused);
}

const PhysioRenderStyle *
physio_chart_view_get_style (PhysioChartView *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHART_VIEW (self), NULL);

  return &self->style;
}

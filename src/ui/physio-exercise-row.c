/* physio-exercise-row.c: one exercise in the library list
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-exercise-row.h"

#include "physio-a11y.h"
#include "physio-exercise-text.h"

struct _PhysioExerciseRow
{
  GtkWidget       parent_instance;

  /* Template widgets; the box is bound so that dispose_template () unparents it. */
  GtkWidget      *box;
  GtkLabel       *name_label;
  GtkWidget      *custom_tag;
  GtkLabel       *meta_label;
  GtkLabel       *dose_label;

  /* Owned references */
  PhysioExercise *exercise;
};

G_DEFINE_FINAL_TYPE (PhysioExerciseRow, physio_exercise_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
physio_exercise_row_new (void)
{
  return g_object_new (PHYSIO_TYPE_EXERCISE_ROW, NULL);
}

PhysioExercise *
physio_exercise_row_get_exercise (PhysioExerciseRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_ROW (self), NULL);

  return self->exercise;
}

void
physio_exercise_row_set_exercise (PhysioExerciseRow *self,
                                  PhysioExercise    *exercise)
{
  g_autofree char *meta = NULL;
  g_autofree char *accessible = NULL;
  const char *dose;

  g_return_if_fail (PHYSIO_IS_EXERCISE_ROW (self));
  g_return_if_fail (exercise == NULL || PHYSIO_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  if (exercise != NULL)
    {
      meta = physio_exercise_text_meta (exercise);
      dose = physio_exercise_get_dose_summary (exercise);
      gtk_label_set_label (self->name_label, physio_library_text (physio_exercise_get_name (exercise)));
      gtk_label_set_label (self->meta_label, meta);
      gtk_label_set_label (self->dose_label, dose);
      /* Long doses are ellipsized in the narrow sidebar; the tooltip gives the whole text. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->dose_label), dose);
      gtk_widget_set_visible (self->custom_tag, !physio_exercise_is_builtin (exercise));
      accessible = physio_a11y_join (physio_library_text (physio_exercise_get_name (exercise)),
                                     physio_exercise_is_builtin (exercise) ? ""
                                     : gtk_label_get_text (GTK_LABEL (self->custom_tag)),
                                     meta, dose, NULL);
      /* The list's row, not this widget inside it, is what a screen reader lands on. */
      physio_a11y_name_list_row (GTK_WIDGET (self), accessible);
    }
  else
    {
      gtk_label_set_label (self->name_label, "");
      gtk_label_set_label (self->meta_label, "");
      gtk_label_set_label (self->dose_label, "");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->dose_label), NULL);
      gtk_widget_set_visible (self->custom_tag, FALSE);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

static void
physio_exercise_row_dispose (GObject *object)
{
  PhysioExerciseRow *self = PHYSIO_EXERCISE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_EXERCISE_ROW);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (physio_exercise_row_parent_class)->dispose (object);
}

static void
physio_exercise_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PhysioExerciseRow *self = PHYSIO_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PhysioExerciseRow *self = PHYSIO_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      physio_exercise_row_set_exercise (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_row_class_init (PhysioExerciseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_exercise_row_dispose;
  object_class->get_property = physio_exercise_row_get_property;
  object_class->set_property = physio_exercise_row_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         PHYSIO_TYPE_EXERCISE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-exercise-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseRow, box);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseRow, custom_tag);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseRow, dose_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
physio_exercise_row_init (PhysioExerciseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

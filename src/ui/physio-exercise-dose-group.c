/* physio-exercise-dose-group.c: the exercise editor's starting dose
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-core-enums.h"
#include "physio-exercise-dose-group.h"

#define N_ROWS 9

struct _PhysioExerciseDoseGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  PhysioDoseSpinRow   *rows[N_ROWS];
  AdwEntryRow         *intensity_row;
  AdwEntryRow         *load_row;
  GtkLabel            *dose_error;

  PhysioDosageKind     kind;
  PhysioDose           dose;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (PhysioExerciseDoseGroup, physio_exercise_dose_group,
                     ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_DOSAGE_KIND,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The template's row names, in the order of self->rows. */
static const char * const row_names[N_ROWS] = {
  "sets_row", "reps_row", "hold_row", "duration_row", "distance_row", "steps_row", "rest_row",
  "sessions_row", "days_row",
};

static void
on_spin_row_edited_cb (PhysioExerciseDoseGroup *self,
                       PhysioDoseSpinRow       *row)
{
  if (self->loading)
    return;

  /* Text that is not a number leaves the dose as it was; checking says so on the row. */
  physio_dose_spin_row_store_typed (row, &self->dose);
  g_signal_emit (self, signals[CHANGED], 0);
}

static char *
stripped_text (gpointer editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
on_text_row_changed_cb (PhysioExerciseDoseGroup *self,
                        GtkEditable             *editable)
{
  char **slot;

  if (self->loading)
    return;

  slot = editable == GTK_EDITABLE (self->intensity_row) ? &self->dose.intensity
                                                         : &self->dose.load_text;
  g_free (*slot);
  *slot = stripped_text (editable);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_dosage_kind (PhysioExerciseDoseGroup *self,
                 PhysioDosageKind         kind)
{
  if (self->kind == kind)
    return;

  self->kind = kind;
  for (guint i = 0; i < N_ROWS; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->rows[i]),
                            physio_dose_field_applies (kind, physio_dose_spin_row_get_field (
                                                                 self->rows[i])));
  gtk_widget_set_visible (GTK_WIDGET (self->load_row),
                          physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_LOAD));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSAGE_KIND]);
}

void
physio_exercise_dose_group_load (PhysioExerciseDoseGroup *self,
                                 const PhysioDose        *dose)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE_DOSE_GROUP (self));
  g_return_if_fail (dose != NULL);

  self->loading = TRUE;
  physio_dose_copy_into (&self->dose, dose);
  for (guint i = 0; i < N_ROWS; i++)
    physio_dose_spin_row_load (self->rows[i], dose);
  gtk_editable_set_text (GTK_EDITABLE (self->intensity_row), dose->intensity ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->load_row), dose->load_text ?: "");
  self->loading = FALSE;
}

const PhysioDose *
physio_exercise_dose_group_get_dose (PhysioExerciseDoseGroup *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DOSE_GROUP (self), NULL);

  return &self->dose;
}

/* The row's subtitle while its value is good: the range, or what a number typed here would
 * replace. */
static char *
row_hint (PhysioExerciseDoseGroup *self,
          PhysioDoseField          field,
          const PhysioDoseLimits  *limits)
{
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  guint lo, hi;

  if (field == PHYSIO_DOSE_FIELD_REPS && self->dose.n_pattern > 0)
    {
      g_autofree char *pattern = physio_dose_pattern_to_string (&self->dose);

      return g_strdup_printf (_("Pattern %s; a number here replaces it"), pattern);
    }

  if (field == PHYSIO_DOSE_FIELD_STEPS && self->dose.steps_per_day == 0
      && self->dose.steps_above_baseline > 0)
    return g_strdup_printf (_("Usual steps + %u; a number here replaces it"),
                            self->dose.steps_above_baseline);

  physio_dose_limits_get (limits, field, &lo, &hi);
  lo_text = physio_dose_field_format_amount (field, lo);
  hi_text = physio_dose_field_format_amount (field, hi);
  if (physio_dose_field_required (self->kind, field))
    return g_strdup_printf (_("From %s to %s"), lo_text, hi_text);

  return g_strdup_printf (_("Optional, from %s to %s"), lo_text, hi_text);
}

gboolean
physio_exercise_dose_group_check (PhysioExerciseDoseGroup *self,
                                  const PhysioDoseLimits  *limits)
{
  gboolean valid = TRUE;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DOSE_GROUP (self), FALSE);

  for (guint i = 0; i < N_ROWS; i++)
    {
      PhysioDoseSpinRow *row = self->rows[i];
      PhysioDoseField field = physio_dose_spin_row_get_field (row);
      g_autoptr(GError) error = NULL;
      g_autofree char *hint = NULL;

      if (!physio_dose_field_applies (self->kind, field))
        continue;

      if (!physio_dose_validate_field (&self->dose, self->kind, limits, field, &error))
        {
          physio_dose_spin_row_set_message (row, error->message, TRUE);
          valid = FALSE;
          continue;
        }

      hint = row_hint (self, field, limits);
      physio_dose_spin_row_set_message (row, hint, FALSE);
    }

  return valid;
}

void
physio_exercise_dose_group_show_error (PhysioExerciseDoseGroup *self,
                                       const char              *message)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE_DOSE_GROUP (self));

  gtk_label_set_text (self->dose_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->dose_error), message != NULL);
}

void
physio_exercise_dose_group_commit_typed (PhysioExerciseDoseGroup *self)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE_DOSE_GROUP (self));

  for (guint i = 0; i < N_ROWS; i++)
    gtk_spin_button_update (physio_dose_spin_row_get_spin (self->rows[i]));
}

PhysioDoseSpinRow *
physio_exercise_dose_group_get_row (PhysioExerciseDoseGroup *self,
                                    PhysioDoseField          field)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DOSE_GROUP (self), NULL);

  for (guint i = 0; i < N_ROWS; i++)
    if (physio_dose_spin_row_get_field (self->rows[i]) == field)
      return self->rows[i];

  g_return_val_if_reached (NULL);
}

GtkWidget *
physio_exercise_dose_group_get_intensity_row (PhysioExerciseDoseGroup *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DOSE_GROUP (self), NULL);

  return GTK_WIDGET (self->intensity_row);
}

static void
physio_exercise_dose_group_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PhysioExerciseDoseGroup *self = PHYSIO_EXERCISE_DOSE_GROUP (object);

  switch (prop_id)
    {
    case PROP_DOSAGE_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_dose_group_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PhysioExerciseDoseGroup *self = PHYSIO_EXERCISE_DOSE_GROUP (object);

  switch (prop_id)
    {
    case PROP_DOSAGE_KIND:
      set_dosage_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_dose_group_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PHYSIO_TYPE_EXERCISE_DOSE_GROUP);

  G_OBJECT_CLASS (physio_exercise_dose_group_parent_class)->dispose (object);
}

static void
physio_exercise_dose_group_finalize (GObject *object)
{
  PhysioExerciseDoseGroup *self = PHYSIO_EXERCISE_DOSE_GROUP (object);

  physio_dose_clear (&self->dose);

  G_OBJECT_CLASS (physio_exercise_dose_group_parent_class)->finalize (object);
}

static void
physio_exercise_dose_group_class_init (PhysioExerciseDoseGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_exercise_dose_group_dispose;
  object_class->finalize = physio_exercise_dose_group_finalize;
  object_class->get_property = physio_exercise_dose_group_get_property;
  object_class->set_property = physio_exercise_dose_group_set_property;

  /* The editor binds its exercise's "dosage-kind" here; the rows follow it. */
  properties[PROP_DOSAGE_KIND] =
    g_param_spec_enum ("dosage-kind", NULL, NULL,
                       PHYSIO_TYPE_DOSAGE_KIND, PHYSIO_DOSAGE_PRACTICE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PHYSIO_TYPE_DOSE_SPIN_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-exercise-dose-group.ui");
  for (guint i = 0; i < N_ROWS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, row_names[i], FALSE,
                                               G_STRUCT_OFFSET (PhysioExerciseDoseGroup, rows)
                                               + i * sizeof (gpointer));
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDoseGroup, intensity_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDoseGroup, load_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDoseGroup, dose_error);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_row_edited_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_row_changed_cb);
}

static void
physio_exercise_dose_group_init (PhysioExerciseDoseGroup *self)
{
  self->dose = (PhysioDose) PHYSIO_DOSE_INIT;
  /* Not a kind, so the first one set shows its rows. */
  self->kind = (PhysioDosageKind) -1;

  gtk_widget_init_template (GTK_WIDGET (self));
}

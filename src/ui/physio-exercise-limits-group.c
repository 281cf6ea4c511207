/* physio-exercise-limits-group.c: the exercise editor's dose limits
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "physio-core-enums.h"
#include "physio-dose-field.h"
#include "physio-dose-spin-row.h"
#include "physio-exercise-limits-group.h"
#include "physio-form.h"

/* The fields with limits of their own in the editor, in the order the dose shows them. */
static const PhysioDoseField limit_fields[] = {
  PHYSIO_DOSE_FIELD_SETS, PHYSIO_DOSE_FIELD_REPS, PHYSIO_DOSE_FIELD_HOLD,
  PHYSIO_DOSE_FIELD_DURATION, PHYSIO_DOSE_FIELD_DISTANCE, PHYSIO_DOSE_FIELD_STEPS,
  PHYSIO_DOSE_FIELD_REST, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,
};

#define N_ROWS G_N_ELEMENTS (limit_fields)

typedef struct
{
  AdwActionRow  *row;
  GtkSpinButton *lowest;
  GtkSpinButton *highest;
} LimitRow;

struct _PhysioExerciseLimitsGroup
{
  AdwPreferencesGroup  parent_instance;

  LimitRow             rows[N_ROWS];
  PhysioDosageKind     kind;
  PhysioDoseLimits     limits;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (PhysioExerciseLimitsGroup, physio_exercise_limits_group,
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

static int
row_index (PhysioDoseField field)
{
  for (guint i = 0; i < N_ROWS; i++)
    if (limit_fields[i] == field)
      return (int) i;

  return -1;
}

/* The typed value in stored units, or the end's value in force when the text is no number. */
static guint
read_end (GtkSpinButton   *spin,
          PhysioDoseField  field)
{
  double value;

  if (!physio_dose_spin_read_typed (spin, &value))
    value = gtk_spin_button_get_value (spin);

  return (guint) lround (MAX (value, 0) * physio_dose_field_info (field)->scale);
}

static void
on_limit_edited_cb (GtkSpinButton             *spin,
                    PhysioExerciseLimitsGroup *self)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "physio-row-index"));
  PhysioDoseField field = limit_fields[i];

  if (self->loading)
    return;

  self->limits.min[field] = read_end (self->rows[i].lowest, field);
  self->limits.max[field] = read_end (self->rows[i].highest, field);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkSpinButton *
make_end (PhysioExerciseLimitsGroup *self,
          guint                      i,
          const char                *accessible_label)
{
  GtkWidget *spin = gtk_spin_button_new (NULL, 1, 0);

  physio_dose_spin_configure (GTK_SPIN_BUTTON (spin), limit_fields[i], FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 5);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  g_object_set_data (G_OBJECT (spin), "physio-row-index", GUINT_TO_POINTER (i));
  g_signal_connect_object (spin, "changed", G_CALLBACK (on_limit_edited_cb), self, 0);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_limit_edited_cb), self, 0);
  return GTK_SPIN_BUTTON (spin);
}

static void
build_rows (PhysioExerciseLimitsGroup *self)
{
  for (guint i = 0; i < N_ROWS; i++)
    {
      const PhysioDoseFieldInfo *info = physio_dose_field_info (limit_fields[i]);
      const char *title = _(info->title);
      g_autofree char *lowest = g_strdup_printf (_("%s, lowest"), title);
      g_autofree char *highest = g_strdup_printf (_("%s, highest"), title);
      LimitRow *limit_row = &self->rows[i];
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *to = gtk_label_new (_("to"));
      GtkWidget *unit = gtk_label_new (info->unit != NULL ? _(info->unit) : NULL);

      limit_row->lowest = make_end (self, i, lowest);
      limit_row->highest = make_end (self, i, highest);
      gtk_widget_add_css_class (to, "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (limit_row->lowest));
      gtk_box_append (GTK_BOX (box), to);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (limit_row->highest));

      /* Every row has a unit label, empty for plain counts, so the boxes line up. */
      gtk_label_set_width_chars (GTK_LABEL (unit), 3);
      gtk_label_set_xalign (GTK_LABEL (unit), 0);
      gtk_widget_add_css_class (unit, "dim-label");

      limit_row->row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (limit_row->row), title);
      adw_action_row_add_suffix (limit_row->row, box);
      adw_action_row_add_suffix (limit_row->row, unit);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (limit_row->row));
    }
}

static void
set_dosage_kind (PhysioExerciseLimitsGroup *self,
                 PhysioDosageKind           kind)
{
  if (self->kind == kind)
    return;

  self->kind = kind;
  for (guint i = 0; i < N_ROWS; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->rows[i].row),
                            physio_dose_field_applies (kind, limit_fields[i]));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSAGE_KIND]);
}

void
physio_exercise_limits_group_load (PhysioExerciseLimitsGroup *self,
                                   const PhysioDoseLimits    *limits)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE_LIMITS_GROUP (self));
  g_return_if_fail (limits != NULL);

  self->loading = TRUE;
  self->limits = *limits;
  for (guint i = 0; i < N_ROWS; i++)
    {
      guint scale = physio_dose_field_info (limit_fields[i])->scale;
      guint lo, hi;

      /* The limits in force: the exercise's own, else the absolute range. */
      physio_dose_limits_get (limits, limit_fields[i], &lo, &hi);
      physio_dose_spin_show_value (self->rows[i].lowest, (double) lo / scale);
      physio_dose_spin_show_value (self->rows[i].highest, (double) hi / scale);
    }
  self->loading = FALSE;
}

const PhysioDoseLimits *
physio_exercise_limits_group_get_limits (PhysioExerciseLimitsGroup *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_LIMITS_GROUP (self), NULL);

  return &self->limits;
}

gboolean
physio_exercise_limits_group_check (PhysioExerciseLimitsGroup *self)
{
  gboolean valid = TRUE;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_LIMITS_GROUP (self), FALSE);

  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!physio_dose_field_applies (self->kind, limit_fields[i]))
        continue;

      /* The core's rule, so the editor refuses exactly what an import is refused for. */
      if (physio_dose_limits_validate_field (&self->limits, limit_fields[i], &error))
        {
          physio_form_set_row_message (self->rows[i].row, NULL, FALSE);
          continue;
        }

      physio_form_set_row_message (self->rows[i].row, error->message, TRUE);
      valid = FALSE;
    }

  return valid;
}

void
physio_exercise_limits_group_commit_typed (PhysioExerciseLimitsGroup *self)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE_LIMITS_GROUP (self));

  for (guint i = 0; i < N_ROWS; i++)
    {
      gtk_spin_button_update (self->rows[i].lowest);
      gtk_spin_button_update (self->rows[i].highest);
    }
}

GtkWidget *
physio_exercise_limits_group_get_row (PhysioExerciseLimitsGroup *self,
                                      PhysioDoseField            field)
{
  int i = row_index (field);

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_LIMITS_GROUP (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return GTK_WIDGET (self->rows[i].row);
}

GtkWidget *
physio_exercise_limits_group_get_spin (PhysioExerciseLimitsGroup *self,
                                       PhysioDoseField            field,
                                       gboolean                   highest)
{
  int i = row_index (field);

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_LIMITS_GROUP (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return GTK_WIDGET (highest ? self->rows[i].highest : self->rows[i].lowest);
}

static void
physio_exercise_limits_group_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  PhysioExerciseLimitsGroup *self = PHYSIO_EXERCISE_LIMITS_GROUP (object);

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
physio_exercise_limits_group_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  PhysioExerciseLimitsGroup *self = PHYSIO_EXERCISE_LIMITS_GROUP (object);

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
physio_exercise_limits_group_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PHYSIO_TYPE_EXERCISE_LIMITS_GROUP);

  G_OBJECT_CLASS (physio_exercise_limits_group_parent_class)->dispose (object);
}

static void
physio_exercise_limits_group_class_init (PhysioExerciseLimitsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_exercise_limits_group_dispose;
  object_class->get_property = physio_exercise_limits_group_get_property;
  object_class->set_property = physio_exercise_limits_group_set_property;

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-exercise-limits-group.ui");
}

static void
physio_exercise_limits_group_init (PhysioExerciseLimitsGroup *self)
{
  self->kind = (PhysioDosageKind) -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  build_rows (self);
}

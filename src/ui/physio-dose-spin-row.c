/* physio-dose-spin-row.c: one number of a dose, typed in its own unit, in a row
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-dose-spin-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "physio-core-enums.h"
#include "physio-dose-spin-row.h"
#include "physio-form.h"

struct _PhysioDoseSpinRow
{
  AdwActionRow     parent_instance;

  /* Template widgets */
  GtkSpinButton   *spin;

  PhysioDoseField  field;
  gboolean         blank_unset;
};

G_DEFINE_FINAL_TYPE (PhysioDoseSpinRow, physio_dose_spin_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_FIELD,
  PROP_BLANK_UNSET,
  PROP_VALUE,
  PROP_UNIT,
  N_PROPS
};

enum
{
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The box */

/* Whether an empty box means the lowest value, "not set", for @spin. */
static gboolean
blanks_lowest (GtkSpinButton *spin)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "physio-blank-unset"));
}

/* Whole numbers read as such (12, not 12.00); a fraction shows the decimals it needs, up to
 * the field's digits, in the user's own decimal mark. The parser takes either mark back. */
static char *
format_value (GtkSpinButton *spin,
              double         value)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  guint digits = gtk_spin_button_get_digits (spin);
  char *text;
  char *end;

  if (blanks_lowest (spin) && value <= gtk_adjustment_get_lower (adjustment))
    return g_strdup ("");

  if (fabs (value - round (value)) < 1e-9 || digits == 0)
    return g_strdup_printf ("%.0f", value);

  text = g_strdup_printf ("%.*f", digits, value);
  end = text + strlen (text) - 1;
  while (*end == '0')
    *end-- = '\0';
  return text;
}

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   gpointer       user_data)
{
  g_autofree char *text = format_value (spin, gtk_spin_button_get_value (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    {
      if (!blanks_lowest (spin))
        return GTK_INPUT_ERROR;
      *new_value = gtk_adjustment_get_lower (gtk_spin_button_get_adjustment (spin));
      return TRUE;
    }

  if (!physio_parse_decimal (stripped, new_value))
    return GTK_INPUT_ERROR;

  return TRUE;
}

void
physio_dose_spin_configure (GtkSpinButton   *spin,
                            PhysioDoseField  field,
                            gboolean         blank_unset)
{
  const PhysioDoseFieldInfo *info;
  GtkAdjustment *adjustment;
  GtkEditable *text;
  double lower;
  double upper;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  info = physio_dose_field_info (field);
  g_return_if_fail (info != NULL);

  /* The box takes far more than the absolute range, so a value outside it reaches the core's
   * check and is refused with the reason there, rather than clamped behind the clinician's
   * back; below the range only the unset value. */
  lower = blank_unset ? info->unset / info->scale : 0;
  upper = info->scale > 1 ? 9999 : 99999;
  adjustment = gtk_adjustment_new (lower, lower, upper, physio_dose_field_step (field),
                                   physio_dose_field_step (field) * 5, 0);

  g_object_set_data (G_OBJECT (spin), "physio-blank-unset", GINT_TO_POINTER (blank_unset));
  if (g_object_get_data (G_OBJECT (spin), "physio-configured") == NULL)
    {
      g_object_set_data (G_OBJECT (spin), "physio-configured", GINT_TO_POINTER (TRUE));
      g_signal_connect (spin, "output", G_CALLBACK (on_spin_output_cb), NULL);
      g_signal_connect (spin, "input", G_CALLBACK (on_spin_input_cb), NULL);

      /* GTK 4.8 has no activates-default on spin buttons (4.14 adds it), but its text does. */
      text = gtk_editable_get_delegate (GTK_EDITABLE (spin));
      if (GTK_IS_TEXT (text))
        gtk_text_set_activates_default (GTK_TEXT (text), TRUE);
    }

  /* Not numeric: that would refuse the comma in an English locale, and the point in a German
   * one. The parser takes both; text that is not a number is refused and the value stays. */
  gtk_spin_button_set_numeric (spin, FALSE);
  gtk_spin_button_set_update_policy (spin, GTK_UPDATE_IF_VALID);
  gtk_spin_button_configure (spin, adjustment, physio_dose_field_step (field), info->digits);
}

gboolean
physio_dose_spin_read_typed (GtkSpinButton *spin,
                             double        *value)
{
  GtkAdjustment *adjustment;
  g_autofree char *text = NULL;
  double parsed;

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  /* A spin button commits its text only on Enter or when it loses focus; reading the text
   * lets checks follow each key press. */
  adjustment = gtk_spin_button_get_adjustment (spin);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  if (*text == '\0')
    {
      *value = blanks_lowest (spin) ? gtk_adjustment_get_lower (adjustment)
                                    : gtk_spin_button_get_value (spin);
      return TRUE;
    }

  if (!physio_parse_decimal (text, &parsed) || parsed < gtk_adjustment_get_lower (adjustment))
    return FALSE;

  *value = MIN (parsed, gtk_adjustment_get_upper (adjustment));
  return TRUE;
}

void
physio_dose_spin_show_value (GtkSpinButton *spin,
                             double         value)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  gtk_spin_button_set_value (spin, value);
  /* set_value does nothing when the value is unchanged, but the box may still hold a refused
   * entry: show the value in force again. */
  on_spin_output_cb (spin, NULL);
}

/* The row */

static void
on_spin_edited_cb (PhysioDoseSpinRow *self)
{
  g_signal_emit (self, signals[EDITED], 0);
}

static void
on_spin_value_changed_cb (PhysioDoseSpinRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
  g_signal_emit (self, signals[EDITED], 0);
}

GtkWidget *
physio_dose_spin_row_new (PhysioDoseField field,
                          gboolean        blank_unset)
{
  return g_object_new (PHYSIO_TYPE_DOSE_SPIN_ROW,
                       "blank-unset", blank_unset,
                       "field", field,
                       NULL);
}

PhysioDoseField
physio_dose_spin_row_get_field (PhysioDoseSpinRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self), PHYSIO_DOSE_FIELD_NONE);

  return self->field;
}

void
physio_dose_spin_row_set_field (PhysioDoseSpinRow *self,
                                PhysioDoseField    field)
{
  const PhysioDoseFieldInfo *info;
  const char *title;

  g_return_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self));
  g_return_if_fail (field >= 0 && field < PHYSIO_N_DOSE_FIELDS);

  if (self->field == field)
    return;

  info = physio_dose_field_info (field);
  self->field = field;
  physio_dose_spin_configure (self->spin, field, self->blank_unset);

  /* A title given by the .ui or the caller ("Weight" for the load) stays. */
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  if (title == NULL || *title == '\0')
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _(info->title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

static void
set_blank_unset (PhysioDoseSpinRow *self,
                 gboolean           blank_unset)
{
  blank_unset = !!blank_unset;
  if (self->blank_unset == blank_unset)
    return;

  self->blank_unset = blank_unset;
  if (self->field != PHYSIO_DOSE_FIELD_NONE)
    physio_dose_spin_configure (self->spin, self->field, blank_unset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK_UNSET]);
}

double
physio_dose_spin_row_get_value (PhysioDoseSpinRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self), 0);

  return gtk_spin_button_get_value (self->spin);
}

void
physio_dose_spin_row_set_value (PhysioDoseSpinRow *self,
                                double             value)
{
  g_return_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self));

  /* The spin button's "value-changed" notifies "value". */
  physio_dose_spin_show_value (self->spin, value);
}

GtkSpinButton *
physio_dose_spin_row_get_spin (PhysioDoseSpinRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self), NULL);

  return self->spin;
}

gboolean
physio_dose_spin_row_read_typed (PhysioDoseSpinRow *self,
                                 double            *value)
{
  g_return_val_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self), FALSE);

  return physio_dose_spin_read_typed (self->spin, value);
}

void
physio_dose_spin_row_load (PhysioDoseSpinRow *self,
                           const PhysioDose  *dose)
{
  g_return_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self));
  g_return_if_fail (dose != NULL);

  physio_dose_spin_row_set_value (self, physio_dose_field_get_shown (dose, self->field));
}

gboolean
physio_dose_spin_row_store_typed (PhysioDoseSpinRow *self,
                                  PhysioDose        *dose)
{
  double value;

  g_return_val_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self), FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);

  if (!physio_dose_spin_read_typed (self->spin, &value))
    return FALSE;

  physio_dose_field_set_shown (dose, self->field, value);
  return TRUE;
}

void
physio_dose_spin_row_set_message (PhysioDoseSpinRow *self,
                                  const char        *message,
                                  gboolean           invalid)
{
  g_return_if_fail (PHYSIO_IS_DOSE_SPIN_ROW (self));

  physio_form_set_row_message (ADW_ACTION_ROW (self), message, invalid);
}

/* GObject */

static void
physio_dose_spin_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PhysioDoseSpinRow *self = PHYSIO_DOSE_SPIN_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_enum (value, self->field);
      break;
    case PROP_BLANK_UNSET:
      g_value_set_boolean (value, self->blank_unset);
      break;
    case PROP_VALUE:
      g_value_set_double (value, gtk_spin_button_get_value (self->spin));
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->field != PHYSIO_DOSE_FIELD_NONE
                                 ? physio_dose_field_unit (self->field) : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_dose_spin_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PhysioDoseSpinRow *self = PHYSIO_DOSE_SPIN_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      physio_dose_spin_row_set_field (self, g_value_get_enum (value));
      break;
    case PROP_BLANK_UNSET:
      set_blank_unset (self, g_value_get_boolean (value));
      break;
    case PROP_VALUE:
      physio_dose_spin_row_set_value (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_dose_spin_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PHYSIO_TYPE_DOSE_SPIN_ROW);

  G_OBJECT_CLASS (physio_dose_spin_row_parent_class)->dispose (object);
}

static void
physio_dose_spin_row_class_init (PhysioDoseSpinRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_dose_spin_row_dispose;
  object_class->get_property = physio_dose_spin_row_get_property;
  object_class->set_property = physio_dose_spin_row_set_property;

  properties[PROP_FIELD] =
    g_param_spec_enum ("field", NULL, NULL,
                       PHYSIO_TYPE_DOSE_FIELD, PHYSIO_DOSE_FIELD_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Set before the field when both are given, as g_object_new () sets them in order. */
  properties[PROP_BLANK_UNSET] =
    g_param_spec_boolean ("blank-unset", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-dose-spin-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioDoseSpinRow, spin);
}

static void
physio_dose_spin_row_init (PhysioDoseSpinRow *self)
{
  self->field = PHYSIO_DOSE_FIELD_NONE;
  self->blank_unset = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->spin, "changed", G_CALLBACK (on_spin_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

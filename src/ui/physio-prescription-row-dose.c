/* physio-prescription-row-dose.c: the dose fields of an opened prescription row
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-prescription-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "physio-form.h"
#include "physio-prescription-row-private.h"
#include "physio-units.h"

static PhysioDosageKind
get_kind (PhysioPrescriptionRow *self)
{
  return physio_prescription_get_dosage_kind (self->prescription);
}

/* The number rows of the dose, top to bottom; times a day is the schedule's. */
static PhysioDoseSpinRow *
number_row (PhysioPrescriptionRow *self,
            guint                  i)
{
  PhysioDoseSpinRow *rows[] = {
    self->sets_row, self->hold_row, self->duration_row, self->distance_row, self->steps_row,
    self->rest_row,
  };

  return i < G_N_ELEMENTS (rows) ? rows[i] : NULL;
}

/* "From 5 s to 10 s", or "Optional, from 0 s to 10 min". */
static char *
range_hint (PhysioPrescriptionRow *self,
            PhysioDoseField        field)
{
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  guint lo, hi;

  physio_dose_limits_get (_physio_prescription_row_get_limits (self), field, &lo, &hi);
  if (field == PHYSIO_DOSE_FIELD_REST)
    lo = 0;

  lo_text = physio_dose_field_format_amount (field, lo);
  hi_text = physio_dose_field_format_amount (field, hi);

  if (physio_dose_field_required (get_kind (self), field))
    /* TRANSLATORS: the allowed range of a dose field, "From 5 s to 10 s" */
    return g_strdup_printf (_("From %s to %s"), lo_text, hi_text);

  return g_strdup_printf (_("Optional, from %s to %s"), lo_text, hi_text);
}

static char *
reps_hint (PhysioPrescriptionRow *self)
{
  guint lo, hi;

  physio_dose_limits_get (_physio_prescription_row_get_limits (self), PHYSIO_DOSE_FIELD_REPS,
                          &lo, &hi);
  /* TRANSLATORS: the hint of the repetitions field; a pyramid is "6-4-2" */
  return g_strdup_printf (_("From %u to %u, or a pyramid such as 6-4-2"), lo, hi);
}

void
_physio_prescription_row_update_dose (PhysioPrescriptionRow *self)
{
  const PhysioDose *dose = physio_prescription_get_current_dose (self->prescription);
  PhysioDosageKind kind = get_kind (self);
  gboolean load_applies = physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_LOAD);
  PhysioDoseSpinRow *row;
  g_autofree char *reps_text = NULL;
  g_autofree char *hint = NULL;

  for (guint i = 0; (row = number_row (self, i)) != NULL; i++)
    {
      PhysioDoseField field = physio_dose_spin_row_get_field (row);
      gboolean applies = physio_dose_field_applies (kind, field);
      g_autofree char *range = NULL;

      gtk_widget_set_visible (GTK_WIDGET (row), applies);
      if (!applies)
        continue;

      physio_dose_spin_row_load (row, dose);
      range = range_hint (self, field);
      physio_dose_spin_row_set_message (row, range, FALSE);
    }

  /* A pyramid replaces sets × reps: the sets come from it, so they are not typed then. */
  gtk_widget_set_sensitive (GTK_WIDGET (physio_dose_spin_row_get_spin (self->sets_row)),
                            dose->n_pattern == 0);
  if (dose->n_pattern > 0)
    physio_dose_spin_row_set_message (self->sets_row, _("Set by the pyramid"), FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->reps_row),
                          physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_REPS));
  if (dose->n_pattern > 0)
    reps_text = physio_dose_pattern_to_string (dose);
  else if (dose->reps > 0)
    reps_text = g_strdup_printf ("%u", dose->reps);
  else
    reps_text = g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->reps_entry), reps_text);
  hint = reps_hint (self);
  _physio_prescription_row_set_message (ADW_PREFERENCES_ROW (self->reps_row), hint, FALSE);

  if (dose->steps_per_day == 0 && dose->steps_above_baseline > 0)
    {
      g_autofree char *usual = NULL;

      usual = g_strdup_printf (_("Usual steps + %u a day; a number here replaces it"),
                               dose->steps_above_baseline);
      physio_dose_spin_row_set_message (self->steps_row, usual, FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->load_kind_row), load_applies);
  adw_combo_row_set_selected (self->load_kind_row, dose->load_kind);
  gtk_widget_set_visible (GTK_WIDGET (self->load_kg_row),
                          load_applies && dose->load_kind == PHYSIO_LOAD_KG);
  physio_dose_spin_row_load (self->load_kg_row, dose);
  physio_dose_spin_row_set_message (self->load_kg_row, NULL, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->load_band_row),
                          load_applies && dose->load_kind == PHYSIO_LOAD_BAND);
  adw_combo_row_set_selected (self->load_band_row,
                              dose->band_level > 0 ? dose->band_level - 1 : PHYSIO_BAND_LIGHT - 1);
  gtk_widget_set_visible (GTK_WIDGET (self->load_text_row),
                          load_applies && dose->load_kind != PHYSIO_LOAD_NONE);
  gtk_editable_set_text (GTK_EDITABLE (self->load_text_row),
                         dose->load_text != NULL ? dose->load_text : "");
  gtk_editable_set_text (GTK_EDITABLE (self->intensity_row),
                         dose->intensity != NULL ? dose->intensity : "");
}

/* Applying changes */

typedef void (*DoseEdit) (PhysioDose *dose,
                          gpointer    data);

/* Makes one edit to the dose in force and to the ladder step it comes from, after checking
 * @field of the result against the exercise's limits. A refused value changes nothing. */
static gboolean
apply_dose_edit (PhysioPrescriptionRow *self,
                 const char            *label,
                 PhysioDoseField        field,
                 AdwPreferencesRow     *row,
                 DoseEdit               edit,
                 gpointer               data)
{
  PhysioPrescription *prescription = self->prescription;
  g_auto(PhysioDose) current = PHYSIO_DOSE_INIT;
  g_auto(PhysioDose) planned = PHYSIO_DOSE_INIT;
  g_autoptr(GError) error = NULL;
  guint step = physio_prescription_get_ladder_step (prescription);
  gboolean has_step = step < physio_prescription_get_n_planned (prescription);

  physio_dose_copy_into (&current, physio_prescription_get_current_dose (prescription));
  edit (&current, data);

  if (field != PHYSIO_DOSE_FIELD_NONE &&
      !physio_dose_validate_field (&current, get_kind (self),
                                   _physio_prescription_row_get_limits (self), field, &error))
    {
      _physio_prescription_row_set_message (row, error->message, TRUE);
      return FALSE;
    }

  /* The value in force typed again: nothing to save, only the field to tidy. */
  if (physio_dose_equal (&current, physio_prescription_get_current_dose (prescription)))
    {
      _physio_prescription_row_update_fields (self);
      return TRUE;
    }

  if (has_step)
    {
      physio_dose_copy_into (&planned, physio_prescription_get_planned (prescription, step));
      edit (&planned, data);
    }

  physio_undo_stack_begin (self->undo_stack, label);
  /* The planned step first: the current dose's change is what the row redraws on. */
  if (has_step)
    physio_prescription_set_planned (prescription, step, &planned);
  physio_prescription_set_current_dose (prescription, &current);
  return _physio_prescription_row_commit (self, row);
}

typedef struct
{
  PhysioDoseField field;
  double          shown;
} FieldValue;

/* The core turns the shown value into the stored one: minutes into seconds, an empty rest
 * into "not set", a typed count in place of a pyramid. */
static void
edit_field (PhysioDose *dose,
            gpointer    data)
{
  const FieldValue *change = data;

  physio_dose_field_set_shown (dose, change->field, change->shown);
}

static void
on_number_changed_cb (PhysioDoseSpinRow     *row,
                      GParamSpec            *pspec,
                      PhysioPrescriptionRow *self)
{
  FieldValue change = { physio_dose_spin_row_get_field (row), 0 };

  if (self->updating)
    return;

  change.shown = physio_dose_spin_row_get_value (row);
  apply_dose_edit (self, _("Change dose"), change.field, ADW_PREFERENCES_ROW (row), edit_field,
                   &change);
}

static void
edit_reps (PhysioDose *dose,
           gpointer    data)
{
  const char *text = data;

  if (strchr (text, '-') != NULL)
    {
      physio_dose_parse_pattern (dose, text);
      return;
    }

  dose->n_pattern = 0;
  dose->reps = (guint) strtoul (text, NULL, 10);
}

static void
on_reps_activate_cb (PhysioPrescriptionRow *self)
{
  g_autofree char *text = _physio_prescription_row_entry_text (self->reps_entry);
  const PhysioDose *dose = physio_prescription_get_current_dose (self->prescription);
  g_auto(PhysioDose) probe = PHYSIO_DOSE_INIT;
  gboolean valid = TRUE;

  if (self->updating)
    return;

  /* What the text must look like is checked here; the numbers are the core's to judge. */
  if (strchr (text, '-') != NULL)
    {
      physio_dose_copy_into (&probe, dose);
      valid = physio_dose_parse_pattern (&probe, text) && probe.n_pattern > 0;
    }
  else
    {
      for (const char *c = text; *c != '\0'; c++)
        valid &= g_ascii_isdigit (*c);
    }

  if (!valid)
    {
      _physio_prescription_row_set_message (ADW_PREFERENCES_ROW (self->reps_row),
                                            _("Type a number of repetitions, or a pyramid such "
                                              "as 6-4-2."), TRUE);
      return;
    }

  apply_dose_edit (self, _("Change dose"), PHYSIO_DOSE_FIELD_REPS,
                   ADW_PREFERENCES_ROW (self->reps_row), edit_reps, text);
}

typedef struct
{
  PhysioLoadKind  kind;
  double          kg;
  PhysioBandLevel band;
  const char     *text;
  gboolean        set_text;
} LoadChange;

static void
edit_load (PhysioDose *dose,
           gpointer    data)
{
  const LoadChange *change = data;

  dose->load_kind = change->kind;
  dose->load_kg = change->kind == PHYSIO_LOAD_KG ? change->kg : 0;
  dose->band_level = change->kind == PHYSIO_LOAD_BAND ? change->band : 0;
  if (change->set_text)
    {
      g_free (dose->load_text);
      dose->load_text = change->text != NULL && *change->text != '\0' ? g_strdup (change->text)
                                                                        : NULL;
    }
  if (change->kind == PHYSIO_LOAD_NONE)
    g_clear_pointer (&dose->load_text, g_free);
}

static void
apply_load (PhysioPrescriptionRow *self,
            AdwPreferencesRow     *row,
            gboolean               set_text)
{
  const PhysioDose *dose = physio_prescription_get_current_dose (self->prescription);
  g_autofree char *text = _physio_prescription_row_entry_text (self->load_text_row);
  LoadChange change = {
    .kind = adw_combo_row_get_selected (self->load_kind_row),
    .kg = physio_units_weight_from_shown (physio_dose_spin_row_get_value (self->load_kg_row)),
    .band = adw_combo_row_get_selected (self->load_band_row) + 1,
    .text = text,
    .set_text = set_text,
  };

  /* A new weight starts from something sensible rather than an empty, refused box: the
   * last weight, or one of whichever unit the clinician reads. */
  if (change.kind == PHYSIO_LOAD_KG && change.kg <= 0)
    change.kg = dose->load_kind == PHYSIO_LOAD_KG && dose->load_kg > 0
                ? dose->load_kg : physio_units_weight_from_shown (1);

  apply_dose_edit (self, _("Change load"), PHYSIO_DOSE_FIELD_LOAD, row, edit_load, &change);
}

static void
on_load_kind_changed_cb (PhysioPrescriptionRow *self)
{
  if (!self->updating)
    apply_load (self, ADW_PREFERENCES_ROW (self->load_kind_row), FALSE);
}

static void
on_load_kg_changed_cb (PhysioPrescriptionRow *self)
{
  if (!self->updating)
    apply_load (self, ADW_PREFERENCES_ROW (self->load_kg_row), FALSE);
}

static void
on_load_band_changed_cb (PhysioPrescriptionRow *self)
{
  if (!self->updating)
    apply_load (self, ADW_PREFERENCES_ROW (self->load_band_row), FALSE);
}

static void
on_load_text_apply_cb (PhysioPrescriptionRow *self)
{
  const char *old = physio_prescription_get_current_dose (self->prescription)->load_text;
  g_autofree char *text = _physio_prescription_row_entry_text (self->load_text_row);

  if (!self->updating && g_strcmp0 (old != NULL ? old : "", text) != 0)
    apply_load (self, ADW_PREFERENCES_ROW (self->load_text_row), TRUE);
}

static void
edit_intensity (PhysioDose *dose,
                gpointer    data)
{
  const char *text = data;

  g_free (dose->intensity);
  dose->intensity = *text != '\0' ? g_strdup (text) : NULL;
}

static void
on_intensity_apply_cb (PhysioPrescriptionRow *self)
{
  g_autofree char *text = _physio_prescription_row_entry_text (self->intensity_row);

  if (!self->updating)
    apply_dose_edit (self, _("Change intensity"), PHYSIO_DOSE_FIELD_NONE,
                     ADW_PREFERENCES_ROW (self->intensity_row), edit_intensity, text);
}

void
_physio_prescription_row_setup_dose (PhysioPrescriptionRow *self)
{
  PhysioDoseSpinRow *row;

  for (guint i = 0; (row = number_row (self, i)) != NULL; i++)
    g_signal_connect (row, "notify::value", G_CALLBACK (on_number_changed_cb), self);

  g_signal_connect_swapped (self->load_kg_row, "notify::value",
                            G_CALLBACK (on_load_kg_changed_cb), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reps_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Repetitions"), -1);
  g_signal_connect_swapped (self->reps_entry, "activate", G_CALLBACK (on_reps_activate_cb), self);
  _physio_prescription_row_on_focus_leave (self, GTK_WIDGET (self->reps_entry),
                                           G_CALLBACK (on_reps_activate_cb));

  g_signal_connect_swapped (self->load_kind_row, "notify::selected",
                            G_CALLBACK (on_load_kind_changed_cb), self);
  g_signal_connect_swapped (self->load_band_row, "notify::selected",
                            G_CALLBACK (on_load_band_changed_cb), self);

  g_signal_connect_swapped (self->load_text_row, "apply", G_CALLBACK (on_load_text_apply_cb), self);
  g_signal_connect_swapped (self->load_text_row, "entry-activated",
                            G_CALLBACK (on_load_text_apply_cb), self);
  g_signal_connect_swapped (self->intensity_row, "apply", G_CALLBACK (on_intensity_apply_cb), self);
  g_signal_connect_swapped (self->intensity_row, "entry-activated",
                            G_CALLBACK (on_intensity_apply_cb), self);
  _physio_prescription_row_on_focus_leave (self, GTK_WIDGET (self->load_text_row),
                                           G_CALLBACK (on_load_text_apply_cb));
  _physio_prescription_row_on_focus_leave (self, GTK_WIDGET (self->intensity_row),
                                           G_CALLBACK (on_intensity_apply_cb));
}

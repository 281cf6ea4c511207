/* physio-prescription-row.c: one exercise of a programme in the builder, with its dose
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-prescription-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "physio-form.h"
#include "physio-ladder.h"
#include "physio-programme-check.h"
#include "physio-programme-window-private.h"
#include "physio-prescription-row-private.h"

/* The number fields of a dose, as the row shows them. */
typedef struct
{
  PhysioDoseField  field;
  guint            scale;   /* stored units per shown unit: durations are stored in seconds */
  double           step;
  guint            digits;
  int              blank;   /* the stored value an empty box means: 0, or -1 for rest */
  const char      *unit;    /* for the hint: "From 8 to 15 seconds" */
} NumberField;

static const NumberField number_fields[] = {
  { PHYSIO_DOSE_FIELD_SETS,             1,  1,   0, 0,  NULL },
  { PHYSIO_DOSE_FIELD_HOLD,             1,  1,   0, 0,  N_("seconds") },
  { PHYSIO_DOSE_FIELD_DURATION,         60, 1,   1, 0,  N_("minutes") },
  { PHYSIO_DOSE_FIELD_DISTANCE,         1,  5,   0, 0,  N_("metres") },
  { PHYSIO_DOSE_FIELD_STEPS,            1,  500, 0, 0,  N_("steps") },
  { PHYSIO_DOSE_FIELD_REST,             1,  15,  0, -1, N_("seconds") },
  { PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, 1,  1,   0, 0,  NULL },
};

#define N_NUMBER_FIELDS G_N_ELEMENTS (number_fields)
#define N_DAYS 7

struct _PhysioPrescriptionRow
{
  AdwExpanderRow      parent_instance;

  /* Template widgets */
  GtkImage           *drag_handle;
  GtkImage           *caution_icon;

  /* The fields, from physio-prescription-fields.ui, once the row has been opened */
  gboolean            fields_built;
  AdwActionRow       *caution_row;
  AdwActionRow       *sets_row;
  GtkSpinButton      *sets_spin;
  AdwActionRow       *reps_row;
  GtkEntry           *reps_entry;
  AdwActionRow       *hold_row;
  GtkSpinButton      *hold_spin;
  AdwActionRow       *duration_row;
  GtkSpinButton      *duration_spin;
  AdwActionRow       *distance_row;
  GtkSpinButton      *distance_spin;
  AdwActionRow       *steps_row;
  GtkSpinButton      *steps_spin;
  AdwActionRow       *rest_row;
  GtkSpinButton      *rest_spin;
  AdwComboRow        *load_kind_row;
  AdwActionRow       *load_kg_row;
  GtkSpinButton      *load_kg_spin;
  AdwComboRow        *load_band_row;
  AdwEntryRow        *load_text_row;
  AdwEntryRow        *intensity_row;
  AdwComboRow        *side_row;
  AdwActionRow       *days_row;
  GtkBox             *days_box;
  AdwActionRow       *sessions_row;
  GtkSpinButton      *sessions_spin;
  AdwActionRow       *weeks_row;
  GtkSpinButton      *week_from_spin;
  GtkSpinButton      *week_to_spin;
  AdwEntryRow        *note_row;
  GtkButton          *regenerate_button;
  GtkButton          *remove_button;
  GtkListBoxRow      *actions_row;

  GtkToggleButton    *day_buttons[N_DAYS];

  /* Owned references */
  PhysioUndoStack    *undo_stack;
  PhysioPatient      *patient;
  PhysioPrescription *prescription;

  /* Set while the widgets are filled from the prescription, so that does not read as edits. */
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (PhysioPrescriptionRow, physio_prescription_row, ADW_TYPE_EXPANDER_ROW)

enum {
  MOVE_REQUESTED,
  REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PhysioProgramme *
get_programme (PhysioPrescriptionRow *self)
{
  return physio_undo_stack_get_programme (self->undo_stack);
}

static PhysioDosageKind
get_kind (PhysioPrescriptionRow *self)
{
  return physio_prescription_get_dosage_kind (self->prescription);
}

static const PhysioDoseLimits *
get_limits (PhysioPrescriptionRow *self)
{
  return physio_exercise_get_dose_limits (physio_prescription_get_exercise (self->prescription));
}

/* Field widgets */

static GtkSpinButton *
number_spin (PhysioPrescriptionRow *self,
             PhysioDoseField        field)
{
  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS: return self->sets_spin;
    case PHYSIO_DOSE_FIELD_HOLD: return self->hold_spin;
    case PHYSIO_DOSE_FIELD_DURATION: return self->duration_spin;
    case PHYSIO_DOSE_FIELD_DISTANCE: return self->distance_spin;
    case PHYSIO_DOSE_FIELD_STEPS: return self->steps_spin;
    case PHYSIO_DOSE_FIELD_REST: return self->rest_spin;
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY: return self->sessions_spin;
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_DOSE_FIELD_REPS:
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
    case PHYSIO_DOSE_FIELD_LOAD:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      return NULL;
    }
}

static AdwActionRow *
field_row (PhysioPrescriptionRow *self,
           PhysioDoseField        field)
{
  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS: return self->sets_row;
    case PHYSIO_DOSE_FIELD_REPS: return self->reps_row;
    case PHYSIO_DOSE_FIELD_HOLD: return self->hold_row;
    case PHYSIO_DOSE_FIELD_DURATION: return self->duration_row;
    case PHYSIO_DOSE_FIELD_DISTANCE: return self->distance_row;
    case PHYSIO_DOSE_FIELD_STEPS: return self->steps_row;
    case PHYSIO_DOSE_FIELD_REST: return self->rest_row;
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY: return self->sessions_row;
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK: return self->days_row;
    case PHYSIO_DOSE_FIELD_LOAD: return self->load_kg_row;
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      return NULL;
    }
}

static const NumberField *
number_field_of_spin (PhysioPrescriptionRow *self,
                      GtkSpinButton         *spin)
{
  for (guint i = 0; i < N_NUMBER_FIELDS; i++)
    if (number_spin (self, number_fields[i].field) == spin)
      return &number_fields[i];

  return NULL;
}

/* Messages on rows. The subtitle says what is allowed while the value is good, and what is
 * wrong when it is not, right where the clinician is typing. */
static void
set_row_message (AdwPreferencesRow *row,
                 const char        *message,
                 gboolean           invalid)
{
  g_autofree char *escaped = g_markup_escape_text (message != NULL ? message : "", -1);

  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);

  physio_form_mark_invalid (row, invalid);
}

static char *
range_hint (PhysioPrescriptionRow *self,
            const NumberField     *info)
{
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  guint lo, hi;

  physio_dose_limits_get (get_limits (self), info->field, &lo, &hi);
  if (info->field == PHYSIO_DOSE_FIELD_REST)
    lo = 0;

  /* Whole minutes read better than 1.5 min; a limit that is not whole shows one decimal. */
  if (info->scale > 1)
    {
      lo_text = g_strdup_printf ("%g", (double) lo / info->scale);
      hi_text = g_strdup_printf ("%g", (double) hi / info->scale);
    }
  else
    {
      lo_text = g_strdup_printf ("%u", lo);
      hi_text = g_strdup_printf ("%u", hi);
    }

  if (physio_dose_field_required (get_kind (self), info->field))
    {
      if (info->unit != NULL)
        /* TRANSLATORS: the allowed range of a dose field, "From 5 to 10 seconds" */
        return g_strdup_printf (_("From %s to %s %s"), lo_text, hi_text, _(info->unit));
      return g_strdup_printf (_("From %s to %s"), lo_text, hi_text);
    }

  if (info->unit != NULL)
    return g_strdup_printf (_("Optional, from %s to %s %s"), lo_text, hi_text, _(info->unit));
  return g_strdup_printf (_("Optional, from %s to %s"), lo_text, hi_text);
}

static char *
reps_hint (PhysioPrescriptionRow *self)
{
  guint lo, hi;

  physio_dose_limits_get (get_limits (self), PHYSIO_DOSE_FIELD_REPS, &lo, &hi);
  /* TRANSLATORS: the hint of the repetitions field; a pyramid is "6-4-2" */
  return g_strdup_printf (_("From %u to %u, or a pyramid such as 6-4-2"), lo, hi);
}

/* What a text field holds, without the spaces around it. */
static char *
entry_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

/* Spin buttons: an empty box means "not set", never a 0 that reads as a prescription. */

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   gpointer       user_data)
{
  int blank = GPOINTER_TO_INT (user_data);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double value = gtk_adjustment_get_value (adjustment);
  g_autofree char *text = NULL;

  /* Whole numbers read as such: 12 minutes, not 12.0; a half shows its decimal. */
  if (value <= blank)
    text = g_strdup ("");
  else if (fabs (value - round (value)) < 1e-6)
    text = g_strdup_printf ("%.0f", value);
  else
    text = g_strdup_printf ("%.*f", gtk_spin_button_get_digits (spin), value);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  gpointer       user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;
  double value;

  if (*text == '\0')
    {
      *new_value = GPOINTER_TO_INT (user_data);
      return TRUE;
    }

  /* Both decimal marks, whatever the locale: "1,5" and "1.5" are the same weight. */
  g_strdelimit (text, ",", '.');
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0')
    return GTK_INPUT_ERROR;

  *new_value = value;
  return TRUE;
}

static void
configure_spin (GtkSpinButton *spin,
                double         lower,
                double         upper,
                double         step,
                guint          digits,
                int            blank)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (lower, lower, upper, step, step * 5, 0);

  gtk_spin_button_configure (spin, adjustment, step, digits);
  gtk_spin_button_set_numeric (spin, FALSE);
  gtk_spin_button_set_update_policy (spin, GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 6);
  g_object_set_data (G_OBJECT (spin), "physio-blank", GINT_TO_POINTER (blank));
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output_cb), GINT_TO_POINTER (blank));
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input_cb), GINT_TO_POINTER (blank));
}

/* Showing the prescription */

static char *
days_text (PhysioDays days)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GDate date;

  if (days == PHYSIO_DAYS_ALL)
    return g_strdup (_("every day"));

  /* 1 January 2024 was a Monday: the locale names each day. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2024);
  for (guint i = 0; i < N_DAYS; i++, g_date_add_days (&date, 1))
    {
      char name[64];

      if ((days & (1 << i)) == 0)
        continue;
      if (g_date_strftime (name, sizeof name, "%a", &date) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, " ");
      g_string_append (text, name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_header (PhysioPrescriptionRow *self)
{
  PhysioPrescription *prescription = self->prescription;
  guint from = physio_prescription_get_week_from (prescription);
  guint to = physio_prescription_get_week_to (prescription);
  guint weeks = physio_programme_get_weeks (get_programme (self));
  PhysioExercise *exercise;
  guint step;
  g_autofree char *dose = NULL;
  g_autofree char *days = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;

  dose = physio_dose_format (physio_prescription_get_current_dose (prescription),
                             get_kind (self), physio_prescription_get_laterality (prescription));
  /* The days of the week the exercise is at: a ladder may build up the days (3, then 4, then
   * 5 walks a week), and the subtitle must agree with the dose beside it. */
  step = physio_prescription_get_ladder_step (prescription);
  days = days_text (physio_prescription_get_days_in_week (prescription, from + step));

  /* Weeks only when they are not the whole programme: the usual case needs no words. */
  if (from == 1 && to >= weeks)
    subtitle = g_strdup_printf ("%s · %s", dose, days);
  else if (from == to)
    /* TRANSLATORS: the dose, the days, and the one week an exercise is in the plan */
    subtitle = g_strdup_printf (_("%s · %s · week %u"), dose, days, from);
  else
    /* TRANSLATORS: the dose, the days, and the weeks an exercise is in the plan */
    subtitle = g_strdup_printf (_("%s · %s · weeks %u–%u"), dose, days, from, to);

  exercise = physio_prescription_get_exercise (prescription);
  title = g_markup_escape_text (physio_exercise_get_name (exercise), -1);
  escaped = g_markup_escape_text (subtitle, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
}

static void
update_cautions (PhysioPrescriptionRow *self)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  if (self->patient != NULL)
    {
      PhysioExercise *exercise = physio_prescription_get_exercise (self->prescription);

      matches = physio_patient_matching_cautions (self->patient, exercise);
    }

  for (guint i = 0; matches != NULL && i < matches->len; i++)
    {
      PhysioCautionMatch *match = g_ptr_array_index (matches, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, match->message);
    }

  escaped = g_markup_escape_text (text->str, -1);
  if (self->fields_built)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->caution_row), escaped);
      gtk_widget_set_visible (GTK_WIDGET (self->caution_row), text->len > 0);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->caution_icon), text->len > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->caution_icon), text->len > 0 ? text->str : NULL);
}

static void
set_spin_value (GtkSpinButton *spin,
                double         value)
{
  gtk_spin_button_set_value (spin, value);
  /* set_value does nothing when the value is unchanged, but the box may still hold a refused
   * entry: show the value in force again. */
  on_spin_output_cb (spin, g_object_get_data (G_OBJECT (spin), "physio-blank"));
}

static double
stored_value (const PhysioDose *dose,
              PhysioDoseField   field)
{
  if (field == PHYSIO_DOSE_FIELD_REST)
    return dose->rest_s;

  return physio_dose_get_field (dose, field);
}

/* When the ladder builds up the days, the toggles are the days of the full schedule; say so,
 * and what choosing days does to the build-up. */
static void
update_days_hint (PhysioPrescriptionRow *self)
{
  PhysioPrescription *prescription = self->prescription;
  guint chosen = physio_days_count (physio_prescription_get_days (prescription));
  guint now = physio_prescription_get_current_dose (prescription)->days_per_week;
  guint most = now;
  guint n = physio_prescription_get_n_planned (prescription);
  gboolean varies = now != chosen;
  g_autofree char *hint = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint planned = physio_prescription_get_planned (prescription, i)->days_per_week;

      varies |= planned != chosen;
      most = MAX (most, planned);
    }

  if (varies && now > 0)
    /* TRANSLATORS: the days row of an exercise whose ladder adds walking days week by week */
    hint = g_strdup_printf (_("The ladder asks for %u days a week now and builds to %u; "
                              "choosing days here sets every week"),
                            now, most);

  set_row_message (ADW_PREFERENCES_ROW (self->days_row), hint, FALSE);
}

static void
update_fields (PhysioPrescriptionRow *self)
{
  PhysioPrescription *prescription = self->prescription;
  const PhysioDose *dose = physio_prescription_get_current_dose (prescription);
  PhysioDosageKind kind = get_kind (self);
  PhysioDays days = physio_prescription_get_days (prescription);
  gboolean load_applies = physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_LOAD);
  guint weeks = physio_programme_get_weeks (get_programme (self));
  g_autofree char *reps_text = NULL;
  g_autofree char *hint = NULL;

  self->updating = TRUE;

  for (guint i = 0; i < N_NUMBER_FIELDS; i++)
    {
      const NumberField *info = &number_fields[i];
      GtkSpinButton *spin = number_spin (self, info->field);
      AdwActionRow *row = field_row (self, info->field);
      gboolean applies = info->field == PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY ||
                         physio_dose_field_applies (kind, info->field);
      g_autofree char *range = NULL;

      gtk_widget_set_visible (GTK_WIDGET (row), applies);
      if (!applies)
        continue;

      set_spin_value (spin, stored_value (dose, info->field) / info->scale);
      range = range_hint (self, info);
      set_row_message (ADW_PREFERENCES_ROW (row), range, FALSE);
    }

  /* A pyramid replaces sets × reps: the sets come from it, so they are not typed then. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->sets_spin), dose->n_pattern == 0);
  if (dose->n_pattern > 0)
    set_row_message (ADW_PREFERENCES_ROW (self->sets_row), _("Set by the pyramid"), FALSE);

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
  set_row_message (ADW_PREFERENCES_ROW (self->reps_row), hint, FALSE);

  if (dose->steps_per_day == 0 && dose->steps_above_baseline > 0)
    {
      g_autofree char *usual = NULL;

      usual = g_strdup_printf (_("Usual steps + %u a day; a number here replaces it"),
                               dose->steps_above_baseline);

      set_row_message (ADW_PREFERENCES_ROW (self->steps_row), usual, FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->load_kind_row), load_applies);
  adw_combo_row_set_selected (self->load_kind_row, dose->load_kind);
  gtk_widget_set_visible (GTK_WIDGET (self->load_kg_row),
                          load_applies && dose->load_kind == PHYSIO_LOAD_KG);
  set_spin_value (self->load_kg_spin, dose->load_kind == PHYSIO_LOAD_KG ? dose->load_kg : 0);
  set_row_message (ADW_PREFERENCES_ROW (self->load_kg_row), NULL, FALSE);
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

  adw_combo_row_set_selected (self->side_row, physio_prescription_get_laterality (prescription));

  for (guint i = 0; i < N_DAYS; i++)
    gtk_toggle_button_set_active (self->day_buttons[i], (days & (1 << i)) != 0);
  update_days_hint (self);

  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->week_from_spin), weeks);
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->week_to_spin), weeks);
  set_spin_value (self->week_from_spin, physio_prescription_get_week_from (prescription));
  set_spin_value (self->week_to_spin, physio_prescription_get_week_to (prescription));
  set_row_message (ADW_PREFERENCES_ROW (self->weeks_row), NULL, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                         physio_prescription_get_note (prescription) != NULL
                         ? physio_prescription_get_note (prescription) : "");

  self->updating = FALSE;
}

static void
update_all (PhysioPrescriptionRow *self)
{
  update_header (self);
  if (self->fields_built)
    update_fields (self);
}

static void
on_prescription_changed_cb (PhysioPrescriptionRow *self,
                            PhysioPrescription    *prescription)
{
  update_all (self);
}

/* Applying changes */

typedef void (*DoseEdit) (PhysioDose *dose,
                          gpointer    data);

/* Saves a change already made to the prescription, or puts it back and says why. */
static gboolean
commit (PhysioPrescriptionRow *self,
        AdwPreferencesRow     *row)
{
  g_autoptr(PhysioPrescriptionRow) keep = g_object_ref (self);
  g_autoptr(GError) error = NULL;
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (self));

  if (physio_undo_stack_commit (self->undo_stack, &error))
    return TRUE;

  /* Putting the programme back replaces its prescriptions, and the list makes its rows again:
   * this one may be gone by now. The toast goes through the window found before. */
  if (window != NULL)
    _physio_programme_window_toast (GTK_WIDGET (window), error->message, FALSE);
  if (self->prescription == NULL || gtk_widget_get_parent (GTK_WIDGET (self)) == NULL)
    return FALSE;

  update_all (self);
  if (row != NULL)
    set_row_message (row, error->message, TRUE);
  return FALSE;
}

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
      !physio_dose_validate_field (&current, get_kind (self), get_limits (self), field, &error))
    {
      set_row_message (row, error->message, TRUE);
      return FALSE;
    }

  /* The value in force typed again: nothing to save, only the field to tidy. */
  if (physio_dose_equal (&current, physio_prescription_get_current_dose (prescription)))
    {
      update_fields (self);
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
  return commit (self, row);
}

typedef struct
{
  PhysioDoseField field;
  int             value;
} FieldValue;

static void
edit_field (PhysioDose *dose,
            gpointer    data)
{
  const FieldValue *change = data;

  if (change->field == PHYSIO_DOSE_FIELD_REST)
    dose->rest_s = change->value;
  else
    physio_dose_set_field (dose, change->field, MAX (change->value, 0));

  /* A typed count replaces a pyramid, and a typed step target a "usual steps +" one. */
  if (change->field == PHYSIO_DOSE_FIELD_SETS)
    dose->n_pattern = 0;
  if (change->field == PHYSIO_DOSE_FIELD_STEPS && change->value > 0)
    dose->steps_above_baseline = 0;
}

static void
on_number_changed_cb (GtkSpinButton         *spin,
                      PhysioPrescriptionRow *self)
{
  const NumberField *info = number_field_of_spin (self, spin);
  double shown = gtk_spin_button_get_value (spin);
  FieldValue change;
  g_autofree char *label = NULL;

  if (self->updating || info == NULL)
    return;

  change.field = info->field;
  change.value = shown <= info->blank ? info->blank : (int) lround (shown * info->scale);

  if (info->field == PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY)
    {
      /* Times a day is the schedule, like the days: it holds for every week. */
      PhysioPrescription *prescription = self->prescription;
      g_auto(PhysioDose) current = PHYSIO_DOSE_INIT;
      g_autoptr(GError) error = NULL;
      guint n = physio_prescription_get_n_planned (prescription);

      physio_dose_copy_into (&current, physio_prescription_get_current_dose (prescription));
      edit_field (&current, &change);
      if (!physio_dose_validate_field (&current, get_kind (self), get_limits (self),
                                       info->field, &error))
        {
          set_row_message (ADW_PREFERENCES_ROW (self->sessions_row), error->message, TRUE);
          return;
        }

      physio_undo_stack_begin (self->undo_stack, _("Change times a day"));
      for (guint i = 0; i < n; i++)
        {
          g_auto(PhysioDose) planned = PHYSIO_DOSE_INIT;

          physio_dose_copy_into (&planned, physio_prescription_get_planned (prescription, i));
          edit_field (&planned, &change);
          physio_prescription_set_planned (prescription, i, &planned);
        }
      physio_prescription_set_current_dose (prescription, &current);
      commit (self, ADW_PREFERENCES_ROW (self->sessions_row));
      return;
    }

  apply_dose_edit (self, _("Change dose"), info->field,
                   ADW_PREFERENCES_ROW (field_row (self, info->field)), edit_field, &change);
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
  g_autofree char *text = entry_text (self->reps_entry);
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
      set_row_message (ADW_PREFERENCES_ROW (self->reps_row),
                       _("Type a number of repetitions, or a pyramid such as 6-4-2."), TRUE);
      return;
    }

  apply_dose_edit (self, _("Change dose"), PHYSIO_DOSE_FIELD_REPS,
                   ADW_PREFERENCES_ROW (self->reps_row), edit_reps, text);
}

static void
on_reps_focus_leave_cb (GtkEventControllerFocus *controller,
                        PhysioPrescriptionRow   *self)
{
  on_reps_activate_cb (self);
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
  g_autofree char *text = entry_text (self->load_text_row);
  LoadChange change = {
    .kind = adw_combo_row_get_selected (self->load_kind_row),
    .kg = gtk_spin_button_get_value (self->load_kg_spin),
    .band = adw_combo_row_get_selected (self->load_band_row) + 1,
    .text = text,
    .set_text = set_text,
  };

  /* A new weight starts from something sensible rather than an empty, refused box. */
  if (change.kind == PHYSIO_LOAD_KG && change.kg <= 0)
    change.kg = dose->load_kind == PHYSIO_LOAD_KG && dose->load_kg > 0 ? dose->load_kg : 1;

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
  g_autofree char *text = entry_text (self->load_text_row);

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
  g_autofree char *text = entry_text (self->intensity_row);

  if (!self->updating)
    apply_dose_edit (self, _("Change intensity"), PHYSIO_DOSE_FIELD_NONE,
                     ADW_PREFERENCES_ROW (self->intensity_row), edit_intensity, text);
}

static void
on_note_apply_cb (PhysioPrescriptionRow *self)
{
  const char *old = physio_prescription_get_note (self->prescription);
  g_autofree char *text = entry_text (self->note_row);

  if (self->updating || g_strcmp0 (old != NULL ? old : "", text) == 0)
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change note"));
  physio_prescription_set_note (self->prescription, *text != '\0' ? text : NULL);
  commit (self, ADW_PREFERENCES_ROW (self->note_row));
}

static void
on_entry_row_focus_leave_cb (GtkEventControllerFocus *controller,
                             PhysioPrescriptionRow   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* Leaving the field keeps what was typed, as everywhere else in the programme window. */
  if (row == GTK_WIDGET (self->note_row))
    on_note_apply_cb (self);
  else if (row == GTK_WIDGET (self->intensity_row))
    on_intensity_apply_cb (self);
  else if (row == GTK_WIDGET (self->load_text_row))
    on_load_text_apply_cb (self);
}

static void
on_side_changed_cb (PhysioPrescriptionRow *self)
{
  PhysioLaterality side = adw_combo_row_get_selected (self->side_row);

  if (self->updating || side == physio_prescription_get_laterality (self->prescription))
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change side"));
  physio_prescription_set_laterality (self->prescription, side);
  commit (self, ADW_PREFERENCES_ROW (self->side_row));
}

static void
on_day_toggled_cb (GtkToggleButton       *button,
                   PhysioPrescriptionRow *self)
{
  PhysioDays days = 0;

  if (self->updating)
    return;

  for (guint i = 0; i < N_DAYS; i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      days |= 1 << i;

  if (days == 0)
    {
      /* The last day cannot go: a programme exercise happens on some day. */
      self->updating = TRUE;
      gtk_toggle_button_set_active (button, TRUE);
      self->updating = FALSE;
      set_row_message (ADW_PREFERENCES_ROW (self->days_row),
                       _("Keep at least one day. To stop the exercise, remove it."), TRUE);
      return;
    }

  physio_undo_stack_begin (self->undo_stack, _("Change days"));
  physio_prescription_set_days (self->prescription, days);
  commit (self, ADW_PREFERENCES_ROW (self->days_row));
}

static void
on_weeks_changed_cb (PhysioPrescriptionRow *self)
{
  guint from = (guint) gtk_spin_button_get_value (self->week_from_spin);
  guint to = (guint) gtk_spin_button_get_value (self->week_to_spin);
  guint weeks = physio_programme_get_weeks (get_programme (self));

  if (self->updating)
    return;

  if (from < 1 || to > weeks || from > to)
    {
      g_autofree char *message =
        g_strdup_printf (_("Choose weeks from 1 to %u, the first no later than the last."), weeks);

      set_row_message (ADW_PREFERENCES_ROW (self->weeks_row), message, TRUE);
      return;
    }

  if (from == physio_prescription_get_week_from (self->prescription) &&
      to == physio_prescription_get_week_to (self->prescription))
    return;

  physio_undo_stack_begin (self->undo_stack, _("Change weeks"));
  physio_prescription_set_weeks (self->prescription, from, to);
  commit (self, ADW_PREFERENCES_ROW (self->weeks_row));
}

static void
on_regenerate_clicked_cb (PhysioPrescriptionRow *self)
{
  physio_undo_stack_begin (self->undo_stack, _("Regenerate ladder"));
  physio_prescription_generate_ladder (self->prescription,
                                       physio_programme_get_rule_params (get_programme (self)));
  if (commit (self, NULL))
    _physio_programme_window_toast (GTK_WIDGET (self), _("Ladder planned again from this dose"),
                                    TRUE);
}

static void
on_remove_clicked_cb (PhysioPrescriptionRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE_REQUESTED], 0, g_variant_get_int32 (parameter));
}

/* Dragging by the handle moves the row; the list it is in takes the drop. */
static GdkContentProvider *
on_handle_drag_prepare_cb (GtkDragSource         *source,
                           double                 x,
                           double                 y,
                           PhysioPrescriptionRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, (int) x, (int) y);
  return gdk_content_provider_new_typed (PHYSIO_TYPE_PRESCRIPTION, self->prescription);
}

/* Construction */

static void
build_day_buttons (PhysioPrescriptionRow *self)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2024);   /* a Monday */
  for (guint i = 0; i < N_DAYS; i++, g_date_add_days (&date, 1))
    {
      char short_name[64] = "";
      char long_name[64] = "";
      GtkWidget *button;

      g_date_strftime (short_name, sizeof short_name, "%a", &date);
      g_date_strftime (long_name, sizeof long_name, "%A", &date);
      button = gtk_toggle_button_new_with_label (short_name);
      gtk_widget_set_tooltip_text (button, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, long_name, -1);
      gtk_widget_add_css_class (button, "day-toggle");
      g_signal_connect (button, "toggled", G_CALLBACK (on_day_toggled_cb), self);
      gtk_box_append (self->days_box, button);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
watch_focus_leave (PhysioPrescriptionRow *self,
                   GtkWidget             *widget,
                   GCallback              callback)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", callback, self);
  gtk_widget_add_controller (widget, focus);
}

static void
setup_fields (PhysioPrescriptionRow *self)
{
  for (guint i = 0; i < N_NUMBER_FIELDS; i++)
    {
      const NumberField *info = &number_fields[i];
      GtkSpinButton *spin = number_spin (self, info->field);
      const char *title;
      guint lo, hi;

      physio_dose_field_range (info->field, &lo, &hi);
      /* The box takes any value of the absolute range, so a value outside this exercise's
       * limits reaches the check and is refused with the reason, rather than clamped. */
      configure_spin (spin, info->blank, (double) hi / info->scale, info->step, info->digits,
                      info->blank);
      title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field_row (self, info->field)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_number_changed_cb), self);
    }

  configure_spin (self->load_kg_spin, 0, 500, 0.5, 1, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->load_kg_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weight in kg"), -1);
  g_signal_connect_swapped (self->load_kg_spin, "value-changed",
                            G_CALLBACK (on_load_kg_changed_cb), self);

  configure_spin (self->week_from_spin, 1, PHYSIO_PROGRAMME_MAX_WEEKS, 1, 0, 0);
  configure_spin (self->week_to_spin, 1, PHYSIO_PROGRAMME_MAX_WEEKS, 1, 0, 0);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->week_from_spin), 3);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->week_to_spin), 3);
  g_signal_connect_swapped (self->week_from_spin, "value-changed",
                            G_CALLBACK (on_weeks_changed_cb), self);
  g_signal_connect_swapped (self->week_to_spin, "value-changed",
                            G_CALLBACK (on_weeks_changed_cb), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reps_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Repetitions"), -1);
  g_signal_connect_swapped (self->reps_entry, "activate", G_CALLBACK (on_reps_activate_cb), self);
  watch_focus_leave (self, GTK_WIDGET (self->reps_entry), G_CALLBACK (on_reps_focus_leave_cb));

  g_signal_connect_swapped (self->load_kind_row, "notify::selected",
                            G_CALLBACK (on_load_kind_changed_cb), self);
  g_signal_connect_swapped (self->load_band_row, "notify::selected",
                            G_CALLBACK (on_load_band_changed_cb), self);
  g_signal_connect_swapped (self->side_row, "notify::selected",
                            G_CALLBACK (on_side_changed_cb), self);

  g_signal_connect_swapped (self->load_text_row, "apply", G_CALLBACK (on_load_text_apply_cb), self);
  g_signal_connect_swapped (self->load_text_row, "entry-activated",
                            G_CALLBACK (on_load_text_apply_cb), self);
  g_signal_connect_swapped (self->intensity_row, "apply", G_CALLBACK (on_intensity_apply_cb), self);
  g_signal_connect_swapped (self->intensity_row, "entry-activated",
                            G_CALLBACK (on_intensity_apply_cb), self);
  g_signal_connect_swapped (self->note_row, "apply", G_CALLBACK (on_note_apply_cb), self);
  g_signal_connect_swapped (self->note_row, "entry-activated",
                            G_CALLBACK (on_note_apply_cb), self);
  watch_focus_leave (self, GTK_WIDGET (self->load_text_row),
                     G_CALLBACK (on_entry_row_focus_leave_cb));
  watch_focus_leave (self, GTK_WIDGET (self->intensity_row),
                     G_CALLBACK (on_entry_row_focus_leave_cb));
  watch_focus_leave (self, GTK_WIDGET (self->note_row), G_CALLBACK (on_entry_row_focus_leave_cb));

  build_day_buttons (self);
}

typedef struct
{
  const char *id;
  gsize       offset;
} FieldObject;

#define FIELD_OBJECT(name) { #name, G_STRUCT_OFFSET (PhysioPrescriptionRow, name) }

static const FieldObject field_objects[] = {
  FIELD_OBJECT (caution_row),
  FIELD_OBJECT (sets_row),
  FIELD_OBJECT (sets_spin),
  FIELD_OBJECT (reps_row),
  FIELD_OBJECT (reps_entry),
  FIELD_OBJECT (hold_row),
  FIELD_OBJECT (hold_spin),
  FIELD_OBJECT (duration_row),
  FIELD_OBJECT (duration_spin),
  FIELD_OBJECT (distance_row),
  FIELD_OBJECT (distance_spin),
  FIELD_OBJECT (steps_row),
  FIELD_OBJECT (steps_spin),
  FIELD_OBJECT (rest_row),
  FIELD_OBJECT (rest_spin),
  FIELD_OBJECT (load_kind_row),
  FIELD_OBJECT (load_kg_row),
  FIELD_OBJECT (load_kg_spin),
  FIELD_OBJECT (load_band_row),
  FIELD_OBJECT (load_text_row),
  FIELD_OBJECT (intensity_row),
  FIELD_OBJECT (side_row),
  FIELD_OBJECT (days_row),
  FIELD_OBJECT (days_box),
  FIELD_OBJECT (sessions_row),
  FIELD_OBJECT (sessions_spin),
  FIELD_OBJECT (weeks_row),
  FIELD_OBJECT (week_from_spin),
  FIELD_OBJECT (week_to_spin),
  FIELD_OBJECT (note_row),
  FIELD_OBJECT (regenerate_button),
  FIELD_OBJECT (remove_button),
  FIELD_OBJECT (actions_row),
};

/* The rows of the open row, top to bottom. */
static const char * const field_rows[] = {
  "caution_row", "sets_row", "reps_row", "hold_row", "duration_row", "distance_row",
  "steps_row", "rest_row", "load_kind_row", "load_kg_row", "load_band_row", "load_text_row",
  "intensity_row", "side_row", "days_row", "sessions_row", "weeks_row", "note_row",
  "actions_row",
};

/* A long programme has dozens of rows and each open one some twenty fields with spin buttons;
 * made only when a row is first opened, the list stays quick to show and to rebuild (undo
 * replaces every prescription). */
static void
ensure_fields (PhysioPrescriptionRow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->fields_built)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/physio-prescription-fields.ui");
  for (guint i = 0; i < G_N_ELEMENTS (field_objects); i++)
    {
      GObject *object = gtk_builder_get_object (builder, field_objects[i].id);

      g_assert (object != NULL);
      G_STRUCT_MEMBER (gpointer, self, field_objects[i].offset) = object;
    }
  for (guint i = 0; i < G_N_ELEMENTS (field_rows); i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self),
                              GTK_WIDGET (gtk_builder_get_object (builder, field_rows[i])));

  self->fields_built = TRUE;
  setup_fields (self);
  g_signal_connect_swapped (self->regenerate_button, "clicked",
                            G_CALLBACK (on_regenerate_clicked_cb), self);
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb),
                            self);

  if (self->prescription != NULL)
    {
      update_fields (self);
      update_cautions (self);
    }
}

static void
on_expanded_cb (PhysioPrescriptionRow *self,
                GParamSpec            *pspec,
                gpointer               user_data)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_fields (self);
}

PhysioPrescriptionRow *
physio_prescription_row_new (PhysioUndoStack    *undo_stack,
                             PhysioPatient      *patient,
                             PhysioPrescription *prescription)
{
  PhysioPrescriptionRow *self;

  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (undo_stack), NULL);
  g_return_val_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient), NULL);
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION (prescription), NULL);

  self = g_object_new (PHYSIO_TYPE_PRESCRIPTION_ROW, NULL);
  self->undo_stack = g_object_ref (undo_stack);
  self->patient = patient != NULL ? g_object_ref (patient) : NULL;
  self->prescription = g_object_ref (prescription);

  g_signal_connect_object (prescription, "changed", G_CALLBACK (on_prescription_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_all (self);
  update_cautions (self);

  return self;
}

PhysioPrescription *
physio_prescription_row_get_prescription (PhysioPrescriptionRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_PRESCRIPTION_ROW (self), NULL);

  return self->prescription;
}

GtkWidget *
_physio_prescription_row_get_field_editor (PhysioPrescriptionRow *self,
                                           PhysioDoseField        field)
{
  ensure_fields (self);
  if (field == PHYSIO_DOSE_FIELD_REPS)
    return GTK_WIDGET (self->reps_entry);
  if (field == PHYSIO_DOSE_FIELD_LOAD)
    return GTK_WIDGET (self->load_kg_spin);

  return GTK_WIDGET (number_spin (self, field));
}

AdwActionRow *
_physio_prescription_row_get_field_row (PhysioPrescriptionRow *self,
                                        PhysioDoseField        field)
{
  ensure_fields (self);
  return field_row (self, field);
}

GtkToggleButton *
_physio_prescription_row_get_day_button (PhysioPrescriptionRow *self,
                                         guint                  day)
{
  g_return_val_if_fail (day < N_DAYS, NULL);

  ensure_fields (self);
  return self->day_buttons[day];
}

static void
physio_prescription_row_dispose (GObject *object)
{
  PhysioPrescriptionRow *self = PHYSIO_PRESCRIPTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PRESCRIPTION_ROW);

  g_clear_object (&self->prescription);
  g_clear_object (&self->patient);
  g_clear_object (&self->undo_stack);

  G_OBJECT_CLASS (physio_prescription_row_parent_class)->dispose (object);
}

static void
physio_prescription_row_class_init (PhysioPrescriptionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_prescription_row_dispose;

  signals[MOVE_REQUESTED] =
    g_signal_new ("move-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* Alt+arrows move the row wherever the focus is inside it, as in GNOME's own lists. */
  gtk_widget_class_install_action (widget_class, "row.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "row.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "row.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "row.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "row.move", "i", 1);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-prescription-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, PhysioPrescriptionRow, caution_icon);
}

static void
physio_prescription_row_init (PhysioPrescriptionRow *self)
{
  GtkDragSource *source;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Only the handle starts a drag, so text in the fields can still be selected. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->drag_handle), "grab");
  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_handle_drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->drag_handle), GTK_EVENT_CONTROLLER (source));

  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded_cb), NULL);
}

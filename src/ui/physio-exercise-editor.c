/* physio-exercise-editor.c: the dialog that creates and edits a clinician's own exercise
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "physio-exercise-editor.h"
#include "physio-exercise-editor-private.h"
#include "physio-exercise-link-picker.h"
#include "physio-form.h"
#include "physio-vocabulary.h"

#define N_STEP_ROWS 5
#define N_CUE_ROWS 3

/* The dose fields that take a number, in the order the form shows them. */
typedef struct
{
  PhysioDoseField  field;
  const char      *title;
  const char      *unit;    /* shown after the spin button; NULL for plain counts */
  guint            scale;   /* stored units per shown unit: durations are stored in seconds */
  double           step;    /* what one click of + or - adds */
} DoseFieldInfo;

static const DoseFieldInfo dose_fields[] = {
  { PHYSIO_DOSE_FIELD_SETS,             N_("Sets"),              NULL,       1,  1 },
  { PHYSIO_DOSE_FIELD_REPS,             N_("Repetitions"),       NULL,       1,  1 },
  { PHYSIO_DOSE_FIELD_HOLD,             N_("Hold"),              N_("s"),    1,  5 },
  { PHYSIO_DOSE_FIELD_DURATION,         N_("Duration"),          N_("min"),  60, 1 },
  { PHYSIO_DOSE_FIELD_DISTANCE,         N_("Distance"),          N_("m"),    1,  50 },
  { PHYSIO_DOSE_FIELD_STEPS,            N_("Steps a day"),       NULL,       1,  500 },
  { PHYSIO_DOSE_FIELD_REST,             N_("Rest between sets"), N_("s"),    1,  15 },
  { PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, N_("Sessions a day"),    NULL,       1,  1 },
  { PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,    N_("Days a week"),       NULL,       1,  1 },
};

#define N_SPIN_FIELDS G_N_ELEMENTS (dose_fields)

typedef struct
{
  AdwActionRow  *row;
  GtkSpinButton *spin;
  AdwActionRow  *limit_row;
  GtkSpinButton *limit_min;
  GtkSpinButton *limit_max;
} DoseWidgets;

/* A multiple choice from one vocabulary, shown as check rows inside an expander row. */
typedef struct
{
  PhysioVocabulary     vocab;
  PhysioExerciseField  field;
  AdwExpanderRow      *row;
  GPtrArray           *checks;   /* GtkCheckButton, in vocabulary order */
} CodeChoice;

enum
{
  CHOICE_REGIONS,
  CHOICE_EQUIPMENT,
  CHOICE_STAGES,
  CHOICE_CAUTIONS,
  N_CHOICES
};

enum
{
  LINKS_PROGRESSION,
  LINKS_REGRESSION,
  N_LINK_LISTS
};

struct _PhysioExerciseEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkRevealer         *store_error_revealer;
  GtkLabel            *store_error_label;
  AdwPreferencesGroup *dose_group;
  AdwPreferencesGroup *limits_group;
  AdwPreferencesGroup *progressions_group;
  AdwPreferencesGroup *regressions_group;
  AdwEntryRow         *name_row;
  AdwComboRow         *category_row;
  AdwComboRow         *position_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *laterality_row;
  AdwExpanderRow      *regions_row;
  AdwExpanderRow      *equipment_row;
  AdwExpanderRow      *stages_row;
  AdwExpanderRow      *caution_codes_row;
  AdwEntryRow         *step_rows[N_STEP_ROWS];
  AdwEntryRow         *cue_rows[N_CUE_ROWS];
  AdwEntryRow         *caution_row;
  GtkLabel            *exercise_error;
  GtkLabel            *dose_error;
  GtkLabel            *steps_error;
  GtkLabel            *cues_error;
  GtkLabel            *caution_error;
  GtkLabel            *links_error;
  GtkPopover          *progression_popover;
  GtkPopover          *regression_popover;
  GtkSearchEntry      *progression_search;
  GtkSearchEntry      *regression_search;
  GtkListBox          *progression_results;
  GtkListBox          *regression_results;

  /* Rows made in code from the vocabularies and the dose fields */
  DoseWidgets          dose_widgets[N_SPIN_FIELDS];
  AdwEntryRow         *intensity_row;
  AdwEntryRow         *load_row;
  CodeChoice           choices[N_CHOICES];
  PhysioExerciseLinkPicker *links[N_LINK_LISTS];

  /* Owned references */
  PhysioDatabase      *database;
  PhysioExercise      *original;   /* as passed in; never changed */
  PhysioExercise      *exercise;   /* the working copy the form writes into */
  /* The dose as typed, including fields the current dosage kind hides, so switching kind
   * back and forth loses nothing; only the fields that apply reach the exercise. */
  PhysioDose           dose;
  PhysioDoseLimits     limits;

  guint                touched;    /* a bit per PhysioExerciseField the clinician has changed */
  gboolean             loading;    /* the form is being filled from the exercise */
  gboolean             valid;
};

G_DEFINE_FINAL_TYPE (PhysioExerciseEditor, physio_exercise_editor, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_EXERCISE,
  N_PROPS
};

enum
{
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define FIELD_BIT(f) (1u << (f))

static void revalidate (PhysioExerciseEditor *self);

/* Dose values as the form shows them */

/* rest_s is the one field where 0 is a real prescription, so "not set" is -1 there. */
static double
unset_value (PhysioDoseField field)
{
  return field == PHYSIO_DOSE_FIELD_REST ? -1 : 0;
}

static double
dose_value_shown (const PhysioDose    *dose,
                  const DoseFieldInfo *info)
{
  if (info->field == PHYSIO_DOSE_FIELD_REST)
    return dose->rest_s < 0 ? -1 : dose->rest_s;

  return (double) physio_dose_get_field (dose, info->field) / info->scale;
}

static void
dose_value_store (PhysioDose          *dose,
                  const DoseFieldInfo *info,
                  double               shown)
{
  /* A pyramid (6-4-2) has no plain count to show; typing sets or reps turns it into one,
   * starting from the pattern's own length and first count. */
  if ((info->field == PHYSIO_DOSE_FIELD_SETS || info->field == PHYSIO_DOSE_FIELD_REPS)
      && dose->n_pattern > 0)
    {
      dose->sets = dose->n_pattern;
      if (dose->reps == 0)
        dose->reps = dose->reps_pattern[0];
      dose->n_pattern = 0;
    }

  if (info->field == PHYSIO_DOSE_FIELD_REST)
    dose->rest_s = shown < 0 ? -1 : (int) lround (shown);
  else
    physio_dose_set_field (dose, info->field,
                           shown <= 0 ? 0 : (guint) lround (shown * info->scale));
}

static char *
format_amount (const DoseFieldInfo *info,
               guint                stored)
{
  switch (info->field)
    {
    case PHYSIO_DOSE_FIELD_DURATION:
      return physio_format_seconds (stored);
    case PHYSIO_DOSE_FIELD_HOLD:
    case PHYSIO_DOSE_FIELD_REST:
      return g_strdup_printf (_("%u s"), stored);
    case PHYSIO_DOSE_FIELD_DISTANCE:
      return g_strdup_printf (_("%u m"), stored);
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_DOSE_FIELD_SETS:
    case PHYSIO_DOSE_FIELD_REPS:
    case PHYSIO_DOSE_FIELD_STEPS:
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
    case PHYSIO_DOSE_FIELD_LOAD:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      return g_strdup_printf ("%u", stored);
    }
}

/* Drops what a dosage kind does not use, so a saved exercise carries no stray values from a
 * kind the clinician tried and left. */
static void
clear_dose_field (PhysioDose       *dose,
                  PhysioDoseLimits *limits,
                  PhysioDoseField   field)
{
  limits->min[field] = 0;
  limits->max[field] = 0;

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_REST:
      dose->rest_s = -1;
      break;
    case PHYSIO_DOSE_FIELD_REPS:
      dose->reps = 0;
      dose->n_pattern = 0;
      break;
    case PHYSIO_DOSE_FIELD_STEPS:
      dose->steps_per_day = 0;
      dose->steps_above_baseline = 0;
      break;
    case PHYSIO_DOSE_FIELD_LOAD:
      dose->load_kind = PHYSIO_LOAD_NONE;
      dose->load_kg = 0;
      dose->band_level = 0;
      g_clear_pointer (&dose->load_text, g_free);
      break;
    case PHYSIO_DOSE_FIELD_SETS:
    case PHYSIO_DOSE_FIELD_HOLD:
    case PHYSIO_DOSE_FIELD_DURATION:
    case PHYSIO_DOSE_FIELD_DISTANCE:
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      physio_dose_set_field (dose, field, 0);
      break;
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static void
sync_dose (PhysioExerciseEditor *self)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = self->limits;
  PhysioDosageKind kind = physio_exercise_get_dosage_kind (self->exercise);

  physio_dose_copy_into (&dose, &self->dose);
  for (int f = 0; f < PHYSIO_N_DOSE_FIELDS; f++)
    if (!physio_dose_field_applies (kind, f))
      clear_dose_field (&dose, &limits, f);

  physio_exercise_set_default_dose (self->exercise, &dose);
  physio_exercise_set_dose_limits (self->exercise, &limits);
}

/* Spin buttons */

static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  gpointer       user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));

  if (*text != '\0')
    return FALSE;

  *new_value = gtk_adjustment_get_lower (gtk_spin_button_get_adjustment (spin));
  return TRUE;
}

/* The value typed so far. A spin button commits its text only on Enter or when it loses
 * focus; reading the text lets validation follow each key press. */
static double
read_spin (GtkSpinButton *spin,
           gboolean       blank_lowest)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;
  double value;

  if (*text == '\0')
    return blank_lowest ? gtk_adjustment_get_lower (adjustment) : gtk_spin_button_get_value (spin);

  value = g_strtod (text, &end);
  if (end == text || *end != '\0')
    return gtk_spin_button_get_value (spin);

  return CLAMP (value,
                gtk_adjustment_get_lower (adjustment),
                gtk_adjustment_get_upper (adjustment));
}

static GtkSpinButton *
make_spin (const DoseFieldInfo *info,
           gboolean             blank_lowest,
           const char          *accessible_label)
{
  GtkAdjustment *adjustment;
  GtkWidget *spin;
  GtkEditable *text;
  double lower = blank_lowest ? unset_value (info->field) : 0;
  double upper = info->scale > 1 ? 9999 : 99999;

  adjustment = gtk_adjustment_new (lower, lower, upper, info->step, info->step * 5, 0);
  spin = gtk_spin_button_new (NULL, 1, 0);
  g_signal_connect (spin, "output",
                    G_CALLBACK (physio_form_spin_output_cb), GINT_TO_POINTER (blank_lowest));
  if (blank_lowest)
    g_signal_connect (spin, "input", G_CALLBACK (on_spin_input_cb), NULL);
  gtk_spin_button_configure (GTK_SPIN_BUTTON (spin), adjustment, 1, info->scale > 1 ? 2 : 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 5);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);

  /* GTK 4.8 has no activates-default on spin buttons (4.14 adds it), but its text does. */
  text = gtk_editable_get_delegate (GTK_EDITABLE (spin));
  if (GTK_IS_TEXT (text))
    gtk_text_set_activates_default (GTK_TEXT (text), TRUE);

  return GTK_SPIN_BUTTON (spin);
}

/* Every row gets one, empty for plain counts, so the spin buttons line up in one column. */
static GtkWidget *
make_unit_label (const DoseFieldInfo *info)
{
  GtkWidget *label = gtk_label_new (info->unit != NULL ? _(info->unit) : NULL);

  gtk_label_set_width_chars (GTK_LABEL (label), 3);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static guint
spin_index (GtkWidget *spin)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "physio-field-index"));
}

static void
on_dose_spin_changed_cb (GtkWidget            *spin,
                         PhysioExerciseEditor *self)
{
  guint i = spin_index (spin);

  if (self->loading)
    return;

  dose_value_store (&self->dose, &dose_fields[i], read_spin (GTK_SPIN_BUTTON (spin), TRUE));
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_DOSE);
  revalidate (self);
}

static void
on_limit_spin_changed_cb (GtkWidget            *spin,
                          PhysioExerciseEditor *self)
{
  guint i = spin_index (spin);
  const DoseFieldInfo *info = &dose_fields[i];
  DoseWidgets *widgets = &self->dose_widgets[i];

  if (self->loading)
    return;

  self->limits.min[info->field] = lround (read_spin (widgets->limit_min, FALSE) * info->scale);
  self->limits.max[info->field] = lround (read_spin (widgets->limit_max, FALSE) * info->scale);
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_DOSE);
  revalidate (self);
}

static void
watch_spin (GtkSpinButton        *spin,
            guint                 index,
            GCallback             callback,
            PhysioExerciseEditor *self)
{
  g_object_set_data (G_OBJECT (spin), "physio-field-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (spin, "changed", callback, self, 0);
  g_signal_connect_object (spin, "value-changed", callback, self, 0);
}

static void
build_dose_rows (PhysioExerciseEditor *self)
{
  for (guint i = 0; i < N_SPIN_FIELDS; i++)
    {
      const DoseFieldInfo *info = &dose_fields[i];
      DoseWidgets *widgets = &self->dose_widgets[i];
      g_autofree char *lowest = g_strdup_printf (_("%s, lowest"), _(info->title));
      g_autofree char *highest = g_strdup_printf (_("%s, highest"), _(info->title));
      GtkWidget *box;
      GtkWidget *to;

      widgets->spin = make_spin (info, TRUE, _(info->title));
      widgets->row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widgets->row), _(info->title));
      adw_action_row_add_suffix (widgets->row, GTK_WIDGET (widgets->spin));
      adw_action_row_add_suffix (widgets->row, make_unit_label (info));
      adw_action_row_set_activatable_widget (widgets->row, GTK_WIDGET (widgets->spin));
      adw_preferences_group_add (self->dose_group, GTK_WIDGET (widgets->row));
      watch_spin (widgets->spin, i, G_CALLBACK (on_dose_spin_changed_cb), self);

      widgets->limit_min = make_spin (info, FALSE, lowest);
      widgets->limit_max = make_spin (info, FALSE, highest);
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (widgets->limit_min));
      to = gtk_label_new (_("to"));
      gtk_widget_add_css_class (to, "dim-label");
      gtk_box_append (GTK_BOX (box), to);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (widgets->limit_max));
      widgets->limit_row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widgets->limit_row), _(info->title));
      adw_action_row_add_suffix (widgets->limit_row, box);
      adw_action_row_add_suffix (widgets->limit_row, make_unit_label (info));
      adw_preferences_group_add (self->limits_group, GTK_WIDGET (widgets->limit_row));
      watch_spin (widgets->limit_min, i, G_CALLBACK (on_limit_spin_changed_cb), self);
      watch_spin (widgets->limit_max, i, G_CALLBACK (on_limit_spin_changed_cb), self);
    }
}

/* Free-text parts of the dose */

static char *
stripped_text (gpointer editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
on_dose_text_changed_cb (GtkEditable          *editable,
                         PhysioExerciseEditor *self)
{
  char **slot;

  if (self->loading)
    return;

  slot = editable == GTK_EDITABLE (self->intensity_row) ? &self->dose.intensity
                                                         : &self->dose.load_text;
  g_free (*slot);
  *slot = stripped_text (editable);
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_DOSE);
  revalidate (self);
}

static AdwEntryRow *
make_dose_text_row (PhysioExerciseEditor *self,
                    const char           *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_preferences_group_add (self->dose_group, row);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_dose_text_changed_cb), self, 0);
  return ADW_ENTRY_ROW (row);
}

/* Single choices */

static void
fill_combo (AdwComboRow      *row,
            PhysioVocabulary  vocab)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const PhysioVocabEntry *entries;
  guint n_entries;

  entries = physio_vocab_entries (vocab, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    gtk_string_list_append (labels, physio_vocab_label (vocab, entries[i].code));

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static void
select_code (AdwComboRow      *row,
             PhysioVocabulary  vocab,
             const char       *code)
{
  int index = code != NULL ? physio_vocab_index (vocab, code) : -1;

  /* An unknown code selects nothing rather than silently becoming the first entry;
   * validation then names the field. */
  adw_combo_row_set_selected (row, index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION);
}

static const char *
selected_code (AdwComboRow      *row,
               PhysioVocabulary  vocab)
{
  const PhysioVocabEntry *entries;
  guint n_entries;
  guint selected = adw_combo_row_get_selected (row);

  entries = physio_vocab_entries (vocab, &n_entries);
  return selected < n_entries ? entries[selected].code : NULL;
}

static void
update_dose_visibility (PhysioExerciseEditor *self)
{
  PhysioDosageKind kind = physio_exercise_get_dosage_kind (self->exercise);

  for (guint i = 0; i < N_SPIN_FIELDS; i++)
    {
      gboolean applies = physio_dose_field_applies (kind, dose_fields[i].field);

      gtk_widget_set_visible (GTK_WIDGET (self->dose_widgets[i].row), applies);
      gtk_widget_set_visible (GTK_WIDGET (self->dose_widgets[i].limit_row), applies);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->load_row),
                          physio_dose_field_applies (kind, PHYSIO_DOSE_FIELD_LOAD));
}

static void
on_combo_selected_cb (AdwComboRow          *row,
                      GParamSpec           *pspec,
                      PhysioExerciseEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row == self->category_row)
    {
      physio_exercise_set_category (self->exercise, selected_code (row, PHYSIO_VOCAB_CATEGORY));
      self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_CATEGORY);
    }
  else if (row == self->position_row)
    {
      physio_exercise_set_position (self->exercise, selected_code (row, PHYSIO_VOCAB_POSITION));
      self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_POSITION);
    }
  else if (row == self->kind_row)
    {
      /* The enums follow their vocabulary tables, so the position is the value. */
      physio_exercise_set_dosage_kind (self->exercise, (PhysioDosageKind) selected);
      self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_DOSE);
      update_dose_visibility (self);
    }
  else if (row == self->laterality_row)
    {
      physio_exercise_set_laterality (self->exercise, (PhysioLaterality) selected);
    }

  revalidate (self);
}

/* Multiple choices */

static void
update_choice_subtitle (CodeChoice *choice)
{
  const PhysioVocabEntry *entries;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *escaped = NULL;
  guint n_entries;

  entries = physio_vocab_entries (choice->vocab, &n_entries);
  for (guint i = 0; i < choice->checks->len; i++)
    {
      if (!gtk_check_button_get_active (g_ptr_array_index (choice->checks, i)))
        continue;
      if (summary->len > 0)
        g_string_append (summary, ", ");
      g_string_append (summary, physio_vocab_label (choice->vocab, entries[i].code));
    }

  if (summary->len == 0)
    g_string_append (summary, _("None chosen"));

  escaped = g_markup_escape_text (summary->str, -1);
  adw_expander_row_set_subtitle (choice->row, escaped);
}

static void
store_choice (PhysioExerciseEditor *self,
              CodeChoice           *choice)
{
  const PhysioVocabEntry *entries;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  const char * const *v;
  guint n_entries;

  entries = physio_vocab_entries (choice->vocab, &n_entries);
  for (guint i = 0; i < choice->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (choice->checks, i)))
      g_ptr_array_add (codes, (gpointer) entries[i].code);

  v = (const char * const *) codes->pdata;
  switch (choice->field)
    {
    case PHYSIO_EXERCISE_FIELD_REGIONS:
      physio_exercise_set_regions (self->exercise, v);
      break;
    case PHYSIO_EXERCISE_FIELD_EQUIPMENT:
      physio_exercise_set_equipment (self->exercise, v);
      break;
    case PHYSIO_EXERCISE_FIELD_STAGES:
      physio_exercise_set_stages (self->exercise, v);
      break;
    case PHYSIO_EXERCISE_FIELD_CAUTION:
      physio_exercise_set_caution_codes (self->exercise, v);
      break;
    case PHYSIO_EXERCISE_FIELD_NONE:
    case PHYSIO_EXERCISE_FIELD_ID:
    case PHYSIO_EXERCISE_FIELD_NAME:
    case PHYSIO_EXERCISE_FIELD_CATEGORY:
    case PHYSIO_EXERCISE_FIELD_POSITION:
    case PHYSIO_EXERCISE_FIELD_STEPS:
    case PHYSIO_EXERCISE_FIELD_CUES:
    case PHYSIO_EXERCISE_FIELD_LINKS:
    case PHYSIO_EXERCISE_FIELD_DOSE:
    case PHYSIO_EXERCISE_FIELD_EVIDENCE:
    case PHYSIO_EXERCISE_FIELD_DOSAGE_KIND:
    default:
      g_assert_not_reached ();
    }

  update_choice_subtitle (choice);
}

/* "No equipment" means exactly that, so it and any piece of equipment exclude each other;
 * ticking one clears the other instead of leaving the clinician with an error to fix. */
static void
keep_none_alone (CodeChoice     *choice,
                 GtkCheckButton *ticked)
{
  const PhysioVocabEntry *entries;
  guint n_entries;
  gboolean ticked_none = FALSE;

  entries = physio_vocab_entries (choice->vocab, &n_entries);
  for (guint i = 0; i < choice->checks->len; i++)
    if (g_ptr_array_index (choice->checks, i) == ticked)
      ticked_none = g_str_equal (entries[i].code, "none");

  for (guint i = 0; i < choice->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (choice->checks, i);

      if (check != ticked && (ticked_none || g_str_equal (entries[i].code, "none")))
        gtk_check_button_set_active (check, FALSE);
    }
}

static void
on_choice_toggled_cb (GtkCheckButton       *check,
                      PhysioExerciseEditor *self)
{
  CodeChoice *choice = g_object_get_data (G_OBJECT (check), "physio-choice");

  if (self->loading)
    return;

  if (choice->vocab == PHYSIO_VOCAB_EQUIPMENT && gtk_check_button_get_active (check))
    keep_none_alone (choice, check);

  self->touched |= FIELD_BIT (choice->field);
  store_choice (self, choice);
  revalidate (self);
}

static void
build_choice (PhysioExerciseEditor *self,
              CodeChoice           *choice,
              AdwExpanderRow       *row,
              PhysioVocabulary      vocab,
              PhysioExerciseField   field)
{
  const PhysioVocabEntry *entries;
  guint n_entries;

  choice->vocab = vocab;
  choice->field = field;
  choice->row = row;
  choice->checks = g_ptr_array_new ();

  entries = physio_vocab_entries (vocab, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *item = adw_action_row_new ();
      g_autofree char *title = NULL;

      title = g_markup_escape_text (physio_vocab_label (vocab, entries[i].code), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (item), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item), check);
      adw_expander_row_add_row (row, item);

      g_object_set_data (G_OBJECT (check), "physio-choice", choice);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_choice_toggled_cb), self, 0);
      g_ptr_array_add (choice->checks, check);
    }
}

static void
load_choice (PhysioExerciseEditor *self,
             CodeChoice           *choice)
{
  const PhysioVocabEntry *entries;
  const char * const *codes;
  guint n_entries;

  switch (choice->field)
    {
    case PHYSIO_EXERCISE_FIELD_REGIONS:
      codes = physio_exercise_get_regions (self->exercise);
      break;
    case PHYSIO_EXERCISE_FIELD_EQUIPMENT:
      codes = physio_exercise_get_equipment (self->exercise);
      break;
    case PHYSIO_EXERCISE_FIELD_STAGES:
      codes = physio_exercise_get_stages (self->exercise);
      break;
    case PHYSIO_EXERCISE_FIELD_CAUTION:
      codes = physio_exercise_get_caution_codes (self->exercise);
      break;
    case PHYSIO_EXERCISE_FIELD_NONE:
    case PHYSIO_EXERCISE_FIELD_ID:
    case PHYSIO_EXERCISE_FIELD_NAME:
    case PHYSIO_EXERCISE_FIELD_CATEGORY:
    case PHYSIO_EXERCISE_FIELD_POSITION:
    case PHYSIO_EXERCISE_FIELD_STEPS:
    case PHYSIO_EXERCISE_FIELD_CUES:
    case PHYSIO_EXERCISE_FIELD_LINKS:
    case PHYSIO_EXERCISE_FIELD_DOSE:
    case PHYSIO_EXERCISE_FIELD_EVIDENCE:
    case PHYSIO_EXERCISE_FIELD_DOSAGE_KIND:
    default:
      g_assert_not_reached ();
    }

  entries = physio_vocab_entries (choice->vocab, &n_entries);
  for (guint i = 0; i < choice->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (choice->checks, i),
                                 g_strv_contains (codes, entries[i].code));

  update_choice_subtitle (choice);
}

/* Texts */

static void
on_name_row_changed_cb (GtkEditable          *editable,
                        PhysioExerciseEditor *self)
{
  g_autofree char *name = NULL;

  if (self->loading)
    return;

  name = stripped_text (editable);
  physio_exercise_set_name (self->exercise, name != NULL ? name : "");
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_NAME);
  revalidate (self);
}

/* Rows left empty are skipped, so a gap between steps does not become an empty step. */
static GStrv
collect_rows (AdwEntryRow **rows,
              guint         n_rows)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *text = stripped_text (rows[i]);

      if (text != NULL)
        g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

static void
on_step_row_changed_cb (GtkEditable          *editable,
                        PhysioExerciseEditor *self)
{
  g_auto(GStrv) steps = NULL;

  if (self->loading)
    return;

  steps = collect_rows (self->step_rows, N_STEP_ROWS);
  physio_exercise_set_steps (self->exercise, (const char * const *) steps);
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_STEPS);
  revalidate (self);
}

static void
on_cue_row_changed_cb (GtkEditable          *editable,
                       PhysioExerciseEditor *self)
{
  g_auto(GStrv) cues = NULL;

  if (self->loading)
    return;

  cues = collect_rows (self->cue_rows, N_CUE_ROWS);
  physio_exercise_set_cues (self->exercise, (const char * const *) cues);
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_CUES);
  revalidate (self);
}

static void
on_caution_row_changed_cb (GtkEditable          *editable,
                           PhysioExerciseEditor *self)
{
  g_autofree char *text = NULL;

  if (self->loading)
    return;

  text = stripped_text (editable);
  physio_exercise_set_caution_text (self->exercise, text != NULL ? text : "");
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_CAUTION);
  revalidate (self);
}

static void
load_rows (AdwEntryRow        **rows,
           guint                n_rows,
           const char * const  *texts)
{
  guint n_texts = g_strv_length ((char **) texts);

  for (guint i = 0; i < n_rows; i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), i < n_texts ? texts[i] : "");
}

/* Links to easier and harder exercises */

static PhysioExerciseLinkPicker *
find_link_picker (PhysioExerciseEditor *self,
                  gpointer              widget)
{
  for (guint i = 0; i < N_LINK_LISTS; i++)
    if (physio_exercise_link_picker_owns (self->links[i], widget))
      return self->links[i];

  g_assert_not_reached ();
  return NULL;
}

static void
on_links_changed_cb (PhysioExerciseLinkPicker *picker,
                     gpointer                  user_data)
{
  PhysioExerciseEditor *self = user_data;
  PhysioExerciseLinkPicker *progressions = self->links[LINKS_PROGRESSION];
  PhysioExerciseLinkPicker *regressions = self->links[LINKS_REGRESSION];

  physio_exercise_set_progression_ids (self->exercise,
                                       physio_exercise_link_picker_get_ids (progressions));
  physio_exercise_set_regression_ids (self->exercise,
                                      physio_exercise_link_picker_get_ids (regressions));
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_LINKS);
  revalidate (self);
}

static void
on_link_popover_show_cb (GtkPopover           *popover,
                         PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_popover_shown (find_link_picker (self, popover));
}

static void
on_link_search_changed_cb (GtkSearchEntry       *entry,
                           PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_search_changed (find_link_picker (self, entry));
}

static void
on_link_search_activate_cb (GtkSearchEntry       *entry,
                            PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_search_activated (find_link_picker (self, entry));
}

static void
on_link_result_activated_cb (GtkListBox           *results,
                             GtkListBoxRow        *row,
                             PhysioExerciseEditor *self)
{
  physio_exercise_link_picker_result_activated (find_link_picker (self, results), row);
}

/* Validation */

static void
show_message (GtkLabel   *label,
              const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* The core quietly ignores limits outside the absolute range (physio_dose_limits_get), which
 * is right for data from elsewhere; here the clinician is typing them, so say so instead. */
static gboolean
check_limit_row (PhysioExerciseEditor *self,
                 guint                 i)
{
  const DoseFieldInfo *info = &dose_fields[i];
  DoseWidgets *widgets = &self->dose_widgets[i];
  guint abs_min, abs_max;
  guint lo = self->limits.min[info->field];
  guint hi = self->limits.max[info->field];
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *message = NULL;

  physio_dose_field_range (info->field, &abs_min, &abs_max);
  /* Both 0: the exercise has no limits of its own for this field. */
  if ((lo == 0 && hi == 0) || (lo >= abs_min && hi <= abs_max && lo <= hi))
    {
      physio_form_set_row_message (widgets->limit_row, NULL, FALSE);
      return TRUE;
    }

  min_text = format_amount (info, abs_min);
  max_text = format_amount (info, abs_max);
  message = g_strdup_printf (_("%s limits must lie between %s and %s, the lowest first."),
                             _(info->title), min_text, max_text);
  physio_form_set_row_message (widgets->limit_row, message, TRUE);
  return FALSE;
}

static gboolean
check_dose_rows (PhysioExerciseEditor *self)
{
  PhysioDosageKind kind = physio_exercise_get_dosage_kind (self->exercise);
  gboolean valid = TRUE;

  for (guint i = 0; i < N_SPIN_FIELDS; i++)
    {
      const DoseFieldInfo *info = &dose_fields[i];
      DoseWidgets *widgets = &self->dose_widgets[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *hint = NULL;
      g_autofree char *lo_text = NULL;
      g_autofree char *hi_text = NULL;
      guint lo, hi;

      if (!physio_dose_field_applies (kind, info->field))
        continue;

      if (!check_limit_row (self, i))
        valid = FALSE;

      if (!physio_dose_validate_field (&self->dose, kind, &self->limits, info->field, &error))
        {
          physio_form_set_row_message (widgets->row, error->message, TRUE);
          valid = FALSE;
          continue;
        }

      physio_dose_limits_get (&self->limits, info->field, &lo, &hi);
      lo_text = format_amount (info, lo);
      hi_text = format_amount (info, hi);
      if (info->field == PHYSIO_DOSE_FIELD_REPS && self->dose.n_pattern > 0)
        {
          g_autofree char *pattern = physio_dose_pattern_to_string (&self->dose);

          hint = g_strdup_printf (_("Pattern %s; a number here replaces it"), pattern);
        }
      else if (info->field == PHYSIO_DOSE_FIELD_STEPS && self->dose.steps_per_day == 0
               && self->dose.steps_above_baseline > 0)
        hint = g_strdup_printf (_("Usual steps + %u; a number here replaces it"),
                                self->dose.steps_above_baseline);
      else if (physio_dose_field_required (kind, info->field))
        hint = g_strdup_printf (_("From %s to %s"), lo_text, hi_text);
      else
        hint = g_strdup_printf (_("Optional, from %s to %s"), lo_text, hi_text);
      physio_form_set_row_message (widgets->row, hint, FALSE);
    }

  return valid;
}

/* Which of a group of text rows a list error is about. The core validates whole lists, so
 * each filled row is tried on its own (repeated to make up the minimum count): a row that
 * fails alone is the one at fault. When none does, the count is short and the required rows
 * still empty are the ones to fill. */
static void
mark_text_rows (PhysioExerciseEditor *self,
                AdwEntryRow         **rows,
                guint                 n_rows,
                guint                 n_required,
                PhysioExerciseField   field)
{
  gboolean any = FALSE;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *text = stripped_text (rows[i]);
      g_autoptr(PhysioExercise) probe = NULL;
      PhysioExerciseField bad = PHYSIO_EXERCISE_FIELD_NONE;
      const char *alone[] = { text, text, text, NULL };

      if (text == NULL)
        continue;

      probe = physio_exercise_copy (self->exercise);
      if (field == PHYSIO_EXERCISE_FIELD_STEPS)
        physio_exercise_set_steps (probe, alone);
      else
        physio_exercise_set_cues (probe, alone + 2);

      if (!physio_exercise_validate (probe, &bad, NULL) && bad == field)
        {
          physio_form_mark_invalid (rows[i], TRUE);
          any = TRUE;
        }
    }

  for (guint i = 0; !any && i < n_required; i++)
    {
      g_autofree char *text = stripped_text (rows[i]);

      physio_form_mark_invalid (rows[i], text == NULL);
    }
}

static void
show_exercise_error (PhysioExerciseEditor *self,
                     PhysioExerciseField   field,
                     const char           *message,
                     gboolean              dose_rows_valid)
{
  switch (field)
    {
    case PHYSIO_EXERCISE_FIELD_NAME:
      physio_form_mark_invalid (self->name_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_CATEGORY:
      physio_form_mark_invalid (self->category_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_POSITION:
      physio_form_mark_invalid (self->position_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_REGIONS:
      physio_form_mark_invalid (self->regions_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_EQUIPMENT:
      physio_form_mark_invalid (self->equipment_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_STAGES:
      physio_form_mark_invalid (self->stages_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_DOSAGE_KIND:
      physio_form_mark_invalid (self->kind_row, TRUE);
      show_message (self->exercise_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_STEPS:
      mark_text_rows (self, self->step_rows, N_STEP_ROWS, 3, field);
      show_message (self->steps_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_CUES:
      mark_text_rows (self, self->cue_rows, N_CUE_ROWS, 0, field);
      show_message (self->cues_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_CAUTION:
      physio_form_mark_invalid (self->caution_row, TRUE);
      show_message (self->caution_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_LINKS:
      show_message (self->links_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_DOSE:
      /* A bad dose field already says so in its own row; this catches what no single row
       * shows, such as a repetition pattern outside the limits. */
      if (dose_rows_valid)
        show_message (self->dose_error, message);
      break;
    case PHYSIO_EXERCISE_FIELD_NONE:
    case PHYSIO_EXERCISE_FIELD_ID:
    case PHYSIO_EXERCISE_FIELD_EVIDENCE:
    default:
      show_message (self->exercise_error, message);
      break;
    }
}

static void
clear_exercise_errors (PhysioExerciseEditor *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->category_row),
    GTK_WIDGET (self->position_row), GTK_WIDGET (self->kind_row), GTK_WIDGET (self->regions_row),
    GTK_WIDGET (self->equipment_row), GTK_WIDGET (self->stages_row),
    GTK_WIDGET (self->caution_row),
  };
  GtkLabel *labels[] = {
    self->exercise_error, self->dose_error, self->steps_error,
    self->cues_error, self->caution_error, self->links_error,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    physio_form_mark_invalid (rows[i], FALSE);
  for (guint i = 0; i < N_STEP_ROWS; i++)
    physio_form_mark_invalid (self->step_rows[i], FALSE);
  for (guint i = 0; i < N_CUE_ROWS; i++)
    physio_form_mark_invalid (self->cue_rows[i], FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    show_message (labels[i], NULL);
}

/* Runs after every change. Dose rows are checked one by one so each shows its own message;
 * the whole exercise is then checked by the core, and its first complaint is shown once the
 * clinician has been at that field (a new exercise does not open covered in red). */
static void
revalidate (PhysioExerciseEditor *self)
{
  g_autoptr(GError) error = NULL;
  PhysioExerciseField bad = PHYSIO_EXERCISE_FIELD_NONE;
  gboolean dose_rows_valid;

  if (self->loading)
    return;

  dose_rows_valid = check_dose_rows (self);
  sync_dose (self);
  clear_exercise_errors (self);

  self->valid = dose_rows_valid;
  if (!physio_exercise_validate (self->exercise, &bad, &error))
    {
      self->valid = FALSE;
      if (self->touched & FIELD_BIT (bad))
        show_exercise_error (self, bad, error->message, dose_rows_valid);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
}

/* Filling the form */

static void
load_form (PhysioExerciseEditor *self)
{
  PhysioExercise *exercise = self->exercise;
  PhysioDosageKind kind = physio_exercise_get_dosage_kind (exercise);

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), physio_exercise_get_name (exercise) ?: "");
  select_code (self->category_row, PHYSIO_VOCAB_CATEGORY, physio_exercise_get_category (exercise));
  select_code (self->position_row, PHYSIO_VOCAB_POSITION, physio_exercise_get_position (exercise));
  adw_combo_row_set_selected (self->kind_row, kind);
  adw_combo_row_set_selected (self->laterality_row, physio_exercise_get_laterality (exercise));
  for (guint i = 0; i < N_CHOICES; i++)
    load_choice (self, &self->choices[i]);

  load_rows (self->step_rows, N_STEP_ROWS, physio_exercise_get_steps (exercise));
  load_rows (self->cue_rows, N_CUE_ROWS, physio_exercise_get_cues (exercise));
  gtk_editable_set_text (GTK_EDITABLE (self->caution_row),
                         physio_exercise_get_caution_text (exercise) ?: "");

  physio_dose_copy_into (&self->dose, physio_exercise_get_default_dose (exercise));
  self->limits = *physio_exercise_get_dose_limits (exercise);
  for (guint i = 0; i < N_SPIN_FIELDS; i++)
    {
      const DoseFieldInfo *info = &dose_fields[i];
      DoseWidgets *widgets = &self->dose_widgets[i];
      guint lo, hi;

      physio_dose_limits_get (&self->limits, info->field, &lo, &hi);
      gtk_spin_button_set_value (widgets->spin, dose_value_shown (&self->dose, info));
      gtk_spin_button_set_value (widgets->limit_min, (double) lo / info->scale);
      gtk_spin_button_set_value (widgets->limit_max, (double) hi / info->scale);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->intensity_row), self->dose.intensity ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->load_row), self->dose.load_text ?: "");

  physio_exercise_link_picker_load (self->links[LINKS_PROGRESSION], self->database,
                                    self->exercise, physio_exercise_get_progression_ids (exercise));
  physio_exercise_link_picker_load (self->links[LINKS_REGRESSION], self->database,
                                    self->exercise, physio_exercise_get_regression_ids (exercise));

  self->loading = FALSE;

  update_dose_visibility (self);
  revalidate (self);
}

/* What a new exercise starts from (the most common kind of home exercise for low back pain),
 * so the clinician changes a few things rather than fills in everything. */
static PhysioExercise *
new_blank_exercise (void)
{
  static const char * const regions[] = { "lumbar", NULL };
  static const char * const equipment[] = { "none", NULL };
  static const char * const stages[] = { "acute", "subacute", "chronic", NULL };
  g_autoptr(PhysioExercise) exercise = physio_exercise_new ();
  g_autofree char *id = physio_exercise_new_custom_id ();
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  dose.sets = 2;
  dose.reps = 10;
  dose.sessions_per_day = 1;
  dose.days_per_week = 3;

  physio_exercise_set_id (exercise, id);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);
  physio_exercise_set_version (exercise, 1);
  physio_exercise_set_name (exercise, "");
  physio_exercise_set_category (exercise, "core_stability");
  physio_exercise_set_position (exercise, "supine_crook");
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_REPS);
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_BILATERAL);
  physio_exercise_set_default_dose (exercise, &dose);
  physio_exercise_set_regions (exercise, regions);
  physio_exercise_set_equipment (exercise, equipment);
  physio_exercise_set_stages (exercise, stages);

  return g_steal_pointer (&exercise);
}

/* Actions */

static void
editor_cancel_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
editor_save_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (widget);
  g_autoptr(PhysioExerciseEditor) hold = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Commit whatever is still being typed in a spin button; if that changes anything,
   * validation runs again and may take Save away. */
  for (guint i = 0; i < N_SPIN_FIELDS; i++)
    {
      gtk_spin_button_update (self->dose_widgets[i].spin);
      gtk_spin_button_update (self->dose_widgets[i].limit_min);
      gtk_spin_button_update (self->dose_widgets[i].limit_max);
    }
  if (!self->valid)
    return;

  if (!physio_database_save_exercise (self->database, self->exercise, &error))
    {
      /* The dialog stays open with everything as typed, so the clinician can try again. */
      message = g_strdup_printf (_("The exercise could not be saved. %s"), error->message);
      gtk_label_set_text (self->store_error_label, message);
      gtk_revealer_set_reveal_child (self->store_error_revealer, TRUE);
      return;
    }

  gtk_revealer_set_reveal_child (self->store_error_revealer, FALSE);
  hold = g_object_ref (self);
  g_signal_emit (self, signals[SAVED], 0, self->exercise);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject */

static void
physio_exercise_editor_constructed (GObject *object)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);
  g_autoptr(PhysioExercise) stored = NULL;
  gboolean is_new;

  G_OBJECT_CLASS (physio_exercise_editor_parent_class)->constructed (object);

  g_assert (PHYSIO_IS_DATABASE (self->database));

  if (self->original != NULL)
    {
      self->exercise = physio_exercise_copy (self->original);
      stored = physio_database_get_exercise (self->database,
                                             physio_exercise_get_id (self->exercise), NULL);
      /* A duplicate of a built-in exercise arrives filled in but is not yet in the
       * library: it is new to the clinician. */
      is_new = stored == NULL;
      self->touched = G_MAXUINT;
    }
  else
    {
      self->exercise = new_blank_exercise ();
      is_new = TRUE;
      self->touched = 0;
    }

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Exercise") : _("Edit Exercise"));
  load_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
physio_exercise_editor_dispose (GObject *object)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_EXERCISE_EDITOR);

  g_clear_object (&self->database);
  g_clear_object (&self->original);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (physio_exercise_editor_parent_class)->dispose (object);
}

static void
physio_exercise_editor_finalize (GObject *object)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  physio_dose_clear (&self->dose);
  for (guint i = 0; i < N_CHOICES; i++)
    g_clear_pointer (&self->choices[i].checks, g_ptr_array_unref);
  for (guint i = 0; i < N_LINK_LISTS; i++)
    g_clear_pointer (&self->links[i], physio_exercise_link_picker_free);

  G_OBJECT_CLASS (physio_exercise_editor_parent_class)->finalize (object);
}

static void
physio_exercise_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_EXERCISE:
      g_value_set_object (value, self->original);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_EXERCISE:
      self->original = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_editor_class_init (PhysioExerciseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = physio_exercise_editor_constructed;
  object_class->dispose = physio_exercise_editor_dispose;
  object_class->finalize = physio_exercise_editor_finalize;
  object_class->get_property = physio_exercise_editor_get_property;
  object_class->set_property = physio_exercise_editor_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The exercise to edit; a copy is edited, so this object never changes. */
  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         PHYSIO_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHYSIO_TYPE_EXERCISE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-exercise-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, store_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, store_error_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, dose_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, limits_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progressions_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regressions_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, laterality_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regions_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, stages_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, caution_codes_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, caution_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, exercise_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, dose_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, steps_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, cues_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, caution_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, links_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progression_popover);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regression_popover);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progression_search);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regression_search);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progression_results);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regression_results);

  /* Not kept in the instance, but named so gtk_widget_get_template_child () finds them for
   * the tests and the screenshot tools. */
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "cancel_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "page", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "progression_add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "regression_add_button", FALSE, 0);

  for (guint i = 0; i < N_STEP_ROWS; i++)
    {
      g_autofree char *name = g_strdup_printf ("step_row_%u", i + 1);

      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (PhysioExerciseEditor, step_rows)
                                                 + i * sizeof (gpointer));
    }
  for (guint i = 0; i < N_CUE_ROWS; i++)
    {
      g_autofree char *name = g_strdup_printf ("cue_row_%u", i + 1);

      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (PhysioExerciseEditor, cue_rows)
                                                 + i * sizeof (gpointer));
    }

  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_step_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cue_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_caution_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_result_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, editor_cancel_cb);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, editor_save_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
physio_exercise_editor_init (PhysioExerciseEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->dose = (PhysioDose) PHYSIO_DOSE_INIT;

  fill_combo (self->category_row, PHYSIO_VOCAB_CATEGORY);
  fill_combo (self->position_row, PHYSIO_VOCAB_POSITION);
  fill_combo (self->kind_row, PHYSIO_VOCAB_DOSAGE_KIND);
  fill_combo (self->laterality_row, PHYSIO_VOCAB_LATERALITY);
  g_signal_connect_object (self->category_row, "notify::selected",
                           G_CALLBACK (on_combo_selected_cb), self, 0);
  g_signal_connect_object (self->position_row, "notify::selected",
                           G_CALLBACK (on_combo_selected_cb), self, 0);
  g_signal_connect_object (self->kind_row, "notify::selected",
                           G_CALLBACK (on_combo_selected_cb), self, 0);
  g_signal_connect_object (self->laterality_row, "notify::selected",
                           G_CALLBACK (on_combo_selected_cb), self, 0);

  build_choice (self, &self->choices[CHOICE_REGIONS], self->regions_row,
                PHYSIO_VOCAB_REGION, PHYSIO_EXERCISE_FIELD_REGIONS);
  build_choice (self, &self->choices[CHOICE_EQUIPMENT], self->equipment_row,
                PHYSIO_VOCAB_EQUIPMENT, PHYSIO_EXERCISE_FIELD_EQUIPMENT);
  build_choice (self, &self->choices[CHOICE_STAGES], self->stages_row,
                PHYSIO_VOCAB_STAGE, PHYSIO_EXERCISE_FIELD_STAGES);
  build_choice (self, &self->choices[CHOICE_CAUTIONS], self->caution_codes_row,
                PHYSIO_VOCAB_CAUTION, PHYSIO_EXERCISE_FIELD_CAUTION);

  build_dose_rows (self);
  self->intensity_row = make_dose_text_row (self, _("Intensity (optional)"));
  self->load_row = make_dose_text_row (self, _("Load (optional)"));

  self->links[LINKS_PROGRESSION] =
    physio_exercise_link_picker_new (self->progressions_group, self->progression_popover,
                                     self->progression_search, self->progression_results,
                                     on_links_changed_cb, self);
  self->links[LINKS_REGRESSION] =
    physio_exercise_link_picker_new (self->regressions_group, self->regression_popover,
                                     self->regression_search, self->regression_results,
                                     on_links_changed_cb, self);
}

PhysioExerciseEditor *
physio_exercise_editor_new (GtkWindow      *parent,
                            PhysioDatabase *database,
                            PhysioExercise *exercise)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (exercise == NULL || PHYSIO_IS_EXERCISE (exercise), NULL);

  return g_object_new (PHYSIO_TYPE_EXERCISE_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       "database", database,
                       "exercise", exercise,
                       NULL);
}

/* Test access (physio-exercise-editor-private.h) */

static int
spin_field_index (PhysioDoseField field)
{
  for (guint i = 0; i < N_SPIN_FIELDS; i++)
    if (dose_fields[i].field == field)
      return (int) i;

  return -1;
}

GtkWidget *
_physio_exercise_editor_get_dose_row (PhysioExerciseEditor *self,
                                      PhysioDoseField       field)
{
  int i = spin_field_index (field);

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return GTK_WIDGET (self->dose_widgets[i].row);
}

GtkWidget *
_physio_exercise_editor_get_dose_spin (PhysioExerciseEditor *self,
                                       PhysioDoseField       field)
{
  int i = spin_field_index (field);

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return GTK_WIDGET (self->dose_widgets[i].spin);
}

GtkWidget *
_physio_exercise_editor_get_limit_row (PhysioExerciseEditor *self,
                                       PhysioDoseField       field)
{
  int i = spin_field_index (field);

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return GTK_WIDGET (self->dose_widgets[i].limit_row);
}

GtkWidget *
_physio_exercise_editor_get_limit_spin (PhysioExerciseEditor *self,
                                        PhysioDoseField       field,
                                        gboolean              highest)
{
  int i = spin_field_index (field);

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return GTK_WIDGET (highest ? self->dose_widgets[i].limit_max : self->dose_widgets[i].limit_min);
}

GtkWidget *
_physio_exercise_editor_get_intensity_row (PhysioExerciseEditor *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return GTK_WIDGET (self->intensity_row);
}

GtkWidget *
_physio_exercise_editor_get_code_check (PhysioExerciseEditor *self,
                                        PhysioVocabulary      vocab,
                                        const char           *code)
{
  int index = physio_vocab_index (vocab, code);

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);

  for (guint i = 0; i < N_CHOICES; i++)
    if (self->choices[i].vocab == vocab)
      return g_ptr_array_index (self->choices[i].checks, index);

  g_return_val_if_reached (NULL);
}

PhysioExercise *
_physio_exercise_editor_get_exercise (PhysioExerciseEditor *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return self->exercise;
}

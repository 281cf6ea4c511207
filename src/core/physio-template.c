/* physio-template.c: template programmes (brief section 5) and turning one into a programme
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"

#include "physio-template.h"

G_DEFINE_QUARK (physio-template-error-quark, physio_template_error)

void
physio_template_item_clear (PhysioTemplateItem *item)
{
  g_return_if_fail (item != NULL);

  g_clear_pointer (&item->exercise_id, g_free);
  g_clear_pointer (&item->slot_group, g_free);
  g_clear_pointer (&item->note, g_free);
  for (guint i = 0; item->ladder != NULL && i < item->n_ladder; i++)
    physio_dose_clear (&item->ladder[i]);
  g_clear_pointer (&item->ladder, g_free);
  item->n_ladder = 0;
}

PhysioTemplate *
physio_template_new (void)
{
  PhysioTemplate *self = g_new0 (PhysioTemplate, 1);

  self->version = 1;
  self->mode = PHYSIO_MODE_PAIN_MONITORED;
  self->goals = g_ptr_array_new_with_free_func (g_free);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->phases = g_array_new (FALSE, TRUE, sizeof (PhysioPhase));
  g_array_set_clear_func (self->phases, (GDestroyNotify) physio_phase_clear);
  self->education = g_array_new (FALSE, TRUE, sizeof (PhysioEducationItem));
  g_array_set_clear_func (self->education, (GDestroyNotify) physio_education_item_clear);
  self->items = g_array_new (FALSE, TRUE, sizeof (PhysioTemplateItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) physio_template_item_clear);

  return self;
}

void
physio_template_free (PhysioTemplate *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->name);
  g_free (self->title);
  g_free (self->stage);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->education, g_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_free (self);
}

/* How the template is named in a message: its name for people, else its id. */
static const char *
template_label (const PhysioTemplate *self)
{
  if (self->name != NULL && *self->name != '\0')
    return self->name;
  return self->id != NULL ? self->id : "";
}

static gboolean
check_item (const PhysioTemplate      *self,
            const PhysioTemplateItem  *item,
            GError                   **error)
{
  if (item->exercise_id == NULL || item->week_from < 1 || item->week_to < item->week_from ||
      item->week_to > self->weeks)
    {
      g_set_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_INVALID,
                   _("Template “%s”: %s runs weeks %u–%u, outside the template’s %u "
                     "weeks."),
                   template_label (self), item->exercise_id != NULL ? item->exercise_id : "?",
                   item->week_from, item->week_to, self->weeks);
      return FALSE;
    }

  if (item->ladder == NULL || item->n_ladder != item->week_to - item->week_from + 1)
    {
      g_set_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_INVALID,
                   _("Template “%s”: %s runs weeks %u–%u but has %u planned doses."),
                   template_label (self), item->exercise_id, item->week_from, item->week_to,
                   item->n_ladder);
      return FALSE;
    }

  if (item->has_laterality && item->laterality > PHYSIO_LATERALITY_ALTERNATING)
    {
      g_set_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_INVALID,
                   _("Template “%s”: %s has an unknown side."),
                   template_label (self), item->exercise_id);
      return FALSE;
    }

  return TRUE;
}

static PhysioPrescription *
prescription_from_item (const PhysioTemplateItem *item,
                        PhysioExercise           *exercise)
{
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);
  g_autoptr(GArray) ladder = NULL;
  guint days = MIN (item->days_per_week, 7);

  /* An item without its own count runs on the days its first dose asks for. */
  if (days == 0)
    days = item->ladder[0].days_per_week > 0 ? MIN (item->ladder[0].days_per_week, 7) : 7;

  ladder = g_array_sized_new (FALSE, TRUE, sizeof (PhysioDose), item->n_ladder);
  g_array_set_clear_func (ladder, (GDestroyNotify) physio_dose_clear);
  for (guint i = 0; i < item->n_ladder; i++)
    {
      PhysioDose dose = PHYSIO_DOSE_INIT;

      physio_dose_copy_into (&dose, &item->ladder[i]);
      if (dose.days_per_week == 0)
        dose.days_per_week = days;
      if (dose.sessions_per_day == 0 && item->sessions_per_day > 0)
        dose.sessions_per_day = item->sessions_per_day;
      g_array_append_val (ladder, dose);
    }

  if (item->has_laterality)
    physio_prescription_set_laterality (prescription, item->laterality);
  physio_prescription_set_weeks (prescription, item->week_from, item->week_to);
  /* Days first: setting them rewrites days per week in every dose, and a template's ladder
   * may change the count from week to week (template C walking: 3, 4, then 5 days). */
  physio_prescription_set_days (prescription, physio_days_spread (days));
  physio_prescription_set_ladder (prescription, (const PhysioDose *) ladder->data, ladder->len);
  physio_prescription_set_ladder_step (prescription, 0);
  physio_prescription_set_current_dose (prescription, &g_array_index (ladder, PhysioDose, 0));
  physio_prescription_set_slot_group (prescription, item->slot_group);
  physio_prescription_set_note (prescription, item->note);

  return g_steal_pointer (&prescription);
}

PhysioProgramme *
physio_template_instantiate (const PhysioTemplate  *self,
                             PhysioExerciseLookup   lookup,
                             gpointer               user_data,
                             const GDate           *start_date,
                             GError               **error)
{
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lookup != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->weeks < 1 || self->weeks > PHYSIO_PROGRAMME_MAX_WEEKS)
    {
      g_set_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_INVALID,
                   _("Template “%s” lasts %u weeks; a programme lasts 1 to %u weeks."),
                   template_label (self), self->weeks, PHYSIO_PROGRAMME_MAX_WEEKS);
      return NULL;
    }

  /* Resolve and check everything before building anything, so a failure leaves nothing. */
  exercises = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->items->len; i++)
    {
      const PhysioTemplateItem *item = &g_array_index (self->items, PhysioTemplateItem, i);
      PhysioExercise *exercise;

      if (!check_item (self, item, error))
        return NULL;

      exercise = lookup (item->exercise_id, user_data);
      if (exercise == NULL)
        {
          g_set_error (error, PHYSIO_TEMPLATE_ERROR, PHYSIO_TEMPLATE_ERROR_MISSING_EXERCISE,
                       _("Template “%s” uses the exercise %s, which is not in the library."),
                       template_label (self), item->exercise_id);
          return NULL;
        }
      g_ptr_array_add (exercises, exercise);
    }

  programme = physio_programme_new ();
  physio_programme_set_title (programme, self->title);
  physio_programme_set_stage (programme, self->stage);
  physio_programme_set_template_id (programme, self->id);
  physio_programme_set_weeks (programme, self->weeks);
  physio_programme_set_mode (programme, self->mode);
  physio_programme_set_start_date (programme, start_date);

  for (guint i = 0; i < self->phases->len; i++)
    {
      const PhysioPhase *phase = &g_array_index (self->phases, PhysioPhase, i);

      physio_programme_add_phase (programme, phase->name, phase->week_from, phase->week_to,
                                  phase->goals);
    }
  for (guint i = 0; i < self->education->len; i++)
    {
      const PhysioEducationItem *item = &g_array_index (self->education, PhysioEducationItem, i);

      physio_programme_add_education (programme, item->week, item->title, item->body);
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      g_autoptr(PhysioPrescription) prescription =
        prescription_from_item (&g_array_index (self->items, PhysioTemplateItem, i),
                                exercises->pdata[i]);

      physio_programme_add_prescription (programme, prescription);
    }

  return g_steal_pointer (&programme);
}

PhysioTemplate *
physio_template_from_programme (PhysioProgramme *programme,
                                const char      *name)
{
  PhysioTemplate *self;
  const PhysioPhase *phases;
  const PhysioEducationItem *education;
  guint n_phases, n_education, n;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  self = physio_template_new ();
  self->builtin = FALSE;
  self->name = g_strdup (name != NULL ? name : physio_programme_get_title (programme));
  self->title = g_strdup (physio_programme_get_title (programme));
  self->stage = g_strdup (physio_programme_get_stage (programme));
  self->weeks = physio_programme_get_weeks (programme);
  self->mode = physio_programme_get_mode (programme);

  phases = physio_programme_get_phases (programme, &n_phases);
  for (guint i = 0; i < n_phases; i++)
    {
      PhysioPhase phase = {
        .name = g_strdup (phases[i].name),
        .week_from = phases[i].week_from,
        .week_to = phases[i].week_to,
        .goals = g_strdup (phases[i].goals),
      };

      g_array_append_val (self->phases, phase);
    }

  education = physio_programme_get_education (programme, &n_education);
  for (guint i = 0; i < n_education; i++)
    {
      PhysioEducationItem item = {
        .week = education[i].week,
        .title = g_strdup (education[i].title),
        .body = g_strdup (education[i].body),
      };

      g_array_append_val (self->education, item);
    }

  n = physio_programme_get_n_prescriptions (programme);
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
      PhysioLaterality side = physio_prescription_get_laterality (prescription);
      PhysioTemplateItem item = { 0 };

      if (physio_prescription_get_removed (prescription))
        continue;

      item.exercise_id = g_strdup (physio_prescription_get_exercise_id (prescription));
      item.week_from = physio_prescription_get_week_from (prescription);
      item.week_to = physio_prescription_get_week_to (prescription);
      item.days_per_week = physio_days_count (physio_prescription_get_days (prescription));
      item.sessions_per_day =
        MAX (physio_prescription_get_current_dose (prescription)->sessions_per_day, 1);
      item.slot_group = g_strdup (physio_prescription_get_slot_group (prescription));
      item.note = g_strdup (physio_prescription_get_note (prescription));
      item.has_laterality = side != physio_exercise_get_laterality (exercise);
      item.laterality = side;

      item.n_ladder = physio_prescription_get_n_planned (prescription);
      item.ladder = g_new0 (PhysioDose, item.n_ladder);
      for (guint s = 0; s < item.n_ladder; s++)
        {
          physio_dose_init (&item.ladder[s]);
          physio_dose_copy_into (&item.ladder[s],
                                 physio_prescription_get_planned (prescription, s));
        }

      g_array_append_val (self->items, item);
    }

  return self;
}

/* physio-programme-check.c: what the builder warns about and what blocks issuing
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>
#include <string.h>

#include "physio-increment.h"
#include "physio-ladder.h"
#include "physio-programme-check.h"

/* Adherence to home exercise falls as the number of exercises rises; six is the most a
 * programme should ask for in one week before the clinician is asked to look [CONV]. */
#define MAX_EXERCISES_PER_WEEK 6

/* A day of home exercise over 45 minutes is more than most people keep up alongside work and
 * family; above it the builder warns [CONV]. */
#define LONG_DAY_MINUTES 45.0

/* Brief 2.4: warn, but allow, when weekly volume rises by more than 30% [CONV]. */
#define VOLUME_JUMP_THRESHOLD 0.30

/* Session time estimates [CONV], rough on purpose: they only need to tell a 10-minute day from
 * an hour. A rep takes about 4 s at a controlled tempo; a hold adds about 3 s to get into and
 * out of position; rest between sets is 30 s when the dose does not say; walking-type distance
 * work goes at about 0.8 m/s (a carry or an easy pool length); a technique practice is about a
 * minute. A step target is spread over the day and takes no session time. */
#define SECONDS_PER_REP    4.0
#define HOLD_CHANGEOVER_S  3.0
#define DEFAULT_REST_S     30
#define DISTANCE_M_PER_S   0.8
#define PRACTICE_SECONDS   60.0

void
physio_check_free (PhysioCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->message);
  g_free (check);
}

void
physio_caution_match_free (PhysioCautionMatch *match)
{
  if (match == NULL)
    return;

  g_free (match->caution);
  g_free (match->condition);
  g_free (match->message);
  g_free (match);
}

/* Each caution code of brief 2.1 and the patient condition it is about, with the sentence the
 * clinician reads: what the exercise does, and what to check, in a calm voice. */
static const struct
{
  const char *caution;
  const char *condition;
  const char *message;
} caution_conditions[] = {
  { "osteoporosis_loaded_flexion", "osteoporosis",
    N_("Loaded bending forward: check it suits someone with osteoporosis.") },
  { "pregnancy_supine_after_20wk", "pregnancy",
    N_("Lying on the back: after about 20 weeks of pregnancy, offer a side-lying or sitting "
       "option.") },
  { "hip_arthroplasty_precautions", "hip_replacement",
    N_("Hip bending and crossing: check the movement fits this patient’s hip replacement "
       "precautions.") },
  { "balance_fall_risk", "balance_problems",
    N_("Balance: with balance problems, set it up next to something steady to hold.") },
  { "bp_valsalva", "high_blood_pressure",
    N_("Effort: with high blood pressure, remind the patient to breathe out and not hold the "
       "breath.") },
  { "knee_kneeling", "knee_problems",
    N_("Kneeling: with knee problems, offer padding or another starting position.") },
  { "wrist_shoulder_load", "wrist_shoulder_problems",
    N_("Weight through the hands or arms: check it suits this patient’s wrists and shoulders.") },
  { "neck_pain", "neck_pain",
    N_("Neck position: check it stays comfortable with this patient’s neck pain.") },
  { "pool_wounds_continence_cardiac", "wounds_continence_heart",
    N_("Pool: check that wounds, continence and heart health allow pool exercise.") },
  { "heat_skin_sensation", "reduced_skin_sensation",
    N_("Heat: with reduced skin sensation, check the skin often and keep it warm, not hot.") },
  { "radicular_symptoms", "radicular",
    N_("Leg symptoms: watch that pain, pins and needles or numbness down the leg do not spread "
       "further.") },
};

const char *
physio_caution_condition (const char *caution)
{
  g_return_val_if_fail (caution != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (caution_conditions); i++)
    {
      if (g_str_equal (caution_conditions[i].caution, caution))
        return caution_conditions[i].condition;
    }

  return NULL;
}

GPtrArray *
physio_patient_matching_cautions (PhysioPatient  *patient,
                                  PhysioExercise *exercise)
{
  GPtrArray *matches;
  const char * const *codes;

  g_return_val_if_fail (PHYSIO_IS_PATIENT (patient), NULL);
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (exercise), NULL);

  matches = g_ptr_array_new_with_free_func ((GDestroyNotify) physio_caution_match_free);
  codes = physio_exercise_get_caution_codes (exercise);

  for (guint c = 0; codes[c] != NULL; c++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (caution_conditions); i++)
        {
          const char *condition = caution_conditions[i].condition;
          PhysioCautionMatch *match;
          gboolean applies;

          if (!g_str_equal (caution_conditions[i].caution, codes[c]))
            continue;

          /* The radicular flag is its own field of the patient, not a condition code. */
          if (g_str_equal (condition, "radicular"))
            applies = physio_patient_get_radicular (patient);
          else
            applies = physio_patient_has_condition (patient, condition);
          if (!applies)
            continue;

          match = g_new0 (PhysioCautionMatch, 1);
          match->caution = g_strdup (codes[c]);
          match->condition = g_strdup (condition);
          match->message = g_strdup (g_dgettext (GETTEXT_PACKAGE, caution_conditions[i].message));
          g_ptr_array_add (matches, match);
        }
    }

  return matches;
}

double
physio_dose_session_minutes (PhysioDosageKind  kind,
                             const PhysioDose *dose)
{
  double seconds = 0;
  guint sets, rest;

  g_return_val_if_fail (dose != NULL, 0);

  sets = dose->n_pattern > 0 ? dose->n_pattern : MAX (dose->sets, 1);
  rest = dose->rest_s >= 0 ? (guint) dose->rest_s : DEFAULT_REST_S;

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
      seconds = physio_dose_total_reps (dose) * SECONDS_PER_REP;
      break;
    case PHYSIO_DOSAGE_HOLD:
      seconds = physio_dose_total_reps (dose) * (dose->hold_s + HOLD_CHANGEOVER_S);
      break;
    case PHYSIO_DOSAGE_DURATION:
      return dose->duration_s / 60.0;
    case PHYSIO_DOSAGE_DISTANCE:
      seconds = sets * dose->distance_m / DISTANCE_M_PER_S;
      break;
    case PHYSIO_DOSAGE_STEPS:
      return 0;
    case PHYSIO_DOSAGE_PRACTICE:
      return PRACTICE_SECONDS / 60.0;
    default:
      g_return_val_if_reached (0);
    }

  seconds += (double) (sets - 1) * rest;
  return seconds / 60.0;
}

static double
prescription_minutes (PhysioPrescription *prescription,
                      guint               week)
{
  PhysioDosageKind kind = physio_prescription_get_dosage_kind (prescription);
  const PhysioDose *dose = physio_prescription_get_dose_for_week (prescription, week);
  double minutes;

  minutes = physio_dose_session_minutes (kind, dose);
  /* An each-side dose is done twice, once per side. */
  if (physio_prescription_get_laterality (prescription) == PHYSIO_LATERALITY_EACH_SIDE)
    minutes *= 2;

  return minutes;
}

void
physio_programme_estimate_minutes (PhysioProgramme *programme,
                                   guint            week,
                                   double          *per_session,
                                   double          *per_day)
{
  double busiest_session = 0, busiest_day = 0;
  guint n;

  g_return_if_fail (PHYSIO_IS_PROGRAMME (programme));

  n = physio_programme_get_n_prescriptions (programme);
  for (guint day = 0; day < 7; day++)
    {
      /* Of a "pick one" group (a walk or a pool class, one direction-of-comfort exercise)
       * the patient does one, so only the longest of the group counts. */
      g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      double session = 0, total = 0;
      GHashTableIter iter;
      gpointer value;

      for (guint i = 0; i < n; i++)
        {
          PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
          const char *group = physio_prescription_get_slot_group (prescription);
          const PhysioDose *dose;
          double minutes[2];
          double *longest;

          if (!physio_prescription_is_active_in_week (prescription, week) ||
              !(physio_prescription_get_days_in_week (prescription, week) & (1u << day)))
            continue;

          dose = physio_prescription_get_dose_for_week (prescription, week);
          minutes[0] = prescription_minutes (prescription, week);
          minutes[1] = minutes[0] * MAX (dose->sessions_per_day, 1);

          if (group == NULL)
            {
              session += minutes[0];
              total += minutes[1];
              continue;
            }

          longest = g_hash_table_lookup (groups, group);
          if (longest == NULL)
            g_hash_table_insert (groups, (gpointer) group, g_memdup2 (minutes, sizeof minutes));
          else if (minutes[1] > longest[1])
            memcpy (longest, minutes, sizeof minutes);
        }

      g_hash_table_iter_init (&iter, groups);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          session += ((double *) value)[0];
          total += ((double *) value)[1];
        }

      busiest_session = MAX (busiest_session, session);
      busiest_day = MAX (busiest_day, total);
    }

  if (per_session != NULL)
    *per_session = busiest_session;
  if (per_day != NULL)
    *per_day = busiest_day;
}

static void
add_check (GPtrArray           *checks,
           PhysioCheckSeverity  severity,
           PhysioCheckCode      code,
           gint                 position,
           guint                week,
           char                *message)
{
  PhysioCheck *check = g_new0 (PhysioCheck, 1);

  check->severity = severity;
  check->code = code;
  check->position = position;
  check->week = week;
  check->message = message;
  g_ptr_array_add (checks, check);
}

/* Errors before warnings; within a severity the whole programme before single prescriptions,
 * and prescriptions in order (the sort is stable, so each one's checks keep their order). */
static int
compare_checks (gconstpointer a,
                gconstpointer b)
{
  const PhysioCheck *x = *(PhysioCheck * const *) a;
  const PhysioCheck *y = *(PhysioCheck * const *) b;

  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return 0;
}

static const char *
exercise_name (PhysioPrescription *prescription)
{
  return physio_exercise_get_name (physio_prescription_get_exercise (prescription));
}

static void
check_prescription_errors (GPtrArray          *checks,
                           PhysioPrescription *prescription,
                           gint                position,
                           guint               weeks)
{
  guint from = physio_prescription_get_week_from (prescription);
  guint to = physio_prescription_get_week_to (prescription);
  guint n_planned = physio_prescription_get_n_planned (prescription);
  guint step = physio_prescription_get_ladder_step (prescription);
  const PhysioDose *current = physio_prescription_get_current_dose (prescription);

  if (from < 1 || to < from || to > weeks)
    add_check (checks, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_WEEKS_OUT_OF_RANGE, position, 0,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%s: weeks %u–%u do not fit a programme of "
                                             "%u week.",
                                             "%s: weeks %u–%u do not fit a programme of "
                                             "%u weeks.",
                                             weeks),
                                exercise_name (prescription), from, to, weeks));

  if (physio_prescription_get_days (prescription) == 0)
    add_check (checks, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_NO_DAYS, position, 0,
               g_strdup_printf (_("%s: choose at least one day of the week."),
                                exercise_name (prescription)));

  /* One check per week, so the ladder editor can mark the very cell. */
  for (guint i = 0; i < n_planned; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!physio_prescription_validate_dose (prescription,
                                              physio_prescription_get_planned (prescription, i),
                                              from + i, &error))
        add_check (checks, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_DOSE_OUT_OF_RANGE, position,
                   from + i, g_strdup (error->message));
    }

  /* The current dose usually is the planned dose of its step; say it once. */
  if (step >= n_planned ||
      !physio_dose_equal (current, physio_prescription_get_planned (prescription, step)))
    {
      g_autoptr(GError) error = NULL;

      if (!physio_prescription_validate_dose (prescription, current, 0, &error))
        add_check (checks, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_DOSE_OUT_OF_RANGE, position, 0,
                   g_strdup (error->message));
    }
}

static void
check_prescription_warnings (GPtrArray          *checks,
                             PhysioPrescription *prescription,
                             gint                position,
                             PhysioPatient      *patient)
{
  PhysioDosageKind kind = physio_prescription_get_dosage_kind (prescription);
  guint n_planned = physio_prescription_get_n_planned (prescription);
  guint from = physio_prescription_get_week_from (prescription);
  g_autoptr(GArray) jumps = NULL;
  g_autoptr(GArray) ladder = NULL;

  if (patient != NULL)
    {
      g_autoptr(GPtrArray) cautions =
        physio_patient_matching_cautions (patient, physio_prescription_get_exercise (prescription));

      for (guint i = 0; i < cautions->len; i++)
        {
          PhysioCautionMatch *match = cautions->pdata[i];

          add_check (checks, PHYSIO_CHECK_WARNING, PHYSIO_CHECK_CAUTION, position, 0,
                     g_strdup_printf ("%s: %s", exercise_name (prescription), match->message));
        }
    }

  /* The ladder's doses are not contiguous in the prescription's API; copy them out. */
  ladder = g_array_sized_new (FALSE, FALSE, sizeof (PhysioDose), n_planned);
  for (guint i = 0; i < n_planned; i++)
    g_array_append_vals (ladder, physio_prescription_get_planned (prescription, i), 1);
  jumps = physio_ladder_volume_jumps (kind, (const PhysioDose *) ladder->data, ladder->len,
                                      VOLUME_JUMP_THRESHOLD);

  for (guint j = 0; j < jumps->len; j++)
    {
      guint step = g_array_index (jumps, guint, j);
      const PhysioDose *before = &g_array_index (ladder, PhysioDose, step - 2);
      const PhysioDose *after = &g_array_index (ladder, PhysioDose, step - 1);
      double rise = physio_dose_weekly_volume (kind, after) /
                    physio_dose_weekly_volume (kind, before) - 1.0;

      add_check (checks, PHYSIO_CHECK_WARNING, PHYSIO_CHECK_VOLUME_JUMP, position,
                 from + step - 1,
                 g_strdup_printf (_("%s, week %u: the weekly amount rises by %.0f%%, more than "
                                    "the usual 30%%."),
                                  exercise_name (prescription), from + step - 1,
                                  floor (rise * 100 + 0.5)));
    }
}

/* Counts the exercises planned in @week; a "pick one" group is one exercise. */
static guint
exercises_in_week (PhysioProgramme *programme,
                   guint            week)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  guint n = physio_programme_get_n_prescriptions (programme);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      const char *group = physio_prescription_get_slot_group (prescription);

      if (!physio_prescription_is_active_in_week (prescription, week))
        continue;
      if (group != NULL)
        {
          if (g_ptr_array_find_with_equal_func (groups, group, g_str_equal, NULL))
            continue;
          g_ptr_array_add (groups, (gpointer) group);
        }
      count++;
    }

  return count;
}

static void
check_programme_load (GPtrArray       *checks,
                      PhysioProgramme *programme)
{
  guint weeks = physio_programme_get_weeks (programme);

  for (guint week = 1; week <= weeks; week++)
    {
      guint count = exercises_in_week (programme, week);

      if (count > MAX_EXERCISES_PER_WEEK)
        {
          add_check (checks, PHYSIO_CHECK_WARNING, PHYSIO_CHECK_TOO_MANY_EXERCISES, -1, week,
                     g_strdup_printf (_("Week %u has %u exercises. People tend to do less of a "
                                        "programme as it grows; consider 6 or fewer."),
                                      week, count));
          break;
        }
    }

  for (guint week = 1; week <= weeks; week++)
    {
      double per_day = 0;

      physio_programme_estimate_minutes (programme, week, NULL, &per_day);
      if (per_day > LONG_DAY_MINUTES)
        {
          add_check (checks, PHYSIO_CHECK_WARNING, PHYSIO_CHECK_LONG_SESSION, -1, week,
                     g_strdup_printf (_("Week %u: about %.0f minutes on the busiest day. More "
                                        "than 45 minutes a day is hard to keep up; consider "
                                        "fewer exercises or shorter doses."),
                                      week, floor (per_day + 0.5)));
          break;
        }
    }
}

/* More than one exercise of a "pick one" group in the same week: the clinician has not chosen
 * yet (template A's direction-of-comfort slot). */
static void
check_slots (GPtrArray       *checks,
             PhysioProgramme *programme)
{
  g_autoptr(GPtrArray) done = g_ptr_array_new ();
  guint n = physio_programme_get_n_prescriptions (programme);
  guint weeks = physio_programme_get_weeks (programme);

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *first = physio_programme_get_prescription (programme, i);
      const char *group = physio_prescription_get_slot_group (first);

      if (group == NULL || physio_prescription_get_removed (first) ||
          g_ptr_array_find_with_equal_func (done, group, g_str_equal, NULL))
        continue;
      g_ptr_array_add (done, (gpointer) group);

      for (guint week = 1; week <= weeks; week++)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new ();
          g_autofree char *group_words = NULL;
          g_autofree char *list = NULL;

          for (guint j = i; j < n; j++)
            {
              PhysioPrescription *other = physio_programme_get_prescription (programme, j);

              if (g_strcmp0 (physio_prescription_get_slot_group (other), group) == 0 &&
                  physio_prescription_is_active_in_week (other, week))
                g_ptr_array_add (names, (gpointer) exercise_name (other));
            }
          if (names->len < 2)
            continue;

          g_ptr_array_add (names, NULL);
          list = g_strjoinv (", ", (char **) names->pdata);
          group_words = g_strdelimit (g_strdup (group), "_", ' ');
          add_check (checks, PHYSIO_CHECK_WARNING, PHYSIO_CHECK_SLOT_UNCHOSEN, (gint) i, week,
                     g_strdup_printf (_("Pick one exercise of the “%s” group for week %u: %s."),
                                      group_words, week, list));
          break;
        }
    }
}

GPtrArray *
physio_programme_check (PhysioProgramme *programme,
                        PhysioPatient   *patient,
                        const GDate     *today)
{
  GPtrArray *checks;
  guint n, n_active = 0;
  guint weeks;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient), NULL);

  checks = g_ptr_array_new_with_free_func ((GDestroyNotify) physio_check_free);
  n = physio_programme_get_n_prescriptions (programme);
  weeks = physio_programme_get_weeks (programme);

  for (guint i = 0; i < n; i++)
    {
      if (!physio_prescription_get_removed (physio_programme_get_prescription (programme, i)))
        n_active++;
    }

  if (n_active == 0)
    add_check (checks, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_NO_EXERCISES, -1, 0,
               g_strdup (_("Add at least one exercise.")));
  if (!g_date_valid (physio_programme_get_start_date (programme)))
    add_check (checks, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_NO_START_DATE, -1, 0,
               g_strdup (_("Choose the date the programme starts.")));

  /* Brief 2.5: printing is blocked until the intake screen is recorded [CONV, safety]. A
   * screen dated after today was typed wrong and does not count. */
  if (patient != NULL &&
      (!physio_patient_has_red_flag_screen (patient) ||
       (today != NULL && g_date_valid (today) &&
        g_date_valid (physio_patient_get_screened_on (patient)) &&
        g_date_compare (physio_patient_get_screened_on (patient), today) > 0)))
    add_check (checks, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_NO_RED_FLAG_SCREEN, -1, 0,
               g_strdup (_("Record the red-flag screen for this patient before issuing the "
                           "programme.")));

  if (physio_programme_get_status (programme) == PHYSIO_PROGRAMME_SUSPENDED)
    add_check (checks, PHYSIO_CHECK_WARNING, PHYSIO_CHECK_SUSPENDED, -1, 0,
               g_strdup (_("The programme is suspended because a warning sign was reported. "
                           "Review the patient, then resume it before issuing.")));

  check_programme_load (checks, programme);
  check_slots (checks, programme);

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      if (physio_prescription_get_removed (prescription))
        continue;

      check_prescription_errors (checks, prescription, (gint) i, weeks);
      check_prescription_warnings (checks, prescription, (gint) i, patient);
    }

  g_ptr_array_sort (checks, compare_checks);
  return checks;
}

gboolean
physio_checks_have_errors (GPtrArray *checks)
{
  g_return_val_if_fail (checks != NULL, FALSE);

  for (guint i = 0; i < checks->len; i++)
    {
      const PhysioCheck *check = checks->pdata[i];

      if (check->severity == PHYSIO_CHECK_ERROR)
        return TRUE;
    }

  return FALSE;
}

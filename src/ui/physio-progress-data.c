/* physio-progress-data.c: a programme's follow-up read once and turned into chart data
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "physio-database-outcomes.h"
#include "physio-database-patients.h"
#include "physio-dose-text.h"
#include "physio-follow-up-stats.h"
#include "physio-progress-data.h"
#include "physio-review.h"
#include "physio-units.h"

/* Days of the rolling mean and of the "week" a pain summary compares (brief 6.8). */
#define WEEK_DAYS 7

typedef struct
{
  PhysioProgressData public;
  gatomicrefcount    ref;

  GArray    *diary;           /* PhysioDiaryEntry, the programme's days */
  GArray    *forms;           /* PhysioOutcomeForm */
  GArray    *morning;         /* PhysioChartValue */
  GArray    *session;
  GArray    *rolling;
  GArray    *markers;         /* PhysioChartMarker */
  GArray    *disability;      /* PhysioChartValue */
  GArray    *psfs_mean;
  GArray    *psfs_activities; /* PhysioPsfsActivity, scores in psfs_series */
  GPtrArray *psfs_series;     /* GArray of PhysioChartValue per activity */
  GArray    *weeks;           /* PhysioChartWeek */
  GArray    *summary;         /* PhysioSummaryRow */
  GArray    *doses;           /* PhysioDoseChartData, steps in dose_steps */
  GPtrArray *dose_steps;      /* GArray of PhysioDoseStep per dose chart, then its plan */
  GPtrArray *strings;         /* every string the charts point at */
  gboolean   has_sessions;
} Data;

static const char *
keep (Data *data,
      char *text)
{
  g_ptr_array_add (data->strings, text);
  return text;
}

static GArray *
values_new (void)
{
  return g_array_new (FALSE, TRUE, sizeof (PhysioChartValue));
}

static void
add_value (GArray      *values,
           const GDate *date,
           double       value)
{
  PhysioChartValue v = { .value = value };

  v.date = *date;
  g_array_append_val (values, v);
}

static gboolean
is_aerobic (PhysioPrescription *prescription)
{
  PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
  const char *category = exercise != NULL ? physio_exercise_get_category (exercise) : NULL;

  return g_strcmp0 (category, "aerobic") == 0 || g_strcmp0 (category, "aquatic") == 0;
}

/* Pain over time ------------------------------------------------------------------------------- */

static gboolean
chart_mark_of (PhysioDecision       decision,
               PhysioChartMarkKind *kind)
{
  switch (decision)
    {
    case PHYSIO_DECISION_PROGRESS:
      *kind = PHYSIO_CHART_MARK_PROGRESS;
      return TRUE;
    case PHYSIO_DECISION_HOLD:
      *kind = PHYSIO_CHART_MARK_HOLD;
      return TRUE;
    case PHYSIO_DECISION_REGRESS:
      *kind = PHYSIO_CHART_MARK_REGRESS;
      return TRUE;
    case PHYSIO_DECISION_STOP:
    case PHYSIO_DECISION_READY:
    case PHYSIO_DECISION_SWAP:
    default:
      return FALSE;
    }
}

static gboolean
change_counts (const PhysioDoseChange *change)
{
  return g_strcmp0 (change->outcome, "undone") != 0 && g_strcmp0 (change->outcome, "rejected") != 0;
}

/* One decision marker per day and kind, whichever prescriptions it was taken for. */
static void
add_marker (Data                   *data,
            const PhysioDoseChange *change)
{
  PhysioChartMarker marker = { 0 };

  if (!change_counts (change) || !chart_mark_of (change->decision, &marker.kind) ||
      !g_date_valid (&change->effective_date))
    return;
  marker.date = change->effective_date;
  for (guint i = 0; i < data->markers->len; i++)
    {
      PhysioChartMarker *other = &g_array_index (data->markers, PhysioChartMarker, i);

      if (other->kind == marker.kind && g_date_compare (&other->date, &marker.date) == 0)
        return;
    }
  g_array_append_val (data->markers, marker);
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  return g_date_compare (&((const PhysioChartMarker *) a)->date,
                         &((const PhysioChartMarker *) b)->date);
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  return g_date_compare (&((const PhysioChartValue *) a)->date,
                         &((const PhysioChartValue *) b)->date);
}

static void
fill_pain (Data        *data,
           const GDate *start)
{
  const PhysioDiaryEntry *diary = (const PhysioDiaryEntry *) data->diary->data;
  guint n = data->diary->len;
  double baseline = -1;

  for (guint i = 0; i < n; i++)
    {
      if (diary[i].morning_pain >= 0)
        {
          add_value (data->morning, &diary[i].date, diary[i].morning_pain);
          add_value (data->rolling, &diary[i].date,
                     physio_stats_rolling_mean (diary, n, &diary[i].date, WEEK_DAYS));
        }
      if (diary[i].has_exercise_pain)
        add_value (data->session, &diary[i].date, diary[i].exercise_pain);
    }
  g_array_sort (data->session, compare_values);
  g_array_sort (data->markers, compare_markers);

  /* The baseline is the intake NPRS when one was scored, else the first week's mornings. */
  for (guint i = 0; i < data->forms->len && baseline < 0; i++)
    {
      const PhysioOutcomeForm *form = &g_array_index (data->forms, PhysioOutcomeForm, i);
      PhysioOutcomeScore score = { 0 };

      if (form->instrument == PHYSIO_INSTRUMENT_NPRS && physio_outcome_score (form, NULL, &score))
        baseline = score.total;
      physio_outcome_score_clear (&score);
    }
  if (baseline < 0 && start != NULL)
    baseline = physio_stats_mean_morning (diary, n, start, WEEK_DAYS);

  data->public.pain = (PhysioPainChartData) {
    .morning = (const PhysioChartValue *) data->morning->data,
    .n_morning = data->morning->len,
    .session = (const PhysioChartValue *) data->session->data,
    .n_session = data->session->len,
    .rolling_mean = (const PhysioChartValue *) data->rolling->data,
    .n_rolling_mean = data->rolling->len,
    .markers = (const PhysioChartMarker *) data->markers->data,
    .n_markers = data->markers->len,
    .baseline = baseline,
  };
}

/* Outcome measures ------------------------------------------------------------------------------ */

static void
add_summary (Data             *data,
             const char       *measure,
             PhysioInstrument  instrument,
             const GDate      *first_date,
             double            first,
             const GDate      *last_date,
             double            last,
             int               decimals)
{
  PhysioOutcomeResponse response;
  PhysioSummaryRow row = { 0 };

  physio_outcome_response (instrument, first, last, &response);
  row.measure = measure;
  row.lower_is_better = physio_instrument_lower_is_better (instrument);
  row.baseline_date = *first_date;
  row.baseline = first;
  row.latest_date = *last_date;
  row.latest = last;
  row.change = response.change;
  row.percent_change = response.percent_defined ? response.percent : NAN;
  row.has_mcid = response.defined;
  row.mcid_reached = response.mcid_met;
  row.relative_reached = response.percent_met;
  row.decimals = decimals;
  g_array_append_val (data->summary, row);
}

static GArray *
psfs_series_for (Data       *data,
                 const char *activity)
{
  for (guint i = 0; i < data->psfs_activities->len; i++)
    if (g_utf8_collate (g_array_index (data->psfs_activities, PhysioPsfsActivity, i).activity,
                        activity) == 0)
      return g_ptr_array_index (data->psfs_series, i);

  {
    PhysioPsfsActivity entry = { .activity = keep (data, g_strdup (activity)) };

    g_array_append_val (data->psfs_activities, entry);
    g_ptr_array_add (data->psfs_series, values_new ());
    return g_ptr_array_index (data->psfs_series, data->psfs_series->len - 1);
  }
}

static void
fill_outcomes (Data *data)
{
  const PhysioOutcomeForm *forms = (const PhysioOutcomeForm *) data->forms->data;
  PhysioInstrument disability = physio_outcome_disability_in_use (forms, data->forms->len);
  PhysioOutcomeResponse response = { 0 };
  double low, high;

  for (guint i = 0; i < data->forms->len; i++)
    {
      PhysioOutcomeScore score = { 0 };

      if (physio_outcome_score (&forms[i], NULL, &score))
        {
          if (forms[i].instrument == disability)
            add_value (data->disability, &forms[i].date, score.total);
          else if (forms[i].instrument == PHYSIO_INSTRUMENT_PSFS)
            {
              add_value (data->psfs_mean, &forms[i].date, score.total);
              for (guint a = 0; a < forms[i].n_items; a++)
                if (forms[i].activities[a] != NULL && forms[i].items[a] >= 0)
                  add_value (psfs_series_for (data, forms[i].activities[a]), &forms[i].date,
                             forms[i].items[a]);
            }
        }
      physio_outcome_score_clear (&score);
    }

  for (guint i = 0; i < data->psfs_series->len; i++)
    {
      GArray *series = g_ptr_array_index (data->psfs_series, i);
      PhysioPsfsActivity *activity = &g_array_index (data->psfs_activities, PhysioPsfsActivity, i);

      activity->scores = (const PhysioChartValue *) series->data;
      activity->n_scores = series->len;
    }

  if (data->disability->len >= 2)
    physio_outcome_response (disability,
                             g_array_index (data->disability, PhysioChartValue, 0).value,
                             g_array_index (data->disability, PhysioChartValue,
                                            data->disability->len - 1).value,
                             &response);
  physio_instrument_range (disability, &low, &high);
  data->public.disability = (PhysioDisabilityChartData) {
    .instrument = physio_instrument_label (disability),
    .range_max = high,
    .mcid = physio_instrument_mcid (disability),
    .scores = (const PhysioChartValue *) data->disability->data,
    .n_scores = data->disability->len,
    .mcid_reached = response.mcid_met,
    .relative_reached = response.percent_met,
  };
  data->public.psfs = (PhysioPsfsChartData) {
    .activities = (const PhysioPsfsActivity *) data->psfs_activities->data,
    .n_activities = data->psfs_activities->len,
    .mean = (const PhysioChartValue *) data->psfs_mean->data,
    .n_mean = data->psfs_mean->len,
    .mdc = 2,
  };
}

/* The summary card: pain on rising (first week's mean against the latest week's), the
 * disability measure and the PSFS, each from its first to its latest valid score. */
static void
fill_summary (Data        *data,
              const GDate *start)
{
  const PhysioDiaryEntry *diary = (const PhysioDiaryEntry *) data->diary->data;
  guint n = data->diary->len;

  if (start != NULL && data->morning->len > 0)
    {
      const GDate *last = &g_array_index (data->morning, PhysioChartValue,
                                          data->morning->len - 1).date;
      GDate from = *last;
      double first_mean = physio_stats_mean_morning (diary, n, start, WEEK_DAYS);
      double last_mean;

      g_date_subtract_days (&from, WEEK_DAYS - 1);
      last_mean = physio_stats_mean_morning (diary, n, &from, WEEK_DAYS);
      if (first_mean >= 0 && last_mean >= 0 && g_date_compare (&from, start) > 0)
        add_summary (data, _("Pain on rising, weekly mean (NPRS)"), PHYSIO_INSTRUMENT_NPRS, start,
                     first_mean, &from, last_mean, 1);
    }
  if (data->disability->len >= 2)
    {
      const PhysioChartValue *first = &g_array_index (data->disability, PhysioChartValue, 0);
      const PhysioChartValue *last = &g_array_index (data->disability, PhysioChartValue,
                                                     data->disability->len - 1);
      PhysioInstrument instrument = data->public.disability.range_max > 50
                                    ? PHYSIO_INSTRUMENT_ODI : PHYSIO_INSTRUMENT_RMDQ;

      add_summary (data, physio_instrument_label (instrument), instrument, &first->date,
                   first->value, &last->date, last->value, 0);
    }
  if (data->psfs_mean->len >= 2)
    {
      const PhysioChartValue *first = &g_array_index (data->psfs_mean, PhysioChartValue, 0);
      const PhysioChartValue *last = &g_array_index (data->psfs_mean, PhysioChartValue,
                                                     data->psfs_mean->len - 1);

      add_summary (data, _("PSFS, mean of activities"), PHYSIO_INSTRUMENT_PSFS, &first->date,
                   first->value, &last->date, last->value, 1);
    }
  data->public.summary = (PhysioSummaryData) {
    .rows = (const PhysioSummaryRow *) data->summary->data,
    .n_rows = data->summary->len,
  };
}

/* Weeks ------------------------------------------------------------------------------------------ */

/* The day's activity minutes: what the patient wrote in the diary's activity row, else the
 * minutes of the aerobic sessions logged that day (never both, so nothing counts twice). */
static double
day_minutes (Data              *data,
             PhysioProgramme   *programme,
             GPtrArray         *logs,
             guint              week,
             const GDate       *day)
{
  const PhysioDiaryEntry *entry = physio_diary_find ((const PhysioDiaryEntry *) data->diary->data,
                                                     data->diary->len, day);
  double minutes = 0;

  if (entry != NULL && entry->has_activity_minutes)
    return entry->activity_minutes;
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (programme, i);
      GArray *plogs = g_ptr_array_index (logs, i);

      if (plogs != NULL && is_aerobic (p) && physio_prescription_is_active_in_week (p, week))
        minutes += physio_stats_activity_minutes ((const PhysioSessionLog *) plogs->data,
                                                  plogs->len,
                                                  physio_prescription_get_dose_for_week (p, week),
                                                  day, 1);
    }
  return minutes;
}

static void
fill_weeks (Data            *data,
            PhysioProgramme *programme,
            GPtrArray       *logs,
            const GDate     *start,
            const GDate     *today)
{
  guint n = physio_programme_get_n_prescriptions (programme);

  data->public.last_adherence = -1;
  for (guint week = 1; start != NULL && week <= data->public.week; week++)
    {
      g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (PhysioStatsInput));
      PhysioChartWeek chart = { .week = week };
      PhysioWeekStats stats;
      gboolean recorded = FALSE;
      guint elapsed;

      chart.start = *start;
      g_date_add_days (&chart.start, (week - 1) * WEEK_DAYS);
      elapsed = (guint) CLAMP (g_date_days_between (&chart.start, today) + 1, 1, WEEK_DAYS);
      for (guint i = 0; i < n; i++)
        {
          PhysioPrescription *p = physio_programme_get_prescription (programme, i);
          GArray *plogs = g_ptr_array_index (logs, i);
          const PhysioDose *dose;
          PhysioStatsInput input = { 0 };

          if (plogs == NULL || !physio_prescription_is_active_in_week (p, week))
            continue;
          dose = physio_prescription_get_dose_for_week (p, week);
          input.kind = physio_prescription_get_dosage_kind (p);
          input.aerobic = is_aerobic (p);
          input.dose = dose;
          input.logs = (const PhysioSessionLog *) plogs->data;
          input.n_logs = plogs->len;
          input.prescribed = physio_review_sessions_prescribed (programme, p, dose, &chart.start);
          if (elapsed < WEEK_DAYS)
            {
              /* This week so far: a Tuesday is not a week's sessions missed. */
              guint days = dose->days_per_week > 0
                           ? dose->days_per_week
                           : physio_days_count (physio_prescription_get_days (p));

              input.prescribed = MIN (input.prescribed,
                                      physio_sessions_prescribed (days, dose->sessions_per_day,
                                                                  elapsed));
            }
          g_array_append_val (inputs, input);
        }
      physio_stats_week ((const PhysioStatsInput *) inputs->data, inputs->len,
                         (const PhysioDiaryEntry *) data->diary->data, data->diary->len,
                         &chart.start, &stats);
      chart.done = (guint) round (stats.adherence.done);
      chart.prescribed = (guint) round (stats.adherence.prescribed);
      for (guint d = 0; d < WEEK_DAYS; d++)
        {
          GDate day = chart.start;

          g_date_add_days (&day, d);
          chart.minutes += day_minutes (data, programme, logs, week, &day);
          recorded = recorded || physio_diary_find ((const PhysioDiaryEntry *) data->diary->data,
                                                    data->diary->len, &day) != NULL;
        }
      recorded = recorded || stats.adherence.logged > 0;
      chart.missing = !recorded;
      if (recorded && stats.adherence.prescribed > 0)
        data->public.last_adherence = stats.adherence.adherence;
      g_array_append_val (data->weeks, chart);
    }
  data->public.adherence = (PhysioWeeklyChartData) {
    .weeks = (const PhysioChartWeek *) data->weeks->data,
    .n_weeks = data->weeks->len,
  };
  data->public.activity = data->public.adherence;
  data->public.activity.target_minutes = 150;
}

/* Dose progression -------------------------------------------------------------------------------- */

static double
primary_value (const PhysioDose *dose,
               PhysioDosageKind  kind)
{
  switch (kind)
    {
    case PHYSIO_DOSAGE_HOLD:
      return dose->hold_s;
    case PHYSIO_DOSAGE_DURATION:
      return dose->duration_s / 60.0;
    case PHYSIO_DOSAGE_DISTANCE:
      return physio_units_short_distance_to_shown (dose->distance_m);
    case PHYSIO_DOSAGE_STEPS:
      return dose->steps_per_day;
    case PHYSIO_DOSAGE_REPS:
    case PHYSIO_DOSAGE_PRACTICE:
    default:
      return physio_dose_total_reps (dose);
    }
}

static const char *
primary_unit (PhysioDosageKind kind)
{
  switch (kind)
    {
    case PHYSIO_DOSAGE_HOLD:
      return _("seconds held");
    case PHYSIO_DOSAGE_DURATION:
      return _("minutes");
    case PHYSIO_DOSAGE_DISTANCE:
      return physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL ? _("yards") : _("metres");
    case PHYSIO_DOSAGE_STEPS:
      return _("steps a day");
    case PHYSIO_DOSAGE_REPS:
    case PHYSIO_DOSAGE_PRACTICE:
    default:
      return _("reps per session");
    }
}

static PhysioDoseStep
dose_step (Data               *data,
           PhysioPrescription *p,
           guint               week,
           const PhysioDose   *dose,
           PhysioDoseSource    source)
{
  PhysioExercise *exercise = physio_prescription_get_exercise (p);
  PhysioDosageKind kind = physio_prescription_get_dosage_kind (p);
  PhysioDoseStep step = { .week = week, .source = source };

  step.value = primary_value (dose, kind);
  step.label = keep (data, physio_dose_text_short (dose, kind,
                                                   exercise != NULL
                                                   ? physio_exercise_get_laterality (exercise)
                                                   : PHYSIO_LATERALITY_BILATERAL,
                                                   FALSE));
  return step;
}

/* The dose in force each week up to today's: the plan's until a decision changed it, then the
 * decision's new dose, drawn as the engine's or the clinician's. */
static void
fill_dose (Data               *data,
           PhysioProgramme    *programme,
           PhysioPrescription *p,
           GArray             *changes)
{
  GArray *steps = g_array_new (FALSE, TRUE, sizeof (PhysioDoseStep));
  GArray *plan = g_array_new (FALSE, TRUE, sizeof (PhysioDoseStep));
  guint from = physio_prescription_get_week_from (p);
  guint to = MIN (physio_prescription_get_week_to (p), physio_programme_get_weeks (programme));
  const PhysioDoseChange *in_force = NULL;
  PhysioExercise *exercise = physio_prescription_get_exercise (p);
  PhysioDoseChartData chart = { 0 };

  for (guint week = MAX (from, 1); week <= to; week++)
    {
      PhysioDoseStep step;

      step = dose_step (data, p, week, physio_prescription_get_dose_for_week (p, week),
                        PHYSIO_DOSE_SOURCE_PLAN);
      g_array_append_val (plan, step);
      if (week > data->public.week)
        continue;

      step.has_decision = FALSE;
      for (guint c = 0; changes != NULL && c < changes->len; c++)
        {
          const PhysioDoseChange *change = &g_array_index (changes, PhysioDoseChange, c);

          if (change_counts (change) && g_date_valid (&change->effective_date) &&
              physio_programme_week_of (programme, &change->effective_date) == week)
            {
              in_force = change;
              step = dose_step (data, p, week, &change->new_dose,
                                change->by_clinician || g_strcmp0 (change->outcome, "edited") == 0
                                ? PHYSIO_DOSE_SOURCE_CLINICIAN : PHYSIO_DOSE_SOURCE_ENGINE);
              step.has_decision = chart_mark_of (change->decision, &step.decision);
            }
        }
      if (in_force != NULL && step.source == PHYSIO_DOSE_SOURCE_PLAN)
        {
          /* Held at the last decision's dose until the next one. */
          step = dose_step (data, p, week, &in_force->new_dose,
                            in_force->by_clinician ? PHYSIO_DOSE_SOURCE_CLINICIAN
                                                   : PHYSIO_DOSE_SOURCE_ENGINE);
        }
      g_array_append_val (steps, step);
    }

  g_ptr_array_add (data->dose_steps, steps);
  g_ptr_array_add (data->dose_steps, plan);
  chart.exercise = exercise != NULL ? physio_exercise_get_name (exercise) : "";
  chart.unit = primary_unit (physio_prescription_get_dosage_kind (p));
  chart.steps = (const PhysioDoseStep *) steps->data;
  chart.n_steps = steps->len;
  chart.plan = (const PhysioDoseStep *) plan->data;
  chart.n_plan = plan->len;
  chart.n_weeks = physio_programme_get_weeks (programme);
  g_array_append_val (data->doses, chart);
}

/* Loading ----------------------------------------------------------------------------------------- */

static void
data_free (Data *data)
{
  g_clear_pointer (&data->public.due, g_array_unref);
  g_clear_pointer (&data->diary, g_array_unref);
  g_clear_pointer (&data->forms, g_array_unref);
  g_clear_pointer (&data->morning, g_array_unref);
  g_clear_pointer (&data->session, g_array_unref);
  g_clear_pointer (&data->rolling, g_array_unref);
  g_clear_pointer (&data->markers, g_array_unref);
  g_clear_pointer (&data->disability, g_array_unref);
  g_clear_pointer (&data->psfs_mean, g_array_unref);
  g_clear_pointer (&data->psfs_activities, g_array_unref);
  g_clear_pointer (&data->psfs_series, g_ptr_array_unref);
  g_clear_pointer (&data->weeks, g_array_unref);
  g_clear_pointer (&data->summary, g_array_unref);
  g_clear_pointer (&data->doses, g_array_unref);
  g_clear_pointer (&data->dose_steps, g_ptr_array_unref);
  g_clear_pointer (&data->strings, g_ptr_array_unref);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Data, data_free)

static void
unref_array (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

PhysioProgressData *
physio_progress_data_load (PhysioDatabase   *database,
                           PhysioProgramme  *programme,
                           const GDate      *today,
                           GError          **error)
{
  g_autoptr(Data) data = g_new0 (Data, 1);
  g_autoptr(GPtrArray) logs = g_ptr_array_new_with_free_func (unref_array);
  const GDate *start = physio_programme_get_start_date (programme);
  gint64 patient_id = physio_programme_get_patient_id (programme);
  guint weeks = physio_programme_get_weeks (programme);

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  g_atomic_ref_count_init (&data->ref);
  if (start != NULL && !g_date_valid (start))
    start = NULL;
  data->morning = values_new ();
  data->session = values_new ();
  data->rolling = values_new ();
  data->disability = values_new ();
  data->psfs_mean = values_new ();
  data->markers = g_array_new (FALSE, TRUE, sizeof (PhysioChartMarker));
  data->psfs_activities = g_array_new (FALSE, TRUE, sizeof (PhysioPsfsActivity));
  data->psfs_series = g_ptr_array_new_with_free_func (unref_array);
  data->weeks = g_array_new (FALSE, TRUE, sizeof (PhysioChartWeek));
  data->summary = g_array_new (FALSE, TRUE, sizeof (PhysioSummaryRow));
  data->doses = g_array_new (FALSE, TRUE, sizeof (PhysioDoseChartData));
  data->dose_steps = g_ptr_array_new_with_free_func (unref_array);
  data->strings = g_ptr_array_new_with_free_func (g_free);

  if (start != NULL)
    {
      guint week = physio_programme_week_of (programme, today);

      /* After the last week the whole programme is history. */
      data->public.week = week == 0 && g_date_compare (today, start) >= 0 ? weeks
                                                                          : MIN (week, weeks);
    }

  if (patient_id > 0)
    {
      data->diary = physio_database_list_diary (database, patient_id, start, NULL, error);
      if (data->diary == NULL)
        return NULL;
      data->forms = physio_database_list_outcomes (database, patient_id, error);
      if (data->forms == NULL)
        return NULL;
    }
  else
    {
      data->diary = g_array_new (FALSE, TRUE, sizeof (PhysioDiaryEntry));
      data->forms = g_array_new (FALSE, TRUE, sizeof (PhysioOutcomeForm));
    }

  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (programme, i);
      gint64 id = physio_prescription_get_id (p);
      g_autoptr(GArray) changes = NULL;
      GArray *plogs = NULL;

      if (id > 0 && !physio_prescription_get_removed (p))
        {
          plogs = physio_database_list_session_logs (database, id, NULL, NULL, error);
          if (plogs == NULL)
            return NULL;
          changes = physio_database_list_dose_changes (database, id, error);
          if (changes == NULL)
            {
              g_array_unref (plogs);
              return NULL;
            }
          data->has_sessions = data->has_sessions || plogs->len > 0;
          for (guint l = 0; l < plogs->len; l++)
            {
              const PhysioSessionLog *log = &g_array_index (plogs, PhysioSessionLog, l);

              if (log->pain_during_max >= 0)
                add_value (data->session, &log->date, log->pain_during_max);
            }
          for (guint c = 0; c < changes->len; c++)
            add_marker (data, &g_array_index (changes, PhysioDoseChange, c));
          if (start != NULL)
            fill_dose (data, programme, p, changes);
        }
      g_ptr_array_add (logs, plogs);
    }

  fill_pain (data, start);
  fill_outcomes (data);
  fill_summary (data, start);
  fill_weeks (data, programme, logs, start, today);
  data->public.doses = (const PhysioDoseChartData *) data->doses->data;
  data->public.n_doses = data->doses->len;

  if (patient_id > 0 && start != NULL)
    {
      data->public.due = physio_database_outcomes_due (database, programme, today, error);
      if (data->public.due == NULL)
        return NULL;
    }
  else
    data->public.due = g_array_new (FALSE, TRUE, sizeof (PhysioOutcomeDue));

  return &g_steal_pointer (&data)->public;
}

PhysioProgressData *
physio_progress_data_ref (PhysioProgressData *data)
{
  g_atomic_ref_count_inc (&((Data *) data)->ref);
  return data;
}

void
physio_progress_data_unref (PhysioProgressData *data)
{
  if (data != NULL && g_atomic_ref_count_dec (&((Data *) data)->ref))
    data_free ((Data *) data);
}

gboolean
physio_progress_data_is_empty (const PhysioProgressData *data)
{
  const Data *self = (const Data *) data;

  return self->diary->len == 0 && self->forms->len == 0 && !self->has_sessions;
}

/* physio-outcome-schedule.c: which outcome measures are due on a date (brief 6.7)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"

#include "physio-outcome.h"
#include "physio-programme.h"

typedef struct
{
  guint    week;
  gboolean discharge;
  GDate    date;
} Review;

typedef struct
{
  PhysioInstrument instrument;   /* PHYSIO_N_INSTRUMENTS: the patient's disability measure */
  PhysioRecall     recall;
} Measure;

#define DISABILITY PHYSIO_N_INSTRUMENTS

/* Intake: STarT Back, NPRS on rising and average 24 h, ODI or RMDQ, PSFS. */
static const Measure intake_measures[] = {
  { PHYSIO_INSTRUMENT_SBST, PHYSIO_RECALL_LAST_2_WEEKS },
  { PHYSIO_INSTRUMENT_NPRS, PHYSIO_RECALL_ON_RISING },
  { PHYSIO_INSTRUMENT_NPRS, PHYSIO_RECALL_AVERAGE_24H },
  { DISABILITY, PHYSIO_RECALL_TODAY },
  { PHYSIO_INSTRUMENT_PSFS, PHYSIO_RECALL_TODAY },
};

/* Weeks 2 (acute), 4, 8, 12 and discharge: ODI or RMDQ, PSFS, NPRS average 24 h. */
static const Measure review_measures[] = {
  { DISABILITY, PHYSIO_RECALL_TODAY },
  { PHYSIO_INSTRUMENT_PSFS, PHYSIO_RECALL_TODAY },
  { PHYSIO_INSTRUMENT_NPRS, PHYSIO_RECALL_AVERAGE_24H },
};

static GArray *
reviews_of (const PhysioOutcomeSchedule *schedule)
{
  static const guint weeks[] = { 2, 4, 8, 12 };
  GArray *reviews = g_array_new (FALSE, TRUE, sizeof (Review));
  Review intake = { 0, FALSE, schedule->start };
  Review discharge = { MAX (schedule->weeks, 1), TRUE, schedule->start };

  g_array_append_val (reviews, intake);

  if (g_date_valid (&schedule->discharge))
    discharge.date = schedule->discharge;
  else
    g_date_add_days (&discharge.date, 7 * MAX (schedule->weeks, 1));

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      Review review = { weeks[i], FALSE, schedule->start };

      if (weeks[i] == 2 && !schedule->acute)
        continue;

      g_date_add_days (&review.date, 7 * weeks[i]);
      /* A review that would fall due with discharge is discharge ("week 12" of a 12-week
       * programme is its end). */
      if (g_date_days_between (&review.date, &discharge.date) <= PHYSIO_OUTCOME_DUE_EARLY_DAYS)
        {
          if (g_date_compare (&review.date, &discharge.date) <= 0)
            discharge.week = weeks[i];
          break;
        }
      g_array_append_val (reviews, review);
    }

  g_array_append_val (reviews, discharge);
  return reviews;
}

static gboolean
answered_since (const PhysioOutcomeForm *forms,
                guint                    n_forms,
                PhysioInstrument         instrument,
                PhysioRecall             recall,
                const GDate             *since,
                const GDate             *today)
{
  for (guint i = 0; i < n_forms; i++)
    {
      const PhysioOutcomeForm *form = &forms[i];
      PhysioOutcomeScore score;
      gboolean valid;

      if (form->instrument != instrument || !g_date_valid (&form->date) ||
          g_date_compare (&form->date, today) > 0 ||
          (since != NULL && g_date_compare (&form->date, since) < 0))
        continue;
      if (instrument == PHYSIO_INSTRUMENT_NPRS && form->recall != recall)
        continue;

      /* A form that cannot be scored (too many sections missing) has to be taken again. */
      valid = physio_outcome_score (form, NULL, &score);
      physio_outcome_score_clear (&score);
      if (valid)
        return TRUE;
    }

  return FALSE;
}

GArray *
physio_outcome_due (const PhysioOutcomeSchedule *schedule,
                    const PhysioOutcomeForm     *forms,
                    guint                        n_forms,
                    const GDate                 *today)
{
  g_autoptr(GArray) reviews = NULL;
  GArray *due;
  const Review *current = NULL;
  const Measure *measures;
  guint n_measures;
  GDate opened;
  PhysioInstrument disability;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (forms != NULL || n_forms == 0, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  due = g_array_new (FALSE, TRUE, sizeof (PhysioOutcomeDue));
  if (!g_date_valid (&schedule->start))
    return due;

  disability = schedule->disability == PHYSIO_INSTRUMENT_RMDQ ? PHYSIO_INSTRUMENT_RMDQ
                                                              : PHYSIO_INSTRUMENT_ODI;

  /* The latest review that has fallen due; intake always has. */
  reviews = reviews_of (schedule);
  for (guint i = 0; i < reviews->len; i++)
    {
      const Review *review = &g_array_index (reviews, Review, i);
      GDate open = review->date;

      g_date_subtract_days (&open, PHYSIO_OUTCOME_DUE_EARLY_DAYS);
      if (i == 0 || g_date_compare (&open, today) <= 0)
        {
          current = review;
          opened = open;
        }
    }

  if (current->week == 0 && !current->discharge)
    {
      measures = intake_measures;
      n_measures = G_N_ELEMENTS (intake_measures);
    }
  else
    {
      measures = review_measures;
      n_measures = G_N_ELEMENTS (review_measures);
    }

  for (guint i = 0; i < n_measures; i++)
    {
      PhysioInstrument instrument = measures[i].instrument == DISABILITY
                                    ? disability : measures[i].instrument;
      /* Intake forms count whenever they were taken: the first visit may come before the
       * programme starts. */
      const GDate *since = current->week == 0 && !current->discharge ? NULL : &opened;
      PhysioOutcomeDue item;
      GDate late;

      if (answered_since (forms, n_forms, instrument, measures[i].recall, since, today))
        continue;

      late = current->date;
      g_date_add_days (&late, PHYSIO_OUTCOME_OVERDUE_DAYS);
      item = (PhysioOutcomeDue) {
        .instrument = instrument,
        .recall = measures[i].recall,
        .week = current->week,
        .discharge = current->discharge,
        .date = current->date,
        .overdue = g_date_compare (today, &late) > 0,
      };
      g_array_append_val (due, item);
    }

  return due;
}

char *
physio_outcome_due_label (const PhysioOutcomeDue *due)
{
  const char *name;

  g_return_val_if_fail (due != NULL, NULL);

  name = physio_instrument_label (due->instrument);
  if (due->instrument == PHYSIO_INSTRUMENT_NPRS)
    {
      /* TRANSLATORS: "NPRS (average last 24 h) due" */
      return g_strdup_printf (due->overdue ? _("%s (%s) overdue") : _("%s (%s) due"), name,
                              physio_recall_label (due->recall));
    }

  /* TRANSLATORS: "ODI due" */
  return g_strdup_printf (due->overdue ? _("%s overdue") : _("%s due"), name);
}

PhysioInstrument
physio_outcome_disability_in_use (const PhysioOutcomeForm *forms,
                                  guint                    n_forms)
{
  const PhysioOutcomeForm *first = NULL;

  g_return_val_if_fail (forms != NULL || n_forms == 0, PHYSIO_INSTRUMENT_ODI);

  for (guint i = 0; i < n_forms; i++)
    {
      const PhysioOutcomeForm *form = &forms[i];

      if (form->instrument != PHYSIO_INSTRUMENT_ODI && form->instrument != PHYSIO_INSTRUMENT_RMDQ)
        continue;
      if (first == NULL ||
          (g_date_valid (&form->date) && g_date_valid (&first->date) &&
           g_date_compare (&form->date, &first->date) < 0))
        first = form;
    }

  return first != NULL ? first->instrument : PHYSIO_INSTRUMENT_ODI;
}

void
physio_outcome_schedule_init (PhysioOutcomeSchedule   *schedule,
                              PhysioProgramme         *programme,
                              const PhysioOutcomeForm *forms,
                              guint                    n_forms)
{
  g_return_if_fail (schedule != NULL);
  g_return_if_fail (PHYSIO_IS_PROGRAMME (programme));

  *schedule = (PhysioOutcomeSchedule) {
    .start = *physio_programme_get_start_date (programme),
    .weeks = physio_programme_get_weeks (programme),
    .acute = g_strcmp0 (physio_programme_get_stage (programme), "acute") == 0,
    .disability = physio_outcome_disability_in_use (forms, n_forms),
  };
  g_date_clear (&schedule->discharge, 1);
}

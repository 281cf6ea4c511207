/* physio-outcome-score.c: exact scoring, bands and responder logic (brief 6.1–6.6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-outcome.h"

/* Scores are sums and ratios of small integers; comparisons against thresholds (an MCID of
 * 10, a band edge) allow for the binary error of such ratios. */
#define EPSILON 1e-9

void
physio_outcome_rules_init_defaults (PhysioOutcomeRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->odi_min_answered = 8;    /* [CONV]; the AO algorithm's 9 is the alternative */
  rules->rmdq_max_blank = 2;      /* [CONV] */
}

void
physio_outcome_score_clear (PhysioOutcomeScore *score)
{
  g_return_if_fail (score != NULL);

  g_clear_pointer (&score->message, g_free);
}

static void
set_message (PhysioOutcomeScore *score,
             char               *message)
{
  g_free (score->message);
  score->message = message;
}

static void
score_nprs (const PhysioOutcomeForm *form,
            PhysioOutcomeScore      *score)
{
  score->total = form->items[0];
  score->answered = 1;
  score->valid = TRUE;
}

/* The statement that scores highest among those ticked, or -1. */
static int
highest_tick (int mask,
              guint *n_ticks)
{
  int level = -1;

  *n_ticks = 0;
  for (int l = 0; l < PHYSIO_ODI_LEVELS; l++)
    {
      if (mask & PHYSIO_ODI_TICK (l))
        {
          level = l;
          (*n_ticks)++;
        }
    }

  return level;
}

static void
score_odi (const PhysioOutcomeForm  *form,
           const PhysioOutcomeRules *rules,
           PhysioOutcomeScore       *score)
{
  g_autoptr(GString) doubled = g_string_new (NULL);
  guint sum = 0;

  for (guint i = 0; i < PHYSIO_ODI_SECTIONS; i++)
    {
      guint n_ticks;
      int level = form->items[i] > 0 ? highest_tick (form->items[i], &n_ticks) : -1;

      if (level < 0)
        {
          score->blank++;
          continue;
        }

      /* Two statements ticked in one section: the higher one scores [Fairbank 2000]. */
      if (n_ticks > 1)
        g_string_append_printf (doubled, "%s%u", doubled->len > 0 ? ", " : "", i + 1);
      sum += (guint) level;
      score->answered++;
    }

  /* Each unanswered section takes 5 off the denominator. */
  if (score->answered > 0)
    score->total = (double) sum / (5.0 * score->answered) * 100.0;

  if (doubled->len > 0)
    {
      score->flagged = TRUE;
      set_message (score, g_strdup_printf (_("More than one statement was ticked in section "
                                             "%s; the higher one was scored."), doubled->str));
    }

  if (score->answered < rules->odi_min_answered)
    {
      score->valid = FALSE;
      set_message (score, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "Only %u section of 10 was answered; "
                                                        "the score needs at least %u.",
                                                        "Only %u sections of 10 were answered; "
                                                        "the score needs at least %u.",
                                                        score->answered),
                                           score->answered, rules->odi_min_answered));
      return;
    }

  score->valid = TRUE;
}

static void
score_rmdq (const PhysioOutcomeForm  *form,
            const PhysioOutcomeRules *rules,
            PhysioOutcomeScore       *score)
{
  guint ticked = 0;

  for (guint i = 0; i < PHYSIO_RMDQ_ITEMS; i++)
    {
      /* A blank counts as "no" and "not applicable" scores 0 [Roland 1983; CONV]. */
      if (form->items[i] == PHYSIO_ITEM_MISSING)
        score->blank++;
      else if (form->items[i] == PHYSIO_RMDQ_YES)
        ticked++;
    }

  score->total = ticked;
  score->answered = PHYSIO_RMDQ_ITEMS - score->blank;
  score->valid = TRUE;

  if (score->blank > rules->rmdq_max_blank)
    {
      score->flagged = TRUE;
      set_message (score, g_strdup_printf (_("%u items were left blank and counted as “no”: "
                                             "check them with the patient."), score->blank));
    }
}

static void
score_psfs (const PhysioOutcomeForm *form,
            PhysioOutcomeScore      *score)
{
  double sum = 0;

  for (guint i = 0; i < form->n_items; i++)
    sum += form->items[i];

  score->answered = form->n_items;
  score->total = sum / form->n_items;
  score->valid = TRUE;
}

static void
score_sbst (const PhysioOutcomeForm *form,
            PhysioOutcomeScore      *score)
{
  static const char * const psychosocial[] = {
    "fear", "anxiety", "catastrophising", "low_mood", "bothersome",
  };
  guint total = 0, subscale = 0;

  for (guint i = 0; i < PHYSIO_SBST_ITEMS; i++)
    {
      int value = form->items[i];
      gboolean positive;

      if (value == PHYSIO_ITEM_MISSING)
        {
          score->blank++;
          continue;
        }
      score->answered++;

      /* Bothersomeness counts only for "very much" or "extremely" [Hill 2008]. */
      positive = i == PHYSIO_SBST_BOTHERSOME ? value >= 3 : value == PHYSIO_SBST_AGREE;
      if (!positive)
        continue;

      total++;
      for (guint k = 0; k < G_N_ELEMENTS (psychosocial); k++)
        if (g_str_equal (physio_sbst_key (i), psychosocial[k]))
          subscale++;
    }

  score->total = total;
  score->subscale = subscale;

  if (score->blank > 0)
    {
      score->valid = FALSE;
      set_message (score, g_strdup (_("Every item is needed to place the patient in a risk "
                                      "group.")));
      return;
    }

  score->valid = TRUE;
  if (subscale >= 4)
    score->risk = PHYSIO_SBST_RISK_HIGH;
  else if (total <= 3)
    score->risk = PHYSIO_SBST_RISK_LOW;
  else
    score->risk = PHYSIO_SBST_RISK_MEDIUM;
}

gboolean
physio_outcome_score (const PhysioOutcomeForm  *form,
                      const PhysioOutcomeRules *rules,
                      PhysioOutcomeScore       *score)
{
  PhysioOutcomeRules defaults;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (score != NULL, FALSE);

  *score = (PhysioOutcomeScore) {
    .risk = PHYSIO_SBST_RISK_NONE,
    .computed_by = PHYSIO_OUTCOME_SCORING_VERSION,
  };

  if (rules == NULL)
    {
      physio_outcome_rules_init_defaults (&defaults);
      rules = &defaults;
    }

  if (!physio_outcome_form_check (form, &error))
    {
      score->message = g_strdup (error->message);
      return FALSE;
    }

  switch (form->instrument)
    {
    case PHYSIO_INSTRUMENT_NPRS:
      score_nprs (form, score);
      break;
    case PHYSIO_INSTRUMENT_ODI:
      score_odi (form, rules, score);
      break;
    case PHYSIO_INSTRUMENT_RMDQ:
      score_rmdq (form, rules, score);
      break;
    case PHYSIO_INSTRUMENT_PSFS:
      score_psfs (form, score);
      break;
    case PHYSIO_INSTRUMENT_SBST:
      score_sbst (form, score);
      break;
    default:
      g_assert_not_reached ();
    }

  return score->valid;
}

int
physio_outcome_display_total (PhysioInstrument instrument,
                              double           total)
{
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, 0);

  return (int) floor (total + 0.5 + EPSILON);
}

PhysioOdiBand
physio_odi_band (double total)
{
  int shown = physio_outcome_display_total (PHYSIO_INSTRUMENT_ODI, total);

  if (shown <= 20)
    return PHYSIO_ODI_MINIMAL;
  if (shown <= 40)
    return PHYSIO_ODI_MODERATE;
  if (shown <= 60)
    return PHYSIO_ODI_SEVERE;
  return PHYSIO_ODI_VERY_SEVERE;
}

const char *
physio_odi_band_label (PhysioOdiBand band)
{
  switch (band)
    {
    case PHYSIO_ODI_MINIMAL:
      return _("minimal disability");
    case PHYSIO_ODI_MODERATE:
      return _("moderate");
    case PHYSIO_ODI_SEVERE:
      return _("severe");
    case PHYSIO_ODI_VERY_SEVERE:
      /* The neutral label for both original top bands, for everyone (brief 6.2). */
      return _("very severe");
    default:
      g_return_val_if_reached (NULL);
    }
}

PhysioPainSeverity
physio_nprs_severity (int pain)
{
  if (pain <= 0)
    return PHYSIO_PAIN_NONE;
  if (pain <= 3)
    return PHYSIO_PAIN_MILD;
  if (pain <= 6)
    return PHYSIO_PAIN_MODERATE;
  return PHYSIO_PAIN_SEVERE;
}

const char *
physio_nprs_severity_label (PhysioPainSeverity severity)
{
  switch (severity)
    {
    case PHYSIO_PAIN_NONE:
      return _("no pain");
    case PHYSIO_PAIN_MILD:
      return _("mild");
    case PHYSIO_PAIN_MODERATE:
      return _("moderate");
    case PHYSIO_PAIN_SEVERE:
      return _("severe");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
physio_sbst_risk_label (PhysioSbstRisk risk)
{
  switch (risk)
    {
    case PHYSIO_SBST_RISK_NONE:
      return _("not classified");
    case PHYSIO_SBST_RISK_LOW:
      return _("low risk");
    case PHYSIO_SBST_RISK_MEDIUM:
      return _("medium risk");
    case PHYSIO_SBST_RISK_HIGH:
      return _("high risk");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Responder logic ------------------------------------------------------------------------------ */

double
physio_instrument_mcid (PhysioInstrument instrument)
{
  switch (instrument)
    {
    case PHYSIO_INSTRUMENT_NPRS:
      return 2;      /* [Ostelo 2008; Farrar 2001] */
    case PHYSIO_INSTRUMENT_ODI:
      return 10;     /* [Ostelo 2008] */
    case PHYSIO_INSTRUMENT_RMDQ:
      return 5;      /* [Ostelo 2008] */
    case PHYSIO_INSTRUMENT_PSFS:
      return 1.4;    /* SEM-based, chronic LBP [Maughan 2010] */
    case PHYSIO_INSTRUMENT_SBST:
      return 0;      /* a classification, not an outcome */
    default:
      g_return_val_if_reached (0);
    }
}

void
physio_outcome_response (PhysioInstrument       instrument,
                         double                 baseline,
                         double                 latest,
                         PhysioOutcomeResponse *response)
{
  gboolean lower_better;

  g_return_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS);
  g_return_if_fail (response != NULL);

  *response = (PhysioOutcomeResponse) { 0 };
  if (instrument == PHYSIO_INSTRUMENT_SBST)
    return;

  lower_better = physio_instrument_lower_is_better (instrument);
  response->defined = TRUE;
  response->change = lower_better ? baseline - latest : latest - baseline;
  response->mcid = physio_instrument_mcid (instrument);
  response->mcid_met = response->change >= response->mcid - EPSILON;

  /* The relative definition (30% of baseline [Ostelo 2008]) belongs to the measures the brief
   * gives it for, and is undefined from a baseline of 0 (brief 6.1). */
  if (lower_better && fabs (baseline) > EPSILON)
    {
      response->percent_defined = TRUE;
      response->percent = response->change / baseline * 100.0;
      response->percent_met = response->percent >= 30.0 - EPSILON;
    }

  if (instrument == PHYSIO_INSTRUMENT_RMDQ)
    response->unreliable = (response->change > 0 && baseline < 4) ||
                           (response->change < 0 && baseline > 20);

  if (instrument == PHYSIO_INSTRUMENT_NPRS)
    response->recovered = latest <= EPSILON;
  else if (instrument == PHYSIO_INSTRUMENT_RMDQ)
    response->recovered = latest <= 2 + EPSILON;
}

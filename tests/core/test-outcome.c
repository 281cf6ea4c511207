/* test-outcome.c: outcome measure scoring, responder logic and schedule (brief 6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table tests: one row per rule of brief 6.1–6.7, edge cases included (two ticks in an ODI
 * section, missing sections, baseline 0 for percent change, RMDQ blanks, STarT Back risk
 * groups at their boundaries, NPRS recall).
 */

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gio/gio.h>

#include "physio-outcome.h"

#define M PHYSIO_ITEM_MISSING
#define T(level) PHYSIO_ODI_TICK (level)

static GDate
day (int offset)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2026);
  if (offset >= 0)
    g_date_add_days (&date, offset);
  else
    g_date_subtract_days (&date, -offset);
  return date;
}

static void
form_with_items (PhysioOutcomeForm *form,
                 PhysioInstrument   instrument,
                 const int         *items,
                 guint              n_items)
{
  physio_outcome_form_init (form, instrument);
  form->date = day (0);
  for (guint i = 0; i < n_items; i++)
    form->items[i] = items[i];
}

/* NPRS ---------------------------------------------------------------------------------------- */

static void
test_nprs (void)
{
  const struct { int pain; PhysioRecall recall; gboolean valid; const char *message; } cases[] = {
    { 7, PHYSIO_RECALL_ON_RISING, TRUE, NULL },
    { 0, PHYSIO_RECALL_AVERAGE_24H, TRUE, NULL },
    { 10, PHYSIO_RECALL_DURING_EXERCISE, TRUE, NULL },
    { 4, PHYSIO_RECALL_NONE, FALSE, "refers to" },        /* the recall period is required */
    { 4, PHYSIO_RECALL_TODAY, FALSE, "refers to" },       /* not one of NPRS's periods */
    { M, PHYSIO_RECALL_NOW, FALSE, "pain score" },
    { 11, PHYSIO_RECALL_NOW, FALSE, "answer" },
    { -2, PHYSIO_RECALL_NOW, FALSE, "answer" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioOutcomeForm form;
      PhysioOutcomeScore score;

      form_with_items (&form, PHYSIO_INSTRUMENT_NPRS, &cases[i].pain, 1);
      g_assert_cmpint (form.recall, ==, PHYSIO_RECALL_NONE);
      form.recall = cases[i].recall;
      g_assert_cmpint (physio_outcome_score (&form, NULL, &score), ==, cases[i].valid);
      g_assert_cmpint (score.valid, ==, cases[i].valid);
      g_assert_cmpuint (score.computed_by, ==, PHYSIO_OUTCOME_SCORING_VERSION);
      if (cases[i].valid)
        g_assert_cmpfloat (score.total, ==, cases[i].pain);
      else
        g_assert_nonnull (strstr (score.message, cases[i].message));
      physio_outcome_score_clear (&score);
      physio_outcome_form_clear (&form);
    }

  g_assert_cmpint (physio_nprs_severity (0), ==, PHYSIO_PAIN_NONE);
  g_assert_cmpint (physio_nprs_severity (1), ==, PHYSIO_PAIN_MILD);
  g_assert_cmpint (physio_nprs_severity (3), ==, PHYSIO_PAIN_MILD);
  g_assert_cmpint (physio_nprs_severity (4), ==, PHYSIO_PAIN_MODERATE);
  g_assert_cmpint (physio_nprs_severity (6), ==, PHYSIO_PAIN_MODERATE);
  g_assert_cmpint (physio_nprs_severity (7), ==, PHYSIO_PAIN_SEVERE);
  g_assert_cmpint (physio_nprs_severity (10), ==, PHYSIO_PAIN_SEVERE);
}

/* ODI ----------------------------------------------------------------------------------------- */

static void
test_odi (void)
{
  const struct
  {
    int      items[PHYSIO_ODI_SECTIONS];
    guint    min_answered;
    double   total;
    gboolean valid;
    gboolean flagged;
    guint    answered;
  } cases[] = {
    /* All answered: sum × 2. */
    { { T (0), T (1), T (2), T (3), T (4), T (5), T (0), T (1), T (2), T (3) }, 8, 42, TRUE, FALSE, 10 },
    { { T (0), T (0), T (0), T (0), T (0), T (0), T (0), T (0), T (0), T (0) }, 8, 0, TRUE, FALSE, 10 },
    { { T (5), T (5), T (5), T (5), T (5), T (5), T (5), T (5), T (5), T (5) }, 8, 100, TRUE, FALSE, 10 },
    /* Two ticks in section 3 (1 and 4): the higher scores; 9 × 2 + 4 = 22 → 44. */
    { { T (2), T (2), T (1) | T (4), T (2), T (2), T (2), T (2), T (2), T (2), T (2) }, 8, 44, TRUE, TRUE, 10 },
    /* One section missing (sex life): 18 / 45 × 100 = 40. */
    { { T (2), T (2), T (2), T (2), T (2), T (2), T (2), M, T (2), T (2) }, 8, 40, TRUE, FALSE, 9 },
    /* 0 is no tick at all, like M. */
    { { T (3), T (2), T (2), T (2), T (2), T (2), T (2), 0, T (2), T (2) }, 8, 19.0 / 45 * 100, TRUE, FALSE, 9 },
    /* Two missing: valid by default (8 of 10)… */
    { { T (2), T (2), T (2), T (2), T (2), T (2), M, M, T (2), T (2) }, 8, 40, TRUE, FALSE, 8 },
    /* …but not under the AO rule (9 of 10). */
    { { T (2), T (2), T (2), T (2), T (2), T (2), M, M, T (2), T (2) }, 9, 40, FALSE, FALSE, 8 },
    /* Three missing: invalid, though the arithmetic is still shown. */
    { { T (2), T (2), T (2), T (2), T (2), T (2), M, M, M, T (2) }, 8, 40, FALSE, FALSE, 7 },
    { { M, M, M, M, M, M, M, M, M, M }, 8, 0, FALSE, FALSE, 0 },
    /* A tick past the sixth statement is not on the form. */
    { { T (6), T (2), T (2), T (2), T (2), T (2), T (2), T (2), T (2), T (2) }, 8, 0, FALSE, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioOutcomeRules rules;
      PhysioOutcomeForm form;
      PhysioOutcomeScore score;

      g_test_message ("ODI case %u", i);
      physio_outcome_rules_init_defaults (&rules);
      g_assert_cmpuint (rules.odi_min_answered, ==, 8);
      rules.odi_min_answered = cases[i].min_answered;
      form_with_items (&form, PHYSIO_INSTRUMENT_ODI, cases[i].items, PHYSIO_ODI_SECTIONS);
      physio_outcome_score (&form, &rules, &score);
      g_assert_cmpint (score.valid, ==, cases[i].valid);
      g_assert_cmpint (score.flagged, ==, cases[i].flagged);
      g_assert_cmpuint (score.answered, ==, cases[i].answered);
      g_assert_cmpfloat_with_epsilon (score.total, cases[i].total, 1e-9);
      if (!cases[i].valid || cases[i].flagged)
        g_assert_nonnull (score.message);
      if (cases[i].flagged)
        g_assert_nonnull (strstr (score.message, "section 3"));
      physio_outcome_score_clear (&score);
      physio_outcome_form_clear (&form);
    }
}

static void
test_odi_bands (void)
{
  const struct { double total; int shown; PhysioOdiBand band; } cases[] = {
    { 0, 0, PHYSIO_ODI_MINIMAL },
    { 20, 20, PHYSIO_ODI_MINIMAL },
    { 20.44, 20, PHYSIO_ODI_MINIMAL },
    { 20.5, 21, PHYSIO_ODI_MODERATE },
    { 21, 21, PHYSIO_ODI_MODERATE },
    { 40, 40, PHYSIO_ODI_MODERATE },
    { 41, 41, PHYSIO_ODI_SEVERE },
    { 60, 60, PHYSIO_ODI_SEVERE },
    { 61, 61, PHYSIO_ODI_VERY_SEVERE },
    { 81, 81, PHYSIO_ODI_VERY_SEVERE },     /* never the stigmatising original label */
    { 100, 100, PHYSIO_ODI_VERY_SEVERE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (physio_outcome_display_total (PHYSIO_INSTRUMENT_ODI, cases[i].total), ==,
                       cases[i].shown);
      g_assert_cmpint (physio_odi_band (cases[i].total), ==, cases[i].band);
    }
  g_assert_cmpstr (physio_odi_band_label (PHYSIO_ODI_VERY_SEVERE), ==, "very severe");
}

/* RMDQ ---------------------------------------------------------------------------------------- */

static void
test_rmdq (void)
{
  const struct
  {
    guint    yes, not_applicable, blank;
    int      odd_value;   /* put in item 24 when not 0 */
    double   total;
    gboolean valid;
    gboolean flagged;
  } cases[] = {
    { 0, 0, 0, 0, 0, TRUE, FALSE },
    { 10, 0, 0, 0, 10, TRUE, FALSE },
    { 24, 0, 0, 0, 24, TRUE, FALSE },
    { 5, 3, 0, 0, 5, TRUE, FALSE },       /* "not applicable" scores 0 */
    { 5, 0, 2, 0, 5, TRUE, FALSE },       /* blanks count as "no" */
    { 5, 0, 3, 0, 5, TRUE, TRUE },        /* more than 2 blanks: flagged, still scored */
    { 0, 0, 24, 0, 0, TRUE, TRUE },
    { 1, 0, 0, 3, 0, FALSE, FALSE },      /* not an answer the form has */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioOutcomeForm form;
      PhysioOutcomeScore score;
      guint item = 0;

      physio_outcome_form_init (&form, PHYSIO_INSTRUMENT_RMDQ);
      form.date = day (0);
      g_assert_cmpuint (form.n_items, ==, 24);
      g_assert_cmpint (form.recall, ==, PHYSIO_RECALL_TODAY);
      for (guint k = 0; k < PHYSIO_RMDQ_ITEMS; k++)
        form.items[k] = PHYSIO_RMDQ_NO;
      for (guint k = 0; k < cases[i].yes; k++)
        form.items[item++] = PHYSIO_RMDQ_YES;
      for (guint k = 0; k < cases[i].not_applicable; k++)
        form.items[item++] = PHYSIO_RMDQ_NOT_APPLICABLE;
      for (guint k = 0; k < cases[i].blank; k++)
        form.items[item++] = M;
      if (cases[i].odd_value != 0)
        form.items[23] = cases[i].odd_value;

      physio_outcome_score (&form, NULL, &score);
      g_assert_cmpint (score.valid, ==, cases[i].valid);
      g_assert_cmpint (score.flagged, ==, cases[i].flagged);
      if (cases[i].valid)
        {
          g_assert_cmpfloat (score.total, ==, cases[i].total);
          g_assert_cmpuint (score.blank, ==, cases[i].blank);
        }
      if (cases[i].flagged)
        g_assert_nonnull (strstr (score.message, "blank"));
      physio_outcome_score_clear (&score);
      physio_outcome_form_clear (&form);
    }
}

/* PSFS ---------------------------------------------------------------------------------------- */

static void
test_psfs (void)
{
  const struct
  {
    const char *activities[6];
    int         scores[6];
    double      mean;
    gboolean    valid;
  } cases[] = {
    { { "Bending to load the dishwasher", "Lifting my grandson", "Gardening" },
      { 2, 4, 6 }, 4, TRUE },
    { { "Running" }, { 0 }, 0, TRUE },
    { { "a", "b", "c", "d", "e" }, { 10, 9, 8, 7, 7 }, 8.2, TRUE },
    { { NULL }, { 0 }, 0, FALSE },                              /* no activity */
    { { "Sitting through a film", "  " }, { 5, 5 }, 0, FALSE }, /* text required */
    { { "Sitting through a film" }, { 11 }, 0, FALSE },         /* 0–10 */
    { { "Sitting through a film" }, { M }, 0, FALSE },          /* every activity rated */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioOutcomeForm form;
      PhysioOutcomeScore score;

      physio_outcome_form_init (&form, PHYSIO_INSTRUMENT_PSFS);
      form.date = day (0);
      g_assert_cmpuint (form.n_items, ==, 0);
      for (guint k = 0; cases[i].activities[k] != NULL; k++)
        g_assert_true (physio_outcome_form_add_activity (&form, cases[i].activities[k],
                                                         cases[i].scores[k]));

      physio_outcome_score (&form, NULL, &score);
      g_assert_cmpint (score.valid, ==, cases[i].valid);
      if (cases[i].valid)
        g_assert_cmpfloat_with_epsilon (score.total, cases[i].mean, 1e-9);
      else
        g_assert_nonnull (score.message);
      physio_outcome_score_clear (&score);
      physio_outcome_form_clear (&form);
    }

  /* No sixth activity. */
  {
    PhysioOutcomeForm form;

    physio_outcome_form_init (&form, PHYSIO_INSTRUMENT_PSFS);
    for (guint k = 0; k < 5; k++)
      g_assert_true (physio_outcome_form_add_activity (&form, "x", 5));
    g_assert_false (physio_outcome_form_add_activity (&form, "sixth", 5));
    physio_outcome_form_clear (&form);
  }
  g_assert_false (physio_instrument_lower_is_better (PHYSIO_INSTRUMENT_PSFS));
}

/* STarT Back ---------------------------------------------------------------------------------- */

static void
test_sbst_risk_groups (void)
{
  /* Items in key order: leg_pain, shoulder_neck_pain, walk_short_distances, dress_slowly,
   * fear, anxiety, catastrophising, low_mood, bothersome (0–4). */
  const struct
  {
    int            items[PHYSIO_SBST_ITEMS];
    guint          total, subscale;
    PhysioSbstRisk risk;
  } cases[] = {
    { { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, 0, PHYSIO_SBST_RISK_LOW },
    { { 1, 1, 1, 0, 0, 0, 0, 0, 0 }, 3, 0, PHYSIO_SBST_RISK_LOW },       /* total 3: low */
    { { 1, 1, 1, 1, 0, 0, 0, 0, 2 }, 4, 0, PHYSIO_SBST_RISK_MEDIUM },    /* total 4: medium */
    { { 1, 0, 0, 0, 1, 1, 1, 0, 0 }, 4, 3, PHYSIO_SBST_RISK_MEDIUM },    /* subscale 3: not high */
    { { 0, 0, 0, 0, 1, 1, 1, 1, 0 }, 4, 4, PHYSIO_SBST_RISK_HIGH },      /* subscale 4: high */
    { { 0, 0, 0, 0, 1, 1, 1, 0, 3 }, 4, 4, PHYSIO_SBST_RISK_HIGH },      /* "very much" counts */
    { { 0, 0, 0, 0, 1, 1, 1, 0, 2 }, 3, 3, PHYSIO_SBST_RISK_LOW },       /* "moderately" does not */
    { { 1, 1, 1, 0, 1, 1, 1, 0, 1 }, 6, 3, PHYSIO_SBST_RISK_MEDIUM },
    { { 1, 1, 1, 1, 1, 1, 1, 1, 4 }, 9, 5, PHYSIO_SBST_RISK_HIGH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioOutcomeForm form;
      PhysioOutcomeScore score;

      form_with_items (&form, PHYSIO_INSTRUMENT_SBST, cases[i].items, PHYSIO_SBST_ITEMS);
      g_assert_true (physio_outcome_score (&form, NULL, &score));
      g_assert_cmpfloat (score.total, ==, cases[i].total);
      g_assert_cmpfloat (score.subscale, ==, cases[i].subscale);
      g_assert_cmpint (score.risk, ==, cases[i].risk);
      physio_outcome_score_clear (&score);
      physio_outcome_form_clear (&form);
    }

  /* A blank item leaves the patient unclassified; a bothersome level 5 is not on the form. */
  {
    const int blank[] = { 1, 1, 1, 1, M, 0, 0, 0, 0 };
    const int odd[] = { 1, 1, 1, 1, 0, 0, 0, 0, 5 };
    PhysioOutcomeForm form;
    PhysioOutcomeScore score;

    form_with_items (&form, PHYSIO_INSTRUMENT_SBST, blank, PHYSIO_SBST_ITEMS);
    g_assert_false (physio_outcome_score (&form, NULL, &score));
    g_assert_cmpint (score.risk, ==, PHYSIO_SBST_RISK_NONE);
    physio_outcome_score_clear (&score);
    physio_outcome_form_clear (&form);
    form_with_items (&form, PHYSIO_INSTRUMENT_SBST, odd, PHYSIO_SBST_ITEMS);
    g_assert_false (physio_outcome_score (&form, NULL, &score));
    physio_outcome_score_clear (&score);
    physio_outcome_form_clear (&form);
  }

  g_assert_cmpstr (physio_sbst_key (0), ==, "leg_pain");
  g_assert_cmpstr (physio_sbst_key (PHYSIO_SBST_BOTHERSOME), ==, "bothersome");
  g_assert_null (physio_sbst_key (PHYSIO_SBST_ITEMS));
  g_assert_cmpint (physio_sbst_item_of_key ("catastrophising"), ==, 6);
  g_assert_cmpint (physio_sbst_item_of_key ("nope"), ==, -1);
  g_assert_cmpstr (physio_sbst_level_label (PHYSIO_SBST_BOTHERSOME, 3), ==, "Very much");
  g_assert_null (physio_sbst_level_label (0, 2));
}

/* Responder logic ----------------------------------------------------------------------------- */

static void
test_responder (void)
{
  const struct
  {
    PhysioInstrument instrument;
    double           baseline, latest;
    double           change;
    gboolean         percent_defined;
    double           percent;
    gboolean         mcid_met, percent_met, unreliable, recovered;
  } cases[] = {
    { PHYSIO_INSTRUMENT_NPRS, 6, 4, 2, TRUE, 100.0 / 3, TRUE, TRUE, FALSE, FALSE },
    { PHYSIO_INSTRUMENT_NPRS, 8, 7, 1, TRUE, 12.5, FALSE, FALSE, FALSE, FALSE },
    { PHYSIO_INSTRUMENT_NPRS, 3, 2, 1, TRUE, 100.0 / 3, FALSE, TRUE, FALSE, FALSE },   /* 30% only */
    { PHYSIO_INSTRUMENT_NPRS, 0, 3, -3, FALSE, 0, FALSE, FALSE, FALSE, FALSE },        /* baseline 0 */
    { PHYSIO_INSTRUMENT_NPRS, 0, 0, 0, FALSE, 0, FALSE, FALSE, FALSE, TRUE },
    { PHYSIO_INSTRUMENT_NPRS, 5, 0, 5, TRUE, 100, TRUE, TRUE, FALSE, TRUE },
    { PHYSIO_INSTRUMENT_ODI, 40, 30, 10, TRUE, 25, TRUE, FALSE, FALSE, FALSE },        /* MCID only */
    { PHYSIO_INSTRUMENT_ODI, 20, 14, 6, TRUE, 30, FALSE, TRUE, FALSE, FALSE },         /* 30% exactly */
    { PHYSIO_INSTRUMENT_ODI, 400.0 / 9, 310.0 / 9, 10, TRUE, 22.5, TRUE, FALSE, FALSE, FALSE },
    { PHYSIO_INSTRUMENT_ODI, 30, 40, -10, TRUE, -100.0 / 3, FALSE, FALSE, FALSE, FALSE },
    { PHYSIO_INSTRUMENT_RMDQ, 12, 7, 5, TRUE, 500.0 / 12, TRUE, TRUE, FALSE, FALSE },
    { PHYSIO_INSTRUMENT_RMDQ, 3, 1, 2, TRUE, 200.0 / 3, FALSE, TRUE, TRUE, TRUE },     /* floor */
    { PHYSIO_INSTRUMENT_RMDQ, 21, 23, -2, TRUE, -200.0 / 21, FALSE, FALSE, TRUE, FALSE }, /* ceiling */
    { PHYSIO_INSTRUMENT_RMDQ, 21, 15, 6, TRUE, 600.0 / 21, TRUE, FALSE, FALSE, FALSE },
    { PHYSIO_INSTRUMENT_PSFS, 3, 4.4, 1.4, FALSE, 0, TRUE, FALSE, FALSE, FALSE },      /* higher = better */
    { PHYSIO_INSTRUMENT_PSFS, 0, 2, 2, FALSE, 0, TRUE, FALSE, FALSE, FALSE },
    { PHYSIO_INSTRUMENT_PSFS, 5, 4, -1, FALSE, 0, FALSE, FALSE, FALSE, FALSE },
  };
  PhysioOutcomeResponse response;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("responder case %u", i);
      physio_outcome_response (cases[i].instrument, cases[i].baseline, cases[i].latest,
                               &response);
      g_assert_true (response.defined);
      g_assert_cmpfloat_with_epsilon (response.change, cases[i].change, 1e-9);
      g_assert_cmpint (response.percent_defined, ==, cases[i].percent_defined);
      if (cases[i].percent_defined)
        g_assert_cmpfloat_with_epsilon (response.percent, cases[i].percent, 1e-9);
      g_assert_cmpint (response.mcid_met, ==, cases[i].mcid_met);
      g_assert_cmpint (response.percent_met, ==, cases[i].percent_met);
      g_assert_cmpint (response.unreliable, ==, cases[i].unreliable);
      g_assert_cmpint (response.recovered, ==, cases[i].recovered);
    }

  physio_outcome_response (PHYSIO_INSTRUMENT_SBST, 5, 2, &response);
  g_assert_false (response.defined);
  g_assert_false (response.mcid_met);
}

/* Schedule ------------------------------------------------------------------------------------ */

static void
add_form (GArray           *forms,
          PhysioInstrument  instrument,
          PhysioRecall      recall,
          int               offset,
          gboolean          valid)
{
  PhysioOutcomeForm form;

  physio_outcome_form_init (&form, instrument);
  form.date = day (offset);
  if (instrument == PHYSIO_INSTRUMENT_NPRS)
    form.recall = recall;
  switch (instrument)
    {
    case PHYSIO_INSTRUMENT_NPRS:
      form.items[0] = 5;
      break;
    case PHYSIO_INSTRUMENT_ODI:
      for (guint i = 0; i < PHYSIO_ODI_SECTIONS; i++)
        form.items[i] = valid || i < 5 ? T (2) : M;
      break;
    case PHYSIO_INSTRUMENT_RMDQ:
      for (guint i = 0; i < PHYSIO_RMDQ_ITEMS; i++)
        form.items[i] = PHYSIO_RMDQ_NO;
      break;
    case PHYSIO_INSTRUMENT_PSFS:
      physio_outcome_form_add_activity (&form, "Gardening", 4);
      break;
    case PHYSIO_INSTRUMENT_SBST:
      for (guint i = 0; i < PHYSIO_SBST_ITEMS; i++)
        form.items[i] = 0;
      break;
    default:
      g_assert_not_reached ();
    }
  g_array_append_val (forms, form);
}

static void
add_intake (GArray *forms)
{
  add_form (forms, PHYSIO_INSTRUMENT_SBST, PHYSIO_RECALL_NONE, -2, TRUE);
  add_form (forms, PHYSIO_INSTRUMENT_NPRS, PHYSIO_RECALL_ON_RISING, -2, TRUE);
  add_form (forms, PHYSIO_INSTRUMENT_NPRS, PHYSIO_RECALL_AVERAGE_24H, -2, TRUE);
  add_form (forms, PHYSIO_INSTRUMENT_ODI, PHYSIO_RECALL_NONE, -2, TRUE);
  add_form (forms, PHYSIO_INSTRUMENT_PSFS, PHYSIO_RECALL_NONE, -2, TRUE);
}

static char *
due_labels (GArray *due)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < due->len; i++)
    {
      g_autofree char *label = physio_outcome_due_label (&g_array_index (due, PhysioOutcomeDue, i));

      g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", label);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef enum { NONE, INTAKE, INTAKE_AND_WEEK_4, INTAKE_WEEK_4_BAD_ODI, INTAKE_WEEK_4_NPRS_NOW } History;

static void
test_schedule (void)
{
  const struct
  {
    guint       weeks;
    gboolean    acute;
    History     history;
    int         today;
    const char *expected;
    guint       week;
    gboolean    discharge;
  } cases[] = {
    { 12, FALSE, NONE, 0, "STarT Back due; NPRS (on rising) due; NPRS (average last 24 h) due; "
                          "ODI due; PSFS due", 0, FALSE },
    { 12, FALSE, NONE, 20, "STarT Back overdue; NPRS (on rising) overdue; "
                           "NPRS (average last 24 h) overdue; ODI overdue; PSFS overdue", 0, FALSE },
    { 12, FALSE, INTAKE, 10, "", 0, FALSE },
    { 12, FALSE, INTAKE, 24, "", 0, FALSE },                 /* week 4 opens on day 25 */
    { 12, FALSE, INTAKE, 25, "ODI due; PSFS due; NPRS (average last 24 h) due", 4, FALSE },
    { 12, FALSE, INTAKE, 35, "ODI due; PSFS due; NPRS (average last 24 h) due", 4, FALSE },
    { 12, FALSE, INTAKE, 36, "ODI overdue; PSFS overdue; NPRS (average last 24 h) overdue", 4, FALSE },
    { 12, FALSE, INTAKE_AND_WEEK_4, 30, "", 0, FALSE },
    { 12, FALSE, INTAKE_WEEK_4_BAD_ODI, 30, "ODI due", 4, FALSE },   /* 5 sections: redo */
    { 12, FALSE, INTAKE_WEEK_4_NPRS_NOW, 30, "NPRS (average last 24 h) due", 4, FALSE },
    { 12, FALSE, INTAKE_AND_WEEK_4, 53, "ODI due; PSFS due; NPRS (average last 24 h) due", 8, FALSE },
    { 12, FALSE, INTAKE, 11, "", 0, FALSE },                 /* no week 2 unless acute */
    { 12, TRUE, INTAKE, 11, "ODI due; PSFS due; NPRS (average last 24 h) due", 2, FALSE },
    { 12, FALSE, INTAKE_AND_WEEK_4, 81, "ODI due; PSFS due; NPRS (average last 24 h) due", 12, TRUE },
    { 6, FALSE, INTAKE_AND_WEEK_4, 39, "ODI due; PSFS due; NPRS (average last 24 h) due", 6, TRUE },
    { 6, FALSE, INTAKE_AND_WEEK_4, 38, "", 0, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) forms = g_array_new (FALSE, TRUE, sizeof (PhysioOutcomeForm));
      g_autoptr(GArray) due = NULL;
      g_autofree char *labels = NULL;
      PhysioOutcomeSchedule schedule = {
        .start = day (0),
        .weeks = cases[i].weeks,
        .acute = cases[i].acute,
        .disability = PHYSIO_INSTRUMENT_ODI,
      };
      GDate today = day (cases[i].today);

      g_test_message ("schedule case %u", i);
      g_array_set_clear_func (forms, (GDestroyNotify) physio_outcome_form_clear);
      g_date_clear (&schedule.discharge, 1);
      if (cases[i].history != NONE)
        add_intake (forms);
      if (cases[i].history == INTAKE_AND_WEEK_4 || cases[i].history == INTAKE_WEEK_4_BAD_ODI ||
          cases[i].history == INTAKE_WEEK_4_NPRS_NOW)
        {
          add_form (forms, PHYSIO_INSTRUMENT_ODI, PHYSIO_RECALL_NONE, 27,
                    cases[i].history != INTAKE_WEEK_4_BAD_ODI);
          add_form (forms, PHYSIO_INSTRUMENT_PSFS, PHYSIO_RECALL_NONE, 27, TRUE);
          add_form (forms, PHYSIO_INSTRUMENT_NPRS,
                    cases[i].history == INTAKE_WEEK_4_NPRS_NOW ? PHYSIO_RECALL_NOW
                                                               : PHYSIO_RECALL_AVERAGE_24H,
                    27, TRUE);
        }

      due = physio_outcome_due (&schedule, (const PhysioOutcomeForm *) forms->data, forms->len,
                                &today);
      labels = due_labels (due);
      g_assert_cmpstr (labels, ==, cases[i].expected);
      if (due->len > 0)
        {
          g_assert_cmpuint (g_array_index (due, PhysioOutcomeDue, 0).week, ==, cases[i].week);
          g_assert_cmpint (g_array_index (due, PhysioOutcomeDue, 0).discharge, ==,
                           cases[i].discharge);
        }
    }
}

static void
test_schedule_keeps_rmdq (void)
{
  g_autoptr(GArray) forms = g_array_new (FALSE, TRUE, sizeof (PhysioOutcomeForm));
  g_autoptr(GArray) due = NULL;
  g_autofree char *labels = NULL;
  PhysioOutcomeSchedule schedule = { .start = day (0), .weeks = 12 };
  GDate today = day (26);

  g_array_set_clear_func (forms, (GDestroyNotify) physio_outcome_form_clear);
  g_date_clear (&schedule.discharge, 1);
  g_assert_cmpint (physio_outcome_disability_in_use (NULL, 0), ==, PHYSIO_INSTRUMENT_ODI);
  add_form (forms, PHYSIO_INSTRUMENT_ODI, PHYSIO_RECALL_NONE, 20, TRUE);
  add_form (forms, PHYSIO_INSTRUMENT_RMDQ, PHYSIO_RECALL_NONE, -1, TRUE);
  schedule.disability = physio_outcome_disability_in_use ((const PhysioOutcomeForm *) forms->data,
                                                          forms->len);
  g_assert_cmpint (schedule.disability, ==, PHYSIO_INSTRUMENT_RMDQ);
  due = physio_outcome_due (&schedule, (const PhysioOutcomeForm *) forms->data, forms->len,
                            &today);
  labels = due_labels (due);
  g_assert_cmpstr (labels, ==, "RMDQ due; PSFS due; NPRS (average last 24 h) due");
}

/* Codes and licensed wording ------------------------------------------------------------------ */

static void
test_codes (void)
{
  const char *codes[] = { "NPRS", "ODI_2_1a", "RMDQ_24", "PSFS", "SBST_9" };

  for (guint i = 0; i < PHYSIO_N_INSTRUMENTS; i++)
    {
      PhysioInstrument instrument;

      g_assert_cmpstr (physio_instrument_to_code (i), ==, codes[i]);
      g_assert_true (physio_instrument_from_code (codes[i], &instrument));
      g_assert_cmpint (instrument, ==, i);
    }
  for (PhysioRecall recall = PHYSIO_RECALL_NONE; recall <= PHYSIO_RECALL_LAST_2_WEEKS; recall++)
    {
      PhysioRecall back;

      g_assert_true (physio_recall_from_code (physio_recall_to_code (recall), &back));
      g_assert_cmpint (back, ==, recall);
    }
  {
    PhysioInstrument instrument;
    PhysioRecall recall;

    g_assert_false (physio_instrument_from_code ("ODI", &instrument));
    g_assert_false (physio_recall_from_code ("yesterday", &recall));
  }
  g_assert_cmpstr (physio_odi_section_label (7), ==, "Sex life (if applicable)");
}

static char *
numbered_lines (guint n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (text, "%u. Statement %u\n\n", i, i);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_wording (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) wording = NULL;
  g_autofree char *key = NULL;
  g_autofree char *text24 = numbered_lines (24);
  g_autofree char *text23 = numbered_lines (23);
  g_autofree char *text60 = numbered_lines (60);
  g_autofree char *text70 = numbered_lines (70);
  g_autofree char *text9 = numbered_lines (9);

  wording = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_RMDQ, text24, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (wording), ==, 24);
  g_assert_cmpstr (g_hash_table_lookup (wording, "1"), ==, "Statement 1");
  g_assert_cmpstr (g_hash_table_lookup (wording, "24"), ==, "Statement 24");
  g_clear_pointer (&wording, g_hash_table_unref);

  wording = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_RMDQ, text23, &error);
  g_assert_null (wording);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "Expected 24 items"));
  g_clear_error (&error);

  wording = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_ODI, text60, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (wording), ==, 60);
  g_assert_cmpstr (g_hash_table_lookup (wording, "1.0"), ==, "Statement 1");
  g_assert_cmpstr (g_hash_table_lookup (wording, "2.0"), ==, "Statement 7");
  g_assert_cmpstr (g_hash_table_lookup (wording, "10.5"), ==, "Statement 60");
  g_clear_pointer (&wording, g_hash_table_unref);

  wording = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_ODI, text70, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (wording), ==, 70);
  g_assert_cmpstr (g_hash_table_lookup (wording, "1"), ==, "Statement 1");
  g_assert_cmpstr (g_hash_table_lookup (wording, "1.0"), ==, "Statement 2");
  g_assert_cmpstr (g_hash_table_lookup (wording, "2"), ==, "Statement 8");
  g_clear_pointer (&wording, g_hash_table_unref);

  wording = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_SBST, text9, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (wording, "leg_pain"), ==, "Statement 1");
  g_assert_cmpstr (g_hash_table_lookup (wording, "bothersome"), ==, "Statement 9");
  g_clear_pointer (&wording, g_hash_table_unref);

  wording = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_SBST,
                                          "Q1 a\nQ2. b\n3) c\n4: d\n5 e\n6 f\n7 g\n8 h\n3kg i\n",
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (wording, "leg_pain"), ==, "a");
  g_assert_cmpstr (g_hash_table_lookup (wording, "shoulder_neck_pain"), ==, "b");
  g_assert_cmpstr (g_hash_table_lookup (wording, "walk_short_distances"), ==, "c");
  g_assert_cmpstr (g_hash_table_lookup (wording, "dress_slowly"), ==, "d");
  g_assert_cmpstr (g_hash_table_lookup (wording, "fear"), ==, "e");
  g_assert_cmpstr (g_hash_table_lookup (wording, "bothersome"), ==, "3kg i");
  g_clear_pointer (&wording, g_hash_table_unref);

  g_assert_null (physio_outcome_wording_parse (PHYSIO_INSTRUMENT_NPRS, "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  key = physio_outcome_wording_key (PHYSIO_INSTRUMENT_ODI, 9, 5);
  g_assert_cmpstr (key, ==, "10.5");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outcome/nprs", test_nprs);
  g_test_add_func ("/outcome/odi", test_odi);
  g_test_add_func ("/outcome/odi-bands", test_odi_bands);
  g_test_add_func ("/outcome/rmdq", test_rmdq);
  g_test_add_func ("/outcome/psfs", test_psfs);
  g_test_add_func ("/outcome/sbst-risk-groups", test_sbst_risk_groups);
  g_test_add_func ("/outcome/responder", test_responder);
  g_test_add_func ("/outcome/schedule", test_schedule);
  g_test_add_func ("/outcome/schedule-keeps-rmdq", test_schedule_keeps_rmdq);
  g_test_add_func ("/outcome/codes", test_codes);
  g_test_add_func ("/outcome/wording", test_wording);

  return g_test_run ();
}

/* physio-outcome.h: outcome measures, their exact scoring, responder logic and schedule
 * (brief 2.5, 6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form is one administration of an instrument: its items as the patient answered them are
 * the stored truth; totals, subscales and validity are computed here, by scoring code that
 * carries its own version (PHYSIO_OUTCOME_SCORING_VERSION), so a score can always be
 * recomputed from the items.
 *
 * The ODI, the RMDQ and the STarT Back tool are copyrighted (brief 6.2, 6.3, 6.5): this module
 * ships their response grids and scoring, never their item wording. A clinic may paste its
 * licensed wording; physio_outcome_wording_parse () splits it into items by key, and the
 * store keeps it (physio-database-outcomes.h).
 */

#pragma once

#include <glib.h>

#include "physio-programme.h"

G_BEGIN_DECLS

/* Raise when any rule of scoring changes; stored with every score (computed_by). */
#define PHYSIO_OUTCOME_SCORING_VERSION 1

typedef enum
{
  PHYSIO_INSTRUMENT_NPRS,   /* numeric pain rating, 0–10 */
  PHYSIO_INSTRUMENT_ODI,    /* Oswestry Disability Index v2.1a, 10 sections */
  PHYSIO_INSTRUMENT_RMDQ,   /* Roland-Morris, 24 items */
  PHYSIO_INSTRUMENT_PSFS,   /* Patient-Specific Functional Scale, 1–5 own activities */
  PHYSIO_INSTRUMENT_SBST,   /* STarT Back Screening Tool, 9 items */
} PhysioInstrument;

#define PHYSIO_N_INSTRUMENTS 5

/* The recall period (brief 6.1). NPRS must name one; the others have a fixed one. */
typedef enum
{
  PHYSIO_RECALL_NONE,
  PHYSIO_RECALL_NOW,
  PHYSIO_RECALL_ON_RISING,
  PHYSIO_RECALL_AVERAGE_24H,
  PHYSIO_RECALL_WORST_24H,
  PHYSIO_RECALL_DURING_EXERCISE,
  PHYSIO_RECALL_TODAY,          /* ODI, RMDQ, PSFS */
  PHYSIO_RECALL_LAST_2_WEEKS,   /* STarT Back */
} PhysioRecall;

#define PHYSIO_OUTCOME_MAX_ITEMS   24
#define PHYSIO_PSFS_MAX_ACTIVITIES 5

/* Item values. Every instrument uses -1 for an item left blank. */
#define PHYSIO_ITEM_MISSING (-1)
/* ODI: an item is the set of statements ticked in its section, bit n for the statement that
 * scores n (0 = the first, 5 = the last), so two ticks stay on record as the patient made
 * them; 0 or -1 is an unanswered section. */
#define PHYSIO_ODI_TICK(level) (1 << (level))
#define PHYSIO_ODI_SECTIONS    10
#define PHYSIO_ODI_LEVELS      6
/* RMDQ: 1 ticked (applies), 0 not ticked, 2 marked "not applicable" (scores 0). */
#define PHYSIO_RMDQ_NO             0
#define PHYSIO_RMDQ_YES            1
#define PHYSIO_RMDQ_NOT_APPLICABLE 2
#define PHYSIO_RMDQ_ITEMS          24
/* STarT Back: 0 disagree, 1 agree; the bothersome item 0–4 (not at all … extremely). Items in
 * the order of physio_sbst_key (). */
#define PHYSIO_SBST_DISAGREE  0
#define PHYSIO_SBST_AGREE     1
#define PHYSIO_SBST_ITEMS     9
#define PHYSIO_SBST_BOTHERSOME 8

typedef struct
{
  gint64           id;            /* 0 until saved */
  gint64           patient_id;
  PhysioInstrument instrument;
  char            *version;       /* as administered; NULL = physio_instrument_version () */
  GDate            date;
  PhysioRecall     recall;
  int              items[PHYSIO_OUTCOME_MAX_ITEMS];
  guint            n_items;       /* fixed per instrument; PSFS: the number of activities */
  char            *activities[PHYSIO_PSFS_MAX_ACTIVITIES];  /* PSFS: what item i rates */
} PhysioOutcomeForm;

/* An empty form of @instrument: every item missing, the instrument's recall (none for NPRS),
 * no date. */
void     physio_outcome_form_init      (PhysioOutcomeForm       *form,
                                        PhysioInstrument         instrument);
void     physio_outcome_form_clear     (PhysioOutcomeForm       *form);
void     physio_outcome_form_copy_into (PhysioOutcomeForm       *dest,
                                        const PhysioOutcomeForm *src);
/* PSFS: appends an activity with its score (-1 = not rated yet); FALSE when 5 are there. */
gboolean physio_outcome_form_add_activity (PhysioOutcomeForm    *form,
                                           const char           *activity,
                                           int                   score);

/* What a form must be to be stored at all (G_IO_ERROR_INVALID_DATA with a sentence for the
 * clinician): a date, NPRS's recall, item values each instrument knows, PSFS's 1–5 activities
 * each with its text and a score 0–10, NPRS's one score. Blanks that scoring deals with (ODI
 * sections, RMDQ items, STarT Back items) are not an error here. */
gboolean physio_outcome_form_check     (const PhysioOutcomeForm *form,
                                        GError                 **error);

/* Scoring ------------------------------------------------------------------------------------ */

/* ODI's validity rule is clinic-configurable (brief 6.2): the default needs 8 of 10 sections;
 * the AO algorithm needs 9. */
typedef struct
{
  guint odi_min_answered;
  guint rmdq_max_blank;      /* more blanks than this flag the form (default 2) */
} PhysioOutcomeRules;

void physio_outcome_rules_init_defaults (PhysioOutcomeRules *rules);

typedef enum
{
  PHYSIO_SBST_RISK_NONE,     /* not classified (form invalid) */
  PHYSIO_SBST_RISK_LOW,
  PHYSIO_SBST_RISK_MEDIUM,
  PHYSIO_SBST_RISK_HIGH,
} PhysioSbstRisk;

typedef struct
{
  gboolean       valid;      /* the total may be used (charted, compared) */
  double         total;      /* exact: NPRS 0–10, ODI 0–100, RMDQ 0–24, PSFS mean 0–10, SBST 0–9 */
  double         subscale;   /* STarT Back psychosocial 0–5; else 0 */
  guint          answered;   /* items that counted */
  guint          blank;      /* items left blank */
  gboolean       flagged;    /* valid, but worth a look: two ticks in an ODI section, RMDQ blanks */
  char          *message;    /* why invalid or flagged, for the clinician; NULL when neither */
  PhysioSbstRisk risk;       /* STarT Back only */
  guint          computed_by;  /* PHYSIO_OUTCOME_SCORING_VERSION */
} PhysioOutcomeScore;

/* Scores @form by brief 6.1–6.5. @rules may be NULL for the defaults. Returns score->valid.
 * The score must be cleared with physio_outcome_score_clear (). A form that fails
 * physio_outcome_form_check () is invalid with that message. */
gboolean physio_outcome_score       (const PhysioOutcomeForm  *form,
                                     const PhysioOutcomeRules *rules,
                                     PhysioOutcomeScore       *score);
void     physio_outcome_score_clear (PhysioOutcomeScore       *score);

/* The total rounded for display, half away from zero (ODI "store exact, show whole"). */
int      physio_outcome_display_total (PhysioInstrument instrument,
                                       double           total);

typedef enum
{
  PHYSIO_ODI_MINIMAL,        /* 0–20 */
  PHYSIO_ODI_MODERATE,       /* 21–40 */
  PHYSIO_ODI_SEVERE,         /* 41–60 */
  PHYSIO_ODI_VERY_SEVERE,    /* above 60: the neutral label for both original top bands */
} PhysioOdiBand;

/* Bands of the whole number shown (brief 6.2): 20.4 shows as 20, minimal; 20.5 as 21. */
PhysioOdiBand physio_odi_band          (double        total);
const char   *physio_odi_band_label    (PhysioOdiBand band);

typedef enum
{
  PHYSIO_PAIN_NONE,          /* 0 */
  PHYSIO_PAIN_MILD,          /* 1–3 */
  PHYSIO_PAIN_MODERATE,      /* 4–6 */
  PHYSIO_PAIN_SEVERE,        /* 7–10 */
} PhysioPainSeverity;

PhysioPainSeverity physio_nprs_severity       (int                pain);
const char        *physio_nprs_severity_label (PhysioPainSeverity severity);
const char        *physio_sbst_risk_label     (PhysioSbstRisk     risk);

/* Responder logic (brief 6.6) ---------------------------------------------------------------- */

typedef struct
{
  gboolean defined;          /* the instrument has a responder definition (not STarT Back) */
  double   change;           /* improvement, positive = better whatever the direction */
  gboolean percent_defined;  /* FALSE when the baseline is 0 (or for PSFS, which has no 30%) */
  double   percent;          /* change / baseline × 100 */
  double   mcid;
  gboolean mcid_met;         /* absolute: change ≥ MCID */
  gboolean percent_met;      /* relative: change ≥ 30% of baseline */
  gboolean unreliable;       /* RMDQ: baseline < 4 improving or > 20 worsening (brief 6.3) */
  gboolean recovered;        /* NPRS 0 or RMDQ ≤ 2 at @latest (brief 6.1, 6.3) */
} PhysioOutcomeResponse;

/* Both definitions from two valid totals of the same instrument and version. */
void     physio_outcome_response (PhysioInstrument       instrument,
                                  double                 baseline,
                                  double                 latest,
                                  PhysioOutcomeResponse *response);
/* The responder MCID: NPRS 2, ODI 10, RMDQ 5 [Ostelo 2008], PSFS 1.4 [Maughan 2010]; 0 for
 * STarT Back, which is a classification. */
double   physio_instrument_mcid  (PhysioInstrument       instrument);

/* Instruments and recall periods --------------------------------------------------------------- */

/* Codes of brief 2.5: "NPRS", "ODI_2_1a", "RMDQ_24", "PSFS", "SBST_9". */
const char  *physio_instrument_to_code     (PhysioInstrument  instrument);
gboolean     physio_instrument_from_code   (const char       *code,
                                            PhysioInstrument *instrument);
/* Short names for the clinician: "NPRS", "ODI", "RMDQ", "PSFS", "STarT Back". */
const char  *physio_instrument_label       (PhysioInstrument  instrument);
/* The version this build administers: "0-10", "2.1a", "24", "1", "9". */
const char  *physio_instrument_version     (PhysioInstrument  instrument);
/* Items of a form; 0 for PSFS, whose count is the patient's (1–5). */
guint        physio_instrument_n_items     (PhysioInstrument  instrument);
gboolean     physio_instrument_lower_is_better (PhysioInstrument instrument);
/* The full range of the total, for a fixed chart axis (brief 6.8). */
void         physio_instrument_range       (PhysioInstrument  instrument,
                                            double           *min,
                                            double           *max);
PhysioRecall physio_instrument_recall      (PhysioInstrument  instrument);

/* Codes "now", "on_rising", "average_24h", "worst_24h", "during_exercise", "today",
 * "last_2_weeks"; "" for none. */
const char  *physio_recall_to_code         (PhysioRecall      recall);
gboolean     physio_recall_from_code       (const char       *code,
                                            PhysioRecall     *recall);
/* "average last 24 h" and so on. */
const char  *physio_recall_label           (PhysioRecall      recall);

/* The response grid (no copyrighted wording) ---------------------------------------------------- */

/* ODI section topics of brief 6.2 (1-based numbering is the caller's): "Pain intensity"… */
const char  *physio_odi_section_label      (guint             section);
/* STarT Back construct keys in form order: leg_pain … bothersome; NULL past the last. */
const char  *physio_sbst_key               (guint             item);
int          physio_sbst_item_of_key       (const char       *key);
/* STarT Back's answer labels for @item and @level: "Disagree"/"Agree", or the five of the
 * bothersome item; NULL for a level the item does not have. */
const char  *physio_sbst_level_label       (guint             item,
                                            int               level);

/* Licensed wording keys: ODI "<section>" (1–10) for a section's heading and
 * "<section>.<level>" (level 0–5) for its statements; RMDQ "<item>" (1–24); STarT Back the
 * construct key. @level is -1 for a heading or an item. */
char        *physio_outcome_wording_key    (PhysioInstrument  instrument,
                                            guint             item,
                                            int               level);
/* Splits wording a clinic pasted into items: one item per non-empty line, in form order, a
 * leading "1.", "1)" or "Q1" numbering dropped. ODI takes 60 lines (6 statements per
 * section) or 70 (a heading before each section's 6); RMDQ 24; STarT Back 9. Returns a table
 * key → text, or NULL with G_IO_ERROR_INVALID_DATA saying how many lines were expected. */
GHashTable  *physio_outcome_wording_parse  (PhysioInstrument  instrument,
                                            const char       *text,
                                            GError          **error);

/* Schedule (brief 6.7) ---------------------------------------------------------------------------- */

/* How many days before its date a review's measures fall due, and after it they are late. */
#define PHYSIO_OUTCOME_DUE_EARLY_DAYS 3
#define PHYSIO_OUTCOME_OVERDUE_DAYS   7

typedef struct
{
  GDate            start;       /* intake, week 0: the programme's start */
  guint            weeks;       /* the programme's length */
  gboolean         acute;       /* a week-2 review as well */
  GDate            discharge;   /* unset: the end of the last week */
  PhysioInstrument disability;  /* ODI or RMDQ (see physio_outcome_disability_in_use) */
} PhysioOutcomeSchedule;

typedef struct
{
  PhysioInstrument instrument;
  PhysioRecall     recall;      /* the NPRS recall asked for; the instrument's otherwise */
  guint            week;        /* 0 = intake */
  gboolean         discharge;
  GDate            date;        /* when the review is */
  gboolean         overdue;     /* more than PHYSIO_OUTCOME_OVERDUE_DAYS after @date */
} PhysioOutcomeDue;

/* What is due on @today: the measures of the latest review that has fallen due (intake; weeks
 * 2 when acute, 4, 8 and 12 within the programme; discharge) which no valid form of the same
 * instrument (and NPRS recall) has answered since it fell due (intake: ever). Daily and
 * per-session pain live in the diary and are never listed. Returns a GArray of
 * PhysioOutcomeDue, empty when nothing is due. */
GArray          *physio_outcome_due        (const PhysioOutcomeSchedule *schedule,
                                            const PhysioOutcomeForm     *forms,
                                            guint                        n_forms,
                                            const GDate                 *today);
/* "ODI due", "NPRS (average last 24 h) due", "PSFS overdue". */
char            *physio_outcome_due_label  (const PhysioOutcomeDue      *due);
/* The schedule of @programme: intake at its start, its weeks, a week-2 review when its stage is
 * acute, discharge at its end, and the disability measure the patient's @forms already use. */
void             physio_outcome_schedule_init (PhysioOutcomeSchedule   *schedule,
                                               PhysioProgramme         *programme,
                                               const PhysioOutcomeForm *forms,
                                               guint                    n_forms);
/* RMDQ when the patient's first disability form was an RMDQ, else ODI (the default): one
 * patient keeps one instrument so the chart never mixes them. */
PhysioInstrument physio_outcome_disability_in_use (const PhysioOutcomeForm *forms,
                                                   guint                    n_forms);

G_END_DECLS

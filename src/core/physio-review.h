/* physio-review.h: the weekly review of a programme: proposals per prescription and how an
 * accepted decision changes the programme (brief 4.3, 2.3 dose change log)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-progression.h"
#include "physio-programme.h"

G_BEGIN_DECLS

/* One row of the audit log (brief 2.3 "Dose change log"). */
typedef struct
{
  gint64          id;
  gint64          prescription_id;
  GDate           effective_date;
  PhysioDose      old_dose;
  PhysioDose      new_dose;
  guint           old_step;
  guint           new_step;
  PhysioDecision  decision;      /* what was applied */
  PhysioDecision  proposed;      /* what the engine proposed (same as decision unless edited) */
  PhysioReason    reasons;
  gboolean        by_clinician;  /* proposed_by: FALSE = rule, TRUE = clinician's own change */
  char           *outcome;       /* "accepted", "edited", "rejected", "undone" */
  char           *accepted_by;
  GDateTime      *accepted_at;
  char           *swap_to;       /* exercise id for SWAP */
} PhysioDoseChange;

void              physio_dose_change_init  (PhysioDoseChange *change);
void              physio_dose_change_clear (PhysioDoseChange *change);

/* What the review needs from the store for one prescription. */
typedef struct
{
  PhysioPrescription     *prescription;
  const PhysioSessionLog *logs;         /* this prescription's sessions, date order */
  guint                   n_logs;
  const PhysioDoseChange *changes;      /* its audit log, oldest first */
  guint                   n_changes;
} PhysioReviewInput;

typedef struct
{
  PhysioPrescription *prescription;     /* borrowed */
  PhysioProposal      proposal;
} PhysioReviewItem;

/* Proposals for every active (not removed) prescription in the window starting at
 * @window_start, using the programme's mode and parameters, the patient's diary, and the
 * history counted from each audit log (holds and regresses in a row at its end, weeks at caps
 * in a row, previous dose); rows with outcome "undone" do not count. A prescription none of
 * whose active weeks meet the window gets no proposal. Inputs are matched to prescriptions by
 * object, else by id; a prescription without input has no logs and no history.
 * @load_steps are the clinic's dumbbell/kettlebell steps. Returns an array of
 * PhysioReviewItem with a clear func. */
GArray *physio_review_propose (PhysioProgramme         *programme,
                               const PhysioReviewInput *inputs,
                               guint                    n_inputs,
                               const PhysioDiaryEntry  *diary,
                               guint                    n_diary,
                               const GDate             *window_start,
                               const double            *load_steps,
                               guint                    n_load_steps);

/* What the review shows of one prescription's week, counted as the engine counts it. */
typedef struct
{
  /* The decision in force for the week (the standing audit row whose effective date is the
   * day after the window), borrowed from the changes passed in; NULL while undecided. */
  const PhysioDoseChange *recorded;
  /* Sessions done in the window (a part-done session counts as its part) and sessions the
   * week asked for: the days of the window the prescription is planned on, the whole window
   * when the programme has no start date, at the dose the week was reviewed at (the recorded
   * change's old dose once decided). */
  double                  done;
  double                  prescribed;
} PhysioReviewFigures;

/* The day a decision taken in the review of the window starting @window_start takes effect:
 * the day after the window. It also ties an audit row to the week it reviewed. */
void    physio_review_effective_date (PhysioProgramme         *programme,
                                      const GDate             *window_start,
                                      GDate                   *effective);
/* Sessions the window asks for at @dose (NULL: the prescription's current dose), prorated for
 * the days of the window on which the prescription is planned. */
double  physio_review_sessions_prescribed (PhysioProgramme    *programme,
                                           PhysioPrescription *prescription,
                                           const PhysioDose   *dose,
                                           const GDate        *window_start);
/* Fills @figures for one prescription from its logs and audit log (oldest first). */
void    physio_review_figures        (PhysioProgramme         *programme,
                                      PhysioPrescription      *prescription,
                                      const PhysioSessionLog  *logs,
                                      guint                    n_logs,
                                      const PhysioDoseChange  *changes,
                                      guint                    n_changes,
                                      const GDate             *window_start,
                                      PhysioReviewFigures     *figures);
/* The latest diary entry with a warning sign on or after @from (NULL: any); FALSE when none. */
gboolean physio_review_latest_red_flag (const PhysioDiaryEntry *diary,
                                        guint                   n_diary,
                                        const GDate            *from,
                                        GDate                  *date);

/* Applies a decision to the prescription (current dose, ladder step; SWAP replaces the
 * exercise by @swap_exercise at its default dose, keeping days and sessions, and plans the
 * remaining ladder steps from it; STOP suspends the programme) and fills @change for the audit
 * log. @dose overrides the proposal's dose when the clinician edited it (outcome "edited");
 * NULL keeps it ("accepted"). An edited dose on a HOLD or READY (or in a MANUAL programme,
 * whose proposals are HOLDs) is the clinician's own change: it is applied and logged with
 * by_clinician and the decision it amounts to (PROGRESS, REGRESS or HOLD by weekly volume).
 * A rejected proposal is recorded with physio_review_reject () and changes nothing; its
 * decision is HOLD (nothing was applied) and proposed keeps what the engine said.
 *
 * @change is overwritten without being cleared: pass a new struct, and clear it with
 * physio_dose_change_clear () when done. accepted_at is the current time. */
void    physio_review_accept  (PhysioProgramme      *programme,
                               PhysioPrescription   *prescription,
                               const PhysioProposal *proposal,
                               const PhysioDose     *dose,
                               PhysioExercise       *swap_exercise,
                               const char           *clinician,
                               const GDate          *effective_date,
                               PhysioDoseChange     *change);
void    physio_review_reject  (PhysioPrescription   *prescription,
                               const PhysioProposal *proposal,
                               const char           *clinician,
                               const GDate          *effective_date,
                               PhysioDoseChange     *change);

G_END_DECLS

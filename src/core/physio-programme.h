/* physio-programme.h: a patient's programme (brief 2.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "physio-prescription.h"
#include "physio-rule-params.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PROGRAMME (physio_programme_get_type ())

G_DECLARE_FINAL_TYPE (PhysioProgramme, physio_programme, PHYSIO, PROGRAMME, GObject)

typedef enum
{
  PHYSIO_PROGRAMME_DRAFT,
  PHYSIO_PROGRAMME_ACTIVE,
  PHYSIO_PROGRAMME_PAUSED,
  PHYSIO_PROGRAMME_SUSPENDED,    /* STOP: a red flag was reported; only the clinician resumes */
  PHYSIO_PROGRAMME_COMPLETED,
} PhysioProgrammeStatus;

typedef struct
{
  char  *name;
  guint  week_from;
  guint  week_to;
  char  *goals;
} PhysioPhase;

typedef struct
{
  guint  week;
  char  *title;
  char  *body;
} PhysioEducationItem;

/* Free the strings of a phase or an education item (the clear funcs of arrays of them). */
void                  physio_phase_clear                 (PhysioPhase *phase);
void                  physio_education_item_clear        (PhysioEducationItem *item);

/* The longest programme the builder offers, and the length of a new one. */
#define PHYSIO_PROGRAMME_MAX_WEEKS     52
#define PHYSIO_PROGRAMME_DEFAULT_WEEKS 6

PhysioProgramme      *physio_programme_new               (void);
/* A deep copy: prescriptions, ladders, phases and education are copied, ids kept. */
PhysioProgramme      *physio_programme_copy              (PhysioProgramme *self);
/* Makes @self equal to @from (same programme object, so bound views follow), emitting
 * "changed" and one items-changed that replaces every prescription with a copy of @from's.
 * Undo does not use it: a PhysioProgrammeChange (physio-programme-change.h) puts back only
 * what an edit changed, into the same prescription objects. */
void                  physio_programme_assign            (PhysioProgramme *self,
                                                          PhysioProgramme *from);

/* The programme's own settings (the programme row: title, dates, length, status, mode, rule
 * parameters) and its phases and education, without prescriptions: the "before" of an edit. */
PhysioProgramme      *physio_programme_copy_settings     (PhysioProgramme *self);
typedef enum
{
  PHYSIO_PROGRAMME_DIFF_NONE     = 0,
  PHYSIO_PROGRAMME_DIFF_SETTINGS = 1 << 0,   /* id, patient, title … rule parameters */
  PHYSIO_PROGRAMME_DIFF_PHASES   = 1 << 1,   /* phases or education */
} PhysioProgrammeDiff;
/* Compares settings, phases and education only (never the prescriptions). */
PhysioProgrammeDiff   physio_programme_diff_settings     (PhysioProgramme *a,
                                                          PhysioProgramme *b);
/* Makes the settings, phases and education of @self those of @from, in place, leaving the
 * prescriptions alone (a shorter length does not trim them here: undo puts each prescription
 * back itself). Notifies what changed and emits "changed" once when anything did. */
void                  physio_programme_assign_settings   (PhysioProgramme *self,
                                                          PhysioProgramme *from);
/* Makes the prescription list exactly @items (in that order), as one splice of the span that
 * differs, so a bound view keeps the rows of every prescription outside that span. */
void                  physio_programme_set_prescriptions (PhysioProgramme     *self,
                                                          PhysioPrescription **items,
                                                          guint                n_items);
/* Between these, "changed" is held back and emitted once by the end, when anything changed
 * (an operation that touches many prescriptions). They nest. "prescription-changed" is never
 * held back. */
void                  physio_programme_begin_batch       (PhysioProgramme *self);
void                  physio_programme_end_batch         (PhysioProgramme *self);

gint64                physio_programme_get_id            (PhysioProgramme *self);
void                  physio_programme_set_id            (PhysioProgramme *self, gint64 id);
gint64                physio_programme_get_patient_id    (PhysioProgramme *self);
void                  physio_programme_set_patient_id    (PhysioProgramme *self, gint64 id);
const char           *physio_programme_get_title         (PhysioProgramme *self);
void                  physio_programme_set_title         (PhysioProgramme *self, const char *title);
const char           *physio_programme_get_stage         (PhysioProgramme *self);
void                  physio_programme_set_stage         (PhysioProgramme *self, const char *stage);
const char           *physio_programme_get_template_id   (PhysioProgramme *self);
void                  physio_programme_set_template_id   (PhysioProgramme *self, const char *id);
const char           *physio_programme_get_clinician     (PhysioProgramme *self);
void                  physio_programme_set_clinician     (PhysioProgramme *self, const char *name);
const GDate          *physio_programme_get_start_date    (PhysioProgramme *self);
void                  physio_programme_set_start_date    (PhysioProgramme *self, const GDate *date);
/* Length in weeks (1–52). Shortening it trims ladders; lengthening extends the prescriptions
 * that ran to the old last week with their last planned dose. A prescription that starts after
 * the new end is left alone (the check reports it), so undoing the change loses nothing. */
guint                 physio_programme_get_weeks         (PhysioProgramme *self);
void                  physio_programme_set_weeks         (PhysioProgramme *self, guint weeks);
PhysioProgrammeStatus physio_programme_get_status        (PhysioProgramme *self);
void                  physio_programme_set_status        (PhysioProgramme *self, PhysioProgrammeStatus status);
PhysioProgressionMode physio_programme_get_mode          (PhysioProgramme *self);
void                  physio_programme_set_mode          (PhysioProgramme *self, PhysioProgressionMode mode);
const PhysioRuleParams *physio_programme_get_rule_params (PhysioProgramme *self);
void                  physio_programme_set_rule_params   (PhysioProgramme *self, const PhysioRuleParams *params);

/* Prescriptions in order (PhysioPrescription items). The model is the programme's own:
 * views bind to it; change it only through the functions below. Removed prescriptions stay
 * in the model with removed = TRUE. */
GListModel           *physio_programme_get_prescriptions (PhysioProgramme *self);
guint                 physio_programme_get_n_prescriptions (PhysioProgramme *self);
PhysioPrescription   *physio_programme_get_prescription  (PhysioProgramme *self, guint position);
void                  physio_programme_add_prescription  (PhysioProgramme *self, PhysioPrescription *prescription);
void                  physio_programme_insert_prescription (PhysioProgramme *self, guint position, PhysioPrescription *prescription);
/* Takes it out of the model (the store decides whether the row is deleted or marked removed). */
void                  physio_programme_remove_prescription (PhysioProgramme *self, guint position);
void                  physio_programme_move_prescription (PhysioProgramme *self, guint from, guint to);
PhysioPrescription   *physio_programme_find_prescription (PhysioProgramme *self, gint64 id);

const PhysioPhase    *physio_programme_get_phases        (PhysioProgramme *self, guint *n_phases);
void                  physio_programme_add_phase         (PhysioProgramme *self, const char *name, guint week_from, guint week_to, const char *goals);
void                  physio_programme_clear_phases      (PhysioProgramme *self);
const PhysioEducationItem *physio_programme_get_education (PhysioProgramme *self, guint *n_items);
void                  physio_programme_add_education     (PhysioProgramme *self, guint week, const char *title, const char *body);
void                  physio_programme_clear_education   (PhysioProgramme *self);

/* The calendar week (1-based) that @date falls in, or 0 before the start or when there is no
 * start date. Weeks run from the start date's weekday, and past the last week the count goes
 * on (weeks + 1, …), so callers can tell "after the end" from "in the last week". */
guint                 physio_programme_week_of           (PhysioProgramme *self, const GDate *date);

const char           *physio_programme_status_to_code    (PhysioProgrammeStatus status);
gboolean              physio_programme_status_from_code  (const char *code, PhysioProgrammeStatus *status);
const char           *physio_programme_status_label      (PhysioProgrammeStatus status);

/* signal "changed": emitted by every setter and list change, so views and autosave follow.
 * signal "prescription-changed" (PhysioPrescription *): one prescription in the list changed
 * (emitted with its own "changed"), so a view can update the rows of that one only. */

G_END_DECLS

/* physio-diary-save.h: what one diary cell's text means in the store, saved and undoable
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "physio-database.h"
#include "physio-programme.h"
#include "physio-undo-stack.h"

G_BEGIN_DECLS

/* The rows of the diary grid, as the paper diary has them. */
typedef enum
{
  PHYSIO_DIARY_ROW_EXERCISE,       /* one prescription's session of the day */
  PHYSIO_DIARY_ROW_MORNING,        /* pain on rising, 0–10 */
  PHYSIO_DIARY_ROW_EXERCISE_PAIN,  /* highest pain during exercise, 0–10 */
  PHYSIO_DIARY_ROW_NEXT_MORNING,   /* pain the next morning, 0–10 */
  PHYSIO_DIARY_ROW_ACTIVITY,       /* minutes of walking or other activity */
  PHYSIO_DIARY_ROW_RED_FLAG,       /* "1" when a warning sign was reported, else "" */
} PhysioDiaryRow;

/* One cell: a row of a day (and of a prescription for exercise rows). */
typedef struct
{
  PhysioDiaryRow      row;
  PhysioPrescription *prescription;  /* exercise rows only; borrowed */
  gboolean            loaded;        /* the exercise has a weight: "@effort" may be written */
  GDate               date;
} PhysioDiaryPlace;

/* Saves @text into the store as the cell at @place says it: the session log of the day, or
 * one field of the day's diary entry (the others kept). On success *@shown (when not NULL)
 * is the text as the grid should show it from now on ("y 12" for "Y 12"). A refusal leaves
 * the store as it was, with a sentence for the clinician in @error. */
gboolean physio_diary_save_text      (PhysioDatabase         *database,
                                      PhysioProgramme        *programme,
                                      const PhysioDiaryPlace *place,
                                      const char             *text,
                                      char                  **shown,
                                      GError                **error);

/* Called after an undo or redo put @text back in the store at @place, so that the grid can
 * show it. */
typedef void (*PhysioDiaryRestoredFunc) (const PhysioDiaryPlace *place,
                                         const char             *text,
                                         gpointer                user_data);

/* Puts the change of the cell at @place from @before to @after (both as shown, already
 * saved) on @stack as "Diary: @what". @restored is called on @target (weakly held: nothing
 * happens once it is gone) after each undo and redo. */
void     physio_diary_save_push_undo (PhysioUndoStack         *stack,
                                      PhysioDatabase          *database,
                                      PhysioProgramme         *programme,
                                      const PhysioDiaryPlace  *place,
                                      const char              *what,
                                      const char              *before,
                                      const char              *after,
                                      GObject                 *target,
                                      PhysioDiaryRestoredFunc  restored);

G_END_DECLS

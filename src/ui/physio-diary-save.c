/* physio-diary-save.c: what one diary cell's text means in the store, saved and undoable
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-patients.h"
#include "physio-diary-cell.h"
#include "physio-diary-save.h"

/* The day's activity minutes: a whole number, "30" or "30 min"; empty for none (-1). */
static gboolean
parse_minutes (const char  *text,
               int         *minutes,
               GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  guint64 value = 0;
  gsize len;

  *minutes = -1;
  if (*copy == '\0')
    return TRUE;
  len = strlen (copy);
  if (len > 3 && g_ascii_strcasecmp (copy + len - 3, "min") == 0)
    {
      copy[len - 3] = '\0';
      g_strchomp (copy);
    }
  if (!g_ascii_string_to_unsigned (copy, 10, 0, 24 * 60, &value, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Minutes are a whole number from 0 to 1440, such as 30."));
      return FALSE;
    }
  *minutes = (int) value;
  return TRUE;
}

/* The diary entry of @date as stored, or an empty one. */
static PhysioDiaryEntry
load_entry (PhysioDatabase  *database,
            gint64           patient_id,
            const GDate     *date)
{
  g_autoptr(GArray) entries = NULL;
  PhysioDiaryEntry entry = { .morning_pain = -1 };

  entry.date = *date;
  entries = physio_database_list_diary (database, patient_id, date, date, NULL);
  if (entries != NULL && entries->len > 0)
    entry = g_array_index (entries, PhysioDiaryEntry, 0);
  return entry;
}

static gboolean
save_exercise (PhysioDatabase         *database,
               const PhysioDiaryPlace *place,
               const char             *text,
               char                  **shown,
               GError                **error)
{
  PhysioDiaryCell parsed;
  PhysioSessionLog log;
  guint n;

  if (!physio_diary_cell_parse (text, place->loaded, &parsed, error))
    return FALSE;
  n = physio_diary_cell_to_log (&parsed, physio_prescription_get_dosage_kind (place->prescription),
                                &place->date, &log) ? 1 : 0;
  if (!physio_database_replace_session_logs (database,
                                             physio_prescription_get_id (place->prescription),
                                             &place->date, &log, n, error))
    return FALSE;
  if (shown != NULL)
    *shown = physio_diary_cell_format (&parsed);
  return TRUE;
}

gboolean
physio_diary_save_text (PhysioDatabase         *database,
                        PhysioProgramme        *programme,
                        const PhysioDiaryPlace *place,
                        const char             *text,
                        char                  **shown,
                        GError                **error)
{
  gint64 patient_id = physio_programme_get_patient_id (programme);
  PhysioDiaryEntry entry;
  int value = -1;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (place != NULL && text != NULL, FALSE);

  if (place->row == PHYSIO_DIARY_ROW_EXERCISE)
    return save_exercise (database, place, text, shown, error);

  if (place->row == PHYSIO_DIARY_ROW_ACTIVITY)
    {
      if (!parse_minutes (text, &value, error))
        return FALSE;
    }
  else if (place->row != PHYSIO_DIARY_ROW_RED_FLAG &&
           !physio_diary_pain_parse (text, &value, error))
    return FALSE;

  entry = load_entry (database, patient_id, &place->date);
  switch (place->row)
    {
    case PHYSIO_DIARY_ROW_MORNING:
      entry.morning_pain = value;
      break;
    case PHYSIO_DIARY_ROW_EXERCISE_PAIN:
      entry.has_exercise_pain = value >= 0;
      entry.exercise_pain = MAX (value, 0);
      break;
    case PHYSIO_DIARY_ROW_NEXT_MORNING:
      entry.has_next_morning = value >= 0;
      entry.next_morning_pain = MAX (value, 0);
      break;
    case PHYSIO_DIARY_ROW_ACTIVITY:
      entry.has_activity_minutes = value >= 0;
      entry.activity_minutes = MAX (value, 0);
      break;
    case PHYSIO_DIARY_ROW_RED_FLAG:
      entry.red_flag = *text != '\0';
      break;
    case PHYSIO_DIARY_ROW_EXERCISE:
    default:
      g_assert_not_reached ();
    }
  if (!physio_database_save_diary_entry (database, patient_id, &entry, error))
    return FALSE;
  if (shown != NULL)
    *shown = value >= 0 ? g_strdup_printf ("%d", value)
                        : g_strdup (place->row == PHYSIO_DIARY_ROW_RED_FLAG && *text != '\0'
                                    ? "1" : "");
  return TRUE;
}

/* Undo */

typedef struct
{
  PhysioDatabase          *database;
  PhysioProgramme         *programme;
  PhysioDiaryPlace         place;     /* holds a reference on place.prescription */
  char                    *before;
  char                    *after;
  GWeakRef                 target;
  PhysioDiaryRestoredFunc  restored;
} Change;

static void
change_free (gpointer data)
{
  Change *change = data;

  g_object_unref (change->database);
  g_object_unref (change->programme);
  g_clear_object (&change->place.prescription);
  g_free (change->before);
  g_free (change->after);
  g_weak_ref_clear (&change->target);
  g_free (change);
}

static gboolean
change_put (Change      *change,
            const char  *text,
            GError     **error)
{
  g_autoptr(GObject) target = NULL;

  if (!physio_diary_save_text (change->database, change->programme, &change->place, text, NULL,
                               error))
    return FALSE;
  target = g_weak_ref_get (&change->target);
  if (target != NULL && change->restored != NULL)
    change->restored (&change->place, text, target);
  return TRUE;
}

static gboolean
change_undo (gpointer   user_data,
             GError   **error)
{
  Change *change = user_data;

  return change_put (change, change->before, error);
}

static gboolean
change_redo (gpointer   user_data,
             GError   **error)
{
  Change *change = user_data;

  return change_put (change, change->after, error);
}

void
physio_diary_save_push_undo (PhysioUndoStack         *stack,
                             PhysioDatabase          *database,
                             PhysioProgramme         *programme,
                             const PhysioDiaryPlace  *place,
                             const char              *what,
                             const char              *before,
                             const char              *after,
                             GObject                 *target,
                             PhysioDiaryRestoredFunc  restored)
{
  Change *change;
  g_autofree char *label = NULL;

  g_return_if_fail (PHYSIO_IS_UNDO_STACK (stack));

  change = g_new0 (Change, 1);
  change->database = g_object_ref (database);
  change->programme = g_object_ref (programme);
  change->place = *place;
  if (place->prescription != NULL)
    g_object_ref (place->prescription);
  change->before = g_strdup (before != NULL ? before : "");
  change->after = g_strdup (after != NULL ? after : "");
  g_weak_ref_init (&change->target, target);
  change->restored = restored;
  /* Translators: what Undo would undo, a diary cell: "Diary: Bridge, Mon 3". */
  label = g_strdup_printf (_("Diary: %s"), what);
  physio_undo_stack_push (stack, label, change_undo, change_redo, change, change_free);
}

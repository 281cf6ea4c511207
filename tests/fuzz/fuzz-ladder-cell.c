/* fuzz-ladder-cell.c: the ladder cell parser on any text, and the promise that whatever it
 * reads into a valid dose is written as a cell that reads back the same
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input: byte 0 picks the dosage kind, byte 1 the side and the dose being edited, the rest is
 * the text typed into the cell.
 */

#include "physio-ladder.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

/* The dose a clinician edits: a cell keeps what its text does not mention. */
static void
starting_dose (guint8      which,
               PhysioDose *dose)
{
  physio_dose_init (dose);
  if (which & 1)
    {
      dose->sets = 2;
      dose->reps = 10;
      dose->hold_s = 5;
      dose->duration_s = 600;
      dose->distance_m = 20;
      dose->steps_per_day = 6000;
      dose->sessions_per_day = 2;
      dose->days_per_week = 3;
      dose->load_kind = PHYSIO_LOAD_KG;
      dose->load_kg = 4;
    }
  if (which & 2)
    dose->load_text = g_strdup ("2–4 kg per hand");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_auto(PhysioDose) again = PHYSIO_DOSE_INIT;
  g_autofree char *text = NULL;
  g_autofree char *cell = NULL;
  g_autofree char *reread = NULL;
  g_autoptr(GError) error = NULL;
  PhysioDosageKind kind;
  PhysioLaterality side;

  if (size < 2)
    return 0;

  kind = data[0] % (PHYSIO_DOSAGE_PRACTICE + 1);
  side = (data[1] >> 2) % (PHYSIO_LATERALITY_ALTERNATING + 1);
  starting_dose (data[1], &dose);
  text = fuzz_common_text (data + 2, size - 2);

  if (!physio_dose_parse_cell (text, kind, &dose, &error))
    {
      if (error == NULL || error->message == NULL || *error->message == '\0')
        fuzz_common_fail ("a refused cell has no message");
      return 0;
    }

  /* The round trip is promised for the doses the validators accept. */
  if (!physio_dose_validate (&dose, kind, NULL, NULL, NULL))
    return 0;

  cell = physio_dose_format_cell (&dose, kind, side);
  physio_dose_copy_into (&again, &dose);
  if (!physio_dose_parse_cell (cell, kind, &again, &error))
    fuzz_common_fail ("kind %d: the cell “%s” written for “%s” does not read back: %s", kind,
                      cell, text, error->message);
  reread = physio_dose_format_cell (&again, kind, side);
  if (g_strcmp0 (reread, cell) != 0)
    fuzz_common_fail ("kind %d: “%s” reads back as “%s”", kind, cell, reread);

  return 0;
}

/* fuzz-rule-params.c: the progression rule parameters (a key file kept in the database and
 * in the clinic's settings), on any text
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-rule-params.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_common_text (data, size);
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  g_autoptr(GError) error = NULL;
  PhysioRuleParams params, again;

  physio_rule_params_init_defaults (&params);
  if (!physio_rule_params_from_string (&params, text, &error))
    {
      if (error == NULL)
        fuzz_common_fail ("refused parameters have no message");
      return 0;
    }

  /* Parameters that pass validation are written and read back unchanged. */
  if (!physio_rule_params_validate (&params, NULL))
    return 0;

  written = physio_rule_params_to_string (&params);
  physio_rule_params_init_defaults (&again);
  if (!physio_rule_params_from_string (&again, written, &error))
    fuzz_common_fail ("parameters that were read do not read back: %s", error->message);
  if (!physio_rule_params_validate (&again, &error))
    fuzz_common_fail ("parameters read back invalid: %s", error->message);
  rewritten = physio_rule_params_to_string (&again);
  if (g_strcmp0 (rewritten, written) != 0)
    fuzz_common_fail ("parameters change when read back:\n%s\n---\n%s", written, rewritten);

  return 0;
}

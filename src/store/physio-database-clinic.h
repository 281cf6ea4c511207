/* physio-database-clinic.h: the clinic's branding, clinician and progression defaults
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-rule-params.h"

G_BEGIN_DECLS

/* What the clinic set in preferences. Strings are never NULL (empty when unset). @logo is the
 * image file's bytes as the clinic chose it (NULL: no logo), @logo_type its media type
 * ("image/png", "image/jpeg" or "image/svg+xml"). @rule_params are the progression parameters
 * every new programme starts from: the brief's defaults until the clinic changes them. */
typedef struct
{
  char             *name;
  char             *address;
  char             *phone;
  char             *clinician;
  GBytes           *logo;
  char             *logo_type;
  PhysioRuleParams  rule_params;
} PhysioClinic;

void          physio_clinic_clear             (PhysioClinic    *clinic);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PhysioClinic, physio_clinic_clear)

/* Fills @clinic (which the caller clears). Damaged stored parameters fall back to the
 * defaults with a warning rather than failing: branding must never stop a handout. */
gboolean      physio_database_get_clinic      (PhysioDatabase  *self,
                                               PhysioClinic    *clinic,
                                               GError         **error);
/* Replaces everything with @clinic. INVALID (with a sentence for the user) for a logo of
 * another type, a logo over 2 MiB or parameters physio_rule_params_validate () refuses.
 * Emits "clinic-changed". */
gboolean      physio_database_set_clinic      (PhysioDatabase  *self,
                                               const PhysioClinic *clinic,
                                               GError         **error);

G_END_DECLS

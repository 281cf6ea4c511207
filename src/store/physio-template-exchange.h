/* physio-template-exchange.h: template files one clinic sends another (data/IMPORT-FORMATS.md,
 * "Templates between clinics")
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-template.h"

G_BEGIN_DECLS

/* A template file is the template JSON of data/TEMPLATE-FORMAT.md ({"format": 1,
 * "templates": [...]}) with, beside the templates, the clinic-made exercises they use
 * ("exercises", as in data/LIBRARY-FORMAT.md), so the file is complete on its own. Each
 * template's id is its shared id ("X-tpl-…"), the same in every clinic, so importing a file
 * twice replaces the templates it brought instead of adding copies. Importing goes through
 * physio_database_import_file () (physio-exercise-import.h), which detects the format. */

/* Every clinic template, oldest first. */
GBytes *physio_database_export_templates          (PhysioDatabase  *self,
                                                   GError         **error);

/* One programme as a template file, for sharing it without the patient: its exercises,
 * ladders, schedule, phases and education, under @name, with a new shared id. */
GBytes *physio_database_export_programme_template (PhysioDatabase   *self,
                                                   PhysioProgramme  *programme,
                                                   const char       *name,
                                                   GError          **error);

G_END_DECLS

/* physio-template-share.h: Export as Template… for one programme, to send to another clinic
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-database.h"
#include "physio-programme.h"

G_BEGIN_DECLS

/* Asks where to save, then writes @programme as a template file named after its title
 * (physio-template-exchange.h); the outcome is a toast in @from's programme window. Nothing
 * about the patient goes into the file. */
void physio_template_share_programme (GtkWidget       *from,
                                      PhysioDatabase  *database,
                                      PhysioProgramme *programme);

G_END_DECLS

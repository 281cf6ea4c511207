/* physio-rule-param-info.h: how each progression parameter of brief 4.2 is shown and typed,
 * shared by the programme's Settings page and Preferences
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "physio-rule-params.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_PARAM_GROUP_RULES,
  PHYSIO_PARAM_GROUP_PROGRESS,
  PHYSIO_PARAM_GROUP_INCREMENT,
  PHYSIO_PARAM_GROUP_REGRESS,
  PHYSIO_PARAM_GROUP_QUOTA,
} PhysioParamGroup;

#define PHYSIO_N_PARAM_GROUPS 5
/* How many parameters physio_param_info_list () gives. */
#define PHYSIO_N_RULE_PARAMS 28

/* One parameter as a field shows it. Fractions are shown as percentages; @title and @unit
 * are untranslated (N_), pass them through _(). */
typedef struct
{
  PhysioParamGroup  group;
  gsize             offset;
  gboolean          fraction;
  double            upper;
  const char       *key;
  const char       *title;
  const char       *unit;
} PhysioParamInfo;

/* Every parameter of PhysioRuleParams, in the order the pages list them. */
const PhysioParamInfo *physio_param_info_list  (guint                  *n_params);
/* The value as the field shows it (a percentage for a fraction). */
double                 physio_param_info_get   (const PhysioParamInfo  *info,
                                                const PhysioRuleParams *params);
void                   physio_param_info_set   (const PhysioParamInfo  *info,
                                                PhysioRuleParams       *params,
                                                double                  shown);
/* "days · default 7", translated. */
char                  *physio_param_info_hint  (const PhysioParamInfo  *info);
/* The group's heading, translated ("When to Progress"). */
const char            *physio_param_group_title (PhysioParamGroup       group);

G_END_DECLS

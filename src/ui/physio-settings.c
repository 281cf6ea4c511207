/* physio-settings.c: the application's GSettings, and the units they choose
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include "physio-settings.h"
#include "physio-units.h"

GSettings *
physio_settings_new_with_key (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_val_if_fail (key != NULL, NULL);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;

  return g_settings_new (APP_ID);
}

static void
on_units_changed_cb (GSettings  *settings,
                     const char *key,
                     gpointer    user_data)
{
  g_autofree char *weight = g_settings_get_string (settings, "weight-unit");
  g_autofree char *distance = g_settings_get_string (settings, "distance-unit");
  PhysioWeightUnit weight_unit = PHYSIO_WEIGHT_KG;
  PhysioDistanceUnit distance_unit = PHYSIO_DISTANCE_METRIC;

  /* The schema's choices keep other values out; a hand-edited one reads as the default. */
  physio_weight_unit_from_code (weight, &weight_unit);
  physio_distance_unit_from_code (distance, &distance_unit);
  physio_units_set_weight (weight_unit);
  physio_units_set_distance (distance_unit);
}

GSettings *
physio_settings_follow_units (void)
{
  GSettings *settings = physio_settings_new_with_key ("distance-unit");

  if (settings == NULL)
    return NULL;

  on_units_changed_cb (settings, NULL, NULL);
  g_signal_connect (settings, "changed::weight-unit", G_CALLBACK (on_units_changed_cb), NULL);
  g_signal_connect (settings, "changed::distance-unit", G_CALLBACK (on_units_changed_cb), NULL);
  return settings;
}

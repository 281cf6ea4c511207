/* physio-preferences.c: the Preferences window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-preferences.h"

struct _PhysioPreferences
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *clinician_group;
  AdwEntryRow          *name_row;

  /* Owned references */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (PhysioPreferences, physio_preferences, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_description (PhysioPreferences *self)
{
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  const char *real_name = g_get_real_name ();

  if (real_name == NULL || *real_name == '\0' || g_strcmp0 (real_name, "Unknown") == 0)
    real_name = g_get_user_name ();

  /* TRANSLATORS: %s is the name of the user's account */
  description = g_strdup_printf (_("Put on new programmes, and offered as the screener of "
                                   "red-flag screens. Left empty, the name of your account "
                                   "is used: %s."), real_name);
  /* The group's description is markup. */
  escaped = g_markup_escape_text (description, -1);
  adw_preferences_group_set_description (self->clinician_group, escaped);
}

static void
setup_settings (PhysioPreferences *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "clinician-name"))
    {
      /* Run from the build tree without the compiled schema there is nowhere to keep it. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
      return;
    }

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "clinician-name", self->name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
physio_preferences_dispose (GObject *object)
{
  PhysioPreferences *self = PHYSIO_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (physio_preferences_parent_class)->dispose (object);
}

static void
physio_preferences_class_init (PhysioPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioPreferences, clinician_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPreferences, name_row);
}

static void
physio_preferences_init (PhysioPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_description (self);
  setup_settings (self);
}

PhysioPreferences *
physio_preferences_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (PHYSIO_TYPE_PREFERENCES,
                       "transient-for", parent,
                       NULL);
}

AdwEntryRow *
_physio_preferences_get_name_row (PhysioPreferences *self)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  return self->name_row;
}

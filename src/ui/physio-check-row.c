/* physio-check-row.c: one programme check (or field message) as a row: icon and sentence
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-check-row.h"

struct _PhysioCheckRow
{
  AdwActionRow         parent_instance;

  /* Template widgets */
  GtkImage            *icon;
  GtkImage            *go_icon;

  char                *message;
  PhysioCheckSeverity  severity;
  int                  position;
};

G_DEFINE_FINAL_TYPE (PhysioCheckRow, physio_check_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_MESSAGE,
  PROP_SEVERITY,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *icon_name;
  const char *icon_style;
  const char *row_style;
  const char *label;
} looks[] = {
  [PHYSIO_CHECK_INFO] = { "dialog-information-symbolic", "dim-label", NULL, N_("Worth a look") },
  [PHYSIO_CHECK_WARNING] = { "dialog-warning-symbolic", "warning", "check-warning",
                             N_("Worth a look") },
  [PHYSIO_CHECK_ERROR] = { "dialog-error-symbolic", "error", "check-error",
                           N_("Needs fixing before issuing") },
};

static void
apply_severity (PhysioCheckRow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->icon), looks[i].icon_style);
      if (looks[i].row_style != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self), looks[i].row_style);
    }

  gtk_image_set_from_icon_name (self->icon, looks[self->severity].icon_name);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), looks[self->severity].icon_style);
  if (looks[self->severity].row_style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), looks[self->severity].row_style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(looks[self->severity].label), -1);
}

GtkWidget *
physio_check_row_new (const PhysioCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);

  return g_object_new (PHYSIO_TYPE_CHECK_ROW,
                       "message", check->message,
                       "severity", check->severity,
                       "position", check->position,
                       NULL);
}

void
physio_check_row_set_message (PhysioCheckRow *self,
                              const char     *message)
{
  g_return_if_fail (PHYSIO_IS_CHECK_ROW (self));

  if (g_strcmp0 (self->message, message) == 0)
    return;

  g_free (self->message);
  self->message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

const char *
physio_check_row_get_message (PhysioCheckRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHECK_ROW (self), NULL);

  return self->message;
}

void
physio_check_row_set_severity (PhysioCheckRow      *self,
                               PhysioCheckSeverity  severity)
{
  g_return_if_fail (PHYSIO_IS_CHECK_ROW (self));
  g_return_if_fail (severity < G_N_ELEMENTS (looks));

  if (self->severity == severity)
    return;

  self->severity = severity;
  apply_severity (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

PhysioCheckSeverity
physio_check_row_get_severity (PhysioCheckRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHECK_ROW (self), PHYSIO_CHECK_INFO);

  return self->severity;
}

int
physio_check_row_get_position (PhysioCheckRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_CHECK_ROW (self), -1);

  return self->position;
}

/* A check about one exercise opens it; one about the whole programme has nowhere to go. */
static void
set_position (PhysioCheckRow *self,
              int             position)
{
  self->position = position;
  gtk_widget_set_visible (GTK_WIDGET (self->go_icon), position >= 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), position >= 0);
}

static gboolean
message_to_title (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *message = g_value_get_string (from);

  g_value_set_string (to, message != NULL ? message : "");
  return TRUE;
}

static void
physio_check_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PHYSIO_TYPE_CHECK_ROW);

  G_OBJECT_CLASS (physio_check_row_parent_class)->dispose (object);
}

static void
physio_check_row_finalize (GObject *object)
{
  PhysioCheckRow *self = PHYSIO_CHECK_ROW (object);

  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (physio_check_row_parent_class)->finalize (object);
}

static void
physio_check_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PhysioCheckRow *self = PHYSIO_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_check_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PhysioCheckRow *self = PHYSIO_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_MESSAGE:
      physio_check_row_set_message (self, g_value_get_string (value));
      break;
    case PROP_SEVERITY:
      physio_check_row_set_severity (self, g_value_get_int (value));
      break;
    case PROP_POSITION:
      set_position (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_check_row_class_init (PhysioCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_check_row_dispose;
  object_class->finalize = physio_check_row_finalize;
  object_class->get_property = physio_check_row_get_property;
  object_class->set_property = physio_check_row_set_property;

  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* An int rather than an enum: the check severities have no GType of their own. */
  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL,
                      PHYSIO_CHECK_INFO, PHYSIO_CHECK_ERROR, PHYSIO_CHECK_WARNING,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-check-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioCheckRow, icon);
  gtk_widget_class_bind_template_child (widget_class, PhysioCheckRow, go_icon);
}

static void
physio_check_row_init (PhysioCheckRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->severity = PHYSIO_CHECK_WARNING;
  self->position = -1;
  apply_severity (self);
  g_object_bind_property_full (self, "message", self, "title", G_BINDING_SYNC_CREATE,
                               message_to_title, NULL, NULL, NULL);
}

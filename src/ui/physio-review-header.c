/* physio-review-header.c: the top of the weekly review: the week, its summary, the pause
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-review-header.h"

struct _PhysioReviewHeader
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkLabel    *week_label;
  GtkLabel    *summary_label;
  GtkRevealer *banner_revealer;
  GtkLabel    *banner_label;

  char        *title;
  char        *summary;
  char        *paused_message;
};

G_DEFINE_FINAL_TYPE (PhysioReviewHeader, physio_review_header, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_PAUSED_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (PhysioReviewHeader *self,
            char              **field,
            const char         *value,
            guint               prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

void
physio_review_header_set_title (PhysioReviewHeader *self,
                                const char         *title)
{
  g_return_if_fail (PHYSIO_IS_REVIEW_HEADER (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

void
physio_review_header_set_summary (PhysioReviewHeader *self,
                                  const char         *summary)
{
  g_return_if_fail (PHYSIO_IS_REVIEW_HEADER (self));

  set_string (self, &self->summary, summary, PROP_SUMMARY);
}

void
physio_review_header_set_paused_message (PhysioReviewHeader *self,
                                         const char         *message)
{
  g_return_if_fail (PHYSIO_IS_REVIEW_HEADER (self));

  set_string (self, &self->paused_message, message, PROP_PAUSED_MESSAGE);
}

static gboolean
has_text (GBinding     *binding,
          const GValue *from,
          GValue       *to,
          gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_boolean (to, text != NULL && *text != '\0');
  return TRUE;
}

/* The banner keeps its last words while it slides away, rather than going blank. */
static gboolean
keep_last_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  if (g_value_get_string (from) == NULL)
    return FALSE;

  g_value_set_string (to, g_value_get_string (from));
  return TRUE;
}

static void
physio_review_header_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PHYSIO_TYPE_REVIEW_HEADER);
  /* The clamp around the labels is not a bound child: a plain widget unparents its own. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (physio_review_header_parent_class)->dispose (object);
}

static void
physio_review_header_finalize (GObject *object)
{
  PhysioReviewHeader *self = PHYSIO_REVIEW_HEADER (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->paused_message, g_free);

  G_OBJECT_CLASS (physio_review_header_parent_class)->finalize (object);
}

static void
physio_review_header_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PhysioReviewHeader *self = PHYSIO_REVIEW_HEADER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_PAUSED_MESSAGE:
      g_value_set_string (value, self->paused_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_review_header_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PhysioReviewHeader *self = PHYSIO_REVIEW_HEADER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      physio_review_header_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY:
      physio_review_header_set_summary (self, g_value_get_string (value));
      break;
    case PROP_PAUSED_MESSAGE:
      physio_review_header_set_paused_message (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_review_header_class_init (PhysioReviewHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_review_header_dispose;
  object_class->finalize = physio_review_header_finalize;
  object_class->get_property = physio_review_header_get_property;
  object_class->set_property = physio_review_header_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAUSED_MESSAGE] =
    g_param_spec_string ("paused-message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-review-header.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewHeader, week_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewHeader, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewHeader, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewHeader, banner_label);
  gtk_widget_class_bind_template_child_full (widget_class, "previous_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "next_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "resume_button", FALSE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
physio_review_header_init (PhysioReviewHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (self, "title", self->week_label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "summary", self->summary_label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self, "summary", self->summary_label, "visible",
                               G_BINDING_SYNC_CREATE, has_text, NULL, NULL, NULL);
  g_object_bind_property_full (self, "paused-message", self->banner_label, "label",
                               G_BINDING_SYNC_CREATE, keep_last_text, NULL, NULL, NULL);
  g_object_bind_property_full (self, "paused-message", self->banner_revealer, "reveal-child",
                               G_BINDING_SYNC_CREATE, has_text, NULL, NULL, NULL);
}

/* physio-programme-summary-row.c: one programme in a patient's record
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-date-entry-row.h"
#include "physio-programme-summary-row.h"

struct _PhysioProgrammeSummaryRow
{
  AdwActionRow            parent_instance;

  /* Template widgets */
  GtkButton              *duplicate_button;
  GtkButton              *open_button;

  /* Owned references */
  PhysioProgrammeSummary *summary;
  GBindingGroup          *bindings;
};

G_DEFINE_FINAL_TYPE (PhysioProgrammeSummaryRow, physio_programme_summary_row,
                     ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const subtitle_sources[] = { "status", "start-date", "weeks" };

/* The row follows its summary through a binding group: re-pointing the row at another
 * summary moves every binding at once, and a summary updated in place updates the row. */

static gboolean
transform_title (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  const char *title = g_value_get_string (from);

  g_value_set_string (to, title != NULL && *title != '\0' ? title : _("Untitled programme"));
  return TRUE;
}

/* "Week 3 of 6 · Active", "Starts 4 May 2026 · Draft", "Ended 14 Jun 2026 · Completed". */
static char *
describe (PhysioProgrammeSummary *summary)
{
  const char *label = physio_programme_status_label (physio_programme_summary_get_status (summary));
  const GDate *start = physio_programme_summary_get_start_date (summary);
  guint weeks = physio_programme_summary_get_weeks (summary);
  guint week;
  GDate today;

  if (!g_date_valid (start))
    return g_strdup (label);

  physio_date_today (&today);
  week = physio_programme_summary_week_of (summary, &today);
  if (week == 0)
    {
      g_autofree char *date = physio_date_format (start);

      /* TRANSLATORS: a programme that has not begun, "Starts 4 May 2026 · Draft" */
      return g_strdup_printf (_("Starts %s · %s"), date, label);
    }
  if (week > weeks)
    {
      GDate end = *start;
      g_autofree char *date = NULL;

      g_date_add_days (&end, weeks * 7 - 1);
      date = physio_date_format (&end);
      /* TRANSLATORS: a programme past its last week, "Ended 14 Jun 2026 · Completed" */
      return g_strdup_printf (_("Ended %s · %s"), date, label);
    }

  /* TRANSLATORS: "Week 3 of 6 · Active" */
  return g_strdup_printf (_("Week %u of %u · %s"), week, weeks, label);
}

/* Each of status, start date and weeks changes the one subtitle. */
static gboolean
transform_subtitle (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_autoptr(GObject) source = g_binding_dup_source (binding);

  if (source == NULL)
    return FALSE;

  g_value_take_string (to, describe (PHYSIO_PROGRAMME_SUMMARY (source)));
  return TRUE;
}

GtkWidget *
physio_programme_summary_row_new (PhysioProgrammeSummary *summary)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY (summary), NULL);

  return g_object_new (PHYSIO_TYPE_PROGRAMME_SUMMARY_ROW, "summary", summary, NULL);
}

PhysioProgrammeSummary *
physio_programme_summary_row_get_summary (PhysioProgrammeSummaryRow *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_SUMMARY_ROW (self), NULL);

  return self->summary;
}

static void
set_summary (PhysioProgrammeSummaryRow *self,
             PhysioProgrammeSummary    *summary)
{
  if (!g_set_object (&self->summary, summary))
    return;

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->duplicate_button), "x",
                                    summary != NULL ? physio_programme_summary_get_id (summary)
                                                    : (gint64) 0);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "x",
                                    summary != NULL ? physio_programme_summary_get_id (summary)
                                                    : (gint64) 0);
  g_binding_group_set_source (self->bindings, summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static void
physio_programme_summary_row_dispose (GObject *object)
{
  PhysioProgrammeSummaryRow *self = PHYSIO_PROGRAMME_SUMMARY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PROGRAMME_SUMMARY_ROW);
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (physio_programme_summary_row_parent_class)->dispose (object);
}

static void
physio_programme_summary_row_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  PhysioProgrammeSummaryRow *self = PHYSIO_PROGRAMME_SUMMARY_ROW (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_summary_row_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  PhysioProgrammeSummaryRow *self = PHYSIO_PROGRAMME_SUMMARY_ROW (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      set_summary (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_summary_row_class_init (PhysioProgrammeSummaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_programme_summary_row_dispose;
  object_class->get_property = physio_programme_summary_row_get_property;
  object_class->set_property = physio_programme_summary_row_set_property;

  properties[PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL,
                         PHYSIO_TYPE_PROGRAMME_SUMMARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PHYSIO_TYPE_PROGRAMME_SUMMARY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-programme-summary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSummaryRow,
                                        duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeSummaryRow, open_button);
}

static void
physio_programme_summary_row_init (PhysioProgrammeSummaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->bindings, "title", self, "title", G_BINDING_SYNC_CREATE,
                             transform_title, NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (subtitle_sources); i++)
    g_binding_group_bind_full (self->bindings, subtitle_sources[i], self, "subtitle",
                               G_BINDING_SYNC_CREATE, transform_subtitle, NULL, NULL, NULL);
}

/* physio-review-page.c: the weekly review of one programme, a page of the programme window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine proposes, the clinician decides (brief 4). Every decision goes through the undo
 * stack like any other change to the programme, and is written to the append-only audit log
 * once it is saved; undoing or redoing it appends a row saying so. A week's decision is
 * found again in the audit log by its effective date, the day after the review window.
 */

#define G_LOG_DOMAIN "physio-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-review.h"
#include "physio-review-header.h"
#include "physio-review-page-private.h"
#include "physio-review-text.h"
#include "physio-review-row.h"

#define DAYS_PER_WEEK 7


G_DEFINE_FINAL_TYPE (PhysioReviewPage, physio_review_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_UNDO_STACK,
  PROP_PATIENT,
  PROP_PROGRAMME,
  N_PROPS
};

enum {
  DECISION_APPLIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

PhysioReviewPage *
physio_review_page_new (PhysioDatabase  *database,
                        PhysioUndoStack *undo_stack,
                        PhysioPatient   *patient,
                        PhysioProgramme *programme)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_UNDO_STACK (undo_stack), NULL);
  g_return_val_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  return g_object_new (PHYSIO_TYPE_REVIEW_PAGE,
                       "database", database,
                       "undo-stack", undo_stack,
                       "patient", patient,
                       "programme", programme,
                       NULL);
}

void
_physio_review_page_show_error (PhysioReviewPage *self,
                                const char       *what,
                                const GError     *error)
{
  g_autofree char *title = NULL;

  g_warning ("%s: %s", what, error->message);

  /* Toast titles are markup, and messages may quote an exercise name with "&" in it. */
  title = g_markup_printf_escaped ("%s: %s", what, error->message);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Dates and weeks */

static void
get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static guint
window_days (PhysioReviewPage *self)
{
  guint days = physio_programme_get_rule_params (self->programme)->window_days;

  return days > 0 ? days : DAYS_PER_WEEK;
}

static void
window_last_day (PhysioReviewPage *self,
                 GDate            *last)
{
  *last = self->window_start;
  g_date_add_days (last, window_days (self) - 1);
}

/* The decision taken in a review takes effect the day after its window; that date also ties
 * an audit row to the week it reviewed. */
void
_physio_review_page_effective_date (PhysioReviewPage *self,
                                    GDate            *date)
{
  physio_review_effective_date (self->programme, &self->window_start, date);
}

static gboolean
has_started (PhysioReviewPage *self)
{
  const GDate *start = physio_programme_get_start_date (self->programme);
  GDate today;

  get_today (&today);
  return g_date_valid (start) && g_date_compare (start, &today) <= 0;
}

void
_physio_review_page_week_start (PhysioReviewPage *self,
                                guint             week,
                                GDate            *date)
{
  *date = *physio_programme_get_start_date (self->programme);
  g_date_add_days (date, (week - 1) * DAYS_PER_WEEK);
}

/* The latest week there is anything to review in: the one under way, or the last one. */
guint
_physio_review_page_last_reviewable_week (PhysioReviewPage *self)
{
  GDate today;
  guint week;

  get_today (&today);
  week = physio_programme_week_of (self->programme, &today);
  return MAX (MIN (week, physio_programme_get_weeks (self->programme)), 1);
}

/* The last complete week before today, within the programme; the first week while it is
 * still under way. */
static guint
default_week (PhysioReviewPage *self)
{
  GDate today;
  guint week;

  get_today (&today);
  week = physio_programme_week_of (self->programme, &today);
  if (week <= 1)
    return 1;

  return MIN (week - 1, physio_programme_get_weeks (self->programme));
}

guint
_physio_review_page_window_week (PhysioReviewPage *self)
{
  return physio_programme_week_of (self->programme, &self->window_start);
}

/* The week header and the summary line */

static void
update_week_header (PhysioReviewPage *self)
{
  g_autofree char *range = NULL;
  g_autofree char *title = NULL;
  GDate last;
  guint week = _physio_review_page_window_week (self);

  window_last_day (self, &last);
  range = physio_review_format_range (&self->window_start, &last);
  /* TRANSLATORS: "Week 3 · 16–22 March" */
  title = g_strdup_printf (_("Week %u · %s"), week, range);
  physio_review_header_set_title (self->header, title);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.previous-week", week > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.next-week",
                                 week < _physio_review_page_last_reviewable_week (self));
}

/* "Adherence 82% overall · Morning pain steady (+0.4)"; @week is NULL when nothing is
 * planned in the week. */
static void
update_summary (PhysioReviewPage       *self,
                const PhysioReviewWeek *week)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  GDate today, last;

  get_today (&today);
  window_last_day (self, &last);
  if (g_date_compare (&last, &today) >= 0)
    g_ptr_array_add (parts, g_strdup (_("This week is not over yet")));

  /* Sessions done over sessions asked for, all exercises together. */
  if (week != NULL && week->n_logs > 0 && week->prescribed > 0)
    {
      double adherence = MIN (week->done / week->prescribed, 1.0);

      /* TRANSLATORS: sessions done of all prescribed this week, "Adherence 82% overall" */
      g_ptr_array_add (parts, g_strdup_printf (_("Adherence %.0f%% overall"), adherence * 100));
    }
  if (week != NULL)
    g_ptr_array_add (parts, physio_review_describe_trend (
                              physio_programme_get_rule_params (self->programme),
                              week->morning_delta));

  g_ptr_array_add (parts, NULL);
  text = g_strjoinv (" · ", (char **) parts->pdata);
  physio_review_header_set_summary (self->header, text);
}

/* @week, when read, gives the day of the latest warning sign since the programme started. */
static void
update_banner (PhysioReviewPage       *self,
               const PhysioReviewWeek *week)
{
  gboolean suspended = physio_programme_get_status (self->programme) == PHYSIO_PROGRAMME_SUSPENDED;
  g_autofree char *text = NULL;
  GDate reported;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.resume", suspended);
  if (!suspended)
    {
      physio_review_header_set_paused_message (self->header, NULL);
      return;
    }

  g_date_clear (&reported, 1);
  if (week != NULL &&
      physio_review_latest_red_flag ((const PhysioDiaryEntry *) week->diary->data,
                                     week->diary->len,
                                     physio_programme_get_start_date (self->programme),
                                     &reported))
    {
      /* TRANSLATORS: strftime format of the day a warning sign was reported */
      g_autofree char *day = physio_review_format_day (&reported, _("%e %b %Y"));

      text = g_strdup_printf (_("Programme paused: a warning sign was reported on %s. "
                                "Check the patient before resuming."), day);
    }
  else
    {
      text = g_strdup (_("Programme paused: a warning sign was reported. "
                         "Check the patient before resuming."));
    }
  physio_review_header_set_paused_message (self->header, text);
}

static void
show_not_started (PhysioReviewPage *self)
{
  const GDate *start = physio_programme_get_start_date (self->programme);
  g_autofree char *description = NULL;

  if (!g_date_valid (start))
    {
      description = g_strdup (_("Give the programme a start date to review its weeks"));
    }
  else
    {
      /* TRANSLATORS: strftime format of the programme's start date */
      g_autofree char *day = physio_review_format_day (start, _("%e %b %Y"));

      /* TRANSLATORS: %s is a date, "16 Mar 2026" */
      description = g_strdup_printf (_("It starts on %s. Each week can be reviewed once it is "
                                       "under way."), day);
    }

  adw_status_page_set_description (self->not_started_page, description);
  gtk_stack_set_visible_child_name (self->page_stack, "not-started");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.previous-week", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.next-week", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.accept-all", FALSE);
}

void
physio_review_page_refresh (PhysioReviewPage *self)
{
  g_autoptr(PhysioReviewWeek) week = NULL;
  g_autoptr(GError) error = NULL;
  gboolean any_stop = FALSE;

  g_return_if_fail (PHYSIO_IS_REVIEW_PAGE (self));

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  self->dirty = FALSE;

  if (!has_started (self))
    {
      update_banner (self, NULL);
      _physio_review_page_clear_list (self);
      g_hash_table_remove_all (self->rows);
      show_not_started (self);
      return;
    }

  /* A chosen week that no longer fits (the start date or length changed) gives way to the
   * default one. */
  if (self->window_chosen && g_date_valid (&self->window_start) &&
      (_physio_review_page_window_week (self) == 0 ||
       _physio_review_page_window_week (self) > _physio_review_page_last_reviewable_week (self)))
    self->window_chosen = FALSE;
  if (!self->window_chosen || !g_date_valid (&self->window_start))
    _physio_review_page_week_start (self, default_week (self), &self->window_start);

  gtk_stack_set_visible_child_name (self->page_stack, "review");
  update_week_header (self);

  /* Diary, logs and audit rows are read once, for the proposals and the figures alike. */
  week = physio_database_review_week (self->database, self->programme, &self->window_start,
                                      &error);
  if (week == NULL)
    _physio_review_page_show_error (self, _("Could not prepare the review"), error);
  update_banner (self, week);

  if (week == NULL || week->items->len == 0)
    {
      update_summary (self, NULL);
      _physio_review_page_clear_list (self);
      g_hash_table_remove_all (self->rows);
      gtk_stack_set_visible_child_name (self->content_stack, "nothing");
      _physio_review_page_update_accept_all (self);
      return;
    }

  _physio_review_page_fill_rows (self, week);
  update_summary (self, week);
  for (guint i = 0; i < week->items->len; i++)
    {
      const PhysioReviewItem *item = &g_array_index (week->items, PhysioReviewItem, i);

      any_stop |= item->proposal.decision == PHYSIO_DECISION_STOP;
    }

  /* A warning sign needs a decision even in a week with no sessions logged. */
  gtk_stack_set_visible_child_name (self->content_stack,
                                    week->n_logs > 0 || any_stop ? "list" : "no-logs");
  _physio_review_page_update_accept_all (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  PhysioReviewPage *self = user_data;

  self->refresh_idle = 0;
  physio_review_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Programme changes come in bursts (undo assigns a whole programme); reload once, after the
 * change and whatever the undo stack does after it (the audit rows) are complete. */
static void
queue_refresh (PhysioReviewPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

static void
on_programme_changed_cb (PhysioReviewPage *self)
{
  queue_refresh (self);
}

/* Logs, diary entries and audit rows written elsewhere change the review too. */
static void
on_database_programme_changed_cb (PhysioReviewPage *self,
                                  gint64            programme_id)
{
  if (programme_id == physio_programme_get_id (self->programme))
    queue_refresh (self);
}

/* Diary entries (pain scores, a warning sign) are the patient's: they come as
 * "patients-changed", and the diary page writes them while this page is hidden. */
static void
on_database_patients_changed_cb (PhysioReviewPage *self,
                                 gint64            patient_id)
{
  if (patient_id == 0 || patient_id == physio_programme_get_patient_id (self->programme))
    queue_refresh (self);
}

void
physio_review_page_set_window_start (PhysioReviewPage *self,
                                     const GDate      *start)
{
  g_return_if_fail (PHYSIO_IS_REVIEW_PAGE (self));
  g_return_if_fail (start != NULL && g_date_valid (start));

  self->window_start = *start;
  self->window_chosen = TRUE;
  physio_review_page_refresh (self);
}

const GDate *
physio_review_page_get_window_start (PhysioReviewPage *self)
{
  g_return_val_if_fail (PHYSIO_IS_REVIEW_PAGE (self), NULL);

  return &self->window_start;
}

/* GObject */

static void
physio_review_page_map (GtkWidget *widget)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (physio_review_page_parent_class)->map (widget);

  if (self->dirty)
    physio_review_page_refresh (self);
}

static void
physio_review_page_constructed (GObject *object)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (object);

  G_OBJECT_CLASS (physio_review_page_parent_class)->constructed (object);

  g_assert (self->database != NULL && self->undo_stack != NULL && self->programme != NULL);

  g_signal_connect_object (self->programme, "changed",
                           G_CALLBACK (on_programme_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->database, "programme-changed",
                           G_CALLBACK (on_database_programme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->database, "patients-changed",
                           G_CALLBACK (on_database_patients_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
physio_review_page_dispose (GObject *object)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->rows != NULL)
    g_hash_table_remove_all (self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_REVIEW_PAGE);
  g_clear_object (&self->programme);
  g_clear_object (&self->patient);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_review_page_parent_class)->dispose (object);
}

static void
physio_review_page_finalize (GObject *object)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (physio_review_page_parent_class)->finalize (object);
}

static void
physio_review_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_UNDO_STACK:
      g_value_set_object (value, self->undo_stack);
      break;
    case PROP_PATIENT:
      g_value_set_object (value, self->patient);
      break;
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_review_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhysioReviewPage *self = PHYSIO_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_UNDO_STACK:
      self->undo_stack = g_value_dup_object (value);
      break;
    case PROP_PATIENT:
      self->patient = g_value_dup_object (value);
      break;
    case PROP_PROGRAMME:
      self->programme = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_review_page_class_init (PhysioReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = physio_review_page_constructed;
  object_class->dispose = physio_review_page_dispose;
  object_class->finalize = physio_review_page_finalize;
  object_class->get_property = physio_review_page_get_property;
  object_class->set_property = physio_review_page_set_property;

  widget_class->map = physio_review_page_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_STACK] =
    g_param_spec_object ("undo-stack", NULL, NULL,
                         PHYSIO_TYPE_UNDO_STACK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT] =
    g_param_spec_object ("patient", NULL, NULL,
                         PHYSIO_TYPE_PATIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         PHYSIO_TYPE_PROGRAMME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DECISION_APPLIED] =
    g_signal_new ("decision-applied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PHYSIO_TYPE_REVIEW_HEADER);
  g_type_ensure (PHYSIO_TYPE_REVIEW_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewPage, not_started_page);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewPage, header);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioReviewPage, list_box);

  /* Not kept in the instance, but named so gtk_widget_get_template_child () finds them for
   * the tests and the screenshot tools. */
  gtk_widget_class_bind_template_child_full (widget_class, "accept_all_button", FALSE, 0);


  _physio_review_page_class_actions_init (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewpage");
}

static void
physio_review_page_init (PhysioReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_date_clear (&self->window_start, 1);
  /* Nothing is loaded until the page is first shown, or refreshed by hand. */
  self->dirty = TRUE;
}

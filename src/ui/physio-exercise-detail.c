/* physio-exercise-detail.c: everything about one exercise, as the clinician reads it
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "physio-figure-view.h"
#include "physio-exercise-detail-private.h"
#include "physio-exercise-text.h"

struct _PhysioExerciseDetail
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkWidget         *read_only_note;
  GtkBox            *groups_box;
  PhysioFigureView  *figure_view;

  /* Owned references */
  PhysioDatabase    *database;
  PhysioExercise    *exercise;
  GPtrArray         *link_rows[PHYSIO_N_LINK_KINDS];

  /* Where to scroll back to once the page of a reloaded exercise has its new height. */
  double             pending_scroll;
  gulong             pending_scroll_handler;

  /* Built before the window is shown, the groups below the first screen wait for the first
   * frame (see rebuild ()). */
  gboolean           tail_pending;
  GdkFrameClock     *tail_clock;
  gulong             tail_paint_handler;
  guint              tail_idle;
};

G_DEFINE_FINAL_TYPE (PhysioExerciseDetail, physio_exercise_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

enum {
  LINK_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
physio_exercise_detail_new (void)
{
  return g_object_new (PHYSIO_TYPE_EXERCISE_DETAIL, NULL);
}

void
physio_exercise_detail_set_database (PhysioExerciseDetail *self,
                                     PhysioDatabase       *database)
{
  g_return_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (database == NULL || PHYSIO_IS_DATABASE (database));

  g_set_object (&self->database, database);
}

PhysioExercise *
physio_exercise_detail_get_exercise (PhysioExerciseDetail *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self), NULL);

  return self->exercise;
}

static GtkWidget *
add_group (PhysioExerciseDetail *self,
           const char           *title,
           const char           *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL && *description != '\0')
    {
      /* The description is markup; notes are the clinician's own text. */
      g_autofree char *escaped = g_markup_escape_text (description, -1);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
    }
  gtk_box_append (self->groups_box, group);

  return group;
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Exercise texts are plain text, and "&" or "<" must show as typed. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

/* A labelled value: the small label above, the value below, as in a property sheet. */
static void
add_property_row (GtkWidget  *group,
                  const char *label,
                  const char *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;

  row = new_row (label, value);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_dose_group (PhysioExerciseDetail *self)
{
  const PhysioDose *dose = physio_exercise_get_default_dose (self->exercise);
  g_autofree char *load = physio_dose_format_load (dose);
  GtkWidget *group;

  group = add_group (self, _("Default Dose"), NULL);
  add_property_row (group, _("Dose"), physio_exercise_get_dose_summary (self->exercise));
  add_property_row (group, _("Intensity"), dose->intensity);
  add_property_row (group, _("Tempo"), dose->tempo);
  add_property_row (group, _("Load"), load);
}

static void
add_limits_group (PhysioExerciseDetail *self)
{
  const PhysioDoseLimits *limits = physio_exercise_get_dose_limits (self->exercise);
  GtkWidget *group;
  guint n_rows = 0;

  group = add_group (self, _("Dose Limits"), NULL);

  for (int field = 0; field < PHYSIO_N_DOSE_FIELDS; field++)
    {
      g_autofree char *text = NULL;

      /* A maximum of 0 means the exercise has no limit of its own for the field. */
      if (limits->max[field] == 0)
        continue;

      text = physio_dose_format_limit (field, limits->min[field], limits->max[field]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_row (text, NULL));
      n_rows++;
    }

  if (n_rows == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("None of its own: the standard ranges apply."));
}

static void
add_steps_group (PhysioExerciseDetail *self)
{
  const char * const *steps = physio_exercise_get_steps (self->exercise);
  GtkWidget *group;

  if (steps[0] == NULL)
    return;

  group = add_group (self, _("Steps"), NULL);
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *spoken = g_strdup_printf (_("Step %u"), i + 1);
      GtkWidget *row = new_row (physio_library_text (steps[i]), NULL);
      GtkWidget *badge = gtk_label_new (number);

      gtk_widget_add_css_class (badge, "step-number");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      /* The row reads as "Step 1: …" to a screen reader, not as a bare number. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (badge),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
add_cues_group (PhysioExerciseDetail *self)
{
  const char * const *cues = physio_exercise_get_cues (self->exercise);
  GtkWidget *group;

  if (cues[0] == NULL)
    return;

  group = add_group (self, _("Cues"), NULL);
  for (guint i = 0; cues[i] != NULL; i++)
    {
      /* TRANSLATORS: a short cue quoted for the patient, e.g. “Hips stay level” */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), physio_library_text (cues[i]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_row (quoted, NULL));
    }
}

static GtkWidget *
new_wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  return label;
}

static void
add_caution_group (PhysioExerciseDetail *self)
{
  const char *caution = physio_library_text (physio_exercise_get_caution_text (self->exercise));
  const char *contraindication = physio_exercise_get_contraindication_text (self->exercise);
  gboolean has_caution = caution != NULL && *caution != '\0';
  gboolean has_contraindication = contraindication != NULL && *contraindication != '\0';
  GtkWidget *group;
  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *texts;

  if (!has_caution && !has_contraindication)
    return;

  group = add_group (self, _("Caution"), NULL);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "caution");

  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Caution"), -1);
  gtk_box_append (GTK_BOX (box), icon);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (texts, TRUE);
  if (has_caution)
    gtk_box_append (GTK_BOX (texts), new_wrapped_label (caution));
  if (has_contraindication)
    {
      GtkWidget *heading = gtk_label_new (_("Contraindications (clinician only)"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_box_append (GTK_BOX (texts), heading);
      gtk_box_append (GTK_BOX (texts), new_wrapped_label (contraindication));
    }
  gtk_box_append (GTK_BOX (box), texts);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
}

static void
add_labels_row (GtkWidget           *group,
                const char          *label,
                PhysioVocabulary     vocab,
                const char * const  *codes)
{
  g_autofree char *text = physio_exercise_text_labels (vocab, codes);

  add_property_row (group, label, text);
}

static void
add_details_group (PhysioExerciseDetail *self)
{
  PhysioExercise *exercise = self->exercise;
  const char * const *aliases = physio_exercise_get_aliases (exercise);
  const char *kind;
  const char *side;
  g_autofree char *aliases_text = NULL;
  GtkWidget *group;

  kind = physio_vocab_code_at (PHYSIO_VOCAB_DOSAGE_KIND,
                               physio_exercise_get_dosage_kind (exercise));
  side = physio_vocab_code_at (PHYSIO_VOCAB_LATERALITY,
                               physio_exercise_get_laterality (exercise));

  group = add_group (self, _("Details"), NULL);
  add_property_row (group, _("Dosed as"),
                    kind != NULL ? physio_vocab_label (PHYSIO_VOCAB_DOSAGE_KIND, kind) : NULL);
  add_property_row (group, _("Sides"),
                    side != NULL ? physio_vocab_label (PHYSIO_VOCAB_LATERALITY, side) : NULL);
  add_labels_row (group, _("Body regions"), PHYSIO_VOCAB_REGION,
                  physio_exercise_get_regions (exercise));
  add_labels_row (group, _("Equipment"), PHYSIO_VOCAB_EQUIPMENT,
                  physio_exercise_get_equipment (exercise));
  add_labels_row (group, _("Stages"), PHYSIO_VOCAB_STAGE,
                  physio_exercise_get_stages (exercise));
  add_labels_row (group, _("Cautions"), PHYSIO_VOCAB_CAUTION,
                  physio_exercise_get_caution_codes (exercise));

  if (aliases[0] != NULL)
    {
      /* TRANSLATORS: separates the other names of an exercise */
      aliases_text = g_strjoinv (_(", "), (char **) aliases);
      add_property_row (group, _("Also known as"), aliases_text);
    }
}

static void
add_evidence_group (PhysioExerciseDetail *self)
{
  const char * const *tags = physio_exercise_get_evidence_tags (self->exercise);
  GtkWidget *group;

  if (tags[0] == NULL)
    return;

  group = add_group (self, _("Evidence"),
                     _("Clinician view: the kind of support for this type of exercise. "
                       "Handouts never show it."));
  for (guint i = 0; tags[i] != NULL; i++)
    {
      GtkWidget *row = new_row (physio_vocab_label (PHYSIO_VOCAB_EVIDENCE, tags[i]), NULL);
      GtkWidget *code = gtk_label_new (tags[i]);

      gtk_widget_add_css_class (code, "tag");
      gtk_widget_add_css_class (code, "evidence-tag");
      gtk_widget_set_valign (code, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), code);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
on_link_row_activated_cb (PhysioExerciseDetail *self,
                          AdwActionRow         *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "physio-exercise-id");

  g_signal_emit (self, signals[LINK_ACTIVATED], 0, id);
}

static void
add_links_group (PhysioExerciseDetail *self,
                 PhysioLinkKind        kind)
{
  const char * const *ids;
  const char *note;
  const char *title;
  GtkWidget *group;

  if (kind == PHYSIO_LINK_PROGRESSION)
    {
      ids = physio_exercise_get_progression_ids (self->exercise);
      note = physio_exercise_get_progression_note (self->exercise);
      title = _("Progressions");
    }
  else
    {
      ids = physio_exercise_get_regression_ids (self->exercise);
      note = physio_library_text (physio_exercise_get_regression_note (self->exercise));
      title = _("Regressions");
    }

  if (ids[0] == NULL && (note == NULL || *note == '\0'))
    return;

  group = add_group (self, title, note);

  for (guint i = 0; ids[i] != NULL && self->database != NULL; i++)
    {
      g_autoptr(PhysioExercise) linked = NULL;
      g_autoptr(GError) error = NULL;
      GtkWidget *row;
      GtkWidget *arrow;

      /* A link whose exercise was deleted stays in the database for Undo, but is not shown. */
      linked = physio_database_get_exercise (self->database, ids[i], &error);
      if (linked == NULL)
        {
          g_debug ("Link from %s to %s not shown: %s",
                   physio_exercise_get_id (self->exercise), ids[i], error->message);
          continue;
        }

      row = new_row (physio_library_text (physio_exercise_get_name (linked)),
                     physio_exercise_get_dose_summary (linked));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "physio-exercise-id", g_strdup (ids[i]), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_link_row_activated_cb), self,
                               G_CONNECT_SWAPPED);

      arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show exercise"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->link_rows[kind], row);
    }
}

static void
clear_groups (PhysioExerciseDetail *self)
{
  GtkWidget *child;

  for (guint k = 0; k < PHYSIO_N_LINK_KINDS; k++)
    g_ptr_array_set_size (self->link_rows[k], 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
}

static void
on_adjustment_changed_cb (PhysioExerciseDetail *self,
                          GtkAdjustment        *adjustment)
{
  /* Wait until the rebuilt page is tall enough to hold the old position. */
  if (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) <
      self->pending_scroll)
    return;

  gtk_adjustment_set_value (adjustment, self->pending_scroll);
  g_clear_signal_handler (&self->pending_scroll_handler, adjustment);
}

/* The groups that a first screen of the page rarely reaches. */
static void
add_tail_groups (PhysioExerciseDetail *self)
{
  add_cues_group (self);
  add_caution_group (self);
  add_details_group (self);
  add_evidence_group (self);
  add_links_group (self, PHYSIO_LINK_PROGRESSION);
  add_links_group (self, PHYSIO_LINK_REGRESSION);
}

static void
cancel_tail (PhysioExerciseDetail *self)
{
  if (self->tail_clock != NULL)
    g_clear_signal_handler (&self->tail_paint_handler, self->tail_clock);
  g_clear_object (&self->tail_clock);
  g_clear_handle_id (&self->tail_idle, g_source_remove);
  self->tail_pending = FALSE;
}

/* Builds the groups still waiting, at once: for callers that look at them. */
static void
ensure_tail (PhysioExerciseDetail *self)
{
  if (!self->tail_pending)
    return;

  cancel_tail (self);
  if (self->exercise != NULL)
    add_tail_groups (self);
}

static gboolean
build_tail_cb (gpointer user_data)
{
  PhysioExerciseDetail *self = user_data;

  self->tail_idle = 0;
  ensure_tail (self);

  return G_SOURCE_REMOVE;
}

static void
on_tail_after_paint_cb (GdkFrameClock        *frame_clock,
                        PhysioExerciseDetail *self)
{
  g_clear_signal_handler (&self->tail_paint_handler, frame_clock);
  g_clear_object (&self->tail_clock);

  /* Outside the frame: adding widgets asks for a new layout, in the next frame. */
  if (self->tail_idle == 0)
    self->tail_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_tail_cb, self, NULL);
}

/* Once the window is on screen, the groups still waiting are built after its first frame. */
static void
schedule_tail (PhysioExerciseDetail *self)
{
  GdkFrameClock *frame_clock;

  if (!self->tail_pending || self->tail_clock != NULL || self->tail_idle != 0)
    return;

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (frame_clock == NULL)
    return;

  self->tail_clock = g_object_ref (frame_clock);
  self->tail_paint_handler = g_signal_connect (frame_clock, "after-paint",
                                               G_CALLBACK (on_tail_after_paint_cb), self);
}

static void
rebuild (PhysioExerciseDetail *self,
         gboolean              same_exercise)
{
  PhysioExercise *exercise = self->exercise;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  const char *source;
  g_autofree char *meta = NULL;
  g_autofree char *subtitle = NULL;

  g_clear_signal_handler (&self->pending_scroll_handler, adjustment);
  cancel_tail (self);
  clear_groups (self);

  if (exercise == NULL)
    {
      /* Set here rather than in the template: a start-up that shows an exercise then never
       * loads this icon, which the Adwaita theme has only as SVG, and so never loads librsvg
       * (about 7 MiB of resident memory). */
      adw_status_page_set_icon_name (self->empty_page, "view-list-bullet-symbolic");
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  meta = physio_exercise_text_meta (exercise);
  source = physio_exercise_is_builtin (exercise) ? _("Built-in") : _("Custom");
  /* TRANSLATORS: "Core stability · Quadruped" followed by "Built-in" or "Custom" */
  subtitle = g_strdup_printf (_("%s · %s"), meta, source);

  gtk_label_set_label (self->title_label, physio_library_text (physio_exercise_get_name (exercise)));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (self->read_only_note, physio_exercise_is_builtin (exercise));

  add_dose_group (self);
  add_limits_group (self);
  add_steps_group (self);

  /* Filled while the window is being built, as at start-up, the page shows its first groups
   * in the window's first frame and adds the rest once that frame is painted: they are below
   * the first screen, and measuring their wrapped texts was the largest part of the time
   * to the first window (tests/bench/README.md). Shown, the page is built whole at once. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      add_tail_groups (self);
    }
  else
    {
      self->tail_pending = TRUE;
      schedule_tail (self);
    }

  gtk_stack_set_visible_child_name (self->stack, "exercise");

  /* A new exercise starts at the top; the same exercise, reloaded after a change, keeps the
   * place the clinician was reading. */
  if (same_exercise && gtk_adjustment_get_value (adjustment) > 0)
    {
      self->pending_scroll = gtk_adjustment_get_value (adjustment);
      self->pending_scroll_handler =
        g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_adjustment_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }
  else
    {
      gtk_adjustment_set_value (adjustment, 0);
    }
}

void
physio_exercise_detail_set_exercise (PhysioExerciseDetail *self,
                                     PhysioExercise       *exercise)
{
  gboolean same_exercise;

  g_return_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (exercise == NULL || PHYSIO_IS_EXERCISE (exercise));

  if (exercise == self->exercise)
    return;

  same_exercise = exercise != NULL && self->exercise != NULL &&
                  g_strcmp0 (physio_exercise_get_id (exercise),
                             physio_exercise_get_id (self->exercise)) == 0;

  g_set_object (&self->exercise, exercise);
  /* The handout's figure: the clinician's own poses or image, else the built-in one. */
  physio_figure_view_show_exercise (self->figure_view, self->database,
                                    exercise != NULL ? physio_exercise_get_id (exercise) : NULL);
  rebuild (self, same_exercise);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

GtkWidget *
_physio_exercise_detail_get_figure_view (PhysioExerciseDetail *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self), NULL);

  return GTK_WIDGET (self->figure_view);
}

guint
_physio_exercise_detail_get_n_link_rows (PhysioExerciseDetail *self,
                                         PhysioLinkKind        kind)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self), 0);
  g_return_val_if_fail (kind < PHYSIO_N_LINK_KINDS, 0);

  ensure_tail (self);
  return self->link_rows[kind]->len;
}

GtkWidget *
_physio_exercise_detail_get_link_row (PhysioExerciseDetail *self,
                                      PhysioLinkKind        kind,
                                      guint                 index)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self), NULL);
  g_return_val_if_fail (kind < PHYSIO_N_LINK_KINDS, NULL);

  ensure_tail (self);
  g_return_val_if_fail (index < self->link_rows[kind]->len, NULL);

  return g_ptr_array_index (self->link_rows[kind], index);
}

guint
_physio_exercise_detail_get_n_groups (PhysioExerciseDetail *self)
{
  guint n = 0;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

GtkLabel *
_physio_exercise_detail_get_title_label (PhysioExerciseDetail *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_DETAIL (self), NULL);

  return self->title_label;
}

static void
physio_exercise_detail_dispose (GObject *object)
{
  PhysioExerciseDetail *self = PHYSIO_EXERCISE_DETAIL (object);

  cancel_tail (self);
  if (self->scrolled_window != NULL)
    g_clear_signal_handler (&self->pending_scroll_handler,
                            gtk_scrolled_window_get_vadjustment (self->scrolled_window));
  for (guint k = 0; k < PHYSIO_N_LINK_KINDS; k++)
    if (self->link_rows[k] != NULL)
      g_ptr_array_set_size (self->link_rows[k], 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_EXERCISE_DETAIL);
  g_clear_object (&self->exercise);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_exercise_detail_parent_class)->dispose (object);
}

static void
physio_exercise_detail_finalize (GObject *object)
{
  PhysioExerciseDetail *self = PHYSIO_EXERCISE_DETAIL (object);

  for (guint k = 0; k < PHYSIO_N_LINK_KINDS; k++)
    g_clear_pointer (&self->link_rows[k], g_ptr_array_unref);

  G_OBJECT_CLASS (physio_exercise_detail_parent_class)->finalize (object);
}

static void
physio_exercise_detail_map (GtkWidget *widget)
{
  PhysioExerciseDetail *self = PHYSIO_EXERCISE_DETAIL (widget);

  GTK_WIDGET_CLASS (physio_exercise_detail_parent_class)->map (widget);

  /* Shown with no exercise yet: the empty page needs its icon (see rebuild ()). */
  if (self->exercise == NULL)
    adw_status_page_set_icon_name (self->empty_page, "view-list-bullet-symbolic");

  schedule_tail (self);
}

static void
physio_exercise_detail_unmap (GtkWidget *widget)
{
  PhysioExerciseDetail *self = PHYSIO_EXERCISE_DETAIL (widget);

  /* Hidden before its first frame: the groups wait for the next time it is shown. */
  if (self->tail_clock != NULL)
    g_clear_signal_handler (&self->tail_paint_handler, self->tail_clock);
  g_clear_object (&self->tail_clock);

  GTK_WIDGET_CLASS (physio_exercise_detail_parent_class)->unmap (widget);
}

static void
physio_exercise_detail_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PhysioExerciseDetail *self = PHYSIO_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_detail_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PhysioExerciseDetail *self = PHYSIO_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      physio_exercise_detail_set_exercise (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_detail_class_init (PhysioExerciseDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_exercise_detail_dispose;
  object_class->finalize = physio_exercise_detail_finalize;
  object_class->get_property = physio_exercise_detail_get_property;
  object_class->set_property = physio_exercise_detail_set_property;

  widget_class->map = physio_exercise_detail_map;
  widget_class->unmap = physio_exercise_detail_unmap;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         PHYSIO_TYPE_EXERCISE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LINK_ACTIVATED] =
    g_signal_new ("link-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  g_type_ensure (PHYSIO_TYPE_FIGURE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-exercise-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, read_only_note);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, groups_box);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseDetail, figure_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "exercisedetail");
}

static void
physio_exercise_detail_init (PhysioExerciseDetail *self)
{
  for (guint k = 0; k < PHYSIO_N_LINK_KINDS; k++)
    self->link_rows[k] = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

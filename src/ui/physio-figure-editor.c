/* physio-figure-editor.c: the exercise editor's figure section
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clinician poses a figure by starting from a built-in posture and turning the main joints
 * with spin rows, watching the preview (the handout's own drawing), or attaches an image.
 * Everything stays in the section until the editor saves; a removal can be undone until then.
 */

#define G_LOG_DOMAIN "physio-figure-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-figures.h"
#include "physio-figure-editor-private.h"
#include "physio-image.h"

static const char * const angle_names[N_ANGLES] = {
  "trunk", "lumbar", "neck", "shoulder", "elbow", "hip", "knee", "ankle",
};

G_DEFINE_FINAL_TYPE (PhysioFigureEditor, physio_figure_editor, ADW_TYPE_PREFERENCES_GROUP)

void
_physio_figure_state_clear (PhysioFigureEditorState *state)
{
  g_clear_pointer (&state->image, g_bytes_unref);
  g_clear_pointer (&state->image_type, g_free);
  g_clear_pointer (&state->surface, cairo_surface_destroy);
  *state = (PhysioFigureEditorState) { 0 };
}

static void
state_move (PhysioFigureEditorState *to,
            PhysioFigureEditorState *from)
{
  _physio_figure_state_clear (to);
  *to = *from;
  *from = (PhysioFigureEditorState) { 0 };
}

static double *
angle_field (PhysioFigureEditor *self,
             guint               angle)
{
  guint index = adw_combo_row_get_selected (self->pose_row) == 1 ? 1 : 0;
  PhysioPose *pose = &self->state.figure.poses[MIN (index, self->state.figure.n_poses - 1)];
  PhysioLimbAngles *limb = &pose->limb[adw_combo_row_get_selected (self->side_row) == 1 ?
                                       PHYSIO_POSE_FAR : PHYSIO_POSE_NEAR];

  switch (angle)
    {
    case ANGLE_TRUNK: return &pose->trunk;
    case ANGLE_LUMBAR: return &pose->lumbar;
    case ANGLE_NECK: return &pose->neck;
    case FIRST_LIMB_ANGLE: return &limb->shoulder;
    case FIRST_LIMB_ANGLE + 1: return &limb->elbow;
    case FIRST_LIMB_ANGLE + 2: return &limb->hip;
    case FIRST_LIMB_ANGLE + 3: return &limb->knee;
    default: return &limb->ankle;
    }
}

void
_physio_figure_editor_show_error (PhysioFigureEditor *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Sets every row and the preview from the state. */
static void
sync_rows (PhysioFigureEditor *self)
{
  gboolean posing = self->state.source == SOURCE_POSES;
  gboolean two = posing && self->state.figure.n_poses == 2;

  self->syncing = TRUE;
  gtk_switch_set_active (self->second_switch, two);
  if (!two)
    adw_combo_row_set_selected (self->pose_row, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->pose_row), two);
  gtk_widget_set_sensitive (GTK_WIDGET (self->second_row), posing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->side_row), posing);
  for (guint i = 0; i < N_ANGLES; i++)
    {
      double min = -180, max = 180;

      physio_pose_range (self->state.figure.view, angle_names[i], &min, &max);
      gtk_spin_button_set_range (self->spins[i], min, max);
      gtk_spin_button_set_value (self->spins[i], posing ? *angle_field (self, i) : 0);
      gtk_widget_set_sensitive (GTK_WIDGET (self->angle_rows[i]), posing);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "figure.remove",
                                 self->state.source != SOURCE_NONE);
  self->syncing = FALSE;

  if (self->state.source == SOURCE_IMAGE)
    physio_figure_view_set_image (self->preview, self->state.surface);
  else
    physio_figure_view_set_figure (self->preview, posing ? &self->state.figure : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), self->state.source == SOURCE_NONE);
}

void
_physio_figure_editor_changed (PhysioFigureEditor *self)
{
  self->changed = TRUE;
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
  _physio_figure_editor_show_error (self, NULL);
  sync_rows (self);
}

static void
on_base_selected_cb (PhysioFigureEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->base_row);
  const PhysioFigure *base;

  if (self->syncing || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->base_ids->len)
    return;
  base = g_hash_table_lookup (physio_figure_view_builtin_figures (),
                              self->base_ids->pdata[selected - 1]);
  if (base == NULL)
    return;
  _physio_figure_state_clear (&self->state);
  self->state.source = SOURCE_POSES;
  self->state.figure = *base;
  _physio_figure_editor_changed (self);
}

static void
on_second_pose_cb (PhysioFigureEditor *self)
{
  PhysioFigure *figure = &self->state.figure;

  if (self->syncing)
    return;
  if (gtk_switch_get_active (self->second_switch) && figure->n_poses == 1)
    {
      figure->poses[1] = figure->poses[0];
      figure->n_poses = 2;
    }
  else if (!gtk_switch_get_active (self->second_switch))
    {
      /* An arrow goes from the first pose to the second: with one pose there is none. */
      figure->n_poses = 1;
      figure->n_arrows = 0;
    }
  _physio_figure_editor_changed (self);
}

static void
on_which_changed_cb (PhysioFigureEditor *self)
{
  if (!self->syncing)
    sync_rows (self);
}

static void
on_angle_changed_cb (GtkSpinButton      *spin,
                     PhysioFigureEditor *self)
{
  if (self->syncing || self->state.source != SOURCE_POSES)
    return;
  for (guint i = 0; i < N_ANGLES; i++)
    if (self->spins[i] == spin)
      *angle_field (self, i) = gtk_spin_button_get_value (spin);
  _physio_figure_editor_changed (self);
}

static void
on_remove_cb (PhysioFigureEditor *self)
{
  state_move (&self->removed, &self->state);
  self->changed = TRUE;
  _physio_figure_editor_show_error (self, NULL);
  sync_rows (self);
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
}

static void
on_undo_remove_cb (PhysioFigureEditor *self)
{
  if (!gtk_revealer_get_reveal_child (self->undo_revealer))
    return;
  state_move (&self->state, &self->removed);
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
  sync_rows (self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      names)
{
  return g_utf8_collate (g_hash_table_lookup (names, *(const char * const *) a),
                         g_hash_table_lookup (names, *(const char * const *) b));
}

/* The built-in postures to start from, by their exercises' names. */
static void
fill_bases (PhysioFigureEditor *self)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GHashTableIter iter;
  gpointer id;

  g_ptr_array_set_size (self->base_ids, 0);
  g_hash_table_iter_init (&iter, physio_figure_view_builtin_figures ());
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      g_autoptr(PhysioExercise) exercise = physio_database_get_exercise (self->database, id, NULL);

      if (exercise == NULL)
        continue;
      g_hash_table_insert (names, id, g_strdup (physio_exercise_get_name (exercise)));
      g_ptr_array_add (self->base_ids, id);
    }
  g_ptr_array_sort_with_data (self->base_ids, compare_names, names);

  /* TRANSLATORS: the first entry of the list of built-in exercises whose figure a clinician
   * can start posing from */
  gtk_string_list_append (labels, _("Choose a posture"));
  for (guint i = 0; i < self->base_ids->len; i++)
    gtk_string_list_append (labels, g_hash_table_lookup (names, self->base_ids->pdata[i]));
  self->syncing = TRUE;
  adw_combo_row_set_model (self->base_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->base_row, 0);
  self->syncing = FALSE;
}

void
physio_figure_editor_load (PhysioFigureEditor *self,
                           PhysioDatabase     *database,
                           const char         *exercise_id)
{
  g_auto(PhysioStoredFigure) stored = { 0 };
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PHYSIO_IS_FIGURE_EDITOR (self));
  g_return_if_fail (PHYSIO_IS_DATABASE (database));

  g_set_object (&self->database, database);
  _physio_figure_state_clear (&self->state);
  _physio_figure_state_clear (&self->removed);
  self->changed = FALSE;
  fill_bases (self);

  if (exercise_id != NULL &&
      physio_database_get_exercise_figure (database, exercise_id, &stored, &error))
    {
      if (stored.image != NULL)
        {
          self->state.surface = physio_image_load (stored.image, stored.image_type, NULL);
          if (self->state.surface != NULL)
            {
              self->state.source = SOURCE_IMAGE;
              self->state.image = g_steal_pointer (&stored.image);
              self->state.image_type = g_steal_pointer (&stored.image_type);
            }
        }
      else if (stored.figure != NULL)
        {
          self->state.source = SOURCE_POSES;
          self->state.figure = *stored.figure;
        }
    }
  _physio_figure_editor_show_error (self, NULL);
  sync_rows (self);
}

gboolean
physio_figure_editor_save (PhysioFigureEditor  *self,
                           const char          *exercise_id,
                           GError             **error)
{
  g_return_val_if_fail (PHYSIO_IS_FIGURE_EDITOR (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  if (!self->changed || self->database == NULL)
    return TRUE;
  switch (self->state.source)
    {
    case SOURCE_POSES:
      return physio_database_set_exercise_figure_poses (self->database, exercise_id,
                                                        &self->state.figure, error);
    case SOURCE_IMAGE:
      return physio_database_set_exercise_figure_image (self->database, exercise_id,
                                                        self->state.image,
                                                        self->state.image_type, error);
    case SOURCE_NONE:
    default:
      return physio_database_delete_exercise_figure (self->database, exercise_id, error);
    }
}

gboolean
physio_figure_editor_start_from (PhysioFigureEditor *self,
                                 const char         *exercise_id)
{
  guint index;

  g_return_val_if_fail (PHYSIO_IS_FIGURE_EDITOR (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  for (index = 0; index < self->base_ids->len; index++)
    if (g_str_equal (self->base_ids->pdata[index], exercise_id))
      break;
  if (index == self->base_ids->len)
    return FALSE;
  adw_combo_row_set_selected (self->base_row, index + 1);
  return TRUE;
}

gboolean
physio_figure_editor_set_angle (PhysioFigureEditor *self,
                                guint               pose,
                                PhysioPoseSide      side,
                                const char         *name,
                                double              degrees)
{
  g_return_val_if_fail (PHYSIO_IS_FIGURE_EDITOR (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->state.source != SOURCE_POSES || pose >= self->state.figure.n_poses)
    return FALSE;
  adw_combo_row_set_selected (self->pose_row, pose);
  adw_combo_row_set_selected (self->side_row, side == PHYSIO_POSE_FAR ? 1 : 0);
  for (guint i = 0; i < N_ANGLES; i++)
    if (g_str_equal (angle_names[i], name))
      {
        gtk_spin_button_set_value (self->spins[i], degrees);
        return TRUE;
      }
  return FALSE;
}

PhysioFigureView *
physio_figure_editor_get_preview (PhysioFigureEditor *self)
{
  g_return_val_if_fail (PHYSIO_IS_FIGURE_EDITOR (self), NULL);

  return self->preview;
}

const char *
physio_figure_editor_get_error (PhysioFigureEditor *self)
{
  g_return_val_if_fail (PHYSIO_IS_FIGURE_EDITOR (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ?
         gtk_label_get_text (self->error_label) : NULL;
}

static AdwComboRow *
combo_row (const char         *title,
           const char * const *labels)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  return row;
}

static void
build (PhysioFigureEditor *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);
  const char *pose_labels[] = { C_("figure pose", "Start"), C_("figure pose", "End"), NULL };
  const char *side_labels[] = {
    /* TRANSLATORS: the limbs of the figure nearer the viewer, drawn in front */
    _("Near side"),
    /* TRANSLATORS: the limbs of the figure further from the viewer, drawn behind */
    _("Far side"),
    NULL
  };
  const char *angle_titles[N_ANGLES] = {
    /* TRANSLATORS: angle of the figure's trunk from upright, in degrees */
    _("Trunk lean"), _("Back bend"), _("Neck"), _("Shoulder"), _("Elbow"), _("Hip"), _("Knee"),
    _("Ankle"),
  };
  GtkWidget *box, *undo_box, *button;

  adw_preferences_group_set_title (group, _("Figure"));
  adw_preferences_group_set_description (group, _("Shown in the library, the programme and on "
                                                  "the handout"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->preview = PHYSIO_FIGURE_VIEW (physio_figure_view_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->preview), -1, 170);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->preview));
  self->hint_label = GTK_LABEL (gtk_label_new (_("No figure of its own yet. Start from a "
                                                 "posture and adjust it, or attach an image.")));
  gtk_label_set_wrap (self->hint_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hint_label));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  undo_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (undo_box), gtk_label_new (_("The figure will be removed when you "
                                                       "save.")));
  button = gtk_button_new_with_mnemonic (_("_Undo"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "figure.undo-remove");
  gtk_box_append (GTK_BOX (undo_box), button);
  self->undo_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->undo_revealer, undo_box);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->undo_revealer));
  /* In a row of its own, so the preview heads the list rather than trailing after it. */
  {
    GtkWidget *row = adw_preferences_row_new ();

    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
    gtk_widget_set_margin_top (box, 6);
    gtk_widget_set_margin_bottom (box, 6);
    gtk_widget_set_margin_start (box, 12);
    gtk_widget_set_margin_end (box, 12);
    gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
    adw_preferences_group_add (group, row);
  }

  button = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  {
    GtkWidget *attach = gtk_button_new_with_mnemonic (_("_Attach Image…"));

    self->remove_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Remove Figure")));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (attach), "figure.attach");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "figure.remove");
    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (button), attach);
    gtk_box_append (GTK_BOX (button), GTK_WIDGET (self->remove_button));
    adw_preferences_group_set_header_suffix (group, button);
  }

  self->base_row = combo_row (_("Start From"), NULL);
  g_signal_connect_swapped (self->base_row, "notify::selected",
                            G_CALLBACK (on_base_selected_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->base_row));

  self->second_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->second_row), _("Second Pose"));
  adw_action_row_set_subtitle (self->second_row, _("Show where the movement ends"));
  self->second_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->second_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->second_row, GTK_WIDGET (self->second_switch));
  adw_action_row_set_activatable_widget (self->second_row, GTK_WIDGET (self->second_switch));
  g_signal_connect_swapped (self->second_switch, "notify::active",
                            G_CALLBACK (on_second_pose_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->second_row));

  self->pose_row = combo_row (_("Pose"), pose_labels);
  self->side_row = combo_row (_("Limbs"), side_labels);
  g_signal_connect_swapped (self->pose_row, "notify::selected",
                            G_CALLBACK (on_which_changed_cb), self);
  g_signal_connect_swapped (self->side_row, "notify::selected",
                            G_CALLBACK (on_which_changed_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->pose_row));

  for (guint i = 0; i < N_ANGLES; i++)
    {
      if (i == FIRST_LIMB_ANGLE)
        adw_preferences_group_add (group, GTK_WIDGET (self->side_row));
      self->angle_rows[i] = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->angle_rows[i]), angle_titles[i]);
      self->spins[i] = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (-180, 180, 5));
      gtk_spin_button_set_digits (self->spins[i], 0);
      gtk_widget_set_valign (GTK_WIDGET (self->spins[i]), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->spins[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, angle_titles[i], -1);
      adw_action_row_add_suffix (self->angle_rows[i], GTK_WIDGET (self->spins[i]));
      /* TRANSLATORS: the unit after a joint angle */
      adw_action_row_add_suffix (self->angle_rows[i], gtk_label_new (_("°")));
      g_signal_connect (self->spins[i], "value-changed", G_CALLBACK (on_angle_changed_cb), self);
      adw_preferences_group_add (group, GTK_WIDGET (self->angle_rows[i]));
    }
}

static void
physio_figure_editor_dispose (GObject *object)
{
  PhysioFigureEditor *self = PHYSIO_FIGURE_EDITOR (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  _physio_figure_state_clear (&self->state);
  _physio_figure_state_clear (&self->removed);
  g_clear_object (&self->database);
  g_clear_pointer (&self->base_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (physio_figure_editor_parent_class)->dispose (object);
}

static void
action_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  PhysioFigureEditor *self = PHYSIO_FIGURE_EDITOR (widget);

  if (g_str_equal (action_name, "figure.attach"))
    _physio_figure_editor_attach (self);
  else if (g_str_equal (action_name, "figure.remove"))
    on_remove_cb (self);
  else
    on_undo_remove_cb (self);
}

static void
physio_figure_editor_class_init (PhysioFigureEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = physio_figure_editor_dispose;
  gtk_widget_class_install_action (widget_class, "figure.attach", NULL, action_cb);
  gtk_widget_class_install_action (widget_class, "figure.remove", NULL, action_cb);
  gtk_widget_class_install_action (widget_class, "figure.undo-remove", NULL, action_cb);
}

static void
physio_figure_editor_init (PhysioFigureEditor *self)
{
  self->base_ids = g_ptr_array_new ();
  build (self);
  sync_rows (self);
}

GtkWidget *
physio_figure_editor_new (void)
{
  return g_object_new (PHYSIO_TYPE_FIGURE_EDITOR, NULL);
}

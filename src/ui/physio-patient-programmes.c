/* physio-patient-programmes.c: the Programmes section of a patient's record
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-patient-programmes"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-summaries.h"
#include "physio-new-programme-dialog.h"
#include "physio-patient-programmes.h"
#include "physio-programme-summary-row.h"
#include "physio-programme-window.h"

struct _PhysioPatientProgrammes
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkButton           *new_button;
  GtkListBox          *list_box;
  GtkLabel            *empty_label;

  /* Owned references */
  PhysioDatabase      *database;
  PhysioPatient       *patient;
  GListStore          *summaries;     /* PhysioProgrammeSummary, newest first */
  GPtrArray           *rows;          /* for tests: the rows, refreshed when asked */
};

G_DEFINE_FINAL_TYPE (PhysioPatientProgrammes, physio_patient_programmes,
                     ADW_TYPE_PREFERENCES_GROUP)

static gint64
patient_id (PhysioPatientProgrammes *self)
{
  return self->patient != NULL ? physio_patient_get_id (self->patient) : 0;
}

static GtkWindow *
get_parent_window (PhysioPatientProgrammes *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (PhysioPatientProgrammes *self,
            const char              *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = g_markup_escape_text (message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/* The list */

static gboolean
find_summary (PhysioPatientProgrammes *self,
              gint64                   id,
              guint                   *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->summaries));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhysioProgrammeSummary) summary =
        g_list_model_get_item (G_LIST_MODEL (self->summaries), i);

      if (physio_programme_summary_get_id (summary) == id)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
reload (PhysioPatientProgrammes *self)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->database != NULL && patient_id (self) != 0)
    {
      fresh = physio_database_list_programme_summaries (self->database, patient_id (self),
                                                        &error);
      if (fresh == NULL)
        g_warning ("Could not list the programmes: %s", error->message);
    }

  n = fresh != NULL ? g_list_model_get_n_items (fresh) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (fresh, i));

  g_list_store_splice (self->summaries, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->summaries)),
                       items->pdata, items->len);
}

/* One programme changed: its summary is read again (one light query) and updated in place,
 * so its row follows through its bindings and no other row is touched. The list itself
 * changes only when a programme appears or goes. */
static void
on_programme_changed_cb (PhysioPatientProgrammes *self,
                         gint64                   programme_id,
                         PhysioDatabase          *database)
{
  g_autoptr(PhysioProgrammeSummary) fresh = NULL;
  g_autoptr(GError) error = NULL;
  gboolean mine;
  guint position;

  if (patient_id (self) == 0)
    return;

  /* Without an id the change may be anywhere: read the list again. */
  if (programme_id <= 0)
    {
      reload (self);
      return;
    }

  fresh = physio_database_get_programme_summary (self->database, programme_id, &error);
  if (fresh == NULL && !g_error_matches (error, PHYSIO_DATABASE_ERROR,
                                         PHYSIO_DATABASE_ERROR_NOT_FOUND))
    g_warning ("Could not read a programme: %s", error->message);
  mine = fresh != NULL && physio_programme_summary_get_patient_id (fresh) == patient_id (self);

  if (find_summary (self, programme_id, &position))
    {
      g_autoptr(PhysioProgrammeSummary) shown =
        g_list_model_get_item (G_LIST_MODEL (self->summaries), position);

      if (mine)
        physio_programme_summary_update (shown, fresh);
      else
        g_list_store_remove (self->summaries, position);
      return;
    }

  if (!mine)
    return;

  /* Newest (highest id) first. */
  position = 0;
  while (position < g_list_model_get_n_items (G_LIST_MODEL (self->summaries)))
    {
      g_autoptr(PhysioProgrammeSummary) shown =
        g_list_model_get_item (G_LIST_MODEL (self->summaries), position);

      if (physio_programme_summary_get_id (shown) < programme_id)
        break;
      position++;
    }
  g_list_store_insert (self->summaries, position, fresh);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return physio_programme_summary_row_new (item);
}

/* Opening and copying */

static void
open_programme (PhysioPatientProgrammes *self,
                PhysioPatient           *patient,
                PhysioProgramme         *programme)
{
  GtkWindow *parent = get_parent_window (self);
  GtkApplication *application = parent != NULL ? gtk_window_get_application (parent) : NULL;
  PhysioProgrammeWindow *window = NULL;

  /* One window per programme: a second one would keep its own undo history. */
  if (application != NULL && physio_programme_get_id (programme) != 0)
    window = physio_programme_window_find (application, physio_programme_get_id (programme));
  if (window == NULL)
    window = physio_programme_window_new (application, self->database, patient, programme);
  gtk_window_present (GTK_WINDOW (window));
}

/* The list holds summaries; the full programme is read only when it is opened or copied. */
static PhysioProgramme *
load_programme (PhysioPatientProgrammes *self,
                gint64                   id)
{
  g_autoptr(GError) error = NULL;
  PhysioProgramme *programme;

  programme = physio_database_get_programme (self->database, id, &error);
  if (programme == NULL)
    show_toast (self, error->message);

  return programme;
}

/* Opens the programme @id, or brings its window forward when it is open already. */
static void
open_programme_by_id (PhysioPatientProgrammes *self,
                      gint64                   id)
{
  g_autoptr(PhysioProgramme) programme = NULL;
  PhysioProgrammeWindow *window;
  GtkWindow *parent = get_parent_window (self);
  GtkApplication *application = parent != NULL ? gtk_window_get_application (parent) : NULL;

  /* An open window holds the programme already: no need to read it. */
  if (application != NULL && (window = physio_programme_window_find (application, id)))
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  programme = load_programme (self, id);
  if (programme != NULL)
    open_programme (self, self->patient, programme);
}

static void
on_row_activated_cb (PhysioPatientProgrammes *self,
                     GtkListBoxRow           *row,
                     GtkListBox              *list_box)
{
  PhysioProgrammeSummary *summary;

  if (!PHYSIO_IS_PROGRAMME_SUMMARY_ROW (row))
    return;

  summary = physio_programme_summary_row_get_summary (PHYSIO_PROGRAMME_SUMMARY_ROW (row));
  open_programme_by_id (self, physio_programme_summary_get_id (summary));
}

/* The row's arrow button, which assistive technologies can press (rows have no action). */
static void
programmes_open_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_programme_by_id (PHYSIO_PATIENT_PROGRAMMES (widget), g_variant_get_int64 (parameter));
}

static void
on_programme_created_cb (PhysioPatientProgrammes  *self,
                         PhysioProgramme          *programme,
                         PhysioPatient            *patient,
                         PhysioNewProgrammeDialog *dialog)
{
  if (physio_patient_get_id (patient) != patient_id (self))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: after duplicating a programme for another patient */
      message = g_strdup_printf (_("Programme copied for %s"), physio_patient_get_name (patient));
      show_toast (self, message);
    }

  open_programme (self, patient, programme);
}

static void
present_dialog (PhysioPatientProgrammes  *self,
                PhysioNewProgrammeDialog *dialog)
{
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_programme_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
programmes_duplicate_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PhysioPatientProgrammes *self = PHYSIO_PATIENT_PROGRAMMES (widget);
  g_autoptr(PhysioProgramme) programme = load_programme (self, g_variant_get_int64 (parameter));

  if (programme == NULL)
    return;

  present_dialog (self, physio_new_programme_dialog_new_duplicate (get_parent_window (self),
                                                                   self->database, programme));
}

void
physio_patient_programmes_new_programme (PhysioPatientProgrammes *self)
{
  g_return_if_fail (PHYSIO_IS_PATIENT_PROGRAMMES (self));

  if (patient_id (self) == 0)
    return;

  present_dialog (self, physio_new_programme_dialog_new (get_parent_window (self),
                                                         self->database, self->patient));
}

/* Setting up */

void
physio_patient_programmes_set_database (PhysioPatientProgrammes *self,
                                        PhysioDatabase          *database)
{
  g_return_if_fail (PHYSIO_IS_PATIENT_PROGRAMMES (self));
  g_return_if_fail (PHYSIO_IS_DATABASE (database));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  /* Undetailed: every programme's change, whatever detail a signal may carry. */
  g_signal_connect_object (database, "programme-changed",
                           G_CALLBACK (on_programme_changed_cb), self, G_CONNECT_SWAPPED);
}

void
physio_patient_programmes_set_patient (PhysioPatientProgrammes *self,
                                       PhysioPatient           *patient)
{
  gint64 before;

  g_return_if_fail (PHYSIO_IS_PATIENT_PROGRAMMES (self));
  g_return_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient));

  before = patient_id (self);
  g_set_object (&self->patient, patient);

  /* The same patient saved again (a name, a note) has the same programmes. */
  if (patient_id (self) != before || patient_id (self) == 0)
    reload (self);
}

static gboolean
invert_boolean (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == 0);
  return TRUE;
}

static gboolean
is_nonzero (GBinding     *binding,
            const GValue *from,
            GValue       *to,
            gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) > 0);
  return TRUE;
}

static void
physio_patient_programmes_dispose (GObject *object)
{
  PhysioPatientProgrammes *self = PHYSIO_PATIENT_PROGRAMMES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PATIENT_PROGRAMMES);
  g_clear_object (&self->summaries);
  g_clear_object (&self->patient);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_patient_programmes_parent_class)->dispose (object);
}

static void
physio_patient_programmes_finalize (GObject *object)
{
  PhysioPatientProgrammes *self = PHYSIO_PATIENT_PROGRAMMES (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (physio_patient_programmes_parent_class)->finalize (object);
}

static void
physio_patient_programmes_class_init (PhysioPatientProgrammesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_patient_programmes_dispose;
  object_class->finalize = physio_patient_programmes_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-patient-programmes.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientProgrammes, new_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientProgrammes, list_box);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientProgrammes, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "programmes.duplicate", "x",
                                   programmes_duplicate_cb);
  gtk_widget_class_install_action (widget_class, "programmes.open", "x", programmes_open_cb);
}

static void
physio_patient_programmes_init (PhysioPatientProgrammes *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->summaries = g_list_store_new (PHYSIO_TYPE_PROGRAMME_SUMMARY);
  self->rows = g_ptr_array_new ();
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->summaries), create_row_cb,
                           NULL, NULL);

  /* The empty state and the list follow the number of programmes. */
  g_object_bind_property_full (self->summaries, "n-items", self->empty_label, "visible",
                               G_BINDING_SYNC_CREATE, invert_boolean, NULL, NULL, NULL);
  g_object_bind_property_full (self->summaries, "n-items", self->list_box, "visible",
                               G_BINDING_SYNC_CREATE, is_nonzero, NULL, NULL, NULL);
}

GListModel *
_physio_patient_programmes_get_model (PhysioPatientProgrammes *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PROGRAMMES (self), NULL);

  return G_LIST_MODEL (self->summaries);
}

GPtrArray *
_physio_patient_programmes_get_rows (PhysioPatientProgrammes *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PROGRAMMES (self), NULL);

  g_ptr_array_set_size (self->rows, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PHYSIO_IS_PROGRAMME_SUMMARY_ROW (child))
      g_ptr_array_add (self->rows, child);

  return self->rows;
}

GtkButton *
_physio_patient_programmes_get_new_button (PhysioPatientProgrammes *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PROGRAMMES (self), NULL);

  return self->new_button;
}

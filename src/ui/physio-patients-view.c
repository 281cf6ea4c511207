/* physio-patients-view.c: the Patients view of the main window, the list beside one record
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-a11y.h"
#include "physio-date-entry-row.h"
#include "physio-database-patients.h"
#include "physio-patients-view.h"
#include "physio-vocabulary.h"

struct _PhysioPatientsView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkMenuButton        *menu_button;
  GtkSearchEntry       *search_entry;
  GtkStack             *list_stack;
  GtkListBox           *patient_list;
  AdwStatusPage        *empty_page;
  GtkButton            *empty_button;
  GtkCheckButton       *archived_check;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *content_stack;
  AdwStatusPage        *none_page;
  PhysioPatientPage    *page;

  /* Owned references */
  PhysioDatabase       *database;
  GListStore           *patients;
  AdwToast             *last_toast;
  /* The patient whose record is shown; 0 for none, or for a new one not saved yet. */
  gint64                current_id;

  /* Set while the list is replaced, when selection changes are not the clinician's. */
  gboolean              reloading;
};

G_DEFINE_FINAL_TYPE (PhysioPatientsView, physio_patients_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_toast (PhysioPatientsView *self,
           AdwToast           *toast)
{
  g_set_object (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Rows */

/* "64 years" from a full date of birth, "born 1961" from a year alone. */
static char *
describe_age (const char *birth)
{
  GDate born, today;
  int years;

  if (birth == NULL)
    return NULL;

  if (!physio_date_parse (birth, &born) || !g_date_valid (&born))
    /* TRANSLATORS: a patient's year of birth in the list, "born 1961" */
    return g_strdup_printf (_("born %s"), birth);

  physio_date_today (&today);
  years = g_date_get_year (&today) - g_date_get_year (&born);
  if (g_date_get_month (&today) < g_date_get_month (&born) ||
      (g_date_get_month (&today) == g_date_get_month (&born) &&
       g_date_get_day (&today) < g_date_get_day (&born)))
    years--;

  return g_strdup_printf (ngettext ("%d year", "%d years", MAX (years, 0)), MAX (years, 0));
}

static char *
describe_patient (PhysioPatient *patient)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *ref = physio_patient_get_clinic_ref (patient);
  const char *stage;
  char *age;
  GDate today;

  physio_date_today (&today);
  stage = physio_patient_get_stage (patient, &today);

  if (ref != NULL)
    g_ptr_array_add (parts, g_strdup (ref));
  if (stage != NULL)
    g_ptr_array_add (parts, g_strdup (physio_vocab_label (PHYSIO_VOCAB_STAGE, stage)));
  if ((age = describe_age (physio_patient_get_birth (patient))) != NULL)
    g_ptr_array_add (parts, age);
  if (physio_patient_get_archived (patient))
    g_ptr_array_add (parts, g_strdup (_("archived")));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
make_label (const char *text,
            const char *class1,
            const char *class2)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  if (class1 != NULL)
    gtk_widget_add_css_class (label, class1);
  if (class2 != NULL)
    gtk_widget_add_css_class (label, class2);

  return label;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PhysioPatient *patient = item;
  g_autofree char *meta = describe_patient (patient);
  GtkWidget *row, *box, *text, *name;
  g_autofree char *accessible = NULL;
  gboolean screened = physio_patient_has_red_flag_screen (patient);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  name = make_label (physio_patient_get_name (patient), "heading", NULL);
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), make_label (meta, "caption", "dim-label"));
  gtk_widget_set_visible (gtk_widget_get_last_child (text), *meta != '\0');

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), text);

  /* No programme can be issued before the screen; say so in the list, where the clinician
   * sees every patient still waiting for one. */
  if (!screened)
    {
      GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "warning");
      gtk_widget_set_tooltip_text (badge, _("The red-flag screen is not recorded; programmes "
                                            "cannot be issued until it is"));
      gtk_box_append (GTK_BOX (badge), icon);
      /* TRANSLATORS: a short badge in the patient list: the red-flag screen is missing */
      gtk_box_append (GTK_BOX (badge), make_label (_("Not screened"), "caption", NULL));
      gtk_box_append (GTK_BOX (box), badge);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* GTK 4.8 does not name a row after its labels: "Ana Lima, 54, Not screened". */
  accessible = physio_a11y_join (physio_patient_get_name (patient), meta,
                                 screened ? "" : _("Not screened"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "physio-patient", g_object_ref (patient),
                          g_object_unref);

  return row;
}

static PhysioPatient *
row_patient (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "physio-patient") : NULL;
}

static GtkListBoxRow *
find_row (PhysioPatientsView *self,
          gint64              id)
{
  GtkListBoxRow *row;

  if (id == 0)
    return NULL;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->patient_list, i)) != NULL; i++)
    if (physio_patient_get_id (row_patient (row)) == id)
      return row;

  return NULL;
}

/* Marks the row of the patient shown, or none when that patient is not listed. */
static void
select_current_row (PhysioPatientsView *self)
{
  GtkListBoxRow *row = find_row (self, self->current_id);
  gboolean reloading = self->reloading;

  self->reloading = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->patient_list, row);
  else
    gtk_list_box_unselect_all (self->patient_list);
  self->reloading = reloading;
}

/* The list */

static gboolean
is_searching (PhysioPatientsView *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
}

static void
update_list_state (PhysioPatientsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->patients));
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (ngettext ("%u patient", "%u patients", n), n);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");

  /* With nobody to choose, the list's own empty page says it all; a second one beside it
   * asking to choose a patient would only repeat it. */
  if (n > 0 || is_searching (self))
    {
      adw_status_page_set_icon_name (self->none_page, "avatar-default-symbolic");
      adw_status_page_set_title (self->none_page, _("No Patient Selected"));
      adw_status_page_set_description (self->none_page,
                                       _("Choose a patient from the list, or add one with "
                                         "the New Patient button"));
    }
  else
    {
      adw_status_page_set_icon_name (self->none_page, NULL);
      adw_status_page_set_title (self->none_page, "");
      adw_status_page_set_description (self->none_page, NULL);
    }

  if (is_searching (self))
    {
      adw_status_page_set_title (self->empty_page, _("No Patients Found"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try a different name or clinic reference"));
      gtk_button_set_label (self->empty_button, _("_Clear Search"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->empty_button), "suggested-action");
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Patients Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add a patient to start their record and "
                                         "programmes"));
      gtk_button_set_label (self->empty_button, _("_New Patient"));
      gtk_widget_add_css_class (GTK_WIDGET (self->empty_button), "suggested-action");
    }
}

static void
reload (PhysioPatientsView *self)
{
  g_autoptr(GPtrArray) patients = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *search = NULL;

  search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  patients = physio_database_list_patients (self->database, *search != '\0' ? search : NULL,
                                            gtk_check_button_get_active (self->archived_check),
                                            &error);
  if (patients == NULL)
    {
      g_autofree char *title = g_markup_printf_escaped (_("Could not list the patients: %s"),
                                                        error->message);

      g_warning ("Could not list the patients: %s", error->message);
      add_toast (self, adw_toast_new (title));
      return;
    }

  self->reloading = TRUE;
  g_list_store_splice (self->patients, 0, g_list_model_get_n_items (G_LIST_MODEL (self->patients)),
                       patients->pdata, patients->len);
  self->reloading = FALSE;

  select_current_row (self);
  update_list_state (self);
}

static void
on_patients_changed_cb (PhysioPatientsView *self,
                        gint64              patient_id,
                        PhysioDatabase     *database)
{
  reload (self);
}

static void
on_search_changed_cb (PhysioPatientsView *self,
                      GtkSearchEntry     *entry)
{
  reload (self);
}

static void
on_stop_search_cb (PhysioPatientsView *self,
                   GtkSearchEntry     *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_archived_toggled_cb (PhysioPatientsView *self,
                        GtkCheckButton     *check)
{
  reload (self);
}

/* The record */

static void
update_content_title (PhysioPatientsView *self)
{
  PhysioPatient *patient = physio_patient_page_get_patient (self->page);
  const char *name = patient != NULL ? physio_patient_get_name (patient) : NULL;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "patient") != 0)
    name = NULL;
  else if (name == NULL || *name == '\0')
    name = _("New Patient");

  adw_view_switcher_title_set_title (self->switcher_title, name != NULL ? name : "");
}

static void
show_content (PhysioPatientsView *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_patient (PhysioPatientsView *self,
              PhysioPatient      *patient)
{
  /* Edits still waiting on the record shown are saved first, while it is still the one
   * the list marks: saving reloads the list. */
  physio_patient_page_flush (self->page);

  self->current_id = patient != NULL ? physio_patient_get_id (patient) : 0;
  physio_patient_page_set_patient (self->page, patient);
  gtk_stack_set_visible_child_name (self->content_stack, "patient");
  select_current_row (self);
  update_content_title (self);
}

static void
show_none (PhysioPatientsView *self)
{
  self->current_id = 0;
  gtk_stack_set_visible_child_name (self->content_stack, "none");
  select_current_row (self);
  update_content_title (self);
}

static void
on_row_selected_cb (PhysioPatientsView *self,
                    GtkListBoxRow      *row,
                    GtkListBox         *list)
{
  PhysioPatient *patient = row_patient (row);

  if (self->reloading || patient == NULL)
    return;

  /* Reselecting the record shown must not reload it over what is being typed. */
  if (physio_patient_get_id (patient) == self->current_id)
    return;

  show_patient (self, patient);
}

static void
on_row_activated_cb (PhysioPatientsView *self,
                     GtkListBoxRow      *row,
                     GtkListBox         *list)
{
  on_row_selected_cb (self, row, list);
  show_content (self);
}

static void
on_page_saved_cb (PhysioPatientsView *self,
                  PhysioPatient      *patient,
                  PhysioPatientPage  *page)
{
  /* The store's change signal came first and reloaded the list; a new patient's row can
   * only be selected now that the page has its id. */
  self->current_id = physio_patient_get_id (patient);
  select_current_row (self);
  update_content_title (self);
}

static void
on_page_deleted_cb (PhysioPatientsView *self,
                    gint64              patient_id,
                    PhysioPatientPage  *page)
{
  show_none (self);
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  add_toast (self, adw_toast_new (_("Patient deleted")));
}

void
physio_patients_view_new_patient (PhysioPatientsView *self)
{
  g_return_if_fail (PHYSIO_IS_PATIENTS_VIEW (self));

  show_patient (self, NULL);
  show_content (self);
  physio_patient_page_focus_name (self->page);
}

static void
new_patient_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  physio_patients_view_new_patient (PHYSIO_PATIENTS_VIEW (widget));
}

static void
on_empty_button_clicked_cb (PhysioPatientsView *self,
                            GtkButton          *button)
{
  if (is_searching (self))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    physio_patients_view_new_patient (self);
}

void
physio_patients_view_select_patient (PhysioPatientsView *self,
                                     gint64              patient_id)
{
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PHYSIO_IS_PATIENTS_VIEW (self));

  patient = physio_database_get_patient (self->database, patient_id, &error);
  if (patient == NULL)
    {
      g_warning ("No patient %" G_GINT64_FORMAT ": %s", patient_id, error->message);
      return;
    }

  if (physio_patient_get_archived (patient) &&
      !gtk_check_button_get_active (self->archived_check))
    gtk_check_button_set_active (self->archived_check, TRUE);
  if (find_row (self, patient_id) == NULL && is_searching (self))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (find_row (self, patient_id) == NULL)
    reload (self);

  show_patient (self, patient);
  show_content (self);
}

void
physio_patients_view_focus_search (PhysioPatientsView *self)
{
  g_return_if_fail (PHYSIO_IS_PATIENTS_VIEW (self));

  /* Folded, the search lives on the list page. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
physio_patients_view_set_view_stack (PhysioPatientsView *self,
                                     AdwViewStack       *stack)
{
  g_return_if_fail (PHYSIO_IS_PATIENTS_VIEW (self));

  adw_view_switcher_title_set_stack (self->switcher_title, stack);
}

void
physio_patients_view_set_primary_menu (PhysioPatientsView *self,
                                       GMenuModel         *menu)
{
  g_return_if_fail (PHYSIO_IS_PATIENTS_VIEW (self));

  gtk_menu_button_set_menu_model (self->menu_button, menu);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), menu != NULL);
}

gboolean
physio_patients_view_get_folded (PhysioPatientsView *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENTS_VIEW (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet);
}

AdwViewSwitcherTitle *
physio_patients_view_get_switcher_title (PhysioPatientsView *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENTS_VIEW (self), NULL);

  return self->switcher_title;
}

static void
on_back_clicked_cb (PhysioPatientsView *self,
                    GtkButton          *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_leaflet_folded_cb (PhysioPatientsView *self,
                      GParamSpec         *pspec,
                      AdwLeaflet         *leaflet)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

/* Construction */

static void
physio_patients_view_constructed (GObject *object)
{
  PhysioPatientsView *self = PHYSIO_PATIENTS_VIEW (object);

  G_OBJECT_CLASS (physio_patients_view_parent_class)->constructed (object);

  g_assert (PHYSIO_IS_DATABASE (self->database));

  self->page = physio_patient_page_new (self->database);
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->page), "patient");
  g_signal_connect_object (self->page, "saved", G_CALLBACK (on_page_saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->page, "deleted", G_CALLBACK (on_page_deleted_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->database, "patients-changed",
                           G_CALLBACK (on_patients_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  show_none (self);
}

static void
physio_patients_view_dispose (GObject *object)
{
  PhysioPatientsView *self = PHYSIO_PATIENTS_VIEW (object);

  /* Typing of the last moment is saved while the list can still follow; after that the
   * page goes on its own. */
  if (self->page != NULL)
    {
      physio_patient_page_flush (self->page);
      g_signal_handlers_disconnect_by_data (self->page, self);
      self->page = NULL;
    }
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PATIENTS_VIEW);

  g_clear_object (&self->patients);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_patients_view_parent_class)->dispose (object);
}

static void
physio_patients_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PhysioPatientsView *self = PHYSIO_PATIENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, physio_patients_view_get_folded (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_patients_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PhysioPatientsView *self = PHYSIO_PATIENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_patients_view_class_init (PhysioPatientsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = physio_patients_view_constructed;
  object_class->dispose = physio_patients_view_dispose;
  object_class->get_property = physio_patients_view_get_property;
  object_class->set_property = physio_patients_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "patients.new", NULL, new_patient_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-patients-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, content);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, patient_list);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, empty_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, archived_check);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientsView, none_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_empty_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
}

static void
physio_patients_view_init (PhysioPatientsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->patients = g_list_store_new (PHYSIO_TYPE_PATIENT);
  gtk_list_box_bind_model (self->patient_list, G_LIST_MODEL (self->patients),
                           create_row_cb, self, NULL);

  /* Typing anywhere in the list goes to the search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->sidebar);
}

PhysioPatientsView *
physio_patients_view_new (PhysioDatabase *database)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  return g_object_new (PHYSIO_TYPE_PATIENTS_VIEW, "database", database, NULL);
}

PhysioPatientPage *
_physio_patients_view_get_page (PhysioPatientsView *self)
{
  return self->page;
}

GtkSearchEntry *
_physio_patients_view_get_search_entry (PhysioPatientsView *self)
{
  return self->search_entry;
}

GtkCheckButton *
_physio_patients_view_get_archived_check (PhysioPatientsView *self)
{
  return self->archived_check;
}

GtkListBox *
_physio_patients_view_get_list (PhysioPatientsView *self)
{
  return self->patient_list;
}

GListModel *
_physio_patients_view_get_patients (PhysioPatientsView *self)
{
  return G_LIST_MODEL (self->patients);
}

gint64
_physio_patients_view_get_selected_id (PhysioPatientsView *self)
{
  PhysioPatient *patient = row_patient (gtk_list_box_get_selected_row (self->patient_list));

  return patient != NULL ? physio_patient_get_id (patient) : 0;
}

AdwToast *
_physio_patients_view_get_last_toast (PhysioPatientsView *self)
{
  return self->last_toast;
}

AdwLeaflet *
_physio_patients_view_get_leaflet (PhysioPatientsView *self)
{
  return self->leaflet;
}

const char *
_physio_patients_view_get_content (PhysioPatientsView *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

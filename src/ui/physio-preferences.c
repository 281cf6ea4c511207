/* physio-preferences.c: Preferences: the clinic, the handout, units, progression defaults and
 * licensed outcome-measure wording
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain object that builds the pages from ui/physio-preferences.ui and hands them to the
 * container physio-compat.c makes (a window on libadwaita 1.2 to 1.4, a dialog from 1.5), so
 * the pages are the same on every stack. The container keeps this object alive.
 */

#define G_LOG_DOMAIN "physio-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-clinician.h"
#include "physio-compat.h"
#include "physio-database-clinic.h"
#include "physio-form.h"
#include "physio-image.h"
#include "physio-languages.h"
#include "physio-licensed-wording.h"
#include "physio-outcome.h"
#include "physio-preferences.h"
#include "physio-rule-param-info.h"
#include "physio-settings.h"

/* As the store: a logo is printed a few centimetres wide. Checked before the file is read. */
#define LOGO_MAX_BYTES (2 * 1024 * 1024)
/* The preview is drawn at twice its size for HiDPI screens. */
#define LOGO_PREVIEW_PX 128

static const PhysioInstrument wording_instruments[] = {
  PHYSIO_INSTRUMENT_ODI,
  PHYSIO_INSTRUMENT_RMDQ,
  PHYSIO_INSTRUMENT_SBST,
};
#define N_WORDING G_N_ELEMENTS (wording_instruments)

static const char * const paper_codes[] = { "locale", "a4", "letter" };
static const char * const weight_codes[] = { "kg", "lb" };
static const char * const distance_codes[] = { "km", "mi" };

struct _PhysioPreferences
{
  GObject              parent_instance;

  /* The container; it owns everything below and a reference to this object. */
  GtkWidget           *widget;

  AdwActionRow        *clinic_error;
  AdwEntryRow         *clinic_name_row;
  AdwEntryRow         *address_row;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *clinician_row;
  AdwPreferencesGroup *clinician_group;
  GtkWidget           *logo_frame;
  GtkPicture          *logo_preview;
  GtkWidget           *remove_logo_button;
  AdwActionRow        *logo_error;

  AdwComboRow         *paper_row;
  GtkSwitch           *large_print_switch;
  AdwComboRow         *language_row;
  AdwComboRow         *weight_row;
  AdwComboRow         *distance_row;
  GtkWidget           *handout_page;

  AdwActionRow        *param_rows[PHYSIO_N_RULE_PARAMS];
  GtkSpinButton       *param_spins[PHYSIO_N_RULE_PARAMS];
  const PhysioParamInfo *params_info;
  guint                n_params;
  GtkButton           *reset_button;

  GtkTextView         *wording_views[N_WORDING];
  GtkButton           *wording_saves[N_WORDING];
  GtkLabel            *wording_messages[N_WORDING];

  /* Owned references */
  PhysioDatabase      *database;
  GSettings           *settings;
  GStrv                languages;

  /* Set while fields are filled from the store, so that does not read as edits. */
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (PhysioPreferences, physio_preferences, G_TYPE_OBJECT)

static GtkWindow *
parent_window (PhysioPreferences *self)
{
  GtkRoot *root = self->widget != NULL ? gtk_widget_get_root (self->widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Reads the clinic row; a failure is told on the page and gives FALSE. */
static gboolean
read_clinic (PhysioPreferences *self,
             PhysioClinic      *clinic)
{
  g_autoptr(GError) error = NULL;

  if (physio_database_get_clinic (self->database, clinic, &error))
    return TRUE;

  physio_form_show_error (self->clinic_error, NULL, _("The clinic’s details could not be read "
                                                      "from the database."));
  g_warning ("Could not read the clinic: %s", error->message);
  return FALSE;
}

/* Writes the clinic row; a refusal is told on @error_row and nothing changes. */
static gboolean
write_clinic (PhysioPreferences  *self,
              const PhysioClinic *clinic,
              AdwActionRow       *error_row)
{
  g_autoptr(GError) error = NULL;

  if (physio_database_set_clinic (self->database, clinic, &error))
    {
      physio_form_show_error (self->clinic_error, NULL, NULL);
      return TRUE;
    }

  physio_form_show_error (error_row, NULL, error->message);
  return FALSE;
}

/* The clinic --------------------------------------------------------------------------------- */

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
on_clinic_text_changed_cb (AdwEntryRow       *row,
                           PhysioPreferences *self)
{
  g_auto(PhysioClinic) clinic = { 0 };
  char **field;

  if (self->updating || !read_clinic (self, &clinic))
    return;

  if (row == self->clinic_name_row)
    field = &clinic.name;
  else if (row == self->address_row)
    field = &clinic.address;
  else if (row == self->phone_row)
    field = &clinic.phone;
  else
    field = &clinic.clinician;

  g_free (*field);
  *field = entry_text (row);
  write_clinic (self, &clinic, self->clinic_error);
}

static void
show_logo (PhysioPreferences *self,
           GBytes            *logo,
           const char        *media_type)
{
  cairo_surface_t *image = NULL;
  cairo_surface_t *pixels;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_t *cr;

  if (logo != NULL)
    image = physio_image_load (logo, media_type, NULL);
  gtk_widget_set_visible (self->remove_logo_button, logo != NULL);
  gtk_widget_set_visible (self->logo_frame, image != NULL);
  if (image == NULL)
    {
      gtk_picture_set_paintable (self->logo_preview, NULL);
      return;
    }

  /* Drawn by the same code as the handout's, so what shows here is what prints. */
  pixels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, LOGO_PREVIEW_PX, LOGO_PREVIEW_PX);
  cr = cairo_create (pixels);
  physio_image_draw_fitted (cr, image, 0, 0, LOGO_PREVIEW_PX, LOGO_PREVIEW_PX);
  cairo_destroy (cr);
  cairo_surface_flush (pixels);
  cairo_surface_destroy (image);

  bytes = g_bytes_new (cairo_image_surface_get_data (pixels),
                       (gsize) cairo_image_surface_get_stride (pixels) * LOGO_PREVIEW_PX);
  texture = gdk_memory_texture_new (LOGO_PREVIEW_PX, LOGO_PREVIEW_PX, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (pixels));
  cairo_surface_destroy (pixels);
  gtk_picture_set_paintable (self->logo_preview, GDK_PAINTABLE (texture));
}

static void
refuse_logo (PhysioPreferences *self,
             const char        *message)
{
  physio_form_show_error (self->logo_error, NULL, message);
}

void
_physio_preferences_set_logo_file (PhysioPreferences *self,
                                   GFile             *file)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  const char *media_type;

  g_return_if_fail (PHYSIO_IS_PREFERENCES (self));
  g_return_if_fail (G_IS_FILE (file));

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            &error);
  if (info != NULL && g_file_info_get_size (info) > LOGO_MAX_BYTES)
    {
      refuse_logo (self, _("This image is larger than 2 MB. Choose a smaller copy of the logo, "
                           "such as one made for a website."));
      return;
    }
  if (info != NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      refuse_logo (self, _("This file could not be read. Check that it is still there, or "
                           "choose another one."));
      return;
    }
  if (g_bytes_get_size (bytes) == 0)
    {
      refuse_logo (self, _("This file is empty. Choose a PNG, JPEG or SVG image."));
      return;
    }

  media_type = physio_image_sniff (bytes);
  if (media_type == NULL)
    {
      refuse_logo (self, _("This file is not a PNG, JPEG or SVG image. Choose a PNG, JPEG or "
                           "SVG image."));
      return;
    }

  /* Decoded now, so a damaged file is refused here rather than missing from a handout. */
  image = physio_image_load (bytes, media_type, &error);
  if (image == NULL)
    {
      refuse_logo (self, _("This image could not be read: it may be damaged or too large. "
                           "Choose a PNG, JPEG or SVG image."));
      return;
    }
  cairo_surface_destroy (image);

  if (!read_clinic (self, &clinic))
    return;
  g_clear_pointer (&clinic.logo, g_bytes_unref);
  g_free (clinic.logo_type);
  clinic.logo = g_bytes_ref (bytes);
  clinic.logo_type = g_strdup (media_type);
  if (!write_clinic (self, &clinic, self->logo_error))
    return;

  physio_form_show_error (self->logo_error, NULL, NULL);
  show_logo (self, clinic.logo, clinic.logo_type);
}

const char *
_physio_preferences_get_logo_message (PhysioPreferences *self)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->logo_error)))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->logo_error));
}

static void
on_logo_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  g_autoptr(PhysioPreferences) self = user_data;

  if (file != NULL && self->widget != NULL)
    _physio_preferences_set_logo_file (self, file);
}

static void
on_choose_logo_clicked_cb (PhysioPreferences *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PNG, JPEG or SVG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  physio_compat_open_file (parent_window (self), _("Choose the Clinic’s Logo"), filter,
                           on_logo_chosen_cb, g_object_ref (self));
}

static void
on_remove_logo_clicked_cb (PhysioPreferences *self)
{
  g_auto(PhysioClinic) clinic = { 0 };

  if (!read_clinic (self, &clinic))
    return;
  g_clear_pointer (&clinic.logo, g_bytes_unref);
  g_clear_pointer (&clinic.logo_type, g_free);
  if (write_clinic (self, &clinic, self->logo_error))
    {
      physio_form_show_error (self->logo_error, NULL, NULL);
      show_logo (self, NULL, NULL);
    }
}

static void
update_clinician_description (PhysioPreferences *self)
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

/* The handout and units (GSettings) ---------------------------------------------------------- */

static guint
code_index (const char * const *codes,
            guint               n_codes,
            const char         *code)
{
  for (guint i = 0; i < n_codes; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      return i;
  return 0;
}

/* A combo row showing one of a few string codes of a settings key. */
static void
bind_choice (PhysioPreferences  *self,
             AdwComboRow        *row,
             const char         *key,
             const char * const *codes,
             guint               n_codes);

static void
on_choice_selected_cb (AdwComboRow       *row,
                       GParamSpec        *pspec,
                       PhysioPreferences *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "physio-key");
  const char * const *codes = g_object_get_data (G_OBJECT (row), "physio-codes");
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION || codes[selected] == NULL)
    return;
  g_settings_set_string (self->settings, key, codes[selected]);
}

static void
bind_choice (PhysioPreferences  *self,
             AdwComboRow        *row,
             const char         *key,
             const char * const *codes,
             guint               n_codes)
{
  g_autofree char *value = g_settings_get_string (self->settings, key);

  g_object_set_data (G_OBJECT (row), "physio-key", (gpointer) key);
  g_object_set_data (G_OBJECT (row), "physio-codes", (gpointer) codes);
  self->updating = TRUE;
  adw_combo_row_set_selected (row, code_index (codes, n_codes, value));
  self->updating = FALSE;
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_selected_cb), self);
}

static void
setup_languages (PhysioPreferences *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *current = g_settings_get_string (self->settings, "handout-language");
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_auto(GStrv) installed = physio_languages_installed ();
  guint selected = 0;

  /* TRANSLATORS: the handout is written in the language the application is shown in */
  gtk_string_list_append (names, _("Same as the Application"));
  g_strv_builder_add (codes, "");
  for (guint i = 0; installed[i] != NULL; i++)
    {
      gtk_string_list_append (names, physio_language_native_name (installed[i]));
      g_strv_builder_add (codes, installed[i]);
      if (g_strcmp0 (installed[i], current) == 0)
        selected = i + 1;
    }
  self->languages = g_strv_builder_end (codes);

  self->updating = TRUE;
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  self->updating = FALSE;
  g_object_set_data (G_OBJECT (self->language_row), "physio-key", (gpointer) "handout-language");
  g_object_set_data (G_OBJECT (self->language_row), "physio-codes", self->languages);
  self->updating = TRUE;
  adw_combo_row_set_selected (self->language_row, selected);
  self->updating = FALSE;
  g_signal_connect (self->language_row, "notify::selected", G_CALLBACK (on_choice_selected_cb),
                    self);
}

static void
setup_settings (PhysioPreferences *self)
{
  self->settings = physio_settings_new_with_key ("distance-unit");
  if (self->settings == NULL)
    {
      /* Run from the build tree without the compiled schema there is nowhere to keep them. */
      gtk_widget_set_sensitive (self->handout_page, FALSE);
      return;
    }

  bind_choice (self, self->paper_row, "paper-size", paper_codes, G_N_ELEMENTS (paper_codes));
  bind_choice (self, self->weight_row, "weight-unit", weight_codes, G_N_ELEMENTS (weight_codes));
  bind_choice (self, self->distance_row, "distance-unit", distance_codes,
               G_N_ELEMENTS (distance_codes));
  g_settings_bind (self->settings, "large-print", self->large_print_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  setup_languages (self);
}

/* Progression -------------------------------------------------------------------------------- */

static void
show_params (PhysioPreferences      *self,
             const PhysioRuleParams *params)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->n_params; i++)
    {
      g_autofree char *hint = physio_param_info_hint (&self->params_info[i]);

      gtk_spin_button_set_value (self->param_spins[i],
                                 physio_param_info_get (&self->params_info[i], params));
      physio_form_set_row_message (self->param_rows[i], hint, FALSE);
    }
  self->updating = FALSE;
}

static void
on_param_changed_cb (GtkSpinButton     *spin,
                     PhysioPreferences *self)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autoptr(GError) error = NULL;
  guint i;

  if (self->updating)
    return;

  for (i = 0; i < self->n_params; i++)
    if (self->param_spins[i] == spin)
      break;
  g_assert (i < self->n_params);

  if (!read_clinic (self, &clinic))
    return;
  physio_param_info_set (&self->params_info[i], &clinic.rule_params,
                         gtk_spin_button_get_value (spin));

  /* The core knows which combinations make sense (a safe zone above the acceptable one does
   * not): a refused value stays in the box with the reason, and nothing is stored. */
  if (!physio_rule_params_validate (&clinic.rule_params, &error))
    {
      physio_form_set_row_message (self->param_rows[i], error->message, TRUE);
      return;
    }

  if (write_clinic (self, &clinic, self->clinic_error))
    {
      /* Another row refused before may be fine now that this one changed. */
      show_params (self, &clinic.rule_params);
    }
}

static void
on_reset_clicked_cb (PhysioPreferences *self)
{
  g_auto(PhysioClinic) clinic = { 0 };

  if (!read_clinic (self, &clinic))
    return;
  physio_rule_params_init_defaults (&clinic.rule_params);
  if (write_clinic (self, &clinic, self->clinic_error))
    show_params (self, &clinic.rule_params);
}

static void
build_param_rows (PhysioPreferences  *self,
                  AdwPreferencesPage *page)
{
  AdwPreferencesGroup *groups[PHYSIO_N_PARAM_GROUPS];

  for (guint g = 0; g < PHYSIO_N_PARAM_GROUPS; g++)
    {
      groups[g] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (groups[g], physio_param_group_title (g));
      adw_preferences_page_add (page, groups[g]);
    }

  self->params_info = physio_param_info_list (&self->n_params);
  for (guint i = 0; i < self->n_params; i++)
    {
      const PhysioParamInfo *info = &self->params_info[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, info->upper, info->fraction ? 5 : 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->title));
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(info->title), -1);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_param_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (groups[info->group], row);

      self->param_rows[i] = ADW_ACTION_ROW (row);
      self->param_spins[i] = GTK_SPIN_BUTTON (spin);
    }
}

/* Licensed wording --------------------------------------------------------------------------- */

static const char *
wording_description (PhysioInstrument instrument)
{
  switch (instrument)
    {
    case PHYSIO_INSTRUMENT_ODI:
      return _("60 lines: the 6 statements of each of the 10 sections in order, or 70 with each "
               "section’s heading before its statements.");
    case PHYSIO_INSTRUMENT_RMDQ:
      return _("24 lines: the statements in order.");
    case PHYSIO_INSTRUMENT_SBST:
      return _("9 lines: the questions in order.");
    case PHYSIO_INSTRUMENT_NPRS:
    case PHYSIO_INSTRUMENT_PSFS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static guint
wording_index (PhysioPreferences *self,
               gpointer           widget)
{
  for (guint i = 0; i < N_WORDING; i++)
    if (self->wording_saves[i] == widget || (gpointer) self->wording_views[i] == widget ||
        (gpointer) gtk_text_view_get_buffer (self->wording_views[i]) == widget)
      return i;
  g_assert_not_reached ();
}

static void
show_wording_message (PhysioPreferences *self,
                      guint              i,
                      const char        *message,
                      gboolean           invalid)
{
  GtkLabel *label = self->wording_messages[i];

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  physio_form_mark_invalid (label, invalid);
}

static void
on_wording_save_clicked_cb (GtkButton         *button,
                            PhysioPreferences *self)
{
  guint i = wording_index (self, button);
  const char *code = physio_instrument_to_code (wording_instruments[i]);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->wording_views[i]);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!physio_licensed_wording_set (self->database, code, text, &error))
    {
      /* The text stays in the box to be put right. */
      show_wording_message (self, i, error->message, TRUE);
      return;
    }

  show_wording_message (self, i, *g_strstrip (text) != '\0' ? _("Saved.") : _("Removed."), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

static void
on_wording_changed_cb (GtkTextBuffer     *buffer,
                       PhysioPreferences *self)
{
  guint i = wording_index (self, buffer);

  if (self->updating)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->wording_saves[i]), TRUE);
  show_wording_message (self, i, NULL, FALSE);
}

static void
build_wording_groups (PhysioPreferences  *self,
                      AdwPreferencesPage *page)
{
  for (guint i = 0; i < N_WORDING; i++)
    {
      PhysioInstrument instrument = wording_instruments[i];
      g_autofree char *stored = physio_licensed_wording_get (self->database,
                                                             physio_instrument_to_code (instrument));
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *view = gtk_text_view_new ();
      GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
      GtkWidget *message = gtk_label_new (NULL);
      GtkWidget *frame;

      adw_preferences_group_set_title (group, physio_instrument_label (instrument));
      adw_preferences_group_set_description (group, wording_description (instrument));
      gtk_widget_set_valign (save, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (save, FALSE);
      {
        /* TRANSLATORS: %s is a questionnaire's short name, "ODI" */
        g_autofree char *label = g_strdup_printf (_("Save the %s Wording"),
                                                  physio_instrument_label (instrument));

        gtk_accessible_update_property (GTK_ACCESSIBLE (save), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        label, -1);
      }
      adw_preferences_group_set_header_suffix (group, save);

      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      physio_instrument_label (instrument), -1);
      if (stored != NULL)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), stored, -1);
      g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                        G_CALLBACK (on_wording_changed_cb), self);
      g_signal_connect (save, "clicked", G_CALLBACK (on_wording_save_clicked_cb), self);

      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 140);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      /* A frame rather than a card: its border shows in every theme, high contrast too. */
      frame = gtk_frame_new (NULL);
      gtk_frame_set_child (GTK_FRAME (frame), scrolled);
      adw_preferences_group_add (group, frame);

      /* A label, not a row: a row would go in the group's list, above the text. */
      gtk_widget_set_visible (message, FALSE);
      gtk_widget_set_margin_top (message, 6);
      gtk_label_set_wrap (GTK_LABEL (message), TRUE);
      gtk_label_set_xalign (GTK_LABEL (message), 0);
      adw_preferences_group_add (group, message);

      adw_preferences_page_add (page, group);
      self->wording_views[i] = GTK_TEXT_VIEW (view);
      self->wording_saves[i] = GTK_BUTTON (save);
      self->wording_messages[i] = GTK_LABEL (message);
    }
}

/* Construction ------------------------------------------------------------------------------- */

static void
load_clinic (PhysioPreferences *self)
{
  g_auto(PhysioClinic) clinic = { 0 };

  if (!read_clinic (self, &clinic))
    {
      physio_rule_params_init_defaults (&clinic.rule_params);
      show_params (self, &clinic.rule_params);
      return;
    }

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->clinic_name_row), clinic.name);
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), clinic.address);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), clinic.phone);
  gtk_editable_set_text (GTK_EDITABLE (self->clinician_row), clinic.clinician);
  self->updating = FALSE;
  show_logo (self, clinic.logo, clinic.logo_type);
  show_params (self, &clinic.rule_params);
}

static void
physio_preferences_dispose (GObject *object)
{
  PhysioPreferences *self = PHYSIO_PREFERENCES (object);

  if (self->widget != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->widget), (gpointer *) &self->widget);
  self->widget = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_preferences_parent_class)->dispose (object);
}

static void
physio_preferences_finalize (GObject *object)
{
  PhysioPreferences *self = PHYSIO_PREFERENCES (object);

  g_strfreev (self->languages);

  G_OBJECT_CLASS (physio_preferences_parent_class)->finalize (object);
}

static void
physio_preferences_class_init (PhysioPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = physio_preferences_dispose;
  object_class->finalize = physio_preferences_finalize;
}

static void
physio_preferences_init (PhysioPreferences *self)
{
}

#define GET(name) ((gpointer) gtk_builder_get_object (builder, name))

PhysioPreferences *
physio_preferences_new (PhysioDatabase *database)
{
  g_autoptr(PhysioPreferences) self = NULL;
  g_autoptr(GtkBuilder) builder = NULL;
  const char *pages[] = { "clinic_page", "handout_page", "progression_page", "outcomes_page" };

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  self = g_object_new (PHYSIO_TYPE_PREFERENCES, NULL);
  self->database = g_object_ref (database);
  physio_clinician_migrate (database);

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/physio-preferences.ui");
  self->clinic_error = GET ("clinic_error");
  self->clinic_name_row = GET ("clinic_name_row");
  self->address_row = GET ("address_row");
  self->phone_row = GET ("phone_row");
  self->clinician_row = GET ("clinician_row");
  self->clinician_group = GET ("clinician_group");
  self->logo_frame = GET ("logo_frame");
  self->logo_preview = GET ("logo_preview");
  self->remove_logo_button = GET ("remove_logo_button");
  self->logo_error = GET ("logo_error");
  self->paper_row = GET ("paper_row");
  self->large_print_switch = GET ("large_print_switch");
  self->language_row = GET ("language_row");
  self->weight_row = GET ("weight_row");
  self->distance_row = GET ("distance_row");
  self->handout_page = GET ("handout_page");
  self->reset_button = GET ("reset_button");

  build_param_rows (self, GET ("progression_page"));
  build_wording_groups (self, GET ("outcomes_page"));
  update_clinician_description (self);
  load_clinic (self);
  setup_settings (self);

  g_signal_connect (self->clinic_name_row, "changed", G_CALLBACK (on_clinic_text_changed_cb), self);
  g_signal_connect (self->address_row, "changed", G_CALLBACK (on_clinic_text_changed_cb), self);
  g_signal_connect (self->phone_row, "changed", G_CALLBACK (on_clinic_text_changed_cb), self);
  g_signal_connect (self->clinician_row, "changed", G_CALLBACK (on_clinic_text_changed_cb), self);
  g_signal_connect_swapped (GET ("choose_logo_button"), "clicked",
                            G_CALLBACK (on_choose_logo_clicked_cb), self);
  g_signal_connect_swapped (self->remove_logo_button, "clicked",
                            G_CALLBACK (on_remove_logo_clicked_cb), self);
  g_signal_connect_swapped (self->reset_button, "clicked", G_CALLBACK (on_reset_clicked_cb), self);

  self->widget = physio_compat_preferences_new ();
  g_object_add_weak_pointer (G_OBJECT (self->widget), (gpointer *) &self->widget);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    physio_compat_preferences_add (self->widget, GET (pages[i]));
  /* The container keeps this object for as long as it lives; the handlers above use it. */
  g_object_set_data_full (G_OBJECT (self->widget), "physio-preferences", g_object_ref (self),
                          g_object_unref);

  return g_steal_pointer (&self);
}

#undef GET

void
physio_preferences_present (PhysioPreferences *self,
                            GtkWidget         *parent)
{
  g_return_if_fail (PHYSIO_IS_PREFERENCES (self));
  g_return_if_fail (self->widget != NULL);

  physio_compat_preferences_present (self->widget, parent);
}

GtkWidget *
physio_preferences_get_widget (PhysioPreferences *self)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  return self->widget;
}

AdwEntryRow *
_physio_preferences_get_name_row (PhysioPreferences *self)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  return self->clinician_row;
}

AdwEntryRow *
_physio_preferences_get_clinic_row (PhysioPreferences *self,
                                    const char        *field)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  if (g_strcmp0 (field, "name") == 0)
    return self->clinic_name_row;
  if (g_strcmp0 (field, "address") == 0)
    return self->address_row;
  if (g_strcmp0 (field, "phone") == 0)
    return self->phone_row;
  if (g_strcmp0 (field, "clinician") == 0)
    return self->clinician_row;
  g_return_val_if_reached (NULL);
}

AdwComboRow *
_physio_preferences_get_choice_row (PhysioPreferences *self,
                                    const char        *key)
{
  AdwComboRow *rows[] = { self->paper_row, self->weight_row, self->distance_row,
                          self->language_row };

  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (rows[i]), "physio-key"), key) == 0)
      return rows[i];
  g_return_val_if_reached (NULL);
}

GtkSpinButton *
_physio_preferences_get_param_spin (PhysioPreferences  *self,
                                    const char         *key,
                                    AdwActionRow      **row)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  for (guint i = 0; i < self->n_params; i++)
    if (g_strcmp0 (self->params_info[i].key, key) == 0)
      {
        if (row != NULL)
          *row = self->param_rows[i];
        return self->param_spins[i];
      }
  g_return_val_if_reached (NULL);
}

GtkButton *
_physio_preferences_get_reset_button (PhysioPreferences *self)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  return self->reset_button;
}

GtkTextView *
_physio_preferences_get_wording_view (PhysioPreferences  *self,
                                      const char         *instrument,
                                      GtkButton         **save,
                                      GtkLabel          **message)
{
  g_return_val_if_fail (PHYSIO_IS_PREFERENCES (self), NULL);

  for (guint i = 0; i < N_WORDING; i++)
    if (g_strcmp0 (physio_instrument_to_code (wording_instruments[i]), instrument) == 0)
      {
        if (save != NULL)
          *save = self->wording_saves[i];
        if (message != NULL)
          *message = self->wording_messages[i];
        return self->wording_views[i];
      }
  g_return_val_if_reached (NULL);
}

/* test-preferences.c: Preferences reach the database and GSettings, and the shortcuts window
 * lists every key the application sets
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>

#include "physio-application.h"
#include "physio-compat.h"
#include "physio-database-clinic.h"
#include "physio-licensed-wording.h"
#include "physio-preferences.h"
#include "physio-screenshot.h"
#include "physio-settings.h"
#include "physio-units.h"
#include "ui-test-util.h"

typedef struct
{
  char              *dir;
  PhysioDatabase    *database;
  PhysioPreferences *preferences;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ui_test_make_dir ("physio-preferences-XXXXXX");
  fixture->database = ui_test_open_database (fixture->dir);
  fixture->preferences = physio_preferences_new (fixture->database);
  physio_preferences_present (fixture->preferences, NULL);
  ui_test_wait_for_mapped (physio_preferences_get_widget (fixture->preferences));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (physio_preferences_get_widget (fixture->preferences) != NULL)
    physio_compat_preferences_close (physio_preferences_get_widget (fixture->preferences));
  g_clear_object (&fixture->preferences);
  ui_test_destroy_toplevels ();
  g_clear_object (&fixture->database);

  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
get_clinic (Fixture      *fixture,
            PhysioClinic *clinic)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (physio_database_get_clinic (fixture->database, clinic, &error));
  g_assert_no_error (error);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
set_logo (Fixture    *fixture,
          const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  _physio_preferences_set_logo_file (fixture->preferences, file);
}

static void
test_clinic_fields (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(PhysioClinic) clinic = { 0 };

  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_clinic_row (fixture->preferences,
                                                                           "name")),
                         "Riverside Physiotherapy");
  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_clinic_row (fixture->preferences,
                                                                           "address")),
                         "1 Mill Lane");
  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_clinic_row (fixture->preferences,
                                                                           "phone")),
                         "01234 567890");
  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_name_row (fixture->preferences)),
                         " Sam Ortiz ");

  get_clinic (fixture, &clinic);
  g_assert_cmpstr (clinic.name, ==, "Riverside Physiotherapy");
  g_assert_cmpstr (clinic.address, ==, "1 Mill Lane");
  g_assert_cmpstr (clinic.phone, ==, "01234 567890");
  g_assert_cmpstr (clinic.clinician, ==, "Sam Ortiz");
}

static void
test_logo (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autofree char *fake = write_file (fixture, "logo.png", "not an image at all", -1);
  g_autofree char *png = g_build_filename (fixture->dir, "real.png", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "gone.png", NULL);
  cairo_surface_t *surface;
  const char *message;

  /* A file named .png that is not one is refused, with what to do, and nothing is stored. */
  set_logo (fixture, fake);
  message = _physio_preferences_get_logo_message (fixture->preferences);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "not a PNG, JPEG or SVG image"));
  get_clinic (fixture, &clinic);
  g_assert_null (clinic.logo);
  physio_clinic_clear (&clinic);

  set_logo (fixture, missing);
  g_assert_nonnull (strstr (_physio_preferences_get_logo_message (fixture->preferences),
                            "could not be read"));

  /* A real image is stored as it is, and the message goes. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 20);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  set_logo (fixture, png);
  g_assert_null (_physio_preferences_get_logo_message (fixture->preferences));
  get_clinic (fixture, &clinic);
  g_assert_nonnull (clinic.logo);
  g_assert_cmpstr (clinic.logo_type, ==, "image/png");
  physio_clinic_clear (&clinic);

  /* A refused file after that keeps the logo already there. */
  set_logo (fixture, fake);
  get_clinic (fixture, &clinic);
  g_assert_nonnull (clinic.logo);
}

static void
test_progression (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autofree char *defaults_text = NULL;
  g_autofree char *stored_text = NULL;
  PhysioRuleParams defaults;
  GtkSpinButton *window_spin;
  GtkSpinButton *safe_spin;
  AdwActionRow *safe_row;

  physio_rule_params_init_defaults (&defaults);
  defaults_text = physio_rule_params_to_string (&defaults);
  window_spin = _physio_preferences_get_param_spin (fixture->preferences, "window_days", NULL);
  safe_spin = _physio_preferences_get_param_spin (fixture->preferences, "zone_safe_max",
                                                  &safe_row);
  g_assert_cmpfloat (gtk_spin_button_get_value (window_spin), ==, defaults.window_days);

  /* A change is stored for new programmes. */
  gtk_spin_button_set_value (window_spin, defaults.window_days + 7);
  get_clinic (fixture, &clinic);
  g_assert_cmpuint (clinic.rule_params.window_days, ==, defaults.window_days + 7);
  physio_clinic_clear (&clinic);

  /* A safe zone above the acceptable one is refused at its field and not stored. */
  gtk_spin_button_set_value (safe_spin, defaults.zone_acceptable_max + 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (safe_row), "error"));
  g_assert_nonnull (adw_action_row_get_subtitle (safe_row));
  get_clinic (fixture, &clinic);
  g_assert_cmpuint (clinic.rule_params.zone_safe_max, ==, defaults.zone_safe_max);
  physio_clinic_clear (&clinic);

  /* Reset brings every default back, in the store and on screen. */
  g_signal_emit_by_name (_physio_preferences_get_reset_button (fixture->preferences), "clicked");
  get_clinic (fixture, &clinic);
  stored_text = physio_rule_params_to_string (&clinic.rule_params);
  g_assert_cmpstr (stored_text, ==, defaults_text);
  g_assert_cmpfloat (gtk_spin_button_get_value (window_spin), ==, defaults.window_days);
  g_assert_cmpfloat (gtk_spin_button_get_value (safe_spin), ==, defaults.zone_safe_max);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (safe_row), "error"));
}

static void
test_licensed_wording (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *stored = NULL;
  GtkTextView *view;
  GtkButton *save;
  GtkLabel *message;

  view = _physio_preferences_get_wording_view (fixture->preferences, "RMDQ_24", &save, &message);
  g_assert_null (physio_licensed_wording_get (fixture->database, "RMDQ_24"));

  /* Too few lines: told how many, nothing stored, the text kept. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "one\ntwo\n", -1);
  g_signal_emit_by_name (save, "clicked");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "24"));
  g_assert_null (physio_licensed_wording_get (fixture->database, "RMDQ_24"));

  for (guint i = 1; i <= 24; i++)
    g_string_append_printf (text, "%u. Placeholder item %u\n", i, i);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text->str, -1);
  g_signal_emit_by_name (save, "clicked");
  stored = physio_licensed_wording_get (fixture->database, "RMDQ_24");
  g_assert_nonnull (stored);
  g_assert_true (g_str_has_prefix (stored, "Placeholder item 1\nPlaceholder item 2\n"));
  g_assert_true (g_str_has_suffix (stored, "Placeholder item 24\n"));
}

static void
test_handout_settings (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  /* As the application does at start: the core follows the unit keys from now on. */
  g_autoptr(GSettings) units = physio_settings_follow_units ();
  AdwComboRow *paper = _physio_preferences_get_choice_row (fixture->preferences, "paper-size");
  AdwComboRow *weight = _physio_preferences_get_choice_row (fixture->preferences, "weight-unit");
  AdwComboRow *distance = _physio_preferences_get_choice_row (fixture->preferences,
                                                              "distance-unit");
  AdwComboRow *language = _physio_preferences_get_choice_row (fixture->preferences,
                                                              "handout-language");
  g_autofree char *value = NULL;

  adw_combo_row_set_selected (paper, 2);
  value = g_settings_get_string (settings, "paper-size");
  g_assert_cmpstr (value, ==, "letter");
  g_clear_pointer (&value, g_free);

  g_assert_nonnull (units);
  g_assert_cmpint (physio_units_get_weight (), ==, PHYSIO_WEIGHT_KG);
  adw_combo_row_set_selected (weight, 1);
  value = g_settings_get_string (settings, "weight-unit");
  g_assert_cmpstr (value, ==, "lb");
  g_clear_pointer (&value, g_free);
  g_assert_cmpint (physio_units_get_weight (), ==, PHYSIO_WEIGHT_LB);

  adw_combo_row_set_selected (distance, 1);
  value = g_settings_get_string (settings, "distance-unit");
  g_assert_cmpstr (value, ==, "mi");
  g_clear_pointer (&value, g_free);
  g_assert_cmpint (physio_units_get_distance (), ==, PHYSIO_DISTANCE_IMPERIAL);

  /* The first language is "the application's", stored as ''; English is always there next. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (language)), >=, 2);
  adw_combo_row_set_selected (language, 1);
  value = g_settings_get_string (settings, "handout-language");
  g_assert_cmpstr (value, ==, "en");
  g_clear_pointer (&value, g_free);
  adw_combo_row_set_selected (language, 0);
  value = g_settings_get_string (settings, "handout-language");
  g_assert_cmpstr (value, ==, "");

  g_settings_reset (settings, "paper-size");
  g_settings_reset (settings, "weight-unit");
  g_settings_reset (settings, "distance-unit");
  g_assert_cmpint (physio_units_get_weight (), ==, PHYSIO_WEIGHT_KG);
  g_assert_cmpint (physio_units_get_distance (), ==, PHYSIO_DISTANCE_METRIC);
}

/* The shortcuts window ----------------------------------------------------------------------- */

typedef struct
{
  guint           keyval;
  GdkModifierType mods;
} Key;

static gboolean
keys_hold (GArray          *keys,
           guint            keyval,
           GdkModifierType  mods)
{
  keyval = gdk_keyval_to_lower (keyval);
  for (guint i = 0; i < keys->len; i++)
    {
      Key *key = &g_array_index (keys, Key, i);

      if (key->keyval == keyval && key->mods == mods)
        return TRUE;
    }
  return FALSE;
}

static void
add_accelerators (GArray     *keys,
                  const char *accelerators)
{
  g_auto(GStrv) parts = g_strsplit (accelerators, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      Key key = { 0 };

      if (*parts[i] == '\0')
        continue;
      g_assert_true (gtk_accelerator_parse (parts[i], &key.keyval, &key.mods));
      key.keyval = gdk_keyval_to_lower (key.keyval);
      g_array_append_val (keys, key);
    }
}

/* What the shortcuts window lists: action names and key combinations. The .ui file is read as
 * XML rather than built: GTK 4.8 leaks a string for every section a shortcuts window gets,
 * which the sanitizer build would report against this test. */
typedef struct
{
  GHashTable *actions;
  GArray     *keys;
  char       *property;   /* the <property> being read, or NULL */
} ShortcutsReader;

static void
shortcuts_start_cb (GMarkupParseContext  *context,
                    const char           *element,
                    const char          **names,
                    const char          **values,
                    gpointer              data,
                    GError              **error)
{
  ShortcutsReader *reader = data;

  g_clear_pointer (&reader->property, g_free);
  if (g_str_equal (element, "property"))
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "name"))
        reader->property = g_strdup (values[i]);
}

static void
shortcuts_text_cb (GMarkupParseContext  *context,
                   const char           *text,
                   gsize                 length,
                   gpointer              data,
                   GError              **error)
{
  ShortcutsReader *reader = data;
  g_autofree char *value = g_strndup (text, length);

  if (g_strcmp0 (reader->property, "action-name") == 0)
    g_hash_table_add (reader->actions, g_steal_pointer (&value));
  else if (g_strcmp0 (reader->property, "accelerator") == 0)
    add_accelerators (reader->keys, value);
}

static void
shortcuts_end_cb (GMarkupParseContext  *context,
                  const char           *element,
                  gpointer              data,
                  GError              **error)
{
  ShortcutsReader *reader = data;

  g_clear_pointer (&reader->property, g_free);
}

static void
read_shortcuts_ui (GHashTable *actions,
                   GArray     *keys)
{
  static const GMarkupParser parser = { shortcuts_start_cb, shortcuts_end_cb, shortcuts_text_cb,
                                        NULL, NULL };
  ShortcutsReader reader = { actions, keys, NULL };
  g_autoptr(GBytes) ui = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  ui = g_resources_lookup_data (RESOURCE_BASE "/ui/physio-shortcuts.ui",
                                G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  context = g_markup_parse_context_new (&parser, 0, &reader, NULL);
  g_assert_true (g_markup_parse_context_parse (context, g_bytes_get_data (ui, NULL),
                                               g_bytes_get_size (ui), &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_free (reader.property);
}

static void
test_shortcuts_application (void)
{
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) keys = g_array_new (FALSE, TRUE, sizeof (Key));
  g_autoptr(PhysioApplication) application = physio_application_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) described = NULL;
  guint n_with_keys = 0;

  read_shortcuts_ui (listed, keys);

  /* Registering runs start-up, where the accelerators are set, without opening a window. */
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  described = gtk_application_list_action_descriptions (GTK_APPLICATION (application));
  for (guint i = 0; described[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application),
                                                                    described[i]);

      if (accels[0] == NULL)
        continue;
      n_with_keys++;
      if (!g_hash_table_contains (listed, described[i]))
        g_error ("The shortcuts window does not list %s (%s)", described[i], accels[0]);
    }
  g_assert_cmpuint (n_with_keys, >=, 10);
}

/* "GDK_CONTROL_MASK | GDK_SHIFT_MASK" → the mask. */
static GdkModifierType
parse_mask (const char *text)
{
  GdkModifierType mods = 0;

  if (strstr (text, "GDK_CONTROL_MASK") != NULL)
    mods |= GDK_CONTROL_MASK;
  if (strstr (text, "GDK_SHIFT_MASK") != NULL)
    mods |= GDK_SHIFT_MASK;
  if (strstr (text, "GDK_ALT_MASK") != NULL)
    mods |= GDK_ALT_MASK;
  return mods;
}

/* Keys bound in code (class bindings, shortcut controllers, key tables) rather than as
 * application accelerators, found in the sources so a new one cannot be forgotten. Keypad
 * twins of a listed key are the same key to a user. */
static void
test_shortcuts_bindings (void)
{
  const char *root = g_getenv ("PHYSIO_SOURCE_ROOT");
  g_autoptr(GArray) keys = g_array_new (FALSE, TRUE, sizeof (Key));
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folder = NULL;
  g_autoptr(GRegex) binding = NULL;
  g_autoptr(GRegex) parsed = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_found = 0;

  if (root == NULL)
    {
      g_test_skip ("PHYSIO_SOURCE_ROOT is not set");
      return;
    }

  read_shortcuts_ui (listed, keys);

  /* gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, ...),
   * gtk_keyval_trigger_new (GDK_KEY_Delete, 0) and { GDK_KEY_z, GDK_CONTROL_MASK, "..." }. */
  binding = g_regex_new ("(?:add_binding_action \\(widget_class,|keyval_trigger_new \\(|\\{)"
                         "\\s*GDK_KEY_(\\w+),\\s*([A-Z0-9_ |]+)[,)]", 0, 0, &error);
  g_assert_no_error (error);
  parsed = g_regex_new ("trigger_parse_string \\(\"([^\"]+)\"\\)", 0, 0, &error);
  g_assert_no_error (error);

  folder = g_build_filename (root, "src", "ui", NULL);
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *source = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (!g_str_has_suffix (name, ".c"))
        continue;
      path = g_build_filename (folder, name, NULL);
      g_file_get_contents (path, &source, NULL, &error);
      g_assert_no_error (error);

      g_regex_match (binding, source, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *key_name = g_match_info_fetch (match, 1);
          g_autofree char *mask = g_match_info_fetch (match, 2);
          guint keyval = gdk_keyval_from_name (key_name);

          g_assert_cmpuint (keyval, !=, GDK_KEY_VoidSymbol);
          n_found++;
          if (!g_str_has_prefix (key_name, "KP_") &&
              !keys_hold (keys, keyval, parse_mask (mask)))
            {
              g_autofree char *shown = gtk_accelerator_name (keyval, parse_mask (mask));

              g_error ("%s binds %s, which the shortcuts window does not list", name, shown);
            }
          g_match_info_next (match, NULL);
        }
      g_clear_pointer (&match, g_match_info_free);

      g_regex_match (parsed, source, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *accelerator = g_match_info_fetch (match, 1);
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &mods));
          n_found++;
          if (!keys_hold (keys, keyval, mods))
            g_error ("%s binds %s, which the shortcuts window does not list", name, accelerator);
          g_match_info_next (match, NULL);
        }
    }

  /* The search itself must find the bindings it is meant to check. */
  g_assert_cmpuint (n_found, >=, 20);
}

/* Screenshots for review: PHYSIO_TEST_SCREENSHOTS=folder, with the theme given by
 * PHYSIO_TEST_THEME (light, dark or high-contrast). Never part of a normal run. */
static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *folder = g_getenv ("PHYSIO_TEST_SCREENSHOTS");
  const char *theme = g_getenv ("PHYSIO_TEST_THEME");
  GtkWidget *widget = physio_preferences_get_widget (fixture->preferences);
  const char *pages[] = { "clinic", "handout", "progression", "outcomes" };
  g_autofree char *png = g_build_filename (fixture->dir, "logo.png", NULL);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (folder == NULL || *folder == '\0')
    {
      g_test_skip ("PHYSIO_TEST_SCREENSHOTS is not set");
      return;
    }
  if (theme == NULL)
    theme = "light";
  if (g_strcmp0 (theme, "dark") == 0)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);

  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_clinic_row (fixture->preferences,
                                                                           "name")),
                         "Riverside Physiotherapy");
  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_clinic_row (fixture->preferences,
                                                                           "address")),
                         "1 Mill Lane, Riverside");
  gtk_editable_set_text (GTK_EDITABLE (_physio_preferences_get_clinic_row (fixture->preferences,
                                                                           "phone")),
                         "01234 567890");
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 60);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0.1, 0.45, 0.55);
  cairo_arc (cr, 30, 30, 26, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_rectangle (cr, 64, 10, 50, 40);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, png);
  cairo_surface_destroy (surface);
  set_logo (fixture, png);
  {
    g_autofree char *fake = write_file (fixture, "photo.png", "not an image", -1);

    set_logo (fixture, fake);
  }
  gtk_spin_button_set_value (_physio_preferences_get_param_spin (fixture->preferences,
                                                                 "zone_safe_max", NULL), 9);
  {
    GtkButton *save;
    GtkTextView *view = _physio_preferences_get_wording_view (fixture->preferences, "ODI_2_1a",
                                                              &save, NULL);

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view),
                              "Placeholder heading\nPlaceholder statement\n", -1);
    g_signal_emit_by_name (save, "clicked");
  }

  gtk_window_set_default_size (GTK_WINDOW (widget), 640, 760);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *file = g_strdup_printf ("preferences-%s-%s.png", pages[i], theme);
      g_autofree char *path = g_build_filename (folder, file, NULL);
      g_autoptr(GError) error = NULL;

      physio_compat_preferences_set_page (widget, pages[i]);
      ui_test_settle_frames (10);
      if (!physio_screenshot_save (widget, path, &error))
        g_test_message ("No screenshot: %s", error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/preferences/clinic-fields", Fixture, NULL,
              fixture_set_up, test_clinic_fields, fixture_tear_down);
  g_test_add ("/preferences/logo", Fixture, NULL, fixture_set_up, test_logo, fixture_tear_down);
  g_test_add ("/preferences/progression", Fixture, NULL,
              fixture_set_up, test_progression, fixture_tear_down);
  g_test_add ("/preferences/licensed-wording", Fixture, NULL,
              fixture_set_up, test_licensed_wording, fixture_tear_down);
  g_test_add ("/preferences/handout-settings", Fixture, NULL,
              fixture_set_up, test_handout_settings, fixture_tear_down);
  g_test_add_func ("/preferences/shortcuts-application", test_shortcuts_application);
  g_test_add_func ("/preferences/shortcuts-bindings", test_shortcuts_bindings);
  g_test_add ("/preferences/screenshot", Fixture, NULL,
              fixture_set_up, test_screenshot, fixture_tear_down);

  return g_test_run ();
}

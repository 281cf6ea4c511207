/* physio-compat.h: where GTK and libadwaita differ between the oldest stack we build on
 * (Debian bookworm: GTK 4.8, libadwaita 1.2) and newer ones (the Flatpak runtime)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Alerts: a heading, a body and response buttons. AdwAlertDialog with libadwaita 1.5 and
 * later, AdwMessageDialog before. AdwMessageDialog is deprecated in 1.6, and with libadwaita
 * 1.7 and GTK 4.18 it measures its heading below the label's minimum width, which GTK warns
 * about each time one is shown (a fatal warning in the tests).
 *
 * Both emit "response" (detailed by the response id) with the same arguments, so handlers
 * take the alert as a GtkWidget. */
GtkWidget            *physio_compat_alert_new                     (const char            *heading,
                                                                   const char            *body);
void                  physio_compat_alert_add_response            (GtkWidget             *alert,
                                                                   const char            *id,
                                                                   const char            *label);
void                  physio_compat_alert_set_response_appearance (GtkWidget             *alert,
                                                                   const char            *id,
                                                                   AdwResponseAppearance  appearance);
void                  physio_compat_alert_set_response_enabled    (GtkWidget             *alert,
                                                                   const char            *id,
                                                                   gboolean               enabled);
void                  physio_compat_alert_set_default_response    (GtkWidget             *alert,
                                                                   const char            *id);
void                  physio_compat_alert_set_close_response      (GtkWidget             *alert,
                                                                   const char            *id);
void                  physio_compat_alert_set_extra_child         (GtkWidget             *alert,
                                                                   GtkWidget             *child);
/* Shows @alert over @parent's window, modal. */
void                  physio_compat_alert_present                 (GtkWidget             *alert,
                                                                   GtkWidget             *parent);

/* For the tests. */
const char           *physio_compat_alert_get_heading             (GtkWidget             *alert);
const char           *physio_compat_alert_get_body                (GtkWidget             *alert);
AdwResponseAppearance physio_compat_alert_get_response_appearance (GtkWidget             *alert,
                                                                   const char            *id);
/* The alert open over @window, or NULL. */
GtkWidget            *physio_compat_alert_find                    (GtkWindow             *window);
/* Closes @alert at once, without emitting a response. */
void                  physio_compat_alert_close                   (GtkWidget             *alert);

/* Asks where to save a file, through the desktop portal where there is one (the Flatpak):
 * GtkFileDialog with GTK 4.10 and later, GtkFileChooserNative before. @done gets the chosen
 * file, or NULL when the user cancelled. */
typedef void (*PhysioCompatFileDone) (GFile    *file,
                                      gpointer  user_data);
void                  physio_compat_save_file                     (GtkWindow             *parent,
                                                                   const char            *title,
                                                                   const char            *suggested_name,
                                                                   PhysioCompatFileDone   done,
                                                                   gpointer               user_data);

/* Asks for a file to open among those @filter accepts (NULL: any file), through the portal
 * where there is one: GtkFileDialog with GTK 4.10 and later, GtkFileChooserNative before. @done gets the
 * chosen file, or NULL when the user cancelled. */
void                  physio_compat_open_file                     (GtkWindow             *parent,
                                                                   const char            *title,
                                                                   GtkFileFilter         *filter,
                                                                   PhysioCompatFileDone   done,
                                                                   gpointer               user_data);

/* The preferences: AdwPreferencesDialog with libadwaita 1.5 and later (AdwPreferencesWindow
 * is deprecated in 1.6), a modal AdwPreferencesWindow before. Pages are added once. */
GtkWidget            *physio_compat_preferences_new               (void);
void                  physio_compat_preferences_add               (GtkWidget             *preferences,
                                                                   AdwPreferencesPage    *page);
void                  physio_compat_preferences_add_toast         (GtkWidget             *preferences,
                                                                   AdwToast              *toast);
/* Shows @preferences over @parent's window. */
void                  physio_compat_preferences_present           (GtkWidget             *preferences,
                                                                   GtkWidget             *parent);
void                  physio_compat_preferences_set_page          (GtkWidget             *preferences,
                                                                   const char            *name);
/* Closes and destroys @preferences. */
void                  physio_compat_preferences_close             (GtkWidget             *preferences);

/* What the About dialog says. */
typedef struct
{
  const char         *application_name;
  const char         *application_icon;
  const char         *version;
  const char         *comments;
  const char         *developer_name;
  const char * const *developers;
  const char         *copyright;
  GtkLicense          license_type;
  const char         *website;
  const char         *issue_url;
} PhysioCompatAbout;

/* Shows the About dialog over @parent's window: AdwAboutDialog with libadwaita 1.5 and later
 * (AdwAboutWindow is deprecated there), AdwAboutWindow before. Returns the dialog. */
GtkWidget            *physio_compat_about_present                 (const PhysioCompatAbout *about,
                                                                   GtkWidget             *parent);

/* Shows the shortcuts window built from @resource (a GtkBuilder file whose object
 * "help_overlay" is a GtkShortcutsWindow) over @window, opened on @section (NULL: the first),
 * as the window's help overlay, so GTK shows the keys of the application's accelerators. Built
 * once per @window. The help overlay is deprecated in GTK 4.18 for libadwaita 1.8's
 * AdwShortcutsDialog, newer than the runtimes we build on (see HACKING.md). */
GtkWindow            *physio_compat_shortcuts_present             (GtkApplicationWindow  *window,
                                                                   const char            *resource,
                                                                   const char            *section);

G_END_DECLS

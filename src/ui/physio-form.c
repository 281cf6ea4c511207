/* physio-form.c: small helpers the editors and dialogs share to show what is wrong with a field
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-form.h"

/* The "error" style class on @widget, on or off. */
void
physio_form_mark_invalid (gpointer widget,
                          gboolean invalid)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (widget), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (widget), "error");
}

/* Shows @message in @error_row (hidden when @message is NULL) and marks @field, if any. */
void
physio_form_show_error (AdwActionRow *error_row,
                        GtkWidget    *field,
                        const char   *message)
{
  g_return_if_fail (ADW_IS_ACTION_ROW (error_row));

  if (message != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message);
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);

  if (field == NULL)
    return;
  physio_form_mark_invalid (field, message != NULL);
}

/* The row's subtitle says the allowed range while the value is good, and what is wrong with
 * it when it is not, so the message sits where the clinician is typing. */
void
physio_form_set_row_message (AdwActionRow *row,
                             const char   *message,
                             gboolean      invalid)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  escaped = g_markup_escape_text (message != NULL ? message : "", -1);
  adw_action_row_set_subtitle (row, escaped);
  physio_form_mark_invalid (row, invalid);
}

GtkWidget *
physio_form_check_row_new (const char  *title,
                           GtkWidget  **check)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_check_button_new ();

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (check != NULL, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), box);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), box);

  *check = box;
  return row;
}

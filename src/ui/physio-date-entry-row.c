/* physio-date-entry-row.c: a row where a date is typed or picked from a calendar
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "physio-date-entry-row.h"

struct _PhysioDateEntryRow
{
  AdwEntryRow     parent_instance;

  GtkMenuButton  *button;
  GtkCalendar    *calendar;

  /* Set while the calendar is moved to the row's date, which is not the clinician
   * picking a day. */
  gboolean        syncing;
};

G_DEFINE_FINAL_TYPE (PhysioDateEntryRow, physio_date_entry_row, ADW_TYPE_ENTRY_ROW)

enum {
  DATE_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
physio_date_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

char *
physio_date_format (const GDate *date)
{
  char buffer[128];

  if (date == NULL || !g_date_valid (date))
    return NULL;

  /* Day, month name and four-digit year read the same way everywhere, where "%x" is
   * 05/04/26 in one country and 04/05/26 in the next; %e pads the day with a space. */
  /* TRANSLATORS: a strftime () format for dates on screen ("4 May 2026"); keep the year in
   * four digits and the month in words, so the date reads back the same when typed. */
  if (g_date_strftime (buffer, sizeof buffer, _("%e %b %Y"), date) == 0)
    return NULL;

  return g_strdup (g_strstrip (buffer));
}

gboolean
physio_date_parse (const char *text,
                   GDate      *date)
{
  unsigned int year, month, day;
  char end;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);

  /* ISO dates first: g_date_set_parse () reads them by the locale's order of day and
   * month, which is right for 2026-05-04 only by luck. */
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3)
    {
      if (!g_date_valid_dmy (day, month, year))
        return FALSE;

      g_date_set_dmy (date, day, month, year);
      return TRUE;
    }

  g_date_set_parse (date, text);
  return g_date_valid (date);
}

void
physio_date_entry_row_set_date (PhysioDateEntryRow *self,
                                const GDate        *date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PHYSIO_IS_DATE_ENTRY_ROW (self));

  text = physio_date_format (date);
  gtk_editable_set_text (GTK_EDITABLE (self), text != NULL ? text : "");
}

gboolean
physio_date_entry_row_get_date (PhysioDateEntryRow *self,
                                GDate              *date)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATE_ENTRY_ROW (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  if (*text == '\0')
    {
      g_date_clear (date, 1);
      return TRUE;
    }

  return physio_date_parse (text, date);
}

static void
on_popover_show_cb (PhysioDateEntryRow *self,
                    GtkPopover         *popover)
{
  g_autoptr(GDateTime) shown = NULL;
  GDate date;

  /* Open on the date in the row, or on today for an empty or unreadable one. */
  if (!physio_date_entry_row_get_date (self, &date) || !g_date_valid (&date))
    physio_date_today (&date);

  shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->syncing = FALSE;
}

static void
on_day_selected_cb (PhysioDateEntryRow *self,
                    GtkCalendar        *calendar)
{
  g_autoptr(GDateTime) picked = NULL;
  GDate date;

  if (self->syncing)
    return;

  picked = gtk_calendar_get_date (calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked), g_date_time_get_year (picked));

  physio_date_entry_row_set_date (self, &date);
  gtk_menu_button_popdown (self->button);
  g_signal_emit (self, signals[DATE_PICKED], 0);
}

static void
physio_date_entry_row_class_init (PhysioDateEntryRowClass *klass)
{
  /**
   * PhysioDateEntryRow::date-picked:
   *
   * The clinician chose a day in the calendar; the text already shows it.
   */
  signals[DATE_PICKED] =
    g_signal_new ("date-picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
physio_date_entry_row_init (PhysioDateEntryRow *self)
{
  GtkWidget *popover;
  GtkWidget *calendar;
  GtkWidget *button;

  calendar = gtk_calendar_new ();
  self->calendar = GTK_CALENDAR (calendar);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self,
                           G_CONNECT_SWAPPED);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_show_cb), self,
                           G_CONNECT_SWAPPED);

  button = gtk_menu_button_new ();
  self->button = GTK_MENU_BUTTON (button);
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Pick a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick a Date"), -1);

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);
}

GtkWidget *
physio_date_entry_row_new (void)
{
  return g_object_new (PHYSIO_TYPE_DATE_ENTRY_ROW, NULL);
}

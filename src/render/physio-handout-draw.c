/* physio-handout-draw.c: measuring and drawing the handout's blocks, header and footer
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every block is drawn from its top left corner in points. Text goes through Pango with the
 * handout's own context, so what was measured is what is drawn. Colours are the print palette:
 * dark text on white, and nothing that needs colour to be understood (the pain guide's colours
 * carry their names, unscheduled days are shaded and crossed out).
 */

#define G_LOG_DOMAIN "physio-render"

#include "config.h"

#include <math.h>
#include "physio-i18n.h"

#include "physio-dose-text.h"
#include "physio-figure.h"
#include "physio-week-plan.h"
#include "physio-handout-private.h"
#include "physio-image.h"
#include "physio-ladder.h"
#include "physio-prescription.h"

#define PAD 8.0

static const double ink[3] = { 0.12, 0.13, 0.14 };
static const double muted[3] = { 0.35, 0.36, 0.38 };
static const double rule[3] = { 0.55, 0.56, 0.58 };
static const double shade[3] = { 0.90, 0.91, 0.92 };

static void
colour (cairo_t      *cr,
        const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static PangoLayout *
new_text (PhysioHandout *self,
          const char    *markup,
          double         size,
          gboolean       bold,
          double         width)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* A shaped paragraph, shared: every block is measured and then drawn, and the diary repeats
 * its labels week after week, so each text is shaped once. Callers must not change it. */
static PangoLayout *
text (PhysioHandout *self,
      const char    *markup,
      double         size,
      gboolean       bold,
      double         width)
{
  g_autofree char *key = g_strdup_printf ("%g|%d|%g|%s", size, bold, width, markup);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);

  if (layout == NULL)
    {
      layout = new_text (self, markup, size, bold, width);
      g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);
    }
  return g_object_ref (layout);
}

static PangoLayout *
plain (PhysioHandout *self,
       const char    *string,
       double         size,
       gboolean       bold,
       double         width)
{
  g_autofree char *markup = g_markup_escape_text (string != NULL ? string : "", -1);

  return text (self, markup, size, bold, width);
}

/* The same, unshared, for a caller that sets its alignment or height. */
static PangoLayout *
plain_new (PhysioHandout *self,
           const char    *string,
           double         size,
           gboolean       bold,
           double         width)
{
  g_autofree char *markup = g_markup_escape_text (string != NULL ? string : "", -1);

  return new_text (self, markup, size, bold, width);
}

static double
height_of (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static double
width_of (PangoLayout *layout)
{
  int w;

  pango_layout_get_size (layout, &w, NULL);
  return (double) w / PANGO_SCALE;
}

/* Draws @layout at (@x, @y) and returns its height; NULL draws nothing. */
static double
show (cairo_t      *cr,
      PangoLayout  *layout,
      double        x,
      double        y,
      const double  rgb[3])
{
  if (cr != NULL)
    {
      colour (cr, rgb);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return height_of (layout);
}

/* A paragraph of markup: height, and drawn when @cr is given. */
static double
paragraph (PhysioHandout *self,
           cairo_t       *cr,
           const char    *markup,
           double         size,
           gboolean       bold,
           double         x,
           double         y,
           double         width,
           const double   rgb[3])
{
  g_autoptr(PangoLayout) layout = text (self, markup, size, bold, width);

  return show (cr, layout, x, y, rgb);
}

/* One list item with a hanging "•" or "3." in front. */
static double
list_item (PhysioHandout *self,
           cairo_t       *cr,
           const char    *marker,
           const char    *markup,
           double         size,
           double         x,
           double         y,
           double         width)
{
  double indent = size * 1.6;
  g_autoptr(PangoLayout) mark = plain (self, marker, size, TRUE, indent);
  g_autoptr(PangoLayout) body = text (self, markup, size, FALSE, width - indent);

  show (cr, mark, x, y, ink);
  return show (cr, body, x + indent, y, ink);
}

static PhysioPrescription *
card_prescription (PhysioHandout *self,
                   Block         *block)
{
  return physio_programme_get_prescription (self->programme, block->index);
}

static guint
dose_week (PhysioHandout      *self,
           PhysioPrescription *p)
{
  return CLAMP (self->issue_week, physio_prescription_get_week_from (p),
                physio_prescription_get_week_to (p));
}

/* The week's dose as the card's week-by-week table shows it ("10 min, 3 times a day"). */
char *
_physio_handout_dose_cell (PhysioPrescription *p,
                           guint               week)
{
  return physio_dose_text_short (physio_prescription_get_dose_for_week (p, week),
                                 physio_prescription_get_dosage_kind (p),
                                 physio_prescription_get_laterality (p), TRUE);
}

static const char *
change_label (PhysioHandout *self,
              guint          position,
              const char   **mark)
{
  if (position >= self->changes->len)
    return NULL;
  switch (g_array_index (self->changes, PhysioHandoutChange, position))
    {
    /* A shape before the words, for a glance and in black and white. */
    case PHYSIO_HANDOUT_NEW:
      *mark = "★";
      return _("New");
    case PHYSIO_HANDOUT_HARDER:
      *mark = "▲";
      return _("A little harder");
    case PHYSIO_HANDOUT_EASIER:
      *mark = "▼";
      return _("A little easier");
    case PHYSIO_HANDOUT_SAME:
    default:
      return NULL;
    }
}

/* The text column of an exercise card: dose in words, steps, tips, caution, note. */
static double
card_text (PhysioHandout      *self,
           cairo_t            *cr,
           PhysioPrescription *p,
           double              x,
           double              y,
           double              width)
{
  PhysioExercise *exercise = physio_prescription_get_exercise (p);
  const char * const *steps = exercise != NULL ? physio_exercise_get_steps (exercise) : NULL;
  const char * const *cues = exercise != NULL ? physio_exercise_get_cues (exercise) : NULL;
  const char *caution = exercise != NULL ? physio_exercise_get_caution_text (exercise) : NULL;
  const char *note = physio_library_text (physio_prescription_get_note (p));
  double size = self->size.body, top = y;
  g_autofree char *words = physio_dose_format_words (
    physio_prescription_get_dose_for_week (p, dose_week (self, p)),
    physio_prescription_get_dosage_kind (p), physio_prescription_get_laterality (p));
  g_autofree char *words_markup = g_markup_printf_escaped ("<b>%s</b>", words);

  y += paragraph (self, cr, words_markup, size, FALSE, x, y, width, ink) + size * 0.4;
  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    {
      g_autofree char *marker = g_strdup_printf ("%u.", i + 1);
      g_autofree char *words_of_step = _physio_handout_patient_text (self,
                                                                     physio_library_text (steps[i]));
      g_autofree char *step = g_markup_escape_text (words_of_step, -1);

      y += list_item (self, cr, marker, step, size, x, y, width) + size * 0.2;
    }
  if (cues != NULL && cues[0] != NULL)
    {
      g_autoptr(GStrvBuilder) translated = g_strv_builder_new ();
      g_auto(GStrv) shown_cues = NULL;
      g_autofree char *cue_text = NULL;
      g_autofree char *joined = NULL;
      g_autofree char *markup = NULL;

      for (guint i = 0; cues[i] != NULL; i++)
        g_strv_builder_add (translated, physio_library_text (cues[i]));
      shown_cues = g_strv_builder_end (translated);
      cue_text = g_strjoinv (" · ", shown_cues);
      joined = _physio_handout_patient_text (self, cue_text);
      /* Translators: before the exercise's one or two cues on the handout. */
      markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Tips:"), joined);

      y += size * 0.2 + paragraph (self, cr, markup, size, FALSE, x, y, width, ink);
    }
  if (caution != NULL && *caution != '\0')
    {
      g_autofree char *words_of_caution = _physio_handout_patient_text (self,
                                                                        physio_library_text (caution));
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Take care:"),
                                                         words_of_caution);

      y += size * 0.3 + paragraph (self, cr, markup, size, FALSE, x, y, width, ink);
    }
  if (note != NULL && *note != '\0')
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s",
                                                         _("From your clinician:"), note);

      y += size * 0.3 + paragraph (self, cr, markup, size, FALSE, x, y, width, ink);
    }
  return y - top;
}

/* The dose week by week: equal weeks next to each other share a column ("Weeks 1–3"). */
static double
card_weeks (PhysioHandout      *self,
            cairo_t            *cr,
            PhysioPrescription *p,
            double              x,
            double              y,
            double              width)
{
  guint from = physio_prescription_get_week_from (p), to = physio_prescription_get_week_to (p);
  g_autoptr(GPtrArray) heads = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  double size = self->size.small, top = y;
  guint per_row = self->large_print ? 4 : 6;

  for (guint w = from; w <= to && w > 0; )
    {
      g_autofree char *cell = _physio_handout_dose_cell (p, w);
      guint last = w;

      while (last + 1 <= to)
        {
          g_autofree char *next = _physio_handout_dose_cell (p, last + 1);

          if (g_strcmp0 (next, cell) != 0)
            break;
          last++;
        }
      g_ptr_array_add (heads, last == w ? g_strdup_printf (_("Week %u"), w)
                                        : g_strdup_printf (_("Weeks %u–%u"), w, last));
      g_ptr_array_add (cells, g_steal_pointer (&cell));
      w = last + 1;
    }

  for (guint row = 0; row * per_row < cells->len; row++)
    {
      guint n = MIN (per_row, cells->len - row * per_row);
      double column = width / per_row, row_height = 0;

      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n; i++)
          {
            guint k = row * per_row + i;
            g_autoptr(PangoLayout) head = plain (self, heads->pdata[k], size, TRUE, column - 6);
            g_autoptr(PangoLayout) cell = plain (self, cells->pdata[k], size, FALSE, column - 6);
            double h = height_of (head) + height_of (cell) + 6;

            if (pass == 0)
              {
                row_height = MAX (row_height, h);
                continue;
              }
            if (cr == NULL)
              continue;
            cairo_rectangle (cr, x + i * column + 0.5, y + 0.5, column - 1, row_height);
            colour (cr, rule);
            cairo_set_line_width (cr, 0.6);
            cairo_stroke (cr);
            show (cr, head, x + i * column + 3, y + 3, muted);
            show (cr, cell, x + i * column + 3, y + 3 + height_of (head), ink);
          }
      y += row_height + 2;
    }
  return y - top;
}

static double
card (PhysioHandout *self,
      cairo_t       *cr,
      Block         *block,
      double         x,
      double         width)
{
  PhysioPrescription *p = card_prescription (self, block);
  PhysioExercise *exercise = physio_prescription_get_exercise (p);
  const PhysioFigure *figure = NULL;
  cairo_surface_t *image = NULL;
  const char *mark = NULL;
  const char *change = change_label (self, block->index, &mark);
  g_autofree char *title = NULL;
  double figure_w, text_x, text_w, y = PAD, body_h, title_h;
  guint number = 0;

  for (guint i = 0; i <= block->index; i++)
    if (physio_prescription_get_week_from (physio_programme_get_prescription (self->programme, i)) > 0 &&
        !physio_prescription_get_removed (physio_programme_get_prescription (self->programme, i)))
      number++;
  if (self->figure_images != NULL)
    image = g_hash_table_lookup (self->figure_images, physio_prescription_get_exercise_id (p));
  if (image == NULL && self->figures != NULL)
    figure = g_hash_table_lookup (self->figures, physio_prescription_get_exercise_id (p));

  title = change != NULL ?
    /* A light band behind the mark, so it stands out on the card even printed in grey. */
    g_markup_printf_escaped ("%u  %s   <span size='small' background='#dcdfe3'> %s %s </span>",
                             number,
                             exercise != NULL ? physio_library_text (physio_exercise_get_name (exercise)) : "",
                             mark, change) :
    g_markup_printf_escaped ("%u  %s", number,
                             exercise != NULL ? physio_library_text (physio_exercise_get_name (exercise)) : "");
  title_h = paragraph (self, cr, title, self->size.body * 1.15, TRUE, x + PAD, y, width - 2 * PAD,
                       ink);
  y += title_h + 4;

  figure_w = figure != NULL || image != NULL ? MIN (width * 0.32, self->size.figure * 1.35) : 0;
  text_x = x + PAD + (figure_w > 0 ? figure_w + PAD : 0);
  text_w = width - 2 * PAD - (figure_w > 0 ? figure_w + PAD : 0);
  body_h = card_text (self, cr, p, text_x, y, text_w);
  if (image != NULL)
    {
      if (cr != NULL)
        physio_image_draw_fitted (cr, image, x + PAD, y, figure_w, self->size.figure);
      body_h = MAX (body_h, self->size.figure);
    }
  else if (figure != NULL)
    {
      if (cr != NULL)
        {
          PhysioFigureStyle style;

          physio_figure_style_init_print (&style);
          cairo_save (cr);
          cairo_translate (cr, x + PAD, y);
          physio_figure_draw (cr, figure, figure_w, self->size.figure, &style);
          cairo_restore (cr);
        }
      body_h = MAX (body_h, self->size.figure);
    }
  y += body_h + 6;
  y += card_weeks (self, cr, p, x + PAD, y, width - 2 * PAD) + PAD - 2;

  if (cr != NULL)
    {
      cairo_rectangle (cr, x + 0.75, 0.75, width - 1.5, y - 1.5);
      colour (cr, rule);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  return y;
}

/* The calendar days of programme week @week, from the start date's weekday; without a start
 * date, Monday to Sunday. @weekday gets GDateWeekday values. */
static gboolean
week_days (PhysioHandout *self,
           guint          week,
           GDate          dates[7],
           GDateWeekday   weekday[7])
{
  const GDate *start = physio_programme_get_start_date (self->programme);

  for (guint d = 0; d < 7; d++)
    {
      if (start != NULL && g_date_valid (start))
        {
          dates[d] = *start;
          g_date_add_days (&dates[d], (week - 1) * 7 + d);
          weekday[d] = g_date_get_weekday (&dates[d]);
        }
      else
        {
          g_date_clear (&dates[d], 1);
          weekday[d] = G_DATE_MONDAY + d;
        }
    }
  return start != NULL && g_date_valid (start);
}

static const char *
weekday_name (GDateWeekday day)
{
  switch (day)
    {
    case G_DATE_MONDAY: return C_("day of the week, short", "Mon");
    case G_DATE_TUESDAY: return C_("day of the week, short", "Tue");
    case G_DATE_WEDNESDAY: return C_("day of the week, short", "Wed");
    case G_DATE_THURSDAY: return C_("day of the week, short", "Thu");
    case G_DATE_FRIDAY: return C_("day of the week, short", "Fri");
    case G_DATE_SATURDAY: return C_("day of the week, short", "Sat");
    case G_DATE_SUNDAY: return C_("day of the week, short", "Sun");
    case G_DATE_BAD_WEEKDAY:
    default: return "";
    }
}

/* A grid row: a label, then seven day cells. @boxes per scheduled day (0: a blank box to write
 * a number in), @days the scheduled days (Monday = bit 0). Returns the row's height: at least
 * @row_h, more when the label wraps. With a NULL @cr it only measures. */
static double
grid_row (PhysioHandout      *self,
          cairo_t            *cr,
          const char         *label,
          guint               boxes,
          PhysioDays          days,
          const GDateWeekday  weekday[7],
          double              x,
          double              y,
          double              label_w,
          double              cell_w,
          double              row_h)
{
  g_autoptr(GString) kept = g_string_new (label);
  g_autoptr(PangoLayout) name = NULL;

  /* A range such as "(0–10)" stays on one line: a word joiner after each dash. */
  g_string_replace (kept, "–", "–\u2060", 0);
  name = plain (self, kept->str, self->size.body * 0.9, FALSE, label_w - 6);

  row_h = MAX (row_h, height_of (name) + 6);
  if (cr == NULL)
    return row_h;

  show (cr, name, x + 3, y + (row_h - height_of (name)) / 2, ink);
  for (guint d = 0; d < 7; d++)
    {
      double cx = x + label_w + d * cell_w;
      gboolean on = (days & (1u << (weekday[d] - 1))) != 0;

      cairo_rectangle (cr, cx, y, cell_w, row_h);
      if (!on)
        {
          /* Not a day for it: shaded, and crossed so it reads in black and white. */
          colour (cr, shade);
          cairo_fill_preserve (cr);
          colour (cr, rule);
          cairo_set_line_width (cr, 0.5);
          cairo_stroke (cr);
          cairo_move_to (cr, cx + cell_w * 0.35, y + row_h * 0.5);
          cairo_line_to (cr, cx + cell_w * 0.65, y + row_h * 0.5);
          cairo_stroke (cr);
          continue;
        }
      colour (cr, rule);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      {
        double box_h = self->size.row * 0.55;
        guint n = boxes == 0 ? 1 : MIN (boxes, 4);
        double box = MIN (box_h, (cell_w - 6) / n - 3);
        double bw = boxes == 0 ? cell_w * 0.6 : box;
        double total = n * bw + (n - 1) * 3;

        for (guint b = 0; b < n; b++)
          cairo_rectangle (cr, cx + (cell_w - total) / 2 + b * (bw + 3) + 0.5,
                           y + (row_h - box) / 2 + 0.5, bw - 1, box - 1);
        colour (cr, ink);
        cairo_set_line_width (cr, 0.9);
        cairo_stroke (cr);
      }
    }
  return row_h;
}

static guint
sessions_per_day (PhysioPrescription *p,
                  guint               week)
{
  const PhysioDose *dose = physio_prescription_get_dose_for_week (p, week);

  return dose != NULL && dose->sessions_per_day > 0 ? dose->sessions_per_day : 1;
}

/* One week of the paper diary: the week's exercises with tick boxes on their days, then the
 * pain and walking rows. Laid out like the follow-up entry grid (rows of exercises, columns of
 * days), so typing it back in is a straight copy. */
static double
week_grid (PhysioHandout *self,
           cairo_t       *cr,
           guint          week,
           gboolean       diary,
           double         x,
           double         width)
{
  double label_w = width * 0.34, cell_w = (width - label_w) / 7, row_h = self->size.row;
  double y = 0;
  GDate dates[7];
  GDateWeekday weekday[7];
  gboolean dated = week_days (self, week, dates, weekday);

  if (diary)
    {
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autofree char *title = NULL;

      if (dated)
        {
          /* Month names from the handout language's catalogue, not the process's LC_TIME.
             TRANSLATORS: a day in a diary week's title, in strftime () notation: "5 Jan". */
          first = physio_i18n_format_date (C_("diary week", "%e %b"), &dates[0]);
          last = physio_i18n_format_date (C_("diary week", "%e %b"), &dates[6]);
          /* Translators: a diary week's title: week number, first and last day. */
          title = g_strdup_printf (_("Week %u: %s to %s"), week, g_strstrip (first),
                                   g_strstrip (last));
        }
      else
        title = g_strdup_printf (_("Week %u"), week);
      y += paragraph (self, cr, title, self->size.body, TRUE, x, y, width, ink) + 4;
    }

  /* The header: the days, with their dates when the programme has a start date; measured
   * too, as a narrow column (large print) puts the date under the day. */
  {
    double head_h = self->size.small * 1.25;

    for (guint d = 0; d < 7; d++)
      {
        g_autofree char *head = NULL;
        g_autoptr(PangoLayout) layout = NULL;

        /* Large print has no room for both on one line: the date goes under every day. */
        head = dated ? g_strdup_printf (self->large_print ? "%s\n%u" : "%s %u",
                                        weekday_name (weekday[d]), g_date_get_day (&dates[d]))
                     : g_strdup (weekday_name (weekday[d]));
        /* Measuring shares the shaped text (alignment does not change the height); drawing
         * centres a copy of its own. */
        layout = cr != NULL ? plain_new (self, head, self->size.small, TRUE, cell_w - 2)
                            : plain (self, head, self->size.small, TRUE, cell_w - 2);
        head_h = MAX (head_h, height_of (layout));
        if (cr != NULL)
          {
            pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
            show (cr, layout, x + label_w + d * cell_w + 1, y, muted);
          }
      }
    y += head_h + self->size.small * 0.35;
  }

  for (guint i = 0; i < physio_programme_get_n_prescriptions (self->programme); i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (self->programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (p);

      if (physio_prescription_get_removed (p) || !physio_prescription_is_active_in_week (p, week))
        continue;
      y += grid_row (self, cr, exercise != NULL ? physio_library_text (physio_exercise_get_name (exercise)) : "",
                     sessions_per_day (p, week), physio_prescription_get_days_in_week (p, week),
                     weekday, x, y, label_w, cell_w, row_h);
    }
  if (diary)
    {
      const char *rows[] = {
        _("Morning pain (0–10)"),
        _("Highest pain during exercise (0–10)"),
        _("Walking: minutes or steps"),
      };

      for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
        y += grid_row (self, cr, rows[r], 0, PHYSIO_DAYS_ALL, weekday, x, y, label_w, cell_w,
                       row_h);
    }
  return y;
}

/* The week plan at a glance: the follow-up view's drawing (src/render/physio-week-plan.c) in
 * the print palette, one row per exercise, that day's dose and a tick box in each scheduled
 * day. */
static double
week_plan (PhysioHandout *self,
           cairo_t       *cr,
           guint          week,
           double         x,
           double         width)
{
  g_autoptr(PhysioWeekPlanLayout) layout = NULL;
  PhysioRenderStyle style;
  guint rows = 0;
  double height;

  for (guint i = 0; i < physio_programme_get_n_prescriptions (self->programme); i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (self->programme, i);

      rows += !physio_prescription_get_removed (p) && physio_prescription_is_active_in_week (p, week);
    }
  /* A header row, two lines of dose per exercise, and the legend. The follow-up view's
   * drawing keeps its own print type: it sets each day's dose beside its tick box, which a
   * bigger font would run into in a seventh of the page. */
  height = self->size.row * 1.4 + MAX (rows, 1) * self->size.row * 1.7 + self->size.row;
  if (cr == NULL)
    return height;

  physio_render_style_init_print (&style);
  layout = physio_week_plan_layout (self->programme, week, NULL, width, height, &style);
  cairo_save (cr);
  cairo_translate (cr, x, 0);
  physio_week_plan_draw (cr, layout, &style);
  cairo_restore (cr);
  return height;
}

static double
red_flags (PhysioHandout *self,
           cairo_t       *cr,
           double         x,
           double         width)
{
  static const PhysioRedFlagLevel levels[] = {
    PHYSIO_RED_FLAG_URGENT, PHYSIO_RED_FLAG_SAME_DAY, PHYSIO_RED_FLAG_SOON,
  };
  double inner = width - 2 * PAD - 6, y = PAD, size = self->size.body;

  y += paragraph (self, cr, _("When to stop and get help"), self->size.heading, TRUE,
                  x + PAD + 6, y, inner, ink) + 4;
  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      const char *heading;
      const char * const *items = _physio_handout_red_flags (levels[l], &heading);
      g_autofree char *escaped = g_markup_escape_text (heading, -1);

      y += paragraph (self, cr, escaped, size, TRUE, x + PAD + 6, y, inner, ink) + 2;
      for (guint i = 0; items[i] != NULL; i++)
        {
          g_autofree char *item = g_markup_escape_text (items[i], -1);

          y += list_item (self, cr, "•", item, size * 0.92, x + PAD + 6, y, inner) + 1;
        }
      y += 5;
    }
  y += PAD - 5;
  if (cr != NULL)
    {
      /* A heavy frame and bar: the box must stand out in black and white. */
      cairo_rectangle (cr, x + 1.25, 1.25, width - 2.5, y - 2.5);
      colour (cr, ink);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
      cairo_rectangle (cr, x + 1.25, 1.25, 6, y - 2.5);
      cairo_fill (cr);
    }
  return y;
}

static double
pain_guide (PhysioHandout *self,
            cairo_t       *cr,
            double         x,
            double         width)
{
  static const double light[3][3] = {
    { 0.18, 0.49, 0.20 }, { 0.98, 0.66, 0.15 }, { 0.78, 0.16, 0.16 },
  };
  const char *label[3], *words[3];
  double y = 0, size = self->size.body, dot = size * 1.2;

  _physio_handout_pain_guide (label, words);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s.</b> %s", label[i], words[i]);
      double h;

      h = paragraph (self, cr, markup, size, FALSE, x + dot + 8, y, width - dot - 8, ink);
      if (cr != NULL)
        {
          /* One, two or three dots as well as the colour, for black-and-white printing. A new
           * path, or the arc would start with a line from where the text ended. */
          cairo_new_path (cr);
          cairo_arc (cr, x + dot / 2, y + dot / 2, dot / 2, 0, 2 * G_PI);
          cairo_set_source_rgb (cr, light[i][0], light[i][1], light[i][2]);
          cairo_fill_preserve (cr);
          colour (cr, ink);
          cairo_set_line_width (cr, 0.8);
          cairo_stroke (cr);
          for (guint k = 0; k <= i; k++)
            {
              cairo_arc (cr, x + dot / 2 + (k - i / 2.0) * dot * 0.28, y + dot / 2, dot * 0.09,
                         0, 2 * G_PI);
              cairo_set_source_rgb (cr, 1, 1, 1);
              cairo_fill (cr);
            }
        }
      y += MAX (h, dot) + size * 0.5;
    }
  {
    g_autofree char *footer = g_markup_escape_text (_physio_handout_pain_guide_footer (), -1);

    y += paragraph (self, cr, footer, size, FALSE, x, y, width, ink);
  }
  return y;
}

static double
cover (PhysioHandout *self,
       cairo_t       *cr,
       double         x,
       double         width)
{
  PhysioProgramme *programme = self->programme;
  const char *title = physio_library_text (physio_programme_get_title (programme));
  guint weeks = MAX (physio_programme_get_weeks (programme), 1);
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *span = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *how = NULL;
  double y = 0;

  escaped = g_markup_escape_text (title != NULL && *title != '\0' ? title : _("Your exercise plan"),
                                  -1);
  y += paragraph (self, cr, escaped, self->size.title, TRUE, x, y, width, ink) + 2;
  span = weeks == 1 ? g_strdup (_("A plan for one week")) :
                      g_strdup_printf (_("A plan for %u weeks"), weeks);
  {
    /* The stage the patient is in now: the phase of the week the handout is given in. */
    guint n_phases = 0;
    const PhysioPhase *phases = physio_programme_get_phases (programme, &n_phases);

    for (guint i = 0; i < n_phases; i++)
      if (phases[i].name != NULL && *phases[i].name != '\0' &&
          self->issue_week >= phases[i].week_from && self->issue_week <= phases[i].week_to)
        {
          char *longer;

          if (phases[i].week_from == phases[i].week_to)
            /* Translators: the plan's length, then its stage now: "A plan for 12 weeks ·
             * now Foundation, week 3". */
            longer = g_strdup_printf (_("%s · now %s, week %u"), span,
                                      physio_library_text (phases[i].name),
                                      phases[i].week_from);
          else
            /* Translators: the plan's length, then its stage now: "A plan for 12 weeks ·
             * now Foundation, weeks 1–4". */
            longer = g_strdup_printf (_("%s · now %s, weeks %u–%u"), span,
                                      physio_library_text (phases[i].name),
                                      phases[i].week_from, phases[i].week_to);
          g_free (span);
          span = longer;
          break;
        }
  }
  {
    g_autofree char *span_markup = g_markup_escape_text (span, -1);

    y += paragraph (self, cr, span_markup, self->size.body, FALSE, x, y, width, muted) + 8;
  }

  if (self->clinician != NULL && *self->clinician != '\0')
    {
      g_autofree char *line = g_markup_printf_escaped ("<b>%s</b> %s", _("Your clinician:"),
                                                       self->clinician);
      g_string_append (facts, line);
      if (self->contact != NULL && *self->contact != '\0')
        {
          g_autofree char *contact = g_markup_printf_escaped (" · %s", self->contact);

          g_string_append (facts, contact);
        }
      g_string_append_c (facts, '\n');
    }
  if (g_date_valid (&self->issued))
    {
      g_autofree char *date = _physio_handout_format_date (&self->issued);
      g_autofree char *line = g_markup_printf_escaped ("<b>%s</b> %s", _("Date given:"), date);

      g_string_append (facts, line);
    }
  if (g_date_valid (&self->review))
    {
      g_autofree char *date = _physio_handout_format_date (&self->review);
      g_autofree char *line = g_markup_printf_escaped ("   <b>%s</b> %s", _("Next review:"), date);

      g_string_append (facts, line);
    }
  if (facts->len > 0)
    y += paragraph (self, cr, facts->str, self->size.body, FALSE, x, y, width, ink) + 8;

  how = g_markup_escape_text (_physio_handout_how_to_use (), -1);
  y += paragraph (self, cr, how, self->size.body, FALSE, x, y, width, ink);
  return y;
}

/* Measuring is drawing without a surface: one code path, so the two always agree. */
static double
block_layout (PhysioHandout *self,
              cairo_t       *cr,
              Block         *block,
              double         x,
              double         width)
{
  switch (block->kind)
    {
    case BLOCK_COVER:
      return cover (self, cr, x, width);
    case BLOCK_HEADING:
      return paragraph (self, cr, block->markup, self->size.heading, TRUE, x, 0, width, ink);
    case BLOCK_PARAGRAPH:
      return paragraph (self, cr, block->markup, self->size.body, FALSE, x, 0, width, ink);
    case BLOCK_BULLETS:
      return list_item (self, cr, "•", block->items[0], self->size.body, x, 0, width);
    case BLOCK_NUMBERED:
      {
        g_autofree char *marker = g_strdup_printf ("%u.", block->index);
        g_autofree char *item = g_markup_escape_text (block->items[0], -1);

        return list_item (self, cr, marker, item, self->size.body, x, 0, width);
      }
    case BLOCK_RED_FLAGS:
      return red_flags (self, cr, x, width);
    case BLOCK_PAIN_GUIDE:
      return pain_guide (self, cr, x, width);
    case BLOCK_WEEK_PLAN:
      return week_plan (self, cr, block->index, x, width);
    case BLOCK_CARD:
      return card (self, cr, block, x, width);
    case BLOCK_DIARY_WEEK:
      return week_grid (self, cr, block->index, TRUE, x, width);
    default:
      g_assert_not_reached ();
    }
}

double
_physio_handout_measure (PhysioHandout *self,
                         Block         *block,
                         double         width)
{
  return block_layout (self, NULL, block, 0, width);
}

void
_physio_handout_draw_block (PhysioHandout *self,
                            cairo_t       *cr,
                            Block         *block,
                            double         x,
                            double         width)
{
  block_layout (self, cr, block, x, width);
}

/* The size of a clinic's logo: an image surface, or the recording surface physio_image_load ()
 * makes of a PNG, JPEG or SVG file. FALSE when there is none to draw. */
static gboolean
logo_extents (cairo_surface_t *logo,
              double          *width,
              double          *height)
{
  cairo_rectangle_t extents;

  if (logo == NULL || cairo_surface_status (logo) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  if (cairo_surface_get_type (logo) == CAIRO_SURFACE_TYPE_RECORDING)
    {
      if (!cairo_recording_surface_get_extents (logo, &extents))
        return FALSE;
      *width = extents.width;
      *height = extents.height;
    }
  else if (cairo_surface_get_type (logo) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      *width = cairo_image_surface_get_width (logo);
      *height = cairo_image_surface_get_height (logo);
    }
  else
    return FALSE;
  return *width > 0 && *height > 0;
}

/* The header and footer of every page: clinic, patient, page x of y; version and disclaimer. */
void
_physio_handout_draw_frame (PhysioHandout *self,
                            cairo_t       *cr,
                            guint          page)
{
  double x = self->margin, width = self->width - 2 * self->margin, top = self->margin;
  double bottom = self->height - self->margin, logo_w = 0, logo_h = 0, size = self->size.small;
  g_autofree char *pages = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autofree char *version = g_strdup_printf (_("Handout %s"), self->version);
  g_autoptr(PangoLayout) right = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autoptr(PangoLayout) id = NULL;
  g_autoptr(GString) clinic = g_string_new (NULL);

  colour (cr, ink);
  if (logo_extents (self->logo, &logo_w, &logo_h))
    {
      /* As tall as the three header lines, and never wider than a quarter of the page. */
      double box_h = self->header - 10, box_w = MIN (box_h * logo_w / logo_h, width * 0.25);

      box_h = MIN (box_h, box_w * logo_h / logo_w);
      if (cairo_surface_get_type (self->logo) == CAIRO_SURFACE_TYPE_RECORDING)
        physio_image_draw_fitted (cr, self->logo, x, top - 4, box_w, box_h);
      else
        {
          cairo_save (cr);
          cairo_translate (cr, x, top - 4);
          cairo_scale (cr, box_w / logo_w, box_h / logo_h);
          cairo_set_source_surface (cr, self->logo, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
        }
      logo_w = box_w + 8;
    }
  else
    logo_w = 0;
  if (self->clinic_name != NULL && *self->clinic_name != '\0')
    {
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", self->clinic_name);

      g_string_append (clinic, name);
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *line = i == 0 ? self->clinic_address : self->clinic_phone;

      if (line != NULL && *line != '\0')
        {
          g_autofree char *escaped = g_markup_escape_text (line, -1);

          g_string_append_printf (clinic, "%s%s", clinic->len > 0 ? "\n" : "", escaped);
        }
    }
  left = new_text (self, clinic->str, size, FALSE, width * 0.55 - logo_w);
  pango_layout_set_height (left, -2);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  show (cr, left, x + logo_w, top - 4, ink);

  {
    g_autofree char *who = g_markup_printf_escaped ("<b>%s</b>\n%s", self->patient, pages);

    right = new_text (self, who, size, FALSE, width * 0.45);
    pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
    show (cr, right, x + width * 0.55, top - 4, ink);
  }
  colour (cr, rule);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, top + self->header - 8);
  cairo_line_to (cr, x + width, top + self->header - 8);
  cairo_stroke (cr);

  cairo_move_to (cr, x, bottom - self->footer + 6);
  cairo_line_to (cr, x + width, bottom - self->footer + 6);
  cairo_stroke (cr);
  id = plain (self, version, size * 0.9, FALSE, -1);
  footer = plain (self, self->disclaimer, size * 0.9, FALSE, width - width_of (id) - 12);
  show (cr, footer, x, bottom - self->footer + 10, muted);
  show (cr, id, x + width - width_of (id), bottom - self->footer + 10, muted);
}

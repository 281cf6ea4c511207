/* physio-handout.c: what goes into a handout, in what order, and on which page
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-render"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include "physio-i18n.h"
#include <glib/gstdio.h>

#include "physio-handout-private.h"
#include "physio-ladder.h"
#include "physio-prescription.h"

G_DEFINE_FINAL_TYPE (PhysioHandout, physio_handout, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->markup);
  g_strfreev (block->items);
  g_free (block);
}

static void
physio_handout_finalize (GObject *object)
{
  PhysioHandout *self = PHYSIO_HANDOUT (object);

  g_clear_object (&self->programme);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_clear_pointer (&self->figures, g_hash_table_unref);
  g_clear_pointer (&self->figure_images, g_hash_table_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->changes, g_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_object (&self->pango);
  g_free (self->patient);
  g_free (self->clinic_name);
  g_free (self->clinic_address);
  g_free (self->clinic_phone);
  g_free (self->clinician);
  g_free (self->contact);
  g_free (self->title);
  g_free (self->language);
  g_free (self->version);
  g_free (self->disclaimer);

  G_OBJECT_CLASS (physio_handout_parent_class)->finalize (object);
}

static void
physio_handout_class_init (PhysioHandoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = physio_handout_finalize;
}

static void
physio_handout_init (PhysioHandout *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

static Block *
add_block (PhysioHandout *self,
           BlockKind      kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
add_heading (PhysioHandout *self,
             const char    *text,
             gboolean       new_page)
{
  Block *block = add_block (self, BLOCK_HEADING);

  block->markup = g_markup_escape_text (text, -1);
  block->page_break_before = new_page;
}

static void
add_list (PhysioHandout      *self,
          BlockKind           kind,
          const char * const *items)
{
  /* One block per item, so a long list may continue on the next page between items. */
  for (guint i = 0; items[i] != NULL; i++)
    {
      Block *block = add_block (self, kind);

      block->items = g_new0 (char *, 2);
      block->items[0] = g_strdup (items[i]);
      block->index = i + 1;
    }
}

/* A short, stable id of what was printed (every exercise with its content version and every
 * dose), so the same handout can be told apart from one with different contents. */
static char *
content_version (PhysioProgramme *programme)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *sum = NULL;

  g_string_append_printf (text, "%" G_GINT64_FORMAT ";%u;", physio_programme_get_id (programme),
                          physio_programme_get_weeks (programme));
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (p);

      g_string_append_printf (text, "%s@%u:", physio_prescription_get_exercise_id (p),
                              exercise != NULL ? physio_exercise_get_version (exercise) : 0);
      for (guint w = physio_prescription_get_week_from (p);
           w > 0 && w <= physio_prescription_get_week_to (p); w++)
        {
          g_autofree char *cell = physio_dose_format_cell (physio_prescription_get_dose_for_week (p, w),
                                                           physio_prescription_get_dosage_kind (p),
                                                           physio_prescription_get_laterality (p));
          g_string_append_printf (text, "%s/%x,", cell, physio_prescription_get_days_in_week (p, w));
        }
      g_string_append_c (text, ';');
    }
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, text->len);
  return g_strndup (sum, 8);
}

static gboolean
shown (PhysioPrescription *prescription)
{
  return !physio_prescription_get_removed (prescription) &&
         physio_prescription_get_week_from (prescription) > 0;
}

static void
build_blocks (PhysioHandout *self)
{
  PhysioProgramme *programme = self->programme;
  guint weeks = MAX (physio_programme_get_weeks (programme), 1);
  Block *block;

  add_block (self, BLOCK_COVER);
  add_block (self, BLOCK_RED_FLAGS);

  add_heading (self, _("Your week plan"), FALSE);
  block = add_block (self, BLOCK_WEEK_PLAN);
  block->index = self->issue_week;

  add_heading (self, _("Your exercises"), FALSE);
  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    if (shown (physio_programme_get_prescription (programme, i)))
      add_block (self, BLOCK_CARD)->index = i;

  add_heading (self, _("Your pain guide"), FALSE);
  add_block (self, BLOCK_PAIN_GUIDE);

  add_heading (self, _("Staying active"), FALSE);
  add_list (self, BLOCK_BULLETS, _physio_handout_advice ());
  add_heading (self, _("If your back flares up"), FALSE);
  add_list (self, BLOCK_NUMBERED, _physio_handout_flare_up_plan ());

  add_heading (self, _("Your diary"), TRUE);
  block = add_block (self, BLOCK_PARAGRAPH);
  block->markup = g_markup_escape_text (_("Tick each exercise when you have done it. Each "
                                          "morning, write your pain from 0 (none) to 10 (the "
                                          "worst you can imagine)."), -1);
  for (guint week = 1; week <= weeks; week++)
    add_block (self, BLOCK_DIARY_WEEK)->index = week;
}

/* Places the blocks top to bottom, starting a new page when a block does not fit; a heading
 * goes with the block after it. */
static void
paginate (PhysioHandout *self)
{
  double width = self->width - 2 * self->margin;
  double top = self->margin + self->header;
  double bottom = self->height - self->margin - self->footer;
  double y = top;
  guint page = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];

      block->height = _physio_handout_measure (self, block, width);
    }

  /* The red-flag box belongs on the first page, after the cover; where the two do not fit
   * there (large print), it goes last, so it is on the last page instead, never in between. */
  {
    Block *cover = self->blocks->pdata[0], *flags = self->blocks->pdata[1];

    g_assert (cover->kind == BLOCK_COVER && flags->kind == BLOCK_RED_FLAGS);
    if (top + cover->height + self->size.gap + flags->height > bottom)
      {
        g_ptr_array_steal_index (self->blocks, 1);
        g_ptr_array_add (self->blocks, flags);
      }
  }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];
      double needed = block->height;

      if (block->kind == BLOCK_HEADING && i + 1 < self->blocks->len)
        needed += self->size.gap + ((Block *) self->blocks->pdata[i + 1])->height;

      if (y > top && (block->page_break_before || y + needed > bottom))
        {
          page++;
          y = top;
        }
      block->page = page;
      block->y = y;
      y += block->height + self->size.gap;
    }
  self->n_pages = page + 1;
}

static void
set_sizes (PhysioHandout *self)
{
  if (self->large_print)
    self->size = (HandoutSizes) { 16, 12, 20, 26, 150, 30, 14 };
  else
    self->size = (HandoutSizes) { 12, 9, 15, 21, 112, 24, 10 };

  if (self->paper == PHYSIO_PAPER_LETTER)
    {
      self->width = 612;
      self->height = 792;
    }
  else
    {
      self->width = 595.276;
      self->height = 841.89;
    }
  self->margin = 40;
  /* Three lines of clinic name, address and phone above the rule. */
  self->header = self->size.small * 1.25 * 3 + 10;
  self->footer = self->large_print ? 50 : 40;
}

PhysioHandout *
physio_handout_new (const PhysioHandoutInput *input)
{
  PhysioHandout *self;
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options;
  const char *ui_language;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (input->programme), NULL);

  self = g_object_new (PHYSIO_TYPE_HANDOUT, NULL);
  self->programme = g_object_ref (input->programme);
  self->patient = g_strdup (input->patient_name != NULL ? input->patient_name : "");
  self->clinic_name = g_strdup (input->clinic_name);
  self->clinic_address = g_strdup (input->clinic_address);
  self->clinic_phone = g_strdup (input->clinic_phone);
  self->logo = input->clinic_logo != NULL ? cairo_surface_reference (input->clinic_logo) : NULL;
  self->clinician = g_strdup (input->clinician_name);
  self->contact = g_strdup (input->clinician_contact);
  self->issued = input->issued;
  self->review = input->review;
  self->figures = input->figures != NULL ? g_hash_table_ref (input->figures) : NULL;
  self->figure_images = input->figure_images != NULL ? g_hash_table_ref (input->figure_images)
                                                     : NULL;
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (input->exercise_names != NULL)
    {
      GHashTableIter iter;
      gpointer id, name;

      g_hash_table_iter_init (&iter, input->exercise_names);
      while (g_hash_table_iter_next (&iter, &id, &name))
        g_hash_table_insert (self->names, g_strdup (id), g_strdup (name));
    }
  for (guint i = 0; i < physio_programme_get_n_prescriptions (input->programme); i++)
    {
      PhysioExercise *exercise =
        physio_prescription_get_exercise (physio_programme_get_prescription (input->programme, i));

      if (exercise != NULL)
        g_hash_table_insert (self->names, g_strdup (physio_exercise_get_id (exercise)),
                             g_strdup (physio_exercise_get_name (exercise)));
    }
  self->paper = input->paper;
  self->large_print = input->large_print;
  self->language = input->language != NULL && *input->language != '\0' ?
                   g_strdup (input->language) : NULL;
  ui_language = physio_i18n_set_thread_language (self->language);
  self->changes = g_array_new (FALSE, TRUE, sizeof (PhysioHandoutChange));
  if (input->changes != NULL)
    g_array_append_vals (self->changes, input->changes,
                         physio_programme_get_n_prescriptions (input->programme));
  self->issue_week = physio_handout_issue_week (input->programme, &self->issued);
  self->version = content_version (input->programme);
  self->disclaimer = _physio_handout_disclaimer (self->patient, self->clinician, &self->issued);
  if (*self->patient != '\0')
    /* Translators: the PDF's title; %s is the patient's name. */
    self->title = g_strdup_printf (_("Exercise plan for %s"), self->patient);
  else
    self->title = g_strdup (_("Exercise plan"));

  /* Text is measured and drawn in points with unhinted metrics, so the layout is the same
   * on screen, in the PDF and on paper. */
  self->pango = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->pango, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);

  set_sizes (self);
  build_blocks (self);
  paginate (self);
  physio_i18n_set_thread_language (ui_language);
  return self;
}

guint
physio_handout_get_n_pages (PhysioHandout *self)
{
  g_return_val_if_fail (PHYSIO_IS_HANDOUT (self), 0);

  return self->n_pages;
}

void
physio_handout_get_page_size (PhysioHandout *self,
                              double        *width,
                              double        *height)
{
  g_return_if_fail (PHYSIO_IS_HANDOUT (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

const char *
physio_handout_get_title (PhysioHandout *self)
{
  g_return_val_if_fail (PHYSIO_IS_HANDOUT (self), NULL);

  return self->title;
}

void
physio_handout_draw_page (PhysioHandout *self,
                          cairo_t       *cr,
                          guint          page)
{
  const char *ui_language;

  g_return_if_fail (PHYSIO_IS_HANDOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  ui_language = physio_i18n_set_thread_language (self->language);
  cairo_save (cr);
  _physio_handout_draw_frame (self, cr, page);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];

      if (block->page != page)
        continue;
      cairo_save (cr);
      cairo_translate (cr, 0, block->y);
      _physio_handout_draw_block (self, cr, block, self->margin,
                                  self->width - 2 * self->margin);
      cairo_restore (cr);
    }
  cairo_restore (cr);
  physio_i18n_set_thread_language (ui_language);
}

gboolean
physio_handout_write_pdf (PhysioHandout  *self,
                          const char     *path,
                          GError        **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int fd;

  g_return_val_if_fail (PHYSIO_IS_HANDOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Beside the target, so the rename stays on one file system and is atomic; readable by the
   * user alone, as it holds a patient's name. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (temp, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write the handout to “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  surface = cairo_pdf_surface_create (temp, self->width, self->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Physioplan");
  cr = cairo_create (surface);
  for (guint page = 0; page < self->n_pages; page++)
    {
      physio_handout_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (temp);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO,
                   _("Could not write the handout to “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_unlink (temp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write the handout to “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* An exercise id in a text, with the brackets around it if any: "(FUN-02)", "COR-08". */
static GRegex *
reference_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("( ?\\()?\\b([A-Z]{3}-[0-9]{2,3})\\b(\\))?",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static gboolean
replace_reference (const GMatchInfo *info,
                   GString          *result,
                   gpointer          data)
{
  PhysioHandout *self = data;
  g_autofree char *open = g_match_info_fetch (info, 1);
  g_autofree char *id = g_match_info_fetch (info, 2);
  g_autofree char *close = g_match_info_fetch (info, 3);
  const char *name = g_hash_table_lookup (self->names, id);
  gboolean bracketed = open != NULL && *open != '\0' && close != NULL && *close != '\0';

  if (name != NULL)
    /* Translators: an exercise named inside a patient text ("As for “Bird dog”."). */
    g_string_append_printf (result, _("%s“%s”%s"), open != NULL ? open : "", name,
                            close != NULL ? close : "");
  else if (!bracketed)
    g_string_append_printf (result, "%s%s%s", open != NULL ? open : "", id,
                            close != NULL ? close : "");
  return FALSE;
}

char *
_physio_handout_patient_text (PhysioHandout *self,
                              const char    *text)
{
  if (text == NULL)
    return NULL;
  return g_regex_replace_eval (reference_regex (), text, -1, 0, 0, replace_reference, self, NULL);
}

GStrv
physio_handout_referenced_ids (PhysioProgramme *programme)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioExercise *exercise =
        physio_prescription_get_exercise (physio_programme_get_prescription (programme, i));
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      if (exercise == NULL)
        continue;
      g_ptr_array_add (texts, (gpointer) physio_exercise_get_caution_text (exercise));
      for (const char * const *t = physio_exercise_get_steps (exercise); t != NULL && *t; t++)
        g_ptr_array_add (texts, (gpointer) *t);
      for (const char * const *t = physio_exercise_get_cues (exercise); t != NULL && *t; t++)
        g_ptr_array_add (texts, (gpointer) *t);
      for (guint k = 0; k < texts->len; k++)
        {
          g_autoptr(GMatchInfo) info = NULL;

          if (texts->pdata[k] == NULL)
            continue;
          g_regex_match (reference_regex (), texts->pdata[k], 0, &info);
          for (; g_match_info_matches (info); g_match_info_next (info, NULL))
            {
              char *id = g_match_info_fetch (info, 2);

              g_ptr_array_add (ids, id);
              if (g_hash_table_add (seen, id))
                g_strv_builder_add (builder, id);
            }
        }
    }
  return g_strv_builder_end (builder);
}

PhysioPaper
physio_paper_for_locale (const char *locale)
{
  /* Where US Letter is the usual paper (the same list GTK and CUPS use). */
  static const char * const letter[] = {
    "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", NULL,
  };
  const char *territory;

  if (locale == NULL)
    locale = setlocale (LC_PAPER, NULL);
  if (locale == NULL || (territory = strchr (locale, '_')) == NULL)
    return PHYSIO_PAPER_A4;
  for (guint i = 0; letter[i] != NULL; i++)
    if (strncmp (territory + 1, letter[i], 2) == 0)
      return PHYSIO_PAPER_LETTER;
  return PHYSIO_PAPER_A4;
}

gboolean
physio_paper_from_name (const char  *name,
                        PhysioPaper *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (paper != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = PHYSIO_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0 || g_ascii_strcasecmp (name, "us-letter") == 0)
    *paper = PHYSIO_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

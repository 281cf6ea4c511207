/* test-handout.c: the patient handout as a PDF, read back with poppler; no display
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "physio-database.h"
#include "physio-dose-text.h"
#include "physio-database-patients.h"
#include "physio-figure-json.h"
#include "physio-handout-private.h"
#include "physio-ladder.h"
#include "physio-prescription.h"

/* Poppler before 23 (Debian bookworm) declares no g_autoptr cleanups of its own. */
typedef PopplerDocument TestDocument;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestDocument, g_object_unref)

#define PATIENT   "Zoë Testpatient"
#define CLINICIAN "Alex Clinician"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  GHashTable     *figures;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("physio-handout-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "physioplan.db", NULL);
  fixture->database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (physio_database_load_builtin_library (fixture->database, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->figures = physio_figure_json_read_builtin (&error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  g_clear_pointer (&fixture->figures, g_hash_table_unref);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The chronic template (12 weeks) cut down to its first @n exercises. */
static PhysioProgramme *
programme_of (Fixture *fixture,
              guint    n)
{
  g_autoptr(GError) error = NULL;
  GDate start;
  PhysioProgramme *programme;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  programme = physio_database_programme_from_template (fixture->database, "chronic", &start,
                                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (programme), >=, n);
  while (physio_programme_get_n_prescriptions (programme) > n)
    physio_programme_remove_prescription (programme,
                                          physio_programme_get_n_prescriptions (programme) - 1);
  return programme;
}

static void
input_for (Fixture            *fixture,
           PhysioProgramme    *programme,
           PhysioHandoutInput *input)
{
  *input = (PhysioHandoutInput) {
    .programme = programme,
    .patient_name = PATIENT,
    .clinic_name = "Harbour Physiotherapy",
    .clinic_address = "1 Quay Street",
    .clinic_phone = "01234 567890",
    .clinician_name = CLINICIAN,
    .clinician_contact = "alex@example.org",
    .figures = fixture->figures,
  };
  g_date_clear (&input->issued, 1);
  g_date_set_dmy (&input->issued, 5, G_DATE_JANUARY, 2026);
  g_date_clear (&input->review, 1);
  g_date_set_dmy (&input->review, 19, G_DATE_JANUARY, 2026);
}

static char *
pdf_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_object_unref (page);
      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* Collapses every run of white space to one space, so text wrapped in the PDF still matches. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) spaced = g_string_new (text);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  g_string_replace (spaced, "\u00a0", " ", 0);
  words = g_strsplit_set (spaced->str, " \n\t", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *flat = squeeze (needle);

  if (strstr (haystack, flat) == NULL)
    g_error ("The handout does not say “%s”", needle);
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return document;
}

/* A 12-week programme of 8 exercises: everything the patient needs is in the PDF, as text. */
static void
test_pdf_contents (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = programme_of (fixture, 8);
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(TestDocument) document = NULL;
  PopplerFontInfo *fonts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "handout.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *title = NULL;
  PopplerFontsIter *iter = NULL;
  PhysioHandoutInput input;
  double width, height;
  guint n_fonts = 0;

  input_for (fixture, programme, &input);
  handout = physio_handout_new (&input);
  g_assert_true (physio_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==,
                   physio_handout_get_n_pages (handout));
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 4);
  {
    PopplerPage *first = poppler_document_get_page (document, 0);

    poppler_page_get_size (first, &width, &height);
    g_object_unref (first);
    g_assert_cmpfloat_with_epsilon (width, 595.3, 0.5);
    g_assert_cmpfloat_with_epsilon (height, 841.9, 0.5);
  }

  raw = pdf_text (document);
  text = squeeze (raw);
  assert_contains (text, PATIENT);
  assert_contains (text, CLINICIAN);
  assert_contains (text, "Harbour Physiotherapy");
  assert_contains (text, "When to stop and get help");
  assert_contains (text, "Go to an emergency department straight away");
  assert_contains (text, "Your pain guide");
  assert_contains (text, "Your diary");
  assert_contains (text, "Morning pain (0–10)");
  assert_contains (text, "Week 12");
  assert_contains (text, "Page 1 of");
  /* The brisk walk's minutes, spelled out for the patient rather than "10′". */
  assert_contains (text, "10 min");
  assert_contains (text, "5 January 2026");
  for (guint i = 0; i < 8; i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (programme, i);
      guint from = physio_prescription_get_week_from (p), to = physio_prescription_get_week_to (p);
      g_autofree char *first = _physio_handout_dose_cell (p, from);
      g_autofree char *last = _physio_handout_dose_cell (p, to);

      assert_contains (text, physio_exercise_get_name (physio_prescription_get_exercise (p)));
      assert_contains (text, first);
      assert_contains (text, last);
    }

  /* Every font embedded, so the handout prints the same anywhere. */
  fonts = poppler_font_info_new (document);
  while (poppler_font_info_scan (fonts, 20, &iter))
    {
      if (iter == NULL)
        break;
      do
        {
          n_fonts++;
          if (!poppler_fonts_iter_is_embedded (iter))
            g_error ("Font %s is not embedded", poppler_fonts_iter_get_name (iter));
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  g_object_unref (fonts);
  g_assert_cmpuint (n_fonts, >, 0);

  /* The patient's name is in the title and nowhere else in the metadata. */
  title = poppler_document_get_title (document);
  g_assert_cmpstr (title, ==, "Exercise plan for " PATIENT);
  author = poppler_document_get_author (document);
  subject = poppler_document_get_subject (document);
  g_assert_true (author == NULL || strstr (author, "Zoë") == NULL);
  g_assert_true (subject == NULL || strstr (subject, "Zoë") == NULL);
}

/* No exercise card, diary week or red-flag box is ever split across pages, whatever the
 * number of exercises, the paper and the print size. */
static void
test_no_split (Fixture       *fixture,
               gconstpointer  data)
{
  static const guint counts[] = { 1, 5, 20 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    for (guint paper = PHYSIO_PAPER_A4; paper <= PHYSIO_PAPER_LETTER; paper++)
      for (guint large = 0; large <= 1; large++)
        {
          g_autoptr(PhysioProgramme) programme = programme_of (fixture, counts[c]);
          g_autoptr(PhysioHandout) handout = NULL;
          PhysioHandoutInput input;
          guint cards = 0;
          double bottom;

          input_for (fixture, programme, &input);
          input.paper = paper;
          input.large_print = large;
          handout = physio_handout_new (&input);
          bottom = handout->height - handout->margin - handout->footer;

          for (guint i = 0; i < handout->blocks->len; i++)
            {
              Block *block = handout->blocks->pdata[i];

              if (block->kind == BLOCK_CARD)
                cards++;
              g_assert_cmpuint (block->page, <, physio_handout_get_n_pages (handout));
              if (block->y + block->height > bottom + 0.01)
                g_error ("%u exercises, paper %u, large %u: block %u (kind %d) runs off page %u",
                         counts[c], paper, large, i, block->kind, block->page + 1);
            }
          g_assert_cmpuint (cards, ==, counts[c]);
          /* The red-flag box is on the first or the last page. */
          for (guint i = 0; i < handout->blocks->len; i++)
            {
              Block *block = handout->blocks->pdata[i];

              if (block->kind == BLOCK_RED_FLAGS)
                g_assert_true (block->page == 0 ||
                               block->page + 1 == physio_handout_get_n_pages (handout));
            }
        }
}

/* Large print gives bigger type on more pages. */
static void
test_large_print (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = programme_of (fixture, 8);
  g_autoptr(PhysioHandout) normal = NULL;
  g_autoptr(PhysioHandout) large = NULL;
  PhysioHandoutInput input;

  input_for (fixture, programme, &input);
  normal = physio_handout_new (&input);
  input.large_print = TRUE;
  large = physio_handout_new (&input);
  g_assert_cmpfloat (large->size.body, >=, 14);
  g_assert_cmpfloat (normal->size.body, >=, 12);
  g_assert_cmpuint (physio_handout_get_n_pages (large), >,
                    physio_handout_get_n_pages (normal));
}

/* Names that break naive layouts: very long, right-to-left, non-Latin, emoji. */
static void
test_hostile_text (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *names[] = {
    "Maximiliana-Konstantinopolitanischeдудельсаксофон Wolfeschlegelsteinhausenbergerdorff "
    "Featherstonehaugh-Cholmondeley-Marjoribanks von und zu Schwanstein-Hohenberg III",
    "דוד בן-גוריון", "محمد عبد الله", "山田 太郎", "Zoë 🙂🏃‍♀️ O’Brien",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PhysioProgramme) programme = programme_of (fixture, 3);
      g_autoptr(PhysioHandout) handout = NULL;
      g_autoptr(TestDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (fixture->dir, "hostile.pdf", NULL);
      g_autofree char *text = NULL;
      g_autofree char *title = NULL;
      PhysioHandoutInput input;

      physio_prescription_set_note (physio_programme_get_prescription (programme, 0), names[i]);
      physio_programme_set_title (programme, names[i]);
      input_for (fixture, programme, &input);
      input.patient_name = names[i];
      handout = physio_handout_new (&input);
      g_assert_true (physio_handout_write_pdf (handout, path, &error));
      g_assert_no_error (error);

      document = open_pdf (path);
      g_assert_cmpint (poppler_document_get_n_pages (document), ==,
                       physio_handout_get_n_pages (handout));
      title = poppler_document_get_title (document);
      g_assert_nonnull (strstr (title, names[i]));
      text = pdf_text (document);
      /* The long name wraps but is all there, word by word. */
      if (i == 0)
        {
          g_autofree char *flat = squeeze (text);

          assert_contains (flat, "Featherstonehaugh-Cholmondeley-Marjoribanks");
        }
    }
}

/* The patient reads exercise names, never library ids ("As for COR-08."), and a re-issued
 * handout marks its new, harder and easier exercises in words. */
static void
test_patient_words (Fixture       *fixture,
                    gconstpointer  data)
{
  static const PhysioHandoutChange changes[8] = {
    PHYSIO_HANDOUT_HARDER, PHYSIO_HANDOUT_SAME, PHYSIO_HANDOUT_NEW, PHYSIO_HANDOUT_SAME,
    PHYSIO_HANDOUT_EASIER,
  };
  g_autoptr(PhysioProgramme) programme = programme_of (fixture, 8);
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(TestDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) id = g_regex_new ("\\b[A-Z]{3}-[0-9]{2}\\b", 0, 0, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "words.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(GStrv) referenced = physio_handout_referenced_ids (programme);
  PhysioHandoutInput input;

  g_assert_true (g_strv_contains ((const char * const *) referenced, "COR-08"));
  input_for (fixture, programme, &input);
  input.changes = changes;
  handout = physio_handout_new (&input);
  g_assert_true (physio_handout_write_pdf (handout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = pdf_text (document);
  flat = squeeze (text);
  if (g_regex_match (id, flat, 0, NULL))
    g_error ("The handout shows an exercise id: %s", flat);
  assert_contains (flat, "As for “Bird dog - one limb at a time”");
  assert_contains (flat, "▲ A little harder");
  assert_contains (flat, "★ New");
  assert_contains (flat, "▼ A little easier");
}

/* A failed export leaves no file behind, not even a half-written temporary one. */
static void
test_failed_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = programme_of (fixture, 2);
  g_autoptr(PhysioHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *target = g_build_filename (locked, "handout.pdf", NULL);
  g_autoptr(GDir) listing = NULL;
  PhysioHandoutInput input;

  input_for (fixture, programme, &input);
  handout = physio_handout_new (&input);

  g_assert_false (physio_handout_write_pdf (handout, "/nonexistent-folder/handout.pdf", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/handout.pdf"));
  g_clear_error (&error);

  /* The rename at the end fails (a folder stands where the file should go): the finished
   * temporary file must not be left beside it. */
  {
    g_autofree char *folder = g_build_filename (fixture->dir, "taken.pdf", NULL);
    g_autoptr(GDir) top = NULL;
    const char *name;

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    g_assert_false (physio_handout_write_pdf (handout, folder, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    top = g_dir_open (fixture->dir, 0, NULL);
    while ((name = g_dir_read_name (top)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".taken.pdf"));
  }

  /* A folder the user cannot write to (root can, so only check the message when refused). */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (!physio_handout_write_pdf (handout, target, &error))
    {
      g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
      listing = g_dir_open (locked, 0, NULL);
      g_assert_null (g_dir_read_name (listing));
    }
  g_chmod (locked, 0700);
}

/* The doses of the week plan and the cards, in words a patient reads. */
static void
test_dose_text (void)
{
  static const struct
  {
    PhysioDosageKind kind;
    PhysioLaterality side;
    guint sets, reps, hold_s, duration_s, sessions;
    const char *load;
    gboolean with_load;
    const char *expected;
  } cases[] = {
    { PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_BILATERAL, 2, 10, 0, 0, 1, NULL, TRUE, "2 × 10" },
    { PHYSIO_DOSAGE_HOLD, PHYSIO_LATERALITY_BILATERAL, 0, 5, 10, 0, 1, NULL, TRUE, "5 × 10 s" },
    { PHYSIO_DOSAGE_DURATION, PHYSIO_LATERALITY_BILATERAL, 0, 0, 0, 600, 3, NULL, TRUE,
      "10 min, 3 times a day" },
    { PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_EACH_SIDE, 2, 12, 0, 0, 1, "light band", TRUE,
      "2 × 12 each side (light band)" },
    { PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_EACH_SIDE, 2, 12, 0, 0, 2, "light band", FALSE,
      "2 × 12 each side, 2 times a day" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_autofree char *text = NULL;
      g_autofree char *spaced = NULL;

      dose.sets = cases[i].sets;
      dose.reps = cases[i].reps;
      dose.hold_s = cases[i].hold_s;
      dose.duration_s = cases[i].duration_s;
      dose.sessions_per_day = cases[i].sessions;
      if (cases[i].load != NULL)
        {
          dose.load_kind = PHYSIO_LOAD_BAND;
          dose.band_level = PHYSIO_BAND_LIGHT;
          dose.load_text = g_strdup (cases[i].load);
        }
      text = physio_dose_text_short (&dose, cases[i].kind, cases[i].side, cases[i].with_load);
      /* No-break spaces keep numbers with their units; compare them as spaces. */
      g_assert_nonnull (strstr (text, "\u00a0"));
      spaced = squeeze (text);
      g_assert_cmpstr (spaced, ==, cases[i].expected);
    }
}

static void
test_paper (void)
{
  PhysioPaper paper;

  g_assert_cmpint (physio_paper_for_locale ("en_US.UTF-8"), ==, PHYSIO_PAPER_LETTER);
  g_assert_cmpint (physio_paper_for_locale ("en_CA"), ==, PHYSIO_PAPER_LETTER);
  g_assert_cmpint (physio_paper_for_locale ("en_GB.UTF-8"), ==, PHYSIO_PAPER_A4);
  g_assert_cmpint (physio_paper_for_locale ("de_DE.UTF-8"), ==, PHYSIO_PAPER_A4);
  g_assert_cmpint (physio_paper_for_locale ("C"), ==, PHYSIO_PAPER_A4);
  g_assert_true (physio_paper_from_name ("Letter", &paper));
  g_assert_cmpint (paper, ==, PHYSIO_PAPER_LETTER);
  g_assert_true (physio_paper_from_name ("a4", &paper));
  g_assert_cmpint (paper, ==, PHYSIO_PAPER_A4);
  g_assert_false (physio_paper_from_name ("a5", &paper));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/handout/pdf-contents", Fixture, NULL, fixture_set_up, test_pdf_contents,
              fixture_tear_down);
  g_test_add ("/handout/no-split", Fixture, NULL, fixture_set_up, test_no_split,
              fixture_tear_down);
  g_test_add ("/handout/large-print", Fixture, NULL, fixture_set_up, test_large_print,
              fixture_tear_down);
  g_test_add ("/handout/hostile-text", Fixture, NULL, fixture_set_up, test_hostile_text,
              fixture_tear_down);
  g_test_add ("/handout/failed-export", Fixture, NULL, fixture_set_up, test_failed_export,
              fixture_tear_down);
  g_test_add ("/handout/patient-words", Fixture, NULL, fixture_set_up, test_patient_words,
              fixture_tear_down);
  g_test_add_func ("/handout/paper", test_paper);
  g_test_add_func ("/handout/dose-text", test_dose_text);

  return g_test_run ();
}

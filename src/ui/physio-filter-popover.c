/* physio-filter-popover.c: the library filters (category, region, equipment, position, stage)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-filter-popover.h"

/* Two columns keep the 56 boxes within one screen without making the popover too wide for
 * the longest labels ("Pelvis and hip", "Table or counter"). */
#define N_COLUMNS 2

typedef struct
{
  PhysioVocabulary  vocab;
  const char       *title;
  /* Where the section's codes go in a PhysioExerciseQuery. */
  gsize             query_offset;
} SectionInfo;

static const SectionInfo sections[] = {
  { PHYSIO_VOCAB_CATEGORY,  N_("Category"),    G_STRUCT_OFFSET (PhysioExerciseQuery, categories) },
  { PHYSIO_VOCAB_REGION,    N_("Body Region"), G_STRUCT_OFFSET (PhysioExerciseQuery, regions) },
  { PHYSIO_VOCAB_EQUIPMENT, N_("Equipment"),   G_STRUCT_OFFSET (PhysioExerciseQuery, equipment) },
  { PHYSIO_VOCAB_POSITION,  N_("Position"),    G_STRUCT_OFFSET (PhysioExerciseQuery, positions) },
  { PHYSIO_VOCAB_STAGE,     N_("Stage"),       G_STRUCT_OFFSET (PhysioExerciseQuery, stages) },
};

struct _PhysioFilterPopover
{
  GtkPopover  parent_instance;

  /* Template widgets */
  GtkWidget  *clear_button;
  GtkBox     *sections_box;

  /* The check buttons of each section, in vocabulary order; the code of a button is its
   * "physio-code" data, a static string of the vocabulary table. */
  GPtrArray  *buttons[G_N_ELEMENTS (sections)];
  guint       n_active;
  gboolean    clearing;
};

G_DEFINE_FINAL_TYPE (PhysioFilterPopover, physio_filter_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_N_ACTIVE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
physio_filter_popover_new (void)
{
  return g_object_new (PHYSIO_TYPE_FILTER_POPOVER, NULL);
}

static guint
count_active (PhysioFilterPopover *self)
{
  guint n = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    for (guint i = 0; i < self->buttons[s]->len; i++)
      if (gtk_check_button_get_active (g_ptr_array_index (self->buttons[s], i)))
        n++;

  return n;
}

static void
update_state (PhysioFilterPopover *self)
{
  guint n_active = count_active (self);

  gtk_widget_set_sensitive (self->clear_button, n_active > 0);

  if (n_active != self->n_active)
    {
      self->n_active = n_active;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ACTIVE]);
    }
}

static void
on_check_button_toggled_cb (PhysioFilterPopover *self,
                            GtkCheckButton      *button)
{
  /* Clearing unchecks many boxes; the view should run one query, not one per box. */
  if (self->clearing)
    return;

  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_clear_button_clicked_cb (PhysioFilterPopover *self,
                            GtkButton           *button)
{
  physio_filter_popover_clear (self);
}

static char **
collect_codes (GPtrArray *buttons)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (buttons, i);

      if (gtk_check_button_get_active (button))
        {
          g_strv_builder_add (builder, g_object_get_data (G_OBJECT (button), "physio-code"));
          n++;
        }
    }

  /* NULL, not an empty list, means "no filter" to the store. */
  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

void
physio_filter_popover_fill_query (PhysioFilterPopover *self,
                                  PhysioExerciseQuery *query)
{
  g_return_if_fail (PHYSIO_IS_FILTER_POPOVER (self));
  g_return_if_fail (query != NULL);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      char ***list = G_STRUCT_MEMBER_P (query, sections[s].query_offset);

      g_clear_pointer (list, g_strfreev);
      *list = collect_codes (self->buttons[s]);
    }
}

guint
physio_filter_popover_get_n_active (PhysioFilterPopover *self)
{
  g_return_val_if_fail (PHYSIO_IS_FILTER_POPOVER (self), 0);

  return self->n_active;
}

void
physio_filter_popover_clear (PhysioFilterPopover *self)
{
  g_return_if_fail (PHYSIO_IS_FILTER_POPOVER (self));

  if (self->n_active == 0)
    return;

  self->clearing = TRUE;
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    for (guint i = 0; i < self->buttons[s]->len; i++)
      gtk_check_button_set_active (g_ptr_array_index (self->buttons[s], i), FALSE);
  self->clearing = FALSE;

  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
physio_filter_popover_set_active (PhysioFilterPopover *self,
                                  PhysioVocabulary     vocab,
                                  const char          *code,
                                  gboolean             active)
{
  g_return_val_if_fail (PHYSIO_IS_FILTER_POPOVER (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      if (sections[s].vocab != vocab)
        continue;

      for (guint i = 0; i < self->buttons[s]->len; i++)
        {
          GtkCheckButton *button = g_ptr_array_index (self->buttons[s], i);

          if (g_strcmp0 (g_object_get_data (G_OBJECT (button), "physio-code"), code) == 0)
            {
              gtk_check_button_set_active (button, active);
              return TRUE;
            }
        }
    }

  return FALSE;
}

static void
add_section (PhysioFilterPopover *self,
             guint                s)
{
  const PhysioVocabEntry *entries;
  guint n_entries = 0;
  GtkWidget *section;
  GtkWidget *heading;
  GtkWidget *grid;

  section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  heading = gtk_label_new (_(sections[s].title));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (section), heading);

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (grid),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (section), grid);

  self->buttons[s] = g_ptr_array_new ();
  entries = physio_vocab_entries (sections[s].vocab, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      GtkWidget *button;

      button = gtk_check_button_new_with_label (physio_vocab_label (sections[s].vocab,
                                                                    entries[i].code));
      g_object_set_data (G_OBJECT (button), "physio-code", (gpointer) entries[i].code);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_check_button_toggled_cb),
                               self, G_CONNECT_SWAPPED);
      /* Fill row by row, so that reading order and keyboard order agree. */
      gtk_grid_attach (GTK_GRID (grid), button, i % N_COLUMNS, i / N_COLUMNS, 1, 1);
      g_ptr_array_add (self->buttons[s], button);
    }

  gtk_box_append (self->sections_box, section);
}

static void
physio_filter_popover_dispose (GObject *object)
{
  PhysioFilterPopover *self = PHYSIO_FILTER_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_FILTER_POPOVER);

  G_OBJECT_CLASS (physio_filter_popover_parent_class)->dispose (object);
}

static void
physio_filter_popover_finalize (GObject *object)
{
  PhysioFilterPopover *self = PHYSIO_FILTER_POPOVER (object);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    g_clear_pointer (&self->buttons[s], g_ptr_array_unref);

  G_OBJECT_CLASS (physio_filter_popover_parent_class)->finalize (object);
}

static void
physio_filter_popover_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhysioFilterPopover *self = PHYSIO_FILTER_POPOVER (object);

  switch (prop_id)
    {
    case PROP_N_ACTIVE:
      g_value_set_uint (value, self->n_active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_filter_popover_class_init (PhysioFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_filter_popover_dispose;
  object_class->finalize = physio_filter_popover_finalize;
  object_class->get_property = physio_filter_popover_get_property;

  properties[PROP_N_ACTIVE] =
    g_param_spec_uint ("n-active", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-filter-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioFilterPopover, clear_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioFilterPopover, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_button_clicked_cb);
}

static void
physio_filter_popover_init (PhysioFilterPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    add_section (self, s);
}

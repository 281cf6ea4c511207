/* physio-i18n.c: translations in the interface language, or in a handout's own language
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gettext's language is the process's (LANGUAGE, LC_MESSAGES), and uselocale () would not
 * help: LANGUAGE outranks a thread's locale. A handout in another language than the window is
 * therefore read from our own compiled catalogue ($LOCALEDIR/<code>/LC_MESSAGES/physioplan.mo)
 * by the small reader below. A catalogue is read once, never changes after, and is kept for
 * the life of the process, so any thread may look in it; the table of catalogues is guarded
 * by a mutex and the thread's language is thread-local.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "physio-i18n.h"

#define MO_MAGIC 0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

typedef struct
{
  GBytes     *bytes;
  GHashTable *messages;   /* "ctx\004msgid" or "msgid" → (const char *) msgstr, plural forms NUL-separated */
  GHashTable *lengths;    /* same keys → GSIZE_TO_POINTER (length of the msgstr block) */
  char       *plural;     /* the Plural-Forms expression, or NULL */
} Catalogue;

static GMutex catalogues_lock;
static GHashTable *catalogues;   /* code → Catalogue * (NULL value: no catalogue) */
static GPrivate thread_language;  /* an interned code, or NULL */

const char *
physio_i18n_localedir (void)
{
  const char *dir = g_getenv ("PHYSIO_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static gboolean
is_english (const char *code)
{
  return g_str_equal (code, "en") || g_str_has_prefix (code, "en_") || g_str_equal (code, "C");
}

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, 4);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

static char *
header_plural (const char *header)
{
  const char *start = header != NULL ? strstr (header, "plural=") : NULL;
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen ("plural=");
  end = start;
  while (*end != '\0' && *end != ';' && *end != '\n')
    end++;
  return g_strndup (start, end - start);
}

/* Reads a .mo file; NULL for a missing or malformed one (every offset is checked). */
static Catalogue *
catalogue_read (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  Catalogue *catalogue;
  const guint8 *data;
  gsize size;
  guint32 magic, n, orig, trans;
  gboolean swapped;

  if (!g_file_get_contents (path, &contents, &size, NULL) || size < 28)
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), size);
  data = g_bytes_get_data (bytes, NULL);
  memcpy (&magic, data, 4);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return NULL;
  swapped = magic == MO_MAGIC_SWAPPED;
  n = read_u32 (data, 8, swapped);
  orig = read_u32 (data, 12, swapped);
  trans = read_u32 (data, 16, swapped);
  if (n > size / 16 || orig > size - (gsize) n * 8 || trans > size - (gsize) n * 8)
    return NULL;

  catalogue = g_new0 (Catalogue, 1);
  catalogue->messages = g_hash_table_new (g_str_hash, g_str_equal);
  catalogue->lengths = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_u32 (data, orig + i * 8, swapped);
      guint32 ooff = read_u32 (data, orig + i * 8 + 4, swapped);
      guint32 tlen = read_u32 (data, trans + i * 8, swapped);
      guint32 toff = read_u32 (data, trans + i * 8 + 4, swapped);

      /* Both strings, with their terminating NUL, must lie inside the file. */
      if (ooff >= size || olen >= size - ooff || data[ooff + olen] != '\0' ||
          toff >= size || tlen >= size - toff || data[toff + tlen] != '\0')
        continue;
      if (olen == 0)
        {
          catalogue->plural = header_plural ((const char *) data + toff);
          continue;
        }
      g_hash_table_insert (catalogue->messages, (char *) data + ooff, (char *) data + toff);
      g_hash_table_insert (catalogue->lengths, (char *) data + ooff, GSIZE_TO_POINTER (tlen));
    }
  catalogue->bytes = g_steal_pointer (&bytes);
  return catalogue;
}

static Catalogue *
catalogue_for (const char *code)
{
  Catalogue *catalogue;
  gpointer found;

  if (code == NULL || *code == '\0' || is_english (code) || strchr (code, '/') != NULL ||
      strstr (code, "..") != NULL)
    return NULL;

  g_mutex_lock (&catalogues_lock);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_lookup_extended (catalogues, code, NULL, &found))
    catalogue = found;
  else
    {
      g_autofree char *path = g_build_filename (physio_i18n_localedir (), code, "LC_MESSAGES",
                                                GETTEXT_PACKAGE ".mo", NULL);

      catalogue = catalogue_read (path);
      /* "de_AT" falls back to "de", as gettext does. */
      if (catalogue == NULL && strchr (code, '_') != NULL)
        {
          g_autofree char *base = g_strndup (code, strchr (code, '_') - code);
          g_autofree char *base_path = g_build_filename (physio_i18n_localedir (), base,
                                                         "LC_MESSAGES", GETTEXT_PACKAGE ".mo",
                                                         NULL);

          catalogue = catalogue_read (base_path);
        }
      g_hash_table_insert (catalogues, (char *) g_intern_string (code), catalogue);
    }
  g_mutex_unlock (&catalogues_lock);
  return catalogue;
}

/* A small evaluator for Plural-Forms expressions: C's ?: || && == != < > <= >= + - * / % !,
 * parentheses, n and decimal numbers. */
typedef struct
{
  const char *p;
  gulong      n;
  gboolean    bad;
} Expr;

static long parse_ternary (Expr *e);

static void
skip_space (Expr *e)
{
  while (*e->p == ' ' || *e->p == '\t')
    e->p++;
}

static gboolean
accept (Expr       *e,
        const char *token)
{
  skip_space (e);
  if (strncmp (e->p, token, strlen (token)) != 0)
    return FALSE;
  /* "<" is not "<=", "=" alone is not an operator we know. */
  if (strlen (token) == 1 && (token[0] == '<' || token[0] == '>' || token[0] == '!') &&
      e->p[1] == '=')
    return FALSE;
  e->p += strlen (token);
  return TRUE;
}

static long
parse_primary (Expr *e)
{
  long value;

  skip_space (e);
  if (accept (e, "!"))
    return !parse_primary (e);
  if (accept (e, "("))
    {
      value = parse_ternary (e);
      if (!accept (e, ")"))
        e->bad = TRUE;
      return value;
    }
  if (*e->p == 'n')
    {
      e->p++;
      return (long) e->n;
    }
  if (g_ascii_isdigit (*e->p))
    {
      char *end;

      value = strtol (e->p, &end, 10);
      e->p = end;
      return value;
    }
  e->bad = TRUE;
  return 0;
}

static long
parse_mul (Expr *e)
{
  long value = parse_primary (e);

  for (;;)
    {
      if (accept (e, "*"))
        value *= parse_primary (e);
      else if (accept (e, "/") || accept (e, "%"))
        {
          gboolean modulo = e->p[-1] == '%';
          long right = parse_primary (e);

          if (right == 0)
            {
              e->bad = TRUE;
              return 0;
            }
          value = modulo ? value % right : value / right;
        }
      else
        return value;
    }
}

static long
parse_add (Expr *e)
{
  long value = parse_mul (e);

  for (;;)
    {
      if (accept (e, "+"))
        value += parse_mul (e);
      else if (accept (e, "-"))
        value -= parse_mul (e);
      else
        return value;
    }
}

static long
parse_relation (Expr *e)
{
  long value = parse_add (e);

  for (;;)
    {
      if (accept (e, "<="))
        value = value <= parse_add (e);
      else if (accept (e, ">="))
        value = value >= parse_add (e);
      else if (accept (e, "<"))
        value = value < parse_add (e);
      else if (accept (e, ">"))
        value = value > parse_add (e);
      else
        return value;
    }
}

static long
parse_equality (Expr *e)
{
  long value = parse_relation (e);

  for (;;)
    {
      if (accept (e, "=="))
        value = value == parse_relation (e);
      else if (accept (e, "!="))
        value = value != parse_relation (e);
      else
        return value;
    }
}

static long
parse_and (Expr *e)
{
  long value = parse_equality (e);

  while (accept (e, "&&"))
    {
      long right = parse_equality (e);

      value = value && right;
    }
  return value;
}

static long
parse_or (Expr *e)
{
  long value = parse_and (e);

  while (accept (e, "||"))
    {
      long right = parse_and (e);

      value = value || right;
    }
  return value;
}

static long
parse_ternary (Expr *e)
{
  long condition = parse_or (e), yes, no;

  if (!accept (e, "?"))
    return condition;
  yes = parse_ternary (e);
  if (!accept (e, ":"))
    e->bad = TRUE;
  no = parse_ternary (e);
  return condition ? yes : no;
}

int
physio_i18n_eval_plural (const char *expression,
                         gulong      n)
{
  Expr e = { expression, n, FALSE };
  long value;

  g_return_val_if_fail (expression != NULL, -1);

  value = parse_ternary (&e);
  skip_space (&e);
  if (e.bad || *e.p != '\0' || value < 0 || value > 16)
    return -1;
  return (int) value;
}

static const char *
lookup (Catalogue  *catalogue,
        const char *key)
{
  const char *found;

  if (catalogue == NULL)
    return NULL;
  found = g_hash_table_lookup (catalogue->messages, key);
  return found != NULL && *found != '\0' ? found : NULL;
}

const char *
physio_i18n_translate (const char *code,
                       const char *msgid)
{
  const char *found;

  g_return_val_if_fail (msgid != NULL, NULL);

  found = lookup (catalogue_for (code), msgid);
  return found != NULL ? found : msgid;
}

const char *
physio_i18n_translate_plural (const char *code,
                              const char *msgid,
                              const char *msgid_plural,
                              gulong      n)
{
  Catalogue *catalogue = catalogue_for (code);
  const char *found = lookup (catalogue, msgid);
  gsize length;
  int form;

  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  if (found == NULL)
    return n == 1 ? msgid : msgid_plural;
  form = catalogue->plural != NULL ? physio_i18n_eval_plural (catalogue->plural, n) : -1;
  if (form < 0)
    form = n == 1 ? 0 : 1;
  length = GPOINTER_TO_SIZE (g_hash_table_lookup (catalogue->lengths, msgid));
  /* Step over the forms before ours, never past the end of the block. */
  for (const char *p = found; p < found + length; p += strlen (p) + 1)
    if (form-- == 0)
      return p;
  return found;
}

const char *
physio_i18n_set_thread_language (const char *code)
{
  const char *previous = g_private_get (&thread_language);

  g_private_set (&thread_language,
                 code != NULL && *code != '\0' ? (gpointer) g_intern_string (code) : NULL);
  return previous;
}

const char *
physio_i18n_get_thread_language (void)
{
  return g_private_get (&thread_language);
}

const char *
physio_gettext (const char *msgid)
{
  const char *code = g_private_get (&thread_language);

  if (code == NULL)
    return (g_dgettext) (GETTEXT_PACKAGE, msgid);
  return physio_i18n_translate (code, msgid);
}

const char *
physio_pgettext (const char *msgctxt_id,
                 gsize       msgid_offset)
{
  const char *code = g_private_get (&thread_language);
  const char *found;

  if (code == NULL)
    return g_dpgettext (GETTEXT_PACKAGE, msgctxt_id, msgid_offset);
  found = lookup (catalogue_for (code), msgctxt_id);
  return found != NULL ? found : msgctxt_id + msgid_offset;
}

const char *
physio_ngettext (const char *msgid,
                 const char *msgid_plural,
                 gulong      n)
{
  const char *code = g_private_get (&thread_language);

  if (code == NULL)
    return (g_dngettext) (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  return physio_i18n_translate_plural (code, msgid, msgid_plural, n);
}

const char *
physio_library_text (const char *text)
{
  const char *code = g_private_get (&thread_language);
  g_autofree char *key = NULL;
  const char *found;

  if (text == NULL || *text == '\0')
    return text;
  if (code == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, "exercise", text);
  key = g_strconcat ("exercise\004", text, NULL);
  found = lookup (catalogue_for (code), key);
  return found != NULL ? found : text;
}

char *
physio_i18n_format_decimal (double value,
                            int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *separator;
  char *dot;

  decimals = CLAMP (decimals, 0, 6);
  if (g_private_get (&thread_language) == NULL)
    return g_strdup_printf ("%.*f", decimals, value);
  g_snprintf (buffer, sizeof buffer, "%.*f", decimals, value);
  /* The process's LC_NUMERIC may have written ","; make it "." before swapping in ours. */
  dot = strpbrk (buffer, ".,");
  if (dot == NULL)
    return g_strdup (buffer);
  /* TRANSLATORS: the decimal separator of numbers on a handout: "1.5 kg" (use "," for
     "1,5 kg"). */
  separator = C_("decimal separator", ".");
  *dot = '\0';
  return g_strconcat (buffer, separator, dot + 1, NULL);
}

const char *
physio_i18n_month_name (GDateMonth month,
                        gboolean   abbreviated)
{
  static const char *const full[] = {
    NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
    NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
    NC_("month name", "October"), NC_("month name", "November"),
    NC_("month name", "December"),
  };
  static const char *const abbreviations[] = {
    NC_("month name, short", "Jan"), NC_("month name, short", "Feb"),
    NC_("month name, short", "Mar"), NC_("month name, short", "Apr"),
    NC_("month name, short", "May"), NC_("month name, short", "Jun"),
    NC_("month name, short", "Jul"), NC_("month name, short", "Aug"),
    NC_("month name, short", "Sep"), NC_("month name, short", "Oct"),
    NC_("month name, short", "Nov"), NC_("month name, short", "Dec"),
  };
  g_autofree char *key = NULL;

  key = g_strconcat (abbreviated ? "month name, short" : "month name", "\004",
                     (abbreviated ? abbreviations : full)[month - 1], NULL);
  return physio_pgettext (g_intern_string (key), strlen (abbreviated ? "month name, short"
                                                                      : "month name") + 1);
}

static const char *
weekday_name (GDateWeekday weekday,
              gboolean     abbreviated)
{
  static const char *const full[] = {
    NC_("day of the week", "Monday"), NC_("day of the week", "Tuesday"),
    NC_("day of the week", "Wednesday"), NC_("day of the week", "Thursday"),
    NC_("day of the week", "Friday"), NC_("day of the week", "Saturday"),
    NC_("day of the week", "Sunday"),
  };
  static const char *const abbreviations[] = {
    NC_("day of the week, short", "Mon"), NC_("day of the week, short", "Tue"),
    NC_("day of the week, short", "Wed"), NC_("day of the week, short", "Thu"),
    NC_("day of the week, short", "Fri"), NC_("day of the week, short", "Sat"),
    NC_("day of the week, short", "Sun"),
  };
  const char *context = abbreviated ? "day of the week, short" : "day of the week";
  g_autofree char *key = NULL;

  key = g_strconcat (context, "\004", (abbreviated ? abbreviations : full)[weekday - 1], NULL);
  return physio_pgettext (g_intern_string (key), strlen (context) + 1);
}

char *
physio_i18n_format_date (const char  *format,
                         const GDate *date)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (format != NULL, NULL);

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* Our own few directives rather than g_date_strftime (): names come from the catalogue,
   * and nothing is converted through the process's locale encoding. */
  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] != '%' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      switch (*++p)
        {
        case 'B': g_string_append (out, physio_i18n_month_name (g_date_get_month (date), FALSE)); break;
        case 'b': g_string_append (out, physio_i18n_month_name (g_date_get_month (date), TRUE)); break;
        case 'A': g_string_append (out, weekday_name (g_date_get_weekday (date), FALSE)); break;
        case 'a': g_string_append (out, weekday_name (g_date_get_weekday (date), TRUE)); break;
        case 'e': g_string_append_printf (out, "%u", g_date_get_day (date)); break;
        case 'd': g_string_append_printf (out, "%02u", g_date_get_day (date)); break;
        case 'm': g_string_append_printf (out, "%02u", (guint) g_date_get_month (date)); break;
        case 'Y': g_string_append_printf (out, "%u", g_date_get_year (date)); break;
        case 'y': g_string_append_printf (out, "%02u", g_date_get_year (date) % 100); break;
        case '%': g_string_append_c (out, '%'); break;
        default:
          /* A directive a GDate cannot answer (a time of day): kept as written. */
          g_string_append_c (out, '%');
          g_string_append_c (out, *p);
          break;
        }
    }
  return g_strdup (g_strstrip (out->str));
}

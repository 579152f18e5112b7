/* gy-card-reader.c — a pledge card from the text of its HWP document
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is what HWP or a web page gives when a card is copied out: an optional title
 * line, a header table of tab-separated label/value pairs, then □ sections. Lines are read
 * one by one into the card; the yearly rows and the money table are first kept raw, because
 * a yearly row may continue on a later line and the money table's columns depend on the
 * term, which only the whole card can tell.
 */
#define G_LOG_DOMAIN "gy-card-reader"

#include "config.h"

#include "gy-card-reader-private.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

/* A " : " makes a label only after a short text: "우리시 부담분 : 396백만원". */
#define MAX_LABEL_CHARS 15
/* Found text shown in a message is cut after this many characters. */
#define MAX_QUOTE_CHARS 40


static const struct {
  const char *name;   /* as printed */
  const char *bare;   /* without spaces */
  const char *alias;  /* another spelling seen in cards, without spaces */
} section_names[N_SECTIONS] = {
  [SECTION_OVERVIEW] = { "사업개요", "사업개요", NULL },
  [SECTION_ACHIEVEMENTS] = { "추진실적", "추진실적", NULL },
  [SECTION_YEARLY] = { "연차별 실적/계획", "연차별실적/계획", "연차별실적및계획" },
  [SECTION_MONEY] = { "연차별 투자수요", "연차별투자수요", NULL },
  [SECTION_PROBLEMS] = { "문제점 및 대응계획", "문제점및대응계획", "문제점및대응방안" },
  [SECTION_EFFECTS] = { "기대효과", "기대효과", NULL },
};

#define SECTION_LIST "□ 사업개요, □ 추진실적, □ 연차별 실적/계획, □ 연차별 투자수요, " \
                     "□ 문제점 및 대응계획, □ 기대효과"


G_DEFINE_QUARK (gy-card-reader-error-quark, gy_card_reader_error)

static void
raw_year_free (gpointer data)
{
  RawYear *raw = data;

  g_free (raw->label);
  g_string_free (raw->content, TRUE);
  g_string_free (raw->remarks, TRUE);
  g_free (raw);
}

static void
reader_init (Reader     *reader,
             const char *filename,
             GPtrArray  *terms)
{
  memset (reader, 0, sizeof *reader);
  reader->filename = filename;
  reader->terms = terms;
  reader->card = gy_card_new ();
  reader->section = N_SECTIONS;
  reader->unit = UNIT_MILLION;
  reader->raw_years = g_ptr_array_new_with_free_func (raw_year_free);
  reader->header_years = g_array_new (FALSE, FALSE, sizeof (int));
  reader->header_halves = g_array_new (FALSE, FALSE, sizeof (GyHalf));
  reader->raw_money = g_ptr_array_new_with_free_func ((GDestroyNotify) gy_card_reader_raw_money_free);
}

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->card, gy_card_free);
  g_clear_pointer (&reader->raw_years, g_ptr_array_unref);
  g_clear_pointer (&reader->header_years, g_array_unref);
  g_clear_pointer (&reader->header_halves, g_array_unref);
  g_clear_pointer (&reader->header_after_label, g_free);
  g_clear_pointer (&reader->raw_money, g_ptr_array_unref);
}

/* Messages */


/* Every message is "FILE:LINE: what was found (what was expected)". */
void
gy_card_reader_set_error_valist (GError            **error,
                                 const char         *filename,
                                 guint               line,
                                 GyCardReaderError   code,
                                 const char         *format,
                                 va_list             args)
{
  /* The formats are extracted for translation by the set_error:5 keyword. */
  g_autofree char *what = g_strdup_vprintf (g_dgettext (GETTEXT_PACKAGE, format), args);

  g_set_error (error, GY_CARD_READER_ERROR, code, "%s:%u: %s", filename, line, what);
}

/* Found text as a message shows it: short, cut with "…". */
char *
gy_card_reader_quote (const char *text)
{
  const char *end;

  if (g_utf8_strlen (text, -1) <= MAX_QUOTE_CHARS)
    return g_strdup (text);
  end = g_utf8_offset_to_pointer (text, MAX_QUOTE_CHARS);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* Small text helpers */

static gboolean
is_blank (const char *line)
{
  for (const char *p = line; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Skips the indentation of a line: spaces, tabs, no-break and ideographic spaces. */
static const char *
skip_indent (const char *line,
             guint      *n_indent)
{
  const char *p = line;

  *n_indent = 0;
  for (;;)
    {
      if (*p == ' ' || *p == '\t')
        p++;
      else if (g_str_has_prefix (p, "\u00a0"))
        p += strlen ("\u00a0");
      else if (g_str_has_prefix (p, "\u3000"))
        p += strlen ("\u3000");
      else
        break;
      (*n_indent)++;
    }
  return p;
}

/* Labels are compared without spaces: the card spaces short labels out ("과 제 명"). */
char *
gy_card_reader_without_spaces (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* Splits a table line into trimmed cells. */
char **
gy_card_reader_split_cells (const char *line,
             guint      *n_cells)
{
  char **cells = g_strsplit (line, "\t", -1);

  for (char **c = cells; *c; c++)
    g_strstrip (*c);
  *n_cells = g_strv_length (cells);
  return cells;
}

/* A four-digit year at the start of text ("2022(상반기)", "2018 하반기"), or 0. */
int
gy_card_reader_leading_year (const char *text)
{
  int year = 0;
  guint i;

  for (i = 0; g_ascii_isdigit (text[i]); i++)
    if (i < 4)
      year = year * 10 + (text[i] - '0');
  if (i != 4 || year < 1900 || year > 2999)
    return 0;
  return year;
}

/* "2-4. 공약명" → "2-4", "공약명"; "7-1) …"; "3. …". Digit groups are short, so that a text
 * starting with a year or a date ("2019. 3. 착공") is not taken for a number. */
static gboolean
split_number (const char  *text,
              char       **out_number,
              char       **out_rest)
{
  const char *p = text;
  const char *number_end;
  gboolean dashed = FALSE;

  for (;;)
    {
      const char *start = p;

      while (g_ascii_isdigit (*p))
        p++;
      if (p == start || p - start > 3)
        return FALSE;
      if (*p != '-')
        break;
      p++;
      dashed = TRUE;
    }
  number_end = p;
  if (*p == '.' || *p == ')')
    p++;
  else if (!dashed)
    return FALSE;
  if (*p != '\0' && *p != ' ')
    return FALSE;

  *out_number = g_strndup (text, number_end - text);
  *out_rest = g_strstrip (g_strdup (p));
  return TRUE;
}

/* "label : value" when the label is short and not a ※ note; "label :" has an empty value.
 * Also "label: value", as some cards write it. The label must split the same way once
 * printed as "label : value", so it holds no " : " and does not end with " :". */
static gboolean
split_label (const char  *text,
             char       **out_label,
             char       **out_value)
{
  const char *colon = strstr (text, " : ");
  gsize skip = strlen (" : ");
  g_autofree char *label = NULL;

  if (colon == NULL && g_str_has_suffix (text, " :"))
    {
      colon = text + strlen (text) - strlen (" :");
      skip = strlen (" :");
    }
  if (colon == NULL)
    {
      colon = strstr (text, ": ");
      skip = strlen (": ");
    }
  if (colon == NULL)
    return FALSE;

  label = g_strstrip (g_strndup (text, colon - text));
  if (*label == '\0' || g_str_has_prefix (label, "※") ||
      g_utf8_strlen (label, -1) > MAX_LABEL_CHARS ||
      strstr (label, " : ") != NULL || g_str_has_suffix (label, " :"))
    return FALSE;

  *out_label = g_steal_pointer (&label);
  *out_value = g_strstrip (g_strdup (colon + skip));
  return TRUE;
}

/* Header table */

/* "75", "75%", "77.7 %": a percentage from 0 to 100. */
static gboolean
parse_progress (const char *value,
                double     *out_progress)
{
  g_autofree char *text = g_strstrip (g_strdup (value));
  gsize len = strlen (text);
  gboolean seen_point = FALSE;
  double progress;

  if (len > 0 && text[len - 1] == '%')
    {
      text[len - 1] = '\0';
      g_strchomp (text);
    }
  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  for (const char *p = text; *p; p++)
    {
      if (*p == '.' && !seen_point && g_ascii_isdigit (p[1]))
        seen_point = TRUE;
      else if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  progress = g_ascii_strtod (text, NULL);
  if (progress > 100)
    return FALSE;
  *out_progress = progress;
  return TRUE;
}

/* One person of 공약실명제: "과장 윤상영(6350)", "홍길동", "담당 김기훈". */
static void
add_person (GyCard     *card,
            const char *start,
            gsize       len)
{
  g_autofree char *piece = g_strstrip (g_strndup (start, len));
  g_autofree char *phone = NULL;
  gsize n = strlen (piece);
  char *open, *space;

  if (n == 0)
    return;
  if (piece[n - 1] == ')' && (open = strrchr (piece, '(')) != NULL)
    {
      piece[n - 1] = '\0';
      phone = g_strstrip (g_strdup (open + 1));
      *open = '\0';
      g_strchomp (piece);
    }
  space = strchr (piece, ' ');
  if (space != NULL)
    {
      *space = '\0';
      g_ptr_array_add (card->persons, gy_person_new (piece, g_strchug (space + 1), phone));
    }
  else
    g_ptr_array_add (card->persons, gy_person_new ("", piece, phone));
}

/* Commas inside a parenthesis belong to the extension, not the list. */
static void
read_persons (GyCard     *card,
              const char *value)
{
  const char *start = value;
  int depth = 0;

  for (const char *p = value;; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if ((*p == ',' && depth == 0) || *p == '\0')
        {
          add_person (card, start, p - start);
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
}

static gboolean
read_header_field (Reader      *reader,
                   guint        line,
                   const char  *label,
                   const char  *value,
                   GError     **error)
{
  const GyCardField *field = gy_card_field_find (label);
  GyCard *card = reader->card;

  /* Unknown labels, and a known one said twice, are kept as extra fields: nothing is lost. */
  if (field == NULL || reader->seen_field[field->id])
    {
      g_ptr_array_add (card->extra_fields, gy_field_new (label, value));
      return TRUE;
    }
  reader->seen_field[field->id] = TRUE;

  if (field->kind == GY_CARD_FIELD_KIND_PROGRESS)
    {
      g_autofree char *found = NULL;

      if (*value == '\0')
        return TRUE;
      if (parse_progress (value, &card->progress))
        {
          card->has_progress = TRUE;
          return TRUE;
        }
      found = gy_card_reader_quote (value);
      set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                 "“%s” in %s is not a percentage (expected a number from 0 to 100 such as "
                 "75 or 77.7%%, or a blank cell)", found, label);
      return FALSE;
    }
  if (field->kind == GY_CARD_FIELD_KIND_PERSONS)
    {
      read_persons (card, value);
      return TRUE;
    }
  gy_card_field_set (card, field->id, value);
  return TRUE;
}

/* "임기구분⇥임기내⇥사업주체⇥김천시": label/value pairs, trailing blank cells allowed. */
static gboolean
read_header_row (Reader      *reader,
                 guint        line,
                 const char  *text,
                 GError     **error)
{
  g_auto(GStrv) cells = NULL;
  guint n;

  cells = gy_card_reader_split_cells (text, &n);
  reader->seen_header = TRUE;
  for (guint i = 0; i < n; i += 2)
    {
      const char *value = i + 1 < n ? cells[i + 1] : "";

      if (*cells[i] == '\0')
        {
          g_autofree char *found = NULL;

          if (*value == '\0')
            continue;
          found = gy_card_reader_quote (value);
          set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                     "the header value “%s” has no label (expected label⇥value pairs such "
                     "as 임기구분⇥임기내)", found);
          return FALSE;
        }
      /* printed at the start of a line, it would read as a section */
      if (g_str_has_prefix (cells[i], "□"))
        {
          g_autofree char *found = gy_card_reader_quote (cells[i]);

          set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                     "the header label “%s” starts with □ (expected a label such as 진도율; a "
                     "section starts its own line)", found);
          return FALSE;
        }
      if (!read_header_field (reader, line, cells[i], value, error))
        return FALSE;
    }
  return TRUE;
}

static void
read_title (Reader     *reader,
            const char *text)
{
  g_autofree char *line = g_strstrip (g_strdup (text));
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  GyCard *card = reader->card;

  reader->seen_title = TRUE;
  g_free (card->number);
  g_free (card->title);
  if (split_number (line, &number, &title))
    {
      card->number = g_steal_pointer (&number);
      card->title = g_steal_pointer (&title);
    }
  else
    {
      card->number = g_strdup ("");
      card->title = g_steal_pointer (&line);
    }
}

/* 사업개요 and 추진실적: lists of labelled lines and items */

/* "- label : value" (level 0), " - item" (level 1), "· item" (a sub-item, level 1).
 * A level-0 line that is only a content label ("- 주요내용") is a heading: that label with
 * an empty text. Returns NULL when the line is not a list line. */
static GyLine *
parse_list_line (const char *line)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;
  gboolean sub_item = FALSE;
  const char *p;
  guint n_indent;
  guint level;

  p = skip_indent (line, &n_indent);
  if (*p == '-')
    p++;
  else if (g_str_has_prefix (p, "·"))
    {
      p += strlen ("·");
      sub_item = TRUE;
    }
  else
    return NULL;

  text = g_strstrip (g_strdup (p));
  level = n_indent > 0 || sub_item ? 1 : 0;
  if (split_label (text, &label, &value))
    return gy_line_new (level, label, value);
  if (level == 0 && gy_line_role_for_label (text) == GY_LINE_CONTENT)
    return gy_line_new (0, text, "");
  return gy_line_new (level, NULL, text);
}

static gboolean
read_overview_line (Reader      *reader,
                    guint        line,
                    const char  *text,
                    GError     **error)
{
  GyLine *item = parse_list_line (text);
  g_autofree char *found = NULL;

  if (item != NULL)
    {
      g_ptr_array_add (reader->card->overview, item);
      return TRUE;
    }
  found = gy_card_reader_quote (text);
  set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
             "“%s” in □ 사업개요 is not a list line (expected “- label : value”, "
             "“- item” or “ - sub-item”)", found);
  return FALSE;
}

/* "1. title" opens a sub-project; its lines follow. Lines before any number form one
 * unnumbered sub-project, as in cards that list their achievements without numbering. */
static gboolean
read_achievement_line (Reader      *reader,
                       guint        line,
                       const char  *text,
                       GError     **error)
{
  GPtrArray *subprojects = reader->card->subprojects;
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  g_autofree char *found = NULL;
  GySubProject *sub;
  GyLine *item;

  if (split_number (text, &number, &title))
    {
      g_ptr_array_add (subprojects, gy_sub_project_new (number, title));
      return TRUE;
    }
  item = parse_list_line (text);
  if (item != NULL)
    {
      if (subprojects->len == 0)
        g_ptr_array_add (subprojects, gy_sub_project_new ("", ""));
      sub = g_ptr_array_index (subprojects, subprojects->len - 1);
      g_ptr_array_add (sub->lines, item);
      return TRUE;
    }
  found = gy_card_reader_quote (text);
  set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
             "“%s” in □ 추진실적 is neither a sub-project nor one of its lines (expected "
             "“1. title”, “- label : value” or “ - item”)", found);
  return FALSE;
}

/* 연차별 실적/계획 */

/* "&amp;" → "&" at *p, advancing *p; FALSE when p holds no entity we know. */
static gboolean
decode_entity (const char **p,
               GString     *out)
{
  static const struct { const char *name; const char *text; } entities[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&nbsp;", " " },
    { "&quot;", "\"" }, { "&apos;", "'" },
  };
  const char *q = *p + 1;
  gunichar c = 0;
  char *end;

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (g_str_has_prefix (*p, entities[i].name))
      {
        g_string_append (out, entities[i].text);
        *p += strlen (entities[i].name);
        return TRUE;
      }
  if (*q != '#')
    return FALSE;
  q++;
  if (*q == 'x' || *q == 'X')
    c = (gunichar) g_ascii_strtoull (q + 1, &end, 16);
  else
    c = (gunichar) g_ascii_strtoull (q, &end, 10);
  if (end == q || *end != ';' || end - q > 8 || c == 0 || !g_unichar_validate (c))
    return FALSE;
  g_string_append_unichar (out, c == 0xa0 ? ' ' : c);
  *p = end + 1;
  return TRUE;
}

/* Removes what the HTML export left in the cell (tags, entities, runs of spaces). */
static char *
clean_cell (const char *raw)
{
  g_autoptr(GString) decoded = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  const char *p = raw;

  while (*p)
    {
      const char *close;

      if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!') &&
          (close = strchr (p, '>')) != NULL)
        {
          g_string_append_c (decoded, ' ');
          p = close + 1;
        }
      else if (*p == '&' && decode_entity (&p, decoded))
        continue;
      else if (g_str_has_prefix (p, "\u00a0"))
        {
          g_string_append_c (decoded, ' ');
          p += strlen ("\u00a0");
        }
      else
        g_string_append_c (decoded, *p++);
    }

  for (p = decoded->str; *p; p++)
    {
      if (!g_ascii_isspace (*p))
        g_string_append_c (out, *p);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static gboolean
read_yearly_line (Reader      *reader,
                  guint        line,
                  const char  *text,
                  GError     **error)
{
  g_auto(GStrv) cells = NULL;
  g_autofree char *found = NULL;
  g_autofree char *label = NULL;
  RawYear *raw;
  guint n;
  int year;

  cells = gy_card_reader_split_cells (text, &n);
  if (n < 2)
    {
      found = gy_card_reader_quote (cells[0]);
      set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                 "“%s” in □ 연차별 실적/계획 is not a table row (expected "
                 "year⇥주요사업내용⇥비고, cells separated by tabs)", found);
      return FALSE;
    }
  for (guint i = 3; i < n; i++)
    if (*cells[i] != '\0')
      {
        found = gy_card_reader_quote (cells[i]);
        set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                   "a fourth cell “%s” in □ 연차별 실적/계획 (expected three cells: "
                   "연도별, 주요사업내용, 비고)", found);
        return FALSE;
      }

  /* A row cut by a page break goes on with an empty first cell. */
  label = clean_cell (cells[0]);
  if (*label == '\0')
    {
      if (reader->raw_years->len == 0)
        {
          found = gy_card_reader_quote (cells[1]);
          set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                     "“%s” continues a yearly row, but no row came before it (expected a "
                     "year such as 2019 in the first cell)", found);
          return FALSE;
        }
      raw = g_ptr_array_index (reader->raw_years, reader->raw_years->len - 1);
      g_string_append_printf (raw->content, " %s", cells[1]);
      if (n > 2)
        g_string_append_printf (raw->remarks, " %s", cells[2]);
      return TRUE;
    }

  year = 0;
  for (const char *p = label; *p && year == 0; p++)
    if (g_ascii_isdigit (*p) && (p == label || !g_ascii_isdigit (p[-1])))
      year = gy_card_reader_leading_year (p);
  if (year == 0)
    {
      /* the column heads: 연도별⇥주요사업내용⇥비고 */
      if (!reader->seen_yearly_header && reader->raw_years->len == 0)
        {
          reader->seen_yearly_header = TRUE;
          return TRUE;
        }
      found = gy_card_reader_quote (label);
      set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                 "“%s” in □ 연차별 실적/계획 is not a year (expected a year such as 2019 or "
                 "2022(상반기) in the first cell)", found);
      return FALSE;
    }

  raw = g_new0 (RawYear, 1);
  raw->year = year;
  raw->label = g_steal_pointer (&label);
  raw->content = g_string_new (cells[1]);
  raw->remarks = g_string_new (n > 2 ? cells[2] : "");
  g_ptr_array_add (reader->raw_years, raw);
  return TRUE;
}

/* The length of the entry marker at p, or 0. "-" and "·" mark an entry only between
 * spaces (so "8·9급" stays one word); a circled number ①–⑳ only after a space. Right after
 * a marker counts as after a space: printed, the marker is followed by one. */
static gsize
marker_at (const char *text,
           const char *p,
           gboolean    after_marker)
{
  static const char *const dashes[] = { "-", "·", "ㆍ", "○" };
  gboolean after_space = p == text || p[-1] == ' ' || after_marker;
  gunichar c;

  if (!after_space)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    {
      gsize n = strlen (dashes[i]);

      if (strncmp (p, dashes[i], n) == 0 && (p[n] == ' ' || p[n] == '\0'))
        return n;
    }
  c = g_utf8_get_char (p);
  if (c >= 0x2460 && c <= 0x2473)
    return g_utf8_next_char (p) - p;
  return 0;
}

static void
add_entry (GyYearRow  *row,
           const char *marker,
           gsize       marker_len,
           const char *start,
           const char *end)
{
  g_autofree char *mark = g_strndup (marker, marker_len);
  g_autofree char *text = g_strstrip (g_strndup (start, end - start));

  /* a marker with nothing after it carries no entry */
  if (*text != '\0')
    gy_year_row_add (row, mark, text);
}

/* "- 특강 · 일시 : … ① 구축": an entry starts at each marker. Text before the first
 * marker is an entry with an empty marker. */
static void
split_entries (GyYearRow  *row,
               const char *text)
{
  const char *marker = text;
  gsize marker_len = 0;
  const char *start = text;
  const char *p = text;

  while (*p)
    {
      gsize n = marker_at (text, p, p == start && p > text);

      if (n == 0)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (p > text)
        add_entry (row, marker, marker_len, start, p);
      marker = p;
      marker_len = n;
      start = p + n;
      p += n;
    }
  add_entry (row, marker, marker_len, start, start + strlen (start));
}

static void
build_year_rows (Reader *reader)
{
  for (guint i = 0; i < reader->raw_years->len; i++)
    {
      RawYear *raw = g_ptr_array_index (reader->raw_years, i);
      g_autofree char *content = clean_cell (raw->content->str);
      g_autofree char *remarks = clean_cell (raw->remarks->str);
      GyYearRow *row = gy_year_row_new (raw->year, raw->label, remarks);

      split_entries (row, content);
      g_ptr_array_add (reader->card->years, row);
    }
}

/* 문제점 및 대응계획, 기대효과 */

/* Strips "- " or "· " from an item; NULL when the line has no marker. */
static const char *
item_text (const char *line)
{
  guint n_indent;
  const char *p = skip_indent (line, &n_indent);

  if (*p == '-')
    return p + 1;
  if (g_str_has_prefix (p, "·"))
    return p + strlen ("·");
  return NULL;
}

static gboolean
read_problem_line (Reader      *reader,
                   guint        line,
                   const char  *text,
                   GError     **error)
{
  GPtrArray *problems = reader->card->problems;
  const char *marked = item_text (text);
  g_autofree char *item = NULL;
  g_autofree char *found = NULL;
  guint n_indent;

  item = g_strstrip (g_strdup (marked != NULL ? marked : skip_indent (text, &n_indent)));

  if (g_str_has_prefix (item, "⇒"))
    {
      GyProblem *problem;

      if (problems->len == 0)
        {
          found = gy_card_reader_quote (item);
          set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                     "the response “%s” comes before any problem (expected a problem "
                     "“- …” above its “- ⇒ …” responses)", found);
          return FALSE;
        }
      problem = g_ptr_array_index (problems, problems->len - 1);
      g_ptr_array_add (problem->responses,
                       g_strstrip (g_strdup (item + strlen ("⇒"))));
      return TRUE;
    }
  if (marked != NULL)
    {
      g_ptr_array_add (problems, gy_problem_new (item));
      return TRUE;
    }
  found = gy_card_reader_quote (item);
  set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
             "“%s” in □ 문제점 및 대응계획 is not a list line (expected “- problem” or "
             "“- ⇒ response”)", found);
  return FALSE;
}

static gboolean
read_effect_line (Reader      *reader,
                  guint        line,
                  const char  *text,
                  GError     **error)
{
  const char *p = item_text (text);
  g_autofree char *found = NULL;

  if (p != NULL)
    {
      g_ptr_array_add (reader->card->effects, g_strstrip (g_strdup (p)));
      return TRUE;
    }
  found = gy_card_reader_quote (text);
  set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
             "“%s” in □ 기대효과 is not a list line (expected “- effect”)", found);
  return FALSE;
}

/* Lines */

/* The name after "□", or NULL when the line is no section heading. */
static const char *
section_heading (const char *line)
{
  guint n_indent;
  const char *p = skip_indent (line, &n_indent);

  if (!g_str_has_prefix (p, "□"))
    return NULL;
  return p + strlen ("□");
}

static gboolean
begin_section (Reader      *reader,
               guint        line,
               const char  *name,
               GError     **error)
{
  g_autofree char *bare = gy_card_reader_without_spaces (name);
  g_autofree char *trimmed = NULL;
  g_autofree char *found = NULL;

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (strcmp (bare, section_names[i].bare) != 0 &&
          g_strcmp0 (bare, section_names[i].alias) != 0)
        continue;
      if (reader->section_lines[i] != 0)
        {
          set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
                     "a second “□ %s” section (expected each section once; the first is "
                     "on line %u)", section_names[i].name, reader->section_lines[i]);
          return FALSE;
        }
      reader->section = i;
      reader->section_lines[i] = line;
      return TRUE;
    }
  trimmed = g_strstrip (g_strdup (name));
  found = gy_card_reader_quote (trimmed);
  set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
             "unknown section “□ %s” (expected one of %s)", found, SECTION_LIST);
  return FALSE;
}

/* Outside the tables a tab is only a wide space: after the indentation it becomes one. */
static void
untabify (char *line)
{
  guint n_indent;
  char *p = (char *) skip_indent (line, &n_indent);

  for (; *p; p++)
    if (*p == '\t')
      *p = ' ';
}

static gboolean
read_section_line (Reader      *reader,
                   guint        line,
                   char        *text,
                   GError     **error)
{
  if (reader->section != SECTION_YEARLY && reader->section != SECTION_MONEY)
    untabify (text);

  switch (reader->section)
    {
    case SECTION_OVERVIEW:
      return read_overview_line (reader, line, text, error);
    case SECTION_ACHIEVEMENTS:
      return read_achievement_line (reader, line, text, error);
    case SECTION_YEARLY:
      return read_yearly_line (reader, line, text, error);
    case SECTION_MONEY:
      return gy_card_reader_read_money_line (reader, line, text, error);
    case SECTION_PROBLEMS:
      return read_problem_line (reader, line, text, error);
    case SECTION_EFFECTS:
      return read_effect_line (reader, line, text, error);
    case N_SECTIONS:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* Before the first □: an optional title line, then the header table. */
static gboolean
read_preamble_line (Reader      *reader,
                    guint        line,
                    const char  *text,
                    GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *found = NULL;

  if (strchr (text, '\t') != NULL)
    return read_header_row (reader, line, text, error);
  if (!reader->seen_title && !reader->seen_header)
    {
      read_title (reader, text);
      return TRUE;
    }
  trimmed = g_strstrip (g_strdup (text));
  found = gy_card_reader_quote (trimmed);
  set_error (error, reader->filename, line, GY_CARD_READER_ERROR_SYNTAX,
             "“%s” is neither a header row nor a section (expected label⇥value pairs such "
             "as 임기구분⇥임기내, or a section such as □ 사업개요)", found);
  return FALSE;
}

static gboolean
read_lines (Reader      *reader,
            char       **lines,
            GError     **error)
{
  gboolean any_section = FALSE;

  for (guint i = 0; lines[i] != NULL && !any_section; i++)
    any_section = section_heading (lines[i]) != NULL;
  if (!any_section)
    {
      set_error (error, reader->filename, 1, GY_CARD_READER_ERROR_SYNTAX,
                 "no □ section anywhere in the file: this is not a pledge card (expected "
                 "sections such as □ 사업개요, □ 연차별 실적/계획 and □ 연차별 투자수요)");
      return FALSE;
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *text = lines[i];
      const char *heading;
      gboolean ok;

      if (is_blank (text))
        continue;
      heading = section_heading (text);
      if (heading != NULL)
        ok = begin_section (reader, i + 1, heading, error);
      else if (reader->section == N_SECTIONS)
        ok = read_preamble_line (reader, i + 1, text, error);
      else
        ok = read_section_line (reader, i + 1, text, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
finish_card (Reader  *reader,
             GError **error)
{
  GyCard *card = reader->card;

  build_year_rows (reader);

  /* Without a title line the card is known by its goal. */
  if (*card->title == '\0' && gy_card_goal (card) != NULL)
    {
      g_free (card->title);
      card->title = g_strdup (gy_card_goal (card));
    }

  card->term = gy_card_reader_choose_term (reader, error);
  if (card->term == NULL)
    return FALSE;
  return gy_card_reader_decide_money (reader, error);
}

/* Whole-file checks */

static void
set_too_large (GError     **error,
               const char  *filename,
               const char  *text,
               guint64      size)
{
  set_error (error, filename, gy_text_line_at (text, GY_CARD_READER_MAX_SIZE, NULL),
             GY_CARD_READER_ERROR_TOO_LARGE,
             "the file passes 4 MB on this line and holds %" PRIu64 " bytes in all "
             "(expected a card of a few kilobytes, at most %d bytes)",
             size, GY_CARD_READER_MAX_SIZE);
}

/* A NUL byte in text that is not UTF-16: binary data, whatever its encoding. */
static gboolean
check_binary (const char  *text,
              gsize        length,
              const char  *filename,
              GError     **error)
{
  const char *nul = memchr (text, '\0', length);
  gsize column;

  if (nul != NULL)
    {
      guint line = gy_text_line_at (text, nul - text, &column);

      set_error (error, filename, line, GY_CARD_READER_ERROR_ENCODING,
                 "a NUL byte at byte %zu of the line: this is binary data, "
                 "not a text card (expected UTF-8, UTF-16 or CP949 text)", column);
      return FALSE;
    }
  return TRUE;
}

/* Size, encoding and emptiness, before any line is read. Sets *out_start past a BOM. */
static gboolean
check_text (const char  *text,
            gsize        length,
            const char  *filename,
            gsize       *out_start,
            GError     **error)
{
  const guchar *bytes = (const guchar *) text;
  const char *end;
  gsize column;
  gsize start = 0;

  if (length > GY_CARD_READER_MAX_SIZE)
    {
      set_too_large (error, filename, text, length);
      return FALSE;
    }
  if (length == 0)
    {
      set_error (error, filename, 1, GY_CARD_READER_ERROR_EMPTY,
                 "the file is empty (expected a pledge card: a header table and □ sections)");
      return FALSE;
    }
  if (!check_binary (text, length, filename, error))
    return FALSE;
  if (length >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf)
    start = 3;
  if (!g_utf8_validate_len (text + start, length - start, &end))
    {
      gsize offset = end - text;
      guint line = gy_text_line_at (text, offset, &column);

      set_error (error, filename, line, GY_CARD_READER_ERROR_ENCODING,
                 "invalid UTF-8 at byte %zu of the line (offset %zu in the file) (expected UTF-8 text; a card saved as EUC-KR must be saved "
                 "again as UTF-8)", column, offset);
      return FALSE;
    }
  for (gsize i = start; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      {
        *out_start = start;
        return TRUE;
      }
  set_error (error, filename, gy_text_line_at (text, length - 1, NULL), GY_CARD_READER_ERROR_EMPTY,
             "the file holds only blank lines (expected a pledge card: a header table and □ "
             "sections)");
  return FALSE;
}

/* Public functions */

/**
 * gy_card_read_full:
 * @text: the file's bytes: UTF-8, UTF-16 with a BOM, or CP949 (gy-text.h)
 * @out_encoding: (out) (optional): the encoding found, for the import report
 */
GyCard *
gy_card_read_full (const char      *text,
                   gssize           length,
                   const char      *filename,
                   GPtrArray       *terms,
                   GyTextEncoding  *out_encoding,
                   GError         **error)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *decoded = NULL;
  g_autoptr(GError) decode_error = NULL;
  Reader reader;
  gsize start = 0, decoded_length = 0;
  gboolean ok;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filename == NULL)
    filename = "(card)";
  if (length < 0)
    length = strlen (text);
  if (length > GY_CARD_READER_MAX_SIZE)
    {
      set_too_large (error, filename, text, length);
      return NULL;
    }
  if (text != NULL && !(length >= 2 && ((guchar) text[0] == 0xff || (guchar) text[0] == 0xfe)) &&
      !check_binary (text, length, filename, error))
    return NULL;
  decoded = gy_text_decode (text != NULL ? text : "", length, filename, out_encoding,
                            &decoded_length, &decode_error);
  if (decoded == NULL)
    {
      g_set_error_literal (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_ENCODING,
                           decode_error->message);
      return NULL;
    }
  if (!check_text (decoded, decoded_length, filename, &start, error))
    return NULL;

  copy = g_strndup (decoded + start, decoded_length - start);
  lines = g_strsplit (copy, "\n", -1);
  /* CRLF line ends; a lone CR inside a line is a space */
  for (char **line = lines; *line; line++)
    {
      gsize n = strlen (*line);

      if (n > 0 && (*line)[n - 1] == '\r')
        (*line)[--n] = '\0';
      for (gsize i = 0; i < n; i++)
        if ((*line)[i] == '\r')
          (*line)[i] = ' ';
    }

  reader_init (&reader, filename, terms);
  ok = read_lines (&reader, lines, error) && finish_card (&reader, error);
  if (ok)
    {
      GyCard *card = g_steal_pointer (&reader.card);

      reader_clear (&reader);
      return card;
    }
  reader_clear (&reader);
  return NULL;
}

GyCard *
gy_card_read (const char  *text,
              gssize       length,
              const char  *filename,
              GPtrArray   *terms,
              GError     **error)
{
  return gy_card_read_full (text, length, filename, terms, NULL, error);
}

GyCard *
gy_card_read_file (const char  *path,
                   GPtrArray   *terms,
                   GError     **error)
{
  return gy_card_read_file_full (path, terms, NULL, error);
}

GyCard *
gy_card_read_file_full (const char      *path,
                        GPtrArray       *terms,
                        GyTextEncoding  *out_encoding,
                        GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *buffer = NULL;
  GStatBuf st;
  FILE *file;
  gsize n;
  int saved_errno;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_basename (path);
  file = g_fopen (path, "rb");
  saved_errno = errno;
  if (file != NULL && fstat (fileno (file), &st) != 0)
    {
      saved_errno = errno;
      g_clear_pointer (&file, fclose);
    }
  else if (file != NULL && S_ISDIR (st.st_mode))
    {
      saved_errno = EISDIR;
      g_clear_pointer (&file, fclose);
    }
  if (file == NULL)
    {
      /* No line to point at: the file itself is the problem. */
      g_set_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_IO,
                   _("%s: cannot be read: %s (expected a readable card file)"),
                   name, g_strerror (saved_errno));
      return NULL;
    }

  /* Read one byte past the limit, enough to tell a file too large and where it passes. */
  buffer = g_malloc (GY_CARD_READER_MAX_SIZE + 1);
  n = fread (buffer, 1, GY_CARD_READER_MAX_SIZE + 1, file);
  saved_errno = errno;
  if (ferror (file))
    {
      fclose (file);
      g_set_error (error, GY_CARD_READER_ERROR, GY_CARD_READER_ERROR_IO,
                   _("%s: cannot be read: %s (expected a readable card file)"),
                   name, g_strerror (saved_errno));
      return NULL;
    }
  fclose (file);

  if (n > GY_CARD_READER_MAX_SIZE)
    {
      set_too_large (error, name, buffer, MAX ((guint64) st.st_size, (guint64) n));
      return NULL;
    }
  return gy_card_read_full (buffer, n, name, terms, out_encoding, error);
}

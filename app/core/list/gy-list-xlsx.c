/* gy-list-xlsx.c — xlsx lists, through libzip and libxml2's xmlTextReader
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the parts a list needs: the workbook's sheet names and their files, the shared strings,
 * the cell styles (to know a date or a percentage from a number) and the sheet's cells and
 * merged ranges. A merged cell's value is copied to every cell of its range, so that a 분야
 * merged over five rows fills those five rows.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>
#include <zip.h>

#include "gy-list-private.h"

/* A list is a few hundred rows: a part larger than this is not one (or is a zip bomb). */
#define MAX_PART_SIZE (128 * 1024 * 1024)
/* Columns beyond this are ignored: a list has a dozen, a stray cell in XFD should not cost
 * memory for every row. */
#define MAX_COLUMNS 256

typedef enum {
  STYLE_GENERAL,
  STYLE_DATE,
  STYLE_PERCENT,
} StyleKind;

typedef struct {
  zip_t     *zip;
  GPtrArray *strings;  /* shared strings */
  GArray    *styles;   /* StyleKind per cellXfs entry */
} Book;

static void
book_clear (Book *book)
{
  if (book->zip != NULL)
    zip_discard (book->zip);
  g_clear_pointer (&book->strings, g_ptr_array_unref);
  g_clear_pointer (&book->styles, g_array_unref);
}

static gboolean
book_open (Book        *book,
           const char  *path,
           GError     **error)
{
  int code = 0;

  memset (book, 0, sizeof *book);
  book->zip = zip_open (path, ZIP_RDONLY, &code);
  if (book->zip == NULL)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ,
                   _("%s is not an xlsx workbook"), path);
      return FALSE;
    }
  return TRUE;
}

/* A part of the workbook, whole; NULL (no error) when absent. */
static GBytes *
read_part (Book       *book,
           const char *name)
{
  zip_stat_t stat;
  zip_file_t *file;
  char *data;
  zip_int64_t got;

  zip_stat_init (&stat);
  if (zip_stat (book->zip, name, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
      stat.size > MAX_PART_SIZE)
    return NULL;
  file = zip_fopen (book->zip, name, 0);
  if (file == NULL)
    return NULL;
  data = g_malloc (stat.size + 1);
  got = zip_fread (file, data, stat.size);
  zip_fclose (file);
  if (got < 0 || (zip_uint64_t) got != stat.size)
    {
      g_free (data);
      return NULL;
    }
  return g_bytes_new_take (data, stat.size);
}

static xmlTextReaderPtr
part_reader (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* No network, no entity expansion: a workbook is data. */
  return xmlReaderForMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                             XML_PARSE_NOWARNING);
}

static gboolean
is_element (xmlTextReaderPtr reader,
            const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         strcmp ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr reader,
        const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         strcmp ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

static char *
attribute (xmlTextReaderPtr reader,
           const char      *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* An attribute by local name, whatever its namespace prefix (r:id). */
static char *
attribute_local (xmlTextReaderPtr reader,
                 const char      *local)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (reader) != 1)
    return NULL;
  do
    if (strcmp ((const char *) xmlTextReaderConstLocalName (reader), local) == 0)
      value = g_strdup ((const char *) xmlTextReaderConstValue (reader));
  while (value == NULL && xmlTextReaderMoveToNextAttribute (reader) == 1);
  xmlTextReaderMoveToElement (reader);
  return value;
}

/* Text runs of <si> or <is>: the <t> elements, not the phonetic <rPh>. */
static void
read_string_item (xmlTextReaderPtr reader,
                  const char      *item,
                  GString         *out)
{
  gboolean in_t = FALSE;

  if (xmlTextReaderIsEmptyElement (reader))
    return;
  while (xmlTextReaderRead (reader) == 1 && !is_end (reader, item))
    {
      if (is_element (reader, "rPh"))
        {
          if (!xmlTextReaderIsEmptyElement (reader))
            xmlTextReaderNext (reader);
          continue;
        }
      if (is_element (reader, "t"))
        in_t = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "t"))
        in_t = FALSE;
      else if (in_t && is_text (reader))
        g_string_append (out, (const char *) xmlTextReaderConstValue (reader));
    }
}

static void
read_shared_strings (Book *book)
{
  g_autoptr(GBytes) bytes = read_part (book, "xl/sharedStrings.xml");
  xmlTextReaderPtr reader;

  book->strings = g_ptr_array_new_with_free_func (g_free);
  if (bytes == NULL || (reader = part_reader (bytes)) == NULL)
    return;
  while (xmlTextReaderRead (reader) == 1)
    if (is_element (reader, "si"))
      {
        GString *text = g_string_new (NULL);

        read_string_item (reader, "si", text);
        g_ptr_array_add (book->strings, g_string_free (text, FALSE));
      }
  xmlFreeTextReader (reader);
}

/* Whether a number format shows a date: y or d outside quoted text and [colour] sections. */
static StyleKind
format_kind (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;

  if (code == NULL)
    return STYLE_GENERAL;
  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == '[')
        bracket = TRUE;
      else if (!quoted && *p == ']')
        bracket = FALSE;
      else if (!quoted && !bracket && strchr ("yYdD", *p) != NULL)
        return STYLE_DATE;
      else if (!quoted && !bracket && *p == '%')
        return STYLE_PERCENT;
    }
  return STYLE_GENERAL;
}

static StyleKind
builtin_kind (int id)
{
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return STYLE_DATE;
  if (id == 9 || id == 10)
    return STYLE_PERCENT;
  return STYLE_GENERAL;
}

static void
read_styles (Book *book)
{
  g_autoptr(GBytes) bytes = read_part (book, "xl/styles.xml");
  g_autoptr(GHashTable) custom = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, NULL);
  xmlTextReaderPtr reader;
  gboolean in_xfs = FALSE;

  book->styles = g_array_new (FALSE, FALSE, sizeof (StyleKind));
  if (bytes == NULL || (reader = part_reader (bytes)) == NULL)
    return;
  while (xmlTextReaderRead (reader) == 1)
    {
      if (is_element (reader, "numFmt"))
        {
          g_autofree char *id = attribute (reader, "numFmtId");
          g_autofree char *code = attribute (reader, "formatCode");

          if (id != NULL)
            g_hash_table_insert (custom, GINT_TO_POINTER (atoi (id)),
                                 GINT_TO_POINTER (format_kind (code) + 1));
        }
      else if (is_element (reader, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_element (reader, "xf"))
        {
          g_autofree char *id_text = attribute (reader, "numFmtId");
          int id = id_text != NULL ? atoi (id_text) : 0;
          int known = GPOINTER_TO_INT (g_hash_table_lookup (custom, GINT_TO_POINTER (id)));
          StyleKind kind = known > 0 ? (StyleKind) (known - 1) : builtin_kind (id);

          g_array_append_val (book->styles, kind);
        }
    }
  xmlFreeTextReader (reader);
}

typedef struct {
  char *name;
  char *part;  /* "xl/worksheets/sheet1.xml" */
} Sheet;

static void
sheet_free (Sheet *sheet)
{
  g_free (sheet->name);
  g_free (sheet->part);
  g_free (sheet);
}

static GPtrArray *
read_sheets (Book        *book,
             const char  *path,
             GError     **error)
{
  g_autoptr(GBytes) workbook = read_part (book, "xl/workbook.xml");
  g_autoptr(GBytes) rels = read_part (book, "xl/_rels/workbook.xml.rels");
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  xmlTextReaderPtr reader;

  if (workbook == NULL || rels == NULL)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ,
                   _("%s is not an xlsx workbook"), path);
      return NULL;
    }
  if ((reader = part_reader (rels)) != NULL)
    {
      while (xmlTextReaderRead (reader) == 1)
        if (is_element (reader, "Relationship"))
          {
            char *id = attribute (reader, "Id");
            char *target = attribute (reader, "Target");

            if (id != NULL && target != NULL)
              g_hash_table_replace (targets, id, target);
            else
              g_free (id), g_free (target);
          }
      xmlFreeTextReader (reader);
    }
  if ((reader = part_reader (workbook)) != NULL)
    {
      while (xmlTextReaderRead (reader) == 1)
        if (is_element (reader, "sheet"))
          {
            g_autofree char *rid = attribute_local (reader, "id");
            const char *target = rid != NULL ? g_hash_table_lookup (targets, rid) : NULL;
            Sheet *sheet;

            if (target == NULL)
              continue;
            sheet = g_new0 (Sheet, 1);
            sheet->name = attribute (reader, "name");
            sheet->part = target[0] == '/' ? g_strdup (target + 1)
                                           : g_strconcat ("xl/", target, NULL);
            g_ptr_array_add (sheets, sheet);
          }
      xmlFreeTextReader (reader);
    }
  if (sheets->len == 0)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ,
                   _("%s is not an xlsx workbook"), path);
      return NULL;
    }
  return g_steal_pointer (&sheets);
}

GStrv
gy_list_xlsx_sheets (const char  *path,
                     GError     **error)
{
  Book book;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  if (!book_open (&book, path, error))
    return NULL;
  sheets = read_sheets (&book, path, error);
  book_clear (&book);
  if (sheets == NULL)
    return NULL;
  for (guint i = 0; i < sheets->len; i++)
    g_strv_builder_add (names, ((Sheet *) g_ptr_array_index (sheets, i))->name);
  return g_strv_builder_end (names);
}

/* "AB12" → column 27, row 12 (columns from 0, rows from 1); FALSE when malformed. */
static gboolean
parse_ref (const char *ref,
           guint      *column,
           guint      *row)
{
  guint c = 0, r = 0;
  const char *p = ref;

  if (ref == NULL)
    return FALSE;
  for (; g_ascii_isalpha (*p); p++)
    c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  for (; g_ascii_isdigit (*p); p++)
    r = r * 10 + (*p - '0');
  if (c == 0 || r == 0 || c > 16384 || r > 1048576)
    return FALSE;
  *column = c - 1;
  *row = r;
  return TRUE;
}

/* A number as a person reads it: no trailing zeros, no exponent for the sizes a list holds. */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (value) < 1e15 && value == floor (value))
    return g_strdup_printf ("%.0f", value);
  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
  return g_strdup (buffer);
}

/* A serial date as the cards write a 사업기간 point: "2024. 3." (the day is not kept). */
static char *
format_date (double serial)
{
  g_autoptr(GDate) date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);

  if (serial < 1 || serial > 2958465)
    return format_number (serial);
  g_date_add_days (date, (guint) floor (serial));
  return g_strdup_printf ("%d. %d.", g_date_get_year (date), g_date_get_month (date));
}

static char *
cell_text (Book       *book,
           const char *type,
           const char *style,
           const char *value)
{
  StyleKind kind = STYLE_GENERAL;
  guint index;

  if (g_strcmp0 (type, "s") == 0)
    {
      index = value != NULL ? (guint) g_ascii_strtoull (value, NULL, 10) : G_MAXUINT;
      return g_strdup (index < book->strings->len ? g_ptr_array_index (book->strings, index) : "");
    }
  if (value == NULL)
    return NULL;
  if (type != NULL && g_strcmp0 (type, "n") != 0)
    return g_strdup (value);  /* str, inlineStr, b, e: the text as stored */
  if (style != NULL)
    {
      index = (guint) g_ascii_strtoull (style, NULL, 10);
      if (index < book->styles->len)
        kind = g_array_index (book->styles, StyleKind, index);
    }
  {
    char *end = NULL;
    double number = g_ascii_strtod (value, &end);

    if (end == value)
      return g_strdup (value);
    if (kind == STYLE_DATE)
      return format_date (number);
    if (kind == STYLE_PERCENT)
      {
        g_autofree char *percent = format_number (round (number * 1e8) / 1e6);
        return g_strconcat (percent, "%", NULL);
      }
    return format_number (number);
  }
}

static void
row_free (gpointer cells)
{
  if (cells != NULL)
    g_ptr_array_unref (cells);
}

static void
grid_set (GPtrArray *grid,
          guint      row,
          guint      column,
          char      *text)
{
  GPtrArray *cells;

  if (grid->len < row)
    g_ptr_array_set_size (grid, row);
  cells = g_ptr_array_index (grid, row - 1);
  if (cells == NULL)
    {
      cells = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_index (grid, row - 1) = cells;
    }
  if (cells->len <= column)
    g_ptr_array_set_size (cells, column + 1);
  g_free (g_ptr_array_index (cells, column));
  g_ptr_array_index (cells, column) = text;
}

static const char *
grid_get (GPtrArray *grid,
          guint      row,
          guint      column)
{
  GPtrArray *cells = row >= 1 && row <= grid->len ? g_ptr_array_index (grid, row - 1) : NULL;

  return cells != NULL && column < cells->len ? g_ptr_array_index (cells, column) : NULL;
}

static void
read_cell (Book            *book,
           xmlTextReaderPtr reader,
           GPtrArray       *grid,
           guint            row,
           guint           *next_column)
{
  g_autofree char *ref = attribute (reader, "r");
  g_autofree char *type = attribute (reader, "t");
  g_autofree char *style = attribute (reader, "s");
  g_autoptr(GString) value = NULL;
  guint column = *next_column, ref_row;
  gboolean in_v = FALSE;
  char *text;

  if (ref != NULL && !parse_ref (ref, &column, &ref_row))
    column = *next_column;
  *next_column = column + 1;
  if (!xmlTextReaderIsEmptyElement (reader))
    while (xmlTextReaderRead (reader) == 1 && !is_end (reader, "c"))
      {
        if (is_element (reader, "is"))
          {
            value = g_string_new (NULL);
            read_string_item (reader, "is", value);
            type = (g_free (type), g_strdup ("inlineStr"));
          }
        else if (is_element (reader, "v"))
          {
            in_v = !xmlTextReaderIsEmptyElement (reader);
            if (value == NULL)
              value = g_string_new (NULL);
          }
        else if (is_end (reader, "v"))
          in_v = FALSE;
        else if (in_v && is_text (reader))
          g_string_append (value, (const char *) xmlTextReaderConstValue (reader));
      }
  if (column >= MAX_COLUMNS)
    return;
  text = cell_text (book, type, style, value != NULL ? value->str : NULL);
  if (text != NULL)
    grid_set (grid, row, column, text);
}

gboolean
gy_list_xlsx_read (GyListTable *table,
                   const char  *sheet_name,
                   GError     **error)
{
  Book book;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GPtrArray) grid = g_ptr_array_new_with_free_func (row_free);
  g_autoptr(GPtrArray) merges = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  const Sheet *sheet = NULL;
  xmlTextReaderPtr reader;
  guint row = 0, next_column = 0;

  if (!book_open (&book, table->path, error))
    return FALSE;
  sheets = read_sheets (&book, table->path, error);
  if (sheets == NULL)
    goto failed;
  for (guint i = 0; i < sheets->len && sheet == NULL; i++)
    {
      const Sheet *candidate = g_ptr_array_index (sheets, i);

      if (sheet_name == NULL || g_strcmp0 (candidate->name, sheet_name) == 0)
        sheet = candidate;
    }
  if (sheet == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < sheets->len; i++)
        g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                                ((Sheet *) g_ptr_array_index (sheets, i))->name);
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_NO_SHEET,
                   _("%s has no sheet “%s”; its sheets are %s"), table->path, sheet_name,
                   names->str);
      goto failed;
    }
  bytes = read_part (&book, sheet->part);
  if (bytes == NULL || (reader = part_reader (bytes)) == NULL)
    {
      g_set_error (error, GY_LIST_ERROR, GY_LIST_ERROR_READ,
                   _("%s: the sheet “%s” cannot be read"), table->path, sheet->name);
      goto failed;
    }
  table->sheet = g_strdup (sheet->name);
  read_shared_strings (&book);
  read_styles (&book);

  while (xmlTextReaderRead (reader) == 1)
    {
      if (is_element (reader, "row"))
        {
          g_autofree char *r = attribute (reader, "r");

          row = r != NULL ? (guint) g_ascii_strtoull (r, NULL, 10) : row + 1;
          if (row == 0 || row > 1048576)
            row = grid->len + 1;
          next_column = 0;
        }
      else if (is_element (reader, "c") && row > 0)
        read_cell (&book, reader, grid, row, &next_column);
      else if (is_element (reader, "mergeCell"))
        g_ptr_array_add (merges, attribute (reader, "ref"));
    }
  xmlFreeTextReader (reader);

  /* Every cell of a merged range takes the value of its first cell. */
  for (guint i = 0; i < merges->len; i++)
    {
      const char *ref = g_ptr_array_index (merges, i);
      const char *colon = ref != NULL ? strchr (ref, ':') : NULL;
      guint c0, r0, c1, r1;
      const char *value;

      if (colon == NULL || !parse_ref (ref, &c0, &r0) || !parse_ref (colon + 1, &c1, &r1) ||
          c1 < c0 || r1 < r0 || c0 >= MAX_COLUMNS)
        continue;
      c1 = MIN (c1, MAX_COLUMNS - 1);
      /* a range over the whole sheet is a formatting accident, not a value to copy */
      if ((guint64) (r1 - r0 + 1) * (c1 - c0 + 1) > 1000000)
        continue;
      value = grid_get (grid, r0, c0);
      if (value == NULL)
        continue;
      for (guint r = r0; r <= r1; r++)
        for (guint c = c0; c <= c1; c++)
          if (r != r0 || c != c0)
            grid_set (grid, r, c, g_strdup (value));
    }

  for (guint r = 1; r <= grid->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (grid, r - 1);
      GPtrArray *copy;

      if (cells == NULL)
        continue;
      copy = g_ptr_array_new_with_free_func (g_free);
      for (guint c = 0; c < cells->len; c++)
        g_ptr_array_add (copy, g_strdup (g_ptr_array_index (cells, c)));
      gy_list_table_add_row (table, copy, r);
    }
  book_clear (&book);
  return TRUE;

failed:
  book_clear (&book);
  return FALSE;
}

/* fuzz-list.c — libFuzzer target: any bytes as a pledge list (CSV, TSV or xlsx)
 *
 * Copyright 2026 The Gongyak authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes are written to a file (the reader takes a path) named .csv, or .tsv when the first
 * byte is odd; bytes that start as a zip are read as xlsx whatever the name. The reader must
 * return a table or set an error, never both, never neither; a table's rows and lines agree,
 * and guessing its header must not crash.
 */
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "gy-list.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GyListTable) table = NULL;
  g_autofree char *path = NULL;
  GyListMapping mapping;

  if (dir == NULL)
    dir = g_dir_make_tmp ("gongyak-fuzz-list-XXXXXX", NULL);
  path = g_build_filename (dir, size > 0 && (data[0] & 1) ? "list.tsv" : "list.csv", NULL);
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    abort ();
  table = gy_list_table_read (path, NULL, &error);
  g_unlink (path);
  if ((table == NULL) == (error == NULL))
    abort ();
  if (table == NULL)
    return 0;
  if (table->rows->len != table->lines->len)
    abort ();
  g_clear_error (&error);
  if (gy_list_mapping_guess (table, &mapping, &error) == (error != NULL))
    abort ();
  return 0;
}

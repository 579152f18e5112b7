#!/usr/bin/python3
# xlsx_check.py — read a workbook back with openpyxl and print what is in it, for test-xlsx
#
# Copyright 2026 The Gongyak authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: /usr/bin/python3 xlsx_check.py OUT.xlsx
#
# Prints one tab-separated record per line (backslash, tab, newline and CR escaped as
# \\ \t \n \r), which the C test parses and asserts on:
#   sheet   NAME                                   in workbook order
#   cell    SHEET REF KIND VALUE CACHED NUMFMT FONT BOLD
#           KIND: s string, n number, f formula; VALUE the formula text for f;
#           CACHED the value stored with a formula (from data_only=True), "" if none
#   merge   SHEET RANGE
#   page    SHEET PAPER ORIENTATION FIT_WIDTH FIT_HEIGHT FIT_TO_PAGE TITLE_ROWS
#   footer  SHEET LEFT CENTER RIGHT
#   col     SHEET LETTER WIDTH
#   row     SHEET NUMBER HEIGHT
#   prop    NAME VALUE                             title, company, created
# Exits non-zero with a message on stderr when the file cannot be read as a workbook.

import sys
import zipfile
from xml.etree import ElementTree

try:
    import openpyxl
except ImportError as e:
    sys.exit(f"xlsx_check: cannot import openpyxl ({e}); run with /usr/bin/python3 "
             "and install python3-openpyxl")


def escape(value):
    text = str(value)
    return (text.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def number(value):
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def show(value):
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return number(value)
    return str(value)


def app_property(path, name):
    """openpyxl reads only the core properties; the company is in docProps/app.xml."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("docProps/app.xml"))
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    element = root.find(ns + name)
    return element.text if element is not None and element.text else ""


def emit(*fields):
    print("\t".join(escape(f) for f in fields))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: xlsx_check.py OUT.xlsx")
    path = sys.argv[1]
    sys.stdout.reconfigure(encoding="utf-8")  # whatever the locale: the test reads UTF-8
    try:
        book = openpyxl.load_workbook(path, data_only=False)
        cached = openpyxl.load_workbook(path, data_only=True)
    except Exception as e:  # any reader failure is the finding
        sys.exit(f"xlsx_check: openpyxl cannot read {path}: {e}")

    props = book.properties
    emit("prop", "title", props.title or "")
    emit("prop", "company", app_property(path, "Company"))
    emit("prop", "created", props.created.isoformat() if props.created else "")

    for ws in book.worksheets:
        name = ws.title
        emit("sheet", name)
        values = cached[name]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                if cell.data_type == "f":
                    kind, value = "f", str(cell.value)
                elif isinstance(cell.value, (int, float)):
                    kind, value = "n", number(cell.value)
                else:
                    kind, value = "s", str(cell.value)
                emit("cell", name, cell.coordinate, kind, value,
                     show(values[cell.coordinate].value), cell.number_format,
                     cell.font.name or "", "1" if cell.font.b else "0")
        for merged in ws.merged_cells.ranges:
            emit("merge", name, str(merged))
        setup = ws.page_setup
        emit("page", name, setup.paperSize or "", setup.orientation or "",
             # absent means the OOXML default, 1
             setup.fitToWidth if setup.fitToWidth is not None else 1,
             setup.fitToHeight if setup.fitToHeight is not None else 1,
             "1" if ws.sheet_properties.pageSetUpPr is not None
             and ws.sheet_properties.pageSetUpPr.fitToPage else "0",
             ws.print_title_rows or "")
        emit("footer", name, ws.oddFooter.left.text or "", ws.oddFooter.center.text or "",
             ws.oddFooter.right.text or "")
        for letter, dim in ws.column_dimensions.items():
            if dim.width:
                emit("col", name, letter, number(float(dim.width)))
        for index, dim in ws.row_dimensions.items():
            if dim.height:
                emit("row", name, index, number(float(dim.height)))


if __name__ == "__main__":
    main()

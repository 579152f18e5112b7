#!/usr/bin/python3
# bench_xlsx.py — the same workbook with Python XlsxWriter, for bench-xlsx
#
# Copyright 2026 The Gongyak authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: /usr/bin/python3 bench_xlsx.py TRACE OUT.xlsx
#
# TRACE is the record of every libxlsxwriter call gy_xlsx_write_cards() made (see
# gy-xlsx-private.h and plain-xlsx.c). It is parsed first; then the same sheets, cells,
# merges and formats are written with XlsxWriter, and only that is timed.
# Prints "write SECONDS".

import re
import sys
import time
from datetime import datetime

try:
    import xlsxwriter
except ImportError as e:
    sys.exit(f"bench_xlsx: cannot import xlsxwriter ({e}); install python3-xlsxwriter")

ESCAPES = {"\\\\": "\\", "\\n": "\n", "\\t": "\t", "\\r": "\r"}


def unescape(text):
    return re.sub(r"\\[\\ntr]", lambda m: ESCAPES[m.group(0)], text)


def load(path):
    font, props, specs, ops = None, None, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            op = fields[0]
            if op == "D":
                font = fields[1]
            elif op == "P":
                props = [unescape(x) for x in fields[1:5]]
            elif op == "F":
                specs.append(fields[2:])
            elif op in ("S", "G", "C", "H"):
                ops.append((op, fields[1:]))
            elif op in ("W", "M", "Q", "T"):
                ops.append((op, [int(x) for x in fields[1:-1 if op != "Q" else -2]] +
                            [unescape(x) for x in fields[-1 if op != "Q" else -2:]]))
            elif op in ("N", "B"):
                ops.append((op, fields[1:]))
            else:
                sys.exit(f"bench_xlsx: unknown record {op}")
    return font, props, specs, ops


def format_of(workbook, font, spec):
    size, bold, align, valign, wrap, border, fill, num_format = spec
    props = {"font_name": font, "font_size": float(size), "align": align, "valign": valign}
    if bold == "1":
        props["bold"] = True
    if wrap == "1":
        props["text_wrap"] = True
    if border == "1":
        props["border"] = 1
    if int(fill, 16) != 0:
        props["pattern"] = 1
        props["bg_color"] = "#" + fill
    if num_format:
        props["num_format"] = unescape(num_format)
    return workbook.add_format(props)


def replay(font, props, specs, ops, out):
    workbook = xlsxwriter.Workbook(out, {"default_format_properties": {"font_name": font}})
    formats = [format_of(workbook, font, spec) for spec in specs]
    if props:
        workbook.set_properties({"title": props[0], "subject": props[1], "author": props[2],
                                 "company": props[3], "created": datetime.now()})
    ws = None
    for op, a in ops:
        if op == "S":
            ws = workbook.add_worksheet(unescape(a[0]))
        elif op == "G":
            ws.set_paper(9)
            if a[0] == "1":
                ws.set_landscape()
            else:
                ws.set_portrait()
            ws.set_margins(0.5, 0.5, 0.6, 0.7)
            ws.center_horizontally()
            ws.fit_to_pages(1, 0)
            if int(a[1]) >= 0:
                ws.repeat_rows(int(a[1]), int(a[2]))
            if int(a[3]) > 0:
                ws.freeze_panes(int(a[3]), 0)
            ws.set_footer(unescape(a[4]))
        elif op == "C":
            ws.set_column(int(a[0]), int(a[1]), float(a[2]))
        elif op == "H":
            ws.set_row(int(a[0]), float(a[1]))
        elif op == "W":
            ws.write_string(a[0], a[1], a[3], formats[a[2]] if a[2] >= 0 else None)
        elif op == "M":
            # merge_range() guesses the type of its data: write the text as text after it
            fmt = formats[a[4]] if a[4] >= 0 else None
            ws.merge_range(a[0], a[1], a[2], a[3], "", fmt)
            ws.write_string(a[0], a[1], a[5], fmt)
        elif op == "N":
            f = int(a[2])
            ws.write_number(int(a[0]), int(a[1]), float(a[3]), formats[f] if f >= 0 else None)
        elif op == "B":
            f = int(a[2])
            ws.write_blank(int(a[0]), int(a[1]), None, formats[f] if f >= 0 else None)
        elif op == "Q":
            ws.write_formula(a[0], a[1], a[3], formats[a[2]] if a[2] >= 0 else None,
                             float(a[4]))
        elif op == "T":
            ws.write_formula(a[0], a[1], a[3], formats[a[2]] if a[2] >= 0 else None, "")
    workbook.close()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: bench_xlsx.py TRACE OUT.xlsx")
    trace = load(sys.argv[1])
    start = time.monotonic()
    replay(*trace, sys.argv[2])
    print(f"write {time.monotonic() - start:.6f}")


if __name__ == "__main__":
    main()

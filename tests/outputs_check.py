#!/usr/bin/python3
# outputs_check.py — the figures the workbook and the report show, side by side, for test-outputs
#
# Copyright 2026 The Gongyak authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: /usr/bin/python3 outputs_check.py OUT.xlsx REPORT.txt
#   REPORT.txt is `pdftotext -layout` of the report.
# Prints tab-separated records, each figure as print shows it ("13,632.5"; "" when hidden):
#   xlsx-investment  the 투자계획 sheet's 합계 (계) row: 총사업비, A, 소계, the years, C
#   xlsx-years       the fiscal column headers of 투자계획, then its (C) header
#   xlsx-status      the 총괄 sheet's header of counts (계, each status, 미지정 when there)
#   xlsx-counts      its 합계 row: those counts
#   pdf-investment   the report's 투자계획 합계 row, its figures in order
#   pdf-counts       the report's 총괄 합계 row: pledges, then each status column ('-' is 0)
#   pdf-text         1 when the report's text holds the given words, per argument after the two

import re
import sys
from decimal import Decimal

try:
    import openpyxl
except ImportError as e:
    sys.exit(f"outputs_check: cannot import openpyxl ({e}); install python3-openpyxl")


def shown(cell):
    """A number as the cell prints it: 백만원 with separators, one decimal when it has one."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    fmt = cell.number_format or ""
    if value == 0 and fmt.endswith(";"):
        return ""
    d = Decimal(repr(float(value))).quantize(Decimal("0.001")).normalize()
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    return sign + f"{int(whole):,}" + ("." + frac if frac else "")


def row_with(ws, col, text, after=1):
    for r in range(after, ws.max_row + 1):
        if ws.cell(r, col).value == text:
            return r
    sys.exit(f"outputs_check: no “{text}” in column {col} of {ws.title}")


def main():
    book = openpyxl.load_workbook(sys.argv[1], data_only=True)
    iv = book["투자계획"]
    head = row_with(iv, 1, "분야")
    total = row_with(iv, 1, "합계", head)
    print("xlsx-investment", *[shown(iv.cell(total, c)) for c in range(5, iv.max_column + 1)],
          sep="\t")
    years = [str(iv.cell(head + 1, c).value or "") for c in range(8, iv.max_column)]
    after = str(iv.cell(head, iv.max_column).value or "").replace("\n", " ")
    print("xlsx-years", *years, after, sep="\t")

    st = book["총괄"]
    head = row_with(st, 1, "분야")
    first = 8  # H: 계, then the statuses
    labels = [str(st.cell(head + 1, c).value) for c in range(first, st.max_column + 1)]
    total = row_with(st, 1, "합계", head)
    print("xlsx-status", *labels, sep="\t")
    print("xlsx-counts", *[shown(st.cell(total, c)) or "0" for c in range(first, st.max_column + 1)],
          sep="\t")

    text = open(sys.argv[2], encoding="utf-8").read()
    pages = text.split("\f")
    # the tables' own pages, not the contents that name them
    investment = next(p for p in pages if "(A+B+C)" in p and "소계" in p)
    status = next(p for p in pages if "평균 진도율" in p)
    number = re.compile(r"^[-△]?[\d,]+(\.\d+)?$")
    for name, page in (("pdf-investment", investment), ("pdf-counts", status)):
        line = next(l for l in page.splitlines() if l.strip().startswith("합계"))
        tokens = [t for t in line.split()[1:] if number.match(t) or t == "-"]
        print(name, *tokens, sep="\t")
    flat = re.sub(r"\s+", " ", text)
    for words in sys.argv[3:]:
        print("pdf-text", words, "1" if words in flat else "0", sep="\t")


main()

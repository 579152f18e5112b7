#!/usr/bin/env python3
"""Gathers the TABLE rows the benchmarks print into one table, for `make bench`."""
import sys

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("TABLE\t"):
        _, name, scale, seconds, peak, baseline, ratio = line.rstrip("\n").split("\t")
        rows.append((name, scale, seconds, peak, baseline, ratio))

print()
print(f"{'benchmark':<34} {'scale':>7} {'time (median of 5)':>19} {'peak memory':>12}  ratio to baseline")
for name, scale, seconds, peak, baseline, ratio in rows:
    time = f"{float(seconds) * 1000:.1f} ms" if float(seconds) < 1 else f"{float(seconds):.3f} s"
    memory = f"{peak} MB" if peak != "-" else "-"
    against = f"{float(ratio):.2f}x {baseline}" if baseline != "-" else "-"
    print(f"{name:<34} {scale:>7} {time:>19} {memory:>12}  {against}")

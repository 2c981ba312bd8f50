"""Summarises results.csv of run-print-benchmarks.sh as Markdown: median, min, max, n per
measurement, and the ratios against LibreOffice measured in the same run (median of the per-run
ratios, each run paired with the LibreOffice run beside it, and the ratio of medians)."""
import csv
import statistics
import sys
from collections import defaultdict

rows = defaultdict(dict)
units = {}
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        key = (row["figure"], row["variant"])
        rows[key][int(row["run"])] = float(row["value"])
        units[key] = row["unit"]


def fmt(value):
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


print("| figure | measurement | median | min | max | n | unit |")
print("|---|---|---:|---:|---:|---:|---|")
for key in sorted(rows):
    values = list(rows[key].values())
    print(f"| {key[0]} | {key[1]} | {fmt(statistics.median(values))} | {fmt(min(values))} "
          f"| {fmt(max(values))} | {len(values)} | {units[key]} |")

# (figure, numerator, denominator, text): ratio = numerator / denominator per run
RATIOS = [
    ("a", "lo-amortized-per-doc", "engine-render-unsigned-median",
     "LibreOffice amortized per doc ÷ warm render, unsigned (target ≥ 3)"),
    ("a", "lo-amortized-per-doc", "signed-render-sm2-median",
     "LibreOffice amortized per doc ÷ warm render, signed (target ≥ 3)"),
    ("b", "lo-cold", "certdesk-render", "cold LibreOffice ÷ cold certdesk render (target > 1)"),
    ("b", "lo-cold-fresh-profile", "certdesk-render", "cold LibreOffice, fresh profile ÷ cold certdesk render"),
    ("c", "certdesk-render", "lo-cold", "peak RSS certdesk render ÷ LibreOffice (target ≤ 1)"),
    ("c", "certdesk-render", "lo-cold-soffice.bin", "peak RSS certdesk render ÷ soffice.bin run directly"),
]
for (fig, variant) in sorted(rows):
    if fig == "b" and variant.startswith("certdesk-render-"):
        RATIOS.append(("b", variant, "certdesk-render", f"{variant} ÷ certdesk-render (launcher as shipped)"))
        RATIOS.append(("b", "lo-cold", variant, f"cold LibreOffice ÷ {variant}"))
    if fig == "c" and variant.startswith("certdesk-render-"):
        RATIOS.append(("c", variant, "lo-cold", f"peak RSS {variant} ÷ LibreOffice"))
print()
print("| figure | ratio | median of per-run ratios | min | max | n | ratio of medians |")
print("|---|---|---:|---:|---:|---:|---:|")
for figure, numerator, denominator, text in RATIOS:
    if (figure, numerator) not in rows or (figure, denominator) not in rows:
        continue
    values, baseline = rows[(figure, numerator)], rows[(figure, denominator)]
    paired = [values[run] / baseline[run] for run in values if run in baseline]
    print(f"| {figure} | {text} | {statistics.median(paired):.2f} | {min(paired):.2f} | {max(paired):.2f} "
          f"| {len(paired)} | {statistics.median(values.values()) / statistics.median(baseline.values()):.2f} |")

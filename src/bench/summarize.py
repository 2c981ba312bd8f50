"""Summarises results.csv of run-benchmarks.sh as Markdown: median, min, max, n per measurement,
and the ratios against the baseline measured in the same run (ratio of medians, and the median of
the per-run ratios, which pairs each run with the baseline run next to it)."""
import csv
import statistics
import sys
from collections import defaultdict

rows = defaultdict(dict)
units = {}
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        key = (row["figure"], row["variant"], int(row["residents"]))
        rows[key][int(row["run"])] = float(row["value"])
        units[key] = row["unit"]


def fmt(value):
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


print("| figure | measurement | residents | median | min | max | n | unit |")
print("|---|---|---:|---:|---:|---:|---:|---|")
for key in sorted(rows):
    values = list(rows[key].values())
    print(f"| {key[0]} | {key[1]} | {key[2]:,} | {fmt(statistics.median(values))} | {fmt(min(values))} "
          f"| {fmt(max(values))} | {len(values)} | {units[key]} |")

RATIOS = [
    ("1", "writer-in-process", "generate-only", "rate of the writer ÷ rate of generation alone"),
    ("1", "demo-data-command", "generate-only", "rate of the command ÷ rate of generation alone"),
    ("2", "certdesk-jvm", "minimal-jvm", "CertDesk ÷ minimal window, JVM start → usable (target ≤ 1.5)"),
    ("2", "certdesk-wall", "minimal-wall", "CertDesk ÷ minimal window, launcher start → usable"),
    ("3", "certdesk-after-login", "minimal-window", "CertDesk RSS ÷ minimal window RSS"),
]
print()
print("| figure | ratio | residents | ratio of medians | median of per-run ratios | min | max | n |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for figure, numerator, denominator, text in RATIOS:
    for (fig, variant, residents), values in sorted(rows.items()):
        if fig != figure or variant != numerator or (fig, denominator, residents) not in rows:
            continue
        baseline = rows[(fig, denominator, residents)]
        paired = [values[run] / baseline[run] for run in values if run in baseline]
        print(f"| {figure} | {text} | {residents:,} "
              f"| {statistics.median(values.values()) / statistics.median(baseline.values()):.2f} "
              f"| {statistics.median(paired):.2f} | {min(paired):.2f} | {max(paired):.2f} | {len(paired)} |")

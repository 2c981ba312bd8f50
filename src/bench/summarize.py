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

# Figure 4: lookup latency. The figure per kind is the median over the runs of each run's p99.
TARGETS = {"id-present": 5, "id-absent": 5, "name-full": 50, "name-prefix": 50, "pinyin-initials": 50,
           "pinyin-full": 50}
lookup = {(variant[:-4], residents): values for (fig, variant, residents), values in rows.items()
          if fig == "4" and variant.endswith("-p99")}
if lookup:
    print()
    print("| kind | p99 at 1,000,000 (median of runs) | min | max | CPU-time p99 | p99 at 20,000 | ratio 1M ÷ 20k "
          "| ratio ÷ SELECT 1 | target | met |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    select_one = lookup.get(("select-1", 1000000))
    for kind, target in TARGETS.items():
        big = lookup.get((kind, 1000000))
        if not big:
            continue
        small = lookup.get((kind, 20000))
        median = statistics.median(big.values())
        ratio = statistics.median(big[run] / small[run] for run in big if small and run in small) if small else None
        base = statistics.median(big[run] / select_one[run] for run in big if run in select_one) if select_one else None
        cpu = lookup.get((kind + "-cpu", 1000000))
        print(f"| {kind} | {median:.2f} ms | {min(big.values()):.2f} | {max(big.values()):.2f} "
              f"| {statistics.median(cpu.values()):.2f} ms "
              f"| {statistics.median(small.values()):.2f} ms | {ratio:.2f} | {base:.0f} "
              f"| ≤ {target} ms | {'yes' if median <= target else '**no**'} |")
    if select_one:
        print(f"| select-1 (baseline) | {statistics.median(select_one.values()):.3f} ms | "
              f"{min(select_one.values()):.3f} | {max(select_one.values()):.3f} | | | | 1 | | |")

#!/usr/bin/env bash
# Printing benchmark (docs/benchmarks.md, "Printing: render vs LibreOffice"): CertDesk's PDF/A
# render of the Kinship certificate against the way stations make it today, LibreOffice headless
# converting a filled .docx to PDF. Everything in one run, alternating A/B per run:
#
#   a  warm in-process render time (cn.certdesk.bench.RenderBench: engine.render unsigned and
#      SignedCertificateRenderer with SM2), against LibreOffice's amortized cost per document
#      (20 .docx converted by one soffice process, total / 20);
#   b  a cold `certdesk render` process (whole CLI run: launcher, JVM, reference data, templates,
#      fonts, key, render, write) against a cold `soffice --convert-to pdf` of one .docx;
#   c  peak RSS of those two cold processes (GNU time "Maximum resident set size").
#
#   bash src/bench/run-print-benchmarks.sh
#   RUNS=7 NO_BUILD=1 bash src/bench/run-print-benchmarks.sh
#
# Environment: RUNS (default 5), WARMUP / MEASURED (RenderBench iterations, default 300 / 1000),
# AMORTIZED_DOCS (default 20), RESULTS (default target/bench-results/print-<time>), NO_BUILD=1,
# CLI_VARIANTS (extra cold `certdesk render` variants, ";"-separated name=options, the options
# replacing the launcher's short-run JVM options through CERTDESK_SHORT_RUN_OPTS; default:
# "no-short-run-opts" = the launcher as it was before (none) and "c1-appcds" = C1 plus a dynamic
# AppCDS archive, created by the first run of the variant and used by the later ones).
# Installs nothing. Needs (Debian): libreoffice-writer-nogui, fonts-arphic-uming, fonts-wqy-microhei,
# fonts-hanazono, time, python3 (src/bench/README.md). Not part of the tests.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-300}
MEASURED=${MEASURED:-1000}
AMORTIZED_DOCS=${AMORTIZED_DOCS:-20}
RESULTS=${RESULTS:-$repo/target/bench-results/print-$(date +%Y%m%d-%H%M%S)}
CLI_VARIANTS=${CLI_VARIANTS:-no-short-run-opts=;c1-appcds=-XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=@WORK@/render-cds.jsa}
mkdir -p "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-print-bench.XXXXXX")
CLI_VARIANTS=${CLI_VARIANTS//@WORK@/$work}
csv="$RESULTS/results.csv"
echo "figure,variant,run,value,unit" > "$csv"
log() { echo "[print-bench $(date +%H:%M:%S)] $*" >&2; }
record() { echo "$1,$2,$3,$4,$5" >> "$csv"; log "$1 $2 run $3: $4 $5"; }
now() { date +%s.%N; }
ms_between() { python3 -c "import sys; print(round((float(sys.argv[2]) - float(sys.argv[1])) * 1000))" "$1" "$2"; }
trap 'rm -rf "$work"' EXIT

for tool in soffice /usr/bin/time python3; do
    command -v "$tool" > /dev/null || { echo "missing $tool (see src/bench/README.md)" >&2; exit 1; }
done
soffice_bin=$(dirname "$(readlink -f "$(command -v soffice)")")/soffice.bin
[ -x "$soffice_bin" ] || soffice_bin=/usr/lib/libreoffice/program/soffice.bin

# --- build -------------------------------------------------------------------------------------
if [ "${NO_BUILD:-0}" != 1 ]; then
    log "building (./mvnw -DskipTests package; test classes hold RenderBench)"
    ./mvnw -B -q -DskipTests package
fi
launcher="$repo/target/certdesk/bin/certdesk"
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
bench_cp="$repo/target/test-classes:$repo/target/classes:$(cat "$work/cp.txt")"
{ sed -n '/^java_major()/,/^}/p;/^pick_java()/,/^}/p' "$launcher"; echo pick_java; } > "$work/pick-java.sh"
java_bin=$(sh "$work/pick-java.sh")

# --- inputs ------------------------------------------------------------------------------------
data="$work/data"
log "demo data directory (station + signing key)"
"$launcher" --data-dir "$data" demo-data --residents 50 > /dev/null
sample="$repo/templates/samples/ISSUE_KINSHIP.json"
python3 "$repo/src/bench/make-kinship-docx.py" "$work/docx" "$AMORTIZED_DOCS" "$sample"
one_docx="$work/docx/kinship-01.docx"
# The committed copy must be what the script makes (it is the input stations would convert).
cmp -s "$one_docx" "$repo/src/bench/kinship-sample.docx" \
    || log "note: src/bench/kinship-sample.docx differs from the generated one (regenerate and commit it)"
profile="$work/lo-profile"
log "initialising the LibreOffice profile used by the warm-profile runs"
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$work/init" "$one_docx" > /dev/null 2>&1

# --- machine -------------------------------------------------------------------------------------
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "java: $java_bin"
    "$java_bin" -version 2>&1 | sed 's/^/  /'
    echo "libreoffice: $(soffice --version 2>/dev/null | head -n 1)"
    dpkg-query -W -f='  ${Package} ${Version}\n' libreoffice-writer-nogui libreoffice-core-nogui \
        fonts-arphic-uming fonts-wqy-microhei fonts-hanazono time 2>/dev/null || true
    echo "git: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)')"
    echo "launcher java options line: $(grep -n 'CERTDESK_SHORT_RUN_OPTS--' "$launcher" | head -n 1 || echo none)"
    echo "RenderBench: warmup $WARMUP, measured $MEASURED per variant per run; amortized docs: $AMORTIZED_DOCS"
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt" >&2

# Runs a command under GNU time; records wall ms (date around it) and max RSS (MiB).
# GNU time's "Maximum resident set size" comes from wait4(): the largest of the process and
# the descendants it waited for, so for `soffice` (sh -> oosplash -> soffice.bin) it is soffice.bin's.
timed() { # figure-prefix variant run command...
    local variant=$2 run=$3; shift 3
    local start end
    start=$(now)
    /usr/bin/time -f "%M" -o "$work/time.out" "$@" > "$work/cmd.out" 2>&1 || { cat "$work/cmd.out" >&2; exit 1; }
    end=$(now)
    record b "$variant" "$run" "$(ms_between "$start" "$end")" ms
    record c "$variant" "$run" "$(( $(tail -n 1 "$work/time.out") / 1024 ))" MiB
}

render_cli() { # run variant [CERTDESK_SHORT_RUN_OPTS] -- without the third argument: the launcher as shipped
    local out="$work/out/render.pdf"
    rm -f "$out"
    if [ $# -ge 3 ]; then
        CERTDESK_SHORT_RUN_OPTS="$3" timed b "$2" "$1" "$launcher" --data-dir "$data" render --kind ISSUE_KINSHIP \
            --data "$sample" --out "$out"
    else
        (unset CERTDESK_SHORT_RUN_OPTS; timed b "$2" "$1" "$launcher" --data-dir "$data" render --kind ISSUE_KINSHIP \
            --data "$sample" --out "$out")
    fi
    [ -s "$out" ] || { echo "no PDF from certdesk render ($2)" >&2; exit 1; }
}

lo_cold() { # run variant profile-dir [binary]
    local out="$work/out/lo-$2"
    rm -rf "$out"
    timed b "$2" "$1" "${4:-soffice}" -env:UserInstallation="file://$3" --headless --convert-to pdf --outdir "$out" "$one_docx"
    [ -s "$out/kinship-01.pdf" ] || { echo "no PDF from LibreOffice ($2)" >&2; exit 1; }
}

mkdir -p "$work/out"
for run in $(seq 1 "$RUNS"); do
    # a: warm in-process render (A) and LibreOffice amortized over one process (B)
    log "run $run: RenderBench ($WARMUP warm-up + $MEASURED measured renders of each variant)"
    "$java_bin" --enable-native-access=ALL-UNNAMED -Dcertdesk.log.dir="$work/logs" -cp "$bench_cp" \
        cn.certdesk.bench.RenderBench "$repo/templates" "$data" "$WARMUP" "$MEASURED" ISSUE_KINSHIP \
        2> "$work/bench.err" > "$work/bench.out" || { cat "$work/bench.err" >&2; exit 1; }
    while read -r variant n median p90 min max mean bytes; do
        record a "$variant-median" "$run" "$median" ms
        record a "$variant-p90" "$run" "$p90" ms
    done < <(grep -E "^(engine-render-unsigned|signed-render-sm2) " "$work/bench.out")
    rm -rf "$work/out/amortized"
    start=$(now)
    soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$work/out/amortized" \
        "$work"/docx/kinship-*.docx > "$work/cmd.out" 2>&1
    end=$(now)
    [ "$(ls "$work/out/amortized" | wc -l)" = "$AMORTIZED_DOCS" ] || { cat "$work/cmd.out" >&2; exit 1; }
    record a lo-amortized-per-doc "$run" "$(python3 -c "import sys; print(round(int(sys.argv[1]) / int(sys.argv[2]), 1))" \
        "$(ms_between "$start" "$end")" "$AMORTIZED_DOCS")" ms

    # b, c: cold processes, alternating CertDesk and LibreOffice
    render_cli "$run" certdesk-render
    lo_cold "$run" lo-cold "$profile"
    old_ifs=$IFS; IFS=';'
    for spec in $CLI_VARIANTS; do
        IFS=$old_ifs
        render_cli "$run" "certdesk-render-${spec%%=*}" "${spec#*=}"
        IFS=';'
    done
    IFS=$old_ifs
    lo_cold "$run" lo-cold-soffice.bin "$profile" "$soffice_bin"
    lo_cold "$run" lo-cold-fresh-profile "$work/lo-profile-fresh-$run"
done

python3 "$repo/src/bench/summarize-print.py" "$csv" | tee "$RESULTS/summary.md"
log "results in $RESULTS"

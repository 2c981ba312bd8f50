#!/usr/bin/env bash
# CertDesk benchmarks (docs/benchmarks.md): demo-data generation rate, cold start to a usable
# login window, resident memory after login, lookup latency over 1,000,000 residents. Each figure
# is measured against a baseline in the same run, alternating, because these machines are noisy.
#
#   bash src/bench/run-benchmarks.sh            # everything (about 25 minutes on 2 cores)
#   FIGURES="2 3" RUNS=5 bash src/bench/run-benchmarks.sh
#   CERTDESK_JAVA_OPTS="-XX:+UseSerialGC" FIGURES="2 3" bash src/bench/run-benchmarks.sh
#   FIGURES=4 STORE_DIR=/tmp/lookupbench bash src/bench/run-benchmarks.sh   # lookup latency only
#
# Environment: FIGURES (default "1 2 3 4"), RUNS (default 5), RUNS_1M (default 3; 0 skips every
# 1,000,000-resident measurement), IDLE_SECONDS (default 10), RESULTS (default
# target/bench-results/<time>), CERTDESK_JAVA_OPTS (passed to both the app and the baseline),
# NO_BUILD=1 (use the existing target/), STORE_DIR (where the demo stores for figures 2-4 are made
# and kept, as store-20000/ and store-1000000/; default a temporary directory removed at the end:
# set it to reuse a 1,000,000-resident store across runs), LOOKUP_QUERIES (default 2000 per kind).
# Needs python3; figures 2 and 3 also Xvfb and xdotool. Not part of the tests.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
FIGURES=${FIGURES:-1 2 3 4}
RUNS=${RUNS:-5}
RUNS_1M=${RUNS_1M:-3}
IDLE_SECONDS=${IDLE_SECONDS:-10}
RESULTS=${RESULTS:-$repo/target/bench-results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-bench.XXXXXX")
csv="$RESULTS/results.csv"
echo "figure,variant,residents,run,value,unit" > "$csv"
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
record() { echo "$1,$2,$3,$4,$5,$6" >> "$csv"; log "$1 $2 n=$3 run $4: $5 $6"; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# --- build -------------------------------------------------------------------------------------
if [ "${NO_BUILD:-0}" != 1 ]; then
    log "building (./mvnw -DskipTests package; test classes hold the bench helpers)"
    ./mvnw -B -q -DskipTests package
fi
launcher="$repo/target/certdesk/bin/certdesk"
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
bench_cp="$repo/target/test-classes:$repo/target/classes:$(cat "$work/cp.txt")"

# The java the launcher picks, for the in-process helpers.
{ sed -n '/^java_major()/,/^}/p;/^pick_java()/,/^}/p' "$launcher"; echo pick_java; } > "$work/pick-java.sh"
java_bin=$(sh "$work/pick-java.sh")

# The baseline window is started by a copy of the real launcher: same java, same flags, same jars,
# and its class in one more jar in the same lib folder, so that it gets a class-data-sharing archive
# as CertDesk does (the JVM archives classes from jars only, not from a folder of classes); only the
# main class differs.
minimal_home="$work/minimal"
mkdir -p "$minimal_home/bin" "$minimal_home/lib"
ln -s "$repo"/target/certdesk/lib/*.jar "$minimal_home/lib/"
"$(dirname "$(readlink -f "$java_bin")")/jar" --create --file "$minimal_home/lib/minimal-window.jar" \
    -C "$repo/target/test-classes" cn/certdesk/bench/MinimalWindow.class \
    -C "$repo/target/test-classes" 'cn/certdesk/bench/MinimalWindow$Window.class'
sed "s#cn.certdesk.app.Main#cn.certdesk.bench.MinimalWindow#" \
    "$repo/installer/bin/certdesk" > "$minimal_home/bin/minimal-window"
chmod +x "$minimal_home/bin/minimal-window"
grep -q cn.certdesk.bench.MinimalWindow "$minimal_home/bin/minimal-window" || { echo "launcher copy failed" >&2; exit 1; }
minimal="$minimal_home/bin/minimal-window"

# --- machine -------------------------------------------------------------------------------------
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "java: $java_bin"
    "$java_bin" -version 2>&1 | sed 's/^/  /'
    echo "git: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)')"
    echo "CERTDESK_JAVA_OPTS: ${CERTDESK_JAVA_OPTS:-}"
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt" >&2

wants() { case " $FIGURES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# --- figure 1: demo-data generation rate -----------------------------------------------------------
# Per run, alternating: (a) generation only, nothing written (baseline); (b) the in-process writer
# into a fresh store; (c) the `certdesk demo-data` command end to end (wall clock, JVM included).
figure1() {
    local residents=$1 runs=$2 run out dir start end
    for run in $(seq 1 "$runs"); do
        out=$("$java_bin" -Dcertdesk.log.dir="$work/logs" -cp "$bench_cp" cn.certdesk.bench.DemoDataBench generate "$residents")
        record 1 generate-only "$residents" "$run" "$(echo "$out" | awk '{print $4}')" residents/s
        dir="$work/writer-$run"; mkdir -p "$dir"
        out=$("$java_bin" --enable-native-access=ALL-UNNAMED -Dcertdesk.log.dir="$work/logs" -cp "$bench_cp" \
            cn.certdesk.bench.DemoDataBench write "$residents" "$dir/certdesk.db")
        record 1 writer-in-process "$residents" "$run" "$(echo "$out" | awk '{print $4}')" residents/s
        rm -rf "$dir"
        dir="$work/cli-$run"
        start=$(now)
        "$launcher" --data-dir "$dir" demo-data --residents "$residents" > "$work/cli.out" 2>&1
        end=$(now)
        record 1 demo-data-command "$residents" "$run" \
            "$(python3 -c "import sys; print(round(int(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2]))))" "$residents" "$start" "$end")" \
            residents/s
        [ "$run" = 1 ] && du -sm "$dir/certdesk.db" | awk -v n="$residents" '{print "store size at " n " residents: " $1 " MB"}' >> "$RESULTS/machine.txt"
        rm -rf "$dir"
    done
}

# --- X server for figures 2 and 3 -------------------------------------------------------------------
start_xvfb() {
    local display
    for display in $(seq 91 120); do
        [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] && continue
        Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
        xvfb_pid=$!
        sleep 1
        if kill -0 "$xvfb_pid" 2>/dev/null; then
            export DISPLAY=":$display"
            log "Xvfb on $DISPLAY (pid $xvfb_pid)"
            return 0
        fi
    done
    echo "no free X display for Xvfb" >&2
    exit 1
}

demo_store() { # residents -> data dir with a demo store (generated once per benchmark run, or kept in STORE_DIR)
    local dir="${STORE_DIR:-$work}/store-$1"
    if [ ! -f "$dir/certdesk.db" ]; then
        log "generating the $1-resident demo store for start-up and memory"
        "$launcher" --data-dir "$dir" demo-data --residents "$1" > /dev/null
    fi
    echo "$dir"
}

# A desk PC starts `certdesk` without arguments on the per-user data directory; so do figures 2 and
# 3: XDG_DATA_HOME points at a folder whose certdesk/ is the demo store (residents -> that folder).
desk_home() {
    local store home
    store=$(demo_store "$1")
    home="$work/xdg-$1"
    mkdir -p "$home"
    ln -sfn "$store" "$home/certdesk"
    echo "$home"
}

# Starts a window with the start-up probe set to exit; records the probe and the wall clock from
# starting the launcher script to the probe file's modification time (includes the script's JDK search).
probe_start() { # variant residents run command...
    local variant=$1 residents=$2 run=$3; shift 3
    local probe="$work/probe" start
    rm -f "$probe"
    start=$(now)
    CERTDESK_JAVA_OPTS="${CERTDESK_JAVA_OPTS:-} -Dcertdesk.startupProbe=$probe -Dcertdesk.startupProbe.exit=true" \
        timeout 300 "$@" > "$work/start.out" 2>&1 || true
    if [ ! -s "$probe" ]; then
        cat "$work/start.out" >&2
        echo "no start-up probe written by $variant" >&2
        exit 1
    fi
    record 2 "$variant-jvm" "$residents" "$run" "$(tr -d '[:space:]' < "$probe")" ms
    record 2 "$variant-wall" "$residents" "$run" \
        "$(python3 -c "import sys; print(round((float(sys.argv[2]) - float(sys.argv[1])) * 1000))" "$start" "$(stat -c %.3Y "$probe")")" ms
}

figure2() {
    local residents=$1 runs=$2 run home
    home=$(desk_home "$residents")
    # Run 0 of each is the first start with these jars (it records the class-data-sharing archive,
    # see installer/bin/certdesk); it is reported apart, and the later runs use the archive.
    probe_start certdesk-first "$residents" 0 env XDG_DATA_HOME="$home" "$launcher"
    probe_start minimal-first "$residents" 0 "$minimal"
    for run in $(seq 1 "$runs"); do
        probe_start certdesk "$residents" "$run" env XDG_DATA_HOME="$home" "$launcher"
        probe_start minimal "$residents" "$run" "$minimal"
    done
}

# --- figure 3: resident memory at idle --------------------------------------------------------------
wait_for_probe() { # probe pid
    local waited=0
    while [ ! -s "$1" ]; do
        kill -0 "$2" 2>/dev/null || { echo "window process $2 ended before it was shown" >&2; exit 1; }
        sleep 0.2
        waited=$((waited + 1))
        [ "$waited" -lt 600 ] || { echo "window not shown within 120 s" >&2; exit 1; }
    done
}

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

stop_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}

rss_certdesk() { # run
    local store probe="$work/probe" window log_lines
    store=$(demo_store 20000)
    rm -f "$probe"
    log_lines=$(cat "$store"/logs/*.log 2>/dev/null | wc -l)
    CERTDESK_JAVA_OPTS="${CERTDESK_JAVA_OPTS:-} -Dcertdesk.startupProbe=$probe" \
        XDG_DATA_HOME="$(desk_home 20000)" "$launcher" > "$work/rss.out" 2>&1 &
    app_pid=$!
    wait_for_probe "$probe" "$app_pid"
    window=$(xdotool search --sync --onlyvisible --pid "$app_pid" --name 'CertDesk' | head -n 1)
    local tries=0
    until xdotool windowfocus --sync "$window" 2>/dev/null; do
        sleep 0.2
        tries=$((tries + 1))
        [ "$tries" -lt 50 ] || { echo "could not focus the login window" >&2; stop_app; exit 1; }
    done
    sleep 0.5
    xdotool type --delay 40 100001
    xdotool key Tab
    xdotool type --delay 40 demo-2026
    xdotool key Return
    local waited=0
    until cat "$store"/logs/*.log | tail -n +"$((log_lines + 1))" | grep -q 'Main window shown'; do
        sleep 0.2
        waited=$((waited + 1))
        [ "$waited" -lt 150 ] || { echo "login did not reach the main window" >&2; stop_app; exit 1; }
    done
    # The login is shown before the store's check (ADR 0021): when the store was open, from the log.
    record 2 certdesk-store-open 20000 "$1" \
        "$(cat "$store"/logs/*.log | tail -n +"$((log_lines + 1))" | sed -n 's/.*Store open \([0-9]*\) ms after JVM start.*/\1/p' | tail -n 1)" ms
    sleep "$IDLE_SECONDS"
    record 3 certdesk-after-login 20000 "$1" "$(( $(rss_kib "$app_pid") / 1024 ))" MiB
    stop_app
}

rss_minimal() { # run
    local probe="$work/probe"
    rm -f "$probe"
    CERTDESK_JAVA_OPTS="${CERTDESK_JAVA_OPTS:-} -Dcertdesk.startupProbe=$probe" "$minimal" > "$work/rss.out" 2>&1 &
    app_pid=$!
    wait_for_probe "$probe" "$app_pid"
    sleep "$IDLE_SECONDS"
    record 3 minimal-window 20000 "$1" "$(( $(rss_kib "$app_pid") / 1024 ))" MiB
    stop_app
}

# --- figure 4: lookup latency over 1,000,000 residents ------------------------------------------------
# cn.certdesk.bench.LookupBench, one JVM per run, with the desk's memory options: ID lookups and
# searches through SqlitePopulationRegister on the 1,000,000-resident store, interleaved with the
# same kinds of query on the 20,000 store and a SELECT 1 on the same connection (the baselines).
# Records median and p99 per kind (wall clock, and the query thread's CPU time: on a loaded machine
# the difference is time spent waiting for a core); the 1-minute load average before and after each run.
figure4() {
    local runs=$1 run big small out kind
    big=$(demo_store 1000000)
    small=$(demo_store 20000)
    for run in $(seq 1 "$runs"); do
        record 4 loadavg-before 1000000 "$run" "$(cut -d' ' -f1 /proc/loadavg)" load
        out=$("$java_bin" --enable-native-access=ALL-UNNAMED -XX:G1PeriodicGCInterval=5000 -XX:MaxHeapFreeRatio=30 \
            -XX:MinHeapFreeRatio=10 ${CERTDESK_JAVA_OPTS:-} -Dcertdesk.log.dir="$work/logs" -cp "$bench_cp" \
            cn.certdesk.bench.LookupBench "$big/certdesk.db" "$small/certdesk.db" "${LOOKUP_QUERIES:-2000}" "$run")
        echo "$out" > "$RESULTS/lookup-run-$run.txt"
        record 4 loadavg-after 1000000 "$run" "$(cut -d' ' -f1 /proc/loadavg)" load
        while read -r _ store kind n hits median p95 p99 max cpu_median cpu_p99; do
            residents=$([ "$store" = 1M ] && echo 1000000 || echo 20000)
            record 4 "$kind-median" "$residents" "$run" "$median" ms
            record 4 "$kind-p99" "$residents" "$run" "$p99" ms
            record 4 "$kind-cpu-p99" "$residents" "$run" "$cpu_p99" ms
        done < <(echo "$out" | grep '^result ')
    done
}

# --- run -------------------------------------------------------------------------------------------
if wants 1; then
    figure1 20000 "$RUNS"
    [ "$RUNS_1M" -gt 0 ] && figure1 1000000 "$RUNS_1M"
fi
if wants 2 || wants 3; then
    start_xvfb
fi
if wants 2; then
    figure2 20000 "$RUNS"
    [ "$RUNS_1M" -gt 0 ] && figure2 1000000 "$RUNS_1M"
fi
if wants 3; then
    if ! wants 2; then # the first starts record the archives (and run the JVM under the launcher)
        probe_start certdesk-first 20000 0 env XDG_DATA_HOME="$(desk_home 20000)" "$launcher"
        probe_start minimal-first 20000 0 "$minimal"
    fi
    for run in $(seq 1 "$RUNS"); do
        rss_certdesk "$run"
        rss_minimal "$run"
    done
fi

if wants 4; then
    figure4 "$RUNS"
fi

python3 "$repo/src/bench/summarize.py" "$csv" | tee "$RESULTS/summary.md"
log "results in $RESULTS"

#!/usr/bin/env bash
# Desktop benchmarks: release binary size, cold start to first page load, idle memory
# (PSS and RSS summed over the app and its WebKit processes). Runs under Xvfb in sandbox
# mode with a fresh data folder. Usage: bash scripts/bench-app.sh [runs]
# (BENCH_SKIP_BUILD=1 measures the release binary already built)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  npm --prefix ui run build >/dev/null
  cargo build --release -p callboard >/dev/null
fi
bin="$PWD/target/release/callboard"
size_mb=$(awk -v b="$(stat -c %s "$bin")" 'BEGIN { printf "%.1f", b / 1048576 }')
[ -n "${DISPLAY:-}" ] || echo "release binary: ${size_mb} MiB ($bin)"

tree_pids() { # the process and all its descendants
  local pid=$1
  echo "$pid"
  for child in $(pgrep -P "$pid" || true); do tree_pids "$child"; done
}

measure_once() {
  local data log pid ms pss rss
  data=$(mktemp -d); log="$data/app.log"
  CALLBOARD_DATA_DIR="$data" CALLBOARD_SANDBOX=1 NO_AT_BRIDGE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 RUST_LOG=info "$bin" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do grep -q "page loaded" "$log" && break; sleep 0.1; done
  ms=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep "page loaded" | grep -o 'ms=[0-9]*' | head -1 | cut -d= -f2)
  sleep 5 # let the page settle before reading idle memory
  pss=0; rss=0
  for p in $(tree_pids "$pid"); do
    if [ -r "/proc/$p/smaps_rollup" ]; then
      pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")))
      rss=$((rss + $(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup")))
    fi
  done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo "${ms:-NA} $((pss / 1024)) $((rss / 1024))"
}

run_all() {
  local results=()
  for i in $(seq 1 "$runs"); do
    r=$(measure_once); results+=("$r")
    echo "run $i: first page load ${r%% *} ms, idle PSS $(echo "$r" | cut -d' ' -f2) MiB, RSS $(echo "$r" | cut -d' ' -f3) MiB"
  done
  printf '%s\n' "${results[@]}" | sort -n | awk '{ a[NR]=$1; p[NR]=$2; r[NR]=$3 } END { m=int((NR+1)/2); printf "median: first page load %s ms, idle PSS %s MiB, idle RSS %s MiB\n", a[m], p[m], r[m] }'
}

if [ -z "${DISPLAY:-}" ]; then
  # Re-run this script under a virtual display (functions don't survive xvfb-run's /bin/sh).
  BENCH_SKIP_BUILD=1 exec xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" "$runs"
fi
run_all

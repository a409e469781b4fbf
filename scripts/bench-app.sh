#!/usr/bin/env bash
# Desktop benchmarks, side by side with a bare Tauri 2 window (../shared/reference/baseline-tauri):
# release binary size, cold start to first page load, stalled starts and idle memory (PSS and RSS
# summed over the app and its WebKit processes), with an empty call log and with a seeded one.
#
#   bash scripts/bench-app.sh [starts]   # starts per side and scenario (default 10)
#   BENCH_SKIP_BUILD=1                   # measure the binaries already built
#   BENCH_ATTEMPTS=N                     # size of the seeded call log (default 100000)
#
# Runs interleave (Callboard, bare window, Callboard, …) so machine noise hits both sides
# equally. Each start gets a fresh data folder (and, for the bare window, a fresh HOME), so
# WebKit starts cold every time. Both run under Xvfb with no accessibility bus, Callboard in
# sandbox mode.
#
# Page load is measured inside each process, from the start of `run()` to WebKit's "page load
# finished" (Callboard logs "page loaded … ms=", the bare window "SPIKE page load Finished … at").
# A start is *stalled* when its page load exceeds the bare window's median in the same scenario
# by more than 300 ms: WebKitGTK's draw stall adds ~500 ms, ordinary jitter stays well under 300.
# Last, Recent calls is opened 10 times on the seeded log and the time from the click to the first
# row painted is read from the page's own performance marks (target: <= 100 ms at 100,000).
# Callboard also logs "start-up finished … ms=" when commands stop waiting (its call log is open
# and the sandbox runs); that is reported as "ready", timed from the start of its background task.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/bench-baseline.sh"
cd "$REPO_ROOT"
runs="${1:-10}"
attempts="${BENCH_ATTEMPTS:-100000}"
seed_dir="$REPO_ROOT/target/bench/seed-$attempts"
bin="$REPO_ROOT/target/release/callboard"
STALL_MS=300

if [ -z "${DISPLAY:-}" ]; then
  if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    section "Building Callboard (release) and the bare-window reference"
    npm --prefix ui run build >/dev/null
    cargo build --release -p callboard >/dev/null
    build_baseline
  fi
  if [ ! -f "$seed_dir/calls.sqlite3" ]; then
    section "Seeding a call store with $attempts attempts"
    # A debug build: the data is the same either way, and `cargo test` already built the
    # example's dev-dependencies (criterion, the simulator) in that profile.
    cargo run -q -p callboard-core --example seed_store -- --attempts "$attempts" --out "$seed_dir"
  fi
  for b in "$bin" "$BASELINE_BIN"; do
    [ -x "$b" ] || die "$b is missing: run without BENCH_SKIP_BUILD"
    echo "release binary: $(awk -v b="$(stat -c %s "$b")" 'BEGIN { printf "%.1f", b / 1048576 }') MiB ($b)"
  done
  # Re-run this script under a virtual display (functions don't survive xvfb-run's /bin/sh).
  xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" "$runs"
  # Recent calls on the seeded log, timed in the page between the app's performance marks
  # (tests/e2e/bench/recent-first-row.bench.ts), through WebDriver on the release build.
  section "Recent calls with $attempts attempts: click to first row painted (release)"
  E2E_PROFILE=release E2E_SEED_DIR="$seed_dir" E2E_SKIP_UI_BUILD=1 \
    E2E_SPECS="bench/recent-first-row.bench.ts" E2E_ARTIFACTS_DIR="$REPO_ROOT/target/bench/first-row" \
    bash scripts/e2e.sh >"$REPO_ROOT/target/bench/first-row.log" 2>&1 ||
    die "the first-row run failed (see target/bench/first-row.log)"
  grep -E "first row after|first-row ms" "$REPO_ROOT/target/bench/first-row.log"
  exit 0
fi

tree_pids() { # the process and all its descendants
  local pid=$1
  echo "$pid"
  for child in $(pgrep -P "$pid" || true); do tree_pids "$child"; done
}

# Waits up to 30 s for a line matching $2 in log $1.
wait_for_line() {
  for _ in $(seq 1 300); do grep -q "$2" "$1" && return 0; sleep 0.1; done
  return 1
}

# Sums PSS and RSS (MiB) over the tree, stops it and waits until every process in it is gone.
measure_and_stop() {
  local pid=$1 pss=0 rss=0 pids p
  pids=$(tree_pids "$pid")
  for p in $pids; do
    if [ -r "/proc/$p/smaps_rollup" ]; then
      pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")))
      rss=$((rss + $(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup")))
    fi
  done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  for p in $pids; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null || true
  done
  echo "$((pss / 1024)) $((rss / 1024))"
}

# One Callboard start; prints "page_ms ready_ms pss rss".
run_app() {
  local scenario=$1 data log pid ms ready
  data=$(mktemp -d); log="$data/app.log"
  [ "$scenario" = seeded ] && cp "$seed_dir/calls.sqlite3" "$data/"
  # Write the copy out first: 150 MB of dirty pages flushed during the start would stall
  # WebKit's own fsyncs and be measured as the app's (a user's log is not freshly written).
  sync
  CALLBOARD_DATA_DIR="$data" CALLBOARD_SANDBOX=1 NO_AT_BRIDGE=1 GTK_A11Y=none \
    WEBKIT_DISABLE_COMPOSITING_MODE=1 RUST_LOG=info "$bin" >"$log" 2>&1 &
  pid=$!
  wait_for_line "$log" "page loaded" || true
  wait_for_line "$log" "start-up finished" || true
  ms=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep "page loaded" | grep -o 'ms=[0-9]*' | head -1 | cut -d= -f2)
  ready=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep "start-up finished" | grep -o 'ms=[0-9]*' | head -1 | cut -d= -f2)
  sleep 5 # let the page settle before reading idle memory
  echo "${ms:-NA} ${ready:-NA} $(measure_and_stop "$pid")"
  rm -rf "$data"
}

# One bare-window start; prints "page_ms NA pss rss".
run_baseline() {
  local home log pid ms
  home=$(mktemp -d); log="$home/app.log"
  sync # as before each Callboard start
  HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
    XDG_CONFIG_HOME="$home/.config" NO_AT_BRIDGE=1 GTK_A11Y=none \
    WEBKIT_DISABLE_COMPOSITING_MODE=1 "$BASELINE_BIN" >"$log" 2>&1 &
  pid=$!
  wait_for_line "$log" "page load Finished" || true
  # Rust's Debug for Duration: "182.345678ms", "1.234567s" or "950.1µs".
  ms=$(grep "page load Finished" "$log" | head -1 | sed -E 's/.* at ([0-9.]+)(ms|s|µs)$/\1 \2/' |
    awk '{ f = ($2 == "s") ? 1000 : ($2 == "ms") ? 1 : 0.001; if ($1 != "") printf "%d", $1 * f }')
  sleep 5
  echo "${ms:-NA} NA $(measure_and_stop "$pid")"
  rm -rf "$home"
}

results=$(mktemp)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in empty seeded; do
  for i in $(seq 1 "$runs"); do
    r=$(run_app "$scenario"); echo "$scenario callboard $r" >>"$results"
    echo "$scenario run $i: callboard page load ${r%% *} ms (ready $(echo "$r" | cut -d' ' -f2) ms), PSS $(echo "$r" | cut -d' ' -f3) MiB"
    r=$(run_baseline); echo "$scenario baseline $r" >>"$results"
    echo "$scenario run $i: bare window page load ${r%% *} ms, PSS $(echo "$r" | cut -d' ' -f3) MiB"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Medians, stalled starts and the targets, per scenario.
awk -v stall="$STALL_MS" -v attempts="$attempts" '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  $3 != "NA" { page[$1 "/" $2] = page[$1 "/" $2] " " $3; n[$1 "/" $2]++ }
  $4 != "NA" { ready[$1] = ready[$1] " " $4 }
  { pss[$1 "/" $2] = pss[$1 "/" $2] " " $5; rss[$1 "/" $2] = rss[$1 "/" $2] " " $6; rows[NR] = $0 }
  END {
    for (s = 1; s <= 2; s++) {
      sc = (s == 1) ? "empty" : "seeded"
      base = median(page[sc "/baseline"]); app = median(page[sc "/callboard"])
      for (r in rows) { split(rows[r], f, " "); if (f[1] == sc && f[3] != "NA" && f[3] > base + stall) st[sc "/" f[2]]++ }
      label = (sc == "empty") ? "empty log" : "seeded log (" attempts " attempts)"
      printf "\n%s, %d + %d starts:\n", label, n[sc "/callboard"], n[sc "/baseline"]
      printf "  page load median: Callboard %d ms, bare window %d ms (%.2fx; target <= 1.15x: %s)\n", app, base, (base > 0) ? app / base : 0, (base > 0 && app <= 1.15 * base) ? "met" : "NOT met"
      printf "  stalled (> %d ms + %d ms): Callboard %d, bare window %d (target: no more than the bare window: %s)\n", base, stall, st[sc "/callboard"], st[sc "/baseline"], (st[sc "/callboard"] + 0 <= st[sc "/baseline"] + 0) ? "met" : "NOT met"
      printf "  Callboard ready (call log open, sandbox up) median: %d ms\n", median(ready[sc])
      printf "  idle memory median: Callboard %d MiB PSS / %d MiB RSS, bare window %d MiB PSS / %d MiB RSS\n", median(pss[sc "/callboard"]), median(rss[sc "/callboard"]), median(pss[sc "/baseline"]), median(rss[sc "/baseline"])
      mem[sc] = median(pss[sc "/callboard"])
    }
    printf "\nidle PSS seeded vs empty: %d vs %d MiB (%+.0f %%; target within 10 %%: %s)\n", mem["seeded"], mem["empty"], 100 * (mem["seeded"] - mem["empty"]) / mem["empty"], (mem["seeded"] <= 1.10 * mem["empty"]) ? "met" : "NOT met"
  }' "$results"
cp "$results" "$REPO_ROOT/target/bench/last-results.txt"
rm -f "$results"

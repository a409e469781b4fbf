#!/usr/bin/env bash
# End-to-end tests: drives the real Callboard app through WebDriver against the sandbox simulator.
#
#   bash scripts/e2e.sh                        # build, run every spec in tests/e2e/specs
#   bash scripts/e2e.sh --repeat 10            # build once, run the suite 10 times, stop at the first red run
#   UPDATE_SCREENSHOTS=1 bash scripts/e2e.sh   # also refresh docs/screenshots/ from this run
#   E2E_SPECS="specs/smoke.spec.ts" bash scripts/e2e.sh   # run some specs only
#   E2E_PROFILE=release                     # drive the release build (benchmarks)
#   E2E_SEED_DIR=dir                        # start each run with a copy of dir's call store
#
# Spec order: smoke.spec.ts (a first launch on an empty data folder) and call-flow.spec.ts
# (connects through onboarding) first; accessibility.spec.ts, recent-large.spec.ts and
# campaigns.spec.ts last (a campaign calls most of the simulator's contacts, so specs that place
# single calls run before it and meet no "called a minute ago" question); the others in
# between. Every run gets its own data folder, keyring, simulator, display and
# free ports, so two runs on one machine (two worktrees) never share anything.
#
# What runs, and why:
#   - the app binary (debug build) and the contactship-sandbox simulator on a random loopback
#     port with a random API key;
#   - Xvfb (xvfb-run -a picks a free display) because WebKitGTK needs a display;
#   - a private D-Bus session with an unlocked gnome-keyring, so the app stores the key in a real
#     Secret Service exactly as on a desktop;
#   - tauri-driver, which starts WebKitWebDriver, which starts the app for each test session.
# Everything started here is stopped on exit. Logs, the app's data dir and screenshots are left
# in tests/e2e/artifacts/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

# E2E_ARTIFACTS moves the artifacts elsewhere (e.g. to run a spec while a --repeat run goes on).
ARTIFACTS="${E2E_ARTIFACTS_DIR:-${E2E_ARTIFACTS:-$REPO_ROOT/tests/e2e/artifacts}}"

# --- inside Xvfb and the private D-Bus session ------------------------------------------------
if [[ "${1:-}" == "--inside-session" ]]; then
  driver_pid=""
  stop_driver() {
    # tauri-driver runs in its own process group with WebKitWebDriver and the app under it.
    if [[ -n "$driver_pid" ]] && kill -0 "$driver_pid" 2>/dev/null; then
      kill -TERM -- "-$driver_pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$driver_pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL -- "-$driver_pid" 2>/dev/null || true
    fi
  }
  trap stop_driver EXIT

  note "display $DISPLAY, D-Bus session $DBUS_SESSION_BUS_ADDRESS"
  start_test_keyring "$E2E_KEYRING_DIR"
  ok "gnome-keyring unlocked (a fresh keyring for this run)"

  setsid tauri-driver --port "$TAURI_DRIVER_PORT" --native-port "$TAURI_NATIVE_PORT" \
    >"$ARTIFACTS/tauri-driver.log" 2>&1 &
  driver_pid=$!
  wait_for_port "$TAURI_DRIVER_PORT" 30 || die "tauri-driver did not listen on port $TAURI_DRIVER_PORT within 30 s (see artifacts/tauri-driver.log)"
  ok "tauri-driver listening on 127.0.0.1:$TAURI_DRIVER_PORT"

  section "Running the specs"
  cd "$REPO_ROOT/tests/e2e"
  if [[ -n "${E2E_SPECS:-}" ]]; then
    # shellcheck disable=SC2206 # E2E_SPECS is a list of globs on purpose.
    specs=($E2E_SPECS)
  else
    # smoke needs an empty data folder and call-flow connects through onboarding, so they go
    # first; accessibility needs call-flow's finished call and ends by re-running onboarding;
    # recent-large adds 10,000 attempts to the log, so nothing after it sees them.
    first=(specs/smoke.spec.ts specs/call-flow.spec.ts)
    last=(specs/accessibility.spec.ts specs/languages.spec.ts specs/recent-large.spec.ts specs/campaigns.spec.ts specs/campaigns-trial.spec.ts)
    specs=("${first[@]}")
    for spec in specs/*.spec.ts; do
      [[ " ${first[*]} ${last[*]} " == *" $spec "* ]] || specs+=("$spec")
    done
    for spec in "${last[@]}"; do [[ -f "$spec" ]] && specs+=("$spec"); done
  fi
  # node sorts the files it is given by name, so one runner file imports the specs in this order.
  # Kept in the artifacts too, so a failure can be summed up at the end (failure_digest).
  set +e
  E2E_SPEC_FILES="${specs[*]}" node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-timeout=600000 run-specs.ts 2>&1 |
    tee "$E2E_ARTIFACTS_DIR/node-test.log"
  exit "${PIPESTATUS[0]}"
fi

# --- outside: build, then per run: start the simulator and re-enter inside Xvfb + D-Bus --------
repeat=1
while (( $# > 0 )); do
  case "$1" in
    --repeat)
      [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--repeat needs a positive number of runs"
      repeat="$2"
      shift 2
      ;;
    *) die "unknown argument '$1' (use --repeat N)" ;;
  esac
done

started="$(now_s)"
[[ "${E2E_SKIP_DEPS:-}" == 1 ]] || bash "$REPO_ROOT/scripts/install-deps.sh" all

if [[ "${E2E_SKIP_UI_BUILD:-}" != 1 ]]; then
  section "Building the UI"
  npm --prefix ui run build
fi

# E2E_PROFILE=release drives the release build instead (scripts/bench-app.sh times it that way).
profile="${E2E_PROFILE:-debug}"
[[ "$profile" == debug || "$profile" == release ]] || die "E2E_PROFILE is debug or release, not '$profile'"
profile_flag=()
[[ "$profile" == release ]] && profile_flag=(--release)
section "Building the app, the sandbox simulator and the store seeder ($profile)"
cargo build --locked "${profile_flag[@]}" -p callboard -p contactship-sandbox
cargo build --locked "${profile_flag[@]}" -p callboard-core --example seed_store
target_dir="$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
app_binary="$target_dir/$profile/callboard"
sandbox_binary="$target_dir/$profile/contactship-sandbox"
seed_binary="$target_dir/$profile/examples/seed_store"
[[ -x "$app_binary" ]] || die "the app binary $app_binary was not built"
[[ -x "$sandbox_binary" ]] || die "the simulator binary $sandbox_binary was not built"
# Test copies of the binaries: a rebuild while the suite runs (another shell, --repeat) cannot
# change what is being tested halfway.
bin_dir="$(mktemp -d -t callboard-e2e-bin.XXXXXX)"
cp "$app_binary" "$bin_dir/callboard"
cp "$sandbox_binary" "$bin_dir/contactship-sandbox"
cp "$seed_binary" "$bin_dir/seed_store"
seed_binary="$bin_dir/seed_store"
app_binary="$bin_dir/callboard"
sandbox_binary="$bin_dir/contactship-sandbox"

sandbox_pid=""
data_dir=""
keyring_dir=""
# Stops this run's simulator and removes its folders (keeping a copy of the app's data).
end_run() {
  if [[ -n "$sandbox_pid" ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  sandbox_pid=""
  # Keep what the app wrote for debugging (the key-leak specs assert it holds no key).
  if [[ -n "$data_dir" && -d "$data_dir" ]]; then
    cp -r "$data_dir" "$ARTIFACTS/app-data" 2>/dev/null || true
    rm -rf "$data_dir"
  fi
  [[ -n "$keyring_dir" ]] && rm -rf "$keyring_dir"
  data_dir=""
  keyring_dir=""
}
cleanup() {
  local status=$?
  end_run
  rm -rf "$bin_dir"
  printf '\ne2e finished in %s; artifacts in %s\n' "$(fmt_duration $(($(now_s) - started)))" "${ARTIFACTS#"$REPO_ROOT"/}"
  exit "$status"
}
trap cleanup EXIT

# One whole run of the suite on fresh state; returns the specs' exit status.
run_suite() {
  rm -rf "$ARTIFACTS"
  mkdir -p "$ARTIFACTS/screenshots"
  data_dir="$(mktemp -d -t callboard-e2e-data.XXXXXX)"
  keyring_dir="$(mktemp -d -t callboard-e2e-keyring.XXXXXX)"
  if [[ -n "${E2E_SEED_DIR:-}" ]]; then
    [[ -f "$E2E_SEED_DIR/calls.sqlite3" ]] || die "E2E_SEED_DIR=$E2E_SEED_DIR holds no calls.sqlite3"
    cp "$E2E_SEED_DIR"/calls.sqlite3* "$data_dir/"
  fi

  section "Starting the sandbox simulator"
  local api_key sandbox_url="" status=0
  api_key="cb_e2e_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  "$sandbox_binary" --port 0 --api-key "$api_key" >"$ARTIFACTS/sandbox.log" 2>&1 &
  sandbox_pid=$!
  for _ in $(seq 300); do
    sandbox_url="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/v1' "$ARTIFACTS/sandbox.log" | head -1 || true)"
    [[ -n "$sandbox_url" ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { echo "the simulator exited at start (see artifacts/sandbox.log)"; return 1; }
    sleep 0.1
  done
  [[ -n "$sandbox_url" ]] || { echo "the simulator printed no 'listening on' line within 30 s"; return 1; }
  ok "simulator at $sandbox_url"

  # Ports are picked free for every run (the kernel chooses), never fixed, so a parallel run
  # elsewhere on the machine cannot collide with this one.
  CALLBOARD_APP="$app_binary" CALLBOARD_DATA_DIR="$data_dir" CALLBOARD_API_URL="$sandbox_url" \
    SANDBOX_URL="$sandbox_url" CALLBOARD_E2E_API_KEY="$api_key" TAURI_WEBVIEW_AUTOMATION=true \
    CALLBOARD_E2E_SEED_STORE="$seed_binary" \
    E2E_ARTIFACTS_DIR="$ARTIFACTS" E2E_KEYRING_DIR="$keyring_dir" \
    TAURI_DRIVER_PORT="$(free_port)" TAURI_NATIVE_PORT="$(free_port)" RUST_LOG="${RUST_LOG:-info}" \
    NO_AT_BRIDGE=1 GTK_A11Y=none \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    dbus-run-session -- bash "$REPO_ROOT/scripts/e2e.sh" --inside-session || status=$?
  end_run
  return "$status"
}
# (NO_AT_BRIDGE=1 GTK_A11Y=none: no accessibility bus inside the private session; without them
# GTK waits ~10 s for one.)

status=0
if (( repeat == 1 )); then
  section "Starting Xvfb, D-Bus, gnome-keyring and tauri-driver"
  run_suite || status=$?
else
  durations=()
  green=0
  for run in $(seq "$repeat"); do
    section "Run $run of $repeat"
    run_started="$(now_s)"
    run_status=0
    run_suite || run_status=$?
    durations+=("run $run: $(fmt_duration $(($(now_s) - run_started))) $( ((run_status == 0)) && echo green || echo RED)")
    if (( run_status != 0 )); then
      status=$run_status
      break
    fi
    green=$((green + 1))
  done
  section "Repeat summary"
  printf '    %s\n' "${durations[@]}"
  printf 'e2e repeat: %d/%d green\n' "$green" "$repeat"
fi

if (( status == 0 )) && [[ "${UPDATE_SCREENSHOTS:-}" == 1 ]]; then
  mkdir -p "$REPO_ROOT/docs/screenshots"
  cp "$ARTIFACTS"/screenshots/*.png "$REPO_ROOT/docs/screenshots/"
  ok "docs/screenshots/ updated from this run"
fi
# CI shows only the end of a failed stage's output: put the first failure's message (without
# its stack) and the app's last warnings there, so one red run says what went wrong.
failure_digest() {
  local log="$ARTIFACTS/node-test.log"
  [[ -f "$log" ]] || return 0
  printf '\n==> First failing test (the whole output: %s)\n' "${log#"$REPO_ROOT"/}"
  awk '/failing tests:/ { listed = 1; next }
       listed && /^[[:space:]]*✖/ { n++ }
       listed && n == 1 && !/^[[:space:]]+at / { print }
       n == 2 { exit }' "$log" | head -30
  printf '==> The app'"'"'s last warnings and errors\n'
  grep -E '(WARN|ERROR)' "$ARTIFACTS/tauri-driver.log" 2>/dev/null | tail -8 | cut -c1-300 || true
}
if (( status != 0 )); then
  failure_digest
  printf '\nend-to-end tests failed; see tests/e2e/artifacts/ (tauri-driver.log has the app output)\n'
fi
exit "$status"

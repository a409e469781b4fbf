#!/usr/bin/env bash
# End-to-end tests: drives the real Callboard app through WebDriver against the sandbox simulator.
#
#   bash scripts/e2e.sh                        # build, run every spec in tests/e2e/specs
#   UPDATE_SCREENSHOTS=1 bash scripts/e2e.sh   # also refresh docs/screenshots/ from this run
#   E2E_SPECS="specs/smoke.spec.ts" bash scripts/e2e.sh   # run some specs only
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

ARTIFACTS="$REPO_ROOT/tests/e2e/artifacts"

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
  # shellcheck disable=SC2086 # E2E_SPECS is a list of globs on purpose.
  node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-timeout=600000 ${E2E_SPECS:-specs/*.spec.ts}
  exit $?
fi

# --- outside: build, start the simulator, then re-enter inside Xvfb + D-Bus --------------------
started="$(now_s)"
[[ "${E2E_SKIP_DEPS:-}" == 1 ]] || bash "$REPO_ROOT/scripts/install-deps.sh" all

rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS/screenshots"

if [[ "${E2E_SKIP_UI_BUILD:-}" != 1 ]]; then
  section "Building the UI"
  npm --prefix ui run build
fi

section "Building the app and the sandbox simulator (debug)"
cargo build --locked -p callboard -p contactship-sandbox
target_dir="$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
app_binary="$target_dir/debug/callboard"
sandbox_binary="$target_dir/debug/contactship-sandbox"
[[ -x "$app_binary" ]] || die "the app binary $app_binary was not built"
[[ -x "$sandbox_binary" ]] || die "the simulator binary $sandbox_binary was not built"

sandbox_pid=""
data_dir="$(mktemp -d -t callboard-e2e-data.XXXXXX)"
keyring_dir="$(mktemp -d -t callboard-e2e-keyring.XXXXXX)"
cleanup() {
  local status=$?
  if [[ -n "$sandbox_pid" ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  # Keep what the app wrote for debugging (the key-leak specs assert it holds no key).
  if [[ -d "$data_dir" ]]; then
    cp -r "$data_dir" "$ARTIFACTS/app-data" 2>/dev/null || true
    rm -rf "$data_dir"
  fi
  rm -rf "$keyring_dir"
  printf '\ne2e finished in %s; artifacts in %s\n' "$(fmt_duration $(($(now_s) - started)))" "${ARTIFACTS#"$REPO_ROOT"/}"
  exit "$status"
}
trap cleanup EXIT

section "Starting the sandbox simulator"
api_key="cb_e2e_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
"$sandbox_binary" --port 0 --api-key "$api_key" >"$ARTIFACTS/sandbox.log" 2>&1 &
sandbox_pid=$!
sandbox_url=""
for _ in $(seq 300); do
  sandbox_url="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/v1' "$ARTIFACTS/sandbox.log" | head -1 || true)"
  [[ -n "$sandbox_url" ]] && break
  kill -0 "$sandbox_pid" 2>/dev/null || die "the simulator exited at start (see artifacts/sandbox.log)"
  sleep 0.1
done
[[ -n "$sandbox_url" ]] || die "the simulator printed no 'listening on' line within 30 s"
ok "simulator at $sandbox_url"

export CALLBOARD_APP="$app_binary"
export CALLBOARD_DATA_DIR="$data_dir"
export CALLBOARD_API_URL="$sandbox_url"
export SANDBOX_URL="$sandbox_url"
export CALLBOARD_E2E_API_KEY="$api_key"
export TAURI_WEBVIEW_AUTOMATION=true
export E2E_ARTIFACTS_DIR="$ARTIFACTS"
export E2E_KEYRING_DIR="$keyring_dir"
export TAURI_DRIVER_PORT="$(free_port)"
export TAURI_NATIVE_PORT="$(free_port)"
export RUST_LOG="${RUST_LOG:-info}"
# No accessibility bus inside the private session: without these GTK waits ~10 s for one.
export NO_AT_BRIDGE=1 GTK_A11Y=none

section "Starting Xvfb, D-Bus, gnome-keyring and tauri-driver"
status=0
xvfb-run -a -s "-screen 0 1280x900x24" \
  dbus-run-session -- bash "$REPO_ROOT/scripts/e2e.sh" --inside-session || status=$?

if (( status == 0 )) && [[ "${UPDATE_SCREENSHOTS:-}" == 1 ]]; then
  mkdir -p "$REPO_ROOT/docs/screenshots"
  cp "$ARTIFACTS"/screenshots/*.png "$REPO_ROOT/docs/screenshots/"
  ok "docs/screenshots/ updated from this run"
fi
(( status == 0 )) || printf '\nend-to-end tests failed; see tests/e2e/artifacts/ (tauri-driver.log has the app output)\n'
exit "$status"

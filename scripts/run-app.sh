#!/usr/bin/env bash
# Installs what the app needs, builds the UI and the app (debug), and opens Callboard.
#
#   bash scripts/run-app.sh                      # opens Callboard in sandbox mode
#   CALLBOARD_SANDBOX=0 bash scripts/run-app.sh  # the app's own start: last mode, or onboarding
#   RUN_APP_SCREENSHOT=/tmp/shot.png bash scripts/run-app.sh
#                                                # headless: start under Xvfb, save a screenshot, quit
#
# With no display (a server, CI, an SSH session) the app runs under a virtual display (Xvfb) so it
# still starts; you will not see it, but RUN_APP_SCREENSHOT shows what it drew.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# --- inside Xvfb and the private D-Bus session (see the end of this file) ----------------------
if [[ "${1:-}" == "--inside-session" ]]; then
  keyring_dir="$(mktemp -d -t callboard-run-keyring.XXXXXX)"
  log="$(mktemp -t callboard-run-log.XXXXXX)"
  pid=""
  stop_app() {
    [[ -z "$pid" ]] || kill "$pid" 2>/dev/null || true
    rm -rf "$keyring_dir" "$log"
  }
  trap stop_app EXIT
  start_test_keyring "$keyring_dir"
  if [[ -z "$CALLBOARD_RUN_SHOT" ]]; then
    "$CALLBOARD_RUN_APP" || true
    exit 0
  fi
  "$CALLBOARD_RUN_APP" >"$log" 2>&1 &
  pid=$!
  # The app logs "page loaded" once the web view has painted; allow 60 s on a cold machine.
  for _ in $(seq 600); do
    grep -q "page loaded" "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; die "Callboard exited before showing its window"; }
    sleep 0.1
  done
  # Let fonts and the first data load settle before the picture is taken.
  sleep "${RUN_APP_SCREENSHOT_DELAY:-5}"
  import -window root "$CALLBOARD_RUN_SHOT"
  ok "screenshot saved to $CALLBOARD_RUN_SHOT"
  exit 0
fi

screenshot="${RUN_APP_SCREENSHOT:-}"
# A relative screenshot path means relative to where the command was typed.
[[ -z "$screenshot" ]] || screenshot="$(realpath -m -- "$screenshot")"
cd "$REPO_ROOT"
# Headless runs also need Xvfb and gnome-keyring, which only the full profile installs.
if [[ -n "$screenshot" || ( -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ) ]]; then
  bash scripts/install-deps.sh all
else
  bash scripts/install-deps.sh run
fi

section "Building the UI"
npm --prefix ui run build

section "Building Callboard and callboard-cli (debug)"
cargo build -p callboard -p callboard-cli
target_dir="$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
app="$target_dir/debug/callboard"
# The command-line tool sits beside the app; a link in ~/.local/bin puts it on the PATH.
mkdir -p "$HOME/.local/bin"
ln -sf "$target_dir/debug/callboard-cli" "$HOME/.local/bin/callboard-cli"
ok "callboard-cli: $HOME/.local/bin/callboard-cli (try: callboard-cli campaign check --csv FILE)"
export RUST_LOG="${RUST_LOG:-info}"
# The README promises the sandbox: a new user can try everything with no account.
export CALLBOARD_SANDBOX="${CALLBOARD_SANDBOX:-1}"
[[ "$CALLBOARD_SANDBOX" != 0 ]] || unset CALLBOARD_SANDBOX

if [[ -z "$screenshot" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
  section "Opening Callboard"
  exec "$app"
fi

# No display, or a screenshot was asked for: run inside Xvfb with a private D-Bus session and an
# unlocked gnome-keyring, the same environment the end-to-end tests use.
export CALLBOARD_RUN_APP="$app" CALLBOARD_RUN_SHOT="$screenshot"
export NO_AT_BRIDGE=1 GTK_A11Y=none
# Xvfb has no compositor: without this WebKitGTK may not repaint the window it shows.
export WEBKIT_DISABLE_COMPOSITING_MODE=1
if [[ -z "$screenshot" ]]; then
  section "No display found: starting Callboard under a virtual display (Xvfb)"
  note "The window is not visible from here. Use RUN_APP_SCREENSHOT=/path/shot.png to see what it shows."
  note "Press Ctrl+C to stop."
else
  section "Starting Callboard under Xvfb to take a screenshot"
fi
# The private bus's daemon narrates every service it activates (and the accessibility bus it
# can't find); that is noise to someone trying the app, so only its other lines pass through.
exec xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- bash "$REPO_ROOT/scripts/run-app.sh" --inside-session \
  2> >(grep --line-buffered -v -E '^dbus-daemon\[[0-9]+\]: |at-spi|AT-SPI|accessibility bus' >&2)

#!/usr/bin/env bash
# Tests the Linux .deb the way a person meets it: installs it into this system, looks for what it
# put where the desktop expects it, opens the INSTALLED app and checks it reaches its first page,
# then purges it and checks nothing of it is left.
#
#   bash scripts/package-test.sh                            # bundle the debug build as a .deb, test it
#   PACKAGE_TEST_DEB=path/to/Callboard.deb bash scripts/package-test.sh   # test a given .deb (a release one)
#
# Runs as root (CI) or through sudo: it installs into / with apt-get, and it REMOVES any
# `callboard` package already installed here first (a leftover of an earlier run, or a real
# install), so running it twice in a row gives the same result. Every tool it needs is required:
# a missing one is an error naming the Debian package to install (bash scripts/install-deps.sh
# all installs them), never a skipped check.
#
# The .deb: `tauri bundle --debug --bundles deb` wraps the debug binary that `cargo build -p
# callboard -p contactship-sandbox` (the e2e stage's build) already made, so nothing compiles
# again: bundling takes ~5 s. It is the same bundler, configuration, desktop entry and icons as
# the release package (scripts/package.sh); only the binary is the unoptimized one.
#
# The checks, each one line "pass: NAME" or "FAIL: NAME: why", then "package checks: P passed,
# F failed" (scripts/test.sh counts these as tests):
#   1. package metadata     - name, version (tauri.conf.json's), WebKitGTK 4.1 and GTK 3 in Depends,
#                             maintainer, homepage, description; ships /usr/bin/callboard
#   2. installs with apt    - `apt-get install ./Callboard_*.deb` succeeds and dpkg says installed
#   3. binary on PATH       - /usr/bin/callboard is an executable the package owns, `callboard` resolves
#   4. desktop entry, icons - /usr/share/applications/Callboard.desktop passes desktop-file-validate
#                             (no error or warning), runs callboard, names the icon; one PNG of the
#                             right size in each /usr/share/icons/hicolor/<N>x<N>/apps/
#   5. opens onboarding     - /usr/bin/callboard, started by tauri-driver under Xvfb in a private
#                             D-Bus session with an unlocked gnome-keyring and an empty HOME/XDG
#                             folders, shows the onboarding screen (tests/e2e/installed/first-page.ts,
#                             through WebDriver, with time limits; no sleeps), and keeps its data
#                             in $XDG_DATA_HOME/ai.callboard.desktop
#   6. purge leaves nothing - `dpkg --purge` succeeds; dpkg no longer knows the package; none of the
#                             files it had installed (binary, desktop entry, icons) is left
# A check that cannot run because an earlier one failed counts as failed. Logs: target/package-test/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

PACKAGE=callboard
BINARY=/usr/bin/callboard
DESKTOP_FILE=/usr/share/applications/Callboard.desktop
ICON_SIZES=(32 48 64 128 256 512)
APP_IDENTIFIER=ai.callboard.desktop
ARTIFACTS="$REPO_ROOT/target/package-test"

# --- inside Xvfb and the private D-Bus session: start tauri-driver and open the installed app -----
if [[ "${1:-}" == "--inside-session" ]]; then
  driver_pid=""
  stop_driver() {
    if [[ -n "$driver_pid" ]] && kill -0 "$driver_pid" 2>/dev/null; then
      kill -TERM -- "-$driver_pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$driver_pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL -- "-$driver_pid" 2>/dev/null || true
    fi
  }
  trap stop_driver EXIT
  start_test_keyring "$PACKAGE_TEST_KEYRING_DIR"
  # The app's own folders: an empty home, as on a first login. tauri-driver starts
  # WebKitWebDriver, which starts the app, each inheriting this environment, so it is set for the
  # driver. (The keyring daemon above keeps its keyring elsewhere: start_test_keyring.)
  export HOME="$PACKAGE_TEST_HOME" XDG_DATA_HOME="$PACKAGE_TEST_HOME/.local/share" \
    XDG_CONFIG_HOME="$PACKAGE_TEST_HOME/.config" XDG_CACHE_HOME="$PACKAGE_TEST_HOME/.cache" \
    XDG_STATE_HOME="$PACKAGE_TEST_HOME/.local/state"
  setsid tauri-driver --port "$TAURI_DRIVER_PORT" --native-port "$TAURI_NATIVE_PORT" >"$ARTIFACTS/tauri-driver.log" 2>&1 &
  driver_pid=$!
  wait_for_port "$TAURI_DRIVER_PORT" 30 || { echo "tauri-driver did not listen on port $TAURI_DRIVER_PORT within 30 s"; exit 1; }
  cd "$REPO_ROOT/tests/e2e"
  node --import tsx installed/first-page.ts
  exit $?
fi

# --- tools ------------------------------------------------------------------------------------
# Each tool and the Debian package (or command) that provides it.
declare -A tool_source=(
  [dpkg]=dpkg [dpkg-deb]=dpkg [dpkg-query]=dpkg [apt-get]=apt
  [desktop-file-validate]=desktop-file-utils [file]=file
  [xvfb-run]=xvfb [dbus-run-session]=dbus [gnome-keyring-daemon]=gnome-keyring
  [WebKitWebDriver]=webkit2gtk-driver [tauri-driver]="'cargo install tauri-driver --locked'"
  [node]=nodejs [cargo]="rustup (https://rustup.rs)"
)
missing=()
for tool in "${!tool_source[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (from ${tool_source[$tool]})")
done
(( ${#missing[@]} == 0 )) || die "the package test needs tools that are not installed: ${missing[*]}. Run 'bash scripts/install-deps.sh all' (or install them) and retry."
[[ -d "$REPO_ROOT/tests/e2e/node_modules/webdriverio" ]] || die "tests/e2e/node_modules is missing (run 'bash scripts/install-deps.sh all')"
[[ "$(id -u)" -eq 0 ]] || command -v sudo >/dev/null 2>&1 || die "the package test installs into the system: run it as root or install sudo"

rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS"
started="$(now_s)"

# --- the .deb -----------------------------------------------------------------------------------
if [[ -n "${PACKAGE_TEST_DEB:-}" ]]; then
  deb="$(realpath "$PACKAGE_TEST_DEB")"
  [[ -f "$deb" ]] || die "PACKAGE_TEST_DEB=$PACKAGE_TEST_DEB is not a file"
else
  section "Bundling the debug build as a .deb"
  # The e2e stage's exact build command: after it, this is a no-op (~1 s), and alone it builds.
  cargo build --locked -p callboard -p contactship-sandbox
  target_dir="$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
  rm -rf "$target_dir/debug/bundle/deb"
  # --no-binary-patching: leave target/debug/callboard as cargo wrote it (the bundler would
  # otherwise stamp its bundle type into it in place; that only matters to Tauri's updater).
  (cd "$REPO_ROOT/ui" && TAURI_APP_PATH="$REPO_ROOT/src-tauri" TAURI_FRONTEND_PATH="$REPO_ROOT/ui" \
    ./node_modules/.bin/tauri bundle --debug --bundles deb --no-binary-patching --ci) 2>&1 | tee "$ARTIFACTS/bundle.log"
  debs=("$target_dir"/debug/bundle/deb/*.deb)
  [[ -f "${debs[0]}" ]] || die "the bundler wrote no .deb (see target/package-test/bundle.log)"
  deb="${debs[0]}"
fi
ok "testing $deb ($(du -h "$deb" | cut -f1))"

# --- checks -----------------------------------------------------------------------------------
passed=0
failed=0
# check NAME FUNCTION: runs FUNCTION in this shell (so it can set variables), its output kept in
# the log; its last line of output is the reason shown when it fails.
check() {
  local name="$1" fn="$2" out="$ARTIFACTS/check.out" status=0
  "$fn" >"$out" 2>&1 || status=$?
  { echo "== $name"; cat "$out"; } >>"$ARTIFACTS/checks.log"
  if (( status == 0 )); then
    passed=$((passed + 1))
    printf '%s    pass: %s%s\n' "$_green" "$name" "$_reset"
  else
    failed=$((failed + 1))
    printf '%s    FAIL: %s: %s%s\n' "$_red" "$name" "$(tail -1 "$out")" "$_reset"
  fi
  return "$status"
}
# A check that could not run because an earlier one failed.
not_run() {
  failed=$((failed + 1))
  printf '%s    FAIL: %s: not run (%s)%s\n' "$_red" "$1" "$2" "$_reset"
}

installed_version() {
  dpkg-query -W -f='${Status} ${Version}' "$PACKAGE" 2>/dev/null | awk '$3 == "installed" {print $4}'
}

# Purges the package if dpkg knows it in any state (installed, half-installed, config-files).
purge_if_known() {
  if dpkg-query -W -f='${Status}' "$PACKAGE" >/dev/null 2>&1; then
    as_root env DEBIAN_FRONTEND=noninteractive dpkg --purge "$PACKAGE"
  fi
}

# Leftovers of an earlier run go first, so a run starts from "not installed".
section "Removing any earlier install of $PACKAGE"
if dpkg-query -W -f='${Status}' "$PACKAGE" >/dev/null 2>&1; then
  note "found $(dpkg-query -W -f='${Package} ${Version} (${Status})' "$PACKAGE"): purging it"
  purge_if_known >>"$ARTIFACTS/dpkg.log" 2>&1 || die "could not purge the installed $PACKAGE package (see target/package-test/dpkg.log)"
fi
[[ ! -e "$BINARY" ]] || die "$BINARY exists but no package owns it: remove it by hand (this test cannot prove an uninstall next to it)"
ok "$PACKAGE is not installed"

# Purge on exit too, when a check failed halfway; the next run would anyway.
installed_here=0
trap '(( installed_here )) && purge_if_known >>"$ARTIFACTS/dpkg.log" 2>&1 || true' EXIT

want_version="$(node -p 'require("./src-tauri/tauri.conf.json").version')"

check_metadata() {
  local field value
  for field in Package Version Depends Maintainer Homepage Description; do
    value="$(dpkg-deb -f "$deb" "$field")"
    echo "$field: $value"
    [[ -n "$value" ]] || { echo "the control file has no $field"; return 1; }
  done
  [[ "$(dpkg-deb -f "$deb" Package)" == "$PACKAGE" ]] || { echo "Package is '$(dpkg-deb -f "$deb" Package)', not $PACKAGE"; return 1; }
  [[ "$(dpkg-deb -f "$deb" Version)" == "$want_version" ]] || { echo "Version is $(dpkg-deb -f "$deb" Version), tauri.conf.json says $want_version"; return 1; }
  local depends
  depends="$(dpkg-deb -f "$deb" Depends)"
  for dep in libwebkit2gtk-4.1-0 libgtk-3-0; do
    [[ ", $depends," == *", $dep"[,\ ]* ]] || { echo "Depends ($depends) does not name $dep"; return 1; }
  done
  local contents
  contents="$(dpkg-deb -c "$deb")"
  grep -qE ' (\./)?usr/bin/callboard$' <<<"$contents" || { echo "the package does not ship ./usr/bin/callboard"; return 1; }
}

check_install() {
  # apt-get, not dpkg -i: a missing dependency is pulled in (or named) instead of leaving a
  # half-configured package.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" 2>&1 | tee -a "$ARTIFACTS/dpkg.log" | tail -5
  [[ "${PIPESTATUS[0]}" == 0 ]] || { echo "apt-get install failed (see target/package-test/dpkg.log)"; return 1; }
  installed_here=1
  local version
  version="$(installed_version)"
  [[ "$version" == "$want_version" ]] || { echo "dpkg reports '${version:-not installed}', expected $want_version installed"; return 1; }
  echo "installed $PACKAGE $version"
}

check_binary() {
  [[ -x "$BINARY" ]] || { echo "$BINARY is missing or not executable"; return 1; }
  local kind owner
  kind="$(file -bL "$BINARY")"
  echo "$BINARY: $kind"
  [[ "$kind" == "ELF 64-bit"* ]] || { echo "$BINARY is not an ELF executable"; return 1; }
  owner="$(dpkg -S "$BINARY" 2>&1)" || true
  [[ "$owner" == "$PACKAGE: $BINARY" ]] || { echo "dpkg does not list $BINARY as $PACKAGE's ($owner)"; return 1; }
  [[ "$(command -v callboard)" == "$BINARY" ]] || { echo "'callboard' resolves to '$(command -v callboard)', not $BINARY"; return 1; }
}

check_desktop_and_icons() {
  [[ -f "$DESKTOP_FILE" ]] || { echo "$DESKTOP_FILE is missing"; return 1; }
  cat "$DESKTOP_FILE"
  local report
  # Hints are advice (e.g. another category could be added); errors and warnings are not.
  report="$(desktop-file-validate "$DESKTOP_FILE" 2>&1)" || true
  echo "$report"
  if grep -vE '^[^:]+: hint: ' <<<"$report" | grep -q .; then
    echo "desktop-file-validate: $(grep -vE '^[^:]+: hint: ' <<<"$report" | head -1)"
    return 1
  fi
  grep -qx 'Exec=callboard' "$DESKTOP_FILE" || { echo "Exec= is not 'callboard'"; return 1; }
  grep -qx 'Icon=callboard' "$DESKTOP_FILE" || { echo "Icon= is not 'callboard'"; return 1; }
  grep -qx 'Name=Callboard' "$DESKTOP_FILE" || { echo "Name= is not 'Callboard'"; return 1; }
  grep -qE '^Categories=.*Office;' "$DESKTOP_FILE" || { echo "Categories= has no Office"; return 1; }
  local size icon
  for size in "${ICON_SIZES[@]}"; do
    icon="/usr/share/icons/hicolor/${size}x${size}/apps/callboard.png"
    [[ -f "$icon" ]] || { echo "$icon is missing"; return 1; }
    file "$icon" | grep -q "PNG image data, $size x $size" || { echo "$icon is not a ${size}x${size} PNG: $(file -b "$icon")"; return 1; }
  done
  echo "icons: ${ICON_SIZES[*]}"
}

check_first_page() {
  local home keyring_dir status=0 real_data="${XDG_DATA_HOME:-$HOME/.local/share}/$APP_IDENTIFIER" had_real_data=0
  [[ -e "$real_data" ]] && had_real_data=1
  home="$(mktemp -d -t callboard-package-home.XXXXXX)"
  keyring_dir="$(mktemp -d -t callboard-package-keyring.XXXXXX)"
  # No CALLBOARD_DATA_DIR: the installed app picks its own data folder, as for a real user.
  env -u CALLBOARD_DATA_DIR -u CALLBOARD_API_URL -u CALLBOARD_SANDBOX \
    CALLBOARD_APP="$BINARY" TAURI_WEBVIEW_AUTOMATION=true RUST_LOG="${RUST_LOG:-info}" \
    PACKAGE_TEST_HOME="$home" PACKAGE_TEST_KEYRING_DIR="$keyring_dir" \
    TAURI_DRIVER_PORT="$(free_port)" TAURI_NATIVE_PORT="$(free_port)" \
    NO_AT_BRIDGE=1 GTK_A11Y=none \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- bash "$REPO_ROOT/scripts/package-test.sh" --inside-session || status=$?
  local data_dir="$home/.local/share/$APP_IDENTIFIER"
  if (( status == 0 )); then
    if (( ! had_real_data )) && [[ -e "$real_data" ]]; then
      echo "the app wrote to this user's own $real_data instead of the test's empty home"
      status=1
    elif [[ -d "$data_dir" ]]; then
      echo "its data folder: \$XDG_DATA_HOME/$APP_IDENTIFIER ($(find "$data_dir" -maxdepth 1 -mindepth 1 -printf '%f ' | head -c 200))"
    else
      echo "the app kept no data in \$XDG_DATA_HOME/$APP_IDENTIFIER (its home holds: $(cd "$home" && find . -maxdepth 4 | head -20 | tr '\n' ' '))"
      status=1
    fi
  else
    echo "the installed app did not reach onboarding (its output: target/package-test/tauri-driver.log)"
  fi
  rm -rf "$home" "$keyring_dir"
  return "$status"
}

check_purge() {
  local files
  # Every path the package installed, directories left out (shared ones such as /usr/bin stay).
  files="$(dpkg -L "$PACKAGE" | while read -r path; do [[ -d "$path" ]] || echo "$path"; done)"
  echo "installed files: $(wc -l <<<"$files")"
  as_root env DEBIAN_FRONTEND=noninteractive dpkg --purge "$PACKAGE" >>"$ARTIFACTS/dpkg.log" 2>&1 || { echo "dpkg --purge failed (see target/package-test/dpkg.log)"; return 1; }
  installed_here=0
  if dpkg-query -W -f='${Status}' "$PACKAGE" >/dev/null 2>&1; then
    echo "dpkg still knows $PACKAGE: $(dpkg-query -W -f='${Status}' "$PACKAGE")"
    return 1
  fi
  local left=()
  while read -r path; do [[ -e "$path" || -L "$path" ]] && left+=("$path"); done <<<"$files"
  for path in "$BINARY" "$DESKTOP_FILE" /usr/share/icons/hicolor/*/apps/callboard.png; do
    [[ -e "$path" ]] && left+=("$path")
  done
  (( ${#left[@]} == 0 )) || { echo "left behind: ${left[*]}"; return 1; }
  ! command -v callboard >/dev/null 2>&1 || { echo "'callboard' still resolves to $(command -v callboard)"; return 1; }
  echo "nothing left of the $(wc -l <<<"$files") installed files"
}

section "Checks"
check "package metadata" check_metadata || true
if check "installs with apt" check_install; then
  check "binary on PATH" check_binary || true
  check "desktop entry and icons" check_desktop_and_icons || true
  check "installed app opens onboarding" check_first_page || true
  check "purge leaves nothing" check_purge || true
else
  for name in "binary on PATH" "desktop entry and icons" "installed app opens onboarding" "purge leaves nothing"; do
    not_run "$name" "the install failed"
  done
fi

printf '\n    took %s; details in %s\n' "$(fmt_duration $(($(now_s) - started)))" "${ARTIFACTS#"$REPO_ROOT"/}/checks.log"
echo "package checks: $passed passed, $failed failed"
(( failed == 0 ))

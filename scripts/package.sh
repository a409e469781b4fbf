#!/usr/bin/env bash
# Builds Callboard's Linux packages with the Tauri bundler, through the npm Tauri CLI
# (@tauri-apps/cli, a devDependency of ui/; no `cargo install tauri-cli`).
#
#   bash scripts/package.sh                    # release build: .deb, .rpm, then the AppImage
#   bash scripts/package.sh --bundles deb      # only some of deb,rpm,appimage
#   bash scripts/package.sh --debug            # the debug profile (faster to build, large binary)
#
# What builds where: the bundler writes .deb and .rpm itself (no dpkg-deb, no rpmbuild, no
# download). The AppImage needs linuxdeploy, its GTK plugin and the AppImage runtime, which the
# bundler downloads from GitHub while it builds: with no internet that target fails, the script
# says which target and why, and still succeeds when the others built. It fails only when a
# .deb or .rpm that was asked for did not build (with PACKAGE_STRICT=1, as in the release
# workflow, when any did not). The last lines list each package with its path.
#
# The release build (`cargo build --release` through `tauri build`) is most of the time; the
# bundles themselves take seconds, and the UI is rebuilt only when ui/ changed (step 0). Measured
# on the 2-core machine with other builds running: cold (empty target dir) 28.5 min, after a change
# to the app crate ~8 min, nothing changed 4 s. Windows and macOS installers come from
# .github/workflows/release.yml. Packages land in <cargo target dir>/<profile>/bundle/<kind>/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

profile=release
bundles=(deb rpm appimage)
while (( $# > 0 )); do
  case "$1" in
    --debug) profile=debug; shift ;;
    --bundles)
      [[ -n "${2:-}" ]] || die "--bundles needs a list, e.g. --bundles deb,rpm"
      IFS=', ' read -r -a bundles <<<"$2"
      shift 2
      ;;
    *) die "unknown argument '$1' (use --debug, --bundles deb,rpm,appimage)" ;;
  esac
done
for b in "${bundles[@]}"; do
  [[ "$b" == deb || "$b" == rpm || "$b" == appimage ]] || die "unknown bundle '$b' (deb, rpm or appimage)"
done

started="$(now_s)"
[[ "${PACKAGE_SKIP_DEPS:-}" == 1 ]] || bash scripts/install-deps.sh run

tauri_cli="$REPO_ROOT/ui/node_modules/.bin/tauri"
[[ -x "$tauri_cli" ]] || die "the Tauri CLI is not installed in ui/node_modules (run 'bash scripts/install-deps.sh run')"
target_dir="$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
bundle_dir="$target_dir/$profile/bundle"
debug_flag=()
[[ "$profile" == debug ]] && debug_flag=(--debug)

# Old packages would otherwise be listed as if this run had made them.
for b in "${bundles[@]}"; do rm -rf "${bundle_dir:?}/$b"; done

LOG_DIR="$REPO_ROOT/target/package-logs"
mkdir -p "$LOG_DIR"

# Runs the Tauri CLI from ui/ (where it is installed, and where tauri.conf.json's build commands
# expect to start), keeping its output in a log. The CLI looks for tauri.conf.json only in and
# below its working folder, so it is told where the app is.
tauri() {
  local log="$1"
  shift
  (cd "$REPO_ROOT/ui" && TAURI_APP_PATH="$REPO_ROOT/src-tauri" TAURI_FRONTEND_PATH="$REPO_ROOT/ui" \
    "$tauri_cli" "$@" --ci) 2>&1 | tee "$log"
  return "${PIPESTATUS[0]}"
}

# 0. The UI. tauri.conf.json's beforeBuildCommand would rebuild it on every run, and rewritten
# files in ui/dist make cargo recompile the app crate (it embeds them): minutes in release, for
# nothing when the UI did not change. So it is rebuilt here only when a file under ui/ (outside
# node_modules and dist) changed since the last build, and the CLI is told not to rebuild it.
section "UI"
ui_stamp="$LOG_DIR/ui-sources.sha256"
ui_hash="$(cd "$REPO_ROOT" && find ui -path ui/node_modules -prune -o -path ui/dist -prune -o -type f -print0 |
  sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)"
if [[ -f ui/dist/index.html && -f "$ui_stamp" && "$(cat "$ui_stamp")" == "$ui_hash" ]]; then
  ok "ui/dist is up to date with ui/ (not rebuilt)"
else
  npm --prefix ui run build
  printf '%s\n' "$ui_hash" >"$ui_stamp"
fi
no_ui_build='{"build":{"beforeBuildCommand":null}}'

# 1. Build the app and the packages that need nothing from the internet.
offline=()
for b in "${bundles[@]}"; do [[ "$b" != appimage ]] && offline+=("$b"); done
declare -A failure=()
if (( ${#offline[@]} > 0 )); then
  section "tauri build ($profile): the app, then ${offline[*]}"
  build_started="$(now_s)"
  if ! tauri "$LOG_DIR/build.log" build "${debug_flag[@]}" --config "$no_ui_build" --bundles "$(IFS=,; echo "${offline[*]}")"; then
    for b in "${offline[@]}"; do failure[$b]="tauri build failed (see target/package-logs/build.log)"; done
  fi
  note "tauri build took $(fmt_duration $(($(now_s) - build_started)))"
else
  # Only the AppImage was asked for: build the app without bundling, then bundle it below.
  section "tauri build ($profile, no bundle)"
  tauri "$LOG_DIR/build.log" build "${debug_flag[@]}" --config "$no_ui_build" --no-bundle || die "tauri build failed (see target/package-logs/build.log)"
fi

# 2. The AppImage, from the binary just built (`tauri bundle` does not compile again).
if [[ " ${bundles[*]} " == *" appimage "* ]]; then
  section "tauri bundle ($profile): appimage"
  if [[ -n "${failure[deb]:-}${failure[rpm]:-}" ]]; then
    failure[appimage]="not tried: the app did not build"
  elif ! tauri "$LOG_DIR/appimage.log" bundle "${debug_flag[@]}" --bundles appimage; then
    log_text="$(sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$LOG_DIR/appimage.log")"
    # The bundler's own words: what it tried to download, and its last error line.
    url="$(grep -oE 'Downloading [^ ]+' <<<"$log_text" | tail -1 | cut -d' ' -f2)"
    error="$(grep -E '^ *Error ' <<<"$log_text" | tail -1 | sed -E 's/^ *Error +//' | cut -c1-300)"
    if [[ -n "$url" ]]; then
      failure[appimage]="the bundler downloads linuxdeploy and the AppImage runtime while it builds; fetching $url failed: ${error:-see the log}"
    else
      failure[appimage]="${error:-the bundler failed}"
    fi
  fi
fi

# 3. Say what was built, where, and what was not.
section "Packages ($profile build, $(fmt_duration $(($(now_s) - started))) in all)"
declare -A pattern=([deb]="deb/*.deb" [rpm]="rpm/*.rpm" [appimage]="appimage/*.AppImage")
status=0
for b in "${bundles[@]}"; do
  # shellcheck disable=SC2206 # the pattern is a glob on purpose
  files=($bundle_dir/${pattern[$b]})
  if [[ -z "${failure[$b]:-}" && -f "${files[0]}" ]]; then
    for f in "${files[@]}"; do ok "$b: $f ($(du -h "$f" | cut -f1))"; done
  else
    printf '%s    NOT BUILT: %s: %s%s\n' "$_red" "$b" "${failure[$b]:-the bundler reported success but wrote no ${pattern[$b]}}" "$_reset"
    [[ "$b" == appimage ]] && note "(the AppImage log: target/package-logs/appimage.log; the other packages are unaffected)"
    [[ "$b" != appimage || "${PACKAGE_STRICT:-}" == 1 ]] && status=1
  fi
done
exit "$status"

#!/usr/bin/env bash
# Installs everything needed, then runs every test: formatting, lints, the Rust unit and
# integration tests, the bindings drift check, the real Secret Service test, the UI checks and
# tests, and the end-to-end tests that drive the real app. Stops at the first failing stage.
#
#   bash scripts/test.sh
#
# Logs of each stage go to target/test-logs/. The last line sums up every test that ran.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

LOG_DIR="$REPO_ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
run_started="$(now_s)"
stage_names=()
stage_results=()
stage_times=()
# Each stage that runs tests appends "PASSED FAILED" here (stages run in subshells).
COUNTS="$LOG_DIR/counts"
: >"$COUNTS"

# Records how many tests a stage saw pass and fail.
add_counts() {
  printf '%d %d\n' "$1" "$2" >>"$COUNTS"
}

# Prints every stage with its result and time, then the overall count line.
print_summary() {
  section "Summary"
  local i
  for i in "${!stage_names[@]}"; do
    printf '    %-6s %-34s %s\n' "${stage_results[$i]}" "${stage_names[$i]}" "${stage_times[$i]}"
  done
  printf '    total time: %s\n\n' "$(fmt_duration $(($(now_s) - run_started)))"
  awk '{p+=$1; f+=$2} END {printf "all: %d passed, %d failed\n", p, f}' "$COUNTS"
}

# stage NAME FUNCTION: runs FUNCTION with output shown and kept in target/test-logs/NAME.log.
stage() {
  local name="$1" fn="$2" started log status=0
  log="$LOG_DIR/${name// /-}.log"
  : >"$log"
  section "${name}"
  started="$(now_s)"
  # A subshell outside any `||` keeps `set -e` in force inside the stage.
  set +e
  (set -e; "$fn" "$log")
  status=$?
  set -e
  stage_names+=("$name")
  stage_times+=("$(fmt_duration $(($(now_s) - started)))")
  if (( status == 0 )); then
    stage_results+=("ok")
  else
    stage_results+=("FAILED")
    print_summary
    die "stage '$name' failed (exit $status); its full output is in ${log#"$REPO_ROOT"/}"
  fi
}

# Runs a command, showing its output and appending it to a log.
logged() {
  local log="$1"
  shift
  "$@" 2>&1 | tee -a "$log"
}

# Removes colour codes so counts can be read from a log.
plain() {
  sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1"
}

# Adds up the "test result:" lines cargo test prints, one per test binary.
count_cargo() {
  local log="$1" passed failed
  passed="$(plain "$log" | grep -E '^test result:' | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')"
  failed="$(plain "$log" | grep -E '^test result:' | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')"
  echo "$passed $failed"
}

# --- stages ----------------------------------------------------------------------------------

stage_deps() { logged "$1" bash scripts/install-deps.sh all; }

stage_fmt() { logged "$1" cargo fmt --all --check; }

# The app crate embeds ui/dist at compile time (tauri's frontendDist), so the UI is built before
# anything compiles src-tauri, clippy included.
stage_ui_build() { logged "$1" npm --prefix ui run build; }

stage_clippy() { logged "$1" cargo clippy --workspace --all-targets --locked -- -D warnings; }

stage_rust_tests() {
  local log="$1" counts
  logged "$log" cargo test --workspace --locked
  counts="$(count_cargo "$log")"
  set -- $counts
  add_counts "$1" "$2"
  printf '\nrust: %d passed, %d failed\n' "$1" "$2"
}

# Regenerates ui/src/bindings.ts from the Rust command signatures and fails if the committed
# file differs: the UI must never call a command shape that no longer exists.
stage_bindings() {
  local log="$1" counts
  logged "$log" cargo test --locked -p callboard --lib export_bindings
  counts="$(count_cargo "$log")"
  set -- $counts
  (( $1 >= 1 )) || { echo "no test named like 'export_bindings' ran in src-tauri: the drift check checked nothing"; return 1; }
  if ! git -C "$REPO_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "not a git checkout: regenerated ui/src/bindings.ts but cannot compare it with the committed one (skipped)"
    return 0
  fi
  if ! git -C "$REPO_ROOT" diff --exit-code --stat -- ui/src/bindings.ts | tee -a "$log"; then
    git -C "$REPO_ROOT" diff -- ui/src/bindings.ts | head -60
    echo "ui/src/bindings.ts is out of date: commit the regenerated file (it was just rewritten)."
    return 1
  fi
  echo "ui/src/bindings.ts matches the Rust commands"
}

# Talks to a real Secret Service: a private D-Bus session with an unlocked gnome-keyring.
stage_secret_service() {
  local log="$1" counts
  # Not local: the EXIT trap runs after this function has returned (stages run in subshells).
  keyring_dir="$(mktemp -d -t callboard-keyring.XXXXXX)"
  trap 'rm -rf "$keyring_dir"' EXIT
  KEYRING_DIR="$keyring_dir" logged "$log" dbus-run-session -- bash -c '
    set -euo pipefail
    source scripts/lib/common.sh
    start_test_keyring "$KEYRING_DIR"
    cargo test --locked -p callboard-core --test secrets_secret_service -- --ignored
  '
  counts="$(count_cargo "$log")"
  set -- $counts
  (( $1 >= 1 )) || { echo "the Secret Service test ran no test"; return 1; }
  add_counts "$1" "$2"
}

stage_ui_tests() {
  local log="$1" line passed failed
  logged "$log" npm --prefix ui run check
  logged "$log" npm --prefix ui test
  line="$(plain "$log" | grep -E '^ *Tests +' | tail -1)"
  passed="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  failed="$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  add_counts "$passed" "$failed"
}

stage_e2e() {
  local log="$1" passed failed cancelled
  E2E_SKIP_DEPS=1 E2E_SKIP_UI_BUILD=1 logged "$log" bash scripts/e2e.sh
  passed="$(plain "$log" | grep -E '^ℹ pass [0-9]+' | tail -1 | grep -oE '[0-9]+' || echo 0)"
  failed="$(plain "$log" | grep -E '^ℹ fail [0-9]+' | tail -1 | grep -oE '[0-9]+' || echo 0)"
  cancelled="$(plain "$log" | grep -E '^ℹ cancelled [0-9]+' | tail -1 | grep -oE '[0-9]+' || echo 0)"
  add_counts "$passed" "$((failed + cancelled))"
}

stage "dependencies" stage_deps
stage "cargo fmt" stage_fmt
stage "ui build" stage_ui_build
stage "cargo clippy" stage_clippy
stage "rust tests" stage_rust_tests
stage "bindings drift" stage_bindings
stage "secret service" stage_secret_service
stage "ui check and tests" stage_ui_tests
stage "end-to-end" stage_e2e
print_summary

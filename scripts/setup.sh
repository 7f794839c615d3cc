#!/usr/bin/env bash
# Installs what building and testing the explorer needs, idempotently:
# the wasm target, trunk, wasm-bindgen-cli at the version in Cargo.lock,
# wasm-opt and the Playwright driver from npm, Debian's Chromium, poppler's
# pdftotext and the fonts the PDF fixtures are typeset in.
# Quick when everything is already there. Source scripts/env.sh after it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The whole test run writes about 2 GB under target/ (native tests, five
# release builds, the series sites); with less room it would fail halfway
# through a compile with a bare "No space left on device".
need_mb=${SETUP_NEED_DISK_MB:-3000}
free_mb=$(df -Pm . | awk 'NR == 2 { print $4 }')
if [ "$free_mb" -lt "$need_mb" ]; then
  echo "setup: only $free_mb MB free on $(df -P . | awk 'NR == 2 { print $6 }'); building and testing needs about $need_mb MB (set SETUP_NEED_DISK_MB to change)" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '0\.21\.14'; then
  say "installing trunk 0.21.14"
  cargo install trunk --version 0.21.14 --locked
fi

wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be $wbg, the version in Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg\$"; then
  say "installing wasm-bindgen-cli $wbg"
  cargo install wasm-bindgen-cli --version "$wbg"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, esbuild, parse5, playwright-core, axe-core, lighthouse, world-atlas)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Chromium for the browser tests; poppler's pdftotext reads a report given
# as a PDF; a CJK font (and DejaVu for Latin) typesets the PDF fixtures.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ] \
  || [ ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  say "installing Debian's chromium, chromium-driver, poppler-utils and fonts"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver poppler-utils fonts-wqy-zenhei fonts-dejavu-core >/dev/null
fi
say "ready: $(trunk --version), wasm-bindgen $wbg, $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null | head -1), $(pdftotext -v 2>&1 | head -1)"

#!/usr/bin/env bash
# Runs every test: native tests of the core and the app state (with the
# source-character integrity check), the world map against its source
# data, the built site's size budget, component tests in headless Chromium
# (wasm-bindgen-test), end-to-end tests of the built site served from a
# subpath (Playwright + Chromium), and a Lighthouse audit. Installs what it
# needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (parser, model, query engine, app state)"
cargo test --workspace --quiet
# The app's state over a site of several reports (a list drawn from
# outlines, made whole when its texts arrive): built with a series.
REPORT_FILE=tests/fixtures/series cargo test --quiet --lib

step "build the site (release), sites over a hostile report, another meeting's report and a series of two"
trunk build --release --quiet
REPORT_FILE=tests/fixtures/hostile.zh.txt trunk build --release --quiet --dist target/dist-hostile
REPORT_FILE=tests/fixtures/fixture-wg-prevention-2019-09.zh.txt trunk build --release --quiet --dist target/dist-fixture
REPORT_FILE=tests/fixtures/series trunk build --release --quiet --dist target/dist-series

step "the world map is what scripts/build-map.mjs makes of world-atlas"
node scripts/build-map.mjs --check

step "size budget"
# The 220 kB the prerendering issue set (README "Measured"): the page's
# text is sent once, a site of one report carries no series code, and the
# glue and the wasm's import names are minified. A site of several reports
# also carries the series' code (20 kB with lists drawn from outlines,
# their files asked for at once and their texts only as the page needs
# them, which added 2.0 kB: the 20-report site was 240.9 kB, the 50-report
# one 242.3 kB; then 246.8 and 248.0 kB; the 50-report one 248.7 kB since
# a keystroke's facet counts wait for the list's paint, 248.8 kB since the
# start runs in two tasks, README "Another report, or a series of them").
several=$(find data/reports -maxdepth 1 -name '*.zh.txt' | wc -l)
node scripts/size-budget.mjs dist "${SIZE_BUDGET_KB:-$([ "$several" -gt 1 ] && echo 249 || echo 220)}"

step "a series of 20 reports: the first load grows by no more than the list of them; a list of all is drawn from outlines (under 1 MB at 50)"
node scripts/series-size.mjs 20

step "component tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test components

step "end-to-end tests in headless Chromium (Playwright)"
node --test --test-timeout=120000 tests/e2e/

step "Lighthouse: accessibility, best practices and SEO 100 (performance printed, gated on a quiet machine with --timing)"
node scripts/lighthouse.mjs dist

#!/usr/bin/env bash
# Installs what is needed, builds the explorer with the embedded report and
# serves it at http://127.0.0.1:8080/ (REPORT_FILE=path for another report),
# rebuilding on changes. The build goes to target/serve, never to dist/ (the
# tests' build), and trunk injects no reload script: the page runs under
# the same Content Security Policy as when deployed. Reload by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --public-url / --dist target/serve --no-autoreload --no-error-reporting \
  --address 127.0.0.1 --port "${PORT:-8080}"

#!/usr/bin/env bash
# Installs what is needed, builds the explorer with the embedded report and
# serves it at http://127.0.0.1:8080/ (REPORT_FILE=path for another report).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --public-url / --address 127.0.0.1 --port "${PORT:-8080}"

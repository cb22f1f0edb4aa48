#!/usr/bin/env bash
# Runs Repère: installs what is missing, builds, and serves the app at
# http://127.0.0.1:8080 (Ctrl+C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080

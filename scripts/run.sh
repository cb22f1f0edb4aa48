#!/usr/bin/env bash
# Runs Repère: installs what is missing, builds, and serves the app at
# http://127.0.0.1:8080, and a demo venue page that embeds it from another
# origin at http://127.0.0.1:8081 (docs/embed.md). Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
if command -v node >/dev/null; then
  node scripts/venue-demo.mjs --port 8081 --widget http://127.0.0.1:8080/ &
  demo=$!
  trap 'kill "$demo" 2>/dev/null || true' EXIT
else
  echo "node not found: the demo venue page (port 8081) is not served; the app is." >&2
fi
trunk serve --release --offline --address 127.0.0.1 --port 8080

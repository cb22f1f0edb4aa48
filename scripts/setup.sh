#!/usr/bin/env bash
# Installs what Repère needs to build (and, with --test, to run its browser
# tests), skipping every tool already present at the right version.
# Versions: see ../shared/TOOLCHAIN.md. Everything comes from crates.io, npm and
# Debian packages; nothing is downloaded by Trunk itself (offline builds).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132
want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (binaryen@$BINARYEN_VERSION from npm)"
  npm install -g --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
fi

# npm packages for the browser tests, from the committed lock file.
stamp=tests/e2e/node_modules/.lock-hash
hash=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$hash" ]]; then
  say "installing npm packages for the tests (npm ci)"
  (cd tests/e2e && npm ci --no-audit --no-fund)
  echo "$hash" > "$stamp"
fi

if $want_test && ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian's Chromium for the browser tests"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Trunk builds offline: fetch crates first so a new dependency never breaks it.
cargo fetch --locked --quiet 2>/dev/null || cargo fetch --quiet
say "tools ready"

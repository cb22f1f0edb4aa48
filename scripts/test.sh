#!/usr/bin/env bash
# Runs every test of Repère: engine and content tests (cargo), the content
# validator, a small simulation, the release build, then the end-to-end and
# accessibility tests in Debian's Chromium, and the short web benchmark against
# its gates. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "content: repere validate"
cargo run -q -p repere-cli -- validate .

step "cargo test (engine, content, cli, app logic)"
# pipefail stops the script on a failing cargo test; the log is this run's own.
log=$(mktemp -t repere-cargo-test.XXXXXX)
cargo test --workspace --quiet 2>&1 | tee "$log" | grep -Ev '^(running 0 tests|test result: ok. 0 passed.*)$|^$'
awk '/^test result:/ { p += $4; f += $6 } END { printf "cargo: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"

step "release build (trunk, offline)"
trunk build --release --offline
bash scripts/sizes.sh

step "browser tests (Chromium, playwright-core, axe-core)"
bash tests/e2e/run.sh

step "web benchmark, short form, against its gates (scripts/bench-web.sh)"
bash scripts/bench-web.sh --short --no-build --check

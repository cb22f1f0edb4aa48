#!/usr/bin/env bash
# Runs the browser tests with node's test runner and prints one closing line
# "e2e: N passed, N failed". Each test has a time limit (REPERE_E2E_TEST_TIMEOUT
# ms, default 3 minutes), so a hang — a service worker that never activates —
# fails that test instead of stalling CI. Give file names to run only those:
#   bash tests/e2e/run.sh offline.test.mjs
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
if [[ $# -gt 0 ]]; then files=("$@"); else files=(./*.test.mjs); fi
node --test --test-concurrency=1 --test-timeout="${REPERE_E2E_TEST_TIMEOUT:-180000}" \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$log" "${files[@]}"
status=$?
passed=$(grep -E '^# pass ' "$log" | awk '{print $3}')
failed=$(grep -E '^# fail ' "$log" | awk '{print $3}')
echo "e2e: ${passed:-0} passed, ${failed:-0} failed"
rm -f "$log"
if [[ ${passed:-0} -eq 0 ]]; then exit 1; fi
exit $status

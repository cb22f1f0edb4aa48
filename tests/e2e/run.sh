#!/usr/bin/env bash
# Runs the browser tests with node's test runner and prints one closing line
# "e2e: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$log" ./*.test.mjs
status=$?
passed=$(grep -E '^# pass ' "$log" | awk '{print $3}')
failed=$(grep -E '^# fail ' "$log" | awk '{print $3}')
echo "e2e: ${passed:-0} passed, ${failed:-0} failed"
rm -f "$log"
if [[ ${passed:-0} -eq 0 ]]; then exit 1; fi
exit $status

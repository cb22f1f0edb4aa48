#!/usr/bin/env bash
# The web benchmark of issue 12: builds the release, serves dist/ with brotli
# and gzip on loopback, drives Debian's Chromium through the DevTools
# protocol, and prints bytes to the first question, cold-load timings, the
# warm offline start, answer → next item latency and a kiosk soak.
#
#   bash scripts/bench-web.sh [--short] [--check] [--no-build] [--json FILE]
#     --short     CI form: 2 cold loads on the first profile only, 30 soak sessions
#     --check     exit 1 when a budget below is broken (and say which)
#     --no-build  measure the dist/ already built (REPERE_DIST=/path for another)
#
# Budgets. "target" is the product's goal (December 2026: ≤ 300 KB brotli to
# the first question, first question ≤ 2.5 s, answer → next painted ≤ 100 ms
# median at 4x CPU; issue 12's 150 KB / 1.2 s / 16 ms were withdrawn, and "-"
# means no goal is set), printed as met or NOT MET; "gate"
# is what --check enforces (CI). Only what does not depend on the runner's
# speed is gated: bytes, memory and DOM/listener growth over the soak, and no
# page error anywhere in the run (any error fails --check). Times ("-" in the
# gate column) are printed against their target but never fail CI: Chromium's
# 4x CPU throttling is relative to the host, so on a slow or busy runner they
# measure the runner, not the app. They are gated only when
# BENCH_TIME_GATES=1, against the "regression" column scaled by a same-run
# reference: the bench first times a fixed JavaScript loop in Chromium
# (unthrottled, median of 5) and scales every time limit by
# (that time / BENCH_REFERENCE_LOOP_MS), the loop's time on the machine the
# limits were set on. Times in ms are medians of the cold loads at
# 1.6 Mbps / 750 kbps / 150 ms / 4x CPU; memory growth is between session 20
# (10 with --short) and the last soak session; it must stay strictly below
# its limit, and so must live DOM nodes per session (CDP Performance.getMetrics
# `Nodes`, detached ones too) and the JS heap growth (the short form's scaled
# to the full soak's 280 sessions); everything else at or below.
# The byte gate went from 365 to 395 KB with issues 20, 23, 25 and 26 (the
# outcome model, places and hours, the post-test questions, the salted venue
# lock, records format 3): the wasm grew from 298 to 335 KB brotli. The
# 300 KB goal is further away; see the closing note of that change.
read -r -d '' BENCH_BUDGETS <<'BUDGETS' || true
# key                     target  gate  regression  unit      what
first_question_br_kb        300    395     395      KB        everything fetched until the first question, brotli, as transferred
welcome_interactive_ms        -      -    4500      ms        welcome start button usable, 1.6 Mbps profile, median
first_question_ms          2500      -    5500      ms        first question painted, 1.6 Mbps profile, median
warm_offline_ms             500      -    1000      ms        reload with the network off, service worker, 4x CPU, median
answer_next_median_ms       100      -     250      ms        answer click → next item painted, 4x CPU, median
answer_next_worst_ms          -      -     600      ms        answer click → next item painted, 4x CPU, worst
soak_growth_mb                2      2       2      MB        wasm linear memory + JS heap used, session 20 → last
soak_dom_nodes_growth         0      0       0      nodes     DOM nodes after GC, session 20 → last
soak_listeners_growth         0      0       0      listeners JS event listeners, session 20 → last
reset_welcome_ms            500      -    1000      ms        kiosk soak, "Terminer" confirmed → welcome painted again (a reload on a kiosk), 1x CPU, median
soak_live_nodes_per_session   1      1       1      nodes     live DOM nodes after GC (CDP Performance.getMetrics Nodes, detached ones too) per session, session 20 → last
soak_js_heap_growth_mb        2      2       2      MB        JS heap used after GC (JSHeapUsedSize), session 20 → last, scaled to 280 sessions
BUDGETS
export BENCH_BUDGETS
# The reference loop time (ms) of the machine the regression limits were set
# on (see above); override with the environment.
export BENCH_REFERENCE_LOOP_MS="${BENCH_REFERENCE_LOOP_MS:-REFERENCE_TBD}"
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
pass=()
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    --short|--check) pass+=("$a") ;;
    --json) pass+=("$a") ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) pass+=("$a") ;;
  esac
done

if $build && [[ -z "${REPERE_DIST:-}" ]]; then
  echo "bench: trunk build --release --offline" >&2
  trunk build --release --offline >&2
fi
if [[ ! -d tests/e2e/node_modules/playwright-core ]]; then
  (cd tests/e2e && npm ci --no-audit --no-fund >&2)
fi
exec node tests/e2e/bench-web.mjs "${pass[@]}"

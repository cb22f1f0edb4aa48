#!/usr/bin/env bash
# Proves `repere calibrate` by recovery: simulated adaptive sessions whose
# answers come from perturbed parameters (b + 0.3·N(0,1), a·e^(0.25·N(0,1))),
# calibrated from the bank's (wrong) values; prints the RMSE of a and b against
# the parameters the answers came from, for items answered ≥ 200 times.
#   bash scripts/calibration-recovery.sh [SESSIONS…]      (default: 1000 5000 20000)
#   SEEDS="7 8 9" …                                       several seeds (default 7)
#   PRIOR_SDS="0.15 0.25 0.5" …                           the prior study: each σ_a on the same sessions
#   CALIBRATE_FLAGS="--max-file-records 500" …            extra options for calibrate
# Per seed: one row over every item answered ≥ 200 times, then one per answer-count bin
# with the coverage of the 95 % intervals (± 1.96 standard errors).
#   VOLUME=1000000 bash scripts/calibration-recovery.sh    time and peak memory of a national volume
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build -q --profile native -p repere-cli
repere=target/native/repere
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -n "${VOLUME:-}" ]]; then
  "$repere" simulate --export "$work/v.csv" --examinees "$VOLUME" --seed 11 --parameter-noise \
    --truth "$work/t.json" --design random --items 20 >/dev/null
  echo "export: $(du -h "$work/v.csv" | cut -f1) for $VOLUME sessions of 20 random items"
  /usr/bin/time -f 'calibrate: %e s wall, %M KB peak memory' \
    "$repere" calibrate "$work/v.csv" --truth "$work/t.json" --out "$work/out" | grep -E '^(time|recovery|[0-9]+ records)'
  exit 0
fi
seeds=${SEEDS:-7}
printf '| sessions | seed | σ_a | answers per item | items | RMSE a (bank → calibrated) | RMSE b (bank → calibrated) | 95 %% coverage a | 95 %% coverage b | EM iterations |\n|---|---|---|---|---|---|---|---|---|---|\n'
for n in "${@:-1000 5000 20000}"; do
  for m in $n; do
    for seed in $seeds; do
      "$repere" simulate --export "$work/s.csv" --examinees "$m" --seed "$seed" --parameter-noise --truth "$work/t.json" 2>/dev/null >/dev/null
      for sd in ${PRIOR_SDS:-default}; do
        prior=(); [[ $sd == default ]] || prior=(--a-prior-sd "$sd")
        out=$("$repere" calibrate "$work/s.csv" --truth "$work/t.json" --out "$work/out" "${prior[@]}" ${CALIBRATE_FLAGS:-} 2>/dev/null)
        rec=$(grep '^recovery over' <<<"$out" || true)
        its=$(grep -oE 'after [0-9]+ iterations' <<<"$out" | grep -oE '[0-9]+')
        items=$(grep -oE 'over [0-9]+ items' <<<"$rec" | grep -oE '[0-9]+' || echo 0)
        ra=$(grep -oE 'RMSE a [0-9.]+' <<<"$rec" | cut -d' ' -f3); oa=$(grep -oE "values: [0-9.]+\), RMSE b" <<<"$rec" | grep -oE '[0-9.]+' | head -1)
        rb=$(grep -oE 'RMSE b [0-9.]+' <<<"$rec" | cut -d' ' -f3); ob=$(grep -oE "values: [0-9.]+\)$" <<<"$rec" | grep -oE '[0-9.]+')
        echo "| $m | $seed | $sd | all ≥ 200 | $items | $oa → $ra | $ob → $rb | | | $its |"
        # recovery-bin LOW–HIGH: N items, RMSE a X (bank's Y), RMSE b X (bank's Y), 95 % coverage a P, b Q
        grep '^recovery-bin' <<<"$out" | sed -E 's/^recovery-bin ([^:]+): ([0-9]+) items, RMSE a ([0-9.]+) \(bank.s ([0-9.]+)\), RMSE b ([0-9.]+) \(bank.s ([0-9.]+)\), 95 % coverage a ([^,]+), b (.*)$/| '"$m"' | '"$seed"' | '"$sd"' | \1 | \2 | \4 → \3 | \6 → \5 | \7 | \8 | |/'
      done
    done
  done
done

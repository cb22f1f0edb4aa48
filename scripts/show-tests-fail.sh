#!/usr/bin/env bash
# Shows that native tests catch what they claim: breaks one feature at a time
# (a one-line change), runs the test that should catch it, prints whether it
# failed, and puts the file back. Refuses to run when one of the files it
# changes has uncommitted changes. Takes a few minutes (test builds).
#   bash scripts/show-tests-fail.sh
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

files=(crates/guidance/src/venues.rs crates/engine/src/evidence.rs assessments/bank.toml
       locales/fr/items/email.ftl crates/embed-protocol/src/theme.rs)
if ! git diff --quiet -- "${files[@]}"; then
  echo "show-tests-fail: commit or stash your changes to ${files[*]} first" >&2
  exit 2
fi

caught=0 missed=0
# Property tests that fail write regression seeds; those of a deliberate break go.
untracked_before=$(git ls-files --others --exclude-standard)
forget_seeds() {
  git ls-files --others --exclude-standard | grep 'proptest-regressions/' | while read -r f; do
    grep -qxF "$f" <<<"$untracked_before" || rm -f "$f"
  done
}
# name, file, text to replace, replacement, then the test command.
break_and_test() {
  local name=$1 file=$2 old=$3 new=$4; shift 4
  python3 - "$file" "$old" "$new" <<'PY' || { echo "show-tests-fail: $name: the text to break is no longer in $file" >&2; exit 2; }
import sys
path, old, new = sys.argv[1:]
text = open(path, encoding="utf-8").read()
if old not in text:
    sys.exit(1)
open(path, "w", encoding="utf-8").write(text.replace(old, new, 1))
PY
  if "$@" >"/tmp/show-tests-fail-$name.log" 2>&1; then
    echo "MISSED  $name: the tests passed with the feature broken ($*)"
    missed=$((missed + 1))
  else
    echo "caught  $name: $(grep -a -m1 -E 'panicked at|FAILED' "/tmp/show-tests-fail-$name.log")"
    caught=$((caught + 1))
  fi
  git checkout -q -- "$file"
  forget_seeds
}

break_and_test byte-safe-insee crates/guidance/src/venues.rs \
  $'b.len() == 5\n        && b[2..].iter().all(u8::is_ascii_digit)' \
  $'s.len() == 5\n        && s[2..].chars().all(|c| c.is_ascii_digit())' \
  cargo test -q -p repere-guidance --lib venues::
break_and_test evidence-rule crates/engine/src/evidence.rs \
  'items >= MIN_ITEMS && (se < MAX_SE' 'items >= MIN_ITEMS || (se < MAX_SE' \
  cargo test -q -p repere-engine --lib evidence::
break_and_test shipped-figures assessments/bank.toml \
  'level_confidence = 0.81' 'level_confidence = 0.6' \
  cargo test -q --profile native -p repere-content --test shipped_figures
break_and_test typography locales/fr/items/email.ftl \
  $'Qu\'est-ce qu\'un e-mail\u202f?' $'Qu\'est-ce qu\'un e-mail ?' \
  cargo test -q -p repere-content --test shipped_bank
break_and_test theme-contrast crates/embed-protocol/src/theme.rs \
  'pub const MIN_CONTRAST: f64 = 4.5;' 'pub const MIN_CONTRAST: f64 = 3.0;' \
  cargo test -q -p repere-embed --lib theme::

echo "show-tests-fail: $caught caught, $missed missed"
[[ $missed -eq 0 ]]

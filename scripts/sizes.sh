#!/usr/bin/env bash
# Prints the size of each file in dist/: raw, gzip -9 and brotli (if present).
set -euo pipefail
cd "$(dirname "$0")/../dist"
printf '%-48s %10s %10s %10s\n' file raw gzip-9 brotli
find . -type f ! -path './.stage/*' | sort | while read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  br=$(command -v brotli >/dev/null && brotli -c -q 11 "$f" | wc -c || echo -)
  printf '%-48s %10s %10s %10s\n' "${f#./}" "$raw" "$gz" "$br"
done

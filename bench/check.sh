#!/usr/bin/env bash
# Benchmark of `mdc check` on folders of mandate drafts, as a CI job that checks every draft of a
# repository on every push: how long a folder of N drafts takes, and how the time grows with N.
#
#   bench/check.sh [RUNS] [COUNTS...]   RUNS timed runs per folder (default 9) after one warm-up;
#                                       folders of COUNTS drafts (default 10 100 1000 2000)
#
# The drafts are the project's own examples/mandates/*.yaml, copied round-robin into
# bench/out/drafts-N/ with the mission's troop figure varied by the copy's number, so that no two
# are the same file. Prints the median wall time per folder, the time per draft, and the growth
# against the smallest folder: linear growth keeps the time per draft flat.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
shift || true
counts=("$@")
[ "${#counts[@]}" -gt 0 ] || counts=(10 100 1000 2000)
out=bench/out
mkdir -p "$out"

make_drafts() { # make_drafts N -> folder of N drafts
  local n="$1" dir="$out/drafts-$1"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    # Only the drafts that stand alone are copied (not those naming a zone: file of their own).
    local sources i=0
    mapfile -t sources < <(grep -L '^zone:' examples/mandates/*.yaml)
    while [ "$i" -lt "$n" ]; do
      sed -E "s/^(  troops: )[0-9]+/\\1$((1000 + i))/" "${sources[$((i % ${#sources[@]}))]}" \
        > "$dir/draft-$(printf '%05d' "$i").yaml"
      i=$((i + 1))
    done
    : > "$dir/.complete"
  fi
  echo "$dir"
}

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1e6}'; }

./mdc --version >/dev/null # builds the jar and the class-data archive first, outside the timings
echo "mdc check DIR --format text on folders of drafts; $runs runs each after one warm-up; medians of wall time"
first_per_draft=""
for n in "${counts[@]}"; do
  dir="$(make_drafts "$n")"
  ./mdc check "$dir" >/dev/null 2>&1 || true
  : > "$out/check.times"
  for ((i = 1; i <= runs; i++)); do
    t0=$(now_ns); ./mdc check "$dir" >/dev/null 2>&1 || true; t1=$(now_ns)
    echo $((t1 - t0)) >> "$out/check.times"
  done
  ms=$(median < "$out/check.times")
  per=$(awk -v m="$ms" -v n="$n" 'BEGIN { printf "%.2f", m/n }')
  [ -n "$first_per_draft" ] || first_per_draft="$ms:$n"
  awk -v m="$ms" -v n="$n" -v p="$per" -v f="$first_per_draft" 'BEGIN {
    split(f, a, ":"); printf "%6d drafts: %9.1f ms  (%s ms per draft; %.1fx the time of %d drafts for %.0fx the drafts)\n",
      n, m, p, m/a[1], a[2], n/a[2] }'
done

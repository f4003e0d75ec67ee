#!/usr/bin/env bash
# Benchmark of `mdc compare` against the awk one-liner a planner would otherwise write.
#
#   bench/compare.sh [ROWS] [RUNS]      time both on ROWS synthetic missions, RUNS times each,
#                                       alternating (default 11); without ROWS, on 100,000 and
#                                       on 1,000,000 rows, and the ratio of each
#
# Targets (issue 18): at 100,000 rows at most 2.5x the awk baseline's wall time (aim 1.5x); at
# 1,000,000 rows at most 0.7x (aim 0.5x).
#   bench/compare.sh --memory           peak memory of mdc compare at 100,000, 1,000,000 and
#                                       10,000,000 rows (needs GNU time: apt-get install time)
#
# The input is made by bench/GenerateMissions.java, deterministic: the same ROWS give the same
# bytes. Files go to bench/out/ (ignored by git). Both commands write their output to a file.
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/out
mkdir -p "$out"

make_input() { # make_input ROWS -> path of the CSV
  local rows="$1" file="$out/missions-$1.csv"
  if [ ! -s "$file" ]; then
    echo "generating $file ..." >&2
    java bench/GenerateMissions.java "$rows" "$file.tmp" && mv "$file.tmp" "$file"
  fi
  echo "$file"
}

now_ns() { date +%s%N; }

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m/1e9}'; }

awk_baseline() {
  awk -F, 'NR==1{next}{d=$3*2/1000; r=(d>$4)?d:$4; printf "%s,%d,%d,%d,%d\n",$1,d,$3*10/1000,r,$6-r}' "$1"
}

./mdc --version >/dev/null # builds the jar and the class-data archive first, outside the timings

if [ "${1:-}" = "--memory" ]; then
  if [ ! -x /usr/bin/time ]; then
    echo "bench: --memory needs GNU time (/usr/bin/time): apt-get install time" >&2
    exit 1
  fi
  echo "rows,peak_rss_mib,seconds"
  for rows in 100000 1000000 10000000; do
    file="$(make_input "$rows")"
    /usr/bin/time -f "%M %e" -o "$out/time.txt" ./mdc compare "$file" > "$out/mdc.csv" 2>/dev/null || true
    read -r kb secs < "$out/time.txt"
    awk -v r="$rows" -v kb="$kb" -v s="$secs" 'BEGIN { printf "%d,%.1f,%s\n", r, kb/1024, s }'
  done
  exit 0
fi

runs="${2:-11}"
target() { # target ROWS: the issue's target and aim for that size
  case "$1" in
    100000) echo "target <= 2.5, aim 1.5" ;;
    1000000) echo "target <= 0.7, aim 0.5" ;;
    *) echo "no target at this size" ;;
  esac
}

bench_rows() { # bench_rows ROWS: both commands RUNS times, alternating; prints the medians and the ratio
  local rows="$1" file
  file="$(make_input "$rows")"
  echo "input: $file ($(wc -c < "$file") bytes, $rows rows); $runs runs each, alternating, after one warm-up each"
  awk_baseline "$file" > "$out/awk.csv"
  ./mdc compare "$file" > "$out/mdc.csv" 2>/dev/null
  : > "$out/awk.times"
  : > "$out/mdc.times"
  for ((i = 1; i <= runs; i++)); do
    t0=$(now_ns); awk_baseline "$file" > "$out/awk.csv"; t1=$(now_ns)
    echo $((t1 - t0)) >> "$out/awk.times"
    t0=$(now_ns); ./mdc compare "$file" > "$out/mdc.csv" 2>/dev/null; t1=$(now_ns)
    echo $((t1 - t0)) >> "$out/mdc.times"
  done
  local awk_median mdc_median
  awk_median=$(median < "$out/awk.times")
  mdc_median=$(median < "$out/mdc.times")
  echo "  awk baseline:  median $awk_median s  (5 columns)"
  echo "  mdc compare:   median $mdc_median s  (15 columns, checked rows)"
  awk -v a="$awk_median" -v m="$mdc_median" -v r="$rows" -v t="$(target "$rows")" \
    'BEGIN { printf "  ratio mdc/awk at %d rows: %.2f (%s)\n", r, m/a, t }'
}

if [ -n "${1:-}" ]; then
  bench_rows "$1"
else
  bench_rows 100000
  bench_rows 1000000
fi

#!/usr/bin/env bash
# Start-up benchmark: the short commands a CI job or a planner runs many times a day (./mdc
# assess on an example, ./mdc check on one draft, ./mdc --version) and a trivial Java program
# run with the same java, alternating, RUNS times each after one warm-up (default 21). Prints
# the median wall time of each and its ratio to the trivial program's.
#
#   bench/startup.sh [RUNS]           JAVA=/path/to/java bench/startup.sh   (another JDK, for all)
#
# Targets (issue 18): each short command at most 3x the trivial program (aim 2x).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
out=bench/out
mkdir -p "$out/hello"
java="${JAVA:-java}"
javac -d "$out/hello" bench/Hello.java
./mdc --version >/dev/null # builds the jar and the class-data archive, outside the timings

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1e6}'; }
time_into() { # time_into FILE COMMAND...
  local file="$1"; shift
  local t0 t1
  t0=$(now_ns); "$@" >/dev/null 2>&1; t1=$(now_ns)
  echo $((t1 - t0)) >> "$file"
}

for f in hello assess check version; do : > "$out/startup-$f.times"; done
draft=examples/mandates/troops-enough.yaml
"$java" -cp "$out/hello" Hello >/dev/null; ./mdc assess examples/darfur-2014.yaml >/dev/null
./mdc check "$draft" >/dev/null; ./mdc --version >/dev/null
for ((i = 1; i <= runs; i++)); do
  time_into "$out/startup-hello.times" "$java" -cp "$out/hello" Hello
  time_into "$out/startup-assess.times" ./mdc assess examples/darfur-2014.yaml
  time_into "$out/startup-check.times" ./mdc check "$draft"
  time_into "$out/startup-version.times" ./mdc --version
done

hello=$(median < "$out/startup-hello.times")
assess=$(median < "$out/startup-assess.times")
check=$(median < "$out/startup-check.times")
version=$(median < "$out/startup-version.times")
echo "$runs runs each, alternating; medians of wall time; java: $("$java" -version 2>&1 | sed -n 1p)"
printf "trivial java program:                      %7s ms\n" "$hello"
ratio() { # ratio LABEL MS
  awk -v l="$1" -v t="$2" -v h="$hello" 'BEGIN { printf "%-42s %7s ms  (%.2fx the trivial program; target <= 3, aim 2)\n", l, t, t/h }'
}
ratio "./mdc assess examples/darfur-2014.yaml:" "$assess"
ratio "./mdc check $draft:" "$check"
ratio "./mdc --version:" "$version"

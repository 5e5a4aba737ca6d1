#!/usr/bin/env bash
# Extraction speed, old code and new alternately (A B A B …), each run a whole JVM of
# ExtractionBenchmark on the classes each side compiled, timed from outside with GNU time
# (user + system seconds: the figure to read on a machine shared with other work; articles/s
# and wall time follow the load). Prints one line per run and the load average before and after.
# Each side is a classpath: target/test-classes:target/classes:DEPENDENCIES of its checkout
# (./mvnw -q dependency:build-classpath -Dmdep.outputFile=deps.txt -Dmdep.includeScope=test).
# Run from a checkout (the benchmark reads seeds/).
# Usage: bash src/test/bench/extraction-ab.sh OLD_CLASSPATH NEW_CLASSPATH [pairs=5] [benchmark arguments=2000 2 4000]
set -euo pipefail
OLD=$1
NEW=$2
PAIRS=${3:-5}
ARGS=${4:-2000 2 4000}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  local side=$1 classpath=$2 pair=$3 out
  # shellcheck disable=SC2086 # the benchmark's arguments are words
  out=$( { /usr/bin/time -f 'TIME %U %S %e' java -cp "$classpath" vn.newsarchive.bench.ExtractionBenchmark $ARGS; } 2>&1)
  printf '%s pair %s: %s user+sys s, %s wall s, %s\n' "$side" "$pair" \
    "$(awk '/^TIME/ { print $2 + $3 }' <<<"$out")" "$(awk '/^TIME/ { print $4 }' <<<"$out")" \
    "$(grep -o 'best: [0-9,]* articles/s' <<<"$out")"
}
for pair in warm-up $(seq 1 "$PAIRS"); do
  run old "$OLD" "$pair"
  run new "$NEW" "$pair"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

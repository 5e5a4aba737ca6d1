#!/usr/bin/env bash
# Two builds of the archive as a newcomer starts them: each packaged jar on a fresh database of
# its own, seeded at start with the five seed articles, the page cache off; then the search
# JSON API measured with wrk -t2 -c4, the two jars alternately (which goes first alternates by
# round), on one query ("bộ ngoại giao") and on the scale benchmark's mix of queries never
# asked before (most of them match no seed: the fixed cost of a search alone).
# Usage: bash src/test/bench/seeds-ab.sh OLD_JAR NEW_JAR [ROUNDS] [SECONDS] [WARMUP_SECONDS]
# Prints one line per workload, round and jar:
# round|workload|jar|RESULT p50_ms p95_ms req_s requests errors|load|cpu (the archive's CPU ms
# per request). Needs wrk, curl, psql and a local PostgreSQL (user postgres); drops and creates
# the databases seeds_ab_old and seeds_ab_new. On a shared machine run it under the build lock.
# SEEDS_AB_AT_ONCE=1: both jars measured at the same time in every run (as
# search-simultaneous-ab.sh), so that both meet the same machine in the same seconds; the
# ratio of their CPU ms per request is then the ratio of their costs.
set -uo pipefail
[ $# -ge 2 ] || { sed -n '2,11p' "$0"; exit 2; }
OLD_JAR=$1 NEW_JAR=$2 ROUNDS=${3:-4} SECONDS_PER_RUN=${4:-10} WARMUP=${5:-30}
OLD_PORT=18211 NEW_PORT=18212
# shellcheck source=src/test/bench/lib.sh
. "$(dirname "$0")/lib.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/seeds-ab.XXXXXX")
wrk_scripts "$WORK"
start() {  # JAR DATABASE PORT: sets ARCHIVE_PID
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $2 WITH (FORCE)" -c "CREATE DATABASE $2"
  mkdir -p "$WORK/index-$3"
  archive_start "$1" "$2" "$WORK/index-$3" "$3" "$WORK/app-$3.log" "${SEEDS_AB_JAVA_OPTS:-}"
}
# archive_start turns seeding off (it serves imported archives); here the seeds are the archive
archive_start() {
  local jar=$1 database=$2 index=$3 port=$4 log=$5 java_opts=${6:-}
  # shellcheck disable=SC2086 # the options are words for java
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres \
    SERVER_PORT=$port ARCHIVE_INDEX_DIR=$index ARCHIVE_PAGE_CACHE_ENABLED=false \
    MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true ARCHIVE_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 \
    java $java_opts -jar "$jar" >"$log" 2>&1 &
  ARCHIVE_PID=$!
}
start "$OLD_JAR" seeds_ab_old $OLD_PORT
OLD=$ARCHIVE_PID
start "$NEW_JAR" seeds_ab_new $NEW_PORT
NEW=$ARCHIVE_PID
trap 'kill $OLD $NEW 2>/dev/null; wait $OLD $NEW 2>/dev/null; rm -rf "$WORK"' EXIT
archive_await $OLD $OLD_PORT "$WORK/app-$OLD_PORT.log" && archive_await $NEW $NEW_PORT "$WORK/app-$NEW_PORT.log" || exit 1
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ONE="/api/search?q=b%E1%BB%99%20ngo%E1%BA%A1i%20giao"
for port in $OLD_PORT $NEW_PORT; do
  curl -fs -o /dev/null "http://127.0.0.1:$port$ONE" || { echo "no answer on $port"; exit 1; }
  wrk -t2 -c4 -d"${WARMUP}s" -s "$WORK/search-unseen.lua" "http://127.0.0.1:$port/api/search" >/dev/null
  wrk -t2 -c4 -d"${WARMUP}s" "http://127.0.0.1:$port$ONE" >/dev/null
done
echo "# $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
  ports="$OLD_PORT $NEW_PORT"
  [ $((round % 2)) = 0 ] && ports="$NEW_PORT $OLD_PORT"
  for workload in "one|$WORK/report.lua|$ONE" "unseen|$WORK/search-unseen.lua|/api/search"; do
    IFS='|' read -r label script path <<<"$workload"
    if [ -n "${SEEDS_AB_AT_ONCE:-}" ]; then
      to=$(cpu_ticks $OLD); tn=$(cpu_ticks $NEW)
      wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --timeout 30s -s "$script" "http://127.0.0.1:$OLD_PORT$path" | grep '^RESULT' >"$WORK/old" & w=$!
      wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --timeout 30s -s "$script" "http://127.0.0.1:$NEW_PORT$path" | grep '^RESULT' >"$WORK/new"
      wait $w
      for jar in old new; do
        pid=$OLD t=$to
        [ $jar = new ] && pid=$NEW t=$tn
        cpu=$(awk -v t=$(($(cpu_ticks "$pid") - t)) -v hz="$(getconf CLK_TCK)" -v n="$(cut -d' ' -f5 "$WORK/$jar")" \
          'BEGIN { printf "%.3f", (n > 0) ? 1000 * t / hz / n : 0 }')
        echo "$round|$label|$jar|$(cat "$WORK/$jar")|$(cut -d' ' -f1 /proc/loadavg)|$cpu"
      done
      continue
    fi
    for port in $ports; do
      pid=$OLD
      [ "$port" = $NEW_PORT ] && pid=$NEW
      wrk -t2 -c4 -d2s -s "$script" "http://127.0.0.1:$port$path" >/dev/null
      ticks=$(cpu_ticks "$pid")
      result=$(wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --timeout 30s -s "$script" "http://127.0.0.1:$port$path" | grep '^RESULT')
      cpu=$(awk -v t=$(($(cpu_ticks "$pid") - ticks)) -v hz="$(getconf CLK_TCK)" -v n="$(cut -d' ' -f5 <<<"$result")" \
        'BEGIN { printf "%.3f", (n > 0) ? 1000 * t / hz / n : 0 }')
      echo "$round|$label|$([ "$port" = $OLD_PORT ] && echo old || echo new)|$result|$(cut -d' ' -f1 /proc/loadavg)|$cpu"
    done
  done
done
echo "# end $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"

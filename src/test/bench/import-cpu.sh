#!/usr/bin/env bash
# One run of import-speed.sh timed from outside: the process's CPU (GNU time) and the CPU of
# the run's own PostgreSQL backends (polled every second from /proc/PID/stat, the highest
# value each backend reached). Keeps the import's log in /tmp/import-cpu-LABEL.log.
# Run old and new jars alternately, each under its own hold of the build lock:
#   flock /work/build.lock bash src/test/bench/import-cpu.sh old1 old.jar DIR
# Usage: bash src/test/bench/import-cpu.sh LABEL JAR DIR
set -u
LABEL=$1
JAR=$2
DIR=$3
DATABASE=archive_import_cpu_${LABEL//[^a-z0-9]/_}
POLL=$(mktemp)
(while true; do
  for p in $(pgrep -f "^postgres: (15/main: )?postgres $DATABASE "); do
    [ -r /proc/$p/stat ] && awk -v p=$p '{ print p, $14 + $15 }' /proc/$p/stat
  done
  sleep 1
done) >>"$POLL" 2>/dev/null &
POLLER=$!
echo "start $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
IMPORT_SPEED_LOG=/tmp/import-cpu-$LABEL.log /usr/bin/time -f "process: wall %e s, user %U s, sys %S s" \
  bash "$(dirname "$0")/import-speed.sh" "$JAR" "$DIR" "$DATABASE"
kill $POLLER
awk -v hz="$(getconf CLK_TCK)" '{ if ($2 > m[$1]) m[$1] = $2 }
  END { s = 0; n = 0; for (p in m) { s += m[p]; n++ } printf "PostgreSQL backends: %d, CPU %.1f s\n", n, s / hz }' "$POLL"
rm -f "$POLL"
echo "imported lines in the log: $(grep -c ': imported as article' /tmp/import-cpu-$LABEL.log)"

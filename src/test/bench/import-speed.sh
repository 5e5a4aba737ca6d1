#!/usr/bin/env bash
# One run of the packaged import command as a newcomer runs it: a fresh JVM, an empty
# database (created here, dropped on exit), a new index directory, JVM start inside the clock.
# Meant to be timed from outside, old jar against new, e.g. with /usr/bin/time -v, or
# alternately: for i in 1 2 3; do bash import-speed.sh old.jar DIR; bash import-speed.sh new.jar DIR; done
# Prints the command's summary line, any 'duplicate key' lines of its log, the run's wall time,
# articles/s and the load average. Java options after the database name, e.g. a profile:
#   bash import-speed.sh JAR DIR db_x -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile
# IMPORT_SPEED_LOG=FILE keeps the command's whole log there (it goes with the run's folder
# otherwise); each FAILED line is printed either way.
# Usage: bash src/test/bench/import-speed.sh JAR DIR [database=archive_import_speed_PID] [java options...]
set -euo pipefail
JAR=$1
DIR=$2
DATABASE=${3:-archive_import_speed_$$}
shift $(($# < 3 ? $# : 3))
WORK=$(mktemp -d)
cleanup() {
  if [ -n "${IMPORT_SPEED_LOG:-}" ] && [ -f "$WORK/import.log" ]; then cp "$WORK/import.log" "$IMPORT_SPEED_LOG"; fi
  rm -rf "$WORK"
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
psql -q -h 127.0.0.1 -U postgres -c "SET client_min_messages = warning" \
  -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE" >/dev/null
files=$(find -L "$DIR" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | wc -l)
start=$(date +%s.%N)
java "$@" -jar "$JAR" import "$DIR" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DATABASE" --spring.datasource.username=postgres \
  --archive.index-dir="$WORK/index" >"$WORK/import.log" 2>&1 || { tail -20 "$WORK/import.log"; exit 1; }
end=$(date +%s.%N)
dupkeys=$(grep -c 'duplicate key' "$WORK/import.log" || true)
echo "$(tail -1 "$WORK/import.log") duplicate-key lines: $dupkeys"
grep -B2 -A2 'duplicate key' "$WORK/import.log" | cut -c1-400 | head -20 || true
grep ': FAILED: ' "$WORK/import.log" | cut -c1-600 || true
awk -v n="$files" -v s="$start" -v e="$end" -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" \
  'BEGIN { printf "%d files in %.1f s = %.0f articles/s (JVM start included); load average %s\n", n, e - s, n / (e - s), loadavg }'

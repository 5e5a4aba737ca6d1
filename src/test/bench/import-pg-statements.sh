#!/usr/bin/env bash
# Where the PostgreSQL backends' CPU goes during an import, statement by statement, by CPU
# (getrusage of the backend around each protocol message: PostgreSQL's log_statement_stats),
# not by statement duration, which counts lock waits too. The import command of JAR on the
# first N files of DIR (fresh JVM, empty database created here and dropped on exit, new
# index). Triggers are counted in the statement that fires them; their functions' own
# totals (track_functions, wall time, but a trigger waits on nothing) are printed apart.
# The settings are the run's database's own (ALTER DATABASE): nothing else on the server
# changes. It writes ~100 MB of server log per 1,000 articles: keep N to a few thousand.
# Run under the build lock: flock /work/build.lock bash src/test/bench/import-pg-statements.sh JAR DIR 3000
# Usage: bash src/test/bench/import-pg-statements.sh JAR DIR N [server log]
set -euo pipefail
JAR=$1
DIR=$2
N=$3
SERVER_LOG=${4:-/var/log/postgresql/postgresql-15-main.log}
DATABASE=archive_pg_statements_$$
WORK=$(mktemp -d)
cleanup() {
  rm -rf "$WORK"
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
mkdir "$WORK/articles"
find -L "$DIR" -maxdepth 1 -type f -name '*.txt' | sort >"$WORK/files"
head -n "$N" "$WORK/files" | while read -r f; do ln -s "$f" "$WORK/articles/"; done
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DATABASE" \
  -c "ALTER DATABASE $DATABASE SET log_statement_stats = on" \
  -c "ALTER DATABASE $DATABASE SET log_parameter_max_length = 0" \
  -c "ALTER DATABASE $DATABASE SET track_functions = 'pl'" >/dev/null
offset=$(stat -c %s "$SERVER_LOG")
start=$(date +%s.%N)
java -jar "$JAR" import "$WORK/articles" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DATABASE" --spring.datasource.username=postgres \
  --archive.index-dir="$WORK/index" >"$WORK/import.log" 2>&1 || { tail -20 "$WORK/import.log"; exit 1; }
end=$(date +%s.%N)
tail -1 "$WORK/import.log"
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall %.1f s (statistics logging on: not a speed figure)\n", e - s }'
echo "trigger functions (calls, total ms, ms per call):"
psql -h 127.0.0.1 -U postgres -d "$DATABASE" -Atc "SELECT funcname, calls, round(self_time::numeric), \
  round((self_time / calls)::numeric, 3) FROM pg_stat_user_functions ORDER BY self_time DESC" | column -t -s'|'
tail -c +$((offset + 1)) "$SERVER_LOG" >"$WORK/server.log"
python3 "$(dirname "$0")/pg-statement-cpu.py" "$WORK/server.log" "$DATABASE" "$N"

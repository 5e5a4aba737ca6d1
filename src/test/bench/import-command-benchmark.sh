#!/usr/bin/env bash
# The import command as an editor runs it (issue 3), end to end: a fresh JVM from the packaged
# jar, Spring's start, Flyway's schema on an empty database, extraction, one transaction per
# article, indexing and the final index flush, all inside the clock. N distinct articles are made
# from seeds/ (each copy gets a sentence of its own, so none is a duplicate). Needs a local
# PostgreSQL (127.0.0.1:5432, user postgres); uses and drops the database archive_bench_command.
# Usage: bash src/test/bench/import-command-benchmark.sh [articles=3000]
set -euo pipefail
cd "$(dirname "$0")/../../.."
ARTICLES=${1:-3000}
DATABASE=archive_bench_command
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
[ -f target/party-archive.jar ] || ./mvnw -q -B -DskipTests package
mkdir -p "$WORK/articles"
seeds=(seeds/*)
for ((i = 0; i < ARTICLES; i++)); do
  seed=${seeds[$((i % ${#seeds[@]}))]}
  # the extra sentence goes in as a line of its own half-way down, before any end mark
  awk -v n="$i" -v total="$(wc -l <"$seed")" '
    { print }
    NR == int(total / 2) { printf "Theo số liệu tổng hợp của kỳ %d, các đơn vị đã hoàn thành %d nhiệm vụ trọng tâm.\n", n, n % 97 }
  ' "$seed" >"$WORK/articles/$(printf '%07d' "$i").txt"
done
psql -q -h 127.0.0.1 -U postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE" >/dev/null
start=$(date +%s.%N)
java -jar target/party-archive.jar import "$WORK/articles" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DATABASE" --spring.datasource.username=postgres \
  --archive.index-dir="$WORK/index" >"$WORK/import.log" 2>&1 || { tail -20 "$WORK/import.log"; exit 1; }
end=$(date +%s.%N)
tail -1 "$WORK/import.log"
awk -v n="$ARTICLES" -v s="$start" -v e="$end" -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" -v cores="$(nproc)" \
  'BEGIN { printf "%d articles by the import command in %.1f s (JVM start included) = %.0f articles/s; %d cores, load average %s\n", n, e - s, n / (e - s), cores, loadavg }'

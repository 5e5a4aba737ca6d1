#!/usr/bin/env bash
# The archive at scale, as a newsroom meets it (issue 12): N raw scraped articles from the
# deterministic synthetic corpus (RawCorpusWriter), imported by the packaged `import` command
# into a fresh database and index (JVM start in the clock; rate, refused and duplicate-key
# lines), then the archive started on them with the page cache off (did it rebuild the index?)
# and every public page type measured with wrk (p50/p95, requests/s) and curl (bytes of HTML),
# the search JSON API with a query mix, and PostgreSQL full-text search (unaccent + tsvector +
# GIN, pgbench) with the same mix on the same rows. Prints a Markdown table and writes it to
# target/scale-benchmark-N.md. Drops its database and stops the archive on exit, even on failure.
# Needs: a local PostgreSQL (127.0.0.1:5432, user postgres, with unaccent), wrk, pgbench, curl,
# target/party-archive.jar (built if missing). On a shared machine run it under the build lock.
# Usage: bash src/test/bench/scale-benchmark.sh N
# Settings (environment): SCALE_BENCH_SECONDS (per measurement, 10), SCALE_BENCH_CONNECTIONS (4),
# SCALE_BENCH_WARMUP (seconds of wrk on each address before it is measured, 3: a JVM just started;
# 15 or more measures an archive that has been running), SCALE_BENCH_PORT (18095), SCALE_BENCH_KEEP_FILES=1 keeps the generated articles,
# SCALE_BENCH_KEEP_DATABASE=1 keeps the database and index (to measure them again after a change).
# To measure again an archive imported before (steps 3 to 6 only; its database is kept):
# SCALE_BENCH_DATABASE=name SCALE_BENCH_INDEX_DIR=dir bash src/test/bench/scale-benchmark.sh N
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/bench/lib.sh
. src/test/bench/lib.sh
N=${1:?usage: bash src/test/bench/scale-benchmark.sh N (articles to generate and import)}
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number of articles, not '$N'" >&2; exit 2; }
SECONDS_PER_RUN=${SCALE_BENCH_SECONDS:-10}
WARMUP=${SCALE_BENCH_WARMUP:-3}
CONNECTIONS=${SCALE_BENCH_CONNECTIONS:-4}
PORT=${SCALE_BENCH_PORT:-18095}
DB=${SCALE_BENCH_DATABASE:-archive_bench_scale}
REUSE=${SCALE_BENCH_DATABASE:+yes}
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
REPORT=target/scale-benchmark-$N.md
APP=

for tool in wrk pgbench psql curl java; do
  command -v "$tool" >/dev/null || {
    echo "$tool is not installed (wrk: apt-get install -y wrk; pgbench, psql: postgresql-client)" >&2; exit 2; }
done
"${PSQL[@]}" -d postgres -c "SELECT 1" >/dev/null || { echo "no PostgreSQL at 127.0.0.1:5432 (user postgres)" >&2; exit 2; }
! curl -s -o /dev/null "$BASE/" || { echo "port $PORT is in use: set SCALE_BENCH_PORT" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/scale-benchmark.XXXXXX")
cleanup() {
  local status=$?
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  if [ -z "$REUSE" ] && [ "${SCALE_BENCH_KEEP_DATABASE:-0}" != 1 ]; then
    "${PSQL[@]}" -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
      >/dev/null 2>&1 || echo "could not drop the database $DB" >&2
  fi
  if [ "$status" != 0 ] && [ -f "$WORK/import.log" ]; then cp "$WORK/import.log" "target/scale-benchmark-$N-import.log"; fi
  if [ -z "$REUSE" ] && [ "${SCALE_BENCH_KEEP_DATABASE:-0}" = 1 ] && [ -d "$WORK/index" ]; then
    rm -rf "target/scale-benchmark-$N-index" && mv "$WORK/index" "target/scale-benchmark-$N-index"
    echo "kept: database $DB and index target/scale-benchmark-$N-index; measure again with" \
      "SCALE_BENCH_DATABASE=$DB SCALE_BENCH_INDEX_DIR=target/scale-benchmark-$N-index bash $0 $N"
  fi
  if [ "${SCALE_BENCH_KEEP_FILES:-0}" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
  [ "$status" = 0 ] || echo "scale benchmark FAILED (exit $status); its logs: target/scale-benchmark-$N-*.log" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n== %s (%s UTC)\n' "$1" "$(date -u +%H:%M:%S)"; }
fail() { echo "$*" >&2; exit 1; }
mkdir -p target
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if [ -n "$REUSE" ]; then
  step "1-2. measuring the archive already imported into $DB (index ${SCALE_BENCH_INDEX_DIR:?set SCALE_BENCH_INDEX_DIR})"
  N=$("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM article")
  REPORT=target/scale-benchmark-$N-remeasured.md
  DATASOURCE="jdbc:postgresql://127.0.0.1:5432/$DB"
  INDEX_DIR=$SCALE_BENCH_INDEX_DIR
  # a database imported by an older build may lack migrations numbered below its newest
  export SPRING_FLYWAY_OUT_OF_ORDER=true
  echo "$N articles" >"$WORK/generate.txt"
  IMPORT_SECONDS="(not run)"; IMPORT_RATE="(not run)"; IMPORTED="(not run)"; DUPLICATES="-"; FAILED="-"; DUPLICATE_KEY_LINES="-"
  [ -f target/party-archive.jar ] || ./mvnw -q -B -DskipTests package
else
INDEX_DIR=$WORK/index
step "1. generating $N raw articles"
[ -f target/party-archive.jar ] || ./mvnw -q -B -DskipTests package
./mvnw -q -B -Pbench test-compile exec:java -Dexec.mainClass=vn.newsarchive.bench.RawCorpusWriter \
  -Dexec.args="$N $WORK/articles" | tee "$WORK/generate.txt"
[ "$(find "$WORK/articles" -name '*.txt' | wc -l)" = "$N" ] || fail "the generator did not write $N files"

step "2. importing them with the import command (fresh JVM, empty database, new index)"
"${PSQL[@]}" -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
  -c "CREATE DATABASE $DB"
DATASOURCE="jdbc:postgresql://127.0.0.1:5432/$DB"
start=$(date +%s.%N)
import_status=0
java -jar target/party-archive.jar import "$WORK/articles" --spring.datasource.url="$DATASOURCE" \
  --spring.datasource.username=postgres --archive.index-dir="$INDEX_DIR" >"$WORK/import.log" 2>&1 || import_status=$?
end=$(date +%s.%N)
summary=$(grep -E '^Imported [0-9]+, duplicates [0-9]+, failed [0-9]+\.$' "$WORK/import.log" | tail -n 1 || true)
[ -n "$summary" ] || { tail -n 30 "$WORK/import.log" >&2; fail "the import command ended (exit $import_status) without its summary"; }
read -r IMPORTED DUPLICATES FAILED < <(sed -E 's/Imported ([0-9]+), duplicates ([0-9]+), failed ([0-9]+)\./\1 \2 \3/' <<<"$summary")
DUPLICATE_KEY_LINES=$(grep -c 'duplicate key' "$WORK/import.log" || true)
IMPORT_SECONDS=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
IMPORT_RATE=$(awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }')
if [ "$FAILED" != 0 ]; then grep 'FAILED' "$WORK/import.log" >"target/scale-benchmark-$N-refused.txt" || true; fi
echo "$summary (exit $import_status) in $IMPORT_SECONDS s = $IMPORT_RATE articles/s;" \
  "'duplicate key' lines in its log: $DUPLICATE_KEY_LINES"

fi

step "3. starting the archive on them (page cache off, port $PORT)"
started=$(date +%s)
archive_start target/party-archive.jar "$DB" "$INDEX_DIR" "$PORT" "target/scale-benchmark-$N-app.log" \
  "${SCALE_BENCH_JAVA_OPTS:-}"
APP=$ARCHIVE_PID
archive_await "$APP" "$PORT" "target/scale-benchmark-$N-app.log" 900 || fail "the archive did not start"
START_SECONDS=$(($(date +%s) - started))
if grep -q 'rebuilding it' "target/scale-benchmark-$N-app.log"; then
  REBUILT="**yes: it rebuilt the index** (\"rebuilding it\" in its log)"
else
  REBUILT="no (\"rebuilding it\" is not in its log)"
fi
echo "ready after $START_SECONDS s; index rebuilt at start: $REBUILT"

sql() { "${PSQL[@]}" -d "$DB" -c "$1"; }
# the canonical address of a page (/bai-viet/12 answers with a redirect to /bai-viet/12-slug)
canonical() { curl -fsL -o /dev/null -w '%{url_effective}' "$BASE$1" | sed "s|^$BASE||"; }
TOP_PERSON=$(sql "SELECT person_id FROM article_person GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
TOP_PERSON_MENTIONS=$(sql "SELECT count(*) FROM article_person WHERE person_id = $TOP_PERSON")
FEW_PERSON=$(sql "SELECT person_id FROM article_person GROUP BY 1 ORDER BY count(*), 1 LIMIT 1")
FEW_PERSON_MENTIONS=$(sql "SELECT count(*) FROM article_person WHERE person_id = $FEW_PERSON")
TOP_DOCUMENT=$(sql "SELECT resolution_id FROM article_resolution GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
TOP_DOCUMENT_CITATIONS=$(sql "SELECT count(*) FROM article_resolution WHERE resolution_id = $TOP_DOCUMENT")
ARTICLE=$(sql "SELECT id FROM article ORDER BY published_at DESC, id LIMIT 1")
MEETING=$(sql "SELECT id FROM meeting ORDER BY id LIMIT 1")
[ -n "$TOP_PERSON" ] && [ -n "$TOP_DOCUMENT" ] && [ -n "$ARTICLE" ] && [ -n "$MEETING" ] \
  || fail "the imported archive lacks persons, documents, articles or meetings"

ARTICLE_PAGE=$(canonical "/bai-viet/$ARTICLE") || fail "the article page /bai-viet/$ARTICLE does not answer"
TOP_PERSON_PAGE=$(canonical "/nhan-vat/$TOP_PERSON") || fail "the person page /nhan-vat/$TOP_PERSON does not answer"
FEW_PERSON_PAGE=$(canonical "/nhan-vat/$FEW_PERSON") || fail "the person page /nhan-vat/$FEW_PERSON does not answer"
DOCUMENT_PAGE=$(canonical "/van-kien/$TOP_DOCUMENT") || fail "the document page /van-kien/$TOP_DOCUMENT does not answer"
MEETING_PAGE=$(canonical "/su-kien/$MEETING") || fail "the meeting page /su-kien/$MEETING does not answer"
# page label | address
PAGES=(
  "home|/"
  "article list|/bai-viet"
  "person list|/nhan-vat"
  "document list|/van-kien"
  "meeting list|/su-kien"
  "article|$ARTICLE_PAGE"
  "person, most mentioned ($TOP_PERSON_MENTIONS articles)|$TOP_PERSON_PAGE"
  "person, few mentions ($FEW_PERSON_MENTIONS)|$FEW_PERSON_PAGE"
  "document, most cited ($TOP_DOCUMENT_CITATIONS articles)|$DOCUMENT_PAGE"
  "meeting|$MEETING_PAGE"
  "search page|/search?q=c%C3%B4ng%20t%C3%A1c%20c%C3%A1n%20b%E1%BB%99"
)
wrk_scripts "$WORK"  # report.lua and search-mix.lua (SEARCH_QUERIES)

ROWS=()
measure() {  # label, address, [lua script]
  local label=$1 path=$2 script=${3:-$WORK/report.lua} bytes result
  bytes=$(curl -fs -o /dev/null -w '%{size_download}' "$BASE$path") || fail "$label: $path does not answer 200"
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -s "$script" "$BASE$path" >/dev/null  # warm-up: JIT, caches
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 30s -s "$script" "$BASE$path" | grep '^RESULT ') \
    || fail "$label: wrk did not run"
  read -r _ p50 p95 rps requests errors <<<"$result"
  [ "$errors" = 0 ] || label="$label (**$errors of $requests requests failed**)"
  ROWS+=("$(printf '| %s | `%s` | %s | %s | %s | %s |' "$label" "$path" "$p50" "$p95" "$rps" \
    "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1024 }')")")
  echo "${ROWS[-1]}"
}

step "4. pages and the search API with wrk (-t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s each, after a ${WARMUP} s warm-up)"
for page in "${PAGES[@]}"; do measure "${page%%|*}" "${page#*|}"; done
# (the address shown and measured by curl is the first query; wrk cycles through all of them)
measure "search API, mix of ${#SEARCH_QUERIES[@]} queries" "/api/search?q=Tr%C6%B0%C6%A1ng%20Th%E1%BB%8B%20Mai" \
  "$WORK/search-mix.lua"
kill "$APP" 2>/dev/null || true
wait "$APP" 2>/dev/null || true
APP=

step "5. PostgreSQL full-text search with the same mix (pgbench -c$CONNECTIONS -T$SECONDS_PER_RUN)"
# as PostgresFullText sets it up: unaccent (folds đ too), title A, lead B, body C, GIN; a query
# is the first ten by ts_rank with a ts_headline snippet, plus the count, as the API answers
sql "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS unaccent" \
  || fail "the unaccent extension is missing (Debian: part of postgresql-15)"
fts_start=$(date +%s.%N)
"${PSQL[@]}" -d "$DB" <<'SQL' || fail "could not build PostgreSQL's full-text index"
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_fts, bench_query;
DROP TEXT SEARCH CONFIGURATION IF EXISTS bench_unaccent;
CREATE TEXT SEARCH CONFIGURATION bench_unaccent (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION bench_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
SET maintenance_work_mem = '512MB';
CREATE TABLE bench_fts AS SELECT id, setweight(to_tsvector('bench_unaccent', title), 'A')
  || setweight(to_tsvector('bench_unaccent', coalesce(lead, '')), 'B')
  || setweight(to_tsvector('bench_unaccent', body), 'C') AS fts FROM article;
CREATE INDEX ix_bench_fts ON bench_fts USING gin (fts);
VACUUM ANALYZE bench_fts;
CREATE TABLE bench_query (i int PRIMARY KEY, q text NOT NULL);
SQL
fts_build=$(awk -v s="$fts_start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
i=0
for q in "${SEARCH_QUERIES[@]}"; do
  i=$((i + 1))
  echo "INSERT INTO bench_query VALUES (:i, :'q');" | "${PSQL[@]}" -d "$DB" -v i="$i" -v q="$q" >/dev/null
done
cat >"$WORK/fts.sql" <<SQL
\set i random(1, ${#SEARCH_QUERIES[@]})
SELECT a.id, a.title, ts_headline('bench_unaccent', a.body, top.q, 'MaxFragments=1, MinWords=15, MaxWords=35')
  FROM (SELECT f.id, q, ts_rank(f.fts, q) AS rank FROM bench_fts f,
        websearch_to_tsquery('bench_unaccent', (SELECT q FROM bench_query WHERE i = :i)) q
        WHERE f.fts @@ q ORDER BY rank DESC, f.id LIMIT 10) top
  JOIN article a ON a.id = top.id ORDER BY top.rank DESC, top.id;
SELECT count(*) FROM bench_fts f, websearch_to_tsquery('bench_unaccent', (SELECT q FROM bench_query WHERE i = :i)) q
  WHERE f.fts @@ q;
SQL
mkdir -p "$WORK/pgbench"
(cd "$WORK/pgbench" && pgbench -h 127.0.0.1 -U postgres -n -c"$CONNECTIONS" -j2 -T3 -f "$WORK/fts.sql" "$DB" >/dev/null 2>&1) \
  || fail "pgbench could not run the full-text queries"
(cd "$WORK/pgbench" && pgbench -h 127.0.0.1 -U postgres -n -c"$CONNECTIONS" -j2 -T"$SECONDS_PER_RUN" -l \
  -f "$WORK/fts.sql" "$DB" >"$WORK/pgbench.txt" 2>&1) || { cat "$WORK/pgbench.txt" >&2; fail "pgbench failed"; }
# pgbench's log: one line per query pair, its latency in microseconds in the third field
fts_row=$(cat "$WORK"/pgbench/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n | awk -v s="$SECONDS_PER_RUN" '
  { v[NR] = $1 } END { printf "%.2f %.2f %.1f", v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], NR / s }')
read -r p50 p95 rps <<<"$fts_row"
ROWS+=("$(printf '| PostgreSQL FTS, the same %d queries (in the database, no HTTP) | `pgbench` | %s | %s | %s | – |' \
  "${#SEARCH_QUERIES[@]}" "$p50" "$p95" "$rps")")
echo "${ROWS[-1]}"

step "6. report"
{
  echo "## Scale benchmark, N = $N articles"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown);" \
    "$(nproc) cores, $(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo) GiB, load average $LOAD_BEFORE at the start and" \
    "$(cut -d' ' -f1-3 /proc/loadavg) at the end; $(java -version 2>&1 | head -n 1)."
  echo
  echo "- Generated: $(sed -n 's/.* in [0-9.]* s, \(.*\)$/\1/p' "$WORK/generate.txt")."
  echo "- Import (\`java -jar target/party-archive.jar import DIR\`, JVM start included): $N files in" \
    "$IMPORT_SECONDS s = **$IMPORT_RATE articles/s**; imported $IMPORTED, duplicates $DUPLICATES," \
    "**refused (FAILED) $FAILED**; 'duplicate key' lines in its log: $DUPLICATE_KEY_LINES."
  echo "- Next start (page cache off): ready after $START_SECONDS s; index rebuilt: $REBUILT."
  echo "- Pages and the API: wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s each after a ${WARMUP} s warm-up; KB of HTML" \
    "or JSON uncompressed (curl). PostgreSQL FTS: unaccent + weighted tsvector + GIN" \
    "(built in $fts_build s), the first ten by ts_rank with ts_headline plus the count, pgbench with" \
    "$CONNECTIONS clients."
  echo
  echo "| page | address | p50 ms | p95 ms | req/s | KB |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} >"$REPORT"
echo
cat "$REPORT"
echo
echo "written to $REPORT"

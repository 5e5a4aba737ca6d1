#!/usr/bin/env bash
# Load check (issue 14): 60 s of mixed traffic at 32 connections against the packaged
# archive -- readers on every page type and searches (wrk), and an editor saving an
# article every 3 s (editor.py) who checks each save is visible at once to readers.
# Passes with 0 errors and no lost or stale edit; prints p50/p99 for docs/benchmarks.md.
#
#   flock /work/build.lock src/test/bench/load-check.sh      (on a shared machine)
#
# Needs: a local PostgreSQL (user postgres, trust), wrk, python3, curl. Settings:
# PORT (18080), DURATION (60s), CONNECTIONS (32), DB (archive_load_check).
set -euo pipefail
[ -z "${TRACE:-}" ] || set -x
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18080}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-32}
DB=${DB:-archive_load_check}
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT"

[ -f target/party-archive.jar ] || ./mvnw -q -B -DskipTests package
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB" postgres

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
SPRING_DATASOURCE_PASSWORD= ARCHIVE_DATABASE_CREATE_IF_MISSING=false SERVER_PORT=$PORT \
ARCHIVE_INDEX_DIR="$WORK/index" ARCHIVE_ADMIN_USERNAME=loadcheck ARCHIVE_ADMIN_PASSWORD='kiểm tra tải 2026' \
ARCHIVE_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 \
  java -Xmx768m -jar target/party-archive.jar >"$WORK/archive.log" 2>&1 &
ARCHIVE=$!
trap 'status=$?; [ $status = 0 ] || tail -20 "$WORK/archive.log"; kill $ARCHIVE 2>/dev/null; wait $ARCHIVE 2>/dev/null; psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" postgres; rm -rf "$WORK"; exit $status' EXIT

echo "archive starting (log: $WORK/archive.log)"
for _ in $(seq 1 180); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null && break
  sleep 1
done
curl -sf "$BASE/actuator/health/readiness" >/dev/null || { tail -30 "$WORK/archive.log"; exit 1; }

# Every page type: home, lists, records of each kind (from the sitemap), feed, search.
# (the sitemap writes the archive's own address, localhost unless ARCHIVE_SITE_BASE_URL)
PATHS=$( { for s in $(curl -sf "$BASE/sitemap.xml" | grep -o "<loc>[^<]*" | sed "s|<loc>https\?://[^/]*||"); do curl -sf "$BASE$s"; done; } \
  | grep -o "<loc>[^<]*" | sed "s|<loc>https\?://[^/]*||" | sort -u)
{
  echo "$PATHS"
  printf '%s\n' / /feed.atom /opensearch.xml /bai-viet /van-kien /su-kien /nhan-vat?sort=articles \
    "/search?q=Tr%C6%B0%C6%A1ng+Th%E1%BB%8B+Mai" "/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt+26&sort=newest" \
    "/search?q=ban+d%C3%A2n+v%E1%BA%ADn" "/api/search?q=%C4%91%E1%BA%A3ng&size=20" "/search/suggest?q=mai"
} | grep -v '^$' >"$WORK/paths.txt"
echo "$(wc -l <"$WORK/paths.txt") addresses"

cat >"$WORK/mix.lua" <<'LUA'
-- a browser's Accept header: the JSON addresses (search API, suggestions) answer 406 to text/html alone
local paths, i = {}, 0
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d p50=%.1fms p99=%.1fms max=%.1fms rps=%.0f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6)))
end
LUA

python3 src/test/bench/editor.py "$BASE" loadcheck 'kiểm tra tải 2026' "${DURATION%s}" >"$WORK/editor.txt" &
EDITOR=$!
PATHS_FILE="$WORK/paths.txt" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/mix.lua" "$BASE" | tee "$WORK/wrk.txt"
wait $EDITOR || true
cat "$WORK/editor.txt"

RESULT=$(grep '^RESULT' "$WORK/wrk.txt")
EDITS=$(grep '^EDITOR' "$WORK/editor.txt")
SERVER_ERRORS=$(grep -c ' ERROR ' "$WORK/archive.log" || true)
echo "server log errors=$SERVER_ERRORS"
echo "$RESULT" | grep -q 'errors=0 non2xx=0' && echo "$EDITS" | grep -q 'lost=0 stale=0 failed=0' \
  && [ "$SERVER_ERRORS" = 0 ] && echo "LOAD CHECK PASSED" || { echo "LOAD CHECK FAILED"; exit 1; }

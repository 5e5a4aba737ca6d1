#!/usr/bin/env bash
# HTTP load benchmark of the public pages: starts the packaged archive on its own port and its
# own database (archive_bench_http, seeded from seeds/), then runs wrk against the home, article,
# person and search pages, once with the page cache (as the archive runs by default) and once
# with it turned off (every request rendered: what an editor's or a first reader's request costs).
# Needs: a local PostgreSQL, wrk (apt-get install wrk), target/party-archive.jar.
# Usage: bash src/test/bench/http-benchmark.sh [seconds-per-page] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION=${1:-20}
CONNECTIONS=${2:-32}
PORT=18080
DB=archive_bench_http
BASE="http://127.0.0.1:$PORT"
INDEX=$(mktemp -d)
APP=
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk"; exit 2; }
[ -f target/party-archive.jar ] || ./mvnw -q -B -DskipTests package
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

stop_app() { [ -z "$APP" ] || { kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true; APP=; }; }
trap 'stop_app; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"; rm -rf "$INDEX"' EXIT

start_app() {  # $1: page cache on (true) or off (false)
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
    SERVER_PORT=$PORT ARCHIVE_INDEX_DIR=$INDEX ARCHIVE_PAGE_CACHE_ENABLED=$1 ARCHIVE_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 \
    java -Xmx1g -jar target/party-archive.jar > "target/http-benchmark-app-$1.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && return; sleep 1; done
  echo "the archive did not start: see target/http-benchmark-app-$1.log"; exit 1
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg);" \
  "wrk -t2 -c$CONNECTIONS -d${DURATION}s"
for cache in true false; do
  start_app "$cache"
  ARTICLE=$(curl -fs "$BASE/" | grep -o 'href="/bai-viet/[0-9][^"]*"' | head -n 1 | cut -d'"' -f2)
  PERSON=$(curl -fs "$BASE$ARTICLE" | grep -o 'href="/nhan-vat/[0-9][^"]*"' | head -n 1 | cut -d'"' -f2)
  SEARCH="/search?q=b%E1%BB%99%20ngo%E1%BA%A1i%20giao"
  echo "#### page cache: $cache"
  for page in "/" "$ARTICLE" "$PERSON" "$SEARCH"; do
    [ -n "$page" ] || { echo "a page link was not found"; exit 1; }
    curl -fs -o /dev/null "$BASE$page"
    wrk -t2 -c"$CONNECTIONS" -d10s "$BASE$page" >/dev/null  # warm-up: JIT and caches
    echo "== $page"
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$page" \
      | grep -E "Requests/sec|^\s+(50|99)%|Non-2xx|Socket errors"
  done
  stop_app
done

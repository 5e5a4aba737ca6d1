#!/usr/bin/env bash
# HTTP load benchmark of the public pages: starts the packaged archive on its own port and its
# own database (archive_bench_http, seeded from seeds/), then runs wrk against the home, article,
# person and search pages. Needs: a local PostgreSQL, wrk (apt-get install wrk), target/party-archive.jar.
# Usage: bash src/test/bench/http-benchmark.sh [seconds-per-page] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION=${1:-20}
CONNECTIONS=${2:-32}
PORT=18080
DB=archive_bench_http
INDEX=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk"; exit 2; }
[ -f target/party-archive.jar ] || ./mvnw -q -B -DskipTests package
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  SERVER_PORT=$PORT ARCHIVE_INDEX_DIR=$INDEX java -Xmx1g -jar target/party-archive.jar > target/http-benchmark-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"; rm -rf "$INDEX"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
BASE="http://127.0.0.1:$PORT"
ARTICLE=$(curl -fs "$BASE/" | grep -o 'href="/bai-viet/[0-9][^"]*"' | head -n 1 | cut -d'"' -f2)
PERSON=$(curl -fs "$BASE$ARTICLE" | grep -o 'href="/nhan-vat/[0-9][^"]*"' | head -n 1 | cut -d'"' -f2)
SEARCH="/search?q=b%E1%BB%99%20ngo%E1%BA%A1i%20giao"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; wrk -t2 -c$CONNECTIONS -d${DURATION}s"
for page in "/" "$ARTICLE" "$PERSON" "$SEARCH"; do
  [ -n "$page" ] || { echo "a page link was not found"; exit 1; }
  curl -fs -o /dev/null "$BASE$page"
  wrk -t2 -c"$CONNECTIONS" -d10s "$BASE$page" >/dev/null  # warm-up: JIT and caches
  echo "== $page"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$page" | grep -E "Requests/sec|^\s+(50|99)%|Non-2xx|Socket errors"
done

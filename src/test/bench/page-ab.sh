#!/usr/bin/env bash
# Two builds of the archive side by side on copies of one imported archive, every page type
# of scale-benchmark.sh measured with wrk, the two jars alternately page by page (which goes
# first alternates by round), so that a machine whose speed drifts moves both alike.
# Usage: bash src/test/bench/page-ab.sh OLD_JAR OLD_DB OLD_INDEX NEW_JAR NEW_DB NEW_INDEX [ROUNDS] [SECONDS]
# The two databases and index directories must be copies of one archive
# (CREATE DATABASE b TEMPLATE a; cp -r); the new jar migrates its own copy. Prints one line
# per page, round and jar: round|page|address|jar|RESULT p50_ms p95_ms req_s requests errors|bytes|load|cpu
# (the archive's own CPU time per request in ms, user + system, from /proc/PID/stat: apart from
# other processes' load, but not from a host that slows the cores, as session 16's runs showed).
# PAGE_AB_PAGES: a regular expression of the page labels to measure (all by default), e.g.
# 'search' for the search page and the search API mix alone.
# Needs wrk, curl, psql and a local PostgreSQL (user postgres). On a shared machine run it
# under the build lock.
set -uo pipefail
[ $# -ge 6 ] || { sed -n '2,14p' "$0"; exit 2; }
OLD_JAR=$1 OLD_DB=$2 OLD_INDEX=$3 NEW_JAR=$4 NEW_DB=$5 NEW_INDEX=$6 ROUNDS=${7:-2} SECONDS_PER_RUN=${8:-5}
OLD_PORT=18201 NEW_PORT=18202
# shellcheck source=src/test/bench/lib.sh
. "$(dirname "$0")/lib.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/page-ab.XXXXXX")
wrk_scripts "$WORK"  # report.lua, and search-mix.lua: the scale benchmark's search mix

archive_start "$OLD_JAR" "$OLD_DB" "$OLD_INDEX" $OLD_PORT "$WORK/app-$OLD_PORT.log" "${PAGE_AB_JAVA_OPTS:-}"
OLD=$ARCHIVE_PID
archive_start "$NEW_JAR" "$NEW_DB" "$NEW_INDEX" $NEW_PORT "$WORK/app-$NEW_PORT.log" "${PAGE_AB_JAVA_OPTS:-}"
NEW=$ARCHIVE_PID
trap 'kill $OLD $NEW 2>/dev/null; wait $OLD $NEW 2>/dev/null; rm -rf "$WORK"' EXIT
archive_await $OLD $OLD_PORT "$WORK/app-$OLD_PORT.log" && archive_await $NEW $NEW_PORT "$WORK/app-$NEW_PORT.log" || exit 1
grep -l 'rebuilding it' "$WORK"/app-*.log && echo "an archive rebuilt its index at start: its figures include no rebuild, but say so"
# the user and system CPU time of a process so far, in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
sql() { psql -h 127.0.0.1 -U postgres -d "$OLD_DB" -qAtc "$1"; }
canonical() { curl -fsL -o /dev/null -w '%{url_effective}' "http://127.0.0.1:$OLD_PORT$1" | sed "s|^http://127.0.0.1:$OLD_PORT||"; }
TOP=$(sql "SELECT person_id FROM article_person GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
FEW=$(sql "SELECT person_id FROM article_person GROUP BY 1 ORDER BY count(*), 1 LIMIT 1")
DOCUMENT=$(sql "SELECT resolution_id FROM article_resolution GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
ARTICLE=$(sql "SELECT id FROM article ORDER BY published_at DESC, id LIMIT 1")
MEETING=$(sql "SELECT id FROM meeting ORDER BY id LIMIT 1")
PAGES=("home|/" "article list|/bai-viet" "person list|/nhan-vat" "document list|/van-kien" "meeting list|/su-kien"
  "article|$(canonical "/bai-viet/$ARTICLE")" "person, most mentioned|$(canonical "/nhan-vat/$TOP")"
  "person, few mentions|$(canonical "/nhan-vat/$FEW")" "document, most cited|$(canonical "/van-kien/$DOCUMENT")"
  "meeting|$(canonical "/su-kien/$MEETING")" "search page|/search?q=c%C3%B4ng%20t%C3%A1c%20c%C3%A1n%20b%E1%BB%99"
  "search API mix|/api/search?q=mix|mix" "search API, unseen queries|/api/search?q=unseen|unseen")
echo "# $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
  ports="$OLD_PORT $NEW_PORT"
  [ $((round % 2)) = 0 ] && ports="$NEW_PORT $OLD_PORT"
  for page in "${PAGES[@]}"; do
    IFS='|' read -r label path mix <<<"$page"
    [[ $label =~ ${PAGE_AB_PAGES:-.} ]] || continue
    script=$WORK/report.lua
    [ -n "$mix" ] && script=$WORK/search-$mix.lua
    for port in $ports; do
      bytes=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$path")
      wrk -t2 -c4 -d2s --timeout 30s -s "$script" "http://127.0.0.1:$port$path" >/dev/null
      pid=$OLD
      [ "$port" = $NEW_PORT ] && pid=$NEW
      ticks=$(cpu_ticks "$pid")
      result=$(wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --timeout 30s -s "$script" "http://127.0.0.1:$port$path" | grep '^RESULT')
      cpu=$(awk -v t=$(($(cpu_ticks "$pid") - ticks)) -v hz="$(getconf CLK_TCK)" -v n="$(cut -d' ' -f5 <<<"$result")" \
        'BEGIN { printf "%.2f", (n > 0) ? 1000 * t / hz / n : 0 }')
      echo "$round|$label|$path|$([ "$port" = $OLD_PORT ] && echo old || echo new)|$result|$bytes|$(cut -d' ' -f1 /proc/loadavg)|$cpu"
    done
  done
done
echo "# end $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"

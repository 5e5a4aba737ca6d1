#!/usr/bin/env bash
# Two builds of the archive measured at the same time on copies of one imported archive: wrk
# runs the search mix (and then the unseen mix) on both at once, so that both meet the same
# machine in the same seconds; each round prints, per jar, wrk's RESULT and the CPU clock ticks the
# archive used. The ratio of the two jars' ticks per request is the ratio of their costs, which
# alternating runs (page-ab.sh) could not resolve below about 30 % on a shared machine (session 16).
# Usage: bash src/test/bench/search-simultaneous-ab.sh OLD_JAR OLD_DB OLD_INDEX NEW_JAR NEW_DB NEW_INDEX ROUNDS SECONDS
# Paths absolute. The databases and index directories must be copies of one archive (see page-ab.sh). Prints
# round|mix|jar|RESULT p50_ms p95_ms req_s requests errors|ticks|load. Run it under the build lock.
set -uo pipefail
[ $# -ge 8 ] || { sed -n '2,9p' "$0"; exit 2; }
cd "$(dirname "$0")/../../.."
. src/test/bench/lib.sh
W=$(mktemp -d "${TMPDIR:-/tmp}/search-ab.XXXXXX"); wrk_scripts "$W"
archive_start "$1" "$2" "$3" 18281 "$W/a.log"; A=$ARCHIVE_PID
archive_start "$4" "$5" "$6" 18282 "$W/b.log"; B=$ARCHIVE_PID
trap 'kill $A $B 2>/dev/null; wait $A $B 2>/dev/null; rm -rf "$W"' EXIT
archive_await $A 18281 "$W/a.log" && archive_await $B 18282 "$W/b.log" || exit 1
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
echo "# $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
# 40 s of warm-up on both; `wait $w`, not `wait`, which would wait for the archives too
wrk -t2 -c4 -d40s -s "$W/search-mix.lua" http://127.0.0.1:18281/api/search >/dev/null & w=$!; wrk -t2 -c4 -d40s -s "$W/search-mix.lua" http://127.0.0.1:18282/api/search >/dev/null; wait $w
for r in $(seq "$7"); do for mix in mix unseen; do
  ta=$(ticks $A); tb=$(ticks $B)
  wrk -t2 -c4 -d"$8"s --timeout 30s -s "$W/search-$mix.lua" http://127.0.0.1:18281/api/search | grep RESULT > "$W/ra" & w=$!
  wrk -t2 -c4 -d"$8"s --timeout 30s -s "$W/search-$mix.lua" http://127.0.0.1:18282/api/search | grep RESULT > "$W/rb"; wait $w
  ca=$(( $(ticks $A) - ta )); cb=$(( $(ticks $B) - tb ))
  echo "$r|$mix|old|$(cat $W/ra)|$ca ticks|$(cut -d' ' -f1 /proc/loadavg)"
  echo "$r|$mix|new|$(cat $W/rb)|$cb ticks|$(cut -d' ' -f1 /proc/loadavg)"
done; done
echo "# end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"

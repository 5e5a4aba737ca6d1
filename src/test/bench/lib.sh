# shellcheck shell=bash
# Shared by the benchmarks that start the packaged archive and measure its pages with wrk
# (scale-benchmark.sh, page-ab.sh): source it, then call the functions below.

# archive_start JAR DATABASE INDEX_DIR PORT LOG [JAVA_OPTS]: starts the archive in the
# background on a local PostgreSQL database (user postgres) with the page cache, seeding and
# rate limit off and readiness probes on; sets ARCHIVE_PID. A database imported by an older
# build may lack migrations numbered below its newest, hence out-of-order migrations.
archive_start() {
  local jar=$1 database=$2 index=$3 port=$4 log=$5 java_opts=${6:-}
  # shellcheck disable=SC2086 # the options are words for java
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres \
    SERVER_PORT=$port ARCHIVE_INDEX_DIR=$index ARCHIVE_PAGE_CACHE_ENABLED=false ARCHIVE_SEED_ENABLED=false \
    SPRING_FLYWAY_OUT_OF_ORDER=true MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true \
    ARCHIVE_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 \
    java $java_opts -jar "$jar" >"$log" 2>&1 &
  # shellcheck disable=SC2034 # read by the script that sources this
  ARCHIVE_PID=$!
}

# archive_ready PORT: whether the archive answers ready. Readiness turns UP after the start's
# runners (an index rebuild among them) have finished; plain health where the archive has no
# readiness group.
archive_ready() {
  local base=http://127.0.0.1:$1
  case $(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness" 2>/dev/null) in
    200) return 0 ;;
    404) curl -fs "$base/actuator/health" >/dev/null 2>&1 ;;
    *) return 1 ;;
  esac
}

# archive_await PID PORT LOG [SECONDS]: waits until the archive is ready (at most SECONDS,
# 900 by default); when it stops or is not ready in time, prints why with the end of its log
# and returns 1.
archive_await() {
  local pid=$1 port=$2 log=$3 limit=${4:-900} started
  started=$(date +%s)
  until archive_ready "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2
      echo "the archive on port $port stopped while starting: see $log" >&2
      return 1
    fi
    if [ $(($(date +%s) - started)) -ge "$limit" ]; then
      echo "the archive on port $port was not ready after $limit s: see $log" >&2
      return 1
    fi
    sleep 1
  done
}

# the search mix: names with and without diacritics, document codes as people type them,
# phrases, tone variants, common words
SEARCH_QUERIES=("Trương Thị Mai" "truong thi mai" "Bùi Thanh Sơn" "bui thanh son" "Đinh Thắng Hưng" "26-NQ/TW"
  "26 nq tw" "kết luận 21" "35-CT/TW" "nghị quyết 26" "\"phiếu tín nhiệm\"" "bo ngoai giao" "hoà bình"
  "công tác cán bộ" "hội nghị" "ủy ban kiểm tra trung ương")

# wrk_scripts DIR: writes DIR/report.lua (wrk prints "RESULT p50_ms p95_ms requests/s requests
# errors" from its own histogram; a non-2xx answer or a socket error counts as an error) and
# DIR/search-mix.lua (the same, cycling through SEARCH_QUERIES on the search JSON API) and
# DIR/search-unseen.lua (that mix, every request a query not asked before).
wrk_scripts() {
  local dir=$1 q
  cat >"$dir/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.2f %.2f %.1f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.requests / (summary.duration / 1e6), summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout))
end
LUA
  {
    echo "local queries = {"
    for q in "${SEARCH_QUERIES[@]}"; do printf '  [==[%s]==],\n' "$q"; done
    cat <<'LUA'
}
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local paths = {}
for i, q in ipairs(queries) do paths[i] = "/api/search?q=" .. encode(q) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
    cat "$dir/report.lua"
  } >"$dir/search-mix.lua"
  # the same mix, every request a query never asked before: each query excludes a word no
  # article holds (-zq<start time>t<thread>x<request>), so its hits are the mix's but no
  # cache has seen it
  {
    sed -e 's|return wrk.format("GET", paths\[(n % #paths) + 1\])|return wrk.format("GET", paths[(n % #paths) + 1] .. "%20-zq" .. tid .. "x" .. n)|' \
      "$dir/search-mix.lua"
    cat <<'LUA'
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", os.time() .. "t" .. threads)
end
LUA
  } >"$dir/search-unseen.lua"
}

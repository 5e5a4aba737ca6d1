#!/usr/bin/env bash
# Search speed and the peer (issue 4): a synthetic corpus in its own database
# (archive_bench_search, dropped at the end), the Lucene index built by the mass indexer and
# PostgreSQL's unaccent + tsvector + GIN on the same rows, then the fixed query mix through
# ArticleSearch and through PostgreSQL. Needs a local PostgreSQL (127.0.0.1:5432, user postgres)
# with the unaccent extension (contrib, part of Debian's postgresql-15). Writes
# target/search-benchmark.md. Usage: bash src/test/bench/search-benchmark.sh [articles] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
ARTICLES=${1:-100000}
ROUNDS=${2:-10}
./mvnw -q -B -Pbench test-compile exec:java -Dexec.mainClass=vn.newsarchive.bench.SearchBenchmark \
  -Dexec.args="$ARTICLES $ROUNDS"

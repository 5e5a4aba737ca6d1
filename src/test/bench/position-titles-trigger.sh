#!/usr/bin/env bash
# The position_held row trigger alone (V8's, then V18's), without the import around it: a
# scratch database with V8's title key, position_title and trigger and V16's tenure tallies,
# then 20,000 single-row inserts of 1-3-title chains (as Hibernate inserts them), timed in
# PostgreSQL; no trigger, V8 and V18 alternately, twice. Run under the build lock.
# Usage: bash src/test/bench/position-titles-trigger.sh
set -euo pipefail
MIGRATIONS=$(cd "$(dirname "$0")/../../main/resources/db/migration" && pwd)
WORK=$(mktemp -d)
P="psql -q -h 127.0.0.1 -U postgres"
trap 'rm -rf "$WORK"; $P -c "DROP DATABASE IF EXISTS archive_trigger_bench" >/dev/null 2>&1 || true' EXIT
cat >"$WORK/schema.sql" <<'SQL'
CREATE TABLE person (id BIGSERIAL PRIMARY KEY);
CREATE TABLE article (id BIGSERIAL PRIMARY KEY);
CREATE TABLE position_held (id BIGSERIAL PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE, title TEXT NOT NULL, as_of DATE,
    as_of_precision VARCHAR(6), as_of_inferred BOOLEAN NOT NULL DEFAULT FALSE,
    article_id BIGINT REFERENCES article (id) ON DELETE SET NULL, version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(), updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE INDEX ix_position_held_person ON position_held (person_id, as_of);
CREATE UNIQUE INDEX uk_position_held ON position_held (person_id, title, COALESCE(article_id, 0));
SQL
# V8 from its title key to its trigger, V16's tenure tallies up to the TRUNCATE trigger
sed -n '/^CREATE FUNCTION archive_title_key/,/FOR EACH ROW EXECUTE FUNCTION archive_position_titles/p' \
  "$MIGRATIONS"/V8__*.sql >"$WORK/v8.sql"
sed -n '/^CREATE TABLE tenure_tally /,/^-- TRUNCATE fires/p' "$MIGRATIONS"/V16__*.sql >"$WORK/v16.sql"
cat >"$WORK/load.sql" <<'SQL'
INSERT INTO person SELECT FROM generate_series(1, 2000);
INSERT INTO article SELECT FROM generate_series(1, 20000);
\timing on
DO $$
DECLARE
    chains TEXT[] := ARRAY['Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương',
        'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao', 'Thường trực Ban Bí thư',
        'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh'];
BEGIN
    FOR i IN 1..20000 LOOP
        INSERT INTO position_held (person_id, title, as_of, as_of_precision, article_id)
        VALUES (1 + i % 2000, chains[1 + i % 4], date '2020-01-01', 'DAY', i);
    END LOOP;
END $$;
SQL
for round in 1 2; do
  for side in none V8 V18; do
    $P -c "DROP DATABASE IF EXISTS archive_trigger_bench" -c "CREATE DATABASE archive_trigger_bench" >/dev/null
    $P -d archive_trigger_bench -f "$WORK/schema.sql" >/dev/null
    if [ $side != none ]; then $P -d archive_trigger_bench -f "$WORK/v8.sql" -f "$WORK/v16.sql" >/dev/null; fi
    if [ $side = V18 ]; then $P -d archive_trigger_bench -f "$MIGRATIONS"/V18__*.sql >/dev/null; fi
    echo "$side, round $round: 20,000 inserts in $($P -d archive_trigger_bench -f "$WORK/load.sql" | grep '^Time' | tail -1)"
  done
done

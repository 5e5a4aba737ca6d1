-- Issue 12.4: pages whose cost does not grow with the archive.

-- 1. The documents index reads its filter choices and its pages from the top of an index
-- instead of every document: the terms one lookup per term, the page sorted by date from
-- the top of the date order.
CREATE INDEX ix_resolution_term ON resolution (term);
CREATE INDEX ix_resolution_date ON resolution (issued_on DESC NULLS LAST, code);

-- 2. A person's tenures from tallies kept on write: how many positions state each
-- spelling of each title key, so that the person page groups a few tally rows instead of
-- every position the person was ever named with (95,000 for a person mentioned in
-- 16,000 articles). As with archive_tally (V6), writers only append changes, never
-- update a shared counter row (concurrent imports would wait on each other, or deadlock),
-- and archive_tally_fold() adds them in.
CREATE TABLE tenure_tally (
    person_id BIGINT NOT NULL,
    title_key TEXT   NOT NULL,
    title     TEXT   NOT NULL,
    n         BIGINT NOT NULL,
    PRIMARY KEY (person_id, title_key, title)
);

CREATE TABLE tenure_tally_change (
    person_id BIGINT NOT NULL,
    title_key TEXT   NOT NULL,
    title     TEXT   NOT NULL,
    delta     BIGINT NOT NULL
);

CREATE FUNCTION archive_tenure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tenure_tally_change (person_id, title_key, title, delta)
        SELECT person_id, title_key, title, count(*) FROM new_rows GROUP BY person_id, title_key, title;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO tenure_tally_change (person_id, title_key, title, delta)
        SELECT person_id, title_key, title, -count(*) FROM old_rows GROUP BY person_id, title_key, title;
    ELSE
        INSERT INTO tenure_tally_change (person_id, title_key, title, delta)
        SELECT person_id, title_key, title, sum(d) FROM (SELECT person_id, title_key, title, -1 AS d FROM old_rows
            UNION ALL SELECT person_id, title_key, title, 1 FROM new_rows) r
        GROUP BY person_id, title_key, title HAVING sum(d) <> 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER tenure_tally_insert AFTER INSERT ON position_title REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tenure_change();
CREATE TRIGGER tenure_tally_update AFTER UPDATE ON position_title
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tenure_change();
CREATE TRIGGER tenure_tally_delete AFTER DELETE ON position_title REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tenure_change();

-- TRUNCATE fires no row triggers (tests empty the archive with it): empty the tallies,
-- after any fold under way, as archive_tally_truncate() does.
CREATE FUNCTION archive_tenure_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('archive_tally_fold'));
    DELETE FROM tenure_tally_change;
    DELETE FROM tenure_tally;
    RETURN NULL;
END
$$;

CREATE TRIGGER tenure_tally_truncate AFTER TRUNCATE ON position_title
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tenure_truncate();

-- V6's fold, now folding the tenure changes too; a tally that falls to 0 stays (readers
-- skip it).
CREATE OR REPLACE FUNCTION archive_tally_fold() RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    folded BIGINT;
    tenures BIGINT;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('archive_tally_fold')) THEN
        RETURN -1;
    END IF;
    WITH moved AS (DELETE FROM archive_tally_change RETURNING kind, key, delta),
         summed AS (SELECT kind, key, sum(delta) AS delta, count(*) AS rows FROM moved GROUP BY kind, key),
         added AS (INSERT INTO archive_tally AS t (kind, key, n) SELECT kind, key, delta FROM summed
                   ON CONFLICT (kind, key) DO UPDATE SET n = t.n + excluded.n)
    SELECT coalesce(sum(rows), 0) INTO folded FROM summed;
    WITH moved AS (DELETE FROM tenure_tally_change RETURNING person_id, title_key, title, delta),
         summed AS (SELECT person_id, title_key, title, sum(delta) AS delta, count(*) AS rows FROM moved
                    GROUP BY person_id, title_key, title),
         added AS (INSERT INTO tenure_tally AS t (person_id, title_key, title, n)
                   SELECT person_id, title_key, title, delta FROM summed
                   ON CONFLICT (person_id, title_key, title) DO UPDATE SET n = t.n + excluded.n)
    SELECT coalesce(sum(rows), 0) INTO tenures FROM summed;
    RETURN folded + tenures;
END
$$;

INSERT INTO tenure_tally (person_id, title_key, title, n)
SELECT person_id, title_key, title, count(*) FROM position_title GROUP BY person_id, title_key, title;

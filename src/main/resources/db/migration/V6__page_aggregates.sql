-- What public pages need so that their cost does not grow with the archive (issue 12.4).
--
-- 1. Tallies kept on write: the home page's counts, its monthly chart and its top lists,
--    and every person's and document's number of articles and meetings. Triggers record each change as
--    a row appended to archive_tally_change, so concurrent writers (the importer's threads,
--    the editors) never update, lock or wait on a shared counter row and cannot deadlock
--    on one; archive_tally_fold() adds the appended changes into archive_tally, one fold
--    at a time, and readers read archive_tally by its keys and its top-N index.
-- 2. The date a list is ordered by, copied onto the link rows (an article's date onto
--    article_person and article_resolution, a meeting's onto meeting_participant and
--    meeting_resolution) and kept in step by triggers, so that the first page of a
--    person's or a document's articles and meetings is read from an index in order, not
--    sorted from all of them.
-- 3. Indexes for tenures (a person's positions grouped by title) and for the latest
--    articles.

CREATE TABLE archive_tally (
    kind VARCHAR(12) NOT NULL,
    key  BIGINT      NOT NULL,
    n    BIGINT      NOT NULL,
    PRIMARY KEY (kind, key)
);
-- the top persons (kind 'mentions') and documents (kind 'citations'), read in order
CREATE INDEX ix_archive_tally_top ON archive_tally (kind, n DESC, key);

-- Appended by triggers, never updated; folded into archive_tally.
CREATE TABLE archive_tally_change (
    kind  VARCHAR(12) NOT NULL,
    key   BIGINT      NOT NULL,
    delta BIGINT      NOT NULL
);

-- The month an article counts in for the monthly chart, as yyyymm; none for an article
-- without a date or dated by its year only.
CREATE FUNCTION archive_month(published_at TIMESTAMP, published_precision VARCHAR) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN published_at IS NULL OR published_precision = 'YEAR' THEN NULL
                ELSE (extract(YEAR FROM published_at) * 100 + extract(MONTH FROM published_at))::BIGINT END
$$;

CREATE FUNCTION archive_tally_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO archive_tally_change (kind, key, delta)
        SELECT 'articles', 0, count(*) FROM new_rows
        UNION ALL
        SELECT 'month', m, count(*) FROM (SELECT archive_month(published_at, published_precision) AS m FROM new_rows) r
        WHERE m IS NOT NULL GROUP BY m;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO archive_tally_change (kind, key, delta)
        SELECT 'articles', 0, -count(*) FROM old_rows
        UNION ALL
        SELECT 'month', m, -count(*) FROM (SELECT archive_month(published_at, published_precision) AS m FROM old_rows) r
        WHERE m IS NOT NULL GROUP BY m;
    ELSE
        -- an edit moves the article to another month only when its date changed
        INSERT INTO archive_tally_change (kind, key, delta)
        SELECT 'month', m, sum(d) FROM (
            SELECT archive_month(published_at, published_precision) AS m, -1 AS d FROM old_rows
            UNION ALL
            SELECT archive_month(published_at, published_precision), 1 FROM new_rows) r
        WHERE m IS NOT NULL GROUP BY m HAVING sum(d) <> 0;
    END IF;
    RETURN NULL;
END
$$;

-- Counts the rows of a table: TG_ARGV[0] is the kind.
CREATE FUNCTION archive_tally_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO archive_tally_change (kind, key, delta) SELECT TG_ARGV[0], 0, count(*) FROM new_rows;
    ELSE
        INSERT INTO archive_tally_change (kind, key, delta) SELECT TG_ARGV[0], 0, -count(*) FROM old_rows;
    END IF;
    RETURN NULL;
END
$$;

-- Counts link rows by the record they point at: TG_ARGV[0] is the kind, TG_ARGV[1] the
-- column (a person's mentions, a document's citations, ...).
CREATE FUNCTION archive_tally_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('INSERT INTO archive_tally_change (kind, key, delta)'
            ' SELECT %L, %I, count(*) FROM new_rows GROUP BY %I', TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('INSERT INTO archive_tally_change (kind, key, delta)'
            ' SELECT %L, %I, -count(*) FROM old_rows GROUP BY %I', TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
    ELSE
        -- a merge moves links from one record to another
        EXECUTE format('INSERT INTO archive_tally_change (kind, key, delta)'
            ' SELECT %L, k, sum(d) FROM (SELECT %I AS k, -1 AS d FROM old_rows'
            ' UNION ALL SELECT %I, 1 FROM new_rows) r GROUP BY k HAVING sum(d) <> 0',
            TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
    END IF;
    RETURN NULL;
END
$$;

-- TRUNCATE fires no row triggers: it empties the kinds named in TG_ARGV, after any fold
-- under way (a fold locks the changes, then the tallies: waiting for it avoids taking
-- the two in the other order).
CREATE FUNCTION archive_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('archive_tally_fold'));
    DELETE FROM archive_tally_change WHERE kind = ANY (TG_ARGV);
    DELETE FROM archive_tally WHERE kind = ANY (TG_ARGV);
    RETURN NULL;
END
$$;

CREATE TRIGGER tally_article_insert AFTER INSERT ON article REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_article();
CREATE TRIGGER tally_article_update AFTER UPDATE ON article REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_article();
CREATE TRIGGER tally_article_delete AFTER DELETE ON article REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_article();
CREATE TRIGGER tally_article_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_truncate('articles', 'month');

CREATE TRIGGER tally_person_insert AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_rows('persons');
CREATE TRIGGER tally_person_delete AFTER DELETE ON person REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_rows('persons');
CREATE TRIGGER tally_person_truncate AFTER TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_truncate('persons');

CREATE TRIGGER tally_resolution_insert AFTER INSERT ON resolution REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_rows('resolutions');
CREATE TRIGGER tally_resolution_delete AFTER DELETE ON resolution REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_rows('resolutions');
CREATE TRIGGER tally_resolution_truncate AFTER TRUNCATE ON resolution
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_truncate('resolutions');

CREATE TRIGGER tally_meeting_insert AFTER INSERT ON meeting REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_rows('meetings');
CREATE TRIGGER tally_meeting_delete AFTER DELETE ON meeting REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_rows('meetings');
CREATE TRIGGER tally_meeting_truncate AFTER TRUNCATE ON meeting
    FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_truncate('meetings');

-- The same four triggers on each link table: (table, kind, column).
DO $$
DECLARE
    link TEXT[];
BEGIN
    FOREACH link SLICE 1 IN ARRAY ARRAY[
            ['article_person', 'mentions', 'person_id'],
            ['article_resolution', 'citations', 'resolution_id'],
            ['meeting_participant', 'attended', 'person_id'],
            ['meeting_resolution', 'discussed', 'resolution_id']] LOOP
        EXECUTE format('CREATE TRIGGER tally_%1$s_insert AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_links(%2$L, %3$L)', link[1], link[2], link[3]);
        EXECUTE format('CREATE TRIGGER tally_%1$s_update AFTER UPDATE ON %1$I'
            ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_links(%2$L, %3$L)', link[1], link[2], link[3]);
        EXECUTE format('CREATE TRIGGER tally_%1$s_delete AFTER DELETE ON %1$I REFERENCING OLD TABLE AS old_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_links(%2$L, %3$L)', link[1], link[2], link[3]);
        EXECUTE format('CREATE TRIGGER tally_%1$s_truncate AFTER TRUNCATE ON %1$I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_truncate(%2$L)', link[1], link[2]);
    END LOOP;
END
$$;

-- Adds the appended changes into the tallies and returns how many it folded, or -1 when
-- another fold holds the lock (readers then read the tallies as they stand). A tally that
-- falls to 0 stays (readers skip it): removing it would scan the table at every fold.
CREATE FUNCTION archive_tally_fold() RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    folded BIGINT;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('archive_tally_fold')) THEN
        RETURN -1;
    END IF;
    WITH moved AS (DELETE FROM archive_tally_change RETURNING kind, key, delta),
         summed AS (SELECT kind, key, sum(delta) AS delta, count(*) AS rows FROM moved GROUP BY kind, key),
         added AS (INSERT INTO archive_tally AS t (kind, key, n) SELECT kind, key, delta FROM summed
                   ON CONFLICT (kind, key) DO UPDATE SET n = t.n + excluded.n)
    SELECT coalesce(sum(rows), 0) INTO folded FROM summed;
    RETURN folded;
END
$$;

INSERT INTO archive_tally (kind, key, n)
SELECT 'articles', 0, count(*) FROM article
UNION ALL SELECT 'persons', 0, count(*) FROM person
UNION ALL SELECT 'resolutions', 0, count(*) FROM resolution
UNION ALL SELECT 'meetings', 0, count(*) FROM meeting
UNION ALL SELECT 'month', m, count(*) FROM (SELECT archive_month(published_at, published_precision) AS m FROM article) r
    WHERE m IS NOT NULL GROUP BY m
UNION ALL SELECT 'mentions', person_id, count(*) FROM article_person GROUP BY person_id
UNION ALL SELECT 'citations', resolution_id, count(*) FROM article_resolution GROUP BY resolution_id
UNION ALL SELECT 'attended', person_id, count(*) FROM meeting_participant GROUP BY person_id
UNION ALL SELECT 'discussed', resolution_id, count(*) FROM meeting_resolution GROUP BY resolution_id;

-- 2. List dates on the link rows.

ALTER TABLE article_person ADD COLUMN published_at TIMESTAMP;
ALTER TABLE article_resolution ADD COLUMN published_at TIMESTAMP;
ALTER TABLE meeting_participant ADD COLUMN held_on DATE;
ALTER TABLE meeting_resolution ADD COLUMN held_on DATE;
UPDATE article_person l SET published_at = a.published_at FROM article a WHERE a.id = l.article_id;
UPDATE article_resolution l SET published_at = a.published_at FROM article a WHERE a.id = l.article_id;
UPDATE meeting_participant l SET held_on = m.held_on FROM meeting m WHERE m.id = l.meeting_id;
UPDATE meeting_resolution l SET held_on = m.held_on FROM meeting m WHERE m.id = l.meeting_id;

CREATE FUNCTION archive_link_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT published_at INTO NEW.published_at FROM article WHERE id = NEW.article_id;
    RETURN NEW;
END
$$;

CREATE FUNCTION archive_link_held_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT held_on INTO NEW.held_on FROM meeting WHERE id = NEW.meeting_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER link_published_at BEFORE INSERT OR UPDATE OF article_id ON article_person
    FOR EACH ROW EXECUTE FUNCTION archive_link_published_at();
CREATE TRIGGER link_published_at BEFORE INSERT OR UPDATE OF article_id ON article_resolution
    FOR EACH ROW EXECUTE FUNCTION archive_link_published_at();
CREATE TRIGGER link_held_on BEFORE INSERT OR UPDATE OF meeting_id ON meeting_participant
    FOR EACH ROW EXECUTE FUNCTION archive_link_held_on();
CREATE TRIGGER link_held_on BEFORE INSERT OR UPDATE OF meeting_id ON meeting_resolution
    FOR EACH ROW EXECUTE FUNCTION archive_link_held_on();

CREATE FUNCTION archive_article_dated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE article_person SET published_at = NEW.published_at WHERE article_id = NEW.id;
    UPDATE article_resolution SET published_at = NEW.published_at WHERE article_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE FUNCTION archive_meeting_dated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_participant SET held_on = NEW.held_on WHERE meeting_id = NEW.id;
    UPDATE meeting_resolution SET held_on = NEW.held_on WHERE meeting_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER article_dated AFTER UPDATE OF published_at ON article
    FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at) EXECUTE FUNCTION archive_article_dated();
CREATE TRIGGER meeting_dated AFTER UPDATE OF held_on ON meeting
    FOR EACH ROW WHEN (OLD.held_on IS DISTINCT FROM NEW.held_on) EXECUTE FUNCTION archive_meeting_dated();

-- A person's articles and meetings newest first, a document's oldest first; each index
-- replaces the one on the same leading column.
CREATE INDEX ix_article_person_person_date ON article_person (person_id, published_at DESC NULLS LAST, article_id DESC);
DROP INDEX ix_article_person_person;
CREATE INDEX ix_article_resolution_date ON article_resolution (resolution_id, published_at, article_id);
DROP INDEX ix_article_resolution_resolution;
CREATE INDEX ix_meeting_participant_person_date ON meeting_participant (person_id, held_on DESC NULLS LAST, meeting_id DESC);
DROP INDEX ix_meeting_participant_person;
CREATE INDEX ix_meeting_resolution_date ON meeting_resolution (resolution_id, held_on, meeting_id);
DROP INDEX ix_meeting_resolution_resolution;

-- 3. Tenures: a person's positions grouped by title, each group's first and last date read
-- from the index.
CREATE INDEX ix_position_held_tenure ON position_held (person_id, title, as_of, id)
    INCLUDE (as_of_precision, as_of_inferred, article_id);

-- An article page finds the archived articles its related titles name by their title in
-- NFC, lower case and single-spaced (ArticleRepository.TITLE_KEY): by this index, not by
-- normalising every title of the archive.
CREATE INDEX ix_article_title_key ON article ((lower(regexp_replace(btrim(normalize(title, NFC)), '\s+', ' ', 'g'))));

-- The meetings index's list of kinds, read one kind after the other.
CREATE INDEX ix_meeting_kind ON meeting (kind);

-- The people index in name order, a page at a time.
CREATE INDEX ix_person_slug ON person (slug, name);

-- The latest articles (home page, feed, article list), newest first.
CREATE INDEX ix_article_latest ON article (published_at DESC NULLS LAST, id DESC);
DROP INDEX ix_article_published_at;

-- One story, one document, one meeting (issue 18, points 1, 2 and 4).
--
-- 1. Copies of one story (syndicated, excerpted, re-published with other noise) are one
--    story: article.story_id points at the story's first stored article and is null for
--    that article itself, so lists, the feed, counts and charts read the articles whose
--    story_id is null. Each article's MinHash signature is kept with its LSH band keys
--    (StorySignature, StoryBands): a new article finds its candidates by a GIN index on
--    the band keys, never by comparing it with every article.
-- 2. A meeting reported by several articles is one meeting: meeting.article_id stays the
--    first article that reported it, meeting_article holds the others.

ALTER TABLE article ADD COLUMN story_id BIGINT REFERENCES article (id) ON DELETE SET NULL;
CREATE INDEX ix_article_story ON article (story_id) WHERE story_id IS NOT NULL;
-- the latest stories (home page, feed, article list), newest first
CREATE INDEX ix_article_story_latest ON article (published_at DESC NULLS LAST, id DESC) WHERE story_id IS NULL;

CREATE TABLE story_signature (
    -- deferred: the importer writes the signature before Hibernate flushes the article
    article_id BIGINT   PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    shingles   INT      NOT NULL,
    minima     BIGINT[] NOT NULL,
    bands      BIGINT[] NOT NULL
);
CREATE INDEX ix_story_signature_bands ON story_signature USING gin (bands);

-- Counts and the monthly chart count stories, not copies: an article counts while its
-- story_id is null, and joining or leaving a story moves it in or out.
CREATE OR REPLACE FUNCTION archive_tally_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO archive_tally_change (kind, key, delta)
        SELECT 'articles', 0, count(*) FROM new_rows WHERE story_id IS NULL
        UNION ALL
        SELECT 'month', m, count(*) FROM (SELECT archive_month(published_at, published_precision) AS m
            FROM new_rows WHERE story_id IS NULL) r
        WHERE m IS NOT NULL GROUP BY m;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO archive_tally_change (kind, key, delta)
        SELECT 'articles', 0, -count(*) FROM old_rows WHERE story_id IS NULL
        UNION ALL
        SELECT 'month', m, -count(*) FROM (SELECT archive_month(published_at, published_precision) AS m
            FROM old_rows WHERE story_id IS NULL) r
        WHERE m IS NOT NULL GROUP BY m;
    ELSE
        INSERT INTO archive_tally_change (kind, key, delta)
        SELECT 'articles', 0, sum(d) FROM (
            SELECT -1 AS d FROM old_rows WHERE story_id IS NULL
            UNION ALL
            SELECT 1 FROM new_rows WHERE story_id IS NULL) r
        HAVING coalesce(sum(d), 0) <> 0
        UNION ALL
        SELECT 'month', m, sum(d) FROM (
            SELECT archive_month(published_at, published_precision) AS m, -1 AS d FROM old_rows WHERE story_id IS NULL
            UNION ALL
            SELECT archive_month(published_at, published_precision), 1 FROM new_rows WHERE story_id IS NULL) r
        WHERE m IS NOT NULL GROUP BY m HAVING sum(d) <> 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TABLE meeting_article (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, article_id)
);
CREATE INDEX ix_meeting_article_article ON meeting_article (article_id);
-- a meeting reported again: same kind and date, then organiser or delegation compared
CREATE INDEX ix_meeting_same_event ON meeting (kind, held_on);

-- A person's mentions and a document's citations count stories too, and their pages list
-- each story once: the link rows of a copy carry story_copy, set from the article as
-- their date is (V6), and the tallies skip them.
ALTER TABLE article_person ADD COLUMN story_copy BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE article_resolution ADD COLUMN story_copy BOOLEAN NOT NULL DEFAULT FALSE;

CREATE OR REPLACE FUNCTION archive_link_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT published_at, story_id IS NOT NULL INTO NEW.published_at, NEW.story_copy FROM article WHERE id = NEW.article_id;
    RETURN NEW;
END
$$;

CREATE FUNCTION archive_article_story() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE article_person SET story_copy = NEW.story_id IS NOT NULL WHERE article_id = NEW.id;
    UPDATE article_resolution SET story_copy = NEW.story_id IS NOT NULL WHERE article_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER article_story AFTER UPDATE OF story_id ON article
    FOR EACH ROW WHEN ((OLD.story_id IS NULL) <> (NEW.story_id IS NULL)) EXECUTE FUNCTION archive_article_story();

-- As archive_tally_links (V6), counting only the link rows of stories.
CREATE FUNCTION archive_tally_story_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('INSERT INTO archive_tally_change (kind, key, delta)'
            ' SELECT %L, %I, count(*) FROM new_rows WHERE NOT story_copy GROUP BY %I', TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('INSERT INTO archive_tally_change (kind, key, delta)'
            ' SELECT %L, %I, -count(*) FROM old_rows WHERE NOT story_copy GROUP BY %I', TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
    ELSE
        EXECUTE format('INSERT INTO archive_tally_change (kind, key, delta)'
            ' SELECT %L, k, sum(d) FROM (SELECT %I AS k, -1 AS d FROM old_rows WHERE NOT story_copy'
            ' UNION ALL SELECT %I, 1 FROM new_rows WHERE NOT story_copy) r GROUP BY k HAVING sum(d) <> 0',
            TG_ARGV[0], TG_ARGV[1], TG_ARGV[1]);
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    link TEXT[];
BEGIN
    FOREACH link SLICE 1 IN ARRAY ARRAY[
            ['article_person', 'mentions', 'person_id'],
            ['article_resolution', 'citations', 'resolution_id']] LOOP
        EXECUTE format('DROP TRIGGER tally_%1$s_insert ON %1$I', link[1]);
        EXECUTE format('DROP TRIGGER tally_%1$s_update ON %1$I', link[1]);
        EXECUTE format('DROP TRIGGER tally_%1$s_delete ON %1$I', link[1]);
        EXECUTE format('CREATE TRIGGER tally_%1$s_insert AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_story_links(%2$L, %3$L)', link[1], link[2], link[3]);
        EXECUTE format('CREATE TRIGGER tally_%1$s_update AFTER UPDATE ON %1$I'
            ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_story_links(%2$L, %3$L)', link[1], link[2], link[3]);
        EXECUTE format('CREATE TRIGGER tally_%1$s_delete AFTER DELETE ON %1$I REFERENCING OLD TABLE AS old_rows'
            ' FOR EACH STATEMENT EXECUTE FUNCTION archive_tally_story_links(%2$L, %3$L)', link[1], link[2], link[3]);
    END LOOP;
END
$$;

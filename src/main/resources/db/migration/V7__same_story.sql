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

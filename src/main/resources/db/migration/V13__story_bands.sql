-- Same story at any size (issue 18.1, issue 12.4).
--
-- 1. A new article is compared with the first article of each story only (the story's
--    head): a copy of a copy no longer chains one story onto the next. Only heads are
--    looked up, so their band keys get a table of their own, read through a btree with a
--    limit per key: the newest heads sharing a key, never every article that shares it.
--    The GIN index of V7 read every article sharing a key: texts of one template share
--    keys by the thousand, and each import cost more than the last.
-- 2. Each signature keeps whom and which coded documents its article names (folded,
--    hashed: StoryNames): articles of one template naming other people or documents are
--    other stories. Empty for the signatures stored before: unknown, never a veto.

CREATE TABLE story_band (
    band       BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES story_signature (article_id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
);
CREATE INDEX ix_story_band_article ON story_band (article_id);

INSERT INTO story_band (band, article_id)
SELECT DISTINCT b.band, s.article_id
FROM story_signature s
JOIN article a ON a.id = s.article_id AND a.story_id IS NULL
CROSS JOIN LATERAL unnest(s.bands) AS b (band);

DROP INDEX ix_story_signature_bands;

ALTER TABLE story_signature ADD COLUMN persons BIGINT[] NOT NULL DEFAULT '{}';
ALTER TABLE story_signature ADD COLUMN documents BIGINT[] NOT NULL DEFAULT '{}';

-- 3. story_band lists heads only, whoever changes story_id.
CREATE FUNCTION archive_story_band() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.story_id IS NULL THEN
        INSERT INTO story_band (band, article_id)
        SELECT DISTINCT unnest(bands), article_id FROM story_signature WHERE article_id = NEW.id
        ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM story_band WHERE article_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER article_story_band AFTER UPDATE OF story_id ON article
    FOR EACH ROW WHEN ((OLD.story_id IS NULL) <> (NEW.story_id IS NULL)) EXECUTE FUNCTION archive_story_band();

-- 4. Deleting a story's first article keeps its copies one story: the earliest stored
--    copy heads it, the others point at it. Without this, ON DELETE SET NULL made each
--    copy a story of its own. The editors' delete moves them itself, through JPA, so
--    that the search index follows; this keeps every other path right. Before the
--    delete, so that the foreign key finds no copy left to set to null.
CREATE FUNCTION archive_story_heir() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    heir BIGINT;
BEGIN
    IF OLD.story_id IS NULL THEN
        SELECT min(id) INTO heir FROM article WHERE story_id = OLD.id;
        IF heir IS NOT NULL THEN
            UPDATE article SET story_id = NULL WHERE id = heir;
            UPDATE article SET story_id = heir WHERE story_id = OLD.id;
        END IF;
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER article_story_heir BEFORE DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION archive_story_heir();

-- 5. A new report of a known meeting is one meeting_article row written by the importer
--    before Hibernate flushes the article (MeetingWriter): the check waits for the commit.
ALTER TABLE meeting_article ALTER CONSTRAINT meeting_article_article_id_fkey DEFERRABLE INITIALLY DEFERRED;

-- Issue 18, points 3, 5 and 6: titles as tenures, likely-duplicate persons, the review queue.

-- 5. Tenures. A position_held row keeps the title chain an article gives
-- ("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao"); position_title holds each title of the chain
-- on its own, with a key under which variants meaning the same title are one:
-- case, NFC/NFD, spacing, old and new tone placement (Ủy/Uỷ, hòa/hoà), "Bộ trưởng Bộ X" /
-- "Bộ trưởng X", "Phó Thủ tướng Chính phủ" / "Phó Thủ tướng". Triggers keep it in step with
-- position_held (import, editors' edits, merges), so tenures group by an index.
CREATE FUNCTION archive_title_key(title TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(regexp_replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(
            lower(regexp_replace(btrim(normalize(title, NFC), E' \t.;:'), '\s+', ' ', 'g')),
            'òa', 'oà'), 'óa', 'oá'), 'ỏa', 'oả'), 'õa', 'oã'), 'ọa', 'oạ'),
            'òe', 'oè'), 'óe', 'oé'), 'ỏe', 'oẻ'), 'õe', 'oẽ'), 'ọe', 'oẹ'),
            'ùy', 'uỳ'), 'úy', 'uý'), 'ủy', 'uỷ'), 'ũy', 'uỹ'), 'ụy', 'uỵ'),
        '^((?:bộ|thứ) trưởng(?: thường trực)?) bộ ', '\1 '),
        '^((?:phó )?thủ tướng) chính phủ$', '\1')
$$;

CREATE TABLE position_title (
    position_id     BIGINT  NOT NULL REFERENCES position_held (id) ON DELETE CASCADE,
    ordinal         INT     NOT NULL,
    person_id       BIGINT  NOT NULL,
    title           TEXT    NOT NULL,
    title_key       TEXT    NOT NULL,
    as_of           DATE,
    as_of_precision VARCHAR(6),
    as_of_inferred  BOOLEAN NOT NULL,
    article_id      BIGINT,
    PRIMARY KEY (position_id, ordinal)
);
-- a person's tenures: grouped by key, first and last date and backing articles from the top
CREATE INDEX ix_position_title_tenure ON position_title (person_id, title_key, as_of, position_id)
    INCLUDE (as_of_precision, as_of_inferred, article_id, title);
-- the Popolo export's posts
CREATE INDEX ix_position_title_key ON position_title (title_key);

CREATE FUNCTION archive_position_titles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM position_title WHERE position_id = NEW.id;
    INSERT INTO position_title (position_id, ordinal, person_id, title, title_key, as_of, as_of_precision,
            as_of_inferred, article_id)
    SELECT NEW.id, t.ordinal, NEW.person_id, regexp_replace(btrim(normalize(t.title, NFC)), '\s+', ' ', 'g'), archive_title_key(t.title), NEW.as_of,
           NEW.as_of_precision, NEW.as_of_inferred, NEW.article_id
    FROM unnest(string_to_array(NEW.title, ',')) WITH ORDINALITY AS t (title, ordinal)
    WHERE archive_title_key(t.title) <> '';
    RETURN NULL;
END
$$;

CREATE TRIGGER position_titles AFTER INSERT OR UPDATE ON position_held
    FOR EACH ROW EXECUTE FUNCTION archive_position_titles();

INSERT INTO position_title (position_id, ordinal, person_id, title, title_key, as_of, as_of_precision,
        as_of_inferred, article_id)
SELECT p.id, t.ordinal, p.person_id, regexp_replace(btrim(normalize(t.title, NFC)), '\s+', ' ', 'g'), archive_title_key(t.title), p.as_of, p.as_of_precision,
       p.as_of_inferred, p.article_id
FROM position_held p, unnest(string_to_array(p.title, ',')) WITH ORDINALITY AS t (title, ordinal)
WHERE archive_title_key(t.title) <> '';

-- 3. Likely-duplicate persons: a name folded to its bare letters (no marks, đ → d, lower
-- case, single spaces). "Phạm Binh Minh" and "Phạm Bình Minh" fold alike, and so do
-- "Hưng" and "Hùng": a fold only proposes a pair, editors decide.
CREATE FUNCTION archive_fold(name TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT lower(translate(regexp_replace(btrim(normalize(name, NFC)), '\s+', ' ', 'g'),
        'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ',
        'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyaaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy'))
$$;

ALTER TABLE person ADD COLUMN name_fold TEXT GENERATED ALWAYS AS (archive_fold(name)) STORED;
CREATE INDEX ix_person_name_fold ON person (name_fold, id);

-- 6. The review queue. What an editor decided about an item of the queue, whatever its
-- source: the item leaves the queue. A subject is the source's own key for the item
-- ("12-345" for a pair of persons, an article's id, a report's id).
CREATE TABLE review_decision (
    source     VARCHAR(20)  NOT NULL,
    subject    VARCHAR(100) NOT NULL,
    decision   VARCHAR(10)  NOT NULL,
    decided_by VARCHAR(100),
    decided_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (source, subject),
    CONSTRAINT ck_review_decision CHECK (decision IN ('ACCEPTED', 'FIXED', 'DISMISSED'))
);

-- What a reader reported about an article ("Báo lỗi"); no account.
CREATE TABLE reader_report (
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    problem    VARCHAR(20)  NOT NULL,
    message    TEXT         NOT NULL,
    contact    VARCHAR(200),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX ix_reader_report_article ON reader_report (article_id);

-- Articles whose date was inferred, for the queue, without reading the others.
CREATE INDEX ix_article_inferred ON article (id) WHERE published_inferred;

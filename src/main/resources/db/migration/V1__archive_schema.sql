-- The archive's whole data model. Every editable table carries a version column for
-- optimistic locking and created/updated times, since editors correct these records.

CREATE TABLE article (
    id                  BIGSERIAL PRIMARY KEY,
    title               TEXT         NOT NULL,
    slug                VARCHAR(200) NOT NULL,
    lead                TEXT,
    body                TEXT         NOT NULL,
    published_at        TIMESTAMP,
    published_precision VARCHAR(6),
    published_inferred  BOOLEAN      NOT NULL DEFAULT FALSE,
    source              VARCHAR(200),
    content_hash        VARCHAR(64)    NOT NULL,
    file_name           VARCHAR(300),
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uk_article_content_hash UNIQUE (content_hash),
    CONSTRAINT ck_article_precision CHECK (published_precision IN ('MINUTE', 'DAY', 'MONTH', 'YEAR')),
    CONSTRAINT ck_article_published CHECK ((published_at IS NULL) = (published_precision IS NULL))
);
CREATE INDEX ix_article_published_at ON article (published_at DESC NULLS LAST);
CREATE INDEX ix_article_source ON article (source);

CREATE TABLE article_author (
    article_id BIGINT       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_caption (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INT    NOT NULL,
    text       TEXT   NOT NULL,
    credit     VARCHAR(300),
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_related_title (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INT    NOT NULL,
    title      TEXT   NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE person (
    id         BIGSERIAL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    name_key   VARCHAR(200) NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uk_person_name_key UNIQUE (name_key)
);

CREATE TABLE person_alias (
    person_id BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, alias)
);

-- A title a person held as of a date, backed by the article that states it.
CREATE TABLE position_held (
    id                BIGSERIAL PRIMARY KEY,
    person_id         BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    title             TEXT        NOT NULL,
    as_of             DATE,
    as_of_precision   VARCHAR(6),
    as_of_inferred    BOOLEAN     NOT NULL DEFAULT FALSE,
    article_id        BIGINT REFERENCES article (id) ON DELETE SET NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT ck_position_precision CHECK (as_of_precision IN ('MINUTE', 'DAY', 'MONTH', 'YEAR'))
);
CREATE INDEX ix_position_held_person ON position_held (person_id, as_of);
CREATE UNIQUE INDEX uk_position_held ON position_held (person_id, title, COALESCE(article_id, 0));

-- A person mentioned in an article, with the title chain that article gives them.
CREATE TABLE article_person (
    id            BIGSERIAL PRIMARY KEY,
    article_id    BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    person_id     BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    titles        TEXT,
    mention_order INT    NOT NULL DEFAULT 0,
    CONSTRAINT uk_article_person UNIQUE (article_id, person_id)
);
CREATE INDEX ix_article_person_person ON article_person (person_id);

-- A party or state document. Numbers restart each Central Committee term, so a code alone
-- is not an identity: kind + number + issuer + term (or, failing that, the date) is.
CREATE TABLE resolution (
    id         BIGSERIAL PRIMARY KEY,
    kind       VARCHAR(60)  NOT NULL,
    type_code  VARCHAR(10),
    number     VARCHAR(20),
    issuer     VARCHAR(120),
    code       VARCHAR(80),
    term       VARCHAR(10),
    issued_on  DATE,
    plenum     VARCHAR(200),
    title      TEXT,
    slug       VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX uk_resolution_identity ON resolution (kind, COALESCE(number, ''), COALESCE(issuer, ''),
    COALESCE(term, ''), COALESCE(issued_on, DATE '0001-01-01'));
CREATE INDEX ix_resolution_code ON resolution (code);

CREATE TABLE article_resolution (
    article_id    BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    resolution_id BIGINT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, resolution_id)
);
CREATE INDEX ix_article_resolution_resolution ON article_resolution (resolution_id);

CREATE TABLE meeting (
    id                BIGSERIAL PRIMARY KEY,
    article_id        BIGINT       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind              VARCHAR(120),
    title             TEXT,
    held_on           DATE,
    held_precision    VARCHAR(6),
    held_inferred     BOOLEAN      NOT NULL DEFAULT FALSE,
    place             VARCHAR(300),
    organizer         VARCHAR(300),
    delegation        VARCHAR(300),
    delegation_number VARCHAR(20),
    slug              VARCHAR(200) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT ck_meeting_precision CHECK (held_precision IN ('MINUTE', 'DAY', 'MONTH', 'YEAR'))
);
CREATE INDEX ix_meeting_article ON meeting (article_id);
CREATE INDEX ix_meeting_held_on ON meeting (held_on);

CREATE TABLE meeting_participant (
    id         BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id  BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role       VARCHAR(12) NOT NULL,
    CONSTRAINT uk_meeting_participant UNIQUE (meeting_id, person_id),
    CONSTRAINT ck_meeting_role CHECK (role IN ('CHAIR', 'PARTICIPANT'))
);
CREATE INDEX ix_meeting_participant_person ON meeting_participant (person_id);

CREATE TABLE meeting_resolution (
    meeting_id    BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    resolution_id BIGINT NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, resolution_id)
);
CREATE INDEX ix_meeting_resolution_resolution ON meeting_resolution (resolution_id);

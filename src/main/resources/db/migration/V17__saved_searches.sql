-- Searches a researcher saved, each with an Atom feed of its newest matches. Researchers
-- have no accounts (accounts are for editors): a saved search belongs to the browser that
-- saved it, known by a random key in a cookie of which only a hash is kept (as for API
-- tokens), and its feed is read through a second random token, so a feed address handed
-- to a feed reader or a colleague cannot list or delete anything. The search is kept as
-- its parameters; a person or document it names is not a foreign key: like a bookmarked
-- address, it keeps asking for that id.
CREATE TABLE saved_search (
    id          BIGSERIAL PRIMARY KEY,
    owner_hash  VARCHAR(64)  NOT NULL,
    feed_token  VARCHAR(43)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    q           TEXT         NOT NULL DEFAULT '',
    person_id   BIGINT,
    document_id BIGINT,
    year        INTEGER,
    source      TEXT,
    date_from   DATE,
    date_to     DATE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uk_saved_search_feed_token UNIQUE (feed_token)
);
CREATE INDEX ix_saved_search_owner ON saved_search (owner_hash, created_at DESC);

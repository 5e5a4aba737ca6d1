-- Revisions: every change to an article, person, document or meeting, whoever made it
-- (an editor, an API token, the importer), as a JSON snapshot of the record's editable
-- fields and links. Written by the Hibernate listeners in the transaction of the change
-- (history.RevisionCapture), read by the history pages and the audit log. JSON rather
-- than JSONB: nothing queries inside a snapshot, and JSON keeps the fields in the order
-- the history shows them and costs an import no conversion.
CREATE TABLE revision (
    id          BIGSERIAL PRIMARY KEY,
    record_kind VARCHAR(10)  NOT NULL,
    record_id   BIGINT       NOT NULL,
    action      VARCHAR(10)  NOT NULL,
    author      VARCHAR(200) NOT NULL,
    made_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    label       TEXT,
    detail      TEXT,
    snapshot    JSON         NOT NULL,
    CONSTRAINT ck_revision_kind CHECK (record_kind IN ('ARTICLE', 'PERSON', 'RESOLUTION', 'MEETING')),
    CONSTRAINT ck_revision_action CHECK (action IN ('CREATE', 'EDIT', 'DELETE', 'MERGE', 'MERGED', 'RESTORE',
        'UNMERGE'))
);
-- a record's history, newest first
CREATE INDEX ix_revision_record ON revision (record_kind, record_id, id DESC);
-- the audit log, newest first, by date and by author
CREATE INDEX ix_revision_made_at ON revision (made_at DESC, id DESC);
CREATE INDEX ix_revision_author ON revision (author, made_at DESC);

-- A record merged into another: its old address answers 301 to the survivor, and what
-- the merge moved is kept so that it can be undone.
CREATE TABLE merged_record (
    record_kind VARCHAR(10) NOT NULL,
    merged_id   BIGINT      NOT NULL,
    survivor_id BIGINT      NOT NULL,
    merged_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    moved       JSON        NOT NULL,
    PRIMARY KEY (record_kind, merged_id),
    CONSTRAINT ck_merged_record_kind CHECK (record_kind IN ('PERSON', 'RESOLUTION', 'MEETING'))
);
CREATE INDEX ix_merged_record_survivor ON merged_record (record_kind, survivor_id);

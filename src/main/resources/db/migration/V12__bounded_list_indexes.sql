-- Indexes the 100,000-article benchmark found missing (issue 12): each lets a page read
-- its rows from the top of an index instead of sorting every candidate row.

-- The meetings list, newest first (MeetingRepository's default order): without it every
-- list page sorted all meetings (41,000 rows at 100,000 articles: 227 ms).
CREATE INDEX ix_meeting_latest ON meeting (held_on DESC NULLS LAST, id DESC);

-- Related titles on an article page read the first two articles with a title key, by id.
-- A title that thousands of articles share (a recurring headline) made the key-only index
-- fetch and sort every one of them (2,992 rows: 124 ms); with the id in the index the
-- first two are read in order and the scan stops.
CREATE INDEX ix_article_title_key_id
    ON article ((lower(regexp_replace(btrim(normalize(title, NFC)), '\s+', ' ', 'g'))), id);
DROP INDEX ix_article_title_key;

-- The documents index, by kind, then code, then date (ResolutionIndex): without it the
-- page joined and sorted every document of the first kind shown (739 at 100,000
-- articles, growing with the archive) to show fifty.
CREATE INDEX ix_resolution_list ON resolution (kind, code, issued_on);

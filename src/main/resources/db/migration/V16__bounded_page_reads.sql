-- Issue 12.4: pages whose cost does not grow with the archive.

-- 1. The documents index reads its filter choices and its pages from the top of an index
-- instead of every document: the terms one lookup per term, the page sorted by date from
-- the top of the date order.
CREATE INDEX ix_resolution_term ON resolution (term);
CREATE INDEX ix_resolution_date ON resolution (issued_on DESC NULLS LAST, code);

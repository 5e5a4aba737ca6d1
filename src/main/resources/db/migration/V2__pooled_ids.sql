-- Ids are handed out 50 at a time to each writer (Hibernate's pooled optimizer), so an
-- article's rows are known before they are inserted and go to PostgreSQL in batches. Rows
-- inserted by SQL (the importer's race-free identity claims) keep using nextval through the
-- column default; a pooled block never overlaps a value nextval returned.
ALTER SEQUENCE article_id_seq INCREMENT BY 50;
ALTER SEQUENCE person_id_seq INCREMENT BY 50;
ALTER SEQUENCE position_held_id_seq INCREMENT BY 50;
ALTER SEQUENCE article_person_id_seq INCREMENT BY 50;
ALTER SEQUENCE resolution_id_seq INCREMENT BY 50;
ALTER SEQUENCE meeting_id_seq INCREMENT BY 50;
ALTER SEQUENCE meeting_participant_id_seq INCREMENT BY 50;

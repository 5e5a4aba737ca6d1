-- Issue 12.3, import speed: the link tables' tally triggers (V6's archive_tally_links,
-- V7's archive_tally_story_links) built their INSERT with format() and ran it with
-- EXECUTE, so PostgreSQL parsed and planned it afresh at every statement that wrote links:
-- 4.6 times per imported article, 0.13-0.17 ms each, 0.69 ms of the ~8.4 ms of
-- PostgreSQL CPU an article costs (session 16's profile). Static SQL is planned once per
-- session and table. The link column is one of two, so each gets its own branch; a branch
-- a table never takes is never planned. Same rows as before (LinkTallyTriggersTest).

CREATE OR REPLACE FUNCTION archive_tally_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[1] = 'person_id' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], person_id, count(*) FROM new_rows GROUP BY person_id;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], person_id, -count(*) FROM old_rows GROUP BY person_id;
        ELSE
            -- a merge moves links from one record to another
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], k, sum(d) FROM (SELECT person_id AS k, -1 AS d FROM old_rows
                UNION ALL SELECT person_id, 1 FROM new_rows) r GROUP BY k HAVING sum(d) <> 0;
        END IF;
    ELSIF TG_ARGV[1] = 'resolution_id' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], resolution_id, count(*) FROM new_rows GROUP BY resolution_id;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], resolution_id, -count(*) FROM old_rows GROUP BY resolution_id;
        ELSE
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], k, sum(d) FROM (SELECT resolution_id AS k, -1 AS d FROM old_rows
                UNION ALL SELECT resolution_id, 1 FROM new_rows) r GROUP BY k HAVING sum(d) <> 0;
        END IF;
    ELSE
        RAISE EXCEPTION 'archive_tally_links: no branch for column %', TG_ARGV[1];
    END IF;
    RETURN NULL;
END
$$;

-- As archive_tally_links, counting only the link rows of stories (V7).
CREATE OR REPLACE FUNCTION archive_tally_story_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[1] = 'person_id' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], person_id, count(*) FROM new_rows WHERE NOT story_copy GROUP BY person_id;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], person_id, -count(*) FROM old_rows WHERE NOT story_copy GROUP BY person_id;
        ELSE
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], k, sum(d) FROM (SELECT person_id AS k, -1 AS d FROM old_rows WHERE NOT story_copy
                UNION ALL SELECT person_id, 1 FROM new_rows WHERE NOT story_copy) r GROUP BY k HAVING sum(d) <> 0;
        END IF;
    ELSIF TG_ARGV[1] = 'resolution_id' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], resolution_id, count(*) FROM new_rows WHERE NOT story_copy GROUP BY resolution_id;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], resolution_id, -count(*) FROM old_rows WHERE NOT story_copy GROUP BY resolution_id;
        ELSE
            INSERT INTO archive_tally_change (kind, key, delta)
            SELECT TG_ARGV[0], k, sum(d) FROM (SELECT resolution_id AS k, -1 AS d FROM old_rows WHERE NOT story_copy
                UNION ALL SELECT resolution_id, 1 FROM new_rows WHERE NOT story_copy) r
            GROUP BY k HAVING sum(d) <> 0;
        END IF;
    ELSE
        RAISE EXCEPTION 'archive_tally_story_links: no branch for column %', TG_ARGV[1];
    END IF;
    RETURN NULL;
END
$$;

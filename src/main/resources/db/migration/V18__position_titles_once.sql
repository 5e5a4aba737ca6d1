-- Issue 12.3, import speed: V8's position_held row trigger was 12 % of the import's
-- statement time. It computed each title's key twice (in the select list and in the
-- filter: archive_title_key is NFC, 15 replaces and 3 regular expressions), and deleted
-- the position's titles before inserting them even for a new position, which has none
-- (the DELETE also fired V16's statement trigger on position_title for nothing).
-- Same rows as before: each title's spelling and key are computed once, in a subquery
-- that OFFSET 0 keeps from being merged into the outer query (merged, its outputs would
-- be evaluated again in the filter), and only an update deletes the old titles.
CREATE OR REPLACE FUNCTION archive_position_titles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM position_title WHERE position_id = NEW.id;
    END IF;
    INSERT INTO position_title (position_id, ordinal, person_id, title, title_key, as_of, as_of_precision,
            as_of_inferred, article_id)
    SELECT NEW.id, t.ordinal, NEW.person_id, t.title, t.title_key, NEW.as_of, NEW.as_of_precision,
           NEW.as_of_inferred, NEW.article_id
    FROM (SELECT s.ordinal, regexp_replace(btrim(normalize(s.title, NFC)), '\s+', ' ', 'g') AS title,
                 archive_title_key(s.title) AS title_key
          FROM unnest(string_to_array(NEW.title, ',')) WITH ORDINALITY AS s (title, ordinal)
          OFFSET 0) t
    WHERE t.title_key <> '';
    RETURN NULL;
END
$$;

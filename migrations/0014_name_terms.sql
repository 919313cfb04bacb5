-- Name search looks up spellings among the distinct names, not among every name row. A family name is shared by many
-- people, so the trigram index of the distinct names is a fraction of the size of one over every row, and a search
-- reads far fewer posting-list entries and rechecks far fewer rows (benchmark: about 10 ms of the 20 ms a search took
-- at 100,000 children went on the two trigram scans). The matches are the same: `term % typed` holds for a term exactly
-- when it holds for every row with that term.
-- `uses` counts the name rows that carry the term, so that a name is dropped when its last row goes (retention): no
-- name outlives the records it came from. The counter row's lock orders concurrent writers of the same name, so an
-- insert and the delete of the last other use cannot leave a row without its term. The empty name (a nickname has no
-- family name) is not a term: it matches nothing, and counting it would make every such write wait on one row.
CREATE TABLE given_name_term (term text PRIMARY KEY, uses integer NOT NULL);
--> statement-breakpoint
CREATE TABLE family_name_term (term text PRIMARY KEY, uses integer NOT NULL);
--> statement-breakpoint
INSERT INTO given_name_term (term, uses) SELECT given_normalised, count(*) FROM person_name WHERE given_normalised <> '' GROUP BY given_normalised;
--> statement-breakpoint
INSERT INTO family_name_term (term, uses) SELECT family_normalised, count(*) FROM person_name WHERE family_normalised <> '' GROUP BY family_normalised;
--> statement-breakpoint
CREATE INDEX given_name_term_trgm_idx ON given_name_term USING gin (term gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX given_name_term_dm_idx ON given_name_term (dmetaphone(term));
--> statement-breakpoint
CREATE INDEX family_name_term_trgm_idx ON family_name_term USING gin (term gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX family_name_term_dm_idx ON family_name_term (dmetaphone(term));
--> statement-breakpoint
-- From a matched term back to its rows.
CREATE INDEX person_name_given_idx ON person_name (given_normalised);
--> statement-breakpoint
CREATE INDEX person_name_family_idx ON person_name (family_normalised);
--> statement-breakpoint
-- The per-row spelling and sound indexes are replaced by the ones above (nothing else searches them).
DROP INDEX IF EXISTS person_name_trgm_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS person_name_family_trgm_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS person_name_given_trgm_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS person_name_family_dm_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS person_name_given_dm_idx;
--> statement-breakpoint
-- Triggers, so that every write path (services, demo loader, bulk loads) keeps the terms; backup restore runs in
-- replica mode and restores the term tables as they were saved. Per statement, with the changes added up per term and
-- applied in term order: one lock order for every writer (no deadlock between two statements touching the same names),
-- and a record whose names are deleted and written again changes no count at all.
CREATE FUNCTION lantern_name_terms_apply(given_added text[], given_removed text[], family_added text[], family_removed text[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT term, sum(n)::int AS n FROM (SELECT unnest(given_added) AS term, 1 AS n UNION ALL SELECT unnest(given_removed), -1) x
           WHERE term <> '' GROUP BY term HAVING sum(n) <> 0 ORDER BY term LOOP
    INSERT INTO given_name_term AS t (term, uses) VALUES (r.term, r.n) ON CONFLICT (term) DO UPDATE SET uses = t.uses + r.n;
    IF r.n < 0 THEN DELETE FROM given_name_term WHERE term = r.term AND uses <= 0; END IF;
  END LOOP;
  FOR r IN SELECT term, sum(n)::int AS n FROM (SELECT unnest(family_added) AS term, 1 AS n UNION ALL SELECT unnest(family_removed), -1) x
           WHERE term <> '' GROUP BY term HAVING sum(n) <> 0 ORDER BY term LOOP
    INSERT INTO family_name_term AS t (term, uses) VALUES (r.term, r.n) ON CONFLICT (term) DO UPDATE SET uses = t.uses + r.n;
    IF r.n < 0 THEN DELETE FROM family_name_term WHERE term = r.term AND uses <= 0; END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE FUNCTION lantern_name_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lantern_name_terms_apply(ARRAY(SELECT given_normalised FROM new_rows), '{}', ARRAY(SELECT family_normalised FROM new_rows), '{}');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM lantern_name_terms_apply('{}', ARRAY(SELECT given_normalised FROM old_rows), '{}', ARRAY(SELECT family_normalised FROM old_rows));
  ELSE
    PERFORM lantern_name_terms_apply(ARRAY(SELECT given_normalised FROM new_rows), ARRAY(SELECT given_normalised FROM old_rows),
      ARRAY(SELECT family_normalised FROM new_rows), ARRAY(SELECT family_normalised FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER person_name_terms_insert AFTER INSERT ON person_name REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_name_terms();
--> statement-breakpoint
CREATE TRIGGER person_name_terms_delete AFTER DELETE ON person_name REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_name_terms();
--> statement-breakpoint
CREATE TRIGGER person_name_terms_update AFTER UPDATE ON person_name REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_name_terms();
--> statement-breakpoint
-- Same signatures and results as migration 0013's (except that an empty name is never a spelling or sound match); the
-- spelling and sound matches now come from the distinct names.
CREATE OR REPLACE FUNCTION lantern_given_candidates(typed text, keys text[]) RETURNS SETOF uuid LANGUAGE sql STABLE ROWS 100
SET enable_seqscan = off SET pg_trgm.similarity_threshold = 0.4 AS $$
  SELECT n.person_id FROM person_name n WHERE n.given_keys && lantern_given_candidates.keys
  UNION SELECT n.person_id FROM given_name_term t JOIN person_name n ON n.given_normalised = t.term
    WHERE t.term % lantern_given_candidates.typed
      OR (length(lantern_given_candidates.typed) >= 3 AND dmetaphone(t.term) = dmetaphone(lantern_given_candidates.typed))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_family_candidates(typed text) RETURNS SETOF uuid LANGUAGE sql STABLE ROWS 100
SET enable_seqscan = off SET pg_trgm.similarity_threshold = 0.4 AS $$
  SELECT DISTINCT n.person_id FROM family_name_term t JOIN person_name n ON n.family_normalised = t.term
    WHERE t.term % lantern_family_candidates.typed
      OR (length(lantern_family_candidates.typed) >= 3 AND dmetaphone(t.term) = dmetaphone(lantern_family_candidates.typed))
$$;
--> statement-breakpoint
-- Both names typed: the family name's candidates (the rarer part, usually) are kept when one of the person's name rows
-- has a matching given name or nickname key. The same set as intersecting the two candidate functions, without
-- listing everyone called "Charlotte".
CREATE FUNCTION lantern_full_name_candidates(typed_given text, keys text[], typed_family text) RETURNS SETOF uuid LANGUAGE sql STABLE ROWS 100
SET enable_seqscan = off SET pg_trgm.similarity_threshold = 0.4 AS $$
  WITH g AS (
    SELECT coalesce(array_agg(t.term), '{}') AS terms FROM given_name_term t
    WHERE t.term % lantern_full_name_candidates.typed_given
      OR (length(lantern_full_name_candidates.typed_given) >= 3 AND dmetaphone(t.term) = dmetaphone(lantern_full_name_candidates.typed_given)))
  SELECT f.id FROM lantern_family_candidates(lantern_full_name_candidates.typed_family) f(id), g
  WHERE EXISTS (SELECT 1 FROM person_name n WHERE n.person_id = f.id
    AND (n.given_keys && lantern_full_name_candidates.keys OR n.given_normalised = ANY (g.terms)))
$$;

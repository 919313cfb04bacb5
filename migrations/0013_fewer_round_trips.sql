-- The audit chain's tail, read after the chain's lock is taken, in one round trip instead of two. PL/pgSQL, VOLATILE:
-- in READ COMMITTED the SELECT takes its snapshot after the lock is granted, so it sees the previous holder's commit.
CREATE FUNCTION lantern_audit_tail(lock_key bigint) RETURNS TABLE (seq bigint, hash text) LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key);
  RETURN QUERY SELECT a.seq, a.hash FROM audit_event a ORDER BY a.seq DESC LIMIT 1;
END
$$;
--> statement-breakpoint
-- Name-search candidates from the name indexes only (nickname keys: GIN; spelling: trigram `%`; sound: dmetaphone
-- expression indexes). The planner prices `%` as cheap and would scan the whole name table for a common family name,
-- so sequential scans are off inside these functions (their SET clauses), and the trigram threshold is set there too
-- (0.4: pg_trgm's default is 0.3). Sound-alikes only from 3 letters, since dmetaphone codes "Mo" and "Miah" alike.
CREATE FUNCTION lantern_given_candidates(typed text, keys text[]) RETURNS SETOF uuid LANGUAGE sql STABLE ROWS 100
SET enable_seqscan = off SET pg_trgm.similarity_threshold = 0.4 AS $$
  SELECT n.person_id FROM person_name n WHERE n.given_keys && lantern_given_candidates.keys
  UNION SELECT n.person_id FROM person_name n WHERE n.given_normalised % lantern_given_candidates.typed
  UNION SELECT n.person_id FROM person_name n
    WHERE length(lantern_given_candidates.typed) >= 3 AND dmetaphone(n.given_normalised) = dmetaphone(lantern_given_candidates.typed)
$$;
--> statement-breakpoint
CREATE FUNCTION lantern_family_candidates(typed text) RETURNS SETOF uuid LANGUAGE sql STABLE ROWS 100
SET enable_seqscan = off SET pg_trgm.similarity_threshold = 0.4 AS $$
  SELECT n.person_id FROM person_name n WHERE n.family_normalised % lantern_family_candidates.typed
  UNION SELECT n.person_id FROM person_name n
    WHERE length(lantern_family_candidates.typed) >= 3 AND dmetaphone(n.family_normalised) = dmetaphone(lantern_family_candidates.typed)
$$;

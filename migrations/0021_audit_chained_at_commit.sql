-- Audit events are chained at commit, not when they are written (OWASP ASVS 7.3.3; DATA-MODEL.md). The chain needs one
-- writer at a time, so each append used to take the chain's lock inside the action's transaction and hold it through
-- the round trips to the server and back until commit: under load, appends queued behind a lock whose holder was
-- waiting for its own web process to send the next statement. Now the action writes its event to audit_pending, and a
-- deferred trigger, run by the server during COMMIT, takes the lock, gives the event the next seq, finishes its hash
-- (core/audit/chain.ts chainParts: the hashed text around the seq, so the hash is the one eventHash defines and `lantern
-- audit verify` checks) and moves it into audit_event. The lock is held only for that step and the commit's flush.
-- An action that rolls back leaves nothing; one that commits has its events in the chain, in the order written.
CREATE TABLE "audit_pending" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_pending_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"user_id" uuid,
	"agency_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text,
	"person_id" uuid,
	"purpose" text NOT NULL,
	"break_glass" boolean DEFAULT false NOT NULL,
	"via" text DEFAULT 'web' NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"hash_head" text NOT NULL,
	"hash_tail" text NOT NULL
);
--> statement-breakpoint
-- Its rows live only inside a transaction in progress, so they need no WAL of their own.
ALTER TABLE "audit_pending" SET UNLOGGED;
--> statement-breakpoint
-- SECURITY DEFINER: the application's login may add to the chain only through this (it cannot update or delete
-- audit_event rows, src/db/roles.ts). In READ COMMITTED the SELECT takes its snapshot after the lock is granted, so it
-- sees the previous holder's commit (its lock is released after its commit is visible).
CREATE FUNCTION lantern_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  next_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7411002);
  SELECT a.seq, a.hash INTO last_seq, last_hash FROM audit_event a ORDER BY a.seq DESC LIMIT 1;
  next_seq := coalesce(last_seq, 0) + 1;
  last_hash := coalesce(last_hash, repeat('0', 64));
  INSERT INTO audit_event (seq, at, user_id, agency_id, action, subject_type, subject_id, person_id, purpose, break_glass, via, detail, prev_hash, hash)
  VALUES (next_seq, NEW.at, NEW.user_id, NEW.agency_id, NEW.action, NEW.subject_type, NEW.subject_id, NEW.person_id, NEW.purpose,
    NEW.break_glass, NEW.via, NEW.detail, last_hash,
    encode(sha256(convert_to(last_hash || E'\n' || NEW.hash_head || next_seq::text || NEW.hash_tail, 'UTF8')), 'hex'));
  DELETE FROM audit_pending WHERE id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_pending_chain AFTER INSERT ON audit_pending DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION lantern_audit_chain();
--> statement-breakpoint
-- Replaced by the trigger (migrations/0013).
DROP FUNCTION lantern_audit_tail(bigint);

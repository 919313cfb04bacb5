-- Tolerant name search: trigram similarity for spelling variants, double metaphone for sound-alikes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS person_name_trgm_idx ON person_name USING gin (normalised gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS person_name_family_trgm_idx ON person_name USING gin (family_normalised gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS person_name_keys_idx ON person_name USING gin (given_keys);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS person_name_family_dm_idx ON person_name (dmetaphone(family_normalised));
--> statement-breakpoint
-- The audit trail is append-only: refuse UPDATE, DELETE and TRUNCATE for every role (DATA-MODEL.md).
CREATE OR REPLACE FUNCTION lantern_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION lantern_audit_append_only();

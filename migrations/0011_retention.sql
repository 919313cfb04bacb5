CREATE TABLE "legal_hold" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"person_id" uuid,
	"reference" text NOT NULL,
	"reason" text NOT NULL,
	"placed_by" uuid NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"lifted_by" uuid,
	"lifted_at" timestamp with time zone,
	"lift_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "legal_hold_scope_ck" CHECK ((scope = 'all' and person_id is null) or (scope = 'person' and person_id is not null)),
	CONSTRAINT "legal_hold_lift_ck" CHECK ((lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null))
);
--> statement-breakpoint
ALTER TABLE "legal_hold" ADD CONSTRAINT "legal_hold_placed_by_app_user_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_hold" ADD CONSTRAINT "legal_hold_lifted_by_app_user_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_hold_person_idx" ON "legal_hold" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "legal_hold_active_idx" ON "legal_hold" USING btree ("placed_at") WHERE lifted_at is null;--> statement-breakpoint
-- Holds are lifted, never removed: a deleted hold would hide that records were once protected (and a lifted hold is
-- final; placing it again is a new hold). Only the lift fields may change, once.
CREATE FUNCTION lantern_legal_hold_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'legal holds are lifted, never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.lifted_at IS NOT NULL
     OR NEW.scope IS DISTINCT FROM OLD.scope OR NEW.person_id IS DISTINCT FROM OLD.person_id
     OR NEW.reference IS DISTINCT FROM OLD.reference OR NEW.reason IS DISTINCT FROM OLD.reason
     OR NEW.placed_by IS DISTINCT FROM OLD.placed_by OR NEW.placed_at IS DISTINCT FROM OLD.placed_at THEN
    RAISE EXCEPTION 'a legal hold can only be lifted, once' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER legal_hold_guard BEFORE UPDATE OR DELETE ON legal_hold FOR EACH ROW EXECUTE FUNCTION lantern_legal_hold_guard();
--> statement-breakpoint
CREATE TRIGGER legal_hold_no_truncate BEFORE TRUNCATE ON legal_hold FOR EACH STATEMENT EXECUTE FUNCTION lantern_legal_hold_guard();
--> statement-breakpoint
-- Deleting a person's record (services/retention.ts) finds rows by these columns, and PostgreSQL's foreign-key checks
-- look them up for every case and entry deleted: without an index each is a scan of the whole table.
-- audit_event(person_id) already has audit_person_idx (0000), which the subject access report reads.
CREATE INDEX IF NOT EXISTS "chronology_case_idx" ON "chronology_entry" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "entity_link_person_idx" ON "entity_link" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "note_finding_person_idx" ON "note_finding" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sha_entry_idx" ON "sexual_health_attendance" USING btree ("chronology_entry_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "rhi_entry_idx" ON "return_home_interview" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "referral_case_idx" ON "referral" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "missing_episode_case_idx" ON "missing_episode" USING btree ("case_id");

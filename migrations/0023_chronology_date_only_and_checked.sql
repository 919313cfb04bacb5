-- A chronology entry given as a date alone keeps that fact, so that no invented time of day is shown (a date became
-- midday UTC, or the save time when dated today). Earlier entries of the kinds a practitioner dates by hand are taken
-- as date-only when they stand at exactly midday UTC: a time typed as 12:00 in winter (13:00 in summer) then shows
-- as its date alone; the save-time stand-ins for today cannot be told apart and keep their time.
ALTER TABLE "chronology_entry" ADD COLUMN "occurred_date_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "chronology_entry" SET "occurred_date_only" = true
  WHERE "kind" IN ('note', 'contact', 'incident', 'sexual_health_attendance') AND ("occurred_at" AT TIME ZONE 'UTC')::time = '12:00';--> statement-breakpoint
-- When the wording and signs checks ran on the entry; null until they do (seeded, imported, or from before the checks),
-- and the review page then runs them. An entry with findings was checked when it was written.
ALTER TABLE "chronology_entry" ADD COLUMN "checked_at" timestamp with time zone;--> statement-breakpoint
UPDATE "chronology_entry" SET "checked_at" = "created_at" WHERE EXISTS (SELECT 1 FROM "note_finding" WHERE "note_finding"."entry_id" = "chronology_entry"."id");

CREATE TABLE "note_finding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"field" text NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"category" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"quoted" boolean DEFAULT false NOT NULL,
	"negated" boolean DEFAULT false NOT NULL,
	"hypothetical" boolean DEFAULT false NOT NULL,
	"historical" boolean DEFAULT false NOT NULL,
	"experiencer" text DEFAULT 'child' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"screening_id" uuid,
	"agency_id" uuid NOT NULL,
	"team_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "note_finding" ADD CONSTRAINT "note_finding_entry_id_chronology_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."chronology_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_finding" ADD CONSTRAINT "note_finding_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_finding" ADD CONSTRAINT "note_finding_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_finding" ADD CONSTRAINT "note_finding_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_finding" ADD CONSTRAINT "note_finding_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "note_finding_entry_idx" ON "note_finding" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "note_finding_report_idx" ON "note_finding" USING btree ("kind","created_at");
CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"screening_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"asked_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"question" text NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"answer" text
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"screening_id" uuid NOT NULL,
	"decision_id" uuid,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"target" text NOT NULL,
	"nrm_route" text,
	"consent" text,
	"child_welfare_form_sent_on" date,
	"content" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"outcome_at" timestamp with time zone,
	"outcome_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"framework_version" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"age_at_screening" integer NOT NULL,
	"origin" text DEFAULT 'practitioner' NOT NULL,
	"started_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"score" integer,
	"calculated_level" text,
	"final_level" text,
	"result" jsonb,
	"override_level" text,
	"override_reason" text,
	"override_by" uuid,
	"override_at" timestamp with time zone,
	"override_status" text DEFAULT 'none' NOT NULL,
	"override_reviewed_by" uuid,
	"override_reviewed_at" timestamp with time zone,
	"override_review_note" text,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_answer" (
	"screening_id" uuid NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"when" text,
	"evidence" text DEFAULT '' NOT NULL,
	CONSTRAINT "screening_answer_screening_id_code_pk" PRIMARY KEY("screening_id","code")
);
--> statement-breakpoint
CREATE TABLE "screening_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"screening_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"review_status" text DEFAULT 'not_needed' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "sexual_health_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid,
	"chronology_entry_id" uuid NOT NULL,
	"attended_on" date NOT NULL,
	"partner_ages" text DEFAULT '' NOT NULL,
	"partner_count" integer,
	"sti" boolean DEFAULT false NOT NULL,
	"pregnancy" boolean DEFAULT false NOT NULL,
	"emergency_contraception" boolean DEFAULT false NOT NULL,
	"fraser_competent" text NOT NULL,
	"indicators" jsonb NOT NULL,
	"professional_analysis" text NOT NULL,
	"screening_id" uuid,
	"recorded_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "safeguarding_case" ADD COLUMN "exploitation_types" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "safeguarding_case" ADD COLUMN "exploitation_model" text;--> statement-breakpoint
ALTER TABLE "safeguarding_case" ADD COLUMN "exploitation_setting" text;--> statement-breakpoint
ALTER TABLE "safeguarding_case" ADD COLUMN "grooming_stage" text;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "kind" text DEFAULT 'general' NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_asked_by_app_user_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_answered_by_app_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_decision_id_screening_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."screening_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_case_id_safeguarding_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."safeguarding_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_outcome_by_app_user_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_case_id_safeguarding_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."safeguarding_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_started_by_app_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_completed_by_app_user_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_override_by_app_user_id_fk" FOREIGN KEY ("override_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_override_reviewed_by_app_user_id_fk" FOREIGN KEY ("override_reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answer" ADD CONSTRAINT "screening_answer_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_decision" ADD CONSTRAINT "screening_decision_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_decision" ADD CONSTRAINT "screening_decision_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_decision" ADD CONSTRAINT "screening_decision_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_decision" ADD CONSTRAINT "screening_decision_reviewed_by_app_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sexual_health_attendance" ADD CONSTRAINT "sexual_health_attendance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sexual_health_attendance" ADD CONSTRAINT "sexual_health_attendance_case_id_safeguarding_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."safeguarding_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sexual_health_attendance" ADD CONSTRAINT "sexual_health_attendance_chronology_entry_id_chronology_entry_id_fk" FOREIGN KEY ("chronology_entry_id") REFERENCES "public"."chronology_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sexual_health_attendance" ADD CONSTRAINT "sexual_health_attendance_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sexual_health_attendance" ADD CONSTRAINT "sexual_health_attendance_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sexual_health_attendance" ADD CONSTRAINT "sexual_health_attendance_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_screening_idx" ON "consultation" USING btree ("screening_id");--> statement-breakpoint
CREATE INDEX "referral_person_idx" ON "referral" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referral_open_idx" ON "referral" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "screening_person_idx" ON "screening" USING btree ("person_id","started_at");--> statement-breakpoint
CREATE INDEX "screening_case_idx" ON "screening" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "screening_status_idx" ON "screening" USING btree ("status");--> statement-breakpoint
CREATE INDEX "decision_screening_idx" ON "screening_decision" USING btree ("screening_id");--> statement-breakpoint
CREATE INDEX "decision_review_idx" ON "screening_decision" USING btree ("review_status");--> statement-breakpoint
CREATE INDEX "sha_person_idx" ON "sexual_health_attendance" USING btree ("person_id");
CREATE TABLE "context_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"guardianship" text NOT NULL,
	"environment" text NOT NULL,
	"young_people" text NOT NULL,
	"concerns" text NOT NULL,
	"actions" text NOT NULL,
	"level" text NOT NULL,
	"assessed_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "context_referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"referred_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"location_type" text,
	"address" text,
	"postcode" text,
	"latitude" double precision,
	"longitude" double precision,
	"vrm" text,
	"vrm_partial" boolean DEFAULT false NOT NULL,
	"make" text,
	"colour" text,
	"phone" text,
	"platform" text,
	"handle" text,
	"group_type" text,
	"merged_into" uuid,
	"created_by" uuid NOT NULL,
	"created_by_agency" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "entity_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_entity" uuid NOT NULL,
	"to_entity" uuid NOT NULL,
	"type" text NOT NULL,
	"directed" boolean NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"confidence" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"case_id" uuid,
	"person_id" uuid,
	"asserting_agency" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"retracted_at" timestamp with time zone,
	"retracted_by" uuid,
	"retract_reason" text
);
--> statement-breakpoint
CREATE TABLE "entity_role" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_candidate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"left_entity" uuid NOT NULL,
	"right_entity" uuid NOT NULL,
	"probability" double precision NOT NULL,
	"weight" double precision NOT NULL,
	"comparison" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"found_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reason" text,
	"undone_by" uuid,
	"undone_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_alert" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"case_ids" uuid[] NOT NULL,
	"agency_ids" uuid[] NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "context_assessment" ADD CONSTRAINT "context_assessment_referral_id_context_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."context_referral"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "context_assessment" ADD CONSTRAINT "context_assessment_assessed_by_app_user_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "context_assessment" ADD CONSTRAINT "context_assessment_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "context_referral" ADD CONSTRAINT "context_referral_entity_id_entity_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "context_referral" ADD CONSTRAINT "context_referral_referred_by_app_user_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "context_referral" ADD CONSTRAINT "context_referral_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity" ADD CONSTRAINT "entity_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity" ADD CONSTRAINT "entity_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity" ADD CONSTRAINT "entity_created_by_agency_agency_id_fk" FOREIGN KEY ("created_by_agency") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_link" ADD CONSTRAINT "entity_link_from_entity_entity_id_fk" FOREIGN KEY ("from_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_link" ADD CONSTRAINT "entity_link_to_entity_entity_id_fk" FOREIGN KEY ("to_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_link" ADD CONSTRAINT "entity_link_case_id_safeguarding_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."safeguarding_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_link" ADD CONSTRAINT "entity_link_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_link" ADD CONSTRAINT "entity_link_asserting_agency_agency_id_fk" FOREIGN KEY ("asserting_agency") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_link" ADD CONSTRAINT "entity_link_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_link" ADD CONSTRAINT "entity_link_retracted_by_app_user_id_fk" FOREIGN KEY ("retracted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_role" ADD CONSTRAINT "entity_role_case_id_safeguarding_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."safeguarding_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_role" ADD CONSTRAINT "entity_role_entity_id_entity_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_role" ADD CONSTRAINT "entity_role_added_by_app_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_candidate" ADD CONSTRAINT "match_candidate_left_entity_entity_id_fk" FOREIGN KEY ("left_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_candidate" ADD CONSTRAINT "match_candidate_right_entity_entity_id_fk" FOREIGN KEY ("right_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_candidate" ADD CONSTRAINT "match_candidate_reviewed_by_app_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_candidate" ADD CONSTRAINT "match_candidate_undone_by_app_user_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_alert" ADD CONSTRAINT "network_alert_entity_id_entity_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_alert" ADD CONSTRAINT "network_alert_acknowledged_by_app_user_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "context_assessment_referral_idx" ON "context_assessment" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "context_referral_entity_idx" ON "context_referral" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entity_person_uq" ON "entity" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "entity_phone_idx" ON "entity" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "entity_vrm_idx" ON "entity" USING btree ("vrm");--> statement-breakpoint
CREATE INDEX "entity_handle_idx" ON "entity" USING btree ("platform","handle");--> statement-breakpoint
CREATE INDEX "entity_postcode_idx" ON "entity" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "entity_kind_idx" ON "entity" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "entity_link_from_idx" ON "entity_link" USING btree ("from_entity");--> statement-breakpoint
CREATE INDEX "entity_link_to_idx" ON "entity_link" USING btree ("to_entity");--> statement-breakpoint
CREATE INDEX "entity_link_source_idx" ON "entity_link" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "entity_link_case_idx" ON "entity_link" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "entity_role_case_idx" ON "entity_role" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "entity_role_entity_idx" ON "entity_role" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_candidate_pair_uq" ON "match_candidate" USING btree ("left_entity","right_entity");--> statement-breakpoint
CREATE INDEX "match_candidate_status_idx" ON "match_candidate" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "network_alert_entity_uq" ON "network_alert" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "network_alert_status_idx" ON "network_alert" USING btree ("status");
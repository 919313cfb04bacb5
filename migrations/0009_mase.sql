CREATE TABLE "agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"entity_id" uuid,
	"breach_id" uuid,
	"action_id" uuid,
	"title" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"decisions" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_order" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"subject_entity" uuid NOT NULL,
	"child_person_id" uuid,
	"case_id" uuid,
	"basis" text,
	"reference" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"officer" text DEFAULT '' NOT NULL,
	"review_on" date,
	"expires_on" date,
	"outcome" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mase_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"type" text NOT NULL,
	"description" text NOT NULL,
	"person_id" uuid,
	"entity_id" uuid,
	"owner_user" uuid,
	"owner_agency" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"carried_from" uuid,
	"order_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mase_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mase_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"chair_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "missing_episode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid,
	"entry_id" uuid NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reported_by" text NOT NULL,
	"missing_from" text NOT NULL,
	"missing_from_entity" uuid,
	"missing_from_detail" text DEFAULT '' NOT NULL,
	"police_ref" text,
	"police_risk" text NOT NULL,
	"returned_at" timestamp with time zone,
	"found_at_entity" uuid,
	"found_at_detail" text DEFAULT '' NOT NULL,
	"found_with_entity" uuid,
	"found_with_detail" text DEFAULT '' NOT NULL,
	"return_method" text,
	"return_detail" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_breach" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"detail" text NOT NULL,
	"reported_by" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"follow_up" text DEFAULT 'to_consider' NOT NULL,
	"follow_up_reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "return_home_interview" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"assigned_to" uuid,
	"assigned_agency" uuid,
	"assigned_at" timestamp with time zone,
	"offered_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"reason" text DEFAULT '' NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"entry_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_mase_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."mase_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_entity_id_entity_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_breach_id_order_breach_id_fk" FOREIGN KEY ("breach_id") REFERENCES "public"."order_breach"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_order" ADD CONSTRAINT "legal_order_subject_entity_entity_id_fk" FOREIGN KEY ("subject_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_order" ADD CONSTRAINT "legal_order_child_person_id_person_id_fk" FOREIGN KEY ("child_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_order" ADD CONSTRAINT "legal_order_case_id_safeguarding_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."safeguarding_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_order" ADD CONSTRAINT "legal_order_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_order" ADD CONSTRAINT "legal_order_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_meeting_id_mase_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."mase_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_entity_id_entity_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_owner_user_app_user_id_fk" FOREIGN KEY ("owner_user") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_owner_agency_agency_id_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_order_id_legal_order_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."legal_order"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_action" ADD CONSTRAINT "mase_action_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_attendance" ADD CONSTRAINT "mase_attendance_meeting_id_mase_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."mase_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_attendance" ADD CONSTRAINT "mase_attendance_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_attendance" ADD CONSTRAINT "mase_attendance_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_meeting" ADD CONSTRAINT "mase_meeting_chair_id_app_user_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mase_meeting" ADD CONSTRAINT "mase_meeting_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_case_id_safeguarding_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."safeguarding_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_entry_id_chronology_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."chronology_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_missing_from_entity_entity_id_fk" FOREIGN KEY ("missing_from_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_found_at_entity_entity_id_fk" FOREIGN KEY ("found_at_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_found_with_entity_entity_id_fk" FOREIGN KEY ("found_with_entity") REFERENCES "public"."entity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episode" ADD CONSTRAINT "missing_episode_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_breach" ADD CONSTRAINT "order_breach_order_id_legal_order_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."legal_order"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_breach" ADD CONSTRAINT "order_breach_reported_by_app_user_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_breach" ADD CONSTRAINT "order_breach_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_breach" ADD CONSTRAINT "order_breach_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_home_interview" ADD CONSTRAINT "return_home_interview_episode_id_missing_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."missing_episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_home_interview" ADD CONSTRAINT "return_home_interview_assigned_to_app_user_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_home_interview" ADD CONSTRAINT "return_home_interview_assigned_agency_agency_id_fk" FOREIGN KEY ("assigned_agency") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_home_interview" ADD CONSTRAINT "return_home_interview_entry_id_chronology_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."chronology_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_home_interview" ADD CONSTRAINT "return_home_interview_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_item_meeting_idx" ON "agenda_item" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "legal_order_subject_idx" ON "legal_order" USING btree ("subject_entity");--> statement-breakpoint
CREATE INDEX "legal_order_child_idx" ON "legal_order" USING btree ("child_person_id");--> statement-breakpoint
CREATE INDEX "legal_order_kind_idx" ON "legal_order" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "mase_action_meeting_idx" ON "mase_action" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "mase_action_status_idx" ON "mase_action" USING btree ("status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mase_action_carried_uq" ON "mase_action" USING btree ("carried_from");--> statement-breakpoint
CREATE INDEX "mase_attendance_meeting_idx" ON "mase_attendance" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "mase_meeting_held_idx" ON "mase_meeting" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "missing_episode_person_idx" ON "missing_episode" USING btree ("person_id","reported_at");--> statement-breakpoint
CREATE UNIQUE INDEX "missing_episode_entry_uq" ON "missing_episode" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "order_breach_order_idx" ON "order_breach" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rhi_episode_uq" ON "return_home_interview" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "rhi_status_due_idx" ON "return_home_interview" USING btree ("status","due_at");
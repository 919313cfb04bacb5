CREATE TABLE "geo_state" (
	"key" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "address_period" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "address_period" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "address_period" ADD COLUMN "ward_code" text;--> statement-breakpoint
ALTER TABLE "entity" ADD COLUMN "ward_code" text;--> statement-breakpoint
ALTER TABLE "entity" ADD COLUMN "placed_by" text;--> statement-breakpoint
CREATE INDEX "address_period_ward_idx" ON "address_period" USING btree ("ward_code");--> statement-breakpoint
CREATE INDEX "entity_ward_idx" ON "entity" USING btree ("ward_code");
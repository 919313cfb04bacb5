-- A user's own account history (the account page's recent changes, and the notice at sign-in that the account changed or
-- someone failed to sign in since the previous sign-in; ASVS 2.2.3, 2.5.5). Partial, like audit_order_idx: other appends pay nothing.
ALTER TABLE "session" ADD COLUMN "account_notice" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_account_idx" ON "audit_event" USING btree ("subject_id","seq") WHERE "audit_event"."subject_type" = 'user';
-- An order's history (its page) is read from the audit trail by subject: without an index every view scanned the
-- whole trail, which grows with every read. Partial: only the orders' rows are indexed, so other appends pay nothing.
CREATE INDEX "audit_order_idx" ON "audit_event" USING btree ("subject_id","seq") WHERE "audit_event"."subject_type" = 'legal_order';
-- A sign the indicator classifier read in an entry (possible), as against words the spotter lists: shown for the
-- practitioner to confirm and never ticked for a screening by default. Earlier findings are the spotter's.
ALTER TABLE "note_finding" ADD COLUMN "possible" boolean DEFAULT false NOT NULL;

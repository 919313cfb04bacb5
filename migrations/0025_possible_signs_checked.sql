-- When the indicator classifier's possible signs were added to an entry. Left empty on every earlier entry: one checked
-- before the possible signs existed (session 20) gets them when its page next opens, and one checked since gets the
-- same signs again, which are not stored twice (services/entry-checks.ts recordPossibleSigns).
ALTER TABLE "chronology_entry" ADD COLUMN "possible_checked_at" timestamp with time zone;

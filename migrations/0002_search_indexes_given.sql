-- Index-backed name search (see peopleRepository.search): trigram and sound-alike lookups on given names too.
CREATE INDEX IF NOT EXISTS person_name_given_trgm_idx ON person_name USING gin (given_normalised gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS person_name_given_dm_idx ON person_name (dmetaphone(given_normalised));

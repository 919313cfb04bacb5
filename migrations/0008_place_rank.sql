ALTER TABLE "entity" ADD COLUMN "case_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "entity_place_rank_idx" ON "entity" USING btree ("case_count" DESC NULLS LAST,"id") WHERE kind = 'location' and latitude is not null and merged_into is null and deleted_at is null;--> statement-breakpoint
-- A place's case count follows its links on every write path (services, the demo loader, bulk loads): a trigger, so
-- that no path can forget it. Only places are counted; a link between two people costs one indexed lookup.
CREATE FUNCTION entity_place_case_count(place uuid) RETURNS void LANGUAGE sql AS $$
  UPDATE entity SET case_count = (
    SELECT count(DISTINCT l.case_id) FROM entity_link l
    WHERE (l.from_entity = place OR l.to_entity = place) AND l.retracted_at IS NULL AND l.case_id IS NOT NULL
  ) WHERE id = place AND kind = 'location';
$$;--> statement-breakpoint
CREATE FUNCTION entity_link_case_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM entity_place_case_count(OLD.from_entity);
    PERFORM entity_place_case_count(OLD.to_entity);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM entity_place_case_count(NEW.from_entity);
    PERFORM entity_place_case_count(NEW.to_entity);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER entity_link_case_count AFTER INSERT OR DELETE OR UPDATE OF retracted_at, case_id, from_entity, to_entity ON entity_link
  FOR EACH ROW EXECUTE FUNCTION entity_link_case_count();--> statement-breakpoint
UPDATE entity e SET case_count = c.n FROM (
  SELECT z.place, count(DISTINCT z.case_id)::int AS n FROM (
    SELECT from_entity AS place, case_id FROM entity_link WHERE retracted_at IS NULL AND case_id IS NOT NULL
    UNION ALL SELECT to_entity, case_id FROM entity_link WHERE retracted_at IS NULL AND case_id IS NOT NULL
  ) z GROUP BY z.place
) c WHERE e.id = c.place AND e.kind = 'location';

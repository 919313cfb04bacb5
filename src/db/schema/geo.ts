import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Which ward boundaries the stored ward codes were assigned with (issue 6). When LANTERN_WARDS points at other
// boundaries, the fingerprint differs and every place and address is assigned again at start-up.
export const geoState = pgTable('geo_state', {
  key: text('key').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
});

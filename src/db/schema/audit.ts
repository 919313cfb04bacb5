import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// What an audit event records, for audit_event and audit_pending alike (a fresh set of column builders per table).
const eventColumns = () => ({
  at: timestamp('at', { withTimezone: true }).notNull(),
  userId: uuid('user_id'),
  agencyId: uuid('agency_id'),
  action: text('action').notNull(),
  subjectType: text('subject_type').notNull(),
  subjectId: text('subject_id'),
  personId: uuid('person_id'),
  purpose: text('purpose').notNull(),
  breakGlass: boolean('break_glass').notNull().default(false),
  via: text('via').notNull().default('web'),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
});

// Append-only, hash-chained (DATA-MODEL.md). No foreign keys: the trail outlives what it describes.
export const auditEvent = pgTable(
  'audit_event',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    ...eventColumns(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_person_idx').on(t.personId, t.seq),
    index('audit_user_idx').on(t.userId, t.seq),
    // An order's history (its page) is read from the trail: without this, every view scanned the whole trail.
    index('audit_order_idx')
      .on(t.subjectId, t.seq)
      .where(sql`${t.subjectType} = 'legal_order'`),
    // A user's own account history (the account page's recent changes, the notice at sign-in): partial, like the orders'.
    index('audit_account_idx')
      .on(t.subjectId, t.seq)
      .where(sql`${t.subjectType} = 'user'`),
    // The unusual-access report (repositories/audit.ts dailyAccess): a range of days, with every column it counts from
    // in the index, so the report reads only the window's index entries and never the table (an index-only scan; the
    // trail is append-only, so the visibility map stays set). Appends go to the index's right-hand edge.
    index('audit_at_idx').on(t.at, t.userId, t.agencyId, t.action, t.personId),
  ],
);

// An audit event on its way into the chain: written inside the action's transaction, and moved into audit_event with
// its place (seq) and hash at commit, by a deferred trigger that holds the chain's lock only for that moment
// (migrations/0021). Empty outside a transaction in progress. `hashHead` and `hashTail` are the event's hashed text
// before and after its seq (core/audit/chain.ts chainParts).
export const auditPending = pgTable('audit_pending', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ...eventColumns(),
  hashHead: text('hash_head').notNull(),
  hashTail: text('hash_tail').notNull(),
});

export const breakGlass = pgTable(
  'break_glass',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id').notNull(),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
  },
  (t) => [index('break_glass_user_person_idx').on(t.userId, t.personId)],
);

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testConfig, testDatabase } from '../../test/setup/test-db.ts';
import type { ReferralContent } from '../core/screening/referral.ts';
import type { Role } from '../core/records/vocab.ts';
import { appUser } from '../db/schema/index.ts';
import type { Ctx } from '../services/context.ts';
import { keepDemoSignInsPasswordOnly, loadDemo } from '../services/demo-loader.ts';
import { createServices } from '../services/index.ts';
import { DEMO_PASSWORD } from './staff.ts';
import { oversightService } from '../services/oversight.ts';
import { screeningService } from '../services/screening.ts';

// The demo loads into a real database, and its screenings fill the lead's queues and the practitioner's records.

const NOW = new Date('2026-11-28T12:00:00Z');
const clock = () => NOW;
let t: TestDatabase;
let data: Awaited<ReturnType<typeof loadDemo>>['data'];
let mase: Awaited<ReturnType<typeof loadDemo>>['mase'];

beforeAll(async () => {
  t = await testDatabase();
  ({ data, mase } = await loadDemo(t.store, clock));
}, 120_000);
afterAll(() => t.close());

async function ctxOf(username: string): Promise<Ctx> {
  const [u] = await t.db.select().from(appUser).where(eq(appUser.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return { actor: { id: u.id, agencyId: u.agencyId, role: u.role as Role }, via: 'web' };
}

const count = async (table: string): Promise<number> => (await t.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]?.n ?? 0;

describe('demo accounts', () => {
  // ASVS 2.3.1 applies to passwords an administrator sets; the published demo password signs straight in (`npm start`).
  it('are not temporary: they sign in without being sent to change the password', async () => {
    const users = await t.db.select({ username: appUser.username, until: appUser.temporaryPasswordUntil }).from(appUser);
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((u) => u.until !== null)).toEqual([]);
    const services = createServices(t.store, clock, testConfig());
    const { token } = await services.auth.signIn(users[0]!.username, DEMO_PASSWORD);
    expect((await services.auth.resolveSession(token))?.passwordChangeRequired).toBe(false);
  });

  // A demo folder seeded before migrations/0019 had the migration's second factor for three roles at its next start.
  it('sign in with the password alone again after an older folder got the migration default, unless an administrator chose', async () => {
    const required = async () => (await t.store.repos.users.roleSettings()).filter((r) => r.mfaRequired).map((r) => r.role);
    expect(await required()).toEqual([]);
    // What migrations/0019 did to a folder whose roles had no setting yet.
    for (const role of ['administrator', 'auditor', 'safeguarding_lead']) await t.store.repos.users.upsertRoleSetting(role, true);
    expect(await keepDemoSignInsPasswordOnly(t.store)).toBe(true);
    expect(await required()).toEqual([]);
    expect(await keepDemoSignInsPasswordOnly(t.store)).toBe(false);
    // Once an administrator has set the roles (audited as admin.mfa_roles), the demo keeps their choice.
    const services = createServices(t.store, clock, testConfig());
    await services.admin.setRoleMfa(await ctxOf('admin'), { required: ['auditor'] });
    expect(await keepDemoSignInsPasswordOnly(t.store)).toBe(false);
    expect(await required()).toEqual(['auditor']);
    await services.admin.setRoleMfa(await ctxOf('admin'), { required: [] });
  });
});

describe('demo loader with screenings', () => {
  it('stores the checks each case note would have had on save: the records show what is open, the lead’s report has months', async () => {
    const demoEntries = data.chronology.length;
    // Every entry, the retention story's old notes too: none is left for its first view to check.
    expect(await count('chronology_entry where checked_at is not null')).toBeGreaterThan(demoEntries);
    expect(await count('chronology_entry where checked_at is null')).toBe(0);
    expect(await count("note_finding where kind = 'indicator'")).toBeGreaterThan(demoEntries);
    const months = await t.db.execute<{ n: number }>(
      sql`select count(distinct date_trunc('month', created_at))::int as n from note_finding where kind = 'language'`,
    );
    expect(months.rows[0]?.n).toBeGreaterThan(3);
  });

  it('inserts the screenings and everything that follows them', async () => {
    expect(await count('screening')).toBe(data.screenings.length);
    expect(await count('screening_answer')).toBe(data.screenings.reduce((n, s) => n + s.answers.length, 0));
    expect(await count('screening_decision')).toBe(data.decisions.length);
    expect(await count('referral')).toBe(data.referrals.length);
    expect(await count('consultation')).toBe(data.consultations.length);
    expect(await count('sexual_health_attendance')).toBe(data.sexualHealthAttendances.length);
    const levels = await t.db.execute<{ level: string; n: number }>(
      sql`select risk_level as level, count(*)::int as n from safeguarding_case where risk_level is not null group by risk_level`,
    );
    expect(new Set(levels.rows.map((r) => r.level))).toEqual(new Set(['none', 'low', 'medium', 'high']));
    const rescreens = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from task where kind = 'rescreen'`);
    expect(rescreens.rows[0]?.n).toBe(data.tasks.filter((x) => x.kind === 'rescreen').length);
    const linked = await t.db.execute<{ kind: string }>(
      sql`select c.kind from sexual_health_attendance a join chronology_entry c on c.id = a.chronology_entry_id join screening s on s.id = a.screening_id where s.origin = 'sexual_health'`,
    );
    expect(linked.rows.map((r) => r.kind)).toEqual(data.sexualHealthAttendances.map(() => 'sexual_health_attendance'));
  });

  it('builds referral content that carries the screening with it', async () => {
    const r = await t.db.execute<{ target: string; content: ReferralContent }>(sql`select target, content from referral where target = 'nrm' limit 1`);
    const content = r.rows[0]!.content;
    expect(content.title).toMatch(/National Referral Mechanism/);
    expect(content.nrm).toEqual({ route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true });
    expect(content.screening.reasons.length).toBeGreaterThan(0);
    expect(content.child.name).not.toBe('');
  });

  it('fills every queue on the lead dashboard', async () => {
    const q = await oversightService(t.store, clock).leadQueues(await ctxOf('lead'));
    expect(q.awaitingDecision.length).toBeGreaterThan(0);
    expect(q.downgrades.length).toBeGreaterThan(0);
    expect(q.noReferral.length).toBeGreaterThan(0);
    expect(q.referrals.length).toBeGreaterThan(0);
    expect(q.rescreens.length).toBeGreaterThan(0);
    expect(q.consultations.length).toBeGreaterThan(0);
  });

  it('shows the practitioner a screening history on a child of their own', async () => {
    const ctx = await ctxOf('practitioner');
    const awaiting = await t.db.execute<{ id: string; person_id: string }>(sql`select id, person_id from screening where status = 'awaiting_decision' limit 1`);
    const row = awaiting.rows[0]!;
    const s = await screeningService(t.store, clock).get(ctx, row.id);
    expect(s.assessment.level).toBe(s.screening.finalLevel);
    expect(s.consultations.some((c) => !c.answeredAt)).toBe(true);
    const history = await screeningService(t.store, clock).history(ctx, row.person_id);
    expect(history.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the demo networks', () => {
  it('holds two hidden networks that raise cross-referral alerts, and a nickname that matches a known adult', async () => {
    {
      const alerts = await t.store.repos.network.openAlerts();
      expect(alerts.length).toBeGreaterThanOrEqual(4);
      expect(alerts.some((a) => a.agencyIds.length >= 2)).toBe(true);
      const candidates = await t.store.repos.network.candidatesByStatus('open');
      expect(candidates.length).toBeGreaterThanOrEqual(1);
      const ends = await t.store.repos.network.entities([candidates[0]!.leftEntity, candidates[0]!.rightEntity]);
      expect(ends.map((e) => e.kind)).toEqual(['person', 'person']);
      expect(candidates[0]!.probability).toBeGreaterThan(0.5);
    }
  });
});

describe('the demo MASE panel and missing episodes', () => {
  it('gives every missing_episode chronology entry its episode, and every return its RHI', async () => {
    const r = await t.db.execute<{ entries: number; episodes: number; unmatched: number; rhis: number; returned: number }>(sql`
      select (select count(*)::int from chronology_entry where kind = 'missing_episode') as entries,
             (select count(*)::int from missing_episode) as episodes,
             (select count(*)::int from missing_episode m join chronology_entry c on c.id = m.entry_id
               where c.kind <> 'missing_episode' or c.person_id <> m.person_id or c.occurred_at <> m.reported_at) as unmatched,
             (select count(*)::int from return_home_interview) as rhis,
             (select count(*)::int from missing_episode where returned_at is not null) as returned`);
    const row = r.rows[0]!;
    expect(row.episodes).toBe(row.entries);
    expect(row.unmatched).toBe(0);
    expect(row.rhis).toBe(row.returned);
    const due = await t.db.execute<{ overdue: number; due: number }>(sql`
      select count(*) filter (where due_at < ${NOW.toISOString()}::timestamptz)::int as overdue,
             count(*) filter (where due_at >= ${NOW.toISOString()}::timestamptz)::int as due
        from return_home_interview where status = 'due'`);
    expect(due.rows[0]!.overdue).toBeGreaterThanOrEqual(1);
    expect(due.rows[0]!.due).toBeGreaterThanOrEqual(1);
  });

  it('loads the orders, the breach to consider and two held panels whose carried actions point back', async () => {
    expect(await count('legal_order')).toBe(mase.orders.length);
    expect(await count('order_breach')).toBe(mase.breaches.length);
    expect(await count('mase_attendance')).toBe(mase.attendance.length);
    expect(await count('agenda_item')).toBe(mase.agenda.length);
    const held = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from mase_meeting where status = 'held'`);
    expect(held.rows[0]?.n).toBe(2);
    const toConsider = await t.db.execute<{ kind: string }>(
      sql`select o.kind from order_breach b join legal_order o on o.id = b.order_id where b.follow_up = 'to_consider'`,
    );
    expect(toConsider.rows.map((x) => x.kind)).toEqual(['cawn']);
    const chains = await t.db.execute<{ earlier: string; later_meeting: string; earlier_meeting: string }>(sql`
      select e.status as earlier, l.meeting_id as later_meeting, e.meeting_id as earlier_meeting
        from mase_action l join mase_action e on e.id = l.carried_from`);
    expect(chains.rows.length).toBeGreaterThanOrEqual(2);
    for (const c of chains.rows) {
      expect(c.earlier).toBe('carried_forward');
      expect(c.later_meeting).not.toBe(c.earlier_meeting);
    }
  });
});

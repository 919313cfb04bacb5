import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { generateSecret, generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mfaRequiredFor, newSession, tokenHash } from '../../src/services/auth.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { writeWatch, type WriteWatch } from '../fixtures/db-state.ts';
import {
  applyAlmost,
  type CsrfMode,
  type FormCase,
  formCase,
  formPayload,
  type FormPairs,
  FuzzSummary,
  hostileString,
  prototypePolluted,
  rawProbeIn,
  SLOW_CASE_MS,
  stackTraceIn,
  toJson,
} from '../fixtures/hostile.ts';
import { buildRouteWorld, type RouteWorld, signInAs, type WebSession } from '../fixtures/route-world.ts';
import { childInput, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Hostile input against every web form (issue 8): every POST route of the web app gets LANTERN_FUZZ_RUNS generated
// cases through the real app in-process (app.inject: routing, hooks, session, CSRF, body parsing). For every case:
// never a 5xx, never a stack trace or internal error text, never an unescaped HTML payload, never an accepted post
// without a valid CSRF token, no case slower than SLOW_CASE_MS, Object.prototype untouched, and a refused post (4xx)
// changed nothing in the database (test/fixtures/db-state.ts: the audit events of reads and of refusals are by design).
// Each target starts from the form its page shows (scraped, so hidden versions are current) with valid values set.
// Changes are noted by test-only triggers (writeWatch: one tiny query per case), and the whole-table fingerprint is
// compared with what they noted at the end of every target.

type Target = {
  /** The route as the route table names it. */
  route: string;
  /** The session that may use the form (so that cases reach validation, not the policy check). */
  as: string;
  /** The address posted to, as a pattern for RouteWorld.concrete (default: the route's). */
  url?: string;
  /** A page showing the form, whose fields (and hidden values such as versions) make the valid body. */
  page?: string;
  /** Fields the page gives that are left out of the valid body. */
  drop?: RegExp;
  /** Field values that make the form valid, over what the page gives. */
  set?: (w: RouteWorld) => Record<string, string | string[]>;
  /** multipart: the review upload; sign-out: each case runs on a fresh session of its own (signing out ends it). */
  special?: 'multipart' | 'sign-out';
  /** Tables a refused post may change, and why (a documented side effect, not a partial write). */
  mayChange?: string[];
  /** Notes, before the target, what `after` puts back once it is done (what accepted cases change for later targets). */
  before?: () => Promise<unknown>;
  after?: () => Promise<unknown>;
};

// The sessions that had passed the second factor before the role settings' target (its `before` and `after`).
let passedBefore: string[] = [];

const REASON = 'A synthetic reason, long enough for every form that asks for one.';
// A user with an authenticator app who has passed the second factor (the targets that move to a new app).
const MFA_USER = 'other.mase_coordinator';

// Every web form route. Order matters a little: routes that end something (a removed agenda item, a closed meeting,
// signing out) come after the routes that need it.
const TARGETS: Target[] = [
  // Sign-in: a refused attempt counts a failure against the account and audits it (ASVS 2.2), by design.
  { route: 'POST /sign-in', as: 'anonymous', set: () => ({ username: 'other.auditor', password: PASSWORD }), mayChange: ['app_user', 'audit_event'] },
  // A user with an authenticator app, signed in with the password only: the valid code comes from the test's clock. A
  // wrong or reused code is audited and counts towards the account's lockout (ASVS 2.8.5), by design.
  {
    route: 'POST /sign-in/mfa',
    as: 'other.safeguarding_lead',
    set: () => ({ code: totpNow() }),
    mayChange: ['app_user', 'audit_event'],
  },
  // Moving to a new authenticator (ASVS 2.5.7), by a user past the second factor: a code from the current app starts it.
  // A wrong or reused code is audited and counts towards the lockout, by design. The test's clock does not move, so
  // after its first use the valid code is a replay.
  { route: 'POST /account/mfa/replace', as: MFA_USER, page: '/account/mfa', set: () => ({ code: totpNow() }), mayChange: ['app_user', 'audit_event'] },
  // Confirming the new app: with no replacement started (or a wrong code) it is refused.
  { route: 'POST /account/mfa/new', as: MFA_USER, set: () => ({ code: totpNow() }) },
  // The user's own API token, with a fresh code (the valid one is a replay after its first use); a wrong code is audited
  // and counts towards the lockout, by design (services/api-tokens.ts).
  {
    route: 'POST /account/tokens',
    as: MFA_USER,
    page: '/account/tokens',
    set: () => ({ label: 'Fuzz report tool', days: '30', code: totpNow() }),
    mayChange: ['app_user', 'audit_event'],
  },
  // Revoking one of the user's own tokens (made in beforeAll): after the first case it is refused as already revoked.
  { route: 'POST /account/tokens/revoke', as: 'home.analyst', page: '/account/tokens', set: () => ({ id: extra.token }) },
  // Ending one of the user's other sessions (two made in beforeAll): after the first case it is refused as ended. Then
  // ending all the others ends the second; later cases find none.
  { route: 'POST /account/sessions/end', as: 'home.analyst', page: '/account/sessions', set: () => ({ handle: extra.session }), mayChange: ['audit_event'] },
  { route: 'POST /account/sessions/end-others', as: 'home.analyst', page: '/account/sessions', mayChange: ['audit_event'] },
  // A refused code shows the enrolment page again, and every showing starts with a fresh secret (routes/account.ts).
  { route: 'POST /account/mfa', as: 'home.analyst', page: '/account/mfa', set: () => ({ code: '123456' }), mayChange: ['app_user'] },
  // Each case gets a fresh session (a wrong current password counts against the session, and the third ends it) and a
  // wrong one is audited, by design. The valid body repeats the current password as the new one, which is refused, so
  // the account keeps its password.
  {
    route: 'POST /account/password',
    as: 'other.analyst',
    page: '/account/password',
    special: 'sign-out',
    set: () => ({ current: PASSWORD, password: PASSWORD, confirm: PASSWORD }),
    mayChange: ['audit_event'],
  },
  { route: 'POST /search', as: 'home.practitioner', page: '/search', set: () => ({ name: 'Jonny Testcase', dateOfBirth: '2012-05-04' }) },
  { route: 'POST /people/new', url: '/people/new?kind=child', as: 'home.practitioner', page: '/people/new?kind=child', set: personValues },
  {
    route: 'POST /people/new',
    url: '/people/new?kind=adult',
    as: 'home.practitioner',
    page: '/people/new?kind=adult',
    set: () => ({ ...personValues(), 'dateOfBirth-year': '1990', gender: 'male' }),
  },
  { route: 'POST /people/:id/edit', as: 'home.practitioner', page: '/people/:id/edit' },
  // The home agency already leads the child's case: another agency opens its own.
  {
    route: 'POST /people/:id/cases/new',
    as: 'home.practitioner',
    page: '/people/:id/cases/new',
    drop: /^member/,
    set: (w) => ({ leadAgencyId: w.other.id, keyWorkerId: w.users['other.practitioner']!.id, summary: REASON }),
  },
  { route: 'POST /cases/:id/team', as: 'home.practitioner', page: '/cases/:id/team' },
  {
    route: 'POST /people/:id/chronology/new',
    as: 'home.practitioner',
    page: '/people/:id/chronology/new',
    set: () => ({ kind: 'note', occurredAt: '2026-01-08', summary: 'Visit', detail: 'Seen at home with her carer.' }),
  },
  { route: 'POST /people/:id/break-glass', as: 'other.practitioner', set: () => ({ reason: REASON }) },
  { route: 'POST /cases/:id/screenings', as: 'home.practitioner', set: () => ({ age: '14' }) },
  {
    route: 'POST /screenings/:id',
    url: '/screenings/OPEN',
    as: 'home.practitioner',
    page: '/screenings/OPEN',
    drop: /^(status|when|evidence)-/,
    set: () => ({ 'status-go_carrying_drugs': 'present', 'when-go_carrying_drugs': 'current', 'evidence-go_carrying_drugs': 'Holding drugs', action: 'save' }),
  },
  // A lower level on professional judgement waits for a lead's review: the next target reviews it.
  {
    route: 'POST /screenings/:id/override',
    url: '/screenings/UNDECIDED/override',
    as: 'home.practitioner',
    page: '/screenings/UNDECIDED',
    set: () => ({ level: 'none', overrideReason: REASON }),
  },
  // A screening of its own with a lower level waiting for review (set up below), so that the review form is there.
  {
    route: 'POST /screenings/:id/downgrade-review',
    url: '/screenings/DOWNGRADE/downgrade-review',
    as: 'home.safeguarding_lead',
    page: '/screenings/DOWNGRADE',
    set: () => ({ outcome: 'agree', note: REASON }),
  },
  {
    route: 'POST /screenings/:id/decision',
    url: '/screenings/UNDECIDED/decision',
    as: 'home.practitioner',
    page: '/screenings/UNDECIDED',
    set: () => ({ kind: 'refer', targets: ['police', 'social_care'], notes: REASON }),
  },
  { route: 'POST /screenings/:id/consult', as: 'home.practitioner', set: () => ({ question: 'Should we also tell the school nurse?' }) },
  { route: 'POST /consultations/:id/answer', as: 'home.safeguarding_lead', set: () => ({ answer: 'Yes: refer to the police as well.' }) },
  { route: 'POST /decisions/:id/review', as: 'home.safeguarding_lead', set: () => ({ outcome: 'agree', note: REASON }) },
  { route: 'POST /referrals/:id/outcome', as: 'home.practitioner', page: '/referrals/:id', set: () => ({ outcome: 'Accepted by the team' }) },
  { route: 'POST /cases/:id/exploitation', as: 'home.practitioner', page: '/cases/:id/exploitation' },
  {
    route: 'POST /people/:id/sexual-health/new',
    as: 'home.practitioner',
    page: '/people/:id/sexual-health/new',
    set: () => ({ attendedOn: '2026-01-09', partnerAges: '17', partnerCount: '1', professionalAnalysis: REASON }),
  },
  // Setting aside the first sign of that note, with a reason: later cases find it set aside already.
  {
    route: 'POST /chronology/:id/signs/set-aside',
    url: '/chronology/SIGNENTRY/signs/set-aside',
    as: 'home.practitioner',
    page: '/chronology/SIGNENTRY/review',
    set: () => ({ reason: REASON }),
  },
  // Putting a sign set aside back: the first case reopens it, later ones find it open already.
  {
    route: 'POST /chronology/:id/signs/reopen',
    url: '/chronology/SIGNENTRY/signs/reopen',
    as: 'home.practitioner',
    page: '/chronology/SIGNENTRY/review',
    before: async () => {
      const sign = (await t.store.repos.notes.forEntry(extra.signEntry)).find((f) => f.kind === 'indicator' && f.status === 'open');
      if (sign) await services.notes.setAsideSigns(w.ctxOf('home.practitioner'), extra.signEntry, { findings: [sign.id], reason: REASON });
    },
  },
  // The signs of a note with signs in it, all ticked as the review page shows them: the first case adds them to the
  // child's next screening, later ones find them there already.
  { route: 'POST /chronology/:id/signs', url: '/chronology/SIGNENTRY/signs', as: 'home.practitioner', page: '/chronology/SIGNENTRY/review' },
  // The first form on the review page: reword the finding in the practitioner's own words.
  {
    route: 'POST /chronology/:id/review',
    as: 'home.practitioner',
    page: '/chronology/:id/review',
    set: () => ({ wording: 'being taken to a flat by adults who give her alcohol' }),
  },
  {
    route: 'POST /chronology/:id/capture',
    as: 'home.practitioner',
    page: '/chronology/:id/capture?kind=phone',
    set: () => ({ phone: '07700 900456', action: 'save', note: 'Number on her phone' }),
  },
  { route: 'POST /network/alerts/:id/acknowledge', as: 'home.safeguarding_lead', page: '/network/alerts', set: () => ({ note: REASON }) },
  { route: 'POST /network/matches/:id', as: 'home.safeguarding_lead', page: '/network/matches/:id', set: () => ({ decision: 'merge', reason: REASON }) },
  { route: 'POST /network/matches/:id/undo', as: 'home.safeguarding_lead', set: () => ({ version: '2', reason: REASON }) },
  { route: 'POST /contexts', as: 'home.practitioner', page: '/contexts/new', set: () => ({ reason: REASON }) },
  {
    route: 'POST /contexts/:id/assessment',
    as: 'home.safeguarding_lead',
    page: '/contexts/:id',
    set: () => ({ guardianship: REASON, environment: REASON, youngPeople: REASON, concerns: REASON, actions: REASON, level: 'high' }),
  },
  { route: 'POST /reviews', as: 'home.safeguarding_lead', special: 'multipart' },
  { route: 'POST /lead/break-glass/:id/review', as: 'home.safeguarding_lead', set: () => ({ note: REASON }) },
  {
    route: 'POST /people/:id/missing/new',
    as: 'home.practitioner',
    page: '/people/:id/missing/new',
    drop: /^(returned|return|found)/,
    set: () => ({ reportedAt: '2026-01-11T20:00', reportedBy: 'Carer', missingFrom: 'home', policeRisk: 'medium' }),
  },
  {
    route: 'POST /missing/:id/return',
    url: '/missing/EPISODE2/return',
    as: 'home.practitioner',
    page: '/missing/EPISODE2',
    set: () => ({ returnedAt: '2026-01-13T03:00', returnMethod: 'own_accord', returnDetail: 'Came home' }),
  },
  { route: 'POST /missing/:id/assign', as: 'home.safeguarding_lead', page: '/missing/:id' },
  {
    route: 'POST /missing/:id/outcome',
    as: 'home.safeguarding_lead',
    page: '/missing/:id',
    set: () => ({ status: 'declined', at: '2026-01-06T10:00', reason: REASON }),
  },
  {
    route: 'POST /orders',
    as: 'home.practitioner',
    page: '/orders/new',
    drop: /^(basis|childPersonId)$/,
    set: (w) => ({
      kind: 'licensing_review',
      status: 'applied',
      subjectEntityId: w.ids.place,
      'startsOn-day': '12',
      'startsOn-month': '1',
      'startsOn-year': '2026',
      notes: REASON,
    }),
  },
  { route: 'POST /orders/:id/status', as: 'home.practitioner', page: '/orders/:id', set: () => ({ status: 'in_force', outcome: 'Served' }) },
  {
    route: 'POST /orders/:id/breaches',
    as: 'home.practitioner',
    page: '/orders/:id',
    set: () => ({ 'occurredAt-day': '13', 'occurredAt-month': '1', 'occurredAt-year': '2026', 'occurredAt-time': '21:00', detail: 'Seen together' }),
  },
  // The order's page opened at the world's breach (the breaches target adds newer ones, which come first).
  { route: 'POST /orders/:id/breaches/:breachId/decision', as: 'home.mase_coordinator', page: '/orders/:id?breach=BREACH', set: () => ({ reason: REASON }) },
  // Before a new meeting is created: that carries the open actions forward, and a carried action is read-only.
  { route: 'POST /mase/actions/:id', as: 'home.safeguarding_lead', page: '/mase/actions/:id', set: () => ({ status: 'in_progress', outcome: 'Booked' }) },
  { route: 'POST /mase/meetings/new', as: 'home.mase_coordinator', page: '/mase/meetings/new', set: () => ({ heldOn: '2026-02-10', title: 'February panel' }) },
  {
    route: 'POST /mase/meetings/:id/attendance',
    as: 'home.mase_coordinator',
    page: '/mase/meetings/:id',
    set: () => ({ userId: '', name: 'Invited Guest', status: 'present' }),
  },
  { route: 'POST /mase/meetings/:id/attendance/remove', as: 'home.mase_coordinator', set: () => ({ attendanceId: '00000000-0000-4000-8000-000000000000' }) },
  { route: 'POST /mase/meetings/:id/agenda/build', as: 'home.mase_coordinator', page: '/mase/meetings/:id' },
  {
    route: 'POST /mase/meetings/:id/items',
    as: 'home.mase_coordinator',
    page: '/mase/meetings/:id',
    set: (w) => ({ kind: 'location', entityId: w.ids.place, title: 'The hotel' }),
  },
  {
    route: 'POST /mase/meetings/:id/actions',
    as: 'home.mase_coordinator',
    page: '/mase/meetings/:id',
    set: (w) => ({
      type: 'licensing_review',
      description: 'Ask licensing to review',
      ownerAgency: w.home.id,
      ownerUser: w.users['home.mase_coordinator']!.id,
      dueOn: '2026-02-20',
    }),
  },
  { route: 'POST /mase/items', as: 'home.mase_coordinator', set: (w) => ({ meetingId: w.ids.meeting, kind: 'child', personId: w.child.id, reason: REASON }) },
  {
    route: 'POST /mase/items/:id/discussion',
    as: 'home.mase_coordinator',
    page: '/mase/items/:id',
    set: () => ({ summary: 'Discussed the hotel', decisions: 'Licensing review' }),
  },
  {
    route: 'POST /mase/items/:id/actions',
    as: 'home.mase_coordinator',
    page: '/mase/items/:id',
    set: (w) => ({
      type: 'awareness_visit',
      description: 'Visit the hotel',
      ownerAgency: w.home.id,
      ownerUser: w.users['home.mase_coordinator']!.id,
      dueOn: '2026-02-21',
    }),
  },
  { route: 'POST /mase/items/:id/move', as: 'home.mase_coordinator', set: () => ({ direction: 'up' }) },
  // A role that comes to require a second factor sends its users' sessions through it again (services/admin.ts): the
  // valid body names a role whose session no target before it uses, and afterwards no role requires one and every
  // session is as it was.
  {
    route: 'POST /admin/roles',
    as: 'home.administrator',
    page: '/admin',
    set: () => ({ required: ['auditor'] }),
    before: async () => {
      passedBefore = (await t.pool.query<{ token_hash: string }>('select token_hash from session where mfa_passed')).rows.map((r) => r.token_hash);
    },
    after: async () => {
      await t.pool.query('update role_setting set mfa_required = false');
      await t.pool.query('update session set mfa_passed = true where token_hash = any($1)', [passedBefore]);
    },
  },
  {
    route: 'POST /admin/users/new',
    as: 'home.administrator',
    page: '/admin/users/new',
    set: (w) => ({
      username: 'fuzz.user',
      displayName: 'Fuzz User',
      email: 'fuzz@example.invalid',
      agencyId: w.home.id,
      role: 'practitioner',
      password: PASSWORD,
    }),
  },
  { route: 'POST /admin/users/:id', as: 'home.administrator', page: '/admin/users/:id', set: () => ({ displayName: 'Spare user', password: '' }) },
  // The spare user's authenticator reset: they have none, so their page shows no button (and they have no session to end).
  { route: 'POST /admin/users/:id/mfa-reset', as: 'home.administrator' },
  { route: 'POST /admin/agencies/new', as: 'home.administrator', page: '/admin/agencies/new', set: () => ({ name: 'Fuzz Agency', kind: 'health' }) },
  { route: 'POST /admin/teams/new', as: 'home.administrator', page: '/admin/teams/new', set: (w) => ({ name: 'Fuzz Team', agencyId: w.home.id }) },
  // Retention: nothing in this world is due for deletion, so applying deletes nothing; a hold of its own to lift.
  {
    route: 'POST /retention/holds',
    as: 'home.administrator',
    page: '/retention/holds/new',
    set: (w) => ({ scope: 'person', personId: w.ids.adult, reference: 'Inquiry letter 1', reason: REASON }),
  },
  {
    route: 'POST /retention/holds/:id/lift',
    url: '/retention/holds/HOLD/lift',
    as: 'home.administrator',
    page: '/retention/holds/HOLD',
    set: () => ({ reason: REASON }),
  },
  { route: 'POST /retention/apply', as: 'home.administrator', set: () => ({ confirm: 'yes' }) },
  { route: 'POST /subject-access', as: 'home.auditor', page: '/subject-access', set: (w) => ({ person: w.child.id }) },
  // The entry's capture page opened at the world's link (the capture target adds others from the same entry).
  { route: 'POST /links/:id/retract', as: 'home.practitioner', page: '/chronology/:id/capture?link=LINK', set: () => ({ reason: REASON }) },
  { route: 'POST /mase/items/:id/remove', as: 'home.mase_coordinator', page: '/mase/meetings/:id' },
  { route: 'POST /mase/meetings/:id/status', as: 'home.mase_coordinator', page: '/mase/meetings/:id', set: () => ({ status: 'held' }) },
  { route: 'POST /sign-out', as: 'other.analyst', special: 'sign-out' },
];

function personValues(): Record<string, string> {
  return {
    'names-0-given': 'Amira',
    'names-0-family': 'Fuzzcase',
    'dateOfBirth-day': '4',
    'dateOfBirth-month': '5',
    'dateOfBirth-year': '2012',
    gender: 'female',
    nhsNumber: '',
  };
}

const NOW = new Date('2026-01-15T10:00:00Z');
const TOTP_SECRET = generateSecret();
const totpNow = (): string => generateSync({ secret: TOTP_SECRET, epoch: Math.floor(NOW.getTime() / 1000) });

// Records some targets need besides the world's (made in beforeAll): a note with a sign in it, an episode with no
// return yet, a screening with a lower level waiting for review, a legal hold, an API token, and two more sessions.
const extra = { signEntry: '', episode2: '', downgrade: '', hold: '', token: '', session: '' };

let t: TestDatabase;
let app: FastifyInstance;
let services: Services;
let w: RouteWorld;
let watch: WriteWatch;
const sessions = new Map<string, WebSession>();
const summary = new FuzzSummary('forms', { defaultRuns: 8 });

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  w = await buildRouteWorld(t.store, services);
  // LANTERN_FUZZ_LOG=error shows the server's own log of a 5xx (its stack) when replaying a failure by hand.
  const logLevel = process.env['LANTERN_FUZZ_LOG'] === 'error' ? 'error' : 'silent';
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1_000_000, logLevel });
  const kw = w.ctxOf('home.practitioner');
  const entry = await services.chronology.add(kw, w.child.id, {
    kind: 'note',
    occurredAt: '2026-01-09',
    summary: 'Missing overnight',
    detail: 'She went missing overnight and was picked up by older men in a car.',
  });
  extra.signEntry = entry.id;
  extra.episode2 = (
    await services.missing.record(kw, w.child.id, { reportedAt: '2026-01-12T21:00', reportedBy: 'Carer', missingFrom: 'home', policeRisk: 'low' })
  ).id;
  // A second child's completed screening, overridden to a lower level: the downgrade waits for a lead.
  const second = await services.people.create(kw, childInput({ names: [{ kind: 'legal', given: 'Nadia', family: 'Fuzzcase' }] }));
  const kase = await services.cases.open(kw, second.id, { leadAgencyId: w.home.id, keyWorkerId: w.users['home.practitioner']!.id });
  const sc = await services.screening.start(kw, kase.id, {});
  const answers = [{ code: 'go_carrying_drugs', status: 'present', when: 'current', evidence: 'Holding drugs for an adult' }];
  await services.screening.save(kw, sc.id, { version: 1, answers }, true);
  await services.screening.override(kw, sc.id, { version: 2, level: 'none', reason: REASON });
  extra.downgrade = sc.id;
  extra.hold = (
    await services.retention.placeHold(w.ctxOf('home.administrator'), { scope: 'person', personId: w.ids.adult, reference: 'Fuzz inquiry', reason: REASON })
  ).id;
  await services.auth.createApiToken('home.analyst', 'Fuzz', 30);
  extra.token = (await services.auth.listApiTokens('home.analyst'))[0]!.id;
  extra.session = tokenHash((await services.auth.signIn('home.analyst', PASSWORD)).token).slice(0, 16);
  await services.auth.signIn('home.analyst', PASSWORD);
  await t.store.repos.users.setTotp(w.users['other.safeguarding_lead']!.id, TOTP_SECRET, true);
  await t.store.repos.users.setTotp(w.users[MFA_USER]!.id, TOTP_SECRET, true);
  for (const key of new Set([...TARGETS.map((x) => x.as).filter((k) => k !== 'anonymous'), 'other.practitioner']))
    sessions.set(key, await signInAs(app, services, key, key === 'other.safeguarding_lead' || key === MFA_USER ? '/sign-in/mfa' : '/account'));
  // The authenticator user passes the second factor once; its page then gives the CSRF token its forms use.
  const mfa = sessions.get(MFA_USER)!;
  const passed = await app.inject({
    method: 'POST',
    url: '/sign-in/mfa',
    headers: { cookie: mfa.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: mfa.csrf, code: totpNow() }).toString(),
  });
  expect(passed.statusCode, 'the authenticator user passes the second factor').toBe(303);
  watch = await writeWatch(t.pool);
}, 120_000);

afterAll(async () => {
  summary.write();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const fill = (url: string): string =>
  w.concrete(
    url
      .replace('/screenings/OPEN', `/screenings/${w.ids.openScreening}`)
      .replace('/screenings/UNDECIDED', `/screenings/${w.ids.undecided}`)
      .replace('/chronology/SIGNENTRY', `/chronology/${extra.signEntry}`)
      .replace('/missing/EPISODE2', `/missing/${extra.episode2}`)
      .replace('/screenings/DOWNGRADE', `/screenings/${extra.downgrade}`)
      .replace('/retention/holds/HOLD', `/retention/holds/${extra.hold}`)
      .replace('?breach=BREACH', `?breach=${w.ids.breach}`)
      .replace('?link=LINK', `?link=${w.ids.link}`),
  );
const urlOf = (x: Target): string => fill(x.url ?? x.route.slice(5));
const pageOf = (x: Target): string => fill(x.page!);

// The form on `page` that posts to `action`, as a browser would submit it untouched: hidden values, text as shown,
// the first choice of each radio group, checked boxes (else the first), the selected option (else the first with a
// value), and the "save" button when there is a choice of buttons.
function formPairs(form: Element): FormPairs {
  const pairs: FormPairs = [];
  const controls = Array.from(form.querySelectorAll('input, select, textarea, button'));
  // Radio groups collected in one pass (a screening form has hundreds of radios: a query per group was quadratic).
  const groups = new Map<string, Element[]>();
  for (const el of controls) {
    const name = el.getAttribute('name');
    if (name && el.tagName.toLowerCase() === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio')
      groups.set(name, [...(groups.get(name) ?? []), el]);
  }
  const radios = new Set<string>();
  const boxes = new Map<string, { value: string; checked: boolean }[]>();
  for (const el of controls) {
    const name = el.getAttribute('name');
    if (!name || name === '_csrf') continue;
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'button') {
      if (name === 'action' && (el.getAttribute('value') === 'save' || !pairs.some(([k]) => k === 'action'))) {
        const i = pairs.findIndex(([k]) => k === 'action');
        if (i >= 0) pairs.splice(i, 1);
        pairs.push([name, el.getAttribute('value') ?? '']);
      }
    } else if (tag === 'select') {
      const options = Array.from(el.querySelectorAll('option'));
      const chosen = options.find((o) => o.hasAttribute('selected') && o.getAttribute('value')) ?? options.find((o) => o.getAttribute('value'));
      pairs.push([name, chosen?.getAttribute('value') ?? '']);
    } else if (tag === 'textarea') {
      pairs.push([name, el.textContent]);
    } else if (type === 'radio') {
      if (radios.has(name)) continue;
      radios.add(name);
      const group = groups.get(name) ?? [];
      pairs.push([name, (group.find((r) => r.hasAttribute('checked')) ?? group[0])?.getAttribute('value') ?? '']);
    } else if (type === 'checkbox') {
      boxes.set(name, [...(boxes.get(name) ?? []), { value: el.getAttribute('value') ?? 'on', checked: el.hasAttribute('checked') }]);
    } else if (type !== 'file' && type !== 'submit') {
      pairs.push([name, el.getAttribute('value') ?? '']);
    }
  }
  for (const [name, list] of boxes) {
    const checked = list.filter((b) => b.checked);
    for (const b of checked.length ? checked : list.slice(0, 1)) pairs.push([name, b.value]);
  }
  return pairs;
}

const inBody = (html: string) => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;

/** The reference: the whole page parsed, and its first form that posts to `action`. */
function scrapeFormFromPage(html: string, action: string): FormPairs | null {
  const form = Array.from(parseHTML(html).document.querySelectorAll('form')).find((f) => f.getAttribute('action') === action);
  return form ? formPairs(form) : null;
}

/**
 * The markup of the first form on the page that posts to `action` (each opening tag parsed on its own, so that the
 * action is read as a browser reads it), without its CSRF token; null when there is none, or when the page is not
 * plain enough to cut a form out of (a form inside another), so that the caller parses the whole page instead.
 */
function formMarkup(html: string, action: string): string | null | undefined {
  const open = /<form\b[^>]*>/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (inBody(`${m[0]}</form>`).querySelector('form')?.getAttribute('action') !== action) continue;
    const end = html.slice(m.index).search(/<\/form\s*>/i);
    const markup = end < 0 ? html.slice(m.index) : html.slice(m.index, m.index + end);
    if (/<form\b/i.test(markup.slice(m[0].length))) return undefined;
    return markup.replace(/(<input type="hidden" name="_csrf" value=")[^"]*"/, '$1"');
  }
  return null;
}

// Parsing only the form, and only when its markup differs from the last one read for the same target, keeps the harness
// cheap on pages that grow as cases are accepted (a meeting with hundreds of agenda items, a 400 KB screening form).
const lastForm = new Map<string, { markup: string; pairs: FormPairs }>();
let scrapes = 0;

function scrapeForm(key: string, html: string, action: string): FormPairs | null {
  const markup = formMarkup(html, action);
  if (markup === undefined) return scrapeFormFromPage(html, action);
  if (markup === null) return null;
  const last = lastForm.get(key);
  if (last?.markup === markup) return last.pairs;
  const form = inBody(`${markup}</form>`).querySelector('form');
  const pairs = form ? formPairs(form) : [];
  // The whole page parsed as well, now and then (the first time for each target), to prove the shortcut reads the same.
  if (!last || ++scrapes % 25 === 0) expect(pairs, `${action}: the form read from its own markup`).toEqual(scrapeFormFromPage(html, action));
  lastForm.set(key, { markup, pairs });
  return pairs;
}

// `previous`: after an accepted case the form is read again (versions move on); a form that is gone (an alert
// acknowledged, a link retracted) leaves the last valid body in place.
async function validBody(x: Target, previous?: FormPairs): Promise<FormPairs> {
  let pairs: FormPairs = [];
  if (x.page) {
    const s = sessions.get(x.as)!;
    const res = await app.inject({ method: 'GET', url: pageOf(x), headers: { cookie: s.cookie } });
    const found = scrapeForm(`${x.route} ${urlOf(x)}`, res.body, urlOf(x));
    if (!found && previous) return previous;
    if (!found) throw new Error(`${x.route}: no form posting to ${urlOf(x)} on ${pageOf(x)} (status ${res.statusCode})`);
    pairs = found;
  }
  const set = x.set?.(w) ?? {};
  pairs = pairs.filter(([k]) => !(k in set) && !x.drop?.test(k));
  for (const [k, v] of Object.entries(set)) for (const one of [v].flat()) pairs.push([k, one]);
  return pairs;
}

function withCsrf(pairs: FormPairs, mode: CsrfMode, s: WebSession | undefined): FormPairs {
  const own = s?.csrf ?? anonymous.csrf;
  const token = { valid: own, missing: null, wrong: `${own.slice(0, -4)}AAAA`, 'other-session': sessions.get('other.practitioner')!.csrf, twice: own }[mode];
  if (token === null) return pairs;
  return mode === 'twice' ? [['_csrf', token], ...pairs, ['_csrf', 'not-the-token']] : [['_csrf', token], ...pairs];
}

// The signed-out visitor of the sign-in page: its own CSRF cookie and token.
const anonymous = { cookie: '', csrf: '' };

// Sign-out ends the session it is sent with: each case gets a fresh one (made before the case's changes are read), the
// row a sign-in stores, written directly: checking the password (argon2) each time cost 30 ms a case.
async function sessionFor(x: Target): Promise<WebSession | undefined> {
  const s = x.as === 'anonymous' ? undefined : sessions.get(x.as);
  if (x.special !== 'sign-out') return s;
  const user = (await t.store.repos.users.byUsername(x.as))!;
  const { token, row } = newSession(user.id, !(await mfaRequiredFor(t.store.repos.users, user)), NOW);
  await t.store.repos.users.insertSession(row);
  return { ...s!, cookie: s!.cookie.replace(/lantern_session=[^;]+/, `lantern_session=${token}`) };
}

async function send(x: Target, c: FormCase, base: FormPairs, s: WebSession | undefined): Promise<{ res: LightMyRequestResponse; csrfOk: boolean }> {
  const cookie = s?.cookie ?? anonymous.cookie;
  // "twice" sends the right token first: @fastify/csrf-protection reads the first value of a repeated field.
  const csrfOk = c.csrf === 'valid' || (c.csrf === 'twice' && c.kind !== 'json');
  if (x.special === 'multipart') return { res: await sendUpload(c, cookie, s!), csrfOk };
  if (c.kind === 'json') {
    const token = withCsrf([], c.csrf, s)[0]?.[1];
    const body = c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value) && token ? { _csrf: token, ...c.value } : c.value;
    return {
      res: await app.inject({
        method: 'POST',
        url: urlOf(x),
        headers: { cookie, 'content-type': 'application/json' },
        payload: c.raw ?? toJson(body),
      }),
      csrfOk: c.csrf === 'valid',
    };
  }
  if (c.kind === 'raw') {
    const csrf = formPayload(withCsrf([], c.csrf, s));
    const payload = Buffer.concat([c.body, Buffer.from(csrf ? `&${csrf}` : '')]);
    return {
      res: await app.inject({ method: 'POST', url: urlOf(x), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload }),
      csrfOk,
    };
  }
  const pairs = c.kind === 'valid' ? base : c.kind === 'almost' ? applyAlmost(base, c) : c.pairs;
  const payload = formPayload(withCsrf(pairs, c.csrf, s));
  return {
    res: await app.inject({ method: 'POST', url: urlOf(x), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload }),
    csrfOk,
  };
}

// The review upload: the CSRF field first (as the form sends it), then a file with a hostile name and content.
async function sendUpload(c: FormCase, cookie: string, s: WebSession): Promise<LightMyRequestResponse> {
  const boundary = '----lanternfuzz7MA4YWxkTrZu0gW';
  const token = withCsrf([], c.csrf, s)[0]?.[1];
  const name = c.kind === 'almost' ? c.value : c.kind === 'valid' ? 'notes.csv' : 'x.csv';
  const content =
    c.kind === 'raw'
      ? c.body
      : Buffer.from(
          c.kind === 'hostile'
            ? c.pairs.map((p) => p.join(',')).join('\n')
            : `person_ref,date,text\nSYN-1,2026-01-02,${c.kind === 'almost' ? c.value : 'Seen'}\n`,
        );
  const parts: Buffer[] = [];
  if (token !== undefined && c.kind !== 'json') parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`));
  if (c.kind === 'json') parts.push(Buffer.from(toJson(c.value)));
  else {
    const safeName = name.replace(/["\r\n]/g, '_');
    parts.push(
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${safeName}"\r\ncontent-type: text/csv\r\n\r\n`),
      content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await app.inject({
    method: 'POST',
    url: '/reviews',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
  await services.reviews.settled();
  return res;
}

const cls = (status: number) => `${Math.floor(status / 100)}xx`;

describe('hostile input: web forms', () => {
  beforeAll(async () => {
    const res = await app.inject({ method: 'GET', url: '/sign-in' });
    anonymous.cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    anonymous.csrf = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? '';
  });

  it('has a target for every form route', () => {
    const routes = app.routeTable.filter((r) => r.method === 'POST' && !r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !TARGETS.some((x) => x.route === r))).toEqual([]);
  });

  // The detector every case relies on: it must report a write that happens while a post is refused (a partial write),
  // and nothing else. Run before the targets, on the same database and triggers they use.
  it('reports a write made during a refused post, and only real writes', async () => {
    const s = sessions.get('home.practitioner')!;
    const refusedPost = () =>
      app.inject({
        method: 'POST',
        url: w.concrete('/people/:id/edit'),
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'given=no-csrf-token',
      });
    await watch.changes();
    const alone = await refusedPost();
    expect(alone.statusCode).toBe(403);
    expect(await watch.changes()).toEqual([]);
    // The same refused post with a write beside it, as a handler that wrote before it failed would leave.
    const [beside] = await Promise.all([refusedPost(), t.pool.query('update person set version = version where id = $1', [w.child.id])]);
    expect(beside.statusCode).toBe(403);
    expect(await watch.changes()).toEqual(['person']);
    // A write that was rolled back is not a write.
    const c = await t.pool.connect();
    try {
      await c.query('begin');
      await c.query('update person set version = version + 1 where id = $1', [w.child.id]);
      await c.query('rollback');
    } finally {
      c.release();
    }
    expect(await watch.changes()).toEqual([]);
    // The audit event of a refusal is by design; a sign-in's is not (and a sign-in clears the user's failure count).
    await services.audit.refused(w.ctxOf('home.practitioner'), { method: 'POST', route: '/people/:id/edit' });
    expect(await watch.changes()).toEqual([]);
    await services.auth.signIn('home.practitioner', PASSWORD);
    expect(await watch.changes()).toEqual(['app_user', 'audit_event']);
    // A write the triggers cannot see (switched off for one connection) is still caught by the fingerprint cross-check.
    expect(await watch.crossCheck()).toEqual([]);
    const quiet = await t.pool.connect();
    try {
      await quiet.query('set session_replication_role = replica');
      await quiet.query('update agency set version = version where id = $1', [w.other.id]);
      await quiet.query('reset session_replication_role');
    } finally {
      quiet.release();
    }
    expect(await watch.changes()).toEqual([]);
    expect(await watch.crossCheck()).toEqual(['agency']);
  });

  it.each(TARGETS.map((x) => ({ name: x.url ? `POST ${x.url}` : x.route, x })))(
    '$name',
    async ({ name, x }) => {
      await x.before?.();
      let base = await validBody(x);
      await watch.changes();
      const known = [...new Set(base.map(([k]) => k))];
      await summary.run(name, 'form', formCase(known.length ? known : ['reason']), async (c, tally) => {
        const s = await sessionFor(x);
        if (x.special === 'sign-out') await watch.changes();
        const t0 = performance.now();
        const { res, csrfOk } = await send(x, c, base, s);
        const t1 = performance.now();
        const written = await watch.changes();
        const changed = written.filter((table) => !(x.mayChange ?? []).includes(table));
        const status = res.statusCode;
        tally(cls(status));
        const where = `${name} (${c.kind}, csrf ${c.csrf}) -> ${status}`;
        expect(status, `${where}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        expect(t1 - t0, `${where}: too slow`).toBeLessThan(SLOW_CASE_MS);
        expect(stackTraceIn(res.body), where).toBeNull();
        if (String(res.headers['content-type']).includes('html')) expect(rawProbeIn(res.body), `${where}: unescaped HTML payload`).toBe(false);
        expect(prototypePolluted(), where).toBeNull();
        if (x.as !== 'anonymous' && x.special !== 'sign-out') expect(res.headers.location ?? '', `${where}: lost the session`).not.toMatch(/^\/sign-in/);
        if (!csrfOk) expect(status, `${where}: accepted without a valid CSRF token`).toBeGreaterThanOrEqual(400);
        if (status >= 400) {
          expect(changed, `${where}: a refused post changed the database`).toEqual([]);
        } else {
          tally('accepted');
          // The records moved on (versions): the next cases start from the form as it is now. A page is drawn from the
          // database (the clock stands still), so when the case wrote nothing the form is as it was.
          if (x.page && written.length) {
            base = await validBody(x, base);
            await watch.changes();
          }
        }
      });
      try {
        expect(await watch.crossCheck(), `${name}: tables changed that the write triggers did not note`).toEqual([]);
      } finally {
        await x.after?.();
      }
    },
    summary.timeout(6000),
  );

  it(
    'sends no 5xx for hostile query strings on the form pages',
    async () => {
      const s = sessions.get('home.practitioner')!;
      const pages = ['/search', '/people/:id', '/people/:id/network', '/missing', '/orders', '/contexts', '/cases', '/people/new'];
      await summary.run(
        'GET query strings',
        'form',
        fc.tuple(
          fc.constantFrom(...pages),
          fc.array(
            fc.tuple(
              fc.constantFrom('name', 'kind', 'hops', 'types', 'from', 'to', 'dateOfBirth', 'nhsNumber', 'reference', 'agencyId', 'q', '__proto__'),
              hostileString,
            ),
            { maxLength: 5 },
          ),
        ),
        async ([page, q], tally) => {
          const query = q.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))}`).join('&');
          const res = await app.inject({ method: 'GET', url: `${w.concrete(page)}?${query}`, headers: { cookie: s.cookie } });
          tally(cls(res.statusCode));
          expect(res.statusCode, `${page}?${query.slice(0, 200)}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
          expect(stackTraceIn(res.body)).toBeNull();
          expect(rawProbeIn(res.body), `${page}: unescaped HTML payload`).toBe(false);
        },
      );
    },
    summary.timeout(1000),
  );
});

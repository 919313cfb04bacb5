import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildWorld } from '../../test/fixtures/world.ts';
import { ifSet } from '../../test/setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../../test/setup/test-db.ts';
import { createServices, type Services } from '../services/index.ts';
import { buildApp } from '../web/app.ts';
import type {
  CaseList,
  DecisionMade,
  ErrorBody,
  FrameworkDocument,
  ReferralResponse,
  ReferralSummary,
  Screening,
  ScreeningConflict,
  ScreeningStarted,
  ScreeningState,
  ValidationErrorBody,
} from './schemas.ts';
import { listenLocal } from '../../test/setup/listen.ts';

// Screening and referrals over API v1, end to end: the real web app, real PostgreSQL, real HTTP, bearer tokens.

type Wire<S extends z.ZodType> = z.input<S>;
type ErrorJson = Wire<typeof ErrorBody> & Partial<Pick<Wire<typeof ValidationErrorBody>, 'fields'> & Pick<Wire<typeof ScreeningConflict>, 'current'>>;
type Res<T> = { status: number; headers: Headers; json: T };
type OpenApiDoc = { paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>; components: { schemas: Record<string, unknown> } };

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let app: FastifyInstance;
let base: string;
let world: Awaited<ReturnType<typeof buildWorld>>;

const USERS = ['home.practitioner', 'home.safeguarding_lead', 'home.analyst', 'home.auditor', 'other.practitioner', 'other.safeguarding_lead'] as const;
const tokens = {} as Record<(typeof USERS)[number], string>;

async function call<T = ErrorJson>(method: string, path: string, opts: { token?: string; body?: unknown; raw?: string } = {}): Promise<Res<T>> {
  const headers: Record<string, string> = {};
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : undefined) as T };
}

const EVIDENCE = {
  am_missing: 'Reported missing three times in October, found each time in another town',
  go_carrying_drugs: 'Stopped by police with wraps of crack cocaine he said he was holding for someone',
  am_moved_by_others: 'Train tickets to a coastal town bought for him by an adult he calls "uncle"',
};
const countyLines = Object.entries(EVIDENCE).map(([code, evidence]) => ({ code, status: 'present', when: 'current', evidence }));

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock();
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  for (const key of USERS) tokens[key] = (await services.auth.createApiToken(world.users[key]!.username, 'test', 30)).token;
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
  base = `${await listenLocal(app)}/api/v1`;
});

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

describe('a county-lines screening, from start to referral', () => {
  let id = '';
  const refs = { socialCare: '', police: '', nrm: '' };
  const pr = () => tokens['home.practitioner'];

  it('starts a draft in the case: 201 with a Location; starting again returns the same draft', async () => {
    const r = await call<Wire<typeof ScreeningStarted>>('POST', `/cases/${world.kase.id}/screenings`, { token: pr(), body: {} });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), created: true });
    id = r.json.id;
    expect(r.headers.get('location')).toBe(`/api/v1/screenings/${id}`);

    const again = await call<Wire<typeof ScreeningStarted>>('POST', `/cases/${world.kase.id}/screenings`, { token: pr(), body: {} });
    expect(again.status).toBe(201);
    expect(again.json).toEqual({ id, created: false });
  });

  it('reads the draft: no answers, a live assessment of none, and the child’s age from the date of birth', async () => {
    const r = await call<Wire<typeof Screening>>('GET', `/screenings/${id}`, { token: pr() });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.json).toMatchObject({
      id,
      caseId: world.kase.id,
      personId: world.child.id,
      framework: '2026.1',
      status: 'draft',
      ageAtScreening: 14,
      startedBy: world.users['home.practitioner']!.id,
      startedAt: clock.now().toISOString(),
      completedAt: null,
      level: null,
      override: null,
      version: 1,
      answers: [],
      assessment: { score: 0, level: 'none', reasons: [] },
      decisions: [],
      referrals: [],
      consultations: [],
    });
    // Only the documented shape leaves: no raw override columns, no stored result column.
    for (const internal of ['overrideBy', 'overrideStatus', 'result', 'frameworkVersion', 'finalLevel']) expect(r.json).not.toHaveProperty(internal);
  });

  it('refuses bad answers with 400 naming the field, and changes nothing', async () => {
    const cases: [unknown, string][] = [
      [{ version: 1, answers: [{ code: 'xx_made_up', status: 'present', when: 'current', evidence: 'e' }] }, 'answers.0.code'],
      [{ version: 1, answers: [countyLines[0], { code: 'go_carrying_drugs', status: 'present', when: 'current' }] }, 'answers.1.evidence'],
      [{ version: 1, answers: [{ code: 'am_missing', status: 'present', evidence: 'e' }] }, 'answers.0.when'],
      [{ version: 1, answers: [{ code: 'am_missing', status: 'perhaps' }] }, 'answers.0.status'],
      [{ version: 1, answers: countyLines, complete: 'yes' }, 'complete'],
      [{ answers: countyLines }, 'version'],
      [{ version: 1 }, 'answers'],
    ];
    for (const [body, field] of cases) {
      const r = await call('PUT', `/screenings/${id}/answers`, { token: pr(), body });
      expect(r.status, field).toBe(400);
      expect(r.json.error, field).toBe('validation');
      expect(r.json.fields, field).toHaveProperty([field]);
    }
    const notObject = await call('PUT', `/screenings/${id}/answers`, { token: pr(), raw: '[1]' });
    expect(notObject.status).toBe(400);
    expect(notObject.json.error).toBe('bad_request');
    expect((await call<Wire<typeof Screening>>('GET', `/screenings/${id}`, { token: pr() })).json).toMatchObject({ version: 1, answers: [] });
  });

  it('saves a draft, refuses a stale version with 409 and the screening as it is now, then completes it: high', async () => {
    const draft = await call<Wire<typeof ScreeningState>>('PUT', `/screenings/${id}/answers`, {
      token: pr(),
      body: { version: 1, answers: countyLines.slice(0, 2) },
    });
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({ id, status: 'draft', version: 2, level: null, assessment: null });

    const stale = await call('PUT', `/screenings/${id}/answers`, { token: tokens['home.safeguarding_lead'], body: { version: 1, answers: [] } });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: 'conflict', message: expect.any(String), current: { id, status: 'draft', version: 2 } });
    expect(stale.json.current).not.toHaveProperty('frameworkVersion');

    // The draft's live result is read back with its answers.
    const live = await call<Wire<typeof Screening>>('GET', `/screenings/${id}`, { token: pr() });
    expect(live.json.answers.map((a) => a.code)).toEqual(['am_missing', 'go_carrying_drugs']);
    expect(live.json.assessment).toMatchObject({ score: 6, level: 'medium' });

    const done = await call<Wire<typeof ScreeningState>>('PUT', `/screenings/${id}/answers`, {
      token: pr(),
      body: { version: 2, answers: countyLines, complete: true },
    });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({
      status: 'awaiting_decision',
      version: 3,
      score: 11,
      calculatedLevel: 'high',
      level: 'high',
      completedBy: world.users['home.practitioner']!.id,
      completedAt: clock.now().toISOString(),
      assessment: { framework: '2026.1', score: 11, level: 'high', londonCategory: 'Category 3 (high)' },
    });
    const a = done.json.assessment!;
    expect(a.requiredActions.map((x) => x.code)).toEqual(['decision', 'refer_police_now', 'refer_social_care_now', 'offer_nrm_child', 'rescreen']);
    expect(a.hardRules.map((h) => h.id)).toContain('moved_by_others');
    expect(a.reasons).toContainEqual(expect.objectContaining({ code: 'am_moved_by_others', points: 5, evidence: EVIDENCE.am_moved_by_others }));

    // The case carries the level.
    const cases = await call<Wire<typeof CaseList>>('GET', `/children/${world.child.id}/cases`, { token: pr() });
    expect(cases.json.data[0]?.riskLevel).toBe('high');

    const again = await call('PUT', `/screenings/${id}/answers`, { token: pr(), body: { version: 3, answers: [] } });
    expect(again.status).toBe(400);
    expect(again.json.fields).toHaveProperty('_form');
  });

  it('validates the decision (400 naming the field) and refuses a stale version (409)', async () => {
    const noTargets = await call('POST', `/screenings/${id}/decision`, { token: pr(), body: { version: 3, kind: 'refer', targets: [] } });
    expect(noTargets.status).toBe(400);
    expect(noTargets.json.fields).toHaveProperty('targets');
    const shortReason = await call('POST', `/screenings/${id}/decision`, { token: pr(), body: { version: 3, kind: 'no_referral', reason: 'No.' } });
    expect(shortReason.status).toBe(400);
    expect(shortReason.json.fields).toHaveProperty('reason');
    const nrmAlone = await call('POST', `/screenings/${id}/decision`, { token: pr(), body: { version: 3, kind: 'refer', targets: ['nrm'] } });
    expect(nrmAlone.status).toBe(400);
    expect(nrmAlone.json.fields?.['targets']).toContain('social care');
    const badTarget = await call('POST', `/screenings/${id}/decision`, { token: pr(), body: { version: 3, kind: 'refer', targets: ['mash'] } });
    expect(badTarget.status).toBe(400);
    expect(badTarget.json.fields).toHaveProperty(['targets.0']);

    const stale = await call('POST', `/screenings/${id}/decision`, { token: pr(), body: { version: 2, kind: 'refer', targets: ['police'] } });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ id, version: 3, status: 'awaiting_decision', level: 'high' });
  });

  it('refers to social care, the police and the NRM', async () => {
    const r = await call<Wire<typeof DecisionMade>>('POST', `/screenings/${id}/decision`, {
      token: pr(),
      body: { version: 3, kind: 'refer', targets: ['nrm', 'police', 'social_care'], notes: 'Strategy discussion requested' },
    });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ decisionId: expect.any(String), referralIds: [expect.any(String), expect.any(String), expect.any(String)] });
    [refs.socialCare = '', refs.police = '', refs.nrm = ''] = r.json.referralIds;

    const s = await call<Wire<typeof Screening>>('GET', `/screenings/${id}`, { token: pr() });
    expect(s.json).toMatchObject({ status: 'closed', version: 4, closedAt: clock.now().toISOString() });
    expect(s.json.decisions).toEqual([
      expect.objectContaining({ id: r.json.decisionId, kind: 'refer', decidedBy: world.users['home.practitioner']!.id, reviewStatus: 'not_needed' }),
    ]);
    expect(s.json.referrals.map((x) => [x.id, x.target])).toEqual([
      [refs.socialCare, 'social_care'],
      [refs.police, 'police'],
      [refs.nrm, 'nrm'],
    ]);
    expect(s.json.referrals[2]).toMatchObject({ nrmRoute: 'nrm', consent: 'not_needed_child', outcome: null, version: 1 });
    expect(s.json.referrals[0]).not.toHaveProperty('content');
  });

  it('reads the JSON referral, carrying the evidence and the reasons', async () => {
    const r = await call<Wire<typeof ReferralResponse>>('GET', `/referrals/${refs.socialCare}`, { token: pr() });
    expect(r.status).toBe(200);
    expect(r.json.referral).toMatchObject({ id: refs.socialCare, screeningId: id, target: 'social_care', outcome: null, version: 1 });
    expect(r.json.data).toMatchObject({
      target: 'social_care',
      title: expect.stringContaining('social care'),
      child: { name: 'Jonathan Testcase', otherNames: ['Jonny'], dateOfBirth: '2012-05-04', age: 14, gender: 'Male', postcode: 'RM3 7QX' },
      referrer: { name: 'home practitioner', agency: 'Test Social Care' },
      screening: { id, framework: '2026.1', score: 11, level: 'high', calculatedLevel: 'high', londonCategory: 'Category 3 (high)', override: null },
      nrm: null,
      notes: 'Strategy discussion requested',
    });
    const evidence = r.json.data.screening.reasons.map((x) => x.evidence);
    expect(evidence.sort()).toEqual(Object.values(EVIDENCE).sort());

    const nrm = await call<Wire<typeof ReferralResponse>>('GET', `/referrals/${refs.nrm}`, { token: pr() });
    expect(nrm.json.data.nrm).toEqual({ route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true });
  });

  it('records a referral’s outcome once', async () => {
    const r = await call<Wire<typeof ReferralSummary>>('POST', `/referrals/${refs.police}/outcome`, {
      token: pr(),
      body: { version: 1, outcome: 'Police opened an investigation' },
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: refs.police, outcome: 'Police opened an investigation', outcomeAt: clock.now().toISOString(), version: 2 });
    const again = await call('POST', `/referrals/${refs.police}/outcome`, { token: pr(), body: { version: 2, outcome: 'Again' } });
    expect(again.status).toBe(400);
    expect(again.json.fields).toHaveProperty('outcome');
    const empty = await call('POST', `/referrals/${refs.socialCare}/outcome`, { token: pr(), body: { version: 1, outcome: '' } });
    expect(empty.status).toBe(400);
    expect(empty.json.fields).toHaveProperty('outcome');
  });

  it('refuses everyone not on the case with 403, and roles that cannot see records', async () => {
    const body = { version: 4, answers: [], level: 'low', reason: 'x', kind: 'refer', targets: ['police'], outcome: 'x' };
    for (const key of ['other.practitioner', 'other.safeguarding_lead', 'home.analyst', 'home.auditor'] as const) {
      const token = tokens[key];
      const attempts: [string, string][] = [
        ['POST', `/cases/${world.kase.id}/screenings`],
        ['GET', `/screenings/${id}`],
        ['PUT', `/screenings/${id}/answers`],
        ['POST', `/screenings/${id}/override`],
        ['POST', `/screenings/${id}/decision`],
        ['GET', `/referrals/${refs.socialCare}`],
        ['POST', `/referrals/${refs.socialCare}/outcome`],
      ];
      for (const [method, path] of attempts) {
        const r = await call(method, path, { token, body: method === 'GET' ? undefined : body });
        expect(r.status, `${key} ${method} ${path}`).toBe(403);
        expect(r.json).toEqual({ error: 'forbidden', message: expect.any(String) });
      }
    }
  });

  it('answers 404 for ids that are not screenings, referrals or open cases, and 401 without a token', async () => {
    for (const bad of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      for (const [method, path] of [
        ['GET', `/screenings/${bad}`],
        ['GET', `/referrals/${bad}`],
        ['POST', `/cases/${bad}/screenings`],
      ] as const) {
        const r = await call(method, path, { token: pr(), body: method === 'POST' ? {} : undefined });
        expect(r.status, `${method} ${path}`).toBe(404);
      }
    }
    expect((await call('GET', `/screenings/${id}`)).status).toBe(401);
    expect((await call('GET', '/framework')).status).toBe(401);
  });

  it('writes every read and change to the child’s audit trail with via "api"', async () => {
    const rows = await t.store.repos.audit.forPerson(world.child.id, 1000);
    const api = rows.filter((r) => r.via === 'api').map((r) => r.action);
    expect(api).toEqual(
      expect.arrayContaining([
        'screening.start',
        'screening.save',
        'screening.view',
        'screening.complete',
        'screening.referred',
        'referral.view',
        'referral.outcome',
      ]),
    );
  });
});

describe('professional judgement on the level', () => {
  let id = '';
  const pr = () => tokens['home.practitioner'];

  it('raises a low screening to medium at once, which then needs a decision', async () => {
    const started = await call<Wire<typeof ScreeningStarted>>('POST', `/cases/${world.kase.id}/screenings`, { token: pr(), body: {} });
    expect(started.json.created).toBe(true);
    id = started.json.id;
    const low = await call<Wire<typeof ScreeningState>>('PUT', `/screenings/${id}/answers`, {
      token: pr(),
      body: { version: 1, complete: true, answers: [{ code: 'fa_in_care', status: 'present', when: 'current', evidence: 'In foster care since 2024' }] },
    });
    expect(low.json).toMatchObject({ status: 'closed', level: 'low', score: 1 });

    const noReason = await call('POST', `/screenings/${id}/override`, { token: pr(), body: { version: 2, level: 'medium' } });
    expect(noReason.status).toBe(400);
    expect(noReason.json.fields).toHaveProperty('reason');
    const badLevel = await call('POST', `/screenings/${id}/override`, { token: pr(), body: { version: 2, level: 'severe', reason: 'x' } });
    expect(badLevel.status).toBe(400);
    expect(badLevel.json.fields).toHaveProperty('level');

    const raised = await call<Wire<typeof ScreeningState>>('POST', `/screenings/${id}/override`, {
      token: pr(),
      body: { version: 2, level: 'medium', reason: 'He has stopped talking to his foster carers and has new trainers' },
    });
    expect(raised.status).toBe(200);
    expect(raised.json).toMatchObject({
      status: 'awaiting_decision',
      calculatedLevel: 'low',
      level: 'medium',
      version: 3,
      override: { level: 'medium', status: 'applied', by: world.users['home.practitioner']!.id, at: clock.now().toISOString(), reviewedBy: null },
    });
    const stale = await call('POST', `/screenings/${id}/override`, { token: pr(), body: { version: 2, level: 'high', reason: 'Stale' } });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ version: 3, level: 'medium' });
  });

  it('records a decision not to refer, which a safeguarding lead will review', async () => {
    const r = await call<Wire<typeof DecisionMade>>('POST', `/screenings/${id}/decision`, {
      token: pr(),
      body: { version: 3, kind: 'no_referral', reason: 'Already known to the exploitation team, who saw him yesterday' },
    });
    expect(r.status).toBe(201);
    expect(r.json.referralIds).toEqual([]);
    const s = await call<Wire<typeof Screening>>('GET', `/screenings/${id}`, { token: pr() });
    expect(s.json.decisions).toEqual([expect.objectContaining({ kind: 'no_referral', reviewStatus: 'pending' })]);
  });
});

describe('the framework', () => {
  it('is readable by any signed-in role, with all 9 SAFEGUARD categories', async () => {
    for (const key of ['home.practitioner', 'home.analyst', 'other.practitioner'] as const) {
      const r = await call<Wire<typeof FrameworkDocument>>('GET', '/framework', { token: tokens[key] });
      expect(r.status, key).toBe(200);
      expect(r.json).toMatchObject({ version: '2026.1', current: true });
      expect(r.json.categories.map((c) => c.letter).join('')).toBe('SAFEGUARD');
      expect(r.json.indicators.length).toBeGreaterThan(50);
    }
    const v = await call<Wire<typeof FrameworkDocument>>('GET', '/framework?version=2026.1', { token: tokens['home.analyst'] });
    expect(v.json.version).toBe('2026.1');
    const unknown = await call('GET', '/framework?version=1999.1', { token: tokens['home.analyst'] });
    expect(unknown.status).toBe(400);
    expect(unknown.json.fields).toHaveProperty('version');
  });
});

describe('OpenAPI document', () => {
  it('lists the screening and referral operations', async () => {
    const doc = (await call<OpenApiDoc>('GET', '/openapi.json')).json;
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, o]) => `${method.toUpperCase()} ${path} ${o.operationId ?? ''}`),
    );
    expect(ops).toEqual(
      expect.arrayContaining([
        'POST /cases/{id}/screenings startScreening',
        'GET /screenings/{id} getScreening',
        'PUT /screenings/{id}/answers saveScreeningAnswers',
        'POST /screenings/{id}/override overrideScreeningLevel',
        'POST /screenings/{id}/decision decideScreening',
        'GET /referrals/{id} getReferral',
        'POST /referrals/{id}/outcome recordReferralOutcome',
        'GET /framework getFramework',
      ]),
    );
    for (const schema of ['Screening', 'ScreeningState', 'ScreeningAssessment', 'ScreeningConflict', 'ReferralContent', 'ReferralSummary', 'Framework'])
      expect(doc.components.schemas, schema).toHaveProperty([schema]);
  });
});

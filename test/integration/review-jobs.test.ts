import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, NotFound, ValidationError } from '../../src/core/errors.ts';
import { createServices, type Ctx, type Services } from '../../src/services/index.ts';
import { INTERRUPTED_MESSAGE, type ReviewJob } from '../../src/services/review-jobs.ts';
import { buildApp } from '../../src/web/app.ts';
import { reviewNotesCsv } from '../fixtures/review-notes.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';
import { listenLocal } from '../setup/listen.ts';

// Review jobs in the web app's service (issue 4 §4): the same engine as `lantern review`, run in the background on a
// temporary file, with progress in the job's row, and the report seen only by the creator's agency's leads.

let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
let lead: Ctx;
let app: FastifyInstance | undefined;
// A fixed clock: the rate and time left of a job are worked out from it.
const clock = testClock(new Date());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-review-jobs-'));

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  lead = world.ctxOf('home.safeguarding_lead');
}, 60_000);

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(services)?.reviews.settled();
  await ifSet(t)?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes an upload as the route would (a temporary file), returning what start() takes. */
function upload(fileName: string, content: string) {
  const p = path.join(dir, `upload-${Math.random().toString(36).slice(2)}.tmp`);
  fs.writeFileSync(p, content);
  return { fileName, path: p, bytes: Buffer.byteLength(content) };
}

async function finished(ctx: Ctx, id: string): Promise<ReviewJob> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const job = await services.reviews.get(ctx, id);
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`review ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const auditFor = async (id: string) =>
  (await t.pool.query<{ action: string; detail: Record<string, unknown> }>('select action, detail from audit_event where subject_id = $1 order by seq', [id]))
    .rows;

describe('review jobs', () => {
  it('runs a review in the background and keeps the summary and report', async () => {
    const u = upload('  spring notes.csv ', reviewNotesCsv({ bad: true }));
    const started = await services.reviews.start(lead, u);
    expect(started).toMatchObject({ status: 'queued', fileName: 'spring notes.csv', format: 'csv', bytesTotal: u.bytes, createdBy: lead.actor.id });

    const job = await finished(lead, started.id);
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    expect(job).toMatchObject({ bytesRead: u.bytes, rowsRead: 9 });
    expect(job.startedAt).toBeInstanceOf(Date);
    expect(job.finishedAt).toBeInstanceOf(Date);
    expect(job.summary).toMatchObject({
      rowsRead: 9,
      rowsAnalysed: 8,
      people: 2,
      peopleWithMissedOpportunities: 1,
      badRows: { count: 1, listed: [{ line: 14, reason: 'missing text' }] },
      files: [{ path: 'spring notes.csv', format: 'csv', bytes: u.bytes }],
    });
    expect(job.summary!.missedOpportunities).toBeGreaterThan(0);
    // The temporary file is gone once the job has ended.
    await services.reviews.settled();
    expect(fs.existsSync(u.path)).toBe(false);

    const { json } = await services.reviews.reportJson(lead, job.id);
    const report = JSON.parse(json) as { summary: unknown; people: { personRef: string; missedOpportunities: unknown[] }[] };
    expect(report.summary).toEqual(JSON.parse(JSON.stringify(job.summary)));
    expect(report.people.map((p) => [p.personRef, p.missedOpportunities.length > 0])).toEqual([
      ['SYN-0001', true],
      ['SYN-0002', false],
    ]);
    const { html } = await services.reviews.report(world.ctxOf('home.mase_coordinator'), job.id);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('SYN-0001');
    expect(html).not.toMatch(/<script/i);

    // Audited: who started it and who read it, with figures only (never a row, a reference or the file's name).
    const audit = await auditFor(job.id);
    expect(audit.map((a) => a.action)).toEqual(['review.start', 'review.view', 'review.view']);
    expect(audit[0]!.detail).toEqual({ format: 'csv', bytes: u.bytes });
    expect(audit[1]!.detail).toEqual({ as: 'json', rows: 9, people: 2 });
    expect(JSON.stringify(audit)).not.toMatch(/SYN-|spring/);

    expect((await services.reviews.list(lead)).map((j) => j.id)).toContain(job.id);
  });

  it('marks a job failed, with a message for the user, when the file cannot be reviewed', async () => {
    const u = upload('notes.csv', 'ref,when,note\nA,2024-01-01,Seen at home.\n');
    const started = await services.reviews.start(lead, u);
    const job = await finished(lead, started.id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/^line 1: the header row has no person_ref, date, text columns/);
    expect(job.summary).toBeNull();
    await services.reviews.settled();
    expect(fs.existsSync(u.path)).toBe(false);
    await expect(services.reviews.report(lead, job.id)).rejects.toBeInstanceOf(NotFound);
  });

  it.each([
    ['a wrong extension', 'notes.txt', 'x', /must be a CSV/],
    ['an empty file', 'notes.jsonl', '', /is empty/],
    ['no name', '   ', 'x', /Select a file/],
  ])('refuses %s and keeps nothing', async (_what, name, content, message) => {
    const before = (await services.reviews.list(lead)).length;
    const u = upload(name, content);
    const e = await services.reviews.start(lead, u).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fields['file']).toMatch(message);
    expect(fs.existsSync(u.path)).toBe(false);
    expect(await services.reviews.list(lead)).toHaveLength(before);
  });

  it('shortens a long file name to 200 characters, keeping the extension', async () => {
    const job = await services.reviews.start(lead, upload(`${'n'.repeat(300)}.jsonl`, '{"person_ref":"SYN-1","date":"2024-01-01","text":"Seen."}\n'));
    expect(job.fileName).toHaveLength(200);
    expect(job.fileName.endsWith('….jsonl')).toBe(true);
    expect((await finished(lead, job.id)).status).toBe('done');
  });

  it('runs one review at a time: the second waits until the first has finished', async () => {
    const a = await services.reviews.start(lead, upload('first.csv', reviewNotesCsv()));
    const b = await services.reviews.start(lead, upload('second.csv', reviewNotesCsv()));
    // b waits in the queue; once a has finished it may already be running, so order is checked on the stored times.
    expect(b.status).toBe('queued');
    const [ra, rb] = [await finished(lead, a.id), await finished(lead, b.id)];
    expect([ra.status, rb.status]).toEqual(['done', 'done']);
    const rows = await Promise.all([a.id, b.id].map((id) => t.store.repos.reviewJobs.byId(id)));
    expect(rows[1]!.startedAt!.getTime()).toBeGreaterThanOrEqual(rows[0]!.finishedAt!.getTime());
  });

  it('shows a job only to its agency’s leads and coordinators', async () => {
    const job = await services.reviews.start(lead, upload('notes.csv', reviewNotesCsv()));
    await finished(lead, job.id);
    for (const key of ['other.safeguarding_lead', 'other.mase_coordinator']) {
      const ctx = world.ctxOf(key);
      await expect(services.reviews.get(ctx, job.id), key).rejects.toBeInstanceOf(Forbidden);
      await expect(services.reviews.report(ctx, job.id), key).rejects.toBeInstanceOf(Forbidden);
      await expect(services.reviews.reportJson(ctx, job.id), key).rejects.toBeInstanceOf(Forbidden);
      expect((await services.reviews.list(ctx)).map((j) => j.id)).not.toContain(job.id);
    }
    for (const key of ['home.practitioner', 'home.analyst', 'home.administrator', 'home.auditor']) {
      const ctx = world.ctxOf(key);
      await expect(services.reviews.get(ctx, job.id), key).rejects.toBeInstanceOf(Forbidden);
      await expect(services.reviews.report(ctx, job.id), key).rejects.toBeInstanceOf(Forbidden);
      await expect(services.reviews.list(ctx), key).rejects.toBeInstanceOf(Forbidden);
    }
    // A practitioner cannot start one either, and the upload is not kept.
    const u = upload('notes.csv', reviewNotesCsv());
    await expect(services.reviews.start(world.ctxOf('home.practitioner'), u)).rejects.toBeInstanceOf(Forbidden);
    expect(fs.existsSync(u.path)).toBe(false);
    expect((await services.reviews.get(world.ctxOf('home.mase_coordinator'), job.id)).status).toBe('done');
    await expect(services.reviews.get(lead, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFound);
    await expect(services.reviews.get(lead, 'not-an-id')).rejects.toBeInstanceOf(NotFound);
  });

  it('marks jobs a previous process left running or queued as failed on recovery', async () => {
    const now = new Date();
    const row = (status: string) => ({
      createdBy: lead.actor.id,
      agencyId: lead.actor.agencyId,
      fileName: `${status}.csv`,
      format: 'csv',
      bytesTotal: 100,
      bytesRead: 40,
      status,
      createdAt: now,
    });
    const stale = await t.store.repos.reviewJobs.insert(row('running'));
    const queued = await t.store.repos.reviewJobs.insert(row('queued'));
    const done = await t.store.repos.reviewJobs.insert({ ...row('done'), finishedAt: now });
    expect(await services.reviews.recoverJobs()).toBe(2);
    for (const id of [stale.id, queued.id]) expect(await services.reviews.get(lead, id)).toMatchObject({ status: 'failed', error: INTERRUPTED_MESSAGE });
    expect((await services.reviews.get(lead, stale.id)).finishedAt).toBeInstanceOf(Date);
    expect(await services.reviews.get(lead, done.id)).toMatchObject({ status: 'done', error: null });
  });
});

describe('review pages', () => {
  let base = '';
  const session = { cookie: '', csrf: '' };
  beforeAll(async () => {
    app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
    base = await listenLocal(app);
    const { token } = await services.auth.signIn('home.safeguarding_lead', PASSWORD);
    const res = await fetch(`${base}/reviews`, { headers: { cookie: `lantern_session=${token}` } });
    const csrfCookie = (res.headers.getSetCookie().find((c) => c.startsWith('_csrf=')) ?? '').split(';')[0] ?? '';
    session.cookie = `lantern_session=${token}; ${csrfCookie}`;
    session.csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
  }, 60_000);

  const form = (csrf: string | null, name: string, content: string) => {
    const f = new FormData();
    if (csrf !== null) f.append('_csrf', csrf);
    f.append('file', new Blob([content], { type: 'text/csv' }), name);
    return f;
  };
  const post = (body: FormData) => fetch(`${base}/reviews`, { method: 'POST', headers: { cookie: session.cookie }, body, redirect: 'manual' });
  const count = async () => (await t.pool.query<{ n: number }>('select count(*)::int as n from review_job')).rows[0]!.n;

  it('refuses an upload without a valid CSRF token in its first field, and keeps nothing', async () => {
    const before = await count();
    for (const csrf of [null, 'forged-token']) {
      const res = await post(form(csrf, 'notes.csv', reviewNotesCsv()));
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('This form has expired');
    }
    // The token after the file is too late: it is not read.
    const late = new FormData();
    late.append('file', new Blob([reviewNotesCsv()]), 'notes.csv');
    late.append('_csrf', session.csrf);
    expect((await post(late)).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('shows the error summary for a wrong file and keeps nothing', async () => {
    const before = await count();
    const res = await post(form(session.csrf, 'notes.xlsx', 'x'));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('govuk-error-summary');
    expect(html).toContain('href="#file"');
    expect(html).toContain('must be a CSV');
    const none = await post(form(session.csrf, '', ''));
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Select a file');
    expect(await count()).toBe(before);
  });

  it('starts a job from an upload, shows its progress page, and serves the report with its own CSP', async () => {
    const csv = reviewNotesCsv();
    const res = await post(form(session.csrf, 'notes.csv', csv));
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/reviews\/[0-9a-f-]{36}$/);
    const id = location.split('/')[2]!;
    const job = await finished(lead, id);
    expect(job.status).toBe('done');
    // Its upload is gone. Other test files upload at the same time, so the check looks for this upload's bytes, not
    // for any recent upload (one in flight elsewhere made this test fail once).
    const uploads = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('lantern-review-') && f.endsWith('.upload'));
    const readOrNone = (f: string) => {
      try {
        return fs.readFileSync(path.join(os.tmpdir(), f), 'utf8');
      } catch {
        return undefined; // removed since the listing
      }
    };
    expect(uploads.filter((f) => readOrNone(f) === csv)).toEqual([]);

    const pageRes = await fetch(`${base}${location}`, { headers: { cookie: session.cookie } });
    const pageHtml = await pageRes.text();
    // The finished page says so at the top, offers the report as its main button, and has no figure left as at the start.
    expect(pageHtml).toMatch(/govuk-notification-banner--success[\s\S]*The review has finished\./);
    expect(pageHtml).toMatch(new RegExp(`<a href="/reviews/${id}/report" role="button"[^>]*class="govuk-button"`));
    expect(pageHtml).not.toMatch(/Not yet|Read 0 bytes|\(0%\)/);
    expect(pageHtml).not.toContain('http-equiv="refresh"');

    const report = await fetch(`${base}${location}/report`, { headers: { cookie: session.cookie } });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    expect(report.headers.get('content-security-policy')).not.toContain('script-src');
    expect(report.headers.get('cache-control')).toBe('no-store');
    const reportHtml = await report.text();
    expect(reportHtml).toContain('SYN-0001');
    // A way back into Lantern; the people's references only in fragments, never in a path or query the server sees.
    expect(reportHtml).toContain(`<a href="/reviews/${id}">Back to the review</a>`);
    expect(reportHtml).toContain('<a href="/reviews">All reviews</a>');
    expect(reportHtml).toContain('<a href="#person-SYN-0001">SYN-0001</a>');
    expect(reportHtml).not.toMatch(/href="[^#"][^"]*SYN-/);

    const json = await fetch(`${base}${location}/report.json`, { headers: { cookie: session.cookie } });
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="review-${id}.json"`);
    expect(json.headers.get('cache-control')).toBe('no-store');
    expect(((await json.json()) as { summary: { people: number } }).summary.people).toBe(2);
  });

  it('adds the possible signs to the timelines only when the lead ticks the box', async () => {
    // A town the spotter's list does not name: the classifier's possible sign (as in cli-text.test.ts).
    const csv = 'person_ref,date,agency,author_role,text\nSYN-0009,2024-03-01,Police,Officer,MFH report: Kai (15) from Lewisham found in Barnstaple.\n';
    const possible = async (tick: boolean) => {
      const f = form(session.csrf, 'notes.csv', csv);
      if (tick) f.set('possibleSigns', 'yes');
      const id = ((await post(f)).headers.get('location') ?? '').split('/')[2]!;
      expect((await finished(lead, id)).status).toBe('done');
      const json = (await (await fetch(`${base}/reviews/${id}/report.json`, { headers: { cookie: session.cookie } })).json()) as {
        people: { timeline: { possible?: string[] }[] }[];
      };
      return json.people.flatMap((p) => p.timeline.flatMap((t) => t.possible ?? []));
    };
    expect(await possible(true)).toEqual(['am_found_out_of_area']);
    expect(await possible(false)).toEqual([]);
  });

  it('shows the progress of a running job, with a link to check again and no automatic refresh', async () => {
    const stale = await t.store.repos.reviewJobs.insert({
      createdBy: lead.actor.id,
      agencyId: lead.actor.agencyId,
      fileName: 'big.csv',
      format: 'csv',
      bytesTotal: 1000,
      bytesRead: 250,
      rowsRead: 12,
      status: 'running',
      createdAt: new Date(),
    });
    const html = await (await fetch(`${base}/reviews/${stale.id}`, { headers: { cookie: session.cookie } })).text();
    expect(html).toContain(`href="/reviews/${stale.id}">Check progress</a>`);
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toMatch(/<progress id="review-progress"[^>]*max="1000" value="250"/);
    await t.store.repos.reviewJobs.update(stale.id, { status: 'failed', error: 'Interrupted' });
  });

  const insertJob = (set: Partial<Parameters<typeof t.store.repos.reviewJobs.insert>[0]>) =>
    t.store.repos.reviewJobs.insert({
      createdBy: lead.actor.id,
      agencyId: lead.actor.agencyId,
      fileName: 'SYN-0001 notes.csv',
      format: 'csv',
      bytesTotal: 4_000_000,
      status: 'running',
      createdAt: clock(),
      ...set,
    });
  const get = (url: string, cookie = session.cookie) => fetch(`${base}${url}`, { headers: { cookie } });

  it('gives a running job’s progress as JSON, with the rate and time left, for the page’s script', async () => {
    const job = await insertJob({ bytesRead: 1_000_000, rowsRead: 2_500, startedAt: new Date(clock().getTime() - 10_000) });
    const res = await get(`/reviews/${job.id}/status`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      status: 'running',
      percent: 25,
      bytesRead: 1_000_000,
      bytesTotal: 4_000_000,
      rowsRead: 2_500,
      read: '1.0 MB of 4.0 MB',
      size: '4.0 MB',
      rate: '100.0 KB/s, 250 rows a second',
      timeLeft: 'about 30 s left',
      secondsLeft: 30,
      message: 'Reading the notes.',
      error: null,
      milestone: '25% read.',
    });
    // Figures only: never the file's name (the uploader's words) or anything from the notes.
    expect(JSON.stringify(body)).not.toContain('SYN-');

    // The page shows the same, and hands the script the endpoint; the button stays for a check without JavaScript.
    const html = await (await get(`/reviews/${job.id}`)).text();
    expect(html).toContain(`data-review-progress="/reviews/${job.id}/status"`);
    expect(html).toContain('data-review-milestone="25% read."');
    expect(html).toMatch(/<script type="module" src="\/public\/lantern\/build\/review-progress\.js" nonce="[^"]+"><\/script>/);
    expect(html).toMatch(/<div class="govuk-visually-hidden" role="status"[^>]*><\/div>/);
    expect(html).toContain('100.0 KB/s, 250 rows a second.');
    expect(html).toContain('About 30 s left.');
    expect(html).toContain(`href="/reviews/${job.id}">Check progress</a>`);
    await t.store.repos.reviewJobs.update(job.id, { status: 'failed', error: 'Interrupted' });
  });

  it('does not count the page polling the status as activity: it cannot hold a session open past the idle time-out', async () => {
    const job = await insertJob({ bytesRead: 1_000, rowsRead: 10, startedAt: new Date(clock().getTime() - 10_000) });
    const { token } = await services.auth.signIn('home.safeguarding_lead', PASSWORD);
    const cookie = `lantern_session=${token}`;
    const lastSeen = async () => (await t.pool.query<{ at: Date }>('select last_seen_at as at from session')).rows.map((r) => r.at.getTime());
    const idle = new Date(clock().getTime() - 10 * 60_000);
    await t.pool.query('update session set last_seen_at = $1', [idle]);
    expect((await get(`/reviews/${job.id}/status`, cookie)).status).toBe(200);
    expect(await lastSeen()).not.toContain(clock().getTime());
    expect((await lastSeen()).every((at) => at === idle.getTime())).toBe(true);
    // A page the lead opens is activity.
    expect((await get(`/reviews/${job.id}`, cookie)).status).toBe(200);
    expect((await lastSeen()).some((at) => at > idle.getTime())).toBe(true);
  });

  it('refuses the status of a job to another agency, and of no job', async () => {
    const job = await insertJob({ bytesRead: 10 });
    const { token } = await services.auth.signIn('other.safeguarding_lead', PASSWORD);
    const other = await get(`/reviews/${job.id}/status`, `lantern_session=${token}`);
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain('bytesRead');
    expect((await get('/reviews/00000000-0000-4000-8000-000000000000/status')).status).toBe(404);
    await t.store.repos.reviewJobs.update(job.id, { status: 'failed', error: 'Interrupted' });
  });

  it('shows a failed job as failed with its reason: no bar, no "0%" and no "0.0 MB"', async () => {
    const job = await insertJob({
      status: 'failed',
      bytesTotal: 4_600,
      bytesRead: 0,
      error: 'line 1: the header row has no person_ref, date, text columns',
      finishedAt: clock(),
    });
    const html = await (await get(`/reviews/${job.id}`)).text();
    expect(html).toContain('The review failed');
    expect(html).toContain('line 1: the header row has no person_ref, date, text columns');
    expect(html).toContain('Failed: line 1: the header row');
    expect(html).toContain('4.6 KB');
    expect(html).not.toContain('<progress');
    expect(html).not.toContain('0%');
    expect(html).not.toContain('0.0 MB');
    expect(html).not.toContain('review-progress.js');
    expect(html).not.toContain('Check progress');
    const status = (await (await get(`/reviews/${job.id}/status`)).json()) as Record<string, unknown>;
    expect(status).toMatchObject({
      status: 'failed',
      percent: null,
      error: 'line 1: the header row has no person_ref, date, text columns',
      milestone: 'The review failed.',
    });
  });

  it('fails a file with only a header, and says once on the finished page that a file looks like Windows-1252', async () => {
    const upload = async (name: string, content: string | Uint8Array<ArrayBuffer>) => {
      const f = new FormData();
      f.append('_csrf', session.csrf);
      f.append('file', new Blob([content], { type: 'text/csv' }), name);
      const res = await post(f);
      expect(res.status).toBe(303);
      return res.headers.get('location')!.split('/')[2]!;
    };
    const empty = await finished(lead, await upload('empty.csv', 'person_ref,date,agency,author_role,text\n'));
    expect(empty).toMatchObject({ status: 'failed', error: 'The file has no notes, only a header row or blank lines. No report was written.', summary: null });
    expect(await (await get(`/reviews/${empty.id}`)).text()).toContain('The file has no notes');

    const rows = ['person_ref,date,agency,author_role,text', 'SYN-0009,01/02/2020,Police,PCSO,Reported missing overnight.'];
    for (let d = 2; d <= 5; d++) rows.push(`SYN-0009,0${d}/02/2020,Health,Nurse,Seen at the caf\u00e9.`);
    const excel = await finished(lead, await upload('excel.csv', new Uint8Array(Buffer.from(rows.join('\r\n'), 'latin1'))));
    expect(excel.status).toBe('done');
    expect(excel.summary).toMatchObject({ rowsRead: 5, rowsAnalysed: 1, firstDate: '2020-02-01' });
    const html = await (await get(`/reviews/${excel.id}`)).text();
    expect(html.match(/data-testid="review-warning"/g)).toHaveLength(1);
    expect(html).toContain('4 rows of 5 are not UTF-8 text: the file looks like a Windows-1252 export');
  });

  it('says on the upload form that the file is uploading, through the page’s script', async () => {
    const html = await (await get('/reviews')).text();
    expect(html).toMatch(/<form [^>]*enctype="multipart\/form-data"[^>]*data-review-upload>/);
    expect(html).toMatch(/<p class="govuk-body" role="status" data-review-upload-status[^>]*><\/p>/);
    expect(html).toMatch(/<script type="module" src="\/public\/lantern\/build\/review-progress\.js" nonce="[^"]+"><\/script>/);
    expect(html).toContain('DD/MM/YYYY (day first)');
  });

  it('shows a small finished file in KB with its rate, not "0.0 MB of 0.0 MB"', async () => {
    const job = await insertJob({
      status: 'done',
      bytesTotal: 4_600,
      bytesRead: 4_600,
      rowsRead: 9,
      startedAt: new Date(clock().getTime() - 2_000),
      finishedAt: clock(),
    });
    const html = await (await get(`/reviews/${job.id}`)).text();
    expect(html).toContain('4.6 KB of 4.6 KB (100%)');
    expect(html).toContain('2.3 KB/s, 5 rows a second');
    expect(html).not.toContain('0.0 MB');
    const status = (await (await get(`/reviews/${job.id}/status`)).json()) as Record<string, unknown>;
    expect(status).toMatchObject({ status: 'done', percent: 100, read: '4.6 KB of 4.6 KB', milestone: 'The review has finished.' });
  });
});

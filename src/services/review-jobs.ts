import fs from 'node:fs';
import os from 'node:os';
import { Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import { can } from '../core/policy/index.ts';
import type { ReportNav } from '../core/review/html.ts';
import type { PersonReview } from '../core/review/person.ts';
import { type JobProgress, jobProgress } from '../core/review/progress.ts';
import { upgradeStoredPeople } from '../core/review/stored.ts';
import type { ReviewFormat, ReviewSummary } from '../core/review/summary.ts';
import type { ReviewJobInfo, ReviewJobRow } from '../db/repositories/review-jobs.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid } from './context.ts';

// Retrospective review as a background job in the web app (issue 4 §4: "the same import is available in the web app for
// leads, as a background job with a progress bar"). The route streams the upload to a temporary file; the job reads it
// with the same engine as `lantern review`, writes its progress to the job's row, keeps the summary and report.json,
// and deletes the file. The report holds pseudonymous references from another system, so it is personal data: a job
// is seen by its creator and by the safeguarding leads and MASE coordinators of the creator's agency, and every view
// of a report is audited.

export const MAX_REVIEW_UPLOAD_BYTES = 2 * 1024 ** 3; // 2 GiB: about 5 million notes
export const MAX_REVIEW_FILE_NAME = 200;
export const INTERRUPTED_MESSAGE = 'Interrupted by a restart: upload the file again';
const FAILED_MESSAGE = 'The review could not be finished. Try again, or ask an administrator to check the logs.';
// The job's row is written at most this often while the file is read.
const PROGRESS_EVERY_MS = 500;
// A job in the web process moves to worker threads sooner than `lantern review` (review-run.ts AUTO_THREADS_BYTES): on
// this thread, a few MB of notes would hold up the pages for seconds, whatever the threads cost to start.
const JOB_THREADS_BYTES = 4 * 1024 * 1024;

// `possibleSigns`: the lead asked for the indicator classifier's possible signs on the timelines (review-run.ts).
export type ReviewUpload = { fileName: string; path: string; bytes: number; possibleSigns?: boolean };
export type ReviewJob = ReviewJobInfo & { status: 'queued' | 'running' | 'done' | 'failed'; format: ReviewFormat; summary: ReviewSummary | null };

const asJob = (row: ReviewJobInfo): ReviewJob => row as ReviewJob;

/** The uploaded name as stored and shown (no folders, trimmed, at most 200 characters) and the format its extension gives. */
export function checkUploadName(raw: string): { fileName: string; format: ReviewFormat } {
  // Control characters and broken Unicode cannot be stored in the job's summary (jsonb): they are dropped from the name.
  const base = raw
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim();
  if (!base) throw new ValidationError({ file: 'Select a file' });
  const ext = /\.(csv|jsonl)$/i.exec(base)?.[1]?.toLowerCase();
  if (ext !== 'csv' && ext !== 'jsonl') throw new ValidationError({ file: 'The selected file must be a CSV (.csv) or JSON Lines (.jsonl) file' });
  // A cut must not split a surrogate pair (a lone half is broken Unicode again).
  const fileName =
    base.length > MAX_REVIEW_FILE_NAME ? `${base.slice(0, MAX_REVIEW_FILE_NAME - ext.length - 2).replace(/[\uD800-\uDBFF]$/, '')}….${ext}` : base;
  return { fileName, format: ext };
}

function checkUploadSize(bytes: number): void {
  if (bytes <= 0) throw new ValidationError({ file: 'The selected file is empty' });
  if (bytes > MAX_REVIEW_UPLOAD_BYTES) throw new ValidationError({ file: 'The selected file must be smaller than 2 GB' });
}

const removeQuietly = (file: string) => fs.promises.rm(file, { force: true }).catch(() => undefined);

export function reviewJobsService(store: Store, clock: Clock) {
  const running = new Set<Promise<void>>();

  // Creator, or a lead or coordinator of the job's agency. Anyone else is refused (the report is personal data).
  async function load(ctx: Ctx, id: string): Promise<ReviewJobInfo> {
    ensureAllowed(ctx, 'review.run');
    const job = isUuid(id) ? await store.repos.reviewJobs.info(id) : undefined;
    if (!job) throw new NotFound('There is no review with that reference');
    if (job.createdBy !== ctx.actor.id && !(job.agencyId === ctx.actor.agencyId && can(ctx.actor, 'review.run').allowed))
      throw new Forbidden('This review belongs to another agency');
    return job;
  }

  async function loadReport(ctx: Ctx, id: string, as: 'html' | 'json'): Promise<ReviewJobRow> {
    const info = await load(ctx, id);
    if (info.status !== 'done') throw new NotFound('This review has no report yet');
    const now = clock();
    return store.transaction(async (repos) => {
      const job = (await repos.reviewJobs.byId(info.id))!;
      const s = job.summary as ReviewSummary | null;
      await repos.audit.append(
        auditOf(ctx, now, {
          action: 'review.view',
          subjectType: 'review_job',
          subjectId: job.id,
          detail: { as, rows: s?.rowsRead ?? 0, people: s?.people ?? 0 },
        }),
      );
      return job;
    });
  }

  async function run(id: string, upload: ReviewUpload, format: ReviewFormat, fileName: string): Promise<void> {
    await store.repos.reviewJobs.update(id, { status: 'running', startedAt: clock() });
    // One progress write at a time, at most every PROGRESS_EVERY_MS; a failed write is skipped (the next one repeats it).
    const pending: { last: number; write: Promise<unknown> | null } = { last: -Infinity, write: null };
    const write = (bytesRead: number, rowsRead: number) => {
      pending.write = store.repos.reviewJobs
        .progress(id, { bytesRead, rowsRead })
        .catch(() => undefined)
        .finally(() => {
          pending.write = null;
        });
    };
    // Loaded with the first job, not with the services: the review reads notes (services/note-checks.ts says why).
    const { AUTO_MAX_THREADS, reportJsonText, runReview } = await import('./review-run.ts');
    const { summary, people } = await runReview(
      { file: upload.path, format, size: upload.bytes, name: fileName },
      {
        now: () => performance.now(),
        onProgress: (bytes, rows) => {
          const t = performance.now();
          if (pending.write || t - pending.last < PROGRESS_EVERY_MS) return;
          pending.last = t;
          write(bytes, rows);
        },
        onRead: (bytes, rows) => {
          if (!pending.write) write(bytes, rows);
        },
      },
      // The analysis runs on worker threads, off the event loop that serves the pages; one core is left for the pages.
      {
        workers: upload.bytes >= JOB_THREADS_BYTES ? Math.min(AUTO_MAX_THREADS, Math.max(1, os.availableParallelism() - 1)) : 0,
        possibleSigns: upload.possibleSigns === true,
      },
    );
    await pending.write;
    await store.repos.reviewJobs.update(id, {
      status: 'done',
      bytesRead: upload.bytes,
      rowsRead: summary.rowsRead,
      summary,
      reportJson: reportJsonText(summary, people),
      finishedAt: clock(),
    });
  }

  // Reviews are CPU-bound and run inside the web server's process (their analysis on worker threads): one at a time, the
  // others wait as 'queued', so that several uploads at once cannot starve the pages practitioners are using.
  let queue: Promise<unknown> = Promise.resolve();

  function launch(id: string, upload: ReviewUpload, format: ReviewFormat, fileName: string): void {
    const job = queue
      .then(() => run(id, upload, format, fileName))
      .catch(async (e: unknown) => {
        // Only messages written for users reach the page: the readers' ValidationErrors never quote a row.
        const error = e instanceof ValidationError ? (Object.values(e.fields)[0] ?? e.message) : FAILED_MESSAGE;
        await store.repos.reviewJobs.update(id, { status: 'failed', error, finishedAt: clock() }).catch(() => undefined);
      })
      .finally(() => removeQuietly(upload.path))
      .finally(() => running.delete(job));
    queue = job;
    running.add(job);
  }

  return {
    /** Checks the uploaded file's name before the route stores it (the same check start makes). */
    checkName(ctx: Ctx, fileName: string): void {
      ensureAllowed(ctx, 'review.run');
      checkUploadName(fileName);
    },

    /**
     * Starts a review of a file the route has written to a temporary path. The service owns the file from here: it is
     * deleted when the job ends, or at once if the upload is refused. The run is not awaited.
     */
    async start(ctx: Ctx, upload: ReviewUpload): Promise<ReviewJob> {
      try {
        ensureAllowed(ctx, 'review.run');
        const { fileName, format } = checkUploadName(upload.fileName);
        checkUploadSize(upload.bytes);
        const now = clock();
        const job = await store.transaction(async (repos) => {
          const row = await repos.reviewJobs.insert({
            createdBy: ctx.actor.id,
            agencyId: ctx.actor.agencyId,
            fileName,
            format,
            bytesTotal: upload.bytes,
            status: 'queued',
            createdAt: now,
          });
          // The file's name is not audited: it is the uploader's words and may name someone.
          await repos.audit.append(
            auditOf(ctx, now, { action: 'review.start', subjectType: 'review_job', subjectId: row.id, detail: { format, bytes: upload.bytes } }),
          );
          return row;
        });
        launch(job.id, upload, format, fileName);
        const { reportJson: _r, ...info } = job;
        return asJob(info);
      } catch (e) {
        await removeQuietly(upload.path);
        throw e;
      }
    },

    /** A job's status, progress and (when done) summary figures. */
    get: async (ctx: Ctx, id: string): Promise<ReviewJob> => asJob(await load(ctx, id)),

    /** A job with its progress now: the share read, the rate and the time left (core/review/progress.ts). */
    async status(ctx: Ctx, id: string): Promise<{ job: ReviewJob; progress: JobProgress }> {
      const job = asJob(await load(ctx, id));
      return { job, progress: jobProgress(job, clock()) };
    },

    /** The agency's jobs, newest first. */
    async list(ctx: Ctx): Promise<ReviewJob[]> {
      ensureAllowed(ctx, 'review.run');
      return (await store.repos.reviewJobs.forAgency(ctx.actor.agencyId)).map(asJob);
    },

    /** The finished job's report as one self-contained HTML document (core/review/html.ts), with `nav`'s links back. */
    async report(ctx: Ctx, id: string, nav?: ReportNav): Promise<{ job: ReviewJob; html: string }> {
      const job = await loadReport(ctx, id, 'html');
      const parsed = JSON.parse(job.reportJson ?? '{}') as { summary: ReviewSummary; people: PersonReview[] };
      const { reportJson: _r, ...info } = job;
      // Loaded here: the report's referral reading builds its phrase automaton on load (services/note-checks.ts says why).
      const { renderReviewHtml } = await import('../core/review/html.ts');
      return { job: asJob(info), html: [...renderReviewHtml(parsed.summary, upgradeStoredPeople(parsed.people), undefined, nav)].join('') };
    },

    /** The finished job's report.json, as `lantern review` writes it. */
    async reportJson(ctx: Ctx, id: string): Promise<{ job: ReviewJob; json: string }> {
      const job = await loadReport(ctx, id, 'json');
      const { reportJson, ...info } = job;
      return { job: asJob(info), json: reportJson ?? '' };
    },

    /**
     * Jobs a previous process left queued or running cannot resume (their temporary file is gone with the process that
     * received it): marks them failed. Called once at start, before the server takes requests.
     */
    recoverJobs: (): Promise<number> => store.repos.reviewJobs.failUnfinished(INTERRUPTED_MESSAGE, clock()),

    /** Resolves when every job this process started has ended (tests, and an orderly shutdown). */
    async settled(): Promise<void> {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}

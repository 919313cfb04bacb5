import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart, { type Multipart } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { milestone } from '../../core/review/progress.ts';
import type { Ctx, Services } from '../../services/index.ts';
import { MAX_REVIEW_UPLOAD_BYTES, type ReviewJob, type ReviewUpload } from '../../services/review-jobs.ts';
import { ctxOf } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };
type Parts = AsyncIterableIterator<Multipart>;

// The report is one self-contained document with an inline <style>: this policy allows that and nothing else (no
// scripts, no requests, no framing), in place of the app's nonce policy.
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const isMultipartPost = (request: FastifyRequest) => (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');

// Retrospective review as a background job (issue 4 §4): upload a file of notes, watch its progress, read the report.
export async function reviewsRoutes(app: FastifyInstance, services: Services): Promise<void> {
  // Only these routes take multipart bodies: one file of up to 2 GiB, streamed to disk, and a few small fields.
  await app.register(multipart, { limits: { fileSize: MAX_REVIEW_UPLOAD_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 100 } });

  // The parts of each multipart upload, after its CSRF field has been read and checked.
  const uploads = new WeakMap<FastifyRequest, Parts>();

  // CSRF for a multipart form: the `_csrf` field is the form's first part, so it is checked before any of the file is
  // stored. (The app's CSRF hook skips multipart posts to routes with `csrf: 'multipart-first-field'`.)
  function csrfFirstField(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void): void {
    if (!isMultipartPost(request)) {
      done();
      return;
    }
    const parts = request.parts();
    parts.next().then(
      (first) => {
        const f = first.done ? undefined : first.value;
        request.body = f?.type === 'field' && f.fieldname === '_csrf' && typeof f.value === 'string' ? { _csrf: f.value } : {};
        uploads.set(request, parts);
        app.csrfProtection(request, reply, done);
      },
      () => {
        request.body = {};
        app.csrfProtection(request, reply, done);
      },
    );
  }

  const list = async (request: FastifyRequest, reply: FastifyReply, errors?: Record<string, string>) => {
    const jobs = await services.reviews.list(ctxOf(request));
    return page(request, reply, 'reviews/index.njk', { title: 'Review notes', jobs, errors: errors ?? {} }, errors ? 400 : 200);
  };

  // Reads the rest of the upload, so that the browser sees the answer rather than a reset connection.
  async function drain(parts: Parts): Promise<void> {
    try {
      for await (const part of parts) if (part.type === 'file') part.file.resume();
    } catch {
      // The answer is the error already found.
    }
  }

  // Streams the `file` part to a new temporary file; returns it, or throws a ValidationError with nothing kept.
  async function receive(ctx: Ctx, parts: Parts): Promise<ReviewUpload> {
    let upload: ReviewUpload | undefined;
    let current: Multipart | undefined;
    let possibleSigns = false;
    try {
      for await (const part of parts) {
        current = part;
        if (part.type !== 'file') {
          if (part.fieldname === 'possibleSigns') possibleSigns = part.value === 'yes';
          continue;
        }
        if (part.fieldname !== 'file' || upload || !part.filename) {
          part.file.resume();
          continue;
        }
        services.reviews.checkName(ctx, part.filename);
        const tmp = path.join(os.tmpdir(), `lantern-review-${randomUUID()}.upload`);
        upload = { fileName: part.filename, path: tmp, bytes: 0 };
        await pipeline(part.file, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
        if (part.file.truncated) throw new ValidationError({ file: 'The selected file must be smaller than 2 GB' });
        upload.bytes = (await fs.promises.stat(tmp)).size;
      }
    } catch (e) {
      if (upload) await fs.promises.rm(upload.path, { force: true });
      if (current?.type === 'file') current.file.resume();
      await drain(parts);
      if (e instanceof ValidationError) throw e;
      const code = (e as { code?: unknown }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new ValidationError({ file: 'The selected file must be smaller than 2 GB' });
      if (code === 'FST_FILES_LIMIT') throw new ValidationError({ file: 'Select one file' });
      if (typeof code === 'string' && code.startsWith('FST_')) throw new ValidationError({ file: 'The selected file could not be uploaded: try again' });
      throw e;
    }
    if (!upload) throw new ValidationError({ file: 'Select a file' });
    return { ...upload, possibleSigns };
  }

  app.get('/reviews', (request, reply) => list(request, reply));

  app.post('/reviews', { config: { csrf: 'multipart-first-field' }, preHandler: csrfFirstField }, async (request, reply) => {
    const ctx = ctxOf(request);
    services.authorise(ctx, 'review.run');
    const parts = uploads.get(request);
    let job: ReviewJob;
    try {
      if (!parts) throw new ValidationError({ file: 'Select a file' });
      job = await services.reviews.start(ctx, await receive(ctx, parts));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return list(request, reply, e.fields);
    }
    return reply.redirect(`/reviews/${job.id}`, 303);
  });

  app.get<{ Params: IdParams }>('/reviews/:id', async (request, reply) => {
    const { job, progress } = await services.reviews.status(ctxOf(request), request.params.id);
    const active = job.status === 'queued' || job.status === 'running';
    return page(request, reply, 'reviews/job.njk', {
      title: 'Review of notes',
      job,
      progress,
      milestone: milestone(progress) ?? '',
      active,
      backLink: '/reviews',
    });
  });

  // The job page's progress for its script (src/client/review-progress.ts): figures and wording only, never the file's
  // name or anything from the notes.
  app.get<{ Params: IdParams }>('/reviews/:id/status', { config: { passive: true } }, async (request, reply) => {
    const { progress } = await services.reviews.status(ctxOf(request), request.params.id);
    return reply.header('cache-control', 'no-store').send({ ...progress, milestone: milestone(progress) });
  });

  app.get<{ Params: IdParams }>('/reviews/:id/report', async (request, reply) => {
    // Links back into Lantern (the job's opaque id only): `lantern review`'s own file has none.
    const { html } = await services.reviews.report(ctxOf(request), request.params.id, { jobHref: `/reviews/${request.params.id}`, listHref: '/reviews' });
    return reply
      .header('content-security-policy', REPORT_CSP)
      .header('cache-control', 'no-store')
      .header('x-robots-tag', 'noindex')
      .type('text/html; charset=utf-8')
      .send(html);
  });

  app.get<{ Params: IdParams }>('/reviews/:id/report.json', async (request, reply) => {
    const { job, json } = await services.reviews.reportJson(ctxOf(request), request.params.id);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="review-${job.id}.json"`)
      .type('application/json; charset=utf-8')
      .send(json);
  });
}

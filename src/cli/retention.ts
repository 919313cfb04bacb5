import fs from 'node:fs';
import { ValidationError } from '../core/errors.ts';
import type { Services } from '../services/index.ts';
import type { ApplyResult, RetentionReport } from '../services/retention.ts';

// `lantern retention --dry-run [--json]` and `lantern retention --apply --confirm` (issue 8), and
// `lantern subject-access --person ID --out FILE.json`. Like `lantern stats`, each runs as the system with the least
// role that may do it: the schedule is the administrator's, a subject access report the auditor's.

const SYSTEM = '00000000-0000-0000-0000-000000000000';
const AS_ADMINISTRATOR = { actor: { id: SYSTEM, agencyId: SYSTEM, role: 'administrator' as const }, via: 'cli' as const };
const AS_AUDITOR = { actor: { id: SYSTEM, agencyId: SYSTEM, role: 'auditor' as const }, via: 'cli' as const };

export type RetentionOptions = { mode: 'dry-run' | 'apply'; json: boolean };

// Checked before the database is opened: a wrong combination fails at once with exit code 2 (main.ts).
export function parseRetentionOptions(o: { dryRun?: boolean; apply?: boolean; confirm?: boolean; json?: boolean }): RetentionOptions {
  if (o.dryRun && o.apply) throw new ValidationError({ '--apply': 'choose --dry-run or --apply, not both' });
  if (!o.dryRun && !o.apply) throw new ValidationError({ '--dry-run': 'give --dry-run to see what would be deleted, or --apply --confirm to delete it' });
  if (o.apply && !o.confirm)
    throw new ValidationError({ '--confirm': 'deleting is for good: add --confirm to --apply (run --dry-run first to see what it deletes)' });
  if (o.dryRun && o.confirm) throw new ValidationError({ '--confirm': '--confirm goes with --apply' });
  return { mode: o.apply ? 'apply' : 'dry-run', json: o.json === true };
}

export function formatReport(r: RetentionReport): string {
  const lines = [`Retention dry run on ${r.asOf}: ${r.counts.people} people; nothing has been changed.`, ''];
  const active = r.holds.filter((h) => h.active);
  lines.push(`Legal holds in force: ${active.length}`);
  for (const h of active) lines.push(`  ${h.reference} (${h.scope === 'all' ? 'all records' : `record ${h.personId ?? ''}`})`);
  lines.push('', `Due for deletion: ${r.toDelete.length} people, ${r.counts.records} rows`);
  for (const e of r.toDelete) {
    lines.push(`  ${e.personId} (${e.kind}): ${e.explanation}`);
    lines.push(`    ${(e.records ?? []).map((x) => `${x.table} ${x.count}`).join(', ')}`);
  }
  lines.push('', `Held back by a legal hold: ${r.held.length}`);
  for (const e of r.held) lines.push(`  ${e.personId} (${e.kind}): ${e.explanation}`);
  lines.push('', `Kept: ${r.kept.length}`);
  for (const e of r.kept) lines.push(`  ${e.personId} (${e.kind}): ${e.explanation}`);
  return `${lines.join('\n')}\n`;
}

export function formatApply(r: ApplyResult): string {
  const lines = [`Retention applied on ${r.asOf}: the records of ${r.deleted.length} people deleted (${r.records} rows).`];
  for (const d of r.deleted) lines.push(`  deleted ${d.personId}: ${d.records} rows (rule ${d.rule})`);
  for (const s of r.skipped) lines.push(`  kept ${s.personId}: ${s.reason}`);
  if (r.held) lines.push(`${r.held} held back by a legal hold.`);
  if (r.failed.length) lines.push(`${r.failed.length} could not be deleted and were left unchanged: ${r.failed.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export async function retention(services: Services, o: RetentionOptions): Promise<{ stdout: string; ok: boolean }> {
  if (o.mode === 'dry-run') {
    const r = await services.retention.report(AS_ADMINISTRATOR);
    return { stdout: o.json ? `${JSON.stringify(r)}\n` : formatReport(r), ok: true };
  }
  const r = await services.retention.apply(AS_ADMINISTRATOR, { confirm: 'yes' });
  return { stdout: o.json ? `${JSON.stringify(r)}\n` : formatApply(r), ok: r.failed.length === 0 };
}

export type SubjectAccessOptions = { person: string; out: string };

export function parseSubjectAccessOptions(o: { person?: string; out?: string }): SubjectAccessOptions {
  const person = (o.person ?? '').trim().toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(person))
    throw new ValidationError({ '--person': 'give the Lantern record reference, like --person 3f2b6c1e-0d4a-4c1b-9a57-2f0e8d6b7c10' });
  if (!o.out) throw new ValidationError({ '--out': 'give the file to write, like --out report.json' });
  return { person, out: o.out };
}

export async function subjectAccess(services: Services, o: SubjectAccessOptions): Promise<string> {
  const r = await services.subjectAccess.report(AS_AUDITOR, o.person);
  // Personal data: readable by the file's owner only.
  fs.writeFileSync(o.out, `${JSON.stringify(r, null, 2)}\n`, { mode: 0o600 });
  const records = r.sections.reduce((n, s) => n + s.items.length, 0);
  return `Subject access report written to ${o.out}: ${records} items in ${r.sections.length} sections, ${r.access.events.length} views and changes by ${r.access.viewers.length} people.\n`;
}

import { Conflict, NotFound, ValidationError } from '../core/errors.ts';
import { frameworkByVersion } from '../core/indicators/index.ts';
import type { Framework } from '../core/indicators/types.ts';
import type { Action } from '../core/policy/index.ts';
import type { Assessment } from '../core/screening/assess.ts';
import type { RiskLevel } from '../core/screening/levels.ts';
import type { ScreeningRow } from '../db/repositories/screenings.ts';
import type { Repositories } from '../db/store.ts';
import { type Ctx, isUuid, loadPerson } from './context.ts';

// Loads a screening and checks `action` on its child's record first.
export async function loadScreening(repos: Repositories, ctx: Ctx, action: Action, id: string, now: Date) {
  const s = isUuid(id) ? await repos.screenings.byId(id) : undefined;
  if (!s) throw new NotFound('There is no screening with that reference');
  const loaded = await loadPerson(repos, ctx, action, s.personId, now);
  return { screening: s, ...loaded };
}

export function frameworkOf(s: Pick<ScreeningRow, 'frameworkVersion'>): Framework {
  const f = frameworkByVersion(s.frameworkVersion);
  if (!f) throw new NotFound('The framework this screening used is no longer installed');
  return f;
}

export const resultOf = (s: ScreeningRow): Assessment | null => (s.result as Assessment | null) ?? null;
export const levelOf = (s: ScreeningRow): RiskLevel | null => (s.finalLevel as RiskLevel | null) ?? null;

export function ensureVersion(s: ScreeningRow, expected: number): void {
  if (s.version !== expected) throw new Conflict('Someone else changed this screening after you opened it. Review it and try again.', s);
}

/** The versioned update's row, or a Conflict carrying the screening as the save that won left it (re-read: under
 * read committed, the row this transaction loaded first may be older). */
export async function saved<T>(repos: Repositories, row: T | undefined, loaded: ScreeningRow): Promise<T> {
  if (row) return row;
  throw new Conflict('Someone else changed this screening after you opened it. Review it and try again.', (await repos.screenings.byId(loaded.id)) ?? loaded);
}

export function requireStatus(s: ScreeningRow, allowed: readonly string[], message: string): void {
  if (!allowed.includes(s.status)) throw new ValidationError({ _form: message });
}

export type ScreeningSummary = {
  id: string;
  caseId: string;
  status: string;
  startedAt: Date;
  completedAt: Date | null;
  score: number | null;
  calculatedLevel: RiskLevel | null;
  level: RiskLevel | null;
  overrideStatus: string | null;
  framework: string;
};
/** A screening as the record page and its level chart show it. */
export const screeningSummary = (s: ScreeningRow): ScreeningSummary => ({
  id: s.id,
  caseId: s.caseId,
  status: s.status,
  startedAt: s.startedAt,
  completedAt: s.completedAt,
  score: s.score,
  calculatedLevel: s.calculatedLevel as RiskLevel | null,
  level: levelOf(s),
  overrideStatus: s.overrideStatus,
  framework: s.frameworkVersion,
});

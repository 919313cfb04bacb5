import { Conflict, Forbidden, NotFound } from '../core/errors.ts';
import { type Action, type Actor, can, type CaseTeam, type Decision, type PersonSubject } from '../core/policy/index.ts';
import type { AuditInput } from '../db/repositories/audit.ts';
import type { PersonRecord } from '../db/repositories/people.ts';
import type { Repositories } from '../db/store.ts';

export type Via = 'web' | 'api' | 'cli';
export type Ctx = { actor: Actor; via: Via };
export type Clock = () => Date;

// Every service call is checked against core/policy first; a refusal is a typed error.
export function ensureAllowed(ctx: Ctx, action: Action): void {
  const d = can(ctx.actor, action);
  if (!d.allowed) throw new Forbidden(d.reason);
}

type Owned = { id: string; createdBy: string; createdByAgency: string };

const subjectOf = (person: Owned, cases: CaseTeam[], breakGlassActive: boolean): PersonSubject => ({
  kind: 'person',
  personId: person.id,
  createdBy: person.createdBy,
  createdByAgency: person.createdByAgency,
  cases,
  breakGlassActive,
});

export async function personSubject(repos: Repositories, ctx: Ctx, person: Owned, now: Date): Promise<PersonSubject> {
  const cases = await repos.cases.teamsForPerson(person.id);
  const bg = await repos.cases.activeBreakGlass(ctx.actor.id, person.id, now);
  return subjectOf(person, cases, Boolean(bg));
}

// Loads a person and checks `action` on it, in one query (people.ts getForAccess). Unknown ids and deleted records are
// NotFound.
export async function loadPerson(
  repos: Repositories,
  ctx: Ctx,
  action: Action,
  personId: string,
  now: Date,
): Promise<{ person: PersonRecord; subject: PersonSubject; decision: Extract<Decision, { allowed: true }> }> {
  const found = isUuid(personId) ? await repos.people.getForAccess(personId, ctx.actor.id, now) : undefined;
  if (!found) throw new NotFound('There is no record with that reference');
  const { teams, breakGlassActive, ...person } = found;
  const subject = subjectOf(person, teams, breakGlassActive);
  const decision = can(ctx.actor, action, subject);
  if (!decision.allowed) throw new Forbidden(decision.reason);
  return { person, subject, decision };
}

export function auditOf(ctx: Ctx, now: Date, e: Pick<AuditInput, 'action' | 'subjectType'> & Partial<AuditInput>): AuditInput {
  return {
    at: now,
    userId: ctx.actor.id,
    agencyId: ctx.actor.agencyId,
    subjectId: null,
    personId: null,
    purpose: 'direct care',
    breakGlass: false,
    via: ctx.via,
    detail: {},
    ...e,
  };
}

export const isUuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Refuses a save that lost a race, carrying the record as the winning save left it. Under read committed the row
 * this transaction read first can predate the winner, so it is read again (a 409 must show what is stored now). */
export async function lostRace<T>(message: string, loaded: T, reread: () => Promise<T | undefined>): Promise<never> {
  throw new Conflict(message, (await reread()) ?? loaded);
}

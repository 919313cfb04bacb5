import type { FieldErrors } from '../errors.ts';
import { ageOn } from '../records/age.ts';
import { type BreachFollowUp, type CawnBasis, ORDER_KINDS, ORDER_SUBJECT, type OrderKind, type OrderStatus } from './vocab.ts';

// Checks for the orders and notices register (issue 7), pure: the service loads the rows and passes plain facts in.

/** What the order is served on or made about, as far as the rules need to know. */
export type OrderSubjectFacts = { entityKind: string; personKind: string | null; personId: string | null };
export type OrderChildFacts = { personId: string; personKind: string; dateOfBirth: string | null; lookedAfter: string };

export type OrderFacts = {
  kind: OrderKind;
  status: OrderStatus;
  subject: OrderSubjectFacts;
  child: OrderChildFacts | null;
  basis: CawnBasis | null;
  startsOn: string | null; // 'YYYY-MM-DD': served, made or applied for
  reviewOn: string | null;
  expiresOn: string | null;
};

// Statuses where the order exists (or existed): the date it was served or made must be known.
const MADE: ReadonlySet<OrderStatus> = new Set(['in_force', 'expired', 'discharged', 'concluded']);
/** Statuses still being worked on: these come up for review. */
export const ACTIVE_ORDER_STATUSES: ReadonlySet<OrderStatus> = new Set(['considering', 'applied', 'in_force']);
// A recorded ending needs its outcome written down (licensing reviews "and their outcomes", issue 7).
const NEEDS_OUTCOME: ReadonlySet<OrderStatus> = new Set(['refused', 'discharged', 'concluded']);

/** Kinds that are about one child, who must be named: a CAWN protects a named child; s.25 is about the child. */
export const NEEDS_CHILD: ReadonlySet<OrderKind> = new Set(['cawn', 'secure_accommodation']);

const kindLabel = (k: OrderKind): string => ORDER_KINDS[k];

function subjectErrors(kind: OrderKind, s: OrderSubjectFacts, child: OrderChildFacts | null): FieldErrors {
  switch (ORDER_SUBJECT[kind]) {
    case 'adult':
      if (s.entityKind !== 'person') return { subjectEntityId: `Choose the adult the ${kindLabel(kind)} is served on` };
      if (s.personKind !== 'adult') return { subjectEntityId: `A ${kindLabel(kind)} is served on an adult, not on a child: choose the adult it is served on` };
      return {};
    case 'place':
      if (s.entityKind !== 'location') return { subjectEntityId: `A ${kindLabel(kind).toLowerCase()} is about premises: choose the place` };
      return {};
    case 'child':
      if (s.entityKind !== 'person' || s.personKind !== 'child')
        return { subjectEntityId: 'A secure accommodation application is about a child: choose the child' };
      if (child && s.personId !== child.personId) return { subjectEntityId: 'A secure accommodation application is about the child it names' };
      return {};
  }
}

// CAWN basis (College of Policing CAWN advice 4.1 and 4.2; SOURCES.md 2e): a child under 16 (Child Abduction Act 1984
// s.2), or a child under 18 in care under a care order (Children Act 1989 s.31(1)(a); the s.49 offence covers children
// "in care", which s.105 defines as under a care order, so a child accommodated under s.20 is not covered).
function cawnBasisErrors(basis: CawnBasis | null, child: OrderChildFacts, on: string): FieldErrors {
  if (!basis) return { basis: 'Select the basis for the CAWN' };
  if (!child.dateOfBirth)
    return { childPersonId: 'The child’s date of birth is not recorded: add it to their record (an estimate will do) so that the basis can be checked' };
  const age = ageOn(child.dateOfBirth, new Date(`${on}T00:00:00Z`));
  if (age < 0) return { startsOn: 'The date served is before the child’s date of birth' };
  if (basis === 'under_16_at_home') {
    if (age >= 16)
      return {
        basis:
          child.lookedAfter === 's31'
            ? `The child was ${age} on the date served. The under-16 basis does not apply; choose “child under 18 in care”`
            : `The child was ${age} on the date served. A CAWN under the Child Abduction Act 1984 covers children under 16 only`,
      };
    return {};
  }
  if (age >= 18) return { basis: `The young person was ${age} on the date served. A CAWN protects children under 18 only` };
  if (child.lookedAfter === 's31') return {};
  if (child.lookedAfter === 's20')
    return {
      basis:
        age < 16
          ? 'The child is accommodated under s.20, not in care under a care order: choose “child under 16”'
          : 'The child is accommodated under s.20, not in care under a care order (Children Act 1989 s.31), so the in-care basis does not apply',
    };
  return {
    basis:
      age < 16
        ? 'The child’s record does not say they are in care under a care order: choose “child under 16”, or update their looked-after status'
        : 'The child’s record does not say they are in care under a care order (Children Act 1989 s.31): update their looked-after status first',
  };
}

/**
 * Everything wrong with an order, by form field (empty when it is fine). `today` is the London date: a CAWN not yet
 * served is checked against the child's age today.
 */
export function checkOrder(o: OrderFacts, today: string): FieldErrors {
  const errors: FieldErrors = { ...subjectErrors(o.kind, o.subject, o.child) };
  if (NEEDS_CHILD.has(o.kind) && !o.child) errors['childPersonId'] ??= 'Choose the child';
  if (o.child && o.child.personKind !== 'child') errors['childPersonId'] ??= 'Choose a child, not an adult';
  if (o.kind !== 'cawn' && o.basis) errors['basis'] ??= 'A basis is recorded for a CAWN only';
  if (MADE.has(o.status) && !o.startsOn) errors['startsOn'] ??= 'Enter the date it was served or made';
  if (o.startsOn && o.startsOn > today && MADE.has(o.status)) errors['startsOn'] ??= 'The date served or made must be today or in the past';
  if (o.kind === 'cawn' && o.child && o.child.personKind === 'child') {
    for (const [k, v] of Object.entries(cawnBasisErrors(o.basis, o.child, o.startsOn ?? today))) errors[k] ??= v;
  }
  if (o.startsOn && o.reviewOn && o.reviewOn <= o.startsOn) errors['reviewOn'] ??= 'The review date must be after the date it was served or made';
  if (o.startsOn && o.expiresOn && o.expiresOn <= o.startsOn) errors['expiresOn'] ??= 'The expiry date must be after the start date';
  return errors;
}

/** The outcome a status change needs: ending an order (refused, discharged, concluded) records what happened. */
export function checkStatusChange(status: OrderStatus, outcome: string): FieldErrors {
  return NEEDS_OUTCOME.has(status) && !outcome.trim() ? { outcome: 'Enter the outcome' } : {};
}

/** What a breach of this kind of order prompts, and the follow-up state it starts in. */
export type BreachPrompt = { followUp: BreachFollowUp | typeof NO_FOLLOW_UP; prompt: string | null };

/** A breach of anything but a CAWN has no Sexual Risk Order prompt (breaching an order made by a court is for the police). */
export const NO_FOLLOW_UP = 'not_applicable' as const;

// A CAWN breach is not an offence but can ground an application for a Sexual Risk Order (Serious Crime Act 2015;
// SOURCES.md 2e), so it prompts the MASE coordinator to consider one.
export function breachPrompt(kind: OrderKind): BreachPrompt {
  if (kind === 'cawn') return { followUp: 'to_consider', prompt: 'Breach: consider a Sexual Risk Order application' };
  return { followUp: NO_FOLLOW_UP, prompt: null };
}

/** The coordinator's decision on a breach: applying, or not applying with the reason why. */
export function checkFollowUpDecision(decision: 'application_made' | 'not_applied', reason: string): FieldErrors {
  return decision === 'not_applied' && !reason.trim() ? { reason: 'Enter why no application is being made' } : {};
}

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type ReviewState = 'overdue' | 'due' | null;

/** Whether an order is due for review: still active, with a review date within `withinDays` of today, or past it. */
export function reviewState(o: { status: string; reviewOn: string | null }, today: string, withinDays: number): ReviewState {
  if (!o.reviewOn || !ACTIVE_ORDER_STATUSES.has(o.status as OrderStatus)) return null;
  if (o.reviewOn < today) return 'overdue';
  return o.reviewOn <= addDays(today, withinDays) ? 'due' : null;
}

/** The orders due for review, the most overdue first. */
export function dueForReview<T extends { status: string; reviewOn: string | null }>(orders: readonly T[], today: string, withinDays: number): T[] {
  return orders.filter((o) => reviewState(o, today, withinDays) !== null).sort((a, b) => (a.reviewOn ?? '').localeCompare(b.reviewOn ?? ''));
}

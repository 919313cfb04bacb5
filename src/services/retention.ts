import { readFileSync } from 'node:fs';
import { ConfigError, type Config } from '../config.ts';
import { Conflict, NotFound, ValidationError } from '../core/errors.ts';
import { alertFor } from '../core/network/alerts.ts';
import { londonDate } from '../core/records/time.ts';
import {
  DEFAULT_RULES,
  evaluate,
  type Hold,
  mergeRules,
  parseRules,
  RECORD_CLASSES,
  RECORD_TABLE_KEYS,
  RECORD_TABLES,
  type RecordClass,
  type RecordTable,
  type RetentionRule,
  RetentionRulesError,
  type Verdict,
} from '../core/retention/index.ts';
import type { DeletionPlan, FactsRow, HoldRow } from '../db/repositories/retention.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid } from './context.ts';
import { parse } from './inputs/fields.ts';
import { ApplyInput, LiftHoldInput, PlaceHoldInput } from './inputs/retention.ts';

// Retention and legal holds (issue 8, "Retention and the rights of the child"). The dry run evaluates every person
// against the rules (core/retention) and the active holds; applying deletes, one transaction per person, the whole
// record of each person whose every rule has expired, re-checking holds and rules inside that transaction under the
// schedule lock, and writes a tombstone to the audit trail: ids, record classes, counts, the rule and the date, never
// names or text. The audit trail itself is never deleted (append-only, migration 0001).

/** The rules in force: the defaults with LANTERN_RETENTION_RULES laid over them. A bad file stops start-up. */
export function loadRetentionRules(config: Pick<Config, 'retention'>): RetentionRule[] {
  const file = config.retention.rulesFile;
  if (!file) return [...DEFAULT_RULES];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`Could not read the retention rules file ${file} (LANTERN_RETENTION_RULES)`);
  }
  try {
    return mergeRules(DEFAULT_RULES, parseRules(text));
  } catch (e) {
    if (e instanceof RetentionRulesError) throw new ConfigError(`The retention rules file ${file} (LANTERN_RETENTION_RULES) is not usable: ${e.message}`);
    throw e;
  }
}

export type RecordCount = { table: RecordTable; label: string; count: number };

export type ReportEntry = {
  personId: string;
  kind: string;
  status: Verdict['status'];
  classes: { key: RecordClass; label: string }[];
  rule: { id: string; label: string; expiresOn: string | null } | null;
  until: string | null;
  explanation: string;
  holds: { id: string; reference: string }[];
  /** For records due for deletion or held back: what would go. */
  records: RecordCount[] | null;
  total: number | null;
};

export type HoldView = {
  id: string;
  scope: 'all' | 'person';
  personId: string | null;
  reference: string;
  reason: string;
  placedBy: string;
  placedAt: Date;
  liftedBy: string | null;
  liftedAt: Date | null;
  liftReason: string | null;
  active: boolean;
  version: number;
};

export type RetentionReport = {
  asOf: string;
  rules: RetentionRule[];
  holds: HoldView[];
  toDelete: ReportEntry[];
  held: ReportEntry[];
  kept: ReportEntry[];
  counts: { people: number; toDelete: number; held: number; kept: number; records: number };
};

export type ApplyResult = {
  asOf: string;
  deleted: { personId: string; rule: string; records: number }[];
  /** Due in the dry run but not deleted at the moment of deletion (a hold placed meanwhile, new activity...). */
  skipped: { personId: string; reason: string }[];
  held: number;
  failed: string[];
  records: number;
};

const asHold = (h: HoldRow): Hold => ({ id: h.id, scope: h.scope === 'all' ? 'all' : 'person', personId: h.personId, reference: h.reference });

export function toFacts(r: FactsRow) {
  return {
    personId: r.personId,
    kind: r.kind,
    dateOfBirth: r.dateOfBirth,
    dobEstimated: r.dobEstimated,
    lookedAfter: r.lookedAfter,
    hasSexualHealth: r.hasSexualHealth,
    cases: r.cases,
    openCases: r.openCases,
    lastClosedOn: r.lastClosedAt ? londonDate(r.lastClosedAt) : null,
    lastActivityOn: londonDate(r.lastActivityAt),
  };
}

/** Rows per table in a deletion plan, in the order people read them. */
export function planCounts(plan: DeletionPlan): RecordCount[] {
  const counts: Partial<Record<RecordTable, number>> = { ...Object.fromEntries(Object.entries(plan.ids).map(([t, ids]) => [t, ids.length])) };
  counts.screening_answer = plan.screeningAnswers;
  return RECORD_TABLE_KEYS.flatMap((t) => (counts[t] ? [{ table: t, label: RECORD_TABLES[t], count: counts[t] }] : []));
}

function entry(v: Verdict, kind: string, records: RecordCount[] | null): ReportEntry {
  return {
    personId: v.personId,
    kind,
    status: v.status,
    classes: v.classes.map((key) => ({ key, label: RECORD_CLASSES[key] })),
    rule: v.binding ? { id: v.binding.rule.id, label: v.binding.rule.label, expiresOn: v.binding.expiresOn } : null,
    until: v.until,
    explanation: v.explanation,
    holds: v.holds.map((h) => ({ id: h.id, reference: h.reference })),
    records,
    total: records ? records.reduce((n, r) => n + r.count, 0) : null,
  };
}

// Kept records soonest to expire first; those with no date last.
const byUntil = (a: ReportEntry, b: ReportEntry): number => (a.until ?? '9999').localeCompare(b.until ?? '9999') || a.personId.localeCompare(b.personId);

export function retentionService(store: Store, clock: Clock, rules: readonly RetentionRule[]) {
  async function holdViews(repos: Repositories): Promise<HoldView[]> {
    const holds = await repos.retention.holds();
    const users = await repos.users.list();
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return holds.map((h) => ({
      id: h.id,
      scope: h.scope === 'all' ? 'all' : 'person',
      personId: h.personId,
      reference: h.reference,
      reason: h.reason,
      placedBy: names.get(h.placedBy) ?? 'System',
      placedAt: h.placedAt,
      liftedBy: h.liftedBy ? (names.get(h.liftedBy) ?? 'System') : null,
      liftedAt: h.liftedAt,
      liftReason: h.liftReason,
      active: h.liftedAt === null,
      version: h.version,
    }));
  }

  async function verdicts(repos: Repositories, today: string): Promise<{ verdict: Verdict; kind: string }[]> {
    const facts = await repos.retention.facts();
    const holds = await repos.retention.activeHolds();
    const active = holds.map(asHold);
    return facts.map((f) => ({ verdict: evaluate(toFacts(f), rules, active, today), kind: f.kind }));
  }

  async function report(repos: Repositories, today: string): Promise<RetentionReport> {
    const all = await verdicts(repos, today);
    const toDelete: ReportEntry[] = [];
    const held: ReportEntry[] = [];
    const kept: ReportEntry[] = [];
    for (const { verdict, kind } of all) {
      if (verdict.status === 'kept') kept.push(entry(verdict, kind, null));
      else (verdict.status === 'delete' ? toDelete : held).push(entry(verdict, kind, planCounts(await repos.retention.collect(verdict.personId))));
    }
    kept.sort(byUntil);
    const records = toDelete.reduce((n, e) => n + (e.total ?? 0), 0);
    return {
      asOf: today,
      rules: [...rules],
      holds: await holdViews(repos),
      toDelete,
      held,
      kept,
      counts: { people: all.length, toDelete: toDelete.length, held: held.length, kept: kept.length, records },
    };
  }

  // Cross-referral alerts follow the links that remain (core/network/alerts.ts): fewer cases, or no alert at all.
  async function refreshAlerts(repos: Repositories, entityIds: string[]): Promise<{ updated: string[]; removed: string[] }> {
    const updated: string[] = [];
    const removed: string[] = [];
    for (const id of entityIds) {
      const alert = await repos.network.alertForEntity(id);
      const e = alert ? await repos.network.entity(id) : undefined;
      if (!alert || !e) continue;
      const merged = (await repos.network.mergedInto([id])).map((m) => m.id);
      const links = await repos.network.linksTouching([id, ...merged]);
      const childEntity = e.personId ? (await repos.people.get(e.personId))?.kind === 'child' : false;
      const v = alertFor(
        e.kind,
        childEntity,
        links.map((l) => ({ personId: l.personId, caseId: l.caseId, agencyId: l.assertingAgency })),
      );
      if (v.raise) {
        await repos.retention.updateAlert(id, v.cases, v.agencies);
        updated.push(alert.id);
      } else removed.push(...(await repos.retention.removeAlert(id)));
    }
    return { updated, removed };
  }

  /** Deletes one person's record if, at this moment and under the schedule lock, it is still due and not held. */
  async function deleteOne(
    ctx: Ctx,
    personId: string,
    now: Date,
    today: string,
  ): Promise<{ deleted: true; rule: string; records: number } | { deleted: false; reason: string }> {
    return store.transaction(async (repos) => {
      await repos.retention.lockSchedule();
      if (!(await repos.retention.lockPerson(personId))) return { deleted: false, reason: 'already gone' };
      const [facts] = await repos.retention.facts([personId]);
      const holds = (await repos.retention.activeHolds()).map(asHold);
      const v = evaluate(toFacts(facts!), rules, holds, today);
      if (v.status !== 'delete' || !v.binding?.expiresOn) return { deleted: false, reason: v.explanation };
      const plan = await repos.retention.collect(personId);
      const gone = await repos.retention.deletePlan(plan);
      const alerts = await refreshAlerts(repos, gone.touched);
      if (alerts.removed.length) {
        gone.ids.network_alert = [...(gone.ids.network_alert ?? []), ...alerts.removed];
        gone.counts.network_alert = gone.ids.network_alert.length;
      }
      const counts = Object.fromEntries(RECORD_TABLE_KEYS.flatMap((t) => (gone.counts[t] ? [[t, gone.counts[t]]] : [])));
      const records = Object.values(counts).reduce((n, c) => n + c, 0);
      // The tombstone: which rows went, under which rule and when, never what they said. No names, no text, and no
      // expiry dates either: a birthday rule's date would give away the date of birth.
      await repos.audit.append(
        auditOf(ctx, now, {
          action: 'retention.delete',
          subjectType: 'person',
          subjectId: personId,
          personId,
          purpose: 'retention schedule',
          detail: {
            rule: { id: v.binding.rule.id, label: v.binding.rule.label },
            deletedOn: today,
            classes: v.classes,
            rules: v.outcomes.map((o) => o.rule.id),
            counts,
            ids: Object.fromEntries(RECORD_TABLE_KEYS.flatMap((t) => (gone.ids[t]?.length ? [[t, gone.ids[t]]] : []))),
            keptSharedEntities: gone.detached,
            alertsUpdated: alerts.updated,
          },
        }),
      );
      return { deleted: true, rule: v.binding.rule.id, records };
    });
  }

  return {
    rules: [...rules],

    /** The dry run: what would be deleted, what a hold keeps, and why everything else is kept. Changes nothing. */
    async report(ctx: Ctx): Promise<RetentionReport> {
      ensureAllowed(ctx, 'retention.read');
      const now = clock();
      return store.transaction(async (repos) => {
        const r = await report(repos, londonDate(now));
        await repos.audit.append(
          auditOf(ctx, now, { action: 'retention.dry_run', subjectType: 'retention', purpose: 'retention schedule', detail: { ...r.counts, asOf: r.asOf } }),
        );
        return r;
      });
    },

    /**
     * Deletes the records due for deletion: all of them, or only those in `personIds` (the ones the administrator was
     * shown). Each person in a transaction of their own, so one failure leaves that person whole and the others done.
     */
    async apply(ctx: Ctx, raw: unknown): Promise<ApplyResult> {
      ensureAllowed(ctx, 'retention.apply');
      const input = parse(ApplyInput, raw);
      const now = clock();
      const today = londonDate(now);
      const all = await verdicts(store.repos, today);
      const wanted = input.personIds ? new Set(input.personIds) : null;
      const due = all.filter(({ verdict }) => verdict.status === 'delete' && (!wanted || wanted.has(verdict.personId)));
      const result: ApplyResult = {
        asOf: today,
        deleted: [],
        skipped: [],
        held: all.filter((x) => x.verdict.status === 'held').length,
        failed: [],
        records: 0,
      };
      for (const { verdict } of due) {
        try {
          const r = await deleteOne(ctx, verdict.personId, now, today);
          if (r.deleted) {
            result.deleted.push({ personId: verdict.personId, rule: r.rule, records: r.records });
            result.records += r.records;
          } else result.skipped.push({ personId: verdict.personId, reason: r.reason });
        } catch {
          // Rolled back: nothing of this person's record changed. The run carries on with the others.
          result.failed.push(verdict.personId);
        }
      }
      await store.transaction(async (repos) => {
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'retention.apply',
            subjectType: 'retention',
            purpose: 'retention schedule',
            detail: {
              asOf: today,
              deleted: result.deleted.length,
              records: result.records,
              skipped: result.skipped.length,
              held: result.held,
              failed: result.failed.length,
            },
          }),
        );
      });
      return result;
    },

    async holds(ctx: Ctx): Promise<HoldView[]> {
      ensureAllowed(ctx, 'retention.read');
      return holdViews(store.repos);
    },

    async hold(ctx: Ctx, id: string): Promise<HoldView> {
      ensureAllowed(ctx, 'retention.read');
      const h = isUuid(id) ? (await holdViews(store.repos)).find((x) => x.id === id) : undefined;
      if (!h) throw new NotFound('There is no legal hold with that reference');
      return h;
    },

    async placeHold(ctx: Ctx, raw: unknown): Promise<HoldView> {
      ensureAllowed(ctx, 'legal_hold.manage');
      const input = parse(PlaceHoldInput, raw);
      const now = clock();
      const id = await store.transaction(async (repos) => {
        // Under the schedule lock: a deletion running now either finishes first or sees this hold.
        await repos.retention.lockSchedule();
        if (input.personId && !(await repos.retention.personExists(input.personId)))
          throw new ValidationError({ personId: 'There is no record with that reference' });
        const h = await repos.retention.insertHold({ ...input, placedBy: ctx.actor.id, placedAt: now });
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'legal_hold.place',
            subjectType: 'legal_hold',
            subjectId: h.id,
            personId: h.personId,
            purpose: 'legal hold',
            detail: { scope: h.scope, reference: h.reference },
          }),
        );
        return h.id;
      });
      return (await holdViews(store.repos)).find((x) => x.id === id)!;
    },

    async liftHold(ctx: Ctx, id: string, raw: unknown): Promise<HoldView> {
      ensureAllowed(ctx, 'legal_hold.manage');
      const input = parse(LiftHoldInput, raw);
      const now = clock();
      await store.transaction(async (repos) => {
        const h = isUuid(id) ? await repos.retention.hold(id) : undefined;
        if (!h) throw new NotFound('There is no legal hold with that reference');
        if (h.liftedAt) throw new ValidationError({ reason: 'This hold has already been lifted' });
        const lifted = await repos.retention.liftHold(id, input.version, ctx.actor.id, now, input.reason);
        if (!lifted) throw new Conflict('Someone else has just changed this hold. Reload the page to see it.', h);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'legal_hold.lift',
            subjectType: 'legal_hold',
            subjectId: h.id,
            personId: h.personId,
            purpose: 'legal hold',
            detail: { scope: h.scope, reference: h.reference },
          }),
        );
      });
      return (await holdViews(store.repos)).find((x) => x.id === id)!;
    },
  };
}

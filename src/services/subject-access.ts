import { ACTION_STATUSES, ACTION_TYPES, MISSING_FROM, ORDER_KINDS, ORDER_STATUSES, POLICE_RISK, RETURN_METHODS, RHI_STATUSES } from '../core/mase/vocab.ts';
import { CONFIDENCES, LINK_TYPES } from '../core/records/entities.ts';
import {
  CASE_MEMBER_ROLES,
  CHRONOLOGY_KINDS,
  CP_PLAN,
  ETHNICITIES,
  EXPLOITATION_TYPES,
  FRASER,
  GENDERS,
  IDENTIFIER_KINDS,
  labelOf,
  LOOKED_AFTER,
  NAME_KINDS,
  PERSON_KINDS,
  REFERRAL_TARGETS,
} from '../core/records/vocab.ts';
import { RISK_LEVELS } from '../core/screening/levels.ts';
import { londonDate } from '../core/records/time.ts';
import type { SubjectRows } from '../db/repositories/retention.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, loadPerson } from './context.ts';

// The subject access report (issue 8; UK GDPR Art. 15, "the right of access"): everything Lantern holds about a person,
// in readable form, and everyone who viewed or changed it, from the audit trail. It is for the people who answer
// subject access requests (core/policy: the auditor, and safeguarding leads whose agency works with the record), who
// must still review it before anything is disclosed: third parties' information and anything likely to cause serious
// harm may be withheld (Data Protection Act 2018, Sch. 2 para. 16 and Sch. 3). Making the report is itself audited.

export type Field = { label: string; value: string };
export type Item = { heading: string; fields: Field[] };
export type Section = { key: string; title: string; items: Item[] };
export type AccessEvent = {
  seq: number;
  at: string;
  who: string;
  agency: string;
  action: string;
  kind: 'viewed' | 'changed';
  purpose: string;
  breakGlass: boolean;
  via: string;
};
export type Viewer = { who: string; agency: string; views: number; changes: number; breakGlass: number; first: string; last: string };
export type SubjectAccessReport = {
  personId: string;
  generatedAt: string;
  generatedBy: { who: string; agency: string };
  sections: Section[];
  access: { events: AccessEvent[]; viewers: Viewer[] };
  counts: Record<string, number>;
};

const stamp = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const when = (d: Date | null | undefined): string => (d ? stamp.format(d) : '');
const on = (iso: string | null | undefined): string => (iso ? day.format(new Date(`${iso}T00:00:00Z`)) : '');
const yes = (b: boolean): string => (b ? 'Yes' : 'No');
const LINK_LABELS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LINK_TYPES).map(([k, v]) => [k, v.label]));

// Only fields with something in them: an empty field says nothing to the person reading.
const fields = (pairs: [string, string | number | null | undefined][]): Field[] =>
  pairs.flatMap(([label, v]) => (v === null || v === undefined || v === '' ? [] : [{ label, value: String(v) }]));

// Audit actions that only read (the rest changed something). Listed by the last part of the action's name.
const READS = /(^|_)(view|read|list|search|form|dashboard|preview|choices|players|audit_view|subject_access|dry_run)$/;
const kindOf = (action: string): 'viewed' | 'changed' => (READS.test(action.split('.').pop() ?? '') ? 'viewed' : 'changed');

export function subjectAccessService(store: Store, clock: Clock) {
  return {
    async report(ctx: Ctx, personId: string): Promise<SubjectAccessReport> {
      const now = clock();
      const { rows, holds, users, agencies } = await store.transaction(async (repos) => {
        const { decision } = await loadPerson(repos, ctx, 'subject_access.report', personId, now);
        const rows = (await repos.retention.subject(personId))!;
        const holds = (await repos.retention.holdsForPerson(personId)).filter((h) => h.scope === 'person');
        const users = await repos.users.list();
        const agencies = await repos.users.agencies();
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'person.subject_access',
            subjectType: 'person',
            subjectId: personId,
            personId,
            purpose: 'subject access request',
            breakGlass: decision.breakGlass,
          }),
        );
        return { rows, holds, users, agencies };
      });
      // The trail is read once the report's own event has joined it (at commit, migrations/0021), so that the report
      // lists its own making, after every event committed before it.
      const log = await store.repos.retention.accessLog(personId);
      const userName = new Map(users.map((u) => [u.id, u.displayName]));
      const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
      const who = (id: string | null | undefined): string => (id ? (userName.get(id) ?? 'System') : '');
      const agency = (id: string | null | undefined): string => (id ? (agencyName.get(id) ?? '') : '');
      const sections = describe(rows, who, agency);
      sections.push({
        key: 'holds',
        title: 'Legal holds on the record',
        items: holds.map((h) => ({
          heading: h.reference,
          fields: fields([
            ['Why the record must be kept', h.reason],
            ['Placed', `${when(h.placedAt)} by ${who(h.placedBy)}`],
            ['Lifted', h.liftedAt ? `${when(h.liftedAt)} by ${who(h.liftedBy)}: ${h.liftReason ?? ''}` : 'No: still in force'],
          ]),
        })),
      });
      const events: AccessEvent[] = log.map((e) => ({
        seq: e.seq,
        at: when(e.at),
        who: e.userId ? who(e.userId) : 'System',
        agency: agency(e.agencyId),
        action: e.action,
        kind: kindOf(e.action),
        purpose: e.purpose,
        breakGlass: e.breakGlass,
        via: e.via,
      }));
      const viewers = new Map<string, Viewer>();
      for (const e of events) {
        const key = `${e.who}\u0000${e.agency}`;
        const v = viewers.get(key) ?? { who: e.who, agency: e.agency, views: 0, changes: 0, breakGlass: 0, first: e.at, last: e.at };
        if (e.kind === 'viewed') v.views++;
        else v.changes++;
        if (e.breakGlass) v.breakGlass++;
        v.last = e.at;
        viewers.set(key, v);
      }
      const me = users.find((u) => u.id === ctx.actor.id);
      return {
        personId,
        generatedAt: when(now),
        generatedBy: { who: me?.displayName ?? 'System', agency: agency(ctx.actor.agencyId) },
        sections,
        access: { events, viewers: [...viewers.values()] },
        counts: { ...Object.fromEntries(sections.map((s) => [s.key, s.items.length])), accessEvents: events.length, viewers: viewers.size },
      };
    },
  };
}

function describe(r: SubjectRows, who: (id: string | null | undefined) => string, agency: (id: string | null | undefined) => string): Section[] {
  const p = r.person;
  const byStaff = (userId: string | null | undefined, agencyId: string | null | undefined) =>
    [who(userId), agency(agencyId)].filter(Boolean).join(', ') || undefined;
  const entities = new Map(r.entities.map((e) => [e.id, e]));
  // The other end of a link: its label, unless it is another person's own record (withheld: it is about them).
  const endLabel = (id: string): string => {
    const e = entities.get(id);
    if (!e) return 'Unknown';
    if (e.personId === p.id) return 'This person';
    return e.personId && e.kind === 'person' ? 'Another person (details withheld)' : e.label;
  };
  const answers = (screeningId: string) =>
    r.answers
      .filter((a) => a.screeningId === screeningId && a.status === 'present')
      .map((a) => `${a.code}${a.when ? ` (${a.when})` : ''}${a.evidence ? `: ${a.evidence}` : ''}`)
      .join('\n');
  const decisions = (screeningId: string) =>
    r.decisions
      .filter((d) => d.screeningId === screeningId)
      .map(
        (d) =>
          `${d.kind === 'refer' ? 'Referred' : 'Not referred'} on ${when(d.decidedAt)} by ${byStaff(d.decidedBy, d.agencyId) ?? ''}${d.reason ? `: ${d.reason}` : ''}`,
      )
      .join('\n');

  const sections: Section[] = [
    {
      key: 'person',
      title: 'About the person',
      items: [
        {
          heading: 'Details',
          fields: fields([
            ['Lantern reference', p.id],
            ['Recorded as', labelOf(PERSON_KINDS, p.kind)],
            ['Date of birth', p.dateOfBirth ? `${on(p.dateOfBirth)}${p.dobEstimated ? ' (estimated)' : ''}` : 'Not recorded'],
            ['Gender', labelOf(GENDERS, p.gender)],
            ['Ethnicity', labelOf(ETHNICITIES, p.ethnicity)],
            ['NHS number', p.nhsNumber],
            ['School', p.school],
            ['Looked after', labelOf(LOOKED_AFTER, p.lookedAfter)],
            ['Child protection plan', labelOf(CP_PLAN, p.cpPlan)],
            ['Record created', `${when(p.createdAt)} by ${byStaff(p.createdBy, p.createdByAgency) ?? 'System'}`],
            ['Last changed', when(p.updatedAt)],
          ]),
        },
      ],
    },
    {
      key: 'names',
      title: 'Names',
      items: r.names.map((n) => ({
        heading: labelOf(NAME_KINDS, n.kind),
        fields: fields([
          ['Given name', n.given],
          ['Family name', n.family],
        ]),
      })),
    },
    {
      key: 'identifiers',
      title: 'References held by agencies',
      items: r.identifiers.map((i) => ({
        heading: labelOf(IDENTIFIER_KINDS, i.kind),
        fields: fields([
          ['Reference', i.value],
          ['Agency', agency(i.agencyId)],
        ]),
      })),
    },
    {
      key: 'addresses',
      title: 'Addresses',
      items: r.addresses.map((a) => ({
        heading: a.line,
        fields: fields([
          ['Postcode', a.postcode],
          ['From', on(a.fromDate)],
          ['To', on(a.toDate)],
          ['Ward', a.wardCode],
        ]),
      })),
    },
    {
      key: 'cases',
      title: 'Cases',
      items: r.cases.map((c) => ({
        heading: `Case opened ${when(c.openedAt)}`,
        fields: fields([
          ['Status', c.status],
          ['Lead agency', agency(c.leadAgencyId)],
          ['Key worker', who(c.keyWorkerId)],
          ['Risk level', c.riskLevel ? labelOf(RISK_LEVELS, c.riskLevel) : null],
          ['Forms of exploitation', c.exploitationTypes.map((t) => labelOf(EXPLOITATION_TYPES, t)).join(', ')],
          ['Summary', c.summary],
          ['Closed', when(c.closedAt)],
          [
            'Case team',
            r.members
              .filter((m) => m.caseId === c.id)
              .map(
                (m) =>
                  `${m.userId ? who(m.userId) : 'Whole agency'} (${agency(m.agencyId)}), ${labelOf(CASE_MEMBER_ROLES, m.role)}${m.removedAt ? `, until ${when(m.removedAt)}` : ''}`,
              )
              .join('\n'),
          ],
          [
            'Tasks',
            r.tasks
              .filter((t) => t.caseId === c.id)
              .map((t) => `${t.title} (${t.status}${t.dueOn ? `, due ${on(t.dueOn)}` : ''})`)
              .join('\n'),
          ],
        ]),
      })),
    },
    {
      key: 'chronology',
      title: 'Chronology',
      items: r.chronology.map((e) => ({
        // A date given without a time is shown alone (its stored instant is a stand-in).
        heading: `${e.occurredDateOnly ? on(londonDate(e.occurredAt)) : when(e.occurredAt)}: ${labelOf(CHRONOLOGY_KINDS, e.kind)}`,
        fields: fields([
          ['Summary', e.summary],
          ['Detail', e.detail],
          ['Recorded by', byStaff(e.authorId, e.agencyId)],
          ['Recorded on', when(e.createdAt)],
        ]),
      })),
    },
    {
      key: 'findings',
      title: 'Wording and indicators found in notes',
      items: r.findings.map((f) => ({
        heading: `${f.kind === 'language' ? 'Wording' : 'Indicator'} found on ${when(f.createdAt)}`,
        fields: fields([
          ['Words', f.text],
          ['Category', f.category],
          ['What was done', f.status],
          ['Reason', f.reason],
        ]),
      })),
    },
    {
      key: 'screenings',
      title: 'Screenings',
      items: r.screenings.map((s) => ({
        heading: `Screening started ${when(s.startedAt)}`,
        fields: fields([
          ['Status', s.status],
          ['Framework version', s.frameworkVersion],
          ['Age at screening', s.ageAtScreening],
          ['Started by', byStaff(s.startedBy, s.agencyId)],
          ['Completed', s.completedAt ? `${when(s.completedAt)} by ${who(s.completedBy)}` : null],
          ['Score', s.score],
          ['Level worked out', s.calculatedLevel ? labelOf(RISK_LEVELS, s.calculatedLevel) : null],
          ['Level in force', s.finalLevel ? labelOf(RISK_LEVELS, s.finalLevel) : null],
          [
            'Change of level',
            s.overrideLevel ? `${labelOf(RISK_LEVELS, s.overrideLevel)} (${s.overrideStatus}) by ${who(s.overrideBy)}: ${s.overrideReason ?? ''}` : null,
          ],
          ['Signs recorded', answers(s.id)],
          ['Decision', decisions(s.id)],
        ]),
      })),
    },
    {
      key: 'consultations',
      title: 'Questions to the safeguarding lead',
      items: r.consultations.map((c) => ({
        heading: `Asked ${when(c.askedAt)}`,
        fields: fields([
          ['Question', c.question],
          ['Asked by', byStaff(c.askedBy, c.agencyId)],
          ['Answer', c.answer],
          ['Answered', c.answeredAt ? `${when(c.answeredAt)} by ${who(c.answeredBy)}` : null],
        ]),
      })),
    },
    {
      key: 'referrals',
      title: 'Referrals',
      items: r.referrals.map((x) => ({
        heading: `${labelOf(REFERRAL_TARGETS, x.target)}, ${when(x.createdAt)}`,
        fields: fields([
          ['Made by', byStaff(x.createdBy, x.agencyId)],
          ['National Referral Mechanism route', x.nrmRoute],
          ['Consent', x.consent],
          ['Child welfare form sent', on(x.childWelfareFormSentOn)],
          ['Outcome', x.outcome ? `${x.outcome} (${when(x.outcomeAt)}, ${who(x.outcomeBy)})` : null],
        ]),
      })),
    },
    {
      key: 'sexualHealth',
      title: 'Sexual health attendances',
      items: r.sexualHealth.map((a) => ({
        heading: `Attended ${on(a.attendedOn)}`,
        fields: fields([
          ['Number of partners', a.partnerCount],
          ['Ages of partners', a.partnerAges],
          ['Sexually transmitted infection', yes(a.sti)],
          ['Pregnancy', yes(a.pregnancy)],
          ['Emergency contraception', yes(a.emergencyContraception)],
          ['Fraser guidelines', labelOf(FRASER, a.fraserCompetent)],
          ['Professional analysis', a.professionalAnalysis],
          ['Recorded by', byStaff(a.recordedBy, a.agencyId)],
        ]),
      })),
    },
    {
      key: 'missing',
      title: 'Missing episodes and return home interviews',
      items: r.episodes.map((m) => {
        const rhi = r.rhis.find((x) => x.episodeId === m.id);
        return {
          heading: `Reported missing ${when(m.reportedAt)}`,
          fields: fields([
            ['Reported by', m.reportedBy],
            ['Missing from', `${labelOf(MISSING_FROM, m.missingFrom)}${m.missingFromDetail ? `: ${m.missingFromDetail}` : ''}`],
            ['Police risk assessment', labelOf(POLICE_RISK, m.policeRisk)],
            ['Police reference', m.policeRef],
            ['Returned', when(m.returnedAt)],
            ['How they returned', m.returnMethod ? `${labelOf(RETURN_METHODS, m.returnMethod)}${m.returnDetail ? `: ${m.returnDetail}` : ''}` : null],
            ['Found at', m.foundAtDetail],
            ['Found with', m.foundWithDetail],
            ['Recorded by', byStaff(m.recordedBy, m.agencyId)],
            [
              'Return home interview',
              rhi ? `${labelOf(RHI_STATUSES, rhi.status)}, due ${when(rhi.dueAt)}${rhi.assignedTo ? `, with ${who(rhi.assignedTo)}` : ''}` : null,
            ],
            ['What the interview found', rhi?.findings],
            ['Why not held', rhi?.reason],
          ]),
        };
      }),
    },
    {
      key: 'orders',
      title: 'Orders and notices',
      items: r.orders.map((o) => ({
        heading: `${labelOf(ORDER_KINDS, o.kind)}${o.startsOn ? `, ${on(o.startsOn)}` : ''}`,
        fields: fields([
          ['About', o.childPersonId === r.person.id ? 'This person, as the child it protects' : 'This person, as the person it was served on'],
          ['Status', labelOf(ORDER_STATUSES, o.status)],
          ['Reference', o.reference],
          ['Officer or applicant', o.officer],
          ['Review date', on(o.reviewOn)],
          ['Expires', on(o.expiresOn)],
          ['Outcome', o.outcome],
          ['Notes', o.notes],
          ['Recorded by', byStaff(o.createdBy, o.agencyId)],
          [
            'Breaches',
            r.breaches
              .filter((b) => b.orderId === o.id)
              .map((b) => `${when(b.occurredAt)}: ${b.detail}`)
              .join('\n'),
          ],
        ]),
      })),
    },
    {
      key: 'network',
      title: 'People, places and things linked to the person',
      items: r.links.map((l) => ({
        heading: `${endLabel(l.fromEntity)} ${labelOf(LINK_LABELS, l.type)} ${endLabel(l.toEntity)}`,
        fields: fields([
          ['Recorded in', l.personId === r.person.id ? 'This person’s record' : 'Another record'],
          ['How sure', labelOf(CONFIDENCES, l.confidence)],
          ['Recorded', `${when(l.createdAt)} by ${byStaff(l.createdBy, l.assertingAgency) ?? ''}`],
          ['Note', l.personId === r.person.id ? l.note : ''],
          ['Withdrawn', l.retractedAt ? `${when(l.retractedAt)}${l.personId === r.person.id && l.retractReason ? `: ${l.retractReason}` : ''}` : null],
        ]),
      })),
    },
    {
      key: 'panel',
      title: 'Multi-agency (MASE) panel',
      items: [
        ...r.agenda.map((a) => ({
          heading: `Discussed at ${a.meetingTitle}, ${on(a.heldOn)}`,
          fields: fields([
            ['Agenda item', a.item.title],
            ['Why it was on the agenda', a.item.reason],
            ['Discussion', a.item.summary],
            ['Decisions', a.item.decisions],
          ]),
        })),
        ...r.actions.map((a) => ({
          heading: `Action: ${labelOf(ACTION_TYPES, a.type)}`,
          fields: fields([
            ['What', a.description],
            ['Due', on(a.dueOn)],
            ['Status', labelOf(ACTION_STATUSES, a.status)],
            ['Outcome', a.outcome],
            ['Agency responsible', agency(a.ownerAgency)],
          ]),
        })),
      ],
    },
    {
      key: 'breakGlass',
      title: 'Emergency (break-glass) access to the record',
      items: r.breakGlass.map((b) => ({
        heading: `Break-glass by ${who(b.userId)}, ${when(b.grantedAt)}`,
        fields: fields([
          ['Agency', agency(b.agencyId)],
          ['Reason given', b.reason],
          ['Access ended', when(b.expiresAt)],
          [
            'Reviewed by the safeguarding lead',
            b.reviewedAt ? `${when(b.reviewedAt)} by ${who(b.reviewedBy)}${b.reviewNote ? `: ${b.reviewNote}` : ''}` : 'Not yet',
          ],
        ]),
      })),
    },
  ];
  return sections;
}

import { z } from 'zod';
import { Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import { can } from '../core/policy/index.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, loadPerson, personSubject } from './context.ts';
import { optionalText, optionalUuid, parse, uuid } from './inputs/fields.ts';

export const OpenCaseInput = z.object({
  leadAgencyId: uuid('the lead agency'),
  keyWorkerId: uuid('a key worker'),
  summary: optionalText('a summary', 1000),
  memberAgencyIds: z.array(z.uuid()).max(20).default([]),
  memberUserIds: z.array(z.uuid()).max(50).default([]),
});

export const AddMemberInput = z
  .object({
    userId: optionalUuid(),
    agencyId: optionalUuid(),
  })
  .refine((m) => m.userId || m.agencyId, { error: 'Select a person or an agency to add', path: ['userId'] });

export function casesService(store: Store, clock: Clock) {
  return {
    async open(ctx: Ctx, personId: string, raw: unknown): Promise<{ id: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person } = await loadPerson(repos, ctx, 'case.open', personId, now);
        const input = parse(OpenCaseInput, raw);
        if (person.kind !== 'child') throw new ValidationError({ leadAgencyId: 'Cases are opened for children and young people' });
        const agency = await repos.users.agencyById(input.leadAgencyId);
        const keyWorker = await repos.users.byId(input.keyWorkerId);
        if (!agency) throw new ValidationError({ leadAgencyId: 'Select the lead agency' });
        if (!keyWorker || !keyWorker.active || !['practitioner', 'safeguarding_lead', 'mase_coordinator'].includes(keyWorker.role))
          throw new ValidationError({ keyWorkerId: 'Select a key worker who is a practitioner' });
        if (keyWorker.agencyId !== agency.id) throw new ValidationError({ keyWorkerId: 'The key worker must work for the lead agency' });
        // One open case per child per lead agency (DATA-MODEL.md).
        if (await repos.cases.openForPersonAndAgency(personId, agency.id))
          throw new ValidationError({ leadAgencyId: 'This agency already leads an open case for this child' });
        const members: { userId: string | null; agencyId: string; role: string; addedAt: Date }[] = [
          { userId: keyWorker.id, agencyId: agency.id, role: 'key_worker', addedAt: now },
        ];
        for (const userId of input.memberUserIds) {
          const u = await repos.users.byId(userId);
          if (!u || !u.active) throw new ValidationError({ memberUserIds: 'Select people who have active accounts' });
          if (u.id !== keyWorker.id) members.push({ userId: u.id, agencyId: u.agencyId, role: 'team_member', addedAt: now });
        }
        for (const agencyId of input.memberAgencyIds) {
          if (!(await repos.users.agencyById(agencyId))) throw new ValidationError({ memberAgencyIds: 'Select agencies from the list' });
          members.push({ userId: null, agencyId, role: 'agency', addedAt: now });
        }
        const c = await repos.cases.open(
          { personId, leadAgencyId: agency.id, keyWorkerId: keyWorker.id, summary: input.summary ?? '', openedAt: now, lastActivityAt: now },
          members,
        );
        await repos.audit.append(
          auditOf(ctx, now, { action: 'case.open', subjectType: 'case', subjectId: c.id, personId, detail: { members: members.length } }),
        );
        return { id: c.id };
      });
    },

    async addMember(ctx: Ctx, caseId: string, raw: unknown): Promise<void> {
      const now = clock();
      await store.transaction(async (repos) => {
        const c = isUuid(caseId) ? await repos.cases.byId(caseId) : undefined;
        if (!c) throw new NotFound('There is no case with that reference');
        const person = await repos.people.get(c.personId);
        if (!person) throw new NotFound('There is no record with that reference');
        const subject = await personSubject(repos, ctx, person, now);
        const team = subject.cases.find((t) => t.caseId === c.id);
        if (!team) throw new ValidationError({ userId: 'This case is closed' });
        const d = can(ctx.actor, 'case.manage_team', { kind: 'case', person: subject, team });
        if (!d.allowed) throw new Forbidden(d.reason);
        const input = parse(AddMemberInput, raw);
        let member: { userId: string | null; agencyId: string; role: string };
        if (input.userId) {
          const u = await repos.users.byId(input.userId);
          if (!u || !u.active) throw new ValidationError({ userId: 'Select a person with an active account' });
          if (team.members.some((m) => m.userId === u.id)) throw new ValidationError({ userId: 'That person is already on the case team' });
          member = { userId: u.id, agencyId: u.agencyId, role: 'team_member' };
        } else {
          const a = await repos.users.agencyById(input.agencyId!);
          if (!a) throw new ValidationError({ agencyId: 'Select an agency from the list' });
          if (team.members.some((m) => m.userId === null && m.agencyId === a.id))
            throw new ValidationError({ agencyId: 'That agency is already on the case team' });
          member = { userId: null, agencyId: a.id, role: 'agency' };
        }
        await repos.cases.addMember({ caseId, ...member, addedAt: now });
        await repos.cases.touch(caseId, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'case.member_added',
            subjectType: 'case',
            subjectId: caseId,
            personId: c.personId,
            detail: { memberKind: member.userId ? 'user' : 'agency' },
          }),
        );
      });
    },

    async forPerson(ctx: Ctx, personId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        await loadPerson(repos, ctx, 'person.read', personId, now);
        const cases = await repos.cases.forPerson(personId);
        const members = await repos.cases.members(cases.map((c) => c.id));
        const tasks = await repos.cases.openTasks(cases.map((c) => c.id));
        return cases.map((c) => ({ ...c, members: members.filter((m) => m.caseId === c.id), tasks: tasks.filter((t) => t.caseId === c.id) }));
      });
    },

    async personOf(ctx: Ctx, caseId: string): Promise<string> {
      const now = clock();
      return store.transaction(async (repos) => {
        const c = isUuid(caseId) ? await repos.cases.byId(caseId) : undefined;
        if (!c) throw new NotFound('There is no case with that reference');
        await loadPerson(repos, ctx, 'person.read', c.personId, now);
        return c.personId;
      });
    },

    // "My cases": children on whose cases the user works, with latest risk level, last activity and open tasks.
    async myCases(ctx: Ctx) {
      ensureAllowed(ctx, 'my_cases.read');
      const rows = await store.repos.cases.myCases(ctx.actor.id, ctx.actor.agencyId);
      const names = await store.repos.people.legalNames(rows.map((r) => r.person_id));
      return rows.map((r) => {
        const n = names.get(r.person_id);
        return {
          caseId: r.id,
          personId: r.person_id,
          name: n ? `${n.given} ${n.family}`.trim() : '(no name)',
          riskLevel: r.risk_level,
          lastActivityAt: new Date(r.last_activity_at),
          openTasks: r.open_tasks,
        };
      });
    },
  };
}

import type { ChronologyKind } from '../core/records/vocab.ts';
import { addDays, isoDate } from './dates.ts';
import type { Rng } from './prng.ts';
import type { DemoCase, DemoChronologyEntry, DemoTask } from './types.ts';

const TASK_TITLES: readonly string[] = [
  'Review chronology with MASH',
  'Arrange strategy discussion',
  'Refer to MASE panel',
  'Complete NRM referral',
  'Update safety plan with the child',
  'Ask police to consider a CAWN',
  'Share information with the school DSL',
  'Repeat exploitation screening',
  'Discuss case with safeguarding lead',
  'Arrange meeting with trusted adult',
  'Map peer group and locations',
  "Record the child's wishes and feelings",
];

// A return home interview is offered within 72 hours of a child's return (statutory guidance on children
// who run away or go missing from home or care, DfE 2014).
const RHI_DAYS = 3;

// Tasks that only make sense after a certain kind of event.
const AFTER_EVENT: Readonly<Partial<Record<ChronologyKind, string>>> = {
  missing_episode: 'Follow up missing episode with carer',
  sexual_health_attendance: 'Book sexual health follow-up',
};

const LOOKED_AFTER_TASKS: readonly string[] = ['Check placement stability', 'Review care plan with independent reviewing officer'];

export function buildTasks(
  rng: Rng,
  now: Date,
  kase: DemoCase,
  lookedAfter: boolean,
  chronology: readonly DemoChronologyEntry[],
  nextId: () => string,
): DemoTask[] {
  const assignees = kase.members.flatMap((m) => (m.userId ? [m.userId] : []));
  const tasks: DemoTask[] = [];
  const lastMissing = [...chronology].reverse().find((e) => e.kind === 'missing_episode');
  if (lastMissing && new Date(lastMissing.occurredAt) > addDays(now, -14)) {
    tasks.push({
      id: nextId(),
      caseId: kase.id,
      kind: 'general',
      title: 'Complete return home interview',
      dueOn: isoDate(addDays(new Date(lastMissing.occurredAt), RHI_DAYS)),
      assignedToUserId: kase.keyWorkerId,
    });
  }
  const titles = [
    ...TASK_TITLES,
    ...(lookedAfter ? LOOKED_AFTER_TASKS : []),
    ...[...new Set(chronology.map((e) => e.kind))].flatMap((k) => AFTER_EVENT[k] ?? []),
  ];
  for (const title of rng.sample(titles, rng.int(1, 3))) {
    tasks.push({
      id: nextId(),
      caseId: kase.id,
      kind: 'general',
      title,
      dueOn: isoDate(addDays(now, rng.int(-10, 28))), // some are overdue
      assignedToUserId: rng.chance(0.6) ? kase.keyWorkerId : rng.pick(assignees),
    });
  }
  return tasks;
}

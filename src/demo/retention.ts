import { addDays, isoDate } from './dates.ts';

// Retention in the demo (issue 8): a few old, closed records so that the retention dry run has something to show: two
// adults of concern long inactive (one of them under a legal hold), a young adult whose child protection record passed
// the 25th birthday, and a care leaver kept to the 75th birthday. Dates follow `now`, so the demo keeps working as
// years pass. Pure and synthetic: every name is invented.

export type DemoRetentionPerson = {
  key: string;
  kind: 'child' | 'adult';
  dateOfBirth: string;
  gender: 'female' | 'male';
  lookedAfter: 'no' | 'care_leaver' | 'not_known';
  given: string;
  family: string;
  createdAt: string;
  /** A closed case with a few notes, for a child or young person. */
  kase: { openedAt: string; closedAt: string; notes: { occurredAt: string; summary: string; detail: string }[] } | null;
};

export type DemoRetention = {
  people: DemoRetentionPerson[];
  hold: { personKey: string; reference: string; reason: string; placedAt: string };
};

const YEAR = 365.25;
const yearsBefore = (now: Date, years: number, days = 0): Date => addDays(now, -Math.round(years * YEAR) + days);

export function buildRetentionDemo(now: Date): DemoRetention {
  const at = (years: number, days = 0) => yearsBefore(now, years, days).toISOString();
  const people: DemoRetentionPerson[] = [
    {
      key: 'retention-adult-inactive',
      kind: 'adult',
      dateOfBirth: isoDate(yearsBefore(now, 52, 40)),
      gender: 'male',
      lookedAfter: 'not_known',
      given: 'Gareth',
      family: 'Pellowfield',
      createdAt: at(10),
      kase: null,
    },
    {
      key: 'retention-adult-held',
      kind: 'adult',
      dateOfBirth: isoDate(yearsBefore(now, 47, 110)),
      gender: 'male',
      lookedAfter: 'not_known',
      given: 'Royston',
      family: 'Tregowan',
      createdAt: at(9),
      kase: null,
    },
    {
      key: 'retention-young-adult',
      kind: 'child',
      dateOfBirth: isoDate(yearsBefore(now, 27, 75)),
      gender: 'female',
      lookedAfter: 'no',
      given: 'Kerensa',
      family: 'Polglaze',
      createdAt: at(13),
      kase: {
        openedAt: at(13),
        closedAt: at(11),
        notes: [
          { occurredAt: at(13, 10), summary: 'School raised a concern', detail: 'Missed lessons after lunch; seen getting into a car outside the gates.' },
          { occurredAt: at(11, -20), summary: 'Case closed', detail: 'Worries addressed with her and her family; support from the school nurse continues.' },
        ],
      },
    },
    {
      key: 'retention-care-leaver',
      kind: 'child',
      dateOfBirth: isoDate(yearsBefore(now, 26, 200)),
      gender: 'male',
      lookedAfter: 'care_leaver',
      given: 'Jago',
      family: 'Trevanion',
      createdAt: at(12),
      kase: {
        openedAt: at(12),
        closedAt: at(9),
        notes: [{ occurredAt: at(12, 30), summary: 'Placement review', detail: 'Settled in his placement; personal adviser arranged for leaving care.' }],
      },
    },
  ];
  return {
    people,
    hold: {
      personKey: 'retention-adult-held',
      reference: 'Public inquiry: hold on destruction of records',
      reason: 'A public inquiry has instructed partners not to destroy any record about this adult while it gathers evidence (synthetic demo).',
      placedAt: at(1),
    },
  };
}

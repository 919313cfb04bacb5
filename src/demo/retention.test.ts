import { describe, expect, it } from 'vitest';
import { londonDate } from '../core/records/time.ts';
import { DEFAULT_RULES, evaluate } from '../core/retention/index.ts';
import { buildRetentionDemo } from './retention.ts';

// The demo's retention story holds whenever the demo is loaded: two records due (one of them held back by the
// public-inquiry hold) and a care leaver kept to the 75th birthday.
describe('the demo retention records', () => {
  it.each(['2026-11-28T12:00:00Z', '2028-02-29T12:00:00Z', '2035-07-01T12:00:00Z'])('on %s', (at) => {
    const now = new Date(at);
    const demo = buildRetentionDemo(now);
    const hold = { id: 'h', scope: 'person' as const, personId: demo.hold.personKey, reference: demo.hold.reference };
    const status = Object.fromEntries(
      demo.people.map((p) => {
        const last = p.kase ? p.kase.closedAt : p.createdAt;
        const v = evaluate(
          {
            personId: p.key,
            kind: p.kind,
            dateOfBirth: p.dateOfBirth,
            dobEstimated: false,
            lookedAfter: p.lookedAfter,
            hasSexualHealth: false,
            cases: p.kase ? 1 : 0,
            openCases: 0,
            lastClosedOn: p.kase ? londonDate(new Date(p.kase.closedAt)) : null,
            lastActivityOn: londonDate(new Date(last)),
          },
          DEFAULT_RULES,
          [hold],
          londonDate(now),
        );
        return [p.key, v.status];
      }),
    );
    expect(status).toEqual({
      'retention-adult-inactive': 'delete',
      'retention-adult-held': 'held',
      'retention-young-adult': 'delete',
      'retention-care-leaver': 'kept',
    });
    expect(demo.hold.reference).toBe('Public inquiry: hold on destruction of records');
  });
});

import { describe, expect, it } from 'vitest';
import { breachPrompt, checkFollowUpDecision, checkOrder, checkStatusChange, dueForReview, type OrderFacts, reviewState } from './orders.ts';

const TODAY = '2026-11-28';
const adult = { entityKind: 'person', personKind: 'adult', personId: 'adult-1' };
const place = { entityKind: 'location', personKind: null, personId: null };
// Turns 16 on 2026-05-04, 18 on 2028-05-04.
const child = (over: Partial<OrderFacts['child'] & object> = {}) => ({
  personId: 'child-1',
  personKind: 'child',
  dateOfBirth: '2010-05-04',
  lookedAfter: 'no',
  ...over,
});

const cawn = (over: Partial<OrderFacts> = {}): OrderFacts => ({
  kind: 'cawn',
  status: 'in_force',
  subject: adult,
  child: child({ dateOfBirth: '2012-05-04' }),
  basis: 'under_16_at_home',
  startsOn: '2026-11-01',
  reviewOn: '2027-02-01',
  expiresOn: null,
  ...over,
});

describe('checkOrder: CAWN basis on the date served (SOURCES.md 2e)', () => {
  it('accepts a child under 16 at home', () => {
    expect(checkOrder(cawn(), TODAY)).toEqual({});
  });

  it.each([
    ['the day before the 16th birthday', '2026-05-03', {}],
    ['on the 16th birthday', '2026-05-04', { basis: expect.stringMatching(/was 16 .*under 16 only/) as unknown }],
  ])('under 16 at home: %s', (_, startsOn, expected) => {
    expect(checkOrder(cawn({ child: child(), startsOn, reviewOn: null }), TODAY)).toEqual(expected);
  });

  it('points a 16-year-old in care under a care order at the in-care basis', () => {
    expect(checkOrder(cawn({ child: child({ lookedAfter: 's31' }) }), TODAY).basis).toMatch(/choose “child under 18 in care”/);
  });

  it.each([
    ['s31', {}],
    ['s20', { basis: expect.stringMatching(/s\.20, not in care under a care order/) as unknown }],
    ['no', { basis: expect.stringMatching(/does not say they are in care/) as unknown }],
    ['not_known', { basis: expect.stringMatching(/does not say they are in care/) as unknown }],
    ['care_leaver', { basis: expect.stringMatching(/does not say they are in care/) as unknown }],
  ])('under 18 in care, looked after %s', (lookedAfter, expected) => {
    expect(checkOrder(cawn({ child: child({ lookedAfter }), basis: 'under_18_in_care' }), TODAY)).toEqual(expected);
  });

  it('refuses the in-care basis once the young person is 18', () => {
    const errors = checkOrder(cawn({ child: child({ lookedAfter: 's31' }), basis: 'under_18_in_care', startsOn: '2028-05-04', reviewOn: null }), '2028-06-01');
    expect(errors.basis).toMatch(/was 18 .*under 18 only/);
  });

  it('checks the age today for a CAWN not yet served', () => {
    expect(checkOrder(cawn({ status: 'considering', startsOn: null, reviewOn: null, child: child() }), TODAY).basis).toMatch(/was 16/);
  });

  it('needs a basis, a child and the child’s date of birth', () => {
    expect(checkOrder(cawn({ basis: null }), TODAY)).toEqual({ basis: 'Select the basis for the CAWN' });
    expect(checkOrder(cawn({ child: null }), TODAY)).toEqual({ childPersonId: 'Choose the child' });
    expect(checkOrder(cawn({ child: child({ dateOfBirth: null }) }), TODAY).childPersonId).toMatch(/date of birth is not recorded/);
  });

  it('needs the child to be a child', () => {
    expect(checkOrder(cawn({ child: child({ personKind: 'adult' }) }), TODAY).childPersonId).toMatch(/not an adult/);
  });
});

describe('checkOrder: what each kind is served on (ORDER_SUBJECT)', () => {
  it.each([
    ['sro', adult, {}],
    ['sro', place, { subjectEntityId: expect.stringMatching(/Choose the adult/) as unknown }],
    ['shpo', { ...adult, personKind: 'child' }, { subjectEntityId: expect.stringMatching(/not on a child/) as unknown }],
    ['asb_injunction', adult, {}],
    ['licensing_review', place, {}],
    ['closure_order', adult, { subjectEntityId: expect.stringMatching(/about premises/) as unknown }],
  ] as const)('%s on %o', (kind, subject, expected) => {
    expect(checkOrder({ kind, status: 'applied', subject, child: null, basis: null, startsOn: null, reviewOn: null, expiresOn: null }, TODAY)).toEqual(
      expected,
    );
  });

  it('makes a secure accommodation application about the child it names', () => {
    const facts = (personId: string): OrderFacts => ({
      kind: 'secure_accommodation',
      status: 'applied',
      subject: { entityKind: 'person', personKind: 'child', personId },
      child: child(),
      basis: null,
      startsOn: '2026-11-20',
      reviewOn: null,
      expiresOn: null,
    });
    expect(checkOrder(facts('child-1'), TODAY)).toEqual({});
    expect(checkOrder(facts('child-2'), TODAY).subjectEntityId).toMatch(/the child it names/);
    expect(checkOrder({ ...facts('child-1'), subject: adult }, TODAY).subjectEntityId).toMatch(/choose the child/);
  });

  it('keeps a basis for CAWNs only', () => {
    expect(checkOrder({ ...cawn(), kind: 'sro', child: null }, TODAY)).toEqual({ basis: 'A basis is recorded for a CAWN only' });
  });
});

describe('checkOrder: dates', () => {
  it.each([
    [{ reviewOn: '2026-11-01' }, 'reviewOn', /review date must be after/],
    [{ reviewOn: '2026-10-01' }, 'reviewOn', /review date must be after/],
    [{ expiresOn: '2026-11-01' }, 'expiresOn', /expiry date must be after/],
    [{ startsOn: '2026-12-01', reviewOn: null }, 'startsOn', /today or in the past/],
    [{ startsOn: null, reviewOn: null }, 'startsOn', /Enter the date it was served/],
  ] as const)('%o', (over, field, message) => {
    expect(checkOrder(cawn(over), TODAY)[field]).toMatch(message);
  });

  it('lets an application record a hearing date ahead', () => {
    expect(checkOrder(cawn({ status: 'applied', startsOn: '2026-12-10', reviewOn: null, child: child({ dateOfBirth: '2012-05-04' }) }), TODAY)).toEqual({});
  });
});

describe('status changes and breaches', () => {
  it.each([
    ['concluded', '', { outcome: 'Enter the outcome' }],
    ['refused', ' ', { outcome: 'Enter the outcome' }],
    ['discharged', 'Withdrawn by the applicant', {}],
    ['in_force', '', {}],
    ['expired', '', {}],
  ] as const)('%s with outcome %j', (status, outcome, expected) => {
    expect(checkStatusChange(status, outcome)).toEqual(expected);
  });

  it('prompts a Sexual Risk Order application after a CAWN breach only', () => {
    expect(breachPrompt('cawn')).toEqual({ followUp: 'to_consider', prompt: 'Breach: consider a Sexual Risk Order application' });
    expect(breachPrompt('sro')).toEqual({ followUp: 'not_applicable', prompt: null });
    expect(breachPrompt('licensing_review').prompt).toBeNull();
  });

  it('needs a reason for not applying', () => {
    expect(checkFollowUpDecision('not_applied', '')).toEqual({ reason: 'Enter why no application is being made' });
    expect(checkFollowUpDecision('not_applied', 'No further contact since the notice')).toEqual({});
    expect(checkFollowUpDecision('application_made', '')).toEqual({});
  });
});

describe('due for review', () => {
  it.each([
    ['in_force', '2026-11-27', 'overdue'],
    ['in_force', '2026-11-28', 'due'],
    ['applied', '2026-12-12', 'due'],
    ['considering', '2026-12-13', null],
    ['in_force', null, null],
    ['concluded', '2026-11-01', null],
    ['expired', '2026-11-01', null],
  ] as const)('%s, review on %s', (status, reviewOn, expected) => {
    expect(reviewState({ status, reviewOn }, TODAY, 14)).toBe(expected);
  });

  it('lists the most overdue first', () => {
    const orders = [
      { id: 'a', status: 'in_force', reviewOn: '2026-12-01' },
      { id: 'b', status: 'in_force', reviewOn: '2026-10-01' },
      { id: 'c', status: 'in_force', reviewOn: '2027-06-01' },
      { id: 'd', status: 'refused', reviewOn: '2026-09-01' },
    ];
    expect(dueForReview(orders, TODAY, 14).map((o) => o.id)).toEqual(['b', 'a']);
  });
});

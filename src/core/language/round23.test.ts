import { describe, expect, it } from 'vitest';
import { languageIds } from '../../../test/fixtures/text-checks.ts';

// Round 23: each family of wording with its positives, and ordinary sentences that share its words (an adult's own
// choice or act, a job's ordinary words, criticism of a record's wording) that must get no finding of it. The
// reference checker must agree with the fast path on every sentence (languageIds checks it).
const found = (text: string, id: string): void => {
  expect(languageIds(text)).toContain(id);
};
const notFound = (text: string, id: string): void => {
  expect(languageIds(text)).not.toContain(id);
};
const none = (text: string): void => {
  expect(languageIds(text)).toEqual([]);
};

describe('round 23: an adult’s own choice or act, and ordinary roles', () => {
  it.each([
    ['Jade, 15, chose to go with the men to the flat.', 'chose_to'],
    ['Aged 15, she was working as an escort from a flat in Cardiff.', 'escort_label'],
    ['Police log: the 13-year-old was drunk and disorderly outside the Spar and was taken home.', 'drunk_and_disorderly'],
    ['Lexi was arrested as drunk and disorderly after the men left her in the park.', 'drunk_and_disorderly'],
    ['She let men use her for money.', 'allowed_it'],
    ['Kayla has been messaging older men on Snapchat.', 'contacting_adults'],
    ['Tommy says his line manager gives him the phone every morning at 7; the man is in his twenties.', 'adult_labels_round13'],
    ['Kacey, 14, is staying with her boyfriend, 20, at his flat.', 'boyfriend_adult'],
  ])('%s -> %s', found);

  it.each([
    ['Probation: the man’s partner, 29, chose to move in with him after his release; she has no children.', 'chose_to'],
    ['Ambulance: patient’s mum, 38, says she chose to drink tonight and has arranged for her sister to look after the children.', 'chose_to'],
    ['School transport: the escort kept a note of the van’s registration and the time Kian got off, and gave it to the DSL.', 'escort_label'],
    ['Kian was met by two men in a van; escort reported it to the DSL the same afternoon.', 'escort_label'],
    ['Railway staff report: a man in his forties was drunk and disorderly on the platform and was removed by BTP.', 'drunk_and_disorderly'],
    ['Housing officer: the tenancy is under review because the tenant let men use it to abuse children.', 'allowed_it'],
    ['Callum’s mum found messages from adults asking for pictures and reported them to CEOP the same evening.', 'contacting_adults'],
    ['Apprenticeship: Chloe’s line manager changed her shift so that she finishes before dark in winter.', 'adult_labels_round13'],
    ['Hotel licensee: the 19-year-old bar worker and her partner, 20, booked a room for her birthday.', 'boyfriend_adult'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: a writer who challenges, removes or reframes a record’s wording', () => {
  it.each([
    // The same wording without the criticism keeps its finding.
    ['CIN minutes: Kacey is uncooperative and will not engage with the plan.', 'non_compliant'],
    ['The referral described Shannon as putting herself at risk with the men.', 'putting_self_at_risk'],
    ['Police: Sophie consented to sex with the man, who is 36.', 'consented'],
  ])('%s -> %s', found);

  it.each([
    ['Supervision note: the manager challenged the word "uncooperative" in the CIN minutes, because it makes Kacey sound responsible.'],
    ['The MACE chair asked that the word "runner" be removed from the minutes and replaced with "a child exploited to carry drugs".'],
    ['SW case note: the language in the 2021 referral, which described Shannon as putting herself at risk, was challenged at the MACE.'],
    ['Detective’s note says there is no suggestion that Sophie consented: she was 13 and the man was 36.'],
    ['The crisis note called her self-harm attention-seeking, and the nurse wrote an addendum describing it as a sign of distress.'],
  ])('no finding: %s', none);
});

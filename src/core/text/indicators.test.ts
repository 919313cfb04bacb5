import { describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { INDICATOR_PHRASES } from './indicator-phrases.ts';
import { findIndicators, type IndicatorFinding } from './indicators.ts';

const codes = new Set(CURRENT_FRAMEWORK.indicators.map((i) => i.code));

describe('indicator phrases (data)', () => {
  it('uses only codes that exist in CURRENT_FRAMEWORK', () => {
    const used = INDICATOR_PHRASES.flatMap((e) => (e.otherCode ? [e.code, e.otherCode] : [e.code]));
    expect(used.filter((c) => !codes.has(c))).toEqual([]);
  });

  it('covers at least 50 framework codes, one entry per code', () => {
    const entryCodes = INDICATOR_PHRASES.map((e) => e.code);
    expect(new Set(entryCodes).size).toBe(entryCodes.length);
    expect(entryCodes.length).toBeGreaterThanOrEqual(50);
  });
});

type Expect = { code: string; text?: string } & Partial<Omit<IndicatorFinding, 'code' | 'text'>>;

// Synthetic case-note sentences, written for these tests.
describe('findIndicators on case-note sentences', () => {
  it.each<[string, Expect[]]>([
    ['She was picked up by two older men in a car outside school.', [{ code: 'go_unknown_adults_collect' }]],
    ['Seen getting into an unknown car after school.', [{ code: 'go_unknown_adults_collect' }]],
    ['Her boyfriend is 24 and collects her from the placement.', [{ code: 'go_older_partner', text: 'boyfriend is 24' }]],
    ['She has an older boyfriend she met on Snapchat.', [{ code: 'go_older_partner' }, { code: 'te_meeting_online_contacts' }]],
    ['Hanging around with older males at the takeaway.', [{ code: 'go_older_friends' }]],
    ['Came back with a new phone and new trainers that she cannot explain.', [{ code: 'rg_unexplained_gifts' }]],
    ['She has a second phone and a new SIM card.', [{ code: 'te_several_phones' }, { code: 'te_several_phones' }]],
    ['Found with large amounts of cash.', [{ code: 'rg_unexplained_money' }]],
    ['Diagnosed with chlamydia at the clinic today.', [{ code: 'sh_sti' }]],
    ['She is 14 weeks pregnant.', [{ code: 'sh_pregnancy' }]],
    ['Requested emergency contraception for the third time.', [{ code: 'sh_emergency_contraception' }]],
    ['Reports multiple sexual partners.', [{ code: 'sh_many_partners' }]],
    ['She went missing from care on Friday night.', [{ code: 'am_missing', text: 'went missing from care' }]],
    ['Absconded from the placement again.', [{ code: 'am_missing' }]],
    ['Returned home in the early hours smelling of cannabis.', [{ code: 'am_staying_out_late' }, { code: 'ad_drug_use' }]],
    ['Located in a hotel in Leeds with an adult male.', [{ code: 'am_found_with_adults' }]],
    [
      'She was found in another town with no known links to the area.',
      [
        { code: 'am_found_out_of_area', text: 'found in another town' },
        { code: 'am_found_out_of_area', text: 'no known links to the area' },
      ],
    ],
    [
      'He has been going country and running a line for the olders.',
      [{ code: 'am_found_out_of_area' }, { code: 'go_carrying_drugs' }, { code: 'rg_status_rewards' }],
    ],
    ['Police believe the flat has been cuckooed.', [{ code: 'go_cuckooing' }]],
    [
      'He says he owes money to the olders after being robbed of the package.',
      [{ code: 'rg_debt_bondage' }, { code: 'rg_status_rewards' }, { code: 'rg_debt_bondage' }],
    ],
    ['Drugs concealed internally (plugging).', [{ code: 'go_internal_concealment' }, { code: 'go_internal_concealment' }]],
    ['He was arrested in possession of a knife.', [{ code: 'go_arrests' }, { code: 'go_carrying_weapons_money' }]],
    ['Refused to engage with the worker and declined support.', [{ code: 'da_not_engaging' }, { code: 'da_not_engaging' }]],
    ['Hostile towards police on return.', [{ code: 'da_hostile' }]],
    ['Self-harming by cutting her arms.', [{ code: 'ep_self_harm' }]],
    ['Bruising to her face which she would not explain.', [{ code: 'ep_injuries_assault' }]],
    ['Permanently excluded from school in March.', [{ code: 'am_school_exclusion' }]],
    ['Attendance has dropped to 40% and she is truanting.', [{ code: 'am_school_absence' }, { code: 'am_school_absence' }]],
    ['Chatting to older men on Instagram.', [{ code: 'te_adults_contact_online' }]],
    ['She sent nude images to an adult.', [{ code: 'te_sexual_images' }]],
    ['He threatened to share the pictures unless she sent more.', [{ code: 'te_sextortion' }]],
    ['Taken to parties at a flat where adults give her free alcohol.', [{ code: 'go_taken_to_parties' }, { code: 'ad_substances_given' }]],
    ['Brought to the emergency department heavily intoxicated.', [{ code: 'ad_intoxication_hospital' }, { code: 'ad_intoxication_hospital' }]],
    [
      'Mum drinks heavily and dad uses cocaine.',
      [
        { code: 'fa_parental_substance_misuse', experiencer: 'other' },
        { code: 'fa_parental_substance_misuse', experiencer: 'other' },
      ],
    ],
    ['History of domestic abuse at home.', [{ code: 'fa_domestic_abuse', historical: true }]],
    ['She is a looked after child in a residential placement.', [{ code: 'fa_in_care' }, { code: 'fa_in_care' }]],
    ['Sofa surfing at various addresses.', [{ code: 'fa_unsuitable_accommodation' }]],
    [
      'Her bank account has been used to move money: possible money mule.',
      [{ code: 'rg_bank_account_used' }, { code: 'rg_bank_account_used', hypothetical: true }],
    ],
    ['She withdrew her statement yesterday.', [{ code: 'da_disclosure_withdrawn' }]],
    ['She is very protective of her boyfriend.', [{ code: 'da_protects_abusers' }]],
    ['His passport is held by the man he works for.', [{ code: 'da_documents_held' }]],
    ['Unaccompanied asylum seeking child.', [{ code: 'fa_unaccompanied_migrant' }]],
    // context
    ['No concerns about drugs.', [{ code: 'ad_drug_use', negated: true }]],
    ['She denies going missing.', [{ code: 'am_missing', negated: true }]],
    ['If she goes missing again, call the police.', [{ code: 'am_missing', hypothetical: true }]],
    ['She may be using cannabis.', [{ code: 'ad_drug_use', hypothetical: true }]],
    ['In 2019 she went missing from home.', [{ code: 'am_missing', historical: true }]],
    ['Previously excluded.', [{ code: 'am_school_exclusion', historical: true }]],
    [
      'She denies drugs but was found with cannabis.',
      [
        { code: 'ad_drug_use', negated: true },
        { code: 'ad_drug_use', negated: false },
      ],
    ],
    // hard negatives: nothing to find
    ['She chose a sandwich at lunch.', []],
    ['Seen at home with mum, room tidy, eating well.', []],
    ['Discussed her GCSE options with her tutor.', []],
  ])('%s', (text, expected) => {
    const found = findIndicators(text);
    expect(found).toEqual(
      expected.map((e): unknown =>
        expect.objectContaining({
          negated: false,
          hypothetical: false,
          historical: false,
          experiencer: 'child',
          ...e,
          ...(e.text === undefined ? {} : { text: e.text }),
        }),
      ),
    );
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('maps the category from the framework', () => {
    const [f] = findIndicators('Mum drinks heavily.');
    expect(f).toMatchObject({ code: 'fa_parental_substance_misuse', category: 'familial', experiencer: 'other' });
  });

  it('returns UTF-16 offsets after emoji', () => {
    const text = '😀😀 went missing';
    const [f] = findIndicators(text);
    expect(f).toMatchObject({ start: 5, end: 17, text: 'went missing' });
  });
});

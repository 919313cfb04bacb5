// Open 34: three reading errors left open after session 19. A bare heading ("MARAC minutes:" alone) names the record and
// no event; an object pronoun after a reported subject pronoun of its gender ("Mum says she is scared the men keep
// ringing her") refers back to that subject, read as the child; strangling or choking the child is an assault, and
// mum's partner strangling her is domestic abuse about mum. want: y the child's sign; o at least one finding of the code,
// all about another person; n no finding of the code. Every sentence also runs through the reference implementation.
import { describe, expect, it } from 'vitest';
import { flagRows } from '../../../test/fixtures/text-checks.ts';

type Want = 'y' | 'o' | 'n';
const CASES: readonly [string, string, Want][] = [
  // 1. a heading with nothing after its colon gives nothing; one that tells what happened, or names the harm, keeps it
  ['MARAC minutes:', 'fa_domestic_abuse', 'n'],
  ['MARAC:', 'fa_domestic_abuse', 'n'],
  ['MARAC minutes:\n\nMum says things are calm at home.', 'fa_domestic_abuse', 'n'],
  ["MARAC minutes: Mum's partner hit her", 'fa_domestic_abuse', 'o'],
  ['Referred to MARAC:', 'fa_domestic_abuse', 'y'],
  ['Self-harm referral:', 'ep_self_harm', 'y'],
  // 2. the reported clause's own subject pronoun is who the object refers back to
  ['Mum says she is scared the men keep ringing her.', 'te_worrying_calls', 'y'],
  ['Mum said she was frightened because the men kept ringing her.', 'te_worrying_calls', 'y'],
  ['Dad says he is scared the men keep ringing him.', 'te_worrying_calls', 'y'],
  ['Mum says the men keep ringing her.', 'te_worrying_calls', 'o'],
  ['Mum says he is scared the men keep ringing her.', 'te_worrying_calls', 'o'],
  ['Mum says she thinks the men keep ringing her.', 'te_worrying_calls', 'o'],
  ['Mum says the men keep ringing her and she is scared.', 'te_worrying_calls', 'o'],
  // 3. strangling or choking the child; mum's partner doing it to mum
  ['Her partner strangled her.', 'ep_injuries_assault', 'y'],
  ['Her boyfriend choked her.', 'ep_injuries_assault', 'y'],
  ['Her boyfriend put his hands round her neck.', 'ep_injuries_assault', 'y'],
  ['She disclosed non-fatal strangulation by her boyfriend.', 'ep_injuries_assault', 'y'],
  ['She was strangled by her boyfriend.', 'ep_injuries_assault', 'y'],
  ["Mum's partner strangled her.", 'fa_domestic_abuse', 'o'],
  ["Mum's partner strangled her.", 'ep_injuries_assault', 'n'],
  ["Mum's partner put his hands round her neck.", 'fa_domestic_abuse', 'o'],
  ["Mum's partner put his hands round her neck.", 'ep_injuries_assault', 'n'],
  ['Mum says her ex tried to choke her.', 'fa_domestic_abuse', 'o'],
  ['Mum was strangled by her partner.', 'fa_domestic_abuse', 'o'],
  ['She choked on a sweet at lunch.', 'ep_injuries_assault', 'n'],
  ['The film choked her up.', 'ep_injuries_assault', 'n'],
  ['Blind cords were tied up to reduce the risk of strangulation.', 'ep_injuries_assault', 'n'],
  ['She tried to strangle herself with a ligature.', 'ep_injuries_assault', 'n'],
];

function holds(rows: (string | boolean)[][], code: string, want: Want): boolean {
  const own = rows.filter((r) => r[0] === code);
  if (want === 'n') return own.length === 0;
  if (want === 'o') return own.length > 0 && own.every((r) => r[1] === 'other');
  return own.some((r) => r[1] === 'child' && !r[2] && !r[3] && !r[4]);
}

describe('open 34: bare headings, reported subjects, strangulation', () => {
  it.each(CASES)('%s (%s: %s)', (note, code, want) => {
    expect(holds(flagRows(note), code, want), JSON.stringify(flagRows(note))).toBe(true);
  });
});

// Session 21 (fresh33 as a tuning set): refusals written without an apostrophe or in the past, a count of adult men or
// partners with "up to" or "adult", an advert or a post on an app offering money, men's cars or flats and an age in
// three words where the child is found; gifts for the family, a clinic's top-up and a placement far away explained;
// drunk and being sick or passing out. Rows as above.
const SESSION21: readonly [string, string, Want][] = [
  ['RHI: Leah wouldnt say who she had been with.', 'da_not_disclosing', 'y'],
  ["RHI: Leah wouldn't talk about Friday night.", 'da_not_disclosing', 'y'],
  ['Police: girl had sex with up to six men at the flat.', 'sh_many_partners', 'y'],
  ['Nurse: she reports several older sexual partners.', 'sh_many_partners', 'y'],
  ['School: an advert on Snapchat offered him cash for deliveries.', 'te_online_offers', 'y'],
  ['School: a TikTok post offered her money to meet up.', 'te_online_offers', 'y'],
  ['School: the careers advert offered work experience at the bank.', 'te_online_offers', 'n'],
  ["Police: she was found in men's flats twice last month.", 'am_found_with_adults', 'y'],
  ['Police: located at the house of a 40 year old man in Hull.', 'am_found_with_adults', 'y'],
  // explained gifts and top-ups, a placement far away, drunk and being sick
  ['School: he came back from the residential with presents for his mum.', 'rg_unexplained_gifts', 'n'],
  ['School: he came back from the weekend with gifts nobody can explain.', 'rg_unexplained_gifts', 'y'],
  ['Clinic: attended for a pill top-up.', 'rg_unexplained_money', 'n'],
  ['LAC review: boy placed 50 miles from home in a residential unit.', 'am_found_out_of_area', 'n'],
  ['BTP: boy found in Crewe, 50 miles from home.', 'am_found_out_of_area', 'y'],
  ['Ambulance: girl of 14 found drunk and unconscious in the park.', 'ad_intoxication_hospital', 'y'],
];

describe('session 21: refusals, counts of partners, offers on apps, where the child is found', () => {
  it.each(SESSION21)('%s (%s: %s)', (note, code, want) => {
    expect(holds(flagRows(note), code, want), JSON.stringify(flagRows(note))).toBe(true);
  });
});

// Session 21 (context): an infinitive's object, or the child's name as the object, is the one threatened ("Her
// boyfriend threatened to strangle her", "His cousin threatened to stab Tyler"); a hypothetical "concern that ... may"
// does not hide the parent who may be drinking. Rows as above.
const CONTEXT21: readonly [string, string, Want][] = [
  ['Her boyfriend threatened to strangle her.', 'go_threats_violence', 'y'],
  ['The older lads have threatened to stab him if he talks.', 'go_threats_violence', 'y'],
  ['Her boyfriend threatened to kill himself.', 'go_threats_violence', 'o'],
  ['Her stepdad threatened Jade with a knife.', 'go_threats_violence', 'y'],
  ['His cousin threatened to stab Tyler.', 'go_threats_violence', 'y'],
  ["Her stepdad threatened Jade's brother with a knife.", 'go_threats_violence', 'o'],
  ['Concern that mum may be drinking again.', 'fa_parental_substance_misuse', 'o'],
  ['Concern that mum may be drinking again.', 'ad_alcohol', 'n'],
  ['There are concerns that dad might be using cocaine.', 'ad_drug_use', 'n'],
  ['Concern that she may be drinking at the flat.', 'ad_alcohol', 'y'],
];

describe('session 21: who is threatened, a parent who may be drinking', () => {
  it.each(CONTEXT21)('%s (%s: %s)', (note, code, want) => {
    const rows = flagRows(note);
    // 'y' here allows the hypothetical flag: the sign is the child's either way.
    const ok = want === 'y' ? rows.some((r) => r[0] === code && r[1] === 'child') : holds(rows, code, want);
    expect(ok, JSON.stringify(rows)).toBe(true);
  });
});

import { CURRENT_FRAMEWORK, type CategoryKey } from '../indicators/index.ts';
import { arraysAndCache, contextDetailArrays, newContextCache, type Context, type ContextCache, type ContextOptions } from './context.ts';
import { INDICATOR_PHRASES, type IndicatorPhraseEntry } from './indicator-phrases.ts';
import { compileCues, keepByCues } from './cues.ts';
import { isHeadingDate, isHeadingDateWord } from './date-stamp.ts';
import { childIsObject, HEADING_SETTINGS, nameIsObject, reporterIsObject } from './experiencer.ts';
import { compilePatterns } from './matcher.ts';
import { internWord } from './vocab.ts';
import { commaAfter, newTokenArrays, normAt, scanText, type Token, type TokenArrays } from './tokenize.ts';

export type IndicatorFinding = { code: string; category: string; start: number; end: number; text: string } & Context;

const CATEGORY_BY_CODE = new Map<string, CategoryKey>(CURRENT_FRAMEWORK.indicators.map((i) => [i.code, i.category]));

function categoryOf(code: string): CategoryKey {
  const c = CATEGORY_BY_CODE.get(code);
  // indicators.test.ts checks every code against CURRENT_FRAMEWORK, so this only fires on a broken build.
  if (c === undefined) throw new Error(`Indicator code "${code}" is not in framework ${CURRENT_FRAMEWORK.version}`);
  return c;
}

const INDICATOR_MATCHER = compilePatterns(INDICATOR_PHRASES.map((value) => ({ patterns: value.patterns, value })));

/** Tokens either side of a match in which an entry's cues are looked for, unless the entry sets `window`. */
export const INDICATOR_CUE_WINDOW = 6;
// Cue conditions (requiresNear/unlessNear) of the entries, by entry index; checked only around candidate matches.
export const INDICATOR_CUES = compileCues(INDICATOR_PHRASES, INDICATOR_CUE_WINDOW);
const N_ENTRIES = INDICATOR_PHRASES.length;
// Each entry's code as a small integer, for the merge in `resolve`.
const CODE_IDS = new Map<string, number>();
const CODE_OF = Int32Array.from(INDICATOR_PHRASES, (e) => {
  let id = CODE_IDS.get(e.code);
  if (id === undefined) CODE_IDS.set(e.code, (id = CODE_IDS.size));
  return id;
});

// Codes whose definition names another person as the one affected (framework 2026.1: a parent's substance misuse or
// mental health, a relative linked to exploiters, friends or peers who are exploited), and codes that are about an
// earlier period by definition (abuse in the past). The person is often inside the finding's own words ("her sister
// was exploited"), where ConText cannot see them as a trigger.
const OTHER_BY_DEFINITION: ReadonlySet<string> = new Set([
  'fa_parental_substance_misuse',
  'fa_parental_mental_health',
  'fa_family_links_to_exploitation',
  'go_peers_exploited',
]);
const HISTORICAL_BY_DEFINITION: ReadonlySet<string> = new Set(['fa_previous_abuse']);
// Familial codes about the child's own situation at home, where a relative is often the subject of the sentence
// ("Mum has asked her to leave", "he lives with his uncle, who is not a relative", "made to cook for the household").
const CHILD_BY_DEFINITION: ReadonlySet<string> = new Set([
  'fa_in_care',
  'fa_family_breakdown',
  'fa_neglect',
  'fa_unsuitable_accommodation',
  'fa_no_trusted_adult',
  'fa_domestic_servitude',
  'fa_living_with_unrelated_adults',
]);

// Codes for what exploiting adults do to children: with an unnamed adult as the subject ("the men let the kids crash at
// their flat", "the adult supplied the pills she took", "the men hand out free weed") the finding is the child's, even
// with no pronoun for the child in its words. A named other child still makes it theirs ("her friend was asked by the
// same man for photos": the friend is the nearer subject). Their own conduct (the men's drug use, arrests, weapons) is
// not in this list. Annotation rule: an adult acting on the child does not make the item `other` (test/fixtures/eval).
export const ADULT_ACTS: ReadonlySet<string> = new Set([
  'ad_substances_given',
  'ad_substances_with_sex',
  'ad_supply_controlled',
  'rg_accommodation_offered',
  'rg_sex_exchange',
  'rg_debt_bondage',
  'rg_unexplained_gifts',
  // Round 24: "the men gave Kayla money" (fresh19).
  'rg_unexplained_money',
  'rg_status_rewards',
  'rg_bank_account_used',
  'go_unknown_adults_collect',
  'go_taken_to_parties',
  'go_threats_violence',
  'go_older_partner',
  'go_forced_theft_begging',
  'am_moved_by_others',
  'am_found_with_adults',
  'te_adults_contact_online',
  'te_sexual_images',
  'te_online_offers',
  'te_live_streaming',
  'te_sextortion',
  'te_location_tracked',
  'da_documents_held',
  'da_controlled_return',
  'da_coached_account',
  'sh_sexual_assault',
]);

/**
 * Round 24: signs only the child can show, whoever does them ("the man answered every question for Grace", "the
 * 'uncle' keeps his passport", "the man Chloe met on TikTok", "the men on his phone won't stop calling"): an adult or a
 * person outside the family as the subject leaves them the child's, a child named near or not (the tuning sets
 * annotate none of these codes about another person).
 */
export const CHILD_SIGN_CODES: ReadonlySet<string> = new Set([
  'da_coached_account',
  'da_documents_held',
  'da_controlled_return',
  'te_meeting_online_contacts',
  'te_location_tracked',
  'te_worrying_calls',
  'rg_status_rewards',
]);
/** ... and of them, those that a relative holding or doing leaves the child's too ("her 'uncle' holds his ID"). */
export const KIN_HELD_CODES: ReadonlySet<string> = new Set(['da_coached_account', 'da_documents_held']);
/**
 * Review 24-1: ... of them, those a boyfriend or friend can receive himself stay his ("Her boyfriend keeps getting
 * threatening calls from the olders"): the child's only when adults do them.
 */
export const RECEIVED_CODES: ReadonlySet<string> = new Set(['te_worrying_calls']);
/**
 * `ownerBefore`: the word before the finding is another person's possessive ("Her uncle's passport is held by his
 * employer", "Dad's documents were taken"): the sign is that person's (review 24-1).
 */
export function childSign(code: string, kind: string | null, ownerBefore = false): boolean {
  if (!CHILD_SIGN_CODES.has(code) || ownerBefore) return false;
  return kind === 'adult' || (kind === 'nonfamily' && !RECEIVED_CODES.has(code)) || (kind === 'family' && KIN_HELD_CODES.has(code));
}
/**
 * ... and when the other person gets them, the pronoun after is that person ("Her friend gets calls at night that scare
 * him"), not the child as the object.
 */
export const RECEIVE_WORDS: readonly string[] = ['gets', 'getting', 'got', 'receives', 'receiving', 'received'];
export function receiverOpens(code: string, first: string): boolean {
  return RECEIVED_CODES.has(code) && RECEIVE_WORDS.includes(first);
}
/** ... nor, for these signs, when another person owns it ("Mum's passport is held by her employer"). */
export function ownedByOther(code: string, ownerBefore: boolean): boolean {
  return ownerBefore && CHILD_SIGN_CODES.has(code);
}
/** A possessive word ("uncle's", "neighbour’s"), not "it's" or "she's". */
export function isOwnerWord(norm: string): boolean {
  return /['’]s$/.test(norm) && !/^(it|she|he|that|there|what|who|where|here)['’]s$/.test(norm);
}

// ... when a child is named near the finding ("plied the girls", "told him", "the pills she took"): "the men were
// arrested for supplying cocaine", "the men threatened a local shopkeeper" and "images of other children" stay theirs.
export const CHILD_REF_WORDS: readonly string[] = [
  'her',
  'him',
  'me',
  'she',
  'he',
  'girl',
  'girls',
  'boy',
  'boys',
  'kids',
  'child',
  'children',
  'pupils',
  'teenagers',
  'youngsters',
  'yp',
  'cyp',
  'young',
  ...Array.from({ length: 8 }, (_, i) => [`${i + 10}-year-old`, `${i + 10}yo`]).flat(),
];
export const CHILD_REF_REACH = 10;
const CHILD_REF_IDS: ReadonlySet<number> = new Set(CHILD_REF_WORDS.map(internWord));
const OTHER_ID = internWord('other');
/** A child word within CHILD_REF_REACH words of tokens [s, e), in the sentence, not "other children". */
export function childNear(ids: ArrayLike<number>, sentences: ArrayLike<number>, n: number, s: number, e: number): boolean {
  for (let t = Math.max(0, s - CHILD_REF_REACH); t < Math.min(n, e + CHILD_REF_REACH); t++) {
    if (sentences[t] !== sentences[s] || !CHILD_REF_IDS.has(ids[t]!)) continue;
    if (t > 0 && ids[t - 1] === OTHER_ID) continue;
    return true;
  }
  return false;
}

/**
 * A child's name inside the finding, after its first word ("the men take Zara to parties", "the man keeps Mercy's
 * passport"): a capitalised word (an upper-case letter, then a lower-case one) that does not open its sentence.
 */
function nameAt(text: string, ta: TokenArrays, t: number): boolean {
  const c0 = text.charCodeAt(ta.start[t]!);
  const c1 = text.charCodeAt(ta.start[t]! + 1);
  return t > 0 && ta.sentence[t - 1] === ta.sentence[t] && c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122;
}
export function nameInside(text: string, ta: TokenArrays, s: number, e: number): boolean {
  for (let t = s + 1; t < e; t++) {
    if (ta.sentence[t - 1] !== ta.sentence[t]) continue;
    const c0 = text.charCodeAt(ta.start[t]!);
    const c1 = text.charCodeAt(ta.start[t]! + 1);
    if (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122) return true;
  }
  return false;
}

// Entries for which another person acting on the child ("gave her cannabis") leaves the finding about the child. Not
// entries whose wording also describes the other person's own situation (those with an `otherCode`: "mum drinks",
// "his brother sells drugs for them"), domestic abuse between adults ("hits her mum"), or codes about others by
// definition. Session 23: a domestic abuse entry that names the child as the object is one (childObject).
export function actedOnChild(entry: IndicatorPhraseEntry): boolean {
  return entry.otherCode === undefined && (entry.code !== 'fa_domestic_abuse' || entry.childObject === true) && !OTHER_BY_DEFINITION.has(entry.code);
}

// What a finding needs of its code, looked up once per code, not per finding: the category (on first use, so that a
// code missing from the framework still throws only when found), and the by-definition flags.
type CodeInfo = { code: string; category: CategoryKey | undefined; other: boolean; child: boolean; historical: boolean };
const CODE_INFO = new Map<string, CodeInfo>();
function codeInfo(code: string): CodeInfo {
  let info = CODE_INFO.get(code);
  if (info === undefined) {
    const [other, child, historical] = [OTHER_BY_DEFINITION.has(code), CHILD_BY_DEFINITION.has(code), HISTORICAL_BY_DEFINITION.has(code)];
    CODE_INFO.set(code, (info = { code, category: undefined, other, child, historical }));
  }
  return info;
}
const ENTRY_CODE = INDICATOR_PHRASES.map((e) => codeInfo(e.code));
const ENTRY_OTHER_CODE = INDICATOR_PHRASES.map((e) => (e.otherCode === undefined ? null : codeInfo(e.otherCode)));
const ACTED_ON_CHILD = INDICATOR_PHRASES.map(actedOnChild);
const CHILD_OBJECT = INDICATOR_PHRASES.map((e) => e.childObject === true);
const ADULT_ACT = INDICATOR_PHRASES.map((e) => ADULT_ACTS.has(e.code));

// A parent's codes (their drinking, drug use, mental health) are not a sibling's: "her brother smokes cannabis" is
// ad_drug_use about another person, not parental substance misuse (SAFEGUARD familial signs name parents and carers).
export const PARENTAL_CODES: ReadonlySet<string> = new Set(['fa_parental_substance_misuse', 'fa_parental_mental_health']);
/** Does a finding about this kind of other person take the entry's familial code (`otherCode`)? */
export function familyCode(kind: string | null, otherCode: string): boolean {
  return kind === 'family' || (kind === 'sibling' && !PARENTAL_CODES.has(otherCode));
}

// What happens to the child's friends in exploitation is a sign about the child's peers (go_peers_exploited): "two boys
// from his year were arrested on a county line", "her friends from the unit were found in hotels with adult men".
// Other things that happen to a friend (an infection, an assault, a blackmail) keep their code, about another person.
export const PEER_SIGNS: ReadonlySet<string> = new Set([
  'go_arrests',
  'go_drug_arrest_out_of_area',
  'go_carrying_drugs',
  'go_carrying_weapons_money',
  'go_internal_concealment',
  'go_unknown_adults_collect',
  'go_taken_to_parties',
  'go_forced_theft_begging',
  'am_found_with_adults',
  'am_found_out_of_area',
  'am_moved_by_others',
  'rg_debt_bondage',
  'rg_unpaid_work',
  'rg_sex_exchange',
]);
export const PEER_CODE = 'go_peers_exploited';
/**
 * Round 23: a sibling or a parent being exploited (in debt to the men, exchanging sex, taken to flats, trafficked) is a
 * family link to exploitation (the annotation rule; four tuning-set lines): "Riya's sister was given money for sex",
 * "her cousin is being taken to flats by the men". Not an arrest ("his cousin was arrested" keeps go_arrests), nor
 * work or theft (the sets annotate "his brother works unpaid at the takeaway" as unpaid work about another person).
 */
export const FAMILY_LINK_SIGNS: ReadonlySet<string> = new Set([
  'rg_debt_bondage',
  'rg_sex_exchange',
  'go_taken_to_parties',
  'go_internal_concealment',
  'am_moved_by_others',
]);
export const FAMILY_LINK_CODE = 'fa_family_links_to_exploitation';
const PEER_INFO = codeInfo(PEER_CODE);
const PEER_SIGN = INDICATOR_PHRASES.map((e) => PEER_SIGNS.has(e.code));
const FAMILY_LINK_INFO = codeInfo(FAMILY_LINK_CODE);
const FAMILY_LINK_SIGN = INDICATOR_PHRASES.map((e) => FAMILY_LINK_SIGNS.has(e.code));

// A threat or an offer is conditional by nature: "they told him they would stab his brother if he did not pay", "told
// that if he talks they will burn his mum's house down", "she was told she could have the phone if she did stuff with
// his mate". Told to the child, it was made, so its "if" and "would" do not make it a possibility. (One only imagined
// stays one: "if the men threaten her again, call the police".)
export const THREAT_CODES: ReadonlySet<string> = new Set([
  'go_threats_violence',
  'te_sextortion',
  'rg_sex_exchange',
  'rg_accommodation_offered',
  'te_online_offers',
  // Round 24: a fear of the authorities the men told the child ("the man told her she would be deported if she spoke
  // to officials") is put into the child now, not a possibility.
  'da_fear_of_authorities',
]);
export const THREAT_TOLD_WORDS: readonly string[] = ['told', 'tells', 'telling', 'warned', 'threatened', 'said', 'says', 'texted', 'messaged'];
const TOLD_IDS: ReadonlySet<number> = new Set(THREAT_TOLD_WORDS.map(internWord));
const THREAT = INDICATOR_PHRASES.map((e) => THREAT_CODES.has(e.code));
export const TOLD_REACH = 12; // words back from the finding to the word of telling
const IF_IDS: ReadonlySet<number> = new Set(['if', 'unless'].map(internWord));
/**
 * A word of telling at most TOLD_REACH words before the finding, in its sentence, with the finding not inside a
 * condition: an "if" between them with no comma after it puts the finding in the condition ("Mum said that if the men
 * threaten her again she will call the police" is advice about a threat, not one made), while "told that if he talks,
 * they will burn ..." has the threat after the condition.
 */
export function threatTold(text: string, ta: TokenArrays, s: number): boolean {
  const { id, sentence } = ta;
  let comma = false;
  for (let t = s - 1; t >= 0 && t >= s - TOLD_REACH && sentence[t] === sentence[s]; t--) {
    if (!comma && commaAfter(text, ta, t)) comma = true;
    if (TOLD_IDS.has(id[t]!)) return true;
    if (IF_IDS.has(id[t]!) && !comma) return false;
  }
  return false;
}

/**
 * Codes that a record's heading names as the kind of record, not as a sign about the child ("UASC: Hassan's brother
 * was trafficked", "MFH: found in Quenbridge", "Foster carer: ..."): a finding of one of them wholly inside the heading
 * is dropped (round 21; six tuning-set lines).
 */
export const HEADING_CODES: ReadonlySet<string> = new Set(['fa_unaccompanied_migrant', 'am_missing', 'fa_in_care', 'fa_domestic_servitude']);
const HEADING_CODE = INDICATOR_PHRASES.map((e) => HEADING_CODES.has(e.code));
const OLDER_FRIENDS_CODE = CODE_IDS.get('go_older_friends') ?? -1;
// Whether a colon stands between two of the tokens [s, e) (a heading's colon can only be there).
function colonInside(text: string, ta: TokenArrays, s: number, e: number): boolean {
  for (let t = s; t < e - 1; t++) for (let c = ta.end[t]!; c < ta.start[t + 1]!; c++) if (text.charCodeAt(c) === 58) return true;
  return false;
}
/**
 * Round 24: a care heading that names the person who wrote ("Foster carer: no signs of self-harm", "Foster carer: shes
 * using ket") is who wrote whatever follows its colon, a subject or not (fresh23: fifteen such headings, none annotated).
 */
export const HEADING_WRITER_WORDS: readonly string[] = [
  'carer',
  'carers',
  'parent',
  'parents',
  'mum',
  'dad',
  'mother',
  'father',
  // Round 31: so is a heading that names the home or unit keeping the record ("Children's home log: Abi returned at
  // 0330", "Secure children's home: ..."): it says where the note comes from, as the annotation rules of fresh28 to
  // fresh30 read it, not what was seen (fresh30: 73 such headings, none annotated; round 23 had kept them as the sign
  // on one line of fresh16). The child's placement is recorded on their record; "children's home" in the body stays.
  'home',
  'homes',
  'unit',
  'placement',
];
export function headingWriterDrops(code: string, last: string, opensLine = true): boolean {
  // Review 24-1: only a heading that is the writer alone, not a form field ending in one ("Living with foster carer:
  // yes", "Placement type - foster carer: long term").
  return code === 'fa_in_care' && opensLine && HEADING_WRITER_WORDS.includes(last);
}
/**
 * Round 32: the record of a meeting or visit ("County lines debrief:", "MARAC minutes:", "Nail bar inspection:"), a
 * meeting named alone ("MARAC:", "MAPPA:") and the writer's workplace ("Car wash:", "Nail bar:", the setting of
 * "Barber:" and "Takeaway:"): where the note comes from, not what was seen (fresh31: 26 such headings, none annotated).
 * Review 32: they name the note's source only in a heading that is a bare name ("MARAC minutes:", "Nail bar:"), not in
 * one that tells what happened ("Family referred to MARAC:", "Found during room inspection:", "Missing for 40 minutes:",
 * "Works at a car wash:"): a preposition or a number in the heading.
 */
export const HEADING_RECORD_WORDS: ReadonlySet<string> = new Set('debrief debriefs minutes inspection marac mappa mase wash bar bars salon'.split(' '));
/**
 * Round 31: a heading that names the writer's role or the kind of meeting ("Eating disorder clinician:", "Exclusion
 * officer:", "Trafficking referral:", "County lines strategy meeting:") says who wrote or why, not what was seen: a
 * finding of any code wholly inside it is dropped (tuning sets: 24 such findings, none annotated; the same words in the
 * body stay). Not a heading that is the sign itself ("Suspected plugging:", "Not isolated:").
 */
export const HEADING_ROLE_WORDS: ReadonlySet<string> = new Set([
  ...(
    'clinician clinicians nurse nurses team service services worker workers practitioner practitioners officer officers ' +
    'panel lead coordinator specialist therapist counsellor consultant adviser advisor navigator meeting referral report letter'
  ).split(' '),
  ...HEADING_RECORD_WORDS,
]);
const HEADING_CLAUSE_WORDS: ReadonlySet<string> = new Set('to for at in during from after before by with on into since while until when'.split(' '));
/** Review 32: a word of a heading that makes it tell what happened (HEADING_RECORD_WORDS). */
export function headingClauseWord(norm: string): boolean {
  return HEADING_CLAUSE_WORDS.has(norm) || /^[0-9]+$/.test(norm);
}
/** Review 31: words that make a role heading the source of the sign before it ("Cutting again per nurse:"). */
export const HEADING_REPORT_WORDS: ReadonlySet<string> = new Set('per says said reports reported according'.split(' '));
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'my']);
/**
 * Whether a finding wholly inside a heading whose last word (before any date) is `last` is dropped; `before` is the word
 * before the finding in the heading ('' when it opens it), `reported` whether one of HEADING_REPORT_WORDS stands
 * between the finding and that word. "Community eating disorder service:" is a role too, but not one that is the
 * child's ("Her eating disorder team:", "Maya's eating disorder nurse:").
 */
export function headingRoleDrops(last: string, before: string, reported: boolean, code = '', clause = false): boolean {
  // Review 31: not the sign reported by that role ("Cutting again per nurse:", "Missing, says the officer:").
  // Round 32: nor a referral or report named by the child's own harm ("Self-harm referral:", "Overdose report:"), which
  // says why the child was referred; one named by a scheme or a crime ("NRM referral:", "Trafficking referral:") does not.
  if (HEADING_REASON_WORDS.has(last) && HEADING_REASON_CODES.has(code)) return false;
  // Review 32: a record or workplace word in a heading that tells what happened (`clause`: headingClauseWord).
  if (clause && HEADING_RECORD_WORDS.has(last)) return false;
  return !reported && HEADING_ROLE_WORDS.has(last) && !POSSESSIVE_WORDS.has(before) && !isOwnerWord(before);
}
/** Round 32: the heading words that name why the child was referred, and the codes of the child's own harm they keep. */
export const HEADING_REASON_WORDS: ReadonlySet<string> = new Set(['referral', 'referrals', 'report']);
export const HEADING_REASON_CODES: ReadonlySet<string> = new Set([
  'ep_self_harm',
  'ep_eating_problems',
  'ep_low_mood',
  'sh_pregnancy',
  'sh_termination',
  'sh_sti',
]);
/** Whether the span starting at character `start` opens its line: nothing but space since the last sentence or line. */
export function opensLine(text: string, prevEnd: number, start: number, newSentence: boolean): boolean {
  return newSentence || text.slice(prevEnd, start).includes('\n');
}
/** Round 26: a bare older group after "the" (findIndicatorsInTriples), and the words after which it opens a clause. */
export const OLDER_GROUP_WORDS: ReadonlySet<string> = new Set(['boys', 'lads', 'guys', 'girls']);
export const CLAUSE_OPEN_WORDS: ReadonlySet<string> = new Set([
  ...'and but or so then now because when while as says said say thinks think thought feels believes reports reported explained explains'.split(' '),
  // Review 26: the company the child keeps is the sign itself ("worried about the older lads he spends time with").
  ...'alongside among amongst about around'.split(' '),
]);
/**
 * Review 26: "with the older lads" after a word of keeping company ("she hangs around with the older lads", "saw her
 * with the older lads") is the sign; after a place ("he is in Lowestoft with the older boys") it is part of another.
 */
export const COMPANY_WITH_WORDS: ReadonlySet<string> = new Set(
  'around about round out off seen spotted hangs hanging hung mixing mixes mixed time her him them'.split(' '),
);
const WITH_ID = internWord('with');
const COMPANY_WITH_IDS: ReadonlySet<number> = new Set([...COMPANY_WITH_WORDS].map(internWord));
const OLDER_ID = internWord('older');
const THE_ID = internWord('the');
const OLDER_GROUP_IDS: ReadonlySet<number> = new Set([...OLDER_GROUP_WORDS].map(internWord));
const CLAUSE_OPEN_IDS: ReadonlySet<number> = new Set([...CLAUSE_OPEN_WORDS].map(internWord));
/** The most words a record's heading holds before its colon ("Return home interview:", "Carer's diary:"). */
export const HEADER_MAX_WORDS = 4;
/**
 * The token after a heading that opens the sentence of token `t` ("Carer's diary: Shay stayed out", "Mum: Ruby has
 * become secretive"): a colon followed by a space or line break after one of the sentence's first HEADER_MAX_WORDS
 * words, with a word after it in the sentence (not a time: "10:30"). -1 when there is none or `t` is inside it.
 */
// The first token of token t's sentence, kept for the last sentence asked about: a walk back from every finding was
// quadratic in a 100 KB one-sentence note ("No concerns about" and a long list: 44 ms a note instead of 5).
let startSerial = -1;
let startSentence = -1;
let startToken = 0;
function sentenceStart(ta: TokenArrays, t: number): number {
  const s = ta.sentence[t]!;
  if (ta.serial !== startSerial || s !== startSentence) {
    let a = t;
    while (a > 0 && ta.sentence[a - 1] === s) a--;
    startSerial = ta.serial;
    startSentence = s;
    startToken = a;
  }
  return startToken;
}

function isDigitToken(text: string, a: number, b: number): boolean {
  for (let c = a; c < b; c++) {
    const x = text.charCodeAt(c);
    if (x < 48 || x > 57) return false;
  }
  return true;
}

/** `anyHeading`: also a relative's heading that stays the subject ("Dad 12/03/2024: drinking again"), for its date. */
export function headerEnd(text: string, ta: TokenArrays, t: number, anyHeading = false): number {
  if (t >= ta.n) return -1;
  // The heading is its sentence's: found once per sentence (per anyHeading), then each token only asks whether it lies
  // past the heading's colon (a 100 KB sentence has thousands of findings, each asking up to three times).
  const k = anyHeading ? 1 : 0;
  if (headSerial[k] !== ta.serial || headSentence[k] !== ta.sentence[t]) {
    headSerial[k] = ta.serial;
    headSentence[k] = ta.sentence[t]!;
    sentenceHeading(text, ta, t, anyHeading, k);
  }
  return headColon[k]! >= 0 && headColon[k]! < t ? headResult[k]! : -1;
}

// By anyHeading: the scan and sentence last asked about, the token before the heading's colon (-1: none within the
// heading's words) and headerEnd's answer for a token past it.
const headSerial = [-1, -1];
const headSentence = [-1, -1];
const headColon = [-1, -1];
const headResult = [-1, -1];
function sentenceHeading(text: string, ta: TokenArrays, t: number, anyHeading: boolean, k: number): void {
  const { sentence, start, end } = ta;
  const a = sentenceStart(ta, t);
  headColon[k] = -1;
  headResult[k] = -1;
  // A date or time in the heading does not count as its words ("Midwifery booking 09/01/2024 14:10:").
  for (let h = a, words = 0; words < HEADER_MAX_WORDS && h + 1 < ta.n && sentence[h + 1] === sentence[t]; h++) {
    if (!isDigitToken(text, start[h]!, end[h]!)) words++;
    const gapEnd = start[h + 1]!;
    for (let c = end[h]!; c < gapEnd - 1; c++) {
      if (text.charCodeAt(c) !== 58) continue;
      const next = text.charCodeAt(c + 1);
      if (next === 32 || next === 10 || next === 13 || next === 9) {
        // Who the heading names comes before its date ("Dad 12/03/2024 14:10: drinking again" is dad's).
        let who = h;
        while (who > a && isHeadingDateWord(normAt(ta, who))) who--;
        headColon[k] = h;
        headResult[k] = anyHeading || headingIsSource(normAt(ta, who), normAt(ta, h + 1), text.slice(start[h + 1], end[h + 1])) ? h + 1 : -1;
        return;
      }
    }
  }
}

/**
 * Open 34: a heading with nothing after its colon in its sentence ("MARAC minutes:" alone, or before a blank line) names
 * the record and no event, as one with words after it does: the token after its last word, else -1. `t` is in its
 * sentence; at most HEADER_MAX_WORDS words (a date's digits not counted, nor walked past a dozen tokens).
 */
export function bareHeadingEnd(text: string, ta: TokenArrays, t: number): number {
  const a = sentenceStart(ta, t);
  for (let h = a, words = 0; h < a + 12 && h < ta.n; h++) {
    if (!isDigitToken(text, ta.start[h]!, ta.end[h]!) && ++words > HEADER_MAX_WORDS) return -1;
    if (h + 1 < ta.n && ta.sentence[h + 1] === ta.sentence[a]) continue;
    return colonEnds(text.slice(ta.end[h], h + 1 < ta.n ? ta.start[h + 1] : text.length)) ? h + 1 : -1;
  }
  return -1;
}
/** Whether the text after a sentence's last word is a heading's colon: nothing but a colon and spaces before it. */
export function colonEnds(gap: string): boolean {
  return /^[ \t]*:(?:\s|$)/.test(gap);
}

// Review of round 21: a heading that is a relative ("Mum:", "Dad:", "Mum's partner:", "Uncle:") names who told the note
// only when a subject follows the colon ("Mum: Ruby has become secretive"); in a terse note a verb, an -ing word or an
// adjective after it leaves the relative the subject ("Mum: pregnant again", "Dad: drinking again, police called").
// Other headings ("Carer's diary:", "Foster carer:", "Home visit:") are the note's source whatever follows.
const HEADING_RELATIVES: ReadonlySet<string> = new Set(
  (
    'mum mother mam mom dad father stepdad step-dad stepfather step-father stepmum step-mum stepmother step-mother ' +
    'brother sister sibling cousin stepbrother stepsister step-brother step-sister half-brother half-sister uncle aunt ' +
    'aunty auntie nan nana nanna gran grandma grandmother grandad granddad grandfather grandpa partner boyfriend girlfriend'
  ).split(' '),
);
// Words that open a subject after the colon: pronouns, determiners, people.
const HEADING_SUBJECTS: ReadonlySet<string> = new Set(
  (
    'she he they i we it her his their my our the a an this that these those some one two three both several ' +
    'men man women woman boys boy girls girl people someone somebody police staff friends'
  ).split(' '),
);
// Capitalised words after the colon that are not a name ("Dad: Arrested again").
const HEADING_NOT_NAMES: ReadonlySet<string> = new Set(
  'has had have was were is are been not now still again very currently recently pregnant drunk low aggressive hostile arrested uses drinks smokes'.split(' '),
);
/**
 * Whether a heading whose last word is `last` names the note's source for the words after its colon, the first of
 * which is `next` (its norm) and `raw` (as written): not when the heading is a relative and no subject follows.
 */
export function headingIsSource(last: string, next: string, raw: string): boolean {
  if (!HEADING_RELATIVES.has(last)) return true;
  if (HEADING_SUBJECTS.has(next) || HEADING_RELATIVES.has(next) || next.endsWith("'s")) return true;
  return /^\p{Lu}\p{Ll}/u.test(raw) && !next.endsWith('ing') && !HEADING_NOT_NAMES.has(next);
}

/**
 * Whether the words after a record's heading open with a subject (a name, a possessive, a pronoun, a person, a
 * determiner): "UASC: Hassan's brother was trafficked", "MFH: Jaden was found in Leeds". A heading that names
 * a kind of record (HEADING_CODES) is the sign itself when the child is the unstated subject after it ("MFH: returned at
 * 3am", "UASC: arrived in Kent in a lorry"; review 21b M6). A pronoun after it still counts as a subject ("Query domestic
 * servitude: she does all the housework" is annotated on the housework, fresh15).
 */
export function headingHasSubject(next: string, raw: string): boolean {
  return headingIsSource('mum', next, raw);
}

/**
 * Round 22: a threat or damage aimed at the child's family ("men came to the door and threatened his mum", "mum's
 * windows were smashed") is about them (eight tuning-set lines annotate it so; "told his little sister would be hurt
 * if he did not make the drop", a threat to make the child comply, stays the child's). The relative is named with a
 * possessive right before ("his mum", "Rio's mum") or is the possessive ("mum's windows"), inside the finding or just
 * after it, and no pronoun in it is the child as object.
 */
export const KIN_TARGET_CODES: ReadonlySet<string> = new Set(['go_threats_violence']);
export const KIN_WORDS: readonly string[] = [
  'mum',
  'mother',
  'mam',
  'dad',
  'father',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'sister',
  'brother',
  'family',
  'parents',
];
export const KIN_POSSESSIVES: readonly string[] = KIN_WORDS.map((w) => `${w}'s`);
export const KIN_REACH = 2; // tokens after the finding
export const KIN_BEFORE = 3; // tokens before the finding read for a threat to come ("they will burn his mum's house down")
const KIN_IDS: ReadonlySet<number> = new Set(KIN_WORDS.map(internWord));
const KIN_POSSESSIVE_IDS: ReadonlySet<number> = new Set(KIN_POSSESSIVES.map(internWord));
const POSSESSIVE_PRONOUN_IDS: ReadonlySet<number> = new Set(['his', 'her', 'their'].map(internWord));
// A threat of harm to come ("told they would stab his mum", "threatened to shoot her brother") is a threat to the child
// through the family: not these.
export const THREAT_TO_COME_WORDS: readonly string[] = ['would', 'will', 'may', 'might', 'could', 'to', "'d"];
const THREAT_TO_COME_IDS: ReadonlySet<number> = new Set(THREAT_TO_COME_WORDS.map(internWord));
// Review 22b I6: a relative's possessive after a preposition names where the threat happened or who made it
// ("threatened at mum's house", "outside his mum's flat", "by mum's ex-partner"): the child is still the target. Not a
// bare place ("his mum's car was damaged" is aimed at the family).
export const KIN_NOT_TARGET_BEFORE: readonly string[] = [
  'at',
  'outside',
  'by',
  'in',
  'near',
  'from',
  'inside',
  'behind',
  'opposite',
  'into',
  'round',
  'around',
];
const KIN_NOT_TARGET_BEFORE_IDS: ReadonlySet<number> = new Set(KIN_NOT_TARGET_BEFORE.map(internWord));
/**
 * Round 24: domestic abuse told from a relative's partner ("Mum's ex-partner was violent towards her", "mum's ex
 * assaulted her in 2021") is between the adults, about another person (fresh15, fresh20, fresh23 annotate it so; the
 * finding holds the relative, so ConText's look before it does not see them).
 */
export const PARTNER_ABUSE_CODES: ReadonlySet<string> = new Set(['fa_domestic_abuse']);
export const PARTNER_WORDS: readonly string[] = ['partner', 'ex-partner', 'ex', 'boyfriend', 'ex-boyfriend', 'husband', 'ex-husband'];
const PARTNER_IDS: ReadonlySet<number> = new Set(PARTNER_WORDS.map(internWord));
function opensWithKinPartner(ta: TokenArrays, s: number, e: number): boolean {
  if (s + 1 < e && KIN_POSSESSIVE_IDS.has(ta.id[s]!) && PARTNER_IDS.has(ta.id[s + 1]!)) return true;
  if (s + 2 >= e) return false;
  const words = Array.from({ length: e - s }, (_, k) => normAt(ta, s + k));
  return (s + 3 < e && KIN_IDS.has(ta.id[s]!) && kinTellsOfPartner(words)) || kinHurtInside(words);
}
/** Session 19: the object pronoun is the reporting adult (experiencer.ts reporterIsObject). */
function reporterObject(text: string, ta: TokenArrays, a: number, s: number, e: number): boolean {
  return reporterIsObject(
    (t) => normAt(ta, t),
    (t) => t > a && nameInside(text, ta, t - 1, t + 1),
    (t) => t < ta.n && ta.sentence[t] === ta.sentence[s],
    a,
    s,
    e,
  );
}
/**
 * Session 19: a relative telling of "her partner" ("Mum disclosed that her partner strangled her") tells of her own
 * partner, as "Mum's partner" does: the span's words open with the relative and a telling word (PARTNER_TELLS_WORDS).
 */
export function kinTellsOfPartner(words: readonly string[]): boolean {
  if (!KIN_WORDS.includes(words[0]!) || !PARTNER_TELLS_WORDS.includes(words[1] ?? '')) return false;
  for (let i = 2; i + 1 < words.length; i++) if (POSSESSIVE_PRONOUNS.includes(words[i]!) && PARTNER_WORDS.includes(words[i + 1]!)) return true;
  return false;
}
const POSSESSIVE_PRONOUNS: readonly string[] = ['his', 'her', 'their'];
/**
 * Open 34: the relative named as the one hurt inside the finding ("mum was strangled by her partner", "non-fatal
 * strangulation of mum"): the relative opens it as the subject of a passive with its agent, or follows "of|against".
 */
export function kinHurtInside(words: readonly string[]): boolean {
  if (KIN_WORDS.includes(words[0]!) && KIN_PASSIVE_WORDS.includes(words[1] ?? '') && words.includes('by')) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'of' && words[i] !== 'against') continue;
    const j = POSSESSIVE_PRONOUNS.includes(words[i + 1]!) ? i + 2 : i + 1;
    if (KIN_WORDS.includes(words[j] ?? '')) return true;
  }
  return false;
}
const KIN_PASSIVE_WORDS: readonly string[] = ['was', 'is', 'were', 'are', 'has', 'had', 'been', 'being'];
/**
 * Review 24-1: ... unless the rest of the sentence makes the child the one hurt: the child named telling it ("Mum's
 * partner has been abusive to her since she was 12, Kayla says"), her age then, her siblings with her.
 * `norms` and `caps` (capitalised) are the words after the finding, in its sentence.
 */
export const PARTNER_CHILD_WORDS: readonly string[] = ['brother', 'brothers', 'sister', 'sisters', 'siblings'];
export const PARTNER_TELLS_WORDS: readonly string[] = [
  'says',
  'said',
  'told',
  'tells',
  'disclosed',
  'discloses',
  'reports',
  'reported',
  'explained',
  'explains',
  'shared',
];
export function partnerChildVictim(norms: readonly string[], caps: readonly boolean[]): boolean {
  for (let i = 0; i < norms.length; i++) {
    if (PARTNER_CHILD_WORDS.includes(norms[i]!)) return true;
    if (norms[i] === 'since' && (norms[i + 1] === 'she' || norms[i + 1] === 'he') && norms[i + 2] === 'was') return true;
    if (caps[i] === true && PARTNER_TELLS_WORDS.includes(norms[i + 1] ?? '')) return true;
  }
  return false;
}
function partnerChildAfter(text: string, ta: TokenArrays, e: number): boolean {
  const norms: string[] = [];
  const caps: boolean[] = [];
  for (let t = e; t < ta.n && ta.sentence[t] === ta.sentence[e - 1]; t++) {
    norms.push(normAt(ta, t));
    const c0 = text.charCodeAt(ta.start[t]!);
    caps.push(c0 >= 65 && c0 <= 90);
  }
  return partnerChildVictim(norms, caps);
}
/**
 * Session 23: domestic abuse told as violence between the adults ("DA between mum and her partner", "violence between
 * her and Gary", "HISTORY OF DOMESTIC ABUSE BETWEEN PARENTS") or as an event at the address ("police attended a domestic
 * incident", "DA incident at the home address", "DV call-out") is about another person, as README's rule has it for
 * "violence between a parent and their partner described as an event"; a child described as living with it, growing up
 * with it or witnessing it stays the child's (CHILD_LIVES_WITH_WORDS before or inside the finding). `words`: the
 * finding's words and ABUSE_EVENT_REACH words after it; `before`: up to ABUSE_EVENT_BEFORE words before it, one sentence.
 */
export const ABUSE_EVENT_REACH = 3;
export const ABUSE_EVENT_BEFORE = 6;
export const BETWEEN_ADULT_WORDS: readonly string[] = [
  ...KIN_WORDS,
  ...PARTNER_WORDS,
  'stepdad',
  'stepfather',
  'stepmum',
  'wife',
  'girlfriend',
  'couple',
  'adults',
  'carers',
];
export const INCIDENT_WORDS: readonly string[] = ['incident', 'incidents', 'call-out', 'call-outs', 'callout', 'callouts'];
export const CHILD_LIVES_WITH_WORDS: readonly string[] = [
  'lives',
  'lived',
  'living',
  'live',
  'grown',
  'grew',
  'growing',
  'witnessed',
  'witness',
  'witnesses',
  'witnessing',
  'exposed',
  'saw',
  'seen',
  'sees',
  'hears',
  'heard',
  'hearing',
];
export function abuseBetweenAdults(before: readonly string[], words: readonly string[]): boolean {
  for (const w of before) if (CHILD_LIVES_WITH_WORDS.includes(w)) return false;
  for (const w of words) if (CHILD_LIVES_WITH_WORDS.includes(w)) return false;
  for (let i = 0; i < words.length; i++) {
    if (INCIDENT_WORDS.includes(words[i]!)) return true;
    if (words[i] !== 'between') continue;
    if ((words[i + 1] === 'her' || words[i + 1] === 'him') && words[i + 2] === 'and') return true;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) if (BETWEEN_ADULT_WORDS.includes(words[j]!)) return true;
  }
  return false;
}
function abuseEventAt(ta: TokenArrays, s: number, e: number): boolean {
  const sentence = ta.sentence[s]!;
  const before: string[] = [];
  for (let t = s - 1; t >= 0 && t >= s - ABUSE_EVENT_BEFORE && ta.sentence[t] === sentence; t--) before.push(normAt(ta, t));
  const words: string[] = [];
  for (let t = s; t < ta.n && t < e + ABUSE_EVENT_REACH && ta.sentence[t] === sentence; t++) words.push(normAt(ta, t));
  return abuseBetweenAdults(before, words);
}
/** Review 24-1: a relative inside an adult's act is who it was done to ("The men gave her mum money"), not the child. */
function kinInside(ta: TokenArrays, s: number, e: number): boolean {
  for (let t = s; t < e; t++) if (KIN_IDS.has(ta.id[t]!)) return true;
  return false;
}
function kinIsTarget(ta: TokenArrays, s: number, e: number): boolean {
  const sentence = ta.sentence[s];
  const last = Math.min(e + KIN_REACH, ta.n);
  for (let t = Math.max(0, s - KIN_BEFORE); t < e; t++) if (ta.sentence[t] === sentence && THREAT_TO_COME_IDS.has(ta.id[t]!)) return false;
  for (let t = s; t < last && ta.sentence[t] === sentence; t++) {
    const id = ta.id[t]!;
    if (KIN_POSSESSIVE_IDS.has(id)) {
      // The preposition just before, or before "his|her|their".
      const p = t > 0 && POSSESSIVE_PRONOUN_IDS.has(ta.id[t - 1]!) ? t - 2 : t - 1;
      if (p >= 0 && ta.sentence[p] === sentence && KIN_NOT_TARGET_BEFORE_IDS.has(ta.id[p]!)) continue;
      return true;
    }
    if (KIN_IDS.has(id) && t > s && (POSSESSIVE_PRONOUN_IDS.has(ta.id[t - 1]!) || normAt(ta, t - 1).endsWith("'s"))) return true;
  }
  return false;
}

/**
 * Round 22: words that make a record's heading a chronology ("Chronology: Chloe was missing for four days and was found
 * in Leeds"): what follows is what happened before (59 items under such a heading in the tuning sets, all historical).
 * Only the heading: "The chronology shows his attendance fell" is often about now.
 */
export const HISTORICAL_HEADING_WORDS: readonly string[] = ['chronology', 'chronologies'];
/**
 * Review 22a I13: words that keep what follows a chronology heading current: in the heading ("Chronology update:",
 * "Chronology of current concerns:") or anywhere in the sentence ("she is currently missing", "is still missing",
 * "went missing last night", "most weekends").
 */
export const PRESENT_HEADING_WORDS: readonly string[] = ['update', 'updates', 'updated', 'current', 'latest', 'ongoing', 'recent'];
export const PRESENT_SENTENCE_WORDS: readonly string[] = ['currently', 'still', 'now', 'ongoing', 'continues', 'continuing', 'tonight', 'today'];
/** Two-word present markers: "last night", "this week", "most weekends". */
export const PRESENT_SENTENCE_PAIRS: readonly (readonly [string, readonly string[]])[] = [
  ['last', ['night']],
  ['this', ['morning', 'afternoon', 'evening', 'week', 'weekend']],
  ['most', ['weekends', 'nights', 'days', 'evenings']],
  ['every', ['weekend', 'night', 'day', 'evening']],
];
const HISTORICAL_HEADING_IDS: ReadonlySet<number> = new Set(HISTORICAL_HEADING_WORDS.map(internWord));
const PRESENT_HEADING_IDS: ReadonlySet<number> = new Set(PRESENT_HEADING_WORDS.map(internWord));
const PRESENT_SENTENCE_IDS: ReadonlySet<number> = new Set(PRESENT_SENTENCE_WORDS.map(internWord));
const PRESENT_PAIR_IDS: ReadonlyMap<number, ReadonlySet<number>> = new Map(
  PRESENT_SENTENCE_PAIRS.map(([w, next]) => [internWord(w), new Set(next.map(internWord))] as const),
);
/**
 * Review 22b I8: a relative unconscious, collapsed or taken to hospital is their substance misuse
 * (fa_parental_substance_misuse, the otherCode of ad_intoxication_hospital) only with a drink or drug word in the
 * sentence ("Mum is drinking heavily again and was unconscious when police attended"), not after a seizure or a fall.
 */
export const SUBSTANCE_SENTENCE_WORDS: readonly string[] = [
  ...'drink|drinks|drinking|drank|drunk|alcohol|alcoholic|intoxicated|intoxication|overdose|overdosed|od|drugs|drug|substance|substances|heroin|cocaine|crack|cannabis|methadone|vodka|etoh|pills|wasted|paralytic|spice|ketamine|mdma|ecstasy|gbl|ghb|benzos|cans|spirits'.split(
    '|',
  ),
];
export const SUBSTANCE_OTHER_CODE = 'fa_parental_substance_misuse';
export const SUBSTANCE_OTHER_OF = 'ad_intoxication_hospital';
const SUBSTANCE_SENTENCE_IDS: ReadonlySet<number> = new Set(SUBSTANCE_SENTENCE_WORDS.map(internWord));
// Kept per sentence for the current scan, as sentenceIsPresent below.
let substanceSerial = -1;
let substanceSentence = -1;
let substanceFound = false;
function sentenceHasSubstance(ta: TokenArrays, t: number): boolean {
  const s = ta.sentence[t]!;
  if (ta.serial !== substanceSerial || s !== substanceSentence) {
    let found = false;
    for (let k = sentenceStart(ta, t); k < ta.n && ta.sentence[k] === s; k++) {
      if (SUBSTANCE_SENTENCE_IDS.has(ta.id[k]!)) {
        found = true;
        break;
      }
    }
    substanceSerial = ta.serial;
    substanceSentence = s;
    substanceFound = found;
  }
  return substanceFound;
}
// Whether a sentence has a present marker, kept per sentence for the current scan (a walk over the sentence from every
// finding would be quadratic in a long one-sentence note).
let presentSerial = -1;
let presentSentence = -1;
let presentFound = false;
function sentenceIsPresent(ta: TokenArrays, t: number): boolean {
  const s = ta.sentence[t]!;
  if (ta.serial !== presentSerial || s !== presentSentence) {
    let found = false;
    for (let k = sentenceStart(ta, t); k < ta.n && ta.sentence[k] === s; k++) {
      const id = ta.id[k]!;
      if (PRESENT_SENTENCE_IDS.has(id)) found = true;
      else if (k + 1 < ta.n && ta.sentence[k + 1] === s && PRESENT_PAIR_IDS.get(id)?.has(ta.id[k + 1]!) === true) found = true;
      if (found) break;
    }
    presentSerial = ta.serial;
    presentSentence = s;
    presentFound = found;
  }
  return presentFound;
}
function headingIsHistory(ta: TokenArrays, header: number): boolean {
  let history = false;
  const a = sentenceStart(ta, header);
  for (let t = a; t < header; t++) {
    if (PRESENT_HEADING_IDS.has(ta.id[t]!)) return false;
    // A dated entry ("Chronology 13/03/2024:") happened on its date, not before the chronology was written.
    if (isHeadingDate((i) => normAt(ta, i), a, t)) return false;
    if (HISTORICAL_HEADING_IDS.has(ta.id[t]!)) history = true;
  }
  return history && !sentenceIsPresent(ta, header);
}

// Scratch (the functions below are synchronous and not re-entrant): the candidates as parallel arrays (entry index,
// start token, end token), whether each passed its cues, and per code the last merged span (valid when its stamp is
// the current call's).
let candEntry = new Int32Array(64);
let candStart = new Int32Array(64);
let candEnd = new Int32Array(64);
let candKeep = new Uint8Array(64);
const lastByCode = new Int32Array(CODE_IDS.size);
const codeStamp = new Int32Array(CODE_IDS.size);
let calls = 0;

function growCandidates(need: number): void {
  const cap = Math.max(need, 2 * candEntry.length);
  const g = (a: Int32Array) => {
    const b = new Int32Array(cap);
    b.set(a);
    return b;
  };
  candEntry = g(candEntry);
  candStart = g(candStart);
  candEnd = g(candEnd);
  candKeep = new Uint8Array(cap);
}

/** Matches of one code with at most this many words between them, in one sentence, are one finding ("Arrested for robbery"). */
export const MERGE_GAP = 1;
/**
 * Then findings of one code that read the same (the same negated, hypothetical, historical and experiencer) with at
 * most this many words between them, in one sentence and not across `but`, `however` and the like, are one finding
 * ("found in Leeds last night, miles from home"), but "used to move money: possible money mule" stays two (a fact and
 * a possibility). Pooled over the tuning sets and the main dev split: 59 fewer duplicate findings for 2 lost
 * (test/fixtures/eval/RESULTS.md, round 16).
 */
export const SAME_READING_GAP = 4;
/**
 * Codes whose signs come as a list ("no food in the fridge, the children in dirty clothes and the heating off"): their
 * findings that read the same merge across the whole sentence, as one finding (round 21: seven tuning-set lines annotate
 * one span for such a list).
 */
export const LIST_CODES: ReadonlySet<string> = new Set([
  'fa_neglect',
  'fa_domestic_abuse',
  'rg_debt_bondage',
  'go_arrests',
  'am_found_out_of_area',
  // Round 22: "a sudden change: withdrawn, dyed hair, quiet in class" is one change (five tuning-set lines).
  'ep_change_in_behaviour',
  // Round 22: "works 12-hour days at a nail bar and hands all her wages to the owner" is one sign.
  'rg_unpaid_work',
  // Probe 23: "bruising to his ribs and a split lip" is one injury item (tuning sets annotate such lists as one span).
  'ep_injuries_assault',
  // Session 23: a scar and the operation abroad that left it, told in one sentence, are one sign.
  'ep_unexplained_surgery',
]);
/**
 * Round 23: list codes whose findings merge in one sentence whoever they are about: "Police called to the home twice
 * this month after dad hit mum in front of the children" is one sign of domestic abuse (four tuning-set lines), about
 * the parent when either part is ("other" is kept).
 */
export const ANY_EXPERIENCER_LIST_CODES: ReadonlySet<string> = new Set(['fa_domestic_abuse']);
/**
 * Review 23B: not across "and" with a relative as the new subject ("Ella is a victim of domestic abuse by her boyfriend
 * and her mum is also a victim ...": the child's and the parent's, two signs). Token ids between the two findings.
 */
const AND_ID = internWord('and');
export function kinSubjectBetween(ids: ArrayLike<number>, from: number, to: number): boolean {
  for (let t = from; t < to - 1; t++) {
    if (ids[t] === AND_ID && (KIN_IDS.has(ids[t + 1]!) || (t + 2 < to && KIN_IDS.has(ids[t + 2]!)))) return true;
  }
  return false;
}
/**
 * Broad codes that give way to a more specific sign next to them (at most GENERIC_REACH words apart, same sentence):
 * "given alcohol by older girls" is the substances given, not also older friends; "weed from the men in return for
 * sex" is the exchange, not also drug use; "no drugs on him" is carrying, not also use. Older people, sexual activity,
 * gifts and a place to stay give way to any other sign they are part of ("somewhere to sleep in return for sex with the
 * men" is the exchange); drug use only to the signs whose object is the drugs. Chosen by code from the false
 * positives of the tuning sets, keeping only codes whose giving way cost no more than one true positive there.
 */
export const GENERIC_CODES: ReadonlyMap<string, ReadonlySet<string> | 'any'> = new Map<string, ReadonlySet<string> | 'any'>([
  ['go_older_friends', 'any'],
  ['sh_sexual_activity', 'any'],
  ['rg_unexplained_gifts', 'any'],
  ['rg_accommodation_offered', 'any'],
  // Round 26: drugs sold or stored from a taken-over home are the cuckooing ("men have taken over mum's flat to sell
  // drugs", "dealers are using her gran's house to store drugs").
  ['go_carrying_drugs', new Set(['go_cuckooing'])],
  // Round 26: a party named as the setting of a hospital visit or of sex is that sign ("brought in unconscious from a
  // house party", "sex with older lads at a house party").
  ['go_taken_to_parties', new Set(['ad_intoxication_hospital', 'sh_sexual_assault', 'sh_sexual_activity'])],
  // "arrested for PWITS in Bangor, 150 miles from his home": the distance belongs to the drugs arrest out of area.
  ['am_found_out_of_area', new Set(['go_drug_arrest_out_of_area'])],
  [
    'ad_drug_use',
    new Set([
      'ad_substances_given',
      'ad_supply_controlled',
      'ad_substances_with_sex',
      'go_carrying_drugs',
      'go_internal_concealment',
      'go_drug_arrest_out_of_area',
      'rg_sex_exchange',
      'rg_debt_bondage',
      'fa_family_links_to_exploitation',
      // Round 21: drugs stored in a taken-over home or there for the taking at an adult's flat ("using her gran's house
      // to store drugs", "a flat with free drink and weed").
      'go_cuckooing',
      'rg_accommodation_offered',
    ]),
  ],
  // Round 20: drinking that is part of a more specific sign ("brought in unconscious after drinking", "taken to a flat
  // where adults were drinking", "given vodka by the men") is that sign, not also alcohol use; but not across a clause
  // joiner (CLAUSE_BOUND_GENERICS): "Mum is drinking heavily and was unconscious" is two signs.
  ['ad_alcohol', new Set(['ad_intoxication_hospital', 'ad_substances_given', 'ad_substances_with_sex', 'go_taken_to_parties', 'rg_sex_exchange'])],
  // Round 21: free drink or drugs that come with a place to stay, an offer online, sex, or before a sexual assault are
  // that sign ("let the girls stay over and give them free weed", "offered him a room and free weed"; nine tuning-set
  // lines).
  ['ad_substances_given', new Set(['rg_accommodation_offered', 'te_online_offers', 'rg_sex_exchange', 'ad_substances_with_sex'])],
  // Round 22: a sexual image passed round a year group is the bullying ("a sexual image of her was shared around Year
  // 10"; four tuning-set lines annotate the bullying only, none both).
  // Review 22b I9: not when an adult is named in the sentence (ADULT_IMAGE_WORDS): "nude images of her were sent to the
  // men", "shared on WhatsApp by her ex-boyfriend, who is 20" are the sexual image, not peer bullying.
  ['te_sexual_images', new Set(['te_online_bullying'])],
]);
/** Review 22b I9: a sexual image that an adult sends, receives or shares does not give way to online bullying. */
export const IMAGE_GENERIC = 'te_sexual_images';
export const ADULT_IMAGE_WORDS: readonly string[] = [
  ...'man|men|adult|adults|male|males|stranger|strangers|boyfriend|ex-boyfriend|olders'.split('|'),
  ...Array.from({ length: 43 }, (_, k) => [String(k + 18), `${k + 18}-year-old`]).flat(),
];
const ADULT_IMAGE_IDS: ReadonlySet<number> = new Set(ADULT_IMAGE_WORDS.map(internWord));
/**
 * Broad codes with a set of specific codes that, like the codes that give way to any sign, do not give way across a
 * clause joiner (CLAUSE_JOIN_WORDS). Round 20, tuning sets and main dev split pooled: 6 fewer false alarms, none found
 * lost (with the joiner ignored, 3 were lost: a parent's drinking or drug use, a friend's, then a hospital visit).
 */
// Round 26: parties too ("She was taken to a party by older men and was found unconscious" is two signs).
export const CLAUSE_BOUND_GENERICS: ReadonlySet<string> = new Set(['ad_alcohol', 'ad_substances_given', 'go_taken_to_parties']);
export const GENERIC_REACH = 4;
/** Words that turn the sentence ("denies drugs but was found with cannabis"): a broad code does not give way across them. */
export const CONTRAST_WORDS: readonly string[] = ['but', 'however', 'although', 'though', 'whereas', 'yet', 'while', 'whilst'];
const CONTRAST_IDS = new Set(CONTRAST_WORDS.map(internWord));
/**
 * Words that join a new clause ("goes missing and returns with a new phone", "an older boyfriend who buys her gifts"):
 * a code that gives way to any sign does not give way across them, as the two are then separate signs (tuning sets
 * and the main dev split pooled: +8 found, +2 false alarms).
 */
export const CLAUSE_JOIN_WORDS: readonly string[] = ['and', 'who', 'which', 'then'];
const JOIN_IDS = new Set(CLAUSE_JOIN_WORDS.map(internWord));
function contrastBetween(id: Int32Array, from: number, to: number, joins: boolean): boolean {
  for (let t = from; t < to; t++) if (CONTRAST_IDS.has(id[t]!) || (joins && JOIN_IDS.has(id[t]!))) return true;
  return false;
}
/** Whether a finding of `generic` gives way to one of `other` nearby (GENERIC_CODES). */
export function givesWay(generic: string, other: string): boolean {
  // Round 24: the child's standing status is no sign for a broad one to be part of ("Foster carer: Kayden has new
  // trainers" keeps the trainers, also once the heading is dropped).
  if (NEVER_CONTAINED.has(other)) return false;
  if (SEPARATE_SIGNS.get(generic)?.has(other)) return false;
  const to = GENERIC_CODES.get(generic);
  // A code named in the set gives way even when it is broad itself (round 21: substances given give way to a place to
  // stay offered with them); 'any' means any code that is not broad, or broad only towards a few signs that include
  // it (SPECIFIC_GENERICS: "given alcohol by older girls" is still the substances given, not older friends).
  // A specific broad code that itself gives way to this one wins (review 21b H1: "gave her cannabis for a place to stay"
  // would otherwise lose both).
  if (to === 'any') {
    const back = GENERIC_CODES.get(other);
    return back === undefined || (SPECIFIC_GENERICS.has(other) && !(back !== 'any' && back.has(generic)));
  }
  return to !== undefined && to.has(other);
}
/**
 * Rev-ind-3: pairs that are two signs side by side, not one: the men who collect the child and the gifts they buy her
 * ("The older men who collected her from the park bought her new clothes").
 */
export const SEPARATE_SIGNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // Session 23: and the return from missing, the late night or the drinking that the new things come back with ("returned
  // from missing at 0900 with new trainers", "comes home at 2am with new jewellery", "came in drunk, with a new jacket").
  ['rg_unexplained_gifts', new Set(['go_unknown_adults_collect', 'am_missing', 'am_staying_out_late', 'ad_alcohol'])],
  // Session 23: the child's isolation from peers or trusted adults and the older people who took their place ("no
  // friends his own age, only the men from the gym", "no adult he trusts apart from the men at the flat").
  ['go_older_friends', new Set(['ep_isolated', 'fa_no_trusted_adult'])],
]);
/** Codes in GENERIC_CODES that are specific signs all the same for the codes that give way to any sign. */
// Round 26: carrying drugs and parties too, which give way only to the few signs they are part of ("dropping packages
// around flats for older boys" is still the carrying, not older friends).
export const SPECIFIC_GENERICS: ReadonlySet<string> = new Set(['ad_substances_given', 'go_carrying_drugs', 'go_taken_to_parties']);
/**
 * Round 22: codes for the child's standing status that are kept when another sign's words hold them ("missing from the
 * children's home", "picks her up from the children's home": both signs; three tuning-set lines).
 */
export const NEVER_CONTAINED: ReadonlySet<string> = new Set(['fa_in_care', 'go_older_partner']);
const NEVER_CONTAINED_CODE = Uint8Array.from({ length: CODE_IDS.size }, () => 0);
for (const c of NEVER_CONTAINED) if (CODE_IDS.has(c)) NEVER_CONTAINED_CODE[CODE_IDS.get(c)!] = 1;
// The same by code id, for the loop below: row `generic` * N + `other`.
const N_CODES = CODE_IDS.size;
const IMAGE_CODE = CODE_IDS.get(IMAGE_GENERIC) ?? -1;
const GIVES_WAY = new Uint8Array(N_CODES * N_CODES);
const GENERIC_KEYS = [...GENERIC_CODES.keys()].filter((c) => CODE_IDS.has(c));
const GENERIC_IDS = GENERIC_KEYS.map((c) => CODE_IDS.get(c)!);
const GENERIC_INDEX = new Int32Array(N_CODES).fill(-1); // code id -> its place in GENERIC_IDS
GENERIC_IDS.forEach((id, q) => (GENERIC_INDEX[id] = q));
for (const [g, gi] of CODE_IDS) for (const [o, oi] of CODE_IDS) GIVES_WAY[gi * N_CODES + oi] = givesWay(g, o) ? 1 : 0;
const REACHED_BY = new Int32Array(GENERIC_IDS.length);
// By place in GENERIC_IDS: 1 when the code gives way to any sign or is clause-bound (CLAUSE_BOUND_GENERICS), and so not
// across CLAUSE_JOIN_WORDS.
const GIVES_WAY_TO_ANY = Uint8Array.from(GENERIC_KEYS, (c) => (GENERIC_CODES.get(c) === 'any' || CLAUSE_BOUND_GENERICS.has(c) ? 1 : 0));

// One finding per indicator per stretch of wording: overlapping matches of the same code are merged ("went missing
// from home" is one finding, not two, also when two entries of one code match it; MERGE_GAP), a match lying strictly
// inside a longer match of another code is dropped ("threatened to share images" is sextortion, not also a threat of
// violence; "found in a hotel" is not also "hotel"), and a broad code next to a specific one gives way (GENERIC_CODES).
// Works in place on the first `count` candidates with candKeep set; returns the number of spans, compacted to the
// front of the candidate arrays.
// Whether the sentence holds an adult word (ADULT_IMAGE_WORDS), kept per sentence for the current call of resolve.
let adultCall = -1;
let adultSentence = -1;
let adultFound = false;
function sentenceHasAdult(call: number, sentence: Int32Array, id: Int32Array, n: number, t: number): boolean {
  const s = sentence[t]!;
  if (call !== adultCall || s !== adultSentence) {
    let a = t;
    while (a > 0 && sentence[a - 1] === s) a--;
    let found = false;
    for (let k = a; k < n && sentence[k] === s && !found; k++) found = ADULT_IMAGE_IDS.has(id[k]!);
    adultCall = call;
    adultSentence = s;
    adultFound = found;
  }
  return adultFound;
}

function resolve(text: string, ta: TokenArrays, count: number): number {
  const { sentence, id, n } = ta;
  const call = ++calls;
  let merged = 0;
  for (let k = 0; k < count; k++) {
    if (candKeep[k] === 0) continue;
    const code = CODE_OF[candEntry[k]!]!;
    const s = candStart[k]!;
    const e = candEnd[k]!;
    if (codeStamp[code] === call) {
      const last = lastByCode[code]!;
      const lastEnd = candEnd[last]!;
      // Session 19: not across a heading's colon ("MARAC: Mum's partner hit her"), so the heading rule drops the
      // heading's own finding and keeps the body's (headingRoleDrops).
      if (s - lastEnd <= MERGE_GAP && sentence[s] === sentence[lastEnd - 1] && !(s >= lastEnd && headerEnd(text, ta, s) >= lastEnd)) {
        if (e > candEnd[last]!) candEnd[last] = e;
        continue;
      }
    }
    // merged <= k, so the candidates still to read are not overwritten.
    candEntry[merged] = candEntry[k]!;
    candStart[merged] = s;
    candEnd[merged] = e;
    codeStamp[code] = call;
    lastByCode[code] = merged++;
  }
  // merged is sorted by start; a containing span starts at or before the contained one. Sweep with the furthest end.
  let out = 0;
  let maxEnd = -1;
  let maxSpan = -1; // index into the merged spans (not yet overwritten: out <= k)
  let maxCode = -1;
  let maxStart = -1;
  for (let k = 0; k < merged; k++) {
    const code = CODE_OF[candEntry[k]!]!;
    const s = candStart[k]!;
    const e = candEnd[k]!;
    const contained = maxSpan >= 0 && maxCode !== code && e <= maxEnd && (maxStart < s || maxEnd > e) && NEVER_CONTAINED_CODE[code] === 0;
    if (e > maxEnd) {
      maxEnd = e;
      maxSpan = k;
      maxCode = code;
      maxStart = s;
    }
    if (contained) continue;
    candEntry[out] = candEntry[k]!;
    candStart[out] = s;
    candEnd[out++] = e;
  }
  // Broad codes next to a specific one. Spans are sorted by start, so those starting in one sentence are consecutive:
  // reachedBy[g] is the furthest end, among the spans before this one that start in its sentence, of a code that the
  // generic code g gives way to (linear, also for a note that is one long sentence).
  let kept = 0;
  let inSentence = -1;
  for (let k = 0; k < out; k++) {
    const s = candStart[k]!;
    const e = candEnd[k]!;
    const code = CODE_OF[candEntry[k]!]!;
    if (sentence[s] !== inSentence) {
      inSentence = sentence[s]!;
      for (let q = 0; q < REACHED_BY.length; q++) REACHED_BY[q] = -1; // a loop, not fill(): a handful, once per sentence
    }
    let yields = false;
    const g = GENERIC_INDEX[code]!;
    if (g >= 0) {
      const joins = GIVES_WAY_TO_ANY[g] === 1;
      // The nearest earlier one is enough: any other one has the same words between and more.
      yields = REACHED_BY[g]! >= 0 && s - REACHED_BY[g]! <= GENERIC_REACH && !contrastBetween(id, REACHED_BY[g]!, s, joins);
      const row = code * N_CODES;
      for (let j = k + 1; j < out && !yields && candStart[j]! - e <= GENERIC_REACH; j++) {
        yields = GIVES_WAY[row + CODE_OF[candEntry[j]!]!] === 1 && sentence[candStart[j]!] === sentence[s] && !contrastBetween(id, e, candStart[j]!, joins);
      }
    }
    // Every span, broad or not, that a broad code gives way to (a broad code may name another in its set).
    for (let q = 0; q < GENERIC_IDS.length; q++) {
      if (GIVES_WAY[GENERIC_IDS[q]! * N_CODES + code] === 1 && e > REACHED_BY[q]!) REACHED_BY[q] = e;
    }
    if (yields && code === IMAGE_CODE && sentenceHasAdult(call, sentence, id, n, s)) yields = false;
    if (yields) continue;
    candEntry[kept] = candEntry[k]!;
    candStart[kept] = s;
    candEnd[kept++] = e;
  }
  return kept;
}

/** Indicators in already tokenized text (the scan entry point shares one tokenization between checkers). */
export function findIndicatorsInTokens(text: string, tokens: readonly Token[], opts: ContextOptions = {}): IndicatorFinding[] {
  const { ta, sentences } = arraysAndCache(tokens);
  return findIndicatorsInArrays(text, ta, opts, sentences);
}

/** Indicators over scanned token arrays (tokenize.ts `scanText`): the fast path. */
export function findIndicatorsInArrays(text: string, ta: TokenArrays, opts: ContextOptions = {}, perSentence?: ContextCache): IndicatorFinding[] {
  const count = INDICATOR_MATCHER.matchTriples(ta, 0, ta.n);
  return findIndicatorsInTriples(text, ta, opts, INDICATOR_MATCHER.triples, count, perSentence);
}

/**
 * The same from a matcher's triples (entry, startToken, endToken) over `ta`, in the matcher's order, where the entry is
 * an index into INDICATOR_PHRASES; triples of larger entry numbers are skipped (a combined matcher's other entries,
 * core/language/analyse.ts).
 */
export function findIndicatorsInTriples(
  text: string,
  ta: TokenArrays,
  opts: ContextOptions,
  triples: readonly number[],
  count: number,
  perSentence?: ContextCache,
): IndicatorFinding[] {
  let n = 0;
  for (let k = 0; k < 3 * count; k += 3) {
    const entry = triples[k]!;
    if (entry >= N_ENTRIES) continue;
    if (n === candEntry.length) growCandidates(n + 1);
    candEntry[n] = entry;
    candStart[n] = triples[k + 1]!;
    candEnd[n++] = triples[k + 2]!;
  }
  if (n === 0) return [];
  // Round 23: the words of a record's heading ("Railway staff:", "Youth worker:") name who wrote, and veto nothing.
  // Review 23B: unless the heading names the setting ("School trip:").
  keepByCues(INDICATOR_CUES, ta, candEntry, candStart, candEnd, n, candKeep, (k) => {
    const h = headerEnd(text, ta, candStart[k]!);
    return h > 0 && HEADING_SETTINGS.has(normAt(ta, h - 1)) ? 0 : h;
  });
  // Round 26: "the older lads" in the middle of a clause, after a preposition, a verb or a noun, are the agents or the
  // audience of another act ("for the older lads", "the weed the older lads supply", "send a live location to the older
  // boys"); as the subject that opens a clause they are still the sign ("The older lads decide whether he is allowed").
  for (let k = 0; k < n; k++) {
    const s = candStart[k]!;
    if (candKeep[k] === 0 || CODE_OF[candEntry[k]!] !== OLDER_FRIENDS_CODE || candEnd[k]! - s !== 2 || s < 1) continue;
    if (ta.id[s] !== OLDER_ID || !OLDER_GROUP_IDS.has(ta.id[s + 1]!) || ta.id[s - 1] !== THE_ID) continue;
    const p = s - 2;
    const opens = p < 0 || ta.sentence[p] !== ta.sentence[s] || headerEnd(text, ta, s - 1) === s - 1;
    const company = ta.id[p] === WITH_ID && p > 0 && ta.sentence[p - 1] === ta.sentence[s] && COMPANY_WITH_IDS.has(ta.id[p - 1]!);
    if (!opens && !CLAUSE_OPEN_IDS.has(ta.id[p]!) && !company) candKeep[k] = 0;
  }
  // Round 26: a match that runs from a record's heading across its colon into the entry reads two things as one
  // ("GP notes: 15-year-old pregnant by a man" is not bank notes; "School attendance log: 14/11/2026" is no figure).
  for (let k = 0; k < n; k++) {
    if (candKeep[k] === 0 || candEnd[k]! - candStart[k]! < 2 || !colonInside(text, ta, candStart[k]!, candEnd[k]!)) continue;
    const h = headerEnd(text, ta, candEnd[k]! - 1);
    if (h > candStart[k]!) candKeep[k] = 0;
  }
  const spans = resolve(text, ta, n);
  const cache = perSentence ?? newContextCache();
  const findings: IndicatorFinding[] = [];
  noteStamp++;
  for (let k = 0; k < spans; k++) {
    const entry = candEntry[k]!;
    const startToken = candStart[k]!;
    const endToken = candEnd[k]!;
    const header = headerEnd(text, ta, startToken);
    // Round 31: any code, for a role heading (headingRoleDrops).
    if (header < 0) {
      // Round 22: the heading may run on past the finding ("UASC health assessment: Hamid has ...", "MFH closing:
      // Deacon was found ...").
      let t = endToken;
      // Its date does not count ("MFH 03/02/2024 14:10: Jaden was found in Leeds").
      for (let k = 0; k < HEADER_MAX_WORDS && t + 1 < ta.n && ta.sentence[t + 1] === ta.sentence[startToken];) {
        t++;
        if (!isDigitToken(text, ta.start[t]!, ta.end[t]!)) k++;
      }
      const found = headerEnd(text, ta, t);
      const bare = found < 0 ? bareHeadingEnd(text, ta, startToken) : -1;
      const h = found >= 0 ? found : bare;
      if (endToken <= h) {
        let w = h - 1;
        while (w >= endToken && isHeadingDateWord(normAt(ta, w))) w--;
        const before = startToken > 0 && ta.sentence[startToken - 1] === ta.sentence[startToken] ? normAt(ta, startToken - 1) : '';
        let reported = false;
        for (let j = endToken; j < w && !reported; j++) reported = HEADING_REPORT_WORDS.has(normAt(ta, j));
        let clause = false;
        for (let j = sentenceStart(ta, startToken); j < w && !clause; j++) clause = headingClauseWord(normAt(ta, j));
        if (headingRoleDrops(normAt(ta, w), before, reported, ENTRY_CODE[entry]!.code, clause)) continue;
        if (HEADING_CODE[entry] === true) {
          const opens =
            startToken === 0 || opensLine(text, ta.end[startToken - 1]!, ta.start[startToken]!, ta.sentence[startToken - 1] !== ta.sentence[startToken]);
          if (headingWriterDrops(ENTRY_CODE[entry]!.code, normAt(ta, endToken - 1), opens)) continue;
          if (bare < 0 && headingHasSubject(normAt(ta, h), text.slice(ta.start[h], ta.end[h]))) continue;
        }
      }
    }
    const dated = header < 0 ? headerEnd(text, ta, startToken, true) : -1;
    // One options object of one shape, reused (not a new object per finding).
    ctxOpts.currentYear = opts.currentYear;
    ctxOpts.header = header >= 0 ? header : opts.header;
    ctxOpts.datedHeading = header < 0 && dated >= 0 ? dated : opts.datedHeading;
    const ctx = contextDetailArrays(ta, startToken, endToken, ctxOpts, cache);
    if (
      ctx.experiencer === 'other' &&
      ACTED_ON_CHILD[entry] === true &&
      ((ctx.otherKind === 'adult' &&
        ADULT_ACT[entry] === true &&
        !kinInside(ta, startToken, endToken) &&
        (childNear(ta.id, ta.sentence, ta.n, startToken, endToken) || nameInside(text, ta, startToken, endToken))) ||
        ((childIsObject(ta.id, ta.sentence, ta.n, startToken, endToken, ctx.otherKind === 'family' || ctx.otherKind === 'sibling') ||
          (ADULT_ACT[entry] === true &&
            !kinInside(ta, startToken, endToken) &&
            nameIsObject(
              ta.id,
              ta.sentence,
              ta.n,
              startToken,
              endToken,
              (t) => nameAt(text, ta, t),
              (t) => normAt(ta, t),
            ))) &&
          !receiverOpens(ENTRY_CODE[entry]!.code, normAt(ta, startToken)) &&
          !ownedByOther(ENTRY_CODE[entry]!.code, startToken > 0 && isOwnerWord(normAt(ta, startToken - 1)))))
    ) {
      ctx.experiencer = 'child';
      ctx.otherKind = null;
    }
    if (ctx.experiencer === 'other' && childSign(ENTRY_CODE[entry]!.code, ctx.otherKind, startToken > 0 && isOwnerWord(normAt(ta, startToken - 1)))) {
      ctx.experiencer = 'child';
      ctx.otherKind = null;
    }
    const other = ENTRY_OTHER_CODE[entry] ?? null;
    const info =
      ctx.experiencer === 'other' &&
      other !== null &&
      familyCode(ctx.otherKind, other.code) &&
      (other.code !== SUBSTANCE_OTHER_CODE || ENTRY_CODE[entry]!.code !== SUBSTANCE_OTHER_OF || sentenceHasSubstance(ta, startToken))
        ? other
        : ctx.experiencer === 'other' && ctx.otherKind === 'peer' && PEER_SIGN[entry] === true
          ? PEER_INFO
          : ctx.experiencer === 'other' && (ctx.otherKind === 'family' || ctx.otherKind === 'sibling') && FAMILY_LINK_SIGN[entry] === true
            ? FAMILY_LINK_INFO
            : ENTRY_CODE[entry]!;
    // Codes about someone else by definition (a parent's drinking, a sibling's exploitation) and codes about the past
    // by definition (previous abuse) keep that flag whatever the sentence's triggers say.
    if (info.other) ctx.experiencer = 'other';
    else if (info.child) ctx.experiencer = 'child';
    else if (
      ctx.experiencer === 'child' &&
      KIN_TARGET_CODES.has(info.code) &&
      kinIsTarget(ta, startToken, endToken) &&
      !childIsObject(ta.id, ta.sentence, ta.n, startToken, endToken)
    )
      ctx.experiencer = 'other';
    else if (
      ctx.experiencer === 'child' &&
      PARTNER_ABUSE_CODES.has(info.code) &&
      opensWithKinPartner(ta, startToken, endToken) &&
      !partnerChildAfter(text, ta, endToken)
    )
      ctx.experiencer = 'other';
    else if (ctx.experiencer === 'child' && PARTNER_ABUSE_CODES.has(info.code) && !CHILD_OBJECT[entry] && abuseEventAt(ta, startToken, endToken))
      ctx.experiencer = 'other';
    else if (ctx.experiencer === 'child' && reporterObject(text, ta, header >= 0 ? header : sentenceStart(ta, startToken), startToken, endToken))
      ctx.experiencer = 'other';
    if (info.historical || (header >= 0 && headingIsHistory(ta, header))) ctx.historical = true;
    if (ctx.hypothetical && THREAT[entry] === true && threatTold(text, ta, startToken)) ctx.hypothetical = false;
    const start = ta.start[startToken]!;
    const end = ta.end[endToken - 1]!;
    const last = lastInSentence(findings, info.code, ta.sentence, startToken);
    if (last >= 0) {
      const f = findings[last]!;
      const lastEnd = foundEnd[last]!;
      if (
        (startToken - lastEnd <= SAME_READING_GAP || LIST_CODES.has(info.code)) &&
        f.negated === ctx.negated &&
        f.hypothetical === ctx.hypothetical &&
        f.historical === ctx.historical &&
        (f.experiencer === ctx.experiencer || (ANY_EXPERIENCER_LIST_CODES.has(info.code) && !kinSubjectBetween(ta.id, lastEnd, startToken))) &&
        !contrastBetween(ta.id, lastEnd, startToken, false)
      ) {
        if (ctx.experiencer === 'other') f.experiencer = 'other';
        if (endToken > lastEnd) {
          foundEnd[last] = endToken;
          f.end = end;
          f.text = text.slice(f.start, end);
        }
        continue;
      }
    }
    if (findings.length === foundEnd.length) foundEnd = growInt32(foundEnd, findings.length + 1);
    foundEnd[findings.length] = endToken;
    setLastOfCode(info.code, findings.length);
    findings.push({
      code: info.code,
      category: (info.category ??= categoryOf(info.code)),
      start,
      end,
      text: text.slice(start, end),
      negated: ctx.negated,
      hypothetical: ctx.hypothetical,
      historical: ctx.historical,
      experiencer: ctx.experiencer,
    });
  }
  return findings;
}

const ctxOpts: ContextOptions = { currentYear: undefined, header: undefined, datedHeading: undefined };

// The end token of each finding so far (findIndicatorsInTriples), by index.
let foundEnd: Int32Array<ArrayBuffer> = new Int32Array(64);
function growInt32(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}
// The index of the last finding of `code` in the sentence of token `at`, or -1. Findings come in order of start and a
// finding stays in its sentence, so it is the code's last finding when that one is in this sentence: kept per code,
// not found by a walk back over the sentence's findings, which was quadratic in a 100 KB one-sentence list where one
// code recurs far apart. Per code slot: the finding's index and the note it was set in (noteStamp), so that nothing is
// cleared per note (a Map's clear allocates a new table: it showed in the profile of a million notes).
const CODE_SLOT = new Map<string, number>();
let lastIndex = new Int32Array(128);
let lastStamp = new Float64Array(128); // exact note numbers far past 2^31
let noteStamp = 0;
function slotOf(code: string): number {
  let k = CODE_SLOT.get(code);
  if (k === undefined) {
    CODE_SLOT.set(code, (k = CODE_SLOT.size));
    if (k === lastIndex.length) {
      lastIndex = growInt32(lastIndex, k + 1);
      const stamps = new Float64Array(2 * lastStamp.length);
      stamps.set(lastStamp);
      lastStamp = stamps;
    }
  }
  return k;
}
function setLastOfCode(code: string, index: number): void {
  const k = slotOf(code);
  lastIndex[k] = index;
  lastStamp[k] = noteStamp;
}
function lastInSentence(findings: readonly IndicatorFinding[], code: string, sentence: Int32Array, at: number): number {
  const k = slotOf(code);
  if (lastStamp[k] !== noteStamp) return -1;
  const i = lastIndex[k]!;
  return i < findings.length && sentence[foundEnd[i]! - 1] === sentence[at] ? i : -1;
}

const SCRATCH = newTokenArrays(1024);

/**
 * SAFEGUARD indicators in a note, each with its UTF-16 span and ConText (negated, hypothetical, historical, experiencer).
 * Negated and hypothetical findings are returned too: the caller shows them and never scores them (issue 4 §2).
 * Pass `currentYear` to treat every earlier year in a sentence as historical; without it only "in 2019"-style
 * phrases are.
 */
export function findIndicators(text: string, opts: ContextOptions = {}): IndicatorFinding[] {
  return findIndicatorsInArrays(text, scanText(text, SCRATCH), opts);
}

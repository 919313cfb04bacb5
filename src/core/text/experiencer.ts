import { internWord } from './vocab.ts';

// "Mum's partner gave her cannabis", "the man in the takeaway gives her free food", "the men threatened him": another
// person is the subject, but the child is the one acted on, so the finding is about the child (the annotation rule:
// an adult acting on the child does not make the item `other`). The sign used here: an object pronoun (the child) in
// the finding's own words after its first word, or just after them, that is not a possessive before a person ("hits
// her mum" stays about mum). Pronouns cannot be resolved, so this is a heuristic, like the rest of ConText.

// Not reflexives: "herself", "himself" refer back to the subject ("his friend tried to hang himself" is the friend's).
export const CHILD_OBJECT_WORDS: readonly string[] = ['her', 'him', 'them', 'me'];

/** Review 23B: a heading that names the setting, not who wrote ("School trip:", "Family holiday:"): its words still veto. */
export const HEADING_SETTINGS: ReadonlySet<string> = new Set(['trip', 'holiday', 'holidays', 'residential', 'camp', 'outing', 'excursion']);

/** Person nouns after a possessive pronoun: "her mum", "his brother" name someone else, not the child. */
export const PERSON_NOUNS: readonly string[] = [
  'mum',
  'mother',
  'mam',
  'dad',
  'father',
  'parent',
  'parents',
  'stepdad',
  'stepmum',
  'stepfather',
  'stepmother',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'sibling',
  'siblings',
  'cousin',
  'cousins',
  'uncle',
  'aunt',
  'auntie',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'grandmother',
  'grandfather',
  'partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'friend',
  'friends',
  'mate',
  'mates',
  'children',
  'kids',
  'baby',
  'son',
  'daughter',
  'family',
  'carer',
  'carers',
];

/**
 * Review 32: a pronoun between a preposition of place and a body part ("cuts to her face", "marks on his neck") owns the
 * body part when the subject has the injury (`HAVING_WORDS` just before the finding): "Mum had cuts to her face" is
 * mum's, not something done to the child; "Mum's boyfriend left marks on her neck" still names the one acted on.
 */
export const HAVING_WORDS: readonly string[] = ['has', 'had', 'have', 'having', 'with', 'got', 'suffered', 'sustained'];
export const BODY_PLACE_WORDS: readonly string[] = ['to', 'on', 'across', 'around', 'over'];
export const BODY_PARTS: readonly string[] = (
  'hand hands face cheek cheeks head forehead scalp neck chest back ribs eye eyes ear ears nose mouth lip lips knuckles ' +
  'finger fingers foot feet stomach jaw chin arm arms leg legs wrist wrists thigh thighs shoulder shoulders knee knees body'
).split(' ');

/**
 * Round 23: with a relative as the subject (`relatives`), a pronoun just after a finding that ends in a relative clause
 * is that clause's object, not the one the subject acted on ("Mum went back to the man who abused her" is mum's; "the
 * men are the only ones who understand her" is still the child's).
 */
export const RELATIVE_WORDS: readonly string[] = ['who', 'whom'];

const TO_ID = internWord('to');
const OBJECT_IDS: ReadonlySet<number> = new Set(CHILD_OBJECT_WORDS.map(internWord));
const RELATIVE_IDS: ReadonlySet<number> = new Set(RELATIVE_WORDS.map(internWord));
const PERSON_IDS: ReadonlySet<number> = new Set(PERSON_NOUNS.map(internWord));
const BODY_PLACE_IDS: ReadonlySet<number> = new Set(BODY_PLACE_WORDS.map(internWord));
const HAVING_IDS: ReadonlySet<number> = new Set(HAVING_WORDS.map(internWord));
const BODY_PART_IDS: ReadonlySet<number> = new Set(BODY_PARTS.map(internWord));

/**
 * Is the child the object of the finding spanning tokens [s, e)? Reads vocabulary ids (`ids`, one per token) and
 * sentence numbers; looks at tokens s+1 .. e (one past the span), within the sentence.
 */
export function childIsObject(ids: ArrayLike<number>, sentences: ArrayLike<number>, n: number, s: number, e: number, relatives = false): boolean {
  const sentence = sentences[s];
  // Session 21: a finding that ends in, or just before, an infinitive's "to" reaches its verb's object ("Her boyfriend
  // threatened to strangle her": the one threatened is the one strangled).
  const reach = ids[e - 1] === TO_ID ? 1 : e < n && ids[e] === TO_ID ? 2 : 0;
  const last = Math.min(e + reach, n - 1);
  const having = s > 0 && sentences[s - 1] === sentence && HAVING_IDS.has(ids[s - 1]!);
  let relative = false;
  for (let t = s + 1; t <= last; t++) {
    if (sentences[t] !== sentence) break;
    if (relatives && RELATIVE_IDS.has(ids[t]!)) relative = true;
    if (!OBJECT_IDS.has(ids[t]!) || (relative && t === e)) continue;
    if (t + 1 < n && sentences[t + 1] === sentence && PERSON_IDS.has(ids[t + 1]!)) continue;
    if (having && t + 1 < n && sentences[t + 1] === sentence && BODY_PART_IDS.has(ids[t + 1]!) && BODY_PLACE_IDS.has(ids[t - 1]!)) continue;
    return true;
  }
  return false;
}

/**
 * Session 21: the child's name as the object, as childIsObject reads a pronoun ("Her stepdad threatened Jade", "His
 * cousin threatened to stab Tyler"): a capitalised word (`named`) in the same tokens, not after a preposition ("found
 * in Leeds") and not a possessive before a person ("threatened Jade's brother").
 */
const NOT_BEFORE_NAME_IDS: ReadonlySet<number> = new Set('in at to from into near around across by with for on of and or the a an'.split(' ').map(internWord));
export function nameIsObject(
  ids: ArrayLike<number>,
  sentences: ArrayLike<number>,
  n: number,
  s: number,
  e: number,
  named: (t: number) => boolean,
  norm: (t: number) => string,
): boolean {
  const reach = ids[e - 1] === TO_ID ? 1 : e < n && ids[e] === TO_ID ? 2 : 0;
  for (let t = s + 1; t <= Math.min(e + reach, n - 1); t++) {
    if (sentences[t] !== sentences[s]) break;
    if (!named(t) || NOT_BEFORE_NAME_IDS.has(ids[t - 1]!) || named(t - 1)) continue; // nor inside a place's name ("a Premier Inn")
    if (norm(t).endsWith("'s") && t + 1 < n && sentences[t + 1] === sentences[s] && PERSON_IDS.has(ids[t + 1]!)) continue;
    return true;
  }
  return false;
}

/**
 * Session 19: an object pronoun that refers back to the relative or carer who opens the sentence reporting it ("Mum says
 * the men keep ringing her", "Dad reported that they threatened him") is that adult, when the gender agrees (a carer
 * takes either). The child stays the object when named, or named as "her daughter", between the report and the pronoun.
 */
const REPORTER_HER: readonly string[] =
  'mum mother mam mom stepmum stepmother nan nana nanna gran grandma grandmother aunt auntie aunty sister stepsister'.split(' ');
const REPORTER_HIM: readonly string[] = 'dad father stepdad stepfather grandad granddad grandfather grandpa uncle brother stepbrother'.split(' ');
const REPORTER_EITHER: readonly string[] = ['carer', 'guardian', 'parent'];
const REPORTING_VERBS: readonly string[] = (
  'says said say reports reported told tells disclosed discloses explained explains stated states alleged alleges shared ' +
  'mentioned mentions complained complains'
).split(' ');
// Words before the adult that keep them the subject ("Her foster carer says", "The carer said", "Kayla's nan says").
const REPORTER_LEAD: readonly string[] = ['her', 'his', 'their', 'the', 'foster', 'kinship', 'also'];
// Between the adult and the verb ("Mum has said", "Nan also reports").
const REPORTER_AUX: readonly string[] = ['has', 'had', 'also', 'then', 'later'];
// A child named by relation between the report and the pronoun ("Mum says the men keep ringing her daughter").
const CHILD_RELATION: readonly string[] = ['daughter', 'son', 'child', 'grandaughter', 'granddaughter', 'grandson', 'niece', 'nephew'];
// A condition before the finding ("Mum said that if the men threaten her again ..."): the one the adult would protect.
const CONDITION_WORDS: readonly string[] = ['if', 'unless', 'whether'];
// What may follow "her" as an object, not a possessive ("ringing her again", not "track her location").
const AFTER_OBJECT_HER: readonly string[] = (
  'again all and but or so as at about after before because by for from in into on onto out off up down over to with ' +
  'without when while if until every each the a an this that these those constantly repeatedly now still too also back ' +
  'home there here late day night'
).split(' ');

// ... not one that frames the words as the speaker's own view again ("Mum says she thinks the men keep ringing her").
const SPEAKER_FRAME: readonly string[] = 'thinks thought believes believed knows knew says said suspects suspected reckons worries fears'.split(' ');
// A reported clause's own subject, by the object pronoun that would refer back to it.
const REPORTED_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['she', 'her'],
  ["she's", 'her'],
  ['shes', 'her'],
  ['he', 'him'],
  ["he's", 'him'],
  ['hes', 'him'],
  ['i', 'me'],
  ["i'm", 'me'],
  ["i've", 'me'],
]);

/**
 * Whether the object pronoun of the finding spanning tokens [s, e) (read as childIsObject reads it, up to one word past
 * it) is the reporting adult who opens its sentence at token `a`; `inSentence(t)` whether token t is in the finding's
 * sentence, `norm(t)` a token's normal form and `named(t)` whether it is a capitalised word that does not open it.
 */
export function reporterIsObject(
  norm: (t: number) => string,
  named: (t: number) => boolean,
  inSentence: (t: number) => boolean,
  a: number,
  s: number,
  e: number,
): boolean {
  let t = a;
  for (let k = 0; k < 2 && t < s && (REPORTER_LEAD.includes(norm(t)) || norm(t).endsWith("'s")); k++) t++;
  const who = norm(t);
  const her = REPORTER_HER.includes(who) || REPORTER_EITHER.includes(who);
  const him = REPORTER_HIM.includes(who) || REPORTER_EITHER.includes(who);
  if (!her && !him) return false;
  for (t++; t < s && REPORTER_AUX.includes(norm(t)); t++);
  if (t >= s || !REPORTING_VERBS.includes(norm(t))) return false;
  // Open 34: a subject pronoun of the object's gender in the reported words ("Mum says she is scared the men keep ringing
  // her") opens a clause about a third person, read as the child ("Mum said she drinks" is the child's, context.ts), and
  // the object refers back to it (the one scared is the one rung); so does a speaker's "I", who would say "me".
  let subject = '';
  for (let k = t + 1; k <= e && inSentence(k); k++) {
    const w = norm(k);
    if (named(k) || CHILD_RELATION.includes(w) || CONDITION_WORDS.includes(w)) return false;
    if (k < s && REPORTED_SUBJECTS.has(w) && !SPEAKER_FRAME.includes(norm(k + 1))) subject = REPORTED_SUBJECTS.get(w)!;
    if (k <= s || (w !== 'her' && w !== 'him')) continue;
    if (subject === w || subject === 'me') return false;
    if (w === 'her' && inSentence(k + 1) && !AFTER_OBJECT_HER.includes(norm(k + 1)) && !norm(k + 1).endsWith('ly')) return false;
    return w === 'her' ? her : him;
  }
  return false;
}

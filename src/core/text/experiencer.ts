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
  const last = Math.min(e, n - 1);
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

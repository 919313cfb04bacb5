// Types for the victim-blaming language checker (issue 4, part 1). The lexicon is data (lexicon.ts); the checker is
// pure (check.ts) and runs in Node and in the browser (docs/ARCHITECTURE.md: core is pure).

// Categories from issue 4: "blames the child / implies consent or choice / adult-centred label / criminalises the
// child / minimises harm / sexualises". Keys are stable: stored with dismissed findings and counted in lead reports.
export const LANGUAGE_CATEGORIES = {
  blames_child: { label: 'Blames the child for the harm done to them' },
  implies_consent: { label: 'Suggests the child consented or chose this' },
  adult_centred_label: { label: 'Names an abusing adult in the terms they would choose' },
  criminalises_child: { label: 'Treats the child as an offender instead of a victim' },
  minimises_harm: { label: 'Makes the harm sound smaller than it is' },
  sexualises: { label: 'Describes the child in sexual or adult terms' },
} as const;
export type LanguageCategory = keyof typeof LANGUAGE_CATEGORIES;
export const LANGUAGE_CATEGORY_KEYS = Object.keys(LANGUAGE_CATEGORIES) as LanguageCategory[];

export type LanguageSource = { title: string; url?: string };

export type LexiconEntry = {
  id: string; // stable: never reuse an id for a different meaning
  patterns: readonly string[]; // core/text/matcher.ts pattern grammar
  category: LanguageCategory;
  explanation: string; // why the wording harms, one or two sentences
  alternatives: readonly string[]; // 1-3 child-centred rewordings that keep the risk explicit
  source: string; // key in LANGUAGE_SOURCES
  requiresNear?: readonly string[]; // at least one of these patterns must match within `window` tokens, same sentence
  unlessNear?: readonly string[]; // none of these patterns may match within `window` tokens, same clause (a ; ends it)
  window?: number; // tokens either side of the match; default DEFAULT_WINDOW
  // The unlessNear cues count across a ; too (core/text/cues.ts CueSpec): only for entries whose vetoes name the
  // circumstances of the match and no person ("returned on time after contact with mum; all fine"), round 24.
  unlessAcrossSemicolon?: true;
  // Fix 24A: vetoes that count across a ; (the others stay in their clause): the circumstances of the match, never a
  // person ("returned on time after contact; all fine", not "...; mum informed").
  unlessNearAcross?: readonly string[];
  // Round 26: the window of the unlessNearAcross cues, when a circumstance in the next clause lies further off than
  // `window` ("no one is forcing her to take the tablets; she has capacity to decide"); default `window`.
  unlessNearAcrossWindow?: number;
  // requiresNear is also met by a word of exploitation (EXPLOITATION_CONTEXT_CUES in lexicon.ts) anywhere in the
  // sentence: for wording that plays down or recasts harm ("logged as a minor incident", "agreed to go with the men")
  // where the sign of abuse is often at the other end of a long sentence (up to CONTEXT_IN_SENTENCE_WINDOW tokens away:
  // a legacy note without full stops can run on for hundreds of words).
  contextInSentence?: true;
  // requiresNear is also met when a copula comes right before the match ("she is a willing participant", "he was
  // mature for his age", "presents as streetwise"; COPULA_WORDS, with up to two COPULA_FILLER_WORDS between): the
  // wording is a label hung on the child, which needs no further context.
  labelFrame?: true;
  // Quotation marks as context (quotes.ts): 'required' = only inside quotation marks (a relationship word in scare
  // quotes, the child's own first-person words); 'sufficient' = inside quotation marks the requiresNear cues are not
  // needed (the child's own words about their situation rarely repeat the context the note gives around them);
  // 'scare' = the quotation marks hold little but the match (`his "uncle"`, `her "boyfriend"`): scare quotes.
  quoted?: 'required' | 'sufficient' | 'scare';
  // Round 32 (pass across sets): the second half of a statement whose first half is already a finding ("is her own
  // worst enemy and will not listen to advice", "went of her own accord and was not forced"): dropped when another
  // finding comes before it in the same sentence, with "and" between them and both inside or both outside quotation
  // marks (check.ts trailingAnd). Rewording the first half rewords the sentence; reviewers mark it once.
  secondary?: true;
};

export const DEFAULT_WINDOW = 6;
export const CONTEXT_IN_SENTENCE_WINDOW = 40;
// A clause or sentence right after the wording that opens by calling that wording wrong ("... prostituting herself;
// this is victim-blaming language", "... streetwise. Such labels are harmful"), as reviews write: the wording is
// criticised, not used. Patterns of the core/text/matcher.ts grammar, matched from the clause's first word only, so
// that "This worker noted ..." or "This was seen as unacceptable by her carers" say nothing about the wording.
const WORDING_NOUNS = 'language|wording|term|terms|label|labels|description|descriptions|phrase|phrasing|terminology';
const WORDING_VERDICTS = 'victim-blaming|stigmatising|stigmatizing|derogatory|pejorative';
const OPENERS = 'this|that|these|such';
const BE = 'is|was|are|were';
// Who may open a sentence as the subject of a choice or an offence that is then theirs, not the child's (check.ts
// adultIsSubject): parents, carers and adult relatives (core/text/context-triggers.ts PERSON_FAMILY, without the
// siblings and cousins, who may be children), and a parent's partner ("Mum's boyfriend ...").
export const ADULT_RELATIVE_WORDS: readonly string[] = [
  ...['mum', 'mam', 'mom', 'mother', 'dad', 'father', 'stepdad', 'step-dad', 'stepfather', 'step-father', 'stepmum', 'step-mum', 'stepmother'],
  ...['step-mother', 'parent', 'parents', 'carer', 'carers', 'uncle', 'aunt', 'aunty', 'auntie', 'grandmother', 'grandma', 'gran', 'nan'],
  ...['nanna', 'nana', 'grandfather', 'grandad', 'granddad', 'grandpa', 'grandparents'],
];
export const PARENT_POSSESSIVE_WORDS: readonly string[] = ["mum's", "mother's", "dad's", "father's"];
export const PARENT_DETERMINER_WORDS: readonly string[] = ['the', 'her', 'his', 'their'];
// An unnamed adult after "the" ("The men involved chose to ..."); not "the male": police logs call the child "the male".
export const ADULT_SUBJECT_WORDS: readonly string[] = ['adult', 'adults', 'man', 'men', 'perpetrator', 'perpetrators'];
// Plural adults may open a sentence without a determiner ("Adults have taken over Kai's flat to deal drugs from it",
// round 22); ConText then decides whether they govern the wording, as for "The men ...".
export const BARE_ADULT_SUBJECT_WORDS: readonly string[] = ['adults', 'men', 'perpetrators'];
// What opens a sentence before such an adult (check.ts adultOpening): "the", "a", "an", and round 26 a number or a
// quantifier ("Two men in their thirties were arrested for dealing cocaine", "Several adults chose to ...").
// An adult's age as a decade ("two men in their thirties": check.ts adultOpening).
export const DECADE_WORDS: readonly string[] = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', '20s', '30s', '40s', '50s', '60s'];
export const ADULT_OPENING_DETERMINER_WORDS: readonly string[] = ['the', 'a', 'an', 'two', 'three', 'four', 'five', 'several', 'some', 'both'];
// Between the determiner and the noun of an adult opening the sentence (check.ts adultOpening): "The older man",
// "An adult male", besides an adult age ("The 29-year-old man", isAdultAge).
export const ADULT_MODIFIER_WORDS: readonly string[] = ['older', 'adult'];
// Nouns that name an adult only after such a word ("An adult male", "The 40-year-old female").
export const ADULT_SEX_WORDS: readonly string[] = ['male', 'males', 'female', 'females'];
// Besides PARENT_GAP_WORDS, what may stand between such an adult and the wording: the adult's own arrest, charge or
// admission ("was arrested for being", "admitted he had been"), nothing that brings in another person.
export const ADULT_GAP_WORDS: readonly string[] = [
  ...['arrested', 'charged', 'convicted', 'cautioned', 'admitted', 'admits', 'for', 'of', 'with', 'he', 'she', 'they', 'had', 'been', 'being'],
];
/** An age of 18 or more as a bare number ("Mum, 42, is ...", "the 19 year old sister"). */
export function isAdultNumber(norm: string): boolean {
  return /^\d{2}$/.test(norm) && Number(norm) >= 18;
}
// Round 24: "the 19 year old sister" (three tokens) as well as "the 19-year-old sister" (isAdultAge).
export const AGE_YEAR_WORDS: readonly string[] = ['year', 'years', 'yr', 'yrs'];
/** An age of 18 or more as one token: "29-year-old", "40-yr-old", "35yo". */
export function isAdultAge(norm: string): boolean {
  const m = /^(\d{2})(?:-year-old|-yr-old|yo)$/.exec(norm);
  return m !== null && Number(m[1]) >= 18;
}
// What may stand between a parent and the wording it is the subject of: auxiliaries, a copula, negation, a few adverbs
// ("Mum is in a consensual relationship", "Dad has also chosen to"), nothing that could bring in the child ("Mum
// describes Chloe as", "Mum supports her decision to", "Mum is angry as Chloe keeps choosing").
export const PARENT_GAP_WORDS: readonly string[] = [
  ...['is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'had', 'have', 'will', 'would', 'may', 'might', 'can', 'could', 'should', 'must'],
  ...['not', 'never', 'also', 'then', 'now', 'still', 'just', 'already', 'always', 'often', 'currently', 'clearly', 'openly', 'in', 'a', 'an'],
];
// A denial right before the wording ("were not promiscuous", "is not a drug runner", "did not choose to", "this is not
// a lifestyle choice", "is not putting herself at risk"): the writer corrects the wording instead of using it (check.ts
// deniedLabel). Token norms (the tokenizer makes ’ a ').
export const DENIAL_WORDS: readonly string[] = [
  'not',
  'never',
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "didn't",
  "doesn't",
  "don't",
  'no',
  'denies',
  'denied',
  'denying',
];
// After a line's heading, a subject: a pronoun, one of these determiners and a noun, or a capitalised name ("Police: she
// agreed to ...", "Youth worker: the girl ...", "Return home interview: Ashton ..."): the heading is the note's source
// and its words veto nothing (check.ts vetoFrom). Otherwise the heading names the subject ("Mum: uncooperative and
// hostile at the door", "Hotel manager: would not cooperate"), and a veto sees it.
export const HEADING_PRONOUN_WORDS: readonly string[] = ['she', 'he', 'they', 'i', 'we', 'you', 'it', 'there'];
// Round 26: the child named by a bare noun after the heading, as front-line staff write ("Youth worker: yp recruited by
// older males", "Police officer: girl of 14 found in a flat"): a subject, as a pronoun is.
export const HEADING_CHILD_WORDS: readonly string[] = ['yp', 'cyp', 'child', 'girl', 'boy', 'lad', 'lass', 'teenager', 'juvenile', 'pupil', 'student'];
// Round 26: a heading that names the writer's role ("Police officer:", "Custody officer:", "Hotel night manager:",
// "Taxi driver statement:", "Carer daily log:") says who wrote the note, not what happened to the child: its words do not
// meet an entry's requiresNear cues or the sentence-wide exploitation words (check.ts writerHeadingEnd), so "Police
// officer: Maisie is very mature about managing her diabetes" is not made sexual by the word "police". A heading that
// names the episode itself still does ("Missing coordinator:", "CSE lead:"; HEADING_EPISODE_WORDS), and so does any
// other heading ("Sexual health:", "MFH closure:", "Youth offending:").
export const WRITER_ROLE_WORDS: readonly string[] = [
  ...['officer', 'officers', 'worker', 'workers', 'coach', 'coaches', 'manager', 'managers', 'driver', 'drivers', 'staff', 'guard', 'guards'],
  ...['receptionist', 'receptionists', 'marshal', 'marshals', 'teacher', 'teachers', 'nurse', 'nurses', 'doctor', 'gp', 'dsl', 'sergeant'],
  ...['constable', 'pc', 'pcso', 'member', 'lead', 'coordinator', 'co-ordinator', 'assistant', 'attendant', 'warden', 'supervisor'],
  ...['controller', 'operator', 'porter', 'cleaner', 'caretaker', 'chair', 'iro', 'visitor', 'midwife', 'paramedic', 'practitioner'],
  ...['adviser', 'advisor', 'volunteer', 'steward', 'conductor', 'inspector', 'clerk', 'pharmacist', 'solicitor', 'carer', 'carers', 'security'],
];
// Round 26: a heading whose last word names a record ("Carer daily log:", "Residential handover:", "Strategy meeting
// minutes:") is the note's source whatever follows its colon: its words veto nothing (check.ts vetoFrom).
export const HEADING_RECORD_WORDS: readonly string[] = [
  ...['log', 'logs', 'diary', 'notes', 'note', 'handover', 'minutes', 'statement', 'report', 'form', 'sheet', 'email', 'entry'],
  ...['record', 'briefing', 'summary', 'update', 'referral', 'chronology'],
];
export const HEADING_EPISODE_WORDS: readonly string[] = [
  ...['missing', 'mfh', 'cse', 'cce', 'exploitation', 'exploited', 'trafficking', 'trafficked', 'nrm', 'sexual'],
];
export const HEADING_DETERMINER_WORDS: readonly string[] = ['the', 'a', 'an', 'her', 'his', 'their', 'my', 'our', 'your', 'its', 'this', 'these', 'those'];
export const PARTNER_WORDS: readonly string[] = ['partner', 'boyfriend', 'girlfriend', 'husband', 'wife'];
// Round 26: who may own a partner named by "her" or "his" (check.ts adultPossessor): adults who are no relative, with
// their sex where the word gives it.
export const POSSESSOR_FEMALE_WORDS: readonly string[] = ['woman', 'women', 'lady', 'ladies'];
export const POSSESSOR_MALE_WORDS: readonly string[] = ['man', 'men', 'gentleman', 'gentlemen'];
export const POSSESSOR_ADULT_WORDS: readonly string[] = [
  ...POSSESSOR_FEMALE_WORDS,
  ...POSSESSOR_MALE_WORDS,
  ...['adult', 'adults', 'tenant', 'tenants', 'passenger', 'passengers', 'lodger', 'customer', 'customers', 'guest', 'guests', 'resident'],
  ...['neighbour', 'neighbours', 'colleague', 'caller', 'occupant', 'landlord', 'landlady', 'pensioner', 'contractor', 'contractors'],
];
// Round 26: verbs that report someone's words or view (check.ts reportFrom): the speaker before them is not the subject
// of the wording they report.
export const REPORTING_VERB_WORDS: readonly string[] = [
  ...['said', 'says', 'reported', 'reports', 'told', 'tells', 'stated', 'states', 'explained', 'explains', 'disclosed', 'discloses'],
  ...['confirmed', 'confirms', 'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'noted', 'notes', 'mentioned', 'mentions'],
  ...['informed', 'informs', 'advised', 'advises', 'shared', 'shares', 'wrote', 'writes', 'added', 'adds', 'claims', 'claimed'],
];
// Round 29: words that bring a child into a sentence (check.ts adultAgedSubject): while one of them, or a child's age,
// is anywhere in the sentence, an adult's age at its start does not make the wording the adult's.
export const CHILD_MARKER_WORDS: readonly string[] = [
  ...HEADING_CHILD_WORDS,
  ...['son', 'daughter', 'children', 'kids', 'kid', 'minor', 'minors', 'schoolgirl', 'schoolboy', 'teen', 'teens', 'teenage', 'young'],
  ...['youngster', 'juveniles', 'girls', 'boys', 'lads', 'pupils', 'students', 'grandson', 'granddaughter', 'niece', 'nephew', 'baby'],
  ...['stepson', 'stepdaughter', 'foster', 'looked-after', 'lac', 'cse', 'cce', 'missing', 'mfh', 'school', 'college'],
  // Review 29: a child's age in words ("with a sixteen-year-old").
  ...['twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'twelve-year-old', 'thirteen-year-old', 'fourteen-year-old'],
  ...['fifteen-year-old', 'sixteen-year-old', 'seventeen-year-old', 'underage', 'under-16', 'under-18', 'adolescent', 'stepchild'],
];
// Round 29: words of an adult's noun phrase before their age at the start of a sentence (check.ts adultAgedSubject),
// besides determiners, copulas, adult roles and titles: "the patient is a 40-year-old", "the detained person, aged 47".
export const AGED_OPENING_WORDS: readonly string[] = [
  ...['patient', 'defendant', 'supervisee', 'detainee', 'dp', 'prisoner', 'client', 'service', 'user', 'detained', 'person', 'tenant'],
  ...['applicant', 'claimant', 'witness', 'complainant', 'victim', 'subject', 'individual'],
];
// Round 29: words between an adult's age and the wording that may bring in someone else, the child (adultAgedSubject):
// a pronoun that is not the adult's own reflexive ("The man, 40, said she chose to go").
export const AGED_SUBJECT_STOP_WORDS: readonly string[] = [
  ...['she', 'he', 'they', 'i', 'we', 'you', 'her', 'him', 'them', 'me', 'us', 'who', 'whom', 'whose', 'my', 'our', 'your', 'their'],
];
// Review 29: words after which the writer's own wording follows a criticism of it (check.ts criticismNear: "Guidance
// says the word promiscuous shifts blame, but she is promiscuous").
export const CONTRAST_WORDS: readonly string[] = ['but', 'yet', 'however', 'although', 'though', 'nevertheless'];
export const CONTRAST_SUBJECT_WORDS: readonly string[] = ['she', 'he', 'they', 'i', 'we'];
// Review 29: words for a second person that, once the adult's own noun phrase has ended, bring someone else in before
// the wording ("A man aged 30 and a female were in the car, the female consented", "a 28-year-old man met the victim
// online and the victim agreed to meet"); besides ADULT_ROLE_WORDS, POSSESSOR_ADULT_WORDS, ADULT_SEX_WORDS and
// AGED_OPENING_WORDS.
export const AGED_OTHER_PERSON_WORDS: readonly string[] = [
  ...['sibling', 'siblings', 'brother', 'sister', 'cousin', 'friend', 'friends', 'girlfriend', 'boyfriend', 'partner', 'grandchild'],
  ...['adolescents', 'infant', 'toddler', 'leaver', 'victims', 'complainants'],
  ...['someone', 'somebody', 'another', 'other', 'others', 'people', 'persons', 'individuals'],
];

// Round 26: verbs of the wording that are also plural nouns, and the determiners that make them nouns ("the messages the
// man keeps sending", "her online chats with adult men"): check.ts nounUse.
export const NOUN_VERB_WORDS: readonly string[] = ['messages', 'chats', 'texts', 'contacts', 'talks', 'calls', 'visits', 'meets'];
export const NOUN_DETERMINER_WORDS: readonly string[] = [
  ...['the', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'any', 'all', 'some', 'such', 'online', 'phone', 'text'],
  ...['whatsapp', 'snapchat', 'instagram', 'facebook', 'tiktok', 'private', 'daily', 'regular', 'late-night', 'secret'],
];
// Round 26: pets and animals that open a clause as its subject (check.ts animalSubject).
export const ANIMAL_WORDS: readonly string[] = [
  ...['dog', 'dogs', 'puppy', 'pup', 'cat', 'cats', 'kitten', 'pet', 'pets', 'horse', 'pony', 'rabbit', 'hamster', 'budgie', 'parrot'],
];
// The speaker's sex, named just before a reporting verb (check.ts reportFrom: "Mum said he ..." is not mum's own).
export const SPEAKER_FEMALE_WORDS: readonly string[] = [
  ...['mum', 'mam', 'mom', 'mother', 'stepmum', 'nan', 'nana', 'nanna', 'gran', 'grandma', 'grandmother', 'aunt', 'auntie', 'aunty'],
  ...['sister', 'woman', 'lady', 'she', 'girlfriend', 'wife'],
];
export const SPEAKER_MALE_WORDS: readonly string[] = [
  ...['dad', 'father', 'stepdad', 'uncle', 'grandad', 'granddad', 'grandfather', 'grandpa', 'brother', 'man', 'he', 'boyfriend', 'husband'],
];
// An adult whose own account the entries' vetoes name ("the man said she was consenting", "the suspect told officers"):
// not a reporting speaker whose words check.ts reportFrom sets aside.
export const ADULT_SPEAKER_WORDS: readonly string[] = [
  ...['man', 'men', 'male', 'males', 'woman', 'adult', 'adults', 'suspect', 'suspects', 'defendant', 'perpetrator', 'offender', 'abuser'],
  ...['boyfriend', 'partner', 'driver', 'landlord'],
];
// Round 27: what a relative says or feels about a partner who may be the child's (check.ts adultPossessor), besides the
// reporting verbs.
export const RELATIVE_STOP_WORDS: readonly string[] = [
  ...['about', 'worried', 'worries', 'concerned', 'concerns', 'fears', 'feared', 'afraid', 'suspects', 'suspected', 'knows', 'knew'],
  ...['aware', 'found', 'discovered', 'saw', 'seen', 'caught', 'heard', 'learned', 'learnt', 'asked', 'asks', 'wants', 'wanted', 'that'],
];
// Round 27: roles that name an adult opening a clause as the subject of the wording (check.ts roleSubject); not roles
// a child may hold ("passenger", "patient", "customer", "member", "volunteer", "student").
export const ADULT_ROLE_WORDS: readonly string[] = [
  ...['adult', 'adults', 'man', 'men', 'woman', 'women', 'gentleman'],
  ...['caller', 'driver', 'adviser', 'advisor', 'doctor', 'nurse', 'midwife', 'paramedic', 'officer', 'constable', 'sergeant', 'manager'],
  ...['receptionist', 'teacher', 'headteacher', 'landlord', 'landlady', 'tenant', 'lodger', 'neighbour', 'colleague', 'employer', 'owner'],
  ...['shopkeeper', 'pharmacist', 'solicitor', 'barrister', 'magistrate', 'judge', 'porter', 'cleaner', 'caretaker', 'supervisor', 'pensioner'],
];
// Adults named in police records who may own a partner (check.ts adultPossessor: "the suspect's partner").
export const ADULT_OWNER_WORDS: readonly string[] = ['suspect', 'nominal', 'offender', 'defendant', 'accused', 'perpetrator', 'male', 'female'];
export const TITLE_WORDS: readonly string[] = ['dr', 'mr', 'mrs', 'ms', 'prof'];
// Besides PARENT_GAP_WORDS and ADULT_GAP_WORDS, the adult's own sanction ("was reported for wasting police time").
export const ROLE_GAP_WORDS: readonly string[] = ['reported', 'fined', 'warned', 'sacked', 'dismissed', 'suspended', 'disciplined'];
// A label hung on someone ("described as her boyfriend", "calls the man his manager"): check.ts adultPossessor.
export const LABEL_VERB_WORDS: readonly string[] = ['as', 'calls', 'called', 'call', 'calling', 'names', 'named', 'considers', 'considered'];
// Someone besides the adult, anywhere in the sentence: a pronoun (it may be the child), a child, another person.
export const POSSESSOR_STOP_WORDS: readonly string[] = [
  ...['she', 'he', 'they', 'i', 'we', 'you', 'her', 'his', 'their', 'him', 'them', "she's", "he's", "they're"],
  ...['girl', 'girls', 'boy', 'boys', 'child', 'children', 'yp', 'cyp', 'daughter', 'son', 'lass', 'lad', 'lads', 'teenager', 'pupil'],
  ...['student', 'patient', 'juvenile', 'minor', 'kid', 'kids', 'sister', 'brother', 'friend', 'friends', 'mate', 'mates', 'cousin'],
  // Review 26: an adult word that may name a child ("a young woman checked in with her boyfriend, who was much older").
  ...['young', 'younger', 'teenage', 'underage', 'schoolgirl', 'schoolboy', 'uniform'],
];

// A panel or meeting that disagrees with or challenges a view in the next clause (NEXT_CLAUSE_CRITICISM, round 32).
const PANEL = 'panel|meeting|conference|reviewer|reviewers|review|professionals|agencies|chair|practitioners';
const PANEL_CHALLENGE = 'challenged|challenges|rejected|rejects|questioned|queries|queried';
const VIEW_NOUNS =
  'view|views|description|descriptions|label|labels|term|terms|wording|language|assessment|account|characterisation|framing|explanation|comment|comments|phrase|interpretation|narrative|assumption|assumptions|analysis|opinion|perception|conclusion';
export const NEXT_CLAUSE_CRITICISM: readonly string[] = [
  `${OPENERS} [${WORDING_NOUNS}] ${BE} [also|clearly] ${WORDING_VERDICTS}`,
  `${OPENERS} [${WORDING_NOUNS}] ${BE} [also|clearly] victim blaming`,
  `that's|that’s [also|clearly] ${WORDING_VERDICTS}`,
  `${OPENERS} ${WORDING_NOUNS} ${BE} [also|clearly] wrong|inaccurate|harmful|unacceptable|inappropriate|misleading|offensive|unhelpful`,
  `${OPENERS} [${WORDING_NOUNS}] blames|blamed the child|victim|girl|boy`,
  `${OPENERS} ${WORDING_NOUNS} should not be used|recorded|written`,
  // Round 23: the reviewer names the child as a child or a victim in the next clause ("records called Sam a drug runner;
  // the reviewer says he was a child trafficked to sell drugs").
  // Review 23B: only a child or victim of the exploitation, not "a child in need", "a victim of bullying at school".
  'the|this|a [*] review|reviewer|reviewers|panel|inquiry|report says|said|found|finds|concluded|concludes [that] she|he|they|it was|were|is|are [in] [fact] [a] child|children trafficked|exploited|groomed|abused|coerced',
  'the|this|a [*] review|reviewer|reviewers|panel|inquiry|report says|said|found|finds|concluded|concludes [that] she|he|they|it was|were|is|are [in] [fact] [a] victim|victims of exploitation|trafficking|grooming|cce|cse|abuse|criminal|sexual|child|county|modern',
  // Round 23: a review's verdict on the wording in the next clause ("... described the girls as prostitutes; the panel
  // found this was wrong").
  // Review 23A: not a court's or a judge's verdict on what someone did ("the court found this was wrong and sentenced
  // him"), nor "it is inappropriate that she has no social worker" (an "it" that points forward).
  'the|this [*] review|reviewer|panel|inquiry|report|inspection [has] found|finds|said|says|concluded|concludes|agreed [that] this|that|such [*] was|were|is|are wrong|inaccurate|victim-blaming|unacceptable|inappropriate|harmful',
  // Round 32: a panel or meeting that disagrees with the view it records ("Mum described the contact as harmless;
  // panel disagreed and referred"); not a parent disagreeing with the child ("she wanted to go; mum disagreed").
  // Review 32: challenging, rejecting or questioning only the view ("the conference challenged that view", "the panel
  // questioned this"), not a person, a referral or a question ("professionals questioned her about who drives her",
  // "panel rejected the referral", "the chair queried whether a referral had been made").
  // (No optional first word: check.ts reads each pattern's first word as the clause's opener.)
  ...[PANEL, `the|this ${PANEL}`].flatMap((who) => [
    `${who} disagreed|disagrees`,
    `${who} ${PANEL_CHALLENGE} this|that|these|those|it`,
    `${who} ${PANEL_CHALLENGE} [the|this|that|these|those|such|her|his|their] [*] ${VIEW_NOUNS}`,
  ]),
  // The record put right: "earlier notes framed her abuse as her choice; the file has been corrected" (round 21). Not
  // "amended" for another reason ("the record has been amended to include his new address", review 21b M15): "amended"
  // is NEXT_CLAUSE_AMENDED, or here followed by removing or a wording noun.
  'the|this|that file|record|records|notes|note|entry|entries|minutes|chronology|wording has|have|was|were been corrected|rewritten',
  `the|this|that file|record|records|notes|note|entry|entries|minutes|chronology|wording has|have|was|were been amended to remove|reflect|correct`,
  `the|this|that file|record|records|notes|note|entry|entries|minutes|chronology has|have|was|were been amended [to] [remove|change|correct] [the|this|that] ${WORDING_NOUNS}`,
];
// "the file has been amended" criticises the wording only when the clause ends there (check.ts criticisedNext).
export const NEXT_CLAUSE_AMENDED: readonly string[] = [
  'the|this|that file|record|records|notes|note|entry|entries|minutes|chronology|wording has|have|was|were been amended',
  // Session 22b: the writer contradicting what the child believes, at the clause's end ("thinks it was her fault; I told
  // her it was not"), not "I told her it was not safe".
  "i|we told|reassured|assured|reminded her|him|them [that] it was|is|wasn't|isn't|wasn’t|isn’t [not]",
];
// The writer names what it is: "Poppy calls the 22-year-old her 'boyfriend'; officers are treating this as grooming",
// "the man told her she was his girlfriend ...; this is grooming", "she wanted it; she is 13 and this is rape" (round
// 21). Only when the wording before is quoted or attributed to someone (ATTRIBUTION_WORDS before it in its clause): the
// writer's own "Jade put herself at risk again; this is exploitation" still uses the wording (review 21b M15).
export const NEXT_CLAUSE_NAMES_HARM: readonly string[] = [
  'this|it|that is|was [being] [treated|recognised|recorded|investigated] [as] grooming|abuse|rape|exploitation|trafficking',
  'officers|police|we|staff|they are|were treating this|it as grooming|abuse|rape|exploitation|trafficking',
  'she|he is|was 10|11|12|13|14|15 and this|it is|was grooming|abuse|rape|exploitation',
  // Round 23: "She calls him her boyfriend; he is 27 and we are treating this as child sexual exploitation".
  'officers|police|we|staff|they are|were treating this|it as child|sexual|criminal [sexual|criminal] grooming|abuse|rape|exploitation|trafficking',
  `she|he is|was ${Array.from({ length: 42 }, (_, i) => i + 18).join('|')} and officers|police|we|staff|they are|were treating this|it as [child] [sexual|criminal] grooming|abuse|rape|exploitation|trafficking`,
  // Round 32: the writer telling the child what is true ("the men told her it was her fault; I told her the adults are
  // responsible", "...; we reassured him it was not his fault").
  // Review 32: here, so that it answers wording someone said or quoted: the writer's own "Kai has been absconding; I
  // reassured him it was not his fault that contact was cancelled" still uses it.
  'i|we told|reassured|assured|explained|reminded [to] her|him|them [that] the|these|those adults|men|abusers|perpetrators are|were responsible',
  'i|we told|reassured|assured|explained|reminded [to] her|him|them [that] it was|is not her|his|their fault',
];
export const ATTRIBUTION_WORDS: readonly string[] = [
  ...['calls', 'called', 'call', 'says', 'said', 'say', 'describes', 'described', 'describe', 'claims', 'claimed', 'claim'],
  ...['told', 'tells', 'tell', 'refers', 'referred', 'insists', 'insisted', 'believes', 'believed', 'thinks', 'thought'],
];
export const ATTRIBUTION_REACH = 15; // tokens before the wording, same clause
export const COPULA_WORDS: readonly string[] = [
  'is',
  'was',
  'are',
  'were',
  "she's",
  "he's",
  "they're",
  'being',
  'been',
  'be',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'as',
  'remains',
  'became',
  'becomes',
];
export const COPULA_FILLER_WORDS: readonly string[] = [
  'a',
  'an',
  'very',
  'so',
  'quite',
  'really',
  'extremely',
  'such',
  'rather',
  'too',
  'fairly',
  'always',
  'often',
  'just',
  'still',
  'now',
];

export type LanguageFinding = {
  start: number; // UTF-16 offset, inclusive
  end: number; // UTF-16 offset, exclusive
  text: string; // the input between start and end
  entryId: string;
  category: LanguageCategory;
  explanation: string;
  alternatives: string[];
  source: string; // the source's human-readable title
  quoted: boolean; // inside quotation marks: the child's (or someone's) own words, recorded as said
  // A possible finding of the sentence classifier (classifier.ts), not a lexicon entry: wording the lexicon does not
  // list that reads like the category. Only from checkLanguageWithClassifier or suggestLanguage (classifier.ts).
  possible?: true;
};

/** A possible finding's entryId (and a stored finding's ref) is this prefix and its category (classifier.ts). Here, not
 * in classifier.ts, so that a caller that only needs to tell them apart does not load the model. */
export const POSSIBLE_REF_PREFIX = 'classifier:';
export const isPossibleRef = (ref: string): boolean => ref.startsWith(POSSIBLE_REF_PREFIX);

// Round 29 (check.ts adultAgedSubject and the reference checker): the words that may open an adult's noun phrase before
// their age, and those that name the adult person in it. Here, after every list they join.
export const AGED_OPENER_WORDS: readonly string[] = [
  ...AGED_OPENING_WORDS,
  ...ADULT_OPENING_DETERMINER_WORDS,
  ...COPULA_WORDS,
  ...ADULT_ROLE_WORDS,
  ...POSSESSOR_ADULT_WORDS,
  ...ADULT_SEX_WORDS,
  ...TITLE_WORDS,
];
export const AGED_PERSON_WORDS: readonly string[] = [...AGED_OPENING_WORDS, ...ADULT_ROLE_WORDS, ...POSSESSOR_ADULT_WORDS, ...ADULT_SEX_WORDS];

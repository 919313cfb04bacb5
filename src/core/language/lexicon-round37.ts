import { AGE_NUMBERS } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Session 22b (fewer false alarms): wording that the pooled tuning sets and the main dev split file under another
// category than the founding entry did. Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

/** What a child lends the adults: their home, room, account or card (allowed_it vetoes it; lends_to_adults_round37). */
export const LENT_THINGS = 'flat|house|home|room|bedroom|address|place|account|accounts|bank|card|cards|phone|car|bike|locker';

/**
 * Vetoes of had_sex_with_adult and consent_in_review_wording: the adult as the subject, given with "of" ("a man of 19
 * has had sex with her"), placed ("men in a car had sex with her") or in a relative clause ("adults who have sex with a
 * 14-year-old are abusing her"). What the adults did, not the child's consent.
 */
export const ADULT_DID_SEX_CUES: readonly string[] = [
  `man|male|adult of ${AGE_NUMBERS} have|has|had [had] sex|intercourse with her|him`,
  'men|males|adults in|from|at a|the * have|has|had [had] sex|intercourse with her|him',
  'men|males|adults|man|male|adult who|that have|has|had [had] sex|intercourse with',
];

/**
 * A minimising remark that justifies the one before it in the same quotation ("it's just lads being lads, he'll grow
 * out of it", "it's only a bit of weed, everyone does it", "it was no big deal, he only touched me once"): one statement,
 * joined to it (check.ts onePerQuote). Nine tuning-set lines mark only the first remark, one marks both (fresh15's "he'll
 * grow out of it"). Tested on the finding's text.
 */
export const QUOTED_JUSTIFICATION =
  /\b(?:every(?:one|body)|all (?:the )?(?:kids|lads|girls|boys|teenagers|teens)|grow out of it|messing about|only touched|no role for|helps out)\b/i;

/**
 * The same for blame: what the child is said to do, or whose fault it is, after a verdict in the same quotation ("she's
 * out of control, she does what she likes", "she brings it on herself, she won't be told", "it's my fault, I shouldn't
 * have gone", "in with a bad crowd and it's his own fault"): the entries whose quoted finding joins the blame before it.
 * Pooled: eight fewer false alarms, none lost; not labels ("mouthy and a liar", "a troublemaker and a persistent
 * nuisance caller": marked twice).
 */
export const QUOTED_BLAME_SEQUELS: ReadonlySet<string> = new Set([
  'does_what_she_wants',
  'invited_trouble',
  'to_blame',
  'should_not_have',
  'not_engaging_more',
  'wrong_crowd',
]);

/**
 * A relative's or a friend's offence, with them as its subject ("his older brother is running a line in Swindon", "three
 * of Tyler's friends are running lines to Norfolk", "Mum's partner was arrested for supplying crack", "Mikey's older
 * brother was convicted of supply"): vetoes of the entries that criminalise (lexicon.ts). Not the child's offence, and
 * the tuning sets leave such lines unmarked; twenty of the tuning sets' indicator sentences were flagged for it.
 */
export const OTHER_OFFENDER_CUES: readonly string[] = [
  'brother|brothers|stepbrother|stepbrothers|stepson|cousin|cousins|uncle|uncles|friends|mates|mate|partner|boyfriend [*] [*] [*] runs|running|run|ran|supplies|supplying|supplied|supply|sells|selling|sold|deals|dealing|dealt',
];

export const ROUND_37_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'lends_to_adults_round37',
    // "has let them use his flat, he's happy with it" (fresh25), "I let them use my account, they gave me £200"
    // (fresh28): both sets mark the child's home or account lent to the adults as implied consent, not blame
    // (allowed_it); "lets the older lads use his room" is lets_adults_round22.
    patterns: [`let|lets|letting|allowed|allows|allowing them|him [to] use|keep|store|borrow his|her|my|their|the ${LENT_THINGS}`],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Records the adults’ use of the child’s home, account or belongings as the child’s permission. A child who is groomed, indebted or threatened cannot freely refuse.',
    alternatives: [
      'The adults are using the child’s [home / account]: record who, and how they control the child',
      'Concern that adults are exploiting the child through their home or account: record what was promised or threatened',
    ],
    source: 'language_matters', // [B] "Young person is being groomed/exploited/coerced/manipulated/controlled"
    requiresNear: [
      'men|man|males|adults|olders|elders|dealers|gang|line|weed|drugs|cash|money|paid|pay|gave|give|gives',
      'happy|fine|okay|ok|agreed|wanted|chose',
    ],
    window: 10,
    unlessNear: [
      'tenant|tenants|landlord|landlady|owner|owners|mum|dad|mother|father|stepdad|parents|carer|uncle|aunt|nan|gran let|lets|letting|allowed|allows|allowing',
      // A risk, not what happened ("risk that he will let them use his account").
      'will|would|might|could|may [not] let|allow',
    ],
  },
  {
    id: 'feral_label_round37',
    // "These kids are feral" (fresh29), "Teenage tearaway" (fresh26), "a wayward girl" (tune4, rebellious_adolescent):
    // every set that marks these words files them as blame, not as an offence (feral kept "thug", "yob", "hooligan").
    patterns: ['feral|wayward|tearaway|tearaways'],
    category: 'blames_child',
    explanation: 'A label that casts the child as out of control and the problem, not as a child who may be harmed or exploited.',
    alternatives: [
      'Describe the behaviour and what may be causing it: the child may be being exploited',
      'The child needs protection: record who is harming them',
    ],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'big_man_self_round37',
    // The child playing or liking being "the big man" ("is playing at being a big man with the dealers" (fresh25), "likes
    // being the big man with the money" (fresh34)): both sets mark it as blame, a self-image held against the child,
    // not top_boy's adult who runs the line ("says the big man sorts everything out for him").
    patterns: ['being|be|acting|act|acts|plays|playing|play [at] [being] a|the big|main man'],
    category: 'blames_child',
    explanation:
      'Holds the child’s bravado against them. Exploiters give children status, money and a sense of power to draw them in; the child is being groomed.',
    alternatives: [
      'The child has been given money and status by [who]: concern that they are being groomed and criminally exploited',
      'Record who is giving the child money or status, and what is expected in return',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not blame the child for the harm done to them
  },
];

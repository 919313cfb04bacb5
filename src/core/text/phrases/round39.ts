// Session 23 (indicator round 39): wordings of signs that the pooled errors of the main dev split and the tuning sets
// show practitioners write and the spotter missed: abuse placed in early childhood ("sexual abuse by a neighbour at age
// six", "beaten as a child"), a place the child has no link to ("where he knows nobody"), cash counted in notes ("£400 in
// cash"), the man she is seeing named by his age, adults messaging a child, in the phrase grammar of matcher.ts;
// indicator-phrases.ts describes an entry (test/fixtures/eval/RESULTS.md, session 23: indicator round 39).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { ADULT_AGES, APPS, TOWNS } from './words.ts';

const SHE_HE = 'she|he|they';
// Not "kicked him out" (put out of the home), nor "beats him" at a game (the vetoes).
const HITS = 'hits|hit|slaps|slapped|beats|smacks|smacked|punches|punched|belts|belted|thumps|thumped';
const CHILD_AGE_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|1|2|3|4|5|6|7|8|9|10|11';

export const ROUND_39_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- familial ----
  // Abuse placed in the child's early years: previous abuse, not a current assault ("sexual abuse by a neighbour at age
  // six", "was beaten as a child by his mother's former partner", "on a CP plan for physical abuse as a baby").
  {
    code: 'fa_previous_abuse',
    patterns: [
      'sexual|physical|emotional abuse [by] [a|an|her|his|their] [*] [*]',
      'was|were|been sexually|physically|emotionally abused',
      'sexually|physically|emotionally abused by|when|as|at|in',
      'was|were abused|beaten|interfered',
      'abused|beat|beaten him|her|them',
      'interfered with him|her|them',
      'was|were beaten|abused|hit|hurt as a|an [young|younger|small|little] child|baby|toddler|infant|one',
      'experienced|suffered|disclosed [sexual|physical] abuse',
    ],
    requiresNear: [
      `at|from age|aged ${CHILD_AGE_WORDS}`,
      `when ${SHE_HE} was|were [aged] [only] ${CHILD_AGE_WORDS}|small|little|younger`,
      `when ${SHE_HE} was|were a|an baby|toddler|child|infant`,
      'as a|an [young|younger|small|little] child|baby|toddler|infant|one',
      'at|in primary school',
      'primary school age',
      'in her|his|their previous|last|first foster home|placement',
    ],
    // An adult's own past, told of a professional or another adult (as familial.ts, round 28).
    unlessNear: [
      'volunteer|worker|teacher|officer|nurse|colleague|tenant|coach|leader|driver|man|woman|adult was|were|had|has [been] abused|beaten|interfered',
      'verbally|verbal|racially|dog|cat|horse|rescue|parking',
    ],
    window: 10,
  },
  // A parent or carer hitting the child is domestic abuse at home, the child's ("His mum hits him", "Mum admitted she
  // hits her when drunk"). The pronoun must be the child: one of the other sex after a father ("Dad hits her" may be
  // mum), and after "she" only with a woman of the family named.
  {
    code: 'fa_domestic_abuse',
    childObject: true,
    patterns: [
      `mum|mother|mam|mummy|stepmum|stepmother|nan|nana|gran|grandma [often|sometimes|regularly|still|also] ${HITS} her|him|them`,
      `dad|father|daddy|stepdad|stepfather|grandad|granddad [often|sometimes|regularly|still|also] ${HITS} him|them`,
    ],
    unlessNear: ['game|games|play|playing|fight|fighting|ball|tag|accident|accidentally|pillow|chess|cards|race|match'],
    window: 6,
  },
  {
    code: 'fa_domestic_abuse',
    childObject: true,
    patterns: [`she [often|sometimes|regularly|still|also] ${HITS} her|him|them`],
    requiresNear: ['mum|mother|mam|mummy|stepmum|stepmother|nan|nana|gran|grandma'],
    unlessNear: ['game|games|play|playing|fight|fighting|ball|tag|accident|accidentally|pillow|sister|brother|friend|girl|boy|pupil|pupils|school|class'],
    window: 6,
  },
  // ---- absent and missing ----
  // A place the child has no tie to, told by what is missing there ("where he knows nobody", "a town he has no link to",
  // "no link to Hastings", "stopped in Elgin with no reason to be there").
  {
    code: 'am_found_out_of_area',
    patterns: [
      'in|at * [*] where [she|he|they] knows|know|knew nobody|noone|no-one',
      'where [she|he|they] knows|know|knew nobody|noone|no-one',
      'where [she|he|they] knows|know|knew no one',
      "where [she|he|they] doesn't|didn't|does|did [not] know anyone|anybody",
      '[a] town|city|area|place [that] [she|he|they] has|have|had no link|links|connection|connections|ties to',
      `no [known] link|links|connection|connections|ties to ${TOWNS}`,
      'no link|links|connection|connections|ties to the area|town|city',
      'with no reason to be there',
      '[a] town|city|place [that] [she|he|they] had|has never been to|visited',
    ],
  },
  // ---- gangs and older people ----
  // The man she is seeing, named by his age ("the man she is seeing is 26", "her man, and he's 26").
  {
    code: 'go_older_partner',
    patterns: [
      `man|guy|bloke|fella|lad she|he is|was|has|had [been] seeing|dating is|was ${ADULT_AGES}`,
      `man|guy|bloke|fella|lad she|he calls|called her|his boyfriend|man|partner is|was ${ADULT_AGES}`,
      `her|his man|boyfriend|partner and he is|was ${ADULT_AGES}`,
      `her|his man|boyfriend|partner and he's ${ADULT_AGES}`,
    ],
  },
  // Session 23: her boyfriend's age in the next clause ("she has a new boyfriend; he is 33"): requiresNear counts
  // across the ;. Not a relative's partner, named in the clause.
  {
    code: 'go_older_partner',
    patterns: [`he is|was [aged|about|around] ${ADULT_AGES}`, `he's [aged|about|around] ${ADULT_AGES}`],
    requiresNear: ['boyfriend|boyfriends|seeing|dating|relationship', 'going out with'],
    unlessNearAcross: ["mum|mum's|mother|mother's|mam|mam's|nan|nan's|gran|gran's|sister|sister's|aunt|aunt's|auntie|auntie's|carer|carer's"],
    window: 10,
  },
  // ---- technology ----
  // An adult messaging the child, with the app or the hour ("a man of about 40 keeps messaging Lily on Snapchat", "has
  // been messaging him on WhatsApp late at night", "a man on a gaming app keeps messaging her").
  {
    code: 'te_adults_contact_online',
    patterns: [
      // Verbs only: "abusive messages on TikTok" is not an adult's contact.
      `messaging|texting|calling|phoning|contacting [*] [*] on|through|via ${APPS}`,
      'messaging|messages|messaged|texting|texts|texted|calling|calls|phoning|phones her|him|them [late] at|every|all night',
      `man|men|adult|adults|male|males|stranger|strangers [*] [*] on|from [a] ${APPS} [app|site|game] keeps|kept|is|has|have|are [been] messaging|contacting|calling|phoning`,
      `man|men|adult|adults|male|males|stranger|strangers [that|who] [she|he|they] met|meets|has met on|through|via ${APPS}`,
    ],
    // Family, friends and staff are not the adults this sign is about.
    unlessNear: [
      "mum|mum's|mother|dad|dad's|father|nan|gran|grandad|grandma|aunt|auntie|uncle|cousin|sister|brother|stepdad|stepmum|family|carer|carers|teacher|teachers|school|club|friend|friends|mate|mates",
    ],
    window: 6,
  },
];

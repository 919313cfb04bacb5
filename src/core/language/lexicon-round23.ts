import { ADULT_AGE_CUES, ADULT_AGES, ADULT_CUES, AGE_NUMBERS, AGE_TOKENS, DRUG_SUPPLY_CUES, OTHER_PERSON_CUES, PRONOUN_SELF } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Round 23: families of wording from the tuning sets (fresh22 first, the others where the same family recurs), each
// written for its inflections and variants and checked against ordinary sentences that share its words
// (round23.test.ts). Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

export const ROUND_23_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'crime_as_job_round23',
    // Drug supply described as a job the child holds: "I'm just a worker, I do my shifts and I get paid" (two tuning-set
    // lines, the child's words), "taken on by the older group as a runner", "employed by an older male to hold cannabis",
    // "the main earner for the group".
    patterns: [
      "i'm|im|i’m|i am just a worker|runner|grafter",
      // Review 23B: the child's own words ("I do my shifts"), not a worker doing her shifts.
      'do|doing|does|did my shifts',
      'taken|took|taking|takes on by [the|a|an|some] [*] [*] group|gang|gangs|olders|elders|line|men|dealers|crew|ocg',
      'employed|hired by a|an|the [*] older|adult male|man|men|males|lad|lads|group|gang',
      'main|top|best|biggest earner|earners for|in the|a|his|their group|gang|line|crew|olders|lot',
    ],
    category: 'criminalises_child',
    explanation:
      'Describes a child’s part in drug supply as a job with shifts, pay and an employer. That is the exploiters’ framing: the child is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited by [who] to [hold / carry / sell] drugs',
      'The child says they are paid: record who pays them, what they are made to do and what happens if they stop',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    quoted: 'sufficient', // the child's own words (types.ts)
    requiresNear: [...DRUG_SUPPLY_CUES, 'runner|runners|hold|holding|trap|crew|ocg|earner|earners'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      "shop|tesco|kfc|mcdonald's|café|cafe|restaurant|job|saturday|saturdays|weekend|weekends|apprenticeship|payslip|wage|wages|contract|part-time|supermarket|bakery|garage|salon|warehouse|factory|hospital|care|nursing|pub|bar|hotel|shop's",
      'exploited|forced|made|coerced|groomed|pressured|pressurised|trafficked|compelled|threatened',
      'volunteer|volunteers|volunteering|charity|club|team|choir|band|church|scouts|cadets',
      // Review 23B: a peer mentor, an apprentice; an adult by age ("the 19-year-old was taken on by the gang").
      'mentor|mentors|ambassador|ambassadors|apprentice|apprentices|trainee|trainees',
      AGE_TOKENS,
      `aged ${AGE_NUMBERS}`,
    ],
    window: 10,
  },
  {
    id: 'no_concern_verdict_round23',
    // A verdict of no concern written over an adult's contact with a child: "the age gap of 9 years is not a cause for
    // concern as Erin is 16", "a long-term boyfriend of 20, not thought to be an issue", "in a relationship with a man of
    // 25 and was not considered to be at risk", "threshold not met, ... with a 22-year-old", "this is a
    // relationship, not abuse", "a parenting issue, not exploitation".
    patterns: [
      'not a cause|source for concern',
      'not thought|considered|felt|deemed|judged|seen|believed to be an|a issue|concern|problem',
      'not considered|thought|felt|deemed|judged|believed to be at risk',
      'threshold not met',
      'within normal range|limits',
      'is|was a|an|just|only|simply * [*] not abuse|exploitation|cse|cce|grooming|rape|trafficking',
    ],
    category: 'minimises_harm',
    explanation:
      'Closes the concern about an adult’s contact with a child with a verdict of no risk. An age gap and an adult’s sexual contact with a child are signs of grooming and abuse, whatever the child says.',
    alternatives: [
      'An adult aged [age] is in a sexual relationship with a child aged [age]: record the age gap and the power imbalance, and consider a strategy discussion',
      'Record why the concern was closed and what would change the decision',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    contextInSentence: true,
    requiresNear: [...ADULT_CUES, 'boyfriend|partner|relationship|father|gap|hotel|nudes'],
    unlessNear: [
      ...OTHER_PERSON_CUES.map((c) =>
        c
          .split('|')
          .filter((w) => w.endsWith("'s"))
          .join('|'),
      ),
      'attendance|weight|growth|development|hygiene|eating|sleep|speech|behaviour|school|housing|boiler|damp',
      // A relative caring for the child ("threshold not met; the 45-year-old grandad is caring for her well").
      // Review 23C: as the carer, not "a friend of her uncle" or "known to her nan".
      'grandad|granddad|grandpa|grandfather|grandparents|grandma|grandmother|nan|gran|uncle|aunt|auntie is|are|was|were|has|have [been] caring|looking|cares|looks',
      'kinship care|carer|carers|placement|arrangement',
    ],
    window: 14,
  },
  {
    id: 'harm_trifled_round23',
    // An adult's abuse, gifts, threats or contact recast as a trifle, a kindness, a misunderstanding or a romance: "the
    // man's gifts to Courtney are a kindness from a family friend", "drivers taking girls to a flat was a
    // misunderstanding about fares", "the older man's hugging and texting of the 12-year-old is being affectionate",
    // "the nude images the man asked for as silly pictures", "the abuse ... described as a fling", "the cash he gets
    // from the men is pocket money", "the threat over the debt was only talk", "being passed between men ... described
    // as teenage drama".
    patterns: [
      'teenage|teen|adolescent|typical|girl|girls|girly drama|dramas',
      'is|are|was|were [just|only|simply|merely|all] a kindness',
      'is|are|was|were just|only|simply|merely kindness|generosity|friendliness',
      'just|only does|doing|did|do a few|some drops|runs|errands|favours|jobs',
      'is|are|was|were [just|only|simply|merely|all] a misunderstanding|mix-up',
      'as a [simple|genuine] misunderstanding|mix-up',
      'is|are|was|were [just|only|simply|merely] [him|her|them] being affectionate|fatherly',
      // The adult as the one being kind, not the child ("she was just being kind to the older man at the bus stop").
      'he|man|men|adult|adults|male|neighbour|driver|landlord|they is|are|was|were just|only|simply|merely being friendly|generous|kind|nice|protective',
      // Review 23C: older lads or boys, or "just him being friendly".
      'lads|boys|males|olders is|are|was|were just|only|simply|merely being friendly|generous|kind|nice|protective',
      'is|are|was|were just|only|simply|merely him|them being friendly|generous|kind|nice|protective',
      'as a|an [brief|short|summer|holiday] fling|dalliance|romance|affair',
      'is|are|was|were [just|only|simply] a [brief|short] fling|dalliance',
      'is|are|was|were [just|only|simply|merely] pocket money',
      'as pocket money',
      'is|are|was|were just|only talk|bluster|bravado',
      // Review 23C: "the men's threats to Ava, 14, were all bravado" (not a threat to a teacher: see unlessNear).
      'is|are|was|were all talk|bluster|bravado',
    ],
    category: 'minimises_harm',
    explanation:
      'Recasts an adult’s abuse, gifts, threats or contact with a child as something small, kind or romantic. It hides the grooming and who holds the power.',
    alternatives: [
      'Record what the adult did, their age and what they gave or asked for: consider whether this is grooming',
      'Record the threat or the contact and who made it: consider whether it is part of exploitation',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise; describe what is done to the child
    contextInSentence: true,
    // Review 23A: not "contact" (a family's contact dates) nor "messages" (a row between girls over messages).
    requiresNear: [...ADULT_CUES, 'debt|gift|gifts|hugging|hugs|texting|drivers|driver|licensee|nude|nudes|images'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      "uncle|uncle's|stepdad's|husband|wife|colleague|colleagues|exclusion|detention",
      "grandad|grandad's|granddad|grandpa|grandfather|grandfather's|grandparents|grandparent",
      // Drama as a school subject or a show; a kindness or a misunderstanding between professionals or with a shop.
      'class|lesson|lessons|gcse|school|college|club|production|play|show|film|series|programme|tv|netflix',
      'shop|order|orders|booking|bookings|appointment|appointments|invoice|bill|fee|fees|refund|delivery',
      // Review 23A: a row or a remark settled, a charity's kindness, a threat the child made against an adult ("the
      // threats Kai made against the adult neighbour were just bravado").
      'argument|arguments|row|rows|fallout|dispute|disagreement|comment|comments|remark|remarks|apologised|apologized',
      'week|residents|charity|fundraising|volunteer|volunteers|volunteering',
      'against the|an|a adult|man|woman|neighbour|neighbours',
      // Review 23C: a threat to an adult ("the boys' threats to the 40-year-old teacher were all talk").
      'threat|threats to the|a|an [*] teacher|teachers|adult|adults|man|woman|neighbour|neighbours|staff|officer|officers',
    ],
    window: 10,
  },
  {
    id: 'silly_pictures_round23',
    // "the DSL records the nude images the man, 31, asked for as silly pictures": images an adult asked for recast as
    // harmless. Not "silly pictures of her cat".
    patterns: ['silly|daft|cheeky|harmless|innocent pictures|photos|pics|selfies|images|snaps|videos'],
    category: 'minimises_harm',
    explanation: 'Recasts sexual images an adult asked a child for as harmless. Asking a child for sexual images is abuse, whoever sent them.',
    alternatives: [
      'An adult (age) asked the child for sexual images: record who, when and on which app',
      'The child was groomed into sending images: consider a referral to police and CEOP',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    requiresNear: [...ADULT_CUES, 'nude|nudes|naked|sexual|sexualised|explicit|indecent|topless|underwear|asked|requested|demanded'],
    // Review 23A: a class or a group's activity ("the teacher asked the children to bring in silly photos of themselves
    // as babies", "older pupils took daft pictures at the prom").
    unlessNear: [...OTHER_PERSON_CUES, 'teacher|teachers|worker|workers|pupil|pupils|class|classes|school|prom|display|babies|baby|group|children'],
    window: 10,
  },
  {
    id: 'partying_round23',
    // "out partying", "was partying with the adults at a flat", "partying with older men and took too much": a night of
    // harm recast as a party (four tuning-set lines, all annotated as minimising).
    // Not "she is partying at weekends with friends from college" (check.test.ts): out, or with adults.
    // Review 23A: not "lads" ("partying with the lads from his year").
    patterns: ['out partying|partied|clubbing', 'partying|partied with [the|some|older|adult] [older] men|adults|males|olders'],
    category: 'minimises_harm',
    explanation:
      'Describes a child at risk with adults, alcohol or drugs as partying, which makes it sound like fun the child chose. It hides who supplied the alcohol and who was there.',
    alternatives: [
      'The child was [where] with [who, ages]: record who supplied alcohol or drugs and what happened',
      'The child was missing and at risk: record who they were with',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'birthday|wedding|prom|christmas|hen|stag|graduation|family|staff|colleagues|18th|19th|20th|21st',
      // Review 23A: friends from college ("out partying with friends from college"), or adults who party ("adults out
      // partying at the flat", "the adults in the house were partying with the men next door", "the men were out
      // partying in town when the fight started").
      'college|uni|university|classmates|exams',
      'adults|men|parents|neighbours out partying|clubbing',
      'adults|men|parents|neighbours [*] [*] [*] were|are|was|is|been partying|clubbing|partied',
      'the|these|those men|adults|staff|parents|couple|women was|were|are|is out partying',
    ],
    window: 10,
  },
  {
    id: 'spite_round23',
    // "went missing again to spite staff", "ran off to wind her carers up", "absconds out of spite": going missing read
    // as malice toward the adults, not as a sign of harm.
    patterns: [
      'to spite|annoy staff|carers|mum|dad|us|them|her|him|everyone|the|their|his',
      'out of spite',
      'to wind staff|carers|mum|dad|us|them|everyone up',
    ],
    category: 'blames_child',
    explanation:
      'Reads a child’s going missing or running off as malice toward the adults. Children run to or from harm: ask what they are running to, and who they are with.',
    alternatives: [
      'The child went missing after [event]: record where they went and who they were with',
      'Going missing may be a sign of exploitation or distress: explore what pulls the child away',
    ],
    source: 'durham_scp', // [F] focus on what is happening to the child, not on labels for their behaviour
    // Going missing or running off, not an argument at home ("stayed out to spite her mum after an argument").
    requiresNear: ['missing|absconded|absconds|absconding|abscond|ran|run|runs|running|mfh'],
    // Review 23A: an adult's spite ("Dad went out drinking to spite mum", "the landlord left the heating off out of
    // spite"), or a sibling teased ("stayed up to annoy his brother").
    unlessNear: [
      "mum|mum's|mam|mother|dad|dad's|father|stepdad|stepmum|partner|neighbour|neighbours|landlord|landlady|gran|nan|uncle|aunt|parents [*] went|left|reported|leaves|goes|walked|stayed",
      'brother|sister|siblings|neighbour|neighbours',
    ],
    window: 8,
  },
  {
    id: 'happy_to_round23',
    // "is happy to stay with a man of 30 she describes as her friend", "was happy to do deliveries on a bike for the man
    // in the BMW": compliance with an adult read as contentment.
    patterns: [
      'is|was|are|were|seems|seemed|appears|appeared happy|content|keen|eager to stay|stop|live|sleep|remain with|at|round',
      'happy|keen|eager|content|glad|willing to do|doing deliveries|drop-offs|jobs',
      // "in a relationship with a 22-year-old and both are happy".
      'both are|were happy|content',
    ],
    category: 'implies_consent',
    explanation: 'Reads a child’s compliance with an adult as contentment or consent. Grooming makes children appear happy with the people exploiting them.',
    alternatives: [
      'The child is staying with / doing tasks for [adult, age]: record what the adult gives, asks and threatens',
      'The child’s apparent willingness may be the result of grooming or control',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    // A man or an adult by age, not "the other women at the refuge" or "the older girls at the unit"; review 23A: also an
    // adult's place by age ("happy to stop round at the 28-year-old's flat").
    requiresNear: [
      'man|men|male|males|guy|guys|bloke|blokes',
      ...ADULT_AGE_CUES,
      ...DRUG_SUPPLY_CUES,
      ADULT_AGES.map((n) => `${n}-year-old's|${n}-year-old’s`).join('|'),
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      // Review 23A: "school" as a place ("happy to stay at school"), not "after school"; a host, a refuge, staff, a trip.
      'nan|gran|grandma|grandad|foster|placement|respite|hospital|ward|college|job|shop|bakery|paper|milk|café|cafe|restaurant|pizza|charity|volunteer|volunteers|volunteering|allotment',
      'at|in|the|her|his school',
      "lodgings|host|hosts|refuge|hostel|leaders|dofe|trip|supported|children's",
      'adult|care|residential staff',
      'unit|worker|workers|staff|support|keyworker',
      PRONOUN_SELF,
    ],
    window: 8,
  },
];

// Case-note wording for SAFEGUARD F: familial abuse or problems at home (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import {
  ADULT_AGES,
  ADULT_YEAR_OLD,
  CHILD_YEAR_OLD,
  CHORES,
  FAMILY,
  FAMILY_HOMES,
  FAMILY_NOT_CARERS,
  GAME_WON,
  HARD_DRUGS,
  HER,
  MUM_TELLS,
  PARTNERS,
  STRANGLE_HER,
  TOWNS,
  WEEKDAYS,
  range,
  strangleActs,
} from './words.ts';

export const FAMILIAL_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Probe 23 ----
  // Living with adults who are not family (framework wording), not foster carers or a kinship or guardianship placement.
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [
      'living|lives|lived|staying|stays|stayed|stopping with [*] [*] adults|adult|men|man|women|woman|people|someone [who|that] is|are|were|was not [her|his|their] family|relatives|relative|relation|relations|related|parents|parent',
      // Moved here from the entry above with a living word required: "a man she calls her uncle, who is not related to
      // her" does not say she lives with him.
      'who is|are not [a] relative|relatives|related',
    ],
    requiresNear: ['living|lives|lived|live|staying|stays|stayed|stopping|sleeping|sleeps|slept|household|resides|residing|resident|home|address|house|flat'],
    // Nor relatives named as the adults ("not his parents but his aunt and uncle").
    unlessNear: [
      'foster|fostered|carers|carer|placement|kinship|guardian|guardians|guardianship|adopted|adoptive|sgo',
      'but|they|he|she are|is [her|his|their] aunt|auntie|aunty|uncle|grandparents|grandparent|nan|gran|grandma|grandad|stepdad|stepmum|sister|brother|cousin',
      // Review 28: an adult's own household ("Her teacher lives with a woman who is not related to her", "Dad lives with
      // two men who are not related, his housemates").
      'dad|mum|father|mother|teacher|tutor|grandad|grandma|nan|gran|uncle|aunt|auntie|colleague|neighbour lives|lived|shares|shared',
      'housemate|housemates|flatmate|flatmates',
    ],
    window: 12,
  },
  // ---- Wording from published reviews and guidance found missing in a research probe ----
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'hitting|beating|punching|kicking|strangling|attacking|threatening [her|his|their] mum|mother',
      'abusive|violent relationship|relationships',
      'violence|violent|arguments between [the|her|his|their] parents|carers',
      'non-molestation|occupation order',
      'fled|fleeing|flee [from] domestic|violence|abuse',
      'refuge',
      'domestic abuse|violence|incident|incidents',
      'dv|dva|marac',
      'hits|hit|assaulted|assaults|beats|beat|strangled|strangles|punched|punches [her|his|their] mum|mother',
      'violence|violent arguments at|in the home|household',
      'police called to [the|her|his] [family] home',
      'coercive control|controlling behaviour',
      'controlling and coercive',
      'is|was|were|are violent at home',
      'witnessed|witnesses|witnessing domestic|violence',
    ],
    // Round 29: a game won ("saw his dad beat his mum at chess").
    unlessNear: GAME_WON,
    window: 6,
  },
  {
    code: 'fa_in_care',
    patterns: [
      'semi-independent placement|accommodation|living|provision',
      'semi independent placement|accommodation|living|provision',
      'kinship care|carer|carers|placement',
      'local authority care',
      'interim care order',
      'care experienced',
      'care-experienced',
      'secure unit|accommodation|order',
      'looked after child|children',
      'looked-after child|children',
      'in care',
      'into care',
      'foster care|carer|carers|placement|family|parents',
      "children's home|homes",
      'care leaver|leavers',
      'leaving care',
      'section 20|31',
      's20|s31',
      'care order',
      'placed with foster|kinship',
      // Round 24: not "special guardianship": an order that ends care, the child no longer looked after (Children Act
      // 1989 s14A; fresh19 and fresh23 annotate it as nothing).
      'is|was|are|been|being looked after under|by [the] [local] section|authority|council|s20',
      'looked-after',
      'been looked after since|from',
    ],
  },
  {
    code: 'fa_parental_substance_misuse',
    patterns: [
      'parental substance|alcohol|drug misuse|use|abuse|dependency',
      'mum|mother|dad|father|stepdad|parents|parent|carer|carers is|are|was|were [an|a] [heavy|problem] alcoholic|alcoholics|addict|addicts|drinker|drinkers',
      'mum|mother|dad|father|stepdad|parents|parent|carer|carers is|are|was|were [a] drug user|users',
    ],
  },
  {
    code: 'fa_parental_mental_health',
    patterns: [
      'parental mental health',
      'mum|mother|dad|father|parent|parents|carer sectioned|detained',
      "mum's|mother's|dad's|father's|parent's mental health",
    ],
  },
  {
    code: 'fa_family_breakdown',
    patterns: [
      'told|asked [her|him|them] to leave [home] [the] [family] [home]',
      'refuses|refused to have [her|him|them] home|back',
      'refuses|refused|refusing to have [her|him|them] at|back home',
      'moved|moving|passed between nan|gran|grandparents|relatives|aunt|aunts|auntie|uncle|dad|mum|family|carers|friends',
      'estranged',
      'family breakdown|breakdowns',
      'relationship breakdown|breakdowns with [mum|dad|parents|family|carers]',
      'breakdown of [her|his] [the] [family|foster|care] placement|placements|relationship|relationships',
      'placement|placements breakdown|breakdowns|broke|broken|break down',
      'kicked|thrown|put out of [the] [family] home|house',
      'kicked|thrown out',
      'asked to leave the|her|his family home',
      // Round 23: two patterns (it read "relatives|carers|placements|family" then "members|addresses"); not addresses,
      // which is being moved about by others (am_moved_by_others).
      'moved between [different] relatives|carers|placements|families',
      'moved between family members',
      // Research pass (section 20 requests in case records): "mum has asked for him to be accommodated as she can no
      // longer cope".
      'asked|asks|asking|requested|requests|requesting for [her|him|them] to be accommodated',
      'asked|asks|asking|requested|requests|requesting for [her|him|them] to be taken into care',
      'relationship|relationships with [her|his|their] [*] mum|dad|parents|family|mother|father|carers|parent has|have [completely] broken|broke down',
    ],
    // Session 22: out of school, which is an exclusion ("his cousin got kicked out of the same school").
    unlessNear: ['kicked|thrown|chucked out of [the] [same] school|college|academy|class|lessons'],
  },
  // Round 28b: placement moves of a carer's or a worker's own children, or of a family in the forces, are not the
  // child's ("The foster carer's own children have had many placement moves").
  {
    code: 'fa_family_breakdown',
    patterns: ['multiple|several|many|numerous placements|placement moves'],
    unlessNear: ['own children|child|kids|son|sons|daughter|daughters', 'army|forces|military|raf|navy'],
    window: 8,
  },
  // Round 24: a separation that went well is no breakdown ("Nathan's parents separated amicably years ago and he sees
  // both weekly"; fresh23).
  {
    code: 'fa_family_breakdown',
    patterns: ['parents separated|divorced|split', 'parents [have] split up|separated|divorced'],
    // Review 24-1: not "sees both" alone ("separated because dad was violent, and she sees both at weekends").
    unlessNear: ['amicably|amicable|co-parent|co-parents|co-parenting|coparenting', 'on good terms'],
    window: 10,
  },
  {
    code: 'fa_family_breakdown',
    patterns: ['can|could no longer cope with [her|him|them]'],
    // Not "Nan can no longer cope with her arthritis" (review 2026-11-30).
    unlessNear: ['arthritis|stairs|health|pain|illness|bills|hip|knee|condition|conditions|work|job|garden|debts|housework'],
    window: 4,
  },
  {
    code: 'fa_neglect',
    patterns: [
      'little|no food in the house|home|flat',
      'not enough food',
      'left to fend for',
      'neglect|neglected|neglectful',
      'no food in the house|home|flat',
      'home conditions poor',
      'poor home conditions',
      'home conditions are|were poor|concerning|squalid',
      'unkempt',
      'dirty clothes|clothing',
      'basic needs not met',
      'not fed',
      'left alone|unsupervised for',
      'no boundaries',
      'lack of supervision',
      'poor hygiene',
      'no food',
      'not clothed',
    ],
  },
  {
    code: 'fa_previous_abuse',
    patterns: [
      'previous|past|historic|historical|childhood [sexual|physical] abuse',
      'abused as a child',
      'previously abused',
      'sexually|physically abused when [she|he|they] [was|were] younger|little|small',
      'history of sexual|physical abuse|assault',
      'adverse childhood experiences',
      'aces',
      'sexually|physically abused|assaulted by [her|his|their] [*] [*] when [she|he|they] was|were [aged] 1|2|3|4|5|6|7|8|9|10|11|12|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|younger|little|small',
    ],
  },
  {
    code: 'fa_unsuitable_accommodation',
    patterns: [
      'sofa surfing|surfs|surfed',
      'sofa-surfing|sofa-surfs|sofa-surfed',
      'sofasurfing',
      'sleeping|sleeps|slept rough',
      'rough sleeping|sleeper',
      // Round 18: "homelessness" and "hostel" alone name the service or the place of a key-work log ("Homelessness duty
      // note:", "Hostel key-work log:"); none of the eight tuning-set lines with them annotates this sign.
      'homeless',
      'no fixed abode',
      'unsuitable|unstable|insecure|temporary accommodation|housing',
      'overcrowded',
      'staying with friends',
      'staying at|with various|different friends|addresses',
      // Round 25: sleeping in a car or a park has its own entry, with a trip as a veto.
      'on the streets',
      'no stable|fixed address',
    ],
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'no trusted|safe|supportive|protective|positive adult|adults',
      "not|doesn't|doesn’t|didn't have [a|any] trusted|safe|supportive|protective adult|adults",
      'no one to talk|turn to',
      'nobody|no-one to talk|turn to',
      'no positive relationship|relationships',
      'no support network',
      'no one she|he|they can|could trust|talk',
      'does|did not trust any|anyone|adults',
      "doesn't|didn't trust any|anyone|adults",
      'no adult|adults [who] [she|he|they] trusts|trust',
      'no one|body [who] she|he|they trusts|trust',
    ],
    // Review 29b: rides, tickets and pools ("No safe adult rides at the fair this year").
    unlessNear: ['ride|rides|fair|funfair|attraction|attractions|pool|pools|swim|swimming|ticket|tickets|price|prices|rating|film|supervision|work|cover'],
    window: 3,
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'unaccompanied asylum seeking|seeker|minor|minors|child|children',
      'unaccompanied asylum-seeking',
      'uasc',
      'unaccompanied minor|minors|child|children',
      'unaccompanied young person|people',
      'arrived in the uk|country alone|without',
      'arrived|came|travelled in|into|to * alone|unaccompanied',
      // Review 25D: a parent's or a sibling's name is the entry of round 25 below, which has vetoes ("travelled with a man
      // who was not his dad to the football match").
      'travelled|arrived|came with a|an man|woman|adult who is|was not [her|his|their] relative|family|parent',
      'travelled|arrived|came with men|adults|people who are|were not [her|his|their] relatives|family|parents',
      'in|on the back of a lorry|truck|lorries',
      'asylum seeker|seeking|claim',
      'age disputed',
      'age is|was|has|had [been] disputed|contested|questioned',
      'age-disputed|age-assessed',
      'arrived|came|brought|travelled in|to the uk|country|england with adults|men|people|a|an [man|adult] [who] [are|were|is|was] not [her|his|their] family|parents|relatives|relative',
    ],
  },
  // Review of round 21: "arrived at Dover alone", not at school or an appointment ("She arrived at school alone").
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['arrived|came|travelled at * alone|unaccompanied'],
    unlessNear: ['school|college|nursery|meeting|contact|appointment|clinic|club|work|home|placement|party|centre|office|session'],
    window: 0,
  },
  // Round 22 (review of round 21, L25): "He and his cousin arrived unaccompanied", not a child who came to the clinic
  // or to school without a parent ("attended clinic unaccompanied", "arrived unaccompanied for her appointment").
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['arrived|arrives|arriving unaccompanied'],
    unlessNear: [
      'school|college|nursery|meeting|contact|appointment|clinic|club|work|home|placement|party|centre|office|session|surgery|gp|hospital|reception|ward|department|ed|review|lesson|lessons|class|court|station',
      'attended|attends|attend|seen|triage|triaged',
    ],
    window: 6,
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|family is|are|was|were [known] [to] [be] [also] involved|linked|associated in|with|to [a|the] gang|gangs|county|drugs',
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle is|are|was|were in a|the gang',
      'family links|connections|ties to gang|gangs|organised|organized|county|exploitation|drug',
      'sibling|siblings|brother|sister|cousin exploited',
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle runs|ran|running|run|sells|sold|supplies|supplied [a|the] [county] line|lines|drugs',
      // Probe 24: "her older brother is known to run a line into Cumbria".
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad|mum|mother is|are|was|were known|believed|thought|said to run|sell|deal|supply [a|the] [county] line|lines|drugs',
      // Review rev-probe-1: a "group" only when it is the child's ("the same group as her"), not a group of mums.
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad|mum|mother is|are|was|were known|believed|thought|said to associate|mix|socialise|socialize with [the] [same] [older] men|gang|gangs|dealers|olders|elders',
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad|mum|mother is|are|was|were known|believed|thought|said to associate|mix|socialise|socialize with the same [older] group|groups as her|him|them|she|he',
      'older brother is known to police',
      'family member|members [known] [to] [be] involved in',
      'mum|mother|dad|father|stepdad|stepfather|parent|parents|brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|family is|are|was|were [known] [to] [be] [also] linked|connected|involved|associated to|with|in [the|a] [*] men|man|gang|gangs|line|lines|dealers|olders|group|network|county|drugs|people',
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins is|are|was|were|has|have [also] [been] [being] sexually|criminally exploited|groomed|trafficked',
    ],
  },
  {
    code: 'fa_domestic_servitude',
    patterns: [
      'made|forced|expected|told to cook|clean|babysit|look',
      'domestic servitude|work',
      'looks|looking|looked after [the] younger children|siblings instead of',
      'doing|does|did housework|chores for',
      'kept home from school to',
      'works|working|worked|made to work [long] hours cleaning|cooking|babysitting',
      'long hours cleaning|cooking|babysitting|housework',
      'looks|looking|looked after [the|their|her|his] [younger] children|siblings|kids|baby|babies instead of',
    ],
  },
  {
    // The child does a household's work: "does the cooking, cleaning and childcare for the family she lives with",
    // "cooks and cleans for the men". A parent or carer doing it ("mum does the cooking for the family"), or a child
    // helping, is not servitude.
    code: 'fa_domestic_servitude',
    patterns: [
      `does|do|did|doing [all] [of] the ${CHORES} [and] [the] [${CHORES}] [and] [the] [${CHORES}] for the|a|this|that family|household|adults|men|people|couple|woman|man`,
      // Round 22: "for the whole household".
      'cooks|cooked|cooking|cleans|cleaned|cleaning and cooks|cooked|cooking|cleans|cleaned|cleaning for the|a|this|that [whole|entire] family|household|adults|men|people|couple|woman|man',
    ],
    unlessNear: [
      'mum|dad|mother|father|parent|parents|nan|gran|grandma|carer|carers|foster|helps|help|helping|helped|pocket',
      // Review 22c: a festival or a party ("cooking and cleaning for the entire family for Eid").
      'eid|christmas|diwali|ramadan|party|birthday|wedding|celebration|visitors|guests',
      // Round 28b: a turn on a rota at camp or on a trip ("does the cooking and cleaning for the family on the camp rota").
      'rota|camp|camping|trip|expedition|scouts|guides|cadets|dofe|duke|edinburgh|holiday|cottage|caravan',
    ],
    window: 4,
  },
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [
      `living|staying|lives|stays|lived|stayed with [an|a] ${ADULT_YEAR_OLD} [man|male|woman|adult]`,
      // Round 23: "family friend" only (the pattern read "family" then "friend|adult|man ...": "staying with an adult"
      // never matched; that wording is below, with its cues).
      'living|staying|lives|stays|lived|stayed with [an|a] [unknown] [older] family friend',
      'living|staying|lives|stays with friends of the family',
      `living|staying|lives|stays|lived|stayed with [an|a] ${ADULT_AGES} year|years old man|male|woman|adult`,
      'privately fostered',
      'unrelated adult|adults|male|males|man|men',
      'so-called uncle',
      // Review 28b: the child lives with a lodger, whatever the lodger pays or where ("lives with mum and a lodger who
      // pays rent in cash", "lives with mum and a lodger in a new flat").
      'living|staying|lives|stays|lived|stayed|live|stay with [*] [*] [*] [*] a|an|the|two|their|her|his [male|female|new|older|adult] lodger|lodgers',
    ],
  },
  // Round 28b: a lodger on its own is an adult's tenancy ("The lodger is moving out in June", "the lodger pays his rent
  // on time"); the child living alongside an unrelated lodger still counts.
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ['lodger|lodgers'],
    // Review 28b: 'new job' only; "Mum has taken in a lodger at the new house" is the child's home.
    unlessNear: [
      'moving|moved|moves|move out|on',
      'moving|moved|moves|move to|into [a|his|her|their] new flat|house|place|home',
      'rent|rents|deposit|tenancy|notice',
      'new job|jobs',
      'story|book|film|novel|play|cartoon',
      // Round 29 (open from round 28): the lodger's own job or studies ("Our lodger is a nurse").
      'is|was a|an nurse|teacher|student|doctor|pensioner|chef|builder|driver|plumber|electrician|carer|cleaner|postman|mechanic|paramedic|accountant|lecturer|engineer',
    ],
    window: 6,
  },
  {
    code: 'fa_living_with_unrelated_adults',
    // Round 20: a number of adults, or their home ("living with two adult men", "lives with two men in their twenties",
    // "staying at the home of two adult men", "staying at the address of an adult friend"; six tuning-set lines).
    patterns: [
      'living|staying|stopping|lives|stays|lived|stayed with two|three|four|several|some [adult|older] men|males|adults|women',
      'living|staying|stopping|lives|stays|lived|stayed with a number|group of [adult|older] men|males|adults|women',
      'living|staying|stopping|lives|stays|lived|stayed at the home|house|flat|address of two|three|several|an|a [older] adult|adults|men|males|man|male',
    ],
    // Not the child's family or carers ("lives with two adults, her mum and her stepdad"; review 2026-11-30).
    unlessNear: [
      'her|his|their mum|dad|mother|father|parents|stepdad|stepmum|nan|gran|grandparents|aunt|auntie|uncle|carers|carer|relatives',
      'foster carers|carer|parents|placement',
      'family friend|friends',
      // Round 28b: an adult's own shared house ("Dad lives with two men who are not related, his housemates").
      'housemate|housemates|flatmate|flatmates|colleague|colleagues|course|courses|halls|uni|university',
      'dad|mum|father|mother|grandad|grandma|nan|gran|uncle|aunt|auntie|brother|sister|cousin lives|lived|shares|shared',
    ],
    window: 8,
  },
  // Round 17: "LAC review", "the LAC nurse", "LAC health assessment" name the service; the tuning sets do not annotate
  // them (eight false alarms), while "a LAC child" or "is LAC" still count.
  {
    code: 'fa_in_care',
    patterns: ['lac|cla'],
    unlessNear: ['review|reviews|nurse|nurses|health|medical|medicals|assessment|team|meeting|meetings|service|services'],
    window: 1,
  },
  // Review 23B: a parent back with her abuser is domestic abuse, not a controlled return ("Mum went back to the man who
  // abused her").
  {
    code: 'fa_domestic_abuse',
    patterns: ['went|goes|gone|returned|returns back to the|her man|partner|boyfriend|ex-partner who abused|hit|beat|assaulted her'],
    requiresNear: ['mum|mother went|goes|gone|returned|returns'],
    window: 2,
  },
  {
    code: 'fa_in_care',
    patterns: ['residential placement|home|unit|care'],
    unlessNear: ['gran|nan|grandma|grandad|grandmother|grandfather|elderly|dementia|nursing|great-gran|great-grandmother'],
  },
  // "has lived with four different relatives in two years". Review 23C: not "family friends" ("family" was the last
  // word), nor relatives who share the care while a parent is ill ("stayed with several different family members on a
  // rota during mum's chemotherapy").
  {
    code: 'fa_family_breakdown',
    patterns: [
      'lived|stayed|lives|stays|living|staying with three|four|five|six|several|many|multiple different relatives|carers|families',
      'lived|stayed|lives|stays|living|staying with three|four|five|six|several|many|multiple different family members',
    ],
    unlessNear: ['hospital|hospice|chemotherapy|chemo|cancer|illness|rota'],
    window: 12,
  },
  // --- F: familial
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'mum|mother|mam was|is|has|had [been] assaulted|attacked|beaten|hit|strangled|punched|kicked|threatened by [her] [*] partner|boyfriend|husband|dad|father|stepdad|ex|ex-partner',
      'arguments|fighting|fights|violence|shouting|rows between [her|his|the] mum|dad|mother|father|parents|carers|adults',
      'injunction',
      'restraining order',
      "clare's law",
      'violent|abusive partner|partners|ex-partner|ex-partners|boyfriend|husband|ex',
      'witnessing|witnessed|witness|witnesses violence|abuse|fighting|arguments|assaults',
      'domestics',
      'domestic-related|domestic-abuse',
    ],
  },
  {
    code: 'fa_neglect',
    patterns: [
      'empty fridge|cupboards',
      'fridge|cupboards [was|were|is|are] [completely] empty|bare',
      'no heating|electricity|gas|hot water|bedding|bed',
      'head lice|nits',
      'same clothes for',
      'wearing|wears|wore the same clothes',
      'smells|smelt|smelled|smelling of urine|body odour|bo',
      'unwashed',
      'dog|animal|cat faeces|mess|excrement',
      'mould|mouldy',
      'filthy|squalid|unhygienic|cluttered|hoarding',
      'not taken to [the] dentist|doctor|gp|appointments|optician',
      'dental decay|neglect',
      'medical|emotional|educational neglect',
      'left alone [at] [home] overnight|overnight',
    ],
  },
  // Round 21: "no one at home she trusts" is having no trusted adult (fa_no_trusted_adult), not neglect. ("nobody at
  // home" is not added: "nobody at home knew" is the usual sense, five tuning-set lines.)
  {
    code: 'fa_neglect',
    patterns: ['no one at home'],
    unlessNear: ['trust|trusts|trusted|talk|turn|go|confide|listens|cares|understands|side'],
  },
  // Review 21b M12: a parent who cannot manage their own health, the stairs or money is no breakdown.
  {
    code: 'fa_family_breakdown',
    patterns: [
      "mum|dad|parents|mother|father|carers|carer can't|cannot|can’t manage",
      'mum|dad|parents|mother|father|carers|carer [is|was|are|were] unable|not [able] to manage',
      'mum|dad|parents|mother|father|carers|carer [is|was|are|were|can|could] no longer [able] [to] manage',
    ],
    unlessNear: ['stairs|health|money|pain|condition|conditions|illness|medication|finances|bills|debts|diabetes|mobility|stroke'],
  },
  {
    code: 'fa_family_breakdown',
    patterns: [
      'conflict|arguments|rows|tension|fighting at home',
      'conflict|arguments|rows|tension with [her|his|their] mum|dad|mother|father|parents|carers|carer|stepdad|stepmum|family',
      'family conflict|tension|tensions|difficulties',
      "mum|dad|parents|mother|father|carers|carer can't|cannot|can’t cope",
      'mum|dad|parents|mother|father|carers|carer [is|was|are|were] unable|not [able] to cope',
      'mum|dad|parents|mother|father|carers|carer [is|was|are|were|can|could] no longer [able] [to] cope',
      'no longer lives|living|live with [her|his|their] mum|dad|mother|father|parents|family',
      "will|would not|won't|wouldn't have her|him|them back|home",
      'placement ended|ending|collapsed|disrupted|disruption',
      'placement|placements|relationship|relationships [has|have|had] [*] broken|broke down',
      'moved out of [the] [family] home',
      'not welcome at home',
      'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth placement|placements|home|move|moves',
    ],
  },
  {
    code: 'fa_family_breakdown',
    patterns: [
      // Round 22: "told him he can go home" is not a refusal (an optional "not" let it through).
      "told [her|him|them] [that] [she|he|they] cannot|can't|can’t|couldn't|couldn’t come|return|go home|back",
      'told [her|him|them] [that] [she|he|they] can|could not come|return|go home|back',
    ],
    // Round 23 (left from round 22): a curfew or a condition, not a refusal ("Mum told him he cannot come home late").
    // Review 23C: the curfew words must follow "come home" itself; "after what happened", "until she stops seeing him"
    // are a refusal.
    unlessNear: [
      'curfew|hospital|doctor|nurse',
      'come|go|return home|back [so] late|drunk|smelling|yet|tonight|today',
      'come|go|return home|back after|before|past|till|until 1*|2*|3*|4*|5*|6*|7*|8*|9*|midnight|dark|school|college|curfew|late|tonight|today',
    ],
    window: 4,
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['arrived|came|travelled in|to the uk|country|england on [her|his|their] own'],
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'no adult|adults|one|body [who] she|he|they [feels|felt|feel] [she|he|they] can|could talk|turn|go',
      'no one|nobody|no-one cares|listens|understands',
      'nobody|no-one cares|listens|understands',
      'nobody|no-one cares|listens|understands',
      'has no one',
      'feels|felt|feeling alone|unsupported|on her own|on his own',
      'feels|felt|feeling alone|unsupported',
      'feels|felt|feeling on her|his|their own',
      'nobody|no-one to go to',
      'no one to go to',
      'nobody|no-one to go to',
    ],
    // Not a parent's own feelings ("Mum feels unsupported by services", "Dad felt alone after the divorce"; review
    // 2026-11-30).
    unlessNear: [FAMILY],
    window: 4,
  },
  {
    code: 'fa_unsuitable_accommodation',
    patterns: [
      "staying|sleeping|stayed|slept|stays|sleeps at|on [a] friend's|mate's|various|different|friends|mates",
      "on [a|her|his|their] friend's|mate's sofa|floor|settee",
      'bed and breakfast',
      'placed|living|staying|moved in|into emergency accommodation',
      'no fixed address',
      'evicted|eviction',
      'nowhere to stay|sleep|live|go',
    ],
  },
  // Review 2026-11-30: a relative's or a baby's own bed for the night is not the child's housing ("Nan sleeps on the
  // sofa when she stays", "the baby sleeps on the sofa with mum").
  {
    code: 'fa_unsuitable_accommodation',
    patterns: ['sleeping|slept|sleeps on sofas|floors|the floor|a sofa|a settee', 'sleeping|slept|sleeps on the|a floor|sofa|settee|couch'],
    unlessNear: [`${FAMILY}|nan|nanna|nanny|grandmother|grandfather|baby|babies|toddler|infant|guest|guests|visitor|visitors sleeping|slept|sleeps|sleep`],
    // Review of round 21: only the relative who opens the match ("Nan sleeps on the sofa"), not one later in the sentence
    // ("Jade sleeps on the sofa as mum sleeps in the only bedroom with her partner").
    window: 1,
  },
  {
    code: 'fa_parental_mental_health',
    patterns: [
      'mum|mother|dad|father|parent|parents|carer struggles|struggling|struggled with [her|his|their] [own] mental health',
      'mum|mother|dad|father|parent|carer [has|had] is|was|been unwell with',
      'mum|mother|dad|father|parent|carer [has|had] is|was|been mentally unwell',
    ],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad is|was|are|were [also] [currently] [in] [*] prison|custody|jail for [drug|drugs] supply|dealing|pwits',
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad is|was|are|were [also] [a|an] [known] dealer|dealers|gang|runner|runners|member|members',
    ],
  },
  // ---- Round 7 ----
  {
    code: 'fa_domestic_abuse',
    // "DA between mum and her partner", "No DA reported": the shorthand needs a household or report word near it.
    patterns: ['da'],
    requiresNear: ['between|reported|report|incident|incidents|history|household|marac|victim|perpetrator|witnessed|witnessing|witnesses'],
    window: 5,
  },
  {
    code: 'fa_domestic_servitude',
    patterns: [`does|doing|did|do all [of] the ${CHORES} for`],
    unlessNear: [FAMILY, 'helps|help|helped|pocket'],
  },
  {
    code: 'fa_previous_abuse',
    patterns: ['history of abuse|neglect', 'history of sexual|physical abuse', 'sexually|physically abused by [a|an|her|his] [*] [*] between|when|aged|age|as'],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'sister|brother|cousin|sibling was|were|is [being] groomed|exploited|trafficked by',
      'sister|brother|cousin|sibling has|had been groomed|exploited|trafficked by',
      'sister|brother|cousin|sibling is|was|were [being] linked|connected to the|a group|gang|line|men',
    ],
  },
  {
    code: 'fa_family_links_to_exploitation',
    // "A cousin may be linked to the group who approached Dev", "his older brother is in prison for supplying class A".
    patterns: ['linked|connected to the|a group|gang who|that', 'in prison|custody for supplying|supply|dealing [class] [a]'],
    requiresNear: ['sister|brother|cousin|sibling|stepbrother|stepsister|uncle|dad|father|mum|mother|stepdad|stepson|relative|relatives'],
    window: 6,
  },
  // A violent act by mum's partner ("mum's boyfriend threw a chair at her").
  {
    code: 'fa_domestic_abuse',
    patterns: ['threw|throws|thrown|throwing a|an|the [*] [*] at her|mum|mother'],
    requiresNear: ["mum's|mother's|mum|mother"],
    unlessNear: [
      'ball|football|party|pillow|cushion|water|snowball|snowballs|sponge',
      // Rev-ind-3: a small child's tantrum.
      'toddler|baby|brother|sister|tantrum|toy|toys',
      'told off',
    ],
    window: 8,
  },
  // Arriving in the UK alone, with how the child came ("Vietnamese boy, 15, arrived alone").
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['arrived|came|travelled|traveled|entered alone|unaccompanied'],
    requiresNear: [
      'uk|england|britain|country|dover|kent|heathrow|gatwick|lorry|lorries|boat|dinghy|asylum|border|smuggled|smuggler|smugglers|agent|agents|trafficker|traffickers|brought',
      'vietnamese|albanian|eritrean|sudanese|afghan|syrian|iranian|kurdish|iraqi|nigerian|romanian|ethiopian|somali|chinese|vietnam|albania|eritrea|sudan|afghanistan|syria|iran|iraq|nigeria|romania|ethiopia|somalia',
    ],
    unlessNear: [
      'party|school|college|club|shop|flat|station|late|early|meeting|appointment',
      // Round 28b: an adult's past journey ("travelled alone from Syria in the 1990s as a student").
      'student|students|university|studies|studying|1960s|1970s|1980s|1990s|2000s',
      // Review rev-probe-1: a trip to a relative ("travelled alone by train from Dover to his aunt's for the holidays").
      FAMILY_HOMES,
      'holiday|holidays|half-term|visit|visiting',
    ],
    window: 10,
  },
  // Probe 24: a partner arrested or charged for violence to mum ("mum's partner was arrested for strangling her").
  {
    code: 'fa_domestic_abuse',
    patterns: ['arrested|charged|convicted|cautioned for strangling|choking|assaulting|hitting|beating|attacking|punching her|mum|mother'],
    requiresNear: ["partner|partner's|boyfriend|husband|dad|stepdad|father|stepfather|ex|ex-partner"],
    window: 8,
  },
  // ---- Round 8 ----
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'nobody|no-one|noone [*] [*] [*] [*] [to] talk|turn to',
      'nobody|no-one|noone [*] [*] [*] [*] [to] trust|confide',
      'no one [*] [*] [*] [*] [to] talk|turn to',
      'no one [*] [*] [*] [*] [to] trust|confide',
      'no adult|adults [*] [*] [*] [she|he|they] can|could trust|talk|confide|turn',
    ],
  },
  // ---- Round 9 ----
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [
      'the adults|men|people she|he|they lives|live|living|lived|stays|stay|is|are staying with',
      'the adults|men|people she|he|they lives|live|living|lived|stays|stay with',
      'the adults|men|people she|he|they is|are staying with',
    ],
    unlessNear: [
      'her|his|their mum|dad|mother|father|parents|stepdad|stepmum|nan|gran|grandparents|aunt|auntie|uncle|carers|carer|relatives',
      'foster carers|carer|parents|placement',
      'feels|feel|felt safe',
    ],
    window: 8,
  },
  {
    code: 'fa_domestic_abuse',
    patterns: [`witnessing|witnessed|witnesses|witness [*] violence|abuse|fights|fighting|rows`],
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: ['not|cannot|never name a|one [single] adult [she|he|they] [can|could] trust|trusts|talk'],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'serving time for running|dealing',
      'serving a sentence for running|dealing',
      "partner|partner's|uncle|dad|brother is known to supply|deal|sell",
    ],
  },
  { code: 'fa_unaccompanied_migrant', patterns: ['separated from his|her|their parents|family|mother|father in|on|during|at'] },
  { code: 'fa_unsuitable_accommodation', patterns: ['staying|sleeping|living|sleeps|stays|lives in a tent|car|stairwell|squat|shed'] },
  {
    code: 'fa_domestic_servitude',
    patterns: ['kept|keeps|made at home to do the housework|cleaning|childcare|cooking'],
  },
  {
    code: 'fa_family_breakdown',
    patterns: ['refuse|refuses|refused|refusing to have her|him|them back', 'told her|him|them not to come back|home'],
    // "Mum told him not to come home late" is a curfew, not a family that has given up on the child.
    unlessNear: ['late|tonight|drunk|before|after|until|without'],
    window: 3,
  },
  { code: 'fa_unaccompanied_migrant', patterns: ['brought her|him|them from albania|vietnam|eritrea|sudan|afghanistan|syria|iran|iraq'] },
  { code: 'fa_no_trusted_adult', patterns: ['nobody at home or at school', 'could|can not name one|a grown-up|adult'] },
  { code: 'fa_domestic_servitude', patterns: ['kept home|kept at home to clean', 'cooks cleans and looks after'] },
  { code: 'fa_family_links_to_exploitation', patterns: ['was herself exploited', 'brother|sister|cousin is in prison for running a county line'] },
  // Round 14 (fresh13, tuned on after it had judged round 13).
  { code: 'fa_unaccompanied_migrant', patterns: ['came|arrived|travelled to the uk with a man who said|says he was|is his|her uncle'] },
  { code: 'fa_unsuitable_accommodation', patterns: ['a b b with adult residents', 'sleeps|slept|sleeping in the back room'] },
  { code: 'fa_living_with_unrelated_adults', patterns: ['lives with two|three men in their twenties|thirties', 'the adults she|he lives with'] },
  { code: 'fa_family_breakdown', patterns: ['lived with mum then nan then'] },
  { code: 'fa_no_trusted_adult', patterns: ['lacks a trusted adult', 'nobody she|he can turn to'] },
  { code: 'fa_family_links_to_exploitation', patterns: ['serving time for running a county line', 'supplying drugs to the group that exploits'] },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: ['part of the same county line|line|gang|network|group'],
    requiresNear: ['brother|sister|cousin|mum|dad|uncle|father|mother'],
    window: 10,
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['came|arrived|travelled to the uk alone|unaccompanied', 'with no parent or guardian', 'without a parent or guardian'],
  },
  {
    code: 'fa_family_breakdown',
    patterns: [
      "moved between his|her|their dad's|mum's|nan's|gran's|aunt's",
      'the arrangement with her|his|their aunt|nan|gran|dad|mum|father|mother|uncle broke down',
    ],
  },
  { code: 'fa_in_care', patterns: ['foster placements'] },
  { code: 'fa_unsuitable_accommodation', patterns: ['placed in a hotel|hostel'] },
  { code: 'fa_living_with_unrelated_adults', patterns: ['who else lives at the flat|house|address'] },
  // Review 23B: not adopters or foster carers ("an adult couple who adopted her").
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ['living|lives|lived with an adult couple'],
    unlessNear: ['adopted|adopting|adoptive|adopters'],
    window: 8,
  },
  { code: 'fa_neglect', patterns: ['house|flat|home is full of needles|rubbish', 'children were|are in dirty clothes'] },
  { code: 'fa_domestic_servitude', patterns: ['kept at home to clean|cook|mind'] },
  // Research pass: "kept home to clean and mind the children" (alternatives are single words, so the entry above with
  // 'kept home|kept at home' does not cover "kept home to").
  {
    code: 'fa_domestic_servitude',
    patterns: ['kept home|off [from] [school] to clean|cook|mind|babysit'],
    unlessNear: ['ill|unwell|sick|poorly|cold|flu|covid|illness|appointment'],
  },
  { code: 'fa_no_trusted_adult', patterns: ["cannot|can't|couldn't|can’t|couldn’t name a single adult", 'could not name a single adult'] },
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'no adult|adults|grown-up|one she|he|they would|could|can|feels|feel turn|talk|go to',
      'no adult|adults|grown-up she|he|they would|could|can|feels|feel able to turn|talk|go to',
    ],
  },
  // ---- Round 17 ----
  {
    code: 'fa_neglect',
    patterns: [
      'children|kids|child|boys|girls are|were|is|was often|always|frequently|regularly|usually hungry|unwashed|unkempt',
      'left to get themselves|herself|himself up|ready',
      'left to get themselves|herself|himself to school',
      'left to fend for themselves|herself|himself',
    ],
  },
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'assaulting|assaulted|hitting|hit|beating|beat|attacking|attacked|strangling|strangled mum|mother',
      'assaulting|assaulted|hitting|hit|beating|beat|attacking|attacked|strangling|strangled her|his|their mother|mum',
    ],
    // The actor stays outside the finding, so that ConText reads him as the subject (another person).
    requiresNear: ["dad|father|stepdad|stepfather|mum's|partner|husband|boyfriend"],
    // Round 29: a game won ("saw his dad beat his mum at chess").
    unlessNear: GAME_WON,
    window: 3,
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['separated child|children|minor|minors', 'arrived|came|entered [in] [the] uk|country|england|britain|wales|scotland unaccompanied|alone'],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'sister|brother|sibling|cousin|brothers|sisters|siblings [*] is|are|was|were being|been exploited|groomed|trafficked',
      'brother|sister|cousin|dad|father|uncle [*] [*] is|was serving|served|jailed|imprisoned|convicted [*] [*] [*] for running|supplying|dealing',
    ],
  },
  {
    code: 'fa_domestic_servitude',
    patterns: [`made|forced|expected|told to do all|most [of] the ${CHORES}`, `has|had to do all [the] ${CHORES}`],
  },
  // Round 22 (review of round 21): under a heading or a question that names domestic servitude ("Domestic servitude:
  // she cleans the house and cooks for the family", "Query domestic servitude: she does all the housework"), ordinary
  // chores are what the record says the servitude is. Not help at home or chores for pocket money.
  {
    code: 'fa_domestic_servitude',
    patterns: [
      'cleans|cleaned|cleaning|cooks|cooked|cooking|scrubs|scrubbed|washes|washed|irons|ironed [and] [cooks|cooked|cleans|cleaned] [the|their|all|for] [*] house|home|flat|kitchen|floors|toilets|rooms|clothes|family|household|adults|men',
      `does|did|doing|do [all] [of] [the|most] ${CHORES}`,
      'looks|looked|looking after the|their children|baby|babies|kids',
    ],
    requiresNear: ['servitude'],
    unlessNear: ['helps|help|helping|helped|pocket|ruled|chore|chart|rota|job|jobs|shift|shifts|training|course|wages'],
    window: 14,
  },
  {
    code: 'fa_family_breakdown',
    patterns: ['passed|bounced|shunted|shuttled between|around [two|three|four|several|various|different] relatives|carers|households'],
  },
  // ---- Round 18 ----
  // families of the tuning sets' misses. Each is a family of paraphrases, with the cue that keeps its innocent senses out.
  {
    code: 'fa_unsuitable_accommodation',
    patterns: ['living|staying|lives|stays|sleeping|sleeps|placed|moved in|into|at a|the hostel|hostels'],
    unlessNear: ['school|trip|residential|booked|youth|holiday|holidays|centre|outdoor|visit|visiting|volunteers|volunteering'],
    window: 8,
  },
  {
    code: 'fa_family_breakdown',
    patterns: [
      `passed|moved|shuffled|bounced|shunted between [${HER}] [*] [*] aunt|aunts|nan|nans|gran|dad|mum|relatives|family|grandparents|carers|uncle|uncles|sister|brother`,
      '* placements in [the] [last|past] * years|months|weeks',
    ],
    unlessNear: ['foster'],
    window: 3,
  },
  {
    code: 'fa_unsuitable_accommodation',
    patterns: ['homelessness'],
    requiresNear: ['risk|street|facing|threat|threatened|imminent'],
    window: 4,
  },
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [`living|staying|lives|stays|lived|stayed with a|an [older] man|woman|adult|male of ${ADULT_AGES}`],
  },
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ["stays|staying|stopping|stopped|lives|living at [his|her|their] uncle's|uncle’s|auntie's|auntie’s|cousin's|cousin’s"],
    requiresNear: ['no relation|relative', 'not related', 'unrelated'],
    window: 12,
  },
  {
    code: 'fa_parental_mental_health',
    patterns: ['under the crisis|cmht team', 'under the home treatment team', 'under the mental health team', 'under cmht'],
    requiresNear: ['mum|dad|mother|father|parent|parents|carer|stepdad|stepmum'],
    window: 6,
  },
  {
    code: 'fa_domestic_abuse',
    patterns: ['hit|hits|punched|assaulted|slapped|strangled|kicked|attacked her|mum|mother in front of the kids|children|boys|girls'],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'brother|sister|cousin|uncle|dad|mum|father [is|was] [known] [to] [be] working|dealing|running|selling for the|a [*] group|gang|line|lines',
      'brother|sister|cousin|uncle|dad|father [is|was] in custody|prison|jail for running|dealing|supplying',
    ],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'part of the|a group|gang|line that|who exploits|exploit|exploited|runs|run',
      'runs|running|ran|run a line|lines for',
      'known associate|associates of the|a [*] line|gang|group|ocg',
      'pregnant by one of the men',
      'pregnant by a man from the same group|gang',
      'pregnant by one of the men',
      'pregnant by a man from the same group|gang',
    ],
    requiresNear: ['brother|sister|cousin|stepson|stepdaughter|stepbrother|stepsister|uncle|dad|father|mum|mother|sibling|siblings'],
    window: 10,
  },
  // ---- Round 19 ----
  // Abuse by a relative or a family friend in the child's past (seven tuning-set lines: "beaten by his father as a small
  // child", "physical abuse by stepfather documented in 2016", "sexually abused by a family friend at the age of 7").
  {
    code: 'fa_previous_abuse',
    patterns: [
      'physical|physically abuse|abused by [his|her|their|a] [family] father|stepfather|dad|stepdad|uncle|mum|mother|stepmother|grandfather|grandad|friend',
      'beaten|hit|battered by [his|her|their] father|stepfather|dad|stepdad|uncle|mum|mother|stepmother|grandfather|grandad',
      'sexually abused by [his|her|their|a] [family] father|stepfather|dad|stepdad|uncle|grandfather|grandad|friend|cousin|brother',
    ],
    // Review 29b: not what happens now ("He gets hit by his stepdad when he is late home", "she is still being hit by her
    // dad").
    unlessNear: [
      'gets|get|getting|keeps|keep|still|being|regularly|whenever beaten|hit|battered|abused',
      "when|whenever|if she|he|they is|are|gets|comes|does|doesn’t|doesn't",
    ],
    window: 4,
  },
  // ---- Round 21 ----
  {
    code: 'fa_family_breakdown',
    patterns: ['asked|told|forced|made * to leave the family home', 'family broke|breaks down'],
  },
  // Round 21, second pass: more families seen in several sets.
  {
    code: 'fa_previous_abuse',
    patterns: [`${FAMILY}|stepfather|grandfather|step-dad had [sexually|physically] abused|raped|molested her|him|them`],
  },
  {
    code: 'fa_domestic_abuse',
    // Review of round 21: a parent's partner, or violence towards mum, not the child's own boyfriend ("Her boyfriend
    // was violent towards her").
    patterns: [
      "mum's|mother's partner|ex-partner|boyfriend|ex-boyfriend|husband|ex-husband was|is|has|had [been] violent|abusive to|towards her|mum|his|their",
      'stepdad|step-dad|stepfather was|is|has|had [been] violent|abusive to|towards her|mum|his|their',
      'partner|ex-partner|boyfriend|ex-boyfriend|husband|ex-husband was|is|has|had [been] violent|abusive to|towards [her|his|their] mum|mother',
      // Round 24: a relative's partner who hurt her ("Mum's ex assaulted her in 2021"; fresh5, fresh23).
      "mum's|mother's|mam's partner|ex-partner|ex|boyfriend|ex-boyfriend|husband|ex-husband assaulted|assaults|hit|hits|beat|beats|punched|punches|strangled|strangles|attacked|attacks|kicked|slapped her",
    ],
    // Round 28b: violence towards her mum is the parents' (other), which the entries for the parent as the subject give
    // ("Her stepdad was violent towards her mum"); this entry names the partner inside the finding, so it read as hers.
    // Round 32: nor a game won ("Mum's partner beat her at chess"), as the other entries of this code.
    unlessNear: ['violent|abusive to|towards her|his|their mum|mother|mam', ...GAME_WON],
  },
  // Review of round 21: not a short stay with a reason ("stayed with family friends over half term while mum was in hospital").
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ['living|staying|lives|stays|lived|stayed with family friends'],
    unlessNear: ['while|whilst|holiday|holidays|weekend|overnight|half-term|respite', 'half term'],
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: ['nobody|no-one [has|had] [ever] [been] on her|his|their side', 'no one [has|had] [ever] [been] on her|his|their side'],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'sister|brother|cousin|sibling|brothers|sisters|siblings was|were|is|are|has|have|had trafficked|groomed|exploited',
      "partner|stepdad|uncle|dad|father|mum's|mother's is|was|are|were linked|connected to the|that group|gang|men",
    ],
  },
  // Round 21: a family in one room or a B&B ("the family of five are living in one room in a B&B"; "B&B" is the words b
  // and b), and not remembering what the men did after being given drink.
  {
    code: 'fa_unsuitable_accommodation',
    patterns: ['placed|living|live|lives|staying|stays|housed|moved in|into a|the b b', 'living|live|lives|sleeping in one room'],
    // Not a night or two while the home is repaired, or a holiday.
    unlessNear: ['holiday|holidays|boiler|repairs|repaired|replaced|flood|nights|weekend'],
    window: 10,
  },
  // No adult who cares: "nobody at the home cares about him".
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      // Review 22a I10: not "likes" (peers: "no one at school likes her") nor a bare "bothers" ("bothers to cook").
      'nobody|no-one at|in [the|her|his|their] home|unit|school|placement|house|family|college cares|care|listens|listen|understands',
      'no one at|in [the|her|his|their] home|unit|school|placement|house|family|college cares|care|listens|listen|understands',
      'nobody|no-one at|in [the|her|his|their] home|unit|school|placement|house|family|college bothers|bothered with|about her|him|them',
      'no one at|in [the|her|his|their] home|unit|school|placement|house|family|college bothers|bothered with|about her|him|them',
    ],
  },
  // Refused a home: "mum has told Connor he cannot come home".
  {
    code: 'fa_family_breakdown',
    patterns: [
      "told * [that] she|he|they cannot|can't|couldn't|isn't|wasn't|won't [be] [allowed] [to] come|return home|back",
      'told * [that] she|he|they can|could|is|was|will not [be] [allowed] [to] come|return home|back',
    ],
    requiresNear: [FAMILY],
    // Review 22a I7: a school, club or nursery telling a parent the child cannot come back is an exclusion.
    unlessNear: [
      'late|curfew|until|unless|tonight|drunk|smelling|yet|today|weekend|hospital|doctor|nurse|police',
      'school|college|club|nursery|academy|teacher|headteacher|head|exclusion|excluded|excluding|suspended|suspension',
      // Round 24 (left from round 23): a time to be in by ("he cannot come home after 10pm"), as in the entry above.
      'come|go|return home|back after|before|past 1*|2*|3*|4*|5*|6*|7*|8*|9*|midnight|dark',
    ],
    window: 8,
  },
  // Travelled without parents: "travelled from Eritrea without his parents", "arrived at Gatwick with a man who is not
  // her family".
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'travelled|came|arrived|journeyed|fled from * [*] without [her|his|their] [*] parents|family|parent|mother|father|guardian',
      // Review 22c: not "into care" ("came into care without any family support").
      'travelled|came|arrived in|to * [*] [*] [*] without any [her|his|their] family|parents|adult|adults|relatives|guardian',
      'arrived|came|travelled|flew|landed at|in|into * [*] with a|an man|woman|adult|men|adults|people who is|was|are|were not [her|his|their] family|parent|parents|relative|relatives|father|mother|uncle|aunt',
    ],
    unlessNear: [
      'school|trip|holiday|college|visit|weekend|club|camp|team|party|home',
      // Review 22c: a child alone at an appointment, or without family photos or support.
      'appointment|meeting|review|session|clinic|support|photos|belongings|contact',
    ],
    window: 6,
  },
  // A parent's psychosis: "his dad hears voices".
  {
    code: 'fa_parental_mental_health',
    patterns: ['hears|hearing voices'],
    requiresNear: ['mum|dad|mother|father|parent|stepdad|stepmum|stepfather|stepmother'],
    window: 3,
  },
  // No adult who can be trusted: "has no adult in his life he trusts".
  {
    code: 'fa_no_trusted_adult',
    patterns: ['no adult|adults|one|grown-up|grown-ups in her|his|their life|lives [who] [she|he|they] [can|could] trusts|trust|trusted'],
  },
  // Sent away from home: "mum told Kacey to leave the house", "mum no longer wants him home".
  {
    code: 'fa_family_breakdown',
    patterns: [
      'told * to leave the|her|his|their house|home|flat',
      'told * to get out of the|her|his|their house|home|flat',
      'no longer wants|want her|him|them [at|back] home|back',
    ],
    requiresNear: [FAMILY],
    unlessNear: ['tonight|overnight|weekend|bail|court|landlord|party|friends|friend|bus|school|catch|early|morning|time|college|work|lesson|appointment'],
    window: 8,
  },
  // "looked after under a full care order", "is looked after under section 20".
  {
    code: 'fa_in_care',
    patterns: [
      'is|was|are|been|being looked after under|on a|an [full|interim|final|section] care|court order',
      'is|was|are|been|being looked after under section|s20|s31',
    ],
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['with|by a|an man|woman|adult who said|claimed|says [that] he|she was|is her|his uncle|cousin|brother|dad|father|aunt|sister|relative'],
    requiresNear: ['uk|country|england|britain|wales|scotland|border|airport|lorry|dover|heathrow|gatwick|stansted|calais'],
    window: 10,
  },
  // Neglect described: "always hungry", "often dirty and hungry", "the same clothes all week".
  {
    code: 'fa_neglect',
    patterns: [
      'always|often|constantly|frequently|regularly|usually|persistently [*] [dirty|unkempt|smelly|unwashed] [and] hungry',
      'same clothes all|every week|day|days',
      'in the same clothes for days|weeks',
    ],
    unlessNear: [
      'after|football|training|growth|spurt|sport|sports|swimming|gym|growing|rugby|fasting|ramadan|trip|camp|holiday|residential|festival|expedition',
      // Review 22c: hunger from medication or at lunchtime, the same clothes from sensory needs.
      'medication|medicine|appetite|lunchtime|lunch|break|sensory|autism|autistic|asd|adhd',
    ],
    window: 6,
  },
  // ---- Round 23 ----
  // Staying or living with an adult or adults who are not family: "staying with an adult friend of his dad's", "possibly
  // Ivy is living with adults nobody has checked". Not a parent living with a partner, a trip, a scheme or a pet.
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ['living|staying|stopping|lives|stays|lived|stayed with [an|a|the] [unknown] [older] adult|adults|man|male|males|men|unrelated'],
    // Not FAMILY_HOMES nor "family": "an adult friend of his dad's", "a man he calls a family friend" are not family.
    unlessNear: [
      FAMILY.split('|')
        .filter((w) => w !== 'family')
        .join('|'),
      'trip|residential|supported|scheme|hostel|flatmate|flatmates|placement|foster|church|camp|holiday|respite|dog|cat|baby|partner|boyfriend|husband',
      // Review 23B: relatives, a children's home's staff, a mentor, adopters.
      "relative|relatives|staff|mentor|children's|adopted|adoptive",
      'family member|members',
      'member|members of [her|his|their|the] family',
      'side of the family',
    ],
    window: 8,
  },
  // ---- Round 24, third pass ----
  // Arrived alone by the way migrants travel: "arrived alone in a lorry at Dover", "came alone on a boat".
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      // Review 24-1: not by plane or ferry, as children travel alone to family on holiday.
      'arrived|came|travelled alone|unaccompanied in|on|by|inside|hidden [the|a|an] [back] [of] [a|the] [small|inflatable] lorry|lorries|truck|boat|dinghy|van|container',
    ],
    unlessNear: ['visit|visiting|holiday|summer|grandparents|cousins|trip'],
    window: 10,
  },
  // Made to look after another household and clean: "she has to look after the man's children and clean all day".
  {
    code: 'fa_domestic_servitude',
    patterns: [
      "has|have|had to look after the|his|her|their man's|men's|woman's|couple's|family's|household's children|kids|baby|babies",
      'has|have|had|made|forced to clean|cook all day|night',
      'has|have|had|made|forced to clean|cook every day|night',
      'has|have|had|made|forced to clean|cook day and night',
    ],
    unlessNear: [
      'mum|dad|mother|father|parents|nan|gran|carer|carers|foster|pocket|chores|rota|siblings|brother|sister|brothers|sisters',
      'course|catering|exam|practical|technology|lesson|lessons|class|gcse|apprenticeship',
    ],
    window: 6,
  },
  // ---- Round 25 ----
  // Brought to the UK by an adult who is not a parent (UASC and trafficking): "came to the UK with a man who is not her
  // father", "arrived in a lorry with adults who were not his family".
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      `came|arrived|travelled|traveled|brought [to|in|into] [the] [uk|england|britain|country|a|an] [lorry|van|boat|truck|dinghy] with [a|an|two|three|some|several] [*] man|men|woman|women|adult|adults|people who|that is|was|are|were not [her|his|their] [own] father|mother|parent|parents|family|relative|relatives|dad|mum|relation|relations|brother|sister|uncle|aunt`,
    ],
    // Review 25C: a journey to this country, not any arrival ("came with a woman who is not her mother, a family friend,
    // to parents' evening").
    requiresNear: [
      'uk|england|britain|country|border|port|airport|heathrow|gatwick|dover|lorry|van|boat|truck|dinghy|asylum|uasc|nrm|trafficking|trafficked|interpreter|passport|visa|flight',
      'home office',
    ],
    window: 20,
  },
  // Living with unrelated adults: "lives with a man he calls his uncle", "living with a couple she met through a friend".
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [
      'lives|living|live|staying|stays|stay with a|an [older] man|woman|couple|adult|adults|family [that|who] [she|he|they] calls|call|called|refers|refer [to] [as] [her|his|their] uncle|auntie|aunt|cousin|brother|sister|uncles|aunties',
      'lives|living|live|staying|stays|stay with a|an [older] man|woman|couple|adult|adults|family [that|who] [she|he|they] met|knows|knew through|online|at|on',
    ],
    // A relative who lives with them ("Mum is living with a man she met online").
    unlessNear: [
      `${FAMILY_NOT_CARERS} is|was|has|had|are|were [been] [now] [also] lives|living|live|lived|staying|stays|stay|stayed`,
      `${FAMILY_NOT_CARERS} lives|lived|stays|stayed`,
      // A stay arranged by the family or a faith group ("staying with a family he met at church, arranged by his parents").
      'arranged|agreed|church|mosque|temple|gurdwara|exchange|homestay|respite',
      // Review 25C: known through school or work ("a family she knows through school when mum works nights").
      'through|from|at school|college|work|university|uni|club|team',
    ],
    window: 8,
  },
  // Sleeping in a car or a van (housing officers): "he is sleeping in his car on the retail park".
  {
    code: 'fa_unsuitable_accommodation',
    patterns: [
      "sleeping|slept|sleeps|living|lives|lived|staying|stays in her|his|their|someone's|a|the car|van|tent|shed|garage",
      'sleeping|slept|sleeps in [a|the] cars|car|stairwells|stairwell|parks|park|tents|tent|van',
    ],
    // Review 25C: a trip only, not a relative nor "home" ("sleeping in the park because mum kicked him out", "sleeping in
    // parks since he left home").
    unlessNear: [
      'journey|trip|drive|drove|holiday|holidays|camping|festival|ride|motorway|traffic|driving|travel|travelling',
      'way back|home',
      'on the way',
      // Review 25C/D (the probe-25 duplicate, folded in here): a camp or a ferry ("slept in the tent at scout camp").
      'camp|scouts|guides|dofe|duke|ferry|airport',
      // Review 25E: a converted room ("sleeps in the garage conversion at his dad's").
      'conversion|converted|annexe',
    ],
    window: 6,
  },
  // Working as a maid, and childcare for a household (domestic servitude, Modern Slavery Act statutory guidance): "worked as
  // a maid for a family in Lagos", "looks after the family's three children all day".
  {
    code: 'fa_domestic_servitude',
    patterns: [
      'made to work as a|an maid|servant|housemaid|house-girl|housegirl|houseboy|house-boy',
      "looks|looked|looking|look|cares|cared|caring after|for the family's|family’s|household's|household’s|host's|host’s [*] [*] children|kids|baby|babies|toddlers all|every day|night",
    ],
    // A parent or relative caring for the family's children ("Mum looks after the family's children all day").
    unlessNear: [
      FAMILY_NOT_CARERS.split('|')
        .filter((w) => w !== 'family')
        .join('|'),
      // Review 25G: an adult's childcare job ("the housekeeper looks after the family's two children all day", "as their
      // nanny").
      'housekeeper|nanny|nannies|childminder|au|babysitter|babysitting|employed|agency',
    ],
    window: 3,
  },
  // Review 25C: working as a maid apart from being made to, less a paid job ("works as a maid at the Premier Inn on
  // Saturdays, her first job").
  {
    code: 'fa_domestic_servitude',
    patterns: ['worked|works|working|work as a|an maid|servant|housemaid|house-girl|housegirl|houseboy|house-boy'],
    unlessNear: [
      FAMILY_NOT_CARERS.split('|')
        .filter((w) => w !== 'family')
        .join('|'),
      'hotel|inn|saturday|saturdays|weekend|weekends|summer|job|shift|shifts|paid|agency|cleaning|contract',
    ],
    window: 8,
  },
  // Untreated decay or lice (dental and school nurse notes; neglect): "untreated decay in every tooth".
  {
    code: 'fa_neglect',
    patterns: ['untreated decay|caries|cavities|lice|nits|eczema|infection|infections', 'untreated tooth|dental decay'],
    // Review 25C: not a parent's own health, nor a pet's ("her mum has an untreated infection").
    // Review 25G: nor a tenant's ("the tenant has untreated eczema and the flat is damp").
    unlessNear: [`${FAMILY_NOT_CARERS} has|had|have|with [an|a] untreated`, 'dog|dogs|cat|cats|pet|pets|puppy|kitten', 'tenant|tenants|landlord'],
    window: 4,
  },
  // Arriving with an adult whose tie to the child is claimed or denied (border and age-assessment notes): "arrived with a
  // man who said he was her uncle", "arrived with a man who is not related to him".
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'came|arrived|travelled|traveled|brought [to|in|into] [the] [uk|england|britain|country] with a|an man|woman|adult|couple [who|that] said|says|claimed|claims|claiming [that] he|she|they was|is|were|are her|his|their uncle|aunt|auntie|father|mother|dad|mum|cousin|brother|sister|relative|parent|parents|guardian',
      'came|arrived|travelled|traveled|brought [to|in|into] [the] [uk|england|britain|country] with a|an man|woman|adult|couple|adults|men|people [who|that] is|was|are|were not related|unrelated [to] [her|him|them]',
    ],
    requiresNear: [
      'uk|england|britain|country|border|port|airport|heathrow|gatwick|dover|lorry|boat|asylum|uasc|assessment|nrm|trafficking|interpreter|passport|visa|flight|office',
    ],
    window: 20,
  },
  // ---- Probe 25 ----
  // A placement named by its kind ("a care placement 60 miles from home", "residential placement").
  {
    code: 'fa_in_care',
    patterns: ['care|residential|foster|fostering|semi-independent placement|placements'],
    unlessNear: ['nursing|elderly|respite|grandmother|grandad|grandfather|nan|gran|hospice|dementia|residents|resident'],
    window: 4,
  },
  // Abuse by a relative at an earlier age, in plain words ("was abused by her uncle when she was little").
  {
    code: 'fa_previous_abuse',
    patterns: [
      `abused|molested|assaulted|raped by [her|his|their|a|an] [*] [*] when|as [she|he|they] was|were [a] [very] little|small|younger|young|baby|toddler|child|${range(1, 12).join('|')}`,
      `abused|molested|assaulted|raped by [her|his|their|a|an] [*] [*] when|as a little|small|young baby|toddler|child|girl|boy`,
    ],
  },
  // Parents who split up or a parent who left ("mum and dad split up last year", "dad left when she was 5").
  {
    code: 'fa_family_breakdown',
    patterns: ['mum|dad|mother|father and mum|dad|mother|father split|separated|divorced', 'parents split|separated|divorced'],
    // Not an amicable split with care shared.
    unlessNear: ['work|shift|shop|shops|shopping|pub|meeting|room|early|amicably|amicable|both|shared|share|shares|co-parent|co-parenting|well|fine'],
    window: 8,
  },
  // Review 25D: a parent who left home, or left at an age of the child; not bare "left after" or "left before" ("Dad left
  // after the argument and came back an hour later", "Mum left before we arrived for the visit").
  {
    code: 'fa_family_breakdown',
    patterns: ['dad|father|mum|mother left [home|the] [family|home] when|after|before'],
    requiresNear: [
      'left home|family',
      'left the family',
      `she|he|they was|were [a] baby|toddler|little|small|young|born|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|${range(0, 17).join('|')}`,
    ],
    unlessNear: ['work|shift|shop|shops|shopping|pub|meeting|room|early|amicably|amicable|both|shared|share|shares|co-parent|co-parenting|well|fine'],
    window: 8,
  },
  // Violence to a partner before ("a conviction for violence against a previous partner"): abuse in the household.
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'violence|violent|assault|assaulting|assaulted|abuse|abusive against|towards|to|on [a|an|her|his|their] [previous|former|ex] partner|partners|girlfriend|girlfriends|wife|ex-partner|ex-wife|ex-girlfriend',
    ],
    // Round 28b: a part in a play or a story ("He played a man who was abusive to his wife in the school play").
    unlessNear: [
      'film|book|novel|play|drama|documentary|episode|story|character|soap|scenario|vignette|roleplay|role-play|played|plays|actor|actors|musical|panto|pantomime|script|rehearsal|rehearsals|pe|pairs|drill',
    ],
    window: 8,
  },
  // Living with a couple or a so-called relative ("living with a couple she met through a friend", "lives with a man
  // he calls his uncle").
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ['living|lives|lived|staying|stays|stayed with a|an couple|man|woman|family|adult|adults [who] she|he|they met|calls|call|called'],
    // Not a parent's or a relative's new partner ("Mum is living with a man she met online").
    unlessNear: [
      'foster|fostering|adopted|adoptive|adopters|kinship|guardian|guardians|placement',
      'mum|dad|mother|father|parent|parents|nan|gran|grandma|grandad|brother|sister|aunt|auntie|cousin|stepdad|stepmum',
      // Review 25C/D: a stay arranged by the family, for a holiday or by a faith group ("a family he met at church").
      'arranged|agreed|holiday|holidays|church|mosque|temple|gurdwara|exchange|homestay|respite',
    ],
    window: 8,
  },
  // Review 25D: "go to", not "go with" ("no adult to go with him on the trip").
  { code: 'fa_no_trusted_adult', patterns: ['no adult|adults|grown-up|grown-ups to turn|talk', 'no adult|adults|grown-up|grown-ups to go to'] },
  // Sleeping rough at a station or a doorway ("a 17-year-old was sleeping in the bus station").
  {
    code: 'fa_unsuitable_accommodation',
    patterns: ['sleeping|slept|sleeps|sleep in|at|on [the|a] [bus|train|railway|coach] station|stations|doorway|doorways|underpass|bench|benches'],
    unlessNear: ['trip|journey|delayed|delay|waiting|strike|cancelled'],
    window: 8,
  },
  // ---- Round 27 ----
  // A relative who works for, or is in, the group or the line ("her cousin works for the Leeds group", "his older
  // brother is in the county line").
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad works|worked|working|runs|ran|deals|dealt|sells|sold for the|a [*] [*] gang|line|lines|olders|crew|firm',
      // Review 27: a group only when named by its town ("the Leeds group"; not a housing, hotel or theatre group).
      `brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad works|worked|working|runs|ran|deals|dealt|sells|sold for the ${TOWNS} group`,
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad is|are|was|were [also] [working] in|on the|a county|deal|drug line|lines',
      'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|uncle|dad|father|stepdad is|are|was|were serving|jailed|imprisoned|convicted|sentenced [a] [sentence|time] for|of [drug|drugs|class] supply|dealing|pwits',
    ],
    // Round 28: a police unit (review 27).
    unlessNear: [
      'unit|police|met|officer|officers|detective|taskforce|squad|investigation|operation|team',
      'supermarket|shop|council|company|firm|business|hospital|care|school|college|factory|warehouse|garage|restaurant|bank|office|building|site|railway|bus|production|assembly',
    ],
    window: 6,
  },
  // Arrived in the country without family ("arrived in a lorry without family", "came to the UK without his parents").
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'arrived|came|travelled|traveled|arriving|coming in|on|by a|the lorry|boat|dinghy|truck|van without [her|his|their|any] family|parents|parent|relatives|adult|guardian',
      'arrived|came|travelled|traveled|entered|arriving|coming in|into|to the|this uk|country|england|britain|wales|scotland without [her|his|their|any] family|parents|parent|relatives|adult|guardian',
    ],
    // Review 27: a trip without the parents (a sailing week, an expedition, a school trip, a camp).
    unlessNear: ['trip|trips|scouts|guides|cadets|school|camp|expedition|holiday|sailing|exchange|residential', 'for the first time'],
    window: 8,
  },
  // ---- Round 27, second batch ----
  // A relative one of the men who run the line ("his cousin is one of the men who run the line").
  {
    code: 'fa_family_links_to_exploitation',
    patterns: ['brother|brothers|sister|cousin|cousins|uncle|dad|father|stepdad is|was one of the men|olders|group|gang|lads|dealers'],
  },
  // Abuse by a neighbour or others in the past ("abused by a neighbour in 2022", "physically abused as a small child").
  {
    code: 'fa_previous_abuse',
    patterns: [
      'abused|molested by a|an|the|her|his|their neighbour|neighbours|lodger|babysitter|stepdad|uncle|cousin|family|relative',
      // Review 27: abused, not hurt ("got hurt as a boy in a car accident").
      '[physically|sexually|emotionally] abused as a|when [she|he|they] [was|were] [a] [small|young|little] child|baby|toddler|infant|girl|boy',
    ],
    // Review 27: verbal abuse of an adult over parking, and a rescued dog.
    // Round 28: an adult's own past ("The volunteer was abused by a neighbour as a child": review 27).
    unlessNear: [
      'volunteer|worker|carer|teacher|mum|dad|mother|father|officer|nurse|colleague|tenant|man|woman|grandad|nan was|had|has [been] abused|molested',
      'verbally|verbal|racially|dog|cat|horse|rescue|parking',
    ],
  },
  // Chores for adults outside the family ("does the cooking and cleaning for her dad's friends", "kept as a servant").
  {
    code: 'fa_domestic_servitude',
    // Review 27: not "working as a maid" (a job).
    patterns: ['kept|treated|used|made as a|their servant|slave|maid|housemaid|skivvy'],
    unlessNear: ['game|play|pretend|drama|book|film|history'],
    window: 4,
  },
  // Sleeping in a lobby or a stairwell ("has been sleeping in the lobby").
  {
    code: 'fa_unsuitable_accommodation',
    // Review 27: not the landing or the hallway of a home (a pet's bed, a sleepover, a room being decorated).
    patterns: ['sleeping|slept|sleeps|sleep in|on the|a lobby|stairwell|stairwells|corridor'],
    unlessNear: ['hospital|holiday|trip|camping|festival|journey|tent|tired|nap|baby|dog|lesson|class', 'porter|cat|puppy|kitten|sleepover'],
    window: 6,
  },
  // The family broken apart ("family fell apart").
  {
    code: 'fa_family_breakdown',
    patterns: ['family|families|home fell|falls|fall|falling|broke|breaks|break|breaking apart|down', 'family|families has|have|had fallen|broken apart|down'],
    // Review 27: broke down in tears, on the motorway, or broke down the costs.
    unlessNear: ['tears|crying|sobbing|motorway|hard|shoulder|costs|figures|budget|aa|breakdown|car'],
    window: 6,
  },
  // ---- Round 28 ----
  // A parent's violence to the other parent ("the father was violent to the mother", "Dad's violence to her"): domestic
  // abuse in the home is a sign about the family (fa_domestic_abuse).
  {
    code: 'fa_domestic_abuse',
    patterns: [
      "[the] father's|dad's|stepdad's|stepfather's|husband's violence to|towards the|her|his mother|mum|mam|wife|partner",
      "dad's|father's|stepdad's|stepfather's violence to|towards her",
      'in prison for violence to|towards her|his|the mother|mum|mam|wife|partner',
      "mum's|mother's|mam's partner|boyfriend|husband is|was|has|had [been] [controlling] [and] violent|abusive to|towards her",
    ],
    // A film, a book or a lesson; a child's own violence to a parent is not the parents' abuse.
    unlessNear: [
      'film|book|novel|play|drama|documentary|episode|story|lesson|character|soap|dog|cat|pet|horse|puppy|study|studies|training|scenario|example|course|roleplay|role-play|vignette',
    ],
    window: 8,
  },
  // Round 28b: the same words in a story, a play or an animal's life are no parent's abuse ("He played a man who was
  // abusive to his wife in the school play").
  {
    code: 'fa_domestic_abuse',
    patterns: ['violent|abusive to|towards [her|his|their] mum|mother|partner|wife|girlfriend'],
    unlessNear: [
      'film|book|novel|play|drama|documentary|episode|story|lesson|character|soap|dog|cat|pet|horse|puppy|study|studies|training|scenario|example|course|roleplay|role-play|vignette|played|plays|actor|king|musical|panto|pantomime|rehearsal|rehearsing|stage|pe|pairs|drill',
    ],
    window: 8,
  },
  // Review 28: the same with the parent as the subject outside the finding, so that ConText gives the parent ("The
  // father was violent to the mother" is the parents', as "Dad hit mum" is); the subject is required as a cue.
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'is|was|has|had [been] violent|controlling|abusive to|towards the|her|his mother|mum|mam|wife|partner',
      'is|was|has|had [been] controlling and violent|abusive to|towards her|the|his mother|mum|mam|wife|partner',
    ],
    requiresNear: ['father|dad|stepdad|stepfather|partner|husband|boyfriend|ex|ex-partner|man is|was|has|had'],
    unlessNear: [
      'film|book|novel|play|drama|documentary|episode|story|lesson|character|soap|dog|cat|pet|horse|puppy|study|studies|training|scenario|example|course|roleplay|role-play|vignette|pe|pairs|drill',
      // Animals and a child's own violence to a parent.
      'swan|swans|mare|foal|she|he|they is|was|has|had',
    ],
    window: 8,
  },
  // Travelled to the country alone ("travelled alone from Afghanistan", "travelled without his family" beside a debt
  // for the journey or a fear of deportation).
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'travelled|traveled|arrived|came|fled alone|unaccompanied from afghanistan|eritrea|sudan|syria|iran|iraq|albania|vietnam|ethiopia|somalia|kurdistan|libya|yemen|egypt|chad|kuwait|pakistan',
      'travelled|traveled|arrived|came|fled without her|his|their|any family|parents|relatives',
    ],
    requiresNear: [
      'afghanistan|eritrea|sudan|syria|iran|iraq|albania|vietnam|ethiopia|somalia|kurdistan|libya|yemen|egypt|chad|kuwait|pakistan',
      'uk|country|asylum|deported|deportation|journey|smuggler|smugglers|agent|lorry|boat|dinghy|border|nrm|trafficked|trafficking|refugee|uasc',
    ],
    unlessNear: [
      'holiday|trip|school|club|scouts|team|tournament|festival|gig|concert|match|university|wedding|visit|study|scholarship',
      // Review 28: an adult's work or studies ("Dad's colleague travelled alone from Pakistan for a conference").
      'conference|colleague|colleagues|business|job|work|student|teacher|lecturer|exchange',
      // A relative's own journey long ago ("Grandad came alone from Iran in 1979").
      'grandad|grandma|nan|gran|grandfather|grandmother|mum|dad|mother|father|uncle|aunt|auntie|parents|stepdad',
    ],
    window: 12,
  },
  // Not eaten for days at home ("has not eaten for two days", "had not eaten since Friday and his mum was out"), and
  // children arriving hungry (fa_neglect).
  {
    code: 'fa_neglect',
    patterns: [
      "has|had|hasn't|hadn't [not] eaten for two|three|four|several|a|days|day|2|3|4 [days|day|whole]",
      `has|had|hasn't|hadn't [not] eaten since ${WEEKDAYS}|yesterday|lunchtime|breakfast`,
      "has|had|hasn't|hadn't [not] eaten since the weekend",
      'children|kids|boys|girls|they come|comes|came|arrive|arrives|arrived [in|into|to] [school|nursery|college] hungry',
    ],
    requiresNear: ['mum|mam|dad|mother|father|parents|parent|stepdad|carer|home|house|food|fridge|cupboards|nothing|money|out|drunk|drinking|hungry|school'],
    unlessNear: [
      'fasting|fast|ramadan|lent|surgery|operation|anaesthetic|theatre|bug|sick|vomiting|ill|illness|virus|nil|diet|appetite|exams|exam|nerves',
      'football|training|match|pe|swimming|walk|hike|trip|practice|rugby|game',
      'patient|grandad|grandma|nan|gran|dog|cat|tenant|resident',
    ],
    window: 12,
  },
  // ---- Round 28, second batch ----
  // Placement moves counted ("six placement moves", "the breakdown of the kinship placement"): fa_family_breakdown.
  {
    code: 'fa_family_breakdown',
    patterns: [
      'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous|repeated|2|3|4|5|6|7|8|9|10|11|12 placement moves|breakdowns',
      'breakdown of the|her|his|their [*] placement|placements',
    ],
    unlessNear: [
      'work|student|students|nursing|college|university|teaching|training|apprenticeship|staff|nurse|volunteer|volunteering|teacher|supply|trainee',
      // Round 28b: a carer's own children, a family in the forces.
      'own children|child|kids|son|sons|daughter|daughters',
      'army|forces|military|raf|navy',
    ],
    window: 6,
  },
  // ---- Round 28, third batch ----
  // "Looked after" alone as the care status ("Kai is looked after", "looked after at home on a compulsory supervision
  // order"); not looked after by a relative, well looked after, or looked after while ill.
  {
    code: 'fa_in_care',
    patterns: ['is|was|are|were|being looked after'],
    unlessNear: [
      'by|well|nicely|properly|lovingly|while|when|during|until|for|today|tonight|weekend|weekends|overnight|tomorrow',
      'baby|babies|dog|cat|pet|pets|garden|plants|house|nursery|childminder|hospital|ward|nurses|patient|patients|grandad|nan|mum|dad|gran|grandma|elderly|resident|residents|tenant|tenants|staff|work|student|nursing|teaching',
    ],
    window: 4,
  },
  // Kept as a servant, cooking and cleaning for adults who are not family ("cooks and cleans for them every day",
  // "looks after the landlord's three children all day"): fa_domestic_servitude.
  {
    code: 'fa_domestic_servitude',
    patterns: [
      'kept|used|treated as a|their domestic servant|servants|slave|maid|cleaner',
      'cooks|cooked|cooking and cleans|cleaned|cleaning for them|the|her|his [*] [*] every|all day|days|night',
      'does|did|doing the cooking and cleaning for the|her|his|them [*] [*] friends|men|adults|family|landlord|couple|owner',
      "looks|looked|looking after the|a landlord's|family's|man's|woman's|couple's|owner's [*] [*] children|kids|baby|babies all day|night|week",
    ],
    // A young carer for a parent, a paid job, a camp or a chore rota at home.
    unlessNear: [
      'mum|dad|mother|father|nan|gran|grandad|grandma|brother|sister|siblings|ill|illness|disabled|carer|carers|paid|wages|job|babysitting|babysits|camp|team|club|residential|rota|chores',
      // Round 28b: a school or youth trip ("on the Duke of Edinburgh trip").
      'trip|trips|expedition|dofe|duke|scouts|cadets|guides|holiday|cottage|caravan',
      'housekeeper|nanny|nannies|au|hotel|conference|childminder|babysitter|parents|staff',
      'christening|party|wedding|birthday|barbecue|bbq|celebration|funeral|event|fundraiser',
    ],
    window: 8,
  },
  // A parent's drug or drink use named as the parent's ("the stepfather's cannabis use is daily").
  {
    code: 'fa_parental_substance_misuse',
    patterns: [
      `mum's|mother's|mam's|dad's|father's|stepdad's|stepfather's|stepmum's|stepmother's ${HARD_DRUGS}|drug|drugs|alcohol|substance use|misuse|habit|addiction|dependency`,
    ],
    // Ordinary or medical use, a screen that came back clear, a past long gone.
    unlessNear: [
      'safe|limits|occasional|occasionally|socially|social|moderate|light|within|units|normal|prescribed|prescription|medicinal|questionnaire|screen|audit|clear|stopped|ago|college|university|twenties|youth',
    ],
    window: 6,
  },
  // Lived with a parent's friend or with adults who are not relatives ("lives with a woman who is not a relative",
  // "lived with her mother's friend for a year"): fa_living_with_unrelated_adults (private fostering).
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [
      'lives|lived|living with a|an|two|three|some woman|women|man|men|adult|adults|couple|family who is|are|was|were not related|relatives|family',
      'lives|lived|living with a|an|two|three|some woman|women|man|men|adult|adults|couple|family who is|are|was|were not a relative',
      "lives|lived|living with her|his|their mother's|mum's|father's|dad's|mam's friend|friends",
    ],
    // Adults' own households, a lodger, and an arranged foster placement.
    unlessNear: [
      'lodger|tenant|tenants|grandad|grandma|nan|gran|mum|dad|mother|father|teacher|worker|landlord|landlady|foster|fostering|registered|approved|placement|carer|carers|dog|cat',
    ],
    window: 12,
  },
  // ---- Round 28, fourth batch ----
  // Into care ("since entering care"): fa_in_care; not care work or a care home for adults.
  {
    code: 'fa_in_care',
    patterns: ['entering|entered|enters|enter care'],
    unlessNear: [
      'home|homes|work|worker|workers|sector|industry|profession|assistant|assistants|staff|job|jobs|agency|elderly|grandad|grandma|nan|gran|mum|dad|patient|residents',
    ],
    window: 4,
  },
  // ---- Round 28, sixth batch ----
  // Came to the country with an adult who is not a relative ("came to the UK with a man who is not a relative"):
  // fa_unaccompanied_migrant.
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'came|arrived|travelled|traveled|brought to|into|in the|this uk|country|england|britain|wales|scotland with a|an|two man|woman|men|women|adult|adults who is|are|was|were not',
    ],
    requiresNear: ['relative|relatives|related|family'],
    unlessNear: [
      'grandad|grandma|nan|gran|grandfather|grandmother|mum|dad|mother|father|uncle|aunt|auntie|parents|stepdad|husband|wife',
      'holiday|trip|school|club|team|tour|tournament|university|study|work|job',
    ],
    window: 10,
  },
  // ---- Round 29 ----
  // Arrived in the country without parents, or with adults who are not family ("arrived at Heathrow without his parents",
  // "was travelling with adults who are not her family", "the adults with the girl are not her parents"):
  // fa_unaccompanied_migrant.
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'arrived|arriving|arrives|arrive|landed|entered|came|come|comes|coming at|in|into [the] * [*] without her|his|their parents|parent|family|mum|mother|dad|father|relatives',
      // Review 29: "entered the UK without his family in the back of a lorry".
      'entered|enter|entering|reached|reach|reaching the|this uk|country|england|britain|wales|scotland without her|his|their parents|parent|family|mum|mother|dad|father|relatives',
      'travelling|travelled|traveling|traveled|arrived|came|flew|flying with [a|an|two|three|some|the] adult|adults|man|men|woman|women|people|couple who|that is|are|was|were not her|his|their family|parents|parent|relatives|relative|mother|father',
      'adult|adults|man|men|woman|women|couple with the|her|him [*] is|are|was|were not her|his|their parents|parent|family|mother|father|relatives',
    ],
    requiresNear: [
      'heathrow|gatwick|stansted|luton|manchester|dover|calais|airport|port|ferry|lorry|border|uk|england|britain|country|asylum|immigration|home|uasc|interpreter|passport|passports|visa|flight|plane',
    ],
    unlessNear: [
      'school|party|club|session|appointment|trip|tournament|team|match|concert|holiday|football|festival|wedding|cinema|sleepover|teacher|teachers|staff|coach|foster|carers|grandparents|nan|gran|grandad|aunt|uncle|home-school',
      // Review 29: a visit, an exchange or an adult's own journey ("the exchange student arrived at the airport without her
      // parents, met by her host family", "Grandma arrived at Heathrow without her family for a visit").
      'exchange|host|hosts|language|visit|visiting|visited|grandma|granny|grandpa|grandmother|grandfather|tourist|tourists|conference|business|gap|au|pair|dad|mum|father|mother|wife|husband',
    ],
    window: 14,
  },
  // Travelling alone across a border ("the boy is not travelling alone; both parents are with him", "arrived at Dover
  // alone"): fa_unaccompanied_migrant, only with a border named.
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['travelling|traveling|travelled|traveled|arrived|arriving alone'],
    requiresNear: ['heathrow|gatwick|stansted|dover|calais|airport|port|ferry|lorry|border|asylum|immigration|uasc|interpreter|passport|passports|visa'],
    unlessNear: [
      'school|trip|holiday|holidays|half-term|visit|visiting|work|business|adult|mum|dad|mother|father|teacher|staff|nan|gran|grandad|aunt|auntie|uncle|cousin|train',
      // Review 29: a tourist, a taxi or a gap year ("she is travelling alone to the airport by taxi for her gap year").
      'tourist|tourists|taxi|gap|backpacking|interrailing|conference|university|uni|student|exchange|castle|sightseeing',
      FAMILY_HOMES,
    ],
    window: 10,
  },
  // Saw a parent assault the other ("saw his dad assault his mum", "has watched her stepdad beat her mother"):
  // fa_domestic_abuse (the child who witnesses domestic abuse).
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'saw|seen|sees|witnessed|witnesses|witnessing|watched|watch|heard her|his|their dad|father|stepdad|stepfather|mum|mother|stepmum|parents assault|assaulting|hit|hitting|beat|beating|attack|attacking|strangle|strangling|punch|punching|kick|kicking|hurt|hurting|choke|choking|abuse|abusing|threaten|threatening her|his|their mum|mother|dad|father|partner',
      "saw|seen|sees|witnessed|witnesses|witnessing|watched|heard her|his|their mum's|mother's|dad's|father's partner|boyfriend|girlfriend assault|assaulting|hit|hitting|beat|beating|attack|attacking|strangle|strangling|punch|punching|kick|kicking|hurt|hurting|choke|choking|abuse|abusing|threaten|threatening her|him",
    ],
    unlessNear: [
      'chess|cards|game|games|race|quiz|tennis|darts|pool|monopoly|ball|golf|match|snooker|squash|badminton|football|play|film|drama|soap|story|show|programme',
      ...GAME_WON,
    ],
    window: 8,
  },
  // ---- Round 29b ----
  // No trusted or consistent adult ("had no adult she trusted", "has no consistent adult in his life", "no safe grown-up to
  // go to"): fa_no_trusted_adult.
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'no adult|adults|grown-up|grown-ups|grownup she|he|they trusted|trusts|trust|felt|feels',
      'not one|a|any adult|adults|grown-up|grown-ups|grownup she|he|they trusted|trusts|trust|felt|feels',
      // Review 29b: 'could' or 'can' only with trust or talk ("there was no adult she could find at the reception desk").
      'no adult|adults|grown-up|grown-ups|grownup she|he|they could|can [really|truly|ever] trust|talk|tell|turn|go|confide|speak|rely|depend',
      'not one|a|any adult|adults|grown-up|grown-ups|grownup she|he|they could|can [really|truly|ever] trust|talk|tell|turn|go|confide|speak|rely|depend',
      'no consistent|stable|reliable|safe|steady|dependable adult|adults|grown-up|grown-ups|figure in|to|she|he|they|who|around|for|at',
    ],
    unlessNear: [
      'more|than|surprise|party|game|office|shift|shifts|rota|staff|staffing|supervision|team|club|ratio|ratios|shop|cover|supply|present|ticket|tickets|fare|fares|price|prices|tv|rating|film|ride|rides',
      // Review 29b: a form to sign or a play ("No adult he trusted was needed to sign the form", "there is no stable adult
      // in the play, only children").
      'needed|required|sign|signature|form|forms|consent|play|plays|cast|musical|story|novel|book',
    ],
    window: 8,
  },
  // Abuse as a younger child or a teenager, now in the past ("was beaten by an uncle as a younger child", "Mum was
  // sexually exploited as a teenager", "groomed and exploited as a teen"): fa_previous_abuse, not an assault or injury now.
  {
    code: 'fa_previous_abuse',
    patterns: [
      'beaten|hit|battered|kicked|punched|hurt|abused|molested|assaulted|raped|exploited|groomed by [a|an|her|his|their] [*] [*] as a [very] younger|young|small|little child|kid|boy|girl|teenager|teen|toddler|baby',
      'sexually|physically|criminally exploited|abused|assaulted as a [very] [younger|young|small|little] child|kid|boy|girl|teenager|teen|toddler|baby',
      'groomed|exploited|abused|trafficked as a [younger|young] child|kid|boy|girl|teenager|teen',
    ],
    unlessNear: [
      ...GAME_WON,
      'chess|game|games|race|match|final|competition|tennis|quiz|car|bus|bike|ball|van|lorry|train|lightning|wave|waves|dog|horse|brother|sister|twin',
      // Work, money or words ("exploited as a teenager by a record label", "abused as a teenager online about her weight").
      'label|record|company|employer|boss|royalties|band|contract|job|work|wages|pay|weight|trolls|trolled|verbally|name-calling',
    ],
    window: 10,
  },
  // ---- Round 32 ----
  // Mum's partner or ex hitting her, told by the child or the writer ("he hears his mum's partner hitting her", "Mum's
  // ex-partner broke her jaw").
  {
    code: 'fa_domestic_abuse',
    patterns: [
      // (the past and present forms are the round-24 entry's; these are the -ing forms, a broken bone and "has hit her").
      "mum's|mother's|mums|mam's partner|boyfriend|husband|ex|ex-partner|ex-boyfriend|ex-husband hitting|beating|punching|kicking|strangling|choking|choked|attacking|assaulting|broke|smashed her",
      "mum's|mother's|mums|mam's partner|boyfriend|husband|ex|ex-partner|ex-boyfriend|ex-husband has|had hit|beaten|punched|kicked|strangled|choked|attacked|assaulted|broken her",
    ],
    // Review 32: nor the child put out of the house ("Mum's partner has kicked her out").
    unlessNear: [...GAME_WON, 'kicking|kicked her out'],
    window: 6,
  },
  // ---- Round 32 recall pass ----
  // A child living with adults who are not family (8 sets): "lives with two men who say they are family friends", "has
  // two adult men living in her flat", "adults are staying with the 16-year-old", "living with any adults outside the
  // family", "a 15-year-old lives in his room but is not related to him". Not a worker or a relative's partner.
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [
      'lives|living|live|lived|staying|stays|stopping with * [*] [*] who say|says|said|claim|claims|claimed [that] [they|he|she] are|is|were|was [a|her|his] family friend|friends',
      'adult|adults|men|man|males|lodger|lodgers living|staying|sleeping in|at her|his|their|the flat|room|house|bedsit',
      'adult|adults|men|man|males [are|is|were|was] staying|living with the|a|this girl|boy|child|teenager|yp|' + CHILD_YEAR_OLD,
      'living|lives|staying|stays with [any] adult|adults|men|man outside the|her|his family',
      'anyone|anybody|someone|somebody else living|staying at|in the|her|his flat|house|room|bedsit',
      'lives|living|stays|staying in his|her|their flat|room|house [but] [is|are] not related',
    ],
    unlessNear: [
      'mum|dad|mother|father|parents|parent|nan|gran|grandma|grandad|grandparents|aunt|auntie|uncle|stepdad|stepmum|brother|sister|cousin|partner',
      'staff|worker|workers|carer|carers|foster|police|nurse|nurses|placement|hostel|refuge|supported|council|landlord|warden',
    ],
    window: 6,
  },
  // Housework or childcare for a household that is not the child's own (4 sets each): "kept home to do housework for her
  // host family", "is used for housework", "looks after the host family's three children instead of attending school",
  // "looking after the landlord's children every day", "kept off school to look after the babies".
  {
    code: 'fa_domestic_servitude',
    patterns: [
      'kept|keeps|keeping|made|makes|forced|used|uses [at] [home|off|back] [school] [to] [do] [the] [for] housework|chores|cleaning',
      "look|looks|looking|looked after the|a landlord's|landlord’s|man's|man’s|woman's|woman’s|host|couple's|couple’s [family's|family’s] [*] children|kids|babies|baby|child",
      'kept|keeps|made|makes [at] [home|off|back] [school] [to] look|looking after the|their|her|his babies|children|kids|baby',
      'housework|chores|cleaning|childcare instead of going|attending|being [to|at|in] school|college',
    ],
    // Not a child's own home, a babysitting job she chose or a worker's care ("staff look after the children").
    unlessNear: [
      'own|sibling|siblings|brother|brothers|sister|sisters|mum|dad|mother|father|nan|gran|pocket|babysitting|babysits|babysitter|nanny|housekeeper|agency|job|paid|wage|wages',
      'staff|worker|workers|carer|carers|nursery|teacher|teachers|team',
    ],
    window: 10,
  },
  // Session 19: mum telling that her partner hurt her ("Mum disclosed that her partner strangled her", "Mum says her ex
  // has been hitting her"): "her partner" after mum as the teller is mum's, so it is domestic abuse in the household.
  {
    code: 'fa_domestic_abuse',
    patterns: [
      `${MUM_TELLS} [*] [that] her partner|ex-partner|ex|boyfriend|ex-boyfriend|husband|ex-husband [has|had] strangled|strangles|choked|chokes|hit|hits|punched|punches|beat|beats|beaten|assaulted|assaults|attacked|attacks|kicked|kicks|slapped|slaps her`,
      `${MUM_TELLS} [*] [that] her partner|ex-partner|ex|boyfriend|ex-boyfriend|husband|ex-husband is|was|has|had [been] strangling|choking|hitting|punching|beating|assaulting|attacking|kicking|slapping her`,
    ],
    unlessNear: GAME_WON,
    window: 6,
  },
  // ... and mum's partner strangling or choking her, as the entries above for hitting ("Mum's partner put his hands round
  // her neck", "Mum says her ex tried to strangle her"): domestic abuse in the household, about mum.
  {
    code: 'fa_domestic_abuse',
    patterns: [
      ...strangleActs(`mum's|mother's|mam's|mums ${PARTNERS} [has|had] `, STRANGLE_HER),
      ...strangleActs(`${MUM_TELLS} [*] [that] her ${PARTNERS} [has|had] `, STRANGLE_HER),
      `mum|mother|mam was|is|has|had [been] choked|throttled by [her] [*] ${PARTNERS}|dad|father|stepdad`,
      'non-fatal|nonfatal strangulation of|against [her|his|their] mum|mother|mam',
      `${MUM_TELLS} [*] [that] [she] [suffered|experienced] non-fatal|nonfatal strangulation|strangling|choking by her ${PARTNERS}`,
    ],
    unlessNear: [...GAME_WON, 'choked|chokes|choking her up'],
    window: 6,
  },
];

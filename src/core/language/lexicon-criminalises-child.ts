import {
  ADULT_AGE_CUES,
  ADULT_CUES,
  ADULT_OR_OTHER_CUES,
  AGE_NUMBERS,
  AGE_TOKENS,
  CCE_CUES,
  CHILD_CENTRED_CCE_CUES,
  DRUG_SUPPLY_CUES,
  EXPLOITATION_CONTEXT_CUES,
  LABEL_FRAME_CUES,
  OTHER_PERSON_CUES,
} from './lexicon-cues.ts';
import { CHILD_AGE_TOKENS, COPING_CUE, FOR_GROUP, RUNNER_ADULT, RUNNER_APPOSED, SOLD_GOODS } from './lexicon-parts.ts';
import { DEALER_WORDING, OFFENDER_WORDING } from './lexicon-wording.ts';
import type { LexiconEntry } from './types.ts';

// The victim-blaming lexicon's founding entries for wording that criminalises the child (`criminalises_child`). lexicon.ts gives the
// design rules and assembles the whole lexicon; each entry cites its guide (sources.ts).
export const CRIMINALISES_CHILD_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'criminal_lifestyle',
    patterns: [
      'criminal|gang|offending|criminalised|criminalized lifestyle|lifestyles',
      'leads|leading|led|lead a|an criminal|gang|offending lifestyle',
      'career criminal|criminals',
      'criminal career',
    ],
    category: 'criminalises_child',
    explanation: 'Describes a child who is being criminally exploited as someone living a life of crime. The offences are what adults make the child do.',
    alternatives: [
      'The child is being criminally exploited by [who]: record what they are made to do',
      'Adults are using the child to commit offences: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender
    unlessNear: [
      // Round 23: an adult by age in apposition, or an adult or a relative as its owner ("Kai's older brother, 22, has
      // chosen a criminal lifestyle", "the man, 35, leads a criminal lifestyle", "his dad's criminal lifestyle").
      `${AGE_NUMBERS} has|had|have|leads|led|lives|lived|is|was`,
      // Review 23C: the owner right before it, not "moving to his dad's flat" or "the 20-year-old man's flat" elsewhere;
      // the family's own lifestyle as a subject, not "followed his family's criminal lifestyle".
      "man's|men's|dad's|father's|mum's|mother's|uncle's|brother's|stepdad's|adult's criminal|gang|offending lifestyle|lifestyles",
      "family's criminal|gang|offending lifestyle|lifestyles has|had|is|was|affects|affected|means|meant|puts|put|exposes|exposed",
    ],
  },
  {
    id: 'feral',
    // Session 22b: "feral", "wayward" and "tearaway" are blame (feral_label_round37): the sets that mark them file them so.
    patterns: ['delinquent|delinquents|yob|yobs|thug|thugs|hoodlum|hoodlums|hooligan|hooligans'],
    category: 'criminalises_child',
    explanation: 'A label that casts the child as a problem or a criminal, not as a child who may be harmed or exploited.',
    alternatives: [
      'Describe the behaviour and what may be causing it: the child may be being criminally exploited',
      'The child needs protection: record who is harming them',
    ],
    source: 'childrens_society_2018', // the guide's principle
  },
  // ===== Missing =====
  {
    id: 'absconded',
    patterns: ['abscond*'],
    // An adult suspect who absconds from bail or prison is not a child who went missing.
    unlessNear: [
      COPING_CUE,
      'suspect|suspects|defendant|defendants|offender|offenders|perpetrator|perpetrators|prisoner|prisoners|inmate|inmates|bail|warrant',
      AGE_TOKENS,
      // Round 19: "the adult detained with the boy absconded from an approved premises", "the adult male travelling
      // with the girl absconded from the train".
      'adult|approved',
    ],
    category: 'criminalises_child',
    explanation: 'A word from prisons and custody. It treats a child going missing as an escape from lawful control, not as a sign of harm.',
    alternatives: [
      'The child went missing from [placement]: record where they were found, who they were with and how they got there',
      'The child is missing; they may be with people who exploit them',
    ],
    source: 'cara_prior_art', // CARA lists "absconded"
  },
  {
    id: 'awol',
    patterns: ['awol'],
    // Probe 25: a relative's absence from the forces ("his uncle went AWOL from the army years ago").
    unlessNear: ['army|navy|raf|military|regiment|barracks|soldier|soldiers|marines|forces'],
    category: 'criminalises_child',
    explanation: 'A military term for desertion. A missing child is at risk, not absent without permission.',
    alternatives: [
      'The child is missing: record when, where they were last seen and who they may be with',
      'The child went missing and may be with people who exploit them',
    ],
    source: 'cara_prior_art', // same reasoning as "absconded"
  },
  // ===== Child criminal exploitation and county lines =====
  {
    id: 'working_for_dealers',
    patterns: [
      'working|works|worked|work for|with|under [*] [*] dealer|dealers|olders|elders|gang|gangs|line|lines|county|ocg|ocgs|usg',
      // Review 23A: "for|under the crew", not "working with the stage crew".
      'working|works|worked|work for|under [*] [*] crew',
      // Probe 25: an older lad named as the one the child works for ("working for an older lad who pays him").
      'working|works|worked|work for|under an|a|the|some older|bigger lad|lads|boy|boys',
      // Round 23: a line named by its town ("was working the Ipswich line"); not a production, phone or picket line.
      'working|works|worked|work a|the|their|his|her * line|lines',
      'working|works|worked|work for|under [the|some|these|those|local] older|adult boys|lads|males|men|man|guys|youths',
      // Round 25: one older lad ("is working for an older lad who pays him to drop parcels off"), and the adults he
      // works for in a relative clause ("the lads he works for in Stoke are all in their twenties").
      'working|works|worked|work for|under a|an|the older|adult lad|boy|male|guy|youth|bloke',
      'lads|olders|elders|dealers|males|guys he|she|they works|worked|work for',
      'working|works|worked|work [a|the|their|his|her] county|trap|deal line|lines|phone|house',
      'working|works|worked|work a|the|their|his|her line|lines',
      'working|works|worked|work county',
    ],
    category: 'criminalises_child',
    explanation:
      'Calls criminal exploitation "work", as if the child were an employee. These words legitimise child criminal exploitation and hide the control.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults are forcing or coercing the child to sell or carry drugs'],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"; [E]
    unlessNear: [
      'worker|workers|youth|social|police|officer|officers|team|teams|maths|homework|school|college|job|shift|shifts',
      'production|assembly|packing|phone|phones|telephone|checkout|helpline|front|picket|finishing|finish|fishing|bottling|dinner|lunch|till|tills|chat|advice',
      // Review 23A: a kitchen's or a factory's line ("works the grill line at McDonald's").
      "grill|fish|food|kitchen|factory|warehouse|restaurant|mcdonald's|mcdonalds",
      // Review 25A: an ordinary job under an older worker ("worked for an older guy who runs the market stall", "the lads
      // he works for at the garage", "working under an older male mentor on the construction course").
      'stall|market|site|building|garage|apprenticeship|apprentice|mentor|course|electrician|electricians|plumber|builder|builders|farm|trade',
    ],
  },
  {
    id: 'working_drugs',
    patterns: ['working|works|worked'],
    category: 'criminalises_child',
    explanation:
      'Calls criminal exploitation "work", as if the child were an employee. These words legitimise child criminal exploitation and hide the control.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults are forcing or coercing the child to sell or carry drugs'],
    source: 'nspcc', // [E] "working" legitimises CCE; [D]
    requiresNear: [
      'drugs|dealer|dealers|county|crack|heroin|trap|olders|elders|gang|gangs|deal-line',
      'county lines',
      'selling|sell|sells|sold drugs|crack|heroin|cannabis|weed',
      // Round 28: the adults named instead of the drugs ("working for an older group in Stoke", "working most nights for
      // older boys", "working for men who meet outside the mosque").
      'for [an|a|the|some] older|adult men|boys|lads|males|group|gang',
      'for [the] men|olders|elders|gang|dealers',
    ],
    unlessNear: [
      // Round 28: a support or working group, not any group ("working for an older group" is the sign).
      'worker|workers|youth|social|team|teams|maths|homework|school|college|job|shift|shifts|agencies|partners|partnership|operation|support|service|services',
      'support|working|focus|steering|reading|peer|parents|community|interest|user|advisory group|groups',
      'apprentice|apprenticeship|garage|builder|builders|firm|company|business|trade|farm|plumber|electrician|decorator',
      // Round 23: a trade in cars ("he works as a car dealer"). Review 23B: the trade itself, not any car ("working drugs
      // out of cars"); a casino dealer.
      'car|cars|antique|antiques|motor|scrap|second-hand dealer|dealers|dealership|trade|sales|salesman|showroom|yard',
      'casino|casinos|croupier|blackjack|poker|roulette',
      'dealer|dealers at|in [a|the] casino|casinos',
      'working|works|worked with|on|out|hard|well|towards|through|to|together|closely|alongside',
    ],
    window: 4,
  },
  {
    id: 'recruited',
    patterns: ['recruited|recruiting|recruit|recruits|recruitment', 'recruiter|recruiters'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Borrows the language of a job to describe grooming a child into crime. It hides the coercion and control.',
    alternatives: ['The child has been groomed and criminally exploited by [who]', 'Adults have targeted the child to carry or sell drugs'],
    source: 'complex_safeguarding_wales', // [D] "Recruited" -> "criminally exploited"; [E]
    // "recruited by the Northside group", "recruited by his cousin" (round 21): a named group or a relative who brings the
    // child in; not a youth, support or focus group.
    requiresNear: [
      ...CCE_CUES,
      'exploitation|exploited|crime|criminal|criminality|network|networks|organised|older|olders|adults|men|males',
      'recruited by [his|her|their|the|a] [*] group|crew|firm|ocg|cousin|brother',
      // Round 28: the group the child was taken into ("recruited into the Leeds group at 14"), and a county line named
      // by its two ends ("is recruited and does the Birmingham to Stoke run"); clubs and support groups are vetoed below.
      'into [his|her|their|the|a] [*] group|crew|firm|ocg|network',
      'does|doing|did|do the [*] [*] to [*] [*] run|runs',
    ],
    unlessNear: [
      // Round 23: the group or the adults as the ones recruiting ("the gang has been recruiting children from the estate").
      // Review 23A: the active forms only; "his friendship group were recruited by the olders" is the children's.
      'gang|gangs|group|groups|men|adults|ocg|ocgs|network|networks|dealers|olders|elders has|have|had|are|were|is|was [been] [actively] recruiting',
      'gang|gangs|group|groups|men|adults|ocg|ocgs|network|networks|dealers|olders|elders has|have|had [actively] recruited',
      // Probe 24: the simple past ("the gang recruited younger children"), not "the group were recruited".
      'gang|gangs|men|adults|ocg|ocgs|network|networks|dealers|olders|elders recruited|recruits|recruit',

      'staff|volunteer|volunteers|foster|carers|panel|apprenticeship|job|vacancy|post|team|study|trial|officers|police|mentor|mentors|tutor|tutors',
      'youth|church|support|focus|reading|steering|parents|drama|debating|scout|scouts|guides',
      // Round 28: a university's research group, now that the group one is recruited into is a cue.
      'research|university|uni|phd|lab|laboratory',
      // Review 28: a driving job's run between two towns ("recruited last month and does the Dover to Calais run for a
      // haulage firm"), now that the run is a cue.
      'haulage|freight|lorry|lorries|hgv|coach|coaches|ferry|ferries',
      'delivery|courier|removals|taxi firm|firms|company|companies|driver|drivers',
      // An adult relative as the one recruited ("Uncle Tariq was recruited and does the Leeds to London run").
      'uncle|aunt|auntie|dad|father|mum|mother|stepdad|stepmum|grandad|grandma [*] was|is|has|had|got [been] recruited',
      'squad|squads|academy|choir|band|cadets|cricket|football|rugby|netball|hockey|club|orchestra',
      // Round 18: the adult is the one who recruits ("the older man who recruited children for the line").
      'man|men|male|males|adult|adults|dealer|dealers|gang|perpetrator|perpetrators|offender|offenders who [had] recruited|recruits|recruit',
      // Probe 24: named together with the exploitation ("recruited and exploited by an organised crime group").
      // Review 24B: the passive only, not "he is recruiting and grooming younger boys" (the child's act).
      'recruited and|then|or exploited|groomed|trafficked|coerced',
    ],
    window: 9,
  },
  {
    id: 'drug_runner',
    patterns: [
      'drug|drugs runner|runners|courier|couriers|mule|mules|running',
      'drug-runner|drug-runners|drug-running',
      'running|runs|ran|run drugs|lines|county',
      'running|runs|ran|run a|the line',
      'county lines runner|runners',
      // The child named as the exploiters' runner ("the gang's runner").
      "gang's|dealer's|line's|group's runner|runners",
    ],
    category: 'criminalises_child',
    explanation:
      'Describes the child by the crime adults force on them. A child moving drugs for others is a victim of criminal exploitation and possibly trafficking.',
    alternatives: [
      'The child is being criminally exploited to carry drugs by [who]',
      'Adults are forcing the child to move drugs: consider an NRM referral (county lines can be trafficking)',
    ],
    source: 'complex_safeguarding_wales', // [D] "criminally exploited"; [C] CCE
    unlessNear: [
      // Round 27: a row of something ('runs a line of stalls at the market').
      'line|lines of',
      // Round 23: an adult who ran the line ("the occupant, a 46-year-old man, had been running a line using local children").
      // Review 23B: not "the young man", "the 15-year-old female" (children): an adult by age, noun or role.
      `${AGE_TOKENS} [man|woman|male|female] had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines`,
      `man|woman|male|female of|aged ${AGE_NUMBERS} had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines`,
      'older|adult|grown man|woman|male|female had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines',
      'occupant|tenant|adult|dealer had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines',

      'enquiry|enquiries|inquiry|inquiries|questioning|investigation',
      // The adults are the ones running the line: "a group who are running drugs into Hastings".
      'who|they|adults|men|males|group|gang|gangs|olders are|were|is|was|been running|run|runs',
      // Round 7: "the older males running the line in Barrow have been identified".
      'men|males|adults|olders|elders|dealers running|run|runs the|a line|lines',
      // Round 18: "the man who runs the line", and a child made to run drugs (child-centred wording).
      'who|which ran|runs|run|running the|a line|lines',
      'that ran|runs|run the|a line|lines',
      // Round 19: "by the adult running the line".
      'adult|man|male|woman|dealer running|runs|ran the|a line|lines',
      'used|uses|using|use her|him|them as', // probe 24: "the perpetrators used her as a drug mule" (the adults' act)
      ...CHILD_CENTRED_CCE_CUES,
    ],
    window: 3,
  },
  {
    id: 'runner_label',
    patterns: ['runner|runners|runner-boy|shotter|shotters|youngers'],
    category: 'criminalises_child',
    explanation: 'Street slang for a child exploited in drug supply. Using it in a record accepts the exploiters’ view of the child.',
    alternatives: ['The child is being criminally exploited to carry or sell drugs', 'Adults are using the child in drug supply: consider an NRM referral'],
    source: 'complex_safeguarding_wales', // [D]
    // Round 32: a runner for a group of people or a place ("he is the runner for a group in Coventry", "one of the
    // runners for the flat on Harrow Road", "a lookout and runner for the group"): drug running named as the child's
    // job. A club, a team or a charity vetoes it below.
    // Review 32: a place only by an article ("the runner for the house", not "the runner for her house" at school).
    requiresNear: [
      ...CCE_CUES,
      'runner|runners for the|a|an|some|his|her|their group|gang|crew|firm|line|lads|men|olders|elders|dealers|network',
      'runner|runners for the|a|an|that flat|house|flats|houses',
    ],
    // Round 26: hung on the child by a copula or "as" ("I think he is a runner for someone", "taken on by the older group
    // as a runner"), the label needs no word of drugs beside it (types.ts labelFrame); a sport or a race does not.
    labelFrame: true,
    // A sport: "a keen runner ... came third in the county cross-country".
    unlessNear: [
      'misper|mispers|missing|serial|persistent|frequent|habitual|race|marathon|running|athletics|cross-country|keen|parkrun|harriers',
      'fast|fastest|quick|quicker|good|great|strong|distance|sprint|sprints|sprinter|5k|10k|club|team|training|sports|sport|pe|fun|half-marathon|fun-run|relay|triathlon|charity',
      'used|uses|using|use her|him|them as', // probe 24: "the gang used him as a runner" (the adults' act)
      // Review 26: a job of that name ("a runner at the film studio on work experience", "works as a runner at the law
      // firm") and a school team ("Football coach: he is a runner for the under 14s"), now that the frame needs no drugs word.
      'studio|studios|film|films|filming|tv|television|production|productions|firm|solicitors|office|restaurant|kitchen|experience|apprentice|apprenticeship|internship|wage|wages|market|stall|café|cafe|bakery|garage|salon',
      'football|rugby|hockey|netball|cricket|basketball|squad|wing|winger|scored|goal|goals|match|pitch|under-14s|under-15s|under-16s|under-13s|u13s|u14s|u15s|u16s|14s|15s|16s|13s',
      // Review 32: now that a group or a crew is a cue, a runner for a show or an outing ("a runner for the crew
      // backstage at the school show", "a runner for the group on the DofE expedition").
      'backstage|stage|theatre|rehearsal|rehearsals|concert|festival|wedding|expedition|dofe|scouts|cubs|brownies|guides|cadets|choir|orchestra|orienteering|hike|hiking',
      // Session 19: an adult named beside the runner ("the runner for the group, a man aged 25", "The runner, a
      // 25-year-old, was charged"), not the one a child runs for ("a runner for a man in Leeds"); and a group of
      // another kind ("the runner for the group of bell ringers").
      // Open 34: only an adult in apposition, told by what follows (an age, the runner's own verb), not an adult who
      // tells of the child ("Tom is used as a runner, an adult neighbour told police").
      ...[`runner|runners for the|a|an|their|his|her * ${RUNNER_ADULT}`, `runner|runners ${RUNNER_ADULT}`].flatMap((a) => [
        `${a} ${RUNNER_APPOSED}`,
        `${a} in his|her|their [early|mid|late] twenties|thirties|forties|fifties|20s|30s|40s|50s`,
        `${a} has|had|have been|previous|convictions`,
      ]),
      `runner|runners [aged|age] ${AGE_NUMBERS}|${AGE_TOKENS}`,
      'bell ringers|ringing',
      'ringers|bell-ringers|bellringers|ramblers|rambling|walkers|volunteers|volunteering|litter-pickers|knitting|crafts|bingo|parish|congregation|allotment|gardening|drama|dancers',
    ],
  },
  {
    id: 'drug_dealer',
    patterns: [
      'is|was|been|as a [*] [*] [*] drug|drugs dealer',
      // Round 24: a contracted copula or a naming verb ("He's a drug dealer now", "calls Marcel 'a drug dealer'").
      "he's|she's|hes|shes a [*] [*] drug|drugs dealer",
      'calls|called|call|calling|labelled|labeled|labels|branded|brands * a [*] drug|drugs dealer',
      'small-time|petty|low-level dealer|dealers',
      'drug-dealer|drug-dealing',
      'deals|dealt|dealing|deal drugs|cannabis|crack|heroin|cocaine|weed',
      'selling|sells|sold drugs|cannabis|crack|heroin|cocaine|weed',
      'county lines dealer|dealers',
      'is|was|been|became|become|becoming a|an [*] dealer',
      // Round 23: "he is known to the police as a dealer". Review 23B: known or described as one, not "train as a dealer
      // at the casino".
      'known|described|identified|seen|named|referred|regarded|recorded|flagged [to|by] [the] [*] [to] as a|an [known] dealer',
    ],
    ...DEALER_WORDING,
    unlessNear: [
      // Round 23: adults who took over the child's flat to deal from it ("adults have taken over Kai's flat to deal drugs").
      // Review 23B: the home taken over, not "he has taken over dealing cannabis".
      'taken|took|take|takes over [the|his|her|their|a] [*] [*] flat|flats|home|house|room|bedroom|address|property|place|kitchen',

      ...OTHER_PERSON_CUES,
      'man|men|male|males|adult|adults|older|olders|elders|suspect|suspects|perpetrator|perpetrators',
      'forced|forcing|coerced|coercing|exploited|exploiting|made|groomed|pressured|pressure|threatened',
      // Round 23: a trade in cars or antiques ("works as a car dealer"). Review 23B: the trade itself, not "used his
      // phone", "the art block", "the car park"; a casino dealer.
      'car|cars|antique|antiques|art|card|cards|motor|scrap|second-hand dealer|dealers|dealership|trade|sales|salesman|showroom|yard',
      'used car|cars dealer|dealers|dealership|trade|sales|salesman|showroom|yard',
      'casino|casinos|croupier|blackjack|poker|roulette',
      // Round 23: the dealer given an adult age ("He is a known drug dealer aged 28 who targets children").
      // Review 23A: the dealer's age, not the buyers' ("selling to students aged 18 to 21").
      `dealer|dealers aged ${AGE_NUMBERS}`,
    ],
  },
  {
    id: 'gang_member',
    patterns: [
      'is|was|been|as a [known] gang member|nominal|associate',
      'gang member|nominal|affiliated|affiliate|affiliation|involved|involvement',
      'gang-affiliated|gang-involved|gang-member|gang-related',
      // Probe 25: a youth worker's "a gang kid through and through".
      // Review 25B: not "gang youth worker", nor "gang lads" or "gang boys", who chase or threaten the child.
      // Review 25F: one child, not "gang kids from the other estate chased him home".
      'gang kid',
      'member|members of a|the [*] [*] gang|gangs|crew|ocg',
      'part of a|the [*] [*] gang|crew|ocg',
    ],
    category: 'criminalises_child',
    explanation: 'Labels the child by the group exploiting them. Children in gangs are often groomed, coerced and controlled by older members.',
    alternatives: [
      'The child is being criminally exploited by a gang or organised crime group',
      'The child has been groomed, coerced or controlled by [group]: record how',
    ],
    source: 'language_matters', // [B] "gang/gang members"; "Being exploited by an organised crime gang"
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'adult|adults|men|older|olders|elders|suspects|perpetrator|perpetrators|thirties|twenties|forties',
      // Probe 25: the man described ("the man who exploited him is a known gang member").
      // Review 25B: not any man who speaks ("a known gang member, according to a man who lives nearby").
      // Review 25F: "runs" only with what is run for crime, not "the man who runs the shop said he sells for them".
      'man|woman|male who|whom|that exploited|exploits|groomed|grooms|controls|controlled|recruited|abused|uses|used',
      'man|woman|male who|whom|that runs|ran the|a|his|their line|lines|gang|gangs|group|crew|ocg|trap|network|operation',
    ],
  },
  {
    id: 'joined_gang',
    patterns: ['joined|joins|joining|join a|the [*] gang|gangs', 'signed up to|with a|the gang', 'become|became|becoming a gang member'],
    category: 'criminalises_child',
    explanation: 'Presents gang exploitation as the child signing up. Children are groomed into gangs and controlled once inside.',
    alternatives: ['The child has been groomed into a gang by [who]', 'The child is being exploited by an organised crime gang'],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
  },
  {
    id: 'selling_for',
    patterns: ['selling|sells|sold', 'shotting|shotted'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation:
      'Describes the child as a seller when adults are exploiting them in drug supply. Children in drug supply are victims of criminal exploitation.',
    alternatives: [
      'The child is being criminally exploited to sell drugs by [who]',
      'Adults are forcing or coercing the child to sell drugs: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim
    requiresNear: [
      'drug|drugs|county|crack|heroin|cocaine|cannabis|weed|wraps|trap|olders|elders|line|lines|deal-line|shotter|shotters|nittys|nitties|punters',
      // Round 32: selling with no object from a home is how notes say drug supply ("was selling from the flat", "is
      // selling from his room for the men upstairs"); "selling for" a group is selling_for_group.
      'selling|sells|sold from his|her|their|the flat|room|bedroom|house|address|home|stairwell|hostel|block',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|males|adults|dealers|gang|they|who|olders are|were|is|was|been selling|sell|sells|sold',
      // Round 32: adults as the sellers with no verb between ("neighbours report men selling drugs from the flat"), and
      // the drugs sold with no seller named ("the address where drugs are sold").
      // Review 32: the adults seen or reported selling, or there selling; not the child's company ("out every night with
      // the olders, selling crack", "goes to Bristol with two adults, selling heroin"). And the passive with two
      // auxiliaries ("drugs are being sold from the flat", "cannabis has been sold there").
      'report|reports|reported|reporting|saw|see|sees|seen|observed|noticed|witnessed|spotted|filmed|are|were|where|there [two|three|several|some|older|adult|local|unknown|other] man|men|males|adults|dealers|olders selling|sells|sold',
      'drug|drugs|crack|heroin|cocaine|cannabis|weed are|were|is|was|being|been|get|got|has|have|had [being|been] sold',
      // Round 22: "two adult men were seen selling cannabis on the platform".
      'man|men|males|adults|dealers|olders are|were|is|was|been seen|caught|found|filmed|observed|spotted selling',
      'forced|forcing|coerced|coercing|made|groomed|pressured|threatened|exploited',
      'cakes|clothes|items|tickets|sweets|bike|vinted|ebay|depop|shop|shops|bakery|food|market|stall',
      // Session 19: goods named as what is sold, after where or how it is sold and past the window ("selling from her
      // bedroom online, mostly her old clothes"); not what the selling pays for ("selling on the line for trainers").
      `selling|sells|sold [from|on|at|in|via|through] [her|his|their|the|a] [*] [online|marketplace] [mostly|mainly|just|only|including|like] [her|his|their] [own|old] [old|own|second-hand|secondhand|unwanted|used|spare|handmade|home-made|homemade|vintage] ${SOLD_GOODS}`,
    ],
    window: 5,
  },
  {
    id: 'drunk_and_disorderly',
    patterns: ['drunk and disorderly'],
    // Round 23: an adult described as the one who was ("a man in his forties was drunk and disorderly on the
    // platform"); adults near the child ("after the men left her in the park") are no reason to drop it.
    unlessNear: [
      // Review 23A: the adult's age right before the offence, not "female in her early teens" nor "after a man in his
      // forties gave him vodka".
      'man|woman|male|female|adult|bloke in his|her|their twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s [was|is|were|are|arrested|being] [for|as] [being] drunk',
      'man|woman|bloke|men|women in his|her|their twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s was|were|is|are [arrested] [for] [being] drunk',
      'a|the|an man|woman|bloke|men|women was|were|is|are [arrested] [for] [being] drunk',
      // Probe 25: an adult by a stated age ("a man of 40 was drunk and disorderly in the town centre").
      `man|woman|bloke|male|female of|aged ${AGE_NUMBERS} was|were|is|are [arrested] [for] [being] drunk`,
      // Fresh24 hard negative: a parent ("Rebecca's mum was drunk and disorderly on the night in question").
      // Review 25B: not a brother or sister, who may be children too ("she and her sister were drunk and disorderly").
      // Review 25F: one parent was, not "she and her mum were drunk and disorderly" (the child too).
      "mum|mum's|mam|mother|dad|dad's|father|parent|stepdad|stepmum|carer|aunt|uncle|nan|gran was|is [arrested] [for] [being] drunk",
      'parents were|are [arrested] [for] [being] drunk',
      // Round 32: an adult by that word ("Adult DP was drunk and disorderly", "adult male arrested for being drunk").
      // Review 32: one adult, or the adults as a group, not a child with them ("Kayla (14) and an adult were arrested for
      // being drunk and disorderly", "Jade, 15, and two adults were drunk and disorderly").
      'adult [dp|male|female|man|woman|detainee|prisoner|suspect] was|is|arrested [arrested] [for] [being] drunk',
      'the|these|those|both|all adults were|are|arrested [arrested] [for] [being] drunk',
    ],
    category: 'criminalises_child',
    explanation:
      'Records an intoxicated child as an offender. A child who is drunk in public may have been given alcohol by adults who are grooming or exploiting them.',
    alternatives: [
      'The child was found intoxicated at [place]: record who gave them alcohol and who they were with',
      'The child was very drunk and at risk of harm: consider whether adults are supplying alcohol to groom them',
    ],
    source: 'childrens_society_2018', // the guide's principle: a victim, not an offender
  },
  {
    id: 'plugging',
    patterns: ['plugging|plugged'],
    category: 'criminalises_child',
    explanation: 'Slang that hides the harm of a child being forced to carry drugs inside their body, which is dangerous and abusive.',
    alternatives: [
      'The child was forced or coerced to carry drugs inside their body',
      'The child has been made to conceal drugs internally: a serious risk to their health and a sign of criminal exploitation',
    ],
    source: 'yjlc', // [C] 2022 guide flags "plugging"; 2022 revision spotlight on drugs carried internally
    unlessNear: [
      'plugging|plugged in|into|away|up',
      'charger|socket|laptop|phone|gap|gaps|leak|hole|holes|headphones|earphones|earbuds|computer|cable|lead|speaker|console',
    ],
    window: 3, // round 22: "plugged the Bluetooth speaker in"
  },
  {
    id: 'money_mule',
    patterns: ['money mule|mules|muling', 'money-mule|money-mules'],
    category: 'criminalises_child',
    explanation: 'Names the child by the crime adults use them for. A child whose account is used to move money is being financially exploited.',
    alternatives: [
      'The child is being financially exploited: adults are using the child’s bank account to move money',
      'Adults have targeted the child for financial exploitation (record who and how)',
    ],
    source: 'yjlc', // [C] 2022 guide flags "money mule"; 2022 revision: child financial exploitation
  },
  {
    id: 'going_country',
    patterns: ['going|goes|gone|went|go country|cunch|OT', 'out country'],
    category: 'criminalises_child',
    explanation: 'Slang that makes trafficking a child to another area to sell drugs sound like a trip.',
    alternatives: [
      'The child has been trafficked to [area] to sell drugs (county lines): consider an NRM referral',
      'The child was taken to another area by adults to sell drugs',
    ],
    source: 'yjlc', // [C] county lines
  },
  {
    id: 'child_perpetrator',
    patterns: ['child|juvenile perpetrator|perpetrators', 'child-perpetrator'],
    category: 'criminalises_child',
    explanation: 'Casts a child who is being exploited as the one doing harm. The adults exploiting them are the perpetrators.',
    alternatives: ['The child is being exploited by [who] and made to [what]', 'The child is a victim of criminal exploitation; record the adults involved'],
    source: 'language_matters', // [B] lists "child perpetrator"
  },
  {
    id: 'offender_label',
    patterns: ['offender|offenders|perpetrator|criminals|suspect', 'as a criminal'],
    ...OFFENDER_WORDING,
    requiresNear: [...LABEL_FRAME_CUES, 'exploited|exploitation|groomed|trafficked|coerced|victim|county'],
    // Precise cues only: the adults are the offenders ("the offender", "perpetrators of", "an alleged offender").
    unlessNear: [
      'the|his|her|their|alleged|adult|known|sex|sexual|identified|main|principal offender|offenders|perpetrator|criminal|criminals|suspect',
      // ... or the subject of a verb ("a perpetrator may exploit this").
      'offender|offenders|perpetrator|criminal|criminals|suspect of|against|by|who|was|were|is|has|may|might|could|can|will|would',
      'not an|a offender|criminal|perpetrator|suspect',
      'perpetrator|perpetrators|offender|offenders exploited|exploits|exploiting|groomed|grooms|grooming|trafficked|coerced|targeted',
      'adult|adults|man|men|male|males|older|olders|elders|perpetrators',
      // Probe 23: the child-centred reading ("he should be seen as a victim rather than a perpetrator").
      'victim|victims rather than a|an|the offender|offenders|perpetrator|perpetrators|criminal|criminals',
      'victim|victims instead of a|an|the offender|offenders|perpetrator|perpetrators|criminal|criminals',
    ],
    window: 4,
  },
  {
    id: 'suspect_child_named',
    // Round 20: "the suspect, aged 13, was found with cash", "The suspect, a 15-year-old looked-after child", "the
    // 13-year-old is named as a suspect", "juvenile is the perpetrator of the assault" (five tuning-set lines):
    // the child named by the role, right beside the child's age. offender_label leaves "the suspect" alone, as it is
    // usually the adult.
    patterns: [
      'the|a suspect|offender|perpetrator aged 10|11|12|13|14|15|16|17',
      `the|a suspect|offender|perpetrator a|an ${CHILD_AGE_TOKENS}|juvenile|child`,
      `${CHILD_AGE_TOKENS}|juvenile is|was [named|recorded|listed|treated] [as] the|a suspect|offender|perpetrator`,
    ],
    category: 'criminalises_child',
    explanation: 'Names a child, who may be exploited, by the role of offender. The child may have been made to commit the offence and needs protection.',
    alternatives: [
      'The child, who may be criminally exploited, was arrested for [offence]: record who else was involved',
      'The child has been made to commit offences by adults who exploit them: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: victim not offender
  },
  {
    id: 'young_offender',
    patterns: ['young|youth offender|offenders'],
    category: 'criminalises_child',
    explanation: 'Labels an exploited child by offences adults made them commit.',
    alternatives: [
      'The child is a victim of criminal exploitation who has been made to commit offences',
      'The child is being criminally exploited: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: victim not offender
    requiresNear: [...LABEL_FRAME_CUES, ...CCE_CUES, 'exploited|exploitation|groomed|trafficked|coerced|convictions|conviction|carrying|carry|drawn|olders'],
    unlessNear: ['institution|institute|ysi|yoi'],
  },
  {
    id: 'instigator',
    patterns: ['instigator|instigators|ringleader|ringleaders|ring-leader|ring-leaders', 'the main|chief|prime instigator|culprit'],
    category: 'criminalises_child',
    explanation:
      'Casts an exploited child as the one who drives the harm. Children made to bring in or recruit other children are themselves being controlled by the adults who exploit them.',
    alternatives: [
      'The child has been made to introduce other children to [who]: they are a victim of exploitation, record who controls them',
      'Concern that adults are using the child to draw in other children',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is done to the child, not the child as offender
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'adult|adults|man|men|male|males|older|olders|perpetrator|perpetrators|fight|fights|fighting|argument|arguments|prank|pranks|game|games',
    ],
  },
  {
    id: 'perpetrator_label',
    // Only as a label hung on someone ("Ethan is a perpetrator of robbery", "recorded as the perpetrator"): notes use
    // the word rightly for the adults who harm children, so an adult or another person nearby rules it out.
    labelFrame: true,
    patterns: ['perpetrator|perpetrators'],
    category: 'criminalises_child',
    explanation: 'Casts an exploited child as the offender. Children made to commit offences by adults who control them are victims of criminal exploitation.',
    alternatives: [
      'The child was made to take part in [offence] by [who]: concern of criminal exploitation',
      'The child is a victim of criminal exploitation: record who controls them and consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender
    requiresNear: LABEL_FRAME_CUES,
    // Session 23: an adult named as the perpetrator, before the word ("the adult co-defendant is the main perpetrator")
    // or in apposition after it ("the perpetrator, a 33-year-old man", "the perpetrator was arrested"), not any adult in
    // reach: the older lads who set it up make the label the child's ("a perpetrator of violence at school, though the
    // older lads set it up").
    unlessNear: [
      'man|men|male|males|adult|adults|suspect|suspects|abuser|abusers|exploiter|exploiters|older|olders|woman|women [*] [*] [*] [*] perpetrator|perpetrators',
      'perpetrator|perpetrators [*] [*] man|men|male|males|adult|adults|woman|women|suspect|suspects',
      'perpetrator|perpetrators [*] [*] [*] unknown|identified|arrested|charged|remanded|convicted|jailed|sentenced|bailed',
      'unknown|unidentified|identified|arrested|charged perpetrator|perpetrators',
      ...OTHER_PERSON_CUES,
      ...ADULT_CUES.slice(1).map((c) => `perpetrator|perpetrators [*] [*] ${c}`),
      `${AGE_TOKENS} perpetrator|perpetrators`,
      // Probe 23: the child-centred reading ("he should be seen as a victim rather than a perpetrator").
      'victim|victims rather than a|an|the perpetrator|perpetrators',
      'victim|victims instead of a|an|the perpetrator|perpetrators',
    ],
    window: 8,
  },
  {
    id: 'grooming_others',
    patterns: ['grooming|grooms|groomed|recruiting|recruits|recruited other|younger girls|boys|children|friends|peers'],
    category: 'criminalises_child',
    explanation:
      'Casts an exploited child as the abuser of other children. Children made to bring in other children are themselves being controlled by the adults who exploit them.',
    alternatives: [
      'The child has been made to introduce other children to [who]: they are a victim of exploitation, record who controls them',
      'Concern that adults are using the child to draw in other children',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is done to the child, not the child as offender
    // A short window: "the men were grooming other girls" names the adults; "grooming other girls for the men" does not.
    // Probe 24: the gang or the olders as the ones recruiting ("the gang recruited younger children").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'adult|adults|man|men|male|males|perpetrator|perpetrators|who',
      'gang|gangs|olders|elders|dealers|ocg|ocgs|exploiters|network',
    ],
    window: 2,
  },
  // ===== Trafficking =====
  {
    id: 'illegal_immigrant',
    patterns: ['illegal|illegals immigrant|immigrants|migrant|migrants|alien|aliens|entrant|entrants', 'illegally in the uk|country|england|wales|britain'],
    category: 'criminalises_child',
    explanation: 'Treats a child who may have been trafficked as an immigration offender. A child cannot consent to being trafficked.',
    alternatives: [
      'The child may be a victim of trafficking: consider an NRM referral',
      'An unaccompanied child whose immigration status is unresolved; concern that they have been trafficked',
    ],
    source: 'childrens_society_2018', // the guide's principle; "a child cannot consent to being trafficked" (DOMAIN.md)
  },
  {
    id: 'an_illegal',
    // "An illegal" as a noun for a person; not "an illegal substance", "an illegal act" (the word after vetoes).
    patterns: ['an illegal', 'the|these|those illegals'],
    category: 'criminalises_child',
    explanation: 'Names a child who may have been trafficked by an immigration status, as an offender. A child cannot consent to being trafficked.',
    alternatives: [
      'The child may be a victim of trafficking: consider an NRM referral',
      'An unaccompanied child whose immigration status is unresolved; concern that they have been trafficked',
    ],
    source: 'childrens_society_2018', // the guide's principle, as illegal_immigrant
    unlessNear: [
      'substance|substances|drug|drugs|weapon|weapons|firearm|act|acts|activity|activities|entry|search|eviction|tenancy|car|vehicle|knife|blade|move|manoeuvre|download|downloads|copy|stream|rave|party|parties|amount|quantity|item|items|trade|practice|scheme|immigrant|migrant|alien|entrant|worker|workers|job|workplace',
    ],
    window: 1,
  },
  {
    id: 'cannabis_farmer',
    patterns: [
      'cannabis|skunk|weed farmer|farmers|gardener|gardeners|grower|growers',
      'gardening|gardener|tending|watering|working at|in|on|for [a|the] cannabis|skunk|weed farm|farms|factory|factories|grow|house',
      'cannabis|skunk|weed farm|factory worker|workers',
    ],
    category: 'criminalises_child',
    explanation:
      'Names a child found in a cannabis grow by the crime. Children, many of them trafficked, are locked in and made to tend the plants: they are victims of trafficking and modern slavery.',
    alternatives: [
      'The child was found in a cannabis grow where they were being exploited: consider an NRM referral',
      'Concern that the child has been trafficked and forced to work in a cannabis grow',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender (the statutory defence, Modern Slavery Act 2015 s45)
    unlessNear: OTHER_PERSON_CUES,
  },
  // ---- Criminal exploitation framed as the child's trade ----
  // ===== Broader coverage (2026-12): each family written out with its inflections, pronouns and the forms that
  // inquiry reports quote professionals using. Cues keep the everyday senses out. =====

  {
    id: 'dealing_label',
    patterns: ['dealing|deals|dealt', 'drug|drugs dealing', 'street dealing|dealer|dealers'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation:
      'Describes a child who is being used to sell drugs as a dealer running a trade. Children in drug supply are usually being criminally exploited by the adults who profit.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]: record who supplies the drugs and takes the money',
      'Concern that the child is being used in drug supply by adults or older young people',
    ],
    source: 'yjlc', // [C] CCE language: the child is exploited, not "dealing"
    // Round 19: or the child's dealing placed somewhere or done for someone ("Lewis is dealing at the school gates", "was
    // dealing from a flat", "had been dealing from the flat": four tuning-set lines); the cue holds the entry's own word.
    // Probe 25: "was dealing out of the back of a car on the rank".
    // Review 25B: "out of", not "dealing out the cards".
    requiresNear: [
      ...DRUG_SUPPLY_CUES,
      'is|was|been|were|are|be|found|caught|seen dealing from|at|for|in|on|around|outside|near|to',
      'is|was|been|were|are|be|found|caught|seen dealing out of',
      // Round 28: an arrest for it, or the dealing again ("arrested for dealing outside the Co-op", "has been dealing
      // again in Blackpool").
      'arrested|charged|caught|stopped|convicted|cautioned|bailed for dealing',
      'been dealing again',
      // Round 29b: police shorthand naming the children by the dealing ("2x juveniles dealing from pushbikes"), and dealing
      // dated from a time ("has been dealing since Year 9").
      'juvenile|juveniles|youth|youths|kids|teens|teenagers|yp|yps dealing',
      'is|was|been|were|are dealing since',
      // Round 32: the dealing now, still or again, or to be stopped ("is now dealing for the same group", fresh29; "needs to
      // stop dealing before he can have home leave", fresh30). Not "stop dealing with it" (the veto "deal with").
      'is|was|been|were|are now|still|also|again dealing',
      'stop|stops|stopped|stopping|quit|quits|quitting dealing',
    ],
    unlessNear: [
      'dealing|deals|dealt|deal with',
      ...ADULT_OR_OTHER_CUES,
      ...CHILD_CENTRED_CCE_CUES,
      'cards|card|poker|blackjack|hand|hands',
      // Review 29b: dealing with a feeling or a loss ("has been dealing since Year 9 with her anxiety").
      'anxiety|grief|loss|stress|feelings|emotions|bereavement|trauma|depression|illness|diagnosis|bullying|worries',
      // Review 32: the police or staff handling a matter ("Police are now dealing", "PC Shah is still dealing").
      'police|officer|officers|pc|ps|dc|ds|sergeant|cid|staff|team|school|council|colleague|colleagues|duty is|are|was|were [now|still|also|again] dealing',
    ],
    window: 7,
  },
  {
    id: 'supplying_drugs',
    patterns: ['supplying|supplies|supplied|supply class|drugs|cannabis|crack|heroin|cocaine|weed|ketamine'],
    category: 'criminalises_child',
    explanation: 'Names the child as a supplier, when the child is being made to move or sell drugs for the people who control the supply.',
    alternatives: [
      'The child is being criminally exploited to supply drugs for [who]',
      'Adults are using the child to move or sell drugs: record who, where and what the child was given or threatened with',
    ],
    source: 'yjlc', // [C]
    unlessNear: [
      'to|with her|him|them|children|child|young|pupils|girls|boys',
      'exploited|forced|made|used|coerced|groomed|pressured|intent',
      ...ADULT_OR_OTHER_CUES,
      // Round 25: a conviction on the record, a legal fact and usually an adult's ("has a conviction for supplying class A").
      'conviction|convictions|convicted for|of',
    ],
    window: 4,
  },
  {
    id: 'grafting',
    patterns: ['grafting|graft|grafts|grafted|grafter|hustling|hustle|hustles|hustler|trapping|trapper|trappers', 'on the graft|hustle|trap'],
    category: 'criminalises_child',
    explanation: 'Street words for selling drugs describe criminal exploitation as the child’s own work or enterprise.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]',
      'Concern that the child is being used in drug supply: record who controls it',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited" / "working" -> "criminally exploited"
    // "Grafting for older lads": the older group is the drug-supply context even when no drug is named.
    requiresNear: [...DRUG_SUPPLY_CUES, 'older lads|boys|men|males|group'],
    unlessNear: CHILD_CENTRED_CCE_CUES,
    window: 8,
  },
  {
    id: 'shotting',
    // Drug-selling slang with no everyday sense ("shotting", "a shotter"), and "trapping" followed by a place or the
    // people it is for ("trapping in Cumbria", "trapping for the olders"); "trapped" is left alone ("trapped in the
    // flat" describes a victim).
    patterns: ['shotting|shotted|shotter|shotters', 'trapping in|for|out|down|at'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Street words for selling drugs describe criminal exploitation as the child’s own work or enterprise.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]',
      'Concern that the child is being used in drug supply: record who controls it',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited" / "working" -> "criminally exploited"
    unlessNear: [...CHILD_CENTRED_CCE_CUES, 'animal|animals|rabbit|rabbits|mice|rats|mouse|rat|wasps|flies|heat|moisture|wind'],
    window: 4,
  },
  {
    id: 'doing_drops',
    patterns: [
      'doing|does|did|do|making|makes|made drops|runs|deliveries|drop-offs|jobs',
      'delivering|delivers|delivered|deliver parcels|packages|packs|bags|food|stuff',
      'lookout|lookouts|look-out|look-outs|courier|couriers|couriering|couriered',
    ],
    category: 'criminalises_child',
    explanation: 'Describes the tasks a child is made to do in drug supply as ordinary jobs, which hides that adults are exploiting them.',
    alternatives: [
      'The child is being made to carry or deliver drugs for [who]: concern of criminal exploitation',
      'Adults are using the child to move drugs or money',
    ],
    source: 'complex_safeguarding_wales', // [D]
    // Round 22: for older people ("doing deliveries for the older lads around the estate").
    // (Deliveries only: 'does "jobs" for the older boys' is the scare-quoted word, variants.test.ts.)
    requiresNear: [
      ...DRUG_SUPPLY_CUES,
      'deliveries|drop-offs for the|these|those|some older lads|boys|men|males|youths',
      // Probe 25: a courier for a network or a group ("Nathan's role as a courier for the network").
      // Review 25B: a criminal network, not a job ("a courier for a parcel network at weekends").
      'courier|couriers for the|a|an|their [drug|drugs|county|criminal|crime|local] network|networks|group|groups|gang|gangs|crew|ocg|olders|men',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ...CHILD_CENTRED_CCE_CUES,
      'restaurant|pizza|paper|papers|milk|centre|church|charity|pharmacy|chemist|neighbours',
      // Review 22B L7: an adult-run business ("deliveries for the older men who run the takeaway").
      'takeaway|takeaways|market|stall|business|café|cafe|parcels|leaflets',
      'who run|runs|own|owns',
      // Review 25A: a delivery firm's network ("the courier for the parcel network").
      'parcel|delivery|postal|bike|cycle network|networks',
    ],
    window: 8,
  },
  {
    id: 'holding_for',
    patterns: [
      'holding|holds|held|hold|stashing|stashes|stashed|stash [a] drugs|weapons|weapon|knives|knife|packages|package|parcels|parcel|gear|food|bags|bag|cash|money for',
      // Two things held: "found holding drugs and money for the older boys".
      'holding|holds|held|hold|stashing|stashes|stashed|stash drugs|weapons|weapon|knives|knife|packages|parcels|gear|cash|money and|or drugs|weapons|weapon|knives|knife|packages|parcels|gear|cash|money for',
    ],
    category: 'criminalises_child',
    explanation:
      'Presents the child as keeping drugs, weapons or money for others by choice. Children are made to hold these items so that adults avoid arrest.',
    alternatives: [
      'Adults are making the child hold [drugs/weapons/money] for them: concern of criminal exploitation',
      'The child is being used by [who] to store [item]',
    ],
    source: 'yjlc', // [C]
    unlessNear: [...OTHER_PERSON_CUES, ...CHILD_CENTRED_CCE_CUES],
  },
  {
    id: 'prolific_offender',
    patterns: [
      'prolific|persistent|repeat|serial|habitual|frequent offender|offenders|shoplifter|shoplifters|criminal|criminals|thief|thieves',
      'known offender|criminal',
    ],
    category: 'criminalises_child',
    explanation:
      'Labels the child by their offending. Exploited children are often made to commit crimes, and a label like this stops professionals asking who is behind it.',
    alternatives: [
      'The child has been arrested [number] times for [offences]: consider whether they are being criminally exploited',
      'The child may be committing offences under the control of others',
    ],
    source: 'complex_safeguarding_wales', // [D]; [B] lists "child perpetrator"
    unlessNear: [
      // ADULT_OR_OTHER_CUES without "offender": the entry's own word silenced "persistent offender" (round 21).
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|dealer|dealers|exploiter|exploiters',
      ...OTHER_PERSON_CUES,
      'sex|sexual|registered|violent',
      // Other people: "associates with known offenders", "The prolific offender, aged 33", "The adult who groomed Dean".
      'known|other|adult|older|local offenders|criminals',
      ...ADULT_AGE_CUES,
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|exploiter|exploiters who [had] exploited|exploits|exploit|groomed|grooms|abused|abuses|raped|trafficked',
      // Someone the child is with (review 21): "in a relationship with a persistent offender", "the home of a prolific
      // offender", "belongs to a prolific offender" (right before the label only: "a prolific offender with a record").
      'with|to|of a|an|the [known] prolific|persistent|repeat|serial|habitual|frequent',
      'relationship|relationships|associates|associating|associated|associate',
    ],
    window: 5,
  },
  {
    id: 'known_to_police',
    patterns: ['known to [the] police|officers', 'well known to [the] police|officers'],
    category: 'criminalises_child',
    explanation:
      'Describes the child by their contact with the police, which reads as an offender label. It says nothing about why the police know them or what is happening to them.',
    alternatives: [
      'Record each police contact and its reason: missing episodes, arrests, or being found with adults',
      'The child has frequent police contact, which may indicate that they are being exploited',
    ],
    source: 'complex_safeguarding_wales', // [D]; named in the brief from inquiry reports
    unlessNear: [
      // Round 23: beside a label that already names the child as an offender or a sex worker ("has a criminal lifestyle
      // and is well known to the police", "a child sex worker known to officers"): the tuning sets mark the label only.
      'lifestyle|worker|workers|prostitute|prostitutes|criminal|criminals',

      ...ADULT_OR_OTHER_CUES,
      'address|addresses|house|flat|premises|family|families|group|groups|vehicle|car|location|venue|associates|nominal|nominals|driver|drivers|owner|occupant|occupants|tenant|resident|residents|boyfriend|partner',
      `friend|gentleman|${AGE_TOKENS}`,
      'landlord|landlords|landlady|manager|shopkeeper', // probe 24: "the landlord is known to police for violence"
      // Session 22b: the child's abuser ("her pimp is known to police"), and people named in a plural relative clause ("older
      // males from the estate, who are known to police for supply").
      'pimp|pimps|groomer|groomers|trafficker|traffickers|abuser|abusers',
      'who|whom are|were [all|both|also] [well] known',
      // Probe 23: a parent as the subject of both clauses ("Her mum is a sex worker and is known to the police").
      'mum|mother|dad|father|stepdad|stepfather|stepmum|parent|parents|uncle|aunt|brother|sister|cousin is|was|are|were|has|had [*] [*] [*] and is|are|was|were|has|have [been] [also|well] known',
    ],
    window: 5,
  },
  {
    id: 'overstayer',
    patterns: ['overstayer|overstayers', 'illegal|illegally working|worker|workers|employed', 'working|works|worked|employed illegally'],
    category: 'criminalises_child',
    explanation: 'Frames a child who may have been trafficked by their immigration status or as an illegal worker, not as a child at risk of exploitation.',
    alternatives: [
      'The child may have been trafficked for labour exploitation: consider a National Referral Mechanism referral',
      'Record how the child came to be working and for whom',
    ],
    source: 'complex_safeguarding_wales', // [D]; SOURCES.md 2d: a child cannot consent to being trafficked
  },
  // ---- The child's own words (inside quotation marks only) ----
  // ===== Round 3 (2027-01): concept families written as variants (pronouns, tenses, negation, intensifiers), the
  // child's own words in quotation marks (`quoted: 'required'`), and scare quotes (`quoted: 'scare'`). =====

  {
    id: 'own_words_work',
    // "I'm just working", "I work for them", "it's my job": a child describing criminal exploitation as their work.
    // Only inside quotation marks: outside them the working_* entries and their drug-supply cues apply.
    patterns: [
      "i'm|im|i’m|we're|we’re|were [just|only] working|grafting|hustling|shotting|trapping|dealing|selling",
      'i|we am|was|were|are [just|only] working|grafting|hustling|shotting|trapping|dealing|selling',
      "i've|ive|i’ve|we've|we’ve [just|only] been working|grafting|hustling|shotting|trapping|dealing|selling",
      'i|we [just|only] work|sell|deal|shot|graft|hustle for them|him|her|the|my|someone|people',
      'i|we have|got|need [to] keep|carry [on] working|grafting|shotting|selling|dealing',
      "it's|its|it’s|that's|thats|that’s [just|only] [a|my] job|graft|hustle|work",
      'it is|was [just|only] [a|my] job|graft|hustle|work',
      'my graft|hustle|line|earnings',
      'i make|made|making [good|easy|quick|fast|bare|proper] money|cash|ps|p’s',
      "i make|made|making [good|easy|quick|fast|bare|proper] p's",
    ],
    quoted: 'required',
    category: 'criminalises_child',
    explanation:
      'The child’s own words describe criminal exploitation as a job or a business. Exploiters teach children to see it this way; record the words as the child’s and name the exploitation.',
    alternatives: [
      'The child describes this as work; concern that they are being criminally exploited by [who]: record what they are made to do and what they are given',
      'Adults are using the child in drug supply and paying them to keep them involved: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"; [E] "working"
    unlessNear: [
      'shop|bakery|café|cafe|restaurant|saturday|sunday|weekend|weekends|paper|papers|apprenticeship|college|school|homework|maths|coursework|project|manager|chippy|takeaway|tesco|asda|supermarket|market|garage|salon|hairdresser|hairdressers|farm|site|placement|experience|babysitting|gym|football|training',
      'working|work|works on|out|hard|towards|through|together|with',
      'selling|sell|sold|sells clothes|trainers|sweets|cakes|stuff on|online|vinted|depop|ebay',
    ],
    window: 6,
  },
  // ---- Scare quotes: a relationship word the author doubts ----
  {
    id: 'scare_quoted_work',
    patterns: ['job|jobs|work|working|errand|errands|favour|favours|favor|favors|business|shift|shifts|deliveries|delivery|runs|drops|missions|mission|graft'],
    quoted: 'scare',
    category: 'criminalises_child',
    explanation:
      'Work words in scare quotes show that the writer doubts them: the child is likely being made to carry, hold or sell for others. Name the criminal exploitation.',
    alternatives: [
      'The child is being made to [carry/hold/sell] for [who]: concern of criminal exploitation',
      'Adults are using the child to move drugs or money: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    unlessNear: [
      // Round 23: "favours" in return for a place to stay are the adult's price (landlord_label), not work.
      'return|exchange for favour|favours|favor|favors',
    ],
  },
  // ---- Consent and choice ----
  {
    id: 'joined_group',
    patterns: ['joined|joins|joining|join'],
    quoted: 'sufficient',
    category: 'criminalises_child',
    explanation: 'Presents being drawn into a gang or drug line as the child signing up. Children are groomed into these groups and controlled once inside.',
    alternatives: ['The child has been groomed into [group] by [who]', 'The child is being criminally exploited by an organised crime group'],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
    requiresNear: [...DRUG_SUPPLY_CUES, 'crew|crews|squad|olders|elders|postcode|ends|opps|affiliated'],
    unlessNear: [
      'club|clubs|team|teams|gym|cadets|scouts|guides|choir|band|class|classes|course|college|school|army|chat|call|meeting|queue|library|youth|group|session|sessions|programme|program|project|us|staff|police|officers',
    ],
    window: 6,
  },
  // ---- Criminal exploitation framed as the child's trade ----
  {
    id: 'holding_line',
    patterns: [
      'holding|holds|held|hold|running|runs|ran|run|manning|manned|answering|answers|answered the|a|his|her|their deal|drug|drugs|burner|work|graft line|phone|lines|phones',
      'bagging|bagged|bags|bag up',
      'cutting|cut|cuts|cooking|cooked|cook up [the] [drugs|crack|heroin|cocaine|rocks]',
      'on a mission|missions',
      'holding|holds|held|manning|manned|answering|answers|answered the|a|his|her|their line|phone|lines|phones',
    ],
    category: 'criminalises_child',
    explanation: 'Uses the drug line’s own words for the tasks a child is made to do, which presents criminal exploitation as the child’s work.',
    alternatives: [
      'The child is being made to [hold the phone/bag drugs] for [who]: concern of criminal exploitation',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE language
    requiresNear: DRUG_SUPPLY_CUES,
    quoted: 'sufficient',
    unlessNear: [
      // Round 23: adults who took over the child's home to do it ("older lads have taken over Ryan's room to bag up drugs").
      // Review 23B: the home taken over, not "Kai has taken over the deal line".
      'taken|took|take|takes over [the|his|her|their|a] [*] [*] flat|flats|home|house|room|bedroom|address|property|place|kitchen',

      ...CHILD_CENTRED_CCE_CUES,
      'shopping|leaves|rubbish|clothes|toys|groceries|hair|paper|cake|cakes|food|dinner|tea|vegetables|call|chat|hold|waiting',
      // The one holding the line uses children: an adult described in the line's words is not a child criminalised.
      'children|kids|youngsters|runners|recruits|recruiting',
    ],
    window: 8,
  },
  {
    id: 'criminal_label',
    patterns: [
      'is|was|as|become|became|becoming|been a|an [young|little|hardened|proper|real|petty|habitual|serious|budding|seasoned|committed] criminal|crook|thug|gangster|gangsta|villain',
      // Round 24: the contracted copula ("Dad said "he's a gangster now, not my problem"").
      "he's|she's|hes|shes a|an [young|little|hardened|proper|real|petty|habitual|serious|budding|seasoned|committed] criminal|crook|thug|gangster|gangsta|villain",
      'a|an known|young|hardened|budding|seasoned|committed|little criminal|crook|gangster|villain',
    ],
    category: 'criminalises_child',
    explanation: 'Labels an exploited child a criminal. Children who are made to commit offences are victims of criminal exploitation.',
    alternatives: [
      'The child has been made to commit offences by [who]: concern of criminal exploitation',
      'The child is a victim of criminal exploitation: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender
    // Round 24: a denial of the label, not any "not" after it ("he's a gangster now, not my problem"); an adult by age.
    unlessNear: [
      ...ADULT_OR_OTHER_CUES,
      'victim|treated|seen|viewed|criminalised|criminalising|record',
      'not|never|no [a|an] [young|little|real|proper] criminal|crook|thug|gangster|gangsta|villain',
      // Fix 24A: a denial by belief ("does not believe he is a criminal", "Nobody at the unit thinks he's a criminal"); the
      // child's words about an adult after ("He's a criminal, said Jade about her stepdad").
      'not|never believe|believes|believed|accept|accepts|accepted|think|thinks|thought [that] he|she|they',
      'nobody|no-one|noone|none [*] [*] [*] think|thinks|thought|believe|believes|believed|says|said',
      'said|says|told [*] about|of her|his|their stepdad|stepfather|dad|father|uncle|brother|mum|mother|partner|boyfriend|cousin',
      "isn't|wasn't|isn’t|wasn’t|nobody|no-one|none",
      AGE_TOKENS,
    ],
    window: 4,
  },
  {
    id: 'escaped_placement',
    patterns: [
      "escaped|escapes|escaping|escape from [the] [her|his|their] [children's|children’s|residential|care|foster] home|placement|unit|care|carers|hospital|school",
      'on the run',
      'went|goes|gone|going on the run',
    ],
    category: 'criminalises_child',
    explanation: 'Words of escape from custody treat a child who goes missing from care as an escaped offender, not as a child at risk of harm.',
    alternatives: [
      'The child went missing from [placement]: record where they were found and who they were with',
      'The child is missing and may be with people who exploit them',
    ],
    source: 'cara_prior_art', // same reasoning as "absconded"
    unlessNear: ['police|officers|suspect|suspects|man|men|adult|adults|offender|offenders|dog|dogs|horse|horses|fire', 'from police'],
    window: 3,
  },
  {
    id: 'mule_label',
    patterns: ['mule|mules|muling', 'drugs|drug|cash|money carrier|carriers|courier|couriers'],
    category: 'criminalises_child',
    explanation: 'Names the child by the crime adults use them for. A child used to carry drugs or money is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited to carry drugs or money for [who]',
      'Adults are using the child to move drugs or money: consider an NRM referral',
    ],
    source: 'yjlc', // [C] 2022 guide flags "money mule"
    unlessNear: [
      'stubborn|donkey|donkeys|farm|horse|horses|slipper|slippers',
      'used|uses|using|use her|him|them as', // probe 24: "the perpetrators used her as a drug mule" (the adults' act)
    ],
  },
  // ---- Criminalising ----
  {
    id: 'own_words_drug_role',
    // The child's own words: "I'm just a runner", "I'm a drug dealer", "I'm a grafter", "I graft".
    patterns: [
      "i'm|im|i’m [just|only] a runner|runner-boy|shotter|lookout|dealer|grafter|courier",
      'i am|was [just|only] a runner|runner-boy|shotter|lookout|dealer|grafter|courier',
      "i'm|im|i’m [just|only] a drug|drugs dealer|runner",
      'i am|was [just|only] a drug|drugs dealer|runner',
      'i graft|hustle',
    ],
    quoted: 'required',
    category: 'criminalises_child',
    explanation:
      'The child describes themselves by the role adults give them in drug supply. Record the child’s words, and record that they are being criminally exploited.',
    alternatives: [
      'The child describes being used to carry or sell drugs; record who controls them: concern of criminal exploitation',
      'Record the child’s words as said, and that adults are using the child in drug supply',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
  },
  {
    id: 'scare_quoted_dealer',
    // A referral that calls the child "a dealer" or "a runner" in quotation marks.
    patterns: ['dealer|runner|grafter|shotter|gangster', 'drug dealer|runner', 'gang member'],
    quoted: 'scare',
    category: 'criminalises_child',
    explanation: 'Labels the child by the role adults give them in drug supply. A child selling or carrying drugs for others is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited to carry or sell drugs by [who]',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: child is a victim
    unlessNear: ['his|her|their|mum|dad|brother|sister|cousin|uncle|man|men'],
    window: 2,
  },
  {
    id: 'acting_as_lookout',
    // "Acting as a lookout and runner for the group": the task named as the child's role; the second role word in a
    // list ("lookout and runner") is a second label.
    patterns: ['acting|acts|acted|act as a|the lookout|look-out|runner|courier|mule|dealer'],
    category: 'criminalises_child',
    explanation: 'Names the child by a task adults make them do in drug supply or crime. The child is being criminally exploited.',
    alternatives: [
      'The child is being made to keep watch or carry for [who]: concern of criminal exploitation',
      'Adults are using the child in crime: record who and what',
    ],
    source: 'complex_safeguarding_wales', // [D]
    unlessNear: ['race|relay|athletics|marathon|cross-country|football|game|games|play|drama|role|school'],
    window: 4,
  },
  {
    id: 'second_role_word',
    // The second role word in a list ("a lookout and runner for the group").
    patterns: ['and|or [a] runner|courier|dealer|mule'],
    category: 'criminalises_child',
    explanation: 'Names the child by a task adults make them do in drug supply or crime. The child is being criminally exploited.',
    alternatives: [
      'The child is being made to keep watch or carry for [who]: concern of criminal exploitation',
      'Adults are using the child in crime: record who and what',
    ],
    source: 'complex_safeguarding_wales', // [D]
    requiresNear: ['lookout|look-out|lookouts|courier|couriers'],
    window: 3,
  },
  {
    id: 'continues_to_offend',
    patterns: [
      'continues|continued|continuing|continue|keeps|kept to offend|reoffend|re-offend|offending|reoffending',
      'criminality',
      'as a|an co-conspirator|accomplice|accessory',
      'co-conspirator|co-conspirators',
      'young thief|thieves|criminals|shoplifters|robbers|burglars|dealers',
    ],
    category: 'criminalises_child',
    explanation:
      'Describes the child by their offending. Exploited children are often made to commit crimes, and the label stops professionals asking who is behind it.',
    alternatives: [
      'The child has been made to commit offences on behalf of [who]: consider whether they are being criminally exploited',
      'The child is a victim of criminal exploitation who has been made to commit offences',
    ],
    source: 'yjlc', // [C] CCE: victim not offender
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'organised|organized|serious|adult|adults|their|gang|gangs|perpetrator|perpetrators|suspects|exploiters|network|networks|ocg|men|males',
      // Round 29C: "a victim of trafficking for forced criminality" names the exploitation.
      'forced|compelled|coerced criminality',
      // Round 32: what the child was exploited or trafficked for ("exploited for labour and criminality", "trafficked for
      // criminality"): the exploitation named, as in an NRM form.
      'exploited|trafficked|groomed|used|exploitation|trafficking for|into [labour|sexual|criminal|forced] [exploitation] [and] criminality',
    ],
    window: 2,
  },
  {
    id: 'seen_as_aggressor',
    // "Police view Stacey as the aggressor" when she hit back at the man who grabbed her.
    patterns: ['view|views|viewed|treat|treats|treated|treating|saw|see|sees|seen|regard|regards|regarded|recorded [*] as the|an aggressor|instigator'],
    category: 'criminalises_child',
    explanation: 'Treats a child who reacted to abuse as the aggressor. A child who lashes out at an abuser is still the victim of that abuse.',
    alternatives: [
      'The child hit out when [who] grabbed them: record what the adult did first',
      'The child is a victim of [abuse]; record the incident from their account as well as the adult’s',
    ],
    source: 'childrens_society_2018', // the guide's principle: a victim, not an offender
    unlessNear: ADULT_OR_OTHER_CUES,
    window: 2,
  },
  {
    id: 'drug_line_work',
    // The child named as a worker in drug supply: "an established line worker", "a street-level supplier", "doing
    // shifts on a phone line", "on the books of a local dealer", "known to deal", "gets paid in drugs", "selling pills".
    patterns: [
      'line|trap worker|workers',
      'street-level|street supplier|suppliers|seller|sellers|dealer|dealers',
      'street level supplier|suppliers|seller|sellers|dealer|dealers',
      'doing|does|did|do|working|works|worked|work shifts|shift',
      'on the books of|for',
      'paid|pays|pay|paying in drugs|weed|cannabis|gear|crack|pills',
      'selling|sells|sold|sell pills|ket|ketamine|mdma|ecstasy|spice|gear|class|wraps|nos|balloons',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Describes the child as a worker or trader in drug supply. A child selling or carrying drugs for others is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited to sell or carry drugs for [who]',
      'Adults are using the child in drug supply: record who controls it, and consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    requiresNear: [...DRUG_SUPPLY_CUES, 'dealer|supply|supplies|supplying|pills|ket|festival|festivals'],
    unlessNear: [
      // Round 23: drugs as the price of sexual abuse ("she was paid in drugs by the men who abused her").
      // Review 23B: the abusers who paid, or drugs for sex; not any abuse in the sentence ("was raped at one last summer").
      'who|that abused|abuse|abuses|raped|rape|rapes|sexually',
      'for|exchange|return|trade for sex|sexual',

      ...OTHER_PERSON_CUES,
      ...CHILD_CENTRED_CCE_CUES,
      'shop|supermarket|café|cafe|factory|nursing|ward|hospital|library|production|assembly|front|frontline|help|helpline|support|care|customer|service|bus|train|rail|checkout|football|club|agency|agencies',
    ],
    window: 7,
  },
  {
    id: 'known_to_deal',
    patterns: ['known|believed|thought|suspected to deal|sell|supply', 'known|believed|thought|suspected to be dealing|selling|supplying'],
    category: 'criminalises_child',
    explanation: 'Describes the child as a known dealer. A child selling drugs is being criminally exploited by the people who supply them.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]',
      'Concern that the child is being used in drug supply: record who controls it',
    ],
    source: 'yjlc', // [C] CCE language: the child is exploited, not "dealing"
    unlessNear: [
      ...ADULT_OR_OTHER_CUES,
      'deal|sell|supply with|well|badly|cards|clothes|cakes|food|tickets|sweets|stuff|online|vinted|ebay|depop|meals|information|support|sex|herself|himself|themselves|images|pictures|photos|nudes|content',
    ],
    window: 3,
  },
  {
    id: 'selling_for_group',
    // "Selling for the Birmingham boys", "holding for older lads": selling or holding for a named group, where the
    // adults nearby are the ones the child sells for (selling_for keeps its adult veto for "the men are selling").
    // Round 19: the span ends at "for", and the group is the cue, so that a label for the group ("olders") is its own
    // finding instead of being swallowed (three tuning-set lines annotate both).
    patterns: ['selling|sells|sold|sell|shotting|grafting|holding|holds|held|hold for'],
    requiresNear: ['for [the] * boys|lads|olders|elders|crew|gang|group|man|men', 'for [the] older|olders|elders|lads|boys|them|others|someone'],
    ...FOR_GROUP,
  },
  {
    id: 'carrying_for_group',
    patterns: ['carrying|carried|carry|carries for'],
    // Round 19: carrying for others or for the olders, split from selling_for_group (which also takes "the group").
    // Round 28: an adult named ("carrying for an adult male").
    requiresNear: ['for others|them|someone', 'for [the] older|olders|elders', 'for a|an|the [older] adult|adults|man|men|male|males'],
    ...FOR_GROUP,
  },
  {
    id: 'plug_package',
    patterns: ['plug|plugs [the|a|some] package|packages|parcel|parcels|drugs|wraps|gear|it|them'],
    category: 'criminalises_child',
    explanation: 'Uses the exploiters’ word for drugs hidden inside the body. Children are forced to do this, and it can kill them.',
    alternatives: [
      'The child was made to hide drugs inside their body by [who]: this is a medical emergency and criminal exploitation',
      'Adults forced the child to carry drugs internally',
    ],
    source: 'yjlc', // [C] 2022 guide flags "plugging"; 2022 revision spotlight on drugs carried internally
    requiresNear: [...DRUG_SUPPLY_CUES, 'train|package|packages|parcel|parcels|bus|coach|carry'],
    unlessNear: ['charger|socket|laptop|phone|gap|gaps|leak|hole|holes|in|into|sink|bath'],
    window: 6,
  },
  {
    id: 'working_as_sex_work',
    // "Working as a prostitute": "working" frames the abuse as work (the word after it is the prostitution entry).
    patterns: ['working|works|worked as a|an'],
    category: 'criminalises_child',
    explanation: 'Calls the sexual exploitation of a child work, which presents abuse as a trade the child carries out.',
    alternatives: ['The child is being sexually exploited by [who]', 'Adults are sexually abusing the child for money: record who'],
    source: 'nspcc', // [E] "working" legitimises CCE
    requiresNear: ['prostitute|prostitutes|escort|escorts|hooker|sex'],
    window: 2,
  },
  // ---- Round 9: everyday paraphrases of the same ideas (families with hard negatives in variants.test.ts) ----
  {
    id: 'foot_soldier',
    patterns: [
      'foot soldier|soldiers',
      'footsoldier|footsoldiers|foot-soldier|foot-soldiers',
      `pushing|pushes|pushed|push weed|drugs|gear|crack|pills|cannabis|coke|ket`,
      'criminal mindset|mentality',
      'entrenched in offending|crime|criminality|gang|gangs|gang-related',
      'acts|acting|acted|act as [a|the] lookout|look-out',
      'sorts|sorting|sorted|sort [a] [few] bags|bag|wraps|parcels for',
      'employed|hired by [the] [*] line|lines|gang|group|network|olders|crew',
      'bottling|bottled [the] drugs|package|packages|wraps|it',
      'abscound*',
    ],
    category: 'criminalises_child',
    explanation: 'Describes the child as a worker or offender in the group that exploits them. The child is a victim of criminal exploitation.',
    alternatives: ['The child is being criminally exploited by [who]: consider an NRM referral', 'Adults are making the child [hold, move or sell] drugs'],
    source: 'childrens_society_2022', // the guide's principle: CCE language
  },
  {
    id: 'serving_up',
    patterns: ['serving|serves|served|serve up', 'does|doing|did|do runs|drops to'],
    category: 'criminalises_child',
    explanation: 'Uses the supply trade’s own word for what the child is made to do. The child is being criminally exploited.',
    alternatives: ['Adults are making the child sell drugs in [place]: consider an NRM referral'],
    source: 'childrens_society_2022',
    requiresNear: [...DRUG_SUPPLY_CUES, 'found|cash|money|train|coach|weekend|weekends|area|town|city', ...EXPLOITATION_CONTEXT_CUES.slice(0, 1)],
    unlessNear: ['food|meal|meals|dinner|lunch|breakfast|tea|coffee|drinks|customers|tennis|badminton|volleyball|restaurant|cafe|café|canteen'],
    window: 10,
  },
];

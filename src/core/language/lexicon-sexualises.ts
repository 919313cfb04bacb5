import { ADULT_CUES, AGE_NUMBERS, LABEL_FRAME_CUES, OTHER_PERSON_CUES, PRONOUN_POSS, PRONOUN_SELF, SEXUAL_CUES } from './lexicon-cues.ts';
import { CHILD_AGE_NUMBERS, CHILD_AGE_TOKENS } from './lexicon-parts.ts';
import type { LexiconEntry } from './types.ts';

// The victim-blaming lexicon's founding entries for wording that sexualises the child (`sexualises`). lexicon.ts gives the
// design rules and assembles the whole lexicon; each entry cites its guide (sources.ts).
export const SEXUALISES_ENTRIES: readonly LexiconEntry[] = [
  // ===== Child sexual exploitation: consent, choice and sexualising labels =====
  {
    id: 'promiscuous',
    patterns: ['promiscu*', 'promiscous|promiscious|promiscius'], // common misspellings
    category: 'sexualises',
    explanation:
      'Calls a child who is being sexually abused sexually loose, which puts the blame on the child and hides the adults who are abusing them. Inquiries found this word used about exploited children in Rotherham and elsewhere.',
    alternatives: [
      'The child is being sexually exploited: record who the adults are, their ages and what was given or promised',
      'Concerns that the child has been sexually abused by several people',
    ],
    source: 'childrens_society_2018', // the guide's principle; the word is named in issue 4 from the inquiries
    // Round 29: a network card's mode ("put the wireless adapter into promiscuous mode to capture the traffic",
    // "packet sniffing in promiscuous mode", "the NIC was left in promiscuous mode").
    unlessNear: ['mode|modes|adapter|adapters|adaptor|adaptors|nic|packet|packets|router|routers|sniffing|sniffer|wireshark'],
  },
  {
    id: 'prostitution',
    patterns: ['prostitut*', 'rent boy|boys', 'rent-boy|rent-boys', 'on the game', 'working girl|girls'],
    category: 'sexualises',
    explanation:
      'A child cannot be a prostitute. The term was removed from legislation and official statistics because it treats child sexual abuse as work the child does.',
    alternatives: ['The child is being sexually exploited', 'Adults are paying to sexually abuse the child: this is child sexual abuse'],
    source: 'ons_terminology', // "Child prostitute / child prostitution" row, SOURCES.md 3
    // Round 20: "on the game" is also an online game, where adults groom children ("an adult on the game befriended
    // him", "talking to strangers on the game"; two tuning-set lines).
    unlessNear: [
      // Round 23: an adult woman's own work ("the adult woman was working as a prostitute in the flat").
      // Review 23A: the adult as the subject, not "Kayla, 15, was working as a prostitute alongside adult women" or "Amy,
      // 15, and the older woman were working as prostitutes".
      'the|an adult woman|female',
      'woman|mum|mother was|is [working] [as] [a] prostitute|prostitutes',

      'gaming|gamer|gamers|xbox|playstation|ps4|ps5|fortnite|roblox|minecraft|console|headset|server|discord|befriended|befriends|strangers|chatting|talking|messaging|messaged|players',
      'met|meets|meet|someone|somebody [*] [*] on the game',
      // Round 24: a person, account or message right before ("the man on the game", "the comments from the man on the
      // game", "messaged the 12 year old on the game"): the prostitution sense follows a verb ("is on the game").
      // Fix 24A: not girls, boys, friends or "the 14 year old on the game" (the prostitution sense); a child messaged there.
      'man|men|person|people|account|accounts|user|users|player|players|adult|adults|stranger|strangers|comments|comment|messages|message|chat|chats|guy|guys|someone|somebody on the game',
      'messaged|message|messages|messaging|contacted|contacts|chatted|chatting|spoke|talked|talking [to|with] the|a|an [*] [*] [*] old|olds|girl|girls|boy|boys on the game',
    ],
    window: 4,
  },
  {
    id: 'sells_herself',
    patterns: [
      `sells|selling|sold|sell ${PRONOUN_SELF}`,
      `sells|selling|sold|sell ${PRONOUN_POSS} body|bodies`,
      // Round 22: the whole phrase, so that "known to be selling his body" is not read as drug dealing (known_to_deal).
      `known to be selling ${PRONOUN_POSS} body|bodies`,
      'sells|selling|sold|sell sex',
      'sells|selling|sold|sell sexual favours|favors|services',
    ],
    category: 'sexualises',
    explanation: 'Says the child is trading in sex, when adults are buying sexual access to a child. It blames the child for their own exploitation.',
    alternatives: ['Adults are paying to sexually abuse the child', 'The child is being sexually exploited: record who arranges it and who pays'],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
  },
  {
    id: 'child_pornography',
    patterns: ['child|children|kiddie|kiddy|underage pornography|porn', 'child-porn|kiddie-porn'],
    category: 'sexualises',
    explanation: 'Pornography suggests consenting adults. Every such image records the sexual abuse of a child.',
    alternatives: ['Child sexual abuse material (CSAM)', 'Images of the sexual abuse of a child'],
    source: 'language_matters', // [B] lists "Child pornography"
  },
  {
    id: 'revenge_porn',
    patterns: ['revenge porn|pornography', 'revenge-porn'],
    category: 'sexualises',
    explanation: 'Suggests the child did something to deserve it. Sexual images of a child are child sexual abuse material, however they were shared.',
    alternatives: ['Sharing of sexual images of the child without consent: child sexual abuse material', 'Image-based sexual abuse of the child'],
    source: 'language_matters', // [B] "Child pornography" row, same reasoning
  },
  {
    id: 'sex_worker',
    // Session 21: with "underage" or "child" before it, longer than underage_sex's "underage sex" (check.ts byPreference).
    patterns: ['[underage|under-age|child] sex worker|workers|work|working', '[underage|under-age|child] sex-worker|sex-workers|sex-work'],
    // Round 25: an adult who sells sex ("the adult sex worker who reported the men to police", fresh24; "her mother is a sex
    // worker").
    unlessNear: [...OTHER_PERSON_CUES, 'adult|woman|women [*] sex|sex-worker|sex-workers', 'woman|women|mother|mothers who is|are|was|were a|an|adult sex'],
    category: 'sexualises',
    explanation: 'Treats the sexual abuse of a child as a job. A child cannot be a sex worker.',
    alternatives: [
      'The child is being sexually exploited',
      'Adults are selling the child for sexual abuse: this is child sexual exploitation and may be trafficking',
    ],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
  },
  {
    id: 'provocative_dress',
    patterns: [
      'provocative|provocatively|inappropriately|sexily|seductively|revealingly|scantily dressed|clad',
      'dressed|dresses|dress|dressing provocatively|sexily|seductively|revealingly|older',
      'provocative|revealing|sexy clothing|clothes|outfit|outfits',
      'dressed|dresses|dress like a tart|slag|slut|woman',
      `dressed|dresses|dress|dressing like she's|she’s|shes ${AGE_NUMBERS}`,
      `dressed|dresses|dress|dressing like she is|was ${AGE_NUMBERS}`,
      // "dresses like she's twenty" (round 21)
      "dressed|dresses|dress|dressing like she's|she’s|shes twenty|thirty|forty|twenty-five|twenty-one",
      'dressed|dresses|dress|dressing like an|a adult|grown-up',
      // "the way she was dressed" (Safe and Sound, Derbyshire: comments on clothes as if they invite abuse)
      'the way she|he was|is|were dressed|dresses',
    ],
    category: 'sexualises',
    explanation: 'Comments on a child’s clothes as if they invite abuse. What a child wears never explains or excuses abuse.',
    alternatives: [
      'Describe what happened to the child and who did it; clothing is only relevant if someone bought it for them or told them what to wear',
      'Concern that adults have given the child new clothes (record who and what)',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'flirtatious',
    labelFrame: true,
    patterns: ['flirtatious|flirtatiously|flirty'],
    category: 'sexualises',
    explanation: 'Describes a child in adult sexual terms, which shifts attention from adults who target them to the child’s manner.',
    alternatives: [
      'Record what adults said or did towards the child',
      'The child may be showing learned sexualised behaviour, which can be a sign of sexual abuse',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Only about a child's manner towards adults: between children the word is ordinary.
    requiresNear: [...LABEL_FRAME_CUES, ...ADULT_CUES, 'staff|carers|professionals|doctor|doctors|officers|police|workers|him|them'],
    window: 8,
  },
  {
    id: 'flirting_with_adults',
    labelFrame: true,
    patterns: ['flirting|flirts|flirted|flirt with'],
    // Round 7: a driver is an adult in the child's world ("flirting with the van driver").
    category: 'sexualises',
    explanation: 'Describes adults’ sexual interest in a child as the child flirting, which puts the responsibility on the child.',
    alternatives: ['Adults (record who) are showing sexual interest in the child', 'Concern that adults are grooming the child'],
    source: 'durham_scp', // [F]
    requiresNear: [...ADULT_CUES, 'driver|drivers|taxi|van|punters|customers'],
  },
  {
    id: 'seductive',
    patterns: ['seductive|seductress|temptress|lolita|vixen', 'seduced|seduces|seducing|seduce him|them|men|staff|adults'],
    category: 'sexualises',
    explanation: 'Casts the child as the one who caused an adult’s sexual behaviour, which is how abusers excuse themselves.',
    alternatives: ['The adult sexually abused the child (record who)', 'Record what the adult said and did'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'sexually_experienced',
    patterns: ['sexually experienced|precocious|advanced|mature|aware|knowledgeable', 'hypersexual|oversexed|over-sexed|nymphomaniac', 'highly sexed'],
    category: 'sexualises',
    explanation:
      'Describes the child as sexually adult, which makes abuse look like the child’s nature. Sexual knowledge beyond a child’s age can itself be a sign of abuse.',
    alternatives: [
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
      'Concern that the child has been sexually abused: record what was seen or said',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
  },
  {
    id: 'sleeps_around',
    patterns: ['sleep|sleeping|slept around', 'sleeps|sleeping|slept around', 'easy|loose girl|girls'],
    category: 'sexualises',
    explanation: 'Slang that brands a child as sexually loose. It blames the child and hides that they may be abused by several people.',
    alternatives: ['Concerns that the child has been sexually abused by several people (record who, if known)', 'The child is being sexually exploited'],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'has_a_reputation',
    // "She has a reputation", "got a bit of a reputation with the lads": gossip about a girl's sexual history. Not "a
    // reputation for" (violence, lateness) or "as" (a good listener), and not in the criminal sense on the estate.
    patterns: ['has|had|got|gets|getting|gained|earned|earning a [bit] [of] [a] [bad] reputation'],
    category: 'sexualises',
    explanation: 'Repeats gossip about a child’s sexual history. It blames the child and can hide that adults or peers are abusing them.',
    alternatives: [
      'The child is being talked about in a sexual way by [who]: concern about sexual harassment or exploitation',
      'Concerns that the child has been sexually abused by several people (record who, if known)',
    ],
    source: 'childrens_society_2018', // the guide's principle
    unlessNear: ["for|as|gang|gangs|violence|violent|fighting|fights|estate|road|streets|business|shop|school’s|school's|company|firm"],
    window: 3,
  },
  {
    id: 'easy_label',
    patterns: ['easy'],
    category: 'sexualises',
    explanation: 'Slang that brands a child as sexually available. It blames the child and excuses the people who abuse them.',
    alternatives: [
      'Concerns that the child has been sexually abused by several people (record who, if known)',
      'The child is being sexually harassed: record who said it',
    ],
    source: 'childrens_society_2018', // the guide's principle
    // Only as a label for the child: "seen as easy", "known as easy", "boys say she is easy".
    requiresNear: [
      'known|seen|called|labelled|labeled|described|regarded|thought|reputation|reputed as|for|of [being]',
      'boys|lads|men|males|guys|everyone|everybody say|says|said|think|thinks|thought',
      'slag|slut|slapper|sexual|sexually|sex',
      "she's|she’s|shes [so|really|dead|well|proper]",
      'she is [so|really|dead|well|proper]',
      // Round 23: "known to be easy with the older men", "police record the 14-year-old as easy among the lads".
      'she|girl|girls|yp|child|they was|is|were|are known|thought|said|considered|seen|believed|reputed to be',
      // Review 23B: "as easy among the lads", not "he seems easy among the lads in his team"; "known to the lads as easy".
      'as easy among|with [the] [older] lads|boys|men|males|guys',
      'known to [the] * [*] [*] [*] as easy',
      // Round 24: "Leah is easy according to the other residents".
      'easy according to',
      // Round 26: the label hung on a named child or a pronoun ("a teacher's email described Mollie as \"easy\"", "the men
      // call her \"easy\"").
      'described|describes|describing|labelled|labeled|labels|branded|brands|regarded|regards * as [being]',
      'call|calls|called|calling her',
      // Round 28: the label hung on a girl or a named child by a bare copula ("Girl is easy and goes with anyone",
      // "Kacey is \"easy\" and gets passed around"); a thing that is easy is vetoed below.
      'girl|girls|lass|lasses|yp|child|daughter is|was|are|were [so|really|dead|well|proper|just] easy',
      'is|was easy and|everyone|everybody',
    ],
    // "easy to" after the word, not the "to" of "known to be easy" (round 23). Review 23B: an easy baby, easy company, a
    // journey easy for her or called easy by mum.
    unlessNear: [
      'easy to',
      'infant|baby|babies|toddler|feeding|feeds|feeder|sleeping|sleeper|temperament|company',
      'easy for her|him|them|me|us|you',
      'easy by mum|mam|dad|staff|carers|her|him|them',
      'maths|work|task|tasks|homework|test|exam|question|questions|target|targets|way|life|option|read|reading|going|peasy|win',
      // Review 26: easy money or cash ("he described it as easy money"), a routine or a thing described as easy ("Mum
      // described bedtime as easy since the move"), now that "described * as" is a cue for any word in between.
      'money|cash|pickings',
      'bedtime|bedtimes|mornings|morning|routine|routines|transition|move|visit|visits|journey|lesson|lessons|session|sessions|settling|handover|process|procedure|day|days|week|weeks|term',
      // Round 28: a thing, not a person, as the subject ("it was easy and quick").
      'it|this|that|which|everything|anything|nothing|something|life|parking|access is|was|seems|seemed [so|really|very|quite] easy',
      'form|forms|paperwork|app|website|system|recipe|game|puzzle|walk|drive|route|bus|train|shift|exercise|bed|kit|machine',
    ],
    window: 4,
  },
  {
    id: 'slurs',
    patterns: [
      'slag|slags|slut|sluts|slapper|slappers|whore|whores|skank|skanks|hoe|hoes',
      'a|little tease|temptress|seductress|lolita|jezebel|tart',
      'uses|used|using her looks|body|sexuality',
    ],
    category: 'sexualises',
    explanation: 'A sexual insult. If it records what others called the child, put it in quotation marks and say who said it.',
    alternatives: ['[Name] called the child “…” (record who said it and where)', 'The child is being sexually harassed or bullied'],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'looks_older',
    patterns: [
      `looks|looked|looking|appears|appeared much|far older than ${PRONOUN_POSS} age|years`,
      `looks|looked|looking|appears|appeared older than ${PRONOUN_POSS} age|years`,
      'looks|looked|looking|appears|appeared|seems|seemed [much|far|a|lot|years] [lot] older than 10|11|12|13|14|15|16|17|she|he|they',
      'looks|looked|looking|appears|appeared [much|far] older for her|his|their age',
      'looks|looked|looking|appears|appeared about|around|like|over 16|17|18|19|20|21|22|23|24|25',
      'looks|looked|looking|appears|appeared like an adult|woman',
      // Round 25: "looks like a grown woman", "looked like a grown man" (tune9).
      // Review 25A: not "seems like a grown man when he talks about his diabetes care" (maturity, not looks).
      'looks|looked|looking|appears|appeared like a grown woman|man|adult',
      `well|physically developed for ${PRONOUN_POSS} age`,
      `well-developed for ${PRONOUN_POSS} age`,
      `could|can pass for ${AGE_NUMBERS}`,
      'could|can pass for an adult',
      'looks|looked|looking|appears|appeared|seems|seemed [much|far|way|years|a] [lot] older',
      'looks|looked|looking|appears|appeared|passes|passed|passing 16|17|18|19|20|21|22|23|24|25',
      'passes|passed|passing for [an] 16|17|18|19|20|21|22|23|24|25|adult|woman|man',
      // "14 going on 40": the child's age set beside an adult one.
      '10|11|12|13|14|15|16|17 going on 18|19|20|21|25|30|35|40|50|thirty|forty',
    ],
    // Round 19: "looks older in her new glasses", "in her new school photo" (two tuning-set lines, no finding).
    // Round 25: dressed up for an occasion ("looked like a grown man in his dad's suit at the wedding").
    unlessNear: [
      'glasses|photo|photos|picture|haircut|uniform|spectacles',
      'suit|suits|wedding|costume|graduation|gown',
      // Review 25A: a kit, a prom, or maturity in caring for siblings ("looked like a grown man in his football kit",
      // "appeared like a grown adult in how she managed her little brothers").
      'kit|prom|managed|manages|manage|managing|brothers|sisters|siblings',
    ],
    window: 6, // round 22: "looks older in her new school photo"

    category: 'sexualises',
    explanation: 'Offers the child’s appearance as if it explained an adult’s behaviour. Abusers use it as an excuse; the child’s age is what matters.',
    alternatives: ['The child is [age]: adults who target them know or should know they are a child', 'Record the child’s age and what the adult did'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  // ---- Blame, disbelief and character labels ----
  {
    id: 'led_on',
    // "leads men on" casts the child as a sexual tease: sexualises (the reading of three of four annotated uses, round
    // 21); encouraging the adults' advances stays blame (encouraged_advances).
    // Session 23: one man ("she led him on") is blame in the tuning sets (led_him_on_round39): the child made the cause
    // of what that man did.
    patterns: ['led|leading|leads|lead them|men|boys|lads on', 'led|leading|leads|lead the men|boys|lads on'],
    category: 'sexualises',
    explanation:
      'Casts the child as a tease who draws men on, which sexualises the child and blames them for the adult’s sexual interest. The adult is responsible for what they do, whatever the child did.',
    alternatives: ['Focus on what the adult did: record their actions and their age', 'The adult targeted the child: concern of grooming'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Leading someone on a way: "led the men on to the bridge", "leads them on a tour", "led them on a chase through the
    // estate", "led the boys on a merry dance" (review 21).
    unlessNear: [
      'on to|into|towards|toward|through|along|across|past|up|down',
      'on a|an|the|his|her|their [*] [*] chase|dance|tour|walk|journey|trip|route|ride|hunt|path|mission|run|pursuit',
    ],
    window: 1,
  },
  // ---- Sexualising ----
  {
    id: 'provocative',
    labelFrame: true,
    patterns: ['provocative|provocatively|suggestive|suggestively|seductively'],
    category: 'sexualises',
    explanation: 'Describes the child as sexually provocative, which moves responsibility from the adults to the child.',
    alternatives: ['Focus on what the adults did: record their ages and actions', 'The child is being sexualised by adults: concern of grooming'],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...ADULT_CUES,
      ...SEXUAL_CUES,
      'dress|dresses|dressed|dressing|clothes|clothing|outfit|outfits|pose|poses|posing|behaviour|behaviours|behavior|behaves|acts|acting|manner|towards',
    ],
    unlessNear: ['question|questions|comment|comments|remark|remarks|statement|article|title|language|art|debate|ideas'],
  },
  {
    id: 'mature_for_age',
    patterns: [
      `mature|grown-up|advanced beyond ${PRONOUN_POSS} years|age`,
      `mature|grown-up|advanced for ${PRONOUN_POSS} age`,
      'grown up beyond|for her|his|their years|age',
      // Round 22: "Keeley is sexualised beyond her years" (the sexual frame is in the words themselves).
      `sexualised|sexualized|knowing beyond ${PRONOUN_POSS} years|age`,
    ],
    category: 'sexualises',
    explanation: 'Describing an exploited child as mature was used to treat them as an adult and to excuse the adults who abused them.',
    alternatives: ['The child is [age]: record what the adults did', 'Concern that adults are treating the child as older in order to exploit them'],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "looks older than her age"
    // Round 21: with the child's age beside it ("the 15-year-old is mature for her age", "describes the 13 y/o as mature
    // beyond her years"): adultification, which reviews found (Child Q, Hackney 2022). Not on a copula alone: "he is
    // mature for his age and wants to be a mechanic" is a school's praise (check.test.ts).
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...ADULT_CUES,
      ...SEXUAL_CUES,
      CHILD_AGE_TOKENS,
      '10|11|12|13|14|15|16|17 y|yo|year|yr|yrs',
      // Round 32: the child's age given in the same breath ("his girlfriend is 15 and mature for her age", "she's only
      // 14 but mature for her age").
      // Review 32: as an adult's partner or played down by "only", not any child's age ("Amir is 17 and mature for his
      // age; he has applied for an apprenticeship", "she is 16 but mature for her age and reliable": praise).
      `boyfriend|girlfriend|gf|partner|wife|friend is|was|aged [only|just] ${CHILD_AGE_NUMBERS} and|but`,
      `only|just ${CHILD_AGE_NUMBERS} and|but`,
      `sexualised|sexualized beyond ${PRONOUN_POSS} years|age`,
      // Session 23: beside the child's relationship ("very mature for her age and understands the risks of her
      // relationship").
      'her|his|their relationship|relationships',
    ],
    window: 8,
  },
  {
    id: 'pimp_escort',
    patterns: ['pimp|pimps|pimped|pimping', 'as an escort', 'escort work|agency|agencies|service|services|girl|girls|boy|boys', 'escorting work'],
    category: 'sexualises',
    explanation: 'Uses the language of sex work for the sexual exploitation of a child. Children cannot be sex workers or escorts: they are being abused.',
    alternatives: ['The child is being sexually exploited by [who]', 'The adult who is sexually exploiting the child (record their name and age)'],
    source: 'ons_terminology', // child prostitution terms removed from legislation and statistics
    // A court or custody escort ("the escort service took Liam to the youth court") (round 21).
    unlessNear: ['court|courts|custody|prison|prisoner|secure|transport|ambulance|hospital'],
  },
  {
    id: 'throws_self_at',
    patterns: [`throws|throwing|threw|throw ${PRONOUN_SELF} at`, 'all over the men|older|adults|man'],
    category: 'sexualises',
    explanation: 'Describes the child as pursuing adults sexually. The adults are responsible for any sexual contact with a child.',
    alternatives: ['Adults (record their ages) are targeting the child', 'Concern that the child is being groomed: record what the adults did'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'boy_mad',
    patterns: [
      'boy-mad|man-mad|boy-crazy|man-crazy|maneater|man-eater|boy-obsessed|man-obsessed',
      'boy|man|men mad|crazy|obsessed|hungry',
      `flaunts|flaunting|flaunted|flaunt ${PRONOUN_SELF}|${PRONOUN_POSS}|body`,
      'sexually available|forward|confident|savvy|mature|knowing|charged',
      'sexualised|sexualized [young] girl|boy|child|teenager|teen',
      'very|highly|overly|quite|extremely sexualised|sexualized',
    ],
    category: 'sexualises',
    explanation: 'Describes the child in sexual terms, which moves attention from the adults who target them to the child’s nature or manner.',
    alternatives: [
      'Record what adults said or did towards the child',
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
    unlessNear: ['behaviour|behaviours|behavior|behaviors|images|content|material|abuse|language'],
    window: 2,
  },
  {
    id: 'sexualising_descriptions',
    patterns: [
      'gagging for it',
      'knows|knew|know what men|boys|guys|lads|blokes want|like|wanted|liked',
      'early developer|bloomer',
      "attracts|attracted|attracting|attract|draws|drew|gets|got [a] [lot] [of] [lots] male|men’s|men's|adult|older attention",
      'attracts|attracted|attracting|attract|draws|drew attention from men|males|adults|older',
      'teen|teenage|child|underage|young escort|escorts',
      'too|very|overly knowing',
      'a bit of a player|flirt|tease|maneater',
      'a real player|flirt|tease|maneater',
      'such a player|flirt|tease|maneater',
      '[very|quite|overly|really] forward with|towards|around men|boys|males|adults|older',
      'dresses|dressed|dress|dressing much|far|way older',
      'dresses|dressed|dress|dressing a lot older',
      'underwear|lingerie|sexy|saucy|dirty|naughty|topless pics|pic|selfies|snaps',
      'sexual favours|favors|services',
      'offers|offered|offering|offer|trades|traded|trading|exchanged|exchanging sexual favours|favors|services',
      `got|gets|getting ${PRONOUN_SELF} a name|reputation`,
      'always has|had a new lad|boy|man|boyfriend',
      'new lad|boy|man|boyfriend on the go',
    ],
    category: 'sexualises',
    explanation: 'Describes the child in sexual terms or by their looks and manner, which moves attention from the adults who target them to the child.',
    alternatives: [
      'Record what adults said or did towards the child',
      'The child is being targeted by [who]: record what happened and where',
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
    unlessNear: [
      'football|team|game|games|chess|music|piano|guitar|sport|rugby|squad|cricket|tennis|hockey|drama|class|brother|sister|sibling|cold|weather|coat|rain',
      'moved|moving|move|moves|going|carry|carried|taken|brought|put|plan|plans|looking|look|work|project|projects|group',
      'academically|academic|reading|reader|maths|work|schoolwork|emotionally|handled|handles|responsible|sensible',
      // "charged with paying for the sexual services of a child": the adult's offence, as police and CPS word it.
      'paying|paid|pay|pays for the [sexual] services|favours|favors',
    ],
    window: 8,
  },
  {
    id: 'mature_older_looks',
    // "Comes across as very mature and much older than 14", "wearing very little when officers found her".
    patterns: [
      'very|so|really mature',
      'much|far|way older than 12|13|14|15|16',
      'wearing|wore very little',
      'wearing|wore next to nothing',
      'wearing|wore hardly|barely anything',
      'dressed in very little',
    ],
    category: 'sexualises',
    explanation:
      'Describes the child by how grown-up or undressed they look. Comments on a child’s looks and manner were used to excuse the adults who abused them.',
    alternatives: ['Record what adults said or did towards the child', 'The child was found with [who] at [place]: record what happened to them'],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "looks older than her age"
    requiresNear: [
      ...ADULT_CUES.slice(0, 1),
      'comes|came|come across',
      'carries|carry|carried herself|himself',
      'officers|police|found|car|party|flat|hotel|makeup|make-up|dresses|dressed',
    ],
    unlessNear: [
      'brother|sister|sibling|siblings|cousin|cold|weather|coat|rain|snow|emotionally|handled|handles|responsible|sensible|interview|meeting|answers|work|schoolwork',
    ],
    window: 8,
  },
  {
    id: 'precocious_near_adults',
    labelFrame: true,
    patterns: ['precocious'],
    category: 'sexualises',
    explanation: 'Calls a child sexually precocious, which blames the child’s nature for the attention of adults who target them.',
    alternatives: [
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
      'Record what adults said or did towards the child',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
    requiresNear: [...ADULT_CUES, ...SEXUAL_CUES, 'provocative|provocatively|flirtatious|flirty|flirting|seductive'],
    unlessNear: ['academically|reader|reading|talent|talented|musically|intellectually|vocabulary|maths|chess|language'],
    window: 6,
  },
  // ---- Round 9: everyday paraphrases of the same ideas (families with hard negatives in variants.test.ts) ----
  {
    id: 'sexualising_paraphrase',
    patterns: [
      'came|comes|coming|come on to him|them|men',
      'came|comes|coming|come on to the man|men',
      'touting for business|trade|custom',
      'working|works|worked the streets|street|beat',
      'puts|put|putting it about|around',
      'very|quite|too|so revealing',
      'little flirt|tease',
      'a proper|real flirt',
      'provocative|sexy|suggestive selfies|photos|pictures|pics|poses|photographs',
      'teases|teasing|teased the [older] men|lads|boys|man',
      'looks|look|looked like a grown woman|man|an adult',
      'physically well developed|well-developed|mature',
      'could|would easily pass for',
    ],
    category: 'sexualises',
    explanation: 'Describes the child in sexual terms or by their looks. It shifts attention from the adults who target the child.',
    alternatives: ['Record what adults said or did towards the child', 'The child is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018',
    unlessNear: [
      'academic|academically|sport|sports|football|kindness|reliable|reliability|honest|hard-working|teacher|teachers|pupil|pupils|behaviour|behavior|class',
      // Probe 25: a business touting ("the taxi firm was touting for business in the lobby").
      // Review 25B: the firm as the one touting, not "a driver said".
      'firm|firms|company|companies|shop|shops|trader|traders|stall|stalls|restaurant|cab|cabs|drivers|driver|touts [was|were|is|are|been|kept|keep] touting|touts|touted',
    ],
  },
  {
    id: 'reputation',
    patterns: ['has|had|got|gets a reputation'],
    category: 'sexualises',
    explanation: 'Repeats gossip about the child’s sexual behaviour. It labels the child and hides the adults and peers who abuse them.',
    alternatives: ['Record what has been said about the child, by whom, and whether images or rumours are being used to control them'],
    source: 'childrens_society_2018',
    requiresNear: [...SEXUAL_CUES, 'boys|men|lads|older|easy|loose|estate|slag|slut|around'],
    unlessNear: ['late|lateness|punctual|reliable|hard-working|helpful|kind|clever|funny|football|sport|fighting|violence|violent'],
    window: 8,
  },
];

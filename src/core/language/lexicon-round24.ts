import { ADULT_AGE_CUES, ADULT_CUES, AGE_NUMBERS, AGE_TOKENS, OTHER_PERSON_CUES, SAME_AGE_PARTNER_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';
import { MENTOR_WORDING, OFFENDER_WORDING } from './lexicon-wording.ts';

// Round 24: families of wording from the tuning sets (fresh23 first), each written for its inflections and variants and
// checked against ordinary sentences that share its words (round24.test.ts). Sources as in lexicon.ts (sources.ts,
// shared/SOURCES.md section 3).

// Online abuse: chat, images, a contact met in a game.
const ONLINE_CUES = [
  'online|internet|snapchat|instagram|whatsapp|tiktok|discord|telegram|facebook|game|games|gaming|gamer|gamers|fortnite|roblox|xbox|playstation|account|user|users|platform|app',
  'sextortion|groom*|blackmail|blackmailed|nudes|nude|images|pics|pictures|photos|videos|webcam|livestream|streaming',
];
// Fix 24A: an adult age of 20 or more (friend_adult_round24, friends_adult_round24).
const AGE_20_NUMBERS = AGE_NUMBERS.split('|').slice(2).join('|');
const AGE_20_TOKENS = AGE_TOKENS.split('|')
  .filter((t) => !/^1[89]/.test(t))
  .join('|');
// Review 24-2: the adults a child is said to bring other children to (recruits_others_round24).
const RECRUIT_ADULTS = "men|man|man's|men's|male|males|adult|adults|lads|olders|elders|dealers|gang|abusers|perpetrators";
// Friends, classmates and siblings: chat or pictures between children.
const PEER_CUES = ['friend|friends|mate|mates|classmate|classmates|sister|brother|cousin|peers|peer'];

export const ROUND_24_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'online_harm_trifled_round24',
    // Online abuse recorded as chat, a prank or a few pictures: "it was only a few pics, he'll get over it", "the user was
    // grooming a 12 year old but it was just chat", "the sextortion was a prank between gamers" (fresh23 judgement call).
    patterns: [
      'only|just a few|couple [of] pics|pictures|photos|images|nudes|selfies|snaps|videos',
      'only|just a pic|picture|photo|image|nude|selfie|snap',
      'is|was|were|are just|only|simply|merely chat|chatting|messages|messaging|texts|texting|flirting|banter',
      // With the adult, one finding ("Mia was just chatting to the man in the game").
      '[is|was|were|are] just|only|simply chatting|talking|messaging|texting to|with [the|a|an|this|that|some] [older] man|men|adult|adults|male|males|stranger|strangers|user|users|guy|guys',
      'is|was|were|are [just|only|simply] a|an prank|joke|wind-up|windup',
      'as a|an [harmless] prank|joke|wind-up|windup',
    ],
    category: 'minimises_harm',
    explanation:
      'Records online abuse as chat, a joke or a few pictures. An adult’s sexual messages to a child, requests for images and threats to share them are abuse, whatever was sent.',
    alternatives: [
      'An adult [age, account] sent sexual messages to the child / obtained images of the child: record what was sent and asked',
      'The child is being threatened with sharing of images (sextortion): report to police and CEOP',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    requiresNear: ONLINE_CUES,
    unlessNear: [
      ...PEER_CUES,
      // Pictures of a holiday, a pet or a school event; a joke in class.
      'holiday|holidays|trip|album|wedding|birthday|dog|cat|pet|class|lesson|assembly|drama|sports|football|school|camera|printed|print|frame|art',
      // Fix 24A: a party, a match, a rota, a setting's app for parents.
      "party|parties|match|matches|rota|setting|setting's|setting’s|nursery|parents",
    ],
    window: 10,
  },
  {
    id: 'came_to_work_round24',
    // A trafficked child recorded as having come to work: "the Albanian boy came here to work and is not a trafficking
    // victim", "she came to the UK to work in a nail bar" (fresh23 judgement call: presence at a place of work recorded as
    // coming of their own accord).
    patterns: [
      // With the adverb before it, one finding ("voluntarily came to the UK to work").
      '[voluntarily|willingly|freely] came|come|comes|travelled|traveled|moved here|over to work|earn',
      '[voluntarily|willingly|freely] came|come|comes|travelled|traveled|moved to the uk|england|britain|country|city to work|earn',
      'is|was|are|were here to work|earn',
      'came|come|comes|travelled|traveled|moved here|over for work|money',
      'came|come|comes|travelled|traveled|moved to the uk|england|britain|country|city for work|money',
      // One finding with the agreement before it ("agreed to come to the UK to work", not two).
      'agreed|agrees|wanted|wants|decided|chose to come|travel|move here|over to work|earn',
      'agreed|agrees|wanted|wants|decided|chose to come|travel|move to the uk|england|britain|country|city to work|earn',
    ],
    category: 'implies_consent',
    explanation:
      'Records a trafficked child as having come to work. Children moved to work in nail bars, cannabis farms or car washes are victims of trafficking, whatever they agreed to at the start.',
    alternatives: [
      'The child was brought to [place] and made to work: consider an NRM referral and a trafficking assessment',
      'The child says they came to work: record who arranged the journey, who they owe and who keeps the money',
    ],
    source: 'yjlc', // [C] trafficked children are victims, not offenders or workers
    requiresNear: [
      'boy|boys|girl|girls|child|children|yp|teenager|teenagers|lad|minor|minors|unaccompanied|uasc|trafficking|trafficked|nrm|victim|age-assessed|age',
      '10|11|12|13|14|15|16|17 [year|yr|years] [old]',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|woman|women|adult|adults|worker|workers|staff|nurse|nurses|doctor|doctors|visa|student|students|seasonal',
      // Someone else who came, or came round to work on something ("her boyfriend came over to work on the car").
      'boyfriend|girlfriend|partner|husband|wife|uncle|neighbour|friend|builder|plumber|electrician',
      'over|round to work on the|his|her|a|their',
      AGE_TOKENS,
      `aged ${AGE_NUMBERS}`,
    ],
    window: 10,
  },
  {
    id: 'happy_working_round24',
    // A child in labour exploitation read as content: "the Vietnamese boy is happy working at the nail bar and does not
    // want to leave", "seems content to work at the car wash".
    patterns: [
      'is|was|are|were|seems|seemed|appears|appeared happy|content|keen|glad to work at|in|for',
      'is|was|are|were|seems|seemed|appears|appeared happy|content|keen|glad working',
      'enjoys|enjoyed|likes|liked|loves|loved working at|in|for',
    ],
    category: 'implies_consent',
    explanation: 'Reads a child’s compliance with the people who make them work as contentment. Trafficked children often say they are happy and owe a debt.',
    alternatives: [
      'The child is working at [place] for [who]: record the hours, the pay, any debt and who holds their documents; consider an NRM referral',
      'The child’s apparent willingness may be the result of debt bondage, threats or control',
    ],
    source: 'yjlc', // [C] trafficked children are victims
    requiresNear: [
      'nail|nails|car|wash|cannabis|farm|farms|takeaway|factory|brothel|trafficked|trafficking|vietnamese|albanian|debt|owes|owe|owed|nrm|unpaid|documents|passport',
      'does|did not want to leave',
      "doesn't|doesn’t|didn't|didn’t want to leave",
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      "saturday|saturdays|weekend|weekends|apprenticeship|apprentice|placement|volunteer|volunteering|experience|paper|round|family|family's|family’s",
      // Fix 24A: a college course, a relative's business ("at the farm shop with his grandad").
      'college|course|grandad|grandfather|grandma|grandmother|uncle',
      'farm shop',
    ],
    window: 10,
  },
  {
    id: 'criminal_path_round24',
    // Exploitation into crime recorded as a road the child picked: "Connor chose a criminal path after leaving school",
    // "opted for the gang route". ("A life of crime", "a criminal career" and "criminal lifestyle" are their own entries,
    // life_of_crime_round22 and others.)
    patterns: [
      'chose|chosen|choose|chooses|choosing|picked|opted|opts|opting|took|taken [for] a|the criminal|crime|gang|offending|drug|drugs path|route|road',
      'chose|chosen|choose|chooses|choosing|picked|opted|opts|opting [for] a|the path|road|route of crime|offending',
      // "has chosen the streets over school", "chose street life", "chose the road" (slang for the drug trade). With "the",
      // not "chosen road running" (review 24-2).
      'chose|chosen|choose|chooses|choosing the streets|road|roads',
      'chose|chosen|choose|chooses|choosing street|gang life',
    ],
    category: 'implies_consent',
    explanation: 'Records criminal exploitation as a career the child picked. Children are groomed into crime by adults, with money, status, debt and threats.',
    alternatives: [
      'The child has been drawn into [offending] by [who]: record what was given, promised or threatened',
      'The child is being criminally exploited: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|adult|adults|perpetrator|perpetrators|dealer|dealers',
      AGE_TOKENS,
      `aged ${AGE_NUMBERS}`,
      // Review 24-2: streets picked for a walk, a survey or a project ("chose the streets of Hull as her theme", "the roads
      // near the school"), a title, and the writer's own "no child chooses street life".
      'the streets|street|roads|road around|of|near|with|that|which|where|along|between|close|nearest',
      'title|project|projects|theme|topic|survey|walk|campaign|photography|photo|photos|gcse|art|music|video|litter|sponsored|geography',
      'no child|children|kid|kids|young|teenager|teenagers|one',
    ],
  },
  {
    id: 'mentor_role_round24',
    // The adult recorded in the role he gives himself, as the child's mentor or sponsor: "the 2014 record said the man
    // was the boy's mentor and took him to London" (fresh23 judgement call: mentoring words for the abusing adult).
    patterns: ["boy's|girl's|child's|lad's|teenager's|yp's|boy’s|girl’s|child’s|lad’s mentor|sponsor"],
    ...MENTOR_WORDING,
    requiresNear: [...ADULT_CUES, 'took|takes|take|drove|drives|pays|paid|gives|gave|bought|buys|flat|house|stays|stayed'],
    unlessNear: [
      'learning|school|college|peer|youth|mentoring|programme|scheme|project|teacher|tutor|coach|church|mosque|visa|charity|sponsored|sponsorship|trust|dbs|volunteer|reading|session|sessions',
      // Fix 24A: a mentor from a gym or the Prince's Trust (a mentor is an adult: his age alone is no sign).
      "gym|boxing|club|prince's|prince’s|princes",
      'from the|a [*] [*] trust|gym|club|scheme|project|charity|programme|church',
    ],
    window: 8,
  },
  {
    id: 'claimed_relative_round24',
    // An adult who passes the child off as a relative, recorded in his words: "the man said the lad was his nephew but
    // they didnt look related", "came in with his uncle again, the man booked the room in cash" (fresh23 judgement call:
    // family words for the abusing adult).
    // Review 24-2: a brother or a sister too ("said he was her brother; they did not look alike"); a real sibling's own
    // errand ("her brother booked the room in cash for her birthday") is left by the vetoes below.
    patterns: ['uncle|nephew|niece|cousin|daughter|brother|sister'],
    category: 'adult_centred_label',
    explanation:
      'Names an adult by the family role he claims. Exploiting adults pass children off as relatives to book rooms and move them: record who the adult is and what was seen.',
    alternatives: ['An adult aged about [age], who said he was the child’s [relative], [what was seen]: the relationship is not confirmed'],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    requiresNear: [
      // Only doubted: "Jade and her sister look alike" is a sister.
      "didnt|doesnt|dont|didn't|doesn't|don't|didn’t|doesn’t|don’t look|looks|looked|seem|seems|seemed related|alike",
      'did|do|does not look|seem|appear related|alike',
      'not related',
      'by his|her first name',
      'room|rooms in|with|for cash',
      'paid|pays|paying cash for the|a room|rooms',
    ],
    // Fix 24A: a family occasion ("her cousin paid cash for the room for the family party", "a hen party").
    unlessNear: [
      'party|parties|wedding|hen|stag|birthday|holiday|funeral|christening|family',
      'for the|a family|hen|stag|birthday|christening party|parties|do|wedding|funeral',
      // The child's own sibling ("looks after her younger brother; they don't look alike"), a relative who speaks ("her
      // cousin said"). Review 24-2: "little" or "big" only with a sibling's errand, not in the claim itself ("told staff
      // she was his little sister", "who she says is her big brother").
      'her|his|their younger|older|elder|eldest|youngest|baby|twin brother|sister|brothers|sisters',
      'after|with|and|plus|visit|visits|visited|visiting|see|sees|saw|seeing her|his|their little|big brother|sister|brothers|sisters',
      'cousin|brother|sister|nephew|niece said|says|told',
      // Round 29C: as uncle_not_related, the adult's claim in reported words ("the man told her he was the girl's uncle").
      // Review 29C: the adult's words, not the child's ("she told staff he is her uncle; he is not related").
      'man|woman|male|female|adult|suspect told [her|him|them|staff|us|police|officers] he|she was|is the|her|his [*] uncle|aunt|auntie|aunty|cousin',
    ],
    window: 10,
  },
  {
    id: 'friend_adult_round24',
    // An adult named as the child's friend, with the adult's age beside it: "Ayaan stays with his friend who is 34 and
    // gives him money", "her friend, 29, picks her up" (fresh23; README: "older friend" for an adult is the abuser's
    // framing). my_mate_adult has the child's own "my mate"; older_friends the word "older".
    patterns: ['the|her|his|their|a|new friend|mate|pal|bestie'],
    category: 'adult_centred_label',
    explanation: 'Calls an adult around the child a friend, which presents a possible groomer as a peer and hides the age gap.',
    alternatives: [
      'An adult aged [age] the child spends time with: record how they met and what is given or expected',
      'An older person (record their age) whom the child trusts: concern that they are grooming or exploiting the child',
    ],
    source: 'language_matters', // [B] "spending time with … older men"; talk about contexts, not relationships
    // Fix 24A: 20 or over; an 18 or 19 year old friend at college is often a peer.
    requiresNear: [
      // Probe 25: a front-line writer's estimate or description ("his pal, who is about 40", "her mate, a man in his
      // thirties, picks her up").
      `friend|mate|pal|bestie [who] is|was|aged|who's [about|around|nearly|over|roughly] ${AGE_20_NUMBERS}`,
      // Review 25B: not "guy", said of boys too ("his friend, a guy from his class").
      'friend|mate|pal|bestie a|an [older|grown] man|bloke|fella',
      `friend|mate|pal|bestie ${AGE_20_NUMBERS}`,
      `friend|mate|pal|bestie ${AGE_20_TOKENS}`,
    ],
    // Someone else's friend ("mum's friend, 40"), a family friend; "friends" of an adult are the adult's.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      "family|uncle's|uncle|partner's|boyfriend's|girlfriend's|colleague|colleagues",
      `${AGE_NUMBERS} years|yrs ago`,
      // Fix 24A: the friend's partner.
      'boyfriend|partner of her|his|their friend',
      // Review 25B: a pregnancy, not an age ("her friend, who is about 20 weeks pregnant").
      // Review 25F: a distance or a time ("her friend, who is about 20 minutes away", "her mate, who is about 25 miles away").
      `${AGE_20_NUMBERS} weeks|months|minutes|mins|hours|miles|mile|km|metres|meters`,
    ],
    window: 4,
  },
  {
    id: 'friends_adult_round24',
    // The same in the plural, the ages given after a place or a clause: "with his mates from Fennamoor, who are all in
    // their twenties", "her friends, who are 22 and 25".
    patterns: ['her|his|their|new friends|mates|pals'],
    category: 'adult_centred_label',
    explanation: 'Calls adults around the child friends, which presents possible groomers as a peer group and hides the age gap.',
    alternatives: ['Adults aged [ages] the child spends time with: record how they met and what is given or expected'],
    source: 'language_matters', // [B] "spending time with … older men"
    requiresNear: [
      `who are|were [all|both] [aged] ${AGE_20_NUMBERS}`,
      'who are|were [all|both] [in] [their] twenties|thirties|forties|20s|30s|40s|mid-twenties|mid-thirties|late-twenties|early-twenties|adults',
    ],
    // Also the friends' relatives ("her friends' older brothers, who are in their twenties").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      "family|uncle's|uncle|partner's|boyfriend's|girlfriend's|colleague|colleagues",
      'friends|mates|pals [older|elder|big] brothers|sisters|dads|mums|parents|cousins|brother|sister|dad|mum|uncles',
      // Fix 24A: co-workers ("her friends who are in their twenties work with her at the cafe").
      'work|works|worked with her|him|them',
    ],
    window: 10,
  },
  {
    id: 'offender_copula_round24',
    // The label hung on the child by a copula, without a frame or an exploitation word: "Jordan is an offender and was
    // found with wraps of crack cocaine". Not "a suspect" (a procedural word, offender_label), nor an adult's record.
    patterns: ["is|was|he's|she's|hes|shes [now|just|simply] a|an offender|criminal", 'are|were [now|just|simply] offenders|criminals'],
    ...OFFENDER_WORDING,
    // The adults and relatives of ADULT_OR_OTHER_CUES, without its offender words (the match's own).
    unlessNear: [
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|dealer|dealers|exploiter|exploiters',
      ...OTHER_PERSON_CUES,
      AGE_TOKENS,
      `aged ${AGE_NUMBERS}`,
      'sex|sexual|registered|violent|domestic|prolific|convicted|released|prison|probation|mappa|nominal|nominals|older|olders',
      // Fix 24A: a denial by belief ("does not believe he is a criminal", "Nobody at the unit thinks he's a criminal").
      'not|never believe|believes|believed|accept|accepts|accepted|think|thinks|thought [that] he|she|they',
      'nobody|no-one|noone|none [*] [*] [*] think|thinks|thought|believe|believes|believed|says|said',
    ],
    window: 8,
  },
  {
    id: 'claimed_relative_said_round24',
    // The adult's claim, recorded: "the man claimed she was his niece when he booked the room", "passed her off as his
    // daughter at the hotel", "introduced the girl as his niece" (the same family as claimed_relative_round24).
    patterns: [
      'claimed|claims|claiming|pretended|pretends|pretending [that] she|he|they|the|girl|boy|lad [*] was|were|is|are|to be his|her|their niece|nephew|daughter|son|cousin|sister|brother',
      'passed|passes|passing her|him|them off as his|her|their niece|nephew|daughter|son|cousin|sister|brother',
      'introduced|introduces|introducing [the] her|him|them|girl|boy|lad|child as his|her|their niece|nephew|daughter|son|cousin|sister|brother',
    ],
    category: 'adult_centred_label',
    explanation:
      'Records an adult by the family role he claims. Exploiting adults pass children off as relatives to book rooms and move them: record who the adult is and what was seen.',
    alternatives: ['An adult aged about [age], who said he was the child’s [relative], [what was seen]: the relationship is not confirmed'],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    requiresNear: [...ADULT_CUES, 'hotel|room|rooms|booked|booking|reception|receptionist|cash|lift|guest|guests|check-in|checked|taxi|airport|border'],
    unlessNear: OTHER_PERSON_CUES,
    window: 12,
  },
  {
    id: 'pimp_child_round24',
    // The child recorded as the one who brings other children to the abusers: "a 2009 note described the girl as a pimp
    // for younger girls" (fresh23: the child's part recorded in the words of crime). An adult "pimp" stays pimp_escort.
    patterns: ['a|the pimp|recruiter|madam for [the] younger|other|her|his girls|boys|friends|children|kids'],
    category: 'criminalises_child',
    explanation:
      'Records a child who was made to bring other children to abusers as a pimp or recruiter. Abusers use exploited children to reach others; the child is a victim too.',
    alternatives: [
      'The child is being exploited and used by [who] to bring other children to them',
      'Adults are using the child to reach other children: consider an NRM referral',
    ],
    source: 'yjlc', // [C] exploited children are victims, not offenders
    unlessNear: [
      'man|men|male|males|adult|adults|woman|women|perpetrator|perpetrators',
      ...OTHER_PERSON_CUES,
      AGE_TOKENS,
      `aged ${AGE_NUMBERS}`,
      // Fix 24A: a recruiter for a team or club.
      'team|teams|netball|football|club|squad|choir|band',
    ],
    window: 6,
  },
  {
    id: 'likes_being_with_round24',
    // The child's liking for the adults who give them things, recorded as the reason: "I like being with them, they buy
    // me stuff", "she loves spending time with the older men because they give her money".
    patterns: ['like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed being|hanging|spending|staying [time] with them|him|the|those|these|older'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Records the child’s liking for adults who give them things as if it were consent. Gifts and attention are how grooming works.',
    alternatives: ['The child says they like being with [adults, ages], who give them [what]: concern that they are being groomed'],
    source: 'docsbay_alternatives', // [A] "concerns exist that the child may have been groomed/coerced"
    requiresNear: [
      'buy|buys|bought|gives|gave|give|giving|money|stuff|gifts|cash|drugs|weed|vodka|lifts|trainers|phone',
      'man|men|male|males|olders|elders',
      ...ADULT_AGE_CUES,
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'friends|mates|class|classmates|team|club|cousins|grandparents|grandad|uncle|foster|carers|staff|family|siblings|animals|horses|dogs|football|school|college|youth',
      // Fix 24A: who "them" are, said at the end ("..., she said of her foster carers").
      'said|says|say|told of|about her|his|their foster|carers|grandparents|nan|gran|aunt|uncle|family',
    ],
    window: 10,
  },
  {
    id: 'no_concerns_episode_round24',
    // "No concerns" written over an episode of risk: a missing episode or a return interview ("RHI: no concerns; yp chose
    // to stay at a friend's"), a night at a hotel or with an adult ("nothing happened at the hotel; no concerns, case
    // closed", "no concerns, the 12-year-old was at her 19-year-old boyfriend's house"), or fun ("no concerns, just
    // teenagers having fun"). Four lines in four tuning sets.
    patterns: ['no concerns [raised|noted|identified|expressed|reported|voiced|found]'],
    category: 'minimises_harm',
    explanation:
      'Closes an episode of risk with "no concerns". It records no concern about where the child was, who with and what happened, which is the concern.',
    alternatives: [
      'The child was [where] with [who, ages] from [time] to [time]: record what they said and what is not known',
      'Record what was checked and what is still not known about the episode',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    requiresNear: [
      'rhi|mfh|misper|hotel|hotels|missing|overnight|episode|absent|absence|located|curfew',
      'case closed',
      'nothing happened',
      'having fun',
      ...ADULT_AGE_CUES,
    ],
    // Not a couple of the same age at a clinic ("his girlfriend, also 16, attended together for condoms; no concerns"), nor
    // no concerns found about someone or something named.
    unlessNear: [
      ...SAME_AGE_PARTNER_CUES,
      'also|both 15|16|17',
      'no concerns about|regarding|re|with|over|for|at|in',
      'no concerns were|was found|noted|raised|identified|disclosed|reported about|regarding|with|over|for',
      // What the child told ("no concerns were disclosed"), not a verdict.
      'no concerns were|was disclosed|shared|mentioned',
      // Round 29C: right after "safe and well", the minimising wording the annotators mark ("returned safe and well, no
      // concerns"), as return_glossed_round15.
      'safe and well no [further|other] concerns|concern|issues|problems',
      'school|attendance|health|development|weight|growth|parenting|hygiene|conditions|housing|learning|sleep|eating|teeth|dental|medication|vaccinations',
      'both are|were [over] adults|18',
      // An ordinary night away ("overnight respite went well, no concerns", "family holiday at a hotel; no concerns").
      'respite|holiday|holidays|residential|trip|wedding|birthday|sleepover|camp|foster|carers|nan|gran|grandparents|family|dofe|scouts|guides',
      'no concerns raised|noted|identified|expressed|reported|voiced at|about|regarding|re|with|over|for|in',
      'panel|panels|meeting|conference',
    ],
    // Fix 24A: the episode and what makes it ordinary often stand in the clause before the ; ("Overnight stay at the hotel
    // for the school trip; no concerns"), as the requiresNear cues do: a trip, a check or inspection, an authorised
    // absence, a relative's home; not the persons above.
    unlessNearAcross: [
      'respite|holiday|holidays|residential|trip|wedding|birthday|sleepover|camp|dofe|scouts|guides',
      // A routine check, not "she checked her phone".
      'curfew|night|welfare|room|bed|overnight|safe|safety check|checks',
      'checked on her|him|them',
      'inspected|inspection|authorised|funeral|flood',
      "at her|his|their aunt's|aunt’s|auntie's|auntie’s|uncle's|uncle’s|nan's|nan’s|gran's|gran’s|grandparents",
      'as per the|her|his care|safety plan',
      // Round 29C: a parent's own partner ("her mum's new boyfriend is 28 and has been checked by police; no concerns").
      // Review 29C: the partner checked ("mum's new boyfriend is 28 and has been checked by police"), not "mum's boyfriend
      // says no concerns", "her mum's boyfriend is 35 and Kayla, 14, stays at his flat overnight; no concerns".
      "mum's|mum’s|mam's|mam’s|mother's|mother’s|dad's|dad’s|father's|father’s|nan's|gran's|aunt's|auntie's [new|current] boyfriend|girlfriend|partner|fella|bloke [*] [*] [*] [*] [*] [*] checked|vetted|checks|check",
    ],
    window: 10,
  },
  {
    id: 'recruits_others_round24',
    // The exploited child recorded as the one who brings other children to the abusers: "is a recruiter who brings
    // younger pupils to the lads", "is grooming younger lads for the gang", "was recruiting younger pupils to carry",
    // "had introduced other girls to the men", "brings them along to the older lads' flat" (six lines in four tuning
    // sets). Abusers use exploited children to reach others.
    patterns: [
      'recruiting|recruits|recruited|recruit|grooming|grooms|groomed [other|younger|the|her|his] [younger|other] girls|boys|lads|pupils|kids|children|friends|ones|residents|peers to|for|into',
      // Review 24-2: bringing, introducing or taking children only to the adults ("had introduced other girls to the men",
      // "brings them along to the older lads' flat"), not to a flat, a hotel, a group or the police.
      `introducing|introduces|introduced|introduce|bringing|brings|brought|bring [other|younger|the|her|his] [younger|other] girls|boys|lads|pupils|kids|children|friends|ones|peers to [the|his|her|their|some] [older] ${RECRUIT_ADULTS}`,
      `brings|bringing|brought|bring|takes|taking|took them along|round|over to [the|his|her|their|some] [older] ${RECRUIT_ADULTS}`,
      // One finding with the label before it ("is a recruiter who brings younger pupils to the lads").
      'a|the recruiter|recruiters|groomer|groomers who|that brings|brought|recruits|recruited|grooms|groomed|introduces|introduced|takes|took [other|younger|the|her|his] [younger|other] girls|boys|lads|pupils|kids|children|friends|ones|residents|peers|them',
    ],
    category: 'criminalises_child',
    explanation:
      'Records a child who was made to bring other children to abusers as a recruiter or groomer. Abusers use exploited children to reach others; the child is a victim too.',
    alternatives: [
      'The child is being exploited and used by [who] to bring other children to them',
      'Adults are using the child to reach other children: consider an NRM referral',
    ],
    source: 'yjlc', // [C] exploited children are victims, not offenders
    requiresNear: [
      // Not a party on its own ("brought her friends to her birthday party").
      'men|man|lads|olders|elders|gang|gangs|group|flat|flats|car|cars|dealers|line|lines|hotel|adults|drugs|carry|carrying|sell|selling|trap',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      // The adults as the subject are check.ts adultIsSubject ("The men are grooming younger lads for the gang"); here
      // only the ones named right before the verb.
      // Review 24-2: males, abusers, a boyfriend or a driver too ("Older males groomed her friends for sex at the flat").
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|dealer|dealers|abuser|abusers|boyfriend|driver|drivers|olders|elders|gang|gangs [who] [is|are|was|were|has|have|had] [been] recruiting|recruits|recruited|grooming|grooms|groomed|bringing|brings|brought|introducing|introduced',
      'staff|teacher|teachers|coach|coaches|worker|workers|school|club|team|church|mosque|youth|class|lesson|scouts|cadets|choir|project',
      'birthday|sleepover|cinema|bowling|shopping|beach|match|concert|disco|prom',
      // Review 24-2: a sports side ("recruited other lads for five-a-side").
      'five-a-side|football|rugby|cricket|netball|basketball|training|fixture|tournament|gym|boxing',
      'forced|made|coerced|pressured|pressurised|threatened|exploited|used|told|ordered|expected|expect|expects',
      // Review 24-2: a denial or no evidence ("she denies bringing other girls to the men").
      'denies|denied|deny|denying',
      'no evidence',
      // "complicit in bringing other girls to the flat" is complicit's finding, one per line.
      'complicit|involved|involvement in',
      'play|playing|fifa|xbox|playstation|console', // review 24E: games at a friend's house
    ],
    window: 10,
  },
  {
    id: 'going_back_despite_round24',
    // A return to the place of harm recorded as the child's own doing in spite of everything: "Callum is going back to
    // the flat even after everything, I dont get it", "goes back to the house despite what happened".
    patterns: [
      'going|goes|went|go|gone|keeps|kept|returning|returns|returned|return back to the|that|this|those|his|their flat|flats|address|addresses|house|hotel|trap|takeaway|men|olders|group|gang',
      'returning|returns|returned|return to the|that|this|those|his|their flat|flats|address|addresses|house|hotel|trap|takeaway|men|olders|group|gang',
    ],
    category: 'implies_consent',
    explanation:
      'Presents the child returning to the people or place that harm them as their choice, when it is a sign of how strongly they are being controlled.',
    alternatives: [
      'The child is being drawn back to [place / people]: record how (threats, debt, affection, substances)',
      'The abusers are drawing the child back: plan disruption of the adults, not only the child’s movements',
    ],
    source: 'complex_safeguarding_wales', // [D] "Go back to their exploiters" -> "they are being controlled"
    // Review 24-2: in spite of the harm or of everything, not "even though there was no reply", "despite the dog",
    // "anyway", "every time she forgets her inhaler"; every time the child is moved away.
    requiresNear: [
      'even after everything|all|what',
      'after all that|this|they|he|she',
      'despite|regardless [of] everything|this|that|what|all|it',
      'despite|regardless [of] the|her|his|their|all|any risk|risks|danger|dangers|harm|abuse|exploitation|assault|assaults|threats|warnings|concerns|injuries',
      'despite being placed|moved|warned|told|relocated|rehomed|assaulted|attacked|hurt|beaten|raped',
      // Round 25: despite staff trying to stop it ("despite staff trying to stop her at the door", "despite our
      // efforts", fresh24); carers, police and workers are vetoes below.
      "despite|regardless [of] [the] staff|staff's|everyone|everyone's|us|our trying|tries|tried|attempts|efforts|pleas|pleading",
      'despite having been placed|moved|warned|told|relocated|rehomed|assaulted|attacked|hurt|beaten|raped',
      'even after being placed|moved|warned|told|relocated|rehomed|assaulted|attacked|hurt|beaten|raped',
      'even after having been placed|moved|warned|told|relocated|rehomed|assaulted|attacked|hurt|beaten|raped',
      'every|each time he|she|they [has|have|had] [is|was|are|were|gets|got|been] placed|moved|rehomed|relocated',
    ],
    // A choice word with it is the choice entries' one finding ("is choosing to return to the address despite the CAWN",
    // "went back to the flat willingly each time").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'home|placement|school|college|foster|carers|unit|work|hospital|hostel|refuge',
      'choose|chooses|chose|chosen|choosing|decision|decided|decides|decide|opted|opting|willingly|voluntarily|wants|wanted',
      // Review 24-2: a professional, a suspect or a family going back; a refusal, fear, coercion or a risk.
      'police|officer|officers|pc|pcso|pcsos|worker|workers|visitor|housing|suspect|suspects|boyfriend|driver|landlord|family|families',
      'refused|refuses|refuse|refusing|scared|afraid|frightened|terrified|made|forced|risk|if',
      'told|asked|ordered to by',
      // Review 24E: an errand or an activity ("to collect her passport", "to look for her cat", "for her DofE session").
      'collect|fetch|passport|cat|dog|dofe|session|cancelled|closed|waited',
    ],
    window: 8,
  },
  {
    id: 'lad_trifled_round24',
    // A boy's abuse by an adult woman read as a boy's success: "Ollie is a bit of a lad, the texts with that woman are
    // just him showing off", "a lucky lad".
    patterns: ['a bit of a lad', 'a ladies man', 'lucky lad|boy'],
    category: 'minimises_harm',
    explanation: 'Reads an adult’s sexual contact with a boy as the boy’s success. Boys are sexually abused and exploited too, and the adult is responsible.',
    alternatives: ['An adult woman [age] has been sending sexual messages to / having sexual contact with the child: this is abuse'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    // The adult named as a woman or by age, not "a lucky lad to have such a supportive teacher".
    requiresNear: ['woman|women|lady|ladies|sex|sexual|sexually', ...ADULT_AGE_CUES],
    // Fix 24A: a sexual health session or lesson.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'lottery|raffle|prize|won|escaped|survived|injury|injured|accident|crash|fall|supportive|support|caring',
      'sexual health|education',
    ],
    window: 12,
  },
  {
    id: 'concern_historic_round24',
    // A current exploitation concern closed as past: "the county lines concern is historic and he is fine now", "the CSE
    // concerns are historical".
    patterns: [
      'concern|concerns|risk|risks|issue|issues|exploitation|cse|cce|involvement is|are|was|were [now|all] historic|historical',
      'concern|concerns|risk|risks|issue|issues|exploitation|cse|cce|involvement is|are|was|were [now|all] in the past',
      'concern|concerns|risk|risks|issue|issues|exploitation|cse|cce|involvement is|are|was|were [now|all] behind her|him|them',
    ],
    category: 'minimises_harm',
    explanation:
      'Closes a concern of exploitation as past. Exploiting adults often keep their hold on a child, and a quiet spell may mean the control is working.',
    alternatives: ['There have been no new reports of [concern] since [date]: record what has changed and what would show continuing risk'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    contextInSentence: true,
    requiresNear: ['county|lines|cse|cce|exploitation|gang|gangs|grooming|groomed|olders|men|drugs'],
    unlessNear: [...OTHER_PERSON_CUES, 'housing|damp|boiler|attendance|weight|flooding|asbestos|building'],
    window: 8,
  },
  {
    id: 'in_love_adult_round24',
    // A child's attachment to an adult abuser recorded as romance: "the 14 year old was in love with the man", "says she
    // is in love with her 25-year-old boyfriend".
    patterns: ['in love with', 'loves him|them and wants'],
    category: 'implies_consent',
    explanation:
      'Records a child’s attachment to an adult abuser as romance. Grooming builds that attachment on purpose; the adult is responsible for the abuse.',
    alternatives: ['The child describes strong feelings for [adult, age]: concerns exist that they have been groomed'],
    source: 'docsbay_alternatives', // [A] "concerns exist that the child may have been groomed/coerced"
    // Not "older" alone: "in love with the older boy in year 11" is a peer.
    requiresNear: ['man|men|adult|adults|perpetrator|abuser|groomer', ...ADULT_AGE_CUES],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      // An adult's own love ("the man said he was in love with her"), not the child's.
      'man|he|adult|perpetrator|abuser said|says|claimed|claims|told|tells [her|police] [that] he|she [is|was] in love',
      'the|an|a older|adult man|woman|perpetrator is|was in love',
      'film|films|song|songs|music|book|books|game|football|place|idea|city',
    ],
    window: 8,
  },
  {
    id: 'lazy_exhausted_round24',
    // Exhaustion recorded as a character flaw: "Kaleb is lazy and falls asleep in lessons", "lazy and always tired"
    // (fresh23 judgement call).
    patterns: ['lazy|idle', 'bone idle'],
    category: 'blames_child',
    explanation: 'Records exhaustion as laziness. A child who is always tired may be out at night, kept up by adults or exploited.',
    alternatives: ['The child is often exhausted and falls asleep in lessons: ask where they are at night and who with'],
    source: 'childrens_society_2018', // the guide's principle; exhaustion as a sign (DOMAIN.md)
    requiresNear: ['asleep|sleeps|sleeping|slept|sleepy|tired|exhausted|exhaustion|lethargic|yawning|shattered|knackered'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'dog|cat|sunday|afternoon|morning|eye|river|susan',
      // Fix 24A: how the child felt ("felt lazy after the long walk"); an adult called lazy ("his teacher is lazy").
      'felt|feel|feels|feeling [a] [bit|little|quite|really|so] lazy',
      'teacher|teachers|tutor|tutors|staff|carer|carers|worker|workers is|was|are|were|being [so|very|really] lazy',
    ],
    window: 8,
  },
];

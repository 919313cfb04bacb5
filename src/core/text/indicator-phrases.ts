// Case-note wording for the SAFEGUARD indicators of framework 2026.1 (src/core/indicators/v2026-1.ts), in the phrase
// grammar of matcher.ts. Wording follows how practitioners write (DOMAIN.md; the language guides in shared/SOURCES.md 3
// list the adult-centred forms such as "older boyfriend" and "absconded", which are exactly what notes say).
// `otherCode` is used instead of `code` when ConText finds that a family member or carer is the subject
// ("mum drinks heavily" is fa_parental_substance_misuse, not the child's ad_alcohol).

// `requiresNear` / `unlessNear` (cues.ts, the same mechanism as the language lexicon's): the entry's matches count only
// when one of the `requiresNear` cues is within `window` tokens (default 6) in the same sentence, and none of the
// `unlessNear` cues is. Several entries may share a code, so that cues apply to some of a code's wording only.
export type IndicatorPhraseEntry = {
  code: string;
  otherCode?: string;
  patterns: readonly string[];
  requiresNear?: readonly string[];
  unlessNear?: readonly string[];
  // Rev-ind-3: vetoes that count across a ; too (CueSpec.unlessNearAcross): the circumstances told in the next clause
  // ("not in his bed at the night check; he was found asleep on the sofa").
  unlessNearAcross?: readonly string[];
  // Round 32: their own window when it differs from `window` (CueSpec.unlessNearAcrossWindow).
  unlessNearAcrossWindow?: number;
  window?: number;
};

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, k) => a + k);
const ADULT_AGES = range(18, 60).join('|');
const CHILD_YEAR_OLD = range(10, 17)
  .map((n) => `${n}-year-old`)
  .join('|');
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const ADULT_YEAR_OLD = range(18, 60)
  .map((n) => `${n}-year-old|${n}-yr-old|${n}yo`)
  .join('|');
const ADULTS = 'adult|adults|man|men|male|males|guy|guys|stranger|strangers|people';
/** Review 27: without "people", which is mostly the public ("the people at the cafe gave them free drinks"). */
const ADULTS_NOT_PEOPLE = 'adult|adults|man|men|male|males|guy|guys|stranger|strangers';
const VEHICLE = 'car|cars|vehicle|vehicles|taxi|taxis|van|vans';
const APPS =
  'snapchat|snap|instagram|insta|whatsapp|tiktok|facebook|discord|omegle|kik|telegram|wizz|yubo|xbox|playstation|fortnite|roblox|online|internet|apps|app|games|gaming';
const DRUGS =
  'drugs|cannabis|weed|skunk|cocaine|crack|heroin|ketamine|ket|mdma|ecstasy|pills|spice|xanax|mamba|amphetamine|amphetamines|speed|class|wraps|wrap|substances|coke|mandy|xans|benzos|pregabalin|gabapentin|lean';
const HARD_DRUGS = 'cannabis|weed|skunk|cocaine|crack|heroin|ketamine|mdma|ecstasy|spice|xanax|mamba|amphetamine*|lsd|valium|diazepam|benzos|nitrous|steroids';
const ALCOHOL = 'alcohol|alchohol|alcahol|alcohal|vodka|spirits|cider|wine|beer|lager|booze|rum|gin|whisky|whiskey|brandy';
/** Recall pass 32: the adults and the goods of sex given in exchange ("has sex with the man so he lets her stay"). */
const EXCHANGE_MEN = 'the|a|an|this|that|these|those|older [older] man|men|adult|adults|guy|guys|landlord|dealer|dealers|lads|males';
const EXCHANGE_GOODS = `${DRUGS}|money|cash|food|rent|credit|cigarettes|vapes|drink|drinks|${ALCOHOL}|somewhere|lifts`;
const WEAPON = 'knife|knives|blade|blades|machete|machetes|weapon|weapons|gun|guns|firearm|firearms|zombie';
const SELF = 'herself|himself|themselves|themself';
const CAR_MAKES = 'audi|bmw|mercedes|merc|range|golf|corsa|fiesta|astra|transit|lexus|jeep|tesla|prius';
const HER = 'her|his|their';
/** How often, between a verb and its agent: "picked up again by her older boyfriend" (session 19's practitioner review). */
const HOW_OFTEN = '[again|regularly|often|repeatedly|frequently|usually|sometimes|twice|daily|nightly]';
/**
 * UK towns and cities named in county lines and CSE casework (one-word names that are not also common English words:
 * no Reading, Bath, Deal, Sale, March, Wells). A child found, stopped or driven there is far from a home elsewhere.
 */
const TOWNS =
  'aberdeen|aberystwyth|bangor|barnsley|barrow|basingstoke|bedford|birmingham|blackburn|blackpool|bolton|bournemouth|bradford|brighton|bristol|burnley|cambridge|canterbury|cardiff|carlisle|chelmsford|cheltenham|chester|colchester|coventry|crawley|crewe|darlington|derby|doncaster|dover|dudley|dundee|eastbourne|edinburgh|exeter|folkestone|glasgow|gloucester|grimsby|guildford|halifax|harlow|harrogate|hastings|huddersfield|hull|inverness|llandudno|lowestoft|newquay|yarmouth|ipswich|kendal|kettering|leeds|leicester|lincoln|liverpool|london|luton|manchester|margate|middlesbrough|newcastle|newport|northampton|norwich|nottingham|oldham|oxford|peterborough|plymouth|portsmouth|preston|ramsgate|rhyl|rochdale|rotherham|salford|scarborough|sheffield|shrewsbury|skegness|slough|southampton|southend|stockport|stoke|sunderland|swansea|swindon|telford|torquay|wakefield|walsall|warrington|watford|weymouth|wigan|wolverhampton|worcester|wrexham|york';

/**
 * Round 32: the place of a drug arrest that the note says is the child's own, just after it ("arrested for possession in
 * Croydon, where he lives", "in Bolton, his home town", "in Leeds near his home"): not out of area.
 */
const OWN_PLACE: readonly string[] = [
  'where he|she|they lives|live|lived|grew',
  // Review 32: where the child goes to school, not where he goes to deal or to meet the men.
  'where he|she|they goes|go to school|college|sixth',
  'where his|her|their family|mum|dad|parents|nan|gran [and] [mum|dad|nan|gran|grandad|stepdad] live|lives',
  'his|her|their home|own|local town|area|city|estate',
  'his|her|their hometown',
  'near|by his|her|their home|house|flat|school',
  'close to his|her|their home|house|flat|school',
  'round|around the corner from his|her|their home|house|flat|school',
];

/**
 * Review 29: a game won or play between parents, not an assault ("saw his dad beat his mum at Mario Kart", "beat his mum
 * in the race at sports day", "hit her dad with a pillow", "threaten her dad with a takeaway ban").
 */
/** Review 29: school or event photos ordered and paid for, not a threat to share an image. */
const SCHOOL_PHOTOS: readonly string[] = [
  'school|class|team photo|photos|pictures|photograph|photographs',
  'photographer|proofs|reprints|order|orders|ordered',
];
/**
 * Review 29: documents or a card held for a trip, a booking, a desk or a till ("her partner has her passport because they
 * are flying to Spain", "the adult leader is holding the passports for the Scouts jamboree", "the woman at reception is
 * holding his ID", "the gym instructor was holding her bank card while she swam", "the man at the travel agent has her
 * passport", "the woman has her bank card in her hand at the till").
 */
const DOCUMENTS_ERRANDS: readonly string[] = [
  'flying|flight|flights|booking|booked|check-in|jamboree|expedition|scouts|guides|cubs|brownies|reception|receptionist|desk|locker|hire|gym|instructor|lifeguard|till|tills|checkout|contactless|enrolment|enrol',
  'travel agent|agents|agency',
];
const GAME_WON: readonly string[] = [
  'at|in [the|a] chess|cards|darts|pool|monopoly|snooker|tennis|golf|scrabble|football|fifa|badminton|squash|bowling|uno|race|races|quiz|game|games|kart|karting|fortnite|minecraft|sports|swimming|arm|board',
  'mario|kart|pillow|pillows|tickle|tickling|takeaway|joke|joking|jokingly|playfully|pretend|arm-wrestling|wrestling',
];
/**
 * Open 34: strangling or choking someone, as done to them (past, present, -ing, an attempt, hands round the neck, held
 * by the throat). Non-fatal strangulation is a serious assault and a marker of high risk in abusive relationships
 * (Domestic Abuse Act 2021 s.70; SafeLives DASH risk checklist, question on strangling or choking).
 */
const STRANGLE_ACTS: readonly string[] = [
  'strangled|strangles|strangling|throttled|throttles|throttling|choked|chokes|choking',
  'tried|tries|trying|attempted|attempting to strangle|choke|throttle',
  'put|puts|putting|placed|places|had|has|wrapped his|her|their hands|hand|arm|arms round|around',
  'grabbed|grabs|grabbing|held|holds|holding|pinned|pins|squeezed|squeezes',
];
const STRANGLE_OBJECTS = ['her|him|them|me', 'her|him|them|me', 'her|his|their|my neck|throat', 'her|him|them|me by|round|around the throat|neck'];
const STRANGLE_HER = ['her', 'her', 'her neck|throat', 'her by|round|around the throat|neck'];
/** Each act with its object (`objects`, by act), after the words `before`. */
const strangleActs = (before: string, objects: readonly string[]): string[] => STRANGLE_ACTS.map((a, i) => `${before}${a} ${objects[i]!}`.trim());
const PARTNERS = 'partner|ex-partner|ex|boyfriend|ex-boyfriend|husband|ex-husband';
const STRANGLE_NOT_ASSAULT =
  'ligature|ligatures|cord|cords|blind|blinds|cot|cots|lanyard|self-harm|self-harming|suicide|suicidal|herself|himself|themselves|myself';
/** Session 19: mum as the teller, so that "her" after it is mum ("Mum disclosed that her partner strangled her"). */
const MUM_TELLS = 'mum|mother|mam disclosed|discloses|said|says|reported|reports|told|tells|alleged|alleges|stated|states|explained|explains';

// ---- Cues (round 3) -------------------------------------------------------------------------------------------------
// Context cues for entries whose words are often innocent (cues.ts; the same mechanism as the language lexicon's).

/** Teaching and awareness work: "a county lines awareness session", "PSHE lesson on drugs and alcohol". */
const EDUCATION_CUES: readonly string[] = [
  'awareness|pshe|rshe|rse|lesson|lessons|session|sessions|workshop|workshops|assembly|assemblies|training|curriculum|leaflet|leaflets|presentation|presentations|campaign|campaigns|programme|programmes|course|courses|module|modules|talk|talks|webinar|poster|posters|policy|policies|toolkit|quiz|week',
  'education on|about|around|regarding|re',
  'drug|drugs|alcohol|substance|substances|sex|relationships|online|internet|e-safety|esafety education',
];
/**
 * Another person's relationship: "Mum's boyfriend, aged 34" is an adult in the household, not the child's partner.
 * Round 24: not a sibling's, a cousin's or a friend's, whose older partner is the sign about them ("Her sister's new
 * boyfriend is 31": go_older_partner about another person, the eval README's tune9 rule; ConText gives the other person).
 */
const OTHER_PERSONS_CUES: readonly string[] = [
  "mum's|mother's|mam's|dad's|father's|aunt's|auntie's|nan's|gran's|grandma's|carer's|uncle's|stepdad's",
  'of mum|mother|her mum|his mum',
  'of her|his mum|mother',
];
/** Round 23: leave to stay up, in or behind is not a place to stay ("Dad lets him stay up late", "let her stay inside"). */
// Tied to the leave, so "they stay in all weekend" later on does not count; "stay in" only without a place after it
// ("let her stay in their flat" is a place to stay).
const LEAVE_TO = 'let|lets|letting|allowed|allows|allowing * [*] [*] [*] [to]';
const STAY_IN = `${LEAVE_TO} stay|sleep up|inside|outside|behind|late|longer|downstairs|calm|home|indoors`;
const STAY_INDOORS = `${LEAVE_TO} stay|sleep in at|during|for|until|till|all|over|when|while|because|today|tonight|after|and|bed|class|lessons`;
const STAY_IN_ROOM = `${LEAVE_TO} stay|sleep in her|his|their|the room|bedroom|classroom|library`;
const STAYS = [STAY_IN, STAY_INDOORS, STAY_IN_ROOM];
/** Round 23: a room or leave to stay given to an adult ("gave the man a bed on the ward", "allowed the tenants to stay"). */
const ADULT_OBJECT =
  'let|lets|letting|allowed|allows|allowing|offered|offers|offering|gave|give|gives|giving [the|a|an|two|several|some] [older|adult|young] man|men|male|males|adult|adults|tenant|tenants|lodger|lodgers|woman|women|guest|guests|resident|residents|visitor|visitors|patient|patients|family|families|couple|people';
/** Relatives and carers, as givers or companions: an explained gift or lift. */
const FAMILY =
  'mum|dad|mother|father|parents|parent|carer|carers|nan|gran|grandma|grandad|grandparents|nana|aunt|auntie|uncle|foster|stepdad|stepmum|family|brother|sister|cousin';
/** Probe 24: relatives without the carers, who are often the ones reporting ("Carers report that a man ..."). */
const FAMILY_NOT_CARERS = FAMILY.split('|')
  .filter((w) => w !== 'carer' && w !== 'carers' && w !== 'foster')
  .join('|');
/** A relative's house: "nan's", "dad's". */
const FAMILY_HOMES = FAMILY.split('|')
  .map((w) => `${w}'s|${w}s`)
  .join('|');
/** Round 23: a place to stay from family, services, staff or friends, leave to stay up or in, or leave given to an adult. */
const SERVICE_STAY_VETOES = [
  FAMILY,
  'council|hostel|foster|placement|refuge|school|college|hotel|staff|carer|carers|friend|friends',
  'social|key|support|housing worker|workers',
  STAY_IN,
  ADULT_OBJECT,
];
/** A gift or money with an ordinary explanation: an occasion, a relative who gave it, earnings, savings. */
const EXPLAINED_CUES: readonly string[] = [
  'birthday|christmas|xmas|eid|diwali|hanukkah|anniversary|receipt|receipts|savings|saved|wages|wage|earned|earns|earnings|payslip|allowance|bursary|voucher|vouchers|refund|second-hand|secondhand|charity|donated|foodbank|uniform|lunch|fare|fares|contract|upgrade|insurance',
  // Round 21: pocket money, not cash "in his pocket" (a stop and search).
  'pocket money',
  `from|by [her|his|their] ${FAMILY}`,
  `${FAMILY} bought|buys|buy|paid|pays|pay|gave|gives|give|got|gets|treated|sent|sends`,
  // Not "carer's", "foster's": a record's heading ("Carer's diary: no new clothes or gifts seen").
  FAMILY.split('|')
    .filter((w) => w !== 'carer' && w !== 'carers' && w !== 'foster')
    .map((w) => `${w}'s`)
    .join('|'),
  'saturday|part-time|paper job|round',
  'club|course|project|scheme|loan|loaned|lent|library',
  'by|from [the|her|his] school|college|club|project|council|charity|church|mosque|library|hospital|youth',
  'in return|exchange for',
  'for sex|sexual',
  // Round 28b: a family that forgot its own purchase ("new trainers nobody remembered buying").
  'remembered|remember|remembers|forgot|forgotten buying|ordering|getting',
  'lost property',
  // Round 28b: a professional or a club that bought it ("The worker bought new trainers for the centre's football team").
  'worker|workers|keyworker|staff|teacher|coach|school|centre|club bought|buys|buy|paid|pays|gave|gives|got|gets',
  // Round 18: "a present from her godmother", "a joint present from both grandparents".
  `present|presents|gift|gifts from [both] [her|his|their] ${FAMILY}|godmother|godfather|godparents|godparent`,
  // A professional who gave it ("given a phone by her social worker so she can call for help").
  'by|from [her|his|their|the] social|key|youth|support|case worker|workers',
  'by|from [her|his|their|the] keyworker|caseworker|sw|staff|police|officer|officers|team|nurse|teacher',
];
/** Intoxication: an emergency attendance counts when the child was drunk, drugged or unconscious. */
const INTOXICATION_CUES: readonly string[] = [
  'intoxicated|drunk|alcohol|drinking|drugs|drug|unconscious|unresponsive|collapsed|vomiting|spiked|drugged|ketamine|cannabis|vodka|substances|substance|wasted|paralytic|high|overdose|pills|gbl|ghb|mdma|ecstasy|cocaine',
];
/** Injuries with an ordinary cause: sport, play, accidents. */
const EXPLAINED_INJURY_CUES: readonly string[] = [
  'football|rugby|netball|hockey|basketball|sport|sports|pe|gym|trampoline|trampolining|bike|cycling|skateboard|skateboarding|scooter|playground|accident|accidental|accidentally|fell|fall|tripped|slipped|sprain|sprained|fracture|match|training|dog',
  // Round 21: "fractured his wrist falling off his bike; the account fits the injury".
  'falling|falls|fits',
];
/**
 * Review 2026-11-30: a scar explained by a named, ordinary operation ("scarring to her side from a kidney operation",
 * "from his appendix operation"). An operation abroad is still found by its own entry ("a kidney operation abroad").
 */
const EXPLAINED_SURGERY_CUES: readonly string[] = [
  'appendix|appendicectomy|appendectomy|caesarean|c-section|hernia|tonsillectomy|transplant',
  'kidney|heart|hip|knee|bowel|spinal|spine|back|eye|ear|leg|arm|shoulder|ankle|wrist|stomach operation|operations|surgery|op',
];
/** Round 21: location shared within the family by agreement ("shares her location with mum on Life360 by agreement"). */
// Review 21b H2: an agreement word and a parent together, as phrases (a bare 'agreed', 'consent' or 'together', or a
// bare 'with mum', vetoed controlling tracking: "he tracks her location without her consent").
const AGREED_TRACKING_CUES: readonly string[] = [
  'mum|dad|parents|carers|nan|gran|mother|father [*] [*] by|with [her|his|their|family|mutual] agreement|arrangement|consent',
  'by|with family|mutual|parental agreement|arrangement|consent',
  'they|we agreed|agree [it|this|to] [it|this] together',
  // Round 23 (left from round 22): a parent or carer doing the tracking ("Dad tracks her phone with Life360", "the
  // Life360 app on Grace's phone was set up by her mum").
  // Review 23C: a parent who checks or uses the phone or an app vetoes only with Life360 or a tracker named ("Mum
  // checked Ellie's phone and found that the older men track her location" is the men's tracking).
  'mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran tracks|tracked|tracking|track|set|sets|installed|installs|added|adds',
  'mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran checks|checked|uses|used [her|his|their|the] life360|tracker|tracking',
  // Probe 25: a parent who shares locations ("Mum shares her location with Ellie through Life360").
  // Review 25D: the location itself, not any "shared" ("Dad shared that the men had been tracking her phone").
  'mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran shares|shared|share|sharing [her|his|their] location|locations',
  // Review 26: a location sent to a parent ("sends his live location to his dad on the way home"), now that sending one
  // is a pattern.
  'location|locations to|with [her|his|their] mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran',
  'set|installed|added up by [her|his|their] mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran',
  'by [her|his|their] mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran',
  // Round 25: set up by carers with the child's agreement, or switched off ("The carers have set up location sharing on
  // his phone with his agreement", "Her location sharing is turned off").
  // Review 25C: set up or turned on, not any "turned" ("Mum has turned to the school for help since the olders started
  // tracking his phone").
  'mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran have|has|had set|turned up|on',
  'mum|dad|parents|parent|carer|carers|mother|father|stepdad|stepmum|nan|gran have|has|had installed|added',
  // Review 25C: not "with her knowledge" (the men's tracking can be known to her), and the sharing turned off, not the
  // phone ("her phone was switched off at 9pm but the men still track her location").
  'with [her|his|their] agreement|consent',
  'sharing|tracking|tracker|life360|location is|are|was|were|been turned|switched off',
];
/** Adults or strangers with the child: what turns a lift, a car or a party into an indicator. */
const UNKNOWN_ADULT_CUES: readonly string[] = [
  'unknown|unidentified|older|man|men|male|males|adult|adults|stranger|strangers|driver|drivers|guy|guys|tinted|blacked-out|unfamiliar|olders|lads|midnight|1am|2am|3am|4am',
];
/** What makes a party a sign: adults or strangers, people met online, drugs or cash there (Review 23C). */
const PARTY_CUES: readonly string[] = [...UNKNOWN_ADULT_CUES, 'met|meets [them|him|her] online', 'drugs|cocaine|ketamine|ket|cash'];
/** A relative, carer or professional arranging a lift: not an unknown adult. */
const ARRANGED_TRAVEL_CUES: readonly string[] = [
  `${FAMILY_NOT_CARERS}|mum's|dad's|social|worker|escort|teacher|friend's`,
  'arranged|booked|organised|organized by',
  // Probe 24: a carer who drives or collects, not one who reports ("Carers report that a man in a car beeps outside").
  'by|with|from [her|his|their|the] [foster] carer|carers',
  '[foster] carer|carers drove|drive|drives|driving|collected|collects|collect|collecting|picked|picks|pick|picking|took|takes|take|taking|brought|brings|dropped|drops|gave',
  // Review rev-probe-1: a carer who signs the child out, books or asks someone, or confirms who the driver is.
  '[foster] carer|carers [later|also|then|has|had|have] signed|signs|sign|signing|arranged|arranges|arrange|booked|books|book|organised|organized',
  '[foster] carer|carers [later|also|then|has|had|have] asked|asks|ask a|an|the|their|her|his neighbour|neighbours|friend|friends|relative|relatives|taxi|driver',
  '[foster] carer|carers [later|also|then|has|had|have] confirmed|confirms|identified [that] [he|it] is|was',
];
/** Drinks that are not alcohol. */
const SOFT_DRINK_CUES: readonly string[] = ['water|tea|coffee|milk|juice|energy|fizzy|squash|smoothie|milkshake|lemonade'];
/** Medicines taken as prescribed. */
const PRESCRIBED_CUES: readonly string[] = ['prescribed|prescription|medication|medicine|dose|mg|gp|pharmacy|pharmacist|inhaler|antibiotics'];

/** What an adult does that another code records (gifts, lifts, messages, parties, a relationship, substances, sex). */
const ACTOR_CUES: readonly string[] = [
  'bought|buys|buying|gave|gives|given|giving|paid|pays|sends|sent|car|cars|vehicle|taxi|drove|driven|drives|driving|messaging|messages|messaged|online|snapchat|instagram|tiktok|whatsapp|facebook|party|parties|hotel|flat|picked|collected|collects|found|located|boyfriend|girlfriend|partner|dating|relationship|seeing|gifts|money|cash|alcohol|vodka|drugs|cannabis|sex|sexual|sexually|exploited|exploiting|groomed|grooming|abused|raped|assaulted|threatened|stay|staying|stayed|lives|living|lift|lifts',
  // Round 17: older people as the agents of another sign (theft to order, protection, respect, a bank account, errands),
  // or named as a relative, a coach or a supervised club.
  'steal|stealing|stole|shoplift|shoplifting|shoplifted|protection|respect|bank|account|errands|jobs|supervised|coach|brother|uncle|cousin|dbs|reading',
  // Round 18: older people who ask for images, promise, track a phone or make the child hold things; students.
  'nudes|pictures|photos|images|promised|promise|promises|tracking|checking|hold|holding|carry|carries|carrying|students',
];

// Brands named for a gift ("a new Canada Goose coat", "new Air Max"): one-word brands join GIFT_ITEMS; two-word brands
// are their first and second words (a crossed pair such as "stone goose" is not English, so it costs nothing).
const BRANDS_ONE = 'prada|balenciaga|versace|burberry|rolex|jordans|trapstar|corteiz|lacoste|dior|chanel|armani|fendi|yeezys|yeezy|airpods|pandora';
const BRANDS_FIRST = 'canada|north|stone|air|louis|michael|ralph|nike|off-white';
const BRANDS_SECOND = 'goose|face|island|max|maxes|force|forces|jordans|vuitton|kors|lauren|tech|tn|tns';
const GIFT_ADJ = 'new|expensive|designer|unexplained|branded|brand-new|latest|pricey|costly|gold|flashy|fancy|genuine';
const GIFT_ITEMS =
  'phone|phones|iphone|iphones|trainers|clothes|clothing|jewellery|jewelry|bag|bags|handbag|handbags|jacket|jackets|coat|coats|nails|hair|watch|watches|chain|chains|necklace|ring|rings|bracelet|earrings|perfume|airpods|headphones|earphones|hoodie|hoodies|tracksuit|tracksuits|shoes|items|stuff|things|gear|vape|vapes|makeup|make-up|lashes|eyelashes|extensions|tablet|ipad|laptop|console|playstation|xbox|gifts|belongings|possessions|outfit|outfits|wig|sunglasses|belt|wallet|purse|labels|nike|gucci|moncler|' +
  BRANDS_ONE;
const MONEY = 'cash|money|notes|pounds|quid';
/** Household work: "does the cooking, cleaning and childcare for the family she lives with". */
/** A sum under 100 as one exact token ("£20" is the token 20), for a weekly wage that is a pittance. */
const SMALL_SUM = range(1, 99).join('|');
/** A sum of at least two digits as one token ("£200" is the token 200), for a price named before an item. */
const PRICE = range(10, 99)
  .map((n) => `${n}*`)
  .join('|');
/**
 * Services and professionals as the ones who protect or look after the child (round 22, review of round 21, M8): as the
 * subject ("the police offered her protection", "school staff have promised to look after him") or the agent ("feels
 * protected by the police", "protection through an Osman warning"). Not a service named elsewhere in the sentence, which
 * is usually the note's source ("she told the RHI worker").
 */
const SERVICES =
  'police|officer|officers|pc|detective|school|schools|college|staff|teacher|teachers|court|courts|council|social|worker|workers|carer|carers|keyworker|mentor|professionals|services|service|unit|placement';
const SERVICE_AGENTS: readonly string[] = [
  `${SERVICES} [have|has|had|will|would|can|could] offered|offers|offer|offering|promised|promises|promise|gave|give|gives|provided|provide|provides|arranged|arrange|put|protect|protects|protected`,
  // Review 22a I12: not "with": "in a session with his worker" is the setting, not the giver.
  `by|from|through|via [the|her|his|a|an|their] [school] ${SERVICES}`,
  // Review 22a I12: a bare "witness" is the child's role ("because he was a witness"), not a protection scheme.
  'osman',
  'witness protection|scheme|service|care|intermediary',
  'by|from|through|via|in|to|under [a|an|the|her|his|their] injunction|injunctions|refuge',
];
const PARENT_WORDS = 'mum|dad|mother|father|parents|carer|carers|family|nan|gran|grandma|grandad';
const CHORES = 'cooking|cleaning|washing|laundry|ironing|housework|chores|childcare|shopping|babysitting';
const CANNOT_EXPLAIN = "cannot|can't|couldn't|won't|wouldn't|unable|refuses|refused|will|would|did|does|didn't|doesn't";

/** Round 27: a professional giving medicine ("The nurse gave him pills for the pain"): not substances given. */
const MEDICINE_GIVEN_CUES: readonly string[] = [
  'the|a|her|his|their gp|doctor|consultant|pharmacist|nurse|paramedic|paramedics|dentist gave|gives|give|giving|supplied|offered',
  'for the|her|his|their pain|headache|migraine|period|infection|cold|temperature|fever',
];
/** Round 27: a change for the better or from medicine ("a big change in her mood since the new medication"). */
// Review 27: "better", "positive" and "settled" as phrases ("no longer settled", "tested positive" are not for the better).
const CHANGE_FOR_BETTER_CUES: readonly string[] = [
  'medication|medicine|dose|improvement|improved|improving|calmer|happier',
  'for the better',
  'much|far|lot|getting|seems|seemed|looks|feels better',
  'positive change|changes|difference|effect',
  'more|well|now settled',
];

export const INDICATOR_PHRASES: readonly IndicatorPhraseEntry[] = [
  // S: sexual health and behaviour
  {
    code: 'sh_sexual_activity',
    patterns: [
      'sexually active',
      'having|had|has|have [sexual] sex|intercourse',
      `described|describes|disclosed|discloses|reported|reports sex with [a|an] ${ADULT_YEAR_OLD}|older|adult`,
      'sexual activity|contact|relationship|relationships|encounter|encounters with',
      'slept|sleeping|sleeps with him|them|men|males|boys|older|an|a',
      'oral sex',
      'sexual partner',
      'sexual activity|intercourse',
      'love bite|bites',
      'lovebite|lovebites|love-bite|love-bites|hickey|hickeys|hickies',
    ],
  },
  // ---- Probe 23 (the lead's multi-clause records; tests in indicators-probe23.test.ts) --------------------------------
  // Hotel key cards in the child's things: adults are taking them to hotels (a family holiday, a school trip or a hotel
  // job is not).
  {
    code: 'go_taken_to_parties',
    patterns: [
      'hotel|hotels|motel|airbnb key|room card|cards|keycard|keycards|key|keys',
      'hotel|hotels|motel|travelodge|ibis|hilton|marriott|novotel keycard|keycards',
      'travelodge|ibis|hilton|marriott|novotel key|room card|cards|keycard|keycards|key|keys',
      'premier|holiday inn key|room card|cards|keycard|keycards|key|keys',
      'key|room card|cards|keycard|keycards|keys from [a|an|the|two|three|several|different|various] [*] hotel|hotels|motel|motels',
    ],
    // Not the family (mum or a carer is often who finds them), but their holiday, a trip or a job. Review 23C: or the
    // family's own stay ("the family stayed there at Christmas"); not "holiday" in "Holiday Inn".
    unlessNear: [
      'holidays|trip|trips|residential|wedding|works|worked|working|job|shift|shifts|employed|employer|conference|system|systems|reader|readers',
      'on|family|school|summer|christmas|their|her|his|our holiday',
      'holiday to|in|abroad|with',
      'family|we stayed|stay|stays|staying|went|go|visited',
      'family holiday|holidays|trip|trips|break|stay',
    ],
    window: 12,
  },
  // A child arriving or checking in at a hotel with an adult man (night managers' and receptionists' calls).
  {
    code: 'go_taken_to_parties',
    patterns: [
      `arrived|arrives|arriving|checked|checks|checking [in] with [a|an|two|three|several|some|older] [older] man|men|male|males|adult|adults`,
      `arrived|arrives|arriving|checked|checks|checking [in|into] at|to|into [a|an|the] [*] hotel|motel|airbnb|guesthouse|room with [a|an|two|three|several|some|older] [older] man|men|male|males|adult|adults`,
      `entering|entered|enters|going|went|gone|walking|walked [into] [a|an|the] [*] hotel|motel|travelodge|airbnb|guesthouse with [a|an|two|three|several|some|older] [older|adult] [adult] man|men|male|males|adult|adults`,
    ],
    requiresNear: ['hotel|hotels|motel|travelodge|airbnb|inn|guesthouse|reception|receptionist|room|rooms|lodge'],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'holiday|holidays|trip|trips|residential|wedding|teacher|teachers|staff|conference|tournament|team|club|booked by the school',
    ],
    window: 12,
  },
  // Travelling to other or coastal towns (Jay 2014, county lines: "going country"), not a holiday, a match or a visit.
  {
    code: 'am_found_out_of_area',
    patterns: [
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to [a|an|the] [*] coastal|seaside town|towns|resort|resorts',
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to [*] other|different towns|cities|counties',
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to * and|or other|different [coastal|seaside] towns|cities|resorts',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'holiday|holidays|trip|trips|visit|visits|visiting|match|matches|fixture|fixtures|football|team|club|tournament|competition|competitions|work|works|job|college|university|school|residential|hospital|appointment|appointments',
    ],
    window: 12,
  },
  // "To the coast" or "the seaside" is often a day out: only with a sign that no one knows why or who pays.
  {
    code: 'am_found_out_of_area',
    patterns: [
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to the coast|seaside',
    ],
    requiresNear: [
      'no explanation|reason',
      'unexplained',
      'will|would|does|did not say|explain',
      "won't|wouldn't|doesn't|didn't|can't|cannot say|explain",
      'who pays|paid|paying',
      'on school days',
      'alone|olders|late|overnight',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'holiday|holidays|trip|trips|visit|visits|visiting|match|matches|fixture|fixtures|football|team|club|tournament|competition|competitions|work|works|job|college|university|residential|hospital|appointment|appointments',
    ],
    window: 14,
  },
  // Staying at addresses the family or carers do not know: nobody can say where the child sleeps.
  {
    code: 'am_unknown_address',
    patterns: [
      'sleeping|staying|stays|sleeps|slept|stayed|been [out] at [an|a|the] address|addresses|flat|flats|house|houses|places [that] [the|her|his|their] family|parents|mum|dad|carers|carer|staff|police do|does|did not know',
      "sleeping|staying|stays|sleeps|slept|stayed|been [out] at [an|a|the] address|addresses|flat|flats|house|houses|places [that] [the|her|his|their] family|parents|mum|dad|carers|carer|staff|police don't|doesn't|didn't|don’t|doesn’t|didn’t know",
      'sleeping|staying|stays|sleeps|slept|stayed|been [out] at [an|a|the] address|addresses|flat|flats|house|houses|places unknown|not known to [the|her|his|their] family|parents|mum|dad|carers|carer|staff|police',
    ],
  },
  // A man she calls her uncle who is not related to her: an adult posing as a relative has befriended her.
  {
    code: 'go_older_friends',
    patterns: [
      'man|men|adult|adults|male|males|guy|guys|someone [that|who|whom] [she|he|they] calls|call|called|refers|referred|describes|described [to] [as] [her|his|their] uncle|uncles|cousin|cousins|brother|brothers|aunt|auntie',
      'so-called uncle|uncles|cousin|cousins',
    ],
    requiresNear: [
      'not related',
      'no relation|relative|relatives',
      'not a relative|relation',
      'not her|his|their uncle|cousin|brother|relative|family',
      'unrelated',
      'no family link|links|connection|tie|ties',
    ],
    // Living with him is fa_living_with_unrelated_adults ("lives with a man he calls uncle who is not related to him").
    unlessNear: ['lives|living|lived|live|resides|residing'],
    window: 14,
  },
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
  // "Mum reported Tom missing": a name or a relation between the verb and "missing" (not a thing reported missing).
  {
    code: 'am_missing',
    patterns: [
      'reported|reports|reporting|report * missing',
      'reported|reports|reporting|report her|his|their son|daughter|child|grandson|granddaughter|stepson|stepdaughter missing',
    ],
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|item|wallet|purse|keys|bike|trainers|jewellery|coat|laptop|car|van|dog|cat|passport|medication|tablets|property|nothing|none|anything',
      // Review 23C: a sum ("Dad reported £50 missing from his wallet").
      'reported|reports|reporting|report 1*|2*|3*|4*|5*|6*|7*|8*|9* missing',
    ],
    window: 2,
  },
  // Round 26: the police category "absent" (not where they should be, no known risk) is a missing episode in the
  // framework's sense ("K was reported absent at 19:30, found at the bus station"); not absent from school or work.
  {
    code: 'am_missing',
    patterns: ['reported|recorded|logged absent'],
    unlessNear: ['school|college|lesson|lessons|class|classes|registration|sick|ill|illness|unwell|work|shift|meeting|session|sessions'],
    window: 6,
  },
  // Missing from lessons is absence from school, not a missing episode.
  {
    code: 'am_school_absence',
    patterns: [
      'missing from lessons|lesson|class|classes|registration|school|college|education|form',
      // Round 26: also a provision named ("missing from his alternative provision since October").
      'missing from [her|his|their] lessons|lesson|class|classes|registration',
      'missing from [her|his|their] [alternative] provision|pru',
      // Round 26: kept or staying away from school ("has been staying off school to help at home").
      'staying|stays|stayed|kept|keeps|keeping off school|college',
      'has|have|had not been to|in school|college|lessons since|for',
      "hasn't|haven't|hadn't|hasn’t|haven’t|hadn’t been to|in school|college|lessons since|for",
    ],
    // A single explained illness is not the sign (eval README).
    // Nor a child waiting for a school place or whose course has ended.
    unlessNear: [
      'ill|illness|unwell|sick|chickenpox|covid|flu|virus|operation|surgery|hospital|hospitalised|broken|fracture|bereavement|funeral|appointment',
      // Round 26: other named illnesses ("had a sore throat and stayed off school").
      'sore|throat|cold|temperature|fever|headache|migraine|tonsillitis|vomiting|bug|dentist|antibiotics',
      'waiting|admission|admissions|finished|ended|completed|graduated',
    ],
    window: 10,
  },
  // Getting into a car at the school gates (framework: collected from school).
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `getting|got|gets|get|climbing|climbed|climbs|climb into [a|an|the] [*] [*] ${VEHICLE}|${CAR_MAKES} at|outside|near|by [the] [school|college] gate|gates`,
      `seen|spotted|observed getting|got|gets|get|climbing|climbed|climbs into [a|an|the] [*] [*] ${CAR_MAKES}`,
    ],
    unlessNear: [FAMILY, FAMILY_HOMES, 'arranged|escort|minibus|bus|coach|transport|council|contracted|booked'],
    window: 10,
  },
  // A cut or split lip: an injury (unless the note gives an ordinary cause).
  {
    code: 'ep_injuries_assault',
    patterns: ['cut|split|swollen|busted|bust|burst|fat|bleeding lip|lips', 'split|cut|bust|busted her|his|their lip|lips'],
    // Review 23C: an allergy or cosmetic fillers ("a swollen lip after an allergic reaction to nuts").
    unlessNear: [
      ...EXPLAINED_INJURY_CUES,
      'falling|league|tackle|tackled|boxing|climbing|dentist|dental|cold|sores|sore|chapped|lipstick|allergic|allergy|reaction|filler|fillers|anaphylaxis',
    ],
    window: 10,
  },
  // Handing small packages to people in cars: dealing for others (the PCSO's and neighbours' wording).
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'handing|hands|handed|passing|passes|passed|giving|gives|gave|dropping|drops|dropped [over|off] [small] packages|packets|parcels|bags|wraps|bundles|items|things to [*] [*] in|through [*] car|cars|vehicle|vehicles|windows|window',
      'handing|hands|handed|passing|passes|passed [small] packages|packets|parcels|bags|wraps|bundles|items|things through|into [a|the|their] [*] car|cars|van|vans|vehicle|vehicles window|windows',
      'handing|hands|hand|handed|passing|passes|pass|passed|giving|gives|give|gave [over] [small] packages|packets|parcels|bags|wraps|bundles to [*] drivers|motorists',
      'exchanging|exchanges|exchanged [small] packages|packets|parcels|bags|wraps|bundles|items|things with [*] [*] in|through [*] car|cars|vehicle|vehicles|windows|window',
    ],
    unlessNear: [
      FAMILY,
      'delivery|deliveries|courier|amazon|post|postal|round|job|shift|shifts|charity|leaflets|fundraiser|fundraising|school|fete|sale',
      // Review 23C: a job or volunteering ("works at the McDonald's drive-thru", "volunteers at the food bank").
      'works|worked|working at|in|as',
      'volunteer|volunteers|volunteered|volunteering|drive-thru|drive-through',
      'food bank|banks',
    ],
    window: 10,
  },
  // Arrested with a knife: the child was carrying it ("arrested in Norfolk with a knife"), not a man arrested for a knife
  // attack on them (the arrest stays go_arrests).
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      // The weapon only, so that the arrest stays its own finding (go_arrests).
      `with a|an|two [*] ${WEAPON}`,
    ],
    requiresNear: ['arrested|detained|stopped|searched|caught'],
    unlessNear: [
      'threatened|threatening|threaten|attacked|attacking|attack|stabbed|stabbing|robbed|robbing|cut|slashed|chased|man|men|adult|adults|who',
      'fishing|camping|cooking|kitchen|catering|chef|scouts',
      // Review 23C: self-harm, or a tool for work ("caught her self-harming with a razor blade", "a Stanley knife he
      // uses for work").
      'self-harming|self-harm|selfharming|selfharm|self-harmed',
      'for work',
    ],
    window: 6,
  },
  {
    code: 'sh_sti',
    patterns: [
      'chlamydia',
      'gonorrh*',
      'syphilis',
      'genital warts',
      'genital herpes',
      'trichomon*',
      'sexually transmitted infection|infections|disease|diseases',
      'sti|stis|std|stds diagnosis|diagnosed|positive|treatment|treated',
      'diagnosed|treated with|for [an] sti|stis|std|stds|infection',
      'repeat|repeated|frequent|several|multiple|regular sti|std|sexual health tests|testing|screens|screening|attendances|attendance',
      'two|three|four|five|six|numerous sti|std tests|screens',
      'positive for [*] chlamydia|gonorrhoea|gonorrhea|syphilis|hiv',
      'second|third|fourth|fifth|another|repeat|multiple|several sti|std|sexual screen|screens|test|tests|check|checks',
      'second|third|fourth|fifth|another|repeat|multiple|several sexual health screen|screens|test|tests|check|checks',
      'sti|std screen|screening|test|tests',
    ],
  },
  // Research pass ("an STI at 13" in review chronologies): an infection the child has, not a screen or test.
  {
    code: 'sh_sti',
    patterns: ['has|had|have|having|got|gets|caught|contracted|picked an|a sti|std', 'an sti|std'],
    unlessNear: ['screen|screens|screening|test|tests|testing|tested|check|checks|swab|swabs|clinic|appointment|advice'],
    window: 2,
  },
  {
    code: 'sh_pregnancy',
    patterns: ['pregnant', 'pregnancy', 'pregnancies', 'antenatal', 'ante-natal', 'gave birth', 'expecting a baby', 'expecting twins', 'booking scan'],
  },
  {
    code: 'sh_termination',
    patterns: ['termination [of] [pregnancy]', 'terminations', 'abortion|abortions', 'miscarriage|miscarriages|miscarried', 'terminated the|her|a pregnancy'],
  },
  {
    code: 'sh_emergency_contraception',
    patterns: [
      'emergency contraception|contraceptive|contraceptives',
      'morning after pill',
      'morning-after pill',
      'levonelle',
      'ellaone',
      'ec requested|given|issued|provided|supplied|prescribed',
      'requested|request|issued|given|supplied|prescribed ec',
    ],
  },
  {
    code: 'sh_many_partners',
    patterns: [
      'multiple|several|many|numerous|different|various sexual partners',
      'multiple|several|many|numerous|various partners',
      'more than one sexual partner|partners',
      'number of sexual partners',
      '2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten partners in',
      'sex with 2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous [different] men|males|boys|people|partners',
    ],
  },
  {
    code: 'sh_sexualised_behaviour',
    patterns: [
      'sexualised|sexualized behaviour|behaviours|behavior|behaviors|language|comments|dancing|conduct|presentation|clothing',
      'sexual knowledge beyond|inappropriate|advanced',
      'inappropriate sexual behaviour|behaviours|behavior|comments|language',
      'sexually inappropriate',
      'harmful sexual behaviour|behaviours|behavior',
      'hsb',
    ],
  },
  {
    code: 'sh_sexual_assault',
    patterns: [
      'raped',
      'rape',
      'sexually assaulted|abused|exploited',
      'sexual assault|assaults|abuse|exploitation',
      'touched [her|him] inappropriately',
      'forced|made|pressured|coerced [her|him|them] [to] [into] [have|having] sex',
      'indecently assaulted',
    ],
  },

  // A: absent from school, missing from home or care
  {
    code: 'am_missing',
    patterns: [
      'absent|away from home|placement|care overnight',
      'absent|away from home|placement|care all night',
      'reported|report|reports missing',
      'report|reported|reporting her|him|them missing',
      'missing episode|episodes|person|persons|report|reports|incident|incidents',
      'absconded|absconding|absconds|abscond',
      'ran|run|runs|running away',
      'whereabouts unknown',
      'whereabouts not known',
      'has|had not returned [home] [to] [placement|home]',
      'did not return home|to placement',
      'failed to return',
      'not been seen since',
      'misper|mispers',
      'missing for [*] [*] hours|days|nights|night|day',
      'missing overnight',
      // Round 18: "return home interview" names the interview offered after every episode, not an episode itself
      // (the tuning sets annotate the episode where the note gives one).
    ],
  },
  {
    // Round 19: "Missing from care log:", "MFH log 02:15", "MFH coordinator:", "The MFH report records" name a record or a
    // role, not an episode (five tuning-set lines annotate only the sign the record gives).
    code: 'am_missing',
    patterns: ['missing from home|care|placement|school|foster', 'mfh|mfc'],
    // The cue holds the header's own first word, so that "Police log: MFH from the children's home" stays a sign.
    unlessNear: ['mfh|mfc|care|home|placement|school|foster log|logs|coordinator|coordinators|report|reports|team|officer|officers|co-ordinator'],
    window: 2,
  },
  {
    // Round 18: a thing that "went missing" (a bag, the drugs, cash) is not the child's missing episode.
    code: 'am_missing',
    patterns: ['went|goes|go|gone|going missing'],
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|wallet|purse|keys|bike|trainers|jewellery|coat|laptop|gear|wraps|stash|food|medication|tablets',
    ],
    window: 2,
  },
  {
    code: 'am_staying_out_late',
    patterns: [
      'stayed|stays|staying|stay|stopped|stopping out overnight|late',
      'stayed|stays|staying|stay|stopped|stopping out all night',
      'out all night',
      'coming|came|comes|come|getting|got|gets|returning|returned|returns home|back after|at|around|gone 1am|2am|3am|4am|5am|6am|midnight',
      'coming|came|comes|come|getting|got|gets|returning|returned|returns home|back after|at|around|gone 1|2|3|4|5|6 am',
      'returned|returns|returning|came|comes|coming home|back late',
      'returned|returns|returning|came|comes|coming home|back in|at the early hours',
      'out until|till|past 1am|2am|3am|4am|5am|6am|midnight',
      'out until|till|past 1|2|3|4|5|6 am',
      'breaching|breached|breaches [her|his] curfew',
      'not home until',
      'out late',
      'stayed|stays|staying|stay|slept|sleeping|sleeps|spent|spending|spends [the] overnight|night|nights at|with [an|a|the] address|flat|house|home',
      `stayed|stays|staying|stay|slept|sleeping|sleeps overnight at|with [an|a|the] [*] ${ADULTS}`,
    ],
    // Research pass: a known, ordinary reason for lateness ("came home late from the school trip because the coach broke
    // down") is not staying out with no one knowing where.
    // Probe 25: with leave given ("stayed out late at the school disco with permission").
    unlessNear: ['trip|coach|delayed|delays|traffic|breakdown|cancelled|rehearsal|shift|shifts|disco|prom', 'with permission', 'as agreed|arranged|planned'],
  },
  {
    code: 'am_school_absence',
    patterns: [
      'absent from school|college|lessons',
      'not attending|attended school|college|education|lessons',
      'poor|low|declining|dropping|patchy|sporadic|reduced school attendance',
      'attendance has dropped|fallen|declined',
      'attendance is poor|low',
      'truant|truanting|truancy',
      'missing school|lessons|classes',
      'skipping|skips|skipped school|lessons|classes',
      'leaves|leaving|left school|lessons|college early',
      'leaves|leaving|left school|college at lunchtime|lunch|midday|break',
      'leaves|leaving|left school|site during the day',
      'school refus*',
      'non-attendance',
      'not in school|education',
      'out of education',
      'children missing education',
      'cme',
    ],
  },
  {
    code: 'am_school_exclusion',
    patterns: [
      'exclusion|exclusions',
      'part-time|reduced timetable',
      'part time timetable',
      'pupil referral unit',
      // Round 19: not "PRU" alone: seven tuning-set lines name it only as where an excluded child now goes (annotating
      // the exclusion or the timetable), two annotate it.
      'alternative provision',
      'managed move',
      'suspended from school|college',
      'suspension|suspensions from school',
    ],
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      'found|located|recovered|traced|discovered with [an|a] [unknown] [older] adult|adults|man|men|male|males',
      "found|located|recovered|traced|discovered at|in [an|a|the] [unknown] [older] adult's|man's|male's|men's|adults address|flat|house|property|home",
      'found|located|recovered|traced|discovered at|in [an|a|the] [unknown] [older] address|flat|house|property of [an|a] [older] adult|man|male',
      'found|located|recovered|traced|discovered at|in [a|the] hotel|hotels|airbnb',
      'found|located|recovered|traced|discovered in [a|the] car|vehicle with',
      `in|at the car|flat|house|home|address|room|bedroom|van of a|an ${ADULT_YEAR_OLD}|older|adult|unknown [man|male|woman|adult]`,
      'in|at [a|an|the] hotel|airbnb|flat|house|address|car|room [room] with [*] [unknown|older|adult] [older|adult] adult|adults|man|men|male|males',
      // Research pass: "recovered her from a flat occupied by three adult males".
      'flat|house|address|property|room occupied|rented|used by [a|an|two|three|four|several] [unknown|older|adult] [adult|older] adult|adults|man|men|male|males',
    ],
    // Round 29 (open from round 28): a pet found there ("The cat was found at a man's flat").
    unlessNear: ['dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|tortoise|parrot|hamster|budgie|ferret'],
    window: 6,
  },
  {
    // "taken to Blackpool by men": a town. Hotels, parties and flats are go_taken_to_parties.
    code: 'am_moved_by_others',
    patterns: [`taken|brought to * by [a|an|the] [older] [unknown] ${ADULTS}|olders`],
    unlessNear: ['hotel|hotels|party|parties|flat|flats|house|houses|address|addresses|school|hospital|clinic|appointment|appointments|station'],
    window: 4,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      // Review 23B: "moved|taken ... between [*] towns" is below, with vetoes.
      'driven|taken|transported to [*] other|another|different towns|areas|cities|counties|town|area|city',
      'train|bus|coach tickets|ticket bought|paid|booked for [her|him] by',
      'train|bus|coach tickets|ticket bought|paid|booked by',
      'travel paid|arranged|booked for by',
      'travel paid|arranged|booked by',
      'taken out of area|county|town',
      'trafficked|trafficking',
      `driven|transported|moved to * by [a|an|the] [older] [unknown] ${ADULTS}|someone|boyfriend|olders`,
      'train|bus|coach tickets|ticket [to] [*] [were|was|are|is|have|has] [been] bought|paid|booked [for] [her|him|them] [by]',
      'travelling|travels|travelled|travel|going|goes|went to * on|by trains|train|buses|bus|coaches|taxis|taxi paid|booked|bought [for] [by]',
    ],
  },
  // Review 23B: not a family or tenant moving house, the police moving a child for safety, a vehicle or a youth worker.
  {
    code: 'am_moved_by_others',
    patterns: ['moved|taken|transported|driven|trafficked between [*] towns|areas|addresses|cities|counties'],
    unlessNear: [
      'landlord|landlords|eviction|evicted|housing|homeless',
      'the|her|his|their family moved',
      'by [the] police|officers',
      'by [her|his|their|a|the] youth|support worker',
      'lorry|lorries|van|vans|vehicle was|were driven',
    ],
    window: 8,
  },
  // ---- Wording from published reviews and guidance found missing in a research probe (2026-11-30) ----------------------
  // Jay 2014 (children taken to other towns), PACE and NWG sign lists, UKCIS 2023 on online grooming.
  {
    code: 'am_moved_by_others',
    patterns: [
      `taken|driven|brought by [a|an|the] [older] ${ADULTS}|olders to ${TOWNS}`,
      `taken|driven|brought to ${TOWNS} and|or ${TOWNS} by [a|an|the] [older] [unknown] ${ADULTS}|olders`,
    ],
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      `groomed|grooming|targeted on|via|through ${APPS} [by] [a|an] [older] [${ADULTS}]`,
      `groomed|targeted online|on-line by [a|an] [older] ${ADULTS}`,
    ],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `went|gone|goes|going|arranged|travelled to meet [up] [with] [a|an] [older] ${ADULTS}|someone|somebody|boy|lad|girl [*] [she|he] had|has [only] [ever] spoken|talked|chatted|met [to|with] online`,
      `meet [up] [with] [a|an] [older] ${ADULTS}|someone|somebody she|he had|has only [ever] spoken|talked|chatted [to|with] online`,
    ],
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `collects|collected|collecting|picks|picked|picking her|him|them [up] from [the|her|his|their] [*] [*] in|on a|an [*] [*] ${VEHICLE}|${CAR_MAKES}`,
    ],
    // Round 27: "school" only as the transport or the staff ("the school minibus collects him"), not as the place the
    // child is collected from ("her boyfriend, 24, collects her from school in a car" is the framework's sign).
    unlessNear: [FAMILY, 'social|worker|carer|carers|staff|escort|teacher|foster|arranged', 'school taxi|taxis|minibus|bus|transport|staff|escort'],
  },
  // Research pass (county lines signs: "being picked up or dropped off by someone you don't know"): "dropped off at the
  // unit late at night by a man staff do not know".
  {
    code: 'go_unknown_adults_collect',
    patterns: ['dropped|drops off [*] [*] [*] [*] [*] [*] by [a|an|two|several] [unknown|older] man|men|male|males|adult|adults|stranger|strangers'],
    unlessNear: [
      'arranged|escort|escorted|booked|member|colleague|officer|officers|police',
      'social worker|workers',
      'dad|uncle|grandad|stepdad|cousin|brother',
      // Review 2026-11-30: "male" naming a role, not an unknown man ("dropped off at the contact centre by a male taxi
      // driver"): "by a taxi driver" is no sign either.
      'male|female taxi|cab|minicab|driver|escort|carer|worker|nurse|teacher|relative|colleague|staff|member|support|officer',
    ],
  },
  {
    code: 'sh_sexual_assault',
    patterns: ['passed|handed around|round|between [*] [men|males|adults|friends] for sex', 'passed|handed around|round for sex'],
  },
  {
    code: 'go_taken_to_parties',
    patterns: [`taken|brought to a|the [*] nightclub|nightclubs|club|clubs|rave|raves by [*] ${ADULTS}|olders`],
  },
  {
    code: 'rg_unexplained_gifts',
    patterns: [`[a|an|the] [older] [adult] ${ADULTS} paid|pays|paying for ${HER}|him|them [*] tattoo|tattoos|piercing|piercings|nails|hair|eyelashes|lashes`],
  },
  {
    code: 'ad_substances_given',
    patterns: [`plied|plies|plying [her|him|them|the] [girls|boys|children|kids|young] [people] with [*] [*] [*] ${ALCOHOL}|${DRUGS}|drink`],
  },
  // Probe 24: nitrous oxide handed out ("given nitrous oxide canisters and spice by the older boys"); not gas and air at
  // the dentist or in labour.
  {
    code: 'ad_substances_given',
    patterns: [
      'given|gave|giving|gives|supplied|supplying|supplies|offered|handed [her|him|them] [some] nitrous|nos',
      'given|gave|giving|gives|supplied|supplying|offered|handed [her|him|them] [some] laughing gas',
    ],
    unlessNear: ['dentist|dental|hospital|paramedic|paramedics|ambulance|labour|birth|midwife|nurse|doctor|surgery|operation|procedure'],
    window: 8,
  },
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [`cutting|cuts|cut ${HER} arms|arm|legs|leg|wrists|wrist|thighs|thigh`],
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'declined|refused|refuses|declines|declining|refusing [to] [have|attend|do] a|the|her|his|their|an [return] [home] return|rhi|independent [return] [home] interview|interviews',
    ],
  },
  {
    code: 'am_found_out_of_area',
    patterns: [
      'found|located|arrested|stopped in [*] another|a|an [different|unfamiliar] town|city|area|county',
      'going|gone|went|goes country [with] [the] [older] [boys|lads|olders|males|men]',
      'no known links|link|connection|connections to [the] [area|town|city]',
      "found|located|recovered|arrested|stopped in|at a|the trap|crack|drug|drugs|dealer's house|flat|address|houses|flats [in] [*]",
    ],
  },
  // Probe (round 22b): "She has been staying at addresses in other towns" (Jay 2014: children taken to other towns);
  // not a relative's, a holiday or a placement.
  {
    code: 'am_found_out_of_area',
    patterns: ['staying|stayed|stays|sleeping|slept|been at addresses|flats|houses|hotels in other|different towns|cities|areas|counties'],
    unlessNear: [FAMILY, FAMILY_HOMES, 'holiday|holidays|placement|placements|respite|residential|school|college|university|work|job|trip'],
    window: 8,
  },
  // Round 17: "miles from home" beside a drug arrest is go_drug_arrest_out_of_area alone (README, fresh5), and a child
  // placed out of area by the local authority has not been found there.
  {
    code: 'am_found_out_of_area',
    patterns: ['hundreds of miles from home', 'miles from home', 'miles from her|his|their home|placement|address|family'],
    unlessNear: [DRUGS, 'pwits|pwitsd|supply|supplying|possession|intent|dealing|charged'],
    window: 12,
  },
  // Research pass (Children's Society: children "sent significant distances" and travelling alone late at night):
  // "travelling alone at night to towns far from home". A placement far from home is not being found there.
  {
    code: 'am_found_out_of_area',
    patterns: [
      'far from home',
      'found|located|stopped outside [the|her|his|their] [home] county|force',
      'picked up outside [the|her|his|their] [home] county|force',
    ],
    // Not a hospital, a job or a visit far from home ("The hospital is far from home so Mum struggles to visit").
    unlessNear: [
      DRUGS,
      'pwits|pwitsd|supply|supplying|possession|intent|dealing|charged',
      'placed|placement|placements|school|college|university|residential',
      'hospital|ward|work|works|job|visit|visiting|holiday',
      // Round 22 (review of round 21, L26): "not far from home" is near home.
      // Review 22a I18: "not so far" alone is "not yet".
      'not|nor|never [too|very|that] far',
      'not|nor|never so far from|away|off|out',
    ],
    window: 12,
  },
  {
    code: 'am_found_out_of_area',
    patterns: ['out of area|county|force'],
    unlessNear: ['placed|placement|placements|placing|move|moved|moving|foster|residential|home'],
  },
  {
    code: 'am_unknown_address',
    patterns: [
      'unknown address|addresses',
      'address|addresses unknown',
      'address|addresses not known|given',
      'address|addresses unknown',
      'address|addresses not known|given',
      'does|did|could not know|say|give|tell [us] [me] [the] address',
      "doesn't|didn't|couldn't|can't|cannot|won't|wouldn't know|say|give|tell [us] [me] [the] address",
      'unable to say|give|tell|name where she|he|they stayed|slept|was|were|had|has [been]',
      'unable to give|name [the|an] address',
      'does|did|could not know|say|give|tell [us|me|police|officers|staff|anyone] [the] address|street|road|postcode|area',
      "doesn't|didn't|couldn't|can't|cannot|won't|wouldn't know|say|give|tell [us|me|police|officers|staff|anyone] [the] address|street|road|postcode|area",
      "address|flat|house [in] [*] [that|which] she|he|they cannot|can't|couldn't name|give|remember",
      'does|did|could not know where she|he|they stayed|slept|was|were|had|has [been]',
      "doesn't|didn't|couldn't know where she|he|they stayed|slept|was|were|had|has [been]",
      'does|did|could not know where it is|was',
    ],
    // Not a parent's or another adult's address ("Dad's address unknown; no contact since 2022"; review 2026-11-30).
    unlessNear: ["dad's|dad’s|mum's|mum’s|father's|father’s|mother's|mother’s|perpetrator's|perpetrator’s|suspect's|suspect’s|his|their"],
    window: 2,
  },

  // F: familial abuse or problems at home
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

  // E: emotional and physical condition
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'self-harm*',
      'self harm*',
      'selfharm*',
      'cutting|cut|cuts|harming|harmed|hurting|hurt|burning|burned|burnt|ligatured ' + SELF,
      'cuts|cut|cutting to|on her|his|their arms|arm|wrists|wrist|legs|leg|thighs',
      'suicid*',
      'ligature|ligatures',
      'took|taken|take|had|has|taking an overdose|overdoses',
      'overdose|overdosed|overdoses',
      'thoughts|thinking|thought|thinks of|about ending|killing|taking|harming her|his|their life|herself|himself|themselves|own',
      'thoughts|thinking|thought|thinks of|about self-harm|suicide|dying',
      'tried|tries|attempted|attempting|wants|wanted to kill|end ' + SELF + '|her|his|their [own] [life]',
      'wants|wanted to die',
      'kill herself|himself|themselves',
      'end her|his|their life',
    ],
  },
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'sectioned',
      'low mood',
      'mood is|was low',
      'mood has|had been low',
      'depressed|depression|depressive',
      'hopeless|hopelessness',
      'feels|feeling|felt hopeless|suicidal',
      'mental health difficulties|problems|issues|concerns|needs|crisis|condition|deteriorat*',
      'poor mental health',
      'anxiety',
      'panic attacks',
      'psychosis|psychotic|bipolar|schizophreni*',
    ],
  },
  // Round 22: tears after a death are grief ("tearful since her grandad died"; three tuning-set lines, none annotated).
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['tearful'],
    // Review 22a I17: a bereavement, not "death threats" or "passed her number to his friends".
    unlessNear: ['died|dying|bereavement|bereaved|funeral|loss|grief|grieving|miscarriage', 'death of|in', 'passed away'],
    window: 8,
  },
  {
    code: 'ep_low_self_esteem',
    patterns: [
      'low self-esteem|self-worth|self-confidence|confidence|self-image',
      'low self esteem|worth|confidence|image',
      'poor self-esteem|self-worth|self-image|self-confidence',
      'poor self esteem|worth|image|confidence',
      'feels|feeling|felt ugly|unloved|unwanted|worthless|useless',
      'worthless',
      'is|am|was|being ugly|useless|unlovable|stupid|fat|disgusting',
      'hates|hated herself|himself|themselves',
      'hates|hated her|his|their appearance|body',
      'no self-worth|self-esteem',
    ],
  },
  {
    code: 'ep_learning_disability',
    patterns: [
      'learning disability|disabilities|difficulty|difficulties|needs',
      'autism|autistic|asd|asc|adhd',
      'special educational needs',
      'additional needs',
      'education health and care plan',
      'global developmental delay',
      'low iq',
    ],
  },
  {
    code: 'ep_isolated',
    patterns: [
      'no friends [of] [her|his|their] [own] [age]',
      'cut off from [her|his|their] friends|family|peers',
      'withdrawn from [her|his|their] friends|peers|family',
      'lost contact with [her|his|their] friends|peers',
      'no longer sees|seeing [her|his|their] friends',
      'stopped seeing [her|his|their] friends',
      'dropped|dropping|drops|lost|losing [all] [her|his|their] [school|old|usual] friends',
    ],
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: [
      'change|changes in [her|his|their] behaviour|behavior|presentation|mood|appearance|attitude',
      'behaviour|behavior|presentation has|have changed|deteriorated',
      'more|increasingly withdrawn|aggressive|secretive|volatile|angry',
      'secretive',
      'mood swings',
      // Round 26: the framework's own wording, a sudden change ("her mood changes suddenly", "sudden mood changes").
      'mood|behaviour|behavior changes|changed|changing suddenly',
      'sudden change|changes in [her|his|their] mood|behaviour|behavior',
      'sudden mood|behaviour|behavior change|changes',
      'changed her|his|their appearance',
      'out of character',
      'not her|his|their usual self',
    ],
    unlessNear: CHANGE_FOR_BETTER_CUES,
    window: 8,
  },
  {
    code: 'ep_eating_problems',
    patterns: [
      'eating disorder|disorders|problems|difficulties|issues',
      'disordered eating',
      'not eating',
      'restricting food|eating|intake',
      'anorexi*',
      'bulimi*',
      'gained|put on [a] [lot] [of] weight',
      'purging',
      'concerns|concern|worries|worried about|around|regarding [her|his|their] eating|diet|weight',
    ],
  },
  {
    code: 'ep_injuries_assault',
    patterns: [
      'black eye|eyes',
      'stab wound|wounds',
      'stabbed|slashed',
      'assaulted',
      'beaten up',
      'beaten',
      'burns|burn marks',
      'facial injuries|swelling',
      'bite marks',
      'assault on her|him',
      'physical assault',
      'marks on her|his neck|arms|body|face|legs',
    ],
    // Round 29b: not abuse as a younger child, which is fa_previous_abuse ("was beaten by an uncle as a younger child").
    unlessNear: ['beaten|assaulted by [a|an|her|his|their] [*] [*] as a [very] younger|young|small|little child|kid|boy|girl|teenager|teen|toddler|baby'],
    window: 0,
  },
  {
    code: 'ep_exhaustion',
    patterns: [
      'tired all the time',
      'always|constantly|very|extremely tired',
      'appears|appeared|looked|looks|seemed|seems tired|exhausted|malnourished',
      'falling|fell|falls asleep in lessons|class|school',
      'sleeping in lessons|class',
    ],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: [
      'surgical scar|scars',
      'unexplained scar|scars|scarring',
      'operation|operations|surgery|procedure abroad',
      // fresh20: "had an operation in another country that she cannot explain".
      'operation|operations|surgery|procedure in another country',
      'operation|operations|surgery|procedure in a different country',
      'kidney removed',
      'organ removal|harvesting',
    ],
  },

  // G: gangs, older age groups and involvement in crime
  {
    code: 'go_older_partner',
    patterns: [
      'seeing|dating [a|an] [much] older|adult man|male|guy|woman|female|boy|lad',
      'going|goes|went out with [a|an] [much] older|adult man|male|guy|woman|female|boy|lad',
      `seeing|dating [a|an] ${ADULT_YEAR_OLD} [man|male|guy|woman]`,
      `going|goes|went out with [a|an] ${ADULT_YEAR_OLD} [man|male|guy|woman]`,
      `${ADULT_AGES} year|yr [old] boyfriend|girlfriend|partner|bf`,
      'boyfriend|girlfriend|partner|bf [who] [is|was] [in] [his|her] [late|early|mid] twenties|thirties|forties|20s|30s|40s',
      'boyfriend|girlfriend|partner|bf [who] [is|was] over 18',
      `boyfriend|girlfriend|partner|bf he's|she's|he’s|she’s|who's [only|just] ${ADULT_AGES}`,
      'significant|large|big|considerable age gap|difference',
      'older boyfriend|boyfriends|girlfriend|girlfriends|partner|partners',
      'adult boyfriend|girlfriend|partner',
      // Round 29b: 'partner, who is 21' is in its own entry below, not for an adult's partner.
      'boyfriend|girlfriend|partner [who] [is|was] older|an|much|significantly|considerably|years adult|older',
      `${ADULT_YEAR_OLD} boyfriend|girlfriend|partner|bf`,
      'boyfriend|girlfriend|partner * years older',
      'in a relationship with [an] [a] [much] older|adult man|male|woman|female|adult',
      'relationship with [an] [a] [much] older man|male|woman|female|adult|boy',
      `boyfriend|partner in his|her ${range(2, 5)
        .map((n) => `${n}0s`)
        .join('|')}`,
    ],
    // "Mum's boyfriend, aged 34" is an adult in the household (fa_ codes), not the child's partner.
    unlessNear: OTHER_PERSONS_CUES,
    window: 2,
  },
  {
    code: 'go_older_friends',
    patterns: [
      // Round 25: also lads, boys and girls ("hangs around with lads in their twenties").
      'men|males|adults|friends|group|guys [who] [are] in their [late|early|mid] teens|twenties|thirties|forties|20s|30s|40s',
      // Review 25C: lads only in their twenties or later; boys and girls in their teens are peers, and women in their
      // thirties are as often staff or mum's friends.
      'lads [who] [are] in their [late|early|mid] twenties|thirties|forties|20s|30s|40s',
      'mixing|mixes|mixed|socialising|socialises|socialised|socializing|friendship|friendships with older|adult',
      'older friends|friend|peers|youths|group|groups|girls|associates|people|crowd',
      'friends|associates|associating|associates|hanging|hangs|hung|spends|spending|spent [time] [out] [around] with older',
      'associating|associates|hanging|hangs|hung around|out with adults|adult',
      'friends|friend|friendship|friendships with [an] [a] [unknown] adult|adults|men|man|males|male',
      'adult friends|friend',
      'befriended by',
      `${ADULT_YEAR_OLD} friend|friends`,
      `friend|friends|mate|mates who is|are [aged] ${ADULT_AGES}`,
    ],
    // Round 18: older peers or girls who are the agents of another sign (theft, robbery, threats about social workers),
    // or who run a supervised club, are not this sign.
    // Round 24: "told" only as an instruction to the child ("the older girls told her to steal"), not "older friends she
    // has not told anyone about" (fresh18).
    unlessNear: [
      'steal|stealing|stole|shoplift|shoplifting|robbery|robbed|reading|club|supervised|led|family',
      // Round 28: adults and animals befriended ("befriended by an older colleague", "a stray dog").
      'colleague|colleagues|stray|allotment|bowls|pensioner|pensioners',
      'told her|him|them|me',
      // Review 24c: nor older pupils telling staff something ("the older girls told the head of year that ...").
      'told the|a|an|staff|teachers|teacher|school',
      // Probe 24: sport with adults ("has joined a boxing gym and trains with men in their twenties").
      'gym|gyms|boxing|sparring|squad|trains|teammates|team-mates|cadets|scouts|explorers|guides|brigade|choir|netball|hockey|rugby|cricket|orchestra',
    ],
    window: 8,
  },
  {
    // An older person on their own ("an older man", "a 25-year-old male") is this code only when no other indicator
    // in the clause is about what that person does (buying, driving, messaging, a party, a relationship): then that
    // more specific code carries the sign.
    code: 'go_older_friends',
    patterns: [`${ADULT_YEAR_OLD} male|males|man|men`, 'older boy|man|male|woman|lad|guy|males|men|boys|lads|guys', 'group|groups of [older] men|males|adults'],
    // Round 19: further out, and robbery planned by older males, older boys who know a child's learning difficulty or
    // whom a social worker mentions (six tuning-set lines annotate only the other sign).
    // Probe 25: a sports team or league with adults ("plays in a five-a-side league with older men from his dad's work").
    unlessNear: [
      ...ACTOR_CUES,
      'robbery|robberies|planned|aware|mentioned|mention|razors|made|forced',
      // Round 25: older boys as the agents of another sign ("beaten up by older boys", "told he was family by the older
      // boys"; no tuning-set line annotates older friends there).
      'beaten|attacked|assaulted|robbed|threatened|stabbed|hit|bullied|chased|jumped|told [*] [*] [*] [*] [*] [*] by [the] [two|three|four|some|several|a] [group] [of] older',
      // Review 25D: not bare "sunday" or "pool" ("on Sunday she was seen with older men", "outside the swimming pool").
      'five-a-side|league|darts|bowls|squad',
    ],
    window: 12,
  },
  {
    code: 'go_peers_exploited',
    patterns: [
      'friends|friend|peers|peer|associates|group [are|is|were|was] [also] [being|known|believed|thought] [to] [be] exploited',
      'peer group [is|are] [known] [to] [be] [involved] [in|with] gang|gangs|exploitation|county',
      // Round 21: known to police, not "no older friends known to school or to mum".
      'peers|friends|associates known to [the] police|yot|yos [for] [exploitation|gangs|county|drugs]',
      'associates|associating with [known] gang members|nominals',
      'seen|spotted|stopped|found|out with [known] gang members|nominals|affiliates',
      'in the company of [known] gang members|nominals|affiliates',
      'has|have|had links|ties|connections to [a|the] [*] gang|gangs',
      'linked|connected|affiliated to|with [a|the] [*] gang|gangs',
      'gang-affiliated|gang-involved|gang-associated peers|friends|group|youths',
      'gang affiliated|involved|associated peers|friends|group|youths',
      'friends|peers involved in county lines',
      'friends|peers|friend * exploited',
      'friends|friend|peers|mates|classmates [*] [*] [*] are|is|were|was [also] [being] sexually|criminally exploited',
      'mate|mates|friend|friends|peer|peers|cousin was|were|has|have [been] stabbed|slashed|attacked|robbed|kidnapped in [a] line|turf|drug|drugs|postcode dispute|disputes|feud|war',
      'friends|friend|peers|mates|associates|classmates are|is|were|was [also] carrying|holding|running|selling|dealing|working [drugs] for [a|an|the] [*] [older] boys|lads|males|men|olders|elders|group|gang|line|dealers|people',
    ],
  },
  // Round 31: a friend harmed, only with the exploiters or the line named: "friend Malik was stabbed on the same line",
  // "friend was also assaulted by the same men" (README: friends "harmed in line disputes", "by the same group"). A
  // friend stabbed with nothing to link it ("low after his friend was stabbed") keeps the assault, about the friend.
  {
    code: 'go_peers_exploited',
    patterns: [
      'boys|girls|friends|friend|peers|classmates [in] [his|her|their] [class|year|school] were|was|have|has [been] stabbed|slashed|attacked|robbed|kidnapped [in] [a] [dispute|fight]',
      // With or without a name, and "also" not needed: the cues link it ("his friend was beaten up by the men he sells for").
      'mate|mates|friend|friends|classmate|classmates [*] was|were|has|have [also] [been] stabbed|slashed|attacked|assaulted|robbed|kidnapped|beaten|shot',
      // Review 31: or abused by them too ("her friend Chloe is also being abused by the same men").
      'mate|mates|friend|friends [*] is|are|was|were|has|have [also] [been] being abused|groomed',
    ],
    requiresNear: [
      'line|lines|gang|gangs|dealers|dealer|debt|debts|dispute|disputes|turf|territory|postcode|drug|drugs|county',
      'same men|group|gang|line|olders|people|adults|lads|boys',
      // Review 31: or by the olders, or by the men or group the child is with ("stabbed by the group he hangs around with").
      'olders|elders',
      'by the men|group|lads|people who|that|he|she|they',
      'sells|sell|sold|runs|run|ran|deals|deal|dealt|grafts|graft for',
    ],
    window: 8,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `unknown|unidentified|different|various|older ${ADULTS} in [a|an] [*] [*] ${VEHICLE}|${CAR_MAKES}`,
      `unknown|unidentified|different|various|older ${ADULTS} in [a|an] [*] ${VEHICLE}|${CAR_MAKES}`,
      `${ADULTS} waiting for|outside [her|him|them|the] [school|home|placement|house] [gates]`,
      `lifts|rides from|with|by [*] [unknown] [older] ${ADULTS}|drivers|driver`,
      `given lifts|rides`,
      `picked|collected|picking|collecting|picks|collects up ${HOW_OFTEN} by [*] [unknown] [older] ${ADULTS}|taxi|taxis|car|cars|driver|drivers|boyfriend`,
      `picked|collected|picking|collecting|picks|collects up|from [*] [from] school|home|placement|appointments|appointment ${HOW_OFTEN} by [*] [unknown] [older] ${ADULTS}|taxi|car`,
      `picked|collected|picking|collecting|picks|collects up [from] [the] [school|home|placement] ${HOW_OFTEN} by the same ${ADULTS}|man|car|driver`,
      `getting|got|gets|get|seen into|in [a|an|the] unknown|different|strange|expensive|various ${VEHICLE}`,
      `seen getting|entering into|in [a|an|the] [unknown|different|strange|expensive] ${VEHICLE}`,
      `unknown ${VEHICLE}`,
      `${VEHICLE} pulling|pulled|pulls|waiting up|outside`,
      `${VEHICLE} arrive|arrives|arriving|arrived|come|comes|came for her|him|them`,
      `${VEHICLE} turn|turns|turning|turned up for her|him|them`,
      `driven|drives|driving around by [*] [unknown] [older] ${ADULTS}`,
      `in [a|an] ${VEHICLE} with [*] [unknown] [older] ${ADULTS}`,
      `unknown|older ${ADULTS} in ${VEHICLE} picking|collecting|pick|collect [her|him|them] [up]`,
      `a|an|the [older] man|men|male|males|adult|adults in a|an ${VEHICLE} [waiting] [outside]`,
      `gets|got|getting into ${VEHICLE} with|driven by [older|unknown] men|males|adults|man`,
    ],
    // Round 21: the adult named as a relative or a worker ("the man waiting outside school is Ellie's stepdad", "the men in
    // the van outside were council workers"); review 21b M7: not a bare 'council' ("near the council offices").
    unlessNear: [
      `was|is|were|are [*] ${FAMILY}|stepfather|father|grandfather`,
      'workmen|builders|engineers',
      'council workers|worker|officers|officer|staff|contractors',
      'were|are|was|is [*] council',
      // Review 23B: goods collected ("a man in a van collects rubbish", "collects Kai's laptop for repair").
      'collects|collected|collecting|collect|picks|picked|picking|pick [up] [*] [*] rubbish|bins|food|shopping|laptop|parcel|parcels|furniture|bike|drugs|post',
      // Review 29b: the school's or a booked taxi, or one to a hospital or an airport ("the school taxi turns up for him at
      // 8", "a taxi turned up for her at the hospital after the scan").
      'school|sen|send|booked|council|usual|regular taxi|taxis|cab|cabs|minibus|transport',
      'taxi|taxis|cab|cabs|uber|ubers * [*] [*] [*] [at|to|from] [the] hospital|airport|station|wedding|clinic|appointment',
    ],
    window: 12,
  },
  // Round 17: "LAC review", "the LAC nurse", "LAC health assessment" name the service; the tuning sets do not annotate
  // them (eight false alarms), while "a LAC child" or "is LAC" still count.
  {
    code: 'fa_in_care',
    patterns: ['lac|cla'],
    unlessNear: ['review|reviews|nurse|nurses|health|medical|medicals|assessment|team|meeting|meetings|service|services'],
    window: 1,
  },
  // Round 17: a party at a house with the family there is not this sign (five tuning-set negatives).
  {
    code: 'go_taken_to_parties',
    patterns: ['parties|party at|in [a|an|the] [*] house|houses', 'house party|parties'],
    // Round 23 (left from round 22): with adults or strangers there; "went to a house party" is a teenager's weekend.
    // Review 23C: or people met online, drugs or cash there ("house parties with people she met online"); a party at
    // a flat, a hotel or an Airbnb also when it is regular (the entry below).
    requiresNear: PARTY_CUES,
    unlessNear: [
      "birthday|16th|18th|21st|parents|parent|mum|dad|friend's|friend’s|neighbour's|neighbour’s|aunt|family|sleepover|prom|supervised|present|cousin's",
    ],
    window: 12,
  },
  {
    code: 'go_taken_to_parties',
    patterns: ['parties|party at|in [a|an|the] [*] flat|flats|hotel|hotels|airbnb'],
    requiresNear: [...PARTY_CUES, 'every|weekends|regularly|nightly|most'],
    unlessNear: [
      "birthday|16th|18th|21st|parents|parent|mum|dad|friend's|friend’s|neighbour's|neighbour’s|aunt|family|sleepover|prom|supervised|present|cousin's",
    ],
    window: 12,
  },
  {
    code: 'go_taken_to_parties',
    patterns: [
      'taken|driven|brought to [*] [*] parties|party',
      'taken to [*] [adult|adults|house] parties|party',
      'went|goes|going|go to [*] adult|adults|older parties|party',
      'parties|party with [*] [older] adults|men|males|people',
      'taken to [a|an|the] [*] hotel|hotels|flat|flats|address|addresses|house|houses|airbnb',
      'taken|brought|driven to [*] [*] hotel|hotels|airbnb|airbnbs',
      'hotel|hotels|airbnb|airbnbs with [*] [older] adults|adult|men|males|man|male',
      'at|in|to [a|an] hotel|hotels|airbnb with [*] [older] adults|men|males',
      'guest house',
      'party flat|flats|house',
      'parties|party at [a|an|the] [*] flat|flats|house|address|hotel with [*] [older] adults|men|males',
    ],
  },
  {
    code: 'go_threats_violence',
    patterns: [
      'kicked|smashed|put in [*] [*] [*] [front] door|doors|window|windows',
      'door|doors|window|windows [was|were|has|have] [been] kicked|smashed|put in',
      'line|turf|territorial|postcode dispute|disputes|war|wars|rivalry|feud',
      'dispute|disputes|feud over [a|the] drugs|money|line|lines|territory|debt',
      'kidnapped|abducted|taxed',
      'held hostage',
      'threatened|threatening|threats|threaten|threatens [to] [kill|hurt|stab|harm|shoot]',
      'threatened with [a] knife|violence|weapon|gun',
      'intimidated|intimidation|intimidating',
      'family threatened',
      'fears|fear|scared|afraid|frightened for her|his|their safety|life',
      'retribution|reprisals',
      'know|knows|knew where [*] [*] [*] lives|live [and] [will|would|could] [hurt|kill|harm|stab|get] [her|him|them]',
      'will|would|going|gonna [to] hurt|kill|stab|shoot|harm her|him|them|his|her|their [mum|family|sister|brother]',
      'attacked|assaulted|beaten|jumped|stabbed|robbed by [the] [*] olders|gang|group|line|dealers|men|males',
      'knifepoint|gunpoint',
      'put|held a knife to',
      'warned [her|him|them] not to',
    ],
    // Probe 25: a sanction, not violence ("threatened with being dropped for being late", "with detention", "with eviction").
    // Review 25D: only as what is threatened; bare "dropped" or "eviction" silenced "threatened to stab him, then dropped
    // him off" and "door kicked in; they now face eviction".
    unlessNear: [
      'threatened|threatening|threats|threaten|threatens with [being] [a|an] detention|detentions|exclusion|eviction|expulsion|suspension|fines|fine|sanctions|sanction',
      // Review 25G: dropped from a team, not dropped off miles from home ("threatened with being dropped off miles from home
      // if she did not pay").
      'threatened|threatening|threats|threaten|threatens with [being] dropped from|for',
    ],
  },
  {
    code: 'go_arrests',
    patterns: [
      // Round 25: 'arrested' has its own entry, with the adult's arrest as a veto.
      'charged with',
      'in custody',
      'robbery|robberies|mugging',
      'shoplifting|shoplifted|theft|burglary|criminal damage',
      // Round 16: the service alone ("youth justice worker", "the youth offending file") is not an arrest.
      'known to youth offending|justice',
      'youth offending|justice order|orders|caution|cautions|conviction|convictions|outcome|outcomes',
      'criminal record',
      // Round 22: "subject to" is two words; written as an alternative, "given a referral order" never matched.
      'on|given|received|serving|got|gets a referral order',
      'subject to a referral order',
      'young offender|offenders institution|institute',
      'yoi|yois',
      'secure training centre|center',
      'charged|convicted|cautioned|remanded for',
      'in police custody',
      'remanded',
    ],
  },
  {
    // "Not known to police" is no sign, and it negates nothing after it ("A man not known to police gave her vodka"):
    // the entry is silenced, not the sentence negated (review 2026-11-30).
    code: 'go_arrests',
    patterns: ['known to police', 'known to police for * [and|or] [*] [*]'],
    // Probe 23: "older males known to police" are the males, not the child (go_older_friends).
    unlessNear: ["not|never|isn't|isn’t|wasn't|wasn’t", `${ADULTS}|olders|lads|boys|youths|associates|individuals|nominals [who|that] [are|were]`],
    window: 1,
  },
  // Review 23C: the child named with them ("He and his associates are known to police").
  { code: 'go_arrests', patterns: ['she|he and her|his associates|friends|mates|peers are|were known to police'] },
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      `carrying|carries|carried|holding|holds|held|selling|sells|sold|dealing|deals|dealt|running|runs|ran|moving|moved|delivering|delivers|delivered ${DRUGS}`,
      'running|runs|ran a|the line|lines',
      'in possession of [a] [quantity|number|amount] [of] wraps|deal|deals|bags',
      'wraps of',
      'deal bags',
      // Round 23: not a bare "trap house" ("went back to the trap house" is the return, "found in a trap house" the place).
      'trap phone|phones',
      // Review 23B: a crack house below (a parent living in one is the parent's drug use); in and out of a trap house.
      'working|works|worked|staying|stays|stayed|living|lives|lived|sleeping|slept|kept|held|selling|sells|sold|dealing|deals|dealt|bagging|cooking from|at|in a|the trap house|houses',
      'going|goes|went|coming|comes|came in and out of [the|a] trap house|houses',
      'working|works|worked|staying|stays|stayed|living|lives|lived|sleeping|slept|kept|held|selling|sells|sold|dealing|deals|dealt|bagging|cooking from|at|in a|the traphouse|traphouses|trap-house|trap-houses',
      'carrying|carries|carried|holding|holds|held|running|runs|ran|selling|sells|sold|dealing|deals|dealt|shotting|delivering [drugs] for [a|an|the] [*] [older] boys|lads|males|men|olders|elders|group|gang|line|dealers|cousin|brother|man|adults|people',
      `carrying|carries|carried|holding|holds|held|moving|moved [a|an] [bag|bags|quantity|load|amount|package|parcel|block] [of] ${DRUGS} [and] [${DRUGS}] [wraps|deals|bags]`,
      `bag|bags|quantity|load|package|parcel|block|blocks of ${DRUGS}`,
      'supply of class',
      'concerned in the supply',
      `carrying|holding [*] ${DRUGS}`,
      `to sell|carry|deliver|move|hold ${DRUGS}`,
      `${DRUGS} found on|in her|him|his`,
    ],
  },
  // Round 26: kept or stored for others ("is made to keep drugs in his room for the older men"); not medicines kept by a
  // pharmacy, a clinic or a carer.
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [`to keep|store|stash ${DRUGS}`],
    unlessNear: ['pharmacy|pharmacist|nurse|nurses|medication|medicine|medicines|prescribed|prescription|cabinet|locked|fridge|clinic|ward|hospital|safely'],
    window: 8,
  },
  // Review 23B: a parent back with her abuser is domestic abuse, not a controlled return ("Mum went back to the man who
  // abused her").
  {
    code: 'fa_domestic_abuse',
    patterns: ['went|goes|gone|returned|returns back to the|her man|partner|boyfriend|ex-partner who abused|hit|beat|assaulted her'],
    requiresNear: ['mum|mother went|goes|gone|returned|returns'],
    window: 2,
  },
  // Review 23B: staying or working at a crack house, not a relative's ("Jay's mum lives in a crack house").
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'working|works|worked|staying|stays|stayed|living|lives|lived|sleeping|slept|kept|held|selling|sells|sold|dealing|deals|dealt|bagging|cooking from|at|in a|the crack house|houses',
    ],
    unlessNear: [FAMILY],
    window: 10,
  },
  // Round 23: the offence named in an arrest or charge ("arrested in Bangor for possession with intent to supply",
  // "his cousin was arrested for PWITS") is the arrest, which the sets annotate alone (eight tuning-set lines).
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: ['possession with intent [to] [supply]', 'pwits|pwitsd'],
    // Review 23B: the arrest or charge for it, not any arrest word ("no arrest was made", "on bail for a burglary").
    unlessNear: [
      'arrested|arrest|arrests|charged|charge|charges|convicted|conviction|remanded|bailed|bail|custody|sentenced [in|at] [*] [*] [*] [*] for|with|on [suspicion] [of] possession|pwits|pwitsd',
      'pwits|pwitsd|supply [*] arrested|charged|convicted|remanded|bailed|sentenced',
    ],
    window: 12,
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      'found|caught|stopped|arrested|searched|located with * [*] [*] in cash|notes',
      'lock|flick|folding|hunting|zombie knife|knives',
      `${WEAPON} in [her|his|their] waistband|bag|pocket|pockets|sock|socks|room|bedroom`,
      `${WEAPON} [was] [were] found on|in [her|him|his|their]`,
      `${WEAPON} [was] [were] found|hidden|stashed under|behind|inside [her|his|their] [*] mattress|bed|wardrobe|drawer|drawers|pillow|room|bedroom`,
      `${WEAPON} found|recovered|seized during|in [a|the] [room|bedroom|house|property|stop] search`,
      `carrying|carries|carried|holding|holds|held [a|an] ${WEAPON}`,
      `found with [a|an] ${WEAPON}`,
      `in possession of [a|an] ${WEAPON}`,
      'bladed article|articles',
      'offensive weapon|weapons',
      'holding|hold|held|holds|carrying|carries money|cash for',
      'found|caught|stopped|arrested|searched with * [*] cash|money',
    ],
  },
  {
    // Cash the child keeps for others, with the money named nearby: "had £1,200 in cash ... he said he was holding it
    // for someone", "holding the money for an older man". Money with an ordinary explanation (birthday money, wages,
    // savings) is not. (A bare amount, "had £N in cash", was tried and reverted: one test false positive, round 6.)
    code: 'go_carrying_weapons_money',
    patterns: [
      `holding|minding|keeping [it|this|that|them|the] [${MONEY}] for someone|somebody|others`,
      `holding|minding|keeping [it|this|that|them|the] [${MONEY}] for [a|an|the] [older] olders|elders|men|man|adults|boys|lads|people`,
    ],
    requiresNear: [MONEY],
    unlessNear: EXPLAINED_CUES,
    window: 12,
  },
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: [
      'arrested|stopped|detained out of area|county|force',
      'arrested|stopped|detained [*] in another|a different town|city|area|county',
      'drug|drugs arrest|arrests out of area|county',
      'arrested|stopped|detained|caught in * with [*] [*] wraps|drugs|crack|heroin|cocaine|cannabis|deals',
      'arrested|stopped|detained|caught in * for possession|supply|dealing|pwits|pwitsd [with] [intent] [to] [supply]',
      'arrested|stopped|detained|caught for|with drugs|possession|supply|dealing in * far|miles from',
      // "arrested for PWITS in Dorchester, 150 miles from his home" (the town need not be a known one)
      'arrested|stopped|detained|caught|charged for|with pwits|pwitsd|possession|supply|dealing|heroin|crack|cocaine|drugs [with] [intent] [to] [supply] in|at * [*] [*] miles|far from',
    ],
    // Round 26: the slot after "in" is a place, not a time ("arrested in 2025 for possession", "caught in May with
    // cannabis").
    unlessNear: [`arrested|stopped|detained|caught in 19*|20*|${MONTHS}|summer|spring|autumn|winter|school|custody`],
    // Round 32: not the child's own town (OWN_PLACE).
    unlessNearAcross: OWN_PLACE,
    unlessNearAcrossWindow: 1,
    window: 0,
  },
  {
    code: 'go_cuckooing',
    patterns: [
      'cuckoo*',
      "taken over [the|her|his|their|mum's|family's|family] flat|home|house|property|address",
      "dealers|gang|gangs|people|males|men using|operating|dealing from [the|her|his|mum's|their] flat|home|address|house",
      "dealers|gang|gangs|people|males|men using|operating|dealing out of [the|her|his|mum's|their] flat|home|address|house",
    ],
  },
  {
    code: 'go_internal_concealment',
    patterns: [
      'drugs|packages|package|wraps|items concealed|hidden|secreted internally',
      'concealed|concealing|hidden|hiding|secreted internally',
      'plugging|plugged',
      'internally concealed|concealing|concealment',
      'internal concealment',
      'drugs concealed|hidden|secreted internally',
      'drugs concealed|hidden|secreted inside her|his|their body',
    ],
  },
  {
    code: 'go_forced_theft_begging',
    patterns: [
      'pressured|pressurised|coerced|used|groomed into|to steal|stealing|shoplift|shoplifting|rob|robbing|beg|begging',
      'stealing|shoplifting|robbing for [the] [*] older|olders|men|adults|males|gang',
      'made|forced|told|sent|instructed to steal|shoplift|beg|rob|commit',
      'begging|beg',
      'shoplifting to order',
      'stealing|steals|stole for',
      'forced begging',
      'forced criminality',
    ],
  },
  // Research pass: "the older boys make him shoplift to order", "made her beg outside the station".
  {
    code: 'go_forced_theft_begging',
    patterns: ['make|makes|made|making|force|forces|forced|forcing her|him|them steal|shoplift|beg|rob'],
  },

  // U: use of technology and sexual bullying
  {
    code: 'te_adults_contact_online',
    patterns: [
      `${ADULTS} [male|man|female|woman] has|have|had been messaging|contacting|texting|grooming`,
      `messages|messaging from [an|a] [*] [older] [unknown] ${ADULTS}`,
      `friend request|requests from [*] [older] [unknown] ${ADULTS}`,
      `older|adult|adults|unknown men|males|man|male|people|guys [on|via|over|through] ${APPS}`,
      `online contact|contacts|relationship|relationships|friend|friends with [an] [*] [older] [unknown] ${ADULTS}`,
      `messaging|messages|messaged|chatting|chats|chatted|talking|talks|talked|speaking|speaks|spoke to|with [an|a] [*] [older] [unknown] men|males|adults|adult|man|male|guys|guy|strangers|people [on|via|over|through] ${APPS}`,
      `contacted|contacts|messaged|added by [an|a] [*] [older] [unknown] adult|adults|men|man|males|male|guys|guy|strangers|people [on|via|over|through] ${APPS}`,
      `${APPS} friend|friends|contact|contacts who is|are older|adults|adult|men`,
      `[a|an] ${ADULT_YEAR_OLD} [man|male|woman] contacted|contacts|contacting|messaged|messages|messaging|added [her|him] [on|via|over|through] ${APPS}`,
      `${ADULTS} [*] [*] [*] [*] have|has|had been messaging|contacting|texting|adding [her|him] [on|via|over|through] ${APPS}`,
      `${ADULTS} contact|contacts|contacted|message|messages|messaged her|him [again] [on|via|over|through] ${APPS}`,
      `contact|contacts with [unknown|older] ${ADULTS} [on|via|over|through] ${APPS}`,
      'grooming online',
      'online grooming',
      'groomed online',
      'men|adults|males messaging her|him',
      `adults|strangers on|via|over ${APPS}`,
      `adult|adults|men|man|older [*] messaging|messages|contacting|contacted|added|adding|adds her|him [on|via|over] ${APPS}`,
    ],
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'nude|nudes|naked|indecent|sexual|explicit|intimate|sexualised image|images|photo|photos|pictures|picture|pics|videos|video|selfies|selfie',
      'sending|sent|send|sends|shared|sharing|share pictures|photos|images|nudes|pics|videos of herself|himself|themselves',
      'sending|sent|send|sends|shared|sharing|share [*] nudes|nude|naked|indecent',
      'asked|asking|asks [her|him] [to] send|for [*] pictures|photos|images|nudes|pics|videos',
      'iioc',
      'indecent images of children',
      'asked|asking|asks|pressured|pressuring|pressures [her|him|them] for|to [send] [*] nudes|pictures|photos|images|pics|videos',
    ],
  },
  {
    code: 'te_sextortion',
    patterns: [
      'threatened|threatening|threatens|threats that [the|her|his|their] [*] images|pictures|photos|videos|nudes|pics will|would',
      'demanding|demanded|demands money|payment',
      'demanding|demanded|demands more pictures|nudes|images|photos|videos',
      'sextortion',
      // Round 26: also "a threat to share his images" (framework: someone is threatening to share sexual images).
      'threatened|threatening|threatens|threats|threat to share|send|post|leak|release|expose [*] [*] images|pictures|photos|videos|nudes|pics',
      'threatened|threatening|threatens|threats|threat to share|send|post|leak|release|expose them|it',
      'blackmail*',
    ],
  },
  {
    code: 'te_live_streaming',
    patterns: [
      'perform|performing|performed sexual acts|acts on|for camera|webcam|video|live',
      'livestream*',
      'sexual|sex acts on|over camera|webcam|facetime|video',
      'webcam',
      'on camera for',
      'onlyfans',
      'sexual|sex acts|act [on|over] [a] [live] video|facetime|webcam|camera [call|calls|chat]',
    ],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meets|meet|meeting [up] [with] [an|a|the] adult|man|men|someone|person|people|male|boy|guy [she|he|they] [had] [been] chatting|talking|speaking|messaging [to|with] [on|via|over|online] [${APPS}]`,
      `arranged|arranging|planning|plans|planned|agreed to meet [up] [with] [*] [*] [*] [she|he|they] [had] [met|from] [on|via] ${APPS}`,
      `met up with [*] [*] [*] [she|he|they] [had] met [on|via] ${APPS}`,
      `meet|meeting|met|meets [up] [with] [a] people|men|adults|someone|strangers|males|man|male [from|on|via] ${APPS}`,
      `met|meet|meeting up with [an|a|the] adult|man|men|someone|person|people [she|he|they] [had] [been] chatting|talking|speaking to [on|via|over] ${APPS}`,
    ],
  },
  {
    // Round 19: "a man she met on Snapchat asked her for images", "people he met on Instagram" name where an adult in
    // another sign was met, not a meeting in person (ten tuning-set lines annotate only the other sign). The cue holds
    // the relative clause's own "met".
    code: 'te_meeting_online_contacts',
    patterns: [
      `met [her|his|them] [*] [on|via] ${APPS}`,
      'met online',
      `met|meets|meeting through|via|on [a|an|the] [*] platform|platforms|app|apps|game|games|site|website|${APPS}`,
    ],
    unlessNear: ['man|men|adult|adults|someone|people|person|boy|girl|guy|lads|woman|male she|he|they [had|has] met'],
    window: 4,
  },
  {
    code: 'te_several_phones',
    patterns: [
      'burner|burners',
      `several|multiple|secret|hidden|second|fake|other|different ${APPS}|social accounts|account|profiles|profile`,
      "phone [*] [*] [she|he|they] cannot|can't|couldn't|won't|unable [to] explain|account",
    ],
  },
  // Round 21: a second phone or SIM with an ordinary explanation (a work phone, an old one kept for music, a school
  // tablet, a parent's contract; six tuning-set lines) is not the sign.
  {
    code: 'te_several_phones',
    patterns: [
      'several|multiple|two|2|three|3|second|extra|different|another phones|phone|mobiles|mobile|handsets|handset|sim|sims',
      'new phones|iphones|mobiles|handsets',
      'sim cards|card',
      'second sim',
    ],
    // Round 25: phones he repairs as a hobby; phones handed in to a lost property office are not the child's. Review
    // 25C: not "hobby" alone, as often a claim ("says collecting old handsets is a hobby, but they ring constantly").
    unlessNear: [
      ...EXPLAINED_CUES,
      'work|job|manager|apprenticeship|music|school-issued|coursework|tablet|unused|repairs|repair|repairing|fixes|fixing',
      'lost property',
      'handed in',
    ],
    window: 12,
  },
  {
    code: 'te_worrying_calls',
    patterns: [
      // Round 26: also "dozens of calls a night" (framework: many calls or messages from unknown or older people).
      'constant|constantly|many|numerous|lots|frequent|repeated|persistent|dozens|hundreds [of] [phone] calls|messages|texts',
      'call after call',
      'phone constantly|always ringing|going|buzzing',
      'phone is always|constantly ringing|going|buzzing',
      'receives|receiving|received|gets|getting|got calls|messages|texts from unknown|older|withheld|private|adult|adults',
      'calls|messages|texts from [*] [unknown] [older] [adult] males|men|adults|numbers|people|olders',
      'full of messages|calls|texts',
      'leaves|left|leaving|goes|went|runs|ran [out] [straight] after|following [a|an] [phone] call|calls|text|texts|message|messages',
      'leaves|left|leaving|goes|went|runs|ran [the] [house|home|unit|placement] immediately|straightaway when|whenever|after [she|he|they] gets|get|got|receives|received a|an|his|her|their [phone] call|text|message',
      'leaves|left|leaving|goes|went|runs|ran [the] [house|home|unit|placement] straight away when|whenever|after [she|he|they] gets|get|got|receives|received a|an|his|her|their [phone] call|text|message',
      'withheld|private|unknown number|numbers',
      'phone|mobile rings|ringing|buzzes|buzzing|goes constantly|continually|repeatedly|non-stop [and] [she|he|they] [then] [leaves|left|goes|runs] [straight|immediately] [after|out]',
    ],
    // Not the office's or the house's phone (review 2026-11-30).
    // Probe 25: nor the staff's ("staff get lots of messages about parents' evening").
    // Review 26: nor the child's friends ("dozens of messages from her friends about the party").
    unlessNear: [
      'office|landline|reception|debt|collectors|staff|parents',
      'friends|classmates|teammates',
      // Review 28: a surgery or a hospital ringing from a withheld number ("The doctor rang from a withheld number to
      // give the results").
      'doctor|dentist|optician|results|hospital|surgery|rang|phoned',
      // Review 29: an app's notifications or a group chat ("her phone buzzes constantly with Instagram notifications").
      'notifications|notification',
      'group chat|chats',
    ],
    window: 6,
  },
  {
    code: 'te_online_bullying',
    patterns: [
      'comments|messages|rumours|rumors|posts|photos|videos [*] [are|were|being|have|has] [been] posted|shared|spread|sent about her|him|them',
      'unkind|nasty|abusive|horrible|threatening|hurtful|cruel comments|messages|posts',
      'trolled|trolling',
      'cyberbullying|cyber-bullying|cyberbullied',
      'cyber bullying|bullied',
      'harassed|harassment online',
      'harassed|harassment at school',
      'sexual harassment|bullying',
      'images|pictures|photos|nudes|videos [have] [been|were|was] shared|passed|circulated|circulating|going|sent|posted around|online',
      'images|pictures|photos|nudes|videos shared|passed|circulated|posted',
      'called names',
      `calling|called|calls [her|him|them] names [on|via|over] ${APPS}`,
      'slut-shaming|slut-shamed',
    ],
  },
  {
    code: 'te_online_offers',
    patterns: [
      'modelling|modeling work|job|jobs|opportunity|opportunities|shoot|shoots|contract',
      'easy|quick|fast money|cash',
      `offered|offering|offers [her|him|them] [a] [paid] work|job|jobs|cash|money|drugs [on|via|over|through] ${APPS}`,
      `job offer|offers [on|via] ${APPS}`,
      'advert|adverts|ads|post|posts offering work|jobs|money|cash',
      'money making scheme|opportunity',
      'money-making scheme|opportunity',
      `offered|offering|offers [her|him|them] [*] [*] work|job|jobs|money|cash|drugs on|via|through|over ${APPS}`,
    ],
  },
  {
    code: 'te_location_tracked',
    patterns: [
      'tracking|tracks|tracked|track her|his|their location|phone|movements [on|via|through|using] [snap|find|life360] [map|maps|my]',
      'location tracking|tracked|shared|sharing',
      'snap map|maps',
      'find my iphone|friends',
      'life360',
      'has|have|must|expected to answer|reply [the] [phone] [immediately|straight]',
      'checking up on her|him|them constantly',
      'location is|was|being|has|been shared [with]',
      'is|being|been tracked|monitored',
    ],
    unlessNear: AGREED_TRACKING_CUES,
    window: 12,
  },

  // A: alcohol and drug misuse
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [
      'smoking|smokes|smoked|smoke weed|cannabis|spliffs|spliff|joints|joint|skunk',
      'drug use|misuse|taking|user|users|abuse|dependency',
      'substance use|misuse|abuse',
      'using|uses|used|taking|takes|took|take drugs|substances',
      'high on',
      'smelt|smelled|smelling|smells of cannabis|weed|skunk',
      'under the influence of drugs|substances|cannabis',
      `dependent|dependence|addicted|addiction on|to ${DRUGS}`,
      'addicted|addiction',
    ],
  },
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [
      'drink|drinks|drinking|drank most|every|all days|nights|day',
      'drink|drinks|drinking|drank too much',
      `drink|drinks|drinking|drank heavily|regularly|excessively|daily|${ALCOHOL}`,
      'drink|drinks|drinking|drank every day|night',
      'drink|drinks|drinking|drank to excess',
      'drink|drinks|drinking|drank a lot',
      'binge drinking|drinks|drinker',
      'heavy drinking|drinker',
      'under the influence of alcohol',
      `smelt|smelled|smelling|smells of ${ALCOHOL}`,
      'alcoholic',
      `dependent|dependence|addicted|addiction on|to ${ALCOHOL}`,
      'hungover|hangover',
    ],
    // Round 28b: an adult's drinking within limits ("Dad drinks alcohol within recommended limits").
    unlessNear: [
      ...SOFT_DRINK_CUES,
      'within [safe|recommended|sensible|the] limits|limit',
      'safe|recommended|sensible limits|limit',
      // An adult's works do ("Dad drank alcohol at his works party").
      'works|work|office|staff party|do|meal|dinner',
    ],
    window: 4,
  },
  {
    code: 'ad_substances_given',
    patterns: [
      `given|gave|giving|gives|supplied|supplying|supplies|offered|offering|offers|provided|provides|providing|plied|plying [her|him|them] [with] [free] ${ALCOHOL}|${DRUGS}|cigarettes|vapes`,
      `free ${ALCOHOL}|${DRUGS}|cigarettes|vapes`,
      `given|gave|giving|gives|supplied|supplying|plied|plying [her|him|them] [with] drink|drinks|${ALCOHOL}|${DRUGS} and|or ${ALCOHOL}|${DRUGS}|drink|cigarettes|vapes`,
      `buys|bought|buying|buy [her|him|them] ${ALCOHOL}|${DRUGS}|cigarettes|vapes`,
      `older|adult|the boys|lads|males|men|man|adults|olders gave|give|gives|giving|supplied|supply|supplies|offered|offer|offers|bought|buy|buys [her|him|them] [with] [free] ${ALCOHOL}|${DRUGS}|cigarettes|vapes`,
      `adults|men|males|man|olders gave|give|gives|giving|supplied|supply|supplies|offered|offer|offers|bought|buy|buys [her|him|them] [with] [free] ${ALCOHOL}|${DRUGS}|cigarettes|vapes`,
    ],
    // Substances given before or during sexual contact are the more specific ad_substances_with_sex (eval README).
    // Research pass: "arrested for supplying heroin" is the child charged with supply, not given drugs.
    unlessNear: [
      'sex|intercourse|raped|rape|sexually',
      'arrested|charged|convicted|remanded|sentenced|pwits|intent|possession',
      // Probe 24: a prescription ("given cannabis oil by the GP for his epilepsy").
      'cannabis|cbd oil',
      'by [the|her|his|their] gp|doctor|consultant|pharmacist|nurse|hospital',
      ...MEDICINE_GIVEN_CUES,
    ],
  },
  // Round 31: drink or drugs given by adults, in the passive or to a group of children ("Luca's weed is given to him by
  // the adults", "the men outside may be giving the boys drugs"; fresh30: two lines read as the child's drug use).
  {
    code: 'ad_substances_given',
    patterns: [
      `${ALCOHOL}|${DRUGS}|spliffs|joints is|are|was|were|being given|supplied|provided|handed to her|him|them by [the] [older] ${ADULTS_NOT_PEOPLE}|olders|dealers|dealer|lads|boys`,
      `giving|gave|give|gives|supplying|supplied the|these|those|younger boys|girls|kids|children|lads|teenagers ${ALCOHOL}|${DRUGS}`,
    ],
    requiresNear: [`${ADULTS_NOT_PEOPLE}|olders|dealers|dealer|lads|boys`],
    unlessNear: [
      // Review 31: a lesson about them ("giving the boys alcohol awareness sessions").
      'awareness|education|session|sessions|lesson|lessons|talk|talks|workshop|workshops|advice',
      FAMILY,
      'gp|doctor|nurse|pharmacist|prescribed|prescription|medication|medicine|paramedic|hospital|teacher|teachers|school',
      ...MEDICINE_GIVEN_CUES,
    ],
    window: 8,
  },
  // Round 31: drink or drugs given with abuse or sex in the same sentence, in either order ("given alcohol before being
  // abused", "given drugs before the men abused him", "given pills at the party and does not remember the sex") are the
  // more specific code (README: "only the more specific code is annotated"; fresh30: four lines). Not medicine or a
  // lesson ("given the morning-after pill at the sexual health clinic").
  {
    code: 'ad_substances_with_sex',
    patterns: [
      `given|gave|giving|plied [her|him|them] [with] ${ALCOHOL}|drink|drinks|${DRUGS}|pill|pills`,
      // With the givers, as the broad code's wording has them ("the men gave her vodka until she passed out and then").
      `the ${ADULTS_NOT_PEOPLE}|olders|lads|boys|dealers gave|give|gives|giving her|him|them ${ALCOHOL}|drink|drinks|${DRUGS}|pill|pills`,
    ],
    // Abuse only when the substances came first (fresh18: "given cocaine and then abused" is annotated as given).
    requiresNear: ['sex|raped|rape|sexually', 'before [being|the|they|he|she] [*] abused|abusing|abuse'],
    unlessNear: [
      // The exchange itself is rg_sex_exchange ("given vodka in return for sex acts", "give her cannabis for sex", "if
      // she has sex with their friends", "paid for sex").
      'in return|exchange for',
      'for sex|sexual',
      'if she|he|they has|have|had sex',
      'paid|pay|pays|paying for',
      'clinic|education|lesson|lessons|talk|talks|session|sessions|morning-after|contraception|contraceptive|prescribed|prescription|medication',
      'by [the|her|his|their] gp|doctor|consultant|pharmacist|nurse|hospital|paramedic|paramedics',
      ...MEDICINE_GIVEN_CUES,
    ],
    window: 10,
  },
  {
    code: 'ad_substances_with_sex',
    patterns: [
      'too drunk|intoxicated|high|wasted to consent|remember|know',
      'could|does|did not remember|recall what happened',
      "can't|cannot|couldn't|doesn't|didn't remember|recall what happened",
      'no memory of what happened',
      'drugged',
      'spiked',
      'given alcohol|drugs before|during sex',
      `given ${ALCOHOL}|${DRUGS}|drink|drinks|alcohol before|during [the] assault|rape|abuse`,
      'woke up [*] [*] [with] no memory|clothes',
      'woke up [*] [*] naked|undressed',
      `given|gave|giving|plied|supplied|offered [her|him|them] [with] ${ALCOHOL}|${DRUGS}|drink|drinks before|then|and [then] [the] [*] [*] had|have|having sex|intercourse [with] [her|him|them]`,
    ],
  },
  {
    code: 'ad_intoxication_hospital',
    // Round 22: a parent found unconscious or intoxicated is their substance misuse ("Mum is drinking heavily again and
    // was unconscious when police attended"; two tuning-set lines). Every entry of the code shares it.
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['intoxicated', 'unconscious', 'alcohol poisoning', 'passed out'],
    // Not a fall, a fit or an operation ("Mum was unconscious after a fall").
    unlessNear: ['fall|fell|fainted|faint|seizure|seizures|fit|epilepsy|epileptic|diabetic|hypo|surgery|operation|anaesthetic|concussion|head'],
    window: 8,
  },
  // Round 21: a hospital visit counts when the child was intoxicated, not after drugs concealed internally (that sign)
  // or a parent's admission ("Mum has bipolar disorder and has been admitted to hospital").
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['taken|brought|conveyed|admitted to hospital [heavily] [intoxicated|drunk]'],
    requiresNear: INTOXICATION_CUES,
    unlessNear: ['concealed|concealment|internally|plugged|plugging|swallowed|packages|wraps'],
    window: 10,
  },
  {
    code: 'ad_supply_controlled',
    patterns: [
      `supplied|supply|supplies [*] by|from [an|a|the] [older] [unknown] ${ADULTS}|boyfriend|olders`,
      `${DRUGS}|${ALCOHOL} supplied|provided|given by`,
      'relies|relied|depends|depended on them|him|her|the olders for drugs|alcohol',
      'drugs|alcohol [are] [were] used to control',
      `dependent|dependant|reliant on [the] ${DRUGS}|alcohol|${ALCOHOL} [that|which] [the] [*] [*] supply|supplies|supplied|give|gives|provide|provides`,
    ],
  },

  // R: receipt of unexplained gifts or money
  {
    code: 'rg_sex_exchange',
    patterns: [
      `in return for sex|sexual|drugs|money|cash|alcohol|a|somewhere|lifts|cigarettes|vapes|food|gifts|${ALCOHOL}`,
      'sex|sexual [activity|acts|favours] in exchange|return for',
      'in exchange for',
      'exchange|exchanged|exchanging|trading|traded sex|sexual [favours|favors|acts|activity]',
      `sex for [a] money|drugs|cigarettes|place|somewhere|lifts|gifts|cash|vapes|${ALCOHOL}`,
      // Round 29: 'paid for sex' is in the round-29 entry below, with vetoes (sex education, a film).
      'sex with [*] [*] so|because [that] he|they|she would|will|could give|buy|let',
      'sold|selling|passed|handed|offered to [other] [*] men|males|adults|friends for sex',
      'passed|passing around between|among [*] men|males|adults',
      'transactional sex',
      'sexual favours|favors',
      `given|gave|paid|offered|offers|offering|gives money|cash|gifts|drugs|vapes|cigarettes|${ALCOHOL} for sex|sexual`,
    ],
  },
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      `paid for by [a|an|the] [*] [unknown|older] ${ADULTS}|boyfriend|someone|olders|friend|friends`,
      'buys|bought|buying|buy [her|him|them] things|stuff|presents|takeaways|food',
      'nails|lashes|eyelashes|eyebrows done|paid',
      'new clothes|clothing|trainers|jewellery|jewelry|gifts|items|bag|handbag|handbags|perfume|nails|jacket|coat|watch|designer',
      'new iphone|handset|smartphone|ipad|laptop|playstation|xbox|console',
      'new|designer|expensive clothes|trainers|jewellery|phone|iphone|bag|bags|watch|jacket|coat and [a|an|some] [new|designer|expensive] clothes|trainers|jewellery|jewelry|phone|iphone|bag|handbag|watch|jacket|coat|perfume',
      // Round 25: with an article ("came back with new trainers"). Not a phone: a new phone no one can account for is
      // te_several_phones in the framework's own wording (and in most sets), and that entry finds "a new phone" here.
      'comes|came|coming home|back with [a|an|some] [new|expensive|designer] [*] clothes|clothing|trainers|jewellery|jewelry|bag|gifts|items|money|cash',
      'designer clothes|clothing|gear|trainers|labels|bag|bags|items',
      'expensive clothes|clothing|trainers|gifts|items|jewellery|jewelry|phone|phones|perfume|watch|jacket|bag|bags',
      'unexplained gifts|items|possessions|belongings',
      `gifts|presents from [an|a] [older] [unknown] ${ADULTS}|boyfriend|friends`,
      'bought [her|him|them] [*] clothes|trainers|gifts|jewellery|jewelry|perfume',
      'new things',
      'bought [her|him|them] a|an [new] phone|iphone|trainers|watch|bag|jacket|coat|necklace|ring|bracelet',
      'new nails|eyelashes|lashes|hair extensions',
      `gifts|presents from [an|a] [older] [unknown] ${ADULTS}|boyfriend|friends|olders`,
    ],
    unlessNear: EXPLAINED_CUES,
    window: 8,
  },
  // Round 22 (review of round 21, L26): a new phone number, contract or SIM is not a gift.
  {
    code: 'rg_unexplained_gifts',
    patterns: ['new phone|mobile'],
    unlessNear: [...EXPLAINED_CUES, 'phone|mobile number|numbers|contract|sim|case|charger|screen|cover'],
    window: 8,
  },
  {
    code: 'rg_unexplained_money',
    patterns: [
      'topped|topping up [her|his|their] phone|mobile',
      'phone|mobile [is|was|gets|being] topped up',
      'found * [*] [*] in cash',
      'cash|money|notes found in [her|his|their] room|bedroom|bag|pocket|pockets|drawer|coat|shoes',
      'always|often|regularly|suddenly has|had money|cash',
      'returns|returned|returning with [*] [*] cash|money',
      'cash|money [that] [she|he|they] could not explain|account',
      "cash|money [that] [she|he|they] couldn't|couldn’t explain|account",
      'large amounts|amount|sums|sum of cash|money',
      'unexplained money|cash|income|funds',
      'rolls|roll|wads|wad|bundles|bundle of cash|money|notes',
      'phone|mobile credit|top-ups|top-up|topups|topup',
      'top ups',
      'top-ups|top-up|topups',
      'taxis|taxi|uber|ubers [rides|fares] paid for',
      'paid for taxis|taxi|ubers|uber|travel|train',
      'money for taxis|travel',
      'has|had more money|cash than',
      `cash|money from [an|a] [unknown] [older] ${ADULTS}|boyfriend|olders`,
      `paying|pays|paid|pay for ${HER} taxis|taxi|ubers|uber|travel|trains|train`,
      "cash|money [that] [she|he|they] cannot|can't|won't|will|does|did [not] explain|account",
      'new bank card|cards',
      'found * [*] [*] in notes',
    ],
    unlessNear: EXPLAINED_CUES,
    window: 8,
  },
  {
    code: 'rg_accommodation_offered',
    patterns: [
      'place|somewhere to sleep|live|go',
      'offered|offering|given|gave [her|him|them] [a] place|somewhere|room|bed to stay|sleep|crash',
      'place|somewhere to stay|crash',
      "staying|stays|stayed|sleeping|sleeps|slept at [an|a|the] [unknown] [older] adult's|man's|male's|men's|adults flat|house|address|home|place",
      'somewhere|place to chill|hang',
      'use|used|using [the|their|his|her|a] flat|house|address|garage to drink|smoke|party|hang|chill',
      'offered|offering|offers|given|gives|giving|gave [her|him|them] free * and somewhere to chill|stay|sleep|crash|hang',
      'offered|offering|offers|given|gives|giving|gave [her|him|them] free * and a place to chill|stay|sleep|crash|hang',
      'gives|gave|giving|offers|offered|offering [her|him|them] free food|meals|takeaway|lifts|rides [and] [lifts|food|meals|rides] [home]',
    ],
  },
  // Round 23: not a parent's or carer's leave to stay up, in or behind ("Dad lets him stay up late on Fridays").
  {
    code: 'rg_accommodation_offered',
    patterns: ['let|lets|letting|allowed|allows|allowing her|him|them [to] stay|sleep|crash|live'],
    unlessNear: [FAMILY, 'staff|teacher|teachers|school', ...STAYS],
  },
  // The same leave given by a man or a boyfriend, whoever else is named near it ("a man she met outside school lets her
  // stay at his flat", "her boyfriend's brother lets her stay").
  {
    code: 'rg_accommodation_offered',
    patterns: ['let|lets|letting|allowed|allows|allowing her|him|them [to] stay|sleep|crash|live'],
    requiresNear: ["adult|adults|man|men|male|males|stranger|strangers|dealer|dealers|olders|boyfriend|boyfriend's"],
    unlessNear: ['staff|teacher|teachers', ...STAYS],
  },
  {
    code: 'rg_status_rewards',
    patterns: [
      'give [her|him|them] status|belonging',
      'street cred|credibility',
      'name for himself|herself|themselves',
      'boasts|boasted|boasting|brags|bragged|bragging about [*] money|cash|clothes|status|respect|reputation',
      'status|belonging|reputation from|within|in the group|gang|olders',
      'in|joined|joining a|the gang',
      'member of a|the gang',
      'gang member|membership|involvement|affiliation|affiliated|associated|related',
      'gang-affiliated|gang-involved|gang-related|gang-associated',
      'sense of belonging',
      'looked after by the olders',
      'group|gang|olders|elders will|would protect|promised [to] [protect] [her|him|them]',
      'feel|feels|felt|feeling like somebody|someone|important',
      'gives|gave|giving [her|him|them] status|belonging',
    ],
  },
  // Round 22 (review of round 21, M8): protection and respect are a reward only from the group, not from the police,
  // staff, a school or a court ("The police offered her protection from the older men").
  {
    code: 'rg_status_rewards',
    patterns: [
      'give|gives|gave|giving [her|him|them] respect|protection',
      'respect|protection from|within|in the group|gang|olders',
      'respected|protected by the|his|her|their group|gang|olders|older|boys|lads',
      'protection and|or respect|status',
      'feels|felt|feeling respected|important|protected|powerful',
    ],
    // Probe 25: not respect in an ordinary role ("feels respected by the younger players he coaches").
    // Review 25D: "class", "job" and "work" only as the place of the respect ("feels important now the gang give him work"
    // and "has stopped going to class" are the sign).
    unlessNear: [
      ...SERVICE_AGENTS,
      'coaches|coaching|volunteers|volunteering|teammates|classmates|colleagues',
      'at|in [her|his|their|the] job|work|class|team|club',
      'by|with [the|her|his|their] [younger|other] players|pupils|students|team',
    ],
    window: 8,
  },
  {
    code: 'rg_debt_bondage',
    patterns: [
      'money|debt [that] [she|he|they] owes|owe|owed',
      'pay|paying|paid back [the|a|her|his|their] [drug] debt|money|olders|dealers',
      'drug|drugs debt|debts',
      'in debt to',
      'debt bondage',
      'work|working|pay|paying off [the|a|her|his|their] [drug] debt|debts',
      'robbed of [the] drugs|money|package|stash|gear',
      'lost the drugs|package|stash|gear',
      'set up robbery|robberies',
      'staged robbery|robberies',
      'owes|owe|owed|owing [*] [*] for [the] drugs|gear|phone|package|stash|weed|cannabis|it',
      'a|the|big|large debt|debts',
      'work|working it off',
      'told [she|he|they] owes|owe|owed',
      'i|she|he owe|owes|owed them|the|olders|elders [olders|elders|men|boys|lads]',
    ],
  },
  // Review 23B: owed to the men, not to a bank, a friend or a relative ("her brother owes money to the bank").
  {
    code: 'rg_debt_bondage',
    patterns: ['owes|owe|owed|owing [*] [a] money|debt|cash to', 'owes|owe|owed|owing [*] money'],
    unlessNear: [`to [a|an|the|her|his|their] bank|banks|council|landlord|friend|catalogue|lender|loan|shop|${FAMILY}`],
  },
  {
    code: 'rg_bank_account_used',
    patterns: [
      'bank account|accounts|card|cards in [*] [*] name|names',
      'account|accounts opened in [*] [*] name|names',
      `money|sums|payments going|went|paid|moved|transferred through|into [${HER}] [bank] account|accounts`,
      'money mule|mules|muling',
      'money muling',
      'bank account|accounts|card|cards|details used|given|handed',
      `asked|asking|asks for ${HER} bank account|card|details`,
      `using|uses|used ${HER} bank account|card|details`,
      'bank account|card that|which others|men|adults|someone|they are|is|were|was using|used',
      `money through|into ${HER} account|bank`,
      `moved|paid|transferred|sent|put|going|gone|went through|into ${HER} [bank] account|accounts`,
      'bank details',
      `${HER} bank account|accounts|card|cards|details [has|have|is|are|was|were] [been|being] used|given|handed|taken`,
    ],
    // Round 28: her wages or benefits paid in (review 27).
    unlessNear: ['wages|wage|salary|benefits|benefit|ema|bursary|allowance|pension|universal|credit|savings|trust|fund|refund|pocket|loan'],
    window: 8,
  },
  // Round 17: "released under investigation" after the arrest it follows is the same sign, not a second one.
  { code: 'go_arrests', patterns: ['released under investigation', 'rui'], unlessNear: ['arrested|arrest|charged|custody'], window: 20 },
  {
    code: 'rg_unpaid_work',
    patterns: [
      'wages|money|pay|earnings from the|a|her|his car wash',
      'wages|money|pay|earnings from the|a|her|his nail bar',
      'wages|money|pay|earnings from the|a|her|his takeaway',
      'pays|paid him|her|them nothing',
      'is|was|are|were paid nothing',
      'keeps|keep|kept none of the|her|his|their money|wages|pay|earnings',
    ],
    // Round 26: wages the child keeps and saves, with payslips ("saving his wages from the car wash for driving lessons;
    // his mum sees his payslips").
    unlessNear: ['saving|saves|saved|savings|payslip|payslips'],
    window: 10,
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['not paid'],
    unlessNear: ['volunteer|volunteers|volunteering|charity|award|edinburgh|placement|experience'],
    window: 10,
  },
  // Round 17: the workplace alone, where the note already gives the pay or names other people's doings there.
  {
    code: 'rg_unpaid_work',
    patterns: ['nail bar', 'car wash', 'working|works|worked at|in [a|the] car wash', 'working|works|worked at|in [a|the] nail bar'],
    unlessNear: [
      'wage|wages|pay|paid|payslip|payslips|contract|minimum|money|nothing|earnings|keeps|kept',
      "boyfriend|partner|seeing|uncle|uncle's|group|men|deport|deported|trafficked|hangs|hanging|linked",
    ],
    window: 12,
  },
  {
    code: 'rg_unpaid_work',
    patterns: [
      'unpaid work|labour|labor',
      'no pay',
      'little or no pay',
      'cannabis farm|factory',
      'cannabis grow|grows|grow-house|grow-houses',
      'earnings|wages taken|withheld|kept',
      'forced labour|labor',
      'wash|bar|takeaway|farm|factory for no|little pay|money',
      'wash|bar|takeaway|farm|factory|restaurant where she|he|they is|are|was|were not paid',
      'seven|7 days a week',
      'long hours for little|no pay|money',
    ],
  },
  // Review 28: "made to work" apart, without an adult's shift or rota ("Mum was made to work weekends by her new manager").
  {
    code: 'rg_unpaid_work',
    patterns: ['made to work'],
    unlessNear: ['shift|shifts|overtime|rota|contract|manager|boss|employer|colleagues|colleague|hours'],
    window: 6,
  },

  // D: distrust of authority figures
  {
    code: 'da_not_disclosing',
    patterns: [
      'refuses|refused|refusing|declines|declined to say|tell|explain|reveal|answer',
      'will|would not answer [any] [*] questions',
      "won't|wouldn't|won’t|wouldn’t answer [any] [*] questions",
      'gave|gives|giving no|little information|details|account',
      "won't|wouldn't|refuses|refused|refusing|declines|declined [to] disclose|name|discuss",
      'will|would not disclose|name|discuss',
      'will|would|does|did not show|let [staff|anyone|us|me|mum|her|his] [anyone] [see] [her|his|their|the] phone|messages',
      "won't|wouldn't|doesn't|didn't|refuses|refused|refusing [to] show|let [staff|anyone|us|me|mum|her|his] [anyone] [see] [her|his|their|the] phone|messages",
      'deleted|deletes|deleting [all] [her|his|their] messages|chats|history|call',
      'reluctant|unwilling|scared|frightened|afraid to disclose|talk|say|discuss|speak|tell|name',
      'not disclosing|disclosed',
      'no disclosure|disclosures',
      'refuses|refused to give|provide [a] details|statement',
      'no comment',
      'denies|denied anything is|was wrong|happening',
      'says|said nothing is|was wrong|happening',
      "won't|won’t|wont talk about",
      'will|would not talk about',
    ],
    // Round 19: not naming the father of a pregnancy (four tuning-set lines annotate only the pregnancy), and "no
    // disclosure of sexual assault" (the sets annotate the negated sign it names).
    unlessNear: ['the father', 'disclosure|disclosures of'],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: [
      'recanted|recants|recanting|recant',
      'says|said [she|he|they] made it up',
      'says|said [she|he|they] lied',
      'withdrew|withdrawn|retracted|retract|retracts|retracting|withdraws|withdrawing [her|his|their|the] disclosure|statement|allegation|allegations|complaint',
      'no longer supports|supporting|wants|wishes [a] [police] prosecution|action',
      'does|did not want to make|give|provide a statement',
      "doesn't|didn't want to make|give|provide a statement",
      'declined|declines|refused|refuses to make|give|provide a statement',
      'took it back',
      'changed [her|his|their] mind about the allegation|disclosure|statement',
      'now says|said nothing happened',
      "now says|said it didn't|didn’t|didnt happen",
      'now says|said it did not happen',
    ],
  },
  {
    code: 'da_hostile',
    patterns: [
      'uncooperative|obstructive|rude|dismissive towards|to|with|at',
      'refused|refuses|refusing to let [*] [the] worker|workers|police|officers|staff|nurse in',
      'hostile|hostility',
      'aggressive|abusive|violent towards|to|with staff|police|officers|professionals|workers|carers|me|school',
      'verbally abusive|aggressive',
      'swore|swears|swearing at',
      'angry with|towards|at professionals|police|workers|staff',
      'spat at',
      'anti-police|anti-authority',
      'hates|hate [the] police|professionals',
      'hates|hate social workers|services',
      // Round 26: also one officer or doctor ("screamed at the attendance officer").
      'shouted|shouting|shouts|screamed|screaming|yelled|yelling at [the] [*] worker|workers|staff|police|officer|officers|professionals|teacher|teachers|nurse|doctor|carers|me|us',
      'stormed|walked out',
      'told [the] [*] worker|workers|police|officers|staff|nurse to go away|leave',
    ],
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'not in|home for [the] [planned|arranged|announced] visit|visits|appointment|appointments',
      'no response at [the] door|address',
      'could|can not be seen|contacted|reached',
      "couldn't|can't be seen|contacted|reached",
      'does|did not turn|show up',
      "doesn't|didn't turn|show up",
      'no-show|no-shows',
      'avoids|avoiding|avoided [the] worker|workers|professionals|staff|police|contact|appointments|visits',
      'hid|hides|hiding from [the] worker|workers|police|staff|professionals',
      'refuses|refused|refusing|declines|declined|declining to engage|engagement',
      'not engaging|engaged|engage',
      "won't|wouldn't|doesn't|didn't engage",
      'does|did|would|will not engage',
      'disengaged|disengaging|disengagement|disengages',
      'poor|limited|minimal engagement',
      'did not attend',
      'was not brought',
      'dna|dnas|wnb',
      'missed appointments|appointment|sessions|session|visits',
      'failed to attend',
      'no access visit|visits',
      'refuses|refused|refusing to see|meet|speak|talk',
      'declined|declines|refused|refuses [the] support|help|services|referral|intervention|offers',
      'would not open the door',
      'not at home for|when',
      'missed [*] appointments|sessions|visits|meetings',
      'will|would|does|did not see|meet [the] [*] worker|workers|nurse|police|professionals|staff',
      "won't|wouldn't|doesn't|didn't see|meet [the] [*] worker|workers|nurse|police|professionals|staff",
      'not answering|answer the door|phone|calls',
      'did not open the door',
      'cancelled|cancels|cancelling appointments|sessions|visits',
    ],
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'account|accounts|story|stories|version|versions|explanation|explanations of [*] [*] [*] changed|changes|changing|varied|varies|differed|differs',
      'contradicts|contradicted|contradicting herself|himself|themselves',
      'does not add up',
      "doesn't|doesn’t add up",
      'inconsistent|conflicting|contradictory|changing|differing|different account|accounts|story|stories|explanation|explanations|versions|version',
      'account|story|accounts|stories|explanation changed|changes|varied|varies|differs|differ|keeps',
      'changed [her|his|their] account|story|explanation|version',
      'given|gives|gave|giving different|false|various|several|fake names|ages|dates',
      'does|do|did not match',
      'gave|gives|given different accounts|versions|stories',
      'story|account keeps changing',
      'account|accounts|story|stories|version|explanation of|about [*] [*] [*] [*] [*] keeps|kept changing',
    ],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      `returned|brought|dropped [back|off|home] by [a|an|the] [*] [unknown] [older] ${ADULTS}`,
      // A car or taxi on its own is how carers often bring a child back: only an unknown one is a sign.
      'returned|brought|dropped [back|off|home] by [a|an|the] [*] unknown|unfamiliar|unidentified|different|various|older car|cars|taxi|taxis|driver|drivers',
      // ... or one the adults are in, or that the child did not know.
      `returned|brought|dropped [back|off|home] by [a|an|the] car|cars|taxi|taxis|van [full] [of|with] [driven] [by] [two|three|four|several|some] [*] older|unknown ${ADULTS}`,
      'returned|brought|dropped [back|off|home] by [a|an|the] car|taxi|driver [driver] [that|who] she|he|they did|does not know|recognise',
      "returned|brought|dropped [back|off|home] by [a|an|the] car|taxi|driver [driver] [that|who] she|he|they didn't|doesn't know|recognise",
      'say|said|says [that] [he|they|she] would|will bring her|him|them back',
      'returns|returned|returning [home] [only] when|after [a|the] [phone] call|text|message',
      'keeps|kept|keep going|returning|running back to',
      "keeps|kept|keep returning|going to [the|those] [same] men's|man's|male's|adult's [*] address|flat|house",
      'have|has|had|got to keep going|returning back',
      'goes|went|returns|returned|returning back to them|him',
      'goes|went|returns|returned|returning back to the group|address|same',
      'drawn back to',
      'tells|told|telling her|him|them when to come|go back|return',
      'returns|returned|returning to the [same] address|flat|group|area|males|men|olders',
      'always goes|went back',
      "cannot|can't|can’t|couldn't|couldn’t stay away",
      'could not stay away',
    ],
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'insists|insisted|maintains|maintained|claims|claimed [that] [the] [*] men|man|adults|males|he|they|olders is|are|was|were [her|his|their|just] friends|friend|boyfriend|mates|mate|family|nice|kind',
      'covering|covers|covered for',
      'protective of|protects|protecting|defends|defending|defended [her|his|their|the] [older] boyfriend|him|them|perpetrator|perpetrators|abuser|abusers|males|men|olders|friends',
      'loyal to',
      'speaks|spoke|talks|talked highly|warmly|positively|fondly of [him|them|her|his]',
      'says|said he|they love|loves her|him',
      'says|said he|they care|cares about|for her|him',
      'says|said he|they look|looks|looked after her|him',
      'will not hear a word against',
      'believes|believed [he|they] [is|are] [her|his] boyfriend|girlfriend|friends',
      // "Says he is her boyfriend" (the child vouching for him), not "says her boyfriend is 23" (a report of his age).
      'says|said he|she is|was [her|his] boyfriend',
      'in love with',
      "will|would|does|did not give|tell|say [the] [police|us|staff|officers] [the] man's|adult's|boyfriend's|his|their|abuser's name|names|details|identity",
    ],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'distrust|mistrust|distrustful|mistrustful of|towards [the] police|professionals|services|authorities|workers|social|authority',
      'distrusts|mistrusts|distrusted|mistrusted [the] police|professionals|services|authorities|workers|social|authority',
      'does|did not trust [the] police|professionals|social|services|workers|authorities',
      "doesn't|didn't trust [the] police|professionals|social|services|workers|authorities",
      'told [she|he|they] [will|would] [be] arrested|deported|locked|taken',
      'told [that] [the] police|immigration will|would',
      'police|immigration would|will deport|arrest|take [her|him|them|me]',
      'scared|afraid|frightened|fearful|terrified of [the] police|immigration|deportation|authorities|arrest',
      'scared|afraid|frightened|fearful|terrified of being arrested|deported',
      'scared|afraid|frightened|fearful|terrified of social services|workers',
      'fear|fears of [the] police|deportation|authorities|immigration|arrest|prosecution',
      'frightened of getting into trouble',
      'told [that] [the] police|immigration|authorities will|would',
      'told [that] [the] social workers|services|care will|would',
    ],
  },
  {
    code: 'da_documents_held',
    patterns: [
      'passport|passports|id|documents|papers|cards held|taken|kept|withheld|confiscated by',
      'passport|passports|documents|papers is|are|was|were|being|has|have [being] [been] withheld|confiscated',
      'passport|passports|documents|papers is|are|was|were|being|has|have [being] [been] held|taken|kept by [a|an|the] [*] man|men|adult|adults|male|males|boss|employer|people|someone|agent|trafficker|traffickers|them|him',
      `holds|held|holding|keeps|kept|keeping|took|taken|takes ${HER} passport|documents|id|papers|cards`,
      `holds|held|holding|keeps|kept|keeping|took|taken|takes ${HER} bank card|cards`,
      `does|did not have|hold ${HER} [own] passport|documents|id|papers`,
      `no access to ${HER} passport|documents|id|papers|money`,
      'who|man|adult|adults|men|someone|they has|have|holds|hold|keeps|keep|took|take|takes|taken her|his|their passport|documents|papers|id',
    ],
    // Research pass: a parent keeping a card or passport safe ("Mum keeps his bank card in the kitchen drawer so he does
    // not lose it") is not someone withholding it (eval README hard negative: passport kept at home by mum).
    // Round 22: nor a relative or carer keeping it safe, or the child keeping their own ("her aunt keeps her passport
    // safe", "She keeps her passport and her birth certificate in a folder", "He keeps his bank card in his wallet").
    unlessNear: [
      'mum|dad|mother|father|parent|parents|nan|gran|grandma|grandad|lose|losing',
      // Review 22b I3: not a bare "safe" or "wallet": "he keeps her passport safe, he says" is what exploiters say; the
      // child keeping her own, a relative or a carer is vetoed by the other lines.
      'aunt|auntie|stepmum|step-mum|stepdad|step-dad|carer|carers|foster|safekeeping|agreement|folder|canteen',
      'in her|his own wallet|purse',
      'she keeps|kept|holds|held her',
      'he keeps|kept|holds|held his',
      'they keep|kept|hold|held their',
      ...DOCUMENTS_ERRANDS,
    ],
  },
  {
    code: 'da_coached_account',
    patterns: [
      'sounded|sounds|sound|seemed|seems|appeared|appears rehearsed|coached|scripted|practised|practiced|learnt|learned',
      'rehearsed|scripted|coached|prepared answers|responses',
      'coached|rehearsed|scripted|identical account|accounts|story|stories|statement|statements',
      'account|story [appeared|appears|seemed|seems] [to] [be] rehearsed|coached|scripted',
      'would not let her|him speak',
      'word for word',
      'same account as',
      '[the|an|a] [adult|man|woman|male|female|uncle|aunt|carer] answered|answers|answering [every|all|the] [*] questions|question for her|him|them',
    ],
  },
  // Round 23 (left from round 22): an adult who speaks for the child, not a parent, a carer or an interpreter ("Mum
  // answered for him", "Grace's mum speaks for her because of her speech and language difficulty").
  {
    code: 'da_coached_account',
    patterns: ['spoke|speaks|answered|answers|speaking|answering for her|him|them'],
    // Review 23C: the parent, carer or interpreter must be the one speaking (not the note's writer: "The interpreter
    // noted that the man who brought him answered for him"), and an anxious child is a warning sign, not a reason.
    unlessNear: [
      'mum|dad|mother|father|parent|parents|nan|gran|grandma|grandad|carer|carers|stepdad|stepmum|interpreter|translator [*] [*] spoke|speaks|answered|answers|speaking|answering',
      'speech|language|nonverbal|non-verbal|deaf|mutism|autism|autistic',
      'because|as she|he|they is|are|was|were|gets|get [very|too|so] shy',
    ],
    window: 8,
  },
  // ===== Round 3: wording with context cues, and paraphrase families =====
  // Words moved here from the entries above are innocent in some notes; the cues say when they count. The families
  // add the common ways each sign is written (a class of words near another class, in the phrase grammar) rather than
  // single phrasings.

  // --- Words that are often about teaching, other people or ordinary events
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [HARD_DRUGS],
    // Round 21: "brought in heavily intoxicated on ketamine" is the emergency attendance (ad_intoxication_hospital).
    // A drug named as something carried, hidden, seized or owed ("20 wraps of crack cocaine", "drugs were concealed
    // internally", "arrested for drugs", "the drugs were taken from him") is supply (go_ codes), not the child's use.
    unlessNear: [
      ...EDUCATION_CUES,
      ...PRESCRIBED_CUES,
      'wraps|wrap|deal|deals|parcel|parcels|package|packages|stash|possession|supply|supplying|intent|pwits|concealed|concealing|plugged|plugging|seized|arrested|carrying|holding|selling|dealing',
      'taken|stolen|robbed from',
      'intoxicated|overdosed|overdose on|with',
      // Review 23a: found on someone or on a date is not the child's use ("Class A drugs were found on Mr Smith").
      'were|was found on',
      // Review 28: a film, a book or a school project ("The heroin in the film was fake").
      'film|films|book|books|novel|documentary|project|essay|homework|topic|play|character|characters',
      // Round 28b: an animal's medicine or a police dog's search ("The vet gave the dog diazepam for the fireworks").
      'vet|vets|sniffer|dog|dogs|horse|cat',
    ],
    window: 5,
  },
  // Round 21: "drug(s)" alone also names a service, a test or a trade ("Drugs worker:", "referred to the young people's
  // drug service", "drug test negative", "a fight over drug territory"; tuning sets).
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drugs|drug'],
    unlessNear: [
      ...EDUCATION_CUES,
      ...PRESCRIBED_CUES,
      'wraps|wrap|deal|deals|parcel|parcels|package|packages|stash|possession|supply|supplying|intent|pwits|concealed|concealing|plugged|plugging|seized|arrested|carrying|holding|selling|dealing',
      'taken|stolen|robbed from',
      "drug|drugs worker|workers|worker's|service|services|team|project|agency|clinic|counsellor|nurse|test|tests|testing|screen|screening|territory|territories",
      'were|was found on',
      // Probe 23: "older men known to police for drugs" is their record, not the child's use.
      'known to [the] police for',
      // Probe 24: "the drugs and alcohol worker ran a session" names a service.
      'and|or alcohol worker|workers|service|services|team|nurse|counsellor|project|agency|practitioner',
    ],
    window: 5,
  },
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['alcohol'],
    // Round 18: "blood alcohol very high" (an ED finding, ad_intoxication_hospital) and alcohol a child is made to steal.
    unlessNear: [
      ...EDUCATION_CUES,
      'blood|steal|stole|stealing|shoplift|shoplifting|shoplifted|nick|nicking|nicked',
      // Review 28: first-aid and cleaning products ("The alcohol wipes are kept in the first aid box").
      'wipes|wipe|gel|sanitiser|sanitizer|swab|swabs|rub|spray',
      // Round 28b: an adult's drinking within limits, or drink bought for a meal ("Mum's alcohol use is within safe
      // limits", "Dad bought some alcohol for the barbecue"); a man who bought her alcohol is ad_substances_given.
      'safe|recommended|sensible|healthy limits|limit|levels|amounts',
      'within limits',
      'bought|buys|buy|buying some alcohol',
      'for the|a barbecue|bbq|dinner|meal|wedding|christening',
      'trifle|cake|recipe|sauce|baking|cooked|cooking',
      'works|work|office|staff party|do|meal|dinner',
    ],
    window: 5,
  },
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drinking', 'drunk'],
    unlessNear: [...EDUCATION_CUES, ...SOFT_DRINK_CUES],
    window: 3,
  },
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: ['county lines', 'county-lines', 'drug running|dealing|dealer|dealers|runner|runners|supply|supplying|line|lines'],
    unlessNear: [
      ...EDUCATION_CUES,
      // Round 29b: a conference or area figures, not the child ("the regional conference heard that most child referrals
      // in the area relate to county lines").
      'conference|conferences|seminar|seminars|statistics|prevalence|nationally|nationwide|researchers',
      'referrals|cases * [*] [*] [*] relate|related|relating|linked to',
    ],
    window: 5,
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: ['knife crime'],
    // Round 29b: also a conference or area figures ("the seminar covered county lines and knife crime").
    unlessNear: [...EDUCATION_CUES, 'conference|conferences|seminar|seminars|statistics|prevalence|nationally|nationwide|researchers'],
    window: 5,
  },
  { code: 'te_sexual_images', patterns: ['sexting'], unlessNear: EDUCATION_CUES, window: 5 },
  {
    code: 'te_online_bullying',
    patterns: ['bullied', 'bullying'],
    unlessNear: ['anti-bullying|ambassador|ambassadors|policy|assembly|week|lesson|lessons|workshop|training'],
    window: 4,
  },
  {
    code: 'fa_in_care',
    patterns: ['residential placement|home|unit|care'],
    unlessNear: ['gran|nan|grandma|grandad|grandmother|grandfather|elderly|dementia|nursing|great-gran|great-grandmother'],
  },

  {
    code: 'am_school_exclusion',
    patterns: ['excluded'],
    unlessNear: [
      'meeting|meetings|discussion|discussions|chat|chats|group|groups|game|games|team|list|conversation|decision|decisions|friendship|activities|plans',
    ],
    window: 4,
  },
  {
    code: 'ep_isolated',
    patterns: ['isolated', 'isolation'],
    unlessNear: ['incident|incidents|occasion|room|booth|booths|unit|covid|covid-19|virus|illness|case|event'],
    window: 3,
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['withdrawn'],
    unlessNear: [
      'statement|statements|allegation|allegations|disclosure|complaint|course|application|offer|support|consent|referral|funding|service|services|from|money|cash|charges|case|account|accounts|part',
      // Round 22: "she has not withdrawn anything she told the ABE officers". Review 22b I12: as the verb's object only,
      // not "withdrawn and told staff she is scared of the men".
      'withdrawn anything|nothing|evidence|claim|claims|request',
    ],
    window: 3,
  },
  {
    code: 'ep_injuries_assault',
    patterns: ['bruise|bruises|bruised|bruising', 'injury|injuries|injured'],
    // "The minor injuries unit" is a place, not an injury. Round 19: the explanation often comes later in the sentence
    // ("the bruise on his shin is from a football tackle"), and in other words ("falling", "Sunday league").
    // Probe 25: a sports injury in a coach's words ("forced to miss the race with an injury").
    unlessNear: [
      ...EXPLAINED_INJURY_CUES,
      'unit|units|miu',
      'falling|league|tackle|tackled|goalkeeping|goalkeeper|boxing|climbing|coach',
      // Review 25D: not body parts ("bruising to her ankle and wrists after she was found with the men").
      'race|races|season|hamstring|sprint|marathon|tournament|fixture|fixtures|squad|selection',
    ],
    window: 9,
  },
  { code: 'go_arrests', patterns: ['arrest|arrests'], unlessNear: ['cardiac|respiratory'], window: 2 },
  {
    code: 'go_arrests',
    patterns: ['cautioned|caution'],
    unlessNear: ['with caution', 'exercise|exercised|urged|urge|advised|advise|advises|treat|treated caution'],
    window: 2,
  },
  // Round 22: not a search on its own ("Police searched him and found no weapon or money": a stop and search is not an
  // arrest, and no tuning-set line annotates a search as one).
  { code: 'go_arrests', patterns: ['searched'], requiresNear: ['arrest|arrested|section|custody'], window: 6 },
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['unresponsive'],
    unlessNear: ['texts|messages|calls|emails|contact|letters|requests|to'],
    window: 2,
  },
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['collapsed'],
    unlessNear: [
      'placement|placements|arrangement|arrangements|case|trial|prosecution|relationship|talks|plan|plans|business|tent|building|ceiling|roof|house|wall',
      // Round 31: a grandparent's collapse or an illness is a medical emergency ("Grandad collapsed at the allotment").
      // Review 31: the grandparent as the one who collapsed, not who found the child ("her nan found her collapsed"); CPR or
      // a racing heart can follow drink or drugs.
      'grandad|granddad|grandfather|grandpa|grandma|grandmother|nan|nana|gran [has|had] collapsed',
      'heart attack|condition|problem|problems|failure',
      'stroke|seizure|diabetic|epileptic|asthma|asthmatic',
    ],
    window: 3,
  },
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['emergency department', 'attended|attends|attending|taken|brought|conveyed ed|ae|hospital'],
    requiresNear: INTOXICATION_CUES,
    window: 8,
  },
  { code: 'rg_unexplained_gifts', patterns: ['gifts'], unlessNear: EXPLAINED_CUES, window: 8 },
  {
    // Free food, lifts or credit from men at a takeaway or shop: a grooming pattern (Rochdale, Rotherham), not a treat.
    code: 'rg_unexplained_gifts',
    patterns: ['free food|meals|takeaway|takeaways|chips|kebabs|pizza|lifts|rides|taxis|credit|top-ups'],
    requiresNear: ['men|man|males|male|adults|adult|older|olders|takeaway|takeaways|shop|owner|owners'],
    unlessNear: [...EXPLAINED_CUES, 'school|college|club|charity|foodbank|church|youth|worker|workers|staff|voucher|vouchers'],
    window: 8,
  },
  { code: 'rg_unexplained_money', patterns: ['large amount'], requiresNear: ['cash|money|notes|pounds|quid|grand'], window: 3 },
  {
    code: 'rg_debt_bondage',
    patterns: ['owes|owed'],
    unlessNear: [
      'apology|explanation|thanks|favour|favor|lot|gratitude',
      'debt of',
      // Review 23B: an ordinary creditor.
      `to [a|an|the|her|his|their] bank|banks|council|landlord|friend|catalogue|lender|loan|shop|${FAMILY}`,
      // Probe 25: a small sum owed to a relative or a shop, or paid back ("owes his brother a tenner", "owed £2 and paid").
      `her|his|their ${FAMILY}`,
      'tenner|fiver|pence|quid|repaid|customer',
      'paid it|back|the|next',
    ],
    window: 4,
  },
  // Research pass (county lines slang in guidance and reviews): a drug debt is a "tick" ("has a tick with the elders",
  // "given the gear on tick", "working to clear his tick").
  {
    code: 'rg_debt_bondage',
    patterns: ['a|his|her|their tick with|to|from', 'on tick', 'clear|clears|cleared|clearing|pay|pays|paying|paid off [his|her|their|the] tick'],
    // Not a tick removed by the GP or a tick on a form (review 2026-11-30).
    requiresNear: ['drugs|drug|gear|olders|elders|older|lads|line|gang|owe|owes|owed|debt|dealer|dealers|work|working|sell|selling|food'],
    unlessNear: [FAMILY],
    window: 8,
  },
  // Research pass (NRM indicators for children: a debt for the journey worked off): "must pay back the cost of his
  // journey to the UK by working".
  {
    code: 'rg_debt_bondage',
    patterns: [
      'pay|pays|paying|repay|repays|repaying|work|works|working back|off [the] [cost|price] [of] [her|his|their] journey|passage|travel|smuggling|smuggler|agent',
      'owes|owe|owed|owing [*] [*] for [her|his|their] journey|passage|travel',
      'repay|repays|repaying|repaid [the] [cost|price] [of] [her|his|their] journey|passage|travel|smuggling|smuggler|agent',
    ],
  },

  // --- S / A: sexual health, missing
  {
    code: 'am_missing',
    patterns: [
      'was|is|been|were|are|remains|remained|had|has missing',
      'failed|fails|failing to come|return home|back',
      'absent|away from placement|home|care overnight|without',
      'absent|away from her|his|their placement overnight|without',
      'absent|away from her|his|their placement|home overnight|without',
      'left|leaves|leaving placement|home|care without permission|overnight',
      'left|leaves|leaving the home|placement without permission|overnight',
      'left|leaves|leaving [the] placement|home|care without permission',
      'left|leaves|leaving [the] placement|home|care overnight',
      'unauthorised|unauthorized absence|absences from placement|care|home',
      'unauthorised|unauthorized absence|absences from the home|placement',
      'unauthorised|unauthorized absence|absences from [the] placement|care|home',
      'returned|brought back by police',
      'police returned|brought her|him|them home|back',
      'out of contact',
      'whereabouts',
      'not been seen since',
      // Round 22: "no one" is two words; written as an alternative, "nobody knew where she was" never matched.
      'nobody|no-one knew|knows where [she|he|they] was|were|is|are',
      'no one knew|knows where [she|he|they] was|were|is|are',
      'nobody|no-one knew|knows where [she|he|they] was|were|is|are',
      'did|does|has|had not return|returned [back|home] to',
      "didn't|doesn't|hasn't|hadn't return|returned [back|home] to",
    ],
    unlessNear: [
      'school|lesson|lessons|class|classes|kit|homework|coat|shoe|shoes|tooth|teeth|item|items|phone|money|cash|piece|pieces|pages|data|information|details|form|forms|signature|lunch|appointment|appointments|session|sessions|dose|doses|link',
      // Round 25: a thing missing ("nothing was missing from the wallet", "the TV remote was missing", "missing from the
      // cutlery set").
      'remote|tv|controller|knife|knives|cutlery|spoon|fork|book|books|laptop|ipad|tablet|ring|watch|jacket|dog|cat|parcel|letter',
      // Review 25C: the thing missing, not the child's bag found ("she was missing and her bag was found by the canal").
      'nothing|none|wallet|purse|keys|key|bag|bags|bike|property was|were|is|are|went|go|goes|been missing',
      'missing from the|her|his|their wallet|purse|bag|bags',
      // The school day: "does not come back for the afternoon" is am_school_absence.
      'afternoon|afternoons|lunchtime|period|periods',
    ],
    window: 3,
  },
  {
    // Round 19: the same cues further out for "did not come back" ("leaves school at lunchtime after a phone call and
    // does not come back" is am_school_absence: three tuning-set lines).
    code: 'am_missing',
    patterns: [
      'did|does not come|return|go home|back',
      "didn't|doesn't|hasn't|hadn't|never come|came|return|returned home|back",
      'did|has|had not come|returned|been home|back',
      'not returned|come home|back [to] [placement] [last|that|overnight|by]',
    ],
    unlessNear: [
      'school|lesson|lessons|class|classes|kit|homework|coat|shoe|shoes|tooth|teeth|item|items|phone|money|cash|piece|pieces|pages|data|information|details|form|forms|signature|lunch|appointment|appointments|session|sessions|dose|doses|link',
      'afternoon|afternoons|lunchtime|period|periods',
    ],
    window: 9,
  },
  // Round 17: found by police with adults or at an address is am_found_with_adults; the missing episode itself is not
  // annotated apart from it.
  {
    code: 'am_missing',
    patterns: ['located|found|traced|recovered by police'],
    unlessNear: [ADULTS, VEHICLE, 'flat|hotel|house|address|room|olders|lay-by'],
    window: 15,
  },
  {
    code: 'am_staying_out_late',
    patterns: [
      'out|stayed|stays|staying until|till the early hours',
      'in|at the early hours',
      'home|back after|around|at|gone 1|2|3|4|5 in the morning',
      'comes|came|coming|gets|got|getting|returns|returned|returning home|back very|really late',
      'late nights|night out',
      'out late at night',
      'out at night',
      'out overnight',
      'stayed|stays|staying|stopped|stopping over|away [at] [*] [*] [*] without permission|telling',
      'missed|misses|breached|breaches|broke|breaks [her|his|their] curfew',
    ],
    // Round 28: a family celebration (review 27).
    unlessNear: ["wedding|birthday|christening|eid|diwali|christmas|prom|festival|concert|celebration|family|cousin's|aunt's|uncle's|nan's"],
    window: 8,
  },
  {
    code: 'am_school_absence',
    patterns: [
      'attendance [is|has|was] [*] [gone|fallen|dropped|dropping|falling|down] [to] 1*|2*|3*|4*|5*|6*|7*|8*',
      'stopped|stops going|attending to school|college|lessons',
      'out of school|lessons|class during',
      'walked|walks|walking|ran|runs out of school|lessons|class',
      'not in lessons|class',
      'off-site|offsite during|without',
    ],
  },
  {
    code: 'sh_sexual_activity',
    patterns: [
      'sleeping|slept|sleeps with [an|a] [*] older|adult|man|men|males|guys|boyfriend',
      'had|has|having sexual|sex contact|intercourse',
      'sex with [an|a|the] [*] [older] man|men|adult|adults|boyfriend|males|him|them',
    ],
    // Round 25: a count of men is many partners (sh_many_partners), which this longer span would swallow ("said she has
    // had sex with three men in a week").
    unlessNear: ['two|three|four|five|six|seven|eight|several|multiple|many|numerous|different men|males|boys|lads|partners|people'],
    window: 2,
  },

  {
    code: 'am_found_with_adults',
    patterns: [`found|located|traced|recovered|discovered [*] [*] [*] [*] [*] [*] [*] [*] with [*] [*] [unknown|older|adult] ${ADULTS}`],
    // Round 23: a search that found nothing ("the phone download found no contact with adults online").
    // Review 23C: not bare "online|chats" ("Found at 2am with unknown adults after her online chats were traced").
    // Round 25: a test result and sex told of, not a child found ("screening at the clinic found Chlamydia, and she said she
    // has had sex with three men"; fresh24).
    unlessNear: [
      'found|located|traced|discovered no|nothing|none',
      'no contact|evidence|messages|sign|signs',
      'sex|intercourse with',
      'screening|screen|swab|swabs|chlamydia|gonorrhoea|gonorrhea|syphilis|herpes|sti|stis|infection|x-ray|scan|bloods',
    ],
    window: 4,
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

  // --- E: emotional and physical
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'ptsd|ocd',
      'personality disorder',
      'psychiatric unit|ward|hospital|admission|inpatient',
      'mental health unit|ward|hospital|admission|crisis team',
      'struggles|struggling|struggled with [her|his|their] [own] mental health',
      'feeling|feels|felt down|low|sad|flat|empty',
      'crying|cries a lot|constantly|all the time|every day',
      'crying|cries a lot',
      'crying|cries constantly',
      'crying|cries all the time',
      'crying|cries every day',
    ],
    // Not a baby crying ("The baby cries a lot at night"; review 2026-11-30).
    unlessNear: ['baby|babies|infant|newborn|toddler|colic|teething'],
    window: 4,
  },
  {
    // "Fresh cuts to both forearms": a school nurse's or ED note of self-harm without the word; an injury with a cause
    // (sport, a fall, a dog) is left out.
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['[fresh|new|healing|superficial|linear] cuts|scratches to|on [her|his|their] [both] [left|right] forearm|forearms|wrist|wrists|thigh|thighs'],
    unlessNear: EXPLAINED_INJURY_CUES,
  },
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'scratching|scratched|scratches ' + SELF + '|her|his arms|wrists|legs',
      'hurting|hurts|hurt|harming|harms ' + SELF,
      'wanted|wants|want to die|disappear',
      'not want|wanting to be alive|live',
    ],
  },

  // --- G: gangs, older people, crime
  // Probe (round 22b): "She has been seen with known sex offenders" (adults who spend time with the child).
  {
    code: 'go_older_friends',
    patterns: [
      'seen|spotted|found|out|hanging|hangs|associating|associates|mixing|mixes with [a] [known|registered|convicted] sex|sexual offenders|offender',
      'in the company of [a] [known|registered|convicted] sex|sexual offenders|offender',
    ],
  },
  {
    code: 'go_older_friends',
    patterns: [
      'much|significantly|considerably|lot|far|years older than her|him|them',
      `men|males|adults|guys|lads|boys|people|friends [who] [are] [aged] [between] ${ADULT_AGES}`,
      `hanging|hangs|hung|spending|spends|spent|socialising|socialises|seen|associating|associates|mixing|mixes|knocking|knocks [time] [out|around|about] with [a] [group] [of] [unknown] men|males|adults|olders|elders|guys`,
    ],
    unlessNear: [
      'church|chapel|mosque|temple|gurdwara|synagogue|faith|community|tribal|village|council|religious|family|relatives|teachers|staff|coaches|coach',
    ],
    window: 4,
  },
  {
    code: 'go_older_friends',
    patterns: ['adult males|men', 'grown men'],
    unlessNear: [
      ...ACTOR_CUES,
      'church|chapel|mosque|temple|gurdwara|synagogue|faith|community|tribal|village|council|religious|family|relatives|teachers|staff|coaches|coach',
    ],
    window: 8,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `get|gets|getting|got|seen|climbing|climbed|jumped|jumping|went|goes|leaving|left into|in [a|an|the] [*] [*] ${VEHICLE}|${CAR_MAKES}`,
      `${ADULTS}|someone|somebody picks|picked|picking|collects|collected|collecting [her|him|them] up`,
      'picks|picked|picking her|him|them up',
      `lift|lifts|rides|ride from|with [a|an|the] [*] [older] [unknown] ${ADULTS}|guy|guys|olders|someone|somebody`,
      `${VEHICLE} [seen] [waiting|parked] outside [the] [her|his] [school|home|placement|house|address]`,
      `${VEHICLE} registration|reg|registered`,
    ],
    requiresNear: UNKNOWN_ADULT_CUES,
    unlessNear: ARRANGED_TRAVEL_CUES,
    window: 8,
  },
  {
    code: 'go_taken_to_parties',
    patterns: [
      `party|parties where|with [*] [there] [were] [older] ${ADULTS}|drugs|alcohol`,
      'gatherings|gathering at [a|an|the] [*] flat|house|hotel|address',
      `taken|driven|brought to [*] [*] [*] flat|flats|house|houses|address|addresses where [there] [were] [older] ${ADULTS}`,
    ],
    // Round 28b: a parent's colleague at a family party ("came to the party with a man from her mum's work").
    unlessNear: [
      "mum's|dad's|mother's|father's|parent's|stepdad's|stepmum's work|office|job|firm",
      'colleague|colleagues',
      // An entertainer at a children's party ("a man dressed as a clown").
      'clown|clowns|magician|entertainer|santa|dressed',
    ],
    window: 8,
  },
  {
    code: 'go_threats_violence',
    patterns: [
      'scared|afraid|frightened|terrified|fearful of [the] [*] olders|men|males|gang|group|dealers|elders',
      'retaliation|revenge attack|attacks',
      'threats to [her|his|their] family|mum|life',
      'robbed|mugged|jumped|attacked at knifepoint|gunpoint',
      'beaten|beat|hurt|attacked up by [the] [*] olders|men|males|gang|group|dealers|lads',
    ],
  },
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'found|caught|stopped|searched|arrested with [*] [*] [*] wraps|deals|packages|parcels|package|parcel|block|blocks|bundle|bundles|stash',
      'delivering|delivered|delivers|dropping|drops|dropped|moving|moved|taking|took|takes|carrying|carried|holding|holds|held packages|parcels|package|parcel|bags|items|stuff|things for [a|an|the] [*] [older] boys|lads|males|men|man|olders|elders|group|gang|line|dealers|people|someone',
      'doing|does|did drops|runs|deliveries [for] [the|a|an] [*] [older] [boys|lads|males|men|man|olders|elders|group|gang|line|dealers|people|someone]',
      'sent|went|goes|travelled|travels|taken to * [*] to deliver|drop|sell|carry',
      'shotting|shotter|trapping|grafting',
      'deal line|deal-line|drug line|phone line',
      'deal|drug line',
      'deal-line',
      'to hold|carry|deliver|move|drop|mind|look a|the package|packages|parcel|parcels|bag|bags|stash',
    ],
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      `carrying|carries|carried|holding|holds|held [*] [*] [and] [a|an] ${WEAPON}`,
      'carrying|carries|carried|holding|holds|held 1*|2*|3*|4*|5*|6*|7*|8*|9* [pounds|quid] [in] [cash|notes]',
    ],
  },
  {
    code: 'go_older_partner',
    patterns: [`${ADULTS}|adult [who] [she|he|they] calls|called|describes|described|refers|referred [to] [as] [her|his|their] boyfriend|partner|girlfriend`],
    unlessNear: OTHER_PERSONS_CUES,
    window: 2,
  },
  {
    code: 'go_forced_theft_begging',
    patterns: ['made|forced|told|sent|pressured|pressurised to nick|steal|pinch|take [things|stuff|items] [from] [shops]'],
    // Round 25: not "made to take part in live streaming abuse" (te_live_streaming).
    unlessNear: ['part|photos|pictures|images|videos|video|drugs|pills'],
    window: 2,
  },

  // --- U: technology
  {
    code: 'te_adults_contact_online',
    patterns: [
      `talking|talks|talked|chatting|chats|chatted|speaking|speaks|spoke|messaging|messages|messaged|snapchatting|texting|texts|texted|facetiming [to|with] [an|a|the|some|several|two|unknown] [*] [older] man|men|males|male|adults|adult|guy|guys|strangers|stranger|someone|people|person`,
      `${ADULTS}|someone|somebody|person [she|he|they] [has|had|have] [been] [only] knows|knew|talks|talked|talking|chats|chatted|chatting|speaks|spoke|speaking|messaging|messages [to|with] [on|via|over|through] ${APPS}`,
      `added|follows|followed|follow by|from [an|a|the] [*] [older] [unknown] ${ADULTS}|accounts|account`,
      `added|invited to [*] [*] [group] chat|chats|group|groups by|with [*] [unknown] [older] ${ADULTS}`,
      'online boyfriend|friend|friends|relationship',
      'fake profile|profiles|account|accounts',
      'sending|sends|sent|receiving|receives|received [her|him|them] sexual|explicit|inappropriate|sexualised|dirty messages|texts|comments|snaps',
    ],
    requiresNear: [APPS, 'online|internet|phone|account|profile|dm|dms|messages|messaging|texts|texting|chat|chats|chatting|snap'],
    window: 6,
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'topless|semi-naked|undressed|underwear|bra|pants|knickers pictures|photos|photo|picture|images|image|pics|pic|videos|video|selfies|selfie',
      'pictures|photos|photo|picture|pics|pic|images|image|videos|video of her|him|them|herself|himself|themselves [*] naked|topless|undressed|underwear|bra|knickers|pants|body',
      'pictures|photos|photo|picture|pics|pic|images|image|videos|video of her|his|their body|breasts|private|privates',
      'pictures|photos|photo|picture|pics|pic|images|image|videos|video of [her|him|herself|himself] in [her|his] underwear|bra|knickers|pants|boxers',
      'sent|send|sending|sends [him|them|her] [a] [*] [of] [herself|himself] [*] [*] naked|topless|undressed',
    ],
  },
  {
    code: 'te_online_bullying',
    patterns: [
      'images|pictures|photos|nudes|videos|pics|video of her|him|them [are|were|is|was|have|has] [been|being] shared|passed|circulated|sent|posted|spread',
    ],
  },
  {
    code: 'te_several_phones',
    patterns: [
      'secret|hidden|unknown|unexplained|spare|basic|cheap|nokia|brick|old-style|unfamiliar phone|phones|mobile|mobiles|handset|handsets',
      "phone|phones|mobile [that] [nobody|no-one|staff|mum|carers|dad|parents] [*] [did|does|didn't|doesn't] [not] know|knew about",
      'more than one phone|mobile|sim',
      'swaps|swapped|changes|changed|changing sim|sims|numbers|number regularly|often|frequently',
      'swaps|swapped|changes|changed|changing [her|his|their] [phone] number|numbers|sim every|regularly|often|frequently|constantly',
    ],
    // Probe 24: an accessory, not a phone ("staff found a spare phone charger in the lounge").
    unlessNear: ['phone|phones|mobile charger|chargers|case|cases|cable|cables|cover|covers|battery|batteries|screen|screens|stand'],
    window: 2,
  },
  {
    code: 'te_location_tracked',
    patterns: [
      // Round 26: sent to others ("has to send a live location to the older boys every hour").
      'sharing|shares|shared|share|send|sends|sending|sent [her|his|their|a] location|live location',
      'location sharing|settings|services',
      'knows|knew|know where [she|he|they] [is|are|was|were] [at] all the time|always|every',
      'tracker|trackers|airtag|airtags',
      'monitor|monitors|monitored|monitoring|check|checks|checked|checking her|his|their phone|messages|location|whereabouts',
    ],
    unlessNear: AGREED_TRACKING_CUES,
    window: 12,
  },
  {
    code: 'te_worrying_calls',
    patterns: [
      'calls|messages|texts late at night',
      // Round 26: at a named small hour ("is getting calls at 2am").
      'calls|messages|texts at|after midnight|1am|2am|3am|4am',
      'calls|messages|texts into the night',
      'calls|messages|texts at night|all hours',
      'calls|messages|texts through the night',
      'phone ringing|rings|goes|buzzing|buzzes late|at night|all night|constantly|all the time|non-stop|repeatedly',
      'phone ringing|rings|buzzing|buzzes late|constantly|non-stop|repeatedly',
      'phone ringing|rings|goes|buzzing|buzzes at|all night',
      'phone ringing|rings|goes|buzzing|buzzes all the time',
      'anxious|panics|panicked|scared|frightened|jumpy|nervous when [her|his|their] phone rings|goes|buzzes',
      'leaves|left|goes|went [out] when [her|his|their] phone rings|goes|buzzes',
    ],
    // Not the office's or the house's phone, nor calls from debt collectors (review 2026-11-30).
    unlessNear: [
      "office|landline|house|work|reception|debt|collectors|mum|mum’s|mum's|dad|dad’s|dad's",
      // Review 26: a ward's night checks ("The night nurse calls at 2am on the ward round"), and the child's friends
      // ("dozens of messages from her friends about the party").
      'nurse|nurses|ward|wards|shift|rounds|friends|classmates|teammates',
      // Review 29: an app's notifications or a group chat ("his phone rings all night with group chat messages").
      'notifications|notification',
      'group chat|chats',
    ],
    window: 6,
  },

  // --- A: alcohol and drugs
  {
    code: 'ad_substances_given',
    patterns: [
      `given|gave|giving|gives|handed|hands|passed|offered|offers ${ALCOHOL}|${DRUGS}|spliffs|spliff|joints|joint|pills|cigarettes|vapes|drink|drinks by`,
      `${ALCOHOL}|${DRUGS} [was|were] provided|supplied|given|bought by [the] [*] [older] ${ADULTS}|olders|boys|lads`,
    ],
    // Probe 24: a prescription ("given cannabis oil by the GP for his epilepsy").
    unlessNear: [...PRESCRIBED_CUES, 'oil|cbd|epilepsy|doctor|consultant|clinic|hospital'],
  },

  // --- R: receipt of gifts or money
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      `${GIFT_ADJ} [*] ${GIFT_ITEMS}`,
      `${GIFT_ADJ} pair|pairs|set|sets|lot|lots|load|loads of ${GIFT_ITEMS}`,
      `${GIFT_ITEMS} [that|which] [she|he|they] [*] [*] ${CANNOT_EXPLAIN} [not] [to] explain|account|say`,
      `${GIFT_ITEMS} [*] [*] from|by [an|a|the] [*] [older|unknown] ${ADULTS}|boyfriend|olders|someone|somebody`,
      `given|gave|gives|giving|handed|sends|sent|bought|buys|buying|buy [her|him|them] [a|an|some] [*] [*] ${GIFT_ITEMS}`,
      `where [she|he|they] got|gets|get|bought the|her|his|their|these|those|this|that [new] ${GIFT_ITEMS}`,
      'gifts|presents|things|stuff from|off [*] [*] men|man|males|male|adults|adult|olders|boyfriend|someone|somebody',
      `${GIFT_ADJ} ${BRANDS_FIRST} ${BRANDS_SECOND} [${GIFT_ITEMS}]`,
    ],
    // Round 22 (review of round 21, L26): "a new phone number" is not a gift.
    // Probe 24: equipment for a job or school ("the staff member was given a new work phone").
    unlessNear: [
      ...EXPLAINED_CUES,
      'phone|mobile number|numbers|contract|sim',
      'work|works|school|college phone|phones|laptop|laptops|mobile|mobiles|tablet|ipad|uniform',
    ],
    window: 8,
  },

  {
    code: 'rg_unexplained_money',
    patterns: [
      `unexplained|extra|large|lots|sums|amounts|wads|wad|rolls|roll|bundle|bundles|lot|loads|plenty [of] [*] ${MONEY}`,
      `has|had|having|carries|carrying|flashing|flashes|flashed|showing|showed [a] [*] lot|lots|loads|plenty|wad|wads|roll|rolls|bundle|bundles|amount|amounts of ${MONEY}`,
      `${MONEY} [that|which] [she|he|they] [*] [*] ${CANNOT_EXPLAIN} [not] [to] explain|account|say`,
      `where [she|he|they] got|gets|get the|her|his|their|this|that|all|so|the money|cash`,
      `sends|sending|sent|transferred|transfers|transferring|gives|gave|given|paid|pays|paying|handing|handed|hands [her|him|them] [*] ${MONEY}`,
      `${MONEY} [*] [*] from|by [an|a|the] [*] [older|unknown] ${ADULTS}|boyfriend|olders|someone|somebody`,
      // Round 27: a sum named instead of "money", after a verb of giving ("was given £50 by an older man", "handed her
      // £1,200 from a man she met online": the pound sign and the comma are not tokens, so the verb keeps out ages).
      `given|gave|handed|sent|paid|offered [her|him|them] [${SMALL_SUM}] ${SMALL_SUM}|${PRICE} [pounds|quid] [in] [cash] by|from [an|a|the] [*] [older|unknown] ${ADULTS}|boyfriend|olders|someone|somebody`,
    ],
    // Round 26: not "paid to" alone: what the payment was for is the sign ("men paid to watch her on a live stream",
    // "was paid to carry money", "paying to have sex with the girl"; five tuning-set lines, none annotated as money).
    // Probe 23: "a man ... who paid cash for the room" is the adult paying, not the child's money.
    unlessNear: [...EXPLAINED_CUES, 'paid|pays|paying [in] cash|money for the|a [hotel] room|rooms|booking'],
    window: 8,
  },
  {
    code: 'rg_accommodation_offered',
    patterns: [
      `stays|stayed|staying|sleeps|slept|sleeping at|with [an|a|the] [*] [older] man|men|males|adult|adults|olders|boyfriend [*] [*] flat|house|address|place|hotel`,
    ],
  },
  {
    code: 'rg_debt_bondage',
    patterns: [
      'has|had|have|having to pay|repay|work [*] [*] back|off',
      'pay|paying off what [she|he|they] owes|owe|owed',
      'said|says|told [she|he|they] [now] owes|owe|owed',
    ],
  },

  // --- D: distrust of authority
  {
    code: 'da_not_disclosing',
    patterns: [
      'not allowed|scared|afraid|frightened to say|tell|talk|speak',
      'remained|stayed|kept silent|quiet',
      'was silent',
      'unwilling|reluctant to share|talk|speak|discuss|open',
      'does|did not want to talk|speak|say|discuss|share',
      "doesn't|didn't want to talk|speak|say|discuss|share",
      'keeps|kept things|it to herself|himself|themselves',
      'shrugged|shrugs',
      'not willing to share|say|talk|discuss',
      'refused|refuses|refusing|declined|declines to give|provide [her|his|their|a|an|any] address|name|details|account',
    ],
  },
  {
    // "will not say where he has been" goes with the sign it hides (missing, a gift, a pregnancy), which is then the
    // finding; on its own it is the child not disclosing.
    code: 'da_not_disclosing',
    patterns: [
      'would|will|did|does|could not tell|say [to] [the] [officers|police|staff|anyone|us|me|workers|her|him|them] where|who|what|how|why',
      "wouldn't|won't|didn't|doesn't|couldn't tell|say [to] [the] [officers|police|staff|anyone|us|me|workers|her|him|them] where|who|what|how|why",
    ],
    unlessNear: [
      'bought|buy|gift|gifts|present|presents|clothes|trainers|phone|iphone|money|cash|pregnant|pregnancy|father|late|night|nights|overnight|missing|midnight|1am|2am|3am|4am|came|come|got|injury|injuries|bruise|bruises|bruising',
    ],
    window: 10,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'did|does|would|will not respond|reply|answer',
      "didn't|doesn't|wouldn't|won't respond|reply",
      'not responding|replying',
      'ignores|ignored|ignoring [my|our|the|all] [*] calls|messages|texts|worker|workers|staff|letters',
      'stopped|stops|stopping attending|going|engaging [to|with] [her|his|their|the] [*] appointments|sessions|meetings|worker|service|support|yot|camhs',
      'did|does|would|will not come|answer to the door',
      "didn't|doesn't|wouldn't|won't come|answer to the door",
      'hung|hangs up',
      'refused|refuses|refusing to come to|out|down',
      'would|will not come out of [her|his|their] room|bedroom',
      'no answer at [the] door|address|home',
      'did|does|would|will not want to see|meet|speak|talk to [the|me|us]',
      "didn't|doesn't|wouldn't|won't want to see|meet|speak|talk to [the|me|us]",
      'walked|walks off|away [from] [the] [*] [worker|me|us|staff|police]',
      'left|leaves the room',
    ],
  },
  {
    code: 'da_hostile',
    patterns: [
      'kicked|kicks off',
      'told [the|me|us] [*] to f|fuck|get|piss|go off|out|away',
      'threatened|threatening|threatens staff|workers|police|officers|carers|teachers|me',
      'aggressive|angry|abusive when asked|questioned|challenged',
    ],
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'told|tells [the|me|us] [*] something|somebody different',
      'said|says something different',
      'gave|gives|given two|different|several|conflicting versions|accounts|explanations|stories',
      'story|account|accounts|stories does|do not match|add',
      "story|account|accounts|stories doesn't|don't|doesn’t|don’t match|add",
      'version of events changed|changes|differs|varies',
      'account|story|explanation differs|differed|varies|varied from',
      'account|accounts|story|explanation|version [that] [she|he|they] gave|gives|had|has [given] [*] [*] [*] differed|differs|varied|varies|changed|conflicted|conflicts|contradicted|contradicts',
    ],
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'refers|referred|refer|calls|called to [him|them] as [her|his|their] boyfriend|friend|friends|family|brothers|brother|uncle|bro|bros',
      'says|said|saying|insists|insisted|insisting|claims|claimed|claiming [that] [the] they|he|men|man|males|olders|adults are|is|were|was [just] [her|his|their] friends|mates|family|boyfriend|bro|bros|brothers|nice|kind|good',
      'angry|upset|defensive when [*] [*] criticised|questioned|mentioned|named',
      'defends|defended|defending them|him',
      'will|would not hear anything [said] against',
      'will|would not hear a word [said] against',
      "won't|wouldn't hear anything|a word [said] against",
      'says|said [that] [she|he] loves|loved him|them',
    ],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'scared|afraid|frightened|worried|fearful|terrified|thinks|believes|thought|believed [of|about|that] [she|he|they] [will|would|might] [be|get|getting|got|being] in|into trouble',
      'scared|afraid|frightened|worried|fearful|terrified [of|about] being|getting arrested|deported|locked|taken into care|sent back',
      'get|getting|got|be|being in|into trouble with [the] police',
      "doesn't|doesn’t|didn't|didn’t trust|like social workers|police|professionals",
      "doesn't|doesn’t|didn't|didn’t trust|like the police",
      'does|did not trust|like social workers|police|professionals',
      'does|did not trust|like the police',
    ],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['made it|everything|things up', 'made the|that|this [whole] thing|story|allegation|it up'],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      `dropped|drops|dropping [her|him|them] off|back|home [by] [a|an|the] [*] [unknown] [older] ${ADULTS}`,
      // A car or taxi alone is how carers often bring a child back (as above, da_controlled_return round 1).
      'dropped|drops|dropping [her|him|them] off|back|home [by] [a|an|the] [*] unknown|unfamiliar|unidentified|different|various|older car|cars|taxi|taxis|driver|drivers',
      'returns|returned|came|comes back|home only after|when [a] [*] call|calls|message|messages|text|texts',
    ],
  },
  // ---- Round 7 (tune6): the note-writers' own wording (paraphrase, shorthand, the sign late in a long sentence) ----
  // Each entry covers a wording family, with hard negatives in indicators-cues.test.ts (round 7 block).
  {
    code: 'am_missing',
    patterns: [
      'did not come|return home|back until|till',
      "didn't come|return home|back until|till",
      'fails|failed|fail to return',
      'fails|failed|fail to come home|back',
      'not returned|come home by|until|for',
    ],
    requiresNear: [
      'next|morning|day|days|night|nights|monday|tuesday|wednesday|thursday|friday|saturday|sunday|following|later|weekend|lunchtime|return|returned',
    ],
    window: 6,
  },
  {
    code: 'am_staying_out_late',
    patterns: ['comes|came|come|coming|gets|got|getting in|home|back at [*] [or] 1am|2am|3am|4am|5am', 'late nights'],
    unlessNear: ['shift|shifts|work|flight|holiday|party|prom|wedding|concert'],
  },
  {
    code: 'am_school_absence',
    // "Attendance was poor", "attendance is not a concern at 96%": attendance with a judgement on it. A bare figure
    // ("attendance is 98%") is not annotated.
    patterns: ['attendance'],
    requiresNear: [
      'poor|low|dropped|dropping|falling|fallen|declining|declined|concern|concerns|concerning|worrying|patchy|sporadic|deteriorated|deteriorating',
    ],
    unlessNear: ['staff|teacher|teachers|appointment|appointments|meeting|meetings|clinic|officer|session|sessions'],
    window: 4,
  },
  {
    code: 'am_found_out_of_area',
    patterns: [
      'found|located|traced in|at|to [a|an] property|address|flat|house in another county|town|city|area|force',
      'a town|city|area [that] [he|she|they] has|have|had no connection|connections|links|link to|with',
      'found|located in another county|force|town|city',
      'found|located in a different county|force|town|city',
    ],
  },
  // Research pass (county lines indicators: "found in an area they have no links to"): "picked up in Aberystwyth with no
  // link to the area".
  {
    code: 'am_found_out_of_area',
    patterns: [
      'no known|obvious link|links|connection|connections|ties to the|that area|town|city',
      'no link|links|connection|connections|ties to the|that area|town|city',
    ],
    requiresNear: ['found|located|picked|stopped|arrested|traced|recovered|seen|detained'],
    window: 12,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      `booked|bought train|coach|bus|travel tickets|ticket [to] [*] for ${HER}|him|them`,
      'train|coach|bus tickets|ticket booked|bought for her|him|them',
    ],
    unlessNear: [FAMILY, 'school|trip|social|worker|carer|carers|holiday'],
  },
  {
    code: 'am_found_with_adults',
    patterns: [`at|in an|a|the address|flat|house|property|hotel [in] [*] with [*] older|unknown|adult ${ADULTS}`],
  },
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
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      `tried|tries|attempted|attempting|try to hang|strangle|drown|hurt ${SELF}`,
      `burn|burns|burned|burnt|burning ${SELF} with`,
      'took|taken|take|had|swallowed * paracetamol|ibuprofen|tablets|pills',
      'start|started|starts|starting cutting|self-harming [again]',
      'cutting|self-harming again',
    ],
    unlessNear: [
      'prescribed|prescription|headache|headaches|migraine|period|toothache|pain|dose|cold|flu|temperature',
      'as directed',
      // Round 31: pills of a street drug are drug use, not an overdose ("took two pills of ecstasy at the park").
      // Review 31: only the pills named as the drug, not a drug elsewhere ("started cutting again because of the
      // cocaine debt").
      'pills|pill|tablets|tablet of ecstasy|mdma|mandy|molly|lsd|acid|ketamine|ket|cocaine|speed|pingers',
      'ecstasy|mdma|mandy|molly|lsd|acid|ketamine|ket|cocaine|speed pills|pill|tablets|tablet',
    ],
  },
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['no point in|to anything|life|living'],
  },
  {
    code: 'ep_low_self_esteem',
    patterns: ['only good for one thing', 'ugly and|or worthless', 'worthless'],
    unlessNear: ['phone|item|items|gift|gifts|car|bike|job'],
    window: 3,
  },
  {
    code: 'ep_isolated',
    patterns: [`fallen|fell|falls out with all [of] ${HER} [school] friends`, `lost all ${HER} [school] friends`],
  },
  {
    code: 'ep_eating_problems',
    patterns: ['lost [around|about|nearly|over] * kg|kilos|stone|pounds|lbs', 'lost [around|about|nearly|over] 1kg|2kg|3kg|4kg|5kg|6kg|7kg|8kg|9kg|10kg'],
    unlessNear: ['dietitian|dietician|planned|plan|diet|luggage|bag|phone|money|wallet'],
  },
  // Probe (round 22b): taxis or their drivers bringing a child to a flat or house ("Taxi drivers were seen dropping her
  // off at the flat above the takeaway"); not a school, placement or arranged taxi, nor one to a relative's.
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      'taxi|taxis|cab|cabs [driver|drivers] [was|were|is|are|has|have] [been] [seen] dropping|dropped|drops|drop her|him|them off at|outside [the|a|an] [*] [*] flat|flats|house|address|hotel',
      'taxi|cab driver|drivers [was|were|is|are|has|have] [been] [seen] dropping|dropped|drops|drop her|him|them off at|outside [the|a|an] [*] [*] flat|flats|house|address|hotel',
    ],
    unlessNear: [
      ...ARRANGED_TRAVEL_CUES,
      FAMILY_HOMES,
      'school|college|placement|contact|appointment|council|local|authority|staff|carer|carers|foster|home|hospital|usual|paid|receipt',
    ],
    window: 8,
  },
  // Probe 24: cars, taxis and drivers collecting or returning a child as records describe them (reviews of Rotherham,
  // Rochdale, Oxford and Telford: taxis and cars at care homes and schools). An unknown or older adult waiting for the
  // child; taxis bringing the child back at night (a taxi someone else paid for is rg_unexplained_money); a driver ferrying the child about; cars
  // that pull up "to collect her" with different men; a man asking the child to come out to his car.
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `unknown|unidentified|older|different|strange [adult] ${ADULTS} [has|have|had|was|were|is|are] [been] [seen] waiting|waits|waited outside|near|by|at [the] [*] school|home|unit|placement|house|gates|gate|college|academy`,
      `unknown|unidentified|older|different|strange [adult] ${ADULTS} [has|have|had|was|were|is|are] [been] [seen] waiting|waits|waited for her|him|them`,
      'taxi|taxis|cab|cabs|driver|drivers [have|has|had|are|is|was|were] [been] [seen] dropping|dropped|drops|drop|bringing|brought|brings her|him|them back',
      'ferrying|ferried|ferries her|him|them around|about|to|between|across',
      'to collect|fetch her|him|them',
      'to pick her|him|them up',
      'come|came|coming|comes out to his|their|a car|van|taxi',
      // A car that sounds its horn or waits for the child to go out to it; taxis that take the child away.
      'beeps|beeped|beeping|honks|honked|honking|hoots|hooted|hooting [his|the|its|their] [horn] outside|for',
      // Review rev-probe-1: "it" (the car), not "them" ("the men came to fix the boiler and she went out to them").
      'went|goes|go|going|ran|runs|run|running out to it',
      'to take her|him|them away|off',
    ],
    requiresNear: [
      'unknown|unidentified|different|various|strange|older|unfamiliar man|men|male|males|adult|adults|drivers|driver|cars|people|taxis|vehicles',
      'early|late hours|night|nights',
      'midnight|1am|2am|3am|4am|5am|someone|somebody|man|men|male|males|stranger|strangers|driver|adults',
      // Someone ringing or messaging for the child to come out ("rang the home asking for Lily to come out to his car").
      'rang|phoned|rings|phones|asking|asked|asks',
    ],
    unlessNear: [
      ...ARRANGED_TRAVEL_CUES,
      'council|escort|escorted|contact|appointment|appointments|minibus|teacher|teachers|staff|school-arranged|contracted|authority',
      'waiting|waited|waits for [the|a] bus|train|tram|coach|taxi|doors|shop|appointment|doctor|results|queue',
      'as arranged|agreed|planned',
      'college|course|courses|lesson|lessons',
      // Review rev-probe-1: a mentor, a coach, an instructor or paramedics; a lift home after the child's shift.
      'mentor|mentors|coach|coaches|training|instructor|instructors|tutor|tutors|lesson|lessons|paramedic|paramedics|ambulance|hospital',
      'finished|finishes|finishing|after [her|his|their] shift|shifts',
      // A bus, a delivery, an ice cream van, a volunteer driver, housing, a booked taxi or a birthday treat.
      'bus|buses|delivery|deliveries|courier|parcel|parcels|postman|ice|volunteer|volunteers|housing|association|booked|birthday',
      // Rev-ind-3: respite, or a club's away game.
      'respite|placement|club|game|match|fixture',
    ],
    window: 10,
  },
  // Probe 24: more of the wording records use for signs reviews describe.
  // An account that changed, with the question in between ("her account of where she had been changed three times").
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'account|accounts|story|stories|version|versions|explanation|explanations of where|who she|he|they [*] [*] [*] [*] changed|changes|changing|varied|varies|differed|differs',
    ],
  },
  // Review rev-probe-1: after "what", "how" or "why" the change is a cue, so a sign inside the question keeps its own
  // finding ("her story of why she ran away has changed" is also the missing episode); not feelings or wishes.
  {
    code: 'da_inconsistent_accounts',
    patterns: ['account|accounts|story|stories|version|versions|explanation|explanations of what|how|why she|he|they'],
    requiresNear: ['changed|changes|changing|varied|varies|differed|differs'],
    unlessNear: ['feel|feels|feeling|feelings|felt|want|wants|wanted|wish|wishes|wishing|view|views|therapy|counselling|counsellor|mood|hopes|plans'],
    window: 8,
  },
  // Fear of being seen as an informer ("snitches get stitches", "scared of being called a grass").
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'snitches get stitches',
      'scared|afraid|frightened|terrified|fearful of being [seen|called|labelled|labeled] [as] [a] grass|snitch|rat|grassing|snitching',
    ],
    // Not a child reporting bullying at school ("scared of being called a grass for reporting bullying to the teacher").
    unlessNear: ['bullying|bullied|bully|bullies|teacher|teachers|classmates|classmate'],
    window: 10,
  },
  // "Has 'been with' several men": many partners in the child's or a clinic's words.
  {
    code: 'sh_many_partners',
    patterns: [
      // Review rev-probe-1: not "people" (a ward, a college).
      'been with several|many|multiple|different|numerous men|boys|males|partners|lads|guys',
      'been with lots of men|boys|males|partners|lads|guys',
    ],
  },
  // Cash in notes on the child ("£200 in twenty pound notes in her bra"); not wages, savings or a gift from family.
  {
    code: 'rg_unexplained_money',
    patterns: ['in twenty|ten|fifty|20|10|50 pound notes', 'in twenty-pound|ten-pound|fifty-pound notes'],
    // Rev-ind-3: money from selling the child's own things ("from selling his PlayStation").
    unlessNear: [...EXPLAINED_CUES, 'paid|pays|pay|change|bank|shop|till|charity|fundraising', 'selling|sold|sale|playstation|xbox|console|bike'],
    window: 8,
  },
  // An address nobody in the family knew ("found at an address in Oldham nobody in the family knew").
  {
    code: 'am_unknown_address',
    patterns: [
      'address|addresses|flat|flats|house|houses [in|on] [*] nobody|no-one|noone [in] [the] [family|home] knew|knows|know|recognised|recognises|recognise',
    ],
    // Rev-ind-3: a family's own move to a new area.
    unlessNear: ['moved|move|moves|moving|area'],
    window: 8,
  },
  // In the back of a takeaway or shop with the men who work there (Rochdale, Telford).
  {
    code: 'am_found_with_adults',
    patterns: [
      'in|at|behind the back of [a|the] [*] takeaway|takeaways|shop|shops|restaurant|cafe|café [*] with [the] [older|adult] men|males|man|male|adults',
    ],
    // Rev-ind-3: nor worship ("with the adult men from the mosque after prayers").
    unlessNear: [FAMILY, 'works|worked|working|job|shift|shifts|paid|wages', 'mosque|prayers|prayer|church|temple|gurdwara|eid'],
    window: 6,
  },
  // A hotel stay with men or lads ("stayed at a Premier Inn in Leicester with some lads"); not family, a team or a trip.
  {
    code: 'go_taken_to_parties',
    patterns: [
      'stayed|staying|stays|slept|sleeping|spent [the] [night|nights|weekend] in|at a|the [*] hotel|hotels|inn|travelodge|lodge [*] [*] with [some] [older] lads|men|males|adults|man|guys|olders',
    ],
    // A relative with the child, not a carer the child told ("she told her carer she stayed at a hotel with some lads").
    unlessNear: [
      `with|and [her|his|their] ${FAMILY}`,
      "family|mum|dad|mum's|dad's|parents|nan|gran|grandparents",
      'school|trip|team|club|tournament|holiday|wedding|staff|teachers|coach',
    ],
    window: 10,
  },
  // Attendance given as a count ("has only attended 3 of the last 10 days").
  {
    code: 'am_school_absence',
    patterns: ['only attended|attends|attending * of the|her|his last|past [*] days|sessions|lessons|weeks'],
    // Review rev-probe-1: not sessions with a service or a club.
    unlessNear: [
      'counsellor|counselling|therapist|therapy|camhs|mentor|mentoring|worker|clinic|appointment|appointments|contact|football|training|club|practice|gym|swimming|group|programme|course',
      // Rev-ind-3: attendance praised ("which is good for her").
      'good|improved|improvement|improving|pleased|better|well',
    ],
    window: 8,
  },
  // A phone going all the time during a visit or at night ("his phone was going constantly", "rang 30 times").
  {
    code: 'te_worrying_calls',
    patterns: [
      'phone|phones|mobile [was|is|were|kept|keeps] going|buzzing|pinging|vibrating|ringing constantly|non-stop|nonstop|continuously|repeatedly',
      // Rev-ind-3: ten times or more, not "four times during the night; it was her dad".
      `phone|mobile rang|buzzed|pinged|vibrated|went ${range(10, 100).join('|')}|dozens|dozen|twenty|thirty|forty|fifty|hundreds times`,
      `phone|mobile went off ${range(10, 100).join('|')}|dozens|dozen|twenty|thirty|forty|fifty|hundreds times`,
    ],
    unlessNear: [
      FAMILY,
      'friend|friends|mates|congratulating|congratulations|birthday|results|work|shift|job|alarm|alarms',
      // Rev-ind-3: a class or team group chat.
      'lesson|lessons|class|chat|group|team',
    ],
    window: 10,
  },
  // A flat dealers took over, as a relative clause ("staying at a flat that dealers have taken over").
  {
    code: 'go_cuckooing',
    patterns: ['flat|house|home|address|property that|which [the] dealers|men|olders|gang|group|boys|lads [from] [*] [have|had|has] taken|took over'],
  },
  // Not in the room at a night check (residential and foster logs: "not in her room at the 02:00 check").
  {
    code: 'am_missing',
    patterns: [
      'not in her|his|their room|bed|bedroom at|during|on|for the [*] [*] [night] check|checks|headcount|round',
      'room|bed|bedroom empty|unslept|unoccupied at|during|on the [*] [*] [night] check|checks|headcount|round',
    ],
    // Somewhere else in the home ("not in his room at the 9pm check because he is in the lounge"). Rev-ind-3: in the
    // bath, or asleep on the sofa.
    unlessNear: ['lounge|kitchen|garden|shower|bathroom|downstairs|toilet|office|upstairs|because'],
    unlessNearAcross: ['bath|sofa|settee|asleep|sleeping'],
    window: 12,
  },
  // Many calls during a visit or from a saved contact ("received more than 20 calls and messages from a contact saved as Z").
  {
    code: 'te_worrying_calls',
    patterns: [
      'received|receives|receiving|got|gets|getting|had more than|over [*] calls|messages|texts',
      'calls|messages|texts from a|an|one [unknown] contact|number saved|stored as|under',
    ],
    unlessNear: [
      FAMILY,
      'friend|friends|mates|congratulating|congratulations|birthday|results|work|shift|job|customers|complaints',
      // Review rev-probe-1: a service that took calls ("the helpline received more than 40 calls").
      'helpline|hotline|desk|office|switchboard|reception|service|centre|center|council|charity|station|control',
      // Rev-ind-3: a team or class group chat.
      'chat|team|netball|class|group',
    ],
    window: 10,
  },
  // Filling a child's drink ("the men at the house party kept filling her cup with vodka").
  {
    code: 'ad_substances_given',
    patterns: [
      'kept|keep|keeps|keeping filling|refilling|topping her|his|their cup|glass|drink|bottle',
      `filling|filled|fills|refilled|topped|topping her|his|their cup|glass|drink [up] with ${ALCOHOL}`,
    ],
    requiresNear: [ADULTS, 'olders|lads|boys|older|party|vodka|alcohol'],
    unlessNear: [FAMILY, 'water|juice|squash|milk|tea|coffee|lemonade'],
    window: 8,
  },
  // Things for "doing things" ("she gets vapes and weed from the men for 'doing things'").
  {
    code: 'rg_sex_exchange',
    patterns: ['for|after doing things|stuff|favours|favors', 'in return|exchange for doing things|stuff|favours|favors'],
    // Review rev-probe-1: named men, not "them" alone (pocket money from parents, told off for doing stuff on a phone).
    requiresNear: [ADULTS, 'olders|lads|boys'],
    unlessNear: [
      'homework|chores|jobs|errands|shopping|cleaning|garden|gardening|dishes|washing|house|housework|around',
      // Rev-ind-3: odd jobs for a neighbour.
      'grass|lawn|neighbour|neighbours|next|door|car|dog',
    ],
    window: 8,
  },
  // Seeing someone older, said or denied ("she says she is not seeing anyone older").
  {
    code: 'go_older_partner',
    patterns: ['seeing|dating anyone|someone|somebody [much|a|lot] [lot] older', 'sleeping with anyone|someone|somebody [much|a|lot] [lot] older'],
    // Rev-ind-3: a tutor or a counsellor ("seeing someone older for her maths tutoring").
    unlessNear: [...OTHER_PERSONS_CUES, 'tutor|tutoring|tuition|counsellor|counselling|therapist|therapy|mentor|mentoring|maths|lessons|thursday|weekly'],
    window: 4,
  },
  // Probe 24 (third probe): more record wording.
  // Missing: "AWOL from the unit", "absent without consent from the residential home".
  {
    code: 'am_missing',
    patterns: ['awol from', 'absent without consent|permission|authority|authorisation|leave'],
    // Not a lesson, a job or an adult's duty ("absent without permission from one lesson", "the officer was AWOL").
    unlessNear: ['lesson|lessons|class|classes|school|college|work|shift|duty|officer|staff|meeting|soldier|army|job'],
    window: 8,
  },
  // Found with adults: "recovered her from a flat where four adult males were present"; "in a 40-year-old man's bedsit".
  {
    code: 'am_found_with_adults',
    patterns: [
      'where two|three|four|five|six|several|various|other|older|adult [adult|older] men|males|adults|man|male were|was present|there',
      `${ADULT_YEAR_OLD} man's|male's flat|bedsit|house|home|room|bedroom|car|van`,
    ],
    requiresNear: ['found|recovered|located|discovered|traced|police|officers|hiding|missing'],
    // Rev-ind-3: not worship or a family event, nor damage to a man's car.
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'mosque|church|temple|gurdwara|synagogue|prayers|service|christening|wedding|funeral|celebration',
      'damaged|damage|vandalised|scratched|keyed|smashed',
    ],
    window: 12,
  },
  // An older partner named by age ("her 'partner' is a 32-year-old man", "describes a 24-year-old man called Mo as her
  // boyfriend"); not a parent's partner.
  {
    code: 'go_older_partner',
    patterns: [
      `boyfriend|girlfriend|partner|bf is|was a|an ${ADULT_YEAR_OLD}`,
      `${ADULT_YEAR_OLD} man|male|guy|woman [called|named] [*] as her|his boyfriend|partner|girlfriend|bf`,
    ],
    unlessNear: OTHER_PERSONS_CUES,
    window: 3,
  },
  // Substances supplied or laid on ("supplied with cannabis by older teenagers", "weed and wine ready for the girls").
  {
    code: 'ad_substances_given',
    patterns: [
      `supplied|provided with ${DRUGS}|${ALCOHOL}|drink|drinks by`,
      `${DRUGS}|${ALCOHOL}|drink|drinks [*] ready|waiting for [the] girls|boys|kids|children|her|him|them`,
    ],
    unlessNear: [
      ...PRESCRIBED_CUES,
      'oil|cbd|epilepsy|doctor|consultant|clinic|hospital',
      // Rev-ind-3: "drinks" from staff or carers are soft drinks.
      'staff|school|carer|carers|foster|hot|trip|sports|teacher|teachers|walk|club|coach',
    ],
    window: 8,
  },
  // Payments into the child's account from someone ("regular payments of £50 into her account from someone she won't
  // name"); not wages, benefits or family.
  {
    code: 'rg_unexplained_money',
    patterns: ['payments|payment|transfers|transfer|deposits|deposit [of] [*] [*] into|to her|his|their [bank] account|accounts from'],
    unlessNear: [...EXPLAINED_CUES, 'benefit|benefits|universal|credit|dla|pip|maintenance|bursary|ema'],
    window: 10,
  },
  // Turning up in a far town ("she has turned up in Blackpool twice this month").
  {
    code: 'am_found_out_of_area',
    patterns: [`turned|turns|turning|turn up in|at ${TOWNS}`],
    unlessNear: [
      `with|and [her|his|their] ${FAMILY}`,
      'family|holiday|holidays|trip|match|concert|wedding|funeral|team|tournament|competition|game|fixture|club',
      // Rev-ind-3: a visit or a day out ("turned up in Leeds to see her dad", "for the illuminations").
      FAMILY,
      'see|meet|visit|visiting|seeing|meeting|airport|illuminations|festival|mates',
    ],
    window: 8,
  },
  // An overdose of tablets ("admitted after swallowing a bottle of his nan's tablets").
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'swallowing|swallowed|swallows|swallow [a|an|the] [bottle|packet|packets|handful|box|strip|load] [of] [*] [*] tablets|pills|paracetamol|medication|painkillers',
    ],
    // Rev-ind-3: not taking one's own medicine ("difficulty swallowing tablets", "swallows his tablets with water").
    unlessNear: [
      'accidentally|accident|accidental|toddler|baby|mistake|mistook',
      'difficulty|difficult|hard|liquid|water|each|every|morning|daily|gp|prescribed|finds',
    ],
    window: 8,
  },
  // Threats in street words and attacks on the home ("would be 'done over'", "a brick through the family's window").
  {
    code: 'go_threats_violence',
    patterns: ['would|will|gonna get [be] done over|in'],
    unlessNear: ['football|ball|accident|accidentally|storm|wind|builders|renovation|renovations|dog|chores|homework|shopping|work'],
    window: 6,
  },
  // Rev-ind-3: "be done over|in" only as a threat, not scheduling ("the assessment will be done over the next two weeks",
  // "the drug test will be done in clinic", "checks will be done in the morning").
  {
    code: 'go_threats_violence',
    patterns: ['would|will|gonna be done over|in'],
    requiresNear: [
      'threat|threats|threatened|threatening|warned|warning|told|said|says|owe|owes|owed|debt|grass|grassed|grassing|snitch|snitching|talked|talks|olders|gang',
    ],
    unlessNear: [
      'football|ball|accident|accidentally|storm|wind|builders|renovation|renovations|dog|chores|homework|shopping|work',
      'next|week|weeks|days|month|months|morning|evening|afternoon|clinic|summer|holidays|review|assessment|visit|referral|test|checks|kitchen|school|iro',
    ],
    window: 6,
  },
  {
    code: 'go_threats_violence',
    patterns: ['brick|bricks|rock|rocks|petrol|firework|fireworks through|at [the] [*] [*] window|windows|door|letterbox'],
    // Rev-ind-3: an attack on the home, not the child's own antisocial behaviour ("threw a brick through the school window").
    requiresNear: ["house|home|flat|family's|family|mum's|nan's|address|letterbox|front"],
    unlessNear: ['football|ball|accident|accidentally|storm|wind|builders|renovation|renovations|school|factory|bus|excluded'],
    window: 6,
  },
  // Arrested in other words ("picked up by police for being drunk and disorderly").
  {
    code: 'go_arrests',
    patterns: ['picked up|lifted|nicked by [the] police|officers|feds for'],
    // Rev-ind-3: police protection or a welfare check is not an arrest.
    unlessNear: ['safety|welfare|protection|check|missing|hospital'],
    window: 8,
  },
  // Bagging up drugs ("seen bagging up white powder in the park toilets").
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: ['bagging|bagged|bags|bag up [*] powder|drugs|weed|cannabis|crack|heroin|cocaine|wraps|deals', 'bagging up'],
    unlessNear: [
      'leaves|rubbish|shopping|food|toys|clothes|sand|litter|groceries|donations|clothing|sweets|cakes',
      // Rev-ind-3: a job or a chore ("bagging up at the market stall", "bagging up the compost").
      'market|stall|compost|allotment|garden|shop|supermarket|checkout|earns|nan',
    ],
    window: 6,
  },
  // A bat found on the child ("police found a baseball bat in his bag"); not sport. Rev-ind-3: a balaclava alone dropped
  // (worn cycling, on a paper round, skiing; nothing found with it in the tuning sets).
  {
    code: 'go_carrying_weapons_money',
    patterns: ['baseball bat|bats'],
    requiresNear: ['found|police|search|searched|carrying|carries|carried|bag|rucksack|hidden|hid|under|seized'],
    // Rev-ind-3: wider, with cycling, a paper round, frost or cricket.
    unlessNear: [
      'club|team|match|training|practice|pe|rounders|costume|halloween|skiing|ski|winter|snow|cold',
      'cycling|cycles|bike|paper|freezing|wears|cricket|plays',
    ],
    window: 14,
  },
  // A separate phone "for work" ("uses a different phone for 'work'"); not a job's phone.
  {
    code: 'te_several_phones',
    patterns: [
      'different|separate|second|another|other|burner phone|phones|mobile|mobiles for work|business|graft|jobs',
      'different|separate|second|another|other|burner phone|phones|mobile|mobiles for the line|lines',
    ],
    unlessNear: [
      'member|colleague|colleagues|employer|apprenticeship|payslip|manager|office|shift|shifts|mum|dad',
      'staff member|members|phone|phones',
      // Rev-ind-3: an ordinary job's phone.
      'garage|boss|job|salon|cafe|apprentice|wages|part-time',
    ],
    window: 8,
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
  // A fixed return ("he always returns at exactly 6pm").
  {
    code: 'da_controlled_return',
    patterns: ['returns|returned|comes|came|gets|got back|home at exactly|precisely', 'returns|returned|comes|came|gets|got at exactly|precisely'],
    // Rev-ind-3: nor a time agreed with a carer.
    unlessNear: ['bus|school|college|work|shift|lesson|lessons|club|train|timetable', 'agreed|arranged|asked|planned|carer|carers|foster'],
    window: 8,
  },
  // Probe 24 (fourth probe, flags): a relationship with an adult, said or denied ("no evidence of a relationship with an
  // adult"); not a good or trusted relationship with an adult.
  {
    code: 'go_older_partner',
    patterns: ['relationship|relationships with a|an adult|adults', 'sexual relationship|relationships with a|an adult|adults'],
    unlessNear: [
      ...OTHER_PERSONS_CUES,
      'good|positive|trusted|trusting|supportive|safe|key|warm|close|working|professional|caring|secure|stable|healthy|attachment|trust',
      // Rev-ind-3: other ways of naming a safe adult.
      'strong|mentor|role|volunteer|benefit|lacks|lack|built|build|school|youth|worker|staff|teacher',
    ],
    window: 4,
  },
  // Going out with an adult of a stated age ("she used to go out with a 21-year-old").
  {
    code: 'go_older_partner',
    patterns: [`go|goes|going|went|gone out with a|an ${ADULT_YEAR_OLD}`],
    unlessNear: OTHER_PERSONS_CUES,
    window: 2,
  },
  // Drinking every weekend ("she used to drink every weekend").
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drink|drinks|drinking|drank every|most weekend|weekends|evening|evenings|week'],
    // Rev-ind-3: a hot drink made for the child.
    unlessNear: [...SOFT_DRINK_CUES, 'hot|chocolate|cocoa|milk|tea|bedtime|make|makes|made'],
    window: 4,
  },
  // Travelling to a named far town, with a concern named ("he may be travelling to Swansea at weekends").
  {
    code: 'am_found_out_of_area',
    patterns: [`travelling|traveling|travels|travelled|traveled|travel to ${TOWNS}`],
    requiresNear: [
      'alone|weekends|night|nights|unexplained|explanation|unknown|regularly|repeatedly|concern|concerns|concerned|missing|police|btp|secret|secretly|without',
    ],
    // A visit to family, or a ticket someone bought (am_moved_by_others), is not this sign (tuning sets).
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'holiday|holidays|trip|match|concert|wedding|funeral|college|university|hospital|appointment|interview|team|club|bought|paid|booked',
      // Rev-ind-3: sport, music or a hobby.
      'matches|watch|watching|competition|competitions|band|gig|gigs|fights|fight|boxing|dance|play|playing|football',
    ],
    window: 8,
  },
  // Probe 24: the people who brought the child keep the papers ("the people who brought him keep his passport").
  {
    code: 'da_documents_held',
    patterns: [`keep|hold|take ${HER} passport|passports|documents|id|papers`],
    unlessNear: [
      FAMILY,
      'safe|safely|locked|office|drawer|renewal|renew|application|home',
      // Review rev-probe-1: a bail condition, a protection order, a court or a solicitor.
      'bail|court|courts|order|orders|protection|fgm|fmpo|hearing|judge|solicitor|solicitors|lawyer|lawyers|appeal|condition|conditions',
      // Rev-ind-3: a school trip.
      'school|trip|teacher|teachers|residential',
    ],
    window: 6,
  },
  // Work for no wages ("worked in a nail bar six days a week for no wages"); not volunteering or work experience
  // (review rev-probe-1).
  {
    code: 'rg_unpaid_work',
    patterns: ['for|with|on no wages|wage|salary'],
    unlessNear: ['volunteer|volunteers|volunteering|volunteered|voluntary|charity|dofe|edinburgh|award|experience|placement|internship|apprenticeship|trial'],
    window: 10,
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
  // Round 23: weight lost, not through an illness or a treatment that explains it ("Daniel's weight loss follows his type
  // 1 diabetes diagnosis"); eating and making oneself sick.
  {
    code: 'ep_eating_problems',
    patterns: [
      'weight loss',
      'lost|losing a lot of weight',
      'lost|losing significant|noticeable|considerable|rapid|unexplained|dramatic [amounts] [of] weight',
    ],
    unlessNear: [
      'diabetes|diabetic|coeliac|celiac|crohns|crohn’s|cancer|chemotherapy|chemo|thyroid|diagnosis|diagnosed|dietitian|dietician|planned|surgery|operation|virus|infection|illness',
      "crohn's",
      // Review 23C: a treatment, not tablets from older boys ("the older boys give her tablets to keep her awake").
      'on|started|starting|new|prescribed|changed|changing [her|his] medication|tablets',
      'medication|tablets for|side|prescribed',
    ],
    window: 10,
  },
  {
    code: 'ep_eating_problems',
    patterns: ['bingeing|binging|binges|binged and vomiting|purging|being|making', 'making|makes|made herself|himself|themselves sick'],
  },
  // Probe (round 22b): "He has unexplained injuries and has lost weight"; not planned or sporting weight loss (eval README
  // hard negatives: "lost weight as planned with the dietitian", weight lost through training or football).
  {
    code: 'ep_eating_problems',
    patterns: ['has|have|had lost weight'],
    unlessNear: [
      'dietitian|dietician|planned|plan|diet|dieting|slimming|healthy|exercise|exercising|gym|training|football|running|sport|sports|boxing|club|gp|doctor|target|goal|pleased|proud|operation|illness|virus|covid|baby',
    ],
    window: 10,
  },
  {
    code: 'ep_exhaustion',
    patterns: ['falls|falling|fell asleep in [most|every|all] [her|his] lessons|lesson|class|classes', 'hungry and exhausted|tired'],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['large|long|fresh|surgical scar|scars on|across [her|his] [lower] back|abdomen|side|stomach|kidney'],
    unlessNear: EXPLAINED_SURGERY_CUES,
  },
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [
      'found|brought|taken [in] semi-conscious|unconscious|unresponsive',
      'brought|taken into ed|hospital by ambulance',
      'brought|taken into a e by ambulance',
    ],
  },
  {
    code: 'ad_substances_given',
    patterns: [`gave|give|gives|given ${HER}|him|them the ${ALCOHOL}|${DRUGS}|drink|cans`, `hand|hands|handed|handing out [free] ${ALCOHOL}|${HARD_DRUGS}`],
  },
  {
    code: 'ad_substances_with_sex',
    patterns: [
      'no memory of anything',
      'no memory of what happened',
      "can't|cannot|couldn't remember anything after",
      `given ${DRUGS}|${ALCOHOL} by [the] * and woke up`,
      'woke up in a bed with no clothes on',
      'woke up naked|undressed',
    ],
  },
  // Probe 24: substances given somewhere, then waking with a man ("given pills at the party and woke up with a man on top
  // of her"); without the substances, waking to a man on top of the child is the assault itself.
  {
    code: 'ad_substances_with_sex',
    patterns: [`given ${DRUGS}|${ALCOHOL}|drink|drinks [*] [*] [*] [*] and woke|wakes|awoke up`],
    // Review rev-probe-1: only with a sexual element after waking ("woke up at a flat he did not know" is substances given).
    requiresNear: [
      'man|men|male|males|boy|boys|lad|lads|stranger|strangers|naked|undressed|clothes|clothing|knickers|underwear|pants|bra|sex|sexual|sexually|sore|bleeding|pain',
      'on top',
    ],
    window: 10,
  },
  {
    code: 'sh_sexual_assault',
    patterns: ['woke|wakes|waking|awoke|woken up with a|an|the [older] [adult] man|men|male|boy|stranger on top of|inside'],
    unlessNear: [...INTOXICATION_CUES, 'given|pills|drink|drinks'],
    window: 12,
  },
  // Probe 24: sex given for things ("she had to do stuff with the men to get cigarettes and a place to sleep").
  {
    code: 'rg_sex_exchange',
    patterns: ['do|did|doing|does stuff|things|favours|favors with|for [the] [older] [adult] men|man|males|lads|boys|him|them [in] [order] to get|pay'],
    unlessNear: [
      'homework|chores|jobs|errands|shopping|cleaning|garden|gardening|dishes|washing',
      // Review rev-probe-1: working off a drug debt is rg_debt_bondage, not sex ("carrying packages to Hull").
      'debt|debts|owe|owes|owed|packages|parcels|drugs|deliver|delivering|carrying|carry|running|selling|sell',
    ],
    window: 8,
  },
  // Probe 24: a weapon used on the child ("hit with a hammer by men he owed money to"); not sport or an accident.
  {
    code: 'ep_injuries_assault',
    patterns: ['hit|struck|attacked|beaten|beat|assaulted|battered with a|an hammer|bat|bottle|brick|machete|knife|pole|crowbar|iron|weapon|bar|plank|belt'],
    unlessNear: [...EXPLAINED_INJURY_CUES, 'cricket|rounders|ball|accidentally|game|games'],
    window: 8,
  },
  // Probe 24: a partner arrested or charged for violence to mum ("mum's partner was arrested for strangling her").
  {
    code: 'fa_domestic_abuse',
    patterns: ['arrested|charged|convicted|cautioned for strangling|choking|assaulting|hitting|beating|attacking|punching her|mum|mother'],
    requiresNear: ["partner|partner's|boyfriend|husband|dad|stepdad|father|stepfather|ex|ex-partner"],
    window: 8,
  },
  // Probe 24: older boys named by what the child does with them ("the older boy he hangs around with carries a machete").
  {
    code: 'go_older_friends',
    patterns: [
      'older boy|boys|lad|lads|males|male|men|man|guys|guy|girl|girls [that|who] she|he|they hangs|hang|hung|hanging|knocks|knocked|goes|go|went around|about|out with',
    ],
    unlessNear: ['steal|stealing|stole|shoplift|shoplifting|robbery|robbed|reading|club|supervised|family|brother|brothers|sister|sisters|cousin|cousins'],
    window: 8,
  },
  // Probe 24: serious violence from the group, the CCE wording ("he is at risk of serious violence from the group").
  {
    code: 'go_threats_violence',
    patterns: ['serious violence|harm from [the] [*] group|gang|gangs|olders|elders|men|males|boys|lads|dealers|line'],
  },
  // Probe 24: images sent to an adult ("unclear whether she has sent images to the man"); not photos of a car or a job.
  {
    code: 'te_sexual_images',
    patterns: ['sent|sending|sends|send images|pictures|photos|pics|videos|selfies to [the|a|an] [older] [adult] man|men|adult|adults|stranger|strangers'],
    unlessNear: [
      'work|job|cv|passport|documents|homework|project|car|bike|dog|cat|puppy|property|house|flat|room|sale|selling|seller|buyer|landlord|police|officer|evidence',
      // Review rev-probe-1: a sports trial ("sent videos to the man from the football academy").
      'academy|trial|trials|football|club|coach|scout|scouts|audition|training|team',
    ],
    window: 8,
  },
  // Probe 24: a denial names the sign ("he denied carrying anything internally").
  {
    code: 'go_internal_concealment',
    patterns: [
      'carrying|carried|concealing|concealed|hiding|hid anything|something|things|items|packages|drugs internally',
      // Review rev-probe-1: "kept|held things internally" is how a child copes with feelings; goods only.
      'holding|held|keeping|kept items|packages|drugs|wraps internally',
    ],
  },
  {
    code: 'ad_supply_controlled',
    patterns: ['cuts|cut|cutting her|him|them off when|if'],
    requiresNear: [`${HARD_DRUGS}|drugs|supply|gear|crack`],
    window: 12,
  },
  {
    code: 'go_threats_violence',
    patterns: [
      'brick|bricks|rock|rocks through the|her|his|their window|windows',
      "burn|torch|petrol-bomb [his|her|their|mum's|dad's] [mum's|dad's] house|flat|home down",
    ],
  },
  // Research pass: the family home named as a target ("the house would be petrol-bombed", "threatened to firebomb the flat").
  {
    code: 'go_threats_violence',
    patterns: ['petrol-bombed|petrol-bombing|firebombed|fire-bombed|firebomb|fire-bomb', 'petrol bombed|bomb|bombs|bombing'],
    unlessNear: [...EDUCATION_CUES, 'history|war|film|documentary|game'],
  },
  {
    code: 'go_threats_violence',
    // "Retracted his statement after his mum's car was damaged": damage to the family's property as a warning.
    patterns: [
      `${HER}|mum's|mums|dad's|family's car|house|windows|window was|were damaged|smashed|vandalised|vandalized`,
      `${HER}|mum's|mums|dad's|family's car|house|windows|window has|have been damaged|smashed|vandalised|vandalized`,
    ],
    requiresNear: [
      'after|since|threat|threats|threatened|men|olders|gang|gangs|arrest|statement|retaliation|retracted|warning|warned|debt|owes|talked|snitch|grass',
    ],
    unlessNear: ['accident|crash|collision|storm|flood|fire|wind|insurance|garage'],
    window: 8,
  },
  {
    code: 'go_cuckooing',
    patterns: [
      'taken over by [the|a] [drug] dealers|men|olders|gang|gangs|group',
      'being|been used by [the|a] [drug] dealers|men|gang|olders',
      'using it to deal|sell|store|stash',
      // Round 26: the home in the passive ("whether the family home is being used to deal from").
      'home|house|flat|address|property [is|was|has|had] [being|been] used to deal',
      `home|house|flat|address|property [is|was|has|had] [being|been] used to sell|store|stash|hide ${DRUGS}`,
    ],
    unlessNear: ['school|club|hall|gym|pitch|library'],
  },
  {
    code: 'go_cuckooing',
    // "Men have taken over the family's flat to deal from".
    patterns: ["taken|took|taking over [the|her|his|their] [mum's|dad's|family's|family|nan's] flat|home|house|address"],
    requiresNear: ['men|males|adults|dealers|dealer|olders|gang|group|deal|dealing|drugs|sell|selling'],
    // Review 22b I10: not the council or a landlord taking the flat back after an eviction.
    unlessNear: ['school|club|hall|gym|pitch|library', 'council|landlord|association took|takes|taken|taking over|back'],
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [`sign|signed|signing * out of school`, `${CAR_MAKES}|${VEHICLE} with different drivers`],
    unlessNear: [...ARRANGED_TRAVEL_CUES, 'staff|dentist|doctor|appointment|appointments|gp|hospital|clinic|orthodontist|optician'],
    window: 4,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: ['collects|collected|collecting her|him from the end of the road|street'],
    requiresNear: UNKNOWN_ADULT_CUES,
    unlessNear: ARRANGED_TRAVEL_CUES,
    window: 8,
  },
  {
    code: 'go_peers_exploited',
    patterns: [
      'identified as victims of cse|cce|exploitation|trafficking|grooming',
      'identified as a victim|victims of cse|cce|exploitation|trafficking|grooming',
      'is|are|was|were being sold for sex',
      'mate|friend was|were stabbed|shot|attacked in a dispute over',
    ],
    requiresNear: ['friend|friends|mate|mates|classmate|classmates|peers|peer|girls|boys'],
    window: 8,
  },
  {
    code: 'go_forced_theft_begging',
    patterns: ['sent|sends|send out shoplifting|stealing|begging', 'sent|sends|send out to shoplift|steal|beg'],
  },
  {
    code: 'go_internal_concealment',
    patterns: [
      // Round 26: also without "the" ("had to hide drugs inside himself on the train").
      `hide|hid|hiding|conceal|concealed [the|a] drugs|package|wraps inside ${SELF}`,
      'packages|package|wraps|pellets in|inside his|her|their abdomen|stomach|rectum|body',
    ],
  },
  {
    code: 'te_adults_contact_online',
    patterns: ['adults|men in her|his contacts', `adults|men are|were messaging ${HER}|him`],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [`met up with a|an [*] man|men|adult|adults from a|an|the gaming|dating site|app|game`],
  },
  {
    code: 'te_online_bullying',
    patterns: [`called a|an snitch|grass|slag|slut|liar on ${APPS}`, 'sharing|shared|shares a|an [*] photo|picture|image of her|him on a|the group chat'],
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'images|photos|pictures|videos were|are shared',
      'images|photos|pictures|videos have|had been shared',
      'for photos|pictures|pics in her|his underwear',
    ],
    unlessNear: ['cctv|police|officers|school|newsletter|social|worker|professionals|meeting|agencies|strategy|family|holiday|consent|mum|dad'],
    window: 4,
  },
  {
    code: 'te_sextortion',
    patterns: ['send the picture|pictures|photo|photos|images to her|his school|family|mum|friends if'],
  },
  {
    code: 'te_worrying_calls',
    patterns: ['calls from withheld|private|unknown numbers'],
  },
  {
    code: 'te_online_offers',
    patterns: ['offers of work|money|jobs'],
    unlessNear: ['experience|placement|placements|college|apprenticeship|apprenticeships|school|careers|university'],
    window: 3,
  },
  // Research pass: "approached on Instagram with an offer of paid work carrying parcels".
  {
    code: 'te_online_offers',
    patterns: ['offer|offers of paid|easy|quick|cash work|jobs|money', 'offer of work|money|jobs|cash'],
    // Not a parent's job ("Mum saw an offer of work at the local cafe").
    unlessNear: ['experience|placement|placements|college|apprenticeship|apprenticeships|school|careers|university', FAMILY],
    window: 3,
  },
  {
    code: 'te_live_streaming',
    patterns: ['live-streamed|livestreamed', 'live streamed'],
    // Probe 25: a public event streamed ("the match was live streamed to parents").
    unlessNear: ['launch|match|matches|game|games|concert|service|funeral|wedding|assembly|lesson|class|football|gig|church|news|cup|final|race|parents'],
    window: 8,
  },
  {
    code: 'rg_debt_bondage',
    patterns: ['will|would owe|owes them|him|anyone', 'owe|owes anyone anything'],
  },
  {
    code: 'rg_unexplained_money',
    patterns: ['unexplained payments|deposits|transfers', 'always|constantly topped up'],
  },
  {
    code: 'rg_status_rewards',
    patterns: [
      'nobody|no-one touches|bothers|hurts him|her',
      'no one touches|bothers|hurts him|her',
      'nobody|no-one messes with him|her',
      'no one messes with him|her',
      'treat|treats|treated him|her like family',
    ],
    // The word "family" is the pattern's own, so the relatives are listed without it.
    unlessNear: [FAMILY.replace('|family', ''), 'carers|carer|staff|placement|home|school|teacher|teachers|club|team|coach'],
    window: 5,
  },
  {
    code: 'rg_accommodation_offered',
    patterns: ['can|could stay at his|hers|theirs|their [place|flat|house] whenever|anytime', 'let|lets|letting [the] kids|children|her|him|them stay over'],
    unlessNear: [FAMILY, "friend's|friends|sleepover|mum's|dad's|nan's|gran's"],
  },
  {
    code: 'rg_sex_exchange',
    patterns: [
      'on the condition that she|he had|has|have sex',
      'on condition that she|he had|has|have sex',
      `pay|pays|paid her|him in ${HARD_DRUGS}|${ALCOHOL}|drugs|cash for sex`,
    ],
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['hands|hand|handed|gives|gave all [of] her|his wages|pay|earnings to'],
    unlessNear: [FAMILY, 'rent|board|savings|bank'],
  },
  {
    code: 'rg_bank_account_used',
    patterns: ['card and pin', 'bank card|details and pin'],
  },
  {
    code: 'da_not_disclosing',
    patterns: ['nothing is going on'],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ['police would|will lock|put him|her up|away', 'police would|will arrest|deport him|her'],
  },
  {
    code: 'da_hostile',
    patterns: ['became|becomes|becoming [very] aggressive|hostile|abusive'],
    unlessNear: ['man|men|dad|mum|father|mother|stepdad|partner|boyfriend'],
    window: 3,
  },
  {
    code: 'da_not_engaging',
    patterns: ['missed [the|her|his] [last] * appointments|sessions|visits'],
  },
  // Research pass: "has not attended the last four appointments with the exploitation team".
  { code: 'da_not_engaging', patterns: ['not attended|attend [the|any|her|his|their] [last] [*] [*] appointments|sessions|meetings'] },
  {
    code: 'da_documents_held',
    patterns: ['adults|men are|were keeping|holding it|them'],
    requiresNear: ['passport|passports|documents|id'],
    window: 12,
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['withdrew|withdrawn|retracted an|her|his allegation|account|statement|complaint', 'withdrawn any part of'],
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: ['has|have changed * times', 'first said * was at'],
    requiresNear: ['account|accounts|story|version|then|explanation'],
    window: 10,
  },
  {
    code: 'da_coached_account',
    patterns: ['did|does all the talking', `answered|answers|answering every|all [the] question|questions on ${HER}|him behalf`],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'straight back to the men|olders|group|flat|address',
      'back with them within days|hours|a day',
      'back with them within days|hours',
      'back with them within a day',
    ],
  },
  {
    code: 'da_controlled_return',
    patterns: ['whenever they call|ring|text|message'],
    requiresNear: ['men|olders|elders|group|back|goes|go|went|going|returns|return'],
  },
  {
    code: 'sh_sexual_assault',
    patterns: ['forced|forces himself|themselves on her|him'],
  },
  {
    code: 'sh_sexualised_behaviour',
    patterns: ['sexualised|sexualized play', 'describing|describes|described sex acts'],
  },
  {
    code: 'sh_many_partners',
    patterns: ['passed round|around between'],
  },

  // ---- Round 8: families written for the wording class, each with hard negatives in indicators-cues.test.ts ----
  {
    code: 'am_found_out_of_area',
    patterns: [
      `found|located|traced|recovered|discovered [*] [*] [*] [*] in|at ${TOWNS}`,
      `picked up [*] [*] [*] [*] in|at ${TOWNS}`,
      'found|located|traced|recovered|discovered [*] [*] [*] [*] in|at great yarmouth',
      'found|located|traced|recovered|discovered [*] [*] [*] [*] in|at milton keynes',
    ],
    requiresNear: ['found|located|traced|recovered|discovered|picked|police|btp|officers|missing'],
  },
  // Probe 24: the place named before the town, with a time between ("located at 02:30 in a car park in Rochdale"); the
  // time is required, so "found Callum in a known crack house in Hastings" stays the finding with adults.
  {
    code: 'am_found_out_of_area',
    patterns: [`found|located|traced|recovered|discovered at * [*] in|at a|an|the [*] [*] [*] in|at ${TOWNS}`],
    requiresNear: ['missing|mfh|absent|police|btp|officers'],
    window: 12,
  },
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: [`arrested|detained|charged [*] [*] [*] [*] [*] [*] in|at ${TOWNS}`],
    requiresNear: [DRUGS, 'pwits|supply|supplying|possession|intent|dealing|county|line|lines'],
    // Round 32: not the child's own town (OWN_PLACE).
    unlessNearAcross: OWN_PLACE,
    unlessNearAcrossWindow: 1,
    window: 10,
  },
  // Probe 24: stopped by the police in a named town with drugs ("stopped by police in Aberystwyth with 30 wraps of
  // heroin"), or arrested for being concerned in the supply there; a drug arrest far from home is this code alone.
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: [
      // Review rev-probe-1: with the drugs, not with a friend ("stopped by police in Leeds with his friend").
      `arrested|stopped|detained|caught|searched by [the] [*] police|officers|btp in|at ${TOWNS} with [a|an] [*] [*] [*] ${DRUGS}|bags|deals|grams|packages|cash`,
      `arrested|charged|detained|stopped for being concerned in the supply of [*] [*] [*] in|at ${TOWNS}`,
    ],
    requiresNear: [DRUGS, 'pwits|supply|supplying|possession|intent|dealing|county|line|lines'],
    // The child's own town ("in Leeds, where he lives").
    unlessNear: ['where he|she|they lives|live|lived|is|are|was', 'local|locally|hometown', 'home town'],
    window: 10,
  },
  // Probe 24: tickets to far towns found in the child's things ("train tickets to Bournemouth and Weymouth in his room");
  // not a trip, a match, a visit to family or an appointment.
  {
    code: 'am_found_out_of_area',
    patterns: [`train|coach|rail|bus|megabus tickets|ticket|receipts to|for ${TOWNS}`],
    // A relative who travels with the child or is visited, not a carer who finds the tickets.
    unlessNear: [
      `with|for|visit|visiting|visited|see|seeing|saw [her|his|their] ${FAMILY}`,
      "family|mum|dad|mum's|dad's|parents|nan|gran|grandparents",
      FAMILY_HOMES,
      'school|trip|holiday|holidays|match|college|university|open|appointment|hospital|interview|concert|gig|festival|team|club|wedding|funeral|refund',
      // Review rev-probe-1: a placement or an expedition ("for her work experience placement", "his DofE expedition").
      'placement|experience|expedition|dofe|edinburgh|course|residential|camp|competition|tournament|audition|trials',
      // A ticket someone bought or booked for the child is am_moved_by_others ("a man bought his train ticket to Crewe").
      'bought|buy|buys|buying|paid|pays|booked|books',
    ],
    window: 10,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      `drove|driven|drives|driving|took|taken|takes|taking|ferried|transported|moved him|her|them [*] [*] [*] to ${TOWNS}`,
      'moved|taken|driven|ferried|sent around|round|across the country',
    ],
    unlessNear: [FAMILY, ...ARRANGED_TRAVEL_CUES],
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: [`hiding|hid|hides|stashing|stashed|stashes|concealing|concealed [a|an] ${WEAPON}`],
  },
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      `found|caught|stopped|searched|arrested with [some|a] [bag|bags|quantity|amount|wraps] [of] ${DRUGS} [on|in]`,
      `hide|hides|hiding|hid|stash|stashes|stashing|stashed|keep|keeps|keeping|kept|mind|minding ${DRUGS} for`,
      // "no drugs found on him": the "no" stays outside the finding, so that it negates it.
      `${DRUGS} were|was found on|in him|her|them|his`,
      `${DRUGS} on him|her|them`,
    ],
  },
  // Round 23: on a named child or "the 15-year-old" ("no drugs were found on Rhys"), not on a table, a day or a relative.
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [`${DRUGS} were|was found on *`],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      `found on the|a|an|his|her|their|its|top|arrival|entry|search|premises|site|him|her|them|${WEEKDAYS}`,
      'table|floor|bed|sofa|landing|stairs|shelf|desk|ground|street|pavement|seat|dashboard|counter|worktop|phone|laptop',
      // Not a date, a title, a procedure or a number ("found on 12 March", "on Mr Khan", "on searching the bedroom",
      // "on several occasions"), nor on someone's partner or friend ("found on Mia's boyfriend").
      'found on 0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|mr|mrs|ms|miss|dr|searching|inspection|examination|analysis|admission|review|cctv|scene|patrol|police|school|several|two|three|both|occasions|swabs|swab|testing|arrest|entering|leaving',
      'found on * [*] boyfriend|partner|girlfriend|friend|friends|mate|mates|associate|associates|lodger|man|men|male|males|adult|adults',
    ],
    window: 5,
  },
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [`${DRUGS} were|was found on the ${CHILD_YEAR_OLD}|boy|girl|child|teenager|teen|youth|yp`],
  },
  {
    code: 'ad_substances_given',
    patterns: [
      `give|gives|gave|given|giving|supplied|supplies|supply|supplying|handed|hands|passed|provides|provided|providing her|him|them [*] ${DRUGS}|${ALCOHOL}`,
      `supplied|supplies|supplying|supply the ${DRUGS}`,
      `${DRUGS} for free`,
    ],
    // Round 19: substances given for sex or before a rape are annotated as that sign (four tuning-set lines).
    unlessNear: [...PRESCRIBED_CUES, 'sex|sexual|sexually|intercourse|raped|rape', 'in return|exchange for', ...MEDICINE_GIVEN_CUES],
  },
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
  {
    code: 'am_unknown_address',
    patterns: [
      // Where the child slept, not where they went ("won't say where she has been" is not disclosing, not an address).
      'could|would|did not say|tell|explain [us|me|police|officers|staff|anyone] where she|he|they [had|has|have] [been] staying|stayed|slept|sleeping',
      "couldn't|wouldn't|didn't|can't|cannot|won't say|tell|explain [us|me|police|officers|staff|anyone] where she|he|they [had|has|have] [been] staying|stayed|slept|sleeping",
    ],
  },
  {
    code: 'da_not_disclosing',
    patterns: ['insists|insisted|insisting|maintains|maintained|claims|claimed [that] nothing is|was|has wrong|happened'],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'police|authorities|immigration|office|services|they would|will|might|could send|deport|arrest|lock|take him|her|them [up] [back] [away] [home] [to]',
    ],
    requiresNear: ['scared|afraid|worried|fears|fear|frightened|terrified|thinks|believes|believed|thought|told|convinced'],
  },
  {
    code: 'am_school_absence',
    patterns: ['persistent|persistently|chronic|chronically|severe|severely absence|absent|absentee|absences|non-attendance|non-attender'],
  },
  {
    code: 'te_sextortion',
    patterns: ['or [her|his|their|the] nudes|pictures|photos|images|pics|videos|video will|would|get be sent|shared|posted|leaked'],
    // Review 29: school photos ordered and paid for ("send the money for the school photos or the pictures will be sent back").
    unlessNear: SCHOOL_PHOTOS,
    window: 12,
  },
  {
    code: 'go_older_partner',
    patterns: [
      `in a relationship with [a|an] ${ADULT_YEAR_OLD} [man|male|guy|woman]`,
      // Probe 24: "last year she had a relationship with a 26-year-old man".
      `had|has|have|having|started|starting|began|begun a [sexual] relationship with [a|an] ${ADULT_YEAR_OLD} [man|male|guy|woman]`,
      `seeing|dating [a|an] man|woman|male|guy of ${ADULT_AGES}`,
      `going|goes|went out with [a|an] man|woman|male|guy of ${ADULT_AGES}`,
      `sleeping|slept|sleeps with [a|an] man|woman|male|guy of ${ADULT_AGES}`,
    ],
    unlessNear: OTHER_PERSONS_CUES,
    window: 2,
  },
  {
    code: 'am_missing',
    patterns: ['being|been missing'],
    // Probe 23: "missing from lessons" is school absence.
    // Probe 25: nor missed sessions ("has been missing training").
    unlessNear: [
      'from [her|his|their] lessons|lesson|class|classes|registration',
      // Review 25D: as what is missed, right after ("been missing training"), not "missing after her appointments".
      'missing [her|his|their|all|the] training|practice|practices|rehearsal|rehearsals|matches|sessions|appointments|homework|deadlines',
    ],
    window: 4,
  },
  {
    code: 'am_missing',
    // Research pass (case reviews, return home interview records): "was previously missing in 2019", "is frequently
    // missing overnight"; the adverb sits between the verb and "missing".
    patterns: ['was|is|been|has|had previously|repeatedly|frequently|regularly|often|again missing'],
    // Not "frequently missing school" or "previously missing from education" (review 2026-11-30).
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|wallet|purse|keys|bike|trainers|medication',
      'school|lessons|lesson|education|class|classes|pe|homework|appointments|appointment|college|registration',
    ],
    window: 3,
  },
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [`drinks|drank|drinking|downs|downed|downing [a|half|two|three|four|2|3|4] [a] bottle|bottles|litre|litres|can|cans of ${ALCOHOL}`],
  },
  {
    code: 'go_threats_violence',
    patterns: ['gets|got|get|getting|given a beating|battering|kicking|hiding'],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      'meet|met|meets|meeting [up] [with] [a|an] man|men|adult|adults|male|woman|someone|somebody|person|people|stranger [who] [she|he|they] [had|has|have] [only] [ever] known|met|talked|chatted|spoken online|on',
      'meet|met|meets|meeting [up] [with] [a|an] man|adult|male|woman|someone|somebody|person|stranger [who] [she|he|they] [had|has|have] been gaming|talking|chatting|messaging [with|to] online|on',
    ],
  },
  // ---- Round 9: everyday paraphrases, each family with hard negatives in indicators-cues.test.ts ----
  { code: 'am_missing', patterns: ['went|gone|goes|go|going awol', `${range(2, 14).join('|')}|two|three|four|five|six|seven days|nights missing`] },
  {
    code: 'da_hostile',
    patterns: [
      'swore|swears|swearing|swear at officers|staff|police|the|her|his|workers|teachers',
      'very|extremely|really aggressive towards|to officers|staff|police|workers|teachers|professionals|carers',
      'very|extremely|really aggressive towards|to the|her|his social|support|youth worker|workers',
      'kicked|kicks|kicking off',
    ],
    unlessNear: [FAMILY],
  },
  { code: 'sh_pregnancy', patterns: ['preg|pregnancy test positive', 'pregnancy test was|came back positive'] },
  {
    code: 'go_older_partner',
    patterns: [`in a relationship with [a|an] man|woman|male|guy of ${ADULT_AGES}`],
    unlessNear: OTHER_PERSONS_CUES,
    window: 2,
  },
  {
    code: 'te_online_offers',
    patterns: [
      'easy work|money|cash',
      `${range(1, 20)
        .map((n) => n * 100)
        .join('|')} a|per week|day`,
    ],
    requiresNear: [APPS, 'ad|advert|advertised|advertisement|post|posted|profile|offering|offered|dm|dms|messaged'],
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['gets|get|got|given|paid nothing but food|meals|somewhere', 'keeps|kept|keep|takes|took|take all her|his|their wages|pay|money|earnings'],
  },
  {
    code: 'da_not_disclosing',
    patterns: ["nothing's|nothings|nothing’s going on", 'nothing is|was going on', 'clams|clammed|clamming|clam up'],
  },
  {
    code: 'go_older_friends',
    patterns: ['lads|boys|blokes|people [who] [are] in their [late|early|mid] twenties|thirties|forties|20s|30s|40s', 'older mates|pals|crowd'],
    unlessNear: ACTOR_CUES,
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `arranged|arranging|arranges|arrange to meet [a|an|the] [*] friend|man|person|someone|boy|girl|guy [he|she|they] [met] from|off|on [an|the] [*] ${APPS}`,
    ],
  },
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
  { code: 'go_threats_violence', patterns: ['windows|window were|was put|smashed through|in', 'windows|window smashed'] },
  {
    code: 'fa_domestic_abuse',
    patterns: [`witnessing|witnessed|witnesses|witness [*] violence|abuse|fights|fighting|rows`],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['scar|scars on|to [her|his|their] [lower] back|side|abdomen|stomach|flank'],
    requiresNear: ['operation|surgery|surgical|abroad|explain|explained|kidney|organ|clinic'],
    unlessNear: EXPLAINED_SURGERY_CUES,
    window: 10,
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['scarring on|to [her|his|their] [lower] back|side|abdomen|stomach|flank'],
    requiresNear: ['operation|surgery|surgical|abroad|explain|explained|kidney|organ|clinic'],
    unlessNear: EXPLAINED_SURGERY_CUES,
  },
  {
    code: 'go_taken_to_parties',
    patterns: ['take|takes|took|taken|taking her|him|them to [*] chill-outs|chillouts|chill-out|chillout|parties|party|gatherings|raves'],
    unlessNear: [FAMILY, 'birthday|16th|18th|21st|present|supervised|school|prom|disco'],
  },
  {
    code: 'rg_accommodation_offered',
    patterns: ['crash|crashing|crashed|crashes|kip|kipping at their|the|his|her flat|house|place|pad'],
    unlessNear: [FAMILY],
  },
  { code: 'go_arrests', patterns: ['nicked|lifted for'] },
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [`taking|takes|took|take|uses|used|using ${DRUGS}`],
    // Round 21: what led to an emergency attendance ("found collapsed after taking pills") is that sign.
    unlessNear: ['after taking|took|using|swallowing'],
    window: 1,
  },
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [`smelt|smelled|smelling|smells|stank|stinks [strongly] of ${ALCOHOL}|drink`],
  },
  {
    code: 'te_sextortion',
    patterns: [
      'send|sending|share|sharing|post|posting|leak|leaking|sends|shares|posts|leaks his|her|their nudes|pics|pictures|photos|images|videos [*] [*] unless|if',
    ],
  },
  // Round 26: "the video", sent somewhere named, or in the passive, with the demand after "unless" ("he would send the
  // video to her school unless she sent more", "the video will be sent to all his followers unless he pays"); not a
  // school's or a club's photos that parents may opt out of.
  {
    code: 'te_sextortion',
    patterns: [
      'send|sending|share|sharing|post|posting|leak|leaking|sends|shares|posts|leaks the nudes|pics|pictures|photos|images|video|videos [*] [*] [*] unless',
      'nudes|pics|pictures|photos|images|video|videos will|would be sent|shared|posted|leaked [to] [*] [*] [*] unless',
    ],
    unlessNear: ['opt|consent|consents|permission|newsletter|website|object|objects|objection'],
    window: 8,
  },
  { code: 'te_online_bullying', patterns: [`harassed|bullied|trolled|abused|targeted on|over|via ${APPS}`] },
  { code: 'ep_eating_problems', patterns: [`making|makes|made|make ${SELF} sick`, 'skipping|skips|skipped meals'] },
  {
    code: 'am_staying_out_late',
    patterns: ['out till|until all hours', 'comes|came|come|coming home|in|back at 1|2|3|4|5|one|two|three|four|five [or] [2|3|4|5|6] in the morning'],
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['a real|big|marked|noticeable|huge change in him|her|them'],
    unlessNear: CHANGE_FOR_BETTER_CUES,
    window: 8,
  },
  {
    code: 'sh_many_partners',
    patterns: ['two|three|four|five|six|several|many|multiple|2|3|4|5|6 different men|males|partners|boys|lads'],
    requiresNear: ['sex|sexual|slept|sleeping|partners|named'],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['took|takes|take|taking back what she|he|they told|said', 'saying|said|says she|he|they made it up'],
  },
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['attendances|attendance|admissions|admission for intoxication|overdose|alcohol'],
  },
  {
    code: 'go_cuckooing',
    patterns: ['flat|house|home [is|was] [being] [been] used as a base|bolt-hole|bolthole by'],
  },
  // Research pass: "men have been using Gran's flat as a base to sell drugs" (cuckooing of a relative's home).
  {
    code: 'go_cuckooing',
    patterns: ['using|used|uses|use [her|his|their] [*] flat|house|home|address|property as a base'],
    // Not "using her nan's house as a base while mum is in hospital".
    requiresNear: ['drugs|drug|sell|selling|sold|deal|dealing|men|males|olders|elders|gang|line|supply'],
    window: 12,
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: ['not|cannot|never name a|one [single] adult [she|he|they] [can|could] trust|trusts|talk'],
  },
  { code: 'te_location_tracked', patterns: ['tracking|tracker app|apps|device|devices'], unlessNear: AGREED_TRACKING_CUES, window: 12 },
  { code: 'go_unknown_adults_collect', patterns: ['brought|accompanied by a different adult|man|male|woman'] },
  { code: 'ep_low_self_esteem', patterns: ['good for nothing', 'thinks|says|believes she|he|they [is|are] thick|stupid|worthless|useless|ugly|disgusting'] },
  { code: 'sh_emergency_contraception', patterns: ['ehc|ec given|issued|requested|prescribed'] },
  {
    code: 'ad_supply_controlled',
    patterns: [`needs|need|needed the ${DRUGS} they|he|the|men supply|give`, `hooked on the ${DRUGS} [the] [*] give|gives|supply|supplies`],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'serving time for running|dealing',
      'serving a sentence for running|dealing',
      "partner|partner's|uncle|dad|brother is known to supply|deal|sell",
    ],
  },
  {
    code: 'da_documents_held',
    patterns: ['id|passport|passports|documents|papers [and] [*] [*] are|is|were|was held|kept by'],
    // Round 24: a solicitor or a service holding it for a claim, with the child's agreement (fresh23).
    // Round 28: held by the council, a carer or family (review 27).
    unlessNear: [
      "council|council's|immigration|home|office|social|police|team|foster|carer|carers|school|nan|mum|dad",
      'solicitor|solicitors|lawyer|lawyers|agreement|consent|request|safekeeping|renewal|application',
    ],
    window: 10,
  },
  { code: 'sh_sexualised_behaviour', patterns: ['acting|acts|acted|act out sex|sexual acts|act'] },
  { code: 'fa_unaccompanied_migrant', patterns: ['separated from his|her|their parents|family|mother|father in|on|during|at'] },
  { code: 'fa_unsuitable_accommodation', patterns: ['staying|sleeping|living|sleeps|stays|lives in a tent|car|stairwell|squat|shed'] },
  {
    code: 'sh_sexual_activity',
    patterns: [`slept|sleeping|sleeps|sleep with the ${ADULT_YEAR_OLD}|man|men|older`],
  },
  // Round 11 (tune11, RESULTS.md): wording of the records that reviews quote, and plain case-note wording.
  {
    code: 'te_live_streaming',
    patterns: ['streamed|streaming|streams live'],
    requiresNear: ['men|man|adult|adults|strangers|online|sexual|sexually|naked|nude|camera|webcam|abroad'],
    // Review 28: an event streamed for those who cannot come ("The funeral was streamed live for the men who worked with
    // grandad", "The football match was streamed live to viewers online").
    unlessNear: [
      'wedding|funeral|match|final|service|concert|assembly|graduation|christening|ceremony|church|mosque|gig|football|cricket|rugby|lecture|parliament',
    ],
    window: 8,
  },
  { code: 'te_live_streaming', patterns: ['sexual things|acts on a|the video call|camera', 'sexual things|acts on a|the call'] },
  // Probe 24 (2026-12-01): online harm as records word it. A video "streamed to men overseas"; not a match or a service
  // streamed to viewers.
  {
    code: 'te_live_streaming',
    patterns: ['streamed|livestreamed|broadcast to [*] [*] men|man|adults|adult|strangers|people|buyers|customers'],
    unlessNear: [
      'match|matches|game|games|concert|service|services|assembly|funeral|wedding|lesson|lessons|class|church|mosque|fixture|gig',
      // Review rev-probe-1: a school event ("the school play was streamed to people at home").
      'play|show|performance|nativity|graduation|ceremony|school|attend',
    ],
  },
  // Probe 24: images a child was made to take or sold of themselves ("sold pictures of herself on an app").
  {
    code: 'te_sexual_images',
    patterns: [
      `sold|sells|selling|sell pictures|photos|images|pics|videos|nudes|content [*] of ${SELF}`,
      `made|forced|told|pressured|pressurised|coerced to film|record|photograph|video ${SELF}`,
    ],
    // Review rev-probe-1 (fixer's hard negatives): clothes sold online, a club fundraiser, homework. Rev-ind-3: crafts,
    // exercises for a physio, reading for a teacher, the yearbook.
    unlessNear: [
      'kit|vinted|depop|ebay|clothes|clothing|modelling|modeling|raise|raising|fundraising|fundraiser|charity|homework|audition',
      'etsy|jewellery|designs|crafts|art|artwork|exercises|physio|physiotherapist|reading|teacher|yearbook|school|practice',
    ],
    window: 8,
  },
  // Probe 24: a demand with the threat after "or" ("demanding £300 or he will send her photos to her family").
  {
    code: 'te_sextortion',
    patterns: [
      "demanding|demanded|demands|wants|wanted * [*] [*] or [else] he|she|they|he'll|she'll|they'll|it [will|would|is|are|was|were] [going] [to] send|share|post|leak|release|show|spread",
    ],
    requiresNear: ['photos|photo|pictures|picture|images|image|nudes|nude|pics|pic|videos|video|screenshots'],
    window: 10,
  },
  // Probe 24: travelling to meet someone known only from an app ("went to Leeds to meet someone she had only spoken to on
  // TikTok"); "only" keeps out friends also met in person.
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      'meet|met|meeting|see|saw|seeing [*] [*] [*] [who|whom] she|he|they [had|has|have] only [ever] spoken|talked|chatted|messaged|spoke|talks|speaks|chats [to|with] on|online|over|via|through',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      // Review rev-probe-1: a professional first met in person ("met his tutor, whom he had only spoken to online").
      'tutor|tutors|teacher|teachers|counsellor|counselor|therapist|mentor|mentors|worker|workers|social|doctor|nurse|clinic|staff|advocate|caseworker|keyworker|coach|colleague|colleagues|manager|interviewer|teams|zoom',
    ],
    window: 8,
  },
  // Probe 24: money or work offered through an app ("offered £1,000 a week on Instagram to run errands"); not a place
  // on a course or support offered online.
  {
    code: 'te_online_offers',
    patterns: [`offered|offering|offers * [*] [*] [*] on|via|through|over ${APPS} to`],
    unlessNear: [
      'course|courses|college|school|apprenticeship|apprenticeships|vacancy|vacancies|careers|jobcentre|place|places|counselling|support|help|appointment|appointments|session|sessions|tutoring',
      // Review rev-probe-1: hours at a job ("her boss offered overtime on WhatsApp").
      'overtime|shift|shifts|boss|manager|employer|rota|colleague|colleagues',
      // Rev-ind-3: a sports trial or a place on a team.
      'trial|trials|team|club|academy|scholarship',
    ],
  },
  // Probe 24: gift cards and game currency sent by someone ("has been sending her Amazon gift cards"); not from family, a
  // prize or a school reward.
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      'sending|sent|sends|send|buying|bought|buys|gave|gives|giving|given [her|him|them] [*] gift|steam|amazon|itunes|apple|google|xbox|playstation|psn card|cards|voucher|vouchers|codes|code',
      'sending|sent|sends|send|buying|bought|buys|gave|gives|giving|given [her|him|them] [*] robux|v-bucks|vbucks|skins|tokens|coins',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'birthday|christmas|xmas|eid|diwali|prize|prizes|reward|rewards|school|teacher|competition|raffle|attendance|college|club',
      // Review rev-probe-1: vouchers from a service, a study or a charity ("the research team gave her an Amazon voucher").
      'research|study|survey|completing|completed|course|worker|workers|charity|charities|officer|officers|housing|council|foodbank|project|programme|service|services|staff|team',
      'taking|took|take part',
    ],
    window: 10,
  },
  {
    code: 'te_location_tracked',
    patterns: ['track|tracks|tracked|tracking her|him|them through|on|via|with find|snap|life360|location'],
    unlessNear: AGREED_TRACKING_CUES,
    window: 12,
  },
  {
    code: 'am_school_absence',
    patterns: ['attendance fell|dropped|falling|dropping', 'attendance has fallen|dropped', 'often|frequently|regularly|always absent on|from'],
    // Round 28: an adult absent from meetings (review 27).
    unlessNear: ['meetings|meeting|office|worker|workers|manager|colleague|work|shifts|rota'],
    window: 6,
  },
  { code: 'go_internal_concealment', patterns: ['carry|carrying|carried|carries drugs internally', 'in the|his|her rectum|vagina'] },
  {
    code: 'fa_domestic_servitude',
    patterns: ['kept|keeps|made at home to do the housework|cleaning|childcare|cooking'],
  },
  {
    code: 'sh_termination',
    patterns: ['second|third|another|previous|repeat top|tops'],
    requiresNear: ['pregnancy|pregnant|termination|terminations|abortion|clinic|bpas|gestation|weeks|year'],
  },
  { code: 'sh_pregnancy', patterns: ['had a baby at|when'] },
  {
    code: 'fa_family_breakdown',
    patterns: ['refuse|refuses|refused|refusing to have her|him|them back', 'told her|him|them not to come back|home'],
    // "Mum told him not to come home late" is a curfew, not a family that has given up on the child.
    unlessNear: ['late|tonight|drunk|before|after|until|without'],
    window: 3,
  },
  {
    code: 'rg_bank_account_used',
    patterns: ['into her|his|their bank account|accounts'],
    requiresNear: ['large|sums|sum|unknown|unexplained|men|man|adults|strangers|thousands|hundreds|cash'],
  },
  { code: 'rg_unexplained_money', patterns: ['cash in her|his|their sock|socks|shoe|shoes|underwear|bra'] },
  { code: 'sh_many_partners', patterns: ['handed|passed from man to man'] },
  { code: 'go_forced_theft_begging', patterns: ['send|sends|sent|sending her|him|them into shops to steal'] },
  {
    code: 'am_moved_by_others',
    patterns: ['put|puts|putting her|him|them on a train|coach|bus to', 'driving|drove|driven|drives her|him|them between addresses|flats|towns'],
    unlessNear: ["school|college|nan|nan's|gran|grandma|grandad|auntie|home|dad's|mum's", FAMILY, 'contact|handover|handovers|holiday|council|housing'],
  },
  { code: 'da_controlled_return', patterns: ['go|goes|went|going straight back to them|him', 'go|goes|went|going straight back to the men'] },
  {
    code: 'go_unknown_adults_collect',
    patterns: ['seen collecting her|him|them', 'adult|adults|man|men [she|he|they] does|do not know arrive|arrives|arrived to collect'],
  },
  { code: 'fa_unaccompanied_migrant', patterns: ['brought her|him|them from albania|vietnam|eritrea|sudan|afghanistan|syria|iran|iraq'] },
  // Round 13 (fresh11 and fresh12, tuned on after they had judged rounds 11 and 12).
  {
    code: 'da_not_engaging',
    patterns: [
      "dna'd|dnad|dna’d * appointments|appointment|sessions",
      'stops|stopped|stop coming|going to sessions|appointments|yot',
      'stop|stops|stopped attending yot|yos|camhs|sessions',
      'declined|refused the rhi',
      'declined|refused the return interview',
    ],
  },
  { code: 'am_school_absence', patterns: ['leaving|leaves|left the site|school at break|lunch|lunchtime', 'stopped|stops coming in'] },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      'picked|collected up at|from lunchtime|school by a|an man|woman|adult',
      'being|been|is|was picked up at lunchtime by',
      'a man|woman|adult nobody|no-one recognised|knew picked|collected',
      'brought|brought in by a man|woman who waited|left',
      'anyone other than mum|dad|carers|parents comes|come to collect',
    ],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: ['met a|an man|adult|woman|guy off|from snapchat|instagram|tiktok|facebook|online', 'met anyone from online', 'met him|her|them in person'],
  },
  { code: 'rg_unexplained_money', patterns: ['* in a shoebox', 'a taxi nobody had booked'] },
  {
    code: 'da_not_disclosing',
    patterns: [
      'will not say who the father is',
      "won't|wont|won’t say who the father is",
      // Probe (round 22b): "She has had a termination and refuses to say who the father is".
      'refuses|refused|refusing|declines|declined|declining to say|name|tell|disclose who the father is|was',
      "does|did not|doesn't|didn't|cannot|can't say|name|tell|disclose who the father is|was",
      "will not say where shes|hes|she's|he's|she’s|he’s been",
      "won't|wont|won’t say where shes|hes|she's|he's|she’s|he’s been",
      'will not say which friend|friends|man|men',
      "won't|wont|won’t say which friend|friends|man|men",
      "will not|won't|wont|won’t give officers|police|staff any information",
    ],
  },
  { code: 'am_staying_out_late', patterns: ['comes|came|coming in|home after midnight|1am|2am|3am|4am', 'staying|stays|stayed out past curfew'] },
  { code: 'ep_eating_problems', patterns: ['stopped|stops eating'] },
  { code: 'go_internal_concealment', patterns: ['conceal|concealing|concealed drugs internally', 'hide|hiding|hid drugs inside her|his|their body'] },
  {
    code: 'am_moved_by_others',
    patterns: ['driven|moved|taken between hotels|trap houses|addresses|flats', 'a ticket someone else had bought'],
    // Review 23B: a family or tenant moving house ("moved between addresses after the eviction", "by her landlord").
    unlessNear: ['landlord|landlords|eviction|evicted|housing|homeless', 'the|her|his|their family moved'],
  },
  // Research pass: adults moving a named child ("adults have moved Sienna between addresses in two towns"; NRM and county
  // lines guidance: children moved between locations and trap houses).
  {
    code: 'am_moved_by_others',
    patterns: [
      'moved|moving|moves|driven|drove|drives|taken|took|takes|ferried|ferrying [*] between|around hotels|addresses|flats|towns|cities|traphouses|trap-houses',
    ],
    // Not a family on holiday, contact handovers or a council moving a family ("Mum took her around cities in Italy").
    unlessNear: [
      FAMILY,
      'contact|handover|handovers|holiday|holidays|council|housing|temporary|accommodation',
      // Review 23B: the police moving a child for her safety.
      'by [the] police|officers',
    ],
    window: 8,
  },
  { code: 'rg_bank_account_used', patterns: ['account was|is|has [been] used to move', 'asked|asks to use her|his|their bank account'] },
  { code: 'te_sexual_images', patterns: ['images|pictures|photos of the * were|was found', 'images|pictures|photos were sent to the man|men'] },
  { code: 'te_sexual_images', patterns: ['sent|sends|send|sending images|pictures|photos|pics to [an|a] [older] adult|adults|man|men'] },
  { code: 'sh_many_partners', patterns: ['passed between several|different|many men|males', 'passed between a number of men'] },
  {
    code: 'da_protects_abusers',
    patterns: [
      'the only people|person who [actually|really] care|cares|cared about her|him',
      'the only person who has ever cared about her|him',
      'nobody|no-one would want her|him except',
    ],
  },
  { code: 'fa_no_trusted_adult', patterns: ['nobody at home or at school', 'could|can not name one|a grown-up|adult'] },
  { code: 'go_cuckooing', patterns: ['flat|house has been|was taken over by', "using mum's|mum’s|her|his flat to sell drugs"] },
  // Probe 24: "the boys had been using his flat to sell from for weeks".
  {
    code: 'go_cuckooing',
    // Review rev-probe-1: not "cook" ("using the flat to cook in while the kitchen is refitted").
    patterns: ["using|used|uses|use [his|her|their|the|mum's] flat|house|home|address|property to sell|deal|bag|store from|in"],
    // Rev-ind-3: others taking over the home to deal, not a home business ("Mum uses the house to sell from; she runs
    // an Avon business").
    requiresNear: ['boys|lads|men|man|olders|dealers|gang|drugs|weed|crack|cannabis|they|he|his|their'],
    unlessNear: ['avon|business|businesses|online|ebay|vinted|depop|cakes|crafts|catalogue'],
    window: 10,
  },
  { code: 'fa_domestic_servitude', patterns: ['kept home|kept at home to clean', 'cooks cleans and looks after'] },
  {
    code: 'rg_status_rewards',
    patterns: ['promised protection', 'have|has his|her back', 'offered her|him belonging', 'nobody will touch him|her while'],
    unlessNear: SERVICE_AGENTS,
    window: 8,
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ['social workers|police will lock her|him up', 'social workers take children away', 'would be arrested if he|she talked|told'],
  },
  { code: 'da_controlled_return', patterns: ['back in * within days|hours', 'returned to the same house|address within hours'] },
  { code: 'sh_termination', patterns: ['referred|booked for top'] },
  { code: 'sh_pregnancy', patterns: ['hcg'] },
  { code: 'te_location_tracked', patterns: ['see her|his location'], unlessNear: AGREED_TRACKING_CUES, window: 12 },
  // Review 21b H2: a boyfriend or partner tracking her is not agreed family sharing, whatever else the sentence says.
  {
    code: 'te_location_tracked',
    patterns: ['boyfriend|partner [*] [also|still] tracks|tracked|tracking|monitors|monitoring|checks her|him|his [location|phone]'],
  },
  { code: 'ep_isolated', patterns: ['cut|cuts herself|himself off from'] },
  { code: 'ad_substances_with_sex', patterns: ['given vodka|alcohol|drink|drugs and then raped|assaulted'] },
  { code: 'fa_family_links_to_exploitation', patterns: ['was herself exploited', 'brother|sister|cousin is in prison for running a county line'] },
  { code: 'go_threats_violence', patterns: ['gets|get a slap'] },
  { code: 'rg_accommodation_offered', patterns: ['offered her|him a room', 'let|lets the girls|boys|kids stay over'] },
  { code: 'te_adults_contact_online', patterns: ['adults are|were contacting him|her through', 'adults he|she does not know keep adding'] },
  // Round 26: messages from an adult of a stated age, or contact online by a man (framework: adults contacting the child
  // online, through apps, games or by phone): "gets messages from a 25-year-old on Instagram", "has been contacted online
  // by a man", "has been sent messages by a man online".
  {
    code: 'te_adults_contact_online',
    patterns: [
      `messages|texts|snaps|dms from [a|an] ${ADULT_YEAR_OLD} [man|male|woman]`,
      'contacted|messaged|added|approached online by [a|an|two|several] [older|adult|unknown] man|men|adult|adults|male|males|stranger|strangers',
      'sent messages by [a|an|two|several] [older|adult|unknown] man|men|adult|adults|male|males|stranger|strangers online',
    ],
    // Not a relative or someone from work named as the sender ("texts from a 19-year-old cousin about the wedding").
    unlessNear: [`${ADULT_YEAR_OLD} cousin|uncle|aunt|auntie|brother|sister|colleague|colleagues|boss|manager|tutor|teacher|coach`],
    window: 3,
  },
  { code: 'sh_sexualised_behaviour', patterns: ['sexual knowledge'] },
  { code: 'te_live_streaming', patterns: ['on camera while others watched'] },
  // Round 14 (fresh13, tuned on after it had judged round 13).
  { code: 'fa_unaccompanied_migrant', patterns: ['came|arrived|travelled to the uk with a man who said|says he was|is his|her uncle'] },
  { code: 'am_moved_by_others', patterns: ['booked him|her a coach|train|bus ticket', 'moved by the group|men|gang between'] },
  { code: 'am_school_absence', patterns: ['leaves|left|leaving site after registration', 'leaving|leaves before the end of the day'] },
  { code: 'ep_change_in_behaviour', patterns: ['gone|went from bubbly|chatty|happy|settled to withdrawn|angry|snappy'] },
  { code: 'rg_unexplained_money', patterns: ['has sent her|him * for her|his'] },
  { code: 'da_controlled_return', patterns: ["goes|went straight back to the men's|men’s flat|house", 'kept|keeps returning to the trap house|flat|address'] },
  { code: 'am_found_with_adults', patterns: ['in the back of a car with * adult|older males|men', 'in a hotel room * with a man'] },
  { code: 'fa_unsuitable_accommodation', patterns: ['a b b with adult residents', 'sleeps|slept|sleeping in the back room'] },
  { code: 'sh_emergency_contraception', patterns: ['emergency hormonal contraception'] },
  { code: 'am_unknown_address', patterns: ['not know the address', 'could not say whose flat|house'] },
  { code: 'ep_exhaustion', patterns: ['tired or hungry', 'hungry and filthy|unwashed|exhausted'] },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      'dropped home by men in cars',
      'dropped home by a man in a car',
      'dropped home by [a] man|men in [a] car|cars',
      'waits|waited|waiting outside school * to collect',
      'men nobody * knows come to collect',
    ],
  },
  { code: 'fa_living_with_unrelated_adults', patterns: ['lives with two|three men in their twenties|thirties', 'the adults she|he lives with'] },
  {
    code: 'rg_sex_exchange',
    patterns: ['having|has|had sex with men for money', 'sex with the landlord instead of paying rent', 'given cigarettes|vodka|alcohol|drugs * for sex'],
  },
  { code: 'te_adults_contact_online', patterns: ['contacted her|him online', 'the man she|he met on omegle|snapchat|instagram'] },
  { code: 'go_internal_concealment', patterns: ['packages inside him|her', 'made to plug'] },
  { code: 'rg_accommodation_offered', patterns: ['let the kids|girls|boys hang out there', 'offered her|him his|their sofa'] },
  { code: 'sh_many_partners', patterns: ['intercourse with several adult men'] },
  { code: 'go_carrying_weapons_money', patterns: ['mind a gun|knife|weapon', 'made to hold their cash|money', 'a large knife and * in cash'] },
  {
    code: 'te_online_offers',
    patterns: ['on snapchat|tiktok|instagram offered him|her', 'offered * on tiktok|snapchat|instagram to'],
    // Rev-ind-3: a sports trial or a place on a team.
    unlessNear: ['trial|trials|team|club|academy|scholarship|course'],
    window: 8,
  },
  { code: 'go_older_friends', patterns: ['only sees the older group', 'older lads on the estate call him their little brother'] },
  { code: 'da_not_disclosing', patterns: ['will not say where she|he has been', "refuses to give the men's|men’s names", 'partner details not given'] },
  { code: 'da_protects_abusers', patterns: ['they have done nothing wrong', 'speaks of the older members as family'] },
  { code: 'te_worrying_calls', patterns: ['worrying calls', 'phones ring through the night'] },
  { code: 'fa_family_breakdown', patterns: ['lived with mum then nan then'] },
  { code: 'fa_no_trusted_adult', patterns: ['lacks a trusted adult', 'nobody she|he can turn to'] },
  { code: 'sh_pregnancy', patterns: ['expecting her * baby'] },
  { code: 'ep_low_self_esteem', patterns: ['describes herself|himself as disgusting|worthless|ugly'] },
  { code: 'ad_supply_controlled', patterns: ['spice|drugs that the older lads|men keep giving him|her', 'controlling her|his access to'] },
  { code: 'da_not_engaging', patterns: ['stop|stops attending'] },
  { code: 'da_documents_held', patterns: ['bank card is held', 'holds his|her identity papers|documents|passport'] },
  { code: 'fa_family_links_to_exploitation', patterns: ['serving time for running a county line', 'supplying drugs to the group that exploits'] },
  { code: 'te_meeting_online_contacts', patterns: ['met a man from a gaming app'] },
  { code: 'te_sexual_images', patterns: ["images of her|him were found on an adult's|adult’s phone"] },
  { code: 'ep_low_mood', otherCode: 'fa_parental_mental_health', patterns: ['mood will drop'] },
  { code: 'go_threats_violence', patterns: ['would be hurt if he|she did not'] },
  // Round 15 (fresh14, tuned on after it had judged round 14).
  { code: 'ep_isolated', patterns: ['no longer sees|see any of her|his|their friends', 'no longer sees|see her|his|their friends'] },
  // Research pass (county lines signs: "isolated from peers or not mixing with usual friends").
  {
    code: 'ep_isolated',
    patterns: [
      'no longer mixing|mixes|socialising|socialises|spending|spends [time] with [her|his|their] [old|usual|school] [school] friends|peers|mates',
      'not mixing|socialising|spending [time] with [her|his|their] [old|usual|school] [school] friends|peers|mates',
      'abandoned|abandoning|dropped|left|lost [her|his|their] [old|usual|school] friendship|friend group|groups|circle',
      'abandoned|abandoning|dropped|left|lost [her|his|their] [old|usual|school] friendships',
    ],
    unlessNear: [FAMILY],
    window: 4,
  },
  {
    code: 'go_older_friends',
    patterns: [
      'spends|spending|spent all her|his|their time with the men|olders|older lads|older men',
      'spends|spending|spent all her|his|their time with the men|olders',
      'spends|spending|spent all her|his|their time with the older lads|men',
      'a group of men|males in their twenties|thirties|20s|30s',
    ],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ["he'll|she'll|he’ll|she’ll|they'll be arrested if he|she|they goes|go|tells|talks [to] [the] police", 'police would|will deport him|her|them'],
  },
  { code: 'sh_many_partners', patterns: ['four|five|six|seven|eight|several|multiple different men|males|partners', 'other sexual partners'] },
  { code: 'da_inconsistent_accounts', patterns: ['each gave a different story|account|version', 'gives|gave a different story|account|version each time'] },
  { code: 'te_worrying_calls', patterns: ['calls|messages that seem|seemed to upset|frighten|scare her|him|them'] },
  {
    code: 'sh_sexual_activity',
    patterns: [`disclosed|disclosing|reported|reports|had|has sex|intercourse with a|an ${ADULT_YEAR_OLD}`, 'intercourse with a|an adult|older male|man'],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: ['part of the same county line|line|gang|network|group'],
    requiresNear: ['brother|sister|cousin|mum|dad|uncle|father|mother'],
    window: 10,
  },
  { code: 'rg_bank_account_used', patterns: ['went|goes in and out of her|his|their account', 'account has|had been used by anyone|someone|others'] },
  { code: 'go_internal_concealment', patterns: [`conceal|concealed|conceals|hide|hid|hides|carry|carried ${DRUGS} inside|in her|his|their body`] },
  { code: 'te_online_bullying', patterns: ['called names and threatened in|on a group chat', 'threatened|abused|bullied in|on a group chat'] },
  { code: 'rg_debt_bondage', patterns: ['debt to the line|olders|elders|gang|dealers|dealer'] },
  {
    code: 'am_moved_by_others',
    patterns: [
      'someone|somebody|a man|an adult|the men paid for his|her|their train|coach|bus|ticket|tickets',
      'someone|somebody paid for his|her|their train|coach|bus|ticket|tickets',
      'a|an|the man|adult|men paid for his|her|their train|coach|bus|ticket|tickets',
    ],
  },
  // Review 23B: not a vehicle or an adult driven, nor a youth worker driving.
  {
    code: 'am_moved_by_others',
    patterns: ['being|been|was|were driven between'],
    unlessNear: [FAMILY, 'by [her|his|their|a|the] youth|support worker', 'man|woman|lorry|lorries|van|vans|vehicle|driver|coach|bus was|were driven'],
    window: 8,
  },
  { code: 'go_carrying_weapons_money', patterns: [`storing|stores|stored|store|keeping|keeps|hiding|hides a ${WEAPON} for`, `${WEAPON} or money|cash`] },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['came|arrived|travelled to the uk alone|unaccompanied', 'with no parent or guardian', 'without a parent or guardian'],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: ['met any of his|her|their online contacts|friends', "met a man|someone he'd|she'd|he had|she had been talking to on"],
  },
  {
    code: 'fa_family_breakdown',
    patterns: [
      "moved between his|her|their dad's|mum's|nan's|gran's|aunt's",
      'the arrangement with her|his|their aunt|nan|gran|dad|mum|father|mother|uncle broke down',
    ],
  },
  { code: 'fa_in_care', patterns: ['foster placements'] },
  {
    code: 'go_unknown_adults_collect',
    patterns: [`men|adults in ${VEHICLE} were|are collecting her|him|them`, "picks|picked him|her|them up from the unit|placement|home|children's home"],
    requiresNear: ['man|men|male|males|adult|adults|unknown|audi|bmw|car|cars'],
    window: 12,
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'sticking|sticks|stuck up for the men|man|olders|elders',
      'defends|defending|defended the olders|elders|men|man',
      'insists|insisted the man|men is|are a good guy|guys|good',
    ],
  },
  { code: 'fa_unsuitable_accommodation', patterns: ['placed in a hotel|hostel'] },
  { code: 'go_older_partner', patterns: [`boyfriend was|is a|an ${ADULT_YEAR_OLD}`, `father is thought|believed|said to be ${ADULT_AGES}`] },
  { code: 'ep_eating_problems', patterns: ['hardly|barely touching|eating her|his|their food', 'eating concerns'] },
  { code: 'sh_sexualised_behaviour', patterns: ['drawing|drew|draws [explicit] sexual|sexualised|explicit pictures|images|drawings'] },
  { code: 'rg_status_rewards', patterns: ['make|makes|made him|her|them feel like family', 'told him|her he|she was one of them'] },
  { code: 'rg_unexplained_money', patterns: ['unexplained money|top-ups|topups', 'had|has|carrying * in cash'] },
  { code: 'te_location_tracked', patterns: ['send|sends|sent a video|photo|picture|pic of where she|he|they is|are', 'has find my on her|his|their phone'] },
  // Round 26: a phone or an item that the family did not buy (framework: "a new phone that no one can account for";
  // gifts the family cannot account for): "has a phone her mum did not buy", "trainers that mum didn't buy".
  {
    code: 'te_several_phones',
    patterns: [
      `phone|phones|iphone|iphones|mobile|mobiles [that|which] [her|his|their] ${PARENT_WORDS} did|does not buy|give`,
      `phone|phones|iphone|iphones|mobile|mobiles [that|which] [her|his|their] ${PARENT_WORDS} didn't|doesn't|didn’t|doesn’t buy|give`,
      'phone|phones|iphone|iphones|mobile|mobiles [that|which] nobody|noone [at] [home] [had|has] bought|given|gave',
    ],
    // Not an item wanted, saved for or sent back ("she wanted trainers that her mum did not buy"); nor a phone in a list
    // of gifts, which stays the gifts ("new trainers and a phone that the family did not buy").
    unlessNear: [
      'wanted|wants|want|asked|asks|returned|refund|refunded|saved|saving|instead',
      // Review 26: a present from a grandparent accounts for it ("a coat her mum did not buy, it was a present from her nan").
      'present|presents|birthday|christmas|nan|nana|nanna|gran|grandma|grandad|granddad|grandparents',
      'trainers|clothes|clothing|jewellery|jewelry|jacket|jackets|coat|coats|watch|chain|perfume|airpods|headphones|hoodie|tracksuit|shoes and',
    ],
    window: 6,
  },
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      `trainers|clothes|clothing|jewellery|jewelry|handbag|handbags|jacket|jackets|coat|coats|watch|chain|necklace|perfume|airpods|headphones|hoodie|tracksuit|shoes [that|which] [her|his|their] ${PARENT_WORDS} did|does not buy|give`,
      `trainers|clothes|clothing|jewellery|jewelry|handbag|handbags|jacket|jackets|coat|coats|watch|chain|necklace|perfume|airpods|headphones|hoodie|tracksuit|shoes [that|which] [her|his|their] ${PARENT_WORDS} didn't|doesn't|didn’t|doesn’t buy|give`,
    ],
    // Not an item wanted, saved for or sent back ("she wanted trainers that her mum did not buy").
    unlessNear: [
      'wanted|wants|want|asked|asks|returned|refund|refunded|saved|saving|instead',
      // Review 26: a present from a grandparent accounts for it ("a coat her mum did not buy, it was a present from her nan").
      'present|presents|birthday|christmas|nan|nana|nanna|gran|grandma|grandad|granddad|grandparents',
    ],
    window: 6,
  },
  { code: 'go_taken_to_parties', patterns: ['taken her|him|them to any hotels|parties'] },
  { code: 'fa_living_with_unrelated_adults', patterns: ['who else lives at the flat|house|address'] },
  // Review 23B: not adopters or foster carers ("an adult couple who adopted her").
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ['living|lives|lived with an adult couple'],
    unlessNear: ['adopted|adopting|adoptive|adopters'],
    window: 8,
  },
  {
    code: 'am_found_with_adults',
    patterns: ['with two|three|four|several men|males in their twenties|thirties|forties|20s|30s|40s', 'with any adults'],
    requiresNear: ['found|located|traced|discovered|spoke|seen|stopped'],
    window: 14,
  },
  { code: 'da_controlled_return', patterns: ['returned|returns|returning to the same house|address|flat in', 'return|returns|go|goes back to the line'] },
  {
    code: 'da_not_engaging',
    patterns: [
      'stopped seeing her|his|their social worker|worker|camhs',
      "won't|won’t|wont|refuses|refused|refusing [to] see|meet camhs|cahms|yot",
      "won't|won’t|wont|refuses|refused|refusing [to] see|meet the|her|his nurse|worker|counsellor",
      'will|would not see|meet camhs|cahms|yot',
    ],
  },
  { code: 'ad_substances_with_sex', patterns: [`plied with ${ALCOHOL}|drink|drugs before|then being abused|raped|assaulted`] },
  { code: 'fa_neglect', patterns: ['house|flat|home is full of needles|rubbish', 'children were|are in dirty clothes'] },
  {
    code: 'te_online_offers',
    patterns: [
      `offered a room|bed|lift|place [and] [free] [weed|drugs|drink|alcohol|money] by [a|an] man|someone|adult on ${APPS}`,
      `offered a room|bed|lift|place [and] [free] [weed|drugs|drink|alcohol|money] by [a|an] man|someone|adult on ${APPS}`,
    ],
  },
  {
    code: 'go_peers_exploited',
    patterns: [
      'friends at|from school|the unit|college were|are all being groomed|exploited',
      'friends at|from [the] school|unit|college were|are all being groomed|exploited',
      'friends at|from school|the unit|college have been found in hotels|a hotel with',
      'friends at|from [the] school|unit|college have been found in [a] hotels|hotel with',
      'best mate|friend was stabbed over a debt',
    ],
  },
  { code: 'ep_change_in_behaviour', patterns: ['completely|totally changed since'] },
  { code: 'am_staying_out_late', patterns: ['not back by the [*] [*] curfew', 'out until 2|3|4|5 or 3am|4am|5am|6am', 'out until 1am|2am|3am|4am|5am'] },
  { code: 'rg_unpaid_work', patterns: ['works|worked|working unpaid'], unlessNear: ['farm|farms|grow|grows|factory'], window: 4 },
  { code: 'da_hostile', patterns: ['aggression'] },
  { code: 'ep_unexplained_surgery', patterns: ['signs of surgery', 'surgical scars|scar'] },
  { code: 'ad_supply_controlled', patterns: [`kept on ${DRUGS} by`] },
  { code: 'fa_domestic_servitude', patterns: ['kept at home to clean|cook|mind'] },
  // Research pass: "kept home to clean and mind the children" (alternatives are single words, so the entry above with
  // 'kept home|kept at home' does not cover "kept home to").
  {
    code: 'fa_domestic_servitude',
    patterns: ['kept home|off [from] [school] to clean|cook|mind|babysit'],
    unlessNear: ['ill|unwell|sick|poorly|cold|flu|covid|illness|appointment'],
  },
  { code: 'fa_no_trusted_adult', patterns: ["cannot|can't|couldn't|can’t|couldn’t name a single adult", 'could not name a single adult'] },
  { code: 'rg_accommodation_offered', patterns: ['lets|let|letting the girls|boys|kids stay at his|their flat|house|place'] },
  { code: 'ad_substances_given', patterns: [`gives|gave|giving them|her|him free drink|${ALCOHOL}|drugs|weed`] },
  // Round 16 (fresh15, tuned on after it had judged round 15): the wording families of its misses (RESULTS.md round 16).
  { code: 'ep_injuries_assault', patterns: ['cigarette burns|burn|burns', 'cigarette burn marks'] },
  { code: 'ep_low_mood', otherCode: 'fa_parental_mental_health', patterns: ['mood low|flat', 'does|did not see the point in anything|life|living'] },
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'no adult|adults|grown-up|one she|he|they would|could|can|feels|feel turn|talk|go to',
      'no adult|adults|grown-up she|he|they would|could|can|feels|feel able to turn|talk|go to',
    ],
  },
  {
    code: 'go_older_partner',
    patterns: [`boyfriend|partner of ${ADULT_AGES}`, 'seeing|dating a man|woman in his|her twenties|thirties|forties|20s|30s|40s'],
    unlessNear: [...OTHER_PERSONS_CUES, FAMILY],
  },
  {
    code: 'am_moved_by_others',
    patterns: [`drove|drives|driven|drive him|her|them from ${TOWNS} to`, 'booked her|his|their train|coach|bus ticket|tickets|travel'],
    unlessNear: [FAMILY, 'school|college|trip|holiday'],
    window: 8,
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      'found at|in the house|houses|flat|flats|home|homes of adult|older men|males',
      'found at|in the house|houses|flat|flats|home|homes of men|adults',
    ],
  },
  { code: 'sh_many_partners', patterns: ['passed between|around [at] [least] * men|males', 'passed between|around men|males'] },
  { code: 'am_school_absence', patterns: ['long|lengthy|repeated|frequent|prolonged absences|absence from school'] },
  {
    code: 'da_not_engaging',
    patterns: [
      'missed [the] [last] two|three|four|five|several|all|most [of] [her|his|their] camhs|gp|clinic|yot|nurse|therapy|counselling appointments|sessions',
    ],
  },
  { code: 'ad_supply_controlled', patterns: ['controls|controlled|controlling her|his|their supply'] },
  { code: 'ad_supply_controlled', patterns: ['control her|his|their supply'] },
  { code: 'da_protects_abusers', patterns: ['the man is the only one who wants|cares|loves'] },
  {
    code: 'te_adults_contact_online',
    patterns: [`contacting|messaging|contacted|messaged him|her|them through|on|via ${APPS} [chat|chats]`],
    requiresNear: [ADULTS, 'does|do not know|unknown|older'],
    window: 10,
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['the boss|manager|owner|gaffer keeps|kept|takes|took his|her|their pay|wages|money|earnings', 'keeps|kept his|her|their wages|pay'],
  },
  { code: 'te_sexual_images', patterns: ['sent|sending|sends images|pictures|photos|pics to [an|a] [older] adult|adults|man|men'] },
  {
    code: 'go_peers_exploited',
    patterns: ['friend|friends|mate|mates is|are known to be sexually|criminally exploited', 'arrested on a|the line', 'arrested on county lines'],
    requiresNear: ['friend|friends|mate|mates|peers|classmates'],
    window: 8,
  },
  // ---- Wording from practice that a hands-on check of the editor missed (2026-11-30; no eval sentence read).
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `given|gets|getting|got|get|accepts|accepted|accepting|takes|took|taking [a] lift|lifts by|from [a|an|the|two|three|several|various|different] [*] [older|unknown] ${ADULTS}`,
      'dropped|being dropped off|back|home by different|unknown|various|unfamiliar cars|vehicles|drivers|taxis',
      'dropped off|back|home by different|unknown|various|unfamiliar cars|vehicles|drivers|taxis',
    ],
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      `talking|talks|talked|chatting|chats|chatted|messaging|messages|messaged|speaking|speaks|spoke [online] to|with [a|an] ${ADULT_YEAR_OLD} [man|male|woman|female]`,
      `talking|talks|talked|chatting|chats|chatted|messaging|messages|messaged|speaking|speaks|spoke [online] to|with [a|an] ${ADULT_AGES} year|yr old [man|male|woman|female]`,
      'talking|talks|talked|chatting|chats|chatted|messaging|messages|messaged|speaking|speaks|spoke [online] to|with [a|an] man|men|woman|adult|adults in his|her|their twenties|thirties|forties|fifties|20s|30s|40s|50s',
    ],
    requiresNear: [APPS],
    window: 12,
  },
  {
    code: 'rg_unexplained_money',
    patterns: ['with * [*] in cash'],
    // Round 21: also coming back with it ("came back drunk with £200 in cash").
    requiresNear: ['found|stopped|searched|arrested|caught|located|seen|came|comes|returned|returns|returning|arrived|back'],
    // An occasion, pocket money or a relative explains it; not "by police" (who stopped him).
    unlessNear: EXPLAINED_CUES.slice(0, 3),
    window: 8,
  },
  // ---- Round 17 (fresh16, tuned on after it had judged round 16): wording families of the tuning sets' misses
  // (RESULTS.md round 17). Each is a family of paraphrases seen across agencies' notes, with the cue that keeps its
  // innocent senses out.
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: ['arrested|charged|detained|stopped [for|with] pwits|pwitsd|supply|supplying|possession|dealing [with] [intent] [to] [supply] in|at *'],
    requiresNear: ['miles|far|coastal|seaside|another|different|never|links|link|connection|connections|country', 'no family|friends|ties|links'],
    window: 12,
  },
  {
    code: 'am_found_out_of_area',
    patterns: ['found|located|traced|recovered|stopped in|at * [*] * miles away|from', 'picked up in|at * [*] * miles away|from'],
  },
  {
    code: 'am_found_out_of_area',
    patterns: ['found|located|traced|recovered|stopped [him|her|them] [asleep|alone|sleeping|wandering] in|at *'],
    requiresNear: ['never been', 'no links|link|connection|connections|family|ties', 'miles'],
    window: 14,
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      `${ADULTS}|gamers|gamer [*] [*] [have|has|had] [been] contacting|contacted|messaging|messaged|messages|contacts him|her|them`,
      `being|been|was|were|is messaged|contacted|added|followed|groomed by [a|an] [*] ${ADULT_YEAR_OLD}|man|men|adult|adults|older|stranger|strangers`,
      `a|an [*] man|adult|male on a|an [*] chat|app|game|site [*] contacted|messaged|contacts|messages her|him|them`,
    ],
    requiresNear: [APPS, 'chat|chats|voice|site|online|messages|gamers|photographer|account|accounts'],
    window: 12,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `a|an [unknown|older] ${ADULTS} [in|with] [a|an] [*] [*] [${VEHICLE}] collects|collected|collecting|picks|picked her|him|them [up] [from]`,
      // Round 26: the child named by age, and an adult the staff did not know ("an adult man collected the 13-year-old",
      // "a man we did not know collected Ellie"; framework: collected by unknown adults).
      `a|an [unknown|older|adult] ${ADULTS} collects|collected|collecting|picks|picked [up] the ${CHILD_YEAR_OLD}|girl|boy|child`,
      `a|an ${ADULTS} [that|who|whom] we|staff|nobody|school did not|didn't know collects|collected|picked|picks`,
      `collected from school|college|placement|home by the same|different|unknown|older|various ${ADULTS}`,
      `collected from the home|gates|school by the same|different|unknown|older|various ${ADULTS}`,
      `picked up from school|college|placement|home by the same|different|unknown|older|various ${ADULTS}`,
      `picked up from the home|gates|school by the same|different|unknown|older|various ${ADULTS}`,
      `a|an [unknown|older] man|male|adult drove|drives|took|brought her|him|them to the|her|his|their appointment|clinic|hospital|surgery`,
      `brought|driven|taken to the clinic|hospital|appointment|surgery|pharmacy by a|an [unknown|older] [adult] man|male|adult`,
      'unknown|unfamiliar adult|adults|man|men|male|males arrives|arrive|arrived|comes|came to collect|pick',
      'unknown|unfamiliar adult|adults|man|men|male|males turns|turned up to collect|pick',
    ],
    // Round 26: nor a thing collected ("collected the parcel from reception").
    unlessNear: [FAMILY, 'taxi|escort|driver|booked|arranged|council|local|authority', 'parcel|parcels|package|packages|delivery|post|prescription|keys'],
  },
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'o d of|on [*] [*] paracetamol|tablets|pills|ibuprofen|co-codamol|sertraline|citalopram|fluoxetine',
      'od of|on [*] [*] paracetamol|tablets|pills|ibuprofen|co-codamol|sertraline|citalopram|fluoxetine',
      'fresh|new cuts|scratches|lacerations|wounds [on|to] [her|his|their] [arm|arms|wrist|wrists|thigh|thighs|forearm|forearms|legs]',
    ],
    unlessNear: EXPLAINED_INJURY_CUES,
  },
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drinks|drinking from the morning', 'drinks|drinking from first thing', 'drinks|drinking all|every day', 'drinks|drinking daily'],
    unlessNear: [SOFT_DRINK_CUES[0]!, 'water|tea|coffee'],
  },
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
    code: 'da_not_disclosing',
    patterns: [
      'will|would not give|say|share the name|names',
      "won't|wouldn't|won’t|wouldn’t give|say|share the name|names",
      'refuses|refused|declines|declined to give|say|share the name|names',
      'refuses|refused|declines|declined to talk|speak about the father|man|men',
      'will|would not talk|speak about the father|man|men',
      "won't|wouldn't|won’t|wouldn’t talk|speak about the father|man|men",
    ],
  },
  {
    code: 'sh_emergency_contraception',
    patterns: [
      'requesting|requests|requested|request|needed|needs|wanted|wants|supplied|supply|given|gives|issued|for ehc',
      'levonorgestrel|ulipristal|levonelle|ellaone',
    ],
  },
  { code: 'sh_termination', patterns: ['top'], requiresNear: ['weeks|gestation|lmp|termination|abortion|bpas|advisory|pregnant'], window: 5 },
  {
    code: 'te_sextortion',
    patterns: ['pay|send [*] [*] or [*] [*] video|videos|images|pictures|photos|pics|nudes|clips'],
    requiresNear: ['sent|shared|posted|share|send|leaked|leak|released|family|school|friends'],
    window: 10,
  },
  {
    code: 'te_online_bullying',
    patterns: ['image|images|picture|pictures|photo|photos|pics|video|videos is|are|was|were being|been shared|passed|sent round|around|across'],
    unlessNear: ['consent|permission|agreed|family|holiday|school|newsletter|website'],
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
    code: 'go_peers_exploited',
    patterns: [
      'mate|friend|friends|mates|classmate|classmates|cousin was|were stabbed|shot|attacked|robbed|kidnapped over|in|about [a] [*] debt|line|lines',
      'arrested|caught|stopped|found [in|at] [*] on a|the [county] line|lines',
    ],
    requiresNear: ['friend|friends|mate|mates|peers|classmates|classmate|best'],
    window: 8,
  },
  { code: 'am_school_absence', patterns: ['stopped|stops|stop attending school|college', 'stopped|stops|stop going to school|college'] },
  {
    code: 'rg_accommodation_offered',
    patterns: [
      'offered|offers|offering [him|her|them] a room|bed|sofa|place [to] [stay]',
      'lets|let|letting her|him|them [and] [her|his|their] [friends|mates] stay|sleep|crash',
    ],
    unlessNear: [FAMILY, APPS, 'account|accounts|foster|placement|council|housing|hostel|refuge|supported|key|worker|school|college|trip', ...STAYS],
    window: 12,
  },
  {
    code: 'da_controlled_return',
    patterns: ['goes|go|went|going|gone straight|right back to them|him', 'goes|go|went|going|gone straight|right back to the men|group|address|flat'],
  },
  {
    code: 'da_protects_abusers',
    patterns: ['defends|defended|defending'],
    requiresNear: ['police|trouble|nothing|blame|him|them|men|man|olders|boyfriend'],
    unlessNear: ['herself|himself|themselves|football|match|goal|thesis|case'],
    window: 8,
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meets|meet|meeting [up] [with] [a|an] [*] man|men|someone|adult|male|guy from|off ${APPS}|grindr|tinder|hinge|bumble`,
      'to meet [an|a] online contact|contacts|friend',
    ],
  },
  {
    code: 'te_worrying_calls',
    patterns: ['after [a|the|receiving] [*] phone call|calls'],
    requiresNear: ['leaves|left|leaving|goes|went|runs|ran|walks|walked|disappears|disappeared'],
    window: 6,
  },
  {
    code: 'te_location_tracked',
    patterns: ['must|to answer their|his|her|the calls|phone straight|right away', 'must|to answer their|his|her|the calls|phone immediately|instantly'],
  },
  {
    code: 'rg_sex_exchange',
    patterns: [
      'if she|he|they did|does|do stuff|things|something|favours|bits with|for',
      'if she|he|they would do stuff|things|something|favours|bits with|for',
    ],
    requiresNear: ['have|get|given|phone|money|cash|drugs|weed|clothes|trainers|vodka|lift'],
    window: 10,
  },
  {
    code: 'rg_unpaid_work',
    patterns: [
      'takes|took|take|keep|keeps|kept what she|he|they collects|collected|earns|earned|makes|made',
      // ("the owner takes it all", written as one pattern with a two-word alternative, never matched; a tuning-set line
      // annotates only the clause before it, so it is not revived in round 21.)
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
  {
    code: 'am_moved_by_others',
    patterns: [
      'moved|taken|driven|ferried around|about by [the] [same] group|gang|men|adults|olders',
      'paid|pays|bought for the|her|his|their ticket|tickets|train|coach|fare|fares|travel',
    ],
    unlessNear: [
      FAMILY,
      ...ARRANGED_TRAVEL_CUES,
      'school|college|trip|bursary|fund|project|council|cinema|bowling|concert|gig|match|show|film|theatre|holiday',
    ],
    window: 10,
  },
  {
    code: 'rg_unexplained_money',
    patterns: ['taxi|taxis|uber|ubers|cab|cabs [home|back] [at] [*] paid for by'],
    unlessNear: EXPLAINED_CUES,
  },
  {
    code: 'rg_unexplained_money',
    patterns: ['* in cash'],
    requiresNear: ['explanation|unexplained|explain|pocket|pockets'],
    unlessNear: [
      ...EXPLAINED_CUES,
      WEAPON,
      'price|cost|costs|sold|sell|selling|bought|buy|belonged|belongs|belong|holding|held|carried|carrying|olders|someone|else',
    ],
    window: 8,
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      `found|located|traced|discovered [on] [several] [occasions] [*] in|at a|an|the [*] [*] [*] ${VEHICLE}|flat|house|hotel|address|property [*] [*] [*] with [*] [*] ${ADULTS}`,
    ],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['abdominal|flank|surgical scar|scars', 'scar|scars on|to the [left|right] flank|side|abdomen|back'],
    requiresNear: ['unknown|unexplained|origin|abroad|journey|explain|records|know|operation'],
    unlessNear: ['appendix|appendicectomy|appendectomy|caesarean|hernia|discharge|letter|confirmed'],
    window: 12,
  },
  {
    code: 'ep_injuries_assault',
    patterns: ['slash|stab|puncture|knife wound|wounds', 'fractured|broken cheekbone|jaw|nose|ribs|orbit', 'fractured|broken eye socket'],
  },
  // ---- Round 18 (fresh17, tuned on after it had judged round 17, and the review research of this round): wording
  // families of the tuning sets' misses. Each is a family of paraphrases, with the cue that keeps its innocent senses out.
  {
    code: 'fa_unsuitable_accommodation',
    patterns: ['living|staying|lives|stays|sleeping|sleeps|placed|moved in|into|at a|the hostel|hostels'],
    unlessNear: ['school|trip|residential|booked|youth|holiday|holidays|centre|outdoor|visit|visiting|volunteers|volunteering'],
    window: 8,
  },
  {
    code: 'am_school_absence',
    patterns: ['unauthorised|unauthorized absence|absences'],
    requiresNear: ['school|lesson|lessons|attendance|term|register|registration|college|pupil|pupils|class|classes|year|y7|y8|y9|y10|y11|cme'],
    window: 8,
  },
  {
    code: 'am_missing',
    patterns: ['unauthorised|unauthorized absence|absences from|since|at|until'],
    unlessNear: ['school|lesson|lessons|college|class|classes|attendance'],
    window: 6,
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
    code: 'am_moved_by_others',
    patterns: [
      'moved|taken|driven|ferried|transported|trafficked between|to * [*] [*] [*] [*] by [the|a|an|some] [older] men|man|adults|adult|olders|group|males|lads|gang|abusers|perpetrators',
      'on|with tickets|ticket bought|paid|booked by others|someone|adults|men|olders',
    ],
    // Taken to a party, a hotel or a flat by adults is go_taken_to_parties.
    unlessNear: ['party|parties|hotel|hotels|flat|flats|house|houses|club|clubs|nightclub'],
    window: 8,
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
    code: 'am_found_out_of_area',
    patterns: ['* miles from where [he|she|they] lives|live|lived|lives', '* miles from his|her|their home'],
  },
  {
    code: 'ad_substances_given',
    patterns: [
      `being|been|is|was|were|are bought drinks|drink|${ALCOHOL}|cigarettes|fags|vapes|weed|cannabis`,
      `buys|bought|buying her|him|them [*] [bottles|bottle|cans|can|packs|pack|bags|bag] [of] drinks|drink|${ALCOHOL}|cigarettes|fags|weed|cannabis`,
      `given|gave|gives a|some [bag|bags|wrap|wraps|joint|joints|spliff|bottle|line|lines] [of] weed|cannabis|drugs|pills|coke|cocaine|${ALCOHOL} by`,
    ],
    unlessNear: [FAMILY, ...SOFT_DRINK_CUES, ...PRESCRIBED_CUES, 'birthday|christmas|wedding|meal'],
    window: 6,
  },
  {
    code: 'rg_accommodation_offered',
    patterns: [
      'gets|got|getting|given|offered free rent|board|lodging|accommodation',
      `offered|offers|offering her|him|them a room|bed|place|somewhere [to] [stay] at|in his|their|a flat|house|place|home`,
    ],
    unlessNear: [FAMILY, 'council|housing|hostel|supported|foster|placement|social|worker|refuge|officer|team'],
    window: 8,
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: ['gave|given|gives|giving [*] [*] different names|addresses|ages|dates|accounts|versions|stories'],
  },
  {
    code: 'go_taken_to_parties',
    patterns: ['asking|asked|ask|asks|invite|invites|invited|inviting her|him|them to [come] [to] a|their party|parties'],
    requiresNear: [ADULTS, 'older|olders|lads'],
    window: 8,
  },
  {
    code: 'fa_parental_mental_health',
    patterns: ['under the crisis|cmht team', 'under the home treatment team', 'under the mental health team', 'under cmht'],
    requiresNear: ['mum|dad|mother|father|parent|parents|carer|stepdad|stepmum'],
    window: 6,
  },
  {
    code: 'te_sexual_images',
    patterns: ['asked|asking|asks|ask|pressured|pressuring|pestered|pestering|begged|begging|demanded|demanding * [*] for nudes|nude'],
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'asked|asking|asks|ask|pressured|pressuring|pestered|pestering|demanded|demanding * for pictures|photos|pics|images|videos of himself|herself|themselves',
    ],
  },
  {
    code: 'rg_bank_account_used',
    patterns: [`let|lets|allowed|allows a|the|an|older [*] ${ADULTS}|lads|olders|someone use [${HER}] bank|card|account|details|cards`],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'told|tell|tells|telling him|her|them [that] [the] police|social|socials|immigration|officers|workers would|will put|arrest|send|deport|lock|take|jail',
    ],
  },
  {
    code: 'fa_domestic_abuse',
    patterns: ['hit|hits|punched|assaulted|slapped|strangled|kicked|attacked her|mum|mother in front of the kids|children|boys|girls'],
  },
  {
    code: 'go_threats_violence',
    patterns: [
      'told|threatened|said [to] [her|him|them] [that] they|he would|will burn|torch|petrol|smash|shoot|kill|stab|hurt',
      `came|come|comes|turned|turn [up] to [${HER}] [the] door|house|home|flat with [a|an] ${WEAPON}|bat|bats|hammer|hammers`,
      `came|come|comes|turned|turn up at [${HER}] [the] door|house|home|flat with [a|an] ${WEAPON}|bat|bats|hammer|hammers`,
      'punishment beating|beatings|attack|attacks',
      'to send a message',
    ],
  },
  {
    code: 'go_threats_violence',
    patterns: [
      'men|they|gang|olders|group may|might|could|will|would hurt|harm|kill|stab|attack|target his|her|their mum|family|sister|brother|dad|mother|nan|siblings',
    ],
  },
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['mood has|have|had been [very|really|extremely|so|quite] low', 'mood is|was|remains|remained [very|really|extremely|so|quite] low'],
  },
  {
    code: 'te_several_phones',
    patterns: ['line phone|phones', 'graft phone|phones', 'work phone|phones'],
    requiresNear: ['drugs|county|olders|dealing|seized|pwits|found|search|searched|bailed|arrested'],
    window: 8,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: ['taxi|taxis|cab|cabs|car nobody|no-one [*] [*] [*] [*] [had] booked|ordered|arranged'],
    // Round 25: also one that comes or waits for the child ("a taxi nobody ordered comes for Shannon most evenings").
    requiresNear: ['collected|collect|collects|collecting|picked|pick|picks|picking|took|takes|comes|came|come|arrives|arrived|waits|waiting|waited'],
    window: 10,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: ['giving|gives|gave|given|offering|offered her|him|them lifts|rides', 'giving|gives|gave|given|offering|offered her|him|them a lift'],
    requiresNear: [ADULTS, 'driver|drivers|older|unknown'],
    // Probe 24: a lift to a fixture with a team ("the older girls from the netball team gave her a lift to the tournament").
    // Review rev-probe-1: the child's own team, not a tournament no one can confirm or a professional team.
    unlessNear: [FAMILY, ...ARRANGED_TRAVEL_CUES, 'teammates|team-mates', 'from|in|on|with [the|her|his|their|a] [*] team|squad'],
    window: 8,
  },
  {
    code: 'go_older_partner',
    patterns: [`boyfriend|girlfriend of ${ADULT_AGES}`, `boyfriend|girlfriend who is|is [aged] ${ADULT_AGES}`],
    unlessNear: OTHER_PERSONS_CUES,
    window: 3,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'declined|refused|refuses|declines|declining|refusing every|all|each [*] rhi|rhis|interview|interviews|appointment|appointments|visit|visits|session|sessions',
    ],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['retracted|retracts|retract|retracting [her|his|their] [*] statement|allegation|account|complaint|disclosure'],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'goes|go|going|went|gone back [to] [the] [*] [*] [*] [*] [*] every time|whenever they|he|the|she',
      'gone|going|went|goes back to the|that flat|house|address|men',
    ],
    requiresNear: ['cawn|every|whenever|keeps|keep|kept|always|message|messages|messaged|call|calls|text|texts|despite'],
    window: 12,
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'the only ones|one|person|people who [has|have] [ever] understand|understands|cares|care|cared|looks|look|looked|loves|love|gets|get|listens|listen',
    ],
    requiresNear: ["men|man|olders|older|lads|he|he’s|he's|they|group|gang"],
    unlessNear: [FAMILY, 'worker|staff|teacher|mentor|counsellor|nurse|coach|carers|youth'],
    window: 8,
  },
  {
    code: 'te_online_bullying',
    patterns: ['shared|passed|sent|spread|circulated|going round|around [the|her|his|their] year|school|class|year-group|form'],
  },
  {
    code: 'ep_low_self_esteem',
    patterns: ["he's|she's|i'm|he’s|she’s|i’m useless|worthless|rubbish|stupid|ugly"],
    unlessNear: ['not|never'],
    window: 3,
  },
  {
    code: 'ep_isolated',
    patterns: [
      `stopped|stops|stopping seeing|meeting ${HER} [old] [school] friends|mates`,
      `stopped|stops|stopping talking to ${HER} [old] [school] friends|mates`,
      `dropped|dropping|drops [all] ${HER} [old] [school] friends|mates`,
    ],
  },
  {
    code: 'te_location_tracked',
    // Round 26: also "can see where she is through her phone" (framework: others tracking the child's location).
    patterns: ['checking|checks|checked|tracks|tracking|tracked|monitoring|monitors|see|sees where she|he|they is|are|goes|go|was|were'],
    requiresNear: ['phone|phones|app|location|snap|map|maps'],
    unlessNear: AGREED_TRACKING_CUES,
    window: 8,
  },
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drunk|intoxicated|incapable and unable to stand|walk', 'unable to stand|walk'],
    requiresNear: ['drunk|intoxicated|alcohol|etoh|drink|vodka|found'],
    window: 6,
  },
  {
    code: 'te_worrying_calls',
    patterns: ["won’t|won't|never stop calling|ringing|messaging|texting", 'will not stop calling|ringing|messaging|texting'],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'brother|sister|cousin|uncle|dad|mum|father [is|was] [known] [to] [be] working|dealing|running|selling for the|a [*] group|gang|line|lines',
      'brother|sister|cousin|uncle|dad|father [is|was] in custody|prison|jail for running|dealing|supplying',
    ],
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['paid in|with food|trainers|clothes|drugs|weed|cannabis|cigarettes|vapes|somewhere'],
    unlessNear: ['job|saturday|wage|wages|payslip|payslips'],
    window: 6,
  },
  {
    code: 'go_peers_exploited',
    patterns: ['stabbed|attacked|beaten|shot|killed|slashed in a row|dispute|fight|argument over a|the line|debt|drugs|territory|patch'],
    requiresNear: ['friend|friends|mate|mates|peers|classmate|classmates'],
    window: 10,
  },
  // Round 18, second batch: negated "no boyfriend", earnings kept, sex in exchange, unknown adults at clinics and gates,
  // found with adults after a long preamble, weapons or cash held for others, relatives in the same group.
  {
    code: 'go_older_partner',
    patterns: ['boyfriend|girlfriend'],
    requiresNear: ['no|not|denies|denied|deny|denying|nor|without'],
    unlessNear: [...OTHER_PERSONS_CUES, 'sister|brother|cousin|friend|mum|mother|dad|father'],
    window: 4,
  },
  {
    code: 'rg_unpaid_work',
    patterns: [
      'never gets|get|got|getting paid',
      'given|gets|get|receives|receive no wages|pay|money',
      'keeps|keep|kept|takes|took|taking [the|her|his|their|all] wages|earnings|pay',
      'hand|hands|handed|handing over the|all [the] money|cash|takings|everything',
      'keep|keeps|kept|take|takes|took what she|he|they is|are|was|were given',
    ],
    unlessNear: ['bank|savings|save|saving|mum|dad|carer|carers|foster|keyworker|safe'],
    window: 6,
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['for nothing|free'],
    requiresNear: ['works|work|working|worked|car|wash|nail|bar|shifts|hours|days'],
    unlessNear: ['volunteer|volunteers|volunteering|charity|club|school|helps|help|helping|mum|dad|nan|grandparents'],
    window: 6,
  },
  {
    code: 'rg_sex_exchange',
    patterns: [
      `given|gives|gave|offered|offers|paid|pays|getting|gets|get [${HER}|him|them] ${MONEY}|vapes|cigarettes|fags|drugs|cannabis|weed|alcohol|vodka|gifts|food [and] [*] for sex|sexual`,
      `having|has|had|have sex with [*] men|man|adults|him|them for ${MONEY}|drugs|cannabis|vapes|cigarettes|alcohol|somewhere|a`,
      'lets|let|letting her|him|them stay [*] [*] [*] [*] if she|he|they sleeps|sleep|has|have [sex]',
      'had|has|have to have sex with [*] [*] to keep|stay',
      `sex [*] [*] [*] [*] in return for ${MONEY}|drugs|cannabis|weed|vapes|cigarettes|alcohol|vodka|somewhere|a`,
      `offered ${MONEY}|vapes|cigarettes|drugs|alcohol|vodka|weed if she|he would|will [have] sex|sleep`,
    ],
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `brought|driven|taken [to] [the] [clinic|hospital|appointment|surgery] by a|an [*] [*] man|woman|male|adult|men`,
      'a man|woman who said he|she was her|his uncle|cousin|brother|dad|father|aunt|sister',
      `different|unknown|strange|various ${VEHICLE}|men|drivers pick|picks|picked|collect|collects|collected her|him|them [up]`,
      `dropped|drops|dropping [her|him|them] home|off|back by [a|the] [older|unknown] men|man|adults|males|drivers`,
      'waits|waiting|waited outside school|college [*] [*] [*] to collect',
      'waits|waiting|waited outside the school|unit|home [*] [*] [*] to collect',
    ],
    unlessNear: [FAMILY, 'taxi|escort|booked|arranged|council|authority|social|worker'],
    window: 8,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: ['picks|picked|pick|picking her|him|them up from the unit|home|placement|school|college|gate|gates'],
    requiresNear: [VEHICLE, CAR_MAKES, 'not known|unknown|older|man|men|adult|adults'],
    unlessNear: [FAMILY, 'taxi|escort|booked|arranged|council|authority|social|worker|staff'],
    window: 10,
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      `in|at a|an|the [*] [*] ${VEHICLE}|flat|house|hotel|address|room [*] [*] [*] [*] [*] with [a|an|two|three|four|several|some] [*] [*] ${ADULTS}|males`,
      `in|at a|an|the [*] [*] ${VEHICLE}|flat|house|hotel|address|room [*] [*] [*] [*] [*] with a|an man|woman|male of ${ADULT_AGES}`,
    ],
    requiresNear: ['found|located|traced|discovered|recovered'],
    window: 16,
  },
  // Review 28b: the child found there, after a thing found in the same clause ("Police found her bag and then found her
  // at a man's flat"), without the vetoes of the entry below.
  {
    code: 'am_found_with_adults',
    patterns: ["found|located|traced|discovered|recovered her|him|them at a|an man's|man’s|adult's|adult’s flat|house|address"],
  },
  // Round 28b: at a man's flat, when what was found there is the child; not a thing or a pet ("She found her phone at a
  // man's flat", "Police found the stolen car at a man's address", "The cat was found at a man's flat").
  {
    code: 'am_found_with_adults',
    patterns: ["at a|an man's|man’s|adult's|adult’s flat|house|address"],
    requiresNear: ['found|located|traced|discovered|recovered'],
    unlessNear: [
      'found|find|finds|located|recovered|collected|picked her|his|their|the|a|an [stolen|missing|lost] phone|bag|keys|purse|wallet|coat|jacket|charger|bike|scooter|car|van|dog|cat|puppy|kitten|pet|address',
      'dog|cat|puppy|kitten|pet|car|van|bike|phone was|were found|located|recovered',
    ],
    window: 16,
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      `hold|holds|holding|held|keep|keeps|keeping|kept their|the [older] cash|money|knife|knives|${WEAPON}`,
      `hide|hid|hiding|hidden|stash|stashed|stashing a|the|their ${WEAPON}|cash|money`,
      'holding|carrying|keeping it|them for someone|others|an|the|his|her',
      `${WEAPON}|${MONEY} [*] [*] [*] [*] [*] [*] belongs|belonged to the|someone|others|an|his|her|olders`,
    ],
    unlessNear: [FAMILY, 'bank|savings|purse|wallet|pocket|safe|staff'],
    window: 6,
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
  // ---- Round 19 (fresh18, tuned on after it had judged round 18, with the other tuning sets): families several sets
  // annotate, and injuries or silences the sets do not count as signs.
  // "A man on TikTok offered her work", "asked for his bank details by a man on Snapchat": the adult online is the agent
  // of another sign (an offer, a request for images or bank details), which nine tuning-set lines annotate alone.
  {
    code: 'te_adults_contact_online',
    patterns: [`an|a adult|man|male|stranger on|via|over ${APPS}`],
    unlessNear: ['offered|offers|offering|offer|asked|asks|asking|ask|bank|details|room|stay|work|nudes|nude|photos|pictures|images|pics|deliveries'],
    window: 8,
  },
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
  // Injuries with an ordinary cause told in the same sentence ("the bruise on his shin is from a football tackle",
  // "broken arm after falling off a trampoline"): six tuning-set lines annotate none of them.
  {
    code: 'ep_injuries_assault',
    patterns: ['broken nose|arm|wrist|jaw|ribs|finger|fingers|hand'],
    unlessNear: [...EXPLAINED_INJURY_CUES, 'falling|league|tackle|tackled|goalkeeping|goalkeeper|boxing|climbing|coach'],
    window: 10,
  },
  // A child who will not name or describe the people around them, or say where she has been (seven tuning-set lines:
  // "will not give his name", "won't give their ages", "will not give any partner details", "would not give an
  // account", "wont say where shes been"). Not "will not say where it came from" beside a gift or cash: the main set
  // and tune6 annotate only the gift (the silence is what makes it unexplained), fresh14 and fresh17 both.
  {
    code: 'da_not_disclosing',
    patterns: [
      "not|won't|won’t|wont|wouldn't|wouldn’t give|provide [any] [his|her|their|an|a|the] [partner|full] name|names|age|ages|account|details",
      'refuses|refused|refusing to give|provide [any] [his|her|their|an|a|the] [partner|full] name|names|age|ages|account|details',
      "won't|won’t|wont|wouldn't|wouldn’t say where she|he|they|shes|hes [has|had|have] been",
    ],
  },
  // Adults nobody knows collecting a child ("an unknown man collect him", "a man nobody knows ... has collected her"),
  // and adults who claim to be relatives at a clinic: round 18's clinic entry was blocked by its own "uncle" and
  // "cousin" (its `unlessNear` holds the family words its pattern names).
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `unknown|unidentified ${ADULTS}|woman|women collect|collected|collects|collecting|pick|picked|picks|picking`,
      `${ADULTS}|woman|women nobody|no-one knows`,
      'a|an man|woman|adult who was|is not a|her|his relative',
      'brought in by a|an [older] man|woman|male|adult [in] [her|his] [twenties|thirties|forties]',
    ],
  },
  // Gaps pass (round 20): wording that case reviews and police guidance quote, missing from the probe of review-style
  // notes. Where a child sleeps that she will not name; "clipping" (a child made to promise sex to men and rob them,
  // North Wales Police's signs of CSE); money sent for pictures; found in a crack house; 'hard to reach' on holiday.
  // 'Hard to reach' on its own entry: a family away on holiday, or a place with no signal, is not a child kept from services.
  {
    code: 'da_not_engaging',
    patterns: ['hard to reach'],
    unlessNear: ['holiday|holidays|abroad|overseas|relatives|family', 'bus|buses|train|trains|transport|road|roads|village|rural|signal|location|estate'],
    window: 8,
  },
  {
    code: 'am_unknown_address',
    patterns: [
      'sleeping|staying|stays|sleeps|slept|stayed at [an|a|the] address|addresses|flat|flats|house|houses|places [that] she|he|they will|would|can|could|does|did not|never name|give|say|know|share',
      "sleeping|staying|stays|sleeps|slept|stayed at [an|a|the] address|addresses|flat|flats|house|houses|places [that] she|he|they won't|won’t|wont|wouldn't|wouldn’t|can't|can’t|cannot|couldn't|couldn’t|doesn't|doesn’t|didn't|didn’t name|give|say|know|share",
      'sleeping|staying|stays|sleeps|slept|stayed at unknown|unnamed|unidentified|undisclosed address|addresses|flat|flats|house|houses',
    ],
  },
  {
    code: 'rg_sex_exchange',
    patterns: ['clipping|clipped|clip men|punters|blokes|males|guys', 'clipping|clipped for money|cash'],
  },
  // Money sent for pictures is an adult obtaining images of the child (te_sexual_images: tune11 codes "sent her money for
  // pictures of her in her underwear" so).
  {
    code: 'te_sexual_images',
    patterns: [
      'money|cash|paid|payment|payments [via|through|by|on|over|into] [*] [*] [*] for pictures|photos|images|nudes|pics|videos|selfies',
      'paid|pays|paying|pay for her|his|their pictures|photos|images|nudes|pics|videos',
    ],
    // Not a relative paying for school photos, nor a child's own videos ("money for videos he posts on YouTube").
    unlessNear: [
      'school|trip|prom|passport|photographer|studio|yearbook|print|prints|printing|frame|frames|album',
      FAMILY,
      'youtube|posts|channel|dance|show|earns',
    ],
  },
  {
    code: 'am_found_with_adults',
    patterns: ['found|located|traced|recovered|discovered|arrested [*] at|in [a|an|the] [known] crack|trap|drug|drugs house|houses|den|dens'],
  },
  // ---- Round 21 (fresh20, tuned on after it had judged round 20, with the other tuning sets) ---------------------------
  // Wording of signs the sets show in several forms: a child named where the patterns had a pronoun ("offered Mo a bed",
  // "the men take Zara to parties": `[*]`), numbers of partners or tests, record-keeping verbs, a negated bare verb.
  {
    code: 'rg_sex_exchange',
    patterns: [
      `give|giving|offer|offering|pay|paying [${HER}|him|them] ${MONEY}|vapes|cigarettes|fags|drugs|cannabis|weed|alcohol|vodka|gifts|food|${HARD_DRUGS} [and] [*] for sex|sexual`,
      'offered|offers|offering|promised|promises [*] [*] [*] [*] if she|he|they performed|performs|perform|did|does|do|would [a] sex|sexual act|acts',
    ],
  },
  {
    code: 'ad_supply_controlled',
    patterns: [
      `relies|relied|depends|depended|dependent|reliant on [a|an|the|one] [older] [*] man|men|dealer|dealers|adult|adults|olders|male|males|him|them for [her|his|their] ${DRUGS}|gear|alcohol|${HARD_DRUGS}`,
      `only give|gives|gave|supply|supplies|supplied [*] ${DRUGS}|${HARD_DRUGS}|alcohol|${ALCOHOL} if|when`,
    ],
  },
  {
    code: 'sh_many_partners',
    patterns: [
      'two|three|four|five|six|seven|eight|nine|ten|2|3|4|5|6|7|8|9|10 [different] sexual partners',
      'multiple|several|many|numerous|various|different male|female|older|adult partners',
    ],
  },
  {
    code: 'sh_sti',
    patterns: [
      'sti|std|stis testing|tests|test|screening|screens two|three|four|five|six|several|many|multiple times',
      'sexual health testing|tests|screening|screens two|three|four|five|six|several|many|multiple times',
    ],
  },
  {
    code: 'go_arrests',
    patterns: ['two|three|four|five|six|several|previous|multiple convictions|cautions|arrests for'],
  },
  {
    code: 'go_older_friends',
    patterns: [
      'friends|mates [who] are much|far|significantly|considerably|years older',
      'friends|mates [who] are a lot older',
      `friends with [*] women|men|adults|lads|girls|boys aged ${ADULT_AGES}`,
    ],
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      // Probe 25: "by a different older man each day".
      'collected|picked [up] [*] [*] [*] [*] by [a|an|two|several] [different|various] [unknown|older] man|men|male|males|adult|adults|stranger|strangers',
      `${ADULTS} [*] [*] [*] [*] picks|picked|collects|collected * up`,
    ],
    unlessNear: [
      FAMILY,
      'arranged|escort|escorted|booked|member|colleague|officer|officers|police|taxi|cab|driver|coach|minibus',
      // Review 25E: a parent's friends or a faith group ("collected by different adults each week, her mum's friends from
      // church").
      'church|mosque|temple|gurdwara',
      `${FAMILY_HOMES} friend|friends`,
      'social worker|workers',
      // Review of round 21: a thing picked up, not the child ("a man picked it up and handed it back").
      'picks|picked|collects|collected it|this|that|something|phone|bag|keys up',
    ],
  },
  {
    code: 'am_moved_by_others',
    patterns: [`drove|drives|driving|moved|moves|ferried|ferries|took|takes * between ${TOWNS}`],
    unlessNear: [FAMILY, 'contact|visit|visits|holiday|holidays|match|matches|tournament|school|college'],
  },
  {
    code: 'fa_family_breakdown',
    patterns: ['asked|told|forced|made * to leave the family home', 'family broke|breaks down'],
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      `a|an man|woman|adult of [about|around|roughly] ${ADULT_AGES} [has] [been] messaging|messages|messaged|contacting|contacts|contacted [*] on|via ${APPS}`,
      `a|an ${ADULT_YEAR_OLD} [man|woman] has|had|have been messaging|contacting|texting [*] on|via ${APPS}`,
      `messaged|contacted|added [*] [*] [*] by [a|an] man|woman|adult of ${ADULT_AGES}`,
      `contacted|messaged|added on|via ${APPS} by [*] [older] adults|adult|men|man|strangers|stranger`,
    ],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `man|men|adult|adults|guy|boy|someone from|on ${APPS} wants|wanted|asked|asks|asking|arranged|arranging to meet`,
      `met|meets|meeting [up] [with] a|an ${ADULT_YEAR_OLD} from|off|on a|an [*] ${APPS}|chat`,
    ],
  },
  {
    code: 'go_taken_to_parties',
    patterns: ['take|takes|took|taking * to parties|party|raves|chill-outs|chillouts'],
    unlessNear: [
      FAMILY,
      'birthday|school|church|club',
      // Review of round 21: a thing in the slot, not a child ("She takes vodka to parties").
      'take|takes|took|taking alcohol|vodka|drink|drinks|booze|beer|cider|wine|spirits|drugs|weed|cannabis|pills|food|snacks|cake|speaker|music|it|this|that|stuff|something|things to',
    ],
  },
  {
    code: 'rg_accommodation_offered',
    patterns: ['offered|offers|offering * a bed|room|sofa [for] [the] [night]'],
    unlessNear: [FAMILY, 'hostel|hotel|council|housing|social|worker|refuge|foster|placement|shelter'],
  },
  {
    code: 'am_school_absence',
    // Review 23C: "not been in school" moved here, for the illness veto ("not been in school for two weeks because of flu").
    patterns: [
      'missed|misses|missing most|much|half|all|weeks of the [*] term|year',
      'left|leaves|leaving site|school without permission',
      'not been in school|college|lessons',
    ],
    // Review of round 21: an illness that explains it ("missed half of the summer term with glandular fever").
    unlessNear: ['ill|illness|unwell|sick|fever|glandular|flu|covid|hospital|surgery|operation|injury|broken|medical'],
  },
  { code: 'ep_eating_problems', patterns: ['barely|hardly eating', 'not really eating'] },
  {
    code: 'ep_low_self_esteem',
    patterns: [
      'calls|called|calling herself|himself|themselves thick|stupid|useless|worthless|ugly|fat|disgusting|rubbish',
      '[very] little confidence in herself|himself|themselves',
      'no confidence in herself|himself|themselves',
    ],
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'no longer responds|responding|replies|replying to [my|our|her|his|the] [*] calls|messages|texts',
      'no longer answers|returns [my|our|her|his|the] calls|messages|texts',
      'turned|turns|turning down every|all|any offer|offers of',
    ],
  },
  { code: 'ep_isolated', patterns: ['lost touch with [all] [of] [her|his|their] [old|school] friends|mates'] },
  {
    code: 'sh_sexualised_behaviour',
    patterns: ['simulated|simulates|simulating sex|sexual', 'sexual language|knowledge [well] beyond [her|his|their] age|years'],
  },
  {
    code: 'da_coached_account',
    patterns: ['account|story|statement was|is|seemed|sounded rehearsed|scripted|coached'],
  },
  // A negated bare verb ("she does not drink", "never drinks"): the finding is the verb, which the negation governs.
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drink|drinks|drank'],
    requiresNear: ["not|never|doesn't|doesn’t|don't|don’t|didn't|didn’t|denies|denied"],
    // Review of round 21: a negated amount is not a denial ("She didn't drink much at the party": she drank).
    unlessNear: [...SOFT_DRINK_CUES, 'much|lot|lots|loads|heavily|often|excessively|enough'],
    window: 2,
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
    code: 'go_older_partner',
    patterns: [`baby's father is|was [thought|believed|said|understood] [to] [be] [aged] ${ADULT_AGES}`],
    requiresNear: ['pregnant|pregnancy|baby|expecting|termination|miscarriage|miscarried'],
    // Review of round 21: not mum's pregnancy ("Mum is 28 weeks pregnant; the baby's father is 40").
    unlessNear: ["mum|mother|mum's|mother's|mam|stepmum"],
    window: 10,
  },
  // Review of round 21: "the father" only beside the child's own pregnancy ("She is pregnant and the father is 26"), not
  // mum's ("Mum is 28 weeks pregnant; the father is 40").
  {
    code: 'go_older_partner',
    patterns: [`the father is|was [thought|believed|said|understood] [to] [be] [aged] ${ADULT_AGES}`],
    requiresNear: [
      'termination|miscarriage|miscarried',
      'she [is|was|has|had|became|been] [now] [*] [*] [*] pregnant|expecting',
      'her pregnancy|baby',
      '12|13|14|15|16|17 [years] [old] is|was [*] [*] [*] pregnant|expecting',
      'pregnant|pregnancy at 12|13|14|15|16|17',
      'is|was pregnant|expecting and',
    ],
    unlessNear: ["mum|mother|mum's|mother's|mam|stepmum"],
    window: 10,
  },
  {
    code: 'am_moved_by_others',
    patterns: ['ticket|tickets bought|paid|booked for [her|him|them] by [a|an|the] [older] [unknown] man|men|adult|adults|stranger|someone|somebody'],
  },
  {
    code: 'go_threats_violence',
    // Review of round 21: the child was told ("was told he would be stabbed"), not a professional's warning ("Police warned
    // that she would be hurt if she kept going to the address").
    patterns: ['was|were|been|being|is|are|gets|got told|warned [that] she|he|they would|will be stabbed|hurt|killed|shot|beaten|attacked|burned'],
  },
  // Review of round 21: not with leave ("She left site at lunchtime for a dental appointment").
  {
    code: 'am_school_absence',
    patterns: ['left|leaves|leaving site at|during|over lunchtime|lunch|break'],
    unlessNear: ['appointment|appointments|authorised|authorized|dentist|dental|doctor|gp|hospital|orthodontist|optician', 'with permission', 'signed out'],
  },
  {
    code: 'am_unknown_address',
    patterns: [
      // Review of round 21: not "would not": a refusal is not an unknown address ("She would not give the address").
      'could|can|did not name|give|say|remember the|which street|road|address|town|area|postcode',
      "cannot|can't|couldn't|can’t|couldn’t name|give|say|remember the|which street|road|address|town|area|postcode",
      'does|did not know where the|this|that house|flat|address|place is|was',
      "doesn't|didn't|doesn’t|didn’t know where the|this|that house|flat|address|place is|was",
    ],
  },
  {
    code: 'da_documents_held',
    // Review of round 21: not "has" ("Jade has her passport and birth certificate"); "the man has her passport" is above.
    // Round 26: with a name or "the boy's" before it, documents and bank cards too ("holds Ionut's documents", "the
    // landlord holds the boy's bank card and papers"; framework: passport, identity documents or bank cards).
    patterns: ['keeps|kept|holds|held|took [the] * passport|passports|documents|papers', 'keeps|kept|holds|held|took [the] * bank card|cards'],
    unlessNear: [
      FAMILY,
      'carer|carers|foster|social|worker|staff|school|office|solicitor|council|renewal|renew|expired|holiday|trip|folder|step-mum|step-dad|stepmother|stepfather',
      // Round 26: a team's trip ("The coach holds the boys' passports for the tournament").
      'coach|tournament|tour|team|squad|competition',
      // Review 26: cards taken from a purse or a wallet are a theft ("He took the bank cards from her purse").
      'purse|purses|wallet|wallets|handbag|stole|stolen|steal|stealing|theft',
      'she keeps|kept|holds|held her',
      'he keeps|kept|holds|held his',
    ],
    window: 4,
  },
  { code: 'sh_sexual_assault', patterns: ['touched|touching|touches her|him|them sexually'] },
  {
    code: 'sh_sexualised_behaviour',
    patterns: ['touching|touched|touches other children|pupils|kids sexually|inappropriately'],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ['social workers|services would|will take her|his|their baby|children|kids|child|son|daughter'],
  },
  {
    code: 'te_several_phones',
    patterns: ['other|extra|spare phones'],
    requiresNear: ['room|bag|bedroom|hidden|found|seen|search|searched|pockets'],
  },
  {
    code: 'da_hostile',
    patterns: ['aggressive'],
    requiresNear: ['interview|custody|officers|police|staff|arrest|arrested|worker|workers|professionals|visit|meeting'],
    // Review of round 21: an animal, a crime or a driver that was aggressive ("The dog was aggressive when police attended").
    unlessNear: ['dog|dogs|robbery|robberies|attack|attacks|assault|mugging|driving|driver|drivers'],
    window: 4,
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: ['nobody|no-one [has|had] [ever] [been] on her|his|their side', 'no one [has|had] [ever] [been] on her|his|their side'],
  },
  {
    code: 'da_protects_abusers',
    patterns: ['are|is like family|brothers', 'are|is like a brother', 'and|who would|will never hurt|harm her|him|them', 'is a good man|guy|lad|person'],
    requiresNear: ['men|man|lads|olders|older|boys|gang|group|boyfriend|elders'],
    // Not a parent or a carer ("her dad is a good man and would never hurt her").
    unlessNear: [
      'mum|dad|mother|father|parents|nan|gran|grandma|grandad|grandparents|aunt|auntie|uncle|stepdad|stepmum|foster|carers|carer|staff|teacher|teachers|worker|workers|coach|coaches|church|club',
      // Review of round 21: teammates or classmates ("The boys in her football team are like brothers to her").
      'team|teams|teammates|team-mates|squad|class|classmates|school|football',
    ],
  },
  {
    code: 'te_online_offers',
    patterns: [`offered|offers|offering [*] a|an room|bed|job|place|work [*] via|on|through|over ${APPS}`],
  },
  // Round 21: a new phone nobody accounts for is coded as several phones (framework: "or a new phone that no one can
  // account for"; eight tuning-set lines against one as a gift). The gift entries still match it and give way.
  {
    code: 'te_several_phones',
    patterns: [
      `${GIFT_ADJ} phone|phones|iphone|iphones|mobile|mobiles|handset|handsets|smartphone`,
      `${GIFT_ADJ} phone|phones|iphone|iphones|mobile|mobiles|handset|handsets|smartphone [that|which] [she|he|they] [*] [*] cannot|can't|couldn't|won't|wouldn't|unable|refuses|refused|will|would|did|does|didn't|doesn't [not] [to] explain|account|say`,
    ],
    // Review of round 21: "number" ("Jade has a new phone number, updated on file").
    unlessNear: [...EXPLAINED_CUES, 'location|tracking|tracked|controls|settings|screen|cracked|broken|lost|stolen|number|numbers'],
    window: 8,
  },
  // Round 21: "says nothing will change" is hopelessness (ep_low_mood), "was quiet because she had a cold" an ordinary
  // day; two tuning-set lines each.
  {
    code: 'da_not_disclosing',
    patterns: ['said|says nothing', 'was quiet'],
    unlessNear: [
      'nothing will|would|can|could|ever|matters|helps|works|changes|is|was',
      'because|cold|ill|unwell|poorly|sick|tired|headache|flu|shy|new|reading|working|concentrating',
    ],
    window: 4,
  },
  // Round 21: an adult partner named by age after the word ("his girlfriend is a 25-year-old woman", "her 'boyfriend', a
  // man of 30", "her partner at the time was a man of 28").
  {
    code: 'go_older_partner',
    patterns: [
      `girlfriend|partner was|is a|an ${ADULT_YEAR_OLD}`,
      `b f is|was [aged] ${ADULT_AGES}`,
      `boyfriend|girlfriend|partner a|an ${ADULT_YEAR_OLD}`,
      `boyfriend|girlfriend|partner [*] [*] [*] [was|is] a|an man|woman|male|female|guy of|aged ${ADULT_AGES}`,
    ],
    unlessNear: OTHER_PERSONS_CUES,
  },
  // Round 21: negated or plain wording the sets annotate ("no contact from adults online", "no adults were with her",
  // "has not missed a single session", "DNA'd x3", "adult gamers keep DMing him on Discord").
  {
    code: 'te_adults_contact_online',
    patterns: ['contact from|with [unknown] adults|men|strangers [online]'],
    requiresNear: ['no|any|not|never'],
    window: 3,
  },
  {
    code: 'te_adults_contact_online',
    patterns: [`contact|contacts|message|messages|dm|dms|dming|dm's him|her|them on|via|through [a|an] [*] ${APPS}|app|game|platform`],
    requiresNear: [ADULTS, 'does|do not know|unknown|older|gamers|gamer'],
    window: 8,
  },
  {
    code: 'am_found_with_adults',
    patterns: ['adults|men|males were|was with her|him|them', 'men|adults|males at the flat|house|address'],
    requiresNear: ['no|not|never'],
    window: 2,
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: ['knife|knives|weapon|weapons|blade|blades was|were found'],
    requiresNear: ['no|not|never'],
    window: 2,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'missed a|an|any [single] appointment|session|visit|meeting',
      'missed every|all [her|his|their] appointment|appointments|session|sessions|visit|visits',
      "dna'd|dnad|dna’d x2|x3|x4|x5|twice|again|repeatedly",
      'stopped|stops coming|going to [the] [*] [*] group|sessions|club|appointments|project',
      'stops|stopped|stopping engaging',
    ],
    // Not a session missed through illness, or a club that moved or closed. Round 22 (review of round 21, M11): not
    // every "because" (a missed appointment "because she was with the men" is the sign): ordinary reasons only.
    unlessNear: [
      'ill|unwell|poorly|sick|illness|hospital|covid|flu|injury|injured|moved|closed|ended|finished|cancelled',
      'dentist|doctor|gp|exam|exams|funeral|bereavement|holiday|forgot|transport|bus|strike|snow|clash|clashed|rearranged|rescheduled|outgrew',
      'started|starts|starting secondary|college|school|sixth|year|a',
      // ... and a family reason ("because she was at her nan's", "because mum forgot").
      `at|with [her|his|their] ${FAMILY}`,
      `because|as [her|his|their] ${FAMILY}`,
    ],
  },
  // Round 21, third pass: families several tuning sets miss.
  {
    code: 'rg_status_rewards',
    patterns: [
      'offering|offered|offers|offer|promised|promises [him|her|them] respect|protection|status',
      'get|gets|getting|got|would|will respect|protection [and] [respect|protection] from|if|for',
      'get|gets|getting|got respect|protection',
      'people|everyone|everybody [*] [*] [*] respect|respects him|her [now]',
    ],
    requiresNear: ['older|olders|elders|lads|men|group|gang|estate|line|dealers'],
    unlessNear: SERVICE_AGENTS,
    window: 8,
  },
  {
    code: 'rg_status_rewards',
    patterns: ['promised|promises|promise to look after him|her|them'],
    requiresNear: ['older|olders|elders|lads|boys|men|group|gang|if|carries|carry|work|works'],
    unlessNear: [FAMILY, ...SERVICE_AGENTS],
    window: 8,
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: [
      'sister|brother|cousin|sibling|brothers|sisters|siblings was|were|is|are|has|have|had trafficked|groomed|exploited',
      "partner|stepdad|uncle|dad|father|mum's|mother's is|was|are|were linked|connected to the|that group|gang|men",
    ],
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['a different girl|boy|child|person|kid', 'changed completely|totally since'],
    requiresNear: ['since|like|become|became|changed|has|been'],
    // Round 22 (review of round 21, M9): another child chosen or sent in her place ("replaced by a different girl for
    // the project") is not a change in her.
    unlessNear: [
      'class|school|room|placement|sits|sat|team|group|house',
      'replaced|instead|chose|chosen|picked|selected|invited|sent|swapped|project|part|role|place|slot|trip|shift|went',
    ],
    window: 3,
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['sudden|dramatic change', 'sudden|dramatic changes'],
    // Round 22 (review of round 21, M9): a change in her body or health ("a sudden change in her weight") is not a
    // change in behaviour.
    unlessNear: [
      'placement|plan|address|school|timetable|worker|carer|medication|weather|circumstances|arrangements|staff',
      'weight|appetite|height|diet|health|condition|symptoms|eyesight|vision|hearing|temperature|rash|periods|cycle|prescription|dose',
    ],
    window: 4,
  },
  {
    code: 'am_school_absence',
    patterns: [
      'leaves|left|leaving school|college after registration',
      'leaves|left|leaving after registration',
      'walking|walked|walks|walk off [the] school site',
    ],
  },
  // Round 22 (review of round 21, L26): "walked off site during the reparation session" is a session left, not school.
  {
    code: 'am_school_absence',
    patterns: ['walking|walked|walks|walk off [the] site'],
    unlessNear: [
      // Review 22a I11: not "home" ("walked off site and went home" is truanting).
      'session|sessions|reparation|appointment|meeting|contact|placement|visit|clinic|centre|hospital|work|shift|court|yot|unit|club|project|activity|trip',
    ],
    window: 8,
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'images|pictures|photos|nudes were|was|being requested',
      'sent|sends|sending an|a image|picture|photo|video of herself|himself',
      'sent|sends|sending images|pictures|photos|videos of herself|himself',
      'pressured|pressurised|forced|made|coerced into sending images|pictures|photos|nudes',
      'asks|asked|asking * for pictures|photos|images|nudes|pics',
      'images|pictures|photos of * were|was found on [the|a|an|his] phone|laptop|device',
      'sent any pictures|images|photos|nudes',
    ],
    // Not a family's or a school's photos, nor pictures of drugs, weapons or money found on a phone.
    unlessNear: [
      FAMILY,
      'school|passport|holiday|trip|work|homework|project|prom',
      'drugs|drug|cannabis|weed|wraps|weapon|weapons|knife|knives|gun|guns|cash|money|stolen|cars|car|bikes',
      // Review 21b H4, M10: CCTV stills requested, a photo for a coach or of a uniform, photos of damage for an officer.
      'cctv|footage|bodycam|doorbell|dashcam|officer|officers|coach|uniform|damage|injury|injuries',
    ],
  },
  // Round 21: taxis someone else pays for (six tuning-set lines: "taxis home from Leicester paid for by someone she
  // won't name", "someone else is paying for the taxis", "taxis nobody had booked", "takes taxis everywhere").
  {
    code: 'rg_unexplained_money',
    patterns: [
      'taxi|taxis|uber|ubers|cab|cabs [*] [*] [*] [*] paid|booked for by',
      'someone|somebody [else] is|was|has|had [been] paying|paid for [the|her|his|their] taxi|taxis|uber|ubers|cabs|travel',
      'taxi|taxis|uber|ubers|cab|cabs nobody|no-one [had|has] [booked|paid] [or] booked|paid',
      'taxi|taxis|uber|ubers|cab|cabs no one [had|has] [booked|paid] [or] booked|paid',
      'takes|took|taking|gets|getting taxis|ubers|cabs everywhere',
    ],
    unlessNear: [FAMILY, 'council|school|social|worker|escort|placement|staff|hospital|appointment|contact'],
  },
  // Probe 24: the same with a relative clause ("dropped off by a taxi that someone else had paid for").
  {
    code: 'rg_unexplained_money',
    patterns: ['taxi|taxis|uber|ubers|cab|cabs that|which someone|somebody [else] [had|has|have] paid|booked|ordered'],
    unlessNear: [FAMILY, 'council|school|social|worker|escort|placement|staff|hospital|appointment|contact'],
  },
  {
    code: 'rg_unexplained_money',
    patterns: ['arrived|came|comes|returned|returns|returning back|home by taxi|uber|cab'],
    // Review 21b H3: phrases, not a bare 'who' or 'no' ("came home by taxi; no concerns", "her friend who lives nearby").
    requiresNear: [
      'nobody|no-one [*] [*] [*] [had|has|was] [booked|paid] [or] booked|paid|arranged',
      'no one [*] [*] [*] [had|has|was] [booked|paid] [or] booked|paid|arranged',
      'who paid|booked|arranged',
      "not|won't|wouldn't|cannot|can't say|explain who",
      'unknown|unexplained',
    ],
    unlessNear: [FAMILY, 'council|school|social|worker|escort|placement|staff|hospital|appointment|contact'],
    window: 10,
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
  {
    code: 'ad_substances_with_sex',
    patterns: ['does|did|could not remember|recall what the men|man|they|he did'],
    requiresNear: ['drink|drinks|drunk|vodka|alcohol|plied|drugged|drugs|pill|pills|spiked|given'],
    window: 10,
  },
  // Round 22 (fresh21 as a tuning set): adults' acts on a child named where the patterns had a pronoun ("the men gave
  // Chantelle vodka", "the men keep Hamid's ID card", "moving money through Jake's account"). The name is one token,
  // so these read any one word there; each keeps the subject an adult's and vetoes a relative or a service.
  {
    code: 'ad_substances_given',
    patterns: [
      `${ADULTS}|olders|lads|dealers|dealer|boyfriend gave|give|gives|giving|supplied|supplies|supply|supplying|provided|provides|bought|buys * [free] [with] ${ALCOHOL}|${HARD_DRUGS}|drink|drinks|spliffs|joints`,
    ],
    unlessNear: [
      FAMILY,
      'gp|doctor|nurse|pharmacist|prescribed|prescription|medication|medicine|paramedic|hospital|shop|shopkeeper|bar|barman|pub|sold|underage',
      // Review 22b I5: not a bare "birthday": men buying a child drinks for her birthday is the sign; "people" buying
      // drinks for a birthday is ordinary.
      'people bought|buy|buys|gave|give|gives * drinks|drink|a|some [*] for|on [her|his|their] birthday',
      'christmas|celebration|celebrate|wedding|restaurant|cafe|coffee|soft|water|juice|tea|hot|fizzy|energy',
    ],
    window: 8,
  },
  // Round 23: with a verb before it ("adult males are giving Leah cocaine", "the older lads start giving Jacob cannabis").
  // The word after the giving is the child ("giving Leah", "buying her"), not the drugs' own words ("supplying crack
  // cocaine", "buying cheap cider", "bought some cannabis for himself"); "were given" is what the adults received.
  {
    code: 'ad_substances_given',
    patterns: [
      `${ADULTS}|olders|lads|dealers|dealer|boyfriend are|were|is|was|have|has|had|keep|keeps|kept|start|starts|started|began|begin [been] giving|supplying|buying|gave|supplied|bought * [free] [with] ${ALCOHOL}|${HARD_DRUGS}|drink|drinks|spliffs|joints`,
      `${ADULTS}|olders|lads|dealers|dealer|boyfriend have|has|had given * [free] [with] ${ALCOHOL}|${HARD_DRUGS}|drink|drinks|spliffs|joints`,
      // Review 23a: the men named further back ("Men at the house were giving the girls vodka").
      `are|were|have|had [been] giving|supplying|buying the|younger|local girls|boys|kids|children [free] [with] ${ALCOHOL}|${HARD_DRUGS}|spliffs|joints`,
    ],
    requiresNear: [ADULTS, 'olders|lads|dealers|dealer|boyfriend'],
    unlessNear: [
      FAMILY,
      'gp|doctor|nurse|pharmacist|prescribed|prescription|medication|medicine|paramedic|hospital|shop|shopkeeper|bar|barman|pub|sold|underage',
      'people bought|buy|buys|gave|give|gives * drinks|drink|a|some [*] for|on [her|his|their] birthday',
      'christmas|celebration|celebrate|wedding|restaurant|cafe|coffee|soft|water|juice|tea|hot|fizzy|energy',
      `giving|supplying|buying|gave|given|supplied|bought the|this|that|these|those|their|his|its|our|my|your|some|any|more|cheap|pure|good|strong|loads|lots|plenty|bags|bottles|cans|a|an|${ALCOHOL}|${HARD_DRUGS}|drink|drinks [free] [with] ${ALCOHOL}|${HARD_DRUGS}|drink|drinks|spliffs|joints`,
    ],
    window: 8,
  },
  {
    code: 'da_documents_held',
    patterns: [
      `${ADULTS}|they|agent|agents|trafficker|traffickers|boss|employer|someone [*] keep|keeps|kept|keeping|hold|holds|held|holding|took|take|takes|taken|has|have * id|passport|passports|documents|papers|visa|brp`,
    ],
    unlessNear: [
      FAMILY,
      'carer|carers|foster|social|worker|staff|school|office|solicitor|council|renewal|renew|expired|holiday|trip|safe|safekeeping|police|desk|check-in|checked',
      ...DOCUMENTS_ERRANDS,
    ],
    window: 6,
  },
  {
    code: 'rg_bank_account_used',
    patterns: [
      'moving|moved|moves|move|running|ran|runs|passing|passed|laundering|laundered|washing|funnelling|filtering money|cash|funds|payments through|into * [bank] account|accounts',
      // Review 22a I15: a card used by someone is usually theft or fraud ("someone used her card on Roblox"); only the
      // account, or a card used to move money, is the child's account used by others.
      'others|someone|somebody|adults|men|man|people [are|were|is|was|have|has|had] [been] using|used|uses * [bank] account|accounts',
      'other people [are|were|have|had] [been] using|used * [bank] account|accounts',
      'others|someone|somebody|adults|men|man|people [are|were|is|was|have|has|had] [been] using|used|uses * [bank] card|cards to|for move|moving|transfer|transferring|launder|laundering|receive|receiving',
      'handed|hands|handing|gave|gives|giving over [*] bank card|cards|details|pin',
    ],
    unlessNear: [
      FAMILY,
      // Review 22c: not "pay|paying for" on its own ("handed over his bank card to the olders to pay for the drugs").
      'shop|shops|shopping|till|cashier|lunch|canteen|fraud|stolen|lost|phishing|scam|scammed|trip|purchase|purchases|buy|bought|ticket|tickets|checkout',
    ],
    window: 6,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      '[a|an|the] someone|somebody|man|adult|men|adults|they|olders|lads bought|booked|paid for * train|coach|bus|taxi|taxis|ticket|tickets|uber|ubers|fare|fares',
      '[a|an|the] someone|somebody|man|adult|men|adults|they|olders|lads bought|booked|paid * train|coach|bus|taxi|taxis|ticket|tickets|uber|ubers|fare|fares',
      // Round 23: "the man may have bought the girl's ticket to Carlisle", "someone bought him a train ticket".
      'someone|somebody|man|adult|men|adults|olders|lads|stranger [may|might|must|had|has|have] [have|had] bought|booked|paid [for] * [*] [train|coach|bus] ticket|tickets',
    ],
    unlessNear: [
      FAMILY,
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court',
      // Review 23B: a venue only as the ticket's ("concert tickets", "tickets for the match"), not "a taxi to the park".
      'raffle|lottery|parking|speeding|pantomime|panto',
      'cinema|concert|gig|match|show|festival|football|film|theatre|zoo|museum|game|event|disco|prom ticket|tickets',
      'ticket|tickets for|to [the|a|an] cinema|concert|gig|match|show|festival|football|film|theatre|zoo|museum|park|game|event|disco|prom',
    ],
    window: 8,
  },
  // "if Kai is taken to Norwich again": a town, not school or hospital, and not by a relative.
  {
    code: 'am_moved_by_others',
    patterns: ['is|was|were|are|being|been taken|driven to * again'],
    unlessNear: [
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court|ward|gp|clinic|cells|custody',
      `by [her|his|their] ${FAMILY}`,
      // Review 22a I6: a relative's house ("taken to nan's again") or a pastime ("driven to football again").
      `to [her|his|their|the] ${FAMILY_HOMES}|football|training|practice|swimming|rugby|cricket|dance|gym|boxing|cadets|scouts|club|match|matches|lessons`,
    ],
    window: 8,
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      `${ADULTS} [*] [*] [*] [*] [*] has|have|had been messaging|texting|snapchatting|grooming`,
      `${ADULTS} are|were|is|was|have|has [been] contacting|messaging|adding * online`,
    ],
    // A relative is often who reports it ("Mum says ..."): only one messaged is a veto.
    unlessNear: [
      `messaging|texting|contacting|adding [her|his|their] ${FAMILY}`,
      'council|housing|office|school|college|police|social|worker|gp|surgery|clinic|appointment|appointments|repairs|staff|teacher|coach|manager|work|job|shift|shifts',
    ],
    window: 8,
  },
  // Round 22 (fresh21): wording families the tuning sets had not used.
  // Several men, not one partner: "several of the men at the house had sex with her", "other men have had sexual
  // contact with Jasmine".
  {
    code: 'sh_many_partners',
    patterns: [
      // Review 22a I1: "having" needs "sex" after it and "sleeping" needs "with" ("three men were sleeping in the front room").
      'several|many|multiple|various|different|other|three|four|five|six|numerous [of] [the] men|males|adults|guys [*] [*] [*] [*] have|has|had|were|are [had|been] sex|sexual',
      'several|many|multiple|various|different|other|three|four|five|six|numerous [of] [the] men|males|adults|guys [*] [*] [*] [*] have|has|had|were|are [been] having sex|sexual',
      'several|many|multiple|various|different|other|three|four|five|six|numerous [of] [the] men|males|adults|guys [*] [*] [*] [*] have|has|had|were|are [been] sleeping with',
    ],
    unlessNear: ['no|not|never|denies|denied|education|lesson|lessons|talk|talks|session|sessions|health'],
    window: 2,
  },
  // Too drunk or high to refuse: "too drunk to say no", "too high to consent".
  {
    code: 'ad_substances_with_sex',
    patterns: ['too drunk|high|intoxicated|stoned|wasted to say|consent|resist|refuse', 'too drunk|high|intoxicated|stoned|wasted to remember what happened'],
  },
  // A place to stay on condition of sex: "allowed to stay at the flat if she sleeps with the men".
  {
    code: 'rg_sex_exchange',
    patterns: [
      'stay|stays|staying|sleep|sleeps|live|lives|crash|crashes [at|in] [*] [*] [*] if|provided|providing she|he|they sleeps|sleep|slept|has|have|had sex|sexual [with]',
      'stay|stays|staying|sleep|sleeps|live|lives|crash|crashes [at|in] [*] [*] [*] if|provided|providing she|he|they sleeps|sleep|slept with',
      'stay|stays|staying|sleep|sleeps|live|lives|crash|crashes [at|in] [*] [*] [*] as long as she|he|they sleeps|sleep|slept|has|have|had sex|sexual [with]',
      'stay|stays|staying|sleep|sleeps|live|lives|crash|crashes [at|in] [*] [*] [*] as long as she|he|they sleeps|sleep|slept with',
    ],
  },
  // Sexualised behaviour in young children: "acting out sex with dolls", "copying sexual acts", "touched other
  // children's private parts".
  {
    code: 'sh_sexualised_behaviour',
    patterns: [
      'acting|acts|acted|act out sex|sexually|sexual',
      'copying|copies|copied|mimicking|mimics|mimicked|imitating|imitates|imitated|re-enacting|re-enacts|re-enacted sex|sexual acts|act|behaviour|positions|noises',
      "touched|touching|touches|touch other|another children's|child's|pupil's|boy's|girl's private|privates|genitals|bottoms|bottom",
    ],
  },
  // Live streaming: "a man made her undress on a video call", "Ellie has been streamed".
  {
    code: 'te_live_streaming',
    patterns: [
      'undress|undressed|undressing|strip|stripped|stripping|naked|nude|expose|exposed on|during|over|via [a|an|the] [*] video|facetime|webcam|cam|livestream|live-stream|stream|camera',
      'has|have|had been streamed|livestreamed|live-streamed',
    ],
    // Review 22a I14: a meeting or hearing streamed, or a security camera ("naked on the doorbell camera footage").
    unlessNear: [
      'school|assembly|concert|match|game|games|service|funeral|wedding|church|event|parents|show|play|gig|lesson|class|grandparents|gran|nan',
      'conference|webinar|cctv|doorbell|dashcam|bodycam|body-worn|security',
      'the|a|council|court|board|committee meeting|meetings|hearing|hearings',
    ],
    window: 6,
  },
  // A coached account: "the man answered every question for Mariam", "Dawit's account has been rehearsed".
  {
    code: 'da_coached_account',
    patterns: [
      'answered|answers|answering|answer every|all [the|of] [the] [*] questions|question for',
      'answered|answers|answering|answer every|all [the|of] [the] [*] questions|question on behalf',
      'account|story|accounts|answers has|have|had|is|was|were|seems|seemed|appears|appeared|sounded|sounds [been] rehearsed|scripted|coached|learned|learnt|memorised|word-for-word',
    ],
    // Not a parent speaking for a shy child ("Mum answered every question for him as he was shy").
    unlessNear: [`${FAMILY}|teacher|interpreter|carer|worker answered|answers|answering|answer`],
    window: 3,
  },
  // Meeting an online contact: "went to meet the 19-year-old from Instagram", "met a man she had talked to on TikTok",
  // "met the man from the dating app".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meet|meets [up] [with] [a|an|the] [*] ${ADULT_YEAR_OLD}|man|men|adult|adults|guy|guys|boy|lad|stranger|person from|off|on [a|an|the] [dating] ${APPS}|dating|site|website`,
      `met|meet|meets [up] [with] [a|an|the] ${ADULT_YEAR_OLD}|man|men|adult|adults|guy|boy|stranger|person [who] she|he|they had|has [been] talked|talking|chatted|chatting|spoken|speaking|messaged|messaging [to|with] on|via|over ${APPS}`,
    ],
    unlessNear: ['school|college|council|office|club|youth|gym|shop|work|church|mosque'],
    window: 3,
  },
  // Frightened by calls or messages: "gets panicky every time the man rings", "gets texts during lessons and then leaves".
  {
    code: 'te_worrying_calls',
    patterns: [
      'panicky|panics|panic|panicked|scared|frightened|anxious|jumpy|nervous|shaky|tense every|each time|whenever [the|a|her|his] [*] man|men|phone|mobile|he|they|someone rings|ring|rang|calls|call|buzzes|texts|messages',
      // Review 22a I8: the lesson is required ("she got a text and went to bed" is ordinary).
      'gets|receives|got|received|getting|receiving [a] texts|text|calls|call|messages|message during|in [*] lessons|lesson|class and|then [then] leaves|left|goes|went|disappears|disappeared|runs|ran|walks|walked',
    ],
    // Review 22b I11: work, college or training only as where the child is going ("calls before work"), not where
    // the call finds him ("even when he is at work", "leaves the college site").
    unlessNear: [
      FAMILY,
      'school|staff|teacher|worker|social|office|gp|doctor|dentist|appointment|taxi|lift',
      'for|to|before|after work|job|shift|college|training|practice|club',
    ],
    window: 8,
  },
  // Refusing to see the worker: "will not meet with me and hides when I visit".
  {
    code: 'da_not_engaging',
    patterns: [
      // Review 22a I9: "did not / doesn't speak to me" is often a fact (he was at work); only "engage" keeps them.
      'will|would not meet|engage|speak with|to me|us|workers|professionals|staff',
      "won't|wouldn't meet|engage|speak with|to me|us|workers|professionals|staff",
      "does|did not|doesn't|didn't engage with|to me|us|workers|professionals|staff",
      'refuses|refused|refusing to meet|engage|speak with|to me|us|workers|professionals|staff',
      "will|would not|won't|wouldn't see me|us",
    ],
    unlessNear: [`${FAMILY} will|would|does|did|won't|wouldn't|doesn't|didn't|refuses|refused|refusing`, 'olders|men|dealers|gang|boys|lads|friends'],
    window: 3,
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
  // A withdrawn disclosure: "now says she made it all up".
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['says|said|saying|claims|claimed|insists|insisted [that] she|he|they [had] made it [all] up'],
    // Not making up with a friend.
    unlessNear: ['made it [all] up with|to'],
    window: 2,
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
  // Not knowing where one was held: "could not say where the house was", "may not know where she was taken".
  {
    code: 'am_unknown_address',
    patterns: [
      "could|can|did|does|would|may|might not|couldn't|can't|didn't|doesn't [*] say|tell|know|remember where the|this|that house|flat|address|property|place was|is",
      "not|couldn't|can't|didn't|doesn't know|say|remember|tell where she|he|they was|were|had|is|are|has [been] taken|kept|held|driven",
    ],
  },
  // Back in the small hours: "came back at 3 a.m.".
  {
    code: 'am_staying_out_late',
    // Review 22b I7: "in the morning|night" too ("She got in at 3 in the morning"), not "in the afternoon".
    patterns: [
      'came|comes|coming|got|gets|returned|returns|returning back|home|in at 1|2|3|4|5 a|am',
      'came|comes|coming|got|gets|returned|returns|returning back|home|in at 1|2|3|4|5 in the morning|night',
    ],
    unlessNear: ['hospital|ward|flight|airport|holiday|shift|work'],
    window: 6,
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
  // Dealers in a home: "men have taken over Jordan's flat", "dealers are using mum's flat".
  {
    code: 'go_cuckooing',
    patterns: [
      'taken|took|take|takes|taking over * [*] flat|house|home|address|property',
      'dealers|dealer|gang|olders|line [are|were|is|was|have|has] [been] using|used|use|uses * [*] flat|house|home|address|property',
      `${ADULTS} [are|were|is|was|have|has] [been] using|used|use|uses * [*] flat|house|home|address|property to|as|for`,
    ],
    requiresNear: [
      DRUGS,
      'deal|dealing|deals|sell|selling|store|storing|stash|trap|cuckoo|cuckooed|cuckooing|supply|supplying|dealers|dealer|gang|olders|line',
    ],
    // Not the council or a landlord taking a flat back ("The council took over the flat after the dealers were evicted").
    // Review 22b I10: the council or landlord must be the one taking it; most cuckooed homes are council or rented flats
    // ("Dealers are using his council flat to sell drugs").
    unlessNear: ['council|landlord|association took|takes|taken|taking over|back', 'evicted|eviction|repairs|closure|lease'],
    window: 8,
  },
  // Drugs inside the body: "had drugs packed inside his body", "has drugs hidden internally".
  {
    code: 'go_internal_concealment',
    patterns: [
      `${DRUGS} [*] packed|hidden|concealed|stuffed|plugged|inserted|stored|carried internally`,
      `${DRUGS} [*] packed|hidden|concealed|stuffed|plugged|inserted|stored|carried inside|in her|his|their body|bottom|rectum|anus|vagina|stomach`,
    ],
  },
  // A change in behaviour: "Theo's behaviour changed suddenly", "the change in Mia's behaviour".
  {
    code: 'ep_change_in_behaviour',
    patterns: [
      'behaviour|presentation|demeanour|personality has|had [*] changed|altered suddenly|dramatically|markedly|completely|significantly|overnight',
      'behaviour|presentation|demeanour|personality changed|altered suddenly|dramatically|markedly|completely|significantly|overnight',
      // Review 22a I16: "presentation" needs the person ("a change in the presentation of the report" is a document).
      'change|changes in * behaviour|demeanour|personality',
      'change|changes in her|his|their presentation',
    ],
    unlessNear: ['policy|policies|plan|plans|management|support|team|chart|points|system|medication|diagnosis'],
    window: 3,
  },
  // A parent's psychosis: "his dad hears voices".
  {
    code: 'fa_parental_mental_health',
    patterns: ['hears|hearing voices'],
    requiresNear: ['mum|dad|mother|father|parent|stepdad|stepmum|stepfather|stepmother'],
    window: 3,
  },
  // Offers made online, the app named first: "a man on TikTok offered her work and a place to stay", "if anyone on the
  // app offers Becky work".
  {
    code: 'te_online_offers',
    patterns: [`${APPS} [account|profile|user|page] offered|offers|offering * [a|an] [*] work|job|jobs|room|place|money|cash|modelling|bed|shifts`],
    unlessNear: [FAMILY, 'school|parents|college|council|nhs|gp|surgery|university|library|charity|employer|agency'],
    window: 4,
  },
  // Round 22, tuning-set families (fresh16 to fresh21).
  // An account used by others, the child named: "Harvey's account was used to move £4,000", "large sums going in and
  // out of her Monzo account".
  {
    code: 'rg_bank_account_used',
    patterns: [
      'account|accounts was|is|were|are|has|have|had [been] used to move|launder|transfer|receive|hold|send',
      // Review 22a I15: "used to receive her wages" is what an account is for (see unlessNear).
      'going|goes|went|gone|coming|comes|came in and out of [her|his|their] [*] [bank] account|accounts',
    ],
    unlessNear: [
      FAMILY,
      "business|company|charity|council|school|club|business's|company's|charity's|council's|school's|club's",
      'wages|wage|salary|benefits|benefit|pay|payslip|payslips|universal|maintenance|allowance|bursary|savings|pocket|loan|pip|dla|earnings',
    ],
    window: 6,
  },
  // Drugs on the men's terms: "depends on the heroin the men supply", "needs crack from the men", "only gets her weed if
  // she does what they say".
  {
    code: 'ad_supply_controlled',
    patterns: [
      `depends|relies|dependent|reliant on|upon [the] ${HARD_DRUGS}|drugs|gear [that|which] [the|her|his] men|man|olders|adults|boyfriend|dealers|dealer|they supply|supplies|give|gives|provide|provides`,
      `needs|need|needed ${HARD_DRUGS}|drugs|gear from [the|her|his] men|man|olders|adults|boyfriend|dealers|dealer`,
      // Review 22a I4: "gear" alone may be kit ("only gets his gear when he goes to training"), and a bare "they" or
      // "he" deciding "when she gets it" may be carers with her phone; those need drugs near (the entry below).
      `only gets|get|got [her|his|their|the] ${HARD_DRUGS}|drugs if|when`,
      'men|olders|dealers|dealer decide|decides|decided when she|he|they gets|get|got it',
    ],
  },
  {
    code: 'ad_supply_controlled',
    patterns: ['only gets|get|got [her|his|their|the] gear if|when', 'they|he decide|decides|decided when she|he|they gets|get|got it'],
    requiresNear: [`${HARD_DRUGS}|drugs|dealer|dealers|dealing|supply|supplies|supplied|owes|debt`],
    window: 10,
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
  // Standing up for the men: "defends the older boys", "the olders are alright", "says the man is lovely and did
  // nothing wrong".
  {
    code: 'da_protects_abusers',
    patterns: [
      'defends|defended|defending the|her|his [older] boys|lads|group|gang|men|man|adults',
      // Review 22a I3: "her boyfriend is lovely" or "the man is alright" alone is no defence of abusers; the men as a
      // group, or one man called safe or harmless, is. "done nothing wrong" needs the men as subject, not the child
      // ("she says she has done nothing wrong") or the worker's reassurance ("I told her she had done nothing wrong").
      'the|her|his olders|men are|is alright|safe|sound|lovely|kind|nice|fine|good|harmless [people|guys|lads]',
      'the|her|his man|boyfriend is|was safe|harmless',
      'olders|men|man|boyfriend|lads|they [*] [*] [*] [*] did|has|have|had done nothing wrong',
      'olders|men|man|boyfriend|lads|they [*] [*] [*] [*] did nothing wrong',
    ],
    requiresNear: ['says|said|insists|insisted|thinks|believes|believed|claims|claimed|told|feels|describes|described|defends'],
    // Not a professional's or a parent's view ("The police officer said the man did nothing wrong"); a heading
    // ("Police:", "Social worker:") is the note's source and vetoes nothing.
    unlessNear: [
      `police|officer|officers|court|judge|staff|teacher|worker|${FAMILY} says|said|thinks|thought|believes|believed|told|insists|insisted|confirmed|found|concluded`,
    ],
    window: 6,
  },
  // Driven between towns: "men drive her between Corrowby and Stavenholme", "a man drove her from Oxtree to
  // Brackenford".
  {
    code: 'am_moved_by_others',
    // Review 22a I5: "took" needs a person taken ("a man took £20 from her purse" is theft).
    patterns: [
      `${ADULTS}|olders|lads drive|drives|drove|driving|ferry|ferries|ferried * between|from`,
      `${ADULTS}|olders|lads take|takes|took her|him|them between|from`,
    ],
    unlessNear: [FAMILY, 'school|college|taxi|escort|contact|placement|appointment|appointments|hospital|home|work|shift|club|training'],
    window: 6,
  },
  // Her location under watch: "the men track Shannon's phone", "has to send the men his location every hour".
  {
    code: 'te_location_tracked',
    patterns: [
      // Review 22a I2: a bare "they checked the phone" is often the police with a seized phone; "they" only tracks.
      `${ADULTS}|olders|lads|boyfriend|they track|tracks|tracked|tracking * phone|location`,
      `${ADULTS}|olders|lads|boyfriend check|checks|checked * phone|location`,
      'send|sends|sent|sending|share|shares|shared|sharing the|her|his men|man|olders|lads|boyfriend her|his|their location',
      // Review 22a I2: the person sent to is required ("has to share her location with mum" is a parent's rule).
      'has|have|had to send|share [the] men|man|olders|lads|boyfriend|them|him her|his|their location',
      'has|have|had to send|share her|his|their location with|to [the|her|his] men|man|olders|lads|boyfriend|them|him',
    ],
    // Not a parent's or a carer's safety check ("Dad tracks her phone with Life360"); a heading ("Mum:") vetoes nothing.
    unlessNear: [
      `${FAMILY}|school|police|staff track|tracks|tracked|tracking|check|checks|checked|checking`,
      'safety|plan|life360|agreed|agreement|consent|parental|controls',
    ],
    window: 8,
  },
  // Taken to a hotel: "the adults drove Bella to a hotel", "was taken to a hotel by men".
  {
    code: 'go_taken_to_parties',
    patterns: [
      `${ADULTS}|olders|lads drove|drive|drives|took|take|takes * to a|the hotel|hotels|party|parties|flat|flats`,
      `taken|driven to a|the [*] hotel|hotels|party|parties by [the|some|older|two|three|several] [older] ${ADULTS}|olders|lads`,
    ],
    unlessNear: [
      `${FAMILY}|staff|police|officers drove|drive|drives|took|take|takes`,
      `by [her|his|their] ${FAMILY}|staff|school`,
      'school|college|hospital|placement|holiday|trip|birthday|wedding|family',
    ],
    window: 6,
  },
  // "attends adult parties" (written "attends to ..." it never matched); not a family or birthday party.
  {
    code: 'go_taken_to_parties',
    patterns: ['attends|attended|attending [*] adult|adults|house|older parties|party'],
    unlessNear: ["birthday|16th|18th|21st|friend's|friend’s|neighbour's|neighbour’s|aunt|family|sleepover|prom|supervised|cousin's|school|church"],
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
  // "missing from the children's home", "missing from her foster placement": the place named in between.
  {
    code: 'am_missing',
    patterns: ["missing from [the|her|his|their] [*] children's|residential|foster|care home|homes|placement|unit|hostel"],
    unlessNear: ['log|logs|coordinator|coordinators|report|reports|team|officer|officers|co-ordinator|protocol|policy|procedure'],
    window: 2,
  },
  // An image passed round a year group or a chat is bullying ("a sexual image of her was shared around Year 10 on
  // WhatsApp", "a picture of her was passed round the whole year group"; four tuning-set lines).
  {
    code: 'te_online_bullying',
    patterns: [
      'image|images|photo|photos|picture|pictures|video|videos|pics|pic|nudes of * [has|have|is|are|was|were] [been|being] shared|passed|circulated|spread|sent|posted round|around|across|on|in|through',
    ],
    requiresNear: ['year|years|school|class|classes|group|chat|chats|pupils|students|everyone|whatsapp|snapchat|instagram|tiktok|estate|friends|form'],
    unlessNear: [FAMILY, "man|man's|men|adult|adult's|police|officers|evidence|court|ceop|birthday|wedding|holiday|celebrate|celebrating|proud"],
    window: 6,
  },
  // A kitchen knife carried, not one used for cooking ("a cut from a kitchen knife while cooking tea").
  {
    code: 'go_carrying_weapons_money',
    patterns: ['kitchen knife|knives'],
    // Review 22b I13: not "drawer" or "tea" on their own ("took a kitchen knife from the drawer and went out").
    unlessNear: ['cooking|cooked|cook|chopping|chopped|meal|accident|accidentally|bread|cutlery', 'making|made|cooking|having tea|dinner'],
    window: 8,
  },
  // A man who says he is a relative collecting the child; bringing the child into the country is the unaccompanied
  // migrant's sign ("Arrived in the UK with a man who said he was his uncle"; two tuning-set lines).
  {
    code: 'go_unknown_adults_collect',
    patterns: ['a|an man|woman|adult who said|claimed|says [that] he|she was|is her|his uncle|cousin|brother|dad|father|aunt|sister|relative'],
    // Review 22b I4: a border or country word, not a bare "arrived" or "travelled" ("arrived at the school and collected her").
    unlessNear: ['uk|country|england|britain|wales|scotland|border|airport|port|lorry|asylum|dover|heathrow|gatwick|stansted|calais'],
    window: 10,
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
  // Back in the small hours: "coming home at three or four in the morning", "returned at 06:30", "stayed out until 03:00".
  {
    code: 'am_staying_out_late',
    patterns: [
      'at|until|till|gone|after two|three|four|five [or] [three|four|five|six] in the morning',
      'returned|returns|back|home|in|out|came|comes|stayed|stays at|until|till 01|02|03|04|05|06 00|05|10|15|20|25|30|35|40|45|50|55',
    ],
    // Not the return from a missing episode (that sign), or an early start.
    // Review 22c: nor a child up late at home (gaming, on the phone, unable to sleep).
    unlessNear: [
      'hospital|ward|flight|airport|holiday|work|alarm|woke|wakes|breakfast|paper|round|missing|episode|mfh|absconded|awol',
      'xbox|playstation|ps5|gaming|games|phone|sleep|asleep|awake|bed|online',
    ],
    window: 8,
  },
  // A drugs charge far from home: "charged with supplying heroin in Cromer, far from his home", "charged with supplying
  // crack cocaine in Stavenholme, a town where he has no family".
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: [`arrested|charged|caught|convicted|stopped for|with supplying|dealing|selling|supply|possession [*] [*] [*] in|at *`],
    // Review 22c: not "away" ("a few minutes away from his home", "sent away"), nor an arrest at school or nearby.
    requiresNear: ['far|miles', 'no family|links|link|connection|connections|ties', 'where he|she|they has|have no'],
    unlessNear: ['minutes|minute|walk|local|nearby|school|college|corner'],
    window: 10,
  },
  // Round 31: a drug arrest in a named place that is not a known town ("arrested for supplying crack in Kings Lynn",
  // "arrested for drugs in Cornwall", "charged with drug offences in Margate") or "away from home" is the out-of-area
  // arrest, as the tuning sets annotate nearly every one (fresh30: three lines read as a plain arrest). The word after
  // "in" must be a place: not a time, a setting or a determiner (cues inside the match only, window 0).
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: [
      `arrested|charged|caught|detained|convicted for|with supplying|supply|dealing|selling|possession|pwits|pwitsd|drugs|drug|${HARD_DRUGS} [*] [*] [*] in *`,
    ],
    unlessNear: [
      `in 19*|20*|${MONTHS}|${WEEKDAYS}|summer|spring|autumn|winter|school|college|class|custody|court|care|prison|town|public|front|possession|connection|relation|breach|the|a|an|his|her|their|my|this|that|its|one|two|which|what|order|total|person`,
      // Review 31: nor the home area, a school year or lesson, or a hand ("in our town", "in Year 9", "in maths").
      'in our|your|year|years|lesson|lessons|maths|english|science|pe|assembly|detention|hand|uniform',
      // Round 32: nor a shop or a chain named after "in" ("arrested for possession in Tesco", "in McDonald's").
      "in tesco|asda|aldi|lidl|morrisons|sainsbury's|sainsburys|waitrose|co-op|spar|primark|boots|argos|greggs|mcdonald's|mcdonalds|kfc|subway|wetherspoons|poundland|superdrug|currys|iceland",
    ],
    unlessNearAcross: OWN_PLACE,
    unlessNearAcrossWindow: 1,
    window: 0,
  },
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: ['arrested|charged|caught|detained|stopped [*] [*] [*] [*] away from home|placement'],
    requiresNear: [DRUGS, 'pwits|pwitsd|supply|supplying|possession|intent|dealing|county|line|lines'],
    // Review 31: not a stop where nothing was found ("stopped away from home, no drugs were found").
    unlessNear: ['no|without [any] drugs|substances|cannabis|weed', 'nothing found|on|was|were'],
    window: 8,
  },
  // Back to the man who trafficked her: "Kemi returned to the man who trafficked her", "the men keep calling Shannon back
  // and she always goes".
  {
    code: 'da_controlled_return',
    patterns: [
      'returned|returns|returning|went|goes|gone|ran back to the|her|his man|men|adults|abuser|abusers|trafficker|traffickers [who] [had] trafficked|exploited|abused|groomed',
      'returned|returns|returning to the|her|his man|men|adults|abuser|abusers|trafficker|traffickers [who] [had] trafficked|exploited|abused|groomed',
      `${ADULTS}|olders|lads|dealers|they keep|keeps|kept calling * back`,
    ],
    // Review 22c: not services calling the writer or family back ("they keep calling me back about the referral").
    unlessNear: [
      'me|us|office|school|college|referral|appointment|interview|interviews|meeting|times|station|police|court',
      // Review 23B: a parent going back to her abuser ("Mum went back to the man who abused her").
      'mum|mother|dad|father|stepmum|stepdad|nan|gran|aunt|sister|brother returned|returns|returning|went|goes|gone|ran',
    ],
    window: 4,
  },
  // Made or asked to carry or keep things for others: "asked to carry anything for the lads", "the olders made him hold a
  // bag", "was made to keep knives at his nan's flat".
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'asked|asks|made|makes|forced|told|pressured to carry|hold|stash|hide|move|drop anything|things|stuff|bags|packages|parcels|a|the',
      'asked|asks|made|makes|forced|told|pressured * to carry|hold|stash|hide|move|drop anything|things|stuff|bags|packages|parcels|a|the',
      'made|makes|forced * carry|hold|stash|hide|move anything|things|stuff|bags|packages|parcels|a|the',
    ],
    requiresNear: ['lads|olders|older|men|man|boys|gang|line|dealers|dealer|them|they|anyone|someone|bag|package|parcel|packages|parcels'],
    // Not chores or errands, an offer online (te_online_offers), or a weapon (go_carrying_weapons_money).
    unlessNear: [
      FAMILY,
      'shopping|school|homework|luggage|suitcase|suitcases|teacher|teachers|coach|kit|chair|chairs|table|tables|boxes|furniture|trip|offered|offer|offers',
      WEAPON,
      // Review 22c: "asked to move the meeting", "asked to hold the baby", "pressured her to drop the charges".
      'meeting|meetings|appointment|review|session|date|baby|charges|charge|complaint|statement|door|car|line|hand|hands|placement|bruises|letter|letters|office',
    ],
    window: 6,
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      `made|forced|told|asked|pressured * [*] to keep|hold|hide|stash|carry|store ${WEAPON}|cash|money`,
      `made|forced|told|asked|pressured to keep|hold|hide|stash|carry|store ${WEAPON}|cash|money`,
    ],
    unlessNear: ['shopping|school|lunch|pocket|savings|bank|trip|dinner|safe|office|staff|worker|aside|bus'],
    window: 4,
  },
  // Work for a pittance or nothing: "paid £10 a day at a farm", "working 14-hour shifts for £20 a day", "never gets
  // paid", "works at the car wash every day after school for nothing".
  {
    code: 'rg_unpaid_work',
    patterns: [
      'paid|pays|earns|earning|gets|given [only|just] * a|per day|shift',
      // Review 22c: "a week" only for a sum under 100 ("paid £20 a week"; "earns £300 a week at the warehouse" is a wage).
      `paid|pays|earns|earning|gets|given [only|just] ${SMALL_SUM} a|per week`,
      '10-hour|11-hour|12-hour|13-hour|14-hour|15-hour|16-hour|18-hour shifts|shift|days|day',
      'never gets|get|got|been paid',
      'works|worked|working [*] [*] [*] [*] [*] [*] [*] [*] for nothing|free',
    ],
    requiresNear: [
      'farm|farms|car|wash|nail|nails|bar|factory|cleaning|houses|shifts|shift|hours|hour|labour|nrm|boss|landlord|grow|kitchen|takeaway|restaurant|site|warehouse|works|work|working',
    ],
    unlessNear: [
      FAMILY,
      'pocket|paper|round|babysitting|saturday|apprentice|apprenticeship|minimum|contract|part-time|volunteer|volunteering|volunteers|charity|doctor|nurse|nhs',
      // Review 22c: the staff's own shifts ("the unit staff work 12-hour shifts").
      'staff|unit|ward|carers|officers|police|nurses|exam|exams|revising|revision|studying|homework',
    ],
    window: 8,
  },
  // A price named: "has £200 trainers", "wearing a £600 jacket" (the amount is one token starting with a digit).
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      `has|had|got|wearing|wears|wore|owns|with [a|an|new] ${PRICE} [designer|new|pound] trainers|jacket|jackets|coat|coats|watch|chain|chains|necklace|bag|handbag|perfume|hoodie|tracksuit|shoes|airpods|headphones|earrings|ring|bracelet|clothes|outfit|sunglasses|belt|wallet|purse|iphone`,
    ],
    unlessNear: [
      ...EXPLAINED_CUES,
      'phone|mobile number|numbers|contract|sim',
      'pairs|pair|sizes|size|years|months|weeks|days|items|old',
      // Round 23 (left from round 22): a count is not a price ("has 12 earrings"); a sum under 50 is no sign either way.
      `has|had|got|owns|wears|wearing|with ${range(2, 49).join('|')} [designer|new] trainers|jackets|coats|watches|chains|necklaces|bags|earrings|rings|bracelets|clothes|outfits`,
    ],
    window: 8,
  },
  // ---- Round 23 (fresh22, tuned on after it had judged round 22, with the other tuning sets) ---------------------------
  // A place to stay or to spend time, offered by adults to a named child or to other children ("the men offered Carly a
  // room", "the older lads give Tyler a room at their flat", "adults let Rosie stay over", "older lads let the boys use
  // a flat", "there is always free drink and food at the flat", "where the vodka is free").
  {
    code: 'rg_accommodation_offered',
    patterns: [
      'offered|offers|offering|gave|give|gives|giving * [*] a|the room|bed|sofa',
      'let|lets|letting * [*] [*] use a|the|their|his|her flat|house|place|garage|room|address',
      'let|lets|letting * [*] drink|smoke [and] [drink|smoke] for free',
      `free drink|drinks|food|${ALCOHOL}|weed|cannabis [and] [drink|drinks|food|${ALCOHOL}|weed|cannabis] at|in the|a|their|his flat|house|address|place`,
      `where the drink|drinks|food|${ALCOHOL}|weed|cannabis is|are [always] free`,
    ],
    requiresNear: [ADULTS, 'older|olders|lads|boyfriend|landlord'],
    // Not services, staff or a friend's family ("the council offered her a room", "staff let her stay up"), not a room
    // given to an adult ("gave the man a bed on the ward"), not a garage or an address for storage or post.
    unlessNear: [...SERVICE_STAY_VETOES, 'storage|post|mail|letters|parcels|parking'],
    window: 8,
  },
  // Leave to stay at a place (a flat, a house, overnight) given to a child, not to the man or the tenants, and not to
  // stay for an event ("the adults let the children stay and watch the fireworks"), not leave to hang around.
  {
    code: 'rg_accommodation_offered',
    patterns: ['let|lets|letting|allowed|allows * [*] [*] [*] stay|sleep|crash'],
    requiresNear: ['flat|flats|house|address|place|trap|over|overnight|night|nights|weekend|weekends|free'],
    unlessNear: [...SERVICE_STAY_VETOES, 'allowed|allows|allowing to stay|sleep|crash'],
    window: 8,
  },
  // Free rent from a man, not from an employer or a landlord for work ("free rent in return for work on the house").
  {
    code: 'rg_accommodation_offered',
    patterns: ['free rent'],
    requiresNear: [ADULTS, 'older|olders|boyfriend'],
    unlessNear: [FAMILY, 'employer|employers|job|work|working|landlord|tenant|tenants'],
    window: 8,
  },
  // Moved round or between places by others: "being moved round hotels by the group", "moved between Marrowgate and
  // Saltenby by the men", "driven to hotels in Leeds and Bradford", "moving the girl on to another city", "taxis taking a
  // 14-year-old from Oldham to Manchester".
  {
    code: 'am_moved_by_others',
    patterns: [
      'moved|moving|driven|taken|ferried|passed round|around|between [different] hotels|towns|cities|addresses|flats|houses|areas',
      'moved|moving|driven|ferried between * and',
      'driven|taken|moved|ferried to hotels|addresses|flats|houses in * and',
      'moving|moved|move|moves * [*] on to another|other|a|different city|town|area|address|country',
      'taxis|taxi|ubers|uber|cars|car taking|took|takes|driving|drove|drives * [*] from * to',
    ],
    unlessNear: [
      FAMILY,
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|placements|staff|carer|carers|foster|escort|court|home|homes|house|move|removal|removals|furniture|hostel|refuge',
      // Review 23B: the police, a team's or club's trip, housing, a vehicle or an adult driven.
      'by [the] police|officers',
      'team|squad|tournament|tour|club|drive-along|housing|eviction|evicted|safety',
      'man|woman|lorry|lorries|van|vans|vehicle|driver was|were|is driven',
      // Review 28: a pet ("The cat moved between houses on the street").
      'cat|cats|dog|dogs|kitten|puppy|hamster|rabbit|tortoise|pet|pets',
    ],
    window: 8,
  },
  // Unknown adults who come for a named child: "a man in a silver car collects Keeley from the bus stop", "if a man
  // turns up at the college to collect Precious", "men nobody at the children's home knows come to collect him".
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `${ADULTS}|someone|somebody in|with a|an [*] [*] ${VEHICLE}|${CAR_MAKES} collects|collected|collecting|collect|picks|picked|picking|pick *`,
      `${ADULTS}|someone|somebody [has|have|had|keeps|kept] turns|turned|turn|turning|comes|came|come|coming|arrives|arrived|arrive [up] [at] [the] [*] [*] to collect|pick *`,
      'men|adults|man nobody|no-one [*] [*] [*] [*] knows|know|recognises|recognised come|comes|came to collect|pick',
    ],
    // A person collected, not goods ("collects rubbish", "came to collect the sofa").
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'council|transport|escort|social|worker|workers|carer|carers|foster|arranged|booked|contact|minibus|coach',
      // Round 24 (left from round 23): staff who collect, not staff who act on it ("If a man turns up at the college to
      // collect Precious, staff will ring 999").
      'staff member|members',
      'member|members of staff',
      'staff came|come|comes|arrived|arrive|arrives|went|go|goes to collect|pick',
      'collect|collects|collected|collecting|pick|picks|picked|picking the|a|an|some|his|their|its|rubbish|bins|parcel|parcels|post|money|rent|keys',
      // Review 23B: goods after "up" or a possessive ("came to pick up Kai's old bike", "picks up drugs").
      'pick|picks|picked|picking up the|a|an|some|his|their|its',
      'collect|collects|collected|collecting|pick|picks|picked|picking [up] [*] [*] bike|bikes|dog|dogs|cat|things|belongings|stuff|bag|bags|laptop|drugs|food|shopping|furniture|sofa|parcel|parcels|rubbish|keys|money|rent',
    ],
    window: 8,
  },
  // Straight back to where the exploitation happens after a return: "went back to the trap house", "went back to the flat
  // within an hour of being brought home", "back at the flat within hours of every return".
  {
    code: 'da_controlled_return',
    patterns: [
      'went|goes|go|gone|going|ran|runs|returned|returns|returning back to the|a trap|crack house|houses',
      'went|goes|go|gone|going|ran|runs|returned|returns|returning back to the|a traphouse|traphouses|trap-house',
    ],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'within minutes|hours|an|a hour|day of being returned|brought|taken|dropped|collected home|back',
      'within minutes|hours|an|a hour|day of every|each return|returning|being',
    ],
    // Gone again: not "home within an hour of being dropped back by her dad".
    requiresNear: ['went|goes|go|gone|going|ran|runs|run|left|leaves|leave|leaving back|out|missing|off|again'],
    unlessNear: [
      FAMILY,
      // Review 23B: an ordinary outing after the return ("went back to school", "went off to bed", "went out to see friends").
      'went|goes|go|gone|going|ran|runs|run|left|leaves|leave|leaving back|off|out to school|college|bed|sleep|work|see|play|training|lessons',
    ],
    window: 10,
  },
  // Sex with an adult named by age or role, the partner inside the finding ("sex with her friend's 19-year-old brother",
  // "sexual contact with her mum's lodger", "intercourse with a male believed to be in his mid-twenties", "UPSI"), so
  // that the lodger is not also an adult in the household.
  {
    code: 'sh_sexual_activity',
    patterns: [
      `sex|intercourse|upsi with [a|an|the|her|his] [*] [*] ${ADULT_YEAR_OLD}`,
      // One partner: "sexual contact with five different men" is many partners.
      `sexual activity|contact|intercourse with [a|an|the|her|his] [*] [*] ${ADULT_YEAR_OLD}|man|male|adult`,
      'intercourse|upsi with a|an man|male|adult',
      // Review 23B: not a bare "UPSI" (a peer, a parent, a clinic visit).
    ],
  },
  // Review 23B: a lodger, not a parent's ("Mum had sex with the lodger" leaves the lodger an adult in the household).
  {
    code: 'sh_sexual_activity',
    patterns: [
      'sex|intercourse|upsi with [a|an|the|her|his] [*] [*] lodger',
      'sexual activity|contact|intercourse with [a|an|the|her|his] [*] [*] lodger',
      'lodger had|has|have sex|intercourse with',
      'lodger had|has|have sexual activity|contact|intercourse with',
    ],
    unlessNear: ['mum|mother|dad|father|stepdad|stepmum had|has|having|was|is sex|intercourse', 'with [her|his] mum|mother|dad|father'],
  },
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

  // ---- Round 24 (fresh23, newly a tuning set): families of wording the spotter missed ----------------------------------
  // Where the child sleeps that nobody knows: "stays at an address we dont know", "is staying somewhere nobody knows",
  // "might be staying at an address in Oldham" (an address, not a named relative's house).
  {
    code: 'am_unknown_address',
    patterns: [
      "sleeping|staying|stays|sleeps|slept|stayed|stopping|stops [out] at [an|a|the] address|addresses|flat|flats|house|houses|place|places [in|around] [*] [that] we|i|staff|carers|police dont|don't|don’t|didnt|didn't|doesnt|doesn't know",
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops [out] at [an|a|the] address|addresses|flat|flats|house|houses|place|places [in|around] [*] [that] we|i|staff|carers|police do|does|did not know',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops [out] at [an|a|the] address|addresses|flat|flats|house|houses|place|places [in|around] [*] [that] nobody|no-one knows',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops somewhere|anywhere [that] nobody|no-one knows|know',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops somewhere [that] no one knows|know',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops at an|various|different|unknown address|addresses in|around *',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      "dad's|dad’s|mum's|mum’s|father's|father’s|mother's|mother’s|perpetrator's|perpetrator’s|suspect's|suspect’s",
      'hostel|hotel|placement|refuge|council|temporary|emergency|bnb|supported|housing|friend|friends|known|agreed|approved|checked|visited',
      // Review 24-1: an address arranged for the child, a trip's, or a man's known to police ("an address in Bolton
      // arranged by his social worker", "with her youth group on the residential", "has been bailed").
      'arranged|provided|authority|social|worker|residential|youth|trip|bailed|confirmed',
    ],
    window: 8,
  },
  // Low mood said with an intensifier: "he is really low, stays in his room crying", "her brother is very low". Not a low
  // risk, level, attendance or battery.
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    // Review 24-1: a person or a mood that is low, not a reading age, a BMI or staffing ("His literacy is very low").
    patterns: [
      "she|he|they|she's|he's|they're|mood|spirits [has|had|have] is|was|are|were|seems|seemed|looks|looked|been|appears|appeared really|very|so|quite|extremely low",
      'feels|felt|feeling really|very|so|quite|extremely low',
      "she's|he's|they're|shes|hes|theyre [been] really|very|so|quite|extremely low",
      // Round 26: a verb of seeming is about a person whoever the subject ("the boy looked really down", "seems very low").
      'seems|seemed|looks|looked|appears|appeared really|very|so|quite|extremely low|down',
    ],
    unlessNear: [
      'risk|risks|level|levels|attendance|battery|credit|priority|threshold|income|grades|grade|marks|score|scores|numbers|number|count|iron|sugar|blood|pressure|temperature|stock|supply|supplies|budget|cost|price|key|profile|concern|concerns|intensity|impact|energy|ability',
      'on credit|money|food|battery|data',
      // Review 26: a pet, now that a verb of seeming is about whoever the subject is ("the dog looked really down").
      'dog|dogs|cat|cats|puppy|pet|pets|horse|pony',
    ],
    window: 3,
  },
  // ... a relative named just before, outside the finding so that ConText sees who ("her brother is very low").
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['is|was|seems|seemed|looks|looked|been|appears|appeared really|very|so|quite|extremely low'],
    requiresNear: ['brother|sister|mum|mam|dad|mother|father|nan|gran|aunt|auntie|uncle|cousin|stepdad|stepmum'],
    window: 1,
  },
  // Tired all the time in slang: "shattered all the time", "knackered every day", "constantly worn out".
  {
    code: 'ep_exhaustion',
    patterns: [
      'shattered|knackered|drained constantly',
      'shattered|knackered|drained all the time',
      'shattered|knackered|drained every|most day|days',
      'worn out constantly',
      'worn out all the time',
      'worn out every|most day|days',
      'always|constantly shattered|knackered|drained',
      'always|constantly worn out',
    ],
    // Review 24-1: tiredness with its reason ("knackered every day after football training").
    unlessNear: ['training|football|gym|sport|sports|match|matches|paper|swimming|practice|revision|exams|shift|shifts|baby|gcses'],
    window: 8,
  },
  // Cut off from the people around: "has cut off from his old friends", "cutting off from her family".
  {
    code: 'ep_isolated',
    patterns: ['cut|cuts|cutting off from [all] [of] [her|his|their] [old|usual|school|former|close] friends|mates|peers|family|friendship'],
    // Review 24-1: not cutting off from peers who exploit him, which is protective.
    unlessNear: ['protective|positive|involved|dealing|drugs|gang|exploited|exploiting|exploitation|influence|offending'],
    window: 10,
  },
  // Calls that frighten: "gets calls at night that scare him", "gets messages that frighten her".
  {
    code: 'te_worrying_calls',
    patterns: [
      // Review 24-1: not messages that upset ("after falling out with her best friend", "about his grandad").
      'gets|getting|got|receives|receiving|received calls|messages|texts [late] [at] [night] that|which scare|scares|scared|frighten|frightens|frightened|terrify|terrifies|terrified',
    ],
  },
  // An adult in messages, named by age: "messages from a 40 year old man on her son's Xbox", "an adult was messaging the
  // 12 year old on the game".
  {
    code: 'te_adults_contact_online',
    patterns: [
      `messages|messaging|texts|chats|snaps from|with a|an ${ADULT_AGES} year|yr old man|men|male|woman|adult`,
      `messages|messaging|texts|chats|snaps from|with a|an ${ADULT_AGES} year-old|yr-old man|men|male|woman|adult`,
      'adult|adults|man|men|stranger|strangers was|were|is|are|has|have|had [been] messaging|contacting|texting|snapchatting|grooming her|him|them|children|kids|girls|boys',
      'adult|adults|man|men|stranger|strangers was|were|is|are|has|have|had [been] messaging|contacting|texting|snapchatting|grooming the|a child|girl|boy',
      'adult|adults|man|men|stranger|strangers was|were|is|are|has|have|had [been] messaging|contacting|texting|snapchatting|grooming the|a 10|11|12|13|14|15|16|17 year|yr|year-old|yr-old',
    ],
    // The sender in the family or a professional ("messages from a 40 year old man, her dad"), not who found them.
    unlessNear: [
      'her|his|their dad|father|uncle|brother|grandad|stepdad|cousin|teacher|coach',
      'teacher|coach|worker|staff|police|officer|officers',
      // Review 24-1: a relative messaged, or a club's group chat ("messaging her mum about the car").
      'her|his|their mum|mother|mam|nan|gran|aunt|sister|wife|partner',
      'youth|club|trip',
    ],
    window: 6,
  },
  // Meeting someone known only online: "met a man he knew from Discord", "went to meet someone she knows from Snapchat".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meet|meets|meeting [up] [with] [a|an|the] [older] man|men|adult|adults|stranger|someone|somebody|boy|lad|girl [*] [she|he|they] [had] knew|knows|know|met from|on|through|via ${APPS}`,
    ],
  },
  // Made to work: "was forced to work in a restaurant", "working in a nail bar without pay".
  {
    code: 'rg_unpaid_work',
    patterns: ['forced to work', 'forced into work|labour|labor'],
    // Review 24-1: a school sanction or staff shifts ("forced to work in isolation", "forced to work longer shifts").
    unlessNear: ['homework|coursework|harder|together|quickly|overtime|isolation|staff|longer|shifts|strike|detention', 'from home'],
    window: 3,
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['without pay|wages|payment', 'without being paid'],
    requiresNear: ['work|works|worked|working|job|shifts|shift|labour|bar|wash|takeaway|restaurant|farm|factory|shop'],
    // Review 24-1: also sent home or off work ("sent home from work without pay after turning up late").
    unlessNear: [
      'suspended|suspension|leave|volunteer|volunteers|volunteering|volunteered|charity|experience|placement|internship|trial|sent|off|late|sick|operation',
    ],
    window: 8,
  },
  // Someone else using the child's card: "let someone use his bank card for £200", "lent his bank card to an older lad".
  {
    code: 'rg_bank_account_used',
    patterns: [
      `let|lets|letting|allowed|allows|allowing * [*] [*] use|using|borrow|have ${HER} bank|debit card|account|details`,
      `let|lets|letting|allowed|allows|allowing * [*] [*] use|using|borrow|have ${HER} card|account`,
      `lent|lends|lend|lending|gave|gives|give|giving|handed|hands ${HER} bank|debit card|account|details to`,
      // Review 24-1: not details given to a receptionist or a card handed to a cashier; lent only.
      `lent|lends|lend|lending ${HER} card|account|details to`,
    ],
    unlessNear: [
      FAMILY,
      'library|loyalty|rail|railcard|bus|oyster|student|gift|birthday|sim|report|game|games|football|sticker|stickers|lunch|pin',
      'cashier|till|receptionist|reception|officer|appointment|minecraft|roblox|fortnite|fifa|xbox|playstation|netflix|spotify|steam',
    ],
    window: 6,
  },
  // An ID or papers taken by others: "his ID was taken by the men", "her visa is held by the boss".
  {
    code: 'da_documents_held',
    patterns: [
      `${HER} id|ids|visa|visas|papers|documents|passport|passports [card|cards] [was|were|is|are|has|have|had] [been] taken|held|kept|confiscated|withheld|removed by [a|an|the] [*] man|men|adult|adults|male|males|boss|employer|people|someone|somebody|agent|trafficker|traffickers|them|him|olders|gang|group`,
    ],
    // Review 24-1: a fake ID taken on the door, or papers kept safe for a claim, as in the entry above.
    unlessNear: [
      'fake|door|doorman|bouncer|bouncers|security|club|pub|bar|underage',
      "solicitor|solicitor's|solicitors|lawyer|lawyers|agreement|consent|request|safekeeping|renewal|application",
    ],
    window: 10,
  },
  // Back in a taxi someone else paid for: a return arranged by the people the child was with.
  {
    code: 'da_controlled_return',
    patterns: [
      'in|by a|an taxi|cab|uber|car [that] someone|somebody [else] paid|pays|booked|books|ordered|orders|sent|sends [for]',
      'in|by a|an taxi|cab|uber paid|booked|ordered|sent for|by someone|somebody|a|an|the|unknown|older',
    ],
    unlessNear: [FAMILY, 'staff|carer|carers|social|worker|council|school|police|escort|placement|home|mum|dad|college|hospital|unwell|ill|appointment'],
    window: 8,
  },
  // Dropped off by adults in a car, without "off": "keeps getting dropped at the rank by older blokes in a BMW".
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      'dropped|drops|dropping at * [*] [*] [*] by [a|an|two|three|several|some|the] older|unknown man|men|male|males|adult|adults|bloke|blokes|lads|guys|strangers',
      'dropped|drops|dropping [off] [*] [*] [*] [*] by [a|an|two|three|several|some|the] [older|unknown] bloke|blokes|fellas',
    ],
    // Review 24-1: known adults from a gym, a mosque or college ("the fellas from the mosque after prayers").
    unlessNear: [
      FAMILY,
      'social|worker|carer|carers|staff|escort|teacher|foster|school|arranged|coach|club|team',
      'gym|boxing|mosque|church|prayers|college|youth|cadets|runs|neighbour|neighbours',
    ],
    window: 8,
  },
  // An account prepared by the man: "the man is coaching her before visits", "coached him on what to say".
  {
    code: 'da_coached_account',
    patterns: [
      'man|men|adult|adults|boyfriend|he|they is|are|was|were|has|have|had [been] coaching|coached her|him|them before|on|about|for',
      'coaching|coached|coaches her|him|them on|about what to say|tell',
      'coaching|coached|coaches her|him|them what to say|tell',
    ],
    unlessNear: [
      'football|rugby|netball|swimming|boxing|training|match|team|sport|sports|club|exam|exams|revision|gcse|gcses|tennis|cricket|dance|athletics|gymnastics|driving|interview|job|singing|music|coach',
      // Review 24-1: a teacher, an advocate or a lawyer preparing her ("coached her on what to say at her LAC review").
      'drama|play|show|performance|speech|debate|competition|assembly|audition|teacher|advocate|review|solicitor|solicitors|lawyer|barrister',
    ],
    window: 10,
  },
  // Told it made them somebody: "the olders made him feel important", "they make her feel special and grown up".
  {
    code: 'rg_status_rewards',
    patterns: [
      // Review 24-1: the men or olders make the child feel it, not a driving test or a college place.
      `${ADULTS}|olders|elders|older|they|he|boyfriend|lads|gang|group [*] made|makes|make|making her|him|them feel important|powerful|respected|untouchable|grown-up|big`,
      `${ADULTS}|olders|elders|older|they|he|boyfriend|lads|gang|group [*] made|makes|make|making her|him|them feel like somebody|someone`,
      `${ADULTS}|olders|elders|older|they|he|boyfriend|lads|gang|group [*] made|makes|make|making her|him|them feel grown up`,
    ],
    unlessNear: [
      FAMILY,
      'teacher|teachers|coach|staff|carer|carers|school|club|team|mentor|worker|award|prize|certificate|praise|praised|volunteering|volunteer|job|role|captain|prefect',
    ],
    window: 8,
  },
  // Surgery or a procedure nobody explains: "unexplained breast enhancement", "a tooth extraction she will not explain".
  {
    code: 'ep_unexplained_surgery',
    patterns: [
      'unexplained breast|cosmetic|dental surgery|procedure|procedures|enhancement|augmentation|implants|extraction|extractions|operation|operations',
      // Review 24-1: not a wish for implants or mum's, nor a procedure staff did not explain.
      "surgery|procedure|operation|extraction|implants|enhancement|stitches [that|which] she|he will|would|can|could|does|did not|won't|wouldn't|can't|cannot|couldn't|doesn't|didn't explain",
    ],
  },

  // ---- Round 24, second pass: families from the older tuning sets' misses ----------------------------------------------
  // Drugs carried inside the body: "drugs hidden inside her", "drugs wrapped in cling film inside his body", "packages in
  // the abdomen", "made him plug the drugs", "no drugs concealed on examination".
  {
    code: 'go_internal_concealment',
    patterns: [
      `${DRUGS}|packages|package|pellets [*] [*] [*] [*] [*] inside|in her|his|their [own] body|bodies|abdomen|stomach|rectum|vagina`,
      `${DRUGS}|packages|package|pellets hidden|concealed|secreted inside her|him|them|${SELF}`,
      'packages|package|pellets in|inside the abdomen|stomach|rectum|bowel',
      `plug|plugs|plugged|plugging the|his|her|their ${DRUGS}|packages|package|pellets`,
      // Review 24-1: not "cocaine concealed in his shoe": inside or on examination only.
      `${DRUGS} plugged`,
      `${DRUGS} concealed internally|inside`,
      `${DRUGS} concealed on|during|at [a|an|the] [medical|intimate|internal|body] examination|scan|x-ray`,
    ],
    // Not drugs hidden in a room or a bag ("drugs concealed in his bedroom"), nor drugs used, found by a test ("blood
    // tests showed cocaine in her body").
    unlessNear: [
      'room|bedroom|bag|car|wardrobe|drawer|mattress|garden|shed|bin|loft|cupboard|house|flat|locker',
      'blood|test|tests|toxicology|tox|urine|screen|levels|traces',
    ],
    window: 4,
  },
  // An account that keeps changing: "accounts of where she was keep changing", "changed three times during the
  // interview", "has now changed three times".
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'account|accounts|story|stories|version|versions|explanation|explanations [*] [*] [*] [*] [*] keep|keeps|kept changing',
      'changed|changes two|three|four|several|many|multiple|numerous times',
      'has|have|had [now] [already] changed two|three|four|several|many|multiple|numerous times',
    ],
    // Review 24-1: an account, not "she said her social worker has changed four times".
    requiresNear: ['account|accounts|story|stories|version|versions|explanation|explanations|interview|statement|statements'],
    unlessNear: ['school|schools|placement|placements|address|addresses|phone|number|numbers|name|clothes|plan|plans|dates|date'],
    window: 10,
  },
  // A friend or another child exploited: "Chloe's friend Abbie is being exploited by the same men", "two girls from her
  // year are being groomed".
  {
    code: 'go_peers_exploited',
    patterns: [
      'friend|friends|mate|mates [*] is|are|was|were|has|have [been] [being] exploited|groomed|trafficked',
      'friend|friends|mate|mates [*] is|are|was|were|has|have [been] [being] sexually|criminally exploited',
    ],
    unlessNear: ['not|no|never|denies|denied', 'awareness|lesson|session|assembly|training|worried|worry|fear|fears'],
    window: 4,
  },
  // A room or a bed offered by the men: "the men offered Carly a room", "should she be offered a room by an adult".
  {
    code: 'rg_accommodation_offered',
    patterns: [
      `${ADULTS}|olders|he|they offered|offers|offering * a|the room|bed|sofa|flat`,
      `be|been|being|was|is|were offered a|the room|bed|sofa|flat|place by [a|an|the] [*] [older|unknown] ${ADULTS}|olders`,
    ],
    unlessNear: [
      FAMILY,
      'council|housing|hostel|refuge|foster|placement|supported|social|worker|workers|staff|hospital|ward|hotel|bnb|emergency|temporary|respite|landlord|college',
    ],
    window: 4,
  },

  // ---- Round 24, third pass: fresh23 families left after the first ------------------------------------------------------
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
  // Standing up for the men: "Amy protects the men and will not name them", "is protective of the olders".
  {
    code: 'da_protects_abusers',
    patterns: [
      'protects|protected|protecting|shields|shielded|shielding|covers|covered|covering [up] [for] the|her|his [older] men|man|olders|boyfriend|abuser|abusers|group|gang|lads',
      'protective of the|her|his [older] men|man|olders|boyfriend|abuser|abusers|group|gang|lads',
    ],
    unlessNear: ['police|officer|officers|staff|teacher|worker|court|judge'],
    window: 4,
  },
  // A partner named by an about-age: "the man she calls her fella is about 35", "her boyfriend is around 30".
  {
    code: 'go_older_partner',
    patterns: [`fella|bloke|boyfriend|bf|partner is|was [about|around|roughly|approximately|approx|nearly|over] ${ADULT_AGES}`],
    unlessNear: OTHER_PERSONS_CUES,
    window: 3,
  },
  // Moved between towns by car or train: "taken by car between Oxford and Reading by the men".
  {
    code: 'am_moved_by_others',
    patterns: ['moved|moving|driven|taken|ferried by car|cars|taxi|taxis|train|van between|from * and|to'],
    unlessNear: [
      FAMILY,
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court|police|officers|ambulance',
      'dance|class|classes|lessons|lesson|club|clubs|practice|training|match|football|swimming',
    ],
    window: 8,
  },
  // Sent to a county lines town: "If he is sent to Norwich again", "was sent to Cardiff to sell".
  {
    code: 'am_moved_by_others',
    patterns: [`is|was|were|are|being|been|gets|get|got sent [back] [off] [out] to ${TOWNS}`],
    unlessNear: [
      FAMILY,
      'school|college|university|uni|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court|prison|custody|secure|unit|work|job|training|camp|interview|conference|tournament|match|competition|course|family|relatives',
      // Review 24-1: an assessment, or "sent to Coventry" by the girls in her form (ignored).
      'assessment|clinic|treatment|girls|boys|form|class|peers|ignored|ignoring',
      // Rev-ind-3: "sent to Coventry" by anyone for complaining.
      'complained|complaining|complain|speak|speaking|talk|talking',
    ],
    window: 8,
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
  // The same car or men again: "Should Jade be picked up by the silver car again", "picked up by the same men".
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      'picked|collected [up] by the same [*] car|cars|van|vans|man|men|driver|drivers|males|adults',
      `picked|collected [up] by the|a [*] [*] ${VEHICLE}|${CAR_MAKES} again`,
    ],
    unlessNear: [
      FAMILY,
      'social|worker|carer|carers|escort|teacher|foster|school|arranged|booked|taxi|council|transport|minibus|bus|college',
      'staff member|members',
      'member|members of staff',
    ],
    window: 6,
  },
  // A debt to someone, said or denied: "No debt to anyone, Ryan says", "a debt to someone she will not name".
  { code: 'rg_debt_bondage', patterns: ['debt|debts to anyone|anybody|someone|somebody|them|people'] },

  // Fear of the authorities put into the child by the men: "the man told her she would be deported", "immigration
  // officers would deport him", "believes social workers will send him back", "would be arrested for prostitution if
  // she went to the police".
  {
    code: 'da_fear_of_authorities',
    patterns: [
      // Review 24-1: sent or taken back or away only, not "sent to the headteacher", "taken to the cinema".
      'told|tells|telling|warned|warns her|him|them [that] she|he|they will|would|could [be] [get] arrested|deported|locked|jailed|imprisoned',
      'told|tells|telling|warned|warns her|him|them [that] she|he|they will|would|could [be] [get] sent|taken back|away',
      'police|immigration|authorities|social|services|officers|officer|workers|worker|staff will|would|might|could deport|arrest|lock|jail|remove him|her|them',
      'police|immigration|authorities|social|services|officers|officer|workers|worker|staff will|would|might|could send|take him|her|them back|away',
      'would|will [be] arrested|deported|locked|jailed [up] [*] [*] if she|he|they went|go|goes|going|tell|tells|told|talk|talks|talked|spoke|speaks|speak|reported|reports|report|grassed|grasses',
      'would|will [be] sent back [*] [*] if she|he|they went|go|goes|going|tell|tells|told|talk|talks|talked|spoke|speaks|speak|reported|reports|report|grassed|grasses',
    ],
    // Not a bail condition or a warning given by the police themselves ("police told him he would be arrested if he
    // breached his bail").
    unlessNear: ['bail|breach|breached|breaches|breaching|curfew|warrant|conditions|order|injunction|tag', 'police|officers|officer told|warned|tells|warns'],
    window: 10,
  },

  // Sex in exchange, with more words between: "made to have sex with men at the flat in return for cannabis", "given
  // £50 after each time the man had sex with her", "the men give her vodka and a bed if she has sex with their friends".
  {
    code: 'rg_sex_exchange',
    patterns: [
      `sex [*] [*] [*] [*] [*] [*] in return|exchange for ${MONEY}|drugs|cannabis|weed|vapes|cigarettes|alcohol|vodka|somewhere|a|food|gifts|lifts`,
      'given|paid|gets|got|receives|received * [*] after|each|every [each] [time] [the] [*] man|men|he|they had|has|have sex',
      'give|gives|gave|giving|offer|offers|offered|offering her|him|them * [*] [*] [*] [*] if she|he|they has|have|had sex',
      'give|gives|gave|giving|offer|offers|offered|offering her|him|them * [*] [*] [*] [*] if she|he|they sleeps|sleep|slept with',
    ],
    // Review 24-1: care after sex ("received emergency contraception after they had sex").
    unlessNear: ['contraception|contraceptive|pill|morning-after|test|tests|testing|treatment|clinic|advice|support|counselling|hospital|check'],
    window: 8,
  },

  // Holding or carrying for others: "being used to hold a knife for older boys", "a knife he says he was holding for an
  // older lad", "if he carries for them", "the drugs he was carrying", "the search found no weapons on Reece".
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      `used|made|told|asked|forced|paid to hold|carry|store|stash|mind|keep|hide [a|an|the|their|some] ${WEAPON}`,
      `${WEAPON} [that] [she|he|they] [*] [*] [she|he|they] was|were|is|are holding|minding|keeping|carrying|storing for [a|an|the] [older] someone|somebody|others|olders|lad|lads|boy|boys|man|men`,
      // Review 24-1: the child's bag ("searched his bag"), not "checks every bag for knives at the gate".
      `check|checks|checked|checking|search|searches|searched|searching her|his|their [*] bag|bags|room|bedroom|pockets|person|rucksack for ${WEAPON}`,
    ],
    unlessNear: ['kitchen|cooking|chef|catering|fishing|camping|scouts|woodwork|dt|tools'],
    window: 6,
  },
  // Carried cash for others ("carried cash for the group"). Review 24-1: not for a school trip or lunch.
  {
    code: 'go_carrying_weapons_money',
    patterns: ['carried money|cash for'],
    unlessNear: ['trip|lunch|dinner|school|shopping|bus|fare|tuck|canteen|ticket|tickets|mum|dad|nan|gran'],
    window: 6,
  },
  // A weapon in a rucksack, jacket or locker. Review 24-1: not a blade kept to self-harm ("a sharpener blade in her
  // jacket to cut herself").
  {
    code: 'go_carrying_weapons_money',
    patterns: [`${WEAPON} in [her|his|their] rucksack|backpack|bumbag|jacket|coat|locker|trousers|hoodie`],
    unlessNear: ['self-harm|harm|harming|cut|cutting|cuts|herself|himself|themselves|sharpener|razor'],
    window: 8,
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: [`${WEAPON} on *`],
    requiresNear: ['search|searched|searches|searching|stopped|found|find|recovered'],
    // "weapons on Reece", "a knife on him"; not "a knife on the table", "on Friday", "on TikTok".
    unlessNear: [
      'on monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|tv|social|youtube|tiktok|snapchat|instagram|display|sale',
      // Review 24-1: an online search ("searched for knives on Amazon").
      'on amazon|ebay|google|line|online|websites|website|his|her',
    ],
    window: 4,
  },
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'carries|carry|carrying|carried for them',
      'carries|carry|carrying|carried for the|older olders|men|group|gang|line|lads|boys|elders',
      `used|made|told|asked|forced|paid to hold|carry|store|stash|mind|hide [the|their|some] ${DRUGS}`,
    ],
    // Not inside the body, which is internal concealment ("told to hide the drugs inside himself").
    unlessNear: ['shopping|bags|bag|boxes|box|equipment|kit|instruments|medication|prescribed|prescription|inside|internally|body|himself|herself|themselves'],
    window: 4,
  },

  // A gift named by its brand: "a new Canada Goose jacket", "the new Nike tech suit"; one given by a man: "was given a
  // MacBook by a man from the shop".
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      'new|designer|expensive canada|north|stone|louis|ralph|nike|adidas|gucci|moncler|trapstar|corteiz|jordan|balenciaga|prada|versace|armani|burberry|lacoste|dior|fendi|supreme|rolex|apple|beats [goose|face|island|vuitton|lauren|tech|air] [tech] coat|coats|jacket|jackets|trainers|tracksuit|tracksuits|hoodie|puffer|bag|handbag|watch|suit|jeans|sunglasses|perfume|headphones|airpods|belt|cap',
      `given|gave|bought|buys|buying [her|him|them] a|an|some [new] [*] * by|from a|an|the [older|unknown] man|men|male|males|adult|adults|stranger|strangers|boyfriend|olders`,
    ],
    unlessNear: [...EXPLAINED_CUES, 'school|uniform|pe|kit|sports|football|team'],
    window: 8,
  },

  // Much older new friends: "she may have much older new friends".
  {
    code: 'go_older_friends',
    // Review 24c: not "group" ("a much older new group for reading").
    patterns: ['much|far|lot older new friends|mates|lads|crowd'],
    unlessNear: ['steal|stealing|stole|robbery|club|supervised|family'],
    window: 8,
  },
  // Collecting the child, said with more words between or denied: "a man in a grey Audi, not known to staff, picks him
  // up", "being collected from school by the same men", "the man who collected Hollie from the clinic", "no unknown
  // adults have been seen collecting Dion", "staff have not seen anyone collecting him".
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `${ADULTS}|someone|somebody in|with a|an [*] [*] ${VEHICLE}|${CAR_MAKES} [*] [*] [*] [*] [*] collects|collected|collecting|picks|picked|picking her|him|them`,
      `collected|picked [up] from * [*] by the same|unknown|older|different [older] ${ADULTS}|males|lads`,
      `${ADULTS} who|that collected|collects|picked|picks * [up] from`,
      `unknown|older ${ADULTS} [have|has|had|were|was] [been] seen collecting|picking`,
      // Review 24c: not "them", often a thing ("seen someone collecting them, the bins").
      'seen anyone|anybody|someone|somebody collecting|picking her|him',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'council|transport|escort|social|worker|workers|carer|carers|foster|arranged|booked|contact|minibus|coach|taxi|ambulance|paramedics',
      'staff member|members',
      'member|members of staff',
      // Review 24c: police, a course, a club's driver; things collected or picked, not the child.
      'were|was|are|is [the] police|officers',
      'course|club|volunteer|team|classmates',
      'donations|furniture|items|parcels|rubbish|litter|bins|apples|fruit|berries|trolleys|post|shopping|leaflets',
    ],
    window: 8,
  },

  // Meeting someone from online, in other words: "met a man she'd been talking to on Wizz", "went to meet someone from
  // an online game", "has never met anyone he talks to online", "met up with anyone from online", "met the adult in
  // person", "drove up from Reading to meet her".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meet|meets|meeting [up] [with] anyone|anybody|someone|somebody|a|an|the [older] [man|men|adult|person|boy|girl|lad] [she|he|they|she'd|he'd|they'd] [has|had] [been] talks|talked|talking|chats|chatted|chatting|speaks|spoke|speaking [to|with] on|via|through|over ${APPS}`,
      `met|meet|meets|meeting [up] [with] anyone|anybody|someone|somebody|a|an|the [older] [man|men|adult|person|boy|girl|lad] [she|he|they|she'd|he'd|they'd] [has|had] [been] talks|talked|talking|chats|chatted|chatting|speaks|spoke|speaking [to|with] online`,
      `met|meet|meets|meeting [up] [with] anyone|anybody|someone|somebody|a|an [older] [man|men|adult|person] from [an|a] [online] ${APPS}|game|games|online`,
      // "the adult" is how records name an online contact ("no evidence that Tomasz has met the adult in person").
      'met|meet|meets|meeting the|this|that adult in person',
    ],
    unlessNear: [
      FAMILY,
      'teacher|teachers|coach|worker|staff|school|college|class|classmate|classmates',
      // Review 24c: not a games company or a gaming shop.
      'company|companies|shop|shops|store|stores|studio|firm|fair|careers|job|interview',
    ],
    window: 6,
  },
  // Review 24c: meeting "in person", or someone travelling to meet the child, is this sign only with the contact online
  // near it ("met the man in person", not police, a barrister or a scout who came from Leeds to meet him).
  {
    code: 'te_meeting_online_contacts',
    patterns: ['met|meet|meets|meeting the|this|that man|men in person', 'drove|drives|travelled|travels|came|comes [up|down] from * to meet her|him|them'],
    requiresNear: [APPS, 'messaging|messaged|messages|chatting|chatted|talking|talked|dms|dm|groomed|grooming|profile'],
    unlessNear: [FAMILY, 'teacher|teachers|coach|worker|staff|school|college|class|classmate|classmates'],
    window: 12,
  },
  // Whether the child knows the address: "ask him whether he knows the address where he was kept", "unclear whether
  // Kayla knows the address of the flat", "doesn't know the adress of the house"; "woke at an address she does not know".
  {
    code: 'am_unknown_address',
    patterns: [
      'whether|if [she|he|they] * knows|know|knew the address|adress|postcode where|of',
      "doesn't|don't|didn't know the adress",
      'does|do|did not know the adress',
      'an|a address|flat|house [that] she|he|they does|do|did not know',
      "an|a address|flat|house [that] she|he|they doesn't|don't|didn't know",
    ],
    unlessNear: [
      "dad's|mum's|father's|mother's|perpetrator's|suspect's|school|dentist|gp|clinic|office|hospital",
      // Review 24c: safety planning about the child's own home, placement or services ("whether he knows the address of
      // the children's home in case he gets lost"); a house the child did not know something about ("did not know had
      // damp", "did not know anyone in", "to deliver leaflets").
      "children's|foster|placement|college|club|service|services|home|lives|live|lost|taxi",
      'did|does not know anyone|anybody|had|has|was|is|were',
      "didn't|doesn't know anyone|anybody|had|has|was|is|were",
      'deliver|delivering|leaflets|moved|moving',
    ],
    window: 4,
  },

  // Drink or drugs given with sex, in more words: "given vodka and a pill and then woke up with a man on top of her",
  // "raped by two men ... after they had given her vodka", "too drunk to stand when the men had sex with her", "given
  // drink or drugs before sex".
  {
    code: 'ad_substances_with_sex',
    patterns: [
      `given|gave [her|him|them] ${ALCOHOL}|drink|drinks|${DRUGS}|pill|pills [and|or] [a] [${ALCOHOL}|drink|drinks|${DRUGS}|pill|pills] [and] [then] woke`,
      `given|gave [her|him|them] ${ALCOHOL}|drink|drinks|${DRUGS}|pill|pills [and|or] [a] [${ALCOHOL}|drink|drinks|${DRUGS}|pill|pills] before|during sex`,
      `woke|wakes|woken up with a|the man|men|male|adult on top of|in bed with|beside`,
      `after|once they|he|the|men|man had given|gave her|him|them ${ALCOHOL}|drink|drinks|${DRUGS}|pill|pills`,
      'too drunk|intoxicated|high|wasted to stand|walk|move|speak when|while',
      `given|gave [her|him|them] drink|drinks|alcohol or drugs|${DRUGS} before|during sex`,
    ],
    // Review 24c: a sexual element, not the pattern's own words (drunk, given, woke), which made "too drunk to stand when
    // police found her" and "given pills and woke up in hospital" sexual exploitation.
    requiresNear: ['sex|sexual|sexually|raped|rape|assaulted|abused|top|naked|undressed|clothes|clothing|knickers|underwear|bed|touched|touching'],
    window: 14,
  },
  // Sexual images, said of the images: "no evidence of images being shared", "possible that images were taken at the
  // party", "images of Lacey are being kept by the older boy", "if anyone asks Izzy for pictures".
  {
    code: 'te_sexual_images',
    patterns: [
      'images [of] [*] is|are|were|was|being|been [being] shared|taken|kept|sent|circulated|posted|passed|spread',
      'asks|asked|asking|ask|keeps|kept [asking] * for pictures|pics|photos|images|nudes|selfies|videos',
    ],
    unlessNear: [
      FAMILY,
      'trip|holiday|school|newsletter|website|class|sports|match|wedding|birthday|parents|cctv|prom|passport|id|baby|scan|dog|cat|pet|art|project|homework|photography|yearbook|team',
      'officer|officers|police|damage|damaged|injury|injuries|bruise|bruises|bruising|insurance|claim',
    ],
    window: 8,
  },
  // Review 24c: photos, pictures or videos taken or shared are ordinary (a christening, a bus pass, a fight, a missing
  // persons appeal) unless something sexual or a man or older boy is near.
  {
    code: 'te_sexual_images',
    patterns: ['pictures|photos|pics|videos|video [of] [*] is|are|were|was|being|been [being] shared|taken|kept|sent|circulated|posted|passed|spread'],
    requiresNear: [
      'nude|nudes|naked|sexual|sexually|indecent|explicit|intimate|topless|underwear|undressed|bra|knickers|blackmail|blackmailed|exploit|exploited|exploitation|cse',
      'man|men|adult|adults|boy|boys|lads|olders|older|boyfriend',
    ],
    unlessNear: [
      FAMILY,
      'trip|holiday|school|newsletter|website|class|sports|match|wedding|birthday|parents|cctv|prom|passport|id|baby|scan|dog|cat|pet|art|project|homework|photography|yearbook|team',
      'officer|officers|police|damage|damaged|injury|injuries|bruise|bruises|bruising|insurance|claim',
      'fight|fights|appeal|missing|christening|awards|party|agent|file|tricks|scooter',
    ],
    window: 8,
  },
  // Self-harm in other words: "has thought about ending it", "a history of cutting from Year 7".
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['thought|thinks|thinking|talked|talks|talking|spoke|speaks about ending it', 'ending it all'],
    // Not ending a relationship ("talked about ending it with her boyfriend"). Review 24c: nor a course, counselling or a
    // band ("ending it early because of the snow", "ending it all on a high").
    unlessNear: [
      'with|relationship|boyfriend|girlfriend|friendship|contract|placement',
      'early|course|counselling|therapy|sessions|apprenticeship|job|band|season|tour',
      'on a high',
    ],
    window: 3,
  },
  // Review 24c: not lessons or school cut, or hair ("a history of cutting lessons").
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    // Rev-ind-3: "history of" stays outside the span, so it marks the finding historical (eval README).
    patterns: ['cutting'],
    requiresNear: ['history of'],
    unlessNear: ['lessons|lesson|school|class|classes|college|hair|grass|hedge|hedges|wood|paper|corners'],
    window: 3,
  },
  // Hit, said in the passive or by someone who hits the child: "denies being hit", "the olders ... hit him when he lost
  // some", "asked whether anyone had hit Callum".
  {
    code: 'ep_injuries_assault',
    patterns: [
      'being|been|was|were|gets|get|got|getting hit|punched|kicked|slapped|beaten|battered [by|when|for|at|in|after]',
      // Review 24c: the child as the one hit, not a thing ("they hit the shops", "someone kicked the bin", "beat Leeds").
      'olders|men|man|adults|anyone|someone|somebody|they [had|has|have] hit|punched|kicked|slapped|battered|beat her|him|them|me',
      // ... or named, when asked about ("asked whether anyone had hit Callum").
      'whether|if anyone|anybody|someone|somebody [had|has|have] hit|punched|kicked|slapped|battered|beaten|beat *',
    ],
    unlessNear: [
      // Review 24c: excluded, fined, hit by a bill, the weather or a vehicle ("kicked out of college", "hit with a £100
      // fine", "hit by lightning", "hit by a van").
      'kicked|kick out|off',
      // Round 29b: abuse as a younger child is fa_previous_abuse ("was beaten by an uncle as a younger child").
      'hit|punched|kicked|slapped|beaten|battered by [a|an|her|his|their] [*] [*] as a [very] younger|young|small|little child|kid|boy|girl|teenager|teen|toddler|baby',
      'with a|an [*] [*] fine|bill|penalty|detention|sanction',
      'fined|bills|tax|arrears|lightning|storm|flood|six',
      'benefit cap',
      'hit|knocked by a|an|the [*] van|lorry|scooter|moped|motorbike|taxi|train|tram|truck|vehicle|cyclist',
      'ball|football|rugby|car|bus|bike|cricket|hockey|door|wall|head|branch|accident|accidentally|sport|pe|match|training|game|traffic|target|jackpot|record|note|notes|button|snooze|send|reply|final|semi-final|league|cup|goals|points|nil|quiz|competition|race',
      // Rev-ind-3: boxing ("will get battered in the ring if he doesn't train").
      'boxing|sparring|ring|train|kickboxing',
      'hit it off',
      // Abuse by a parent is a familial sign ("were beaten by their father as children").
      'by [her|his|their] father|mother|dad|mum|parents|parent|stepdad|stepfather|stepmum',
    ],
    window: 6,
  },

  // At an adult's place: "found at a man's flat in Walsall", "she had been at a 29-year-old's flat in Calderwick", "was
  // found at an adult's house in Burnley".
  {
    code: 'am_found_with_adults',
    patterns: [
      `found|located|stayed|staying at a|an|the [older] [unknown] man's|men's|adult's|male's|${ADULT_YEAR_OLD.split('|')
        .map((w) => `${w}'s`)
        .join('|')} flat|house|home|address|place|hotel|room`,
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'friend|friends|neighbour|teacher|coach|worker|carer',
      // Round 29 (open from round 28): a pet found there ("The cat was found at a man's flat").
      'dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|tortoise|parrot|hamster|budgie|ferret',
    ],
    window: 6,
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      `been|was|were at a|an|the [older] [unknown] man's|men's|adult's|male's|${ADULT_YEAR_OLD.split('|')
        .map((w) => `${w}'s`)
        .join('|')} flat|house|home|address|place|hotel|room`,
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'friend|friends|neighbour|teacher|coach|worker|carer',
      // Review 24c: "was at" says nothing of who: police, a tradesperson, an errand or a job ("Police were at the man's
      // house executing the warrant", "was at the man's house to babysit", "to mow the lawn", "for a tutoring session").
      'police|officer|officers|pcso|cleaner|plumber|electrician|warrant|complaint',
      'babysit|babysitting|babysat|tutoring|tutor|lawn|mow|volunteering|paper|cat|dog|feed|bike|ebay|shop|experience',
      'classmates|classmate|team|mates|sleepover|xbox|playstation',
      // Rev-ind-3: a lesson, an errand or a charity round.
      'lesson|lessons|piano|guitar|music|return|returned|raffle|charity|sponsor|duke|dofe',
    ],
    window: 10,
  },

  // ---- Round 25 (fresh24, tuned on after it had judged round 24) ------------------------------------------------------
  // Arriving or turning up with a new, dear item (school reception, carers' logs): "arrived with a new iPhone", "turned
  // up in new designer trainers".
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      `arrived|arrives|arriving|turned|turns|turning|returned|returns|returning [up] [at|to] [school|college|home|the|placement] with|in [a|an|some] ${GIFT_ADJ} [*] ${GIFT_ITEMS}`,
    ],
    // Not a member of staff's own ("the teacher arrived with a new laptop for the class").
    unlessNear: [
      ...EXPLAINED_CUES,
      'phone|mobile number|numbers|contract|sim|case|charger|screen|cover',
      'teacher|teachers|staff|officer|nurse|manager|colleague|colleagues|tutor|coach|engineer|technician',
    ],
    window: 8,
  },
  // A phone the child must always answer (location and control, NWG county lines guidance): "a phone he must answer day
  // and night", "has to answer the phone within a minute".
  {
    code: 'te_location_tracked',
    patterns: [
      'phone|mobile [that|which] [she|he|they] must|has|have [to] answer [at] [all] day|any|all|every|within|straight|immediately|whenever',
      'phone|mobile [that|which] [she|he|they] must|has|have [to] pick up [at] [all] day|any|all|every|within|straight|immediately|whenever',
    ],
    // Review 25C: nor the care home's or the school's calls ("a phone he must answer any time the care home rings").
    unlessNear: [FAMILY, 'work|job|shift|manager|reception|customers|duty|on-call|care|placement|keyworker|staff|school', 'on call'],
    window: 8,
  },
  // Starting at the verb, not at "has" (matcher cost).
  {
    code: 'te_location_tracked',
    patterns: [
      'answer [the|her|his|their] phone|calls|mobile within|day|any|every|whenever|at',
      'pick up [the|her|his|their] phone|calls|mobile within|day|any|every|whenever|at',
    ],
    requiresNear: ['must', 'has|have|had to', 'expected|made|told to'],
    unlessNear: [
      FAMILY,
      'work|job|shift|manager|reception|customers|duty|on-call|business|shop|garage|office|salon|cafe|takeaway|saturday',
      'on call',
      // Review 25G: nor the placement's or the school's calls, as in the entry above ("has to pick up her phone whenever the
      // placement rings at curfew").
      // Not bare "placement" or "curfew", which report or frame the sign ("placement report he must answer it day and night").
      'placement|keyworker|carers rings|ring|rang|calls|call|phones|phone',
    ],
    window: 8,
  },
  // Leaving as soon as a call comes (NWG): "gets a call and leaves the house straight away".
  {
    code: 'te_worrying_calls',
    patterns: ['gets|got|receives|received|takes|took [a|one] [phone] call|text|message and|then [then] leaves|left|goes|went|runs|ran|disappears|disappeared'],
    unlessNear: [
      FAMILY,
      'school|college|work|job|shift|manager|taxi|lift|appointment|training|practice|club|friend|friends',
      // An ordinary evening ("got a text and went to bed").
      'bed|sleep|asleep|dinner|tea|shower|bath|homework|upstairs|room|bedroom',
      // Review 25C: an errand ("got a message and went out to the shop for milk").
      'shop|shops|shopping|milk|bread|dog|walk',
      // Review 25E: a bus to catch, a doctor or an ordinary outing ("gets a text and then leaves for the bus", "left to
      // meet her boyfriend at the cinema").
      'bus|train|doctor|hospital|cinema|film|pictures|bowling|swimming',
      // Review 25G: a game, an exam or a driving lesson ("gets a message and then leaves for football", "left for his exam").
      'football|match|game|gym|exam|exams|driving',
    ],
    window: 8,
  },
  // Going back whenever the exploiters call (controlled return): "he goes when they call", "if the men ring, she will go
  // back to them", "kept returning to the house in Keighley".
  {
    code: 'da_controlled_return',
    patterns: [
      'goes|go|went|going|leaves|left|runs|ran when [the] they|olders|men call|calls|called|ring|rings|rang|text|texts|texted|message|messages|messaged',
      'goes|go|went|going|leaves|left|runs|ran as soon as [the] they|olders|men call|calls|called|ring|rings|rang|text|texts|texted|message|messages|messaged',
      'goes|go|went|going|gone|return|returns|returned|returning back to them',
    ],
    requiresNear: ['men|man|olders|elders|lads|gang|group|dealers|abusers|call|calls|ring|rings|rang|whenever|despite'],
    // Not a name called at a surgery or a register ("she goes when they call her name at the GP surgery").
    unlessNear: [
      FAMILY,
      'school|college|work|job|shift|lessons|training|club|friends|hospital|clinic|ward|name|surgery|gp|doctor|dentist|register|number|turn',
      // Review 25C: a meal or a school bell ("he goes when they call him for lunch", "when they ring the bell for break").
      'lunch|dinner|tea|breakfast|meal|food|bell|break|assembly',
      // Review 25G: a game with friends ("he goes when they call him for football on the green").
      // Not bare "football" ("he goes when they call, even in the middle of playing football").
      'for|to [a|the] football|match|game|games|kickabout',
    ],
    window: 8,
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'kept|keeps|keep returning to the|that house|houses|flat|flats|address|men|area',
      'kept|keeps|keep going back to the|that house|houses|flat|flats|address|men|area',
    ],
    unlessNear: [FAMILY_HOMES, 'school|college|shop|park|club|library'],
    window: 6,
  },
  // Absent on a weekday pattern or part days (school attendance officers): "absent every Friday", "has missed the last
  // two mornings".
  {
    code: 'am_school_absence',
    patterns: [
      `absent every|most ${WEEKDAYS}|mondays|tuesdays|wednesdays|thursdays|fridays|morning|afternoon|week`,
      'absent on mondays|tuesdays|wednesdays|thursdays|fridays',
      'missed|misses|missing the|her|his [last|past] two|three|four|five|several|few mornings|afternoons|days',
    ],
    requiresNear: ['school|lesson|lessons|registration|register|attendance|pupil|dsl|year|y7|y8|y9|y10|y11|college|class|form|term|half'],
    unlessNear: [
      'ill|illness|unwell|sick|poorly|flu|covid|virus|hospital|operation|surgery|appointment|appointments|bereavement|funeral|injury|medical|dentist|doctor|gp|authorised|authorized|religious',
      // A member of staff's own absence ("the teacher was absent every Friday for a course").
      'course|courses|rota|shift|shifts|contract|colleague|colleagues',
      // Review 25C: named staff ("his teacher was absent every Friday last term").
      'teacher|teachers|tutor|caretaker|cleaner|receptionist|headteacher|head|ta|assistant|coach|manager|staff',
      // Review 25G: other known reasons: an illness by name, transport, an agreed activity elsewhere ("mum says migraines",
      // "mum's car broke down", "the bus strike", "for swimming lessons at the leisure centre", "his college placement").
      'migraine|migraines|asthma|epilepsy|seizures|broke|broken|breakdown|strike|snow|flooding|swimming|leisure|respite|therapy|physio',
      // A placement only as a college or a work one: in care notes "placement" is most often where the child lives.
      'college|work placement|experience',
    ],
    // Review 25G: the reason after a ; ("absent every Monday morning; mum says he has hospital appointments").
    unlessNearAcross: ['hospital|appointment|appointments|illness|unwell|operation|medical'],
    window: 20,
  },
  // Missed appointments and a worker no longer seen: "missed all three appointments", "stopped seeing his YOT worker".
  {
    code: 'da_not_engaging',
    patterns: [
      'missed all|both [the|her|his|their] [two|three|four|five|six|of] [her|his|their] [*] appointments|sessions|visits',
      'stopped|stops seeing her|his|their [*] worker|nurse|counsellor|mentor|therapist|camhs|yot',
    ],
    unlessNear: [
      'ill|unwell|poorly|sick|illness|hospital|covid|flu|injury|injured|moved|closed|ended|finished|cancelled|retired|left|leave',
      'dentist|doctor|gp|exam|exams|funeral|bereavement|holiday|transport|strike|snow|rearranged|rescheduled',
      // Review 25G: a landlord's visits ("the tenant missed all three appointments for the gas safety check").
      'gas|boiler|repair|repairs|inspection|inspections',
      // Review 25C/D: the work came to its end ("when the order was completed"); not bare "completed" (a programme not
      // completed is the sign).
      'was|were|been|order|orders|programme|sentence completed',
      'discharged',
    ],
    window: 8,
  },
  // Belonging and protection offered by the group (status rewards): "it makes him feel protected", "told he was family".
  {
    code: 'rg_status_rewards',
    patterns: [
      'makes|made|making her|him|them feel protected|untouchable|powerful|respected',
      'told [that] [she|he|they] was|were|is|are family',
      'told [that] [she|he|they] was|were|is|are part of the family',
      // Review 25G: with the tellers between ("he was told by the older boys he was family"), where the older-boys veto
      // of go_older_friends leaves nothing else.
      'told by [the] [*] [*] [that] she|he|they was|were|is|are family',
      'told by [the] [*] [*] [that] she|he|they was|were|is|are part of the family',
    ],
    requiresNear: ['group|gang|olders|elders|men|lads|boys|line|estate|older|dealers|they'],
    // Not "family" itself, which the second pattern says.
    unlessNear: [
      FAMILY.split('|')
        .filter((w) => w !== 'family')
        .join('|'),
      'teacher|teachers|coach|staff|carer|carers|school|club|team|mentor|worker|workers|placement|church|mosque|youth|scouts|cadets',
      // Review 25E: a choir, a band or a sport ("the older girls in the choir made her feel respected", "boxing makes him
      // feel powerful").
      'choir|band|orchestra|drama|boxing|gym|football|rugby|sport|sports',
      // Review 25G: a role he holds ("being captain makes him feel respected by the younger lads").
      'captain|captaincy|prefect',
    ],
    window: 10,
  },
  // Arrested: the adult found with the child, not the child ("found in a flat with three adult men, and all three were
  // arrested"; police logs). Not the child's own arrest ("he was arrested with two adults").
  {
    code: 'go_arrests',
    patterns: ['arrested'],
    unlessNear: [
      'the|a man|male|driver|suspect|adult|perpetrator|offender|woman was|has [been] [also] [later|then|subsequently] arrested',
      'the|all|three|four|two|both|adult|older men|males|adults|suspects|perpetrators|offenders were|have [been] [also] [later|then|subsequently] arrested',
      // Review 25G: a number or the men named, not bare "both" ("both were arrested, the 15-year-old and the driver").
      'all three|four|five|two [of] [them|the] [men] were|have [been] [also] [later|then|subsequently] arrested',
      'all|both [of] the|these|those men|males|adults were|have [been] [also] [later|then|subsequently] arrested',
      'arrested the|a|an|two|three|both [older|adult] man|men|male|males|suspect|suspects|driver|perpetrator|offender|adult|adults',
      // Round 29b: the threat that talking means arrest ("if he talks to police he will be arrested": da_fear_of_authorities),
      // not a feared arrest ("he could be arrested if he goes back to Ipswich" stays, hypothetical).
      'police|cops|feds|anyone|grass|grasses|grassed|snitch|snitches|snitched she|he|they will|would be arrested',
      // An adult detained person in a custody record ("Custody: adult DP, 32, arrested for drink driving").
      `adult dp|dps|detainee|detainees|prisoner [aged] [${ADULT_AGES}] [was|has|is] [been] arrested`,
      `dp|detainee [aged] ${ADULT_AGES} [was|has|is] [been] arrested`,
      "police|cops|feds|anyone|grass|grasses|grassed|snitch|snitches|snitched she'll|he'll|they'll|she'd|he'd|they'd be arrested",
      // Review 29b: ... with the talking after ("the olders told him he'd be arrested if he talks to police").
      'be arrested if she|he|they talks|talk|talked|speaks|speak|spoke|tells|tell|told|grass|grassed|grasses|snitch|snitched|snitches',
      'be arrested if she|he|they goes|go|went to [the] police|cops|feds',
      // Round 31: ... or calls them ("she'd be arrested if she called the police", fresh30).
      'be arrested if she|he|they calls|call|called|rings|ring|rang|phones|phone|phoned|contacts|contact|contacted|reports|report|reported [it] [to] [the] police|cops|feds|999',
    ],
    // Review 25C: only the adult's own "arrested", not the child's earlier in the sentence ("Jayden was arrested at the
    // flat, and the driver was also arrested").
    window: 0,
  },
  // Review 25C: the child arrested with the man ("police arrested the man and the boy").
  {
    code: 'go_arrests',
    patterns: [
      'arrested the|a|an|two|three [older|adult] man|men|male|males|driver|adult|adults and the|a|an|two|three boy|girl|boys|girls|child|children|teenager|teenagers|youth|youths|lad|lads|teen|teens',
    ],
  },
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
  // A named learning disability (SEND): "has Down's syndrome".
  // Review 25C: not others who have it ("volunteers with children with Down's syndrome").
  {
    code: 'ep_learning_disability',
    patterns: ["down's|downs|down’s|down syndrome"],
    unlessNear: ['children|people|adults|pupils|kids|others|those with'],
    window: 2,
  },

  // Unknown adults at the gates, a car the child is seen getting into, a man in a car who collects her, or a stranger who
  // tries to collect (school office and reception logs).
  {
    code: 'go_unknown_adults_collect',
    patterns: ['unknown|unfamiliar adult|adults|man|men|male|males'],
    requiresNear: [
      'gate|gates|collect|collecting|collected|collects',
      // Not any waiting ("an unknown man was waiting in the GP waiting room").
      'waiting|waited|waits|loitering|hanging for her|him|them',
      'waiting|waited|waits|loitering|hanging outside|near|by the school|home|unit|house|placement|college|academy|gate|gates',
    ],
    // Review 25C: nor adults with a job there ("handing out leaflets", "waited outside the school for the caretaker").
    unlessNear: [
      'termination|clinic|accompanied|phone|number|numbers|online|calls|messages|texts|caller|callers',
      'leaflet|leaflets|handing|election|canvassing|caretaker|contractor|contractors|builders|workmen|delivery|deliveries|inspector',
      // Review 25G: an event at the school, a parent for their own child, or the caretaker's van ("waiting at the gates for
      // the open evening", "came to the gates to collect his own daughter").
      "caretaker's|caretaker’s",
      'parents|open evening|evenings|day|days|night|event',
      'for the|a|an interview|meeting|assembly|concert|performance|play|match',
      'his|her|their own daughter|son|child|children|kids',
    ],
    window: 8,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [`getting|got|gets|get|climbing|climbed|climbs into a|an [*] [*] car|cars|van|vans|${CAR_MAKES}`],
    requiresNear: ['seen|spotted|observed|witnessed|cctv|unknown|unfamiliar|stranger|strangers|older|man|men|male|males|tinted'],
    unlessNear: [FAMILY, 'taxi|uber|cab|police|ambulance|officer|officers|worker|staff|coach|teacher|instructor|lesson|lessons|driving'],
    window: 8,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `man|men|male|males|adult|adults in a|an [*] [*] ${CAR_MAKES}|${VEHICLE} collected|collects|collecting|picked|picks|picking|took|takes her|him|them`,
    ],
    unlessNear: [
      FAMILY,
      'police|ambulance|officer|officers|worker|staff|coach|teacher|instructor',
      'parcel|parcels|package|packages|delivery|deliveries|rubbish|bins|furniture|goods|stock|order|prescription|post',
      'council|arranged|booked|contracted|escort',
    ],
    window: 6,
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: ['tried|attempted|tries|attempts to collect|sign|pick *'],
    requiresNear: ['unknown|unfamiliar|stranger|strangers', 'did|do|does not know|recognise', "didn't|don't|doesn't know|recognise", 'not known to'],
    // Review 25C: not a parent or relative trying ("Mum tried to collect him early; staff did not know she was allowed").
    unlessNear: [`${FAMILY} tried|attempted|tries|attempts`],
    window: 12,
  },
  // A story that does not add up or changes with each telling: "his story about the journey did not add up", "her accounts
  // changed each time she was asked".
  {
    code: 'da_inconsistent_accounts',
    patterns: ['did not add up', "didn't add up"],
    requiresNear: ['story|stories|account|accounts|explanation|explanations|version|versions'],
    window: 6,
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: ['changed|changes|changing each|every time [she|he|they] was|were|is|are|gets|got asked|questioned|interviewed|spoken'],
    requiresNear: ['story|stories|account|accounts|explanation|explanations|version|versions|answers|answer'],
    // Review 25C: not a quiz or a lesson ("her answers on the quiz changed each time she was asked").
    unlessNear: ['quiz|test|exam|exams|maths|homework|lesson|game|survey'],
    window: 6,
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
  // Befriended by older adults, evenings spent with adult men: "befriended by an older man at the bus stop", "spends his
  // evenings with the men at the garage".
  {
    code: 'go_older_friends',
    patterns: [
      'befriended|befriends|befriending by [a|an|two|three|some|several] [much] older|adult man|men|males|male|adults|adult|lads|boys|girls|woman|women',
      'spends|spending|spent|spend [all] [her|his|their] evenings|nights|weekends with the|older|adult men|males|adults|olders|lads',
    ],
    unlessNear: [
      FAMILY_NOT_CARERS,
      'work|works|job|shift|paid|apprenticeship|coach|club|team|training|church|mosque|scouts|cadets|volunteer|volunteering|choir|band|mentor|mentors|befriending|befriender|scheme|service|charity',
      // Review 25E: a family pastime ("with the men at his uncle's allotment").
      'allotment|allotments|fishing|gardening',
    ],
    window: 8,
  },
  // Taking back what was told (RHI and police): "took back her account of the assault".
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['took|takes|take|taking|taken back her|his|their account|statement|allegation|allegations|disclosure|complaint|evidence'],
    // Review 25C: a customer's complaint settled ("took back his complaint about the bus driver after the company
    // apologised").
    unlessNear: [
      'apologised|apologized|apology|apologise|refund|refunded|company|council|shop|restaurant|bus|landlord',
      // Review 25G: a worker's own complaint ("the cleaner took back her complaint about the manager").
      'cleaner|cleaners|colleague|colleagues|employee|tenant|customer',
    ],
    window: 10,
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
  // Drugs packed in the body, in a scan or search report: "the scan found no internal packages".
  { code: 'go_internal_concealment', patterns: ['internal packages|package|packets|packet|pellets'] },
  // Not knowing the street or area of the address (RHI): "did not know which street the flat in Bradford was on".
  {
    code: 'am_unknown_address',
    patterns: [
      'did|does|could not know|say|name which|what street|road|area|estate|postcode|address|town',
      "didn't|doesn't|couldn't|can't|cannot|don't know|say|name which|what street|road|area|estate|postcode|address|town",
    ],
    requiresNear: ['flat|house|address|staying|stayed|place|room|hotel'],
    // Review 25C: new to the place ("because they had just moved in", "his first time in London with the school").
    // Review 25E: with the probe-25 duplicate's vetoes folded in (where he lives, a job interview).
    // Review 25G: nor a hotel guest ("the guest did not know what road the hotel was on").
    unlessNear: [
      'moved|moving|holiday|holidays|trip|school|lives|live|college|job|work|interview',
      'first time',
      'guest|guests|tourist|tourists|customer|customers',
    ],
    // Review 25E: 10, the reason often ends the sentence ("which road the new house was on because they had just moved in").
    window: 10,
  },
  // A sudden change in how the child is (carers' logs): "started dressing differently and stopped laughing", "came back
  // crying and shaking".
  {
    code: 'ep_change_in_behaviour',
    patterns: ['dressing|dresses|dressed differently', 'crying and shaking|trembling', 'shaking|trembling and crying', 'stopped|stops laughing|smiling'],
    unlessNear: [
      'play|drama|costume|role|character|film|cold|dentist|injection|jab|vaccination|fancy|dress-up|party',
      // Review 25C: a new job, a band or braces ("dressing differently for her new job", "stopped smiling in photos").
      'job|work|uniform|interview|band|braces|photo|photos|wedding|fashion',
      // Review 25G: grief ("he stopped smiling at training after his grandad died").
      'died|bereavement|bereaved|funeral|grief|grieving',
    ],
    window: 6,
  },
  // Wages or earnings taken (labour exploitation): "her earnings are taken from her by the woman who runs the salon".
  {
    code: 'rg_unpaid_work',
    patterns: [
      'earnings|wages|pay|tips are|is|were|was|get|gets [all] [being] taken|kept|withheld|held|confiscated|docked',
      'takes|took|taking|keeps|kept|keeping [all] her|his|their earnings|wages|pay|tips',
    ],
    unlessNear: [
      FAMILY,
      'tax|taxes|pension|national|insurance|savings|saving|bank|rent|board|loan|union|deducted|payroll|court|fine|fines',
      // Review 25C: tips shared out by the workplace ("the restaurant keeps his tips to share among the kitchen team").
      'share|shared|sharing|pool|pooled|team|policy',
      // Review 25E: a probation period at work ("his pay is withheld until he completes his probation").
      'probation|probationary',
      // Review 25G: adult workers' pay, and a debt to the council or benefits ("the drivers' tips are kept by the firm",
      // "her pay is taken to cover the arrears").
      'drivers|employees|colleagues|arrears|overpayment|deduction|deductions',
    ],
    window: 8,
  },
  // Drugs given only on the adults' terms: "the men only give her the spice if she does what they say".
  {
    code: 'ad_supply_controlled',
    patterns: [`only give|gives|gave|giving|let|lets [her|him|them] [the|any|some] ${DRUGS}|drink|alcohol|vodka|${HARD_DRUGS} if|when`],
  },
  // Adults coming to a flat at all hours (housing officers, neighbours): "a group of men visiting the flat at all hours".
  {
    code: 'go_cuckooing',
    patterns: [
      "visiting|calling|coming|going [at|to|in|into] [and] [out] [of] the|her|his|their|mum’s|mum's flat|house|address|property|door at all hours",
      "visiting|calling|coming|going [at|to|in|into] [and] [out] [of] the|her|his|their|mum’s|mum's flat|house|address|property|door day and night",
    ],
    requiresNear: [ADULTS, 'visitors|callers|cars|group|groups|youths|lads|dealers'],
    // Review 25E: a sale or a holiday let ("cars visiting the house at all hours for the car boot sale").
    unlessNear: [
      'carers|carer|nurse|nurses|district|care|agency|workers|staff|builders|contractors|repairs|party|parties',
      'sale|sales|boot|market|viewing|viewings|auction|airbnb|guesthouse|hostel',
    ],
    unlessNearAcross: ['cuckoo*'],
    window: 8,
  },
  // A moped or e-bike from the olders is a gift like a phone.
  {
    code: 'rg_unexplained_gifts',
    patterns: ['given|gave|gives|giving|bought|buys|buying [her|him|them] a|an [new] [*] moped|mopeds|e-bike|ebike|e-scooter|motorbike|quad'],
    unlessNear: EXPLAINED_CUES,
    window: 8,
  },

  // Drugs only from the adults, on their terms (ad_supply_controlled): "only gets his weed from the older lads, who decide
  // when he has it".
  {
    code: 'ad_supply_controlled',
    patterns: [`only gets|get|got|getting [his|her|their] ${DRUGS}|${HARD_DRUGS}|drink|alcohol|vodka from`],
    requiresNear: [`${DRUGS}|${HARD_DRUGS}|drink|alcohol|vodka|men|olders|lads|boys|dealers`],
    unlessNear: [FAMILY, 'doctor|gp|nurse|pharmacist|prescription|prescribed|medication|staff|clinic|methadone|inhaler'],
    window: 10,
  },
  // Review 25C: deciding whether he may only with the drugs or drink named: boys or men deciding anything else is not
  // supply ("the boys decide whether he can play in goal").
  {
    code: 'ad_supply_controlled',
    patterns: ['decide|decides|decided|control|controls|controlled when|whether [she|he|they] has|have|gets|get|can|is|are [allowed]'],
    requiresNear: [`${DRUGS}|${HARD_DRUGS}|drink|alcohol|vodka`],
    unlessNear: [FAMILY, 'doctor|gp|nurse|pharmacist|prescription|prescribed|medication|staff|clinic|methadone|inhaler'],
    window: 10,
  },
  // Not able to say where the house was (RHI, police): "cannot say where the house was".
  {
    code: 'am_unknown_address',
    patterns: [
      "cannot|can't|can’t|couldn't|couldn’t|didn't|doesn't say|tell|remember where the|a|that house|flat|address|place|hotel|property was|is",
      'could|did|does not say|tell|remember where the|a|that house|flat|address|place|hotel|property was|is',
    ],
    // Review 25C: too young to remember ("she was very young on that holiday", "the family moved when he was two").
    // Review 25E: with the probe-25 duplicate's vetoes folded in (a party, a friend's house, where he lives).
    unlessNear: ['holiday|holidays|young|little|baby|toddler|moved', 'party|birthday|lives|live', "friend's|friends"],
    window: 12,
  },
  // No longer seeing friends (isolation): "no longer sees any friends her own age".
  {
    code: 'ep_isolated',
    patterns: ['no longer sees|see|has|meets|mixes [with] [any] [of] [her|his|their] friends|mates'],
    unlessNear: ['moved|move|moving|lockdown|holiday|holidays|because|left'],
    window: 6,
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
  // More than one person (sexual health, SARC): "unclear whether more than one man had sex with her".
  {
    code: 'sh_many_partners',
    patterns: ['more than one man|person|male|boy|adult|lad|guy'],
    requiresNear: ['sex|sexual|slept|sleeping|intercourse|raped|abused'],
    // Review 25C: other children, not partners ("more than one boy in her class has been abused online").
    unlessNear: ['class|year|school|pupils|children|online'],
    window: 6,
  },
  // A complete change (coaches and carers): "has changed completely and stopped coming to training".
  {
    code: 'ep_change_in_behaviour',
    patterns: ['changed completely|totally|dramatically|massively', 'changed beyond recognition'],
    requiresNear: ['has|have|had|she|he|they|since|really'],
    unlessNear: [
      'plan|plans|timetable|rules|address|number|name|phone|team|club|rota|staff|system|policy|hair|look|style|kit|school|placement|diet|medication',
      // Review 25C/D (the probe-25 duplicate, folded in here) and 25E: a place or a service ("the estate has changed
      // dramatically since the regeneration").
      'schools|room|course|job|website|app|squad|season|layout|building|area|menu|estate|regeneration|neighbourhood|town|street',
    ],
    window: 3,
  },

  // Not letting the child speak (GP reception, station staff): "an older man who would not let her talk".
  {
    code: 'da_coached_account',
    patterns: ['would|will|did|does not let her|him|them talk|answer|reply|speak', "wouldn't|won't|didn't|doesn't let her|him|them talk|answer|reply|speak"],
    unlessNear: [
      'teacher|teachers|class|lesson|lessons|assembly|chair|meeting|exam|test|quiet|library|bedtime|phone',
      // Review 25C: a sibling or friends talking over her ("her little brother would not let her talk").
      'brother|sister|brothers|sisters|friend|friends|mate|mates|sleepover|excited|interrupting|interrupted',
      // Review 25G: a nurse, a pharmacist or a referee keeping order ("the nurse would not let him talk until he had calmed
      // down", "the referee would not let him answer back", "the pharmacist would not let her talk about her friend's
      // prescription").
      'nurse|nurses|doctor|pharmacist|referee|umpire|ref would|will|did|does not',
      "nurse|nurses|doctor|pharmacist|referee|umpire|ref wouldn't|won't|didn't|doesn't",
      'calmed|answer back',
    ],
    window: 6,
  },
  // Waiting for the child at the gates (school reception): "an older lad waits for her at the gate every day".
  {
    code: 'go_unknown_adults_collect',
    patterns: ['waits|waiting|waited|wait for her|him|them at|outside|by [the] [school] gate|gates|entrance|reception'],
    requiresNear: ['older|man|men|male|males|adult|adults|lad|lads|car|cars|van|stranger|strangers|unknown|olders|guy|guys'],
    // Review 25C: nor an older pupil ("an older girl from Year 11 waits for her at the gate as her reading buddy").
    // Review 25G: nor a childminder ("the older man who waits for him at the gates is his childminder").
    unlessNear: [
      FAMILY,
      'taxi|escort|minibus|bus|coach|staff|teacher|worker|arranged',
      'pupil|pupils|student|students|buddy|classmate|year|walk',
      'childminder|childminders|nanny|babysitter',
    ],
    window: 8,
  },
  // Visitors at all hours (housing officers): "lots of visitors at all hours", "people coming and going day and night".
  {
    code: 'go_cuckooing',
    patterns: [
      'visitors|callers at all hours',
      'visitors|callers day and night',
      'coming and going at all hours',
      'coming and going day and night',
      'coming and going all night',
    ],
    requiresNear: ['flat|house|address|property|tenant|tenancy|door|home|room'],
    // The named sign carries it ("possible cuckooing, given the visitors at all hours").
    unlessNear: [
      'carers|carer|nurse|nurses|district|care|agency|workers|staff|builders|contractors|repairs|party|parties|hospital|ward|hotel|shop|pub',
      // Review 25E: a holiday let ("from the house next door, which is an Airbnb").
      'airbnb|guesthouse|hostel|sale|viewings',
      // Review 25G: a business at home ("the tenant runs a childminding business"), not any business.
      'childminding|childminder',
    ],
    unlessNearAcross: ['cuckoo*'],
    window: 12,
  },
  // New kit the child turns up in (sports coaches, youth workers): "turns up with expensive new kit".
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      `arrived|arrives|arriving|turned|turns|turning|returned|returns|returning [up] [at|to] [school|college|home|the|training|placement] with|in [a|an|some] expensive|designer|branded [new] kit|gear`,
    ],
    unlessNear: EXPLAINED_CUES,
    window: 8,
  },

  // Out most nights until the small hours (carers, parents on referral forms): "he is out most nights until 2am".
  {
    code: 'am_staying_out_late',
    patterns: ['out most|every|all|some [of] [the] nights|weekends|evenings|weekend|night until|till|past 1am|2am|3am|4am|5am|midnight'],
    // Review 25C: a parent's own evenings ("Dad is out most nights until midnight at the pub"), and sleepovers.
    unlessNear: [
      'shift|shifts|work|job|flight|holiday|prom|wedding|concert|sleepover|sleepovers|festival',
      `${FAMILY_NOT_CARERS} is|was|are|were|goes|went out`,
      // Review 25G: an adult tenant at work ("the tenant is out most nights until midnight working at the takeaway").
      'tenant|tenants is|was|are|were out',
      'working at|in [the|a] takeaway|restaurant|pub|bar|shop|factory|warehouse|hotel',
    ],
    window: 6,
  },

  // Trying to take one's own life (carers, school, GP): "tried to take her own life last week".
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['tried|tries|attempted|attempting|wants|wanted to take her|his|their own life'],
  },
  // Drink or drug problems named plainly (referral forms: family section): "Dad had a drink problem".
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drink|drinking|alcohol problem|problems|issue|issues'],
    // Review 25G: nor a club's adult players ("the club has a drink problem among the senior players").
    unlessNear: [
      'no|not|never|without',
      'treatment|service|services|team|worker|workers|awareness|lesson|session|sessions|leaflet|campaign',
      'club|players|squad|senior',
    ],
    window: 3,
  },
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drug|drugs problem|problems|habit'],
    unlessNear: ['treatment|service|services|team|worker|workers|awareness|lesson|session|sessions|leaflet|campaign|estate|area|city|town|street|streets'],
    window: 3,
  },
  // Men driving or taking girls to parties (taxi firms, hotel staff): "Men drive the girls to hotel parties in Birmingham".
  {
    code: 'go_taken_to_parties',
    patterns: [
      'drive|drives|drove|driving|ferry|ferries|ferried|ferrying the|her|him|them [girls|boys|children|kids|young] [people] to [hotel|house|flat] parties|party',
    ],
    requiresNear: [ADULTS, 'older|olders|lads|taxi|taxis|cars|car'],
    unlessNear: [FAMILY, 'school|prom|birthday|christmas|staff|teacher|coach|club'],
    window: 8,
  },
  // On camera for someone (live streaming): "made to perform on camera".
  {
    code: 'te_live_streaming',
    patterns: [
      'perform|performing|performed|pose|posing|posed|strip|stripping|stripped on|for [a|the] camera|webcam|cam|livestream|live-stream|stream',
      'perform|performing|performed|pose|posing|posed|strip|stripping|stripped in front of [a|the] camera|webcam|cam',
    ],
    requiresNear: ['made|forced|asked|paid|told|pressured|pressurised|coerced|groomed|man|men|adult|adults|someone|somebody|online|app'],
    unlessNear: [
      'drama|school|play|music|concert|band|choir|dance|youtube|channel|tiktoker|influencer|gaming|game|games|lesson|class',
      // Review 25C: a photo day ("asked to pose for the camera at the football photo day").
      'photo|photos|photographer|photoshoot|portrait|football|match|team|wedding',
    ],
    window: 8,
  },
  // Sex exchanged (rg_sex_exchange): "money was exchanged for sex".
  { code: 'rg_sex_exchange', patterns: ['exchanged|swapped|traded|swapping|trading|exchanging for sex|sexual'] },
  // Sleeping with an adult known to a friend or relative: "sleeping with her friend's uncle".
  {
    code: 'sh_sexual_activity',
    patterns: [
      "sleeping|slept|sleeps with her|his friend's|friend’s|mate's|mate’s|sister's|sister’s|cousin's|cousin’s|neighbour's|neighbour’s uncle|dad|father|stepdad|brother|boyfriend|husband|lodger|partner",
      'sleeping|slept|sleeps with her|his neighbour|landlord|boss|manager|teacher|coach|tutor|lodger',
    ],
    // Review 25C: a parent's or relative's relationship ("her mum is sleeping with her boss").
    unlessNear: [`${FAMILY_NOT_CARERS} is|was|has|had|been sleeping|slept|sleeps`, `${FAMILY_NOT_CARERS} sleeps|slept`],
    window: 4,
  },
  // Any sexual contact, asked about or denied: "denies any sexual contact with the older man".
  // Review 25C: not a rule for staff ("staff must report any sexual contact between residents").
  {
    code: 'sh_sexual_activity',
    patterns: ['any sexual contact|activity|intercourse'],
    unlessNear: ['policy|procedure|rules|must report', 'between residents|pupils|children|students'],
    window: 4,
  },
  // Not able to talk about it yet (RHI, SARC): "he cannot talk about what happened yet".
  {
    code: 'da_not_disclosing',
    patterns: [
      "cannot|can't|can’t|couldn't|couldn’t talk|speak about what happened|it",
      'could not talk|speak about what happened|it',
      'unable to talk|speak about what happened',
      'not able to talk|speak about what happened',
    ],
    unlessNear: ['speech|language|non-verbal|nonverbal|deaf|mute|selective|interpreter|hoarse|voice|throat|laryngitis'],
    window: 6,
  },
  // Someone touching her, asked about or denied (sh_sexual_assault): "denies that anyone touched her at the party".
  {
    code: 'sh_sexual_assault',
    // Review 25C: not "nobody touched her", which is no sign at all, not a touching found.
    patterns: ['anyone|anybody|someone|somebody touched her|him|them'],
    // Not a thing of hers ("whether anyone touched her teeth", "someone touched her phone").
    unlessNear: [
      'teeth|tooth|hair|phone|bag|belongings|things|stuff|food|plate|drink|work|books|locker|bike',
      // Review 25C: sport ("nobody touched him during the tackle").
      'tackle|tackled|referee|ball|penalty|foul',
    ],
    window: 4,
  },
  // Identity documents held by an adult for several children: "the man in Slough may hold the boys' ID cards".
  {
    code: 'da_documents_held',
    patterns: [
      "hold|holds|holding|held|keep|keeps|kept|keeping|took|take|takes the|their boys|girls|children's|children’s|kids|workers id|passports|passport|documents|papers",
    ],
    // Review 25C: a team's tour ("the coach holds the boys' passports for the tournament").
    unlessNear: [
      'reception|school|staff|office|lanyard|lanyards|visitor|visitors|solicitor|safe|locker|lockers|agreed|agreement|trip|exam|exams',
      // Review 25C: a parent's keeping ("Mum keeps the children's passports in a drawer at home").
      FAMILY,
      'coach|coaches|tournament|tour|club|team|squad|teacher|teachers',
    ],
    window: 8,
  },
  // An adult she calls her boyfriend: "a man of 26 she calls her boyfriend".
  {
    code: 'go_older_partner',
    patterns: [`man|male|guy|adult of ${ADULT_AGES} [that|who|whom] [she|he] calls|call|called|describes|describe [as] her|his boyfriend|partner|bf`],
  },
  // Very little confidence (ep_low_self_esteem): "she has very little confidence".
  // Review 25E: only in herself here; bare "little confidence" is the probe-25 entry, which trust in a coach or a school
  // vetoes ("the coach has very little confidence in the new goalkeeper").
  { code: 'ep_low_self_esteem', patterns: ['very little|little|no confidence in herself|himself|themselves'] },
  // Moved around by the adults who brought the child (am_moved_by_others): "moved around London by the people who brought
  // him".
  {
    code: 'am_moved_by_others',
    patterns: ['moved|taken|sent around [*] [*] by the|a|an|two|three|some|several [*] people|men|adults|man|group|olders|traffickers|gang'],
    // Not "passed around for sex" (sh_many_partners).
    unlessNear: [
      FAMILY,
      'staff|carers|carer|council|social|worker|workers|school|teacher|coach|furniture|boxes|equipment|sex|sexual',
      // Review 25C: a visit ("taken around the museum by a group of volunteers").
      'museum|gallery|zoo|tour|volunteers|volunteer|guide|guides|visit',
      // Review 25G: a club's ground ("taken around the ground by a group of older players on the stadium tour").
      'players|stadium|ground|campus',
    ],
    window: 6,
  },
  // Someone using the child's card or account to move money (money mule): "used her card to move money".
  {
    code: 'rg_bank_account_used',
    patterns: ['used|using|uses|use her|his|their card|account|bank|details to move|transfer|launder|pass|send|receive money|cash|funds|payments'],
    // Review 25C: the child's own saving, or a parent's use ("used his card to transfer money to his savings account").
    unlessNear: ['savings|saving|bills|rent|uni|university|pocket|shopping', `${FAMILY} used|uses|using`],
    window: 8,
  },
  // Coming home with cash (rg_unexplained_money): "she used to come home with cash".
  {
    code: 'rg_unexplained_money',
    patterns: [`come|comes|came|coming home|back with [a|some|lots|wads|rolls|bundles] [of] ${MONEY}`],
    // Review 25G: pay from a shift ("used to come home with cash after her shifts at the café").
    unlessNear: [...EXPLAINED_CUES, 'shift|shifts|tips', 'paper round'],
    window: 8,
  },

  // A child in or taken up to a hotel room with adults (hotel night staff): "went up to room 12 with two men at 1am",
  // "girl about 14 in room 7 with a man in his 40s".
  {
    code: 'am_found_with_adults',
    patterns: [
      `room|rooms * with [a|an|two|three|four|several|some] [older|adult] ${ADULTS}`,
      `went|gone|going|go|goes|taken|took up to [a|the|his|their] room|rooms [*] with [a|an|two|three|four|several|some] [older|adult] ${ADULTS}`,
    ],
    requiresNear: ['girl|girls|boy|boys|child|children|teenage|teenager|teenagers|young|14|13|15|12|16|she|he|her|him|year-old|yo'],
    unlessNear: [
      FAMILY,
      'hospital|ward|meeting|interview|consultation|waiting|classroom|conference|staff|teacher|teachers|nurse|doctor|social|worker|workers',
      // Review 25G: a family checking out ("room 14 with two adult guests and their baby checked out late"); not "guests"
      // or "checked", often the men or the staff's check.
      'baby|babies|toddler',
      'checked|checking out',
      // Review 25C: supervision in a care plan ("in room 3 with an adult at all times, as set out in her care plan").
      'care|plan|supervision|supervised|observation|observations',
      // Review 25C: a school residential ("Year 9 girls are in room 14 with two adult helpers").
      'helper|helpers|residential|leader|leaders|volunteer|volunteers|instructor|instructors|supervisor|supervisors',
      // Review 25G: a team away ("the girls' football team are in room 12 with two adult coaches").
      'coach|coaches|squad|tournament',
    ],
    window: 10,
  },
  // Dropped off by a car in the small hours (residential handovers): "dropped off by a car at 4am".
  {
    code: 'da_controlled_return',
    patterns: ['dropped [off|back|home] by a|an car|cars|taxi|van'],
    requiresNear: ['1am|2am|3am|4am|5am|midnight|night|01|02|03|04|05'],
    unlessNear: [
      FAMILY,
      'staff|carer|carers|social|worker|council|school|police|escort|placement|hospital|arranged|booked',
      // Review 25C: after a shift or an event ("dropped off by a taxi at midnight after her shift at the restaurant").
      'shift|shifts|work|job|restaurant|prom|presentation|disco|concert|wedding|cinema|match|training',
    ],
    window: 8,
  },

  // The flat used by the men to sell drugs (housing officers): the whole phrase, so that "to sell drugs" inside it is not
  // also the men's drug dealing.
  {
    code: 'go_cuckooing',
    patterns: [`being|been|is|was used by [the|a] [drug] dealers|men|gang|olders|lads|adults to sell|deal|store|stash|cut|bag [drugs|${HARD_DRUGS}]`],
    requiresNear: ['flat|house|home|address|property|room'],
    // Review 25G: not goods stored ("the flat is being used by the lads to store bikes").
    unlessNear: ['school|club|hall|gym|pitch|library|shop|business', 'bike|bikes|scooters|furniture|kit|tools|boxes|equipment|belongings'],
    window: 8,
  },
  // Asked to hold or carry bags for the men (youth workers): "men at the park have been asking him to hold bags for them".
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'asking|asked|asks|ask|told|tells|getting|got|gets|making|made|make|makes her|him|them [to] hold|carry|keep|mind bags|bag|packages|package|parcels|parcel|packs|stuff|things|items for them|the',
    ],
    requiresNear: ['men|man|olders|elders|lads|boys|gang|older|adults|dealers|possibly|drugs'],
    unlessNear: [FAMILY, 'shopping|school|teacher|coach|staff|kit|football|shop|market|stall|job|work|christmas|birthday'],
    window: 8,
  },

  // A threat to the family told to the child (go_threats_violence): "he was told his little sister would be hurt if he
  // talked", "told his mum would be hurt".
  {
    code: 'go_threats_violence',
    patterns: [
      `told [that] [his|her|their] [little|younger|older|baby|big] mum|mother|dad|father|sister|brother|family|nan|gran|girlfriend|boyfriend|siblings|friends|cousin would|will|could [get] [be] hurt|harmed|stabbed|killed|beaten|attacked|shot|burned|hurt|done`,
    ],
    // Review 25C: a safety warning ("told his friends would be hurt if they kept climbing the scaffolding").
    // Review 25G: and sport without the gear ("would be hurt if he kept playing rugby without a gumshield").
    unlessNear: [
      'fall|falling|fell|climbing|climb|scaffolding|roof|road|roads|traffic|careful|safety|unsafe|dangerous|accident|ice',
      'gumshield|helmet|seatbelt|trampoline|skateboard',
    ],
    window: 8,
  },
  // Drugs or drink handed over, in the passive with the child named: "pills given to him by older boys".
  {
    code: 'ad_substances_given',
    patterns: [`${DRUGS}|${ALCOHOL}|drink|drinks|${HARD_DRUGS} given|handed|supplied|passed to her|him|them by`],
    unlessNear: ['doctor|gp|nurse|pharmacist|paramedic|paramedics|hospital|prescribed|prescription|ambulance|staff|medication'],
    window: 8,
  },
  // Collected by the same men (school and strategy minutes): "is now being collected from school by the same men".
  {
    code: 'go_unknown_adults_collect',
    patterns: [`collected|picked [up] [*] [*] [*] [*] by the|those|these same|different|various ${ADULTS}|lads|olders`],
    // Not a known lift ("picked up from training by the same man, the club's volunteer driver").
    // Review 25C: nor family friends or a faith group ("collected by different adults each week, her mum's friends from
    // church").
    // Review 25G: nor relatives named in a pair ("collected by the same adults who bring her in, her nan and grandad").
    unlessNear: [
      'club|volunteer|coach|training|escort|arranged|minibus|rota|staff|worker|workers',
      FAMILY_HOMES,
      'church|mosque|temple|gurdwara|relatives',
      `[her|his|their] ${FAMILY} and|or`,
    ],
    window: 8,
  },
  // Always going back to them (controlled return): "he always returns to them".
  {
    code: 'da_controlled_return',
    patterns: [
      'always returns|returned|goes|went|runs|ran [back] to them',
      'always returns|returned|goes|went|runs|ran [back] to the men|olders|flat|house|address',
    ],
    // Review 25C: something forgotten ("always runs back to the flat to get his PE kit").
    unlessNear: [FAMILY, 'help|advice|support|school|lessons|club|training|church|mosque|lunch|dinner|tea|kit|coat|charger|forgot|forgotten'],
    window: 8,
  },
  // A debt from drugs given on tick (rg_debt_bondage): "given a bag of weed by the older lads and told he could pay it back
  // later".
  {
    code: 'rg_debt_bondage',
    patterns: ['pay|paying it|them|him back later|afterwards', 'pay|paying it|them|him back another time'],
    requiresNear: [`${DRUGS}|${HARD_DRUGS}|olders|elders|lads|men|dealers|tick|owe|owes|owed|debt`],
    // Review 25C: a few pounds for food or a fare ("borrowed £5 off the lads for lunch").
    unlessNear: [FAMILY, 'loan|lent|lends|lend|bank|library|book|books|shop|school|charity|friend|friends|mate|lunch|fare|chips|snacks|canteen|cinema'],
    window: 12,
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
  // Probe 25: the writer's or the staff's own tiredness is not the child's ("I was exhausted after a double shift").
  // Review 25D: as the subject of "exhausted" ("I was exhausted"), not any "staff" or "I" ("exhausted and told staff").
  {
    code: 'ep_exhaustion',
    patterns: ['exhausted|exhaustion'],
    unlessNear: ['i|we|staff [was|were|am|are|is|felt|feel|feeling|all] [all] [so|very|really|completely|absolutely] exhausted', 'shift|shifts'],
    window: 3,
  },
  // ---- Probe 25: plain words of front-line staff outside social care (school office, GP reception, pharmacy, hotel,
  // taxi rank, station, housing, youth work, coaching, carers' logs), referral forms and meeting minutes.
  // Sexual acts the child was made to do, in plain words ("an older lad forced her to do sexual things").
  {
    code: 'sh_sexual_assault',
    patterns: [
      'forced|forces|forcing|made|makes|making|pressured|pressuring|coerced [her|him|them|me] [to] [into] do|doing|perform|performing sexual|sex things|acts|stuff',
    ],
    // On a call or a stream it is te_live_streaming, the more specific sign (eval README: one code per phrase).
    unlessNear: ['video|videos|call|calls|webcam|camera|stream|livestream|live|streamed|streaming|facetime|skype|online|recorded|filmed'],
    window: 12,
  },
  // Sexual talk or touching out of keeping with the child's age ("talks about sex in a way that isn't normal for a
  // 10-year-old"); London CSE Operating Protocol: sexualised behaviour beyond age and development.
  {
    code: 'sh_sexualised_behaviour',
    patterns: ['talks|talking|talked|talk|speaks|speaking|spoke about sex', 'talks|talking|talked|talk|speaks|speaking|spoke about sexual things|acts'],
    requiresNear: ['normal|age|year-old|years|inappropriate|inappropriately|unusual|expected|young'],
    unlessNear: [...EDUCATION_CUES],
    window: 10,
  },
  // The address that is kept from the school or the clinic ("we have no address", "at an address mum won't give").
  {
    code: 'am_unknown_address',
    patterns: [
      "address * won't|wouldn't|will|would|refuses|refused [not] [to] give|say|share|disclose",
      'could|would|can|will not give|say [us|me|staff] [her|his|their|an] address',
      "couldn't|can't|cannot|won't|wouldn't|refused|refuses [to] give|say [us|me|staff] [her|his|their|an] address",
      'no address|addresses for her|him|them',
      'no known|current address',
    ],
    // A parent fleeing abuse keeps a refuge address back for safety.
    // Review 25D: nor a parent's or a landlord's address ("no current address on file for dad"), nor "has fled".
    unlessNear: [
      'refuge|refuges|confidential|fleeing|fled|flee|domestic|abuse|safety|solicitor|forgot|forgotten|remember|email',
      'for [the|her|his|their] dad|father|mum|mother|parent|parents|stepdad|stepfather|landlord|partner',
    ],
    window: 8,
  },
  // Tablets taken in number ("after taking 20 paracetamol", "swallowed a packet of her tablets"); not a dose.
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      `took|taken|taking|takes|swallowed|swallowing|swallows [a|an|her|his|their|the|all|whole] ${range(8, 100).join('|')}|handful|packet|packets|box|boxes|bottle|strip|strips|blister [of] [her|his|their|mum's|dad's] paracetamol|ibuprofen|co-codamol|codeine|tablets|pills|aspirin|sertraline|fluoxetine|painkillers`,
    ],
    // Review 25D: a daily regimen ("Nan takes 12 tablets a day for her heart").
    unlessNear: ['prescribed|dose|doses|daily|per|hay|headache|toothache|migraine|period|cramps', 'a|each|every day|morning|week'],
    window: 8,
  },
  // Told what to say by the men or older boys ("he is being told by older boys what to say to the police").
  {
    code: 'da_coached_account',
    patterns: ['told|tells|telling|instructed|briefed [by] [*] [*] [*] what to say|tell|write'],
    unlessNear: [
      'solicitor|lawyer|advocate|teacher|teachers|tutor|coach|drama|play|script|speech|assembly|presentation|interview|job|audition|lines|rehearsal',
      // Review 25D: nor a receptionist's or a nurse's help with a form ("told by the receptionist what to write on the
      // form").
      'by [the|a|her|his|their] receptionist|nurse|doctor|pharmacist|interpreter|clerk|optician',
      'form|forms|application|applications|card|essay',
    ],
    window: 8,
  },
  // Taking back what was said ("has withdrawn what she said about the men in the car").
  {
    code: 'da_disclosure_withdrawn',
    patterns: [
      'withdrawn|withdrew|withdraws|retracted|retracts what|everything she|he|they [had] said|told|disclosed|reported',
      'taken|took|takes|taking back what|everything she|he|they [had] said|told|disclosed|reported',
    ],
    window: 8,
  },
  // Videos or pictures "of a sexual nature" sent to or by the child.
  {
    code: 'te_sexual_images',
    patterns: ['videos|video|pictures|picture|photos|photo|images|image|clips|content|material of a sexual nature'],
    // Review 25D: not a lesson about them ("a PSHE lesson on images of a sexual nature").
    unlessNear: EDUCATION_CUES,
  },
  // Money asked to take pictures down ("asking him for money to take them down"): the demand of sextortion.
  {
    code: 'te_sextortion',
    patterns: [
      'asking|asked|asks|wants|wanted|demanding|demanded [her|him|them] [for] money|cash|payment [*] [*] [to] take|taking [them|it|the|those|these|his|her|their] [*] down',
      'asking|asked|asks|wants|wanted|demanding|demanded [her|him|them] [for] money|cash|payment [*] [*] [to] delete|remove|deleting|removing them|it|the|those|these',
    ],
    requiresNear: ['pictures|picture|photos|photo|images|image|pics|pic|nudes|videos|video|posted|online'],
    unlessNear: ['shop|ebay|vinted|sold|selling|listing|advert|parking|fine'],
    window: 10,
  },
  // Round 26: someone from an app the child has met up with ("raped by a man she met up with from Snapchat"; framework:
  // meeting people first met online).
  {
    code: 'te_meeting_online_contacts',
    patterns: [`man|men|adult|adults|male|males|guy|guys|someone|person|boy|lad [who|that|whom] she|he|they met|meets up with from|on|via|through ${APPS}`],
  },
  // Someone known only from an app who wants to meet ("a man she met on Snapchat wants to meet her in town").
  {
    code: 'te_meeting_online_contacts',
    patterns: [`met|meets|talks|talking|chats|chatting|speaks|speaking [to|with] on|via|through ${APPS} wants|wanted|asked|asking|asks to meet|see`],
    unlessNear: [FAMILY, 'school|class|classmate|classmates|college|club|team'],
    window: 8,
  },
  // A gift no one will account for ("a new tattoo and won't say who paid for it").
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      "won't|wouldn't|can't|couldn't|refuses|refused|cannot [to] say|explain|tell [us|me|staff|anyone] who paid|bought|gave|got",
      'will|would|could|did|does not say|explain|tell [us|me|staff|anyone] who paid|bought|gave|got',
    ],
    // Not who caused a pregnancy or an injury, or gave drugs (signs of their own).
    unlessNear: [
      'rent|bill|bills|fine|fines|lunch|dinner|meal|taxi|fare|ticket|tickets|pregnant|pregnancy|injury|injuries|bruise|bruises|hit|eye|cannabis|drugs|alcohol|vodka',
      // Review 25D: nor who was hurt or who passed a note ("won't say who got hurt in the fight", "who gave her the note").
      'hurt|injured|note|notes|letter|letters|round|rounds|trouble|fight|detention',
    ],
    window: 8,
  },
  // An adult husband ("married to an adult man abroad"): child marriage is a partner far older by law.
  {
    code: 'go_older_partner',
    patterns: ['married|marry|wed to [an|a] [older] adult|man|older', `married|marry|wed to [a|an] ${ADULT_YEAR_OLD}`],
    unlessNear: [FAMILY, 'teacher|coach|worker|staff|neighbour'],
    window: 3,
  },
  // A placement named by its kind ("a care placement 60 miles from home", "residential placement").
  {
    code: 'fa_in_care',
    patterns: ['care|residential|foster|fostering|semi-independent placement|placements'],
    unlessNear: ['nursing|elderly|respite|grandmother|grandad|grandfather|nan|gran|hospice|dementia|residents|resident'],
    window: 4,
  },
  // Cut off from friends ("doesn't talk to anyone in class anymore", "has stopped seeing her friends").
  {
    code: 'ep_isolated',
    patterns: [
      // Review 25D: "in" or "at" only with a place of peers ("does not speak to anyone in Polish at work" is not).
      "doesn't|didn't|won't talk|speak|mix to|with anyone|anybody anymore|now",
      'does|did|will not talk|speak|mix to|with anyone|anybody anymore|now',
      "doesn't|didn't|won't talk|speak|mix to|with anyone|anybody in|at class|school|college|break|lunch|lunchtime|clubs|youth",
      'does|did|will not talk|speak|mix to|with anyone|anybody in|at class|school|college|break|lunch|lunchtime|clubs|youth',
      'stopped|stops seeing|meeting|going out with [her|his|their] [old|usual] friends|mates',
    ],
  },
  // Meals not eaten or brought back up ("has not eaten properly for three days", "throwing up after meals").
  {
    code: 'ep_eating_problems',
    patterns: [
      "not|hasn't|isn't|hadn't|wasn't|barely|hardly eaten|eating properly|anything|much for [*] [*] days|day|week|weeks|hours|ages|while|nights",
      'throwing|throws|threw|thrown up after|following meals|eating|food|dinner|tea|lunch|breakfast',
      'sick after meals|eating',
    ],
    // Review 25D: nor a food reaction ("sick after eating prawns; she has a shellfish allergy", "food poisoning").
    unlessNear: [
      'bug|virus|sickness|norovirus|flu|covid|stomach|poorly|ill|unwell|tonsillitis|fasting|ramadan|operation|dentist|braces',
      'allergy|allergic|allergies|poisoning|reaction|intolerance|intolerant|shellfish|prawns|gluten|lactose',
    ],
    window: 8,
  },
  // Hopelessness in plain words ("very low tonight", "said nobody would miss her").
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['very|really|extremely low tonight|today|again|lately|recently', 'low in herself|himself|themselves'],
    // Not a low after a lost match or a result.
    // Review 25D: nor a level or a supply ("the river was very low today", "her phone credit is very low again").
    unlessNear: [
      'lost|losing|defeat|match|final|game|result|results|score|scores|exam|exams|battery|stock|stocks|supplies',
      'river|water|tide|level|levels|fuel|petrol|credit|data|signal|budget|funds|numbers|attendance|sugar|sugars|iron',
    ],
    window: 8,
  },
  // Missing lessons, not missing from home ("previously missing from school for a whole term").
  {
    code: 'am_school_absence',
    patterns: ['missing|absent from school|lessons|class|classes|college|registration'],
    // Not staff, nor an explained illness (a single explained absence is not the sign, eval README).
    unlessNear: [
      'teacher|teachers|staff|headteacher|head|tutor|colleague|member',
      'flu|ill|illness|unwell|sick|poorly|virus|cold|covid|appointment|dentist|hospital|funeral|bereavement|injury',
      // Review 25D: nor another one-off reason ("absent from class for a family wedding abroad").
      'wedding|trip|visit|exam|exams|interview',
    ],
    window: 6,
  },
  // An adult who keeps messaging children on an app ("a man who isn't a parent keeps messaging the girls on Instagram").
  {
    code: 'te_adults_contact_online',
    patterns: [
      `messaging|messages|messaged|contacting|contacts|contacted|adding|added [her|him|them|the] [girls|boys|children|kids|players|pupils] on|via|over ${APPS}`,
    ],
    requiresNear: ["man|men|adult|adults|male|males|stranger|strangers|older|isn't|not"],
    unlessNear: [FAMILY, 'teacher|teachers|coach|coaches|school|secretary|staff|kit|fixtures|fixture|training|parents'],
    window: 8,
  },
  // Abuse by a relative at an earlier age, in plain words ("was abused by her uncle when she was little").
  {
    code: 'fa_previous_abuse',
    patterns: [
      `abused|molested|assaulted|raped by [her|his|their|a|an] [*] [*] when|as [she|he|they] was|were [a] [very] little|small|younger|young|baby|toddler|child|${range(1, 12).join('|')}`,
      `abused|molested|assaulted|raped by [her|his|their|a|an] [*] [*] when|as a little|small|young baby|toddler|child|girl|boy`,
    ],
  },
  // Will not talk to anyone about it ("he won't talk to anyone about what happened at the party").
  {
    code: 'da_not_disclosing',
    patterns: [
      "won't|wouldn't|won’t|wouldn’t|refuses|refused|refusing [to] talk|speak to anyone|anybody|us|staff|police|me about",
      'will|would not talk|speak to anyone|anybody|us|staff|police|me about',
    ],
    // Review 25D: nor school work ("won't talk to anyone about his exams").
    unlessNear: ['homework|football|game|games|music|film|films', 'exam|exams|results|grades|revision|coursework|options|gcse|gcses'],
    window: 8,
  },
  // Back in the small hours ("returned at 6am"), not from a shift, a flight or a trip.
  {
    code: 'am_staying_out_late',
    patterns: ['returned|returning|returns|arrived|arriving|arrives at|after|around|gone 1am|2am|3am|4am|5am|6am|midnight'],
    // Review 25D: nor a hotel's guests ("the guests arrived after midnight").
    unlessNear: [
      'shift|shifts|work|flight|airport|holiday|trip|coach|wedding|train|ferry|hospital|ward|delayed|permission',
      'guest|guests|handover|refuge',
      // Not the staff's or a service's arrival ("the day staff arrived at 6am"); not bare "taxi" (a taxi a man paid for is
      // the sign).
      'staff|taxi|nurse|ambulance|police|officers|paramedics arrived|arrives|arriving',
    ],
    window: 10,
  },
  // Substances handed round at a party or a flat ("drugs and alcohol were given out").
  {
    code: 'ad_substances_given',
    patterns: [
      `${DRUGS}|${ALCOHOL}|drink|drinks [and|or] [${DRUGS}|${ALCOHOL}|drink|drinks] [were|was|being|are|is|got] given|handed|passed out|around|round|freely`,
      `${DRUGS}|${ALCOHOL}|drink|drinks [and|or] [${DRUGS}|${ALCOHOL}|drink|drinks] [were|was|being|are|is|got] given|handed|passed to the girls|boys|children|kids|teenagers`,
    ],
    // Review 25D: nor soft drinks handed out at a club or on a trip ("sweets and drinks were given out to the kids").
    unlessNear: [
      ...EDUCATION_CUES,
      ...PRESCRIBED_CUES,
      'wedding|christening|reception|staff|guests|parents',
      'sweets|snacks|crisps|juice|squash|water|fizzy|pop|cake|biscuits|tuck|youth|club|trip',
    ],
    window: 8,
  },
  // Pills at a party ("was sick after taking pills at a party").
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['taking|taken|took|takes|popping|popped pills|tablets'],
    requiresNear: ['party|parties|rave|raves|festival|club|clubs|flat|trap|high'],
    // Brought to hospital after them is ad_intoxication_hospital, the more specific sign (two tuning-set lines).
    unlessNear: [
      ...PRESCRIBED_CUES,
      'hay|headache|period|prescribed|travel|sickness|antibiotics|inhaler',
      'unconscious|unresponsive|collapsed|ed|hospital|ambulance|paramedics',
    ],
    window: 8,
  },
  // Money put through an account for others ("given a bank account and told to let money go through it").
  {
    code: 'rg_bank_account_used',
    patterns: [
      'let|lets|letting|allow|allowed money|cash|payments|funds go|goes|going|pass|passes|passing|run through [it|her|his|their|the|an|a] [bank] [account]',
      'money|cash|payments|funds go|goes|going|pass|passes|passing|run|runs through it',
      "bring|brings|bringing|borrow|borrowing|lend|lending [her|his|their|a] [mate's|friend's|mum's|dad's] bank card|cards|account|details",
    ],
    // Review 25D: not a household's ordinary money ("Nan lets money go through her account for her grandson's rent").
    unlessNear: ['rent|bills|benefit|benefits|wages|salary|pension', 'bursary|college|appointment|payroll'],
    window: 6,
  },
  // Sent off on a journey by a man ("given a train ticket by a man and told to go to Exeter").
  {
    code: 'am_moved_by_others',
    patterns: [`told|sent|instructed|ordered to go|come|travel|get [a] [train|bus|taxi|coach] to ${TOWNS}`],
    requiresNear: ['man|men|male|males|adult|adults|older|olders|someone|somebody|ticket|tickets|stranger|wait|waiting|call|phone|bag|package|parcel'],
    unlessNear: [FAMILY, 'school|teacher|trip|college|interview|hospital|appointment|university|course|match|tournament'],
    window: 12,
  },
  // A knife found on the child, in a bag or a room search ("staff searched her bag and found a knife").
  {
    code: 'go_carrying_weapons_money',
    patterns: [`found|discovered|recovered|located [a|an|two|several|the] ${WEAPON}`],
    requiresNear: ['bag|bags|pocket|pockets|room|bedroom|search|searched|possession|person|coat|jacket|waistband|rucksack|sock|socks|mattress'],
    // Review 25D: nor in a relative's things ("found a knife in dad's jacket").
    unlessNear: [
      'kitchen|cutlery|cake|bread|butter|dinner|drawer|cooking|chef|park|street|bin|game|toy|plastic|fortnite',
      "dad's|mum's|father's|mother's|brother's|sister's|stepdad's|uncle's|partner's|boyfriend's",
    ],
    window: 8,
  },
  // Calls that frighten the child ("kept getting calls and seemed scared").
  {
    code: 'te_worrying_calls',
    patterns: ['kept|keeps|keep getting|receiving calls|messages|texts'],
    requiresNear: ['scared|worried|frightened|anxious|panicked|panicky|nervous|upset|withheld|unknown|men|older|olders|night|jumpy'],
    // Review 25D: not calls from a surgery or a clinic ("kept getting calls from the GP surgery about her results").
    unlessNear: [
      FAMILY,
      'work|job|spam|sales|scam|marketing|insurance|staff|office',
      'from [the|his|her|their] school|college|teacher|teachers|gp|surgery|doctor|doctors|hospital|clinic|dentist|bank|council',
      'detention|detentions|results|appointment|appointments',
    ],
    window: 8,
  },
  // Probe 25 batch 3. A public stream is not the sign ("the class watched a live stream of the rocket launch").
  {
    code: 'te_live_streaming',
    patterns: ['live stream|streaming|streamed|streams'],
    unlessNear: ['launch|match|matches|game|games|concert|service|funeral|wedding|assembly|lesson|class|football|gig|church|news|cup|final|race'],
    window: 8,
  },
  // Review 25D: a stream with men, sex or payment is the sign whatever setting words the public-stream vetoes hold ("made
  // to live stream sexual acts in a game chat", "live streaming in her room to men while her class thought she was ill").
  {
    code: 'te_live_streaming',
    patterns: ['live stream|streaming|streamed|streams', 'live-streamed|livestreamed|livestreaming'],
    requiresNear: ['men|man|males|adults|strangers|sexual|sex|naked|strip|stripping|undress|undressing|nude|tokens|gifts|forced|pressured'],
    window: 8,
  },
  // Watched on a call ("made to do things on a video call while men watched").
  {
    code: 'te_live_streaming',
    patterns: ['video call|calls|chat|chats|camera|webcam while|as [the] [older] men|man|adults|adult|others|people|strangers watched|watching|watch'],
  },
  // Work for food or a bed, not wages ("given food instead of wages"; HTCDS methods of control: withheld pay).
  {
    code: 'rg_unpaid_work',
    patterns: [
      'food|clothes|cigarettes|weed|drugs|accommodation instead of wages|pay|payment|money',
      'somewhere to stay|sleep|live instead of wages|pay|payment|money',
      'bed|room|roof instead of wages|pay|payment|money',
      "doesn't|don't|didn't|never|not get|gets|got|getting paid",
    ],
    requiresNear: ['work|works|working|worked|hours|shift|shifts|kitchen|takeaway|car|wash|nail|salon|farm|factory|shop|cleaning|restaurant|job'],
    // Review 25D: nor the staff's or a colleague's pay ("staff didn't get paid overtime for the shift").
    unlessNear: [
      FAMILY,
      'volunteer|volunteering|volunteers|charity|placement|apprenticeship|chores|pocket',
      'work experience',
      'staff|overtime|colleague|colleagues',
    ],
    window: 12,
  },
  // Kept supplied ("the men keep him supplied with weed so he has to keep coming back").
  {
    code: 'ad_supply_controlled',
    patterns: [`keep|keeps|kept|keeping her|him|them supplied|stocked with|in ${DRUGS}|${ALCOHOL}`],
  },
  // Told threats in contractions ("or they'll hurt his little brother").
  {
    code: 'go_threats_violence',
    patterns: [
      "they'll|he'll|she'll|they’ll|he’ll|she’ll|they'd|he'd|they’d|he’d hurt|kill|stab|harm|shoot|batter|beat|smash|jump her|him|them|his|her|their|me|my",
    ],
    // Review 25D: a parent's or a coach's figure of speech ("Mum said she'll kill him if he misses school again"), a joke,
    // a final ("he'll smash them in the final").
    unlessNear: [
      'game|games|fortnite|match|joke|joking|ball|accidentally|accident',
      'joked|jokes|jokingly|laughed|laughing|final|finals|cup|semi-final|tournament|race',
      "mum|dad|mother|father|nan|gran|coach|teacher said|says|joked|jokes|shouted she'll|he'll|she’ll|he’ll|she'd|he'd|she’d|he’d",
    ],
    window: 6,
  },
  // An adult father of the pregnancy ("pregnant by a 24-year-old man").
  {
    code: 'go_older_partner',
    patterns: [`pregnant|pregnancy by|to [a|an] ${ADULT_YEAR_OLD}|older|adult [man|male]`, `father|dad is [a|an] ${ADULT_YEAR_OLD} [man|male]`],
    requiresNear: ['pregnant|pregnancy|baby|expecting'],
    unlessNear: OTHER_PERSONS_CUES,
    window: 10,
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
  // Injuries no one will account for ("covered in bruises and wouldn't say how he got them").
  {
    code: 'ep_injuries_assault',
    // The whole stretch, so that the sport or setting words the plain entry's vetoes hold do not silence it.
    patterns: [
      "bruise|bruises|bruised|bruising|cuts|injury|injuries|marks|eye [*] [*] [*] and|but [she|he|they] wouldn't|won't|can't|couldn't|cannot|refused|refuses|refusing|unable [to] say|explain|tell how|where|who",
      'bruise|bruises|bruised|bruising|cuts|injury|injuries|marks|eye [*] [*] [*] and|but [she|he|they] will|would|could|did not say|explain|tell how|where|who',
    ],
  },
  // Offering drugs to others at school ("telling other pupils he can get them weed").
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      `can|could get|sort them|people|pupils|anyone|others|you|kids [some] ${DRUGS}`,
      `supplying|supply|supplied|dealing|deals class a|b drugs|${DRUGS}`,
    ],
    unlessNear: [...EDUCATION_CUES],
    window: 6,
  },
  // Flat at an appointment ("appeared withdrawn and flat").
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['appeared|appears|seemed|seems|looked|looks|presented|presents [withdrawn|low|tearful|quiet] [and] flat'],
    // Review 25D: not the after-effect of treatment ("appeared flat at the dentist after the anaesthetic").
    unlessNear: ['anaesthetic|anaesthesia|sedation|sedated|operation|dentist|poorly|unwell'],
    window: 8,
  },
  // Probe 25 wave 3. A drink or drug problem, the child's or (otherCode) a parent's ("her dad had a drink problem").
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drink|drinking|alcohol problem|problems|issue|issues|habit'],
    // Review 25C/D: not a course about them, nor "no drink problem" ("the alcohol problems awareness course", "No drink
    // problem in the family").
    // Review 25G: nor a club's adult players ("the club has a drink problem among the senior players").
    unlessNear: [...EDUCATION_CUES, 'no drink|drinking|alcohol problem|problems|issue|issues', 'club|players|squad|senior'],
  },
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drug|drugs problem|problems|issue|issues|habit|addiction'],
    unlessNear: [...EDUCATION_CUES, 'dealing|dealer|dealers|gang|gangs|area|estate|town|city|street|streets|neighbourhood'],
    window: 6,
  },
  // Missing for a stretch of time ("was missing last night", "missing overnight"), not a thing that was missing.
  {
    code: 'am_missing',
    patterns: ['missing overnight|since', 'missing last|all night', 'missing all weekend'],
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|wallet|purse|keys|bike|trainers|medication|dog|cat|knife|cutlery|item',
      'remote|tv|controller|ipad|tablet|laptop|book|books|coat|jacket|shoe|shoes|ring|watch|file|files|paperwork|form|forms|letter|register|turned|found',
      'school|lessons|lesson|education|class|classes|pe|homework|appointments|appointment|college|registration|training',
    ],
    window: 4,
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
  // Told what to steal ("older boys told him what to take").
  {
    code: 'go_forced_theft_begging',
    patterns: ['told|tells|telling|showed|shows her|him|them what to take|steal|nick|pinch|grab'],
    unlessNear: ['exam|exams|test|subject|subjects|gcse|gcses|course|courses|medication|tablets|pack|bring|trip'],
    window: 6,
  },
  // Sex with many people in plain words ("sleeping with lots of different people").
  {
    code: 'sh_many_partners',
    patterns: [
      'sex with lots|loads|plenty of [different] people|men|boys|lads|guys',
      'sleeping|slept|sleeps|sleep with lots|loads of [different] people|men|boys|lads|guys',
    ],
  },
  // Bags moved between flats for others ("a 'job' moving bags between flats").
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'moving|moves|moved|carrying|carries|carried|taking|takes|took|dropping|drops|dropped bags|packages|parcels|packets between|round|around flats|houses|addresses|estates',
    ],
    // Review 25D: nor for a relative's shop ("moving bags between flats for his uncle's shop").
    unlessNear: [FAMILY, 'removal|removals|removal|furniture|job|shopping|charity|postman|courier|amazon|paper|newspapers', 'shop|shops|stall|market'],
    window: 6,
  },
  // Probe 25 wave 4. Not home all night, in a carer's or a parent's words ("didn't come home last night", "hasn't been
  // home since Friday").
  {
    code: 'am_missing',
    patterns: [
      "didn't|hasn't|hadn't|never|wasn't come|came|been|gone|go|got|get|coming home|back overnight|since",
      "didn't|hasn't|hadn't|never|wasn't come|came|been|gone|go|got|get|coming home|back last night",
      // Started at "not", not at "has" or "was" (matcher cost: very common first words).
      'not come|came|been|gone|go|got|get|coming home|back overnight|since',
      'not come|came|been|gone|go|got|get|coming home|back last night',
    ],
    // Review 25D: nor a club or a session not come back to ("Coach: she hasn't been back since her injury").
    unlessNear: [
      'sleepover|sleepovers|agreed|arranged|permission|hospital|holiday|trip|camp|festival|work|shift|shifts',
      'injury|injured|operation|club|training|sessions|session|group|practice|lessons|coach|team',
    ],
    window: 10,
  },
  // Cash on show with no source ("always flashing cash"; "always has money but mum says she doesn't give her any").
  {
    code: 'rg_unexplained_money',
    patterns: ['flashing|flashes|flashed|flash [the|his|her|their] [*] cash|money|notes|wad|wads|rolls'],
    // Review 25D: money with a source ("always flashing cash from her job at the cafe").
    unlessNear: ['job|work|wages|shift|paid|birthday|christmas|pocket|savings'],
    window: 8,
  },
  {
    code: 'rg_unexplained_money',
    patterns: ['always|constantly|suddenly|now has|had|got [lots] [of] [spare] money|cash'],
    requiresNear: ["doesn't|didn't|don't|does|did|do [not] give|know|explain|say", 'unexplained|nobody|no-one|unsure|unclear', 'no one'],
    window: 12,
  },
  // Dealing kit found ("scales, cling film and lots of small bags"), not a kitchen's.
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: ['scales|scale'],
    requiresNear: ['cling|bags|baggies|bag|wraps|burner|deal|dealing|snap|grip|tick'],
    unlessNear: ['baking|bake|cake|cakes|kitchen|cooking|recipe|bathroom|weigh|weighed|weighing|weight|dietitian|nurse|science|maths|lesson|music|fish'],
    window: 8,
  },
  // A threat in slang ("someone was going to 'do him in' if he didn't pay up").
  {
    code: 'go_threats_violence',
    patterns: ['going to do him|her|them|you|me in', 'gonna do him|her|them|you|me in', 'do|doing him|her|them|you|me in if'],
    // Review 25D: said in jest ("Mum is going to do him in if he is late again, she joked").
    unlessNear: ['joked|joke|jokes|joking|jokingly|laughed|laughing'],
    window: 8,
  },
  // Hunted by others ("scared to go out because people are looking for him").
  {
    code: 'go_threats_violence',
    patterns: ['people|men|someone|somebody|olders|gang|boys|lads are|is|were|was|been looking|out for him|her|them'],
    requiresNear: ['scared|afraid|frightened|hiding|hide|hides|terrified|worried|threat|threats|debt|owes|owe|revenge|stay|staying|inside|indoors'],
    unlessNear: [FAMILY, 'police|officers|school|staff|teacher|teachers|worker|workers|social|services|job|work|volunteers'],
    window: 10,
  },
  // Sexual "stuff" for things ("doing 'stuff' with older boys for vapes").
  {
    code: 'rg_sex_exchange',
    patterns: [
      'do|did|doing|does stuff|things|favours with|for [the] [older] men|man|males|lads|boys|him|them for vapes|vape|cigarettes|fags|weed|drugs|money|cash|alcohol|drink|lifts|food|clothes|somewhere|credit|top-ups',
    ],
    unlessNear: [
      'homework|chores|jobs|errands|shopping|cleaning|garden|gardening|dishes|washing|debt|debts|owe|owes|owed|packages|parcels|deliver|delivering|carrying|selling|sell',
    ],
    window: 8,
  },
  // Days of school missed in number ("has missed 30 days this year").
  {
    code: 'am_school_absence',
    patterns: [`missed|misses|missing ${range(5, 150).join('|')} days|sessions|weeks|lessons`],
    // Review 25D: sessions of a club or a service are not school ("missed 10 sessions of football this term").
    unlessNear: [
      'hospital|appointment|appointments|illness|ill|operation|surgery|treatment|chemotherapy|covid|flu|bereavement',
      'football|training|club|swimming|dance|music|gym|boxing|therapy|counselling|camhs|yot|mentoring|tutoring|driving',
      'injury|injured|crutches|cast|pe',
    ],
    window: 10,
  },
  // Gifts from older boys or men ("an older lad bought him a new bike").
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      `bought|buys|buying|gave|gives|giving|got|gets him|her|them [a|an|some|the] [new|expensive|designer] ${GIFT_ITEMS}|bike|scooter|moped|vape|vapes|console`,
    ],
    requiresNear: ['older|olders|man|men|adult|adults|lad|lads|stranger|strangers|guy|guys'],
    unlessNear: [...EXPLAINED_CUES, FAMILY, 'birthday|christmas|exams|reward|school|club|coach|staff|worker|teacher'],
    window: 8,
  },
  // Probe 25 wave 5. Saying it was all made up a day later ("then said the next day that she made it all up"; the
  // plain "said she made it up" is an entry above).
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['said|says|saying|claims|claimed the next|following day|morning [that] she|he|they made it [all] up'],
    unlessNear: [
      'story|stories|english|homework|game|games|joke|excuse|lesson|song|songs|poem|character|name|goal|goals|scoring|scored|match|test|marks|grades|boyfriend|girlfriend',
    ],
    window: 10,
  },
  // The phone kept from the police ("refused to let officers see her phone").
  {
    code: 'da_not_disclosing',
    patterns: [
      "refused|refuses|refusing|won't|wouldn't|won’t|wouldn’t [to] let|allow [the] officers|police|staff|anyone|workers see|look|check [at] [her|his|their|the] phone|phones|messages",
    ],
    // Review 25D: not a parent's own phone ("Mum refused to let the police see her phone").
    unlessNear: ["mum|dad|mother|father|parent|parents|stepdad|stepmum|nan|gran refused|refuses|refusing|won't|wouldn't|won’t|wouldn’t"],
    window: 3,
  },
  // Papers held by someone else ("said someone else had his passport").
  {
    code: 'da_documents_held',
    patterns: ['someone|somebody else has|had|keeps|kept|holds|held her|his|their passport|id|documents|papers|visa|birth'],
    unlessNear: [FAMILY, 'solicitor|home|office|safe|renewal|renewing|application|embassy'],
    window: 8,
  },
  // Not believed or blamed by the police ("won't go to the police because they'll just blame her").
  {
    code: 'da_fear_of_authorities',
    patterns: ["they'll|they’ll|they'd|they’d|police'll just|only blame|arrest|judge her|him|them|me", "they'll|they’ll|they'd|they’d|they not believe|listen"],
    requiresNear: ['police|social|workers|worker|authorities|report|reporting|tell|telling|officers|court'],
    window: 10,
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ["police|social|workers|services|officers won't|wouldn't|will|would [not] [just] believe|blame|judge her|him|them|me"],
    window: 6,
  },
  // Not working with services in plain words ("won't talk to social workers", "won't answer my messages").
  {
    code: 'da_not_engaging',
    patterns: [
      "won't|wouldn't|won’t|wouldn’t|doesn't|didn't|refuses|refused|refusing [to] talk|speak|engage|work to|with [her|his|the|any] social|workers|worker|professionals|professional|yot|services|agencies|camhs",
    ],
    // Review 25D: not social media ("doesn't work with social media for his coursework").
    unlessNear: ['media'],
    window: 3,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      "won't|wouldn't|won’t|wouldn’t|doesn't|didn't|not answer|answering|reply|replying|return|returning [to] my|our|staff's|her|his [worker's] calls|messages|texts",
    ],
    // Not a parent's silence, or a phone that does not work.
    unlessNear: [FAMILY, 'holiday|ill|unwell|hospital|exams|exam|signal|battery|broken|lost|stolen|confiscated'],
    window: 10,
  },
  // Bullying by a fake profile ("someone set up a fake account pretending to be her and posted horrible things").
  {
    code: 'te_online_bullying',
    patterns: [
      'fake|false|pretend account|accounts|profile|profiles|page pretending|claiming|posing to|as [be] her|him|them',
      'posted|posting|posts|post horrible|nasty|mean|vile|cruel|abusive things|stuff|comments|lies|rumours|messages about her|him|them',
    ],
    unlessNear: ['teacher|teachers|staff|school|mum|dad|brand|business'],
    window: 6,
  },
  // Probe 25, plain words also missed in the fresh24 tuning set. Not saying what happened ("would not say what had
  // happened", "cannot talk about what happened").
  {
    code: 'da_not_disclosing',
    patterns: [
      "wouldn't|won't|didn't|doesn't|couldn't|can't|cannot|refuses|refused [to] say|tell|talk|explain [about] what [had] happened",
      'will|would|did|does|could not say|tell|talk|explain [about] what [had] happened',
    ],
    // Review 25C/D: nor what became of a thing ("couldn't explain what had happened to the money for the trip"), nor a
    // speech or language need ("cannot talk about what happened because of his speech difficulty").
    unlessNear: [
      'match|game|lesson|test|exam|film|homework',
      'speech|language|non-verbal|nonverbal|deaf|mute|selective|interpreter|voice|throat',
      'happened to the|his|her|their money|car|keys|cash|bike|laptop|kit|trainers|tv|window|door|phone',
    ],
    window: 6,
  },
  // Appointments missed in a row ("missed all three appointments").
  {
    code: 'da_not_engaging',
    patterns: ['missed|misses|missing all|every|several|three|four|five|most [*] [*] appointments|sessions|meetings|visits'],
    // Review 25C/D: nor a dentist's or a doctor's appointments ("missed all three appointments with the dentist").
    unlessNear: [
      'ill|illness|unwell|hospital|covid|flu|operation|holiday|strike|cancelled|rearranged|bereavement|funeral',
      'dentist|dental|doctor|gp|optician|orthodontist|physio',
      // Review 25G: a landlord's visits ("the tenant missed all three appointments for the gas safety check").
      'gas|boiler|repair|repairs|inspection|inspections',
    ],
    window: 8,
  },
  // An attempt on the child's life ("tried to take her own life").
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['take|took|taking|end|ending|ended her|his|their [own] life'],
    requiresNear: ['tried|try|trying|tries|attempt|attempted|attempts|wants|wanted|want|thoughts|thinking|thought|plan|planned|planning'],
    // Review 25D: not a fresh start ("trying to take her life back", "wants to take his life in a new direction").
    unlessNear: ['life back|forward|forwards|around|round', 'new direction'],
    window: 4,
  },
  // Cash brought home ("used to come home with cash").
  {
    code: 'rg_unexplained_money',
    patterns: [`come|comes|came|coming home|back with [large] [amounts] [of] [lots] [of] ${MONEY}`],
    // Review 25G: "shifts" too ("used to come home with cash after her shifts at the café").
    unlessNear: [...EXPLAINED_CUES, 'work|job|shift|shifts|tips|wages|paid|birthday|christmas|pocket'],
    window: 8,
  },
  // Performing on camera ("made to perform on camera").
  {
    code: 'te_live_streaming',
    patterns: ['made|forced|pressured|told|makes|forces to perform|pose|strip on|for [a] camera|webcam|video|live|stream'],
    unlessNear: ['team|club|promo|drama|show|concert|assembly|school|class|choir|band|audition|project'],
    window: 10,
  },
  // A story that does not add up, or changes when asked.
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      "story|stories|account|accounts|explanation|explanations|version|versions [*] [*] [*] didn't|doesn't add up",
      'story|stories|account|accounts|explanation|explanations|version|versions [*] [*] [*] did|does not add up',
      `gave|gives|giving ${range(2, 6).join('|')}|two|three|four|five|several different versions|accounts|stories|explanations`,
    ],
  },
  // No longer seeing a worker ("stopped seeing his YOT worker").
  {
    code: 'da_not_engaging',
    patterns: [
      'stopped|stops seeing|meeting|attending [her|his|their|the] yot|social|key|support|youth|camhs|drugs worker|workers|team|counsellor|appointments|sessions',
    ],
    unlessNear: ['discharged|closed|finished|completed|ended|moved|left|retired|leave'],
    window: 8,
  },
  // A man in a named car who collects the child ("a man in a black Audi collected her", "comes to collect Leah").
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `man|men|male|males|lad|lads|guy|guys in a|an [*] [*] ${CAR_MAKES}|car|cars|van collected|collects|collecting|picked|picks|picking her|him|them`,
    ],
    // Carers are often the ones reporting ("the carers say"), so only relatives and services veto.
    unlessNear: [FAMILY_NOT_CARERS, 'taxi|minibus|escort|escorts|council|arranged|agreed|booked|childminder|police|officer|social'],
    // "...; it was her dad, as arranged": the explanation often follows the semicolon.
    unlessNearAcross: [FAMILY_NOT_CARERS, 'arranged|agreed|booked'],
    window: 10,
  },
  // Absent on a fixed day ("absent every Friday").
  {
    code: 'am_school_absence',
    // Review 25C/D: "off" only as off school or off sick ("Dad is off every Monday with his back", "the school nurse is off
    // every Wednesday"); nor a member of staff's own absence ("the caretaker is absent every Friday on a course").
    patterns: [
      `absent|missing every|most ${WEEKDAYS}|mondays|tuesdays|wednesdays|thursdays|fridays|afternoon|morning|week`,
      `off school|college|sick every|most ${WEEKDAYS}|mondays|tuesdays|wednesdays|thursdays|fridays|afternoon|morning|week`,
    ],
    unlessNear: [
      'hospital|appointment|appointments|therapy|dialysis|treatment|physio|agreed|timetable|work|shift|staff|teacher',
      'nurse|receptionist|cleaner|caretaker|head|headteacher|tutor|colleague|colleagues|member|manager|course|courses|rota|contract',
      // Review 25G: the round-25 entry's other reasons ("mum says migraines", "for swimming lessons at the leisure centre",
      // "for his college placement").
      'migraine|migraines|asthma|epilepsy|seizures|swimming|leisure|respite',
      'college|work placement|experience',
    ],
    // Review 25G: the reason after a ; ("absent every Monday morning; mum says he has hospital appointments").
    unlessNearAcross: ['hospital|appointment|appointments|illness|unwell|operation|medical'],
    window: 8,
  },
  // Little confidence ("very little confidence").
  // Review 25D: not trust in a thing or a service ("no confidence in the police", "little confidence in the maths test");
  // "no confidence in herself" is the entry above.
  {
    code: 'ep_low_self_esteem',
    patterns: ['little|no confidence|self-confidence|self-belief|self-worth'],
    unlessNear: ['confidence|self-confidence|self-belief in|with|about'],
    window: 3,
  },
  // Earnings taken ("her earnings are taken from her").
  {
    code: 'rg_unpaid_work',
    // Review 25E: "earnings are taken" is the round-25 entry above.
    patterns: ['money she|he|they earns|earn|earned [are|is|was|being] taken|kept|held|withheld'],
    unlessNear: ['tax|rent|board|savings|saving|pension|national|insurance|court|fine|fines|probation|probationary'],
    window: 6,
  },
  { code: 'go_internal_concealment', patterns: ['internal packages|packets|parcels|wraps'] },
  // An adult "boyfriend" named by age ("a man of 26 she calls her boyfriend").
  {
    code: 'go_older_partner',
    patterns: [`man|guy|male of ${ADULT_AGES} [who|whom] [she|he] calls|call|called|describes|described [as] her|his boyfriend|partner|girlfriend`],
  },
  // Coming and going at a flat ("a group of men visiting the flat at all hours", "people coming and going").
  {
    code: 'go_cuckooing',
    // Review 25E: visiting the flat at all hours is the round-25 entry above, which asks who visits (not the police, nor
    // paramedics for a grandparent).
    patterns: ['coming and going'],
    requiresNear: ['all hours', 'night|nights|late|constantly|constant|lots|dealers|olders|deal|dealing'],
    // Review 25D: nor a business's or a care home's callers ("customers coming and going late at night").
    unlessNear: [
      'staff|carers|carer|workers|worker|nurse|nurses|shift|shifts|builders|family|relatives|christmas|party|guests|students',
      'customer|customers|shop|shops|hotel|guest|patients|ward|pub|takeaway|station|airbnb|guesthouse|hostel',
      'care home|homes',
      // Nor the police's welfare visits ("police visiting the flat late at night for welfare checks").
      'police|officers|pcso|pcsos visiting|visit|visits|calling|call',
      'welfare',
      // Review 25G: a business at home ("the tenant runs a childminding business"), not any business.
      'childminding|childminder',
    ],
    // Review 25E: 12, the kind of house often ends the sentence ("from the house next door, which is an Airbnb").
    window: 12,
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
  // Holding bags for others ("asking him to hold bags for them").
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'hold|holding|holds|held|mind|minding|minds|minded|stash|stashing [a] bags|bag|packages|package|parcels|parcel|packets|stuff|things for them|him|the|older|olders|men',
    ],
    unlessNear: [FAMILY, 'shopping|coat|coats|door|teacher|school|trip|friend|friends|lunch|kit'],
    window: 6,
  },
  // Made to feel protected by the group ("it makes him feel protected").
  {
    code: 'rg_status_rewards',
    // Review 25E: protected, respected and powerful are the round-25 entry above.
    patterns: ['makes|made|making him|her|them feel safe|important|wanted|special'],
    requiresNear: ['group|gang|olders|men|older|boys|lads|elders|them|they'],
    unlessNear: [
      ...SERVICE_AGENTS,
      'worker|workers|staff|coach|school|club|teacher|mentor|carers|carer|foster|church|team',
      'choir|band|orchestra|drama|boxing|gym|football|rugby|sport|sports',
    ],
    window: 10,
  },
  // Sex in exchange, in the passive ("money was exchanged for sex").
  {
    code: 'rg_sex_exchange',
    patterns: ['exchanged|exchanging|traded|trading|swapped|swapping for sex|sexual'],
  },
  // No one knows where the child stays ("nobody knows where he was staying").
  {
    code: 'am_unknown_address',
    patterns: [
      'knows|knew|know where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept',
      // From "nobody", so that am_missing's "nobody knows where he was" inside it gives way.
      'nobody|no-one|noone knows|knew|know where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept',
      'no one knows|knew|know where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept',
      // Review 25D: from the "not" too, which is the sign here, not its negation ("the school doesn't know where she is
      // living now" was flagged negated).
      "doesn't|don't|didn't|not know|knows|knew where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept",
    ],
    requiresNear: ['nobody|no-one|noone|not|unknown|unclear', 'no one', "doesn't|don't|didn't"],
    window: 6,
  },
  // A phone that must be answered at once ("answer the phone within a minute", "a phone he must answer day and night").
  {
    code: 'te_location_tracked',
    patterns: [
      'answer|answers|answering|reply|replies|replying [it|the|her|his|their] [phone] within [a|one|two|three|five|ten|30|60] minute|minutes|seconds|rings',
      'answer|answers|answering [it|them] day and night',
    ],
    // Not twice in a sentence that already names the tracking ("They track his phone with Find My and he must answer
    // within a minute" is one sign).
    // Review 25C/D: nor a Saturday job ("answer the phone within three rings at the salon").
    unlessNear: [
      'work|job|shift|on-call|call|customers|office|reception|track|tracks|tracked|tracking|find|snap|location|life360',
      'salon|shop|cafe|takeaway|business|garage|manager|till|saturday|saturdays',
    ],
    window: 12,
  },
  // Evenings with adult men ("spends his evenings with the men at the garage").
  {
    code: 'go_older_friends',
    patterns: ['spends|spent|spending her|his|their evenings|nights|weekends|days|time with [the] [older] [adult] men|males|adults|olders|elders'],
    // Review 25C/D: nor paid work or volunteering; 10 words, not 8: the scheme is often named at the end ("with the men
    // at the garage where he has a paid apprenticeship").
    unlessNear: [
      FAMILY,
      'team|club|coach|coaches|squad|church|mosque|scouts|cadets|work|job|apprenticeship|staff|paid|volunteer|volunteers|volunteering|training',
      'allotment|allotments|fishing|gardening',
    ],
    window: 10,
  },
  // Probe 25, last batch: plain wording the earlier tuning sets also miss. A threat to cut or stab ("said he would cut
  // Jordan's face").
  {
    code: 'go_threats_violence',
    patterns: ['would|will|gonna cut|slash|stab|shoot * [*] face|throat|neck|legs|head'],
    unlessNear: ['hair|grass|cake|paper|bread|fringe|nails|hedge|tree|wood|funding|hours|prices|ties|onion|onions|vegetables|cooking'],
    window: 6,
  },
  // Review 25D: "go to", not "go with" ("no adult to go with him on the trip").
  { code: 'fa_no_trusted_adult', patterns: ['no adult|adults|grown-up|grown-ups to turn|talk', 'no adult|adults|grown-up|grown-ups to go to'] },
  { code: 'ep_isolated', patterns: ['no longer sees|see|seeing any [of] [her|his|their] friends|mates'] },
  // Taken to a party by men ("men brought two girls of about 15 to a party").
  {
    code: 'go_taken_to_parties',
    patterns: ['brought|bring|brings|bringing|took|takes|taking [*] [*] [*] [*] [*] [*] to a|the [house] party|parties'],
    requiresNear: ['men|man|adults|adult|older|olders|males|male'],
    unlessNear: [FAMILY, 'staff|school|youth|club|church|team|teacher|teachers|birthday'],
    window: 10,
  },
  // Told to steal, with the child named as object ("an older lad told him to steal the phones").
  {
    code: 'go_forced_theft_begging',
    patterns: ['told|tells|telling|made|makes|forced|sent|asked|pressured her|him|them to steal|shoplift|nick|rob|pinch'],
  },
  // Sleeping rough at a station or a doorway ("a 17-year-old was sleeping in the bus station").
  {
    code: 'fa_unsuitable_accommodation',
    patterns: ['sleeping|slept|sleeps|sleep in|at|on [the|a] [bus|train|railway|coach] station|stations|doorway|doorways|underpass|bench|benches'],
    unlessNear: ['trip|journey|delayed|delay|waiting|strike|cancelled'],
    window: 8,
  },
  // Facial injuries in plain words ("two broken teeth and a cut lip").
  {
    code: 'ep_injuries_assault',
    patterns: ['broken teeth|tooth|nose|jaw|ribs|cheekbone|eye-socket', 'cut|split lip|lips'],
    unlessNear: [...EXPLAINED_INJURY_CUES, 'dentist|dental|braces|cold|sore|sores|dry|chapped|ball|bike|fell|fall'],
    window: 10,
  },
  // More than one man ("more than one man had sex with her").
  {
    code: 'sh_many_partners',
    patterns: ['more than one man|men|male|boy|adult|person [has|had|have] [had] sex|raped|abused'],
  },
  // Anger at anyone in authority ("is angry with everyone in authority").
  {
    code: 'da_hostile',
    patterns: ['angry|hostile|rude|aggressive towards|to|with|at [everyone|anyone|all] [in] authority|professionals'],
  },
  // ---- Round 27: fresh26's misses, written for their variants (indicators-round27.test.ts) ----
  // Made to take part in video calls or streams ("Harvey was made to take part in video calls").
  {
    code: 'te_live_streaming',
    patterns: [
      // Review 27: not "asked" or "told" (a club, a museum or an interpreter inviting the child to a call).
      'made|forced|pressured|pressurised|paid|coerced [her|him|them] to take part in [*] video|live|webcam|facetime calls|call|chats|chat|streams|stream|livestreams|livestream|sessions',
      'made|forced|pressured|pressurised|paid|coerced [her|him|them] to join|do [*] video|live|webcam|facetime calls|call|chats|chat|streams|stream|livestreams|livestream|sessions',
    ],
    unlessNear: [`${FAMILY}|school|class|lesson|lessons|teacher|tutor|doctor|gp|therapist|worker|social|meeting|meetings|court|contact`],
    window: 8,
  },
  // Adults moving or driving the child from place to place ("the men moved him to a new house every week", "older males
  // drove him to Cornwall", "was brought to Birmingham by the driver").
  {
    code: 'am_moved_by_others',
    patterns: [
      // Review 27: not "they", a driver, a group or people (a ward, a coach trip, a class photo, a new flat).
      `[older] man|men|male|males|strangers|olders|elders|gang|traffickers|trafficker moved|moves|move|moving|drove|drives|drive|driving|transported|ferried him|her|them to|between|around`,
      `brought|driven|moved|transported|ferried|trafficked to * [*] [*] by [the|a|an|older|two|several|unknown] [older|unknown] ${ADULTS}|driver|drivers|olders|group|gang|traffickers|trafficker`,
    ],
    // Round 28: a sports pitch or a track (review 27).
    unlessNear: [
      'pitch|track|field|court|ground|race|circuit|lap|laps|stadium|ride|rides|karting|vintage|match|game|training',
      ...ARRANGED_TRAVEL_CUES,
      'police|officers|ambulance|paramedics|social|worker|workers|staff|school|hospital|placement|removal|removals|dad|mum|parents',
      // Brought in to an emergency department ("brought to A&E unconscious by an adult"): ad_intoxication_hospital's.
      'unconscious|unresponsive|collapsed|injured|intoxicated|drunk|ed|emergency',
      // Review 27: a service's vehicle ("the driver from the taxi firm", "the minibus driver").
      'taxi|cab|coach|minibus|bus|firm|lost',
    ],
    window: 8,
  },
  // An adult messaging the child on an app ("an adult is messaging Evie on Instagram", "an adult account contacting a
  // 13-year-old").
  {
    code: 'te_adults_contact_online',
    patterns: [
      `adult|adults|man|men|stranger|strangers|account|accounts [is|was|are|were|has|have|had|keeps] [been] messaging|contacting|texting|messaged|contacted|texted|adding|added * [*] on|via|through ${APPS}`,
      `adult|adults account|accounts|profile|profiles [is|was|are|were|has|have|had] [been] messaging|contacting|texting|messaged|contacted a|an ${CHILD_YEAR_OLD}|child|girl|boy`,
    ],
    // Review 27: an adult messaging a parent, a seller or each other, or a club's account messaging its members.
    unlessNear: [
      `messaging|contacting|texting|messaged|contacted|texted [the|her|his|their] ${FAMILY}|parents|each|landlord|seller|buyer|members|school|council|police`,
      "club's|club|library|school's",
    ],
    window: 4,
  },
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
  // Drugs or alcohol handed to the child by older people ("older boys give Zak cannabis", "the adults at the flat gave
  // the girls drugs", "the man gave Hannah pills").
  {
    code: 'ad_substances_given',
    patterns: [
      `[older] ${ADULTS_NOT_PEOPLE}|boys|lads|olders|elders|dealers|group|gang|they give|gives|gave|giving|supply|supplies|supplied * [*] [some] [free] ${DRUGS}|${ALCOHOL}`,
      `[older] ${ADULTS_NOT_PEOPLE}|boys|lads|olders|elders|dealers at * [*] give|gives|gave|giving|supply|supplies|supplied * [*] [some] [free] ${DRUGS}|${ALCOHOL}`,
      `[older] ${ADULTS_NOT_PEOPLE}|olders|elders|dealers [at] [*] [*] [*] give|gives|gave|giving * [*] free drink|drinks`,
    ],
    unlessNear: [
      ...PRESCRIBED_CUES,
      'doctor|doctors|nurse|nurses|hospital|paramedic|paramedics|police|officer|officers|staff|back|up|away|information|advice|talk',
      // Review 27: drink given to a relative, to guests or to other adults ("gave Grandad some cider", "gave the guests wine").
      `give|gives|gave|giving|supply|supplies|supplied [the] ${FAMILY}|adults|guests|residents|volunteers|customers|patients`,
    ],
    window: 6,
  },
  // Driven or taken to parties ("drove her to parties in Bolton").
  {
    code: 'go_taken_to_parties',
    patterns: [
      'drove|drives|driven|drive|driving|took|takes|taken|take|taking|ferried|ferries|brought|brings her|him|them to [house|flat|hotel|sex] parties|raves',
    ],
    unlessNear: [`${FAMILY}|birthday|school|church|christmas|family|prom|wedding|staff|carer|carers`],
    window: 8,
  },
  // A change in dress, mood or company ("changed how she dresses and who she sees", "a big change in Kai's mood").
  {
    code: 'ep_change_in_behaviour',
    patterns: [
      'changed|changes|change|changing how|what [she|he|they] dresses|dress|dressed|behaves|behaved|acts|acted|looks|talks',
      'changed|changes|change|changing the way [she|he|they] dresses|dress|dressed|behaves|behaved|acts|acted|looks|talks',
      'changed|changes|change|changing who [she|he|they] sees|mixes|hangs|spends|goes',
      'big|marked|sudden|noticeable|significant|real|huge|dramatic change|changes|shift in * [*] mood|moods|behaviour|behavior|presentation|attitude|personality|demeanour',
    ],
    unlessNear: [
      ...CHANGE_FOR_BETTER_CUES,
      'puberty|diet|weather|uniform|school|placement|routine',
      // Review 27: a relative's, a team's or a pet's mood, and changes made for counselling, a play or a course.
      `in [the] ${FAMILY_HOMES}|team's|dog's|cat's|class's|group's`,
      'counselling|counsellor|therapist|play|course|director',
    ],
    window: 6,
  },
  // Status promised by the group ("the olders promised Jordan status").
  {
    code: 'rg_status_rewards',
    patterns: [
      `[older] ${ADULTS}|olders|elders|group|gang|dealers|lads|they promised|promises|promising|offered|offers|offering * [*] status|respect|reputation|power|rank|clout|fame`,
    ],
    // Review 27: immigration status, a power supply or power tools, and ranks or fame in ordinary activities.
    unlessNear: [
      'refugee|settled|pre-settled|immigration|asylum|legal|residents|supply|tools|cut|cuts|cadets|scouts|talent|show|trained|training',
      'power would|will be|back',
    ],
    window: 6,
  },
  // An adult waiting outside for the child ("a man of about 30 waits outside in a car").
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `[older] man|men|male|males|adult|adults|stranger|strangers [of|aged|in] [about|around|his|their] [${ADULT_AGES}|twenties|thirties|forties|fifties] waits|waited|waiting|wait|parks|parked outside|nearby|opposite`,
      // Review 27: sitting outside only in a car ("sits outside the house in a car"; not outside a pub or on a train).
      `[older] man|men|male|males|adult|adults|stranger|strangers [of|aged|in] [about|around|his|their] [${ADULT_AGES}|twenties|thirties|forties|fifties] sits|sat outside [the|her|his] [house|home|school|flat|gates] in a|his|the car|cars|van`,
    ],
    // Waiting for someone else ("an unfamiliar man waited outside the school for the caretaker": review 25C).
    unlessNear: [
      ...ARRANGED_TRAVEL_CUES,
      'taxi|bus|minibus|escort|delivery|courier|parent|parents|caretaker|teacher|staff|manager|owner|shop|wife|son|daughter|girlfriend|boss',
      // Review 27: men outside a place of worship or a polling station, or unloading.
      'mosque|church|polling|prayers|leaflets|unload|unloading|removal|furniture|builders',
    ],
    window: 8,
  },
  // Calls and messages through the night or the session ("receives messages all night from older men", "her phone rings
  // throughout").
  {
    code: 'te_worrying_calls',
    patterns: [
      'receives|received|receiving|gets|getting|got [*] messages|calls|texts all|throughout|through|late [the|at] night|nights',
      'phone|mobile rings|ringing|rang|buzzes|buzzing|buzzed throughout|constantly|non-stop|continuously|repeatedly',
      'phone|mobile goes|went|going|keeps|kept off|ringing|buzzing throughout|constantly|non-stop|continuously|repeatedly',
    ],
    unlessNear: [
      `${FAMILY}|school|work|job|friends|friend|alarm|alarms|game|games|group|office|landline|reception|desk|switchboard|ward|case`,
      // Review 27: an occasion explains the calls (a birthday, results day, a funeral, a flood).
      'birthday|results|funeral|christening|wedding|flood|christmas|congratulations|well-wishers|condolences|shop|orders|notifications',
    ],
    window: 8,
  },
  // Adults tracking the child through the phone ("they check where Dre is through his phone").
  {
    code: 'te_location_tracked',
    patterns: [
      // Review 27: one word for the child ("where Dre is"), not "where the bus is" or "where his parcel is".
      'check|checks|checked|checking|track|tracks|tracked|tracking|monitor|monitors|monitored|see|sees|know|knows where * is|was|goes|went|are [at] through|via|on|using|with [her|his|their] phone|phones|location|snap|snapchat',
    ],
    unlessNear: [...AGREED_TRACKING_CUES, `${FAMILY}|staff|carer|carers|school|agreed|agreement|safety`],
    window: 8,
  },
  // Money nobody can account for ("money that cannot be accounted for").
  {
    code: 'rg_unexplained_money',
    patterns: [
      "money|cash|sums|notes that|which cannot|can't|couldn't [be] accounted|explained",
      'money|cash|sums|notes that|which could|can not [be] accounted|explained',
    ],
    // Review 27: an audit of a budget or a fund.
    unlessNear: [...EXPLAINED_CUES, 'budget|budgets|fund|funds|audit|auditor|treasurer|till|takings|float|petty'],
    window: 6,
  },
  // Theft for others ("steals to order for the adults").
  {
    code: 'go_forced_theft_begging',
    patterns: [
      'steals|stealing|stole|steal|shoplifts|shoplifting|shoplifted|nicks|nicking|nicked to order',
      `steals|stealing|stole|steal|shoplifts|shoplifting|shoplifted|nicks|nicking|nicked for [the] [older] ${ADULTS}|olders|elders|gang|group|lads|dealers`,
    ],
  },
  // Often away from school ("often absent", "frequently absent from lessons").
  {
    code: 'am_school_absence',
    patterns: ['often|frequently|regularly|repeatedly|persistently|increasingly absent'],
    unlessNear: [
      'meetings|meeting|office|worker|workers|manager|colleague|work|shifts|rota',
      `${FAMILY}|teacher|teachers|mind|minded|absent-minded|illness|ill|hospital|appointments`,
      // Review 27: an absence a condition explains, and adults' absences.
      'asthma|medical|condition|epilepsy|dialysis|sickle|diabetes|landlord|manager|caretaker|partner',
    ],
    window: 4,
  },
  // Adults dealing from the child's home ("men are dealing from the flat").
  {
    code: 'go_cuckooing',
    patterns: [
      // Review 27: not "running from" (fleeing) nor "their" home (the adults' own: a street party, a car boot).
      `[older] ${ADULTS}|olders|elders|dealers|they are|were|have|had|has [been] dealing|selling|cooking from the|his|her flat|home|house|address|bedsit`,
      `[older] ${ADULTS}|olders|elders|dealers|they are|were|have|had|has [been] dealing|selling|cooking|running out of the|his|her flat|home|house|address|bedsit`,
      `[older] ${ADULTS}|olders|elders|dealers|they are|were|have|had|has [been] running from his|her flat|home|house|address|bedsit`,
    ],
    unlessNear: [FAMILY_HOMES, 'sale|boot|etsy|ebay|stall|market|party'],
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
  // Going with adults for things ("goes with older men for cigarettes").
  {
    code: 'rg_sex_exchange',
    patterns: [
      // Review 27: not "people" or "adults" (dinner after a match, drinks after work), nor lifts (collect's sign).
      `goes|went|going|go|gone with [older] man|men|male|males|guy|guys|strangers|olders for cigarettes|fags|vapes|drink|drinks|alcohol|money|cash|weed|drugs|food|credit|gifts|clothes`,
    ],
  },
  // Self-esteem described after the noun ("her self-esteem was poor").
  {
    code: 'ep_low_self_esteem',
    // Not "confidence" alone ("his confidence is very low after the exam results": review 24-1).
    patterns: ['self-esteem|self-worth|self-confidence is|was|seems|seemed|appears|appeared|remains [very|quite|really|extremely] low|poor'],
    // Review 27: also a relative's or a pet's ("Grandma's self-esteem was low").
    unlessNear: ['mum|dad|mother|father|parent|carer|staff|team|players', `${FAMILY_HOMES}|dog's|cat's|dog|cat`],
    window: 4,
  },
  // The child's bank account used by others ("use of Ethan's bank account").
  {
    code: 'rg_bank_account_used',
    patterns: ['use|using|used of * [*] bank account|accounts|card|cards'],
    // Review 27: only with a user named ("by the group"); not "makes use of her bank card" or an attorney's use.
    requiresNear: ['by|group|gang|olders|men|man|adults|someone|somebody|others|dealers'],
    window: 8,
  },
  // Saying the adult loves or cares for them ("says the man loves her").
  {
    code: 'da_protects_abusers',
    patterns: [
      `says|said|insists|insisted|believes|believed|thinks|thought [that] the|this|that|her|his [older] man|men|adult|adults|boyfriend loves|loved her|him|them`,
      // Review 27: not "looked after him" (a passer-by after a fall, a nurse).
      `says|said|insists|insisted|believes|believed|thinks|thought [that] the|this|that|her|his [older] man|men|adult|adults|boyfriend cares|cared about her|him|them`,
    ],
    // Round 28: her singing, her cooking, not her (review 27).
    unlessNear: ['singing|cooking|voice|smile|dancing|drawing|hair|work|style|laugh|dog|cat|puppy|food|company', `${FAMILY}|foster|carer|carers|worker|staff`],
    window: 4,
  },
  // The group controlling the child's supply of drugs ("the group controls Zak's supply of crack").
  {
    code: 'ad_supply_controlled',
    // Review 27: one word for the child ("Zak's supply"), not "the water supply" or "the access to the hall".
    patterns: [`[older] ${ADULTS}|olders|elders|dealers|group|gang|they controls|controlled|control|controlling * supply|access`],
    unlessNear: ['controls|controlled|control|controlling the|a|an|its|our|your'],
  },
  // Binge eating.
  {
    code: 'ep_eating_problems',
    patterns: ['binge|binges|binged eating|eats', 'binge-eating|bingeing|binging'],
    // Review 27: also games and videos ("binging on the new game").
    unlessNear: ['watching|watched|tv|series|box|boxset|netflix|drinking|game|games|youtube|videos|shows|show|films'],
    window: 4,
  },
  // Friends in the line or the gang ("Dre's friends are in the county line").
  {
    code: 'go_peers_exploited',
    patterns: [
      'friends|mates|friend|mate|peers are|is|were|was [also] in|on the|a county|deal|drug line|lines',
      'friends|mates|friend|mate|peers are|is|were|was [also] in the|a gang',
    ],
    // Review 27: a Scouts' gang show, a police unit.
    unlessNear: ['show|unit|team|police|football|five-a-side|play|plays'],
    window: 4,
  },
  // ---- Round 27, second batch: fresh25's misses that round 26 left ----
  // Food refused ("has started refusing food").
  {
    code: 'ep_eating_problems',
    patterns: ['refusing|refuses|refused|refuse food|meals', 'refusing|refuses|refused|refuse to eat'],
    // Round 28: a sore mouth or braces (review 27).
    unlessNear: [
      'braces|teeth|tooth|dentist|dental|mouth|ulcer|ulcers|sore|throat|tonsillitis',
      'hospital|school|canteen|dinner|dinners|vegetarian|vegan|halal|ramadan|fasting|allergy|allergies|baby|dog|cat',
      // Review 27: a named food is fussiness ("refuses to eat vegetables"); a toddler, a pet, a sore mouth.
      'to eat [the|any|his|her|their] vegetables|veg|greens|fruit|meat|fish|mushrooms|cheese|sandwich|sandwiches|peas|broccoli|carrots',
      'toddler|teething|hamster|rabbit|pet|braces|dental|tooth|teeth|lent',
    ],
    window: 8,
  },
  // Documents held by an adult ("the adult she travelled with has her ID card").
  {
    code: 'da_documents_held',
    patterns: [
      `[older] ${ADULTS}|olders|they [*] [*] [*] has|have|had|kept|keeps|keep|took|takes|holds|held her|his|their id|passport|passports|documents|papers|card|visa`,
    ],
    // Review 27: adults with their own papers checked ("had their passports checked at the airport").
    unlessNear: [
      `${FAMILY}|staff|social|worker|workers|carer|carers|police|officer|officers|solicitor|school|home|office|council`,
      'checked|checking|stamped|renewed|renewing|scanned',
    ],
    window: 6,
  },
  // Fear of the police ("believes the police will put him in prison").
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'believes|believed|thinks|thought|fears|feared|worried|scared|afraid [that] [the] police|officers|authorities|they will|would put|send|lock him|her|them [up|away] [in] [prison|jail]',
      'believes|believed|thinks|thought|fears|feared|worried|scared|afraid [that] [the] police|officers|authorities will|would deport|arrest|charge|punish|blame him|her|them',
    ],
  },
  // Money moved through the child's account ("money has been moved through the 16-year-old's account", "someone is
  // using Kai's bank card").
  {
    code: 'rg_bank_account_used',
    patterns: [
      'money|cash|payments|funds|sums has|have|was|were|is|are [been|being] moved|passed|paid|put|transferred|going through|into * [*] account|accounts',
      'someone|somebody|others|adults|men|man|they is|are|was|were|has|have [been] using|used * [*] bank card|cards|account|accounts',
    ],
    unlessNear: [
      `${FAMILY}|wages|wage|salary|benefits|pocket|savings|allowance|bursary|refund`,
      // Review 27: a club's or a school's account, and card machines.
      "club|club's|pta|charity|business|company|machine|machines|reader|readers|terminal",
    ],
    window: 6,
  },
  // A relative one of the men who run the line ("his cousin is one of the men who run the line").
  {
    code: 'fa_family_links_to_exploitation',
    patterns: ['brother|brothers|sister|cousin|cousins|uncle|dad|father|stepdad is|was one of the men|olders|group|gang|lads|dealers'],
  },
  // Adults bringing children to parties ("bring young girls to parties in the function room").
  {
    code: 'go_taken_to_parties',
    patterns: ['bring|brings|brought|bringing|take|takes|took|taking young|underage|teenage girls|boys|children|kids|teenagers to parties|party|raves'],
    // Review 27: parents or families taking young children to parties.
    unlessNear: ['birthday|school|church|christmas|prom|youth|club|staff', `${FAMILY}|families`],
    window: 6,
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
  // Sent in to steal ("the boys are being sent in to steal by the man outside").
  {
    code: 'go_forced_theft_begging',
    patterns: ['sent|send|sends|sending in to steal|shoplift|nick|rob|pinch'],
    // Review 27: stealing a base in rounders.
    unlessNear: ['base|bases|rounders|baseball|ball'],
    window: 4,
  },
  // Drawn back by the adults ("every time she tries to stay away they get her back").
  {
    code: 'da_controlled_return',
    patterns: [
      // Review 27: not "he" (often the parent).
      'they|men|olders|group|gang get|gets|got|pull|pulls|pulled|draw|draws|drew|drawing|drag|drags|dragged her|him|them back',
      'keep|keeps|kept drawing|pulling|getting her|him|them back',
    ],
    unlessNear: [
      `${FAMILY}|staff|carer|carers|police|officers|school|worker`,
      // Review 27: help or a rescue ("got him back to sleep", "pulled him back from the edge", "back on her feet").
      'sleep|bed|feet|edge|road|kerb|platform|shore|boat|water|car|safety|lifeguard|lifeguards',
    ],
    window: 6,
  },
  // Men waiting outside in a car ("a car with two men outside the house again").
  {
    code: 'go_unknown_adults_collect',
    // Review 27: a car, not a van (tradesmen), and not men who turn out to be officers, surveyors or mourners.
    patterns: [`a|the car|cars|vehicle|vehicles with two|three|four|several|some|older [older] men|man|adults|males outside|waiting|parked`],
    unlessNear: [...ARRANGED_TRAVEL_CUES, 'police|officers|taxi|delivery|cid|detectives|surveyors|builders|funeral', 'turned|turns out', 'belongs|belonged to'],
    window: 6,
  },
  // Taken to an emergency department after drinking ("was taken to A&E after drinking a litre of vodka").
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['taken|brought|admitted|conveyed to a e|hospital|ed after drinking|taking|using'],
    // Review 27: a household chemical swallowed, or a fall.
    unlessNear: ['bleach|detergent|chemical|chemicals|cleaning|tumble|fall|knock|turn|inhaler'],
    window: 8,
  },
  // Friends running lines ("three of Tyler's friends are running lines").
  {
    code: 'go_peers_exploited',
    patterns: ['friends|mates|friend|mate|peers is|are|was|were [also] running|working|selling|doing lines|line|drugs'],
    // Review 27: learning lines for a play or an exam.
    unlessNear: ['drama|play|exam|rehearsal|rehearsals|rehearsing|script|show|audition|panto|musical|theatre'],
    window: 8,
  },
  // Out until the early hours ("is out most nights until the early hours").
  {
    code: 'am_staying_out_late',
    patterns: ['out [most|every|all|late|some] [nights|night|evenings] until|till|til the early hours', 'out until|till|til the early hours'],
    unlessNear: ["wedding|birthday|christening|eid|diwali|christmas|prom|festival|concert|celebration|family|cousin's|aunt's|uncle's|nan's"],
    window: 8,
  },
  // Silent about the men ("goes silent when asked about the men").
  {
    code: 'da_not_disclosing',
    patterns: ['goes|went|go|going|falls|fell silent|quiet|mute when|if asked|questioned|pressed about|where|who'],
    // Review 27: grief, a divorce, homework or a holiday, and a class or a room falling silent.
    unlessNear: [`late|died|death|funeral|divorce|separation|illness|homework|holiday|class|room|lesson|teacher|${FAMILY_HOMES}`],
    window: 8,
  },
  // Chores for adults outside the family ("does the cooking and cleaning for her dad's friends", "kept as a servant").
  {
    code: 'fa_domestic_servitude',
    // Review 27: not "working as a maid" (a job).
    patterns: ['kept|treated|used|made as a|their servant|slave|maid|housemaid|skivvy'],
    unlessNear: ['game|play|pretend|drama|book|film|history'],
    window: 4,
  },
  // A lively child now silent ("used to be bubbly and now hardly speaks").
  {
    code: 'ep_change_in_behaviour',
    patterns: ['used to be bubbly|chatty|happy|outgoing|confident|lively|cheerful|sociable|talkative'],
    // Review 27: "happy to" is willing; a place, a club, staff or a pet that used to be lively.
    unlessNear: ['happy to', 'town|centre|club|staff|dog|cat|shop|shops|cafe|pub|street|estate|place|area'],
    window: 4,
  },
  // Worn out ("looks worn out and hungry").
  {
    code: 'ep_exhaustion',
    // Review 27: not "is|was worn out" (a carpet, a sofa).
    patterns: ['looks|looked|appears|appeared|seems|seemed worn out|exhausted|shattered|drained'],
    unlessNear: ['match|training|exams|exam|revision|pe|sport|sports|swimming|trip|holiday|baby'],
    window: 6,
  },
  // Silence out of love for the men ("will not give the men's names because she loves them").
  {
    code: 'da_protects_abusers',
    // Review 27: not "loves the game" nor a child who will not give a pet away or tells of a holiday.
    patterns: ['because|as [she|he|they] loves|loved|love|cares [about] them|him'],
    requiresNear: ['names|name|report|identify|disclose|statement|police|evidence|complaint'],
    window: 10,
  },
  // Paying for sex with the child ("the men are paying to have sex with the girl").
  {
    code: 'rg_sex_exchange',
    patterns: ['paying|paid|pay|pays to have sex with'],
  },
  // Pills the man gives her ("she needs the pills the man gives her").
  {
    code: 'ad_supply_controlled',
    patterns: [
      `needs|needed|wants|wanted|craves the ${DRUGS}|${ALCOHOL} the|that [older] man|men|olders|group|gang|dealers give|gives|gave|supply|supplies`,
      `relies|relied|depends|depended on the ${DRUGS}|${ALCOHOL} the|that [older] man|men|olders|group|gang|dealers give|gives|gave|supply|supplies`,
    ],
  },
  // A hand up her skirt.
  {
    code: 'sh_sexual_assault',
    patterns: ['hand|hands up her|his|their skirt|top|dress|shirt|shorts'],
    // Review 27: hands up one's own top to keep warm or for comfort, and a medical examination.
    // Round 28: a hand put up in class (review 27), not "put his hand up her skirt".
    unlessNear: [
      'class|lesson|lessons|question|questions|answer|register|teacher|assembly',
      'warm|cold|stethoscope|examine|examined|examination|listen|anxious|comfort|itch|itchy|scratch|nurse|doctor|gp',
    ],
  },
  // Sleeping in a lobby or a stairwell ("has been sleeping in the lobby").
  {
    code: 'fa_unsuitable_accommodation',
    // Review 27: not the landing or the hallway of a home (a pet's bed, a sleepover, a room being decorated).
    patterns: ['sleeping|slept|sleeps|sleep in|on the|a lobby|stairwell|stairwells|corridor'],
    unlessNear: ['hospital|holiday|trip|camping|festival|journey|tent|tired|nap|baby|dog|lesson|class', 'porter|cat|puppy|kitten|sleepover'],
    window: 6,
  },
  // Taxis nobody booked ("taxis keep turning up for her that nobody here booked").
  {
    code: 'go_unknown_adults_collect',
    // Review 27: a taxi or a car must be named ("nobody has booked the hall", "no-one had arranged cover" are not lifts).
    patterns: [
      'taxis|taxi|cabs|cab|cars|car keep|keeps|kept turning up',
      'taxis|taxi|cabs|cab|cars|car keep|keeps|kept turning|coming|arriving for her|him|them',
      'nobody|no-one|noone [here|has|had] booked|ordered|arranged',
    ],
    requiresNear: ['taxi|taxis|cab|cabs|car|cars'],
    // Review 29b: also the neighbours' or a hotel's taxis ("taxis keep turning up for the neighbours at all hours").
    unlessNear: ['mum|dad|school|staff|carer|carers|social|arranged by', 'neighbour|neighbours|tenants|residents|guests|hotel|pub'],
    window: 8,
  },
  // The family broken apart ("family fell apart").
  {
    code: 'fa_family_breakdown',
    patterns: ['family|families|home fell|falls|fall|falling|broke|breaks|break|breaking apart|down', 'family|families has|have|had fallen|broken apart|down'],
    // Review 27: broke down in tears, on the motorway, or broke down the costs.
    unlessNear: ['tears|crying|sobbing|motorway|hard|shoulder|costs|figures|budget|aa|breakdown|car'],
    window: 6,
  },
  // Evenings with an adult ("spends most evenings with a man of 41").
  {
    code: 'go_older_friends',
    patterns: [
      `spends|spent|spending|spend [most|all|many|every] [of] [her|his|their] evenings|nights|weekends|time|days with a|an|the [older] man|men|adult|adults|male|males [of|aged|in] [his|their] ${ADULT_AGES}|twenties|thirties|forties|fifties`,
    ],
    // Review 27: a mentor, a support worker or a club.
    unlessNear: ['mentor|worker|support|club|coach|volunteer|befriender|tutor'],
    window: 10,
  },

  // ---- Round 28: fresh27, fresh26 and fresh25 misses with no pattern at all (coverage), each family with vetoes for
  // the same words in ordinary use (indicators-round28.test.ts) ----
  // Not knowing where they were taken ("did not know what town he was in", "does not know the town he was taken to"):
  // a child moved by others often cannot name the place (am_unknown_address).
  {
    code: 'am_unknown_address',
    patterns: [
      // Review 28: "not" is required after did/does ("He did know what town he was in" is no sign).
      'did|does|do not know what|which town|city|area|place she|he|they was|were|is|are in',
      "didn't|doesn't|don't know what|which town|city|area|place she|he|they was|were|is|are in",
      'could|can not tell|say [us|staff|police|officers] what|which town|city|area she|he|they was|were|is|are in',
      "couldn't|couldn’t|can't|can’t|cannot tell|say [us|staff|police|officers] what|which town|city|area she|he|they was|were|is|are in",
      'did|does not know the|what|which town|city|area|address she|he|they was|were|had [been] taken|driven|brought to',
      "didn't|doesn't know the|what|which town|city|area|address she|he|they was|were|had [been] taken|driven|brought to",
      'has|had no idea of the|what|which address|addresses|town|towns|city',
    ],
    // An adult's confusion, a school year or a building ("did not know which room he was in").
    unlessNear: [
      `${FAMILY}|grandfather|grandmother|dementia|stroke`,
      // Round 28b: an adult who is the one lost, as the subject; not the man who took the child ("does not know the
      // town he was taken to, only that a man drove him there").
      "patient|resident|driver|man|woman|tourist|visitor|lady|gentleman does|did|do|has|had|could|can|cannot|doesn't|didn't|couldn't|can't",
      'year|class|set|team|group|house',
      // Review 28: a map in a lesson, an appointment or a shop ("has no idea of the address of the new dentist").
      'map|maps|atlas|geography|quiz|dentist|doctor|gp|surgery|clinic|optician|shop|restaurant|venue|office|website|email|postcode',
    ],
    window: 6,
  },
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
  // Low in mood ("very low in mood", "flat in mood"); a relative's is the relative's.
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['low|flat in mood'],
    unlessNear: [
      'song|songs|music|film|lighting|painting|market|album|track|playlist|room|house|team|weather|sky|day|colour|colours|tone|scene|photo|picture',
      // Review 28: a mural or a poem, and a member of staff as the subject ("Her teacher is low in mood").
      'mural|artwork|poem|poetry|novel|corridor',
      'teacher|teachers|colleague|colleagues|manager|nurse|worker|tutor|coach|neighbour is|was|has|had|seems|seemed|felt|feels',
    ],
    window: 4,
  },

  // ---- Round 28, second batch ----
  // Moved between places of work ("was moved between cannabis farms", "moved between nail bars in Leeds and Bradford"):
  // the settings where trafficked children are made to work (am_moved_by_others).
  {
    code: 'am_moved_by_others',
    patterns: [
      'was|were|is|are|been|being moved|taken|driven between [*] farms|bars|salons|washes|factories|restaurants|takeaways|brothels|houses|flats|addresses|hotels|towns|cities',
      `is|was|are|were|gets|got|being taken|driven|sent to ${TOWNS} at|on|every|most weekends|weekend|nights|night`,
    ],
    unlessNear: [
      // Round 28b: a relative as the one who takes the child, is visited or is moved, not any relative in the sentence
      // ("is taken to Stoke at weekends, owes the line £600 and his brother is in prison"; "arrived without family, was
      // moved between nail bars").
      `by|with|see|sees|seeing|visit|visits|visiting|stay|stays|staying|to [her|his|their] [*] ${FAMILY}|grandparents`,
      'the|whole|entire family|families',
      // A relative who is the one taken ("Dad is driven to Leeds every weekend"); not "without family, was moved".
      `${FAMILY.split('|')
        .filter((w) => w !== 'family')
        .join('|')} is|was|are|were|gets|got|being|has|have|had [being|been] taken|driven|sent|moved`,
      // Review 28b: the town is a relative's home or work ("is taken to Leeds at weekends where her brother lives",
      // "since her mum moved there"), or the parents share care ("moved between houses because his parents share custody").
      `where|because|since|as|cos [her|his|their] [*] ${FAMILY}|grandparents lives|live|lived|living|works|work|worked|working|moved|stays|stay|stayed`,
      'share|shares|shared|joint custody|care',
      // A man the child calls a relative (go_older_friends, "moved between hotels by a man she calls her uncle").
      `calls|called|call|calling her|him|his|their ${FAMILY}`,
      FAMILY.split('|')
        .map((w) => `${w}'s`)
        .join('|'),
      'football|training|match|matches|club|competition|competitions|hospital|appointment|appointments|contact|respite|tournament|gigs|church|mosque|school',
      'furniture|class|classes|meeting|meetings|boxes|patients|ward|wards|staff|police|officers|council|social|services|safety|placement|placements',
      // Review 28: livestock and goods, and lessons or a squad at weekends ("is driven to Manchester every weekend for
      // his swimming squad").
      'crates|lambs|sheep|cattle|cows|calves|pigs|animals|livestock|goods|machinery|tractor|crops|hay|paintings|stock',
      'squad|swimming|lessons|lesson|violin|piano|music|dance|ballet|gymnastics|cricket|rugby|hockey|netball|orchestra|choir|grandparents',
    ],
    window: 8,
  },
  // Weight that may be falling ("may be losing weight"): ep_eating_problems.
  {
    code: 'ep_eating_problems',
    patterns: ['may|might|could be losing weight'],
    unlessNear: [`${FAMILY}|${FAMILY_HOMES}|baby's|baby|babies|patient|dog|cat|pet|diet|dieting|slimming|gym|training|boxing|running|weigh-in`],
    window: 8,
  },
  // A weight loss told with a measure or a time ("her weight has dropped by 6kg since the summer"): ep_eating_problems.
  {
    code: 'ep_eating_problems',
    patterns: ['weight has|had|is|was [dropped|dropping|falling|fallen|gone] down|dropped|fallen|dropping|falling'],
    requiresNear: ['kg|kilos|kilograms|stone|pounds|lbs|since|centile|centiles|bmi|noticeably|significantly|sharply|quickly|steadily'],
    // An adult's diet, a baby's weight (a health visitor's measure), a parcel or a load, scales, braces.
    unlessNear: [
      `${FAMILY}|${FAMILY_HOMES}|baby's|baby|babies|patient|dog|cat|pet|diet|dieting|slimming|gym|training|boxing|weigh-in`,
      'parcel|load|bag|lorry|bar|bike|suitcase|luggage|scales|display|battery|braces|brace|teeth|reading|readings',
    ],
    window: 8,
  },
  // Calls that keep coming ("kept getting calls and then rushed out", "someone kept ringing him"); te_worrying_calls.
  {
    code: 'te_worrying_calls',
    patterns: [
      'kept|keeps|keep getting|receiving calls|texts|messages',
      'someone|somebody|they|men kept|keeps ringing|calling|phoning her|him|them',
      'call|calls from a withheld|private|unknown number and|then ran|rushed',
    ],
    unlessNear: [
      `${FAMILY}|office|school|parents|complaints|customers|bank|surgery|gp|landlord|council|work|job|agency|recruiters|marketing|spam|delivery|insurance`,
      'about|regarding|re',
      // Review 28: a firm or a service ("keeps receiving texts from the phone company").
      'company|companies|provider|network|dentist|optician|vet|gym|pharmacy|sales|collectors|energy',
    ],
    // The caller named in the next clause ("...; it was the GP surgery").
    unlessNearAcross: ['surgery|gp|bank|doctor|dentist|hospital|delivery|scam|spam|dad|mum|nan'],
    window: 8,
  },
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
  // Sexual harassment by peers ("is sexually harassed by boys in the common room"), and nude images shared
  // ("her nudes were shared"): te_online_bullying in the framework.
  {
    code: 'te_online_bullying',
    patterns: [
      'sexually harassed|harassing|bullied by [older|other] boys|girls|pupils|students|peers|classmates|lads',
      'nudes|nude was|were|have|has [been] shared|posted|circulated|forwarded',
      'nudes|nude was|were|have|has [been] sent round|around',
    ],
    unlessNear: [...EDUCATION_CUES, 'staff|teacher|colleague|colleagues|employee|worker|nurse|mum|mother', 'art|painting|paintings|sculpture|gallery|museum'],
    window: 8,
  },
  // Made to steal for adults ("the men make the younger boys shoplift", "steals from the tills for the men outside",
  // "the robbery was ordered by the olders"): go_forced_theft_begging.
  {
    code: 'go_forced_theft_begging',
    patterns: [
      `[older] ${ADULTS_NOT_PEOPLE}|olders|elders|gang|group|they make|makes|made|making [the] [younger|other] * [*] shoplift|steal|rob`,
      `steals|stole|stealing|shoplifts|shoplifted|shoplifting from * [*] for the|older ${ADULTS_NOT_PEOPLE}|olders|elders|gang|group|lads`,
      'robbery|robberies|burglary|burglaries|theft|thefts|shoplifting was|were|is|are ordered|organised|arranged by [the] [older] olders|elders|men|gang|group|adults',
    ],
    unlessNear: [
      'base|bases|rounders|baseball|ball|show|limelight|kiss|glance|heart|idea|ideas|scene|goal|goals|cricket|football|play|drama|film|game',
      'fridge|cupboard|kitchen|sleepover|joke|jokes|joking|biscuits|sweets',
    ],
    window: 6,
  },
  // Filmed live for adults online ("was filmed live for men online"): te_live_streaming.
  {
    code: 'te_live_streaming',
    patterns: [`filmed|streamed|streaming|filming live for|to ${ADULTS_NOT_PEOPLE}|viewers|strangers [online|on]`],
    unlessNear: ['match|concert|assembly|service|funeral|wedding|church|mosque|graduation|show|play|parents|family|game|gig|council|sports'],
    window: 8,
  },
  // Touched or assaulted "sexually" after the verb ("was touched sexually by a taxi driver"): sh_sexual_assault.
  {
    code: 'sh_sexual_assault',
    patterns: ['touched|assaulted|grabbed|abused sexually'],
    unlessNear: [...EDUCATION_CUES, 'consent|law|laws|what|how|if|explained|explain', 'dog|cat|vet|animal|animals|horse|pet'],
    window: 8,
  },
  // Alone at every break ("spends every break on his own"): ep_isolated.
  {
    code: 'ep_isolated',
    patterns: [
      'spends|spent|spending every|each|all [her|his|their] break|breaks|lunch|lunches|lunchtime|lunchtimes|breaktime|breaktimes on her|his|their own',
      'spends|spent|spending every|each|all [her|his|their] break|breaks|lunch|lunches|lunchtime|lunchtimes|breaktime|breaktimes alone',
    ],
    // Adults at work, and a chosen quiet activity (reading, a club, revision).
    unlessNear: [
      `${FAMILY}|teacher|teachers|staff|colleague|colleagues|worker|driver|nurse|manager|volunteer|tutor|coach`,
      // Review 28: other adults at work ("The caretaker spends every break on his own").
      'caretaker|cleaner|receptionist|officer|chef|cook|porter|guard|assistant|headteacher|head|lecturer|builder|builders|lollipop|lady|supervisor',
      'reading|read|revising|revision|chess|club|library|drawing|practising|practice|coding|marking|choice|prefers|likes|enjoys',
    ],
    window: 10,
  },
  // Back to the traffickers ("went back to the traffickers"): da_controlled_return.
  {
    code: 'da_controlled_return',
    patterns: [
      'goes|go|went|going|gone|returns|returned|returning|keeps|kept back|returning to the|her|his traffickers|exploiters|abusers|trafficker|exploiter|abuser',
    ],
    // Officers or services returning to an address.
    unlessNear: ['police|officers|officer|warrant|raid|raided|detectives|team|helpline|address|addresses'],
    window: 6,
  },

  // ---- Round 28, third batch ----
  // Sex with several men ("has slept with several men in the flats"): sh_many_partners.
  {
    code: 'sh_many_partners',
    patterns: [
      'slept|sleeping|sleeps with several|many|multiple|different|various|numerous men|males|boys|lads|partners',
      'had|having|has sex with several|many|multiple|different|various|numerous men|males|boys|lads|partners',
    ],
    unlessNear: ['tent|tents|dorm|dormitory|room|hall|floor|shelter|hostel|camp|bunk|bunks'],
    window: 4,
  },
  // Drugs or drink given before a sexual assault ("the man gave Poppy cannabis before he raped her"):
  // ad_substances_with_sex (the men's substances used to lower the child's resistance).
  {
    code: 'ad_substances_with_sex',
    patterns: [
      `gave|give|gives|giving|handed|plied * [*] ${DRUGS}|${ALCOHOL}|drink|drinks before|then [he|they|the] [man|men] raped|assaulted|abused|attacked`,
      `gave|give|gives|giving|handed|plied * [*] ${DRUGS}|${ALCOHOL}|drink|drinks before|then [he|they|the] [man|men] had sex`,
      `raped|assaulted|abused|had sex with her|him|them [at] [the] [*] [*] and gave * [*] ${DRUGS}|${ALCOHOL} first|beforehand`,
    ],
    // Review 28: "attacked" a hill or a course ("gave them drinks before they attacked the hill on the bikes").
    unlessNear: ['hill|hills|climb|bike|bikes|race|course|match|game|training|water|juice|squash|tea|coffee|exam|test'],
    window: 8,
  },
  // Drugs handed to the child by men ("the men upstairs hand the boy spliffs", "could be supplying the girls with
  // vodka"): ad_substances_given.
  {
    code: 'ad_substances_given',
    patterns: [
      `[older] ${ADULTS_NOT_PEOPLE}|olders|elders|dealers|they [*] hand|hands|handed|handing the|a|her|him|them [*] [*] spliffs|spliff|joints|joint|${HARD_DRUGS}|vodka|alcohol|pills`,
      `[older] ${ADULTS_NOT_PEOPLE}|olders|elders|dealers|they [*] [*] [*] [could] [be] supplying|supply|supplies|supplied the|her|him|them [*] with ${ALCOHOL}|${HARD_DRUGS}|drugs|pills|spliffs`,
    ],
    unlessNear: ['nurse|nurses|pharmacist|doctor|staff|paramedic|paramedics|prescribed|prescription|medication|bar|barman|pub|licensed|licence|shop'],
    window: 6,
  },
  // School missed by days or the week ("has missed eleven days of college", "missed school all week"): am_school_absence.
  {
    code: 'am_school_absence',
    patterns: [
      'missed|misses|missing two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|numerous|2|3|4|5|6|7|8|9|10|11|12|15|20 days|weeks|sessions of school|college',
      'missed|misses|missing school|college all|most|every [whole] week|term|month|day',
      'missed|misses|missing school|college the whole week|term|month|day',
    ],
    // Illness, a bereavement, a hospital stay, an adult's own absence.
    unlessNear: [
      'ill|illness|sick|flu|chickenpox|covid|virus|bug|operation|surgery|hospital|injury|injured|broken|funeral|bereavement|appendicitis|fracture|tonsillitis',
      'teacher|teachers|staff|lecturer|tutor|mum|dad|driver',
    ],
    window: 10,
  },
  // Adult men contacting the child on an app ("contacted by adult men on Grindr"): te_adults_contact_online.
  {
    code: 'te_adults_contact_online',
    // The dating apps for adults (the other apps are in earlier entries).
    patterns: ['contacted|messaged|added|approached by adult|older|grown men|males|man on|via grindr|tinder|hinge|bumble'],
    unlessNear: [
      'coach|club|team|school|teacher|tutor|staff|church|youth|worker|scam|scammers|sellers|buyers|selling|tickets|cloned|profile|advert|advertised|sale|listing|car',
      // Review 28: an adult relative on a dating app ("Her aunt was messaged by older men on Bumble").
      `${FAMILY_NOT_CARERS}|teacher|nurse was|is|has|had|gets|got|keeps`,
    ],
    window: 6,
  },
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
  // Little sense of their own worth ("had little sense of her own worth"): ep_low_self_esteem.
  {
    code: 'ep_low_self_esteem',
    patterns: ['little|no|low sense of her|his|their own worth|value'],
    unlessNear: ['mum|dad|mother|father|parent|carer|staff|worker|nan|grandad|gran'],
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
  // Given things "for sex" ("the men give the 14-year-old food and cigarettes for sex"): rg_sex_exchange.
  {
    code: 'rg_sex_exchange',
    patterns: ['give|gives|gave|giving|offer|offers|offered|offering * [*] [*] [*] [*] for sex|sexual'],
    unlessNear: [...EDUCATION_CUES, 'advice|leaflet|clinic|condoms|contraception|education|health|lessons|talk'],
    window: 6,
  },
  // Drugs inside the body ("drugs were hidden inside him", "had to hide drugs inside himself"): go_internal_concealment.
  {
    code: 'go_internal_concealment',
    patterns: [
      `${DRUGS}|packages|package|parcels|drugs were|was|are|is [hidden|concealed|stored|put|pushed|plugged] inside him|her|them|himself|herself`,
      `hide|hid|hidden|hiding|conceal|concealed|carry|carried|carrying ${DRUGS}|packages|parcels|drugs inside himself|herself|themselves`,
    ],
    unlessNear: [
      'bag|bags|pocket|pockets|locker|room|car|coat|jacket|shoe|shoes|sock|socks|bra|case|box|drawer|wardrobe|underwear|mattress|pillow|wallet|purse|trainers|hood|hat|sleeve',
      'suitcase|luggage|rucksack|backpack|holdall|handbag|parcel|boot|glovebox',
    ],
    window: 3,
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
  // Parties at the flats ("going to parties at the flats"): go_taken_to_parties.
  {
    code: 'go_taken_to_parties',
    patterns: ['goes|going|went|gone|been to parties at the|a|their|his|her [*] flats|flat|bedsit|bedsits|hotel|hotels|trap'],
    unlessNear: [`${FAMILY}|work|christmas|birthday|wedding|staff|office|engagement|retirement|leaving|cousin's|friend's|school|prom|club`],
    window: 8,
  },
  // An adult named as the child's partner ("calls the 41-year-old man her boyfriend"): go_older_partner.
  {
    code: 'go_older_partner',
    patterns: [`calls|called|describes|described|refers|referred [to] the|a|this ${ADULT_YEAR_OLD} [man|woman|male] her|his boyfriend|girlfriend|partner`],
    unlessNear: [
      `${FAMILY}|grandmother|grandfather|widow|widower`,
      // Review 28: a part in a play ("calls the 40-year-old man her boyfriend in the play").
      'play|film|drama|story|book|novel|soap|role|character|script|scene|rehearsal',
    ],
    window: 6,
  },
  // Work for nothing ("the men pay him nothing to wash their cars", "made to tend the cannabis plants without pay"):
  // rg_unpaid_work.
  {
    code: 'rg_unpaid_work',
    patterns: [
      `[older] ${ADULTS_NOT_PEOPLE}|olders|they pay|pays|paid her|him|them nothing to|for`,
      'made|forced|told|expected to * [*] [*] [*] [*] without pay|payment|wages|money',
      'made|forced|told|expected to * [*] [*] [*] [*] for no pay|payment|wages|money',
    ],
    unlessNear: [
      'volunteer|volunteers|volunteering|charity|chores|chore|pocket|homework|church|mosque|scouts|cadets|placement|experience|club|dbs|trial|tidy|tidying|bedroom|room',
      'wait|waiting|interview|queue|dog|dogs|loves|love|favour|neighbour|neighbours|help|helps|helping|hobby|fun',
      'manager|boss|overtime|employer|shift|late|enjoys|enjoy',
    ],
    window: 8,
  },
  // Taxis paid by someone else ("comes back in taxis someone else has paid for"): rg_unexplained_money.
  {
    code: 'rg_unexplained_money',
    patterns: [
      'taxis|taxi|cabs|cab|ubers|uber|fares|fare someone|somebody else has|had|have paid|pays|paid',
      'taxis|taxi|cabs|cab|ubers|uber|fares|fare are|were|was|is paid|booked [for] on his|her|their account',
      'taxis|taxi|cabs|cab|ubers|uber|fares|fare are|were|was|is paid|booked [for] by a|an|the man|men|adult|adults|stranger|strangers',
    ],
    unlessNear: ['council|school|college|social|services|transport|authority|hospital|nhs|work|employer|insurance|office|staff|dad|mum'],
    window: 8,
  },
  // Brought into hospital after a drug ("brought in drowsy and confused after taking ketamine"):
  // ad_intoxication_hospital.
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [`brought|taken in [*] [*] [*] [*] after taking|drinking|using|smoking ${HARD_DRUGS}|${ALCOHOL}|drugs|pills|substances`],
    unlessNear: ['bleach|detergent|chemical|chemicals|cleaning|tumble|fall|knock|turn|inhaler|prescribed|medication|paracetamol|ibuprofen'],
    window: 8,
  },
  // A missed therapy or health appointment counted ("missed her third CAMHS appointment"), and a worker no longer
  // met ("has stopped meeting his worker"): da_not_engaging.
  {
    code: 'da_not_engaging',
    patterns: [
      'missed|misses|missing her|his|their [second|third|fourth|fifth|last|latest|next] camhs|yot|cahms|therapy|counselling|counsellor|sexual|rhi|worker appointment|appointments|session|sessions',
      'stopped|stops|stopping meeting her|his|their [social|key|youth|support|yot|rhi] worker|workers|mentor',
    ],
    unlessNear: [
      'ill|illness|sick|hospital|strike|strikes|snow|cancelled|rebooked|rearranged|bus|train|holiday|exam|exams|closed|closure|ended|finished|discharged|case',
      'worker|workers was|is|were off|sick|ill',
    ],
    window: 8,
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
  // Belonging offered by the group ("the men told Hamza he is family now", "the group is like family", "the olders give
  // them weed and call them family"): rg_status_rewards. Not a foster family, a team or a congregation.
  {
    code: 'rg_status_rewards',
    patterns: [
      `[older] ${ADULTS_NOT_PEOPLE}|olders|elders|gang|group|crew|they told * [that] she|he|they is|are|was|were family [now]`,
      'group|gang|olders|elders|crew|line|men is|are|was|were like [a] family',
      'call|calls|called|calling her|him|them family|fam',
    ],
    requiresNear: ['olders|elders|gang|group|crew|line|men|dealers|lads'],
    unlessNear: [
      'foster|carer|carers|adoptive|adopted|adoption|staff|team|club|church|mosque|choir|squad|class|school|neighbours|neighbour|mum|dad|nan|gran|grandad|aunt|uncle|cousin|cousins|wedding|football|rugby|band|cast|unit|ward|colleagues|work|office',
    ],
    window: 8,
  },
  // Free food from a takeaway ("the takeaway gives the children free food"): rg_accommodation_offered in the framework (food and a place as the hook).
  {
    code: 'rg_accommodation_offered',
    // The takeaway as the giver; men giving free food there stay a gift (indicators-cues.test.ts).
    patterns: ['takeaway|takeaways|chippy|kebab give|gives|gave|giving [the] * free food|meals|takeaway|chips|pizza'],
    unlessNear: [
      'at|from|near|outside|behind|above the|a takeaway|takeaways|chippy|kebab',
      'staff|workers|nurses|nurse|strike|homeless|charity|bank|school|church|mosque|volunteers|pantry|scheme|holiday|voucher|vouchers|club|council|customers|customer|everyone|students|nhs|promotion|offer|deal|opening|birthday|dog|eid|christmas',
    ],
    window: 8,
  },
  // The address withheld ("she would not give the address" where she was found): da_not_disclosing.
  {
    code: 'da_not_disclosing',
    patterns: [
      'would|will|did|does not give|tell|say the|her|his|their address',
      "wouldn't|won't|didn't|doesn't|refused|refuses|refuse give|tell|say the|her|his|their address",
      'refused|refuses|refuse to give|tell|say the|her|his|their address',
    ],
    unlessNear: [`${FAMILY}|landlord|caller|driver|company|delivery|courier|seller|buyer|bank|tenant|neighbour|man|woman|school|office`],
    window: 6,
  },
  // Befriended by an adult ("befriended by an older man at the bus stop", "older lads with cars have befriended the Year 8
  // boys"): go_older_friends.
  {
    code: 'go_older_friends',
    patterns: [
      `befriended by a|an [older] [*] ${ADULTS_NOT_PEOPLE}|${ADULT_YEAR_OLD}`,
      `older ${ADULTS_NOT_PEOPLE}|lads|boys|girls [with] [a] [car|cars] have|has|had befriended`,
    ],
    unlessNear: [
      `${FAMILY}|grandfather|grandmother|widow|widower|resident|residents|patient|patients|teacher|colleague|colleagues|worker|volunteer|dog|cat|allotment|bowls`,
    ],
    window: 6,
  },
  // New things no-one at home bought ("new trainers nobody bought him", "new designer trainers that neither the carers
  // nor his mum bought him"): rg_unexplained_gifts.
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      'new * [*] [that|which] nobody|no-one|noone|neither [*] [*] [*] [*] [*] bought|buys|gave|paid',
      'new * [*] [that|which] no one [*] [*] bought|buys|gave|paid',
    ],
    unlessNear: [
      'lost|found|borrowed|lent|second-hand|secondhand|charity|remember|remembers|remembered|forgot|forgotten|prize|won|raffle|competition|present|birthday|christmas',
    ],
    window: 6,
  },
  // Into care ("since entering care"): fa_in_care; not care work or a care home for adults.
  {
    code: 'fa_in_care',
    patterns: ['entering|entered|enters|enter care'],
    unlessNear: [
      'home|homes|work|worker|workers|sector|industry|profession|assistant|assistants|staff|job|jobs|agency|elderly|grandad|grandma|nan|gran|mum|dad|patient|residents',
    ],
    window: 4,
  },
  // Fares paid by someone else ("the fares were paid by someone else"): rg_unexplained_money.
  {
    code: 'rg_unexplained_money',
    patterns: ['taxis|taxi|cabs|cab|ubers|uber|fares|fare|tickets|ticket are|were|was|is paid|booked [for] by someone|somebody [else]'],
    unlessNear: [
      `${FAMILY}|council|school|college|social|services|transport|authority|hospital|nhs|work|employer|insurance|office|staff|club|team|trip|match|concert|gig|cinema|theatre|festival`,
    ],
    window: 8,
  },

  // ---- Round 28, fifth batch ----
  // Grades that have fallen ("Lola's grades have dropped"): a change in behaviour at school (ep_change_in_behaviour).
  {
    code: 'ep_change_in_behaviour',
    patterns: ['grades|marks|attainment|schoolwork have|has|had [*] dropped|fallen|slipped|declined|dipped|plummeted'],
    // Grade boundaries, a school's or a cohort's results, a relative's course.
    unlessNear: [
      `${FAMILY}|${FAMILY_HOMES}|boundaries|boundary|school's|schools|national|cohort|average|averages|department|teacher|teachers|staff|nurse|nurses|trainee`,
      // Review 28: a pet's show or obedience marks.
      "dog|dog's|puppy|horse|horse's|pony|obedience|show",
      // and a group's results ("The cohort's grades have dropped").
      "cohort's|year's|class's|group's|set's|county's|country's",
    ],
    window: 6,
  },
  // Offers made on an app ("was offered free weed on Telegram", "an account on TikTok is offering girls money to model"):
  // te_online_offers.
  {
    code: 'te_online_offers',
    patterns: [
      `offered|offering|offers|offer [her|him|them|girls|boys|kids|children] [free] money|cash|weed|drugs|cannabis|vapes|work|jobs|spliffs|pills [*] [*] [*] [*] on|via|over|through ${APPS}`,
      `account|accounts|someone|somebody|man|men|people on ${APPS} is|are|was|were|has|have [been] offering|offered [her|him|them|girls|boys|kids|children|young] [people] [free] money|cash|weed|drugs|cannabis|vapes|work|jobs|lifts|somewhere|modelling`,
    ],
    unlessNear: [
      'off|discount|discounts|voucher|vouchers|refund|deal|deals|sale|promo|competition|giveaway|prize|college|university|course|interview|apprenticeship|subscription|trial|shop|brand|company|store|council|school|club',
    ],
    window: 8,
  },

  // ---- Round 28, sixth batch ----
  // Found at a man's flat after going missing ("was found at a taxi driver's flat"): am_found_with_adults.
  {
    code: 'am_found_with_adults',
    patterns: [
      "found|located|traced at|in a|an|the [*] man's|men's|driver's|adult's|stranger's|male's flat|house|room|address|bedsit|car",
      'found|located|traced [*] [*] [*] in a|the room|flat booked|rented by a|an [older] man|men|adult',
    ],
    requiresNear: ['missing|mfh|absconded|absent|police|officers|reported|returned|return'],
    unlessNear: [
      'keys|key|phone|wallet|bag|purse|dog|cat|item|items|property|bike|coat|jacket|passport|card|cards',
      // Review 29: any pet ("the kitten was found at a man's house after it went missing").
      'dogs|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|tortoise|parrot|hamster|budgie|ferret',
    ],
    window: 12,
  },
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

  // ---- Round 29: fresh28's misses, each written for its family of wording with ordinary sentences beside it
  // (indicators-round29.test.ts) ----
  // An adult who has or holds the child's documents or bank card ("the man has her bank card and ID", "the man held both
  // children's passports", "her ex-partner still has her bank card", "the woman is holding his papers"):
  // da_documents_held (framework: someone else holds the child's passport, identity documents or bank cards).
  {
    code: 'da_documents_held',
    patterns: [
      // "has his passport" is the man's own; "has her passport" is not.
      'man|men|woman|women|adult|adults|boyfriend|ex-partner|ex|partner|landlord|landlady|boss|employer|trafficker|traffickers|couple [still] has|have|had her|both|all [the] [*] [*] passport|passports|documents|papers|id|bank|brp',
      'man|men|woman|women|adult|adults|boyfriend|ex-partner|ex|partner|landlord|landlady|boss|employer|trafficker|traffickers|couple [still] holds|held|keeps|kept her|his|their|both|all [the] [*] [*] passport|passports|documents|papers|id|bank|brp',
      'he [still] has|had|holds|held|keeps|kept her passport|passports|documents|papers|id|bank',
      'she [still] has|had|holds|held|keeps|kept his passport|passports|documents|papers|id|bank',
      'is|are|was|were holding * passport|passports|documents|papers|id',
      'is|are|was|were holding the|her|his|their [*] [*] passport|passports|documents|papers|id',
    ],
    unlessNear: [
      FAMILY,
      'carer|carers|foster|social|worker|staff|school|office|solicitor|solicitors|council|renewal|renew|expired|holiday|trip|coach|team|tournament|teacher|branch|teller|cashier|post|application|safe|safekeeping|locked',
      'purse|wallet|stole|stolen|theft|found|lost|handed|drawer|pocket|visa|application|checked|check|checks|stamped|scanned|inspected',
      ...DOCUMENTS_ERRANDS,
      // The adult's own documents ("the man has his passport and ticket").
      'man|men|woman|adult|boyfriend|partner|landlord|driver has|had|holds|held|keeps his|her own',
    ],
    window: 8,
  },
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
  // An adult from online or a game arranging to meet the child ("the adult player arranged to meet Finn at the park",
  // "the man suggests meeting", "a man she met on Snap asked to meet her in town"): te_meeting_online_contacts.
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `[older] ${ADULTS_NOT_PEOPLE}|player|gamer|gamers|players|contact|${ADULT_YEAR_OLD} [has|had|have|is|was] arranged|arranges|arranging|arrange|asked|asks|asking|ask|wants|wanted|want|tried|tries|trying|try|suggested|suggests|offered|offers|offering|offer to meet [up] [with] her|him|them`,
      `[older] ${ADULTS_NOT_PEOPLE}|player|gamer|gamers|players|contact|${ADULT_YEAR_OLD} [has|had|have|is|was] arranged|arranges|arranging|arrange|asked|asks|asking|ask|wants|wanted|want|tried|tries|trying|try|suggested|suggests|offered|offers|offering|offer to meet [up] [with] * at|in|near|outside|after`,
      `[older] ${ADULTS_NOT_PEOPLE}|player|gamer|gamers|players|contact|${ADULT_YEAR_OLD} suggested|suggests|suggesting|proposed|proposes|mentioned|mentions meeting [up]`,
    ],
    unlessNear: [
      `${FAMILY}|worker|workers|teacher|teachers|social|officer|officers|pc|nurse|doctor|gp|coach|staff|landlord|housing|solicitor|interpreter|mentor|youth|counsellor|therapist|manager|tutor|volunteer|caseworker|advocate|sw|yot|probation|camhs|lawyer|estate|agent|plumber|buyer|seller|neighbour|neighbours`,
      // Adults meeting each other ("the men arranged to meet him at the pub to sign the contract").
      'contract|interview|job|cv|business|client|clients|customer|customers|viewing|delivery|collect|collection',
      // Review 29: a sale ("the man suggested meeting at the cafe to discuss the car sale").
      'sale|sell|selling|sold|buy|buying|price|discuss|gumtree|ebay|vinted|marketplace|pram|bike|car',
    ],
    window: 8,
  },
  // Calls all night or all through the day ("gets calls all through lessons and walks out", "used to get calls all night",
  // "her phone rings all night"): te_worrying_calls (framework: many calls or messages at all hours).
  {
    code: 'te_worrying_calls',
    patterns: [
      'gets|get|getting|got|receives|received|receiving|takes|took|taking calls|phone|phonecalls all night|day|evening|through|the',
      'phone|mobile rings|ringing|rang|buzzes|buzzing|buzzed all night|day|evening|through|the [time]',
      'phone|mobile rings|ringing|rang|buzzes|buzzing|buzzed constantly|non-stop|nonstop|continually|continuously',
    ],
    unlessNear: [
      `${FAMILY}|work|job|office|shift|customers|customer|clients|client|sales|bank|nuisance|spam|scam|scams|marketing|insurance|company|business|teacher|staff|manager|landlord|doctor|nurse|on-call|call`,
      'birthday|results|exam|news|hospital|funeral|christmas|eid|wedding|baby|congratulations|interview|interviews|ppi|survey|surveys|delivery',
      'flood|fire|storm|emergency|neighbours|neighbour|friends|relatives|well-wishers|checking',
      // Review 29: a friend, a game, a club or a cause ("gets calls all night from his gaming friend in Canada", "took
      // calls all evening about the lost dog", "the phone rang all day about the fundraiser").
      'friend|mate|mates|bestie|gaming|canada|australia|america|abroad|dog|cat|pet|fundraiser|fundraising|charity|appeal|campaign|club|football|match|group|notifications|notification|instagram|alarm|alarms',
    ],
    window: 8,
  },
  // Up all night ("Reece is up all night on the phone", "the girl is often up all night"): ep_exhaustion.
  {
    code: 'ep_exhaustion',
    patterns: ['is|was|are|were|been|often|regularly|always|usually|stays|stayed|staying up all night|nights'],
    unlessNear: [
      'baby|babies|teething|revising|revision|revise|exam|exams|sick|ill|illness|vomiting|fever|temperature|sleepover|party|birthday|christmas|year|eve|celebrating|wedding|shift|shifts|nurse|work|working|festival|camping|flight|travelling|worried|worrying|anxious|pain|toothache|earache|asthma|cough|dog|puppy|newborn|excited|storm',
      `${FAMILY_NOT_CARERS}|staff|carer|carers|teacher|doctor`,
      // Review 29: an illness, a game, a book, homework or the sky ("was up all night with a migraine", "stays up all night
      // playing Fortnite at weekends", "up all night finishing her coursework", "stayed up all night to watch the meteor
      // shower").
      'migraine|headache|stomach|bug|flu|cold|hay|sickness|playing|fortnite|minecraft|xbox|playstation|console|game|games|film|films|movie|movies|netflix|reading|book|books|coursework|homework|essay|assignment|deadline|meteor|stars|eclipse|newborn|twins|sister|brother',
    ],
    window: 8,
  },
  // Unable to name the town or find the place again ("had no idea which town the house was in", "does not know the name of
  // the town where the house is", "stayed in a flat he cannot find again"): am_unknown_address.
  {
    code: 'am_unknown_address',
    patterns: [
      'no idea which|what town|city|area|street|address|place|estate|village',
      'not know|knew|say|tell the name of the town|city|area|street|road|estate|village',
      "doesn't|didn't|don't|couldn't|can't|cannot|never know|knew|say|tell the name of the town|city|area|street|road|estate|village",
      "flat|house|address|place|room|hotel he|she|they can't|couldn't|cannot find|locate again",
      'flat|house|address|place|room|hotel he|she|they could|can|would not find|locate again',
    ],
    unlessNear: [
      'grandad|grandma|nan|gran|stroke|dementia|driver|lorry|new|school|holiday|game|quiz|map|geography|party|match|tournament|sat|satnav|phone|keys|wallet|bag|film|book|story|festival|concert|gig|event|looked|google|checked',
      'year|class|house|form|team group|points|captain',
      // Review 29: a tourist, a venue, a birthplace or a sale ("the lost tourist had no idea which town she was in", "did not
      // know the name of the village where the wedding was", "can't say the name of the town where she was born").
      'tourist|tourists|visitor|visitors|sightseeing|museum|gallery|zoo|theatre|stadium|venue|restaurant|wedding|born|birth|sale|boot|pupil|pupils|trip',
    ],
    window: 8,
  },
  // Paid for sex ("was paid £50 by a man at the station for sex", "men pay her for sex"): rg_sex_exchange.
  {
    code: 'rg_sex_exchange',
    patterns: ['paid|pays|paying|pay [*] [*] [*] [*] [*] [*] [*] for sex|sexual'],
    unlessNear: [
      ...EDUCATION_CUES,
      'education|shop|toy|toys|therapy|therapist|clinic|health|leaflet|lessons|books|book|course|woman|women|escort|escorts|worker|workers|wife|husband|film|drama|documentary',
    ],
    window: 8,
  },
  // Pay or the picture goes to the family ("told to pay £500 or the picture would go to his family", "send more or the
  // video goes on Snapchat"): te_sextortion.
  {
    code: 'te_sextortion',
    patterns: [
      'or [else] [the|her|his|their] picture|pictures|pic|pics|photo|photos|image|images|video|videos|nudes|nude would|will|gets|get|goes|go go|be|sent|shared|posted|put|out',
    ],
    requiresNear: ['pay|paid|money|cash|send|sent|more|gift|cards|bitcoin|crypto'],
    unlessNear: ['bin|printed|print|album|yearbook|frame|deleted|delete|competition|entry|entries|deadline|form', ...SCHOOL_PHOTOS],
    window: 12,
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
  // Needs the men or the group for the drug ("needs the olders for his weed and can't stop", "may depend on the group for
  // his supply", "now she needs them for it"): ad_supply_controlled (framework: the supply of drugs is controlled by others).
  {
    code: 'ad_supply_controlled',
    patterns: [
      'needs|need|needed|needing|depends|depend|depended|dependent|depending|relies|rely|relied|reliant on|upon [the] olders|men|group|gang|dealers|dealer|line|elders|them|him|man his|her|their weed|drugs|supply|gear|fix|crack|heroin|cannabis|spice|ket|pills|coke',
      'needs|need|needed|needing|depends|depend|depended|dependent|relies|rely|relied [on] [the] olders|men|group|gang|dealers|dealer|elders for her|his|their weed|drugs|supply|gear|fix|crack|heroin|cannabis|spice|ket|pills|coke',
      'needs|need|needed|depends|depend|depended|relies|rely|relied [on] them|him for it',
    ],
    // The last form only with the drug named in the sentence ("the men gave her heroin and now she needs them for it").
    requiresNear: [`${DRUGS}|olders|group|dealers|gang|elders|supply`],
    unlessNear: [
      'insulin|inhaler|medication|prescription|prescribed|pharmacy|pharmacist|gp|doctor|nurse|food|lifts|lift|money|rent|shifts|work|help|homework|mum|dad|nan|gran',
      // Review 29: a supply of goods, or a course about drugs ("the team needs the men for their supply of kit", "relies on
      // the group for his drugs awareness course").
      'kit|team|stock|equipment|parts|materials|shop|business|trainers|paper|water|support|recovery|treatment|withdrawal|detox|rehab',
      ...EDUCATION_CUES,
    ],
    window: 10,
  },
  // ---- Round 29b: families named in round 29 but not written (indicators-round29b.test.ts) ----
  // A learned or copied account ("seemed to be reciting a story he had learned", "gave an account identical to two other
  // boys'", "their statements were identical"): da_coached_account, only with a sign it was learned or copied, never a
  // poem, a play, a quiz or homework.
  {
    code: 'da_coached_account',
    patterns: [
      'reciting|recited|recites|recite a|the|her|his|their [same] [*] story|script|account|statement|version',
      'account|accounts|story|stories|statement|statements|version|versions identical to|with',
      'accounts|stories|statements|versions are|were|was|is [almost|nearly|exactly] identical',
      'account|story|statement|version was|is|were|are [almost|nearly|exactly] identical to|with',
    ],
    // Review 29b: not 'identical' itself, nor 'told' or 'if' ("the witness statements were identical on the time of the
    // crash"): a sign the account was learned, or other children's.
    requiresNear: [
      'seem|seemed|seems|sound|sounded|sounds|appear|appeared|appears|like|learned|learnt|rehearsed|memorised|memorized|taught|coached|prepared|given|gave|other|others|boys|girls|brother|cousin|three|word',
    ],
    unlessNear: [
      'poem|poems|poetry|play|assembly|drama|lines|performance|audition|bedtime|nursery|rhyme|rhymes|shakespeare|quiz|answers|essay|essays|homework|copying|copied|plot|film|book|novel|debate|bank|number|password|login|username|email',
      'shy|confidence|confident|reviews|review',
      // Review 29b: witnesses, insurers or neighbours ("the two accounts were almost identical, the police said of the
      // neighbours").
      'witness|witnesses|insurer|insurers|insurance|neighbour|neighbours|crash|accident|newspaper|referee|linesman',
    ],
    window: 10,
  },
  // Review 29b: not letting the child speak, only when someone would not ("Mum told me to let him speak for himself at
  // the parents' evening" is advice).
  {
    code: 'da_coached_account',
    patterns: ['let|allow|allowed|lets|letting the|her|him|them [*] [to] speak|talk|answer for herself|himself|themselves|themself'],
    requiresNear: ["not|never|wouldn’t|wouldn't|won’t|won't|didn't|didn’t|doesn't|doesn’t|refused|refuses|refusing|stopped|prevented"],
    window: 6,
  },
  // An adult nobody knows collecting the child or driving the child ("a man who would not give his name collected the
  // 14-year-old after her appointment", "an unknown adult drove him to his YOT appointment"): go_unknown_adults_collect.
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `collected|collects|collecting|collect|picked|picks|fetched|fetches the|a ${CHILD_YEAR_OLD}`,
      'collected|collects|collecting|picked|picks|fetched|fetches her|him|them [up] after|from her|his|their appointment|appointments|session|clinic|placement',
      'unknown|unidentified|unfamiliar adult|adults|man|men|male|males|woman|women|driver|drivers drove|drives|driving|driven|dropped|drops|brought|brings|ferried|ferries her|him|them to|off|back|home|into|at|from',
    ],
    requiresNear: ['unknown|unidentified|unfamiliar|stranger|strangers|name|nobody|no-one|anyone|never|recognised|recognise|recognize|know|knew'],
    unlessNear: [
      `${FAMILY}|${FAMILY_HOMES}|coach|club|team|tournament|match|trip|school|teacher|staff|worker|officer|driver’s|volunteer|minibus|bus|parcel|parents`,
      // Review 29b: a taxi or delivery firm, or a collector named by a pronoun ("the unknown driver dropped her off at the
      // wrong house, the taxi firm apologised"; "she collected the 10-year-old after swimming; nobody else was there").
      'taxi|taxis|cab|cabs|uber|firm|company|delivery|courier|wrong|lift|lifts|swimming|nursery|dentist|supply',
      'she|he|i|we|they|you collected|collects|collecting|collect|picked|picks|fetched|fetches',
    ],
    // ... and a teacher or a firm in the next clause ("an unfamiliar woman drove her to the station; it was the new supply
    // teacher").
    unlessNearAcross: ["teacher|teachers|supply|staff|taxi|cab|firm|company|colleague|neighbour|friend’s|friend's"],
    window: 12,
  },
  // Taxis for the child ("taxis turn up for Aaron at lunchtime", "an Uber keeps turning up for her"):
  // go_unknown_adults_collect, never a booked or school taxi.
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      'taxi|taxis|cab|cabs|uber|ubers [keep|keeps|kept] turn|turns|turned|turning|show|shows|showed|showing up for',
      'taxi|taxis|cab|cabs|uber|ubers [keep|keeps|kept] come|comes|came|coming to collect|fetch',
    ],
    unlessNear: [
      `${FAMILY}|hospital|wedding|guests|airport|school|council|booked|arranged|transport|sen|send|appointment|station|party|night|home|teacher|staff|escort|passenger|assistant`,
      // Review 29b: a relative's cab or the neighbours' ("Mum's cab came to collect her", "taxis keep turning up for the
      // neighbours").
      `${FAMILY_HOMES}|my|our|your|neighbour|neighbours|tenants|residents|guest|hotel|pub`,
    ],
    window: 8,
  },
  // Alone at lunch or in the room all association ("sits alone at lunch every day", "spends all association in his room",
  // "eats on her own at break"): ep_isolated.
  {
    code: 'ep_isolated',
    patterns: [
      'sits|sat|sitting|eats|ate|eating|spends|spent|spending|stands|stood|is|was alone|isolated at|during|in|through|every|each [the] lunch|lunchtime|lunchtimes|lunches|break|breaks|breaktime|breaktimes|playtime|playtimes|recess|association',
      'sits|sat|sitting|eats|ate|eating|spends|spent|spending|stands|stood on|by her|his|their|herself|himself|themselves [own] at|during|in|through|every|each [the] lunch|lunchtime|lunchtimes|lunches|break|breaks|breaktime|breaktimes|playtime|playtimes|recess|association',
      'spends|spent|spending|stays|stayed|staying|remains|remained all|every|each|most [of] [the] association|break|breaks|breaktime|lunch|lunchtime|lunchtimes|lunches|playtime|recess in|on her|his|their room|cell|bedroom|own',
      'spends|spent|spending|stays|stayed|staying|remains|remained all|every|each|most [of] [the] association|break|breaks|breaktime|lunch|lunchtime|lunchtimes|lunches|playtime|recess in the toilets|toilet|corridor',
      'spends|spent|spending|stays|stayed|staying|remains|remained in her|his|their room|cell [for|during] all|every|each|most [of] [the] association|break|breaks|breaktime|lunch|lunchtime|lunchtimes|lunches|playtime|recess',
    ],
    unlessNear: [
      `${FAMILY_NOT_CARERS}|teacher|teachers|staff|office|colleague|colleagues|work|van|desk|car`,
      // Adults at work alone at break ("The caretaker spends every break on his own").
      'caretaker|lollipop|lady|cleaner|cleaners|receptionist|secretary|head|headteacher|assistant|supervisor|cook|chef|nurse|doctor|officer|manager|boss|driver|worker|workers|grandad|grandma|nan|neighbour',
      'homework|revision|revise|revising|reading|book|exam|exams|detention|trip|club|choir|rehearsal|practice|practising|helping|librarian|prefect|duty|chose|choice|prefers|preferred|likes|quiet|holiday|holidays|weekend|weekends|ill|sick|unwell|covid|lockdown|gaming|tired|fasting|ramadan|friends|friend|mates|make-up|makeup',
      // Review 29b: reading, a pet, a coach at half-time, or the writer late one day ("he sits alone at lunch to read",
      // "the dog stays in his room all lunchtime", "I ate alone at lunch today because I was late").
      'read|reads|draw|draws|drawing|dog|dogs|cat|cats|puppy|pet|pets|hamster|coach|referee|umpire|halves|half-time|interval|late',
      'i sat|ate|sit|eat|spent|spend|stood|stand|stayed|stay',
    ],
    window: 10,
  },
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
  // An adult or older player adding the child, holding the child's number or offering in-game items for jobs ("an adult
  // player added Finn on Discord", "the older player has his number"): te_adults_contact_online.
  {
    code: 'te_adults_contact_online',
    patterns: [
      `adult|older|unknown player|players|gamer|gamers|man|men|male|males|stranger|strangers added|adds|adding|friended|friends|followed|follows|requested|messaged|messages|messaging [*] [*] on|via ${APPS}`,
      `${ADULT_YEAR_OLD} added|adds|adding|friended|followed|requested|messaged [*] [*] on|via ${APPS}`,
      'adult|older|unknown player|players|gamer|gamers|stranger|strangers|man|men|male has|had|have|got|gets|wanted|wants his|her|their number|snapchat|snap|insta|instagram|whatsapp',
    ],
    unlessNear: [
      `${FAMILY}|coach|team|squad|club|group|class|school|year|friend|friends|teacher|shirt|kit|jersey|delivery|driver|taxi|plumber|landlord|dentist|garage|shop|work|boss|tutor|manager|marketplace|bike|sale|selling|buy|buying|ebay|gumtree|vinted|advert|depop`,
      // Review 29b: lifts to training, a tournament, a sale or a lost pet ("the older player has his number for lifts to
      // training", "the man added her on Facebook after she bought his sofa").
      'lift|lifts|training|fixture|fixtures|tournament|tournaments|league|rules|charity|bought|sold|sell|sofa|lost|found|netball|match',
    ],
    window: 8,
  },
  // In-game items offered by an adult for jobs ("an adult offered Finn free skins for doing jobs", "a gamer promised him
  // Robux if he ran an errand"): te_online_offers.
  {
    code: 'te_online_offers',
    patterns: [
      'offered|offers|offering|offer|promised|promises|promising|gave|gives|giving|sent|sends [*] [free] skins|vbucks|v-bucks|robux|coins|gems|credits for|if|in|to',
    ],
    requiresNear: [
      'adult|adults|man|men|male|player|players|gamer|gamers|stranger|strangers|older|someone|somebody|unknown|jobs|job|errand|errands|pictures|pics|photos',
    ],
    unlessNear: [
      `${FAMILY}|chores|homework|reading|challenge|challenges|level|levels|signing|sign|event|season|pass|shop|store|birthday|christmas|reward|rewards|behaviour|chart|tidying|teacher|school`,
      // Review 29b: a scam link ("someone offered him free skins in a scam link, so he reported it").
      'scam|scams|scammer|scammers|phishing|link|links|fake|hacked|hack|giveaway|competition',
    ],
    window: 10,
  },
  // An adult holding pictures of the child ("the man has images of Poppy", "the adult male holds videos of both girls"):
  // te_sexual_images.
  {
    code: 'te_sexual_images',
    patterns: [
      '[older] man|men|male|adult|adults|stranger|strangers|boyfriend [may|might|could|must|still] has|had|have|holds|held|keeps|kept [indecent|sexual|naked|nude|explicit|intimate] images|videos|video|films|pictures|photos|pics|photographs of her|him|them|both',
      '[older] man|men|male|adult|adults|stranger|strangers|boyfriend [may|might|could|must|still] has|had|have|holds|held|keeps|kept [indecent|sexual|naked|nude|explicit|intimate] images|videos|video|films|pictures|photos|pics|photographs of the|a|two|three|young [young|little|two|three] girl|girls|boy|boys|child|children|kid|kids|pupil|pupils|teenager|teenagers',
    ],
    unlessNear: [
      // Review 29b: relatives or an event ("the older man kept pictures of both his grandchildren on the fridge", "the man
      // has photos of them at the restaurant opening").
      'of both his|her|their|my|our',
      'grandchildren|grandkids|grandson|granddaughter|grandsons|granddaughters|nephew|nephews|niece|nieces|fridge|restaurant|opening|launch|ceremony|festival|gig|reunion|anniversary|charity|fundraiser|office|work',
      `${FAMILY}|daughter|son|wedding|party|birthday|holiday|holidays|trip|match|school|photographer|play|graduation|nativity|christening|desk|wall|frame|framed|album|baby|scan|prom|sports|team|race|concert|show|own|cats|dogs|dog|cat|car|cars|house|houses|property|map|maps|football|game|crime|scene|cctv|camera|dashcam|spain|france|italy`,
    ],
    window: 10,
  },
  // ... and images of a named child ("the man has images of Poppy"), not of a thing ("the adult holds images of the new
  // build", "the man has images of the stars from his telescope"): review 29b.
  {
    code: 'te_sexual_images',
    patterns: [
      '[older] man|men|male|adult|adults|stranger|strangers|boyfriend [may|might|could|must|still] has|had|have|holds|held|keeps|kept [indecent|sexual|naked|nude|explicit|intimate] images|videos|video|films of *',
    ],
    unlessNear: [
      'of the|a|an|this|that|these|those|his|my|our|your|its|some|all|every|her|him|them|both|their|it',
      `${FAMILY}|daughter|son|wedding|party|birthday|holiday|holidays|trip|match|school|photographer|play|graduation|nativity|christening|desk|wall|frame|framed|album|baby|scan|prom|sports|team|race|concert|show|own|cats|dogs|dog|cat|car|cars|house|houses|property|map|maps|football|game|crime|scene|cctv|camera|dashcam|spain|france|italy`,
    ],
    window: 10,
  },
  // Review 29b: hit by a parent now ("He gets hit by his stepdad when he is late home"): an assault now, not the earlier
  // abuse of fa_previous_abuse.
  {
    code: 'ep_injuries_assault',
    patterns: [
      'gets|get|getting|keeps|keep|still|regularly [being] [getting] hit|beaten|battered|punched|kicked|slapped by [his|her|their] father|stepfather|dad|stepdad|mum|mother|stepmother|uncle|grandfather|grandad',
    ],
    unlessNear: [...GAME_WON, 'chess|game|games|race|match|final|competition|tennis|quiz|car|door|ball|sunday|sundays|weekend'],
    window: 8,
  },
  // The EHC plan, moved from the learning-disability entry: not the name of the meeting or the role ("EHCP review: poor
  // attendance in Year 7", "the EHCP coordinator rang"); "Zac has an EHCP for autism" still counts.
  {
    code: 'ep_learning_disability',
    patterns: [
      'ehcp [for] [her|his|their] [moderate|severe|mild|specific|profound] [learning|communication|speech|social] [and] [language|emotional] [difficulties|difficulty|needs|disability|disabilities]',
      // Round 15: "EHC" alone is also emergency hormonal contraception; the plan is "EHCP" or "EHC plan".
      'ehc plan [for] [her|his|their] [moderate|severe|mild|specific|profound] [learning|communication|speech|social] [and] [language|emotional] [difficulties|difficulty|needs|disability|disabilities]',
    ],
    // Review 29b: also the role's possessive ("the EHCP coordinator's email").
    unlessNear: [
      "ehcp|plan review|reviews|meeting|meetings|coordinator|coordinators|co-ordinator|panel|officer|officers|team|caseworker|coordinator's|officer's|team's|panel's|caseworker's",
    ],
    window: 0,
  },
  // A partner of a given adult age ("her boyfriend, who is 22"), moved from the older-partner entry: not the partner of a
  // parent who is an adult herself ("19-year-old first-time mum ... her partner, who is 21", "the 18-year-old's partner,
  // 20").
  {
    code: 'go_older_partner',
    patterns: [`boyfriend|girlfriend|partner|bf [who] [is|was|aged] [aged|age] [approximately|approx|about|around] ${ADULT_AGES}`],
    unlessNear: [
      ...OTHER_PERSONS_CUES,
      `${ADULT_YEAR_OLD}|${range(18, 60)
        .map((n) => `${n}-year-old's`)
        .join('|')}`,
    ],
    // Review 29b: two adults ("his girlfriend, who is 19, is a student nurse; he is 20").
    unlessNearAcross: [`she|he is|was|aged ${ADULT_AGES}`],
    window: 16,
  },
  // Told the police will arrest the child if the child talks ("was told that if he talks to police he will be arrested",
  // "he'd go to prison if he grassed"): da_fear_of_authorities.
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'if she|he|they talks|talk|talked|speaks|speak|spoke|goes|go|went|tells|tell|told [to] [the] police|cops|feds|anyone she|he will|would be arrested|deported|locked|charged|jailed',
      "if she|he|they talks|talk|talked|speaks|speak|spoke|goes|go|went|tells|tell|told [to] [the] police|cops|feds|anyone she'll|he'll|she'd|he'd be arrested|deported|locked|charged|jailed",
      "she'd|he'd|they'd|she'll|he'll|they'll go to prison|jail if she|he|they grassed|grass|grasses|snitched|snitch|snitches|told|tells|talked|talks",
      // Review 29b: any subject before the arrest ("the olders told him he'd be arrested if he talks to police").
      'be arrested|deported|charged|jailed if she|he|they talks|talk|talked|speaks|speak|spoke|tells|tell|told|grass|grassed|grasses|snitch|snitched|snitches',
      'be arrested|deported|charged|jailed if she|he|they goes|go|went to [the] police|cops|feds',
      // Round 31: ... or calls them.
      'be arrested|deported|charged|jailed if she|he|they calls|call|called|rings|ring|rang|phones|phone|phoned|contacts|contact|contacted|reports|report|reported [it] [to] [the] police|cops|feds|999',
    ],
    // Round 31: nor a warning about hoax calls ("arrested if he phones the police again with a hoax call").
    unlessNear: [
      'solicitor|lawyer|advised|advice|warrant|burglary|bail|wanted|circulated|joke|joked|joking|lies|lie|court|perjury|film|hoax|hoaxes|prank|wasting',
      // Review 31: nor about false or nuisance calls ("if she called the police again with false reports").
      'false|malicious|nuisance|vexatious',
    ],
    window: 10,
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
  // ---- Round 32: fresh31's misses, each written for its family of wording, with ordinary sentences beside it
  // (indicators-round32.test.ts) ----
  // An injury named by where it is ("cuts to his hands", "a cut across his cheek", "burns to the backs of both hands", "a
  // laceration to the forehead"); not the forearms, wrists or thighs, where cuts are self-harm (its own entries), nor an
  // injury with an ordinary cause or one the child did.
  {
    code: 'ep_injuries_assault',
    patterns: [
      'cut|cuts|burn|burns|laceration|lacerations|graze|grazes|scratches|gash|gashes|wound|wounds to|on|across [the] [back|backs|side|sides|top|palm|palms] [of] [his|her|their|both] [left|right] hand|hands|face|cheek|cheeks|head|forehead|scalp|neck|chest|back|ribs|eye|ear|ears|nose|mouth|knuckles|fingers|feet|foot|stomach|jaw|chin',
    ],
    unlessNear: [
      ...EXPLAINED_INJURY_CUES,
      'woodwork|carving|carved|crafts|cooking|cooked|baking|chopping|slicing|kitten|cat|shaving|oven|hob|kettle|iron|sunburn|sun|paper|surgery|operation|eczema|rash|acne',
      'self-harm|self-harming|selfharm|self-inflicted|himself|herself|themselves',
      // Review 32: nor a wall or window the child hit, or an ordinary cause ("after punching a wall", "from hair
      // straighteners", "from a firework", "from gardening", "chickenpox scratches", "stepping on glass").
      'punched|punching|punches|punch|smashed|smashing|kicked|kicking a|the|his|her [bedroom|bathroom|kitchen|front|back|car|bus] wall|walls|door|doors|window|windows|mirror',
      'straighteners|tongs|firework|fireworks|sparkler|sparklers|bonfire|barbecue|bbq|gardening|brambles|chickenpox|insect|bites|stepping|stepped|blister|blisters|boots',
    ],
    window: 10,
  },
  // A miscarriage in plain words ("lost the baby in March", "fears she might miscarry").
  {
    code: 'sh_termination',
    patterns: ['miscarry|miscarrying|miscarries', 'lost the|her|a|their baby|pregnancy'],
    unlessNear: [
      'weight|monitor|dummy|photos|photo|clothes|seat|blanket|toy|doll|game|film',
      // Review 32: a milk tooth, or a baby relative who died ("lost her baby tooth", "lost her baby brother").
      'baby tooth|teeth|brother|brothers|sister|sisters|cousin|cousins|son|daughter|nephew|niece|bottle|sling|wipes|book',
    ],
    window: 3,
  },
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
  // Work, money or a room offered online ("a Snapchat message offering him work in Southend", "online job offers", "an
  // online post offering a free room", "men on his Xbox ask him to do jobs for them").
  {
    code: 'te_online_offers',
    patterns: [
      'offering|offered|offers him|her|them [some] [paid] work|jobs|job|cash|money',
      'online|internet work|job offer|offers',
      `${APPS} ask|asks|asked|asking|offer|offers|offered|offering him|her|them [to] [do] [a] job|jobs|work|errands`,
      'post|posts|advert|adverts|ad|ads|message|messages offering [*] [*] cash|money|work|jobs|job|room|rooms|somewhere|accommodation',
    ],
    // Review 32: a chat, an account or a group online, not the worker's chat with the child, the child's account of events
    // or a group of boys in the park.
    requiresNear: [
      `${APPS}|message|messages|messaged|dm|dms|post|posts|posted|advert|adverts|ad|ads|profile`,
      'group|fake|new|private chat|chats|account|accounts',
      'chat|chats room|rooms|group|groups',
    ],
    // Not sex offered for (rg_sex_exchange), nor a shop's offer ("offered her money off on Instagram").
    unlessNear: [
      'sex|sexual',
      'off|discount|discounts|sale|voucher|vouchers|code|shop|shops|store|deal|deals|refund|cashback',
      // Review 32: nor a service's offer ("Housing sent her a message offering her temporary accommodation", "an advert
      // offering paid work placements", "his YOT worker messaged offering him work experience").
      'housing|council|college|school|yot|worker|jobcentre|careers|placement|placements|experience|apprenticeship|apprenticeships|temporary|supported|emergency',
    ],
    window: 8,
  },
  // Missing school to care for a parent, or dropping out ("misses school to look after her", "drops out of college").
  {
    code: 'am_school_absence',
    // Review 32: to look after, not to look round a college.
    patterns: [
      'misses|missed|missing|miss school|college|lessons to look after',
      'misses|missed|missing|miss school|college|lessons to care|mind',
      'drops|dropped|dropping|drop out of school|college|education|sixth',
    ],
    // Review 32: not a school team or trip left, nor a move to an apprenticeship ("dropped out of school football",
    // "dropped out of college to start an apprenticeship").
    unlessNear: [
      'school|college football|team|teams|trip|trips|club|clubs|play|council|choir|show|production|band|squad',
      'apprenticeship|apprenticeships|traineeship|traineeships',
    ],
    window: 5,
  },
  // Adults who keep texting or calling the child ("the men keep texting him in class").
  {
    code: 'te_worrying_calls',
    patterns: [`${ADULTS_NOT_PEOPLE}|olders|elders|dealers keep|keeps|kept texting|messaging|calling|ringing|phoning him|her|them`],
    // Review 32: nor a name called ("keep calling him a grass", "calling her a slag").
    unlessNear: ['names|name', 'calling him|her|them a|an|fat|gay|ugly|thick|stupid|weird|grass|snitch|slag|slut|liar|paedo|nonce'],
    window: 4,
  },
  // An adult partner given by age in a relative clause ("pregnant by a man who is 28", "the man she stays with is 34").
  {
    code: 'go_older_partner',
    patterns: [`man|boyfriend|partner who is|was ${ADULT_AGES}`],
    requiresNear: ['pregnant|pregnancy|sex|relationship|seeing|dating|kissing|sleeping|sleeps|stays|staying|boyfriend|partner'],
    // Not an adult's partner: a parent's ("Mum's partner, who is 38") or an adult mother's ("19-year-old mum ... her
    // partner, who is 21"), nor two adults ("his girlfriend, who is 19 ... he is 20").
    unlessNear: [
      "mum's|mother's|mums|dad's|father's|stepdad's|stepmum's|stepfather's|stepmother's|uncle's|nan's|gran's|aunt's|sister's|brother's|cousin's",
      // Review 32: nor a carer's, a friend's or a neighbour's partner ("Her foster carer's partner, who is 52").
      "carer's|friend's|mate's|neighbour's|teacher's|worker's|lodger's",
      range(18, 60)
        .map((n) => `${n}-year-old's`)
        .join('|'),
      `${ADULT_YEAR_OLD}|adult`,
      'his girlfriend|wife|partner',
      'he is|was 18|19|20|21|22|23|24|25',
    ],
    window: 12,
  },
  {
    code: 'go_older_partner',
    patterns: [`the man she stays|lives|sleeps|stops|goes|is with is|was ${ADULT_AGES}`],
  },
  // A name or standing promised for the work ("promised a name on the estate", "offered him respect").
  {
    code: 'rg_status_rewards',
    patterns: ['promised|promises|offered|offers|offering|promising [him|her|them] [a] name|reputation|status|rep|respect|standing'],
    // Review 32: nor a name on a team sheet, nor leave to remain ("offered him status under the resettlement scheme").
    unlessNear: [
      'badge|tag|change|list|card|tag|label|sheet|team|squad|register|rota|certificate',
      'home|office|refugee|immigration|asylum|leave|settled|resettlement|visa|scheme',
    ],
    window: 3,
  },
  // Admitted after drinking ("was admitted after drinking a bottle of vodka").
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['admitted|hospitalised|hospitalized after|following drinking|binge-drinking'],
    // Review 32: not a poison swallowed ("admitted after drinking bleach"), nor "admitted" as owned up ("He admitted
    // after drinking four cans that ...").
    unlessNear: [
      'bleach|antifreeze|cleaning|detergent|chemical|chemicals|petrol|paraffin|poison|household|disinfectant|shampoo|perfume',
      'he|she|they|who admitted',
      'admitted after drinking * * that',
      'admitted after drinking * * * that',
    ],
    window: 6,
  },
  // An infection named with its treatment ("has been treated for herpes").
  {
    code: 'sh_sti',
    patterns: ['treated|diagnosed|tested for|with [genital] herpes|warts|hpv|trichomoniasis|mycoplasma'],
    // Review 32: nor warts on a knee or finger, nor thrush in a baby or after antibiotics.
    unlessNear: [
      'cold|sore|sores|lip|mouth|verruca|verrucas|feet|foot|hand|hands',
      'knee|knees|finger|fingers|thumb|thumbs|toe|toes|elbow|elbows|leg|legs|arm|arms|face|plantar|baby|babies|oral|nappy|antibiotic|antibiotics',
    ],
    window: 4,
  },
  // Left hospital or clinic before being seen ("left before review", "walked out before triage").
  {
    code: 'da_not_engaging',
    patterns: [
      'left|leaves|leaving|walked|walks [out] before [being] [he|she|they] [was|were|had] seen|review|reviewed|triage|triaged|treatment|assessment|assessed',
    ],
    // The child, not the adults or friends who brought them ("brought in by a man who left before triage").
    unlessNear: [
      'who|friend|friends|man|men|woman|women|male|males|female|adult|adults|mum|dad|parent|parents|carer|carers|uncle|aunt|boyfriend|they',
      // Review 32: nor the police, the crew, a worker or a relative who brought the child ("Police left before she was
      // triaged", "The social worker left before she was seen").
      'police|officer|officers|pc|pcs|crew|paramedic|paramedics|worker|workers|driver|staff|brother|sister|nan|gran|grandad|family',
    ],
    window: 2,
  },
  // ---- Round 32 recall pass: wording that recurs across the tuning sets' pooled misses (RESULTS.md) -----------------
  // Free food or drink where adults keep children (8 sets): "there is always free drink and food at the flat", "the
  // drink is free", "men at the flats give the teenagers free food and drink". Not a party, a service or a shop's offer.
  {
    code: 'rg_accommodation_offered',
    patterns: [
      `free drink|drinks|food|${ALCOHOL}|weed|cannabis [and] [drink|drinks|food|${ALCOHOL}|weed|cannabis] at|in the|a|their|his flat|flats|house|address|place`,
      `where the drink|drinks|food|${ALCOHOL}|weed|cannabis is|are [always] free`,
      'give|gives|gave|giving|offer|offers|offered|offering * [*] free food|meals',
    ],
    unlessNear: [
      FAMILY,
      // Food with lifts or credit is the gift it comes with ("Men at the takeaway give her free food and lifts").
      'lifts|rides|taxis|credit|top-ups',
      'party|parties|housewarming|warming|birthday|wedding|funeral|christening|barbecue|bbq|wake|celebration|eid|christmas|diwali|iftar',
      'staff|workers|volunteers|volunteer|nurses|nurse|charity|foodbank|bank|school|college|church|mosque|temple|gurdwara|club|council|customers|customer|students|pupils|everyone|anyone|nhs|promotion|deal|opening|voucher|vouchers|scheme|holiday|canteen|hostel|refuge|shelter|homeless',
    ],
    window: 8,
  },
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
  // An online contact asking or arranging to meet the child (7 sets): "has asked to meet her", "asked him to meet in the
  // park", "arranged to meet the Ranger at the station", "if the man suggests meeting", "she will arrange to meet him".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      'asked|asks|asking|arranged|arranges|arrange|arranging [her|him|them|the|a] [*] [to] meet [her|him|them|up] [at|in|on]',
      'suggests|suggested|suggesting|proposed|proposes meeting|meet',
    ],
    // The contact must be online in the sentence: a man, a player or a seller alone is not (review 25, round 28 tests).
    requiresNear: [APPS, 'game|gaming|chat|grindr|wizz'],
    // Not a relative, a worker or friends as the ones met or meeting ("the social worker arranged to meet her", "asked to
    // meet her mum"), not a deadline or a target.
    unlessNear: [
      'meet her|his|their|the mum|dad|mother|father|parents|parent|nan|gran|family|brother|sister|carer|carers|foster',
      'mum|dad|mother|father|parents|carer|carers|nan|gran|aunt|uncle asked|asks|arranged|arranges|suggested|suggests',
      'worker|workers|social|teacher|teachers|staff|police|officer|officers|nurse|doctor|gp|solicitor|advocate|mentor|coach|tutor|council|review|appointment|school|friend|friends|mates',
      'a|the|strategy|team|review meeting|meetings',
      'seller|sale|selling|buy|buying|bike|interview|job|teammates|team|learner|tutoring|pub|ground|club',
      'deadline|deadlines|target|targets|criteria|requirement|requirements|needs|standard|standards|demand|demands|costs',
    ],
    window: 12,
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
  // Sex with an adult for what he gives in return (4 sets): "has sex with the man so he lets her stay at his flat", "has
  // sex with the men so they give her weed", "sleeps with the man to pay off her phone bill", "has sex with the man
  // downstairs for weed".
  {
    code: 'rg_sex_exchange',
    patterns: [
      `has|had|have|having sex with|for ${EXCHANGE_MEN} [*] so he|they|she let|lets|give|gives|gave|buy|buys|bought|pays|paid`,
      `sleeps|slept|sleeping with ${EXCHANGE_MEN} [*] so he|they|she let|lets|give|gives|gave|buy|buys|bought|pays|paid`,
      `has|had|have|having sex with|for ${EXCHANGE_MEN} [*] for ${EXCHANGE_GOODS}`,
      `sleeps|slept|sleeping with ${EXCHANGE_MEN} [*] for ${EXCHANGE_GOODS}`,
      `has|had|have|having sex with|for ${EXCHANGE_MEN} [*] in exchange|return for`,
      `sleeps|slept|sleeping with ${EXCHANGE_MEN} [*] in exchange|return for`,
      `has|had|have|having sex with|for ${EXCHANGE_MEN} [*] to pay off|for|back`,
      `sleeps|slept|sleeping with ${EXCHANGE_MEN} [*] to pay off|for|back`,
    ],
    window: 6,
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
  // Open 34: strangling or choking the child ("Her partner strangled her", "her boyfriend put his hands round her neck",
  // "non-fatal strangulation"): an assault on the child, however the note names the one who did it (a partner's, a
  // parent's partner's act on the child are both physical harm; mum's partner hurting mum is the entries below).
  {
    code: 'ep_injuries_assault',
    patterns: [
      ...strangleActs('', STRANGLE_OBJECTS),
      'was|were|been|being|is|are|got|gets|getting strangled|throttled',
      'was|were|been|being|is|are|got|gets|getting choked by|until|unconscious',
      'non-fatal|nonfatal strangulation|strangling|choking',
    ],
    // Not emotion, food or smoke ("choked her up", "choked by the fumes"), nor a ligature the child used.
    unlessNear: ['choked|chokes|choking her|him|them|me up', 'smoke|fumes|food|sweet|sweets|tears|emotion|laughing|laughter|water|vomit', STRANGLE_NOT_ASSAULT],
    window: 6,
  },
  // ... and strangulation named alone ("bruising consistent with strangulation"), not a ligature or a blind cord in a
  // home safety check, which may lie further off ("blind cords tied up to reduce the risk of strangulation").
  { code: 'ep_injuries_assault', patterns: ['strangulation'], unlessNear: [STRANGLE_NOT_ASSAULT], window: 12 },
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

// Word lists and context cues that the SAFEGUARD phrase files (src/core/text/phrases) share, in the phrase grammar of
// matcher.ts.

export const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, k) => a + k);
export const ADULT_AGES = range(18, 60).join('|');
export const CHILD_YEAR_OLD = range(10, 17)
  .map((n) => `${n}-year-old`)
  .join('|');
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
export const ADULT_YEAR_OLD = range(18, 60)
  .map((n) => `${n}-year-old|${n}-yr-old|${n}yo`)
  .join('|');
export const ADULTS = 'adult|adults|man|men|male|males|guy|guys|stranger|strangers|people';
/** Review 27: without "people", which is mostly the public ("the people at the cafe gave them free drinks"). */
export const ADULTS_NOT_PEOPLE = 'adult|adults|man|men|male|males|guy|guys|stranger|strangers';
export const VEHICLE = 'car|cars|vehicle|vehicles|taxi|taxis|van|vans';
export const APPS =
  'snapchat|snap|instagram|insta|whatsapp|tiktok|facebook|discord|omegle|kik|telegram|wizz|yubo|xbox|playstation|fortnite|roblox|online|internet|apps|app|games|gaming';
export const DRUGS =
  'drugs|cannabis|weed|skunk|cocaine|crack|heroin|ketamine|ket|mdma|ecstasy|pills|spice|xanax|mamba|amphetamine|amphetamines|speed|class|wraps|wrap|substances|coke|mandy|xans|benzos|pregabalin|gabapentin|lean';
export const HARD_DRUGS =
  'cannabis|weed|skunk|cocaine|crack|heroin|ketamine|mdma|ecstasy|spice|xanax|mamba|amphetamine*|lsd|valium|diazepam|benzos|nitrous|steroids';
export const ALCOHOL = 'alcohol|alchohol|alcahol|alcohal|vodka|spirits|cider|wine|beer|lager|booze|rum|gin|whisky|whiskey|brandy';
/** Recall pass 32: the adults and the goods of sex given in exchange ("has sex with the man so he lets her stay"). */
export const EXCHANGE_MEN = 'the|a|an|this|that|these|those|older [older] man|men|adult|adults|guy|guys|landlord|dealer|dealers|lads|males';
export const EXCHANGE_GOODS = `${DRUGS}|money|cash|food|rent|credit|cigarettes|vapes|drink|drinks|${ALCOHOL}|somewhere|lifts`;
export const WEAPON = 'knife|knives|blade|blades|machete|machetes|weapon|weapons|gun|guns|firearm|firearms|zombie';
export const SELF = 'herself|himself|themselves|themself';
export const CAR_MAKES = 'audi|bmw|mercedes|merc|range|golf|corsa|fiesta|astra|transit|lexus|jeep|tesla|prius';
export const HER = 'her|his|their';
/** How often, between a verb and its agent: "picked up again by her older boyfriend" (session 19's practitioner review). */
export const HOW_OFTEN = '[again|regularly|often|repeatedly|frequently|usually|sometimes|twice|daily|nightly]';
/**
 * UK towns and cities named in county lines and CSE casework (one-word names that are not also common English words:
 * no Reading, Bath, Deal, Sale, March, Wells). A child found, stopped or driven there is far from a home elsewhere.
 */
export const TOWNS =
  'aberdeen|aberystwyth|bangor|barnsley|barrow|basingstoke|bedford|birmingham|blackburn|blackpool|bolton|bournemouth|bradford|brighton|bristol|burnley|cambridge|canterbury|cardiff|carlisle|chelmsford|cheltenham|chester|colchester|coventry|crawley|crewe|darlington|derby|doncaster|dover|dudley|dundee|eastbourne|edinburgh|exeter|folkestone|glasgow|gloucester|grimsby|guildford|halifax|harlow|harrogate|hastings|huddersfield|hull|inverness|llandudno|lowestoft|newquay|yarmouth|ipswich|kendal|kettering|leeds|leicester|lincoln|liverpool|london|luton|manchester|margate|middlesbrough|newcastle|newport|northampton|norwich|nottingham|oldham|oxford|peterborough|plymouth|portsmouth|preston|ramsgate|rhyl|rochdale|rotherham|salford|scarborough|sheffield|shrewsbury|skegness|slough|southampton|southend|stockport|stoke|sunderland|swansea|swindon|telford|torquay|wakefield|walsall|warrington|watford|weymouth|wigan|wolverhampton|worcester|wrexham|york';

/**
 * Round 32: the place of a drug arrest that the note says is the child's own, just after it ("arrested for possession in
 * Croydon, where he lives", "in Bolton, his home town", "in Leeds near his home"): not out of area.
 */
export const OWN_PLACE: readonly string[] = [
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
export const SCHOOL_PHOTOS: readonly string[] = [
  'school|class|team photo|photos|pictures|photograph|photographs',
  'photographer|proofs|reprints|order|orders|ordered',
];
/**
 * Review 29: documents or a card held for a trip, a booking, a desk or a till ("her partner has her passport because they
 * are flying to Spain", "the adult leader is holding the passports for the Scouts jamboree", "the woman at reception is
 * holding his ID", "the gym instructor was holding her bank card while she swam", "the man at the travel agent has her
 * passport", "the woman has her bank card in her hand at the till").
 */
export const DOCUMENTS_ERRANDS: readonly string[] = [
  'flying|flight|flights|booking|booked|check-in|jamboree|expedition|scouts|guides|cubs|brownies|reception|receptionist|desk|locker|hire|gym|instructor|lifeguard|till|tills|checkout|contactless|enrolment|enrol',
  'travel agent|agents|agency',
];
export const GAME_WON: readonly string[] = [
  'at|in [the|a] chess|cards|darts|pool|monopoly|snooker|tennis|golf|scrabble|football|fifa|badminton|squash|bowling|uno|race|races|quiz|game|games|kart|karting|fortnite|minecraft|sports|swimming|arm|board',
  'mario|kart|pillow|pillows|tickle|tickling|takeaway|joke|joking|jokingly|playfully|pretend|arm-wrestling|wrestling',
];
/**
 * Open 34: strangling or choking someone, as done to them (past, present, -ing, an attempt, hands round the neck, held
 * by the throat). Non-fatal strangulation is a serious assault and a marker of high risk in abusive relationships
 * (Domestic Abuse Act 2021 s.70; SafeLives DASH risk checklist, question on strangling or choking).
 */
export const STRANGLE_ACTS: readonly string[] = [
  'strangled|strangles|strangling|throttled|throttles|throttling|choked|chokes|choking',
  'tried|tries|trying|attempted|attempting to strangle|choke|throttle',
  'put|puts|putting|placed|places|had|has|wrapped his|her|their hands|hand|arm|arms round|around',
  'grabbed|grabs|grabbing|held|holds|holding|pinned|pins|squeezed|squeezes',
];
export const STRANGLE_OBJECTS = ['her|him|them|me', 'her|him|them|me', 'her|his|their|my neck|throat', 'her|him|them|me by|round|around the throat|neck'];
export const STRANGLE_HER = ['her', 'her', 'her neck|throat', 'her by|round|around the throat|neck'];
/** Each act with its object (`objects`, by act), after the words `before`. */
export const strangleActs = (before: string, objects: readonly string[]): string[] => STRANGLE_ACTS.map((a, i) => `${before}${a} ${objects[i]!}`.trim());
export const PARTNERS = 'partner|ex-partner|ex|boyfriend|ex-boyfriend|husband|ex-husband';
export const STRANGLE_NOT_ASSAULT =
  'ligature|ligatures|cord|cords|blind|blinds|cot|cots|lanyard|self-harm|self-harming|suicide|suicidal|herself|himself|themselves|myself';
/** Session 19: mum as the teller, so that "her" after it is mum ("Mum disclosed that her partner strangled her"). */
export const MUM_TELLS = 'mum|mother|mam disclosed|discloses|said|says|reported|reports|told|tells|alleged|alleges|stated|states|explained|explains';

// ---- Cues (round 3) -------------------------------------------------------------------------------------------------
// Context cues for entries whose words are often innocent (cues.ts; the same mechanism as the language lexicon's).

/** Teaching and awareness work: "a county lines awareness session", "PSHE lesson on drugs and alcohol". */
export const EDUCATION_CUES: readonly string[] = [
  'awareness|pshe|rshe|rse|lesson|lessons|session|sessions|workshop|workshops|assembly|assemblies|training|curriculum|leaflet|leaflets|presentation|presentations|campaign|campaigns|programme|programmes|course|courses|module|modules|talk|talks|webinar|poster|posters|policy|policies|toolkit|quiz|week',
  'education on|about|around|regarding|re',
  'drug|drugs|alcohol|substance|substances|sex|relationships|online|internet|e-safety|esafety education',
];
/**
 * Another person's relationship: "Mum's boyfriend, aged 34" is an adult in the household, not the child's partner.
 * Round 24: not a sibling's, a cousin's or a friend's, whose older partner is the sign about them ("Her sister's new
 * boyfriend is 31": go_older_partner about another person, the eval README's tune9 rule; ConText gives the other person).
 */
export const OTHER_PERSONS_CUES: readonly string[] = [
  "mum's|mother's|mam's|dad's|father's|aunt's|auntie's|nan's|gran's|grandma's|carer's|uncle's|stepdad's",
  'of mum|mother|her mum|his mum',
  'of her|his mum|mother',
];
/** Round 23: leave to stay up, in or behind is not a place to stay ("Dad lets him stay up late", "let her stay inside"). */
// Tied to the leave, so "they stay in all weekend" later on does not count; "stay in" only without a place after it
// ("let her stay in their flat" is a place to stay).
export const LEAVE_TO = 'let|lets|letting|allowed|allows|allowing * [*] [*] [*] [to]';
export const STAY_IN = `${LEAVE_TO} stay|sleep up|inside|outside|behind|late|longer|downstairs|calm|home|indoors`;
export const STAY_INDOORS = `${LEAVE_TO} stay|sleep in at|during|for|until|till|all|over|when|while|because|today|tonight|after|and|bed|class|lessons`;
export const STAY_IN_ROOM = `${LEAVE_TO} stay|sleep in her|his|their|the room|bedroom|classroom|library`;
export const STAYS = [STAY_IN, STAY_INDOORS, STAY_IN_ROOM];
/** Round 23: a room or leave to stay given to an adult ("gave the man a bed on the ward", "allowed the tenants to stay"). */
export const ADULT_OBJECT =
  'let|lets|letting|allowed|allows|allowing|offered|offers|offering|gave|give|gives|giving [the|a|an|two|several|some] [older|adult|young] man|men|male|males|adult|adults|tenant|tenants|lodger|lodgers|woman|women|guest|guests|resident|residents|visitor|visitors|patient|patients|family|families|couple|people';
/** Relatives and carers, as givers or companions: an explained gift or lift. */
export const FAMILY =
  'mum|dad|mother|father|parents|parent|carer|carers|nan|gran|grandma|grandad|grandparents|nana|aunt|auntie|uncle|foster|stepdad|stepmum|family|brother|sister|cousin';
/** Probe 24: relatives without the carers, who are often the ones reporting ("Carers report that a man ..."). */
export const FAMILY_NOT_CARERS = FAMILY.split('|')
  .filter((w) => w !== 'carer' && w !== 'carers' && w !== 'foster')
  .join('|');
/** A relative's house: "nan's", "dad's". */
export const FAMILY_HOMES = FAMILY.split('|')
  .map((w) => `${w}'s|${w}s`)
  .join('|');
/** Round 23: a place to stay from family, services, staff or friends, leave to stay up or in, or leave given to an adult. */
export const SERVICE_STAY_VETOES = [
  FAMILY,
  'council|hostel|foster|placement|refuge|school|college|hotel|staff|carer|carers|friend|friends',
  'social|key|support|housing worker|workers',
  STAY_IN,
  ADULT_OBJECT,
];
/** A gift or money with an ordinary explanation: an occasion, a relative who gave it, earnings, savings. */
export const EXPLAINED_CUES: readonly string[] = [
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
  // Session 21: gifts the child brings others ("came back from the exchange trip with gifts for his family"), and a
  // clinic's top-up of condoms or the pill, not phone credit ("attended for a routine condom top-up").
  `gift|gifts|present|presents|souvenir|souvenirs for [her|his|their] ${FAMILY}|friends|mates|teacher|teachers|class`,
  'condom|condoms|pill|contraceptive|contraception|c-card top-up|top-ups|topup|topups',
  // Round 28b: a professional or a club that bought it ("The worker bought new trainers for the centre's football team").
  'worker|workers|keyworker|staff|teacher|coach|school|centre|club bought|buys|buy|paid|pays|gave|gives|got|gets',
  // Round 18: "a present from her godmother", "a joint present from both grandparents".
  `present|presents|gift|gifts from [both] [her|his|their] ${FAMILY}|godmother|godfather|godparents|godparent`,
  // A professional who gave it ("given a phone by her social worker so she can call for help").
  'by|from [her|his|their|the] social|key|youth|support|case worker|workers',
  'by|from [her|his|their|the] keyworker|caseworker|sw|staff|police|officer|officers|team|nurse|teacher',
];
/** Intoxication: an emergency attendance counts when the child was drunk, drugged or unconscious. */
export const INTOXICATION_CUES: readonly string[] = [
  'intoxicated|drunk|alcohol|drinking|drugs|drug|unconscious|unresponsive|collapsed|vomiting|spiked|drugged|ketamine|cannabis|vodka|substances|substance|wasted|paralytic|high|overdose|pills|gbl|ghb|mdma|ecstasy|cocaine',
];
/** Injuries with an ordinary cause: sport, play, accidents. */
export const EXPLAINED_INJURY_CUES: readonly string[] = [
  'football|rugby|netball|hockey|basketball|sport|sports|pe|gym|trampoline|trampolining|bike|cycling|skateboard|skateboarding|scooter|playground|accident|accidental|accidentally|fell|fall|tripped|slipped|sprain|sprained|fracture|match|training|dog',
  // Round 21: "fractured his wrist falling off his bike; the account fits the injury".
  'falling|falls|fits',
];
/**
 * Review 2026-11-30: a scar explained by a named, ordinary operation ("scarring to her side from a kidney operation",
 * "from his appendix operation"). An operation abroad is still found by its own entry ("a kidney operation abroad").
 */
export const EXPLAINED_SURGERY_CUES: readonly string[] = [
  'appendix|appendicectomy|appendectomy|caesarean|c-section|hernia|tonsillectomy|transplant',
  'kidney|heart|hip|knee|bowel|spinal|spine|back|eye|ear|leg|arm|shoulder|ankle|wrist|stomach operation|operations|surgery|op',
];
/** Round 21: location shared within the family by agreement ("shares her location with mum on Life360 by agreement"). */
// Review 21b H2: an agreement word and a parent together, as phrases (a bare 'agreed', 'consent' or 'together', or a
// bare 'with mum', vetoed controlling tracking: "he tracks her location without her consent").
export const AGREED_TRACKING_CUES: readonly string[] = [
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
export const UNKNOWN_ADULT_CUES: readonly string[] = [
  'unknown|unidentified|older|man|men|male|males|adult|adults|stranger|strangers|driver|drivers|guy|guys|tinted|blacked-out|unfamiliar|olders|lads|midnight|1am|2am|3am|4am',
];
/** What makes a party a sign: adults or strangers, people met online, drugs or cash there (Review 23C). */
export const PARTY_CUES: readonly string[] = [...UNKNOWN_ADULT_CUES, 'met|meets [them|him|her] online', 'drugs|cocaine|ketamine|ket|cash'];
/** A relative, carer or professional arranging a lift: not an unknown adult. */
export const ARRANGED_TRAVEL_CUES: readonly string[] = [
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
export const SOFT_DRINK_CUES: readonly string[] = ['water|tea|coffee|milk|juice|energy|fizzy|squash|smoothie|milkshake|lemonade'];
/** Medicines taken as prescribed. */
export const PRESCRIBED_CUES: readonly string[] = ['prescribed|prescription|medication|medicine|dose|mg|gp|pharmacy|pharmacist|inhaler|antibiotics'];

/** What an adult does that another code records (gifts, lifts, messages, parties, a relationship, substances, sex). */
export const ACTOR_CUES: readonly string[] = [
  'bought|buys|buying|gave|gives|given|giving|paid|pays|sends|sent|car|cars|vehicle|taxi|drove|driven|drives|driving|messaging|messages|messaged|online|snapchat|instagram|tiktok|whatsapp|facebook|party|parties|hotel|flat|picked|collected|collects|found|located|boyfriend|girlfriend|partner|dating|relationship|seeing|gifts|money|cash|alcohol|vodka|drugs|cannabis|sex|sexual|sexually|exploited|exploiting|groomed|grooming|abused|raped|assaulted|threatened|stay|staying|stayed|lives|living|lift|lifts',
  // Round 17: older people as the agents of another sign (theft to order, protection, respect, a bank account, errands),
  // or named as a relative, a coach or a supervised club.
  'steal|stealing|stole|shoplift|shoplifting|shoplifted|protection|respect|bank|account|errands|jobs|supervised|coach|brother|uncle|cousin|dbs|reading',
  // Round 18: older people who ask for images, promise, track a phone or make the child hold things; students.
  'nudes|pictures|photos|images|promised|promise|promises|tracking|checking|hold|holding|carry|carries|carrying|students',
];

// Brands named for a gift ("a new Canada Goose coat", "new Air Max"): one-word brands join GIFT_ITEMS; two-word brands
// are their first and second words (a crossed pair such as "stone goose" is not English, so it costs nothing).
export const BRANDS_ONE = 'prada|balenciaga|versace|burberry|rolex|jordans|trapstar|corteiz|lacoste|dior|chanel|armani|fendi|yeezys|yeezy|airpods|pandora';
export const BRANDS_FIRST = 'canada|north|stone|air|louis|michael|ralph|nike|off-white';
export const BRANDS_SECOND = 'goose|face|island|max|maxes|force|forces|jordans|vuitton|kors|lauren|tech|tn|tns';
export const GIFT_ADJ = 'new|expensive|designer|unexplained|branded|brand-new|latest|pricey|costly|gold|flashy|fancy|genuine';
export const GIFT_ITEMS =
  'phone|phones|iphone|iphones|trainers|clothes|clothing|jewellery|jewelry|bag|bags|handbag|handbags|jacket|jackets|coat|coats|nails|hair|watch|watches|chain|chains|necklace|ring|rings|bracelet|earrings|perfume|airpods|headphones|earphones|hoodie|hoodies|tracksuit|tracksuits|shoes|items|stuff|things|gear|vape|vapes|makeup|make-up|lashes|eyelashes|extensions|tablet|ipad|laptop|console|playstation|xbox|gifts|belongings|possessions|outfit|outfits|wig|sunglasses|belt|wallet|purse|labels|nike|gucci|moncler|' +
  BRANDS_ONE;
export const MONEY = 'cash|money|notes|pounds|quid';
/** Household work: "does the cooking, cleaning and childcare for the family she lives with". */
/** A sum under 100 as one exact token ("£20" is the token 20), for a weekly wage that is a pittance. */
export const SMALL_SUM = range(1, 99).join('|');
/** A sum of at least two digits as one token ("£200" is the token 200), for a price named before an item. */
export const PRICE = range(10, 99)
  .map((n) => `${n}*`)
  .join('|');
/**
 * Services and professionals as the ones who protect or look after the child (round 22, review of round 21, M8): as the
 * subject ("the police offered her protection", "school staff have promised to look after him") or the agent ("feels
 * protected by the police", "protection through an Osman warning"). Not a service named elsewhere in the sentence, which
 * is usually the note's source ("she told the RHI worker").
 */
export const SERVICES =
  'police|officer|officers|pc|detective|school|schools|college|staff|teacher|teachers|court|courts|council|social|worker|workers|carer|carers|keyworker|mentor|professionals|services|service|unit|placement';
export const SERVICE_AGENTS: readonly string[] = [
  `${SERVICES} [have|has|had|will|would|can|could] offered|offers|offer|offering|promised|promises|promise|gave|give|gives|provided|provide|provides|arranged|arrange|put|protect|protects|protected`,
  // Review 22a I12: not "with": "in a session with his worker" is the setting, not the giver.
  `by|from|through|via [the|her|his|a|an|their] [school] ${SERVICES}`,
  // Review 22a I12: a bare "witness" is the child's role ("because he was a witness"), not a protection scheme.
  'osman',
  'witness protection|scheme|service|care|intermediary',
  'by|from|through|via|in|to|under [a|an|the|her|his|their] injunction|injunctions|refuge',
];
export const PARENT_WORDS = 'mum|dad|mother|father|parents|carer|carers|family|nan|gran|grandma|grandad';
export const CHORES = 'cooking|cleaning|washing|laundry|ironing|housework|chores|childcare|shopping|babysitting';
export const CANNOT_EXPLAIN = "cannot|can't|couldn't|won't|wouldn't|unable|refuses|refused|will|would|did|does|didn't|doesn't";

/** Round 27: a professional giving medicine ("The nurse gave him pills for the pain"): not substances given. */
export const MEDICINE_GIVEN_CUES: readonly string[] = [
  'the|a|her|his|their gp|doctor|consultant|pharmacist|nurse|paramedic|paramedics|dentist gave|gives|give|giving|supplied|offered',
  'for the|her|his|their pain|headache|migraine|period|infection|cold|temperature|fever',
];
/** Round 27: a change for the better or from medicine ("a big change in her mood since the new medication"). */
// Review 27: "better", "positive" and "settled" as phrases ("no longer settled", "tested positive" are not for the better).
export const CHANGE_FOR_BETTER_CUES: readonly string[] = [
  'medication|medicine|dose|improvement|improved|improving|calmer|happier',
  'for the better',
  'much|far|lot|getting|seems|seemed|looks|feels better',
  'positive change|changes|difference|effect',
  'more|well|now settled',
];

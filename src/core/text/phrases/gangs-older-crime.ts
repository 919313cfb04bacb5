// Case-note wording for SAFEGUARD G: gangs, older age groups and involvement in crime (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import {
  ACTOR_CUES,
  ADULTS,
  ADULTS_NOT_PEOPLE,
  ADULT_AGES,
  ADULT_YEAR_OLD,
  ARRANGED_TRAVEL_CUES,
  CAR_MAKES,
  CHILD_YEAR_OLD,
  DRUGS,
  EDUCATION_CUES,
  EXPLAINED_CUES,
  FAMILY,
  FAMILY_HOMES,
  FAMILY_NOT_CARERS,
  HARD_DRUGS,
  HER,
  HOW_OFTEN,
  MONEY,
  MONTHS,
  OTHER_PERSONS_CUES,
  OWN_PLACE,
  PARTY_CUES,
  SELF,
  TOWNS,
  UNKNOWN_ADULT_CUES,
  VEHICLE,
  WEAPON,
  WEEKDAYS,
  range,
} from './words.ts';

export const GANGS_OLDER_CRIME_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Probe 23 ----
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
  // Session 22: the adults who are the child's only company or only trusted people, named by where they are ("no
  // friends his own age, only the men from the gym", "no adult he trusts apart from the men at the gym", "the only people
  // who listen are the men at the flat": seven lines in six sets), or gone out with ("went off with two men from the bus
  // station", "out with men from the takeaway").
  {
    code: 'go_older_friends',
    patterns: [
      'only|except|but [for] [the] men|man|males|lads|blokes|guys from|at|in the|a',
      'apart|aside from [the] men|man|males|lads|blokes|guys from|at|in the|a',
      'are|is the men|man|males|lads|blokes|guys from|at|in the',
      'out|off with [two|three|some|the|a] [older] men|man|males|lads|blokes|guys from|at the',
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
  // ---- Wording from published reviews and guidance found missing in a research probe ----
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
    code: 'go_taken_to_parties',
    patterns: [`taken|brought to a|the [*] nightclub|nightclubs|club|clubs|rave|raves by [*] ${ADULTS}|olders`],
  },
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
      // Session 22: a robbery the child took part in, not any robbery named ("the robbery was not planned", "withdrew his
      // statement about the robbery": six false alarms across five sets); an arrest for one is 'arrested' below.
      'involved|part in [a|the] robbery|robberies|mugging|muggings',
      'committed|committing|commit|commits [a|the] robbery|robberies|mugging|muggings',
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
  // Session 22: a search that found drugs or none ("Police searched him; no drugs found", "YP searched; no drugs found"):
  // the carrying, negated by ConText where it was not found.
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [`${DRUGS} [were|was] found|located|recovered`],
    requiresNear: ['search|searched|searching|searches|s23|pace'],
    // Where or on whom is the other entries' ("found on Mum's partner", "found on searching the car").
    unlessNear: ['found|located|recovered on|in|at'],
    window: 8,
  },
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
  // Round 17: "released under investigation" after the arrest it follows is the same sign, not a second one.
  { code: 'go_arrests', patterns: ['released under investigation', 'rui'], unlessNear: ['arrested|arrest|charged|custody'], window: 20 },
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
  // ---- Round 7 ----
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
  // A flat dealers took over, as a relative clause ("staying at a flat that dealers have taken over").
  {
    code: 'go_cuckooing',
    patterns: ['flat|house|home|address|property that|which [the] dealers|men|olders|gang|group|boys|lads [from] [*] [have|had|has] taken|took over'],
  },
  // Seeing someone older, said or denied ("she says she is not seeing anyone older").
  {
    code: 'go_older_partner',
    patterns: ['seeing|dating anyone|someone|somebody [much|a|lot] [lot] older', 'sleeping with anyone|someone|somebody [much|a|lot] [lot] older'],
    // Rev-ind-3: a tutor or a counsellor ("seeing someone older for her maths tutoring").
    unlessNear: [...OTHER_PERSONS_CUES, 'tutor|tutoring|tuition|counsellor|counselling|therapist|therapy|mentor|mentoring|maths|lessons|thursday|weekly'],
    window: 4,
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
  // ---- Round 8 ----
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
    code: 'go_threats_violence',
    patterns: ['gets|got|get|getting|given a beating|battering|kicking|hiding'],
  },
  // ---- Round 9 ----
  {
    code: 'go_older_partner',
    patterns: [`in a relationship with [a|an] man|woman|male|guy of ${ADULT_AGES}`],
    unlessNear: OTHER_PERSONS_CUES,
    window: 2,
  },
  {
    code: 'go_older_friends',
    patterns: ['lads|boys|blokes|people [who] [are] in their [late|early|mid] twenties|thirties|forties|20s|30s|40s', 'older mates|pals|crowd'],
    unlessNear: ACTOR_CUES,
  },
  { code: 'go_threats_violence', patterns: ['windows|window were|was put|smashed through|in', 'windows|window smashed'] },
  {
    code: 'go_taken_to_parties',
    patterns: ['take|takes|took|taken|taking her|him|them to [*] chill-outs|chillouts|chill-out|chillout|parties|party|gatherings|raves'],
    unlessNear: [FAMILY, 'birthday|16th|18th|21st|present|supervised|school|prom|disco'],
  },
  { code: 'go_arrests', patterns: ['nicked|lifted for'] },
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
  { code: 'go_unknown_adults_collect', patterns: ['brought|accompanied by a different adult|man|male|woman'] },
  { code: 'go_internal_concealment', patterns: ['carry|carrying|carried|carries drugs internally', 'in the|his|her rectum|vagina'] },
  { code: 'go_forced_theft_begging', patterns: ['send|sends|sent|sending her|him|them into shops to steal'] },
  {
    code: 'go_unknown_adults_collect',
    patterns: ['seen collecting her|him|them', 'adult|adults|man|men [she|he|they] does|do not know arrive|arrives|arrived to collect'],
  },
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
  { code: 'go_internal_concealment', patterns: ['conceal|concealing|concealed drugs internally', 'hide|hiding|hid drugs inside her|his|their body'] },
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
  { code: 'go_threats_violence', patterns: ['gets|get a slap'] },
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
  { code: 'go_internal_concealment', patterns: ['packages inside him|her', 'made to plug'] },
  { code: 'go_carrying_weapons_money', patterns: ['mind a gun|knife|weapon', 'made to hold their cash|money', 'a large knife and * in cash'] },
  { code: 'go_older_friends', patterns: ['only sees the older group', 'older lads on the estate call him their little brother'] },
  { code: 'go_threats_violence', patterns: ['would be hurt if he|she did not'] },
  {
    code: 'go_older_friends',
    patterns: [
      'spends|spending|spent all her|his|their time with the men|olders|older lads|older men',
      'spends|spending|spent all her|his|their time with the men|olders',
      'spends|spending|spent all her|his|their time with the older lads|men',
      'a group of men|males in their twenties|thirties|20s|30s',
    ],
  },
  { code: 'go_internal_concealment', patterns: [`conceal|concealed|conceals|hide|hid|hides|carry|carried ${DRUGS} inside|in her|his|their body`] },
  { code: 'go_carrying_weapons_money', patterns: [`storing|stores|stored|store|keeping|keeps|hiding|hides a ${WEAPON} for`, `${WEAPON} or money|cash`] },
  {
    code: 'go_unknown_adults_collect',
    patterns: [`men|adults in ${VEHICLE} were|are collecting her|him|them`, "picks|picked him|her|them up from the unit|placement|home|children's home"],
    requiresNear: ['man|men|male|males|adult|adults|unknown|audi|bmw|car|cars'],
    window: 12,
  },
  { code: 'go_older_partner', patterns: [`boyfriend was|is a|an ${ADULT_YEAR_OLD}`, `father is thought|believed|said to be ${ADULT_AGES}`] },
  { code: 'go_taken_to_parties', patterns: ['taken her|him|them to any hotels|parties'] },
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
  {
    code: 'go_older_partner',
    patterns: [`boyfriend|partner of ${ADULT_AGES}`, 'seeing|dating a man|woman in his|her twenties|thirties|forties|20s|30s|40s'],
    unlessNear: [...OTHER_PERSONS_CUES, FAMILY],
  },
  {
    code: 'go_peers_exploited',
    patterns: ['friend|friends|mate|mates is|are known to be sexually|criminally exploited', 'arrested on a|the line', 'arrested on county lines'],
    requiresNear: ['friend|friends|mate|mates|peers|classmates'],
    window: 8,
  },
  // ---- Wording from practice that a hands-on check of the editor missed ----
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `given|gets|getting|got|get|accepts|accepted|accepting|takes|took|taking [a] lift|lifts by|from [a|an|the|two|three|several|various|different] [*] [older|unknown] ${ADULTS}`,
      'dropped|being dropped off|back|home by different|unknown|various|unfamiliar cars|vehicles|drivers|taxis',
      'dropped off|back|home by different|unknown|various|unfamiliar cars|vehicles|drivers|taxis',
    ],
  },
  // ---- Round 17 ----
  // (RESULTS.md round 17). Each is a family of paraphrases seen across agencies' notes, with the cue that keeps its
  // innocent senses out.
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: ['arrested|charged|detained|stopped [for|with] pwits|pwitsd|supply|supplying|possession|dealing [with] [intent] [to] [supply] in|at *'],
    requiresNear: ['miles|far|coastal|seaside|another|different|never|links|link|connection|connections|country', 'no family|friends|ties|links'],
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
    code: 'go_peers_exploited',
    patterns: [
      'mate|friend|friends|mates|classmate|classmates|cousin was|were stabbed|shot|attacked|robbed|kidnapped over|in|about [a] [*] debt|line|lines',
      'arrested|caught|stopped|found [in|at] [*] on a|the [county] line|lines',
    ],
    requiresNear: ['friend|friends|mate|mates|peers|classmates|classmate|best'],
    window: 8,
  },
  // ---- Round 18 ----
  {
    code: 'go_taken_to_parties',
    patterns: ['asking|asked|ask|asks|invite|invites|invited|inviting her|him|them to [come] [to] a|their party|parties'],
    requiresNear: [ADULTS, 'older|olders|lads'],
    window: 8,
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
  // ---- Round 19 ----
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
  // ---- Round 21 ----
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
    code: 'go_threats_violence',
    // Review of round 21: the child was told ("was told he would be stabbed"), not a professional's warning ("Police warned
    // that she would be hurt if she kept going to the address").
    patterns: ['was|were|been|being|is|are|gets|got told|warned [that] she|he|they would|will be stabbed|hurt|killed|shot|beaten|attacked|burned'],
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
  {
    code: 'go_carrying_weapons_money',
    patterns: ['knife|knives|weapon|weapons|blade|blades was|were found'],
    requiresNear: ['no|not|never'],
    window: 2,
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
  // ---- Round 23 ----
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
  // ---- Round 24 ----
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
  // ---- Round 24, second pass ----
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
  // ---- Round 24, third pass ----
  // A partner named by an about-age: "the man she calls her fella is about 35", "her boyfriend is around 30".
  {
    code: 'go_older_partner',
    patterns: [`fella|bloke|boyfriend|bf|partner is|was [about|around|roughly|approximately|approx|nearly|over] ${ADULT_AGES}`],
    unlessNear: OTHER_PERSONS_CUES,
    window: 3,
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
  // ---- Round 25 ----
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
  // Drugs packed in the body, in a scan or search report: "the scan found no internal packages".
  { code: 'go_internal_concealment', patterns: ['internal packages|package|packets|packet|pellets'] },
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
  // An adult she calls her boyfriend: "a man of 26 she calls her boyfriend".
  {
    code: 'go_older_partner',
    patterns: [`man|male|guy|adult of ${ADULT_AGES} [that|who|whom] [she|he] calls|call|called|describes|describe [as] her|his boyfriend|partner|bf`],
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
  // ---- Probe 25 ----
  // An adult husband ("married to an adult man abroad"): child marriage is a partner far older by law.
  {
    code: 'go_older_partner',
    patterns: ['married|marry|wed to [an|a] [older] adult|man|older', `married|marry|wed to [a|an] ${ADULT_YEAR_OLD}`],
    unlessNear: [FAMILY, 'teacher|coach|worker|staff|neighbour'],
    window: 3,
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
  // Told what to steal ("older boys told him what to take").
  {
    code: 'go_forced_theft_begging',
    patterns: ['told|tells|telling|showed|shows her|him|them what to take|steal|nick|pinch|grab'],
    unlessNear: ['exam|exams|test|subject|subjects|gcse|gcses|course|courses|medication|tablets|pack|bring|trip'],
    window: 6,
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
  // ---- Round 27 ----
  // Driven or taken to parties ("drove her to parties in Bolton").
  {
    code: 'go_taken_to_parties',
    patterns: [
      'drove|drives|driven|drive|driving|took|takes|taken|take|taking|ferried|ferries|brought|brings her|him|them to [house|flat|hotel|sex] parties|raves',
    ],
    unlessNear: [`${FAMILY}|birthday|school|church|christmas|family|prom|wedding|staff|carer|carers`],
    window: 8,
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
  // Theft for others ("steals to order for the adults").
  {
    code: 'go_forced_theft_begging',
    patterns: [
      'steals|stealing|stole|steal|shoplifts|shoplifting|shoplifted|nicks|nicking|nicked to order',
      `steals|stealing|stole|steal|shoplifts|shoplifting|shoplifted|nicks|nicking|nicked for [the] [older] ${ADULTS}|olders|elders|gang|group|lads|dealers`,
    ],
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
  // ---- Round 27, second batch ----
  // Adults bringing children to parties ("bring young girls to parties in the function room").
  {
    code: 'go_taken_to_parties',
    patterns: ['bring|brings|brought|bringing|take|takes|took|taking young|underage|teenage girls|boys|children|kids|teenagers to parties|party|raves'],
    // Review 27: parents or families taking young children to parties.
    unlessNear: ['birthday|school|church|christmas|prom|youth|club|staff', `${FAMILY}|families`],
    window: 6,
  },
  // Sent in to steal ("the boys are being sent in to steal by the man outside").
  {
    code: 'go_forced_theft_begging',
    patterns: ['sent|send|sends|sending in to steal|shoplift|nick|rob|pinch'],
    // Review 27: stealing a base in rounders.
    unlessNear: ['base|bases|rounders|baseball|ball'],
    window: 4,
  },
  // Men waiting outside in a car ("a car with two men outside the house again").
  {
    code: 'go_unknown_adults_collect',
    // Review 27: a car, not a van (tradesmen), and not men who turn out to be officers, surveyors or mourners.
    patterns: [`a|the car|cars|vehicle|vehicles with two|three|four|several|some|older [older] men|man|adults|males outside|waiting|parked`],
    unlessNear: [...ARRANGED_TRAVEL_CUES, 'police|officers|taxi|delivery|cid|detectives|surveyors|builders|funeral', 'turned|turns out', 'belongs|belonged to'],
    window: 6,
  },
  // Friends running lines ("three of Tyler's friends are running lines").
  {
    code: 'go_peers_exploited',
    patterns: ['friends|mates|friend|mate|peers is|are|was|were [also] running|working|selling|doing lines|line|drugs'],
    // Review 27: learning lines for a play or an exam.
    unlessNear: ['drama|play|exam|rehearsal|rehearsals|rehearsing|script|show|audition|panto|musical|theatre'],
    window: 8,
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
  // ---- Round 28, second batch ----
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
  // ---- Round 28, third batch ----
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
  // ---- Round 28, fourth batch ----
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
  // ---- Round 29b ----
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
  // ---- Round 32 ----
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
];

import { ADULT_AGE_CUES, ADULT_AGE_WORDS, AGE_NUMBERS, OTHER_PERSON_CUES, SERVICE_ADULTS, SEXUAL_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Probe 25: families of plain, everyday wording that front-line writers outside social care use (school attendance,
// hotel night staff, taxi marshals, station and shop security, housing officers, youth workers, coaches, carers' logs
// and handovers, referral forms and strategy minutes), each written for its inflections and close variants and checked
// against ordinary sentences that share its words (probe25.test.ts). Sources as in lexicon.ts (sources.ts).

// Signs that the sentence is about exploitation (adults, drugs, lines, missing), for words that are ordinary offences
// when an adult commits them.
const EXPLOITATION_NEAR =
  'older|olders|elders|males|men|adults|line|lines|county|drugs|drug|parcels|packages|gang|gangs|missing|trap|cuckooed|cuckooing|exploited|exploitation|groomed|grooming';
// Review 25B: for journeys, without "line", a railway or tube line ("fare dodging on the Piccadilly line"); "county" still
// names a county line.
const EXPLOITATION_NEAR_TRAVEL = EXPLOITATION_NEAR.replace('|line|lines|', '|');
export const PROBE_25_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'fare_evasion_probe25',
    // "fare dodging on the Birmingham train with two older males", "caught jumping the barriers", "bunking the train to
    // Luton": a child moved along a line by adults, logged by station staff as a fare offence.
    patterns: [
      'fare dodging|dodger|dodgers|dodged|dodge|evasion|evader|evaders|evading|jumping|jumper|jumpers',
      'fare-dodging|fare-dodger|fare-dodgers|fare-evasion|fare-evader|fare-evaders|fare-jumping',
      'jumping|jumped|jumps|jump|hopping|hopped|vaulting|vaulted the|a|ticket barrier|barriers',
      'bunking|bunked|bunk|bunks the|a [*] train|trains|bus|buses|tram|trams|fare|fares',
      'travelling|travelled|traveling|traveled|travels without a|paying [valid] ticket|fare',
    ],
    category: 'criminalises_child',
    explanation:
      'Records a child who travels with or for adults as a fare dodger. A child moved along a county line or to adults is being exploited, and the journey is a sign of it.',
    alternatives: [
      'The child travelled to [place] with [who]: concern that they are being moved by adults who exploit them',
      'The child had no ticket and was with adults: consider criminal exploitation and trafficking (NRM)',
    ],
    source: 'childrens_society_2018', // the guide's principle: the exploited child is not an offender
    // Round 28: travelling with an adult man ("two lads fare dodging to Reading again, with a man who pays them"); an
    // adult who travels is vetoed below.
    requiresNear: [EXPLOITATION_NEAR_TRAVEL, 'with a|an|the man|adult'],
    unlessNear: [
      ADULT_AGE_WORDS,
      ...ADULT_AGE_CUES.slice(2),
      // Review 25B: the adults as the ones travelling ("two older men were caught jumping the barriers").
      'men|males|adults|man|male|woman|women|blokes [were|was|are|is] [caught|seen|found|stopped] fare|jumping|travelling|bunking|dodging|hopping|vaulting',
      // Round 28: the same adult in a relative clause ("dealt with the man who was fare dodging").
      'man|men|males|adults|male|woman|women|blokes who|that [were|was|are|is] [caught|seen|found|stopped] fare|jumping|travelling|bunking|dodging|hopping|vaulting',
      // Review 28: a parent or an adult relative as the one travelling with a man ("Dad was stopped for fare dodging with a
      // man from work"), now that a man is a cue.
      'dad|mum|father|mother|stepdad|stepmum|grandad|grandma|uncle|aunt|auntie [was|is|were|has|had] [been] [stopped|caught|fined|seen|reported] [for] fare|jumping|travelling|bunking|dodging|evading',
      `brother|sister|cousin ${AGE_NUMBERS} [was|is|were|has|had] [been] [stopped|caught|fined|seen|reported] [for] fare|jumping|travelling|bunking|dodging|evading`,
      // Review 25F: a commuter or a passenger ("a commuter was fare dodging; the drugs dog indicated on his bag").
      'commuter|commuters|passenger|passengers [were|was|are|is] [caught|seen|found|stopped] fare|jumping|travelling|bunking|dodging|hopping|vaulting',
      // A group of pupils larking about ("older pupils from the grammar school were caught jumping the barriers"), not one
      // child with older males.
      'pupils|students|kids|children|teenagers|youths|fans|lads|boys|girls [*] [*] [*] [*] were|are [caught|seen|found|stopped] fare|jumping|travelling|bunking|dodging|hopping|vaulting',
      // Review 25F: staff training on the offence ("training covered fare evasion and county lines awareness"), and an
      // older sibling or cousin, who is family ("one said his older brother had the tickets").
      'training|awareness|briefing|poster|posters|campaign|course',
      'older brother|brothers|sister|sisters|cousin|cousins',
    ],
    window: 12,
  },
  {
    id: 'tenancy_offence_probe25',
    // "sub-letting her room to the men", "in breach of her licence for letting the men stay", "breached his tenancy by
    // having the dealers there": a 16- or 17-year-old whose flat adults have taken over, recorded as a tenancy offence.
    patterns: [
      'sub-letting|subletting|sub-let|sublet|sub-lets|sublets|sub-letted',
      'breach|breaches|breached|breaching [of] [her|his|their|the] licence|license|tenancy|occupancy [agreement|agreements|conditions|terms|rules]',
    ],
    category: 'criminalises_child',
    explanation:
      'Records a child’s home being taken over by adults as the child breaking the tenancy. Adults who use a young person’s home for drugs or sex are exploiting them (cuckooing).',
    alternatives: [
      'Adults are using the child’s home: concern that the home has been taken over (cuckooing) and the child is exploited',
      'Record who is staying at the flat, their ages and what they do there',
    ],
    source: 'childrens_society_2018', // the guide's principle: the exploited child is not an offender
    requiresNear: [EXPLOITATION_NEAR],
    // An adult tenant's own breach ("Mr P is in breach of his tenancy for rent arrears").
    unlessNear: [
      ADULT_AGE_WORDS,
      ...ADULT_AGE_CUES.slice(2),
      'mr|mrs|ms|arrears|rent|noise|landlord|landlords',
      // Review 25B: the tenant named as such is the adult whose tenancy it is ("the tenant is in breach of her tenancy").
      'tenant|tenants|evicted|eviction',
      // Review 25F: a lodger, a resident or the household ("the lodger is in breach of his tenancy for letting the men stay",
      // "the family is in breach of the occupancy agreement").
      'lodger|lodgers|occupant|occupants|occupier|occupiers|resident|residents|family|household|parents',
      // Another flat or the practice in general ("the flat upstairs is sub-let to men who deal drugs", "subletting is common
      // on the estate").
      'upstairs|downstairs|common|widespread',
    ],
    window: 12,
  },
  {
    id: 'regular_at_address_probe25',
    // "she's a regular at that address", "a regular visitor to the flat", "one of the regulars at the hotel": a child
    // seen again and again at a place where adults are, written as a habit of her own.
    patterns: [
      'regular at|to the|that|this|his|their|those|these [*] address|addresses|flat|house|hotel|hotels|party|parties|takeaway|takeaways|trap|guesthouse',
      'regular visitor|visitors|caller|callers|guest|guests at|to the|that|this|his|their|those|these [*] address|addresses|flat|house|hotel|hotels|party|parties|takeaway|takeaways|trap',
    ],
    category: 'implies_consent',
    explanation:
      'Describes a child’s repeated presence at an address as a habit of their own. A child who keeps being taken to or found at a place where adults are may be being groomed or exploited there.',
    alternatives: [
      'The child has been seen at [address] [number] times: record who lives there, their ages and who takes the child',
      'Concern that the child is being taken to [address] by adults who exploit them',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Not "the flats" or "the houses", an estate rather than one address where adults are.
    // An adult regular or a visiting professional ("the old man at that address is a regular", "a regular visitor to
    // the house is the health visitor").
    unlessNear: [
      'man|woman|gentleman|lady|customer|customers|tenant|tenants|mr|mrs|ms|resident|residents|dad|mum|nan|gran|grandad|uncle|aunt',
      'nurse|visitor|worker|workers|carer|carers|officer|officers|postman|plumber|cleaner|social|health',
      ADULT_AGE_WORDS,
      // Review 25B: adults or vehicles as the regulars ("older males are regular visitors to the flat", "the dealers are
      // regular callers at the address", "the same two vans are regular visitors").
      'men|males|dealers|users|adults|lads|olders|vans|cars|vehicles|people are|were regular|regulars',
      // Review 25F: drivers ("the drivers are regular callers at the takeaway").
      'drivers|cabbies|taxis|couriers are|were regular|regulars',
      // A family or a group as the guests ("the family are regular guests at the hotel every summer").
      'family|families|couple|couples|group|groups|team|teams|club|school',
      // Review 25F: the police or other services, a stag or hen party ("police are regular visitors to the flat", "the stag
      // party are regular guests at the hotel").
      'police|pcso|pcsos|ambulance|paramedics|bailiffs|stag|stags|hen|hens',
    ],
    window: 6,
  },
  {
    id: 'disclosure_as_story_probe25',
    // "she made up a story about a man touching her", "making up stories about the men at the flat": a child's
    // disclosure of abuse written as invention.
    patterns: ['made|makes|making|make up a|the|this|that [whole] story|stories|tale|tales about|that'],
    category: 'blames_child',
    explanation:
      'Records the child’s disclosure as a made-up story. Children often disclose in parts and change details out of fear; every disclosure is recorded in the child’s words and acted on.',
    alternatives: [
      'The child said [their words]: record the disclosure as given and refer it',
      'The child’s account changed, which is common after abuse: record each account and when it was given',
    ],
    source: 'childrens_society_2018', // the guide's principle; DOMAIN.md trauma responses
    requiresNear: [
      ...SEXUAL_CUES,
      // Review 25B: not "flat" alone ("made up a story about being at his friend's flat to cover for being out late").
      'man|men|male|males|adult|adults|uncle|stepdad|hurt|hit|hitting|grabbed|forced|threatened|assaulted|abused|abuse|followed',
    ],
    // A school task, a game or an adult's invention ("made up a story for her drama homework", "the man made up a story").
    unlessNear: [
      'drama|homework|english|class|lesson|lessons|book|books|play|plays|creative|bedtime|comic|game|games|writing|competition|assembly',
      'man|suspect|suspects|defendant|driver|dad|father|stepdad|uncle|mum|mother made|makes|making up',
      // Review 25B: another adult's invention ("the suspect's partner made up a story", "the landlord made up a story"), and
      // the writer ruling it out ("we do not believe she made up a story", "nothing to suggest she made up a story").
      `${SERVICE_ADULTS}|partner|wife|husband|girlfriend|boyfriend|landlord|male|female made|makes|making up`,
      'not|nothing|never|doubt|disbelieve',
    ],
    window: 10,
  },
  {
    id: 'jocular_return_probe25',
    // "back from her travels at 4am", "usual Friday night disappearing act", "went missing again, her usual trick",
    // "went walkabout": a missing episode logged as a jaunt or a habit, in a carer's or a handover's everyday words.
    patterns: [
      'back|home|returned|returns|return from her|his|their [latest|little|weekend|night|nightly] travels|wanderings|adventures|adventure|jaunt|jaunts|escapades|wander|wanders|walkabout|expedition|excursion',
      'disappearing|vanishing act|acts',
      'usual|old|same|latest trick|tricks|antics',
      'went|gone|goes|go|going walkabout',
    ],
    category: 'minimises_harm',
    explanation:
      'Logs a missing episode as a jaunt or a habit. Every time a child goes missing they may be with adults who harm or exploit them, and a return home interview is due.',
    alternatives: [
      'The child was missing from [time] to [time]: record where they were, who with and their state on return',
      'The child has gone missing again: concern that they are being exploited; offer a return home interview',
    ],
    source: 'cara_prior_art', // same reasoning as "returned safe and well"; return home interviews (SOURCES.md 2f)
    requiresNear: [
      'missing|misper|mfh|back|returned|return|came|home|again|night|nights|weekend|weekends|friday|saturday|am|pm|morning|curfew|police|staff|usual',
    ],
    // A relative's trip, a magic show, a lost object ("Nan back from her travels in Spain", "the magician did a
    // disappearing act", "the phone went walkabout").
    // Review 25B: not "carer", the writer of a daily log ("Carer daily log: back from her travels at 4am").
    unlessNear: [
      ...OTHER_PERSON_CUES.map((cue) => cue.replace("|carer|carer's", '')),
      'magician|magic|conjuror|conjurer|circus|show|panto|pantomime|card|cards|audience|performance',
      'phone|keys|wallet|bag|purse|remote|dog|cat|sock|socks|shoe|shoes|charger|book',
      'holiday|holidays|abroad|spain|gap',
      'choir|band|orchestra|trip|tour|camp|exchange|dofe',
      // Review 25B: the adults' habits ("the dealers are up to their old tricks again"), a worker's own trip ("the youth
      // worker is back from her travels"), a vehicle or kit that went walkabout.
      'their old|usual|same|latest',
      'worker|teacher|officer|manager|nurse|coach|sw|counsellor|mentor is|was|has|came|got back|returned',
      'minibus|van|car|bike|laptop|ipad|tablet|kit|ball|trolley|key',
      // An old person who wanders ("the resident with dementia went walkabout", "grandad went walkabout").
      'dementia|alzheimer|alzheimers|elderly|grandad|grandpa|grandma|granddad',
      // Adults who vanished ("the suspect did a disappearing act when officers arrived", "the older lads did a disappearing
      // act").
      'suspect|suspects|men|males|lads|olders|dealers|adults|man|male|driver|drivers|offender|offenders|perpetrator|perpetrators did|do|does|pulled',
      // Review 25F: a man described before the verb ("a man in a grey coat did a disappearing act when police arrived"), a
      // tenant or a doctor back from a trip or at their tricks ("the tenant is back to his old tricks", "Dr Patel is back
      // from her travels"), the adults' antics ("same antics from the drunk men at the rank"), bedtime, screens and matches
      // ("her usual tricks at bedtime", "the usual antics on the bus back from the match").
      'man|male|woman|suspect|suspects|driver|drivers in|with|wearing a|an|the [*] [*] did|pulled a|his|her|their disappearing|vanishing',
      `${SERVICE_ADULTS}|neighbour|dr|doctor|gp|pharmacist|head|headteacher|colleague|colleagues [*] is|was|are|were|has|came|got back|up`,
      'antics|tricks|trick from|of the|those|these|some [drunk|older] men|males|adults|drunks|blokes|customers|passengers',
      'bedtime|xbox|playstation|screen|screens|telly|homework|match|matches|tournament|fixture|fixtures',
      'go|going to bed',
    ],
    window: 8,
  },
  {
    id: 'attitude_probe25',
    // "gave staff a lot of attitude when asked where she had been", "has an attitude problem", "a bad attitude since she
    // met the men": a frightened or controlled child's distress written as a character flaw.
    patterns: [
      'attitude problem|problems',
      'lot|lots|loads|bit of attitude|lip|cheek|backchat',
      'bad|poor|real|stinking|negative attitude',
      'gave|gives|giving staff|officers|police|me|us|carers|teachers attitude|lip|cheek|backchat',
    ],
    category: 'blames_child',
    explanation:
      'Describes the child’s response to adults as a bad attitude. Hostility and silence are common in children who are frightened, controlled or exploited.',
    alternatives: [
      'The child was reluctant to say where they had been: record what they said and what may be stopping them',
      'The child’s distrust of professionals may be a sign of exploitation: record who they were with',
    ],
    source: 'durham_scp', // [F] labels that turn attention away from the harm
    // Staff's, a parent's or a customer's attitude ("the officer had a poor attitude", "a positive attitude to learning").
    unlessNear: [
      `${SERVICE_ADULTS}|man|men|staff|officer|officers|mum|dad|parent|parents|manager|teacher|worker|police had|has|have|showed|shows`,
      // Review 25B: an adult or a team giving or having it ("the driver gave me loads of attitude", "the security guard had
      // a real attitude problem", "the whole team had a poor attitude").
      `${SERVICE_ADULTS}|man|men|staff|officer|officers|mum|dad|parent|parents|manager|teacher|worker|police|guard|guards|bouncer|team|squad gave|gives|giving`,
      'guard|guards|bouncer|bouncers|team|squad|side had|has|have|showed|shows',
      'towards|learning|schoolwork|training|treatment|recovery',
      // Review 25F: "gave" too ("the older lads gave us loads of backchat").
      'older lads|boys|males|youths|men [*] [*] [*] have|had|has|showed|show|gave|gives|giving',
      // Review 25F: a parent's partner, a father, a stepdad; a neighbour's or a tenant's grown-up son ("mum's boyfriend
      // gave staff loads of attitude", "father has a real attitude problem", "the neighbour's son, 22, has an attitude
      // problem").
      'boyfriend|partner|father|stepdad|stepfather|uncle gave|gives|giving|had|has|have|showed|shows',
      "neighbour's|neighbour’s|tenant's|tenant’s|lodger's|lodger’s|landlord's|landlord’s",
      "staff|staff’s|staff's|mum’s|mum's|dad’s|dad's|police attitude",
    ],
    window: 6,
  },
  {
    id: 'doing_runs_probe25',
    // "earning good money doing runs for someone", "does runs for a man in Luton": drug running told as a job by a coach
    // or a youth worker.
    patterns: ['doing|does|did|do runs for someone|somebody|them|him|people|a|an|some|the|older|olders|his|her'],
    category: 'criminalises_child',
    explanation: 'Describes a child carrying drugs or cash for others as doing runs, a job. A child used to move drugs is being criminally exploited.',
    alternatives: [
      'The child is being used to carry drugs or money for [who]: concern of criminal exploitation',
      'Record who the child carries for, where to and what they are given',
    ],
    source: 'yjlc', // [C] CCE language: the child is exploited, not working
    requiresNear: ['money|cash|paid|pays|earning|earns|earned|olders|lads|men|man|someone|somebody|drugs|county|line|trains|train'],
    // A runner's training or a cricket innings ("doing runs for the club", "did runs for the team").
    unlessNear: [
      'club|team|training|coach|cricket|cross-country|athletics|fitness|gym|park|parkrun|charity|sponsored|miles|km|laps',
      // Review 25B: a driver's work ("I do runs for the hotel most nights", "he does runs for the takeaway").
      'hotel|hotels|takeaway|takeaways|firm|company|restaurant|airport|pharmacy|weekly|wage|wages|fares',
      // Review 25F: a driver's runs for a service ("the driver does runs for the care home and is paid by the council").
      'driver|drivers|cabbie|cabbies|council|surgery|hospital',
    ],
    window: 8,
  },
  {
    id: 'stealing_for_olders_probe25',
    // "nicking from the changing rooms for the older lads", "shoplifting for the men outside": theft directed by older
    // people, written as the child's offending.
    // "For" inside the pattern, not as a cue: a cue may not start with a common word (matcher cost).
    patterns: [
      'nicking|nicks|nicked|pinching|pinches|pinched|thieving|robbing|robs|robbed|lifting|shoplifting|shoplifts|shoplifted|stealing|steals|stole [*] [*] [*] [*] for the|his|her|some|these|those|their [*] older|olders|men|lads|dealers|gang|elders|boys|males',
    ],
    category: 'criminalises_child',
    explanation: 'Records theft that older people direct as the child’s own offending. A child made to steal for others is being criminally exploited.',
    alternatives: [
      'The child has been made to steal for [who]: concern of criminal exploitation',
      'Record who directs the child, what they take and what the child is given or owes',
    ],
    source: 'yjlc', // [C] CCE language: the child is exploited, not offending
    // An adult's theft, or sport ("a man in his forties was shoplifting for the lads", "stealing the ball").
    // Review 25B: "two men were shoplifting for the dealers".
    // Review 25F: an adult by age ("her boyfriend, 24, was shoplifting for the older men").
    unlessNear: [
      ADULT_AGE_WORDS,
      ...ADULT_AGE_CUES.slice(2),
      'adult|adults|man|men|woman|women|males was|is|were|are|has|had',
      'boyfriend|partner|dad|father|stepdad|stepfather|uncle [*] was|is|were|are|has|had',
      'pitch|ball|match|game|tackle|base|bases',
    ],
    window: 8,
  },
  {
    id: 'squatter_probe25',
    // "the boy is a squatter in the empty flat the dealers use": a child in a flat adults use for drugs, written as a
    // trespasser.
    // Review 25B: not "squatters", who are adults in a housing officer's notes ("squatters have been using the empty flat
    // for drugs").
    patterns: ['squatter|squatting'],
    category: 'criminalises_child',
    explanation: 'Records a child living in a flat that adults use for drugs as a squatter. The child may be held there, cuckooed or exploited.',
    alternatives: [
      'The child is staying at [address], which adults use for drugs: concern of criminal exploitation',
      'Record who brought the child there, who else is there and what the child is made to do',
    ],
    source: 'childrens_society_2018', // the guide's principle: the exploited child is not an offender
    requiresNear: ['dealers|dealer|men|males|adults|olders|drugs|crack|heroin|line|trap|cuckooed|cuckooing|exploited|missing'],
    // Review 25F: people squatting ("the flat next door has people squatting and using crack").
    unlessNear: [
      ADULT_AGE_WORDS,
      ...ADULT_AGE_CUES.slice(2),
      'man|woman|adult|adults|couple|family was|were|is|are|has|have',
      'people|persons|someone|somebody|adults|men|others squatting',
      // Review 25F: "the squatting family in number 4".
      'squatting|squatter family|families|couple|couples|adults|men',
    ],
    window: 10,
  },
  {
    id: 'touching_men_up_probe25',
    // "she was touching the men up in the back of my cab", "flashing her cleavage at the lads": a taxi driver's or a
    // guard's words that make the child the sexual actor with adults.
    patterns: [
      'touching|touched|touches|feeling|felt the|some|older|those|these [*] men|lads|blokes|drivers|guys|males up',
      'flashing|flashed|flashes|flaunting|flaunted|flaunts her cleavage|boobs|breasts|chest|bum|knickers|underwear|body',
    ],
    category: 'sexualises',
    explanation: 'Describes the child as the one acting sexually towards adults. A child cannot consent; record what the adults did and said to the child.',
    alternatives: [
      'The child was with [who, ages]: record what the adults did, gave or asked for',
      'Concern that the child is being sexually exploited by the adults she was with',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // An adult woman's own conduct ("the woman at the bar was flashing her cleavage at the lads").
    unlessNear: [
      'woman|women|lady|ladies|hen|hens|mum|mother|guest|customer',
      // Review 25B: a man doing it ("a drunk man was touching the lads up", "the bloke in the front was feeling the other
      // men up").
      'man|bloke|guy|male|lad|men|blokes|guys was|is|were|are touching|touched|feeling|felt|flashing|flaunting',
      'touching|touched|feeling|felt the other men|lads|blokes|guys|males',
    ],
    window: 6,
  },
  {
    id: 'claims_abuse_probe25',
    // "she claims she was raped at the party", "he claimed he was forced to carry for them", "claiming a man touched her":
    // a child's disclosure recorded as a claim to be doubted.
    patterns: [
      'claims|claimed|claiming [that] she|he|they was|were|had|has [been] raped|assaulted|touched|abused|hit|attacked|forced|threatened|groomed|drugged|held|locked|made|trafficked',
      'claims|claimed|claiming [that] a|an|the|two|three|some|older [*] man|men|male|males|adult|adults raped|assaulted|touched|abused|hit|attacked|forced|threatened|groomed|drugged|held|locked|made|gave',
    ],
    category: 'blames_child',
    explanation: 'Records the child’s disclosure of abuse as a claim. A child’s account is evidence: record it in their words and act on it.',
    alternatives: [
      'The child said [their words]: record the disclosure as given and refer it',
      'The child disclosed that [what happened]: record when, to whom and in what words',
    ],
    source: 'childrens_society_2018', // the guide's principle; inquiries found disbelief left children unprotected
    // Not "alleges", the neutral word of a crime report ("14F alleges rape at a house party" is not annotated).
    // An adult's own claim ("the man claims he was attacked by the boy", "mum claims she was hit by the neighbour").
    unlessNear: [
      'man|men|suspect|suspects|defendant|defendants|driver|adult|adults|mum|mother|dad|father|stepdad|neighbour|woman|officer|teacher|worker claims|claimed|claiming',
      // Review 25B: another adult's claim ("the landlady claims she was threatened", "the tenant claims he was assaulted").
      `${SERVICE_ADULTS}|nan|gran|aunt|uncle|partner|wife|husband|landlord|landlady claims|claimed|claiming`,
      // Review 25F: staff or a shopkeeper hurt by a child ("the relief carer claims she was hit by Josh", "the security
      // guard claims he was assaulted by the 14-year-old").
      'carer|carers|guard|guards|security|shopkeeper|shopkeepers|owner|manager|staff|cleaner|coach|nurse claims|claimed|claiming',
    ],
    window: 4,
  },
];

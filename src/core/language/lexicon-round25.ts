import { ADULT_AGE_CUES, CCE_CUES, LABEL_FRAME_CUES, OTHER_PERSON_CUES, SAME_AGE_PARTNER_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';
import { SELF_PROTECTION_WORDING } from './lexicon-wording.ts';

// Round 25: families of wording from the tuning sets (fresh24 first), in the plain words front-line staff and carers
// use, each written for its inflections and variants and checked against ordinary sentences that share its words
// (round25.test.ts). Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// Staff, a class, a team: "a bit of a laugh with staff" is no abuse waved away.
const STAFF_OR_CLASS = 'with|and [the|a|her|his|their] [*] staff|carer|carers|worker|workers|teacher|teachers|class|team|coach|coaches|nurse|officer|officers';

export const ROUND_25_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'bit_of_fun_round25',
    // Abuse or an abusive adult waved away as "a bit of" something: "the weekend in Blackpool was a bit of a laugh"
    // (a 31-year-old paid for the hotel), "the images were a bit of silly behaviour", "her older boyfriend has been
    // just a bit controlling", "he is only a bit old for her" (fresh24, fresh14, fresh19 judgement calls). Merged with
    // probe 25's bit_of_a_laugh ("the messages from the man were a bit of silly behaviour").
    patterns: [
      // Review 25A: not "a bit of a nuisance", the nuisance entry's label (blames_child), often an adult neighbour's.
      'bit of a|an laugh|giggle|lark|carry-on',
      'bit of fun|banter|horseplay',
      'bit of silly|harmless|daft|childish|teenage behaviour|behavior|fun|messing|nonsense',
      'bit controlling|possessive|jealous|pushy|overprotective|over-protective|full-on|intense',
      'bit old|young|older|younger for him|her',
    ],
    category: 'minimises_harm',
    explanation:
      'Plays down abuse, an abusive adult or an age gap as a bit of fun or a small fault. Control, images and hotel stays arranged by adults are signs of grooming and exploitation.',
    alternatives: [
      'Record what happened, who the adults were, their ages and what they gave or controlled',
      'An adult is controlling who the child sees: consider coercive control and exploitation',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    // Review 25A: not the sentence-wide exploitation words (money, hurt, older: "the team quiz was a bit of a laugh and
    // raised money", "nobody was hurt", "the older pupils helped"); an adult, images or a place near the wording.
    requiresNear: [
      // Not a car, a hotel or photos on their own ("the lads having a bit of a laugh by the car park barrier", "the hotel
      // staff Christmas party", "the school photos were a bit of a laugh").
      'boyfriend|partner|girlfriend|man|men|male|males|adult|adults|olders|images|nudes|nude|naked|explicit|indecent|sexting',
      'older man|men|male|males|boyfriend|lads|guy|guys',
      // The age gap is the sign ("he is only a bit old for her").
      'old|older|young|younger for her|him',
      'sex|sexual|sexually|snapchat|instagram',
      ...ADULT_AGE_CUES,
    ],
    window: 12,
    // A staff member's or a class's joke; a parent's own partner ("mum's partner can be a bit controlling").
    unlessNear: [
      STAFF_OR_CLASS,
      ...OTHER_PERSON_CUES,
      // Review 25A: a partner of the child's own age ("her boyfriend, 16, is a bit jealous"); a partner at work.
      ...SAME_AGE_PARTNER_CUES,
      'rota|rotas|salon|business|shift|shifts',
      // Review 25F: an adult with the public ("the man at the shop next door is a bit pushy with customers").
      'customers|clients|patients|colleagues|punters|passengers|guests',
      // Clothes or a game too old or young for her.
      'dress|dresses|coat|clothes|clothing|outfit|toy|toys|book|books|film|films|game|games|programme|show',
      // A school trip or a game ("the drama group's silly behaviour in the hotel lobby on the residential").
      'residential|trip|trips|lesson|lessons|assembly|drama|rehearsal|match|relay|sports|training|pe|choir|band',
    ],
  },
  {
    id: 'agreed_to_carry_round25',
    // Criminal exploitation recorded as the child's agreement: "Reece has agreed to hold packages for the older lads",
    // "Reece volunteered to take the train to Bournemouth with the parcel" (fresh24 judgement calls; SOURCES.md 3: the
    // child is exploited, whatever they agreed to). Merged with probe 25's agreed_to_hold ("offered to mind things for
    // the olders", "agreed to keep the stuff in her room for the older lads").
    patterns: [
      'agreed|agrees|agreeing|agree|volunteered|volunteers|volunteering|volunteer|offered|offers to hold|carry|deliver|drop|run|sell|store|stash|take|look|mind|hide|keep|move|tend|water|guard',
    ],
    category: 'implies_consent',
    explanation:
      'Presents criminal exploitation as the child’s agreement. A child who carries or holds drugs or money for adults is being exploited, whatever they agreed to.',
    alternatives: [
      'The child is being criminally exploited: adults have got them to [carry/hold] [what] for them',
      'Record who asked the child, what they were promised or threatened with, and consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not a willing worker
    requiresNear: [
      ...CCE_CUES,
      'parcel|parcels|package|packages|wraps|pwits|shotter|shotters|knife|knives',
      // Round 29b: a cannabis grow ("volunteered to tend the plants in the house in Stoke") and the bag a child is handed
      // ("I volunteered to take the bag, they didn't make me").
      'plants|cannabis|crop|crops|grow|farm|bag',
      'stuff|gear for the|them|him',
      // Review 25A: not any "older men" near an offer ("offered to move the furniture for the older men at the mosque").
      'stuff|gear [*] [*] [*] for the|some|these|those older|bigger lads|men|males|boys',
    ],
    // A meeting about the drugs, a programme, a test or a police hand-in; food-bank or charity parcels.
    unlessNear: [
      'meeting|meetings|strategy|review|conference|discussion|panel|programme|program|course|session|sessions|service|services|test|tests|testing|treatment|support|referral|part|police|officer|officers',
      'food|bank|charity|church|christmas|shoebox|shoeboxes|donation|donations|school|club|raffle|fete',
      'shopping|kit|equipment|chairs|tables|books|tickets|homework|banner|flag|tuck',
      // Review 25A: running errands is errands_for_olders' wording (minimises_harm).
      'errands|errand',
      // Review 29b: a garden's plants ("offered to tend the plants at the allotment with grandad").
      'allotment|allotments|garden|gardens|greenhouse|flowers|vegetables|veg|tomatoes|houseplants',
      // Review 25F: a driver or a neighbour's errand ("the driver offered to take the parcel to the station for the
      // passenger").
      'driver|drivers|passenger|passengers|customer|customers|neighbour|neighbours|tenant|tenants',
      ...OTHER_PERSON_CUES,
    ],
    window: 8,
  },
  {
    id: 'happily_goes_round25',
    // A child picked up by adults recorded as going happily: "he happily goes off with them every Friday in the black
    // Golf", "she happily got into the car" (fresh24 judgement call). Merged with probe 25's happily_goes ("he gladly
    // goes off with the men from the takeaway").
    patterns: [
      'happily|gladly|cheerfully|eagerly|readily goes|went|go|going|gone|gets|got|getting|get|jumps|jumped|hops|hopped|heads|headed|runs|ran off|into|in|with|back',
    ],
    category: 'implies_consent',
    explanation:
      'Presents the child as going willingly with the people who are harming them. Children who are groomed often seem to go happily; that is how grooming works.',
    alternatives: [
      'The child goes with [who] in [vehicle] and returns [when]: record who they are and their ages',
      'The child has been groomed to go with the adults: record what they are given or promised',
    ],
    source: 'childrens_society_2018', // "the child went willingly" → "the child has been groomed"
    requiresNear: ['them|men|man|olders|older|adults|adult|males|car|cars|golf|audi|bmw|merc|mercedes|van|taxi|hotel|flat'],
    // A relative, school, a club, a trip with staff.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'school|class|nursery|club|training|football|practice|contact|grandparents|cousins|staff|carers|carer|foster|respite|trip|holiday|bed',
      'college|lesson|lessons|team|friends|worker',
      // Review 25A: a relative not in OTHER_PERSON_CUES ("jumps into the van with his uncle to go fishing").
      'uncle|grandad|grandpa|grandfather|fishing',
      // Review 25A: appointments, outings, her own or supported flat ("happily gets in the taxi to the hospital", "goes
      // off to the dentist in the car with his grandma", "went back to her own flat").
      'hospital|appointment|appointments|dentist|doctor|gp|clinic|grandma|granny|grandmother|cinema|swimming|pool|lodgings|host|own|family',
      // Review 25F: an old person or the public ("the old man happily got into the taxi"), not "the older man".
      'old|elderly man|woman|lady|gentleman|couple',
      'passenger|passengers|customer|customers|guest|guests|resident|residents',
    ],
    window: 8,
  },
  {
    id: 'will_not_help_self_round25',
    // The child made responsible for their own protection: "we cannot protect her if she will not help herself", "he
    // won't help himself" (fresh24 judgement call; self_protection_blamed_round16 has "refuses to help herself").
    // The negation is part of the wording (a denial just before a match drops it: check.ts deniedAt). Merged with probe
    // 25's will_not_help_self.
    patterns: [
      // Not "can't help herself" (a compulsion: "she can't help herself when she sees the cake").
      'will|would|does|did|do not help herself|himself|themselves|themself',
      "won't|wont|wouldn't|doesn't|didn't|don't help herself|himself|themselves|themself",
      'unwilling to help herself|himself|themselves|themself',
    ],
    ...SELF_PROTECTION_WORDING,
    // Review 25A: only about the child's safety or exploitation, not ordinary conduct ("he doesn't help himself by being
    // rude to teachers", "she did not help herself at the interview by swearing").
    contextInSentence: true,
    requiresNear: ['protect|protected|protecting|safe|safety|risk|risks|flat|flats|address|addresses'],
    // Helping oneself to food; an adult's own difficulty ("Grandad will not help himself since the stroke").
    unlessNear: [
      'help|helps|helped|helping herself|himself|themselves|themself to',
      'food|seconds|snacks|breakfast|lunch|dinner|tea|drinks|drink|cereal|fruit',
      // Review 25A: her own health or school work ("doesn't help herself by missing her inhaler").
      'inhaler|inhalers|medication|meds|insulin|asthma|diabetes|revision|homework|coursework|exams|diet|sleep',
      ...OTHER_PERSON_CUES,
      'grandad|grandpa|grandfather|grandma|uncle|man|woman|patient|resident|tenant|client',
      // Review 25F: a named adult ("Mr P won't help himself, the flat is a risk to his health").
      'mr|mrs|ms',
    ],
    window: 8, // review 25A: "unwilling to help herself and goes back to the flat"; "by missing her inhaler"
  },
  {
    id: 'brought_trouble_round25',
    // The harm adults bring recorded as trouble the child brought: "he has brought the trouble to the hostel by letting
    // the older men use his room" (fresh24; blaming_idiom_round13 has "brings trouble to the block").
    patterns: ['brings|brought|bring|bringing [all] the|this|that trouble to|into|onto|on'],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for the harm adults bring. Adults who exploit a child, use their room or home, or come looking for them are the trouble.',
    alternatives: [
      'Adults are exploiting the child and using [place]: record who they are and what they do',
      'The child is at risk from the adults who come to [place]: consider a safety plan and a disruption plan',
    ],
    source: 'childrens_society_2018',
    // The adults or a parent as the subject ("the men brought the trouble to the estate").
    unlessNear: [
      'men|man|adults|adult|they|gang|gangs|olders|dealers|boyfriend|partner brought|bring|brings|bringing',
      ...OTHER_PERSON_CUES,
      // Review 25F: a tenant, a lodger or a named adult ("the tenant brought the trouble to the block", "the lodger has
      // brought this trouble to the house").
      'tenant|tenants|lodger|lodgers|landlord|landlady|neighbour|neighbours|resident|residents|occupant|occupants|mr|mrs|ms [*] [has|have|had] brought|bring|brings|bringing',
    ],
  },
  {
    id: 'hard_work_round25',
    // The child labelled by the strain on the adults: "Mollie is hard work and her repeated missing episodes are draining
    // the placement" (fresh24; ADULT_TROUBLE_LABEL in lexicon-cues.ts has "difficult", "challenging").
    patterns: ['hard work'],
    category: 'blames_child',
    explanation: 'Labels the child by the trouble adults have with them, not by what is happening to the child.',
    alternatives: [
      'Describe the behaviour and what may lie behind it: the child may be being harmed or exploited',
      'The placement needs more support to care for the child: record what would help',
    ],
    source: 'childrens_society_2018',
    // Only as a label on the child: "she is hard work", "he can be hard work".
    labelFrame: true,
    requiresNear: LABEL_FRAME_CUES,
    // A task, a job or a course ("it is hard work", "the revision was hard work"), or praise ("her hard work").
    unlessNear: [
      'it|this|that|job|jobs|course|revision|exam|exams|homework|training|shift|shifts|garden|move|walk|climb|caring|care|role|placement|rota|paperwork',
      'her|his|their|your|my|all the hard work',
      'thanks|thank|praised|praise|credit|despite',
      // Review 25A: a baby's care, an adult, a task ("the baby is hard work at night", "the tenant is hard work", "getting
      // him to school is hard work").
      'baby|babies|toddler|toddlers|newborn|tenant|tenants|resident|residents|patient|patients|landlord|neighbour|neighbours',
      'getting|keeping|persuading|managing|feeding|settling',
      // A pet, twins or a school subject ("the new puppy is hard work", "maths is hard work for him").
      'puppy|puppies|dog|dogs|kitten|twins|triplets|maths|english|science|subject|subjects|gcse|gcses',
      // Review 25F: getting up in the morning, or a team ("she's hard work in the mornings", "the under-14s are hard work
      // but great lads").
      'morning|mornings|squad|team|group|under-12s|under-13s|under-14s|under-15s|under-16s|under-18s',
      // Adults a front-line writer deals with ("the drunk lads at the rank are hard work", "Mr P is hard work").
      // Not "lads" or "drunk" alone ("he can be hard work when the older lads have been round", "when she comes back drunk").
      'mr|mrs|ms|drunks|customer|customers|passenger|passengers|guest|guests|punters',
      'drunk|drunken lads|men|blokes|guys',
    ],
    window: 6,
  },
  {
    id: 'adult_mate_round25',
    // An adult named as the child's mate, pal or fella: "she stayed at her mate's flat; he is 35", "at a party with their
    // pals; the men present were aged 25 to 40", "she'll be at her fella's; the man is 40", "the placement log calls the
    // men who hold Hamid's phone his mates" (fresh18, fresh12, fresh21 judgement calls). my_mate_adult has the child's
    // own "my mate".
    patterns: ["mate|mate's|mate’s|mates|pal|pal's|pal’s|pals|fella|fella's|fella’s"],
    category: 'adult_centred_label',
    explanation:
      'Calls an adult who is harming the child the child’s mate or friend, the framing the adult wants. An adult who befriends a child to have sex with them or use them is abusing them.',
    alternatives: [
      'An adult (record name and age) who has contact with the child',
      'A [age]-year-old man the child stays with: record who he is and how they met',
    ],
    source: 'childrens_society_2018', // "boyfriend" or "friend" for an adult abuser → "an adult who is abusing the child"
    requiresNear: [...ADULT_AGE_CUES, 'calls|called|call the|those|these men|adults|males'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ...SAME_AGE_PARTNER_CUES,
      // A parent's or a staff member's mate; school friends.
      "mum's|dad's|mother's|father's|carer's|worker's|school|class|year|college|team|club",
      // Review 25A: an adult's own fella or mate ("the tenant's fella, who is 29").
      "tenant's|resident's|client's|patient's|neighbour's|neighbor's|lodger's|woman's|lady's|caller's|customer's",
      // An online game or a student friend ("plays FIFA online with his mates; one of them is 19 and at university").
      'university|uni|fifa|xbox|playstation|ps5|gaming|fortnite|minecraft',
      // Review 25F: a workmate ("met up with her mate from work, who is 18"), adults' own mates ("the lads and their mates,
      // all in their twenties", "the stag party ... brought their mates back").
      'mate|mates|pal|pals from|at work',
      'stag|stags|hen|hens',
      // A distance, not an age ("her mate, who is about 25 miles away").
      'minutes|mins|hours|miles|mile|km away|drive|walk',
      'lads|men|blokes|guys and|with their mates|pals',
      // The adult's own mates ("her 'boyfriend' and his mates; he is 33").
      "boyfriend|boyfriend's|boyfriend’s|partner|partner's|partner’s|man|man's|man’s [*] and|with his|her mate|mates|pal|pals",
    ],
    // Across a ; ("her mate's flat; he is 35").
    window: 10,
  },
  {
    id: 'just_hanging_out_round25',
    // Going missing, online contact or errands for older lads recorded as hanging out: "he weren't missing, just chilling
    // at my boy's in Dunmere for three days", "just messing around with friends online", "he's just doing messages for
    // the lads", "the worker recorded that she was just out with mates" (fresh16, fresh15, fresh17, tune9 judgement calls).
    patterns: [
      'just|only messing|mucking|fooling|playing about|around',
      'just|only chilling|hanging|chillin',
      'just|only hanging|chilling out',
      'just|only out with mates|friends|pals|her|his|the',
      'just|only doing messages|errands|favours|favors|jobs|bits|drops|runs',
    ],
    category: 'minimises_harm',
    explanation:
      'Records a missing episode, online contact or errands for older people as ordinary hanging out. Where the child was missing, with adults or running errands for them, that may be exploitation.',
    alternatives: [
      'The child was missing for [time] and says they were at [place] with [who]: record their ages and what happened',
      'Adults are using the child to carry or fetch things for them: consider criminal exploitation',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    contextInSentence: true,
    requiresNear: [
      // A missing episode and its return interview, online contact, older lads or adults; not an ordinary evening out.
      'online|missing|lads|olders|elders|flat|flats|men|older|days|nights|overnight|rhi|debrief',
    ],
    // The playground, a class, a game, a staff member's words about a lesson.
    unlessNear: [
      'playground|class|classroom|lesson|lessons|break|breaktime|lunchtime|pe|corridor|assembly|toilets|dinner|football|game|games|park|garden|trampoline',
      'cinema|bowling|skatepark|shopping|club|sleepover|birthday',
      // Review 25A: ill, at home or in her room ("just chilling at home for two days with a cold").
      'cold|flu|ill|poorly|unwell|sick|bug|home|room|bedroom',
      // Review 25A: walking the dog, or a boyfriend of her own age ("only out with the dog for ten minutes").
      'dog|dogs',
      ...SAME_AGE_PARTNER_CUES,
      ...OTHER_PERSON_CUES,
    ],
  },
  {
    id: 'meeting_up_adult_round25',
    // Contact an adult arranges recorded as the child meeting up with them: "has been meeting up with a 19-year-old she
    // met on Instagram", "meeting up with a 30-year-old man" (fresh21, fresh22 judgement calls). Merged with probe 25's
    // meeting_up_with_adult.
    patterns: ['meeting|meets|met|meet up with', 'meeting|meets|met|meet up regularly|often with'],
    category: 'implies_consent',
    explanation:
      'Presents contact with an adult as the child’s own arrangement. An adult who meets a child they contacted online is grooming them; the adult is responsible.',
    alternatives: [
      'A [age]-year-old the child met online has been meeting the child: record who arranges it and where',
      'An adult is grooming the child: record the adult’s name, age and how they contact the child',
    ],
    source: 'childrens_society_2018', // the guide: "adults have been contacting the child", not the child's doing
    requiresNear: ADULT_AGE_CUES,
    // A relative, a worker or a mentor of adult age; the child's own age ("a 15-year-old she met at school").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ...SAME_AGE_PARTNER_CUES,
      'worker|workers|mentor|mentors|social|teacher|coach|tutor|officer|officers|pcso|nurse|counsellor|advocate|staff|volunteer',
      'keyworker|sister|brother|cousin|family',
      // Review 25A: study or lessons ("met up with the 18-year-old apprentice from his college course to revise").
      'revise|revising|revision|study|studying|homework|coursework|course|apprentice|apprentices|classmate|classmates',
      'lesson|lessons|tuition|quran',
      // Review 25F: a workmate or a sports club ("met up with her mate from work, who is 18, at the cinema", "meeting up with
      // a 22-year-old from the running club for training").
      'mate|mates|pal|pals|friend|friends|colleague|colleagues from|at work',
      'running|athletics|rugby|cricket|netball|hockey|swimming|tennis|badminton|rowing|cycling club|clubs|squad|team',
    ],
    window: 8,
  },
  {
    id: 'goes_along_round25',
    // Compliance with the older lads or men recorded as the child's agreement: "Kai has autism and goes along with
    // anything the older lads tell him" (fresh18 judgement call; going_along_with has "went along with it").
    patterns: ['goes|go|went|going|gone along with anything|everything|whatever'],
    category: 'implies_consent',
    explanation:
      'Presents the child’s compliance as agreement. A child who does whatever older people tell them is being controlled, and may be especially vulnerable.',
    alternatives: [
      'The child does what [who] tell them: record who is directing the child and what they are made to do',
      'The child may not be able to refuse the older people around them: consider exploitation and the child’s needs',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['lads|olders|elders|men|man|adults|adult|older|males|gang|group|boyfriend'],
    // A plan, a class or a game; a parent's say.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'plan|plans|class|lesson|lessons|game|games|team|teacher|teachers|staff|idea|ideas|suggestion|suggestions',
      // Review 25A: a club's group ("goes along with whatever the group decides at the youth club").
      'club|clubs|scouts|guides|cadets|choir|band',
    ],
    window: 8,
  },
  {
    id: 'adult_content_round25',
    // Images of a child filed as adult material: "the livestream clip of the 14-year-old was filed as adult content"
    // (fresh24 judgement call; the same reasoning as "child pornography", language_matters).
    patterns: ['adult content|material|materials|video|videos|film|films|entertainment|site|sites'],
    category: 'sexualises',
    explanation:
      'Files sexual images of a child as adult content. Any sexual image or video of a child is child sexual abuse material, and making or sharing it is abuse.',
    alternatives: [
      'The video of the child is child sexual abuse material: report it (police, CEOP, IWF) and do not share it',
      'Record who made and shared the images of the child',
    ],
    source: 'language_matters', // [B] "Child pornography" → "child sexual abuse material"
    // About a child's images: the child named nearby.
    requiresNear: [
      'child|children|girl|girls|boy|boys|pupil|pupils|yp|teenager|teenagers|minor|minors|daughter|son|schoolgirl|schoolboy',
      '10|11|12|13|14|15|16|17|10-year-old|11-year-old|12-year-old|13-year-old|14-year-old|15-year-old|16-year-old|17-year-old',
    ],
    // An adult's own posts; a child shown adult material, or filters and age checks on it.
    unlessNear: [
      ...ADULT_AGE_CUES,
      // Review 25A: material for adult life ("given adult material about budgeting by the leaving care team").
      'budgeting|budget|learning|education|leaflet|leaflets|course|careers|leaving|independence',
      // Review 25A: a parent's own ("mum's adult videos were found by the 12-year-old").
      "mum's|dad's|mother's|father's|parent's|stepdad's|stepmum's",
      'shown|showed|show|shows|showing|watch|watched|watches|watching|view|viewed|views|viewing|exposed|exposure|accessing|accessed|access|searched|searching',
      'filter|filters|filtering|block|blocked|blocker|blocking|parental|controls|settings|verification|restrictions|restricted',
      // A lesson about it.
      'taught|teach|teaching|lesson|lessons|pshe|rse|assembly|workshop|dangers|harmful|inappropriate|unsuitable',
    ],
  },
  {
    id: 'recorded_as_choice_round25',
    // A professional who records the harm as the child's choice: "which the officer recorded as her choice", "logged as
    // his own decision" (fresh19 judgement call). her_choice leaves a professional's own choice alone ("the officer's
    // decision"); here the professional is the one who labels the child's.
    patterns: [
      'recorded|records|recording|logged|logs|noted|notes|treated|treats|described|describes|viewed|views|seen|saw|regarded|regards|accepted|accepts [it|this|that] as her|his|their [own] choice|choices|decision|decisions',
    ],
    category: 'implies_consent',
    explanation: 'Records being missing or with adults as the child’s own choice. Grooming, threats and trauma limit what a child can choose.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'Record who else was there, their ages and what the child was given or promised',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    // Ordinary choices: school, a course, health care, food, leisure.
    unlessNear: [
      'college|school|university|uni|course|class|lesson|lessons|study|apprenticeship|job|homework|gcse|gcses|subject|subjects|option|options|career',
      'contraception|contraceptive|treatment|medical|medication|fraser|gillick|vaccine|vaccination|test|testing|termination|abortion|diet|food|meal|meals|clothes|hair|religion|faith',
      'placement|contact|name|pronouns',
      // Review 25A: health appointments and family court ("accepts this as his choice not to attend the GP", "the court
      // viewed it as her decision to live with her father").
      'gp|doctor|dentist|appointment|appointments|hospital|clinic|court|judge|magistrates|cafcass',
      // A sport ("the panel viewed it as his decision to leave the football academy").
      'academy|football|sport|sports|team|training',
      // Review 25F: a club for children ("recorded as his own choice to leave the after-school club").
      'after-school|cadets|scouts|guides|brownies|choir|orchestra',
    ],
  },
  {
    id: 'frequents_place_round25',
    // A place where the child is exploited recorded as one the child frequents: "Chanel continues to frequent the
    // takeaway on Mill Lane" (fresh18 judgement call), "frequents the flats on Marsh Road".
    patterns: [
      'frequent|frequents|frequenting|frequented the|a|an|that|this|those|these [*] takeaway|takeaways|flat|flats|address|addresses|house|houses|hotel|hotels|shisha|garage|trap|bookies|arcade|rank|lay-by|services|kebab',
    ],
    category: 'implies_consent',
    explanation:
      'Presents a place where the child is being exploited as somewhere they choose to go. Adults draw children back to such places with gifts, debts and threats.',
    alternatives: [
      'The child is being drawn to [place]: record who is there, their ages and what the child is given',
      'Concern that adults at [place] are exploiting the child',
    ],
    source: 'childrens_society_2018',
    // An adult or a relative who frequents it.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ...ADULT_AGE_CUES,
      // Review 25A: the adults as the subject ("the men who frequent the takeaway"), not the men the child meets there
      // ("frequents the house on Elm Road where the men gather").
      'men|man|adults|adult|males|customers|punters|drivers [who|that] frequent|frequents|frequented|frequenting',
      // Review 25A: after school or college with friends, or a relative's workplace ("the garage where his uncle works",
      // "the kebab shop near college at lunch").
      'school|uncle|grandad|works|job|shift|shifts|college|lunch|lunchtime|sixth|friends',
      // Review 25F: a tenant, a couple or a guest ("the tenant frequents the bookies", "the couple in room 12 frequent the
      // hotel bar").
      'tenant|tenants|lodger|lodgers|couple|couples|guest|guests|resident|residents|neighbour|neighbours|mr|mrs|ms',
    ],
  },
];

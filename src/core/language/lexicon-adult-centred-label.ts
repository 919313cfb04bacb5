import {
  ADULT_AGE_CUES,
  ADULT_CUES,
  AGE_NUMBERS,
  AGE_TOKENS,
  CCE_CUES,
  DRUG_SUPPLY_CUES,
  FRIEND_CUES,
  LABEL_FRAME_CUES,
  OTHER_PERSON_CUES,
  PRONOUN_POSS,
  SEXUAL_CUES,
} from './lexicon-cues.ts';
import {
  ADULT_OWNER_DETERMINERS,
  ADULT_OWN_PARTNER_AGED_CUES,
  ADULT_ROMANCE_VETOES,
  ADULT_SEXUAL_CONTACT_ALTERNATIVES,
  CHILD_AGE_NUMBERS,
  CHILD_AGE_TOKENS,
  OWN_CHILD_PARTNER,
  RELATIVE_OWN_PARTNER_CUES,
} from './lexicon-parts.ts';
import type { LexiconEntry } from './types.ts';

// The victim-blaming lexicon's founding entries for wording that names an abuser in adult-centred terms (`adult_centred_label`). lexicon.ts gives the
// design rules and assembles the whole lexicon; each entry cites its guide (sources.ts).
export const ADULT_CENTRED_LABEL_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'older_boyfriend',
    patterns: ['[much] older|adult boyfriend|boyfriends|girlfriend|girlfriends|partner|partners|lover|lovers'],
    category: 'adult_centred_label',
    explanation:
      'Gives an adult who is exploiting a child the status of a partner. Perpetrators were seen as "boyfriends" in Rotherham; the label may legitimise an exploitative relationship.',
    alternatives: [
      'An adult aged [age] who has formed a sexual or controlling hold over the child: record the age gap and the power imbalance',
      'An older person (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E] "Older boyfriend"
    unlessNear: [
      // Round 23: someone else's partner ("the older boyfriend of her sister is 25").
      'boyfriend|boyfriends|partner|partners|girlfriend|girlfriends of her|his|their [older|younger|elder|big|little] sister|brother|mum|mother|cousin|aunt|auntie|friend|dad|father',
      // Round 29C: parts in a play ("the older boyfriends in the sixth-form drama were played by Year 13 students").
      // Review 29C: the part or the show named, not "met her older boyfriend at drama club", "he played her music", "her arm
      // in a cast".
      'played|portrayed|acted by',
      'in|from the|a|an|our|this|their [*] [*] drama|musical|panto|pantomime|script',
      'in the|a play from|by|at|about|with',
    ],
  },
  {
    id: 'boyfriend_adult',
    // The span is the label alone ("her boyfriend (aged 26)" flags "boyfriend"), so that a scare-quoted label is marked
    // as quoted. "Partner" only with a possessive: "partner agency" is common.
    patterns: [
      // Round 32: "gf", the shorthand of "bf" ("the adult user states the 14yo is his gf").
      "boyfriend|boyfriends|girlfriend|girlfriends|boyfriend's|girlfriend's|boyfriend’s|girlfriend’s|lover|lovers|fella|bloke|bf|bae|gf|gfs|gf's|gf’s",
      "husband|husband's|husband’s|husband-to-be|wife|wife's|wife’s|wife-to-be|spouse",
      // Round 22: "admirer" on its own (the old "admirer|admirers|gentleman friend|friends" asked for "admirer friend");
      // "the 14-year-old's sweetheart, 25".
      "admirer|admirers|admirer's|admirer’s|sweetheart|sweethearts|sweetheart's|beau|suitor|suitors",
      // Round 32: "lady friend", the other half of "gentleman friend" ("the RSO has a lady friend aged 16").
      'gentleman|lady friend|friends',
      `${PRONOUN_POSS} ex|ex-boyfriend|ex-partner`,
      "fiance|fiancé|fiancee|fiancée|fiance's|fiancé's|fiance’s|fiancé’s",
      `${PRONOUN_POSS}|my|a|new [${AGE_TOKENS}] partner`,
      'my man|fella|bloke|guy',
    ],
    category: 'adult_centred_label',
    explanation: 'An adult is described as the child’s boyfriend, girlfriend or partner. That frames exploitation as a relationship and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E]; CARA prior art lists "boyfriend"
    requiresNear: [
      ...ADULT_CUES,
      'groomer|groomers|groomed|grooming|exploiter|exploiters|exploiting|abuser|abusers|cawn|perpetrator|perpetrators',
      // An adult age right after the label: "her boyfriend (22)", "her partner, 31,".
      `boyfriend|girlfriend|partner|bf|gf|lover|fella|bloke|husband|fiance|fiancé|sweetheart|admirer|suitor ${AGE_NUMBERS}`,
      // Round 22: an approximate age ("her boyfriend is about 20", "her bf (approx 25 years)").
      `is|was|he's about|around|approx|approximately|roughly|nearly ${AGE_NUMBERS}`,
      `approx|approximately|about|around|roughly ${AGE_NUMBERS} years|yrs|yo`,
      // Round 32: an adult named by a title or by the role of an offender or a person on probation, whose partner is
      // given a child's age ("Mr T's girlfriend is 15", "Mr D states his girlfriend is 15", "the RSO has a lady friend
      // aged 16", "girlfriend of the nominal, aged 15"). Not a child's partner of a child's age ("her boyfriend is 15").
      // Review 32: the adult's own partner (his possessive, his "has a", his own "says his"), not any partner up to three
      // words on ("Mr Patel says her boyfriend is 16", "Mr K's daughter's boyfriend is 15", "PoP's son's girlfriend"), nor
      // "suspect" as a verb ("staff suspect her boyfriend is only 16") or "the young offender's girlfriend".
      ...[
        `mr *`,
        `pop|pop's|pop’s|rso|rso's|rso’s|supervisee|supervisee's|supervisee’s [${AGE_NUMBERS}]`,
        `${ADULT_OWNER_DETERMINERS} nominal|nominal's|nominal’s|suspect|suspect's|suspect’s|offender|offender's|offender’s`,
      ].flatMap((owner) => [
        `${owner} ${OWN_CHILD_PARTNER}`,
        `${owner} says|said|states|stated|reports|reported|claims|claimed|admits|admitted|told|tells [*] [that] his ${OWN_CHILD_PARTNER}`,
        `${owner} has|had|have [got] a|an ${OWN_CHILD_PARTNER}`,
      ]),
      `boyfriend|girlfriend|gf|partner|wife of the|a|this nominal|suspect|offender|rso|defendant [is|was|aged] [only|just|a] ${CHILD_AGE_NUMBERS}|${CHILD_AGE_TOKENS}`,
    ],
    // "She has no boyfriend": nobody is named. "A man who called himself her boyfriend": the abuser's own word, reported.
    unlessNear: [
      ...RELATIVE_OWN_PARTNER_CUES,
      ...ADULT_OWN_PARTNER_AGED_CUES,
      // Round 24: a friend's partner, not any friend in the window ("her boyfriend, 23, is the brother of her friend" is
      // hers): the friend with a partner ("her friend has a boyfriend", "her friend and her boyfriend", "her friend
      // Amy's boyfriend").
      'friend|friends|mate|mates has|have|had|got|is|was|with [got] [a|an] [new|older] boyfriend|boyfriends|girlfriend|girlfriends|partner|bf|fella',
      'friend|friends|mate|mates and her|his|their boyfriend|boyfriends|girlfriend|girlfriends|partner|bf|fella',
      'friend|friends|mate|mates * boyfriend|boyfriends|girlfriend|girlfriends|partner|bf|fella',
      // Fix 24A: the friend named, then her partner ("her friend Chloe, whose boyfriend", "her friend Leah, and Leah's
      // boyfriend", "her friend Mia went to Mia's boyfriend's flat", "the boyfriend of her friend").
      'friend|friends|mate|mates * whose boyfriend|boyfriends|partner|bf|fella',
      "friend|mate * and|to|went [to] [meet] * boyfriend|boyfriend's|boyfriend’s|partner|bf|fella",
      'and|with the boyfriend|boyfriends|partner|bf|fella of her|his|their friend|friends|mate|mates',
      'no boyfriend|boyfriends|girlfriend|girlfriends|partner',
      'called|calls|calling|styled|styles himself|herself',
      // Round 22: a distance or a time, not an age ("about 20 minutes from her boyfriend's school").
      `about|around|approx|approximately|roughly|nearly ${AGE_NUMBERS} minutes|mins|miles|metres|meters|yards|km|times|pounds|quid|people|percent|months|weeks|days|hours`,
      `${AGE_NUMBERS} years|yrs ago`,
      // Review 26: how long they have been together, not an age, now that "a partner of 29" is an adult cue ("her
      // boyfriend of 18 months, who is in her year at school").
      `boyfriend|girlfriend|partner|bf|husband|wife of ${AGE_NUMBERS} months|weeks|days|years|yrs`,
      // Round 22: a same-age couple either side of 18 ("Mae is 17 and her girlfriend is 18"; review 22A: not 16 and 18),
      // or two adults ("both are adults"), or someone else's partner named by their role ("the caller's boyfriend, aged
      // 30").
      'is|aged 17 and her|his|their boyfriend|girlfriend|partner is|aged 18',
      // Round 29C: two adults ("the tenant lives with her partner, both in their fifties"), or a care leaver of 18 or more
      // ("Chantelle, 19, a care leaver, has moved in with her boyfriend of 26").
      // Review 29C: the couple named, not "her boyfriends are all in their twenties", "her boyfriend and his mates, both in
      // their twenties".
      'partner|boyfriend|girlfriend|husband|wife|couple both in their twenties|thirties|forties|fifties|sixties|seventies|eighties',
      // Review 29C: the care leaver's own partner, not "Kayla, 15, stays with her boyfriend, 19, a care leaver".
      '18|19|20|21|22|23|24|25 a|an care leaver [*] [*] [*] with her|his boyfriend|girlfriend|partner',
      // Round 29C: parts in a play ("the older boyfriends in the sixth-form drama were played by Year 13 students").
      // Review 29C: the part or the show named, not "met her older boyfriend at drama club", "he played her music", "her arm
      // in a cast".
      'played|portrayed|acted by',
      'in|from the|a|an|our|this|their [*] [*] drama|musical|panto|pantomime|script',
      'in the|a play from|by|at|about|with',
      // Round 25: the same ages in brackets ("Zoe (17) attended with her boyfriend (18) from college").
      '17 [*] [*] [*] [*] boyfriend|girlfriend|partner [is|aged] 18',
      'both are|were [over] adults|18',
      "caller's|caller’s|neighbour's|neighbour’s|tenant's|tenant’s|woman's|woman’s|witness's|witness’s",
      // Review 22B L3: not the bare nouns, which silenced "her neighbour says her boyfriend is 24"; the pair only.
      'neighbour|neighbours|tenant|tenants|landlady|lodger|lodgers|colleague|colleagues and her|his|their boyfriend|girlfriend|partner',
      'neighbour|neighbours|tenant|tenants|landlady|lodger|lodgers|colleague|colleagues lives|lived|living|stays|stayed with|in her|his|their boyfriend|girlfriend|partner',
      // Round 23: the one whose partner it is is an adult by age ("the 19-year-old bar worker and her partner, 20").
      // Review 23A: "the" only: "found Tia with a 30-year-old man and her boyfriend" is the child's boyfriend.
      `the ${AGE_TOKENS} [*] [*] and her|his|their boyfriend|girlfriend|partner|husband|wife|fiance|fiancé`,
      // Probe 23: another young person's partner ("The older boy's girlfriend is 19"), not "the 14-year-old boy's
      // girlfriend, a woman of 23".
      "older|other|elder|another boy's|boy’s|lad's|lad’s|girl's|girl’s boyfriend|girlfriend|partner|boyfriends|girlfriends",
      // Probe 24: the grooming named as the source of the word ("groomed into believing the 25-year-old was her
      // boyfriend"), and an adult woman's own partner ("the adult woman has a boyfriend aged 40").
      'groomed|manipulated|tricked|deceived|conditioned|led into believing|thinking',
      'made|led|groomed her|him|them to believe|think',
      'adult|grown woman|women|lady|female has|had|have|with a|her boyfriend|partner',
      // Probe 25: an adult customer or guest with her own partner ("the woman came in with her partner to collect his
      // prescription", "the man said the woman was his girlfriend").
      // Review 25B: not a patient, often the child at a GP's ("the patient, 14, came in with her boyfriend who is 24"), nor
      // a guest or tenant whose age is given ("the guest, 15, arrived with her boyfriend who is 30").
      'woman|lady|guest|customer|tenant [adult|older|elderly|regular|female|male|other] came|comes|arrived|arrives|walked|was|is [in] with her|his partner|boyfriend|husband|girlfriend',
      'woman|lady was|is his|her girlfriend|partner|wife',
      'woman|lady|guest|customer|tenant said|says|told [me|us|staff] [that] her|his partner|boyfriend|husband|girlfriend',
      // The abuser's own pretence or description, reported ("groomed her by posing as a boyfriend", "the man, 30,
      // described the girl as his girlfriend in interview").
      'posing|posed|poses|pretending|pretended|pretends as|to [be] [a|her|his] boyfriend|girlfriend',
      // Only the man's word for the girl: "the record describes him as her boyfriend" is the record's label (fresh11).
      // Review 24B: with the man as the subject, not "Her boyfriend, 22, introduced her as his girlfriend" (the record's word).
      'man|men|male|adult|he|suspect|defendant|perpetrator|abuser|offender [*] [*] described|describes|describing|referred|refers|introduced|introduces [to] her|the [girl|child] as his girlfriend',
    ],
    window: 7,
  },
  {
    id: 'dating_adult',
    // Courtship words name the adult as a suitor: adult-centred, as annotators read them (round 21: "yp is dating a
    // 24-year-old", "courting a man in his twenties"); casual sex words imply consent (casual_sex_adult).
    patterns: ['dating|dated|dates', 'going|goes|went|go out with', 'courting'],
    category: 'adult_centred_label',
    explanation: 'Uses the words of adult romance for an adult’s sexual contact with a child, which hides grooming and the age gap.',
    alternatives: ADULT_SEXUAL_CONTACT_ALTERNATIVES,
    source: 'language_matters', // [B] "in a relationship with"
    requiresNear: ADULT_CUES,
    unlessNear: ADULT_ROMANCE_VETOES,
    window: 5,
  },
  {
    id: 'older_friends',
    patterns: ['older friend|friends|mate|mates|pal|pals', 'adult friend|friends|mate|mates'],
    category: 'adult_centred_label',
    explanation: 'Calls older people around the child "friends", which presents possible groomers as a normal peer group.',
    alternatives: [
      'Older people (record names and ages) the child spends time with: concern that they are grooming or exploiting the child',
      'Adults aged [ages] are in contact with the child: record how they met and what is given or expected',
    ],
    source: 'language_matters', // [B] "spending time with … older men"
    // Round 23: friends older than the child but children themselves ("older friends from the football club who are 17").
    // Review 23A: after a club or a school year only; "older friends who are 17 and 24", "aged 17 to 30" name adults.
    unlessNear: [
      'club|team|academy|school|college|year|class who|they are|were [all|both|only] 14|15|16|17',
      // Probe 25: a pupil a year or two above ("walks to school with an older friend from Year 11"). Review 25B: the
      // friend's year, not the child's own ("she is in Year 9 and has older friends who are in their twenties").
      'friend|friends|girl|girls|boy|boys|pupil|pupils|student|students|lad|lads from|in year|yr 8|9|10|11|12|13',
      // Review 25B: the friend from the sixth form, not the child in it ("she is in the sixth form and spends weekends with
      // older friends who are 25").
      'friend|friends|girl|girls|boy|boys|pupil|pupils|student|students|lad|lads from|in [the] sixth form',
      'friend|friends|girl|girls|boy|boys|pupil|pupils|student|students|lad|lads from|in [the] sixth-form',
      'sixth-former|sixth-formers',
    ],
    window: 8,
  },
  {
    id: 'my_mate_adult',
    patterns: ['my mate|mates|friend|friends|bredrin|pal|pals|bestie|bro'],
    category: 'adult_centred_label',
    explanation:
      'The child’s word for an older person who gives them things or controls them. Recording it without the age and context presents a possible groomer as a peer.',
    alternatives: [
      'Older people (record names and ages) the child calls friends: concern that they are grooming or exploiting the child',
      'An older person (record their age) whom the child trusts: record what they give and what they expect',
    ],
    source: 'language_matters', // [B] "spending time with … older men"; talk about contexts, not relationships
    requiresNear: ADULT_CUES,
    unlessNear: ['school|class|year|college|same|age|younger|primary'],
    window: 5,
  },
  {
    id: 'sugar_daddy',
    patterns: ['sugar daddy|daddies|baby|babies|mummy|mummies', 'sugar-daddy|sugar-daddies'],
    category: 'adult_centred_label',
    explanation: 'Presents an adult who gives a child money or gifts for sexual contact as a generous partner. This is child sexual exploitation.',
    alternatives: [
      'An adult is giving the child money or gifts and sexually abusing them: this is child sexual exploitation',
      'The child is being sexually exploited by an adult who gives them [what was given]',
    ],
    source: 'language_matters', // [B] contexts of "exchange"
  },
  {
    id: 'punters',
    patterns: ['punter|punters|johns', "punter's|punter’s"],
    category: 'adult_centred_label',
    explanation: 'Calls adults who pay to abuse a child "punters" or customers, which makes child sexual abuse sound like a business.',
    alternatives: ['Adults paying to sexually abuse the child (record who they are)', 'Perpetrators of child sexual abuse'],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
  },
  {
    id: 'olders',
    // Session 23: not "the older ones", the plain description of older children or adults ("the older ones hit them if
    // they lose a parcel", "given a phone by the older ones"): no tuning set marks it (6 lines).
    patterns: ['olders|elders'],
    category: 'adult_centred_label',
    explanation:
      'Street slang from the exploiters’ own hierarchy ("olders" and "youngers"). Recording it accepts their framing; name the people and their ages instead.',
    alternatives: [
      'Older young people or adults (record names and ages) who are criminally exploiting the child',
      'The people controlling the drug line: record who they are and how they control the child',
    ],
    source: 'language_matters', // [B] "Associating with … elders"
    unlessNear: [
      // Round 23: church elders ("the elders run the tuck shop").
      // Review 23B: not a bare "Sunday" ("went missing on Sunday and was found with the olders").
      'tuck|hymn|hymns|prayer|prayers|congregation|parish|minister|vicar|pastor|imam|worship',
      // Session 22b: a church's officers ("led by two elders and a deacon").
      'deacon|deacons|priest|priests|rabbi|bishop|trustees|chaplain',
      'sunday school|service|services|worship|mass',
      // Round 29b: the place names the faith's elders, not the street's olders ("the boys at the mosque say Hamza is with
      // the olders now").
      'church|chapel|mosque|temple|gurdwara|synagogue|faith|community|tribal|village|council|religious|clan|family [*] [*] [*] [*] elders|elder',
      'elders|elder [*] [*] [*] [*] church|chapel|mosque|temple|gurdwara|synagogue|faith|community|tribe|tribal|village|council|religious|clan',
    ],
  },
  {
    id: 'boss',
    patterns: ['boss|bosses|bossman|boss-man|bossmen|gaffer|gaffers', 'boss man|men'],
    category: 'adult_centred_label',
    explanation: 'Calls the adult who runs a drug line the child’s "boss", the exploiters’ own framing of the child as an employee.',
    alternatives: ['The adult (record name and age) who is criminally exploiting the child', 'The person controlling the drug line the child is exploited in'],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    // Only in a drug-supply context: drugs, the line's goods and errands, or the care that buys the child ("dropped in
    // Barrow by his boss and told to ring when the bag was empty", "does jobs for his boss ... gets looked after").
    requiresNear: [
      ...CCE_CUES,
      'phone|phones|burner|trap|runner|runners|cash|money|debt|owes|owe|olders|elders',
      'gives|gave|pays|paid him|her|them',
      'bag|bags|package|packages|parcel|parcels|errands|drops',
      'looked after',
      'does|doing|did|do jobs|errands|runs for',
      // Round 23: orders and control from the "boss" ("taking orders from his boss over Snapchat", "Dan's my boss, I do
      // what he says and he looks after me"); not "took orders from his boss" at work.
      'snapchat|whatsapp|telegram',
      'looks|look|looking after',
      'do|does|did what he|she|they says|say|said|tells|told',
      // Round 25: the boss's anger or threats, a child brought across a border with the "boss", or the man the child
      // calls "the boss" ("his boss would be angry if he came back without the money", "Mariam was travelling with her
      // boss", "calls the man in Norwich 'the boss'").
      'angry|punish|punished|punishes|hurt|hurts|threatened|threatens|threats|beat|beaten',
      'travelling|traveling|travelled|traveled|smuggled|trafficked|border|passport|passports|lorry',
      'calls|called the|this|that|an|a [older] man|men|adult|male',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'shop|bakery|café|cafe|restaurant|job|shift|shifts|apprenticeship|saturday|saturdays|sunday|sundays|weekend|weekends|manager|employer|placement|wage|wages|salary|supermarket|garage|site',
      // Review 23A: a real job's boss ("her boss at the vet's added her to a WhatsApp group for rota changes").
      "rota|rotas|vet's|vets|riding|stables|stable|nursery|farm|salon|strict",
      'minimum|payslip|payslips|contract|contracts|hourly',
      // Round 25: an adult's own workplace ("the boss of the taxi firm threatened to sack the driver").
      // Review 25A: not "staff" or "colleague", who hear the child ("he told my colleague that his boss will hurt him").
      'firm|company|sack|sacked|sacking|depot|employees|conference',
      // Review 25A: an ordinary job's boss who is angry ("her boss at Tesco was angry that she was late", "his boss at the
      // football academy said he beat the club record").
      "tesco|asda|aldi|lidl|morrisons|sainsbury's|sainsburys|chippy|academy|record|customers",
      // Review 25F: a Saturday job's shift ("her boss at Primark was angry that she missed a shift").
      "shift|shifts|primark|greggs|costa|boots|mcdonald's|mcdonalds|kfc|nando's|nandos|subway",
      "hairdresser|hairdresser's|hairdressers|salon|barber|barber's|barbers|shop's|café's|cafe's|office",
      'work experience',
      // Round 19: the owner of a car wash where a child works ("the boss keeps his wages").
      'car wash|washes',
      'carwash|carwashes',
    ],
    window: 8,
  },
  {
    id: 'uncle_not_related',
    patterns: ['uncle|uncles|auntie|aunty|aunt|cousin'],
    category: 'adult_centred_label',
    explanation: 'Uses a family title for an adult who is not a relative, the name an abuser gives himself to gain trust and explain why he is with the child.',
    alternatives: [
      'An unrelated adult (record name and age) who has contact with the child',
      'An adult who calls himself a relative of the child: record who he is and how they met',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    requiresNear: [
      'not|no related|relation|relative|relatives|family',
      'not a|his|her|their real|actual|blood uncle|relative|aunt|auntie|aunty|cousin',
      'unrelated|so-called',
      'calls|called|calling|refer|refers|referred|known|introduced|introduces himself|herself as',
      // Round 25: an apposition that names a stranger ("lives with her auntie, a woman who met her at Heathrow", fresh24).
      // Review 25A: collected or picked up at a place of arrival, not where relatives collect a child ("her uncle, a man
      // who collected her from school").
      'a|an [older] woman|man who met|found her|him|them',
      'a|an [older] woman|man who collected|picked her|him|them [up] from|at [the|a] [*] airport|heathrow|gatwick|stansted|port|ferry|lorry|border|coach|services',
      // Round 28: the writer doubts the kinship of the adults themselves ("the men are her uncles but they do not seem
      // related"); not things that "do not seem related" (two incidents).
      'they|he|she|who do|does|did not seem|appear|look [to] [be] related',
    ],
    // Round 22: the writer reports the adult's claim and what checks showed ("the adult travelling with Mariam claimed to
    // be her uncle; checks showed no family link").
    unlessNear: [
      'claimed|claims|claiming|claim|purported|purporting|purports|pretended|pretending|pretends to be',
      // Round 29C: the adult's claim in reported words ("the man told her he was the girl's uncle; police later found he
      // was not related").
      // Review 29C: the adult's words, not the child's ("she told staff he is her uncle; he is not related").
      'man|woman|male|female|adult|suspect told [her|him|them|staff|us|police|officers] he|she was|is the|her|his [*] uncle|aunt|auntie|aunty|cousin',
    ],
    window: 8,
  },
  {
    id: 'clients',
    contextInSentence: true,
    patterns: ['client|clients|customer|customers'],
    category: 'adult_centred_label',
    explanation: 'Calls adults who pay to abuse a child "punters" or customers, which makes child sexual abuse sound like a business.',
    alternatives: ['Adults paying to sexually abuse the child (record who they are)', 'Perpetrators of child sexual abuse'],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
    // "Clients" is also social-care speak for service users: only in a context of sexual exploitation or paying.
    requiresNear: [
      ...SEXUAL_CUES,
      'hotel|hotels|travelodge|premier|inn|flat|flats|room|rooms|pimp|pimps|paid|pay|pays|paying|punters|meets|meet|meeting|met|sees|seeing|saw|booked|arranged|exploited|exploitation|cse|trafficked',
      // Session 21: the men named as the child's customers ("the men referred to in the police notes as Lucy's customers",
      // fresh24), or customers who ring the child ("The customers ring her on the second phone after midnight", fresh33).
      'men|males',
      'ring|rings|rang|phone|phones|phoned|call|calls|text|texts|texted|message|messages|messaged her|him',
    ],
    unlessNear: [
      'solicitor|solicitors|lawyer|lawyers|barrister|accountant|firm|business|advocate',
      // Round 25: a clinic's word for the child it sees ("Sexual health note: client says her partner is 25").
      'client says|said|reports|reported|states|stated|attended|attends|disclosed|discloses|presents|presented|declined|requested|consented|denies|denied',
      'service|services|caseload|worker|workers|support|agency|agencies|team|our|their|shop|bakery|café|cafe|restaurant|bank|salon|store|job|shift|serves|served|serving',
      // Round 18: a business's customers or a seized client list ("the hotel's customers gave statements").
      "list|lists|regular|regulars|shop's|shop’s|hotel's|hotel’s|salon's|salon’s|firm's|firm’s|store's|store’s",
      // Round 29C: a clinic's or a pharmacy's clients ("the adult clinic's clients can now book online"), a customer
      // collecting a prescription, customers barred by a business, and the child as the clinic's client ("client is 14").
      // Review 29C: not "methadone" or "prescription" alone ("the 15-year-old's clients give her methadone").
      "clinic's|clinic’s|pharmacy's|pharmacy’s",
      'customer|customers|client|clients collecting|collects|collected|collect',
      'ban|bans|banned|bar|bars|barred [adult] customers|clients',
      // Review 29C: a consultation's client only, not "the client is 15 and her clients are older men".
      'consultation|appointment|ehc|clinic|pharmacy client is|was|aged 12|13|14|15|16|17',
      // Session 22: the clinic's client by the age that follows the word ("Client (15) requesting an STI screen",
      // "Client aged 16, routine pill check"), or by what the client asks the clinic for.
      'client [aged] 12|13|14|15|16|17',
      'client requesting|requests|requested|attending|wants|wanted|asking|asks|asked|seen|reviewed',
    ],
  },
  {
    id: 'slave',
    patterns: ['slave|slaves'],
    category: 'adult_centred_label',
    explanation: 'Flagged as a problem term in the 2022 guide. Describe the control over the child and the exploitation, not a status.',
    alternatives: [
      'The child is being exploited and controlled: record the methods of control (threats, debt, violence)',
      'The child may be a victim of modern slavery or trafficking: consider an NRM referral',
    ],
    source: 'yjlc', // [C] 2022 guide flags "slave"
  },
  {
    id: 'online_relationship',
    patterns: [
      'online boyfriend|boyfriends|girlfriend|girlfriends|relationship|relationships|romance|lover|partner',
      'internet boyfriend|girlfriend|relationship',
    ],
    category: 'adult_centred_label',
    explanation: 'Calls online grooming a relationship. Someone the child has only met online may be an adult grooming them.',
    alternatives: [
      'An unknown person online, possibly an adult, is grooming the child',
      'Someone online is using technology to access the child: record the account, platform and what was asked',
    ],
    source: 'docsbay_alternatives', // [A] "Others may be using online technology to access or abuse the child"
  },
  // ---- Adult-centred labels ----
  {
    id: 'partner_adult',
    patterns: ['partner|partners'],
    category: 'adult_centred_label',
    explanation: 'An adult is called the child’s partner. That frames the abuse of a child as a relationship between equals and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is sexually exploiting the child',
    ],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    requiresNear: ADULT_AGE_CUES,
    unlessNear: [
      // Round 23: a relative's own partner, not a relative who reports the child's (as boyfriend_adult).
      ...RELATIVE_OWN_PARTNER_CUES,
      ...ADULT_OWN_PARTNER_AGED_CUES,
      'agency|agencies|partnership|partnerships|multi-agency|safeguarding|police|business|organisation|organisations|organization|statutory|key|delivery|professional|professionals|services|notification|notifications|notified',
      // Round 22: the other person is an adult too ("the 19-year-old partner of Marley (18)", "both are adults"), or a
      // neighbour's or a tenant's partner.
      `partner|partners of * ${AGE_NUMBERS}`,
      'neighbour|neighbours|tenant|tenants|landlady|lodger|lodgers|colleague|colleagues',
      "neighbour's|neighbour’s|tenant's|tenant’s|landlady's|lodger's|colleague's",
      'both are|were [over] adults|18',
      // Round 29C: "lives with her partner, both in their fifties".
      // Review 29C: the couple named, not "her boyfriends are all in their twenties", "her boyfriend and his mates, both in
      // their twenties".
      'partner|boyfriend|girlfriend|husband|wife|couple both in their twenties|thirties|forties|fifties|sixties|seventies|eighties',
      // Round 23: the one whose partner it is is an adult by age ("the 19-year-old bar worker and her partner, 20").
      // Review 23A: "the" only, as in boyfriend_adult ("Ella, 15, with a 22-year-old and her partner").
      `the ${AGE_TOKENS} [*] [*] and her|his|their partner`,
    ],
    window: 5,
  },
  {
    id: 'man_friend',
    patterns: ['man|male friend|friends|mate|mates|pal|pals', 'manfriend|manfriends', `${PRONOUN_POSS} new friend|friends|mate|mates|pal|pals|bestie`],
    category: 'adult_centred_label',
    explanation: 'Calls an adult the child’s friend. A friendship between an adult and a child is how grooming often begins, and the word hides the age gap.',
    alternatives: ['An adult aged [age] who is spending time with the child: concern of grooming', 'Record the adult’s name, age and how the child met them'],
    source: 'language_matters', // [B] "Associating with / in a relationship with / spending time with"
    requiresNear: ADULT_AGE_CUES,
    unlessNear: ['school|class|year|college|same|younger|primary', ...OTHER_PERSON_CUES],
    window: 5,
  },
  {
    id: 'older_associates',
    patterns: ['older|adult associates|associate|acquaintance|acquaintances|companion|companions'],
    category: 'adult_centred_label',
    explanation: 'Calls the adults around the child associates, as if they were the child’s chosen circle. They may be grooming or exploiting the child.',
    alternatives: [
      'Adults (record their ages) who are spending time with the child: concern of grooming or exploitation',
      'Record who the adults are and where the child is with them',
    ],
    source: 'language_matters', // [B] "Associating with ... (gang, older men, elders)"
  },
  {
    id: 'top_boy',
    contextInSentence: true,
    patterns: ['top boy|boys', 'top man|men', 'big man|men|bro|bros', 'bigman|bigmen|bossman', 'main man|guy', 'employer|employers|handler|handlers|runners'],
    category: 'adult_centred_label',
    explanation: 'Uses the exploiters’ own titles for the people who control the child, which makes the exploitation sound like a job with a hierarchy.',
    alternatives: ['The adult (record their age) who is criminally exploiting the child', 'The person controlling the drug line and the child'],
    source: 'complex_safeguarding_wales', // [D]
    // ... or the line's phone or goods passed to the child ("was handed the phone by his top boy", round 21).
    requiresNear: [...DRUG_SUPPLY_CUES, 'handed|hands|gave|gives|given [him|her|them] [the|a|his|her] phone|phones|burner|bag|package|parcel'],
    unlessNear: [...OTHER_PERSON_CUES, 'running|runner|race|athletics|marathon'],
    window: 8,
  },
  {
    id: 'theyre_my_mates',
    patterns: [
      "they're|theyre|they’re [just] [like] my mates|friends|family|bros|brothers|boys|fam",
      "he's|hes|he’s [just] [like] my mate|friend|bro|pal|brother",
      // Session 21: the long form ('saying "they are my family here"', fresh21), a man the child calls "daddy" ('"He's my
      // daddy, he looks after me," she said about the man in the van', fresh33), and the slang word for friends, which
      // writers repeat ("Tyler's bredrins in the Audi are all in their twenties", fresh33).
      'they are|were [just] [like] my mates|friends|family|bros|brothers|boys|fam',
      "he's|hes|he’s [just] [like] my daddy",
      'he is [just] [like] my daddy',
      'bredrin|bredrins|bredren|bredrens',
    ],
    category: 'adult_centred_label',
    explanation:
      'The child calls the adults or gang who exploit them friends or family, in the words the exploiters taught them. Record it as the child’s words and name the adults.',
    alternatives: [
      'The child describes the adults as friends: record their names and ages, and the concern of grooming',
      'The child sees the group as family: concern of criminal exploitation',
    ],
    source: 'language_matters', // [B] "Associating with ... (gang, older men, elders, their abuser)"
    requiresNear: [
      ...ADULT_CUES,
      ...CCE_CUES,
      // Session 21: what the child says the adults do for them, the groomer's promise ("they look after me", "they got my
      // back"), as the tuning sets' olders and boyfriends say it.
      'look|looks|looked|looking after me|us',
      'got|get|have my|our back',
    ],
    unlessNear: ['school|class|year|college|same|younger|primary'],
    window: 8,
  },
  // ---- Scare quotes: a relationship word the author doubts ----
  {
    id: 'scare_quoted_relation',
    patterns: [
      'boyfriend|boyfriends|girlfriend|girlfriends|partner|partners|lover|uncle|uncles|auntie|aunty|aunt|cousin|cousins|bf|daddy|husband|fella|bae|protector|sponsor|benefactor|godfather|godparent',
      'family|older friend|friends|mate|mates',
      'big brother|brothers|bro|sister',
      // Round 26: the exploiter's own job title or pet name for the child in scare quotes ('Leon said his "boss" would
      // not let him come', 'she is "his princess"').
      'boss|bosses|gaffer|employer|manager|princess',
    ],
    quoted: 'scare',
    category: 'adult_centred_label',
    explanation:
      'A relationship word in scare quotes shows that the writer doubts it: the adult is likely not what the word says. Name who the adult is, their age and what they do.',
    alternatives: [
      'An adult (record name and age) who the child calls their [word]: record how they met and what the adult gives or expects',
      'An unrelated adult who has contact with the child: concern of grooming or exploitation',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    // A model of grooming taught in training ("the 'boyfriend' model") names a pattern, not an adult.
    unlessNear: [
      'model|models|method|methods|approach|technique|techniques|tactic|tactics',
      // Review 26: a part in a play, or a parent's pet name ('She played the "princess" in the panto', 'Dad calls her his
      // "princess"').
      'played|plays|playing|play the|a princess',
      'princess in|at the|a play|panto|pantomime|show|musical|production',
      'dad|daddy|father|grandad|granddad|grandpa|grandfather calls|called|call|calling her his',
    ],
    window: 2,
  },
  {
    id: 'scare_quoted_friend',
    // "Friend" in scare quotes is often the child's own word for a peer: only with an adult cue nearby.
    patterns: ['friend|friends|mate|mates|bro|bros|brother|brothers|man|fam|family|carer'],
    quoted: 'scare',
    category: 'adult_centred_label',
    explanation:
      'A word of friendship or family in scare quotes, used of an adult, shows that the writer doubts it. Name who the adult is, their age and what they do.',
    alternatives: [
      'An adult (record name and age) who the child calls their [word]: record how they met and what the adult gives or expects',
      'An unrelated adult who has contact with the child: concern of grooming or exploitation',
    ],
    source: 'language_matters', // [B] "spending time with … older men"; talk about contexts, not relationships
    requiresNear: ADULT_CUES,
    window: 8,
  },
  // ---- Adult-centred labels ----
  // ===== Round 7 (tune6): the note-writers' own wording (slang, shorthand, paraphrase) =====
  // Each entry is written for a wording family, with hard negatives in variants.test.ts (round 7 block).

  {
    id: 'her_man',
    // "Her man", "her fella", "her lad", "her other half", "b/f" (tokenized "b f"): the words of adult romance for an
    // adult who is abusing the child. "Her man" and "her fella" are adult words on their own; "lad", "other half" and
    // "b/f" need an adult age or adult word nearby, like "boyfriend".
    patterns: ['her|my man|fella|bloke'],
    category: 'adult_centred_label',
    explanation: 'Calls an adult the child’s man or partner, in the words of adult romance. That frames exploitation as a relationship and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES, 'husband|married|wife|fiance|fiancé'],
    window: 4,
  },
  {
    id: 'her_lad_adult',
    // "b/f's" (round 22: "stopping at her b/f's flat ... he is 22") is tokenized "b f's".
    patterns: ['her|my lad', 'other half', 'b f', "bf's|bf’s", "b f's|f’s"],
    category: 'adult_centred_label',
    explanation: 'Calls an adult the child’s boyfriend in everyday shorthand. That frames exploitation as a relationship and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E]; CARA prior art lists "boyfriend"
    requiresNear: [...ADULT_CUES, ...LABEL_FRAME_CUES, 'describes|calls|refers'],
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES],
    window: 8,
  },
  {
    id: 'mentor_sponsor',
    // "Like a mentor to him", "his sponsor's place", "the uncles at the car wash": an exploiting adult in the role he
    // gives himself. A school "learning mentor" or a visa sponsor is not this.
    patterns: ['like a|an mentor|sponsor', "his|her|my mentor|sponsor|sponsor's|sponsor’s", 'the uncles'],
    category: 'adult_centred_label',
    explanation:
      'Names an adult who controls or exploits the child by the caring role he claims, such as mentor, sponsor or uncle. That hides what he is doing to the child.',
    alternatives: [
      'An unrelated adult aged [age] who houses or controls the child: concern of exploitation',
      'The adult who is exploiting the child (record their name, age and what they provide or demand)',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    requiresNear: [...ADULT_CUES, 'stays|stay|staying|stayed|lives|living|sleep|sleeps|place|flat|house|money|cash|wash|work|works|look|looks'],
    unlessNear: [
      'learning|school|college|peer|youth|mentoring|programme|scheme|project|teacher|tutor|coach|church|mosque|visa|charity|sponsored|sponsorship|football|club',
      "mum|dad|mother|father|parents|aunt|aunts|auntie|cousins|nan|gran|grandparents|mum's|dad's",
    ],
    window: 8,
  },
  {
    id: 'employers_exploiting',
    // "His employers at the nail bar are holding his wages": a child in labour exploitation, named as an employee.
    patterns: ["employer|employers|employer’s|employer's|boss|bosses|gaffer|gaffers"],
    category: 'adult_centred_label',
    explanation: 'Calls adults who exploit a child’s labour the child’s employers or boss, which frames trafficking and forced work as a job.',
    alternatives: [
      'The adults who are exploiting the child’s labour (record who, where and what the child is made to do)',
      'The child may have been trafficked for labour exploitation: consider a National Referral Mechanism referral',
    ],
    source: 'complex_safeguarding_wales', // [D]; SOURCES.md 2d: a child cannot consent to being trafficked
    requiresNear: [
      'wages|documents|passport|passports|id|unpaid|debt|owes|owe|bed|food|sleep|sleeps|tells|decides|holding|keeping|keep|keeps|kept',
      'car wash',
      'nail bar|bars',
      'takeaway|farm|factory',
      'when and where',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'saturday|saturdays|sunday|sundays|weekend|weekends|part-time|apprenticeship|reference|references|interview|contract|payslip|holiday|bakery|café|cafe|supermarket|restaurant|shop|paper|manager|salon|garage|office|late|early|shift|shifts',
      'work experience',
    ],
    window: 8,
  },
  {
    id: 'regulars_customers',
    contextInSentence: true,
    // "The girls' regulars", the child's own "my customers": the men who abuse her named as her trade.
    patterns: ['regulars', 'my|her|their customers|clients|regulars'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'adult_centred_label',
    explanation: 'Calls adults who pay to abuse a child regulars or customers, which makes child sexual abuse sound like a business.',
    alternatives: [
      'Adults who are sexually abusing the child (record who, their ages and what they gave)',
      'The men who are paying to sexually abuse the child',
    ],
    source: 'language_matters', // [B] CSE: the 'exchange' connotation
    requiresNear: [
      'hotel|hotels|flat|flats|meet|meetings|meeting|sex|sexual|men|paid|pay|pays|text|texts|girls|punters',
      // Round 26: the child as the one with regulars or as one of them ("Taxi driver: she has regulars who ring the office
      // asking for her", "the girl is one of the regulars"), now that a writer's heading ("Taxi driver:") meets no cue.
      // (Starting at the rarer word: the performance rule.)
      'regulars who|that ring|rang|rings|call|calls|called|phone|phones|phoned|text|texts|texted|ask|asks|asked [*] [*] [*] for|after her|him',
      'girl|lass|lad|boy|yp is|was one of the|his|their regulars',
      // Review 26: a hotel's room named in the note ("Hotel night manager: the girl in room 12 has regulars"), now that the
      // writer's heading meets no cue.
      'room|rooms',
    ],
    unlessNear: [
      'shop|café|cafe|pub|club|youth|market|stall|gym|bakery|salon|business|paper|round|job|saturday|vinted|depop|ebay',
      // Review 26: a child who is one of the regulars at a run, a library, a food bank or a place of worship.
      'parkrun|library|foodbank|food|church|mosque|temple|gurdwara|skatepark|skate|pool|leisure|drop-in|allotment|allotments',
      // Probe 25: adult guests named ("Mr and Mrs T are regulars at the hotel"), a firm's own regulars ("we have regulars
      // who ring the office every Friday for the airport run").
      // Review 25B: the named adults as the regulars, not a girl who comes in with Mr H.
      'mr|mrs|ms [*] [and] [mr|mrs|ms] [*] is|are|was|were|have|has',
      'couple|couples are|were|is|was',
      // Round 26: a business's own regulars ("the hotel's regulars are mostly contractors", "the firm's regulars who phone
      // for the school run"): its customers, not the child's abusers.
      "firm's|company's|office's|hotel's|pub's|club's|shop's|café's|cafe's|bar's|gym's|salon's|firm’s|company’s|hotel’s|pub’s|club’s|shop’s regulars|customers|clients",
      // Review 25B: not "we get regulars who bring young girls to the rooms".
      'we|i|firm|company|office have|has|had [our|its|my] [own] regulars',
    ],
    window: 10,
  },
  // ---- Blame ----
  // Wording from published reviews and guidance found missing in a probe (2026-11-30).
  {
    id: 'online_friend',
    patterns: ['online friend|friends|mate|mates|boyfriend|girlfriend|buddy'],
    category: 'adult_centred_label',
    explanation:
      'Calls an adult the child has met only online a friend, which hides grooming. Someone who sends a child money or gifts, or asks to meet, is not a friend.',
    alternatives: [
      'An adult (age?) the child has been in contact with online, who [sends gifts / asks to meet]',
      'A person the child knows only online: record their age and what they have asked of the child',
    ],
    source: 'nspcc', // NSPCC, Why language matters: "online friends" (2024)
    requiresNear: [...ADULT_CUES, 'money|credit|credits|gift|gifts|vouchers|meet|meeting|pictures|photos|images|older'],
  },
];

// Case-note wording for SAFEGUARD A: alcohol and drug misuse (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import {
  ADULTS,
  ADULTS_NOT_PEOPLE,
  ALCOHOL,
  DRUGS,
  EDUCATION_CUES,
  FAMILY,
  HARD_DRUGS,
  HER,
  INTOXICATION_CUES,
  MEDICINE_GIVEN_CUES,
  PRESCRIBED_CUES,
  SOFT_DRINK_CUES,
} from './words.ts';

export const ALCOHOL_DRUGS_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Wording from published reviews and guidance found missing in a research probe ----
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
      // Session 22: what a search found or did not find ("Police searched him; no drugs found", "searched his bag and
      // found no drugs": go_carrying_drugs, four sets), not the child's use.
      'drugs|drug [were|was] found|located|recovered',
      'found|located|recovered no drugs',
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
  // ---- Round 7 ----
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
  // Drinking every weekend ("she used to drink every weekend").
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drink|drinks|drinking|drank every|most weekend|weekends|evening|evenings|week'],
    // Rev-ind-3: a hot drink made for the child.
    unlessNear: [...SOFT_DRINK_CUES, 'hot|chocolate|cocoa|milk|tea|bedtime|make|makes|made'],
    window: 4,
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
    code: 'ad_supply_controlled',
    patterns: ['cuts|cut|cutting her|him|them off when|if'],
    requiresNear: [`${HARD_DRUGS}|drugs|supply|gear|crack`],
    window: 12,
  },
  // ---- Round 8 ----
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
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [`drinks|drank|drinking|downs|downed|downing [a|half|two|three|four|2|3|4] [a] bottle|bottles|litre|litres|can|cans of ${ALCOHOL}`],
  },
  // ---- Round 9 ----
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
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['attendances|attendance|admissions|admission for intoxication|overdose|alcohol'],
  },
  {
    code: 'ad_supply_controlled',
    patterns: [`needs|need|needed the ${DRUGS} they|he|the|men supply|give`, `hooked on the ${DRUGS} [the] [*] give|gives|supply|supplies`],
  },
  // Session 22: the family written out: needing, depending on or hooked on what adults give, in any tense, with or without
  // "the" and "that" ("needs cocaine that the men give her", "may depend on the cannabis the men give him", "became
  // dependent on the drugs the men gave her", "needs the weed and the olders are the only ones who give it to him").
  {
    code: 'ad_supply_controlled',
    patterns: [
      `needs|need|needed|needing|craves|craving|depends|depend|depended|depending|relies|rely|relied|relying [on] [the] ${DRUGS} [that|which] [the] [*] [*] give|gives|gave|given|giving|supply|supplies|supplied|provide|provides|provided`,
      `dependent|dependant|reliant|hooked|addicted [on|to] [the] ${DRUGS} [that|which] [the] [*] [*] gave|given|giving|supplied|provided|gives|give`,
      `needs|need|needed [the] ${DRUGS} and the olders|men|elders|lads|group|gang are|were the only ones who give|gives|supply|supplies`,
    ],
  },
  { code: 'ad_substances_with_sex', patterns: ['given vodka|alcohol|drink|drugs and then raped|assaulted'] },
  { code: 'ad_supply_controlled', patterns: ['spice|drugs that the older lads|men keep giving him|her', 'controlling her|his access to'] },
  { code: 'ad_substances_with_sex', patterns: [`plied with ${ALCOHOL}|drink|drugs before|then being abused|raped|assaulted`] },
  { code: 'ad_supply_controlled', patterns: [`kept on ${DRUGS} by`] },
  { code: 'ad_substances_given', patterns: [`gives|gave|giving them|her|him free drink|${ALCOHOL}|drugs|weed`] },
  { code: 'ad_supply_controlled', patterns: ['controls|controlled|controlling her|his|their supply'] },
  { code: 'ad_supply_controlled', patterns: ['control her|his|their supply'] },
  // ---- Round 17 ----
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['drinks|drinking from the morning', 'drinks|drinking from first thing', 'drinks|drinking all|every day', 'drinks|drinking daily'],
    unlessNear: [SOFT_DRINK_CUES[0]!, 'water|tea|coffee'],
  },
  // ---- Round 18 ----
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
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [
      'drunk|intoxicated|incapable and unable to stand|walk',
      'unable to stand|walk',
      // Session 21: drunk and being sick or passing out ("found drunk and vomiting by paramedics outside the station",
      // fresh33), as "drunk and unable to stand".
      'drunk|intoxicated|paralytic and vomiting|sick|unconscious|unresponsive|incoherent|collapsed',
    ],
    requiresNear: ['drunk|intoxicated|alcohol|etoh|drink|vodka|found'],
    window: 6,
  },
  // ---- Round 21 ----
  {
    code: 'ad_supply_controlled',
    patterns: [
      `relies|relied|depends|depended|dependent|reliant on [a|an|the|one] [older] [*] man|men|dealer|dealers|adult|adults|olders|male|males|him|them for [her|his|their] ${DRUGS}|gear|alcohol|${HARD_DRUGS}`,
      `only give|gives|gave|supply|supplies|supplied [*] ${DRUGS}|${HARD_DRUGS}|alcohol|${ALCOHOL} if|when`,
    ],
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
  // Too drunk or high to refuse: "too drunk to say no", "too high to consent".
  {
    code: 'ad_substances_with_sex',
    patterns: ['too drunk|high|intoxicated|stoned|wasted to say|consent|resist|refuse', 'too drunk|high|intoxicated|stoned|wasted to remember what happened'],
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
  // ---- Round 24, third pass ----
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
  // ---- Round 25 ----
  // Drugs given only on the adults' terms: "the men only give her the spice if she does what they say".
  {
    code: 'ad_supply_controlled',
    patterns: [`only give|gives|gave|giving|let|lets [her|him|them] [the|any|some] ${DRUGS}|drink|alcohol|vodka|${HARD_DRUGS} if|when`],
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
  // Drugs or drink handed over, in the passive with the child named: "pills given to him by older boys".
  {
    code: 'ad_substances_given',
    patterns: [`${DRUGS}|${ALCOHOL}|drink|drinks|${HARD_DRUGS} given|handed|supplied|passed to her|him|them by`],
    unlessNear: ['doctor|gp|nurse|pharmacist|paramedic|paramedics|hospital|prescribed|prescription|ambulance|staff|medication'],
    window: 8,
  },
  // ---- Probe 25 ----
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
  // Kept supplied ("the men keep him supplied with weed so he has to keep coming back").
  {
    code: 'ad_supply_controlled',
    patterns: [`keep|keeps|kept|keeping her|him|them supplied|stocked with|in ${DRUGS}|${ALCOHOL}`],
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
  // ---- Round 27 ----
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
  // The group controlling the child's supply of drugs ("the group controls Zak's supply of crack").
  {
    code: 'ad_supply_controlled',
    // Review 27: one word for the child ("Zak's supply"), not "the water supply" or "the access to the hall".
    patterns: [`[older] ${ADULTS}|olders|elders|dealers|group|gang|they controls|controlled|control|controlling * supply|access`],
    unlessNear: ['controls|controlled|control|controlling the|a|an|its|our|your'],
  },
  // ---- Round 27, second batch ----
  // Taken to an emergency department after drinking ("was taken to A&E after drinking a litre of vodka").
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['taken|brought|admitted|conveyed to a e|hospital|ed after drinking|taking|using'],
    // Review 27: a household chemical swallowed, or a fall.
    unlessNear: ['bleach|detergent|chemical|chemicals|cleaning|tumble|fall|knock|turn|inhaler'],
    window: 8,
  },
  // Pills the man gives her ("she needs the pills the man gives her").
  {
    code: 'ad_supply_controlled',
    patterns: [
      `needs|needed|wants|wanted|craves the ${DRUGS}|${ALCOHOL} the|that [older] man|men|olders|group|gang|dealers give|gives|gave|supply|supplies`,
      `relies|relied|depends|depended on the ${DRUGS}|${ALCOHOL} the|that [older] man|men|olders|group|gang|dealers give|gives|gave|supply|supplies`,
    ],
  },
  // ---- Round 28, third batch ----
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
  // Brought into hospital after a drug ("brought in drowsy and confused after taking ketamine"):
  // ad_intoxication_hospital.
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [`brought|taken in [*] [*] [*] [*] after taking|drinking|using|smoking ${HARD_DRUGS}|${ALCOHOL}|drugs|pills|substances`],
    unlessNear: ['bleach|detergent|chemical|chemicals|cleaning|tumble|fall|knock|turn|inhaler|prescribed|medication|paracetamol|ibuprofen'],
    window: 8,
  },
  // ---- Round 29 ----
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
  // ---- Round 32 ----
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
];

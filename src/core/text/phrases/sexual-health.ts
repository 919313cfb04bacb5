// Case-note wording for SAFEGUARD S: sexual health and behaviour (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { ADULT_YEAR_OLD, EDUCATION_CUES, FAMILY_NOT_CARERS, INTOXICATION_CUES } from './words.ts';

export const SEXUAL_HEALTH_PHRASES: readonly IndicatorPhraseEntry[] = [
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
  // ---- Probe 23 ----
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
      // Session 21: also with "adult" or "older" and a count's "up to" ("sex with up to ten men", "several adult sexual
      // partners", "had sex with several different adult men": fresh33).
      'multiple|several|many|numerous|different|various [different] [adult|older] sexual partners',
      'multiple|several|many|numerous|various partners',
      'more than one sexual partner|partners',
      'number of sexual partners',
      '2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten partners in',
      'sex with [up|at|more|as] [to|least|than|many] [as] 2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous [different] [adult|older] men|males|boys|people|partners',
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
  // ---- Wording from published reviews and guidance found missing in a research probe ----
  {
    code: 'sh_sexual_assault',
    patterns: ['passed|handed around|round|between [*] [men|males|adults|friends] for sex', 'passed|handed around|round for sex'],
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
  // ---- Round 7 ----
  // "Has 'been with' several men": many partners in the child's or a clinic's words.
  {
    code: 'sh_many_partners',
    patterns: [
      // Review rev-probe-1: not "people" (a ward, a college).
      'been with several|many|multiple|different|numerous men|boys|males|partners|lads|guys',
      'been with lots of men|boys|males|partners|lads|guys',
    ],
  },
  {
    code: 'sh_sexual_assault',
    patterns: ['woke|wakes|waking|awoke|woken up with a|an|the [older] [adult] man|men|male|boy|stranger on top of|inside'],
    unlessNear: [...INTOXICATION_CUES, 'given|pills|drink|drinks'],
    window: 12,
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
  // ---- Round 9 ----
  { code: 'sh_pregnancy', patterns: ['preg|pregnancy test positive', 'pregnancy test was|came back positive'] },
  {
    code: 'sh_many_partners',
    patterns: ['two|three|four|five|six|several|many|multiple|2|3|4|5|6 different men|males|partners|boys|lads'],
    requiresNear: ['sex|sexual|slept|sleeping|partners|named'],
  },
  { code: 'sh_emergency_contraception', patterns: ['ehc|ec given|issued|requested|prescribed'] },
  { code: 'sh_sexualised_behaviour', patterns: ['acting|acts|acted|act out sex|sexual acts|act'] },
  {
    code: 'sh_sexual_activity',
    patterns: [`slept|sleeping|sleeps|sleep with the ${ADULT_YEAR_OLD}|man|men|older`],
  },
  {
    code: 'sh_termination',
    patterns: ['second|third|another|previous|repeat top|tops'],
    requiresNear: ['pregnancy|pregnant|termination|terminations|abortion|clinic|bpas|gestation|weeks|year'],
  },
  { code: 'sh_pregnancy', patterns: ['had a baby at|when'] },
  { code: 'sh_many_partners', patterns: ['handed|passed from man to man'] },
  { code: 'sh_many_partners', patterns: ['passed between several|different|many men|males', 'passed between a number of men'] },
  { code: 'sh_termination', patterns: ['referred|booked for top'] },
  { code: 'sh_pregnancy', patterns: ['hcg'] },
  { code: 'sh_sexualised_behaviour', patterns: ['sexual knowledge'] },
  { code: 'sh_emergency_contraception', patterns: ['emergency hormonal contraception'] },
  { code: 'sh_many_partners', patterns: ['intercourse with several adult men'] },
  { code: 'sh_pregnancy', patterns: ['expecting her * baby'] },
  { code: 'sh_many_partners', patterns: ['four|five|six|seven|eight|several|multiple different men|males|partners', 'other sexual partners'] },
  {
    code: 'sh_sexual_activity',
    patterns: [`disclosed|disclosing|reported|reports|had|has sex|intercourse with a|an ${ADULT_YEAR_OLD}`, 'intercourse with a|an adult|older male|man'],
  },
  { code: 'sh_sexualised_behaviour', patterns: ['drawing|drew|draws [explicit] sexual|sexualised|explicit pictures|images|drawings'] },
  { code: 'sh_many_partners', patterns: ['passed between|around [at] [least] * men|males', 'passed between|around men|males'] },
  // ---- Round 17 ----
  {
    code: 'sh_emergency_contraception',
    patterns: [
      'requesting|requests|requested|request|needed|needs|wanted|wants|supplied|supply|given|gives|issued|for ehc',
      'levonorgestrel|ulipristal|levonelle|ellaone',
    ],
  },
  { code: 'sh_termination', patterns: ['top'], requiresNear: ['weeks|gestation|lmp|termination|abortion|bpas|advisory|pregnant'], window: 5 },
  // ---- Round 21 ----
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
    code: 'sh_sexualised_behaviour',
    patterns: ['simulated|simulates|simulating sex|sexual', 'sexual language|knowledge [well] beyond [her|his|their] age|years'],
  },
  { code: 'sh_sexual_assault', patterns: ['touched|touching|touches her|him|them sexually'] },
  {
    code: 'sh_sexualised_behaviour',
    patterns: ['touching|touched|touches other children|pupils|kids sexually|inappropriately'],
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
  // ---- Round 23 ----
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
  // ---- Round 25 ----
  // More than one person (sexual health, SARC): "unclear whether more than one man had sex with her".
  {
    code: 'sh_many_partners',
    patterns: ['more than one man|person|male|boy|adult|lad|guy'],
    requiresNear: ['sex|sexual|slept|sleeping|intercourse|raped|abused'],
    // Review 25C: other children, not partners ("more than one boy in her class has been abused online").
    unlessNear: ['class|year|school|pupils|children|online'],
    window: 6,
  },
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
  // ---- Probe 25 ----
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
  // Sex with many people in plain words ("sleeping with lots of different people").
  {
    code: 'sh_many_partners',
    patterns: [
      'sex with lots|loads|plenty of [different] people|men|boys|lads|guys',
      'sleeping|slept|sleeps|sleep with lots|loads of [different] people|men|boys|lads|guys',
    ],
  },
  // More than one man ("more than one man had sex with her").
  {
    code: 'sh_many_partners',
    patterns: ['more than one man|men|male|boy|adult|person [has|had|have] [had] sex|raped|abused'],
  },
  // ---- Round 27, second batch ----
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
  // ---- Round 28, second batch ----
  // Touched or assaulted "sexually" after the verb ("was touched sexually by a taxi driver"): sh_sexual_assault.
  {
    code: 'sh_sexual_assault',
    patterns: ['touched|assaulted|grabbed|abused sexually'],
    unlessNear: [...EDUCATION_CUES, 'consent|law|laws|what|how|if|explained|explain', 'dog|cat|vet|animal|animals|horse|pet'],
    window: 8,
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
  // ---- Round 32 ----
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
];

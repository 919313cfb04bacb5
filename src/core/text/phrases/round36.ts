// Session 22 (fresh36, a paraphrase-heavy tuning set): signs written in idiom, slang and euphemism rather than the
// stock phrases ("did a disappearing act", "bunking off", "nothing in the fridge", "nobody in her corner", "dead on his
// feet", "clams up"), in the phrase grammar of matcher.ts; indicator-phrases.ts describes an entry. Each entry is a family
// of wordings with its inflections (test/fixtures/eval/RESULTS.md, session 22).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { ADULT_AGES, DRUGS, SELF } from './words.ts';

const PARENTS = 'mum|mam|mom|mother|dad|father|stepdad|stepmum|parent|parents|carer';
const PARENTS_POSS = "mum's|mam's|mother's|dad's|father's|stepdad's|parent's";
const APPOINTMENTS =
  'appointment|appointments|dentist|dental|doctor|doctors|gp|hospital|orthodontist|optician|clinic|medical|permission|signed|authorised|funeral|interview';
const NUMBER_WORDS = 'two|three|four|five|six|seven|several|a|few|2|3|4|5|6|7';

export const ROUND_36_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- absent and missing ----
  {
    code: 'am_missing',
    patterns: [
      'did|does|doing|do a disappearing|vanishing act',
      `was|were|has|had not|never been home|back for ${NUMBER_WORDS} nights|days`,
      `not home for ${NUMBER_WORDS} nights|days`,
      'not returned|back to [the|her|his] unit|placement|carers',
    ],
  },
  {
    code: 'am_staying_out_late',
    patterns: [
      'rolling|rolls|rolled|roll in at all hours',
      'rolling|rolls|rolled|roll in at 1|2|3|4|5 [or|and] [2|3|4|5|6] [in] [the] [morning|am]',
      'out until|till|til all hours',
    ],
  },
  {
    code: 'am_school_absence',
    patterns: [
      'bunking|bunked|bunks|bunk off',
      'bunking|bunked|bunks|bunk off school|lessons|college',
      'skiving|skived|skives|skive off',
      'walks|walked|walking|walk out at dinner|lunch|dinnertime|lunchtime|break',
    ],
    unlessNear: ['work|job|shift|shifts|office|staff|teacher|teachers|mum|dad'],
    window: 4,
  },
  {
    code: 'am_school_absence',
    patterns: ['left|leaves|leaving|leave [the] site|premises', 'been out of school|education since|for', 'missed most|much|half|all of year|term'],
    unlessNear: ['staff|teacher|teachers|visitor|visitors|mum|dad|parent|parents|builders|contractor|contractors|van|delivery', APPOINTMENTS],
    window: 8,
  },
  {
    code: 'am_school_absence',
    patterns: ['leaves|left|leaving at lunchtime|lunch|dinnertime|break'],
    requiresNear: ['school|site|lessons|registration|gate|gates|college|class|academy'],
    unlessNear: [APPOINTMENTS],
    window: 8,
  },
  {
    code: 'am_school_exclusion',
    patterns: [
      'expelled',
      'kicked|thrown|chucked out of [the] [same] school|college|academy|class|lessons',
      `sent home for ${NUMBER_WORDS} days|weeks`,
      'sent home for the rest of the week|term',
    ],
    unlessNear: ['ill|illness|sick|poorly|temperature|vomiting|headache|lice|covid|rash|chickenpox', 'bar|pub|club|party|gym|cinema'],
    window: 8,
  },
  {
    code: 'am_unknown_address',
    patterns: [
      "couldn't|could|can't|cannot|can|didn't|did|doesn't|does [not] say|tell|know whose house|flat|place|address",
      'not give|say a|an|the street|address|town|postcode',
    ],
  },
  {
    code: 'am_moved_by_others',
    patterns: ['dropped|drop|drops|left him|her|them [off] at the services|station'],
    requiresNear: ['lads|men|olders|older|males|adults|they|them'],
    window: 8,
  },
  {
    code: 'am_found_with_adults',
    patterns: ['full of grown|older|adult men|males|adults', 'full of men|blokes|adults'],
  },
  // ---- familial ----
  {
    code: 'fa_parental_mental_health',
    patterns: [`${PARENTS_POSS} nerves are|were|have|had [been] bad|shot|gone`, 'nerves are|were bad|shot'],
    requiresNear: [PARENTS, PARENTS_POSS],
    window: 6,
  },
  {
    code: 'fa_parental_substance_misuse',
    patterns: ['back on the drink|booze|bottle|gear|heroin|crack|smack', 'on the drink|booze|bottle'],
    requiresNear: [PARENTS, PARENTS_POSS],
    window: 6,
  },
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'knocks|knocked|knocking|knock her|mum|mam|him about|around',
      'batter|battered|battering|batters mum|mam|her|mother',
      'batter|battered|battering|batters her|his mum|mam|mother',
      'domestic at [the] address|home|house',
    ],
    unlessNear: ['door|doors|ball|drink|cup|vase|wall'],
    window: 4,
  },
  {
    code: 'fa_family_breakdown',
    patterns: ['put|thrown|kicked|chucked out by her|his|their mum|mam|dad|parents|mother|father|family'],
  },
  {
    code: 'fa_neglect',
    patterns: ['nothing in the fridge|cupboards|cupboard|house', 'no food in the house|fridge|cupboards', 'always hungry'],
    unlessNear: [
      'shopping|delivery|delivered|party|holiday|holidays|away|moving|moved',
      // "always hungry because of her medication", "after football"
      'medication|medicine|tablets|steroids|growing|growth|football|rugby|training|swimming|sport|sports|gym|metabolism',
    ],
    window: 8,
  },
  {
    code: 'fa_in_care',
    patterns: ['childrens home|homes'],
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'arrived|came|come|travelled on|in|by [the|a] lorry|truck|dinghy|boat on her|his|their own',
      'arrived|came|come|travelled on|in|by [the|a] lorry|truck|dinghy on her|his|their own',
      'arrived|came|come|travelled over|here with a|an man|woman|adult|adults who is|are|was|were not family|related',
    ],
  },
  {
    code: 'fa_domestic_servitude',
    patterns: ['skivvies|skivvying|skivvied|skivvy for'],
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: ['nobody|no-one|noone in her|his|their corner', 'no one in her|his|their corner'],
  },
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: ['lodging|lodges|lodged|staying|lives|living with a|an man|woman|couple|adult who is|are|was|were not family|related'],
    // Not an adult's home ("her teacher lives with a woman who is not related to her") nor a placement the council made.
    unlessNear: ['teacher|teachers|mum|dad|carer|aunt|uncle|nan|gran|brother|sister|placement|council|fostering|foster|arranged|approved|assessed|social'],
    window: 16,
  },
  // ---- emotional and physical ----
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['depths of despair', 'has|have been|felt|feeling low since'],
  },
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['wants|wanted|want to be dead', 'wishes|wished|wish she|he|they was|were dead'],
    unlessNear: ['joke|joking|game|film|zombie'],
    window: 4,
  },
  {
    code: 'ep_exhaustion',
    patterns: ['dead on her|his|their feet', 'worn out and', 'half starved|half-starved'],
  },
  {
    code: 'ep_isolated',
    patterns: [`keeps|kept|keeping|keep to ${SELF}`, 'no mates|friends her|his|their [own] age'],
    unlessNear: ['hands|hand|opinions|opinion|lane|left|right|rules|routine|time|timetable'],
    window: 3,
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['not the same lad|lass|girl|boy|kid|child', 'changed overnight', 'a different girl|boy|lad|child|kid since'],
  },
  {
    code: 'ep_eating_problems',
    patterns: ['off her|his|their food', `starve|starving|starved|starves ${SELF}`],
    unlessNear: ['bug|sick|vomiting|virus|ill|illness|tonsillitis|teeth|tooth|brace|braces|operation'],
    window: 8,
  },
  {
    code: 'ep_low_self_esteem',
    patterns: [`low|poor opinion of ${SELF}`],
  },
  {
    code: 'ep_learning_disability',
    patterns: ['statement of sen', 'statement of special educational needs', 'sen statement'],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['scar|scars on|across her|his|their [lower|upper|left|right] side|back|abdomen|stomach|belly'],
    requiresNear: ["can't|cannot|can’t|couldn't|explain|explained|account|unexplained|record|records|knows|know"],
    unlessNear: ['appendix|operation|surgery|accident|fell|fall|burn|caesarean'],
    window: 8,
  },
  // ---- gangs and older people ----
  {
    code: 'go_older_friends',
    patterns: ['friends|mates are all grown|older men|women|adults|lads', 'friends|mates are all grown-ups|adults'],
  },
  {
    code: 'go_threats_violence',
    patterns: [`put|putting|puts the|her|his|their ${PARENTS_POSS} windows in`, 'put|putting|puts the windows in', 'windows were|got put in'],
  },
  {
    code: 'go_drug_arrest_out_of_area',
    patterns: ['held|charged|arrested|nicked on drug|drugs charges in'],
  },
  {
    code: 'go_arrests',
    patterns: ['in trouble with [the] police'],
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: ['looking|looks|looked|look after a|the bag|bags|bundle|wad of cash|money', 'minding|minds|mind a|the bag|bags|bundle|wad of cash|money'],
  },
  {
    code: 'ep_injuries_assault',
    patterns: ['bruises|bruising|marks on|to the tops|top|backs|back|insides|inside of her|his|their arms|legs|thighs|arm|leg'],
    unlessNear: ['fall|football|rugby|netball|hockey|pe|trampoline|bike|accident|eczema|injection|vaccination|blood'],
    window: 8,
  },
  {
    code: 'go_older_partner',
    patterns: [`relationship with [a|an] ${ADULT_AGES} yr|year|yrs|y old male|man|female|woman`],
  },
  // A friend's or a relative's exploitation told in other words ("his mates are all running lines", "a girl in her class
  // is being exploited by the same group", "older sister also exploited by the same men").
  {
    code: 'go_peers_exploited',
    patterns: ['mates|friends are all running|carrying|grafting|dealing|shotting|selling'],
  },
  {
    code: 'go_peers_exploited',
    patterns: [
      // Not a friend's rape or assault, which the sets mark as the sexual assault code about another person.
      'exploited|groomed|used|approached|targeted|trafficked by|at|in the same men|man|group|gang|lads|males|adults|adult|people|party|flat|hotel|house|address',
      // "the boys Jaylen hangs around with all sell for a line" (fresh21), "lads in his friendship group carry for the
      // Stockton line" (fresh31)
      'carry|carries|carrying|sell|sells|selling|run|runs|running for the|a [*] line|lines|gang|olders',
      'are|is on the same line',
    ],
    requiresNear: ['friend|friends|mate|mates|class|classmate|classmates|girl|boy|girls|boys'],
    unlessNear: ['sister|brother|cousin|sisters|brothers|cousins|mum|dad|auntie|aunt|uncle'],
    window: 8,
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: ['exploited|groomed|used by the same men|group|gang|lads|males|adults|people', 'being used to carry|sell|run for'],
    requiresNear: ['sister|brother|cousin|sisters|brothers|cousins|sibling|siblings|auntie|aunt|uncle'],
    window: 8,
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: ['is|was a known dealer|supplier'],
    requiresNear: ["partner|mum|dad|mother|father|stepdad|brother|sister|uncle|cousin|mum's|dad's"],
    window: 6,
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ['threatened|threatens|threaten him|her|them with the police|deportation|immigration'],
  },
  {
    code: 'rg_accommodation_offered',
    patterns: ['offer|offered|offers|offering him|her|them a bed|sofa|room|mattress'],
    requiresNear: ['lads|men|older|olders|adults|man|males'],
    window: 8,
  },
  // ---- technology ----
  {
    code: 'te_worrying_calls',
    patterns: [
      'phone never stops|stopped going|ringing|buzzing',
      'phone is|was always going|ringing|buzzing',
      'call|calls|rings from [the] older lads|men|males|boys',
    ],
  },
  {
    code: 'te_location_tracked',
    patterns: ['send|sends|sent|sending [a] [selfie|photo|pic|picture] with her|his|their location|pin', 'location every|each hour|hour|half-hour'],
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      'got|gets|get|getting in touch with him|her|them through|via|on [a|an] game|app|snapchat|instagram|tiktok|whatsapp|facebook|discord|roblox|fortnite',
    ],
  },
  {
    code: 'te_live_streaming',
    patterns: ['do|did|doing things|stuff on a|the video|live call|calls|stream|camera|webcam|cam', 'do|did|doing things|stuff on camera|webcam|cam'],
  },
  {
    code: 'te_online_bullying',
    patterns: ['picked on online'],
  },
  // ---- alcohol and drugs ----
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['under the influence of solvents|glue|gas|nitrous', 'sniffing|sniffs|sniffed glue|gas|solvents|aerosols'],
  },
  {
    code: 'ad_supply_controlled',
    patterns: ['hooked on the stuff|gear|drugs they|he|the', 'keep|keeps|kept|keeping him|her|them topped up'],
  },
  // Dependence on what the exploiters give ("hooked on the weed the older lads supply", "addicted to the spice they give
  // him", "dependent on the drugs the men gave her", "the men give him heroin and he cannot stop", "can only get it from
  // them"): fresh22 to fresh36 write it in many ways.
  {
    code: 'ad_supply_controlled',
    patterns: [
      `hooked|addicted|dependent|depend|depends|needs|need on|to [the|what] [${DRUGS}|stuff|gear] [that|which] the|they|he [*] [*] give|gives|gave|supply|supplies|supplied|provide|provides`,
      `give|gives|gave him|her|them ${DRUGS} and he|she|they cannot|can't|needs|need|couldn't`,
      'can|could only get it from them|him',
      'can|could only get it from the men|olders|lads',
      "can't|cannot get it anywhere else",
    ],
  },
  {
    code: 'ad_substances_with_sex',
    patterns: ['given|gave tablets|pills|drink|drugs and then|before abused|raped|assaulted'],
  },
  // ---- receipt of gifts and money ----
  {
    code: 'rg_sex_exchange',
    patterns: [
      'selling|sells|sold sex for rent|money|drugs|weed|food|somewhere',
      'sex for weed|drugs|rent|vapes|cash|money',
      'sex for a bed|room|roof',
      'sleep|slept|sleeping with him|them to clear|pay|settle [off] the|a|her|his debt|debts',
    ],
  },
  {
    code: 'rg_bank_account_used',
    patterns: ['money|cash|sums|payments moving|going|passing|coming through her|his|their account|accounts|bank'],
  },
  {
    code: 'rg_status_rewards',
    patterns: ["they're|they’re her|his|their family now", 'they are her|his|their family now'],
  },
  // ---- sexual health ----
  {
    code: 'sh_emergency_contraception',
    patterns: ['post-coital|postcoital pill|contraception', 'post coital pill|contraception', 'emergency pill'],
  },
  {
    code: 'sh_many_partners',
    patterns: ['passed round|around several|different|multiple|various men|males|adults', 'numerous|multiple|many sexual contacts|partners'],
  },
  {
    code: 'sh_pregnancy',
    patterns: ["is|she's expecting"],
    requiresNear: ['weeks|baby|due|father|midwife|scan|pregnant|antenatal'],
    window: 8,
  },
  {
    code: 'sh_sexual_assault',
    patterns: ['interfered with'],
    unlessNear: ['evidence|investigation|inquiry|equipment|machine|meter|car|phone|post|mail|vote|election|witness|witnesses'],
    window: 4,
  },
  {
    code: 'sh_sexual_activity',
    patterns: ['been|being intimate with'],
    requiresNear: [`man|men|male|adult|older|boyfriend|${ADULT_AGES}`],
    window: 8,
  },
  // ---- distrust of authority ----
  {
    code: 'da_not_engaging',
    patterns: ['stopped|stops|stop answering the door|phone'],
    requiresNear: ['us|workers|worker|social|staff|school|professionals|we|she|he'],
    window: 6,
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: [`${NUMBER_WORDS}|different versions of events`],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ["told he'd|she'd|they'd be locked|arrested|deported|jailed", 'told he|she|they would be locked|arrested|deported|jailed'],
  },
];

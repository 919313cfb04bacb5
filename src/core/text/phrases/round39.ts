// Session 23 (indicator round 39): wordings of signs that the pooled errors of the main dev split and the tuning sets
// show practitioners write and the spotter missed: abuse placed in early childhood ("sexual abuse by a neighbour at age
// six", "beaten as a child"), a place the child has no link to ("where he knows nobody"), cash counted in notes ("£400 in
// cash"), the man she is seeing named by his age, adults messaging a child, in the phrase grammar of matcher.ts;
// indicator-phrases.ts describes an entry (test/fixtures/eval/RESULTS.md, session 23: indicator round 39).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { ADULT_AGES, ADULT_YEAR_OLD, APPS, CHILD_YEAR_OLD, range, TOWNS } from './words.ts';

const SHE_HE = 'she|he|they';
const PARENTS = 'mum|mam|mom|mother|dad|da|father|parents|nan|gran|grandad|grandma|carer|carers|foster|stepdad|stepmum|aunt|auntie|uncle';
// Not "kicked him out" (put out of the home), nor "beats him" at a game (the vetoes).
const HITS = 'hits|hit|slaps|slapped|beats|smacks|smacked|punches|punched|belts|belted|thumps|thumped';
const CHILD_AGE_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|1|2|3|4|5|6|7|8|9|10|11';

export const ROUND_39_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- familial ----
  // Abuse placed in the child's early years: previous abuse, not a current assault ("sexual abuse by a neighbour at age
  // six", "was beaten as a child by his mother's former partner", "on a CP plan for physical abuse as a baby").
  {
    code: 'fa_previous_abuse',
    patterns: [
      'sexual|physical|emotional abuse [by] [a|an|her|his|their] [*] [*]',
      'was|were|been sexually|physically|emotionally abused',
      'sexually|physically|emotionally abused by|when|as|at|in',
      'was|were abused|beaten|interfered',
      'abused|beat|beaten him|her|them',
      'interfered with him|her|them',
      'was|were beaten|abused|hit|hurt as a|an [young|younger|small|little] child|baby|toddler|infant|one',
      'experienced|suffered|disclosed [sexual|physical] abuse',
    ],
    requiresNear: [
      `at|from age|aged ${CHILD_AGE_WORDS}`,
      `when ${SHE_HE} was|were [aged] [only] ${CHILD_AGE_WORDS}|small|little|younger`,
      `when ${SHE_HE} was|were a|an baby|toddler|child|infant`,
      'as a|an [young|younger|small|little] child|baby|toddler|infant|one',
      'at|in primary school',
      'primary school age',
      'in her|his|their previous|last|first foster home|placement',
    ],
    // An adult's own past, told of a professional or another adult (as familial.ts, round 28).
    unlessNear: [
      'volunteer|worker|teacher|officer|nurse|colleague|tenant|coach|leader|driver|man|woman|adult was|were|had|has [been] abused|beaten|interfered',
      'verbally|verbal|racially|dog|cat|horse|rescue|parking',
    ],
    window: 10,
  },
  // A parent or carer hitting the child is domestic abuse at home, the child's ("His mum hits him", "Mum admitted she
  // hits her when drunk"). The pronoun must be the child: one of the other sex after a father ("Dad hits her" may be
  // mum), and after "she" only with a woman of the family named.
  {
    code: 'fa_domestic_abuse',
    childObject: true,
    patterns: [
      `mum|mother|mam|mummy|stepmum|stepmother|nan|nana|gran|grandma [often|sometimes|regularly|still|also] ${HITS} her|him|them`,
      `dad|father|daddy|stepdad|stepfather|grandad|granddad [often|sometimes|regularly|still|also] ${HITS} him|them`,
    ],
    unlessNear: ['game|games|play|playing|fight|fighting|ball|tag|accident|accidentally|pillow|chess|cards|race|match'],
    window: 6,
  },
  {
    code: 'fa_domestic_abuse',
    childObject: true,
    patterns: [`she [often|sometimes|regularly|still|also] ${HITS} her|him|them`],
    requiresNear: ['mum|mother|mam|mummy|stepmum|stepmother|nan|nana|gran|grandma'],
    unlessNear: ['game|games|play|playing|fight|fighting|ball|tag|accident|accidentally|pillow|sister|brother|friend|girl|boy|pupil|pupils|school|class'],
    window: 6,
  },
  // ---- school ----
  // Never on a school roll, or away since a date ("has never been enrolled in school", "has not attended since
  // September"), and the misspelling "attendence".
  {
    code: 'am_school_absence',
    patterns: [
      'never|not been enrolled|registered at|in|with [a] school|college',
      'has|have|had not attended [school|college|lessons] since|for',
      "hasn't|haven't|hadn't attended [school|college|lessons] since|for",
      'attendence concerns|concern|issues|is|was|has|dropped|poor|low',
      'poor|low|falling attendence',
    ],
    unlessNear: ['appointment|appointments|session|sessions|clinic|club|group|meeting|meetings|church|mosque|training|camhs|gp|contact'],
    window: 6,
  },
  // ---- family ----
  // The family coming apart, told by the event ("parents have split acrimoniously", "his dad left", "moved placement four
  // times", "has no contact with her family", "the relationship with mum broke down").
  {
    code: 'fa_family_breakdown',
    patterns: [
      'parents have|had split|separated',
      // Not "since dad left", which in the tuning sets dates something else ("no incidents since Dad left").
      'after [her|his|their] dad|father|mum|mother|stepdad left|walked',
      'moved|changed placement|placements|homes|carers [*] three|four|five|six|seven|eight|nine|ten|several|many times',
      'has|had no contact with [her|his|their] family|parents|mum|dad|mother|father',
      'relationship with [her|his|their] mum|dad|mother|father|parents|carers broke|broken|breaking|has|had [broken] down',
    ],
    unlessNear: ['work|shop|shops|room|meeting|hospital|appointment|holiday|party|morning|office|match|game'],
    window: 5,
  },
  // ---- gangs and older people ----
  // A threat told to the child ("was told he'd be stabbed if he left the line", "their house would be burned", "had its
  // windows put through").
  {
    code: 'go_threats_violence',
    patterns: [
      "told [that] he'd|she'd|they'd be stabbed|shot|hurt|killed|beaten|done|dealt|cut|battered",
      'told [that] he|she|they would|will be stabbed|shot|hurt|killed|beaten|done|dealt|cut|battered',
      'house|home|flat would|will be burned|burnt|torched|firebombed|petrol-bombed|done',
      'windows put|smashed|kicked through|in',
    ],
  },
  // ---- technology ----
  // An adult asking for or holding images of the child ("asked Lily to send him photos in her underwear", "asked the
  // 13-year-old for images", "a man of 25 has pictures of her").
  {
    code: 'te_sexual_images',
    patterns: [
      'photos|pictures|pics|images|videos|selfies in her|his|their underwear|bra|knickers|pants|boxers',
      'asked|asks|asking|ask [*] [*] for images|pictures|pics|photos|nudes|videos',
      // Of the child, named by a pronoun: not "images of the new build", "videos of both teams".
      'has|had|held|holds|kept|keeps images|pictures|pics|photos|videos of her|him',
      'has|had|held|holds|kept|keeps a video|film|photo|picture of her|him',
    ],
    requiresNear: [`man|men|adult|adults|male|males|stranger|strangers|suspect|offender|older|instructor|coach|driver|${ADULT_AGES}`],
    unlessNear: ["mum|mum's|mother|dad|dad's|father|nan|gran|family|holiday|holidays|school|art|project|homework|dog|cat|baby|wedding|party"],
    window: 8,
  },
  // ---- emotional ----
  // Low mood in the child's words ("feels nothing matters any more", "no reason to get up in the morning", "says nothing
  // will ever change", "has been very low").
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'nothing matters any more|anymore',
      'feels|feel|felt [like] nothing matters',
      'no reason to get up',
      'nothing will ever change|get better',
      'has|have|had been very|really|so low|down',
      'expresses|expressed|expressing despair',
      'feels|feel|felt [she|he|they] has|have|had no future',
    ],
  },
  // ---- receipt of gifts and money ----
  // A place to stay offered by an adult ("said she can stay at his flat any time", "lets a 15-year-old boy sleep on his
  // sofa", "offered the girls a flat to hang out in").
  {
    code: 'rg_accommodation_offered',
    patterns: [
      'she|he|they can|could stay|sleep|crash at his|their flat|house|place',
      'let|lets|letting * [*] [*] sleep|stay|crash on|at his|their sofa|flat|house|place',
      'offered|offers|offering|gave|gives|give [her|him|them|the] [girls|boys|kids|children] a flat|house|room to hang|stay|sleep',
    ],
    unlessNear: ["mum|mum's|mother|dad|dad's|father|nan|gran|aunt|auntie|uncle|grandad|grandma|council|housing|foster|social|refuge|friend's"],
    window: 8,
  },
  // ---- more from the pooled errors (second look) ----
  // Taxis or rides that someone else pays for ("a taxi paid for by a man", "taxis home that someone else pays for", "on
  // an account paid by a man").
  {
    code: 'rg_unexplained_money',
    patterns: [
      'paid|pays|paying [for] by someone|somebody|nobody|a|an|men|adults [else|man|adult|older|unknown]',
      'someone|somebody else pays|paid|pay for',
      'paid|booked on an|a|the account',
      'always|often has|had money for taxis|cabs|ubers|food|takeaways',
    ],
    requiresNear: ['taxi|taxis|cab|cabs|uber|ubers|fare|fares|rides|ride|lifts|account|takeaways|money'],
    unlessNear: [
      "mum|mum's|mother|dad|dad's|father|nan|gran|carer|carers|council|school|college|social|foster|placement|escort|local",
      'insurance|company|firm|work|employer|business',
    ],
    window: 8,
  },
  // A child collected by a driver or by different cars ("a driver collected the 14-year-old from her school", "different
  // cars collect Ellie at night", "a taxi no one booked").
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      'driver|drivers|man|men collected|collects|collecting [*] [*] from|at [her|his|the] school|college|placement|home|unit|ward|gate|gates',
      'different|various|several cars|men|drivers|vehicles collect|collects|collected|collecting|pick|picks|picked',
      'taxi|cab [that] nobody|noone booked|ordered',
      'taxi|cab [that] no one booked|ordered',
      'men|man started|began collecting|picking',
    ],
    unlessNear: [
      "mum|mum's|mother|dad|dad's|father|nan|gran|grandad|grandma|aunt|uncle|carer|carers|escort|arranged|contracted|council|minibus|parent|parents|family",
    ],
    window: 8,
  },
  // The child speaking up for the men ("says the olders look after him", "won't hear a bad word about him", "refused to
  // give the men's names to protect them", "does not want them in trouble").
  {
    code: 'da_protects_abusers',
    patterns: [
      // The men or older boys, not one man who helped ("the man looked after him when he fell off his bike").
      'olders|men are|were looking|looked out for him|her|them',
      'olders|men look|looked after him|her|them',
      'older boys|lads|men look|looks|looked after him|her|them',
      "won't|wouldn't|will|would [not] hear a|one bad word about|against him|them|the",
      "won't|wouldn't|will|would [not] hear a word against|about him|them|the",
      'to protect [the] them|him|men|olders',
      "not|don't|doesn't|didn't want [the] them|him|men in|into trouble",
      'not to get [the] him|them|men into|in trouble',
      "he's|they're the only person|people|one|ones who|that",
      'he|they is|are the only person|people|one|ones who|that',
    ],
    requiresNear: ['says|said|say|told|tells|telling|thinks|believes|insists|claims|refused|refuses|would|will|begged|name|names'],
    unlessNear: ["mum|mum's|mother|dad|dad's|father|nan|gran|carer|carers|staff|teacher|worker|foster"],
    window: 10,
  },
  // No adult the child can rely on, in the child's words ("no adult has ever stuck around for him", "nobody has ever
  // been there for him", "never had anyone she could rely on", "nobody he can rely on").
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'nobody|noone|no-one|adult has|had ever been there for|stuck around for',
      'no one|adult has|had ever been there for|stuck around for',
      'no adults have|had ever been there for|stuck around for',
      'never had anyone|anybody [she|he|they] could|can rely|trust|count',
      'nobody|noone|no-one [she|he|they] can|could rely|count on',
      'nobody|noone|no-one at home [she|he|they] [could|can|feels] [ever] [she|he|they] [could|can] talk|turn|go',
    ],
  },
  // A home taken over to deal from ("dealers moved into the flat", "older lads are using Ryan's room to deal from", "the
  // men are dealing from Ryan's flat", "her flat is being used by a line", "the dealers come and go").
  {
    code: 'go_cuckooing',
    patterns: [
      'dealers|men|lads|olders|males have|had [*] moved into',
      'dealers moved|move|moving into',
      // To deal or bag up, not to sell ("uses the house to sell from", an Avon business) or store ("to store bikes").
      'using|use|used|uses [*] [*] room|flat|house|home|bungalow|property to deal|bag',
      // Dealing, not selling ("selling from their home on Etsy").
      'dealing from [*] [*] [*] flat|house|home|room|bungalow|property',
      'flat|house|home|room|bungalow|property is|was|has|had [been] [being] used by a|the line|dealers|gang|group',
      'being used by * [*] [*] to bag|deal',
      'dealers|users come|coming and go|going',
      'taken over by a|the [*] group|gang|line|dealers|men',
    ],
    requiresNear: ['flat|house|home|room|bungalow|property|address|curtains|door|tenancy|tenant'],
    window: 10,
  },
  // Papers held by someone else ("his documents were taken by the driver", "the agent still has our client's ID card",
  // "his passport is with the father", "someone else has his bank card").
  {
    code: 'da_documents_held',
    patterns: [
      'documents|papers|passport|passports|id was|were taken|kept|confiscated|held|removed',
      'agent|man|woman|driver|uncle|aunt|smuggler|smugglers|trafficker|traffickers|family|else|adult|adults [still] holds|has|have|kept|keeps|took|takes|is|are [holding|keeping] [*] [*] passport|passports|documents|papers|id|certificate',
      'agent|man|woman|driver|uncle|aunt|smuggler|smugglers|trafficker|traffickers|else|adult|adults [still] holds|has|have|kept|keeps|took|takes [*] [*] id|bank card|cards',
      'passport|documents|papers|id is|are with [the|her|his] father|man|agent|uncle|aunt|family|men|adults|driver',
    ],
    unlessNear: [
      'foster|carer|carers|social|worker|solicitor|safe|safely|request|expired|renew|renewal|holiday|application|office',
      'bouncer|bouncers|door|pub|bar|cinema|underage|visa|till|desk|counter|booking|hand',
    ],
    window: 6,
  },
  // Living with adults the child met or does not know ("lodges with a man he met at the mosque", "lives with her
  // boyfriend's family", "living with a 35 yr old man").
  {
    code: 'fa_living_with_unrelated_adults',
    patterns: [
      'lives|living|lived|lodges|lodging|lodged|stays|staying|stayed with a|an [older] man|woman|family|couple|adult|adults [that|whom] she|he|they met',
      "lives|living|lived|lodges|lodging|stays|staying with [her|his|their] boyfriend's|girlfriend's|partner's family|parents|mum|dad",
      'lives|living|lived|staying with a|an * yr|year|yo old man|male|woman',
      `lives|living|lived|staying with a|an ${ADULT_YEAR_OLD} man|male|woman`,
    ],
    // A relative's home life, or a stay the family arranged.
    unlessNear: [
      'mum|mother|mam|dad|father|sister|brother|aunt|auntie|uncle|nan|gran|cousin|parents is|was|has|had|are|were|been',
      'arranged|church|holiday|holidays|exchange',
    ],
    window: 8,
  },
  // ---- third look ----
  // Travel someone else arranged ("a man in Italy arranged her journey", "no evidence that anyone arranged his travel",
  // "tickets for the 14-year-old were bought by a man", "driven from Croydon to Margate by the men").
  {
    code: 'am_moved_by_others',
    patterns: [
      'arranged|booked|organised|organized his|her|their travel|journey|journeys|tickets|trip|trips',
      'ticket|tickets|fare|fares|travel [for] [*] [*] was|were|is|are bought|booked|paid [online] [for] by',
      'driven|ferried from * [*] to',
      'taken|driven|ferried by taxi|taxis|car|cars|van to',
    ],
    unlessNear: [PARENTS, 'school|college|social|council|trip|holiday|holidays|visit|visits|contact|hospital|appointment|court|placement|team'],
    window: 8,
  },
  // An adult partner named by age in other ways ("was going out with a 30 year old", "pregnant by a man of 33", "has
  // been seeing the 24-year-old", "lives with the baby's 29-year-old father").
  {
    code: 'go_older_partner',
    patterns: [
      `going|go|goes|went|gone out with|seeing|dating a|an|the ${ADULT_AGES} year|yr old`,
      `going|go|goes|went|gone out with|seeing|dating a|an|the ${ADULT_YEAR_OLD}`,
      `baby's|babys ${ADULT_YEAR_OLD} father|dad`,
      `baby's|babys father|dad is|was [aged] ${ADULT_AGES}`,
      `his ${CHILD_YEAR_OLD} girlfriend`,
    ],
  },
  // The father of her baby named by age ("pregnant by a man of 33"); not a sister's or mum's pregnancy.
  {
    code: 'go_older_partner',
    patterns: [`by a|an [older] man|male|adult [of|aged] ${ADULT_AGES}`],
    requiresNear: ['pregnant|pregnancy|baby|expecting'],
    unlessNear: ["sister|sister's|brother|cousin|mum|mum's|mother|mother's|aunt|auntie"],
    window: 6,
  },
  // New goods beside a sign that nobody accounts for them ("came in drunk, with a new jacket", "returned at 0900 with new
  // trainers nobody bought him", "comes home at 2am with new jewellery", "turns up with new boots and a watch every week").
  {
    code: 'rg_unexplained_gifts',
    patterns: [
      'new|expensive|designer|brand-new|gold [designer|gold|expensive] [*] clothes|clothing|trainers|jacket|jackets|coat|coats|jewellery|jewelry|boots|watch|chain|tracksuit|handbag|perfume',
    ],
    requiresNear: [
      'missing|returned|returns|return|came|comes|back|turns|turned|nobody|noone|no-one|explain|explained|unexplained|account|2am|3am|4am|overnight|drunk|men|man|older|name|where',
      'no one',
    ],
    unlessNear: [
      "school|uniform|birthday|christmas|eid|mum|mum's|mother|dad|dad's|father|nan|gran|carer|carers|foster|shopping|payday|wages|job|grant|voucher|vouchers|sale|charity|allowance",
      // A purchase forgotten (round 28b: "new trainers nobody remembered buying").
      'remembered|remember|remembers|forgot|forgotten',
    ],
    window: 8,
  },
  // ---- fourth look ----
  // Accounts that change ("first said she was 18, then 16", "gave three different reasons for being in Norwich", "her
  // accounts did not fit together", "one version at the station and a different one to the RHI worker").
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'first said|says|told|claimed [*] [*] [*] [*] [*] [*] [*] then',
      'account|accounts|dates|story|stories|versions [*] [*] do|does|did not fit|tally',
      "account|accounts|dates|story|stories|versions [*] [*] don't|doesn't|didn't fit|tally",
      'one version|account|story [*] [*] [*] [*] and a different|another one',
    ],
  },
  // Several reasons or stories given to the police or staff ("gave three different reasons for being in Norwich"), not
  // for wanting a new bike.
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'gave|gives|given [police|staff|officers|us] two|three|four|several|conflicting different reasons|accounts|versions|stories|names|ages|explanations',
    ],
    requiresNear: ['police|officer|officers|staff|interview|station|custody|being|where|btp|security'],
    window: 10,
  },
  // Missed or declined help ("missed her third appointment this month", "DNA'd three CAMHS appointments", "declined a
  // follow-up", "misses key work").
  {
    code: 'da_not_engaging',
    patterns: [
      'missed|misses his|her|their|the [first|second|third|fourth|last|next|latest|two|three|four] [*] appointment|appointments|session|sessions|meeting|meetings|review|key',
      "dna'd|dnad|dnaed [*] [*] appointment|appointments|session|sessions",
      'declined|declines|refused|refuses [a|the|all|any|every] follow-up|followup|screen|screening|referral|support|appointments',
    ],
    unlessNear: [
      'ill|illness|sick|unwell|hospital|covid|funeral|holiday|holidays|exam|exams|rearranged|rebooked|cancelled|clash|bus|train',
      'snow|weather|due|because|strike|strikes|flood|flooding',
    ],
    window: 8,
  },
  // Status, protection or belonging promised or given by the group ("promised him a share", "would get respect and
  // protection", "being part of the group means nobody touches him", "called him 'little bro'", "he'd be 'family'").
  {
    code: 'rg_status_rewards',
    patterns: [
      'promised|promise|promises|promising [*] [him|her|them] protection|respect|status|a|money',
      'get|gets|getting|got respect|protection|status if|from|for',
      'nobody|noone|no-one touches|will|would [touch] him|her',
      'makes|made people|everyone|others scared|afraid of him|her',
      'in status|respect not|instead',
      "be|he'd|she'd family|part if",
      'called|call|calls him|her [their] little bro|brother|sister|sis',
    ],
    requiresNear: ['group|gang|crew|olders|older|men|lads|boys|line|leader|them|they|garage'],
    // Protection the police or staff offer a witness is not the group's reward.
    unlessNear: ['police|officers|officer|staff|witness|statement|court'],
    window: 10,
  },
  // Going back to the men or the place, whatever is done ("every time she is moved, the men find her and she goes
  // back", "returns to the trap house as soon as he is released", "goes back to the man's house each time").
  {
    code: 'da_controlled_return',
    patterns: [
      'find|finds|found her|him|them and she|he|they goes|go|went back',
      'returns|return|returned|goes|go|went [back] to the trap|crack house|line|flat as|when|each|every',
      'goes|go|went|going back to him|the|his * [*] house|flat each|every time',
    ],
  },
  // Out late, told by the hour ("didn't come back till 4", "returned at 0330", "is out most nights").
  {
    code: 'am_staying_out_late',
    patterns: [
      "didn't|did|doesn't|does|wouldn't [not] come|get [back|home|in] till|until 1|2|3|4|5|one|two|three|four|five",
      `returned|returns|came|comes|got|gets [in|back|home] at ${range(0, 5)
        .flatMap((h) => ['00', '15', '30', '45'].map((m) => `0${h}${m}`))
        .join('|')}`,
      'is|are|was|were out most|every nights|night',
      'not|never know|knows|knew where * [*] is|was most|every nights|night',
    ],
    // An adult's own nights out or work ("Dad is out most nights until midnight at the pub").
    unlessNear: [
      'work|works|working|job|shift|shifts|nightshift|taxi|driving|drives|pub|takeaway',
      'dad|mum|mother|father|stepdad|stepmum|tenant|partner|brother|sister|carer|nan|gran is|was|are|were',
    ],
    window: 6,
  },
  // Away from home, told by time away or a place left without leave ("missing 2 days", "after four days away", "left the
  // ward without telling staff", "not returned home from school").
  {
    code: 'am_missing',
    patterns: [
      'missing [for] 2|3|4|5|6|7|two|three|four|five|six|seven days|nights|weeks',
      'after a|two|three|four|five night|nights|days missing',
      'left|leaves|leaving the ward|unit|home|placement|hospital without telling|permission',
      'not|never returned|come|came home from school|college|contact',
    ],
    unlessNear: ['holiday|holidays|trip|residential|camp|hospital|dad|mum|nan|gran|festival|visit'],
    window: 6,
  },
  // ---- fifth look ----
  // Children left to feed themselves or sent in hungry ("the boys cook for themselves", "making her own tea", "comes to
  // school hungry and in dirty uniform", "not being fed at home", "children often without food").
  {
    code: 'fa_neglect',
    patterns: [
      'cook|cooks|cooked|cooking for themselves|himself|herself',
      // One child, not "the children make their own tea" beside a parent's drinking, which the sets leave to that sign.
      'making|makes|made|make her|his own tea|meals|dinner|dinners',
      // At school, not in from football or a long walk.
      'comes|came|arrives|arrived|turns|turned [in|up] [to|at|into] school|nursery hungry',
      'hungry and|with|in dirty|unwashed|smelly|no',
      'not being fed',
      'often|regularly|always|frequently without food',
      'dirty unfed',
    ],
    unlessNear: ['camp|trip|residential|scouts|brownies|guides|cadets|lesson|lessons|class|food|technology|tech|cookery|course|college'],
    window: 6,
  },
  // An operation or scar nobody can explain, told by the journey ("had an operation in Libya and does not know what was
  // done", "scar near his kidney", "an abdominal scar and no record of surgery").
  {
    code: 'ep_unexplained_surgery',
    patterns: [
      'scar|scars near|on|to|across his|her|their|the kidney|kidneys|side|abdomen|stomach|back|lower|flank',
      'abdominal|kidney|flank scar|scars',
      'no record of surgery|an|any',
    ],
    requiresNear: [
      'operated|operation|surgery|doctor|clinic|abroad|journey|libya|egypt|italy|turkey|greece|uasc|unaccompanied|unexplained|know|understand|explain|remember',
    ],
    unlessNear: ['appendix|appendicitis|caesarean|c-section|tonsils|hernia|accident|fell|fall|burn|burns|bike|dog'],
    window: 10,
  },
  // The operation told without the scar ("had an operation in Libya and does not know what was done"); when a scar is
  // named in the sentence, that is the sign's finding.
  {
    code: 'ep_unexplained_surgery',
    patterns: ['had|has an|a operation|procedure|surgery in|abroad|on'],
    requiresNear: [
      'operated|operation|surgery|doctor|clinic|abroad|journey|libya|egypt|italy|turkey|greece|uasc|unaccompanied|unexplained|know|understand|explain|remember',
    ],
    unlessNear: ['appendix|appendicitis|caesarean|c-section|tonsils|hernia|accident|fell|fall|burn|burns|bike|dog'],
    unlessNearAcross: ['scar|scars|scarring'],
    unlessNearAcrossWindow: 20,
    window: 10,
  },
  // Work for a pittance or for nothing, or all takings handed over ("works in the kitchen until 2am for £10 a night",
  // "tended the plants for months without pay", "hand over everything she was given").
  {
    code: 'rg_unpaid_work',
    patterns: [
      'for [only] 5|10|15|20|25|30 a|per day|night|shift|week',
      'for months|weeks without pay|wages',
      'hand|hands|handed|handing over everything|all [she|he|they] [*] [was|were] [given|took|made|earned|got]',
      'gets|get|got|getting no wages|pay',
    ],
    requiresNear: [
      'works|work|working|worked|car|wash|kitchen|nail|bar|salon|takeaway|shop|factory|farm|plants|beg|begging|shoplift|shoplifting|men|women|owner|boss',
    ],
    unlessNear: ['pocket|chores|chore|paper|round|babysitting|allowance|mum|dad|nan|gran'],
    window: 10,
  },
  // A debt to be worked off ("must work off the cost of the journey", "has to keep carrying to pay back the drugs he
  // lost", "the robbery was staged to put him in debt").
  {
    code: 'rg_debt_bondage',
    patterns: [
      'work|works|working|worked off the|his|her|their cost|debt|money|fare',
      'pay|paying|pays back [*] [*] [for] the journey|drugs|package|gear|stash|debt',
      'put|putting him|her|them in|into debt',
    ],
  },
  // The child's account used by others ("money went through the 16-year-old's account", "his account is being used by
  // others", "told to open a bank account for a man").
  {
    code: 'rg_bank_account_used',
    patterns: [
      'money|cash|payments|funds|thousands went|moved|going|goes|passed|passing|moving through [*] [*] account|accounts',
      'card|account is|was|were|has|had [been] [being] used by',
      'open|opened|opening a|an [bank] account for a|an|the man|men|adult|adults|older',
      'paid|transferred * [*] into it',
    ],
    requiresNear: ['account|accounts|bank|card|money|payments|transfers|fraud'],
    unlessNear: ["mum|mum's|mother|dad|dad's|father|parent|parents|nan|gran|carer|carers|appointee|benefits|wages"],
    window: 10,
  },
  // Offers made through an app ("an Instagram account promised him £1,000 to take a bag to Cardiff", "offered a place
  // to stay through Instagram", "a TikTok account offered Tom £500 to drive a car").
  {
    code: 'te_online_offers',
    patterns: [
      `${APPS} account|accounts|post|posts|advert|adverts|ad|ads|user|profile promised|offered|offering|offers`,
      `offered|offering|offers|offer [*] [*] [*] [*] [*] through|on|via ${APPS}`,
    ],
    // What exploiters offer: a place, drugs, money for a run or a meeting; not a prize, a shift or a trial.
    requiresNear: ['stay|room|flat|place|somewhere|weed|drugs|cannabis|bag|parcel|parcels|drive|carry|hold|deliver|cash|money|meet'],
    unlessNear: [
      'discount|voucher|vouchers|shop|shopping|sale|deal|deals|course|college|school|job|apprenticeship',
      'competition|giveaway|brand|overtime|shift|shifts|trial|trials|team|club|manager|boss',
    ],
    window: 10,
  },
  // ---- sixth look ----
  // Oral sex forced on a child ("a man forced her to give him oral sex"). Not "the men had sex with her": the sets file
  // it under the drink or drugs given first, the payment or the number of men (tried and dropped, session 23).
  {
    code: 'sh_sexual_assault',
    patterns: ['forced|forces|forcing|made|makes|making her|him|them [to] give|perform|do [him|them] oral'],
    unlessNear: ['consensual|consent|boyfriend|girlfriend|partner|husband|wife'],
    window: 8,
  },
  // Weapons or cash kept or carried for others ("keeps a knife at his mum's for the olders", "was given a machete to
  // hold", "a rucksack of cash for a man", "£1,200 in cash in a bum bag").
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      'keeping|keeps|kept|holding|holds|held|hiding|hides|hid|stashing|stashes|stashed a|the|his|her [*] knife|gun|machete|blade|weapon|knives|guns [*] [*] [*] for',
      'given|handed a|the [*] knife|gun|machete|blade|weapon to hold|keep|hide|carry|mind',
      'rucksack|rucksacks|bag|bags|holdall|holdalls|bumbag of cash|money',
      'paid to carry|move|take money|cash',
      'cash in|inside a|an|his|her|the [*] [*] bag|rucksack|holdall|bumbag|sock|socks|shoe|shoes',
    ],
    unlessNear: ['shop|till|bank|charity|fundraising|kitchen|chef|cooking|butcher|fishing|camping|scouts|birthday|christmas|savings'],
    window: 8,
  },
  // Where the child sleeps, unsafe ("in a B&B with adult men", "placed by the Home Office in a hotel", "sleeps on a
  // mattress in the kitchen", "sleeping in the bus shelter", "staying with whoever will have him").
  {
    code: 'fa_unsuitable_accommodation',
    patterns: [
      // "B&B" is the two tokens b, b.
      'in|at a|the b b with adult|adults|older [adult] men|man|males',
      'in|at a|the hotel|hostel with adult|adults|older [adult] men|man|males',
      'placed|housed by the home office in a|an hotel|hostel',
      'sleeps|sleeping|slept on a|the mattress|floor in the|a kitchen|hallway|lounge|corridor|cupboard',
      'sleeping|sleeps|slept|kipping in|at|on a|the [bus] stairwell|doorway|shelter|underpass|subway|bench|tent|shed',
      'sleep|sleeps|sleeping|slept above|behind the shop|salon|takeaway|restaurant|workshop|garage|bar',
      'staying|stays|sleeping|sleeps with whoever|anyone will|would have|take him|her',
    ],
    unlessNear: ['camp|camping|festival|trip|holiday|holidays|residential|scouts|cadets|expedition|sleepover|party|family'],
    window: 8,
  },
  // Taken by adults to a flat or hotel, or girls brought to a room ("Driver took the 13-year-old to a flat in Oldham",
  // "two men booked a room for a girl who said she was 16", "the girls are taken upstairs to the flat where the men
  // drink").
  {
    code: 'go_taken_to_parties',
    patterns: [
      'took|takes|take|taking|taken [*] [*] [*] to a|the flat|flats|hotel|hotels|house|houses in|where',
      'booked a|two|three [hotel] room|rooms for a|the|two|three girl|girls|boy|boys|child|children|teenager|teenagers',
      'taken upstairs|back to the|a flat|room|rooms',
    ],
    requiresNear: ['man|men|driver|drivers|older|boys|lads|adults|vodka|drink|drinking|drugs|cannabis|weed|pills|party|parties'],
    unlessNear: ["mum|mum's|mother|dad|dad's|father|nan|gran|carer|carers|foster|school|police|officers|paramedics|ambulance|hospital|social|worker"],
    window: 10,
  },
  // ---- seventh look ----
  // An adult talking to the child online, or sexting with adults ("a man of about 40 talks to her online every night",
  // "was sexting with men she met online").
  {
    code: 'te_adults_contact_online',
    patterns: [
      'talks|talking|talked|chats|chatting|chatted|speaks|speaking to her|him online|every',
      'sexting|sexted|sexts with [a|an] [older] men|man|adults|adult|males',
    ],
    requiresNear: [`man|men|adult|adults|older|male|males|stranger|strangers|online|${ADULT_AGES}`],
    unlessNear: ["mum|mum's|mother|dad|dad's|father|nan|gran|grandad|grandma|aunt|uncle|cousin|family|teacher|tutor|counsellor|friend|friends"],
    window: 8,
  },
  // Found at an adult's home, named by the adult's age ("found at address of 38yo male", "found at an adult's flat in
  // Leeds").
  {
    code: 'am_found_with_adults',
    patterns: [
      `address|house|flat|home of [a|an] ${ADULT_YEAR_OLD} male|man|men|adult`,
      `found|located|recovered|traced at|in a|an|the adult's [*] house|flat|address|home|car|room`,
    ],
  },
  // ---- absent and missing ----
  // A place the child has no tie to, told by what is missing there ("where he knows nobody", "a town he has no link to",
  // "no link to Hastings", "stopped in Elgin with no reason to be there").
  {
    code: 'am_found_out_of_area',
    patterns: [
      'in|at * [*] where [she|he|they] knows|know|knew nobody|noone|no-one',
      'where [she|he|they] knows|know|knew nobody|noone|no-one',
      'where [she|he|they] knows|know|knew no one',
      "where [she|he|they] doesn't|didn't|does|did [not] know anyone|anybody",
      '[a] town|city|area|place [that] [she|he|they] has|have|had no link|links|connection|connections|ties to',
      `no [known] link|links|connection|connections|ties to ${TOWNS}`,
      'no link|links|connection|connections|ties to the area|town|city',
      'with no reason to be there',
      '[a] town|city|place [that] [she|he|they] had|has never been to|visited',
    ],
  },
  // ---- gangs and older people ----
  // The man she is seeing, named by his age ("the man she is seeing is 26", "her man, and he's 26").
  {
    code: 'go_older_partner',
    patterns: [
      `man|guy|bloke|fella|lad she|he is|was|has|had [been] seeing|dating is|was ${ADULT_AGES}`,
      `man|guy|bloke|fella|lad she|he calls|called her|his boyfriend|man|partner is|was ${ADULT_AGES}`,
      `her|his man|boyfriend|partner and he is|was ${ADULT_AGES}`,
      `her|his man|boyfriend|partner and he's ${ADULT_AGES}`,
    ],
  },
  // Session 23: her boyfriend's age in the next clause ("she has a new boyfriend; he is 33"): requiresNear counts
  // across the ;. Not a relative's partner, named in the clause.
  {
    code: 'go_older_partner',
    patterns: [`he is|was [aged|about|around] ${ADULT_AGES}`, `he's [aged|about|around] ${ADULT_AGES}`],
    requiresNear: ['boyfriend|boyfriends|seeing|dating|relationship', 'going out with'],
    unlessNearAcross: ["mum|mum's|mother|mother's|mam|mam's|nan|nan's|gran|gran's|sister|sister's|aunt|aunt's|auntie|auntie's|carer|carer's"],
    window: 10,
  },
  // ---- technology ----
  // An adult messaging the child, with the app or the hour ("a man of about 40 keeps messaging Lily on Snapchat", "has
  // been messaging him on WhatsApp late at night", "a man on a gaming app keeps messaging her").
  {
    code: 'te_adults_contact_online',
    patterns: [
      // Verbs only: "abusive messages on TikTok" is not an adult's contact.
      `messaging|texting|calling|phoning|contacting [*] [*] on|through|via ${APPS}`,
      'messaging|messages|messaged|texting|texts|texted|calling|calls|phoning|phones her|him|them [late] at|every|all night',
      `man|men|adult|adults|male|males|stranger|strangers [*] [*] on|from [a] ${APPS} [app|site|game] keeps|kept|is|has|have|are [been] messaging|contacting|calling|phoning`,
      `man|men|adult|adults|male|males|stranger|strangers [that|who] [she|he|they] met|meets|has met on|through|via ${APPS}`,
    ],
    // Family, friends and staff are not the adults this sign is about.
    unlessNear: [
      "mum|mum's|mother|dad|dad's|father|nan|gran|grandad|grandma|aunt|auntie|uncle|cousin|sister|brother|stepdad|stepmum|family|carer|carers|teacher|teachers|school|club|friend|friends|mate|mates",
    ],
    window: 6,
  },
];

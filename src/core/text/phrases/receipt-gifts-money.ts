// Case-note wording for SAFEGUARD R: receipt of unexplained gifts or money (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import {
  ADULTS,
  ADULTS_NOT_PEOPLE,
  ALCOHOL,
  APPS,
  BRANDS_FIRST,
  BRANDS_SECOND,
  CANNOT_EXPLAIN,
  DRUGS,
  EDUCATION_CUES,
  EXCHANGE_GOODS,
  EXCHANGE_MEN,
  EXPLAINED_CUES,
  FAMILY,
  FAMILY_HOMES,
  GIFT_ADJ,
  GIFT_ITEMS,
  HARD_DRUGS,
  HER,
  MONEY,
  PARENT_WORDS,
  PRICE,
  SERVICE_AGENTS,
  SERVICE_STAY_VETOES,
  SMALL_SUM,
  STAYS,
  WEAPON,
  range,
} from './words.ts';

export const RECEIPT_GIFTS_MONEY_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Wording from published reviews and guidance found missing in a research probe ----
  {
    code: 'rg_unexplained_gifts',
    patterns: [`[a|an|the] [older] [adult] ${ADULTS} paid|pays|paying for ${HER}|him|them [*] tattoo|tattoos|piercing|piercings|nails|hair|eyelashes|lashes`],
  },
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
  // ---- Round 7 ----
  // Cash in notes on the child ("£200 in twenty pound notes in her bra"); not wages, savings or a gift from family.
  {
    code: 'rg_unexplained_money',
    patterns: ['in twenty|ten|fifty|20|10|50 pound notes', 'in twenty-pound|ten-pound|fifty-pound notes'],
    // Rev-ind-3: money from selling the child's own things ("from selling his PlayStation").
    unlessNear: [...EXPLAINED_CUES, 'paid|pays|pay|change|bank|shop|till|charity|fundraising', 'selling|sold|sale|playstation|xbox|console|bike'],
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
  // Payments into the child's account from someone ("regular payments of £50 into her account from someone she won't
  // name"); not wages, benefits or family.
  {
    code: 'rg_unexplained_money',
    patterns: ['payments|payment|transfers|transfer|deposits|deposit [of] [*] [*] into|to her|his|their [bank] account|accounts from'],
    unlessNear: [...EXPLAINED_CUES, 'benefit|benefits|universal|credit|dla|pip|maintenance|bursary|ema'],
    window: 10,
  },
  // Work for no wages ("worked in a nail bar six days a week for no wages"); not volunteering or work experience
  // (review rev-probe-1).
  {
    code: 'rg_unpaid_work',
    patterns: ['for|with|on no wages|wage|salary'],
    unlessNear: ['volunteer|volunteers|volunteering|volunteered|voluntary|charity|dofe|edinburgh|award|experience|placement|internship|apprenticeship|trial'],
    window: 10,
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
  // ---- Round 9 ----
  {
    code: 'rg_unpaid_work',
    patterns: ['gets|get|got|given|paid nothing but food|meals|somewhere', 'keeps|kept|keep|takes|took|take all her|his|their wages|pay|money|earnings'],
  },
  {
    code: 'rg_accommodation_offered',
    patterns: ['crash|crashing|crashed|crashes|kip|kipping at their|the|his|her flat|house|place|pad'],
    unlessNear: [FAMILY],
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
    code: 'rg_bank_account_used',
    patterns: ['into her|his|their bank account|accounts'],
    requiresNear: ['large|sums|sum|unknown|unexplained|men|man|adults|strangers|thousands|hundreds|cash'],
  },
  { code: 'rg_unexplained_money', patterns: ['cash in her|his|their sock|socks|shoe|shoes|underwear|bra'] },
  { code: 'rg_unexplained_money', patterns: ['* in a shoebox', 'a taxi nobody had booked'] },
  { code: 'rg_bank_account_used', patterns: ['account was|is|has [been] used to move', 'asked|asks to use her|his|their bank account'] },
  {
    code: 'rg_status_rewards',
    patterns: ['promised protection', 'have|has his|her back', 'offered her|him belonging', 'nobody will touch him|her while'],
    unlessNear: SERVICE_AGENTS,
    window: 8,
  },
  { code: 'rg_accommodation_offered', patterns: ['offered her|him a room', 'let|lets the girls|boys|kids stay over'] },
  { code: 'rg_unexplained_money', patterns: ['has sent her|him * for her|his'] },
  {
    code: 'rg_sex_exchange',
    patterns: ['having|has|had sex with men for money', 'sex with the landlord instead of paying rent', 'given cigarettes|vodka|alcohol|drugs * for sex'],
  },
  { code: 'rg_accommodation_offered', patterns: ['let the kids|girls|boys hang out there', 'offered her|him his|their sofa'] },
  { code: 'rg_bank_account_used', patterns: ['went|goes in and out of her|his|their account', 'account has|had been used by anyone|someone|others'] },
  { code: 'rg_debt_bondage', patterns: ['debt to the line|olders|elders|gang|dealers|dealer'] },
  { code: 'rg_status_rewards', patterns: ['make|makes|made him|her|them feel like family', 'told him|her he|she was one of them'] },
  { code: 'rg_unexplained_money', patterns: ['unexplained money|top-ups|topups', 'had|has|carrying * in cash'] },
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
  { code: 'rg_unpaid_work', patterns: ['works|worked|working unpaid'], unlessNear: ['farm|farms|grow|grows|factory'], window: 4 },
  { code: 'rg_accommodation_offered', patterns: ['lets|let|letting the girls|boys|kids stay at his|their flat|house|place'] },
  {
    code: 'rg_unpaid_work',
    patterns: ['the boss|manager|owner|gaffer keeps|kept|takes|took his|her|their pay|wages|money|earnings', 'keeps|kept his|her|their wages|pay'],
  },
  // ---- Wording from practice that a hands-on check of the editor missed ----
  {
    code: 'rg_unexplained_money',
    patterns: ['with * [*] in cash'],
    // Round 21: also coming back with it ("came back drunk with £200 in cash").
    requiresNear: ['found|stopped|searched|arrested|caught|located|seen|came|comes|returned|returns|returning|arrived|back'],
    // An occasion, pocket money or a relative explains it; not "by police" (who stopped him).
    unlessNear: EXPLAINED_CUES.slice(0, 3),
    window: 8,
  },
  // ---- Round 17 ----
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
  // ---- Round 18 ----
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
    code: 'rg_bank_account_used',
    patterns: [`let|lets|allowed|allows a|the|an|older [*] ${ADULTS}|lads|olders|someone use [${HER}] bank|card|account|details|cards`],
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['paid in|with food|trainers|clothes|drugs|weed|cannabis|cigarettes|vapes|somewhere'],
    unlessNear: ['job|saturday|wage|wages|payslip|payslips'],
    window: 6,
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
  // ---- Round 19 ----
  {
    code: 'rg_sex_exchange',
    patterns: ['clipping|clipped|clip men|punters|blokes|males|guys', 'clipping|clipped for money|cash'],
  },
  // ---- Round 21 ----
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
    code: 'rg_accommodation_offered',
    patterns: ['offered|offers|offering * a bed|room|sofa [for] [the] [night]'],
    unlessNear: [FAMILY, 'hostel|hotel|council|housing|social|worker|refuge|foster|placement|shelter'],
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
  // ---- Round 23 ----
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
  // ---- Round 24 ----
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
  // ---- Round 24, second pass ----
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
  // ---- Round 24, third pass ----
  // A debt to someone, said or denied: "No debt to anyone, Ryan says", "a debt to someone she will not name".
  { code: 'rg_debt_bondage', patterns: ['debt|debts to anyone|anybody|someone|somebody|them|people'] },
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
  // ---- Round 25 ----
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
  // A moped or e-bike from the olders is a gift like a phone.
  {
    code: 'rg_unexplained_gifts',
    patterns: ['given|gave|gives|giving|bought|buys|buying [her|him|them] a|an [new] [*] moped|mopeds|e-bike|ebike|e-scooter|motorbike|quad'],
    unlessNear: EXPLAINED_CUES,
    window: 8,
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
  // Sex exchanged (rg_sex_exchange): "money was exchanged for sex".
  { code: 'rg_sex_exchange', patterns: ['exchanged|swapped|traded|swapping|trading|exchanging for sex|sexual'] },
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
  // ---- Probe 25 ----
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
  // Cash brought home ("used to come home with cash").
  {
    code: 'rg_unexplained_money',
    patterns: [`come|comes|came|coming home|back with [large] [amounts] [of] [lots] [of] ${MONEY}`],
    // Review 25G: "shifts" too ("used to come home with cash after her shifts at the café").
    unlessNear: [...EXPLAINED_CUES, 'work|job|shift|shifts|tips|wages|paid|birthday|christmas|pocket'],
    window: 8,
  },
  // Earnings taken ("her earnings are taken from her").
  {
    code: 'rg_unpaid_work',
    // Review 25E: "earnings are taken" is the round-25 entry above.
    patterns: ['money she|he|they earns|earn|earned [are|is|was|being] taken|kept|held|withheld'],
    unlessNear: ['tax|rent|board|savings|saving|pension|national|insurance|court|fine|fines|probation|probationary'],
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
  // ---- Round 27 ----
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
  // Going with adults for things ("goes with older men for cigarettes").
  {
    code: 'rg_sex_exchange',
    patterns: [
      // Review 27: not "people" or "adults" (dinner after a match, drinks after work), nor lifts (collect's sign).
      `goes|went|going|go|gone with [older] man|men|male|males|guy|guys|strangers|olders for cigarettes|fags|vapes|drink|drinks|alcohol|money|cash|weed|drugs|food|credit|gifts|clothes`,
    ],
  },
  // The child's bank account used by others ("use of Ethan's bank account").
  {
    code: 'rg_bank_account_used',
    patterns: ['use|using|used of * [*] bank account|accounts|card|cards'],
    // Review 27: only with a user named ("by the group"); not "makes use of her bank card" or an attorney's use.
    requiresNear: ['by|group|gang|olders|men|man|adults|someone|somebody|others|dealers'],
    window: 8,
  },
  // ---- Round 27, second batch ----
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
  // Paying for sex with the child ("the men are paying to have sex with the girl").
  {
    code: 'rg_sex_exchange',
    patterns: ['paying|paid|pay|pays to have sex with'],
  },
  // ---- Round 28, third batch ----
  // Given things "for sex" ("the men give the 14-year-old food and cigarettes for sex"): rg_sex_exchange.
  {
    code: 'rg_sex_exchange',
    patterns: ['give|gives|gave|giving|offer|offers|offered|offering * [*] [*] [*] [*] for sex|sexual'],
    unlessNear: [...EDUCATION_CUES, 'advice|leaflet|clinic|condoms|contraception|education|health|lessons|talk'],
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
  // Fares paid by someone else ("the fares were paid by someone else"): rg_unexplained_money.
  {
    code: 'rg_unexplained_money',
    patterns: ['taxis|taxi|cabs|cab|ubers|uber|fares|fare|tickets|ticket are|were|was|is paid|booked [for] by someone|somebody [else]'],
    unlessNear: [
      `${FAMILY}|council|school|college|social|services|transport|authority|hospital|nhs|work|employer|insurance|office|staff|club|team|trip|match|concert|gig|cinema|theatre|festival`,
    ],
    window: 8,
  },
  // ---- Round 29 ----
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
  // ---- Round 32 ----
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
  // ---- Round 32 recall pass ----
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
];

// Session 22 (fresh37, an indicator-heavy tuning set): signs described indirectly, in what a worker saw and heard rather
// than the framework's words ("do a runner", "on the missing list", "falls asleep on the bus every morning", "goes white
// and leaves the room every time it buzzes", "lifted by the polis", "finger-shaped bruising"), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Each entry is a family of wordings with its inflections
// (test/fixtures/eval/RESULTS.md, session 22: fresh37).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { APPS, DRUGS, WEAPON } from './words.ts';

const HER_HIM = 'her|him|them';
const PARENTS = 'mum|mam|mom|mother|dad|da|father|parents|nan|gran|grandad|grandma|carer|carers|foster|stepdad|stepmum';
const AGE_DECADES = 'twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s';

export const ROUND_37_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- sexual health ----
  {
    code: 'sh_pregnancy',
    patterns: ['weeks|months gone', 'expecting a|his|her baby|child|twins', 'carrying a|his|her baby|child', 'is|was with child'],
  },
  {
    code: 'sh_sti',
    patterns: [
      'infection|infections down there',
      'screen|screens|screening for infections|infection|stis|sti',
      'keeps|kept|keep coming back for tests|testing|screens|screening|checks',
    ],
  },
  {
    code: 'sh_termination',
    patterns: ['got|get|getting|gets rid of it', 'got|get|getting|gets rid of the baby'],
    requiresNear: ['clinic|pregnant|pregnancy|baby|termination|abortion|bpas|weeks|nurse|gp|pill|pills'],
    window: 10,
  },
  {
    code: 'sh_sexual_activity',
    patterns: ['doing|did|does|done stuff with', 'intercourse with', 'has|had become sexual', 'anything sexual with'],
  },
  {
    code: 'sh_many_partners',
    patterns: [
      'loads|lots|dozens|hundreds of partners',
      'passed round|around|between [the] [older] men|lads|males',
      'passed round|around|between his|their mates|friends',
    ],
  },
  {
    code: 'sh_sexualised_behaviour',
    patterns: [
      'showing|shows|showed|show them|others porn|pornography',
      'showing|shows|showed|show [the] [other] kids|children|pupils|classmates|boys|girls porn|pornography',
      'doing private|rude|sexual things',
      'sexualised in her|his|their play|talk|drawings|language',
    ],
  },
  {
    code: 'sh_sexual_assault',
    patterns: ['hurt|hurts|hurting|touched|touches|touching her|his private|privates|bits|parts|fanny|willy|bum'],
  },
  // ---- absent and missing ----
  {
    code: 'am_missing',
    patterns: [
      'do|did|does|doing|done a runner',
      'on the missing|misper|mfh list|register',
      'reported|logged [to] [the] [police] [at] [*] [*] as missing',
      'run|ran|runs|running from home',
      "gone|went|bolted from her|his|their|the foster|children's|residential|respite home|unit|placement",
      "legged it from her|his|their|the foster|children's|residential|respite home|unit|placement",
      'not|never returned|come|came|back from school|college|contact',
    ],
    unlessNear: ['business|businesses|company|run from home by'],
  },
  {
    code: 'am_staying_out_late',
    patterns: ['in|home|back when|as the birds are|were singing|up', 'out past|beyond ten|eleven|twelve|midnight|10|11|12|10pm|11pm'],
  },
  {
    code: 'am_school_absence',
    patterns: [
      'goes|went|go|going|gone|climbs|climbed over the fence|wall after|at|during registration|lunch|break|dinner',
      'never|not arrived|arrives|arrive|arriving at|in school|college|lessons',
      'attendance drops|dropped|drop|dips|dipped|slid|slides|slipped|slipping',
    ],
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      'recovered|located|found|traced from|at|in [the] [a] house|flat|address|home of [an] adult|older male|man|men|males',
      'stopping|kipping with older|adult|grown men|males|man',
      'hotel|travelodge|motel|inn room booked|paid [for] by a|an',
    ],
  },
  {
    code: 'am_found_out_of_area',
    patterns: ['out country'],
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      'ticket|tickets|fare|fares bought|booked|paid [for] by [phone] [by]',
      'shuttled|shuttling|ferried|ferrying up and down',
      'shuttled|shuttling|ferried|ferrying back and forth',
      'a|an|two|some man|men|male|males|adult|adults brought|drove her|him|them',
    ],
    // A ticket bought by a parent, or a journey to see family, is explained travel.
    unlessNear: [PARENTS, 'school|college|social|letter|visit|visits|see|contact'],
    window: 8,
  },
  // ---- familial ----
  {
    code: 'fa_domestic_abuse',
    patterns: [
      'violence between',
      "mum's|mam's|mother's|mummy's partner|boyfriend|fella battering|batters|battered|beating|beats|thumping|punching|hitting",
      "squeezes|squeezed|squeezing|grabs|grabbed mummy's|mum's|mam's|mammy's|mother's neck|throat",
      'the fighting at home',
    ],
  },
  {
    code: 'fa_domestic_servitude',
    patterns: ['house girl', 'housegirl', 'clean|cleans|cleaning the house and mind|minds|minding|look|looks|looking'],
  },
  {
    code: 'fa_family_breakdown',
    patterns: [
      'bouncing|bounced|bounces|passed|shunted between mam|mum|nan|gran|dad|relatives|aunties|family|homes',
      'mum|mam|dad|mother|father|parents|stepdad put him|her out',
      'placement with * broke|breaks|broken|breaking down',
      'has|had [had] three|four|five|six|seven|eight|nine|ten|several|multiple|numerous placements',
    ],
  },
  {
    code: 'fa_neglect',
    patterns: ['fending for themselves|himself|herself', 'nappy|nappies not changed'],
  },
  {
    code: 'fa_no_trusted_adult',
    patterns: [
      'nobody|no-one|noone he|she|they can|could lean on',
      'nobody|no-one|noone he|she|they can|could turn to',
      "isn't|wasn't one|a|any [single] grown-up|adult [he'd|she'd|he|she|they] [would|could] trust|trusts",
      'no adult|adults|grown-up who|that looked|looks|look out for',
    ],
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: [
      'arrived|came|travelled in a|the lorry|lorries',
      'separated from her|his|their parents|family en route',
      'came|come|arrived over on a small boat|dinghy',
    ],
  },
  {
    code: 'fa_unaccompanied_migrant',
    patterns: ['arrived|arriving|arrives alone'],
    requiresNear: ['uasc|unaccompanied|asylum|intake|eritrean|sudanese|afghan|vietnamese|albanian|syrian|kurdish|iranian|lorry|boat|dinghy'],
    unlessNear: ['chef|work|job|restaurant|meet|party|school|clinic|session|airport|appointment'],
    window: 6,
  },
  {
    code: 'fa_unsuitable_accommodation',
    patterns: [
      'dossing|dossed|dosses|kipping|kipped|kips on [mates|friends|a] floors|floor|sofas',
      'dossing|dossed|dosses|kipping|kipped|kips in the|a bus shelter',
      'dossing|dossed|dosses|kipping|kipped|kips in the|a stairwell|doorway|tent|car|park|garage',
    ],
  },
  {
    code: 'fa_family_links_to_exploitation',
    patterns: ['links|linked|connections to organised crime', 'been through the nrm'],
  },
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ["doesn't|doesnt|can't|cannot|won't get out of bed", 'does not get out of bed'],
  },
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['on the gear [again]', 'using again'],
  },
  // ---- emotional and physical ----
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'fresh|new marks|cuts|scratches on his|her|their wrist|wrists|forearm|forearms|arms|thighs',
      'thought|thinking|thinks about jumping off|from',
      'thought|thinking|thinks about jumping in front',
      'self-injury|self-injuring|self-injures',
      'lacerations|laceration to [left|right] forearm|forearms|wrist|wrists',
    ],
  },
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ["can't|cannot see the point", "what's the point"],
  },
  {
    code: 'ep_low_self_esteem',
    patterns: ['waste of space', 'puts|put|putting herself|himself|themselves down', "i'm|im|she's|he's not worth the|any bother"],
  },
  {
    code: 'ep_exhaustion',
    patterns: [
      'falls|fell|falling|fall asleep on the bus',
      'falls|fell|falling|fall asleep in class|lessons',
      'falls|fell|falling|fall asleep at her|his desk',
      'grey with tiredness|exhaustion',
      'half-starved|ravenous',
      "hasn't|hadn't|not slept since|for",
      'tired and hungry',
    ],
  },
  {
    code: 'ep_isolated',
    patterns: [
      'a loner',
      'dropped|lost every|all [her|his] [old] friend|friends|mates',
      'never comes|goes|came|went to anything',
      'no contact with other children|kids',
      'no contact with other young people',
      'eats|ate|eating lunch on her|his own',
    ],
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['gone|went from top set', 'deterioration in|of [her|his] behaviour|mood|presentation'],
  },
  {
    code: 'ep_injuries_assault',
    patterns: ['finger-shaped|fingertip bruising|bruises|marks', 'face all swollen', 'swollen face'],
  },
  {
    code: 'ep_learning_disability',
    patterns: ['fasd', 'aln', 'fetal|foetal alcohol', 'working at about|around the level of a|an'],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['operation on my|his|her kidney|kidneys|liver'],
  },
  {
    code: 'ep_eating_problems',
    patterns: ['hides|hid|hiding food'],
  },
  // ---- gangs, older people, crime ----
  {
    code: 'go_internal_concealment',
    patterns: ['concealed|secreted|hidden|stashed in|inside [her|his|their|the] body'],
  },
  {
    code: 'go_older_partner',
    patterns: [`going|seeing|courting [with] a|an [older] woman|man|fella|bloke in her|his ${AGE_DECADES}`],
  },
  {
    code: 'go_older_friends',
    patterns: [
      'men|lads|blokes who look|looked [well] over twenty|20|18|21|25',
      'men|lads|blokes who look|looked at least twenty|20|18|21|25',
      'an|the older lot|crowd|crew',
      'older associates|associate',
    ],
  },
  {
    code: 'go_unknown_adults_collect',
    patterns: [
      `waits|waiting|waited|wait|parks|parked outside for ${HER_HIM}`,
      'by a|an|two man|men|male|adult|woman nobody|no-one|noone [at] [*] recognises|recognised|knows|knew',
      'by a different man|men|driver|car',
    ],
    // A parent or relative waiting is a collection as arranged.
    unlessNear: [PARENTS, 'aunt|auntie|uncle|brother|sister|cousin|taxi|escort|arranged'],
    window: 8,
  },
  {
    code: 'go_taken_to_parties',
    patterns: ['driven|taken|brought|ferried to sessions|gatherings', 'flat|hotel parties|party'],
  },
  {
    code: 'go_threats_violence',
    patterns: [
      "they'll|they'd|gonna cut|slice|stab|do him|her|you up|in",
      'going to cut|slice|stab|do him|her|you up|in',
      "they'd|they'll|they|would|will do|torch|burn the house|flat|door",
    ],
    // A parent's joke about a late child is no threat.
    unlessNear: [PARENTS, 'joked|joking|jokes|laughed|laughing'],
    window: 8,
  },
  {
    code: 'go_arrests',
    patterns: ['lifted by the polis|police|peelers|cops|feds', 'in for shoplifting|robbery|theft|burglary|possession'],
  },
  {
    code: 'go_carrying_drugs',
    otherCode: 'fa_family_links_to_exploitation',
    patterns: [
      'minding|holding|keeping them|gear|stuff|drugs for someone|somebody|the|them',
      'looking after them|gear|stuff|drugs for someone|somebody|the|them',
      `relaying|moving|carrying|running ${DRUGS} for`,
    ],
  },
  {
    code: 'go_carrying_weapons_money',
    patterns: [
      `look|looking|looks|looked after a|the ${WEAPON} for`,
      `mind|minding|hold|holding|hide|hiding a|the ${WEAPON} for`,
      'envelopes|envelope of cash|money',
    ],
  },
  {
    code: 'go_cuckooing',
    patterns: [
      "moved|moving|move into [his|her|their] mum's|mam's|nan's|gran's|dad's flat|house|home|bungalow",
      'moved|moving|move into the family flat|house|home',
      'taken over by [a] [the] line|dealers|dealer|gang|lads|men',
    ],
    requiresNear: ['lads|men|dealers|boys|males|line|friends|strangers|gang|drugs|knocking'],
    window: 8,
  },
  {
    code: 'go_forced_theft_begging',
    patterns: [
      'steal|stealing|steals|lift|lifting|lifts|nick|nicking [stock|stuff|things|goods|clothes] to order',
      "on somebody's|someone's|their|his orders",
      'make|makes|made him|her|them snatch|steal|nick|shoplift|beg|rob',
      'used by adults|men|others to steal|beg|shoplift',
      'sent * [*] [*] [*] [*] asking|begging for money|change',
    ],
  },
  // ---- technology ----
  {
    code: 'te_adults_contact_online',
    patterns: [`in his|her ${AGE_DECADES} who messages|message|messaged|texts|texted|dms|chats|calls|rings`],
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'send|sends|sending a|some|more video|videos|pic|pics|photo|photos in the shower|bath',
      'send|sends|sending a|some|more video|videos|pic|pics|photo|photos with nothing on',
      'asked|asking|asks her|him for anything|something explicit|rude',
    ],
  },
  {
    code: 'te_sextortion',
    patterns: [
      'or the video|videos|pictures|pics|photos|nudes of him|her [would|will] go|get|be',
      'extorted|extorting|extortion',
      'blackmailed|blackmailing over|about|with a|the photo|photos|pictures|video|pics|nudes',
    ],
  },
  {
    code: 'te_live_streaming',
    patterns: ['goes|going|went|go live for men', 'goes|going|went|go live at night'],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [`went|goes|go|going|gone to meet * [*] [*] from ${APPS}`, 'arranged|arranging|arranges to see|meet someone|somebody [she|he] met on|online'],
  },
  {
    code: 'te_online_bullying',
    patterns: [
      'film|films|filmed|filming him|her [on] [their] [phones|phone] to|and post',
      'comments * [*] under|on every|her|his tiktok|tiktoks|posts|videos|photos',
    ],
  },
  {
    code: 'te_online_offers',
    patterns: ['promised|promising|promises her|him free'],
    requiresNear: [APPS, 'account'],
    window: 6,
  },
  {
    code: 'te_location_tracked',
    patterns: ['always knows|know where she|he|they is|are'],
    // A parent or carer who knows where the child is describes supervision.
    unlessNear: [PARENTS],
    window: 16,
  },
  {
    code: 'te_worrying_calls',
    patterns: [
      'every time it|she|he buzzes|rings|pings',
      'every time her|his phone buzzes|rings|goes|pings',
      'when the * [one] rings|buzzes',
      'takes|took|gets|got a call [and] [*] looks|looked scared|frightened|terrified',
    ],
  },
  // ---- alcohol and drugs ----
  {
    code: 'ad_alcohol',
    otherCode: 'fa_parental_substance_misuse',
    patterns: [
      'came|comes|come|coming|rolled|turned|turns home|in|up steaming|blootered|mortal|hammered|wasted|legless|paralytic',
      'stinking|stank|stinks|reeking|reeked of drink|booze|alcohol',
    ],
  },
  {
    code: 'ad_drug_use',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['took|did|had|doing two|three|some|2|3 lines', 'took|did|had|doing a few lines'],
  },
  {
    code: 'ad_intoxication_hospital',
    otherCode: 'fa_parental_substance_misuse',
    patterns: ['blue-lighted|blue-lit in', 'admitted|brought [in] with ghb|alcohol|drug|ketamine toxicity|intoxication'],
  },
  {
    code: 'ad_substances_given',
    patterns: [
      `give|gives|gave|giving him|her|them free bud|${DRUGS}`,
      "kept|keep|keeps filling|topping up [her|his|their|everyone's|everyones] drink|drinks|glass",
      'supplying her|him with',
    ],
  },
  {
    code: 'ad_substances_with_sex',
    patterns: ['and then nothing until|till [she|he] woke', 'poppers|drugs|drink|vodka before the stuff', 'poppers|drugs|drink|vodka before sex'],
  },
  {
    code: 'ad_supply_controlled',
    patterns: [`gets|get|got his|her ${DRUGS} off|from the lads|men|olders he|she works|runs|sells for`, 'topped up with', 'habit is|was being fed'],
  },
  // ---- receipt of gifts and money ----
  {
    code: 'rg_sex_exchange',
    patterns: [
      'gets|get|got|getting money|cash|paid for seeing|meeting men|man|them',
      'gets|get|got|getting money|cash|paid for sleeping with',
      'payment|paid|pay for something|anything sexual',
      'have|has|had|having sex with the landlord|dealer to cover|pay [the] rent|debt',
      'have|has|had|having sex with the landlord|dealer for [the] rent',
    ],
  },
  {
    code: 'rg_unexplained_gifts',
    patterns: ['gucci|moncler|stussy belt|bag|jacket|trainers|tracksuit|cap'],
  },
  {
    code: 'rg_unexplained_money',
    patterns: ['a wad|wads of twenties|tens|fifties|notes|cash', 'taxi|taxis fares|fare|rides paid [for] by unknown|someone|others|an'],
  },
  {
    code: 'rg_accommodation_offered',
    patterns: ['free room|rooms', 'offered|offers|offering [him|her|them] his|her|their|a spare room|bed'],
    // Offered through an app or a post, it is te_online_offers.
    unlessNear: ['snapchat|snap|instagram|insta|tiktok|facebook|discord|telegram|wizz|yubo|online|app|apps|post|advert|account'],
    window: 8,
  },
  {
    code: 'rg_bank_account_used',
    patterns: ['in and out in|within|over a|one week|day|fortnight', 'in and out of [her|his|their|the] account|accounts'],
    requiresNear: ['account|bank|card|statement'],
    window: 10,
  },
  {
    code: 'rg_unpaid_work',
    patterns: ['for little or nothing', 'for next to nothing'],
    requiresNear: ['work|working|works|worked|shifts|job|jobs|labour'],
    window: 8,
  },
  // ---- distrust of authority ----
  {
    code: 'da_coached_account',
    patterns: ['accounts|stories|statements identical', 'appear|appeared|appears|seems|seemed|sounded|sounds rehearsed|scripted|coached'],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'finds|found|finding|find her|his|their way back to',
      'only have|has|had to whistle|click',
      'returns|returned|returning to [the] address|flat|house of',
      'goes|went back to [the] address|flat|house of',
      'back to the same flat|address|house|group|men',
      'gone|went|goes|going back to the group|gang|olders',
    ],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ["she'd|he'd|they'd|she|he made it [all] up", 'she|he was|were only|just joking|kidding'],
    requiresNear: ['said|says|saying|claims|claimed|now|told'],
    window: 6,
  },
  {
    code: 'da_documents_held',
    patterns: [
      'documents|passport|passports|id|papers retained|kept|held|taken by',
      'passport|passports|id|documents|papers is|are|was|were kept safe by',
      'holds|held|holding|hold onto [*] [*] bank cards|passports|passport|documents',
    ],
    // Kept by a parent or carer, at the child's request, documents are safe, not held.
    unlessNear: [PARENTS, 'request|asked|social|safe at home'],
    window: 8,
  },
  {
    code: 'da_hostile',
    patterns: [
      'goes|went|go|going for the|her|his carers|staff|workers|police|officers|teacher|teachers',
      'told|tells|telling [the] [*] [*] to get to|lost|stuffed',
      'threw|throws|thrown|throwing a|the chair|chairs|table at',
    ],
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'did|do|does not tally',
      "didn't|doesn't|don't tally",
      'story|stories|account|accounts|version [*] [*] [*] changes|changed',
      'story|stories|account|accounts|version keeps changing',
    ],
  },
  {
    code: 'da_not_disclosing',
    patterns: ["would|will|did not|wouldn't|wouldnt|won't|wont|didn't|didnt say|tell|name who|whom"],
    // Not naming the father of a pregnancy, or the giver of a gift, is recorded with that sign, not as a second one.
    unlessNear: ['father|given|gave|giving'],
    window: 5,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'declined|declines|refused|refuses all|any services|support|help|offers',
      'door|doors not answered',
      'miss|misses|missed|missing the|her|his next [*] [*] appointment|session|visit',
    ],
  },
];

// Case-note wording for SAFEGUARD U: use of technology and sexual bullying (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import {
  ADULTS,
  ADULTS_NOT_PEOPLE,
  ADULT_AGES,
  ADULT_YEAR_OLD,
  AGREED_TRACKING_CUES,
  APPS,
  CHILD_YEAR_OLD,
  EDUCATION_CUES,
  EXPLAINED_CUES,
  FAMILY,
  FAMILY_HOMES,
  FAMILY_NOT_CARERS,
  GIFT_ADJ,
  HER,
  PARENT_WORDS,
  SCHOOL_PHOTOS,
  SELF,
  range,
} from './words.ts';

export const TECHNOLOGY_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Wording from published reviews and guidance found missing in a research probe ----
  {
    code: 'te_adults_contact_online',
    patterns: [
      `groomed|grooming|targeted on|via|through ${APPS} [by] [a|an] [older] [${ADULTS}]`,
      `groomed|targeted online|on-line by [a|an] [older] ${ADULTS}`,
    ],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `went|gone|goes|going|arranged|travelled to meet [up] [with] [a|an] [older] ${ADULTS}|someone|somebody|boy|lad|girl [*] [she|he] had|has [only] [ever] spoken|talked|chatted|met [to|with] online`,
      `meet [up] [with] [a|an] [older] ${ADULTS}|someone|somebody she|he had|has only [ever] spoken|talked|chatted [to|with] online`,
    ],
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      `${ADULTS} [male|man|female|woman] has|have|had been messaging|contacting|texting|grooming`,
      `messages|messaging from [an|a] [*] [older] [unknown] ${ADULTS}`,
      `friend request|requests from [*] [older] [unknown] ${ADULTS}`,
      `older|adult|adults|unknown men|males|man|male|people|guys [on|via|over|through] ${APPS}`,
      `online contact|contacts|relationship|relationships|friend|friends with [an] [*] [older] [unknown] ${ADULTS}`,
      `messaging|messages|messaged|chatting|chats|chatted|talking|talks|talked|speaking|speaks|spoke to|with [an|a] [*] [older] [unknown] men|males|adults|adult|man|male|guys|guy|strangers|people [on|via|over|through] ${APPS}`,
      `contacted|contacts|messaged|added by [an|a] [*] [older] [unknown] adult|adults|men|man|males|male|guys|guy|strangers|people [on|via|over|through] ${APPS}`,
      `${APPS} friend|friends|contact|contacts who is|are older|adults|adult|men`,
      `[a|an] ${ADULT_YEAR_OLD} [man|male|woman] contacted|contacts|contacting|messaged|messages|messaging|added [her|him] [on|via|over|through] ${APPS}`,
      `${ADULTS} [*] [*] [*] [*] have|has|had been messaging|contacting|texting|adding [her|him] [on|via|over|through] ${APPS}`,
      `${ADULTS} contact|contacts|contacted|message|messages|messaged her|him [again] [on|via|over|through] ${APPS}`,
      `contact|contacts with [unknown|older] ${ADULTS} [on|via|over|through] ${APPS}`,
      'grooming online',
      'online grooming',
      'groomed online',
      'men|adults|males messaging her|him',
      `adults|strangers on|via|over ${APPS}`,
      `adult|adults|men|man|older [*] messaging|messages|contacting|contacted|added|adding|adds her|him [on|via|over] ${APPS}`,
    ],
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'nude|nudes|naked|indecent|sexual|explicit|intimate|sexualised image|images|photo|photos|pictures|picture|pics|videos|video|selfies|selfie',
      'sending|sent|send|sends|shared|sharing|share pictures|photos|images|nudes|pics|videos of herself|himself|themselves',
      'sending|sent|send|sends|shared|sharing|share [*] nudes|nude|naked|indecent',
      'asked|asking|asks [her|him] [to] send|for [*] pictures|photos|images|nudes|pics|videos',
      'iioc',
      'indecent images of children',
      'asked|asking|asks|pressured|pressuring|pressures [her|him|them] for|to [send] [*] nudes|pictures|photos|images|pics|videos',
    ],
  },
  {
    code: 'te_sextortion',
    patterns: [
      'threatened|threatening|threatens|threats that [the|her|his|their] [*] images|pictures|photos|videos|nudes|pics will|would',
      'demanding|demanded|demands money|payment',
      'demanding|demanded|demands more pictures|nudes|images|photos|videos',
      'sextortion',
      // Round 26: also "a threat to share his images" (framework: someone is threatening to share sexual images).
      'threatened|threatening|threatens|threats|threat to share|send|post|leak|release|expose [*] [*] images|pictures|photos|videos|nudes|pics',
      'threatened|threatening|threatens|threats|threat to share|send|post|leak|release|expose them|it',
      'blackmail*',
    ],
  },
  {
    code: 'te_live_streaming',
    patterns: [
      'perform|performing|performed sexual acts|acts on|for camera|webcam|video|live',
      'livestream*',
      'sexual|sex acts on|over camera|webcam|facetime|video',
      'webcam',
      'on camera for',
      'onlyfans',
      'sexual|sex acts|act [on|over] [a] [live] video|facetime|webcam|camera [call|calls|chat]',
    ],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meets|meet|meeting [up] [with] [an|a|the] adult|man|men|someone|person|people|male|boy|guy [she|he|they] [had] [been] chatting|talking|speaking|messaging [to|with] [on|via|over|online] [${APPS}]`,
      `arranged|arranging|planning|plans|planned|agreed to meet [up] [with] [*] [*] [*] [she|he|they] [had] [met|from] [on|via] ${APPS}`,
      `met up with [*] [*] [*] [she|he|they] [had] met [on|via] ${APPS}`,
      `meet|meeting|met|meets [up] [with] [a] people|men|adults|someone|strangers|males|man|male [from|on|via] ${APPS}`,
      `met|meet|meeting up with [an|a|the] adult|man|men|someone|person|people [she|he|they] [had] [been] chatting|talking|speaking to [on|via|over] ${APPS}`,
    ],
  },
  {
    // Round 19: "a man she met on Snapchat asked her for images", "people he met on Instagram" name where an adult in
    // another sign was met, not a meeting in person (ten tuning-set lines annotate only the other sign). The cue holds
    // the relative clause's own "met".
    code: 'te_meeting_online_contacts',
    patterns: [
      `met [her|his|them] [*] [on|via] ${APPS}`,
      'met online',
      `met|meets|meeting through|via|on [a|an|the] [*] platform|platforms|app|apps|game|games|site|website|${APPS}`,
    ],
    unlessNear: ['man|men|adult|adults|someone|people|person|boy|girl|guy|lads|woman|male she|he|they [had|has] met'],
    window: 4,
  },
  {
    code: 'te_several_phones',
    patterns: [
      'burner|burners',
      `several|multiple|secret|hidden|second|fake|other|different ${APPS}|social accounts|account|profiles|profile`,
      "phone [*] [*] [she|he|they] cannot|can't|couldn't|won't|unable [to] explain|account",
    ],
  },
  // Round 21: a second phone or SIM with an ordinary explanation (a work phone, an old one kept for music, a school
  // tablet, a parent's contract; six tuning-set lines) is not the sign.
  {
    code: 'te_several_phones',
    patterns: [
      'several|multiple|two|2|three|3|second|extra|different|another phones|phone|mobiles|mobile|handsets|handset|sim|sims',
      'new phones|iphones|mobiles|handsets',
      'sim cards|card',
      'second sim',
    ],
    // Round 25: phones he repairs as a hobby; phones handed in to a lost property office are not the child's. Review
    // 25C: not "hobby" alone, as often a claim ("says collecting old handsets is a hobby, but they ring constantly").
    unlessNear: [
      ...EXPLAINED_CUES,
      'work|job|manager|apprenticeship|music|school-issued|coursework|tablet|unused|repairs|repair|repairing|fixes|fixing',
      'lost property',
      'handed in',
    ],
    window: 12,
  },
  {
    code: 'te_worrying_calls',
    patterns: [
      // Round 26: also "dozens of calls a night" (framework: many calls or messages from unknown or older people).
      'constant|constantly|many|numerous|lots|frequent|repeated|persistent|dozens|hundreds [of] [phone] calls|messages|texts',
      'call after call',
      'phone constantly|always ringing|going|buzzing',
      'phone is always|constantly ringing|going|buzzing',
      'receives|receiving|received|gets|getting|got calls|messages|texts from unknown|older|withheld|private|adult|adults',
      'calls|messages|texts from [*] [unknown] [older] [adult] males|men|adults|numbers|people|olders',
      'full of messages|calls|texts',
      'leaves|left|leaving|goes|went|runs|ran [out] [straight] after|following [a|an] [phone] call|calls|text|texts|message|messages',
      'leaves|left|leaving|goes|went|runs|ran [the] [house|home|unit|placement] immediately|straightaway when|whenever|after [she|he|they] gets|get|got|receives|received a|an|his|her|their [phone] call|text|message',
      'leaves|left|leaving|goes|went|runs|ran [the] [house|home|unit|placement] straight away when|whenever|after [she|he|they] gets|get|got|receives|received a|an|his|her|their [phone] call|text|message',
      'withheld|private|unknown number|numbers',
      'phone|mobile rings|ringing|buzzes|buzzing|goes constantly|continually|repeatedly|non-stop [and] [she|he|they] [then] [leaves|left|goes|runs] [straight|immediately] [after|out]',
    ],
    // Not the office's or the house's phone (review 2026-11-30).
    // Probe 25: nor the staff's ("staff get lots of messages about parents' evening").
    // Review 26: nor the child's friends ("dozens of messages from her friends about the party").
    unlessNear: [
      'office|landline|reception|debt|collectors|staff|parents',
      'friends|classmates|teammates',
      // Review 28: a surgery or a hospital ringing from a withheld number ("The doctor rang from a withheld number to
      // give the results").
      'doctor|dentist|optician|results|hospital|surgery|rang|phoned',
      // Review 29: an app's notifications or a group chat ("her phone buzzes constantly with Instagram notifications").
      'notifications|notification',
      'group chat|chats',
    ],
    window: 6,
  },
  {
    code: 'te_online_bullying',
    patterns: [
      'comments|messages|rumours|rumors|posts|photos|videos [*] [are|were|being|have|has] [been] posted|shared|spread|sent about her|him|them',
      'unkind|nasty|abusive|horrible|threatening|hurtful|cruel comments|messages|posts',
      'trolled|trolling',
      'cyberbullying|cyber-bullying|cyberbullied',
      'cyber bullying|bullied',
      'harassed|harassment online',
      'harassed|harassment at school',
      'sexual harassment|bullying',
      'images|pictures|photos|nudes|videos [have] [been|were|was] shared|passed|circulated|circulating|going|sent|posted around|online',
      'images|pictures|photos|nudes|videos shared|passed|circulated|posted',
      'called names',
      `calling|called|calls [her|him|them] names [on|via|over] ${APPS}`,
      'slut-shaming|slut-shamed',
    ],
  },
  {
    code: 'te_online_offers',
    patterns: [
      'modelling|modeling work|job|jobs|opportunity|opportunities|shoot|shoots|contract',
      'easy|quick|fast money|cash',
      `offered|offering|offers [her|him|them] [a] [paid] work|job|jobs|cash|money|drugs [on|via|over|through] ${APPS}`,
      `job offer|offers [on|via] ${APPS}`,
      'advert|adverts|ads|post|posts offering work|jobs|money|cash',
      'money making scheme|opportunity',
      'money-making scheme|opportunity',
      `offered|offering|offers [her|him|them] [*] [*] work|job|jobs|money|cash|drugs on|via|through|over ${APPS}`,
      // Session 21: an advert or a post on an app that offers money for "work" ("An advert on Instagram offered £500 for a
      // weekend's work to Zak", "An Instagram post offered her £300 for a day's work": fresh33).
      `advert|adverts|ad|ads|post|posts|listing|listings on|via ${APPS} offered|offering|offers [her|him|them] [*] money|cash|work|jobs|for`,
      `${APPS} advert|adverts|ad|ads|post|posts|listing|listings|story offered|offering|offers [her|him|them] [*] money|cash|work|jobs|for`,
    ],
  },
  {
    code: 'te_location_tracked',
    patterns: [
      'tracking|tracks|tracked|track her|his|their location|phone|movements [on|via|through|using] [snap|find|life360] [map|maps|my]',
      'location tracking|tracked|shared|sharing',
      'snap map|maps',
      'find my iphone|friends',
      'life360',
      'has|have|must|expected to answer|reply [the] [phone] [immediately|straight]',
      'checking up on her|him|them constantly',
      'location is|was|being|has|been shared [with]',
      'is|being|been tracked|monitored',
    ],
    unlessNear: AGREED_TRACKING_CUES,
    window: 12,
  },
  { code: 'te_sexual_images', patterns: ['sexting'], unlessNear: EDUCATION_CUES, window: 5 },
  {
    code: 'te_online_bullying',
    patterns: ['bullied', 'bullying'],
    unlessNear: ['anti-bullying|ambassador|ambassadors|policy|assembly|week|lesson|lessons|workshop|training'],
    window: 4,
  },
  // --- U: technology
  {
    code: 'te_adults_contact_online',
    patterns: [
      `talking|talks|talked|chatting|chats|chatted|speaking|speaks|spoke|messaging|messages|messaged|snapchatting|texting|texts|texted|facetiming [to|with] [an|a|the|some|several|two|unknown] [*] [older] man|men|males|male|adults|adult|guy|guys|strangers|stranger|someone|people|person`,
      `${ADULTS}|someone|somebody|person [she|he|they] [has|had|have] [been] [only] knows|knew|talks|talked|talking|chats|chatted|chatting|speaks|spoke|speaking|messaging|messages [to|with] [on|via|over|through] ${APPS}`,
      `added|follows|followed|follow by|from [an|a|the] [*] [older] [unknown] ${ADULTS}|accounts|account`,
      `added|invited to [*] [*] [group] chat|chats|group|groups by|with [*] [unknown] [older] ${ADULTS}`,
      'online boyfriend|friend|friends|relationship',
      'fake profile|profiles|account|accounts',
      'sending|sends|sent|receiving|receives|received [her|him|them] sexual|explicit|inappropriate|sexualised|dirty messages|texts|comments|snaps',
    ],
    requiresNear: [APPS, 'online|internet|phone|account|profile|dm|dms|messages|messaging|texts|texting|chat|chats|chatting|snap'],
    window: 6,
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'topless|semi-naked|undressed|underwear|bra|pants|knickers pictures|photos|photo|picture|images|image|pics|pic|videos|video|selfies|selfie',
      'pictures|photos|photo|picture|pics|pic|images|image|videos|video of her|him|them|herself|himself|themselves [*] naked|topless|undressed|underwear|bra|knickers|pants|body',
      'pictures|photos|photo|picture|pics|pic|images|image|videos|video of her|his|their body|breasts|private|privates',
      'pictures|photos|photo|picture|pics|pic|images|image|videos|video of [her|him|herself|himself] in [her|his] underwear|bra|knickers|pants|boxers',
      'sent|send|sending|sends [him|them|her] [a] [*] [of] [herself|himself] [*] [*] naked|topless|undressed',
    ],
  },
  {
    code: 'te_online_bullying',
    patterns: [
      'images|pictures|photos|nudes|videos|pics|video of her|him|them [are|were|is|was|have|has] [been|being] shared|passed|circulated|sent|posted|spread',
    ],
  },
  {
    code: 'te_several_phones',
    patterns: [
      'secret|hidden|unknown|unexplained|spare|basic|cheap|nokia|brick|old-style|unfamiliar phone|phones|mobile|mobiles|handset|handsets',
      "phone|phones|mobile [that] [nobody|no-one|staff|mum|carers|dad|parents] [*] [did|does|didn't|doesn't] [not] know|knew about",
      'more than one phone|mobile|sim',
      'swaps|swapped|changes|changed|changing sim|sims|numbers|number regularly|often|frequently',
      'swaps|swapped|changes|changed|changing [her|his|their] [phone] number|numbers|sim every|regularly|often|frequently|constantly',
    ],
    // Probe 24: an accessory, not a phone ("staff found a spare phone charger in the lounge").
    unlessNear: ['phone|phones|mobile charger|chargers|case|cases|cable|cables|cover|covers|battery|batteries|screen|screens|stand'],
    window: 2,
  },
  {
    code: 'te_location_tracked',
    patterns: [
      // Round 26: sent to others ("has to send a live location to the older boys every hour").
      'sharing|shares|shared|share|send|sends|sending|sent [her|his|their|a] location|live location',
      'location sharing|settings|services',
      'knows|knew|know where [she|he|they] [is|are|was|were] [at] all the time|always|every',
      'tracker|trackers|airtag|airtags',
      'monitor|monitors|monitored|monitoring|check|checks|checked|checking her|his|their phone|messages|location|whereabouts',
    ],
    unlessNear: AGREED_TRACKING_CUES,
    window: 12,
  },
  {
    code: 'te_worrying_calls',
    patterns: [
      'calls|messages|texts late at night',
      // Round 26: at a named small hour ("is getting calls at 2am").
      'calls|messages|texts at|after midnight|1am|2am|3am|4am',
      'calls|messages|texts into the night',
      'calls|messages|texts at night|all hours',
      'calls|messages|texts through the night',
      'phone ringing|rings|goes|buzzing|buzzes late|at night|all night|constantly|all the time|non-stop|repeatedly',
      'phone ringing|rings|buzzing|buzzes late|constantly|non-stop|repeatedly',
      'phone ringing|rings|goes|buzzing|buzzes at|all night',
      'phone ringing|rings|goes|buzzing|buzzes all the time',
      'anxious|panics|panicked|scared|frightened|jumpy|nervous when [her|his|their] phone rings|goes|buzzes',
      'leaves|left|goes|went [out] when [her|his|their] phone rings|goes|buzzes',
    ],
    // Not the office's or the house's phone, nor calls from debt collectors (review 2026-11-30).
    unlessNear: [
      "office|landline|house|work|reception|debt|collectors|mum|mum’s|mum's|dad|dad’s|dad's",
      // Review 26: a ward's night checks ("The night nurse calls at 2am on the ward round"), and the child's friends
      // ("dozens of messages from her friends about the party").
      'nurse|nurses|ward|wards|shift|rounds|friends|classmates|teammates',
      // Review 29: an app's notifications or a group chat ("his phone rings all night with group chat messages").
      'notifications|notification',
      'group chat|chats',
    ],
    window: 6,
  },
  // ---- Round 7 ----
  // A phone going all the time during a visit or at night ("his phone was going constantly", "rang 30 times").
  {
    code: 'te_worrying_calls',
    patterns: [
      'phone|phones|mobile [was|is|were|kept|keeps] going|buzzing|pinging|vibrating|ringing constantly|non-stop|nonstop|continuously|repeatedly',
      // Rev-ind-3: ten times or more, not "four times during the night; it was her dad".
      `phone|mobile rang|buzzed|pinged|vibrated|went ${range(10, 100).join('|')}|dozens|dozen|twenty|thirty|forty|fifty|hundreds times`,
      `phone|mobile went off ${range(10, 100).join('|')}|dozens|dozen|twenty|thirty|forty|fifty|hundreds times`,
    ],
    unlessNear: [
      FAMILY,
      'friend|friends|mates|congratulating|congratulations|birthday|results|work|shift|job|alarm|alarms',
      // Rev-ind-3: a class or team group chat.
      'lesson|lessons|class|chat|group|team',
    ],
    window: 10,
  },
  // Many calls during a visit or from a saved contact ("received more than 20 calls and messages from a contact saved as Z").
  {
    code: 'te_worrying_calls',
    patterns: [
      'received|receives|receiving|got|gets|getting|had more than|over [*] calls|messages|texts',
      'calls|messages|texts from a|an|one [unknown] contact|number saved|stored as|under',
    ],
    unlessNear: [
      FAMILY,
      'friend|friends|mates|congratulating|congratulations|birthday|results|work|shift|job|customers|complaints',
      // Review rev-probe-1: a service that took calls ("the helpline received more than 40 calls").
      'helpline|hotline|desk|office|switchboard|reception|service|centre|center|council|charity|station|control',
      // Rev-ind-3: a team or class group chat.
      'chat|team|netball|class|group',
    ],
    window: 10,
  },
  // A separate phone "for work" ("uses a different phone for 'work'"); not a job's phone.
  {
    code: 'te_several_phones',
    patterns: [
      'different|separate|second|another|other|burner phone|phones|mobile|mobiles for work|business|graft|jobs',
      'different|separate|second|another|other|burner phone|phones|mobile|mobiles for the line|lines',
    ],
    unlessNear: [
      'member|colleague|colleagues|employer|apprenticeship|payslip|manager|office|shift|shifts|mum|dad',
      'staff member|members|phone|phones',
      // Rev-ind-3: an ordinary job's phone.
      'garage|boss|job|salon|cafe|apprentice|wages|part-time',
    ],
    window: 8,
  },
  // Probe 24: images sent to an adult ("unclear whether she has sent images to the man"); not photos of a car or a job.
  {
    code: 'te_sexual_images',
    patterns: ['sent|sending|sends|send images|pictures|photos|pics|videos|selfies to [the|a|an] [older] [adult] man|men|adult|adults|stranger|strangers'],
    unlessNear: [
      'work|job|cv|passport|documents|homework|project|car|bike|dog|cat|puppy|property|house|flat|room|sale|selling|seller|buyer|landlord|police|officer|evidence',
      // Review rev-probe-1: a sports trial ("sent videos to the man from the football academy").
      'academy|trial|trials|football|club|coach|scout|scouts|audition|training|team',
    ],
    window: 8,
  },
  {
    code: 'te_adults_contact_online',
    patterns: ['adults|men in her|his contacts', `adults|men are|were messaging ${HER}|him`],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [`met up with a|an [*] man|men|adult|adults from a|an|the gaming|dating site|app|game`],
  },
  {
    code: 'te_online_bullying',
    patterns: [`called a|an snitch|grass|slag|slut|liar on ${APPS}`, 'sharing|shared|shares a|an [*] photo|picture|image of her|him on a|the group chat'],
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'images|photos|pictures|videos were|are shared',
      'images|photos|pictures|videos have|had been shared',
      'for photos|pictures|pics in her|his underwear',
    ],
    unlessNear: ['cctv|police|officers|school|newsletter|social|worker|professionals|meeting|agencies|strategy|family|holiday|consent|mum|dad'],
    window: 4,
  },
  {
    code: 'te_sextortion',
    patterns: ['send the picture|pictures|photo|photos|images to her|his school|family|mum|friends if'],
  },
  {
    code: 'te_worrying_calls',
    patterns: ['calls from withheld|private|unknown numbers'],
  },
  {
    code: 'te_online_offers',
    patterns: ['offers of work|money|jobs'],
    unlessNear: ['experience|placement|placements|college|apprenticeship|apprenticeships|school|careers|university'],
    window: 3,
  },
  // Research pass: "approached on Instagram with an offer of paid work carrying parcels".
  {
    code: 'te_online_offers',
    patterns: ['offer|offers of paid|easy|quick|cash work|jobs|money', 'offer of work|money|jobs|cash'],
    // Not a parent's job ("Mum saw an offer of work at the local cafe").
    unlessNear: ['experience|placement|placements|college|apprenticeship|apprenticeships|school|careers|university', FAMILY],
    window: 3,
  },
  {
    code: 'te_live_streaming',
    patterns: ['live-streamed|livestreamed', 'live streamed'],
    // Probe 25: a public event streamed ("the match was live streamed to parents").
    unlessNear: ['launch|match|matches|game|games|concert|service|funeral|wedding|assembly|lesson|class|football|gig|church|news|cup|final|race|parents'],
    window: 8,
  },
  // ---- Round 8 ----
  {
    code: 'te_sextortion',
    patterns: ['or [her|his|their|the] nudes|pictures|photos|images|pics|videos|video will|would|get be sent|shared|posted|leaked'],
    // Review 29: school photos ordered and paid for ("send the money for the school photos or the pictures will be sent back").
    unlessNear: SCHOOL_PHOTOS,
    window: 12,
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      'meet|met|meets|meeting [up] [with] [a|an] man|men|adult|adults|male|woman|someone|somebody|person|people|stranger [who] [she|he|they] [had|has|have] [only] [ever] known|met|talked|chatted|spoken online|on',
      'meet|met|meets|meeting [up] [with] [a|an] man|adult|male|woman|someone|somebody|person|stranger [who] [she|he|they] [had|has|have] been gaming|talking|chatting|messaging [with|to] online|on',
    ],
  },
  // ---- Round 9 ----
  {
    code: 'te_online_offers',
    patterns: [
      'easy work|money|cash',
      `${range(1, 20)
        .map((n) => n * 100)
        .join('|')} a|per week|day`,
    ],
    requiresNear: [APPS, 'ad|advert|advertised|advertisement|post|posted|profile|offering|offered|dm|dms|messaged'],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `arranged|arranging|arranges|arrange to meet [a|an|the] [*] friend|man|person|someone|boy|girl|guy [he|she|they] [met] from|off|on [an|the] [*] ${APPS}`,
    ],
  },
  {
    code: 'te_sextortion',
    patterns: [
      'send|sending|share|sharing|post|posting|leak|leaking|sends|shares|posts|leaks his|her|their nudes|pics|pictures|photos|images|videos [*] [*] unless|if',
    ],
  },
  // Round 26: "the video", sent somewhere named, or in the passive, with the demand after "unless" ("he would send the
  // video to her school unless she sent more", "the video will be sent to all his followers unless he pays"); not a
  // school's or a club's photos that parents may opt out of.
  {
    code: 'te_sextortion',
    patterns: [
      'send|sending|share|sharing|post|posting|leak|leaking|sends|shares|posts|leaks the nudes|pics|pictures|photos|images|video|videos [*] [*] [*] unless',
      'nudes|pics|pictures|photos|images|video|videos will|would be sent|shared|posted|leaked [to] [*] [*] [*] unless',
    ],
    unlessNear: ['opt|consent|consents|permission|newsletter|website|object|objects|objection'],
    window: 8,
  },
  { code: 'te_online_bullying', patterns: [`harassed|bullied|trolled|abused|targeted on|over|via ${APPS}`] },
  { code: 'te_location_tracked', patterns: ['tracking|tracker app|apps|device|devices'], unlessNear: AGREED_TRACKING_CUES, window: 12 },
  // Round 11 (tune11, RESULTS.md): wording of the records that reviews quote, and plain case-note wording.
  {
    code: 'te_live_streaming',
    patterns: ['streamed|streaming|streams live'],
    requiresNear: ['men|man|adult|adults|strangers|online|sexual|sexually|naked|nude|camera|webcam|abroad'],
    // Review 28: an event streamed for those who cannot come ("The funeral was streamed live for the men who worked with
    // grandad", "The football match was streamed live to viewers online").
    unlessNear: [
      'wedding|funeral|match|final|service|concert|assembly|graduation|christening|ceremony|church|mosque|gig|football|cricket|rugby|lecture|parliament',
    ],
    window: 8,
  },
  { code: 'te_live_streaming', patterns: ['sexual things|acts on a|the video call|camera', 'sexual things|acts on a|the call'] },
  // Probe 24 (2026-12-01): online harm as records word it. A video "streamed to men overseas"; not a match or a service
  // streamed to viewers.
  {
    code: 'te_live_streaming',
    patterns: ['streamed|livestreamed|broadcast to [*] [*] men|man|adults|adult|strangers|people|buyers|customers'],
    unlessNear: [
      'match|matches|game|games|concert|service|services|assembly|funeral|wedding|lesson|lessons|class|church|mosque|fixture|gig',
      // Review rev-probe-1: a school event ("the school play was streamed to people at home").
      'play|show|performance|nativity|graduation|ceremony|school|attend',
    ],
  },
  // Probe 24: images a child was made to take or sold of themselves ("sold pictures of herself on an app").
  {
    code: 'te_sexual_images',
    patterns: [
      `sold|sells|selling|sell pictures|photos|images|pics|videos|nudes|content [*] of ${SELF}`,
      `made|forced|told|pressured|pressurised|coerced to film|record|photograph|video ${SELF}`,
    ],
    // Review rev-probe-1 (fixer's hard negatives): clothes sold online, a club fundraiser, homework. Rev-ind-3: crafts,
    // exercises for a physio, reading for a teacher, the yearbook.
    unlessNear: [
      'kit|vinted|depop|ebay|clothes|clothing|modelling|modeling|raise|raising|fundraising|fundraiser|charity|homework|audition',
      'etsy|jewellery|designs|crafts|art|artwork|exercises|physio|physiotherapist|reading|teacher|yearbook|school|practice',
    ],
    window: 8,
  },
  // Probe 24: a demand with the threat after "or" ("demanding £300 or he will send her photos to her family").
  {
    code: 'te_sextortion',
    patterns: [
      "demanding|demanded|demands|wants|wanted * [*] [*] or [else] he|she|they|he'll|she'll|they'll|it [will|would|is|are|was|were] [going] [to] send|share|post|leak|release|show|spread",
    ],
    requiresNear: ['photos|photo|pictures|picture|images|image|nudes|nude|pics|pic|videos|video|screenshots'],
    window: 10,
  },
  // Probe 24: travelling to meet someone known only from an app ("went to Leeds to meet someone she had only spoken to on
  // TikTok"); "only" keeps out friends also met in person.
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      'meet|met|meeting|see|saw|seeing [*] [*] [*] [who|whom] she|he|they [had|has|have] only [ever] spoken|talked|chatted|messaged|spoke|talks|speaks|chats [to|with] on|online|over|via|through',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      // Review rev-probe-1: a professional first met in person ("met his tutor, whom he had only spoken to online").
      'tutor|tutors|teacher|teachers|counsellor|counselor|therapist|mentor|mentors|worker|workers|social|doctor|nurse|clinic|staff|advocate|caseworker|keyworker|coach|colleague|colleagues|manager|interviewer|teams|zoom',
    ],
    window: 8,
  },
  // Probe 24: money or work offered through an app ("offered £1,000 a week on Instagram to run errands"); not a place
  // on a course or support offered online.
  {
    code: 'te_online_offers',
    patterns: [`offered|offering|offers * [*] [*] [*] on|via|through|over ${APPS} to`],
    unlessNear: [
      'course|courses|college|school|apprenticeship|apprenticeships|vacancy|vacancies|careers|jobcentre|place|places|counselling|support|help|appointment|appointments|session|sessions|tutoring',
      // Review rev-probe-1: hours at a job ("her boss offered overtime on WhatsApp").
      'overtime|shift|shifts|boss|manager|employer|rota|colleague|colleagues',
      // Rev-ind-3: a sports trial or a place on a team.
      'trial|trials|team|club|academy|scholarship',
    ],
  },
  {
    code: 'te_location_tracked',
    patterns: ['track|tracks|tracked|tracking her|him|them through|on|via|with find|snap|life360|location'],
    unlessNear: AGREED_TRACKING_CUES,
    window: 12,
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: ['met a|an man|adult|woman|guy off|from snapchat|instagram|tiktok|facebook|online', 'met anyone from online', 'met him|her|them in person'],
  },
  { code: 'te_sexual_images', patterns: ['images|pictures|photos of the * were|was found', 'images|pictures|photos were sent to the man|men'] },
  { code: 'te_sexual_images', patterns: ['sent|sends|send|sending images|pictures|photos|pics to [an|a] [older] adult|adults|man|men'] },
  { code: 'te_location_tracked', patterns: ['see her|his location'], unlessNear: AGREED_TRACKING_CUES, window: 12 },
  // Review 21b H2: a boyfriend or partner tracking her is not agreed family sharing, whatever else the sentence says.
  {
    code: 'te_location_tracked',
    patterns: ['boyfriend|partner [*] [also|still] tracks|tracked|tracking|monitors|monitoring|checks her|him|his [location|phone]'],
  },
  { code: 'te_adults_contact_online', patterns: ['adults are|were contacting him|her through', 'adults he|she does not know keep adding'] },
  // Round 26: messages from an adult of a stated age, or contact online by a man (framework: adults contacting the child
  // online, through apps, games or by phone): "gets messages from a 25-year-old on Instagram", "has been contacted online
  // by a man", "has been sent messages by a man online".
  {
    code: 'te_adults_contact_online',
    patterns: [
      `messages|texts|snaps|dms from [a|an] ${ADULT_YEAR_OLD} [man|male|woman]`,
      'contacted|messaged|added|approached online by [a|an|two|several] [older|adult|unknown] man|men|adult|adults|male|males|stranger|strangers',
      'sent messages by [a|an|two|several] [older|adult|unknown] man|men|adult|adults|male|males|stranger|strangers online',
    ],
    // Not a relative or someone from work named as the sender ("texts from a 19-year-old cousin about the wedding").
    unlessNear: [`${ADULT_YEAR_OLD} cousin|uncle|aunt|auntie|brother|sister|colleague|colleagues|boss|manager|tutor|teacher|coach`],
    window: 3,
  },
  { code: 'te_live_streaming', patterns: ['on camera while others watched'] },
  { code: 'te_adults_contact_online', patterns: ['contacted her|him online', 'the man she|he met on omegle|snapchat|instagram'] },
  {
    code: 'te_online_offers',
    patterns: ['on snapchat|tiktok|instagram offered him|her', 'offered * on tiktok|snapchat|instagram to'],
    // Rev-ind-3: a sports trial or a place on a team.
    unlessNear: ['trial|trials|team|club|academy|scholarship|course'],
    window: 8,
  },
  { code: 'te_worrying_calls', patterns: ['worrying calls', 'phones ring through the night'] },
  { code: 'te_meeting_online_contacts', patterns: ['met a man from a gaming app'] },
  { code: 'te_sexual_images', patterns: ["images of her|him were found on an adult's|adult’s phone"] },
  { code: 'te_worrying_calls', patterns: ['calls|messages that seem|seemed to upset|frighten|scare her|him|them'] },
  { code: 'te_online_bullying', patterns: ['called names and threatened in|on a group chat', 'threatened|abused|bullied in|on a group chat'] },
  {
    code: 'te_meeting_online_contacts',
    patterns: ['met any of his|her|their online contacts|friends', "met a man|someone he'd|she'd|he had|she had been talking to on"],
  },
  { code: 'te_location_tracked', patterns: ['send|sends|sent a video|photo|picture|pic of where she|he|they is|are', 'has find my on her|his|their phone'] },
  // Round 26: a phone or an item that the family did not buy (framework: "a new phone that no one can account for";
  // gifts the family cannot account for): "has a phone her mum did not buy", "trainers that mum didn't buy".
  {
    code: 'te_several_phones',
    patterns: [
      `phone|phones|iphone|iphones|mobile|mobiles [that|which] [her|his|their] ${PARENT_WORDS} did|does not buy|give`,
      `phone|phones|iphone|iphones|mobile|mobiles [that|which] [her|his|their] ${PARENT_WORDS} didn't|doesn't|didn’t|doesn’t buy|give`,
      'phone|phones|iphone|iphones|mobile|mobiles [that|which] nobody|noone [at] [home] [had|has] bought|given|gave',
    ],
    // Not an item wanted, saved for or sent back ("she wanted trainers that her mum did not buy"); nor a phone in a list
    // of gifts, which stays the gifts ("new trainers and a phone that the family did not buy").
    unlessNear: [
      'wanted|wants|want|asked|asks|returned|refund|refunded|saved|saving|instead',
      // Review 26: a present from a grandparent accounts for it ("a coat her mum did not buy, it was a present from her nan").
      'present|presents|birthday|christmas|nan|nana|nanna|gran|grandma|grandad|granddad|grandparents',
      'trainers|clothes|clothing|jewellery|jewelry|jacket|jackets|coat|coats|watch|chain|perfume|airpods|headphones|hoodie|tracksuit|shoes and',
    ],
    window: 6,
  },
  {
    code: 'te_online_offers',
    patterns: [
      `offered a room|bed|lift|place [and] [free] [weed|drugs|drink|alcohol|money] by [a|an] man|someone|adult on ${APPS}`,
      `offered a room|bed|lift|place [and] [free] [weed|drugs|drink|alcohol|money] by [a|an] man|someone|adult on ${APPS}`,
    ],
  },
  {
    code: 'te_adults_contact_online',
    patterns: [`contacting|messaging|contacted|messaged him|her|them through|on|via ${APPS} [chat|chats]`],
    requiresNear: [ADULTS, 'does|do not know|unknown|older'],
    window: 10,
  },
  { code: 'te_sexual_images', patterns: ['sent|sending|sends images|pictures|photos|pics to [an|a] [older] adult|adults|man|men'] },
  // ---- Wording from practice that a hands-on check of the editor missed ----
  {
    code: 'te_adults_contact_online',
    patterns: [
      `talking|talks|talked|chatting|chats|chatted|messaging|messages|messaged|speaking|speaks|spoke [online] to|with [a|an] ${ADULT_YEAR_OLD} [man|male|woman|female]`,
      `talking|talks|talked|chatting|chats|chatted|messaging|messages|messaged|speaking|speaks|spoke [online] to|with [a|an] ${ADULT_AGES} year|yr old [man|male|woman|female]`,
      'talking|talks|talked|chatting|chats|chatted|messaging|messages|messaged|speaking|speaks|spoke [online] to|with [a|an] man|men|woman|adult|adults in his|her|their twenties|thirties|forties|fifties|20s|30s|40s|50s',
    ],
    requiresNear: [APPS],
    window: 12,
  },
  // ---- Round 17 ----
  {
    code: 'te_adults_contact_online',
    patterns: [
      `${ADULTS}|gamers|gamer [*] [*] [have|has|had] [been] contacting|contacted|messaging|messaged|messages|contacts him|her|them`,
      `being|been|was|were|is messaged|contacted|added|followed|groomed by [a|an] [*] ${ADULT_YEAR_OLD}|man|men|adult|adults|older|stranger|strangers`,
      `a|an [*] man|adult|male on a|an [*] chat|app|game|site [*] contacted|messaged|contacts|messages her|him|them`,
    ],
    requiresNear: [APPS, 'chat|chats|voice|site|online|messages|gamers|photographer|account|accounts'],
    window: 12,
  },
  {
    code: 'te_sextortion',
    patterns: ['pay|send [*] [*] or [*] [*] video|videos|images|pictures|photos|pics|nudes|clips'],
    requiresNear: ['sent|shared|posted|share|send|leaked|leak|released|family|school|friends'],
    window: 10,
  },
  {
    code: 'te_online_bullying',
    patterns: ['image|images|picture|pictures|photo|photos|pics|video|videos is|are|was|were being|been shared|passed|sent round|around|across'],
    unlessNear: ['consent|permission|agreed|family|holiday|school|newsletter|website'],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meets|meet|meeting [up] [with] [a|an] [*] man|men|someone|adult|male|guy from|off ${APPS}|grindr|tinder|hinge|bumble`,
      'to meet [an|a] online contact|contacts|friend',
    ],
  },
  {
    code: 'te_worrying_calls',
    patterns: ['after [a|the|receiving] [*] phone call|calls'],
    requiresNear: ['leaves|left|leaving|goes|went|runs|ran|walks|walked|disappears|disappeared'],
    window: 6,
  },
  {
    code: 'te_location_tracked',
    patterns: ['must|to answer their|his|her|the calls|phone straight|right away', 'must|to answer their|his|her|the calls|phone immediately|instantly'],
  },
  // ---- Round 18 ----
  {
    code: 'te_sexual_images',
    patterns: ['asked|asking|asks|ask|pressured|pressuring|pestered|pestering|begged|begging|demanded|demanding * [*] for nudes|nude'],
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'asked|asking|asks|ask|pressured|pressuring|pestered|pestering|demanded|demanding * for pictures|photos|pics|images|videos of himself|herself|themselves',
    ],
  },
  {
    code: 'te_several_phones',
    patterns: ['line phone|phones', 'graft phone|phones', 'work phone|phones'],
    requiresNear: ['drugs|county|olders|dealing|seized|pwits|found|search|searched|bailed|arrested'],
    window: 8,
  },
  {
    code: 'te_online_bullying',
    patterns: ['shared|passed|sent|spread|circulated|going round|around [the|her|his|their] year|school|class|year-group|form'],
  },
  {
    code: 'te_location_tracked',
    // Round 26: also "can see where she is through her phone" (framework: others tracking the child's location).
    patterns: ['checking|checks|checked|tracks|tracking|tracked|monitoring|monitors|see|sees where she|he|they is|are|goes|go|was|were'],
    requiresNear: ['phone|phones|app|location|snap|map|maps'],
    unlessNear: AGREED_TRACKING_CUES,
    window: 8,
  },
  {
    code: 'te_worrying_calls',
    patterns: ["won’t|won't|never stop calling|ringing|messaging|texting", 'will not stop calling|ringing|messaging|texting'],
  },
  // ---- Round 19 ----
  // annotate, and injuries or silences the sets do not count as signs.
  // "A man on TikTok offered her work", "asked for his bank details by a man on Snapchat": the adult online is the agent
  // of another sign (an offer, a request for images or bank details), which nine tuning-set lines annotate alone.
  {
    code: 'te_adults_contact_online',
    patterns: [`an|a adult|man|male|stranger on|via|over ${APPS}`],
    unlessNear: ['offered|offers|offering|offer|asked|asks|asking|ask|bank|details|room|stay|work|nudes|nude|photos|pictures|images|pics|deliveries'],
    window: 8,
  },
  // Money sent for pictures is an adult obtaining images of the child (te_sexual_images: tune11 codes "sent her money for
  // pictures of her in her underwear" so).
  {
    code: 'te_sexual_images',
    patterns: [
      'money|cash|paid|payment|payments [via|through|by|on|over|into] [*] [*] [*] for pictures|photos|images|nudes|pics|videos|selfies',
      'paid|pays|paying|pay for her|his|their pictures|photos|images|nudes|pics|videos',
    ],
    // Not a relative paying for school photos, nor a child's own videos ("money for videos he posts on YouTube").
    unlessNear: [
      'school|trip|prom|passport|photographer|studio|yearbook|print|prints|printing|frame|frames|album',
      FAMILY,
      'youtube|posts|channel|dance|show|earns',
    ],
  },
  // ---- Round 21 ----
  {
    code: 'te_adults_contact_online',
    patterns: [
      `a|an man|woman|adult of [about|around|roughly] ${ADULT_AGES} [has] [been] messaging|messages|messaged|contacting|contacts|contacted [*] on|via ${APPS}`,
      `a|an ${ADULT_YEAR_OLD} [man|woman] has|had|have been messaging|contacting|texting [*] on|via ${APPS}`,
      `messaged|contacted|added [*] [*] [*] by [a|an] man|woman|adult of ${ADULT_AGES}`,
      `contacted|messaged|added on|via ${APPS} by [*] [older] adults|adult|men|man|strangers|stranger`,
    ],
  },
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `man|men|adult|adults|guy|boy|someone from|on ${APPS} wants|wanted|asked|asks|asking|arranged|arranging to meet`,
      `met|meets|meeting [up] [with] a|an ${ADULT_YEAR_OLD} from|off|on a|an [*] ${APPS}|chat`,
    ],
  },
  {
    code: 'te_several_phones',
    patterns: ['other|extra|spare phones'],
    requiresNear: ['room|bag|bedroom|hidden|found|seen|search|searched|pockets'],
  },
  {
    code: 'te_online_offers',
    patterns: [`offered|offers|offering [*] a|an room|bed|job|place|work [*] via|on|through|over ${APPS}`],
  },
  // Round 21: a new phone nobody accounts for is coded as several phones (framework: "or a new phone that no one can
  // account for"; eight tuning-set lines against one as a gift). The gift entries still match it and give way.
  {
    code: 'te_several_phones',
    patterns: [
      `${GIFT_ADJ} phone|phones|iphone|iphones|mobile|mobiles|handset|handsets|smartphone`,
      `${GIFT_ADJ} phone|phones|iphone|iphones|mobile|mobiles|handset|handsets|smartphone [that|which] [she|he|they] [*] [*] cannot|can't|couldn't|won't|wouldn't|unable|refuses|refused|will|would|did|does|didn't|doesn't [not] [to] explain|account|say`,
    ],
    // Review of round 21: "number" ("Jade has a new phone number, updated on file").
    unlessNear: [...EXPLAINED_CUES, 'location|tracking|tracked|controls|settings|screen|cracked|broken|lost|stolen|number|numbers'],
    window: 8,
  },
  // Round 21: negated or plain wording the sets annotate ("no contact from adults online", "no adults were with her",
  // "has not missed a single session", "DNA'd x3", "adult gamers keep DMing him on Discord").
  {
    code: 'te_adults_contact_online',
    patterns: ['contact from|with [unknown] adults|men|strangers [online]'],
    requiresNear: ['no|any|not|never'],
    window: 3,
  },
  {
    code: 'te_adults_contact_online',
    patterns: [`contact|contacts|message|messages|dm|dms|dming|dm's him|her|them on|via|through [a|an] [*] ${APPS}|app|game|platform`],
    requiresNear: [ADULTS, 'does|do not know|unknown|older|gamers|gamer'],
    window: 8,
  },
  {
    code: 'te_sexual_images',
    patterns: [
      'images|pictures|photos|nudes were|was|being requested',
      'sent|sends|sending an|a image|picture|photo|video of herself|himself',
      'sent|sends|sending images|pictures|photos|videos of herself|himself',
      'pressured|pressurised|forced|made|coerced into sending images|pictures|photos|nudes',
      'asks|asked|asking * for pictures|photos|images|nudes|pics',
      'images|pictures|photos of * were|was found on [the|a|an|his] phone|laptop|device',
      'sent any pictures|images|photos|nudes',
    ],
    // Not a family's or a school's photos, nor pictures of drugs, weapons or money found on a phone.
    unlessNear: [
      FAMILY,
      'school|passport|holiday|trip|work|homework|project|prom',
      'drugs|drug|cannabis|weed|wraps|weapon|weapons|knife|knives|gun|guns|cash|money|stolen|cars|car|bikes',
      // Review 21b H4, M10: CCTV stills requested, a photo for a coach or of a uniform, photos of damage for an officer.
      'cctv|footage|bodycam|doorbell|dashcam|officer|officers|coach|uniform|damage|injury|injuries',
    ],
  },
  {
    code: 'te_adults_contact_online',
    patterns: [
      `${ADULTS} [*] [*] [*] [*] [*] has|have|had been messaging|texting|snapchatting|grooming`,
      `${ADULTS} are|were|is|was|have|has [been] contacting|messaging|adding * online`,
    ],
    // A relative is often who reports it ("Mum says ..."): only one messaged is a veto.
    unlessNear: [
      `messaging|texting|contacting|adding [her|his|their] ${FAMILY}`,
      'council|housing|office|school|college|police|social|worker|gp|surgery|clinic|appointment|appointments|repairs|staff|teacher|coach|manager|work|job|shift|shifts',
    ],
    window: 8,
  },
  // Live streaming: "a man made her undress on a video call", "Ellie has been streamed".
  {
    code: 'te_live_streaming',
    patterns: [
      'undress|undressed|undressing|strip|stripped|stripping|naked|nude|expose|exposed on|during|over|via [a|an|the] [*] video|facetime|webcam|cam|livestream|live-stream|stream|camera',
      'has|have|had been streamed|livestreamed|live-streamed',
    ],
    // Review 22a I14: a meeting or hearing streamed, or a security camera ("naked on the doorbell camera footage").
    unlessNear: [
      'school|assembly|concert|match|game|games|service|funeral|wedding|church|event|parents|show|play|gig|lesson|class|grandparents|gran|nan',
      'conference|webinar|cctv|doorbell|dashcam|bodycam|body-worn|security',
      'the|a|council|court|board|committee meeting|meetings|hearing|hearings',
    ],
    window: 6,
  },
  // Meeting an online contact: "went to meet the 19-year-old from Instagram", "met a man she had talked to on TikTok",
  // "met the man from the dating app".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meet|meets [up] [with] [a|an|the] [*] ${ADULT_YEAR_OLD}|man|men|adult|adults|guy|guys|boy|lad|stranger|person from|off|on [a|an|the] [dating] ${APPS}|dating|site|website`,
      `met|meet|meets [up] [with] [a|an|the] ${ADULT_YEAR_OLD}|man|men|adult|adults|guy|boy|stranger|person [who] she|he|they had|has [been] talked|talking|chatted|chatting|spoken|speaking|messaged|messaging [to|with] on|via|over ${APPS}`,
    ],
    unlessNear: ['school|college|council|office|club|youth|gym|shop|work|church|mosque'],
    window: 3,
  },
  // Frightened by calls or messages: "gets panicky every time the man rings", "gets texts during lessons and then leaves".
  {
    code: 'te_worrying_calls',
    patterns: [
      'panicky|panics|panic|panicked|scared|frightened|anxious|jumpy|nervous|shaky|tense every|each time|whenever [the|a|her|his] [*] man|men|phone|mobile|he|they|someone rings|ring|rang|calls|call|buzzes|texts|messages',
      // Review 22a I8: the lesson is required ("she got a text and went to bed" is ordinary).
      'gets|receives|got|received|getting|receiving [a] texts|text|calls|call|messages|message during|in [*] lessons|lesson|class and|then [then] leaves|left|goes|went|disappears|disappeared|runs|ran|walks|walked',
    ],
    // Review 22b I11: work, college or training only as where the child is going ("calls before work"), not where
    // the call finds him ("even when he is at work", "leaves the college site").
    unlessNear: [
      FAMILY,
      'school|staff|teacher|worker|social|office|gp|doctor|dentist|appointment|taxi|lift',
      'for|to|before|after work|job|shift|college|training|practice|club',
    ],
    window: 8,
  },
  // Offers made online, the app named first: "a man on TikTok offered her work and a place to stay", "if anyone on the
  // app offers Becky work".
  {
    code: 'te_online_offers',
    patterns: [`${APPS} [account|profile|user|page] offered|offers|offering * [a|an] [*] work|job|jobs|room|place|money|cash|modelling|bed|shifts`],
    unlessNear: [FAMILY, 'school|parents|college|council|nhs|gp|surgery|university|library|charity|employer|agency'],
    window: 4,
  },
  // Her location under watch: "the men track Shannon's phone", "has to send the men his location every hour".
  {
    code: 'te_location_tracked',
    patterns: [
      // Review 22a I2: a bare "they checked the phone" is often the police with a seized phone; "they" only tracks.
      `${ADULTS}|olders|lads|boyfriend|they track|tracks|tracked|tracking * phone|location`,
      `${ADULTS}|olders|lads|boyfriend check|checks|checked * phone|location`,
      'send|sends|sent|sending|share|shares|shared|sharing the|her|his men|man|olders|lads|boyfriend her|his|their location',
      // Review 22a I2: the person sent to is required ("has to share her location with mum" is a parent's rule).
      'has|have|had to send|share [the] men|man|olders|lads|boyfriend|them|him her|his|their location',
      'has|have|had to send|share her|his|their location with|to [the|her|his] men|man|olders|lads|boyfriend|them|him',
    ],
    // Not a parent's or a carer's safety check ("Dad tracks her phone with Life360"); a heading ("Mum:") vetoes nothing.
    unlessNear: [
      `${FAMILY}|school|police|staff track|tracks|tracked|tracking|check|checks|checked|checking`,
      'safety|plan|life360|agreed|agreement|consent|parental|controls',
    ],
    window: 8,
  },
  // An image passed round a year group or a chat is bullying ("a sexual image of her was shared around Year 10 on
  // WhatsApp", "a picture of her was passed round the whole year group"; four tuning-set lines).
  {
    code: 'te_online_bullying',
    patterns: [
      'image|images|photo|photos|picture|pictures|video|videos|pics|pic|nudes of * [has|have|is|are|was|were] [been|being] shared|passed|circulated|spread|sent|posted round|around|across|on|in|through',
    ],
    requiresNear: ['year|years|school|class|classes|group|chat|chats|pupils|students|everyone|whatsapp|snapchat|instagram|tiktok|estate|friends|form'],
    unlessNear: [FAMILY, "man|man's|men|adult|adult's|police|officers|evidence|court|ceop|birthday|wedding|holiday|celebrate|celebrating|proud"],
    window: 6,
  },
  // ---- Round 24 ----
  // Calls that frighten: "gets calls at night that scare him", "gets messages that frighten her".
  {
    code: 'te_worrying_calls',
    patterns: [
      // Review 24-1: not messages that upset ("after falling out with her best friend", "about his grandad").
      'gets|getting|got|receives|receiving|received calls|messages|texts [late] [at] [night] that|which scare|scares|scared|frighten|frightens|frightened|terrify|terrifies|terrified',
    ],
  },
  // An adult in messages, named by age: "messages from a 40 year old man on her son's Xbox", "an adult was messaging the
  // 12 year old on the game".
  {
    code: 'te_adults_contact_online',
    patterns: [
      `messages|messaging|texts|chats|snaps from|with a|an ${ADULT_AGES} year|yr old man|men|male|woman|adult`,
      `messages|messaging|texts|chats|snaps from|with a|an ${ADULT_AGES} year-old|yr-old man|men|male|woman|adult`,
      'adult|adults|man|men|stranger|strangers was|were|is|are|has|have|had [been] messaging|contacting|texting|snapchatting|grooming her|him|them|children|kids|girls|boys',
      'adult|adults|man|men|stranger|strangers was|were|is|are|has|have|had [been] messaging|contacting|texting|snapchatting|grooming the|a child|girl|boy',
      'adult|adults|man|men|stranger|strangers was|were|is|are|has|have|had [been] messaging|contacting|texting|snapchatting|grooming the|a 10|11|12|13|14|15|16|17 year|yr|year-old|yr-old',
    ],
    // The sender in the family or a professional ("messages from a 40 year old man, her dad"), not who found them.
    unlessNear: [
      'her|his|their dad|father|uncle|brother|grandad|stepdad|cousin|teacher|coach',
      'teacher|coach|worker|staff|police|officer|officers',
      // Review 24-1: a relative messaged, or a club's group chat ("messaging her mum about the car").
      'her|his|their mum|mother|mam|nan|gran|aunt|sister|wife|partner',
      'youth|club|trip',
    ],
    window: 6,
  },
  // Meeting someone known only online: "met a man he knew from Discord", "went to meet someone she knows from Snapchat".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meet|meets|meeting [up] [with] [a|an|the] [older] man|men|adult|adults|stranger|someone|somebody|boy|lad|girl [*] [she|he|they] [had] knew|knows|know|met from|on|through|via ${APPS}`,
    ],
  },
  // ---- Round 24, third pass ----
  // Meeting someone from online, in other words: "met a man she'd been talking to on Wizz", "went to meet someone from
  // an online game", "has never met anyone he talks to online", "met up with anyone from online", "met the adult in
  // person", "drove up from Reading to meet her".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `met|meet|meets|meeting [up] [with] anyone|anybody|someone|somebody|a|an|the [older] [man|men|adult|person|boy|girl|lad] [she|he|they|she'd|he'd|they'd] [has|had] [been] talks|talked|talking|chats|chatted|chatting|speaks|spoke|speaking [to|with] on|via|through|over ${APPS}`,
      `met|meet|meets|meeting [up] [with] anyone|anybody|someone|somebody|a|an|the [older] [man|men|adult|person|boy|girl|lad] [she|he|they|she'd|he'd|they'd] [has|had] [been] talks|talked|talking|chats|chatted|chatting|speaks|spoke|speaking [to|with] online`,
      `met|meet|meets|meeting [up] [with] anyone|anybody|someone|somebody|a|an [older] [man|men|adult|person] from [an|a] [online] ${APPS}|game|games|online`,
      // "the adult" is how records name an online contact ("no evidence that Tomasz has met the adult in person").
      'met|meet|meets|meeting the|this|that adult in person',
    ],
    unlessNear: [
      FAMILY,
      'teacher|teachers|coach|worker|staff|school|college|class|classmate|classmates',
      // Review 24c: not a games company or a gaming shop.
      'company|companies|shop|shops|store|stores|studio|firm|fair|careers|job|interview',
    ],
    window: 6,
  },
  // Review 24c: meeting "in person", or someone travelling to meet the child, is this sign only with the contact online
  // near it ("met the man in person", not police, a barrister or a scout who came from Leeds to meet him).
  {
    code: 'te_meeting_online_contacts',
    patterns: ['met|meet|meets|meeting the|this|that man|men in person', 'drove|drives|travelled|travels|came|comes [up|down] from * to meet her|him|them'],
    requiresNear: [APPS, 'messaging|messaged|messages|chatting|chatted|talking|talked|dms|dm|groomed|grooming|profile'],
    unlessNear: [FAMILY, 'teacher|teachers|coach|worker|staff|school|college|class|classmate|classmates'],
    window: 12,
  },
  // Sexual images, said of the images: "no evidence of images being shared", "possible that images were taken at the
  // party", "images of Lacey are being kept by the older boy", "if anyone asks Izzy for pictures".
  {
    code: 'te_sexual_images',
    patterns: [
      'images [of] [*] is|are|were|was|being|been [being] shared|taken|kept|sent|circulated|posted|passed|spread',
      'asks|asked|asking|ask|keeps|kept [asking] * for pictures|pics|photos|images|nudes|selfies|videos',
    ],
    unlessNear: [
      FAMILY,
      'trip|holiday|school|newsletter|website|class|sports|match|wedding|birthday|parents|cctv|prom|passport|id|baby|scan|dog|cat|pet|art|project|homework|photography|yearbook|team',
      'officer|officers|police|damage|damaged|injury|injuries|bruise|bruises|bruising|insurance|claim',
    ],
    window: 8,
  },
  // Review 24c: photos, pictures or videos taken or shared are ordinary (a christening, a bus pass, a fight, a missing
  // persons appeal) unless something sexual or a man or older boy is near.
  {
    code: 'te_sexual_images',
    patterns: ['pictures|photos|pics|videos|video [of] [*] is|are|were|was|being|been [being] shared|taken|kept|sent|circulated|posted|passed|spread'],
    requiresNear: [
      'nude|nudes|naked|sexual|sexually|indecent|explicit|intimate|topless|underwear|undressed|bra|knickers|blackmail|blackmailed|exploit|exploited|exploitation|cse',
      'man|men|adult|adults|boy|boys|lads|olders|older|boyfriend',
    ],
    unlessNear: [
      FAMILY,
      'trip|holiday|school|newsletter|website|class|sports|match|wedding|birthday|parents|cctv|prom|passport|id|baby|scan|dog|cat|pet|art|project|homework|photography|yearbook|team',
      'officer|officers|police|damage|damaged|injury|injuries|bruise|bruises|bruising|insurance|claim',
      'fight|fights|appeal|missing|christening|awards|party|agent|file|tricks|scooter',
    ],
    window: 8,
  },
  // ---- Round 25 ----
  // A phone the child must always answer (location and control, NWG county lines guidance): "a phone he must answer day
  // and night", "has to answer the phone within a minute".
  {
    code: 'te_location_tracked',
    patterns: [
      'phone|mobile [that|which] [she|he|they] must|has|have [to] answer [at] [all] day|any|all|every|within|straight|immediately|whenever',
      'phone|mobile [that|which] [she|he|they] must|has|have [to] pick up [at] [all] day|any|all|every|within|straight|immediately|whenever',
    ],
    // Review 25C: nor the care home's or the school's calls ("a phone he must answer any time the care home rings").
    unlessNear: [FAMILY, 'work|job|shift|manager|reception|customers|duty|on-call|care|placement|keyworker|staff|school', 'on call'],
    window: 8,
  },
  // Starting at the verb, not at "has" (matcher cost).
  {
    code: 'te_location_tracked',
    patterns: [
      'answer [the|her|his|their] phone|calls|mobile within|day|any|every|whenever|at',
      'pick up [the|her|his|their] phone|calls|mobile within|day|any|every|whenever|at',
    ],
    requiresNear: ['must', 'has|have|had to', 'expected|made|told to'],
    unlessNear: [
      FAMILY,
      'work|job|shift|manager|reception|customers|duty|on-call|business|shop|garage|office|salon|cafe|takeaway|saturday',
      'on call',
      // Review 25G: nor the placement's or the school's calls, as in the entry above ("has to pick up her phone whenever the
      // placement rings at curfew").
      // Not bare "placement" or "curfew", which report or frame the sign ("placement report he must answer it day and night").
      'placement|keyworker|carers rings|ring|rang|calls|call|phones|phone',
    ],
    window: 8,
  },
  // Leaving as soon as a call comes (NWG): "gets a call and leaves the house straight away".
  {
    code: 'te_worrying_calls',
    patterns: ['gets|got|receives|received|takes|took [a|one] [phone] call|text|message and|then [then] leaves|left|goes|went|runs|ran|disappears|disappeared'],
    unlessNear: [
      FAMILY,
      'school|college|work|job|shift|manager|taxi|lift|appointment|training|practice|club|friend|friends',
      // An ordinary evening ("got a text and went to bed").
      'bed|sleep|asleep|dinner|tea|shower|bath|homework|upstairs|room|bedroom',
      // Review 25C: an errand ("got a message and went out to the shop for milk").
      'shop|shops|shopping|milk|bread|dog|walk',
      // Review 25E: a bus to catch, a doctor or an ordinary outing ("gets a text and then leaves for the bus", "left to
      // meet her boyfriend at the cinema").
      'bus|train|doctor|hospital|cinema|film|pictures|bowling|swimming',
      // Review 25G: a game, an exam or a driving lesson ("gets a message and then leaves for football", "left for his exam").
      'football|match|game|gym|exam|exams|driving',
    ],
    window: 8,
  },
  // On camera for someone (live streaming): "made to perform on camera".
  {
    code: 'te_live_streaming',
    patterns: [
      'perform|performing|performed|pose|posing|posed|strip|stripping|stripped on|for [a|the] camera|webcam|cam|livestream|live-stream|stream',
      'perform|performing|performed|pose|posing|posed|strip|stripping|stripped in front of [a|the] camera|webcam|cam',
    ],
    requiresNear: ['made|forced|asked|paid|told|pressured|pressurised|coerced|groomed|man|men|adult|adults|someone|somebody|online|app'],
    unlessNear: [
      'drama|school|play|music|concert|band|choir|dance|youtube|channel|tiktoker|influencer|gaming|game|games|lesson|class',
      // Review 25C: a photo day ("asked to pose for the camera at the football photo day").
      'photo|photos|photographer|photoshoot|portrait|football|match|team|wedding',
    ],
    window: 8,
  },
  // ---- Probe 25 ----
  // Videos or pictures "of a sexual nature" sent to or by the child.
  {
    code: 'te_sexual_images',
    patterns: ['videos|video|pictures|picture|photos|photo|images|image|clips|content|material of a sexual nature'],
    // Review 25D: not a lesson about them ("a PSHE lesson on images of a sexual nature").
    unlessNear: EDUCATION_CUES,
  },
  // Money asked to take pictures down ("asking him for money to take them down"): the demand of sextortion.
  {
    code: 'te_sextortion',
    patterns: [
      'asking|asked|asks|wants|wanted|demanding|demanded [her|him|them] [for] money|cash|payment [*] [*] [to] take|taking [them|it|the|those|these|his|her|their] [*] down',
      'asking|asked|asks|wants|wanted|demanding|demanded [her|him|them] [for] money|cash|payment [*] [*] [to] delete|remove|deleting|removing them|it|the|those|these',
    ],
    requiresNear: ['pictures|picture|photos|photo|images|image|pics|pic|nudes|videos|video|posted|online'],
    unlessNear: ['shop|ebay|vinted|sold|selling|listing|advert|parking|fine'],
    window: 10,
  },
  // Round 26: someone from an app the child has met up with ("raped by a man she met up with from Snapchat"; framework:
  // meeting people first met online).
  {
    code: 'te_meeting_online_contacts',
    patterns: [`man|men|adult|adults|male|males|guy|guys|someone|person|boy|lad [who|that|whom] she|he|they met|meets up with from|on|via|through ${APPS}`],
  },
  // Someone known only from an app who wants to meet ("a man she met on Snapchat wants to meet her in town").
  {
    code: 'te_meeting_online_contacts',
    patterns: [`met|meets|talks|talking|chats|chatting|speaks|speaking [to|with] on|via|through ${APPS} wants|wanted|asked|asking|asks to meet|see`],
    unlessNear: [FAMILY, 'school|class|classmate|classmates|college|club|team'],
    window: 8,
  },
  // An adult who keeps messaging children on an app ("a man who isn't a parent keeps messaging the girls on Instagram").
  {
    code: 'te_adults_contact_online',
    patterns: [
      `messaging|messages|messaged|contacting|contacts|contacted|adding|added [her|him|them|the] [girls|boys|children|kids|players|pupils] on|via|over ${APPS}`,
    ],
    requiresNear: ["man|men|adult|adults|male|males|stranger|strangers|older|isn't|not"],
    unlessNear: [FAMILY, 'teacher|teachers|coach|coaches|school|secretary|staff|kit|fixtures|fixture|training|parents'],
    window: 8,
  },
  // Calls that frighten the child ("kept getting calls and seemed scared").
  {
    code: 'te_worrying_calls',
    patterns: ['kept|keeps|keep getting|receiving calls|messages|texts'],
    requiresNear: ['scared|worried|frightened|anxious|panicked|panicky|nervous|upset|withheld|unknown|men|older|olders|night|jumpy'],
    // Review 25D: not calls from a surgery or a clinic ("kept getting calls from the GP surgery about her results").
    unlessNear: [
      FAMILY,
      'work|job|spam|sales|scam|marketing|insurance|staff|office',
      'from [the|his|her|their] school|college|teacher|teachers|gp|surgery|doctor|doctors|hospital|clinic|dentist|bank|council',
      'detention|detentions|results|appointment|appointments',
    ],
    window: 8,
  },
  // Probe 25 batch 3. A public stream is not the sign ("the class watched a live stream of the rocket launch").
  {
    code: 'te_live_streaming',
    patterns: ['live stream|streaming|streamed|streams'],
    unlessNear: ['launch|match|matches|game|games|concert|service|funeral|wedding|assembly|lesson|class|football|gig|church|news|cup|final|race'],
    window: 8,
  },
  // Review 25D: a stream with men, sex or payment is the sign whatever setting words the public-stream vetoes hold ("made
  // to live stream sexual acts in a game chat", "live streaming in her room to men while her class thought she was ill").
  {
    code: 'te_live_streaming',
    patterns: ['live stream|streaming|streamed|streams', 'live-streamed|livestreamed|livestreaming'],
    requiresNear: ['men|man|males|adults|strangers|sexual|sex|naked|strip|stripping|undress|undressing|nude|tokens|gifts|forced|pressured'],
    window: 8,
  },
  // Watched on a call ("made to do things on a video call while men watched").
  {
    code: 'te_live_streaming',
    patterns: ['video call|calls|chat|chats|camera|webcam while|as [the] [older] men|man|adults|adult|others|people|strangers watched|watching|watch'],
  },
  // Bullying by a fake profile ("someone set up a fake account pretending to be her and posted horrible things").
  {
    code: 'te_online_bullying',
    patterns: [
      'fake|false|pretend account|accounts|profile|profiles|page pretending|claiming|posing to|as [be] her|him|them',
      'posted|posting|posts|post horrible|nasty|mean|vile|cruel|abusive things|stuff|comments|lies|rumours|messages about her|him|them',
    ],
    unlessNear: ['teacher|teachers|staff|school|mum|dad|brand|business'],
    window: 6,
  },
  // Performing on camera ("made to perform on camera").
  {
    code: 'te_live_streaming',
    patterns: ['made|forced|pressured|told|makes|forces to perform|pose|strip on|for [a] camera|webcam|video|live|stream'],
    unlessNear: ['team|club|promo|drama|show|concert|assembly|school|class|choir|band|audition|project'],
    window: 10,
  },
  // A phone that must be answered at once ("answer the phone within a minute", "a phone he must answer day and night").
  {
    code: 'te_location_tracked',
    patterns: [
      'answer|answers|answering|reply|replies|replying [it|the|her|his|their] [phone] within [a|one|two|three|five|ten|30|60] minute|minutes|seconds|rings',
      'answer|answers|answering [it|them] day and night',
    ],
    // Not twice in a sentence that already names the tracking ("They track his phone with Find My and he must answer
    // within a minute" is one sign).
    // Review 25C/D: nor a Saturday job ("answer the phone within three rings at the salon").
    unlessNear: [
      'work|job|shift|on-call|call|customers|office|reception|track|tracks|tracked|tracking|find|snap|location|life360',
      'salon|shop|cafe|takeaway|business|garage|manager|till|saturday|saturdays',
    ],
    window: 12,
  },
  // ---- Round 27 ----
  // Made to take part in video calls or streams ("Harvey was made to take part in video calls").
  {
    code: 'te_live_streaming',
    patterns: [
      // Review 27: not "asked" or "told" (a club, a museum or an interpreter inviting the child to a call).
      'made|forced|pressured|pressurised|paid|coerced [her|him|them] to take part in [*] video|live|webcam|facetime calls|call|chats|chat|streams|stream|livestreams|livestream|sessions',
      'made|forced|pressured|pressurised|paid|coerced [her|him|them] to join|do [*] video|live|webcam|facetime calls|call|chats|chat|streams|stream|livestreams|livestream|sessions',
    ],
    unlessNear: [`${FAMILY}|school|class|lesson|lessons|teacher|tutor|doctor|gp|therapist|worker|social|meeting|meetings|court|contact`],
    window: 8,
  },
  // An adult messaging the child on an app ("an adult is messaging Evie on Instagram", "an adult account contacting a
  // 13-year-old").
  {
    code: 'te_adults_contact_online',
    patterns: [
      `adult|adults|man|men|stranger|strangers|account|accounts [is|was|are|were|has|have|had|keeps] [been] messaging|contacting|texting|messaged|contacted|texted|adding|added * [*] on|via|through ${APPS}`,
      `adult|adults account|accounts|profile|profiles [is|was|are|were|has|have|had] [been] messaging|contacting|texting|messaged|contacted a|an ${CHILD_YEAR_OLD}|child|girl|boy`,
    ],
    // Review 27: an adult messaging a parent, a seller or each other, or a club's account messaging its members.
    unlessNear: [
      `messaging|contacting|texting|messaged|contacted|texted [the|her|his|their] ${FAMILY}|parents|each|landlord|seller|buyer|members|school|council|police`,
      "club's|club|library|school's",
    ],
    window: 4,
  },
  // Calls and messages through the night or the session ("receives messages all night from older men", "her phone rings
  // throughout").
  {
    code: 'te_worrying_calls',
    patterns: [
      'receives|received|receiving|gets|getting|got [*] messages|calls|texts all|throughout|through|late [the|at] night|nights',
      'phone|mobile rings|ringing|rang|buzzes|buzzing|buzzed throughout|constantly|non-stop|continuously|repeatedly',
      'phone|mobile goes|went|going|keeps|kept off|ringing|buzzing throughout|constantly|non-stop|continuously|repeatedly',
    ],
    unlessNear: [
      `${FAMILY}|school|work|job|friends|friend|alarm|alarms|game|games|group|office|landline|reception|desk|switchboard|ward|case`,
      // Review 27: an occasion explains the calls (a birthday, results day, a funeral, a flood).
      'birthday|results|funeral|christening|wedding|flood|christmas|congratulations|well-wishers|condolences|shop|orders|notifications',
    ],
    window: 8,
  },
  // Adults tracking the child through the phone ("they check where Dre is through his phone").
  {
    code: 'te_location_tracked',
    patterns: [
      // Review 27: one word for the child ("where Dre is"), not "where the bus is" or "where his parcel is".
      'check|checks|checked|checking|track|tracks|tracked|tracking|monitor|monitors|monitored|see|sees|know|knows where * is|was|goes|went|are [at] through|via|on|using|with [her|his|their] phone|phones|location|snap|snapchat',
    ],
    unlessNear: [...AGREED_TRACKING_CUES, `${FAMILY}|staff|carer|carers|school|agreed|agreement|safety`],
    window: 8,
  },
  // ---- Round 28, second batch ----
  // Calls that keep coming ("kept getting calls and then rushed out", "someone kept ringing him"); te_worrying_calls.
  {
    code: 'te_worrying_calls',
    patterns: [
      'kept|keeps|keep getting|receiving calls|texts|messages',
      'someone|somebody|they|men kept|keeps ringing|calling|phoning her|him|them',
      'call|calls from a withheld|private|unknown number and|then ran|rushed',
    ],
    unlessNear: [
      `${FAMILY}|office|school|parents|complaints|customers|bank|surgery|gp|landlord|council|work|job|agency|recruiters|marketing|spam|delivery|insurance`,
      'about|regarding|re',
      // Review 28: a firm or a service ("keeps receiving texts from the phone company").
      'company|companies|provider|network|dentist|optician|vet|gym|pharmacy|sales|collectors|energy',
    ],
    // The caller named in the next clause ("...; it was the GP surgery").
    unlessNearAcross: ['surgery|gp|bank|doctor|dentist|hospital|delivery|scam|spam|dad|mum|nan'],
    window: 8,
  },
  // Sexual harassment by peers ("is sexually harassed by boys in the common room"), and nude images shared
  // ("her nudes were shared"): te_online_bullying in the framework.
  {
    code: 'te_online_bullying',
    patterns: [
      'sexually harassed|harassing|bullied by [older|other] boys|girls|pupils|students|peers|classmates|lads',
      'nudes|nude was|were|have|has [been] shared|posted|circulated|forwarded',
      'nudes|nude was|were|have|has [been] sent round|around',
    ],
    unlessNear: [...EDUCATION_CUES, 'staff|teacher|colleague|colleagues|employee|worker|nurse|mum|mother', 'art|painting|paintings|sculpture|gallery|museum'],
    window: 8,
  },
  // Filmed live for adults online ("was filmed live for men online"): te_live_streaming.
  {
    code: 'te_live_streaming',
    patterns: [`filmed|streamed|streaming|filming live for|to ${ADULTS_NOT_PEOPLE}|viewers|strangers [online|on]`],
    unlessNear: ['match|concert|assembly|service|funeral|wedding|church|mosque|graduation|show|play|parents|family|game|gig|council|sports'],
    window: 8,
  },
  // ---- Round 28, third batch ----
  // Adult men contacting the child on an app ("contacted by adult men on Grindr"): te_adults_contact_online.
  {
    code: 'te_adults_contact_online',
    // The dating apps for adults (the other apps are in earlier entries).
    patterns: ['contacted|messaged|added|approached by adult|older|grown men|males|man on|via grindr|tinder|hinge|bumble'],
    unlessNear: [
      'coach|club|team|school|teacher|tutor|staff|church|youth|worker|scam|scammers|sellers|buyers|selling|tickets|cloned|profile|advert|advertised|sale|listing|car',
      // Review 28: an adult relative on a dating app ("Her aunt was messaged by older men on Bumble").
      `${FAMILY_NOT_CARERS}|teacher|nurse was|is|has|had|gets|got|keeps`,
    ],
    window: 6,
  },
  // ---- Round 28, fifth batch ----
  // Offers made on an app ("was offered free weed on Telegram", "an account on TikTok is offering girls money to model"):
  // te_online_offers.
  {
    code: 'te_online_offers',
    patterns: [
      `offered|offering|offers|offer [her|him|them|girls|boys|kids|children] [free] money|cash|weed|drugs|cannabis|vapes|work|jobs|spliffs|pills [*] [*] [*] [*] on|via|over|through ${APPS}`,
      `account|accounts|someone|somebody|man|men|people on ${APPS} is|are|was|were|has|have [been] offering|offered [her|him|them|girls|boys|kids|children|young] [people] [free] money|cash|weed|drugs|cannabis|vapes|work|jobs|lifts|somewhere|modelling`,
    ],
    unlessNear: [
      'off|discount|discounts|voucher|vouchers|refund|deal|deals|sale|promo|competition|giveaway|prize|college|university|course|interview|apprenticeship|subscription|trial|shop|brand|company|store|council|school|club',
    ],
    window: 8,
  },
  // ---- Round 29 ----
  // An adult from online or a game arranging to meet the child ("the adult player arranged to meet Finn at the park",
  // "the man suggests meeting", "a man she met on Snap asked to meet her in town"): te_meeting_online_contacts.
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      `[older] ${ADULTS_NOT_PEOPLE}|player|gamer|gamers|players|contact|${ADULT_YEAR_OLD} [has|had|have|is|was] arranged|arranges|arranging|arrange|asked|asks|asking|ask|wants|wanted|want|tried|tries|trying|try|suggested|suggests|offered|offers|offering|offer to meet [up] [with] her|him|them`,
      `[older] ${ADULTS_NOT_PEOPLE}|player|gamer|gamers|players|contact|${ADULT_YEAR_OLD} [has|had|have|is|was] arranged|arranges|arranging|arrange|asked|asks|asking|ask|wants|wanted|want|tried|tries|trying|try|suggested|suggests|offered|offers|offering|offer to meet [up] [with] * at|in|near|outside|after`,
      `[older] ${ADULTS_NOT_PEOPLE}|player|gamer|gamers|players|contact|${ADULT_YEAR_OLD} suggested|suggests|suggesting|proposed|proposes|mentioned|mentions meeting [up]`,
    ],
    unlessNear: [
      `${FAMILY}|worker|workers|teacher|teachers|social|officer|officers|pc|nurse|doctor|gp|coach|staff|landlord|housing|solicitor|interpreter|mentor|youth|counsellor|therapist|manager|tutor|volunteer|caseworker|advocate|sw|yot|probation|camhs|lawyer|estate|agent|plumber|buyer|seller|neighbour|neighbours`,
      // Adults meeting each other ("the men arranged to meet him at the pub to sign the contract").
      'contract|interview|job|cv|business|client|clients|customer|customers|viewing|delivery|collect|collection',
      // Review 29: a sale ("the man suggested meeting at the cafe to discuss the car sale").
      'sale|sell|selling|sold|buy|buying|price|discuss|gumtree|ebay|vinted|marketplace|pram|bike|car',
    ],
    window: 8,
  },
  // Calls all night or all through the day ("gets calls all through lessons and walks out", "used to get calls all night",
  // "her phone rings all night"): te_worrying_calls (framework: many calls or messages at all hours).
  {
    code: 'te_worrying_calls',
    patterns: [
      'gets|get|getting|got|receives|received|receiving|takes|took|taking calls|phone|phonecalls all night|day|evening|through|the',
      'phone|mobile rings|ringing|rang|buzzes|buzzing|buzzed all night|day|evening|through|the [time]',
      'phone|mobile rings|ringing|rang|buzzes|buzzing|buzzed constantly|non-stop|nonstop|continually|continuously',
    ],
    unlessNear: [
      `${FAMILY}|work|job|office|shift|customers|customer|clients|client|sales|bank|nuisance|spam|scam|scams|marketing|insurance|company|business|teacher|staff|manager|landlord|doctor|nurse|on-call|call`,
      'birthday|results|exam|news|hospital|funeral|christmas|eid|wedding|baby|congratulations|interview|interviews|ppi|survey|surveys|delivery',
      'flood|fire|storm|emergency|neighbours|neighbour|friends|relatives|well-wishers|checking',
      // Review 29: a friend, a game, a club or a cause ("gets calls all night from his gaming friend in Canada", "took
      // calls all evening about the lost dog", "the phone rang all day about the fundraiser").
      'friend|mate|mates|bestie|gaming|canada|australia|america|abroad|dog|cat|pet|fundraiser|fundraising|charity|appeal|campaign|club|football|match|group|notifications|notification|instagram|alarm|alarms',
    ],
    window: 8,
  },
  // Pay or the picture goes to the family ("told to pay £500 or the picture would go to his family", "send more or the
  // video goes on Snapchat"): te_sextortion.
  {
    code: 'te_sextortion',
    patterns: [
      'or [else] [the|her|his|their] picture|pictures|pic|pics|photo|photos|image|images|video|videos|nudes|nude would|will|gets|get|goes|go go|be|sent|shared|posted|put|out',
    ],
    requiresNear: ['pay|paid|money|cash|send|sent|more|gift|cards|bitcoin|crypto'],
    unlessNear: ['bin|printed|print|album|yearbook|frame|deleted|delete|competition|entry|entries|deadline|form', ...SCHOOL_PHOTOS],
    window: 12,
  },
  // ---- Round 29b ----
  // An adult or older player adding the child, holding the child's number or offering in-game items for jobs ("an adult
  // player added Finn on Discord", "the older player has his number"): te_adults_contact_online.
  {
    code: 'te_adults_contact_online',
    patterns: [
      `adult|older|unknown player|players|gamer|gamers|man|men|male|males|stranger|strangers added|adds|adding|friended|friends|followed|follows|requested|messaged|messages|messaging [*] [*] on|via ${APPS}`,
      `${ADULT_YEAR_OLD} added|adds|adding|friended|followed|requested|messaged [*] [*] on|via ${APPS}`,
      'adult|older|unknown player|players|gamer|gamers|stranger|strangers|man|men|male has|had|have|got|gets|wanted|wants his|her|their number|snapchat|snap|insta|instagram|whatsapp',
    ],
    unlessNear: [
      `${FAMILY}|coach|team|squad|club|group|class|school|year|friend|friends|teacher|shirt|kit|jersey|delivery|driver|taxi|plumber|landlord|dentist|garage|shop|work|boss|tutor|manager|marketplace|bike|sale|selling|buy|buying|ebay|gumtree|vinted|advert|depop`,
      // Review 29b: lifts to training, a tournament, a sale or a lost pet ("the older player has his number for lifts to
      // training", "the man added her on Facebook after she bought his sofa").
      'lift|lifts|training|fixture|fixtures|tournament|tournaments|league|rules|charity|bought|sold|sell|sofa|lost|found|netball|match',
    ],
    window: 8,
  },
  // In-game items offered by an adult for jobs ("an adult offered Finn free skins for doing jobs", "a gamer promised him
  // Robux if he ran an errand"): te_online_offers.
  {
    code: 'te_online_offers',
    patterns: [
      'offered|offers|offering|offer|promised|promises|promising|gave|gives|giving|sent|sends [*] [free] skins|vbucks|v-bucks|robux|coins|gems|credits for|if|in|to',
    ],
    requiresNear: [
      'adult|adults|man|men|male|player|players|gamer|gamers|stranger|strangers|older|someone|somebody|unknown|jobs|job|errand|errands|pictures|pics|photos',
    ],
    unlessNear: [
      `${FAMILY}|chores|homework|reading|challenge|challenges|level|levels|signing|sign|event|season|pass|shop|store|birthday|christmas|reward|rewards|behaviour|chart|tidying|teacher|school`,
      // Review 29b: a scam link ("someone offered him free skins in a scam link, so he reported it").
      'scam|scams|scammer|scammers|phishing|link|links|fake|hacked|hack|giveaway|competition',
    ],
    window: 10,
  },
  // An adult holding pictures of the child ("the man has images of Poppy", "the adult male holds videos of both girls"):
  // te_sexual_images.
  {
    code: 'te_sexual_images',
    patterns: [
      '[older] man|men|male|adult|adults|stranger|strangers|boyfriend [may|might|could|must|still] has|had|have|holds|held|keeps|kept [indecent|sexual|naked|nude|explicit|intimate] images|videos|video|films|pictures|photos|pics|photographs of her|him|them|both',
      '[older] man|men|male|adult|adults|stranger|strangers|boyfriend [may|might|could|must|still] has|had|have|holds|held|keeps|kept [indecent|sexual|naked|nude|explicit|intimate] images|videos|video|films|pictures|photos|pics|photographs of the|a|two|three|young [young|little|two|three] girl|girls|boy|boys|child|children|kid|kids|pupil|pupils|teenager|teenagers',
    ],
    unlessNear: [
      // Review 29b: relatives or an event ("the older man kept pictures of both his grandchildren on the fridge", "the man
      // has photos of them at the restaurant opening").
      'of both his|her|their|my|our',
      'grandchildren|grandkids|grandson|granddaughter|grandsons|granddaughters|nephew|nephews|niece|nieces|fridge|restaurant|opening|launch|ceremony|festival|gig|reunion|anniversary|charity|fundraiser|office|work',
      `${FAMILY}|daughter|son|wedding|party|birthday|holiday|holidays|trip|match|school|photographer|play|graduation|nativity|christening|desk|wall|frame|framed|album|baby|scan|prom|sports|team|race|concert|show|own|cats|dogs|dog|cat|car|cars|house|houses|property|map|maps|football|game|crime|scene|cctv|camera|dashcam|spain|france|italy`,
    ],
    window: 10,
  },
  // ... and images of a named child ("the man has images of Poppy"), not of a thing ("the adult holds images of the new
  // build", "the man has images of the stars from his telescope"): review 29b.
  {
    code: 'te_sexual_images',
    patterns: [
      '[older] man|men|male|adult|adults|stranger|strangers|boyfriend [may|might|could|must|still] has|had|have|holds|held|keeps|kept [indecent|sexual|naked|nude|explicit|intimate] images|videos|video|films of *',
    ],
    unlessNear: [
      'of the|a|an|this|that|these|those|his|my|our|your|its|some|all|every|her|him|them|both|their|it',
      `${FAMILY}|daughter|son|wedding|party|birthday|holiday|holidays|trip|match|school|photographer|play|graduation|nativity|christening|desk|wall|frame|framed|album|baby|scan|prom|sports|team|race|concert|show|own|cats|dogs|dog|cat|car|cars|house|houses|property|map|maps|football|game|crime|scene|cctv|camera|dashcam|spain|france|italy`,
    ],
    window: 10,
  },
  // ---- Round 32 ----
  // Work, money or a room offered online ("a Snapchat message offering him work in Southend", "online job offers", "an
  // online post offering a free room", "men on his Xbox ask him to do jobs for them").
  {
    code: 'te_online_offers',
    patterns: [
      'offering|offered|offers him|her|them [some] [paid] work|jobs|job|cash|money',
      'online|internet work|job offer|offers',
      `${APPS} ask|asks|asked|asking|offer|offers|offered|offering him|her|them [to] [do] [a] job|jobs|work|errands`,
      'post|posts|advert|adverts|ad|ads|message|messages offering [*] [*] cash|money|work|jobs|job|room|rooms|somewhere|accommodation',
    ],
    // Review 32: a chat, an account or a group online, not the worker's chat with the child, the child's account of events
    // or a group of boys in the park.
    requiresNear: [
      `${APPS}|message|messages|messaged|dm|dms|post|posts|posted|advert|adverts|ad|ads|profile`,
      'group|fake|new|private chat|chats|account|accounts',
      'chat|chats room|rooms|group|groups',
    ],
    // Not sex offered for (rg_sex_exchange), nor a shop's offer ("offered her money off on Instagram").
    unlessNear: [
      'sex|sexual',
      'off|discount|discounts|sale|voucher|vouchers|code|shop|shops|store|deal|deals|refund|cashback',
      // Review 32: nor a service's offer ("Housing sent her a message offering her temporary accommodation", "an advert
      // offering paid work placements", "his YOT worker messaged offering him work experience").
      'housing|council|college|school|yot|worker|jobcentre|careers|placement|placements|experience|apprenticeship|apprenticeships|temporary|supported|emergency',
    ],
    window: 8,
  },
  // Adults who keep texting or calling the child ("the men keep texting him in class").
  {
    code: 'te_worrying_calls',
    patterns: [`${ADULTS_NOT_PEOPLE}|olders|elders|dealers keep|keeps|kept texting|messaging|calling|ringing|phoning him|her|them`],
    // Review 32: nor a name called ("keep calling him a grass", "calling her a slag").
    unlessNear: ['names|name', 'calling him|her|them a|an|fat|gay|ugly|thick|stupid|weird|grass|snitch|slag|slut|liar|paedo|nonce'],
    window: 4,
  },
  // ---- Round 32 recall pass ----
  // An online contact asking or arranging to meet the child (7 sets): "has asked to meet her", "asked him to meet in the
  // park", "arranged to meet the Ranger at the station", "if the man suggests meeting", "she will arrange to meet him".
  {
    code: 'te_meeting_online_contacts',
    patterns: [
      'asked|asks|asking|arranged|arranges|arrange|arranging [her|him|them|the|a] [*] [to] meet [her|him|them|up] [at|in|on]',
      'suggests|suggested|suggesting|proposed|proposes meeting|meet',
    ],
    // The contact must be online in the sentence: a man, a player or a seller alone is not (review 25, round 28 tests).
    requiresNear: [APPS, 'game|gaming|chat|grindr|wizz'],
    // Not a relative, a worker or friends as the ones met or meeting ("the social worker arranged to meet her", "asked to
    // meet her mum"), not a deadline or a target.
    unlessNear: [
      'meet her|his|their|the mum|dad|mother|father|parents|parent|nan|gran|family|brother|sister|carer|carers|foster',
      'mum|dad|mother|father|parents|carer|carers|nan|gran|aunt|uncle asked|asks|arranged|arranges|suggested|suggests',
      'worker|workers|social|teacher|teachers|staff|police|officer|officers|nurse|doctor|gp|solicitor|advocate|mentor|coach|tutor|council|review|appointment|school|friend|friends|mates',
      'a|the|strategy|team|review meeting|meetings',
      'seller|sale|selling|buy|buying|bike|interview|job|teammates|team|learner|tutoring|pub|ground|club',
      'deadline|deadlines|target|targets|criteria|requirement|requirements|needs|standard|standards|demand|demands|costs',
    ],
    window: 12,
  },
];

// Case-note wording for SAFEGUARD A: absent from school, missing from home or care (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import {
  ADULTS,
  ADULT_AGES,
  ADULT_YEAR_OLD,
  ARRANGED_TRAVEL_CUES,
  DRUGS,
  FAMILY,
  FAMILY_HOMES,
  FAMILY_NOT_CARERS,
  HER,
  TOWNS,
  VEHICLE,
  WEEKDAYS,
  range,
} from './words.ts';

export const ABSENT_MISSING_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Probe 23 ----
  // Travelling to other or coastal towns (Jay 2014, county lines: "going country"), not a holiday, a match or a visit.
  {
    code: 'am_found_out_of_area',
    patterns: [
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to [a|an|the] [*] coastal|seaside town|towns|resort|resorts',
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to [*] other|different towns|cities|counties',
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to * and|or other|different [coastal|seaside] towns|cities|resorts',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'holiday|holidays|trip|trips|visit|visits|visiting|match|matches|fixture|fixtures|football|team|club|tournament|competition|competitions|work|works|job|college|university|school|residential|hospital|appointment|appointments',
    ],
    window: 12,
  },
  // "To the coast" or "the seaside" is often a day out: only with a sign that no one knows why or who pays.
  {
    code: 'am_found_out_of_area',
    patterns: [
      'travelling|traveling|travelled|traveled|travels|travel|going|goes|went|gone|getting|gets|got|taking|takes|took [*] [*] [*] to the coast|seaside',
    ],
    requiresNear: [
      'no explanation|reason',
      'unexplained',
      'will|would|does|did not say|explain',
      "won't|wouldn't|doesn't|didn't|can't|cannot say|explain",
      'who pays|paid|paying',
      'on school days',
      'alone|olders|late|overnight',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'holiday|holidays|trip|trips|visit|visits|visiting|match|matches|fixture|fixtures|football|team|club|tournament|competition|competitions|work|works|job|college|university|residential|hospital|appointment|appointments',
    ],
    window: 14,
  },
  // Staying at addresses the family or carers do not know: nobody can say where the child sleeps.
  {
    code: 'am_unknown_address',
    patterns: [
      'sleeping|staying|stays|sleeps|slept|stayed|been [out] at [an|a|the] address|addresses|flat|flats|house|houses|places [that] [the|her|his|their] family|parents|mum|dad|carers|carer|staff|police do|does|did not know',
      "sleeping|staying|stays|sleeps|slept|stayed|been [out] at [an|a|the] address|addresses|flat|flats|house|houses|places [that] [the|her|his|their] family|parents|mum|dad|carers|carer|staff|police don't|doesn't|didn't|don’t|doesn’t|didn’t know",
      'sleeping|staying|stays|sleeps|slept|stayed|been [out] at [an|a|the] address|addresses|flat|flats|house|houses|places unknown|not known to [the|her|his|their] family|parents|mum|dad|carers|carer|staff|police',
    ],
  },
  // "Mum reported Tom missing": a name or a relation between the verb and "missing" (not a thing reported missing).
  {
    code: 'am_missing',
    patterns: [
      'reported|reports|reporting|report * missing',
      'reported|reports|reporting|report her|his|their son|daughter|child|grandson|granddaughter|stepson|stepdaughter missing',
    ],
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|item|wallet|purse|keys|bike|trainers|jewellery|coat|laptop|car|van|dog|cat|passport|medication|tablets|property|nothing|none|anything',
      // Review 23C: a sum ("Dad reported £50 missing from his wallet").
      'reported|reports|reporting|report 1*|2*|3*|4*|5*|6*|7*|8*|9* missing',
    ],
    window: 2,
  },
  // Round 26: the police category "absent" (not where they should be, no known risk) is a missing episode in the
  // framework's sense ("K was reported absent at 19:30, found at the bus station"); not absent from school or work.
  {
    code: 'am_missing',
    patterns: ['reported|recorded|logged absent'],
    unlessNear: ['school|college|lesson|lessons|class|classes|registration|sick|ill|illness|unwell|work|shift|meeting|session|sessions'],
    window: 6,
  },
  // Missing from lessons is absence from school, not a missing episode.
  {
    code: 'am_school_absence',
    patterns: [
      'missing from lessons|lesson|class|classes|registration|school|college|education|form',
      // Round 26: also a provision named ("missing from his alternative provision since October").
      'missing from [her|his|their] lessons|lesson|class|classes|registration',
      'missing from [her|his|their] [alternative] provision|pru',
      // Round 26: kept or staying away from school ("has been staying off school to help at home").
      'staying|stays|stayed|kept|keeps|keeping off school|college',
      'has|have|had not been to|in school|college|lessons since|for',
      "hasn't|haven't|hadn't|hasn’t|haven’t|hadn’t been to|in school|college|lessons since|for",
    ],
    // A single explained illness is not the sign (eval README).
    // Nor a child waiting for a school place or whose course has ended.
    unlessNear: [
      'ill|illness|unwell|sick|chickenpox|covid|flu|virus|operation|surgery|hospital|hospitalised|broken|fracture|bereavement|funeral|appointment',
      // Round 26: other named illnesses ("had a sore throat and stayed off school").
      'sore|throat|cold|temperature|fever|headache|migraine|tonsillitis|vomiting|bug|dentist|antibiotics',
      'waiting|admission|admissions|finished|ended|completed|graduated',
    ],
    window: 10,
  },
  {
    code: 'am_missing',
    patterns: [
      'absent|away from home|placement|care overnight',
      'absent|away from home|placement|care all night',
      'reported|report|reports missing',
      'report|reported|reporting her|him|them missing',
      'missing episode|episodes|person|persons|report|reports|incident|incidents',
      'absconded|absconding|absconds|abscond',
      'ran|run|runs|running away',
      'whereabouts unknown',
      'whereabouts not known',
      'has|had not returned [home] [to] [placement|home]',
      'did not return home|to placement',
      'failed to return',
      'not been seen since',
      'misper|mispers',
      'missing for [*] [*] hours|days|nights|night|day',
      'missing overnight',
      // Round 18: "return home interview" names the interview offered after every episode, not an episode itself
      // (the tuning sets annotate the episode where the note gives one).
    ],
  },
  {
    // Round 19: "Missing from care log:", "MFH log 02:15", "MFH coordinator:", "The MFH report records" name a record or a
    // role, not an episode (five tuning-set lines annotate only the sign the record gives).
    code: 'am_missing',
    patterns: ['missing from home|care|placement|school|foster', 'mfh|mfc'],
    // The cue holds the header's own first word, so that "Police log: MFH from the children's home" stays a sign.
    unlessNear: ['mfh|mfc|care|home|placement|school|foster log|logs|coordinator|coordinators|report|reports|team|officer|officers|co-ordinator'],
    window: 2,
  },
  {
    // Round 18: a thing that "went missing" (a bag, the drugs, cash) is not the child's missing episode.
    code: 'am_missing',
    patterns: ['went|goes|go|gone|going missing'],
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|wallet|purse|keys|bike|trainers|jewellery|coat|laptop|gear|wraps|stash|food|medication|tablets',
    ],
    window: 2,
  },
  {
    code: 'am_staying_out_late',
    patterns: [
      'stayed|stays|staying|stay|stopped|stopping out overnight|late',
      'stayed|stays|staying|stay|stopped|stopping out all night',
      'out all night',
      'coming|came|comes|come|getting|got|gets|returning|returned|returns home|back after|at|around|gone 1am|2am|3am|4am|5am|6am|midnight',
      'coming|came|comes|come|getting|got|gets|returning|returned|returns home|back after|at|around|gone 1|2|3|4|5|6 am',
      'returned|returns|returning|came|comes|coming home|back late',
      'returned|returns|returning|came|comes|coming home|back in|at the early hours',
      'out until|till|past 1am|2am|3am|4am|5am|6am|midnight',
      'out until|till|past 1|2|3|4|5|6 am',
      'breaching|breached|breaches [her|his] curfew',
      'not home until',
      'out late',
      'stayed|stays|staying|stay|slept|sleeping|sleeps|spent|spending|spends [the] overnight|night|nights at|with [an|a|the] address|flat|house|home',
      `stayed|stays|staying|stay|slept|sleeping|sleeps overnight at|with [an|a|the] [*] ${ADULTS}`,
    ],
    // Research pass: a known, ordinary reason for lateness ("came home late from the school trip because the coach broke
    // down") is not staying out with no one knowing where.
    // Probe 25: with leave given ("stayed out late at the school disco with permission").
    unlessNear: ['trip|coach|delayed|delays|traffic|breakdown|cancelled|rehearsal|shift|shifts|disco|prom', 'with permission', 'as agreed|arranged|planned'],
  },
  {
    code: 'am_school_absence',
    patterns: [
      'absent from school|college|lessons',
      'not attending|attended school|college|education|lessons',
      'poor|low|declining|dropping|patchy|sporadic|reduced school attendance',
      'attendance has dropped|fallen|declined',
      'attendance is poor|low',
      'truant|truanting|truancy',
      'missing school|lessons|classes',
      'skipping|skips|skipped school|lessons|classes',
      'leaves|leaving|left school|lessons|college early',
      'leaves|leaving|left school|college at lunchtime|lunch|midday|break',
      'leaves|leaving|left school|site during the day',
      'school refus*',
      'non-attendance',
      'not in school|education',
      'out of education',
      'children missing education',
      'cme',
    ],
  },
  {
    code: 'am_school_exclusion',
    patterns: [
      'exclusion|exclusions',
      'part-time|reduced timetable',
      'part time timetable',
      'pupil referral unit',
      // Round 19: not "PRU" alone: seven tuning-set lines name it only as where an excluded child now goes (annotating
      // the exclusion or the timetable), two annotate it.
      'alternative provision',
      'managed move',
      'suspended from school|college',
      'suspension|suspensions from school',
    ],
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      'found|located|recovered|traced|discovered with [an|a] [unknown] [older] adult|adults|man|men|male|males',
      "found|located|recovered|traced|discovered at|in [an|a|the] [unknown] [older] adult's|man's|male's|men's|adults address|flat|house|property|home",
      'found|located|recovered|traced|discovered at|in [an|a|the] [unknown] [older] address|flat|house|property of [an|a] [older] adult|man|male',
      'found|located|recovered|traced|discovered at|in [a|the] hotel|hotels|airbnb',
      'found|located|recovered|traced|discovered in [a|the] car|vehicle with',
      `in|at the car|flat|house|home|address|room|bedroom|van of a|an ${ADULT_YEAR_OLD}|older|adult|unknown [man|male|woman|adult]`,
      // Session 21: an age in three words, as old logs write it ("LOCATED AT THE ADDRESS OF A 35 YEAR OLD MALE"), and men's
      // cars or flats found in more than once ("was repeatedly found in men's cars", "found at adult men's flats": fresh33).
      `in|at the car|flat|house|home|address|room|bedroom|van of a|an ${ADULT_AGES} year|yr|years|yrs old [man|male|woman|adult]`,
      "found|located|recovered|traced|discovered at|in [an|a|the] [unknown] [older|adult] men's|mens cars|flats|houses|addresses|vans|homes|car|flat|house|address|van",
      'in|at [a|an|the] hotel|airbnb|flat|house|address|car|room [room] with [*] [unknown|older|adult] [older|adult] adult|adults|man|men|male|males',
      // Research pass: "recovered her from a flat occupied by three adult males".
      'flat|house|address|property|room occupied|rented|used by [a|an|two|three|four|several] [unknown|older|adult] [adult|older] adult|adults|man|men|male|males',
    ],
    // Round 29 (open from round 28): a pet found there ("The cat was found at a man's flat").
    unlessNear: ['dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|tortoise|parrot|hamster|budgie|ferret'],
    window: 6,
  },
  {
    // "taken to Blackpool by men": a town. Hotels, parties and flats are go_taken_to_parties.
    code: 'am_moved_by_others',
    patterns: [`taken|brought to * by [a|an|the] [older] [unknown] ${ADULTS}|olders`],
    unlessNear: ['hotel|hotels|party|parties|flat|flats|house|houses|address|addresses|school|hospital|clinic|appointment|appointments|station'],
    window: 4,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      // Review 23B: "moved|taken ... between [*] towns" is below, with vetoes.
      'driven|taken|transported to [*] other|another|different towns|areas|cities|counties|town|area|city',
      'train|bus|coach tickets|ticket bought|paid|booked for [her|him] by',
      'train|bus|coach tickets|ticket bought|paid|booked by',
      'travel paid|arranged|booked for by',
      'travel paid|arranged|booked by',
      'taken out of area|county|town',
      'trafficked|trafficking',
      `driven|transported|moved to * by [a|an|the] [older] [unknown] ${ADULTS}|someone|boyfriend|olders`,
      'train|bus|coach tickets|ticket [to] [*] [were|was|are|is|have|has] [been] bought|paid|booked [for] [her|him|them] [by]',
      'travelling|travels|travelled|travel|going|goes|went to * on|by trains|train|buses|bus|coaches|taxis|taxi paid|booked|bought [for] [by]',
    ],
  },
  // Review 23B: not a family or tenant moving house, the police moving a child for safety, a vehicle or a youth worker.
  {
    code: 'am_moved_by_others',
    patterns: ['moved|taken|transported|driven|trafficked between [*] towns|areas|addresses|cities|counties'],
    unlessNear: [
      'landlord|landlords|eviction|evicted|housing|homeless',
      'the|her|his|their family moved',
      'by [the] police|officers',
      'by [her|his|their|a|the] youth|support worker',
      'lorry|lorries|van|vans|vehicle was|were driven',
    ],
    window: 8,
  },
  // ---- Wording from published reviews and guidance found missing in a research probe ----
  // Jay 2014 (children taken to other towns), PACE and NWG sign lists, UKCIS 2023 on online grooming.
  {
    code: 'am_moved_by_others',
    patterns: [
      `taken|driven|brought by [a|an|the] [older] ${ADULTS}|olders to ${TOWNS}`,
      `taken|driven|brought to ${TOWNS} and|or ${TOWNS} by [a|an|the] [older] [unknown] ${ADULTS}|olders`,
    ],
  },
  {
    code: 'am_found_out_of_area',
    patterns: [
      'found|located|arrested|stopped in [*] another|a|an [different|unfamiliar] town|city|area|county',
      'going|gone|went|goes country [with] [the] [older] [boys|lads|olders|males|men]',
      'no known links|link|connection|connections to [the] [area|town|city]',
      "found|located|recovered|arrested|stopped in|at a|the trap|crack|drug|drugs|dealer's house|flat|address|houses|flats [in] [*]",
    ],
  },
  // Probe (round 22b): "She has been staying at addresses in other towns" (Jay 2014: children taken to other towns);
  // not a relative's, a holiday or a placement.
  {
    code: 'am_found_out_of_area',
    patterns: ['staying|stayed|stays|sleeping|slept|been at addresses|flats|houses|hotels in other|different towns|cities|areas|counties'],
    unlessNear: [FAMILY, FAMILY_HOMES, 'holiday|holidays|placement|placements|respite|residential|school|college|university|work|job|trip'],
    window: 8,
  },
  // Round 17: "miles from home" beside a drug arrest is go_drug_arrest_out_of_area alone (README, fresh5), and a child
  // placed out of area by the local authority has not been found there.
  {
    code: 'am_found_out_of_area',
    patterns: ['hundreds of miles from home', 'miles from home', 'miles from her|his|their home|placement|address|family'],
    // Session 21: a placement made far away ("ACCOMMODATED UNDER SECTION 20, PLACED 40 MILES FROM HOME", fresh33).
    unlessNear: [DRUGS, 'pwits|pwitsd|supply|supplying|possession|intent|dealing|charged', 'placed|accommodated|relocated|rehoused'],
    window: 12,
  },
  // Research pass (Children's Society: children "sent significant distances" and travelling alone late at night):
  // "travelling alone at night to towns far from home". A placement far from home is not being found there.
  {
    code: 'am_found_out_of_area',
    patterns: [
      'far from home',
      'found|located|stopped outside [the|her|his|their] [home] county|force',
      'picked up outside [the|her|his|their] [home] county|force',
    ],
    // Not a hospital, a job or a visit far from home ("The hospital is far from home so Mum struggles to visit").
    unlessNear: [
      DRUGS,
      'pwits|pwitsd|supply|supplying|possession|intent|dealing|charged',
      'placed|placement|placements|school|college|university|residential',
      'hospital|ward|work|works|job|visit|visiting|holiday',
      // Round 22 (review of round 21, L26): "not far from home" is near home.
      // Review 22a I18: "not so far" alone is "not yet".
      'not|nor|never [too|very|that] far',
      'not|nor|never so far from|away|off|out',
    ],
    window: 12,
  },
  {
    code: 'am_found_out_of_area',
    patterns: ['out of area|county|force'],
    unlessNear: ['placed|placement|placements|placing|move|moved|moving|foster|residential|home'],
  },
  {
    code: 'am_unknown_address',
    patterns: [
      'unknown address|addresses',
      'address|addresses unknown',
      'address|addresses not known|given',
      'address|addresses unknown',
      'address|addresses not known|given',
      'does|did|could not know|say|give|tell [us] [me] [the] address',
      "doesn't|didn't|couldn't|can't|cannot|won't|wouldn't know|say|give|tell [us] [me] [the] address",
      'unable to say|give|tell|name where she|he|they stayed|slept|was|were|had|has [been]',
      'unable to give|name [the|an] address',
      'does|did|could not know|say|give|tell [us|me|police|officers|staff|anyone] [the] address|street|road|postcode|area',
      "doesn't|didn't|couldn't|can't|cannot|won't|wouldn't know|say|give|tell [us|me|police|officers|staff|anyone] [the] address|street|road|postcode|area",
      "address|flat|house [in] [*] [that|which] she|he|they cannot|can't|couldn't name|give|remember",
      'does|did|could not know where she|he|they stayed|slept|was|were|had|has [been]',
      "doesn't|didn't|couldn't know where she|he|they stayed|slept|was|were|had|has [been]",
      'does|did|could not know where it is|was',
    ],
    // Not a parent's or another adult's address ("Dad's address unknown; no contact since 2022"; review 2026-11-30).
    unlessNear: ["dad's|dad’s|mum's|mum’s|father's|father’s|mother's|mother’s|perpetrator's|perpetrator’s|suspect's|suspect’s|his|their"],
    window: 2,
  },
  {
    code: 'am_school_exclusion',
    patterns: ['excluded'],
    unlessNear: [
      'meeting|meetings|discussion|discussions|chat|chats|group|groups|game|games|team|list|conversation|decision|decisions|friendship|activities|plans',
    ],
    window: 4,
  },
  // --- S / A: sexual health, missing
  {
    code: 'am_missing',
    patterns: [
      'was|is|been|were|are|remains|remained|had|has missing',
      'failed|fails|failing to come|return home|back',
      'absent|away from placement|home|care overnight|without',
      'absent|away from her|his|their placement overnight|without',
      'absent|away from her|his|their placement|home overnight|without',
      'left|leaves|leaving placement|home|care without permission|overnight',
      'left|leaves|leaving the home|placement without permission|overnight',
      'left|leaves|leaving [the] placement|home|care without permission',
      'left|leaves|leaving [the] placement|home|care overnight',
      'unauthorised|unauthorized absence|absences from placement|care|home',
      'unauthorised|unauthorized absence|absences from the home|placement',
      'unauthorised|unauthorized absence|absences from [the] placement|care|home',
      'returned|brought back by police',
      'police returned|brought her|him|them home|back',
      'out of contact',
      'whereabouts',
      'not been seen since',
      // Round 22: "no one" is two words; written as an alternative, "nobody knew where she was" never matched.
      'nobody|no-one knew|knows where [she|he|they] was|were|is|are',
      'no one knew|knows where [she|he|they] was|were|is|are',
      'nobody|no-one knew|knows where [she|he|they] was|were|is|are',
      'did|does|has|had not return|returned [back|home] to',
      "didn't|doesn't|hasn't|hadn't return|returned [back|home] to",
    ],
    unlessNear: [
      'school|lesson|lessons|class|classes|kit|homework|coat|shoe|shoes|tooth|teeth|item|items|phone|money|cash|piece|pieces|pages|data|information|details|form|forms|signature|lunch|appointment|appointments|session|sessions|dose|doses|link',
      // Round 25: a thing missing ("nothing was missing from the wallet", "the TV remote was missing", "missing from the
      // cutlery set").
      'remote|tv|controller|knife|knives|cutlery|spoon|fork|book|books|laptop|ipad|tablet|ring|watch|jacket|dog|cat|parcel|letter',
      // Review 25C: the thing missing, not the child's bag found ("she was missing and her bag was found by the canal").
      'nothing|none|wallet|purse|keys|key|bag|bags|bike|property was|were|is|are|went|go|goes|been missing',
      'missing from the|her|his|their wallet|purse|bag|bags',
      // The school day: "does not come back for the afternoon" is am_school_absence.
      'afternoon|afternoons|lunchtime|period|periods',
    ],
    window: 3,
  },
  {
    // Round 19: the same cues further out for "did not come back" ("leaves school at lunchtime after a phone call and
    // does not come back" is am_school_absence: three tuning-set lines).
    code: 'am_missing',
    patterns: [
      'did|does not come|return|go home|back',
      "didn't|doesn't|hasn't|hadn't|never come|came|return|returned home|back",
      'did|has|had not come|returned|been home|back',
      'not returned|come home|back [to] [placement] [last|that|overnight|by]',
    ],
    unlessNear: [
      'school|lesson|lessons|class|classes|kit|homework|coat|shoe|shoes|tooth|teeth|item|items|phone|money|cash|piece|pieces|pages|data|information|details|form|forms|signature|lunch|appointment|appointments|session|sessions|dose|doses|link',
      'afternoon|afternoons|lunchtime|period|periods',
    ],
    window: 9,
  },
  // Round 17: found by police with adults or at an address is am_found_with_adults; the missing episode itself is not
  // annotated apart from it.
  {
    code: 'am_missing',
    patterns: ['located|found|traced|recovered by police'],
    unlessNear: [ADULTS, VEHICLE, 'flat|hotel|house|address|room|olders|lay-by'],
    window: 15,
  },
  {
    code: 'am_staying_out_late',
    patterns: [
      'out|stayed|stays|staying until|till the early hours',
      'in|at the early hours',
      'home|back after|around|at|gone 1|2|3|4|5 in the morning',
      'comes|came|coming|gets|got|getting|returns|returned|returning home|back very|really late',
      'late nights|night out',
      'out late at night',
      'out at night',
      'out overnight',
      'stayed|stays|staying|stopped|stopping over|away [at] [*] [*] [*] without permission|telling',
      'missed|misses|breached|breaches|broke|breaks [her|his|their] curfew',
    ],
    // Round 28: a family celebration (review 27).
    unlessNear: ["wedding|birthday|christening|eid|diwali|christmas|prom|festival|concert|celebration|family|cousin's|aunt's|uncle's|nan's"],
    window: 8,
  },
  {
    code: 'am_school_absence',
    patterns: [
      'attendance [is|has|was] [*] [gone|fallen|dropped|dropping|falling|down] [to] 1*|2*|3*|4*|5*|6*|7*|8*',
      'stopped|stops going|attending to school|college|lessons',
      'out of school|lessons|class during',
      'walked|walks|walking|ran|runs out of school|lessons|class',
      'not in lessons|class',
      'off-site|offsite during|without',
    ],
  },
  {
    code: 'am_found_with_adults',
    patterns: [`found|located|traced|recovered|discovered [*] [*] [*] [*] [*] [*] [*] [*] with [*] [*] [unknown|older|adult] ${ADULTS}`],
    // Round 23: a search that found nothing ("the phone download found no contact with adults online").
    // Review 23C: not bare "online|chats" ("Found at 2am with unknown adults after her online chats were traced").
    // Round 25: a test result and sex told of, not a child found ("screening at the clinic found Chlamydia, and she said she
    // has had sex with three men"; fresh24).
    unlessNear: [
      'found|located|traced|discovered no|nothing|none',
      'no contact|evidence|messages|sign|signs',
      'sex|intercourse with',
      'screening|screen|swab|swabs|chlamydia|gonorrhoea|gonorrhea|syphilis|herpes|sti|stis|infection|x-ray|scan|bloods',
    ],
    window: 4,
  },
  // ---- Round 7 ----
  // Each entry covers a wording family, with hard negatives in indicators-cues.test.ts (round 7 block).
  {
    code: 'am_missing',
    patterns: [
      'did not come|return home|back until|till',
      "didn't come|return home|back until|till",
      'fails|failed|fail to return',
      'fails|failed|fail to come home|back',
      'not returned|come home by|until|for',
    ],
    requiresNear: [
      'next|morning|day|days|night|nights|monday|tuesday|wednesday|thursday|friday|saturday|sunday|following|later|weekend|lunchtime|return|returned',
    ],
    window: 6,
  },
  {
    code: 'am_staying_out_late',
    patterns: ['comes|came|come|coming|gets|got|getting in|home|back at [*] [or] 1am|2am|3am|4am|5am', 'late nights'],
    unlessNear: ['shift|shifts|work|flight|holiday|party|prom|wedding|concert'],
  },
  {
    code: 'am_school_absence',
    // "Attendance was poor", "attendance is not a concern at 96%": attendance with a judgement on it. A bare figure
    // ("attendance is 98%") is not annotated.
    patterns: ['attendance'],
    requiresNear: [
      'poor|low|dropped|dropping|falling|fallen|declining|declined|concern|concerns|concerning|worrying|patchy|sporadic|deteriorated|deteriorating',
    ],
    unlessNear: ['staff|teacher|teachers|appointment|appointments|meeting|meetings|clinic|officer|session|sessions'],
    window: 4,
  },
  {
    code: 'am_found_out_of_area',
    patterns: [
      'found|located|traced in|at|to [a|an] property|address|flat|house in another county|town|city|area|force',
      'a town|city|area [that] [he|she|they] has|have|had no connection|connections|links|link to|with',
      'found|located in another county|force|town|city',
      'found|located in a different county|force|town|city',
    ],
  },
  // Research pass (county lines indicators: "found in an area they have no links to"): "picked up in Aberystwyth with no
  // link to the area".
  {
    code: 'am_found_out_of_area',
    patterns: [
      'no known|obvious link|links|connection|connections|ties to the|that area|town|city',
      'no link|links|connection|connections|ties to the|that area|town|city',
    ],
    requiresNear: ['found|located|picked|stopped|arrested|traced|recovered|seen|detained'],
    window: 12,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      `booked|bought train|coach|bus|travel tickets|ticket [to] [*] for ${HER}|him|them`,
      'train|coach|bus tickets|ticket booked|bought for her|him|them',
    ],
    unlessNear: [FAMILY, 'school|trip|social|worker|carer|carers|holiday'],
  },
  {
    code: 'am_found_with_adults',
    patterns: [`at|in an|a|the address|flat|house|property|hotel [in] [*] with [*] older|unknown|adult ${ADULTS}`],
  },
  // An address nobody in the family knew ("found at an address in Oldham nobody in the family knew").
  {
    code: 'am_unknown_address',
    patterns: [
      'address|addresses|flat|flats|house|houses [in|on] [*] nobody|no-one|noone [in] [the] [family|home] knew|knows|know|recognised|recognises|recognise',
    ],
    // Rev-ind-3: a family's own move to a new area.
    unlessNear: ['moved|move|moves|moving|area'],
    window: 8,
  },
  // In the back of a takeaway or shop with the men who work there (Rochdale, Telford).
  {
    code: 'am_found_with_adults',
    patterns: [
      'in|at|behind the back of [a|the] [*] takeaway|takeaways|shop|shops|restaurant|cafe|café [*] with [the] [older|adult] men|males|man|male|adults',
    ],
    // Rev-ind-3: nor worship ("with the adult men from the mosque after prayers").
    unlessNear: [FAMILY, 'works|worked|working|job|shift|shifts|paid|wages', 'mosque|prayers|prayer|church|temple|gurdwara|eid'],
    window: 6,
  },
  // Attendance given as a count ("has only attended 3 of the last 10 days").
  {
    code: 'am_school_absence',
    patterns: ['only attended|attends|attending * of the|her|his last|past [*] days|sessions|lessons|weeks'],
    // Review rev-probe-1: not sessions with a service or a club.
    unlessNear: [
      'counsellor|counselling|therapist|therapy|camhs|mentor|mentoring|worker|clinic|appointment|appointments|contact|football|training|club|practice|gym|swimming|group|programme|course',
      // Rev-ind-3: attendance praised ("which is good for her").
      'good|improved|improvement|improving|pleased|better|well',
    ],
    window: 8,
  },
  // Not in the room at a night check (residential and foster logs: "not in her room at the 02:00 check").
  {
    code: 'am_missing',
    patterns: [
      'not in her|his|their room|bed|bedroom at|during|on|for the [*] [*] [night] check|checks|headcount|round',
      'room|bed|bedroom empty|unslept|unoccupied at|during|on the [*] [*] [night] check|checks|headcount|round',
    ],
    // Somewhere else in the home ("not in his room at the 9pm check because he is in the lounge"). Rev-ind-3: in the
    // bath, or asleep on the sofa.
    unlessNear: ['lounge|kitchen|garden|shower|bathroom|downstairs|toilet|office|upstairs|because'],
    unlessNearAcross: ['bath|sofa|settee|asleep|sleeping'],
    window: 12,
  },
  // Probe 24 (third probe): more record wording.
  // Missing: "AWOL from the unit", "absent without consent from the residential home".
  {
    code: 'am_missing',
    patterns: ['awol from', 'absent without consent|permission|authority|authorisation|leave'],
    // Not a lesson, a job or an adult's duty ("absent without permission from one lesson", "the officer was AWOL").
    unlessNear: ['lesson|lessons|class|classes|school|college|work|shift|duty|officer|staff|meeting|soldier|army|job'],
    window: 8,
  },
  // Found with adults: "recovered her from a flat where four adult males were present"; "in a 40-year-old man's bedsit".
  {
    code: 'am_found_with_adults',
    patterns: [
      'where two|three|four|five|six|several|various|other|older|adult [adult|older] men|males|adults|man|male were|was present|there',
      `${ADULT_YEAR_OLD} man's|male's flat|bedsit|house|home|room|bedroom|car|van`,
    ],
    requiresNear: ['found|recovered|located|discovered|traced|police|officers|hiding|missing'],
    // Rev-ind-3: not worship or a family event, nor damage to a man's car.
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'mosque|church|temple|gurdwara|synagogue|prayers|service|christening|wedding|funeral|celebration',
      'damaged|damage|vandalised|scratched|keyed|smashed',
    ],
    window: 12,
  },
  // Turning up in a far town ("she has turned up in Blackpool twice this month").
  {
    code: 'am_found_out_of_area',
    patterns: [`turned|turns|turning|turn up in|at ${TOWNS}`],
    unlessNear: [
      `with|and [her|his|their] ${FAMILY}`,
      'family|holiday|holidays|trip|match|concert|wedding|funeral|team|tournament|competition|game|fixture|club',
      // Rev-ind-3: a visit or a day out ("turned up in Leeds to see her dad", "for the illuminations").
      FAMILY,
      'see|meet|visit|visiting|seeing|meeting|airport|illuminations|festival|mates',
    ],
    window: 8,
  },
  // Travelling to a named far town, with a concern named ("he may be travelling to Swansea at weekends").
  {
    code: 'am_found_out_of_area',
    patterns: [`travelling|traveling|travels|travelled|traveled|travel to ${TOWNS}`],
    requiresNear: [
      'alone|weekends|night|nights|unexplained|explanation|unknown|regularly|repeatedly|concern|concerns|concerned|missing|police|btp|secret|secretly|without',
    ],
    // A visit to family, or a ticket someone bought (am_moved_by_others), is not this sign (tuning sets).
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'holiday|holidays|trip|match|concert|wedding|funeral|college|university|hospital|appointment|interview|team|club|bought|paid|booked',
      // Rev-ind-3: sport, music or a hobby.
      'matches|watch|watching|competition|competitions|band|gig|gigs|fights|fight|boxing|dance|play|playing|football',
    ],
    window: 8,
  },
  // ---- Round 8 ----
  {
    code: 'am_found_out_of_area',
    patterns: [
      `found|located|traced|recovered|discovered [*] [*] [*] [*] in|at ${TOWNS}`,
      `picked up [*] [*] [*] [*] in|at ${TOWNS}`,
      'found|located|traced|recovered|discovered [*] [*] [*] [*] in|at great yarmouth',
      'found|located|traced|recovered|discovered [*] [*] [*] [*] in|at milton keynes',
    ],
    requiresNear: ['found|located|traced|recovered|discovered|picked|police|btp|officers|missing'],
  },
  // Probe 24: the place named before the town, with a time between ("located at 02:30 in a car park in Rochdale"); the
  // time is required, so "found Callum in a known crack house in Hastings" stays the finding with adults.
  {
    code: 'am_found_out_of_area',
    patterns: [`found|located|traced|recovered|discovered at * [*] in|at a|an|the [*] [*] [*] in|at ${TOWNS}`],
    requiresNear: ['missing|mfh|absent|police|btp|officers'],
    window: 12,
  },
  // Probe 24: tickets to far towns found in the child's things ("train tickets to Bournemouth and Weymouth in his room");
  // not a trip, a match, a visit to family or an appointment.
  {
    code: 'am_found_out_of_area',
    patterns: [`train|coach|rail|bus|megabus tickets|ticket|receipts to|for ${TOWNS}`],
    // A relative who travels with the child or is visited, not a carer who finds the tickets.
    unlessNear: [
      `with|for|visit|visiting|visited|see|seeing|saw [her|his|their] ${FAMILY}`,
      "family|mum|dad|mum's|dad's|parents|nan|gran|grandparents",
      FAMILY_HOMES,
      'school|trip|holiday|holidays|match|college|university|open|appointment|hospital|interview|concert|gig|festival|team|club|wedding|funeral|refund',
      // Review rev-probe-1: a placement or an expedition ("for her work experience placement", "his DofE expedition").
      'placement|experience|expedition|dofe|edinburgh|course|residential|camp|competition|tournament|audition|trials',
      // A ticket someone bought or booked for the child is am_moved_by_others ("a man bought his train ticket to Crewe").
      'bought|buy|buys|buying|paid|pays|booked|books',
    ],
    window: 10,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      `drove|driven|drives|driving|took|taken|takes|taking|ferried|transported|moved him|her|them [*] [*] [*] to ${TOWNS}`,
      'moved|taken|driven|ferried|sent around|round|across the country',
    ],
    unlessNear: [FAMILY, ...ARRANGED_TRAVEL_CUES],
  },
  {
    code: 'am_unknown_address',
    patterns: [
      // Where the child slept, not where they went ("won't say where she has been" is not disclosing, not an address).
      'could|would|did not say|tell|explain [us|me|police|officers|staff|anyone] where she|he|they [had|has|have] [been] staying|stayed|slept|sleeping',
      "couldn't|wouldn't|didn't|can't|cannot|won't say|tell|explain [us|me|police|officers|staff|anyone] where she|he|they [had|has|have] [been] staying|stayed|slept|sleeping",
    ],
  },
  {
    code: 'am_school_absence',
    patterns: ['persistent|persistently|chronic|chronically|severe|severely absence|absent|absentee|absences|non-attendance|non-attender'],
  },
  {
    code: 'am_missing',
    patterns: ['being|been missing'],
    // Probe 23: "missing from lessons" is school absence.
    // Probe 25: nor missed sessions ("has been missing training").
    unlessNear: [
      'from [her|his|their] lessons|lesson|class|classes|registration',
      // Review 25D: as what is missed, right after ("been missing training"), not "missing after her appointments".
      'missing [her|his|their|all|the] training|practice|practices|rehearsal|rehearsals|matches|sessions|appointments|homework|deadlines',
    ],
    window: 4,
  },
  {
    code: 'am_missing',
    // Research pass (case reviews, return home interview records): "was previously missing in 2019", "is frequently
    // missing overnight"; the adverb sits between the verb and "missing".
    patterns: ['was|is|been|has|had previously|repeatedly|frequently|regularly|often|again missing'],
    // Not "frequently missing school" or "previously missing from education" (review 2026-11-30).
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|wallet|purse|keys|bike|trainers|medication',
      'school|lessons|lesson|education|class|classes|pe|homework|appointments|appointment|college|registration',
    ],
    window: 3,
  },
  // ---- Round 9 ----
  { code: 'am_missing', patterns: ['went|gone|goes|go|going awol', `${range(2, 14).join('|')}|two|three|four|five|six|seven days|nights missing`] },
  {
    code: 'am_staying_out_late',
    patterns: ['out till|until all hours', 'comes|came|come|coming home|in|back at 1|2|3|4|5|one|two|three|four|five [or] [2|3|4|5|6] in the morning'],
  },
  {
    code: 'am_school_absence',
    patterns: ['attendance fell|dropped|falling|dropping', 'attendance has fallen|dropped', 'often|frequently|regularly|always absent on|from'],
    // Round 28: an adult absent from meetings (review 27).
    unlessNear: ['meetings|meeting|office|worker|workers|manager|colleague|work|shifts|rota'],
    window: 6,
  },
  {
    code: 'am_moved_by_others',
    patterns: ['put|puts|putting her|him|them on a train|coach|bus to', 'driving|drove|driven|drives her|him|them between addresses|flats|towns'],
    unlessNear: ["school|college|nan|nan's|gran|grandma|grandad|auntie|home|dad's|mum's", FAMILY, 'contact|handover|handovers|holiday|council|housing'],
  },
  { code: 'am_school_absence', patterns: ['leaving|leaves|left the site|school at break|lunch|lunchtime', 'stopped|stops coming in'] },
  { code: 'am_staying_out_late', patterns: ['comes|came|coming in|home after midnight|1am|2am|3am|4am', 'staying|stays|stayed out past curfew'] },
  {
    code: 'am_moved_by_others',
    patterns: ['driven|moved|taken between hotels|trap houses|addresses|flats', 'a ticket someone else had bought'],
    // Review 23B: a family or tenant moving house ("moved between addresses after the eviction", "by her landlord").
    unlessNear: ['landlord|landlords|eviction|evicted|housing|homeless', 'the|her|his|their family moved'],
  },
  // Research pass: adults moving a named child ("adults have moved Sienna between addresses in two towns"; NRM and county
  // lines guidance: children moved between locations and trap houses).
  {
    code: 'am_moved_by_others',
    patterns: [
      'moved|moving|moves|driven|drove|drives|taken|took|takes|ferried|ferrying [*] between|around hotels|addresses|flats|towns|cities|traphouses|trap-houses',
    ],
    // Not a family on holiday, contact handovers or a council moving a family ("Mum took her around cities in Italy").
    unlessNear: [
      FAMILY,
      'contact|handover|handovers|holiday|holidays|council|housing|temporary|accommodation',
      // Review 23B: the police moving a child for her safety.
      'by [the] police|officers',
    ],
    window: 8,
  },
  { code: 'am_moved_by_others', patterns: ['booked him|her a coach|train|bus ticket', 'moved by the group|men|gang between'] },
  { code: 'am_school_absence', patterns: ['leaves|left|leaving site after registration', 'leaving|leaves before the end of the day'] },
  { code: 'am_found_with_adults', patterns: ['in the back of a car with * adult|older males|men', 'in a hotel room * with a man'] },
  { code: 'am_unknown_address', patterns: ['not know the address', 'could not say whose flat|house'] },
  {
    code: 'am_moved_by_others',
    patterns: [
      'someone|somebody|a man|an adult|the men paid for his|her|their train|coach|bus|ticket|tickets',
      'someone|somebody paid for his|her|their train|coach|bus|ticket|tickets',
      'a|an|the man|adult|men paid for his|her|their train|coach|bus|ticket|tickets',
    ],
  },
  // Review 23B: not a vehicle or an adult driven, nor a youth worker driving.
  {
    code: 'am_moved_by_others',
    patterns: ['being|been|was|were driven between'],
    unlessNear: [FAMILY, 'by [her|his|their|a|the] youth|support worker', 'man|woman|lorry|lorries|van|vans|vehicle|driver|coach|bus was|were driven'],
    window: 8,
  },
  {
    code: 'am_found_with_adults',
    patterns: ['with two|three|four|several men|males in their twenties|thirties|forties|20s|30s|40s', 'with any adults'],
    requiresNear: ['found|located|traced|discovered|spoke|seen|stopped'],
    window: 14,
  },
  { code: 'am_staying_out_late', patterns: ['not back by the [*] [*] curfew', 'out until 2|3|4|5 or 3am|4am|5am|6am', 'out until 1am|2am|3am|4am|5am'] },
  {
    code: 'am_moved_by_others',
    patterns: [`drove|drives|driven|drive him|her|them from ${TOWNS} to`, 'booked her|his|their train|coach|bus ticket|tickets|travel'],
    unlessNear: [FAMILY, 'school|college|trip|holiday'],
    window: 8,
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      'found at|in the house|houses|flat|flats|home|homes of adult|older men|males',
      'found at|in the house|houses|flat|flats|home|homes of men|adults',
    ],
  },
  { code: 'am_school_absence', patterns: ['long|lengthy|repeated|frequent|prolonged absences|absence from school'] },
  // ---- Round 17 ----
  {
    code: 'am_found_out_of_area',
    patterns: ['found|located|traced|recovered|stopped in|at * [*] * miles away|from', 'picked up in|at * [*] * miles away|from'],
  },
  {
    code: 'am_found_out_of_area',
    patterns: ['found|located|traced|recovered|stopped [him|her|them] [asleep|alone|sleeping|wandering] in|at *'],
    requiresNear: ['never been', 'no links|link|connection|connections|family|ties', 'miles'],
    window: 14,
  },
  { code: 'am_school_absence', patterns: ['stopped|stops|stop attending school|college', 'stopped|stops|stop going to school|college'] },
  {
    code: 'am_moved_by_others',
    patterns: [
      'moved|taken|driven|ferried around|about by [the] [same] group|gang|men|adults|olders',
      'paid|pays|bought for the|her|his|their ticket|tickets|train|coach|fare|fares|travel',
    ],
    unlessNear: [
      FAMILY,
      ...ARRANGED_TRAVEL_CUES,
      'school|college|trip|bursary|fund|project|council|cinema|bowling|concert|gig|match|show|film|theatre|holiday',
    ],
    window: 10,
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      `found|located|traced|discovered [on] [several] [occasions] [*] in|at a|an|the [*] [*] [*] ${VEHICLE}|flat|house|hotel|address|property [*] [*] [*] with [*] [*] ${ADULTS}`,
    ],
  },
  // ---- Round 18 ----
  {
    code: 'am_school_absence',
    patterns: ['unauthorised|unauthorized absence|absences'],
    requiresNear: ['school|lesson|lessons|attendance|term|register|registration|college|pupil|pupils|class|classes|year|y7|y8|y9|y10|y11|cme'],
    window: 8,
  },
  {
    code: 'am_missing',
    patterns: ['unauthorised|unauthorized absence|absences from|since|at|until'],
    unlessNear: ['school|lesson|lessons|college|class|classes|attendance'],
    window: 6,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      'moved|taken|driven|ferried|transported|trafficked between|to * [*] [*] [*] [*] by [the|a|an|some] [older] men|man|adults|adult|olders|group|males|lads|gang|abusers|perpetrators',
      'on|with tickets|ticket bought|paid|booked by others|someone|adults|men|olders',
    ],
    // Taken to a party, a hotel or a flat by adults is go_taken_to_parties.
    unlessNear: ['party|parties|hotel|hotels|flat|flats|house|houses|club|clubs|nightclub'],
    window: 8,
  },
  {
    code: 'am_found_out_of_area',
    patterns: ['* miles from where [he|she|they] lives|live|lived|lives', '* miles from his|her|their home'],
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      `in|at a|an|the [*] [*] ${VEHICLE}|flat|house|hotel|address|room [*] [*] [*] [*] [*] with [a|an|two|three|four|several|some] [*] [*] ${ADULTS}|males`,
      `in|at a|an|the [*] [*] ${VEHICLE}|flat|house|hotel|address|room [*] [*] [*] [*] [*] with a|an man|woman|male of ${ADULT_AGES}`,
    ],
    requiresNear: ['found|located|traced|discovered|recovered'],
    window: 16,
  },
  // Review 28b: the child found there, after a thing found in the same clause ("Police found her bag and then found her
  // at a man's flat"), without the vetoes of the entry below.
  {
    code: 'am_found_with_adults',
    patterns: ["found|located|traced|discovered|recovered her|him|them at a|an man's|man’s|adult's|adult’s flat|house|address"],
  },
  // Round 28b: at a man's flat, when what was found there is the child; not a thing or a pet ("She found her phone at a
  // man's flat", "Police found the stolen car at a man's address", "The cat was found at a man's flat").
  {
    code: 'am_found_with_adults',
    patterns: ["at a|an man's|man’s|adult's|adult’s flat|house|address"],
    requiresNear: ['found|located|traced|discovered|recovered'],
    unlessNear: [
      'found|find|finds|located|recovered|collected|picked her|his|their|the|a|an [stolen|missing|lost] phone|bag|keys|purse|wallet|coat|jacket|charger|bike|scooter|car|van|dog|cat|puppy|kitten|pet|address',
      'dog|cat|puppy|kitten|pet|car|van|bike|phone was|were found|located|recovered',
    ],
    window: 16,
  },
  // ---- Round 19 ----
  {
    code: 'am_unknown_address',
    patterns: [
      'sleeping|staying|stays|sleeps|slept|stayed at [an|a|the] address|addresses|flat|flats|house|houses|places [that] she|he|they will|would|can|could|does|did not|never name|give|say|know|share',
      "sleeping|staying|stays|sleeps|slept|stayed at [an|a|the] address|addresses|flat|flats|house|houses|places [that] she|he|they won't|won’t|wont|wouldn't|wouldn’t|can't|can’t|cannot|couldn't|couldn’t|doesn't|doesn’t|didn't|didn’t name|give|say|know|share",
      'sleeping|staying|stays|sleeps|slept|stayed at unknown|unnamed|unidentified|undisclosed address|addresses|flat|flats|house|houses',
    ],
  },
  {
    code: 'am_found_with_adults',
    patterns: ['found|located|traced|recovered|discovered|arrested [*] at|in [a|an|the] [known] crack|trap|drug|drugs house|houses|den|dens'],
  },
  // ---- Round 21 ----
  {
    code: 'am_moved_by_others',
    patterns: [`drove|drives|driving|moved|moves|ferried|ferries|took|takes * between ${TOWNS}`],
    unlessNear: [FAMILY, 'contact|visit|visits|holiday|holidays|match|matches|tournament|school|college'],
  },
  {
    code: 'am_school_absence',
    // Review 23C: "not been in school" moved here, for the illness veto ("not been in school for two weeks because of flu").
    patterns: [
      'missed|misses|missing most|much|half|all|weeks of the [*] term|year',
      'left|leaves|leaving site|school without permission',
      'not been in school|college|lessons',
    ],
    // Review of round 21: an illness that explains it ("missed half of the summer term with glandular fever").
    unlessNear: ['ill|illness|unwell|sick|fever|glandular|flu|covid|hospital|surgery|operation|injury|broken|medical'],
  },
  {
    code: 'am_moved_by_others',
    patterns: ['ticket|tickets bought|paid|booked for [her|him|them] by [a|an|the] [older] [unknown] man|men|adult|adults|stranger|someone|somebody'],
  },
  // Review of round 21: not with leave ("She left site at lunchtime for a dental appointment").
  {
    code: 'am_school_absence',
    patterns: ['left|leaves|leaving site at|during|over lunchtime|lunch|break'],
    unlessNear: ['appointment|appointments|authorised|authorized|dentist|dental|doctor|gp|hospital|orthodontist|optician', 'with permission', 'signed out'],
  },
  {
    code: 'am_unknown_address',
    patterns: [
      // Review of round 21: not "would not": a refusal is not an unknown address ("She would not give the address").
      'could|can|did not name|give|say|remember the|which street|road|address|town|area|postcode',
      "cannot|can't|couldn't|can’t|couldn’t name|give|say|remember the|which street|road|address|town|area|postcode",
      'does|did not know where the|this|that house|flat|address|place is|was',
      "doesn't|didn't|doesn’t|didn’t know where the|this|that house|flat|address|place is|was",
    ],
  },
  {
    code: 'am_found_with_adults',
    patterns: ['adults|men|males were|was with her|him|them', 'men|adults|males at the flat|house|address'],
    requiresNear: ['no|not|never'],
    window: 2,
  },
  {
    code: 'am_school_absence',
    patterns: [
      'leaves|left|leaving school|college after registration',
      'leaves|left|leaving after registration',
      'walking|walked|walks|walk off [the] school site',
    ],
  },
  // Round 22 (review of round 21, L26): "walked off site during the reparation session" is a session left, not school.
  {
    code: 'am_school_absence',
    patterns: ['walking|walked|walks|walk off [the] site'],
    unlessNear: [
      // Review 22a I11: not "home" ("walked off site and went home" is truanting).
      'session|sessions|reparation|appointment|meeting|contact|placement|visit|clinic|centre|hospital|work|shift|court|yot|unit|club|project|activity|trip',
    ],
    window: 8,
  },
  {
    code: 'am_moved_by_others',
    patterns: [
      '[a|an|the] someone|somebody|man|adult|men|adults|they|olders|lads bought|booked|paid for * train|coach|bus|taxi|taxis|ticket|tickets|uber|ubers|fare|fares',
      '[a|an|the] someone|somebody|man|adult|men|adults|they|olders|lads bought|booked|paid * train|coach|bus|taxi|taxis|ticket|tickets|uber|ubers|fare|fares',
      // Round 23: "the man may have bought the girl's ticket to Carlisle", "someone bought him a train ticket".
      'someone|somebody|man|adult|men|adults|olders|lads|stranger [may|might|must|had|has|have] [have|had] bought|booked|paid [for] * [*] [train|coach|bus] ticket|tickets',
    ],
    unlessNear: [
      FAMILY,
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court',
      // Review 23B: a venue only as the ticket's ("concert tickets", "tickets for the match"), not "a taxi to the park".
      'raffle|lottery|parking|speeding|pantomime|panto',
      'cinema|concert|gig|match|show|festival|football|film|theatre|zoo|museum|game|event|disco|prom ticket|tickets',
      'ticket|tickets for|to [the|a|an] cinema|concert|gig|match|show|festival|football|film|theatre|zoo|museum|park|game|event|disco|prom',
    ],
    window: 8,
  },
  // "if Kai is taken to Norwich again": a town, not school or hospital, and not by a relative.
  {
    code: 'am_moved_by_others',
    patterns: ['is|was|were|are|being|been taken|driven to * again'],
    unlessNear: [
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court|ward|gp|clinic|cells|custody',
      `by [her|his|their] ${FAMILY}`,
      // Review 22a I6: a relative's house ("taken to nan's again") or a pastime ("driven to football again").
      `to [her|his|their|the] ${FAMILY_HOMES}|football|training|practice|swimming|rugby|cricket|dance|gym|boxing|cadets|scouts|club|match|matches|lessons`,
    ],
    window: 8,
  },
  // Not knowing where one was held: "could not say where the house was", "may not know where she was taken".
  {
    code: 'am_unknown_address',
    patterns: [
      "could|can|did|does|would|may|might not|couldn't|can't|didn't|doesn't [*] say|tell|know|remember where the|this|that house|flat|address|property|place was|is",
      "not|couldn't|can't|didn't|doesn't know|say|remember|tell where she|he|they was|were|had|is|are|has [been] taken|kept|held|driven",
    ],
  },
  // Back in the small hours: "came back at 3 a.m.".
  {
    code: 'am_staying_out_late',
    // Review 22b I7: "in the morning|night" too ("She got in at 3 in the morning"), not "in the afternoon".
    patterns: [
      'came|comes|coming|got|gets|returned|returns|returning back|home|in at 1|2|3|4|5 a|am',
      'came|comes|coming|got|gets|returned|returns|returning back|home|in at 1|2|3|4|5 in the morning|night',
    ],
    unlessNear: ['hospital|ward|flight|airport|holiday|shift|work'],
    window: 6,
  },
  // Driven between towns: "men drive her between Corrowby and Stavenholme", "a man drove her from Oxtree to
  // Brackenford".
  {
    code: 'am_moved_by_others',
    // Review 22a I5: "took" needs a person taken ("a man took £20 from her purse" is theft).
    patterns: [
      `${ADULTS}|olders|lads drive|drives|drove|driving|ferry|ferries|ferried * between|from`,
      `${ADULTS}|olders|lads take|takes|took her|him|them between|from`,
    ],
    unlessNear: [FAMILY, 'school|college|taxi|escort|contact|placement|appointment|appointments|hospital|home|work|shift|club|training'],
    window: 6,
  },
  // "missing from the children's home", "missing from her foster placement": the place named in between.
  {
    code: 'am_missing',
    patterns: ["missing from [the|her|his|their] [*] children's|residential|foster|care home|homes|placement|unit|hostel"],
    unlessNear: ['log|logs|coordinator|coordinators|report|reports|team|officer|officers|co-ordinator|protocol|policy|procedure'],
    window: 2,
  },
  // Back in the small hours: "coming home at three or four in the morning", "returned at 06:30", "stayed out until 03:00".
  {
    code: 'am_staying_out_late',
    patterns: [
      'at|until|till|gone|after two|three|four|five [or] [three|four|five|six] in the morning',
      'returned|returns|back|home|in|out|came|comes|stayed|stays at|until|till 01|02|03|04|05|06 00|05|10|15|20|25|30|35|40|45|50|55',
    ],
    // Not the return from a missing episode (that sign), or an early start.
    // Review 22c: nor a child up late at home (gaming, on the phone, unable to sleep).
    unlessNear: [
      'hospital|ward|flight|airport|holiday|work|alarm|woke|wakes|breakfast|paper|round|missing|episode|mfh|absconded|awol',
      'xbox|playstation|ps5|gaming|games|phone|sleep|asleep|awake|bed|online',
    ],
    window: 8,
  },
  // ---- Round 23 ----
  // Moved round or between places by others: "being moved round hotels by the group", "moved between Marrowgate and
  // Saltenby by the men", "driven to hotels in Leeds and Bradford", "moving the girl on to another city", "taxis taking a
  // 14-year-old from Oldham to Manchester".
  {
    code: 'am_moved_by_others',
    patterns: [
      'moved|moving|driven|taken|ferried|passed round|around|between [different] hotels|towns|cities|addresses|flats|houses|areas',
      'moved|moving|driven|ferried between * and',
      'driven|taken|moved|ferried to hotels|addresses|flats|houses in * and',
      'moving|moved|move|moves * [*] on to another|other|a|different city|town|area|address|country',
      'taxis|taxi|ubers|uber|cars|car taking|took|takes|driving|drove|drives * [*] from * to',
    ],
    unlessNear: [
      FAMILY,
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|placements|staff|carer|carers|foster|escort|court|home|homes|house|move|removal|removals|furniture|hostel|refuge',
      // Review 23B: the police, a team's or club's trip, housing, a vehicle or an adult driven.
      'by [the] police|officers',
      'team|squad|tournament|tour|club|drive-along|housing|eviction|evicted|safety',
      'man|woman|lorry|lorries|van|vans|vehicle|driver was|were|is driven',
      // Review 28: a pet ("The cat moved between houses on the street").
      'cat|cats|dog|dogs|kitten|puppy|hamster|rabbit|tortoise|pet|pets',
    ],
    window: 8,
  },
  // ---- Round 24 ----
  // Where the child sleeps that nobody knows: "stays at an address we dont know", "is staying somewhere nobody knows",
  // "might be staying at an address in Oldham" (an address, not a named relative's house).
  {
    code: 'am_unknown_address',
    patterns: [
      "sleeping|staying|stays|sleeps|slept|stayed|stopping|stops [out] at [an|a|the] address|addresses|flat|flats|house|houses|place|places [in|around] [*] [that] we|i|staff|carers|police dont|don't|don’t|didnt|didn't|doesnt|doesn't know",
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops [out] at [an|a|the] address|addresses|flat|flats|house|houses|place|places [in|around] [*] [that] we|i|staff|carers|police do|does|did not know',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops [out] at [an|a|the] address|addresses|flat|flats|house|houses|place|places [in|around] [*] [that] nobody|no-one knows',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops somewhere|anywhere [that] nobody|no-one knows|know',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops somewhere [that] no one knows|know',
      'sleeping|staying|stays|sleeps|slept|stayed|stopping|stops at an|various|different|unknown address|addresses in|around *',
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      "dad's|dad’s|mum's|mum’s|father's|father’s|mother's|mother’s|perpetrator's|perpetrator’s|suspect's|suspect’s",
      'hostel|hotel|placement|refuge|council|temporary|emergency|bnb|supported|housing|friend|friends|known|agreed|approved|checked|visited',
      // Review 24-1: an address arranged for the child, a trip's, or a man's known to police ("an address in Bolton
      // arranged by his social worker", "with her youth group on the residential", "has been bailed").
      'arranged|provided|authority|social|worker|residential|youth|trip|bailed|confirmed',
    ],
    window: 8,
  },
  // ---- Round 24, third pass ----
  // Moved between towns by car or train: "taken by car between Oxford and Reading by the men".
  {
    code: 'am_moved_by_others',
    patterns: ['moved|moving|driven|taken|ferried by car|cars|taxi|taxis|train|van between|from * and|to'],
    unlessNear: [
      FAMILY,
      'school|college|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court|police|officers|ambulance',
      'dance|class|classes|lessons|lesson|club|clubs|practice|training|match|football|swimming',
    ],
    window: 8,
  },
  // Sent to a county lines town: "If he is sent to Norwich again", "was sent to Cardiff to sell".
  {
    code: 'am_moved_by_others',
    patterns: [`is|was|were|are|being|been|gets|get|got sent [back] [off] [out] to ${TOWNS}`],
    unlessNear: [
      FAMILY,
      'school|college|university|uni|trip|holiday|hospital|appointment|contact|social|worker|council|placement|staff|carer|carers|foster|escort|court|prison|custody|secure|unit|work|job|training|camp|interview|conference|tournament|match|competition|course|family|relatives',
      // Review 24-1: an assessment, or "sent to Coventry" by the girls in her form (ignored).
      'assessment|clinic|treatment|girls|boys|form|class|peers|ignored|ignoring',
      // Rev-ind-3: "sent to Coventry" by anyone for complaining.
      'complained|complaining|complain|speak|speaking|talk|talking',
    ],
    window: 8,
  },
  // Whether the child knows the address: "ask him whether he knows the address where he was kept", "unclear whether
  // Kayla knows the address of the flat", "doesn't know the adress of the house"; "woke at an address she does not know".
  {
    code: 'am_unknown_address',
    patterns: [
      'whether|if [she|he|they] * knows|know|knew the address|adress|postcode where|of',
      "doesn't|don't|didn't know the adress",
      'does|do|did not know the adress',
      'an|a address|flat|house [that] she|he|they does|do|did not know',
      "an|a address|flat|house [that] she|he|they doesn't|don't|didn't know",
    ],
    unlessNear: [
      "dad's|mum's|father's|mother's|perpetrator's|suspect's|school|dentist|gp|clinic|office|hospital",
      // Review 24c: safety planning about the child's own home, placement or services ("whether he knows the address of
      // the children's home in case he gets lost"); a house the child did not know something about ("did not know had
      // damp", "did not know anyone in", "to deliver leaflets").
      "children's|foster|placement|college|club|service|services|home|lives|live|lost|taxi",
      'did|does not know anyone|anybody|had|has|was|is|were',
      "didn't|doesn't know anyone|anybody|had|has|was|is|were",
      'deliver|delivering|leaflets|moved|moving',
    ],
    window: 4,
  },
  // At an adult's place: "found at a man's flat in Walsall", "she had been at a 29-year-old's flat in Calderwick", "was
  // found at an adult's house in Burnley".
  {
    code: 'am_found_with_adults',
    patterns: [
      `found|located|stayed|staying at a|an|the [older] [unknown] man's|men's|adult's|male's|${ADULT_YEAR_OLD.split('|')
        .map((w) => `${w}'s`)
        .join('|')} flat|house|home|address|place|hotel|room`,
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'friend|friends|neighbour|teacher|coach|worker|carer',
      // Round 29 (open from round 28): a pet found there ("The cat was found at a man's flat").
      'dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|tortoise|parrot|hamster|budgie|ferret',
    ],
    window: 6,
  },
  {
    code: 'am_found_with_adults',
    patterns: [
      `been|was|were at a|an|the [older] [unknown] man's|men's|adult's|male's|${ADULT_YEAR_OLD.split('|')
        .map((w) => `${w}'s`)
        .join('|')} flat|house|home|address|place|hotel|room`,
    ],
    unlessNear: [
      FAMILY,
      FAMILY_HOMES,
      'friend|friends|neighbour|teacher|coach|worker|carer',
      // Review 24c: "was at" says nothing of who: police, a tradesperson, an errand or a job ("Police were at the man's
      // house executing the warrant", "was at the man's house to babysit", "to mow the lawn", "for a tutoring session").
      'police|officer|officers|pcso|cleaner|plumber|electrician|warrant|complaint',
      'babysit|babysitting|babysat|tutoring|tutor|lawn|mow|volunteering|paper|cat|dog|feed|bike|ebay|shop|experience',
      'classmates|classmate|team|mates|sleepover|xbox|playstation',
      // Rev-ind-3: a lesson, an errand or a charity round.
      'lesson|lessons|piano|guitar|music|return|returned|raffle|charity|sponsor|duke|dofe',
    ],
    window: 10,
  },
  // ---- Round 25 ----
  // Absent on a weekday pattern or part days (school attendance officers): "absent every Friday", "has missed the last
  // two mornings".
  {
    code: 'am_school_absence',
    patterns: [
      `absent every|most ${WEEKDAYS}|mondays|tuesdays|wednesdays|thursdays|fridays|morning|afternoon|week`,
      'absent on mondays|tuesdays|wednesdays|thursdays|fridays',
      'missed|misses|missing the|her|his [last|past] two|three|four|five|several|few mornings|afternoons|days',
    ],
    requiresNear: ['school|lesson|lessons|registration|register|attendance|pupil|dsl|year|y7|y8|y9|y10|y11|college|class|form|term|half'],
    unlessNear: [
      'ill|illness|unwell|sick|poorly|flu|covid|virus|hospital|operation|surgery|appointment|appointments|bereavement|funeral|injury|medical|dentist|doctor|gp|authorised|authorized|religious',
      // A member of staff's own absence ("the teacher was absent every Friday for a course").
      'course|courses|rota|shift|shifts|contract|colleague|colleagues',
      // Review 25C: named staff ("his teacher was absent every Friday last term").
      'teacher|teachers|tutor|caretaker|cleaner|receptionist|headteacher|head|ta|assistant|coach|manager|staff',
      // Review 25G: other known reasons: an illness by name, transport, an agreed activity elsewhere ("mum says migraines",
      // "mum's car broke down", "the bus strike", "for swimming lessons at the leisure centre", "his college placement").
      'migraine|migraines|asthma|epilepsy|seizures|broke|broken|breakdown|strike|snow|flooding|swimming|leisure|respite|therapy|physio',
      // A placement only as a college or a work one: in care notes "placement" is most often where the child lives.
      'college|work placement|experience',
    ],
    // Review 25G: the reason after a ; ("absent every Monday morning; mum says he has hospital appointments").
    unlessNearAcross: ['hospital|appointment|appointments|illness|unwell|operation|medical'],
    window: 20,
  },
  // Not knowing the street or area of the address (RHI): "did not know which street the flat in Bradford was on".
  {
    code: 'am_unknown_address',
    patterns: [
      'did|does|could not know|say|name which|what street|road|area|estate|postcode|address|town',
      "didn't|doesn't|couldn't|can't|cannot|don't know|say|name which|what street|road|area|estate|postcode|address|town",
    ],
    requiresNear: ['flat|house|address|staying|stayed|place|room|hotel'],
    // Review 25C: new to the place ("because they had just moved in", "his first time in London with the school").
    // Review 25E: with the probe-25 duplicate's vetoes folded in (where he lives, a job interview).
    // Review 25G: nor a hotel guest ("the guest did not know what road the hotel was on").
    unlessNear: [
      'moved|moving|holiday|holidays|trip|school|lives|live|college|job|work|interview',
      'first time',
      'guest|guests|tourist|tourists|customer|customers',
    ],
    // Review 25E: 10, the reason often ends the sentence ("which road the new house was on because they had just moved in").
    window: 10,
  },
  // Not able to say where the house was (RHI, police): "cannot say where the house was".
  {
    code: 'am_unknown_address',
    patterns: [
      "cannot|can't|can’t|couldn't|couldn’t|didn't|doesn't say|tell|remember where the|a|that house|flat|address|place|hotel|property was|is",
      'could|did|does not say|tell|remember where the|a|that house|flat|address|place|hotel|property was|is',
    ],
    // Review 25C: too young to remember ("she was very young on that holiday", "the family moved when he was two").
    // Review 25E: with the probe-25 duplicate's vetoes folded in (a party, a friend's house, where he lives).
    unlessNear: ['holiday|holidays|young|little|baby|toddler|moved', 'party|birthday|lives|live', "friend's|friends"],
    window: 12,
  },
  // Out most nights until the small hours (carers, parents on referral forms): "he is out most nights until 2am".
  {
    code: 'am_staying_out_late',
    patterns: ['out most|every|all|some [of] [the] nights|weekends|evenings|weekend|night until|till|past 1am|2am|3am|4am|5am|midnight'],
    // Review 25C: a parent's own evenings ("Dad is out most nights until midnight at the pub"), and sleepovers.
    unlessNear: [
      'shift|shifts|work|job|flight|holiday|prom|wedding|concert|sleepover|sleepovers|festival',
      `${FAMILY_NOT_CARERS} is|was|are|were|goes|went out`,
      // Review 25G: an adult tenant at work ("the tenant is out most nights until midnight working at the takeaway").
      'tenant|tenants is|was|are|were out',
      'working at|in [the|a] takeaway|restaurant|pub|bar|shop|factory|warehouse|hotel',
    ],
    window: 6,
  },
  // Moved around by the adults who brought the child (am_moved_by_others): "moved around London by the people who brought
  // him".
  {
    code: 'am_moved_by_others',
    patterns: ['moved|taken|sent around [*] [*] by the|a|an|two|three|some|several [*] people|men|adults|man|group|olders|traffickers|gang'],
    // Not "passed around for sex" (sh_many_partners).
    unlessNear: [
      FAMILY,
      'staff|carers|carer|council|social|worker|workers|school|teacher|coach|furniture|boxes|equipment|sex|sexual',
      // Review 25C: a visit ("taken around the museum by a group of volunteers").
      'museum|gallery|zoo|tour|volunteers|volunteer|guide|guides|visit',
      // Review 25G: a club's ground ("taken around the ground by a group of older players on the stadium tour").
      'players|stadium|ground|campus',
    ],
    window: 6,
  },
  // A child in or taken up to a hotel room with adults (hotel night staff): "went up to room 12 with two men at 1am",
  // "girl about 14 in room 7 with a man in his 40s".
  {
    code: 'am_found_with_adults',
    patterns: [
      `room|rooms * with [a|an|two|three|four|several|some] [older|adult] ${ADULTS}`,
      `went|gone|going|go|goes|taken|took up to [a|the|his|their] room|rooms [*] with [a|an|two|three|four|several|some] [older|adult] ${ADULTS}`,
    ],
    requiresNear: ['girl|girls|boy|boys|child|children|teenage|teenager|teenagers|young|14|13|15|12|16|she|he|her|him|year-old|yo'],
    unlessNear: [
      FAMILY,
      'hospital|ward|meeting|interview|consultation|waiting|classroom|conference|staff|teacher|teachers|nurse|doctor|social|worker|workers',
      // Review 25G: a family checking out ("room 14 with two adult guests and their baby checked out late"); not "guests"
      // or "checked", often the men or the staff's check.
      'baby|babies|toddler',
      'checked|checking out',
      // Review 25C: supervision in a care plan ("in room 3 with an adult at all times, as set out in her care plan").
      'care|plan|supervision|supervised|observation|observations',
      // Review 25C: a school residential ("Year 9 girls are in room 14 with two adult helpers").
      'helper|helpers|residential|leader|leaders|volunteer|volunteers|instructor|instructors|supervisor|supervisors',
      // Review 25G: a team away ("the girls' football team are in room 12 with two adult coaches").
      'coach|coaches|squad|tournament',
    ],
    window: 10,
  },
  // ---- Probe 25 ----
  // The address that is kept from the school or the clinic ("we have no address", "at an address mum won't give").
  {
    code: 'am_unknown_address',
    patterns: [
      "address * won't|wouldn't|will|would|refuses|refused [not] [to] give|say|share|disclose",
      'could|would|can|will not give|say [us|me|staff] [her|his|their|an] address',
      "couldn't|can't|cannot|won't|wouldn't|refused|refuses [to] give|say [us|me|staff] [her|his|their|an] address",
      'no address|addresses for her|him|them',
      'no known|current address',
    ],
    // A parent fleeing abuse keeps a refuge address back for safety.
    // Review 25D: nor a parent's or a landlord's address ("no current address on file for dad"), nor "has fled".
    unlessNear: [
      'refuge|refuges|confidential|fleeing|fled|flee|domestic|abuse|safety|solicitor|forgot|forgotten|remember|email',
      'for [the|her|his|their] dad|father|mum|mother|parent|parents|stepdad|stepfather|landlord|partner',
    ],
    window: 8,
  },
  // Missing lessons, not missing from home ("previously missing from school for a whole term").
  {
    code: 'am_school_absence',
    patterns: ['missing|absent from school|lessons|class|classes|college|registration'],
    // Not staff, nor an explained illness (a single explained absence is not the sign, eval README).
    unlessNear: [
      'teacher|teachers|staff|headteacher|head|tutor|colleague|member',
      'flu|ill|illness|unwell|sick|poorly|virus|cold|covid|appointment|dentist|hospital|funeral|bereavement|injury',
      // Review 25D: nor another one-off reason ("absent from class for a family wedding abroad").
      'wedding|trip|visit|exam|exams|interview',
    ],
    window: 6,
  },
  // Back in the small hours ("returned at 6am"), not from a shift, a flight or a trip.
  {
    code: 'am_staying_out_late',
    patterns: ['returned|returning|returns|arrived|arriving|arrives at|after|around|gone 1am|2am|3am|4am|5am|6am|midnight'],
    // Review 25D: nor a hotel's guests ("the guests arrived after midnight").
    unlessNear: [
      'shift|shifts|work|flight|airport|holiday|trip|coach|wedding|train|ferry|hospital|ward|delayed|permission',
      'guest|guests|handover|refuge',
      // Not the staff's or a service's arrival ("the day staff arrived at 6am"); not bare "taxi" (a taxi a man paid for is
      // the sign).
      'staff|taxi|nurse|ambulance|police|officers|paramedics arrived|arrives|arriving',
    ],
    window: 10,
  },
  // Sent off on a journey by a man ("given a train ticket by a man and told to go to Exeter").
  {
    code: 'am_moved_by_others',
    patterns: [`told|sent|instructed|ordered to go|come|travel|get [a] [train|bus|taxi|coach] to ${TOWNS}`],
    requiresNear: ['man|men|male|males|adult|adults|older|olders|someone|somebody|ticket|tickets|stranger|wait|waiting|call|phone|bag|package|parcel'],
    unlessNear: [FAMILY, 'school|teacher|trip|college|interview|hospital|appointment|university|course|match|tournament'],
    window: 12,
  },
  // Missing for a stretch of time ("was missing last night", "missing overnight"), not a thing that was missing.
  {
    code: 'am_missing',
    patterns: ['missing overnight|since', 'missing last|all night', 'missing all weekend'],
    unlessNear: [
      'bag|bags|drugs|money|phone|phones|cash|package|packages|parcel|stuff|items|wallet|purse|keys|bike|trainers|medication|dog|cat|knife|cutlery|item',
      'remote|tv|controller|ipad|tablet|laptop|book|books|coat|jacket|shoe|shoes|ring|watch|file|files|paperwork|form|forms|letter|register|turned|found',
      'school|lessons|lesson|education|class|classes|pe|homework|appointments|appointment|college|registration|training',
    ],
    window: 4,
  },
  // Probe 25 wave 4. Not home all night, in a carer's or a parent's words ("didn't come home last night", "hasn't been
  // home since Friday").
  {
    code: 'am_missing',
    patterns: [
      "didn't|hasn't|hadn't|never|wasn't come|came|been|gone|go|got|get|coming home|back overnight|since",
      "didn't|hasn't|hadn't|never|wasn't come|came|been|gone|go|got|get|coming home|back last night",
      // Started at "not", not at "has" or "was" (matcher cost: very common first words).
      'not come|came|been|gone|go|got|get|coming home|back overnight|since',
      'not come|came|been|gone|go|got|get|coming home|back last night',
    ],
    // Review 25D: nor a club or a session not come back to ("Coach: she hasn't been back since her injury").
    unlessNear: [
      'sleepover|sleepovers|agreed|arranged|permission|hospital|holiday|trip|camp|festival|work|shift|shifts',
      'injury|injured|operation|club|training|sessions|session|group|practice|lessons|coach|team',
    ],
    window: 10,
  },
  // Days of school missed in number ("has missed 30 days this year").
  {
    code: 'am_school_absence',
    patterns: [`missed|misses|missing ${range(5, 150).join('|')} days|sessions|weeks|lessons`],
    // Review 25D: sessions of a club or a service are not school ("missed 10 sessions of football this term").
    unlessNear: [
      'hospital|appointment|appointments|illness|ill|operation|surgery|treatment|chemotherapy|covid|flu|bereavement',
      'football|training|club|swimming|dance|music|gym|boxing|therapy|counselling|camhs|yot|mentoring|tutoring|driving',
      'injury|injured|crutches|cast|pe',
    ],
    window: 10,
  },
  // Absent on a fixed day ("absent every Friday").
  {
    code: 'am_school_absence',
    // Review 25C/D: "off" only as off school or off sick ("Dad is off every Monday with his back", "the school nurse is off
    // every Wednesday"); nor a member of staff's own absence ("the caretaker is absent every Friday on a course").
    patterns: [
      `absent|missing every|most ${WEEKDAYS}|mondays|tuesdays|wednesdays|thursdays|fridays|afternoon|morning|week`,
      `off school|college|sick every|most ${WEEKDAYS}|mondays|tuesdays|wednesdays|thursdays|fridays|afternoon|morning|week`,
    ],
    unlessNear: [
      'hospital|appointment|appointments|therapy|dialysis|treatment|physio|agreed|timetable|work|shift|staff|teacher',
      'nurse|receptionist|cleaner|caretaker|head|headteacher|tutor|colleague|colleagues|member|manager|course|courses|rota|contract',
      // Review 25G: the round-25 entry's other reasons ("mum says migraines", "for swimming lessons at the leisure centre",
      // "for his college placement").
      'migraine|migraines|asthma|epilepsy|seizures|swimming|leisure|respite',
      'college|work placement|experience',
    ],
    // Review 25G: the reason after a ; ("absent every Monday morning; mum says he has hospital appointments").
    unlessNearAcross: ['hospital|appointment|appointments|illness|unwell|operation|medical'],
    window: 8,
  },
  // No one knows where the child stays ("nobody knows where he was staying").
  {
    code: 'am_unknown_address',
    patterns: [
      'knows|knew|know where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept',
      // From "nobody", so that am_missing's "nobody knows where he was" inside it gives way.
      'nobody|no-one|noone knows|knew|know where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept',
      'no one knows|knew|know where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept',
      // Review 25D: from the "not" too, which is the sign here, not its negation ("the school doesn't know where she is
      // living now" was flagged negated).
      "doesn't|don't|didn't|not know|knows|knew where she|he|they [was|were|had|has|is|are] [been] staying|sleeping|living|stayed|slept",
    ],
    requiresNear: ['nobody|no-one|noone|not|unknown|unclear', 'no one', "doesn't|don't|didn't"],
    window: 6,
  },
  // ---- Round 27 ----
  // Adults moving or driving the child from place to place ("the men moved him to a new house every week", "older males
  // drove him to Cornwall", "was brought to Birmingham by the driver").
  {
    code: 'am_moved_by_others',
    patterns: [
      // Review 27: not "they", a driver, a group or people (a ward, a coach trip, a class photo, a new flat).
      `[older] man|men|male|males|strangers|olders|elders|gang|traffickers|trafficker moved|moves|move|moving|drove|drives|drive|driving|transported|ferried him|her|them to|between|around`,
      `brought|driven|moved|transported|ferried|trafficked to * [*] [*] by [the|a|an|older|two|several|unknown] [older|unknown] ${ADULTS}|driver|drivers|olders|group|gang|traffickers|trafficker`,
    ],
    // Round 28: a sports pitch or a track (review 27).
    unlessNear: [
      'pitch|track|field|court|ground|race|circuit|lap|laps|stadium|ride|rides|karting|vintage|match|game|training',
      ...ARRANGED_TRAVEL_CUES,
      'police|officers|ambulance|paramedics|social|worker|workers|staff|school|hospital|placement|removal|removals|dad|mum|parents',
      // Brought in to an emergency department ("brought to A&E unconscious by an adult"): ad_intoxication_hospital's.
      'unconscious|unresponsive|collapsed|injured|intoxicated|drunk|ed|emergency',
      // Review 27: a service's vehicle ("the driver from the taxi firm", "the minibus driver").
      'taxi|cab|coach|minibus|bus|firm|lost',
    ],
    window: 8,
  },
  // Often away from school ("often absent", "frequently absent from lessons").
  {
    code: 'am_school_absence',
    patterns: ['often|frequently|regularly|repeatedly|persistently|increasingly absent'],
    unlessNear: [
      'meetings|meeting|office|worker|workers|manager|colleague|work|shifts|rota',
      `${FAMILY}|teacher|teachers|mind|minded|absent-minded|illness|ill|hospital|appointments`,
      // Review 27: an absence a condition explains, and adults' absences.
      'asthma|medical|condition|epilepsy|dialysis|sickle|diabetes|landlord|manager|caretaker|partner',
    ],
    window: 4,
  },
  // ---- Round 27, second batch ----
  // Out until the early hours ("is out most nights until the early hours").
  {
    code: 'am_staying_out_late',
    patterns: ['out [most|every|all|late|some] [nights|night|evenings] until|till|til the early hours', 'out until|till|til the early hours'],
    unlessNear: ["wedding|birthday|christening|eid|diwali|christmas|prom|festival|concert|celebration|family|cousin's|aunt's|uncle's|nan's"],
    window: 8,
  },
  // ---- Round 28 ----
  // the same words in ordinary use (indicators-round28.test.ts) ----
  // Not knowing where they were taken ("did not know what town he was in", "does not know the town he was taken to"):
  // a child moved by others often cannot name the place (am_unknown_address).
  {
    code: 'am_unknown_address',
    patterns: [
      // Review 28: "not" is required after did/does ("He did know what town he was in" is no sign).
      'did|does|do not know what|which town|city|area|place she|he|they was|were|is|are in',
      "didn't|doesn't|don't know what|which town|city|area|place she|he|they was|were|is|are in",
      'could|can not tell|say [us|staff|police|officers] what|which town|city|area she|he|they was|were|is|are in',
      "couldn't|couldn’t|can't|can’t|cannot tell|say [us|staff|police|officers] what|which town|city|area she|he|they was|were|is|are in",
      'did|does not know the|what|which town|city|area|address she|he|they was|were|had [been] taken|driven|brought to',
      "didn't|doesn't know the|what|which town|city|area|address she|he|they was|were|had [been] taken|driven|brought to",
      'has|had no idea of the|what|which address|addresses|town|towns|city',
    ],
    // An adult's confusion, a school year or a building ("did not know which room he was in").
    unlessNear: [
      `${FAMILY}|grandfather|grandmother|dementia|stroke`,
      // Round 28b: an adult who is the one lost, as the subject; not the man who took the child ("does not know the
      // town he was taken to, only that a man drove him there").
      "patient|resident|driver|man|woman|tourist|visitor|lady|gentleman does|did|do|has|had|could|can|cannot|doesn't|didn't|couldn't|can't",
      'year|class|set|team|group|house',
      // Review 28: a map in a lesson, an appointment or a shop ("has no idea of the address of the new dentist").
      'map|maps|atlas|geography|quiz|dentist|doctor|gp|surgery|clinic|optician|shop|restaurant|venue|office|website|email|postcode',
    ],
    window: 6,
  },
  // ---- Round 28, second batch ----
  // Moved between places of work ("was moved between cannabis farms", "moved between nail bars in Leeds and Bradford"):
  // the settings where trafficked children are made to work (am_moved_by_others).
  {
    code: 'am_moved_by_others',
    patterns: [
      'was|were|is|are|been|being moved|taken|driven between [*] farms|bars|salons|washes|factories|restaurants|takeaways|brothels|houses|flats|addresses|hotels|towns|cities',
      `is|was|are|were|gets|got|being taken|driven|sent to ${TOWNS} at|on|every|most weekends|weekend|nights|night`,
    ],
    unlessNear: [
      // Round 28b: a relative as the one who takes the child, is visited or is moved, not any relative in the sentence
      // ("is taken to Stoke at weekends, owes the line £600 and his brother is in prison"; "arrived without family, was
      // moved between nail bars").
      `by|with|see|sees|seeing|visit|visits|visiting|stay|stays|staying|to [her|his|their] [*] ${FAMILY}|grandparents`,
      'the|whole|entire family|families',
      // A relative who is the one taken ("Dad is driven to Leeds every weekend"); not "without family, was moved".
      `${FAMILY.split('|')
        .filter((w) => w !== 'family')
        .join('|')} is|was|are|were|gets|got|being|has|have|had [being|been] taken|driven|sent|moved`,
      // Review 28b: the town is a relative's home or work ("is taken to Leeds at weekends where her brother lives",
      // "since her mum moved there"), or the parents share care ("moved between houses because his parents share custody").
      `where|because|since|as|cos [her|his|their] [*] ${FAMILY}|grandparents lives|live|lived|living|works|work|worked|working|moved|stays|stay|stayed`,
      'share|shares|shared|joint custody|care',
      // A man the child calls a relative (go_older_friends, "moved between hotels by a man she calls her uncle").
      `calls|called|call|calling her|him|his|their ${FAMILY}`,
      FAMILY.split('|')
        .map((w) => `${w}'s`)
        .join('|'),
      'football|training|match|matches|club|competition|competitions|hospital|appointment|appointments|contact|respite|tournament|gigs|church|mosque|school',
      'furniture|class|classes|meeting|meetings|boxes|patients|ward|wards|staff|police|officers|council|social|services|safety|placement|placements',
      // Review 28: livestock and goods, and lessons or a squad at weekends ("is driven to Manchester every weekend for
      // his swimming squad").
      'crates|lambs|sheep|cattle|cows|calves|pigs|animals|livestock|goods|machinery|tractor|crops|hay|paintings|stock',
      'squad|swimming|lessons|lesson|violin|piano|music|dance|ballet|gymnastics|cricket|rugby|hockey|netball|orchestra|choir|grandparents',
    ],
    window: 8,
  },
  // ---- Round 28, third batch ----
  // School missed by days or the week ("has missed eleven days of college", "missed school all week"): am_school_absence.
  {
    code: 'am_school_absence',
    patterns: [
      'missed|misses|missing two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|numerous|2|3|4|5|6|7|8|9|10|11|12|15|20 days|weeks|sessions of school|college',
      'missed|misses|missing school|college all|most|every [whole] week|term|month|day',
      'missed|misses|missing school|college the whole week|term|month|day',
    ],
    // Illness, a bereavement, a hospital stay, an adult's own absence.
    unlessNear: [
      'ill|illness|sick|flu|chickenpox|covid|virus|bug|operation|surgery|hospital|injury|injured|broken|funeral|bereavement|appendicitis|fracture|tonsillitis',
      'teacher|teachers|staff|lecturer|tutor|mum|dad|driver',
    ],
    window: 10,
  },
  // ---- Round 28, sixth batch ----
  // Found at a man's flat after going missing ("was found at a taxi driver's flat"): am_found_with_adults.
  {
    code: 'am_found_with_adults',
    patterns: [
      "found|located|traced at|in a|an|the [*] man's|men's|driver's|adult's|stranger's|male's flat|house|room|address|bedsit|car",
      'found|located|traced [*] [*] [*] in a|the room|flat booked|rented by a|an [older] man|men|adult',
    ],
    requiresNear: ['missing|mfh|absconded|absent|police|officers|reported|returned|return'],
    unlessNear: [
      'keys|key|phone|wallet|bag|purse|dog|cat|item|items|property|bike|coat|jacket|passport|card|cards',
      // Review 29: any pet ("the kitten was found at a man's house after it went missing").
      'dogs|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|tortoise|parrot|hamster|budgie|ferret',
    ],
    window: 12,
  },
  // ---- Round 29 ----
  // Unable to name the town or find the place again ("had no idea which town the house was in", "does not know the name of
  // the town where the house is", "stayed in a flat he cannot find again"): am_unknown_address.
  {
    code: 'am_unknown_address',
    patterns: [
      'no idea which|what town|city|area|street|address|place|estate|village',
      'not know|knew|say|tell the name of the town|city|area|street|road|estate|village',
      "doesn't|didn't|don't|couldn't|can't|cannot|never know|knew|say|tell the name of the town|city|area|street|road|estate|village",
      "flat|house|address|place|room|hotel he|she|they can't|couldn't|cannot find|locate again",
      'flat|house|address|place|room|hotel he|she|they could|can|would not find|locate again',
    ],
    unlessNear: [
      'grandad|grandma|nan|gran|stroke|dementia|driver|lorry|new|school|holiday|game|quiz|map|geography|party|match|tournament|sat|satnav|phone|keys|wallet|bag|film|book|story|festival|concert|gig|event|looked|google|checked',
      'year|class|house|form|team group|points|captain',
      // Review 29: a tourist, a venue, a birthplace or a sale ("the lost tourist had no idea which town she was in", "did not
      // know the name of the village where the wedding was", "can't say the name of the town where she was born").
      'tourist|tourists|visitor|visitors|sightseeing|museum|gallery|zoo|theatre|stadium|venue|restaurant|wedding|born|birth|sale|boot|pupil|pupils|trip',
    ],
    window: 8,
  },
  // ---- Round 32 ----
  // Missing school to care for a parent, or dropping out ("misses school to look after her", "drops out of college").
  {
    code: 'am_school_absence',
    // Review 32: to look after, not to look round a college.
    patterns: [
      'misses|missed|missing|miss school|college|lessons to look after',
      'misses|missed|missing|miss school|college|lessons to care|mind',
      'drops|dropped|dropping|drop out of school|college|education|sixth',
    ],
    // Review 32: not a school team or trip left, nor a move to an apprenticeship ("dropped out of school football",
    // "dropped out of college to start an apprenticeship").
    unlessNear: [
      'school|college football|team|teams|trip|trips|club|clubs|play|council|choir|show|production|band|squad',
      'apprenticeship|apprenticeships|traineeship|traineeships',
    ],
    window: 5,
  },
];

// Case-note wording for SAFEGUARD E: emotional and physical condition (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import {
  CHANGE_FOR_BETTER_CUES,
  EXPLAINED_INJURY_CUES,
  EXPLAINED_SURGERY_CUES,
  FAMILY,
  FAMILY_HOMES,
  FAMILY_NOT_CARERS,
  GAME_WON,
  HER,
  SELF,
  STRANGLE_NOT_ASSAULT,
  STRANGLE_OBJECTS,
  range,
  strangleActs,
} from './words.ts';

export const EMOTIONAL_PHYSICAL_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Probe 23 ----
  // A cut or split lip: an injury (unless the note gives an ordinary cause).
  {
    code: 'ep_injuries_assault',
    patterns: ['cut|split|swollen|busted|bust|burst|fat|bleeding lip|lips', 'split|cut|bust|busted her|his|their lip|lips'],
    // Review 23C: an allergy or cosmetic fillers ("a swollen lip after an allergic reaction to nuts").
    unlessNear: [
      ...EXPLAINED_INJURY_CUES,
      'falling|league|tackle|tackled|boxing|climbing|dentist|dental|cold|sores|sore|chapped|lipstick|allergic|allergy|reaction|filler|fillers|anaphylaxis',
    ],
    window: 10,
  },
  // ---- Wording from published reviews and guidance found missing in a research probe ----
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [`cutting|cuts|cut ${HER} arms|arm|legs|leg|wrists|wrist|thighs|thigh`],
  },
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'self-harm*',
      'self harm*',
      'selfharm*',
      'cutting|cut|cuts|harming|harmed|hurting|hurt|burning|burned|burnt|ligatured ' + SELF,
      'cuts|cut|cutting to|on her|his|their arms|arm|wrists|wrist|legs|leg|thighs',
      'suicid*',
      'ligature|ligatures',
      'took|taken|take|had|has|taking an overdose|overdoses',
      'overdose|overdosed|overdoses',
      'thoughts|thinking|thought|thinks of|about ending|killing|taking|harming her|his|their life|herself|himself|themselves|own',
      'thoughts|thinking|thought|thinks of|about self-harm|suicide|dying',
      'tried|tries|attempted|attempting|wants|wanted to kill|end ' + SELF + '|her|his|their [own] [life]',
      'wants|wanted to die',
      'kill herself|himself|themselves',
      'end her|his|their life',
    ],
  },
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'sectioned',
      'low mood',
      'mood is|was low',
      'mood has|had been low',
      'depressed|depression|depressive',
      'hopeless|hopelessness',
      'feels|feeling|felt hopeless|suicidal',
      'mental health difficulties|problems|issues|concerns|needs|crisis|condition|deteriorat*',
      'poor mental health',
      'anxiety',
      'panic attacks',
      'psychosis|psychotic|bipolar|schizophreni*',
    ],
  },
  // Round 22: tears after a death are grief ("tearful since her grandad died"; three tuning-set lines, none annotated).
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['tearful'],
    // Review 22a I17: a bereavement, not "death threats" or "passed her number to his friends".
    unlessNear: ['died|dying|bereavement|bereaved|funeral|loss|grief|grieving|miscarriage', 'death of|in', 'passed away'],
    window: 8,
  },
  {
    code: 'ep_low_self_esteem',
    patterns: [
      'low self-esteem|self-worth|self-confidence|confidence|self-image',
      'low self esteem|worth|confidence|image',
      'poor self-esteem|self-worth|self-image|self-confidence',
      'poor self esteem|worth|image|confidence',
      'feels|feeling|felt ugly|unloved|unwanted|worthless|useless',
      'worthless',
      'is|am|was|being ugly|useless|unlovable|stupid|fat|disgusting',
      'hates|hated herself|himself|themselves',
      'hates|hated her|his|their appearance|body',
      'no self-worth|self-esteem',
    ],
  },
  {
    code: 'ep_learning_disability',
    patterns: [
      'learning disability|disabilities|difficulty|difficulties|needs',
      'autism|autistic|asd|asc|adhd',
      'special educational needs',
      'additional needs',
      'education health and care plan',
      'global developmental delay',
      'low iq',
    ],
  },
  {
    code: 'ep_isolated',
    patterns: [
      'no friends [of] [her|his|their] [own] [age]',
      'cut off from [her|his|their] friends|family|peers',
      'withdrawn from [her|his|their] friends|peers|family',
      'lost contact with [her|his|their] friends|peers',
      'no longer sees|seeing [her|his|their] friends',
      'stopped seeing [her|his|their] friends',
      'dropped|dropping|drops|lost|losing [all] [her|his|their] [school|old|usual] friends',
    ],
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: [
      'change|changes in [her|his|their] behaviour|behavior|presentation|mood|appearance|attitude',
      'behaviour|behavior|presentation has|have changed|deteriorated',
      'more|increasingly withdrawn|aggressive|secretive|volatile|angry',
      'secretive',
      'mood swings',
      // Round 26: the framework's own wording, a sudden change ("her mood changes suddenly", "sudden mood changes").
      'mood|behaviour|behavior changes|changed|changing suddenly',
      'sudden change|changes in [her|his|their] mood|behaviour|behavior',
      'sudden mood|behaviour|behavior change|changes',
      'changed her|his|their appearance',
      'out of character',
      'not her|his|their usual self',
    ],
    unlessNear: CHANGE_FOR_BETTER_CUES,
    window: 8,
  },
  {
    code: 'ep_eating_problems',
    patterns: [
      'eating disorder|disorders|problems|difficulties|issues',
      'disordered eating',
      'not eating',
      'restricting food|eating|intake',
      'anorexi*',
      'bulimi*',
      'gained|put on [a] [lot] [of] weight',
      'purging',
      'concerns|concern|worries|worried about|around|regarding [her|his|their] eating|diet|weight',
    ],
  },
  {
    code: 'ep_injuries_assault',
    patterns: [
      'black eye|eyes',
      'stab wound|wounds',
      'stabbed|slashed',
      'assaulted',
      'beaten up',
      'beaten',
      'burns|burn marks',
      'facial injuries|swelling',
      'bite marks',
      'assault on her|him',
      'physical assault',
      'marks on her|his neck|arms|body|face|legs',
    ],
    // Round 29b: not abuse as a younger child, which is fa_previous_abuse ("was beaten by an uncle as a younger child").
    unlessNear: ['beaten|assaulted by [a|an|her|his|their] [*] [*] as a [very] younger|young|small|little child|kid|boy|girl|teenager|teen|toddler|baby'],
    window: 0,
  },
  {
    code: 'ep_exhaustion',
    patterns: [
      'tired all the time',
      'always|constantly|very|extremely tired',
      'appears|appeared|looked|looks|seemed|seems tired|exhausted|malnourished',
      'falling|fell|falls asleep in lessons|class|school',
      'sleeping in lessons|class',
    ],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: [
      'surgical scar|scars',
      'unexplained scar|scars|scarring',
      'operation|operations|surgery|procedure abroad',
      // fresh20: "had an operation in another country that she cannot explain".
      'operation|operations|surgery|procedure in another country',
      'operation|operations|surgery|procedure in a different country',
      'kidney removed',
      'organ removal|harvesting',
    ],
  },
  {
    code: 'ep_isolated',
    patterns: ['isolated', 'isolation'],
    unlessNear: ['incident|incidents|occasion|room|booth|booths|unit|covid|covid-19|virus|illness|case|event'],
    window: 3,
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['withdrawn'],
    unlessNear: [
      'statement|statements|allegation|allegations|disclosure|complaint|course|application|offer|support|consent|referral|funding|service|services|from|money|cash|charges|case|account|accounts|part',
      // Round 22: "she has not withdrawn anything she told the ABE officers". Review 22b I12: as the verb's object only,
      // not "withdrawn and told staff she is scared of the men".
      'withdrawn anything|nothing|evidence|claim|claims|request',
    ],
    window: 3,
  },
  {
    code: 'ep_injuries_assault',
    patterns: ['bruise|bruises|bruised|bruising', 'injury|injuries|injured'],
    // "The minor injuries unit" is a place, not an injury. Round 19: the explanation often comes later in the sentence
    // ("the bruise on his shin is from a football tackle"), and in other words ("falling", "Sunday league").
    // Probe 25: a sports injury in a coach's words ("forced to miss the race with an injury").
    unlessNear: [
      ...EXPLAINED_INJURY_CUES,
      'unit|units|miu',
      'falling|league|tackle|tackled|goalkeeping|goalkeeper|boxing|climbing|coach',
      // Review 25D: not body parts ("bruising to her ankle and wrists after she was found with the men").
      'race|races|season|hamstring|sprint|marathon|tournament|fixture|fixtures|squad|selection',
    ],
    window: 9,
  },
  // --- E: emotional and physical
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'ptsd|ocd',
      'personality disorder',
      'psychiatric unit|ward|hospital|admission|inpatient',
      'mental health unit|ward|hospital|admission|crisis team',
      'struggles|struggling|struggled with [her|his|their] [own] mental health',
      'feeling|feels|felt down|low|sad|flat|empty',
      'crying|cries a lot|constantly|all the time|every day',
      'crying|cries a lot',
      'crying|cries constantly',
      'crying|cries all the time',
      'crying|cries every day',
    ],
    // Not a baby crying ("The baby cries a lot at night"; review 2026-11-30).
    unlessNear: ['baby|babies|infant|newborn|toddler|colic|teething'],
    window: 4,
  },
  {
    // "Fresh cuts to both forearms": a school nurse's or ED note of self-harm without the word; an injury with a cause
    // (sport, a fall, a dog) is left out.
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['[fresh|new|healing|superficial|linear] cuts|scratches to|on [her|his|their] [both] [left|right] forearm|forearms|wrist|wrists|thigh|thighs'],
    unlessNear: EXPLAINED_INJURY_CUES,
  },
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'scratching|scratched|scratches ' + SELF + '|her|his arms|wrists|legs',
      'hurting|hurts|hurt|harming|harms ' + SELF,
      'wanted|wants|want to die|disappear',
      'not want|wanting to be alive|live',
    ],
  },
  // ---- Round 7 ----
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      `tried|tries|attempted|attempting|try to hang|strangle|drown|hurt ${SELF}`,
      `burn|burns|burned|burnt|burning ${SELF} with`,
      'took|taken|take|had|swallowed * paracetamol|ibuprofen|tablets|pills',
      'start|started|starts|starting cutting|self-harming [again]',
      'cutting|self-harming again',
    ],
    unlessNear: [
      'prescribed|prescription|headache|headaches|migraine|period|toothache|pain|dose|cold|flu|temperature',
      'as directed',
      // Round 31: pills of a street drug are drug use, not an overdose ("took two pills of ecstasy at the park").
      // Review 31: only the pills named as the drug, not a drug elsewhere ("started cutting again because of the
      // cocaine debt").
      'pills|pill|tablets|tablet of ecstasy|mdma|mandy|molly|lsd|acid|ketamine|ket|cocaine|speed|pingers',
      'ecstasy|mdma|mandy|molly|lsd|acid|ketamine|ket|cocaine|speed pills|pill|tablets|tablet',
    ],
  },
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['no point in|to anything|life|living'],
  },
  {
    code: 'ep_low_self_esteem',
    patterns: ['only good for one thing', 'ugly and|or worthless', 'worthless'],
    unlessNear: ['phone|item|items|gift|gifts|car|bike|job'],
    window: 3,
  },
  {
    code: 'ep_isolated',
    patterns: [`fallen|fell|falls out with all [of] ${HER} [school] friends`, `lost all ${HER} [school] friends`],
  },
  {
    code: 'ep_eating_problems',
    patterns: ['lost [around|about|nearly|over] * kg|kilos|stone|pounds|lbs', 'lost [around|about|nearly|over] 1kg|2kg|3kg|4kg|5kg|6kg|7kg|8kg|9kg|10kg'],
    unlessNear: ['dietitian|dietician|planned|plan|diet|luggage|bag|phone|money|wallet'],
  },
  // An overdose of tablets ("admitted after swallowing a bottle of his nan's tablets").
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'swallowing|swallowed|swallows|swallow [a|an|the] [bottle|packet|packets|handful|box|strip|load] [of] [*] [*] tablets|pills|paracetamol|medication|painkillers',
    ],
    // Rev-ind-3: not taking one's own medicine ("difficulty swallowing tablets", "swallows his tablets with water").
    unlessNear: [
      'accidentally|accident|accidental|toddler|baby|mistake|mistook',
      'difficulty|difficult|hard|liquid|water|each|every|morning|daily|gp|prescribed|finds',
    ],
    window: 8,
  },
  // Round 23: weight lost, not through an illness or a treatment that explains it ("Daniel's weight loss follows his type
  // 1 diabetes diagnosis"); eating and making oneself sick.
  {
    code: 'ep_eating_problems',
    patterns: [
      'weight loss',
      'lost|losing a lot of weight',
      'lost|losing significant|noticeable|considerable|rapid|unexplained|dramatic [amounts] [of] weight',
    ],
    unlessNear: [
      'diabetes|diabetic|coeliac|celiac|crohns|crohn’s|cancer|chemotherapy|chemo|thyroid|diagnosis|diagnosed|dietitian|dietician|planned|surgery|operation|virus|infection|illness',
      "crohn's",
      // Review 23C: a treatment, not tablets from older boys ("the older boys give her tablets to keep her awake").
      'on|started|starting|new|prescribed|changed|changing [her|his] medication|tablets',
      'medication|tablets for|side|prescribed',
    ],
    window: 10,
  },
  {
    code: 'ep_eating_problems',
    patterns: ['bingeing|binging|binges|binged and vomiting|purging|being|making', 'making|makes|made herself|himself|themselves sick'],
  },
  // Probe (round 22b): "He has unexplained injuries and has lost weight"; not planned or sporting weight loss (eval README
  // hard negatives: "lost weight as planned with the dietitian", weight lost through training or football).
  {
    code: 'ep_eating_problems',
    patterns: ['has|have|had lost weight'],
    unlessNear: [
      'dietitian|dietician|planned|plan|diet|dieting|slimming|healthy|exercise|exercising|gym|training|football|running|sport|sports|boxing|club|gp|doctor|target|goal|pleased|proud|operation|illness|virus|covid|baby',
    ],
    window: 10,
  },
  {
    code: 'ep_exhaustion',
    patterns: ['falls|falling|fell asleep in [most|every|all] [her|his] lessons|lesson|class|classes', 'hungry and exhausted|tired'],
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['large|long|fresh|surgical scar|scars on|across [her|his] [lower] back|abdomen|side|stomach|kidney'],
    unlessNear: EXPLAINED_SURGERY_CUES,
  },
  // Probe 24: a weapon used on the child ("hit with a hammer by men he owed money to"); not sport or an accident.
  {
    code: 'ep_injuries_assault',
    patterns: ['hit|struck|attacked|beaten|beat|assaulted|battered with a|an hammer|bat|bottle|brick|machete|knife|pole|crowbar|iron|weapon|bar|plank|belt'],
    unlessNear: [...EXPLAINED_INJURY_CUES, 'cricket|rounders|ball|accidentally|game|games'],
    window: 8,
  },
  // ---- Round 9 ----
  {
    code: 'ep_unexplained_surgery',
    patterns: ['scar|scars on|to [her|his|their] [lower] back|side|abdomen|stomach|flank'],
    requiresNear: ['operation|surgery|surgical|abroad|explain|explained|kidney|organ|clinic'],
    unlessNear: EXPLAINED_SURGERY_CUES,
    window: 10,
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['scarring on|to [her|his|their] [lower] back|side|abdomen|stomach|flank'],
    requiresNear: ['operation|surgery|surgical|abroad|explain|explained|kidney|organ|clinic'],
    unlessNear: EXPLAINED_SURGERY_CUES,
  },
  { code: 'ep_eating_problems', patterns: [`making|makes|made|make ${SELF} sick`, 'skipping|skips|skipped meals'] },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['a real|big|marked|noticeable|huge change in him|her|them'],
    unlessNear: CHANGE_FOR_BETTER_CUES,
    window: 8,
  },
  { code: 'ep_low_self_esteem', patterns: ['good for nothing', 'thinks|says|believes she|he|they [is|are] thick|stupid|worthless|useless|ugly|disgusting'] },
  { code: 'ep_eating_problems', patterns: ['stopped|stops eating'] },
  { code: 'ep_isolated', patterns: ['cut|cuts herself|himself off from'] },
  { code: 'ep_change_in_behaviour', patterns: ['gone|went from bubbly|chatty|happy|settled to withdrawn|angry|snappy'] },
  { code: 'ep_exhaustion', patterns: ['tired or hungry', 'hungry and filthy|unwashed|exhausted'] },
  { code: 'ep_low_self_esteem', patterns: ['describes herself|himself as disgusting|worthless|ugly'] },
  { code: 'ep_low_mood', otherCode: 'fa_parental_mental_health', patterns: ['mood will drop'] },
  // Round 15 (fresh14, tuned on after it had judged round 14).
  { code: 'ep_isolated', patterns: ['no longer sees|see any of her|his|their friends', 'no longer sees|see her|his|their friends'] },
  // Research pass (county lines signs: "isolated from peers or not mixing with usual friends").
  {
    code: 'ep_isolated',
    patterns: [
      'no longer mixing|mixes|socialising|socialises|spending|spends [time] with [her|his|their] [old|usual|school] [school] friends|peers|mates',
      'not mixing|socialising|spending [time] with [her|his|their] [old|usual|school] [school] friends|peers|mates',
      'abandoned|abandoning|dropped|left|lost [her|his|their] [old|usual|school] friendship|friend group|groups|circle',
      'abandoned|abandoning|dropped|left|lost [her|his|their] [old|usual|school] friendships',
    ],
    unlessNear: [FAMILY],
    window: 4,
  },
  { code: 'ep_eating_problems', patterns: ['hardly|barely touching|eating her|his|their food', 'eating concerns'] },
  { code: 'ep_change_in_behaviour', patterns: ['completely|totally changed since'] },
  { code: 'ep_unexplained_surgery', patterns: ['signs of surgery', 'surgical scars|scar'] },
  // Round 16 (fresh15, tuned on after it had judged round 15): the wording families of its misses (RESULTS.md round 16).
  { code: 'ep_injuries_assault', patterns: ['cigarette burns|burn|burns', 'cigarette burn marks'] },
  { code: 'ep_low_mood', otherCode: 'fa_parental_mental_health', patterns: ['mood low|flat', 'does|did not see the point in anything|life|living'] },
  // ---- Round 17 ----
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      'o d of|on [*] [*] paracetamol|tablets|pills|ibuprofen|co-codamol|sertraline|citalopram|fluoxetine',
      'od of|on [*] [*] paracetamol|tablets|pills|ibuprofen|co-codamol|sertraline|citalopram|fluoxetine',
      'fresh|new cuts|scratches|lacerations|wounds [on|to] [her|his|their] [arm|arms|wrist|wrists|thigh|thighs|forearm|forearms|legs]',
    ],
    unlessNear: EXPLAINED_INJURY_CUES,
  },
  {
    code: 'ep_unexplained_surgery',
    patterns: ['abdominal|flank|surgical scar|scars', 'scar|scars on|to the [left|right] flank|side|abdomen|back'],
    requiresNear: ['unknown|unexplained|origin|abroad|journey|explain|records|know|operation'],
    unlessNear: ['appendix|appendicectomy|appendectomy|caesarean|hernia|discharge|letter|confirmed'],
    window: 12,
  },
  {
    code: 'ep_injuries_assault',
    patterns: ['slash|stab|puncture|knife wound|wounds', 'fractured|broken cheekbone|jaw|nose|ribs|orbit', 'fractured|broken eye socket'],
  },
  // ---- Round 18 ----
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['mood has|have|had been [very|really|extremely|so|quite] low', 'mood is|was|remains|remained [very|really|extremely|so|quite] low'],
  },
  {
    code: 'ep_low_self_esteem',
    patterns: ["he's|she's|i'm|he’s|she’s|i’m useless|worthless|rubbish|stupid|ugly"],
    unlessNear: ['not|never'],
    window: 3,
  },
  {
    code: 'ep_isolated',
    patterns: [
      `stopped|stops|stopping seeing|meeting ${HER} [old] [school] friends|mates`,
      `stopped|stops|stopping talking to ${HER} [old] [school] friends|mates`,
      `dropped|dropping|drops [all] ${HER} [old] [school] friends|mates`,
    ],
  },
  // ---- Round 19 ----
  // Injuries with an ordinary cause told in the same sentence ("the bruise on his shin is from a football tackle",
  // "broken arm after falling off a trampoline"): six tuning-set lines annotate none of them.
  {
    code: 'ep_injuries_assault',
    patterns: ['broken nose|arm|wrist|jaw|ribs|finger|fingers|hand'],
    unlessNear: [...EXPLAINED_INJURY_CUES, 'falling|league|tackle|tackled|goalkeeping|goalkeeper|boxing|climbing|coach'],
    window: 10,
  },
  // ---- Round 21 ----
  { code: 'ep_eating_problems', patterns: ['barely|hardly eating', 'not really eating'] },
  {
    code: 'ep_low_self_esteem',
    patterns: [
      'calls|called|calling herself|himself|themselves thick|stupid|useless|worthless|ugly|fat|disgusting|rubbish',
      '[very] little confidence in herself|himself|themselves',
      'no confidence in herself|himself|themselves',
    ],
  },
  { code: 'ep_isolated', patterns: ['lost touch with [all] [of] [her|his|their] [old|school] friends|mates'] },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['a different girl|boy|child|person|kid', 'changed completely|totally since'],
    requiresNear: ['since|like|become|became|changed|has|been'],
    // Round 22 (review of round 21, M9): another child chosen or sent in her place ("replaced by a different girl for
    // the project") is not a change in her.
    unlessNear: [
      'class|school|room|placement|sits|sat|team|group|house',
      'replaced|instead|chose|chosen|picked|selected|invited|sent|swapped|project|part|role|place|slot|trip|shift|went',
    ],
    window: 3,
  },
  {
    code: 'ep_change_in_behaviour',
    patterns: ['sudden|dramatic change', 'sudden|dramatic changes'],
    // Round 22 (review of round 21, M9): a change in her body or health ("a sudden change in her weight") is not a
    // change in behaviour.
    unlessNear: [
      'placement|plan|address|school|timetable|worker|carer|medication|weather|circumstances|arrangements|staff',
      'weight|appetite|height|diet|health|condition|symptoms|eyesight|vision|hearing|temperature|rash|periods|cycle|prescription|dose',
    ],
    window: 4,
  },
  // A change in behaviour: "Theo's behaviour changed suddenly", "the change in Mia's behaviour".
  {
    code: 'ep_change_in_behaviour',
    patterns: [
      'behaviour|presentation|demeanour|personality has|had [*] changed|altered suddenly|dramatically|markedly|completely|significantly|overnight',
      'behaviour|presentation|demeanour|personality changed|altered suddenly|dramatically|markedly|completely|significantly|overnight',
      // Review 22a I16: "presentation" needs the person ("a change in the presentation of the report" is a document).
      'change|changes in * behaviour|demeanour|personality',
      'change|changes in her|his|their presentation',
    ],
    unlessNear: ['policy|policies|plan|plans|management|support|team|chart|points|system|medication|diagnosis'],
    window: 3,
  },
  // ---- Round 24 ----
  // Low mood said with an intensifier: "he is really low, stays in his room crying", "her brother is very low". Not a low
  // risk, level, attendance or battery.
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    // Review 24-1: a person or a mood that is low, not a reading age, a BMI or staffing ("His literacy is very low").
    patterns: [
      "she|he|they|she's|he's|they're|mood|spirits [has|had|have] is|was|are|were|seems|seemed|looks|looked|been|appears|appeared really|very|so|quite|extremely low",
      'feels|felt|feeling really|very|so|quite|extremely low',
      "she's|he's|they're|shes|hes|theyre [been] really|very|so|quite|extremely low",
      // Round 26: a verb of seeming is about a person whoever the subject ("the boy looked really down", "seems very low").
      'seems|seemed|looks|looked|appears|appeared really|very|so|quite|extremely low|down',
    ],
    unlessNear: [
      'risk|risks|level|levels|attendance|battery|credit|priority|threshold|income|grades|grade|marks|score|scores|numbers|number|count|iron|sugar|blood|pressure|temperature|stock|supply|supplies|budget|cost|price|key|profile|concern|concerns|intensity|impact|energy|ability',
      'on credit|money|food|battery|data',
      // Review 26: a pet, now that a verb of seeming is about whoever the subject is ("the dog looked really down").
      'dog|dogs|cat|cats|puppy|pet|pets|horse|pony',
    ],
    window: 3,
  },
  // ... a relative named just before, outside the finding so that ConText sees who ("her brother is very low").
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['is|was|seems|seemed|looks|looked|been|appears|appeared really|very|so|quite|extremely low'],
    requiresNear: ['brother|sister|mum|mam|dad|mother|father|nan|gran|aunt|auntie|uncle|cousin|stepdad|stepmum'],
    window: 1,
  },
  // Tired all the time in slang: "shattered all the time", "knackered every day", "constantly worn out".
  {
    code: 'ep_exhaustion',
    patterns: [
      'shattered|knackered|drained constantly',
      'shattered|knackered|drained all the time',
      'shattered|knackered|drained every|most day|days',
      'worn out constantly',
      'worn out all the time',
      'worn out every|most day|days',
      'always|constantly shattered|knackered|drained',
      'always|constantly worn out',
    ],
    // Review 24-1: tiredness with its reason ("knackered every day after football training").
    unlessNear: ['training|football|gym|sport|sports|match|matches|paper|swimming|practice|revision|exams|shift|shifts|baby|gcses'],
    window: 8,
  },
  // Cut off from the people around: "has cut off from his old friends", "cutting off from her family".
  {
    code: 'ep_isolated',
    patterns: ['cut|cuts|cutting off from [all] [of] [her|his|their] [old|usual|school|former|close] friends|mates|peers|family|friendship'],
    // Review 24-1: not cutting off from peers who exploit him, which is protective.
    unlessNear: ['protective|positive|involved|dealing|drugs|gang|exploited|exploiting|exploitation|influence|offending'],
    window: 10,
  },
  // Surgery or a procedure nobody explains: "unexplained breast enhancement", "a tooth extraction she will not explain".
  {
    code: 'ep_unexplained_surgery',
    patterns: [
      'unexplained breast|cosmetic|dental surgery|procedure|procedures|enhancement|augmentation|implants|extraction|extractions|operation|operations',
      // Review 24-1: not a wish for implants or mum's, nor a procedure staff did not explain.
      "surgery|procedure|operation|extraction|implants|enhancement|stitches [that|which] she|he will|would|can|could|does|did not|won't|wouldn't|can't|cannot|couldn't|doesn't|didn't explain",
    ],
  },
  // ---- Round 24, third pass ----
  // Self-harm in other words: "has thought about ending it", "a history of cutting from Year 7".
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['thought|thinks|thinking|talked|talks|talking|spoke|speaks about ending it', 'ending it all'],
    // Not ending a relationship ("talked about ending it with her boyfriend"). Review 24c: nor a course, counselling or a
    // band ("ending it early because of the snow", "ending it all on a high").
    unlessNear: [
      'with|relationship|boyfriend|girlfriend|friendship|contract|placement',
      'early|course|counselling|therapy|sessions|apprenticeship|job|band|season|tour',
      'on a high',
    ],
    window: 3,
  },
  // Review 24c: not lessons or school cut, or hair ("a history of cutting lessons").
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    // Rev-ind-3: "history of" stays outside the span, so it marks the finding historical (eval README).
    patterns: ['cutting'],
    requiresNear: ['history of'],
    unlessNear: ['lessons|lesson|school|class|classes|college|hair|grass|hedge|hedges|wood|paper|corners'],
    window: 3,
  },
  // Hit, said in the passive or by someone who hits the child: "denies being hit", "the olders ... hit him when he lost
  // some", "asked whether anyone had hit Callum".
  {
    code: 'ep_injuries_assault',
    patterns: [
      'being|been|was|were|gets|get|got|getting hit|punched|kicked|slapped|beaten|battered [by|when|for|at|in|after]',
      // Review 24c: the child as the one hit, not a thing ("they hit the shops", "someone kicked the bin", "beat Leeds").
      'olders|men|man|adults|anyone|someone|somebody|they [had|has|have] hit|punched|kicked|slapped|battered|beat her|him|them|me',
      // ... or named, when asked about ("asked whether anyone had hit Callum").
      'whether|if anyone|anybody|someone|somebody [had|has|have] hit|punched|kicked|slapped|battered|beaten|beat *',
    ],
    unlessNear: [
      // Review 24c: excluded, fined, hit by a bill, the weather or a vehicle ("kicked out of college", "hit with a £100
      // fine", "hit by lightning", "hit by a van").
      'kicked|kick out|off',
      // Round 29b: abuse as a younger child is fa_previous_abuse ("was beaten by an uncle as a younger child").
      'hit|punched|kicked|slapped|beaten|battered by [a|an|her|his|their] [*] [*] as a [very] younger|young|small|little child|kid|boy|girl|teenager|teen|toddler|baby',
      'with a|an [*] [*] fine|bill|penalty|detention|sanction',
      'fined|bills|tax|arrears|lightning|storm|flood|six',
      'benefit cap',
      'hit|knocked by a|an|the [*] van|lorry|scooter|moped|motorbike|taxi|train|tram|truck|vehicle|cyclist',
      'ball|football|rugby|car|bus|bike|cricket|hockey|door|wall|head|branch|accident|accidentally|sport|pe|match|training|game|traffic|target|jackpot|record|note|notes|button|snooze|send|reply|final|semi-final|league|cup|goals|points|nil|quiz|competition|race',
      // Rev-ind-3: boxing ("will get battered in the ring if he doesn't train").
      'boxing|sparring|ring|train|kickboxing',
      'hit it off',
      // Abuse by a parent is a familial sign ("were beaten by their father as children").
      'by [her|his|their] father|mother|dad|mum|parents|parent|stepdad|stepfather|stepmum',
    ],
    window: 6,
  },
  // ---- Round 25 ----
  // A named learning disability (SEND): "has Down's syndrome".
  // Review 25C: not others who have it ("volunteers with children with Down's syndrome").
  {
    code: 'ep_learning_disability',
    patterns: ["down's|downs|down’s|down syndrome"],
    unlessNear: ['children|people|adults|pupils|kids|others|those with'],
    window: 2,
  },
  // A sudden change in how the child is (carers' logs): "started dressing differently and stopped laughing", "came back
  // crying and shaking".
  {
    code: 'ep_change_in_behaviour',
    patterns: ['dressing|dresses|dressed differently', 'crying and shaking|trembling', 'shaking|trembling and crying', 'stopped|stops laughing|smiling'],
    unlessNear: [
      'play|drama|costume|role|character|film|cold|dentist|injection|jab|vaccination|fancy|dress-up|party',
      // Review 25C: a new job, a band or braces ("dressing differently for her new job", "stopped smiling in photos").
      'job|work|uniform|interview|band|braces|photo|photos|wedding|fashion',
      // Review 25G: grief ("he stopped smiling at training after his grandad died").
      'died|bereavement|bereaved|funeral|grief|grieving',
    ],
    window: 6,
  },
  // No longer seeing friends (isolation): "no longer sees any friends her own age".
  {
    code: 'ep_isolated',
    patterns: ['no longer sees|see|has|meets|mixes [with] [any] [of] [her|his|their] friends|mates'],
    unlessNear: ['moved|move|moving|lockdown|holiday|holidays|because|left'],
    window: 6,
  },
  // A complete change (coaches and carers): "has changed completely and stopped coming to training".
  {
    code: 'ep_change_in_behaviour',
    patterns: ['changed completely|totally|dramatically|massively', 'changed beyond recognition'],
    requiresNear: ['has|have|had|she|he|they|since|really'],
    unlessNear: [
      'plan|plans|timetable|rules|address|number|name|phone|team|club|rota|staff|system|policy|hair|look|style|kit|school|placement|diet|medication',
      // Review 25C/D (the probe-25 duplicate, folded in here) and 25E: a place or a service ("the estate has changed
      // dramatically since the regeneration").
      'schools|room|course|job|website|app|squad|season|layout|building|area|menu|estate|regeneration|neighbourhood|town|street',
    ],
    window: 3,
  },
  // Trying to take one's own life (carers, school, GP): "tried to take her own life last week".
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['tried|tries|attempted|attempting|wants|wanted to take her|his|their own life'],
  },
  // Very little confidence (ep_low_self_esteem): "she has very little confidence".
  // Review 25E: only in herself here; bare "little confidence" is the probe-25 entry, which trust in a coach or a school
  // vetoes ("the coach has very little confidence in the new goalkeeper").
  { code: 'ep_low_self_esteem', patterns: ['very little|little|no confidence in herself|himself|themselves'] },
  // Probe 25: the writer's or the staff's own tiredness is not the child's ("I was exhausted after a double shift").
  // Review 25D: as the subject of "exhausted" ("I was exhausted"), not any "staff" or "I" ("exhausted and told staff").
  {
    code: 'ep_exhaustion',
    patterns: ['exhausted|exhaustion'],
    unlessNear: ['i|we|staff [was|were|am|are|is|felt|feel|feeling|all] [all] [so|very|really|completely|absolutely] exhausted', 'shift|shifts'],
    window: 3,
  },
  // ---- Probe 25 ----
  // Tablets taken in number ("after taking 20 paracetamol", "swallowed a packet of her tablets"); not a dose.
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: [
      `took|taken|taking|takes|swallowed|swallowing|swallows [a|an|her|his|their|the|all|whole] ${range(8, 100).join('|')}|handful|packet|packets|box|boxes|bottle|strip|strips|blister [of] [her|his|their|mum's|dad's] paracetamol|ibuprofen|co-codamol|codeine|tablets|pills|aspirin|sertraline|fluoxetine|painkillers`,
    ],
    // Review 25D: a daily regimen ("Nan takes 12 tablets a day for her heart").
    unlessNear: ['prescribed|dose|doses|daily|per|hay|headache|toothache|migraine|period|cramps', 'a|each|every day|morning|week'],
    window: 8,
  },
  // Cut off from friends ("doesn't talk to anyone in class anymore", "has stopped seeing her friends").
  {
    code: 'ep_isolated',
    patterns: [
      // Review 25D: "in" or "at" only with a place of peers ("does not speak to anyone in Polish at work" is not).
      "doesn't|didn't|won't talk|speak|mix to|with anyone|anybody anymore|now",
      'does|did|will not talk|speak|mix to|with anyone|anybody anymore|now',
      "doesn't|didn't|won't talk|speak|mix to|with anyone|anybody in|at class|school|college|break|lunch|lunchtime|clubs|youth",
      'does|did|will not talk|speak|mix to|with anyone|anybody in|at class|school|college|break|lunch|lunchtime|clubs|youth',
      'stopped|stops seeing|meeting|going out with [her|his|their] [old|usual] friends|mates',
    ],
  },
  // Meals not eaten or brought back up ("has not eaten properly for three days", "throwing up after meals").
  {
    code: 'ep_eating_problems',
    patterns: [
      "not|hasn't|isn't|hadn't|wasn't|barely|hardly eaten|eating properly|anything|much for [*] [*] days|day|week|weeks|hours|ages|while|nights",
      'throwing|throws|threw|thrown up after|following meals|eating|food|dinner|tea|lunch|breakfast',
      'sick after meals|eating',
    ],
    // Review 25D: nor a food reaction ("sick after eating prawns; she has a shellfish allergy", "food poisoning").
    unlessNear: [
      'bug|virus|sickness|norovirus|flu|covid|stomach|poorly|ill|unwell|tonsillitis|fasting|ramadan|operation|dentist|braces',
      'allergy|allergic|allergies|poisoning|reaction|intolerance|intolerant|shellfish|prawns|gluten|lactose',
    ],
    window: 8,
  },
  // Hopelessness in plain words ("very low tonight", "said nobody would miss her").
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['very|really|extremely low tonight|today|again|lately|recently', 'low in herself|himself|themselves'],
    // Not a low after a lost match or a result.
    // Review 25D: nor a level or a supply ("the river was very low today", "her phone credit is very low again").
    unlessNear: [
      'lost|losing|defeat|match|final|game|result|results|score|scores|exam|exams|battery|stock|stocks|supplies',
      'river|water|tide|level|levels|fuel|petrol|credit|data|signal|budget|funds|numbers|attendance|sugar|sugars|iron',
    ],
    window: 8,
  },
  // Injuries no one will account for ("covered in bruises and wouldn't say how he got them").
  {
    code: 'ep_injuries_assault',
    // The whole stretch, so that the sport or setting words the plain entry's vetoes hold do not silence it.
    patterns: [
      "bruise|bruises|bruised|bruising|cuts|injury|injuries|marks|eye [*] [*] [*] and|but [she|he|they] wouldn't|won't|can't|couldn't|cannot|refused|refuses|refusing|unable [to] say|explain|tell how|where|who",
      'bruise|bruises|bruised|bruising|cuts|injury|injuries|marks|eye [*] [*] [*] and|but [she|he|they] will|would|could|did not say|explain|tell how|where|who',
    ],
  },
  // Flat at an appointment ("appeared withdrawn and flat").
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['appeared|appears|seemed|seems|looked|looks|presented|presents [withdrawn|low|tearful|quiet] [and] flat'],
    // Review 25D: not the after-effect of treatment ("appeared flat at the dentist after the anaesthetic").
    unlessNear: ['anaesthetic|anaesthesia|sedation|sedated|operation|dentist|poorly|unwell'],
    window: 8,
  },
  // An attempt on the child's life ("tried to take her own life").
  {
    code: 'ep_self_harm',
    otherCode: 'fa_parental_mental_health',
    patterns: ['take|took|taking|end|ending|ended her|his|their [own] life'],
    requiresNear: ['tried|try|trying|tries|attempt|attempted|attempts|wants|wanted|want|thoughts|thinking|thought|plan|planned|planning'],
    // Review 25D: not a fresh start ("trying to take her life back", "wants to take his life in a new direction").
    unlessNear: ['life back|forward|forwards|around|round', 'new direction'],
    window: 4,
  },
  // Little confidence ("very little confidence").
  // Review 25D: not trust in a thing or a service ("no confidence in the police", "little confidence in the maths test");
  // "no confidence in herself" is the entry above.
  {
    code: 'ep_low_self_esteem',
    patterns: ['little|no confidence|self-confidence|self-belief|self-worth'],
    unlessNear: ['confidence|self-confidence|self-belief in|with|about'],
    window: 3,
  },
  { code: 'ep_isolated', patterns: ['no longer sees|see|seeing any [of] [her|his|their] friends|mates'] },
  // Facial injuries in plain words ("two broken teeth and a cut lip").
  {
    code: 'ep_injuries_assault',
    patterns: ['broken teeth|tooth|nose|jaw|ribs|cheekbone|eye-socket', 'cut|split lip|lips'],
    unlessNear: [...EXPLAINED_INJURY_CUES, 'dentist|dental|braces|cold|sore|sores|dry|chapped|ball|bike|fell|fall'],
    window: 10,
  },
  // ---- Round 27 ----
  // A change in dress, mood or company ("changed how she dresses and who she sees", "a big change in Kai's mood").
  {
    code: 'ep_change_in_behaviour',
    patterns: [
      'changed|changes|change|changing how|what [she|he|they] dresses|dress|dressed|behaves|behaved|acts|acted|looks|talks',
      'changed|changes|change|changing the way [she|he|they] dresses|dress|dressed|behaves|behaved|acts|acted|looks|talks',
      'changed|changes|change|changing who [she|he|they] sees|mixes|hangs|spends|goes',
      'big|marked|sudden|noticeable|significant|real|huge|dramatic change|changes|shift in * [*] mood|moods|behaviour|behavior|presentation|attitude|personality|demeanour',
    ],
    unlessNear: [
      ...CHANGE_FOR_BETTER_CUES,
      'puberty|diet|weather|uniform|school|placement|routine',
      // Review 27: a relative's, a team's or a pet's mood, and changes made for counselling, a play or a course.
      `in [the] ${FAMILY_HOMES}|team's|dog's|cat's|class's|group's`,
      'counselling|counsellor|therapist|play|course|director',
    ],
    window: 6,
  },
  // Self-esteem described after the noun ("her self-esteem was poor").
  {
    code: 'ep_low_self_esteem',
    // Not "confidence" alone ("his confidence is very low after the exam results": review 24-1).
    patterns: ['self-esteem|self-worth|self-confidence is|was|seems|seemed|appears|appeared|remains [very|quite|really|extremely] low|poor'],
    // Review 27: also a relative's or a pet's ("Grandma's self-esteem was low").
    unlessNear: ['mum|dad|mother|father|parent|carer|staff|team|players', `${FAMILY_HOMES}|dog's|cat's|dog|cat`],
    window: 4,
  },
  // Binge eating.
  {
    code: 'ep_eating_problems',
    patterns: ['binge|binges|binged eating|eats', 'binge-eating|bingeing|binging'],
    // Review 27: also games and videos ("binging on the new game").
    unlessNear: ['watching|watched|tv|series|box|boxset|netflix|drinking|game|games|youtube|videos|shows|show|films'],
    window: 4,
  },
  // ---- Round 27, second batch ----
  // Food refused ("has started refusing food").
  {
    code: 'ep_eating_problems',
    patterns: ['refusing|refuses|refused|refuse food|meals', 'refusing|refuses|refused|refuse to eat'],
    // Round 28: a sore mouth or braces (review 27).
    unlessNear: [
      'braces|teeth|tooth|dentist|dental|mouth|ulcer|ulcers|sore|throat|tonsillitis',
      'hospital|school|canteen|dinner|dinners|vegetarian|vegan|halal|ramadan|fasting|allergy|allergies|baby|dog|cat',
      // Review 27: a named food is fussiness ("refuses to eat vegetables"); a toddler, a pet, a sore mouth.
      'to eat [the|any|his|her|their] vegetables|veg|greens|fruit|meat|fish|mushrooms|cheese|sandwich|sandwiches|peas|broccoli|carrots',
      'toddler|teething|hamster|rabbit|pet|braces|dental|tooth|teeth|lent',
    ],
    window: 8,
  },
  // A lively child now silent ("used to be bubbly and now hardly speaks").
  {
    code: 'ep_change_in_behaviour',
    patterns: ['used to be bubbly|chatty|happy|outgoing|confident|lively|cheerful|sociable|talkative'],
    // Review 27: "happy to" is willing; a place, a club, staff or a pet that used to be lively.
    unlessNear: ['happy to', 'town|centre|club|staff|dog|cat|shop|shops|cafe|pub|street|estate|place|area'],
    window: 4,
  },
  // Worn out ("looks worn out and hungry").
  {
    code: 'ep_exhaustion',
    // Review 27: not "is|was worn out" (a carpet, a sofa).
    patterns: ['looks|looked|appears|appeared|seems|seemed worn out|exhausted|shattered|drained'],
    unlessNear: ['match|training|exams|exam|revision|pe|sport|sports|swimming|trip|holiday|baby'],
    window: 6,
  },
  // ---- Round 28 ----
  // Low in mood ("very low in mood", "flat in mood"); a relative's is the relative's.
  {
    code: 'ep_low_mood',
    otherCode: 'fa_parental_mental_health',
    patterns: ['low|flat in mood'],
    unlessNear: [
      'song|songs|music|film|lighting|painting|market|album|track|playlist|room|house|team|weather|sky|day|colour|colours|tone|scene|photo|picture',
      // Review 28: a mural or a poem, and a member of staff as the subject ("Her teacher is low in mood").
      'mural|artwork|poem|poetry|novel|corridor',
      'teacher|teachers|colleague|colleagues|manager|nurse|worker|tutor|coach|neighbour is|was|has|had|seems|seemed|felt|feels',
    ],
    window: 4,
  },
  // ---- Round 28, second batch ----
  // Weight that may be falling ("may be losing weight"): ep_eating_problems.
  {
    code: 'ep_eating_problems',
    patterns: ['may|might|could be losing weight'],
    unlessNear: [`${FAMILY}|${FAMILY_HOMES}|baby's|baby|babies|patient|dog|cat|pet|diet|dieting|slimming|gym|training|boxing|running|weigh-in`],
    window: 8,
  },
  // A weight loss told with a measure or a time ("her weight has dropped by 6kg since the summer"): ep_eating_problems.
  {
    code: 'ep_eating_problems',
    patterns: ['weight has|had|is|was [dropped|dropping|falling|fallen|gone] down|dropped|fallen|dropping|falling'],
    requiresNear: ['kg|kilos|kilograms|stone|pounds|lbs|since|centile|centiles|bmi|noticeably|significantly|sharply|quickly|steadily'],
    // An adult's diet, a baby's weight (a health visitor's measure), a parcel or a load, scales, braces.
    unlessNear: [
      `${FAMILY}|${FAMILY_HOMES}|baby's|baby|babies|patient|dog|cat|pet|diet|dieting|slimming|gym|training|boxing|weigh-in`,
      'parcel|load|bag|lorry|bar|bike|suitcase|luggage|scales|display|battery|braces|brace|teeth|reading|readings',
    ],
    window: 8,
  },
  // Alone at every break ("spends every break on his own"): ep_isolated.
  {
    code: 'ep_isolated',
    patterns: [
      'spends|spent|spending every|each|all [her|his|their] break|breaks|lunch|lunches|lunchtime|lunchtimes|breaktime|breaktimes on her|his|their own',
      'spends|spent|spending every|each|all [her|his|their] break|breaks|lunch|lunches|lunchtime|lunchtimes|breaktime|breaktimes alone',
    ],
    // Adults at work, and a chosen quiet activity (reading, a club, revision).
    unlessNear: [
      `${FAMILY}|teacher|teachers|staff|colleague|colleagues|worker|driver|nurse|manager|volunteer|tutor|coach`,
      // Review 28: other adults at work ("The caretaker spends every break on his own").
      'caretaker|cleaner|receptionist|officer|chef|cook|porter|guard|assistant|headteacher|head|lecturer|builder|builders|lollipop|lady|supervisor',
      'reading|read|revising|revision|chess|club|library|drawing|practising|practice|coding|marking|choice|prefers|likes|enjoys',
    ],
    window: 10,
  },
  // ---- Round 28, third batch ----
  // Little sense of their own worth ("had little sense of her own worth"): ep_low_self_esteem.
  {
    code: 'ep_low_self_esteem',
    patterns: ['little|no|low sense of her|his|their own worth|value'],
    unlessNear: ['mum|dad|mother|father|parent|carer|staff|worker|nan|grandad|gran'],
    window: 4,
  },
  // ---- Round 28, fifth batch ----
  // Grades that have fallen ("Lola's grades have dropped"): a change in behaviour at school (ep_change_in_behaviour).
  {
    code: 'ep_change_in_behaviour',
    patterns: ['grades|marks|attainment|schoolwork have|has|had [*] dropped|fallen|slipped|declined|dipped|plummeted'],
    // Grade boundaries, a school's or a cohort's results, a relative's course.
    unlessNear: [
      `${FAMILY}|${FAMILY_HOMES}|boundaries|boundary|school's|schools|national|cohort|average|averages|department|teacher|teachers|staff|nurse|nurses|trainee`,
      // Review 28: a pet's show or obedience marks.
      "dog|dog's|puppy|horse|horse's|pony|obedience|show",
      // and a group's results ("The cohort's grades have dropped").
      "cohort's|year's|class's|group's|set's|county's|country's",
    ],
    window: 6,
  },
  // ---- Round 29 ----
  // Up all night ("Reece is up all night on the phone", "the girl is often up all night"): ep_exhaustion.
  {
    code: 'ep_exhaustion',
    patterns: ['is|was|are|were|been|often|regularly|always|usually|stays|stayed|staying up all night|nights'],
    unlessNear: [
      'baby|babies|teething|revising|revision|revise|exam|exams|sick|ill|illness|vomiting|fever|temperature|sleepover|party|birthday|christmas|year|eve|celebrating|wedding|shift|shifts|nurse|work|working|festival|camping|flight|travelling|worried|worrying|anxious|pain|toothache|earache|asthma|cough|dog|puppy|newborn|excited|storm',
      `${FAMILY_NOT_CARERS}|staff|carer|carers|teacher|doctor`,
      // Review 29: an illness, a game, a book, homework or the sky ("was up all night with a migraine", "stays up all night
      // playing Fortnite at weekends", "up all night finishing her coursework", "stayed up all night to watch the meteor
      // shower").
      'migraine|headache|stomach|bug|flu|cold|hay|sickness|playing|fortnite|minecraft|xbox|playstation|console|game|games|film|films|movie|movies|netflix|reading|book|books|coursework|homework|essay|assignment|deadline|meteor|stars|eclipse|newborn|twins|sister|brother',
    ],
    window: 8,
  },
  // ---- Round 29b ----
  // Alone at lunch or in the room all association ("sits alone at lunch every day", "spends all association in his room",
  // "eats on her own at break"): ep_isolated.
  {
    code: 'ep_isolated',
    patterns: [
      'sits|sat|sitting|eats|ate|eating|spends|spent|spending|stands|stood|is|was alone|isolated at|during|in|through|every|each [the] lunch|lunchtime|lunchtimes|lunches|break|breaks|breaktime|breaktimes|playtime|playtimes|recess|association',
      'sits|sat|sitting|eats|ate|eating|spends|spent|spending|stands|stood on|by her|his|their|herself|himself|themselves [own] at|during|in|through|every|each [the] lunch|lunchtime|lunchtimes|lunches|break|breaks|breaktime|breaktimes|playtime|playtimes|recess|association',
      'spends|spent|spending|stays|stayed|staying|remains|remained all|every|each|most [of] [the] association|break|breaks|breaktime|lunch|lunchtime|lunchtimes|lunches|playtime|recess in|on her|his|their room|cell|bedroom|own',
      'spends|spent|spending|stays|stayed|staying|remains|remained all|every|each|most [of] [the] association|break|breaks|breaktime|lunch|lunchtime|lunchtimes|lunches|playtime|recess in the toilets|toilet|corridor',
      'spends|spent|spending|stays|stayed|staying|remains|remained in her|his|their room|cell [for|during] all|every|each|most [of] [the] association|break|breaks|breaktime|lunch|lunchtime|lunchtimes|lunches|playtime|recess',
    ],
    unlessNear: [
      `${FAMILY_NOT_CARERS}|teacher|teachers|staff|office|colleague|colleagues|work|van|desk|car`,
      // Adults at work alone at break ("The caretaker spends every break on his own").
      'caretaker|lollipop|lady|cleaner|cleaners|receptionist|secretary|head|headteacher|assistant|supervisor|cook|chef|nurse|doctor|officer|manager|boss|driver|worker|workers|grandad|grandma|nan|neighbour',
      'homework|revision|revise|revising|reading|book|exam|exams|detention|trip|club|choir|rehearsal|practice|practising|helping|librarian|prefect|duty|chose|choice|prefers|preferred|likes|quiet|holiday|holidays|weekend|weekends|ill|sick|unwell|covid|lockdown|gaming|tired|fasting|ramadan|friends|friend|mates|make-up|makeup',
      // Review 29b: reading, a pet, a coach at half-time, or the writer late one day ("he sits alone at lunch to read",
      // "the dog stays in his room all lunchtime", "I ate alone at lunch today because I was late").
      'read|reads|draw|draws|drawing|dog|dogs|cat|cats|puppy|pet|pets|hamster|coach|referee|umpire|halves|half-time|interval|late',
      'i sat|ate|sit|eat|spent|spend|stood|stand|stayed|stay',
    ],
    window: 10,
  },
  // Review 29b: hit by a parent now ("He gets hit by his stepdad when he is late home"): an assault now, not the earlier
  // abuse of fa_previous_abuse.
  {
    code: 'ep_injuries_assault',
    patterns: [
      'gets|get|getting|keeps|keep|still|regularly [being] [getting] hit|beaten|battered|punched|kicked|slapped by [his|her|their] father|stepfather|dad|stepdad|mum|mother|stepmother|uncle|grandfather|grandad',
    ],
    unlessNear: [...GAME_WON, 'chess|game|games|race|match|final|competition|tennis|quiz|car|door|ball|sunday|sundays|weekend'],
    window: 8,
  },
  // The EHC plan, moved from the learning-disability entry: not the name of the meeting or the role ("EHCP review: poor
  // attendance in Year 7", "the EHCP coordinator rang"); "Zac has an EHCP for autism" still counts.
  {
    code: 'ep_learning_disability',
    patterns: [
      'ehcp [for] [her|his|their] [moderate|severe|mild|specific|profound] [learning|communication|speech|social] [and] [language|emotional] [difficulties|difficulty|needs|disability|disabilities]',
      // Round 15: "EHC" alone is also emergency hormonal contraception; the plan is "EHCP" or "EHC plan".
      'ehc plan [for] [her|his|their] [moderate|severe|mild|specific|profound] [learning|communication|speech|social] [and] [language|emotional] [difficulties|difficulty|needs|disability|disabilities]',
    ],
    // Review 29b: also the role's possessive ("the EHCP coordinator's email").
    unlessNear: [
      "ehcp|plan review|reviews|meeting|meetings|coordinator|coordinators|co-ordinator|panel|officer|officers|team|caseworker|coordinator's|officer's|team's|panel's|caseworker's",
    ],
    window: 0,
  },
  // ---- Round 32 ----
  // (indicators-round32.test.ts) ----
  // An injury named by where it is ("cuts to his hands", "a cut across his cheek", "burns to the backs of both hands", "a
  // laceration to the forehead"); not the forearms, wrists or thighs, where cuts are self-harm (its own entries), nor an
  // injury with an ordinary cause or one the child did.
  {
    code: 'ep_injuries_assault',
    patterns: [
      'cut|cuts|burn|burns|laceration|lacerations|graze|grazes|scratches|gash|gashes|wound|wounds to|on|across [the] [back|backs|side|sides|top|palm|palms] [of] [his|her|their|both] [left|right] hand|hands|face|cheek|cheeks|head|forehead|scalp|neck|chest|back|ribs|eye|ear|ears|nose|mouth|knuckles|fingers|feet|foot|stomach|jaw|chin',
    ],
    unlessNear: [
      ...EXPLAINED_INJURY_CUES,
      'woodwork|carving|carved|crafts|cooking|cooked|baking|chopping|slicing|kitten|cat|shaving|oven|hob|kettle|iron|sunburn|sun|paper|surgery|operation|eczema|rash|acne',
      'self-harm|self-harming|selfharm|self-inflicted|himself|herself|themselves',
      // Review 32: nor a wall or window the child hit, or an ordinary cause ("after punching a wall", "from hair
      // straighteners", "from a firework", "from gardening", "chickenpox scratches", "stepping on glass").
      'punched|punching|punches|punch|smashed|smashing|kicked|kicking a|the|his|her [bedroom|bathroom|kitchen|front|back|car|bus] wall|walls|door|doors|window|windows|mirror',
      'straighteners|tongs|firework|fireworks|sparkler|sparklers|bonfire|barbecue|bbq|gardening|brambles|chickenpox|insect|bites|stepping|stepped|blister|blisters|boots',
    ],
    window: 10,
  },
  // ---- Round 32 recall pass ----
  // Open 34: strangling or choking the child ("Her partner strangled her", "her boyfriend put his hands round her neck",
  // "non-fatal strangulation"): an assault on the child, however the note names the one who did it (a partner's, a
  // parent's partner's act on the child are both physical harm; mum's partner hurting mum is the entries below).
  {
    code: 'ep_injuries_assault',
    patterns: [
      ...strangleActs('', STRANGLE_OBJECTS),
      'was|were|been|being|is|are|got|gets|getting strangled|throttled',
      'was|were|been|being|is|are|got|gets|getting choked by|until|unconscious',
      'non-fatal|nonfatal strangulation|strangling|choking',
    ],
    // Not emotion, food or smoke ("choked her up", "choked by the fumes"), nor a ligature the child used.
    unlessNear: ['choked|chokes|choking her|him|them|me up', 'smoke|fumes|food|sweet|sweets|tears|emotion|laughing|laughter|water|vomit', STRANGLE_NOT_ASSAULT],
    window: 6,
  },
  // ... and strangulation named alone ("bruising consistent with strangulation"), not a ligature or a blind cord in a
  // home safety check, which may lie further off ("blind cords tied up to reduce the risk of strangulation").
  { code: 'ep_injuries_assault', patterns: ['strangulation'], unlessNear: [STRANGLE_NOT_ASSAULT], window: 12 },
];

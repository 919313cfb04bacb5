import { CURRENT_FRAMEWORK, type Indicator } from '../core/indicators/index.ts';
import { type Answer, assess } from '../core/screening/assess.ts';
import { HARD_RULES } from '../core/screening/hard-rules.ts';
import { atLeast, needsDecision, rank, type RiskLevel } from '../core/screening/levels.ts';
import type { ReferralTargetKey } from '../core/screening/referral.ts';
import { rescreenDue } from '../core/screening/schedule.ts';
import { indicatorsFromAttendance } from '../core/screening/sexual-health.ts';
import type { ExploitationType } from '../core/records/vocab.ts';
import { clip, fillTemplate, PRONOUNS } from './chronology.ts';
import { addDays, ageOn, isoDate, startOfDay } from './dates.ts';
import { COUNTY_TOWNS, HOTSPOTS } from './places.ts';
import type { Rng } from './prng.ts';
import type {
  DemoAgency,
  DemoCase,
  DemoCaseForm,
  DemoChronologyEntry,
  DemoConsultation,
  DemoDecision,
  DemoOverride,
  DemoPerson,
  DemoReferral,
  DemoScreening,
  DemoSexualHealthAttendance,
  DemoTask,
  DemoUser,
} from './types.ts';

// Screenings with history for the demo (issue 3): levels at every band, scored by the real assess(), with the
// decisions, referrals, consultations, overrides and re-screen tasks that follow them. Pure: no I/O, no clock.

// Share of the other cases with screenings, by gender: boys are screened too, at about 40% of the children screened.
export const SCREENED_SHARE: Readonly<Record<'male' | 'other', number>> = { male: 0.4, other: 0.53 };
export const RESCREEN_TITLE = 'Re-screen for exploitation (every 3 months)';

const FW = CURRENT_FRAMEWORK;
const INDICATORS = new Map(FW.indicators.map((i) => [i.code, i]));
const has = (code: string): boolean => INDICATORS.has(code);
// Codes whose hard rule fires whether current or past: never recorded as "past" in a downward arc.
const RULE_CODES = new Set(HARD_RULES.flatMap((r) => r.codes));
const HIGH_FLOOR = new Set(HARD_RULES.filter((r) => r.floor === 'high' && !r.appliesAtAge).flatMap((r) => r.codes));
// Sexual activity with a child under 13 is rape (hard rule): kept out of younger children's generated screenings.
const UNDER_13 = new Set(HARD_RULES.filter((r) => r.appliesAtAge).flatMap((r) => r.codes));

type Theme = 'cse' | 'county_lines' | 'online';

// Short, factual, child-centred evidence: what adults do to the child. Slots are filled per child.
const EVIDENCE: Readonly<Record<string, string>> = {
  sh_sexual_activity: '{They} told the school nurse about sexual contact with a person {they} met through friends; {they} would not give their age.',
  sh_sti: 'Chlamydia diagnosed at the young people’s clinic: the second positive test this year.',
  sh_pregnancy: 'Positive pregnancy test at the clinic. {They} would not say who the other person is and looked frightened when asked.',
  sh_termination: 'Termination of pregnancy arranged through the clinic; no adult came with {them}.',
  sh_emergency_contraception: 'Emergency contraception given twice in three months at a community pharmacy.',
  sh_many_partners: 'At the clinic {they} described sexual contact with several people in three months, all introduced by an older friend.',
  go_older_partner: '{They} talk{s} about a man aged about 23 who collects {them} in his car. {Their} family have never met him.',
  am_found_with_adults: 'Found by police at 02:10 at {place} with three adults, after being reported missing.',
  rg_sex_exchange: 'A friend told the school that adults at {place} give {them} vodka and cannabis and expect sexual contact in return.',
  am_moved_by_others: 'Adults bought {them} a train ticket to {town}; police found {them} there two days later at an address {they} could not name.',
  am_missing: 'Reported missing three times in the last three months; returned after midnight each time.',
  go_carrying_drugs: 'Stopped by police holding wraps of crack cocaine that an older male had told {them} to keep.',
  fa_domestic_abuse: 'Police attended two domestic abuse incidents at home this year; {name} was in the house both times.',
  fa_in_care: 'Looked after by the local authority; moved placement twice in the last year.',
  ep_self_harm: 'The school nurse saw fresh cuts on {their} forearm; {they} said it helps {them} cope at night.',
  am_staying_out_late: 'Carer reports {they} {is} out until 02:00 most weekends and cannot say where.',
  am_school_absence: 'Attendance has dropped to 61% this term; staff see {them} leave at lunchtime with older young people.',
  am_school_exclusion: 'Now on a part-time timetable after a fixed-term exclusion.',
  am_found_out_of_area: 'Found by police in {town}, a town {they} {has} no known link to.',
  am_unknown_address: 'After three nights away {they} could not say where {they} had been staying.',
  fa_parental_substance_misuse: 'A parent is in treatment for alcohol dependency; {name} often looks after a younger sibling.',
  fa_parental_mental_health: 'A parent has been in hospital for their mental health twice this year.',
  fa_family_breakdown: 'Moved between relatives three times in the last year.',
  fa_neglect: 'Previously on a child protection plan for neglect.',
  fa_previous_abuse: 'Physically abused by an adult in the household when younger; the adult was convicted.',
  fa_no_trusted_adult: 'Told {their} youth worker there is no adult {they} can talk to.',
  ep_low_mood: 'Told the GP {they} feel{s} hopeless and cannot sleep.',
  ep_low_self_esteem: 'Says nobody would notice if {they} did not come home.',
  ep_learning_disability: 'Has an EHC plan for a learning disability; adults around {them} know this.',
  ep_isolated: 'No longer sees friends from school; spends time only with an older group.',
  ep_change_in_behaviour: 'School reports a sudden change: withdrawn in class, new clothes, tired every morning.',
  ep_injuries_assault: 'Came to the emergency department with facial bruising; said {they} fell and would not say more.',
  go_older_friends: 'Seen most evenings with men in their twenties near {place}.',
  go_peers_exploited: 'Two of {their} friends are open to the exploitation team.',
  go_unknown_adults_collect: 'Collected from school twice by men in a car that staff did not recognise.',
  go_taken_to_parties: 'Adults have taken {them} to parties at {place}, where {they} {was} given alcohol.',
  go_threats_violence: '{Their} family received a message threatening violence if {they} stopped running errands for an older group.',
  go_arrests: 'Arrested for possession with intent to supply; the older male with {them} was not arrested.',
  go_carrying_weapons_money: 'Found holding £900 in cash that an older male had given {them} to keep.',
  go_drug_arrest_out_of_area: 'Arrested in {town} with drugs; {they} could not explain how {they} got there.',
  go_cuckooing: 'Adults have been using the family flat to deal drugs while {their} parent is unwell.',
  te_adults_contact_online: 'An adult {they} met on a gaming app messages {them} late at night and told {them} to delete the chats.',
  te_sexual_images: 'An adult asked {them} for sexual images over a messaging app; {they} showed the messages to a teacher.',
  te_sextortion: 'Someone online is threatening to share images of {them} unless {they} pay £200.',
  te_live_streaming: 'An adult pressured {them} into a sexual video call; {they} told a friend, who told school.',
  te_meeting_online_contacts: 'An adult {they} met online arranged to meet {them} at {place}.',
  te_several_phones: 'Has two phones and a new SIM card that {their} family cannot account for.',
  te_worrying_calls: 'Receives calls from unknown numbers and leaves the house straight after.',
  te_online_bullying: 'Images of {them} were shared around school group chats without {their} agreement.',
  te_online_offers: 'Offered "easy money" on social media to deliver parcels.',
  te_location_tracked: 'Older males check {their} location through {their} phone and call if {they} do not answer at once.',
  ad_drug_use: 'Uses cannabis daily; says older friends give it to {them}.',
  ad_alcohol: 'Brought home intoxicated by police twice this month.',
  ad_substances_given: 'Adults at {place} give {them} alcohol and cannabis for free.',
  ad_intoxication_hospital: 'Taken to the emergency department unconscious after drinking; found alone in a park.',
  rg_unexplained_gifts: 'Has new trainers and a phone that {their} family did not buy.',
  rg_unexplained_money: 'Has cash and taxi rides that no one can account for.',
  rg_accommodation_offered: 'Adults offer {them} a place to stay at {place}.',
  rg_status_rewards: 'An older group tells {them} they are "family" and rewards {them} for running errands.',
  rg_debt_bondage: 'Told {they} owe{s} £600 after drugs were taken from {them}, and must work it off.',
  da_not_disclosing: 'Says nothing is wrong, although staff have seen adults collecting {them}.',
  da_disclosure_withdrawn: 'Told a teacher about an adult and later said {they} had made it up.',
  da_hostile: 'Angry with police after being found; said police never help people like {them}.',
  da_not_engaging: 'Missed three appointments with the youth worker this month.',
};

// Words that blame the child (DOMAIN.md, Rotherham): a framework wording that uses one is never used as evidence.
const BLAMING = /boyfriend|girlfriend|promiscu|prostitut|lifestyle|chose to|choosing to|putting (him|her|them)sel/i;
const usable = (code: string): boolean => has(code) && (code in EVIDENCE || !BLAMING.test(INDICATORS.get(code)?.wording ?? ''));

const where = (f: (i: Indicator) => boolean): string[] => FW.indicators.filter(f).map((i) => i.code);
const unique = (codes: readonly string[]): string[] => [...new Set(codes)];

type Story = {
  theme: Theme;
  vulnerabilities: string[]; // stable for the child: they carry across screenings
  moderates: string[];
  significants: string[]; // medium-level: each one is 5 points and a medium floor
  highFloor: string[]; // a hard rule sets high
};

function storyFor(rng: Rng, theme: Theme, child: DemoPerson, youngestAge: number): Story {
  const allowed = (c: string) => usable(c) && (youngestAge >= 13 || !UNDER_13.has(c));
  const lookedAfter = child.lookedAfter === 's20' || child.lookedAfter === 's31';
  const vulnPool = where((i) => i.weight === 'vulnerability' && i.code !== 'fa_in_care' && i.code !== 'fa_unaccompanied_migrant').filter(allowed);
  const vulnerabilities = unique([...(lookedAfter ? ['fa_in_care'] : []), ...(rng.chance(0.5) ? ['fa_domestic_abuse'] : []), ...rng.shuffle(vulnPool)])
    .filter(allowed)
    .slice(0, 3);

  const moderate = (categories: readonly string[], tag: string) =>
    where((i) => i.weight === 'moderate' && categories.includes(i.category) && i.tags.some((t) => t === tag));
  const significant = (categories: readonly string[], ok: (i: Indicator) => boolean) =>
    where((i) => i.weight === 'significant' && categories.includes(i.category) && ok(i) && !HIGH_FLOOR.has(i.code));

  let named: string[];
  let rest: string[];
  let significants: string[];
  let highFloor: string[];
  if (theme === 'cse') {
    named = ['am_missing', 'ep_self_harm', 'sh_sti', 'sh_emergency_contraception', 'sh_many_partners', 'sh_sexual_activity'];
    rest = moderate(['absent_missing', 'receipt_gifts_money', 'alcohol_drugs', 'gangs_older_crime', 'emotional_physical', 'distrust_authority'], 'cse');
    significants = [
      ...rng.shuffle(['go_older_partner', 'am_found_with_adults']),
      ...rng.shuffle(
        significant(
          ['gangs_older_crime', 'alcohol_drugs'],
          (i) => i.tags.includes('cse') && !i.tags.includes('trafficking') && !i.tags.includes('county_lines'),
        ),
      ),
    ];
    highFloor = ['rg_sex_exchange'];
  } else if (theme === 'county_lines') {
    named = ['am_missing', 'ep_self_harm'];
    rest = moderate(['absent_missing', 'gangs_older_crime', 'receipt_gifts_money', 'technology', 'alcohol_drugs', 'distrust_authority'], 'cce');
    significants = [
      'go_carrying_drugs',
      ...rng.shuffle(
        significant(['gangs_older_crime', 'receipt_gifts_money', 'absent_missing'], (i) => i.tags.includes('county_lines') || i.tags.includes('cce')),
      ),
    ];
    highFloor = ['am_moved_by_others'];
  } else {
    named = ['ep_self_harm'];
    rest = [...moderate(['technology'], 'online'), ...where((i) => i.weight === 'moderate' && i.category === 'emotional_physical')];
    significants = rng.shuffle(significant(['technology'], () => true));
    highFloor = [];
  }
  return {
    theme,
    vulnerabilities,
    moderates: unique([...rng.shuffle(named), ...rng.shuffle(rest)])
      .filter((c) => allowed(c) && !vulnerabilities.includes(c))
      .slice(0, 6),
    significants: unique(significants).filter(allowed),
    highFloor: highFloor.filter(allowed),
  };
}

type Present = { code: string; when: 'current' | 'past' };

// Present indicators for a level. Bands: 1-5 low, 6-10 medium, 11+ high (SERAF); hard rules set floors.
function presentFor(rng: Rng, level: RiskLevel, story: Story, earlier: readonly Present[]): Present[] {
  const current = (codes: readonly string[]): Present[] => codes.map((code) => ({ code, when: 'current' }));
  const vuln = story.vulnerabilities.slice(0, rng.int(1, 2));
  // Coming down after support: one significant sign from before, recorded as 6 to 12 months ago (1 point).
  const past = earlier
    .filter((p) => p.when === 'current' && INDICATORS.get(p.code)?.weight === 'significant' && !RULE_CODES.has(p.code))
    .slice(0, 1)
    .map((p): Present => ({ code: p.code, when: 'past' }));
  const [sig1, sig2] = story.significants;
  switch (level) {
    case 'none':
      return [];
    case 'low':
      return [...current([...vuln, ...story.moderates.slice(0, rng.int(0, 2))]), ...past];
    case 'medium':
      return [...current([...(sig1 ? [sig1] : []), ...vuln, ...story.moderates.slice(0, rng.int(0, 2))]), ...past.filter((p) => p.code !== sig1)];
    case 'high': {
      const [rule] = story.highFloor;
      if (rule && (rng.chance(0.7) || !sig2)) return current([rule, ...(sig1 ? [sig1] : []), ...vuln, ...story.moderates.slice(0, rng.int(1, 3))]);
      return current([...[sig1, sig2].filter((c) => c !== undefined), ...story.vulnerabilities, ...story.moderates.slice(0, rng.int(1, 3))]);
    }
  }
}

type Slots = Record<string, string>;

function evidenceFor(code: string, when: 'current' | 'past', slots: Slots): string {
  const template = EVIDENCE[code];
  const text = template ? fillTemplate(template, slots) : `${INDICATORS.get(code)?.wording ?? code}.`;
  return when === 'past' ? `Six to twelve months ago: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function answersFor(rng: Rng, present: readonly Present[], story: Story, slots: Slots): Answer[] {
  const answers: Answer[] = present.map((p) => ({ code: p.code, status: 'present', when: p.when, evidence: evidenceFor(p.code, p.when, slots) }));
  // A few signs asked about and not seen, and one not known: a real screening records those too.
  const asked = new Set(answers.map((a) => a.code));
  const others = rng.shuffle([...story.moderates, ...story.significants, ...story.vulnerabilities].filter((c) => !asked.has(c))).slice(0, rng.int(2, 5));
  others.forEach((code, i) => answers.push({ code, status: i === 0 && rng.chance(0.5) ? 'unknown' : 'absent', when: null, evidence: null }));
  return answers;
}

// Level arcs over time (the last is today's level). Children get better with support as well as worse.
const ARCS: Readonly<Record<string, readonly RiskLevel[]>> = {
  none: ['none'],
  low: ['low'],
  lowNone: ['low', 'none'],
  lowLow: ['low', 'low'],
  medium: ['medium'],
  lowMedium: ['low', 'medium'],
  escalating: ['low', 'medium', 'high'],
  mediumHigh: ['medium', 'high'],
  high: ['high'],
  highMedium: ['high', 'medium'],
  recovering: ['high', 'medium', 'low'],
  relapse: ['low', 'medium', 'high', 'medium'],
  long: ['low', 'low', 'medium', 'high', 'high'],
  mediumMediumLow: ['medium', 'medium', 'low'],
};
const ARC_WEIGHTS: Readonly<Record<keyof typeof ARCS, number>> = {
  none: 8,
  low: 10,
  lowNone: 5,
  lowLow: 6,
  medium: 6,
  lowMedium: 8,
  escalating: 8,
  mediumHigh: 6,
  high: 4,
  highMedium: 6,
  recovering: 5,
  relapse: 3,
  long: 2,
  mediumMediumLow: 3,
};

const THEMES_BY_GENDER: Readonly<Record<'male' | 'female' | 'other', Readonly<Record<Theme, number>>>> = {
  male: { county_lines: 55, cse: 25, online: 20 },
  female: { cse: 60, online: 25, county_lines: 15 },
  other: { cse: 45, online: 35, county_lines: 20 },
};

const OUTCOMES: Readonly<Record<ReferralTargetKey, readonly string[]>> = {
  social_care: [
    'Accepted by MASH: strategy discussion held and a section 47 enquiry started.',
    'Accepted by MASH for a child and family assessment; exploitation social worker allocated.',
    'Strategy discussion held; case taken to the MASE panel for a disruption plan.',
  ],
  police: [
    'Allocated to the child exploitation team; the adults named are under investigation.',
    'Child Abduction Warning Notice served on the adult named in the screening.',
    'Intelligence submitted; the location is now part of a disruption operation.',
  ],
  nrm: [
    'Positive reasonable grounds decision from the Single Competent Authority.',
    'NRM referral acknowledged; reasonable grounds decision awaited from the Single Competent Authority.',
  ],
};

type Override = { kind: 'raise'; level: RiskLevel; reason: string } | { kind: 'downgrade_pending'; level: RiskLevel; reason: string; afterDays: number };

type Plan = {
  kase: DemoCase;
  child: DemoPerson;
  theme: Theme;
  levels: readonly RiskLevel[];
  lastDaysAgo: number;
  screenerId?: string; // who completes the latest screening; earlier ones are shared out in the case team
  finale: 'decide' | 'awaiting' | 'no_referral_pending';
  targets?: ReferralTargetKey[];
  staleTargets?: ReferralTargetKey[]; // no outcome recorded, though more than 5 working days old
  noReferralReason?: string;
  override?: Override;
  openQuestion?: string;
  answeredQuestion?: { question: string; answer: string };
  attendance?: { partnerAges: number[]; partnerCount: number; sti: boolean; pregnancy: boolean; emergencyContraception: boolean; analysis: string };
};

export type ScreeningsInput = {
  rng: Rng;
  now: Date;
  cases: DemoCase[]; // designated cases may gain the social care agency (the lead's queues follow agencies)
  children: readonly DemoPerson[];
  users: readonly DemoUser[];
  agencies: readonly DemoAgency[];
  chronology: readonly DemoChronologyEntry[];
};

export type ScreeningsOutput = {
  screenings: DemoScreening[];
  decisions: DemoDecision[];
  referrals: DemoReferral[];
  consultations: DemoConsultation[];
  sexualHealthAttendances: DemoSexualHealthAttendance[];
  caseForms: DemoCaseForm[];
  chronology: DemoChronologyEntry[]; // the attendances' chronology entries
  tasks: DemoTask[]; // re-screen tasks
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const at = (day: Date, minutes: number): Date => new Date(startOfDay(day).getTime() + minutes * 60_000);
const addMinutes = (d: Date, minutes: number): Date => new Date(d.getTime() + minutes * 60_000);

export function buildScreenings({ rng, now, cases, children, users, agencies, chronology }: ScreeningsInput): ScreeningsOutput {
  const out: ScreeningsOutput = {
    screenings: [],
    decisions: [],
    referrals: [],
    consultations: [],
    sexualHealthAttendances: [],
    caseForms: [],
    chronology: [],
    tasks: [],
  };
  const childById = new Map(children.map((c) => [c.id, c]));
  const userByName = (username: string): DemoUser => {
    const u = users.find((x) => x.username === username);
    if (!u) throw new Error(`demo account ${username} missing`);
    return u;
  };
  const agencyOfKind = (kind: DemoAgency['kind']): DemoAgency => {
    const a = agencies.find((x) => x.kind === kind);
    if (!a) throw new Error(`no agency of kind ${kind}`);
    return a;
  };
  const userById = new Map(users.map((u) => [u.id, u]));
  const agencyOf = (userId: string): string => {
    const u = userById.get(userId);
    if (!u) throw new Error(`unknown user ${userId}`);
    return u.agencyId;
  };
  const practitioner = userByName('practitioner');
  const lead = userByName('lead');
  const socialCare = agencyOfKind('social_care');
  const police = agencyOfKind('police');
  const practitionersOf = (agencyId: string) => users.filter((u) => u.agencyId === agencyId && u.role === 'practitioner');
  const leadsOf = (agencyId: string) => users.filter((u) => u.agencyId === agencyId && u.role === 'safeguarding_lead');
  const chronologyCount = new Map<string, number>();
  for (const e of chronology) chronologyCount.set(e.caseId, (chronologyCount.get(e.caseId) ?? 0) + 1);
  let seq = 0;
  const nextId = (prefix: string) => `${prefix}-${++seq}`;

  const childOf = (c: DemoCase): DemoPerson => {
    const child = childById.get(c.personId);
    if (!child) throw new Error(`case ${c.id} has no child`);
    return child;
  };
  const ageNow = (c: DemoCase) => ageOn(childOf(c).dateOfBirth, now);
  const daysOpen = (c: DemoCase) => Math.floor((now.getTime() - new Date(c.openedAt).getTime()) / 86_400_000);
  const authorsOf = (c: DemoCase) => c.members.flatMap((m) => (m.userId ? [m.userId] : []));

  // ---- Scripted stories on the practitioner's caseload, with social care on the case so the lead sees them. ----
  const isMine = (c: DemoCase) => c.members.some((m) => m.userId === practitioner.id);
  const withSocialCare = (c: DemoCase) => c.members.some((m) => m.agencyId === socialCare.id);
  const pool = rng.shuffle(cases.filter(isMine)).sort((a, b) => Number(withSocialCare(b)) - Number(withSocialCare(a)));
  const take = (...preds: ((c: DemoCase) => boolean)[]): DemoCase => {
    for (const pred of preds) {
      const i = pool.findIndex(pred);
      if (i >= 0) return pool.splice(i, 1)[0]!;
    }
    const c = pool.shift();
    if (!c) throw new Error('demo: the practitioner has too few cases for the scripted screenings');
    return c;
  };
  const ensureSocialCare = (c: DemoCase) => {
    if (!withSocialCare(c) && new Set(c.members.map((m) => m.agencyId)).size < 4) c.members.push({ userId: null, agencyId: socialCare.id, role: 'agency' });
  };
  const boy = (c: DemoCase) => childOf(c).gender === 'male';
  const girl = (c: DemoCase) => childOf(c).gender === 'female';
  const older = (days: number) => (c: DemoCase) => daysOpen(c) >= days;

  const countyBoy = take(
    (c) => boy(c) && ageNow(c) >= 14 && older(220)(c),
    (c) => boy(c) && ageNow(c) >= 13 && older(120)(c),
    boy,
  );
  const shGirl = take(
    (c) => girl(c) && ageNow(c) >= 14 && ageNow(c) <= 16 && older(120)(c) && (chronologyCount.get(c.id) ?? 0) < 15,
    (c) => girl(c) && ageNow(c) >= 13 && (chronologyCount.get(c.id) ?? 0) < 15,
  );
  const awaiting = take(older(120));
  const noReferral = take(older(120));
  const downgrade = take(older(200), older(100));
  const raised = take(older(120));
  const scripted = [countyBoy, shGirl, awaiting, noReferral, downgrade, raised];
  for (const c of scripted) ensureSocialCare(c);
  const name = (c: DemoCase) => knownAs(childOf(c));
  const pr = (c: DemoCase) => PRONOUNS[childOf(c).gender];

  const plans: Plan[] = [
    {
      kase: countyBoy,
      child: childOf(countyBoy),
      theme: 'county_lines',
      levels: ['low', 'medium', 'high'],
      lastDaysAgo: 18,
      screenerId: practitioner.id,
      finale: 'decide',
      targets: ['social_care', 'police', 'nrm'],
      staleTargets: ['nrm'],
      answeredQuestion: {
        question: `${name(countyBoy)} has a second phone and cash no one can explain. Is this enough to refer to police as well as MASH?`,
        answer: 'Yes: refer to MASH and police now, and re-screen if he goes missing again. If he is moved out of the area, make an NRM referral after MASH.',
      },
    },
    {
      kase: shGirl,
      child: childOf(shGirl),
      theme: 'cse',
      levels: ['low', 'medium'],
      lastDaysAgo: 9,
      screenerId: practitioner.id,
      finale: 'decide',
      targets: ['social_care', 'police'],
      attendance: {
        partnerAges: [23],
        partnerCount: 1,
        sti: true,
        pregnancy: false,
        emergencyContraception: true,
        analysis: `${name(shGirl)} came alone and was anxious about her phone. She said the man is 23 and collects her from school. The age gap and the second STI this year are signs of grooming.`,
      },
    },
    {
      kase: awaiting,
      child: childOf(awaiting),
      theme: boy(awaiting) ? 'county_lines' : 'cse',
      levels: ['low', 'medium'],
      lastDaysAgo: 2,
      screenerId: practitioner.id,
      finale: 'awaiting',
      openQuestion: `${name(awaiting)} was found with adults who are also named in another child's notes. Should I refer to police as well as MASH before the strategy discussion?`,
    },
    {
      kase: noReferral,
      child: childOf(noReferral),
      theme: 'online',
      levels: ['low', 'medium'],
      lastDaysAgo: 6,
      screenerId: practitioner.id,
      finale: 'no_referral_pending',
      noReferralReason: `The adult who contacted ${name(noReferral)} online has been blocked and reported, and ${pr(noReferral).they} showed the messages to ${pr(noReferral).their} mum. ${capitalise(pr(noReferral).they)} ${pr(noReferral).has} a trusted school nurse who sees ${pr(noReferral).them} weekly. I do not think a referral adds to this support now; please review.`,
    },
    {
      kase: downgrade,
      child: childOf(downgrade),
      theme: boy(downgrade) ? 'county_lines' : 'cse',
      levels: ['medium', 'high'],
      lastDaysAgo: 30,
      screenerId: practitioner.id,
      finale: 'decide',
      targets: ['social_care', 'police'],
      override: {
        kind: 'downgrade_pending',
        level: 'medium',
        afterDays: 26,
        reason: `The adults ${name(downgrade)} was found with have been charged and remanded. ${capitalise(pr(downgrade).they)} ${pr(downgrade).has} a trusted worker, attends school every day and has not been missing for 8 weeks.`,
      },
    },
    {
      kase: raised,
      child: childOf(raised),
      theme: 'online',
      levels: ['none', 'low'],
      lastDaysAgo: 40,
      screenerId: practitioner.id,
      finale: 'decide',
      targets: ['social_care'],
      override: {
        kind: 'raise',
        level: 'medium',
        reason: `An adult ${name(raised)} met online is sending ${pr(raised).them} taxi money and asking to meet. The score does not yet show how quickly this is moving.`,
      },
    },
  ];

  // ---- Everyone else: about half of the other cases have screenings, boys as well as girls. ----
  const scriptedIds = new Set(scripted.map((c) => c.id));
  for (const kase of cases) {
    const child = childOf(kase);
    if (scriptedIds.has(kase.id) || !rng.chance(SCREENED_SHARE[child.gender === 'male' ? 'male' : 'other'])) continue;
    const g = child.gender === 'male' || child.gender === 'female' ? child.gender : 'other';
    const arc = ARCS[rng.weighted(ARC_WEIGHTS)] ?? ['low'];
    plans.push({ kase, child, theme: rng.weighted(THEMES_BY_GENDER[g]), levels: arc, lastDaysAgo: rng.int(1, 120), finale: 'decide' });
  }

  for (const plan of plans) runPlan(plan);
  return out;

  function knownAs(child: DemoPerson): string {
    return child.names.find((n) => n.kind === 'nickname')?.given ?? child.names[0]?.given ?? 'The child';
  }

  function slotsFor(child: DemoPerson): Slots {
    const p = PRONOUNS[child.gender];
    return { ...p, They: capitalise(p.they), Their: capitalise(p.their), name: knownAs(child), place: rng.pick(HOTSPOTS), town: rng.pick(COUNTY_TOWNS) };
  }

  // Screening days about every three months, the last `lastDaysAgo` days ago, none before the case opened.
  function datesFor(kase: DemoCase, count: number, lastDaysAgo: number): Date[] {
    const earliest = addDays(new Date(kase.openedAt), 2);
    let last = startOfDay(addDays(now, -lastDaysAgo));
    if (last < earliest) last = startOfDay(addDays(now, -1));
    const days = [last];
    while (days.length < count) {
      const prev = addDays(days[0]!, -rng.int(70, 105));
      if (prev < earliest) break;
      days.unshift(prev);
    }
    return days.map((d) => at(d, rng.int(9 * 60, 16 * 60)));
  }

  function screenerFor(kase: DemoCase): string {
    return rng.chance(0.6) ? kase.keyWorkerId : rng.pick(authorsOf(kase));
  }

  function runPlan(plan: Plan): void {
    const { kase, child } = plan;
    const days = datesFor(kase, plan.levels.length, plan.lastDaysAgo);
    const levels = plan.levels.slice(-days.length);
    const story = storyFor(rng, plan.theme, child, ageOn(child.dateOfBirth, days[0]!));
    const slots = slotsFor(child);
    let earlier: Present[] = [];
    let latest: DemoScreening | undefined;
    const screeningsOfCase: DemoScreening[] = [];

    levels.forEach((target, i) => {
      const isLast = i === levels.length - 1;
      const startedAt = days[i]!;
      const screenerId = isLast && plan.screenerId ? plan.screenerId : screenerFor(kase);
      const age = ageOn(child.dateOfBirth, startedAt);
      const id = nextId('screening');
      let origin: DemoScreening['origin'] = 'practitioner';
      let answers: Answer[];
      if (isLast && plan.attendance) {
        // The sexual health attendance comes first and starts this screening, pre-filled (issue 3).
        origin = 'sexual_health';
        answers = attendanceAnswers(plan, id, startedAt, age, screenerId, story, slots);
        startedAt.setTime(addMinutes(startedAt, 40).getTime());
      } else {
        const present = presentFor(rng, target, story, earlier);
        answers = answersFor(rng, present, story, slots);
        earlier = present;
      }
      const result = assess(FW, { age, answers });
      const completedAt = addMinutes(startedAt, rng.int(20, 80));
      let finalLevel = result.level;
      let override: DemoOverride | null = null;
      const o = isLast ? plan.override : undefined;
      if (o?.kind === 'raise' && rank(o.level) > rank(result.level)) {
        override = {
          level: o.level,
          reason: o.reason,
          byId: screenerId,
          at: addMinutes(completedAt, 10).toISOString(),
          status: 'applied',
          reviewedById: null,
          reviewedAt: null,
          reviewNote: null,
        };
        finalLevel = o.level;
      }
      const s: DemoScreening = {
        id,
        caseId: kase.id,
        personId: child.id,
        frameworkVersion: FW.version,
        status: 'closed',
        ageAtScreening: age,
        origin,
        startedById: screenerId,
        agencyId: agencyOf(screenerId),
        startedAt: startedAt.toISOString(),
        completedById: screenerId,
        completedAt: completedAt.toISOString(),
        answers,
        result,
        score: result.score,
        calculatedLevel: result.level,
        finalLevel,
        override,
        closedAt: completedAt.toISOString(),
      };
      out.screenings.push(s);
      screeningsOfCase.push(s);
      latest = s;

      if (needsDecision(finalLevel)) {
        const finale = isLast ? plan.finale : 'decide';
        if (finale === 'awaiting') {
          s.status = 'awaiting_decision';
          s.closedAt = null;
        } else decide(plan, s, addMinutes(completedAt, rng.int(30, 150)), isLast, finale === 'no_referral_pending');
      }
      if (o?.kind === 'downgrade_pending' && rank(o.level) < rank(result.level)) {
        s.override = {
          level: o.level,
          reason: o.reason,
          byId: screenerId,
          at: new Date(Math.min(addMinutes(addDays(completedAt, o.afterDays), rng.int(0, 90)).getTime(), now.getTime() - 3_600_000)).toISOString(),
          status: 'pending',
          reviewedById: null,
          reviewedAt: null,
          reviewNote: null,
        };
      }
      if (isLast && plan.openQuestion) {
        out.consultations.push({
          id: nextId('consultation'),
          screeningId: s.id,
          personId: child.id,
          askedById: screenerId,
          agencyId: agencyOf(screenerId),
          askedAt: addMinutes(completedAt, 45).toISOString(),
          question: plan.openQuestion,
          answeredById: null,
          answeredAt: null,
          answer: null,
        });
      }
      if (i === levels.length - 2 && plan.answeredQuestion) {
        const asked = addMinutes(completedAt, 20);
        out.consultations.push({
          id: nextId('consultation'),
          screeningId: s.id,
          personId: child.id,
          askedById: s.completedById ?? screenerId,
          agencyId: s.agencyId,
          askedAt: asked.toISOString(),
          question: plan.answeredQuestion.question,
          answeredById: lead.id,
          answeredAt: addMinutes(asked, rng.int(40, 180)).toISOString(),
          answer: plan.answeredQuestion.answer,
        });
      }
    });

    if (!latest) return;
    const finalLevel = latest.finalLevel ?? 'none';
    const completedOn = isoDate(new Date(latest.completedAt ?? latest.startedAt));
    const due = rescreenDue(finalLevel, completedOn);
    if (due) {
      out.tasks.push({
        id: nextId('task-rescreen'),
        caseId: kase.id,
        kind: 'rescreen',
        title: RESCREEN_TITLE,
        dueOn: due,
        assignedToUserId: latest.completedById ?? latest.startedById,
      });
    }
    out.caseForms.push(caseForm(plan, latest, screeningsOfCase));
  }

  function attendanceAnswers(plan: Plan, screeningId: string, day: Date, age: number, recorderId: string, story: Story, slots: Slots): Answer[] {
    const a = plan.attendance!;
    const attendedOn = isoDate(day);
    const found = indicatorsFromAttendance({
      attendedOn,
      ageAtAttendance: age,
      partnerAges: a.partnerAges,
      partnerCount: a.partnerCount,
      sti: a.sti,
      pregnancy: a.pregnancy,
      emergencyContraception: a.emergencyContraception,
      indicators: [],
      professionalAnalysis: a.analysis,
    }).filter((f) => has(f.code));
    const entryId = nextId('chron-sh');
    const recordedAt = addMinutes(day, 0);
    out.chronology.push({
      id: entryId,
      caseId: plan.kase.id,
      kind: 'sexual_health_attendance',
      occurredAt: recordedAt.toISOString(),
      summary: clip(`Sexual health attendance: ${found.length} sign(s) of possible exploitation`),
      detail: a.analysis,
      authorId: recorderId,
      agencyId: agencyOf(recorderId),
    });
    out.sexualHealthAttendances.push({
      id: nextId('attendance'),
      personId: plan.child.id,
      caseId: plan.kase.id,
      chronologyEntryId: entryId,
      attendedOn,
      partnerAges: a.partnerAges,
      partnerCount: a.partnerCount,
      sti: a.sti,
      pregnancy: a.pregnancy,
      emergencyContraception: a.emergencyContraception,
      fraserCompetent: age >= 16 ? 'not_applicable' : 'yes',
      indicators: found.map((f) => f.code),
      professionalAnalysis: a.analysis,
      screeningId,
      recordedById: recorderId,
      agencyId: agencyOf(recorderId),
      createdAt: addMinutes(recordedAt, 25).toISOString(),
    });
    // The practitioner adds what else they know about the child's circumstances.
    const extra = story.vulnerabilities
      .slice(0, 1)
      .map((code): Answer => ({ code, status: 'present', when: 'current', evidence: evidenceFor(code, 'current', slots) }));
    return [...found, ...extra];
  }

  function decide(plan: Plan, s: DemoScreening, decidedAt: Date, isLast: boolean, pendingNoReferral: boolean): void {
    const level = s.finalLevel ?? 'none';
    const tags = s.result?.tags ?? [];
    const deciderId = s.completedById ?? s.startedById;
    const reviewerId = rng.pick([...leadsOf(agencyOf(deciderId)), lead]).id;
    // A reason not to refer, already agreed by a lead (only where the lead has had days to review it).
    const reviewable = decidedAt < addDays(now, -4) && level === 'medium' && !(isLast && plan.targets);
    const noReferral = pendingNoReferral || (reviewable && rng.chance(isLast ? 0.1 : 0.15));
    const decision: DemoDecision = {
      id: nextId('decision'),
      screeningId: s.id,
      kind: noReferral ? 'no_referral' : 'refer',
      reason: '',
      decidedById: deciderId,
      agencyId: agencyOf(deciderId),
      decidedAt: decidedAt.toISOString(),
      reviewStatus: 'not_needed',
      reviewedById: null,
      reviewedAt: null,
      reviewNote: null,
    };
    s.status = 'closed';
    s.closedAt = decidedAt.toISOString();
    out.decisions.push(decision);
    if (noReferral) {
      const p = PRONOUNS[plan.child.gender];
      decision.reason =
        plan.noReferralReason ??
        `${knownAs(plan.child)} is already open to the exploitation social worker, who sees ${p.them} weekly and has the same information. The team will re-screen in 3 months.`;
      if (pendingNoReferral) decision.reviewStatus = 'pending';
      else {
        const reviewedAt = addDays(decidedAt, rng.int(1, 3));
        decision.reviewStatus = 'agreed';
        decision.reviewedById = reviewerId === deciderId ? lead.id : reviewerId;
        decision.reviewedAt = reviewedAt.toISOString();
        decision.reviewNote = 'Agreed: the support in place is enough for now. Re-screen in 3 months or sooner if anything changes.';
      }
      return;
    }
    const nrm: ReferralTargetKey[] = tags.includes('county_lines') || tags.includes('trafficking') ? ['nrm'] : [];
    const targets: ReferralTargetKey[] =
      plan.targets && isLast
        ? plan.targets
        : level === 'high'
          ? ['social_care', 'police', ...nrm]
          : rng.chance(0.3)
            ? ['social_care', 'police']
            : ['social_care'];
    const order: ReferralTargetKey[] = ['social_care', 'police', 'nrm'];
    const stale = new Set(isLast ? (plan.staleTargets ?? []) : []);
    const staleBefore = addDays(now, -5);
    for (const [n, target] of order.filter((t) => targets.includes(t)).entries()) {
      const createdAt = addMinutes(decidedAt, n);
      const withOutcome = createdAt < staleBefore && !stale.has(target);
      const outcomeAt = addMinutes(at(addDays(createdAt, rng.int(1, 4)), rng.int(9 * 60, 17 * 60)), 0);
      const outcomeUsers = practitionersOf(target === 'police' ? police.id : socialCare.id);
      out.referrals.push({
        id: nextId('referral'),
        screeningId: s.id,
        decisionId: decision.id,
        caseId: s.caseId,
        personId: s.personId,
        target,
        childWelfareFormSentOn: target === 'nrm' ? isoDate(decidedAt) : null,
        notes: `${knownAs(plan.child)} knows this referral is being made and what will happen next. Please contact the referrer before any visit.`,
        createdById: deciderId,
        agencyId: agencyOf(deciderId),
        createdAt: createdAt.toISOString(),
        outcome: withOutcome ? rng.pick(OUTCOMES[target]) : null,
        outcomeAt: withOutcome ? outcomeAt.toISOString() : null,
        outcomeById: withOutcome ? rng.pick(outcomeUsers).id : null,
      });
    }
  }

  function caseForm(plan: Plan, latest: DemoScreening, history: readonly DemoScreening[]): DemoCaseForm {
    const riskLevel = latest.finalLevel ?? 'none';
    const peak = history.reduce<RiskLevel>((l, s) => (rank(s.finalLevel ?? 'none') > rank(l) ? (s.finalLevel ?? 'none') : l), 'none');
    const form: DemoCaseForm = {
      caseId: plan.kase.id,
      riskLevel,
      exploitationTypes: [],
      exploitationModel: null,
      exploitationSetting: null,
      groomingStage: null,
    };
    if (!atLeast(peak, 'medium') && !(atLeast(riskLevel, 'low') && rng.chance(0.4))) return form;
    const tags = new Set(history.flatMap((s) => s.result?.tags ?? []));
    const codes = new Set(history.flatMap((s) => s.answers.filter((a) => a.status === 'present').map((a) => a.code)));
    const types: ExploitationType[] = [];
    if (plan.theme === 'county_lines') {
      if (tags.has('cce')) types.push('cce');
      if (tags.has('county_lines')) types.push('county_lines');
    } else if (tags.has('cse')) types.push('cse');
    if (plan.theme === 'cse' && tags.has('trafficking')) types.push('trafficking_sexual');
    const online = [...codes].some((c) => INDICATORS.get(c)?.category === 'technology');
    const stage = (): DemoCaseForm['groomingStage'] => {
      if (riskLevel === 'high') return 'control';
      if (riskLevel === 'medium') return plan.theme === 'cse' && codes.has('go_older_partner') ? 'relationship' : 'befriending';
      if (riskLevel === 'low') return rng.pick(['targeting', 'befriending'] as const);
      return 'not_known';
    };
    return {
      ...form,
      exploitationTypes: types,
      exploitationModel:
        plan.theme === 'county_lines'
          ? 'network'
          : codes.has('go_older_partner') || plan.theme === 'online'
            ? rng.pick(['lone', 'not_known'] as const)
            : rng.pick(['group', 'network', 'not_known'] as const),
      exploitationSetting: plan.theme === 'online' ? (codes.has('te_meeting_online_contacts') ? 'both' : 'online') : online ? 'both' : 'offline',
      groomingStage: stage(),
    };
  }
}

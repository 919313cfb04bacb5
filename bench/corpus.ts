// A seeded synthetic corpus of case notes for the notes benchmark (issue 4, "Measured, in npm run bench"). Invented
// wording in realistic case-note style: mostly neutral recording, with victim-blaming wording, indicators stated plainly
// and indicators under negation, hypothesis, in the past or about another person, the child's own words in quotes, and
// referral wording. The same seed always gives the same notes, byte for byte. No dependencies beyond Node.
import fs from 'node:fs';
import { once } from 'node:events';
import { firstAtLeast } from './stats.ts';

// mulberry32: small, fast and good enough for choosing sentences. State is one 32-bit integer.
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pronouns = { S: string; s: string; O: string; P: string; R: string; be: string; was: string; has: string };
const SHE: Pronouns = { S: 'She', s: 'she', O: 'her', P: 'her', R: 'herself', be: 'is', was: 'was', has: 'has' };
const HE: Pronouns = { S: 'He', s: 'he', O: 'him', P: 'his', R: 'himself', be: 'is', was: 'was', has: 'has' };
const THEY: Pronouns = { S: 'They', s: 'they', O: 'them', P: 'their', R: 'themselves', be: 'are', was: 'were', has: 'have' };

const GIRLS = ['Chloe', 'Amira', 'Jade', 'Olivia', 'Aisha', 'Kayleigh', 'Priya', 'Siobhan', 'Tia', 'Chioma', 'Zofia', 'Leah', 'Maryam', 'Ellie'];
const BOYS = ['Kyle', 'Mohammed', 'Jayden', 'Tyler', 'Kwame', 'Jakub', 'Connor', 'Abdi', 'Liam', 'Seun', 'Reece', 'Harvey', 'Ibrahim', 'Callum'];
const NONBINARY = ['Alex', 'Sam', 'Jordan', 'Charlie', 'Robin'];

// Slots: {N} first name; {S} {s} {O} {P} {R} pronouns (subject capitalised/lower, object, possessive, reflexive);
// {be} {was} {has} agree with the pronoun (after a name, sentences use is/was/has directly);
// {day} {time} {city} {school} {year} {drug} {age} fillers.
const FILL: Readonly<Record<string, readonly string[]>> = {
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'the 14th', 'the weekend'],
  time: ['9am', '10.30am', '1pm', '3.45pm', '4pm', '6pm', '7.30pm'],
  city: ['Leeds', 'Bradford', 'Manchester', 'Sheffield', 'Birmingham', 'Blackpool', 'Liverpool', 'Nottingham', 'Hull'],
  school: ['the academy', 'the pupil referral unit', 'St Anne’s High School', 'the college', 'Oakfield School'],
  year: ['2016', '2017', '2018', '2019', '2020', '2021'],
  drug: ['cannabis', 'cocaine', 'ketamine', 'spice', 'MDMA'],
  age: ['19', '22', '24', '27', '31'],
};

// [weight, templates]. Weights give the mix: about half the sentences are neutral recording.
const GROUPS: readonly [number, readonly string[]][] = [
  [
    50, // neutral recording, including hard negatives ("chose a sandwich", "working on")
    [
      'Home visit completed at {time}; {N} was at home with mum and spoke with me in the kitchen.',
      'Attended the strategy meeting at {school} with the designated safeguarding lead and the police officer.',
      '{N} attended school every day this week and is keen to return to football training.',
      'Spoke to {P} form tutor, who reports that {s} {be} settled in class and keeping up with {P} homework.',
      'Telephone call with mum to arrange the next review meeting for {day}.',
      'Discussed the safety plan with {N} and agreed to meet again on {day} after school.',
      '{S} {was} polite and talked openly about {P} plans for college next year.',
      'Case file updated and the actions from the core group meeting circulated to all professionals.',
      'Transport arranged for the appointment at the clinic on {day} at {time}.',
      '{N} said the art group was fun and would like to keep going.',
      'Letter sent to the family confirming the outcome of the assessment and the date of the next visit.',
      'Met {N} at the youth centre; we talked about friendships, school and a part-time job at the bakery.',
      'The GP surgery confirmed that {N} is up to date with immunisations and has no appointments outstanding.',
      'Review of the child in need plan held on {day}; all agencies attended and the plan was updated.',
      '{N} has been sleeping better and mum says the house is calmer since the new routine started.',
      '{S} chose a sandwich and a drink at the cafe while we went through the plan together.',
      'We are working on a reward chart with mum for getting to school on time.',
      'Discussed with {N} how to keep safe online and who {s} can talk to at school if worried.',
      '{N} showed me the certificate from the swimming club and was clearly proud of it.',
      'Placement carers report a settled week with no incidents and good attendance.',
      'Agreed actions: social worker to update the chronology, school to share attendance figures by {day}.',
      'Mum asked for help with a housing application; details passed to the family support team.',
    ],
  ],
  [
    10, // victim-blaming wording by the author
    [
      '{S} {be} putting {R} at risk by staying out late with older males.',
      '{N} has an older boyfriend who picks {O} up from school most days.',
      '{S} {be} very streetwise and making {P} own lifestyle choices.',
      '{S} chose to go with them and {be} sexually active.',
      '{N} is promiscuous and has been sleeping around.',
      '{S} {has} refused to engage with services and {be} hard to reach.',
      '{N} is attention seeking and manipulative with staff.',
      '{S} absconded from the placement overnight and {was} wasting police time.',
      '{N} is working for the olders and running drugs out of town.',
      '{S} consented to the sexual activity according to the officer.',
      '{N} is out of control at home and mum cannot manage {P} behaviour.',
      '{S} {be} a drug runner and {be} involved in county lines.',
      '{N} was sending pictures to adults online.',
      '{S} {be} a willing participant in the relationship with a {age}-year-old.',
      '{N} is a risk-taker who brings it on {R}.',
      '{N} was experimenting with {drug} at the weekend, normal teenage behaviour.',
      '{S} {has} been sexting a {age}-year-old; staff see this as low level.',
    ],
  ],
  [
    14, // indicators stated plainly, about the child
    [
      '{N} went missing from home on {day} and was found by police in {city} the next morning.',
      '{S} {was} seen getting into a car with older men outside the school gates.',
      '{N} has a new phone and new clothes that {s} could not explain.',
      '{S} disclosed smoking {drug} every day and drinking vodka at weekends.',
      '{N} was found in a hotel in {city} with an adult male.',
      '{S} {has} been self-harming; fresh cuts to {P} arms were seen today.',
      '{N} tested positive for chlamydia at the sexual health clinic.',
      '{S} {has} been excluded from school for carrying a knife.',
      '{N} had large amounts of cash and several phones when stopped by police.',
      '{S} told me an older friend buys {O} alcohol and gives {O} lifts.',
      'Police stopped {N} in {city}, a long way from home, with no explanation of how {s} got there.',
      '{N} has missed school for three weeks and {P} attendance is now 40%.',
    ],
  ],
  [
    7, // negated
    [
      'No concerns about drugs or alcohol at present.',
      '{N} denies going missing and says {s} {was} at a friend’s house.',
      'There is no evidence of sexual activity or of older friends.',
      '{S} {has} not self-harmed since the last visit.',
      'No signs of new phones or unexplained gifts in {P} room.',
    ],
  ],
  [
    5, // hypothetical or possible
    [
      'If {N} goes missing again, police are to be informed straight away.',
      '{S} may be using {drug}; to be explored at the next session.',
      'Possible links to county lines, to be discussed at the exploitation panel.',
      'Staff worry that {s} could be targeted by older males at the park.',
    ],
  ],
  [
    5, // historical
    [
      'In {year} {N} was reported missing several times from the previous placement.',
      '{S} previously had a diagnosis of chlamydia, treated in {year}.',
      '{N} used to carry a knife but says {s} stopped last year.',
      'There is a history of self-harm from when {s} {was} younger.',
    ],
  ],
  [
    5, // about another person
    [
      'Mum drinks heavily most evenings and struggles to get up in the morning.',
      'Dad uses {drug} in the home and has convictions for supply.',
      '{P} older brother is known to police for carrying a knife.',
      'Mum’s partner has been violent towards mum; police were called on {day}.',
      '{P} friend went missing last weekend and was found in {city}.',
    ],
  ],
  [
    2, // the child's own words, in quotes
    [
      '{N} said "I chose to go with him, nobody made me".',
      '{S} described {R} as "a slag" and said everyone at school calls {O} that.',
      '{N} told me: "he’s my boyfriend and I love him, he’s only {age}".',
    ],
  ],
  [
    3, // referral wording
    [
      'Referral made to the MASH today following the disclosure.',
      'NRM referral submitted by the police on {day}.',
      'Strategy discussion held and a section 47 enquiry started.',
      'Referral to the police exploitation team completed.',
    ],
  ],
];

type Part = string | { slot: string };
function compileTemplate(t: string): Part[] {
  const parts: Part[] = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index > last) parts.push(t.slice(last, m.index));
    parts.push({ slot: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < t.length) parts.push(t.slice(last));
  return parts;
}

const TEMPLATES: Part[][] = [];
const CUMULATIVE: number[] = []; // cumulative weight per template
{
  let acc = 0;
  for (const [weight, list] of GROUPS) {
    for (const t of list) {
      acc += weight / list.length;
      TEMPLATES.push(compileTemplate(t));
      CUMULATIVE.push(acc);
    }
  }
  for (let i = 0; i < CUMULATIVE.length; i++) CUMULATIVE[i] = CUMULATIVE[i]! / acc;
}
/** How many sentence templates the generator draws from, by kind. */
export const TEMPLATE_COUNTS = {
  neutral: GROUPS[0]![1].length,
  victimBlaming: GROUPS[1]![1].length,
  indicators: GROUPS[2]![1].length,
  negated: GROUPS[3]![1].length,
  hypothetical: GROUPS[4]![1].length,
  historical: GROUPS[5]![1].length,
  otherPerson: GROUPS[6]![1].length,
  quoted: GROUPS[7]![1].length,
  referral: GROUPS[8]![1].length,
  total: TEMPLATES.length,
};

const AGENCIES: readonly [string, string][] = [
  ['Police', 'Police officer'],
  ["Children's Social Care", 'Social worker'],
  ["Children's Social Care", 'Family support worker'],
  ['Health', 'School nurse'],
  ['Health', 'Sexual health nurse'],
  ['Education', 'Designated safeguarding lead'],
  ['Youth Justice', 'YOT case manager'],
  ['Voluntary sector', 'Project worker'],
];

export type Note = { personRef: string; date: string; agency: string; authorRole: string; text: string };
export type CorpusOptions = { seed: number; notes: number; notesPerPerson?: number; badEvery?: number };

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2014, 0, 1) / DAY_MS;

/**
 * Notes one at a time, deterministic for the options. People are drawn with a skew (a few children have hundreds of
 * notes, most have a few dozen); each child's notes fall in a 3-year stretch between 2014 and 2025, in random order.
 * `badEvery` > 0 makes every n-th row bad on purpose (an impossible date or an empty note), as real exports have.
 */
export class NoteGenerator {
  private readonly r: () => number;
  private readonly people: number;
  private readonly badEvery: number;
  private n = 0;
  constructor(opts: CorpusOptions) {
    this.r = rng(opts.seed);
    this.people = Math.max(1, Math.round(opts.notes / (opts.notesPerPerson ?? 40)));
    this.badEvery = opts.badEvery ?? 0;
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  sentence(p: Pronouns, name: string): string {
    let out = '';
    for (const part of TEMPLATES[firstAtLeast(CUMULATIVE, this.r())]!) {
      if (typeof part === 'string') out += part;
      else if (part.slot === 'N') out += name;
      else if (part.slot in p) out += p[part.slot as keyof Pronouns];
      else out += this.pick(FILL[part.slot] ?? ['?']);
    }
    return out;
  }
  /** The text of one note about a child: 2 to 7 sentences, sometimes in two paragraphs. */
  text(p: Pronouns, name: string): string {
    const k = 2 + Math.floor(this.r() * 6);
    let out = '';
    for (let i = 0; i < k; i++) {
      if (i > 0) out += i === 2 && this.r() < 0.15 ? '\n\n' : ' ';
      out += this.sentence(p, name);
    }
    return out;
  }
  next(): Note {
    this.n++;
    const u = this.r();
    const person = Math.floor(this.people * u * u); // skewed towards low numbers
    // The child's name, pronouns and 3-year window follow from the person number alone.
    const h = Math.imul(person + 1, 0x9e3779b1) >>> 0;
    const g = h % 10;
    const p = g < 5 ? SHE : g < 9 ? HE : THEY;
    const names = p === SHE ? GIRLS : p === HE ? BOYS : NONBINARY;
    const name = names[(h >>> 8) % names.length]!;
    const startDay = FIRST_DAY + ((h >>> 4) % (9 * 365));
    const date = new Date((startDay + Math.floor(this.r() * 3 * 365)) * DAY_MS).toISOString().slice(0, 10);
    const [agency, authorRole] = this.pick(AGENCIES);
    let text = this.text(p, name);
    let d = date;
    if (this.badEvery > 0 && this.n % this.badEvery === 0) {
      if ((this.n / this.badEvery) % 2 === 1) d = `${date.slice(0, 5)}02-30`;
      else text = '';
    }
    return { personRef: `LC-${String(person + 1).padStart(6, '0')}`, date: d, agency, authorRole, text };
  }
}

/** Note texts in memory, until their UTF-8 size reaches `bytes`. */
export function noteTexts(seed: number, bytes: number): { texts: string[]; bytes: number } {
  const gen = new NoteGenerator({ seed, notes: 1_000_000 });
  const texts: string[] = [];
  let total = 0;
  while (total < bytes) {
    // As a file or a database driver delivers a note: one flat string. The generator concatenates, and a concatenated
    // string (a V8 rope) is much slower to read character by character than the strings Lantern gets in use.
    const t = Buffer.from(gen.next().text, 'utf8').toString('utf8');
    texts.push(t);
    total += Buffer.byteLength(t);
  }
  return { texts, bytes: total };
}

const csvField = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const CSV_HEADER = 'person_ref,date,agency,author_role,text\n';
export const csvRow = (n: Note): string => `${n.personRef},${n.date},${csvField(n.agency)},${csvField(n.authorRole)},"${n.text.replace(/"/g, '""')}"\n`;

/**
 * Streams `notes` notes as CSV (the columns `lantern review` reads) to `file`, in ~1 MB chunks with back-pressure:
 * memory stays flat whatever the count. Returns the bytes written.
 */
export async function writeCorpusCsv(file: string, opts: CorpusOptions): Promise<{ bytes: number; notes: number }> {
  const gen = new NoteGenerator(opts);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let bytes = 0;
  let chunk = CSV_HEADER;
  const flush = async () => {
    bytes += Buffer.byteLength(chunk);
    const ok = out.write(chunk);
    chunk = '';
    if (!ok) await Promise.race([once(out, 'drain'), failed]);
  };
  for (let i = 0; i < opts.notes; i++) {
    chunk += csvRow(gen.next());
    if (chunk.length >= 1 << 20) await flush();
  }
  await flush();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { bytes, notes: opts.notes };
}

import type { ChronologyKind, Gender } from '../core/records/vocab.ts';
import { startOfDay } from './dates.ts';
import { CHRONOLOGY_TEMPLATES, type ChronologyTemplate } from './chronology-templates.ts';
import { COUNTY_TOWNS, GIFTS } from './places.ts';
import type { Rng } from './prng.ts';
import type { DemoAgency, DemoCase, DemoChronologyEntry, DemoPerson, DemoUser } from './types.ts';

export const SUMMARY_MAX = 120;

/** Where a child's harm is happening: the adults, venue, area and vehicle that recur in their notes. */
export type HarmContext = { adults: readonly string[]; place: string; area: string; car: string; adultAges: readonly number[] };

export type Pronouns = Record<'they' | 'them' | 'their' | 'is' | 'was' | 'has' | 's', string>;
export const PRONOUNS: Readonly<Record<Gender, Pronouns>> = {
  female: { they: 'she', them: 'her', their: 'her', is: 'is', was: 'was', has: 'has', s: 's' },
  male: { they: 'he', them: 'him', their: 'his', is: 'is', was: 'was', has: 'has', s: 's' },
  non_binary: { they: 'they', them: 'them', their: 'their', is: 'are', was: 'were', has: 'have', s: '' },
  other: { they: 'they', them: 'them', their: 'their', is: 'are', was: 'were', has: 'have', s: '' },
  not_known: { they: 'they', them: 'them', their: 'their', is: 'are', was: 'were', has: 'have', s: '' },
};
const NIGHT_KINDS: ReadonlySet<ChronologyKind> = new Set(['missing_episode', 'incident']);
const ORDINALS = ['second', 'third', 'fourth', 'fifth'] as const;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function fillTemplate(text: string, slots: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`chronology template slot {${key}} has no value`);
    return value;
  });
}

/** Cut at a word boundary so that a summary fits its column. */
export function clip(text: string, max = SUMMARY_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function eligibleTemplates(child: DemoPerson, agency: DemoAgency): ChronologyTemplate[] {
  const lookedAfter = child.lookedAfter === 's20' || child.lookedAfter === 's31';
  return CHRONOLOGY_TEMPLATES.filter(
    (t) => (!t.agencies || t.agencies.includes(agency.kind)) && (!t.genders || t.genders.includes(child.gender)) && (!t.lookedAfterOnly || lookedAfter),
  );
}

export type ChronologyInput = {
  rng: Rng;
  now: Date;
  kase: DemoCase;
  child: DemoPerson;
  knownAs: string;
  context: HarmContext;
  usersById: ReadonlyMap<string, DemoUser>;
  agenciesById: ReadonlyMap<string, DemoAgency>;
  nextId: () => string;
};

export function buildChronology({ rng, now, kase, child, knownAs, context, usersById, agenciesById, nextId }: ChronologyInput): DemoChronologyEntry[] {
  const lookedAfter = child.lookedAfter === 's20' || child.lookedAfter === 's31';
  const pronouns = PRONOUNS[child.gender];
  const authors = kase.members.flatMap((m) => (m.userId ? [m.userId] : []));
  const opened = new Date(kase.openedAt).getTime();
  const latest = now.getTime();
  const count = rng.int(3, 15);
  const days = Array.from({ length: count }, () => startOfDay(new Date(opened + Math.floor(rng.next() * (latest - opened)))).getTime());
  const used = new Set<ChronologyTemplate>();

  const drafts = days.map((day) => {
    // The key worker writes about half of the entries; the rest of the case team shares the others.
    const authorId = rng.chance(0.5) ? kase.keyWorkerId : rng.pick(authors);
    const author = usersById.get(authorId);
    const agency = author && agenciesById.get(author.agencyId);
    if (!author || !agency) throw new Error(`case ${kase.id}: unknown author ${authorId}`);
    const options = eligibleTemplates(child, agency);
    const fresh = options.filter((o) => !used.has(o));
    const template = rng.pick(fresh.length > 0 ? fresh : options);
    used.add(template);

    const carer = lookedAfter ? rng.pick(['foster carer', 'residential carer']) : rng.pick(['mum', 'dad', 'parent', 'grandmother']);
    const slots: Record<string, string> = {
      ...pronouns,
      They: capitalise(pronouns.they),
      Their: capitalise(pronouns.their),
      name: knownAs,
      home: lookedAfter ? 'placement' : 'home',
      carer,
      Carer: capitalise(carer),
      adult: rng.pick(context.adults),
      adult2: rng.pick(context.adults),
      adultAge: String(rng.pick(context.adultAges)),
      place: context.place,
      area: context.area,
      town: rng.pick(COUNTY_TOWNS),
      car: context.car,
      gift: rng.pick(GIFTS),
      amount: String(rng.int(4, 30) * 20),
      n: String(rng.int(2, 5)),
      nth: rng.pick(ORDINALS),
      time: `${String(rng.pick([19, 20, 21, 22, 23, 0, 1, 2])).padStart(2, '0')}:${String(rng.int(0, 11) * 5).padStart(2, '0')}`,
      pct: String(rng.int(35, 78)),
      school: child.school ?? 'school',
    };
    // Children go missing and are found in the evening and at night; clinics and visits are in the day.
    const minutes = NIGHT_KINDS.has(template.kind) ? rng.int(18 * 60, 26 * 60) : rng.int(8 * 60 + 30, 18 * 60);
    const at = Math.min(Math.max(day + minutes * 60_000, opened), latest);
    return {
      at,
      caseId: kase.id,
      kind: template.kind,
      summary: clip(fillTemplate(template.summary, slots)),
      detail: fillTemplate(template.detail, slots),
      authorId,
      agencyId: author.agencyId,
    };
  });
  return drafts.sort((a, b) => a.at - b.at).map(({ at, ...entry }) => ({ id: nextId(), ...entry, occurredAt: new Date(at).toISOString() }));
}

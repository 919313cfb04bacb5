import { syntheticNhsNumber } from '../core/identity/nhs-number.ts';
import type { CpPlan, Ethnicity, Gender, LookedAfter } from '../core/records/vocab.ts';
import { addDays, ageOn, isoDate } from './dates.ts';
import { FEMALE_STREET_NAMES, HERITAGE_BY_ETHNICITY, NAME_POOLS, SHORT_FORMS, SPELLING_VARIANTS, STREET_NAMES, type Heritage } from './names.ts';
import { ALTERNATIVE_PROVISION, SCHOOLS, syntheticAddress } from './places.ts';
import type { Rng } from './prng.ts';
import type { DemoAddress, DemoName, DemoPerson } from './types.ts';

// A London-like mix rather than Havering's own census profile, so that search, matching and reports
// are exercised across many naming traditions (weights roughly follow London 2021 census shares, under 18s).
const CHILD_ETHNICITY: Readonly<Record<Ethnicity, number>> = {
  white_british: 36,
  white_irish: 2,
  white_gypsy_traveller: 1,
  white_roma: 1,
  white_other: 10,
  mixed_white_black_caribbean: 5,
  mixed_white_black_african: 2,
  mixed_white_asian: 2,
  mixed_other: 3,
  asian_indian: 5,
  asian_pakistani: 4,
  asian_bangladeshi: 4,
  asian_chinese: 1.5,
  asian_other: 2.5,
  black_african: 10,
  black_caribbean: 5,
  black_other: 2,
  arab: 1.5,
  other: 2,
  not_stated: 2,
};
const ADULT_ETHNICITY = CHILD_ETHNICITY;

// Girls are identified more often for CSE; boys are overlooked (DOMAIN.md "Boys"), so keep them well represented.
const CHILD_GENDER: Readonly<Record<Gender, number>> = { female: 55, male: 43, non_binary: 1, other: 0.5, not_known: 0.5 };
const ADULT_GENDER: Readonly<Record<Gender, number>> = { female: 14, male: 85, non_binary: 0, other: 0, not_known: 1 };

const LOOKED_AFTER_WEIGHTS: Readonly<Record<LookedAfter, number>> = { no: 74, s20: 9, s31: 13, care_leaver: 0, not_known: 4 };
const CP_PLAN_WEIGHTS: Readonly<Record<CpPlan, number>> = { none: 52, child_in_need: 26, cp_plan: 17, not_known: 5 };

// Mohammed and its spellings: usually also recorded as 'Mo', so nickname search has something to find.
const MOHAMMED = /^M[ou]h?amm?[ae]d$/;

/** Draws unique synthetic NHS numbers. */
export function nhsNumberSource(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    let seed = rng.int(1, 2_000_000_000);
    let value = syntheticNhsNumber(seed);
    while (used.has(value)) value = syntheticNhsNumber(++seed);
    used.add(value);
    return value;
  };
}

function dateOfBirth(rng: Rng, now: Date, minAge: number, maxAge: number): string {
  // Rejection sampling keeps the age exact even around leap days.
  for (;;) {
    const dob = isoDate(addDays(now, -rng.int(minAge * 365, (maxAge + 1) * 365 + 1)));
    const age = ageOn(dob, now);
    if (age >= minAge && age <= maxAge) return dob;
  }
}

function otherFamily(rng: Rng, pool: readonly string[], not: string): string {
  const others = pool.filter((f) => f !== not);
  return others.length > 0 ? rng.pick(others) : `${not}-Smith`;
}

function givenFor(rng: Rng, heritage: Heritage, gender: Gender): string {
  const pool = NAME_POOLS[heritage];
  if (gender === 'female') return rng.pick(pool.female);
  if (gender === 'male') return rng.pick(pool.male);
  return rng.pick(rng.chance(0.5) ? pool.female : pool.male);
}

function addressHistory(rng: Rng, now: Date, dob: string, moves: number): DemoAddress[] {
  const out: DemoAddress[] = [];
  let to: string | null = null;
  let cursor = now;
  for (let i = 0; i <= moves; i++) {
    const last = i === moves;
    const from = last ? dob : isoDate(addDays(cursor, -rng.int(60, 900)));
    const fromDate = from < dob ? dob : from;
    out.push({ ...syntheticAddress(rng), from: fromDate, to });
    if (fromDate === dob) break;
    to = isoDate(addDays(new Date(`${fromDate}T00:00:00Z`), -1));
    cursor = new Date(`${fromDate}T00:00:00Z`);
  }
  return out;
}

export function buildChild(rng: Rng, now: Date, id: string, nextNhs: () => string): DemoPerson {
  const gender = rng.weighted(CHILD_GENDER);
  const ethnicity = rng.weighted(CHILD_ETHNICITY);
  const heritageWeights = HERITAGE_BY_ETHNICITY[ethnicity] as Record<Heritage, number>;
  const givenHeritage = rng.weighted(heritageWeights);
  const familyHeritage = rng.weighted(heritageWeights);
  const given = givenFor(rng, givenHeritage, gender);
  const family = rng.pick(NAME_POOLS[familyHeritage].family);
  const names: DemoName[] = [{ kind: 'legal', given, family }];

  const shortForms = SHORT_FORMS[given];
  if (shortForms && rng.chance(MOHAMMED.test(given) ? 0.8 : 0.5)) {
    names.push({ kind: 'nickname', given: rng.pick(shortForms), family });
  }
  const variants = SPELLING_VARIANTS[given];
  if (variants && rng.chance(0.35)) names.push({ kind: 'alias', given: rng.pick(variants), family });
  else if (names.length < 3 && rng.chance(0.12)) {
    // Known under a parent's or step-parent's family name.
    names.push({ kind: 'alias', given, family: otherFamily(rng, NAME_POOLS[rng.weighted(heritageWeights)].family, family) });
  }

  const dob = dateOfBirth(rng, now, 10, 17);
  const age = ageOn(dob, now);
  const lookedAfter = rng.weighted(LOOKED_AFTER_WEIGHTS);
  const cpPlan = rng.weighted(CP_PLAN_WEIGHTS);
  const school = rng.chance(0.05) ? null : age >= 13 && rng.chance(0.08) ? ALTERNATIVE_PROVISION : rng.pick(SCHOOLS);
  const moves = lookedAfter === 's20' || lookedAfter === 's31' ? rng.int(1, 3) : Number(rng.weighted({ '0': 5, '1': 3, '2': 1 } as const));

  return {
    id,
    kind: 'child',
    dateOfBirth: dob,
    gender,
    ethnicity,
    names,
    nhsNumber: rng.chance(0.96) ? nextNhs() : null,
    school,
    lookedAfter,
    cpPlan,
    addresses: addressHistory(rng, now, dob, moves),
    identifiers: [],
  };
}

/** `streetName` is forced for a few adults so that demo stories can name them ('Big T', 'Dee'). */
export function buildAdult(rng: Rng, now: Date, id: string, nextNhs: () => string, forced?: { given: string; streetName: string }): DemoPerson {
  const gender = forced ? 'male' : rng.weighted(ADULT_GENDER);
  const ethnicity = rng.weighted(ADULT_ETHNICITY);
  const heritage = rng.weighted(HERITAGE_BY_ETHNICITY[ethnicity] as Record<Heritage, number>);
  const given = forced?.given ?? givenFor(rng, heritage, gender);
  const family = rng.pick(NAME_POOLS[heritage].family);
  const initial = given.charAt(0).toUpperCase();
  const streetName =
    forced?.streetName ??
    (gender === 'female'
      ? rng.pick(FEMALE_STREET_NAMES)
      : rng.weighted({ big: 2, little: 1, listed: 5 } as const) === 'listed'
        ? rng.pick(STREET_NAMES)
        : `${rng.chance(0.6) ? 'Big' : 'Little'} ${initial}`);
  const names: DemoName[] = [
    { kind: 'legal', given, family },
    { kind: 'nickname', given: streetName, family: '' },
  ];
  const variants = SPELLING_VARIANTS[given];
  if (variants && rng.chance(0.5)) names.push({ kind: 'alias', given: rng.pick(variants), family });
  else if (rng.chance(0.2)) names.push({ kind: 'alias', given, family: otherFamily(rng, NAME_POOLS[heritage].family, family) });

  const dob = dateOfBirth(rng, now, 18, 45);
  const age = ageOn(dob, now);
  return {
    id,
    kind: 'adult',
    dateOfBirth: dob,
    gender,
    ethnicity,
    names,
    nhsNumber: rng.chance(0.5) ? nextNhs() : null,
    school: null,
    lookedAfter: age <= 21 && rng.chance(0.2) ? 'care_leaver' : 'no',
    cpPlan: 'none',
    addresses: addressHistory(rng, now, dob, rng.int(0, 2)).map((a, i, all) =>
      // Adults' early addresses are not known to agencies: keep the last few years only.
      i === all.length - 1 ? { ...a, from: a.from < isoDate(addDays(now, -3650)) ? isoDate(addDays(now, -3650)) : a.from } : a,
    ),
    identifiers: [],
  };
}

/** The name a child or adult is usually called by in notes. */
export function knownAs(person: DemoPerson): string {
  const nickname = person.names.find((n) => n.kind === 'nickname');
  const legal = person.names[0];
  if (person.kind === 'adult') return nickname?.given ?? legal?.given ?? 'an adult';
  return nickname?.given ?? legal?.given ?? 'the child';
}

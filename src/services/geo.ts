import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DisclosureRule, parseRule } from '../core/disclosure/index.ts';
import { ValidationError } from '../core/errors.ts';
import { loadPostcodes, type PostcodeIndex } from '../core/geo/postcodes.ts';
import { loadWards, type WardSet } from '../core/geo/wards.ts';
import type { Config } from '../config.ts';
import type { Store } from '../db/store.ts';

// The configured geography (issue 6): ward boundaries, the optional postcode lookup, map tiles and the disclosure rule.
// Files are read once per path; a file that cannot be read or parsed stops start-up with a message naming it.

export type Geo = {
  wards: WardSet;
  postcodes: PostcodeIndex | null;
  tileUrl: string | null;
  attribution: string;
  rule: DisclosureRule;
  figuresCacheMs: number;
};

export class GeoConfigError extends Error {}

// ONS ward boundaries are published under the Open Government Licence, which asks for this credit.
const ONS_CREDIT = 'Contains OS data © Crown copyright and database right 2021. Source: Office for National Statistics, Open Government Licence v3.0';

const cache = new Map<string, Geo>();

function readOrFail(file: string, what: string, env: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new GeoConfigError(`Could not read the ${what} file ${file} (${env})`);
  }
}

function parseOrFail<T>(parse: () => T, file: string, what: string): T {
  try {
    return parse();
  } catch (e) {
    const why = e instanceof ValidationError ? Object.values(e.fields).join('; ') : e instanceof Error ? e.message : String(e);
    throw new GeoConfigError(`The ${what} file ${path.basename(file)} is not usable: ${why}`);
  }
}

export function loadGeo(config: Pick<Config, 'geo' | 'disclosure'>): Geo {
  const key = JSON.stringify([config.geo, config.disclosure]);
  const hit = cache.get(key);
  if (hit) return hit;
  const { wardsFile, postcodesFile, tileUrl } = config.geo;
  const wards = parseOrFail(() => loadWards(readOrFail(wardsFile, 'ward boundaries', 'LANTERN_WARDS')), wardsFile, 'ward boundaries');
  const postcodes = postcodesFile
    ? parseOrFail(() => loadPostcodes(readOrFail(postcodesFile, 'postcode lookup', 'LANTERN_POSTCODES')), postcodesFile, 'postcode lookup')
    : null;
  const rule = parseOrFail(() => parseRule(config.disclosure), 'LANTERN_DISCLOSURE', 'disclosure rule');
  const geo: Geo = {
    wards,
    postcodes,
    tileUrl,
    figuresCacheMs: config.geo.figuresCacheMs,
    attribution: `Ward boundaries ${wards.year ?? ''}: ${ONS_CREDIT}`.replace('  ', ' '),
    rule,
  };
  cache.set(key, geo);
  return geo;
}

// Gives every placed location and address the ward that holds it, when the boundaries differ from those last used.
export async function assignWards(store: Store, geo: Geo, now: Date): Promise<{ assigned: number } | null> {
  return store.transaction(async (repos) => {
    if ((await repos.places.fingerprint('wards')) === geo.wards.fingerprint) return null;
    let assigned = 0;
    for (const table of ['entity', 'address_period'] as const) {
      const rows = table === 'entity' ? await repos.places.placedLocations() : await repos.places.placedAddresses();
      await repos.places.setWards(
        table,
        rows.map((r) => [r.id, geo.wards.locate(r.lon, r.lat)]),
      );
      assigned += rows.length;
    }
    await repos.places.setFingerprint('wards', geo.wards.fingerprint, now);
    return { assigned };
  });
}

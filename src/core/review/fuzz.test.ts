import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { almostValidDoc, FuzzSummary, hostileJsonValue, hostileString, rawJsonBody, toJson } from '../../../test/fixtures/hostile.ts';
import { parseCheckpoint } from '../audit/checkpoint.ts';
import { ValidationError } from '../errors.ts';
import { loadPostcodes } from '../geo/postcodes.ts';
import { loadWards } from '../geo/wards.ts';
import { normaliseName, searchableName } from '../identity/names.ts';
import { mapClaims, parseRoleMap, parseValueMap } from '../identity/oidc-claims.ts';
import { normaliseNhsNumber } from '../identity/nhs-number.ts';
import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { normalisePhone, normaliseVrm } from '../records/entities.ts';
import { normalisePostcode } from '../records/postcode.ts';
import { DEFAULT_RULES, parseRules, RetentionRulesError } from '../retention/rules.ts';
import { parseScreeningInput } from '../screening/validate.ts';
import { checkRow, MAX_PERSON_REF_LENGTH, parseNoteDate } from './row.ts';

// Hostile input for the pure parsers behind Lantern's importers (issue 8): a review row (CSV and JSON Lines, before the
// file reader in services/review-run.ts), a screening sent to `lantern screen`, ward boundaries and a postcode lookup
// (LANTERN_WARDS, LANTERN_POSTCODES), an audit checkpoint file, and the normalisers every person import and form runs.
// Each either returns a well-formed result or refuses with a ValidationError (or, for the checkpoint, an error value):
// nothing else may escape.

const summary = new FuzzSummary('unit-importers', { defaultRuns: 150 });
afterAll(() => {
  summary.write();
});

/** Runs `f`; a ValidationError is a refusal, anything else thrown fails the case. */
function refusedOr<T>(f: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false };
    throw e;
  }
}

const rowValue = fc.oneof(hostileString, hostileJsonValue, fc.constantFrom('2026-01-05', '2026-01-05T10:00:00Z', 'SYN-1', 'Seen at home'));
const row = fc.record({ person_ref: rowValue, date: rowValue, agency: rowValue, author_role: rowValue, text: rowValue }, { requiredKeys: [] });

const WARD = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { WD22CD: 'E05000001', WD22NM: 'Synthetic Ward', LAD22NM: 'Synthetic Borough' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0.1, 51.5],
            [0.2, 51.5],
            [0.2, 51.6],
            [0.1, 51.6],
            [0.1, 51.5],
          ],
        ],
      },
    },
  ],
};

const POSTCODES = 'pcds,lat,long,osward\nRM3 7QX,51.6,0.15,E05000001\nRM1 1AA,51.55,0.18,E05000001\n';

const CHECKPOINT = {
  format: 'lantern-audit-checkpoint/1',
  seq: 12,
  hash: 'a'.repeat(64),
  signedAt: '2026-01-15T10:00:00.000Z',
  publicKey: 'MCowBQYDK2VwAyEA',
  signature: 'c2lnbmF0dXJl',
};

describe('hostile input: importers (pure parsers)', () => {
  it(
    'review rows: a row is accepted with a real date and a bounded reference, or refused with a reason',
    async () => {
      await summary.run('review row (CSV/JSONL)', 'importer', row, (raw, tally) => {
        const r = checkRow(raw);
        tally(r.ok ? 'accepted' : 'refused');
        if (r.ok) {
          expect(parseNoteDate(r.row.date)).toBe(r.row.date);
          expect(r.row.personRef.length).toBeGreaterThan(0);
          expect(r.row.personRef.length).toBeLessThanOrEqual(MAX_PERSON_REF_LENGTH);
          expect(r.row.text.trim()).not.toBe('');
        } else expect(r.reason).not.toMatch(/undefined|\[object/);
      });
    },
    summary.timeout(50),
  );

  it(
    'note dates: a real calendar date or null, never 30 February',
    async () => {
      await summary.run(
        'note date',
        'importer',
        fc.oneof(
          hostileString,
          fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
        ),
        (s, tally) => {
          const d = parseNoteDate(s);
          tally(d ? 'accepted' : 'refused');
          if (d) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
        },
      );
    },
    summary.timeout(50),
  );

  it(
    'lantern screen: a screening is parsed or refused with a ValidationError',
    async () => {
      const valid = { age: 14, gender: 'female', indicators: [{ code: 'go_carrying_drugs', when: 'current', evidence: 'Holding drugs for an adult' }] };
      await summary.run(
        'screening JSON',
        'importer',
        fc.oneof(
          almostValidDoc(valid),
          hostileJsonValue,
          rawJsonBody.map((t) =>
            (() => {
              try {
                return JSON.parse(t) as unknown;
              } catch {
                return t;
              }
            })(),
          ),
        ),
        (raw, tally) => {
          const r = refusedOr(() => parseScreeningInput(CURRENT_FRAMEWORK, raw));
          tally(r.ok ? 'accepted' : 'refused');
          if (r.ok) expect(r.value.age).toBeGreaterThanOrEqual(0);
        },
      );
    },
    summary.timeout(50),
  );

  it(
    'ward boundaries: a ward set, or a ValidationError naming the problem',
    async () => {
      await summary.run(
        'ward boundaries GeoJSON',
        'importer',
        fc.oneof(
          almostValidDoc(WARD).map((d) => toJson(d)),
          rawJsonBody,
          hostileString,
        ),
        (text, tally) => {
          const r = refusedOr(() => loadWards(text, 'wards.geojson'));
          tally(r.ok ? 'accepted' : 'refused');
          if (r.ok) expect(r.value.wards.length).toBeGreaterThan(0);
        },
      );
    },
    summary.timeout(50),
  );

  it(
    'postcode lookup: an index, or a ValidationError naming the line',
    async () => {
      const lines = POSTCODES.split('\n');
      const mutated = fc.tuple(fc.nat(), fc.nat(), hostileString).map(([l, c, v]) => {
        const copy = [...lines];
        const cells = (copy[l % copy.length] ?? '').split(',');
        cells[c % Math.max(cells.length, 1)] = v;
        copy[l % copy.length] = cells.join(',');
        return copy.join('\n');
      });
      await summary.run('postcode lookup CSV', 'importer', fc.oneof(mutated, hostileString), (text, tally) => {
        const r = refusedOr(() => loadPostcodes(text));
        tally(r.ok ? 'accepted' : 'refused');
      });
    },
    summary.timeout(50),
  );

  it(
    'audit checkpoint files: a checkpoint with well-formed fields, or an error value; never a throw',
    async () => {
      await summary.run(
        'audit checkpoint file',
        'importer',
        fc.oneof(
          almostValidDoc(CHECKPOINT).map((d) => toJson(d)),
          rawJsonBody,
          hostileString,
        ),
        (text, tally) => {
          const c = parseCheckpoint(text);
          tally('error' in c ? 'refused' : 'accepted');
          if (!('error' in c)) {
            expect(Number.isSafeInteger(c.seq) || Number.isInteger(c.seq)).toBe(true);
            expect(c.hash).toMatch(/^[0-9a-f]{64}$/);
          }
        },
      );
    },
    summary.timeout(50),
  );

  it(
    'identity provider claims: mapped to one known agency and role, or refused with a reason; never a throw',
    async () => {
      const agencies = [
        { id: 'a1', name: 'Test Social Care' },
        { id: 'a2', name: 'Test Health' },
      ];
      const valid = { sub: 'u-1', agency: 'Test Social Care', roles: ['practitioner'], org: { code: 'CSC' }, groups: ['CSC-Staff'] };
      const rules = fc.constantFrom(
        { agencyClaim: 'agency', roleClaim: 'roles', agencyMap: null, roleMap: null },
        { agencyClaim: 'org.code', roleClaim: 'groups', agencyMap: parseValueMap('CSC=Test Social Care'), roleMap: parseRoleMap('CSC-Staff=practitioner') },
        { agencyClaim: '__proto__.x', roleClaim: 'constructor', agencyMap: null, roleMap: null },
      );
      const claims = fc.oneof(almostValidDoc(valid), fc.dictionary(hostileString, hostileJsonValue, { maxKeys: 6 }), hostileJsonValue);
      await summary.run('identity provider claims', 'importer', fc.tuple(claims, rules), ([c, r], tally) => {
        const m = mapClaims((c ?? {}) as Record<string, unknown>, r, agencies);
        tally(m.ok ? 'accepted' : m.reason);
        if (m.ok) expect(agencies.map((a) => a.id)).toContain(m.agencyId);
      });
    },
    summary.timeout(50),
  );

  it(
    'retention rules file: rules, or a RetentionRulesError saying where',
    async () => {
      const valid = { rules: DEFAULT_RULES.slice(0, 2) };
      const text = fc.oneof(
        almostValidDoc(valid).map((d) => toJson(d)),
        rawJsonBody,
        hostileString,
      );
      await summary.run('retention rules file', 'importer', text, (t, tally) => {
        try {
          const rules = parseRules(t);
          tally('accepted');
          expect(rules.length).toBeGreaterThan(0);
        } catch (e) {
          if (!(e instanceof RetentionRulesError)) throw e;
          tally('refused');
        }
      });
    },
    summary.timeout(50),
  );

  it(
    'person fields: the normalisers every person form and import runs never throw',
    async () => {
      await summary.run('person normalisers', 'importer', hostileString, (s, tally) => {
        const nhs = normaliseNhsNumber(s);
        const postcode = normalisePostcode(s);
        normaliseName(s);
        searchableName(s, s);
        normalisePhone(s);
        normaliseVrm(s);
        tally(nhs || postcode ? 'recognised' : 'other');
        if (nhs) expect(nhs).toMatch(/^\d{10}$/);
        if (postcode) expect(postcode).toMatch(/^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/);
      });
    },
    summary.timeout(50),
  );
});

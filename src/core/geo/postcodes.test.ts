import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPostcodes, normalisePostcode } from './postcodes.ts';
import { loadWards } from './wards.ts';
import { errorOf } from '../../../test/fixtures/validation.ts';

const FIXTURE = readFileSync(new URL('../../../test/fixtures/geo/postcodes.csv', import.meta.url), 'utf8');
const postcodes = loadPostcodes(FIXTURE);

describe('normalisePostcode', () => {
  it.each([
    ['RM1 9ZZ', 'RM1 9ZZ'],
    ['rm1 9zz', 'RM1 9ZZ'],
    ['RM19ZZ', 'RM1 9ZZ'],
    ['RM1  9ZZ', 'RM1 9ZZ'],
    ['  rm12 9za ', 'RM12 9ZA'],
    ['SW1A1AA', 'SW1A 1AA'],
    ['E1 6AN', 'E1 6AN'],
  ])('%j -> %s', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });
  it.each(['', 'RM1', 'RM1 9Z', '12345', 'RM1 ZZ9', 'RM1 9ZZ X', 'not a postcode'])('%j is not a postcode', (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });
});

describe('loadPostcodes on the synthetic ONSPD fixture', () => {
  it('indexes every row', () => {
    expect(postcodes.size).toBe(17);
  });

  it('finds a postcode however it is typed', () => {
    const expected = { postcode: 'RM1 9ZZ', lat: 51.574157, lon: 0.179284, wardCode: 'E05013983' };
    expect(postcodes.lookup('RM1 9ZZ')).toEqual(expected);
    expect(postcodes.lookup('rm19zz')).toEqual(expected);
    expect(postcodes.lookup(' Rm1  9zZ ')).toEqual(expected);
  });

  it('reads a four-character outward code', () => {
    expect(postcodes.lookup('RM14 9ZB')).toEqual({ postcode: 'RM14 9ZB', lat: 51.568154, lon: 0.256411, wardCode: 'E05013968' });
  });

  it('keeps a terminated postcode (old records still use it)', () => {
    expect(postcodes.lookup('RM12 9ZB')?.wardCode).toBe('E05013969');
  });

  it('gives no coordinates and no ward for a postcode with no grid reference (99.999999, 0.000000, E99999999)', () => {
    expect(postcodes.lookup('RM14 9ZZ')).toEqual({ postcode: 'RM14 9ZZ', lat: null, lon: null, wardCode: null });
  });

  it('returns null for a postcode that is not listed, or not a postcode', () => {
    expect(postcodes.lookup('RM1 9ZY')).toBeNull();
    expect(postcodes.lookup('SW1A 1AA')).toBeNull();
    expect(postcodes.lookup('nonsense')).toBeNull();
    expect(postcodes.lookup('')).toBeNull();
  });

  it('has coordinates in the Havering ward that its osward names (the fixture agrees with the boundaries)', () => {
    const wards = loadWards(readFileSync(new URL('../../../assets/geo/havering-wards-2022.geojson', import.meta.url), 'utf8'));
    const rows = FIXTURE.trim().split('\n').slice(1);
    let checked = 0;
    for (const row of rows) {
      const pcds = row.split(',')[2]!;
      const found = postcodes.lookup(pcds)!;
      if (found.lat === null || found.lon === null || !wards.byCode(found.wardCode ?? '') || pcds === 'RM13 9ZD') continue;
      expect(wards.locate(found.lon, found.lat), pcds).toBe(found.wardCode);
      checked++;
    }
    expect(checked).toBe(14);
  });
});

describe('loadPostcodes on other layouts', () => {
  it('reads pcd and a year-specific ward column, upper-case headers and a byte order mark', () => {
    const index = loadPostcodes('\uFEFFPCD,LAT,LONG,WD24CD\r\nRM129ZA,51.549502,0.214076,E05013972\r\n');
    expect(index.lookup('RM12 9ZA')).toEqual({ postcode: 'RM12 9ZA', lat: 51.549502, lon: 0.214076, wardCode: 'E05013972' });
  });

  it('prefers osward to a year-specific column, and pcds to pcd', () => {
    const index = loadPostcodes('pcd,pcds,wd22cd,osward,lat,long\nXX,RM1 9ZZ,E05000001,E05000002,51.5,0.1\n');
    expect(index.lookup('RM1 9ZZ')?.wardCode).toBe('E05000002');
  });

  it('treats blank coordinates and a blank ward as unknown', () => {
    const index = loadPostcodes('pcds,lat,long,osward\nRM1 9ZZ,,,\n');
    expect(index.lookup('RM1 9ZZ')).toEqual({ postcode: 'RM1 9ZZ', lat: null, lon: null, wardCode: null });
  });

  it('reads quoted fields and skips blank lines', () => {
    const index = loadPostcodes('"pcds","lat","long","osward"\n\n"RM7 9ZA","51.596114","0.171699","E05013978"\n\n');
    expect(index.size).toBe(1);
    expect(index.lookup('RM7 9ZA')?.lat).toBe(51.596114);
  });

  it.each([
    ['no lat column', 'pcds,latitude,long,osward\nRM1 9ZZ,51.5,0.1,E05000001\n', 'line 1: the header row has no lat column'],
    [
      'no postcode or ward column',
      'postcode,lat,long,ward\nRM1 9ZZ,51.5,0.1,E05000001\n',
      'line 1: the header row has no pcds (or pcd, pcd2), osward (or a ward code column such as wd22cd) columns',
    ],
    ['an empty file', '', 'the file is empty'],
    ['a header row only', 'pcds,lat,long,osward\n', 'the file has a header row but no postcodes'],
    ['a text latitude', 'pcds,lat,long,osward\nRM1 9ZZ,51.5,0.1,E05000001\nRM1 9ZA,north,0.1,E05000001\n', 'line 3: lat or long is not a number'],
    ['a latitude out of range', 'pcds,lat,long,osward\nRM1 9ZZ,151.5,0.1,E05000001\n', 'line 2: lat must be -90 to 90 and long -180 to 180'],
    ['eastings in the long column', 'pcds,lat,long,osward\nRM1 9ZZ,51.5,551000,E05000001\n', 'line 2: lat must be -90 to 90 and long -180 to 180'],
    [
      'a row that is not a postcode',
      'pcds,lat,long,osward\nRM1 9ZZ,51.5,0.1,E05000001\n\nROMFORD,51.5,0.1,E05000001\n',
      'line 4: the pcds column does not hold a UK postcode',
    ],
    [
      'a postcode listed twice',
      'pcds,lat,long,osward\nRM1 9ZZ,51.5,0.1,E05000001\nRM1 9ZA,51.5,0.1,E05000001\nrm19zz,51.6,0.1,E05000001\n',
      'line 4: the postcode is listed twice (first on line 2)',
    ],
    ['a short row', 'pcds,lat,long,osward\nRM1 9ZZ,51.5,0.1,E05000001\nRM1 9ZA,51.5\n', 'line 3: malformed CSV: wrong number of fields for the header'],
    ['an unclosed quote', 'pcds,lat,long,osward\nRM1 9ZZ,51.5,0.1,E05000001\n"RM1 9ZA,51.5,0.1,E05000001\n', 'malformed CSV: a quoted field is never closed'],
  ])('rejects %s with a specific message', (_label, text, message) => {
    const e = errorOf(() => loadPostcodes(text));
    expect(e.fields.postcodes).toContain(message);
    expect(e.message).toBe(e.fields.postcodes);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCoordinates, placeLocation, type PlaceInput } from './place.ts';
import { loadPostcodes } from './postcodes.ts';
import { loadWards } from './wards.ts';
import { errorOf } from '../../../test/fixtures/validation.ts';

const wards = loadWards(readFileSync(new URL('../../../assets/geo/havering-wards-2022.geojson', import.meta.url), 'utf8'));
const postcodes = loadPostcodes(readFileSync(new URL('../../../test/fixtures/geo/postcodes.csv', import.meta.url), 'utf8'));
const codeOf = (name: string) => wards.wards.find((w) => w.name === name)!.code;

describe('placeLocation by coordinates', () => {
  it('finds the ward of a point in the area', () => {
    expect(placeLocation({ lat: 51.5168, lon: 0.1906 }, wards)).toEqual({
      lat: 51.5168,
      lon: 0.1906,
      wardCode: codeOf('Rainham & Wennington'),
      outsideArea: false,
      placedBy: 'coordinates',
    });
  });

  it('accepts a point outside the area and marks it', () => {
    expect(placeLocation({ lat: 51.508, lon: -0.1281 }, wards)).toEqual({
      lat: 51.508,
      lon: -0.1281,
      wardCode: null,
      outsideArea: true,
      placedBy: 'coordinates',
    });
  });

  it('accepts the extremes of the ranges', () => {
    expect(placeLocation({ lat: -90, lon: 180 }, wards).outsideArea).toBe(true);
  });

  it.each([
    [{ lat: 91, lon: 0.2 }, { lat: 'Latitude must be between -90 and 90' }],
    [{ lat: 51.5, lon: -180.5 }, { lon: 'Longitude must be between -180 and 180' }],
    [{ lat: Number.NaN, lon: 0.2 }, { lat: 'Enter the latitude as a number in decimal degrees' }],
    [{ lat: 51.5, lon: Number.POSITIVE_INFINITY }, { lon: 'Enter the longitude as a number in decimal degrees' }],
    [{ lat: '51.5', lon: 0.2 } as unknown as PlaceInput, { lat: 'Enter the latitude as a number in decimal degrees' }],
    [
      { lat: -95, lon: 200 },
      { lat: 'Latitude must be between -90 and 90', lon: 'Longitude must be between -180 and 180' },
    ],
  ])('rejects %j', (input, fields) => {
    expect(errorOf(() => placeLocation(input, wards)).fields).toEqual(fields);
  });
});

describe('placeLocation by postcode', () => {
  it('places a postcode at its directory position and finds its ward', () => {
    expect(placeLocation({ postcode: 'rm3 9za' }, wards, postcodes)).toEqual({
      lat: 51.619654,
      lon: 0.22415,
      wardCode: codeOf('Gooshays'),
      outsideArea: false,
      placedBy: 'postcode',
    });
  });

  it('marks a postcode outside the area, even when the directory names a ward there', () => {
    expect(placeLocation({ postcode: 'CM14 9ZZ' }, wards, postcodes)).toEqual({
      lat: 51.6216,
      lon: 0.3056,
      wardCode: null,
      outsideArea: true,
      placedBy: 'postcode',
    });
  });

  it("uses the directory's ward for a riverside postcode that the generalised boundary leaves outside", () => {
    expect(wards.locate(0.22994, 51.50087)).toBeNull();
    expect(placeLocation({ postcode: 'RM13 9ZD' }, wards, postcodes)).toMatchObject({ wardCode: codeOf('Rainham & Wennington'), outsideArea: false });
  });

  it("lets the point decide when the directory's ward disagrees with the boundaries", () => {
    // A point well inside Cranham, listed with Upminster's code.
    const index = loadPostcodes(`pcds,lat,long,osward\nRM14 9ZB,51.56747,0.2594,${codeOf('Upminster')}\n`);
    expect(placeLocation({ postcode: 'RM14 9ZB' }, wards, index).wardCode).toBe(codeOf('Cranham'));
  });

  it.each([
    ['a blank postcode', { postcode: '  ' }, 'Enter a postcode'],
    ['a postcode of the wrong shape', { postcode: 'ROMFORD' }, 'Enter a full UK postcode'],
    ['an unknown postcode', { postcode: 'RM1 9ZY' }, 'This postcode was not found in the configured postcode lookup'],
    ['a postcode with no grid reference', { postcode: 'RM14 9ZZ' }, 'This postcode has no map position in the configured postcode lookup'],
  ])('rejects %s', (_label, input, message) => {
    expect(errorOf(() => placeLocation(input, wards, postcodes)).fields.postcode).toContain(message);
  });

  it('says so when no postcode lookup is configured', () => {
    for (const lookup of [undefined, null]) {
      expect(errorOf(() => placeLocation({ postcode: 'RM3 9ZA' }, wards, lookup)).fields.postcode).toContain('No postcode lookup is configured');
    }
  });
});

describe('parseCoordinates', () => {
  it.each([
    ['51.5755, 0.1823', 51.5755, 0.1823],
    ['51.5755 0.1823', 51.5755, 0.1823],
    ['51.5755,0.1823', 51.5755, 0.1823],
    ['  51.5755 ,  0.1823  ', 51.5755, 0.1823],
    ['51.5755\t0.1823', 51.5755, 0.1823],
    ['-33.8688, 151.2093', -33.8688, 151.2093],
    ['+51.5, -.5', 51.5, -0.5],
    ['51, 0', 51, 0],
  ])('%j -> lat %d, lon %d', (text, lat, lon) => {
    expect(parseCoordinates(text)).toEqual({ lat, lon });
  });

  it.each([
    ['', 'Enter the latitude then the longitude in decimal degrees'],
    ['51.5755', 'Enter the latitude then the longitude in decimal degrees'],
    ['51.5755, 0.1823, 12', 'Enter the latitude then the longitude in decimal degrees'],
    ["51°34'N 0°11'E", 'Enter the latitude then the longitude in decimal degrees'],
    ['north, east', 'Enter the latitude then the longitude in decimal degrees'],
    ['151.2093, -33.8688', 'Latitude must be between -90 and 90: enter the latitude first, then the longitude (these look the wrong way round)'],
    ['95, 200', 'Latitude must be between -90 and 90: enter the latitude first, then the longitude, for example'],
    ['51.5, 181', 'Longitude must be between -180 and 180: enter the latitude first, then the longitude'],
  ])('rejects %j', (text, message) => {
    expect(errorOf(() => parseCoordinates(text)).fields.coordinates).toContain(message);
  });
});

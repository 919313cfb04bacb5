// Placing a location (where a child was found, an address, a hotspot) on the ward map: from a map click, typed
// coordinates or a postcode. A location outside the configured area is valid: it is marked outsideArea, never rejected.
import { ValidationError } from '../errors.ts';
import { normalisePostcode, type PostcodeIndex } from './postcodes.ts';
import type { WardSet } from './wards.ts';

export type PlaceInput = { lat: number; lon: number } | { postcode: string };

export const PLACED_BY = { coordinates: 'coordinates', postcode: 'postcode' } as const;
export type PlacedBy = (typeof PLACED_BY)[keyof typeof PLACED_BY];

export interface PlacedLocation {
  lat: number;
  lon: number;
  /** The ward that holds the point, or null when it is outside the configured area. */
  wardCode: string | null;
  outsideArea: boolean;
  placedBy: PlacedBy;
}

const COORDINATES_EXAMPLE = 'for example 51.5755, 0.1823';

function checkCoordinates(lat: unknown, lon: unknown): { lat: number; lon: number } {
  const fields: Record<string, string> = {};
  if (typeof lat !== 'number' || !Number.isFinite(lat)) fields.lat = 'Enter the latitude as a number in decimal degrees';
  else if (lat < -90 || lat > 90) fields.lat = 'Latitude must be between -90 and 90';
  if (typeof lon !== 'number' || !Number.isFinite(lon)) fields.lon = 'Enter the longitude as a number in decimal degrees';
  else if (lon < -180 || lon > 180) fields.lon = 'Longitude must be between -180 and 180';
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return { lat: lat as number, lon: lon as number };
}

/**
 * Place a location by coordinates or postcode and find its ward. Throws ValidationError with field `lat`/`lon` or
 * `postcode` when the input cannot be placed.
 */
export function placeLocation(input: PlaceInput, wards: WardSet, postcodes?: PostcodeIndex | null): PlacedLocation {
  if ('postcode' in input) {
    const raw = typeof input.postcode === 'string' ? input.postcode.trim() : '';
    if (raw === '') throw new ValidationError({ postcode: 'Enter a postcode' });
    const postcode = normalisePostcode(raw);
    if (!postcode) throw new ValidationError({ postcode: 'Enter a full UK postcode, like RM1 3AB' });
    if (!postcodes) throw new ValidationError({ postcode: 'No postcode lookup is configured: click the map or type the coordinates instead' });
    const found = postcodes.lookup(postcode);
    if (!found)
      throw new ValidationError({
        postcode: 'This postcode was not found in the configured postcode lookup: check it, or click the map or type the coordinates',
      });
    if (found.lat === null || found.lon === null)
      throw new ValidationError({
        postcode: 'This postcode has no map position in the configured postcode lookup: click the map or type the coordinates instead',
      });
    // The point decides, as for a map click. The lookup's own ward counts only when the generalised boundaries leave the
    // point just outside every ward (a riverside postcode, say) and that ward is one of ours (same boundary year).
    const located = wards.locate(found.lon, found.lat);
    const wardCode = located ?? (found.wardCode !== null && wards.byCode(found.wardCode) ? found.wardCode : null);
    return { lat: found.lat, lon: found.lon, wardCode, outsideArea: wardCode === null, placedBy: PLACED_BY.postcode };
  }
  const { lat, lon } = checkCoordinates(input.lat, input.lon);
  const wardCode = wards.locate(lon, lat);
  return { lat, lon, wardCode, outsideArea: wardCode === null, placedBy: PLACED_BY.coordinates };
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const COORDINATES = new RegExp(String.raw`^(${NUMBER})\s*(?:,\s*|\s+)(${NUMBER})$`);

/** Read typed coordinates: latitude then longitude in decimal degrees, separated by a comma or spaces ("51.5755, 0.1823"). */
export function parseCoordinates(text: string): { lat: number; lon: number } {
  const m = COORDINATES.exec(text.trim());
  if (!m) throw new ValidationError({ coordinates: `Enter the latitude then the longitude in decimal degrees, ${COORDINATES_EXAMPLE}` });
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (lat < -90 || lat > 90) {
    const swapped = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180;
    throw new ValidationError({
      coordinates: `Latitude must be between -90 and 90: enter the latitude first, then the longitude${swapped ? ' (these look the wrong way round)' : ''}, ${COORDINATES_EXAMPLE}`,
    });
  }
  if (lon < -180 || lon > 180)
    throw new ValidationError({ coordinates: `Longitude must be between -180 and 180: enter the latitude first, then the longitude, ${COORDINATES_EXAMPLE}` });
  return { lat, lon };
}

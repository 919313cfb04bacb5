// UK postcode shape (outward + inward code), per the ONS Postcode Directory user guide.
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;

export function normalisePostcode(input: string): string | null {
  const [, outward, inward] = POSTCODE.exec(input.toUpperCase().replace(/\s+/g, ' ').trim()) ?? [];
  return outward && inward ? `${outward} ${inward}` : null;
}

export const postcodeDistrict = (postcode: string): string => postcode.split(' ')[0] ?? postcode;

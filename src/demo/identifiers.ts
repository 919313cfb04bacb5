import type { Rng } from './prng.ts';

// Agency reference numbers in the shapes practitioners see. All synthetic.

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const socialCareRef = (rng: Rng): string => `SC-${rng.int(100000, 199999)}`;

export const policeRef = (rng: Rng, year: number): string => `PND-${year}/${pad(rng.int(1, 9999), 4)}`;

export const healthRef = (rng: Rng): string => `NELH-${pad(rng.int(0, 9999999), 7)}`;

export const advocacyRef = (rng: Rng, year: number): string => `YPA-${year}-${pad(rng.int(1, 999), 3)}`;

// Probation case reference number (CRN): a letter and six digits.
const CRN_LETTERS = Array.from('ABDEFGHJKLMNPRSTUVWXYZ');
export const probationCrn = (rng: Rng): string => `${rng.pick(CRN_LETTERS)}${pad(rng.int(0, 999999), 6)}`;

// Unique pupil number: check letter + LA code (3) + establishment (4) + year (2) + serial (3).
// Check letter: sum of digit x position (positions 2..13), mod 23, into the letters below (DfE UPN guidance).
// LA code 999 is used so that these can never be a real pupil's number.
const UPN_CHECK = 'ABCDEFGHJKLMNPQRTUVWXYZ';
export function syntheticUpn(rng: Rng, yearOfAllocation: number): string {
  const body = `999${pad(rng.int(1000, 7999), 4)}${pad(yearOfAllocation % 100, 2)}${pad(rng.int(1, 999), 3)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[i]) * (i + 2);
  return `${UPN_CHECK[sum % 23] ?? 'A'}${body}`;
}

// NHS number: normalise, validate, format, explain, and generate synthetic test numbers.
// Pure: no I/O, runs in Node and the browser.

// Spaces, hyphens, and the dash and space look-alikes that arrive when a number is pasted
// from a letter or a spreadsheet (U+2010–U+2015 dashes, U+2212 minus, NBSP and other Unicode spaces).
const SEPARATORS = /[\s\u2010-\u2015\u2212-]/gu;

// User-facing messages, in the GOV.UK error-message style ("Enter ...", no jargon).
export const NHS_NUMBER_PROBLEMS = {
  length: 'Enter an NHS number with 10 digits',
  checkDigit: 'Enter a valid NHS number: the check digit does not match',
} as const;

// Synthetic numbers use the 999 000 0000–999 999 9999 range. It passes the checksum but
// is never issued to patients, so demo data cannot collide with a real person
// (NHS number ranges as documented in https://en.wikipedia.org/wiki/NHS_number).
const TEST_RANGE_PREFIX = '999';
// The 6 free digits after the prefix: the first 5 pick a block of 10 candidate numbers
// (last prefix digit 0–9); at most one of those 10 has an invalid check digit, so 9 always
// remain. 100 000 blocks x 9 choices = 900 000 distinct synthetic numbers.
const SYNTHETIC_BLOCKS = 100_000;
const SYNTHETIC_CHOICES_PER_BLOCK = 9;
const SYNTHETIC_CAPACITY = SYNTHETIC_BLOCKS * SYNTHETIC_CHOICES_PER_BLOCK;

/** Strips spaces and hyphens; returns the 10 digits, or null if what remains is not exactly 10 digits. */
export function normaliseNhsNumber(input: string): string | null {
  const compact = input.replace(SEPARATORS, '');
  return /^[0-9]{10}$/.test(compact) ? compact : null;
}

/**
 * The expected check digit for the first 9 digits, or null when the Modulus 11 result is 10,
 * which means no valid NHS number has those 9 digits.
 * NHS Data Dictionary, "NHS NUMBER" (https://www.datadictionary.nhs.uk/attributes/nhs_number.html):
 * weight digits 1–9 by 10 down to 2, sum, take the remainder mod 11, subtract from 11;
 * 11 becomes 0 and 10 is invalid.
 */
function checkDigitFor(firstNine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    sum += Number(firstNine.charAt(i)) * (10 - i);
  }
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** True when the input (spaces and hyphens allowed) is 10 digits with a matching Modulus 11 check digit. */
export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (digits === null) return false;
  const expected = checkDigitFor(digits.slice(0, 9));
  return expected !== null && expected === Number(digits.charAt(9));
}

/**
 * Formats as "999 123 4568" (3-3-4), the NHS display convention.
 * Input that is not 10 digits is returned unchanged, so a display never hides what was typed.
 */
export function formatNhsNumber(digits: string): string {
  const normalised = normaliseNhsNumber(digits);
  if (normalised === null) return digits;
  return `${normalised.slice(0, 3)} ${normalised.slice(3, 6)} ${normalised.slice(6)}`;
}

/** A user-facing error message for the input, or null when it is a valid NHS number. */
export function nhsNumberProblem(input: string): string | null {
  const digits = normaliseNhsNumber(input);
  if (digits === null) return NHS_NUMBER_PROBLEMS.length;
  return isValidNhsNumber(digits) ? null : NHS_NUMBER_PROBLEMS.checkDigit;
}

/**
 * A valid NHS number in the never-issued 999 test range, derived deterministically from a seed.
 * Seeds 0..899 999 give distinct numbers; other integers (including negatives) wrap into that range.
 */
export function syntheticNhsNumber(seed: number): string {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError('syntheticNhsNumber needs a safe integer seed');
  }
  const index = ((seed % SYNTHETIC_CAPACITY) + SYNTHETIC_CAPACITY) % SYNTHETIC_CAPACITY;
  const block = index % SYNTHETIC_BLOCKS;
  const choice = Math.floor(index / SYNTHETIC_BLOCKS);
  const stem = `${TEST_RANGE_PREFIX}${String(block).padStart(5, '0')}`;

  let seen = 0;
  for (let last = 0; last <= 9; last += 1) {
    const firstNine = `${stem}${String(last)}`;
    const check = checkDigitFor(firstNine);
    if (check === null) continue;
    if (seen === choice) return `${firstNine}${String(check)}`;
    seen += 1;
  }
  // Unreachable: changing the weight-2 digit moves the sum through 10 distinct residues mod 11,
  // so at most one of the 10 candidates is invalid and choice (0..8) is always found.
  throw new Error('syntheticNhsNumber: no valid candidate in block');
}

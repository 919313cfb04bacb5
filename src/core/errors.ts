// Typed errors, handled in one place by the web and API layers (ARCHITECTURE habit 4).
// Messages are written for users and never contain personal data.

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends AppError {}
export class Forbidden extends AppError {}
export class Unauthenticated extends AppError {}

export class ValidationError extends AppError {
  constructor(
    public readonly fields: FieldErrors,
    message = 'There is a problem with what was entered',
  ) {
    super(message);
  }
}

// A versioned row changed since the user loaded it: both versions go back to the user.
export class Conflict<T = unknown> extends AppError {
  constructor(
    message: string,
    public readonly current: T,
  ) {
    super(message);
  }
}

// A server fault's reference: shown to the user (page or API message) and logged with the fault, so that support can
// find the log line from what the user reads out (OWASP ASVS 7.4.1). Random, so it says nothing about the request; no
// 0/O or 1/I, so that it survives being read over the phone.
const REFERENCE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function errorReference(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  const chars = Array.from(bytes, (b) => REFERENCE_LETTERS[b % REFERENCE_LETTERS.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

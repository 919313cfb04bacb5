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

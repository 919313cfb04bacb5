/**
 * For afterAll: Vitest runs afterAll even when beforeAll failed, so a variable that beforeAll assigns may still be
 * unset there, whatever its declared type says (the tests themselves are skipped, so they can rely on it).
 * `await ifSet(app)?.close()` closes only what beforeAll got as far as opening.
 */
export const ifSet = <T>(value: T): T | undefined => value;

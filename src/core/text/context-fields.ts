import type { Context } from './context.ts';

// A module of its own, with no code behind it: the services store findings without loading ConText until a note is
// read (services/note-checks.ts).

/** A finding's context alone (a finding carries other fields), as stored and as the CLI prints it. */
export const contextFields = ({ negated, hypothetical, historical, experiencer }: Context): Context => ({ negated, hypothetical, historical, experiencer });

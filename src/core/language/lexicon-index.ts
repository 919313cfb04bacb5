import { LEXICON } from './lexicon.ts';
import { LANGUAGE_SOURCES } from './sources.ts';
import type { LexiconEntry } from './types.ts';

// Lexicon entries by id, with their source's title: for showing a stored finding after the fact.
export const LEXICON_BY_ID: ReadonlyMap<string, LexiconEntry & { sourceTitle: string }> = new Map(
  LEXICON.map((e) => [e.id, { ...e, sourceTitle: (LANGUAGE_SOURCES as Record<string, { title: string }>)[e.source]?.title ?? e.source }]),
);

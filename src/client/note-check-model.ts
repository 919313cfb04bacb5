// What the live note check shows and does, apart from the DOM (note-check.ts), so that it can be tested in Node.
import { reword, type RewordResult } from '../core/language/reword.ts';
import type { LanguageFinding } from '../core/language/types.ts';

/** Items with the same key, in the order their first item came. */
export type Group<T> = { key: string; items: T[] };

/** Groups items by key, keeping the order of first appearance: a long note repeats the same wording (a 10,000-character
 * note gave 207 cards, "promiscuous" 70 times), and one card per wording, with its count, is what can be read. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const key = keyOf(item);
    const g = groups.get(key);
    if (g) g.items.push(item);
    else groups.set(key, { key, items: [item] });
  }
  return [...groups.values()];
}

/** The wording findings one decision covers: the same lexicon entry (or classifier category) on the same words, inside
 * quotation marks or not. services/notes.ts recordLiveDecisions applies a decision to all of them. */
export const findingKey = (f: { entryId: string; text: string; quoted: boolean }): string => `${f.entryId}|${f.quoted ? 'q' : ''}|${f.text}`;

/** A sign's line: the same indicator on the same words, read the same way (case aside: "Drugs" and "drugs"). */
export const signKey = (s: { code: string; text: string }, reading: string): string => `${s.code}|${reading}|${s.text.toLowerCase()}`;

/** " (3 times)" after the words of a group of more than one, else nothing. */
export const timesLabel = (n: number): string => (n > 1 ? ` (${n} times)` : '');

/** "In the summary": which field a finding is in. `named` is the field's data-note-check value, if it gives one. */
export const whereLabel = (named: string, fieldName: string): string => `In ${named.trim() || `the ${fieldName}`}`;

type Span = { start: number; end: number; text: string };

/** The text with every span put in quotation marks (the child's own words, confirmed once for the whole group). */
export function quoteAll(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = `${out.slice(0, s.start)}“${out.slice(s.start, s.end)}”${out.slice(s.end)}`;
  return out;
}

/** The practitioner's wording in place of every span of a group, each checked in its own sentence by core's reword
 * rules; from the last span back, so that the earlier offsets still hold. The first refusal is the answer. */
export function rewordAll(
  text: string,
  spans: readonly Span[],
  ref: string,
  wording: string,
  guidance: readonly string[],
  check: (text: string) => readonly LanguageFinding[],
): RewordResult {
  let out = text;
  let last: RewordResult | undefined;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    last = reword(out, { start: s.start, end: s.end, ref }, wording, guidance, check);
    if (!last.ok) return last;
    out = last.text;
  }
  return last ?? { ok: false, error: 'Enter the new wording' };
}

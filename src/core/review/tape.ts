import type { LanguageHit, NoteFacts, NotScoredReason } from './note.ts';

// Compact storage of note facts: one growable Int32Array per person, with codes, phrases and referral ids interned
// as small integers. A review of 1,000,000 notes keeps tens of bytes per note instead of hundreds of bytes of objects
// (issue 4 "Measured": peak memory under 1 GiB).
//
// Layout per note: day, seq, nScored, (code << 1 | historical)*, nShown, (code << 2 | reason)*, nLanguage,
// (hit << 1 | quoted)*, nReferrals, referral*.

const REASONS: readonly NotScoredReason[] = ['negated', 'hypothetical', 'other'];

class Table<T> {
  private readonly index = new Map<string, number>();
  readonly values: T[] = [];
  id(key: string, value: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(key, i);
      this.values.push(value());
    }
    return i;
  }
}

/** The interning tables shared by every person's tape. */
export class FactTables {
  readonly codes = new Table<string>();
  readonly hits = new Table<Omit<LanguageHit, 'quoted'>>();
  readonly referrals = new Table<string>();
}

export class FactTape {
  private buf = new Int32Array(32);
  private len = 0;
  notes = 0;

  private push(v: number): void {
    if (this.len === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = v;
  }

  add(t: FactTables, day: number, seq: number, f: NoteFacts): void {
    this.notes++;
    this.push(day);
    this.push(seq);
    this.push(f.scored.length);
    for (const s of f.scored) this.push((t.codes.id(s.code, () => s.code) << 1) | (s.historical ? 1 : 0));
    this.push(f.shown.length);
    for (const s of f.shown) this.push((t.codes.id(s.code, () => s.code) << 2) | REASONS.indexOf(s.reason));
    this.push(f.language.length);
    for (const h of f.language) {
      const hit = t.hits.id(`${h.entryId}\u0000${h.category}\u0000${h.phrase}`, () => ({ entryId: h.entryId, category: h.category, phrase: h.phrase }));
      this.push((hit << 1) | (h.quoted ? 1 : 0));
    }
    this.push(f.referrals.length);
    for (const r of f.referrals) this.push(t.referrals.id(r, () => r));
  }

  /** The notes back as objects, in the order they were added. */
  *read(t: FactTables): Generator<{ day: number; seq: number; facts: NoteFacts }> {
    const b = this.buf;
    let i = 0;
    while (i < this.len) {
      const day = b[i++]!;
      const seq = b[i++]!;
      const scored = Array.from({ length: b[i++]! }, () => {
        const v = b[i++]!;
        return { code: t.codes.values[v >> 1]!, historical: (v & 1) === 1 };
      });
      const shown = Array.from({ length: b[i++]! }, () => {
        const v = b[i++]!;
        return { code: t.codes.values[v >> 2]!, reason: REASONS[v & 3]! };
      });
      const language = Array.from({ length: b[i++]! }, () => {
        const v = b[i++]!;
        return { ...t.hits.values[v >> 1]!, quoted: (v & 1) === 1 };
      });
      const referrals = Array.from({ length: b[i++]! }, () => t.referrals.values[b[i++]!]!);
      yield { day, seq, facts: { scored, shown, language, referrals } };
    }
  }
}

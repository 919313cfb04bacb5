import { prefixList } from '../text/vocab.ts';

// Notes that run every branch of the scanner, the matcher, ConText and the language cues once, before V8 optimises
// them. Optimised code has no path for a branch it never saw run: the first note that takes one (non-ASCII words,
// combining marks, emoji, a cue phrase, a year, a note longer than the scratch arrays) deoptimises the function and
// runs the rest of that note in the interpreter, which made the first analysis of a 100 KB adversarial note 5-20x
// slower than the next (issue 4: "a 100 KB adversarial note in < 50 ms").

const NOTES = [
  'Mr. Smith e.g. saw her at 3.5 hrs; No. 5 approx. 2 miles! Is she ok? Yes.\n\nNew paragraph\u2029next.',
  'She said “he is my boyfriend” and ‘she chose to go with them’. Her boyfriend who is 19 picked her up; my bf (aged 25).',
  "Mum's partner drinks heavily. Mum said she drinks. No concerns about drugs, cannabis or alcohol. Denies going missing.",
  'If she goes missing again she may be using. In 2019 she was previously excluded; on 12/03/2019 she was arrested.',
  'Café naïve cafe\u0301 Zoë. é. don’t county‐lines CAFÉ ПРИВЕТ мир. 東京 😀 𝐀𝐁 ß İstanbul — «quoted» "x" \'y\'.',
  'She is promiscuous, putting herself at risk, streetwise and sexually active with an older boyfriend aged 24 in his car.',
  'Picked up by older men in a car; went missing from home; found in a hotel with adults; new phone and money.',
  // Long sentences: triggers far before a finding, lists under one negation.
  `Mum ${'mum '.repeat(60)}drinks heavily and she went missing, no concerns about ${'drugs, cannabis, alcohol, older friends, missing, '.repeat(12)}.`,
];

/** Runs `analyse` over the warm-up notes (flat, non-internalized strings, as notes arrive from a file or database). */
export function warmUp(analyse: (text: string, opts?: { currentYear?: number }) => unknown): void {
  // Every prefix wildcard's prefix as a word, lower, capitalised and upper case (`promiscu*`: "Promiscuous").
  const prefixes = prefixList()
    .map((p) => `${p}x ${p[0]!.toUpperCase()}${p.slice(1)}x ${p.toUpperCase()}X`)
    .join(' ');
  for (const note of [...NOTES, prefixes]) {
    const text = note.split('').join('');
    analyse(text);
    analyse(text, { currentYear: 2025 });
  }
  // A note of more than 1,024 tokens (cheap ones): growing the scratch token arrays is a branch too.
  analyse(`${'x '.repeat(1100)}she went missing.`.split('').join(''));
}

// Notes figures for the benchmark (issue 4, "Measured, in npm run bench"): scanner throughput against a naive
// one-RegExp-per-pattern baseline, adversarial notes, end-to-end `lantern review` (reviewToDir) on 10k/100k/1M-note CSV files (each in a
// child process, for its own peak memory), and accuracy on the annotated evaluation set. No database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as analyseModule from '../src/core/language/analyse.ts';
import { scanAndMatch } from '../src/core/language/analyse.ts';
import { checkLanguage } from '../src/core/language/check.ts';
import { LEXICON } from '../src/core/language/lexicon.ts';
import type { LanguageFinding } from '../src/core/language/types.ts';
import { analyseNote as reviewNoteFacts, Interner } from '../src/core/review/note.ts';
import { CONTEXT_TRIGGERS } from '../src/core/text/context-triggers.ts';
import { INDICATOR_PHRASES } from '../src/core/text/indicator-phrases.ts';
import { findIndicators, type IndicatorFinding } from '../src/core/text/indicators.ts';
import { newTokenArrays, scanText } from '../src/core/text/tokenize.ts';
import { AUTO_THREADS_BYTES, defaultThreads } from '../src/services/review-run.ts';
import { TRAINING_COLLECTIONS } from '../scripts/language-classifier-training.ts';
import { evaluate } from '../test/fixtures/eval/evaluate.ts';
import type { Counts } from '../test/fixtures/eval/score.ts';
import type { EvalCollection } from '../test/fixtures/eval/load.ts';
import { noteTexts, rng, TEMPLATE_COUNTS, writeCorpusCsv } from './corpus.ts';
import type { ChildResult } from './review-child.ts';
import type { Section } from './report.ts';
import { fmtMs, fmtRatio, ratio } from './stats.ts';

export type NotesParams = {
  seed: number;
  scale: number;
  scanMB: number; // in-memory corpus for the throughput figure
  naiveMB: number; // the part of it the naive baseline runs over (it is slow)
  reviewRowMB: number; // the part of it the review's per-note analysis runs over (also slow)
  passes: number;
  adversarialKB: number;
  adversarialRuns: number;
  propertyInputs: number;
  reviewNotes: number[]; // ascending; the last one (1M) runs only when affordable, see maxProjectedSeconds
  maxProjectedSeconds: number;
};

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const CHILD = path.join(here, 'review-child.ts');
const SELF = fileURLToPath(import.meta.url);

// Key figures of this section start with one of these, so that a notes-only run can replace exactly its own bullets.
export const NOTES_SECTION_TITLE = 'Notes: language and indicator scanning, and retrospective review';
/**
 * The blind sets never tuned on (test/fixtures/eval/README.md), reported beside the test split: fresh38 (written blind
 * in session 22 by another new writer, scored before and after session 23's rounds; fresh35 before it) and fresh10, the
 * oldest never tuned on. A set held out for a next round (fresh39) is not scored here, so that benchmark runs do not wear
 * it out.
 */
const BLIND_SETS: readonly EvalCollection[] = ['fresh38', 'fresh10'];
const REVIEW_RUNS = 3;

const KEY = {
  scan: 'Note scanning',
  adversarial: 'Adversarial 100 KB notes',
  review: 'Retrospective review',
  accuracy: 'Note accuracy',
} as const;
export const ownsNotesKey = (line: string): boolean => Object.values(KEY).some((k) => line.startsWith(k));

const TARGET = { mbPerSec: 100, adversarialMs: 50, reviewMbPerSec: 30, reviewPeakMB: 1024, language: 0.9, indicators: 0.85 };

type Analysis = { language: readonly LanguageFinding[]; indicators: readonly IndicatorFinding[] };

// The combined one-pass analyser when core has one (analyse.ts; its name has been analyseText and analyseNote),
// else the two public checkers one after the other.
// The default threads of a large review on this machine, in words (services/review-run.ts defaultThreads).
function threadsText(): string {
  const t = defaultThreads(AUTO_THREADS_BYTES);
  return `${t.workers} worker thread${t.workers === 1 ? '' : 's'}${t.mainThreadHelps ? " and the engine's own thread" : ''}`;
}

function pickAnalyser(): { name: string; fn: (text: string) => Analysis } {
  const m = analyseModule as Readonly<Record<string, unknown>>;
  for (const name of ['analyseNote', 'analyseText']) {
    const f = m[name];
    if (typeof f === 'function') return { name: `${name} (src/core/language/analyse.ts)`, fn: f as (text: string) => Analysis };
  }
  return { name: 'checkLanguage + findIndicators', fn: (t) => ({ language: checkLanguage(t), indicators: findIndicators(t) }) };
}

// ---------------------------------------------------------------------------------------------------
// The naive baseline: the phrase grammar (src/core/text/matcher.ts) converted to one case-insensitive RegExp per
// pattern, with word boundaries. Alternatives become (?:a|b), `word*` a prefix, `*` one word, `[slot]` optional.
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_RE = "[\\w'’-]";

export function patternToRegExp(pattern: string): RegExp {
  let src = '';
  let started = false;
  for (const part of pattern.trim().split(/\s+/)) {
    const optional = part.length > 2 && part.startsWith('[') && part.endsWith(']');
    const body = optional ? part.slice(1, -1) : part;
    const alts = body.split('|').map((a) => (a === '*' ? `${WORD_RE}+` : a.endsWith('*') ? `${escapeRe(a.slice(0, -1))}${WORD_RE}*` : escapeRe(a)));
    const slot = `(?:${alts.join('|')})`;
    if (!started) {
      src += optional ? `(?:${slot}\\s+)?` : slot;
      started = !optional;
    } else src += optional ? `(?:\\s+${slot})?` : `\\s+${slot}`;
  }
  return new RegExp(`\\b${src}\\b`, 'gi');
}

export function naivePatterns(): { lexicon: number; cues: number; indicators: number; triggers: number; regexps: RegExp[] } {
  const lexicon = new Set(LEXICON.flatMap((e) => e.patterns));
  const cues = new Set(LEXICON.flatMap((e) => [...(e.requiresNear ?? []), ...(e.unlessNear ?? [])]));
  const indicators = new Set(INDICATOR_PHRASES.flatMap((e) => e.patterns));
  const triggers = new Set(CONTEXT_TRIGGERS.flatMap((e) => e.patterns));
  const all = new Set([...lexicon, ...cues, ...indicators, ...triggers]);
  return { lexicon: lexicon.size, cues: cues.size, indicators: indicators.size, triggers: triggers.size, regexps: [...all].map(patternToRegExp) };
}

export function naiveScan(regexps: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of regexps) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Adversarial inputs: each exactly `len` UTF-16 code units (never ending in half a surrogate pair).
function fill(unit: string, len: number): string {
  let s = unit.repeat(Math.ceil(len / unit.length)).slice(0, len);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1) + 'x';
  return s;
}

function randomUnicode(r: () => number, len: number): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e], // ASCII
    [0xc0, 0x24f], // Latin with diacritics
    [0x300, 0x36f], // combining marks
    [0x391, 0x3c9], // Greek
    [0x400, 0x44f], // Cyrillic
    [0x600, 0x6ff], // Arabic
    [0x2010, 0x2027], // dashes, quotes, bullets
    [0x4e00, 0x4fff], // CJK
    [0x1f300, 0x1f64f], // emoji (astral: surrogate pairs)
    [0x200b, 0x200d], // zero-width space and joiners
  ];
  let s = '';
  while (s.length < len) {
    const [lo, hi] = ranges[Math.floor(r() * ranges.length)]!;
    s += String.fromCodePoint(lo + Math.floor(r() * (hi - lo + 1)));
    if (r() < 0.15) s += ' ';
  }
  return fill(s, len);
}

export function adversarialInputs(len: number, sentences: readonly string[]): { name: string; text: string }[] {
  const r = rng(4004);
  const oneSentence = sentences.join(' ').replace(/[.;!?]/g, ',');
  return [
    { name: 'one letter repeated (one huge word)', text: fill('a', len) },
    { name: '`promiscu` + one huge word (prefix pattern)', text: 'promiscu' + fill('o', len - 8) },
    { name: 'one huge hyphenated word', text: fill('county-lines-', len) },
    { name: 'spaces only', text: fill(' ', len) },
    { name: 'full stops only', text: fill('.', len) },
    { name: 'newlines only (blank lines)', text: fill('\n', len) },
    { name: '`"` repeated', text: fill('"', len) },
    { name: '`"\'` alternating', text: fill(`"'`, len) },
    { name: 'unclosed quotes with words', text: fill('"she said ‘he is my boyfriend ', len) },
    { name: '`she went missing` repeated', text: fill('she went missing ', len) },
    { name: '`putting herself at risk` repeated', text: fill('putting herself at risk ', len) },
    { name: '`no concerns about` + one long list', text: 'No concerns about ' + fill('drugs, cannabis, alcohol, older friends, missing, ', len - 18) },
    { name: 'trigger words repeated, no sentence end', text: fill('no not never if may previously denies mum said ', len) },
    { name: '`mum mum …` then a finding', text: fill('mum ', len - 16) + 'drinks heavily. ' },
    { name: '`picked up by` repeated (never completes)', text: fill('picked up by ', len) },
    { name: 'a label and a clause opener repeated (`slag;this;`)', text: fill('slag;this;', len) },
    { name: 'a choice and a next clause repeated', text: fill('she chose to go with the men; this is a concern; ', len) },
    { name: 'realistic notes run into one sentence', text: fill(oneSentence + ', ', len) },
    { name: 'random Unicode (seeded)', text: randomUnicode(r, len) },
  ];
}

// Property test: generated 100 KB inputs mixing vocabulary from every pattern, punctuation, quotes and Unicode.
export function propertyInputs(count: number, len: number, seed: number): string[] {
  const vocab = [
    ...new Set(
      [...LEXICON.flatMap((e) => e.patterns), ...INDICATOR_PHRASES.flatMap((e) => e.patterns), ...CONTEXT_TRIGGERS.flatMap((e) => e.patterns)]
        .flatMap((p) => p.split(/[\s|[\]]+/))
        .map((w) => w.replace(/\*$/, ''))
        .filter((w) => w.length > 0),
    ),
  ];
  const punct = ['.', ',', ';', '!', '?', '"', "'", '“', '”', '‘', '’', '-', '\n', '\n\n', '(', ')', ':', '…', '2019', 'No.', 'e.g.'];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const r = rng(seed + k);
    const pPunct = r() * 0.4;
    const pUnicode = r() * 0.1;
    const pRepeat = r() * 0.5; // repeat the previous word: long runs of the same trigger or indicator
    const parts: string[] = [];
    let size = 0;
    let prev = 'no';
    while (size < len) {
      const u = r();
      let w: string;
      if (u < pPunct) w = punct[Math.floor(r() * punct.length)]!;
      else if (u < pPunct + pUnicode) w = randomUnicode(r, 1 + Math.floor(r() * 12));
      else if (u < pPunct + pUnicode + pRepeat) w = prev;
      else w = vocab[Math.floor(r() * vocab.length)]!;
      prev = w;
      const sep = r() < 0.9 ? ' ' : '';
      parts.push(w, sep);
      size += w.length + sep.length;
    }
    out.push(fill(parts.join(''), len));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
const n0 = (x: number) => Math.round(x).toLocaleString('en-GB');
const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const fmtS = (ms: number) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`);
const fmtP = (x: number) => x.toFixed(2);

function runChild(mode: ChildResult['mode'], file: string, active: Set<ReturnType<typeof spawn>>, outDir?: string): Promise<ChildResult & { wallMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cp = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, file, ...(outDir ? [outDir] : [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    active.add(cp);
    let stdout = '';
    let stderr = '';
    cp.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    cp.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    cp.on('error', (e) => {
      active.delete(cp);
      reject(e);
    });
    cp.on('close', (code) => {
      active.delete(cp);
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`review-child ${mode} exited with ${code}: ${stderr.trim().slice(-2000)}`));
      else resolve({ ...(JSON.parse(line) as ChildResult), wallMs: performance.now() - t0 });
    });
  });
}

type Pass = { name: string; fn: (text: string) => number; texts: readonly string[]; bytes: number };

// ---------------------------------------------------------------------------------------------------
// The in-memory part of the section (adversarial notes, the corpus, the scanner passes) runs in a child process of its
// own: `node --allow-natives-syntax --import tsx bench/notes.ts --in-memory '<params>'` (see the end of this file).
// Why: so that nothing else loaded in the benchmark's process can change the figures. It did: bench/run.ts imports the
// web app, and nunjucks' SafeString (`Object.create(String.prototype, …)`) left String.prototype in V8's slow
// dictionary mode, where optimised code stops inlining `charCodeAt`, `slice`, `toLowerCase` …: a bare `charCodeAt` loop
// ran at about 90 MB/s instead of 450-750, and the full analysis at about half its speed. src/web/nunjucks.ts now makes
// it fast again at load; the child reports V8's own answer (`stringPrototypeFast`).
type AdvRow = {
  name: string;
  worst: number;
  med: number;
  first: number;
  warmWorst: number;
  findings: number;
  publicWorst: number; // checkLanguage and findIndicators, the calls the note editor, the API and the CLI make
  naiveMs: number;
  loopMs: number;
};
type Tally = {
  language: number;
  quoted: number;
  indicators: number;
  negated: number;
  hypothetical: number;
  historical: number;
  other: number;
  checksum: number;
};
export type InMemoryFigures = {
  analyserName: string;
  stringPrototypeFast: boolean | undefined; // undefined: not known (started without --allow-natives-syntax)
  naive: { lexicon: number; cues: number; indicators: number; triggers: number; patterns: number };
  len: number;
  advCount: number;
  propCount: number;
  advRows: AdvRow[];
  propWorst: number;
  propMedian: number;
  propFindings: number;
  propFirstWorst: number;
  propWarmWorst: number;
  warmWorstAll: number;
  worstAdv: AdvRow;
  worstAll: number;
  corpus: { notes: number; bytes: number };
  genMs: number;
  deterministic: boolean;
  avgNote: number;
  naiveBytes: number;
  reviewBytes: number;
  passes: { name: string; bytes: number; notes: number }[];
  times: number[][];
  tally: Tally;
  sameFindings: boolean;
  naiveMatches: number;
};

// V8's own answer, when the process allows natives syntax (the child is started with it); read through Function so
// that the file still parses without the flag.
function stringPrototypeIsFast(): boolean | undefined {
  try {
    return Boolean(new Function('o', 'return %HasFastProperties(o)')(String.prototype));
  } catch {
    return undefined;
  }
}

export async function inMemoryFigures(p: NotesParams, log: (m: string) => void): Promise<InMemoryFigures> {
  const analyser = pickAnalyser();
  const naive = naivePatterns();
  let sink = 0;
  const warmCorpus = noteTexts(p.seed + 1, 1e6);
  for (const x of warmCorpus.texts) sink += analyser.fn(x).indicators.length;
  // -- 1. Adversarial notes, first, on a small heap (the 50 MB corpus would make every major GC pause longer), after
  // warming the analyser up on 1 MB of notes.
  const len = p.adversarialKB * 1024;
  const adv = adversarialInputs(len, warmCorpus.texts.slice(0, 200));
  const props = propertyInputs(p.propertyInputs, len, p.seed + 1);
  log(`   adversarial: ${adv.length} crafted + ${props.length} generated inputs of ${p.adversarialKB} KB, ${p.adversarialRuns} runs each`);
  const timeOne = (text: string): { ms: number[]; findings: number } => {
    sink += analyser.fn(text.slice(0, 1024)).indicators.length; // warm-up on the first 1 KB
    const ms: number[] = [];
    let findings = 0;
    for (let i = 0; i < p.adversarialRuns; i++) {
      const t0 = performance.now();
      const a = analyser.fn(text);
      ms.push(performance.now() - t0);
      findings = a.language.length + a.indicators.length;
    }
    return { ms, findings };
  };
  // The two public calls, each scanning the note (their own code paths: cue windows instead of the combined walk).
  const timePublic = (text: string): number => {
    const head = text.slice(0, 1024);
    sink += checkLanguage(head).length + findIndicators(head).length;
    let worst = 0;
    for (let i = 0; i < p.adversarialRuns; i++) {
      const t0 = performance.now();
      sink += checkLanguage(text).length + findIndicators(text).length;
      worst = Math.max(worst, performance.now() - t0);
    }
    return worst;
  };
  const advRows = adv.map((a) => {
    const r = timeOne(a.text);
    const t0 = performance.now();
    sink += naiveScan(naive.regexps, a.text);
    const naiveMs = performance.now() - t0;
    const t1 = performance.now();
    let h = 0;
    for (let i = 0; i < a.text.length; i++) h = (h + a.text.charCodeAt(i)) | 0;
    sink += h;
    return {
      name: a.name,
      worst: Math.max(...r.ms),
      med: median(r.ms),
      first: r.ms[0]!,
      warmWorst: Math.max(...r.ms.slice(1)),
      findings: r.findings,
      publicWorst: 0, // below, after every input's analysis
      naiveMs,
      loopMs: performance.now() - t1,
    };
  });
  const propTimes = props.map((x) => timeOne(x));
  // The public calls last, in a pass of their own: interleaved with the analyser's runs they made its first runs slower
  // (the shared scanner and cue code then sees other matchers between them).
  for (let k = 0; k < adv.length; k++) advRows[k]!.publicWorst = timePublic(adv[k]!.text);
  const propWorst = Math.max(...propTimes.map((x) => Math.max(...x.ms)));
  const propMedian = median(propTimes.map((x) => median(x.ms)));
  const propFindings = median(propTimes.map((x) => x.findings));
  const propFirstWorst = Math.max(...propTimes.map((x) => x.ms[0]!));
  const propWarmWorst = Math.max(...propTimes.map((x) => Math.max(...x.ms.slice(1))));
  const warmWorstAll = Math.max(propWarmWorst, ...advRows.map((a) => a.warmWorst));
  const worstAdv = advRows.reduce((a, b) => (b.worst > a.worst ? b : a));
  const worstAll = Math.max(worstAdv.worst, propWorst);
  const meetsAdv = worstAll < TARGET.adversarialMs && Math.max(...advRows.map((a) => a.publicWorst)) < TARGET.adversarialMs;
  log(
    `   adversarial worst ${fmtMs(worstAdv.worst)} (${worstAdv.name}); generated inputs worst ${fmtMs(propWorst)}; target < ${TARGET.adversarialMs} ms: ${meetsAdv ? 'met' : 'NOT met'}`,
  );

  // -- 2. The corpus, in memory: generation rate and determinism.
  log(`   generating ${p.scanMB} MB of synthetic notes in memory (seed ${p.seed})`);
  const t = performance.now();
  const corpus = noteTexts(p.seed, p.scanMB * 1e6);
  const genMs = performance.now() - t;
  const again = noteTexts(p.seed, 1e6);
  const deterministic = again.texts.every((x, i) => x === corpus.texts[i]);
  const avgNote = corpus.bytes / corpus.texts.length;
  log(`   ${n0(corpus.texts.length)} notes, ${f1(corpus.bytes / 1e6)} MB (${f1(avgNote)} bytes a note), generated at ${f1(mbps(corpus.bytes, genMs))} MB/s`);
  const take = (mb: number): { texts: string[]; bytes: number } => {
    const texts: string[] = [];
    let bytes = 0;
    for (const x of corpus.texts) {
      if (bytes >= mb * 1e6) break;
      texts.push(x);
      bytes += Buffer.byteLength(x);
    }
    return { texts, bytes };
  };
  const naiveSet = take(p.naiveMB);
  const naiveBytes = naiveSet.bytes;
  const reviewSet = take(p.reviewRowMB);

  // -- 3. Scanner throughput: interleaved passes over the same notes.
  const tally: Tally = { language: 0, quoted: 0, indicators: 0, negated: 0, hypothetical: 0, historical: 0, other: 0, checksum: 0 };
  let separateChecksum = 0;
  let separateCount = 0;
  let naiveMatches = 0;
  const ta = newTokenArrays(1024);
  let interner = new Interner();
  const passes: Pass[] = [
    {
      name: `Full analysis: ${analyser.name}`,
      texts: corpus.texts,
      bytes: corpus.bytes,
      fn: (x) => {
        const a = analyser.fn(x);
        let sum = 0;
        for (const f of a.language) {
          tally.language++;
          if (f.quoted) tally.quoted++;
          sum += f.start * 7 + f.end;
        }
        for (const f of a.indicators) {
          tally.indicators++;
          if (f.negated) tally.negated++;
          if (f.hypothetical) tally.hypothetical++;
          if (f.historical) tally.historical++;
          if (f.experiencer === 'other') tally.other++;
          sum += f.start * 3 + f.end;
        }
        tally.checksum += sum;
        return sum;
      },
    },
    {
      name: 'checkLanguage + findIndicators (two public calls, two scans)',
      texts: corpus.texts,
      bytes: corpus.bytes,
      fn: (x) => {
        let sum = 0;
        const l = checkLanguage(x);
        const ind = findIndicators(x);
        for (const f of l) sum += f.start * 7 + f.end;
        for (const f of ind) sum += f.start * 3 + f.end;
        separateCount += l.length + ind.length;
        separateChecksum += sum;
        return sum;
      },
    },
    {
      name: 'The review’s per-note analysis (src/core/review/note.ts `analyseNote`: analyseText, then referrals on the same fast path)',
      texts: reviewSet.texts,
      bytes: reviewSet.bytes,
      fn: (x) => {
        const f = reviewNoteFacts(x, interner);
        return f.scored.length + f.shown.length + f.language.length + f.referrals.length;
      },
    },
    { name: 'Tokenization only (`scanText` into token arrays, no matching)', texts: corpus.texts, bytes: corpus.bytes, fn: (x) => scanText(x, ta).n },
    {
      name: 'Tokenization and matching only (analyse.ts `scanAndMatch`: the scan and the one walk of every pattern, trigger and cue; no ConText, no checks)',
      texts: corpus.texts,
      bytes: corpus.bytes,
      fn: (x) => scanAndMatch(x),
    },
    {
      name: `Baseline: naive, one RegExp per pattern (${n0(naive.regexps.length)} RegExps)`,
      texts: naiveSet.texts,
      bytes: naiveSet.bytes,
      fn: (x) => {
        const n = naiveScan(naive.regexps, x);
        naiveMatches += n;
        return n;
      },
    },
    {
      name: 'Ceiling: bare `charCodeAt` loop over the characters',
      texts: corpus.texts,
      bytes: corpus.bytes,
      fn: (x) => {
        let h = 0;
        for (let i = 0; i < x.length; i++) h = (h + x.charCodeAt(i)) | 0;
        return h;
      },
    },
  ];
  const warm = corpus.texts.slice(0, Math.min(corpus.texts.length, 5000));
  for (const ps of passes) for (const x of ps === passes[4] ? warm.slice(0, 200) : warm) sink += ps.fn(x);
  const times: number[][] = passes.map(() => []);
  log(`   scanner throughput: ${p.passes} interleaved passes over ${f1(corpus.bytes / 1e6)} MB (naive baseline over ${f1(naiveBytes / 1e6)} MB)`);
  // Findings are counted over the measured passes only.
  for (const k of Object.keys(tally) as (keyof typeof tally)[]) tally[k] = 0;
  separateChecksum = 0;
  separateCount = 0;
  naiveMatches = 0;
  for (let r = 0; r < p.passes; r++) {
    passes.forEach((ps, k) => {
      if (ps.name.startsWith('The review')) interner = new Interner();
      const t0 = performance.now();
      for (const x of ps.texts) sink += ps.fn(x);
      times[k]!.push(performance.now() - t0);
    });
    log(`   pass ${r + 1}: ${passes.map((ps, k) => `${f1(mbps(ps.bytes, times[k]![r]!))}`).join(' / ')} MB/s`);
  }
  const rate = passes.map((ps, k) => mbps(ps.bytes, median(times[k]!)));
  const [full, separate, review, tokenOnly, scanMatch, naiveRate, ceiling] = rate as [number, number, number, number, number, number, number];
  const sameFindings = separateChecksum === tally.checksum && separateCount === tally.language + tally.indicators;
  const meetsScan = full >= TARGET.mbPerSec;
  log(
    `   full ${f1(full)} MB/s (target ${TARGET.mbPerSec}: ${meetsScan ? 'met' : 'NOT met'}), separate ${f1(separate)}, review per-note ${f1(review)}, tokenize ${f1(tokenOnly)}, tokenize and match ${f1(scanMatch)}, naive ${f1(naiveRate)}, ceiling ${f1(ceiling)}`,
  );
  if (sink === 0.5) log('(unreachable: keeps the results observable)');
  return {
    analyserName: analyser.name,
    stringPrototypeFast: stringPrototypeIsFast(),
    naive: { lexicon: naive.lexicon, cues: naive.cues, indicators: naive.indicators, triggers: naive.triggers, patterns: naive.regexps.length },
    len,
    advCount: adv.length,
    propCount: props.length,
    advRows,
    propWorst,
    propMedian,
    propFindings,
    propFirstWorst,
    propWarmWorst,
    warmWorstAll,
    worstAdv,
    worstAll,
    corpus: { notes: corpus.texts.length, bytes: corpus.bytes },
    genMs,
    deterministic,
    avgNote,
    naiveBytes,
    reviewBytes: reviewSet.bytes,
    passes: passes.map((ps) => ({ name: ps.name, bytes: ps.bytes, notes: ps.texts.length })),
    times,
    tally,
    sameFindings,
    naiveMatches,
  };
}

// Runs inMemoryFigures in a fresh child process (why: above), relaying its log lines.
function runInMemoryChild(p: NotesParams, log: (m: string) => void): Promise<InMemoryFigures> {
  return new Promise((resolve, reject) => {
    const args = ['--allow-natives-syntax', '--import', 'tsx', SELF, '--in-memory', JSON.stringify(p)];
    const cp = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    cp.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    cp.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const lines = (partial + d).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) log(line);
    });
    cp.on('error', reject);
    cp.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`notes in-memory child exited with ${code}: ${stderr.trim().slice(-2000)}`));
      else resolve(JSON.parse(line) as InMemoryFigures);
    });
  });
}

// ---------------------------------------------------------------------------------------------------
export async function notesFigures(p: NotesParams, log: (m: string) => void): Promise<{ section: Section; keys: string[] }> {
  const loadStart = os.loadavg()[0]!;
  const startedAt = performance.now();

  log(`7. notes: ${p.adversarialKB} KB adversarial notes, then ${p.scanMB} MB of notes in memory (both in a child process), then review runs`);
  const m = await runInMemoryChild(p, log);
  const { naive, len, advRows, propWorst, propMedian, propFindings, propFirstWorst, propWarmWorst, warmWorstAll, worstAdv, worstAll } = m;
  const { corpus, genMs, deterministic, avgNote, naiveBytes, passes, times, tally, sameFindings, naiveMatches } = m;
  const meetsAdv = worstAll < TARGET.adversarialMs && Math.max(...advRows.map((a) => a.publicWorst)) < TARGET.adversarialMs;
  const rate = passes.map((ps, k) => mbps(ps.bytes, median(times[k]!)));
  const [full, separate, review, tokenOnly, scanMatch, naiveRate, ceiling] = rate as [number, number, number, number, number, number, number];
  const per = (x: number) => x / p.passes;
  // The rate of the work after the match alone: the full analysis's time per MB less the scan and match's.
  const afterMatch = 1 / Math.max(1e-9, 1 / full - 1 / scanMatch);
  const meetsScan = full >= TARGET.mbPerSec;
  let t = 0;

  // -- 4. End-to-end review (reviewToDir, reports included) on CSV files, each measurement in its own child process.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-notes-'));
  const active = new Set<ReturnType<typeof spawn>>();
  const cleanup = () => {
    for (const cp of active) cp.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  type SizeRun = { notes: number; bytes: number; genMs: number; read: ChildResult; parse: ChildResult; review: ChildResult & { wallMs: number } };
  const runs: SizeRun[] = [];
  let skipped: { notes: number; bytes: number; projectedMs: number; projectedParseMs: number } | undefined;
  try {
    for (const [i, notes] of p.reviewNotes.entries()) {
      const last = runs[runs.length - 1];
      if (i === p.reviewNotes.length - 1 && last) {
        const bytes = (last.bytes / last.notes) * notes;
        const projectedMs = (last.review.ms / last.bytes) * bytes;
        const projectedParseMs = (last.parse.ms / last.bytes) * bytes;
        if (projectedMs > p.maxProjectedSeconds * 1000 && p.scale < 2) {
          skipped = { notes, bytes, projectedMs, projectedParseMs };
          log(
            `   ${n0(notes)} notes: projected ${fmtS(projectedMs)} for the review at the ${n0(last.notes)}-note rate, over ${p.maxProjectedSeconds} s: skipped (LANTERN_BENCH_SCALE >= 2 runs it)`,
          );
          break;
        }
      }
      const file = path.join(dir, `notes-${notes}.csv`);
      t = performance.now();
      const w = await writeCorpusCsv(file, { seed: p.seed, notes, badEvery: 20_000 });
      const gMs = performance.now() - t;
      // On disk before any timing, so that writing it back does not share the disk and the CPU with a measured run.
      const fd = fs.openSync(file, 'r+');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      log(`   ${n0(notes)} notes: wrote ${f1(w.bytes / 1e6)} MB of CSV in ${fmtS(gMs)}; reading, parsing, reviewing in child processes`);
      const read = await runChild('read', file, active);
      const parse = await runChild('parse', file, active);
      const out = path.join(dir, `report-${notes}`);
      // The review's figure is the median of REVIEW_RUNS runs: a single run on a shared 2-core machine swings by 10%.
      const reviews: (ChildResult & { wallMs: number })[] = [];
      for (let k = 0; k < REVIEW_RUNS; k++) {
        reviews.push(await runChild('review', file, active, out));
        fs.rmSync(out, { recursive: true, force: true });
      }
      // Its peak memory is the highest of the runs, as the limit applies to every run.
      const rev = { ...[...reviews].sort((a, b) => a.ms - b.ms)[REVIEW_RUNS >> 1]!, maxRssMB: Math.max(...reviews.map((r) => r.maxRssMB)) };
      log(`   ${n0(notes)} notes: review runs ${reviews.map((r) => fmtS(r.ms)).join(', ')}`);
      fs.rmSync(file, { force: true });
      runs.push({ notes, bytes: w.bytes, genMs: gMs, read, parse, review: rev });
      log(
        `   ${n0(notes)} notes: review ${fmtS(rev.ms)} (${f1(mbps(w.bytes, rev.ms))} MB/s, peak ${n0(rev.maxRssMB)} MB, ${n0(rev.people)} people, ${rev.badRows} bad rows), report ${fmtS(rev.reportMs)}; parse baseline ${fmtS(parse.ms)} (${f1(mbps(w.bytes, parse.ms))} MB/s); read ${fmtS(read.ms)}`,
      );
    }
  } finally {
    cleanup();
    process.off('exit', cleanup);
  }

  // -- 5. Accuracy on the annotated evaluation set.
  log('   accuracy: evaluate("test") and evaluate("dev"), and the blind sets');
  const test = evaluate('test');
  const dev = evaluate('dev');
  // Written by authors who read no code, lexicon or other sentence file (test/fixtures/eval/README.md); aggregates only.
  const blind = BLIND_SETS.map((set) => ({ set, e: evaluate('all', set) }));
  // As `lantern check-language` and `lantern indicators` show a note: with the sentence classifiers' possible findings.
  const shown = [
    { set: 'test split', e: evaluate('test', 'main', { classifier: true }) },
    ...BLIND_SETS.filter((set) => !(TRAINING_COLLECTIONS as readonly string[]).includes(set)).map((set) => ({
      set,
      e: evaluate('all', set, { classifier: true }),
    })),
  ];
  const loadEnd = os.loadavg()[0]!;
  const sectionSeconds = (performance.now() - startedAt) / 1000;

  // -- Report
  const scanRows: string[][] = passes.map((ps, k) => [
    ps.name,
    f1(ps.bytes / 1e6),
    n0(ps.notes),
    ...times[k]!.map((ms) => fmtMs(ms)),
    f1(rate[k]!),
    k === 0 ? '1×' : fmtRatio(ratio(full, rate[k]!)),
  ]);
  const advTableRows: string[][] = [
    ...advRows.map((a) => [
      a.name,
      fmtMs(a.med),
      fmtMs(a.worst),
      fmtMs(a.first),
      fmtMs(a.warmWorst),
      n0(a.findings),
      fmtMs(a.publicWorst),
      fmtMs(a.naiveMs),
      fmtMs(a.loopMs),
    ]),
    [
      `Generated inputs (property test, ${m.propCount} seeded)`,
      fmtMs(propMedian),
      fmtMs(propWorst),
      fmtMs(propFirstWorst),
      fmtMs(propWarmWorst),
      `${n0(propFindings)} (median)`,
      '—',
      '—',
      '—',
    ],
  ];
  const last = runs[runs.length - 1];
  const reviewRows: string[][] = runs.map((r, i) => {
    const prev = runs[i - 1];
    return [
      n0(r.notes),
      f1(r.bytes / 1e6),
      n0(r.review.people),
      fmtS(r.review.ms),
      f1(mbps(r.bytes, r.review.ms)),
      ((r.review.ms * 1000) / r.notes).toFixed(1),
      prev ? fmtRatio(ratio(r.review.ms, prev.review.ms)) : '—',
      n0(r.review.maxRssMB),
      fmtS(r.review.reportMs),
      f1(mbps(r.bytes, r.parse.ms)),
      n0(r.parse.maxRssMB),
      f1(mbps(r.bytes, r.read.ms)),
      fmtRatio(ratio(r.review.ms, r.parse.ms)),
    ];
  });
  if (skipped)
    reviewRows.push([
      n0(skipped.notes),
      `~${f1(skipped.bytes / 1e6)}`,
      '—',
      `~${fmtS(skipped.projectedMs)} (projected)`,
      last ? `~${f1(mbps(last.bytes, last.review.ms))} (projected)` : '—',
      '—',
      '—',
      'not measured',
      '—',
      '—',
      '—',
      '—',
      '—',
    ]);
  const accTable = (kind: 'language' | 'indicators'): string[][] => {
    const target = kind === 'language' ? TARGET.language : TARGET.indicators;
    const ts = test[kind];
    const ds = dev[kind];
    const row = (label: string, a: Counts, b: Counts | undefined, withTarget: boolean): string[] => [
      label,
      n0(a.tp + a.fn),
      fmtP(a.precision),
      fmtP(a.recall),
      fmtP(a.f1),
      b ? `${fmtP(b.precision)} / ${fmtP(b.recall)} / ${fmtP(b.f1)}` : '—',
      withTarget ? (a.precision >= target && a.recall >= target ? 'met' : 'not met') : '—',
    ];
    const byCat = ts.byCategory as Readonly<Record<string, Counts>>;
    const devCat = ds.byCategory as Readonly<Record<string, Counts | undefined>>;
    const byFlag = ts.byFlag as Readonly<Record<string, Counts>>;
    const devFlag = ds.byFlag as Readonly<Record<string, Counts | undefined>>;
    return [
      row('**overall**', ts.overall, ds.overall, true),
      ...Object.entries(byCat).map(([k, c]) => row(`\`${k}\``, c, devCat[k], true)),
      ...Object.entries(byFlag).map(([k, c]) => row(`flag \`${k}\``, c, devFlag[k], false)),
    ];
  };
  const accHeader = (kind: string) => [
    kind,
    'test: expected',
    'test P',
    'test R',
    'test F1',
    'dev P / R / F1 (tuned on)',
    `target (test P and R ≥ ${kind === 'Language' ? TARGET.language : TARGET.indicators})`,
  ];
  const lang = test.language.overall;
  const ind = test.indicators.overall;
  const blindText = blind
    .map(
      ({ set, e }) =>
        `blind set ${set}: language ${fmtP(e.language.overall.precision)} / ${fmtP(e.language.overall.recall)}, indicators ${fmtP(e.indicators.overall.precision)} / ${fmtP(e.indicators.overall.recall)}`,
    )
    .join('; ');
  // Only sets the classifier was not trained on (scripts/language-classifier-training.ts TRAINING_COLLECTIONS).
  const shownText = `${shown.map(({ set, e }) => `${set}: language ${fmtP(e.language.overall.precision)} / ${fmtP(e.language.overall.recall)}, indicators ${fmtP(e.indicators.overall.precision)} / ${fmtP(e.indicators.overall.recall)}`).join('; ')}, on the sets the classifiers were not trained on`;
  const meetsLang = lang.precision >= TARGET.language && lang.recall >= TARGET.language;
  const meetsInd = ind.precision >= TARGET.indicators && ind.recall >= TARGET.indicators;
  const reviewVerdict = (r: SizeRun) =>
    `${mbps(r.bytes, r.review.ms) >= TARGET.reviewMbPerSec ? 'meets' : 'misses'} ${TARGET.reviewMbPerSec} MB/s, ${r.review.maxRssMB < TARGET.reviewPeakMB ? 'within' : 'over'} 1 GiB`;
  const growth =
    runs.length >= 2
      ? runs
          .slice(1)
          .map(
            (r, i) =>
              `${fmtRatio(ratio(r.review.ms, runs[i]!.review.ms))} the time for ${fmtRatio(ratio(r.notes, runs[i]!.notes))} the notes (${n0(runs[i]!.notes)} → ${n0(r.notes)})`,
          )
      : [];

  const keys = [
    `${KEY.scan} (full analysis with ConText, one core, in a fresh child process): ${f1(full)} MB/s over ${f1(corpus.bytes / 1e6)} MB of synthetic notes — ${fmtRatio(ratio(full, naiveRate))} the naive one-RegExp-per-pattern baseline (${f1(naiveRate)} MB/s, ${n0(naive.patterns)} RegExps); bare character loop ${f1(ceiling)} MB/s. Where the time goes: tokenization alone ${f1(tokenOnly)} MB/s, tokenization and matching ${f1(scanMatch)} MB/s, so what follows the match (ConText, cues, the checkers' decisions, the findings) would run at ${f1(afterMatch)} MB/s on its own${afterMatch < TARGET.mbPerSec ? ': even with tokenization and matching free the analysis could not reach the target' : ''}. Target ≥ ${TARGET.mbPerSec} MB/s: **${meetsScan ? 'met' : 'not met'}**.`,
    `${KEY.adversarial}: worst ${fmtMs(worstAll)} per note (${fmtMs(warmWorstAll)} leaving out each input's first, cold run) over ${m.advCount} crafted and ${m.propCount} generated inputs (${worstAdv.worst >= propWorst ? worstAdv.name : 'a generated input'}); the two public calls (checkLanguage and findIndicators) on the crafted inputs: worst ${fmtMs(Math.max(...advRows.map((a) => a.publicWorst)))}; target < ${TARGET.adversarialMs} ms: **${meetsAdv ? 'met' : 'not met'}**.`,
    `${KEY.review} (\`reviewToDir\`, the engine of \`lantern review\`, reports included, CSV, own process, from ${AUTO_THREADS_BYTES / 1024 ** 2} MB ${threadsText()}): ${runs.map((r) => `${n0(r.notes)} notes ${f1(mbps(r.bytes, r.review.ms))} MB/s, peak ${n0(r.review.maxRssMB)} MB`).join('; ')}${skipped ? `; ${n0(skipped.notes)} notes not run at this scale (projected ~${fmtS(skipped.projectedMs)})` : ''}. Target ≥ ${TARGET.reviewMbPerSec} MB/s and < 1 GiB: **${last && mbps(last.bytes, last.review.ms) >= TARGET.reviewMbPerSec && runs.every((r) => r.review.maxRssMB < TARGET.reviewPeakMB) ? 'met' : 'not met'}**${skipped ? ' at the sizes measured' : ''}.`,
    `${KEY.accuracy} (held-out test split): language P ${fmtP(lang.precision)} / R ${fmtP(lang.recall)} (target 0.9: ${meetsLang ? 'met' : 'not met'}), indicators P ${fmtP(ind.precision)} / R ${fmtP(ind.recall)} (target 0.85: ${meetsInd ? 'met' : 'not met'}); ${blindText}; with the sentence classifiers' possible findings and signs, as \`lantern check-language\` and \`lantern indicators\` show a note: ${shownText}.`,
  ];

  const section: Section = {
    title: NOTES_SECTION_TITLE,
    method: [
      `No database: everything here runs in Node on ${os.cpus()[0]?.model ?? 'this CPU'} (${os.availableParallelism()} cores), Node ${process.version}; 1-minute load average ${loadStart.toFixed(2)} at the start of this section and ${loadEnd.toFixed(2)} at the end; the section took ${Math.round(sectionSeconds)} s (LANTERN_BENCH_SCALE=${p.scale}). \`LANTERN_BENCH_ONLY=notes npm run bench\` runs this section alone and merges it into this file.`,
      `**Corpus** (bench/corpus.ts, seed ${p.seed}). Notes of 2 to 7 sentences (sometimes two paragraphs) drawn from ${TEMPLATE_COUNTS.total} invented case-note sentences with the child's name and pronouns filled in: about half neutral recording (${TEMPLATE_COUNTS.neutral}, including hard negatives such as "chose a sandwich"), victim-blaming wording (${TEMPLATE_COUNTS.victimBlaming}), indicators stated plainly (${TEMPLATE_COUNTS.indicators}), negated (${TEMPLATE_COUNTS.negated}), hypothetical (${TEMPLATE_COUNTS.hypothetical}), historical (${TEMPLATE_COUNTS.historical}), about another person (${TEMPLATE_COUNTS.otherPerson}), the child's own words in quotes (${TEMPLATE_COUNTS.quoted}) and referral wording (${TEMPLATE_COUNTS.referral}). CSV rows carry \`person_ref, date, agency, author_role, text\`: about 40 notes per child with a skew (a few children have hundreds), dates in a 3-year window per child between 2014 and 2025, 8 agency/role pairs, and every 20,000th row bad on purpose (an impossible date or an empty note). The generator streams: a 1,000,000-note file is ${runs.some((r) => r.notes === 1_000_000) ? '' : 'about '}${f1(((last ? last.bytes / last.notes : avgNote + 60) * 1_000_000) / 1e6)} MB, written in 1 MB chunks with back-pressure, never held in memory. In memory: ${n0(corpus.notes)} notes, ${f1(corpus.bytes / 1e6)} MB (UTF-8), ${f1(avgNote)} bytes a note, generated at ${f1(mbps(corpus.bytes, genMs))} MB/s; regenerating the first 1 MB from the same seed gave ${deterministic ? 'identical' : 'DIFFERENT'} notes.`,
      `**Scanner throughput.** One core, over the in-memory notes, one call per note, in a fresh child process (\`node --import tsx bench/notes.ts --in-memory\`, which also runs the adversarial notes below): a process of its own, so that nothing else the benchmark loads can change the figures. Something did: the web app's template engine (nunjucks: \`SafeString.prototype = Object.create(String.prototype, …)\`) left String.prototype in V8's slow dictionary mode, where optimised code no longer inlines \`charCodeAt\` and the other string methods; in that state the bare character loop ran at about 90 MB/s and the full analysis at about half its speed. The web server regained fast mode at the first page that rendered a SafeString, but a process answering only the API never did; src/web/nunjucks.ts now restores it when nunjucks loads. ${m.stringPrototypeFast === undefined ? 'Whether String.prototype had fast properties in the child was not known.' : m.stringPrototypeFast ? 'String.prototype had fast properties in the child (V8 `%HasFastProperties`).' : '**String.prototype was in dictionary mode in the child too** (V8 `%HasFastProperties`), so these figures are slowed as described.'} MB are 10⁶ bytes of UTF-8. The figure is the full analysis — victim-blaming language (with its context cues and quotation marks) and indicators with ConText (negated, hypothetical, historical, experiencer) — through \`${m.analyserName}\`. Rows for where the time goes: the two public checkers called separately (\`checkLanguage\`, \`findIndicators\`: each scans the note), the per-note analysis that the review actually uses (src/core/review/note.ts), tokenization alone, and tokenization with the one matcher walk (what the analysis does before ConText and the checks). Baseline, measured in the same run: the naive scanner the issue names — every pattern of the phrase grammar converted by a small converter here (alternatives to \`(?:a|b)\`, \`word*\` to a prefix, \`*\` to one word, \`[slot]\` optional, \`\\b\` at both ends, flags \`gi\`) into one RegExp each, ${n0(naive.patterns)} in all (${naive.lexicon} lexicon patterns, ${naive.cues} lexicon context cues, ${naive.indicators} indicator patterns, ${naive.triggers} ConText triggers, duplicates removed), every one run over every note; it only counts matches and does no context analysis, so it is a generous baseline. It runs over the first ${f1(naiveBytes / 1e6)} MB of the same notes (it is slow), and the review's per-note analysis over the first ${f1(m.reviewBytes / 1e6)} MB. Ceiling: a bare \`charCodeAt\` loop over the same characters, the most any scanner that reads every character can do here. A warm-up over 5,000 notes, then ${p.passes} passes, the measurements interleaved pass by pass; the rate is from the median pass.`,
      `**Adversarial notes.** Each input is ${p.adversarialKB} KB (${n0(len)} UTF-16 code units), through the same full analysis: ${m.advCount} crafted inputs (long runs of one character, one huge word, quotes, trigger and indicator words repeated, lists under one negation, random Unicode with combining marks and surrogate pairs) and a property test of ${m.propCount} generated inputs (seeded: words from every pattern, punctuation, quotes, newlines and Unicode in random proportions, with runs of the same word). They run first in this section, on a small heap, after the analyser has been warmed up on 1 MB of notes; each is warmed up on its first 1 KB, then timed ${p.adversarialRuns} times, and the worst run counts (garbage-collection pauses included). The naive baseline and the character loop run once over each crafted input.`,
      `**End-to-end review.** \`reviewToDir\` (src/services/review-run.ts, the engine of \`lantern review\`; the web app's review jobs run the same engine) over CSV files of ${p.reviewNotes.map(n0).join(', ')} notes written to ${os.tmpdir()} by the generator (same seed), each run in its own child process (\`node --import tsx bench/review-child.ts\`) so that its peak memory (\`process.resourceUsage().maxRSS\`, worker threads included) is its own. The engine reads and indexes the CSV on its own thread; for files of ${AUTO_THREADS_BYTES / 1024 ** 2} MB or more it analyses the notes and reviews the people on worker threads, one per CPU but one (at most three), and on its own thread whenever every worker's queue is full (while the workers start, and when they fall behind): ${threadsText()} here; below that size, on its own thread only (the default of \`lantern review\`: starting threads costs more than they save on a smaller file), and streams report.json and report.html to the output folder. As in \`lantern review\`, each thread loads the phrase automaton from node_modules/.cache/lantern (services/automaton-cache.ts) instead of building it (about a second per thread; the scanner rows above warm up first and never include it). Times are taken inside the child around \`reviewToDir\` (reading, CSV parsing, row checks, analysis of every note, per-person review, totals, and writing both reports), without process start-up; each size is reviewed ${REVIEW_RUNS} times and the median run's time is reported with the highest peak memory of the runs (the file is flushed to disk before the first); "report finish" is the part after the per-person review (the summary, report.json's assembly and report.html). Baseline in the same run, same file, also in a child process: reading and parsing the CSV as the review does (the same reader and row checks, \`checkRows\`, one thread), without analysis; ceiling: reading the file only. The files and reports are deleted afterwards. The ${n0(p.reviewNotes[p.reviewNotes.length - 1]!)}-note file runs only when its projected time at the previous size's rate is under ${p.maxProjectedSeconds} s, or when LANTERN_BENCH_SCALE ≥ 2.`,
      `**Accuracy.** \`evaluate('test')\` and \`evaluate('dev')\` (test/fixtures/eval/evaluate.ts: \`checkLanguage\` and \`findIndicators\` over the annotated sentences, scored by span and flag as in test/fixtures/eval/README.md). **Test (even ids) is held out and is the headline; dev (odd ids) was read and tuned on, so its figures are inflated.** A finding counts as correct when its span overlaps the expected one with the same category (indicators: the same code and flags for the flag rows).`,
    ].join('\n\n'),
    tables: [
      {
        header: ['Scanner (one core)', 'MB', 'notes', ...times[0]!.map((_, i) => `pass ${i + 1}`), 'MB/s (median)', 'full analysis ÷ this row'],
        rows: scanRows,
      },
      {
        header: [
          'Adversarial input (100 KB)',
          'median',
          'worst',
          'first run',
          'worst of runs 2+',
          'findings',
          'public calls (worst)',
          'naive RegExps',
          'char loop',
        ],
        rows: advTableRows,
      },
      {
        header: [
          'Notes',
          'MB',
          'people',
          'review (reports included)',
          'MB/s',
          'µs / note',
          'time vs previous size',
          'peak RSS MB',
          'of which: report finish',
          'baseline parse MB/s',
          'baseline peak MB',
          'read only MB/s',
          'review / parse time',
        ],
        rows: reviewRows,
      },
      { header: accHeader('Language'), rows: accTable('language') },
      { header: accHeader('Indicators'), rows: accTable('indicators') },
    ],
    ratios: [
      `Full analysis / naive one-RegExp-per-pattern: **${fmtRatio(ratio(full, naiveRate))}** the throughput (${f1(full)} vs ${f1(naiveRate)} MB/s). Full analysis / bare character loop: ${(ratio(full, ceiling) * 100).toFixed(0)}% of the machine's ceiling here (${f1(ceiling)} MB/s). The combined pass is ${fmtRatio(ratio(full, separate))} the two separate calls, and ${fmtRatio(ratio(full, review))} the review's per-note analysis.`,
      `Target ≥ ${TARGET.mbPerSec} MB/s on one core: **${meetsScan ? 'met' : 'not met'}** (${f1(full)} MB/s${meetsScan ? '' : `; ${ceiling < TARGET.mbPerSec ? `even the bare character loop reaches only ${f1(ceiling)} MB/s on this machine in this run` : `the bare character loop reaches ${f1(ceiling)} MB/s, so the target is ${fmtRatio(ratio(TARGET.mbPerSec, full))} away from the scanner and not out of reach of the machine`}`}).`,
      `Findings per pass: ${n0(per(tally.language))} language findings (${n0(per(tally.quoted))} marked quoted) and ${n0(per(tally.indicators))} indicators, of which ${n0(per(tally.negated))} negated, ${n0(per(tally.hypothetical))} hypothetical, ${n0(per(tally.historical))} historical and ${n0(per(tally.other))} about another person — the corpus exercises every branch. The combined and separate paths gave ${sameFindings ? 'the same findings (count and span checksum)' : '**different findings** (count or span checksum differ)'}; the naive baseline counted ${n0(naiveMatches / p.passes)} raw pattern matches over its ${f1(naiveBytes / 1e6)} MB.`,
      `Adversarial: worst ${fmtMs(worstAll)} for a ${p.adversarialKB} KB note (target < ${TARGET.adversarialMs} ms: **${meetsAdv ? 'met' : 'not met'}**); the slowest crafted input is "${worstAdv.name}" (worst ${fmtMs(worstAdv.worst)}, median ${fmtMs(worstAdv.med)}); the generated inputs' worst is ${fmtMs(propWorst)}. Leaving out each input's first timed run (the first time that input's code paths run on 100 KB, before the JIT has optimised them), the worst is ${fmtMs(warmWorstAll)}${warmWorstAll < TARGET.adversarialMs ? ', within the target: the slow cases are warm-up' : `, still over the target, so in this run slow runs also came after warm-up (on this shared machine, load average ${loadStart.toFixed(1)} at the start of the section, a single run can also lose time to other processes and to garbage collection: re-run on a quiet machine before reading the worst case as the scanner's own)`}; the medians per input are ${fmtMs(Math.min(propMedian, ...advRows.map((x) => x.med)))}–${fmtMs(Math.max(propMedian, ...advRows.map((x) => x.med)))}. The naive RegExps take ${fmtMs(Math.min(...advRows.map((a) => a.naiveMs)))}–${fmtMs(Math.max(...advRows.map((a) => a.naiveMs)))} on the same inputs.`,
      ...(runs.length
        ? [
            `Review growth: ${growth.length ? growth.join('; ') : 'one size only'}${runs.length >= 2 ? ' (10× is linear; each size runs in a fresh process, so the smaller runs carry more of the JIT warm-up and growth below 10× between them is warm-up, not sub-linear work)' : ''}. ${runs.map((r) => `${n0(r.notes)} notes: ${reviewVerdict(r)}`).join('; ')}.`,
            `Review / CSV-parse baseline time: ${runs.map((r) => `${fmtRatio(ratio(r.review.ms, r.parse.ms))} at ${n0(r.notes)}`).join(', ')}; parsing alone runs at ${runs.map((r) => f1(mbps(r.bytes, r.parse.ms))).join(', ')} MB/s, so CSV parsing ${last && mbps(last.bytes, last.parse.ms) < TARGET.reviewMbPerSec ? `by itself is already below the ${TARGET.reviewMbPerSec} MB/s target here` : `takes ${last ? ((last.parse.ms / last.review.ms) * 100).toFixed(0) : '?'}% of the review's time at the largest size`}. The engine's own split at the largest size: ${last ? `${fmtS(last.review.readMs)} reading and analysing, ${fmtS(last.review.reviewMs)} per-person review, ${fmtS(last.review.reportMs)} finishing the reports` : '—'}.`,
          ]
        : []),
      ...(skipped
        ? [
            `**The ${n0(skipped.notes)}-note run was not measured at this scale**: at the ${last ? n0(last.notes) : '?'}-note rate it would take about ${fmtS(skipped.projectedMs)} (projected, not measured; over this section's ${p.maxProjectedSeconds} s allowance). Run \`LANTERN_BENCH_SCALE=2 LANTERN_BENCH_ONLY=notes npm run bench\` to measure it. Peak memory at 1M notes is not projected: it depends on the number of people and their findings, not only on the file size.`,
          ]
        : []),
      `Accuracy, held-out test: language P ${fmtP(lang.precision)} / R ${fmtP(lang.recall)} (target ${TARGET.language}: **${meetsLang ? 'met' : 'not met'}**); indicators P ${fmtP(ind.precision)} / R ${fmtP(ind.recall)} (target ${TARGET.indicators}: **${meetsInd ? 'met' : 'not met'}**). Dev (tuned on): language ${fmtP(dev.language.overall.precision)} / ${fmtP(dev.language.overall.recall)}, indicators ${fmtP(dev.indicators.overall.precision)} / ${fmtP(dev.indicators.overall.recall)}. ${test.sentences.language} + ${test.sentences.indicators} test sentences, ${dev.sentences.language} + ${dev.sentences.indicators} dev sentences. Blind sets (P / R; written by authors who read no code, lexicon or other sentence file, and never tuned on: the closest to the held-out checks on real material): ${blindText}. With the sentence classifiers' possible findings and signs, as \`lantern check-language\` and \`lantern indicators\` show a note (the figures above are the lexicon and the spotter alone): ${shownText}.`,
    ],
    notes: [
      'The corpus is synthetic and repetitive (a few dozen sentence templates): real notes have more varied words, which changes the trie walk little but the share of notes with findings (and so ConText work) a lot. Throughput on real files may be lower or higher; the ratios to the baselines in the same run are the figures to compare.',
      'Scanner passes are one core in one child process with the garbage collector included; the machine is shared, so the pass-to-pass spread in the table is the noise.',
    ],
    meaning: `${meetsScan ? `The scanner meets the issue's 100 MB/s target at ${f1(full)} MB/s` : `The scanner does not meet the issue's 100 MB/s target: ${f1(full)} MB/s for the full analysis`}, ${fmtRatio(ratio(full, naiveRate))} the throughput of the naive one-RegExp-per-pattern approach. ${meetsAdv ? `No adversarial 100 KB note reaches the 50 ms limit (worst ${fmtMs(worstAll)})` : `The worst adversarial 100 KB note took ${fmtMs(worstAll)} (${worstAdv.worst >= propWorst ? `"${worstAdv.name}"` : 'a generated input'}), over the 50 ms limit; ${worstAdv.worst >= propWorst ? `its median of ${fmtMs(worstAdv.med)} shows how much of that is one slow run (garbage collection or re-optimisation) rather than the input itself` : 'see the table for the medians'}`}. ${last ? `End to end, \`lantern review\` reads, analyses, reviews and writes its reports at ${f1(mbps(last.bytes, last.review.ms))} MB/s at ${n0(last.notes)} notes with a peak of ${n0(last.review.maxRssMB)} MB (${last.review.maxRssMB < TARGET.reviewPeakMB ? 'within' : '**over**'} the 1 GiB limit) on ${threadsText()}; ${mbps(last.bytes, last.review.ms) >= TARGET.reviewMbPerSec ? 'that meets the 30 MB/s target' : `that is short of the 30 MB/s target: the per-note analysis (src/core/review/note.ts) runs at ${f1(review)} MB/s on one core here, so ${TARGET.reviewMbPerSec} MB/s ${review >= TARGET.reviewMbPerSec ? 'is within one core for the analysis; the rest is reading, the per-person review, the reports and other load on the machine' : `needs about ${Math.ceil(TARGET.reviewMbPerSec / Math.max(review, 0.1))} cores for the analysis alone`}`}.` : ''} Accuracy on the held-out test split is ${meetsLang && meetsInd ? 'within both targets' : `below target for ${[meetsLang ? '' : 'language', meetsInd ? '' : 'indicators'].filter(Boolean).join(' and ')}`}; the dev figures show what tuning reached on sentences the tuners could read.`,
  };
  return { section, keys };
}

// The child process of runInMemoryChild: prints the figures as one line of JSON, its log on stderr.
if (process.argv[1] && path.resolve(process.argv[1]) === SELF && process.argv[2] === '--in-memory') {
  const figures = await inMemoryFigures(JSON.parse(process.argv[3] ?? '{}') as NotesParams, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

import { ValidationError } from '../core/errors.ts';
import { readStdin as readInput } from './input.ts';
import { CURRENT_FRAMEWORK, FRAMEWORKS, frameworkByVersion } from '../core/indicators/index.ts';
import { type Assessment, assess, WHEN } from '../core/screening/assess.ts';
import { LONDON_CATEGORIES, RISK_LEVELS } from '../core/screening/levels.ts';
import { parseScreeningInput } from '../core/screening/validate.ts';
// The framework document is the API's (GET /api/v1/framework, schema `Framework`), so the two cannot drift apart.
import { frameworkDocument } from '../api/schemas.ts';

// `lantern screen` and `lantern framework`: the screening rules without a database. Input problems are thrown as
// ValidationError, which main.ts prints as one line on stderr with exit code 2.

// A screening is a few kilobytes; anything much bigger is not one.
const MAX_INPUT_BYTES = 1_000_000;

export const readStdin = (stdin: NodeJS.ReadStream = process.stdin): Promise<string> =>
  readInput(
    {
      maxBytes: MAX_INPUT_BYTES,
      hint: 'Send the screening as JSON on standard input, e.g. lantern screen --json < screening.json',
      tooLarge: `The input is larger than ${MAX_INPUT_BYTES} bytes: send one screening`,
    },
    stdin,
  );

/** What `lantern screen --json` prints, in this key order. */
export type ScreenResult = Pick<Assessment, 'framework' | 'score' | 'level' | 'hardRules' | 'reasons' | 'requiredActions' | 'londonCategory'>;

// Validates and scores one screening against the current framework.
export function screen(text: string): ScreenResult {
  if (!text.trim()) throw new ValidationError({ input: 'The input is empty: send the screening as a JSON object' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // JSON.parse quotes the input in its message, and the input holds evidence about a child: never repeat it.
    throw new ValidationError({ input: 'The input is not valid JSON' });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new ValidationError({ input: 'Send a JSON object like {"age":14,"indicators":[{"code":"am_missing","when":"current","evidence":"..."}]}' });
  const input = parseScreeningInput(CURRENT_FRAMEWORK, raw);
  const a = assess(CURRENT_FRAMEWORK, { age: input.age, answers: input.indicators });
  return {
    framework: a.framework,
    score: a.score,
    level: a.level,
    hardRules: a.hardRules,
    reasons: a.reasons,
    requiredActions: a.requiredActions,
    londonCategory: a.londonCategory,
  };
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

export function formatScreen(r: ScreenResult): string {
  const out: string[] = [];
  out.push(`Level: ${RISK_LEVELS[r.level]}, score ${r.score} (framework ${r.framework})`);
  out.push(`London protocol: ${r.londonCategory}. ${LONDON_CATEGORIES[r.level].meaning}`);
  if (r.hardRules.length) {
    out.push('', 'Hard rules:');
    for (const h of r.hardRules) {
      out.push(`  - ${h.title}`, `    At least ${RISK_LEVELS[h.floor].toLowerCase()}; because of ${h.triggeredBy.join(', ')}`, `    Source: ${h.source.title}`);
    }
  }
  out.push('', r.reasons.length ? 'Reasons:' : 'Reasons: no indicator is present.');
  for (const x of r.reasons) {
    out.push(`  - ${x.wording} [${x.code}; ${x.weight}, ${WHEN[x.when].toLowerCase()}: ${points(x.points)}]`);
    if (x.evidence) out.push(`    Evidence: ${x.evidence}`);
  }
  if (r.requiredActions.length) {
    out.push('', 'Required actions:');
    for (const a of r.requiredActions) out.push(`  - ${a.text}`);
  }
  return `${out.join('\n')}\n`;
}

export function frameworkJson(version: string | undefined) {
  const f = version === undefined ? CURRENT_FRAMEWORK : frameworkByVersion(version);
  if (!f) throw new ValidationError({ version: `There is no framework version "${version ?? ''}". Known versions: ${Object.keys(FRAMEWORKS).join(', ')}` });
  return frameworkDocument(f, f.version === CURRENT_FRAMEWORK.version);
}

export function formatFramework(doc: ReturnType<typeof frameworkJson>): string {
  const out: string[] = [];
  out.push(`SAFEGUARD framework ${doc.version} (published ${doc.published}${doc.current ? ', current' : ''})`, doc.summary);
  out.push('', 'Weights:');
  for (const w of doc.weightClasses) out.push(`  ${w.key.padEnd(13)} ${w.description}`);
  out.push('', 'Levels:');
  for (const b of doc.bands) {
    const range = b.maxScore === null ? `${b.minScore} or more` : b.minScore === b.maxScore ? `${b.minScore}` : `${b.minScore} to ${b.maxScore}`;
    out.push(`  ${b.label.padEnd(18)} score ${range.padEnd(10)} ${b.londonCategory}`);
  }
  out.push('', 'Hard rules (they set a floor on the level):');
  for (const h of doc.hardRules) out.push(`  - ${h.title}: at least ${h.floor}`);
  const byCode = new Map(doc.indicators.map((i) => [i.code, i]));
  for (const c of doc.categories) {
    out.push('', `${c.letter}  ${c.label}`);
    for (const code of c.indicators) {
      const i = byCode.get(code)!;
      out.push(`   ${i.code.padEnd(34)} ${i.weight.padEnd(13)} ${i.wording}`);
    }
  }
  out.push('', 'Sources:');
  for (const s of doc.sources) out.push(`  [${s.key}] ${s.title}${s.url ? ` ${s.url}` : ''}`);
  return `${out.join('\n')}\n`;
}

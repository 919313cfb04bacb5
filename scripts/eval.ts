// Scores the language checker and the indicator spotter on the evaluation sets (test/fixtures/eval).
//   npx tsx scripts/eval.ts [--split dev|test|all] [--errors]
// --errors lists the individual errors, and only for the dev split: test sentences are never printed (README.md).

import { EVAL_SPLITS, evaluate, formatEvaluation, type EvalSplit } from '../test/fixtures/eval/evaluate.ts';

function parseArgs(argv: readonly string[]): { split: EvalSplit; errors: boolean } {
  let split: EvalSplit = 'all';
  let errors = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') errors = true;
    else if (a === '--split' || a?.startsWith('--split=')) {
      const v = a === '--split' ? argv[++i] : a.slice('--split='.length);
      if (!(EVAL_SPLITS as readonly string[]).includes(v ?? '')) throw new Error(`--split must be one of ${EVAL_SPLITS.join(', ')}`);
      split = v as EvalSplit;
    } else throw new Error(`unknown argument ${a ?? ''} (usage: npx tsx scripts/eval.ts [--split dev|test|all] [--errors])`);
  }
  return { split, errors };
}

const { split, errors } = parseArgs(process.argv.slice(2));
const result = evaluate(split);
process.stdout.write(formatEvaluation(result));
if (errors) {
  if (split !== 'dev') {
    process.stderr.write('--errors is only available for --split dev (test sentences are held out)\n');
    process.exitCode = 2;
  } else {
    for (const e of [...result.language.errors, ...result.indicators.errors]) {
      process.stdout.write(`${e.id}\t${e.kind}\t${e.key}${e.flag ? `\t${e.flag}` : ''}\t${e.text}\n`);
    }
  }
}

// Scores the language checker and the indicator spotter on the evaluation sets (test/fixtures/eval).
//   npx tsx scripts/eval.ts [--set main|fresh|fresh3|tune4|fresh5|tune6|fresh8|tune9|fresh9|fresh10|tune11|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32|fresh33|fresh34|fresh35|fresh36|fresh37|fresh38|fresh39] [--split dev|test|all] [--errors] [--classifier]
// --classifier adds the sentence classifiers' possible findings and signs (src/core/language/classifier.ts, src/core/text/indicator-classifier.ts), as the CLI shows a note.
// --errors lists the individual errors, and only for the dev split of the main set and for the tuning sets (TUNING_COLLECTIONS in
// load.ts: tune4, fresh5, tune6, tune9, tune11, fresh11 to fresh31, fresh33 since session 21, fresh34 since session 22, and fresh36 and fresh37, written as tuning sets in session 22): test sentences and the
// held-out sets (fresh32, the judge of round 32; fresh35, written blind in session 22; fresh38, written blind in session 22 to judge session 23; fresh39, written blind in session 23; fresh10 and the other fresh sets) are never printed, so that
// nobody tunes on them (README.md).

import { EVAL_SPLITS, evaluate, formatEvaluation, type EvalSplit } from '../test/fixtures/eval/evaluate.ts';
import { EVAL_COLLECTIONS, TUNING_COLLECTIONS, type EvalCollection } from '../test/fixtures/eval/load.ts';

const USAGE = `usage: npx tsx scripts/eval.ts [--set ${EVAL_COLLECTIONS.join('|')}] [--split dev|test|all] [--errors] [--classifier]`;

function parseArgs(argv: readonly string[]): { split: EvalSplit; collection: EvalCollection; errors: boolean; classifier: boolean } {
  let split: EvalSplit = 'all';
  let classifier = false;
  let collection: EvalCollection = 'main';
  let errors = false;
  const value = (a: string, flag: string, i: number): [string, number] => (a === flag ? [argv[i + 1] ?? '', i + 1] : [a.slice(flag.length + 1), i]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--errors') errors = true;
    else if (a === '--classifier') classifier = true;
    else if (a === '--split' || a.startsWith('--split=')) {
      const [v, next] = value(a, '--split', i);
      i = next;
      if (!(EVAL_SPLITS as readonly string[]).includes(v)) throw new Error(`--split must be one of ${EVAL_SPLITS.join(', ')}`);
      split = v as EvalSplit;
    } else if (a === '--set' || a.startsWith('--set=')) {
      const [v, next] = value(a, '--set', i);
      i = next;
      if (!(EVAL_COLLECTIONS as readonly string[]).includes(v)) throw new Error(`--set must be one of ${EVAL_COLLECTIONS.join(', ')}`);
      collection = v as EvalCollection;
    } else throw new Error(`unknown argument ${a} (${USAGE})`);
  }
  return { split, collection, errors, classifier };
}

const { split, collection, errors, classifier } = parseArgs(process.argv.slice(2));
// Refused before anything is scored: a held-out set's figures are read once, at the end of a round, on purpose.
const tuning = TUNING_COLLECTIONS.includes(collection);
if (errors && !(tuning || (split === 'dev' && collection === 'main'))) {
  process.stderr.write(
    `--errors is only available for --set main --split dev and for the tuning sets (${TUNING_COLLECTIONS.join(', ')}): test sentences and the fresh sets are held out\n`,
  );
  process.exit(2);
}
const result = evaluate(split, collection, { classifier });
process.stdout.write(formatEvaluation(result));
if (errors) {
  for (const e of [...result.language.errors, ...result.indicators.errors]) {
    process.stdout.write(`${e.id}\t${e.kind}\t${e.key}${e.flag ? `\t${e.flag}` : ''}\t${e.text}\n`);
  }
}

// Invented family names with a spread like a real area's, for the benchmark's 100,000 children. The demo's name pools
// hold 141 family names: at 100,000 children every one of them would be shared by about 700 children, where in a real
// English population only the very commonest names (Smith, about 1%) are that frequent and most are rare (ONS surname
// frequencies: the top 100 names cover about a fifth of people). So a quarter of the children keep the pools' names and
// the rest take one of these invented names, drawn with Zipf-Mandelbrot weights 1/(rank + 50): the commonest then covers
// about 0.3% of children, the top 100 about a fifth of them. Names are built from English place-name parts; any match
// with a real family is chance.
import type { Rng } from '../src/demo/prng.ts';
import { firstAtLeast } from './stats.ts';

const HEADS = [
  'Ash',
  'Bar',
  'Black',
  'Brad',
  'Bram',
  'Brook',
  'Burn',
  'Cal',
  'Cars',
  'Chad',
  'Clay',
  'Col',
  'Craw',
  'Dal',
  'Dun',
  'East',
  'Elm',
  'Fair',
  'Farn',
  'Fen',
  'Fox',
  'Gar',
  'Glen',
  'Gold',
  'Green',
  'Hal',
  'Ham',
  'Hart',
  'Hazel',
  'Heath',
  'Hol',
  'Holm',
  'Hurst',
  'Kel',
  'Ken',
  'Kings',
  'Lang',
  'Lea',
  'Lin',
  'Lock',
  'Mar',
  'Mel',
  'Mill',
  'Nor',
  'Oak',
  'Ox',
  'Pem',
  'Pen',
  'Rad',
  'Red',
  'Ren',
  'Ris',
  'Rom',
  'Rud',
  'Sal',
  'Shel',
  'Sher',
  'Stan',
  'Stock',
  'Stone',
  'Sud',
  'Sut',
  'Thorn',
  'Tod',
  'Wad',
  'Wal',
  'War',
  'Wes',
  'Whit',
  'Wick',
  'Wil',
  'Win',
  'Wood',
  'Wor',
  'Yar',
  'Ald',
  'Bel',
  'Brent',
  'Cran',
  'Dray',
] as const;
const TAILS = [
  'ley',
  'ton',
  'ford',
  'wood',
  'field',
  'by',
  'worth',
  'well',
  'combe',
  'dale',
  'hurst',
  'more',
  'ridge',
  'stead',
  'wick',
  'brook',
  'bury',
  'don',
  'ham',
  'land',
  'low',
  'mere',
  'ney',
  'ock',
  'over',
  'shaw',
  'stone',
  'thorpe',
  'wall',
  'win',
  'acre',
  'bourne',
  'cliffe',
  'cott',
  'den',
  'ett',
  'gate',
  'hill',
  'house',
  'ing',
  'lake',
  'leigh',
  'man',
  'mont',
  'ney',
  'port',
  'res',
  'rick',
  'son',
  'stow',
  'ter',
  'thwaite',
  'tree',
  'well',
  'wright',
  'yard',
  'all',
  'field',
  'holt',
  'lowe',
] as const;

const NAMES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const h of HEADS) for (const t of TAILS) out.add(h + t);
  return [...out];
})();

// Cumulative Zipf-Mandelbrot weights over the names in a fixed, shuffled order (seeded), so rank does not follow spelling.
const OFFSET = 50;
function cumulative(rng: Rng): { names: string[]; cdf: Float64Array } {
  const names = rng.shuffle(NAMES);
  const cdf = new Float64Array(names.length);
  let total = 0;
  for (let r = 0; r < names.length; r++) cdf[r] = total += 1 / (r + 1 + OFFSET);
  for (let r = 0; r < names.length; r++) cdf[r]! /= total;
  return { names, cdf };
}

/** Share of children who keep the demo pools' family name. */
export const POOL_SHARE = 0.25;

/** A drawer of invented family names (the same seed, the same sequence), and how many names it draws from. */
export function surnameDrawer(rng: Rng): { draw: () => string; size: number } {
  const { names, cdf } = cumulative(rng);
  return {
    size: names.length,
    draw: () => names[firstAtLeast(cdf, rng.next())]!,
  };
}

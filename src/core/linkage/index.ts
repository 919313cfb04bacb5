// Public surface of core/linkage: probabilistic record linkage (Fellegi-Sunter) with EM-estimated parameters.
export {
  blockingRecall,
  compileBlocking,
  defaultBlockingRules,
  describeBlocking,
  forEachCandidate,
  isCandidate,
  type Blocking,
  type BlockingRecall,
  type BlockingStats,
  type RuleStats,
} from './blocking.ts';
export { connectedComponents, UnionFind } from './cluster.ts';
export { Comparator, compileField, DEFAULT_LEVELS, fieldLevels, type CompiledField } from './comparisons.ts';
export { FIELD_TYPES, fieldSpecs, inferFieldType, isFieldType, type FieldType } from './fields.ts';
export { estimateU, expectationMaximisation, initialM, PatternCounter, type EmResult, type Probabilities } from './em.ts';
export {
  explainPair,
  featuresFromTables,
  linkFeatures,
  linkRecords,
  type FieldParams,
  type LevelParams,
  type LinkedPairs,
  type LinkOptions,
  type LinkParams,
  type LinkProgress,
  type LinkResult,
} from './link.ts';
export { dayNumber, normaliseDate, parseDateParts, postcodeParts, type DateParts } from './normalise.ts';
export { buildModel, explainLevels, matchProbability, weightForProbability, type Explanation, type FieldContribution, type Model } from './score.ts';
export { editDistance, jaroWinkler, nysiis, soundex } from './strings.ts';
export { FeatureBuilder, type Features } from './values.ts';
export * from './types.ts';

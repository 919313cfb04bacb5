// Statistical disclosure control for published counts: every count that leaves Lantern goes through here.
export { NHS_RULE, SUPPRESSED, assertRule, disclosureFootnote, parseRule, possibleCounts, publishCount } from './rules.ts';
export type { CountRange, DisclosureRule } from './rules.ts';
export { publishSeries, publishTable } from './table.ts';
export type { CountTable, PublishOptions, PublishedSeries, PublishedTable, SuppressionCounts } from './table.ts';
export { suppress } from './small-numbers.ts';

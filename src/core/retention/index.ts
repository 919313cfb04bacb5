export * from './classes.ts';
export * from './dates.ts';
export * from './evaluate.ts';
export * from './rules.ts';

export * from './actions.ts';
export * from './policy.ts';

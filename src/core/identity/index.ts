// Public surface of core/identity: NHS numbers and tolerant given-name matching.
export { NHS_NUMBER_PROBLEMS, formatNhsNumber, isValidNhsNumber, nhsNumberProblem, normaliseNhsNumber, syntheticNhsNumber } from './nhs-number.js';
export { givenNameKeys, givenNamesShareKey, nameTokens, normaliseName, searchableName, type SearchableName } from './names.js';
export { NICKNAME_GROUPS } from './nicknames.js';

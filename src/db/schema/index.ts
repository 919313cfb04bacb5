export * from './agency.ts';
export * from './user.ts';
export * from './person.ts';
export * from './case.ts';
export * from './chronology.ts';
export * from './audit.ts';
export * from './screening.ts';
export * from './note-finding.ts';

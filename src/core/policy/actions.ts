export const ACTIONS = [
  'person.search',
  'person.create',
  'person.read',
  'person.update',
  'person.audit',
  'person.break_glass',
  'case.open',
  'case.manage_team',
  'chronology.add',
  'my_cases.read',
  'break_glass.review',
  'audit.read_all',
  'audit.verify',
  'admin.manage',
  'stats.read',
  'account.manage_own',
] as const;
export type Action = (typeof ACTIONS)[number];

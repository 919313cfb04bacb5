// The SAFEGUARD indicator framework as data (shared/DOMAIN.md "Signs: the SAFEGUARD mnemonic").

export const SAFEGUARD_CATEGORIES = {
  sexual_health: { letter: 'S', label: 'Sexual health and behaviour' },
  absent_missing: { letter: 'A', label: 'Absent from school or missing from home or care' },
  familial: { letter: 'F', label: 'Familial abuse or problems at home' },
  emotional_physical: { letter: 'E', label: 'Emotional and physical condition' },
  gangs_older_crime: { letter: 'G', label: 'Gangs, older age groups and involvement in crime' },
  technology: { letter: 'U', label: 'Use of technology and sexual bullying' },
  alcohol_drugs: { letter: 'A', label: 'Alcohol and drug misuse' },
  receipt_gifts_money: { letter: 'R', label: 'Receipt of unexplained gifts or money' },
  distrust_authority: { letter: 'D', label: 'Distrust of authority figures' },
} as const;
export type CategoryKey = keyof typeof SAFEGUARD_CATEGORIES;
export const CATEGORY_KEYS = Object.keys(SAFEGUARD_CATEGORIES) as CategoryKey[];

// Weight classes modelled on SERAF (shared/SOURCES.md 2c).
export const WEIGHT_CLASSES = {
  vulnerability: 'Vulnerability: 1 point',
  moderate: 'Moderate risk: 1 point if current (last 6 months)',
  significant: 'Significant risk: 5 points if current, 1 if 6 to 12 months ago, 6 if both',
} as const;
export type WeightClass = keyof typeof WEIGHT_CLASSES;

export const TAGS = {
  cse: 'Child sexual exploitation',
  cce: 'Child criminal exploitation',
  county_lines: 'County lines',
  trafficking: 'Trafficking',
  online: 'Online harm',
} as const;
export type Tag = keyof typeof TAGS;

export type Indicator = {
  code: string; // stable: never reused for a different meaning
  category: CategoryKey;
  weight: WeightClass;
  wording: string; // child-centred: what is happening to the child
  guidance: string; // what to ask and why
  tags: readonly Tag[];
  source: string; // key into the framework's sources
  // Behaviours that can be misread as the child's choice carry the trauma-response note (DOMAIN.md "5 F's").
  traumaResponse?: boolean;
  // Asked in a sexual health attendance (Spotting the Signs, shared/SOURCES.md 2a).
  sexualHealthPrompt?: boolean;
};

export type Source = { title: string; url?: string };

export type Framework = {
  version: string;
  published: string; // YYYY-MM-DD
  summary: string;
  sources: Readonly<Record<string, Source>>;
  indicators: readonly Indicator[];
};

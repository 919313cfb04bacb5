import type { SessionUser } from '../services/auth.ts';

type Item = { href: string; text: string; roles: string[] };

const ITEMS: Item[] = [
  { href: '/cases', text: 'My cases', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/search', text: 'Search', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/people/new', text: 'Add a person', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/lead', text: 'Lead dashboard', roles: ['safeguarding_lead'] },
  { href: '/network/alerts', text: 'Network alerts', roles: ['safeguarding_lead', 'mase_coordinator'] },
  { href: '/network/matches', text: 'Possible matches', roles: ['safeguarding_lead', 'mase_coordinator'] },
  { href: '/contexts', text: 'Contexts', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/mase', text: 'MASE panel', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/missing', text: 'Missing', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/orders', text: 'Orders', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/stats', text: 'Figures', roles: ['analyst', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/map', text: 'Map', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator', 'analyst'] },
  { href: '/reports/language', text: 'Language', roles: ['safeguarding_lead', 'mase_coordinator'] },
  { href: '/reviews', text: 'Review notes', roles: ['safeguarding_lead', 'mase_coordinator'] },
  { href: '/reports/identification', text: 'Who we identify', roles: ['analyst', 'safeguarding_lead', 'mase_coordinator'] },
  { href: '/audit', text: 'Audit trail', roles: ['auditor'] },
  { href: '/oversight/access', text: 'Unusual access', roles: ['auditor', 'safeguarding_lead'] },
  { href: '/admin', text: 'Administration', roles: ['administrator'] },
  { href: '/retention', text: 'Retention', roles: ['administrator', 'auditor'] },
  { href: '/subject-access', text: 'Subject access', roles: ['auditor', 'safeguarding_lead'] },
  { href: '/account', text: 'Your account', roles: ['practitioner', 'safeguarding_lead', 'mase_coordinator', 'analyst', 'administrator', 'auditor'] },
];

export function navigationFor(user: SessionUser, url: string) {
  return ITEMS.filter((i) => i.roles.includes(user.role)).map((i) => ({
    href: i.href,
    text: i.text,
    active: url === i.href || url.startsWith(`${i.href}/`) || url.startsWith(`${i.href}?`),
  }));
}

export function homeFor(user: SessionUser): string {
  return ITEMS.find((i) => i.roles.includes(user.role))?.href ?? '/account';
}

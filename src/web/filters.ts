import nunjucks, { type Environment } from './nunjucks.ts';
import { formatNhsNumber } from '../core/identity/index.ts';
import { ageOn } from '../core/records/age.ts';
import { londonDate } from '../core/records/time.ts';
import { CATEGORY_KEYS, SAFEGUARD_CATEGORIES, TAGS, WEIGHT_CLASSES } from '../core/indicators/index.ts';
import * as records from '../core/records/vocab.ts';
import { CONFIDENCES, ENTITY_KINDS, ENTITY_ROLES, GROUP_TYPES, LINK_SOURCE_KINDS, LINK_TYPES, LOCATION_TYPES } from '../core/records/entities.ts';
import { ANSWER_STATUSES, WHEN } from '../core/screening/assess.ts';
import { REQUIRED_ACTIONS } from '../core/screening/hard-rules.ts';
import { RISK_LEVELS } from '../core/screening/levels.ts';
import { MAP_LAYERS, MAP_MEASURES } from '../core/places/layers.ts';
import * as mase from '../core/mase/vocab.ts';

// Every vocabulary a template can label or list, by name.
const vocab = {
  ...records,
  ...mase,
  RISK_LEVELS,
  MAP_LAYERS,
  MAP_MEASURES,
  WHEN,
  ANSWER_STATUSES,
  REQUIRED_ACTIONS,
  WEIGHT_CLASSES,
  TAGS,
  SAFEGUARD_CATEGORIES: Object.fromEntries(CATEGORY_KEYS.map((k) => [k, `${SAFEGUARD_CATEGORIES[k].letter}: ${SAFEGUARD_CATEGORIES[k].label}`])),
  DECISION_KINDS: { refer: 'Referral made', no_referral: 'No referral: reason recorded' },
  REVIEW_STATUSES: {
    not_needed: 'No review needed',
    pending: 'Waiting for a safeguarding lead',
    agreed: 'Lead agreed',
    challenged: 'Lead disagreed: a new decision is needed',
  },
  OVERRIDE_STATUSES: {
    none: 'None',
    applied: 'Raised by professional judgement',
    pending: 'Lower level waiting for a safeguarding lead',
    approved: 'Lower level approved by a safeguarding lead',
    rejected: 'Lower level not approved',
  },
  SCREENING_STATUSES: { draft: 'Draft', awaiting_decision: 'Waiting for a referral decision', closed: 'Complete' },
  ENTITY_KINDS,
  ENTITY_ROLES,
  LOCATION_TYPES,
  GROUP_TYPES,
  CONFIDENCES,
  LINK_SOURCE_KINDS,
  LINK_TYPES: Object.fromEntries(Object.entries(LINK_TYPES).map(([k, v]) => [k, v.label])),
};

// Show times in Europe/London; they are stored in UTC (DATA-MODEL.md).
const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

const AUDIT_ACTIONS: Record<string, string> = {
  'person.view': 'Viewed the record',
  'person.create': 'Created the record',
  'person.update': 'Changed details',
  'person.audit_view': 'Viewed this audit list',
  'person.break_glass': 'Used break-glass',
  'person.search': 'Searched',
  'case.open': 'Opened a case',
  'case.member_added': 'Added to the case team',
  'chronology.add': 'Added a chronology entry',
  'note_finding.to_screening': 'Added a sign from a chronology entry to a screening',
  'note_finding.list': 'Viewed the entries behind a count of flagged wording',
  'break_glass.reviewed': 'Reviewed a break-glass alert',
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed sign-in',
  'auth.sign_in_while_locked': 'Sign-in attempt while locked',
  'auth.locked': 'Account locked after failed sign-ins',
  'auth.mfa_enrolled': 'Set up an authenticator app',
  'auth.mfa_failed': 'Gave a wrong authenticator code',
  'auth.mfa_replayed': 'Gave an authenticator code that had already been used',
  'auth.mfa_replacement_started': 'Started moving to a new authenticator app',
  'auth.mfa_replaced': 'Moved to a new authenticator app',
  'auth.temporary_password_expired': 'Tried to sign in with an expired temporary password',
  'auth.oidc_user_created': 'Account created at first sign-in through the identity provider',
  'auth.oidc_user_changed': 'Agency or role changed by the identity provider',
  'person.subject_access': 'Made a subject access report',
  'access.refused': 'Was refused access (403)',
  'api.token_refused': 'API calls with a wrong, revoked or expired token',
  'unusual_access.view': 'Looked at the unusual access report',
  'retention.dry_run': 'Looked at what the retention schedule would delete',
  'retention.apply': 'Ran the retention schedule',
  'retention.delete': 'Deleted under the retention schedule (tombstone)',
  'legal_hold.place': 'Placed a legal hold',
  'legal_hold.lift': 'Lifted a legal hold',
  'auth.token_created': 'Created an API token',
  'auth.token_revoked': 'Revoked API tokens',
  'auth.password_changed': 'Changed their password',
  'auth.password_change_failed': 'Gave a wrong current password when changing it',
  'auth.token_password_failed': 'Gave a wrong password when making an API token',
  'auth.sessions_ended': 'Signed out their own other sessions',
  'admin.user_added': 'Added a user',
  'admin.secrets_sealed': 'Sealed stored second-factor secrets',
  'admin.user_changed': 'Changed a user',
  'admin.agency_added': 'Added an agency',
  'admin.team_added': 'Added a team',
  'admin.mfa_roles': 'Changed which roles need a second factor',
  'admin.mfa_reset': 'Reset a user’s authenticator app',
  'system.demo_seeded': 'Loaded synthetic demo data',
  'screening.start': 'Started a screening',
  'screening.view': 'Viewed a screening',
  'screening.save': 'Saved a draft screening',
  'screening.complete': 'Completed a screening',
  'screening.level_raised': 'Raised the risk level (professional judgement)',
  'screening.downgrade_requested': 'Asked to lower the risk level',
  'screening.downgrade_approved': 'Approved a lower risk level',
  'screening.downgrade_refused': 'Did not approve a lower risk level',
  'screening.referred': 'Made a referral',
  'screening.not_referred': 'Recorded a reason not to refer',
  'decision.review_agreed': 'Agreed a decision not to refer',
  'decision.review_challenged': 'Disagreed with a decision not to refer',
  'referral.view': 'Viewed a referral',
  'referral.outcome': 'Recorded a referral outcome',
  'consultation.ask': 'Asked the safeguarding lead',
  'consultation.answer': 'Answered a consultation',
  'case.exploitation_recorded': 'Recorded the form of exploitation',
  'sexual_health.record': 'Recorded a sexual health attendance',
  'review.start': 'Started a retrospective review of notes',
  'review.view': 'Viewed a retrospective review report',
  'network.link_add': 'Recorded a person, place or thing linked to the child',
  'network.link_retract': 'Withdrew a link',
  'network.read': 'Viewed the network around the child',
  'network_alert.list': 'Viewed cross-referral alerts',
  'network_alert.acknowledge': 'Acted on a cross-referral alert',
  'linkage.list': 'Viewed possible matches',
  'linkage.merge': 'Merged two records',
  'linkage.reject': 'Decided two records are different',
  'linkage.undo': 'Undid a merge',
  'map.view': 'Viewed the ward map',
  'map.ward': 'Viewed a ward on the map',
  'stats.view': 'Viewed figures',
  'stats.export': 'Downloaded a partner pack of figures',
  'missing.form': 'Opened the missing episode form',
  'missing.record': 'Recorded a missing episode',
  'missing.return': 'Recorded a return from a missing episode',
  'missing.list': 'Viewed the child’s missing episodes',
  'missing.view': 'Viewed a missing episode',
  'missing.dashboard': 'Viewed due and overdue return home interviews',
  'rhi.assign': 'Assigned a return home interview',
  'rhi.outcome': 'Recorded a return home interview outcome',
  'order.record': 'Recorded an order or notice',
  'order.view': 'Viewed an order or notice',
  'order.list': 'Viewed the register of orders and notices',
  'order.status': 'Changed the status of an order or notice',
  'order.breach': 'Recorded a breach of an order or notice',
  'order.breach_decision': 'Decided whether to apply for a Sexual Risk Order after a breach',
  'order.subject_choices': 'Listed adults and places for an order',
  'order.form': 'Opened the order form',
  'mase.meeting_create': 'Created a MASE panel meeting',
  'mase.meeting_view': 'Viewed a MASE panel meeting',
  'mase.meeting_status': 'Changed a MASE meeting’s status',
  'mase.pack': 'Opened a MASE meeting pack',
  'mase.item_view': 'Viewed a MASE agenda item',
  'mase.action_view': 'Viewed a MASE action',
  'mase.attendance': 'Recorded attendance at a MASE meeting',
  'mase.attendance_remove': 'Removed attendance at a MASE meeting',
  'mase.agenda_preview': 'Previewed a MASE agenda',
  'mase.agenda_build': 'Built a MASE agenda',
  'mase.item_add': 'Added a MASE agenda item',
  'mase.item_remove': 'Removed a MASE agenda item',
  'mase.item_move': 'Reordered a MASE agenda',
  'mase.item_discuss': 'Recorded a MASE discussion and decisions',
  'mase.action_add': 'Added a MASE action',
  'mase.action_update': 'Updated a MASE action',
  'mase.outcome_view': 'Viewed MASE outcomes',
};

const toDate = (v: unknown): Date | null => {
  if (v instanceof Date) return v;
  if (typeof v === 'string' && v) return new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  return null;
};

// Nunjucks's own trim (str.replace(/^\s*|\s*$/g, '')) takes time quadratic in a run of spaces, and GOV.UK components
// trim HTML that holds what the user typed: 100,000 spaces in a date field held the server for minutes (found by the
// hostile-input tests, issue 8). The same result in linear time, keeping the input's safeness.
export function trimFilter(s: unknown): string | nunjucks.runtime.SafeString {
  if (s instanceof nunjucks.runtime.SafeString) return new nunjucks.runtime.SafeString(s.toString().trim());
  if (typeof s === 'string') return s.trim();
  return typeof s === 'number' || typeof s === 'boolean' ? String(s) : '';
}

export function registerFilters(env: Environment): void {
  env.addFilter('trim', trimFilter);
  // `dateOnly`: a date given without a time (chronology_entry.occurred_date_only): its instant is a stand-in, so only
  // its London date is shown.
  env.addFilter('dateTime', (v: unknown, dateOnly?: unknown) => {
    const d = toDate(v);
    return d ? (dateOnly === true ? londonDay : dateTime).format(d) : '';
  });
  env.addFilter('date', (v: unknown) => {
    const d = toDate(v);
    return d ? dateOnly.format(d) : '';
  });
  // A report's month ('2026-11') as people write it ('November 2026').
  env.addFilter('monthName', (v: unknown) => {
    const m = typeof v === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(v) : null;
    return m ? monthName.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))) : v;
  });
  // The London date as YYYY-MM-DD (a <time> element's value for a date given without a time).
  env.addFilter('londonDate', (v: unknown) => {
    const d = toDate(v);
    return d ? londonDate(d) : '';
  });
  env.addFilter('isoDate', (v: unknown) => toDate(v)?.toISOString().slice(0, 10) ?? '');
  env.addFilter('age', (dob: unknown) => (typeof dob === 'string' && dob ? ageOn(dob, new Date()) : ''));
  env.addFilter('nhs', (v: unknown) => (typeof v === 'string' && v ? formatNhsNumber(v) : ''));
  env.addFilter('label', (key: unknown, vocabName: string) => {
    const table = (vocab as unknown as Record<string, Record<string, string>>)[vocabName];
    return (typeof key === 'string' && table?.[key]) || key || '';
  });
  // Select items from rows (staff, agencies, agenda items): value and text keys, the selected value, an optional blank.
  env.addFilter('choose', (rows: unknown, valueKey: string, textKey: string, selected?: unknown, blank?: string) => {
    const items = ((rows as Record<string, unknown>[] | undefined) ?? []).map((r) => ({
      value: String(r[valueKey]),
      text: String(r[textKey]),
      selected: String(r[valueKey]) === selected,
    }));
    return blank ? [{ value: '', text: blank, selected: !selected }, ...items] : items;
  });
  env.addFilter('options', (vocabName: string, selected?: unknown, blank?: string) => {
    const table = (vocab as unknown as Record<string, Record<string, string>>)[vocabName] ?? {};
    const items = Object.entries(table).map(([value, text]) => ({ value, text, selected: value === selected, checked: value === selected }));
    return blank ? [{ value: '', text: blank, selected: !selected }, ...items] : items;
  });
  env.addFilter('formatNumber', (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-GB') : ''));
  env.addFilter('megabytes', (v: unknown) =>
    typeof v === 'number' ? `${(v / 1_000_000).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB` : '',
  );
  env.addFilter('auditAction', (a: unknown) => (typeof a === 'string' && AUDIT_ACTIONS[a]) || a);
  env.addGlobal('vocab', vocab);
}

import { ValidationError } from '../core/errors.ts';
import { AGENDA_KINDS, labelOf } from '../core/mase/vocab.ts';
import type { Services } from '../services/index.ts';
import { parse } from '../services/inputs/fields.ts';
import { AgendaDateInput } from '../services/inputs/mase.ts';

// `lantern mase agenda --date YYYY-MM-DD [--json]`: the agenda the panel would see on that date (issue 7), from the same
// agenda builder as the coordinator's "Build the agenda" button. Nothing is saved; the preview is audited ('via cli').

export type AgendaOptions = { date: string; json: boolean };

// Checked before the database is opened, so that a mistyped date fails at once (exit code 2 through main.ts).
export function parseAgendaOptions(o: { date?: string; json?: boolean }): AgendaOptions {
  if (o.date === undefined) throw new ValidationError({ '--date': 'give the date of the meeting as --date YYYY-MM-DD' });
  try {
    return { date: parse(AgendaDateInput, { date: o.date }).date, json: o.json === true };
  } catch (e) {
    if (e instanceof ValidationError) throw new ValidationError({ '--date': `${e.fields['date'] ?? 'not a date'} (--date YYYY-MM-DD)` });
    throw e;
  }
}

// Like `lantern stats`, the command runs as the system with the least role that may do this: previewing the agenda is
// the MASE coordinator's (mase.manage), and the coordinator sees every item.
const SYSTEM_COORDINATOR = {
  actor: { id: '00000000-0000-0000-0000-000000000000', agencyId: '00000000-0000-0000-0000-000000000000', role: 'mase_coordinator' as const },
  via: 'cli' as const,
};

type Agenda = Awaited<ReturnType<Services['mase']['preview']>>;

export function formatAgenda(a: Agenda): string {
  if (!a.items.length) return `MASE agenda for ${a.date}: nothing to discuss.\n`;
  const width = String(a.items.length).length;
  const lines = a.items.map(
    (item, i) => `${String(i + 1).padStart(width)}. ${labelOf(AGENDA_KINDS, item.kind)}: ${item.title}\n${' '.repeat(width + 2)}${item.reason}\n`,
  );
  return `MASE agenda for ${a.date}: ${a.items.length} ${a.items.length === 1 ? 'item' : 'items'}\n\n${lines.join('')}`;
}

export async function agenda(services: Services, o: AgendaOptions): Promise<string> {
  const a = await services.mase.preview(SYSTEM_COORDINATOR, { date: o.date });
  return o.json ? `${JSON.stringify(a)}\n` : formatAgenda(a);
}

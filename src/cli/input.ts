import fs from 'node:fs';
import { ValidationError } from '../core/errors.ts';
import { parseNoteDate } from '../core/review/row.ts';

// The input of the commands that read one note or one screening: checked before the commands load their analysis, so
// that a refusal (no file, a terminal with nothing piped in, a bad date) comes back at once.

/** Standard input as text, up to `maxBytes`; on a terminal, `hint` instead of waiting for input that will not come. */
export async function readStdin(opts: { maxBytes: number; hint: string; tooLarge: string }, stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (stdin.isTTY) throw new ValidationError({ input: opts.hint });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > opts.maxBytes) throw new ValidationError({ input: opts.tooLarge });
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const MAX_NOTE_BYTES = 10_000_000;
const NOTE_INPUT = {
  maxBytes: MAX_NOTE_BYTES,
  hint: 'Give the note as a file, or send it on standard input (e.g. < note.txt)',
  tooLarge: `The input is larger than ${MAX_NOTE_BYTES} bytes: use lantern review for many notes`,
};

/** A note from a file, or from standard input for `-` or no file. */
export async function readText(file: string | undefined): Promise<string> {
  if (!file || file === '-') return readStdin(NOTE_INPUT);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ValidationError({ file: 'The file does not exist or cannot be read' });
  }
  if (!stat.isFile()) throw new ValidationError({ file: 'Give a file of text, or - for standard input' });
  if (stat.size > MAX_NOTE_BYTES) throw new ValidationError({ file: `The file is larger than ${MAX_NOTE_BYTES} bytes: use lantern review for many notes` });
  return fs.readFileSync(file, 'utf8');
}

/** `--date`: the year the note was written (signs in earlier years are historical); this year when not given. */
export function noteYear(dateRaw: string | undefined): number {
  if (dateRaw === undefined) return new Date().getFullYear();
  const date = parseNoteDate(dateRaw.trim());
  if (!date) throw new ValidationError({ date: 'Give the date the note was written as a real date, YYYY-MM-DD' });
  return Number(date.slice(0, 4));
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.ts';
import { noteYear, readStdin, readText } from './input.ts';
import { readStdin as readScreening } from './screen.ts';

const stream = (text: string, isTTY = false) => Object.assign(Readable.from([Buffer.from(text)]), { isTTY }) as unknown as NodeJS.ReadStream;
const OPTS = { maxBytes: 10, hint: 'send it on standard input', tooLarge: 'too large' };
const fieldsOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fields;
};

describe('standard input', () => {
  it('reads what is piped in, up to the limit', async () => {
    expect(await readStdin(OPTS, stream('a note'))).toBe('a note');
    expect(await fieldsOf(readStdin(OPTS, stream('a note that is too long')))).toEqual({ input: 'too large' });
  });

  it('on a terminal, says what to send instead of waiting, in the words of the command', async () => {
    expect(await fieldsOf(readStdin(OPTS, stream('', true)))).toEqual({ input: 'send it on standard input' });
    expect((await fieldsOf(readScreening(stream('', true)))).input).toContain('screening as JSON');
  });
});

describe('a note from a file', () => {
  it('reads a file, and refuses one that is missing or a folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-input-'));
    try {
      fs.writeFileSync(path.join(dir, 'note.txt'), 'Went missing overnight.');
      expect(await readText(path.join(dir, 'note.txt'))).toBe('Went missing overnight.');
      expect(await fieldsOf(readText(path.join(dir, 'missing.txt')))).toEqual({ file: 'The file does not exist or cannot be read' });
      expect(await fieldsOf(readText(dir))).toEqual({ file: 'Give a file of text, or - for standard input' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--date', () => {
  it('gives the year of a real date, this year without one, and refuses anything else', () => {
    expect(noteYear('2019-02-28')).toBe(2019);
    expect(noteYear(undefined)).toBe(new Date().getFullYear());
    expect(() => noteYear('2019-02-30')).toThrow(ValidationError);
  });
});

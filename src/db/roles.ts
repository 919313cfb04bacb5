import pg from 'pg';

// Least privilege for the application's own database login (issue 8; OWASP ASVS v4.0.3 1.4.4 and 7.3.3: the trail
// cannot be changed by the application). The schema owner runs migrations; the app connects as a role that may read
// and write the case tables but may only SELECT and INSERT the audit trail. The append-only trigger (migration 0001)
// stops UPDATE/DELETE/TRUNCATE too, but the owner could drop it: the app's login cannot, because it owns nothing.

/** Privileges the app's role holds on the audit table: everything else is refused by PostgreSQL itself. */
export const AUDIT_PRIVILEGES = ['SELECT', 'INSERT'] as const;

export type RoleCheck = {
  role: string;
  /** True when this login can neither change audit rows nor switch their protection off. */
  restricted: boolean;
  /** Why not, in words for an operator (empty when restricted). */
  problems: string[];
};

type Queryable = Pick<pg.ClientBase, 'query'>;

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Grants `role` what the app needs on every table the migrations made, and takes back what it must not have. */
export async function grantAppRole(owner: Queryable, role: string): Promise<void> {
  const r = ident(role);
  const db = (await owner.query<{ db: string }>('select current_database() as db')).rows[0]!.db;
  // PostgreSQL before 15 lets every role create objects in public: an app login that owns a table could hide a trigger.
  const ownsPublic = await owner.query<{ owns: boolean }>(
    "select pg_has_role(current_user, nspowner, 'MEMBER') as owns from pg_namespace where nspname = 'public'",
  );
  if (ownsPublic.rows[0]?.owns) await owner.query('revoke create on schema public from public');
  await owner.query(`grant connect on database ${ident(db)} to ${r}`);
  await owner.query(`grant usage on schema public to ${r}`);
  await owner.query(`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await owner.query(`grant usage, select on all sequences in schema public to ${r}`);
  // Events reach the chain only through audit_pending, moved at commit by its trigger, which gives each its place and
  // hash (migrations/0021): the app reads the trail and adds to audit_pending, and can neither write a link of its own
  // nor change one.
  await owner.query(`revoke insert, update, delete, truncate, references, trigger on audit_event from ${r}`);
  await owner.query(`revoke select, update, delete, truncate, references, trigger on audit_pending from ${r}`);
  // Backups compare migration hashes; reading them is harmless, changing them is not.
  await owner.query(`grant usage on schema drizzle to ${r}`);
  await owner.query(`grant select on all tables in schema drizzle to ${r}`);
}

/** Creates the embedded cluster's app login, or resets its password to the one kept in the data folder. */
export async function ensureLoginRole(owner: Queryable, role: string, password: string): Promise<void> {
  const found = await owner.query('select 1 from pg_roles where rolname = $1', [role]);
  // A password cannot be a bind parameter in DDL: quote it as a literal (it is ours, base64url, but quote anyway).
  const literal = `'${password.replace(/'/g, "''")}'`;
  const verb = found.rowCount ? 'alter' : 'create';
  await owner.query(`${verb} role ${ident(role)} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${literal}`);
}

/** What the connected login could do to the audit trail. */
export async function checkAppRole(db: Queryable): Promise<RoleCheck> {
  const r = await db.query<{
    role: string;
    superuser: boolean;
    bypass: boolean;
    upd: boolean;
    del: boolean;
    trunc: boolean;
    owner: boolean;
    creates: boolean;
  }>(
    `select current_user as role, r.rolsuper as superuser, r.rolbypassrls as bypass,
            has_table_privilege('audit_event', 'UPDATE') as upd,
            has_table_privilege('audit_event', 'DELETE') as del,
            has_table_privilege('audit_event', 'TRUNCATE') as trunc,
            pg_has_role(current_user, c.relowner, 'MEMBER') as owner,
            has_schema_privilege('public', 'CREATE') as creates
       from pg_roles r, pg_class c
      where r.rolname = current_user and c.oid = 'audit_event'::regclass`,
  );
  const row = r.rows[0]!;
  const problems = [
    row.superuser && 'it is a superuser',
    row.owner && 'it owns the audit table (or is a member of its owner)',
    row.upd && 'it may UPDATE audit rows',
    row.del && 'it may DELETE audit rows',
    row.trunc && 'it may TRUNCATE the audit table',
    row.creates && 'it may create objects in the public schema',
  ].filter((p): p is string => typeof p === 'string');
  return { role: row.role, restricted: problems.length === 0, problems };
}

/** The same server and database as `url`, signed in as another login. */
export function withLogin(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** The login name a connection URL signs in with. */
export function loginOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

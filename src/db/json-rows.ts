import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

// A table's rows that belong to the outer row, as one JSON array in that row: a record and its parts in one round trip
// instead of one query per part. Built from the table's own column list (a new column is included), keyed by drizzle's
// property names; `fromJsonRows` turns the values back into what a plain select returns (timestamps become Dates).

/**
 * `(select json_agg(...) from table as alias where ... order by ...)`, '[]' when there are none. `from` reads the rows
 * from a named subquery or CTE with the table's columns instead of the table itself (one page of it, for example).
 */
export function jsonRowsOf(table: PgTable, alias: string, where: SQL, orderBy?: SQL, from?: SQL): SQL<Record<string, unknown>[]> {
  const order = orderBy ? sql` order by ${orderBy}` : sql``;
  return sql<Record<string, unknown>[]>`(select coalesce(json_agg(json_build_object(${fieldList(table, alias)})${order}), '[]'::json)
    from ${from ?? table} as ${sql.identifier(alias)} where ${where})`;
}

// `'key', "alias"."column", ...` for every column: written once per table and alias, as one piece of SQL text. Built
// from drizzle's parts on every call, the list cost more than the rest of a record page's queries together (each part
// is type-checked as the query is assembled).
const fieldLists = new WeakMap<PgTable, Map<string, SQL>>();
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

function fieldList(table: PgTable, alias: string): SQL {
  let lists = fieldLists.get(table);
  if (!lists) fieldLists.set(table, (lists = new Map<string, SQL>()));
  let list = lists.get(alias);
  if (!list) {
    const columns: Record<string, { name: string }> = getTableColumns(table);
    // The keys are the schema's own property names (identifiers), written as literals rather than parameters.
    list = sql.raw(
      Object.entries(columns)
        .map(([key, column]) => `'${key}', ${quoted(alias)}.${quoted(column.name)}`)
        .join(', '),
    );
    lists.set(alias, list);
  }
  return list;
}

/** The rows of `jsonRowsOf`, each value mapped as the column maps a driver value. */
export function fromJsonRows<T extends PgTable>(table: T, rows: Record<string, unknown>[]): T['$inferSelect'][] {
  const columns = Object.entries(getTableColumns(table));
  return rows.map((row) => {
    for (const [key, column] of columns) {
      const v = row[key];
      if (v !== null && v !== undefined) row[key] = column.mapFromDriverValue(v);
    }
    return row;
  });
}

import { escapeIdentifier } from 'pg';
import { sql } from '@cutover/testing';
import type { TableRef } from '@cutover/contracts';

/** Content digest computed independently of the agents: every row's text, in a fixed order. */
export async function digest(url: string, table: TableRef): Promise<{ rows: number; md5: string }> {
  const from = `${escapeIdentifier(table.schema)}.${escapeIdentifier(table.name)}`;
  const [row] = await sql<{ rows: number; md5: string }>(
    url,
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM ${from} t`,
  );
  return row;
}

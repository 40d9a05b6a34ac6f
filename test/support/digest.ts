import { sql } from '@cutover/testing';

/** Content digest computed independently of the agents: every row's text, in a fixed order. */
export async function digest(url: string, table: string): Promise<{ rows: number; md5: string }> {
  const [row] = await sql<{ rows: number; md5: string }>(
    url,
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM ${table} t`,
  );
  return row;
}

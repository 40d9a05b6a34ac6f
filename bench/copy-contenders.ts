import type { TableRef } from '@cutover/contracts';
/**
 * bench/copy's reference contenders: raw parallel binary COPY (the physical reference), pgcopydb
 * and pg_dump/pg_restore, each into its own fresh target database on the bench's cluster.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { sql } from '@cutover/testing';
import { exec } from './copy-cluster';
import { pool } from './copy-dataset';

/** One key range of one table: [from, to) as row values over keyColumns, either end open when null; no key columns copies the table whole. */
export interface RangeWork {
  table: TableRef;
  keyColumns: string[];
  from: string[] | null;
  to: string[] | null;
}

export interface Timed {
  seconds: number;
}

const quoteTable = (t: TableRef) => `"${t.schema.replace(/"/g, '""')}"."${t.name.replace(/"/g, '""')}"`;
/** The same row-value comparison the agents use: (k1, k2) >= ('v1', 'v2'), each value untyped (read as its column's type). */
function rangeWhere(w: RangeWork): string {
  if (w.keyColumns.length === 0) return 'true';
  const row = (items: string[]) => `(${items.join(', ')})`;
  const k = row(w.keyColumns.map((c) => escapeIdentifier(c)));
  const parts = [
    w.from === null ? null : `${k} >= ${row(w.from.map(escapeLiteral))}`,
    w.to === null ? null : `${k} < ${row(w.to.map(escapeLiteral))}`,
  ];
  return parts.filter((p) => p !== null).join(' AND ') || 'true';
}

/**
 * N workers, each with one source and one target connection, take ranges off one list (largest
 * tables first, as given) and stream `COPY (SELECT …) TO STDOUT (FORMAT binary)` into
 * `COPY … FROM STDIN (FORMAT binary)`. No DELETE first, no checksum: the physical floor.
 */
export async function rawCopy(sourceUrl: string, targetUrl: string, work: RangeWork[], jobs: number): Promise<Timed & { bytes: number }> {
  const clients = await Promise.all(
    Array.from({ length: jobs }, async () => {
      const s = new Client({ connectionString: sourceUrl });
      const t = new Client({ connectionString: targetUrl });
      await Promise.all([s.connect(), t.connect()]);
      return { s, t };
    }),
  );
  let bytes = 0;
  const t0 = performance.now();
  try {
    await pool(work, jobs, async (w, worker) => {
      const { s, t } = clients[worker];
      const out = s.query(copyTo(`COPY (SELECT * FROM ${quoteTable(w.table)} WHERE ${rangeWhere(w)}) TO STDOUT (FORMAT binary)`));
      out.on('data', (chunk: Buffer) => (bytes += chunk.length));
      await pipeline(out, t.query(copyFrom(`COPY ${quoteTable(w.table)} FROM STDIN (FORMAT binary)`)));
    });
    return { seconds: (performance.now() - t0) / 1000, bytes };
  } finally {
    await Promise.all(clients.flatMap(({ s, t }) => [s.end(), t.end()]));
  }
}

/** Secondary indexes and CHECK constraints, N statements at once, then ANALYZE of every table (as Cutover's finish-table does). */
export async function rawIndexes(targetUrl: string, statements: string[], tables: TableRef[], jobs: number): Promise<Timed> {
  const t0 = performance.now();
  await pool(statements, jobs, async (statement) => {
    await sql(targetUrl, statement);
  });
  await pool(tables, jobs, async (t) => {
    await sql(targetUrl, `ANALYZE ${quoteTable(t)}`);
  });
  return { seconds: (performance.now() - t0) / 1000 };
}

/**
 * `pgcopydb clone` with N table jobs and N index jobs; it dumps and restores the schema itself.
 * `splitAbove` (`--split-tables-larger-than`) would copy a large table in several parts, but
 * 0.10 computes the part width as an integer: on AX-like RECIDs (a key span above 2^31 per part)
 * it fails with "integer out of range", so the bench leaves it off unless asked.
 */
export async function pgcopydb(
  bin: string,
  sourceUrl: string,
  targetUrl: string,
  jobs: number,
  splitAbove: string | undefined,
): Promise<Timed> {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-bench-pgcopydb-'));
  const t0 = performance.now();
  try {
    await exec(
      bin,
      [
        'clone',
        '--source',
        sourceUrl,
        '--target',
        targetUrl,
        '--table-jobs',
        String(jobs),
        '--index-jobs',
        String(jobs),
        ...(splitAbove ? ['--split-tables-larger-than', splitAbove] : []),
        '--dir',
        join(dir, 'work'),
        '--no-owner',
        '--no-acl',
        '--skip-extensions',
      ],
      { PGCOPYDB_LOG_LEVEL: 'warn' },
    );
    return { seconds: (performance.now() - t0) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pg_dump -Fd -j N` then `pg_restore -j N` into an empty database: both together. */
export async function pgDumpRestore(
  bins: { pgDump: string; pgRestore: string },
  sourceUrl: string,
  targetUrl: string,
  jobs: number,
): Promise<Timed & { dump: number; restore: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-bench-pgdump-'));
  const out = join(dir, 'dump');
  try {
    const t0 = performance.now();
    await exec(bins.pgDump, ['-Fd', '-j', String(jobs), '-f', out, '-d', sourceUrl]);
    const t1 = performance.now();
    await exec(bins.pgRestore, ['-j', String(jobs), '--no-owner', '--no-acl', '--exit-on-error', '-d', targetUrl, out]);
    const t2 = performance.now();
    return { seconds: (t2 - t0) / 1000, dump: (t1 - t0) / 1000, restore: (t2 - t1) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

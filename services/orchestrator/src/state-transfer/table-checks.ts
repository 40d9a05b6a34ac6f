import type { AgentClient, AgentTableDefinition } from '@cutover/agent-client';
import { deferredObjectsOf, formatTableRef, tableRef, unsafeType, type TableRef } from '@cutover/contracts';
import { columnProblems, copyColumns, copySet, keyPlan, withBounds } from '../planning';
import { applicationTables, TransferReason } from './discovery';
import type { PlannedTable, TransferContext } from './state-transfer.validator';

/** columnProblems speaks of source and target; here they are the test system and production. */
const onProduction = (p: string) => p.replace(/on the target/g, 'on production').replace(/on the source/g, 'on the test system');

/** Sizes and key ranges on the test system; each table exists there, and where production has it, with the same columns. */
export async function planTables(
  ctx: TransferContext,
  discovered: { table: TableRef; reason: TransferReason; writtenBy: string[] }[],
  prod: AgentClient,
  tst: AgentClient,
  problems: string[],
): Promise<PlannedTable[]> {
  const planned: PlannedTable[] = [];
  for (const d of discovered) {
    const [t, p] = await Promise.all([tst.describeTable(d.table, true), prod.describeTable(d.table)]);
    if (!t) {
      problems.push(
        `${formatTableRef(d.table)} (${d.reason === TransferReason.Framework ? 'framework table' : `written by ${d.writtenBy.join(', ')}`}) does not exist on the test system ${ctx.test.name}`,
      );
      continue;
    }
    const columnDiff = p
      ? columnProblems(t.columns, p.columns).map(onProduction)
      : t.columns.map((c) => unsafeType(c.dataType)).filter((x) => x !== null);
    if (columnDiff.length > 0)
      problems.push(
        p
          ? `${formatTableRef(d.table)} differs on production: ${columnDiff.join('; ')}`
          : `${formatTableRef(d.table)} cannot be created on production: ${columnDiff.join('; ')}`,
      );
    planned.push(await sized(ctx, d, t, p, tst));
  }
  return planned;
}

async function sized(
  ctx: TransferContext,
  d: { table: TableRef; reason: TransferReason; writtenBy: string[] },
  t: AgentTableDefinition,
  p: AgentTableDefinition | null,
  tst: AgentClient,
): Promise<PlannedTable> {
  const key = keyPlan(t, p, t.rowCount, ctx.upgrade.rangeRows);
  const { keyColumns, keyReason, ranges, advisories } = key.split
    ? withBounds(key.plan, (await tst.splitRanges(d.table, key.split.keyColumns, key.split.parts)).bounds)
    : key.plan;
  return {
    ...d,
    rows: t.rowCount,
    bytes: t.bytes,
    existsOnProduction: !!p,
    keyColumns,
    keyReason,
    advisories,
    ranges: ranges.length,
    columns: copyColumns(t, p).columns,
    keyRanges: ranges,
    // Production's own indexes and constraints when it has the table; the test system's when the
    // transfer creates it (columns and primary key only: so its copy key's unique index too).
    objects: p ? deferredObjectsOf(p) : deferredObjectsOf({ ...t, copyKey: { index: null } }),
  };
}

/** The application tables' definitions are the same on both systems: a metadata change after the backup is named. */
export async function schemaProblems(
  ctx: TransferContext,
  prod: AgentClient,
  tst: AgentClient,
  transferred: TableRef[],
): Promise<string[]> {
  const copy = copySet(ctx.manifest, (await prod.listTables()).map(tableRef)).map((c) => c.source);
  const names = applicationTables(ctx.manifest, copy, transferred);
  if (names.length === 0) return [];
  const [a, b] = await Promise.all([prod.fingerprint(names), tst.fingerprint(names)]);
  const problems: string[] = [];
  for (const [i, name] of names.entries()) {
    const [p, t] = [a.tables[i], b.tables[i]];
    if (p.hash === t.hash) continue;
    if (!p.exists || !t.exists) {
      problems.push(`schema mismatch: ${formatTableRef(name)} exists on ${p.exists ? 'production' : 'the test system'} only`);
      continue;
    }
    const [pd, td] = await Promise.all([prod.describeTable(name), tst.describeTable(name)]);
    const columns = columnProblems(td?.columns ?? [], pd?.columns ?? null).map(onProduction);
    const extra = (pd?.columns ?? [])
      .filter((c) => c.nullable && !(td?.columns ?? []).some((x) => x.name === c.name))
      .map((c) => `column ${c.name} exists on production only`);
    const what = [...columns, ...extra];
    problems.push(
      `schema mismatch: ${formatTableRef(name)} differs between production and the test system (${what.length > 0 ? what.join('; ') : 'keys, indexes or constraints'}): ` +
        'metadata changed on production after the backup makes the transfer fail; revert the change, or back up production again and redo the test system',
    );
  }
  return problems;
}

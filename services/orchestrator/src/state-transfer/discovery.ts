import { compareTables, formatTableRef, tableKey, type TableRef } from '@cutover/contracts';
import { ScriptPhase, type PackageManifest } from '../packages/manifest';
import { uniqueTables } from '../planning';
import { trackedTables } from '../preprocessing/readiness-checks';

/** The orchestrator's framework table on every source (created and written by the agent's engines: ensure-script-status, execute-script recordStatus). */
export const SCRIPT_STATUS_TABLE: TableRef = { schema: 'cutover', name: 'script_status' };
/** Production's change log: it holds the changes made since the backup, which the next delta must process. */
export const CHANGE_LOG_TABLES: TableRef[] = [{ schema: 'cutover', name: 'change_log' }];

export enum TransferReason {
  WrittenByScript = 'written-by-script',
  Framework = 'framework',
}

/** One table the state transfer copies from the test system to production, as discovered and sized (the DTO is the shape). */
export type { TransferTableDto as TransferTable } from './state-transfer.dto';

export interface Discovery {
  tables: { table: TableRef; reason: TransferReason; writtenBy: string[] }[];
  /** Tables deliberately not copied, with why. */
  excluded: { table: TableRef; reason: string }[];
  problems: string[];
}

/** Names compare case-insensitively here, as the package's authors write them. */
const lower = (t: TableRef) => tableKey({ schema: t.schema.toLowerCase(), name: t.name.toLowerCase() });

/**
 * The tables that carry the preprocessing state, from the package rather than a hand list (the
 * seed's tool "analyzes the code in the upgrade preprocessing project"): every table a live or
 * delta script writes, plus the framework tables. Single-user and post-sync scripts run later on
 * production itself, so what they write is not state to transfer.
 *
 * A business table must never be in the list: the transfer truncates each table on production
 * before loading the test system's copy. Number-sequence tables are left out (their two values
 * are synced by the number-sequence step); a table a delta script reads is business data that
 * production keeps changing, so a package writing it in a live or delta script is refused.
 */
export function discoverTables(m: PackageManifest): Discovery {
  const writers = new Map<string, { table: TableRef; keys: string[] }>();
  for (const s of m.scripts.filter((x) => x.phase === ScriptPhase.Live || x.phase === ScriptPhase.Delta))
    for (const t of s.writes) writers.set(tableKey(t), { table: t, keys: [...(writers.get(tableKey(t))?.keys ?? []), s.key] });
  const sequenceTables = new Set(m.numberSequences.map((n) => lower(n.table)));
  const tracked = new Set(trackedTables(m).map(lower));
  const changeLog = new Set(CHANGE_LOG_TABLES.map(lower));
  const readOnly = new Set(
    m.scripts
      .flatMap((s) => s.reads)
      .filter((t) => !writers.has(tableKey(t)))
      .map(lower),
  );
  const tables: Discovery['tables'] = [];
  const excluded: Discovery['excluded'] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const consider = (table: TableRef, reason: TransferReason, writtenBy: string[]) => {
    if (seen.has(lower(table))) return;
    seen.add(lower(table));
    if (changeLog.has(lower(table)))
      excluded.push({ table, reason: "production's change log: it holds the changes since the backup, which the next delta processes" });
    else if (sequenceTables.has(lower(table)))
      excluded.push({ table, reason: 'number-sequence table: its values are synced by the number-sequence step, not copied' });
    else if (tracked.has(lower(table)))
      problems.push(
        `${formatTableRef(table)} is ${reason === TransferReason.Framework ? 'declared a framework table' : `written by ${writtenBy.join(', ')}`} but is business data ` +
          'production keeps changing (a delta script reads it): copying it from the test system would overwrite the changes made on ' +
          'production since the backup; the package must write such results to a shadow table',
      );
    else if (reason === TransferReason.Framework && readOnly.has(lower(table)))
      problems.push(
        `${formatTableRef(table)} is declared a framework table but scripts only read it (business data): it must not be copied over production`,
      );
    else tables.push({ table, reason, writtenBy });
  };
  for (const { table, keys } of [...writers.values()].sort((a, b) => compareTables(a.table, b.table)))
    consider(table, TransferReason.WrittenByScript, keys);
  for (const table of uniqueTables([SCRIPT_STATUS_TABLE, ...m.frameworkTables])) consider(table, TransferReason.Framework, []);
  return { tables, excluded, problems };
}

/**
 * The application tables whose schemas must agree on both systems (the seed: metadata changes on
 * production after the backup make the transfer fail): every table the scripts read that no live
 * or delta script writes, the number-sequence tables and the copy set — the tables the test
 * system's results were computed from, and the ones the upgrade later moves.
 */
export function applicationTables(m: PackageManifest, copySetTables: TableRef[], transferred: TableRef[]): TableRef[] {
  const skip = new Set([...transferred, ...CHANGE_LOG_TABLES].map(lower));
  // Post-sync scripts read the target's tables, not the source's.
  const sourceReads = m.scripts.filter((s) => s.phase !== ScriptPhase.PostSync).flatMap((s) => s.reads);
  const sequences = new Set(m.numberSequences.map((n) => tableKey(n.table)));
  const all = [...sourceReads, ...m.numberSequences.map((n) => n.table), ...copySetTables];
  const written = new Set(
    m.scripts.filter((s) => s.phase === ScriptPhase.Live || s.phase === ScriptPhase.Delta).flatMap((s) => s.writes.map(tableKey)),
  );
  return uniqueTables(all.filter((t) => !skip.has(lower(t)) && (!written.has(tableKey(t)) || sequences.has(tableKey(t)))));
}

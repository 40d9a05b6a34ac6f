import { createHash } from 'node:crypto';
import { formatTableRef, tableKey, type TableRef } from '@cutover/contracts';
import { findCycles } from '../common/dag';

export enum ScriptPhase {
  Live = 'live',
  Delta = 'delta',
  SingleUser = 'single-user',
  PostSync = 'post-sync',
}

/** Phases in the order they run; a script may only depend on its own phase or an earlier one. */
export const PHASE_ORDER: readonly ScriptPhase[] = [ScriptPhase.Live, ScriptPhase.Delta, ScriptPhase.SingleUser, ScriptPhase.PostSync];

export interface ScriptDefinition {
  key: string;
  phase: ScriptPhase;
  description: string;
  dependsOn: string[];
  /** Tables the script reads. */
  reads: TableRef[];
  /** Tables the script writes. */
  writes: TableRef[];
  /** SQL per engine: `postgres`, `mssql`. */
  sql: Partial<Record<'postgres' | 'mssql', string>>;
}

export interface ManualTaskDefinition {
  key: string;
  title: string;
  description: string;
  required: boolean;
}

export interface NumberSequenceDefinition {
  /** e.g. CRM_1 (party numbers), CRM_2 (location numbers). */
  key: string;
  description: string;
  table: TableRef;
  /** The column holding the sequence's code, equal to `key`. */
  keyColumn: string;
  /** Every column that identifies one row (AX: DATAAREAID and NUMBERSEQUENCE); contains keyColumn. Absent in packages stored before it existed: [keyColumn]. */
  keyColumns?: string[];
  nextColumn: string;
  maxColumn: string;
}

/** A table pattern: schema and name each match case-insensitively, `*` standing for any run of characters. */
export type TablePattern = TableRef;

export interface CopyRules {
  include: TablePattern[];
  exclude: TablePattern[];
  /** Source (shadow) table → target table. */
  rename: { from: TableRef; to: TableRef }[];
}

export interface PackageManifest {
  name: string;
  version: string;
  description: string;
  scripts: ScriptDefinition[];
  manualTasks: ManualTaskDefinition[];
  frameworkTables: TableRef[];
  numberSequences: NumberSequenceDefinition[];
  /** Sequence objects no column owns (e.g. shared by several tables' defaults), carried over after the copy by name. */
  sequences?: TableRef[];
  copyRules: CopyRules;
}

/**
 * Everything wrong with a manifest, all at once: duplicate keys, unknown dependencies, cycles
 * (printed as the cycle), dependencies on a later phase. An empty list means valid.
 */
export function validateManifest(m: PackageManifest): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, ScriptDefinition>();
  for (const s of m.scripts) {
    if (byKey.has(s.key)) problems.push(`duplicate script key ${s.key}`);
    else byKey.set(s.key, s);
  }
  for (const s of m.scripts) {
    for (const dep of s.dependsOn) {
      const target = byKey.get(dep);
      if (!target) problems.push(`script ${s.key} depends on unknown script ${dep}`);
      else if (PHASE_ORDER.indexOf(target.phase) > PHASE_ORDER.indexOf(s.phase)) {
        problems.push(`script ${s.key} (${s.phase}) depends on ${dep}, which runs in the later phase ${target.phase}`);
      }
    }
    if (!s.sql.postgres && !s.sql.mssql) problems.push(`script ${s.key} has no SQL for any engine`);
  }
  for (const cycle of findCycles(m.scripts)) problems.push(`dependency cycle: ${cycle.join(' → ')}`);
  const manual = new Set<string>();
  for (const t of m.manualTasks) {
    if (manual.has(t.key)) problems.push(`duplicate manual task key ${t.key}`);
    manual.add(t.key);
  }
  const sequences = new Set<string>();
  for (const n of m.numberSequences) {
    if (sequences.has(n.key)) problems.push(`duplicate number sequence ${n.key}`);
    const keys = n.keyColumns ?? [n.keyColumn];
    if (!keys.includes(n.keyColumn))
      problems.push(`number sequence ${n.key}: keyColumns (${keys.join(', ')}) must contain keyColumn ${n.keyColumn}`);
    if (new Set(keys).size !== keys.length) problems.push(`number sequence ${n.key}: keyColumns name a column twice`);
    sequences.add(n.key);
  }
  const named = new Set<string>();
  for (const s of m.sequences ?? []) {
    // Carried over by name after the copy: the same sequence twice would be set twice.
    const key = tableKey(s);
    if (named.has(key)) problems.push(`duplicate sequence ${formatTableRef(s)}`);
    named.add(key);
  }
  return problems;
}

/** Scripts without SQL for an engine the upgrade's systems use. */
export function missingSqlFor(m: PackageManifest, engines: readonly string[]): string[] {
  return m.scripts.flatMap((s) =>
    engines.filter((e) => !s.sql[e as 'postgres' | 'mssql']).map((e) => `script ${s.key} has no SQL for ${e}`),
  );
}

/** sha256 over a canonical rendering (sorted keys), so formatting does not change the hash. */
export function manifestHash(m: PackageManifest): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v as object)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(m)))
    .digest('hex');
}

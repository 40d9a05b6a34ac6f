import { formatTableRef, tableKey, type TableRef } from '@cutover/contracts';
import type { PackageManifest, ScriptDefinition } from '../packages/manifest';
import { PHASE_ORDER, ScriptPhase } from '../packages/manifest';
import { uniqueTables } from '../planning';
import { ReadinessStatus } from './preprocessing.entities';

export interface CheckResult {
  check: string;
  status: ReadinessStatus;
  message: string;
}

/** Tables any script of the package writes (shadow and staging tables), as tableKeys. */
export function tablesWritten(m: PackageManifest): Set<string> {
  return new Set(m.scripts.flatMap((s) => s.writes.map(tableKey)));
}

/** Tables delta scripts declare they read: these get change tracking. */
export function trackedTables(m: PackageManifest): TableRef[] {
  return uniqueTables(m.scripts.filter((s) => s.phase === ScriptPhase.Delta).flatMap((s) => s.reads));
}

/**
 * AX's validateDeltaScripts: a table that a live script reads and no script writes is business
 * data that keeps changing while production is online; unless a delta script reads it too, the
 * live script's result goes stale and nothing reprocesses it.
 */
export function deltaCoverage(m: PackageManifest): CheckResult[] {
  const written = tablesWritten(m);
  const tracked = new Set(trackedTables(m).map(tableKey));
  const missing: string[] = [];
  for (const s of m.scripts.filter((x) => x.phase === ScriptPhase.Live)) {
    for (const t of s.reads)
      if (!written.has(tableKey(t)) && !tracked.has(tableKey(t)))
        missing.push(`live script ${s.key} reads ${formatTableRef(t)}, which no delta script covers`);
  }
  return missing.length === 0
    ? [{ check: 'delta-coverage', status: ReadinessStatus.Pass, message: 'every business table a live script reads has a delta script' }]
    : missing.map((message) => ({ check: 'delta-coverage', status: ReadinessStatus.Error, message }));
}

/** Every script that runs on the source has SQL for the source's engine. */
export function sqlPresent(m: PackageManifest, engine: string): CheckResult[] {
  const missing = m.scripts.filter((s) => s.phase !== ScriptPhase.PostSync && !s.sql[engine as 'postgres' | 'mssql']);
  return missing.length === 0
    ? [{ check: 'sql-present', status: ReadinessStatus.Pass, message: `every source script has ${engine} SQL` }]
    : missing.map((s) => ({ check: 'sql-present', status: ReadinessStatus.Error, message: `script ${s.key} has no ${engine} SQL` }));
}

/**
 * Every table a script reads exists on the source (`existing`: tableKeys), or is written by a
 * script of an earlier (or the same) phase that creates it.
 */
export function tablesExist(m: PackageManifest, existing: Set<string>): CheckResult[] {
  const problems: string[] = [];
  const byPhase = (s: ScriptDefinition) => PHASE_ORDER.indexOf(s.phase);
  for (const s of m.scripts.filter((x) => x.phase !== ScriptPhase.PostSync)) {
    const earlierWrites = new Set(m.scripts.filter((o) => o !== s && byPhase(o) <= byPhase(s)).flatMap((o) => o.writes.map(tableKey)));
    // Tables a script writes may be created by that script itself (shadow tables); only reads must exist.
    for (const t of s.reads)
      if (!existing.has(tableKey(t)) && !earlierWrites.has(tableKey(t)))
        problems.push(`script ${s.key} reads ${formatTableRef(t)}, which does not exist on the source and no earlier script writes`);
  }
  return problems.length === 0
    ? [
        {
          check: 'tables-exist',
          status: ReadinessStatus.Pass,
          message: 'every table the scripts read exists or is created by an earlier script',
        },
      ]
    : problems.map((message) => ({ check: 'tables-exist', status: ReadinessStatus.Error, message }));
}

/** What the agent says the server's version supports (its engine knows which SQL needs which release). */
interface EngineSupport {
  supported: boolean;
  floor: string;
  floorReason: string;
  features: { feature: string; available: boolean; requires: string; why: string }[];
}

/** The server's version against the engine's floor (error), and each feature above the floor it lacks (advisory). */
export function engineSupported(engine: string, serverVersion: string, support: EngineSupport): CheckResult[] {
  if (!support.supported)
    return [
      {
        check: 'engine',
        status: ReadinessStatus.Error,
        message: `${engine} ${serverVersion} is older than ${support.floor}, the oldest supported: ${support.floorReason}`,
      },
    ];
  const missing = support.features.filter((f) => !f.available);
  return [
    { check: 'engine', status: ReadinessStatus.Pass, message: `${engine} ${serverVersion} (supported from ${support.floor})` },
    ...missing.map((f) => ({
      check: 'engine-features',
      status: ReadinessStatus.Advisory,
      message: `${f.feature} needs ${f.requires}, and this server is ${serverVersion}: ${f.why}`,
    })),
  ];
}

/** What the agent's login may do, as its agent's engine probes it (GET /v1/info/permissions). */
export interface ProbedPermissions {
  createTables: boolean;
  ownDatabase: boolean;
  readSessions: boolean;
  endSessions: boolean;
}

/** One readiness result per permission the agent needs. */
export function permissions(may: ProbedPermissions): CheckResult[] {
  const needs: [boolean, string][] = [
    [may.createTables, 'create tables (shadow and staging tables, change log)'],
    [may.ownDatabase, 'restrict the database for single-user mode and alter its tables'],
    [may.readSessions, 'read every session on the database'],
    [may.endSessions, 'end other sessions (forced single-user mode)'],
  ];
  return needs.map(([ok, what]) => ({
    check: 'permissions',
    status: ok ? ReadinessStatus.Pass : ReadinessStatus.Error,
    message: ok ? `the agent login may ${what}` : `the agent login may not ${what}`,
  }));
}

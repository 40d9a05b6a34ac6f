import type { PackageManifest } from './manifest';

/** Blanks string literals, quoted identifiers and comments, so words inside them are not taken for keywords. */
function codeOnly(sql: string): string {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|N?'(?:[^']|'')*'|\[(?:[^\]]|\]\])*\]|"(?:[^"]|"")*"/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** Batches as the agent splits them: on lines holding only `GO` (optionally with a count). */
const batchesOf = (sql: string): string[] => sql.split(/^[ \t]*GO(?:[ \t]+\d+)?[ \t]*$/im);

/**
 * Advisories (shown at upload, never refusals) for a package's T-SQL. The agent runs a package
 * script's batches on one pooled connection, in the database it serves:
 * - `USE` would move that connection, and the rest of the script (and, for a connection the pool
 *   hands out again, later work) would run in another database;
 * - `#temp` tables and `SET` options do not survive a batch that runs with parameters (through
 *   sp_executesql). Package scripts carry no parameters, so they run as plain batches where both
 *   survive; a script relying on that breaks if run through execute-script with parameters.
 */
export function tsqlAdvisories(m: PackageManifest): string[] {
  const out: string[] = [];
  for (const s of m.scripts) {
    if (!s.sql.mssql) continue;
    const batches = batchesOf(s.sql.mssql).map(codeOnly);
    batches.forEach((batch, i) => {
      if (/\bUSE\s+\S/i.test(batch))
        out.push(`script ${s.key} (T-SQL), batch ${i + 1}: USE moves the agent's connection to another database; qualify names instead`);
      const temps = new Set([...batch.matchAll(/\b(?:CREATE\s+TABLE|INTO)\s+(#[\w@$#]+)/gi)].map((x) => x[1].toLowerCase()));
      for (const t of temps) {
        const later = batches.slice(i + 1).findIndex((b) => b.toLowerCase().includes(t));
        if (later >= 0)
          out.push(
            `script ${s.key} (T-SQL): ${t} is created in batch ${i + 1} and used in batch ${i + 2 + later}; ` +
              'it survives only because package scripts run as plain batches (with parameters, through sp_executesql, it would not)',
          );
      }
    });
  }
  return out;
}

import type { TableDefinition } from './engine';
import { EngineInputError } from './engine';

/**
 * The columns a copy transfers by default: every column the database does not compute (SQL Server
 * computed columns, PostgreSQL generated columns are recomputed by the target), in table order.
 */
export const storedColumns = (table: TableDefinition): string[] =>
  [...table.columns]
    .sort((a, b) => a.ordinal - b.ordinal)
    .filter((c) => !c.generated)
    .map((c) => c.name);

/** Refuses computed/generated columns in an import: no load can write them, the target recomputes them. */
export function requireStoredColumns(table: TableDefinition, columns: readonly string[]): void {
  const computed = columns.filter((c) => table.columns.find((x) => x.name === c)?.generated);
  if (computed.length > 0)
    throw new EngineInputError(
      `column(s) ${computed.map((c) => JSON.stringify(c)).join(', ')} are computed by the database: leave them out of the copy (the target recomputes them)`,
    );
}

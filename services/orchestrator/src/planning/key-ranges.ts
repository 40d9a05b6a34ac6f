import type { AgentTableDefinition } from '@cutover/agent-client';
import { rangesFromBounds, wholeTable, type KeyBounds } from '@cutover/contracts';

/** How one table is copied: its copy key, the ranges on it, and the advisories that explain a whole-table copy. */
export interface CopyPlan {
  /** The copy key the ranges are taken on (maybe composite); empty copies the table whole, as one range. */
  keyColumns: string[];
  /** Why those key columns, or why none (the source agent's reason). */
  keyReason: string;
  ranges: KeyBounds[];
  advisories: string[];
}

/** What to ask the source's agent for (its split-ranges): about `parts` ranges of the key, as inner bounds. */
export interface SplitRequest {
  keyColumns: string[];
  parts: number;
}

type KeyedDefinition = Pick<AgentTableDefinition, 'copyKey' | 'columns'>;

/** A table copied whole, as one range, on no key (`keyReason`: why). */
export const wholeCopy = (keyReason: string, advisories: string[] = []): CopyPlan => ({
  keyColumns: [],
  keyReason,
  ranges: [wholeTable()],
  advisories,
});

/**
 * How a table is copied: split on the source's copy key (its primary key, else a unique index over
 * NOT NULL columns; maybe composite) into ranges of about `rangeRows` rows — quantiles of the key,
 * from its agent, as row values — when it holds more than that, else whole. A table without a
 * usable key, or whose text key columns sort by another collation on the target (the target's
 * delete-first and checksums would cut the ranges elsewhere), is copied as one range, with an
 * advisory saying why. `split` says what to ask the source's agent for; its bounds go to `withBounds`.
 */
export function keyPlan(
  source: KeyedDefinition | null,
  target: Pick<AgentTableDefinition, 'columns'> | null,
  rows: number,
  rangeRows: number,
): { plan: CopyPlan; split: SplitRequest | null } {
  const key = source?.copyKey ?? { columns: [], reason: 'the table was not described' };
  if (key.columns.length === 0)
    return { plan: wholeCopy(key.reason, [`no usable copy key (${key.reason}): copied as one range`]), split: null };
  const collated = key.columns.flatMap((name) => {
    const [s, t] = [source, target].map((d) => d?.columns.find((c) => c.name === name)?.collation ?? null);
    return target && s !== t ? [`${name} sorts by ${s ?? 'no collation'} on the source and ${t ?? 'no collation'} on the target`] : [];
  });
  if (collated.length > 0)
    return {
      plan: wholeCopy(key.reason, [
        `key column ${collated.join('; ')}: ranges taken on the source would not hold on the target, so it is copied as one range`,
      ]),
      split: null,
    };
  const plan = { keyColumns: key.columns, keyReason: key.reason, ranges: [wholeTable()], advisories: [] };
  return { plan, split: rows <= rangeRows ? null : { keyColumns: key.columns, parts: Math.ceil(rows / rangeRows) } };
}

/** The plan with the ranges cut at the source agent's inner bounds (the answer to its SplitRequest). */
export const withBounds = (plan: CopyPlan, bounds: string[][]): CopyPlan => ({ ...plan, ranges: rangesFromBounds(bounds) });

/** A table's estimated rows spread over its ranges (each copy task's share, for progress). */
export const rowsPerRange = (rows: number, ranges: number): number => Math.ceil(rows / Math.max(1, ranges));

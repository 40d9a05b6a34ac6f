import { ProblemException } from '@cutover/common';
import { formatTableRef } from '@cutover/contracts';
import type { NumberSequenceDefinition } from '../packages/manifest';
import type { AgentGateway } from '../systems/agent-gateway';

export interface Values {
  next: string;
  max: string;
}

export interface Scope {
  column: string;
  value: string;
}

/** One row of a declared sequence on one system: its scope (the key besides the code) and values. */
export interface SequenceRowValues {
  scope: Scope[];
  values: Values;
}

export const keyColumnsOf = (s: NumberSequenceDefinition): string[] => s.keyColumns ?? [s.keyColumn];

/** A scope as a comparable text. */
export const scopeKey = (scope: Scope[]): string => JSON.stringify([...scope].sort((a, b) => a.column.localeCompare(b.column)));

export const formatScope = (scope: Scope[]): string =>
  scope.length ? ` (${scope.map((c) => `${c.column} = ${c.value}`).join(', ')})` : '';

const sequenceColumns = (s: NumberSequenceDefinition) => ({
  table: s.table,
  keyColumns: keyColumnsOf(s),
  nextColumn: s.nextColumn,
  maxColumn: s.maxColumn,
});

/** The declared sequence's rows on one system (every company), read by the agent's engine. */
export async function readSequenceRows(
  agents: AgentGateway,
  systemId: string,
  s: NumberSequenceDefinition,
  side: string,
): Promise<SequenceRowValues[] | string> {
  try {
    const op = await agents.run(
      systemId,
      {
        type: 'read-number-sequences',
        readNumberSequences: { sequence: sequenceColumns(s), match: [{ column: s.keyColumn, value: s.key }] },
      },
      'state-transfer',
    );
    const rows = op.result?.readNumberSequences?.rows;
    if (op.status !== 'succeeded' || !rows) return `reading it on ${side} failed: ${op.error?.message ?? op.status}`;
    if (rows.length === 0) return `${formatTableRef(s.table)} has no row with ${s.keyColumn} = ${s.key} on ${side}`;
    const keys = keyColumnsOf(s);
    return rows.map((r) => ({
      scope: keys.flatMap((column, i) => (column === s.keyColumn ? [] : [{ column, value: r.key[i] }])),
      values: { next: r.next ?? '', max: r.max ?? '' },
    }));
  } catch (error) {
    return `reading it on ${side} failed: ${(error as Error).message}`;
  }
}

/** Compare-and-set of one row on production: 409 when it no longer holds what the operator confirmed. */
export async function writeSequenceRow(
  agents: AgentGateway,
  systemId: string,
  s: NumberSequenceDefinition,
  scope: Scope[],
  expected: Values,
  values: Values,
): Promise<void> {
  const key = keyColumnsOf(s).map((c) => (c === s.keyColumn ? s.key : (scope.find((x) => x.column === c)?.value ?? '')));
  const op = await agents.run(
    systemId,
    {
      type: 'set-number-sequence',
      setNumberSequence: {
        sequence: sequenceColumns(s),
        key,
        next: values.next,
        max: values.max,
        expectedNext: expected.next,
        expectedMax: expected.max,
      },
    },
    'state-transfer',
  );
  if (op.status !== 'succeeded')
    throw new ProblemException(502, `writing ${s.key}${formatScope(scope)} on production failed: ${op.error?.message ?? op.status}`);
  if (op.result?.setNumberSequence?.updated !== 1)
    throw new ProblemException(
      409,
      `${s.key}${formatScope(scope)} changed on production while it was being applied: preview again and confirm the new values`,
    );
}

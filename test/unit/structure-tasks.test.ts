import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableKey, type DeferredObjectShape, type TableRef } from '@cutover/contracts';
import {
  foreignKeyTasks,
  prepareDependencies,
  stronglyConnected,
  type StructureNode,
} from '../../services/orchestrator/src/copy/structure-tasks';
import { indexDefinition } from '../../services/transfer-agent/src/engines/postgres/table-ops';
import type { TableDefinition } from '../../services/transfer-agent/src/engines/engine';

const t = (name: string): TableRef => ({ schema: 'app', name });
const key = (name: string) => tableKey(t(name));
const node = (name: string, refs: string[] = [], parent: string | null = null, partitioned = false): StructureNode => ({
  target: t(name),
  partitioned,
  parent: parent ? t(parent) : null,
  foreignKeys: refs.map((r, i) => ({ name: `${name}_fk${i}`, references: t(r) })),
});
const fkObjects = (n: StructureNode): DeferredObjectShape[] =>
  n.foreignKeys.map((f) => ({ kind: 'foreign-key', name: f.name, definition: `FOREIGN KEY (x) REFERENCES ${f.references.name}(id)` }));

describe('structure tasks: partitions and foreign keys in the copy DAG', () => {
  const nodes = [
    node('customer'),
    node('orders', ['customer'], null, true),
    node('orders_2023', [], 'orders'),
    node('orders_2024', [], 'orders'),
    node('payment', ['orders', 'vendor']),
    node('dept', ['employee']),
    node('employee', ['dept']),
    node('tree', ['tree']),
  ];
  const objectsOf = (r: TableRef) => fkObjects(nodes.find((n) => n.target.name === r.name)!);

  it('prepares a partition after its parent, and a referenced table after the tables referencing it (not within a cycle)', () => {
    const deps = prepareDependencies(nodes);
    assert.deepEqual(deps.get(key('orders_2023')), ['prepare:app.orders']);
    assert.deepEqual(deps.get(key('customer')), ['prepare:app.orders']);
    assert.deepEqual(deps.get(key('orders')), ['prepare:app.payment']);
    assert.deepEqual(deps.get(key('dept')), [], 'a cycle cannot wait both ways: its truncate falls back to a delete');
    assert.deepEqual(deps.get(key('tree')), [], 'a self-reference needs no order');
  });

  it('recreates foreign keys after the table and the tables they reference; to an uncopied table at the end; cycles chained', () => {
    const { tasks } = foreignKeyTasks('sys', nodes, objectsOf, () => 1);
    const byKey = new Map(tasks.map((x) => [x.key, x]));
    assert.deepEqual(byKey.get('foreign-keys:app.orders')!.dependsOn, ['finish:app.orders', 'finish:app.customer']);
    const atEnd = byKey.get('foreign-keys:app.payment')!.dependsOn;
    assert.deepEqual(
      atEnd,
      nodes.map((n) => `finish:app.${n.target.name}`),
      'app.vendor is not copied: after every finish',
    );
    assert.deepEqual(byKey.get('foreign-keys:app.employee')!.dependsOn, [
      'finish:app.employee',
      'finish:app.dept',
      'foreign-keys:app.dept',
    ]);
    assert.deepEqual(byKey.get('foreign-keys:app.tree')!.dependsOn, ['finish:app.tree']);
    assert.ok(!byKey.has('foreign-keys:app.orders_2023'), 'no task for a table without foreign keys of its own');
  });

  it('finds the strongly connected components of the foreign-key graph', () => {
    const c = stronglyConnected(nodes);
    assert.equal(c.get(key('dept')), c.get(key('employee')));
    assert.notEqual(c.get(key('orders')), c.get(key('customer')));
  });

  it('builds a partitioned table’s index on every partition (no ON ONLY)', () => {
    const parent = { partition: { partitioned: true, parent: null } } as TableDefinition;
    const leaf = { partition: { partitioned: false, parent: t('orders') } } as TableDefinition;
    const def = 'CREATE INDEX "odd "" ON ONLY name" ON ONLY app.orders USING btree (customer_id)';
    assert.equal(indexDefinition(parent, def), 'CREATE INDEX "odd "" ON ONLY name" ON app.orders USING btree (customer_id)');
    assert.equal(
      indexDefinition(leaf, 'CREATE INDEX i ON app.orders_2024 USING btree (note)'),
      'CREATE INDEX i ON app.orders_2024 USING btree (note)',
    );
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StatePool } from '../../services/orchestrator/src/database/state-pool';
import { migratedStateDatabase, type MigratedState } from '../support/state-database';

/**
 * StatePool's transactions on the pool's pipelined connections (real PostgreSQL): BEGIN is sent with
 * the work's first statement, not awaited before it, and the work is still all or nothing.
 */
describe('StatePool transactions on pipelined connections (real PostgreSQL)', () => {
  let db: MigratedState;
  let state: StatePool;
  const count = async () => Number((await state.query<{ n: string }>('SELECT count(*) AS n FROM scratch'))[0].n);

  before(async () => {
    db = await migratedStateDatabase();
    state = new StatePool(db.ds);
    await state.query('CREATE TABLE scratch (n int NOT NULL)');
  });
  after(() => db?.drop());

  it('the orchestrator pool hands out pipelined connections', async () => {
    const client = await state.pool.connect();
    try {
      assert.equal(client.pipeline, true);
    } finally {
      client.release();
    }
  });

  it('every statement of the work runs in one transaction, the first one included', async () => {
    const ids = await state.transaction(async (c) => {
      const first = (await c.query<{ x: string }>('SELECT txid_current()::text AS x')).rows[0].x;
      await c.query('INSERT INTO scratch VALUES (1)');
      const last = (await c.query<{ x: string }>('SELECT txid_current()::text AS x')).rows[0].x;
      return { first, last };
    });
    assert.equal(ids.first, ids.last, 'the first statement ran inside the transaction BEGIN opened');
    assert.equal(await count(), 1);
  });

  it('a statement that fails undoes what the work did before it, and the connection serves the next work', async () => {
    await state.query('TRUNCATE scratch');
    await assert.rejects(
      state.transaction(async (c) => {
        await c.query('INSERT INTO scratch VALUES (1)');
        await c.query('INSERT INTO scratch VALUES (NULL)');
      }),
      /null value/,
    );
    assert.equal(await count(), 0, 'the first insert was rolled back');
    await assert.rejects(
      state.transaction(async (c) => {
        await c.query('INSERT INTO scratch VALUES (2)');
        throw new Error('the work gave up');
      }),
      /the work gave up/,
    );
    assert.equal(await count(), 0, 'an error thrown by the work rolls back too');
    // Every connection of the pool is used again afterwards: none is left inside a transaction.
    await Promise.all(Array.from({ length: 40 }, (_, i) => state.transaction((c) => c.query('INSERT INTO scratch VALUES ($1)', [i]))));
    assert.equal(await count(), 40);
  });
});

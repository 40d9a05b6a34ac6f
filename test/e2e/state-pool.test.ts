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

  it('a last statement goes out with COMMIT behind it: committed when it succeeds, nothing when it fails', async () => {
    await state.query('TRUNCATE scratch');
    const inserted = await state.transaction(async (c, end) => {
      await c.query('INSERT INTO scratch VALUES (1)');
      return (await end.last(() => c.query('INSERT INTO scratch VALUES (2) RETURNING n'))).rows[0].n;
    });
    assert.equal(inserted, 2);
    assert.equal(await count(), 2, 'both statements committed');
    await assert.rejects(
      state.transaction(async (c, end) => {
        await c.query('INSERT INTO scratch VALUES (3)');
        await end.last(() => c.query('INSERT INTO scratch VALUES (NULL)'));
      }),
      /null value/,
    );
    assert.equal(await count(), 2, 'the failed last statement took the one before it along');
    await assert.rejects(
      state.transaction(async (c, end) => {
        await c.query('INSERT INTO scratch VALUES (4)');
        await end.last(() => c.query('INSERT INTO scratch VALUES (NULL)')).catch(() => undefined);
      }),
      /rolled back \(ROLLBACK\)/,
      'a work that swallows its last statement’s error is not told it committed',
    );
    await assert.rejects(
      state.transaction(async (c, end) => {
        await end.last(() => c.query('INSERT INTO scratch VALUES (5)'));
        await end.last(() => c.query('INSERT INTO scratch VALUES (6)'));
      }),
      /already sent its last statement/,
    );
    assert.deepEqual(
      (await state.query<{ n: number }>('SELECT n FROM scratch ORDER BY n')).map((r) => r.n),
      [1, 2, 5],
      'a statement after the last one is refused before it is sent: it would have run outside the transaction',
    );
  });
});

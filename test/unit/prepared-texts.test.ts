import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PreparedTexts, prepared } from '../../services/orchestrator/src/database/state-pool';

describe('PreparedTexts (pg-boss statements named at run time)', () => {
  it('names a text the way prepared() does, the same object every time', () => {
    const texts = new PreparedTexts(4);
    const a = texts.for('SELECT 1');
    assert.deepEqual(a, prepared('SELECT 1'));
    assert.equal(texts.for('SELECT 1'), a);
    assert.notEqual((texts.for('SELECT 2') as { name: string }).name, (a as { name: string }).name);
  });

  it('names only the first `limit` distinct texts; later ones go unnamed, earlier ones stay named', () => {
    const texts = new PreparedTexts(2);
    texts.for('SELECT 1');
    texts.for('SELECT 2');
    assert.equal(texts.for('SELECT 3'), 'SELECT 3');
    assert.equal(typeof texts.for('SELECT 1'), 'object');
  });
});

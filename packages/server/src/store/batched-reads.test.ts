import { describe, it } from 'node:test';
import { assert } from 'chai';
import { batchedReads, rowsByKey, singleReads, type BatchedRead } from './batched-reads.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';

/** A database that answers each key with its double and records the keys of every statement; key 13 is refused. */
function doublingDatabase(failure: () => Error = () => new Error('value out of range')) {
  const statements: number[][] = [];
  const db: SqlExecutor = {
    async query<R extends SqlRow>(_sql: string, params: readonly unknown[] = []) {
      const keys = (params[0] as string[]).map(Number);
      statements.push(keys);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (keys.includes(13)) throw failure();
      const rows = keys.map((n, index) => ({ ord: index + 1, doubled: n * 2 }));
      return { rows: rows as unknown as R[], rowCount: rows.length };
    },
  };
  return { db, statements };
}

const DOUBLED: BatchedRead<number, number | undefined> = {
  async load(db, keys) {
    const { rows } = await db.query('SELECT …', [keys.map(String)]);
    return rowsByKey(rows, keys.length).map(([row]) => row && Number(row.doubled));
  },
};

describe('batched reads', () => {
  it('calls made together go to the database in one statement, each answered with its own value', async () => {
    const { db, statements } = doublingDatabase();
    const reads = batchedReads(db);
    assert.deepEqual(await Promise.all([1, 2, 3, 4].map((n) => reads.read(DOUBLED, n))), [2, 4, 6, 8]);
    assert.deepEqual(statements, [[1, 2, 3, 4]]);
  });

  it('calls made while a statement runs go together in the next one, at most the batch size each', async () => {
    const { db, statements } = doublingDatabase();
    const reads = batchedReads(db, 3);
    const first = reads.read(DOUBLED, 1);
    await new Promise((resolve) => setTimeout(resolve, 1)); // the first statement is under way
    const later = [2, 3, 4, 5].map((n) => reads.read(DOUBLED, n));
    assert.deepEqual(await Promise.all([first, ...later]), [2, 4, 6, 8, 10]);
    assert.deepEqual(statements, [[1], [2, 3, 4], [5]]);
  });

  it('a key the database refuses fails only its own call: the others are read again, each alone', async () => {
    const { db, statements } = doublingDatabase();
    const reads = batchedReads(db);
    const outcomes = await Promise.allSettled([12, 13, 14].map((n) => reads.read(DOUBLED, n)));
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.deepEqual(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message)),
      [24, 'value out of range', 28]);
    assert.deepEqual(statements, [[12, 13, 14], [12], [13], [14]]);
  });

  it('a database that cannot be reached fails every call of the statement at once, without a retry each', async () => {
    const { db, statements } = doublingDatabase(() => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    const reads = batchedReads(db);
    const outcomes = await Promise.allSettled([13, 14].map((n) => reads.read(DOUBLED, n)));
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['rejected', 'rejected']);
    assert.deepEqual(statements, [[13, 14]]);
  });

  it('inside a transaction each call is its own statement', async () => {
    const { db, statements } = doublingDatabase();
    const reads = singleReads(db);
    assert.deepEqual(await Promise.all([1, 2].map((n) => reads.read(DOUBLED, n))), [2, 4]);
    assert.deepEqual(statements, [[1], [2]]);
  });

  it('a key the database has no row for is answered as missing, not with another key\'s row', () => {
    assert.deepEqual(rowsByKey([{ ord: 3, v: 'c' }, { ord: 1, v: 'a' }, { ord: 1, v: 'a2' }], 3), [[{ ord: 1, v: 'a' }, { ord: 1, v: 'a2' }], [], [{ ord: 3, v: 'c' }]]);
  });
});

import { describe, it } from 'node:test';
import { assert } from 'chai';
import { deferredWrites, immediateWrites, type DeferredKind } from './deferred-writes.js';
import type { SqlExecutor, SqlParam, SqlRow } from './sql-client.js';

/** A database that records every statement and answers it with `answer`'s rows. */
function recordingDatabase(answer: (sql: string) => SqlRow[] = () => []) {
  const statements: { sql: string; params: readonly SqlParam[] }[] = [];
  const db: SqlExecutor = {
    async query<R extends SqlRow>(sql: string, params: readonly SqlParam[] = []) {
      statements.push({ sql, params });
      const rows = answer(sql) as R[];
      return { rows, rowCount: rows.length };
    },
  };
  return { db, statements };
}

const checked: string[] = [];
const NOTES: DeferredKind<string> = {
  statements: (rows) => [{ sql: 'INSERT INTO notes SELECT * FROM unnest($1::text[]) RETURNING 1', params: [rows] }],
  async check(_db, rows, [inserted = []]) {
    checked.push(`notes: ${rows.length} held, ${inserted.length} returned`);
  },
};
const TALLIES: DeferredKind<number> = {
  statements: (rows) => [
    { sql: 'INSERT INTO tallies VALUES ($1, $2) RETURNING 1', params: [rows.length, rows.join(',')] },
    { sql: 'UPDATE tally_head SET n = $1 RETURNING 1', params: [rows.at(-1)!] },
  ],
  rethrow: (error) => ((error as Error).message === 'duplicate tally' ? new Error('the tally is taken') : error),
};

describe('held-back writes', () => {
  it('a transaction\'s held-back rows of every kind go in one statement, its parts renumbered, each kind checking its own', async () => {
    checked.length = 0;
    const { db, statements } = recordingDatabase(() => [{ w0: [{}, {}], w1: [{}], w2: [{}] }]);
    const writes = deferredWrites(db);
    await writes.write(NOTES, ['a']);
    await writes.write(TALLIES, [1, 2]);
    await writes.write(NOTES, ['b']);
    assert.deepEqual(writes.held(NOTES), ['a', 'b']);
    assert.deepEqual(statements, [], 'nothing written before the end');
    await writes.flush();
    assert.lengthOf(statements, 1);
    assert.equal(statements[0]!.sql, [
      'WITH w0 AS (INSERT INTO notes SELECT * FROM unnest($1::text[]) RETURNING 1),',
      'w1 AS (INSERT INTO tallies VALUES ($2, $3) RETURNING 1),',
      'w2 AS (UPDATE tally_head SET n = $4 RETURNING 1)',
      'SELECT (SELECT coalesce(json_agg(w0), \'[]\') FROM w0) AS w0, (SELECT coalesce(json_agg(w1), \'[]\') FROM w1) AS w1, '
        + '(SELECT coalesce(json_agg(w2), \'[]\') FROM w2) AS w2',
    ].join('\n'));
    assert.deepEqual(statements[0]!.params, [['a', 'b'], 2, '1,2', 2]);
    assert.deepEqual(checked, ['notes: 2 held, 2 returned']);
    assert.deepEqual(writes.held(NOTES), [], 'written once');
    await writes.flush();
    assert.lengthOf(statements, 1);
  });

  it('a flush of one kind writes that kind alone, as its own statement', async () => {
    const { db, statements } = recordingDatabase();
    const writes = deferredWrites(db);
    await writes.write(NOTES, ['a']);
    await writes.write(TALLIES, [1]);
    await writes.flush(NOTES);
    assert.deepEqual(statements.map(({ sql }) => sql), ['INSERT INTO notes SELECT * FROM unnest($1::text[]) RETURNING 1']);
    assert.deepEqual(writes.held(TALLIES), [1]);
  });

  it('a database error becomes the error of the kind that knows it, whichever part caused it', async () => {
    const db: SqlExecutor = { query: () => Promise.reject(new Error('duplicate tally')) };
    const writes = deferredWrites(db);
    await writes.write(NOTES, ['a']);
    await writes.write(TALLIES, [1]);
    const error = await writes.flush().then(() => undefined, (reason: unknown) => reason);
    assert.equal((error as Error).message, 'the tally is taken');
  });

  it('outside a transaction each write goes at once', async () => {
    const { db, statements } = recordingDatabase();
    const writes = immediateWrites(db);
    await writes.write(NOTES, ['a']);
    assert.lengthOf(statements, 1);
    assert.deepEqual(writes.held(NOTES), []);
  });
});

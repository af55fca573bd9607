import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PGlite, protocol } from '@electric-sql/pglite';
import { bindExecuteSync, readAnswer } from './pglite-wire.js';

const { serialize } = protocol;

describe('PGlite wire messages', () => {
  let db: PGlite;
  /** Sends `message` and reads the answer with `readAnswer`. */
  const exchange = async (message: Uint8Array, columns?: Parameters<typeof readAnswer>[2]) => {
    const chunks: Buffer[] = [];
    await db.execProtocolRawStream(message, { syncToFs: false, onRawData: (chunk) => chunks.push(Buffer.from(chunk)) });
    return readAnswer(Buffer.concat(chunks), db.parsers, columns);
  };
  const prepare = (name: string, text: string) =>
    exchange(Buffer.concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]));

  before(async () => {
    db = await PGlite.create();
    await db.exec(`CREATE TABLE t (id int PRIMARY KEY, name text, doc jsonb, at timestamptz, ok boolean, n bigint);
      INSERT INTO t VALUES (1, 'Siti', '{"a": [1, "dua"]}', '2026-03-02T01:00:00Z', true, 9007199254740993), (2, NULL, NULL, NULL, NULL, NULL)`);
  });
  after(() => db.close());

  it('writes Bind, Execute and Sync byte for byte as PGlite\'s own serializer does', () => {
    const values = ['Siti Rahmawati', null, '', 'Jl. Ñandú 7 — 東京 🙂', '{"x":"\\"quoted\\""}'];
    const expected = Buffer.concat([serialize.bind({ statement: 'satupintu_7', values }), serialize.execute(), serialize.sync()]);
    assert.deepEqual(bindExecuteSync('satupintu_7', values), expected);
  });

  it('reads a statement\'s description and its rows as PGlite\'s own query does (types, nulls, big integers)', async () => {
    const sql = 'SELECT id, name, doc, at, ok, n FROM t WHERE id >= $1 ORDER BY id';
    const described = await prepare('all_columns', sql);
    assert.deepEqual(described.paramTypes, [23]);
    assert.deepEqual(described.columns?.map(({ name }) => name), ['id', 'name', 'doc', 'at', 'ok', 'n']);
    const answer = await exchange(bindExecuteSync('all_columns', ['1']), described.columns);
    assert.deepEqual(answer.rows, (await db.query(sql, [1])).rows);
    assert.equal(answer.rowCount, 2);
    assert.equal(answer.command, 'SELECT 2');
  });

  it('counts the rows a write touched from its command tag', async () => {
    await prepare('insert_two', 'INSERT INTO t (id, name) SELECT x, $1 FROM generate_series(10, 11) x');
    const answer = await exchange(bindExecuteSync('insert_two', ['baru']));
    assert.deepEqual([answer.command, answer.rowCount, answer.rows], ['INSERT 0 2', 2, []]);
    assert.equal((await exchange(serialize.query('BEGIN'))).command, 'BEGIN');
    assert.equal((await exchange(serialize.query('ROLLBACK'))).command, 'ROLLBACK');
  });

  it('reads an error with the fields the store maps (SQLSTATE, constraint, message)', async () => {
    await prepare('insert_one', 'INSERT INTO t (id) VALUES ($1)');
    const { error } = await exchange(bindExecuteSync('insert_one', ['1']));
    assert.equal(error?.code, '23505');
    assert.equal(error?.constraint, 't_pkey');
    assert.equal(error?.table, 't');
    assert.match(error?.message ?? '', /duplicate key/);
    assert.equal((await exchange(bindExecuteSync('insert_one', ['12']))).rowCount, 1, 'the next statement runs as usual');
  });
});

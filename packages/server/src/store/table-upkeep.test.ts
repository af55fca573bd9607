import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPgliteClient } from './pglite-client.js';
import type { SqlClient } from './sql-client.js';
import { upkeepGrownTables } from './table-upkeep.js';

describe('upkeepGrownTables (the embedded database has no autovacuum)', () => {
  let dataDir = '';
  let db: SqlClient;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'satupintu-upkeep-'));
    db = await openPgliteClient(dataDir);
    await db.query('CREATE TABLE letters (id int PRIMARY KEY, body text NOT NULL)');
    await db.query('CREATE INDEX letters_body ON letters (body)');
    await db.query('CREATE TABLE "odd ""name""" (id int PRIMARY KEY)');
  });
  after(async () => {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const fill = (from: number, to: number, body: string) =>
    db.query(`INSERT INTO letters SELECT n, $1 || n FROM generate_series($2::int, $3::int) AS n`, [body, from, to - 1]);
  const statisticsOf = async (table: string) =>
    (await db.query<{ attname: string }>('SELECT attname FROM pg_stats WHERE tablename = $1 ORDER BY attname', [table])).rows.map((row) => row.attname);

  it('leaves tables that have not grown past the threshold', async () => {
    await fill(0, 10, 'a');
    await db.query('INSERT INTO "odd ""name""" SELECT generate_series(1, 10)');
    assert.deepEqual(await upkeepGrownTables(db), []);
    assert.deepEqual(await statisticsOf('letters'), []);
  });

  it('vacuums and analyses a grown table (planner statistics appear, its size is recorded), then not again until it grows', async () => {
    await fill(10, 5000, 'b'.repeat(100));
    const [done, ...others] = await upkeepGrownTables(db);
    assert.deepEqual(others, []);
    assert.equal(done?.table, 'letters');
    assert.equal(done?.pagesBefore, 2, 'its two empty indexes\' pages, counted when they were built');
    assert.ok(done!.pages > 100, `${done?.pages} pages`);
    assert.deepEqual(await statisticsOf('letters'), ['body', 'id']);
    const { rows: [recorded] } = await db.query<{ reltuples: number }>("SELECT reltuples FROM pg_class WHERE relname = 'letters'");
    assert.equal(recorded?.reltuples, 5000);
    assert.deepEqual(await upkeepGrownTables(db), [], 'nothing has grown since');
  });

  it('counts index growth: updates of an indexed column leave old entries behind until vacuumed', async () => {
    for (const round of [1, 2, 3]) await db.query('UPDATE letters SET body = $1 || id', [`${round}`.repeat(100)]);
    assert.deepEqual((await upkeepGrownTables(db)).map((table) => table.table), ['letters']);
  });

  it('a table refilled into the space a vacuum freed is not due', async () => {
    await db.query('DELETE FROM letters WHERE id >= 2500');
    await db.query('VACUUM letters');
    await fill(2500, 5000, 'c'.repeat(100));
    assert.deepEqual(await upkeepGrownTables(db), []);
  });

  it('quotes table names', async () => {
    await db.query('INSERT INTO "odd ""name""" SELECT generate_series(11, 20000)');
    assert.deepEqual((await upkeepGrownTables(db)).map((table) => table.table), ['odd "name"']);
  });
});

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from './open-store.js';
import { openPgliteClient } from './pglite-client.js';
import type { SqlClient } from './sql-client.js';
import { checkpointIfDue } from './wal-checkpoints.js';

interface Control extends Record<string, unknown> {
  readonly checkpoint: string;
  readonly since: string;
}

/** The last checkpoint's WAL position and the WAL written since, in bytes. */
async function control(db: SqlClient): Promise<{ checkpoint: string; since: number }> {
  const { rows: [row] } = await db.query<Control>(
    'SELECT checkpoint_lsn::text AS checkpoint, (pg_current_wal_insert_lsn() - checkpoint_lsn)::bigint::text AS since FROM pg_control_checkpoint()');
  return { checkpoint: row!.checkpoint, since: Number(row!.since) };
}

/** Writes about `kib` KiB of WAL (rows of incompressible text). */
async function writeWal(db: SqlClient, kib: number): Promise<void> {
  await db.query(`INSERT INTO letters (body)
    SELECT string_agg(md5(random()::text || g), '') FROM generate_series(1, 32) g, generate_series(1, $1::int) r GROUP BY r`, [kib]);
}

describe('checkpointIfDue (the embedded database has no checkpointer)', () => {
  let dataDir = '';
  let db: SqlClient;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'satupintu-checkpoints-'));
    db = await openPgliteClient(dataDir);
    await db.query('CREATE TABLE letters (id serial PRIMARY KEY, body text)');
    await db.query('ALTER TABLE letters ALTER COLUMN body SET STORAGE EXTERNAL');
  });
  after(async () => {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('PGlite makes no checkpoint by itself however much WAL it writes (what this is for)', async () => {
    await db.query('CHECKPOINT');
    const before = await control(db);
    await writeWal(db, 4096);
    const after = await control(db);
    assert.equal(after.checkpoint, before.checkpoint);
    assert.ok(after.since > 4 * 1024 * 1024, `${after.since} bytes of WAL since the checkpoint`);
  });

  it('by default follows PostgreSQL\'s settings: nothing is due before checkpoint_timeout (5 min) or about 540 MB of WAL', async () => {
    assert.equal(await checkpointIfDue(db), undefined);
  });

  it('makes one once WAL was written and checkpoint_timeout has passed; after it, the WAL a recovery would replay is gone', async () => {
    const before = await control(db);
    const made = await checkpointIfDue(db, { timeoutSeconds: 0 });
    assert.ok(made, 'due');
    assert.equal(made.walBytes >= before.since, true);
    assert.ok(made.ms >= 0 && made.secondsSince >= 0);
    const after = await control(db);
    assert.notEqual(after.checkpoint, before.checkpoint);
    assert.ok(after.since < 8192, `${after.since} bytes since`);
  });

  it('makes none when nothing was written since the last one, however long ago', async () => {
    assert.equal(await checkpointIfDue(db, { timeoutSeconds: 0 }), undefined);
  });

  it('makes one when the WAL since the last one reaches the volume limit, whatever the time', async () => {
    await writeWal(db, 256);
    assert.equal(await checkpointIfDue(db, { walBytes: 1024 * 1024 }), undefined, 'under the limit');
    await writeWal(db, 1024);
    const made = await checkpointIfDue(db, { walBytes: 1024 * 1024 });
    assert.ok(made && made.walBytes >= 1024 * 1024);
  });
});

describe('the embedded store\'s upkeep makes the checkpoints', () => {
  it('a round of upkeep checkpoints when one is due, after its vacuums; the next round has nothing to do', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'satupintu-store-checkpoints-'));
    const store = await openStore({ dataDir, checkpointLimits: { timeoutSeconds: 0 } });
    try {
      const first = await store.upkeep();
      assert.ok(first.checkpoint, 'the migrations wrote WAL');
      assert.deepEqual(await store.upkeep(), { tables: [] });
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

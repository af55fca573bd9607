import assert from 'node:assert/strict';
import { fsyncSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPgliteClient } from './pglite-client.js';
import { DatabaseStoppedError } from './pglite-statements.js';
import { isDatabaseUnavailable, type SqlClient } from './sql-client.js';

describe('the embedded store syncs its commits to disk (PGlite alone does not)', () => {
  let dataDir = '';
  let db: SqlClient;
  const synced: number[] = [];
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'satupintu-durable-'));
    db = await openPgliteClient(dataDir, (fd) => {
      synced.push(fd);
      fsyncSync(fd);
    });
    await db.query('CREATE TABLE letters (id int PRIMARY KEY)');
  });
  after(async () => {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs PostgreSQL with fsync on, syncing the WAL with fsync()', async () => {
    assert.deepEqual((await db.query('SHOW fsync')).rows, [{ fsync: 'on' }]);
    assert.deepEqual((await db.query('SHOW wal_sync_method')).rows, [{ wal_sync_method: 'fsync' }]);
  });

  it('syncs a file before a commit resolves, and not for a read', async () => {
    synced.length = 0;
    await db.query('SELECT count(*) FROM letters');
    assert.deepEqual(synced, [], 'a read writes nothing');
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO letters VALUES (1), (2)');
      assert.deepEqual(synced, [], 'nothing before the commit');
    });
    assert.ok(synced.length >= 1, 'the WAL synced at the commit');
    synced.length = 0;
    await db.query('INSERT INTO letters VALUES (3)');
    assert.ok(synced.length >= 1, 'a statement outside a transaction commits too');
  });

  it('a failed sync fails the commit, and the database stops: later calls fail at once as unavailable (503), none hangs; a restart recovers it', { timeout: 30_000 }, async () => {
    const failing = await mkdtemp(join(tmpdir(), 'satupintu-durable-failing-'));
    let fail = false;
    const client = await openPgliteClient(failing, (fd) => {
      if (fail) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO', errno: -5 });
      fsyncSync(fd);
    });
    try {
      try {
        await client.query('CREATE TABLE letters (id int PRIMARY KEY)');
        fail = true;
        await assert.rejects(client.query('INSERT INTO letters VALUES (1)'), { severity: 'PANIC', code: '58030' });
        fail = false;
        for (const later of [client.query('SELECT 1'), client.transaction((tx) => tx.query('INSERT INTO letters VALUES (2)'))]) {
          const error = await later.then(() => assert.fail('expected a rejection'), (reason: unknown) => reason);
          assert.ok(error instanceof DatabaseStoppedError);
          assert.ok(isDatabaseUnavailable(error));
          assert.match(error.message, /could not fsync file .*restart the server/);
          assert.equal((error.cause as { code?: string }).code, '58030');
        }
      } finally {
        await client.close();
      }
      const restarted = await openPgliteClient(failing);
      const { rows } = await restarted.query<{ n: number }>('SELECT count(*)::int AS n FROM letters');
      assert.ok(rows[0]!.n <= 1, 'a restart recovers it (the unacknowledged row may or may not be there)');
      await restarted.query('INSERT INTO letters VALUES (3)');
      await restarted.close();
    } finally {
      await rm(failing, { recursive: true, force: true });
    }
  });
});

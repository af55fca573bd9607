// The backup and restore procedures of docs/guides/operations.md, run as written against the built server: data is
// made over HTTP, backed up, restored into a new data directory or database, and the restored service must start
// with the same applications, sessions and audit log (same signed checkpoint; every entry re-verified by core).
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assert } from 'chai';
import { verifyExportedLog } from '@satupintu/core';
import { openStore, type StoreOptions } from '@satupintu/server';
import { createTestDatabase } from '../../packages/server/src/store/test-postgres.js';
import {
  bash, blockNamed, fileApplication, seedApplicant, sendJson, startServerProcess, tempDir, type Holdings, type ServerProcess,
} from './guide-support.js';

const GUIDE = 'operations.md';

/** The restored service answers with the same application, session and signed checkpoint. */
async function assertRestored(server: ServerProcess, held: Holdings, store: 'embedded' | 'postgres'): Promise<void> {
  assert.deepEqual((await sendJson(`${server.url}/health`, 'GET', {})).body, { status: 'ok', store });
  const tracking = await sendJson<{ state: string }>(`${server.url}/tracking/${held.receiptNumber}`, 'GET', {});
  assert.equal(tracking.status, 200);
  assert.equal(tracking.body.state, 'awaiting-verification');
  assert.equal((await sendJson(`${server.url}/me`, 'GET', held.session)).status, 200, 'the session (and the secret) came back');
  assert.equal(await (await fetch(`${server.url}/audit/checkpoint`)).text(), held.checkpoint, 'the same log, signed by the same key');
}

/** Re-verifies every entry of `restored` against the checkpoint of `original` with core. */
async function assertSameAuditLog(original: StoreOptions, restored: StoreOptions): Promise<void> {
  const before = await openStore(original);
  const checkpoint = await before.audit.checkpoint('backup-test');
  await before.close();
  assert.isTrue(checkpoint.ok);
  const after = await openStore(restored);
  const lines = await after.audit.exportLines();
  await after.close();
  assert.isAbove(lines.length, 0);
  if (checkpoint.ok) assert.isTrue((await verifyExportedLog(lines, checkpoint.value)).ok);
}

describe('docs/guides/operations.md backups, run as written', () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('the embedded store: stop, copy the data directory, restore into a new one, start', async () => {
    const work = tempDir('satupintu-backup-');
    cleanups.push(() => work.remove());
    const dataDir = join(work.path, 'data');
    const restoreDir = join(work.path, 'restored');
    const env = { SATUPINTU_DATA_DIR: dataDir };
    const applicant = await seedApplicant(env);
    let server = await startServerProcess(env);
    cleanups.push(() => server.stop());
    const held = await fileApplication(server, applicant);
    assert.equal(await server.stop(), 0, 'stopped cleanly before the copy');

    await bash(blockNamed(GUIDE, 'backup-embedded'), work.path, env);
    const backup = readdirSync(work.path).find((file) => /^satupintu-\d{4}-\d{2}-\d{2}\.tgz$/.test(file));
    assert.isDefined(backup);
    await bash(blockNamed(GUIDE, 'restore-embedded'), work.path, { RESTORE_DIR: restoreDir, BACKUP_FILE: backup! });

    server = await startServerProcess({ SATUPINTU_DATA_DIR: restoreDir });
    await assertRestored(server, held, 'embedded');
    assert.equal(await server.stop(), 0);
    await assertSameAuditLog({ dataDir }, { dataDir: restoreDir });
  });

  it('PostgreSQL: pg_dump while the server runs, pg_restore into a new database, start', async () => {
    const work = tempDir('satupintu-backup-pg-');
    cleanups.push(() => work.remove());
    const original = await createTestDatabase();
    cleanups.push(() => original.drop());
    const restored = await createTestDatabase();
    cleanups.push(() => restored.drop());
    // Both servers share the secret and the data directory that keeps the generated checkpoint key, as instances do.
    const shared = { SATUPINTU_SECRET: `backup-test-secret-${randomUUID()}`, SATUPINTU_DATA_DIR: join(work.path, 'data') };
    const env = { ...shared, SATUPINTU_DATABASE_URL: original.url };
    const applicant = await seedApplicant(env);
    let server = await startServerProcess(env);
    cleanups.push(() => server.stop());
    const held = await fileApplication(server, applicant);

    await bash(blockNamed(GUIDE, 'backup-postgres'), work.path, env);
    assert.equal(await server.stop(), 0);
    const backup = readdirSync(work.path).find((file) => /^satupintu-\d{4}-\d{2}-\d{2}\.dump$/.test(file));
    assert.isDefined(backup);
    await bash(blockNamed(GUIDE, 'restore-postgres'), work.path, { RESTORE_DATABASE_URL: restored.url, BACKUP_FILE: backup! });

    server = await startServerProcess({ ...shared, SATUPINTU_DATABASE_URL: restored.url });
    await assertRestored(server, held, 'postgres');
    assert.equal(await server.stop(), 0);
    await assertSameAuditLog({ databaseUrl: original.url }, { databaseUrl: restored.url });
  });
});

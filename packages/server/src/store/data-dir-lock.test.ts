import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { DATA_DIR_LOCK } from './data-dir-lock.js';
import { openStore } from './open-store.js';
import { StoreError } from './types.js';

describe('embedded store: one process per data directory', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-lock-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second opening while the first is open (it would not see the other\'s writes), and allows it after close', async () => {
    const first = await openStore({ dataDir: dir });
    try {
      const refused = await openStore({ dataDir: dir }).then(() => undefined, (error: unknown) => error);
      assert.instanceOf(refused, StoreError);
      assert.equal((refused as StoreError).code, 'store.data-dir-in-use');
    } finally {
      await first.close();
    }
    assert.isFalse(existsSync(join(dir, DATA_DIR_LOCK)), 'close releases the lock');
    const again = await openStore({ dataDir: dir });
    await again.close();
  });

  it('refuses while another live process holds the lock; takes over the lock of a process that died', async () => {
    writeFileSync(join(dir, DATA_DIR_LOCK), String(process.ppid));
    const refused = await openStore({ dataDir: dir }).then(() => undefined, (error: unknown) => error);
    assert.equal((refused as StoreError | undefined)?.code, 'store.data-dir-in-use');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, DATA_DIR_LOCK), dead.stdout);
    const store = await openStore({ dataDir: dir });
    await store.close();
  });
});

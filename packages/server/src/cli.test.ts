import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assert } from 'chai';
import { exited, startCli } from './test-cli.js';

describe('satupintu-server (cli)', () => {
  it('starts, prints its URL, serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-cli-'));
    const { child, url } = await startCli({ ...process.env, SATUPINTU_DATA_DIR: dataDir, SATUPINTU_LOG_LEVEL: 'warn' });
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.deepEqual(await (await fetch(`${url}/health`)).json(), { status: 'ok', store: 'embedded' });
      child.kill('SIGTERM');
      assert.equal(await exited(child), 0);
      const refused = await fetch(`${url}/health`).then(() => 'answered', () => 'refused');
      assert.equal(refused, 'refused');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

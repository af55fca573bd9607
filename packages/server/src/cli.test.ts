import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { assert } from 'chai';

describe('satupintu-server (cli)', () => {
  it('starts, prints its URL, serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-cli-'));
    const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', cli], {
      env: { ...process.env, PORT: '0', SATUPINTU_DATA_DIR: dataDir, SATUPINTU_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1] as string);
          }
        });
        child.once('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      assert.deepEqual(await (await fetch(`${url}/health`)).json(), { status: 'ok', store: 'embedded' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
      const refused = await fetch(`${url}/health`).then(() => 'answered', () => 'refused');
      assert.equal(refused, 'refused');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

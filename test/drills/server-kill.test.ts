// Drill (a), issue 9: the server killed (SIGKILL) in the middle of a stream of submissions, then started again.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assert } from 'chai';
import { createTestDatabase } from '../../packages/server/src/store/test-postgres.js';
import type { StoreOptions } from '../../packages/server/src/store/index.js';
import { exited, startCli } from '../../packages/server/src/test-cli.js';
import { seedApplicant, signIn } from '../support/applicant.js';
import { auditCheckpoint, countPresent, startSubmissionStream, until, verifyAudit } from '../support/submission-stream.js';

const SECRET = 'drill-secret-drill-secret-drill-secret-0123';

/** At least this many 201s before the kill. */
const BEFORE_KILL = 12;

function cliEnv(store: StoreOptions): NodeJS.ProcessEnv {
  return {
    ...process.env, SATUPINTU_LOG_LEVEL: 'warn', SATUPINTU_SECRET: SECRET, SATUPINTU_OFFICE_CODE: 'MJK',
    ...(store.databaseUrl ? { SATUPINTU_DATABASE_URL: store.databaseUrl } : { SATUPINTU_DATA_DIR: store.dataDir }),
  };
}

async function stop(child: ChildProcessWithoutNullStreams | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await exited(child);
}

/** Runs the drill on `store` and returns its printed line; asserts that nothing acknowledged was lost. */
async function drill(label: string, store: StoreOptions): Promise<string> {
  const applicant = await seedApplicant(store);
  let running: ChildProcessWithoutNullStreams | undefined;
  try {
    const first = await startCli(cliEnv(store));
    running = first.child;
    const stream = startSubmissionStream(first.url, (await signIn(first.url, applicant)).headers, { stopWhenUnreachable: true });
    await until(() => stream.tally.acknowledged.length >= BEFORE_KILL, `${BEFORE_KILL} acknowledged submissions`);
    first.child.kill('SIGKILL');
    await exited(first.child);
    await stream.stop();
    const { acknowledged } = stream.tally;

    const second = await startCli(cliEnv(store));
    running = second.child;
    const count = await countPresent(second.url, (await signIn(second.url, applicant)).headers, acknowledged);
    const checkpoint = await auditCheckpoint(second.url);
    await stop(second.child, 'SIGTERM');
    running = undefined;
    const audit = await verifyAudit(store, checkpoint);

    const lost = acknowledged.length - count.present;
    const line = `drill: server SIGKILL (${label}) — ${acknowledged.length} submissions acknowledged, ${count.present} present after restart, `
      + `${lost} lost; ${count.replayed}/${acknowledged.length} retries replayed the same receipt; `
      + `${count.unacknowledgedSubmitted} submitted whose answer died with the process; audit log ${audit.ok ? 'verifies' : 'DOES NOT verify'} (${audit.size} entries)`;
    console.log(line);
    assert.deepEqual(count.missing, [], 'every acknowledged submission is there');
    assert.equal(count.present, acknowledged.length);
    assert.equal(count.replayed, acknowledged.length, 'a retry with the same Idempotency-Key replays the receipt');
    assert.isTrue(audit.ok, audit.detail);
    return line;
  } finally {
    await stop(running, 'SIGKILL');
  }
}

describe('drill (a): the server killed (SIGKILL) during a stream of submissions loses no acknowledged submission', () => {
  it('APP-03 AUD-02 embedded store: every 201 is there after restart, its retry replays it, and the audit log verifies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-drill-kill-'));
    try {
      await drill('embedded store', { dataDir });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('APP-03 AUD-02 PostgreSQL: every 201 is there after restart, its retry replays it, and the audit log verifies', async () => {
    const database = await createTestDatabase();
    try {
      await drill('PostgreSQL', { databaseUrl: database.url });
    } finally {
      await database.drop();
    }
  });
});

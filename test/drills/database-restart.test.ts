// Drill (b), issue 9: the database restarted under load. The drill's own PostgreSQL (never the machine's) is restarted
// twice — a clean `fast` shutdown, then an `immediate` one that is recovered from the WAL — while applicants submit.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { describe, it } from 'node:test';
import { assert } from 'chai';
import { exited, startCli } from '../../packages/server/src/test-cli.js';
import { seedApplicant, signIn } from '../support/applicant.js';
import { auditCheckpoint, countPresent, formatProblems, startSubmissionStream, until, verifyAudit, type SubmissionStream } from '../support/submission-stream.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres.js';

/** 201s to see between restarts: the service carries on without a restart of its own. */
const PER_PHASE = 8;

describe('drill (b): the database restarted under load', () => {
  it('APP-03 AUD-02 every acknowledged submission is there, every failure is a problem answer, the server recovers by itself, the audit log verifies', async () => {
    let postgres: ThrowawayPostgres | undefined;
    let server: ChildProcessWithoutNullStreams | undefined;
    let stream: SubmissionStream | undefined;
    try {
      postgres = await startThrowawayPostgres();
      const store = { databaseUrl: postgres.url };
      const applicant = await seedApplicant(store);
      const started = await startCli({
        ...process.env, SATUPINTU_DATABASE_URL: postgres.url, SATUPINTU_LOG_LEVEL: 'fatal',
        SATUPINTU_SECRET: 'drill-secret-drill-secret-drill-secret-0123', SATUPINTU_OFFICE_CODE: 'MJK',
      });
      server = started.child;
      const { headers } = await signIn(started.url, applicant);
      stream = startSubmissionStream(started.url, headers);
      const { tally } = stream;

      await until(() => tally.acknowledged.length >= PER_PHASE, 'submissions before the first restart');
      await postgres.restart('fast');
      const afterFast = tally.acknowledged.length;
      await until(() => tally.acknowledged.length >= afterFast + PER_PHASE, 'submissions after the fast restart');
      await postgres.restart('immediate');
      const afterImmediate = tally.acknowledged.length;
      await until(() => tally.acknowledged.length >= afterImmediate + PER_PHASE, 'submissions after the immediate restart');
      await stream.stop();

      assert.isNull(server.exitCode, 'the server is still the same process');
      assert.isNull(server.signalCode, 'the server is still the same process');
      const count = await countPresent(started.url, headers, tally.acknowledged);
      const audit = await verifyAudit(store, await auditCheckpoint(started.url));
      const failed = [...tally.problems.values()].reduce((sum, n) => sum + n, 0);
      const lost = tally.acknowledged.length - count.present;
      console.log(`drill: database restart (fast, then immediate) under load — ${tally.acknowledged.length} submissions acknowledged `
        + `(${afterFast} before, ${afterImmediate - afterFast} between, ${tally.acknowledged.length - afterImmediate} after the restarts), `
        + `${count.present} present, ${lost} lost; ${failed} requests failed with a problem answer (${formatProblems(tally.problems)}), `
        + `${tally.unclean.length} failed otherwise or hung, ${tally.networkErrors} without an answer; the server recovered without a restart; `
        + `audit log ${audit.ok ? 'verifies' : 'DOES NOT verify'} (${audit.size} entries)`);
      assert.deepEqual(tally.unclean, [], 'every failure is a problem answer, none hangs');
      assert.deepEqual([...tally.problems.keys()].filter((label) => !['503 store.unavailable', '409 idempotency.in-flight'].includes(label)), [],
        'while the database is away the service says so (503, retry later), never a bare 500');
      assert.equal(tally.networkErrors, 0, 'the server answered every request');
      assert.deepEqual(count.missing, [], 'every acknowledged submission is there');
      assert.equal(count.replayed, tally.acknowledged.length, 'a retry with the same Idempotency-Key replays the receipt');
      assert.isTrue(audit.ok, audit.detail);
    } finally {
      await stream?.stop();
      if (server && server.exitCode === null && server.signalCode === null) {
        server.kill('SIGKILL');
        await exited(server);
      }
      await postgres?.remove();
    }
  });
});

// The one test suite both store drivers must pass. Registered by embedded.test.ts and postgres.test.ts.
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import {
  createApplication, leafHash, nationalContext, unwrap, verifyConsistency, verifyExportedLog, verifyInclusion,
  type Application, type AuditEntryInput,
} from '@satupintu/core';
import { MIGRATIONS } from './migrations.js';
import { IdempotencyClaimLostError, StoreConflictError, StoreDuplicateError, type NewAccount, type Store, type StoreError } from './types.js';

/** How the suite reaches one driver: opening stores on this run's (fresh) data. */
export interface StoreFactory {
  /** Opens a store on this run's database; every call sees the same data. */
  open(): Promise<Store>;
  /** Whether two stores may be open on the same data at once (PostgreSQL: yes; PGlite, one process per dir: no). */
  readonly sharedInstances: boolean;
}

const T0 = '2026-03-02T08:00:00+07:00';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const ORIGIN = 'ptsp.example.go.id/audit';
const encoder = new TextEncoder();

const PERSON = { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '0812-3456-7890', email: 'siti@example.id' } as const;

function draft(id: string): Application {
  return unwrap(createApplication({ id, permitType: 'imb', applicant: PERSON, details: { multiStorey: false, businessBuilding: false }, createdAt: T0 },
    nationalContext()));
}

function account(id: string, email: string): NewAccount {
  return {
    id, kind: 'person', name: 'Siti Rahma', email, phone: '+6281234567890', roles: ['applicant'], passwordHash: 'opaque$hash',
    status: 'active', identity: { nik: '3578015208900003' }, createdAt: T0,
  };
}

function entry(subjectId: string, action = 'application.updated', extra: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    at: T0, actor: { id: 'adm-1', role: 'admin-officer' }, action, subject: { type: 'application', id: subjectId },
    before: null, after: { n: subjectId }, ...extra,
  };
}

async function rejects(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

/** Checks the whole log against its own checkpoint with core's verifier. */
async function assertLogVerifies(store: Store, expectedSize: number): Promise<Uint8Array> {
  const checkpoint = unwrap(await store.audit.checkpoint(ORIGIN));
  assert.equal(checkpoint.size, expectedSize);
  const lines = await store.audit.exportLines();
  assert.lengthOf(lines, expectedSize);
  const verdict = await verifyExportedLog(lines, checkpoint);
  assert.isTrue(verdict.ok);
  lines.forEach((line, seq) => assert.equal((JSON.parse(line) as { seq: number }).seq, seq));
  return checkpoint.root;
}

/** Registers the conformance tests for one driver. */
export function storeConformance(factory: StoreFactory): void {
  let store: Store;
  const reopen = async () => {
    await store.close();
    store = await factory.open();
  };

  before(async () => {
    store = await factory.open();
  });
  after(async () => {
    await store.close();
  });

  describe('migrations', () => {
    it('records every migration version in order, and applies none twice on reopen', async () => {
      const versions = MIGRATIONS.map((migration) => migration.version);
      assert.deepEqual(await store.migrations(), [...versions].sort((a, b) => a - b));
      await reopen();
      assert.deepEqual(await store.migrations(), versions);
      assert.isTrue(await store.ping());
    });
  });

  describe('accounts and sessions (ACC-01)', () => {
    it('finds an account by e-mail in any case and refuses a second account with that e-mail', async () => {
      await store.accounts.create(account('acc-1', 'Siti@Example.id'));
      assert.equal((await store.accounts.findByEmail('SITI@example.ID'))?.id, 'acc-1');
      const error = await rejects(store.accounts.create(account('acc-2', 'siti@example.id')));
      assert.instanceOf(error, StoreDuplicateError);
      assert.equal((error as StoreDuplicateError).field, 'email');
    });

    it('updates at the expected version and refuses a stale one', async () => {
      const updated = await store.accounts.update('acc-1', 1, { status: 'blocked' }, at(1));
      assert.equal(updated.version, 2);
      assert.equal(updated.status, 'blocked');
      assert.instanceOf(await rejects(store.accounts.update('acc-1', 1, { name: 'X' }, at(2))), StoreConflictError);
    });

    it('finds a session by token hash until it expires or is revoked', async () => {
      await store.sessions.create({ tokenHash: 'h1', accountId: 'acc-1', kind: 'session', csrfSecret: 's', createdAt: T0, expiresAt: at(60) });
      const found = await store.sessions.findActive('h1', at(30));
      assert.deepInclude(found, { tokenHash: 'h1', accountId: 'acc-1', kind: 'session', csrfSecret: 's', createdAt: at(0), expiresAt: at(60) });
      assert.deepEqual(found?.account, await store.accounts.get('acc-1'), 'ACC-03 the caller\'s account (roles, status) comes with its session');
      assert.isUndefined(await store.sessions.findActive('h1', at(61)));
      assert.isTrue(await store.sessions.revoke('h1', at(31)));
      assert.isUndefined(await store.sessions.findActive('h1', at(32)));
      assert.isFalse(await store.sessions.revoke('h1', at(33)));
    });
  });

  describe('applications', () => {
    it('stores core\'s Application with version 1 and lists it by owner and state', async () => {
      const stored = await store.applications.create(draft('APP-1'), 'acc-1', T0);
      assert.equal(stored.version, 1);
      assert.deepEqual(stored.application, draft('APP-1'));
      const mine = await store.applications.list({ ownerId: 'acc-1', states: [stored.application.state] });
      assert.deepEqual(mine.map((row) => row.application.id), ['APP-1']);
      assert.deepEqual(await store.applications.list({ ownerId: 'someone-else' }), []);
      assert.deepEqual(await store.applications.list({ ownerId: 'acc-1', states: ['awaiting-verification', 'rejected'] }), []);
      assert.deepEqual(await store.applications.list({ states: [] }), []);
      assert.deepEqual((await store.applications.list({ permitType: 'imb', limit: 1000 })).map((row) => row.application.id), ['APP-1']);
      assert.deepEqual(await store.applications.list({ permitType: 'tdg' }), []);
    });

    it('detects an optimistic conflict: of two updates from one version exactly one wins (no lost update)', async () => {
      const base = (await store.applications.get('APP-1'))!;
      const outcomes = await Promise.allSettled([1, 2].map((tag) =>
        store.applications.update(base, { ...base.application, details: { ...base.application.details, tag } }, at(5))));
      assert.equal(outcomes.filter((outcome) => outcome.status === 'fulfilled').length, 1);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
      assert.instanceOf(refused.reason, StoreConflictError);
      assert.equal((refused.reason as StoreConflictError).code, 'store.version-conflict');
      assert.equal((await store.applications.get('APP-1'))!.version, base.version + 1);
    });

    it('keeps receipt numbers unique (APP-03)', async () => {
      await store.applications.create({ ...draft('APP-2'), receiptNumber: 'MJK-20260302-000001-X' }, 'acc-1', T0);
      assert.equal((await store.applications.getByReceiptNumber('MJK-20260302-000001-X'))?.application.id, 'APP-2');
      const error = await rejects(store.applications.create({ ...draft('APP-3'), receiptNumber: 'MJK-20260302-000001-X' }, 'acc-1', T0));
      assert.instanceOf(error, StoreDuplicateError);
      assert.equal((error as StoreDuplicateError).field, 'receiptNumber');
    });

    it('hands out distinct running numbers under concurrency', async () => {
      const numbers = await Promise.all(Array.from({ length: 20 }, () => store.counters.next('receipt:MJK:2026-03-02')));
      assert.deepEqual([...numbers].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });

  describe('documents', () => {
    it('stores bytes with metadata and replaces a re-upload of the same key', async () => {
      const first = await store.documents.put({ applicationId: 'APP-1', key: 'ktp', fileName: 'ktp.pdf', mediaType: 'application/pdf',
        sha256: 'aa'.repeat(32), bytes: new Uint8Array([1, 2, 3]), uploadedAt: T0 });
      assert.equal(first.size, 3);
      await store.documents.put({ applicationId: 'APP-1', key: 'ktp', fileName: 'ktp-2.png', mediaType: 'image/png',
        sha256: 'bb'.repeat(32), bytes: new Uint8Array([9, 8, 7, 6]), uploadedAt: at(1) });
      const stored = (await store.documents.get('APP-1', 'ktp'))!;
      assert.deepEqual([...stored.bytes], [9, 8, 7, 6]);
      assert.equal(stored.fileName, 'ktp-2.png');
      assert.deepEqual((await store.documents.list('APP-1')).map((meta) => [meta.key, meta.size]), [['ktp', 4]]);
    });
  });

  describe('idempotency keys', () => {
    it('answers new, in-flight, done with the stored response, and mismatch for another request', async () => {
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k1', 'hash-a', T0), { kind: 'new' });
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k1', 'hash-a', T0), { kind: 'in-flight' });
      await store.idempotency.complete('acc-1', 'k1', { status: 201, body: { receiptNumber: 'R-1' } }, at(1));
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k1', 'hash-a', at(2)),
        { kind: 'done', response: { status: 201, body: { receiptNumber: 'R-1' } } });
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k1', 'hash-b', at(2)), { kind: 'mismatch' });
      assert.deepEqual(await store.idempotency.begin('acc-2', 'k1', 'hash-b', at(2)), { kind: 'new' }, 'keys are per account');
    });

    it('gives exactly one `new` to concurrent requests with one key', async () => {
      const outcomes = await Promise.all(Array.from({ length: 12 }, () => store.idempotency.begin('acc-1', 'k-race', 'h', T0)));
      assert.equal(outcomes.filter((outcome) => outcome.kind === 'new').length, 1);
      assert.equal(outcomes.filter((outcome) => outcome.kind === 'in-flight').length, 11);
      await store.idempotency.abandon('acc-1', 'k-race');
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-race', 'h', T0), { kind: 'new' });
    });

    it('a claim older than its lease is taken over by a retry of the same request; the old claim is then fenced off', async () => {
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-lease', 'h', T0), { kind: 'new' });
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-lease', 'h', at(0.5)), { kind: 'in-flight' }, 'within the 60 s lease');
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-lease', 'other', at(2)), { kind: 'mismatch' }, 'another request never takes over');
      const retries = await Promise.all([1, 2, 3].map(() => store.idempotency.begin('acc-1', 'k-lease', 'h', at(2))));
      assert.deepEqual(retries.map((retry) => retry.kind).sort(), ['in-flight', 'in-flight', 'new'], 'one retry takes it over');
      await store.idempotency.abandon('acc-1', 'k-lease', T0);
      assert.instanceOf(await rejects(store.idempotency.complete('acc-1', 'k-lease', { status: 201, body: 'old' }, at(3), T0)),
        IdempotencyClaimLostError, 'the lapsed claim cannot complete');
      await store.idempotency.complete('acc-1', 'k-lease', { status: 201, body: 'new' }, at(3), at(2));
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-lease', 'h', at(4)), { kind: 'done', response: { status: 201, body: 'new' } });
    });
  });

  describe('lookups made together (one statement for concurrent callers)', () => {
    it('answers each caller with its own session, application, documents and claim, or none', async () => {
      await store.sessions.create({ tokenHash: 'h-live', accountId: 'acc-1', kind: 'token', csrfSecret: 's2', createdAt: T0, expiresAt: at(60) });
      await store.sessions.create({ tokenHash: 'h-ending', accountId: 'acc-1', kind: 'session', csrfSecret: 's3', createdAt: T0, expiresAt: at(10) });
      const sessions = await Promise.all([
        store.sessions.findActive('h-live', at(20)), store.sessions.findActive('h-ending', at(20)),
        store.sessions.findActive('h-ending', at(5)), store.sessions.findActive('h-unknown', at(5)), store.sessions.findActive('h1', at(5)),
      ]);
      assert.deepEqual(sessions.map((session) => session?.csrfSecret), ['s2', undefined, 's3', undefined, undefined]);
      assert.equal(sessions[0]?.account.id, 'acc-1');

      const applications = await Promise.all(['APP-2', 'APP-none', 'APP-1', 'APP-2'].map((id) => store.applications.get(id)));
      assert.deepEqual(applications.map((stored) => stored?.application.id), ['APP-2', undefined, 'APP-1', 'APP-2']);

      const documents = await Promise.all(['APP-1', 'APP-2', 'APP-1'].map((id) => store.documents.list(id)));
      assert.deepEqual(documents.map((list) => list.map((meta) => `${meta.applicationId}/${meta.key}`)), [['APP-1/ktp'], [], ['APP-1/ktp']]);

      const claims = await Promise.all([
        store.idempotency.begin('acc-1', 'k-together', 'hash-a', T0), store.idempotency.begin('acc-2', 'k-together', 'hash-a', T0),
        store.idempotency.begin('acc-1', 'k-together', 'hash-b', T0), store.idempotency.begin('acc-1', 'k-together', 'hash-a', T0),
      ]);
      assert.deepEqual(claims.map((claim) => claim.kind), ['new', 'new', 'mismatch', 'in-flight'], 'the first claim of a key wins it');
    });
  });

  describe('audit log (AUD-01, AUD-02, AUD-03)', () => {
    it('AUD-01: commits the audit entry in the same transaction as the state change', async () => {
      const base = (await store.applications.get('APP-1'))!;
      const appended = await store.transaction(async (tx) => {
        await tx.applications.update(base, { ...base.application, details: { ...base.application.details, step: 1 } }, at(10));
        return tx.audit.append(entry('APP-1'));
      });
      assert.isTrue(appended.ok);
      assert.equal(appended.ok && appended.value.seq, 0);
      assert.equal((await store.applications.get('APP-1'))!.version, base.version + 1);
      assert.equal(await store.audit.size(), 1);
    });

    it('AUD-01: a rolled-back transaction leaves neither the state change nor its entry', async () => {
      const base = (await store.applications.get('APP-1'))!;
      const failure = await rejects(store.transaction(async (tx) => {
        await tx.applications.update(base, { ...base.application, details: { ...base.application.details, step: 2 } }, at(11));
        assert.isTrue((await tx.audit.append(entry('APP-1'))).ok);
        throw new Error('boom');
      }));
      assert.equal((failure as Error).message, 'boom');
      assert.equal((await store.applications.get('APP-1'))!.version, base.version);
      assert.equal(await store.audit.size(), 1);
      await assertLogVerifies(store, 1);
      const next = await store.audit.append(entry('APP-1', 'application.verified'));
      assert.equal(next.ok && next.value.seq, 1, 'the rolled-back seq is reused: no gap');
    });

    it('refuses an invalid entry with core\'s code and stores nothing', async () => {
      const refused = await store.audit.append({ ...entry('APP-1'), action: 'Not An Action' });
      assert.isFalse(refused.ok);
      assert.equal(!refused.ok && refused.error.code, 'audit.entry-invalid');
      const missing = await store.audit.append(entry('APP-1', 'application.corrected', { corrects: 99, reason: 'typo' }));
      assert.equal(!missing.ok && missing.error.code, 'audit.correction-target-missing');
      const other = await store.audit.append(entry('APP-2', 'application.corrected', { corrects: 0, reason: 'typo' }));
      assert.equal(!other.ok && other.error.code, 'audit.correction-subject-mismatch');
      assert.equal(await store.audit.size(), 2);
    });

    it('AUD-03: a correction is a new entry referring to the one it corrects', async () => {
      const correction = await store.audit.append(entry('APP-1', 'application.corrected', { corrects: 0, reason: 'wrong step recorded' }));
      assert.equal(correction.ok && correction.value.seq, 2);
      assert.deepEqual((await store.audit.entriesFor('application', 'APP-1')).map((stored) => stored.seq), [0, 1, 2]);
      assert.equal((await store.audit.entry(2))?.corrects, 0);
    });

    it('AUD-02: gives inclusion and consistency proofs that verify against the checkpoints', async () => {
      for (let i = 0; i < 5; i++) unwrap(await store.audit.append(entry(`APP-${10 + i}`)));
      const root = await assertLogVerifies(store, 8);
      const lines = await store.audit.exportLines();
      const proof = unwrap(await store.audit.inclusionProof(3));
      assert.isTrue(await verifyInclusion(await leafHash(encoder.encode(lines[3]!)), 3, 8, proof.hashes, root));
      const old = unwrap(await store.audit.checkpoint(ORIGIN, 5));
      const consistency = unwrap(await store.audit.consistencyProof(5, 8));
      assert.isTrue(await verifyConsistency(5, 8, old.root, root, consistency));
      assert.deepEqual(await store.audit.exportLines(2, 4), lines.slice(2, 4));
    });

    it('AUD-02: the log still verifies, with the same root, after close and reopen', async () => {
      const before = await assertLogVerifies(store, 8);
      await reopen();
      const afterReopen = await assertLogVerifies(store, 8);
      assert.deepEqual([...afterReopen], [...before]);
      const next = await store.audit.append(entry('APP-1'));
      assert.equal(next.ok && next.value.seq, 8);
    });

    it('serialises concurrent appends into a gap-free log', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.audit.append(entry(`APP-C${i}`))));
      assert.deepEqual(results.map((result) => unwrap(result).seq).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => 9 + i));
      await assertLogVerifies(store, 29);
    });
  });

  describe('group commit and change notices', () => {
    it('AUD-01: grouped state changes each commit with their entry; a failing one rolls back alone, the others commit', async () => {
      const start = await store.audit.size();
      const units = Array.from({ length: 12 }, (_, i) => store.groupTransaction(async (tx) => {
        await tx.applications.create(draft(`APP-G${i}`), 'acc-1', at(20));
        unwrap(await tx.audit.append(entry(`APP-G${i}`)));
        if (i === 5) throw new Error(`unit ${i} fails`);
        return i;
      }));
      const outcomes = await Promise.allSettled(units);
      assert.deepEqual(outcomes.map((outcome) => outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message),
        [0, 1, 2, 3, 4, 'unit 5 fails', 6, 7, 8, 9, 10, 11]);
      assert.isUndefined(await store.applications.get('APP-G5'));
      assert.deepEqual(await store.audit.entriesFor('application', 'APP-G5'), []);
      for (const i of [0, 4, 6, 11]) assert.equal((await store.audit.entriesFor('application', `APP-G${i}`)).length, 1);
      await assertLogVerifies(store, start + 11);
    });

    it('announces an updated application\'s receipt number only once its transaction is over', async () => {
      await store.applications.create({ ...draft('APP-N'), receiptNumber: 'MJK-20260302-000042-X' }, 'acc-1', T0);
      const heard: string[] = [];
      const stop = store.onApplicationsChanged((receipts) => heard.push(...receipts));
      const base = (await store.applications.get('APP-N'))!;
      await store.transaction(async (tx) => {
        await tx.applications.update(base, { ...base.application, details: { ...base.application.details, step: 1 } }, at(30));
        assert.deepEqual(heard, [], 'not before the commit');
      });
      assert.deepEqual(heard, ['MJK-20260302-000042-X']);
      stop();
      await store.applications.update({ ...base, version: base.version + 1 }, base.application, at(31));
      assert.lengthOf(heard, 1, 'a stopped listener hears nothing');
    });
  });

  describe('jobs and the scheduler\'s memory', () => {
    it('enqueues a key once and never claims one job twice under concurrent claimers', async () => {
      for (let i = 0; i < 30; i++) assert.isDefined(await store.jobs.enqueue({ kind: 'deem-approve', key: `job-${i}`, payload: { i }, runAt: at(i) }));
      assert.isUndefined(await store.jobs.enqueue({ kind: 'deem-approve', key: 'job-0', payload: {}, runAt: T0 }));
      assert.lengthOf(await store.jobs.claimDue(at(-1), 10, 'early'), 0, 'nothing is due before its time');
      const batches = await Promise.all(Array.from({ length: 8 }, (_, i) => store.jobs.claimDue(at(100), 5, `instance-${i % 2}`)));
      const ids = batches.flat().map((job) => job.id);
      assert.lengthOf(ids, 30);
      assert.equal(new Set(ids).size, 30);
    });

    it('lets another instance take a job whose lease lapsed, and the old claimant can no longer complete it', async () => {
      await store.jobs.enqueue({ kind: 'survey-reminder', key: 'lease-job', payload: null, runAt: T0 });
      const [claimed] = await store.jobs.claimDue(at(1), 1, 'dying', 60_000);
      assert.equal(claimed?.key, 'lease-job');
      assert.lengthOf(await store.jobs.claimDue(at(1.5), 1, 'other'), 0, 'held while the lease runs');
      const [taken] = await store.jobs.claimDue(at(2), 1, 'other');
      assert.equal(taken?.id, claimed!.id);
      assert.equal(taken?.attempts, 2);
      assert.isFalse(await store.jobs.complete(claimed!.id, 'dying', at(3)));
      assert.isTrue(await store.jobs.complete(claimed!.id, 'other', at(3)));
      assert.equal((await store.jobs.get(claimed!.id))?.status, 'done');
    });

    it('remembers due actions done across a restart', async () => {
      assert.isTrue(await store.jobs.markActionDone('APP-1:send-survey-reminder:1', T0));
      assert.isFalse(await store.jobs.markActionDone('APP-1:send-survey-reminder:1', T0));
      await reopen();
      assert.isTrue(await store.jobs.isActionDone('APP-1:send-survey-reminder:1'));
      assert.isFalse(await store.jobs.isActionDone('APP-1:send-survey-reminder:2'));
    });
  });

  describe('writes held back to the end of a transaction', () => {
    const message = { id: 'Permohonan diterima.', en: 'Application received.' };

    it('AUD-01: a transaction reads its own appends, numbers and queued messages; all commit at its end, in order', async () => {
      const start = await store.audit.size();
      const numbers = await store.transaction(async (tx) => {
        const first = unwrap(await tx.audit.append(entry('APP-H1')));
        const second = unwrap(await tx.audit.append(entry('APP-H1', 'application.verified')));
        const counted = [await tx.counters.next('held'), await tx.counters.next('held'), await tx.counters.next('held')];
        await tx.outbox.enqueueAll([{ channel: 'sms', recipient: '+6281200000201', message, at: at(160) }]);
        await tx.outbox.enqueue({ channel: 'email', recipient: 'held@example.id', message, at: at(160) });
        assert.equal(await tx.audit.size(), start + 2);
        assert.deepEqual((await tx.audit.entriesFor('application', 'APP-H1')).map((stored) => stored.seq), [first.seq, second.seq]);
        assert.equal((await tx.audit.entry(second.seq))?.action, 'application.verified');
        return counted;
      });
      assert.deepEqual(numbers, [1, 2, 3]);
      assert.equal(await store.counters.next('held'), 4, 'the last number was written back');
      await assertLogVerifies(store, start + 2);
      const claimed = (await store.outbox.claimDue(at(170), 1000, 'held-order')).filter((row) => row.createdAt === at(160));
      assert.deepEqual(claimed.map((row) => row.recipient), ['+6281200000201', 'held@example.id'], 'queued in order');
    });

    it('a rolled-back transaction writes none of its held-back rows', async () => {
      const start = await store.audit.size();
      await rejects(store.transaction(async (tx) => {
        unwrap(await tx.audit.append(entry('APP-H2')));
        await tx.counters.next('held');
        await tx.counters.next('held');
        await tx.outbox.enqueueAll([{ channel: 'sms', recipient: '+6281200000202', message, at: at(180) }]);
        throw new Error('boom');
      }));
      assert.equal(await store.audit.size(), start);
      assert.equal(await store.counters.next('held'), 5);
      assert.deepEqual((await store.outbox.list({ limit: 1000 })).filter((row) => row.createdAt === at(180)), []);
    });

    it('a lost idempotency claim fails its transaction at the end, and nothing of it commits', async () => {
      await store.idempotency.begin('acc-1', 'k-held', 'h', T0);
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-held', 'h', at(2)), { kind: 'new' }, 'a retry takes the lapsed claim over');
      const start = await store.audit.size();
      const error = await rejects(store.transaction(async (tx) => {
        unwrap(await tx.audit.append(entry('APP-H3')));
        await tx.idempotency.complete('acc-1', 'k-held', { status: 201, body: 'old' }, at(3), T0);
      }));
      assert.instanceOf(error, IdempotencyClaimLostError);
      assert.equal((error as IdempotencyClaimLostError).code, 'idempotency.in-flight');
      assert.equal(await store.audit.size(), start);
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-held', 'h', at(2.5)), { kind: 'in-flight' }, 'the retry still holds it');
    });

    it('AUD-01: in a group, a lost claim fails only its own unit; the others commit with their entries', async () => {
      for (const key of ['k-g1', 'k-g2', 'k-g3']) await store.idempotency.begin('acc-1', key, 'h', T0);
      await store.idempotency.begin('acc-1', 'k-g2', 'h', at(2));
      const start = await store.audit.size();
      const outcomes = await Promise.allSettled(['k-g1', 'k-g2', 'k-g3'].map((key) => store.groupTransaction(async (tx) => {
        unwrap(await tx.audit.append(entry(`APP-${key}`)));
        await tx.idempotency.complete('acc-1', key, { status: 201, body: key }, at(3), T0);
        return key;
      })));
      assert.deepEqual(outcomes.map((outcome) => outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).name),
        ['k-g1', 'IdempotencyClaimLostError', 'k-g3']);
      await assertLogVerifies(store, start + 2);
      assert.deepEqual(await store.audit.entriesFor('application', 'APP-k-g2'), []);
      assert.deepEqual(await store.idempotency.begin('acc-1', 'k-g3', 'h', at(4)), { kind: 'done', response: { status: 201, body: 'k-g3' } });
    });

    it('a transaction reads its own application updates, and may update one application twice', async () => {
      for (const id of ['APP-U1', 'APP-U2']) await store.applications.create(draft(id), 'acc-1', T0);
      const [one, two] = await Promise.all(['APP-U1', 'APP-U2'].map(async (id) => (await store.applications.get(id))!));
      const step = (stored: typeof one, n: number) => ({ ...stored!.application, details: { ...stored!.application.details, step: n } });
      const returned = await store.transaction(async (tx) => {
        const first = await tx.applications.update(one!, step(one, 1), at(190));
        await tx.applications.update(two!, step(two, 1), at(190));
        const second = await tx.applications.update(first, step(first, 2), at(191));
        assert.deepEqual((await tx.applications.get('APP-U1'))?.application.details, { ...one!.application.details, step: 2 });
        assert.deepEqual((await tx.applications.list({ ownerId: 'acc-1', limit: 1000 })).find((row) => row.application.id === 'APP-U2')?.version, 2);
        return second;
      });
      const stored = (await store.applications.get('APP-U1'))!;
      assert.deepEqual(returned, stored, 'what update returned is what was stored');
      assert.equal(stored.version, 3);
    });

    it('a stale or missing application fails its transaction at the end with its own error, and nothing of it commits', async () => {
      const base = (await store.applications.get('APP-U2'))!;
      const start = await store.audit.size();
      const stale = await rejects(store.transaction(async (tx) => {
        await tx.applications.update(base, base.application, at(192));
        unwrap(await tx.audit.append(entry('APP-U2')));
        await tx.applications.update({ ...base, version: base.version - 1 }, base.application, at(192));
      }));
      assert.instanceOf(stale, StoreConflictError);
      const missing = await rejects(store.transaction((tx) => tx.applications.update({ ...base, application: draft('APP-gone') }, draft('APP-gone'), at(193))));
      assert.equal((missing as StoreError).code, 'store.not-found');
      assert.equal((await store.applications.get('APP-U2'))!.version, base.version);
      assert.equal(await store.audit.size(), start);
    });

    it('APP-03 an update to a receipt number another application holds fails its transaction with the field, written with the rest', async () => {
      const base = (await store.applications.get('APP-U2'))!;
      const start = await store.audit.size();
      const taken = await rejects(store.transaction(async (tx) => {
        await tx.applications.update(base, { ...base.application, receiptNumber: 'MJK-20260302-000001-X' }, at(195));
        unwrap(await tx.audit.append(entry('APP-U2')));
        await tx.outbox.enqueueAll([{ channel: 'sms', recipient: '+6281200000203', message: { id: 'x', en: 'x' }, at: at(195) }]);
      }));
      assert.instanceOf(taken, StoreDuplicateError);
      assert.equal((taken as StoreDuplicateError).field, 'receiptNumber');
      assert.equal(await store.audit.size(), start);
    });

    it('in a group, a stale application update fails only its own unit; the others commit with their entries', async () => {
      const [one, two] = await Promise.all(['APP-U1', 'APP-U2'].map(async (id) => (await store.applications.get(id))!));
      const start = await store.audit.size();
      const updates = [one!, { ...two!, version: two!.version - 1 }, two!];
      const outcomes = await Promise.allSettled(updates.map((current, i) => store.groupTransaction(async (tx) => {
        await tx.applications.update(current, { ...current.application, details: { ...current.application.details, unit: i } }, at(194));
        unwrap(await tx.audit.append(entry(current.application.id)));
        return i;
      })));
      assert.deepEqual(outcomes.map((outcome) => outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).name),
        [0, 'StoreConflictError', 2]);
      const stored = await Promise.all(['APP-U1', 'APP-U2'].map(async (id) => (await store.applications.get(id))!));
      assert.deepEqual(stored.map((row) => [row.version, row.application.details.unit]), [[one!.version + 1, 0], [two!.version + 1, 2]]);
      await assertLogVerifies(store, start + 2);
    });
  });

  describe('notifications outbox', () => {
    it('claims each message once, retries a failure later and records a sending', async () => {
      const message = { id: 'Permohonan diterima.', en: 'Application received.' };
      for (let i = 0; i < 6; i++) await store.outbox.enqueue({ channel: 'sms', recipient: `+62812000000${i}`, message, subjectId: 'APP-1', at: T0 });
      const hour = 3_600_000;
      const batches = await Promise.all([store.outbox.claimDue(at(1), 4, 'a', hour), store.outbox.claimDue(at(1), 4, 'b', hour)]);
      const ids = batches.flat().map((row) => row.id);
      assert.lengthOf(ids, 6);
      assert.equal(new Set(ids).size, 6);
      const [first, second] = batches.flat();
      assert.isTrue(await store.outbox.markSent(first!.id, first!.claimedBy!, at(2)));
      assert.isTrue(await store.outbox.markFailed(second!.id, second!.claimedBy!, 'gateway down', at(30)));
      assert.lengthOf(await store.outbox.claimDue(at(3), 10, 'c'), 0);
      const [retried] = await store.outbox.claimDue(at(31), 10, 'c');
      assert.equal(retried?.id, second!.id);
      assert.equal(retried?.attempts, 2);
      assert.deepEqual((await store.outbox.get(first!.id))?.message, message);
      assert.equal((await store.outbox.get(first!.id))?.status, 'sent');
    });

    it('APP-05 queues an event\'s SMS and e-mail together, each pending from its instant', async () => {
      const message = { id: 'Permohonan disetujui.', en: 'Application approved.' };
      assert.equal(await store.outbox.enqueueAll([]), 0);
      assert.equal(await store.outbox.enqueueAll([
        { channel: 'sms', recipient: '+6281200000099', message, subjectId: 'APP-2', at: at(100) },
        { channel: 'email', recipient: 'siti@example.id', message, at: at(100) },
      ]), 2);
      const queued = (await store.outbox.list({ status: 'pending', limit: 1000 })).filter((row) => row.createdAt === at(100));
      assert.sameDeepMembers(queued.map(({ id: _id, ...row }) => row), [
        { channel: 'sms', recipient: '+6281200000099', message, subjectId: 'APP-2', status: 'pending', attempts: 0, nextAttemptAt: at(100), createdAt: at(100) },
        { channel: 'email', recipient: 'siti@example.id', message, status: 'pending', attempts: 0, nextAttemptAt: at(100), createdAt: at(100) },
      ]);
      assert.equal(new Set(queued.map((row) => row.id)).size, 2);
    });

    it('APP-05 claims messages due together in the order they were queued, claim after claim', async () => {
      const message = { id: 'Pengingat.', en: 'Reminder.' };
      const recipients = Array.from({ length: 8 }, (_, i) => `+62812000001${i}`);
      await store.outbox.enqueueAll(recipients.map((recipient) => ({ channel: 'sms', recipient, message, at: at(140) })));
      // One at a time, so the claim statement runs often enough for the database to settle on a generic plan.
      const claimed: string[] = [];
      for (let i = 0; i < 30 && claimed.length < recipients.length; i++) {
        for (const row of await store.outbox.claimDue(at(150), 1, 'in-order')) if (row.createdAt === at(140)) claimed.push(row.recipient);
      }
      assert.deepEqual(claimed, recipients);
    });
  });

  describe('surveys, payments, service status, supervision records', () => {
    it('keeps one survey response per application (APP-08) and lists by unit and date', async () => {
      const response = { id: 'S-1', applicationId: 'APP-1', answers: [4, 3, 3, 4, 3, 4, 4, 3, 2], unit: 'DPMPTSP', permitType: 'imb',
        submittedOn: '2026-03-20', submittedAt: T0 };
      await store.surveys.add(response);
      assert.instanceOf(await rejects(store.surveys.add({ ...response, id: 'S-2' })), StoreDuplicateError);
      assert.lengthOf(await store.surveys.list({ unit: 'DPMPTSP', from: '2026-03-01', to: '2026-03-31' }), 1);
      assert.lengthOf(await store.surveys.list({ from: '2026-04-01' }), 0);
    });

    it('records a payment once by bank reference (an idempotent callback)', async () => {
      const payment = { bankReference: 'BJ-1', skrdNumber: 'SKRD-1', applicationId: 'APP-1', amount: 12_500_000_000, paidAt: T0, receivedAt: T0 };
      assert.equal((await store.payments.record(payment)).kind, 'recorded');
      const again = await store.payments.record({ ...payment, amount: 1 });
      assert.equal(again.kind, 'duplicate');
      assert.equal(again.payment.amount, 12_500_000_000);
    });

    it('APP-11: the latest service-status notice is the current one', async () => {
      assert.isUndefined(await store.serviceStatus.current());
      await store.serviceStatus.add({ id: 'N-1', status: 'outage', since: T0, message: { id: 'Gangguan.', en: 'Outage.' }, declaredBy: 'kadis', createdAt: T0 });
      await store.serviceStatus.add({ id: 'N-2', status: 'normal', since: at(60), declaredBy: 'kadis', createdAt: at(60) });
      assert.equal((await store.serviceStatus.current())?.id, 'N-2');
      assert.deepEqual((await store.serviceStatus.list()).map((notice) => notice.id), ['N-2', 'N-1']);
    });

    it('versions supervision records optimistically', async () => {
      await store.businesses.create('B-1', { name: 'PT Maju Jaya' }, T0);
      await store.inspections.create('I-1', { result: 'compliant' }, T0, 'B-1');
      assert.deepEqual((await store.inspections.list({ ref: 'B-1' })).map((row) => row.id), ['I-1']);
      const updated = await store.businesses.update('B-1', 1, { name: 'PT Maju Jaya Tbk' }, at(1));
      assert.equal(updated.version, 2);
      assert.instanceOf(await rejects(store.businesses.update('B-1', 1, { name: 'stale' }, at(2))), StoreConflictError);
      const missing = await rejects(store.complaints.update('nope', 1, {}, at(2)));
      assert.equal((missing as StoreError).code, 'store.not-found');
    });
  });

  describe('durability', () => {
    it('keeps accounts, applications and documents across close and reopen', async () => {
      await reopen();
      assert.equal((await store.accounts.get('acc-1'))?.status, 'blocked');
      assert.equal((await store.applications.get('APP-2'))?.application.receiptNumber, 'MJK-20260302-000001-X');
      assert.deepEqual([...(await store.documents.get('APP-1', 'ktp'))!.bytes], [9, 8, 7, 6]);
    });
  });

  describe('upkeep', () => {
    it('vacuums and analyses grown tables once on the embedded store (no autovacuum there), nothing on PostgreSQL; the data stays', async () => {
      const ids = Array.from({ length: 200 }, (_, i) => `APP-UPKEEP-${i}`);
      await Promise.all(ids.map((id) => store.applications.create(draft(id), 'acc-1', T0)));
      const upkept = (await store.upkeep()).tables.map((table) => table.table);
      if (store.kind === 'embedded') assert.include(upkept, 'applications');
      else assert.deepEqual(upkept, []);
      assert.deepEqual(await store.upkeep(), { tables: [] }, 'nothing has grown since, and no checkpoint is due (5 min)');
      const listed = await store.applications.list({ ownerId: 'acc-1', limit: 1000 });
      assert.includeMembers(listed.map((row) => row.application.id), ids);
      await assertLogVerifies(store, await store.audit.size());
    });
  });

  if (factory.sharedInstances) sharedInstanceTests(factory, () => store);
}

/** Two stores on one database at once (PostgreSQL): the cases several server instances meet. */
function sharedInstanceTests(factory: StoreFactory, first: () => Store): void {
  describe('two instances on one database', () => {
    let second: Store;
    before(async () => {
      second = await factory.open();
    });
    after(async () => {
      await second.close();
    });

    it('AUD-02: concurrent appends from both instances make one gap-free log that verifies on both', async () => {
      const start = await first().audit.size();
      const appends = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? first() : second).audit.append(entry(`APP-X${i}`)));
      const seqs = (await Promise.all(appends)).map((result) => unwrap(result).seq).sort((a, b) => a - b);
      assert.deepEqual(seqs, Array.from({ length: 40 }, (_, i) => start + i));
      const root = await assertLogVerifies(first(), start + 40);
      assert.deepEqual([...await assertLogVerifies(second, start + 40)], [...root]);
    });

    it('AUD-02: group commits from both instances make one gap-free log that verifies on both', async () => {
      const start = await first().audit.size();
      const units = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? first() : second).groupTransaction(async (tx) => {
        await tx.applications.create(draft(`APP-GX${i}`), 'acc-1', at(40));
        return unwrap(await tx.audit.append(entry(`APP-GX${i}`))).seq;
      }));
      const seqs = (await Promise.all(units)).sort((a, b) => a - b);
      assert.deepEqual(seqs, Array.from({ length: 40 }, (_, i) => start + i));
      const root = await assertLogVerifies(first(), start + 40);
      assert.deepEqual([...await assertLogVerifies(second, start + 40)], [...root]);
    });

    it('never lets both instances claim the same job', async () => {
      for (let i = 0; i < 40; i++) await first().jobs.enqueue({ kind: 'x', key: `shared-${i}`, payload: i, runAt: T0 });
      const claims = await Promise.all(Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? first() : second).jobs.claimDue(at(1), 5, i % 2 === 0 ? first().instanceId : second.instanceId)));
      const ids = claims.flat().filter((job) => job.key.startsWith('shared-')).map((job) => job.id);
      assert.lengthOf(ids, 40);
      assert.equal(new Set(ids).size, 40);
    });

    it('detects a conflict between instances updating one application', async () => {
      const base = (await first().applications.get('APP-1'))!;
      await second.applications.update(base, base.application, at(200));
      assert.instanceOf(await rejects(first().applications.update(base, base.application, at(201))), StoreConflictError);
    });
  });
}

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { parseCheckpoint, parseNote, unwrap, verifyExportedLog } from '@satupintu/core';
import { hashPassword } from '../../auth/password.js';
import { openStore } from '../../store/index.js';
import { exited, startCli } from '../../test-cli.js';
import { PDF, TDG_DRAFT } from '../application-test-support.js';

const SECRET = 'crash-test-secret-crash-test-secret-0123456789';

const cliEnv = (dataDir: string) => ({
  ...process.env, SATUPINTU_DATA_DIR: dataDir, SATUPINTU_LOG_LEVEL: 'warn', SATUPINTU_SECRET: SECRET, SATUPINTU_OFFICE_CODE: 'MJK',
});

describe('a server killed (SIGKILL) during a stream of submissions loses no acknowledged submission', () => {
  let dataDir: string;
  const email = `siti.${randomUUID()}@example.id`;
  const password = 'kata-sandi-rahasia-2026';
  let running: ChildProcessWithoutNullStreams | undefined;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'satupintu-crash-'));
    const store = await openStore({ dataDir });
    await store.accounts.create({
      id: randomUUID(), kind: 'person', name: 'Siti Rahma', email, phone: '+6281234567890', roles: ['applicant'],
      passwordHash: await hashPassword(password), status: 'active', identity: {}, createdAt: new Date().toISOString(),
    });
    await store.close();
  });
  after(async () => {
    if (running && running.exitCode === null && running.signalCode === null) {
      running.kill('SIGKILL');
      await exited(running);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function session(url: string): Promise<Record<string, string>> {
    const response = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = (response.headers.getSetCookie().find((c) => c.startsWith('sp_session=')) ?? '').split(';')[0] ?? '';
    return { cookie, 'x-csrf-token': csrfToken };
  }

  it('APP-03 AUD-02 every 201 submission is there after restart, a retry with its key replays it, and the audit log verifies', async () => {
    const first = await startCli(cliEnv(dataDir));
    running = first.child;
    const headers = await session(first.url);
    const acknowledged: { id: string; key: string; receiptNumber: string }[] = [];
    let killed = false;

    /** One applicant's stream: draft → upload → submit, until the server dies. */
    const worker = async () => {
      while (!killed) {
        try {
          const draft = await fetch(`${first.url}/applications`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(TDG_DRAFT) });
          const { id } = (await draft.json()) as { id: string };
          await fetch(`${first.url}/applications/${id}/documents/director-id`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/pdf' }, body: PDF });
          const key = randomUUID();
          const submitted = await fetch(`${first.url}/applications/${id}/submit`, {
            method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ declaration: true }),
          });
          if (submitted.status === 201) acknowledged.push({ id, key, receiptNumber: ((await submitted.json()) as { receiptNumber: string }).receiptNumber });
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Array.from({ length: 4 }, () => worker());
    while (acknowledged.length < 12) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    killed = true;
    await exited(first.child);
    await Promise.all(workers);
    assert.isAtLeast(acknowledged.length, 12);

    const second = await startCli(cliEnv(dataDir));
    running = second.child;
    const again = await session(second.url);
    for (const { id, key, receiptNumber } of acknowledged) {
      const stored = (await (await fetch(`${second.url}/applications/${id}`, { headers: again })).json()) as { state: string; receiptNumber: string };
      assert.equal(stored.state, 'awaiting-verification', id);
      assert.equal(stored.receiptNumber, receiptNumber);
      const replay = await fetch(`${second.url}/applications/${id}/submit`, {
        method: 'POST', headers: { ...again, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ declaration: true }),
      });
      assert.equal(replay.status, 201);
      assert.equal(((await replay.json()) as { receiptNumber: string }).receiptNumber, receiptNumber);
    }
    const checkpoint = unwrap(parseCheckpoint(unwrap(parseNote(await (await fetch(`${second.url}/audit/checkpoint`)).text())).text));
    second.child.kill('SIGTERM');
    await exited(second.child);
    running = undefined;

    const store = await openStore({ dataDir });
    try {
      const verdict = await verifyExportedLog(await store.audit.exportLines(0, checkpoint.size), checkpoint);
      assert.isTrue(verdict.ok, JSON.stringify(verdict));
      const receipts = (await store.applications.list({ states: ['awaiting-verification'], limit: 1000 })).map((a) => a.application.receiptNumber);
      assert.includeMembers(receipts, acknowledged.map((a) => a.receiptNumber));
    } finally {
      await store.close();
    }
  });
});

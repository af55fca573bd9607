import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { openStore } from '../../store/open-store.js';
import { idempotencyRequestHash } from '../idempotency.js';
import { createDraft, startApplicationServer, submit, uploadDocuments, type ApplicationServer } from '../application-test-support.js';

describe('POST /applications/{id}/submit with Idempotency-Key', () => {
  let app: ApplicationServer;
  before(async () => { app = await startApplicationServer(); });
  after(async () => { await app.close(); });

  async function readyDraft(): Promise<string> {
    const { id } = await createDraft(app);
    assert.equal((await uploadDocuments(app, id)).status, 200);
    return id;
  }

  it('a missing key is 400 idempotency.key-required and submits nothing', async () => {
    const id = await readyDraft();
    const response = await app.server.request(`/applications/${id}/submit`, { method: 'POST', headers: app.as.applicant.headers(), json: { declaration: true } });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).code, 'idempotency.key-required');
    const stored = await (await app.server.request(`/applications/${id}`, { headers: app.as.applicant.headers() })).json();
    assert.equal(stored.state, 'draft');
  });

  it('APP-03 a repeat with the same key answers the stored response byte for byte, with one receipt', async () => {
    const id = await readyDraft();
    const key = randomUUID();
    const first = await submit(app, id, key);
    assert.equal(first.status, 201);
    const firstText = await first.text();
    const auditSize = await app.server.server.store.audit.size();
    const repeat = await submit(app, id, key);
    assert.equal(repeat.status, 201);
    assert.equal(repeat.headers.get('idempotency-replayed'), 'true');
    assert.equal(await repeat.text(), firstText);
    assert.equal(await app.server.server.store.audit.size(), auditSize);
  });

  it('the same key with another payload is 422 idempotency.key-reused', async () => {
    const id = await readyDraft();
    const key = randomUUID();
    assert.equal((await submit(app, id, key)).status, 201);
    const other = await submit(app, id, key, app.as.applicant, false);
    assert.equal(other.status, 422);
    assert.equal((await other.json()).code, 'idempotency.key-reused');
  });

  it('while the first request with a key is in flight, another is 409 idempotency.in-flight', async () => {
    const id = await readyDraft();
    const key = randomUUID();
    // A request that claimed the key and has not finished: its claim is in the store.
    const hash = idempotencyRequestHash('POST', `/applications/${id}/submit`, { declaration: true });
    const claimed = await app.server.server.store.idempotency.begin(app.as.applicant.id, key, hash, new Date().toISOString());
    assert.equal(claimed.kind, 'new');
    const second = await submit(app, id, key);
    assert.equal(second.status, 409);
    assert.equal((await second.json()).code, 'idempotency.in-flight');
    await app.server.server.store.idempotency.abandon(app.as.applicant.id, key);
    assert.equal((await submit(app, id, key)).status, 201, 'once the first gave up, the key runs');
  });

  it('APP-03 a key left in flight by a crashed request is taken over by a retry once its lease lapsed', async () => {
    const id = await readyDraft();
    const key = randomUUID();
    const hash = idempotencyRequestHash('POST', `/applications/${id}/submit`, { declaration: true });
    // A request that claimed the key two minutes ago and never finished (the process died).
    const crashed = new Date(Date.now() - 120_000).toISOString();
    assert.equal((await app.server.server.store.idempotency.begin(app.as.applicant.id, key, hash, crashed)).kind, 'new');
    const retry = await submit(app, id, key);
    assert.equal(retry.status, 201);
    assert.match((await retry.json()).receiptNumber, /^MJK-/);
  });

  it('APP-02 10 concurrent submits with one key: one submission, one receipt number, the rest replay or see it in flight', async () => {
    const id = await readyDraft();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => submit(app, id, key)));
    const statuses = responses.map((r) => r.status);
    assert.isTrue(statuses.every((s) => s === 201 || s === 409), statuses.join(','));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    const created = bodies.filter((_, i) => statuses[i] === 201);
    assert.isAtLeast(created.length, 1);
    assert.equal(new Set(created.map((b) => b.receiptNumber)).size, 1, 'every 201 carries the same receipt');
    for (const [i, body] of bodies.entries()) if (statuses[i] === 409) assert.equal(body.code, 'idempotency.in-flight');
    const submits = (await app.server.server.store.audit.entriesFor('application', id)).filter((e) => e.action === 'application.submit');
    assert.lengthOf(submits, 1, 'one submission');
    const after = await submit(app, id, key);
    assert.equal(after.status, 201, 'once done, a retry replays');
  });

  it('APP-02 without the declaration, or without the required document, core refuses and the key can be used again', async () => {
    const { id } = await createDraft(app);
    const key = randomUUID();
    const incomplete = await submit(app, id, key);
    assert.equal(incomplete.status, 400);
    const body = await incomplete.json();
    assert.equal(body.code, 'application.document-missing');
    assert.equal(body.path, 'documents');
    const undeclared = await submit(app, id, randomUUID(), app.as.applicant, false);
    assert.equal((await undeclared.json()).code, 'application.declaration-missing');
    assert.equal((await uploadDocuments(app, id)).status, 200);
    const retried = await submit(app, id, key);
    assert.equal(retried.status, 201, 'a failed attempt freed its key');
  });

  it('APP-03 receipt numbers of one day are consecutive', async () => {
    const receipts: string[] = [];
    for (let i = 0; i < 3; i++) receipts.push((await (await submit(app, await readyDraft())).json()).receiptNumber);
    const serials = receipts.map((r) => Number(r.split('-')[2]));
    assert.deepEqual(serials, [serials[0]!, serials[0]! + 1, serials[0]! + 2]);
  });
});

describe('POST /applications/{id}/submit when its key is taken over while it runs', () => {
  it('APP-03 a request whose lapsed claim a retry took over is 409 idempotency.in-flight and submits nothing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'satupintu-takeover-'));
    const store = await openStore({ dataDir });
    // The retry's takeover happens just before the submission's transaction: the request has claimed the key, the
    // retry (two minutes later, past the 60 s lease) takes it over, then the request records its answer.
    let retry: (() => Promise<unknown>) | undefined;
    const app = await startApplicationServer({}, {
      store: { ...store, groupTransaction: async (fn) => { await retry?.(); return store.groupTransaction(fn); } },
    });
    try {
      const { id } = await createDraft(app);
      assert.equal((await uploadDocuments(app, id)).status, 200);
      const key = randomUUID();
      const hash = idempotencyRequestHash('POST', `/applications/${id}/submit`, { declaration: true });
      retry = () => store.idempotency.begin(app.as.applicant.id, key, hash, new Date(Date.now() + 120_000).toISOString());
      const response = await submit(app, id, key);
      assert.equal(response.status, 409);
      assert.equal((await response.json()).code, 'idempotency.in-flight');
      assert.equal((await store.applications.get(id))?.application.state, 'draft', 'nothing of the submission committed');
      assert.deepEqual((await store.audit.entriesFor('application', id)).filter((e) => e.action === 'application.submit'), []);
    } finally {
      await app.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

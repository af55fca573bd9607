import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { parseCheckpoint, parseNote, unwrap, verifyExportedLog } from '@satupintu/core';
import { createTestDatabase } from '../../store/test-postgres.js';
import { createDraft, postEvent, startApplicationServer, submit, TDG_DRAFT, uploadDocuments, type ApplicationServer } from '../application-test-support.js';

describe('the application routes on PostgreSQL', () => {
  let app: ApplicationServer;
  let database: { readonly url: string; readonly drop: () => Promise<void> };
  before(async () => {
    database = await createTestDatabase();
    app = await startApplicationServer({ databaseUrl: database.url });
  });
  after(async () => {
    await app?.close();
    await database?.drop();
  });

  async function readyDraft(): Promise<string> {
    const { id } = await createDraft(app);
    assert.equal((await uploadDocuments(app, id)).status, 200);
    return id;
  }

  it('APP-02 10 concurrent submits with one key: exactly one submission', async () => {
    const id = await readyDraft();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => submit(app, id, key)));
    const statuses = responses.map((r) => r.status);
    assert.isTrue(statuses.every((s) => s === 201 || s === 409), statuses.join(','));
    const receipts = new Set((await Promise.all(responses.filter((r) => r.status === 201).map((r) => r.json()))).map((b) => b.receiptNumber));
    assert.equal(receipts.size, 1);
    const submits = (await app.server.server.store.audit.entriesFor('application', id)).filter((e) => e.action === 'application.submit');
    assert.lengthOf(submits, 1);
  });

  it('a draft repeated with one Idempotency-Key: one draft, the same answer; another payload with the key is 422', async () => {
    const key = randomUUID();
    const post = (json: unknown) => app.server.request('/applications', { method: 'POST', headers: app.as.applicant.headers({ 'idempotency-key': key }), json });
    const first = await post(TDG_DRAFT);
    assert.equal(first.status, 201);
    const firstText = await first.text();
    const repeat = await post(TDG_DRAFT);
    assert.equal(repeat.status, 201);
    assert.equal(await repeat.text(), firstText);
    const { id } = JSON.parse(firstText) as { id: string };
    const creates = (await app.server.server.store.audit.entriesFor('application', id)).filter((e) => e.action === 'application.draft-create');
    assert.lengthOf(creates, 1);
    const own = await (await app.server.request('/applications?permitType=tdg', { headers: app.as.applicant.headers() })).json();
    assert.lengthOf(own.items.filter((a: { id: string }) => a.id === id), 1);
    const other = await post({ ...TDG_DRAFT, details: { nuisanceActApplies: true } });
    assert.equal(other.status, 422);
    assert.equal((await other.json()).code, 'idempotency.key-reused');
  });

  it('APP-03 concurrent submissions of different applications get distinct, consecutive receipt numbers', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => readyDraft()));
    const bodies = await Promise.all(ids.map(async (id) => (await submit(app, id)).json()));
    const serials = bodies.map((b) => Number(String(b.receiptNumber).split('-')[2])).sort((a, b) => a - b);
    assert.lengthOf(new Set(serials), 8);
    assert.equal(serials.at(-1)! - serials[0]!, 7, 'no gaps');
  });

  it('two officers taking a step at once with the same If-Match: one wins, the other gets 409', async () => {
    const id = await readyDraft();
    const submitted = await (await submit(app, id)).json();
    const version = submitted.application.version as number;
    const [a, b] = await Promise.all([
      postEvent(app, id, version, app.as['admin-officer'], { type: 'verify' }),
      postEvent(app, id, version, app.as['admin-officer'], { type: 'return-for-correction', reason: 'foto buram' }),
    ]);
    assert.sameMembers([a.status, b.status], [200, 409]);
  });

  it('AUD-02 the audit log written through PostgreSQL verifies against the checkpoint', async () => {
    const checkpoint = unwrap(parseCheckpoint(unwrap(parseNote(await (await app.server.request('/audit/checkpoint')).text())).text));
    const verdict = await verifyExportedLog(await app.server.server.store.audit.exportLines(0, checkpoint.size), checkpoint);
    assert.isTrue(verdict.ok);
  });
});

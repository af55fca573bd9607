import { createApplication } from '@satupintu/core';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { imbAwaitingPayment, imbFiled, storeAll, testClock, wib } from '../jobs/test-fixtures.js';
import { signIn, startTestServer, type TestServer, type TestSession } from './test-support.js';

describe('POST /service-status (APP-11)', () => {
  const clock = testClock(wib('2026-03-10', '08:00'));
  let server: TestServer;
  let head: TestSession;
  let officer: TestSession;
  let kadis: { account: { email: string }; password: string };
  before(async () => {
    server = await startTestServer({ scheduler: { intervalSeconds: 0 } }, { now: clock.now });
    const lifecycle = server.server.config.municipality.context;
    const draft = createApplication({ id: 'IMB-DRAFT', permitType: 'imb', applicant: { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '+6281234567890', email: 'siti@example.id' }, details: { multiStorey: false, businessBuilding: false }, createdAt: wib('2026-03-02') }, lifecycle);
    if (!draft.ok) throw new Error(draft.error.message.en);
    await storeAll(server.server.store, [imbFiled('IMB-FILED', 401, lifecycle), imbAwaitingPayment('IMB-PAY', 402, lifecycle), draft.value]);
    kadis = await server.createAccount({ roles: ['head-of-office'] });
    const admin = await server.createAccount({ roles: ['admin-officer'] });
    head = await signIn(server, kadis.account.email, kadis.password);
    officer = await signIn(server, admin.account.email, admin.password);
  });
  after(async () => server?.close());

  const declare = (session: TestSession, json: unknown) => server.request('/service-status', {
    method: 'POST', json, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
  });

  it('only the head of office declares; anyone else gets 403, no session 401', async () => {
    assert.equal((await declare(officer, { status: 'outage', reason: 'Pusat data padam' })).status, 403);
    assert.equal((await server.request('/service-status', { method: 'POST', json: { status: 'outage', reason: 'x' } })).status, 401);
    const forged = await declare(officer, { status: 'outage', reason: 'x', role: 'head-of-office' });
    assert.include([400, 403], forged.status);
  });

  it('APP-11 CAL-03 an outage pauses every running clock, is public, and its end resumes them', async () => {
    const missingReason = await declare(head, { status: 'outage' });
    assert.equal(missingReason.status, 400);
    assert.equal((await missingReason.json()).code, 'service-status.reason-required');
    const declared = await declare(head, { status: 'outage', reason: 'Pusat data padam', message: { id: 'Layanan terganggu.', en: 'Service disrupted.' } });
    assert.equal(declared.status, 200);
    const body = await declared.json();
    assert.deepEqual(body, { status: 'outage', since: '2026-03-10T01:00:00.000Z', message: { id: 'Layanan terganggu.', en: 'Service disrupted.' }, applied: 2, skipped: [] });
    assert.deepEqual(await (await server.request('/service-status')).json(), { status: 'outage', since: '2026-03-10T01:00:00.000Z', message: { id: 'Layanan terganggu.', en: 'Service disrupted.' } });
    const filed = (await server.server.store.applications.get('IMB-FILED'))?.application;
    assert.deepInclude(filed?.pauses[0], { kind: 'outage', from: '2026-03-10', reason: 'Pusat data padam' });
    assert.isUndefined(filed?.pauses[0]?.to);
    assert.lengthOf((await server.server.store.applications.get('IMB-DRAFT'))?.application.pauses ?? [], 0, 'a draft has no clock');
    const again = await declare(head, { status: 'force-majeure', reason: 'Banjir' });
    assert.equal(again.status, 409);
    assert.equal((await again.json()).code, 'service-status.already-paused');

    clock.set(wib('2026-03-12', '15:00'));
    head = await signIn(server, kadis.account.email, kadis.password);
    const ended = await declare(head, { status: 'normal' });
    assert.equal(ended.status, 200);
    assert.deepInclude(await ended.json(), { status: 'normal', applied: 2 });
    const resumed = (await server.server.store.applications.get('IMB-FILED'))?.application;
    assert.equal(resumed?.pauses[0]?.to, '2026-03-12');
    assert.equal((await server.request('/service-status').then((r) => r.json())).status, 'normal');
    assert.equal((await (await declare(head, { status: 'normal' })).json()).code, 'service-status.not-paused');
    const actions = (await server.server.store.audit.entriesFor('application', 'IMB-FILED')).map((e) => e.action);
    assert.deepEqual(actions, ['application.declare-pause', 'application.end-pause']);
    const notices = (await server.server.store.outbox.list({ limit: 100 })).filter((m) => m.subjectId === 'IMB-FILED');
    assert.deepEqual(notices.map((m) => m.channel), ['email', 'email'], 'the applicant is told of the outage and of its end');
  });
});

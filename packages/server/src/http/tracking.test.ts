import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { applyEvent, createApplication, formatReceiptNumber, unwrap, type Application } from '@satupintu/core';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { startTestServer, type TestServer } from './test-support.js';
import { trackingView } from './tracking-view.js';

/** A valid receipt number that no application holds. */
const UNKNOWN = unwrap(formatReceiptNumber({ office: 'MJK', date: '2026-03-03', sequence: 99 }));

const PERSON = { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '0812-3456-7890', email: 'siti@example.id' } as const;
const DOCUMENTS = ['application-form', 'building-drawings', 'land-title', 'ktp', 'pbb-receipt']
  .map((key) => ({ key, fileName: `${key}.pdf`, mediaType: 'application/pdf', size: 120_000, sha256: 'ab'.repeat(32) }));

/** `repository` with the calls of its `method` recorded (first argument). */
function recordingCalls<R extends object>(repository: R, method: keyof R, calls: string[]): R {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== method || typeof value !== 'function') return value;
      return (first: string, ...rest: unknown[]) => {
        calls.push(first);
        return (value as (...args: unknown[]) => unknown).call(target, first, ...rest);
      };
    },
  });
}

/** The real store, with a record of its receipt-number lookups and session lookups. */
function recording(store: Store, lookups: string[], sessionLookups: string[]): Store {
  const applications = recordingCalls(store.applications, 'getByReceiptNumber', lookups);
  const sessions = recordingCalls(store.sessions, 'findActive', sessionLookups);
  return new Proxy(store, {
    get: (target, property, receiver) => (property === 'applications' ? applications : property === 'sessions' ? sessions : Reflect.get(target, property, receiver) as unknown),
  });
}

describe('GET /tracking/{receiptNumber}', () => {
  let server: TestServer;
  let store: Store;
  let dataDir: string;
  let submitted: Application;
  const lookups: string[] = [];
  const sessionLookups: string[] = [];

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'satupintu-tracking-'));
    store = await openStore({ dataDir });
    server = await startTestServer({}, { store: recording(store, lookups, sessionLookups) });
    const context = server.server.config.municipality.context;
    const draft = unwrap(createApplication({
      id: 'IMB-2026-0001', permitType: 'imb', applicant: PERSON, details: { multiStorey: false, businessBuilding: false }, createdAt: '2026-03-02T08:00:00+07:00',
    }, context));
    submitted = unwrap(applyEvent(draft, {
      type: 'submit', actor: { id: 'u-siti', role: 'applicant' }, at: '2026-03-02T09:00:00+07:00', documents: DOCUMENTS, declaration: true, receiptSequence: 17,
    }, context)).application;
    await store.applications.create(submitted, 'u-siti', '2026-03-02T02:00:00Z');
  });
  after(async () => {
    await server.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('APP-03 a mistyped receipt number is refused by its check character before any store lookup', async () => {
    const receipt = submitted.receiptNumber!;
    const wrongCheck = `${receipt.slice(0, -1)}${receipt.endsWith('A') ? 'B' : 'A'}`;
    const swapped = receipt.replace('000017', '000071');
    lookups.length = 0;
    for (const typo of [wrongCheck, swapped]) {
      const response = await server.request(`/tracking/${encodeURIComponent(typo)}`);
      assert.equal(response.status, 400);
      const body = await response.json();
      assert.equal(body.code, 'receipt.check-failed');
      assert.equal(body.path, 'receiptNumber');
      assert.isString(body.message.id);
    }
    const malformed = await (await server.request('/tracking/not-a-receipt')).json();
    assert.equal(malformed.code, 'receipt.malformed');
    assert.deepEqual(lookups, [], 'the store was never asked');
  });

  it('APP-03 a well-formed receipt number nobody holds answers 404 after one lookup', async () => {
    lookups.length = 0;
    const response = await server.request(`/tracking/${UNKNOWN}`);
    assert.equal(response.status, 404);
    assert.equal((await response.json()).code, 'tracking.not-found');
    assert.deepEqual(lookups, [UNKNOWN]);
  });

  it('APP-03 the public view shows steps and the service deadline but no personal data', async () => {
    const typed = submitted.receiptNumber!.toLowerCase().replaceAll('-', ' ');
    const response = await server.request(`/tracking/${encodeURIComponent(typed)}`);
    assert.equal(response.status, 200);
    const text = await response.text();
    const view = JSON.parse(text);
    assert.equal(view.receiptNumber, submitted.receiptNumber);
    assert.equal(view.permitType, 'imb');
    assert.equal(view.state, 'awaiting-verification');
    assert.lengthOf(view.steps, 11);
    assert.deepEqual(view.steps[0], { step: 1, status: 'done', at: '2026-03-02T09:00:00+07:00', actorRole: 'applicant' });
    assert.deepEqual(view.steps[1], { step: 2, status: 'current' });
    assert.equal(view.steps[10].status, 'pending');
    assert.match(view.serviceDeadline.due, /^2026-\d{2}-\d{2}$/);
    assert.isNumber(view.serviceDeadline.workingDaysLeft);
    assert.deepEqual(view.pauses, []);
    for (const secret of [PERSON.name, PERSON.nik, '+6281234567890', PERSON.email, 'u-siti', 'ktp.pdf']) assert.notInclude(text, secret);
  });

  it('APP-01 APP-03 an application withdrawn during verification stopped at that step; the steps after it are not reached', async () => {
    const context = server.server.config.municipality.context;
    const draft = unwrap(createApplication({
      id: 'IMB-2026-0002', permitType: 'imb', applicant: PERSON, details: { multiStorey: false, businessBuilding: false }, createdAt: '2026-03-02T08:00:00+07:00',
    }, context));
    const sent = unwrap(applyEvent(draft, {
      type: 'submit', actor: { id: 'u-siti', role: 'applicant' }, at: '2026-03-02T09:00:00+07:00', documents: DOCUMENTS, declaration: true, receiptSequence: 18,
    }, context)).application;
    const withdrawn = unwrap(applyEvent(sent, { type: 'withdraw', actor: { id: 'u-siti', role: 'applicant' }, at: '2026-03-03T10:00:00+07:00' }, context)).application;
    await store.applications.create(withdrawn, 'u-siti', '2026-03-03T03:00:00Z');
    const view = await (await server.request(`/tracking/${encodeURIComponent(withdrawn.receiptNumber!)}`)).json();
    assert.equal(view.state, 'withdrawn');
    assert.equal(view.steps[0].status, 'done');
    assert.deepEqual(view.steps[1], { step: 2, status: 'stopped', at: '2026-03-03T10:00:00+07:00', actorRole: 'applicant' });
    assert.deepEqual(view.steps.slice(2).map((step: { status: string }) => step.status), Array(9).fill('not-reached'));
    assert.isUndefined(view.serviceDeadline, 'no deadline for an application that ended');
  });

  it('APP-03 a permit cancelled after its handover shows every step done (it stopped at none)', async () => {
    const context = server.server.config.municipality.context;
    const handedOver = submitted.history.map((entry) => ({ ...entry, from: 'awaiting-handover' as const, to: 'completed' as const }));
    const cancelled: Application = {
      ...submitted, state: 'cancelled',
      history: [...handedOver, { ...handedOver[0]!, seq: 2, event: 'cancel-as-sanction', actor: { id: 'kabid', role: 'head-of-office' }, from: 'completed', to: 'cancelled' }],
    };
    const view = trackingView(cancelled, context, '2026-04-01T09:00:00+07:00');
    assert.notInclude(view.steps.map((step) => step.status), 'stopped');
    assert.notInclude(view.steps.map((step) => step.status), 'not-reached');
  });

  it('APP-03 a repeated lookup is answered from the cache; an event of that application shows at once', async () => {
    const receipt = submitted.receiptNumber!;
    const lookup = async () => (await (await server.request(`/tracking/${encodeURIComponent(receipt)}`)).json()) as { state: string };
    const first = await server.request(`/tracking/${encodeURIComponent(receipt.toLowerCase())}`);
    const firstText = await first.text();
    lookups.length = 0;
    const again = await server.request(`/tracking/${encodeURIComponent(receipt)}`);
    assert.equal(again.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(await again.text(), firstText, 'the cached answer is the text first served');
    assert.equal((await lookup()).state, 'awaiting-verification');
    assert.deepEqual(lookups, [], 'answered from the cache');
    const stored = (await store.applications.get(submitted.id))!;
    const context = server.server.config.municipality.context;
    const verified = unwrap(applyEvent(stored.application, { type: 'verify', actor: { id: 'adm-1', role: 'admin-officer' }, at: '2026-03-03T09:00:00+07:00' }, context));
    await store.transaction((tx) => tx.applications.update(stored, verified.application, '2026-03-03T02:00:00Z'));
    assert.equal((await lookup()).state, verified.application.state);
    assert.deepEqual(lookups, [receipt], 'the event dropped the cached view');
  });

  it('APP-03 a session cookie or bearer token sent along costs a public lookup no session lookup', async () => {
    sessionLookups.length = 0;
    const withCookie = await server.request(`/tracking/${UNKNOWN}`, { headers: { cookie: `sp_session=${'c'.repeat(43)}` } });
    const withToken = await server.request(`/tracking/${UNKNOWN}`, { headers: { authorization: `Bearer ${'t'.repeat(43)}` } });
    assert.deepEqual([withCookie.status, withToken.status], [404, 404]);
    assert.deepEqual(sessionLookups, [], 'the tracking route does not identify its caller');
  });

  it('tracking lookups are rate limited', async () => {
    const limited = await startTestServer({ rateLimits: { tracking: 2 } });
    try {
      for (let i = 0; i < 2; i++) assert.equal((await limited.request(`/tracking/${UNKNOWN}`)).status, 404);
      const response = await limited.request(`/tracking/${UNKNOWN}`);
      assert.equal(response.status, 429);
      assert.equal((await response.json()).code, 'http.rate-limited');
    } finally {
      await limited.close();
    }
  });
});

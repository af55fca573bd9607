import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { createTestDatabase } from '../store/test-postgres.js';
import { signIn, startTestServer, type TestServer } from './test-support.js';

describe('the HTTP layer on PostgreSQL', () => {
  let server: TestServer;
  let database: { readonly url: string; readonly drop: () => Promise<void> };
  before(async () => {
    database = await createTestDatabase();
    server = await startTestServer({ databaseUrl: database.url });
  });
  after(async () => {
    await server?.close();
    await database?.drop();
  });

  it('GET /health names the PostgreSQL store', async () => {
    assert.deepEqual(await (await server.request('/health')).json(), { status: 'ok', store: 'postgres' });
  });

  it('ACC-01 ACC-02 register, grant, sign in, use the CSRF token, sign out', async () => {
    const email = `budi.${Date.now()}@example.id`;
    const registered = await server.request('/accounts', {
      method: 'POST',
      json: {
        kind: 'person', name: 'Budi Santoso', email, phone: '+62 813 1111 2222', password: 'kata-sandi-rahasia-2026', nik: '3578011503850001',
        documents: [{ key: 'ktp', fileName: 'ktp.pdf', mediaType: 'application/pdf', size: 1000, sha256: 'cd'.repeat(32) }],
      },
    });
    assert.equal(registered.status, 201);
    const { account } = await registered.json();
    const officer = await server.createAccount({ roles: ['admin-officer'] });
    const staff = await signIn(server, officer.account.email, officer.password);
    const decided = await server.request(`/accounts/${account.id}/decision`, {
      method: 'POST', json: { granted: true }, headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
    });
    assert.equal(decided.status, 200);
    const session = await signIn(server, email, 'kata-sandi-rahasia-2026');
    assert.equal((await (await server.request('/me', { headers: { cookie: session.cookie } })).json()).account.id, account.id);
    assert.equal((await server.request('/auth/logout', { method: 'POST', headers: { cookie: session.cookie } })).status, 403);
    assert.equal((await server.request('/auth/logout', { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken } })).status, 204);
    assert.equal((await server.request('/me', { headers: { cookie: session.cookie } })).status, 401);
  });
});

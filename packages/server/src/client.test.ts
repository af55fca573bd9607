import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { createSatupintuClient } from './client.js';
import { startTestServer, type TestServer } from './http/test-support.js';

describe('the typed client', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('signs in, keeps the CSRF token, and sends it on writes', async () => {
    const { account, password } = await server.createAccount();
    // Node's fetch keeps no cookies: this fetch plays the browser's cookie jar and records what was sent.
    let cookie = '';
    const sent: { method: string; csrf: string | null }[] = [];
    const api = createSatupintuClient({
      baseUrl: server.url,
      fetch: async (request) => {
        sent.push({ method: request.method, csrf: request.headers.get('x-csrf-token') });
        const headers = new Headers(request.headers);
        if (cookie) headers.set('cookie', cookie);
        const response = await fetch(new Request(request, { headers }));
        const set = response.headers.getSetCookie().find((c) => c.startsWith('sp_session='));
        if (set) cookie = set.split(';')[0] ?? '';
        return response;
      },
    });
    const login = await api.POST('/auth/login', { body: { email: account.email, password } });
    assert.equal(login.data?.account.id, account.id);
    assert.equal(api.csrfToken(), login.data?.csrfToken);
    const me = await api.GET('/me');
    assert.equal(me.data?.via, 'cookie');
    const token = await api.POST('/auth/tokens', { body: { label: 'client test' } });
    assert.equal(token.response.status, 201);
    assert.equal(sent.at(-1)?.csrf, login.data?.csrfToken);
    const requirements = await api.GET('/catalog/{permitType}/requirements', { params: { path: { permitType: 'tdg' }, query: { applicant: 'person' } } });
    assert.equal(requirements.data?.permitType, 'tdg');
    const refused = await api.POST('/fees/quote', { body: { permitType: 'tdg', input: { areaM2: -1 } } });
    assert.equal(refused.error?.code, 'fee.area-invalid');
    await api.POST('/auth/logout');
    assert.isUndefined(api.csrfToken());
  });
});

import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { verifyPassword } from '../auth/password.js';
import { signIn, startTestServer, type TestServer } from './test-support.js';

const KTP = { key: 'ktp', fileName: 'ktp.pdf', mediaType: 'application/pdf', size: 120_000, sha256: 'ab'.repeat(32) };
const PASSWORD = 'kata-sandi-rahasia-2026';

function registration(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'person', name: 'Siti Rahma', email: `siti.${Math.random().toString(36).slice(2)}@example.id`, phone: '0812-3456-7890',
    password: PASSWORD, nik: '3578015208900003', documents: [KTP], ...overrides,
  };
}

describe('auth, accounts and sessions over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('ACC-01 an access request creates a pending applicant account with the decision due date', async () => {
    const response = await server.request('/accounts', { method: 'POST', json: registration() });
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.account.status, 'pending');
    assert.deepEqual(body.account.roles, ['applicant']);
    assert.equal(body.account.phone, '+6281234567890', 'core normalises the phone to E.164');
    assert.match(body.decisionDue, /^\d{4}-\d{2}-\d{2}$/);
    assert.notProperty(body.account, 'passwordHash');
  });

  it('the stored password is a salted scrypt hash, never the clear text', async () => {
    const input = registration();
    const body = await (await server.request('/accounts', { method: 'POST', json: input })).json();
    const stored = await server.server.store.accounts.get(body.account.id);
    assert.isDefined(stored);
    assert.notInclude(stored!.passwordHash, PASSWORD);
    assert.match(stored!.passwordHash, /^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    assert.isTrue(await verifyPassword(PASSWORD, stored!.passwordHash));
    const exported = (await server.server.store.audit.exportLines()).join('\n');
    assert.notInclude(exported, PASSWORD, 'the audit log never sees the password');
  });

  it('ACC-01 core refuses a bad NIK and a name with script, with the field path and id/en messages', async () => {
    const nik = await server.request('/accounts', { method: 'POST', json: registration({ nik: '1234' }) });
    assert.equal(nik.status, 400);
    assert.equal(nik.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    const nikBody = await nik.json();
    assert.match(nikBody.code, /^nik\./);
    assert.include(nikBody.path, 'nik');
    assert.isString(nikBody.message.id);
    assert.isString(nikBody.message.en);
    const script = await (await server.request('/accounts', { method: 'POST', json: registration({ name: '<script>alert(1)</script>' }) })).json();
    assert.equal(script.status, 400);
    assert.equal(script.code, 'application.text-unsafe');
    assert.equal(script.path, 'registrant.name');
  });

  it('ACC-01 a business without its NPWP and deed is refused by core', async () => {
    const body = await (await server.request('/accounts', {
      method: 'POST', json: registration({ kind: 'business', companyName: 'PT Maju Jaya', npwp: '0012345674123000', registrantIsLeader: true }),
    })).json();
    assert.equal(body.status, 400);
    assert.equal(body.code, 'access.document-missing');
  });

  it('a registration that sends roles is refused: roles never come from the request', async () => {
    const response = await server.request('/accounts', { method: 'POST', json: registration({ roles: ['head-of-office'] }) });
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.code, 'http.validation');
    assert.equal(body.path, 'roles');
  });

  it('a taken e-mail (any case) answers 409', async () => {
    const input = registration();
    assert.equal((await server.request('/accounts', { method: 'POST', json: input })).status, 201);
    const again = await server.request('/accounts', { method: 'POST', json: { ...input, email: input.email.toUpperCase() } });
    assert.equal(again.status, 409);
    assert.equal((await again.json()).code, 'store.duplicate');
  });

  it('ACC-02 a pending account cannot sign in until an officer grants the access right', async () => {
    const input = registration();
    const created = await (await server.request('/accounts', { method: 'POST', json: input })).json();
    const pending = await server.request('/auth/login', { method: 'POST', json: { email: input.email, password: PASSWORD } });
    assert.equal(pending.status, 403);
    assert.equal((await pending.json()).code, 'auth.account-pending');

    const officer = await server.createAccount({ roles: ['admin-officer'] });
    const session = await signIn(server, officer.account.email, officer.password);
    const list = await (await server.request('/accounts?status=pending', { headers: { cookie: session.cookie } })).json();
    const listed = list.find((a: { id: string }) => a.id === created.account.id);
    assert.deepEqual(listed.identity, { nik: input.nik }, 'staff see the identity the request was made with');
    assert.equal(listed.decisionDue, created.decisionDue, 'and the last day to decide, as the registration answered');
    assert.deepEqual(listed.identityChecks.map((c: Record<string, unknown>) => [c.check, c.verified, c.checkedBy, c.outcome]),
      [['population', false, 'format-only', 'format-valid']], 'and what checked it: no registry here, so nothing is verified');
    const decided = await server.request(`/accounts/${created.account.id}/decision`, {
      method: 'POST', json: { granted: true }, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    assert.equal(decided.status, 200);
    const decision = await decided.json();
    assert.equal(decision.account.status, 'active');
    assert.equal(decision.due, created.decisionDue);
    const queued = await server.server.store.outbox.list({ status: 'pending' });
    assert.deepEqual(queued.filter((m) => m.subjectId === created.account.id).map((m) => m.channel).sort(), ['email', 'sms']);
    assert.equal((await server.request('/auth/login', { method: 'POST', json: { email: input.email, password: PASSWORD } })).status, 200);
  });

  it('ACC-02 staff see a business request with its company, NPWP and both identity checks, none claimed as verified', async () => {
    const documents = ['ktp', 'company-npwp', 'deed-of-establishment'].map((key) => ({ ...KTP, key, fileName: `${key}.pdf` }));
    const created = await (await server.request('/accounts', {
      method: 'POST', json: registration({ kind: 'business', companyName: 'PT Maju Jaya', npwp: '0012345674123000', registrantIsLeader: true, documents }),
    })).json();
    const officer = await server.createAccount({ roles: ['head-of-office'] });
    const session = await signIn(server, officer.account.email, officer.password);
    const list = await (await server.request('/accounts?status=pending', { headers: { cookie: session.cookie } })).json();
    const listed = list.find((a: { id: string }) => a.id === created.account.id);
    assert.deepEqual(listed.identity, { nik: '3578015208900003', companyName: 'PT Maju Jaya', npwp: '0012345674123000', registrantIsLeader: true });
    assert.deepEqual(listed.identityChecks.map((c: Record<string, unknown>) => [c.check, c.verified, c.checkedBy]),
      [['population', false, 'format-only'], ['tax-status', false, 'format-only']]);
  });

  it('ACC-02 refusing an access right needs a reason (core decides)', async () => {
    const created = await (await server.request('/accounts', { method: 'POST', json: registration() })).json();
    const officer = await server.createAccount({ roles: ['head-of-office'] });
    const session = await signIn(server, officer.account.email, officer.password);
    const refused = await server.request(`/accounts/${created.account.id}/decision`, {
      method: 'POST', json: { granted: false }, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    assert.equal(refused.status, 400);
    assert.equal((await refused.json()).code, 'access.reason-required');
  });

  it('login sets an HttpOnly session cookie and returns the CSRF token; /me shows the stored account', async () => {
    const { account, password } = await server.createAccount();
    const response = await server.request('/auth/login', { method: 'POST', json: { email: account.email.toUpperCase(), password } });
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.account.id, account.id);
    assert.isString(body.csrfToken);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sp_session=')) ?? '';
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=None/i, 'allowed origins are configured: cross-site embedding');
    assert.match(cookie, /Secure/i);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const sessions = await server.server.store.sessions.findActive(token, new Date().toISOString());
    assert.isUndefined(sessions, 'the store keeps only a hash of the token');
    const me = await (await server.request('/me', { headers: { cookie: cookie.split(';')[0]! } })).json();
    assert.equal(me.account.id, account.id);
    assert.equal(me.via, 'cookie');
    assert.equal(me.csrfToken, body.csrfToken);
  });

  it('a wrong password and an unknown e-mail answer the same 401', async () => {
    const { account } = await server.createAccount();
    const wrong = await server.request('/auth/login', { method: 'POST', json: { email: account.email, password: 'nope-nope-nope' } });
    const unknown = await server.request('/auth/login', { method: 'POST', json: { email: 'nobody@example.id', password: 'nope-nope-nope' } });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(await wrong.json(), await unknown.json());
  });

  it('a state-changing request with the session cookie but without its CSRF token is refused', async () => {
    const { account, password } = await server.createAccount();
    const session = await signIn(server, account.email, password);
    const noToken = await server.request('/auth/tokens', { method: 'POST', json: { label: 'sim' }, headers: { cookie: session.cookie } });
    assert.equal(noToken.status, 403);
    assert.equal((await noToken.json()).code, 'auth.csrf-invalid');
    const otherToken = await server.request('/auth/logout', { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': 'A'.repeat(43) } });
    assert.equal(otherToken.status, 403);
    assert.equal((await server.request('/me', { headers: { cookie: session.cookie } })).status, 200, 'the session survives');
  });

  it('bearer tokens for integrators work without CSRF; logout revokes the session', async () => {
    const { account, password } = await server.createAccount();
    const session = await signIn(server, account.email, password);
    const issued = await server.request('/auth/tokens', {
      method: 'POST', json: { label: 'SIMBG integration', days: 30 }, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    assert.equal(issued.status, 201);
    const { token } = await issued.json();
    const me = await (await server.request('/me', { headers: { authorization: `Bearer ${token}` } })).json();
    assert.equal(me.via, 'bearer');
    assert.notProperty(me, 'csrfToken');

    const out = await server.request('/auth/logout', { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
    assert.equal(out.status, 204);
    assert.match(out.headers.getSetCookie().join(), /sp_session=;/);
    assert.equal((await server.request('/me', { headers: { cookie: session.cookie } })).status, 401);
    assert.equal((await server.request('/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status, 204);
    assert.equal((await server.request('/me', { headers: { authorization: `Bearer ${token}` } })).status, 401);
  });

  it('ACC-03 an applicant cannot act as staff by sending a role anywhere in the request', async () => {
    const { account, password } = await server.createAccount({ roles: ['applicant'] });
    const session = await signIn(server, account.email, password);
    const forged = await server.request('/accounts?role=head-of-office', {
      headers: { cookie: session.cookie, 'x-role': 'head-of-office', 'x-satupintu-role': 'admin-officer' },
    });
    assert.equal(forged.status, 403, 'the stored role decides, before the request is even validated');
    const plain = await server.request('/accounts', { headers: { cookie: session.cookie, 'x-role': 'head-of-office' } });
    assert.equal(plain.status, 403);
    assert.equal((await plain.json()).code, 'auth.forbidden');
    const created = await (await server.request('/accounts', { method: 'POST', json: registration() })).json();
    const decide = await server.request(`/accounts/${created.account.id}/decision`, {
      method: 'POST', json: { granted: true, role: 'admin-officer' }, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    assert.equal(decide.status, 403);
    assert.equal((await server.server.store.accounts.get(created.account.id))?.status, 'pending');
    const anonymous = await server.request('/accounts');
    assert.equal(anonymous.status, 401);
    assert.equal((await anonymous.json()).code, 'auth.required');
  });

  it('CORS answers only the configured origins, with credentials', async () => {
    const allowed = await server.request('/catalog', { headers: { origin: 'https://portal.example.go.id' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://portal.example.go.id');
    assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
    const preflight = await server.request('/auth/login', {
      method: 'OPTIONS', headers: { origin: 'https://portal.example.go.id', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-csrf-token' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /X-CSRF-Token/i);
    const foreign = await server.request('/catalog', { headers: { origin: 'https://evil.example.com' } });
    assert.isNull(foreign.headers.get('access-control-allow-origin'));
    assert.isNull(foreign.headers.get('access-control-allow-credentials'));
  });

  it('a state-changing request from a disallowed origin is refused before it runs', async () => {
    const { account, password } = await server.createAccount();
    const response = await server.request('/auth/login', { method: 'POST', json: { email: account.email, password }, headers: { origin: 'https://evil.example.com' } });
    assert.equal(response.status, 403);
    assert.equal((await response.json()).code, 'http.origin-forbidden');
    assert.deepEqual(response.headers.getSetCookie(), []);
  });
});

describe('rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ rateLimits: { login: 3, registration: 2 } });
  });
  after(async () => {
    await server.close();
  });

  it('login answers 429 problem details with Retry-After once the limit is spent', async () => {
    const attempt = () => server.request('/auth/login', { method: 'POST', json: { email: 'x@example.id', password: 'wrong-password' } });
    for (let i = 0; i < 3; i++) assert.equal((await attempt()).status, 401);
    const limited = await attempt();
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    assert.match(limited.headers.get('retry-after') ?? '', /^\d+$/);
    const body = await limited.json();
    assert.equal(body.code, 'http.rate-limited');
    assert.equal(body.status, 429);
    assert.isString(body.message.id);
    assert.isString(body.message.en);
  });

  it('ACC-01 access-right requests are counted per hour: past the limit 429 with Retry-After, and no account is made', async () => {
    const request = (email: string) => server.request('/accounts', { method: 'POST', json: registration({ email }) });
    for (const email of ['a1@example.id', 'a2@example.id']) assert.equal((await request(email)).status, 201);
    const limited = await request('a3@example.id');
    assert.equal(limited.status, 429);
    assert.equal((await limited.json()).code, 'http.rate-limited');
    const seconds = Number(limited.headers.get('retry-after'));
    assert.isAbove(seconds, 60, 'the window is an hour, not a minute');
    assert.isUndefined(await server.server.store.accounts.findByEmail('a3@example.id'));
  });
});

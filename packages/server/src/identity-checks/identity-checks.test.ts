import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { startTestServer, type TestServer } from '../http/test-support.js';
import { formatOnlyChecks } from './format-only.js';
import { httpIdentityChecks } from './http-checks.js';

const AT = '2026-03-02T09:00:00+07:00';
const NIK = '3578015208900003';
const NPWP = '0012345674123000';

/** A stand-in for the registries on 127.0.0.1:0: SIAK knows one person, KSWP one active and one inactive NPWP. */
async function fakeRegistry(): Promise<{ server: Server; url: string; calls: { path: string; auth?: string; body: Record<string, string> }[] }> {
  const calls: { path: string; auth?: string; body: Record<string, string> }[] = [];
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
  };
  const server = createServer((request, response) => {
    void read(request).then((body) => {
      calls.push({ path: request.url ?? '', ...(request.headers.authorization === undefined ? {} : { auth: request.headers.authorization }), body });
      if (request.headers.authorization !== `Basic ${Buffer.from('pemda:rahasia').toString('base64')}`) return response.writeHead(401).end();
      response.setHeader('content-type', 'application/json');
      if (request.url === '/siak') return response.end(JSON.stringify({ match: body.nik === NIK && body.name === 'Siti Rahma' }));
      if (request.url === '/kswp') return response.end(JSON.stringify({ valid: body.npwp !== '3578011503850001', active: body.npwp === NPWP }));
      if (request.url === '/broken') return response.end('[1, 2]');
      return response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, calls, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` };
}

describe('identity checks (P106 Pasal 6 ayat (4))', () => {
  let registry: Awaited<ReturnType<typeof fakeRegistry>>;
  before(async () => {
    registry = await fakeRegistry();
  });
  after(() => registry?.server.close());

  it('the default checks formats only with core and says so in every result', async () => {
    const checks = formatOnlyChecks();
    const good = await checks.population({ nik: NIK, name: 'Siti Rahma' }, AT);
    assert.deepInclude(good, { check: 'population', verified: false, checkedBy: 'format-only', outcome: 'format-valid', checkedAt: AT });
    assert.include(good.note.en, 'Only the format was checked');
    assert.deepInclude(await checks.population({ nik: '1234', name: 'X' }, AT), { verified: false, checkedBy: 'format-only', outcome: 'format-invalid' });
    assert.deepInclude(await checks.taxStatus({ npwp: NPWP }, AT), { check: 'tax-status', verified: false, checkedBy: 'format-only', outcome: 'format-valid' });
  });

  it('the HTTP adapter asks SIAK and KSWP with the configured credentials', async () => {
    const checks = httpIdentityChecks({ populationUrl: `${registry.url}/siak`, taxStatusUrl: `${registry.url}/kswp`, user: 'pemda', password: 'rahasia', timeoutSeconds: 2 });
    assert.deepInclude(await checks.population({ nik: NIK, name: 'Siti Rahma' }, AT), { verified: true, checkedBy: 'population-registry', outcome: 'match' });
    assert.deepInclude(await checks.population({ nik: NIK, name: 'Orang Lain' }, AT), { verified: false, checkedBy: 'population-registry', outcome: 'mismatch' });
    assert.deepInclude(await checks.taxStatus({ npwp: NPWP }, AT), { verified: true, checkedBy: 'tax-registry', outcome: 'active' });
    assert.deepInclude(await checks.taxStatus({ npwp: '3578011503850001' }, AT), { verified: false, outcome: 'invalid' });
    assert.deepEqual(registry.calls.at(-1)?.body, { npwp: '3578011503850001' });
    const calls = registry.calls.length;
    assert.deepInclude(await checks.population({ nik: '99', name: 'X' }, AT), { checkedBy: 'format-only', outcome: 'format-invalid' });
    assert.equal(registry.calls.length, calls, 'a malformed NIK never reaches the registry');
  });

  it('an unreachable registry, a refusal or a strange answer is "unavailable", never verified', async () => {
    const wrongPassword = httpIdentityChecks({ populationUrl: `${registry.url}/siak`, user: 'pemda', password: 'salah', timeoutSeconds: 2 });
    assert.deepInclude(await wrongPassword.population({ nik: NIK, name: 'Siti Rahma' }, AT), { verified: false, outcome: 'unavailable' });
    const broken = httpIdentityChecks({ populationUrl: `${registry.url}/broken`, taxStatusUrl: `${registry.url}/missing`, user: 'pemda', password: 'rahasia', timeoutSeconds: 2 });
    assert.deepInclude(await broken.population({ nik: NIK, name: 'Siti Rahma' }, AT), { verified: false, outcome: 'unavailable' });
    assert.deepInclude(await broken.taxStatus({ npwp: NPWP }, AT), { verified: false, outcome: 'unavailable' });
    const down = httpIdentityChecks({ populationUrl: 'http://127.0.0.1:9/siak', timeoutSeconds: 1 });
    assert.deepInclude(await down.population({ nik: NIK, name: 'Siti Rahma' }, AT), { verified: false, checkedBy: 'population-registry', outcome: 'unavailable' });
  });

  describe('on registration (POST /accounts, contract unchanged)', () => {
    const registration = (email: string, name = 'Siti Rahma') => ({
      kind: 'business', name, email, phone: '+62 812 3456 7890', password: 'kata-sandi-rahasia-2026', nik: NIK,
      companyName: 'PT Maju Jaya', npwp: NPWP, registrantIsLeader: true,
      documents: ['ktp', 'company-npwp', 'deed-of-establishment'].map((key) => ({ key, fileName: `${key}.pdf`, mediaType: 'application/pdf', size: 1000, sha256: 'cd'.repeat(32) })),
    });
    let withRegistry: TestServer;
    let plain: TestServer;
    before(async () => {
      withRegistry = await startTestServer({ identityChecks: { populationUrl: `${registry.url}/siak`, taxStatusUrl: `${registry.url}/kswp`, user: 'pemda', password: 'rahasia' } });
      plain = await startTestServer();
    });
    after(async () => {
      await withRegistry?.close();
      await plain?.close();
    });

    it('ACC-01 the registry results are kept with the account and in the audit entry; the response is unchanged', async () => {
      const response = await withRegistry.request('/accounts', { method: 'POST', json: registration('siti@maju.co.id') });
      assert.equal(response.status, 201);
      const body = await response.json();
      assert.hasAllKeys(body, ['account', 'decisionDue']);
      const stored = await withRegistry.server.store.accounts.get(body.account.id);
      assert.include(stored?.identity, {
        'check.population.verified': 'true', 'check.population.checkedBy': 'population-registry', 'check.population.outcome': 'match',
        'check.tax-status.verified': 'true', 'check.tax-status.checkedBy': 'tax-registry', 'check.tax-status.outcome': 'active',
      });
      const [entry] = await withRegistry.server.store.audit.entriesFor('account', body.account.id);
      assert.deepEqual((entry?.after as { identityChecks: unknown }).identityChecks, [
        { check: 'population', verified: true, checkedBy: 'population-registry', outcome: 'match' },
        { check: 'tax-status', verified: true, checkedBy: 'tax-registry', outcome: 'active' },
      ]);
      const mismatch = await (await withRegistry.request('/accounts', { method: 'POST', json: registration('lain@maju.co.id', 'Orang Lain') })).json();
      assert.include((await withRegistry.server.store.accounts.get(mismatch.account.id))?.identity, { 'check.population.verified': 'false', 'check.population.outcome': 'mismatch' });
    });

    it('ACC-01 without a registry the account records a format-only check, not a verification', async () => {
      const body = await (await plain.request('/accounts', { method: 'POST', json: registration('siti@maju.co.id') })).json();
      assert.include((await plain.server.store.accounts.get(body.account.id))?.identity, {
        'check.population.verified': 'false', 'check.population.checkedBy': 'format-only', 'check.tax-status.checkedBy': 'format-only',
      });
    });
  });
});
